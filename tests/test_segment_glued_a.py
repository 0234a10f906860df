"""A stop glued to the one-letter word "A" ends a sentence (the report review of round 31).

BASIL has 47 sentences glued to the next before "A" with no space ("his own advisers.A
spokesman"); the splitter took each pair for one sentence (readability, frame evidence and the
evidence view read these sentences).
"""

from analysis.text.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_glued_after_a_stop_starts_a_sentence():
    # BASIL (nyt): two sentences joined by the scrape
    text = (
        "The meetings were unknown even to several of his own advisers.A spokesman for the "
        "R.N.C. did not respond."
    )
    assert _sentences(text) == [
        "The meetings were unknown even to several of his own advisers.",
        "A spokesman for the R.N.C. did not respond.",
    ]


def test_a_after_single_capitals_is_no_start():
    # counter-cases: the stop follows a single capital ("U.S.A"); "A" starts a longer word
    assert len(_sentences("He moved to the U.S.A in 1990 and stayed.")) == 1
    assert len(_sentences("Sales fell in June.After that, they rose.")) == 2
