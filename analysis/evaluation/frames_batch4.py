"""A fourth fresh development batch for the generic frames (sixteenth round): AllSides news on
the topics that no earlier AllSides batch drew, coded by the project with the Semetko &
Valkenburg battery.

The first batch (:mod:`analysis.evaluation.frames_batch`) took one AllSides story from each of
50 topics; the third (:mod:`analysis.evaluation.frames_batch3`) one from each remaining topic
outside :data:`analysis.evaluation.frames_batch3.EXCLUDED_TOPICS` (elections and party
politics, wars, foreign affairs and security, immigration). Those excluded topics are the only
AllSides topics no batch has drawn a story from; this batch takes one story from each of them
that is not a topic of the first batch, so every story is on a topic none of the six
development sets was drawn from by topic (BASIL, in the second batch, is drawn by event).

Drawn **without the detector**, as the third batch: the stories of :data:`MIN_WORDS` to
:data:`MAX_WORDS` whitespace words in a seeded order of the corpus rows (:data:`SEED`), the
eligible topics in a seeded order, the first story of each. So ``draw_frames_batch4()`` gives
the same batch at any commit. The labels (``frames_batch4_labels.csv``: ``id``, one 0/1 column
per frame, a note) were coded with ``frames_guideline.md`` (all 20 questions of the battery,
the whole story) and committed before the detector was run on the batch. No change of the
sixteenth round was made after it was scored: it is a fresh check. Development data only (no
held-out half); the texts stay in ``../shared`` (never committed).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .frames_batch import draw_frames_batch, load_allsides
from .frames_batch3 import EXCLUDED_TOPICS, draw_one_per_topic, load_labelled

__all__ = [
    "MIN_WORDS",
    "MAX_WORDS",
    "SEED",
    "LABELS_FILE",
    "eligible_topics",
    "draw_frames_batch4",
    "load_frames_batch4",
]

#: Whitespace words of a story drawn (inclusive bounds).
MIN_WORDS, MAX_WORDS = 300, 900
#: Seed of the row order and of the topic order.
SEED = 26
#: The project's labels of the batch.
LABELS_FILE = Path(__file__).with_name("frames_batch4_labels.csv")


def eligible_topics(corpus: pd.DataFrame) -> list[str]:
    """The topics of ``corpus`` the batch draws from (sorted): the third batch's excluded
    topics (:data:`~analysis.evaluation.frames_batch3.EXCLUDED_TOPICS`) that the corpus holds
    and the first batch did not draw."""
    first = set(draw_frames_batch(corpus)["topic"])
    return sorted((set(corpus["topic"].dropna()) & EXCLUDED_TOPICS) - first)


def draw_frames_batch4(corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """The batch (``id, topic, source, title, text``): one story of ``MIN_WORDS`` to
    ``MAX_WORDS`` words per eligible topic (:func:`eligible_topics`) that has one, the topics in
    a seeded order, each the first of its topic in a seeded order of the corpus rows (as the
    third batch: :func:`~analysis.evaluation.frames_batch3.draw_one_per_topic`).

    Raises
    ------
    FramingError
        The AllSides corpus is absent (the shared data is never committed).
    """
    corpus = load_allsides() if corpus is None else corpus
    return draw_one_per_topic(corpus, eligible_topics(corpus), SEED, MIN_WORDS, MAX_WORDS)


def load_frames_batch4(batch: pd.DataFrame | None = None) -> pd.DataFrame:
    """The batch joined with the project's labels: ``gold_<frame>`` per frame and
    ``split`` = ``dev`` (the batch is development data only)."""
    return load_labelled(draw_frames_batch4() if batch is None else batch, LABELS_FILE)
