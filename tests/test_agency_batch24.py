"""The batch-24 rows and draw of the agency annotation (issue 20: random dev-split mentions of
the non-Western and translated by-country outlets and of the non-US AllSides outlets, with the
state-agency vocabulary of killing, without the detector).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch24 import BATCH24, BATCH24_PARTS, STATE_PATTERN

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch24_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b24 = raw[raw["batch"] == 24]
    assert len(b24) == 120 == sum(n for _, _, n in BATCH24_PARTS)
    assert (b24["key"].map(split_of) == "dev").all() and (b24["split"] == "dev").all()
    assert b24.groupby(["corpus", "article_id"]).size().max() <= 2 * BATCH24["per_article"]
    earlier = raw[raw["batch"] < 24]
    assert not set(zip(b24["corpus"], b24["article_id"], b24["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b24["corpus"].value_counts().to_dict() == {"allsides": 90, "by-country": 30}
    assert b24["label"].value_counts().to_dict() == {
        "none": 58,
        "nominal": 37,
        "active_agent": 10,
        "passive_agentless": 7,
        "intransitive": 3,
        "active_instrument": 3,
        "passive_agent": 2,
    }


def test_state_pattern_finds_the_state_agency_words():
    # "1260 Russian soldiers were “eliminated” during the last day" (by-country PL, batch 24)
    text = "1260 Russian soldiers were eliminated; the air defence neutralised and destroyed drones"
    assert [m.group() for m in STATE_PATTERN.finditer(text)] == [
        "eliminated",
        "neutralised",
        "destroyed",
    ]
    assert not STATE_PATTERN.search("the eliminator of destroyers")


@pytest.mark.shared
def test_batch24_draw_is_reproducible():
    need_shared("datasets", "ukraine-2022-by-country")
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.agency_sample_batch18 import batch18_corpora
    from analysis.evaluation.agency_sample_batch24 import sample_batch24

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch24(batch18_corpora(), raw[raw["batch"] < 24])
    gold = raw[raw["batch"] == 24]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["part"].value_counts().to_dict() == {
        "as-foreign": 70,
        "bc-state": 30,
        "as-state": 20,
    }
