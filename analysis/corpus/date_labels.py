"""Dates as web pages print them, rewritten so that the date reader parses them.

Scrapers copy a page's date line as it is: "Published: 1 March 2022", "Updated 10:04 AM EST,
Tue March 1, 2022" (CNN), "First published on Tue 1 Mar 2022 10.04 GMT" (the Guardian),
"01 March 2022 • 10:04am".  :func:`plain_dates` applies the rewrites of
``lexicons/date_rewrites.csv`` in order — a label before the date dropped, a time before the
date moved after it, a bullet or a dot in the time replaced — and says how many values were a
page's *update* line, which may be later than the article's publication.  Values no rule
matches are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..lexicons import read_table

__all__ = ["plain_dates"]


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """``(pattern, replacement, kind)`` of every rewrite, in the file's order."""
    rows = read_table("date_rewrites.csv", required=("pattern", "kind"))
    return tuple(
        (re.compile(r["pattern"], re.IGNORECASE), r["replacement"], r["kind"]) for r in rows
    )


def plain_dates(raw: pd.Series) -> tuple[pd.Series, int]:
    """Date strings with labels, times-first and separators rewritten; how many were updates.

    Parameters
    ----------
    raw
        Date strings (``None`` where missing).

    Returns
    -------
    tuple of (pandas.Series, int)
        The rewritten strings (same index; untouched where no rule matches) and the number of
        values that were a page's update line ("Updated …").

    Examples
    --------
    >>> s, n = plain_dates(pd.Series(["Published: 1 March 2022", "Updated 10:04 AM EST, Tue "
    ...     "March 1, 2022", "01 March 2022 • 10:04am", "2022-03-01", None], dtype=object))
    >>> for v in s:
    ...     print(v)
    1 March 2022
    Tue March 1, 2022 10:04 AM EST
    01 March 2022 10:04am
    2022-03-01
    None
    >>> n
    1
    """
    rules = _rules()
    updates = 0

    def one(v: object) -> object:
        nonlocal updates
        if not isinstance(v, str):
            return v
        for pattern, replacement, kind in rules:
            new = pattern.sub(replacement, v)
            if new != v:
                updates += kind == "update"
                v = new
        return v.strip()

    out = pd.Series([one(v) for v in raw], index=raw.index, dtype=object)
    return out, updates
