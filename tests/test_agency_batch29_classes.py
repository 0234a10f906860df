"""find_agency on the classes of the batch-29 round (issue 20: random dev-split mentions of the
usual harm words, never-labelled mentions of war-corpus articles earlier batches drew from and
AllSides reporting on other wars, terror and security, drawn without the detector).

The sentences are real: dev-split mentions of batch 29 (cited by corpus and article id) or
unlabelled dev-split articles of its pool (cited likewise).  Each class has a counter-case.
The expected values are written by hand.
"""

from __future__ import annotations

from analysis.detect.agency import find_agency


def events_of(text: str, word: str) -> list:
    """The events whose trigger is ``word`` (as written)."""
    return [e for e in find_agency(text) if e.text == word]


# A quoted premodifier of the cause of a killing (quoted.without_scare_marks).
def test_a_scare_quoted_airstrike_is_the_cause_of_the_killing():
    # guardian-nyt articles-0069, dev batch 29: "airstrike" `none` (part of the killing)
    text = (
        "But he said, Russia had killed about 60 people in a “targeted” airstrike on a school "
        "in Luhansk, while another missile struck a residential building in the Odesa region."
    )
    assert events_of(text, "airstrike") == []
    assert [e.form for e in events_of(text, "killed")] == ["active_agent"]


def test_honor_killings_in_single_marks_are_the_cause_of_the_deaths():
    # AllSides 249jYWOEoMKIIgi4, unlabelled dev-split article of the batch-29 pool
    text = (
        "She noted on Twitter, “868 women stabbed, burned, shot or beaten to death in Pakistan "
        "in ‘honor’ killings in 2013 .”"
    )
    assert events_of(text, "killings") == []


def test_a_scare_quoted_attack_of_its_own_stays():
    # AllSides sEwFsK2Nc9h91nWH, unlabelled dev-split article of the batch-29 pool
    text = (
        "Trump said Friday that he ordered the strike because Soleimani was preparing an "
        "“imminent” attack against U.S. interests in the Middle East."
    )
    assert [e.form for e in events_of(text, "attack")] == ["nominal"]


def test_scare_quoted_airstrikes_on_an_airport_stay():
    # guardian-nyt articles-0117, unlabelled dev-split text of the batch-29 pool
    text = (
        "Our correspondent Luke Harding reported earlier: “At least seven ‘powerful’ airstrikes "
        "on Vasilkovsky airport outside Kyiv, where Ukraine’s military fighter bombers are kept, "
        "Kyiv command says.”"
    )
    assert [e.form for e in events_of(text, "airstrikes")] == ["nominal"]
