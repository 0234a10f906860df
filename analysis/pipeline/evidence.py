"""The words behind the numbers: the evidence table and the text of each voice."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..errors import FramingError, check_corpus_frame
from ..text.typography import MARK_LIKE
from .article import ArticleAnalysis, analyse_article, authorial_text
from .featurize import article_inputs

__all__ = [
    "spans",
    "reported_stretches",
    "reported_source",
    "texts_for_voice",
    "voice_text",
    "analyse_corpus",
    "SPAN_COLUMNS",
]

#: Columns of the evidence table.
SPAN_COLUMNS = [
    "article_id",
    "outlet",
    "family",
    "category",
    "subcategory",
    "start",
    "end",
    "text",
    "voice",
    "term",
    "speaker",
    "verb",
    "stance",
]


def analyse_corpus(
    corpus: pd.DataFrame, *, lexicons: Any = None, rules: str = "boilerplate.csv"
) -> list[ArticleAnalysis]:
    """The per-article route on every row of a corpus as loaded, in order (spans kept);
    ``rules``: the cleaning's boilerplate table (:func:`~analysis.pipeline.analyse_article`).

    Examples
    --------
    >>> from analysis import load_corpus
    >>> [a.status for a in analyse_corpus(load_corpus())][:2]
    ['ok', 'ok']
    """
    return [
        analyse_article(t, title=ti, load_issue=li, lexicons=lexicons, rules=rules)
        for t, ti, li in article_inputs(corpus)
    ]


def voice_text(body: str, quotes: list[Any], voice: str) -> str:
    """The text of one voice of an article: ``"author"`` (quotations blanked out, same
    offsets), ``"quoted"`` (the quotations joined) or ``"all"`` (the body).

    Examples
    --------
    >>> from analysis import find_quotes
    >>> body = 'He said "we will win" today.'
    >>> voice_text(body, find_quotes(body), "quoted")
    'we will win'
    """
    if voice == "all":
        return body
    if voice == "author":
        return authorial_text(body, quotes)
    if voice == "quoted":
        return " \n".join(q.text for q in quotes)
    raise FramingError(f"voice must be 'author', 'quoted' or 'all', not {voice!r}")


#: Characters a stretch of reported speech does not begin or end with: quotation marks (the
#: quotation's own, left beside it when it is cut out), spaces and the joints of a clause.
STRETCH_EDGES = MARK_LIKE + " \t\n\u00a0,;:\u2014\u2013-("


def reported_stretches(body: str, voices: Any, attributions: Any = ()) -> list[tuple[int, int]]:
    """The stretches of ``body`` shown as reported speech: the reported voice
    (:meth:`~analysis.detect.voice.VoiceSpans.reported_only`) without the attributions in it
    (speaker and reporting verb are the outlet's words, voice ``author`` in the evidence table)
    and without quotation marks, spaces or clause joints at either end; stretches with no
    letter or digit left are dropped.  A marker inside an attribution can still have voice
    ``reported`` (:mod:`analysis.detect.voice` counts some reporting verbs in their own
    content: "Paul, of course, thinks the opposite"); it lies outside these stretches.

    Parameters
    ----------
    body : str
        The cleaned body the offsets point into.
    voices : VoiceSpans or None
        The voices of the body (``ArticleAnalysis.voices``).
    attributions : iterable of Attribution
        The attributions of the body (``start``/``end``: speaker and verb).

    Returns
    -------
    list of (int, int)

    Examples
    --------
    >>> from analysis.detect.voice import VoiceSpans
    >>> from analysis.detect.quotes import find_attributions
    >>> body = '"We won," Conway said. She said the race was over.'
    >>> v = VoiceSpans(([1], [8]), ([8, 27], [22, 50]))
    >>> [body[s:e] for s, e in reported_stretches(body, v, find_attributions(body))]
    ['the race was over.']
    """
    if voices is None:
        return []
    cuts = sorted((int(a.start), int(a.end)) for a in attributions or ())
    out: list[tuple[int, int]] = []
    for s, e in voices.reported_only():
        for cs, ce in cuts:
            if cs < e and ce > s:
                if cs > s:
                    out.extend(_trimmed(body, s, cs))
                s = max(s, ce)
        out.extend(_trimmed(body, s, e))
    return out


def reported_source(start: int, end: int, attributions: Any) -> Any:
    """The attribution whose reported content overlaps the stretch ``start:end`` (the one
    with the shortest content when several do), or ``None``: whose words a stretch of
    :func:`reported_stretches` is.

    Parameters
    ----------
    start, end : int
        The stretch's offsets.
    attributions : iterable of Attribution
        The attributions of the body (``content_start``/``content_end``).

    Returns
    -------
    Attribution or None

    Examples
    --------
    >>> from analysis.detect.quotes import find_attributions
    >>> body = "Officials said that the talks had failed."
    >>> reported_source(15, 41, find_attributions(body)).speaker
    'Officials'
    """
    best, width = None, 0
    for a in attributions or ():
        cs, ce = getattr(a, "content_start", None), getattr(a, "content_end", None)
        if cs is None or ce is None or not (0 <= cs < end and ce > start):
            continue
        if best is None or ce - cs < width:
            best, width = a, ce - cs
    return best


def _trimmed(body: str, s: int, e: int) -> list[tuple[int, int]]:
    while s < e and body[s] in STRETCH_EDGES:
        s += 1
    while e > s and body[e - 1] in STRETCH_EDGES:
        e -= 1
    return [(s, e)] if any(c.isalnum() for c in body[s:e]) else []


def _reported_rows(base: dict[str, Any], res: ArticleAnalysis) -> list[dict[str, Any]]:
    """Rows of family ``reported``: the stretches of the body shown as reported speech
    (:func:`reported_stretches`)."""
    body = res.body
    return [
        {
            **base,
            "family": "reported",
            "category": "reported speech",
            "subcategory": "",
            "start": s,
            "end": e,
            "text": body[s:e],
            "voice": "reported",
            **_source_fields(reported_source(s, e, res.attributions)),
        }
        for s, e in reported_stretches(body, res.voices, res.attributions)
    ]


def _source_fields(a: Any) -> dict[str, Any]:
    """Speaker, verb and stance of a reported stretch's attribution (empty without one)."""
    if a is None:
        return {}
    return {"speaker": a.resolved or a.speaker, "verb": a.verb, "stance": a.stance}


def _evidence_rows(base: dict[str, Any], res: ArticleAnalysis) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if res.article is not None:
        for line, reason in res.article.removed:
            rows.append(
                {
                    **base,
                    "family": "removed",
                    "category": reason,
                    "subcategory": "",
                    "start": -1,
                    "end": -1,
                    "text": line,
                    "voice": "",
                }
            )
    for q in res.quotes:
        rows.append(
            {
                **base,
                "family": "quote",
                "category": q.kind,
                "subcategory": q.side or "",
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "voice": "quoted",
                "speaker": q.speaker,
                "verb": q.verb,
                "stance": q.stance,
            }
        )
    rows.extend(_reported_rows(base, res))
    for a in res.attributions:
        rows.append(
            {
                **base,
                "family": "attribution",
                "category": a.stance or "unknown",
                "subcategory": "",
                "start": a.start,
                "end": a.end,
                "text": a.text,
                "voice": "author",
                # who speaks, as in the quote and reported rows: the resolved name when there is
                # one ("who said" -> "Sen. Susan Collins"); the words as written are in `text`
                **_source_fields(a),
            }
        )
    for m in res.markers:
        rows.append(
            {
                **base,
                "family": "marker",
                "category": m.category,
                "subcategory": m.subcategory,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "voice": m.voice,
                "term": m.term,
            }
        )
    for decision in res.frames.values():
        for e in decision.evidence:
            rows.append(
                {
                    **base,
                    "family": "frame",
                    "category": e.frame,
                    "subcategory": e.question,
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                    "voice": e.voice,
                    "term": "; ".join(c.text for c in e.cues),
                }
            )
    return rows


def spans(corpus: pd.DataFrame, *, lexicons: Any = None) -> pd.DataFrame:
    """The evidence table: every span behind every feature, one row per span.

    Parameters
    ----------
    corpus
        The corpus as loaded (raw ``text``).
    lexicons
        As for :func:`analysis.featurize`.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, outlet, family, category, subcategory, start, end, text, voice,
        term, speaker, verb, stance``.  ``family`` is ``quote`` (category ``direct``/``scare``),
        ``attribution`` (category = stance class), ``reported`` (a stretch of reported speech
        outside quotation marks, :func:`reported_stretches`: the words whose markers have voice
        ``reported``, but for a reporting verb the voice detector counts in its own content,
        "Paul, of course, thinks the opposite"; speaker, verb and stance of its attribution,
        :func:`reported_source`), ``marker``
        (category ``loaded``, ``naming``, ``hedge``, ``booster``, ``evidential``), ``frame``
        (an evidence sentence of a generic frame: category = frame, subcategory = question
        id, term = the cues in it, joined by ``"; "``) or ``removed`` (cleaning; category =
        reason, offsets -1).  Offsets are into the cleaned ``body``
        (``clean_corpus(corpus)["body"]``): ``body[start:end] == text``.  ``speaker`` is who
        speaks in every family: the resolved name when the words as written are a pronoun or a
        description that resolves ("who said" -> "Sen. Susan Collins"), else the phrase.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> ev = spans(load_corpus())
    >>> sorted(ev["family"].unique())
    ['attribution', 'frame', 'marker', 'quote', 'removed', 'reported']
    """
    check_corpus_frame(corpus, what="spans")
    n = len(corpus)
    ids = (
        corpus["article_id"].astype(str).tolist()
        if "article_id" in corpus.columns
        else [str(i) for i in range(n)]
    )
    outlets = corpus["outlet"].astype(str).tolist() if "outlet" in corpus.columns else [""] * n
    rows: list[dict[str, Any]] = []
    for aid, outlet, res in zip(ids, outlets, analyse_corpus(corpus, lexicons=lexicons)):
        rows.extend(_evidence_rows({"article_id": aid, "outlet": outlet}, res))
    df = pd.DataFrame.from_records(rows, columns=SPAN_COLUMNS)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    return df


def texts_for_voice(corpus: pd.DataFrame, voice: str = "author") -> list[str]:
    """The cleaned text of each article in one voice, for term statistics.

    Parameters
    ----------
    corpus
        The corpus as loaded, or after :func:`analysis.clean_corpus` (its ``body`` is reused).
    voice
        ``"author"`` (quotations blanked out), ``"quoted"`` (only the quotations), or
        ``"all"`` (the whole cleaned body).

    Returns
    -------
    list of str, one per row, in order.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> rt = texts_for_voice(load_corpus().tail(1), "author")[0]
    >>> "genocide" in rt, "Kiev" in rt
    (False, True)
    """
    if voice not in ("author", "quoted", "all"):
        raise ValueError(f"voice must be 'author', 'quoted' or 'all', not {voice!r}")
    if "body" not in corpus.columns:
        return [voice_text(a.body, a.quotes, voice) for a in analyse_corpus(corpus)]
    from ..detect.quotes import find_quotes

    bodies = [b if isinstance(b, str) else "" for b in corpus["body"]]
    return [b if voice == "all" else voice_text(b, find_quotes(b), voice) for b in bodies]
