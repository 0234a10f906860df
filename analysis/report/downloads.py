"""Tables a reader can download from a report: the exported data files and each figure's data.

:func:`export_table` writes a table as CSV and parquet beside the reports (``reports/data/``)
and displays the links; with ``analysis.plots.save_figure`` it is the only report code that
writes files.  :func:`file_link` links a file from the page: small files are embedded in the
link itself (a ``data:`` URI, so the page keeps working when it is sent alone), larger ones are
linked by their path relative to the page.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import FramingError
from .blocks import HTMLBlock

__all__ = ["export_table", "file_link", "EMBED_MAX_BYTES"]

#: Files up to this size are embedded in their download link.
EMBED_MAX_BYTES = 256_000


def _href(path: Path, base: Path) -> str:
    """``path`` relative to ``base`` (the folder of the page) as a URL, else a ``file:`` URI."""
    from urllib.parse import quote

    try:
        rel = Path(os.path.relpath(path.resolve(), base.resolve()))
    except ValueError:  # another drive (Windows)
        return path.resolve().as_uri()
    if rel.parts and rel.parts[0] == "..":
        return path.resolve().as_uri()
    return quote(rel.as_posix())


def file_link(
    path: str | Path,
    *,
    label: str | None = None,
    base: str | Path | None = None,
    embed_max_bytes: int = EMBED_MAX_BYTES,
) -> str:
    """An ``<a download>`` link to a file, for a report page.

    Parameters
    ----------
    path
        The file.
    label
        Link text (default the file name).
    base
        Folder of the page (default the working directory: the report runner executes each
        notebook in the reports folder).
    embed_max_bytes
        Embed files up to this size in the link (``data:`` URI); ``0``: never.

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); (d / "a.csv").write_text("x\\n1\\n")
    4
    >>> file_link(d / "a.csv", base=d)
    '<a download="a.csv" href="data:text/csv;charset=utf-8;base64,eAoxCg==">a.csv</a>'
    >>> file_link(d / "a.csv", base=d, embed_max_bytes=0)
    '<a download="a.csv" href="a.csv">a.csv</a>'
    """
    import base64
    import mimetypes

    p = Path(path)
    name = html.escape(p.name, quote=True)
    text = html.escape(label if label is not None else p.name)
    data = p.read_bytes() if p.stat().st_size <= embed_max_bytes else None
    if data is not None:
        mime = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
        mime += ";charset=utf-8" if mime.startswith("text/") else ""
        href = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
    else:
        href = html.escape(_href(p, Path(base) if base is not None else Path.cwd()), quote=True)
    return f'<a download="{name}" href="{href}">{text}</a>'


def _plain_for_parquet(df: Any) -> Any:
    """A copy whose object columns hold text (or nothing), so that parquet can store them."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].map(lambda v: None if v is None or v != v else str(v))
    out.columns = [str(c) for c in out.columns]
    return out


def export_table(
    df: Any,
    name: str,
    *,
    folder: str | Path,
    description: str,
    formats: Sequence[str] = ("csv", "parquet"),
    base: str | Path | None = None,
) -> HTMLBlock:
    """Write a table beside the reports and display the links to it.

    Parameters
    ----------
    df
        The table (written without its index unless the index is named).
    name
        File stem (``features`` -> ``features.csv``, ``features.parquet``).
    folder
        Where to write (created); the report runner passes ``<out>/data``.
    description
        What the table holds, one line (shown before the links).
    formats
        ``csv`` and/or ``parquet``.
    base
        Folder of the page the links are relative to (default the working directory).

    Returns
    -------
    object displayed as HTML

    Examples
    --------
    >>> import pandas as pd, tempfile
    >>> d = tempfile.mkdtemp()
    >>> b = export_table(pd.DataFrame({"x": [1]}), "t", folder=d, description="A table.", base=d)
    >>> b._repr_html_()
    '<p class="framing-downloads">A table. Download: <a download="t.csv" href="t.csv">t.csv</a>
    (1 rows), <a download="t.parquet" href="t.parquet">t.parquet</a>.</p>'
    """
    bad = set(formats) - {"csv", "parquet"}
    if bad or not formats:
        raise FramingError(f"formats must be 'csv' and/or 'parquet', not {sorted(bad)}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    keep_index = any(n is not None for n in df.index.names)
    links = []
    for fmt in formats:
        path = folder / f"{name}.{fmt}"
        if fmt == "csv":
            df.to_csv(path, index=keep_index, lineterminator="\n")
        else:
            _plain_for_parquet(df).to_parquet(path, index=keep_index)
        link = file_link(path, base=base, embed_max_bytes=0)
        links.append(link + (f" ({len(df):,} rows)" if fmt == "csv" else ""))
    markup = (
        f'<p class="framing-downloads">{html.escape(description)} Download: '
        + ", ".join(links)
        + ".</p>"
    )
    return HTMLBlock(markup, f"{description} Written to {folder}/{name}.*")
