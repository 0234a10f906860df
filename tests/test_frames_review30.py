"""Generic frames, twentieth round: the margin over all-positive, frame by frame, and forms of
the score tried against today's by leave-one-set-out (analysis.evaluation.frames_fit:
``form_scores``, ``leave_one_set_out_forms``, ``leave_one_set_out_versions(fit_sets=...)``).

Nothing was kept (README.md, twentieth round): the detector is unchanged.  The made-up sets
show that each helper can fail; the slow test reproduces the round's verdict on the eight
development sets (never a test half)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from conftest import fresh_sets

from analysis.detect.frames import FRAMES
from analysis.evaluation.frames import profile_table
from analysis.evaluation.frames_batch import draw_frames_batch
from analysis.evaluation.frames_batch3 import draw_frames_batch3
from analysis.evaluation.frames_batch4 import draw_frames_batch4
from analysis.evaluation.frames_batch5 import draw_frames_batch5
from analysis.evaluation.frames_batch6 import (
    BATCH_N,
    LABELS_FILE,
    MAX_WORDS,
    MIN_WORDS,
    draw_frames_batch6,
)
from analysis.evaluation.frames_fit import (
    EVIDENCE_FORMS_TRIED,
    form_scores,
    leave_one_set_out_forms,
    leave_one_set_out_versions,
)


def test_the_sum_form_is_the_detectors_score():
    # made-up texts with evidence of every frame; the score profile_table reports (the
    # detector's, rounded to 6 significant digits) is what form_scores computes from the counts
    texts = [
        "Prices rose. The minister was to blame. Officials must act now. Families fled in fear.",
        "We must pray. The rivals clashed over the cost of the $5m plan. A 7-year-old girl cried.",
    ]
    table = profile_table(texts)
    for f in FRAMES:
        assert np.allclose(form_scores(table, f), table[f"{f}_score"], rtol=1e-5, atol=1e-9)


def test_each_form_by_hand():
    # economic: weights 1, a count (length_power 0); two stories, counts E1 E2 E3 = 3 1 0 / 0 0 2
    d = pd.DataFrame(
        {"count_E1": [3, 0], "count_E2": [1, 0], "count_E3": [0, 2], "n_sentences": [9, 9]}
    )
    by_hand = {
        "sum": [4.0, 2.0],
        "log": [math.log(4) + math.log(2), math.log(3)],
        "sqrt": [math.sqrt(3) + 1, math.sqrt(2)],
        "cap2": [3.0, 2.0],
        "cap3": [4.0, 2.0],
        "distinct": [2.0, 1.0],
        "breadth": [8.0, 2.0],
        "two_questions": [4.0, 0.0],
        "two_sentences": [4.0, 2.0],
        "floor1": [4.0, 2.0],
    }
    assert set(by_hand) == set(EVIDENCE_FORMS_TRIED)
    for form, expected in by_hand.items():
        assert np.allclose(form_scores(d, "economic", form), expected), form
    # a power divides by the length: 9 sentences ** 0.5 = 3
    assert np.allclose(form_scores(d, "economic", "sum", 0.5), [4 / 3, 2 / 3])
    with pytest.raises(ValueError, match="unknown form"):
        form_scores(d, "economic", "median")


def _set(*, low_framed: bool = False, n: int = 40) -> pd.DataFrame:
    """A made-up set, 2 stories in 5 framed: framed stories score 0.02 and unframed 0.005, or
    (``low_framed``) framed 0.004 and unframed 0.001."""
    gold = np.arange(n) % 5 < 2
    hi, lo = (0.004, 0.001) if low_framed else (0.02, 0.005)
    return pd.DataFrame({"gold_morality": gold, "morality_score": np.where(gold, hi, lo)})


def test_fit_sets_restrict_the_sets_a_threshold_is_fitted_on():
    sets = {"a": _set(), "b": _set(), "c": _set(low_framed=True), "d": _set()}
    every = leave_one_set_out_versions(sets, sets, "morality", rule="mean")
    only = leave_one_set_out_versions(sets, sets, "morality", rule="mean", fit_sets=["b", "d"])
    # a left out: fitted on b and d only, the threshold (0.02) separates a; with c among the
    # sets fitted on, the best mean F1 is at 0.004 (c perfect, b and d all-positive: 0.714
    # against 0.667 at 0.02), which calls every story of a present
    assert only.set_index("left_out").loc["a", "f1"] == 1.0
    assert every.set_index("left_out").loc["a", "f1"] == pytest.approx(2 * 0.4 / 1.4)
    assert only.set_index("left_out").loc["b", "threshold"] == pytest.approx(0.02)  # d alone


def test_leave_one_set_out_forms_scores_a_form_against_todays():
    # economic as a count (length_power 0): framed stories answer two questions once each,
    # unframed ones repeat one question three times, so the sum (3 vs 2) misleads and the
    # number of questions answered ("distinct") separates
    def one(seed: int) -> pd.DataFrame:
        gold = np.random.RandomState(seed).rand(30) < 0.5
        return pd.DataFrame(
            {
                "gold_economic": gold,
                "count_E1": np.where(gold, 1, 3),
                "count_E2": np.where(gold, 1, 0),
                "count_E3": 0,
                "n_sentences": 10,
            }
        )

    sets = {k: one(i) for i, k in enumerate(("synthetic", "semeval", "frermann"))}
    table = leave_one_set_out_forms(sets, "economic", {"distinct": ("distinct", None)})
    row = table.iloc[0]
    assert row["mean_f1"] == 1.0 and row["mean_base"] < 1.0
    assert row["min_margin"] > row["min_margin_base"] and row["up"] == 3 and row["hurt"] == 0
    assert row["frermann_delta"] > 0


def test_batch6_labels_are_complete():
    labels = pd.read_csv(LABELS_FILE, comment="#", dtype={"id": str})
    assert len(labels) == BATCH_N == 12 and labels["id"].is_unique
    for f in FRAMES:
        assert set(labels[f]) <= {0, 1}
    assert labels["note"].str.len().gt(10).all()


def test_batch6_draws_a_story_no_earlier_batch_drew_one_per_topic_seeded():
    # 50 topics of one 400-word story fill the first batch; t00 has three more stories (the
    # fifth batch takes one, the sixth another), "immigration" two of 700 words (too long for
    # the first batch; the fourth takes one, the fifth the other), t01 one too long for any
    topics = [f"t{i:02d}" for i in range(50)] + ["t00"] * 3 + ["immigration"] * 2 + ["t01"]
    words = ["word " * 400] * 53 + ["word " * 700] * 2 + ["word " * (MAX_WORDS + 1)]
    corpus = pd.DataFrame(
        {"id": [f"a{i}" for i in range(56)], "topic": topics, "text": words}
    ).assign(source="s", title="t")
    six = draw_frames_batch6(corpus)
    earlier = set()
    for draw in (draw_frames_batch, draw_frames_batch3, draw_frames_batch4, draw_frames_batch5):
        earlier |= set(draw(corpus)["id"])
    assert sorted(six["topic"]) == ["t00"]
    assert not set(six["id"]) & earlier and six["topic"].is_unique
    assert six["text"].str.split().str.len().between(MIN_WORDS, MAX_WORDS).all()
    assert six["id"].tolist() == draw_frames_batch6(corpus)["id"].tolist()


@pytest.fixture(scope="module")
def dev_sets(frames_development_sets) -> dict[str, pd.DataFrame]:
    """The session's development sets (skips without ../shared or $FRAMING_FRAMES_EXTRA)."""
    return fresh_sets(frames_development_sets)


FIVE = ["synthetic", "semeval", "frermann", "batch", "batch2"]
#: The rule each frame's threshold follows in decision.csv (README.md): rule, sets fitted on.
TODAYS_RULE = {
    "responsibility": ("safe", [*FIVE, "batch3"]),
    "human_interest": ("safe", FIVE),
    "conflict": ("safe", [*FIVE, "batch3"]),
    "morality": ("safe", FIVE),
    "economic": ("mean", FIVE[:3]),
}


@pytest.mark.slow
def test_the_rounds_verdict_is_reproduced_on_the_development_sets(dev_sets):
    """The twentieth round (README.md): (1) the common frames' misses carry no evidence; (2)
    no form of the score passes the keep rule under both readings of "today's rule" with no
    left-out set hurt beyond its noise: human interest's log form lifts the floor with the
    threshold fitted on the other seven sets but loses Frermann beyond the noise against the
    rule human interest follows; morality's breadth form passes both but hurts one set in
    each; responsibility's and conflict's floors move under no form."""
    dev = dev_sets
    # (1) responsibility and conflict: every miss has no evidence at all (until the
    # twenty-seventh round, frames38, one had: batch 4's cave-rescue story, one R3 sentence in 51
    # sentences, 0.1871, under the threshold 0.188; the threshold the protocol gives after that
    # round's guard, 0.1543, calls it: 19 misses -> 18)
    for f, n_misses in (("responsibility", 18), ("conflict", 16)):
        misses = pd.concat(
            [d[d[f"gold_{f}"].astype(bool) & ~d[f"{f}_present"]] for d in dev.values()]
        )
        with_evidence = int((misses[f"{f}_score"] > 0).sum())
        assert len(misses) == n_misses and with_evidence == 0
    # (2) the forms, both readings
    forms = {v: (v, None) for v in EVIDENCE_FORMS_TRIED if v != "sum"}
    result = {}
    for f in FRAMES:
        extra = {"human_interest": ("log", 0.75), "morality": ("breadth", 0.25)}.get(f)
        fs = dict(forms, protocol=extra) if extra else forms
        rule, sets = TODAYS_RULE[f]
        result[f] = (
            leave_one_set_out_forms(dev, f, fs).set_index("variant"),
            leave_one_set_out_forms(dev, f, fs, rule=rule, fit_sets=sets).set_index("variant"),
        )

    def passes(t: pd.DataFrame) -> pd.Series:
        return (
            (t["min_margin"] > t["min_margin_base"] + 1e-9)
            & (t["mean_f1"] >= t["mean_base"] - 1e-9)
            & (t["frermann_delta"] >= -t["frermann_noise"])
        )

    for f in ("responsibility", "conflict"):
        for t in result[f]:
            assert not (t["min_margin"] > t["min_margin_base"] + 1e-9).any()
    seven, todays = result["human_interest"]
    assert passes(seven).loc[["log", "protocol"]].all()
    assert seven.loc["protocol", "hurt"] == 0
    assert todays.loc["protocol", "frermann_delta"] < -2 * todays.loc["protocol", "frermann_noise"]
    assert not passes(todays).any()
    seven, todays = result["morality"]
    assert passes(seven).loc["protocol"] and passes(todays).loc["protocol"]
    assert seven.loc["protocol", "hurt"] == 1 and todays.loc["protocol", "hurt"] == 1
    kept = {
        f: set(a.index[passes(a) & a["hurt"].eq(0)]) & set(b.index[passes(b) & b["hurt"].eq(0)])
        for f, (a, b) in result.items()
    }
    assert kept == {f: set() for f in FRAMES}
    seven, todays = result["economic"]
    assert passes(seven).loc["log"] and not passes(todays).any()
