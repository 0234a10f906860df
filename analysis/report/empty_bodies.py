"""What report 01 says about articles with no words after cleaning.

An article whose text is a headline only (or whose every line is page furniture) has an empty
body after :func:`analysis.clean.clean_corpus`. The pipeline keeps its row and flags it
(``status`` "empty after cleaning (…)", or "unusable: …" when the file had no text at all), and
the later reports compare the articles whose ``status`` is "ok" only, so such an article
counts in report 01's article counts but in no comparison of reports 02-10.
"""

from __future__ import annotations

from typing import Any

from ..text.plural import plural
from .describe import count_of

__all__ = ["empty_bodies_note"]


def empty_bodies_note(by_outlet: Any, *, noun: str = "outlet") -> str:
    """A sentence on the articles with no words after cleaning, per group ("" when none).

    Parameters
    ----------
    by_outlet
        The table of :func:`analysis.report.outlet_overview` (needs ``empty``, one row a group).
    noun
        What a group is ("outlet", "country", "lean").

    Returns
    -------
    str
        How many articles of which groups have no words after cleaning, and what the pipeline
        does with them; ``""`` when every article keeps words.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"empty": [10, 0, 2]}, index=["GB", "RU", "US"])
    >>> print(empty_bodies_note(t, noun="country"))  # doctest: +NORMALIZE_WHITESPACE
    12 articles have no words after cleaning (GB 10, US 2): their text is a headline or page
    furniture only, or empty. They keep their row, flagged (status "empty after cleaning" or
    "unusable"), and are left out of the measures of reports 02-10, which compare articles with
    status "ok" only (an empty body has no sentence to measure); the "fewest words (body)" of
    these countries is 0 because of them.
    >>> empty_bodies_note(pd.DataFrame({"empty": [0]}, index=["GB"]))
    ''
    """
    empty = by_outlet["empty"].astype(int)
    n = int(empty.sum())
    if n == 0:
        return ""
    groups = [f"{name} {int(k):,}" for name, k in empty.items() if k > 0]
    these = f"this {noun}" if len(groups) == 1 else f"these {plural(noun)}"
    return (
        f"{count_of(n, 'article')} {'has' if n == 1 else 'have'} no words after cleaning "
        f"({', '.join(groups)}): their text is a headline or page furniture only, or empty. "
        'They keep their row, flagged (status "empty after cleaning" or "unusable"), and are left '
        'out of the measures of reports 02-10, which compare articles with status "ok" only '
        f'(an empty body has no sentence to measure); the "fewest words (body)" of {these} is 0 '
        "because of them."
    )
