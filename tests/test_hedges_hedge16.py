"""WikiWeasel round hedge16: per-cue reliability chosen on one dev half, checked on the other.

:func:`analysis.evaluation.hedges.dev_cue_sets` gives the counted cue classes of every dev
sentence; :mod:`analysis.evaluation.hedge_reliability` selects the cues that are unreliable on
one dev half (precision below the half's base rate, or marginal precision below F1/2, with a
support of ``min_n`` sentences) and measures the change of F1 on both halves.  The sentences are
WikiWeasel dev sentences (PTB tokens as in ``train.csv``, labels as annotated); the expected cue
classes and every figure below were worked out by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluation.hedge_reliability import (
    cross_half_check,
    half_scores,
    unreliable_cues,
    without_cues,
)
from analysis.evaluation.hedges import dev_cue_sets

DEV_SENTENCES = [
    # (sentence as in train.csv, label, counted cue classes) -- WikiWeasel dev
    (
        "Children appear to rarely make up false allegations of their own accord.",
        0,
        {"hedge:appear to"},
    ),
    (
        "Toxicological studies indicated that BBR 2778 was not cardiotoxic, and US patents are "
        "held by the University of Vermont.",
        0,
        {"hedge:indicate"},
    ),
    (
        "Archaeological finds also indicate the possible beginnings of the Bronze Age which "
        "would ultimately spread throughout the ancient world from Afghanistan.",
        0,
        {"hedge:indicate"},
    ),
    (
        "Critics of the U.S. administration view these as war crimes and therefore allege that "
        "high level officials and the administration itself might be liable for criminal "
        "prosecution.",
        1,
        # "allege that" is distancing (not counted); "Critics" is not followed by a saying verb
        {"hedge:might"},
    ),
    (
        "Einstein 's general relativity as well as the redshift of the light from receding "
        "distant galaxies indicate that the entire Universe and possibly space-time itself began "
        "about 13.7 billion years ago in the big bang.",
        1,
        # "about 13.7 billion" is an approximator (not counted)
        {"hedge:indicate", "hedge:possibly"},
    ),
]


def test_dev_cue_sets_of_real_dev_sentences(tmp_path):
    path = tmp_path / "train.csv"
    pd.DataFrame(
        {"text": [s for s, _, _ in DEV_SENTENCES], "label": [lab for _, lab, _ in DEV_SENTENCES]}
    ).to_csv(path, index=False)
    cues = dev_cue_sets(path)
    assert len(cues) == len(DEV_SENTENCES)  # all five are dev sentences
    assert set(cues["half"]) <= {"dev-a", "dev-b"}
    assert [set(k) for k in cues["keys"]] == [keys for _, _, keys in DEV_SENTENCES]
    assert cues["label"].tolist() == [0, 0, 0, 1, 1]


def _cues(rows: list[tuple[str, int, set[str], int]]) -> pd.DataFrame:
    """(half, label, keys, count) -> one row per sentence."""
    out = [(half, label, frozenset(keys)) for half, label, keys, k in rows for _ in range(k)]
    return pd.DataFrame(out, columns=["half", "label", "keys"])


# dev-a: 8 sentences flagged only by "indicate", none weasel; 10 by "many", 8 weasel; 12 without
# a cue, 2 weasel.  TP 8, FP 10, FN 2: P 4/9, R 0.8, F1 4/7 (break-even 2/7); base rate 1/3.
# dev-b: the same, but 4 of the 8 "indicate" sentences are weasel.  TP 12, FP 6, FN 2: P 2/3,
# R 6/7, F1 0.75 (break-even 0.375); base rate 14/30.
TOY = _cues(
    [
        ("dev-a", 0, {"hedge:indicate"}, 8),
        ("dev-a", 1, {"quantifier:many"}, 8),
        ("dev-a", 0, {"quantifier:many"}, 2),
        ("dev-a", 1, set(), 2),
        ("dev-a", 0, set(), 10),
        ("dev-b", 0, {"hedge:indicate"}, 4),
        ("dev-b", 1, {"hedge:indicate"}, 4),
        ("dev-b", 1, {"quantifier:many"}, 8),
        ("dev-b", 0, {"quantifier:many"}, 2),
        ("dev-b", 1, set(), 2),
        ("dev-b", 0, set(), 10),
    ]
)


def test_half_scores_by_hand():
    s = half_scores(TOY)
    assert s.loc["dev-a", "f1"] == pytest.approx(4 / 7)
    assert s.loc["dev-a", "base_rate"] == pytest.approx(1 / 3)
    assert s.loc["dev-b", "f1"] == pytest.approx(0.75)
    assert s.loc["dev-b", "precision"] == pytest.approx(2 / 3)


@pytest.mark.parametrize("criterion", ["base_rate", "break_even"])
def test_unreliable_on_one_half_only(criterion):
    assert unreliable_cues(TOY, "dev-a", criterion=criterion) == ["hedge:indicate"]
    # dev-b: precision 0.5 is above the base rate 0.47 and the break-even 0.375
    assert unreliable_cues(TOY, "dev-b", criterion=criterion) == []
    # support: 8 sentences are needed, dev-a has 8
    assert unreliable_cues(TOY, "dev-a", criterion=criterion, min_n=9) == []


def test_cross_half_check_keeps_only_cues_chosen_on_both_halves():
    r = cross_half_check(TOY)
    assert r["cues"].tolist() == ["hedge:indicate", "", ""]
    # chosen on dev-a: dev-a F1 4/7 -> 0.8 (TP 8, FP 2, FN 2); dev-b 0.75 -> 2/3 (TP 8, FP 2, FN 6)
    assert r.loc["dev-a", "delta_dev-a"] == pytest.approx(0.8 - 4 / 7)
    assert r.loc["dev-a", "delta_dev-b"] == pytest.approx(2 / 3 - 0.75)
    assert r.loc["both", "delta_dev-a"] == 0.0 and r.loc["both", "delta_dev-b"] == 0.0


def test_second_cue_rule_keeps_a_weak_cue_beside_another():
    einstein = {"hedge:indicate", "hedge:possibly"}  # the last dev sentence above, weasel
    cues = pd.DataFrame(
        {"label": [1, 0], "half": ["dev-b"] * 2, "keys": [einstein, {"hedge:indicate"}]}
    )
    kept = without_cues(cues, ["hedge:indicate"], rule="second_cue")["keys"].map(set).tolist()
    assert kept == [einstein, set()]
    dropped = without_cues(cues, ["hedge:indicate"])["keys"].map(set).tolist()
    assert dropped == [{"hedge:possibly"}, set()]


def test_unknown_criterion():
    with pytest.raises(ValueError, match="criterion"):
        unreliable_cues(TOY, "dev-a", criterion="precision")
