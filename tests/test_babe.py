"""Loaded language on BABE (issue 17): sentence-level precision and recall of the loaded markers.

BABE is not in ``../shared``; these tests run where ``$FRAMING_BABE`` names a folder with its
``final_labels_SG2.csv`` and skip with that reason elsewhere.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import FramingError
from analysis.evaluation.babe import babe_folder, evaluate_babe, load_babe

need_babe = pytest.mark.skipif(
    babe_folder() is None,
    reason="BABE not available: set FRAMING_BABE to a folder with final_labels_SG2.csv "
    "(github.com/Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE)",
)


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FramingError, match="FRAMING_BABE"):
        load_babe(tmp_path)


def test_labels_and_split_from_a_small_file(tmp_path):
    rows = [
        ("Sentence one is fine.", "Non-biased", "[]"),
        ("The bizarre plan is a disgrace.", "Biased", "['bizarre', 'disgrace']"),
        ("Nobody agreed on this one.", "No agreement", "[]"),
    ]
    df = pd.DataFrame(rows, columns=["text", "label_bias", "biased_words"]).assign(outlet="X")
    df.to_csv(tmp_path / "final_labels_SG2.csv", sep=";", index=False)
    got = load_babe(tmp_path)
    assert got["biased"].tolist() == [False, True]  # "No agreement" dropped
    assert got["biased_words"].tolist() == [[], ["bizarre", "disgrace"]]
    assert set(got["split"]) <= {"dev", "test"}
    res = evaluate_babe(tmp_path)
    assert res["all"]["n"] == 2 and res["all"]["n_gold"] == 1
    # "bizarre" and "disgrace" are loaded; the plain sentence has no marker
    assert res["all"]["precision"] == 1.0 and res["all"]["recall"] == 1.0


@need_babe
def test_babe_held_out_precision_and_recall():
    res = evaluate_babe()
    # issue 17: loaded-language precision >= 0.80 at recall >= 0.25 on BABE sentences.
    # Held-out half (split by a hash of the sentence; its errors never read), measured
    # 2026-12-04: before the babe-dev-class rows P .821 R .175; after P .829 R .254.
    # Round babe23 (2026-12-06, more dev classes, scored once at the end): P .832 R .293.
    assert res["test"]["precision"] >= 0.80
    assert res["test"]["recall"] >= 0.25
    assert res["dev"]["n"] + res["test"]["n"] == 3673
