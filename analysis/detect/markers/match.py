"""Finding lexicon markers in a text, by voice."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from ...text.matcher import KeyHits
from ..voice import VOICES, VoiceSpans, merge_spans, voice_spans
from .forms import form_key
from .lexicon import Lexicon, resolve_lexicon

__all__ = ["Marker", "find_markers", "match_markers", "quote_bounds", "VOICES"]


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
        ``"quoted"`` inside a quotation (direct or scare quote), ``"reported"`` inside indirect
        speech attributed to a source, else ``"author"`` (:mod:`analysis.detect.voice`).
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
    return merge_spans(quotes)


def match_markers(
    text: str,
    lexicon: Lexicon,
    voices: VoiceSpans | tuple[Sequence[int], Sequence[int]],
    *,
    hits: KeyHits | None = None,
) -> list[Marker]:
    """The markers of ``text`` given a compiled lexicon and the voice spans.

    The engine of :func:`find_markers`, for callers that have the pieces already (the
    per-article pipeline passes the key positions its :class:`~analysis.text.matcher.KeyIndex`
    found for the lexicon and the reporting verbs in one pass).

    Parameters
    ----------
    text
        The text.
    lexicon
        From :func:`~analysis.detect.markers.lexicon.resolve_lexicon`.
    voices
        :func:`analysis.detect.voice.voice_spans` of ``text`` (or the :func:`quote_bounds` of
        its quotations: two voices).
    hits
        Key positions of ``text`` (optional; see :meth:`analysis.text.matcher.KeyScanner.finditer`).

    A hit of a term with sense rules (:mod:`analysis.detect.markers.senses`) is kept only when
    it passes them.
    """
    if not isinstance(voices, VoiceSpans):
        voices = VoiceSpans((list(voices[0]), list(voices[1])), ([], []))
    senses = lexicon.senses
    cache: dict = {}
    out: list[Marker] = []
    covered = 0  # the end of a longer folded form found at a cased hit (its words are taken)
    for m in lexicon.scanner.finditer(text, hits=hits):
        s = m.start()
        if s < covered:
            continue
        voice = voices.voice_at(s)
        out += _kept(text, m, lexicon.entries(m), voice, senses, cache)
        longer = _extension(lexicon, text, m)
        if longer is not None:  # "Kiev regime" at the naming form "Kiev": both are hits
            out += _kept(text, *longer, voice, senses, cache)
            covered = longer[0].end()
    return out


def _kept(
    text: str, hit: re.Match, entries: tuple, voice: str, senses: Any, cache: dict
) -> list[Marker]:
    """The markers of one hit: its entries that are no guard and pass their sense rules."""
    if not entries or entries[0].category == "guard":
        return []
    s, e = hit.span()
    surface = hit.group()
    return [
        Marker(s, e, surface, en.category, en.subcategory, en.label, voice)
        for en in entries
        if en.category != "guard"
        and (not senses.rules or senses.keep(text, s, e, en.category, en.term, cache, en.label))
    ]


def _extension(lexicon: Lexicon, text: str, m: re.Match) -> tuple[re.Match, tuple] | None:
    """A case-insensitive form longer than the case-sensitive hit ``m`` at its start, with its
    entries (``pattern`` tries the case-sensitive forms first, so it never reports them)."""
    if lexicon.extensions is None or m.lastgroup != "cs":
        return None
    longer = lexicon.extensions.match(text, m.start())
    if longer is None or longer.end() <= m.end():
        return None
    return longer, lexicon.folded_entries.get(form_key(longer.group(), ignore_case=True), ())


def find_markers(
    text: str,
    *,
    lexicons: Lexicon | Sequence[str | Path] | None = None,
    quotes: Iterable[Any] | None = None,
    attributions: Sequence[Any] | None = None,
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
        define the quoted voice; ``None``: quotations and attributions computed with
        :func:`analysis.detect.quotes.analyse_quotes` (all three voices).
    attributions
        Attribution records that define the reported voice (:mod:`analysis.detect.voice`);
        ``None`` with explicit ``quotes``: no reported voice (the quoted and author voices
        only).

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
    >>> [m.voice for m in find_markers("Peskov claimed Russia was forced to demilitarise Ukraine.")
    ...  if m.category == "loaded"]
    ['reported']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_markers expects a str, not {type(text).__name__}")
    if not text:
        return []
    lex = resolve_lexicon(lexicons)
    if quotes is None:
        from ..quotes import analyse_quotes  # the voices need quotes and attributions

        quotes, found = analyse_quotes(text)
        attributions = found if attributions is None else attributions
    return match_markers(text, lex, voice_spans(text, quotes, attributions))
