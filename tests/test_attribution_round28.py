"""Attribution round 28 (issue 18): the perfect of a participle kept out of the verb table.

Class, read among the reported-speech cues missed on PolNeAR train: a participle whose bare form
is no row (its adjectival and passive uses dominate: "a bill supported by", "have cast their
ballots") is a verb of taking a position after *has/have/had* ("Cruz has supported …",
"citizens who have voted for …", "Cruz has cast him as …"), as round 20 found for *has
written*.  The sentences are quoted from PolNeAR train articles (file named above each); the
expected speakers and cues are written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions


def _cues(text):
    return [(a.speaker, a.verb) for a in find_attributions(text)]


PERFECT_CUES = [
    # wash-post_2015-11-13_cruz-rubio-take-off-the-kid-glov
    (
        "Cruz has supported increasing the number of H-1B visas - at one point, as much as "
        "fivefold - but has since said he now believes the system needs to be reformed before "
        "the number can be increased.",
        ("Cruz", "has supported"),
    ),
    # wash-post_2015-12-20_marco-rubio-s-strategic-stances
    (
        "Rubio opposes abortion. But he has supported legislation with and without rape and "
        "incest exceptions, putting him on both sides of a heated sub-debate.",
        ("he", "has supported"),
    ),
    # usa-today_2016-08-09_khans-trump-stirs-ugliness-musli
    (
        "Khan and his wife are newcomers to the political wars, naturalized citizens who have "
        "voted for both Democrats and Republicans.",
        ("who", "have voted"),
    ),
    # breitbart_2016-02-08_the-latest-nh-towns-cast-first-v
    (
        "Sanders has cast the Clintons as part of the Democratic establishment during the "
        "primaries and holds a solid lead against the former secretary of state in Tuesday’s "
        "first-in-the-nation primary.",
        ("Sanders", "has cast"),
    ),
    # wash-post_2016-01-24_mired-in-third-place-rubio-prepa
    ("And Cruz has cast him as weak on immigration.", ("Cruz", "has cast")),
]


@pytest.mark.parametrize("text, cue", PERFECT_CUES)
def test_perfect_participle_is_a_cue(text, cue):
    assert cue in _cues(text)


#: Counter-cases: the same participles where they report no one's position.
NOT_CUES = [
    # casting a ballot, not casting someone as something (the row asks for "as" after the
    # object)
    "Sanders has cast his ballot in Burlington.",
    # the bare participles stay out of the table: a passive and an adjective
    "The measure, supported by Democrats, passed the House.",
]


@pytest.mark.parametrize("text", NOT_CUES)
def test_participle_without_position_is_no_cue(text):
    assert _cues(text) == []


def test_had_voted_inside_reported_speech_is_no_cue_of_its_own():
    # nyt_2016-02-25_rubio-has-the-praise-just-not-th: "had voted" is left out (train half A:
    # a past vote inside reported speech, not annotated as an attribution of its own)
    text = (
        "Nevada's governor, Brian Sandoval, a Republican, said Tuesday that he had voted for "
        "Mr. Rubio, but cautioned against viewing that as an endorsement."
    )
    assert [v for _, v in _cues(text)] == ["said", "cautioned"]
