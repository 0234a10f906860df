"""The draw of the nineteenth development round of the hit audit (split ``dev19``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev19 OUT.csv

A fresh estimate of the hidden bars, drawn as the eighteenth round (breadth of **topics and
outlets together**) one step wider: AllSides articles of the topics with at most
:data:`MAX_TOPIC_ARTICLES` articles in the table before this round (the eighteenth round drew
topics with at most six) written by outlets with at most :data:`MAX_OUTLET_ARTICLES` articles in
the table (the eighteenth round: two), one article per topic
(:func:`~.draw_dev15.thin_allsides`); by-country four per country; Guardian/NYT
and BASIL (the war corpora's dev halves).  The four corpora of ``../shared/datasets`` are the
only news corpora there.

Pool: dev-half articles (``hit_split == "dev"``) with no row in ``markers.csv`` before this round
and none of the articles of the dev9 to dev18 draws (labelled or not); AllSides from the pool dev18
sampled (:func:`~.draw_dev7.dev7_unread` without the dev7, dev8 and dev10 to dev18 draws).
Guardian/NYT, BASIL and by-country have no dev-half article outside those draws, so for them (the
second tier of ``draw_dev16``) the pool is their dev-half articles with no labelled hit outside the
dev18 draw.  Then ``sample(n=min(k, len), random_state=19)`` per stratum and the draw of dev4..dev18
with seed 19 (:func:`~.draw_dev6.draw_hits`: the lexicons of 3f18839, so hits the sense rules of the
day drop are drawn too; ``sample_hits(common_at=40, per_term_common=2, per_term_rare=1)``, cut to
150).
"""

from __future__ import annotations

import sys

import pandas as pd

from . import late_draws

SEED = 19
#: A topic is drawn from when it has at most this many articles in the table before the round;
#: an outlet when it has at most MAX_OUTLET_ARTICLES (:data:`~.late_draws.LATE_ROUNDS`).
MAX_TOPIC_ARTICLES, MAX_OUTLET_ARTICLES = late_draws.LATE_ROUNDS[19]


def draw() -> pd.DataFrame:
    """The 150 hits of dev19 (before labelling): :func:`~.late_draws.draw_round`."""
    return late_draws.draw_round(SEED)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
