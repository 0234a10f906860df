"""Is a text English?  A function-word test that needs no model and no download."""

from __future__ import annotations

import math

__all__ = [
    "language_check",
    "english_share",
    "function_word_share",
    "MIN_FUNCTION_WORD_SHARE",
    "LANGUAGE_MIN_WORDS",
]

#: Minimum share of English function words among a text's words for it to count as English.
MIN_FUNCTION_WORD_SHARE: float = 0.12
#: Texts with fewer words than this are not language-tested (too few for a stable share).
LANGUAGE_MIN_WORDS: int = 20


def english_share(n_function: int, n_words: int) -> tuple[bool, float]:
    """(is English, function-word share) from the counts; short texts pass with a NaN share.

    Examples
    --------
    >>> english_share(30, 100), english_share(1, 5)[0]
    ((True, 0.3), True)
    """
    if n_words < LANGUAGE_MIN_WORDS:
        return True, math.nan
    share = n_function / n_words
    return share >= MIN_FUNCTION_WORD_SHARE, share


def function_word_share(text: str) -> tuple[int, int]:
    """English function words and words of ``text``, counted as :func:`analysis.readability`
    counts words.

    Parameters
    ----------
    text : str

    Returns
    -------
    n_function_words, n_words

    Examples
    --------
    >>> function_word_share("The war and the peace.")
    (3, 5)
    """
    from ..text.segment import split_sentences
    from .readability.counts import TextCounts

    if not isinstance(text, str) or not text:
        return 0, 0
    whole, n_function = TextCounts(text, split_sentences(text)).counts()
    return n_function, int(whole["n_words"])


def language_check(text: str) -> tuple[bool, float]:
    """Is ``text`` English?

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    is_english, share
        ``share`` is the fraction of the text's words (as :func:`analysis.readability` counts
        them) that are common English function words (``analysis/lexicons/function_words_en.csv``);
        English news prose scores 0.3–0.5, other languages (even with English names in them)
        below 0.1.  Texts with fewer than ``LANGUAGE_MIN_WORDS`` words are given the benefit of
        the doubt (``True``).  The per-article pipeline counts the function words in its
        readability pass, so this is the same number at no extra cost.

    Examples
    --------
    >>> language_check("The Kremlin said that it would stop the war if Ukraine met its demands.")[0]
    True
    >>> language_check("Le Kremlin a déclaré que la guerre s'arrêterait si l'Ukraine acceptait ses "
    ...                "conditions, selon le porte-parole Dmitri Peskov, qui a parlé lundi à "
    ...                "Reuters depuis Moscou avant les négociations prévues en Biélorussie.")[0]
    False
    """
    return english_share(*function_word_share(text))
