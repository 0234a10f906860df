"""A repeatable audit of lexicon hits: sampled hits in context, labelled for sense and voice.

The marker lexicons match words; whether a hit is the word *in the sense the lexicon means* (the
verb "pound" of shelling, not the currency; "animals" said of people, not of animals) and in
which *voice* it is (the outlet's own, a quotation, or reported speech) can only be judged by
reading it.  This module keeps that judgement repeatable:

1. :func:`audit_corpora` loads the five audit corpora from ``../shared/datasets`` (the bundled
   seed articles, Guardian/NYT, by-country, BASIL and a seeded AllSides sample);
2. :func:`corpus_hits` runs the per-article route on them and lists every marker;
3. :func:`sample_hits` draws a sample stratified by term and corpus (seeded);
4. the sample is labelled by hand (guideline: ``audit/GUIDELINE.md``) and kept as
   ``audit/markers.csv``: corpus, article id, offsets into the cleaned body, the hit as the
   lexicon reported it, and the labels (``sense`` right/wrong, ``voice``, ``family``, a short
   error ``class``) — no article text beyond the hit's own words;
5. :func:`score_audit` re-runs today's lexicons over the labelled hits: which wrong-sense hits
   are gone, which right-sense hits are kept, precision per category and subcategory before and
   after, and whether the voice is the labelled one; :func:`audit_score_rows` turns that into
   the rows of ``measured/markers-audit.csv`` (``python -m analysis.evaluation markers-audit``).
   Most rounds are drawn from the lexicons before the sense guards (``audit/draw_dev*.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError
from ..paths import DEFAULT_CORPUS, shared_path
from .audit_families import FAMILIES, same_family
from .rules import DRAWN_ROUND, annotation_rules, relocate

__all__ = [
    "AUDIT_CORPORA",
    "AUDIT_COLUMNS",
    "FAMILIES",
    "same_family",
    "audit_corpora",
    "corpus_hits",
    "sample_hits",
    "audit_path",
    "load_audit",
    "hit_split",
    "match_hits",
    "score_audit",
    "audit_score_rows",
    "dev_errors",
]

#: name -> (path under ``../shared/datasets``, load_corpus options, sample size or None).
AUDIT_CORPORA: dict[str, tuple[tuple[str, ...], dict[str, str], int | None]] = {
    "seed": ((), {}, None),
    "guardian_nyt": (("ukraine-2022-guardian-nyt", "articles.csv"), {}, None),
    "by_country": (
        ("ukraine-2022-by-country", "articles.parquet"),
        {"outlet_column": "country"},
        None,
    ),
    "basil": (("basil-same-event", "articles.csv"), {"outlet_column": "source"}, None),
    "allsides": (("allsides-2012-2020", "articles.parquet"), {"outlet_column": "source"}, 600),
}

#: Columns of the labelled table ``audit/markers.csv``.
AUDIT_COLUMNS: tuple[str, ...] = (
    "corpus",
    "article_id",
    "start",
    "end",
    "text",
    "category",
    "subcategory",
    "term",
    "voice_found",
    "sense",
    "voice",
    "family",
    "class",
)


def audit_corpora(*, names: tuple[str, ...] | None = None) -> dict[str, pd.DataFrame]:
    """The audit corpora that are present on this machine, loaded (AllSides: a seeded sample).

    Parameters
    ----------
    names
        A subset of :data:`AUDIT_CORPORA` (default: all).

    Returns
    -------
    dict of str to DataFrame
        Corpora as :func:`analysis.load_corpus` returns them; absent ones are left out.  A
        sampled corpus keeps its seeded sample (first, in the sample's order) and the articles
        of the labelled table drawn beyond it (the sixth round drew AllSides from the whole
        corpus).
    """
    from ..corpus import load_corpus

    out: dict[str, pd.DataFrame] = {}
    for name, (parts, kw, n) in AUDIT_CORPORA.items():
        if names is not None and name not in names:
            continue
        path = DEFAULT_CORPUS if not parts else shared_path("datasets", *parts)
        if path is None:
            continue
        corpus = load_corpus(path, **kw)
        if n is not None and len(corpus) > n:
            # the seeded sample, plus the articles of the labelled table drawn from the whole
            # corpus (dev6: AllSides beyond the sample)
            sample = corpus.sample(n=n, random_state=0)
            rest = corpus.drop(index=sample.index)
            corpus = pd.concat(
                [sample, rest[rest["article_id"].astype(str).isin(_table_ids(name))]]
            )
        out[name] = corpus.reset_index(drop=True)
    return out


def _table_ids(name: str) -> set[str]:
    """Article ids of corpus ``name`` with a row in the shipped table (none if it is absent)."""
    if not audit_path().is_file():
        return set()
    t = load_audit()
    return set(t.loc[t["corpus"] == name, "article_id"])


def corpus_hits(
    corpora: Mapping[str, pd.DataFrame], *, lexicons: Any = None, rules: str = "boilerplate.csv"
) -> pd.DataFrame:
    """Every lexicon marker of every article of the corpora, with its voice.

    Parameters
    ----------
    corpora
        Name -> corpus as loaded (:func:`audit_corpora`).
    lexicons
        As for :func:`analysis.featurize` (``None``: the bundled set).
    rules
        The cleaning's boilerplate table (a draw passes the one it was drawn with,
        :func:`~analysis.evaluation.rules.annotation_rules`).

    Returns
    -------
    DataFrame
        ``corpus, article_id, outlet, start, end, text, category, subcategory, term, voice``
        (offsets into the cleaned body).
    """
    from ..pipeline.evidence import analyse_corpus

    rows = []
    for name, corpus in corpora.items():
        results = analyse_corpus(corpus, lexicons=lexicons, rules=rules)
        for aid, outlet, res in zip(corpus["article_id"], corpus["outlet"], results):
            for m in res.markers:
                rows.append(
                    (name, str(aid), str(outlet), m.start, m.end, m.text, m.category)
                    + (m.subcategory, m.term, m.voice)
                )
    cols = ["corpus", "article_id", "outlet", "start", "end", "text", "category"]
    return pd.DataFrame(rows, columns=cols + ["subcategory", "term", "voice"])


def sample_hits(
    hits: pd.DataFrame,
    *,
    random_state: int = 0,
    common_at: int = 50,
    per_term_rare: int = 1,
    per_term_common: int = 4,
) -> pd.DataFrame:
    """A sample of hits stratified by term and corpus.

    Every (category, term) gets one hit from each of up to ``per_term_common`` corpora when it
    has at least ``common_at`` hits in all, else from up to ``per_term_rare`` corpora; the
    corpora and the hit within a corpus are drawn at random (seeded).

    Parameters
    ----------
    hits
        Output of :func:`corpus_hits`.
    random_state
        Seed.
    common_at, per_term_rare, per_term_common
        The strata sizes described above.

    Returns
    -------
    DataFrame
        The sampled rows of ``hits``, sorted by category, term and corpus.

    Examples
    --------
    >>> h = pd.DataFrame({"corpus": ["a", "a", "b"], "category": "hedge", "term": "may",
    ...                   "article_id": ["1", "2", "3"], "start": [0, 5, 9]})
    >>> len(sample_hits(h, common_at=3, per_term_common=2))
    2
    """
    rng = np.random.default_rng(random_state)
    picked = []
    for _, g in hits.groupby(["category", "term"], sort=True):
        k = per_term_common if len(g) >= common_at else per_term_rare
        corpora = sorted(g["corpus"].unique())
        for c in rng.permutation(corpora)[:k]:
            rows = g[g["corpus"] == c]
            picked.append(rows.index[int(rng.integers(len(rows)))])
    return hits.loc[picked].sort_values(["category", "term", "corpus"]).reset_index(drop=True)


def audit_path() -> Path:
    """The labelled table shipped with the package (``analysis/evaluation/audit/markers.csv``)."""
    return Path(str(resources.files("analysis.evaluation").joinpath("audit", "markers.csv")))


def load_audit(path: str | Path | None = None) -> pd.DataFrame:
    """The labelled audit table (:data:`AUDIT_COLUMNS`) with a ``split`` column: the file's own
    ``split`` where it names one (``dev2``, a later development round), else :func:`hit_split`.

    Examples
    --------
    >>> t = load_audit()
    >>> set(t["sense"]) <= {"right", "wrong"}
    True
    """
    p = Path(path) if path is not None else audit_path()
    if not p.is_file():
        raise FramingError(f"{p}: no audit table. Draw one with sample_hits and label it.")
    df = pd.read_csv(p, dtype={"article_id": str}, keep_default_na=False, comment="#")
    missing = [c for c in AUDIT_COLUMNS if c not in df.columns]
    if missing:
        raise FramingError(f"{p}: missing column(s) {missing}; expected {list(AUDIT_COLUMNS)}.")
    split = hit_split(df["article_id"])
    if "split" in df.columns:  # a later round names its own split (dev2: drawn in new articles)
        split = df["split"].where(df["split"] != "", split)
    return df.drop(columns=["split"], errors="ignore").assign(split=split)


def hit_split(article_ids: pd.Series) -> pd.Series:
    """``"dev"`` / ``"test"`` by the MD5 of the article id (the audit's own 50/50 split).

    Examples
    --------
    >>> hit_split(pd.Series(["6", "7"])).tolist()
    ['dev', 'test']
    """
    return article_ids.map(
        lambda i: "dev" if hashlib.md5(str(i).encode()).digest()[0] % 2 == 0 else "test"
    )


def match_hits(
    audit: pd.DataFrame,
    corpora: Mapping[str, pd.DataFrame],
    *,
    lexicons: Any = None,
    rules: str | None = None,
) -> pd.DataFrame:
    """The labelled hits with what today's lexicons find at the same place.

    Parameters
    ----------
    audit
        :func:`load_audit` rows.
    corpora
        Name -> corpus (:func:`audit_corpora`): the articles the hits come from.
    lexicons
        As for :func:`analysis.featurize` (``None``: the bundled set).
    rules
        The cleaning's boilerplate table; ``None``: the rules of round 16
        (:data:`~analysis.evaluation.rules.DRAWN_ROUND`,
        :func:`~analysis.evaluation.rules.annotation_rules`), with which the rounds up to dev13
        were drawn, so that the audit measures the sense rules and not later cleaning (a hit
        inside a The Hill hover card, removed since session 17, stays scored by its label).

    Returns
    -------
    DataFrame
        ``audit`` with ``found_after`` (a marker of the same family overlaps the hit: the
        :data:`FAMILIES` entry of its ``family`` label, else of its drawn category) and
        ``voice_after`` (its voice, ``""`` when not found); hits whose article is absent are
        dropped.
    """
    from ..pipeline.evidence import analyse_corpus

    rules = annotation_rules(drawn_round=DRAWN_ROUND) if rules is None else rules
    found: dict[tuple[str, str], list] = {}
    for name, corpus in corpora.items():
        ids = set(audit.loc[audit["corpus"] == name, "article_id"])
        sub = corpus[corpus["article_id"].astype(str).isin(ids)]
        if sub.empty:
            continue
        results = analyse_corpus(sub, lexicons=lexicons, rules=rules)
        for aid, res in zip(sub["article_id"], results):
            found[(name, str(aid))] = (res.body, res.markers)
    rows = []
    for d in audit.to_dict("records"):  # records: the column 'class' is a keyword
        got = found.get((d["corpus"], str(d["article_id"])))
        if got is None:
            continue
        body, ms = got
        # a cleaning change may have moved the hit; (-1, -1): its words are gone
        span = relocate(body, int(d["start"]), int(d["end"]), str(d["text"]))
        d["start"], d["end"] = span or (-1, -1)
        kind = d.get("family") or d["category"]  # the labelled family, else the drawn one
        same = [
            m
            for m in ms
            if m.start < d["end"] and d["start"] < m.end and same_family(m, kind, d["term"])
        ]
        d.update(found_after=bool(same), voice_after=same[0].voice if same else "")
        rows.append(d)
    return pd.DataFrame(rows)


def _rates(g: pd.DataFrame) -> dict[str, float]:
    right, wrong = g["sense"] == "right", g["sense"] == "wrong"
    kept = g["found_after"].astype(bool)
    out = {
        "n": float(len(g)),
        "precision_before": float(right.mean()) if len(g) else np.nan,
        "precision_after": float((right & kept).sum() / kept.sum()) if kept.any() else np.nan,
        "wrong_removed": float((wrong & ~kept).sum() / wrong.sum()) if wrong.any() else np.nan,
        "right_kept": float((right & kept).sum() / right.sum()) if right.any() else np.nan,
    }
    rep = right & kept & (g["voice"] == "reported")
    n_rep = int((right & (g["voice"] == "reported")).sum())
    out["reported_recognised"] = (
        float((rep & (g["voice_after"] == "reported")).sum() / n_rep) if n_rep else np.nan
    )
    both = right & kept & (g["voice"] != "")
    out["voice_accuracy"] = (
        float((g.loc[both, "voice"] == g.loc[both, "voice_after"]).mean()) if both.any() else np.nan
    )
    return out


def score_audit(matched: pd.DataFrame) -> pd.DataFrame:
    """Precision before/after, wrong-sense hits removed, right-sense hits kept, by split and by
    category and subcategory (rows ``category == "all"`` for the whole split).

    Parameters
    ----------
    matched
        Output of :func:`match_hits`.

    Returns
    -------
    DataFrame
        ``split, category, subcategory`` and the measures of one group: ``n``,
        ``precision_before`` (share of the sampled hits in the right sense),
        ``precision_after`` (among the hits still found), ``wrong_removed``, ``right_kept``,
        ``reported_recognised`` (right-sense hits labelled reported speech that are found in
        the reported voice), ``voice_accuracy``.

    Examples
    --------
    >>> m = pd.DataFrame({"split": "dev", "category": "hedge", "subcategory": "x",
    ...                   "sense": ["right", "wrong"], "voice": "author",
    ...                   "found_after": [True, False], "voice_after": ["author", ""]})
    >>> s = score_audit(m)
    >>> s.loc[s["category"] == "all", ["precision_before", "precision_after"]].values.tolist()
    [[0.5, 1.0]]
    """
    rows = []
    for split in sorted(matched["split"].unique()):
        g = matched[matched["split"] == split]
        rows.append({"split": split, "category": "all", "subcategory": "", **_rates(g)})
        for (cat, sub), gg in g.groupby(["category", "subcategory"], sort=True):
            rows.append({"split": split, "category": cat, "subcategory": sub, **_rates(gg)})
    return pd.DataFrame(rows)


_ROUND_NOTES = {
    "dev2": "hits drawn from the lexicons after the first sense rules, labelled by hand",
    "dev3": "hits drawn from the lexicons after the second sense rules, labelled by hand "
    "before scoring",
    "dev4": "hits drawn from the lexicons before issue 17 in new dev-half articles, labelled by "
    "hand before scoring",
    "dev5": "hits drawn from the lexicons before issue 17 in new dev-half articles (fifth round), "
    "labelled by hand before scoring",
    "dev6": "hits drawn from the lexicons before issue 17 in unread dev-half articles (sixth "
    "round: AllSides of the whole corpus, by-country), labelled by hand before scoring",
    "dev7": "hits drawn from the lexicons before issue 17 in unread dev-half AllSides articles "
    "of the whole corpus (seventh round, a fresh measure: no rule written from it), labelled "
    "by hand before scoring",
    "dev8": "hits drawn from the lexicons before issue 17 in unread dev-half AllSides articles "
    "of the whole corpus (eighth round, drawn as dev7 in the articles it left), labelled by hand "
    "before scoring",
    "dev9": "hits drawn from the lexicons before issue 17 in unlabelled dev-half by-country, "
    "Guardian/NYT and BASIL articles (ninth round), labelled by hand before scoring",
    "dev10": "hits drawn from the lexicons before issue 17 in unread dev-half AllSides, BASIL, "
    "by-country and Guardian/NYT articles (tenth round), labelled by hand before scoring",
    "dev11": "hits drawn from the lexicons before issue 17 in unread dev-half AllSides articles of "
    "untouched topics, by-country and Guardian/NYT articles (eleventh round), labelled by hand "
    "before scoring",
    "dev12": "hits drawn from the lexicons before issue 17 in unread dev-half AllSides articles "
    "of the least-covered topics, Guardian/NYT, and unlabelled BASIL and by-country articles of "
    "earlier draws (twelfth round), labelled by hand before scoring",
    "dev13": "hits drawn from the lexicons before issue 17 in unread dev-half AllSides articles "
    "of the outlets with no article in the table (one per outlet), Guardian/NYT, and unlabelled "
    "BASIL and by-country articles (thirteenth round), labelled by hand before scoring",
    "dev14": "hits drawn from the lexicons before issue 17 in unread dev-half articles of thin "
    "AllSides topics and outlets and the other corpora (fourteenth round), labelled before scoring",
    "dev15": "hits drawn as dev14 in articles no earlier round drew (fifteenth round), labelled",
    "dev16": "hits drawn as dev14 in articles no earlier round drew (sixteenth round), labelled",
    "dev17": "hits drawn as dev14 in articles no earlier round drew (seventeenth round), labelled",
    "dev18": "hits drawn as dev14 in articles no earlier round drew (eighteenth round), labelled",
    "dev19": "hits drawn as dev14 in articles no earlier round drew (nineteenth round), labelled",
    "dev20": "hits drawn as dev14 in articles no earlier round drew (twentieth round), labelled",
    "dev21": "hits drawn as dev14 in articles no earlier round drew (twenty-first round), labelled",
    "dev22": "hits drawn as dev14 in articles no earlier round drew (twenty-second), labelled",
    "dev23": "hits drawn as dev14 in articles no earlier round drew (twenty-third), labelled",
    "dev24": "hits drawn as dev14 in articles no earlier round drew (twenty-fourth), labelled",
    "dev25": "hits drawn as dev14 in articles no earlier round drew (twenty-fifth), labelled",
    "dev26": "AllSides hits drawn as dev14 in new articles; Guardian/NYT, by-country and BASIL "
    "unsampled hits of dev-half articles with rows (twenty-sixth), labelled",
}


def audit_score_rows(scores: pd.DataFrame, *, date: str | None = None) -> pd.DataFrame:
    """The headline rows of :func:`score_audit` (``category == "all"``) as
    :func:`analysis.evaluation.scores.score_rows` rows (detector ``markers-audit``; the test
    split is held out: its errors were not read)."""
    from .scores import score_rows

    frames = []
    for r in scores[scores["category"] == "all"].itertuples(index=False):
        measures = {
            k: getattr(r, k)
            for k in (
                "precision_before",
                "precision_after",
                "wrong_removed",
                "right_kept",
                "reported_recognised",
                "voice_accuracy",
            )
            if not pd.isna(getattr(r, k))
        }
        frames.append(
            score_rows(
                "markers-audit",
                measures,
                n=int(r.n),
                gold_set="analysis/evaluation/audit/markers.csv",
                split=r.split,
                held_out=r.split == "test",
                note=_ROUND_NOTES.get(
                    r.split, "hits drawn from the lexicons before issue 17, labelled by hand"
                ),
                date=date,
            )
        )
    return pd.concat(frames, ignore_index=True)


def dev_errors(matched: pd.DataFrame, *, splits: tuple[str, ...] = ("dev3",)) -> pd.DataFrame:
    """The errors of development splits, to read for classes: wrong-sense hits still found and
    right-sense hits lost.  Held-out rows are refused.

    Parameters
    ----------
    matched
        Output of :func:`match_hits` (may hold every split: only ``splits`` are returned).
    splits
        Development splits to list; ``"test"`` raises.

    Returns
    -------
    DataFrame
        The rows of ``splits`` whose outcome is wrong, with ``error`` = ``"wrong_kept"`` or
        ``"right_lost"``.

    Raises
    ------
    FramingError
        ``splits`` names the held-out split.

    Examples
    --------
    >>> m = pd.DataFrame({"split": ["dev3", "dev3", "test"], "sense": ["wrong", "right", "wrong"],
    ...                   "found_after": [True, True, True]})
    >>> dev_errors(m)["error"].tolist()
    ['wrong_kept']
    """
    if "test" in splits:
        raise FramingError("dev_errors lists development errors only: the test split is held out.")
    g = matched[matched["split"].isin(splits)]
    found = g["found_after"].astype(bool)
    wrong_kept = (g["sense"] == "wrong") & found
    right_lost = (g["sense"] == "right") & ~found
    out = g[wrong_kept | right_lost]
    return out.assign(error=np.where(wrong_kept[out.index], "wrong_kept", "right_lost"))
