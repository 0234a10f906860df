"""Round 30: the learned reported-speech cue experiment (analysis/evaluation/attribution_model).

The sentences are from PolNeAR train (the development split), with their gold cue as PolNeAR
annotates it: "Rubio wants to emerge as the go-to candidate for mainstream Republicans"
(breitbart_2016-02-20_the-latest-hillary-clinton-tells: *wants* is a cue) and "Clinton says she
wants to expand those standards to apply to hedge funds and insurance companies."
(breitbart_2016-04-14_the-latest-trump-delivers-defens: only *says* is a cue).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluation.attribution_agreement import annotator_agreement
from analysis.evaluation.attribution_model import (
    GO_PRECISION,
    GO_RECALL,
    candidate_table,
    cv_path,
    end_metric,
    go_decision,
)
from analysis.evaluation.polnear import GoldArticle, GoldAttribution

RUBIO = "Rubio wants to emerge as the go-to candidate for mainstream Republicans."
CLINTON = (
    "Clinton says she wants to expand those standards to apply to hedge funds and insurance "
    "companies."
)


def _span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return at, at + len(word)


def _article() -> GoldArticle:
    text = f"{RUBIO}\n\n{CLINTON}\n"
    wants = _span(text, "wants")
    says = _span(text, "says")
    atts = (
        GoldAttribution(((0, 5),), (wants,), ((wants[1] + 1, len(RUBIO) - 1),), "indirect"),
        GoldAttribution(
            ((len(RUBIO) + 2, len(RUBIO) + 9),),
            (says,),
            ((says[1] + 1, len(text) - 2),),
            "indirect",
        ),
    )
    return GoldArticle("x", "p", "train", text, atts)


def test_candidates_label_the_annotated_wants_and_not_the_nested_one():
    art = _article()
    table, base = candidate_table([art])
    wants = table[table["form"] == "wants"].sort_values("start")
    assert len(wants) == 2
    first, second = wants.iloc[0], wants.iloc[1]
    assert (first["start"], bool(first["gold"]), first["missed"]) == (6, True, ("x#0",))
    assert (bool(second["gold"]), second["missed"]) == (False, ())
    # the detector's own cue and function words are no candidates
    assert "says" not in set(table["form"]) and "the" not in set(table["form"])
    assert base == {"n_reported": 2, "found": 1, "n_attributions": 1, "correct": 1}


def test_candidate_features_see_the_context():
    table, _ = candidate_table([_article()])
    first, second = table[table["form"] == "wants"].sort_values("start")["feats"]
    assert first["to_after"] == 1 and first["pos=1"] == 1 and first["near=none"] == 1
    assert second["pron_before"] == 1 and second["near=2"] == 1
    assert "lb=clinton" not in second  # the wide features only on request
    wide, _ = candidate_table([_article()], wide=True)
    assert "lb=clinton" in wide[wide["form"] == "wants"].sort_values("start")["feats"].iloc[1]


def test_no_candidate_inside_a_direct_quotation():
    text = 'He said: "Rubio wants to emerge as the candidate of the party, and he will."\n'
    table, _ = candidate_table([GoldArticle("q", "p", "train", text, ())])
    assert "wants" not in set(table["form"])


def test_end_metric_merges_adjacent_tokens_and_counts_by_hand():
    t = pd.DataFrame(
        {
            "article": ["a", "a", "b", "b"],
            "tok": [3, 4, 4, 7],
            "gold": [False, True, False, True],
            "missed": [(), ("a#0",), (), ("b#1",)],
        }
    )
    base = {"n_reported": 10, "found": 4, "n_attributions": 8, "correct": 7}
    # units: a3-a4 (gold), b4 (not), b7 (gold): 3 new, 2 right, 2 newly found
    got = end_metric(t, pd.Series([True] * 4), base)
    assert got == {
        "new_attributions": 3,
        "new_correct": 2,
        "new_found": 2,
        "reported_recall": 0.6,
        "attribution_precision": 9 / 11,
    }


def test_go_needs_both_bars():
    f = pd.DataFrame(
        {
            "threshold": [float("inf"), 0.8, 0.5, -1.0],
            "reported_recall": [0.5, GO_RECALL, 0.7, 0.9],
            "attribution_precision": [0.9, GO_PRECISION, 0.8, 0.95],
        }
    )
    assert go_decision(f) == (True, GO_RECALL)
    # the detector alone (inf) is an operating point; the oracle (-1) is not
    assert go_decision(f.iloc[[0, 2, 3]]) == (False, 0.5)


def test_annotator_agreement_by_hand():
    a = GoldAttribution((), ((0, 4),), ((5, 9),), "indirect")
    b = GoldAttribution((), ((10, 14),), ((15, 19),), "according_to")
    d = GoldAttribution((), ((20, 24),), ((25, 29),), "direct")
    got = annotator_agreement({"x": [(a, b, d), (a, d)]})
    # gold 1 vs 2: reported a found, b not; 2's a and d right (2 of 2).
    # gold 2 vs 1: a found; 1's a and d right, b not (2 of 3)
    assert got["reported_recall"] == pytest.approx(2 / 3)
    assert got["attribution_precision"] == pytest.approx(4 / 5)
    assert got["n_pairs"] == 2


def test_committed_cv_table_is_the_documented_no_go():
    path = cv_path()
    if not path.is_file():
        pytest.skip("the CV table is written by python -m analysis.evaluation.attribution_model")
    cv = pd.read_csv(path)
    assert set(cv["features"]) == {"narrow", "wide"}
    for _, part in cv.groupby(["features", "C"]):
        go, best = go_decision(part)
        assert not go and 0.5 < best < GO_RECALL
        detector = part[part["threshold"] == float("inf")].iloc[0]
        assert detector["new_attributions"] == 0
