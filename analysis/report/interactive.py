"""The interactive parts of a report page, offline: sortable, filterable tables, the
keyword-in-context search and the sentences behind a table cell.

The tables are DataTables, taken from the offline bundle that the ITables package ships
(``itables/html/dt_bundle.js`` + ``.css``: DataTables 2 and jQuery, MIT licence).  A page that
has any interactive element gets, once, that bundle (base64, imported from a ``blob:`` URL, as
ITables' own ``connected=False`` mode does), the bundle's CSS and this package's small script
``static/framing.js``; nothing is fetched from the network.  The HTML the notebooks display is
an ordinary table (it reads without JavaScript: in Jupyter, in an e-mail, in a test); the
script turns every ``<table data-framing-table=…>`` into a DataTable when the page loads.

Data a script needs (the sentences to search, the evidence behind cells) travel as
``<script type="application/json">`` blocks written by :func:`json_script`.
"""

from __future__ import annotations

import html
import json
from functools import cache
from typing import Any

__all__ = ["INTERACTIVE_MARK", "page_assets", "table_options", "json_script", "json_attribute"]

#: Every interactive element carries this marker; :func:`page_assets` is added to a page that has
#: it (see :func:`analysis.report.render_html`).
INTERACTIVE_MARK = "data-framing"


def table_options(
    n_rows: int, *, page_length: int = 20, numeric: list[int] | None = None
) -> dict[str, Any]:
    """The DataTables options of a report table: the original row order, search, and pages
    of ``page_length`` rows once the table is longer than that.

    Parameters
    ----------
    n_rows
        Rows in the table.
    page_length
        Rows per page.
    numeric
        Indexes of the columns that sort by the first number of their text (``1,234.5``,
        ``0.57 [0.51–0.63]``; an en dash sorts first): the ordering type ``framing-num``
        that ``static/framing.js`` registers.

    Returns
    -------
    dict
        JSON-ready DataTables options.

    Examples
    --------
    >>> table_options(5)
    {'order': [], 'autoWidth': False, 'searching': True, 'paging': False, 'info': False}
    >>> table_options(300)["pageLength"], table_options(300)["lengthMenu"]
    (20, [10, 20, 50, 100])
    """
    opts: dict[str, Any] = {"order": [], "autoWidth": False, "searching": True}
    paged = n_rows > page_length
    opts.update({"paging": paged, "info": paged})
    if paged:
        menu = sorted({10, page_length, 50, 100})
        opts.update({"pageLength": page_length, "lengthMenu": menu})
    if numeric:
        opts["columnDefs"] = [{"targets": list(numeric), "type": "framing-num"}]
    return opts


def json_attribute(value: Any) -> str:
    """``value`` as JSON, escaped for a double-quoted HTML attribute.

    Examples
    --------
    >>> json_attribute({"outlet": "A&B"})
    '{&quot;outlet&quot;: &quot;A&amp;B&quot;}'
    """
    return html.escape(json.dumps(value, ensure_ascii=False, sort_keys=True), quote=True)


def json_script(element_id: str, payload: Any) -> str:
    """A ``<script type="application/json">`` block holding ``payload`` (never executed).

    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so no text in the payload can close
    the element.

    Examples
    --------
    >>> json_script("x", {"t": "</script>"})
    '<script type="application/json" id="x">{"t":"\\\\u003c/script\\\\u003e"}</script>'
    """
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    eid = html.escape(element_id, quote=True)
    return f'<script type="application/json" id="{eid}">{text}</script>'


@cache
def page_assets() -> str:
    """The ``<style>`` and ``<script>`` blocks a page with interactive elements needs, inline.

    DataTables and jQuery come from the offline bundle of the pinned ITables package (about
    0.9 MB once per page); this package's script and CSS follow.

    Returns
    -------
    str

    Examples
    --------
    >>> a = page_assets()
    >>> 'id="framing-dt-bundle"' in a and "http://" not in a.split("framing-dt-bundle")[0]
    True
    """
    import base64
    from importlib.resources import files
    from pathlib import Path

    from itables import options

    bundle = Path(options.dt_bundle)
    js_b64 = base64.b64encode(bundle.read_bytes()).decode("ascii")
    dt_css = bundle.with_suffix(".css").read_text(encoding="utf-8")
    static = files("analysis.report") / "static"
    own_css = (static / "framing.css").read_text(encoding="utf-8")
    own_js = (static / "framing.js").read_text(encoding="utf-8")
    return (
        f"<style>{dt_css}\n{own_css}</style>\n"
        f'<script type="text/plain" id="framing-dt-bundle">{js_b64}</script>\n'
        f"<script>{own_js}</script>\n"
    )
