"""The measurement check (analysis/validate): sampling, scoring, the planted-error round trip.

Expected values are typed by hand or computed here from the planted codes and an independent
route (scipy's binomial test for Wilson intervals, the ``krippendorff`` package called
directly, the evidence table for the number of detector decisions) — never by the code under
test.
"""

from __future__ import annotations

import math
import re

import krippendorff
import numpy as np
import pandas as pd
import pytest
from scipy.stats import binomtest

from analysis import load_corpus, spans
from analysis.errors import FramingError
from analysis.paths import DEFAULT_CORPUS
from analysis.validate import (
    ALL,
    DETECTORS,
    codebook,
    coding_page,
    coding_sample,
    score_coding,
)
from analysis.validate.items import Item, sentences_without
from analysis.validate.sample import allocate
from analysis.validate.stats import (
    coder_codes,
    differential_pvalue,
    holm,
    krippendorff_alpha,
    wilson_interval,
)

# --------------------------------------------------------------------------------------------
# statistics: hand-typed values and independent implementations
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("k, n", [(0, 1), (1, 1), (3, 4), (8, 10), (0, 12), (17, 40), (39, 40)])
def test_wilson_interval_equals_scipy(k, n):
    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    assert wilson_interval(k, n) == pytest.approx((ci.low, ci.high), abs=1e-12)


@pytest.mark.parametrize(
    "p, expected",
    [
        # R: p.adjust(c(.01, .04, .03, .05, .02), "holm")
        ([0.01, 0.04, 0.03, 0.05, 0.02], [0.05, 0.09, 0.09, 0.09, 0.08]),
        ([0.5], [0.5]),
        ([0.2, math.nan, 0.01], [0.2, math.nan, 0.02]),  # NaN is not a test
        ([0.4, 0.6], [0.8, 0.8]),  # monotone: never below an earlier step
    ],
)
def test_holm_table(p, expected):
    got = holm(p)
    assert [x if not math.isnan(x) else "nan" for x in got] == pytest.approx(
        [x if not math.isnan(x) else "nan" for x in expected]
    )


def test_alpha_by_hand_and_from_the_package():
    # 2 coders x 10 items, two disagreements: n = 20 values, 14 ones and 6 zeros, so
    # alpha = 1 - (n - 1) * 4 / (2 * 6 * 14) = 1 - 76 / 168 = 23 / 42
    a = [1, 1, 1, 1, 1, 1, 1, 0, 0, 0]
    b = [1, 1, 1, 1, 1, 1, 0, 0, 0, 1]
    assert krippendorff_alpha(np.array([a, b])) == pytest.approx(23 / 42)
    codes = np.array([a + [np.nan, 1], b + [0, np.nan], [np.nan] * 5 + [1, 0, 0, 1, 1, 1, 1]])
    expected = krippendorff.alpha(reliability_data=codes, level_of_measurement="nominal")
    assert krippendorff_alpha(codes) == pytest.approx(expected)


@pytest.mark.parametrize(
    "codes",
    [
        [[1, 1, 1], [1, 1, 1]],  # one value throughout: undefined
        [[1, np.nan], [np.nan, 0]],  # no item coded twice
        [[1, 0, 1]],  # one coder
    ],
)
def test_alpha_undefined_is_nan(codes):
    assert math.isnan(krippendorff_alpha(np.array(codes, dtype=float)))


@pytest.mark.parametrize(
    "cell, expected",
    [("1", 1.0), ("0", 0.0), ("", None), (" 1 ", 1.0), ("1.0", 1.0), (0.0, 0.0), (True, 1.0)]
    + [(None, None), (float("nan"), None)],
)
def test_codes_read(cell, expected):
    got = coder_codes(pd.DataFrame({"item_id": ["x"], "coder_a": [cell]}))["coder_a"].iloc[0]
    assert (math.isnan(got) and expected is None) or got == expected


@pytest.mark.parametrize("cell", ["yes", "2", "0.5", "-1", "right"])
def test_a_bad_code_names_the_item_and_column(cell):
    with pytest.raises(FramingError, match=r"item q-7, column coder_ann: .* is not a code"):
        coder_codes(pd.DataFrame({"item_id": ["q-7"], "coder_ann": [cell]}))


def test_differential_pvalue_small_tables():
    # 10/10 right against 0/10: Fisher's exact two-sided p is 2 / C(20, 10) = 1.08e-05
    assert differential_pvalue([np.ones(10), np.zeros(10)]) < 0.001
    assert differential_pvalue([np.ones(3), np.ones(4)]) == 1.0  # nothing to compare
    assert math.isnan(differential_pvalue([np.ones(3)]))  # one group
    # equal shares in every group: the statistic is 0, every table is at least as extreme
    assert differential_pvalue([np.array([1, 0] * 4), np.array([1, 0] * 3)]) == 1.0


# --------------------------------------------------------------------------------------------
# score_coding on hand-made sheets
# --------------------------------------------------------------------------------------------


def test_two_coders_who_disagree_count_half():
    sheet = pd.DataFrame(
        {
            "detector": ["hedge"] * 4,
            "outlet": ["A"] * 4,
            "coder_x": ["1", "1", "0", "1"],
            "coder_y": ["1", "0", "0", ""],
        }
    )
    r = score_coding(sheet).iloc[0]
    assert (r["n"], r["right"], r["precision"]) == (4, 2.5, 0.625)
    assert (r["n_coders"], r["n_double"]) == (2, 3)


def test_recall_weights_and_corrected_rate_by_hand():
    # outlet A: 40 hits, 4 coded, 3 right; 100 non-hit sentences, 5 coded, 1 hides a miss
    # outlet B: 10 hits, 2 coded, both right; no non-hits coded
    rows = [("A", "hit", 40, 1)] * 3 + [("A", "hit", 40, 0)]
    rows += [("A", "non-hit", 100, 1)] * 4 + [("A", "non-hit", 100, 0)]
    rows += [("B", "hit", 10, 1)] * 2
    sheet = pd.DataFrame(rows, columns=["outlet", "kind", "population", "coder_x"])
    sheet["detector"] = "loaded"
    sheet["group_words"] = np.where(sheet["outlet"] == "A", 8000, 2000)
    s = score_coding(sheet).set_index("outlet")
    a, b, tot = s.loc["A"], s.loc["B"], s.loc[ALL]
    assert a["precision"] == 0.75 and a["miss_rate"] == pytest.approx(0.2)
    # TP = 0.75 * 40 = 30, FN = 0.2 * 100 = 20
    assert a["recall"] == pytest.approx(30 / 50)
    assert a["raw_rate"] == pytest.approx(1000 * 40 / 8000)
    assert a["corrected_rate"] == pytest.approx(1000 * 50 / 8000)
    assert math.isnan(b["recall"]) and b["corrected_rate"] == pytest.approx(1000 * 10 / 2000)
    assert b["correction"].startswith("x precision (")
    # all outlets: weighted by hits, (40 * 0.75 + 10 * 1) / 50
    assert tot["precision"] == pytest.approx(0.8) and tot["n"] == 6
    assert tot["raw_rate"] == pytest.approx(1000 * 50 / 10000)
    assert tot["corrected_rate"] == pytest.approx(1000 * (50 + 10) / 10000)
    assert tot["recall"] == pytest.approx(30 / 50)  # only A has both hits and non-hits


def test_score_needs_coders_and_groups():
    with pytest.raises(FramingError, match="no coder_<name> column"):
        score_coding(pd.DataFrame({"detector": ["x"], "outlet": ["A"]}))
    with pytest.raises(FramingError, match="no column 'country'"):
        score_coding(pd.DataFrame({"detector": ["x"], "coder_a": [1]}), by="country")


# --------------------------------------------------------------------------------------------
# items and sampling
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentences, hits, expected",
    [
        ([(0, 10), (11, 20), (21, 30)], [(12, 14)], [0, 21]),
        ([(0, 10), (11, 20)], [], [0, 11]),
        ([(0, 10), (11, 20)], [(5, 15)], []),  # one hit across two sentences
        ([(0, 10), (11, 20)], [(10, 11)], [0, 11]),  # between them: touches neither
        ([(0, 10), (11, 20), (21, 30)], [(25, 26), (0, 3), (1, 2)], [11]),  # unsorted, nested
    ],
)
def test_sentences_without_hits(sentences, hits, expected):
    got = sentences_without(sentences, hits, "none found")
    assert [i.start for i in got] == expected
    assert all(i == Item("none", "non-hit", i.start, i.end, "none found") for i in got)


@pytest.mark.parametrize(
    "caps, n, expected_sum, fixed",
    [
        ([2, 10, 10], 12, 12, {0: 2, 1: 5, 2: 5}),
        ([3, 3], 10, 6, {0: 3, 1: 3}),
        ([0, 5, 5], 4, 4, {0: 0, 1: 2, 2: 2}),
        ([5, 29, 21, 16, 7], 40, 40, {0: 5}),
    ],
)
def test_allocation_is_equal_up_to_capacity(caps, n, expected_sum, fixed):
    got = allocate(caps, n, np.random.default_rng(1))
    assert sum(got) == expected_sum and all(g <= c for g, c in zip(got, caps))
    assert all(got[i] == v for i, v in fixed.items())
    assert max(got) - min(g for g, c in zip(got, caps) if c > g or g == max(got)) <= 1 or (
        sum(got) == sum(caps)
    )


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(DEFAULT_CORPUS)


@pytest.fixture(scope="module")
def sheet(corpus):
    return coding_sample(corpus, n=200, random_state=0)


def test_every_registered_detector_has_a_codebook_entry():
    cb = codebook()
    assert list(cb.index) == list(DETECTORS)
    assert (cb["hit_question"] != "").all() and (cb["right"] != "").all()
    with pytest.raises(FramingError, match="no entry for detector 'agency'"):
        codebook(["agency"])


def test_sheet_columns_offsets_and_ids(sheet, corpus):
    from analysis import clean_corpus

    assert list(sheet.columns[:9]) == [
        "item_id",
        "article_id",
        "outlet",
        "detector",
        "category",
        "kind",
        "label",
        "text",
        "context",
    ]
    assert len(sheet) == 200 and sheet["item_id"].is_unique
    bodies = dict(zip(corpus["article_id"], clean_corpus(corpus)["body"]))
    for r in sheet.itertuples():
        assert bodies[r.article_id][r.start : r.end] == r.text
        cs = r.start - r.context_start
        assert r.context[cs : cs + len(r.text)] == r.text
        assert bodies[r.article_id][r.context_start :].startswith(r.context)
    # grouped by detector in the registry's order
    assert list(dict.fromkeys(sheet["detector"])) == list(DETECTORS)


def test_same_seed_same_sheet_other_seed_other_sheet(sheet, corpus):
    pd.testing.assert_frame_equal(coding_sample(corpus, n=200, random_state=0), sheet)
    other = coding_sample(corpus, n=200, random_state=1)
    assert set(other["item_id"]) != set(sheet["item_id"])


def test_population_counts_every_decision_of_a_group(sheet, corpus):
    # the evidence table is an independent route to the number of markers and attributions
    ev = spans(corpus)
    pop = sheet[sheet["kind"] == "hit"].groupby(["detector", "outlet"])["population"].first()
    for det in ("hedge", "booster", "evidential", "loaded", "naming"):
        counts = ev[(ev["family"] == "marker") & (ev["category"] == det)].groupby("outlet").size()
        for outlet, n in pop[det].items():
            assert n == counts[outlet], (det, outlet)
    counts = ev[ev["family"] == "attribution"].groupby("outlet").size()
    for outlet, n in pop["attribution"].items():
        assert n == counts[outlet], outlet


def test_equal_allocation_over_outlets(corpus):
    s = coding_sample(corpus, n=40, detectors=["naming"], random_state=0)
    n = s.groupby("outlet").size()
    # naming variants per outlet: Common Dreams 5, UNILAD 7 (all taken), Daily Mail 29, Daily
    # Mirror 21, RT 16; those three share the other 28 as equally as whole items allow
    assert n["Common Dreams"] == 5 and n["UNILAD"] == 7
    assert sorted(n[["Daily Mail", "Daily Mirror", "RT"]]) == [9, 9, 10]


def test_nonhits_are_a_quarter_of_each_cell(corpus):
    s = coding_sample(corpus, n=80, detectors=["quote", "hedge"], random_state=0)
    cells = s.groupby(["detector", "outlet"])["kind"].value_counts().unstack(fill_value=0)
    for (det, outlet), row in cells.iterrows():
        q = row.sum()  # 8 per cell: 2 non-hits unless the hits run out
        assert q == 8, (det, outlet)
        assert row["non-hit"] == 2 or row["hit"] < 6, (det, outlet, dict(row))


def test_a_custom_detector_plugs_in(corpus):
    def first_word(a, sentences):
        yield Item("word", "hit", 0, a.body.index(" "), "the first word")

    s = coding_sample(corpus, n=5, detectors={"first-word": first_word})
    assert set(s["detector"]) == {"first-word"} and len(s) == 5
    assert "Is the detector's decision (the label) right" in coding_page(s)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"detectors": ["hedges"]}, "unknown detector 'hedges'"),
        ({"by": "lean"}, "no 'lean' column"),
        ({"n": 0}, "n must be a positive whole number"),
        ({"nonhit_share": 1.5}, "nonhit_share must be in"),
    ],
)
def test_bad_arguments_are_framing_errors(corpus, kwargs, message):
    with pytest.raises(FramingError, match=message):
        coding_sample(corpus, **kwargs)


def test_coding_page_is_self_contained(sheet):
    page = coding_page(sheet.assign(text=sheet["text"] + "</script>"), title="A <b> sheet")
    assert page.count("</script>") == 2  # the data cannot close its element
    assert "<title>A &lt;b&gt; sheet</title>" in page
    low = page.lower()
    assert "http://" not in low and "https://" not in low and "src=" not in low
    assert "@import" not in low and not re.search(r"url\(\s*[\"']?(https?:)?//", low)
    assert "fetch(" not in low and "xmlhttprequest" not in low and "websocket" not in low


# --------------------------------------------------------------------------------------------
# the planted-error round trip (the "Judged by")
# --------------------------------------------------------------------------------------------

DIFFERENTIAL = "attribution"
#: planted precision: the differential detector is right on every Daily Mail and RT hit and on a
#: quarter of the others; every other detector is right on three hits in four everywhere
PLANTED = {"Daily Mail": 1.0, "RT": 1.0}
MISS_RATE = 0.2  # share of sampled non-hits that hide a miss


def plant(sheet: pd.DataFrame, seed: int = 7) -> tuple[pd.DataFrame, dict]:
    """Coder codes with known precision per (detector, outlet): returns the coded sheet and
    the planted (right, n) of every cell."""
    rng = np.random.default_rng(seed)
    truth = pd.Series(np.nan, index=sheet.index)
    planted = {}
    for (det, outlet, kind), cell in sheet.groupby(["detector", "outlet", "kind"]):
        if kind == "hit":
            p = PLANTED.get(outlet, 0.25) if det == DIFFERENTIAL else 0.75
        else:
            p = 1 - MISS_RATE
        k = int(round(p * len(cell)))
        right = rng.choice(cell.index.to_numpy(), size=k, replace=False)
        truth[cell.index] = 0.0
        truth[right] = 1.0
        planted[(det, outlet, kind)] = (k, len(cell))
    coded = sheet.copy()
    coded["coder_a"] = truth.map({1.0: "1", 0.0: "0"})
    # coder b agrees on every hit, disagrees on a third of the non-hits, skips every 7th item
    b = truth.copy()
    non = sheet.index[sheet["kind"] == "non-hit"].to_numpy()
    flip = rng.choice(non, size=len(non) // 3, replace=False)
    b[flip] = 1 - b[flip]
    b.iloc[::7] = np.nan
    coded["coder_b"] = b.map({1.0: "1", 0.0: "0"}).fillna("")
    return coded, planted


@pytest.fixture(scope="module")
def planted_round_trip(corpus):
    sheet = coding_sample(corpus, n=400, random_state=0)
    coded, planted = plant(sheet)
    return sheet, coded, planted, score_coding(coded)


def test_planted_precision_is_recovered_per_outlet(planted_round_trip):
    sheet, coded, planted, scores = planted_round_trip
    s = scores.set_index(["detector", "outlet"])
    checked = 0
    for (det, outlet, kind), (k, n) in planted.items():
        if kind != "hit":
            continue
        row = s.loc[(det, outlet)]
        assert row["n"] == n and row["precision"] == pytest.approx(k / n, abs=1e-12), (det, outlet)
        ci = binomtest(k, n).proportion_ci(method="wilson")
        assert (row["ci_low"], row["ci_high"]) == pytest.approx((ci.low, ci.high), abs=1e-12)
        checked += 1
    assert checked >= 35  # 8 detectors x 5 outlets, less the cells without a hit
    # over all outlets: each outlet weighted by its number of hits (from the sheet)
    hits = sheet[sheet["kind"] == "hit"].groupby(["detector", "outlet"])["population"].first()
    for det in DETECTORS:
        w = {o: hits[(det, o)] for o in hits[det].index}
        expected = sum(w[o] * planted[(det, o, "hit")][0] / planted[(det, o, "hit")][1] for o in w)
        assert s.loc[(det, ALL), "precision"] == pytest.approx(expected / sum(w.values()))


def test_planted_recall(planted_round_trip):
    sheet, coded, planted, scores = planted_round_trip
    s = scores.set_index(["detector", "outlet"])
    pop = sheet.groupby(["detector", "outlet", "kind"])["population"].first()
    value = coded[["coder_a", "coder_b"]].replace("", np.nan).astype(float).mean(axis=1)
    for det, outlet, kind in planted:
        if kind != "non-hit" or (det, outlet, "hit") not in planted:
            continue
        k, n = planted[(det, outlet, "hit")]
        non = (coded["detector"] == det) & (coded["outlet"] == outlet) & (coded["kind"] == kind)
        miss = 1 - value[non].mean()
        tp, fn = k / n * pop[(det, outlet, "hit")], miss * pop[(det, outlet, "non-hit")]
        assert s.loc[(det, outlet), "recall"] == pytest.approx(tp / (tp + fn)), (det, outlet)


def test_differential_flag_only_for_the_detector_whose_errors_differ(planted_round_trip):
    scores = planted_round_trip[3]
    overall = scores[scores["outlet"] == ALL].set_index("detector")
    assert overall.loc[DIFFERENTIAL, "differential"]
    assert overall.loc[DIFFERENTIAL, "p_differential"] < 0.01
    others = overall.drop(DIFFERENTIAL)
    assert not others["differential"].any(), others["p_differential"].to_dict()
    assert (others["p_differential"] > 0.5).all()  # equal planted precision: far from a flag


def test_alpha_equals_the_krippendorff_package(planted_round_trip):
    sheet, coded, planted, scores = planted_round_trip
    s = scores.set_index(["detector", "outlet"])
    ab = coded[["coder_a", "coder_b"]].replace("", np.nan).astype(float)
    for det in DETECTORS:
        for outlet in [ALL, "Daily Mail"]:
            m = coded["detector"] == det
            if outlet != ALL:
                m &= coded["outlet"] == outlet
            data = ab[m].to_numpy().T
            try:
                expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
            except ValueError:  # a single value: alpha undefined
                expected = math.nan
            got = s.loc[(det, outlet), "alpha"]
            assert (math.isnan(got) and math.isnan(expected)) or got == pytest.approx(expected)
    # coder b disagrees on a third of the non-hits: agreement is clearly imperfect
    assert s.loc[("hedge", ALL), "alpha"] < 0.9
