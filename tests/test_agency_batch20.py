"""The batch-20 rows and draw of the agency annotation (issue 20: dev-split war reporting of the
Guardian/NYT, the by-country outlets and AllSides war, terror, foreign-policy, world and crime
topics, drawn near nineteen kinds of non-event cue and with no cue, least-drawn outlets
weighted, without the detector).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch20 import BATCH20, BATCH20_PARTS, CUES20, NEW_CUES20

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch20_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b20 = raw[raw["batch"] == 20]
    # the parts ask 132: the war corpora have too few mentions left near most cue kinds
    assert len(b20) == 121 and sum(n for _, _, n in BATCH20_PARTS) == 132
    assert len(CUES20) == 19 and len(NEW_CUES20) == 5
    assert len(BATCH20_PARTS) == 3 * (len(CUES20) + 1) + 2
    assert (b20["key"].map(split_of) == "dev").all() and (b20["split"] == "dev").all()
    assert b20.groupby(["corpus", "article_id"]).size().max() <= BATCH20["per_article"]
    earlier = raw[raw["batch"] < 20]
    assert not set(zip(b20["corpus"], b20["article_id"], b20["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b20["corpus"].value_counts().to_dict() == {
        "allsides": 54,
        "guardian-nyt": 35,
        "by-country": 32,
    }
    assert b20["label"].value_counts().to_dict() == {
        "nominal": 53,
        "none": 28,
        "passive_agentless": 15,
        "active_agent": 12,
        "active_instrument": 6,
        "intransitive": 4,
        "passive_agent": 3,
    }


@pytest.mark.shared
def test_batch20_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency_sample_batch18 import batch18_corpora
    from analysis.evaluation.agency_sample_batch20 import sample_batch20

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch20(batch18_corpora(), raw[raw["batch"] < 20])
    gold = raw[raw["batch"] == 20]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    counts = drawn["draw"].value_counts().to_dict()
    assert counts["none"] == 30 and counts["any"] == 16
    assert sum(counts.values()) == 121
