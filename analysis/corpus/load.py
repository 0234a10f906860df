"""Reading a whole corpus: :func:`load_corpus`, the suite's entry point to the file system.

Problems with individual articles (an empty file, bytes that are not text, a missing text
cell) do **not** drop the article: it is kept with an empty ``text`` and a human-readable
``load_issue``; later stages flag it in their ``status``.  Problems with the corpus as a whole
(a missing column, a manifest naming a missing file, a broken JSONL line, duplicate ids)
raise :class:`analysis.errors.CorpusError` naming the file, the row and the fix.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from .factiva import HTML_SUFFIXES, read_factiva
from .folder import load_folder
from .hosts import fold_hosts, url_hosts
from .layout import PDF_ADVICE, TEXT_SUFFIXES, ZIP_ADVICE
from .nexis import read_nexis
from .nexis_text import peek_nexis_text, read_nexis_text
from .rtf import RTF_SUFFIXES, read_rtf
from .standardise import standardise
from .tables import TABLE_SUFFIXES, read_table

#: The readers of the news databases' export files, by suffix.
EXPORT_READERS = {
    ".docx": read_nexis,
    **dict.fromkeys(TEXT_SUFFIXES, read_nexis_text),
    **dict.fromkeys(HTML_SUFFIXES, read_factiva),
    **dict.fromkeys(RTF_SUFFIXES, read_rtf),
}

__all__ = ["load_corpus", "check_dayfirst"]


#: How a DataFrame passed to :func:`load_corpus` is named in messages and ``attrs["source"]``.
FRAME_SOURCE = "the DataFrame passed to load_corpus"


def load_corpus(
    path: str | Path | pd.DataFrame | None = None,
    *,
    text_column: str = "text",
    outlet_column: str = "outlet",
    id_column: str | None = None,
    date_column: str | None = None,
    dayfirst: bool | None = None,
    title_column: str | None = None,
) -> pd.DataFrame:
    """Load a corpus into the suite's corpus DataFrame.

    Parameters
    ----------
    path
        A folder holding ``manifest.csv`` (column ``file`` naming each text file, plus
        ``outlet`` and any metadata); a folder without one, holding one subfolder of text
        files per outlet (:func:`analysis.corpus.layout.layout_manifest`); or a ``.csv``,
        ``.tsv``, ``.jsonl``, ``.json`` (:mod:`analysis.corpus.jsonfile`) or ``.parquet`` file
        with at least a text and an outlet column; or a pandas DataFrame already in memory
        (an API's results, a table read by hand), checked and standardised as a table file
        is (the DataFrame itself is not changed).
        ``None`` means the bundled corpus (``data/raw``).
    text_column, outlet_column
        Names of the text and outlet columns in a table file, when they are not ``text`` and
        ``outlet`` (e.g. ``outlet_column="source"`` for AllSides, ``"country"`` to compare
        by country).  They are renamed to ``text`` and ``outlet``.
    id_column
        Column holding unique article ids (default: ``article_id`` or ``id`` when present,
        else the file name stem for a manifest, else ``<file stem>-<row number>``).
    date_column
        Column holding the publication dates, renamed to ``published`` (default:
        ``published``, else the first of ``date``, ``datetime``, ``publish_date``,
        ``published_at``).
    dayfirst
        How to read numeric dates such as ``07/03/2022``: ``True`` day first (UK, Europe),
        ``False`` month first (US).  Default ``None``: the order the column proves (a value
        such as ``25/03/2022`` proves day first); when no value settles it, such dates are
        NaT and the load report says so (``07/03/2022`` is never silently read as 3 July).
    title_column
        Column holding the headlines, renamed to ``title`` (default: ``title``).

    Returns
    -------
    pandas.DataFrame
        One row per article, columns ``article_id, outlet, title, published`` (datetime64,
        NaT where missing or unparseable), ``url, text, load_issue`` (``""`` or why the
        text is unusable), then every other input column.  ``df.attrs["load_report"]`` lists
        what loading changed (outlet names normalised, encodings detected, the order of
        numeric dates, …), ``df.attrs["dates"]`` how the dates were read (dates left NaT by
        outlet, for :func:`analysis.corpus_checks`) and ``df.attrs["source"]`` the path.

    Raises
    ------
    CorpusError
        Unknown format, missing folder/file/column, a manifest naming a missing file, a
        broken JSONL line, duplicate article ids, or no articles at all.  The message names
        the file (and row/line) and says how to fix it.

    Examples
    --------
    >>> corpus = load_corpus()
    >>> list(corpus["outlet"])
    ['Daily Mirror', 'Daily Mail', 'UNILAD', 'Common Dreams', 'RT']
    """
    from ..paths import DEFAULT_CORPUS

    check_dayfirst(dayfirst)
    if isinstance(path, pd.DataFrame):
        df, p, stem, report = path, Path(FRAME_SOURCE), "article", []
    elif not isinstance(path, (str, Path, type(None))):
        raise CorpusError(
            f"load_corpus: path is a {type(path).__name__}; pass a path (str or Path) to a "
            "corpus file or folder, or a pandas DataFrame with text and outlet columns."
        )
    else:
        p = Path(DEFAULT_CORPUS if path is None else path).expanduser()
        df, stem, report = _read_path(p)
    df = standardise(
        df,
        p,
        report,
        text_column=text_column,
        outlet_column=outlet_column,
        id_column=id_column,
        default_id_prefix=stem,
        date_column=date_column,
        dayfirst=dayfirst,
        title_column=title_column,
    )
    # after standardise: the whole corpus's outlets decide which hosts are one site
    df["outlet"] = fold_hosts(url_hosts(df["outlet"], report), report)
    df.attrs["load_report"] = report
    df.attrs["source"] = str(p)
    return df


def _read_path(p: Path) -> tuple[pd.DataFrame, str | None, list[str]]:
    """The table a corpus path holds, the id prefix of its rows, and the load report so far."""
    if not p.exists():
        raise CorpusError(
            f"{p}: no such file or folder. Pass a folder with manifest.csv (or one subfolder "
            "per outlet, or of article or export files), a .csv, .tsv, .jsonl, .json or "
            ".parquet file, or a news database's export: Nexis Uni .docx or .rtf, LexisNexis "
            ".txt, Factiva .html or .rtf (the bundled corpus is data/raw in the project's "
            "folder)."
        )
    report: list[str] = []
    if p.is_dir():
        df = load_folder(p, report)
        stem = None
    else:
        kind = TABLE_SUFFIXES.get(p.suffix.lower())
        if p.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
            raise CorpusError(
                f"{p}: spreadsheets are not read. Save the sheet as CSV (File > Save As > "
                "'CSV UTF-8') and load that, or convert it with "
                "pandas.read_excel(path).to_csv('corpus.csv', index=False) (needs openpyxl)."
            )
        if p.suffix.lower() == ".pdf":
            raise CorpusError(f"{p}: {PDF_ADVICE}")
        if p.suffix.lower() == ".zip":
            raise CorpusError(f"{p}: {ZIP_ADVICE}")
        if p.suffix.lower() in TEXT_SUFFIXES and not peek_nexis_text(p):
            raise CorpusError(
                f"{p}: one text file is one article, not a corpus. Put the article files in "
                "a folder with one subfolder per outlet (or a manifest.csv) and load the folder."
            )
        reader = EXPORT_READERS.get(p.suffix.lower())
        if kind is None and reader is None:
            raise CorpusError(
                f"{p}: unknown corpus format {p.suffix!r}. Use a folder with manifest.csv, "
                "or a .csv, .tsv, .jsonl, .json or .parquet file with 'text' and 'outlet' "
                "columns, or a news database's export: Nexis Uni .docx or .rtf, LexisNexis .txt, "
                "Factiva .html or .rtf."
            )
        df = read_table(p, kind) if kind is not None else reader(p)
        # a corpus saved by load_corpus (parquet keeps attrs) carries how it was read first
        carried = df.attrs.get("load_report")
        if isinstance(carried, list):
            report.extend(str(line) for line in carried)
        report.extend(df.attrs.get("notes", []))
        stem = p.stem
    return df, stem, report


def check_dayfirst(dayfirst: object) -> None:
    """Refuse a ``dayfirst`` that is not ``True``, ``False`` or ``None`` (``"yes"`` is not a bool).

    Examples
    --------
    >>> check_dayfirst(None)
    >>> check_dayfirst("yes")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.CorpusError: dayfirst='yes': use dayfirst=True (day first, as in the UK), ...
    """
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise CorpusError(
            f"dayfirst={dayfirst!r}: use dayfirst=True (day first, as in the UK), "
            "dayfirst=False (month first, as in the US) or None (the order the dates prove)"
        )
