"""Hierarchical clustering of outlets (on their mean profiles) and of single articles.

With one article per outlet (the bundled corpus) an outlet's "profile" is one article's: the
dendrogram is still drawn, with the number of articles in every leaf label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ...errors import FramingError
from ..frame import feature_columns, ok_rows
from .profiles import outlet_means, standardise

__all__ = [
    "LINKAGE_METHODS",
    "ClusterResult",
    "cluster_outlets",
    "cluster_articles",
    "check_linkage_method",
]

#: The SciPy linkage methods accepted by the clustering functions.
LINKAGE_METHODS = ("ward", "average", "complete", "single", "weighted", "centroid", "median")


def _labels_with_n(groups: Sequence[str], n: pd.Series) -> list[str]:
    """``"RT (n = 1)"``: every group with its number of articles."""
    return [f"{g} (n = {int(n.get(g, 0))})" for g in groups]


@dataclass(frozen=True)
class ClusterResult:
    """Hierarchical clustering of outlets or articles.

    Attributes
    ----------
    linkage : numpy.ndarray
        SciPy linkage matrix ((m - 1) x 4).
    labels : list of str
        Leaf names (groups or article ids), in the row order of ``data``.
    n : pandas.Series
        Usable articles per leaf (1 for article-level clustering).
    data : pandas.DataFrame
        The standardised feature matrix that was clustered.
    dropped : dict
        Features dropped before standardising, with the reason.
    clusters : pandas.Series or None
        Flat cluster number (1..k) per leaf when ``k`` was given, numbered in order of first
        appearance in ``labels`` (so the numbering is deterministic).
    method, metric : str
        Linkage method and distance.
    """

    linkage: np.ndarray
    labels: list[str]
    n: pd.Series
    data: pd.DataFrame
    dropped: dict[str, str]
    clusters: pd.Series | None = None
    method: str = "ward"
    metric: str = "euclidean"

    @property
    def leaf_labels(self) -> list[str]:
        """Leaf labels with the number of articles, e.g. ``"RT (n = 1)"``."""
        return _labels_with_n(self.labels, self.n)


def check_linkage_method(method: str) -> None:
    """Raise :class:`FramingError` unless ``method`` is one of :data:`LINKAGE_METHODS`.

    Parameters
    ----------
    method
        Linkage method name.

    Examples
    --------
    >>> check_linkage_method("ward")
    """
    if method not in LINKAGE_METHODS:
        raise FramingError(
            f"unknown linkage method {method!r}; use one of {', '.join(LINKAGE_METHODS)}"
        )


def _linkage(Z: pd.DataFrame, method: str, metric: str) -> np.ndarray:
    """SciPy's linkage matrix of the rows of ``Z``; bad arguments raise FramingError."""
    from scipy.cluster.hierarchy import linkage

    check_linkage_method(method)
    if method in ("ward", "centroid", "median") and metric != "euclidean":
        raise FramingError(f"linkage method {method!r} needs metric='euclidean', not {metric!r}")
    if Z.shape[1] == 0:
        raise FramingError(
            "no feature varies across the rows being clustered (all were constant or missing); "
            "nothing to cluster on"
        )
    try:
        return linkage(Z.to_numpy(dtype=float), method=method, metric=metric)
    except ValueError as exc:  # an unknown metric name, …
        raise FramingError(
            f"cannot cluster with method={method!r}, metric={metric!r}: {exc}"
        ) from None


def _cut(L: np.ndarray, k: int | None, index: Sequence[str]) -> pd.Series | None:
    """Flat clusters 1..k numbered in order of first appearance (``None`` without ``k``)."""
    if k is None:
        return None
    from scipy.cluster.hierarchy import fcluster

    m = L.shape[0] + 1
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= m:
        raise FramingError(f"k must be between 1 and the number of leaves ({m}), not {k!r}")
    raw = fcluster(L, t=k, criterion="maxclust")
    # canonical numbering: clusters numbered 1, 2, … in order of their first row
    _, first = np.unique(raw, return_index=True)
    order = np.unique(raw)[np.argsort(first)]
    relabel = {int(c): i + 1 for i, c in enumerate(order)}
    return pd.Series([relabel[int(c)] for c in raw], index=list(index), name="cluster")


def cluster_outlets(
    feats: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | None = None,
    method: str = "ward",
    metric: str = "euclidean",
    k: int | None = None,
) -> ClusterResult:
    """Hierarchical clustering of groups on their standardised mean features.

    Parameters
    ----------
    feats
        Feature table (``status != "ok"`` rows are excluded).
    by
        Grouping column (outlet, country, lean …).
    features
        Numeric feature columns (default: all).
    method, metric
        SciPy linkage method (``"ward"``, ``"average"``, ``"complete"`` …) and distance.
    k
        Also cut the tree into ``k`` flat clusters (``clusters``).

    Returns
    -------
    ClusterResult

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": list("ABCD"), "status": "ok",
    ...                       "x": [0.0, 0.1, 5.0, 5.1], "y": [1.0, 1.1, 9.0, 9.2]})
    >>> r = cluster_outlets(feats, k=2)
    >>> r.clusters.tolist()
    [1, 1, 2, 2]
    """
    means, n = outlet_means(feats, by=by, features=features)
    if len(means) < 2:
        raise FramingError(
            f"clustering needs at least 2 groups of {by!r} with usable articles; found {len(means)}"
        )
    Z, dropped = standardise(means)
    L = _linkage(Z, method, metric)
    labels = [str(g) for g in Z.index]
    return ClusterResult(L, labels, n, Z, dropped, _cut(L, k, labels), method, metric)


def cluster_articles(
    feats: Any,
    *,
    features: Sequence[str] | None = None,
    id_col: str = "article_id",
    method: str = "ward",
    metric: str = "euclidean",
    k: int | None = None,
) -> ClusterResult:
    """Hierarchical clustering of individual articles on their standardised features.

    Parameters
    ----------
    feats
        Feature table (``status != "ok"`` rows are excluded).
    features
        Numeric feature columns (default: all).
    id_col
        Column naming the articles (leaf labels); row numbers if absent.
    method, metric
        SciPy linkage method and distance.
    k
        Also cut the tree into ``k`` flat clusters.

    Returns
    -------
    ClusterResult
        ``labels`` are article ids; ``n`` is 1 per article.  Compare ``clusters`` with the
        outlet column (e.g. ``pd.crosstab``) to see whether articles group by outlet.

    Examples
    --------
    >>> feats = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "outlet": "X", "status": "ok",
    ...                       "x": [0.0, 0.2, 5.0, 5.1]})
    >>> cluster_articles(feats, k=2).clusters.tolist()
    [1, 1, 2, 2]
    """
    ok, _ = ok_rows(feats, by=None)
    cols = feature_columns(ok, by=None, features=features)
    cols = [c for c in cols if c != id_col]
    if len(ok) < 2:
        raise FramingError(f"clustering needs at least 2 usable articles; found {len(ok)}")
    if id_col in ok.columns:
        ids = ok[id_col].astype(str).tolist()
    else:
        ids = [str(i) for i in range(len(ok))]
    X = ok[cols].set_axis(ids, axis=0)
    Z, dropped = standardise(X)
    L = _linkage(Z, method, metric)
    n = pd.Series(1, index=ids, name="n")
    return ClusterResult(L, ids, n, Z, dropped, _cut(L, k, ids), method, metric)
