"""The agent of a harm verb in the infinitive after a control predicate is that predicate's
subject (issue 20): "Russian troops were trying to storm" — the troops, not "trying". Seen
re-rendering report 09 on AllSides immigration news (agents "trying", "going", "not going");
sentences quoted from the Guardian/NYT, by-country and AllSides corpora, expected agents
written by hand."""

import pytest

from analysis.detect.agency import find_agency
from analysis.detect.agency.control import before_control
from analysis.detect.agency.words import tokenize


def _agents(text, trigger):
    return [(e.form, e.agent) for e in find_agency(text) if e.text == trigger]


CASES = [
    (
        "“The enemy is trying to storm the Azovstal plant with significant forces, using "
        "armoured vehicles.",
        "storm",
        "The enemy",
    ),
    (
        "Ukraine’s military command said Russia was trying to bomb rail infrastructure to "
        "disrupt arms supplies from foreign countries.",
        "bomb",
        "Russia",
    ),
    (
        "As the war entered its sixth month on Sunday, Russian forces continued to bombard a "
        "sprawling frontline over the weekend, Ukraine’s presidency said on Sunday.",
        "bombard",
        "Russian forces",
    ),
    (
        "Turkey has long threatened to attack the Kurdish fighters whom Ankara considers "
        "terrorists allied with a Kurdish insurgency in Turkey.",
        "attack",
        "Turkey",
    ),
    ("Police are much more likely to shoot black Americans.", "shoot", "Police"),
    (
        "After the death of her only child, Ms. Durden said she was going to kill herself.",
        "kill",
        "she",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), CASES)
def test_infinitive_takes_the_control_predicates_subject(text, trigger, agent):
    assert _agents(text, trigger) == [("active_agent", agent)]


@pytest.mark.parametrize(
    ("phrase", "subject_end"),
    [
        ("Moscow is going to try to attack", "moscow"),  # two control predicates
        ("the men were planning to attack", "men"),
        ("Joseph was subjected to torture", "to"),  # a preposition before a noun: unchanged
        # "be used to": the subject of be is the doer ("The missiles would be used to strike",
        # dev batch 17)
        ("the district was being used to attack", "district"),
        ("other countries have no plans to attack", "to"),  # a noun after a determiner
    ],
)
def test_before_control(phrase, subject_end):
    tokens = tokenize(phrase)
    assert tokens[before_control(tokens, len(tokens) - 2)].low == subject_end


@pytest.mark.parametrize(
    "text",
    [
        # AllSides: "to" after "subjected" / "vulnerable" is a preposition before a noun
        "Joseph was a member of the state-approved Coptic church but was nonetheless "
        "immediately subjected to torture.",
        "Democrats criticized him for allegedly leaving U.S. allies vulnerable to attack.",
    ],
)
def test_harm_noun_after_prepositional_to(text):
    assert [(e.form, e.agent) for e in find_agency(text) if e.text in ("torture", "attack")] == [
        ("nominal", None)
    ]
