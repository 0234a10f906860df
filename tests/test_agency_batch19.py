"""find_agency on the classes of the batch-19 round (issue 20: dev-split war reporting of the
Guardian/NYT, the by-country outlets and AllSides war, terror, foreign-policy, world and crime
topics, drawn near fourteen kinds of non-event cue, least-drawn outlets weighted), and the
batch-19 rows and draw.

The sentences are real sentences of the war corpora (cited by corpus and article id: the
dev-split mentions of batches 1-19, or unlabelled dev-split articles of the batch-18 pool); each
class has a counter-case that stays an event.  The expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch19 import BATCH19, BATCH19_PARTS, CUES19, NEW_CUES19

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch19_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b19 = raw[raw["batch"] == 19]
    # the parts ask 133: the pool has too few mentions left near four cue kinds
    assert len(b19) == 120 and sum(n for _, _, n in BATCH19_PARTS) == 133
    assert len(CUES19) == 14 and len(NEW_CUES19) == 4
    assert len(BATCH19_PARTS) == 3 * (len(CUES19) + 1) + 3
    assert (b19["key"].map(split_of) == "dev").all() and (b19["split"] == "dev").all()
    assert b19.groupby(["corpus", "article_id"]).size().max() <= BATCH19["per_article"]
    earlier = raw[raw["batch"] < 19]
    assert not set(zip(b19["corpus"], b19["article_id"], b19["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b19["corpus"].value_counts().to_dict() == {
        "allsides": 45,
        "by-country": 39,
        "guardian-nyt": 36,
    }
    assert b19["label"].value_counts().to_dict() == {
        "nominal": 57,
        "none": 24,
        "passive_agentless": 14,
        "active_agent": 12,
        "active_instrument": 5,
        "intransitive": 4,
        "passive_agent": 4,
    }


@pytest.mark.shared
def test_batch19_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency_sample_batch18 import batch18_corpora
    from analysis.evaluation.agency_sample_batch19 import sample_batch19

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch19(batch18_corpora(), raw[raw["batch"] < 19])
    gold = raw[raw["batch"] == 19]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    counts = drawn["draw"].value_counts().to_dict()
    assert counts["none"] == 24 and counts["any"] == 13
    assert sum(counts.values()) == 120
