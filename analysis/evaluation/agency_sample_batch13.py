"""Batch 13 of the agency annotation (issue 20): detected and undetected trigger words of unseen
dev-split war reporting.

After the fourteenth round dev non-event rejection is 0.943 and held-out 0.741 (bar 0.85): the
dev non-event classes are exhausted.  Batch 13 draws new mentions from **dev-split articles**
(:func:`~.agency.split_of` of the article key) **with no annotated mention before**, of the two
war corpora of :func:`~.agency_sample.war_corpora` and of the AllSides articles that are war
reporting or filed under a war, terror or foreign-policy topic
(:func:`~.agency_sample.allsides_war_topics`, :data:`~.agency_sample.WAR_TOPICS`), by
:func:`~.agency_sample_batch11.new_dev_candidates`.  Two parts, at most :data:`BATCH13`
``per_article`` mentions per article in all:

* ``detected``: candidates that :func:`analysis.find_agency` reports as events, stratified by
  trigger lemma with :data:`BATCH13_QUOTAS` (the ambiguous lemmas attack, strike, shoot, death,
  dead, bomb, hurt, shell and storm oversampled), so every non-event in this part is a false
  event of the detector (the part is not a random sample; its rejection rate estimates
  nothing beyond it);
* ``undetected``: candidates the detector does **not** report, in seeded order, so that missed
  events are seen as well.

The draw is seeded; it depends on the detector of the commit it was made with (the lead of
branch ``agency15``), like batch 9.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample import trigger_lemma
from .agency_sample_batch11 import new_dev_candidates

__all__ = ["BATCH13", "BATCH13_QUOTAS", "sample_batch13"]

#: Lemma -> detected mentions drawn (80 in all): the ambiguous lemmas oversampled, a few of
#: each other frequent lemma.
BATCH13_QUOTAS: Mapping[str, int] = {
    "attack": 14,
    "strike": 10,
    "shoot": 7,
    "death": 7,
    "dead": 7,
    "bomb": 7,
    "hurt": 4,
    "shell": 4,
    "storm": 3,
    "kill": 5,
    "die": 3,
    "wound": 2,
    "injure": 2,
    "execute": 2,
    "murder": 2,
    "casualty": 1,
}
#: Undetected mentions drawn, the seed and the most mentions drawn from one article.
BATCH13: Mapping[str, int] = {"undetected": 20, "random_state": 32, "per_article": 2}


def sample_batch13(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    quotas: Mapping[str, int] = BATCH13_QUOTAS,
    draw: Mapping[str, int] = BATCH13,
) -> pd.DataFrame:
    """Batch 13 (see the module): ``quotas[lemma]`` detected candidates of each lemma (lemmas
    in the quotas' order), then ``draw["undetected"]`` undetected ones, each in seeded order,
    at most ``draw["per_article"]`` per article; columns of
    :func:`~.agency_sample.candidate_mentions` plus ``lemma`` and ``draw``."""
    from .agency import predict_mentions

    cands = new_dev_candidates(corpora, annotated).drop(columns="risky").reset_index(drop=True)
    if cands.empty:
        return cands
    bodies = {(c, r.article_id): r.body for c, df in corpora.items() for r in df.itertuples()}
    detected = predict_mentions(cands, bodies)["pred"].ne("none").to_numpy()
    cands = cands.assign(lemma=cands["trigger"].map(trigger_lemma), detected=detected)
    cands = cands.sample(frac=1.0, random_state=draw["random_state"])
    per: dict[tuple[str, str], int] = {}
    picked: list[tuple[int, str]] = []
    parts = [(cands["detected"] & (cands["lemma"] == lem), n) for lem, n in quotas.items()]
    parts.append((~cands["detected"], draw["undetected"]))
    for mask, n in parts:
        taken = 0
        for i in cands.index[mask]:
            art = (cands.at[i, "corpus"], cands.at[i, "article_id"])
            if taken >= n or per.get(art, 0) >= draw["per_article"]:
                continue
            per[art] = per.get(art, 0) + 1
            picked.append((i, "detected" if cands.at[i, "detected"] else "undetected"))
            taken += 1
    out = cands.loc[[i for i, _ in picked]].assign(draw=[d for _, d in picked])
    out = out.drop(columns="detected")
    return out.sort_values(["corpus", "stratum", "article_id", "start"]).reset_index(drop=True)
