"""Twenty-eighth round (frames39): where a threshold sits in its empty band, and how much it moves
with the development stories it is fitted on (analysis/lexicons/frames/README.md).  Expected
values are worked by hand from the made-up scores; none is computed by the code under test."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.evaluation.frames_choice import THRESHOLD_PLACES, threshold_by_rule
from analysis.evaluation.frames_stability import threshold_moves


@pytest.mark.parametrize(
    ("scores", "gold", "rule", "edge", "middle"),
    [
        # the best plateau starts at 0.4; the highest score below it is 0.2
        ([0.0, 0.2, 0.4, 0.6], [False, False, True, True], "mean", 0.4, 0.3),
        # every story with evidence is framed: the band reaches 0 (responsibility and conflict
        # on the development sets; SemEval dev 100 scores 0.1544, one R3 in 110 sentences)
        ([0.0, 0.0, 0.1544, 0.9], [False, False, True, True], "safe", 0.1544, 0.0772),
        # a count (economic): 6 weighted sentences left out, 7 taken
        ([2.0, 6.0, 7.0, 9.0], [False, False, True, True], "mean", 7.0, 6.5),
    ],
)
def test_the_middle_of_the_band_gives_the_same_decisions_as_its_edge(
    scores, gold, rule, edge, middle
):
    s, g = [np.array(scores)], [np.array(gold)]
    assert threshold_by_rule(s, g, rule) == edge
    assert threshold_by_rule(s, g, rule, place="middle") == middle
    assert ((s[0] >= edge) == (s[0] >= middle)).all()


def test_a_band_too_narrow_to_halve_keeps_its_edge():
    # 0.40001 and 0.40002: the middle rounded down to 4 significant digits falls onto 0.4
    s, g = [np.array([0.40001, 0.40002])], [np.array([False, True])]
    assert threshold_by_rule(s, g, place="middle") == 0.4
    assert threshold_by_rule(s, g) == 0.4


def test_an_unknown_place_is_refused():
    assert THRESHOLD_PLACES == ("edge", "middle")
    with pytest.raises(ValueError, match="place"):
        threshold_by_rule([np.array([0.1])], [np.array([True])], place="quantile")


@pytest.mark.parametrize(
    ("scores", "thresholds", "moved", "max_moves"),
    [
        # a band reaching 0: the edge is the lowest framed score (0.3), without that story 0.5;
        # the middle (half the edge) moves by the same factor, with the same one story
        ([0.0, 0.0, 0.3, 0.5, 0.9], (0.3, 0.15), [0.2, 0.2], (0.5 / 0.3, 0.25 / 0.15)),
        # a band above 0: the edge 0.6 is set by one story (without it 0.8); the middle 0.5 by
        # two: without 0.6 the band is (0.4, 0.8] (middle 0.6), without 0.4 (0.2, 0.6] (0.4)
        ([0.2, 0.4, 0.6, 0.8, 0.9], (0.6, 0.5), [0.2, 0.4], (0.8 / 0.6, 0.5 / 0.4)),
    ],
)
def test_leaving_one_story_out_moves_each_place_as_worked_by_hand(
    scores, thresholds, moved, max_moves
):
    d = pd.DataFrame({"f_score": scores, "gold_f": [False, False, True, True, True]})
    t = threshold_moves({"a": d}, "f", rule="mean", boot=0).set_index("place")
    assert tuple(t.loc[["edge", "middle"], "threshold"]) == thresholds
    assert t["loo_moved"].tolist() == moved
    assert t["loo_max"].tolist() == pytest.approx([np.log(r) for r in max_moves])


def test_bootstrap_is_seeded():
    d = pd.DataFrame({"f_score": np.linspace(0, 1, 20), "gold_f": np.arange(20) % 3 == 0})
    one = threshold_moves({"a": d}, "f", boot=30, seed=5)
    two = threshold_moves({"a": d}, "f", boot=30, seed=5)
    pd.testing.assert_frame_equal(one, two)
    assert (one["boot_p10"] <= one["boot_p90"]).all() and (one["boot_sd"] >= 0).all()
