"""The seven readability formulas (identical to textstat 0.7.13), from a text's counts."""

from __future__ import annotations

import math

from .tokens import unpack

__all__ = ["INDEX_KEYS", "COUNT_KEYS", "indices", "nan_result"]

#: The indices returned by :func:`analysis.readability`, in order.
INDEX_KEYS: tuple[str, ...] = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "dale_chall",
    "automated_readability_index",
)
#: The counts returned by :func:`analysis.readability`, in order.
COUNT_KEYS: tuple[str, ...] = (
    "n_sentences",
    "n_words",
    "n_syllables",
    "n_polysyllables",
    "n_complex_words",
    "n_difficult_words",
    "n_long_words",
    "n_letters",
    "n_characters",
    "n_tokens",
)


def nan_result() -> dict[str, float | int]:
    """The result for a text without words: every index NaN, every count 0."""
    res: dict[str, float | int] = {k: math.nan for k in INDEX_KEYS}
    res.update({k: 0 for k in COUNT_KEYS})
    return res


def indices(
    n_sent: int, n_words: int, total: int, n_tok: int, n_chars: int
) -> tuple[dict[str, float | int], int]:
    """The indices and counts from a text's counts (``total``: packed token totals), and how
    many of its words are English function words."""
    if n_words == 0:
        return nan_result(), 0
    t = unpack(total)
    syll, letters, difficult, complex_, poly = (
        t.syllables,
        t.letters,
        t.difficult_words,
        t.complex_words,
        t.polysyllables,
    )
    W, S = n_words, max(n_sent, 1)
    wps = W / S
    spw = syll / W
    pct_difficult = 100.0 * difficult / W
    dale = 0.1579 * pct_difficult + 0.0496 * wps + (3.6365 if pct_difficult > 5 else 0.0)
    return {
        "flesch_reading_ease": 206.835 - 1.015 * wps - 84.6 * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "gunning_fog": 0.4 * (wps + 100.0 * complex_ / W),
        "smog_index": 1.043 * math.sqrt(30.0 * poly / S) + 3.1291,
        "coleman_liau_index": 0.058 * (100.0 * letters / W) - 0.296 * (100.0 * S / W) - 15.8,
        "dale_chall": dale,
        "automated_readability_index": 4.71 * n_chars / max(n_tok, 1) + 0.5 * wps - 21.43,
        "n_sentences": n_sent,
        "n_words": W,
        "n_syllables": syll,
        "n_polysyllables": poly,
        "n_complex_words": complex_,
        "n_difficult_words": difficult,
        "n_long_words": t.long_words,
        "n_letters": letters,
        "n_characters": n_chars,
        "n_tokens": n_tok,
    }, t.function_words
