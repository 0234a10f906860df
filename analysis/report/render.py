"""Render executed notebooks as standalone HTML pages: the report page and the index page.

A page is one self-contained file: the project's own CSS, figures embedded as base64 PNG,
code hidden unless asked for, and no script, stylesheet or font loaded from the network.  A
failed notebook's page shows a red banner naming the failing cell, its code and traceback, and
how many cells were not run.  Memory addresses and run-specific metadata are removed, so the
same notebook gives the same bytes.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .interactive import INTERACTIVE_MARK, page_assets
from .notebooks import notebook_title
from .provenance import dependency_versions

__all__ = ["NotebookResult", "render_html", "index_html"]

_ADDRESS_RE = re.compile(r" at 0x[0-9a-fA-F]+")


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


# ---------------------------------------------------------------------------------------------
# Preparing an executed notebook
# ---------------------------------------------------------------------------------------------


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


def _failed(cell: Any) -> bool:
    """Whether :func:`analysis.report.execute_notebook` tagged this cell as the failing one."""
    return "report-error" in cell.get("metadata", {}).get("tags", [])


def _prepare_for_render(nb: Any, *, show_code: bool) -> tuple[Any, int]:
    """Hide code (except a failing cell's), drop cells not run after a failure."""
    import copy

    nb = copy.deepcopy(nb)
    failed_at = next((i for i, c in enumerate(nb.cells) if _failed(c)), None)
    not_run = 0
    if failed_at is not None:
        not_run = len(nb.cells) - failed_at - 1
        nb.cells = nb.cells[: failed_at + 1]
    if not show_code:  # a code cell without output would render as an empty box
        nb.cells = [c for c in nb.cells if c.cell_type != "code" or c.get("outputs") or _failed(c)]
    for cell in nb.cells:
        if cell.cell_type == "code":
            hide = not show_code and not _failed(cell)
            if hide:
                cell.metadata.setdefault("transient", {})["remove_source"] = True
    _sanitise(nb)
    return nb, not_run


# ---------------------------------------------------------------------------------------------
# The page
# ---------------------------------------------------------------------------------------------


def _pygments_css() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(style="default").get_style_defs(".highlight")


_CSS = """
:root { --ink:#1f2328; --muted:#59636e; --rule:#d1d9e0; --bg:#ffffff; --soft:#f6f8fa; \
--accent:#0b5cad; }
* { box-sizing: border-box; }
html { font-size: 17px; }
body { margin:0; background:var(--bg); color:var(--ink);
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; \
line-height:1.55; }
nav.top { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  border-bottom:1px solid var(--rule); padding:.6rem 1.2rem; background:var(--soft); \
color:var(--muted); }
nav.top a { color:var(--accent); text-decoration:none; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.5rem 4rem; }
h1,h2,h3,h4 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", \
sans-serif;
  line-height:1.25; margin:1.6em 0 .5em; }
h1 { font-size:1.9rem; margin-top:.4em; } h2 { font-size:1.4rem; \
border-bottom:1px solid var(--rule); padding-bottom:.2em; }
h3 { font-size:1.15rem; }
a.anchor-link { display:none; }
p, li { max-width: 46rem; }
code, pre, kbd { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .82rem; }
p code, li code { background:var(--soft); padding:.05em .3em; border-radius:3px; }
pre { background:var(--soft); padding:.7rem .9rem; overflow-x:auto; border-radius:4px; \
line-height:1.4; }
.input_area pre, .highlight pre { border-left:3px solid var(--rule); }
.output_stderr pre { background:#fff8e1; border-left:3px solid #e0a800; }
.output_error pre { background:#fdecea; border-left:3px solid #c62828; }
.output_png img, .output_svg svg, img { max-width:100%; height:auto; }
.output_png { margin: .8rem 0; }
table { border-collapse:collapse; border:0; margin:.8rem 0; font: 13.5px/1.35 system-ui, \
-apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
.output_html, .output_subarea { overflow-x:auto; max-width:100%; }
/* a table wider than the page scrolls in its box; a shadow on the box's right edge says that \
more columns are to the right (overlay scroll bars are hidden until one scrolls). The white \
cover scrolls with the content and hides the shadow at its end, so a box that fits shows none. */
.output_html, .dt-layout-table > .dt-layout-cell { overflow-x:auto; background: \
linear-gradient(to left, #fff 40%, rgba(255,255,255,0)) right / 2rem 100% no-repeat local, \
radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.35), rgba(0,0,0,0)) right / 16px 100% \
no-repeat scroll; }
th, td { border:0; border-bottom:1px solid var(--rule); padding:.3rem .6rem; \
text-align:left; vertical-align:top; }
thead th { border-bottom:2px solid var(--ink); background:var(--soft); }
tbody tr:nth-child(even) { background:rgba(0,40,80,.015); }
td.date { white-space:nowrap; }
td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; white-space:nowrap; }
.dataframe td { font-variant-numeric: tabular-nums; }
.prompt, .input_prompt, .output_prompt { display:none; }
.report-summary { background:#eef5fc; border-left:4px solid var(--accent); padding:.6rem .9rem; }
.report-error { background:#fdecea; border:2px solid #c62828; color:#7f1d1d; \
padding:.8rem 1rem; border-radius:4px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
.report-error strong { color:#b71c1c; }
.report-note { color:var(--muted); font-style:italic; }
.report-caveat { background:#fff8e1; border-left:4px solid #e0a800; padding:.5rem .9rem; }
.report-skip { background:#eceff1; border-left:4px solid #78909c; padding:.5rem .9rem; }
.report-note-box { background:var(--soft); border-left:4px solid var(--rule); \
padding:.5rem .9rem; }
.report-bullets { background:var(--soft); border-left:4px solid var(--accent); \
padding:.3rem .9rem; max-width:46rem; }
.report-bullets ul { margin:.3rem 0 .5rem; padding-left:1.2rem; } \
.report-bullets li { margin:.25rem 0; }
table.report-table caption { caption-side:top; text-align:left; font-weight:600; \
padding:.2rem 0 .4rem; color:var(--ink); max-width:46rem; position:sticky; left:0; }
table.report-table th:first-child, table.report-table td:first-child { min-width:8rem; \
position:sticky; left:0; z-index:1; }
table.report-table tbody td:first-child { background:#fff; }
figure.report-figure { margin:1.2rem 0 1.6rem; }
figure.report-figure img { display:block; max-width:100%; height:auto; \
border:1px solid var(--rule); }
figure.report-figure figcaption { font-size:.9rem; color:var(--muted); margin-top:.4rem; \
max-width:46rem; }
footer.manifest { margin-top:3rem; border-top:1px solid var(--rule); padding-top:1rem; \
color:var(--muted); font-size:.85rem; }
footer.manifest table { font-size:12.5px; }
details summary { cursor:pointer; }
.index-list { list-style:none; padding:0; }
.index-list li { margin:0 0 1.1rem; padding:.2rem 0 .2rem .9rem; \
border-left:4px solid var(--rule); max-width:none; }
.index-list li.failed { border-left-color:#c62828; }
.index-list a { font: 600 1.05rem system-ui, -apple-system, "Segoe UI", Roboto, \
"DejaVu Sans", sans-serif; color:var(--accent); }
.index-desc { display:block; }
.index-result { display:block; color:var(--muted); font-size:.92rem; margin-top:.15rem; }
.status-failed { color:#b71c1c; font-weight:700; font-family: system-ui, sans-serif; }
/* printed or saved as PDF, a table cannot scroll: what overflows the page is cut off (a
   six-country table of intervals is 1,033 px wide on a 703 px A4 page). In print, tables
   take the page width, with a smaller font, tighter cells and wrapping cells. */
@media print {
  nav.top { display:none; }
  main { max-width:none; padding:0; }
  .output_html, .output_subarea, .dt-container, .dt-layout-row, .dt-layout-cell, \
.dt-layout-table, .dt-scroll, .dt-scroll-body { overflow:visible !important; }
  main table, main table.dataTable { width:100% !important; max-width:100%; \
font-size:8.5pt !important; }
  main table th, main table td, main table.dataTable > thead > tr > th, \
main table.dataTable > tbody > tr > td { padding:.15rem .25rem !important; \
white-space:normal !important; overflow-wrap:break-word; min-width:0 !important; }
  table.report-table caption, table.report-table th:first-child, \
table.report-table td:first-child { position:static; max-width:none; }
  thead { display:table-header-group; } tr { break-inside:avoid; }
  .output_html, .dt-layout-table > .dt-layout-cell { background:none; }
}
"""


def _page(title: str, body: str, *, extra_css: str = "", nav: str = "") -> str:
    # the tables, the keyword search and the evidence links need their script, once per page
    assets = page_assets() if INTERACTIVE_MARK in body else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>{_CSS}{extra_css}</style>\n"
        "</head>\n<body>\n"
        f"{nav}<main>\n{body}\n</main>\n{assets}</body>\n</html>\n"
    )


def _plain_table(rows: Iterable[tuple[Any, ...]], header: tuple[str, ...]) -> str:
    """A bare, escaped HTML table (the manifest's tables)."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in r) + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _manifest_html(manifest: Mapping[str, Any]) -> str:
    """The run manifest as headed tables (corpus, parameters, versions, lexicons, kernel)."""
    c = manifest.get("corpus", {})
    corpus = [(c.get("path"), c.get("n_files"), c.get("bytes"), c.get("sha256"))]
    parameters = [(k, json.dumps(v)) for k, v in manifest.get("parameters", {}).items()]
    lexicons = [(x["file"], x["rows"], x["sha256"]) for x in manifest.get("lexicons", [])]
    n_lexicons = len(manifest.get("lexicons", []))
    parts = [
        "<h4>Corpus</h4>",
        _plain_table(corpus, ("path", "files", "bytes", "sha256")),
        "<h4>Parameters</h4>",
        _plain_table(parameters, ("name", "value")),
        "<h4>Versions</h4>",
        _plain_table(manifest.get("versions", {}).items(), ("package", "version")),
        f"<details><summary>Lexicons and rule files ({n_lexicons:,})</summary>",
        _plain_table(lexicons, ("file", "rows", "sha256 (16)")),
        "</details>",
        "<details><summary>Kernel environment</summary>",
        _plain_table(manifest.get("environment", {}).items(), ("variable", "value")),
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
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hi")])
    >>> page = render_html(nb)
    >>> "<h1" in page and "http" not in page.split("<main>")[0]
    True
    """
    prepared, not_run = _prepare_for_render(nb, show_code=show_code)
    body = _notebook_body(prepared)
    banner = _error_banner(error, not_run) if error else ""
    tail = ""
    if not_run:
        tail = f'<p class="report-note">[{not_run} cell(s) after the failure were not run.]</p>'
    footer = _manifest_footer(manifest) if manifest is not None else ""
    nav = (
        f'<nav class="top"><a href="index.html">&larr; All reports</a> &middot; media-framing '
        f"{html.escape(dependency_versions()['media-framing'])}</nav>\n"
    )
    extra_css = _pygments_css() if show_code else ""
    return _page(notebook_title(nb), banner + body + tail + footer, extra_css=extra_css, nav=nav)


def _notebook_body(prepared: Any) -> str:
    """The notebook's cells as HTML, from nbconvert's body-only ``basic`` template."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="basic",
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        anchor_link_text="",
    )
    body, _ = exporter.from_notebook_node(prepared)
    return body


def _error_banner(error: str, not_run: int) -> str:
    """The red banner at the top of a failed notebook's page."""
    return (
        '<div class="report-error" role="alert"><strong>This report is incomplete: the notebook '
        "failed.</strong><br>"
        f"{html.escape(error)}<br>The failing cell's code and traceback are shown where it "
        "stopped"
        + (f"; the {not_run} cell(s) after it were not run." if not_run else ".")
        + "</div>"
    )


def _manifest_footer(manifest: Mapping[str, Any]) -> str:
    """The collapsed run manifest at the end of a report page."""
    return (
        '<footer class="manifest"><details><summary>Run manifest: versions, lexicons, parameters, '
        "corpus hash</summary>\n" + _manifest_html(manifest) + "</details></footer>"
    )


# ---------------------------------------------------------------------------------------------
# The index
# ---------------------------------------------------------------------------------------------


def index_html(
    results: Sequence[NotebookResult],
    manifest: Mapping[str, Any],
    *,
    figure_files: Sequence[str] = (),
    data_files: Sequence[str] = (),
) -> str:
    """The index page: one entry per report (title, status, summary), the data files to
    download and the run manifest.

    Examples
    --------
    >>> r = NotebookResult("01-corpus", "Corpus", "5 articles.", Path("01-corpus.html"))
    >>> "01-corpus.html" in index_html([r], {"corpus": {}, "parameters": {}})
    True
    """
    items = [_index_item(r) for r in results]
    n_fail = sum(not r.ok for r in results)
    c = manifest.get("corpus", {})
    state = (
        f'<p class="report-error"><strong>{n_fail:,} of {len(results):,} notebooks '
        "failed.</strong> Their reports show the error.</p>"
        if n_fail
        else ""
    )
    sha = html.escape(str(c.get("sha256", ""))[:16])
    n = c.get("n_files", "")
    files = f"{n:,} file{'' if n == 1 else 's'}" if isinstance(n, int) else str(n) + " files"
    body = (
        "<h1>Media-framing reports</h1>\n"
        f"<p>Corpus <code>{html.escape(str(c.get('path', '')))}</code> "
        f"({html.escape(files)}, sha256 <code>{sha}</code>&hellip;). "
        "Each report is a notebook executed on this corpus; open one below. "
        "Every number in them can be traced to the words behind it (see the evidence view in "
        "report 02).</p>\n"
        f'{state}<ul class="index-list">\n'
        + "\n".join(items)
        + "\n</ul>\n"
        + _data_links(data_files)
        + '<h2>Run manifest</h2>\n<p>Also as <a href="manifest.json">manifest.json</a>. '
        "Identical inputs and versions give byte-identical reports.</p>\n"
        + _manifest_html(manifest)
    )
    if figure_files:
        body += _figure_data_links(figure_files)
    nav = '<nav class="top">media-framing &middot; reports</nav>\n'
    return _page("Media-framing reports", body, nav=nav)


def _index_item(r: NotebookResult) -> str:
    """One report's entry in the index: link, status, description and result line."""
    status = "" if r.ok else ' <span class="status-failed">FAILED</span>'
    cls = "" if r.ok else ' class="failed"'
    desc = ""
    if r.description:
        desc = f'<span class="index-desc">{html.escape(r.description)}</span>'
    if not r.ok:
        result = f'<span class="index-result status-failed">{html.escape(r.error or "")}</span>'
    elif r.summary and r.summary != r.description:
        summary = html.escape(r.summary)
        result = f'<span class="index-result"><strong>Result:</strong> {summary}</span>'
    else:
        result = ""
    link = f'<a href="{html.escape(r.html.name)}">{html.escape(r.title)}</a>'
    return f"<li{cls}>{link}{status}<br>{desc}{result}</li>"


#: What each exported table holds (``reports/data/<stem>.csv|parquet``), for the index; every
#: table a notebook exports has a line here (tests/test_report_review13.py).
DATA_DESCRIPTIONS = {
    "features": "one row of framing features per article (docs/features.md)",
    "evidence": "every span behind every feature: quotations, attributions, markers, removed "
    "lines (analysis.spans; offsets into the cleaned body)",
    "alignment": "same-event alignment: each unit and how each outlet carries it",
    "events": "the events reported by two or more outlets, with their articles (report 04)",
    "genres": "the articles that look like opinion pages, live blogs, letters … (not news "
    "reports), with the cue that marked each (report 01)",
    "measured-accuracy": "every shipped accuracy score of the detectors against human "
    "annotation, with its gold set, split and measure (report 05)",
}


def _data_links(data_files: Sequence[str]) -> str:
    """The index section listing the exported tables, one line per table with its formats."""
    if not data_files:
        return ""
    stems: dict[str, list[str]] = {}
    for f in data_files:
        stems.setdefault(Path(f).stem, []).append(f)
    items = []
    for stem, files in stems.items():
        links = ", ".join(
            f'<a href="{html.escape(f, quote=True)}">{html.escape(Path(f).suffix[1:])}</a>'
            for f in files
        )
        desc = DATA_DESCRIPTIONS.get(stem, "")
        items.append(
            f"<li><strong>{html.escape(stem)}</strong>"
            + (f": {html.escape(desc)}" if desc else "")
            + f" ({links})</li>"
        )
    return (
        "<h2>Data</h2>\n<p>The tables behind the reports, for your own analysis:</p>\n<ul "
        'class="data-list">' + "".join(items) + "</ul>\n"
    )


def _figure_data_links(figure_files: Sequence[str]) -> str:
    """The index section linking the CSV data of every saved figure."""
    links = ", ".join(
        f'<a href="{html.escape(f, quote=True)}">{html.escape(Path(f).stem)}</a>'
        for f in figure_files
    )
    return (
        "\n<h2>Figure data</h2>\n<p>The numbers behind every saved figure, as CSV (the PNG and "
        f"SVG files sit next to them): {links}.</p>"
    )
