"""The counts of a text, and of the same text with spans (quotations) blanked out.

:class:`TextCounts` counts a whole text once (its token totals, words, whitespace tokens,
non-space characters, and its sentences from :func:`analysis.text.split_sentences`); the counts
of the text with some spans removed are derived by re-reading only the text around those spans
(:func:`blanked_delta`), so the authorial variant of an article costs a fraction of a second pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...errors import FramingError
from ...text.typography import CLOSING_QUOTES, OPENING_QUOTES, STRAIGHT_QUOTES
from ...text.words import LETTER, WORD_CHAR
from .indices import indices
from .tokens import piece_counts, token_counts

__all__ = ["TextCounts", "excluded_intervals", "blanked_delta", "merge_spans"]

_OPEN_MARKS = STRAIGHT_QUOTES + OPENING_QUOTES
_CLOSE_TAIL = re.compile(r"[.,;:!?…]*[" + re.escape(STRAIGHT_QUOTES + CLOSING_QUOTES) + "]+")
_RUN_HEAD = re.compile(r"\S*")


def excluded_intervals(
    text: str, exclude: Sequence[tuple[int, int]], *, marks: bool = True
) -> list[tuple[int, int]]:
    """The excluded spans (with their quotation marks when ``marks``), clipped to the text,
    sorted and merged."""
    n = len(text)
    spans: list[tuple[int, int]] = []
    for span in exclude:
        try:
            s, e = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError) as exc:
            raise FramingError(
                f"exclude: {span!r} is not a (start, end) pair of integers."
            ) from exc
        s, e = max(0, min(s, n)), max(0, min(e, n))
        if e <= s:
            continue
        if marks:
            while s > 0 and text[s - 1] in _OPEN_MARKS:
                s -= 1
            m = _CLOSE_TAIL.match(text, e)
            if m:
                e = m.end()
        spans.append((s, e))
    return merge_spans(spans)


def _run_start(text: str, s: int) -> int:
    """Start of the whitespace-delimited run that contains ``text[s - 1]`` (``s`` if none)."""
    lo = max(0, s - 64)
    # the non-space run ending at s, read backwards (a forward search for "\S*\Z" tried every
    # start position and ran each to the next space)
    start = s - _RUN_HEAD.match(text[lo:s][::-1]).end()
    while start == lo and start > 0 and not text[start - 1].isspace():  # a run longer than 64
        start -= 1
    return start


def blanked_delta(text: str, intervals: Sequence[tuple[int, int]]) -> tuple[int, int, int, int]:
    """How blanking ``intervals`` (sorted, disjoint) changes the counts of ``text``.

    Returns the change of (packed token totals, words, whitespace tokens, non-space
    characters).  Only the text around the intervals is re-read: each interval is widened to
    whole whitespace-delimited runs (a word never crosses white space, so outside those
    regions nothing changes), and inside a region the words of the original text are replaced
    by the words of the parts that stay.
    """
    regions: list[list] = []
    run_end = _RUN_HEAD.match
    for s, e in intervals:
        lo, hi = _run_start(text, s), run_end(text, e).end()
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
            regions[-1][2].append((s, e))
        else:
            regions.append([lo, hi, [(s, e)]])
    # a piece's words are the words of its white-space-free chunks (a word never crosses white
    # space): piece_counts reads them from the memoised chunk table
    d_sum = d_words = d_tok = d_chars = 0
    for lo, hi, ivs in regions:
        total, n_words, n_tok, n_chars = piece_counts(text[lo:hi])
        d_sum -= total
        d_words -= n_words
        d_tok -= n_tok
        d_chars -= n_chars
        pos = lo
        for s, e in [*ivs, (hi, hi)]:
            if s > pos:  # a part that stays
                total, n_words, n_tok, n_chars = piece_counts(text[pos:s])
                d_sum += total
                d_words += n_words
                d_tok += n_tok
                d_chars += n_chars
            pos = max(pos, e)
    return d_sum, d_words, d_tok, d_chars


class TextCounts:
    """The counts of a whole text, from which blanked variants are derived cheaply."""

    __slots__ = ("text", "sentences", "alpha", "total", "n_words", "n_tok", "n_chars")

    def __init__(
        self, text: str, sentences: list[tuple[int, int]], counts: tuple[int, int] | None = None
    ) -> None:
        self.text = text
        self.sentences = sentences
        has_alpha = LETTER.search
        self.alpha = [has_alpha(text, s, e) is not None for s, e in sentences]
        # counts: token_counts(text) when the caller has them already (summed over lines)
        self.total, self.n_words = token_counts(text) if counts is None else counts
        chunks = text.split()  # str.split and regex \s agree on what is whitespace
        self.n_tok = len(chunks)
        self.n_chars = sum(map(len, chunks))

    def counts(
        self, intervals: Sequence[tuple[int, int]] = ()
    ) -> tuple[dict[str, float | int], int]:
        """Indices and counts of the text with ``intervals`` (sorted, disjoint) blanked, and how
        many of its words are English function words.

        Sentences are those of the full text; those without a kept letter ("1.", "2022.",
        "***", or wholly excluded) are not sentences, and their tokens are not words.
        """
        text = self.text
        has_alpha, has_wordchar = LETTER.search, WORD_CHAR.search
        n_sent = 0
        drop: list[tuple[int, int]] = []
        j, n_iv = 0, len(intervals)
        for k, (s, e) in enumerate(self.sentences):
            while j < n_iv and intervals[j][1] <= s:
                j += 1
            if j == n_iv or intervals[j][0] >= e:  # untouched by the intervals
                if self.alpha[k]:
                    n_sent += 1
                elif has_wordchar(text, s, e):
                    drop.append((s, e))
                continue
            parts, pos, jj = [], s, j  # the kept parts of the sentence
            while jj < n_iv and intervals[jj][0] < e:
                if intervals[jj][0] > pos:
                    parts.append((pos, intervals[jj][0]))
                pos = max(pos, intervals[jj][1])
                jj += 1
            if pos < e:
                parts.append((pos, e))
            if any(has_alpha(text, a, b) for a, b in parts):
                n_sent += 1
            elif any(has_wordchar(text, a, b) for a, b in parts):
                drop.append((s, e))
        total, n_words, n_tok, n_chars = self.total, self.n_words, self.n_tok, self.n_chars
        blank = merge_spans([*intervals, *drop]) if drop else intervals
        if blank:
            d = blanked_delta(text, blank)
            total, n_words, n_tok, n_chars = (
                total + d[0],
                n_words + d[1],
                n_tok + d[2],
                n_chars + d[3],
            )
        return indices(n_sent, n_words, total, n_tok, n_chars)


def merge_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, overlapping and touching ones merged."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged
