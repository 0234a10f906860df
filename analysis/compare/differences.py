"""Pairwise differences between groups: bootstrap intervals, permutation p-values, corrections.

:func:`pairwise_differences` compares every pair of groups on every feature of the feature
table: the difference in means with a percentile-bootstrap interval, a two-sided permutation
p-value, and a multiple-comparison-aware ``significant`` flag (:func:`adjust_pvalues`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError
from .bootstrap import (
    MAX_CELLS,
    bootstrap_means,
    check_bootstrap_args,
    check_level,
    group_matrices,
    percentile_ci,
)
from .frame import feature_columns, ok_rows

__all__ = ["NOTE_PAIR_SMALL", "adjust_pvalues", "pairwise_differences"]

#: Note attached to a pairwise comparison where a group has fewer than two usable values.
NOTE_PAIR_SMALL = "n < 2 in a group: no uncertainty can be estimated"

_OUT_COLUMNS = [
    "group_a",
    "group_b",
    "feature",
    "n_a",
    "n_b",
    "mean_a",
    "mean_b",
    "diff",
    "ci_low",
    "ci_high",
    "effect_size",
    "effect_low",
    "effect_high",
    "p_value",
    "p_adjusted",
    "significant",
    "note",
]


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
        raise FramingError(
            f"unknown correction {method!r}; use 'holm', 'bh', 'bonferroni' or 'none'"
        )
    res = np.empty(m)
    res[order] = np.minimum(adj, 1.0)
    out[valid] = res
    return out


def _permutation_pvalues(
    Xa: np.ndarray, Xb: np.ndarray, n_perm: int, rng: np.random.Generator
) -> np.ndarray:
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
    step = max(1, MAX_CELLS // max(N, 1))
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
        Numeric columns to compare (default: all, see
        :func:`analysis.compare.feature_columns`).
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
        ``significant`` (``p_adjusted < alpha``), ``note``.  ``effect_size`` is Hedges' *g*
        (the difference over the pooled standard deviation, with the small-sample correction
        ``1 - 3 / (4 (n_a + n_b) - 9)``), ``effect_low`` / ``effect_high`` the bootstrap
        interval of the difference on the same scale (the pooled SD held fixed), so that
        features in different units can be read side by side.  When either group has fewer
        than two values the CI, effect size and p-values are NaN, ``significant`` is False and
        ``note`` says so; a feature with no spread in either group has no effect size.

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
    check_bootstrap_args(n_boot, ci)
    check_level(alpha, "alpha", example=0.05)
    adjust_pvalues([], method=correction)  # validates the name early
    ok, _ = ok_rows(feats, by=by)
    cols = feature_columns(ok, by=by, features=features)
    rng = np.random.default_rng(random_state)
    mats = group_matrices(ok, by, cols)
    boots = {g: bootstrap_means(mats[g], n_boot, rng) for g in mats}
    parts = [
        _pair_table(a, b, mats, boots, cols, n_boot=n_boot, ci=ci, rng=rng)
        for a, b in itertools.combinations(list(mats), 2)
    ]
    out = _adjusted(parts, alpha=alpha, correction=correction)
    out.attrs.update(
        {
            "n_boot": int(n_boot),
            "ci": float(ci),
            "random_state": random_state,
            "alpha": alpha,
            "correction": correction,
            "by": by,
            "n_tests": int(out["p_value"].notna().sum()) if len(out) else 0,
        }
    )
    return out


def _pair_table(
    a: str,
    b: str,
    mats: dict[str, np.ndarray],
    boots: dict[str, np.ndarray],
    cols: list[str],
    *,
    n_boot: int,
    ci: float,
    rng: np.random.Generator,
) -> pd.DataFrame:
    """Rows of one pair of groups (one per feature), before the p-values are adjusted."""
    Xa, Xb = mats[a], mats[b]
    na, nb = (~np.isnan(Xa)).sum(axis=0), (~np.isnan(Xb)).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        ma = np.nansum(Xa, axis=0) / np.where(na > 0, na, np.nan)
        mb = np.nansum(Xb, axis=0) / np.where(nb > 0, nb, np.nan)
    small = (na < 2) | (nb < 2)
    lo, hi = percentile_ci(boots[a] - boots[b], ci)
    p = _permutation_pvalues(Xa, Xb, n_boot, rng)
    lo[small], hi[small], p[small] = np.nan, np.nan, np.nan
    scale = _hedges_scale(Xa, Xb, na, nb)
    return pd.DataFrame(
        {
            "group_a": a,
            "group_b": b,
            "feature": cols,
            "n_a": na.astype(int),
            "n_b": nb.astype(int),
            "mean_a": ma,
            "mean_b": mb,
            "diff": ma - mb,
            "ci_low": lo,
            "ci_high": hi,
            "effect_size": (ma - mb) * scale,
            "effect_low": lo * scale,
            "effect_high": hi * scale,
            "p_value": p,
            "note": np.where(small, NOTE_PAIR_SMALL, ""),
        }
    )


def _hedges_scale(Xa: np.ndarray, Xb: np.ndarray, na: np.ndarray, nb: np.ndarray) -> np.ndarray:
    """Per feature, the factor turning a difference in means into Hedges' g (NaN if undefined).

    ``J / s_pooled`` with ``s_pooled² = ((n_a - 1) s_a² + (n_b - 1) s_b²) / (n_a + n_b - 2)``
    and ``J = 1 - 3 / (4 (n_a + n_b) - 9)``; NaN when a group has fewer than two values or
    neither group varies.
    """
    with np.errstate(invalid="ignore", divide="ignore"):
        ssa = np.nansum((Xa - np.nanmean(Xa, axis=0)) ** 2, axis=0) if len(Xa) else 0.0
        ssb = np.nansum((Xb - np.nanmean(Xb, axis=0)) ** 2, axis=0) if len(Xb) else 0.0
        dof = na + nb - 2
        sd = np.sqrt((ssa + ssb) / np.where(dof > 0, dof, np.nan))
        j = 1 - 3 / (4 * (na + nb) - 9)
        scale = j / np.where(sd > 0, sd, np.nan)
    return np.where((na < 2) | (nb < 2), np.nan, scale)


def _adjusted(parts: list[pd.DataFrame], *, alpha: float, correction: str) -> pd.DataFrame:
    """All pairs in one table, with ``p_adjusted`` over every comparison and ``significant``."""
    if not parts:
        return pd.DataFrame(columns=_OUT_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    out["p_adjusted"] = adjust_pvalues(out["p_value"].to_numpy(), method=correction)
    out["significant"] = (out["p_adjusted"] < alpha).fillna(False).astype(bool)
    return out[_OUT_COLUMNS]
