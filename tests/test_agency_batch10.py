"""The batch-10 draw of the agency annotation (issue 20): risky trigger words of dev-split
AllSides articles (war reporting and other news) with no annotated mention before."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch10_rows_are_new_dev_allsides_mentions():
    from analysis.evaluation.agency import load_annotations, split_of
    from analysis.evaluation.agency_sample import RISKY_PATTERN
    from analysis.evaluation.agency_sample_batch10 import BATCH10

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b10 = raw[raw["batch"] == 10]
    assert len(b10) == BATCH10["war"] + BATCH10["other"] == 120
    assert set(b10["corpus"]) == {"allsides"}
    assert (b10["key"].map(split_of) == "dev").all() and (b10["split"] == "dev").all()
    assert b10.groupby("article_id").size().max() <= BATCH10["per_article"]
    assert b10["trigger"].str.fullmatch(RISKY_PATTERN.pattern, case=False).all()
    earlier = raw[raw["batch"] < 10]
    assert not set(b10["article_id"]) & set(earlier["article_id"])
    assert set(load_annotations()["batch"]) >= {10}


@pytest.mark.shared
def test_batch10_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.agency_sample import allsides_other, allsides_war
    from analysis.evaluation.agency_sample_batch10 import BATCH10, sample_batch10

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch10(allsides_war(), allsides_other(BATCH10), raw[raw["batch"] < 10])
    gold = raw[raw["batch"] == 10]
    key = ["article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["draw"].value_counts().to_dict() == {"war": 60, "other": 60}
