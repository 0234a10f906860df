"""Batch 21 of the agency annotation (issue 20): dev-split **war reporting** mentions no earlier
batch drew, near the cues of the non-event senses (four kinds added: animals, physical motion,
verbal attacks on a group or a person's identity, and crimes named by a law), the least-drawn
outlets weighted, drawn **without the detector**.

After the twenty-third round held-out non-event rejection is 0.8125 (bar 0.85) and batch 20's
fresh dev figure was 0.857.  Unlabelled BASIL text showed non-event senses that no earlier cue
table named: harm to animals ("elephants … they are being killed"), a trigger that moves
something ("a fireball shot into the air"), verbal attacks on a group or an identity
("misogynistic attacks") and a crime category named by a law ("exceptions for rape or
incest").  Batch 21 draws from the batch-18 pool (:func:`~.agency_sample_batch18.batch18_corpora`:
dev-split Guardian/NYT, by-country English and AllSides war, terror, foreign-policy, world,
Russia, Israel, North Korea, homeland-security and crime articles), every candidate that batches
1-20 did not draw, with the procedure of batch 18 (:func:`~.agency_sample_batch18.sample_batch18`:
the seeded order weighted toward the least-drawn outlets, ``1 / (1 + n)``) and :data:`CUES21`,
batch 20's nineteen cue kinds plus the four new ones.  The war corpora are nearly exhausted, so
each new kind asks 1 Guardian/NYT, 1 by-country and 4 AllSides mentions, each older kind 1 + 1 +
2, then mentions with no cue (10 + 10 + 6) and a top-up near any cue (6 + 6)
(:data:`BATCH21_PARTS`).  The detector is not used, so the draw is reproduced by
``sample_batch21(batch18_corpora(), annotated[annotated["batch"] < 21])`` at any commit.

The cues only weight the draw; the label is the annotator's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from .agency_sample_batch18 import sample_batch18
from .agency_sample_batch20 import CUES20

__all__ = ["BATCH21", "BATCH21_PARTS", "CUES21", "NEW_CUES21", "sample_batch21"]

#: Cue kinds added for batch 21 (case-insensitive, whole words), written from the non-event
#: senses seen on unlabelled BASIL text, not from the detector's rules.
NEW_CUES21: Mapping[str, re.Pattern[str]] = {
    "animals": re.compile(
        r"\b(?:animals?|elephants?|dogs?|cats?|horses?|cattle|cows?|birds?|fish|wildlife"
        r"|wolves|wolf|bears?|lions?|whales?|dolphins?|pets?|livestock|poach\w*|species"
        r"|zoo|sharks?|deer|pigs?|sheep|chickens?)\b",
        re.IGNORECASE,
    ),
    "motion": re.compile(
        r"\b(?:air|sky|skies|upward\w*|soar\w*|jump\w*|fireballs?|flames?|smoke|into|across"
        r"|ball|goal|puck|shot\s+up|rose|surged?|spiked?)\b",
        re.IGNORECASE,
    ),
    "identity": re.compile(
        r"\b(?:misogyn\w*|sexis\w+|racis\w+|homophob\w*|transphob\w*|antisemit\w*|anti-Semit\w*"
        r"|xenophob\w*|bigot\w*|hateful|slurs?|personal|character|women|gay|Muslims?|Jews?"
        r"|immigrants?)\b",
        re.IGNORECASE,
    ),
    "crime_law": re.compile(
        r"\b(?:exceptions?|incest|abortion\w*|statutes?|legislation|legal|illegal|crimes?"
        r"|criminal\w*|offen[cs]es?|penalt\w+|punish\w+|felon\w*|manslaughter|homicide\w*)\b",
        re.IGNORECASE,
    ),
}
#: Cue kind -> words near a trigger used in another sense: the new kinds, then batch 20's 19.
CUES21: Mapping[str, re.Pattern[str]] = {**NEW_CUES21, **CUES20}
#: The parts drawn, in order: (corpus, cue kind, ``none`` for no cue or ``any`` for any cue,
#: mentions).  Each new kind asks 1 Guardian/NYT, 1 by-country and 4 AllSides mentions (24),
#: each of batch 20's nineteen kinds 1 + 1 + 2 (76); the uncued 10 Guardian/NYT, 10 by-country
#: and 6 AllSides (26); then a top-up of 6 by-country and 6 Guardian/NYT mentions near any cue.
BATCH21_PARTS: tuple[tuple[str, str, int], ...] = (
    *(
        (corpus, kind, n)
        for kind in (*CUES21, "none")
        for corpus, n in zip(
            ("guardian-nyt", "by-country", "allsides"),
            (1, 1, 4) if kind in NEW_CUES21 else (10, 10, 6) if kind == "none" else (1, 1, 2),
        )
    ),
    ("by-country", "any", 6),
    ("guardian-nyt", "any", 6),
)
#: The seed, the most mentions per article and the most mentions of one trigger lemma per part.
BATCH21: Mapping[str, int] = {"random_state": 40, "per_article": 2, "per_lemma": 3}


def sample_batch21(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH21_PARTS,
    draw: Mapping[str, int] = BATCH21,
) -> pd.DataFrame:
    """Batch 21 (see the module): :func:`~.agency_sample_batch18.sample_batch18` with
    :data:`CUES21`, ``parts`` and ``draw``.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pool, :func:`~.agency_sample_batch18.batch18_corpora`.
    annotated : pandas.DataFrame
        The rows of batches 1-20 of ``agency_annotations.csv``.
    parts : tuple of (str, str, int)
        The parts drawn in order, :data:`BATCH21_PARTS`.
    draw : Mapping[str, int]
        Seed and limits, :data:`BATCH21`.

    Returns
    -------
    pandas.DataFrame
        Columns of :func:`~.agency_sample.candidate_mentions` plus ``lemma`` and ``draw`` (the
        part's cue kind).
    """
    return sample_batch18(corpora, annotated, parts=parts, draw=draw, cues=CUES21)
