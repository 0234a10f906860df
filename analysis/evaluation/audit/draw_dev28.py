"""The draw of the twenty-eighth development round of the hit audit (split ``dev28``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev28 OUT.csv

The pool rules of dev26 (:mod:`.draw_dev26`) and dev27, one step wider and with seed 28:
AllSides new dev-half articles (:func:`~.late_draws.round_articles` with
:data:`~.late_draws.LATE_ROUNDS` ``[28]``: topics with at most :data:`MAX_TOPIC_ARTICLES`
articles in the table before this round, outlets with at most :data:`MAX_OUTLET_ARTICLES`, one
new article per topic); Guardian/NYT, by-country and BASIL the unsampled hits of dev-half
articles that already have rows (:func:`~.draw_dev26.unlabelled_hits` against the table before
this round, which now holds dev26's and dev27's rows too; never a test-split article, one hit
per article and term).  Then up to :data:`~.draw_dev25.SHARE` hits of each of those three
corpora (one per term), AllSides the rest of the 150 (:func:`~.draw_dev25.draw_shared`).
"""

from __future__ import annotations

import functools
import sys

from . import draw_dev26, late_draws

SEED = 28
#: A topic is drawn from when it has at most this many articles in the table before the round;
#: an outlet when it has at most MAX_OUTLET_ARTICLES (:data:`~.late_draws.LATE_ROUNDS`).
MAX_TOPIC_ARTICLES, MAX_OUTLET_ARTICLES = late_draws.LATE_ROUNDS[SEED]

#: The 150 hits of dev28 (before labelling): :func:`.draw_dev26.draw` for round 28 (``early``:
#: a path to write the three :data:`~.draw_dev26.REREAD` corpora's share to first).
draw = functools.partial(draw_dev26.draw, round_=SEED)


if __name__ == "__main__":
    draw(sys.argv[2] if len(sys.argv) > 2 else None).to_csv(sys.argv[1], index=False)
