"""Stability of the outlet clusters under bootstrap resampling of articles within outlets.

With one article per outlet (the bundled corpus) there is nothing to resample:
:func:`cluster_stability` says so (:data:`MSG_TOO_FEW_ARTICLES`) instead of inventing a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ...errors import FramingError
from ..frame import feature_columns, ok_rows
from .hierarchy import check_linkage_method
from .profiles import outlet_means, standardise

__all__ = ["MSG_TOO_FEW_ARTICLES", "StabilityResult", "cluster_stability"]

#: Message of :func:`cluster_stability` when some group has fewer than two articles.
MSG_TOO_FEW_ARTICLES = (
    "cluster stability needs at least 2 usable articles in every group; resampling a single "
    "article cannot show how stable the clusters are"
)


@dataclass(frozen=True)
class StabilityResult:
    """How often groups end up in the same cluster when their articles are resampled.

    Attributes
    ----------
    co_clustering : pandas.DataFrame
        Groups x groups: share of bootstrap replicates in which the two groups fall in the
        same of ``k`` clusters (NaN when stability could not be assessed).
    ari : numpy.ndarray
        Adjusted Rand index of each replicate's partition against the full-data partition.
    mean_ari : float
        Mean of ``ari`` (1 = the partition never changes; about 0 = no better than chance).
    reference : pandas.Series or None
        The full-data partition (cluster number per group).
    k : int or None
        Number of clusters.
    n : pandas.Series
        Usable articles per group.
    message : str
        Empty, or why stability could not be assessed.
    """

    co_clustering: pd.DataFrame
    ari: np.ndarray
    mean_ari: float
    reference: pd.Series | None
    k: int | None
    n: pd.Series
    message: str = ""


def _choose_k(L: np.ndarray) -> int:
    """Number of clusters at the largest jump between successive merge heights (2 … m-1)."""
    m = L.shape[0] + 1
    if m <= 3:
        return 2
    heights = L[:, 2]
    gaps = np.diff(heights)  # gaps[i]: jump from merge i to merge i+1
    # cutting just below merge i+1 leaves m - (i + 1) clusters; keep 2 <= k <= m - 1
    ks = m - (np.arange(len(gaps)) + 1)
    ok = (ks >= 2) & (ks <= m - 1)
    i = int(np.flatnonzero(ok)[np.argmax(gaps[ok])])
    return int(ks[i])


def _check_arguments(min_articles: int, n_boot: int, k: int | None, method: str) -> None:
    """Raise :class:`FramingError` on a bad argument of :func:`cluster_stability`."""
    if min_articles < 2:
        raise FramingError("min_articles must be at least 2: resampling one article shows nothing")
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise FramingError(f"n_boot must be a positive integer, not {n_boot!r}")
    if k is not None and (isinstance(k, bool) or not isinstance(k, (int, np.integer))):
        raise FramingError(f"k must be a whole number of clusters (or None), not {k!r}")
    check_linkage_method(method)


def _unassessable(groups: Sequence[str], n: pd.Series, min_articles: int) -> str:
    """Why stability cannot be assessed for these groups (``""`` when it can)."""
    small = n[n < min_articles]
    if len(small):
        names = ", ".join(f"{g} (n = {int(v)})" for g, v in small.items())
        return f"{MSG_TOO_FEW_ARTICLES}; too few articles: {names}"
    if len(groups) < 3:
        return f"cluster stability needs at least 3 groups; found {len(groups)}"
    return ""


def cluster_stability(
    feats: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | None = None,
    n_boot: int = 200,
    k: int | None = None,
    method: str = "ward",
    min_articles: int = 2,
    random_state: int | None = 0,
) -> StabilityResult:
    """Stability of the outlet clusters under bootstrap resampling of articles within outlets.

    Each replicate draws, for every group, as many articles as it has (with replacement),
    recomputes the group means, standardises them with the features kept on the full data,
    clusters them with the same method, and cuts the tree into ``k`` clusters.

    Parameters
    ----------
    feats
        Feature table (``status != "ok"`` rows are excluded).
    by
        Grouping column.
    features
        Numeric feature columns (default: all).
    n_boot
        Bootstrap replicates.
    k
        Number of clusters; default: where the full-data dendrogram has its largest jump in
        merge height (between 2 and groups - 1).
    method
        Linkage method (Euclidean distance).
    min_articles
        Minimum usable articles per group (at least 2); below it, no stability is reported.
    random_state
        Seed.

    Returns
    -------
    StabilityResult
        With NaN co-clustering, ``mean_ari`` NaN and an explicit ``message`` when some group
        has fewer than ``min_articles`` articles (e.g. the bundled corpus: one per outlet) or
        there are fewer than 3 groups.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> feats = pd.DataFrame({"outlet": np.repeat(list("ABCD"), 10), "status": "ok",
    ...                       "x": np.repeat([0.0, 0.2, 5.0, 5.2], 10) + rng.normal(0, 0.3, 40)})
    >>> st = cluster_stability(feats, n_boot=50, k=2)
    >>> float(st.co_clustering.loc["A", "B"]), float(st.co_clustering.loc["A", "C"])
    (1.0, 0.0)
    """
    from scipy.cluster.hierarchy import fcluster, linkage

    _check_arguments(min_articles, n_boot, k, method)
    ok, _ = ok_rows(feats, by=by)
    cols = feature_columns(ok, by=by, features=features)
    means, n = outlet_means(ok, by=by, features=cols)
    groups = [str(g) for g in means.index]
    index = pd.Index(groups, name=by)
    nan_frame = pd.DataFrame(np.nan, index=index, columns=index)
    message = _unassessable(groups, n, min_articles)
    if not message:
        Z, _ = standardise(means)
        if Z.shape[1] == 0:
            message = "no feature varies across the groups; nothing to cluster on"
    if message:
        return StabilityResult(nan_frame, np.array([]), float("nan"), None, k, n, message)
    L = linkage(Z.to_numpy(dtype=float), method=method)
    if k is None:
        k = _choose_k(L)
    if not 2 <= k <= len(groups):
        raise FramingError(f"k must be between 2 and the number of groups ({len(groups)}), not {k}")
    ref = fcluster(L, t=k, criterion="maxclust")
    mats = [ok.loc[ok[by] == g, list(Z.columns)].to_numpy(dtype=float) for g in groups]
    full = means[list(Z.columns)].to_numpy(dtype=float)
    co, aris = _resample(
        mats, ref, full, k=k, method=method, n_boot=n_boot, random_state=random_state
    )
    co_df = pd.DataFrame(co / n_boot, index=index, columns=index)
    reference = pd.Series(ref, index=groups, name="cluster")
    return StabilityResult(co_df, aris, float(aris.mean()), reference, int(k), n, "")


def _resample(
    mats: list[np.ndarray],
    ref: np.ndarray,
    full: np.ndarray,
    *,
    k: int,
    method: str,
    n_boot: int,
    random_state: int | None,
) -> tuple[np.ndarray, np.ndarray]:
    """Co-clustering counts (groups x groups) and each replicate's adjusted Rand index.

    Group means skip missing values, as the full-data means do; a feature a resample has no
    value of (every drawn article lacks it) takes the group's full-data mean (``full``).
    """
    from scipy.cluster.hierarchy import fcluster, linkage
    from sklearn.metrics import adjusted_rand_score

    rng = np.random.default_rng(random_state)
    co = np.zeros((len(mats), len(mats)))
    aris = np.empty(n_boot)
    for b in range(n_boot):
        M = np.vstack([_nanmean(X[rng.integers(0, len(X), len(X))]) for X in mats])
        M = np.where(np.isnan(M), full, M)
        sd = M.std(axis=0, ddof=1)
        Zb = (M - M.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
        lab = fcluster(linkage(Zb, method=method), t=k, criterion="maxclust")
        co += lab[:, None] == lab[None, :]
        aris[b] = adjusted_rand_score(ref, lab)
    return co, aris


def _nanmean(X: np.ndarray) -> np.ndarray:
    """Column means skipping missing values (NaN, without a warning, where a column has none)."""
    counts = (~np.isnan(X)).sum(axis=0)
    sums = np.nansum(X, axis=0)
    return np.divide(sums, counts, out=np.full(X.shape[1], np.nan), where=counts > 0)
