"""The agent of a harm verb in a purpose infinitive after a verb and its object is the subject
of the main clause (issue 20, report 09 on AllSides Middle East): "Israel used Lebanese airspace
to strike Syria" — Israel, not "Israel used Lebanese airspace"; an agent phrase does not run over
a short finite verb ("used"). Sentences quoted from the AllSides, Guardian/NYT and by-country
corpora; expected forms and agents written by hand."""

import pytest

from analysis.detect.agency import find_agency


def _reading(text, trigger):
    return [(e.form, e.agent) for e in find_agency(text) if e.text == trigger]


CASES = [
    ("Israel used Lebanese airspace to strike Syria, he said.", "strike", "Israel"),
    (
        "Rebels are using anti-aircraft weapons to attack the military helicopters and fighter "
        "jets that have bombarded their positions with impunity until now.",
        "attack",
        "Rebels",
    ),
    (
        "A Russian official in Ukraine has claimed Ukrainian forces are using western arms to "
        "attack the Zaporizhzhia nuclear power plant.",
        "attack",
        "Ukrainian forces",
    ),
    (
        "In reaction to these latest barrages of bombs, the White House claimed that Russia had "
        "used North Korean ballistic missiles to strike Ukraine.",
        "strike",
        "Russia",
    ),
    (
        "He also complained that the statement made no mention of the fact that Hamas used U.N. "
        "facilities to attack Israeli civilians.",
        "attack",
        "Hamas",
    ),
    (
        "Israel said it had destroyed 32 cross-border tunnels used by Hamas to attack Israeli "
        "soldiers and civilians.",
        "attack",
        "Hamas",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), CASES)
def test_purpose_infinitive_takes_the_main_subject(text, trigger, agent):
    assert _reading(text, trigger) == [("active_agent", agent)]


def test_object_of_an_object_control_verb_is_the_doer():
    # made-up minimal pair: the object of "ordered" attacks, not its subject
    assert _reading("Putin ordered troops to attack Kyiv.", "attack") == [
        ("active_agent", "troops")
    ]


def test_noun_with_its_own_infinitive_is_no_purpose():
    text = (
        "Israel launched its offensive with a stated goal of ending the rocket attacks on "
        "southern Israel from inside Gaza by degrading the ability of Palestinians to launch "
        "such attacks."
    )
    agents = [e.agent for e in find_agency(text) if e.text == "attacks"]
    assert "Gaza by" not in agents and "Israel launched its offensive" not in agents


def test_chemical_weapons_phrase_stops_at_used():
    text = (
        "British lawmakers revealed deep skepticism about the current evidence over who exactly "
        "used chemical weapons that killed upwards of 350 people in last week's attack in Syria."
    )
    assert _reading(text, "killed") == [("active_instrument", "chemical weapons")]
