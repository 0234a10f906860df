"""Batch 28 of the agency annotation (issue 20): **random** dev-split mentions of the usual harm
words from **articles no earlier batch drew from**, drawn **without the detector**, a third
fresh measure of the **non-events** on new articles, after the thirtieth round.

The draw of batch 26 (:mod:`~.agency_sample_batch26`) and 27 with another seed and the articles
of batches 1-27 left out: every dev-split candidate of
:data:`~.agency_sample.CANDIDATE_PATTERN` whose article has **no annotated mention** in batches
1-27, from the pools of :func:`~.agency_sample_batch26.batch26_corpora`
(:data:`BATCH28_PARTS`): ``war`` (the two war corpora, if any new article is left), ``as-war``
(AllSides articles filed under the topics of other wars, terror and security) and ``basil``
(BASIL political news).  Batch 18's seeded order weighted toward the strata least drawn on the
dev split, one mention per article, no cue, no limit per lemma.  Reproduced by
``sample_batch28(batch26_corpora(), annotated[annotated["batch"] < 28])``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

__all__ = ["BATCH28", "BATCH28_PARTS", "sample_batch28"]

#: The parts drawn, in order: (pool, ``none`` = every mention fits, mentions).
BATCH28_PARTS: tuple[tuple[str, str, int], ...] = (
    ("war", "none", 40),
    ("as-war", "none", 138),
    ("basil", "none", 25),
)
#: The seed, the most mentions per article and the most of one trigger lemma per part (none).
BATCH28: Mapping[str, int] = {"random_state": 47, "per_article": 1, "per_lemma": 10_000}


def sample_batch28(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH28_PARTS,
    draw: Mapping[str, int] = BATCH28,
) -> pd.DataFrame:
    """Batch 28 (see the module): :func:`~.agency_sample_batch27.sample_batch27`'s draw with
    :data:`BATCH28_PARTS` and :data:`BATCH28`; ``annotated`` holds the rows of batches 1-27.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pools, :func:`~.agency_sample_batch26.batch26_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-27 of ``agency_annotations.csv``.
    parts : tuple of (str, str, int)
        The parts drawn in order.
    draw : Mapping[str, int]
        Seed and limits.

    Returns
    -------
    pandas.DataFrame
        As :func:`~.agency_sample_batch27.sample_batch27`.
    """
    from .agency_sample_batch27 import sample_batch27

    return sample_batch27(corpora, annotated, parts, draw)
