"""The draw of the twenty-seventh development round of the hit audit (split ``dev27``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev27 OUT.csv

The pool rules of dev26 (:mod:`.draw_dev26`), one step wider and with seed 27: AllSides new
dev-half articles (:func:`~.late_draws.round_articles` with :data:`~.late_draws.LATE_ROUNDS`
``[27]``: topics with at most :data:`MAX_TOPIC_ARTICLES` articles in the table before this round,
outlets with at most :data:`MAX_OUTLET_ARTICLES`, one new article per topic); Guardian/NYT,
by-country and BASIL the unsampled hits of dev-half articles that already have rows
(:func:`~.draw_dev26.unlabelled_hits` against the table before this round, which now holds
dev26's rows too; never a test-split article, one hit per article and term).  Then up to
:data:`~.draw_dev25.SHARE` hits of each of those three corpora (one per term), AllSides the rest
of the 150 (:func:`~.draw_dev25.draw_shared`).
"""

from __future__ import annotations

import sys

import pandas as pd

from . import late_draws
from .draw_dev6 import round_start_hits, table_before
from .draw_dev16 import N_HITS
from .draw_dev25 import SHARE, draw_shared
from .draw_dev26 import REREAD, reread_articles, unlabelled_hits

SEED = 27
#: A topic is drawn from when it has at most this many articles in the table before the round;
#: an outlet when it has at most MAX_OUTLET_ARTICLES (:data:`~.late_draws.LATE_ROUNDS`).
MAX_TOPIC_ARTICLES, MAX_OUTLET_ARTICLES = late_draws.LATE_ROUNDS[27]


def draw(early: str | None = None) -> pd.DataFrame:
    """The 150 hits of dev27 (before labelling).

    Parameters
    ----------
    early
        A path to write the three :data:`~.draw_dev26.REREAD` corpora's share to before the
        AllSides articles are drawn.

    Returns
    -------
    pandas.DataFrame
        The drawn hits.
    """
    table = table_before(SEED)
    reread = reread_articles(table)
    old = unlabelled_hits(round_start_hits(reread), table, SEED)
    if early:
        draw_shared(old, SEED, len(REREAD) * SHARE, SHARE).to_csv(early, index=False)
    arts = {"allsides": late_draws.round_articles(SEED)["allsides"]}
    new = round_start_hits(arts)
    hits = pd.concat([new, old], ignore_index=True)
    out = draw_shared(hits, SEED, N_HITS, SHARE)
    print(
        {k: len(v) for k, v in (arts | reread).items()},
        "hits",
        len(new),
        "+ unlabelled",
        len(old),
        "drawn",
        out["corpus"].value_counts().to_dict(),
    )
    return out


if __name__ == "__main__":
    draw(sys.argv[2] if len(sys.argv) > 2 else None).to_csv(sys.argv[1], index=False)
