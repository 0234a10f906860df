"""Cluster outlets (and articles) on their framing features; PCA; similarity; stability.

The input is the feature table of :func:`analysis.featurize`.  Rows whose ``status`` is not
``"ok"`` are excluded.  Features are put on one scale before any distance is computed
(:func:`standardise`): every column is centred and divided by its standard deviation, and
columns that cannot be standardised are *dropped and listed* (``dropped``: all-NaN, with
missing values, constant).  Outlet-level analyses work on the outlets' mean feature vectors
(means over their articles), standardised across outlets.

With one article per outlet (the bundled corpus) an outlet's "profile" is one article's: the
dendrogram and PCA are still drawn, but :func:`cluster_stability` — which resamples each
outlet's articles — has nothing to resample and says so instead of inventing a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
import pandas as pd

from .frame import as_pandas, feature_columns, ok_rows
from ..errors import FramingError

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

#: Message of :func:`cluster_stability` when some group has fewer than two articles.
MSG_TOO_FEW_ARTICLES = (
    "cluster stability needs at least 2 usable articles in every group; resampling a single "
    "article cannot show how stable the clusters are"
)


def standardise(X: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """Z-score every column; drop (and report) the columns that cannot be standardised.

    Parameters
    ----------
    X
        Numeric DataFrame (rows: outlets or articles; columns: features).

    Returns
    -------
    Z : pandas.DataFrame
        ``(X - mean) / sd`` (sample sd, ``ddof=1``) of the kept columns, same index.
    dropped : dict
        ``{column: reason}`` for every dropped column: ``"all values missing"``,
        ``"k of n values missing"`` or ``"constant"`` (sd = 0: it cannot separate anything).

    Examples
    --------
    >>> Z, dropped = standardise(pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [5.0, 5.0, 5.0]}))
    >>> Z["a"].tolist(), dropped
    ([-1.0, 0.0, 1.0], {'b': 'constant'})
    """
    X = X.astype(float)
    dropped: dict[str, str] = {}
    keep = []
    n = len(X)
    for c in X.columns:
        miss = int(X[c].isna().sum())
        if miss == n:
            dropped[str(c)] = "all values missing"
        elif miss:
            dropped[str(c)] = f"{miss} of {n} values missing"
        elif n < 2 or not np.nanstd(X[c].to_numpy()) > 1e-12 * max(1.0, float(np.abs(X[c]).max())):
            dropped[str(c)] = "constant"
        else:
            keep.append(c)
    K = X[keep]
    Z = (K - K.mean()) / K.std(ddof=1)
    return Z, dropped


def outlet_means(feats: Any, *, by: str = "outlet", features: Sequence[str] | None = None) -> tuple[pd.DataFrame, pd.Series]:
    """Mean feature vector and number of usable articles of every group.

    Parameters
    ----------
    feats
        Feature table (``status != "ok"`` rows are excluded).
    by
        Grouping column.
    features
        Numeric columns (default: all, see :func:`analysis.compare.feature_columns`).

    Returns
    -------
    means : pandas.DataFrame
        Index: groups (sorted); columns: features.
    n : pandas.Series
        Usable articles per group.

    Examples
    --------
    >>> m, n = outlet_means(pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok", "x": [1.0, 3.0, 5.0]}))
    >>> m["x"].tolist(), n.tolist()
    ([2.0, 5.0], [2, 1])
    """
    ok, _ = ok_rows(feats, by=by)
    cols = feature_columns(ok, by=by, features=features)
    g = ok.groupby(by, sort=True)
    means = g[cols].mean()
    n = g.size().rename("n")
    return means, n


def _labels_with_n(groups: Sequence[str], n: pd.Series) -> list[str]:
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


def _linkage(Z: pd.DataFrame, method: str, metric: str) -> np.ndarray:
    from scipy.cluster.hierarchy import linkage

    if method not in _METHODS:
        raise FramingError(f"unknown linkage method {method!r}; use one of {', '.join(_METHODS)}")
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
        raise FramingError(f"cannot cluster with method={method!r}, metric={metric!r}: {exc}") from None


_METHODS = ("ward", "average", "complete", "single", "weighted", "centroid", "median")


def _cut(L: np.ndarray, k: int | None, index: Sequence[str]) -> pd.Series | None:
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
        raise FramingError(f"clustering needs at least 2 groups of {by!r} with usable articles; found {len(means)}")
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
    ids = ok[id_col].astype(str).tolist() if id_col in ok.columns else [str(i) for i in range(len(ok))]
    X = ok[cols].set_axis(ids, axis=0)
    Z, dropped = standardise(X)
    L = _linkage(Z, method, metric)
    n = pd.Series(1, index=ids, name="n")
    return ClusterResult(L, ids, n, Z, dropped, _cut(L, k, ids), method, metric)


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
    >>> feats = pd.DataFrame({"outlet": list("ABCD"), "status": "ok",
    ...                       "x": [0.0, 1.0, 2.0, 3.0], "y": [0.0, 1.0, 2.0, 3.1], "z": [1.0, 0.0, 1.0, 0.0]})
    >>> p = pca_biplot_data(feats)
    >>> list(p.scores.columns), bool(p.explained_variance_ratio[0] > 0.6)
    (['PC1', 'PC2', 'n'], True)
    """
    from sklearn.decomposition import PCA

    if level == "outlet":
        means, n = outlet_means(feats, by=by, features=features)
        Z, dropped = standardise(means)
        extra = pd.DataFrame({"n": n.reindex(Z.index).astype(int)}, index=Z.index)
    elif level == "article":
        ok, _ = ok_rows(feats, by=by)
        cols = feature_columns(ok, by=by, features=features)
        ids = ok["article_id"].astype(str).tolist() if "article_id" in ok.columns else [str(i) for i in range(len(ok))]
        Z, dropped = standardise(ok[cols].set_axis(ids, axis=0))
        extra = pd.DataFrame({"n": 1, "group": ok[by].astype(str).to_numpy()}, index=Z.index)
    else:
        raise FramingError(f"level must be 'outlet' or 'article', not {level!r}")
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


def outlet_similarity(
    feats: Any,
    *,
    by: str = "outlet",
    kind: str = "features",
    corpus: Any = None,
    features: Sequence[str] | None = None,
    voice: str = "author",
) -> pd.DataFrame:
    """Cosine similarity between groups: on standardised mean features, or on TF-IDF of their text.

    Parameters
    ----------
    feats
        Feature table (used for ``kind="features"``; may be ``None`` for ``"tfidf"``).
    by
        Grouping column.
    kind
        ``"features"``: cosine of the groups' standardised mean feature vectors (1 = same
        profile, -1 = opposite, 0 = unrelated; relative to the average group).
        ``"tfidf"``: cosine of TF-IDF vectors of each group's concatenated texts (0 … 1).
    corpus
        Corpus for ``kind="tfidf"`` (text as in :func:`analysis.compare.distinguishing_terms`:
        ``author_text`` / ``body`` columns when present, otherwise the pipeline is run).
    features
        Numeric feature columns for ``kind="features"``.
    voice
        Voice of the text for ``kind="tfidf"``.

    Returns
    -------
    pandas.DataFrame
        Square, symmetric, groups sorted on both axes, 1 on the diagonal; ``attrs["n"]`` holds
        the articles per group and ``attrs["dropped"]`` the dropped features.

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": list("ABC"), "status": "ok", "x": [0.0, 0.1, 5.0], "y": [0.0, 0.2, 5.0]})
    >>> s = outlet_similarity(feats)
    >>> bool(s.loc["A", "B"] > 0.9), bool(s.loc["A", "C"] < 0)
    (True, True)
    """
    from sklearn.metrics.pairwise import cosine_similarity

    if kind == "features":
        means, n = outlet_means(feats, by=by, features=features)
        Z, dropped = standardise(means)
        if Z.shape[1] == 0:
            raise FramingError("no feature varies across the groups; similarity is undefined")
        M = cosine_similarity(Z.to_numpy(dtype=float))
        idx = list(Z.index.astype(str))
    elif kind == "tfidf":
        if corpus is None:
            raise FramingError("kind='tfidf' needs the corpus (corpus=...) to read the texts from")
        from sklearn.feature_extraction.text import TfidfVectorizer

        from .terms import TOKEN_PATTERN, corpus_texts, normalise_for_terms

        corpus = as_pandas(corpus)
        if by not in corpus.columns:
            raise FramingError(f"the corpus has no column {by!r} to group by")
        corpus = corpus.loc[corpus[by].notna()]
        if "status" in corpus.columns:
            corpus = corpus.loc[corpus["status"].astype("string").eq("ok").fillna(False).to_numpy(dtype=bool)]
        texts = pd.Series(corpus_texts(corpus, voice), index=corpus.index)
        grp = corpus[by].astype(str)
        joined = texts.groupby(grp, sort=True).agg(lambda s: "\n\n".join(s))
        n = grp.value_counts().sort_index().rename("n")
        try:
            # the same terms as distinguishing_terms ("US" is not the pronoun "us")
            T = TfidfVectorizer(preprocessor=normalise_for_terms, token_pattern=TOKEN_PATTERN,
                                sublinear_tf=True).fit_transform(joined.tolist())
        except ValueError as exc:
            raise FramingError("the texts have no words to compare") from exc
        M = cosine_similarity(T)
        idx = list(joined.index.astype(str))
        dropped = {}
    else:
        raise FramingError(f"kind must be 'features' or 'tfidf', not {kind!r}")
    np.fill_diagonal(M, 1.0)
    M = (M + M.T) / 2
    out = pd.DataFrame(M, index=pd.Index(idx, name=by), columns=pd.Index(idx, name=by))
    out.attrs.update({"kind": kind, "n": {str(k): int(v) for k, v in n.items()}, "dropped": dropped})
    return out


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
    from sklearn.metrics import adjusted_rand_score

    if min_articles < 2:
        raise FramingError("min_articles must be at least 2: resampling one article shows nothing")
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 1:
        raise FramingError(f"n_boot must be a positive integer, not {n_boot!r}")
    if k is not None and (isinstance(k, bool) or not isinstance(k, (int, np.integer))):
        raise FramingError(f"k must be a whole number of clusters (or None), not {k!r}")
    if method not in _METHODS:
        raise FramingError(f"unknown linkage method {method!r}; use one of {', '.join(_METHODS)}")
    ok, _ = ok_rows(feats, by=by)
    cols = feature_columns(ok, by=by, features=features)
    means, n = outlet_means(ok, by=by, features=cols)
    groups = [str(g) for g in means.index]
    nan_frame = pd.DataFrame(np.nan, index=pd.Index(groups, name=by), columns=pd.Index(groups, name=by))

    def fail(msg: str, kk: int | None = k) -> StabilityResult:
        return StabilityResult(nan_frame, np.array([]), float("nan"), None, kk, n, msg)

    small = n[n < min_articles]
    if len(small):
        names = ", ".join(f"{g} (n = {int(v)})" for g, v in small.items())
        return fail(f"{MSG_TOO_FEW_ARTICLES}; too few articles: {names}")
    if len(groups) < 3:
        return fail(f"cluster stability needs at least 3 groups; found {len(groups)}")
    Z, dropped = standardise(means)
    if Z.shape[1] == 0:
        return fail("no feature varies across the groups; nothing to cluster on")
    kept = list(Z.columns)
    L = linkage(Z.to_numpy(dtype=float), method=method)
    if k is None:
        k = _choose_k(L)
    if not 2 <= k <= len(groups):
        raise FramingError(f"k must be between 2 and the number of groups ({len(groups)}), not {k}")
    ref = fcluster(L, t=k, criterion="maxclust")
    rng = np.random.default_rng(random_state)
    mats = [ok.loc[ok[by] == g, kept].to_numpy(dtype=float) for g in groups]
    co = np.zeros((len(groups), len(groups)))
    aris = np.empty(n_boot)
    for b in range(n_boot):
        M = np.vstack([X[rng.integers(0, len(X), len(X))].mean(axis=0) for X in mats])
        sd = M.std(axis=0, ddof=1)
        Zb = (M - M.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
        lab = fcluster(linkage(Zb, method=method), t=k, criterion="maxclust")
        co += lab[:, None] == lab[None, :]
        aris[b] = adjusted_rand_score(ref, lab)
    co_df = pd.DataFrame(co / n_boot, index=nan_frame.index, columns=nan_frame.columns)
    reference = pd.Series(ref, index=groups, name="cluster")
    return StabilityResult(co_df, aris, float(aris.mean()), reference, int(k), n, "")
