"""Batch 16 of the agency annotation (issue 20): detected mentions of dev-split **war reporting**
whose context suggests another sense of the violent word, plus undetected ones.

After the eighteenth round dev non-event rejection is 0.922 and held-out 0.768 (n=112, bar
0.85); the hidden set is English war reporting of several countries' outlets, and batches 14-15
drew from AllSides war articles and from articles of any topic.  Batch 16 goes back to the war
reporting itself: the two war corpora of :func:`~.agency_sample.war_corpora` (Guardian/NYT and
the by-country outlets: GB, US, UA, PL, RU, BY) and the AllSides war, terror and
foreign-policy articles of :func:`~.agency_sample.allsides_war_topics`.  The war corpora have no
dev article without an annotated mention left, so the unit here is the **mention**: every
candidate (:data:`~.agency_sample.CANDIDATE_PATTERN`) of a dev-split article
(:func:`~.agency.split_of`) that no earlier batch drew (:func:`~.agency_sample.not_annotated`),
whether or not its article had another mention drawn.  The articles' earlier mentions were read
in earlier rounds; these sentences were not.

Parts, in seeded order, at most ``per_article`` mentions per article in all:

* ``cued``: mentions :func:`analysis.find_agency` reports as events whose sentence window
  (:data:`WINDOW` characters either side) matches :data:`NONEVENT_CUES` (words of the
  political, legal, economic, sporting, anniversary, threat and denial senses: deal, bill,
  policy, vote, court, market, match, anniversary, threaten, deny, not …);
* ``detected``: other reported events;
* ``undetected``: candidates the detector does not report;

by the counts of :data:`BATCH16_PARTS` (70 from the war corpora, 50 from AllSides), at most
:data:`BATCH16` ``per_lemma`` of one trigger lemma in a part.

The cues are written independently of the detector's rules and only weight the draw toward
likely non-events; the label is the annotator's.  The selection uses the detector, so every
non-event of the first two parts is a false event and their rejection rate estimates nothing
beyond them.  The draw is reproduced by
``sample_batch16(batch16_corpora(), annotated[annotated["batch"] < 16])`` with the detector of
the commit that drew it (branch ``agency19``, from main at dd2f4a3).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from .agency_sample import candidate_mentions, not_annotated, trigger_lemma

__all__ = [
    "BATCH16",
    "BATCH16_PARTS",
    "GROUPS",
    "NONEVENT_CUES",
    "WINDOW",
    "batch16_corpora",
    "dev_mentions",
    "sample_batch16",
]

#: The parts drawn, in order: (corpus group of :data:`GROUPS`, kind, mentions): ``cued`` and
#: ``detected`` are reported events with and without :data:`NONEVENT_CUES`, ``undetected`` the
#: candidates the detector does not report.  The war corpora (closest to the hidden set's
#: outlets of several countries) give 70, the AllSides war, terror and foreign-policy articles 50.
BATCH16_PARTS: tuple[tuple[str, str, int], ...] = (
    ("war", "cued", 50),
    ("allsides", "cued", 40),
    ("war", "detected", 10),
    ("war", "undetected", 10),
    ("allsides", "undetected", 10),
)
#: Corpus group -> corpora.
GROUPS: Mapping[str, tuple[str, ...]] = {
    "war": ("guardian-nyt", "by-country"),
    "allsides": ("allsides",),
}
#: The seed, the most mentions per article and the most mentions of one trigger lemma per part.
BATCH16: Mapping[str, int] = {"random_state": 35, "per_article": 2, "per_lemma": 12}
#: Characters either side of the trigger searched for :data:`NONEVENT_CUES`.
WINDOW = 90
#: Words of the senses that are no harm event (political, legal, economic, sporting,
#: anniversary, threat, denial, figurative), case-insensitive, whole words.
NONEVENT_CUES = re.compile(
    r"\b(?:deal|bill|law|legislation|policy|policies|proposal|plan|vote|voters?|election"
    r"|campaign|candidate|court|ruling|judge|sanctions?|market|prices?|economy|economic"
    r"|shares?|stocks?|inflation|match|game|team|season|anniversary|years? ago|remember(?:ed)?"
    r"|memorial|threat(?:en|ens|ened)?|warn(?:s|ed)?|would|could|will|might|if|never|not|no"
    r"|den(?:y|ies|ied)|reject(?:s|ed)?|critics?|criticism|rhetoric|metaphor|film|book|novel"
    r"|song|cyber|hack(?:ers?|ing)?|idea|argument|reputation|credibility|talks)\b",
    re.IGNORECASE,
)


def batch16_corpora() -> dict[str, pd.DataFrame]:
    """The pool of batch 16: ``guardian-nyt``, ``by-country`` and ``allsides`` (the war,
    terror and foreign-policy articles), cleaned; missing ones left out."""
    from .agency_sample import allsides_war_topics, war_corpora

    out = war_corpora()
    allsides = allsides_war_topics()
    if not allsides.empty:
        out["allsides"] = allsides
    return out


def dev_mentions(corpora: Mapping[str, pd.DataFrame], annotated: pd.DataFrame) -> pd.DataFrame:
    """Every candidate of the dev-split articles of ``corpora`` that ``annotated`` does not
    hold (its article may hold others), with ``lemma`` and ``cued`` (:data:`NONEVENT_CUES`
    within :data:`WINDOW` characters)."""
    from .agency import split_of

    frames = []
    for name, df in corpora.items():
        cands = candidate_mentions(name, df)
        if cands.empty:
            continue
        cands = cands[cands["key"].map(split_of) == "dev"]
        frames.append(not_annotated(cands, annotated))
    if not frames:
        return pd.DataFrame(columns=["corpus", "article_id", "start", "trigger"])
    out = pd.concat(frames, ignore_index=True)
    bodies = {(c, r.article_id): r.body for c, df in corpora.items() for r in df.itertuples()}
    cued = [
        bool(NONEVENT_CUES.search(bodies[(c, a)][max(0, s - WINDOW) : e + WINDOW]))
        for c, a, s, e in zip(out["corpus"], out["article_id"], out["start"], out["end"])
    ]
    return out.assign(lemma=out["trigger"].map(trigger_lemma), cued=cued)


def sample_batch16(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    parts: tuple[tuple[str, str, int], ...] = BATCH16_PARTS,
    draw: Mapping[str, int] = BATCH16,
) -> pd.DataFrame:
    """Batch 16 (see the module): the ``parts`` in order, each in seeded order, at most
    ``draw["per_article"]`` mentions per article and ``draw["per_lemma"]`` of one lemma per
    part; columns of :func:`~.agency_sample.candidate_mentions` plus ``lemma`` and ``draw``
    (the part's kind)."""
    from .agency import predict_mentions

    cands = dev_mentions(corpora, annotated)
    if cands.empty:
        return cands
    bodies = {(c, r.article_id): r.body for c, df in corpora.items() for r in df.itertuples()}
    detected = predict_mentions(cands, bodies)["pred"].ne("none").to_numpy()
    cands = cands.assign(detected=detected).sample(frac=1.0, random_state=draw["random_state"])
    kinds = {
        "cued": cands["detected"] & cands["cued"],
        "detected": cands["detected"] & ~cands["cued"],
        "undetected": ~cands["detected"],
    }
    per: dict[tuple[str, str], int] = {}
    picked: list[tuple[int, str]] = []
    for group, kind, n in parts:
        lemmas: dict[str, int] = {}
        for i in cands.index[kinds[kind] & cands["corpus"].isin(GROUPS[group])]:
            art, lem = (cands.at[i, "corpus"], cands.at[i, "article_id"]), cands.at[i, "lemma"]
            if len(lemmas) and sum(lemmas.values()) >= n:
                break
            if per.get(art, 0) >= draw["per_article"] or lemmas.get(lem, 0) >= draw["per_lemma"]:
                continue
            per[art] = per.get(art, 0) + 1
            lemmas[lem] = lemmas.get(lem, 0) + 1
            picked.append((i, kind))
    out = cands.loc[[i for i, _ in picked]].assign(draw=[d for _, d in picked])
    out = out.drop(columns=["detected", "cued"])
    return out.sort_values(["corpus", "stratum", "article_id", "start"]).reset_index(drop=True)
