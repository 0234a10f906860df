"""Resampling machinery shared by the outlet summaries and the pairwise differences.

Per-group matrices of a feature table, NaN-aware bootstrap means drawn as multinomial counts
(one matrix product per chunk of resamples, no Python loop over resamples), vectorised
percentile intervals, and the check of the bootstrap arguments.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import FramingError

__all__ = [
    "MAX_CELLS",
    "group_matrices",
    "bootstrap_means",
    "percentile_ci",
    "check_bootstrap_args",
    "check_level",
]

#: Cap on the elements of one (resamples x articles) weight matrix; larger jobs are chunked.
MAX_CELLS = 20_000_000


def group_matrices(ok: pd.DataFrame, by: str, features: list[str]) -> dict[str, np.ndarray]:
    """{group: float array (n_articles x n_features)} in sorted group order.

    Parameters
    ----------
    ok
        Usable rows of a feature table (:func:`analysis.compare.ok_rows`).
    by
        Grouping column.
    features
        Numeric feature columns.

    Returns
    -------
    dict
        Group name -> its rows' feature values (NaN where missing).

    Examples
    --------
    >>> m = group_matrices(pd.DataFrame({"g": ["b", "a", "b"], "x": [1.0, 2.0, 3.0]}), "g", ["x"])
    >>> {g: X.ravel().tolist() for g, X in m.items()}
    {'a': [2.0], 'b': [1.0, 3.0]}
    """
    if features:
        X = ok[features].to_numpy(dtype=float, na_value=np.nan)
    else:
        X = np.empty((len(ok), 0))
    codes, uniques = pd.factorize(ok[by], sort=True)
    return {str(g): X[codes == i] for i, g in enumerate(uniques)}


def bootstrap_means(X: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Bootstrap distribution of column means (NaN-aware): array (n_boot, n_features).

    Each resample draws ``n`` articles with replacement (as multinomial counts, so the work is
    one matrix product, not a Python loop); a feature's resampled mean is the mean over the
    drawn articles that have a value for it.

    Parameters
    ----------
    X
        Values (articles x features), NaN where missing.
    n_boot
        Number of resamples.
    rng
        Random generator (consumed in chunks of at most :data:`MAX_CELLS` weights).

    Returns
    -------
    numpy.ndarray
        Resampled means, NaN where a resample has no value of the feature.

    Examples
    --------
    >>> bootstrap_means(np.array([[1.0], [1.0]]), 3, np.random.default_rng(0)).ravel().tolist()
    [1.0, 1.0, 1.0]
    """
    n, f = X.shape
    out = np.full((n_boot, f), np.nan)
    if n == 0 or f == 0:
        return out
    mask = ~np.isnan(X)
    X0 = np.where(mask, X, 0.0)
    M = mask.astype(float)
    step = max(1, MAX_CELLS // max(n, 1))
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


def percentile_ci(boot: np.ndarray, ci: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval per column of ``boot`` (n_boot x k), ignoring NaN, vectorised.

    Same definition as ``numpy.nanpercentile`` (linear interpolation), without its per-column
    Python loop.

    Parameters
    ----------
    boot
        Resampled statistics (resamples x columns).
    ci
        Confidence level, e.g. 0.95.

    Returns
    -------
    low, high : numpy.ndarray
        The interval's bounds per column (NaN for a column without values).

    Examples
    --------
    >>> lo, hi = percentile_ci(np.arange(5.0)[:, None], 0.5)
    >>> float(lo[0]), float(hi[0])
    (1.0, 3.0)
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


def check_bootstrap_args(n_boot: int, ci: float = 0.95) -> None:
    """Raise :class:`FramingError` unless ``n_boot`` >= 1 is whole and 0 < ``ci`` < 1.

    Parameters
    ----------
    n_boot
        Number of resamples.
    ci
        Confidence level.

    Examples
    --------
    >>> check_bootstrap_args(200, 0.95)
    """
    if (
        not isinstance(n_boot, (int, np.integer))
        or isinstance(n_boot, (bool, np.bool_))
        or n_boot < 1
    ):
        raise FramingError(f"n_boot must be a positive integer, not {n_boot!r}")
    check_level(ci, "ci", example=0.95)


def check_level(value: float, name: str, *, example: float) -> None:
    """Raise :class:`FramingError` unless ``value`` is a number strictly between 0 and 1.

    Parameters
    ----------
    value
        A confidence or significance level.
    name
        The argument's name, for the message.
    example
        A typical value, for the message.

    Examples
    --------
    >>> check_level(0.05, "alpha", example=0.05)
    >>> check_level("x", "alpha", example=0.05)
    Traceback (most recent call last):
    ...
    analysis.errors.FramingError: alpha must be between 0 and 1 (e.g. 0.05), not 'x'
    """
    if (
        not isinstance(value, (int, float, np.number))
        or isinstance(value, (bool, np.bool_))
        or not 0 < value < 1
    ):
        raise FramingError(f"{name} must be between 0 and 1 (e.g. {example}), not {value!r}")
