"""Batch 14 of the agency annotation (issue 20): detected and undetected trigger words of unseen
dev-split war, terror and foreign-policy reporting, a second draw like batch 13.

After the sixteenth round dev non-event rejection is 0.942 and held-out 0.759 (bar 0.85, n=112):
the held-out non-events are of classes dev does not show.  Batch 14 draws by the procedure of
:func:`~.agency_sample_batch13.sample_batch13` (dev-split articles with **no annotated mention
in batches 1-13**, the two war corpora and the AllSides war, terror and foreign-policy
articles; the war corpora have no such dev article left) with another seed and quotas weighted
further toward the lemmas whose figurative and other senses are frequent (attack, strike,
shoot, kill, death, dead, die, bomb, hurt, storm, execute; words outside the lexicon such as
hit, fire or fight are no candidates), and :data:`BATCH14` ``undetected`` candidates the
detector does not report.  The detected part is selected by the detector: every non-event
in it is a false event, and its rejection rate estimates nothing beyond it.  The draw is
reproduced by
``sample_batch14(corpora, annotated[annotated["batch"] < 14])`` with the detector of the commit
that drew it (branch ``agency17``, from main at 524a1f2).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample_batch13 import sample_batch13

__all__ = ["BATCH14", "BATCH14_QUOTAS", "sample_batch14"]

#: Lemma -> detected mentions drawn (100 in all): the lemmas often figurative or ambiguous
#: oversampled, a few of each other lemma.
BATCH14_QUOTAS: Mapping[str, int] = {
    "attack": 16,
    "strike": 10,
    "shoot": 8,
    "kill": 8,
    "death": 8,
    "dead": 8,
    "die": 6,
    "bomb": 6,
    "hurt": 5,
    "storm": 3,
    "execute": 4,
    "wound": 3,
    "injure": 3,
    "massacre": 2,
    "murder": 2,
    "casualty": 2,
    "shell": 2,
    "torture": 2,
    "slaughter": 1,
    "assassinate": 1,
}
#: Undetected mentions drawn, the seed and the most mentions drawn from one article.
BATCH14: Mapping[str, int] = {"undetected": 20, "random_state": 33, "per_article": 2}


def sample_batch14(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    quotas: Mapping[str, int] = BATCH14_QUOTAS,
    draw: Mapping[str, int] = BATCH14,
) -> pd.DataFrame:
    """Batch 14 (see the module): :func:`~.agency_sample_batch13.sample_batch13` with
    :data:`BATCH14_QUOTAS` and :data:`BATCH14`."""
    return sample_batch13(corpora, annotated, quotas, draw)
