"""Syllables, Dale–Chall ease and letters of one word, as readability counts them.

The CMU Pronouncing Dictionary first (offline, :func:`analysis.text.cmu.cmu_dict`), with the
changes to the lookup key and the fallback described in :mod:`analysis.detect.readability`
(curly apostrophes normalised, compounds counted by parts, abbreviations read as spoken, dotted
initialisms and unknown acronyms spelled out, possessives, a vowel-group rule instead of pyphen).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ...errors import LexiconError
from ...lexicons import read_table
from ...text.cmu import cmu_dict
from ...text.typography import normalise_apostrophes
from ...text.words import LETTER, WORD, WORD_RUN

__all__ = ["easy_words", "word_info", "plain_word_syllables", "syllable_count"]

_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s']")
_COMPOUND_SEP = re.compile(r"[-‐‑–/]+")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]\.?$")
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_VOWELS = re.compile(r"[aeiouy]+")
_HIATUS = re.compile(r"(?<![cstgxq])(?:ia|io|eo|ua|iu)(?!n\b)")
_SILENT_ED = re.compile(r"[^aeiouytd]ed$")
_SILENT_ES = re.compile(r"[^aeiouyscxzgh]es$")
_SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh|ce|ge|se|ze)$")


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """textstat's Dale–Chall easy-word list (lower case), read from the installed package."""
    try:
        ref = resources.files("textstat").joinpath("resources/en/easy_words.txt")
        with ref.open(encoding="utf-8") as f:
            return frozenset(ln.strip().lower() for ln in f if ln.strip())
    except (ModuleNotFoundError, FileNotFoundError, OSError) as exc:  # pragma: no cover
        raise LexiconError(
            "textstat's Dale–Chall easy-word list (textstat/resources/en/easy_words.txt) was not "
            "found; install textstat>=0.7.3."
        ) from exc


@lru_cache(maxsize=1)
def _spoken_syllables() -> dict[str, int]:
    """Abbreviation (lower case) -> syllables of its spoken form (``abbreviations.csv``)."""
    cmu = cmu_dict()
    out: dict[str, int] = {}
    for row in read_table("abbreviations.csv"):
        spoken = row.get("spoken", "").lower()
        if spoken:
            out[row["term"].lower()] = sum(
                sum(1 for ph in cmu[w][0] if ph[-1].isdigit()) if w in cmu else _rule_syllables(w)
                for w in spoken.split()
            )
    return out


@lru_cache(maxsize=1)
def _cmu_syllables() -> dict[str, int]:
    """CMU word (lower case) -> syllables of its first pronunciation (stress-marked phones)."""
    return {
        w: sum(1 for ph in prons[0] if ph[-1].isdigit()) for w, prons in cmu_dict().items() if prons
    }


def _textstat_key(word: str) -> str:
    """textstat's dictionary key: lower case, punctuation removed except contraction apostrophes."""
    w = normalise_apostrophes(word.lower())
    w = _NONCONTRACTION_APOSTROPHE.sub("", w)
    return _PUNCT_KEEP_APOSTROPHE.sub("", w)


def _rule_syllables(key: str) -> int:
    """Vowel-group syllable estimate for a lower-case word not in CMU (see the package docs)."""
    w = key.replace("'", "")
    if not LETTER.search(w):
        return 1
    n = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ie", "ye")) and n > 1:
        n -= 1
    n += len(_HIATUS.findall(w))
    if n > 1 and _SILENT_ED.search(w):
        n -= 1
    if n > 1 and _SILENT_ES.search(w):
        n -= 1
    return max(1, n)


def _spelled(letters: str) -> int:
    return sum(3 if c in "wW" else 1 for c in letters if c.isalpha())


@lru_cache(maxsize=1 << 16)
def _part_syllables(part: str) -> int:
    """Syllables of one hyphen-free part of a word (original case); cached, as the parts of
    compounds recur ("anti-", "-year", "-based")."""
    if _DOTTED.match(part):
        return _spelled(part)
    key = _textstat_key(part)
    if not key:
        return 0
    # the CMU syllables of a word's first pronunciation, counted once per dictionary word
    # (_cmu_syllables holds every word with a pronunciation)
    cmu = _cmu_syllables()
    spoken = _spoken_syllables().get(key)
    if spoken:
        return spoken
    n = cmu.get(key)
    if n is not None:
        return n
    if _ACRONYM.match(part):
        return _spelled(part)
    if key.endswith("'s"):
        n = cmu.get(key[:-2])
        if n is not None:
            return n + (1 if _SIBILANT_END.search(key[:-2]) else 0)
    return _rule_syllables(key)


def plain_word_syllables(word: str) -> int:
    """Syllables of a token of ASCII letters and digits only (the common case, no cache)."""
    key = word.lower()
    y = _spoken_syllables().get(key) or _cmu_syllables().get(key, -1)
    if y < 0:
        y = _spelled(word) if _ACRONYM.match(word) else _rule_syllables(key)
    return max(y, 1)


@lru_cache(maxsize=1 << 16)
def word_info(word: str) -> tuple[int, bool, int]:
    """(syllables, Dale–Chall easy, letters) of one word token; cached per distinct token."""
    if word.isascii() and word.isalpha():  # fast path: a plain word (most tokens)
        key = word.lower()
        spoken = _spoken_syllables().get(key)
        cmu_n = _cmu_syllables().get(key, -1)
        if spoken:
            syll = spoken
        elif cmu_n >= 0:
            syll = cmu_n
        elif _ACRONYM.match(word):
            syll = _spelled(word)
        else:
            syll = _rule_syllables(key)
        return max(syll, 1), key in easy_words(), len(word)
    return _general_word_info(word)


def _general_word_info(word: str) -> tuple[int, bool, int]:
    """:func:`word_info` of any token: apostrophes unified, compound parts counted apart."""
    w = normalise_apostrophes(word)
    parts = [p for p in _COMPOUND_SEP.split(w) if p]
    syll = sum(_part_syllables(p) for p in parts) if parts else 0
    if syll == 0:
        syll = 1  # a word always has at least one syllable (e.g. "_")
    easy = _textstat_key(w) in easy_words()
    letters = sum(map(len, WORD_RUN.findall(word)))
    return syll, easy, letters


def syllable_count(word: str) -> int:
    """Syllables of one word as counted by :func:`analysis.readability` (CMU dictionary first).

    Parameters
    ----------
    word : str
        A single word token (surrounding punctuation is ignored).

    Returns
    -------
    int
        >= 1 for any token with a letter or digit, 0 otherwise.

    Examples
    --------
    >>> syllable_count("spokesman"), syllable_count("U.S."), syllable_count("Podoliak")
    (2, 2, 4)
    """
    if not isinstance(word, str):
        return 0
    return sum(word_info(t)[0] for t in WORD.findall(word))
