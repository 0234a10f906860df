"""The draw of the eleventh development round of the hit audit (split ``dev11``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev11 OUT.csv

A fresh estimate of the hidden bars, drawn where the earlier rounds looked least: by-country
outlets of every country (stratified by country, the less-drawn countries first), AllSides
articles of the **topics with no row in the table** (business, disaster, Mexico, sports, science,
veterans affairs, treasury, nuclear weapons …: :func:`untouched_topics`), and what is left of
Guardian/NYT and BASIL.

Pool: dev-half articles (``hit_split == "dev"``) with no row in ``markers.csv`` before this round
and none of the articles of the dev9 and dev10 draws (labelled or not); AllSides from the pool
dev10 sampled (:func:`~.draw_dev7.dev7_unread` without the dev7, dev8 and dev10 draws).  The
dev10 round's check read the hits its rules dropped in ~1,660 unlabelled dev-half articles
(seed not recorded) and the term round read hits of its terms: fresh for labels, not
necessarily unseen text.  Then ``sample(n=min(k, len), random_state=11)`` per stratum
(:data:`N_ARTICLES`, :data:`N_PER_COUNTRY`) and the draw of dev4..dev10 with seed 11
(:func:`~.draw_dev6.draw_hits`: the lexicons of 3f18839, ``sample_hits(common_at=40,
per_term_common=2, per_term_rare=1)``, cut to 150).
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import audit_corpora, hit_split
from . import draw_dev7, draw_dev8, draw_dev9, draw_dev10
from .draw_dev6 import draw_hits, sample_articles, table_before, unread_pool

SEED = 11
#: Articles drawn per corpus (AllSides: of the untouched topics only).
N_ARTICLES = {"allsides": 70, "guardian_nyt": 15, "basil": 15}
#: By-country articles drawn per country (the countries with the fewest table rows gain most).
N_PER_COUNTRY = 9
N_HITS = 150


def _ids(df: pd.DataFrame) -> set[str]:
    return set(df["article_id"].astype(str))


def untouched_topics(table: pd.DataFrame) -> list[str]:
    """AllSides topics with no article in ``table`` (any split)."""
    from ...paths import shared_path

    full = pd.read_parquet(
        shared_path("datasets", "allsides-2012-2020", "articles.parquet"), columns=["id", "topic"]
    )
    used = set(table.loc[table["corpus"] == "allsides", "article_id"].astype(str))
    hit = set(full.loc[full["id"].astype(str).isin(used), "topic"])
    return sorted(set(full["topic"]) - hit)


def dev11_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev11 draw, by corpus (module docstring)."""
    table = table_before(11)
    left7 = draw_dev7.dev7_unread()
    drawn = _ids(left7.sample(n=draw_dev7.N_ALLSIDES, random_state=draw_dev7.SEED))
    drawn |= _ids(draw_dev8.dev8_articles()["allsides"])
    d10 = draw_dev10.dev10_articles()
    drawn |= _ids(d10["allsides"])
    topics = set(untouched_topics(table))
    pools = {
        "allsides": left7[
            ~left7["article_id"].astype(str).isin(drawn) & left7["topic"].isin(topics)
        ]
    }
    dev9 = draw_dev9.dev9_articles()
    corpora = audit_corpora(names=("basil", "by_country", "guardian_nyt"))
    for name, corpus in corpora.items():
        before = _ids(dev9[name]) | _ids(d10[name])
        pools[name] = corpus[~corpus["article_id"].astype(str).isin(before)]
    out = {}
    for name, pool0 in pools.items():
        used = set(table.loc[table["corpus"] == name, "article_id"].astype(str))
        drawn = sample_articles(name, unread_pool(pool0, used), SEED, N_ARTICLES, N_PER_COUNTRY)
        if drawn is not None:
            out[name] = drawn
    assert all((hit_split(v["article_id"].astype(str)) == "dev").all() for v in out.values())
    return out


def draw() -> pd.DataFrame:
    """The 150 hits of dev11 (before labelling)."""
    return draw_hits(dev11_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
