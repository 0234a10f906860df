"""Round 29's development batch: the draw reproduces and the labels cover every item.

The draw is detector-free (:mod:`analysis.evaluation.attribution_batch2`); these checks need the
AllSides corpus in ``../shared`` and are skipped without it. The expected ids and counts were
written down when the batch was drawn and labelled (round 29), not computed by the code here.
"""

import pandas as pd
import pytest

from analysis.evaluation import attribution_batch2 as ab2
from analysis.evaluation.attribution_batch import quotation_items
from analysis.paths import shared_path

pytestmark = pytest.mark.skipif(
    shared_path("datasets", "allsides-2012-2020") is None, reason="AllSides corpus not present"
)

#: The first five and the last article of the seeded draw, in draw order.
FIRST_IDS = [
    "Tg5rCqWx2yJUqJS6",
    "Zrzwm6HtBzmC9Kfi",
    "hi3dP2tSFRaK2IuD",
    "xgm7BlK8CJnN2qBf",
    "B04TZcTjioDHQSvZ",
]
LAST_ID = "WsACAHxLkSshOLZj"


@pytest.fixture(scope="module")
def arts():
    return ab2.draw_articles()


def test_draw_reproduces(arts):
    assert list(arts["id"][:5]) == FIRST_IDS
    assert arts["id"].iloc[-1] == LAST_ID
    assert len(arts) == 30
    assert set(arts["source"]) <= set(ab2.OUTLETS)


def test_labels_cover_every_quotation_item(arts):
    items = quotation_items(arts)
    labels = pd.read_csv(ab2.LABELS, dtype=str, keep_default_na=False)
    assert len(items) == 382
    assert sorted(labels["item"]) == sorted(items["item"])
    assert labels["kind"].value_counts().to_dict() == {"direct": 247, "mixed": 77, "other": 58}
    spoken = labels[labels["kind"] != "other"]
    assert (spoken["source"] != "").all() and (spoken["cue"] != "").all()
