"""Report tables built from the analysis results: one row per article, features by article,
naming forms, marker counts, loaded terms, and the wide outlet summary.

Pure functions from DataFrames to DataFrames, shown with :func:`analysis.report.table`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "corpus_table",
    "outlet_overview",
    "article_columns",
    "feature_table",
    "naming_table",
    "marker_counts",
    "loaded_term_table",
    "summary_table",
]


def corpus_table(cleaned: Any) -> Any:
    """One row per article for the corpus report: outlet, date, title, size before/after cleaning.

    Parameters
    ----------
    cleaned
        The output of :func:`analysis.clean.clean_corpus` (needs ``text`` and ``body``).

    Returns
    -------
    pandas.DataFrame
        ``outlet, published, title, words_raw, words_body, lines_removed, chars_removed_pct``
        (+ ``load_issue`` when any article has one), in corpus order.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["X"], "title": ["T"], "published": [None],
    ...                    "text": ["Advert\\nA b c."], "body": ["A b c."], "n_removed": [1],
    ...                    "chars_removed_frac": [0.5]})
    >>> corpus_table(df)[["words_raw", "words_body", "lines_removed"]].values.tolist()
    [[4, 3, 1]]
    """
    import pandas as pd

    from ..text import word_spans

    def column(name: str, default: Any) -> Any:
        return cleaned.get(name, pd.Series([default] * len(cleaned), index=cleaned.index))

    def n_words(texts: Any) -> list[int]:
        return [len(word_spans(t)) if isinstance(t, str) else 0 for t in texts]

    out = pd.DataFrame(
        {
            "outlet": cleaned["outlet"],
            "published": column("published", None),
            "title": column("title", "").fillna(""),
            "words_raw": n_words(cleaned["text"]),
            "words_body": n_words(cleaned["body"]),
            "lines_removed": column("n_removed", 0).astype(int),
            "chars_removed_pct": 100 * column("chars_removed_frac", float("nan")),
        }
    )
    has_issue = "load_issue" in cleaned
    if has_issue and cleaned["load_issue"].fillna("").astype(str).str.len().gt(0).any():
        out["load_issue"] = cleaned["load_issue"].fillna("")
    return out.reset_index(drop=True)


def outlet_overview(overview: Any) -> Any:
    """One row per outlet of :func:`corpus_table`: articles, first and last date, median,
    fewest and most words, lines removed, articles with no words after cleaning (``empty``);
    outlets in name order.

    Name order is the order of every other table and figure of the reports (pandas groups by
    name); the corpus order it had before was the order of a shuffled CSV's rows for a user's
    corpus, so that in report 01 of a 12-outlet corpus CNN came first, Breitbart second and
    Washington Times fourth, unlike in reports 02-10.

    Examples
    --------
    >>> import pandas as pd
    >>> o = pd.DataFrame({"outlet": ["Vox", "CNN", "Vox"], "published": pd.to_datetime(
    ...     ["2020-01-02", "2020-01-01", "2020-01-05"]), "words_raw": [10, 20, 30],
    ...     "words_body": [9, 18, 27], "lines_removed": [1, 2, 3]})
    >>> outlet_overview(o)[["articles", "lines_removed"]].to_dict("index")
    {'CNN': {'articles': 1, 'lines_removed': 2}, 'Vox': {'articles': 2, 'lines_removed': 4}}
    """
    return overview.groupby(overview["outlet"].astype(str), sort=True).agg(
        articles=("outlet", "size"),
        first=("published", "min"),
        last=("published", "max"),
        median_words_raw=("words_raw", "median"),
        median_words_body=("words_body", "median"),
        min_words_body=("words_body", "min"),
        max_words_body=("words_body", "max"),
        lines_removed=("lines_removed", "sum"),
        empty=("words_body", lambda w: int((w == 0).sum())),
    )


def article_columns(feats: Any, *, by: str = "outlet") -> list[str]:
    """One column label per article for tables with articles as columns: the ``by`` value,
    with the article id added when the group has more than one article.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["RT", "BBC", "RT"], "article_id": ["a", "b", "c"]})
    >>> article_columns(f)
    ['RT · a', 'BBC', 'RT · c']
    """
    groups = feats[by].astype(str)
    dup = groups.duplicated(keep=False).to_numpy()
    if "article_id" in feats.columns:
        ids = feats["article_id"].astype(str)
    else:
        ids = [str(i) for i in range(len(feats))]
    return [f"{g} · {i}" if d else g for g, i, d in zip(groups, ids, dup)]


def feature_table(
    feats: Any,
    labels: Mapping[str, str],
    *,
    by: str = "outlet",
    max_articles: int | None = 12,
    titles: Mapping[str, str] | None = None,
) -> Any:
    """Selected features of each article, features as rows and articles as columns, for a report.

    Counts (``n_*`` columns) are whole numbers, shares and rates keep their decimals, and the
    article's ``status`` is the first row, so that the table reads like the feature table
    without showing it whole.

    Parameters
    ----------
    feats
        Output of :func:`analysis.featurize`.
    labels
        Feature column -> row label, in row order; columns the table does not have are left out.
    by
        Column naming the articles (an article id is added when a group has several articles).
    max_articles
        Show at most this many articles (the first ones); ``None``: all.  The number of
        articles in the table is in ``attrs["n_articles"]``, of the feature table in
        ``attrs["n_total"]``.
    titles
        Article id -> title: when given, a ``title`` row after ``status`` names each article
        by its headline, since a column label carries only its outlet and id ("Politico ·
        3jd36uf3mNdPrIET"); an article without a title shows ``""``.

    Returns
    -------
    pandas.DataFrame
        Object-typed: ``int`` for counts (so :func:`table` prints ``648``, not ``648.00``),
        ``float`` for the rest, ``str`` for the status; indexed by label.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["RT"], "status": ["ok"], "n_words": [442.0],
    ...                   "quote_share": [0.1546]})
    >>> t = feature_table(f, {"status": "status", "n_words": "words",
    ...                       "quote_share": "share quoted"})
    >>> t["RT"].tolist()
    ['ok', 442, 0.1546]
    """
    import numpy as np
    import pandas as pd

    def whole(v: Any) -> bool:
        numeric = isinstance(v, (int, float, np.integer, np.floating))
        return numeric and np.isfinite(v) and float(v).is_integer()

    shown = feats if max_articles is None else feats.head(max_articles)
    cols = article_columns(shown, by=by)
    rows = {}
    for col, label in labels.items():
        if col not in shown.columns:
            continue
        values = []
        for v in shown[col]:
            if col.startswith("n_") and whole(v):
                values.append(int(v))
            else:
                values.append(v)
        rows[label] = values
        if col == "status" and titles is not None and "article_id" in shown.columns:
            rows["title"] = [str(titles.get(str(i), "") or "") for i in shown["article_id"]]
    out = pd.DataFrame.from_dict(rows, orient="index", columns=cols).astype(object)
    out.index.name = "feature"
    out.attrs.update({"n_articles": len(shown), "n_total": len(feats)})
    return out


def naming_table(feats: Any, *, by: str = "outlet", max_articles: int | None = 12) -> Any:
    """The naming forms each article uses in its own voice (naming groups x articles).

    Naming groups that no article uses are left out (listed in ``attrs["unused"]``) so that
    the table has no empty rows.

    Parameters
    ----------
    feats
        Output of :func:`analysis.featurize` (``naming_<group>_forms`` columns).
    by
        Column naming the articles.
    max_articles
        Show at most this many articles; ``None``: all.

    Returns
    -------
    pandas.DataFrame
        Strings: forms joined by ``+``, empty when the article names nothing of the group.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["A", "B"], "naming_kyiv_forms": ["Kyiv", "Kiev"],
    ...                   "naming_odesa_forms": ["", ""]})
    >>> t = naming_table(f)
    >>> t.to_dict("index"), t.attrs["unused"]
    ({'kyiv': {'A': 'Kyiv', 'B': 'Kiev'}}, ['odesa'])
    >>> naming_table(f.assign(naming_war_name_forms=["war", ""])).index.tolist()
    ['kyiv', 'war name']
    """
    import pandas as pd

    shown = feats if max_articles is None else feats.head(max_articles)
    cols = [c for c in feats.columns if c.startswith("naming_") and c.endswith("_forms")]
    # the group in words ("war name", not the feature key "war_name")
    names = [c.removeprefix("naming_").removesuffix("_forms").replace("_", " ") for c in cols]
    data = {
        n: ["" if not isinstance(v, str) or v == "none" else v for v in shown[c]]
        for n, c in zip(names, cols)
    }
    used = {n: v for n, v in data.items() if any(v)}
    columns = article_columns(shown, by=by)
    if used:
        out = pd.DataFrame.from_dict(used, orient="index", columns=columns)
    else:
        out = pd.DataFrame(columns=columns)
    out.index.name = "naming group"
    out.attrs["unused"] = [n for n in names if n not in used]
    return out


def naming_note(naming: Any) -> str:
    """The sentence under :func:`naming_table`: which naming groups the articles shown leave out.

    When they use none, one sentence says so instead of an empty table and a list of every
    group of the lexicons (the names of one topic, meaningless on a corpus about another).

    Parameters
    ----------
    naming
        Output of :func:`naming_table`.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["A"], "naming_kyiv_forms": ["Kyiv"],
    ...                   "naming_odesa_forms": [""]})
    >>> naming_note(naming_table(f))
    'Naming groups no article shown uses: odesa.'
    """
    unused = list(naming.attrs.get("unused", []))
    if len(naming):
        return f"Naming groups no article shown uses: {', '.join(unused)}." if unused else ""
    n = len(naming.columns)
    if not unused:  # no topic pack: the lexicons have no naming group at all
        return (
            "The lexicons used have no naming groups (they come with a topic pack): no naming "
            "table."
        )
    return (
        f"None of the {n:,} article(s) shown uses a form of the {len(unused):,} naming groups of "
        "the lexicons (analysis/lexicons/): no naming table."
    )


def marker_counts(
    markers: Any,
    *,
    by: str = "outlet",
    order: Sequence[str] | None = None,
    features: Any = None,
) -> Any:
    """Lexicon markers per group and voice (rows) and family (columns), groups in the given order.

    Parameters
    ----------
    markers
        Marker rows of :func:`analysis.spans` (``family == "marker"``: ``category``, ``voice``).
    by
        Group column.
    order
        Group order (e.g. corpus order); default sorted.
    features
        The feature table of the same articles (``by``, ``n_words_author``,
        ``n_words_quoted``, ``n_words_reported``): a third column ``words`` gives the words of
        each group in each voice, the denominator without which counts of a group of long
        articles and one of leads do not compare.

    Returns
    -------
    pandas.DataFrame
        ``<by>, voice, <one count column per category>`` (integers), with ``words`` after
        ``voice`` when ``features`` is given.

    Examples
    --------
    >>> import pandas as pd
    >>> m = pd.DataFrame({"outlet": ["RT", "BBC", "RT"], "voice": ["author", "quoted", "author"],
    ...                   "category": ["hedge", "loaded", "loaded"]})
    >>> marker_counts(m, order=["RT", "BBC"]).values.tolist()
    [['RT', 'author', 1, 1], ['BBC', 'quoted', 0, 1]]
    >>> f = pd.DataFrame({"outlet": ["RT", "BBC"], "n_words_author": [900, 150],
    ...                   "n_words_quoted": [100, 20]})
    >>> marker_counts(m, order=["RT", "BBC"], features=f)["words"].tolist()
    [900, 20]
    """
    import pandas as pd

    counts = pd.crosstab([markers[by], markers["voice"]], markers["category"]).reset_index()
    counts.columns.name = None
    if order is not None:
        rank = {g: i for i, g in enumerate(order)}
        counts = counts.assign(_r=counts[by].map(rank).fillna(len(rank)))
        counts = counts.sort_values(["_r", "voice"], kind="stable")
        counts = counts.drop(columns="_r").reset_index(drop=True)
    if features is not None:
        voices = [v for v in ("author", "quoted", "reported") if f"n_words_{v}" in features]
        words = (
            features.groupby(by)[[f"n_words_{v}" for v in voices]]
            .sum()
            .rename(columns=lambda c: c.removeprefix("n_words_"))
            .stack()
        )
        keys = zip(counts[by], counts["voice"])
        # beside the voice, so that a wide table (many categories) still shows the
        # denominator with the first counts
        counts.insert(2, "words", [int(words.get(k, 0)) for k in keys])
    return counts


def loaded_term_table(
    markers: Any, *, by: str = "outlet", order: Sequence[str] | None = None, by_term: bool = False
) -> Any:
    """Every loaded-term hit, counted per group, voice and lexicon term (the words behind rates).

    Hits are counted per lexicon **term**, case-insensitively, so "Barbarians" at the start of
    a sentence and "barbarians" are one row (``n = 2``); the surface forms seen are listed.

    Parameters
    ----------
    markers
        Marker rows of :func:`analysis.spans` (``category``, ``subcategory``, ``term``, ``text``,
        ``voice``).
    by
        Group column.
    order
        Group order (e.g. corpus order); default sorted.
    by_term
        Rows term by term (the most frequent over all groups first), then group and voice, so
        that the groups using a term stand side by side; columns
        ``term, subcategory, <by>, voice, n, forms``.

    Returns
    -------
    pandas.DataFrame
        ``<by>, voice, subcategory, term, n, forms``; per group author voice first, then by
        ``n`` descending (``by_term``: see above).

    Examples
    --------
    >>> import pandas as pd
    >>> m = pd.DataFrame({"outlet": ["A", "A"], "voice": "quoted", "category": "loaded",
    ...                   "subcategory": "dehumanising", "term": ["barbarians", "barbarians"],
    ...                   "text": ["Barbarians", "barbarians"]})
    >>> loaded_term_table(m)[["term", "n", "forms"]].values.tolist()
    [['barbarians', 2, 'Barbarians, barbarians']]
    >>> m2 = pd.DataFrame({"outlet": ["A", "B", "B", "B"], "voice": "author",
    ...                    "category": "loaded", "subcategory": "x",
    ...                    "term": ["war", "war", "raid", "raid"], "text": "w"})
    >>> loaded_term_table(m2, by_term=True)[["term", "outlet", "n"]].values.tolist()
    [['raid', 'B', 2], ['war', 'A', 1], ['war', 'B', 1]]
    """
    import pandas as pd

    d = markers[markers["category"] == "loaded"].copy()
    cols = [by, "voice", "subcategory", "term", "n", "forms"]
    if d.empty:
        return pd.DataFrame(columns=cols)
    term = d["term"] if "term" in d.columns else d["text"]
    named = term.notna() & term.astype(str).str.len().gt(0)
    d["term"] = term.where(named, d["text"]).astype(str).str.lower()
    out = (
        d.groupby([by, "voice", "subcategory", "term"], sort=True)
        .agg(n=("text", "size"), forms=("text", lambda t: ", ".join(sorted(set(map(str, t))))))
        .reset_index()
    )
    groups = list(order) if order is not None else sorted(out[by].astype(str).unique())
    rank = {g: i for i, g in enumerate(groups)}
    out = out.assign(_g=out[by].map(rank).fillna(len(rank)), _v=out["voice"].ne("author"))
    if by_term:
        out["_t"] = out.groupby("term")["n"].transform("sum")
        keys, up = ["_t", "term", "_g", "_v"], [False, True, True, True]
        cols = ["term", "subcategory", by, "voice", "n", "forms"]
    else:
        keys, up = ["_g", "_v", "n", "term"], [True, True, False, True]
    out = out.sort_values(keys, ascending=up, kind="stable")
    return out.reset_index(drop=True)[cols]


def summary_table(
    summary: Any, *, by: str = "outlet", labels: Mapping[str, str] | None = None, digits: int = 2
) -> Any:
    """Wide view of :func:`analysis.outlet_summary`: features as rows, groups as columns,
    "mean [low–high]".

    Parameters
    ----------
    summary
        Long output of ``outlet_summary`` (``by, feature, n, mean, ci_low, ci_high``).
    by
        Its grouping column.
    labels
        Feature -> readable label (also fixes the row order); default all features, as named.
    digits
        Decimals.

    Returns
    -------
    pandas.DataFrame
        Indexed by feature label, one column per group, plus a first row ``articles (n)`` (the
        most articles any feature's mean is over); a mean over fewer articles (a rate per
        quoted word, of the articles that quote) gives its own n.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"outlet": ["A", "B"], "feature": "x", "n": [3, 1], "mean": [1.0, 2.0],
    ...                   "ci_low": [0.5, float("nan")], "ci_high": [1.5, float("nan")]})
    >>> summary_table(s, labels={"x": "X"}).loc["X"].tolist()
    ['1.00 [0.50–1.50]', '2.00']
    >>> q = pd.concat([s, s.assign(feature="q", n=[2, 1])])
    >>> summary_table(q, labels={"x": "X", "q": "Q"}).loc["Q"].tolist()
    ['1.00 [0.50–1.50] (n = 2)', '2.00']
    """
    import numpy as np
    import pandas as pd

    if labels is not None:
        labels = dict(labels)
    else:
        labels = {f: f for f in dict.fromkeys(summary["feature"])}
    rows = summary[summary["feature"].isin(labels)]
    groups = sorted(rows[by].astype(str).unique())
    n = rows.groupby(rows[by].astype(str))["n"].max()

    def fmt(r: Any) -> str:
        if not np.isfinite(r["mean"]):
            return "–"
        text = f"{r['mean']:,.{digits}f}"
        if np.isfinite(r["ci_low"]) and np.isfinite(r["ci_high"]):
            text += f" [{r['ci_low']:,.{digits}f}–{r['ci_high']:,.{digits}f}]"
        if r["n"] < n[str(r[by])]:  # a mean over fewer articles (e.g. those that quote) says so
            text += f" (n = {int(r['n']):,})"
        return text

    cells = {(str(r[by]), r["feature"]): fmt(r) for _, r in rows.iterrows()}
    data = {"articles (n)": [f"{int(n.get(g, 0)):,}" for g in groups]}
    for f, lab in labels.items():
        if f in set(rows["feature"]):
            data[lab] = [cells.get((g, f), "–") for g in groups]
    out = pd.DataFrame(data, index=pd.Index(groups, name=by)).T
    out.index.name = "feature"
    return out
