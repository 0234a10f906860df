"""The batch-28 rows and draw of the agency annotation (issue 20: random dev-split mentions of
the usual harm words from articles no earlier batch drew from, AllSides reporting on other
wars, terror and security, and BASIL, without the detector; batch 26's draw, seed 47).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch28 import BATCH28, BATCH28_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch28_rows_are_dev_mentions_of_new_articles():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b28 = raw[raw["batch"] == 28]
    # 203 asked; the war corpora had no new dev article left, BASIL 12
    assert len(b28) == 150 and sum(n for _, _, n in BATCH28_PARTS) == 203
    assert (b28["key"].map(split_of) == "dev").all() and (b28["split"] == "dev").all()
    assert b28.groupby(["corpus", "article_id"]).size().max() == BATCH28["per_article"]
    earlier = raw[raw["batch"] < 28]
    assert not set(zip(b28["corpus"], b28["article_id"])) & set(
        zip(earlier["corpus"], earlier["article_id"])
    )
    assert b28["corpus"].value_counts().to_dict() == {"allsides": 138, "basil": 12}
    assert b28["label"].value_counts().to_dict() == {
        "nominal": 70,
        "none": 43,
        "active_instrument": 9,
        "passive_agentless": 9,
        "active_agent": 7,
        "intransitive": 6,
        "passive_agent": 6,
    }


@pytest.mark.shared
@pytest.mark.draws
def test_batch28_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "basil-same-event")
    from analysis.evaluation.agency_sample_batch26 import batch26_corpora
    from analysis.evaluation.agency_sample_batch28 import sample_batch28

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch28(batch26_corpora(), raw[raw["batch"] < 28])
    gold = raw[raw["batch"] == 28]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["part"].value_counts().to_dict() == {"as-war": 138, "basil": 12}
