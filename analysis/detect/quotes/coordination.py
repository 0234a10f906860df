"""Names coordinated with a speaker: ``Marta and Jonas said``, ``… say Marta and Jonas``."""

from __future__ import annotations

import re

from .speakers import DETERMINERS, NP_STOP, PRONOUNS

__all__ = ["coordinated"]

_AND_AFTER = re.compile(r"[ ]+and[ ]+")
_AND_BEFORE = re.compile(r"[ ]+and[ ]+$")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,3}")
_NAME_RUN_END = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,3}$")


def coordinated(text: str, sp: tuple[int, int], lo: int, hi: int) -> tuple[int, int]:
    """Widen a named speaker to the names coordinated with it: ``Marta and Jonas said``,
    ``… say Marta and Jonas``.  Only a name joins a name (a capitalised run of at most four
    words, none of them a sentence opener such as *But* or *The*); within ``[lo, hi)``.

    Examples
    --------
    >>> t = "Later Marta and Jonas Berg said so."
    >>> s, e = coordinated(t, (t.index("Jonas"), t.index(" said")), 0, len(t))
    >>> t[s:e]
    'Marta and Jonas Berg'
    >>> t = "said Marta and Jonas."
    >>> s, e = coordinated(t, (5, 10), 0, len(t))
    >>> t[s:e]
    'Marta and Jonas'
    """
    s, e = sp
    words = text[s:e].split()
    if not words or not all(w[:1].isupper() for w in words) or words[0].lower() in PRONOUNS:
        return sp
    m = _AND_AFTER.match(text, e, hi)
    if m:
        n = _NAME_RUN.match(text, m.end(), hi)
        if n and _names_only(n.group()):
            e = n.end() - (1 if text[n.end() - 1] == "." else 0)
    m = _AND_BEFORE.search(text, max(lo, s - 8), s)
    if m:
        n = _NAME_RUN_END.search(text, max(lo, m.start() - 60), m.start())
        if n:
            # drop opening words that name no one ("Later Marta and …")
            starts = [w.start() for w in re.finditer(r"\S+", text[n.start() : n.end()])]
            kept = [n.start() + k for k in starts if k >= 0]
            while kept and text[kept[0] : n.end()].split()[0].lower() in _NOT_A_NAME | DETERMINERS:
                kept = kept[1:]
            if kept and _names_only(text[kept[0] : n.end()]):
                s = kept[0]
    return s, e


#: Capitalised words that open a sentence or a clause but name no one.
_NOT_A_NAME = frozenset(
    "but and yet so then now later earlier yesterday today meanwhile also however still "
    "in on at after before when while since as if although though asked both".split()
)


def _names_only(run: str) -> bool:
    return all(w.lower().rstrip(".") not in NP_STOP | _NOT_A_NAME for w in run.split())
