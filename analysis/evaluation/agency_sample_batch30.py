"""Batch 30 of the agency annotation (issue 20): **random** dev-split mentions of the usual harm
words, half of them **war reporting** of the two war corpora, drawn **without the detector**, a
fifth fresh measure of the **non-events** after the thirty-second round and agency38.

Batch 29's draw again (:func:`~.agency_sample_batch29.sample_batch29`, its pool step
:func:`~.agency_sample_batch25.ordered_pool` and pick step
:func:`~.agency_sample_batch29.pick_limited`), batches 1-29 left out, a smaller batch:
``war``, never-labelled mentions of dev-split war-corpus articles that earlier batches drew from
(never an article of the test split).  After batch 29 only **50** such mentions are left, in 13
Guardian/NYT articles (11 in articles-0126, 8 in articles-0023, 7 in articles-0069); a limit of
four per article and two of one lemma would have drawn 32, so batch 30 takes all 50 (no limit):
the dev war mentions are then used up, and the war half is concentrated and less independent
(rules were written from other mentions of the same articles).  ``as-war``: AllSides articles
filed under other wars, terror and security with no annotated mention, one mention per article.
Batch 18's seeded order weighted toward the strata least drawn on the dev split, no cue.
Reproduced by
``sample_batch30(batch26_corpora(), annotated[annotated["batch"] < 30])``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

__all__ = ["BATCH30", "BATCH30_LIMITS", "BATCH30_PARTS", "sample_batch30"]

#: The parts drawn, in order: (pool, mentions).
BATCH30_PARTS: tuple[tuple[str, int], ...] = (("war", 50), ("as-war", 50))
#: Part -> (the most mentions per article, the most of one trigger lemma per article).
BATCH30_LIMITS: Mapping[str, tuple[int, int]] = {"war": (10_000, 10_000), "as-war": (1, 1)}
#: The seed of the order.
BATCH30: Mapping[str, int] = {"random_state": 49}


def sample_batch30(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, int], ...] = BATCH30_PARTS,
    draw: Mapping[str, int] = BATCH30,
    limits: Mapping[str, tuple[int, int]] = BATCH30_LIMITS,
) -> pd.DataFrame:
    """Batch 30 (see the module): batch 29's draw with :data:`BATCH30_PARTS`,
    :data:`BATCH30_LIMITS` and seed 49.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pools, :func:`~.agency_sample_batch26.batch26_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-29 of ``agency_annotations.csv``.
    parts : tuple of (str, int)
        The parts drawn in order.
    draw : Mapping[str, int]
        The seed.
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
