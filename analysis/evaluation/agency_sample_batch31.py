"""Batch 31 of the agency annotation (issue 20): **random** dev-split mentions of the usual harm
words from **AllSides articles no earlier batch drew from**, drawn **without the detector**, a
sixth fresh measure of the **non-events** after the thirty-third round.

The dev war mentions of the two war corpora are used up (batch 30).  Batch 31 draws from two
AllSides pools (:func:`batch31_corpora`, :data:`BATCH31_PARTS`):

- ``as-conflict``: AllSides war and armed-conflict reporting by
  :data:`~.agency_sample.WAR_PATTERN` (:func:`~.agency_sample.allsides_war`: Syria, Iraq,
  Afghanistan, ISIS, Gaza, Yemen, Libya, troops, rebels, airstrikes … in the title and at least
  five times in the text), 70 mentions;
- ``as-any``: a seeded sample of 1,500 AllSides articles of any topic
  (:func:`~.agency_sample.allsides_other` with ``any_topic``), where the other senses of the
  trigger words are frequent, 30 mentions.

Only dev-split articles with no annotated mention in batches 1-30
(:func:`~.agency_sample_batch29.war_or_new`, which for AllSides keeps the new articles), one
mention per article: batch 29's draw (:func:`~.agency_sample_batch29.sample_batch29`, batch
18's seeded order weighted toward the strata least drawn on the dev split, no cue), parts
filled in turn.  Reproduced by
``sample_batch31(batch31_corpora(), annotated[annotated["batch"] < 31])``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

__all__ = ["BATCH31", "BATCH31_LIMITS", "BATCH31_PARTS", "batch31_corpora", "sample_batch31"]

#: The parts drawn, in order: (pool, mentions).
BATCH31_PARTS: tuple[tuple[str, int], ...] = (("as-conflict", 70), ("as-any", 30))
#: Part -> (the most mentions per article, the most of one trigger lemma per article).
BATCH31_LIMITS: Mapping[str, tuple[int, int]] = {"as-conflict": (1, 1), "as-any": (1, 1)}
#: The seed of the order and of the any-topic sample, and that sample's size.
BATCH31: Mapping[str, int] = {"random_state": 50, "pool": 1500}


def batch31_corpora(draw: Mapping[str, int] = BATCH31) -> dict[str, pd.DataFrame]:
    """The pools of batch 31 (see the module), cleaned, keyed by pool; empty ones left out."""
    from .agency_sample import allsides_other, allsides_war

    pools = {"as-conflict": allsides_war(), "as-any": allsides_other(draw, any_topic=True)}
    return {k: df for k, df in pools.items() if not df.empty}


def sample_batch31(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, int], ...] = BATCH31_PARTS,
    draw: Mapping[str, int] = BATCH31,
    limits: Mapping[str, tuple[int, int]] = BATCH31_LIMITS,
) -> pd.DataFrame:
    """Batch 31 (see the module): batch 29's draw with :data:`BATCH31_PARTS`,
    :data:`BATCH31_LIMITS` and seed 50 on the pools of :func:`batch31_corpora`.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pools, :func:`batch31_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-30 of ``agency_annotations.csv``.
    parts : tuple of (str, int)
        The parts drawn in order, :data:`BATCH31_PARTS`.
    draw : Mapping[str, int]
        The seed, :data:`BATCH31`.
    limits : Mapping[str, tuple of (int, int)]
        Per part, the most mentions per article and of one lemma per article.

    Returns
    -------
    pandas.DataFrame
        ``corpus``, ``part``, ``stratum``, ``article_id``, ``key``, ``start``, ``end``,
        ``trigger``, ``lemma`` and ``draw`` (``none``).
    """
    from .agency_sample_batch29 import sample_batch29

    return sample_batch29(corpora, annotated, parts, draw, limits)
