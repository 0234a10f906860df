"""Attribution round attr41: reported speech without quotation marks, PolNeAR train by class.

The class kept: the *-ing* participle of a tabled verb of saying that the table lacked
(*commenting*, *implying*, *outlining*: the paradigm of *commented*, *implied*, *outlined*),
chosen on train half A and confirmed on half B.  Sentences quoted from PolNeAR train (file
named); expected values written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions

KHAN = (  # PolNeAR train, nyt_2016-08-01_pressure-rises-on-trump-after-cr (gold cue: implying)
    "Mr. Trump questioned why Mr. Khan's wife did not speak alongside him at the Democratic "
    "convention, implying that she was forbidden from doing so."
)
PLATFORM = (  # PolNeAR train, wash-post_2016-07-29_convention-notebook (gold cue: outlining)
    "The Democratic platform explicitly recognizes transgender people, outlining several areas "
    "in which the party would like to see their circumstances improve."
)
BECK = (  # PolNeAR train, west-journal_2016-01-20_wow-glenn-beck-just-responded-to (commenting)
    "Last September, Beck called Palin a “clown” on his radio show when commenting on her speech "
    "following Donald Trump’s at a Washington D.C. rally to protest the Iran nuclear deal."
)
# Counter-cases (PolNeAR train, none annotated): a participle whose subject is a market figure,
# a participle in an apposition of a person who lectures, one after a document noun, and a
# gerund after a control verb.
INVESTORS = (  # nyt_2015-11-09_jobs-report-gives-democrats-a-li
    "Investors see about a one-in-five chance that the Fed, after it begins to raise rates, will "
    "return to zero within two years - implying that they expect higher rates to significantly "
    "undermine growth."
)
PROFESSOR = (  # nyt_2016-09-03_professor-nega-s-war-why-an-ethi
    "But students curious enough to Google him would discover that the man who stood before "
    "them, outlining development policies in sub-Saharan Africa, was in fact intimately involved "
    "in the long-running war."
)
PAPER = (  # politico_2016-06-13_terrorism-experts-rebuke-trump-p
    "Clarke recently co-authored a paper outlining how the military success against the group "
    "in Iraq and Syria could drive more attacks elsewhere."
)
JUDGES = (  # usa-today_2016-07-15_ginsburg-apologizes-for-trump-co (author's voice here)
    "Judges should avoid commenting on a candidate for public office."
)


def _cue(text: str, verb: str):
    return next((a for a in find_attributions(text) if a.verb == verb), None)


@pytest.mark.parametrize(
    ("text", "verb", "speaker"),
    [
        (KHAN, "implying", "Mr. Trump"),
        # the cue is found; its speaker phrase stops at "The Democratic" (a speaker-phrase
        # limitation of the sentence-subject rule, left to the speaker rounds)
        (PLATFORM, "outlining", None),
        (BECK, "commenting", "Beck"),
    ],
)
def test_participle_of_a_tabled_verb_is_a_cue(text, verb, speaker):
    a = _cue(text, verb)
    assert a is not None
    if speaker is not None:
        assert text[a.speaker_start : a.speaker_end] == speaker


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (INVESTORS, "implying"),
        (PROFESSOR, "outlining"),
        (PAPER, "outlining"),
        (JUDGES, "commenting"),
    ],
)
def test_participle_without_a_speech_subject_is_no_cue(text, verb):
    assert _cue(text, verb) is None
