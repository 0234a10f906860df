"""The batch-22 rows and draw of the agency annotation (issue 20: dev-split war reporting of the
by-country outlets and the Guardian/NYT, BASIL and a few AllSides war-topic mentions, near any
of twenty-three kinds of non-event cue first, then with no cue, least-drawn outlets weighted,
without the detector).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch22 import BATCH22, BATCH22_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch22_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b22 = raw[raw["batch"] == 22]
    # the parts ask 120: the by-country English texts had only 11 undrawn mentions near a cue
    assert len(b22) == 116 and sum(n for _, _, n in BATCH22_PARTS) == 120
    assert (b22["key"].map(split_of) == "dev").all() and (b22["split"] == "dev").all()
    assert b22.groupby(["corpus", "article_id"]).size().max() <= BATCH22["per_article"]
    earlier = raw[raw["batch"] < 22]
    assert not set(zip(b22["corpus"], b22["article_id"], b22["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b22["corpus"].value_counts().to_dict() == {
        "guardian-nyt": 45,
        "by-country": 36,
        "basil": 20,
        "allsides": 15,
    }
    assert b22["label"].value_counts().to_dict() == {
        "nominal": 45,
        "none": 36,
        "passive_agentless": 16,
        "active_agent": 10,
        "intransitive": 4,
        "active_instrument": 3,
        "passive_agent": 2,
    }


def test_batch22_asks_most_of_the_war_corpora():
    war = sum(n for corpus, _, n in BATCH22_PARTS if corpus in ("by-country", "guardian-nyt"))
    assert war == 85 and [kind for _, kind, _ in BATCH22_PARTS].count("any") == 4


@pytest.mark.shared
def test_batch22_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    need_shared("datasets", "basil-same-event")
    from analysis.evaluation.agency_sample_batch22 import batch22_corpora, sample_batch22

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch22(batch22_corpora(), raw[raw["batch"] < 22])
    gold = raw[raw["batch"] == 22]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    counts = drawn.groupby(["corpus", "draw"]).size().to_dict()
    assert counts == {
        ("allsides", "any"): 15,
        ("basil", "any"): 20,
        ("by-country", "any"): 11,
        ("by-country", "none"): 25,
        ("guardian-nyt", "any"): 30,
        ("guardian-nyt", "none"): 15,
    }
