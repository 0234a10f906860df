"""Batch 10 of the agency annotation (issue 20): risky trigger words of dev-split AllSides articles.

The held-out non-event rejection of the earlier batches (about 0.70) stays far below the bar,
and the dev split of the war corpora holds few false events left to learn from (batch 9).
Batch 10 draws new mentions of :data:`~.agency_sample.RISKY_PATTERN` (attack, strike, shoot,
shot, dead, death, bomb, shell, hurt: the words whose other senses are frequent) from the
AllSides corpus, **from dev-split articles only** (:func:`~.agency.split_of` of the article id),
from articles with no annotated mention before, at most :data:`BATCH10` ``per_article``
mentions per article: ``war`` mentions from the war reporting of
:func:`~.agency_sample.allsides_war` and ``other`` mentions from a seeded pool of the other
AllSides articles (:func:`~.agency_sample.allsides_other` with ``pool`` and the seed), so that
both the senses of war reporting and those of political news are seen.  The draw is seeded and
does not use the detector.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .agency_sample import RISKY_PATTERN, candidate_mentions, not_annotated

__all__ = ["BATCH10", "risky_dev_mentions", "sample_batch10"]

#: The draw of batch 10: mentions from war reporting and from other news, the pool of other
#: articles, the seed and the most mentions drawn from one article.
BATCH10: Mapping[str, int] = {
    "war": 60,
    "other": 60,
    "pool": 1500,
    "random_state": 29,
    "per_article": 2,
}


def risky_dev_mentions(
    df: pd.DataFrame, annotated: pd.DataFrame, n: int, draw: Mapping[str, int] = BATCH10
) -> pd.DataFrame:
    """``n`` :data:`RISKY_PATTERN` candidates of the dev-split articles of ``df`` (corpus
    ``allsides``) that have no mention in ``annotated``: the articles in seeded order, up to
    ``draw["per_article"]`` seeded candidates of each."""
    from .agency import split_of

    cands = candidate_mentions("allsides", df)
    if cands.empty:
        return cands
    cands = cands[cands["trigger"].str.fullmatch(RISKY_PATTERN.pattern, case=False)]
    cands = cands[cands["key"].map(split_of) == "dev"]
    cands = not_annotated(cands, annotated)
    done = set(annotated.loc[annotated["corpus"] == "allsides", "article_id"])
    cands = cands[~cands["article_id"].isin(done)]
    seed = draw["random_state"]
    arts = pd.Series(cands["article_id"].unique()).sample(frac=1.0, random_state=seed)
    rank = {a: i for i, a in enumerate(arts)}
    cands = cands.sample(frac=1.0, random_state=seed)
    cands = cands.groupby("article_id", sort=False).head(draw["per_article"])
    cands = cands.assign(_rank=cands["article_id"].map(rank)).sort_values("_rank", kind="stable")
    return cands.head(n).drop(columns="_rank")


def sample_batch10(
    war: pd.DataFrame,
    other: pd.DataFrame,
    annotated: pd.DataFrame,
    draw: Mapping[str, int] = BATCH10,
) -> pd.DataFrame:
    """Batch 10: ``draw["war"]`` mentions of :func:`~.agency_sample.allsides_war` articles
    (``draw`` = ``war``), then ``draw["other"]`` of the ``other`` pool
    (:func:`~.agency_sample.allsides_other` with :data:`BATCH10`; ``draw`` = ``other``), each
    by :func:`risky_dev_mentions`, no article in both."""
    first = risky_dev_mentions(war, annotated, draw["war"], draw).assign(draw="war")
    prior = pd.concat([annotated, first], ignore_index=True)
    second = risky_dev_mentions(other, prior, draw["other"], draw).assign(draw="other")
    out = pd.concat([first, second], ignore_index=True)
    return out.sort_values(
        ["draw", "stratum", "article_id", "start"], ascending=[False, True, True, True]
    ).reset_index(drop=True)
