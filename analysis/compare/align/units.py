"""Units: a cleaned body cut into quotation pieces and statements of the outlet's own.

* ``"quote"`` — a sentence-level piece of a *direct* quotation (``find_quotes`` kind
  ``"direct"``, or a quoted fragment of at least :data:`MIN_UNIT_WORDS` words, which is a
  partial quotation such as ``Russia is "finishing the demilitarization of Ukraine"``; the
  quotation's words without the marks, cut with ``split_sentences``);
* ``"statement"`` — a sentence of the outlet's own (authorial) text, with the direct
  quotations it contains cut out (``Kremlin spokesman Dmitry Peskov said:`` is the
  statement part of a sentence that goes on to quote him).  Scare quotes (``'in a
  moment'``) stay inside the statement: they are the outlet's words.

A piece with fewer than :data:`MIN_UNIT_WORDS` (4) words is ignored: "he said.", "We will
finish it" (4 words, kept) versus "And that's it." (3 words, dropped).  Such fragments
match by chance across any two articles and say nothing about selection.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .normalisation import QUOTE_MARKS

__all__ = ["MIN_UNIT_WORDS", "default_pipeline", "article_units"]

#: Units with fewer words than this are ignored (see the module docstring).
MIN_UNIT_WORDS: int = 4

_WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_EDGE_TRIM = set(" \t\r\n\f\v\u00a0" + QUOTE_MARKS + ",;:\u2013\u2014-(")

Span = tuple[int, int]


def default_pipeline() -> tuple[
    Callable[..., Any], Callable[[str], list[tuple[int, int]]], Callable[[str], list[Any]]
]:
    """The project's cleaner, sentence splitter and quote finder (imported lazily).

    Returns
    -------
    clean_article, split_sentences, find_quotes
        From :mod:`analysis.clean`, :mod:`analysis.text` and :mod:`analysis.detect.quotes`.

    Examples
    --------
    >>> [f.__name__ for f in default_pipeline()]
    ['clean_article', 'split_sentences', 'find_quotes']
    """
    from ...clean import clean_article
    from ...detect.quotes import find_quotes
    from ...text import split_sentences

    return clean_article, split_sentences, find_quotes


def _n_words(text: str) -> int:
    """Number of words (letters or digits, with inner apostrophes) in ``text``."""
    return len(_WORD_RE.findall(text))


def _trim(body: str, start: int, end: int) -> Span:
    """The span without whitespace, quotation marks and clause punctuation at its edges."""
    while start < end and body[start] in _EDGE_TRIM:
        start += 1
    while end > start and body[end - 1] in _EDGE_TRIM:
        end -= 1
    return start, end


def _sentence_spans(split_sentences: Callable[[str], Any], text: str) -> list[Span]:
    """(start, end) of every sentence (the splitter may give spans or pairs)."""
    spans = []
    for sp in split_sentences(text) or []:
        s, e = (sp.start, sp.end) if hasattr(sp, "start") else (int(sp[0]), int(sp[1]))
        spans.append((s, e))
    return spans


def article_units(
    body: str,
    *,
    min_words: int = MIN_UNIT_WORDS,
    split_sentences: Callable[[str], Any] | None = None,
    find_quotes: Callable[[str], Any] | None = None,
    quotes: Sequence[Any] | None = None,
) -> list[dict[str, Any]]:
    """Cut one cleaned body into quote and statement units.

    Parameters
    ----------
    body
        A cleaned article body (``clean_article(raw).body``).
    min_words
        Pieces with fewer words are ignored.
    split_sentences, find_quotes
        The sentence splitter and quote finder; default: :mod:`analysis.text` and
        :mod:`analysis.detect.quotes`.
    quotes
        The body's quotations when the caller has them (the per-article route's); else
        ``find_quotes(body)``.

    Returns
    -------
    list of dict
        Keys ``kind`` ("quote" | "statement"), ``start``, ``end``, ``text``
        (``body[start:end] == text``), ``speaker`` (quote units; ``""`` if unknown), in body
        order.

    Examples
    --------
    >>> units = article_units("Kremlin spokesman Dmitry Peskov said: "
    ...                       "\\"We really are finishing the demilitarisation of Ukraine.\\"")
    >>> [(u["kind"], u["text"]) for u in units]  # doctest: +NORMALIZE_WHITESPACE
    [('statement', 'Kremlin spokesman Dmitry Peskov said'),
     ('quote', 'We really are finishing the demilitarisation of Ukraine.')]
    """
    if not body:
        return []
    if split_sentences is None or find_quotes is None:
        _, ss, fq = default_pipeline()
        split_sentences = split_sentences or ss
        find_quotes = find_quotes or fq
    found = quotes if quotes is not None else (find_quotes(body) or [])
    quotes = [
        q
        for q in found
        if getattr(q, "kind", "direct") == "direct"
        or _n_words(body[int(q.start) : int(q.end)]) >= min_words
    ]
    units, cut = _quote_units(body, quotes, split_sentences, min_words)
    units += _statement_units(body, sorted(cut), split_sentences, min_words)
    units.sort(key=lambda u: (u["start"], u["end"]))
    return units


def _quote_units(
    body: str, quotes: list[Any], split_sentences: Callable[[str], Any], min_words: int
) -> tuple[list[dict[str, Any]], list[Span]]:
    """The quote pieces, and the quoted regions (with their marks) to cut out of statements."""
    n = len(body)
    units: list[dict[str, Any]] = []
    cut: list[Span] = []
    for q in quotes:
        qs, qe = int(q.start), int(q.end)
        if not (0 <= qs < qe <= n):
            continue
        a, b = qs, qe
        while a > 0 and body[a - 1] in QUOTE_MARKS:
            a -= 1
        while b < n and body[b] in QUOTE_MARKS:
            b += 1
        cut.append((a, b))
        speaker = getattr(q, "speaker", "") or ""
        for s, e in _sentence_spans(split_sentences, body[qs:qe]):
            s, e = _trim(body, qs + s, qs + e)
            if e > s and _n_words(body[s:e]) >= min_words:
                units.append(
                    {
                        "kind": "quote",
                        "start": s,
                        "end": e,
                        "text": body[s:e],
                        "speaker": str(speaker),
                    }
                )
    return units, cut


def _statement_units(
    body: str, cut: list[Span], split_sentences: Callable[[str], Any], min_words: int
) -> list[dict[str, Any]]:
    """The pieces of every sentence outside the ``cut`` (sorted) quoted regions."""
    units: list[dict[str, Any]] = []
    for ss, se in _sentence_spans(split_sentences, body):
        pieces = [(ss, se)]
        for a, b in cut:
            if b <= ss or a >= se:
                continue
            pieces = _cut_out(pieces, a, b)
        for s, e in pieces:
            s, e = _trim(body, s, e)
            if e > s and _n_words(body[s:e]) >= min_words:
                units.append(
                    {"kind": "statement", "start": s, "end": e, "text": body[s:e], "speaker": ""}
                )
    return units


def _cut_out(pieces: list[Span], a: int, b: int) -> list[Span]:
    """``pieces`` without the region [a, b)."""
    nxt = []
    for s, e in pieces:
        if b <= s or a >= e:
            nxt.append((s, e))
            continue
        if a > s:
            nxt.append((s, a))
        if b < e:
            nxt.append((b, e))
    return nxt
