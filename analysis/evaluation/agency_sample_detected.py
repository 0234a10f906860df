"""Batch 9 of the agency annotation (issue 20): mentions the detector reports as events.

The hidden set's bar is on non-events of war reporting, and a uniform draw over mentions or over
trigger lemmas of the war corpora finds few of them (batch 8: 19 of 120).  Batch 9 is drawn
among the candidates (:data:`~.agency_sample.CANDIDATE_PATTERN`) that :func:`analysis.find_agency`
*reports as events*, so every non-event in it is a false event of the detector, stratified by
trigger lemma with quotas (:data:`BATCH9`) that oversample the lemmas whose other senses and
metaphors made the false events of earlier rounds (attack, strike, shoot, bomb, death, dead).
It is drawn **from dev-split articles only** (:func:`~.agency.split_of`), mentions not
annotated before; the held-out test split is untouched.  The selection uses the detector, so
batch 9 is not a random sample: its rejection rate estimates nothing (see the guideline).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample import candidate_mentions, not_annotated, trigger_lemma

__all__ = ["BATCH9", "BATCH9_QUOTAS", "sample_batch9"]

#: Lemma -> mentions drawn (120 in all).  Risky lemmas (other senses and metaphors in war
#: reporting: attack, strike, shoot, bomb, storm, death, dead) are oversampled; the rest keep a
#: few each so that every frequent lemma is seen.
BATCH9_QUOTAS: Mapping[str, int] = {
    "attack": 34,
    "strike": 22,
    "shoot": 8,
    "bomb": 8,
    "storm": 3,
    "death": 9,
    "dead": 7,
    "kill": 8,
    "die": 5,
    "wound": 3,
    "execute": 3,
    "casualty": 2,
    "shell": 3,
    "bombard": 2,
    "torture": 1,
    "murder": 2,
}
#: The seed and the most mentions drawn from one article.
BATCH9: Mapping[str, int] = {"random_state": 28, "per_article": 2}


def sample_batch9(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    quotas: Mapping[str, int] = BATCH9_QUOTAS,
    draw: Mapping[str, int] = BATCH9,
) -> pd.DataFrame:
    """Batch 9: candidates of dev-split war articles not in ``annotated`` (all rows of batches
    1-8, ``skip`` included) that the detector reports as events, ``quotas[lemma]`` of each lemma
    in seeded order (lemmas in the quotas' order), at most ``draw["per_article"]`` per article;
    a ``lemma`` column, ``draw`` = ``detected``."""
    from .agency import predict_mentions, split_of

    cands = pd.concat([candidate_mentions(c, df) for c, df in corpora.items()], ignore_index=True)
    cands = cands[cands["key"].map(split_of) == "dev"]
    cands = not_annotated(cands, annotated).reset_index(drop=True)
    bodies = {(c, r.article_id): r.body for c, df in corpora.items() for r in df.itertuples()}
    pred = predict_mentions(cands, bodies)["pred"]
    cands = cands[pred.values != "none"].assign(lemma=lambda d: d["trigger"].map(trigger_lemma))
    cands = cands.sample(frac=1.0, random_state=draw["random_state"])
    picked: list[int] = []
    per: dict[tuple[str, str], int] = {}
    for lemma, n in quotas.items():
        taken = 0
        for i in cands.index[cands["lemma"] == lemma]:
            art = (cands.at[i, "corpus"], cands.at[i, "article_id"])
            if taken >= n or per.get(art, 0) >= draw["per_article"]:
                continue
            per[art] = per.get(art, 0) + 1
            picked.append(i)
            taken += 1
    out = cands.loc[picked].assign(draw="detected")
    return out.sort_values(["stratum", "article_id", "start"]).reset_index(drop=True)
