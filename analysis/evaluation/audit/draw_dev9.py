"""The draw of the ninth development round of the hit audit (split ``dev9``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev9 OUT.csv

dev4..dev8 drew mostly AllSides (US political news and opinion); this round goes back to the
corpora they under-sampled: by-country (outlets of several countries: US, GB, PL, UA, BY, RU),
Guardian/NYT and BASIL.  Pool: the articles of those corpora (:func:`audit_corpora`, each
corpus whole) in the dev half (``hit_split == "dev"``) with no row in ``markers.csv`` before
this round (any split).  These articles were not labelled, but most of them were skimmed after
the fifth round (one hit per term of the rules of that day, ``audit-dev5-skim``) and the hits
the sixth round's rules dropped in them were read (GUIDELINE.md): the round is fresh for labels,
not wholly unseen.  Then ``sample(n=min(k, len), random_state=9)`` per corpus (k:
:data:`N_ARTICLES`, by-country weighted up) and the draw of dev4..dev8 with seed 9
(:func:`~.draw_dev6.draw_hits`: the lexicons of 3f18839, ``sample_hits(common_at=40,
per_term_common=2, per_term_rare=1)``, cut to 150).
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import audit_corpora
from .draw_dev6 import draw_hits, table_before, unread_pool

SEED = 9
#: Articles drawn per corpus (by-country weighted up: the least sampled English).
N_ARTICLES = {"by_country": 80, "guardian_nyt": 40, "basil": 40}
N_HITS = 150


def dev9_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev9 draw, by corpus (by-country, Guardian/NYT, BASIL)."""
    table = table_before(9)  # the table before this draw
    corpora = audit_corpora(names=tuple(N_ARTICLES))
    out = {}
    for name, k in N_ARTICLES.items():
        used = set(table.loc[table["corpus"] == name, "article_id"].astype(str))
        pool = unread_pool(corpora[name], used)
        out[name] = pool.sample(n=min(k, len(pool)), random_state=SEED).reset_index(drop=True)
    return out


def draw() -> pd.DataFrame:
    """The 150 hits of dev9 (before labelling)."""
    return draw_hits(dev9_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
