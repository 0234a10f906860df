"""Finding lexicon markers in a text, by voice."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from ...text.matcher import KeyHits
from .lexicon import Lexicon, resolve_lexicon

__all__ = ["Marker", "find_markers", "match_markers", "quote_bounds", "VOICES"]

#: The voices a marker can be in.
VOICES: tuple[str, ...] = ("author", "quoted")


class Marker(NamedTuple):
    """One lexicon hit.

    Attributes
    ----------
    start, end : int
        Character offsets into the analysed text; ``text[start:end] == marker.text``.
    text : str
        The words as they appear in the text.
    category : str
        ``loaded``, ``naming``, ``hedge``, ``booster``, ``evidential`` (or a user category).
    subcategory : str
        E.g. ``dehumanising``, ``euphemism`` (loaded); ``epistemic_modal``, ``approximator``
        (hedge); for ``naming``, the naming group (``kyiv``).
    term : str
        The lexicon entry (lemma); for ``naming``, the form label (``"Kiev"``).
    voice : str
        ``"quoted"`` inside a quotation (direct or scare quote), else ``"author"``.
    """

    start: int
    end: int
    text: str
    category: str
    subcategory: str
    term: str
    voice: str


def quote_bounds(quotes: Iterable[Any]) -> tuple[list[int], list[int]]:
    """Starts and ends of the quotation spans, sorted, overlapping ones merged (nested scare
    quotes inside direct quotes).

    Parameters
    ----------
    quotes
        Objects with ``.start``/``.end``, or ``(start, end)`` tuples.

    Examples
    --------
    >>> quote_bounds([(10, 20), (12, 14), (30, 35)])
    ([10, 30], [20, 35])
    """
    spans = sorted(
        (
            int(getattr(q, "start", q[0] if isinstance(q, tuple) else 0)),
            int(getattr(q, "end", q[1] if isinstance(q, tuple) else 0)),
        )
        for q in quotes
    )
    starts: list[int] = []
    ends: list[int] = []
    for s, e in spans:
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def match_markers(
    text: str,
    lexicon: Lexicon,
    bounds: tuple[Sequence[int], Sequence[int]],
    *,
    hits: KeyHits | None = None,
) -> list[Marker]:
    """The markers of ``text`` given a compiled lexicon and the quotation bounds.

    The engine of :func:`find_markers`, for callers that have the pieces already (the
    per-article pipeline passes the key positions its :class:`~analysis.text.matcher.KeyIndex`
    found for the lexicon and the reporting verbs in one pass).

    Parameters
    ----------
    text
        The text.
    lexicon
        From :func:`~analysis.detect.markers.lexicon.resolve_lexicon`.
    bounds
        :func:`quote_bounds` of the quotations of ``text``.
    hits
        Key positions of ``text`` (optional; see :meth:`analysis.text.matcher.KeyScanner.finditer`).
    """
    qs, qe = bounds
    out: list[Marker] = []
    for m in lexicon.scanner.finditer(text, hits=hits):
        entries = lexicon.entries(m)
        if not entries or entries[0].category == "guard":
            continue
        s, e = m.span()
        i = bisect.bisect_right(qs, s) - 1
        voice = "quoted" if i >= 0 and s < qe[i] else "author"
        surface = m.group()
        for en in entries:
            if en.category != "guard":
                out.append(Marker(s, e, surface, en.category, en.subcategory, en.label, voice))
    return out


def find_markers(
    text: str,
    *,
    lexicons: Lexicon | Sequence[str | Path] | None = None,
    quotes: Iterable[Any] | None = None,
) -> list[Marker]:
    """Find loaded terms, naming forms, hedges, boosters and evidentials in a text, by voice.

    Parameters
    ----------
    text
        The text (usually a cleaned article body).
    lexicons
        A compiled :class:`~analysis.detect.markers.lexicon.Lexicon` (from
        :func:`analysis.load_lexicons`), or a list of lexicon CSV files (bundled names or the
        user's own paths) to use *instead of* the bundled set; ``None``: the bundled core
        lexicons and the ``ukraine-2022`` pack.
    quotes
        Quote spans (objects with ``.start``/``.end``, or ``(start, end)`` tuples) that
        define the quoted voice; ``None``: computed with :func:`analysis.find_quotes`.

    Returns
    -------
    list of Marker
        In text order; ``text[m.start:m.end] == m.text``.  A term listed under several
        categories yields one marker per category.

    Examples
    --------
    >>> ms = find_markers("Officials said Kiev may fall.", quotes=[])
    >>> [(m.text, m.category, m.term) for m in ms]
    [('Kiev', 'naming', 'Kiev'), ('may', 'hedge', 'may')]
    >>> find_markers("He called them 'barbarians'.", quotes=[(16, 26)])[0].voice
    'quoted'
    """
    if not isinstance(text, str):
        raise TypeError(f"find_markers expects a str, not {type(text).__name__}")
    if not text:
        return []
    lex = resolve_lexicon(lexicons)
    if quotes is None:
        from ..quotes import find_quotes  # the quoted voice needs the quotations

        quotes = find_quotes(text)
    return match_markers(text, lex, quote_bounds(quotes))
