"""Generic frames, twenty-third round: frame evidence by voice, and the noise of a macro-F1.

The round changed no cue, question, weight or threshold: it measured, on the development sets
only, whether evidence in one voice (quoted, reported speech) misleads a frame's decision
(``analysis.evaluation.frames_voice.voice_scores`` / ``voice_verdict``; the figures are in
``analysis/evaluation/measured/experiments/frames-voice-loso.csv``), and how much a set's
macro-F1 varies with its articles (``macro_bootstrap``).  These tests check the two tools on
texts and sets whose answers are counted by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluation.frames import profile_table
from analysis.evaluation.frames_voice import (
    OWN_RULES,
    VARIANTS,
    macro_bootstrap,
    voice_evidence,
    voice_scores,
)
from analysis.paths import BUNDLED_CORPUS

#: Two sentences with economic evidence: E1 (money) and E2 (cost, money) in each, the first in
#: reported speech ("Officials said ..."), the second in the writer's own voice.
REPORTED_AND_AUTHOR = "Officials said the plan would cost $2bn. It cost $1bn."


def _one(text: str) -> pd.DataFrame:
    prof = profile_table([text])
    return pd.concat([pd.DataFrame({"text": [text]}), prof], axis=1)


def test_weights_of_one_give_the_detector_score_on_a_bundled_article():
    text = sorted(BUNDLED_CORPUS.glob("000_*.txt"))[0].read_text("utf-8")
    df = _one(text)
    ev = voice_evidence(df["text"])
    for frame in OWN_RULES:
        got = voice_scores(df, ev, frame, {})[f"{frame}_score"].iloc[0]
        assert got == pytest.approx(df[f"{frame}_score"].iloc[0], rel=1e-5, abs=1e-9)


def test_reported_evidence_weighted_by_voice():
    df = _one(REPORTED_AND_AUTHOR)
    ev = voice_evidence(df["text"])
    economic = [(e.question, e.voice) for e in ev[0] if e.frame == "economic"]
    assert sorted(economic) == [
        ("E1", "author"),
        ("E1", "reported"),
        ("E2", "author"),
        ("E2", "reported"),
    ]
    score = {
        name: voice_scores(df, ev, "economic", w)["economic_score"].iloc[0]
        for name, w in {"today": {}, **VARIANTS}.items()
    }
    # economic is a count (length power 0): 4 sentences-answers; the reported two halved.
    assert score["today"] == 4.0
    assert score["reported 0.5"] == 3.0
    assert score["non-author 0.5"] == 3.0
    assert score["quoted 0"] == 4.0  # no quotation in the text: unchanged (counter-case)


def test_an_unknown_voice_is_an_error():
    df = _one(REPORTED_AND_AUTHOR)
    with pytest.raises(ValueError, match="unknown voice"):
        voice_scores(df, voice_evidence(df["text"]), "economic", {"narrator": 0.5})


def test_macro_bootstrap_by_hand():
    # economic perfect (F1 1); morality tp 1, fp 1, fn 1 (F1 2/4 = 0.5): macro 0.75.
    df = pd.DataFrame(
        {
            "gold_economic": [True, False, True, False],
            "economic_present": [True, False, True, False],
            "gold_morality": [True, True, False, False],
            "morality_present": [True, False, True, False],
        }
    )
    r = macro_bootstrap(df, ["economic", "morality"], repeats=500)
    assert r["macro_f1"] == 0.75
    assert r["sd"] > 0
    assert r["p025"] <= 0.75 <= r["p975"]
    # perfect on 40 articles, half of them framed (a resample without a framed article, where
    # F1 is 0 by the convention of frame_scores, has probability 2 * 0.5 ** 40)
    perfect = pd.concat([df.assign(morality_present=df["gold_morality"])] * 10)
    assert macro_bootstrap(perfect, ["economic", "morality"], repeats=50)["sd"] == 0.0
