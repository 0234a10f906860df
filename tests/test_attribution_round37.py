"""Attribution round 37: direct quotations without a speaker in PolNeAR train, by construction.

Sentences quoted from PolNeAR train (file named); expected values written by hand.
"""

from analysis.detect.quotes import analyse_quotes, find_attributions

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


# Class "a common-noun speaker after an inverted verb": a determiner's phrase with a year, a
# bare plural or a numeral's plural after a verb that follows the closing mark found no speaker
# (the inverted-speaker rules took only names and determiners' phrases without numerals).
JOURNAL = (  # PolNeAR train, nyt_2016-04-20_campaigns-are-long-costly-and-ch
    "''Interviewers are likely to feel they are getting useful information from unstructured "
    "interviews, even when they are useless,'' concluded a 2013 article in the academic journal "
    "Judgment and Decision Making."
)
INSIDERS = (  # AllSides C0NNtHbuaXlZCX3K
    "Instead, the joint Arab force would be used with “surgical precision,” say government "
    "insiders, using force only to turn the tide in key battles in southern Yemen."
)
# Counter-case: a verb after a quoted title, with its object ("tweeted photos of …").
QUILLETTE = (  # AllSides 8kYTOzauTc8ASAfy
    'Andy Ngo, an editor with the conservative website "Quillette," tweeted photos of cuts and '
    "bruises on his face."
)


def test_common_noun_speaker_after_inverted_verb():
    q = _quote(JOURNAL, "Interviewers")
    assert (q.speaker, q.verb) == ("a 2013 article", "concluded")
    q = _quote(INSIDERS, "surgical")
    assert (q.speaker, q.verb) == ("government insiders", "say")


def test_object_after_a_title_is_no_inverted_speaker():
    assert _quote(QUILLETTE, "Quillette").speaker is None


# Class "the name Will read as the modal": a capitalised *Will* inside a sentence was skipped as
# an auxiliary before the verb or ended the speaker phrase ("which Will claims" -> *which*;
# "columnist George Will wrote" -> *columnist George*).
GEORGE_WILL = (  # PolNeAR train, west-journal_2015-11-21_after-trump-heard-what-his-fox-n
    "In contrast to Trump in Iowa, Will had nothing but praise for Christie’s Nov. 14 speech at "
    "the Sunshine Summit in Orlando, Florida, which Will claims affirmed “the foundational "
    "conservative belief in the indispensability, the sovereignty, and the prerogatives of "
    "nationhood.”"
)
HURD = (  # AllSides tkNInuqwU91eDTWr
    "Republican Rep. Will Hurd, who represents a vast district along the southern border in "
    "Texas, said he would back a measure."
)
# Counter-cases: a headline in Title Case ("Americans Will Say") and the lower-case modal.
HEADLINE = "Obama: I’m Optimistic Americans Will Say No to Trump."  # PolNeAR train, west-journal
MODAL = "The campaign will say, “It is over.”"


def test_capitalised_will_is_a_name():
    q = _quote(GEORGE_WILL, "the foundational")
    assert (q.speaker, q.verb) == ("Will", "claims")
    assert [(a.speaker, a.verb) for a in find_attributions(HURD)] == [
        ("Republican Rep. Will Hurd", "said")
    ]


def test_headline_and_modal_will_unchanged():
    assert ("I’m Optimistic Americans", "Say") in [
        (a.speaker, a.verb) for a in find_attributions(HEADLINE)
    ]
    assert (_quote(MODAL, "It is").speaker, _quote(MODAL, "It is").verb) == ("The campaign", "say")
