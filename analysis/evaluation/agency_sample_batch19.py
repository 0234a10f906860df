"""Batch 19 of the agency annotation (issue 20): dev-split **war reporting** mentions no earlier
batch drew, near the cues of the non-event senses (four kinds added from the senses the
twenty-first round left open), the least-drawn outlets weighted, drawn **without the detector**.

After the twenty-first round held-out non-event rejection is 0.804 (bar 0.85) and batch 18's
fresh dev figure was 0.731.  The round left open, read on unlabelled text: cyber attacks,
verbal and political attacks on people ("a pre-emptive strike ahead of Romney's … speech"),
military equipment lost to attacks ("Five have been lost to Russian attacks") and abstractions
that die or are casualties ("culture is a casualty too", "Obamacare is dead", "Support for …").
Batch 19 draws from the batch-18 pool (:func:`~.agency_sample_batch18.batch18_corpora`: dev-split
Guardian/NYT, by-country English and AllSides war, terror, foreign-policy, world, Russia, Israel,
North Korea, homeland-security and crime articles), every candidate that batches 1-18 did not
draw, with the procedure of batch 18 (:func:`~.agency_sample_batch18.sample_batch18`: the seeded
order weighted toward the least-drawn outlets, ``1 / (1 + n)``) and :data:`CUES19`, batch 18's ten
cue kinds plus cyber, verbal and political, equipment losses and abstractions.  The new kinds are
asked first and more (3 per corpus), the older ten 2 per corpus, then mentions with no cue and a
top-up near any cue (:data:`BATCH19_PARTS`).  The detector is not used, so the draw is reproduced
by ``sample_batch19(batch18_corpora(), annotated[annotated["batch"] < 19])`` at any commit.

The cues only weight the draw; the label is the annotator's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from .agency_sample_batch18 import CUES18, sample_batch18

__all__ = ["BATCH19", "BATCH19_PARTS", "CUES19", "NEW_CUES19", "sample_batch19"]

#: Cue kinds added for batch 19 (case-insensitive, whole words), written from the senses the
#: twenty-first round left open, not from the detector's rules.
NEW_CUES19: Mapping[str, re.Pattern[str]] = {
    "cyber": re.compile(
        r"\b(?:cyber\w*|hack\w*|computers?|networks?|servers?|internet|online|digital|malware"
        r"|ransomware|software|infrastructure|grid|systems?)\b",
        re.IGNORECASE,
    ),
    "verbal": re.compile(
        r"\b(?:candidates?|campaign\w*|speech\w*|criticis\w+|criticiz\w+|critics?|tweet\w*"
        r"|rhetoric\w*|slam\w*|opponents?|rivals?|Democrats?|Republicans?|GOP|partisan\w*"
        r"|insult\w*|smear\w*|media|press|debate\w*|primary|nominee)\b",
        re.IGNORECASE,
    ),
    "losses": re.compile(
        r"\b(?:lost|losses|loss|tanks?|vehicles?|equipment|aircraft|jets?|helicopters?|ships?"
        r"|vessels?|hardware|destroyed|damaged)\b",
        re.IGNORECASE,
    ),
    "abstraction": re.compile(
        r"\b(?:culture|law|bill|polic(?:y|ies)|Obamacare|reform|treaty|agreement|accord"
        r"|ceasefire|career|peace\s+process|negotiations?|party|movement|truth|freedom|support"
        r"|trust|relations(?:hip)?s?|alliance|ideas?)\b",
        re.IGNORECASE,
    ),
}
#: Cue kind -> words near a trigger used in another sense: the new kinds, then batch 18's ten.
CUES19: Mapping[str, re.Pattern[str]] = {**NEW_CUES19, **CUES18}
#: The parts drawn, in order: (corpus, cue kind, ``none`` for no cue or ``any`` for any cue,
#: mentions).  Each new kind asks 3 Guardian/NYT, 3 by-country and 3 AllSides mentions (36),
#: each of batch 18's ten kinds 2 + 2 + 2 (60), the uncued 8 + 8 + 8 (24); the war corpora have
#: too few mentions left near some cues (capability, sport, fiction, history: 13 short), so a
#: top-up of 4 by-country, 4 Guardian/NYT and 5 AllSides mentions near any cue follows: 133
#: asked, 120 drawn.
BATCH19_PARTS: tuple[tuple[str, str, int], ...] = (
    *(
        (corpus, kind, 3 if kind in NEW_CUES19 else 8 if kind == "none" else 2)
        for kind in (*CUES19, "none")
        for corpus in ("guardian-nyt", "by-country", "allsides")
    ),
    ("by-country", "any", 4),
    ("guardian-nyt", "any", 4),
    ("allsides", "any", 5),
)
#: The seed, the most mentions per article and the most mentions of one trigger lemma per part.
BATCH19: Mapping[str, int] = {"random_state": 38, "per_article": 2, "per_lemma": 3}


def sample_batch19(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH19_PARTS,
    draw: Mapping[str, int] = BATCH19,
) -> pd.DataFrame:
    """Batch 19 (see the module): :func:`~.agency_sample_batch18.sample_batch18` with
    :data:`CUES19`, ``parts`` and ``draw``; columns of :func:`~.agency_sample.candidate_mentions`
    plus ``lemma`` and ``draw`` (the part's cue kind)."""
    return sample_batch18(corpora, annotated, parts=parts, draw=draw, cues=CUES19)
