"""A fresh development batch for the generic frames (thirteenth round): AllSides news on topics
none of the three gold sets covers, coded by the project with the Semetko & Valkenburg battery.

The three gold sets of :mod:`analysis.evaluation.frames` are three topics and three schemes; the
detector is judged on a fourth.  This batch is a small fourth: :data:`BATCH_N` articles of the
AllSides corpus (``../shared/datasets/allsides-2012-2020``, Baly et al. 2020), one per topic,
drawn **without the detector**: the articles of :data:`MIN_WORDS` to :data:`MAX_WORDS`
whitespace words (short enough to code whole), the topics in a seeded order (:data:`SEED`),
the first article of each topic in a seeded order.  So the draw is reproduced by
``draw_frames_batch(load_allsides())`` at any commit.

The labels (``frames_batch_labels.csv``: ``id``, one 0/1 column per frame, a note) were coded
by the project before the detector was run on the batch, following ``frames_guideline.md`` (the
battery's questions, ``analysis/lexicons/frames/questions.csv``, answered for the whole story).
It is development data: its errors may be read; it holds no held-out half.  It was coded in
two parts: the first 30 articles (whose errors the round read: the class "someone held to
account" of ``cues.csv`` came from them), then the next 20 of the same seeded order
(:data:`FIRST_PART` onwards), coded after that class was written and scored as a fresh check.
The article texts stay in ``../shared`` (never committed).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..detect.frames import FRAMES
from ..errors import FramingError
from ..paths import shared_path

__all__ = [
    "BATCH_N",
    "FIRST_PART",
    "MIN_WORDS",
    "MAX_WORDS",
    "SEED",
    "LABELS_FILE",
    "load_allsides",
    "draw_frames_batch",
    "load_frames_batch",
]

#: Articles in the batch (one per topic).
BATCH_N = 50
#: The articles coded first (whose errors were read); the rest were a fresh check.
FIRST_PART = 30
#: Whitespace words of an article drawn (inclusive bounds).
MIN_WORDS, MAX_WORDS = 300, 650
#: Seed of the topic order and of the order within a topic.
SEED = 23
#: The project's labels of the batch.
LABELS_FILE = Path(__file__).with_name("frames_batch_labels.csv")


def load_allsides(path: str | Path | None = None) -> pd.DataFrame:
    """The AllSides articles (``id, source, topic, title, text`` …) from ``../shared``.

    Raises
    ------
    FramingError
        The corpus is absent (the shared data is never committed).
    """
    p = Path(path) if path is not None else shared_path("datasets", "allsides-2012-2020")
    p = p / "articles.parquet" if p is not None and p.is_dir() else p
    if p is None or not p.is_file():
        raise FramingError("allsides-2012-2020/articles.parquet not found: pass path=.")
    return pd.read_parquet(p)


def draw_frames_batch(corpus: pd.DataFrame, *, n: int = BATCH_N, seed: int = SEED) -> pd.DataFrame:
    """The batch: one article per topic, ``n`` topics in a seeded order, each article the first
    of its topic (``MIN_WORDS`` to ``MAX_WORDS`` words) in a seeded order of the corpus rows.

    Examples
    --------
    >>> corpus = pd.DataFrame({"id": list("abcdef"), "topic": list("xxyyzz"),
    ...                        "text": ["w " * 400] * 5 + ["w " * 50]})
    >>> batch = draw_frames_batch(corpus, n=2, seed=0)
    >>> len(batch), batch["topic"].is_unique
    (2, True)
    """
    words = corpus["text"].fillna("").str.split().str.len()
    pool = corpus[(words >= MIN_WORDS) & (words <= MAX_WORDS)]
    rng = np.random.RandomState(seed)
    pool = pool.iloc[rng.permutation(len(pool))]
    topics = sorted(pool["topic"].dropna().unique())
    order = [topics[i] for i in rng.permutation(len(topics))][:n]
    first = pool.drop_duplicates("topic").set_index("topic")
    out = first.loc[order].reset_index()
    return out[[c for c in ("id", "topic", "source", "title", "text") if c in out.columns]]


def load_frames_batch(corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """The batch joined with the project's labels: ``gold_<frame>`` per frame and
    ``split`` = ``dev`` (the batch is development data only)."""
    batch = draw_frames_batch(corpus if corpus is not None else load_allsides())
    labels = pd.read_csv(LABELS_FILE, comment="#", dtype={"id": str})
    batch = batch.assign(id=batch["id"].astype(str)).merge(labels, on="id", how="inner")
    for f in FRAMES:
        batch[f"gold_{f}"] = batch[f].astype(int).astype(bool)
    return batch.assign(split="dev")
