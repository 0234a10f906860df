"""The batch-30 rows and draw of the agency annotation (issue 20: random dev-split mentions of
the usual harm words, the last 50 never-labelled dev mentions of the war corpora and 50 from
AllSides reporting on other wars, terror and security, without the detector; seed 49).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch30 import BATCH30_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch30_rows_are_dev_mentions_never_labelled_before():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b30 = raw[raw["batch"] == 30]
    assert len(b30) == 100 and sum(n for _, n in BATCH30_PARTS) == 100
    assert (b30["key"].map(split_of) == "dev").all() and (b30["split"] == "dev").all()
    earlier = raw[raw["batch"] < 30]
    key = ["corpus", "article_id", "start"]
    assert not set(map(tuple, b30[key].values)) & set(map(tuple, earlier[key].values))
    war = b30[b30["corpus"].isin(["guardian-nyt", "by-country"])]
    others = b30[~b30.index.isin(war.index)]
    seen = set(zip(earlier["corpus"], earlier["article_id"]))
    assert set(zip(war["corpus"], war["article_id"])) <= seen
    assert not set(zip(others["corpus"], others["article_id"])) & seen
    assert others.groupby("article_id").size().max() == 1
    assert war["article_id"].nunique() == 13
    assert b30["corpus"].value_counts().to_dict() == {"allsides": 50, "guardian-nyt": 50}
    assert b30["label"].value_counts().to_dict() == {
        "nominal": 45,
        "none": 18,
        "passive_agentless": 14,
        "active_agent": 9,
        "intransitive": 7,
        "active_instrument": 5,
        "passive_agent": 2,
    }


@pytest.mark.shared
@pytest.mark.draws
def test_batch30_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency_sample_batch26 import batch26_corpora
    from analysis.evaluation.agency_sample_batch30 import sample_batch30

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    corpora = batch26_corpora()
    drawn = sample_batch30(corpora, raw[raw["batch"] < 30])
    gold = raw[raw["batch"] == 30]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["part"].value_counts().to_dict() == {"war": 50, "as-war": 50}
    # the war half is every never-labelled dev mention left: a second draw finds none
    again = sample_batch30(corpora, raw)
    assert (again["part"] == "war").sum() == 0
