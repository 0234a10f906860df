"""The draw of the sixteenth development round of the hit audit (split ``dev16``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev16 OUT.csv

A fresh estimate of the hidden bars, drawn as the fifteenth round (breadth of **topics and
outlets together**) one step wider: AllSides articles of the topics with at most
:data:`MAX_TOPIC_ARTICLES` articles in the table before this round (:func:`thin_topics`; the
fifteenth round drew topics with at most three, which are now mostly at four) written by outlets
with at most :data:`MAX_OUTLET_ARTICLES` article in the table (:func:`thin_outlets`), one article
per topic; by-country :data:`N_PER_COUNTRY` per country; Guardian/NYT and BASIL.  The four
corpora of ``../shared/datasets`` are the only news corpora there.

Pool: dev-half articles (``hit_split == "dev"``) with no row in ``markers.csv`` before this round
and none of the articles of the dev9 to dev15 draws (labelled or not); AllSides from the pool
dev15 sampled (:func:`~.draw_dev7.dev7_unread` without the dev7, dev8 and dev10 to dev15
draws).  Guardian/NYT, BASIL and by-country have no dev-half article outside those draws, so for
them (:data:`SECOND_TIER`) the pool is their dev-half articles with no labelled hit outside the
dev15 draw.  Then ``sample(n=min(k, len), random_state=16)`` per stratum and the draw of
dev4..dev15 with seed 16 (:func:`~.draw_dev6.draw_hits`: the lexicons of 3f18839, so hits the
sense rules of the day drop are drawn too; ``sample_hits(common_at=40, per_term_common=2,
per_term_rare=1)``, cut to 150).
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import hit_split
from . import (
    draw_dev9,
    draw_dev10,
    draw_dev11,
    draw_dev12,
    draw_dev13,
    draw_dev14,
    draw_dev15,
)
from .draw_dev6 import draw_hits, sample_other_corpora, table_before

SEED = 16
#: A topic is drawn from when it has at most this many articles in the table before the round.
MAX_TOPIC_ARTICLES = 4
#: An outlet is drawn from when it has at most this many articles in the table before the round.
MAX_OUTLET_ARTICLES = 1
#: Articles drawn per corpus (AllSides: one per thin topic; by-country: per country).
N_ARTICLES = {"guardian_nyt": 20, "basil": 10}
#: By-country articles drawn per country.
N_PER_COUNTRY = 4
#: Corpora with no dev-half article outside the dev9..dev15 draws: their dev-half articles with
#: no labelled hit, outside the dev15 draw, are the pool.
SECOND_TIER = ("basil", "by_country", "guardian_nyt")
N_HITS = 150


def thin_topics(table: pd.DataFrame) -> list[str]:
    """AllSides topics with at most :data:`MAX_TOPIC_ARTICLES` articles in ``table``."""
    return draw_dev14.thin_topics(table, at_most=MAX_TOPIC_ARTICLES)


def thin_outlets(table: pd.DataFrame) -> list[str]:
    """AllSides outlets (``source``) with at most :data:`MAX_OUTLET_ARTICLES` articles in
    ``table``."""
    return draw_dev14.thin_outlets(table, at_most=MAX_OUTLET_ARTICLES)


def earlier_draws() -> list[dict[str, pd.DataFrame]]:
    """The article draws of dev10 to dev15, each computed once (each recomputes the draws
    before it)."""
    before = [draw_dev10.dev10_articles(), draw_dev11.dev11_articles()]
    before += [draw_dev12.dev12_articles(), draw_dev13.dev13_articles()]
    before += [draw_dev14.dev14_articles(), draw_dev15.dev15_articles()]
    return before


def dev16_articles(
    before: list[dict[str, pd.DataFrame]] | None = None,
) -> dict[str, pd.DataFrame]:
    """The articles of the dev16 draw, by corpus (module docstring).

    Parameters
    ----------
    before
        The draws of dev10 to dev15 (:func:`earlier_draws`), when the caller has computed them
        already (the dev17 draw); computed here otherwise.

    Returns
    -------
    dict of str to pandas.DataFrame
        The drawn articles of each corpus.
    """
    before = earlier_draws() if before is None else before
    return thin_round(
        16, before, seed=SEED, max_topic=MAX_TOPIC_ARTICLES, max_outlet=MAX_OUTLET_ARTICLES
    )


def thin_round_articles(
    table: pd.DataFrame,
    before: list[dict[str, pd.DataFrame]],
    *,
    seed: int,
    max_topic: int,
    max_outlet: int,
    n_articles: dict[str, int],
    n_per_country: int,
    second_tier: tuple[str, ...],
) -> dict[str, pd.DataFrame]:
    """The articles of a round drawn as dev16 and dev17 are, by corpus: AllSides articles of
    thin topics by thin outlets (:func:`~.draw_dev15.thin_allsides`), the other corpora by
    :func:`~.draw_dev6.sample_other_corpora` outside the dev9 draw and the ``before`` draws
    (the last of them refilled without).

    Parameters
    ----------
    table
        The audit table before the round (:func:`~.draw_dev6.table_before`).
    before
        The article draws of the earlier rounds from dev10 on, in order.
    seed, max_topic, max_outlet, n_articles, n_per_country, second_tier
        The round's constants (see :mod:`.draw_dev16`).

    Returns
    -------
    dict of str to pandas.DataFrame
        The drawn articles of each corpus, all of the dev half.
    """
    out = {
        "allsides": draw_dev15.thin_allsides(
            table, before, seed=seed, max_topic=max_topic, max_outlet=max_outlet
        )
    }
    out |= sample_other_corpora(
        table,
        [draw_dev9.dev9_articles(), *before],
        seed,
        n_articles,
        n_per_country,
        second_tier=second_tier,
        refill_without=before[-1],
    )
    assert all((hit_split(v["article_id"].astype(str)) == "dev").all() for v in out.values())
    return out


def thin_round(
    round_no: int,
    before: list[dict[str, pd.DataFrame]],
    *,
    seed: int,
    max_topic: int,
    max_outlet: int,
) -> dict[str, pd.DataFrame]:
    """:func:`thin_round_articles` on the table before round ``round_no``, with the constants
    every thin round since dev16 shares (:data:`N_ARTICLES`, :data:`N_PER_COUNTRY`,
    :data:`SECOND_TIER`); a round gives its seed and how thin its topics and outlets are."""
    return thin_round_articles(
        table_before(round_no),
        before,
        seed=seed,
        max_topic=max_topic,
        max_outlet=max_outlet,
        n_articles=N_ARTICLES,
        n_per_country=N_PER_COUNTRY,
        second_tier=SECOND_TIER,
    )


def draw() -> pd.DataFrame:
    """The 150 hits of dev16 (before labelling)."""
    return draw_hits(dev16_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
