"""The batch-25 rows and draw of the agency annotation (issue 20: random dev-split mentions of
the usual harm words from the war corpora's remaining mentions, AllSides reporting on other
wars, terror and security, AllSides guns and violence, and BASIL, without the detector).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch25 import BATCH25, BATCH25_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch25_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b25 = raw[raw["batch"] == 25]
    # 162 asked; the war corpora had 28 undrawn dev mentions left within one per article
    assert len(b25) == 150 and sum(n for _, _, n in BATCH25_PARTS) == 162
    assert (b25["key"].map(split_of) == "dev").all() and (b25["split"] == "dev").all()
    assert b25.groupby(["corpus", "article_id"]).size().max() == BATCH25["per_article"]
    earlier = raw[raw["batch"] < 25]
    assert not set(zip(b25["corpus"], b25["article_id"], b25["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b25["corpus"].value_counts().to_dict() == {
        "allsides": 102,
        "guardian-nyt": 24,
        "basil": 20,
        "by-country": 4,
    }
    assert b25["label"].value_counts().to_dict() == {
        "nominal": 65,
        "none": 37,
        "passive_agentless": 23,
        "active_agent": 12,
        "intransitive": 6,
        "active_instrument": 5,
        "passive_agent": 2,
    }


@pytest.mark.shared
def test_batch25_draw_is_reproducible():
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "basil-same-event")
    from analysis.evaluation.agency_sample_batch25 import batch25_corpora, sample_batch25

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch25(batch25_corpora(), raw[raw["batch"] < 25])
    gold = raw[raw["batch"] == 25]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["part"].value_counts().to_dict() == {
        "as-war": 77,
        "war": 28,
        "as-violence": 25,
        "basil": 20,
    }
