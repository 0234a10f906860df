"""find_agency on the non-event classes of the batch-20 round (issue 20: dev-split war reporting
of the Guardian/NYT, the by-country outlets and AllSides war, terror, foreign-policy, world and
crime topics, drawn near nineteen kinds of non-event cue, least-drawn outlets weighted).

The sentences are real sentences of the war corpora (cited by corpus and article id: the
dev-split mentions of batches 1-20, or unlabelled dev-split articles of the batch-18 pool); each
class has a counter-case that stays an event.  The expected values are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency


def forms_of(text: str, word: str) -> list[str]:
    """The forms of the events whose trigger is ``word`` (as written)."""
    return [e.form for e in find_agency(text) if e.text == word]


# (sentence, trigger): non-events
NON_EVENTS_20 = [
    # a renaming of the killing of the same sentence after "in what X called" (AllSides
    # k5N1xDON0DxGY4NY, dev batch 20)
    (
        "MIT Police Officer Sean Collier, 26, of Somerville, who was fatally shot while sitting "
        "in his cruiser near Main and Vassar streets in Cambridge, in what Davis called an "
        "“assassination,” was remembered as a brave and devoted officer.",
        "assassination",
    ),
    # (AllSides, unlabelled dev-split article of the batch-18 pool)
    (
        "A bomb exploded on a bus in central Tel Aviv on Wednesday, wounding at least 10 people "
        "in what officials said was a terrorist attack that could complicate efforts to secure "
        "a ceasefire in the Gaza Strip.",
        "attack",
    ),
    # a slogan on a banner or a chant that someone must die, as "Death to America" (by-country,
    # dev batch 20; AllSides, unlabelled dev-split article)
    (
        "Ukrainians filed through the centre of Kyiv in a column, chanting “Glory to Ukraine” and "
        "carrying Ukrainian flags and banners that said “Ukrainians will resist” and “Invaders "
        "must die”.",
        "die",
    ),
    (
        "Among the 11 mostly elderly congregants killed when a gunman stormed into the Tree of "
        "Life synagogue and opened fire on worshipers, yelling: “All Jews must die.”",
        "die",
    ),
    # an apposition after a dash (AllSides, dev batch 15)
    (
        "The suicide bomber who killed at least 10 foreigners Tuesday in a popular central "
        "Istanbul tourist area belonged to ISIS, officials said -- an attack that shows the "
        "group's nerve, reach and capacity for terror.",
        "attack",
    ),
]


@pytest.mark.parametrize(("text", "word"), NON_EVENTS_20)
def test_batch20_non_events(text, word):
    assert forms_of(text, word) == []


# (sentence, trigger, form): counter-cases that stay events
COUNTER_20 = [
    # "what they described as" without "in": a claim about the event, not its renaming
    # (guardian-nyt articles-0300, dev batch 1: labelled nominal)
    (
        "As global outrage grew over an explosion that killed at least 50 Ukrainian prisoners "
        "held at a Russian detention camp, Ukrainian authorities called for an international "
        "investigation on Saturday while marshaling evidence that they said would prove that "
        "Russia had orchestrated what they described as a “terrorist attack.”",
        "attack",
        "nominal",
    ),
    # an attack noun after "in what" with no harm verb before it (written from the dev class:
    # the noun carries the event)
    (
        "Crowds fled the square in what witnesses called an attack on the market by gunmen.",
        "attack",
        "nominal",
    ),
    # a prediction in a quotation is no slogan (AllSides, unlabelled dev-split article)
    (
        '"If the world does not act now, this war will continue, and thousands more will die," '
        "Najib Ghadbian, the coalition's representative, said.",
        "die",
        "intransitive",
    ),
]


@pytest.mark.parametrize(("text", "word", "form"), COUNTER_20)
def test_batch20_counter_cases(text, word, form):
    assert forms_of(text, word)[:1] == [form]


def test_reduced_passive_after_a_closing_quotation_mark():
    # a headline's nickname in quotation marks before "killed by" (by-country, dev batch 20:
    # had been active_agent with the victim "by a sniper")
    text = 'Putin\'s mercenary Vladimir Andonov called "executioner" killed by a sniper'
    assert [(e.form, e.agent) for e in find_agency(text) if e.text == "killed"] == [
        ("passive_agent", "a sniper")
    ]
    # without "by" after it, a word after a quotation mark is not read as a passive here
    text = "The ‘hero’ shot at the soldiers."
    assert [e.form for e in find_agency(text) if e.text == "shot"] == ["active_agent"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a past form of an attack verb before a preposition of direction is the active verb
        # of its subject, not a reduced passive (AllSides, unlabelled dev-split articles of the
        # batch-18 pool: both had been passive_agentless with the doer as the victim)
        (
            "MONSEY, N.Y. (AP) — A knife-wielding man stormed into a rabbi’s home and stabbed "
            "five people as they celebrated Hanukkah.",
            "stormed",
            ("active_agent", "A knife-wielding man"),
        ),
        (
            "The attack ended when police shot into the truck, killing Bouhlel, French "
            "prosecutor François Molins said.",
            "shot",
            ("active_agent", "police"),
        ),
        # a body part after it keeps the passive, and so do kill and injure (AllSides,
        # unlabelled dev split)
        ("A teenager shot through the head died in hospital.", "shot", ("passive_agentless", None)),
        (
            "The ministry of health reported 275 people had been killed and 2,001 had been "
            "injured across the country.",
            "injured",
            ("passive_agentless", None),
        ),
    ],
)
def test_attack_verb_of_direction_is_active(text, word, expected):
    assert [(e.form, e.agent) for e in find_agency(text) if e.text == word][:1] == [expected]
