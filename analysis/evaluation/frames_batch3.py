"""A third fresh development batch for the generic frames (fifteenth round): AllSides news on
issue topics that neither the gold sets nor the first two batches hold, coded by the project
with the Semetko & Valkenburg battery.

The detector is judged on a hidden corpus on *another* topic. The first batch
(:mod:`analysis.evaluation.frames_batch`) took one AllSides story from each of 50 topics; the
second (:mod:`analysis.evaluation.frames_batch2`) is US political news and war stories. This
batch takes one story from each AllSides topic that is **not** one of the first batch's topics
and **not** one of :data:`EXCLUDED_TOPICS` (elections and party politics, wars and foreign
affairs, immigration: the topics the other sets already hold), so it is issue news: health
care, guns, the environment, taxes, abortion, trade, food, housing, science ...

Drawn **without the detector**, as the first batch: the stories of :data:`MIN_WORDS` to
:data:`MAX_WORDS` whitespace words in a seeded order of the corpus rows (:data:`SEED`), the
eligible topics in a seeded order, the first story of each. So ``draw_frames_batch3()`` gives
the same batch at any commit. The labels (``frames_batch3_labels.csv``: ``id``, one 0/1 column
per frame, a note) were coded with ``frames_guideline.md`` (all 20 questions of the battery, the
whole story) before the detector was run on the batch. The round read the errors of the first
:data:`FIRST_PART` stories only; the rest are a fresh check of its changes. Development data
only (no held-out half); the texts stay in ``../shared`` (never committed).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..detect.frames import FRAMES
from .frames_batch import draw_frames_batch, load_allsides

__all__ = [
    "EXCLUDED_TOPICS",
    "FIRST_PART",
    "MIN_WORDS",
    "MAX_WORDS",
    "SEED",
    "LABELS_FILE",
    "eligible_topics",
    "draw_one_per_topic",
    "load_labelled",
    "draw_frames_batch3",
    "load_frames_batch3",
]

#: AllSides topics left out besides the first batch's: elections and party politics, wars,
#: foreign affairs and security, immigration (what the gold sets and batch 2 already hold), and
#: the death penalty under its second name (the first batch drew ``death_penalty``).
EXCLUDED_TOPICS: frozenset[str] = frozenset(
    {
        "immigration", "homeland_security",
        "us_senate", "republican_party", "impeachment", "campaign_finance", "campaign_rhetoric",
        "tea_party", "voting_rights_and_voter_fraud", "justice_department",
        "middle_east", "foreign_policy", "north_korea", "defense", "isis", "china", "europe",
        "israel", "asia", "africa", "nuclear_weapons",
        "capital_punishment_and_death_penalty",
    }
)  # fmt: skip
#: The stories whose errors the fifteenth round read (the rest: a fresh check).
FIRST_PART = 24
#: Whitespace words of a story drawn (inclusive bounds).
MIN_WORDS, MAX_WORDS = 300, 900
#: Seed of the row order and of the topic order.
SEED = 25
#: The project's labels of the batch.
LABELS_FILE = Path(__file__).with_name("frames_batch3_labels.csv")


def eligible_topics(corpus: pd.DataFrame) -> list[str]:
    """The topics of ``corpus`` the batch draws from (sorted): neither a topic of the first
    batch (``draw_frames_batch(corpus)``) nor one of :data:`EXCLUDED_TOPICS`."""
    first = set(draw_frames_batch(corpus)["topic"])
    return sorted(set(corpus["topic"].dropna()) - first - EXCLUDED_TOPICS)


def draw_one_per_topic(
    corpus: pd.DataFrame, topics: list[str], seed: int, min_words: int, max_words: int
) -> pd.DataFrame:
    """One story of ``min_words`` to ``max_words`` whitespace words per topic of ``topics``
    that has one (``id, topic, source, title, text``): the topics in a seeded order, each the
    first of its topic in a seeded order of the corpus rows (the third and fourth batches)."""
    words = corpus["text"].fillna("").str.split().str.len()
    pool = corpus[(words >= min_words) & (words <= max_words) & corpus["topic"].isin(topics)]
    rng = np.random.RandomState(seed)
    pool = pool.iloc[rng.permutation(len(pool))]
    present = sorted(pool["topic"].unique())
    order = [present[i] for i in rng.permutation(len(present))]
    out = pool.drop_duplicates("topic").set_index("topic").loc[order].reset_index()
    out = out.assign(id=out["id"].astype(str))
    return out[["id", "topic", "source", "title", "text"]]


def load_labelled(batch: pd.DataFrame, labels_file: Path) -> pd.DataFrame:
    """A drawn batch joined with the project's labels in ``labels_file``: ``gold_<frame>`` per
    frame and ``split`` = ``dev`` (the batches are development data only)."""
    labels = pd.read_csv(labels_file, comment="#", dtype={"id": str})
    batch = batch.merge(labels, on="id", how="inner")
    for f in FRAMES:
        batch[f"gold_{f}"] = batch[f].astype(int).astype(bool)
    return batch.assign(split="dev")


def draw_frames_batch3(corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """The batch (``id, topic, source, title, text``): one story of ``MIN_WORDS`` to
    ``MAX_WORDS`` words per eligible topic (:func:`eligible_topics`) that has one, the topics in
    a seeded order, each the first of its topic in a seeded order of the corpus rows.

    Raises
    ------
    FramingError
        The AllSides corpus is absent (the shared data is never committed).
    """
    corpus = load_allsides() if corpus is None else corpus
    return draw_one_per_topic(corpus, eligible_topics(corpus), SEED, MIN_WORDS, MAX_WORDS)


def load_frames_batch3(batch: pd.DataFrame | None = None) -> pd.DataFrame:
    """The batch joined with the project's labels: ``gold_<frame>`` per frame and
    ``split`` = ``dev`` (the batch is development data only)."""
    return load_labelled(draw_frames_batch3() if batch is None else batch, LABELS_FILE)
