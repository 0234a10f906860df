"""A corpus folder without ``manifest.csv``: one subfolder per outlet, one text file per article.

This is how article collections often arrive (a scraper's output, a database export saved
file by file): ``corpus/Guardian/*.txt``, ``corpus/RT/*.txt``.  :func:`layout_manifest` writes
the manifest the folder implies (``file``, ``outlet`` and, where the file name starts with an
ISO date such as ``2022-03-07_…``, ``published``), so the folder is read exactly as if that
manifest were there.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import CorpusError
from .tables import TABLE_SUFFIXES

__all__ = [
    "TEXT_SUFFIXES",
    "PDF_ADVICE",
    "ZIP_ADVICE",
    "DOC_NAMES",
    "file_ids",
    "is_documentation",
    "layout_manifest",
    "name_date",
]

#: File suffixes read as plain-text articles in an outlet subfolder.
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ".md"})

#: What to do with a PDF export: its text comes out of the page layout (running heads, page
#: numbers, lines broken mid-sentence), so the suite reads the databases' other formats.
PDF_ADVICE = (
    "PDF files are not read (a PDF's text comes out of the page layout: running heads, page "
    "numbers, lines broken mid-sentence). Download the articles again as Word or RTF (Nexis "
    "Uni: Download, format Microsoft Word or Rich Text Format; Factiva: RTF with 'Full "
    "Article/Report plus Indexing', or HTML), or save each article as .txt."
)

#: What to do with a zip archive: Nexis Uni and Factiva deliver a download of several files as
#: one ``.zip`` ("Files (300).ZIP"), which is not opened here.
ZIP_ADVICE = (
    "A .zip archive is not read: unzip it (Nexis Uni and Factiva deliver a download of several "
    "files as one .zip) and load the folder it unpacks to."
)

#: Names of the files that document a dataset rather than hold its articles (``README.md``,
#: ``LICENSE``, ``SOURCE.md``, ``CITATION.cff`` …): at the top of a corpus folder they are not
#: read as articles (the load report names them).
DOC_NAMES: frozenset[str] = frozenset(
    {"readme", "license", "licence", "copying", "changelog", "citation", "source", "sources"}
)
_DOC_NAME = re.compile(r"([A-Za-z]+)(?:-[A-Za-z]+)*(?:\.[A-Za-z]+)?")

# an ISO date at the start of a file name: 2022-03-07, 2022_03_07 or 20220307, then a non-digit
_NAME_DATE = re.compile(r"^((?:19|20)\d\d)([-_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def name_date(name: str) -> str | None:
    """The ISO date a file name starts with (``YYYY-MM-DD``), or ``None``.

    Only year-month-day order is read: ``07-03-2022_x.txt`` could be either day or month
    first, so it is not a date here.

    Examples
    --------
    >>> name_date("2022-03-07_peskov.txt"), name_date("20220307-peskov.txt")
    ('2022-03-07', '2022-03-07')
    >>> name_date("07-03-2022_peskov.txt") is None, name_date("2022-13-01.txt") is None
    (True, True)
    """
    m = _NAME_DATE.match(name)
    return None if m is None else f"{m.group(1)}-{m.group(3)}-{m.group(4)}"


def is_documentation(path: Path, folder: Path) -> bool:
    """Whether ``path`` documents the corpus in ``folder`` rather than holding articles.

    A file directly in ``folder`` named by a word of :data:`DOC_NAMES`, perhaps with more
    words after hyphens and an extension (``LICENSE-repository``, ``README.md``; not
    ``source_1.txt``).

    Examples
    --------
    >>> d = Path("corpus")
    >>> [is_documentation(d / n, d) for n in ("README.md", "LICENSE-repository", "SOURCE.md")]
    [True, True, True]
    >>> [is_documentation(p, d) for p in (d / "RT" / "README.txt", d / "source_1.txt")]
    [False, False]
    """
    m = _DOC_NAME.fullmatch(path.name)
    return path.parent == folder and m is not None and m.group(1).casefold() in DOC_NAMES


def layout_manifest(folder: Path, report: list[str]) -> pd.DataFrame:
    """The manifest a folder of outlet subfolders implies.

    Every non-hidden subfolder of ``folder`` holding a file with a suffix in
    :data:`TEXT_SUFFIXES` (nested folders included) is an outlet, named as the subfolder is;
    each such file is one article of that outlet.  Other files in an outlet folder (a
    ``.docx``, a ``.pdf``) are kept as rows too, so that no article disappears silently: the
    reader flags them as not plain text.  Subfolders without a text file are named in the
    report and not read.

    Parameters
    ----------
    folder
        The corpus folder (it has no ``manifest.csv``).
    report
        What was inferred is appended here (outlets found, dates read from file names).

    Returns
    -------
    pandas.DataFrame
        Columns ``file`` (relative to ``folder``), ``outlet`` and, when any file name starts
        with an ISO date, ``published`` (that date, or empty).

    Raises
    ------
    CorpusError
        The folder is empty, holds article files outside any outlet subfolder, or has no
        subfolder with an article file (a folder holding a ``.csv`` or ``.parquet`` table is
        told to pass the table).
    """
    entries = sorted(c for c in folder.iterdir() if not c.name.startswith("."))
    if not entries:
        raise CorpusError(
            f"{folder}: the folder is empty. Put one subfolder per outlet in it (its text files "
            "are that outlet's articles), or the article files and a manifest.csv."
        )
    loose = [
        c.name
        for c in entries
        if c.is_file() and c.suffix.lower() in TEXT_SUFFIXES and not is_documentation(c, folder)
    ]
    tables = [
        c.name
        for c in entries
        if c.is_file() and c.suffix.lower() in TABLE_SUFFIXES and c.suffix.lower() != ".json"
    ]
    if loose and tables:  # a dataset as downloaded: the table, a README beside it
        raise _table_error(folder, tables)
    if loose:
        shown = ", ".join(loose[:3]) + (" …" if len(loose) > 3 else "")
        raise CorpusError(
            f"{folder}: no manifest.csv, and {len(loose)} text file(s) ({shown}) are not in an "
            "outlet subfolder, so their outlet is unknown. Move each file into a subfolder "
            "named for its outlet (e.g. Guardian/a.txt), or add a manifest.csv with a 'file' "
            "column naming each text file and an 'outlet' column."
        )
    rows, other = [], []
    for d in (e for e in entries if e.is_dir()):
        files = [
            f.relative_to(folder).as_posix()
            for f in sorted(d.rglob("*"))
            if f.is_file() and not any(p.startswith(".") for p in f.relative_to(d).parts)
        ]
        if any(Path(f).suffix.lower() in TEXT_SUFFIXES for f in files):
            rows += [(f, d.name) for f in files]
        else:
            other.append(d.name)
    if other:
        report.append(
            f"{folder.name}: subfolder(s) without a text file not read as outlets: "
            + ", ".join(other)
        )
    if not rows and tables:
        raise _table_error(folder, tables)
    pdfs = [] if rows else sorted(f.name for f in folder.rglob("*.[pP][dD][fF]") if f.is_file())
    if pdfs:
        shown = ", ".join(pdfs[:3]) + (" …" if len(pdfs) > 3 else "")
        raise CorpusError(
            f"{folder}: no manifest.csv and no text file, but {len(pdfs)} PDF file(s) "
            f"({shown}). {PDF_ADVICE}"
        )
    zips = [] if rows else sorted(f.name for f in folder.rglob("*.[zZ][iI][pP]") if f.is_file())
    if zips:
        raise CorpusError(
            f"{folder}: no manifest.csv and no text file, but {len(zips)} zip archive(s) "
            f"({', '.join(zips[:3])}{' …' if len(zips) > 3 else ''}). {ZIP_ADVICE}"
        )
    if not rows:
        raise CorpusError(
            f"{folder}: no manifest.csv and no text file in an outlet subfolder. Put each "
            "outlet's articles as .txt files in a subfolder named for the outlet, or add a "
            "manifest.csv with a 'file' column naming each text file and an 'outlet' column."
        )
    df = pd.DataFrame(rows, columns=["file", "outlet"])
    outlets = df["outlet"].value_counts(sort=False)
    report.append(
        f"{folder.name}: no manifest.csv; read {len(df)} file(s) from {len(outlets)} outlet "
        "subfolder(s) (" + ", ".join(f"{o}: {n}" for o, n in outlets.items()) + ")"
    )
    dates = [name_date(Path(f).name) for f in df["file"]]
    found = sum(d is not None for d in dates)
    if found:
        df["published"] = [d or "" for d in dates]
        report.append(
            f"{folder.name}: publication dates read from the file names of {found} of "
            f"{len(df)} file(s) (YYYY-MM-DD at the start of the name)"
        )
    return df


def _table_error(folder: Path, tables: list[str]) -> CorpusError:
    """The error for a folder that holds a table (and no outlet subfolder): pass the table."""
    path = folder / tables[0]
    return CorpusError(
        f"{folder}: no manifest.csv, and the folder holds table file(s) ({', '.join(tables)}) "
        f"rather than outlet subfolders. Pass the table itself as the corpus: "
        f"load_corpus('{path}'), or --corpus {path}."
    )


def file_ids(names: list[str], index: list[Any], manifest: Path) -> list[str]:
    """Article ids from file names: the stem, or the relative path where stems collide.

    ``bbc/001.txt`` and ``rt/001.txt`` are two articles; the same file twice is an error.

    Parameters
    ----------
    names
        The file names as given in the manifest (stripped).
    index
        The manifest rows' index labels (0-based data rows), for messages.
    manifest
        The manifest, for messages.

    Returns
    -------
    list of str

    Raises
    ------
    CorpusError
        Two rows name the same file.

    Examples
    --------
    >>> file_ids(["bbc/001.txt", "rt/001.txt", "x.txt"], [0, 1, 2], Path("manifest.csv"))
    ['bbc/001', 'rt/001', 'x']
    """
    stems = [Path(n).stem for n in names]
    counts = pd.Series(stems).value_counts()
    ids = [Path(n).with_suffix("").as_posix() if counts[s] > 1 else s for n, s in zip(names, stems)]
    seen: dict[str, int] = {}
    for pos, (n, a) in enumerate(zip(names, ids)):
        if a in seen:
            rows = [int(index[seen[a]]) + 2, int(index[pos]) + 2]
            raise CorpusError(
                f"{manifest}, rows {rows}: both rows name the file {n!r}. Remove the duplicate "
                "row, or add an 'article_id' column if they really are different articles."
            )
        seen[a] = pos
    return ids
