"""Outlet profiles compared as wholes: clustering, PCA, similarity and cluster stability.

The input is the feature table of :func:`analysis.featurize`; rows whose ``status`` is not
``"ok"`` are excluded.  Features are standardised first (:func:`standardise`, in
:mod:`.profiles`, which also holds :func:`outlet_means`); :mod:`.hierarchy` clusters outlets
and articles, :mod:`.pca` computes a biplot's data, :mod:`.similarity` compares outlets by
cosine, and :mod:`.stability` resamples articles to show how stable the outlet clusters are.
"""

from .hierarchy import ClusterResult, cluster_articles, cluster_outlets
from .pca import PCAResult, pca_biplot_data
from .profiles import outlet_means, standardise
from .similarity import outlet_similarity
from .stability import MSG_TOO_FEW_ARTICLES, StabilityResult, cluster_stability

__all__ = [
    "standardise",
    "outlet_means",
    "ClusterResult",
    "cluster_outlets",
    "cluster_articles",
    "PCAResult",
    "pca_biplot_data",
    "outlet_similarity",
    "StabilityResult",
    "cluster_stability",
    "MSG_TOO_FEW_ARTICLES",
]
