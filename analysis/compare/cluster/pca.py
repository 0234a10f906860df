"""Principal components of standardised features (outlet means or articles), for a biplot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ...errors import FramingError
from ..frame import feature_columns, ok_rows
from .profiles import outlet_means, standardise

__all__ = ["PCAResult", "pca_biplot_data"]


@dataclass(frozen=True)
class PCAResult:
    """Principal components of standardised features, ready for a biplot.

    Attributes
    ----------
    scores : pandas.DataFrame
        One row per point (group or article): ``PC1 … PCk`` and ``n`` (articles), plus the
        ``group`` column for article-level PCA.
    loadings : pandas.DataFrame
        One row per feature: ``PC1 … PCk`` (unit-length component vectors).
    explained_variance_ratio : numpy.ndarray
        Share of the total variance of the standardised features per component.
    dropped : dict
        Features dropped before standardising, with the reason.
    level : str
        ``"outlet"`` or ``"article"``.
    """

    scores: pd.DataFrame
    loadings: pd.DataFrame
    explained_variance_ratio: np.ndarray
    dropped: dict[str, str]
    level: str = "outlet"


def _points(
    feats: Any, *, by: str, features: Sequence[str] | None, level: str
) -> tuple[pd.DataFrame, dict[str, str], pd.DataFrame]:
    """The standardised points of ``level``, the dropped features, and the extra score columns."""
    if level == "outlet":
        means, n = outlet_means(feats, by=by, features=features)
        Z, dropped = standardise(means)
        extra = pd.DataFrame({"n": n.reindex(Z.index).astype(int)}, index=Z.index)
    elif level == "article":
        ok, _ = ok_rows(feats, by=by)
        cols = feature_columns(ok, by=by, features=features)
        if "article_id" in ok.columns:
            ids = ok["article_id"].astype(str).tolist()
        else:
            ids = [str(i) for i in range(len(ok))]
        Z, dropped = standardise(ok[cols].set_axis(ids, axis=0))
        extra = pd.DataFrame({"n": 1, "group": ok[by].astype(str).to_numpy()}, index=Z.index)
    else:
        raise FramingError(f"level must be 'outlet' or 'article', not {level!r}")
    return Z, dropped, extra


def pca_biplot_data(
    feats: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | None = None,
    n_components: int = 2,
    level: str = "outlet",
) -> PCAResult:
    """PCA of standardised features (outlet means or articles), with loadings for a biplot.

    Parameters
    ----------
    feats
        Feature table (``status != "ok"`` rows are excluded).
    by
        Grouping column (point labels at outlet level; colour at article level).
    features
        Numeric feature columns (default: all).
    n_components
        Components to keep (at most ``min(points, features)``).
    level
        ``"outlet"`` (one point per group: its mean features) or ``"article"``.

    Returns
    -------
    PCAResult

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": list("ABCD"), "status": "ok", "x": [0.0, 1.0, 2.0, 3.0],
    ...                       "y": [0.0, 1.0, 2.0, 3.1], "z": [1.0, 0.0, 1.0, 0.0]})
    >>> p = pca_biplot_data(feats)
    >>> list(p.scores.columns), bool(p.explained_variance_ratio[0] > 0.6)
    (['PC1', 'PC2', 'n'], True)
    """
    from sklearn.decomposition import PCA

    Z, dropped, extra = _points(feats, by=by, features=features, level=level)
    k = min(n_components, Z.shape[0], Z.shape[1])
    if k < 1 or Z.shape[0] < 2:
        raise FramingError("PCA needs at least 2 points and 1 feature that varies across them")
    pca = PCA(n_components=k, svd_solver="full")
    S = pca.fit_transform(Z.to_numpy(dtype=float))
    comps = pca.components_.copy()
    # deterministic sign: the largest-|loading| feature of each component is positive
    signs = np.sign(comps[np.arange(k), np.abs(comps).argmax(axis=1)])
    signs[signs == 0] = 1
    comps *= signs[:, None]
    S *= signs[None, :]
    pcs = [f"PC{i + 1}" for i in range(k)]
    scores = pd.concat([pd.DataFrame(S, index=Z.index, columns=pcs), extra], axis=1)
    loadings = pd.DataFrame(comps.T, index=Z.columns, columns=pcs)
    return PCAResult(scores, loadings, pca.explained_variance_ratio_.copy(), dropped, level)
