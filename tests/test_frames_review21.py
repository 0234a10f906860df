"""Twelfth round of the generic frames (2026-12-06): the unit of the decision.

Human interest and morality divide their weighted evidence by the words of the text (per word,
``decision.csv`` ``length_unit`` words, ``length_power`` 1; words as readability counts them),
chosen by leave-one-set-out on the dev halves
(:func:`analysis.evaluation.frames_choice.leave_one_set_out`); responsibility, conflict and
economic keep the sentences.  The sentences are from the dev halves (SemEval 2023
and Frermann et al. 2023); every expected value is worked out by hand below.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis import frame_profile
from analysis.detect.frames import FRAMES, count_words, default_battery, load_battery
from analysis.detect.frames.battery import read_length_units
from analysis.errors import LexiconError
from analysis.evaluation.frames_choice import leave_one_set_out, rescore, rotation_verdict

# SemEval dev: H2 ("cruel", weight 0.5) and R4 ("couldn’t have been", weight 1)
CRUEL = "She is cruel. They couldn’t have been more wrong."
# Frermann dev: M1 ("crime against humanity"), 20 words
CRIME = (
    "Opposition MPs have said the raging infernos are a 'crime against humanity' and blamed "
    "his policies for fuelling the blazes."
)


def test_the_units_and_powers_of_decision_csv():
    b = default_battery()
    assert {f: b.length_unit(f) for f in FRAMES} == {
        "responsibility": "sentences",
        "human_interest": "words",
        "conflict": "sentences",
        "morality": "words",
        "economic": "sentences",
    }
    assert (b.length_power("human_interest"), b.length_power("morality")) == (1.0, 1.0)
    assert read_length_units() == {"human_interest": "words", "morality": "words"}


def test_words_count_the_same_however_the_text_is_cut_into_sentences():
    # the same 21 words: 9 in CRUEL ("couldn’t" one word), then 12 cut into four sentences or one
    cut = CRUEL + " The river rose. Shops closed. The bus was late. It rained again."
    run_on = CRUEL + " The river rose; shops closed; the bus was late; it rained again."
    assert count_words(cut) == count_words(run_on) == 21
    a, b = frame_profile(cut, quotes=[]), frame_profile(run_on, quotes=[])
    # human interest, per word: H2 (0.5) / 21 words, the same in both
    assert a["human_interest"].questions == b["human_interest"].questions == ("H2",)
    assert a["human_interest"].score == b["human_interest"].score == pytest.approx(0.5 / 21)
    assert a["human_interest"].present and b["human_interest"].present  # 0.0238 >= 0.003211
    # responsibility, per fourth root of the sentences: R4 (1) / 6 ** 0.25 and / 3 ** 0.25
    assert a["responsibility"].score == pytest.approx(1 / 6**0.25, abs=1e-6)
    assert b["responsibility"].score == pytest.approx(1 / 3**0.25, abs=1e-6)
    for p, text in ((a, cut), (b, run_on)):
        assert all(text[e.start : e.end] == e.text for d in p.values() for e in d.evidence)


def test_one_moral_sentence_makes_a_story_of_up_to_210_words_moral():
    # M1 (weight 1) per word: present while 1 / words >= 0.004761 (fourteenth round; 0.005244
    # and 190 words before), i.e. up to 210 words
    assert count_words(CRIME) == 20
    alone = frame_profile(CRIME, quotes=[])["morality"]
    assert alone.present and alone.questions == ("M1",) and alone.score == pytest.approx(0.05)
    at_210 = CRIME + " The river rose." * 62 + " It rained." * 2  # 20 + 186 + 4 words
    at_211 = CRIME + " The river rose." * 63 + " It rained."  # 20 + 189 + 2 words
    assert (count_words(at_210), count_words(at_211)) == (210, 211)
    long_ok, too_long = frame_profile(at_210, quotes=[]), frame_profile(at_211, quotes=[])
    assert long_ok["morality"].present and long_ok["morality"].score == pytest.approx(
        1 / 210, abs=1e-6
    )
    assert not too_long["morality"].present
    assert too_long["morality"].score == pytest.approx(1 / 211, abs=1e-6)
    assert too_long["morality"].evidence == long_ok["morality"].evidence  # still shown


def test_a_feeling_makes_a_story_of_up_to_155_words_human_interest():
    # "She is cruel." H2 (0.5) per word: 0.5 / 155 = 0.003226 >= 0.003211 > 0.5 / 156 (fourteenth
    # round; 110 words at 0.004513 before)
    text = "She is cruel."
    at_155 = text + " The river rose." * 50 + " It rained."  # 3 + 150 + 2 words
    at_156 = text + " The river rose." * 51  # 3 + 153 words
    assert (count_words(at_155), count_words(at_156)) == (155, 156)
    assert frame_profile(at_155, quotes=[])["human_interest"].present
    assert not frame_profile(at_156, quotes=[])["human_interest"].present


def test_a_words_unit_needs_the_word_count():
    from analysis.detect.frames import decide_frames, find_frames

    b = default_battery()
    ev = find_frames(CRUEL)
    with pytest.raises(ValueError, match="n_words"):
        decide_frames(ev, b, n_sentences=2)
    assert decide_frames(ev, b, n_sentences=2, n_words=9)["human_interest"].score == (
        pytest.approx(0.5 / 9)
    )


def test_a_length_unit_must_be_sentences_or_words(tmp_path):
    bad = tmp_path / "decision.csv"
    rows = "\n".join(f"{f},1,0.5,{'lines' if f == 'morality' else ''}" for f in FRAMES)
    bad.write_text(f"frame,threshold,length_power,length_unit\n{rows}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="morality.*length_unit 'lines'"):
        load_battery(decision=bad)
    ok = tmp_path / "ok.csv"
    ok.write_text(bad.read_text(encoding="utf-8").replace("lines", "Words"), encoding="utf-8")
    assert load_battery(decision=ok).length_unit("morality") == "words"
    assert load_battery(decision=ok).length_unit("conflict") == "sentences"


def _set(evidence: list[float], words: list[int], gold: list[bool]) -> pd.DataFrame:
    """Every frame with the same evidence and gold; one sentence per story, so a count and a
    share of sentences are the same score."""
    cols: dict = {"n_sentences": [1] * len(gold), "n_words": words}
    for f in FRAMES:
        cols |= {f"{f}_evidence": evidence, f"gold_{f}": gold}
    return pd.DataFrame(cols)


def test_leave_one_set_out_by_hand():
    # gold = at least one evidence sentence per 10 words: per word separates every set at 0.1,
    # a count does not (its best threshold on any two sets is 1, F1 0.8 on each, by hand)
    sets = {
        "a": _set([2, 2, 0, 1], [10, 100, 10, 10], [True, False, False, True]),
        "b": _set([3, 3, 0, 1], [20, 200, 20, 10], [True, False, False, True]),
        "c": _set([4, 4, 1, 0], [40, 400, 10, 40], [True, False, True, False]),
    }
    count = dict.fromkeys(FRAMES, 0.0)
    per_word = (dict.fromkeys(FRAMES, 1.0), dict.fromkeys(FRAMES, "words"))
    table = leave_one_set_out(sets, {"count": (count, {}), "per word": per_word}, halves=5)
    assert len(table) == 2 * len(FRAMES) * 3
    econ = table[table["frame"] == "economic"].set_index(["rule", "left_out"])
    for k in "abc":
        assert econ.loc[("count", k), "threshold"] == 1.0
        assert econ.loc[("count", k), "f1"] == pytest.approx(0.8)
        assert math.isnan(econ.loc[("count", k), "delta"])
        assert econ.loc[("per word", k), "threshold"] == pytest.approx(0.1)
        assert econ.loc[("per word", k), "f1"] == 1.0
        assert econ.loc[("per word", k), "delta"] == pytest.approx(0.2)
        assert econ.loc[("per word", k), "baseline_f1"] == pytest.approx(2 / 3)  # prevalence 1/2
        assert econ.loc[("per word", k), "noise"] >= 0
    verdict = rotation_verdict(table)
    assert verdict["rule"].unique().tolist() == ["per word"]
    assert verdict[["up", "hurt"]].values.tolist() == [[3, 0]] * len(FRAMES)
    assert verdict["keep"].all()
    # the other way round: the count loses 0.2 on every left-out set
    back = leave_one_set_out(sets, {"per word": per_word, "count": (count, {})}, halves=5)
    assert np.allclose(back.dropna()["delta"], -0.2)
    assert (rotation_verdict(back)["up"] == 0).all()


def test_rescore_in_words_reproduces_the_detector(tmp_path):
    d = tmp_path / "d.csv"
    rows = "\n".join(f"{f},1,1,words" for f in FRAMES)
    d.write_text(f"frame,threshold,length_power,length_unit\n{rows}\n", encoding="utf-8")
    from analysis.evaluation.frames import profile_table

    texts = [CRUEL + " The river rose.", CRIME]
    table = profile_table(texts, battery=load_battery(decision=d))
    assert table["n_words"].tolist() == [12, 20]
    again = rescore(table, dict.fromkeys(FRAMES, 1.0), dict.fromkeys(FRAMES, "words"))
    for f in FRAMES:
        assert np.allclose(again[f"{f}_score"], table[f"{f}_score"], atol=1e-6)
    assert table.loc[1, "morality_score"] == pytest.approx(1 / 20)


def test_the_pipeline_decides_on_the_same_word_count_as_frame_profile():
    # analyse_article passes the cleaner's word count of the body; frame_profile counts the body
    from analysis.pipeline.article import analyse_article

    tail = " It rained.\n\nShe is cruel. Prices rose 5% in the U.S."
    raw = CRIME + " The river rose." * 63 + tail
    a = analyse_article(raw, keep=True)
    body = a.article.body
    assert count_words(body) == 211 + 3 + 6  # "5%" and "U.S." one word each
    direct = frame_profile(body)
    for f in ("human_interest", "morality"):
        assert a.frames[f].score == direct[f].score > 0
        assert a.frames[f].present == direct[f].present
    assert a.features["frame_morality_score"] == pytest.approx(1 / 220)
    assert a.features["frame_morality"] == 0.0  # 1 / 220 < 0.004761
