"""Batches 11 and 12 of the agency annotation (issue 20): fresh draws of war reporting, dev split
only.

The held-out non-event rejection (0.750 after the twelfth round) stays below the 0.85 bar, and
the hidden judge set is English war reporting of several countries' outlets.  Batch 11 measures
the detector on **unseen war reporting** as it is today: mentions of the harm trigger words of
dev-split articles (:func:`~.agency.split_of` of the article key) of the two war corpora of
:func:`~.agency_sample.war_corpora` and of the AllSides war reporting of
:func:`~.agency_sample.allsides_war`, from articles with **no annotated mention before**, at
most :data:`BATCH11` ``per_article`` mentions per article, about half of them
:data:`~.agency_sample.RISKY_PATTERN` words (``draw`` = ``risky``) and half the other words of
:data:`~.agency_sample.CANDIDATE_PATTERN` (``draw`` = ``ordinary``).  The articles of all
three corpora are pooled and taken in seeded order; from each, one seeded risky and one seeded
ordinary candidate where it has them, until each half is full.  The draw is seeded and does
**not** use the detector.  Where a corpus has no unannotated dev article left, it contributes
nothing and the others fill the batch (:func:`pool_sizes` says how many each corpus had): at
the draw (annotations of batches 1-10) the war corpora had **no** unannotated dev article left
(0 of ``guardian-nyt`` and ``by-country``), so all 120 mentions come from the 574 unannotated
dev articles of AllSides war reporting.  The draw is reproduced by
``sample_batch11(corpora, annotated[annotated["batch"] < 11])``.

Batch 12 is a second fresh draw by the same procedure with :data:`BATCH12` (seed 31, 90 risky
and 30 ordinary mentions, at most 2 per article) from the dev articles with no annotated mention
in batches 1-11 (at its draw, again none in the war corpora, so all from the 502 unannotated dev
articles of AllSides war reporting); it is reproduced by
``sample_batch11(corpora, annotated[annotated["batch"] < 12], BATCH12)``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample import RISKY_PATTERN, candidate_mentions, not_annotated

__all__ = ["BATCH11", "BATCH12", "new_dev_candidates", "pool_sizes", "sample_batch11"]

#: The draw of batch 11: risky and ordinary mentions, the seed and the most mentions drawn from
#: one article.
BATCH11: Mapping[str, int] = {
    "risky": 60,
    "ordinary": 60,
    "random_state": 30,
    "per_article": 2,
}

#: The draw of batch 12: risky-heavy (90 risky, 30 ordinary), because the failing bar is the
#: rejection of non-events, and the non-events are mostly risky words (25 % of batch 11's risky
#: mentions, 5 % of its ordinary ones); seed 31, at most 2 mentions per article.
BATCH12: Mapping[str, int] = {
    "risky": 90,
    "ordinary": 30,
    "random_state": 31,
    "per_article": 2,
}


def new_dev_candidates(
    corpora: Mapping[str, pd.DataFrame], annotated: pd.DataFrame
) -> pd.DataFrame:
    """Every candidate of the dev-split articles of ``corpora`` (name -> cleaned articles) whose
    article has no mention in ``annotated``, with ``risky`` (a :data:`RISKY_PATTERN` word)."""
    from .agency import split_of

    frames = []
    for name, df in corpora.items():
        cands = candidate_mentions(name, df)
        if cands.empty:
            continue
        cands = cands[cands["key"].map(split_of) == "dev"]
        cands = not_annotated(cands, annotated)
        done = set(annotated.loc[annotated["corpus"] == name, "article_id"])
        frames.append(cands[~cands["article_id"].isin(done)])
    if not frames:
        return pd.DataFrame(columns=["corpus", "article_id", "start", "trigger", "risky"])
    out = pd.concat(frames, ignore_index=True)
    return out.assign(risky=out["trigger"].str.fullmatch(RISKY_PATTERN.pattern, case=False))


def pool_sizes(cands: pd.DataFrame, corpora: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Unannotated dev articles and candidates per corpus of :func:`new_dev_candidates` (0 for
    an exhausted corpus)."""
    sizes = cands.groupby("corpus").agg(
        articles=("article_id", "nunique"), mentions=("start", "size")
    )
    return sizes.reindex(list(corpora), fill_value=0)


def sample_batch11(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    draw: Mapping[str, int] = BATCH11,
) -> pd.DataFrame:
    """Batch 11: the articles of :func:`new_dev_candidates` in seeded order; from each, one
    seeded risky candidate (while fewer than ``draw["risky"]``) and one seeded ordinary one
    (while fewer than ``draw["ordinary"]``), at most ``draw["per_article"]`` per article."""
    cands = new_dev_candidates(corpora, annotated)
    if cands.empty:
        return cands
    seed = draw["random_state"]
    arts = (
        cands[["corpus", "article_id"]]
        .drop_duplicates()
        .sort_values(["corpus", "article_id"])
        .sample(frac=1.0, random_state=seed)
    )
    cands = cands.sample(frac=1.0, random_state=seed)
    first = cands.groupby(["corpus", "article_id", "risky"], sort=False).head(1)
    by_art = {k: g for k, g in first.groupby(["corpus", "article_id"], sort=False)}
    need = {True: draw["risky"], False: draw["ordinary"]}
    rows = []
    for key in arts.itertuples(index=False, name=None):
        if need[True] <= 0 and need[False] <= 0:
            break
        taken = 0
        for _, r in by_art[key].sort_values("risky", ascending=False).iterrows():
            if need[bool(r["risky"])] > 0 and taken < draw["per_article"]:
                rows.append({**r.to_dict(), "draw": "risky" if r["risky"] else "ordinary"})
                need[bool(r["risky"])] -= 1
                taken += 1
    out = pd.DataFrame(rows).drop(columns="risky")
    return out.sort_values(["corpus", "stratum", "article_id", "start"]).reset_index(drop=True)
