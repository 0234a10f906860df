"""From a number in a report table to the sentences behind it.

:func:`evidence_sentences` takes the evidence table (:func:`analysis.spans`) and puts each span
back into its sentence, keeping a bounded, seeded sample per outlet, category, voice and term;
:func:`evidence_block` embeds those rows in the page; :func:`link_cells` tells
:func:`analysis.report.table` which cells open them.  Clicking such a cell in a report lists
the sentences, offline (``static/framing.js``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .blocks import HTMLBlock
from .interactive import json_script

__all__ = [
    "article_bodies",
    "sentence_span",
    "evidence_sentences",
    "evidence_block",
    "link_cells",
    "EVIDENCE_FIELDS",
]

#: Fields of an evidence-sentence row (the columns of :func:`evidence_sentences`).
EVIDENCE_FIELDS = [
    "outlet",
    "article_id",
    "title",
    "family",
    "category",
    "subcategory",
    "voice",
    "term",
    "text",
    "sentence",
    "match_start",
    "match_end",
]

#: Longest sentence shown whole; a longer one is cut around the span.
MAX_SENTENCE_CHARS = 600


def article_ids(corpus: Any) -> list[str]:
    """The article ids :func:`analysis.spans` uses: ``article_id`` as text, else the row number.

    Examples
    --------
    >>> import pandas as pd
    >>> article_ids(pd.DataFrame({"text": ["a", "b"]}))
    ['0', '1']
    """
    if "article_id" in corpus.columns:
        return corpus["article_id"].astype(str).tolist()
    return [str(i) for i in range(len(corpus))]


def article_bodies(corpus: Any, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The title and cleaned body (the text the evidence offsets point into) of some articles.

    Only the articles asked for are cleaned.

    Parameters
    ----------
    corpus
        The corpus as loaded.
    ids
        Article ids as in :func:`analysis.spans` (see :func:`article_ids`).

    Returns
    -------
    dict
        id -> ``(title, body)``; the first article of a repeated id.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": ["T"],
    ...                   "text": ["T\\nThe talks went on."]})
    >>> article_bodies(c, ["a"])
    {'a': ('T', 'The talks went on.')}
    """
    from ..clean import clean_corpus

    wanted = set(ids)
    all_ids = article_ids(corpus)
    first: dict[str, int] = {}
    for pos, aid in enumerate(all_ids):
        if aid in wanted and aid not in first:
            first[aid] = pos
    if not first:
        return {}
    cleaned = clean_corpus(corpus.iloc[sorted(first.values())].reset_index(drop=True))
    titles = cleaned["title"].fillna("").astype(str).tolist()
    bodies = cleaned["body"].fillna("").astype(str).tolist()
    ordered = sorted(first, key=first.get)
    return {aid: (t, b) for aid, t, b in zip(ordered, titles, bodies)}


def sentence_span(
    starts: Sequence[int], spans: Sequence[tuple[int, int]], start: int, end: int
) -> tuple[int, int]:
    """The sentence(s) around ``body[start:end]``, given the body's sentence spans.

    Parameters
    ----------
    starts
        ``[s for s, _ in spans]`` (sorted).
    spans
        :func:`analysis.text.split_sentences` of the body.
    start, end
        The span.

    Returns
    -------
    (int, int)
        From the start of the sentence holding ``start`` to the end of the one holding
        ``end``, cut to about :data:`MAX_SENTENCE_CHARS` characters around the span.

    Examples
    --------
    >>> sp = [(0, 8), (9, 20)]
    >>> sentence_span([0, 9], sp, 10, 13), sentence_span([0, 9], sp, 2, 12)
    ((9, 20), (0, 20))
    """
    if not spans:
        return start, end
    i = max(0, bisect_right(starts, start) - 1)
    j = max(i, bisect_right(starts, max(start, end - 1)) - 1)
    s, e = min(spans[i][0], start), max(spans[j][1], end)
    room = max(0, MAX_SENTENCE_CHARS - (end - start)) // 2
    return max(s, start - room), min(e, end + room)


def _cap_per_group(counts: Sequence[int], budget: int) -> int:
    """The largest cap k with ``sum(min(c, k)) <= budget`` (at least 1).

    Examples
    --------
    >>> _cap_per_group([100, 3, 1], 20), _cap_per_group([5, 5], 100), _cap_per_group([9, 9], 1)
    (16, 5, 1)
    """
    lo, hi = 1, max(counts, default=1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(min(c, mid) for c in counts) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return lo


def evidence_sentences(
    evidence: Any,
    corpus: Any,
    *,
    families: Sequence[str] = ("marker",),
    group: Sequence[str] = ("outlet", "category", "subcategory", "voice", "term"),
    max_rows: int = 5000,
    random_state: int = 0,
) -> Any:
    """Spans of the evidence table in their sentences: a bounded, seeded sample per group.

    Every group (by default an outlet's hits of one lexicon term in one voice) keeps up to the
    same number ``k`` of its rows, the largest ``k`` that keeps the total within ``max_rows``,
    so that a rare term keeps all its sentences and a frequent one a sample.

    Parameters
    ----------
    evidence
        Output of :func:`analysis.spans`.
    corpus
        The corpus it was computed from (the sentences are cut from its cleaned bodies).
    families
        Evidence families kept (``marker``, ``quote``, ``attribution``).
    group
        Columns of a group.
    max_rows
        Rows kept at most.
    random_state
        Seed of the sample.

    Returns
    -------
    pandas.DataFrame
        :data:`EVIDENCE_FIELDS`; ``sentence[match_start:match_end]`` is the span.
        ``attrs``: ``per_group`` (the cap ``k``), ``n_total`` (rows before sampling),
        ``random_state``, ``families``.

    Examples
    --------
    >>> from analysis import load_corpus, spans
    >>> c = load_corpus()
    >>> ev = evidence_sentences(spans(c), c, max_rows=50)
    >>> r = ev.iloc[0]
    >>> r["sentence"][r["match_start"]:r["match_end"]] == r["text"], len(ev) <= 50
    (True, True)
    """
    import pandas as pd

    from ..text import split_sentences

    rows = evidence[evidence["family"].isin(list(families)) & (evidence["start"] >= 0)]
    keys = [rows[g].astype(str).fillna("") for g in group]
    sizes = rows.groupby(keys, sort=False).size() if len(rows) else pd.Series(dtype=int)
    k = _cap_per_group(sizes.tolist(), max_rows)
    shuffled = rows.sample(frac=1.0, random_state=random_state)
    kept = shuffled.groupby([shuffled[g].astype(str) for g in group], sort=False).head(k)
    kept = kept.head(max_rows).sort_index(kind="stable")
    bodies = article_bodies(corpus, kept["article_id"].astype(str).unique())
    split: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
    out = []
    for r in kept.itertuples(index=False):
        title, body = bodies.get(str(r.article_id), ("", ""))
        if body[r.start : r.end] != r.text:
            continue  # not the body the offsets point into (should not happen)
        if r.article_id not in split:
            sp = split_sentences(body)
            split[r.article_id] = ([s for s, _ in sp], sp)
        s, e = sentence_span(*split[r.article_id], r.start, r.end)
        rec = {f: getattr(r, f, "") for f in EVIDENCE_FIELDS[:9]}
        rec.update(title=title, sentence=body[s:e], match_start=r.start - s, match_end=r.end - s)
        out.append(rec)
    df = pd.DataFrame.from_records(out, columns=EVIDENCE_FIELDS)
    text_fields = [f for f in EVIDENCE_FIELDS if f not in ("match_start", "match_end")]
    df[text_fields] = df[text_fields].fillna("").astype(str)
    df["term"] = df["term"].where(df["term"] != "", df["text"])  # as loaded_term_table counts
    df.attrs.update(
        {
            "per_group": k,
            "n_total": len(rows),
            "random_state": random_state,
            "families": list(families),
        }
    )
    return df


def evidence_block(
    sentences: Any, *, element_id: str = "framing-evidence", where: str = ""
) -> HTMLBlock:
    """Embed the rows of :func:`evidence_sentences` in the page, with a line saying how to use
    them and how many there are.

    Parameters
    ----------
    sentences
        Output of :func:`evidence_sentences`.
    element_id
        Id the tables' ``evidence_source`` refers to.
    where
        Where the full evidence table is (e.g. ``"data/evidence.csv"``), named in the notes.

    Returns
    -------
    object displayed as HTML

    Examples
    --------
    >>> import pandas as pd
    >>> b = evidence_block(pd.DataFrame(columns=EVIDENCE_FIELDS))
    >>> 'id="framing-evidence"' in b._repr_html_()
    True
    """
    import numpy as np

    per = sentences.attrs.get("per_group")
    total = sentences.attrs.get("n_total", len(sentences))
    full = f" Every span is in {where}." if where else ""
    sample = (
        f"at most {per:,} per outlet, term and voice (seeded sample)"
        if per is not None and len(sentences) < total
        else "all of them"
    )
    names = {"marker": "lexicon-marker", "quote": "quotation", "attribution": "attribution"}
    kinds = " and ".join(names.get(f, f) for f in sentences.attrs.get("families", []))
    spans_ = f"{kinds} spans" if kinds else "spans"
    note = f"This page holds {len(sentences):,} of the {total:,} {spans_}: {sample}.{full}"
    rows = [
        [v.item() if isinstance(v, np.generic) else v for v in rec]
        for rec in sentences[EVIDENCE_FIELDS].itertuples(index=False, name=None)
    ]
    payload = {"fields": EVIDENCE_FIELDS, "rows": rows, "note": note}
    text = (
        '<p class="report-note" data-framing-evidence>Click a number with a dotted underline to '
        f"read the sentences behind it. {note}</p>"
    )
    return HTMLBlock(text + json_script(element_id, payload), f"<evidence: {len(rows):,} rows>")


def link_cells(
    columns: Iterable[str],
    *,
    row_fields: Mapping[str, str],
    fixed: Mapping[str, Any] | None = None,
    column_field: str | None = None,
) -> Callable[[dict[str, Any], str], dict[str, Any] | None]:
    """Which cells of a table open the sentences behind them, for :func:`analysis.report.table`.

    Parameters
    ----------
    columns
        The table columns whose cells are linked (cells that are 0 or empty are not).
    row_fields
        Evidence field -> table column whose value (in the cell's row) it must equal.
    fixed
        Evidence field -> value, the same for every cell.
    column_field
        Evidence field that must equal the cell's column name (e.g. ``"category"`` in a table
        with one column per marker family).

    Returns
    -------
    callable
        ``(row, column) -> filter or None``.

    Examples
    --------
    >>> f = link_cells(["loaded"], row_fields={"outlet": "outlet"}, column_field="category")
    >>> f({"outlet": "RT", "loaded": 3}, "loaded"), f({"outlet": "RT", "loaded": 0}, "loaded")
    ({'outlet': 'RT', 'category': 'loaded'}, None)
    """
    linked = set(columns)
    fixed = dict(fixed or {})

    def cell(row: dict[str, Any], column: str) -> dict[str, Any] | None:
        value = row.get(column)
        if column not in linked or value is None or value == 0 or value == "":
            return None
        out = {field: str(row[col]) for field, col in row_fields.items()}
        if column_field is not None:
            out[column_field] = column
        return {**out, **fixed}

    return cell
