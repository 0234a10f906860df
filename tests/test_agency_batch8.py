"""find_agency on the non-event classes of the batch-8 dev errors (issue 20, non-events in war
reporting: the war corpora drawn uniformly over trigger lemmas), and the batch-8 draw.

The sentences are real sentences of war reporting (cited by corpus and article) or written for
these tests where marked; each class has a counter-case that stays an event. The expected values
are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.evaluation.agency_sample import trigger_lemma

ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_trigger_lemmas():
    words = ["Killings", "slain", "slew", "shot", "struck", "airstrikes", "bombardment", "bombs"]
    assert [trigger_lemma(w) for w in words] == [
        "kill",
        "slay",
        "slay",
        "shoot",
        "strike",
        "airstrike",
        "bombard",
        "bomb",
    ]
    assert [trigger_lemma(w) for w in ["dying", "died", "dead", "deaths", "lost their lives"]] == [
        "die",
        "die",
        "dead",
        "death",
        "lose one's life",
    ]


def test_batch8_rows_are_war_corpora_split_by_article():
    from analysis.evaluation.agency import load_annotations, split_of

    a = load_annotations()
    b8 = a[a["batch"] == 8]
    assert len(b8) == 120 and set(b8["corpus"]) == {"guardian-nyt", "by-country"}
    assert (b8["split"] == b8["key"].map(split_of)).all()
    assert b8.groupby(["corpus", "article_id"]).size().max() == 1
    earlier = a[a["batch"] < 8]
    assert not set(zip(b8["corpus"], b8["article_id"], b8["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )


@pytest.mark.shared
def test_batch8_draw_is_reproducible():
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency import load_annotations
    from analysis.evaluation.agency_sample import sample_batch8, war_corpora

    # the draw excludes every mention annotated before, ``skip`` rows included
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch8(war_corpora(), raw[raw["batch"] < 8])
    gold = load_annotations()
    b8 = gold[gold["batch"] == 8].reset_index(drop=True)
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(b8[key].astype(drawn[key].dtypes))
    assert pd.Series(drawn["draw"]).value_counts().to_dict() == {"lemma": 120}
    assert drawn["lemma"].value_counts().max() <= 5
