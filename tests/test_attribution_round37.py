"""Attribution round 37: direct quotations without a speaker in PolNeAR train, by construction.

Sentences quoted from PolNeAR train (file named); expected values written by hand.
"""

from analysis.detect.quotes import analyse_quotes

# Class "a reduced passive between a speaker and its verb": an apposition opening with a past
# participle and a preposition ("asked about", "mentioned by") stands between the speaker and
# the verb like an -ing participle clause ("Durbin, noting …, said"); it blocked the speaker.
PUTIN = (  # PolNeAR train, nyt_2015-12-22_trump-says-praise-from-putin-hel (gold: Mr. Trump)
    "The issue had come up Friday after Mr. Trump, asked about the deaths of journalists under "
    "Mr. Putin, had said, ''I think our country does plenty of killing also.''"
)
GINGRICH = (  # PolNeAR train, west-journal_2016-05-14_gingrich-takes-talk-of-being-tru
    "On Friday, Gingrich — mentioned by Newsmax as the leading choice for Republican "
    "presidential nominee Donald Trump’s running mate — told Bill O’Reilly of Fox News, that "
    "“you have to look at it very seriously, of course.”"
)
# Counter-case: a described subject before a participle apposition keeps its speaker (and the
# apposition's name is not taken).
AIDES = (  # PolNeAR train, wash-post_2016-01-24_mired-in-third-place (shape of the sentence)
    "The aides, led by campaign manager Terry Sullivan, told the group, “We are not expecting to "
    "win Iowa.”"
)


def _quote(text: str, words: str):
    quotes, _ = analyse_quotes(text)
    return next(q for q in quotes if text[q.start : q.end].startswith(words))


def test_reduced_passive_between_speaker_and_verb():
    q = _quote(PUTIN, "I think")
    assert (q.speaker, q.verb) == ("Mr. Trump", "said")
    q = _quote(GINGRICH, "you have")
    assert (q.speaker, q.verb) == ("Gingrich", "told")


def test_described_subject_before_a_participle_unchanged():
    q = _quote(AIDES, "We are")
    assert (q.speaker, q.verb) == ("The aides", "told")
