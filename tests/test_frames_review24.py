"""Generic frames, fourteenth round: an age spelled in words is a human face (H1), the news
formula "did not immediately respond" is no call for urgent action (R5), the second fresh
development batch (``analysis/evaluation/frames_batch2.py``) and the threshold rules of
:mod:`analysis.evaluation.frames_choice`.

The sentences are real: from the second batch (BASIL, Fan et al. 2019; the Guardian war corpus)
and the SemEval 2023 and Frermann dev halves, quoted as printed.  The expected answers are
written by hand from the questions' wording.  Each sentence is also run through the battery as
it was before the round (the rows of the round left out), so the tests fail without the change.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames import FRAMES
from analysis.detect.frames.battery import Battery
from analysis.evaluation.frames_batch2 import LABELS_FILE, MAX_WORDS, MIN_WORDS, draw_frames_batch2
from analysis.evaluation.frames_choice import threshold_by_rule
from analysis.lexicons import bundled_path


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the fourteenth round."""
    tmp = tmp_path_factory.mktemp("before24")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "fourteenth round" not in ln]
    assert len(lines) - len(kept) == 2  # the rows of the round
    return battery_from_cue_lines(tmp, kept)


def test_age_in_words_is_a_human_face(before):
    # batch 2, gnyt:127 (Guardian, "what we know on day 124 of the invasion")
    text = (
        "Zelenskiy said a wounded seven-year-old girl was pulled from the rubble of a"
        " nine-storey apartment block in Kyiv."
    )
    assert_frame_answer(text, "H1", ["seven-year-old"])
    assert "H1" not in frame_questions(text, before)


@pytest.mark.parametrize(
    "text",
    [
        # batch 2, BASIL 33521e65…_1 (Fox News): Rep. Grimm's office
        "A spokesman in Grimm's Washington office, Nick Iacono, did not immediately return"
        " emails or a telephone message seeking comment Friday.",
        # SemEval 2023 dev half
        "Ellison’s congressional office did not immediately return a request for comment.",
        # Frermann dev half
        "A spokesperson for Mucarsel-Powell's campaign did not immediately respond to a request"
        " for comment.",
    ],
)
def test_no_immediate_reply_is_no_urgency(text, before):
    assert "R5" not in frame_questions(text)
    assert "R5" in frame_questions(text, before)


def test_urgency_with_immediately_stays():
    # the guard takes the reply formula only: a call to act at once still answers R5
    assert "R5" in frame_questions("Congress must act immediately to reopen the government.")


def test_batch2_labels_are_complete():
    labels = pd.read_csv(LABELS_FILE, comment="#", dtype={"id": str})
    assert len(labels) == 40 and labels["id"].is_unique
    for f in FRAMES:
        assert set(labels[f]) <= {0, 1}
    assert labels["note"].str.len().gt(10).all()
    assert labels["id"].str.split(":").str[0].value_counts().to_dict() == {
        "basil": 28,
        "country": 6,
        "gnyt": 6,
    }


def test_batch2_draw_is_one_per_event_and_seeded():
    words = ["word " * 400] * 7 + ["word " * (MIN_WORDS - 1), "word " * (MAX_WORDS + 1)]
    basil = pd.DataFrame(
        {"key": [f"k{i}" for i in range(9)], "triplet": list("aabbccdde"), "title": "t"}
    ).assign(text=words)
    country = pd.DataFrame(
        {"file": ["f1", "f2", "f3"], "country": ["GB", "GB", "US"], "lang_tag": "English"}
    ).assign(text="word " * 400)
    gnyt = pd.DataFrame({"title": ["t"] * 8, "text": ["word " * 400] * 8})
    one = draw_frames_batch2(basil, country, gnyt)
    b = one[one["corpus"] == "basil"]
    assert len(b) == 4 and not {"basil:k7", "basil:k8"} & set(b["id"])  # d: too short; e: long
    assert (one["corpus"] == "by-country").sum() == 2 and (
        one["corpus"] == "guardian-nyt"
    ).sum() == 6
    assert one["id"].tolist() == draw_frames_batch2(basil, country, gnyt)["id"].tolist()


# Two sets, a frame common in one (4 of 5) and rare in the other (1 of 5); scores by hand.
SCORES = [np.array([0.1, 0.2, 0.3, 0.9, 0.0]), np.array([0.1, 0.2, 0.8, 0.0, 0.0])]
GOLDS = [np.array([1, 1, 1, 1, 0], bool), np.array([0, 0, 1, 0, 0], bool)]


def test_threshold_rules_by_hand():
    # F1 by threshold (set 1 / set 2): 0.1 -> 1.0 / 0.5, 0.2 -> 6/7 / 2/3, 0.3 -> 2/3 / 1.0,
    # 0.8 -> 0.4 / 1.0; calling every article positive: 8/9 / 1/3
    assert threshold_by_rule(SCORES, GOLDS, "mean") == 0.3  # mean 0.833
    # above all-positive on both sets: 0.1 only (6/7 < 8/9 at 0.2)
    assert threshold_by_rule(SCORES, GOLDS, "safe") == 0.1
    # worst-set margin: 0.1 -> min(1/9, 1/6); 0.2 -> 6/7 - 8/9 < 0
    assert threshold_by_rule(SCORES, GOLDS, "maximin") == 0.1


def test_safe_rule_falls_back_to_the_worst_set_margin():
    # set 1 now has a positive article scored 0: no threshold beats all-positive on it
    # (5/6 positive, all-positive F1 10/11); 0.1 gives 8/9 there and 0.5 on set 2
    scores = [np.append(SCORES[0], 0.0), SCORES[1]]
    golds = [np.append(GOLDS[0], True), GOLDS[1]]
    assert threshold_by_rule(scores, golds, "safe") == threshold_by_rule(scores, golds, "maximin")
    assert threshold_by_rule(scores, golds, "maximin") == 0.1
    assert threshold_by_rule(scores, golds, "mean") == 0.3
