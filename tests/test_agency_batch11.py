"""The batch-11 and batch-12 draws of the agency annotation (issue 20): dev split, new articles,
no detector."""

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared, split_ids

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch11 import (
    BATCH12,
    new_dev_candidates,
    pool_sizes,
    sample_batch11,
)


def test_batch11_draw_dev_new_articles_half_risky():
    body = "The attack killed two. Shelling wounded five. A strike hit the town; ten died."
    dev, test = split_ids(6, "dev"), split_ids(2, "test")
    df = pd.DataFrame({"article_id": dev + test, "outlet": "X", "body": body})
    annotated = pd.DataFrame(
        {"corpus": ["war"], "article_id": [dev[0]], "start": [4], "label": ["nominal"]}
    )
    corpora = {"war": df, "empty": df.head(0)}
    draw = {"risky": 3, "ordinary": 3, "random_state": 30, "per_article": 2}
    out = sample_batch11(corpora, annotated, draw)
    assert len(out) == 6
    assert out["draw"].value_counts().to_dict() == {"risky": 3, "ordinary": 3}
    assert set(out["article_id"]) <= set(dev[1:])  # dev only, no annotated article
    assert out.groupby("article_id").size().max() <= 2
    sizes = pool_sizes(new_dev_candidates(corpora, annotated), corpora)
    assert sizes.loc["empty", "articles"] == 0 and sizes.loc["war", "articles"] == 5
    assert out.equals(sample_batch11(corpora, annotated, draw))  # seeded


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch12_rows_are_new_dev_mentions_risky_heavy():
    from analysis.evaluation.agency import load_annotations
    from analysis.evaluation.agency_sample import RISKY_PATTERN

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b12 = raw[raw["batch"] == 12]
    assert len(b12) == BATCH12["risky"] + BATCH12["ordinary"] == 120
    assert (b12["key"].map(split_of) == "dev").all() and (b12["split"] == "dev").all()
    assert b12.groupby(["corpus", "article_id"]).size().max() <= BATCH12["per_article"]
    risky = b12["trigger"].str.fullmatch(RISKY_PATTERN.pattern, case=False)
    assert risky.sum() == BATCH12["risky"]
    earlier = raw[raw["batch"] < 12]
    assert not set(zip(b12["corpus"], b12["article_id"])) & set(
        zip(earlier["corpus"], earlier["article_id"])
    )
    assert (load_annotations()["batch"] == 12).sum() == 120


@pytest.mark.shared
def test_batch12_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.agency_sample import allsides_war, war_corpora

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    corpora = {**war_corpora(), "allsides": allsides_war()}
    drawn = sample_batch11(corpora, raw[raw["batch"] < 12], BATCH12)
    gold = raw[raw["batch"] == 12]
    key = ["article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["draw"].value_counts().to_dict() == {"risky": 90, "ordinary": 30}
