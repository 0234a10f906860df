"""A role noun as a speaker, resolved to the person the article gave that title (round 35).

"“…,” the president said" after "President Alexander Lukashenko" is Lukashenko's quotation.
:func:`role_holder` finds the holder of a speaker phrase *the <role>* (``lexicons/
role_nouns.csv``) among the text before it: a name right after the title ("President
Alexander Lukashenko", "Kremlin spokesman Dmitry Peskov"; not after *Vice*, *former* or
*Prime* for *Minister*) or before an apposition naming the role ("Lukashenko, the president
of Belarus"). Only one holder may be named (by surname): with "President Joe Biden" and
"President Vladimir Putin" before it, "the president" stays unresolved. The speaker phrase as
written is unchanged; the holder is the resolved name only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import read_table

__all__ = ["role_titles", "role_holder"]

_NAME = r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+)"
_GUARD = r"(?<!Vice )(?<!Vice-)(?<!former )(?<!Former )(?<!Prime )"


@lru_cache(maxsize=1)
def role_titles() -> dict[str, tuple[str, ...]]:
    """Role noun (lower case) -> the titles that introduce its holder."""
    out: dict[str, list[str]] = {}
    for r in read_table("role_nouns.csv", required=("role", "title")):
        out.setdefault(r["role"].lower(), []).append(r["title"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=64)
def _holder_re(role: str) -> re.Pattern:
    titles = "|".join(re.escape(t) for t in role_titles()[role])
    before = rf"{_GUARD}\b(?:{titles})\s+{_NAME}"
    apposition = rf"{_NAME},\s+(?:the|a)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(role)}\b"
    return re.compile(rf"{before}|{apposition}")


def role_holder(text: str, phrase: str, start: int) -> str | None:
    """The one person the text before ``start`` introduced with the role of ``phrase``.

    Parameters
    ----------
    text
        The text.
    phrase
        A speaker phrase as written; only *the <role>* is resolved.
    start
        Where the phrase starts.

    Returns
    -------
    str or None
        The holder's name as first written in full, or None (no role phrase, no holder, or
        holders of two surnames).

    Examples
    --------
    >>> t = "President Alexander Lukashenko spoke. “No,” the president said."
    >>> role_holder(t, "the president", t.index("the president"))
    'Alexander Lukashenko'
    >>> t = "Vice President Mike Pence and President Trump's aide. “No,” the president said."
    >>> role_holder(t, "the president", t.index("the president"))
    'Trump'
    """
    low = " ".join(phrase.lower().split())
    if not low.startswith("the ") or low[4:] not in role_titles():
        return None
    names = []
    for m in _holder_re(low[4:]).finditer(text, 0, start):
        name = re.sub(r"['’]s$", "", m.group(1) or m.group(2))
        if not name.startswith(("The ", "A ")):
            names.append(name)
    surnames = {n.split()[-1] for n in names}
    if len(surnames) != 1:
        return None
    return max(names, key=len)
