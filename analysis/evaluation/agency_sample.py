"""The candidate mentions the agency development set was annotated from (issue 20).

A *candidate* is any word of a broad harm vocabulary (:data:`CANDIDATE_PATTERN`: every form of
kill, murder, massacre, execute, shoot, wound, injure, hurt, torture, shell, bomb, attack,
strike, die, dead, death, casualty, … and "lost their lives"), found in the cleaned body of an
article of the two war corpora in ``../shared/datasets``.  The pattern is deliberately wider
than the detector's lexicon (it also catches the idioms and other senses the detector must
reject), and it is written independently of the detector's rules, so the annotated set
measures the detector rather than echoing it.  :func:`sample_candidates` draws a seeded
sample stratified by outlet (Guardian, NYT) and outlet country (GB, US, UA, PL, RU, BY), at
most :data:`MAX_PER_ARTICLE` mentions per article.  Batch 6 (:func:`sample_batch6`) comes from
another domain, the war reporting of US outlets in the AllSides corpus (:func:`allsides_war`);
batch 7 (:func:`sample_batch7`) from the AllSides articles that are *not* war reporting
(:func:`allsides_other`), where the other senses of the trigger words are frequent; batch 8
(:func:`sample_batch8`) from the war corpora again, drawn uniformly over trigger lemmas
(:func:`trigger_lemma`) rather than over mentions, so the rarer words and senses appear;
batch 9 (:mod:`analysis.evaluation.agency_sample_detected`) from dev-split war articles, among
the mentions the detector reported as events; batch 10
(:mod:`analysis.evaluation.agency_sample_batch10`) from dev-split AllSides articles with no
earlier mention, risky trigger words of war reporting and of other news; batch 13
(:mod:`analysis.evaluation.agency_sample_batch13`) from dev-split AllSides articles that are war
reporting or filed under a war, terror or foreign-policy topic (:func:`allsides_war_topics`).
The annotation guideline is ``analysis/evaluation/agency_guideline.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from .rules import annotation_rules

__all__ = [
    "CANDIDATE_PATTERN",
    "MAX_PER_ARTICLE",
    "STRATA",
    "war_corpora",
    "candidate_mentions",
    "not_annotated",
    "sample_candidates",
    "sample_dev_extension",
    "RISKY_PATTERN",
    "BATCH3",
    "BATCH4",
    "sample_batch4",
    "BATCH5",
    "BATCH5_TOPUP",
    "sample_batch5",
    "WAR_PATTERN",
    "WAR_MIN_HITS",
    "BATCH6",
    "allsides_war",
    "WAR_TOPICS",
    "allsides_war_topics",
    "sample_batch6",
    "BATCH7",
    "allsides_other",
    "sample_batch7",
    "LEMMA_PREFIXES",
    "trigger_lemma",
    "BATCH8",
    "sample_batch8",
]

#: Broad harm vocabulary (case-insensitive, whole words).
CANDIDATE_PATTERN = re.compile(
    r"\b(?:kill(?:s|ed|ing|ings|er|ers)?|murder(?:s|ed|ing|ers?)?|massacr(?:e|es|ed|ing)"
    r"|slaughter(?:s|ed|ing)?|execut(?:e|es|ed|ing|ion|ions)|assassinat(?:e|es|ed|ing|ion|ions)"
    r"|slay(?:s|ing)?|slain|slew|shoot(?:s|ing|ings)?|shot|wound(?:s|ed|ing)?"
    r"|injur(?:e|es|ed|ing|y|ies)|maim(?:s|ed|ing)?|hurt|tortur(?:e|es|ed|ing)"
    r"|rap(?:e|es|ed|ing)|abduct(?:s|ed|ing|ion|ions)?|shell(?:s|ed|ing)?|bomb(?:s|ed|ing|ings)?"
    r"|bombard(?:s|ed|ing|ment|ments)?|attack(?:s|ed|ing)?|strik(?:e|es|ing)|struck|airstrikes?"
    r"|storm(?:s|ed|ing)?|die|dies|died|dying|dead|deaths?|perish(?:es|ed|ing)?"
    r"|casualt(?:y|ies)|fatalit(?:y|ies)|lo(?:se|ses|st|sing)\s+(?:their|his|her|its)\s+li(?:fe|ves))"
    r"\b",
    re.IGNORECASE,
)
#: At most this many candidates are drawn from one article.
MAX_PER_ARTICLE = 3
#: Stratum -> number of candidates drawn.
STRATA: Mapping[str, int] = {
    "guardian-nyt/The Guardian": 55,
    "guardian-nyt/New York Times": 55,
    "by-country/GB": 40,
    "by-country/US": 40,
    "by-country/UA": 45,
    "by-country/PL": 40,
    "by-country/RU": 40,
    "by-country/BY": 40,
}


def war_corpora() -> dict[str, pd.DataFrame]:
    """The two war corpora of ``../shared/datasets`` with a ``body`` column (cleaned), keyed
    ``guardian-nyt`` and ``by-country`` (English texts only); missing ones are left out."""
    from ..paths import shared_path
    from .pools import cleaned, loaded

    out = {}
    p = shared_path("datasets", "ukraine-2022-guardian-nyt", "articles.csv")
    if p is not None:
        out["guardian-nyt"] = cleaned(loaded(p), rules=annotation_rules())
    p = shared_path("datasets", "ukraine-2022-by-country", "articles.parquet")
    if p is not None:
        df = loaded(p, outlet_column="country")
        english = df[df["lang_tag"] == "English"].reset_index(drop=True)
        out["by-country"] = cleaned(english, rules=annotation_rules())
    return out


def candidate_mentions(corpus: str, df: pd.DataFrame) -> pd.DataFrame:
    """Every candidate in the bodies of ``df``: corpus, stratum, article_id, key (the stable
    file name where the corpus has one), start, end, trigger."""
    rows = []
    for r in df.itertuples(index=False):
        key = getattr(r, "file", "") or r.article_id
        for m in CANDIDATE_PATTERN.finditer(r.body or ""):
            rows.append(
                {
                    "corpus": corpus,
                    "stratum": f"{corpus}/{r.outlet}",
                    "article_id": r.article_id,
                    "key": key,
                    "start": m.start(),
                    "end": m.end(),
                    "trigger": m.group(),
                }
            )
    return pd.DataFrame(rows)


def not_annotated(cands: pd.DataFrame, annotated: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``cands`` whose mention (corpus, article, start) is not in ``annotated``
    (index kept, so that a seeded draw from them is unchanged).

    Examples
    --------
    >>> c = pd.DataFrame({"corpus": ["g", "g"], "article_id": ["a", "a"], "start": [0, 9]})
    >>> not_annotated(c, c.head(1))["start"].tolist()
    [9]
    """
    seen = set(zip(annotated["corpus"], annotated["article_id"], annotated["start"]))
    return cands[[k not in seen for k in zip(cands["corpus"], cands["article_id"], cands["start"])]]


def sample_candidates(
    corpora: Mapping[str, pd.DataFrame], *, random_state: int = 20
) -> pd.DataFrame:
    """The seeded, stratified sample of candidates that was annotated (see the module)."""
    frames = []
    for corpus, df in corpora.items():
        cands = candidate_mentions(corpus, df)
        for stratum, n in STRATA.items():
            pool = cands[cands["stratum"] == stratum]
            if pool.empty:
                continue
            pool = pool.sample(frac=1.0, random_state=random_state)
            pool = pool.groupby("article_id", sort=False).head(MAX_PER_ARTICLE)
            frames.append(pool.head(n))
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["stratum", "article_id", "start"]).reset_index(drop=True)


#: The triggers of the second, dev-only batch: the words most often mis-read on the dev split
#: of batch 1 (attack and strike nouns, shooting, dead/death, bombs and shells).
RISKY_PATTERN = re.compile(
    r"\b(?:attacks?|strikes?|shoot(?:s|ing|ings)?|shot|dead|deaths?|bombs?|shells?|hurt)\b",
    re.IGNORECASE,
)


def sample_dev_extension(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    *,
    n: int = 60,
    random_state: int = 21,
    splits: tuple[str, ...] = ("dev",),
    pattern: re.Pattern[str] | None = None,
    new_articles: bool = False,
) -> pd.DataFrame:
    """An extension batch of the annotated set: ``n`` candidates of :data:`RISKY_PATTERN` from
    articles of ``splits``, not annotated before, at most one per article, drawn with a seed.

    Batch 2 is ``splits=("dev",)``, seed 21 (the held-out test split untouched); batch 3 is
    :data:`BATCH3` (both splits, by the same article-level split, so the small non-event sample
    grows on both sides).  ``pattern`` replaces :data:`RISKY_PATTERN` (batch 4 also draws from
    the broad :data:`CANDIDATE_PATTERN`); with ``new_articles`` no mention of an article that
    already has an annotated mention is drawn.
    """
    from .agency import split_of

    cands = pd.concat([candidate_mentions(c, df) for c, df in corpora.items()], ignore_index=True)
    pat = (pattern or RISKY_PATTERN).pattern
    cands = cands[cands["trigger"].str.fullmatch(pat, case=False)]
    cands = cands[cands["key"].map(split_of).isin(splits)]
    cands = not_annotated(cands, annotated)
    if new_articles:
        done = set(zip(annotated["corpus"], annotated["article_id"]))
        cands = cands[[k not in done for k in zip(cands["corpus"], cands["article_id"])]]
    pool = cands.sample(frac=1.0, random_state=random_state).groupby("article_id").head(1)
    return pool.head(n).sort_values(["stratum", "article_id", "start"]).reset_index(drop=True)


#: The draw of batch 3 (issue 20, second round): 100 risky candidates from both splits.
BATCH3: Mapping[str, object] = {"n": 100, "random_state": 22, "splits": ("dev", "test")}


#: The draws of batch 4 (issue 20, third round): 150 candidates from both splits, from articles
#: with no annotated mention — 90 of the broad :data:`CANDIDATE_PATTERN` (what a hand-annotated
#: set of harm mentions drawn from the corpora would contain) and then 60 of
#: :data:`RISKY_PATTERN` (the attack/strike/shot/dead/death/bomb/shell words whose other senses
#: make most false events), seed 23.
BATCH4: tuple[Mapping[str, object], ...] = (
    {"n": 90, "random_state": 23, "splits": ("dev", "test"), "pattern": CANDIDATE_PATTERN},
    {"n": 60, "random_state": 23, "splits": ("dev", "test"), "pattern": RISKY_PATTERN},
)


def sample_batch4(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    draws: tuple[Mapping[str, object], ...] = BATCH4,
) -> pd.DataFrame:
    """Batch 4 (:data:`BATCH4`): the broad draw, then the risky draw from articles not in it."""
    frames = []
    for draw in draws:
        prior = pd.concat([annotated, *frames], ignore_index=True)
        frames.append(sample_dev_extension(corpora, prior, new_articles=True, **draw))
    return pd.concat(frames, ignore_index=True)


#: The draws of batch 5 (issue 20, fourth round), seed 24.  The corpora hold 488 articles with
#: a candidate, 445 of them annotated before batch 5, so the batch-4 procedure (broad, then risky,
#: one per new article) yields only 43 mentions; the rest of those 43 articles' candidates (up to
#: :data:`MAX_PER_ARTICLE` per article) follow, then a risky top-up of 60 from articles annotated
#: before (mentions not annotated, one per article, both splits).
BATCH5: tuple[Mapping[str, object], ...] = tuple({**d, "random_state": 24} for d in BATCH4)
#: The risky top-up of batch 5 (articles annotated before, their unannotated mentions).
BATCH5_TOPUP: Mapping[str, object] = {"n": 60, "random_state": 24, "splits": ("dev", "test")}


def sample_batch5(corpora: Mapping[str, pd.DataFrame], annotated: pd.DataFrame) -> pd.DataFrame:
    """Batch 5: :data:`BATCH5` drawn like batch 4, the new articles' further candidates, then
    :data:`BATCH5_TOPUP`; a ``draw`` column says which (``broad``, ``risky``, ``more``,
    ``topup``)."""
    first = sample_batch4(corpora, annotated, BATCH5)
    first["draw"] = ["broad"] * int((first.index < 90).sum()) + ["risky"] * int(
        (first.index >= 90).sum()
    )
    done = set(zip(annotated["corpus"], annotated["article_id"]))
    cands = pd.concat([candidate_mentions(c, df) for c, df in corpora.items()], ignore_index=True)
    new = cands[[k not in done for k in zip(cands["corpus"], cands["article_id"])]]
    more = not_annotated(new, first)
    quota = (MAX_PER_ARTICLE - first.groupby("article_id").size()).to_dict()
    more = more.sample(frac=1.0, random_state=24)
    more = more[more.groupby("article_id").cumcount() < more["article_id"].map(quota).fillna(0)]
    more = more.assign(draw="more")
    prior = pd.concat([annotated, first, more], ignore_index=True)
    top = sample_dev_extension(corpora, prior, **BATCH5_TOPUP).assign(draw="topup")
    return pd.concat([first, more, top], ignore_index=True)


#: Batch 6 (issue 20, fifth round): war reporting of US outlets from another domain, the
#: AllSides corpus (2012-2020; Syria, Iraq, Afghanistan, Yemen, Gaza, ISIS …).  An article is
#: war reporting when its title names one of these words and its text names them at least
#: :data:`WAR_MIN_HITS` times (1,126 of 37,554 articles).
WAR_PATTERN = re.compile(
    r"\b(?:Syrian?|Iraqi?|Afghanistan|Afghan|ISIS|ISIL|Islamic State|Taliban|Yemeni?|Houthis?"
    r"|Gaza|Hamas|Hezbollah|al[- ]Qaeda|al[- ]Shabaab?|Boko Haram|Libya|airstrikes?"
    r"|air strikes?|drone strikes?|troops|militants?|insurgents?|jihadists?|rebels?)\b"
)
#: The least number of :data:`WAR_PATTERN` words in an article's text (its title needs one).
WAR_MIN_HITS = 5
#: Batch 6: ``articles`` war articles drawn with the seed; from each one candidate of the broad
#: :data:`CANDIDATE_PATTERN`, then one more of :data:`RISKY_PATTERN` where the article has one.
BATCH6: Mapping[str, int] = {"articles": 62, "random_state": 25}


def allsides_war(ids: set[str] | None = None) -> pd.DataFrame:
    """The war-reporting articles of the AllSides corpus (see :data:`WAR_PATTERN`), or those
    with an id in ``ids``, cleaned, outlet = AllSides ``source``; empty without ../shared."""
    return _allsides_cleaned(
        lambda df: df[df["article_id"].isin(ids) if ids is not None else _is_war(df)]
    )


#: AllSides topics of war, terror and foreign policy (batch 13 draws from their articles as well
#: as from :func:`allsides_war`'s).
WAR_TOPICS: tuple[str, ...] = (
    "middle_east",
    "terrorism",
    "isis",
    "foreign_policy",
    "national_security",
    "us_military",
    "defense",
    "national_defense",
)


def allsides_war_topics(topics: tuple[str, ...] = WAR_TOPICS) -> pd.DataFrame:
    """The AllSides articles that are war reporting by :data:`WAR_PATTERN` **or** filed under
    one of ``topics``, cleaned, outlet = AllSides ``source``; empty without ../shared."""
    return _allsides_cleaned(lambda df: df[_is_war(df) | df["topic"].isin(topics)])


def _allsides_cleaned(select: Callable[[pd.DataFrame], pd.DataFrame]) -> pd.DataFrame:
    """The AllSides articles that ``select`` keeps of the whole corpus, cleaned with the rules
    of the annotation (:func:`~.rules.annotation_rules`); empty without ../shared."""
    from .pools import cleaned

    df = _allsides()
    if df is None:
        return pd.DataFrame(columns=["article_id", "outlet", "body"])
    return cleaned(select(df).reset_index(drop=True), rules=annotation_rules())


def _allsides() -> pd.DataFrame | None:
    """The AllSides corpus (outlet = its ``source``), or ``None`` without ../shared."""
    from ..paths import shared_path
    from .pools import loaded

    p = shared_path("datasets", "allsides-2012-2020", "articles.parquet")
    if p is None:
        return None
    df = loaded(p, outlet_column="source")
    # the batches were drawn from the titles as stored: load_corpus now repairs their mojibake
    # (0.7% of them), which would let one more title match WAR_PATTERN and move every draw
    stored = pd.read_parquet(p, columns=["id", "title"]).set_index("id")["title"]
    df["title"] = df["article_id"].map(stored).fillna("").astype(str)
    return df


def _is_war(df: pd.DataFrame) -> pd.Series:
    """War reporting: :data:`WAR_PATTERN` in the title and at least :data:`WAR_MIN_HITS` times
    in the text (the text is counted only where the title has it)."""
    title = df["title"].fillna("").str.contains(WAR_PATTERN).to_numpy(bool)
    texts = df["text"].fillna("").to_numpy(object)
    enough = np.zeros(len(df), dtype=bool)
    enough[title] = [len(WAR_PATTERN.findall(t)) >= WAR_MIN_HITS for t in texts[title]]
    return pd.Series(title & enough, index=df.index)


def sample_batch6(df: pd.DataFrame, draw: Mapping[str, int] = BATCH6) -> pd.DataFrame:
    """Batch 6 from :func:`allsides_war` (corpus ``allsides``): a seeded sample of articles
    with a candidate, one broad candidate each (``draw`` = ``broad``), then one risky candidate
    of the same article other than the first (``risky``)."""
    cands = candidate_mentions("allsides", df)
    seed = draw["random_state"]
    arts = pd.Series(cands["article_id"].unique()).sample(frac=1.0, random_state=seed)
    cands = cands[cands["article_id"].isin(set(arts.head(draw["articles"])))]
    cands = cands.sample(frac=1.0, random_state=seed)
    broad = cands.groupby("article_id", sort=False).head(1).assign(draw="broad")
    rest = cands.drop(index=broad.index)
    rest = rest[rest["trigger"].str.fullmatch(RISKY_PATTERN.pattern, case=False)]
    risky = rest.groupby("article_id", sort=False).head(1).assign(draw="risky")
    out = pd.concat([broad, risky], ignore_index=True)
    return out.sort_values(["stratum", "article_id", "start"]).reset_index(drop=True)


#: Batch 7 (issue 20, non-events round): ``pool`` AllSides articles that are not war reporting
#: (:func:`allsides_other`) drawn with the seed and cleaned; of those with a
#: :data:`RISKY_PATTERN` candidate, ``articles`` in seeded order, one risky candidate each.
BATCH7: Mapping[str, int] = {"pool": 600, "articles": 120, "random_state": 26}


def allsides_other(draw: Mapping[str, int] = BATCH7, *, any_topic: bool = False) -> pd.DataFrame:
    """``draw["pool"]`` AllSides articles outside :func:`allsides_war`'s filter (the title or
    the :data:`WAR_MIN_HITS` test fails), or of any topic with ``any_topic``, drawn with
    ``draw["random_state"]``, cleaned."""
    return _allsides_cleaned(
        lambda df: (df if any_topic else df[~_is_war(df)]).sample(
            n=draw["pool"], random_state=draw["random_state"]
        )
    )


def sample_batch7(df: pd.DataFrame, draw: Mapping[str, int] = BATCH7) -> pd.DataFrame:
    """Batch 7 from :func:`allsides_other` (corpus ``allsides``): the articles with a
    :data:`RISKY_PATTERN` candidate in seeded order, the first ``draw["articles"]``, one risky
    candidate each (``draw`` = ``risky``)."""
    cands = candidate_mentions("allsides", df)
    cands = cands[cands["trigger"].str.fullmatch(RISKY_PATTERN.pattern, case=False)]
    seed = draw["random_state"]
    arts = pd.Series(cands["article_id"].unique()).sample(frac=1.0, random_state=seed)
    cands = cands[cands["article_id"].isin(set(arts.head(draw["articles"])))]
    out = cands.sample(frac=1.0, random_state=seed).groupby("article_id", sort=False).head(1)
    out = out.assign(draw="risky")
    return out.sort_values(["stratum", "article_id", "start"]).reset_index(drop=True)


#: Trigger word -> lemma: the first prefix (lowercase) the word starts with names its lemma.
#: Order matters ("bombard" before "bomb", "airstrike" before "strike").
LEMMA_PREFIXES: tuple[tuple[str, str], ...] = (
    ("kill", "kill"),
    ("murder", "murder"),
    ("massacr", "massacre"),
    ("slaughter", "slaughter"),
    ("execut", "execute"),
    ("assassinat", "assassinate"),
    ("sla", "slay"),
    ("slew", "slay"),
    ("shoot", "shoot"),
    ("shot", "shoot"),
    ("wound", "wound"),
    ("injur", "injure"),
    ("maim", "maim"),
    ("hurt", "hurt"),
    ("tortur", "torture"),
    ("rap", "rape"),
    ("abduct", "abduct"),
    ("shell", "shell"),
    ("bombard", "bombard"),
    ("bomb", "bomb"),
    ("attack", "attack"),
    ("airstrike", "airstrike"),
    ("strik", "strike"),
    ("struck", "strike"),
    ("storm", "storm"),
    ("di", "die"),
    ("dy", "die"),
    ("dead", "dead"),
    ("death", "death"),
    ("perish", "perish"),
    ("casualt", "casualty"),
    ("fatalit", "fatality"),
    ("lo", "lose one's life"),
)


def trigger_lemma(word: str) -> str:
    """The lemma of a :data:`CANDIDATE_PATTERN` match (:data:`LEMMA_PREFIXES`).

    Examples
    --------
    >>> trigger_lemma("Struck"), trigger_lemma("bombardments"), trigger_lemma("lost their lives")
    ('strike', 'bombard', "lose one's life")
    """
    w = word.lower()
    return next((lemma for prefix, lemma in LEMMA_PREFIXES if w.startswith(prefix)), w)


#: Batch 8 (issue 20, non-events in war reporting): ``n`` candidates of the two war corpora not
#: annotated before, drawn uniformly over trigger lemmas (round-robin over the lemmas in seeded
#: order, a seeded candidate of each lemma in turn), at most one per article.  No article of
#: the war corpora is left without an annotated mention, so the articles are not new.
BATCH8: Mapping[str, int] = {"n": 120, "random_state": 27}


def sample_batch8(
    corpora: Mapping[str, pd.DataFrame],
    annotated: pd.DataFrame,
    draw: Mapping[str, int] = BATCH8,
) -> pd.DataFrame:
    """Batch 8 (:data:`BATCH8`): mentions not in ``annotated`` (all rows of batches 1-7, ``skip``
    included), uniform over lemmas, one per article; a ``lemma`` column, ``draw`` = ``lemma``.
    The split follows the article's key."""
    cands = pd.concat([candidate_mentions(c, df) for c, df in corpora.items()], ignore_index=True)
    cands = not_annotated(cands, annotated)
    seed = draw["random_state"]
    cands = cands.assign(lemma=cands["trigger"].map(trigger_lemma))
    cands = cands.sample(frac=1.0, random_state=seed)
    pools = {lemma: list(g.index) for lemma, g in cands.groupby("lemma", sort=True)}
    order = list(pd.Series(sorted(pools)).sample(frac=1.0, random_state=seed))
    picked: list[int] = []
    used: set[tuple[str, str]] = set()
    while len(picked) < draw["n"] and any(pools.values()):
        for lemma in order:
            pool = pools[lemma]
            while pool:
                i = pool.pop(0)
                art = (cands.at[i, "corpus"], cands.at[i, "article_id"])
                if art not in used:
                    used.add(art)
                    picked.append(i)
                    break
            if len(picked) >= draw["n"]:
                break
    out = cands.loc[picked].assign(draw="lemma")
    return out.sort_values(["stratum", "article_id", "start"]).reset_index(drop=True)
