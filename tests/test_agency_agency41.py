"""find_agency on the political and verbal attacks of round agency41 (issue 20): an attack
told by a participle of speech after a comma, and an attack told in a speech or post that
opens the clause (``guards.csv``).

The sentences are real: dev rows of batches 19, 27 and 28, or unlabelled AllSides articles
(cited by AllSides id).  The counter-cases are war attacks that stay events.  The expected
values are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency


def forms_of(text: str, word: str) -> list[str]:
    """The forms of the events whose trigger is ``word`` (as written)."""
    return [e.form for e in find_agency(text) if e.text == word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # dev batch 27, AllSides wLe0da1X9Ujxevsu, labelled none
        (
            "Last week at a NATO summit in Brussels, Trump launched a fresh attack on Germany, "
            "claiming the country was “totally controlled” and held “captive by Russia”.",
            "attack",
        ),
        # dev batch 27, BASIL 8abec8d9-50a2-480e-969a-157f94954f4d_3, labelled none
        (
            "As he prepared to travel to Mexico, Mr. Trump responded to Mr. Fox’s attacks, noting "
            "on Twitter that the former Mexican president once suggested that he pay the country "
            "a visit.",
            "attacks",
        ),
        # AllSides GmpE368i2Ofy8T4p (unlabelled): the comma right after the noun
        (
            "On Monday, Trump widened his attack, tweeting: “DACA is dead because the Democrats "
            "didn’t care or act.”",
            "attack",
        ),
        # dev batch 28, AllSides SCDIyBHiwmwfxs1R, labelled none
        (
            "In his speeches, Rehman has attacked the minority Ahmadi sect, and Ahmadi homes and "
            "places of worship are often targeted by Sunni militants who consider them heretics.",
            "attacked",
        ),
        # AllSides xyQcGlkCX1bKY6q2 (unlabelled)
        (
            'In earlier posts, he attacked US President Donald Trump and his "Make America Great '
            'Again" (Maga) slogan.',
            "attacked",
        ),
    ],
)
def test_a_verbal_attack_is_no_event(text, word):
    assert forms_of(text, word) == []


@pytest.mark.parametrize(
    ("text", "word", "form"),
    [
        # dev batch 19, guardian-nyt articles-0096, labelled nominal: a capitalised possessive
        # without a title is no person's verbal attack
        (
            "The UK’s Ministry of Defence has issued its intelligence briefing on the situation in "
            "Ukraine for the day, in which it disputes Russia’s account of Sunday’s missile attack "
            "on Odesa, saying “The Russian MoD claimed to have hit a Ukrainian warship.”",
            "attack",
            "nominal",
        ),
        # dev batch 18, guardian-nyt articles-0059, labelled nominal: a statement on Twitter
        # that does not open the clause of the attack
        (
            "In a statement posted on Twitter, Antony Blinken said: “The United States strongly "
            "condemns Russia’s attack on the port of Odesa today.”",
            "attack",
            "nominal",
        ),
    ],
)
def test_a_war_attack_near_speech_stays_an_event(text, word, form):
    assert forms_of(text, word) == [form]
