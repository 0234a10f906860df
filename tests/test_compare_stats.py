"""Statistics the reports use to answer "do these outlets differ?" and "when?" (issue 16):
effect sizes of pairwise differences, the omnibus test per feature, stratified samples for the
per-article tables, and the time tables.  Expected values are worked out by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.compare import (
    NOTE_FEW_GROUPS,
    articles_over_time,
    feature_trend,
    group_differences,
    pairwise_differences,
    stratified_sample,
)
from analysis.compare.sample import allocate
from analysis.errors import FramingError


def _feats(groups: dict[str, list[float]]) -> pd.DataFrame:
    rows = [(g, v) for g, vals in groups.items() for v in vals]
    return pd.DataFrame({"outlet": [r[0] for r in rows], "status": "ok", "x": [r[1] for r in rows]})


@pytest.mark.parametrize(
    "a, b, g",
    [
        # pooled SD 1, J = 1 - 3 / (4 * 6 - 9) = 0.8: g = -3 * 0.8
        ([1, 2, 3], [4, 5, 6], -2.4),
        # pooled SD sqrt((2 + 8) / 4) = 1.5811, J = 1 - 3 / 15 = 0.8: g = 2 / 1.5811 * 0.8
        ([4, 5, 6], [1, 3, 5], 1.0119),
        # pooled SD sqrt((4 + 4) / 6) = 1.1547, J = 1 - 3 / 23: g = -1 / 1.1547 * J
        ([0, 0, 2, 2], [1, 1, 3, 3], -0.86603 * (1 - 3 / 23)),
    ],
)
def test_effect_size_is_hedges_g(a, b, g):
    d = pairwise_differences(_feats({"A": a, "B": b}), n_boot=200).iloc[0]
    assert d["effect_size"] == pytest.approx(g, abs=1e-3)
    # the interval of g is the interval of the difference on the same scale
    ratio = d["effect_size"] / d["diff"]
    assert d["effect_low"] == pytest.approx(d["ci_low"] * ratio)


@pytest.mark.parametrize(
    "groups, why",
    [
        ({"A": [1.0], "B": [4.0, 5.0]}, "a group of one"),
        ({"A": [2.0, 2.0], "B": [2.0, 2.0]}, "no spread"),
    ],
)
def test_no_effect_size_without_spread_or_n(groups, why):
    d = pairwise_differences(_feats(groups), n_boot=100).iloc[0]
    assert np.isnan(d["effect_size"]), why


def test_omnibus_needs_two_groups_with_two_values():
    r = group_differences(_feats({"A": [1.0, 2.0, 3.0], "B": [5.0]}), n_perm=100).iloc[0]
    assert r["note"] == NOTE_FEW_GROUPS and np.isnan(r["p_value"])


def test_omnibus_eta_squared_by_hand():
    # means 2 and 5, grand mean 3.5: SSB = 3 * 1.5² * 2 = 13.5; SSW = 2 + 2: eta² = 13.5 / 17.5
    r = group_differences(_feats({"A": [1, 2, 3], "B": [4, 5, 6]}), n_perm=200).iloc[0]
    assert r["eta_squared"] == pytest.approx(13.5 / 17.5)
    assert r["n"] == 6 and r["n_groups"] == 2


@pytest.mark.parametrize(
    "sizes, n, expected",
    [
        ({"A": 300, "B": 100}, 40, {"A": 30, "B": 10}),
        ({"A": 1000, "B": 3, "C": 1}, 10, {"A": 8, "B": 1, "C": 1}),
        ({"A": 5, "B": 5}, 50, {"A": 5, "B": 5}),  # fewer rows than asked: all
        ({"A": 50, "B": 50, "C": 50}, 2, {"A": 1, "B": 1, "C": 1}),  # every group shown
    ],
)
def test_allocation(sizes, n, expected):
    assert allocate(pd.Series(sizes), n).to_dict() == expected


def test_a_file_sorted_by_outlet_still_shows_every_outlet():
    df = pd.DataFrame({"outlet": ["Guardian"] * 188 + ["NYT"] * 219, "i": range(407)})
    s = stratified_sample(df, n=12, random_state=3)
    assert set(s["outlet"]) == {"Guardian", "NYT"}
    assert s.attrs["per_group"] == {"Guardian": (6, 188), "NYT": (6, 219)}
    assert s.attrs["sampled"] and s.attrs["n_total"] == 407
    # seeded: the same draw again, and not simply the first rows
    assert s["i"].tolist() == stratified_sample(df, n=12, random_state=3)["i"].tolist()
    assert s["i"].tolist()[:6] != list(range(6))


@pytest.mark.parametrize("n", [0, -3, 2.5, True])
def test_sample_size_must_be_a_positive_whole_number(n):
    with pytest.raises(FramingError):
        stratified_sample(pd.DataFrame({"outlet": ["A"]}), n=n)


def test_timeline_keeps_empty_weeks_and_counts_undated():
    c = pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "B"],
            # Mon 7 Mar, Wed 9 Mar, Mon 21 Mar (week of 14 Mar empty), no date
            "published": ["2022-03-07", "2022-03-09", "2022-03-21", None],
        }
    )
    t = articles_over_time(c, freq="W")
    wide = t.pivot(index="period", columns="outlet", values="n")
    assert wide.index.strftime("%d %b").tolist() == ["07 Mar", "14 Mar", "21 Mar"]
    assert wide["A"].tolist() == [2, 0, 0] and wide["B"].tolist() == [0, 0, 1]
    assert t.attrs["n_undated"] == 1


def test_trend_interval_only_where_a_period_has_two_articles():
    f = pd.DataFrame(
        {
            "outlet": "A",
            "status": "ok",
            "x": [1.0, 3.0, 10.0],
            "published": ["2022-03-01", "2022-03-20", "2022-04-02"],
        }
    )
    t = feature_trend(f, ["x"], freq="M", n_boot=200)
    assert t["mean"].tolist() == [2.0, 10.0]
    assert 1.0 <= t.loc[0, "ci_low"] <= 2.0 <= t.loc[0, "ci_high"] <= 3.0
    assert np.isnan(t.loc[1, "ci_low"])


@pytest.mark.parametrize("alpha", ["x", None, 0, 1, 1.5, True])
@pytest.mark.parametrize("test", ["pairwise", "omnibus"])
def test_bad_alpha_is_a_clear_error(alpha, test):
    """A non-number alpha raised TypeError from inside the comparison (issue 15's note)."""
    feats = pd.DataFrame({"outlet": list("AABB"), "status": "ok", "x": [1.0, 2.0, 3.0, 4.0]})
    run = pairwise_differences if test == "pairwise" else group_differences
    with pytest.raises(FramingError, match=r"alpha must be between 0 and 1 \(e\.g\. 0\.05\)"):
        run(feats, alpha=alpha)
