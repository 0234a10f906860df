"""The draw of the thirteenth development round of the hit audit (split ``dev13``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev13 OUT.csv

A fresh estimate of the hidden bars, drawn for breadth of **outlets**: AllSides articles of the
outlets with no article in the table before this round (:func:`unaudited_outlets`: at least
:data:`MIN_OUTLET_ARTICLES` articles in the corpus, none labelled — 129 outlets: The Daily
Wire, CNN - Editorial, Vice, The Intercept, HuffPost …), one article per outlet (121 with an
article in the pool; the twelfth round stratified by topic), plus Guardian/NYT (12: all that was
left), by-country (4 per country; GB, PL, US and UA have articles left) and BASIL (10).

Pool: dev-half articles (``hit_split == "dev"``) with no row in ``markers.csv`` before this round
and none of the articles of the dev9 to dev12 draws (labelled or not); AllSides from the pool
dev12 sampled (:func:`~.draw_dev7.dev7_unread` without the dev7, dev8, dev10, dev11 and dev12
draws).  BASIL and by-country have no dev-half article outside those draws, so for them
(:data:`SECOND_TIER`) the pool is their dev-half articles with no labelled hit outside the dev12
draw.  The dev11 and dev12 rounds' checks read the few hits their rules dropped in ~1,550
unlabelled dev-half articles each: fresh for labels, not necessarily unseen text.  Then
``sample(n=min(k, len), random_state=13)`` per stratum and the draw of dev4..dev12 with seed 13
(:func:`~.draw_dev6.draw_hits`: the lexicons of 3f18839, so hits the sense rules of the day drop
are drawn too; ``sample_hits(common_at=40, per_term_common=2, per_term_rare=1)``, cut to 150).
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import hit_split
from . import draw_dev7, draw_dev8, draw_dev9, draw_dev10, draw_dev11, draw_dev12
from .draw_dev6 import draw_hits, sample_other_corpora, table_before, unread_pool

SEED = 13
#: An AllSides outlet is drawn from when it has at least this many articles in the corpus.
MIN_OUTLET_ARTICLES = 3
#: Articles drawn per corpus (AllSides: one per unaudited outlet; by-country: per country).
N_ARTICLES = {"guardian_nyt": 20, "basil": 10}
#: By-country articles drawn per country.
N_PER_COUNTRY = 4
#: Corpora with no dev-half article outside the dev9..dev12 draws: their dev-half articles with
#: no labelled hit, outside the dev12 draw, are the pool.
SECOND_TIER = ("basil", "by_country")
N_HITS = 150


def _ids(df: pd.DataFrame) -> set[str]:
    return set(df["article_id"].astype(str))


def unaudited_outlets(table: pd.DataFrame) -> list[str]:
    """AllSides outlets (``source``) with at least :data:`MIN_OUTLET_ARTICLES` articles in the
    corpus and none in ``table`` (any split)."""
    from ...paths import shared_path

    full = pd.read_parquet(
        shared_path("datasets", "allsides-2012-2020", "articles.parquet"), columns=["id", "source"]
    )
    used = set(table.loc[table["corpus"] == "allsides", "article_id"].astype(str))
    counts = full["source"].value_counts()
    audited = set(full.loc[full["id"].astype(str).isin(used), "source"])
    return sorted(s for s, n in counts.items() if n >= MIN_OUTLET_ARTICLES and s not in audited)


def _allsides(table: pd.DataFrame, d12: dict[str, pd.DataFrame]) -> pd.DataFrame:
    left7 = draw_dev7.dev7_unread()
    drawn = _ids(left7.sample(n=draw_dev7.N_ALLSIDES, random_state=draw_dev7.SEED))
    drawn |= _ids(draw_dev8.dev8_articles()["allsides"])
    drawn |= _ids(draw_dev10.dev10_articles()["allsides"])
    drawn |= _ids(draw_dev11.dev11_articles()["allsides"])
    drawn |= _ids(d12["allsides"])
    outlets = unaudited_outlets(table)
    pool = left7[~left7["article_id"].astype(str).isin(drawn) & left7["outlet"].isin(outlets)]
    used = set(table.loc[table["corpus"] == "allsides", "article_id"].astype(str))
    pool = unread_pool(pool, used)
    parts = [g.sample(n=1, random_state=SEED) for _, g in pool.groupby("outlet", sort=True)]
    return pd.concat(parts).reset_index(drop=True)


def dev13_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev13 draw, by corpus (module docstring)."""
    table = table_before(13)
    d12 = draw_dev12.dev12_articles()
    out = {"allsides": _allsides(table, d12)}
    before = [draw_dev9.dev9_articles(), draw_dev10.dev10_articles()]
    before += [draw_dev11.dev11_articles(), d12]
    out |= sample_other_corpora(
        table, before, SEED, N_ARTICLES, N_PER_COUNTRY, second_tier=SECOND_TIER, refill_without=d12
    )
    assert all((hit_split(v["article_id"].astype(str)) == "dev").all() for v in out.values())
    return out


def draw() -> pd.DataFrame:
    """The 150 hits of dev13 (before labelling)."""
    return draw_hits(dev13_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
