"""Readability of a text, and of its authorial part, as indices with the counts behind them."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ...errors import FramingError
from ...text.segment import split_sentences
from .counts import TextCounts, excluded_intervals
from .indices import nan_result

__all__ = ["readability", "readability_features", "readability_counts"]


def readability(text: str, *, exclude: Sequence[tuple[int, int]] = ()) -> dict[str, float | int]:
    """Seven readability indices and the counts behind them, from one pass over the text.

    Parameters
    ----------
    text : str
        Article body (any string; ``None`` is treated as empty).
    exclude : sequence of (int, int), optional
        Character spans to drop before counting (e.g. direct-quotation spans for the authorial
        variant).  Sentences are segmented on the full text; a partly excluded sentence counts
        once if any of its words survive, with only its surviving words (module docstring).

    Returns
    -------
    dict
        ``flesch_reading_ease``, ``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``,
        ``coleman_liau_index``, ``dale_chall``, ``automated_readability_index`` (floats; NaN
        when there are no words) and the integer counts ``n_sentences``, ``n_words``,
        ``n_syllables``, ``n_polysyllables`` (>= 3 syllables), ``n_complex_words`` (>= 3
        syllables and not Dale–Chall-easy: Gunning fog), ``n_difficult_words`` (not
        Dale–Chall-easy), ``n_long_words`` (>= 7 letters), ``n_letters``, ``n_characters``
        (non-whitespace) and ``n_tokens`` (whitespace-delimited, for ARI).

    Raises
    ------
    FramingError
        ``text`` is not a string, or an ``exclude`` item is not a pair of integers.

    Examples
    --------
    >>> r = readability("He left. She stayed. They argued. Nobody won.")
    >>> r["n_sentences"], r["n_words"], r["n_syllables"]
    (4, 8, 11)
    >>> round(r["flesch_kincaid_grade"], 3)
    1.415
    >>> readability("")["n_words"]
    0
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return nan_result()
    if not isinstance(text, str):
        raise FramingError(f"readability() needs a str, got {type(text).__name__}.")
    whole = TextCounts(text, split_sentences(text))
    return whole.counts(excluded_intervals(text, exclude) if exclude else ())[0]


def readability_features(
    text: str, *, quote_spans: Sequence[tuple[int, int]] = ()
) -> dict[str, float | int]:
    """Readability of the whole text and of the authorial text only, as feature columns.

    Naming: ``readability_<key>`` for the whole text and ``readability_<key>_author`` for the
    text with ``quote_spans`` removed, where ``<key>`` is every key of :func:`readability`
    (e.g. ``readability_flesch_kincaid_grade`` / ``readability_flesch_kincaid_grade_author``,
    ``readability_n_words`` / ``readability_n_words_author``).

    Parameters
    ----------
    text : str
        Article body.
    quote_spans : sequence of (int, int), optional
        Direct-quotation spans into ``text`` (as returned by the quote finder; they cover the
        quoted words, the marks around them are dropped too).

    Returns
    -------
    dict
        ``2 * (len(INDEX_KEYS) + len(COUNT_KEYS))`` entries.

    Examples
    --------
    >>> t = 'Peskov said: "Ukraine must accept our terms." Kyiv refused.'
    >>> f = readability_features(t, quote_spans=[(t.index("Ukraine"), t.index('."'))])
    >>> f["readability_n_words"], f["readability_n_words_author"]
    (9, 4)
    """
    return readability_counts(text, quote_spans)[0]


def readability_counts(
    text: str,
    quote_spans: Sequence[tuple[int, int]],
    counts: tuple[int, int] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> tuple[dict[str, float | int], int]:
    """``readability_features`` and the number of English function words among the words
    (``counts``: :func:`~analysis.detect.readability.tokens.token_counts` of ``text``, when
    known; ``sentences``: :func:`~analysis.text.split_sentences` of ``text``, when known)."""
    n_function = 0
    if text is None or (isinstance(text, float) and math.isnan(text)):
        whole = author = nan_result()
    elif not isinstance(text, str):
        raise FramingError(f"readability() needs a str, got {type(text).__name__}.")
    else:
        # one sentence segmentation serves both variants (it is done on the full text anyway)
        sents = split_sentences(text) if sentences is None else sentences
        counter = TextCounts(text, sents, counts)
        whole, n_function = counter.counts()
        author = counter.counts(excluded_intervals(text, quote_spans))[0] if quote_spans else whole
    out: dict[str, float | int] = {f"readability_{k}": v for k, v in whole.items()}
    out.update({f"readability_{k}_author": v for k, v in author.items()})
    return out, n_function
