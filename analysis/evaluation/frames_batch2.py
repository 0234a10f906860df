"""A second fresh development batch for the generic frames (fourteenth round): news of three
corpora other than AllSides, coded by the project with the Semetko & Valkenburg battery.

The thirteenth round's batch (:mod:`analysis.evaluation.frames_batch`) is AllSides only and
short stories; this one draws from the other English corpora of ``../shared/datasets``, drawn
**without the detector**, whole stories of :data:`MIN_WORDS` to :data:`MAX_WORDS` whitespace
words:

- BASIL (``basil-same-event``, Fan et al. 2019; US political news 2010-2019): :data:`N_BASIL`
  events (triplets) in a seeded order, of each the first article in a seeded order of the rows
  (one per event, so one per topic);
- English war coverage by outlet country (``ukraine-2022-by-country``): one article per country
  (texts tagged English), the first of each country in a seeded order;
- Guardian and New York Times on Russia-Ukraine (``ukraine-2022-guardian-nyt``):
  :data:`N_GUARDIAN_NYT` articles, the first in a seeded order.

The two war corpora are one topic; they stand in for the long foreign-news story. Every draw
uses :data:`SEED`, so ``draw_frames_batch2()`` gives the same batch at any commit. The labels
(``frames_batch2_labels.csv``: ``id``, one 0/1 column per frame, a note) were coded with
``frames_guideline.md`` (all 20 questions of the battery for the whole story) before the
detector was run on the batch. Development data only (no held-out half); the texts stay in
``../shared`` (never committed).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..detect.frames import FRAMES
from ..errors import FramingError
from ..paths import shared_path

__all__ = [
    "N_BASIL",
    "N_GUARDIAN_NYT",
    "MIN_WORDS",
    "MAX_WORDS",
    "SEED",
    "LABELS_FILE",
    "draw_frames_batch2",
    "load_frames_batch2",
]

#: Events of BASIL in the batch (one article each).
N_BASIL = 28
#: Articles of the Guardian / New York Times corpus in the batch.
N_GUARDIAN_NYT = 6
#: Whitespace words of an article drawn (inclusive bounds).
MIN_WORDS, MAX_WORDS = 300, 900
#: Seed of every seeded order of the draw.
SEED = 24
#: The project's labels of the batch.
LABELS_FILE = Path(__file__).with_name("frames_batch2_labels.csv")


def _within(df: pd.DataFrame, rng: np.random.RandomState) -> pd.DataFrame:
    words = df["text"].fillna("").str.split().str.len()
    pool = df[(words >= MIN_WORDS) & (words <= MAX_WORDS)]
    return pool.iloc[rng.permutation(len(pool))]


def _one_per(pool: pd.DataFrame, group: str, n: int | None, rng: np.random.RandomState):
    groups = sorted(pool[group].dropna().unique())
    order = [groups[i] for i in rng.permutation(len(groups))][:n]
    return pool.drop_duplicates(group).set_index(group).loc[order].reset_index()


def draw_frames_batch2(
    basil: pd.DataFrame | None = None,
    by_country: pd.DataFrame | None = None,
    guardian_nyt: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The batch (``id, corpus, title, text``): BASIL one article per event, the war corpus by
    country one per country, then the Guardian / NYT articles, each part in a seeded order.

    Raises
    ------
    FramingError
        A corpus is absent (the shared data is never committed).
    """
    if basil is None or by_country is None or guardian_nyt is None:
        root = shared_path("datasets")
        if root is None or not Path(root).is_dir():
            raise FramingError("../shared/datasets not found")
        root = Path(root)
        if basil is None:
            basil = pd.read_csv(root / "basil-same-event" / "articles.csv")
        if by_country is None:
            by_country = pd.read_parquet(root / "ukraine-2022-by-country" / "articles.parquet")
        if guardian_nyt is None:
            guardian_nyt = pd.read_csv(root / "ukraine-2022-guardian-nyt" / "articles.csv")
    rng = np.random.RandomState(SEED)
    b = _one_per(_within(basil, rng), "triplet", N_BASIL, rng)
    b = b.assign(id="basil:" + b["key"].astype(str), corpus="basil")
    c = _within(by_country[by_country["lang_tag"] == "English"], rng)
    c = _one_per(c, "country", None, rng)
    c = c.assign(id="country:" + c["file"].astype(str), corpus="by-country", title="")
    g = _within(guardian_nyt.reset_index(), rng).head(N_GUARDIAN_NYT)
    g = g.assign(id="gnyt:" + g["index"].astype(str), corpus="guardian-nyt")
    cols = ["id", "corpus", "title", "text"]
    return pd.concat([b[cols], c[cols], g[cols]], ignore_index=True)


def load_frames_batch2(batch: pd.DataFrame | None = None) -> pd.DataFrame:
    """The batch joined with the project's labels: ``gold_<frame>`` per frame and
    ``split`` = ``dev`` (the batch is development data only)."""
    batch = draw_frames_batch2() if batch is None else batch
    labels = pd.read_csv(LABELS_FILE, comment="#", dtype={"id": str})
    batch = batch.merge(labels, on="id", how="inner")
    for f in FRAMES:
        batch[f"gold_{f}"] = batch[f].astype(int).astype(bool)
    return batch.assign(split="dev")
