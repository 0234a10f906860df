"""Keyword in context: every sentence with a word, by outlet and voice, searchable in the page.

:func:`kwic_sentences` cuts the cleaned bodies of a corpus (or of a seeded sample of it,
balanced across outlets and bounded in characters) into sentences and records which parts of
each sentence are in which **voice** (the outlet's own words, quoted words, and any other voice
region the evidence table carries, such as reported speech).  :func:`kwic` searches them in
Python; :func:`kwic_html` embeds them in a report page with a search form that runs in the
browser, offline (``static/framing.js``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .blocks import HTMLBlock
from .evidence_links import article_bodies, article_ids
from .interactive import json_script

__all__ = ["VOICES", "VOICE_REGIONS", "kwic_sentences", "kwic", "kwic_html"]

#: Voices in display order; a sentence's words are ``author`` unless a voice region covers them.
VOICES = ("author", "quoted", "reported")

#: Evidence families whose spans are voice regions (their ``voice`` column names the voice).
VOICE_REGIONS = ("quote", "reported")

#: Characters of sentence text embedded by default (about 3 MB in the page).
DEFAULT_MAX_CHARS = 3_000_000


def _sample_articles(
    corpus: Any, *, by: str, max_chars: int, random_state: int
) -> tuple[list[int], dict[str, tuple[int, int]]]:
    """Row positions of a seeded sample, drawn outlet by outlet in turn until ``max_chars``
    of raw text; and per outlet (articles kept, articles in all)."""
    import numpy as np

    rng = np.random.default_rng(random_state)
    groups = corpus[by].astype(str).tolist()
    lengths = [len(t) if isinstance(t, str) else 0 for t in corpus["text"]]
    queues: dict[str, list[int]] = {}
    for pos, g in enumerate(groups):
        queues.setdefault(g, []).append(pos)
    order = {g: list(rng.permutation(q)) for g, q in sorted(queues.items())}
    kept: list[int] = []
    total, rnd, full = 0, 0, False
    while not full and any(rnd < len(q) for q in order.values()):
        for q in order.values():
            if rnd < len(q):
                if total + lengths[q[rnd]] > max_chars and kept:
                    full = True
                    break
                kept.append(int(q[rnd]))
                total += lengths[q[rnd]]
        rnd += 1
    kept.sort()
    counts = {g: (sum(groups[p] == g for p in kept), len(q)) for g, q in sorted(queues.items())}
    return kept, counts


def _regions(evidence: Any, families: Sequence[str]) -> dict[str, list[tuple[int, int, str]]]:
    """Voice regions per article id from the evidence table."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    if evidence is None:
        return out
    rows = evidence[evidence["family"].isin(list(families)) & (evidence["start"] >= 0)]
    for aid, s, e, v in zip(
        rows["article_id"].astype(str), rows["start"], rows["end"], rows["voice"]
    ):
        out.setdefault(aid, []).append((int(s), int(e), str(v)))
    return out


def kwic_sentences(
    corpus: Any,
    evidence: Any = None,
    *,
    by: str = "outlet",
    max_chars: int | None = DEFAULT_MAX_CHARS,
    random_state: int = 0,
    voice_regions: Sequence[str] = VOICE_REGIONS,
) -> Any:
    """The sentences of a corpus (or of a balanced, seeded sample), with their voice regions.

    Parameters
    ----------
    corpus
        The corpus as loaded.
    evidence
        Its evidence table (:func:`analysis.spans`), for the quotations (and any other voice
        region); computed on the sampled articles when ``None``.
    by
        Group column (outlet).
    max_chars
        Raw characters of text at most: articles are drawn at random, one per group in turn,
        until the next would pass it.  ``None``: every article.
    random_state
        Seed of the sample.
    voice_regions
        Evidence families whose spans set the voice of the words they cover.

    Returns
    -------
    pandas.DataFrame
        One row per sentence: ``article_id, <by>, title, sentence, voices`` (a list of
        ``(start, end, voice)`` within the sentence; words outside them are ``author``).
        ``attrs``: ``sample`` (group -> (articles kept, articles)), ``n_articles``, ``n_total``,
        ``max_chars``, ``random_state``, ``by``.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": [""],
    ...                   "text": ['Officials said "the war is over". Others disagreed.']})
    >>> s = kwic_sentences(c)
    >>> s[["sentence", "voices"]].values.tolist()
    [['Officials said "the war is over".', [(16, 31, 'quoted')]], ['Others disagreed.', []]]
    """
    import pandas as pd

    from ..text import split_sentences

    limit = max_chars if max_chars is not None else sum(len(str(t)) for t in corpus["text"])
    kept, sample = _sample_articles(corpus, by=by, max_chars=limit, random_state=random_state)
    sub = corpus.iloc[kept].reset_index(drop=True)
    ids = [article_ids(corpus)[p] for p in kept]
    if evidence is None:
        from ..pipeline import spans

        evidence = spans(sub.assign(article_id=ids))
    regions = _regions(evidence, voice_regions)
    bodies = article_bodies(sub.assign(article_id=ids), ids)
    rows = []
    for aid, group in zip(ids, sub[by].astype(str)):
        title, body = bodies.get(aid, ("", ""))
        for s, e in split_sentences(body):
            runs = [
                (max(a, s) - s, min(b, e) - s, v)
                for a, b, v in regions.get(aid, ())
                if a < e and b > s and v != "author"
            ]
            rows.append((aid, group, title, body[s:e], sorted(runs)))
    out = pd.DataFrame(rows, columns=["article_id", by, "title", "sentence", "voices"])
    out.attrs.update(
        sample=sample,
        n_articles=len(kept),
        n_total=len(corpus),
        max_chars=max_chars,
        random_state=random_state,
        by=by,
    )
    return out


def _pattern(query: str) -> re.Pattern[str] | None:
    """The search pattern: the words of ``query`` in order, whole words, ``*`` for any letters,
    case-insensitive (the same rule as the page's script)."""
    words = query.split()
    if not words:
        return None
    letter = r"[^\W_]"
    parts = [
        r"[^\W_]*(?:['\u2019-][^\W_]+)*".join(re.escape(p) for p in w.split("*")) for w in words
    ]
    body = r"\s+".join(parts)
    return re.compile(rf"(?<!{letter}){body}(?!{letter})", re.IGNORECASE)


def _left(text: str, a: int, n: int) -> str:
    """Up to ``n`` characters before ``a``, from a word start (the page's script does the same).

    Examples
    --------
    >>> _left("the Russian invasion", 12, 9), _left("the Russian invasion", 12, 20)
    ('Russian ', 'the Russian ')
    >>> _left("of the Russian invasion", 15, 12)  # the cut falls just after a space: kept whole
    'the Russian '
    """
    if a <= n:
        return text[:a]
    s = text[a - n : a]
    if text[a - n - 1].isspace():
        return s
    m = re.search(r"\s", s)
    return s[m.start() + 1 :] if m else s


def _right(text: str, b: int, n: int) -> str:
    """Up to ``n`` characters after ``b``, to a word end.

    Examples
    --------
    >>> _right("invasion of Ukraine began", 8, 13), _right("invasion of Ukraine", 8, 40)
    (' of Ukraine', ' of Ukraine')
    >>> _right("invasion of Ukraine began", 8, 11)  # the cut falls just before a space: kept
    ' of Ukraine'
    """
    if len(text) - b <= n:
        return text[b:]
    s = text[b : b + n]
    if text[b + n].isspace():
        return s
    m = re.search(r"\s\S*$", s)
    return s[: m.start()] if m else s


def kwic(sentences: Any, query: str, *, context: int = 70) -> Any:
    """Every occurrence of a word or phrase in the sentences, with its context and voice.

    Parameters
    ----------
    sentences
        Output of :func:`kwic_sentences`.
    query
        A word or phrase, matched case-insensitively as whole words; ``*`` stands for any
        letters (``barbar*``).
    context
        Characters of context on each side.

    Returns
    -------
    pandas.DataFrame
        ``<by>, voice, left, match, right, article_id, title``, in corpus order.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": [""],
    ...                   "text": ['He said "the war is over". The war went on.']})
    >>> kwic(kwic_sentences(c), "war")[["voice", "left", "match"]].values.tolist()
    [['quoted', 'He said "the ', 'war'], ['author', 'The ', 'war']]
    """
    import pandas as pd

    by = sentences.attrs.get("by", "outlet")
    pat = _pattern(query)
    rows = []
    if pat is not None:
        for r in sentences.itertuples(index=False):
            text = r.sentence
            for m in pat.finditer(text):
                a, b = m.span()
                voice = next((v for s, e, v in r.voices if s <= a < e), "author")
                left, right = _left(text, a, context), _right(text, b, context)
                rows.append((getattr(r, by), voice, left, m.group(0), right, r.article_id, r.title))
    cols = [by, "voice", "left", "match", "right", "article_id", "title"]
    return pd.DataFrame(rows, columns=cols)


def _payload(sentences: Any, *, context: int, max_results: int) -> dict[str, Any]:
    """The compact JSON the page's script searches."""
    by = sentences.attrs.get("by", "outlet")
    sample = sentences.attrs.get("sample", {})
    outlets = sorted(set(sample) | set(sentences[by].astype(str)))
    # a voice without regions in the evidence (reported speech: spans() gives none) would be
    # a column of zeros that reads as "no outlet reports it": it is left out
    present = {v for runs in sentences["voices"] for _, _, v in runs}
    voices = [v for v in VOICES if v in ("author", "quoted") or v in present]
    for runs in sentences["voices"]:
        voices += [v for _, _, v in runs if v not in voices]
    o_idx = {o: i for i, o in enumerate(outlets)}
    v_idx = {v: i for i, v in enumerate(voices)}
    articles: dict[str, int] = {}
    art_rows, sent_rows = [], []
    n_sent = [0] * len(outlets)
    for r in sentences.itertuples(index=False):
        o = o_idx[str(getattr(r, by))]
        if r.article_id not in articles:
            articles[r.article_id] = len(art_rows)
            art_rows.append([o, r.title, r.article_id])
        runs = [[int(s), int(e), v_idx[v]] for s, e, v in r.voices]
        sent_rows.append([articles[r.article_id], r.sentence] + ([runs] if runs else []))
        n_sent[o] += 1
    return {
        "by": by,
        "outlets": outlets,
        "voices": voices,
        "articles": art_rows,
        "sentences": sent_rows,
        "n_sentences": n_sent,
        "context": context,
        "max_results": max_results,
    }


def _options(values: Sequence[str]) -> str:
    return '<option value="">all</option>' + "".join(
        f'<option value="{i}">{html.escape(v)}</option>' for i, v in enumerate(values)
    )


def _sample_note(sentences: Any) -> str:
    """One sentence saying what the search covers."""
    a = sentences.attrs
    sample: Mapping[str, tuple[int, int]] = a.get("sample", {})
    n, total = a.get("n_articles", 0), a.get("n_total", 0)
    if n >= total:
        return f"The search covers every sentence of the {total:,} articles."
    per = "; ".join(f"{g} {k:,} of {m:,}" for g, (k, m) in sample.items())
    return (
        f"The search covers the sentences of {n:,} of the {total:,} articles, drawn at random "
        f"(seed {a.get('random_state')}) one {a.get('by', 'outlet')} after another until "
        f"{a.get('max_chars', 0):,} characters of text ({per}), so that the page stays small."
    )


def kwic_html(
    sentences: Any,
    *,
    element_id: str = "framing-kwic-data",
    context: int = 70,
    max_results: int = 5000,
) -> HTMLBlock:
    """The keyword-in-context search box of a report, with the sentences it searches.

    A reader types a word or phrase (``*`` for any letters), optionally picks an outlet and a
    voice, and gets the count of matches per outlet and voice and every match in its context
    (the first ``max_results`` listed), in a sortable, searchable table.

    Parameters
    ----------
    sentences
        Output of :func:`kwic_sentences`.
    element_id
        Id of the embedded data.
    context
        Characters of context on each side.
    max_results
        Matches listed at most (all are counted).

    Returns
    -------
    object displayed as HTML

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": [""],
    ...                   "text": ["The war went on."]})
    >>> "framing-kwic" in kwic_html(kwic_sentences(c))._repr_html_()
    True
    """
    data = _payload(sentences, context=context, max_results=max_results)
    eid = html.escape(element_id, quote=True)
    by = html.escape(data["by"])
    form = (
        '<form role="search" autocomplete="off">'
        '<label>Word or phrase <input type="search" name="q" placeholder="e.g. crisis, '
        'protest*" disabled></label>'
        f'<label>{by} <select name="outlet" disabled>{_options(data["outlets"])}</select></label>'
        f'<label>voice <select name="voice" disabled>{_options(data["voices"])}</select></label>'
        '<button type="submit" disabled>Search</button></form>'
    )
    markup = (
        f'<div class="framing-kwic" data-framing-kwic data-source="{eid}">{form}'
        f'<p class="kwic-status">{html.escape(_sample_note(sentences))} Whole words, any case; '
        "the search runs in this page."
        + (
            ""
            if "reported" in data["voices"]
            else " Indirect speech without quotation marks is not told apart here: its words "
            "count as the outlet's own (author); the marker tables give the reported voice."
        )
        + "</p>"
        '<div class="kwic-summary-box"></div>'
        '<table class="kwic-results display compact" style="width:100%"></table></div>'
        + json_script(element_id, data)
    )
    return HTMLBlock(markup, f"<keyword in context: {len(sentences):,} sentences>")
