"""Surface forms of lexicon terms: inflections, British/American spellings, and their regex.

A lexicon term (``"special military operation"``, ``"barbarian"``) is expanded into the word
sequences it matches (``match=auto``: the regular inflections of its last word; every mode:
``-ise``/``-ize`` spellings of every word), and all forms of a lexicon are compiled into one
trie regex (:func:`analysis.text.matcher.trie_regex`) whose words may be separated by any
white space or a hyphen and whose apostrophes match ``'`` and ``’``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ...text.fold import case_class
from ...text.matcher import trie_regex

__all__ = ["surface_forms", "forms_regex", "form_key", "split_term", "SEPARATOR"]

#: Between the words of a multi-word term: white space, or a hyphen with optional white space.
SEPARATOR = r"(?:\s*[-\u2010\u2011\u2012\u2013]\s*|\s+)"
_APOSTROPHE = "['\u2019]"
_TERM_WORD = re.compile(r"[^\s\-\u2010\u2011\u2012\u2013]+")
_SEPARATOR_RE = re.compile(r"\s*[-\u2010\u2011\u2012\u2013]\s*|\s+")
_VOWELS = set("aeiou")
_SPELLING = re.compile(
    r"(?<=[a-z])(is|iz)(?=(e|ed|es|ing|ation|ations|ational|er|ers)$)|"
    r"(?<=[a-z])(ys|yz)(?=(e|ed|es|ing)$)",
    re.I,
)
_SWAP = {"is": "iz", "iz": "is", "ys": "yz", "yz": "ys", "IS": "IZ", "IZ": "IS"}


def split_term(term: str) -> list[str]:
    """The words of a term (split at white space and hyphens).

    Examples
    --------
    >>> split_term("so-called  peace")
    ['so', 'called', 'peace']
    """
    return _TERM_WORD.findall(term)


def _inflect_word(w: str) -> set[str]:
    """Regular inflections of one word (over-generation of non-words is harmless)."""
    out = {w}
    lw = w.lower()
    if len(lw) < 2 or not lw.isalpha():
        return out
    if lw.endswith("ie"):
        out |= {w + "s", w + "d", w[:-2] + "ying"}
    elif lw.endswith("ee"):
        out |= {w + "s", w + "d", w + "ing"}
    elif lw.endswith("e"):
        out |= {w + "s", w + "d", w[:-1] + "ing"}
    elif lw.endswith("y") and lw[-2] not in _VOWELS:
        out |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif lw.endswith(("s", "x", "z", "ch", "sh")):
        out |= {w + "es", w + "ed", w + "ing"}
    else:
        out |= {w + "s", w + "ed", w + "ing"}
        doubles = lw[-1] not in _VOWELS and lw[-1] not in "wxy" and lw[-2] in _VOWELS
        if doubles and (len(lw) < 3 or lw[-3] not in _VOWELS):
            out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


def _spellings(w: str) -> set[str]:
    """British and American spellings of one word (-ise/-ize, -isation/-ization, -yse/-yze)."""
    out = {w}
    m = _SPELLING.search(w)
    if m and len(w) > 5:
        g = m.group(0)
        swap = _SWAP.get(g, g.translate(str.maketrans("sSzZ", "zZsS")))
        out.add(w[: m.start()] + swap + w[m.end() :])
    return out


def surface_forms(term: str, *, match: str, variants: Sequence[str] = ()) -> set[tuple[str, ...]]:
    """All surface forms of a term, each as a tuple of words.

    Parameters
    ----------
    term
        The lexicon term.
    match
        ``"auto"`` (the regular inflections of the last word) or ``"exact"``.
    variants
        Further forms of the term (irregular inflections).

    Examples
    --------
    >>> sorted(surface_forms("barbarian", match="auto"))[:2]
    [('barbarian',), ('barbarianed',)]
    >>> sorted(surface_forms("militarise", match="exact"))
    [('militarise',), ('militarize',)]
    """
    forms: set[tuple[str, ...]] = set()
    for base in (term, *variants):
        words = split_term(base)
        if not words:
            continue
        lasts = _inflect_word(words[-1]) if match == "auto" else {words[-1]}
        for last in lasts:
            seqs: list[tuple[str, ...]] = [()]
            for w in (*words[:-1], last):
                seqs = [s + (v,) for s in seqs for v in _spellings(w)]
            forms.update(seqs)
    return forms


def forms_regex(forms: Iterable[tuple[str, ...]], *, ignore_case: bool = False) -> str:
    """One greedy trie regex over word sequences (words separated by :data:`SEPARATOR`).

    With ``ignore_case`` every cased character becomes an explicit class of the characters
    ``re.IGNORECASE`` matches it with (``[Kk\\u212a]``): the same matches as the flag, but the
    engine can test a class before entering an alternative, which makes the trie several times
    faster.

    Examples
    --------
    >>> re.fullmatch(forms_regex([("so", "called")]), "so - called") is not None
    True
    """
    sequences = []
    for words in forms:
        seq: list[str] = []
        for i, w in enumerate(words):
            if i:
                seq.append(" ")
            seq.extend(w)
        sequences.append(seq)

    def render(ch: object) -> str:
        if ch == " ":
            return SEPARATOR
        if ch in "'\u2019":
            return _APOSTROPHE
        members = case_class(str(ch)) if ignore_case else str(ch)
        return (
            re.escape(members)
            if len(members) == 1
            else "[" + "".join(map(re.escape, members)) + "]"
        )

    return trie_regex(sequences, render=render, order=lambda k: (k == " ", k))


def form_key(surface: str, *, ignore_case: bool) -> str:
    """The lookup key of a matched surface form: separators as one space, ``’`` as ``'``
    (and lower case for case-insensitive terms).

    Examples
    --------
    >>> form_key("So -called", ignore_case=True)
    'so called'
    """
    key = _SEPARATOR_RE.sub(" ", surface.replace("\u2019", "'")).strip()
    return key.lower() if ignore_case else key
