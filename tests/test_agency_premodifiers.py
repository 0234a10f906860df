"""The agent among the words right before a harm noun (issue 20): a demonym, bloc, armed group
or country abbreviation names the doer ("an Iranian attack", "Taliban school attack"); a place,
a date or a time possessive does not ("the Paris attacks", "Monday's bombing", "last week's
attack"), so those events count as events whose agent is not expressed. Seen re-rendering
report 09 on AllSides immigration news; the sentences are quoted from AllSides, the expected
agents written by hand."""

import pytest

from analysis.detect.agency import find_agency
from analysis.detect.agency.premodifiers import premodifier_agent
from analysis.detect.agency.tables import load_agency_tables
from analysis.detect.agency.words import tokenize


def _nominal(text, trigger):
    return [(e.form, e.agent) for e in find_agency(text) if e.text == trigger]


CASES = [
    (
        "This month alone, ISIS has claimed responsibility for the Paris attacks, the downing of "
        "a Russian passenger jet in Egypt and a pair of suicide bombings in Beirut.",
        "attacks",
        [("nominal", None)],
    ),
    (
        "Senators had planned to formally introduce the bill Tuesday, but after Monday's bombing "
        "at the Boston Marathon a planned press event was delayed until later in the week.",
        "bombing",
        [("nominal", None)],
    ),
    (
        "The violent standoff left residents in the area, already shaken by last week's "
        "attacks, startled and scared.",
        "attacks",
        [("nominal", None)],
    ),
    (
        "Update: USA Today's Yamiche Alcindor on October 7 reported that the local director of "
        "elections had miscalculated the number of Ferguson residents who signed up to vote "
        "following the August 9 shooting of Michael Brown.",
        "shooting",
        [("nominal", None)],
    ),
    (
        "Yet even as the president’s hawkish advisers have highlighted Iran’s alleged bad "
        "behavior, administration officials privately stressed that direct military action "
        "remained highly unlikely absent an Iranian attack on an American ship or an American "
        "citizen.",
        "attack",
        [("nominal", "Iranian")],
    ),
    (
        "JUST WATCHED Malala: Taliban school attack 'senseless' Replay More Videos .",
        "attack",
        [("nominal", "Taliban")],
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_premodifier_agent_in_allsides_sentences(text, trigger, expected):
    assert _nominal(text, trigger) == expected


@pytest.mark.parametrize(
    ("phrase", "agent"),
    [
        ("Russia's attack", "russia's"),  # a possessive names the doer (the guideline's example)
        ("Russian strikes", "russian"),
        ("NATO bombing", "nato"),
        ("Hamas attack", "hamas"),
        ("Islamic State attacks", "islamic state"),
        ("UK airstrikes", "uk"),
        ("last week's Russian strike", "russian"),  # the time is skipped, the demonym kept
        ("Monday's bombing", None),
        ("Boston Marathon bombings", None),
        ("Kramatorsk station attack", None),
        ("Syria strikes", None),  # a country's name before the noun: often the target
        ("Deadly Attack", None),  # a headline's capital
    ],
)
def test_premodifier_agent_rule(phrase, agent):
    tokens = tokenize(phrase)
    k = len(tokens) - 1
    span = premodifier_agent(tokens, 0, k, load_agency_tables().agent_names)
    got = None if span is None else " ".join(t.low for t in tokens[span[0] : span[1]])
    assert got == agent
