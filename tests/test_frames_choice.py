"""Choosing the frame decision's parameters on dev halves (analysis.evaluation.frames_choice):
the length power by the half-split protocol, the thresholds, and the rescoring they rest on.
The sets here are built in the test, so each rule can be seen to fail."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import need_shared

from analysis import frame_profile
from analysis.detect.frames import FRAMES, default_battery, load_battery
from analysis.evaluation.frames import profile_table
from analysis.evaluation.frames_choice import (
    LENGTH_POWERS,
    best_threshold,
    choose_length_powers,
    choose_thresholds,
    half_split_f1,
    leave_one_set_out,
    leave_one_set_out_thresholds,
    rescore,
    rotation_verdict,
)
from analysis.evaluation.frames_stability import threshold_spread


def _dev_set(seed: int, n_rows: int = 120, *, lengths: tuple[int, int] = (5, 200)) -> pd.DataFrame:
    """One made-up dev set.  Economic is framed when a story has 4 or more weighted evidence
    sentences whatever its length (a count separates it); conflict when a fifth or more of its
    sentences are evidence (a share separates it); the other frames are noise."""
    rng = np.random.RandomState(seed)
    n = rng.randint(*lengths, size=n_rows)
    cols: dict = {"n_sentences": n}
    econ = rng.randint(0, 9, size=n_rows)
    cols |= {"economic_evidence": econ.astype(float), "gold_economic": econ >= 4}
    share = rng.uniform(0, 0.4, size=n_rows)
    conf = np.maximum(1, np.round(share * n))
    cols |= {"conflict_evidence": conf, "gold_conflict": conf / n >= 0.2}
    for f in FRAMES:
        if f not in ("economic", "conflict"):
            cols |= {
                f"{f}_evidence": rng.randint(0, 5, n_rows) * 1.0,
                f"gold_{f}": rng.rand(n_rows) > 0.5,
            }
    return pd.DataFrame(cols)


def test_a_count_wins_where_the_frame_is_a_count_and_a_share_where_it_is_a_share():
    sets = {"a": _dev_set(1), "b": _dev_set(2), "c": _dev_set(3)}
    choice, table = choose_length_powers(sets, repeats=10)
    assert choice["economic"] == 0.0 and choice["conflict"] == 1.0
    assert set(table["power"]) == set(LENGTH_POWERS) and table["chosen"].sum() == len(FRAMES)
    econ = table[table["frame"] == "economic"].set_index("power")
    assert econ.loc[0.0, ["a", "b", "c"]].min() == pytest.approx(1.0)  # perfect on every set
    assert econ.loc[1.0, "mean"] < econ.loc[0.0, "mean"] - 0.1


def test_with_equal_lengths_the_powers_tie_and_a_power_above_zero_beats_a_count():
    # every story 20 sentences long: every power ranks the stories alike, so the count's lead
    # is nil and a length-independent power is preferred
    sets = {k: _dev_set(s, lengths=(20, 21)) for k, s in (("a", 4), ("b", 5))}
    choice, table = choose_length_powers(sets, repeats=5)
    econ = table[table["frame"] == "economic"]
    assert np.allclose(econ["mean"], econ["mean"].iloc[0])
    assert choice["economic"] == 0.25


def test_a_power_that_loses_more_than_the_margin_on_one_set_is_not_admissible():
    # set "b": economic is a share there (one threshold serves both sets, so no power is perfect)
    a, b = _dev_set(6), _dev_set(7)
    b["economic_evidence"], b["gold_economic"] = b["conflict_evidence"], b["gold_conflict"]
    sets = {"a": a, "b": b}
    for margin in (0.0, 0.03, 0.05, 1.0):
        choice, table = choose_length_powers(sets, repeats=5, margin=margin)
        for _, tab in table.groupby("frame"):
            assert tab.loc[tab["chosen"], "admissible"].all()
            ok = tab["loss"] <= margin + 1e-12
            expected = ok if ok.any() else tab["loss"] == tab["loss"].min()
            assert (tab["admissible"] == expected).all()
        econ = table[table["frame"] == "economic"].set_index("power")
        quarter = econ.loc[0.25]
        assert 0 < quarter["gap"] <= quarter["se"]  # a count leads, within noise
        if margin == 0.03:  # 0.25 loses more than 0.03 on set "a": the count stays
            assert quarter["loss"] > 0.03 and choice["economic"] == 0.0
        if margin == 0.05:  # admissible and within noise: the length-independent power
            assert choice["economic"] == 0.25
        if margin == 1.0:
            assert table["admissible"].all()


def test_half_split_is_seeded_and_scores_every_fold():
    sets = {"a": _dev_set(8), "b": _dev_set(9)}
    one = half_split_f1(sets, (0.0, 1.0), repeats=3, seed=11)
    two = half_split_f1(sets, (0.0, 1.0), repeats=3, seed=11)
    pd.testing.assert_frame_equal(one, two)
    assert sorted(one["fold"].unique()) == list(range(6))
    assert len(one) == 6 * len(FRAMES) * 2 * 2
    assert one["f1"].between(0, 1).all()


def _fixed_set(evidence: list[float], gold: list[bool]) -> pd.DataFrame:
    """Every frame with the same evidence and gold, every story one sentence long (so every
    length power gives the same score)."""
    cols: dict = {"n_sentences": [1] * len(gold)}
    for f in FRAMES:
        cols |= {f"{f}_evidence": evidence, f"gold_{f}": gold}
    return pd.DataFrame(cols)


def test_threshold_spread_of_a_separating_score_is_nil():
    # 10 framed stories scoring 0.8, 10 unframed scoring 0: every half has both (seeded), the
    # only candidate threshold is 0.8 on every half, and it finds every framed story
    sets = {"a": _fixed_set([0.8] * 10 + [0.0] * 10, [True] * 10 + [False] * 10)}
    spread = threshold_spread(sets, dict.fromkeys(FRAMES, 0.5), repeats=10)
    assert list(spread["frame"]) == list(FRAMES) and set(spread["set"]) == {"a"}
    for col in ("threshold", "t_median", "t_p10", "t_p90"):
        assert spread[col].tolist() == [0.8] * len(FRAMES)
    assert (spread["t_sd"] < 1e-12).all() and (spread["f1_sd"] < 1e-12).all()  # float noise
    assert (spread["f1"] == 1.0).all() and (spread["p_above"] == 1.0).all()
    assert (spread["margin"] > 0).all()


def test_threshold_spread_reports_the_whole_dev_threshold_and_the_halves_spread():
    # scores 0.2 0.4 0.6 0.8 with gold F T F T: F1 0.667 / 0.8 / 0.5 / 0.667 at each, so the
    # whole-dev threshold is 0.4 (by hand); halves of two stories fit other thresholds
    sets = {"a": _fixed_set([0.2, 0.4, 0.6, 0.8], [False, True, False, True])}
    spread = threshold_spread(sets, {"economic": 0.0, "conflict": 1.0}, repeats=20, seed=3)
    assert list(spread["frame"]) == ["conflict", "economic"]  # the battery's order
    assert spread["power"].tolist() == [1.0, 0.0]
    assert spread["threshold"].tolist() == [0.4, 0.4]
    assert (spread["t_sd"] > 0).all() and (spread["t_p10"] <= spread["t_p90"]).all()


def test_best_threshold_is_the_lowest_best_and_rounded_down():
    scores = [np.array([0.1, 0.33336, 0.5, 0.9]), np.array([0.2, 0.33336, 0.7])]
    golds = [np.array([False, True, True, True]), np.array([False, True, True])]
    assert best_threshold(scores, golds) == 0.3333  # 0.33336 separates both; rounded down
    assert best_threshold([np.array([0.0, 0.0])], [np.array([False, True])]) == 1.0


def test_rescore_reproduces_the_detector_for_any_power(tmp_path):
    texts = [
        "Prices rose. The weather was fine. Costs rose. The economy slowed.",
        "The minister was to blame. Officials must act now. The river rose. Families fled.",
    ]
    for power in (0.0, 0.5, 1.0):
        d = tmp_path / f"d{power}.csv"
        rows = "\n".join(f"{f},1,{power}" for f in FRAMES)
        d.write_text(f"frame,threshold,length_power\n{rows}\n", encoding="utf-8")
        battery = load_battery(decision=d)
        table = profile_table(texts, battery=battery)
        again = rescore(table, dict.fromkeys(FRAMES, power))
        for f in FRAMES:
            assert np.allclose(again[f"{f}_score"], table[f"{f}_score"], atol=1e-6)
        direct = frame_profile(texts[0], battery=battery)["economic"].score
        assert table.loc[0, "economic_score"] == pytest.approx(direct)
    assert list(table["n_sentences"]) == [4, 4]


def test_thresholds_chosen_on_rescored_sets_separate_them():
    sets = {"a": _dev_set(10), "b": _dev_set(12)}
    counted = {k: rescore(d, dict.fromkeys(FRAMES, 0.0)) for k, d in sets.items()}
    t = choose_thresholds(counted)["economic"]
    assert 3 < t <= 4  # the count separates at 4


def _batches() -> dict[str, pd.DataFrame]:
    """The three project batches (fourteenth and fifteenth rounds) joined with their profile
    tables."""
    from analysis.evaluation.frames_batch import load_frames_batch
    from analysis.evaluation.frames_batch2 import load_frames_batch2
    from analysis.evaluation.frames_batch3 import load_frames_batch3

    out = {}
    for name, load in (
        ("batch", load_frames_batch),
        ("batch2", load_frames_batch2),
        ("batch3", load_frames_batch3),
    ):
        b = load().reset_index(drop=True)
        out[name] = pd.concat([b, profile_table(b["text"])], axis=1)
    return out


def _changed_by_safe_rule(halves: dict, five: dict) -> set[str]:
    """The frames whose left-out figures favour the rule "safe" on five sets over the mean on
    the dev halves: a higher worst margin over all-positive, no more sets below it."""
    new = leave_one_set_out_thresholds(five, ["safe"])
    old = leave_one_set_out_thresholds(halves, ["mean"])
    fitted = choose_thresholds(halves)
    rows = []
    for name in ("batch", "batch2"):
        g = {f: five[name][f"gold_{f}"].to_numpy(bool) for f in FRAMES}
        for f in FRAMES:
            pred = five[name][f"{f}_score"].to_numpy(float) >= fitted[f]
            tp, n = (pred & g[f]).sum(), pred.sum() + g[f].sum()
            base = 2 * g[f].mean() / (1 + g[f].mean())
            rows.append({"frame": f, "left_out": name, "margin": 2 * tp / n - base})
    old = pd.concat([old, pd.DataFrame(rows)])
    out = set()
    for f in FRAMES:
        a, b = old[old["frame"] == f]["margin"], new[new["frame"] == f]["margin"]
        if b.min() > a.min() + 1e-9 and (b <= 0).sum() <= (a <= 0).sum():
            out.add(f)
    return out


def _margins_at(sets: dict, thresholds: dict, frames) -> pd.DataFrame:
    """Each set's margin over all-positive at fixed thresholds (sets never fitted on)."""
    rows = []
    for name, d in sets.items():
        for f in frames:
            g = d[f"gold_{f}"].to_numpy(bool)
            pred = d[f"{f}_score"].to_numpy(float) >= thresholds[f]
            f1 = 2 * (pred & g).sum() / (pred.sum() + g.sum())
            rows.append(
                {"frame": f, "left_out": name, "margin": f1 - 2 * g.mean() / (1 + g.mean())}
            )
    return pd.DataFrame(rows)


def _changed_on_six(dev: dict, six: dict) -> set[str]:
    """The frames whose left-out figures favour the rule "safe" on six sets over the rule each
    frame follows since the fourteenth round (safe on five sets for responsibility, human
    interest and morality; the mean on the dev halves for conflict and economic), each set
    left out in turn: a higher worst margin over all-positive, no more sets below it."""
    five = {k: six[k] for k in ("synthetic", "semeval", "frermann", "batch", "batch2")}
    by_safe = ["responsibility", "human_interest", "morality"]
    by_mean = ["conflict", "economic"]
    old = pd.concat(
        [
            leave_one_set_out_thresholds(five, ["safe"]).query("frame in @by_safe"),
            _margins_at({"batch3": six["batch3"]}, choose_thresholds(five, "safe"), by_safe),
            leave_one_set_out_thresholds(dev, ["mean"]).query("frame in @by_mean"),
            _margins_at(
                {k: six[k] for k in ("batch", "batch2", "batch3")}, choose_thresholds(dev), by_mean
            ),
        ]
    )
    new = leave_one_set_out_thresholds(six, ["safe"])
    assert len(old) == len(new) == 6 * len(FRAMES)
    out = set()
    for f in FRAMES:
        a, b = old[old["frame"] == f]["margin"], new[new["frame"] == f]["margin"]
        if b.min() > a.min() + 1e-9 and (b <= 0).sum() <= (a <= 0).sum():
            out.add(f)
    return out


def test_decision_csv_is_reproduced_on_the_dev_halves():
    """The powers and thresholds of decision.csv are what the protocol gives on the dev halves
    of the three gold sets (skipped without ../shared or $FRAMING_FRAMES_EXTRA)."""
    need_shared("validation", "frames-generic-synthetic")
    need_shared("validation", "frames-semeval2023")
    from analysis.evaluation.frames import evaluate_frames, load_frermann

    if load_frermann() is None:
        pytest.skip("Frermann et al. (2023) not present ($FRAMING_FRAMES_EXTRA)")
    dev = {k: r["data"] for k, r in evaluate_frames(dev_only=True).items()}
    battery = default_battery()
    units = {f: battery.length_unit(f) for f in FRAMES}
    powers, _ = choose_length_powers(dev, units=units)
    assert powers == {f: battery.length_power(f) for f in FRAMES}
    halves = choose_thresholds({k: rescore(d, powers, units) for k, d in dev.items()})
    batches = _batches()
    five = dict(dev, batch=batches["batch"], batch2=batches["batch2"])
    safe = choose_thresholds(five, "safe")
    # fourteenth round: the rule "safe" on five sets, kept for a frame where the worst left-out
    # margin over all-positive rises and no more left-out sets fall below it than before
    changed = _changed_by_safe_rule(dev, five)
    assert changed == {"responsibility", "human_interest", "morality"}
    expected = {f: safe[f] if f in changed else halves[f] for f in FRAMES}
    # fifteenth round: the rule "safe" on six sets (the third batch added), kept for a frame by
    # the same test against the rule it followed: responsibility (the same threshold, 0.1492)
    # and conflict (0.16 -> 0.05661: batch 3 left out rises above all-positive, the worst
    # left-out margin, batch 2's, stays); human interest would fall to 0.002002, but its worst
    # left-out margin (batch 3, -0.167) does not rise. Sixteenth round: the same rules re-run
    # after the round's cue rows; responsibility's gives 0.188 (0.1492 before: no dev story
    # scores between the two, the best plateau's lowest score moved). Twenty-seventh round
    # (frames38): 0.1543 (0.188 before) after the round's guard of narrating "immediately": the
    # lowest positive dev score moved (SemEval dev 100 keeps one R3 sentence in 110, 0.1544)
    six = dict(five, batch3=batches["batch3"])
    changed = _changed_on_six(dev, six)
    assert changed == {"responsibility", "conflict"}
    safe = choose_thresholds(six, "safe")
    assert safe["responsibility"] == expected["responsibility"]
    assert safe["human_interest"] < expected["human_interest"]
    expected |= {f: safe[f] for f in changed}
    assert expected == dict(battery.thresholds)
    # the units (twelfth round): words transfer to a left-out set better than sentences for
    # human interest and morality, at the powers chosen then (0.75), and not for the others
    before = dict(powers, human_interest=0.75, morality=0.75)
    loso = leave_one_set_out(
        dev, {"sentences": (before, {}), "words": (before, dict.fromkeys(FRAMES, "words"))}
    )
    verdict = rotation_verdict(loso).set_index("frame")
    kept = {f for f in FRAMES if verdict.loc[f, "keep"]}
    assert kept == {f for f in FRAMES if units[f] == "words"} == {"human_interest", "morality"}
