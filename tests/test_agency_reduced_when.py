"""A harm participle after a noun (a reduced passive), also with an adverb between, before a
clause opened by *when* or *as* is a passive without agent, and its victim is the noun it
follows, not the phrase its of-phrase hangs on (issue 20, report 09 on AllSides Middle East:
"the hospital bed of a man allegedly injured when an armed group seized rooftops" was
active_agent with a whole clause as agent). Sentences quoted from the corpora (the first one's
fragment from the issue); expected values written by hand."""

import pytest

from analysis.detect.agency import find_agency


def _reading(text, trigger):
    return [(e.form, e.agent, e.victim) for e in find_agency(text) if e.text == trigger]


CASES = [
    (
        "The hospital bed of a man allegedly injured when an armed group seized rooftops was "
        "guarded.",
        "injured",
        "a man",
    ),
    ("Five killed as Russia hits crucial rail infrastructure", "killed", "Five"),
    (
        "Five railway stations in central and western Ukraine were targeted in the space of an "
        "hour on Monday, with at least five people killed and 18 injured when rockets fell in "
        "the Vinnytsia region.",
        "injured",
        "18",
    ),
    (
        "The body of a person killed in the attacks is carried to a hospital in Sanaa on March 20.",
        "killed",
        "a person",
    ),
    (
        "The number of civilians killed in 2013 is higher than the 2008 toll of 6,787.",
        "killed",
        "civilians",
    ),
    (
        "Kira Oves was one of the journalists injured in the Zaporizhzhia double-tap attack.",
        "injured",
        "one of the journalists",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "victim"), CASES)
def test_reduced_passive_before_when(text, trigger, victim):
    assert _reading(text, trigger) == [("passive_agentless", None, victim)]


def test_attack_without_object_before_when_stays_active():
    # made-up: "attacked" needs no object, so it is an active verb here
    assert [
        f for f, _, _ in _reading("The soldiers attacked when the convoy passed.", "attacked")
    ] == ["active_agent"]
