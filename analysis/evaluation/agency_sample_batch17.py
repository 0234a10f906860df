"""Batch 17 of the agency annotation (issue 20): dev-split **war reporting** mentions near the
cues of the issue's non-event senses, drawn **without the detector**.

After the nineteenth round held-out non-event rejection is 0.795 (n=112, bar 0.85); the hidden
set is English war reporting of several countries' outlets.  Batch 16 drew detector-reported
events near political, legal and denial cues; batch 17 draws from the same pool (the mentions
of :func:`~.agency_sample_batch16.dev_mentions`: every candidate of a dev-split Guardian/NYT,
by-country (GB, US, UA, PL, RU, BY) or AllSides war, terror and foreign-policy article that no
earlier batch drew) but stratifies by the **kind** of non-event cue near the trigger
(:data:`CUES`: metaphor and idiom, hypothetical, capability, sport, statistics, legal and
procedural, military equipment) and by corpus (:data:`BATCH17_PARTS`), then adds mentions with
no cue.  The detector is not used, so the draw is reproduced by
``sample_batch17(batch16_corpora(), annotated[annotated["batch"] < 17])`` at any commit, and
the rejection rate it gives estimates the rejection among candidates near these cues (not
only among the detector's events).

The cues are written from the issue's and the round's list of non-event senses, independently
of the detector's rules; they only weight the draw.  A mention is given to the first part, in
:data:`BATCH17_PARTS` order, whose cue it matches and whose quota is not full.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

__all__ = [
    "BATCH17",
    "BATCH17_PARTS",
    "CUES",
    "WINDOW17",
    "cue_kinds",
    "pick_parts",
    "sample_batch17",
]

#: Characters either side of the trigger searched for :data:`CUES`.
WINDOW17 = 60
#: Cue kind -> words near a trigger used in another sense (case-insensitive, whole words).
CUES: Mapping[str, re.Pattern[str]] = {
    "metaphor": re.compile(
        r"\b(?:metaphor\w*|figurative\w*|rhetoric\w*|verbal\w*|war\s+of\s+words|political\w*"
        r"|economic\w*|economy|gas|energy|supplies|market\w*|prices?|reputation|credibility"
        r"|heart|soul|spirit|hopes?|dreams?|democracy|culture|idea|deal|talks)\b",
        re.IGNORECASE,
    ),
    "hypothetical": re.compile(
        r"\b(?:if|unless|would|could|might|may|threat\w*|risks?|fears?|feared|scenario"
        r"|possibl[ey]|potential(?:ly)?|prepar\w+|plan(?:s|ned|ning)?)\b",
        re.IGNORECASE,
    ),
    "capability": re.compile(
        r"\b(?:capab\w+|capacity|ability|able\s+to|abilities|range|designed\s+to|enabl\w+"
        r"|used\s+to|intended\s+to|power\s+to)\b",
        re.IGNORECASE,
    ),
    "sport": re.compile(
        r"\b(?:sports?|match(?:es)?|games?|team|league|olympic\w*|athlet\w+|champion\w*"
        r"|tournament|football|soccer|club|players?|ranges?|hunting|hunters?|competition)\b",
        re.IGNORECASE,
    ),
    "statistics": re.compile(
        r"\b(?:number\s+of|rates?|per\s*cent|percent(?:age)?|statistic\w*|figures?|data"
        r"|toll|average|total|tally|counts?|estimat\w+|surve\w+|study|studies)\b",
        re.IGNORECASE,
    ),
    "legal": re.compile(
        r"\b(?:court|trial|judge|charged|charges?|convict\w*|sentenc\w+|prosecut\w+|laws?"
        r"|bill|lawsuit|verdict|indict\w*|ruling|tribunal|investigat\w+|warrant|appeal)\b",
        re.IGNORECASE,
    ),
    "equipment": re.compile(
        r"\b(?:missiles?|drones?|tanks?|aircraft|jets?|helicopters?|howitzers?|launchers?"
        r"|systems?|weapons?|munitions|rifles?|guns?|rockets?|artillery|warships?|planes?)\b",
        re.IGNORECASE,
    ),
}
#: The parts drawn, in order: (corpus, cue kind or ``none`` for mentions with no cue, mentions).
#: Each cue kind gives 4 Guardian/NYT, 4 by-country and 5 AllSides mentions (91), the uncued
#: 10 + 9 + 10 (29): 120.
BATCH17_PARTS: tuple[tuple[str, str, int], ...] = tuple(
    (corpus, kind, n)
    for kind in (*CUES, "none")
    for corpus, n in zip(
        ("guardian-nyt", "by-country", "allsides"), (4, 4, 5) if kind != "none" else (10, 9, 10)
    )
)
#: The seed, the most mentions per article and the most mentions of one trigger lemma per part.
BATCH17: Mapping[str, int] = {"random_state": 36, "per_article": 2, "per_lemma": 3}


def cue_kinds(text: str, start: int, end: int, window: int = WINDOW17) -> list[str]:
    """The kinds of :data:`CUES` within ``window`` characters of ``text[start:end]``.

    Examples
    --------
    >>> t = "The number of gun-related deaths rose."
    >>> cue_kinds(t, t.index("deaths"), t.index("deaths") + 6)
    ['statistics', 'equipment']
    """
    near = text[max(0, start - window) : end + window]
    return [kind for kind, pattern in CUES.items() if pattern.search(near)]


def sample_batch17(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH17_PARTS,
    draw: Mapping[str, int] = BATCH17,
) -> pd.DataFrame:
    """Batch 17 (see the module): the ``parts`` in order, each in seeded order, at most
    ``draw["per_article"]`` mentions per article and ``draw["per_lemma"]`` of one lemma per
    part; columns of :func:`~.agency_sample.candidate_mentions` plus ``lemma`` and ``draw``
    (the part's cue kind)."""
    from .agency_sample_batch16 import dev_mentions

    cands = dev_mentions(corpora, annotated)
    if cands.empty:
        return cands
    bodies = {(c, r.article_id): r.body for c, df in corpora.items() for r in df.itertuples()}
    kinds = [
        cue_kinds(bodies[(c, a)], s, e)
        for c, a, s, e in zip(cands["corpus"], cands["article_id"], cands["start"], cands["end"])
    ]
    cands = cands.assign(kinds=kinds).sample(frac=1.0, random_state=draw["random_state"])
    return pick_parts(cands, parts, draw)


def pick_parts(
    cands: pd.DataFrame, parts: tuple[tuple[str, str, int], ...], draw: Mapping[str, int]
) -> pd.DataFrame:
    """The mentions of ``cands`` (in their order, with ``kinds``) that fill each part
    ``(corpus, kind, n)`` in turn: ``kind`` among the mention's cue kinds (``"none"``: no cue,
    ``"any"``: some cue), at most ``draw["per_article"]`` per article over all parts and
    ``draw["per_lemma"]`` of one lemma per part; ``draw`` is the part's kind."""
    per: dict[tuple[str, str], int] = {}
    picked: dict[int, str] = {}
    for corpus, kind, n in parts:
        lemmas: dict[str, int] = {}
        for i in cands.index[cands["corpus"] == corpus]:
            if sum(lemmas.values()) >= n:
                break
            ks, art = cands.at[i, "kinds"], (corpus, cands.at[i, "article_id"])
            fits = {"none": not ks, "any": bool(ks)}.get(kind, kind in ks)
            if i in picked or not fits:
                continue
            lem = cands.at[i, "lemma"]
            if per.get(art, 0) >= draw["per_article"] or lemmas.get(lem, 0) >= draw["per_lemma"]:
                continue
            per[art] = per.get(art, 0) + 1
            lemmas[lem] = lemmas.get(lem, 0) + 1
            picked[i] = kind
    out = cands.loc[list(picked)].assign(draw=list(picked.values()))
    out = out.drop(columns=["cued", "kinds"])
    return out.sort_values(["corpus", "stratum", "article_id", "start"]).reset_index(drop=True)
