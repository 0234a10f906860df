"""Attribution round 16 (issue 18): cue words of reported speech missing from the verb table,
found on PolNeAR train (intentions, preferences, perceptions, speech acts). The sentences are
quoted from PolNeAR train articles; the expected speakers and cues are written by hand."""

import pytest

from analysis.detect.quotes import find_attributions


def _cues(text):
    return [(a.speaker, a.verb) for a in find_attributions(text)]


#: Class "cue word missing from the table" (lexicons/attribution_verbs.csv, round 16 rows)
MISSING_CUES = [
    # intention and preference (cognition / preference)
    (
        "Steering clear of the boisterous, often belligerent rhetoric exchanged by his GOP "
        "rivals, Kasich has sought to distinguish himself as the candidate with a positive "
        "message.",
        [("Kasich", "sought")],
    ),
    (
        "The connection between Obama and the black vote is obviously a unique one, but the "
        "phenomenon is universal: Voters prefer to back a winner, and candidates appear more "
        "attractive the more likely they are to win.",
        [("Voters", "prefer")],
    ),
    # perception and belief (cognition / belief)
    (
        "Nate Cohn, writing in The New York Times, noticed this weekend that poor and "
        "working-class white voters have been shifting toward Sanders and away from Clinton, an "
        "unusual pattern in a Democratic primary.",
        [("Nate Cohn", "noticed")],
    ),
    (
        "Western European leaders recognize that Middle Eastern nations can be their allies in "
        "the fight against this scourge that has already reached their heartlands.",
        [("Western European leaders", "recognize")],
    ),
    # agreement without "to" (cognition / agreement)
    (
        "But most Republicans agreed they had no real recourse at this point.",
        [("most Republicans", "agreed")],
    ),
    # speech acts (factive, reference, labelling, announce)
    (
        "Ahead of the Democratic primary debate in Charleston earlier this month, Clinton "
        "highlighted endorsements from high profile black leaders, like former Attorney "
        "General Eric Holder.",
        [("Clinton", "highlighted")],
    ),
    (
        "Clinton repeatedly invoked President Obama and suggested that Sanders' critiques of "
        "her amounted to attacks on Obama.",
        [("Clinton", "invoked"), ("Clinton", "suggested")],
    ),
    (
        "Peck has long considered a Twitter deal likely, and he renewed that prediction last "
        "week even before the Microsoft-LinkedIn deal was announced.",
        [("Peck", "considered"), ("he", "renewed")],
    ),
    (
        "She went on to express regret for joining with other Fox News hosts who doubted the "
        "polls showing President Obama leading Mitt Romney in 2012.",
        [("She", "express")],
    ),
]

#: Counter-cases: an agreement to act is no reported speech (the table's context for
#: *agreed*); *named* after an indefinite names a person, as *called* does
NOT_CUES = [
    "Ministers agreed to boost cooperation in energy.",
    "Of Santa Catarina, a worker named Antonio Arroyo has nothing but positive things to say "
    "about his job.",
]


@pytest.mark.parametrize("text,expected", MISSING_CUES)
def test_missing_cue_words(text, expected):
    assert _cues(text) == expected


@pytest.mark.parametrize("text", NOT_CUES)
def test_not_cues(text):
    assert [a.verb for a in find_attributions(text)] == []


def test_round16_rows_have_provenance():
    from analysis.lexicons import read_table

    rows = [
        r for r in read_table("attribution_verbs.csv") if "round 16" in str(r.get("source", ""))
    ]
    assert {r["term"] for r in rows} >= {"sought", "prefer", "noticed", "agreed", "invoked"}
    assert all("PolNeAR train" in r["source"] and "train " in r["note"] for r in rows)
