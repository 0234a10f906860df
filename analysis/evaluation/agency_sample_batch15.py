"""Batch 15 of the agency annotation (issue 20): detected and undetected trigger words of unseen
dev-split articles of **any topic** (AllSides) and of BASIL, where the figurative senses live.

After the seventeenth round dev non-event rejection is 0.943 and held-out 0.759 (bar 0.85,
n=112): the held-out non-events are of classes dev does not show, and batches 13-14 drew only
from war, terror and foreign-policy articles.  Batch 15 draws by the procedure of
:func:`~.agency_sample_batch13.sample_batch13` (dev-split articles with **no annotated mention
in batches 1-14**, detected candidates stratified by lemma, then undetected ones, at most
``per_article`` per article) from a wider pool: :data:`BATCH15` ``pool`` AllSides articles of
any topic drawn with the seed (elections, politics, sports, economy …: the violent words'
political, sporting and economic senses) and the BASIL same-event articles
(:func:`basil_cleaned`, corpus ``basil``: Fox, NYT and HuffPost political news 2010-2019).  The
two war corpora have no unannotated dev article left.  The detected part is selected by the
detector; its rejection rate estimates nothing beyond it.  The draw is reproduced by
``sample_batch15(batch15_corpora(), annotated[annotated["batch"] < 15])`` with the detector of
the commit that drew it (branch ``agency18``, from main at 5f35cf0).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample_batch13 import sample_batch13

__all__ = ["BATCH15", "BATCH15_QUOTAS", "basil_cleaned", "batch15_corpora", "sample_batch15"]

#: Lemma -> detected mentions drawn (100 in all): the lemmas with frequent figurative senses
#: in political, sports and economic news weighted most.
BATCH15_QUOTAS: Mapping[str, int] = {
    "attack": 18,
    "strike": 12,
    "shoot": 10,
    "kill": 10,
    "dead": 10,
    "death": 8,
    "die": 8,
    "bomb": 6,
    "hurt": 5,
    "execute": 4,
    "storm": 3,
    "wound": 2,
    "massacre": 1,
    "murder": 1,
    "torture": 1,
    "slaughter": 1,
}
#: AllSides articles of any topic in the pool, undetected mentions drawn, the seed and the
#: most mentions drawn from one article.
BATCH15: Mapping[str, int] = {
    "pool": 2500,
    "undetected": 20,
    "random_state": 34,
    "per_article": 2,
}


def basil_cleaned(ids: set[str] | None = None) -> pd.DataFrame:
    """The BASIL articles (all, or those with an id in ``ids``), cleaned with the annotation
    rules; ``file`` = the article key; empty without ../shared."""
    from ..paths import shared_path
    from .align import load_basil
    from .pools import cleaned
    from .rules import annotation_rules

    p = shared_path("datasets", "basil-same-event", "articles.csv")
    if p is None:
        return pd.DataFrame(columns=["article_id", "outlet", "body"])
    df = load_basil(p)
    if ids is not None:
        df = df[df["article_id"].isin(ids)]
    return cleaned(df.reset_index(drop=True), rules=annotation_rules())


def batch15_corpora(draw: Mapping[str, int] = BATCH15) -> dict[str, pd.DataFrame]:
    """The pool of batch 15: ``allsides`` (``draw["pool"]`` articles of any topic, seeded) and
    ``basil`` (every BASIL article), cleaned."""
    from .agency_sample import allsides_other

    n, seed = draw["pool"], draw["random_state"]
    allsides = allsides_other({"pool": n, "random_state": seed}, any_topic=True)
    return {"allsides": allsides, "basil": basil_cleaned()}


def sample_batch15(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    quotas: Mapping[str, int] = BATCH15_QUOTAS,
    draw: Mapping[str, int] = BATCH15,
) -> pd.DataFrame:
    """Batch 15 (see the module): :func:`~.agency_sample_batch13.sample_batch13` on
    :func:`batch15_corpora` with :data:`BATCH15_QUOTAS` and :data:`BATCH15`."""
    return sample_batch13(corpora, annotated, quotas, draw)
