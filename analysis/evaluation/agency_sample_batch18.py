"""Batch 18 of the agency annotation (issue 20): dev-split **war reporting** mentions no earlier
batch drew, near the cues of the non-event senses, the least-drawn outlets weighted, drawn
**without the detector**.

After the twentieth round held-out non-event rejection is 0.804 (bar 0.85) and batch 17's fresh
dev figure was 0.778: unseen text keeps bringing new non-event senses.  Batch 18 draws from the
batch-16 pool (dev-split Guardian/NYT, by-country English and AllSides war, terror and
foreign-policy articles) widened by the AllSides topics of the world, Russia, Israel, North
Korea, homeland security and crime (:data:`EXTRA_TOPICS`), every candidate that batches 1-17 did
not draw.  It stratifies by the kind of non-event cue near the trigger, the seven kinds of batch
17 (:data:`~.agency_sample_batch17.CUES`) plus history and anniversaries, fiction, films and
games, and the future (:data:`CUES18`), and by corpus (:data:`BATCH18_PARTS`), then adds
mentions with no cue.  Within the pool the seeded order is weighted toward the outlets (or
outlet countries) least drawn on the dev split so far (weight ``1 / (1 + n)``, ``n`` the dev
mentions of its stratum in ``annotated``).  The detector is not used, so the draw is reproduced
by ``sample_batch18(batch18_corpora(), annotated[annotated["batch"] < 18])`` at any commit.

The cues only weight the draw; the label is the annotator's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from .agency_sample_batch17 import CUES, pick_parts

__all__ = [
    "BATCH18",
    "BATCH18_PARTS",
    "CUES18",
    "EXTRA_TOPICS",
    "WINDOW18",
    "batch18_corpora",
    "cue_kinds18",
    "sample_batch18",
    "stratum_weights",
    "weighted_order",
]

#: Characters either side of the trigger searched for :data:`CUES18`.
WINDOW18 = 60
#: AllSides topics added to :data:`~.agency_sample.WAR_TOPICS` for batch 18 (world news, the
#: countries at war or threatening it, homeland security and violent crime).
EXTRA_TOPICS: tuple[str, ...] = (
    "world",
    "russia",
    "israel",
    "north_korea",
    "homeland_security",
    "violence_in_america",
    "criminal_justice",
)
#: Cue kind -> words near a trigger used in another sense: batch 17's kinds plus history and
#: anniversaries, fiction, films and games, and the future (case-insensitive, whole words).
CUES18: Mapping[str, re.Pattern[str]] = {
    **CUES,
    "history": re.compile(
        r"\b(?:anniversary|years\s+ago|decades?\s+ago|century|histor\w+|memorial\w*"
        r"|commemorat\w+|remember\w*|World\s+War|Holocaust|Soviet|Nazis?|veterans?"
        r"|(?:in|since)\s+1[89]\d\d|in\s+20[01]\d)\b",
        re.IGNORECASE,
    ),
    "fiction": re.compile(
        r"\b(?:films?|movies?|novels?|books?|fiction\w*|video\s+games?|series|episodes?|shows?"
        r"|characters?|plays?|theat(?:re|er)|stories|story|songs?|poems?|actors?|actress"
        r"|director|Hollywood|Netflix|TV|television|screen)\b",
        re.IGNORECASE,
    ),
    "future": re.compile(
        r"\b(?:will|won't|shall|going\s+to|tomorrow|next\s+(?:week|month|year)|upcoming|soon"
        r"|future|forecast\w*|predict\w*|expect\w*)\b",
        re.IGNORECASE,
    ),
}
#: The parts drawn, in order: (corpus, cue kind, ``none`` for no cue or ``any`` for any cue,
#: mentions).  Each cue kind asks 3 Guardian/NYT, 3 by-country and 3 AllSides mentions (90), the
#: uncued 10 + 10 + 10 (30); the war corpora have too few left near some cues (capability,
#: sport, fiction: 10 short), so a top-up of 5 + 5 mentions near any cue follows: 130 asked,
#: 120 drawn.
BATCH18_PARTS: tuple[tuple[str, str, int], ...] = (
    *(
        (corpus, kind, 3 if kind != "none" else 10)
        for kind in (*CUES18, "none")
        for corpus in ("guardian-nyt", "by-country", "allsides")
    ),
    ("by-country", "any", 5),
    ("guardian-nyt", "any", 5),
)
#: The seed, the most mentions per article and the most mentions of one trigger lemma per part.
BATCH18: Mapping[str, int] = {"random_state": 37, "per_article": 2, "per_lemma": 3}


def batch18_corpora() -> dict[str, pd.DataFrame]:
    """The pool of batch 18: ``guardian-nyt``, ``by-country`` and ``allsides`` (war reporting,
    :data:`~.agency_sample.WAR_TOPICS` and :data:`EXTRA_TOPICS`), cleaned; missing ones left
    out."""
    from .agency_sample import WAR_TOPICS, allsides_war_topics, war_corpora

    out = war_corpora()
    allsides = allsides_war_topics((*WAR_TOPICS, *EXTRA_TOPICS))
    if not allsides.empty:
        out["allsides"] = allsides
    return out


def cue_kinds18(
    text: str,
    start: int,
    end: int,
    window: int = WINDOW18,
    cues: Mapping[str, re.Pattern[str]] = CUES18,
) -> list[str]:
    """The kinds of ``cues`` (:data:`CUES18`) within ``window`` characters of
    ``text[start:end]``.

    Examples
    --------
    >>> t = "The film marks the anniversary of the shooting."
    >>> cue_kinds18(t, t.index("shooting"), t.index("shooting") + 8)
    ['history', 'fiction']
    """
    near = text[max(0, start - window) : end + window]
    return [kind for kind, pattern in cues.items() if pattern.search(near)]


def stratum_weights(cands: pd.DataFrame, annotated: pd.DataFrame) -> pd.Series:
    """``1 / (1 + n)`` per candidate, ``n`` the dev-split mentions of its stratum
    (``corpus/outlet``) in ``annotated`` (older rows name the stratum without the corpus).

    Examples
    --------
    >>> c = pd.DataFrame({"corpus": ["g", "g"], "stratum": ["g/A", "g/B"]})
    >>> a = pd.DataFrame({"corpus": ["g", "g"], "stratum": ["A", "g/A"], "split": ["dev"] * 2})
    >>> stratum_weights(c, a).round(3).tolist()
    [0.333, 1.0]
    """
    dev = annotated[annotated["split"] == "dev"]
    full = [s if "/" in s else f"{c}/{s}" for c, s in zip(dev["corpus"], dev["stratum"])]
    counts = pd.Series(full, dtype=str).value_counts()
    return 1.0 / (1.0 + cands["stratum"].map(counts).fillna(0.0))


def weighted_order(weights: pd.Series, seed: int) -> np.ndarray:
    """Positions in a seeded order weighted by ``weights`` (sampling without replacement:
    Efraimidis and Spirakis, keys ``log(u) / w`` in descending order).

    Examples
    --------
    >>> sorted(weighted_order(pd.Series([1.0, 0.5, 2.0]), 0).tolist())
    [0, 1, 2]
    """
    u = np.random.default_rng(seed).random(len(weights))
    return np.argsort(-np.log(u) / weights.to_numpy(), kind="stable")


def sample_batch18(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH18_PARTS,
    draw: Mapping[str, int] = BATCH18,
    cues: Mapping[str, re.Pattern[str]] = CUES18,
) -> pd.DataFrame:
    """Batch 18 (see the module): the ``parts`` in order, each in the weighted seeded order, at
    most ``draw["per_article"]`` mentions per article and ``draw["per_lemma"]`` of one lemma per
    part, a mention's cue kinds those of ``cues`` (batch 19 passes its own); columns of
    :func:`~.agency_sample.candidate_mentions` plus ``lemma`` and ``draw`` (the part's cue
    kind)."""
    from .agency_sample_batch16 import dev_mentions

    cands = dev_mentions(corpora, annotated)
    if cands.empty:
        return cands
    bodies = {(c, r.article_id): r.body for c, df in corpora.items() for r in df.itertuples()}
    kinds = [
        cue_kinds18(bodies[(c, a)], s, e, cues=cues)
        for c, a, s, e in zip(cands["corpus"], cands["article_id"], cands["start"], cands["end"])
    ]
    cands = cands.assign(kinds=kinds)
    cands = cands.iloc[weighted_order(stratum_weights(cands, annotated), draw["random_state"])]
    return pick_parts(cands, parts, draw)
