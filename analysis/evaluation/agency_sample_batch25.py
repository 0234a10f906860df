"""Batch 25 of the agency annotation (issue 20): **random** dev-split mentions of the usual harm
words, from the war corpora's remaining mentions and from English reporting on other wars and
violence, drawn **without the detector**, to measure the **non-events** among them.

After the twenty-seventh round held-out non-event rejection is still 0.8125 (bar 0.85) and
batch 24's harm words were rejected at only 0.714 (10 of 14).  The by-country English texts
are nearly used up for :data:`~.agency_sample.CANDIDATE_PATTERN`, so batch 25 draws from four
pools (:data:`BATCH25_PARTS`), every dev-split candidate that batches 1-24 did not draw:

- ``war``: the two war corpora (:func:`~.agency_sample.war_corpora`);
- ``as-war``: AllSides articles filed under the topics of other wars, terror and security
  (:data:`WAR_TOPICS25`: middle_east, terrorism, isis, world, national_security, defense,
  national_defense, us_military, foreign_policy);
- ``as-violence``: AllSides articles filed under guns and violence (:data:`VIOLENCE_TOPICS`);
- ``basil``: the BASIL political news (:func:`~.agency_sample_batch15.basil_cleaned`).

Order: batch 18's seeded order weighted toward the strata least drawn on the dev split
(:func:`~.agency_sample_batch18.weighted_order`), at most one mention per article, no cue, no
limit per lemma.  Reproduced by ``sample_batch25(batch25_corpora(),
annotated[annotated["batch"] < 25])`` at any commit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd

from .agency_sample import candidate_mentions, not_annotated, trigger_lemma
from .agency_sample_batch17 import pick_parts
from .agency_sample_batch18 import stratum_weights, weighted_order

__all__ = [
    "BATCH25",
    "BATCH25_PARTS",
    "VIOLENCE_TOPICS",
    "WAR_TOPICS25",
    "batch25_corpora",
    "sample_batch25",
    "draw_pools",
    "ordered_pool",
]

#: AllSides topics of other wars, terror and security (pool ``as-war``).
WAR_TOPICS25: tuple[str, ...] = (
    "middle_east",
    "terrorism",
    "isis",
    "world",
    "national_security",
    "defense",
    "national_defense",
    "us_military",
    "foreign_policy",
)
#: AllSides topics of guns and violence at home (pool ``as-violence``).
VIOLENCE_TOPICS: tuple[str, ...] = ("gun_control_and_gun_rights", "violence_in_america")
#: The parts drawn, in order: (pool, ``none`` = every mention fits, mentions).  162 asked; the
#: war corpora had 28 undrawn dev mentions left within one per article: 150 drawn.
BATCH25_PARTS: tuple[tuple[str, str, int], ...] = (
    ("war", "none", 40),
    ("as-war", "none", 77),
    ("as-violence", "none", 25),
    ("basil", "none", 20),
)
#: The seed, the most mentions per article and the most of one trigger lemma per part (none).
BATCH25: Mapping[str, int] = {"random_state": 44, "per_article": 1, "per_lemma": 10_000}


def batch25_corpora() -> dict[str, pd.DataFrame]:
    """The pools of batch 25 (see the module), cleaned, keyed by pool; the AllSides pools keep
    their ``topic`` column; missing ones left out."""
    from .agency_sample import allsides_war_topics, war_corpora
    from .agency_sample_batch15 import basil_cleaned

    out = war_corpora()
    alls = allsides_war_topics((*WAR_TOPICS25, *VIOLENCE_TOPICS))
    if not alls.empty and "topic" in alls:
        out["as-war"] = alls[alls["topic"].isin(WAR_TOPICS25)].reset_index(drop=True)
        out["as-violence"] = alls[alls["topic"].isin(VIOLENCE_TOPICS)].reset_index(drop=True)
    basil = basil_cleaned()
    if not basil.empty:
        out["basil"] = basil
    return out


#: The corpora whose candidates form the part ``war``.
WAR_CORPORA: tuple[str, ...] = ("guardian-nyt", "by-country")
#: Pool -> the corpus its articles are annotated under.
CORPUS_OF: Mapping[str, str] = {
    "guardian-nyt": "guardian-nyt",
    "by-country": "by-country",
    "as-war": "allsides",
    "as-violence": "allsides",
    "as-conflict": "allsides",
    "as-any": "allsides",
    "basil": "basil",
}


def sample_batch25(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH25_PARTS,
    draw: Mapping[str, int] = BATCH25,
) -> pd.DataFrame:
    """Batch 25 (see the module): the undrawn dev-split candidates of the pools in the
    weighted seeded order, no cue used, ``parts`` filled in turn.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pools, :func:`batch25_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-24 of ``agency_annotations.csv``.
    parts : tuple of (str, str, int)
        The parts drawn in order, :data:`BATCH25_PARTS`.
    draw : Mapping[str, int]
        Seed and limits, :data:`BATCH25`.

    Returns
    -------
    pandas.DataFrame
        ``corpus`` (the corpus of the article), ``part``, ``stratum``, ``article_id``, ``key``,
        ``start``, ``end``, ``trigger``, ``lemma`` and ``draw`` (``none``).
    """
    return draw_pools(corpora, annotated, parts, draw, keep=not_annotated)


def ordered_pool(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    seed: int,
    *,
    keep: Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame],
) -> pd.DataFrame:
    """The dev-split candidates of the pools that ``keep`` leaves, each with its ``part``
    (``war`` for the two war corpora, else the pool) and ``lemma``, in batch 18's seeded order
    weighted toward the strata least drawn on the dev split (no cue used): the pool of the
    draws of batches 25-30, before their pick step.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pools, keyed by pool (:data:`CORPUS_OF` names the corpus of each).
    annotated : pandas.DataFrame
        The annotated rows of the earlier batches.
    seed : int
        The seed of the order.
    keep : callable
        ``keep(candidates, annotated)``: the candidates that may be drawn.

    Returns
    -------
    pandas.DataFrame
        ``corpus``, ``part``, ``stratum``, ``article_id``, ``key``, ``start``, ``end``,
        ``trigger`` and ``lemma``, in the order of the draw (empty with its first columns when
        no pool has a candidate).
    """
    from .agency import split_of

    frames = []
    for pool, df in corpora.items():
        corpus = CORPUS_OF.get(pool, pool)
        cands = candidate_mentions(corpus, df)
        if cands.empty:
            continue
        cands = cands[cands["key"].map(split_of) == "dev"]
        part = "war" if corpus in WAR_CORPORA else pool
        frames.append(keep(cands, annotated).assign(part=part))
    if not frames:
        return pd.DataFrame(columns=["corpus", "part", "article_id", "start", "trigger"])
    cands = pd.concat(frames, ignore_index=True)
    cands = cands.drop_duplicates(["corpus", "article_id", "start"]).reset_index(drop=True)
    cands = cands.sort_values(["part", "stratum", "article_id", "start"]).reset_index(drop=True)
    cands = cands.assign(lemma=cands["trigger"].map(trigger_lemma))
    return cands.iloc[weighted_order(stratum_weights(cands, annotated), seed)]


def draw_pools(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...],
    draw: Mapping[str, int],
    *,
    keep: Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame],
) -> pd.DataFrame:
    """The :func:`ordered_pool` of the pools, ``parts`` filled in turn by batch 17's
    :func:`~.agency_sample_batch17.pick_parts`: the draw of batch 25 (``keep``:
    :func:`~.agency_sample.not_annotated`, undrawn mentions) and of batches 26-28 (new
    articles).

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pools, keyed by pool (:data:`CORPUS_OF` names the corpus of each).
    annotated : pandas.DataFrame
        The annotated rows of the earlier batches.
    parts : tuple of (str, str, int)
        The parts drawn in order.
    draw : Mapping[str, int]
        Seed and limits.
    keep : callable
        ``keep(candidates, annotated)``: the candidates that may be drawn.

    Returns
    -------
    pandas.DataFrame
        As :func:`sample_batch25`.
    """
    cands = ordered_pool(corpora, annotated, draw["random_state"], keep=keep)
    if "lemma" not in cands:
        return cands
    cands = cands.assign(kinds=[[] for _ in range(len(cands))], cued=False)
    # pick_parts fills parts by the "corpus" column: the part name stands in for it there
    picked = pick_parts(cands.rename(columns={"corpus": "source", "part": "corpus"}), parts, draw)
    picked = picked.rename(columns={"corpus": "part", "source": "corpus"})
    return picked.sort_values(["part", "stratum", "article_id", "start"]).reset_index(drop=True)
