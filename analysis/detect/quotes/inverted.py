"""A common-noun speaker after an inverted verb, which the name rules of
:func:`~.speakers.speaker_after` do not take (round 37): a bare plural ("“…,” say officials"),
a numeral's plural ("“…,” said two senior officials") or a determiner's phrase with a year
("''…,'' concluded a 2013 article in the academic journal …": PolNeAR train).
"""

from __future__ import annotations

import re

from .speakers import DETERMINERS, IRREGULAR_PLURALS, NP_STOP

__all__ = ["common_after"]

_WORD = re.compile(r"[^\W_][\w'’-]*")
# numerals and quantifiers that open a plural speaker phrase (grammar: closed class)
_NUMERALS = frozenset("two three four five six seven eight nine ten several many some most".split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# what may follow the phrase: punctuation, or a post-modifier ("officials familiar with …")
_AFTER = re.compile(
    r"\s*(?:[,.;:!?)–—]|$|\s(?:who|familiar|close|in|at|from|with|on|involved|briefed)\b)"
)
_NOT_PLURAL = ("ss", "us", "is", "ways", "wards", "times", "'s", "’s")


def _plural(word: str) -> bool:
    """A lower-case plural noun: a regular -s plural or one of the irregular plurals."""
    if word in IRREGULAR_PLURALS:
        return True
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(_NOT_PLURAL)
        and word not in NP_STOP
        and word not in DETERMINERS
    )


def common_after(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The speaker phrase of lower-case common nouns starting at ``a`` after an inverted verb
    (up to ``b``): an optional numeral or a determiner with a year, at most two lower-case
    modifiers, then a plural head (a determiner's phrase with a year may end in any noun);
    closed by punctuation or a post-modifier. ``(start, end)``, or None.

    Examples
    --------
    >>> t = "say officials familiar with the talks."
    >>> t[slice(*common_after(t, 4, len(t)))]
    'officials'
    >>> t = "said two senior officials."
    >>> t[slice(*common_after(t, 5, len(t)))]
    'two senior officials'
    >>> common_after("said its description.", 5, 21) is None
    True
    """
    words = []
    for m in _WORD.finditer(text, a, min(b, a + 80)):
        if words and text[words[-1].end() : m.start()] != " ":
            break
        words.append(m)
        if len(words) == 5:
            break
    if not words:
        return None
    ws = [m[0] for m in words]
    k = 0
    year = ws[0] in ("a", "an", "the") and len(ws) > 2 and _YEAR.fullmatch(ws[1]) is not None
    if year:
        k = 2
    elif ws[0] in _NUMERALS or ws[0].isdigit():
        k = 1
    for end in range(k, min(k + 3, len(ws))):
        w = ws[end]
        if not w.islower() or not w.isalpha() or w in NP_STOP or w in DETERMINERS:
            return None
        if (_plural(w) or year) and _AFTER.match(text, words[end].end()):
            return words[0].start(), words[end].end()
    return None
