"""Attribution round 38: the subject of a colon lead-in after an opening phrase.

Sentences quoted from PolNeAR train and AllSides (file or id named); expected values written
by hand.
"""

from analysis.detect.quotes import analyse_quotes

# Class "an opening phrase the adverbial rules do not know before a colon lead-in's subject":
# the lead-in word was found ("proposal:", "lines:"), its subject was not ("Likewise,", "But
# back on American soil," are no known adverbial), so the quotation had no speaker.
BROOKINGS = (  # PolNeAR train, usa-today_2016-05-18_don-t-be-a-sucker-for-the-new-ol
    "Likewise, a paper from the left-leaning Brookings Institution had this to say about his "
    'free-college proposal: "Families from the top half of the income distribution would '
    'benefit."'
)
SOIL = (  # PolNeAR train, wash-post_2016-09-01_trump-appeared-to-break-down-wal
    "But back on American soil, he returned to his familiar lines: \"It's called America First! "
    '... There will be no amnesty!"'
)
# Counter-cases: a dummy *it* after the opening phrase (PolNeAR train, breitbart_2015-11-17_
# wash-post-fact-check-if-obama-sa; gold speaker is named paragraphs away), and an opening
# clause holding a quotation (PolNeAR train, nyt_2016-08-01_with-ailes-out-and-murdoch-in-wh,
# shortened): no speaker is read after the comma.
BETTER = 'Wait, it gets better: "By law, the president every fiscal year sets the maximum."'
MOSLEMS = (
    "As a fan of Dr. Ben Carson, ''a real black president who can properly address the racial "
    "divide''; and as one who believes: ''Maybe most Moslems peaceful.''"
)


def _quote(text: str, words: str):
    quotes, _ = analyse_quotes(text)
    return next(q for q in quotes if text[q.start : q.end].startswith(words))


def test_subject_after_an_opening_phrase_of_a_colon_lead():
    q = _quote(BROOKINGS, "Families")
    assert (q.speaker, q.verb) == (
        "a paper from the left-leaning Brookings Institution",
        "proposal",
    )
    q = _quote(SOIL, "It's")
    assert (q.speaker, q.verb) == ("he", "lines")


def test_no_subject_taken_after_a_dummy_or_a_quotation():
    assert _quote(BETTER, "By law").speaker is None
    assert _quote(MOSLEMS, "Maybe").speaker is None
