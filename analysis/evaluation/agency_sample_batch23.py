"""Batch 23 of the agency annotation (issue 20): **random** dev-split harm-word mentions of the
two war corpora that no earlier batch drew, the least-drawn outlet countries and outlets first,
drawn **without the detector**.

After the twenty-fifth round held-out non-event rejection is still 0.8125 (bar 0.85) while
batch 22's fresh figure was 0.944: batches 16-22 were weighted toward candidate non-events
(mentions near a cue), so their share of non-events and their kinds need not be those of a
hand-annotated set of war reporting.  Batch 23 uses no cue at all: every undrawn candidate of
:data:`~.agency_sample.CANDIDATE_PATTERN` in the dev-split articles of the two war corpora
(:func:`~.agency_sample.war_corpora`: the Guardian/NYT and the by-country English texts) in
batch 18's seeded order weighted toward the strata (outlet countries, outlets) least drawn on
the dev split so far (:func:`~.agency_sample_batch18.weighted_order`, weight ``1 / (1 + n)``),
at most 2 mentions per article and no limit per lemma, by-country first
(:data:`BATCH23_PARTS`).  Its share of non-events estimates what a random draw of war reporting
holds.  The draw is reproduced by ``sample_batch23(war_corpora(), annotated[annotated["batch"]
< 23])`` at any commit.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample_batch17 import pick_parts
from .agency_sample_batch18 import stratum_weights, weighted_order

__all__ = ["BATCH23", "BATCH23_PARTS", "sample_batch23"]

#: The parts drawn, in order: (corpus, ``none`` = every mention fits, mentions).  The by-country
#: English texts have 43 undrawn dev candidates left (36 within 2 per article), the
#: Guardian/NYT 228 (81 within 2 per article): 117 drawn.
BATCH23_PARTS: tuple[tuple[str, str, int], ...] = (
    ("by-country", "none", 40),
    ("guardian-nyt", "none", 84),
)
#: The seed, the most mentions per article and the most of one trigger lemma per part (none).
BATCH23: Mapping[str, int] = {"random_state": 42, "per_article": 2, "per_lemma": 10_000}


def sample_batch23(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH23_PARTS,
    draw: Mapping[str, int] = BATCH23,
) -> pd.DataFrame:
    """Batch 23 (see the module): the undrawn dev-split candidates of ``corpora`` in the
    weighted seeded order, no cue used, ``parts`` filled in turn.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pool, :func:`~.agency_sample.war_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-22 of ``agency_annotations.csv``.
    parts : tuple of (str, str, int)
        The parts drawn in order, :data:`BATCH23_PARTS`.
    draw : Mapping[str, int]
        Seed and limits, :data:`BATCH23`.

    Returns
    -------
    pandas.DataFrame
        Columns of :func:`~.agency_sample.candidate_mentions` plus ``lemma`` and ``draw``
        (``random``).
    """
    from .agency_sample_batch16 import dev_mentions

    cands = dev_mentions(corpora, annotated)
    if cands.empty:
        return cands
    cands = cands.assign(kinds=[[] for _ in range(len(cands))])
    cands = cands.iloc[weighted_order(stratum_weights(cands, annotated), draw["random_state"])]
    return pick_parts(cands, parts, draw).assign(draw="random")
