"""Normalisation of a unit's text for verbatim comparison, and the quotation-mark alphabet.

Case, punctuation, straight/curly marks, dashes, whitespace, British/American spelling (from
``lexicons/spelling_variants.csv``) and editorial ``[insertions]`` do not make two units
different words (:func:`normalise`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from ...lexicons import read_table
from ...text.typography import MARK_LIKE

__all__ = ["QUOTE_MARKS", "normalise", "respell"]

#: Quotation marks and apostrophes (straight, curly, low, guillemets, primes, backtick, acute):
#: dropped by :func:`normalise`, and trimmed off the edges of units.
QUOTE_MARKS = MARK_LIKE
_MARK_RE = re.compile("[" + re.escape(QUOTE_MARKS) + "]")
_BRACKET_RE = re.compile(r"\[[^\[\]]{0,40}\]")
_INNER_DOT_RE = re.compile(r"(?<=\b[^\W_])\.(?=[^\W_]\b)")  # U.S., F.B.I. -- not "week.Eric"
_DIGIT_ALPHA_RE = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_NONWORD_RE = re.compile(r"[\W_]+")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=8)
def _spelling_rules(
    source: str = "spelling_variants.csv",
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The compiled (pattern, replacement) rules of a spelling table."""
    rows = read_table(source, required=("pattern", "replacement", "note"))
    return tuple((re.compile(r["pattern"]), r["replacement"]) for r in rows)


def normalise(text: str, *, spelling: str = "spelling_variants.csv") -> str:
    """Normalise a unit's text for verbatim comparison.

    Case-folds; drops straight and curly quotation marks and apostrophes, editorial
    ``[insertions]`` and dots inside abbreviations (``U.S.`` -> ``us``); turns dashes, slashes
    and other punctuation into spaces; separates digits from letters (``3million``); applies the
    British/American spelling rules of ``spelling`` (a bundled table name or a path with columns
    pattern, replacement, note) and collapses whitespace.

    Parameters
    ----------
    text
        Any string (control characters and lone surrogates are tolerated).
    spelling
        Spelling-rule table, read with :func:`analysis.lexicons.read_table`.

    Returns
    -------
    str
        Lower-case words separated by single spaces (``""`` when there are none).

    Examples
    --------
    >>> normalise("We really are finishing the demilitarisation of Ukraine.")
    'we really are finishing the demilitarization of ukraine'
    >>> normalise("“Recognise that Donetsk and Lugansk [republics] are independent states”")
    'recognize that donetsk and lugansk are independent states'
    >>> normalise("The colour of our four hours") == normalise("The color of our four hours")
    True
    """
    if not text:
        return ""
    t = _SURROGATE_RE.sub(" ", text)
    t = unicodedata.normalize("NFKC", t).casefold()
    t = _BRACKET_RE.sub(" ", t)
    t = _MARK_RE.sub("", t)
    t = _INNER_DOT_RE.sub("", t)
    t = _DIGIT_ALPHA_RE.sub(" ", t)
    t = _NONWORD_RE.sub(" ", t).strip()
    if not t:
        return t
    respell = _respeller(spelling)
    return " ".join([respell(w) for w in t.split(" ")])


@lru_cache(maxsize=8)
def _respeller(spelling: str) -> Callable[[str], str]:
    """A cached word -> canonical spelling function (every rule matches within one word)."""
    rules = _spelling_rules(spelling)

    @lru_cache(maxsize=65536)
    def respell(word: str) -> str:
        for pattern, repl in rules:
            word = pattern.sub(repl, word)
        return word

    return respell


def respell(word: str, *, spelling: str = "spelling_variants.csv") -> str:
    """One lower-case word in the canonical spelling of a spelling table (the rules of
    :func:`normalise`, without its other steps).

    Parameters
    ----------
    word
        A lower-case word.
    spelling
        Spelling-rule table (bundled name or path), as for :func:`normalise`.

    Returns
    -------
    str
        The word after every rule of the table (often the American spelling; "promise" becomes
        "promize" too, harmlessly, because both sides of a comparison change alike).

    Examples
    --------
    >>> respell("defence"), respell("defense"), respell("labour")
    ('defense', 'defense', 'labor')
    """
    return _respeller(spelling)(word)
