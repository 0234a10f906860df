"""A sixth fresh development batch for the generic frames (twentieth round): a third AllSides
story on topics the earlier AllSides batches drew from, coded by the project with the Semetko &
Valkenburg battery.

Drawn as the fifth batch (:mod:`analysis.evaluation.frames_batch5`), **without the detector**,
from the stories none of the first, third, fourth and fifth batches drew: the stories of
:data:`MIN_WORDS` to :data:`MAX_WORDS` whitespace words in a seeded order of the corpus rows
(:data:`SEED`), the topics in a seeded order, the first story of each, the first
:data:`BATCH_N` topics. The labels (``frames_batch6_labels.csv``) were coded with
``frames_guideline.md`` (all 20 questions, the whole story) and committed before the detector
was run on the batch; it was scored once, after the round's last change. Development data only
(no held-out half); the texts stay in ``../shared`` (never committed).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .frames_batch import draw_frames_batch, load_allsides
from .frames_batch3 import draw_frames_batch3, draw_one_per_topic, load_labelled
from .frames_batch4 import draw_frames_batch4
from .frames_batch5 import draw_frames_batch5

__all__ = [
    "BATCH_N",
    "MIN_WORDS",
    "MAX_WORDS",
    "SEED",
    "LABELS_FILE",
    "draw_frames_batch6",
    "load_frames_batch6",
]

#: Stories in the batch (the first topics of the seeded topic order).
BATCH_N = 12
#: Whitespace words of a story drawn (inclusive bounds).
MIN_WORDS, MAX_WORDS = 300, 900
#: Seed of the row order and of the topic order.
SEED = 28
#: The project's labels of the batch.
LABELS_FILE = Path(__file__).with_name("frames_batch6_labels.csv")


def draw_frames_batch6(corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """The batch (``id, topic, source, title, text``): one story of ``MIN_WORDS`` to
    ``MAX_WORDS`` words per topic, none drawn by the first, third, fourth or fifth batch, the
    topics in a seeded order, each the first of its topic in a seeded order of the remaining
    rows (:func:`~analysis.evaluation.frames_batch3.draw_one_per_topic`); the first
    ``BATCH_N``.

    Raises
    ------
    FramingError
        The AllSides corpus is absent (the shared data is never committed).
    """
    corpus = load_allsides() if corpus is None else corpus
    drawn = set()
    for draw in (draw_frames_batch, draw_frames_batch3, draw_frames_batch4, draw_frames_batch5):
        drawn |= set(draw(corpus)["id"].astype(str))
    rest = corpus[~corpus["id"].astype(str).isin(drawn)]
    topics = sorted(rest["topic"].dropna().unique())
    out = draw_one_per_topic(rest, topics, SEED, MIN_WORDS, MAX_WORDS)
    return out.head(BATCH_N).reset_index(drop=True)


def load_frames_batch6(batch: pd.DataFrame | None = None) -> pd.DataFrame:
    """The batch joined with the project's labels: ``gold_<frame>`` per frame and
    ``split`` = ``dev`` (the batch is development data only)."""
    return load_labelled(draw_frames_batch6() if batch is None else batch, LABELS_FILE)
