"""Batch 24 of the agency annotation (issue 20): random dev-split harm-word mentions of the
**non-Western, translated and non-US outlets**, and of the state-agency vocabulary of killing,
drawn **without the detector**.

After the twenty-sixth round held-out non-event rejection is still 0.8125 (bar 0.85), and the
hidden set is war reporting of several countries' outlets.  The by-country English texts have
almost no undrawn dev candidate left (GB 6, UA 1; RU, BY and PL none), so batch 24 draws from
two kinds of text the earlier batches drew least:

- the dev-split by-country texts of the non-Western and translated outlet countries (RU, BY,
  UA, PL), through a vocabulary no earlier batch drew: the state-agency words of killing and
  destruction (:data:`STATE_PATTERN`: "neutralised", "eliminated", "liquidated", "destroyed",
  "annihilated", "wiped out", "exterminated"), with the one undrawn UA candidate of
  :data:`~.agency_sample.CANDIDATE_PATTERN`;
- the dev-split AllSides articles of the batch-18 pool (war, terror, foreign-policy and world
  topics: the conflicts of Syria, Iraq, Israel, Afghanistan, Libya …) of the outlets that are
  not American (:data:`FOREIGN_OUTLETS`: Al Jazeera, BBC News, Reuters, The Guardian, the Daily
  Mail, International Business Times), random :data:`~.agency_sample.CANDIDATE_PATTERN`
  mentions, then :data:`STATE_PATTERN` mentions.

Order: batch 18's seeded order weighted toward the strata least drawn on the dev split
(:func:`~.agency_sample_batch18.weighted_order`), at most 2 mentions per article over the batch,
no cue used, no limit per lemma (:data:`BATCH24_PARTS`).  Reproduced by
``sample_batch24(batch18_corpora(), annotated[annotated["batch"] < 24])`` at any commit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from .agency_sample import CANDIDATE_PATTERN, not_annotated, trigger_lemma
from .agency_sample_batch17 import pick_parts
from .agency_sample_batch18 import stratum_weights, weighted_order

__all__ = [
    "BATCH24",
    "BATCH24_PARTS",
    "FOREIGN_OUTLETS",
    "STATE_COUNTRIES",
    "STATE_PATTERN",
    "sample_batch24",
    "state_lemma",
]

#: The state-agency vocabulary of killing and destruction (case-insensitive, whole words).
STATE_PATTERN = re.compile(
    r"\b(?:neutrali[sz](?:e|es|ed|ing|ation)|eliminat(?:e|es|ed|ing|ion)"
    r"|liquidat(?:e|es|ed|ing|ion)|destroy(?:s|ed|ing)?|destruction|annihilat(?:e|es|ed|ing|ion)"
    r"|wiped\s+out|exterminat(?:e|es|ed|ing|ion))\b",
    re.IGNORECASE,
)
#: The by-country outlet countries drawn: non-Western (RU, BY, UA) and machine-translated (PL).
STATE_COUNTRIES: tuple[str, ...] = ("RU", "BY", "UA", "PL")
#: The AllSides outlets that are not American.
FOREIGN_OUTLETS: tuple[str, ...] = (
    "Al Jazeera",
    "BBC News",
    "Reuters",
    "The Guardian",
    "Daily Mail",
    "International Business Times",
)
#: The parts drawn, in order: (pool, ``none`` = every mention fits, mentions).  ``bc-state``: the
#: :data:`STATE_PATTERN` mentions and undrawn candidates of :data:`STATE_COUNTRIES`;
#: ``as-foreign``: the candidates of :data:`FOREIGN_OUTLETS`; ``as-state``: their
#: :data:`STATE_PATTERN` mentions.
BATCH24_PARTS: tuple[tuple[str, str, int], ...] = (
    ("bc-state", "none", 30),
    ("as-foreign", "none", 70),
    ("as-state", "none", 20),
)
#: The seed, the most mentions per article and the most of one trigger lemma per part (none).
BATCH24: Mapping[str, int] = {"random_state": 43, "per_article": 2, "per_lemma": 10_000}


def state_lemma(word: str) -> str:
    """The lemma of a :data:`STATE_PATTERN` or :data:`~.agency_sample.CANDIDATE_PATTERN` match.

    Examples
    --------
    >>> state_lemma("Neutralised"), state_lemma("wiped out"), state_lemma("killed")
    ('neutralise', 'wipe out', 'kill')
    """
    w = word.lower()
    for prefix, lemma in (
        ("neutrali", "neutralise"),
        ("eliminat", "eliminate"),
        ("liquidat", "liquidate"),
        ("destr", "destroy"),
        ("annihilat", "annihilate"),
        ("wiped", "wipe out"),
        ("exterminat", "exterminate"),
    ):
        if w.startswith(prefix):
            return lemma
    return trigger_lemma(word)


def _mentions(pool: str, corpus: str, df: pd.DataFrame, pattern: re.Pattern[str]) -> list[dict]:
    from .agency import split_of

    rows = []
    for r in df.itertuples(index=False):
        key = getattr(r, "file", "") or r.article_id
        if split_of(key) != "dev":
            continue
        for m in pattern.finditer(r.body or ""):
            rows.append(
                {
                    "corpus": pool,
                    "source": corpus,
                    "stratum": f"{corpus}/{r.outlet}",
                    "article_id": r.article_id,
                    "key": key,
                    "start": m.start(),
                    "end": m.end(),
                    "trigger": m.group(),
                }
            )
    return rows


def sample_batch24(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH24_PARTS,
    draw: Mapping[str, int] = BATCH24,
) -> pd.DataFrame:
    """Batch 24 (see the module): the undrawn dev-split mentions of the three pools in the
    weighted seeded order, no cue used, ``parts`` filled in turn.

    Parameters
    ----------
    corpora : Mapping[str, pandas.DataFrame]
        The pool, :func:`~.agency_sample_batch18.batch18_corpora` (``by-country`` and
        ``allsides`` are read).
    annotated : pandas.DataFrame
        The rows of batches 1-23 of ``agency_annotations.csv``.
    parts : tuple of (str, str, int)
        The parts drawn in order, :data:`BATCH24_PARTS`.
    draw : Mapping[str, int]
        Seed and limits, :data:`BATCH24`.

    Returns
    -------
    pandas.DataFrame
        ``corpus`` (the corpus of the article), ``part``, ``stratum``, ``article_id``, ``key``,
        ``start``, ``end``, ``trigger``, ``lemma`` and ``draw`` (``random``).
    """
    rows: list[dict] = []
    bc = corpora.get("by-country", pd.DataFrame(columns=["outlet"]))
    bc = bc[bc["outlet"].isin(STATE_COUNTRIES)]
    rows += _mentions("bc-state", "by-country", bc, CANDIDATE_PATTERN)
    rows += _mentions("bc-state", "by-country", bc, STATE_PATTERN)
    alls = corpora.get("allsides", pd.DataFrame(columns=["outlet"]))
    alls = alls[alls["outlet"].isin(FOREIGN_OUTLETS)]
    rows += _mentions("as-foreign", "allsides", alls, CANDIDATE_PATTERN)
    rows += _mentions("as-state", "allsides", alls, STATE_PATTERN)
    cands = pd.DataFrame(rows)
    if cands.empty:
        return cands
    cands = not_annotated(cands.rename(columns={"corpus": "part", "source": "corpus"}), annotated)
    cands = cands.sort_values(["part", "stratum", "article_id", "start"]).reset_index(drop=True)
    cands = cands.assign(
        lemma=cands["trigger"].map(state_lemma), kinds=[[] for _ in range(len(cands))], cued=False
    )
    cands = cands.iloc[weighted_order(stratum_weights(cands, annotated), draw["random_state"])]
    # pick_parts fills parts by the "corpus" column: the part name stands in for it there
    picked = pick_parts(cands.rename(columns={"corpus": "source", "part": "corpus"}), parts, draw)
    picked = picked.rename(columns={"corpus": "part", "source": "corpus"})
    return picked.sort_values(["part", "stratum", "article_id", "start"]).reset_index(drop=True)
