"""Evaluate speakers, reporting verbs and reported speech on PolNeAR.

Gold: :func:`analysis.evaluation.polnear.load_polnear` (every attribution typed ``direct``,
``mixed``, ``indirect`` or ``according_to`` from its content).  ``train`` is the development
split (error classes were read there only); ``dev`` is held out.  Predictions:
:func:`analysis.detect.quotes.analyse_quotes` on the article text as given.

Measures
--------
Quotations (gold ``direct`` and ``mixed``: content with quotation marks)
    The detected direct quotation that overlaps most of the gold content's quoted characters
    answers for it.  **Speaker right**: its speaker phrase (as written) overlaps the gold source
    span, or the head word (last word, possessive stripped, lower case) of the gold source
    equals the head word of our phrase as written or resolved (a pronoun counts only by
    overlap).  **Verb right**: its cue overlaps the gold cue span.  A gold quotation we miss, or
    give no speaker, counts as wrong: the denominator is every gold quotation.
Direct-quote characters
    Letters and digits inside the gold quotations' quoted parts versus inside our ``direct``
    quotations: precision, recall, F1 (measured in each house style of
    :data:`analysis.evaluation.quotes.STYLES`).
Reported speech (gold ``indirect`` and ``according_to``: no quotation marks)
    **Cue found**: one of our attributions' cue overlaps the gold cue (recall).  **Attribution
    precision**: the share of all our attributions whose cue overlaps any gold cue.  On found
    cues: source right (as for quotations) and the content's token overlap (F1 of word tokens
    of our ``content`` span against the gold content).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..detect.quotes import analyse_quotes
from .polnear import GoldArticle, load_polnear, quoted_regions
from .quotes import restyle

__all__ = ["evaluate_attribution", "same_source", "QUOTED_KINDS", "REPORTED_KINDS"]

#: Gold kinds scored as quotations and as reported speech.
QUOTED_KINDS = ("direct", "mixed")
REPORTED_KINDS = ("indirect", "according_to")

_WORD = re.compile(r"[\w’'-]+")
_PRONOUNS = frozenset("he she they it we i you him her them us me".split())
_TOK = re.compile(r"\w+")


def _overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return a >= 0 and any(a < e and s < b for s, e in spans)


def _head(phrase: str | None) -> str:
    words = _WORD.findall(phrase or "")
    if not words:
        return ""
    w = words[-1].lower()
    return re.sub(r"['’]s?$", "", w)


def same_source(
    text: str, start: int, end: int, resolved: str | None, gold: Sequence[tuple[int, int]]
) -> bool:
    """Whether a predicted speaker agrees with a gold source span (module docstring).

    Examples
    --------
    >>> t = "Clinton spoke. Hillary Clinton said so."
    >>> same_source(t, 15, 30, "Hillary Clinton", [(0, 7)])
    True
    >>> same_source(t, 15, 30, "Hillary Clinton", [])
    False
    """
    if start < 0 or not gold:
        return False
    if _overlaps(start, end, gold):
        return True
    g = _head(" ".join(text[a:b] for a, b in gold))
    if not g or g in _PRONOUNS:
        return False
    return g in (_head(text[start:end]), _head(resolved))


def _positions(text: str, spans) -> set[int]:
    return {i for a, b in spans for i in range(a, b) if text[i].isalnum()}


def _quoted_part(content, regions) -> list[tuple[int, int]]:
    out = []
    for a, b in content:
        for s, e in regions:
            if s < b and a < e:
                out.append((max(a, s), min(b, e)))
    return out


def _token_f1(text: str, pred: tuple[int, int], gold) -> float:
    if pred[0] < 0:
        return 0.0
    p = Counter(_TOK.findall(text[pred[0] : pred[1]].lower()))
    g = Counter(t for a, b in gold for t in _TOK.findall(text[a:b].lower()))
    common = sum((p & g).values())
    if not common:
        return 0.0
    pr, rc = common / sum(p.values()), common / sum(g.values())
    return 2 * pr * rc / (pr + rc)


def _cue_text(text: str, spans) -> str:
    return " ".join(" ".join(text[a:b].lower().split()) for a, b in spans)


def _score_quotations(art: GoldArticle, text: str, quotes, regions) -> list[dict]:
    direct = [q for q in quotes if q.kind == "direct"]
    rows = []
    for g in art.attributions:
        if g.kind not in QUOTED_KINDS:
            continue
        part = _quoted_part(g.content, regions)
        gpos = _positions(text, part)
        best, best_n = None, 0
        for q in direct:
            n = len(gpos & _positions(text, [(q.start, q.end)]))
            if n > best_n:
                best, best_n = q, n
        if best is None:
            sp_ok = vb_ok = False
            cls = "quotation not found"
        else:
            sp_ok = same_source(text, best.speaker_start, best.speaker_end, best.speaker, g.source)
            vb_ok = _overlaps(best.verb_start, best.verb_end, g.cue)
            cls = (
                "right" if sp_ok else ("no speaker" if best.speaker_start < 0 else "wrong speaker")
            )
        rows.append(
            dict(
                article=art.name,
                publisher=art.publisher,
                kind=g.kind,
                speaker_ok=sp_ok,
                verb_ok=vb_ok,
                speaker_class=cls,
                gold_source=_cue_text(text, g.source),
                gold_cue=_cue_text(text, g.cue),
                pred_speaker=None if best is None else best.speaker,
                pred_written=None
                if best is None or best.speaker_start < 0
                else text[best.speaker_start : best.speaker_end],
                pred_verb=None if best is None else best.verb,
                quote=text[part[0][0] : part[-1][1]][:120] if part else "",
            )
        )
    return rows


def _score_reported(art: GoldArticle, text: str, attrs) -> tuple[list[dict], list[dict]]:
    gold_rows, pred_rows = [], []
    all_cues = [c for g in art.attributions for c in g.cue]
    for g in art.attributions:
        if g.kind not in REPORTED_KINDS:
            continue
        hit = next((a for a in attrs if _overlaps(a.verb_start, a.verb_end, g.cue)), None)
        gold_rows.append(
            dict(
                article=art.name,
                publisher=art.publisher,
                kind=g.kind,
                found=hit is not None,
                source_ok=hit is not None
                and same_source(text, hit.speaker_start, hit.speaker_end, hit.resolved, g.source),
                content_f1=0.0
                if hit is None
                else _token_f1(text, (hit.content_start, hit.content_end), g.content),
                gold_cue=_cue_text(text, g.cue),
                gold_source=_cue_text(text, g.source),
                pred_kind=None if hit is None else hit.kind,
                pred_verb=None if hit is None else hit.verb.lower(),
                context=text[max(0, g.cue[0][0] - 80) : g.cue[-1][1] + 40].replace("\n", " "),
            )
        )
    for a in attrs:
        pred_rows.append(
            dict(
                article=art.name,
                publisher=art.publisher,
                kind=a.kind,
                verb=a.verb.lower(),
                correct=_overlaps(a.verb_start, a.verb_end, all_cues),
                context=text[max(0, a.start - 60) : a.end + 60].replace("\n", " "),
            )
        )
    return gold_rows, pred_rows


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate_attribution(
    split: str = "dev",
    root: str | Path | None = None,
    *,
    style: str = "as_is",
    articles: Sequence[GoldArticle] | None = None,
    verbs=None,
    actors=None,
) -> dict:
    """Score speakers, cues and reported speech against one PolNeAR split.

    Parameters
    ----------
    split
        ``"train"`` (development) or ``"dev"`` (held out).
    root
        The ``attribution-polnear`` folder (default ``../shared/validation/...``).
    style
        Retypeset the double quotation marks first (:func:`analysis.evaluation.quotes.restyle`;
        the gold offsets do not move).
    articles
        Already loaded articles (skips reading).
    verbs, actors
        The tables, as in :func:`analysis.detect.quotes.find_quotes` (default: the bundled ones).

    Returns
    -------
    dict
        ``speaker_accuracy``, ``verb_accuracy`` and ``n_quotations`` (gold quotations);
        ``direct_speaker_accuracy`` / ``direct_verb_accuracy`` (gold ``direct`` only);
        ``char_precision``, ``char_recall``, ``char_f1`` (direct-quote characters);
        ``reported_recall`` (cues found), ``n_reported``, ``attribution_precision`` (all our
        attributions), ``n_attributions``, ``reported_source_accuracy`` and
        ``reported_content_f1`` (on found cues); DataFrames ``quotations``, ``reported`` and
        ``predicted`` (one row per gold quotation, gold reported attribution and prediction,
        for the error tables).

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> p = shared_path("validation", "attribution-polnear")
    >>> p is None or evaluate_attribution("dev", p)["n_quotations"] > 500
    True
    """
    arts = list(articles) if articles is not None else load_polnear(split, root)
    qrows, grows, prows = [], [], []
    tp = cp = cg = 0
    for art in arts:
        text = restyle(art.text, style)
        quotes, attrs = analyse_quotes(text, verbs=verbs, actors=actors)
        regions = quoted_regions(art.text)
        qrows += _score_quotations(art, text, quotes, regions)
        g, p = _score_reported(art, text, attrs)
        grows += g
        prows += p
        gpos = _positions(
            text,
            [
                s
                for a in art.attributions
                if a.kind in QUOTED_KINDS
                for s in _quoted_part(a.content, regions)
            ],
        )
        ppos = _positions(text, [(q.start, q.end) for q in quotes if q.kind == "direct"])
        tp, cp, cg = tp + len(gpos & ppos), cp + len(ppos), cg + len(gpos)
    qdf, gdf, pdf = pd.DataFrame(qrows), pd.DataFrame(grows), pd.DataFrame(prows)
    chars = _prf(tp, cp, cg)
    direct = qdf[qdf["kind"] == "direct"] if len(qdf) else qdf
    found = gdf[gdf["found"]] if len(gdf) else gdf
    return {
        "split": split,
        "style": style,
        "n_articles": len(arts),
        "n_quotations": len(qdf),
        "speaker_accuracy": float(qdf["speaker_ok"].mean()) if len(qdf) else 0.0,
        "verb_accuracy": float(qdf["verb_ok"].mean()) if len(qdf) else 0.0,
        "direct_speaker_accuracy": float(direct["speaker_ok"].mean()) if len(direct) else 0.0,
        "direct_verb_accuracy": float(direct["verb_ok"].mean()) if len(direct) else 0.0,
        "char_precision": chars["precision"],
        "char_recall": chars["recall"],
        "char_f1": chars["f1"],
        "n_reported": len(gdf),
        "reported_recall": float(gdf["found"].mean()) if len(gdf) else 0.0,
        "n_attributions": len(pdf),
        "attribution_precision": float(pdf["correct"].mean()) if len(pdf) else 0.0,
        "reported_source_accuracy": float(found["source_ok"].mean()) if len(found) else 0.0,
        "reported_content_f1": float(found["content_f1"].mean()) if len(found) else 0.0,
        "quotations": qdf,
        "reported": gdf,
        "predicted": pdf,
    }
