"""Tests of analysis.compare on synthetic feature tables and corpora with known answers.

Expected values are written by hand from the construction of each synthetic table, never
computed by the code under test.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.compare import (
    NOTE_N1,
    NOTE_PAIR_SMALL,
    add_rates,
    adjust_pvalues,
    distinguishing_terms,
    feature_columns,
    ok_rows,
    outlet_summary,
    pairwise_differences,
    select_groups,
    with_status,
)
from analysis.errors import FramingError


def planted_feats(n: int = 30, seed: int = 1) -> pd.DataFrame:
    """Outlets A and B: `planted` differs by 2 units (sd 0.5), `null` has the same distribution."""
    rng = np.random.default_rng(seed)
    rows = []
    for outlet, shift in (("A", 0.0), ("B", 2.0)):
        for i in range(n):
            rows.append(
                {
                    "article_id": f"{outlet}{i}",
                    "outlet": outlet,
                    "status": "ok",
                    "planted": 5.0 + shift + rng.normal(0, 0.5),
                    "null": 1.0 + rng.normal(0, 0.5),
                    "naming_kyiv": "Kyiv",
                }
            )
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------- outlet_summary


def test_summary_exact_means_and_columns():
    feats = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3", "b1"],
            "outlet": ["A", "A", "A", "B"],
            "status": ["ok"] * 4,
            "quote_share": [0.1, 0.2, 0.3, 0.5],
            "n_direct_quotes": [1, 2, 3, 7],
        }
    )
    s = outlet_summary(feats, n_boot=300)
    assert list(s.columns) == [
        "outlet",
        "feature",
        "n",
        "n_excluded",
        "mean",
        "sd",
        "ci_low",
        "ci_high",
        "note",
    ]
    got = s.set_index(["outlet", "feature"])
    assert got.loc[("A", "quote_share"), "mean"] == pytest.approx(0.2)
    assert got.loc[("A", "n_direct_quotes"), "mean"] == pytest.approx(2.0)
    assert got.loc[("B", "n_direct_quotes"), "mean"] == pytest.approx(7.0)
    assert got.loc[("A", "quote_share"), "n"] == 3
    # bootstrap CI of a mean lies within the range of the data and contains the mean
    lo, hi = got.loc[("A", "quote_share"), ["ci_low", "ci_high"]]
    assert 0.1 <= lo <= 0.2 <= hi <= 0.3


def test_summary_n1_gives_nan_ci_and_note():
    feats = pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok", "x": [1.0, 3.0, 10.0]})
    s = outlet_summary(feats, n_boot=100).set_index("outlet")
    assert np.isnan(s.loc["B", "ci_low"]) and np.isnan(s.loc["B", "ci_high"])
    assert s.loc["B", "note"] == NOTE_N1 == "n = 1: no uncertainty can be estimated"
    assert s.loc["B", "mean"] == 10.0
    assert s.loc["A", "note"] == ""
    assert not np.isnan(s.loc["A", "ci_low"])


def test_summary_excludes_and_counts_bad_status():
    feats = pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "B", "B"],
            "status": ["ok", "ok", "empty", "ok", "not English"],
            "x": [1.0, 3.0, 1000.0, 4.0, -1000.0],
        }
    )
    s = outlet_summary(feats, n_boot=100).set_index("outlet")
    assert s.loc["A", "mean"] == 2.0 and s.loc["A", "n"] == 2 and s.loc["A", "n_excluded"] == 1
    assert s.loc["B", "mean"] == 4.0 and s.loc["B", "n"] == 1 and s.loc["B", "n_excluded"] == 1


def test_summary_group_with_only_excluded_rows_is_reported():
    feats = pd.DataFrame(
        {"outlet": ["A", "A", "C"], "status": ["ok", "ok", "too short"], "x": [1.0, 2.0, 9.0]}
    )
    s = outlet_summary(feats, n_boot=50).set_index("outlet")
    assert s.loc["C", "n"] == 0 and s.loc["C", "n_excluded"] == 1 and np.isnan(s.loc["C", "mean"])


def test_summary_reproducible_and_seed_sensitive():
    feats = planted_feats(10)
    a = outlet_summary(feats, n_boot=200, random_state=3)
    b = outlet_summary(feats, n_boot=200, random_state=3)
    c = outlet_summary(feats, n_boot=200, random_state=4)
    pd.testing.assert_frame_equal(a, b)
    assert not np.allclose(a["ci_low"], c["ci_low"])


def test_summary_ci_coverage_is_roughly_nominal():
    # 40 articles from N(0, 1): the 95 % CI should contain 0 in most of 60 replicate tables
    rng = np.random.default_rng(0)
    rows = [
        {"outlet": f"G{r}", "status": "ok", "x": v} for r in range(60) for v in rng.normal(0, 1, 40)
    ]
    s = outlet_summary(pd.DataFrame(rows), n_boot=1000)
    covered = ((s["ci_low"] <= 0) & (s["ci_high"] >= 0)).mean()
    assert 0.85 <= covered <= 1.0


def test_summary_nan_values_counted_per_feature():
    feats = pd.DataFrame(
        {"outlet": ["A"] * 3, "status": "ok", "x": [1.0, np.nan, 3.0], "y": [1.0, 1.0, 1.0]}
    )
    s = outlet_summary(feats, n_boot=100).set_index("feature")
    assert s.loc["x", "n"] == 2 and s.loc["x", "mean"] == 2.0
    assert s.loc["y", "ci_low"] == 1.0 and s.loc["y", "ci_high"] == 1.0  # constant: zero-width CI


def test_summary_custom_by_and_features():
    feats = planted_feats(5).assign(country=lambda d: d["outlet"].map({"A": "GB", "B": "RU"}))
    s = outlet_summary(feats, by="country", features=["planted"], n_boot=50)
    assert list(s.columns[:2]) == ["country", "feature"]
    assert set(s["country"]) == {"GB", "RU"} and set(s["feature"]) == {"planted"}


def test_summary_rejects_unknown_by_and_non_numeric_feature():
    feats = planted_feats(3)
    with pytest.raises(FramingError, match="no column 'lean'"):
        outlet_summary(feats, by="lean")
    with pytest.raises(FramingError, match="numeric"):
        outlet_summary(feats, features=["naming_kyiv"])
    with pytest.raises(FramingError, match="n_boot"):
        outlet_summary(feats, n_boot=0)


def test_summary_accepts_lazy_frame_with_compute():
    class Lazy:
        def __init__(self, df):
            self.df = df

        def compute(self):
            return self.df

    feats = planted_feats(4)
    pd.testing.assert_frame_equal(
        outlet_summary(Lazy(feats), n_boot=50), outlet_summary(feats, n_boot=50)
    )


def test_feature_columns_skip_strings_ids_and_by():
    feats = planted_feats(2)
    assert feature_columns(feats) == ["planted", "null"]


def test_ok_rows_without_status_column_keeps_everything():
    ok, excl = ok_rows(pd.DataFrame({"outlet": ["A", "B"], "x": [1, 2]}))
    assert len(ok) == 2 and excl.sum() == 0


def test_summary_is_fast_for_many_features_and_groups():
    import time

    rng = np.random.default_rng(0)
    df = pd.DataFrame(rng.normal(size=(5000, 100)), columns=[f"f{i}" for i in range(100)])
    df["outlet"] = rng.integers(0, 20, 5000).astype(str)
    df["status"] = "ok"
    t = time.perf_counter()
    s = outlet_summary(df, n_boot=2000)
    assert len(s) == 20 * 100
    assert time.perf_counter() - t < 10  # ~2 s on the 2-core dev box


# ---------------------------------------------------------------------------- pairwise


def test_planted_difference_significant_null_not():
    d = pairwise_differences(planted_feats(30), n_boot=2000).set_index("feature")
    planted, null = d.loc["planted"], d.loc["null"]
    # A - B = -2 by construction
    assert planted["diff"] == pytest.approx(-2.0, abs=0.4)
    assert planted["ci_high"] < 0  # CI excludes 0
    assert bool(planted["significant"])
    assert planted["p_adjusted"] < 0.01
    assert null["ci_low"] < 0 < null["ci_high"]
    assert not bool(null["significant"])


@pytest.mark.parametrize("correction", ["holm", "bh", "bonferroni"])
def test_planted_difference_survives_each_correction(correction):
    d = pairwise_differences(planted_feats(20), n_boot=1000, correction=correction).set_index(
        "feature"
    )
    assert bool(d.loc["planted", "significant"]) and not bool(d.loc["null", "significant"])


def test_pairwise_small_groups_nan_with_note():
    feats = pd.DataFrame(
        {"outlet": ["A", "A", "A", "B"], "status": "ok", "x": [1.0, 2.0, 3.0, 9.0]}
    )
    d = pairwise_differences(feats, n_boot=100)
    assert len(d) == 1
    row = d.iloc[0]
    assert row["diff"] == -7.0
    assert np.isnan(row["ci_low"]) and np.isnan(row["p_value"]) and np.isnan(row["p_adjusted"])
    assert not row["significant"] and row["note"] == NOTE_PAIR_SMALL


def test_pairwise_three_groups_all_pairs_once():
    feats = pd.DataFrame({"outlet": list("AABBCC"), "status": "ok", "x": [1, 2, 3, 4, 5, 6.0]})
    d = pairwise_differences(feats, n_boot=50)
    assert list(zip(d["group_a"], d["group_b"])) == [("A", "B"), ("A", "C"), ("B", "C")]
    assert d["diff"].tolist() == [-2.0, -4.0, -2.0]


def test_permutation_pvalue_floor_for_tiny_groups():
    # 2 vs 2 articles: only 6 splits, 2 of them as extreme as the observed one -> p >= 1/3
    feats = pd.DataFrame({"outlet": list("AABB"), "status": "ok", "x": [0.0, 0.1, 10.0, 10.1]})
    d = pairwise_differences(feats, n_boot=2000)
    assert d.loc[0, "p_value"] > 0.25
    assert not d.loc[0, "significant"]


def test_pairwise_excludes_bad_status():
    feats = planted_feats(10)
    bad = feats.iloc[:3].assign(status="empty", planted=1e6)
    d1 = pairwise_differences(feats, n_boot=100)
    d2 = pairwise_differences(pd.concat([feats, bad], ignore_index=True), n_boot=100)
    pd.testing.assert_series_equal(d1["diff"], d2["diff"])


@pytest.mark.parametrize(
    "p, method, expected",
    [
        ([0.01, 0.04, 0.03], "holm", [0.03, 0.06, 0.06]),
        ([0.01, 0.04, 0.03], "bh", [0.03, 0.04, 0.04]),
        ([0.01, 0.04, 0.03], "bonferroni", [0.03, 0.12, 0.09]),
        ([0.5, np.nan, 0.01], "holm", [0.5, np.nan, 0.02]),
        ([0.9, 0.8], "holm", [1.0, 1.0]),  # 2 x 0.8 = 1.6, capped; step-down keeps it monotone
        ([0.04, 0.2, 0.01, 0.3], "holm", [0.12, 0.4, 0.04, 0.4]),
        ([0.6, 0.7], "bonferroni", [1.0, 1.0]),
    ],
)
def test_adjust_pvalues_table(p, method, expected):
    np.testing.assert_allclose(adjust_pvalues(p, method=method), expected, rtol=1e-9)


def test_adjust_pvalues_unknown_method():
    with pytest.raises(FramingError, match="unknown correction"):
        adjust_pvalues([0.1], method="sidak-ish")


# ---------------------------------------------------------------------------- distinguishing terms

FILLER = (
    "the government said on monday that talks would continue and officials met in the city "
    "while the army moved troops near the border and leaders spoke about the situation"
)


def planted_corpus(n_per_group: int = 8) -> pd.DataFrame:
    rows = []
    for g, planted in (("GB", "invasion"), ("RU", "denazification"), ("US", None)):
        for i in range(n_per_group):
            extra = f" the {planted} continued and the {planted} was discussed" if planted else ""
            rows.append(
                {
                    "article_id": f"{g}{i}",
                    "outlet": g,
                    "author_text": FILLER + extra,
                    "body": FILLER,
                }
            )
    return pd.DataFrame(rows)


def test_planted_term_on_top_with_large_z():
    t = distinguishing_terms(planted_corpus(), ngram_range=(1, 1))
    assert list(t.columns) == [
        "group",
        "term",
        "ngram",
        "log_odds",
        "z",
        "count_group",
        "count_rest",
        "freq",
        "freq_rest",
        "n_docs_group",
    ]
    gb = t[t["group"] == "GB"].reset_index(drop=True)
    ru = t[t["group"] == "RU"].reset_index(drop=True)
    # 16 occurrences, none elsewhere: z > 3 (with the default prior, z of a term used by one
    # group only is about 0.73 * sqrt(count) + the group-size offset, see the docstring)
    assert gb.loc[0, "term"] == "invasion" and gb.loc[0, "z"] > 3
    assert ru.loc[0, "term"] == "denazification" and ru.loc[0, "z"] > 3
    assert gb.loc[0, "z"] > gb.loc[1, "z"] + 2  # clearly on top, not a near tie
    assert gb.loc[0, "count_group"] == 16 and gb.loc[0, "count_rest"] == 0
    assert gb.loc[0, "n_docs_group"] == 8
    # not distinctive of the other groups: strongly negative z there
    us = t[t["group"] == "US"].set_index("term")
    assert us.loc["invasion", "z"] < -2 and us.loc["denazification", "z"] < -2
    assert ru.set_index("term").loc["invasion", "z"] < 0


def test_planted_bigram_found_and_orders_separate():
    corpus = planted_corpus()
    corpus.loc[corpus["outlet"] == "US", "author_text"] = (
        FILLER + " a special military operation began and the special military operation went on"
    )
    t = distinguishing_terms(corpus, ngram_range=(1, 2))
    us = t[(t["group"] == "US") & (t["ngram"] == 2)].reset_index(drop=True)
    assert us.loc[0, "term"] in {"special military", "military operation"}
    assert us.loc[0, "z"] > 3
    assert set(t["ngram"]) == {1, 2}


def test_voice_all_uses_body_where_nothing_is_planted():
    t = distinguishing_terms(planted_corpus(), voice="all", ngram_range=(1, 1))
    # identical bodies: no term distinguishes any group
    assert t["z"].abs().max() < 1e-9
    assert "invasion" not in set(t["term"])


def test_min_count_and_top():
    corpus = planted_corpus(2)  # "invasion" appears 4 times in total
    t = distinguishing_terms(corpus, ngram_range=(1, 1), min_count=5)
    assert "invasion" not in set(t["term"])
    t2 = distinguishing_terms(corpus, ngram_range=(1, 1), min_count=1, top=3)
    assert t2.groupby("group").size().tolist() == [3, 3, 3]


def test_distinguishing_terms_symmetric_two_groups():
    corpus = pd.DataFrame(
        {"outlet": ["A", "B"] * 4, "body": ["war war peace", "peace peace war"] * 4}
    )
    t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=1).set_index(
        ["group", "term"]
    )
    # two groups: A-vs-rest and B-vs-rest are mirror images
    assert t.loc[("A", "war"), "z"] == pytest.approx(-t.loc[("B", "war"), "z"])
    assert t.loc[("A", "war"), "z"] > 0 and t.loc[("B", "peace"), "z"] > 0


def test_distinguishing_terms_needs_two_groups():
    with pytest.raises(FramingError, match="1 distinct"):
        distinguishing_terms(
            pd.DataFrame({"outlet": ["A", "A"], "body": ["x y", "y z"]}), voice="all"
        )


def test_distinguishing_terms_empty_texts_do_not_crash():
    t = distinguishing_terms(pd.DataFrame({"outlet": ["A", "B"], "body": ["", "  "]}), voice="all")
    assert t.empty


def test_distinguishing_terms_prior_shrinks_rare_terms():
    # a term seen twice only in A must rank below one seen 20 times only in A
    corpus = pd.DataFrame(
        {
            "outlet": ["A"] * 4 + ["B"] * 4,
            "body": ["common " * 5 + "rare " * (i < 2) + "often " * 5 for i in range(4)]
            + ["common " * 5 + "other " * 5] * 4,
        }
    )
    # stop_words=None: "often" is an English stop word, left out by default since issue 16
    t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=1, stop_words=None)
    a = t[t["group"] == "A"].set_index("term")
    assert a.loc["often", "z"] > a.loc["rare", "z"] > 0


def test_distinguishing_terms_skip_rows_with_bad_status():
    corpus = planted_corpus(4)
    bad = pd.DataFrame(
        {"outlet": ["US"] * 4, "author_text": ["в и на что " * 20] * 4, "status": "not English"}
    )
    t = distinguishing_terms(
        pd.concat([corpus.assign(status="ok"), bad], ignore_index=True), ngram_range=(1, 1)
    )
    assert "в" not in set(t["term"]) and t.attrs["n_excluded"] == 4


def test_curly_and_straight_apostrophes_are_one_term():
    corpus = pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "B"],
            "body": ["Russia\u2019s demands", "Russia's demands", "talks", "more talks"],
        }
    )
    t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=1)
    a = t[t["group"] == "A"].set_index("term")
    assert a.loc["russia's", "count_group"] == 2 and "russia\u2019s" not in a.index


# --------------------------------------------------------------------------------------------
# tokens of distinguishing terms; status and rates for the reports
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # "U.S." was split into the tokens "u" and "s", which ranked among the top terms in report
        # 06
        ("The U.S. and the U.K. said so.", {"u.s.", "u.k.", "said"}, {"u", "s", "k"}),
        ("Talks at 9 a.m. in Washington", {"a.m.", "talks", "washington"}, {"a", "m"}),
        ("Mr. Peskov said Russia's army", {"mr", "peskov", "russia's"}, {"mr."}),
        (
            "a well-known so-called operation",
            {"well-known", "so-called", "operation"},
            {"well", "known"},
        ),
    ],
)
def test_terms_keep_dotted_abbreviations_whole(text, present, absent):
    corpus = pd.DataFrame({"outlet": ["A", "B"], "body": [text, "nothing in common here"]})
    # the tokens as such: without the stop words and variant folding added in issue 16 (which
    # drop "said" and "mr" and write "U.K." as "uk")
    raw = {"stop_words": None, "fold_variants": False}
    terms = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=1, **raw)
    terms = set(terms["term"])
    assert present <= terms
    assert not (absent & terms)


def test_with_status_keeps_unusable_articles_out_of_the_terms():
    # report 06 listed Russian and Ukrainian function words ("в", "и", "та") as distinctive terms
    # of RU and UA although those articles were flagged "not English" and excluded elsewhere
    corpus = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "b1", "b2"],
            "outlet": ["RU", "RU", "GB", "GB"],
            "body": [
                "в Киеве и на фронте в",
                "talks in Kyiv on the war",
                "talks in Kyiv",
                "the war and the talks",
            ],
        }
    )
    feats = pd.DataFrame(
        {"article_id": ["b2", "b1", "a2", "a1"], "status": ["ok", "ok", "ok", "not English (0.00)"]}
    )
    merged = with_status(corpus, feats)
    assert merged["status"].tolist() == ["not English (0.00)", "ok", "ok", "ok"]
    assert "status" not in corpus.columns  # a copy
    t = distinguishing_terms(merged, voice="all", ngram_range=(1, 1), min_count=1)
    assert not ({"в", "и", "на"} & set(t["term"]))
    assert t.attrs["n_excluded"] == 1


def test_with_status_needs_every_article():
    corpus = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"], "body": ["x", "y"]})
    with pytest.raises(FramingError, match="no row in the feature table"):
        with_status(corpus, pd.DataFrame({"article_id": ["a"], "status": ["ok"]}))
    with pytest.raises(FramingError, match="no 'status'"):
        with_status(corpus, pd.DataFrame({"article_id": ["a", "b"]}))


def test_add_rates_per_1000_words():
    f = pd.DataFrame({"n_words": [400, 1600, 0, np.nan], "n_attributions_distancing": [2, 2, 1, 1]})
    out = add_rates(f, ["n_attributions_distancing"])
    assert out["rate_attributions_distancing"].tolist()[:2] == [5.0, 1.25]
    assert out["rate_attributions_distancing"].isna().tolist()[2:] == [True, True]
    assert "rate_attributions_distancing" not in f.columns
    with pytest.raises(FramingError, match="no column"):
        add_rates(f, ["n_missing"])


# --- hostile-input review (review-robust) -------------------------------------------------------


def _feats():
    return pd.DataFrame(
        {"outlet": list("AABB"), "status": "ok", "quote_share": [0.1, 0.2, 0.3, 0.4]}
    )


@pytest.mark.parametrize(
    "kw, message",
    [
        (
            {"n_boot": True},
            "n_boot must be a positive integer",
        ),  # was: TypeError "an integer is required"
        ({"ci": "0.9"}, "ci must be between 0 and 1"),  # was: TypeError '<' not supported
        ({"ci": None}, "ci must be between 0 and 1"),
    ],
)
def test_summary_bad_parameters_raise_framing_error(kw, message):
    with pytest.raises(FramingError, match=message):
        outlet_summary(_feats(), **kw)


def test_summary_features_may_be_one_name():
    # was: list("quote_share") -> "features not in the feature table: ['q', 'u', ...]"
    s = outlet_summary(_feats(), features="quote_share", n_boot=20)
    assert s["feature"].unique().tolist() == ["quote_share"]


def test_summary_duplicate_columns_are_named():
    # was: ValueError "All arrays must be of the same length"
    feats = pd.concat([_feats(), _feats()[["quote_share"]]], axis=1)
    with pytest.raises(FramingError, match=r"more than one column named 'quote_share'"):
        outlet_summary(feats, n_boot=20)


def _terms_corpus():
    return pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "B"],
            "body": [
                "the invasion began",
                "an invasion again",
                "the operation began",
                "operation again",
            ],
        }
    )


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"ngram_range": 3}, "ngram_range must be a pair"),  # was: TypeError unpack
        (
            {"ngram_range": (1.0, 1.5)},
            "ngram_range must be .* whole numbers",
        ),  # was: TypeError in sklearn
        (
            {"prior_scale": float("nan")},
            "prior_scale must be a positive number",
        ),  # was: every z NaN, silently
        ({"prior_scale": "x"}, "prior_scale must be a positive number"),  # was: TypeError
        (
            {"top": -1},
            "top must be None or a number of terms >= 0",
        ),  # was: silently dropped the last term
        ({"token_pattern": "("}, "not a valid regular expression"),  # was: re.error
        ({"token_pattern": r"(a)(b)"}, "has 2 capturing groups"),  # was: an empty table, silently
    ],
)
def test_distinguishing_terms_bad_parameters_raise(kw, message):
    with pytest.raises(FramingError, match=message):
        distinguishing_terms(_terms_corpus(), voice="all", min_count=1, **kw)


def _many_outlets_corpus(n_outlets: int, *, n_filler: int = 30, seed: int = 0) -> pd.DataFrame:
    """One article per outlet: the outlet's own marker word five times, then shared filler words."""
    rng = np.random.default_rng(seed)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    filler = ["".join(rng.choice(letters, 7)) for _ in range(6000)]
    rows = []
    for i in range(n_outlets):
        marker = "mark" + "".join(letters[[i // 676, i // 26 % 26, i % 26]])
        rows.append(
            {
                "outlet": f"outlet{i:03d}",
                "body": " ".join([marker] * 5 + list(rng.choice(filler, n_filler))),
            }
        )
    return pd.DataFrame(rows)


def test_distinguishing_terms_many_outlets():
    # AllSides (a 3,000-article sample: 176 of its 491 sources) raised "ValueError: setting an
    # array element with a sequence": with more group x term cells than are made dense at once,
    # each group's counts came from np.asarray of a sparse matrix (a 0-d object array), not from
    # its values.  600 outlets x about 25,000 unigrams and bigrams is over that cap.
    corpus = _many_outlets_corpus(600)
    t = distinguishing_terms(corpus, voice="all", top=1)
    assert len(t) == 600
    first = t.set_index("group")
    for i in (0, 1, 27, 599):
        row = first.loc[f"outlet{i:03d}"]
        letters = "abcdefghijklmnopqrstuvwxyz"
        assert row["term"] == "mark" + letters[i // 676] + letters[i // 26 % 26] + letters[i % 26]
        assert (row["count_group"], row["count_rest"], row["n_docs_group"]) == (5, 0, 1)


def test_distinguishing_terms_sparse_and_dense_counts_agree(monkeypatch):
    """The per-group counts taken from the sparse matrix (many groups x terms) give the same
    table as the dense route."""
    import analysis.compare.terms as terms

    corpus = _many_outlets_corpus(12, n_filler=40)
    dense = distinguishing_terms(corpus, voice="all", min_count=1)
    monkeypatch.setattr(terms, "_MAX_DENSE_CELLS", 0)
    sparse = distinguishing_terms(corpus, voice="all", min_count=1)
    pd.testing.assert_frame_equal(sparse, dense, check_exact=True)


def test_distinguishing_terms_without_any_text_column_raises():
    # was: an empty table (every text read as "")
    with pytest.raises(FramingError, match=r"no 'text' column .* nor a 'body' column"):
        distinguishing_terms(pd.DataFrame({"outlet": ["A", "B"], "headline": ["x", "y"]}))


@pytest.mark.slow
@pytest.mark.shared
def test_invasion_distinguishes_western_from_russian_and_belarusian_outlets():
    """By-country corpus, GB + US against RU + BY (usable English articles): "invasion" is among
    the top distinguishing terms of the Western bloc's own voice."""
    from conftest import need_shared

    from analysis import load_corpus
    from analysis.compare import select_groups
    from analysis.pipeline import featurize

    path = need_shared("datasets", "ukraine-2022-by-country", "articles.parquet")
    blocs = {"GB": "west", "US": "west", "RU": "ru_by", "BY": "ru_by"}
    corpus = select_groups(
        load_corpus(path, outlet_column="country"), column="outlet", groups=blocs, name="bloc"
    )
    feats = featurize(corpus, progress=False)
    terms = distinguishing_terms(with_status(corpus, feats), by="bloc", voice="author", top=10)
    west = terms[terms["group"] == "west"]["term"].tolist()
    assert "invasion" in west, west
    assert "invasion" not in terms[terms["group"] == "ru_by"]["term"].tolist()


def test_select_groups():
    corpus = pd.DataFrame({"outlet": ["GB", "US", "RU", "PL", "BY"], "text": list("abcde")})
    out = select_groups(
        corpus, column="outlet", groups={"GB": "w", "US": "w", "RU": "r", "BY": "r"}, name="bloc"
    )
    assert (
        out["bloc"].tolist() == ["w", "w", "r", "r"] and out.attrs["select_groups"]["left_out"] == 1
    )
    with pytest.raises(FramingError, match="no article"):
        select_groups(corpus, column="outlet", groups={"FR": "x"})
    with pytest.raises(FramingError, match="no column"):
        select_groups(corpus, column="country", groups={"GB": "x"})


def test_country_us_is_not_the_pronoun_us():
    """ "US" (the country) and the pronoun "us" are different terms; "US" and "U.S." are one.

    Outlet A names the country (half "US", half "U.S."), outlet B uses the pronoun; otherwise
    they share their words.  Lower-casing alone made both "us", a term with no difference
    between the outlets."""
    a = ["Officials in the US said talks went on.", "Officials in the U.S. said talks went on."] * 6
    b = ["Officials told us talks went on today.", "Officials told us talks went on again."] * 6
    corpus = pd.DataFrame({"outlet": ["A"] * len(a) + ["B"] * len(b), "body": a + b})
    # stop_words=None: the pronoun "us" is an English stop word, left out by default (issue 16)
    t = distinguishing_terms(corpus, voice="all", min_count=2, top=None, stop_words=None)
    za = t[t["group"] == "A"].set_index("term")["z"]
    zb = t[t["group"] == "B"].set_index("term")["z"]
    assert za["u.s."] > 2 and zb["u.s."] < -2  # one term, both spellings, only in A
    assert zb["us"] > 2 and za["us"] < -2  # the pronoun, only in B
    assert "u" not in za.index and "s" not in za.index
