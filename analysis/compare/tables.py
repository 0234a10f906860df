"""The tables behind the comparison figures: naming variants, attribution stance and quotation
share per group, each with the number of articles behind it (and bootstrap intervals where
they are means).

The plots in :mod:`analysis.plots` draw these tables; they are public so that a report can
save them next to the figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError
from .frame import ok_rows
from .summary import outlet_summary

__all__ = ["naming_matrix", "stance_table", "quote_share_table"]


def naming_matrix(
    feats: Any, *, by: str = "outlet", groups: Sequence[str] | None = None
) -> pd.DataFrame:
    """Which naming variants each group uses in its own voice: counts and shares of the articles
    that name the entity.

    Parameters
    ----------
    feats
        Feature table with ``naming_<group>`` string columns (``"Kyiv"``, ``"Kiev"``,
        ``"both"`` or ``"none"``) and, when present, ``naming_<group>_forms`` (every form the
        article uses, joined with ``"+"``, e.g. ``"Zelensky+Zelenskiy"``).  With a
        ``_forms`` column each form is counted separately (an article using two forms counts
        for both); without it the label column is used as is (with ``both``).  Rows with
        ``status != "ok"`` are excluded.
    by
        Grouping column.
    groups
        Naming groups to include (e.g. ``["kyiv", "zelensky"]``); default all that occur.

    Returns
    -------
    pandas.DataFrame
        Long: ``<by>``, ``naming`` (e.g. ``kyiv``), ``form``, ``n_articles`` (articles of the
        group whose authorial text uses that form), ``n_mentioning`` (articles of the group
        whose authorial text names the entity with any form of the naming group),
        ``n_total`` (usable articles of the group), ``share`` = ``n_articles /
        n_mentioning`` (NaN when no article names it; issue 17: shares over all articles
        mixed how often an outlet writes about Crimea with how it names it).  ``"none"`` is
        not a form; naming groups no article uses are left out; forms are sorted (``both``
        last).

    Examples
    --------
    >>> f = pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok",
    ...                   "naming_kyiv": ["Kyiv", "none", "Kiev"]})
    >>> naming_matrix(f)[["outlet", "form", "n_articles", "n_mentioning", "n_total", "share"]
    ...               ].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['A', 'Kiev', 0, 1, 2, 0.0], ['A', 'Kyiv', 1, 1, 2, 1.0],
     ['B', 'Kiev', 1, 1, 1, 1.0], ['B', 'Kyiv', 0, 1, 1, 0.0]]
    >>> f["naming_kyiv_forms"] = ["Kyiv+Kiev", "", "Kiev"]
    >>> naming_matrix(f)[["outlet", "form", "n_articles"]].values.tolist()
    [['A', 'Kiev', 1], ['A', 'Kyiv', 1], ['B', 'Kiev', 1], ['B', 'Kyiv', 0]]
    """
    ok, _ = ok_rows(feats, by=by)
    names = [
        c[len("naming_") :]
        for c in ok.columns
        if c.startswith("naming_") and not c.endswith("_forms")
    ]
    if groups is not None:
        unknown = [g for g in groups if g not in names]
        if unknown:
            raise FramingError(f"no naming_* column for {unknown}; available: {names}")
        names = list(groups)
    if not names:
        raise FramingError("the feature table has no naming_* columns (naming variants)")
    n_total = ok.groupby(by, sort=True).size()
    rows = []
    for name in names:
        sets = _form_sets(ok, name)
        forms = sorted(set().union(*sets) - {"both"})
        forms += ["both"] if any("both" in x for x in sets) else []
        if not forms:
            continue
        grp = ok[by].to_numpy()
        for g in n_total.index:
            mine = [x for x, gg in zip(sets, grp) if gg == g]
            n_men = sum(bool(x) for x in mine)
            for form in forms:
                k = sum(form in x for x in mine)
                row = {by: str(g), "naming": name, "form": form, "n_articles": int(k)}
                row["n_mentioning"] = int(n_men)
                row["n_total"] = int(n_total[g])
                row["share"] = k / n_men if n_men else np.nan
                rows.append(row)
    cols = [by, "naming", "form", "n_articles", "n_mentioning", "n_total", "share"]
    return pd.DataFrame(rows, columns=cols)


def _form_sets(ok: pd.DataFrame, name: str) -> list[frozenset[str]]:
    """The naming forms of group ``name`` each article uses (from ``_forms`` when present)."""
    fcol = f"naming_{name}_forms"
    if fcol in ok.columns:
        return [
            frozenset(x for x in v.split("+") if x and x != "none")
            if isinstance(v, str)
            else frozenset()
            for v in ok[fcol]
        ]
    return [
        frozenset() if (not isinstance(v, str) or v in ("", "none")) else frozenset([v])
        for v in ok[f"naming_{name}"]
    ]


def stance_table(
    feats: Any,
    *,
    by: str = "outlet",
    normalise: str = "article",
    words_col: str = "n_words",
    n_boot: int = 1000,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Attribution verbs by stance per group: mean per article (or per 1,000 words) with CIs.

    Parameters
    ----------
    feats
        Feature table with ``n_attributions_<stance>`` columns.
    by
        Grouping column.
    normalise
        ``"article"`` (attributions per article) or ``"1000 words"`` (per 1,000 words of the
        article, using ``words_col``).
    words_col
        Word-count column for ``normalise="1000 words"``.
    n_boot, random_state
        Bootstrap settings passed to :func:`analysis.compare.outlet_summary`.

    Returns
    -------
    pandas.DataFrame
        ``outlet_summary`` long table with an extra ``stance`` column.

    Examples
    --------
    >>> f = pd.DataFrame({"outlet": ["A", "A"], "status": "ok", "n_attributions_neutral": [2, 4],
    ...                   "n_attributions_distancing": [0, 1]})
    >>> stance_table(f, n_boot=50)[["stance", "mean"]].values.tolist()
    [['neutral', 3.0], ['distancing', 0.5]]
    """
    ok, _ = ok_rows(feats, by=by)
    cols = [c for c in feats.columns if c.startswith("n_attributions_")]
    if not cols:
        raise FramingError("the feature table has no n_attributions_<stance> columns")
    if normalise not in ("article", "1000 words"):
        raise FramingError(f"normalise must be 'article' or '1000 words', not {normalise!r}")
    data = feats[[by, "status", *cols]] if "status" in feats.columns else feats[[by, *cols]]
    data = data.copy()
    if normalise == "1000 words":
        if words_col not in feats.columns:
            raise FramingError(f"normalise='1000 words' needs the word-count column {words_col!r}")
        w = feats[words_col].astype(float).where(feats[words_col] > 0)
        data[cols] = data[cols].astype(float).div(w, axis=0) * 1000
    s = outlet_summary(data, by=by, features=cols, n_boot=n_boot, random_state=random_state)
    s.insert(2, "stance", s["feature"].str[len("n_attributions_") :])
    s.attrs["normalise"] = normalise
    return s


def quote_share_table(
    feats: Any,
    *,
    by: str = "outlet",
    direct: str = "quote_share",
    scare: str = "scare_share",
    n_boot: int = 1000,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Share of body words in direct quotations and in scare quotes per group, in percent, with
    CIs.

    Parameters
    ----------
    feats
        Feature table with the ``direct`` and ``scare`` share columns (0–1).
    by
        Grouping column.
    direct, scare
        Column names.
    n_boot, random_state
        Bootstrap settings.

    Returns
    -------
    pandas.DataFrame
        ``outlet_summary`` long table (``mean``, ``ci_low``, ``ci_high`` in percent) with a
        ``kind`` column (``direct`` / ``scare``).

    Examples
    --------
    >>> f = pd.DataFrame({"outlet": ["A", "A"], "status": "ok", "quote_share": [0.2, 0.4],
    ...                   "scare_share": [0.0, 0.02]})
    >>> quote_share_table(f, n_boot=50)[["kind", "mean"]].round(6).values.tolist()
    [['direct', 30.0], ['scare', 1.0]]
    """
    s = outlet_summary(
        feats, by=by, features=[direct, scare], n_boot=n_boot, random_state=random_state
    )
    for c in ("mean", "sd", "ci_low", "ci_high"):
        s[c] = s[c] * 100.0
    s.insert(2, "kind", s["feature"].map({direct: "direct", scare: "scare"}))
    return s
