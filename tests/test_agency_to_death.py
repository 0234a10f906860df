"""'<verb> (object) to death' takes its verb's form (issue 20): the event is the verb's, not a
nominal *death* with no agent. Seen in report 09 on the by-country corpus ("Vasilisa hacked
him to death with a scythe" counted as an agentless nominal, so as an erased agent). The
sentences are quoted from the by-country and AllSides corpora; the expected forms, agents
and victims are written by hand."""

import pytest

from analysis.detect.agency import find_agency


def _events(text):
    return [(e.text, e.form, e.agent, e.victim) for e in find_agency(text)]


def _death(text):
    return [e for e in _events(text) if e[0] == "death"]


CASES = [
    (  # by-country (RU), report 09
        "Since the unruly soldier wouldn't quieten down, Vasilisa hacked him to death with a "
        "scythe.",
        [("death", "active_agent", "Vasilisa", "him")],
    ),
    (  # AllSides
        "In the frenzied attack on Wednesday, Masood also stabbed to death PC Keith Palmer.",
        [("death", "active_agent", "Masood", "PC Keith Palmer")],
    ),
    (  # AllSides (the opening "Just this week" left out)
        "A Hindu temple worker was hacked to death by at least three assailants.",
        [("death", "passive_agent", "at least three assailants", "A Hindu temple worker")],
    ),
    (  # AllSides
        "The general was put to death around the time Kim was chairing a meeting.",
        [("death", "passive_agentless", None, "The general")],
    ),
    (  # AllSides
        "Instead, the Pilgrims nearly starved to death.",
        [("death", "intransitive", None, "the Pilgrims")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_to_death_takes_the_form_of_its_verb(text, expected):
    assert _death(text) == expected


def test_to_death_after_a_harm_verb_is_part_of_that_event():
    # AllSides: one killing, on "shot"; "named" inside the object is not the verb of "to death"
    text = (
        "Five years ago, a Ferguson, Mo., police officer named Darren Wilson shot a young black "
        "man named Michael Brown to death after an altercation in the street."
    )
    assert [(t, f) for t, f, _, _ in _events(text)] == [("shot", "active_agent")]


def test_an_adjective_before_to_death_is_no_object():
    # AllSides: "made more vulnerable to death by COVID-19" gives "made" no victim
    text = "An old man like me should be made more vulnerable to death by COVID-19."
    assert [f for _, f, _, _ in _events(text)] == ["nominal"]


@pytest.mark.parametrize(
    "text",
    [
        "Many of us have spent years boring the world to death with our claims about media bias.",
        "She was scared to death of the dog.",
    ],
)
def test_emotion_idioms_with_to_death_are_no_events(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [  # AllSides and by-country (report 09): predicative "dead" of a bill, a deal, an idea
        "The legislation, which passed by a 79-18 vote, had seemed all but dead for several "
        "months due to opposition in the GOP-led House.",
        "The nuclear deal with Iran is all but dead.",
        "It's another sign that fiscal responsibility is all but dead in Congress.",
        "Just yesterday the resolution appeared dead, as Egypt withdrew it.",
        # quotation marks and a negation between the verb and "dead" (AllSides immigration)
        "But the legislation remains stalled in the House, where Speaker John Boehner has "
        "claimed immigration reform is “absolutely not” dead but has yet to say when it would "
        "come to the floor.",
    ],
)
def test_predicative_dead_of_a_thing_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "victim"),
    [  # dev events of the annotated set (confirm.csv: person, pronoun, name, count)
        ("At least 84 people are now dead.", "At least 84 people"),
        ("Her husband is dead.", "Her husband"),
        ("ISIS leader Abu Bakr al-Baghdadi is dead.", "ISIS leader Abu Bakr al-Baghdadi"),
    ],
)
def test_predicative_dead_of_people_is_an_intransitive_event(text, victim):
    assert _events(text) == [("dead", "intransitive", None, victim)]
