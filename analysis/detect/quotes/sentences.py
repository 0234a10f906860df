"""Sentence bounds as the attribution rules see them: from a stop to a capital or a digit.

Quotations and attributions ask "where does the sentence around this offset start / end?"
many times per article; the answers come from ONE scan of the text for sentence ends
(:data:`SENTENCE_END`), cached for the last two texts.  The pattern is simpler than
:func:`analysis.text.split_sentences`, but a full stop after a title of
``lexicons/abbreviations.csv`` (``Mr.``, ``Sen.``, ``Gov.`` …) or after a single capital initial
(``Thomas E. Perez``, ``U.S.``) never ends a sentence: a cut there separated a speaker from its
title (``Mr. Garin said`` -> ``Garin said``, and a quotation before it lost its speaker); after
an abbreviation the lexicon calls ambiguous (``St.``, ``Inc.``, ``Jr.``) only a sentence starter
begins a new sentence (``St. Charles Police Lt. Tom Wilkison said``, but ``on Main St. The``);
after an abbreviation of a number or a month no sentence starts with a digit (``the No. 2 in
the GOP leadership``, ``a Feb. 1 letter``; attribution round 14).  A
sentence may start with two single marks typed for a double one (``''It …``, the New York
Times' style).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...text.segment import abbreviations, sentence_starters
from ...text.words import GLUED_STOP

__all__ = ["SENTENCE_END", "sentence_start", "sentence_end", "after_glued_stop"]


def _title_guard() -> str:
    """Lookbehinds that keep a full stop after a title or a capital initial from ending a
    sentence (titles from ``lexicons/abbreviations.csv``, capitalised as in running text)."""
    titles = sorted(t for t, kind in abbreviations().items() if kind == "title" and "." not in t)
    return "".join(rf"(?<!\b{re.escape(t.capitalize())}\.)" for t in titles) + r"(?<!\b[A-Z]\.)"


#: A stop (a full stop not after a title or an initial), closing marks or brackets, white space,
#: then (an opening mark, or two single marks) and a capital or digit.
#: (The title guards follow the stop class: they hold trivially after ``!?…``, and a pattern that
#: starts with a character class lets ``re`` skip to the stops instead of trying every position.)
SENTENCE_END = re.compile(
    r"[!?….]" + _title_guard() + r"[\"'”’)\]]*\s+(?=(?:''|[\"'“‘(\[])?[A-Z0-9])"
)
_SENT_OPENERS = frozenset("\"'“‘([")
_CAP = re.compile(r"[A-Z0-9]")


def _look_end(text: str, e: int) -> int:
    """Where the lookahead of a sentence end at ``e`` stops reading (its alternatives in the
    order the engine tries them)."""
    if text.startswith("''", e) and _CAP.match(text, e + 2):
        return e + 3
    if e < len(text) and text[e] in _SENT_OPENERS and _CAP.match(text, e + 1):
        return e + 2
    return e + 1


#: Abbreviations before a number: "No. 2", "Art. 5", "Feb. 1" (no sentence end before a digit).
_NUMBERED = ("number", "month")
_WINDOW = 400  # characters a sentence bound is looked for in
_WORD_AT = re.compile(r"[\"'“‘(\[]*([A-Za-z]+)")


@lru_cache(maxsize=2)
def _ambiguous(kinds: tuple[str, ...] = ("ambiguous",)) -> tuple[frozenset[str], tuple[int, ...]]:
    """The abbreviations of ``lexicons/abbreviations.csv`` of these kinds (letters only, lower
    case) and their lengths."""
    words = frozenset(t for t, kind in abbreviations().items() if kind in kinds and t.isalpha())
    return words, tuple(sorted({len(w) for w in words}))


def _ambiguous_before(text: str, stop: int, kinds: tuple[str, ...] = ("ambiguous",)) -> bool:
    """The full stop at ``stop`` ends an abbreviation the lexicon calls ambiguous ("St." for
    Saint or Street, "Inc.", "Jr.", "R-Ky."), a whole word (not after a letter, digit, dot or
    underscore).

    Examples
    --------
    >>> t = "St. Charles and Acme Inc. and first. Then R-Ky. said"
    >>> [_ambiguous_before(t, t.index(w) + len(w)) for w in ("St", "Inc", "first", "R-Ky")]
    [True, True, False, True]
    """
    if text[stop : stop + 1] != "." or not text[stop - 1 : stop].isalpha():
        return False
    words, lengths = _ambiguous(kinds)
    for n in lengths:
        k = stop - n
        if k < 0:
            break
        if text[k:stop].lower() in words:
            return k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "._")
    return False


def _starter_at(text: str, pos: int) -> bool:
    """The word at ``pos`` is a sentence starter (``lexicons/sentence_starters.csv``): after an
    ambiguous abbreviation the stop ends a sentence only then, as in
    :func:`analysis.text.split_sentences`."""
    m = _WORD_AT.match(text, pos)
    return bool(m) and m.group(1).lower() in sentence_starters()


@lru_cache(maxsize=2)
def _sentence_index(text: str) -> tuple[list[int], list[int], list[int]]:
    """Every sentence end of ``text`` (one scan): the starts and ends of the matches and where
    their lookahead ends (a bounded search sees a match only if that is inside its bounds)."""
    starts, ends, look = [], [], []
    for m in SENTENCE_END.finditer(text):
        e = m.end()
        if _ambiguous_before(text, m.start()) and not _starter_at(text, e):
            continue  # "St. Charles Police Lt. Tom Wilkison said" (but "on Main St. The next …")
        if text[e : e + 1].isdigit() and _ambiguous_before(text, m.start(), _NUMBERED):
            continue  # "the No. 2 in the GOP leadership", "a Feb. 1 letter" (round 14)
        starts.append(m.start())
        ends.append(e)
        look.append(_look_end(text, e))
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


def after_glued_stop(text: str, start: int, pos: int) -> int:
    """The start of the sentence holding ``pos``, moved past a stop glued to the next sentence
    between ``start`` and ``pos`` ("tension around Ukrainian borders.NATO countries warned" in
    translated copy), so a speaker never reaches back over it; a one-letter word's dot is no
    stop ("Guenther Schuh, e.GO’s founder").

    Examples
    --------
    >>> text = "Talks on tension around Ukrainian borders.NATO countries warned that"
    >>> text[after_glued_stop(text, 0, 57):]
    'NATO countries warned that'
    >>> text = "Guenther Schuh, e.GO’s founder, said"
    >>> after_glued_stop(text, 0, 32)
    0
    """
    stops, look = _glued_index(text)
    k = bisect_right(look, pos) - 1  # the last such stop that a search ending at pos sees
    return stops[k] + 1 if k >= 0 and stops[k] >= start else start


@lru_cache(maxsize=2)
def _glued_index(text: str) -> tuple[list[int], list[int]]:
    """Every stop glued to the next sentence in ``text`` (one scan), after two letters or
    digits, and where its lookahead stops reading (a bounded search sees it only inside)."""
    stops, look = [], []
    for glued in GLUED_STOP.finditer(text):
        p = glued.start()
        if text[p - 2 : p].isalnum():
            stops.append(p)
            look.append(p + 3 if text[p + 1] in '"“”' else p + 2)
    return stops, look
