"""Tests of analysis.compare.cluster on synthetic feature tables with planted groups."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.compare.cluster import (
    MSG_TOO_FEW_ARTICLES,
    cluster_articles,
    cluster_outlets,
    cluster_stability,
    outlet_means,
    outlet_similarity,
    pca_biplot_data,
    standardise,
)
from analysis.errors import FramingError

WEST, EAST = ["BBC", "CNN", "Guardian"], ["RT", "TASS", "BelTA"]


def two_blocs(n_per_outlet: int = 8, seed: int = 0, sep: float = 3.0) -> pd.DataFrame:
    """Six outlets in two planted blocs that differ in two of four features."""
    rng = np.random.default_rng(seed)
    rows = []
    for outlet in WEST + EAST:
        shift = 0.0 if outlet in WEST else sep
        for i in range(n_per_outlet):
            rows.append(
                {
                    "article_id": f"{outlet}-{i}",
                    "outlet": outlet,
                    "status": "ok",
                    "rate_loaded_author": 2.0 + shift + rng.normal(0, 0.5),
                    "quote_share": 0.3 - 0.05 * shift + rng.normal(0, 0.03),
                    "noise": rng.normal(0, 1),
                    "constant": 7.0,
                    "naming_kyiv": "Kyiv" if outlet in WEST else "Kiev",
                }
            )
    return pd.DataFrame(rows)


def test_standardise_drops_and_documents():
    X = pd.DataFrame(
        {"a": [1.0, 2.0, 3.0], "b": [4.0, 4.0, 4.0], "c": [np.nan] * 3, "d": [1.0, np.nan, 2.0]}
    )
    Z, dropped = standardise(X)
    assert list(Z.columns) == ["a"]
    assert Z["a"].tolist() == [-1.0, 0.0, 1.0]
    assert dropped == {"b": "constant", "c": "all values missing", "d": "1 of 3 values missing"}


def test_outlet_means_exclude_bad_status():
    feats = pd.DataFrame(
        {"outlet": ["A", "A", "B"], "status": ["ok", "empty", "ok"], "x": [1.0, 99.0, 2.0]}
    )
    m, n = outlet_means(feats)
    assert m["x"].tolist() == [1.0, 2.0] and n.tolist() == [1, 1]


def test_cluster_outlets_recovers_planted_blocs():
    r = cluster_outlets(two_blocs(), k=2)
    c = r.clusters
    assert len({c[o] for o in WEST}) == 1 and len({c[o] for o in EAST}) == 1
    assert c[WEST[0]] != c[EAST[0]]
    assert r.linkage.shape == (5, 4)
    assert r.dropped == {"constant": "constant"}
    assert "BBC (n = 8)" in r.leaf_labels


@pytest.mark.parametrize("method", ["ward", "average", "complete"])
def test_cluster_outlets_methods(method):
    c = cluster_outlets(two_blocs(), k=2, method=method).clusters
    assert {c[o] for o in WEST}.isdisjoint({c[o] for o in EAST})


def test_cluster_outlets_needs_two_groups_and_varying_features():
    with pytest.raises(FramingError, match="at least 2 groups"):
        cluster_outlets(two_blocs().query("outlet == 'RT'"))
    flat = pd.DataFrame({"outlet": list("ABC"), "status": "ok", "x": [1.0, 1.0, 1.0]})
    with pytest.raises(FramingError, match="nothing to cluster"):
        cluster_outlets(flat)


def test_cluster_articles_recovers_blocs():
    feats = two_blocs(4)
    r = cluster_articles(feats, features=["rate_loaded_author", "quote_share"], k=2)
    bloc = feats.set_index("article_id")["outlet"].isin(WEST)
    table = pd.crosstab(r.clusters, bloc.reindex(r.clusters.index))
    assert (table.values.max(axis=1) == table.values.sum(axis=1)).all()  # pure clusters
    assert r.clusters.iloc[0] == 1  # canonical numbering


def test_pca_separates_blocs_on_pc1_with_loadings():
    p = pca_biplot_data(two_blocs())
    pc1 = p.scores["PC1"]
    assert np.sign(pc1[WEST]).nunique() == 1 and np.sign(pc1[WEST].iloc[0]) != np.sign(
        pc1[EAST].iloc[0]
    )
    # PC1 is driven by the two planted features, not by noise
    top = p.loadings["PC1"].abs().sort_values(ascending=False).index[:2]
    assert set(top) == {"rate_loaded_author", "quote_share"}
    assert p.scores["n"].tolist() == [8] * 6
    assert 0 < p.explained_variance_ratio.sum() <= 1 + 1e-9


def test_pca_article_level():
    p = pca_biplot_data(two_blocs(3), level="article")
    assert len(p.scores) == 18 and set(p.scores["group"]) == set(WEST + EAST)


def test_similarity_features_blocs():
    s = outlet_similarity(two_blocs(20))
    assert s.shape == (6, 6)
    assert np.allclose(np.diag(s), 1.0) and np.allclose(s, s.T)
    assert s.loc["BBC", "CNN"] > 0.5 and s.loc["RT", "TASS"] > 0.5
    assert s.loc["BBC", "RT"] < 0
    assert s.attrs["n"]["BBC"] == 20


def test_similarity_tfidf():
    corpus = pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "C"],
            "author_text": [
                "russian invasion of ukraine",
                "the invasion continues",
                "russian invasion of ukraine continues",
                "special military operation in donbass",
            ],
        }
    )
    s = outlet_similarity(None, kind="tfidf", corpus=corpus)
    assert s.loc["A", "B"] > s.loc["A", "C"]
    assert s.loc["A", "C"] == pytest.approx(0.0)
    with pytest.raises(FramingError, match="needs the corpus"):
        outlet_similarity(None, kind="tfidf")


def test_stability_recovers_planted_blocs():
    st = cluster_stability(two_blocs(10), n_boot=100)
    assert st.k == 2  # chosen at the largest jump of the dendrogram
    assert st.message == ""
    assert st.mean_ari == pytest.approx(1.0)
    assert st.co_clustering.loc["BBC", "CNN"] == 1.0 and st.co_clustering.loc["BBC", "RT"] == 0.0


def test_stability_lower_when_blocs_overlap():
    st_sep = cluster_stability(two_blocs(6, sep=3.0), n_boot=100, k=2)
    st_weak = cluster_stability(two_blocs(6, sep=0.2), n_boot=100, k=2)
    assert st_weak.mean_ari < st_sep.mean_ari


def test_stability_n1_outlet_gives_nan_and_message():
    feats = two_blocs(5)
    feats = feats[~((feats["outlet"] == "RT") & (feats["article_id"] != "RT-0"))]
    st = cluster_stability(feats, n_boot=20)
    assert np.isnan(st.mean_ari) and st.co_clustering.isna().all().all()
    assert st.message.startswith(MSG_TOO_FEW_ARTICLES) and "RT (n = 1)" in st.message


def test_stability_reproducible():
    a = cluster_stability(two_blocs(5, sep=0.5), n_boot=30, k=2, random_state=1)
    b = cluster_stability(two_blocs(5, sep=0.5), n_boot=30, k=2, random_state=1)
    pd.testing.assert_frame_equal(a.co_clustering, b.co_clustering)


def test_bundled_corpus_shape_one_article_per_outlet():
    # the bundled corpus: five outlets, one article each
    feats = pd.DataFrame(
        {
            "article_id": list("abcde"),
            "outlet": ["Mirror", "Mail", "UNILAD", "CD", "RT"],
            "status": "ok",
            "x": [1.0, 2.0, 3.0, 8.0, 9.0],
            "y": [0.1, 0.0, 0.3, 0.9, 1.0],
        }
    )
    r = cluster_outlets(feats, k=2)
    assert r.clusters["RT"] == r.clusters["CD"] != r.clusters["Mirror"]
    st = cluster_stability(feats)
    assert np.isnan(st.mean_ari) and "n = 1" in st.message


# --- hostile-input review (review-robust) -------------------------------------------------------


@pytest.mark.parametrize(
    "fn, kw, message",
    [
        (
            "cluster_outlets",
            {"k": "2"},
            r"k must be between 1 and the number of leaves \(\d+\), not '2'",
        ),  # was: TypeError
        (
            "cluster_outlets",
            {"method": "bogus"},
            r"unknown linkage method 'bogus'",
        ),  # was: scipy ValueError
        (
            "cluster_outlets",
            {"method": "average", "metric": "bogus"},
            r"cannot cluster with .*metric='bogus'",
        ),
        (
            "cluster_stability",
            {"n_boot": 0},
            r"n_boot must be a positive integer",
        ),  # was: NaN result + RuntimeWarnings
        (
            "cluster_stability",
            {"n_boot": -1},
            r"n_boot must be a positive integer",
        ),  # was: "negative dimensions"
        ("cluster_stability", {"method": "bogus"}, r"unknown linkage method 'bogus'"),
    ],
)
def test_cluster_bad_parameters_raise_framing_error(fn, kw, message):
    import analysis.compare.cluster as cl
    from analysis.errors import FramingError

    feats = pd.DataFrame(
        {
            "outlet": list("AABBCC"),
            "status": "ok",
            "x": [1.0, 2, 3, 4, 5, 6],
            "y": [1.0, 1, 2, 2, 3, 3],
        }
    )
    with pytest.raises(FramingError, match=message):
        getattr(cl, fn)(feats, **kw)


def test_stability_with_missing_feature_values():
    """Articles without a value of some feature (readability of a non-English text) are
    skipped in the resampled means as in the full-data means (scipy used to raise 'The
    condensed distance matrix must contain only finite values')."""
    import numpy as np
    import pandas as pd

    from analysis.compare.cluster import cluster_stability

    rng = np.random.default_rng(0)
    feats = pd.DataFrame(
        {
            "outlet": np.repeat(list("ABCD"), 10),
            "status": "ok",
            "x": np.repeat([0.0, 0.2, 5.0, 5.2], 10) + rng.normal(0, 0.3, 40),
            "y": np.repeat([1.0, 1.1, 3.0, 3.1], 10) + rng.normal(0, 0.3, 40),
        }
    )
    feats.loc[[0, 1, 2, 3, 4, 5, 6, 7, 8, 15, 25], "y"] = np.nan  # A keeps one value of y
    st = cluster_stability(feats, n_boot=60, k=2, random_state=1)
    assert np.isfinite(st.mean_ari)
    assert (
        float(st.co_clustering.loc["A", "B"]) == 1.0
        and float(st.co_clustering.loc["A", "C"]) == 0.0
    )
