"""Which articles report the same event: a given ``event`` column, or groups found in the data.

Same-event alignment (:func:`analysis.align_event`) compares articles about *one* event.  A
corpus of many events needs them found first.  :func:`find_events` uses the corpus's own event
column when it has one; otherwise it groups articles that are **close in date** and **similar
in their words** (title and body), with at most one article per outlet in a group, so that
the groups are the "same story, different outlets" sets alignment is made for.

How the groups are found (no event column)
    1. Each article is represented by its title and its body (or the first ``lead_words``
       words of it) as TF-IDF over words (English stop words removed, sublinear counts).
    2. Two articles of different outlets are *candidates* when their cosine similarity is at
       least ``min_similarity`` and their dates are at most ``max_days`` apart (undated
       articles: the date condition is dropped).
    3. Candidates are merged greedily, most similar first (average linkage): two groups merge
       when they share no outlet, their mean pairwise similarity is at least
       ``min_similarity`` and all their dates fall within ``max_days``.  A chain of
       ever-drifting stories (a war's daily coverage) therefore does not become one event.
    4. Groups with at least ``min_outlets`` outlets are events.

Measured on BASIL (100 same-event triplets, the event column withheld): see
``analysis/evaluation/events.py`` and its score file.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ...errors import CorpusError, FramingError

__all__ = ["EVENT_COLUMNS", "ID_SEPARATOR", "events_for_export", "find_events", "event_articles"]

#: Columns of the :func:`find_events` table.
EVENT_COLUMNS = (
    "event",
    "n_articles",
    "n_outlets",
    "outlets",
    "first",
    "last",
    "label",
    "similarity",
    "article_ids",
)

#: What separates an event's article ids in an exported table: ids are file names, and a Nexis
#: Uni download's are "Files (1)-0024", so a space cannot be the separator.
ID_SEPARATOR = "; "

#: Chunk of articles whose similarities are computed at once (rows x all columns, dense).
_CHUNK = 500


def find_events(
    corpus: pd.DataFrame,
    *,
    event_column: str | None = "event",
    by: str = "outlet",
    max_days: float = 3,
    min_similarity: float = 0.2,
    min_outlets: int = 2,
    lead_words: int | None = None,
) -> pd.DataFrame:
    """Groups of articles about one event, from an event column or from dates and content.

    Parameters
    ----------
    corpus
        As loaded (``article_id``, outlet, ``title``, ``published``, ``text``); a ``body``
        column (:func:`analysis.clean_corpus`) is used for the leads when present.
    event_column
        A column naming each article's event; when the corpus has it, its values define the
        events and nothing is inferred.  ``None``: always infer.
    by
        Column naming the outlets.
    max_days
        Inferred events span at most this many days.
    min_similarity
        Cosine similarity of the texts (title + body, TF-IDF) needed to group articles.
    min_outlets
        Events need articles from at least this many outlets.
    lead_words
        Words of each body used with the title (default ``None``: the whole body).

    Returns
    -------
    pandas.DataFrame
        One row per event, most outlets first (then most articles, then earliest):
        :data:`EVENT_COLUMNS`; ``label`` is the title (or opening words) of the article most
        similar to the rest, ``similarity`` the mean pairwise similarity of the texts (NaN
        for a given event column), ``article_ids`` a tuple.  ``event`` is the event column's
        value, or ``E1``, ``E2`` … for inferred events.  ``attrs["method"]`` is
        ``"column"`` or ``"inferred"``, ``attrs["n_articles"]`` the corpus size.

    Examples
    --------
    >>> c = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "Y", "Y"],
    ...     "published": pd.to_datetime(["2022-03-07", "2022-03-08", "2022-06-01"]),
    ...     "title": ["Kremlin sets terms for ending the war", "Kremlin terms to end war",
    ...               "Grain ships leave Odesa"],
    ...     "text": ["Peskov said Russia would stop if Ukraine met its demands.",
    ...              "Russia will halt its attack if Ukraine meets demands, Peskov said.",
    ...              "The first grain ship left the port under a UN deal."]})
    >>> ev = find_events(c)
    >>> ev[["event", "n_outlets", "article_ids"]].values.tolist()
    [['E1', 2, ('a', 'b')]]
    """
    if by not in corpus.columns:
        raise CorpusError(f"find_events: no column {by!r} naming the outlets")
    ids = _ids(corpus)
    if event_column and event_column in corpus.columns:
        labels = corpus[event_column]
        method, sim = "column", None
    else:
        labels, sim = _inferred(
            corpus, by=by, max_days=max_days, min_similarity=min_similarity, lead_words=lead_words
        )
        method = "inferred"
    out = _event_table(
        corpus, ids, labels, sim, by=by, min_outlets=min_outlets, given=method == "column"
    )
    out.attrs.update(
        {
            "method": method,
            "n_articles": len(corpus),
            "event_column": event_column if method == "column" else None,
            "max_days": max_days,
            "min_similarity": min_similarity,
            "min_outlets": min_outlets,
        }
    )
    return out


def event_articles(corpus: pd.DataFrame, events: pd.DataFrame, event: str) -> pd.DataFrame:
    """The corpus rows of one event of a :func:`find_events` table, in corpus order.

    Examples
    --------
    >>> c = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "event": ["e", "e"],
    ...                   "text": ["One.", "Two."]})
    >>> event_articles(c, find_events(c), "e")["article_id"].tolist()
    ['a', 'b']
    """
    row = events.loc[events["event"] == event]
    if row.empty:
        raise FramingError(f"no event {event!r}; events are {list(events['event'])[:10]}")
    return corpus[_ids(corpus).isin(set(row["article_ids"].iloc[0]))]


def _ids(corpus: pd.DataFrame) -> pd.Series:
    if "article_id" in corpus.columns:
        return corpus["article_id"].astype(str)
    return pd.Series([str(i) for i in range(len(corpus))], index=corpus.index)


def _openings(corpus: pd.DataFrame, lead_words: int | None) -> list[str]:
    """Title + the first words of the body (or raw text) of every article."""
    col = "body" if "body" in corpus.columns else "text"
    titles = corpus["title"] if "title" in corpus.columns else pd.Series("", index=corpus.index)
    out = []
    for t, b in zip(titles, corpus[col] if col in corpus.columns else titles):
        t = t if isinstance(t, str) else ""
        b = b if isinstance(b, str) else ""
        out.append(f"{t}. " + (b if lead_words is None else " ".join(b.split()[:lead_words])))
    return out


def _vectors(texts: list[str]) -> Any:
    """L2-normalised TF-IDF rows (words, English stop words removed, sublinear counts).

    Word pairs were tried and dropped: they lowered every similarity and the recall of
    same-event pairs on BASIL at every threshold."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(ngram_range=(1, 1), stop_words="english", sublinear_tf=True, min_df=1)
    try:
        return vec.fit_transform(texts)
    except ValueError:  # no word at all
        return None


def _candidates(
    X: Any, outlets: np.ndarray, days: np.ndarray, *, max_days: float, min_similarity: float
) -> list[tuple[float, int, int]]:
    """(similarity, i, j) for i < j of different outlets, close enough in date and content."""
    n = X.shape[0]
    pairs: list[tuple[float, int, int]] = []
    for lo in range(0, n, _CHUNK):
        S = (X[lo : lo + _CHUNK] @ X.T).toarray()
        for r in range(S.shape[0]):
            i = lo + r
            row = S[r]
            j = np.flatnonzero(row >= min_similarity)
            j = j[j > i]
            j = j[outlets[j] != outlets[i]]
            if not np.isnan(days[i]):
                dd = np.abs(days[j] - days[i])
                j = j[~(dd > max_days)]  # NaN (undated) stays a candidate
            pairs.extend((float(row[k]), i, int(k)) for k in j)
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def _inferred(
    corpus: pd.DataFrame, *, by: str, max_days: float, min_similarity: float, lead_words: int
) -> tuple[pd.Series, np.ndarray | None]:
    """Group labels (NaN for articles in no group) and the openings' similarity matrix rows."""
    X = _vectors(_openings(corpus, lead_words))
    n = len(corpus)
    if X is None or n < 2:
        return pd.Series([np.nan] * n, index=corpus.index, dtype=object), None
    outlets = corpus[by].astype(str).to_numpy()
    dates = corpus["published"] if "published" in corpus.columns else pd.Series([pd.NaT] * n)
    stamp = pd.to_datetime(dates, errors="coerce", utc=True)
    days = (stamp - pd.Timestamp("1970-01-01", tz="UTC")).dt.total_seconds().to_numpy() / 86400
    days = np.asarray(days, dtype=float)
    pairs = _candidates(X, outlets, days, max_days=max_days, min_similarity=min_similarity)
    members = {i: [i] for i in range(n)}
    root = list(range(n))
    for _, i, j in pairs:
        a, b = root[i], root[j]
        if a == b or not _can_merge(members[a], members[b], X, outlets, days, max_days):
            continue
        if np.mean((X[members[a]] @ X[members[b]].T).toarray()) < min_similarity:
            continue
        members[a].extend(members.pop(b))
        for k in members[a]:
            root[k] = a
    labels = [f"g{root[i]}" if len(members[root[i]]) > 1 else np.nan for i in range(n)]
    return pd.Series(labels, index=corpus.index, dtype=object), X


def _can_merge(
    a: list[int], b: list[int], X: Any, outlets: np.ndarray, days: np.ndarray, max_days: float
) -> bool:
    """No shared outlet, and all dates within ``max_days``."""
    if set(outlets[a]) & set(outlets[b]):
        return False
    d = days[a + b]
    d = d[~np.isnan(d)]
    return d.size == 0 or float(d.max() - d.min()) <= max_days


def _event_table(
    corpus: pd.DataFrame,
    ids: pd.Series,
    labels: pd.Series,
    X: Any,
    *,
    by: str,
    min_outlets: int,
    given: bool,
) -> pd.DataFrame:
    """One row per event with at least ``min_outlets`` outlets (named by the given column's
    values, or ``E1``, ``E2`` … in table order)."""
    lab = pd.Series(labels.to_numpy(), index=corpus.index)
    keep = lab.notna() & lab.astype(str).str.strip().ne("")
    dates = (
        corpus["published"] if "published" in corpus.columns else pd.Series(pd.NaT, corpus.index)
    )
    dates = pd.to_datetime(dates, errors="coerce", utc=True).dt.tz_convert(None)
    titles = corpus["title"] if "title" in corpus.columns else pd.Series("", index=corpus.index)
    openings = _openings(corpus, 14)
    pos = {k: p for p, k in enumerate(corpus.index)}
    rows = []
    for _, idx in lab[keep].groupby(lab[keep].astype(str), sort=False).groups.items():
        outlets = list(dict.fromkeys(corpus.loc[idx, by].astype(str)))
        if len(outlets) < min_outlets:
            continue
        p = [pos[k] for k in idx]
        sim, centre = _cohesion(X, p)
        t = titles.loc[idx[centre]]
        label = t if isinstance(t, str) and t.strip() else openings[p[centre]].lstrip(". ")
        rows.append(
            {
                "n_articles": len(idx),
                "n_outlets": len(outlets),
                "outlets": ", ".join(outlets),
                "first": dates.loc[idx].min(),
                "last": dates.loc[idx].max(),
                "label": " ".join(str(label).split()),
                "similarity": sim,
                "article_ids": tuple(ids.loc[idx]),
                "_given": str(lab.loc[idx[0]]),
            }
        )
    out = pd.DataFrame(rows, columns=[*EVENT_COLUMNS[1:], "_given"])
    out = out.sort_values(
        ["n_outlets", "n_articles", "first"], ascending=[False, False, True], kind="stable"
    )
    names = out["_given"] if given else [f"E{i}" for i in range(1, len(out) + 1)]
    out.insert(0, "event", list(names))
    return out.reset_index(drop=True)[list(EVENT_COLUMNS)]


def _cohesion(X: Any, p: list[int]) -> tuple[float, int]:
    """Mean pairwise similarity of a group's openings, and its most central member."""
    if X is None or len(p) < 2:
        return float("nan"), 0
    S = (X[p] @ X[p].T).toarray()
    np.fill_diagonal(S, np.nan)
    per = np.nanmean(S, axis=1)
    return float(np.nanmean(S)), int(np.argmax(per))


def events_for_export(events: pd.DataFrame) -> pd.DataFrame:
    """The :func:`find_events` table with each event's article ids as one text cell.

    The ids are joined with :data:`ID_SEPARATOR`, which no id of a file name with spaces
    ("Files (1)-0024", a Nexis Uni download) is cut at.

    Examples
    --------
    >>> ev = pd.DataFrame({"event": ["E1"], "article_ids": [("Files (1)-0024", "Files (2)-0003")]})
    >>> events_for_export(ev)["article_ids"].tolist()
    ['Files (1)-0024; Files (2)-0003']
    """
    return events.assign(article_ids=events["article_ids"].map(ID_SEPARATOR.join))
