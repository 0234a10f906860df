"""The batch-23 rows and draw of the agency annotation (issue 20: random dev-split harm-word
mentions of the two war corpora, no cue used, the least-drawn outlet countries and outlets
weighted, without the detector).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch23 import BATCH23, BATCH23_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch23_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b23 = raw[raw["batch"] == 23]
    # the parts ask 124: within 2 per article the by-country texts had 36 undrawn mentions left
    assert len(b23) == 117 and sum(n for _, _, n in BATCH23_PARTS) == 124
    assert (b23["key"].map(split_of) == "dev").all() and (b23["split"] == "dev").all()
    assert b23.groupby(["corpus", "article_id"]).size().max() <= BATCH23["per_article"]
    earlier = raw[raw["batch"] < 23]
    assert not set(zip(b23["corpus"], b23["article_id"], b23["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b23["corpus"].value_counts().to_dict() == {"guardian-nyt": 81, "by-country": 36}
    assert b23["label"].value_counts().to_dict() == {
        "nominal": 45,
        "passive_agentless": 31,
        "none": 17,
        "active_agent": 12,
        "active_instrument": 7,
        "intransitive": 4,
        "passive_agent": 1,
    }


def test_batch23_uses_no_cue():
    assert {kind for _, kind, _ in BATCH23_PARTS} == {"none"}
    assert {corpus for corpus, _, _ in BATCH23_PARTS} == {"by-country", "guardian-nyt"}


@pytest.mark.shared
def test_batch23_draw_is_reproducible():
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    need_shared("datasets", "ukraine-2022-by-country")
    from analysis.evaluation.agency_sample import war_corpora
    from analysis.evaluation.agency_sample_batch23 import sample_batch23

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch23(war_corpora(), raw[raw["batch"] < 23])
    gold = raw[raw["batch"] == 23]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["stratum"].value_counts().to_dict() == {
        "guardian-nyt/The Guardian": 76,
        "by-country/GB": 15,
        "by-country/UA": 10,
        "by-country/US": 6,
        "by-country/PL": 5,
        "guardian-nyt/New York Times": 5,
    }
