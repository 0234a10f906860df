"""Attribution round 25: constructions that lost their speaker or their cue.

Sentences quoted from PolNeAR ``train`` (the development split; article named) and from the
AllSides corpus (outlet and article id named; development batch of round 25: 1,000 articles of
the PolNeAR publishers outside the draws of rounds 23 and 24, seed 2525); expected values
written by hand.
"""

import pytest

from analysis.detect.quotes import find_quotes


def _quotes(text):
    return [(q.kind, q.speaker, q.verb) for q in find_quotes(text)]


# Class "a label that closes the clause of a labelling verb": "X called Y 'Z.'" quotes X's words
# (PolNeAR annotates them as X's direct quotation); the short quotation was a scare quote with no
# speaker. Train: 27 gold direct quotations of *called/calling* were not found (16 on half A,
# 11 on half B).
LABEL_CLOSES_CLAUSE = [
    (  # PolNeAR train, wash-post_2016-02-09_barbs-and-pleas-before-n-h-vote
        'Sanders campaign manager Jeff Weaver called that "beyond preposterous."',
        [("direct", "Sanders campaign manager Jeff Weaver", "called")],
    ),
    (  # PolNeAR train, wash-post_2016-07-15_truck-attack-in-france-kills-at-
        'A reporter for Agence France-Presse called it "absolute chaos."',
        [("direct", "A reporter for Agence France-Presse", "called")],
    ),
    (  # PolNeAR train, nyt_2016-03-17_reputations-at-risk-over-bets-on
        "Hillary Clinton called it ''predatory.''",
        [("direct", "Hillary Clinton", "called")],
    ),
    (  # AllSides, Politico, 3bReh55IU8wSn0c7
        'Beijing called the skirmishes "a near-terrorist act."',
        [("direct", "Beijing", "called")],
    ),
    (  # the same label with the full stop outside the marks (British style)
        "A reporter for Agence France-Presse called it 'absolute chaos'.",
        [("direct", "A reporter for Agence France-Presse", "called")],
    ),
]


@pytest.mark.parametrize("text, expected", LABEL_CLOSES_CLAUSE)
def test_label_closing_the_clause_is_the_speakers_words(text, expected):
    assert _quotes(text) == expected


LABEL_STAYS_SCARE = [
    # the label does not close the clause (tests/test_quotes.py: a labelling frame)
    "A spokesperson called the move 'completely immoral' on Monday.",
    # a participle stays the outlet's label (the bundled Daily Mail article; tests/test_quotes.py)
    "Minutes earlier, he posted another message, calling the Russian army 'barbarians'.",
    # passives name no speaker's words
    # AllSides, USA TODAY, 11EkWhZcWFsKrotj
    "One of the more popular formulas to measure teacher effectiveness by state tests is "
    "called “value-added measure,” or VAM.",
    # AllSides, USA TODAY, s91NH5H8gsT2qs3W
    'In 2013, rapper Mac Miller was called an "ungrateful dog."',
]


@pytest.mark.parametrize("text", LABEL_STAYS_SCARE)
def test_label_inside_its_clause_participle_or_passive_stays_scare(text):
    assert [k for k, _, _ in _quotes(text)] == ["scare"]


# Class "a short quotation opening a sentence inside a paragraph": the sentence start was looked
# up at the opening mark, where the stop before it is not yet seen (its lookahead reads the mark
# and the first letter), so a short sentence-initial quotation after another sentence of its
# paragraph was a scare quote with no speaker. Sentences from the round-25 AllSides batch.
SENTENCE_INITIAL = [
    (  # AllSides, New York Times - News, zkKr1ZcLdPoI2BV5
        "“There were some people who hoped you all wouldn’t show up,” said Mr. Cain, a former "
        "pizza chain executive. “Y’all fooled them.”",
        [("direct", "Mr. Cain", "said"), ("direct", "Mr. Cain", "said")],
    ),
    (  # AllSides, New York Times - News, AoDf5ZLtdGlSsfxw (Kirstjen Nielsen)
        "“We do not have a policy of separating families at the border,” she wrote. “Period.”",
        [("direct", "she", "wrote"), ("direct", "she", "wrote")],
    ),
]


@pytest.mark.parametrize("text, expected", SENTENCE_INITIAL)
def test_short_quotation_opening_a_later_sentence_is_direct(text, expected):
    assert _quotes(text) == expected


def test_title_opening_its_sentence_stays_scare():
    # AllSides, Politico, XgxFoVoI67eBS5kF: a show’s name, the sentence goes on
    text = (
        "Its daytime viewership was up by triple digits. “Morning Joe” experienced a 77 percent "
        "increase."
    )
    assert [k for k, _, _ in _quotes(text)] == ["scare"]


# Class "a plural after *from* taken for the subject's head": the rule "a plural subject never
# takes a verb in -s" read the phrase's last word, so "the statement from Ford's attorneys reads"
# was no attribution and the quotation before it had no speaker (the head ends before *of*, *for*,
# *at* since round 24; now before *from* too).
def test_head_of_the_speaker_ends_before_from():
    # AllSides, USA TODAY, bwbtVuZcDqaSiogr
    text = (
        '"We are profoundly disappointed that after the tremendous sacrifice she made in coming '
        "forward, those directing the FBI investigation were not interested in seeking the "
        "truth,\" the statement from Ford's attorneys reads."
    )
    assert _quotes(text) == [("direct", "the statement from Ford's attorneys", "reads")]
