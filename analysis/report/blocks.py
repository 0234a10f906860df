"""HTML building blocks a notebook displays: notes, bullet lists, tables, figures, the summary line.

These are what the notebooks call to present a result (with :mod:`.tables`, :mod:`.describe`
and :mod:`.evidence`).  Every block displays itself in Jupyter and in the rendered report;
the report runner (:mod:`.build`) only reads back the one-line summary (:data:`SUMMARY_MIME`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import FramingError
from .interactive import json_attribute, table_options

__all__ = [
    "SUMMARY_MIME",
    "ReportSummary",
    "Table",
    "table",
    "FigureHTML",
    "HTMLBlock",
    "figure",
    "figure_or_skip",
    "note",
    "bullets",
    "collapsible",
]

#: MIME type of the one-line summary a notebook emits for the index (see :class:`ReportSummary`).
SUMMARY_MIME = "application/vnd.media-framing.summary+json"


class ReportSummary:
    """A one-line summary a notebook displays; the report index shows the last one emitted.

    Displayed in the notebook (and its report) as a bold "In short" paragraph.  Write it from
    the numbers (e.g. ``f"{n:,} articles from {k:,} outlets"``) so that it stays true of the data.

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
        escaped = prose_html(self.text)
        return {
            "text/html": f'<p class="report-summary"><strong>In short.</strong> {escaped}</p>',
            "text/plain": f"In short. {self.text}",
            SUMMARY_MIME: {"summary": self.text},
        }

    def __repr__(self) -> str:
        return f"ReportSummary({self.text!r})"


class HTMLBlock:
    """An HTML fragment that displays itself in Jupyter and in the reports."""

    def __init__(self, markup: str, plain: str = "") -> None:
        self.markup = markup
        self.plain = plain

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return self.plain or self.markup


_HTMLBlock = HTMLBlock  # the former name, for code written against it


class Table(HTMLBlock):
    """A captioned table (see :func:`table`)."""


class FigureHTML(HTMLBlock):
    """A captioned figure embedded as base64 PNG (see :func:`figure`)."""


_CODE_SPAN_RE = re.compile(r"`([^`\n]+)`")


def prose_html(text: str) -> str:
    """Escape a plain-text sentence for HTML, with its `code spans` as ``<code>`` elements.

    The notes, bullets and summaries of the reports are plain text written in the markdown
    habit of the notebooks' prose: a command or a path between backticks.  The notebooks'
    markdown cells render these as code; a note went through :func:`html.escape` only, so the
    backticks were printed (review36).  One rule for every note: a pair of backticks on one
    line, with no backtick between them, is a code span; a lone backtick stays as it is.

    Parameters
    ----------
    text
        Plain text.

    Returns
    -------
    str
        HTML-escaped text, code spans wrapped in ``<code>``.

    Examples
    --------
    >>> prose_html("run `framing report --corpus a<b.csv` now")
    'run <code>framing report --corpus a&lt;b.csv</code> now'
    >>> prose_html("a lone ` backtick")
    'a lone ` backtick'
    """
    return _CODE_SPAN_RE.sub(r"<code>\1</code>", html.escape(str(text)))


_NOTE_LABELS = {"note": "Note.", "caveat": "Caveat.", "skip": "Skipped."}
_NOTE_CLASSES = {"note": "report-note-box", "caveat": "report-caveat", "skip": "report-skip"}


def note(text: str, *, kind: str = "note") -> HTMLBlock:
    """A short boxed remark for a report: a caveat, a skipped section, a warning.

    Parameters
    ----------
    text
        Plain text (escaped; `code spans` between backticks render as code, :func:`prose_html`).
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
    label = _NOTE_LABELS.get(kind, "Note.")
    cls = _NOTE_CLASSES.get(kind, "report-note-box")
    markup = f'<p class="{cls}"><strong>{label}</strong> {prose_html(text)}</p>'
    return HTMLBlock(markup, f"{label} {text}")


def bullets(items: Iterable[str], *, title: str | None = None) -> HTMLBlock:
    """A bulleted list of plain-text sentences (escaped, code spans as in :func:`prose_html`).

    Examples
    --------
    >>> block = bullets(["a < b", "c"], title="Findings")
    >>> block._repr_html_().removeprefix('<div class="report-bullets">')
    '<p><strong>Findings</strong></p><ul><li>a &lt; b</li><li>c</li></ul></div>'
    """
    items = list(items)
    head = f"<p><strong>{html.escape(title)}</strong></p>" if title else ""
    lis = "".join(f"<li>{prose_html(i)}</li>" for i in items)
    plain = "\n".join(f"- {i}" for i in items)
    return HTMLBlock(f'<div class="report-bullets">{head}<ul>{lis}</ul></div>', plain)


def collapsible(summary: str, block: Any) -> HTMLBlock:
    """A block shown on a click: ``<details>`` under the line ``summary`` (plain text, code
    spans as in :func:`prose_html`); ``block`` has ``_repr_html_`` or is an HTML string.

    Examples
    --------
    >>> collapsible("media sources: A 2", "<p>x</p>")._repr_html_()
    '<details class="report-collapsible"><summary>media sources: A 2</summary><p>x</p></details>'
    """
    inner = block._repr_html_() if hasattr(block, "_repr_html_") else str(block)
    markup = (
        f'<details class="report-collapsible"><summary>{prose_html(summary)}</summary>'
        f"{inner}</details>"
    )
    return HTMLBlock(markup, f"{summary}\n{getattr(block, 'plain', '')}".rstrip())


def table(
    df: Any,
    *,
    caption: str = "",
    index: bool = False,
    digits: int = 2,
    max_rows: int | None = 60,
    max_colwidth: int | None = 90,
    interactive: bool = True,
    page_length: int = 20,
    evidence: Callable[[dict[str, Any], str], dict[str, Any] | None] | None = None,
    evidence_source: str = "framing-evidence",
) -> Table:
    """Render a DataFrame as a captioned, escaped, deterministic HTML table.

    Numbers are right-aligned and rounded to ``digits`` decimals; missing values show as an
    en dash; long cells are truncated with an ellipsis; longer tables say how many rows are
    not shown.  In a rendered report the table can be sorted (by the number behind a rounded
    cell), searched, and is paged when longer than ``page_length`` rows (see
    :mod:`analysis.report.interactive`); without JavaScript it is the plain table.

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
    interactive
        Sortable and searchable in the report (``False``: a static table).
    page_length
        Rows per page of a long interactive table.
    evidence
        ``evidence(row, column)`` -> the filter (field -> value) of the evidence rows behind
        that cell, or ``None``; ``row`` maps every column to its value.  Clicking such a cell
        lists its sentences from the page's evidence block (see
        :func:`analysis.report.link_cells` and :func:`analysis.report.evidence_block`).
    evidence_source
        Element id of that evidence block.

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
    import pandas as pd

    frame = df.to_frame() if isinstance(df, pd.Series) else df
    n = len(frame)
    shown = frame if max_rows is None or n <= max_rows else frame.head(max_rows)
    if index:
        names = [n if n is not None else "" for n in shown.index.names]
        shown = shown.reset_index()
        shown.columns = names + list(shown.columns[len(names) :])
    # a column name may break after an underscore ("passive_<wbr>agentless"): a table that
    # nearly fits its box then fits, instead of showing a scroll bar for a few pixels
    head = "".join(f"<th>{html.escape(str(c)).replace('_', '_<wbr>')}</th>" for c in shown.columns)
    columns = [str(c) for c in shown.columns]
    records = list(shown.itertuples(index=False, name=None))
    cells = [[_cell(v, digits=digits, max_colwidth=max_colwidth) for v in rec] for rec in records]
    # a missing value's dash stands with the numbers of its column (right-aligned)
    with_numbers = [any(num is True for _, num in col) for col in zip(*cells)]
    cells = [
        [
            ("&ndash;", "missing") if txt == "&ndash;" and w else (txt, num)
            for (txt, num), w in zip(row, with_numbers)
        ]
        for row in cells
    ]
    # a column sorts by number when every cell that is not missing is a number
    numeric = [
        all(num is True or txt == "&ndash;" for txt, num in col)
        and any(num is True for _, num in col)
        for col in zip(*cells)
    ]
    rows = [
        _row_html(
            rec,
            row_cells,
            links=_cell_links(dict(zip(columns, rec)), columns, evidence),
        )
        for rec, row_cells in zip(records, cells)
    ]
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    more = ""
    if len(shown) < n:
        more = f'<p class="report-note">Showing {len(shown):,} of {n:,} rows.</p>'
    attrs = ""
    if interactive and len(shown) > 1:
        num_cols = [i for i, yes in enumerate(numeric) if yes]
        opts = table_options(len(shown), page_length=page_length, numeric=num_cols)
        attrs = f' data-framing-table="{json_attribute(opts)}"'
    if evidence is not None:
        attrs += f' data-ev-source="{html.escape(evidence_source, quote=True)}"'
    # ten columns and more (a count table of every marker family): narrower cells, so that
    # it fits the page instead of scrolling for a few pixels
    cls = "report-table wide" if len(columns) >= 10 else "report-table"
    markup = (
        f'<table class="{cls}"{attrs}>{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{more}"
    )
    return Table(markup, f"<table: {caption or 'untitled'} ({n:,} rows)>")


def _cell_links(
    row: dict[str, Any], columns: list[str], evidence: Any
) -> list[dict[str, Any] | None]:
    """The evidence filter of each cell of one row (``None``: no link)."""
    if evidence is None:
        return [None] * len(columns)
    return [evidence(row, c) for c in columns]


#: A cell that reads as a number: ``1,234.5``, a bound such as a p-value ``< 0.001``, or a
#: summary_table cell ``mean [low–high]``.
_NUMBER_CELL_RE = re.compile(
    r"(?:[<>≤≥] )?[-−]?[\d,]+(?:\.\d+)?(?: \[[-−]?[\d,]+(?:\.\d+)?–[-−]?[\d,]+(?:\.\d+)?\])?"
)


def _row_html(
    rec: tuple[Any, ...],
    cells: list[tuple[str, bool | str]],
    *,
    links: list[dict[str, Any] | None],
) -> str:
    """One ``<tr>`` of :func:`table`: numbers right-aligned, dates unbroken, cells with evidence
    behind them clickable."""
    tds = []
    for v, (txt, num), link in zip(rec, cells, links):
        attrs = {True: ' class="num"', "missing": ' class="num"', "date": ' class="date"'}.get(
            num, ""
        )
        if link is not None:
            attrs += f' data-ev="{json_attribute(link)}" tabindex="0"'
            if num is True and not isinstance(v, str) and float(v).is_integer():
                attrs += f' data-ev-n="{int(v)}"'
        tds.append(f"<td{attrs}>{txt}</td>")
    return "<tr>" + "".join(tds) + "</tr>"


def _cell(v: Any, *, digits: int, max_colwidth: int | None) -> tuple[str, bool | str]:
    """A value's escaped cell text, and whether it is a number (``True``) or a date (``"date"``)."""
    import numpy as np
    import pandas as pd

    if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA or v is pd.NaT:
        return "&ndash;", False
    if isinstance(v, (bool, np.bool_)):
        return ("yes" if v else "no"), False
    if isinstance(v, (int, np.integer)):
        return f"{int(v):,}", True
    if isinstance(v, (float, np.floating)):
        return f"{float(v):,.{digits}f}", True
    if isinstance(v, pd.Timestamp):
        # a day, or a day and time as people write them ("2020-03-24 12:00"); dates are stored
        # as UTC without a zone, so the zone is named when the value carries one
        fmt = (
            "%Y-%m-%d"
            if v == v.normalize()
            else "%Y-%m-%d %H:%M:%S"
            if v.second
            else "%Y-%m-%d %H:%M"
        )
        day = v.strftime(fmt) + (f" {v.tzname()}" if v.tzinfo is not None else "")
        return html.escape(day), "date"
    text = " ".join(str(v).split())
    if max_colwidth is not None and len(text) > max_colwidth:
        text = text[: max_colwidth - 1] + "…"
    # "mean [low–high]" strings (summary_table) are numbers too: right-aligned, never broken inside
    return html.escape(text), bool(_NUMBER_CELL_RE.fullmatch(text))


def figure(
    fig: Any, *, caption: str, alt: str | None = None, dpi: int = 110, close: bool = True
) -> FigureHTML:
    """Embed a matplotlib figure as a captioned base64 PNG (deterministic bytes).

    The PNG carries no software/date metadata, so identical figures give identical reports.
    When :func:`analysis.plots.save_figure` saved the figure first, a link under the caption
    downloads its data (the CSV, embedded in the page when small).

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
        f"<figcaption>{html.escape(caption)}</figcaption>{_data_link(f)}</figure>"
    )
    return FigureHTML(markup, f"<figure: {caption}>")


def _data_link(fig: Any) -> str:
    """The download link of the data :func:`analysis.plots.save_figure` wrote for ``fig``."""
    path = getattr(fig, "framing_data_file", None)
    if path is None or not Path(path).is_file():
        return ""
    from .downloads import file_link

    return f'<div class="figure-data">The numbers behind this figure: {file_link(path)}</div>'


def figure_or_skip(
    what: str,
    compute: Any,
    plot: Any,
    *,
    name: str,
    caption: str,
    data: Any = None,
    folder: str | Path | None = None,
) -> HTMLBlock:
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
