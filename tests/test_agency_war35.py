"""War-reporting non-events of the agencywar35 round (issue 20): the wounds a death was found
with, and a harm noun opening a coordinated list of premodifiers of a legal or weapon head.

Each class has real sentences that the code before the round reported as events (dev rows and
unlabelled dev-split articles) and counter-cases of the same shape that must stay events.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency


def _found(text: str) -> list[str]:
    return [e.text.lower() for e in find_agency(text)]


def _event_at(text: str, anchor: str) -> bool:
    """Whether an event starts where ``anchor`` (the trigger and the words after it) starts."""
    start = text.index(anchor)
    return any(e.start == start for e in find_agency(text))


# wounds after "with" following a death of the same clause: part of that death
# (AllSides GNOr97HoHfHc0Uzp, dev batch 24, `none`)
WOUNDS_OF_DEATH = [
    "Polish citizen Lukasz Urban was found dead on the passenger seat with gunshot and stab "
    "wounds.",
]
# counter-case: wounds after another harm (AllSides CUsiLyhYSuPRl2fk, unlabelled dev pool)
WOUNDS_OF_OTHER = [
    ("The suspect was also shot and hospitalized with serious injuries, police said.", "injuries"),
]

# a harm noun opening a list of premodifiers of a head of arguments.csv (dev batch 19 `none`,
# AllSides X2eDhWIGbUgBSMOV and FkyOfuawGmq9MSJg of the unlabelled dev-split pool)
LISTED_HEADS = [
    (
        "Only one of the seven Guantanamo convictions has involved crimes recognized as a "
        "violation of the international law of war: the murder, attempted murder and spying "
        "charges against Canadian Omar Ahmed Khadr.",
        "murder, attempted",
    ),
    (
        "First-degree murder and attempted murder charges will certainly be filed, said 18th "
        "Judicial District District Attorney George Brauchler.",
        "murder and",
    ),
    (
        "U.S. military forces continued to attack ISIL terrorists in Iraq and Syria, using a mix "
        "of attack, bomber and fighter aircraft to conduct five airstrikes Tuesday and today.",
        "attack, bomber",
    ),
]
# counter-cases: two phrases, not one list (unlabelled dev-split pool; each was dropped by a
# first version of the rule that did not require the head to end the phrase)
LISTS_OF_EVENTS = [
    (
        "A segment on the Syrian rescue workers known as the White Helmets references "
        "“allegations of the White Helmets’ involvement in military activities, executions, and "
        "numerous war atrocities,” but doesn’t disclose that.",
        "executions, and",
    ),
    (
        "Russia has suffered more military losses than at any time since World War II – roughly "
        "300,000 casualties and thousands of tanks and armored combat vehicles.",
        "casualties and",
    ),
    (
        "An official at Iraq’s Ministry of the Interior told the Wall Street Journal that the "
        "extra security was in anticipation of a terrorist attack and was not related to "
        "politics.",
        "attack and was",
    ),
    (
        "Turkey’s ongoing military assault in Syria has left more than 150 Kurdish forces dead, "
        "the country's defense ministry announced Thursday, as its troops launched airstrikes "
        "and unleashed artillery shelling on Syrian towns and villages along its border.",
        "airstrikes and",
    ),
]


@pytest.mark.parametrize("text", WOUNDS_OF_DEATH)
def test_wounds_of_a_death_are_part_of_it(text):
    found = _found(text)
    assert "dead" in found and "wounds" not in found, found


@pytest.mark.parametrize("text,trigger", WOUNDS_OF_OTHER)
def test_wounds_after_another_harm_stay(text, trigger):
    assert trigger in _found(text)


@pytest.mark.parametrize("text,anchor", LISTED_HEADS)
def test_listed_premodifier_of_a_head_is_no_event(text, anchor):
    assert not _event_at(text, anchor)


@pytest.mark.parametrize("text,anchor", LISTS_OF_EVENTS)
def test_two_phrases_stay_events(text, anchor):
    assert _event_at(text, anchor)
