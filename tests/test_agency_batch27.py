"""The batch-27 rows and draw of the agency annotation (issue 20: random dev-split mentions of
the usual harm words from articles no earlier batch drew from, AllSides reporting on other
wars, terror and security, and BASIL, without the detector; batch 26's draw, seed 46).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch27 import BATCH27, BATCH27_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch27_rows_are_dev_mentions_of_new_articles():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b27 = raw[raw["batch"] == 27]
    # 190 asked; the war corpora had no dev article left without an annotated mention
    assert len(b27) == 150 and sum(n for _, _, n in BATCH27_PARTS) == 190
    assert (b27["key"].map(split_of) == "dev").all() and (b27["split"] == "dev").all()
    assert b27.groupby(["corpus", "article_id"]).size().max() == BATCH27["per_article"]
    earlier = raw[raw["batch"] < 27]
    assert not set(zip(b27["corpus"], b27["article_id"])) & set(
        zip(earlier["corpus"], earlier["article_id"])
    )
    assert b27["corpus"].value_counts().to_dict() == {"allsides": 125, "basil": 25}
    assert b27["label"].value_counts().to_dict() == {
        "nominal": 58,
        "none": 54,
        "active_agent": 14,
        "passive_agentless": 12,
        "intransitive": 7,
        "active_instrument": 4,
        "passive_agent": 1,
    }


@pytest.mark.shared
@pytest.mark.draws
def test_batch27_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "basil-same-event")
    from analysis.evaluation.agency_sample_batch26 import batch26_corpora
    from analysis.evaluation.agency_sample_batch27 import sample_batch27

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch27(batch26_corpora(), raw[raw["batch"] < 27])
    gold = raw[raw["batch"] == 27]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["part"].value_counts().to_dict() == {"as-war": 125, "basil": 25}
