"""The rows of :func:`analysis.corpus_checks` and the per-article table the checks read.

A check is a function of one :func:`check_frame` (the corpus reduced to what the checks need)
returning a list of :class:`Finding` records.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pandas as pd

__all__ = [
    "Finding",
    "FINDING_COLUMNS",
    "SEVERITIES",
    "ALL_OUTLETS",
    "check_frame",
    "examples",
    "words",
]

#: Severities, most serious first.  ``error``: articles that cannot be analysed or data that are
#: wrong; ``warning``: something that can bias a comparison of outlets; ``info``: worth knowing
#: (a decision taken while loading, a small oddity).
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
#: The ``outlet`` of a finding about the corpus as a whole.
ALL_OUTLETS = "(all outlets)"
#: The columns of :func:`analysis.corpus_checks`.
FINDING_COLUMNS: tuple[str, ...] = (
    "check",
    "severity",
    "outlet",
    "detail",
    "n_articles",
    "examples",
)


class Finding(NamedTuple):
    """One row of :func:`analysis.corpus_checks`.

    Attributes
    ----------
    check
        The check's name (see :data:`analysis.quality.CHECKS`).
    severity
        ``error``, ``warning`` or ``info`` (:data:`SEVERITIES`).
    outlet
        The outlet concerned, ``"A / B"`` for a pair, :data:`ALL_OUTLETS` for the corpus.
    detail
        What was found, with the numbers behind it, and what to do about it.
    n_articles
        How many articles it concerns (0: not a count of articles).
    examples
        Up to five of their ``article_id``\\ s, ``"; "``-separated.
    """

    check: str
    severity: str
    outlet: str
    detail: str
    n_articles: int = 0
    examples: str = ""


def examples(ids: Any, k: int = 5) -> str:
    """Up to ``k`` article ids, ``"; "``-separated (with ``…`` when there are more).

    Examples
    --------
    >>> examples(["a", "b", "c"], k=2)
    'a; b; …'
    """
    ids = [str(i) for i in ids]
    return "; ".join(ids[:k]) + ("; …" if len(ids) > k else "")


def words(n: float) -> str:
    """A word count for a sentence: ``171 words``, ``1,204 words``.

    Examples
    --------
    >>> words(1204.0)
    '1,204 words'
    """
    return f"{int(round(n)):,} words"


def _text_cells(col: pd.Series) -> list[str]:
    return [v if isinstance(v, str) else "" for v in col.astype(object)]


def check_frame(corpus: pd.DataFrame) -> pd.DataFrame:
    """The corpus reduced to what the checks read, one row per article, in corpus order.

    Parameters
    ----------
    corpus
        A corpus as :func:`analysis.load_corpus` returns it (``text`` and ``outlet`` at least).

    Returns
    -------
    pandas.DataFrame
        ``article_id, outlet, title, url, text, load_issue, cut_text, published`` (whatever is
        missing is empty; ``cut_text``: a news database states a longer text), ``n_words``
        (white-space separated) and ``usable`` (a non-empty text with no load issue).

    Examples
    --------
    >>> f = check_frame(pd.DataFrame({"outlet": ["A", "B"], "text": ["Two words", " "]}))
    >>> f[["article_id", "n_words", "usable"]].values.tolist()
    [['0', 2, True], ['1', 0, False]]
    """
    n = len(corpus)
    blank = pd.Series([""] * n, index=corpus.index, dtype=object)
    out = pd.DataFrame(index=corpus.index)
    ids = corpus["article_id"] if "article_id" in corpus.columns else corpus.index.to_series()
    out["article_id"] = [str(i) for i in ids]
    out["outlet"] = [str(o) for o in corpus["outlet"]] if "outlet" in corpus.columns else ""
    for col in ("title", "url", "text", "load_issue", "cut_text"):
        out[col] = _text_cells(corpus[col] if col in corpus.columns else blank)
    out["published"] = corpus["published"] if "published" in corpus.columns else pd.NaT
    out["n_words"] = [len(t.split()) for t in out["text"]]
    out["usable"] = (out["load_issue"] == "") & (out["n_words"] > 0)
    return out.reset_index(drop=True)
