"""Batch 29 of the agency annotation (issue 20): **random** dev-split mentions of the usual harm
words, half of them **war reporting** of the two war corpora, drawn **without the detector**, a
fourth fresh measure of the **non-events** after the thirty-first round.

The hidden set is war reporting of several countries' outlets, while batches 26-28 drew no war
corpus mention (every dev article of the Guardian/NYT and by-country corpora had been drawn
from).  By the project lead's decision batch 29 takes up to half of its mentions from the war
corpora anyway, as **mentions never labelled** of dev-split articles that earlier batches drew
from (:func:`war_or_new`): never an article of the test split, at most two mentions of one
trigger lemma per article (:data:`BATCH29_LIMITS`).  These mentions are **less independent**
than those of batches 26-28: other mentions of the same articles were read, and rules were
written from them, before.  The rest is batch 28's draw: AllSides articles filed under other
wars, terror and security with no annotated mention, one mention per article (BASIL has no new
dev article left).  Parts (:data:`BATCH29_PARTS`): ``war`` then ``as-war``, batch 18's seeded
order weighted toward the strata least drawn on the dev split, no cue.  Reproduced by
``sample_batch29(batch26_corpora(), annotated[annotated["batch"] < 29])``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample_batch25 import WAR_CORPORA

__all__ = [
    "BATCH29",
    "BATCH29_LIMITS",
    "BATCH29_PARTS",
    "WAR_CORPORA",
    "pick_limited",
    "sample_batch29",
    "war_or_new",
]

#: The parts drawn, in order: (pool, mentions).
BATCH29_PARTS: tuple[tuple[str, int], ...] = (("war", 75), ("as-war", 75))
#: Part -> (the most mentions per article, the most of one trigger lemma per article).
BATCH29_LIMITS: Mapping[str, tuple[int, int]] = {"war": (10_000, 2), "as-war": (1, 1)}
#: The seed of the order.
BATCH29: Mapping[str, int] = {"random_state": 48}


def war_or_new(cands: pd.DataFrame, annotated: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``cands`` that may be drawn: in :data:`WAR_CORPORA` every mention not
    annotated (its article may hold annotated ones), elsewhere the mentions of articles with no
    annotated mention.

    Examples
    --------
    >>> c = pd.DataFrame({"corpus": ["by-country", "by-country", "allsides", "allsides"],
    ...                   "article_id": ["a", "a", "b", "c"], "start": [0, 9, 0, 0]})
    >>> war_or_new(c, c.iloc[[0, 2]])[["article_id", "start"]].values.tolist()
    [['a', 9], ['c', 0]]
    """
    from .agency_sample import not_annotated
    from .agency_sample_batch26 import new_articles

    war = cands["corpus"].isin(WAR_CORPORA)
    kept = pd.concat([not_annotated(cands[war], annotated), new_articles(cands[~war], annotated)])
    return kept.sort_index()


def pick_limited(
    cands: pd.DataFrame,
    parts: tuple[tuple[str, int], ...],
    limits: Mapping[str, tuple[int, int]],
) -> pd.DataFrame:
    """The first mentions of ``cands`` (in their order) that fill each ``(part, n)`` in turn,
    at most ``limits[part]`` mentions per article and of one lemma per article.

    Examples
    --------
    >>> c = pd.DataFrame({"part": ["w"] * 4, "corpus": ["g"] * 4, "article_id": list("aaab"),
    ...                   "lemma": ["kill", "kill", "kill", "kill"], "start": [0, 1, 2, 0]})
    >>> pick_limited(c, (("w", 9),), {"w": (9, 2)})["start"].tolist()
    [0, 1, 0]
    """
    picked = []
    for part, n in parts:
        per_article, per_lemma = limits[part]
        arts: dict[tuple[str, str], int] = {}
        lems: dict[tuple[str, str, str], int] = {}
        for i in cands.index[cands["part"] == part]:
            if sum(arts.values()) >= n:
                break
            art = (cands.at[i, "corpus"], cands.at[i, "article_id"])
            lem = (*art, cands.at[i, "lemma"])
            if arts.get(art, 0) >= per_article or lems.get(lem, 0) >= per_lemma:
                continue
            arts[art] = arts.get(art, 0) + 1
            lems[lem] = lems.get(lem, 0) + 1
            picked.append(i)
    return cands.loc[picked]


def sample_batch29(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, int], ...] = BATCH29_PARTS,
    draw: Mapping[str, int] = BATCH29,
    limits: Mapping[str, tuple[int, int]] = BATCH29_LIMITS,
) -> pd.DataFrame:
    """Batch 29 (see the module): the dev-split candidates :func:`war_or_new` keeps, in batch
    18's weighted seeded order (:func:`~.agency_sample_batch25.ordered_pool`, no cue used),
    ``parts`` filled in turn within ``limits`` (:func:`pick_limited`).

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pools, :func:`~.agency_sample_batch26.batch26_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-28 of ``agency_annotations.csv``.
    parts : tuple of (str, int)
        The parts drawn in order, :data:`BATCH29_PARTS`.
    draw : Mapping[str, int]
        The seed, :data:`BATCH29`.
    limits : Mapping[str, tuple of (int, int)]
        Per part, the most mentions per article and of one lemma per article.

    Returns
    -------
    pandas.DataFrame
        ``corpus``, ``part``, ``stratum``, ``article_id``, ``key``, ``start``, ``end``,
        ``trigger``, ``lemma`` and ``draw`` (``none``).
    """
    from .agency_sample_batch25 import ordered_pool

    cands = ordered_pool(corpora, annotated, draw["random_state"], keep=war_or_new)
    out = pick_limited(cands, parts, limits).assign(draw="none")
    return out.sort_values(["part", "stratum", "article_id", "start"]).reset_index(drop=True)
