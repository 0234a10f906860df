"""The batch-31 rows and draw of the agency annotation (issue 20: random dev-split mentions of
the usual harm words from new AllSides articles, 70 of war and armed-conflict reporting and 30 of
any topic, without the detector; seed 50).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch31 import BATCH31_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch31_rows_are_new_allsides_articles_one_mention_each():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b31 = raw[raw["batch"] == 31]
    assert len(b31) == 100 and sum(n for _, n in BATCH31_PARTS) == 100
    assert (b31["key"].map(split_of) == "dev").all() and (b31["split"] == "dev").all()
    assert (b31["corpus"] == "allsides").all() and b31["article_id"].is_unique
    earlier = raw[raw["batch"] < 31]
    assert not set(b31["article_id"]) & set(
        earlier.loc[earlier["corpus"] == "allsides", "article_id"]
    )
    assert b31["label"].value_counts().to_dict() == {
        "nominal": 41,
        "none": 28,
        "active_agent": 11,
        "passive_agentless": 8,
        "intransitive": 5,
        "active_instrument": 4,
        "passive_agent": 3,
    }
    assert b31["voice"].value_counts().to_dict() == {"author": 59, "reported": 23, "quoted": 18}


@pytest.mark.shared
@pytest.mark.draws
def test_batch31_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.agency_sample_batch31 import batch31_corpora, sample_batch31

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch31(batch31_corpora(), raw[raw["batch"] < 31])
    gold = raw[raw["batch"] == 31]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["part"].value_counts().to_dict() == {"as-conflict": 70, "as-any": 30}
