"""A US state after a city and its comma before a reporting verb ("Bob Myers, a retiree from
Adel, Iowa, said"; round 26).

The state's comma closed the search for an apposition, so the speaker was the city ("Adel",
"Manchester", "Columbus"). The verb is read as if it followed the city: after its comma when an
apposition opens before the city ("Bob Myers, a retiree from Adel," -> *Bob Myers*), before it
when none does ("Voters in Manchester, N.H., said" -> *Voters in Manchester*). The states and
their AP and postal abbreviations are data (``lexicons/us_states.csv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import read_table

__all__ = ["before_state", "state_pattern"]


@lru_cache(maxsize=1)
def state_pattern() -> re.Pattern:
    """``, City, State,`` at the end of a span: the city's last word, its comma and the state
    (``lexicons/us_states.csv``, case-sensitive) closed by a comma and spaces."""
    terms = sorted((r["term"] for r in read_table("us_states.csv")), key=len, reverse=True)
    states = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    return re.compile(r"[A-Z][\w.'’-]*(,)\s*(?:" + states + r")\s*,\s*\Z")


def before_state(text: str, a: int, b: int) -> int:
    """``b`` (the start of a verb), or where the verb would stand after the city when a
    ``City, State,`` ends ``text[a:b]`` (module docstring).

    Examples
    --------
    >>> t = "Bob Myers, a retiree from Adel, Iowa, said"
    >>> t[: before_state(t, 0, t.index("said"))]
    'Bob Myers, a retiree from Adel,'
    >>> t = "Voters in Manchester, N.H., said"
    >>> t[: before_state(t, 0, t.index("said"))]
    'Voters in Manchester'
    >>> t = "Bob Myers, a retiree, said"
    >>> before_state(t, 0, t.index("said")) == t.index("said")
    True
    """
    k = b
    while k > a and text[k - 1] in " \t":
        k -= 1
    if k <= a or text[k - 1] != ",":
        return b  # the cheap test first: this runs for every speaker phrase
    m = state_pattern().search(text, max(a, k - 40), b)
    if m is None:
        return b
    comma = m.start(1)
    return comma + 1 if text.rfind(",", a, comma) >= 0 else comma
