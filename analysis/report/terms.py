"""The distinguishing terms of each group in words: one sentence per group, for a list."""

from __future__ import annotations

from typing import Any

from .describe import count_of

__all__ = ["term_sentences"]


def term_sentences(
    terms: Any, *, k: int = 3, min_z: float = 1.96, sizes: Any = None, min_articles: int = 5
) -> list[str]:
    """One sentence per group naming its most distinctive terms (as
    :func:`analysis.report.describe_terms`), for a bulleted list: with 12 outlets, one
    paragraph of them was a wall of text (the report review, round 25).

    Parameters
    ----------
    terms, k, min_z
        As :func:`analysis.report.describe_terms`.
    sizes
        Usable articles per group (a mapping or Series); a group with fewer than
        ``min_articles`` is said to be those few articles' words, not the group's.
    min_articles
        See ``sizes``.

    Returns
    -------
    list of str

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["A", "B"], "term": ["kiev", "kyiv"], "z": [3.0, 2.5],
    ...                   "count_group": [4, 3]})
    >>> term_sentences(t, sizes={"A": 40, "B": 4})[1]
    'B: “kyiv” (z = 2.5, 3×) — 4 articles only: the words of these articles, not of B.'
    """
    sizes = dict(sizes) if sizes is not None else {}
    parts = []
    for g, rows in terms.groupby("group", sort=True):
        top = rows[rows["z"] >= min_z].sort_values("z", ascending=False, kind="stable").head(k)
        if top.empty:
            parts.append(f"{g}: no term reaches z ≥ {min_z:g}.")
            continue
        items = ", ".join(
            f"“{r.term}” (z = {r.z:.1f}, {int(r.count_group):,}×)" for r in top.itertuples()
        )
        n = sizes.get(g)
        if n is not None and int(n) < min_articles:
            items += (
                f" — {count_of(int(n), 'article')} only: the words of these articles, not of {g}"
            )
        parts.append(f"{g}: {items}.")
    return parts
