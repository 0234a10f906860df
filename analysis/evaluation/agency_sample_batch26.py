"""Batch 26 of the agency annotation (issue 20): **random** dev-split mentions of the usual harm
words from **articles no earlier batch drew from**, drawn **without the detector**, to measure
the **non-events** among them on new articles.

Batch 25 drew the war corpora's last undrawn dev mentions (within one per article) and mentions
of articles that earlier batches had drawn from.  Batch 26 keeps to new articles: every
dev-split candidate of :data:`~.agency_sample.CANDIDATE_PATTERN` whose article has **no
annotated mention** in batches 1-25, from three pools (:data:`BATCH26_PARTS`):

- ``war``: the two war corpora (:func:`~.agency_sample.war_corpora`), if any new article is left;
- ``as-war``: AllSides articles filed under the topics of other wars, terror and security
  (:data:`~.agency_sample_batch25.WAR_TOPICS25`), the AllSides outlets of several countries;
- ``basil``: the BASIL political news (:func:`~.agency_sample_batch15.basil_cleaned`).

Order: batch 18's seeded order weighted toward the strata least drawn on the dev split
(:func:`~.agency_sample_batch18.weighted_order`), one mention per article, no cue, no limit per
lemma.  Reproduced by ``sample_batch26(batch26_corpora(), annotated[annotated["batch"] < 26])``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

__all__ = ["BATCH26", "BATCH26_PARTS", "batch26_corpora", "new_articles", "sample_batch26"]

#: The parts drawn, in order: (pool, ``none`` = every mention fits, mentions).
BATCH26_PARTS: tuple[tuple[str, str, int], ...] = (
    ("war", "none", 40),
    ("as-war", "none", 125),
    ("basil", "none", 25),
)
#: The seed, the most mentions per article and the most of one trigger lemma per part (none).
BATCH26: Mapping[str, int] = {"random_state": 45, "per_article": 1, "per_lemma": 10_000}


def batch26_corpora() -> dict[str, pd.DataFrame]:
    """The pools of batch 26 (see the module), cleaned, keyed by pool; missing ones left out."""
    from .agency_sample import allsides_war_topics, war_corpora
    from .agency_sample_batch15 import basil_cleaned
    from .agency_sample_batch25 import WAR_TOPICS25

    out = war_corpora()
    alls = allsides_war_topics(WAR_TOPICS25)
    if not alls.empty and "topic" in alls:
        out["as-war"] = alls[alls["topic"].isin(WAR_TOPICS25)].reset_index(drop=True)
    basil = basil_cleaned()
    if not basil.empty:
        out["basil"] = basil
    return out


def new_articles(cands: pd.DataFrame, annotated: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``cands`` whose article (corpus, article_id) has no row in ``annotated``.

    Examples
    --------
    >>> c = pd.DataFrame({"corpus": ["g", "g"], "article_id": ["a", "b"], "start": [0, 9]})
    >>> new_articles(c, c.head(1))["article_id"].tolist()
    ['b']
    """
    seen = set(zip(annotated["corpus"], annotated["article_id"]))
    return cands[[k not in seen for k in zip(cands["corpus"], cands["article_id"])]]


def sample_batch26(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH26_PARTS,
    draw: Mapping[str, int] = BATCH26,
) -> pd.DataFrame:
    """Batch 26 (see the module): the dev-split candidates of new articles of the pools in the
    weighted seeded order, no cue used, ``parts`` filled in turn.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pools, :func:`batch26_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-25 of ``agency_annotations.csv``.
    parts : tuple of (str, str, int)
        The parts drawn in order, :data:`BATCH26_PARTS`.
    draw : Mapping[str, int]
        Seed and limits, :data:`BATCH26`.

    Returns
    -------
    pandas.DataFrame
        ``corpus``, ``part``, ``stratum``, ``article_id``, ``key``, ``start``, ``end``,
        ``trigger``, ``lemma`` and ``draw`` (``none``).
    """
    from .agency_sample_batch25 import draw_pools

    return draw_pools(corpora, annotated, parts, draw, keep=new_articles)
