"""The draw of the seventh development round of the hit audit (split ``dev7``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev7 OUT.csv

Pool: unread dev-half AllSides articles (``hit_split == "dev"``) of the whole corpus (37,554
articles).  Left out: every article with a row in ``markers.csv`` (dev6 included), the whole
600-article seeded sample of :func:`~analysis.evaluation.markers_audit.audit_corpora` (its dev
half was read in the fifth round's skim), and the articles of the sixth round's checks and skim
as the GUIDELINE describes them: ``sample(n=300, random_state=7)`` of the pool, ``sample(n=200,
random_state=8)`` of the rest, and ``sample(n=300, random_state=9)`` (the pool the GUIDELINE
leaves unstated, so the seed-9 sample of each of the three candidate pools is left out).  The
reconstruction of those checks is the GUIDELINE's description, not their code: an article they
read could be missed only if their pool differed from this one.  Guardian/NYT, BASIL and
by-country have no unread dev-half article left (the sixth round used the last 11 by-country
ones).
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import AUDIT_CORPORA
from .draw_dev6 import draw_hits, table_before, unread_pool

SEED = 7
N_ALLSIDES = 110
N_HITS = 150


def dev7_unread() -> pd.DataFrame:
    """The pool dev7 sampled from: the unread dev-half AllSides articles (module docstring)."""
    from ...corpus import load_corpus
    from ...paths import shared_path

    table = table_before(7)  # the table before this draw
    full = load_corpus(
        shared_path("datasets", "allsides-2012-2020", "articles.parquet"), outlet_column="source"
    )
    sample600 = set(full.sample(n=AUDIT_CORPORA["allsides"][2], random_state=0)["article_id"])
    used = set(table.loc[table["corpus"] == "allsides", "article_id"]) | {str(a) for a in sample600}
    pool = unread_pool(full, used)
    read: set[str] = set()

    def take(p: pd.DataFrame, n: int, seed: int) -> set[str]:
        return set(p.sample(n=min(n, len(p)), random_state=seed)["article_id"].astype(str))

    def without(p: pd.DataFrame, s: set[str]) -> pd.DataFrame:
        return p[~p["article_id"].astype(str).isin(s)]

    check7 = take(pool, 300, 7)  # the check of the dev6 rules
    skim8 = take(without(pool, check7), 200, 8)  # the dev6 skim
    read |= check7 | skim8
    for p in (pool, without(pool, check7), without(pool, check7 | skim8)):
        read |= take(p, 300, 9)  # the check of the skim rules (pool unstated: all three)
    return without(pool, read)


def dev7_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev7 draw, by corpus (AllSides only)."""
    left = dev7_unread()
    return {"allsides": left.sample(n=N_ALLSIDES, random_state=SEED).reset_index(drop=True)}


def draw() -> pd.DataFrame:
    """The 150 hits of dev7 (before labelling)."""
    return draw_hits(dev7_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
