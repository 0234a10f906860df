"""Compare outlets: per-outlet summaries with uncertainty, pairwise differences, distinguishing terms.

Everything here works on the *outputs* of the per-article pipeline:

* :func:`outlet_summary` and :func:`pairwise_differences` take the feature table of
  :func:`analysis.featurize` (one row per article, a ``status`` column, numeric feature
  columns) and return long tables with percentile-bootstrap confidence intervals over
  articles, permutation p-values and a multiple-comparison-aware ``significant`` flag.
* :func:`distinguishing_terms` takes the corpus and returns, for every group, the terms whose
  use most distinguishes that group from all the others: the log-odds ratio with an
  informative Dirichlet prior of Monroe, Colaresi & Quinn (2008, "Fightin' Words",
  eqs. 16–22), generalised to any number of groups (each group against the rest).

Rows whose ``status`` is not ``"ok"`` never enter a statistic; they are counted and the count
is reported (column ``n_excluded``).  Groups with a single article get a mean but no
confidence interval, and a ``note`` saying so: one article per outlet (as in the bundled
corpus) cannot tell an outlet's habits from one writer's choices.

The numerical core is numpy/pandas.  A Dask DataFrame is accepted and computed first (the
inputs of these functions — one row per article — fit in memory even for a million
articles).
"""

from __future__ import annotations

import itertools
import re
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

from ..errors import FramingError, check_corpus_frame

__all__ = [
    "NOTE_N1",
    "NOTE_N0",
    "NOTE_PAIR_SMALL",
    "feature_columns",
    "ok_rows",
    "outlet_summary",
    "pairwise_differences",
    "adjust_pvalues",
    "distinguishing_terms",
    "with_status",
    "add_rates",
    "select_groups",
]

#: Note attached to a summary row whose group has a single usable article.
NOTE_N1 = "n = 1: no uncertainty can be estimated"
#: Note attached to a summary row whose group has no usable value of the feature.
NOTE_N0 = "n = 0: no usable value"
#: Note attached to a pairwise comparison where a group has fewer than two usable values.
NOTE_PAIR_SMALL = "n < 2 in a group: no uncertainty can be estimated"

# Numeric columns of the feature table that describe the row, not the article's framing.
_NOT_FEATURES = {"article_id", "status", "row", "index"}

# Cap on the elements of one (resamples x articles) weight matrix; larger jobs are chunked.
_MAX_CELLS = 20_000_000


# --------------------------------------------------------------------------------------------
# helpers shared with analysis.compare.cluster and analysis.plots
# --------------------------------------------------------------------------------------------


def _as_pandas(df: Any) -> pd.DataFrame:
    """Compute a Dask (or any lazy) DataFrame; pass a pandas DataFrame through."""
    if not isinstance(df, pd.DataFrame) and hasattr(df, "compute"):
        df = df.compute()
    if not isinstance(df, pd.DataFrame):
        raise FramingError(f"expected a pandas DataFrame (the output of featurize), got {type(df).__name__}")
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
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B"], "status": ["ok", "empty", "ok"], "x": [1., 2., 3.]})
    >>> ok, excl = ok_rows(df)
    >>> len(ok), int(excl["A"]), int(excl["B"])
    (2, 1, 0)
    """
    feats = _as_pandas(feats)
    check_corpus_frame(feats, what="the feature table")
    if by is not None and by not in feats.columns:
        raise FramingError(
            f"the feature table has no column {by!r} to group by; columns are {list(feats.columns)[:12]}…"
        )
    if "status" in feats.columns:
        good = np.array(feats["status"].astype("string").fillna("missing status").eq("ok").to_numpy(dtype=bool), dtype=bool)
    else:
        good = np.ones(len(feats), dtype=bool)
    if by is not None:
        good &= feats[by].notna().to_numpy()
        groups = feats[by].astype("string").fillna("(missing)")
        excluded = (~pd.Series(good, index=feats.index)).groupby(groups, sort=True).sum().astype(int)
    else:
        excluded = pd.Series({"(all)": int((~good).sum())})
    excluded.name = "n_excluded"
    ok = feats.loc[good].copy()
    if by is not None:
        ok[by] = ok[by].astype(str)
    return ok, excluded


def feature_columns(feats: pd.DataFrame, *, by: str | None = "outlet", features: Sequence[str] | None = None) -> list[str]:
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
        return [c for c in num if c not in _NOT_FEATURES and c != by]
    features = [features] if isinstance(features, str) else list(features)  # not list("quote_share")
    missing = [f for f in features if f not in feats.columns]
    if missing:
        raise FramingError(f"features not in the feature table: {missing}")
    bad = [f for f in features if not pd.api.types.is_numeric_dtype(feats[f]) or pd.api.types.is_bool_dtype(feats[f])]
    if bad:
        raise FramingError(f"features must be numeric columns; not numeric: {bad}")
    return features


def _group_matrices(ok: pd.DataFrame, by: str, features: list[str]) -> dict[str, np.ndarray]:
    """{group: float array (n_articles x n_features)} in sorted group order."""
    X = ok[features].to_numpy(dtype=float, na_value=np.nan) if features else np.empty((len(ok), 0))
    codes, uniques = pd.factorize(ok[by], sort=True)
    return {str(g): X[codes == i] for i, g in enumerate(uniques)}


def _bootstrap_means(X: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Bootstrap distribution of column means (NaN-aware): array (n_boot, n_features).

    Each resample draws ``n`` articles with replacement (as multinomial counts, so the work is
    one matrix product, not a Python loop); a feature's resampled mean is the mean over the
    drawn articles that have a value for it.
    """
    n, f = X.shape
    out = np.full((n_boot, f), np.nan)
    if n == 0 or f == 0:
        return out
    mask = ~np.isnan(X)
    X0 = np.where(mask, X, 0.0)
    M = mask.astype(float)
    step = max(1, _MAX_CELLS // max(n, 1))
    for lo in range(0, n_boot, step):
        hi = min(n_boot, lo + step)
        k = hi - lo
        draws = rng.integers(0, n, size=(k, n)) + (np.arange(k) * n)[:, None]
        W = np.bincount(draws.ravel(), minlength=k * n).reshape(k, n).astype(float)
        s = W @ X0
        c = W @ M
        with np.errstate(invalid="ignore", divide="ignore"):
            out[lo:hi] = np.where(c > 0, s / np.where(c > 0, c, 1.0), np.nan)
    return out


def _percentile_ci(boot: np.ndarray, ci: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval per column of ``boot`` (n_boot x k), ignoring NaN, vectorised.

    Same definition as ``numpy.nanpercentile`` (linear interpolation), without its per-column
    Python loop.
    """
    k = boot.shape[1]
    if k == 0:
        return np.empty(0), np.empty(0)
    srt = np.sort(boot, axis=0)  # NaN sort last
    valid = (~np.isnan(boot)).sum(axis=0)
    res = []
    for q in ((1 - ci) / 2, (1 + ci) / 2):
        pos = np.maximum(valid - 1, 0) * q
        lo_i = np.floor(pos).astype(int)
        hi_i = np.minimum(lo_i + 1, np.maximum(valid - 1, 0))
        frac = pos - lo_i
        a = np.take_along_axis(srt, lo_i[None, :], axis=0)[0]
        b = np.take_along_axis(srt, hi_i[None, :], axis=0)[0]
        v = a + (b - a) * frac
        v[valid == 0] = np.nan
        res.append(v)
    return res[0], res[1]


def _check_common(n_boot: int, ci: float = 0.95) -> None:
    if not isinstance(n_boot, (int, np.integer)) or isinstance(n_boot, (bool, np.bool_)) or n_boot < 1:
        raise FramingError(f"n_boot must be a positive integer, not {n_boot!r}")
    if not isinstance(ci, (int, float, np.number)) or isinstance(ci, (bool, np.bool_)) or not 0 < ci < 1:
        raise FramingError(f"ci must be between 0 and 1 (e.g. 0.95), not {ci!r}")


# --------------------------------------------------------------------------------------------
# outlet summaries
# --------------------------------------------------------------------------------------------


def outlet_summary(
    feats: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | None = None,
    n_boot: int = 2000,
    ci: float = 0.95,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Mean of every feature per group, with a percentile-bootstrap confidence interval.

    Parameters
    ----------
    feats
        Feature table from :func:`analysis.featurize` (pandas or Dask).  Rows whose
        ``status`` is not ``"ok"`` are excluded and counted in ``n_excluded``.
    by
        Column to group by (``"outlet"``, ``"country"``, ``"lean"`` …).
    features
        Numeric columns to summarise; default every numeric column (see
        :func:`feature_columns`).
    n_boot
        Bootstrap resamples of the group's articles.
    ci
        Confidence level of the interval.
    random_state
        Seed; the same seed gives the same intervals.

    Returns
    -------
    pandas.DataFrame
        Long form, one row per (group, feature), groups sorted, features in table order:
        ``<by>``, ``feature``, ``n`` (articles with a value), ``n_excluded`` (rows of the group
        dropped because ``status != "ok"``), ``mean``, ``sd``, ``ci_low``, ``ci_high``, ``note``
        (``NOTE_N1`` when n = 1 and the interval is NaN; ``""`` otherwise).  The interval
        resamples whole articles (so it reflects article-to-article variation within the
        group); ``attrs`` records ``n_boot``, ``ci`` and ``random_state``.

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": ["A", "A", "A", "B"], "status": "ok",
    ...                       "quote_share": [0.1, 0.2, 0.3, 0.5]})
    >>> s = outlet_summary(feats, n_boot=200)
    >>> s[["outlet", "feature", "n", "mean"]].to_string(index=False)
    'outlet     feature  n  mean\\n     A quote_share  3   0.2\\n     B quote_share  1   0.5'
    >>> s["note"].tolist()[1]
    'n = 1: no uncertainty can be estimated'
    """
    _check_common(n_boot, ci)
    ok, excluded = ok_rows(feats, by=by)
    feats_cols = feature_columns(ok, by=by, features=features)
    rng = np.random.default_rng(random_state)
    mats = _group_matrices(ok, by, feats_cols)
    all_groups = sorted(set(mats) | set(excluded.index.astype(str)))
    parts = []
    for g in all_groups:
        X = mats.get(g, np.empty((0, len(feats_cols))))
        n = (~np.isnan(X)).sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(n > 0, np.nansum(X, axis=0) / np.maximum(n, 1), np.nan)
            sd = np.array([np.nanstd(X[:, j], ddof=1) if n[j] > 1 else np.nan for j in range(X.shape[1])])
        boot = _bootstrap_means(X, n_boot, rng)
        lo, hi = _percentile_ci(boot, ci)
        lo = np.where(n >= 2, lo, np.nan)
        hi = np.where(n >= 2, hi, np.nan)
        note = np.where(n == 1, NOTE_N1, np.where(n == 0, NOTE_N0, ""))
        parts.append(pd.DataFrame({
            by: g,
            "feature": feats_cols,
            "n": n.astype(int),
            "n_excluded": int(excluded.get(g, 0)),
            "mean": mean,
            "sd": sd,
            "ci_low": lo,
            "ci_high": hi,
            "note": note,
        }))
    cols = [by, "feature", "n", "n_excluded", "mean", "sd", "ci_low", "ci_high", "note"]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)
    out = out[cols]
    out.attrs.update({"n_boot": int(n_boot), "ci": float(ci), "random_state": random_state, "by": by})
    return out


# --------------------------------------------------------------------------------------------
# pairwise differences
# --------------------------------------------------------------------------------------------


def adjust_pvalues(p: Sequence[float] | np.ndarray, *, method: str = "holm") -> np.ndarray:
    """Adjust p-values for multiple comparisons (NaN p-values are ignored and stay NaN).

    Parameters
    ----------
    p
        Raw p-values.
    method
        ``"holm"`` (Holm–Bonferroni step-down: controls the family-wise error rate),
        ``"bh"`` / ``"fdr_bh"`` (Benjamini–Hochberg: controls the false discovery rate),
        ``"bonferroni"`` or ``"none"``.

    Returns
    -------
    numpy.ndarray
        Adjusted p-values, same order, capped at 1, monotone as the procedures require.

    Examples
    --------
    >>> adjust_pvalues([0.01, 0.04, 0.03], method="holm").round(3).tolist()
    [0.03, 0.06, 0.06]
    >>> adjust_pvalues([0.01, 0.04, 0.03], method="bh").round(3).tolist()
    [0.03, 0.04, 0.04]
    """
    p = np.asarray(p, dtype=float)
    out = np.full(p.shape, np.nan)
    valid = ~np.isnan(p)
    pv = p[valid]
    m = pv.size
    if m == 0:
        return out
    method = method.lower()
    order = np.argsort(pv, kind="mergesort")
    ranked = pv[order]
    if method == "holm":
        adj = np.maximum.accumulate((m - np.arange(m)) * ranked)
    elif method in ("bh", "fdr_bh", "benjamini-hochberg"):
        adj = ranked * m / np.arange(1, m + 1)
        adj = np.minimum.accumulate(adj[::-1])[::-1]
    elif method == "bonferroni":
        adj = ranked * m
    elif method == "none":
        adj = ranked
    else:
        raise FramingError(f"unknown correction {method!r}; use 'holm', 'bh', 'bonferroni' or 'none'")
    res = np.empty(m)
    res[order] = np.minimum(adj, 1.0)
    out[valid] = res
    return out


def _permutation_pvalues(Xa: np.ndarray, Xb: np.ndarray, n_perm: int, rng: np.random.Generator) -> np.ndarray:
    """Two-sided permutation p-values of the difference in means, per column (NaN-aware).

    p = (1 + #{|d_perm| >= |d_obs|}) / (1 + n_perm): never 0, valid for small groups.
    """
    X = np.vstack([Xa, Xb])
    na, N = len(Xa), len(X)
    mask = ~np.isnan(X)
    X0 = np.where(mask, X, 0.0)
    M = mask.astype(float)
    tot_s, tot_c = X0.sum(axis=0), M.sum(axis=0)

    def diffs(G: np.ndarray) -> np.ndarray:
        sa, ca = G @ X0, G @ M
        sb, cb = tot_s - sa, tot_c - ca
        with np.errstate(invalid="ignore", divide="ignore"):
            return sa / ca - sb / cb

    g_obs = np.zeros((1, N))
    g_obs[0, :na] = 1.0
    d_obs = np.abs(diffs(g_obs)[0])
    tol = 1e-12 * np.maximum(1.0, np.abs(d_obs))
    exceed = np.zeros(X.shape[1])
    step = max(1, _MAX_CELLS // max(N, 1))
    for lo in range(0, n_perm, step):
        k = min(n_perm, lo + step) - lo
        ranks = np.argsort(rng.random((k, N)), axis=1)
        G = (ranks < na).astype(float)
        d = np.abs(diffs(G))
        exceed += np.nansum(d >= d_obs - tol, axis=0)
    p = (1.0 + exceed) / (1.0 + n_perm)
    p[np.isnan(d_obs)] = np.nan
    return p


def pairwise_differences(
    feats: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | None = None,
    n_boot: int = 2000,
    ci: float = 0.95,
    random_state: int | None = 0,
    alpha: float = 0.05,
    correction: str = "holm",
) -> pd.DataFrame:
    """Difference in means between every pair of groups, with bootstrap CI and adjusted p-value.

    Parameters
    ----------
    feats
        Feature table (pandas or Dask); rows with ``status != "ok"`` are excluded.
    by
        Grouping column.
    features
        Numeric columns to compare (default: all, see :func:`feature_columns`).
    n_boot
        Bootstrap resamples (for the CI) and random permutations (for the p-value).
    ci
        Confidence level of the interval.
    random_state
        Seed.
    alpha
        Level at which ``significant`` is flagged, after correction.
    correction
        Multiple-comparison procedure applied across *all* comparisons in the table (every
        pair × every feature): ``"holm"`` (family-wise error), ``"bh"`` (false discovery
        rate), ``"bonferroni"`` or ``"none"``.

    Returns
    -------
    pandas.DataFrame
        ``group_a``, ``group_b``, ``feature``, ``n_a``, ``n_b``, ``mean_a``, ``mean_b``,
        ``diff`` (``mean_a - mean_b``), ``ci_low``, ``ci_high`` (percentile bootstrap,
        resampling articles within each group independently), ``p_value`` (two-sided
        permutation test of equal means, ``(1 + #extreme) / (1 + n_boot)``), ``p_adjusted``,
        ``significant`` (``p_adjusted < alpha``), ``note``.  When either group has fewer than
        two values the CI and p-values are NaN, ``significant`` is False and ``note`` says so.

    Notes
    -----
    The smallest attainable permutation p-value is ``1 / (1 + n_boot)``, and with few articles
    per group it is larger still (two groups of two articles have only six distinct splits).
    With many comparisons, Holm's threshold ``alpha / m`` may be below what ``n_boot``
    permutations can reach: raise ``n_boot`` or use ``correction="bh"``.

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": list("AAAAABBBBB"), "status": "ok",
    ...                       "x": [1, 2, 1, 2, 1, 5, 6, 5, 6, 5]})
    >>> d = pairwise_differences(feats, n_boot=500)
    >>> d.loc[0, "group_a"], d.loc[0, "group_b"], float(d.loc[0, "diff"])
    ('A', 'B', -4.0)
    >>> bool(d["significant"].iloc[0])
    True
    """
    _check_common(n_boot, ci)
    if not 0 < alpha < 1:
        raise FramingError(f"alpha must be between 0 and 1, not {alpha!r}")
    adjust_pvalues([], method=correction)  # validates the name early
    ok, _ = ok_rows(feats, by=by)
    cols = feature_columns(ok, by=by, features=features)
    rng = np.random.default_rng(random_state)
    mats = _group_matrices(ok, by, cols)
    groups = list(mats)
    boots = {g: _bootstrap_means(mats[g], n_boot, rng) for g in groups}
    parts = []
    for a, b in itertools.combinations(groups, 2):
        Xa, Xb = mats[a], mats[b]
        na, nb = (~np.isnan(Xa)).sum(axis=0), (~np.isnan(Xb)).sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ma = np.nansum(Xa, axis=0) / np.where(na > 0, na, np.nan)
            mb = np.nansum(Xb, axis=0) / np.where(nb > 0, nb, np.nan)
        small = (na < 2) | (nb < 2)
        lo, hi = _percentile_ci(boots[a] - boots[b], ci)
        p = _permutation_pvalues(Xa, Xb, n_boot, rng)
        lo[small], hi[small], p[small] = np.nan, np.nan, np.nan
        parts.append(pd.DataFrame({
            "group_a": a, "group_b": b, "feature": cols,
            "n_a": na.astype(int), "n_b": nb.astype(int),
            "mean_a": ma, "mean_b": mb, "diff": ma - mb,
            "ci_low": lo, "ci_high": hi, "p_value": p,
            "note": np.where(small, NOTE_PAIR_SMALL, ""),
        }))
    out_cols = ["group_a", "group_b", "feature", "n_a", "n_b", "mean_a", "mean_b", "diff",
                "ci_low", "ci_high", "p_value", "p_adjusted", "significant", "note"]
    if not parts:
        out = pd.DataFrame(columns=out_cols)
    else:
        out = pd.concat(parts, ignore_index=True)
        out["p_adjusted"] = adjust_pvalues(out["p_value"].to_numpy(), method=correction)
        out["significant"] = (out["p_adjusted"] < alpha).fillna(False).astype(bool)
        out = out[out_cols]
    out.attrs.update({"n_boot": int(n_boot), "ci": float(ci), "random_state": random_state,
                      "alpha": alpha, "correction": correction, "by": by,
                      "n_tests": int(out["p_value"].notna().sum()) if len(out) else 0})
    return out


def with_status(corpus: Any, feats: Any) -> pd.DataFrame:
    """The corpus with the ``status`` of each article from its feature table.

    :func:`distinguishing_terms` (and anything else that takes the corpus) leaves out rows whose
    ``status`` is not ``"ok"``; the status is computed by :func:`analysis.featurize`, so pass
    the corpus through this first to keep non-English, empty or too-short articles out of the
    term statistics, exactly as they are kept out of :func:`outlet_summary`.

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
    corpus = _as_pandas(corpus)
    feats = _as_pandas(feats)
    if "status" not in feats.columns:
        raise FramingError("the feature table has no 'status' column (it comes from analysis.featurize)")
    out = corpus.copy()
    if "article_id" in corpus.columns and "article_id" in feats.columns:
        status = feats.drop_duplicates("article_id").set_index("article_id")["status"]
        mapped = corpus["article_id"].map(status)
        missing = corpus.loc[mapped.isna(), "article_id"].tolist()
        if missing:
            raise FramingError(
                f"{len(missing)} article(s) of the corpus have no row in the feature table (e.g. {missing[:3]}): "
                "featurize the same corpus you pass here"
            )
        out["status"] = mapped.to_numpy()
    else:
        if len(feats) != len(corpus):
            raise FramingError(
                f"the corpus has {len(corpus)} rows and the feature table {len(feats)}, and there is no article_id "
                "to match them: featurize the same corpus you pass here"
            )
        out["status"] = feats["status"].to_numpy()
    return out


def select_groups(corpus: Any, *, column: str, groups: Mapping[str, str], name: str = "group") -> pd.DataFrame:
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
    >>> out = select_groups(c, column="outlet", groups={"GB": "West", "US": "West", "RU": "Russia"}, name="bloc")
    >>> out["bloc"].tolist(), out.attrs["select_groups"]["left_out"]
    (['West', 'West', 'Russia'], 1)
    """
    corpus = _as_pandas(corpus)
    if column not in corpus.columns:
        raise FramingError(f"select_groups: no column {column!r} (columns: {', '.join(map(str, corpus.columns))})")
    if name in corpus.columns and name != column:
        raise FramingError(f"select_groups: the corpus already has a column {name!r}; choose another name")
    keep = corpus[column].isin(list(groups))
    if not keep.any():
        raise FramingError(f"select_groups: no article has a {column} among {sorted(groups)}")
    out = corpus[keep].copy()
    out[name] = out[column].map(dict(groups))
    out.attrs["select_groups"] = {"column": column, "groups": dict(groups), "selected": int(keep.sum()),
                                  "left_out": int((~keep).sum())}
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
    feats = _as_pandas(feats)
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


# --------------------------------------------------------------------------------------------
# distinguishing terms (Monroe, Colaresi & Quinn 2008)
# --------------------------------------------------------------------------------------------

#: Default tokens: dotted abbreviations ("U.S.", "U.K.", "a.m.") as one token, else words of
#: letters (with inner apostrophes or hyphens); lower-cased.  Without the first alternative
#: "U.S." became the two tokens "u" and "s", which then ranked as distinguishing terms.
TOKEN_PATTERN = r"(?u)(?:\b[^\W\d_]\.){2,}|\b[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*\b"


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


#: A short all-capitals word standing alone (not inside a compound such as "US-led").
_CAPS_WORD = re.compile(r"(?<![\w.'\u2019-])[A-Z]{2,4}(?![\w'\u2019-]|\.\w)")


def _dotted_if_stop_word(m: re.Match[str]) -> str:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # the Glasgow stop-word list

    w = m.group()
    return ".".join(w) + "." if w.lower() in ENGLISH_STOP_WORDS else w


def _normalise_for_terms(text: str) -> str:
    """Lower-case and unify apostrophes, so "Russia’s" and "Russia's" are one term.

    An acronym that lower-cases to an English stop word ("US", "WHO", "IT": scikit-learn's
    ``ENGLISH_STOP_WORDS``) is first written dotted, so that "US" and "U.S." are one term ("u.s.") and neither is merged with
    the pronoun "us".

    Examples
    --------
    >>> _normalise_for_terms("The US told us; the U.S. and the WHO, who knew. NATO’s US-led")
    "the u.s. told us; the u.s. and the w.h.o., who knew. nato's us-led"
    """
    return _CAPS_WORD.sub(_dotted_if_stop_word, text).lower().translate(_APOSTROPHES)


def _texts(corpus: pd.DataFrame, voice: str) -> list[str]:
    if voice == "author" and "author_text" in corpus.columns:
        col = corpus["author_text"]
    elif voice == "all" and "body" in corpus.columns:
        col = corpus["body"]
    elif voice == "quoted" and "quoted_text" in corpus.columns:
        col = corpus["quoted_text"]
    else:
        if voice not in ("author", "quoted", "all"):
            raise FramingError(f"voice must be 'author', 'quoted' or 'all', not {voice!r}")
        from ..pipeline import texts_for_voice  # lazy: runs the cleaning + quote pipeline

        if "text" not in corpus.columns and "body" not in corpus.columns:
            raise FramingError(
                f"distinguishing_terms: the corpus has no 'text' column (as loaded by load_corpus) nor a 'body' "
                f"column (clean_corpus); columns are {list(corpus.columns)[:12]}"
            )
        return [t if isinstance(t, str) else "" for t in texts_for_voice(corpus, voice)]
    return [t if isinstance(t, str) else "" for t in col]


def distinguishing_terms(
    corpus: Any,
    *,
    by: str = "outlet",
    voice: str = "author",
    ngram_range: tuple[int, int] = (1, 2),
    min_count: int = 3,
    prior_scale: float = 0.1,
    top: int | None = None,
    stop_words: Sequence[str] | None = None,
    token_pattern: str = TOKEN_PATTERN,
) -> pd.DataFrame:
    """Terms that distinguish each group from all the others: log-odds with an informative prior.

    For every group *i* and term *w*, the group's counts ``y_iw`` are compared with the pooled
    counts of all other groups ``y_jw`` (Monroe, Colaresi & Quinn 2008, *Political Analysis*
    16(4), eqs. 16–22)::

        a_w     = prior_scale * y_w                    (informative Dirichlet prior: whole corpus)
        a_0     = sum_w a_w
        delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
                - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
        var_w   = 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    where ``y_w`` is the term's count in the whole corpus and ``n_i``, ``n_j``, ``a_0`` are totals
    over the terms *of the same n-gram order* (unigrams and bigrams are separate multinomials).
    The prior shrinks the log-odds of rare terms towards zero, and ``z`` accounts for the
    remaining uncertainty, so frequent *and* lopsided terms rank first.

    Parameters
    ----------
    corpus
        Corpus DataFrame (pandas or Dask) with the ``by`` column.  If it has a ``status``
        column (e.g. merged from :func:`analysis.featurize`), rows whose status is not
        ``"ok"`` (not English, empty …) are left out (``attrs["n_excluded"]``).  Text: an ``author_text``
        column (voice ``"author"``), ``body`` (voice ``"all"``) or ``quoted_text`` (voice
        ``"quoted"``) when present; otherwise :func:`analysis.pipeline.texts_for_voice` runs
        the cleaning and quotation pipeline on ``text``.
    by
        Grouping column; at least two distinct values are needed.
    voice
        ``"author"`` (default: the outlet's own words, quotations removed), ``"quoted"`` or
        ``"all"``.
    ngram_range
        Smallest and largest n-gram length (word tokens).
    min_count
        Drop terms seen fewer than this many times in the whole corpus (after the totals and
        the prior are computed, so the filter does not change the other terms' scores).
    prior_scale
        ``a_w / y_w``: pseudo-counts the prior adds per corpus occurrence of the term, so the
        prior's total mass ``a_0`` is ``prior_scale`` times the corpus size.  The default 0.1
        shrinks rare terms firmly while keeping power for frequent ones: for a term used by
        one group only, ``z`` grows like ``sqrt(count) * log((1 + s) / s) / sqrt(1/s + 1/(1 + s))``,
        which peaks near ``s = 0.15`` (at ``s = 1`` it is a quarter lower, at ``s = 0.01``
        40 % lower).  Larger values trust the corpus-wide distribution more.
    top
        Keep only the ``top`` terms per group by ``z`` (default: all terms).
    stop_words
        Terms to ignore (default none: function words can be distinctive of style).
    token_pattern
        Regular expression for a token (scikit-learn ``CountVectorizer`` syntax).

    Returns
    -------
    pandas.DataFrame
        ``group``, ``term``, ``ngram`` (n), ``log_odds`` (delta), ``z``, ``count_group``,
        ``count_rest``, ``freq`` and ``freq_rest`` (per 1,000 n-grams of the same order),
        ``n_docs_group`` (documents of the group containing the term); sorted by group, then
        ``z`` descending.  Positive ``z``: used more by the group than by the rest.

    Examples
    --------
    >>> corpus = pd.DataFrame({"outlet": ["A", "A", "B", "B"],
    ...     "body": ["the invasion began", "an invasion again", "the operation began", "operation again"]})
    >>> t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=2)
    >>> t.groupby("group")["term"].first().to_dict()
    {'A': 'invasion', 'B': 'operation'}
    """
    from sklearn.feature_extraction.text import CountVectorizer

    if not isinstance(corpus, pd.DataFrame) and hasattr(corpus, "compute"):
        corpus = corpus.compute()
    check_corpus_frame(corpus, what="distinguishing_terms")
    if by not in corpus.columns:
        raise FramingError(f"the corpus has no column {by!r} to group by")
    if isinstance(prior_scale, bool) or not isinstance(prior_scale, (int, float, np.number)) or not 0 < prior_scale < np.inf:
        raise FramingError(f"prior_scale must be a positive number, not {prior_scale!r}")
    try:
        lo_n, hi_n = ngram_range
    except (TypeError, ValueError):
        raise FramingError(f"ngram_range must be a pair (min, max) such as (1, 2), not {ngram_range!r}") from None
    if not all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in (lo_n, hi_n)) or not (1 <= lo_n <= hi_n):
        raise FramingError(f"ngram_range must be (min, max) whole numbers with 1 <= min <= max, not {ngram_range!r}")
    if top is not None and (isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 0):
        raise FramingError(f"top must be None or a number of terms >= 0, not {top!r}")
    import re

    try:
        n_groups = re.compile(token_pattern).groups
    except (re.error, TypeError) as exc:
        raise FramingError(f"token_pattern {token_pattern!r} is not a valid regular expression ({exc})") from None
    if n_groups > 1:  # scikit-learn refuses it, which would look like an empty vocabulary
        raise FramingError(
            f"token_pattern {token_pattern!r} has {n_groups} capturing groups; use at most one (or (?:...) groups)"
        )
    keep = np.array(corpus[by].notna().to_numpy(), dtype=bool)  # a writable copy
    if "status" in corpus.columns:
        keep &= corpus["status"].astype("string").eq("ok").fillna(False).to_numpy(dtype=bool)
    n_excluded = int((~keep).sum())
    corpus = corpus.loc[keep]
    texts = _texts(corpus, voice)
    groups = corpus[by].astype(str).to_numpy()
    uniq = sorted(set(groups))
    out_cols = ["group", "term", "ngram", "log_odds", "z", "count_group", "count_rest", "freq",
                "freq_rest", "n_docs_group"]
    if len(uniq) < 2:
        raise FramingError(
            f"distinguishing_terms compares groups against each other; the corpus has {len(uniq)} "
            f"distinct value(s) of {by!r}"
        )
    vec = CountVectorizer(preprocessor=_normalise_for_terms, ngram_range=(lo_n, hi_n), token_pattern=token_pattern,
                          stop_words=list(stop_words) if stop_words else None, dtype=np.int64)
    try:
        X = vec.fit_transform(texts)  # sparse docs x vocab
    except ValueError:  # empty vocabulary
        return pd.DataFrame(columns=out_cols)
    vocab = vec.get_feature_names_out()
    order = np.char.count(vocab.astype(str), " ") + 1
    codes = pd.Categorical(groups, categories=uniq).codes
    from scipy import sparse

    G = sparse.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(uniq), len(codes)))
    Y = np.asarray((G @ X).todense(), dtype=float) if len(vocab) * len(uniq) <= 10_000_000 else None
    D = (G @ (X > 0).astype(np.int64)).tocsr()
    total = np.asarray(X.sum(axis=0)).ravel().astype(float)
    a = prior_scale * total
    # per-order totals of the corpus and of the prior
    orders = np.unique(order)
    a0 = np.zeros_like(total)
    n_tot = np.zeros_like(total)
    for o in orders:
        sel = order == o
        a0[sel] = a[sel].sum()
        n_tot[sel] = total[sel].sum()
    keep_terms = total >= min_count
    parts = []
    for gi, g in enumerate(uniq):
        yi = Y[gi] if Y is not None else np.asarray(G[gi] @ X).ravel().astype(float)
        yj = total - yi
        ni = np.zeros_like(total)
        for o in orders:
            sel = order == o
            ni[sel] = yi[sel].sum()
        nj = n_tot - ni
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = (np.log((yi + a) / (ni + a0 - yi - a)) - np.log((yj + a) / (nj + a0 - yj - a)))
            var = 1.0 / (yi + a) + 1.0 / (yj + a)
            z = delta / np.sqrt(var)
            freq = np.where(ni > 0, 1000.0 * yi / np.where(ni > 0, ni, 1), np.nan)
            freq_rest = np.where(nj > 0, 1000.0 * yj / np.where(nj > 0, nj, 1), np.nan)
        idx = np.flatnonzero(keep_terms)
        # sort by z descending, ties by term for determinism
        idx = idx[np.lexsort((vocab[idx], -z[idx]))]
        if top is not None:
            idx = idx[: int(top)]
        ndocs = np.asarray(D[gi].todense()).ravel()
        parts.append(pd.DataFrame({
            "group": g, "term": vocab[idx].astype(str), "ngram": order[idx].astype(int),
            "log_odds": delta[idx], "z": z[idx],
            "count_group": yi[idx].astype(np.int64), "count_rest": yj[idx].astype(np.int64),
            "freq": freq[idx], "freq_rest": freq_rest[idx], "n_docs_group": ndocs[idx].astype(np.int64),
        }))
    out = pd.concat(parts, ignore_index=True)[out_cols]
    out.attrs.update({"by": by, "voice": voice, "ngram_range": tuple(ngram_range), "min_count": min_count,
                      "prior_scale": prior_scale, "n_docs": len(texts), "n_excluded": n_excluded})
    return out
