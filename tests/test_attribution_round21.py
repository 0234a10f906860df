"""Attribution round 21: constructions that lost their speaker in AllSides output.

Sentences quoted from the AllSides corpus (outlet named) and PolNeAR train articles (file
named); expected values written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions, find_quotes


def _direct(text):
    return [(q.speaker, q.verb) for q in find_quotes(text) if q.kind == "direct"]


def _cues(text):
    return [(a.speaker, a.resolved, a.verb) for a in find_attributions(text)]


# Class "surname May": the modal *may* is a stop word of speaker phrases, so "May told
# reporters" and "Theresa May told" gave the quotation no speaker.
MAY_QUOTES = [
    (  # AllSides, USA TODAY
        "They drew a swift rebuke from Prime Minister Theresa May.\n\n"
        "\"I never think it's helpful for anybody to speculate on what is an ongoing "
        'investigation," May told reporters in London.',
        [("May", "told")],
    ),
    (  # AllSides, USA TODAY (shortened)
        "“I see no equivalence between those who propose fascist views and those who oppose "
        "them,” May told reporters.",
        [("May", "told")],
    ),
]


@pytest.mark.parametrize("text,expected", MAY_QUOTES)
def test_surname_may_speaks(text, expected):
    assert _direct(text) == expected


def test_full_name_with_may_is_the_speaker():
    # AllSides, USA TODAY: "British Prime Minister Theresa May called on China …"
    text = "British Prime Minister Theresa May called on China to put more pressure on North Korea."
    assert (
        "British Prime Minister Theresa May",
        "British Prime Minister Theresa May",
        "called on",
    ) in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        'In May, Trump said "it is bad."',  # the month, after a preposition and a comma
        '"It will pass," he said. Lawmakers may said nothing.',  # lower-case modal
    ],
)
def test_month_and_modal_are_no_speakers(text):
    assert all(s != "May" and s != "may" for s, _ in _direct(text))
