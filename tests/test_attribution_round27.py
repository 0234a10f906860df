"""Attribution round 27: constructions that lost their speaker or their cue.

Sentences quoted from the round-27 development batch (``analysis/evaluation/attribution_batch.py``:
AllSides articles of the PolNeAR publishers dated 2016 or later, outside the draws of rounds 23
to 26, seed 2727; outlet and article id named); expected values written by hand.
"""

import pytest

from analysis.detect.quotes import find_quotes


def _quotes(text):
    return [(q.kind, q.speaker, q.verb) for q in find_quotes(text)]


# Class "a label closed by a coordinator, a relative or a dash": round 25 read a label after a
# finite labelling verb as the speaker's direct quotation only when a comma or full stop closed
# it; "and", "but", "who", "which", "because" or a dash right after the closing mark close the
# clause as well (lexicons/label_closers.csv). Batch: 3 direct quotations gained speaker and cue.
LABEL_CLOSED_BY_A_WORD = [
    (  # AllSides, USA TODAY, d8dEUappTyVDXFE9
        "Rep. Terri Sewell, D-Ala., called the commission a “sham” and criticized Kobach for "
        "asking states for the sensitive information.",
        [("direct", "Rep. Terri Sewell", "called")],
    ),
    (  # AllSides, Politico, 50UWepbNGu5GlGUL (the quotations after "who is" left out)
        "In a series of posts to Twitter, Norm Eisen, a White House ethics lawyer during the "
        "Obama administration, called Wray a “good choice” who is very respected.",
        [("direct", "Norm Eisen", "called")],
    ),
    (  # AllSides, Politico, GprSaSS9j9IxxR5X
        "Some wondered whether he failed to harness a moment to elevate himself and pass what "
        "one Republican called the “desk test” — the ability to picture Trump in the Oval "
        "Office in a time of crisis.",
        [("direct", "one Republican", "called")],
    ),
]


@pytest.mark.parametrize("text, expected", LABEL_CLOSED_BY_A_WORD)
def test_label_closed_by_a_coordinator_relative_or_dash(text, expected):
    assert _quotes(text) == expected


LABEL_NOT_CLOSED = [
    # round 25's guards hold: a label followed by a time adverbial, a passive, a participle
    "Trump called the move “completely immoral” on Monday.",
    "The measure is called “value-added” and it is popular.",
    "He posted another message, calling the Russian army “barbarians” and “murderers.”",
]


@pytest.mark.parametrize("text", LABEL_NOT_CLOSED)
def test_label_without_a_closing_word_stays_scare(text):
    assert [k for k, _, _ in _quotes(text)][0] == "scare"


# Class "a comma after a bracketed party tag that opens no apposition": the comma was read as
# the close of an apposition whose opening comma is missing, so the speaker was lost (the
# quotation took the previous paragraph's speaker) or came from an opening adverbial
# (brackets.tagged_name; speakers.speaker_before skips the tag before the comma too).
TAG_WITH_A_STRAY_COMMA = [
    (  # AllSides, Politico, BxFI5sfrBRDa3BX3
        "“If the administration wants to go to war against Iran, then the Constitution requires "
        "them to come to Congress to ask for an authorization for the use of military force,” "
        "Sen. Elizabeth Warren (D-Mass.), told The Intercept on Friday.",
        [("direct", "Sen. Elizabeth Warren", "told")],
    ),
    (  # AllSides, Politico (outside the batch; the quotation shortened)
        '“I’m just going to play it day by day," Oversight Chairman Elijah Cummings (D-Md.), said.',
        [("direct", "Oversight Chairman Elijah Cummings", "said")],
    ),
]


@pytest.mark.parametrize("text, expected", TAG_WITH_A_STRAY_COMMA)
def test_comma_after_a_bracketed_tag(text, expected):
    assert _quotes(text) == expected


def test_comma_after_a_tag_still_closes_an_apposition():
    # AllSides, Politico (outside the batch): the tag ends the apposition, its comma is no stray
    text = (
        "“It was developed after extensive consultation,” Michael Steel, a spokesman for House "
        "Speaker John Boehner (R-Ohio), said."
    )
    assert _quotes(text) == [("direct", "Michael Steel", "said")]
