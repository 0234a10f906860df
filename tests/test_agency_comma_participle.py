"""A participle clause after a comma whose doer is the event of the clause before it (a passive,
or a subject that is an instrument or event) is active_instrument, never active_agent without
an agent (issue 20, report 09 on AllSides Middle East: "violence … swept across the country,
leaving at least 30 dead" was active_agent with no agent; the guideline's "A block was
destroyed, killing at least one"). Sentences quoted from the corpora (the first shortened from
the AllSides one); expected values written by hand."""

import pytest

from analysis.detect.agency import find_agency


def _forms(text, trigger):
    return [(e.form, e.agent) for e in find_agency(text) if e.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Violence swept across the country, leaving at least 30 dead.", "dead"),
        (
            "A Kyiv apartment block was destroyed, killing at least one and wounding six others "
            "including a seven-year-old girl.",
            "wounding",
        ),
        (
            "An apartment block and beach hotel in Serhiivka, 50km south of Odesa, was hit on 1 "
            "July, killing 21 people and injuring 35.",
            "killing",
        ),
        (
            "Nearly an hour before the team left, several mortar shells fell about 700 yards from "
            "their hotel, wounding three people.",
            "wounding",
        ),
    ],
)
def test_participle_clause_of_an_event_is_instrument(text, trigger):
    assert _forms(text, trigger) == [("active_instrument", None)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Observatory also reported that rebels bombarded a military academy in the "
            "central city of Homs on Sunday night, killing three cadets and wounding more than 50.",
            "wounding",
        ),
        ("Israel flew more than 1,500 airstrikes, killing 161 Palestinians.", "killing"),
    ],
)
def test_participle_clause_of_a_doer_stays_agent(text, trigger):
    assert [f for f, _ in _forms(text, trigger)] == ["active_agent"]
