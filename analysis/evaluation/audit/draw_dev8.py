"""The draw of the eighth development round of the hit audit (split ``dev8``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev8 OUT.csv

Pool: the pool dev7 sampled from (:func:`~.draw_dev7.dev7_unread`: unread dev-half AllSides
articles of the whole corpus, without the 600-article seeded sample and the sixth round's checks
and skim) without the 110 articles dev7 sampled (those with a hit in the table and those
without) and without every article with a row in ``markers.csv`` before this round.  Then
``sample(n=110, random_state=8)`` and the draw of dev4..dev7 with seed 8.
"""

from __future__ import annotations

import sys

import pandas as pd

from . import draw_dev7
from .draw_dev6 import draw_hits, table_before, unread_pool
from .draw_dev7 import dev7_unread

SEED = 8
N_ALLSIDES = 110
N_HITS = 150


def dev8_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev8 draw, by corpus (AllSides only)."""
    left7 = dev7_unread()
    dev7 = left7.sample(n=draw_dev7.N_ALLSIDES, random_state=draw_dev7.SEED)
    table = table_before(8)
    used = set(table.loc[table["corpus"] == "allsides", "article_id"])
    used |= set(dev7["article_id"].astype(str))
    pool = unread_pool(left7, used)
    return {"allsides": pool.sample(n=N_ALLSIDES, random_state=SEED).reset_index(drop=True)}


def draw() -> pd.DataFrame:
    """The 150 hits of dev8 (before labelling)."""
    return draw_hits(dev8_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
