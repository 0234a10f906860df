"""What the groups of a report are called when they are not outlets.

``framing report --outlet-column lean`` compares the corpus's ``lean`` column under the name
``outlet``; the reports said "2 outlets with 87–213 usable articles each" and "Sources of 300
articles by outlet" of two leans (review of round 33, AllSides gun-policy news). The command
gives every notebook the column's name as the parameter ``grouping``; these helpers turn it
into the word the reports use and find the column that still names the outlets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..corpus.columns import PUBLISHER_COLUMNS, names_publishers, publisher_columns
from .scope import few_outlets_caveat

__all__ = ["OUTLET_COLUMNS", "group_noun", "outlets_within", "grouping_caveat"]

#: Column names that hold who published an article (the corpus loaders' and common scrape
#: tables' names: AllSides ``source``, news-please ``source_domain``, Nexis ``publication``,
#: Media Cloud ``media_name``): a grouping by one of them is a grouping by outlet.  One list
#: with the term statistics' (:data:`analysis.corpus.columns.PUBLISHER_COLUMNS`).
OUTLET_COLUMNS: tuple[str, ...] = PUBLISHER_COLUMNS


def group_noun(grouping: str | None) -> str:
    """The word for one group of the column ``grouping``.

    Parameters
    ----------
    grouping
        The corpus column the groups come from (``--outlet-column``); ``None``: outlets.

    Returns
    -------
    str
        ``"outlet"`` for a column of :data:`OUTLET_COLUMNS` (up to case and separators:
        ``MediaName``); otherwise the column's own name, underscores as spaces (``"lean"``,
        ``"outlet country"``).

    Examples
    --------
    >>> group_noun(None), group_noun("source"), group_noun("lean"), group_noun("Outlet_Country")
    ('outlet', 'outlet', 'lean', 'outlet country')
    >>> group_noun("media_name")  # Media Cloud's export
    'outlet'
    """
    name = (grouping or "outlet").strip().lower()
    return "outlet" if names_publishers(name) else name.replace("_", " ")


def outlets_within(columns: Iterable[str], grouping: str | None) -> str | None:
    """The column that still names the outlets when the groups are not outlets.

    Parameters
    ----------
    columns
        The loaded corpus's columns (the grouping itself is ``outlet`` there).
    grouping
        The corpus column the groups come from.

    Returns
    -------
    str or None
        The first column of :data:`OUTLET_COLUMNS` other than ``outlet`` that the corpus has
        (up to case and separators),
        when the groups are not outlets; ``None`` otherwise (the few-outlets caveat needs it).

    Examples
    --------
    >>> outlets_within(["text", "outlet", "source", "lean"], "lean")
    'source'
    >>> outlets_within(["text", "outlet", "source"], "source") is None
    True
    """
    if group_noun(grouping) == "outlet":
        return None
    return next((c for c in publisher_columns(columns) if c != "outlet"), None)


def grouping_caveat(
    feats: Any, articles: Any, *, by: str, grouping: str | None, noun: str
) -> str | None:
    """The few-outlets caveat (:func:`analysis.report.scope.few_outlets_caveat`) of a report's
    groups: by ``lean`` over a corpus of outlets (``by`` is not ``outlet``), or by the user's
    ``--outlet-column lean`` (``by`` is ``outlet`` and another column names the outlets).

    Parameters
    ----------
    feats
        Feature table with ``article_id``, ``status`` and ``by``.
    articles
        The articles analysed (``article_id`` and the outlet column).
    by
        The column the report compares.
    grouping
        The corpus column the ``outlet`` column came from (``--outlet-column``).
    noun
        What a group is (:func:`group_noun`).

    Returns
    -------
    str or None

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": list("abcd"), "outlet": ["left"] * 2 + ["right"] * 2,
    ...                   "source": ["CNN", "NPR", "Fox", "WT"]})
    >>> f = a[["article_id", "outlet"]].assign(status="ok")
    >>> grouping_caveat(f, a, by="outlet", grouping="lean", noun="lean")[:35]
    'The leans are 2 outlets each: the t'
    >>> grouping_caveat(f, a, by="outlet", grouping="source", noun="outlet") is None
    True
    """
    within = "outlet" if by != "outlet" else outlets_within(articles.columns, grouping)
    if within is None or within not in articles.columns:
        return None
    units = dict(zip(articles["article_id"], articles[within]))
    frame = pd.DataFrame(
        {
            "group": feats[by].to_numpy(),
            "outlet": feats["article_id"].map(units).to_numpy(),
            "status": feats["status"].to_numpy() if "status" in feats.columns else "ok",
        }
    )
    # grouped by --outlet-column: no table of the outlets precedes the caveat
    return few_outlets_caveat(frame, by="group", within="outlet", noun=noun, above=by != "outlet")
