"""Cleaning a whole corpus, and the audit table of every removed line."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..errors import check_corpus_frame
from .article import clean_article, clean_text

__all__ = ["clean_corpus", "removal_table"]


def _cell(row: pd.Series, col: str) -> str | None:
    if col not in row.index:
        return None
    v = row[col]
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
        return None
    s = str(v).strip()
    return s or None


def clean_corpus(corpus: pd.DataFrame, *, rules: str = "boilerplate.csv") -> pd.DataFrame:
    """Clean every article of a corpus; returns a copy with the cleaning columns added.

    Parameters
    ----------
    corpus
        A corpus as returned by :func:`analysis.load_corpus` (needs ``text``; uses ``title`` and
        ``author`` when present).
    rules
        Bundled name or path of the boilerplate rule table.

    Returns
    -------
    pandas.DataFrame
        The input columns plus ``title`` (the input title wins when non-empty, else the detected
        headline), ``byline``, ``standfirst`` (the corpus's ``standfirst`` when the text has
        none), ``body``, ``notes`` (list), ``removed`` (list of
        ``(text, reason)``), ``n_removed`` and ``chars_removed_frac`` (removed characters over
        the raw text length; 0 for an empty text). Rows are never dropped.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": ["Talks resume"],
    ...                    "text": ["Talks resume\\nThe two sides met again on Monday in Brest."]})
    >>> out = clean_corpus(df)
    >>> out.loc[0, "body"], out.loc[0, "removed"]
    ('The two sides met again on Monday in Brest.', [('Talks resume', 'title')])
    """
    check_corpus_frame(corpus, what="clean_corpus")
    out = corpus.copy()
    cols: dict[str, list[Any]] = {
        k: []
        for k in (
            "title",
            "byline",
            "standfirst",
            "body",
            "notes",
            "removed",
            "n_removed",
            "chars_removed_frac",
        )
    }
    texts = (
        corpus["text"]
        if "text" in corpus.columns
        else pd.Series([""] * len(corpus), index=corpus.index)
    )
    # not iterrows(): it re-infers a string dtype per row, which cannot hold a lone surrogate
    meta = {c: corpus[c].tolist() for c in ("title", "author", "standfirst") if c in corpus.columns}
    rows = (pd.Series({c: v[i] for c, v in meta.items()}, dtype=object) for i in range(len(corpus)))
    for row, raw in zip(rows, texts):
        text = (
            raw
            if isinstance(raw, str)
            else ("" if raw is None or (isinstance(raw, float) and raw != raw) else str(raw))
        )
        art = clean_article(
            text, title=_cell(row, "title"), author=_cell(row, "author"), rules=rules
        )
        raw_len = len(raw) if isinstance(raw, str) else 0
        chars = sum(len(t) for t, _ in art.removed)
        cols["title"].append(art.title)
        cols["byline"].append(art.byline or (_cell(row, "author") or ""))
        # a standfirst the corpus gives (a news database's Highlight field) when the text has none
        cols["standfirst"].append(art.standfirst or (_cell(row, "standfirst") or ""))
        cols["body"].append(art.body)
        cols["notes"].append(list(art.notes))
        cols["removed"].append(list(art.removed))
        cols["n_removed"].append(len(art.removed))
        cols["chars_removed_frac"].append(min(1.0, chars / raw_len) if raw_len else 0.0)
    for k, v in cols.items():
        out[k] = pd.Series(
            v,
            index=corpus.index,
            dtype=object if k not in ("n_removed", "chars_removed_frac") else None,
        )
    out["n_removed"] = out["n_removed"].astype("int64")
    out["chars_removed_frac"] = out["chars_removed_frac"].astype("float64")
    return out


def removal_table(corpus: pd.DataFrame, *, rules: str = "boilerplate.csv") -> pd.DataFrame:
    """One row per removed line, for auditing the cleaning (notebook 01).

    Parameters
    ----------
    corpus
        The raw corpus (with ``text``) or the output of :func:`clean_corpus`. The text is
        re-cleaned so that line numbers are available; without a ``text`` column the
        ``removed`` column is expanded and ``line_no`` is missing.
    rules
        Bundled name or path of the boilerplate rule table.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, outlet, line_no`` (1-based line of the raw text after newline
        normalisation; 0 for HTML markup), ``reason, text``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
    ...                    "text": ["Advert\\nThe talks resumed on Monday in the city of Brest."]})
    >>> removal_table(df)[["line_no", "reason", "text"]].values.tolist()
    [[1, 'advert', 'Advert']]
    """
    rows: list[dict[str, Any]] = []
    ids = (
        corpus["article_id"]
        if "article_id" in corpus.columns
        else pd.Series(corpus.index, index=corpus.index)
    )
    outlets = (
        corpus["outlet"]
        if "outlet" in corpus.columns
        else pd.Series([None] * len(corpus), index=corpus.index)
    )
    for (_, row), aid, outlet in zip(corpus.iterrows(), ids, outlets):
        if "text" in corpus.columns:
            raw = row["text"]
            title = _cell(row, "title")
            removed = clean_text(raw, title=title, author=_cell(row, "author"), rules=rules).removed
            for line_no, text, reason in removed:
                rows.append(
                    {
                        "article_id": aid,
                        "outlet": outlet,
                        "line_no": line_no,
                        "reason": reason,
                        "text": text,
                    }
                )
        elif "removed" in corpus.columns:
            for text, reason in row["removed"] or []:
                rows.append(
                    {
                        "article_id": aid,
                        "outlet": outlet,
                        "line_no": pd.NA,
                        "reason": reason,
                        "text": text,
                    }
                )
    df = pd.DataFrame(rows, columns=["article_id", "outlet", "line_no", "reason", "text"])
    df["line_no"] = df["line_no"].astype("Int64")
    return df
