"""Batch 22 of the agency annotation (issue 20): dev-split **war reporting** mentions no earlier
batch drew, most from the two war corpora and BASIL, near the cues of the non-event senses
first, the least-drawn outlets weighted, drawn **without the detector**.

After the twenty-fourth round held-out non-event rejection is still 0.8125 (bar 0.85): the
fixes of one-off dev classes did not carry to the held-out war reporting.  The hidden set is
English war reporting of several countries' outlets, so batch 22 asks most of its mentions from
the by-country English texts and the Guardian/NYT (the by-country corpus has 79 undrawn dev
candidates left, the Guardian/NYT 273) and adds BASIL (``basil``:
:func:`~.agency_sample_batch15.basil_cleaned`, Fox, NYT and HuffPost; 276 undrawn dev
candidates, none drawn by batches 17-21) and a few AllSides mentions of the batch-18 pool
(:func:`~.agency_sample_batch18.batch18_corpora`).  The procedure is batch 18's
(:func:`~.agency_sample_batch18.sample_batch18`: the seeded order weighted toward the
least-drawn outlets, ``1 / (1 + n)``; at most 2 mentions per article and 4 of one lemma per
part) with batch 21's twenty-three cue kinds (:data:`~.agency_sample_batch21.CUES21`): first
mentions near **any** cue of each corpus (the candidate non-events), then mentions with no cue
of the two war corpora (:data:`BATCH22_PARTS`).  The detector is not used, so the draw is
reproduced by ``sample_batch22(batch22_corpora(), annotated[annotated["batch"] < 22])`` at any
commit.

The cues only weight the draw; the label is the annotator's.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample_batch18 import sample_batch18
from .agency_sample_batch21 import CUES21

__all__ = ["BATCH22", "BATCH22_PARTS", "batch22_corpora", "sample_batch22"]

#: The parts drawn, in order: (corpus, ``any`` for near any cue of :data:`CUES21` or ``none``
#: for no cue, mentions).  Near a cue: 15 by-country (11 such candidates are left), 30
#: Guardian/NYT, 20 BASIL and 15 AllSides; with no cue: 25 by-country and 15 Guardian/NYT.
BATCH22_PARTS: tuple[tuple[str, str, int], ...] = (
    ("by-country", "any", 15),
    ("guardian-nyt", "any", 30),
    ("basil", "any", 20),
    ("allsides", "any", 15),
    ("by-country", "none", 25),
    ("guardian-nyt", "none", 15),
)
#: The seed, the most mentions per article and the most mentions of one trigger lemma per part.
BATCH22: Mapping[str, int] = {"random_state": 41, "per_article": 2, "per_lemma": 4}


def batch22_corpora() -> dict[str, pd.DataFrame]:
    """The pool of batch 22: :func:`~.agency_sample_batch18.batch18_corpora` and ``basil``
    (every BASIL article, :func:`~.agency_sample_batch15.basil_cleaned`); missing ones left
    out."""
    from .agency_sample_batch15 import basil_cleaned
    from .agency_sample_batch18 import batch18_corpora

    out = batch18_corpora()
    basil = basil_cleaned()
    if not basil.empty:
        out["basil"] = basil
    return out


def sample_batch22(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH22_PARTS,
    draw: Mapping[str, int] = BATCH22,
) -> pd.DataFrame:
    """Batch 22 (see the module): :func:`~.agency_sample_batch18.sample_batch18` with
    :data:`~.agency_sample_batch21.CUES21`, ``parts`` and ``draw``.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pool, :func:`batch22_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-21 of ``agency_annotations.csv``.
    parts : tuple of (str, str, int)
        The parts drawn in order, :data:`BATCH22_PARTS`.
    draw : Mapping[str, int]
        Seed and limits, :data:`BATCH22`.

    Returns
    -------
    pandas.DataFrame
        Columns of :func:`~.agency_sample.candidate_mentions` plus ``lemma`` and ``draw`` (the
        part's cue kind).
    """
    return sample_batch18(corpora, annotated, parts=parts, draw=draw, cues=CUES21)
