"""The draw of the twelfth development round of the hit audit (split ``dev12``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev12 OUT.csv

A fresh estimate of the hidden bars, drawn for breadth of outlets and topics: AllSides articles of
the **least-covered topics** (no article or one article in the table before this round:
:func:`thin_topics`), stratified by topic (:data:`PER_TOPIC`), every by-country outlet country
(stratified by country) and Guardian/NYT.

Pool: dev-half articles (``hit_split == "dev"``) with no row in ``markers.csv`` before this round
and none of the articles of the dev9, dev10 and dev11 draws (labelled or not); BASIL and
by-country have no such article left, so for them (:data:`SECOND_TIER`) the pool is their
dev-half articles of those draws with no labelled hit (no hit of theirs was shown to a labeller,
only the few hits the dev10/dev11 checks dropped were read); AllSides from the
pool dev11 sampled (:func:`~.draw_dev7.dev7_unread` without the dev7, dev8, dev10 and dev11
draws).  The dev11 round's check read the 4 hits its rules dropped in 1,566 unlabelled dev-half
articles: fresh for labels, not necessarily unseen text.  Then ``sample(n=min(k, len),
random_state=12)`` per stratum and the draw of dev4..dev11 with seed 12
(:func:`~.draw_dev6.draw_hits`: the lexicons of 3f18839, ``sample_hits(common_at=40,
per_term_common=2, per_term_rare=1)``, cut to 150).
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import hit_split
from . import draw_dev7, draw_dev8, draw_dev9, draw_dev10, draw_dev11
from .draw_dev6 import draw_hits, sample_other_corpora, table_before, unread_pool

SEED = 12
#: AllSides articles drawn per topic, by the topic's articles in the table before the round.
PER_TOPIC = {0: 3, 1: 2}
#: Articles drawn per corpus (AllSides: :data:`PER_TOPIC`; by-country: per country).
N_ARTICLES = {"guardian_nyt": 20, "basil": 15}
#: By-country articles drawn per country.
N_PER_COUNTRY = 6
#: Corpora with no dev-half article outside the dev9..dev11 draws: their articles of those draws
#: with no labelled hit (no row in the table) are the pool.
SECOND_TIER = ("basil", "by_country")
N_HITS = 150


def _ids(df: pd.DataFrame) -> set[str]:
    return set(df["article_id"].astype(str))


def thin_topics(table: pd.DataFrame) -> dict[str, int]:
    """AllSides topics with at most ``max(PER_TOPIC)`` articles in ``table`` (any split): their
    count of such articles."""
    from ...paths import shared_path

    full = pd.read_parquet(
        shared_path("datasets", "allsides-2012-2020", "articles.parquet"), columns=["id", "topic"]
    )
    used = set(table.loc[table["corpus"] == "allsides", "article_id"].astype(str))
    cov = full.loc[full["id"].astype(str).isin(used), "topic"].value_counts()
    cov = cov.reindex(sorted(set(full["topic"])), fill_value=0)
    return {str(k): int(v) for k, v in cov.items() if v <= max(PER_TOPIC)}


def _allsides(table: pd.DataFrame) -> pd.DataFrame:
    left7 = draw_dev7.dev7_unread()
    drawn = _ids(left7.sample(n=draw_dev7.N_ALLSIDES, random_state=draw_dev7.SEED))
    drawn |= _ids(draw_dev8.dev8_articles()["allsides"])
    drawn |= _ids(draw_dev10.dev10_articles()["allsides"])
    drawn |= _ids(draw_dev11.dev11_articles()["allsides"])
    topics = thin_topics(table)
    pool = left7[~left7["article_id"].astype(str).isin(drawn) & left7["topic"].isin(topics)]
    used = set(table.loc[table["corpus"] == "allsides", "article_id"].astype(str))
    pool = unread_pool(pool, used)
    parts = [
        g.sample(n=min(PER_TOPIC[topics[str(t)]], len(g)), random_state=SEED)
        for t, g in pool.groupby("topic", sort=True)
    ]
    return pd.concat(parts).reset_index(drop=True)


def dev12_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev12 draw, by corpus (module docstring)."""
    table = table_before(12)
    out = {"allsides": _allsides(table)}
    before = [draw_dev9.dev9_articles(), draw_dev10.dev10_articles(), draw_dev11.dev11_articles()]
    out |= sample_other_corpora(
        table, before, SEED, N_ARTICLES, N_PER_COUNTRY, second_tier=SECOND_TIER
    )
    assert all((hit_split(v["article_id"].astype(str)) == "dev").all() for v in out.values())
    return out


def draw() -> pd.DataFrame:
    """The 150 hits of dev12 (before labelling)."""
    return draw_hits(dev12_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
