"""A corpus folder: ``manifest.csv`` (a ``file`` column naming each text file) and the files,
or, without a manifest, one subfolder per outlet (see :mod:`analysis.corpus.layout`) or JSON
article files (see :mod:`analysis.corpus.records`).

Row numbers in messages are the lines of the manifest (row 1 is the header).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import CorpusError
from .decode import read_text_file
from .layout import PDF_ADVICE, TEXT_SUFFIXES, file_ids, is_documentation, layout_manifest
from .nexis_text import is_nexis_text
from .records import read_record_folder, record_files
from .tables import delimiter_hint, read_table

__all__ = ["load_folder"]


def load_folder(folder: Path, report: list[str]) -> pd.DataFrame:
    """Read a folder's manifest and every text file it names; without ``manifest.csv``, the
    manifest its outlet subfolders imply (:func:`analysis.corpus.layout.layout_manifest`).

    Parameters
    ----------
    folder
        The corpus folder.
    report
        What loading changed is appended here (empty rows skipped, encodings detected).

    Returns
    -------
    pandas.DataFrame
        The manifest's columns plus ``text``, ``encoding`` and ``load_issue`` (and
        ``article_id`` from the file names when the manifest has no ``article_id`` or ``id``).

    Raises
    ------
    CorpusError
        No manifest and no outlet subfolders, no ``file`` column, an empty ``file`` cell, a
        missing or unreadable file, the same file named twice.
    """
    manifest = folder / "manifest.csv"
    if not manifest.exists():
        docs = sorted(
            f.name for f in folder.iterdir() if f.is_file() and is_documentation(f, folder)
        )
        if docs:
            report.append(f"{folder.name}: not read as articles (documentation): {', '.join(docs)}")
        files = record_files(folder)
        if files is not None:
            return read_record_folder(folder, files, report)
        return _read_files(folder, layout_manifest(folder, report), manifest, report)
    # blank lines are kept as rows so that "row N" below is the line of the manifest, then every
    # row with no cell filled in (blank lines, the ",,," rows spreadsheets leave) is skipped
    df = read_table(manifest, "csv", skip_blank_lines=False)
    if "file" not in df.columns:
        raise CorpusError(
            f"{manifest}: no 'file' column (found: {', '.join(map(str, df.columns))}). "
            "Add a 'file' column naming each article's text file, relative to the folder."
            + delimiter_hint(df.columns)
        )
    blank = df.isna().all(axis=1)
    if blank.any():
        df = df.loc[~blank]
        report.append(f"manifest.csv: skipped {int(blank.sum())} empty row(s)")
    return _read_files(folder, df, manifest, report)


def _read_files(folder: Path, df: pd.DataFrame, manifest: Path, report: list[str]) -> pd.DataFrame:
    """Read the text file of every manifest row into ``text``, ``encoding``, ``load_issue``."""
    texts, encodings, issues, rel = [], [], [], []
    listed = manifest.exists()
    for idx, name in zip(df.index, df["file"]):
        if listed or Path(name).suffix.lower() in TEXT_SUFFIXES:
            text, enc, issue = _read_listed_file(folder, manifest, int(idx) + 2, name)
        else:  # a file in an outlet subfolder that is not plain text: kept, flagged
            text, enc = "", ""
            issue = f"not a plain-text file ({Path(name).suffix or 'no suffix'}): save it as .txt"
            if Path(name).suffix.lower() == ".pdf":
                issue = f"not a plain-text file (.pdf): {PDF_ADVICE}"
            if Path(name).suffix.lower() in (".docx", ".html", ".htm", ".rtf"):
                issue += (
                    ", or, if it is a news database's export (Nexis .docx, Factiva .html, an "
                    ".rtf of either), "
                    "load the export on its own or in a folder holding only exports"
                )
        if not issue and is_nexis_text(text[:65536]):  # a hundred articles, not one
            text, issue = (
                "",
                "a LexisNexis export of many articles, not one article: load the export file "
                "itself, or a folder holding only exports",
            )
        if enc not in ("utf-8", "utf-8-sig") and not issue:
            report.append(f"{(folder / name.strip()).name}: decoded as {enc} (not UTF-8)")
        texts.append(text)
        encodings.append(enc)
        issues.append(issue)
        rel.append(name.strip())
    df["text"] = texts
    df["encoding"] = encodings
    df["load_issue"] = issues
    if "article_id" not in df.columns and "id" not in df.columns:
        df.insert(0, "article_id", file_ids(rel, list(df.index), manifest))
    return df


def _read_listed_file(folder: Path, manifest: Path, i: int, name: Any) -> tuple[str, str, str]:
    """Read the text file named in row ``i`` of the manifest (see :func:`read_text_file`)."""
    if not isinstance(name, str) or not name.strip():
        raise CorpusError(
            f"{manifest}, row {i}: the 'file' cell is empty. Name the article's text file."
        )
    fp = folder / name.strip()
    try:
        if fp.is_dir():
            raise CorpusError(
                f"{manifest}, row {i}: {name!r} is a folder, not a text file. "
                "Name the article's text file."
            )
        if not fp.is_file():
            raise CorpusError(
                f"{manifest}, row {i}: file {name!r} does not exist in {folder}. "
                "Fix the file name or remove the row."
            )
        return read_text_file(fp)
    except OSError as exc:  # name too long, permission denied, ...
        where = f"{manifest}, row {i}" if manifest.exists() else str(folder)
        raise CorpusError(
            f"{where}: cannot read {name.strip()[:200]!r} ({exc.strerror or exc}). "
            "Fix the file name or the file's permissions"
            + (", or remove the row." if manifest.exists() else ", or move the file out.")
        ) from None
