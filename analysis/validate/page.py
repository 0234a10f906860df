"""The offline coding page: one self-contained HTML file over a coding sheet.

The page (``page.html`` with ``page.css`` and ``page.js`` inlined, the sheet and the codebook
embedded as JSON) needs no server and loads nothing from the network.  A coder types a name,
then codes item after item with the keyboard (``r`` right, ``w`` wrong, ``u`` unsure, ``n`` a
note, arrows to move); progress is kept in the browser's ``localStorage`` under a key derived
from the sheet's item ids, so reopening the file resumes.  ``e`` exports a CSV with the sheet's
columns, unchanged, plus ``coder_<name>`` (1, 0 or blank) and ``note_<name>`` ("unsure" for an
unsure item): exactly what :func:`~analysis.validate.score.score_coding` reads.  The outlet is
in the export but never shown, so coding stays blind to it.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from importlib import resources

import pandas as pd

from ..errors import FramingError
from .codebook import GENERIC, codebook
from .sheet import cell_text

__all__ = ["coding_page"]


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _script_json(payload: object) -> str:
    """JSON safe inside ``<script>``: no ``</`` can close the element."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def coding_page(sheet: pd.DataFrame, *, title: str = "Coding sheet", stem: str = "sheet") -> str:
    """The coding page of a sheet: one HTML file that works offline.

    Parameters
    ----------
    sheet
        From :func:`~analysis.validate.sample.coding_sample` (or read back with
        :func:`~analysis.validate.sheet.read_sheet`); it needs ``item_id``, ``detector``,
        ``label``, ``context`` and the offsets ``start``, ``end``, ``context_start``.
    title
        The page title.
    stem
        The sheet's file name without extension: the export is ``<stem>-coded-<name>.csv``.

    Returns
    -------
    str
        The HTML.  Every cell of the sheet is embedded as text and exported unchanged.

    Raises
    ------
    FramingError
        The sheet is empty or lacks a column the page needs.

    Examples
    --------
    >>> s = pd.DataFrame({"item_id": ["q-1"], "detector": ["quote"], "kind": ["hit"],
    ...                   "label": ["a direct quotation"], "text": ["We won"],
    ...                   "context": ["He said 'We won'."], "start": [9], "end": [15],
    ...                   "context_start": [0]})
    >>> page = coding_page(s, title="Demo")
    >>> page.startswith("<!DOCTYPE html>"), "<title>Demo</title>" in page, "http" in page
    (True, True, False)
    """
    need = ["item_id", "detector", "label", "context", "start", "end", "context_start"]
    missing = [c for c in need if c not in sheet.columns]
    if missing:
        raise FramingError(
            f"the coding page needs the column(s) {', '.join(missing)} (a sheet written by "
            "coding_sample has them)"
        )
    if sheet.empty:
        raise FramingError("the coding sheet has no items: nothing to code")
    columns = [str(c) for c in sheet.columns]
    rows = [[cell_text(v) for v in row] for row in sheet.itertuples(index=False)]
    ids = "\n".join(r[columns.index("item_id")] for r in rows)
    detectors = list(dict.fromkeys(sheet["detector"].astype(str)))
    book = codebook(detectors, strict=False)
    payload = {
        "columns": columns,
        "rows": rows,
        "codebook": {d: dict(book.loc[d]) for d in detectors},
        "generic": GENERIC,
        "key": "framing-coding:" + hashlib.sha256(ids.encode("utf-8")).hexdigest()[:16],
        "stem": stem,
    }
    parts = {
        "SCRIPT": _asset("page.js").replace("</", "<\\/"),
        "DATA": _script_json(payload),
        "STYLE": _asset("page.css"),
        "TITLE": html.escape(title),
    }
    # one pass, so no inserted text (a sheet may contain anything) is searched again
    return re.sub(
        r"__(SCRIPT|DATA|STYLE|TITLE)__", lambda m: parts[m.group(1)], _asset("page.html")
    )
