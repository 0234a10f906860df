"""find_agency on the classes of the batch-26 round (issue 20: random dev-split mentions of the
usual harm words from articles no earlier batch drew from, AllSides reporting on other wars,
terror and security, and BASIL, drawn without the detector).

The sentences are real: dev-split mentions of batch 26 (cited by corpus and article id) or
unlabelled dev-split articles of the batch-26 pools (cited likewise).  Each class has a
counter-case.  The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# A renaming apposition after a harm verb of its sentence names that event again: also when a
# preposition opens its relative clause ("an attack for which"), and after "in what" with a
# parenthetical ("in what, if verified, would be the first major attack") (parts.py).
def test_an_attack_for_which_renames_the_attacking():
    # AllSides PDuLtG1bTnN7v4cY (Fox News), dev batch 26: `none`
    text = (
        "The most recent attack was Sunday in Peshawar in Pakistan, where the historic All Saints "
        "Church was attacked by two suicide bombers, an attack for which the Pakistani Taliban "
        "claimed responsibility."
    )
    assert [e.start for e in events_of(text, "attack")] == [16]  # "The most recent attack"
    (ev,) = events_of(text, "attacked")
    assert ev.form == "passive_agent"


def test_an_apposition_after_an_attack_noun_stays():
    # counter-case (the sentence above without its harm verb): the apposition renames a noun,
    # so it is no part of a predicate's event and both nouns stay
    text = (
        "The most recent attack was Sunday in Peshawar in Pakistan, an attack for which the "
        "Pakistani Taliban claimed responsibility."
    )
    assert len(events_of(text, "attack")) == 2


def test_in_what_if_verified_would_be_the_first_major_attack_renames_the_killing():
    # AllSides qex8upyFX4VzHpJ7 (Newsmax), dev batch 26: `none`
    text = (
        "The Islamic State (IS) group claimed to have carried out a deadly suicide attack in "
        "eastern Afghanistan Saturday that killed at least 33 people and injured more than 100, "
        "Afghan President Ashraf Ghani said, in what, if verified, would be the first major "
        "attack claimed by the jihadist group in the country."
    )
    assert [e.text for e in find_agency(text)] == ["killed", "injured"]


def test_in_what_without_an_earlier_harm_verb_stays():
    # counter-case: no harm verb before the renaming, so the attack noun is an event
    text = (
        "Afghan President Ashraf Ghani said the group had made a video, in what, if verified, "
        "would be the first major attack claimed by the jihadist group in the country."
    )
    assert len(events_of(text, "attack")) == 1
