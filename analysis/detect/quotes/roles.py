"""A role noun as a speaker, resolved to the person the article gave that title (round 35).

"“…,” the president said" after "President Alexander Lukashenko" is Lukashenko's quotation.
:func:`role_holder` finds the holder of a speaker phrase *the <role>* (``lexicons/
role_nouns.csv``) among the text before it: a name right after the title ("President
Alexander Lukashenko", "Kremlin spokesman Dmitry Peskov"; not after *Vice*, *former* or
*Prime* for *Minister*) or before an apposition naming the role ("Lukashenko, the president
of Belarus"), outside quotation marks. Only one holder may be named (by surname): with
"President Joe Biden" and "President Vladimir Putin" before it, "the president" stays
unresolved. The speaker phrase as written is unchanged; the holder is the resolved name only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...lexicons import read_table

__all__ = ["role_titles", "role_holder"]

# a name: up to three capitalised words or initials on one line ("Joseph R. Biden", "O’Brien";
# a possessive ends it: "President Obama’s State Department" is Obama)
_WORD = r"[A-Z](?:\.|[\w-]*(?:['’](?!s\b)[\w-]+)?)"
_NAME = rf"((?:{_WORD}[ ]+){{0,2}}[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?)"
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
    # the apposition closed by a comma or continued by *of* ("Lukashenko, the president of
    # Belarus,"): not "In Minsk, the president told"
    apposition = rf"{_NAME},\s+(?:the|a)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(role)}(?=\s+of\b|,)"
    return re.compile(rf"{before}|{apposition}")


def role_holder(
    text: str, phrase: str, start: int, exclude: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The one person the text before ``start`` introduced with the role of ``phrase``.

    Parameters
    ----------
    text
        The text.
    phrase
        A speaker phrase as written; only *the <role>* is resolved.
    start
        Where the phrase starts.
    exclude
        Spans of direct quotations: a title inside one introduces nobody ("“President Putin
        and I agreed …,” Biden said" leaves Biden the one president).

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
    if re.match(r"\s+of\b", text[start + len(phrase) : start + len(phrase) + 4]):
        return None  # "said the president of the region": another president
    names, last = [], 0
    for m in _holder_re(low[4:]).finditer(text, 0, start):
        if any(a <= m.start() < b for a, b in exclude):
            continue
        name = re.sub(r"['’]s$", "", m.group(1) or m.group(2))
        if not name.startswith(("The ", "A ")):
            names.append(name)
            last = m.end()
    surnames = {n.split()[-1] for n in names}
    if len(surnames) != 1 or re.search(rf"\b{low} of\b", text[last:start], re.IGNORECASE):
        return None  # two holders, or another one since ("… said the president of the region")
    return max(names, key=len)
