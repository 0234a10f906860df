"""A corpus folder of article files: a scraper's JSON (one file per article, or a few) or a
news database's exports (Nexis Uni ``.docx``, LexisNexis ``.txt``, Factiva ``.html``, or either
database's ``.rtf`` files of up to a few hundred articles each).

news-please, for one, writes each article it crawls as a ``.json`` file (``maintext``,
``title``, ``date_publish``, ``source_domain``, ``authors``, …) in a tree of folders by date
or site.  A folder with no ``manifest.csv`` whose files are ``.json`` or ``.jsonl`` and none
of them plain text is read here: every file's article objects become rows (see
:mod:`analysis.corpus.jsonfile` for the shapes a ``.json`` file may have), with the file they
came from in ``file``.  The outlet, text and date are the records' own fields, chosen with the
usual column options (``outlet_column="source_domain"``, ``text_column="maintext"``,
``date_column="date_publish"`` for news-please): the folder names of such trees are dates or
hashes, not outlets.

Nexis Uni ``.docx`` exports and LexisNexis ``.txt`` exports carry the outlet, title and date
of each article (:mod:`analysis.corpus.nexis`, :mod:`analysis.corpus.nexis_text`), so a folder
of them needs no option.  A folder whose first text file is a LexisNexis export is such a
folder; a text file in it that is not an export is a flagged row.  Factiva pages
(:mod:`analysis.corpus.factiva`) likewise: the first ``.html`` file decides.  RTF exports
(:mod:`analysis.corpus.rtf`) are records as ``.docx`` files are.

A file that cannot be read (not valid JSON, no article object, another format) is kept as a
flagged row naming the file and the fix, so no article disappears silently.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from .factiva import HTML_SUFFIXES, peek_factiva, read_factiva
from .jsonfile import read_json_file
from .layout import TEXT_SUFFIXES, file_ids, is_documentation
from .nexis import read_nexis
from .nexis_text import peek_nexis_text, read_nexis_text
from .rtf import read_rtf
from .tables import read_table

__all__ = ["RECORD_SUFFIXES", "record_files", "read_record_folder"]

#: File suffixes read as files of article records in a folder without a manifest: JSON,
#: Nexis Uni's Word exports (:mod:`analysis.corpus.nexis`) and RTF exports
#: (:mod:`analysis.corpus.rtf`).
RECORD_SUFFIXES: frozenset[str] = frozenset({".json", ".jsonl", ".docx", ".rtf"})


def _files(folder: Path) -> list[Path]:
    """Every non-hidden file under ``folder`` (hidden folders and a README, licence … at the
    top skipped), sorted."""
    return [
        f
        for f in sorted(folder.rglob("*"))
        if f.is_file()
        and not any(p.startswith(".") for p in f.relative_to(folder).parts)
        and not is_documentation(f, folder)
    ]


def record_files(folder: Path) -> list[Path] | None:
    """The files of ``folder`` when it holds JSON or Nexis article files and no plain-text
    file, or LexisNexis text exports, or Factiva pages (then it is read by
    :func:`read_record_folder`), else ``None``.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a.json").write_text('{"maintext": "x"}')
    >>> [f.name for f in record_files(d)]
    ['a.json']
    >>> _ = (d / "b.txt").write_text("x")
    >>> record_files(d) is None
    True
    """
    files = _files(folder)
    texts = [f for f in files if f.suffix.lower() in TEXT_SUFFIXES]
    if texts:  # LexisNexis text exports are records; the first text file decides
        return files if peek_nexis_text(texts[0]) else None
    pages = [f for f in files if f.suffix.lower() in HTML_SUFFIXES]
    if pages and peek_factiva(pages[0]):  # Factiva exports, likewise
        return files
    return files if {f.suffix.lower() for f in files} & RECORD_SUFFIXES else None


def read_record_folder(folder: Path, files: list[Path], report: list[str]) -> pd.DataFrame:
    """Read every JSON or Nexis article file under ``folder`` into one table.

    Parameters
    ----------
    folder
        The corpus folder (no ``manifest.csv``).
    files
        Its files, as :func:`record_files` lists them.
    report
        What was read is appended here (files, article objects, files flagged).

    Returns
    -------
    pandas.DataFrame
        The records' fields (nested objects as dotted columns), ``file`` (relative to
        ``folder``), ``load_issue`` (why a file gave no article, else empty) and, when the
        records carry no ``article_id`` or ``id``, ``article_id`` from the file names
        (``<file>-0001`` … for a file holding several articles).
    """
    tables, names, counts, bad, n_articles = [], [], [], 0, 0
    for path in files:
        rel = path.relative_to(folder).as_posix()
        table, readable = _read_one(path, rel)
        if readable:
            n_articles += len(table)
            if path.suffix.lower() not in (".json", ".jsonl"):  # one line per export
                report.extend(table.attrs.get("notes", []))
        else:
            bad += 1
        # a record's own "file" field is kept beside the file it was read from
        table = table.rename(columns={"file": "file_original"})
        table.attrs = {}
        table.insert(0, "file", rel)
        tables.append(table)
        names.append(rel)
        counts.append(len(table))
    df = pd.concat(tables, ignore_index=True, sort=False)
    if "article_id" not in df.columns and "id" not in df.columns:
        ids = file_ids(names, list(range(len(names))), folder / "manifest.csv")
        df.insert(
            0,
            "article_id",
            [a if n == 1 else f"{a}-{k:04d}" for a, n in zip(ids, counts) for k in range(1, n + 1)],
        )
    report.insert(
        0,
        f"{folder.name}: no manifest.csv; read {n_articles} article(s) from "
        f"{len(names) - bad} file(s)"
        + (f"; {bad} file(s) could not be read and are flagged rows" if bad else ""),
    )
    return df


def _read_one(path: Path, rel: str) -> tuple[pd.DataFrame, bool]:
    """One file's article objects and ``True``, or one flagged row saying why it has none and
    ``False``."""
    suffix = path.suffix.lower()
    if suffix not in RECORD_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES:
        kind = suffix or "no suffix"
        issue = (
            f"not a .json, .jsonl, Nexis .docx, LexisNexis .txt, Factiva .html or RTF export "
            f"file ({kind}): "
            "move it out of the corpus folder, or save its article as .json"
        )
        return pd.DataFrame({"load_issue": [issue]}), False
    try:
        if suffix == ".docx":
            table = read_nexis(path)
        elif suffix == ".rtf":
            table = read_rtf(path)
        elif suffix in TEXT_SUFFIXES:
            table = read_nexis_text(path)
        elif suffix in HTML_SUFFIXES:
            table = read_factiva(path)
        elif suffix == ".json":
            table = read_json_file(path)
        else:
            table = read_table(path, "jsonl")
    except CorpusError as exc:
        message = str(exc).removeprefix(f"{path}: ")
        return pd.DataFrame({"load_issue": [f"{rel}: {message}"]}), False
    except OSError as exc:
        issue = f"{rel}: cannot read ({exc.strerror or exc}): fix the file's permissions"
        return pd.DataFrame({"load_issue": [issue]}), False
    if "load_issue" not in table.columns:
        table = table.assign(load_issue="")
    return table, True
