"""The distinguishing terms of each group in words: one sentence per group, for a list, and
the note saying which names were set aside: the groups' names for themselves when the groups
are outlets, the names of the outlets within the groups when they are countries or leans."""

from __future__ import annotations

from typing import Any

from ..corpus.columns import names_publishers
from .describe import count_of

__all__ = ["term_sentences", "set_aside_note"]


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


#: How each place a self-reference is found in is named in the note.
_FOUND_IN = {
    "group labels": "the group labels",
    "outlet names": "the publishers named in the corpus",
    "web sites": "the sites of the articles' addresses",
    "datelines": "the agencies of the articles' datelines",
}


def _whose(grouping: str | None) -> str:
    """Whose names were set aside: the groups' own when the groups are outlets, else the
    outlets' within the groups (a country, a lean)."""
    if names_publishers(grouping):
        return (
            "the groups' names for themselves (a self-reference says who is in a group, not "
            "how it frames the story)"
        )
    return (
        "the names of the outlets within the groups (an outlet's name says who published an "
        "article, not how its group frames the story)"
    )


def set_aside_note(terms: Any, *, k: int = 20) -> str | None:
    """Which names the term statistics set aside, and why: nothing disappears silently.

    Parameters
    ----------
    terms
        :func:`analysis.compare.distinguishing_terms` output (its ``attrs["set_aside"]``: the
        names removed from the texts with their uses; ``attrs["self_names"]``: where they
        were found, :func:`analysis.compare.self_names.self_names`).
    k
        Names listed (most used first); the rest are counted.

    Returns
    -------
    str or None
        ``None`` when no name was met in the texts.  Whose names they are follows the
        grouping (``attrs["grouping"]``): the groups' own when the groups are outlets
        (:func:`analysis.corpus.columns.names_publishers`), the outlets' within the groups
        when they are countries or leans (review45).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame()
    >>> t.attrs = {"set_aside": {"cnn": 55, "belta": 51}, "grouping": "country",
    ...     "self_names": {"datelines": ["BelTA", "CNN"]}}
    >>> print(set_aside_note(t))  # doctest: +NORMALIZE_WHITESPACE
    Set aside before ranking, as the names of the outlets within the groups (an outlet's name
    says who published an article, not how its group frames the story): “cnn” (55×), “belta”
    (51×). Found in the corpus: the agencies of the articles' datelines (BelTA, CNN).
    >>> t.attrs = {"set_aside": {"politico": 60}, "grouping": "media_name", "self_names": {
    ...     "group labels": ["politico.com", "vox.com"]}}
    >>> print(set_aside_note(t))  # doctest: +NORMALIZE_WHITESPACE
    Set aside before ranking, as the groups' names for themselves (a self-reference says who
    is in a group, not how it frames the story): “politico” (60×). Found in the corpus: the
    group labels (politico.com, vox.com).
    >>> set_aside_note(pd.DataFrame()) is None
    True
    """
    met = dict(getattr(terms, "attrs", {}).get("set_aside") or {})
    if not met:
        return None
    ranked = sorted(met.items(), key=lambda kv: (-kv[1], kv[0]))
    listed = ", ".join(f"“{name}” ({n:,}×)" for name, n in ranked[:k])
    more = f" and {count_of(len(ranked) - k, 'other name')}" if len(ranked) > k else ""
    where = "; ".join(
        f"{_FOUND_IN.get(source, source)} ({', '.join(map(str, names[:12]))}"
        + (f" and {len(names) - 12:,} more" if len(names) > 12 else "")
        + ")"
        for source, names in (terms.attrs.get("self_names") or {}).items()
    )
    return (
        f"Set aside before ranking, as {_whose(terms.attrs.get('grouping'))}: "
        f"{listed}{more}." + (f" Found in the corpus: {where}." if where else "")
    )
