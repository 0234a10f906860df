"""Do the groups differ at all on a feature?  One permutation test per feature, before pairs.

With many outlets the pairwise table (:func:`analysis.compare.pairwise_differences`) has a row
per pair and feature; :func:`group_differences` first asks, per feature, whether the group means
differ more than random relabelling of the articles would make them, and how much of the
article-to-article variance the grouping explains (eta squared).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .bootstrap import MAX_CELLS, check_bootstrap_args, check_level
from .differences import adjust_pvalues
from .frame import feature_columns, ok_rows

__all__ = ["NOTE_FEW_GROUPS", "group_differences"]

#: Note of a feature for which fewer than two groups have two or more values.
NOTE_FEW_GROUPS = "fewer than two groups with n >= 2: no test"

_COLUMNS = [
    "feature",
    "n_groups",
    "n",
    "eta_squared",
    "p_value",
    "p_adjusted",
    "significant",
    "note",
]


def group_differences(
    feats: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | None = None,
    n_perm: int = 2000,
    random_state: int | None = 0,
    alpha: float = 0.05,
    correction: str = "bh",
) -> pd.DataFrame:
    """Per feature: eta squared of the grouping and a permutation test of equal group means.

    Parameters
    ----------
    feats
        Feature table; rows with ``status != "ok"`` are excluded.
    by
        Grouping column.
    features
        Numeric columns to test (default: all, see :func:`analysis.compare.feature_columns`).
    n_perm
        Random relabellings of the articles (group sizes kept).
    random_state
        Seed.
    alpha
        Level at which ``significant`` is flagged, after correction.
    correction
        Across features: ``"bh"`` (Benjamini–Hochberg, default), ``"holm"``, ``"bonferroni"``
        or ``"none"`` (:func:`analysis.compare.adjust_pvalues`).

    Returns
    -------
    pandas.DataFrame
        ``feature``, ``n_groups`` and ``n`` (groups and articles with a value), ``eta_squared``
        (between-group sum of squares over total), ``p_value`` (``(1 + #{SSB_perm >= SSB}) /
        (1 + n_perm)``), ``p_adjusted``, ``significant``, ``note``.  Groups with a single
        value take part; a feature where fewer than two groups have two values is not tested.

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": list("AAAABBBBCCCC"), "status": "ok",
    ...                       "x": [1, 2, 1, 2, 5, 6, 5, 6, 1, 2, 1, 2],
    ...                       "y": [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]})
    >>> r = group_differences(feats, n_perm=500).set_index("feature")
    >>> bool(r.loc["x", "significant"]), bool(r.loc["y", "significant"])
    (True, False)
    >>> round(float(r.loc["x", "eta_squared"]), 2), float(r.loc["y", "eta_squared"])
    (0.93, 0.0)
    """
    check_bootstrap_args(n_perm)
    check_level(alpha, "alpha", example=0.05)
    adjust_pvalues([], method=correction)
    ok, _ = ok_rows(feats, by=by)
    cols = feature_columns(ok, by=by, features=features)
    codes_all = pd.factorize(ok[by], sort=True)[0]
    rng = np.random.default_rng(random_state)
    rows = []
    for col in cols:
        x = ok[col].to_numpy(dtype=float, na_value=np.nan)
        keep = ~np.isnan(x)
        rows.append(_one_feature(col, x[keep], codes_all[keep], n_perm, rng))
    out = pd.DataFrame(
        rows, columns=[c for c in _COLUMNS if c not in ("p_adjusted", "significant")]
    )
    out["p_adjusted"] = adjust_pvalues(out["p_value"].to_numpy(dtype=float), method=correction)
    out["significant"] = (out["p_adjusted"] < alpha).fillna(False).astype(bool)
    out = out[_COLUMNS]
    out.attrs.update(
        {
            "n_perm": int(n_perm),
            "correction": correction,
            "alpha": alpha,
            "by": by,
            "random_state": random_state,
        }
    )
    return out


def _one_feature(
    col: str, x: np.ndarray, codes: np.ndarray, n_perm: int, rng: np.random.Generator
) -> dict[str, Any]:
    """eta squared and the permutation p-value of one feature's non-missing values."""
    _, codes = np.unique(codes, return_inverse=True)
    sizes = np.bincount(codes)
    row = {"feature": col, "n_groups": int(sizes.size), "n": int(x.size)}
    if (sizes >= 2).sum() < 2:
        return {**row, "eta_squared": np.nan, "p_value": np.nan, "note": NOTE_FEW_GROUPS}
    centred = x - x.mean()
    sst = float((centred**2).sum())
    ssb_obs = _ssb(np.bincount(codes, weights=centred), sizes)
    if sst <= 0:
        return {**row, "eta_squared": 0.0, "p_value": 1.0, "note": "no variation"}
    n, g = x.size, sizes.size
    exceed = 0
    step = max(1, MAX_CELLS // max(n, 1))
    tol = 1e-12 * max(1.0, ssb_obs)
    for lo in range(0, n_perm, step):
        k = min(n_perm, lo + step) - lo
        perm = rng.permuted(np.tile(codes, (k, 1)), axis=1)
        idx = perm + g * np.arange(k)[:, None]
        sums = np.bincount(idx.ravel(), weights=np.tile(centred, k), minlength=k * g)
        exceed += int((_ssb(sums.reshape(k, g), sizes) >= ssb_obs - tol).sum())
    return {
        **row,
        "eta_squared": ssb_obs / sst,
        "p_value": (1 + exceed) / (1 + n_perm),
        "note": "",
    }


def _ssb(sums: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Between-group sum of squares of centred values from the group sums (last axis)."""
    return (sums**2 / sizes).sum(axis=-1)
