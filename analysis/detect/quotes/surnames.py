"""Capitalised words that are stop words of speaker phrases in lower case but surnames when
capitalised in the right place: *May* (Theresa May; round 21, AllSides: "'…,' May told
reporters" kept no speaker because the modal *may* ends no speaker phrase).
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["surname_may", "name_will"]


def surname_may(toks, i: int, stop: Collection[str]) -> bool:
    """Is the capitalised *May* at token ``i`` a surname, not the modal or the month?  Only
    right after a capitalised word that is no stop word (``stop``: lower case) or after the
    comma that ends a quotation.  ``toks``: regex matches of the words.

    Examples
    --------
    >>> import re
    >>> toks = list(re.finditer(r"\\w+|,", "Theresa May told , May said in May"))
    >>> [surname_may(toks, k, {"in"}) for k in (1, 4, 7)]
    [True, True, False]
    """
    if toks[i][0] != "May" or i == 0:
        return False
    prev = toks[i - 1][0]
    return prev == "," or (prev[0].isupper() and prev.isalpha() and prev.lower() not in stop)


def name_will(toks, i: int) -> bool:
    """Is the capitalised *Will* at token ``i`` a name, not the modal (round 37: "which Will
    claims affirmed “…”", George Will, PolNeAR train; "columnist George Will wrote" lost *Will*
    as an auxiliary before the verb)?  Not at the start of a sentence or of the window (token
    0), and not in a Title-Case run (a headline's "Trump Will Win"); after an abbreviation of a
    title it is ("Rep. Will Hurd"). ``toks``: regex matches of the words.

    Examples
    --------
    >>> import re
    >>> def will(t):
    ...     toks = list(re.finditer(r"[\\w.]+|,", t))
    ...     return name_will(toks, next(k for k, m in enumerate(toks) if m[0] == "Will"))
    >>> will("which Will claims"), will("columnist George Will wrote"), will("Rep. Will Hurd")
    (True, True, True)
    >>> will("Will Hurd said"), will("over. Will they"), will("Trump Will Win Iowa")
    (False, False, False)
    """
    if toks[i][0].rstrip(".") != "Will" or i == 0:
        return False
    prev = toks[i - 1][0]
    gap = toks[i].string[toks[i - 1].end() : toks[i].start()]
    if gap.strip() or "\n" in gap:
        return False  # a sentence's end, a mark or a line between
    abbreviation = prev.endswith(".") and prev[:1].isupper() and len(prev) <= 5
    if prev.endswith(".") and not abbreviation:
        return False
    nxt = toks[i].string[toks[i].end() : toks[i].end() + 3].lstrip()  # the verb may follow
    return abbreviation or not (prev[:1].isupper() and nxt[:1].isupper())
