"""The draw of the tenth development round of the hit audit (split ``dev10``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev10 OUT.csv

A fresh estimate of the hidden bars: hits of the lexicons of 3f18839 (as the hidden set and the
earlier rounds) in unread dev-half articles of all four corpora, weighted to AllSides (the most
outlets and topics; the hidden set has corpora that are not in ``../shared``) and BASIL (every
unread dev-half article left), with by-country and Guardian/NYT as well.

Pool: AllSides, the articles dev8 sampled from (:func:`~.draw_dev7.dev7_unread`) without the
articles of the dev7 and dev8 draws (labelled or not) and without any article with a row in
``markers.csv``; the other corpora, their dev-half articles (each corpus whole) without a row
in ``markers.csv`` and without the articles of the dev9 draw.  The term round (audit16) read
hits of its terms in unlabelled dev-half articles without naming them: the round is fresh for
labels, not necessarily unseen text.  Then ``sample(n=min(k, len), random_state=10)`` per
corpus (k: :data:`N_ARTICLES`) and the draw of dev4..dev9 with seed 10
(:func:`~.draw_dev6.draw_hits`: the lexicons of 3f18839, ``sample_hits(common_at=40,
per_term_common=2, per_term_rare=1)``, cut to 150).
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import audit_corpora
from . import draw_dev7, draw_dev8, draw_dev9
from .draw_dev6 import draw_hits, table_before, unread_pool

SEED = 10
#: Articles drawn per corpus (AllSides and BASIL weighted up).
N_ARTICLES = {"allsides": 90, "basil": 40, "by_country": 30, "guardian_nyt": 20}
N_HITS = 150


def _ids(df: pd.DataFrame) -> set[str]:
    return set(df["article_id"].astype(str))


def dev10_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev10 draw, by corpus (module docstring)."""
    table = table_before(10)
    left7 = draw_dev7.dev7_unread()
    drawn = _ids(left7.sample(n=draw_dev7.N_ALLSIDES, random_state=draw_dev7.SEED))
    drawn |= _ids(draw_dev8.dev8_articles()["allsides"])
    pools = {"allsides": left7[~left7["article_id"].astype(str).isin(drawn)]}
    dev9 = draw_dev9.dev9_articles()
    corpora = audit_corpora(names=("basil", "by_country", "guardian_nyt"))
    for name, corpus in corpora.items():
        pools[name] = corpus[~corpus["article_id"].astype(str).isin(_ids(dev9[name]))]
    out = {}
    for name, k in N_ARTICLES.items():
        used = set(table.loc[table["corpus"] == name, "article_id"].astype(str))
        pool = unread_pool(pools[name], used)
        out[name] = pool.sample(n=min(k, len(pool)), random_state=SEED).reset_index(drop=True)
    return out


def draw() -> pd.DataFrame:
    """The 150 hits of dev10 (before labelling)."""
    return draw_hits(dev10_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
