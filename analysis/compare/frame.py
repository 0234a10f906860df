"""Feature-table helpers: usable rows, feature columns, status, group selection and rates.

Every comparison works on the feature table of :func:`analysis.featurize` (one row per
article, a ``status`` column, numeric feature columns) or on the corpus.  Rows whose
``status`` is not ``"ok"`` never enter a statistic; :func:`ok_rows` counts them per group.
A Dask DataFrame is accepted and computed first (:func:`as_pandas`): one row per article fits
in memory even for a million articles.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError, check_corpus_frame

__all__ = [
    "NOT_FEATURES",
    "as_pandas",
    "ok_rows",
    "feature_columns",
    "with_status",
    "select_groups",
    "add_rates",
    "add_percentages",
]

#: Numeric columns of the feature table that describe the row, not the article's framing.
NOT_FEATURES = frozenset({"article_id", "status", "row", "index"})


def as_pandas(df: Any) -> pd.DataFrame:
    """Compute a Dask (or any lazy) DataFrame; pass a pandas DataFrame through.

    Parameters
    ----------
    df
        A pandas DataFrame, or a lazy one with a ``compute()`` method.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    FramingError
        When ``df`` is not a DataFrame.

    Examples
    --------
    >>> as_pandas(pd.DataFrame({"x": [1]})).shape
    (1, 1)
    """
    if not isinstance(df, pd.DataFrame) and hasattr(df, "compute"):
        df = df.compute()
    if not isinstance(df, pd.DataFrame):
        raise FramingError(
            f"expected a pandas DataFrame (the output of featurize), got {type(df).__name__}"
        )
    return df


def ok_rows(feats: Any, *, by: str | None = "outlet") -> tuple[pd.DataFrame, pd.Series]:
    """Split a feature table into usable rows and a count of excluded rows per group.

    Parameters
    ----------
    feats
        Feature table (pandas, or Dask: it is computed).  Without a ``status`` column every
        row counts as usable.
    by
        Grouping column (checked to exist) or ``None``.

    Returns
    -------
    ok : pandas.DataFrame
        Rows with ``status == "ok"`` (and a non-missing ``by`` value).
    excluded : pandas.Series
        Number of excluded rows per group (index: group values; name ``n_excluded``).

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B"], "status": ["ok", "empty", "ok"],
    ...                    "x": [1., 2., 3.]})
    >>> ok, excl = ok_rows(df)
    >>> len(ok), int(excl["A"]), int(excl["B"])
    (2, 1, 0)
    """
    feats = as_pandas(feats)
    check_corpus_frame(feats, what="the feature table")
    if by is not None and by not in feats.columns:
        raise FramingError(
            f"the feature table has no column {by!r} to group by; "
            f"columns are {list(feats.columns)[:12]}…"
        )
    if "status" in feats.columns:
        status = feats["status"].astype("string").fillna("missing status")
        good = np.array(status.eq("ok").to_numpy(dtype=bool), dtype=bool)
    else:
        good = np.ones(len(feats), dtype=bool)
    if by is not None:
        good &= feats[by].notna().to_numpy()
        groups = feats[by].astype("string").fillna("(missing)")
        bad = ~pd.Series(good, index=feats.index)
        excluded = bad.groupby(groups, sort=True).sum().astype(int)
    else:
        excluded = pd.Series({"(all)": int((~good).sum())})
    excluded.name = "n_excluded"
    ok = feats.loc[good].copy()
    if by is not None:
        ok[by] = ok[by].astype(str)
    return ok, excluded


def feature_columns(
    feats: pd.DataFrame, *, by: str | None = "outlet", features: Sequence[str] | None = None
) -> list[str]:
    """The numeric feature columns of a feature table (or check a given list).

    Parameters
    ----------
    feats
        Feature table.
    by
        Grouping column, never a feature.
    features
        Explicit list; every name must be a numeric column.  ``None``: every numeric
        (non-boolean) column except ``article_id``, ``status`` and ``by``.

    Returns
    -------
    list of str

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A"], "status": ["ok"], "x": [1.0], "naming_kyiv": ["Kyiv"]})
    >>> feature_columns(df)
    ['x']
    """
    if features is None:
        num = feats.select_dtypes(include="number").columns
        return [c for c in num if c not in NOT_FEATURES and c != by]
    # a single name is one feature, not list("quote_share")
    features = [features] if isinstance(features, str) else list(features)
    missing = [f for f in features if f not in feats.columns]
    if missing:
        raise FramingError(f"features not in the feature table: {missing}")
    bad = [
        f
        for f in features
        if not pd.api.types.is_numeric_dtype(feats[f]) or pd.api.types.is_bool_dtype(feats[f])
    ]
    if bad:
        raise FramingError(f"features must be numeric columns; not numeric: {bad}")
    return features


def with_status(corpus: Any, feats: Any) -> pd.DataFrame:
    """The corpus with the ``status`` of each article from its feature table.

    :func:`analysis.compare.distinguishing_terms` (and anything else that takes the corpus)
    leaves out rows whose ``status`` is not ``"ok"``; the status is computed by
    :func:`analysis.featurize`, so pass the corpus through this first to keep non-English,
    empty or too-short articles out of the term statistics, exactly as they are kept out of
    :func:`analysis.compare.outlet_summary`.

    Parameters
    ----------
    corpus
        Corpus DataFrame (as loaded).
    feats
        Its feature table (one row per article, ``article_id`` and ``status``).

    Returns
    -------
    pandas.DataFrame
        A copy of ``corpus`` with a ``status`` column, matched on ``article_id`` (or by position
        when either table has no ``article_id``).

    Raises
    ------
    FramingError
        When an article of the corpus has no row in the feature table.

    Examples
    --------
    >>> corpus = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"], "text": ["x", "y"]})
    >>> feats = pd.DataFrame({"article_id": ["b", "a"], "status": ["not English", "ok"]})
    >>> with_status(corpus, feats)["status"].tolist()
    ['ok', 'not English']
    """
    corpus = as_pandas(corpus)
    feats = as_pandas(feats)
    if "status" not in feats.columns:
        raise FramingError(
            "the feature table has no 'status' column (it comes from analysis.featurize)"
        )
    out = corpus.copy()
    if "article_id" in corpus.columns and "article_id" in feats.columns:
        status = feats.drop_duplicates("article_id").set_index("article_id")["status"]
        mapped = corpus["article_id"].map(status)
        missing = corpus.loc[mapped.isna(), "article_id"].tolist()
        if missing:
            raise FramingError(
                f"{len(missing)} article(s) of the corpus have no row in the feature table "
                f"(e.g. {missing[:3]}): featurize the same corpus you pass here"
            )
        out["status"] = mapped.to_numpy()
    else:
        if len(feats) != len(corpus):
            raise FramingError(
                f"the corpus has {len(corpus)} rows and the feature table {len(feats)}, and "
                "there is no article_id to match them: featurize the same corpus you pass here"
            )
        out["status"] = feats["status"].to_numpy()
    return out


def select_groups(
    corpus: Any, *, column: str, groups: Mapping[str, str], name: str = "group"
) -> pd.DataFrame:
    """The articles whose ``column`` value is listed in ``groups``, with their group in ``name``.

    For comparisons of blocs rather than single outlets ("GB and US outlets" against "Russian
    and Belarusian state-aligned outlets"): the mapping is the researcher's choice, stated in
    the notebook's parameters.  Rows whose value is not a key of ``groups`` are left out, as a
    subset chosen by the caller; the result says how many in ``attrs["select_groups"]``.

    Parameters
    ----------
    corpus
        Corpus DataFrame.
    column
        The column to map (``"outlet"``, a country column …).
    groups
        Value -> group label.
    name
        Name of the new column.

    Returns
    -------
    pandas.DataFrame
        A copy of the selected rows with the ``name`` column.

    Raises
    ------
    FramingError
        ``column`` is missing, ``name`` already exists, or no row is selected.

    Examples
    --------
    >>> c = pd.DataFrame({"outlet": ["GB", "US", "RU", "PL"], "text": ["a", "b", "c", "d"]})
    >>> blocs = {"GB": "West", "US": "West", "RU": "Russia"}
    >>> out = select_groups(c, column="outlet", groups=blocs, name="bloc")
    >>> out["bloc"].tolist(), out.attrs["select_groups"]["left_out"]
    (['West', 'West', 'Russia'], 1)
    """
    corpus = as_pandas(corpus)
    if column not in corpus.columns:
        raise FramingError(
            f"select_groups: no column {column!r} (columns: {', '.join(map(str, corpus.columns))})"
        )
    if name in corpus.columns and name != column:
        raise FramingError(
            f"select_groups: the corpus already has a column {name!r}; choose another name"
        )
    keep = corpus[column].isin(list(groups))
    if not keep.any():
        raise FramingError(f"select_groups: no article has a {column} among {sorted(groups)}")
    out = corpus[keep].copy()
    out[name] = out[column].map(dict(groups))
    out.attrs["select_groups"] = {
        "column": column,
        "groups": dict(groups),
        "selected": int(keep.sum()),
        "left_out": int((~keep).sum()),
    }
    return out


def add_rates(feats: Any, columns: Sequence[str], *, words: str = "n_words") -> pd.DataFrame:
    """Per-1,000-word rates of count columns, so that articles of different length compare.

    A count such as ``n_attributions_distancing`` grows with the length of the article: a
    1,400-word article has more of everything than a 400-word one.  The rate column is named
    ``rate_<name>`` with a leading ``n_`` dropped (``n_attributions_distancing`` ->
    ``rate_attributions_distancing``).

    Parameters
    ----------
    feats
        Feature table.
    columns
        Count columns to convert.
    words
        Word-count column used as the denominator (NaN where it is 0 or missing).

    Returns
    -------
    pandas.DataFrame
        A copy of ``feats`` with the rate columns added.

    Examples
    --------
    >>> f = pd.DataFrame({"n_words": [500, 0], "n_attributions_distancing": [2, 0]})
    >>> add_rates(f, ["n_attributions_distancing"])["rate_attributions_distancing"].tolist()
    [4.0, nan]
    """
    feats = as_pandas(feats)
    missing = [c for c in [words, *columns] if c not in feats.columns]
    if missing:
        raise FramingError(f"the feature table has no column(s) {missing}")
    out = feats.copy()
    w = pd.to_numeric(out[words], errors="coerce").astype(float)
    w = w.where(w > 0)
    for c in columns:
        name = "rate_" + (c[2:] if c.startswith("n_") else c)
        out[name] = pd.to_numeric(out[c], errors="coerce").astype(float) / w * 1000.0
    return out


def add_percentages(
    feats: pd.DataFrame, columns: Sequence[str] = ("quote_share", "scare_share")
) -> pd.DataFrame:
    """Add ``<column>_pct`` = 100 x each 0–1 share column: the reports give shares in %.

    Parameters
    ----------
    feats
        Feature table.
    columns
        Share columns (0–1) to express in percent; absent ones are skipped.

    Returns
    -------
    pandas.DataFrame
        A copy with the new columns.

    Examples
    --------
    >>> add_percentages(pd.DataFrame({"quote_share": [0.155]}))["quote_share_pct"].tolist()
    [15.5]
    """
    return feats.assign(**{f"{c}_pct": 100 * feats[c] for c in columns if c in feats.columns})
