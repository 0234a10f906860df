"""Capitalised words that are stop words of speaker phrases in lower case but surnames when
capitalised in the right place: *May* (Theresa May; round 21, AllSides: "'…,' May told
reporters" kept no speaker because the modal *may* ends no speaker phrase).
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["surname_may"]


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
