"""Fitting a frame's per-question weights on development sets (analysis.evaluation.frames_fit,
eighteenth round).  The sets here are made up in the test, so each property can be seen to
fail: a question that separates gets the weight, one that does not gets none, every set weighs
the same, and leave-one-set-out finds a fit that beats wrong hand weights."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import fresh_sets

from analysis.detect.frames import FRAMES, default_battery
from analysis.evaluation.frames_choice import rotation_verdict
from analysis.evaluation.frames_fit import (
    C_GRID,
    FITTED_FRAMES,
    choose_c,
    fit_frame,
    fit_logistic,
    fitted_weights,
    leave_one_set_out_fit,
    leave_one_set_out_versions,
    question_features,
    question_ids,
)


def _econ_set(seed: int, n: int = 80) -> pd.DataFrame:
    """A profile-like set where economic is framed exactly when a story has an E3 sentence
    (economic consequences); E1 and E2 sentences are as common in unframed stories as in
    framed ones, so the battery's equal weights (a count of 7) are fooled."""
    rng = np.random.RandomState(seed)
    e3 = rng.rand(n) < 0.4
    cols: dict = {"n_sentences": rng.randint(10, 60, n), "n_words": rng.randint(300, 1500, n)}
    for q in ("E1", "E2"):
        cols[f"count_{q}"] = rng.randint(0, 6, n)
    cols["count_E3"] = np.where(e3, rng.randint(1, 4, n), 0)
    for q in default_battery().question_weights:
        cols.setdefault(f"count_{q}", rng.randint(0, 3, n))
    for f in FRAMES:
        cols[f"gold_{f}"] = e3 if f == "economic" else rng.rand(n) < 0.5
    return pd.DataFrame(cols)


def test_a_question_that_separates_gets_the_weight_and_one_that_misleads_none():
    x = np.column_stack([np.r_[np.ones(20), np.zeros(20)], np.r_[np.zeros(20), np.ones(20)]])
    y = np.r_[np.ones(20, bool), np.zeros(20, bool)]
    w, b = fit_logistic([x], [y], 1.0)
    assert w[0] > 0 and b < 0
    assert w[1] == 0.0  # evidence in unframed stories only: no negative weight, none at all
    assert fitted_weights([x], [y], 1.0).tolist() == [1.0, 0.0]


def test_every_set_weighs_the_same_whatever_its_size():
    a, b = _econ_set(1, 40), _econ_set(2, 40)
    battery = default_battery()
    xa, xb = (question_features(d, "economic", battery) for d in (a, b))
    ya, yb = a["gold_economic"].to_numpy(bool), b["gold_economic"].to_numpy(bool)
    once = fit_logistic([xa, xb], [ya, yb], 1.0)[0]
    thrice = fit_logistic([xa, np.vstack([xb] * 3)], [ya, np.tile(yb, 3)], 1.0)[0]
    assert np.allclose(once, thrice, atol=1e-4)
    pooled = fit_logistic([np.vstack([xa, xb, xb, xb])], [np.r_[ya, yb, yb, yb]], 1.0)[0]
    assert not np.allclose(once, pooled, atol=1e-3)  # rows pooled as one set: b weighs more


def test_question_features_divide_the_counts_by_the_frames_length():
    d = pd.DataFrame({"count_H3": [2], "count_H1": [4], "count_H2": [0], "count_H4": [0]})
    d = d.assign(n_sentences=[10], n_words=[400])
    battery = default_battery()  # human interest: per word (power 1)
    assert question_ids(battery, "human_interest") == ["H1", "H2", "H3", "H4"]
    assert question_features(d, "human_interest", battery).tolist() == [[0.01, 0, 0.005, 0]]


def test_fit_frame_finds_the_separating_question_and_its_threshold():
    sets = {k: _econ_set(s) for k, s in (("a", 3), ("b", 4), ("c", 5))}
    fit = fit_frame(sets, "economic")
    assert fit["c"] in C_GRID
    assert fit["weights"]["E3"] == 1.0 and max(fit["weights"]["E1"], fit["weights"]["E2"]) < 0.2
    x = question_features(sets["a"], "economic", default_battery())
    s = x @ np.array(list(fit["weights"].values()))
    assert ((s >= fit["threshold"]) == sets["a"]["gold_economic"]).mean() > 0.9


def test_leave_one_set_out_fit_beats_wrong_hand_weights_on_every_left_out_set():
    sets = {k: _econ_set(s) for k, s in (("a", 6), ("b", 7), ("c", 8))}
    table = leave_one_set_out_fit(sets, ["economic"], halves=20)
    assert list(table["left_out"]) == ["a", "b", "c"]
    assert (table["delta"] > 0.1).all() and (table["f1"] > 0.9).all()
    assert (table["delta"] == table["f1"] - table["f1_base"]).all()
    assert (table["noise"] > 0).all()


def test_choose_c_prefers_the_value_closest_to_one_on_a_tie():
    x = np.r_[np.ones(10), np.zeros(10)][:, None]
    y = np.r_[np.ones(10, bool), np.zeros(10, bool)]
    # every c separates perfectly on each left-out set: a tie, and 1 is chosen
    assert choose_c({"a": x, "b": x}, {"a": y, "b": y}) == pytest.approx(1.0)


def _version_set(seed: int, n: int = 60) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A made-up set scored by two batteries: the base version's human-interest score is noise
    (the same in framed and unframed stories), the new version's is high exactly in the framed
    stories (a class of false evidence removed)."""
    rng = np.random.RandomState(seed)
    gold = rng.rand(n) < 0.3
    noise = rng.uniform(0.001, 0.01, n)
    base = pd.DataFrame({"gold_human_interest": gold, "human_interest_score": noise})
    new = base.assign(human_interest_score=np.where(gold, 0.02, noise / 10))
    return base, new


def test_leave_one_set_out_versions_finds_a_version_that_separates():
    pairs = {f"s{i}": _version_set(i) for i in range(4)}
    base = {k: b for k, (b, _) in pairs.items()}
    new = {k: v for k, (_, v) in pairs.items()}
    table = leave_one_set_out_versions(base, new, "human_interest")
    assert list(table["left_out"]) == list(pairs)
    assert table["f1"].eq(1.0).all() and (table["f1_base"] < 0.9).all()
    assert (table["delta"] > table["noise"]).all()
    assert rotation_verdict(table).loc[0, "keep"]
    same = leave_one_set_out_versions(base, base, "human_interest")
    assert same["delta"].eq(0).all() and same["noise"].eq(0).all()
    assert not rotation_verdict(same).loc[0, "keep"]


@pytest.mark.slow
def test_the_rounds_verdict_is_reproduced_on_the_development_sets(frames_development_sets):
    """The eighteenth round's check on the eight development sets (README.md), on today's cues:
    by the twelfth round's keep rule (up on two left-out sets or more, down beyond the half-split
    noise on none) the fitted weights pass for economic only; economic loses against the rule it
    follows (threshold by the mean F1 on the three dev halves).  So no frame's weights are
    replaced (``FITTED_FRAMES``).  In round 18 responsibility passed too (its fit set the blame
    and urgency questions near 0); on the cues of later rounds it no longer passes, which the
    test found on main a4533fa (it runs only with $FRAMING_FRAMES_EXTRA, so CI skips it).
    Skipped without ../shared or $FRAMING_FRAMES_EXTRA (``frames_development_sets``)."""
    dev = fresh_sets(frames_development_sets)
    names = ["synthetic", "semeval", "frermann", "batch", "batch2", "batch3", "batch4", "batch5"]
    assert list(dev) == names
    assert all((d["split"] == "dev").all() for d in dev.values())
    table = leave_one_set_out_fit(dev)
    verdict = rotation_verdict(table.assign(rule="fitted")).set_index("frame")
    assert set(verdict.index[verdict["keep"]]) == {"economic"}
    assert table.loc[table["frame"] == "conflict", "delta"].eq(0).all()
    econ = leave_one_set_out_fit(
        dev, ["economic"], rule="mean", threshold_sets=["synthetic", "semeval", "frermann"]
    )
    assert econ["delta"].mean() < 0
    resp = fit_frame(dev, "responsibility")
    assert resp["weights"]["R2"] == 1.0 and max(resp["weights"]["R4"], resp["weights"]["R5"]) < 0.2
    assert FITTED_FRAMES == ()
