"""The draw of the fifteenth development round of the hit audit (split ``dev15``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev15 OUT.csv

A fresh estimate of the hidden bars, drawn as the fourteenth round (breadth of **topics and
outlets together**) one step wider: AllSides articles of the topics with at most
:data:`MAX_TOPIC_ARTICLES` articles in the table before this round (:func:`thin_topics`; the
fourteenth round drew topics with at most two, which are now mostly at three) written by outlets
with at most :data:`MAX_OUTLET_ARTICLES` article in the table (:func:`thin_outlets`), one article
per topic; by-country :data:`N_PER_COUNTRY` per country; Guardian/NYT and BASIL.  The four
corpora of ``../shared/datasets`` are the only news corpora there (the other shared sets are
validation sets of other measures).

Pool: dev-half articles (``hit_split == "dev"``) with no row in ``markers.csv`` before this round
and none of the articles of the dev9 to dev14 draws (labelled or not); AllSides from the pool
dev14 sampled (:func:`~.draw_dev7.dev7_unread` without the dev7, dev8 and dev10 to dev14
draws).  Guardian/NYT, BASIL and by-country have no dev-half article outside those draws, so for
them (:data:`SECOND_TIER`) the pool is their dev-half articles with no labelled hit outside the
dev14 draw.  Then ``sample(n=min(k, len), random_state=15)`` per stratum and the draw of
dev4..dev14 with seed 15 (:func:`~.draw_dev6.draw_hits`: the lexicons of 3f18839, so hits the
sense rules of the day drop are drawn too; ``sample_hits(common_at=40, per_term_common=2,
per_term_rare=1)``, cut to 150).
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import hit_split
from . import (
    draw_dev7,
    draw_dev8,
    draw_dev9,
    draw_dev10,
    draw_dev11,
    draw_dev12,
    draw_dev13,
    draw_dev14,
)
from .draw_dev6 import draw_hits, sample_other_corpora, table_before, unread_pool

SEED = 15
#: A topic is drawn from when it has at most this many articles in the table before the round.
MAX_TOPIC_ARTICLES = 3
#: An outlet is drawn from when it has at most this many articles in the table before the round.
MAX_OUTLET_ARTICLES = 1
#: Articles drawn per corpus (AllSides: one per thin topic; by-country: per country).
N_ARTICLES = {"guardian_nyt": 20, "basil": 10}
#: By-country articles drawn per country.
N_PER_COUNTRY = 4
#: Corpora with no dev-half article outside the dev9..dev14 draws: their dev-half articles with
#: no labelled hit, outside the dev14 draw, are the pool.
SECOND_TIER = ("basil", "by_country", "guardian_nyt")
N_HITS = 150


def _ids(df: pd.DataFrame) -> set[str]:
    return set(df["article_id"].astype(str))


def thin_topics(table: pd.DataFrame) -> list[str]:
    """AllSides topics with at most :data:`MAX_TOPIC_ARTICLES` articles in ``table``."""
    return draw_dev14.thin_topics(table, at_most=MAX_TOPIC_ARTICLES)


def thin_outlets(table: pd.DataFrame) -> list[str]:
    """AllSides outlets (``source``) with at most :data:`MAX_OUTLET_ARTICLES` articles in
    ``table``."""
    return draw_dev14.thin_outlets(table, at_most=MAX_OUTLET_ARTICLES)


def thin_allsides(
    table: pd.DataFrame,
    earlier: list[dict[str, pd.DataFrame]],
    *,
    seed: int = SEED,
    max_topic: int = MAX_TOPIC_ARTICLES,
    max_outlet: int = MAX_OUTLET_ARTICLES,
) -> pd.DataFrame:
    """One unread AllSides article per thin topic written by a thin outlet.

    Parameters
    ----------
    table
        The audit table before the round.
    earlier
        The article draws of the rounds from dev10 on (their AllSides articles are left out, as
        are dev7's and dev8's).
    seed
        The round's seed.
    max_topic, max_outlet
        A topic / outlet is thin with at most this many articles in ``table``.

    Returns
    -------
    pandas.DataFrame
        The drawn articles, one per topic, in topic order.
    """
    left7 = draw_dev7.dev7_unread()
    drawn = _ids(left7.sample(n=draw_dev7.N_ALLSIDES, random_state=draw_dev7.SEED))
    drawn |= _ids(draw_dev8.dev8_articles()["allsides"])
    for d in earlier:
        drawn |= _ids(d["allsides"])
    topics = draw_dev14.thin_topics(table, at_most=max_topic)
    outlets = draw_dev14.thin_outlets(table, at_most=max_outlet)
    keep = left7["topic"].isin(topics) & left7["outlet"].isin(outlets)
    pool = left7[~left7["article_id"].astype(str).isin(drawn) & keep]
    used = set(table.loc[table["corpus"] == "allsides", "article_id"].astype(str))
    pool = unread_pool(pool, used)
    parts = [g.sample(n=1, random_state=seed) for _, g in pool.groupby("topic", sort=True)]
    return pd.concat(parts).reset_index(drop=True)


def dev15_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev15 draw, by corpus (module docstring)."""
    table = table_before(15)
    # each earlier draw once (each recomputes the draws before it)
    earlier = [draw_dev10.dev10_articles(), draw_dev11.dev11_articles()]
    earlier += [draw_dev12.dev12_articles(), draw_dev13.dev13_articles()]
    earlier += [draw_dev14.dev14_articles()]
    out = {"allsides": thin_allsides(table, earlier)}
    out |= sample_other_corpora(
        table,
        [draw_dev9.dev9_articles(), *earlier],
        SEED,
        N_ARTICLES,
        N_PER_COUNTRY,
        second_tier=SECOND_TIER,
        refill_without=earlier[-1],
    )
    assert all((hit_split(v["article_id"].astype(str)) == "dev").all() for v in out.values())
    return out


def draw() -> pd.DataFrame:
    """The 150 hits of dev15 (before labelling)."""
    return draw_hits(dev15_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
