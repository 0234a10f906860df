"""The batch-26 rows and draw of the agency annotation (issue 20: random dev-split mentions of
the usual harm words from articles no earlier batch drew from, AllSides reporting on other
wars, terror and security, and BASIL, without the detector).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch26 import BATCH26, BATCH26_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch26_rows_are_dev_mentions_of_new_articles():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b26 = raw[raw["batch"] == 26]
    # 190 asked; the war corpora had no dev article left without an annotated mention
    assert len(b26) == 150 and sum(n for _, _, n in BATCH26_PARTS) == 190
    assert (b26["key"].map(split_of) == "dev").all() and (b26["split"] == "dev").all()
    assert b26.groupby(["corpus", "article_id"]).size().max() == BATCH26["per_article"]
    earlier = raw[raw["batch"] < 26]
    assert not set(zip(b26["corpus"], b26["article_id"])) & set(
        zip(earlier["corpus"], earlier["article_id"])
    )
    assert b26["corpus"].value_counts().to_dict() == {"allsides": 125, "basil": 25}
    assert b26["label"].value_counts().to_dict() == {
        "nominal": 66,
        "none": 45,
        "active_agent": 13,
        "passive_agentless": 11,
        "active_instrument": 9,
        "intransitive": 4,
        "passive_agent": 2,
    }


@pytest.mark.shared
def test_batch26_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "basil-same-event")
    from analysis.evaluation.agency_sample_batch26 import batch26_corpora, sample_batch26

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch26(batch26_corpora(), raw[raw["batch"] < 26])
    gold = raw[raw["batch"] == 26]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["part"].value_counts().to_dict() == {"as-war": 125, "basil": 25}
