"""Non-events of the agency36 round (issue 20, review42 of report 09's BASIL evidence): a harm
word inside a personal name after a middle initial, figurative "wound" idioms, and "shot" as an
attempt or a swipe.

Each class has the real sentence the code before the round reported as an event (unlabelled
BASIL and AllSides text, no gold row) and counter-cases that must stay events.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency


def _event_at(text: str, anchor: str) -> bool:
    """Whether an event starts where ``anchor`` (the trigger and the words after it) starts."""
    start = text.index(anchor)
    return any(e.start == start for e in find_agency(text))


# a capitalised harm word after a given name and a middle initial (BASIL; AllSides)
INITIAL_NAMES = [
    (
        "“I never thought I’d see the day that Eric Cantor would be losing his primary,” said "
        "Representative Louise M. Slaughter of New York, the senior Democrat on the House Rules "
        "Committee.",
        "Slaughter of",
    ),
    ("Matthew J. Slaughter, dean of the Tuck School of Business, said so.", "Slaughter,"),
]
# counter-cases: the harm word in lower case near the name; "U.S." is no initial
NEAR_NAMES = [
    (
        "Representative Louise M. Slaughter said the slaughter of civilians in Aleppo must end.",
        "slaughter of civilians",
    ),
    ("Louise M. Slaughter said the U.S. Attack on Iraq was a mistake.", "Attack on"),
]


@pytest.mark.parametrize(("text", "anchor"), INITIAL_NAMES)
def test_harm_word_after_initial_is_a_name(text: str, anchor: str) -> None:
    assert not _event_at(text, anchor)


@pytest.mark.parametrize(("text", "anchor"), NEAR_NAMES)
def test_harm_word_near_a_name_stays(text: str, anchor: str) -> None:
    assert _event_at(text, anchor)


# healing, binding or cauterizing the wounds of a party, a nation, a history (BASIL; AllSides)
WOUND_IDIOMS = [
    (
        "Under pressure from news outlets, the Republican Party tried to cauterize the wound "
        "that Mr. Akin had created by isolating him.",
        "wound that",
    ),
    (
        "“It's time for America to bind the wounds of division,” Trump said during his victory "
        "speech early Wednesday.",
        "wounds of",
    ),
    (
        "The Republican party was struggling to heal its deep wounds on Thursday.",
        "wounds on",
    ),
]
# counter-cases: a wound of a body, and wounded people
WOUNDS_OF_BODIES = [
    ("A nurse cleaned the gunshot wound in his chest before surgery.", "wound in"),
    ("The wounded soldiers were taken to a hospital in Dnipro.", "wounded soldiers"),
]


@pytest.mark.parametrize(("text", "anchor"), WOUND_IDIOMS)
def test_figurative_wound_is_no_event(text: str, anchor: str) -> None:
    assert not _event_at(text, anchor)


@pytest.mark.parametrize(("text", "anchor"), WOUNDS_OF_BODIES)
def test_wound_of_a_body_stays(text: str, anchor: str) -> None:
    assert _event_at(text, anchor)


# "shot" after an adjective of a chance or a swipe: a noun (BASIL; AllSides)
SHOT_NOUNS = [
    (
        "But in pressing for approval of $60 billion in infrastructure spending, Mr. Obama took "
        "his biggest shot not at the measure’s Republican opponents in the Senate, but at those "
        "in the House.",
        "shot not",
    ),
    ("The statement is a direct shot at Sens. Joe Donnelly (D-IN).", "shot at"),
    (
        "NBC's Chuck Todd took a veiled shot at Fox News chief Roger Ailes on Sunday.",
        "shot at",
    ),
    (
        "The incumbent still seems to have an excellent shot at winning a second term.",
        "shot at",
    ),
]
# counter-cases: gunshots near the same words
GUNSHOTS = [
    ("The gunman took a second shot at the officer, who fell.", "shot at the officer"),
    ("A Taliban gunman shot her in the head outside her school.", "shot her"),
    ("The sniper's direct shot to the head killed him instantly.", "killed"),
]


@pytest.mark.parametrize(("text", "anchor"), SHOT_NOUNS)
def test_shot_as_a_chance_or_swipe_is_no_event(text: str, anchor: str) -> None:
    assert not _event_at(text, anchor)


@pytest.mark.parametrize(("text", "anchor"), GUNSHOTS)
def test_gunshot_stays(text: str, anchor: str) -> None:
    assert _event_at(text, anchor)
