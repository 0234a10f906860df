"""find_agency on the error classes of the batch-11 dev errors (issue 20, fourteenth round):
an instrument antecedent of a relative clause read past a preposition, an attribution inside
the relative clause, an attack noun that is the cause of deaths through "caused by", a name's
translation in quotation marks, events and natural causes as subjects, and numbers with
thousands separators.

The sentences are real sentences of AllSides articles of batch 11 (dev) or written for these
tests where marked; each class has a counter-case.  The expected values are written by hand;
every case gave another reading before this round.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.form, e.agent) for e in find_agency(text)]


READINGS = [
    # forms._subject: the antecedent of "that killed" is the strike, not the clause before it
    (
        "The rising tensions stem from a U.S. drone strike that killed top Iranian Gen. Qassem "
        "Soleimani and several others last week.",
        [("killed", "active_instrument", "a U.S. drone strike")],
    ),
    (
        "Syria welcomed Russia's proposal Monday, paving the way for a possible diplomatic "
        "solution to the crisis that comes amid Syria's two-year civil war that has killed "
        "more than 100,000 people, according to U.N. estimates.",
        [("killed", "active_instrument", "Syria's two-year civil war")],
    ),
    # counter-case (written): an attack on a place stays the antecedent with its place
    (
        "They condemned the strike on a hospital that killed 12 people.",
        [("killed", "active_instrument", "the strike on a hospital")],
    ),
    # counter-case (written): a person antecedent stays an agent
    (
        "Police arrested the gunman who killed three people.",
        [("killed", "active_agent", "the gunman")],
    ),
    # forms.skip_attribution and parts._cause_of_later: "that the U.S. said killed"
    (
        "Mr. Obama had vowed to punish the Syrian regime for an Aug. 21 sarin gas attack that the "
        "U.S. said killed 1,429 people near Damascus.",
        [("killed", "active_instrument", "an Aug. 21 sarin gas attack")],
    ),
    # instruments.csv cause rows: hunger, a pandemic (the first conjunct is not read: "thirst")
    (
        "After all, hunger and thirst will kill the hunted refugees just as easily as ISIS.",
        [("kill", "active_instrument", "thirst")],
    ),
    (
        "Much global travel has been stalled by the coronavirus pandemic, which has infected more "
        "than 360,000 and killed more than 15,000 globally.",
        [("killed", "active_instrument", "the coronavirus pandemic")],
    ),
    # parts._cause_of_earlier: "caused by" an airstrike is the cause of the deaths
    (
        "Russia has claimed Tuesday's deaths in Khan Sheikhoun were caused by a Syrian regime "
        "airstrike on a rebel-controlled chemical weapons facility.",
        [("deaths", "nominal", None)],
    ),
    # counter-case (written): an airstrike with no death before it stays an event
    (
        "The damage was caused by a Syrian regime airstrike on a rebel-controlled facility.",
        [("airstrike", "nominal", "Syrian")],
    ),
    # guards.csv: a name's translation in quotation marks
    (
        "Their army, known as the Peshmerga (“those who confront death,” in Kurdish), have been "
        "fighting against ISIS, but they are outgunned.",
        [],
    ),
    (
        'It supports the Peshmerga, whose name means "those who face death," in northern Iraq.',
        [],
    ),
    # guards.csv: execute = carry out, before a war or an attack
    (
        "He wrote a searing criticism of political decisions which he believed should have been "
        "challenged by the U.S. generals executing the war.",
        [],
    ),
    # counter-case (written): executing people stays an event
    (
        "The regime executed the prisoners at dawn.",
        [("executed", "active_agent", "The regime")],
    ),
    # batch 12 (read after its one fresh scoring): a weekday is no object, so "bombing
    # Wednesday" is no verb taking the killing for its agent (both were dropped as parts)
    (
        "A coalition spokesman confirmed reports that an unspecified number of American troops "
        "were killed in a suicide bombing Wednesday while patrolling the northern Syrian city.",
        [("killed", "passive_agentless", None)],
    ),
    # batch 12: "described the attack in Syria as …" is no verbal attack ("attacked X as weak")
    (
        "In an official statement, President Trump described the recent chemical attack in Syria "
        'as "reprehensible" and went on to argue the "heinous actions" were unacceptable.',
        [("attack", "nominal", None)],
    ),
    ("Romney attacked Obama as weak on defense.", []),
    # counter-case (written): a quoted death that is no gloss stays an event
    (
        "Officials called it “a death that could have been prevented.”",
        [("death", "nominal", None)],
    ),
]


@pytest.mark.parametrize("text,expected", READINGS)
def test_batch11_classes(text, expected):
    assert _read(text) == expected


def test_thousands_separator_is_one_number():
    (e,) = find_agency("Shelling killed 1,429 people in the city.")
    assert e.victim == "1,429 people"
    (e,) = find_agency("Shelling killed 1, 2 or 3 people, they said.")
    assert e.victim.startswith("1")


def test_complementiser_that_is_no_relative_of_the_attack():
    # batch 12: "that" after a clause of its own is no relative pronoun of the attack noun, so
    # the strike stays an event (its killing was read as the strike's before)
    events = find_agency(
        "While the US government is understandably trumpeting its alleged strike on al-Afri, "
        "there's reason to suspect that killing the group's No. 2 matters."
    )
    assert [(e.text, e.form) for e in events][0] == ("strike", "nominal")
    assert all(e.agent != "strike" for e in events)
