"""The batch-21 rows and draw of the agency annotation (issue 20: dev-split war reporting of the
Guardian/NYT, the by-country outlets and AllSides war, terror, foreign-policy, world and crime
topics, drawn near twenty-three kinds of non-event cue and with no cue, least-drawn outlets
weighted, without the detector).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch21 import BATCH21, BATCH21_PARTS, CUES21, NEW_CUES21

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch21_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b21 = raw[raw["batch"] == 21]
    # the parts ask 138: the war corpora have too few mentions left near most cue kinds
    assert len(b21) == 123 and sum(n for _, _, n in BATCH21_PARTS) == 138
    assert len(CUES21) == 23 and len(NEW_CUES21) == 4
    assert len(BATCH21_PARTS) == 3 * (len(CUES21) + 1) + 2
    assert (b21["key"].map(split_of) == "dev").all() and (b21["split"] == "dev").all()
    assert b21.groupby(["corpus", "article_id"]).size().max() <= BATCH21["per_article"]
    earlier = raw[raw["batch"] < 21]
    assert not set(zip(b21["corpus"], b21["article_id"], b21["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b21["corpus"].value_counts().to_dict() == {
        "allsides": 60,
        "guardian-nyt": 35,
        "by-country": 28,
    }
    assert b21["label"].value_counts().to_dict() == {
        "nominal": 57,
        "none": 31,
        "passive_agentless": 15,
        "active_agent": 9,
        "intransitive": 5,
        "active_instrument": 4,
        "passive_agent": 2,
    }


def test_batch21_new_cue_kinds_match_their_senses():
    # the BASIL senses the new kinds were written from (unlabelled text, issue 20's brief)
    assert NEW_CUES21["animals"].search("elephants ... they are being killed")
    assert NEW_CUES21["motion"].search("a fireball shot into the air")
    assert NEW_CUES21["identity"].search("misogynistic attacks")
    assert NEW_CUES21["crime_law"].search("exceptions for rape or incest")
    assert not NEW_CUES21["animals"].search("Russian troops attacked the village")


@pytest.mark.shared
def test_batch21_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency_sample_batch18 import batch18_corpora
    from analysis.evaluation.agency_sample_batch21 import sample_batch21

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch21(batch18_corpora(), raw[raw["batch"] < 21])
    gold = raw[raw["batch"] == 21]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    counts = drawn["draw"].value_counts().to_dict()
    assert counts["none"] == 26 and counts["any"] == 12
    assert sum(counts.values()) == 123
