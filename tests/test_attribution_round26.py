"""Attribution round 26: constructions that lost their speaker or their cue.

Sentences quoted from PolNeAR ``train`` (the development split; article named) and from the
AllSides corpus (outlet and article id named; development batch of round 26: 1,000 articles of
the PolNeAR publishers outside the draws of rounds 23 to 25, seed 2626); expected values
written by hand.
"""

import pytest

from analysis.detect.quotes import find_quotes


def _quotes(text):
    return [(q.kind, q.speaker, q.verb) for q in find_quotes(text)]


# Class "a quoted title in a speaker's apposition, in the New York Times' doubled single marks":
# round 24 read the title as part of the speaker phrase only when it closed with ” or ", so the
# quotation after "author of ''…,'' put it," had no speaker and no cue (train: 2 quotations, one
# in each half).
NYT_TITLE_IN_APPOSITION = [
    (  # PolNeAR train, nyt_2016-03-04_republicans-have-stake-in-a-deal
        "As Akhil Amar, professor of constitutional law at Yale and author of ''America's "
        "Unwritten Constitution,'' put it, ''Senate Republicans should remember that a "
        "compromise candidate today may be far better for them than the justice they may get "
        "next year.''",
        [("scare", "Akhil Amar", "put it"), ("direct", "Akhil Amar", "put it")],
    ),
    (  # the round-24 sentence (tests/test_attribution_round24.py) typeset the same way
        "Chuck Todd, the host of ''Meet the Press,'' said, ''We won.''",
        [("scare", "Chuck Todd", "said"), ("direct", "Chuck Todd", "said")],
    ),
]


@pytest.mark.parametrize("text, expected", NYT_TITLE_IN_APPOSITION)
def test_title_in_doubled_single_marks_closes_the_apposition(text, expected):
    assert _quotes(text) == expected


def test_quotation_ending_in_a_comma_is_no_title():
    # the closing marks of a quotation, not of a title in an apposition, before a verb
    assert _quotes("''We won,'' said Mr. Trump.") == [("direct", "Mr. Trump", "said")]


# Class "an inverted indefinite speaker with a relative clause": *someone*, *one*, *another*
# stand alone before a place or relation since round 24 ("said one in New Hampshire"); before
# *who*/*whose* they were read as determiners and the quotation had no speaker.
INDEFINITE_WITH_RELATIVE = [
    (  # AllSides, Politico, hj8EWVP8JQC1qIT6
        "“His problems are his problems. They would have existed independent of the "
        "campaign,” said someone who worked on the Trump campaign with Manafort.",
        [("direct", "someone", "said")],
    ),
    (  # AllSides, Politico, 1UlzIGGXFJZ5OkwZ (outside the batch; "on Friday" left out)
        "“I frankly just don’t understand it at all,” said someone who works for Cruz.",
        [("direct", "someone", "said")],
    ),
]


@pytest.mark.parametrize("text, expected", INDEFINITE_WITH_RELATIVE)
def test_inverted_indefinite_before_a_relative_clause_is_the_speaker(text, expected):
    assert _quotes(text) == expected


def test_indefinite_determiner_stays_part_of_the_speaker():
    # "another voter" is a determiner's phrase (tests/test_attribution_round24.py)
    assert _quotes('"Yes," said another voter who came.') == [("direct", "another voter", "said")]


def test_error_table_classes_verbs_and_direct_quotations_by_hand():
    # four gold quotations written by hand: one right, one whose verb is another cue of the
    # right speaker ("said, adding"), one with another clause's verb and speaker, one not found
    import pandas as pd

    from analysis.evaluation.attribution_report import error_table

    q = pd.DataFrame(
        {
            "kind": ["direct", "direct", "mixed", "direct"],
            "speaker_class": ["right", "right", "wrong speaker", "quotation not found"],
            "speaker_ok": [True, True, False, False],
            "verb_ok": [True, False, False, False],
            "pred_verb": ["said", "adding", "told", None],
        }
    )
    g = pd.DataFrame({"found": [True], "gold_cue": ["said"]})
    t = error_table({"quotations": q, "reported": g})
    got = {(p, c): n for p, c, n in zip(t["part"], t["class"], t["n"])}
    assert got[("quotation verb", "right")] == 1
    assert got[("quotation verb", "wrong verb, speaker right")] == 1
    assert got[("quotation verb", "wrong verb and speaker")] == 1
    assert got[("quotation verb", "quotation not found")] == 1
    assert got[("direct quotation", "right")] == 2
    assert ("direct quotation verb", "wrong verb and speaker") not in got  # the mixed one
    assert got[("direct quotation verb", "quotation not found")] == 1


# Class "a US state after a city and its comma before the verb": the state's comma closed the
# search for an apposition, so the speaker was the city ("Columbus", "Flint", "Brownwood"); the
# verb is now read as if it followed the city (lexicons/us_states.csv). Train: 1 direct and 1
# mixed quotation gain their speaker (half A), none lost; batch: 13 of 14 changed quotations
# take the right speaker (USA TODAY's poll respondents).
CITY_STATE = [
    (  # PolNeAR train, usa-today_2016-05-18_in-kentucky-democrats-battling-i
        'Clinton, during a town hall meeting in Columbus, Ohio, said she was "going to put a '
        'lot of coal miners and coal companies out of business," while trying to explain her '
        "plan.",
        ("Clinton", "said"),
    ),
    (  # PolNeAR train, usa-today_2016-07-26_protesters-push-through-intense-
        "Cory James, 22, of Flint, Mich., said he hadn't given up hope that Sanders could pull "
        'a convention "surprise," because he could never vote for Hillary Clinton.',
        ("Cory James", "said"),
    ),
    (  # AllSides, USA TODAY, ADb3TX8o1Etkb739
        '"I still support Obama," Sandra McSwain, 70, a retired teacher from Brownwood, Texas, '
        "said in a follow-up interview.",
        ("Sandra McSwain", "said"),
    ),
    (  # AllSides, USA TODAY, YXsZvroiKa5N06gQ (the District: "D.C.")
        "Rev. Mariann Budde, who oversees the church’s denomination in Washington, D.C., said "
        "she was “outraged” to see the resulting images.",
        ("Rev. Mariann Budde", "said"),
    ),
]


@pytest.mark.parametrize("text, expected", CITY_STATE)
def test_state_after_a_city_does_not_close_the_apposition(text, expected):
    assert {(q.speaker, q.verb) for q in find_quotes(text)} == {expected}


def test_city_and_state_without_an_apposition_keep_the_subject():
    # no apposition opens before the city: the subject is the phrase before its comma
    from analysis.detect.quotes import find_attributions

    text = "Voters in Manchester, N.H., said they were making up their minds."
    assert [(a.speaker, a.verb) for a in find_attributions(text)] == [
        ("Voters in Manchester", "said")
    ]


def test_a_sum_after_a_quote_only_verb_is_its_object():
    # PolNeAR train, nyt_2015-11-25_golf-courses-forced-to-reach-int: with the club found as
    # the subject (the state rule), the quote-only *charged* took the quotation from *called*
    text = (
        "In 2009, under what Mr. Hedge called ''the prior economy model,'' the Marsh Landing "
        "Country Club, a private course 300 miles north of here in Ponte Vedra Beach, Fla., "
        "charged a $100,000 initiation fee, 90 percent of it refundable upon resignation."
    )
    assert [(q.speaker, q.verb) for q in find_quotes(text)] == [("Mr. Hedge", "called")]
