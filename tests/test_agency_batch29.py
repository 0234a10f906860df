"""The batch-29 rows and draw of the agency annotation (issue 20: random dev-split mentions of
the usual harm words, half of them never-labelled mentions of war-corpus articles earlier
batches drew from, half from AllSides reporting on other wars, terror and security, without
the detector; seed 48).

The expected counts are the labels as committed, written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch29 import BATCH29_PARTS

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch29_rows_are_dev_mentions_never_labelled_before():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b29 = raw[raw["batch"] == 29]
    assert len(b29) == 150 and sum(n for _, n in BATCH29_PARTS) == 150
    assert (b29["key"].map(split_of) == "dev").all() and (b29["split"] == "dev").all()
    earlier = raw[raw["batch"] < 29]
    key = ["corpus", "article_id", "start"]
    assert not set(map(tuple, b29[key].values)) & set(map(tuple, earlier[key].values))
    war = b29[b29["corpus"].isin(["guardian-nyt", "by-country"])]
    others = b29[~b29.index.isin(war.index)]
    # war mentions: articles drawn from before, at most two of one lemma per article
    seen = set(zip(earlier["corpus"], earlier["article_id"]))
    assert set(zip(war["corpus"], war["article_id"])) <= seen
    assert not set(zip(others["corpus"], others["article_id"])) & seen
    assert others.groupby("article_id").size().max() == 1
    assert b29["corpus"].value_counts().to_dict() == {
        "allsides": 75,
        "guardian-nyt": 73,
        "by-country": 2,
    }
    assert b29["label"].value_counts().to_dict() == {
        "nominal": 53,
        "none": 41,
        "passive_agentless": 20,
        "active_agent": 19,
        "intransitive": 10,
        "active_instrument": 7,
    }


@pytest.mark.shared
@pytest.mark.draws
def test_batch29_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency_sample import trigger_lemma
    from analysis.evaluation.agency_sample_batch26 import batch26_corpora
    from analysis.evaluation.agency_sample_batch29 import sample_batch29

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch29(batch26_corpora(), raw[raw["batch"] < 29])
    gold = raw[raw["batch"] == 29]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["part"].value_counts().to_dict() == {"war": 75, "as-war": 75}
    lemmas = drawn.assign(lemma=drawn["trigger"].map(trigger_lemma))
    assert lemmas[lemmas["part"] == "war"].groupby(["article_id", "lemma"]).size().max() == 2
