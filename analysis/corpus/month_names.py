"""Dates written with another language's month and weekday names, rewritten in English.

A news database prints its date lines in the language of its interface, whatever the article's
language: Nexis Uni at a German university gives "1. Juli 2019 Montag", Factiva in French
"29 décembre 2011".  :func:`english_names` rewrites such names with the English ones from
``lexicons/month_names.csv`` (German, French, Spanish, Italian, Dutch, Portuguese; Unicode CLDR),
drops the Spanish and Portuguese "de" ("8 de marzo de 2022") and French "1er", so that the date
reader parses them as it parses English dates.  Values without such a name are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..lexicons import read_table

__all__ = ["english_names"]

# '8 de marzo de 2022', '7 de março de 2022': the 'de' between day, month and year
_DE = re.compile(r"(?i)\b(\d{1,2})\s+de\s+([^\W\d_]+)\s+de\s+(\d{4})\b")
_FIRST = re.compile(r"\b1er\b")


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of every listed name and name -> English (case-folded keys)."""
    rows = read_table("month_names.csv", required=("name", "english"))
    table = {r["name"].casefold(): r["english"] for r in rows}
    alternatives = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE), table


def english_names(raw: pd.Series) -> pd.Series:
    """Date strings with other languages' month and weekday names in English.

    Parameters
    ----------
    raw
        Date strings (``None`` where missing).

    Returns
    -------
    pandas.Series
        The same index; only the values holding a listed name are changed.

    Examples
    --------
    >>> english_names(pd.Series(["1. Juli 2019 Montag", "8 de marzo de 2022", "1er mars 2022",
    ...                          "March 8, 2022", None], dtype=object)).tolist()
    ['1. July 2019 Monday', '8 March 2022', '1 March 2022', 'March 8, 2022', None]
    """
    pattern, table = _names()
    hit = raw.astype("string").str.contains(pattern, na=False)
    if not hit.any():
        return raw

    def one(v: str) -> str:
        v = pattern.sub(lambda m: table[m.group().casefold()], v)
        return _FIRST.sub("1", _DE.sub(r"\1 \2 \3", v))

    out = raw.copy()
    out[hit] = raw[hit].map(one)
    return out
