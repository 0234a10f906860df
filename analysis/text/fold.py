"""Case folding as ``re.IGNORECASE`` compares characters: one table, one definition.

Two characters are *case-equivalent* when a case-insensitive pattern of one matches the other
(``k``, ``K`` and the Kelvin sign ``K``; ``s``, ``S`` and the long s ``ſ``).  :func:`fold` maps
every character to one representative of its class, one character for one character, so a
folded text has the same length and offsets as the original: a key found in the folded text is
found at the same offsets in the original.  :func:`case_class` lists a character's class, for
building explicit character classes (``[Kk\\u212a]``) instead of case-insensitive literals.

The classes are computed with the public ``re`` API only: candidates are characters that share a
lower-case, upper-case or case-folded form, and the regular-expression engine itself confirms
each pair (``re.fullmatch(a, b, re.IGNORECASE)``).  ``tests/test_fold.py`` checks the table
against the engine for every cased character.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["fold", "case_class", "cased_chars"]

_BLOCK = 256  # characters examined together: a block without case mappings is skipped at once


@lru_cache(maxsize=1)
def cased_chars() -> str:
    """Every character with a case mapping (only these can match another case-insensitively).

    Returns
    -------
    str
        The characters, in code-point order.

    Examples
    --------
    >>> "K" in cased_chars(), "\\u212a" in cased_chars(), "7" in cased_chars()
    (True, True, False)
    """
    out: list[str] = []
    for lo in range(0, 0x110000, _BLOCK):
        if 0xD800 <= lo < 0xE000:
            continue  # surrogates
        block = "".join(map(chr, range(lo, lo + _BLOCK)))
        if block.lower() == block and block.upper() == block and block.casefold() == block:
            continue
        out.extend(c for c in block if c.lower() != c or c.upper() != c or c.casefold() != c)
    return "".join(out)


def _same_under_ignorecase(a: str, b: str) -> bool:
    return re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    """Character -> its class, as a string of members (only characters with a case mapping)."""
    groups: dict[str, list[str]] = {}
    for c in cased_chars():
        forms = {c.lower(), c.upper(), c.casefold()}
        for key in forms | {f[0] for f in forms}:
            groups.setdefault(key, []).append(c)
        groups.setdefault(c, []).append(c)
    parent = {c: c for c in cased_chars()}

    def root(c: str) -> str:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for members in groups.values():
        members = sorted(set(members))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if root(a) != root(b) and _same_under_ignorecase(a, b):
                    ra, rb = root(a), root(b)
                    parent[max(ra, rb)] = min(ra, rb)
    classes: dict[str, list[str]] = {}
    for c in parent:
        classes.setdefault(root(c), []).append(c)
    return {c: "".join(sorted(members)) for members in classes.values() for c in members}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """Character -> the representative of its class (the ASCII lower-case letter where the
    class has one, else its lowest lower-case member)."""
    table: dict[int, int] = {}
    for c, members in _classes().items():
        rep = next((m for m in members if "a" <= m <= "z"), None) or min(
            members, key=lambda m: (not m.islower(), m)
        )
        if c != rep:
            table[ord(c)] = ord(rep)
    return table


@lru_cache(maxsize=1)
def _lower_unsafe() -> re.Pattern[str]:
    """Characters for which ``str.lower`` differs from :func:`fold` (``ſ``, ``İ``, Greek sigma
    …): text without them is folded with the much faster ``str.lower``."""
    table = _fold_table()
    members = set(table) | set(table.values())
    odd = sorted(chr(c) for c in members if chr(c).lower() != chr(table.get(c, c)))
    return re.compile("[" + "".join(map(re.escape, odd)) + "]") if odd else re.compile(r"(?!x)x")


def fold(text: str) -> str:
    """Case-fold ``text`` character by character, as ``re.IGNORECASE`` compares characters.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Same length as ``text``.

    Examples
    --------
    >>> fold("Kiev SAID \\u212a")
    'kiev said k'
    """
    if text.isascii() or not _lower_unsafe().search(text):
        return text.lower()  # the same result, an order of magnitude faster
    return text.translate(_fold_table())


def case_class(char: str) -> str:
    """The characters ``re.IGNORECASE`` lets match ``char`` (``char`` itself included).

    Examples
    --------
    >>> case_class("k")
    'Kk\\u212a'
    >>> case_class("-")
    '-'
    """
    return _classes().get(char, char)
