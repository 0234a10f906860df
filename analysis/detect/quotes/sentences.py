"""Sentence bounds as the attribution rules see them: from a stop to a capital or a digit.

Quotations and attributions ask "where does the sentence around this offset start / end?"
many times per article; the answers come from ONE scan of the text for sentence ends
(:data:`SENTENCE_END`), cached for the last two texts.  The pattern is deliberately simpler
than :func:`analysis.text.split_sentences` (no abbreviation table): a wrong cut after "Mr."
only shortens the window an attribution is looked for in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

__all__ = ["SENTENCE_END", "sentence_start", "sentence_end"]

#: A stop, closing marks or brackets, white space, then (an opening mark and) a capital or digit.
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_SENT_OPENERS = frozenset("\"'“‘([")
_WINDOW = 400  # characters a sentence bound is looked for in


@lru_cache(maxsize=2)
def _sentence_index(text: str) -> tuple[list[int], list[int], list[int]]:
    """Every sentence end of ``text`` (one scan): the starts and ends of the matches and where
    their lookahead ends (a bounded search sees a match only if that is inside its bounds)."""
    starts, ends, look = [], [], []
    n = len(text)
    for m in SENTENCE_END.finditer(text):
        e = m.end()
        starts.append(m.start())
        ends.append(e)
        look.append(e + 2 if e < n and text[e] in _SENT_OPENERS else e + 1)
    return starts, ends, look


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence containing ``pos`` within its block starting at ``lo``: the end of
    the last match that ``SENTENCE_END.finditer(text, max(lo, pos - 400), pos)`` finds
    (matches never overlap and start with a stop, so they are the text's own)."""
    starts, ends, look = _sentence_index(text)
    k = bisect_right(look, pos) - 1
    if k >= 0 and starts[k] >= max(lo, pos - _WINDOW):
        return ends[k]
    return lo


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Where the sentence containing ``pos`` ends (``SENTENCE_END.search(text, pos,
    min(hi, pos + 400))``: one past the stop), or ``hi``."""
    starts, _, look = _sentence_index(text)
    k = bisect_left(starts, pos)
    if k < len(starts) and look[k] <= min(hi, pos + _WINDOW):
        return starts[k] + 1
    return hi
