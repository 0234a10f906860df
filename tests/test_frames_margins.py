"""margin_bootstrap: how robust a frame's margin over calling every article positive is.

Expected values written by hand from the definitions (F1 = 2 tp / (predicted + gold); the
all-positive F1 = 2 p / (1 + p) for prevalence p).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluation.frames import breakeven_prevalence, margin_bootstrap


def _table(gold: list[bool], pred: list[bool]) -> pd.DataFrame:
    return pd.DataFrame({"gold_conflict": gold, "conflict_present": pred})


def test_calling_every_article_positive_has_no_margin():
    gold = [True, False, False, False] * 5
    r = margin_bootstrap(_table(gold, [True] * 20), ["conflict"], repeats=300).iloc[0]
    assert r["margin"] == pytest.approx(0.0)
    assert r["p_above"] == 0.0  # never above itself


def test_a_perfect_detector_beats_all_positive_by_one_third_at_half_prevalence():
    gold = [True, False] * 10
    r = margin_bootstrap(_table(gold, gold), ["conflict"], repeats=300).iloc[0]
    assert r["margin"] == pytest.approx(1 - 2 / 3)
    assert r["p_above"] == 1.0  # a resample without one of the classes: p < 1e-5
    assert r["p05"] > 0


def test_a_detector_that_finds_nothing_loses_the_all_positive_f1():
    gold = [True, False, False, False] * 5  # prevalence 0.25: all-positive F1 0.4
    r = margin_bootstrap(_table(gold, [False] * 20), ["conflict"], repeats=300).iloc[0]
    assert r["margin"] == pytest.approx(-0.4)
    assert r["p_above"] == 0.0
    assert r["p95"] <= 0


def test_seeded():
    gold = [True, False, False] * 7
    pred = [True, True, False] * 7
    a = margin_bootstrap(_table(gold, pred), ["conflict"], repeats=100, seed=3)
    b = margin_bootstrap(_table(gold, pred), ["conflict"], repeats=100, seed=3)
    pd.testing.assert_frame_equal(a, b)


def test_breakeven_prevalence_by_hand():
    # recall 3/4, false-positive rate 1/4: beats all-positive while p < (3/4 - 1/4) / (3/4) = 2/3
    gold = [True] * 4 + [False] * 4
    pred = [True, True, True, False, True, False, False, False]
    r = breakeven_prevalence(_table(gold, pred), ["conflict"]).iloc[0]
    assert (r["recall"], r["fp_rate"]) == (0.75, 0.25)
    assert r["breakeven"] == pytest.approx(2 / 3)
    # at p = 1/2 (this table) the margin is positive: F1 3/4 against 2/3
    m = margin_bootstrap(_table(gold, pred), ["conflict"], repeats=10).iloc[0]
    assert m["margin"] == pytest.approx(0.75 - 2 / 3)


def test_calling_everything_positive_breaks_even_nowhere():
    gold = [True, False, False, False]
    r = breakeven_prevalence(_table(gold, [True] * 4), ["conflict"]).iloc[0]
    assert r["breakeven"] == 0.0
