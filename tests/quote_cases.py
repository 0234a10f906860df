"""Helpers of the attribution rounds' case tables (``tests/test_attribution_round40.py``,
``…round42.py``): the quotation of a text that starts with given words, and its speaker as
written.
"""

from __future__ import annotations

from analysis.detect.quotes import Quote, analyse_quotes


def quote_starting(text: str, words: str) -> Quote:
    """The first quotation of ``text`` whose words (marks stripped) start with ``words``."""
    quotes, _ = analyse_quotes(text)
    return next(q for q in quotes if text[q.start : q.end].strip('"“ ').startswith(words))


def written_speaker(text: str, q: Quote) -> str | None:
    """The speaker of ``q`` as written in ``text``, or None when it has none."""
    return text[q.speaker_start : q.speaker_end] if q.speaker_start >= 0 else None
