"""A learned reported-speech cue model, measured on PolNeAR ``train`` only (issue 18, round 30).

PolNeAR (PARC-style) annotates belief, intention, support and appearance cues (*wants,
believes, appears, support, sought*, noun cues *statement, claim, criticism* …) only some of the
time, so a surface table cannot tell which occurrences to take (rounds 15-28,
``lexicons/attribution_verbs.md``).  This module asks whether a small logistic regression over
the context of each candidate cue can.

Candidates
    Every word token of a train article outside the detector's direct quotations and not
    overlapping one of the detector's attribution cues, whose lower-case form is no function
    word (scikit-learn's English stop words, less the verbs among them: *call, find, see, seem,
    show* …) and lies inside at least :data:`MIN_CUE_COUNT` gold reported cues that the detector
    misses, counted on the training folds only.  A candidate is **positive** when it overlaps
    any gold cue (the attribution-precision rule of
    :func:`analysis.evaluation.attribution.evaluate_attribution`).
Features
    The form, a crude lemma, the previous and next one to three tokens (lower case, punctuation
    kept), the bigrams around it, whether *that* / *to* / a comma or colon / a quotation mark
    follows, whether a capitalised word, a pronoun or an *officials*-like noun precedes within
    four tokens, whether a determiner or possessive precedes, the position in the sentence,
    whether the sentence already has a detector attribution, and the distance to the nearest one.
Measure
    Article-grouped five-fold cross-validation (:class:`sklearn.model_selection.GroupKFold`) on
    train: for each probability threshold, the end metric when the model's positives (adjacent
    positives merged into one) are added to the detector's attributions: **reported cues found**
    (the detector's plus the gold reported cues the new ones overlap) and **attribution
    precision** (all attributions).  GO for shipping needs CV reported cues >= 0.62 at
    attribution precision >= 0.87 (the issue's held-out bar is 0.65 at 0.85).

Only ``train`` is read; the held-out ``dev`` split is never touched here.
``python -m analysis.evaluation.attribution_model`` prints the CV table and writes
``analysis/evaluation/measured/attribution-model-cv.csv``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..detect.quotes import analyse_quotes
from .attribution import REPORTED_KINDS
from .attribution_agreement import annotator_agreement
from .polnear import GoldArticle, annotator_sets, load_polnear

__all__ = [
    "candidate_table",
    "out_of_fold",
    "end_metric",
    "cv_frontier",
    "cv_table",
    "cv_path",
    "THRESHOLDS",
    "VARIANTS",
    "go_decision",
    "MIN_CUE_COUNT",
    "GO_RECALL",
    "GO_PRECISION",
]

#: A form is a candidate when it lies inside at least this many missed gold reported cues.
MIN_CUE_COUNT = 3
#: The go bar on train cross-validation (a margin over the held-out bar 0.65 at 0.85).
GO_RECALL, GO_PRECISION = 0.62, 0.87

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_KEEP_VERBS = frozenset(
    "call find see seem seemed seeming seems show describe give put keep move made".split()
)
_PRONOUNS = frozenset("he she they i we you who it".split())
_DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())
_GROUP_NOUNS = frozenset(
    "officials spokesman spokeswoman spokesperson aides advisers advisors sources experts "
    "analysts critics supporters voters republicans democrats officials lawmakers leaders "
    "administration campaign government ministry committee".split()
)
_QUOTE_MARKS = frozenset("\"“”‘’'")


def _stopwords() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) - _KEEP_VERBS


def _lemma(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def _overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def _features(
    toks: list[tuple[str, int, int]],
    low: list[str],
    i: int,
    sent: tuple[int, int],
    near: int,
    wide: bool,
) -> dict:
    """The feature dict of token ``i`` (``low``: the tokens in lower case; ``sent``: its
    sentence's token range, ``near``: token distance to the nearest detector cue of the
    sentence, -1 when none; ``wide``: also the bags of eight words either side and the lemma
    crossed with *that* / *to* after and a determiner before)."""
    w = low[i]
    f = {"w=" + w: 1, "lem=" + _lemma(w): 1, "cap": int(toks[i][0][:1].isupper())}
    lo, hi = sent
    for k in (1, 2, 3):
        f[f"p{k}=" + (low[i - k] if i - k >= lo else "<s>")] = 1
        f[f"n{k}=" + (low[i + k] if i + k < hi else "</s>")] = 1
    f["p1w=" + f"{low[i - 1] if i > lo else '<s>'}_{w}"] = 1
    f["wn1=" + f"{w}_{low[i + 1] if i + 1 < hi else '</s>'}"] = 1
    after = low[i + 1 : min(hi, i + 4)]
    f["that_after"] = int("that" in after[:2])
    f["to_after"] = int("to" in after[:2])
    f["punct_after=" + (after[0] if after and not after[0][0].isalnum() else "none")] = 1
    f["quote_after"] = int(any(t in _QUOTE_MARKS for t in low[i + 1 : min(hi, i + 6)]))
    before = range(max(lo, i - 4), i)
    f["name_before"] = int(any(toks[j][0][:1].isupper() and j > lo for j in before))
    f["pron_before"] = int(any(low[j] in _PRONOUNS for j in before))
    f["group_before"] = int(any(low[j] in _GROUP_NOUNS for j in before))
    f["det_before"] = int(i > lo and (low[i - 1] in _DETERMINERS or low[i - 1] in ("'s", "’s")))
    f["pos=" + str(min(i - lo, 6))] = 1
    f["near=" + ("none" if near < 0 else str(min(near, 8)))] = 1
    if not wide:
        return f
    for j in range(max(lo, i - 8), i):
        f["lb=" + low[j]] = 1
    for j in range(i + 1, min(hi, i + 9)):
        f["rb=" + low[j]] = 1
    f["lem_that=" + _lemma(w)] = f["that_after"]
    f["lem_to=" + _lemma(w)] = f["to_after"]
    f["lem_det=" + _lemma(w)] = f["det_before"]
    return f


def _sentences(toks: list[tuple[str, int, int]], text: str) -> list[tuple[int, int]]:
    """Token ranges of sentences: cut after . ? ! and at line breaks."""
    out, lo = [], 0
    for j in range(1, len(toks) + 1):
        end = j == len(toks)
        if not end:
            prev, cur = toks[j - 1], toks[j]
            end = prev[0] in (".", "?", "!") or "\n" in text[prev[2] : cur[1]]
        if end:
            out.append((lo, j))
            lo = j
    return out


def candidate_table(
    articles: Sequence[GoldArticle], *, analysed: dict | None = None, wide: bool = False
) -> tuple[pd.DataFrame, dict]:
    """Every non-function word outside quotations and detector cues, with features and labels.

    Parameters
    ----------
    articles
        PolNeAR train articles.
    analysed
        ``name -> (quotes, attributions)`` already computed (default: computed here).
    wide
        Add the wide features (bags of words either side, lemma crosses).

    Returns
    -------
    table : pandas.DataFrame
        One row per token: ``article``, ``start``, ``end``, ``form``, ``tok`` (token index),
        ``feats`` (dict), ``gold`` (overlaps any gold cue) and ``missed`` (ids of the missed
        gold reported cues it overlaps).
    base : dict
        The detector's own figures: ``n_reported``, ``found``, ``n_attributions``, ``correct``.
    """
    stop = _stopwords()
    rows, base = [], Counter()
    for art in articles:
        text = art.text
        quotes, attrs = analysed[art.name] if analysed is not None else analyse_quotes(text)
        direct = [(q.start, q.end) for q in quotes if q.kind == "direct"]
        cues = [(a.verb_start, a.verb_end) for a in attrs]
        gold_cues = [c for g in art.attributions for c in g.cue]
        reported = [g for g in art.attributions if g.kind in REPORTED_KINDS]
        missed = [
            (f"{art.name}#{k}", g.cue)
            for k, g in enumerate(reported)
            if not any(_overlaps(s, e, g.cue) for s, e in cues)
        ]
        base["n_reported"] += len(reported)
        base["found"] += len(reported) - len(missed)
        base["n_attributions"] += len(attrs)
        base["correct"] += sum(_overlaps(s, e, gold_cues) for s, e in cues)
        toks = [(m.group(), *m.span()) for m in _TOKEN.finditer(text)]
        low = [t[0].lower() for t in toks]
        cue_toks = [j for j, t in enumerate(toks) if _overlaps(t[1], t[2], cues)]
        for lo, hi in _sentences(toks, text):
            here = [j for j in cue_toks if lo <= j < hi]
            for i in range(lo, hi):
                w, s, e = toks[i]
                lw = w.lower()
                if not w[0].isalpha() or lw in stop or len(lw) < 3:
                    continue
                if _overlaps(s, e, direct) or _overlaps(s, e, cues):
                    continue
                near = min((abs(j - i) for j in here), default=-1)
                rows.append(
                    {
                        "article": art.name,
                        "start": s,
                        "end": e,
                        "form": lw,
                        "tok": i,
                        "feats": _features(toks, low, i, (lo, hi), near, wide),
                        "gold": _overlaps(s, e, gold_cues),
                        "missed": tuple(m for m, c in missed if _overlaps(s, e, c)),
                    }
                )
    cols = ["article", "start", "end", "form", "tok", "feats", "gold", "missed"]
    return pd.DataFrame(rows, columns=cols), dict(base)


def _vocabulary(table: pd.DataFrame) -> set[str]:
    """Forms inside at least :data:`MIN_CUE_COUNT` distinct missed gold reported cues."""
    ids: dict[str, set[str]] = {}
    for form, missed in zip(table["form"], table["missed"]):
        if missed:
            ids.setdefault(form, set()).update(missed)
    return {f for f, s in ids.items() if len(s) >= MIN_CUE_COUNT}


def _fit(table: pd.DataFrame, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform(table["feats"])
    model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
    model.fit(x, table["gold"].astype(int))
    return vec, model


def out_of_fold(table: pd.DataFrame, *, folds: int = 5, c: float = 1.0) -> pd.Series:
    """Out-of-fold probabilities of :func:`candidate_table` rows.

    Parameters
    ----------
    table
        The candidate table.
    folds
        Article-grouped folds (:class:`sklearn.model_selection.GroupKFold`).
    c
        The inverse regularisation strength of the logistic regression.

    Returns
    -------
    pandas.Series
        The probability of each row, fitted without its article; rows whose form is outside
        the vocabulary of the training folds (:data:`MIN_CUE_COUNT`) get 0.
    """
    from sklearn.model_selection import GroupKFold

    prob = pd.Series(0.0, index=table.index)
    for tr, te in GroupKFold(n_splits=folds).split(table, groups=table["article"]):
        train, test = table.iloc[tr], table.iloc[te]
        vocab = _vocabulary(train)
        train = train[train["form"].isin(vocab)]
        test = test[test["form"].isin(vocab)]
        vec, model = _fit(train, c)
        prob[test.index] = model.predict_proba(vec.transform(test["feats"]))[:, 1]
    return prob


def end_metric(table: pd.DataFrame, chosen: pd.Series, base: dict) -> dict:
    """The end metric when the chosen candidates are added to the detector's attributions.

    Parameters
    ----------
    table
        The candidate table (:func:`candidate_table`).
    chosen
        Boolean mask of the rows taken as cues; adjacent chosen tokens of an article are one
        attribution, correct when any of its tokens overlaps a gold cue.
    base
        The detector's figures (:func:`candidate_table`).

    Returns
    -------
    dict
        ``new_attributions``, ``new_correct``, ``new_found`` (missed gold reported cues now
        overlapped), ``reported_recall`` and ``attribution_precision``.

    Examples
    --------
    >>> t = pd.DataFrame({"article": ["a", "a", "a"], "tok": [3, 4, 9],
    ...                   "gold": [True, False, False], "missed": [("a#0",), (), ()]})
    >>> base = {"n_reported": 4, "found": 1, "n_attributions": 2, "correct": 2}
    >>> end_metric(t, pd.Series([True, True, True]), base)
    {'new_attributions': 2, 'new_correct': 1, 'new_found': 1, 'reported_recall': 0.5, \
'attribution_precision': 0.75}
    """
    sel = table[chosen].sort_values(["article", "tok"])
    units = correct = 0
    found: set[str] = set()
    last = (None, -9)
    unit_gold = False
    for art, tok, gold, missed in zip(sel["article"], sel["tok"], sel["gold"], sel["missed"]):
        if art != last[0] or tok - last[1] > 1:
            correct += unit_gold
            units += 1
            unit_gold = False
        unit_gold = unit_gold or bool(gold)
        found.update(missed)
        last = (art, tok)
    correct += unit_gold
    n_attr = base["n_attributions"] + units
    return {
        "new_attributions": units,
        "new_correct": int(correct),
        "new_found": len(found),
        "reported_recall": (base["found"] + len(found)) / base["n_reported"],
        "attribution_precision": (base["correct"] + correct) / n_attr,
    }


#: The thresholds of the CV table, high to low.
THRESHOLDS: tuple[float, ...] = tuple(x / 20 for x in range(19, 7, -1))


def cv_frontier(
    table: pd.DataFrame,
    base: dict,
    *,
    folds: int = 5,
    c: float = 1.0,
    thresholds: Sequence[float] = THRESHOLDS,
) -> pd.DataFrame:
    """The end metric at each probability threshold, from out-of-fold probabilities.

    Parameters
    ----------
    table, base
        From :func:`candidate_table`.
    folds, c
        As in :func:`out_of_fold`.
    thresholds
        Probability thresholds (a candidate is taken at ``>=``).

    Returns
    -------
    pandas.DataFrame
        One row per threshold with the :func:`end_metric` columns; first the detector alone
        (``threshold`` ``inf``), last the ceiling of the candidate set (``-1``: every
        candidate in the vocabulary that overlaps a gold cue).
    """
    prob = out_of_fold(table, folds=folds, c=c)
    rows = [{"threshold": float("inf"), **end_metric(table, prob > 2, base)}]
    for t in thresholds:
        rows.append({"threshold": t, **end_metric(table, prob >= t, base)})
    rows.append({"threshold": -1.0, **end_metric(table, (prob > 0) & table["gold"], base)})
    return pd.DataFrame(rows)


def go_decision(frontier: pd.DataFrame) -> tuple[bool, float]:
    """Whether a threshold reaches :data:`GO_RECALL` at :data:`GO_PRECISION` or more.

    Parameters
    ----------
    frontier
        A :func:`cv_frontier` table.

    Returns
    -------
    go : bool
    best : float
        The best reported-cue recall of a threshold at the precision bar (0 when none).

    Examples
    --------
    >>> f = pd.DataFrame({"threshold": [0.9, 0.5, -1.0], "reported_recall": [0.55, 0.63, 0.8],
    ...                   "attribution_precision": [0.88, 0.84, 0.92]})
    >>> go_decision(f)
    (False, 0.55)
    """
    ok = frontier[
        (frontier["threshold"] >= 0) & (frontier["attribution_precision"] >= GO_PRECISION)
    ]
    best = float(ok["reported_recall"].max()) if len(ok) else 0.0
    return best >= GO_RECALL, best


#: The variants measured: (features, C).
VARIANTS: tuple[tuple[str, float], ...] = (
    ("narrow", 1.0),
    ("narrow", 0.3),
    ("wide", 1.0),
    ("wide", 0.3),
)


def cv_table(articles: Sequence[GoldArticle] | None = None) -> pd.DataFrame:
    """The CV frontier of every variant in :data:`VARIANTS` on PolNeAR ``train``.

    Parameters
    ----------
    articles
        Train articles (default: :func:`analysis.evaluation.polnear.load_polnear` ``"train"``).

    Returns
    -------
    pandas.DataFrame
        The :func:`cv_frontier` rows with ``features`` and ``C`` in front.
    """
    arts = list(articles) if articles is not None else load_polnear("train")
    analysed = {a.name: analyse_quotes(a.text) for a in arts}
    out = []
    for wide in (False, True):
        table, base = candidate_table(arts, analysed=analysed, wide=wide)
        for name, c in VARIANTS:
            if (name == "wide") == wide:
                f = cv_frontier(table, base, c=c)
                out.append(f.assign(features=name, C=c))
    cols = ["features", "C"]
    res = pd.concat(out, ignore_index=True)
    return res[cols + [k for k in res.columns if k not in cols]]


def cv_path() -> Path:
    """Where the CV table is written: ``measured/experiments/attribution-model-cv.csv``."""
    return Path(__file__).parent / "measured" / "experiments" / "attribution-model-cv.csv"


if __name__ == "__main__":  # pragma: no cover
    res = cv_table()
    path = cv_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    res.round(4).to_csv(path, index=False)
    print(res.round(4).to_string(index=False))
    sets = annotator_sets("train")
    print("two annotators:", annotator_agreement(sets))
    texts = {a.name: a.text for a in load_polnear("train") if a.name in sets}
    cues = {n: [(a.verb_start, a.verb_end) for a in analyse_quotes(t)[1]] for n, t in texts.items()}
    print("the detector against each annotator:", annotator_agreement(sets, cues))
    for (name, c), part in res.groupby(["features", "C"], sort=False):
        go, best = go_decision(part)
        print(name, c, "GO" if go else "NO GO", round(best, 4))
