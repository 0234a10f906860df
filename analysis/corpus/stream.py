"""Streaming a large corpus in chunks of standardised rows: :func:`iter_corpus`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ..errors import CorpusError, FramingError
from .columns import spelled_as
from .dates import DateEvidence, date_evidence
from .hosts import host_folds, url_hosts
from .jsonl import iter_jsonl_chunks
from .load import check_dayfirst, load_corpus
from .standardise import date_source, standardise
from .tables import fields_hint, iter_csv_chunks, iter_parquet_batches

__all__ = ["iter_corpus", "raw_chunks", "scan_date_evidence", "scan_file"]


def iter_corpus(
    path: str | Path,
    *,
    chunksize: int = 2000,
    text_column: str = "text",
    outlet_column: str = "outlet",
    id_column: str | None = None,
    date_column: str | None = None,
    dayfirst: bool | None = None,
    title_column: str | None = None,
) -> Iterator[pd.DataFrame]:
    """Stream a large corpus in chunks of standardised rows (bounded memory).

    Parquet files are read batch by batch (``pyarrow``), CSV/TSV with pandas' chunked reader,
    JSONL line by line; a manifest folder in slices of its rows.  Every chunk has the columns of
    :func:`load_corpus`.  Ids are unique across the whole stream (a duplicate raises
    :class:`CorpusError` naming it); generated ids continue across chunks.  Outlet names are
    normalised per chunk (white space; case variants merged within the chunk); web hosts of
    one site are folded as the whole file's outlets decide.  Numeric dates are read in the
    order the whole column proves.  Both come from a first pass over the date and outlet
    columns, so every chunk reads ``07/03/2022`` and ``edition.cnn.com`` as
    :func:`load_corpus` does.

    Parameters
    ----------
    path
        As for :func:`load_corpus`.
    chunksize
        Articles per chunk.
    text_column, outlet_column, id_column, date_column, dayfirst, title_column
        As for :func:`load_corpus`.

    Returns
    -------
    Iterator of pandas.DataFrame
        The chunks, read one at a time as they are asked for.

    Raises
    ------
    FramingError
        At once (before any chunk is read) for a ``chunksize`` that is not a positive integer
        or a path that does not exist; :class:`CorpusError` as for :func:`load_corpus` while
        reading.

    Examples
    --------
    >>> from analysis.paths import DEFAULT_CORPUS
    >>> [len(c) for c in iter_corpus(DEFAULT_CORPUS, chunksize=2)]
    [2, 2, 1]
    """
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise FramingError(
            f"iter_corpus: chunksize={chunksize!r}; chunksize must be a positive number of "
            "articles per chunk (e.g. chunksize=2000)"
        )
    check_dayfirst(dayfirst)
    p = Path(path).expanduser()
    options = dict(
        text_column=text_column,
        outlet_column=outlet_column,
        id_column=id_column,
        date_column=date_column,
        dayfirst=dayfirst,
        title_column=title_column,
    )
    if p.is_dir() or p.suffix.lower() not in (".parquet", ".csv", ".tsv", ".jsonl", ".ndjson"):
        full = load_corpus(p, **options)
        return (
            full.iloc[i : i + chunksize].reset_index(drop=True)
            for i in range(0, len(full), chunksize)
        )
    if not p.exists():
        raise CorpusError(f"{p}: no such file. Pass a .csv, .jsonl or .parquet file.")
    return _stream_file(p, chunksize, **options)


def _stream_file(
    p: Path,
    chunksize: int,
    *,
    text_column: str,
    outlet_column: str,
    id_column: str | None,
    date_column: str | None,
    dayfirst: bool | None,
    title_column: str | None = None,
) -> Iterator[pd.DataFrame]:
    """The chunks of one table file, standardised, with ids unique across the stream."""
    evidence, names = scan_file(p, text_column, date_column, outlet_column, dates=dayfirst is None)
    # the whole file's outlets (web addresses read as their hosts) decide which hosts are one site
    folds = host_folds(sorted(set(url_hosts(pd.Series(names, dtype=object), []))))
    seen: set[str] = set()
    offset = 0
    width = 6
    for raw in raw_chunks(p, chunksize, text_column):
        report: list[str] = list(raw.attrs.get("notes", []))
        # "row N" in messages: the row of the file
        raw.index = pd.RangeIndex(offset, offset + len(raw))
        chunk = standardise(
            raw,
            p,
            report,
            text_column=text_column,
            outlet_column=outlet_column,
            id_column=id_column,
            default_id_prefix=p.stem,
            date_column=date_column,
            dayfirst=dayfirst,
            date_evidence=evidence,
            title_column=title_column,
        )
        ids = (spelled_as(name, raw.columns) for name in ("article_id", "id"))
        if id_column is None and not any(ids):  # "ID" is read as id (corpus/columns.py)
            chunk["article_id"] = [f"{p.stem}-{offset + i:0{width}d}" for i in range(len(chunk))]
        dup = [a for a in chunk["article_id"] if a in seen]
        if dup:
            raise CorpusError(
                f"{p}: duplicate article_id {dup[0]!r} (around row {offset + 2}). Make the ids "
                "unique, or drop the id column to number the articles automatically."
            )
        seen.update(chunk["article_id"])
        chunk["outlet"] = url_hosts(chunk["outlet"], report)
        if folds:
            chunk["outlet"] = chunk["outlet"].map(lambda v: folds.get(v, v))
        chunk.attrs["load_report"] = report
        offset += len(chunk)
        yield chunk
    if offset == 0:  # an empty parquet file, a JSONL file of blank lines
        raise CorpusError(f"{p}: the corpus has no articles (0 rows). Add at least one article.")


def scan_date_evidence(
    p: Path, text_column: str = "text", date_column: str | None = None
) -> DateEvidence | None:
    """The order evidence of a table file's whole date column (one pass, bounded memory).

    Parameters
    ----------
    p
        A ``.parquet``, ``.csv``, ``.tsv``, ``.jsonl`` or ``.ndjson`` file.
    text_column, date_column
        As for :func:`iter_corpus`.

    Returns
    -------
    DateEvidence or None
        ``None`` when the file has no date column.
    """
    return scan_file(p, text_column, date_column)[0]


def scan_file(
    p: Path,
    text_column: str = "text",
    date_column: str | None = None,
    outlet_column: str = "outlet",
    *,
    dates: bool = True,
) -> tuple[DateEvidence | None, list[str]]:
    """One pass over a table file's date and outlet columns (bounded memory).

    Parameters
    ----------
    p
        A ``.parquet``, ``.csv``, ``.tsv``, ``.jsonl`` or ``.ndjson`` file.
    text_column, date_column, outlet_column
        As for :func:`iter_corpus`.
    dates
        Whether to gather the date order evidence (not needed when ``dayfirst`` is given).

    Returns
    -------
    tuple
        The :class:`DateEvidence` of the whole date column (``None``: no date column, or
        ``dates`` false) and the distinct outlet names (stripped), so that every chunk folds
        the web hosts of one site as :func:`load_corpus` does.
    """
    evidence = DateEvidence("", "", 0)
    column = date_column
    outlets: set[str] = set()
    if p.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        names = pq.ParquetFile(p).schema_arrow.names
        column = column if column is not None else date_source(names)
        dated = dates and column is not None and column in names
        wanted = [c for c in ([column] if dated else []) + [outlet_column] if c in names]
        batches = pq.ParquetFile(p).iter_batches(batch_size=50_000, columns=wanted or None)
        chunks = (b.to_pandas() for b in batches) if wanted else iter(())
    else:
        chunks = raw_chunks(p, 50_000, text_column)
        dated = dates
    for raw in chunks:
        column = column if column is not None else date_source(raw.columns)
        dated = dated and column is not None and column in raw.columns
        if dated:
            evidence = evidence.merge(date_evidence(raw[column]))
        named = spelled_as(outlet_column, raw.columns)  # "Outlet" is read as outlet
        if named is not None:
            outlets.update(str(v).strip() for v in raw[named].dropna().unique())
    return (evidence if dated else None), sorted(outlets)


def raw_chunks(p: Path, chunksize: int, text_column: str = "text") -> Iterator[pd.DataFrame]:
    """Stream a table file in chunks as read (not yet standardised), by its suffix.

    Parameters
    ----------
    p
        A ``.parquet``, ``.csv``, ``.tsv``, ``.jsonl`` or ``.ndjson`` file.
    chunksize
        Rows per chunk.
    text_column
        The text column's name (JSONL: never converted to text).

    Yields
    ------
    pandas.DataFrame
        ``attrs["notes"]`` lists what reading changed.

    Raises
    ------
    CorpusError
        The file is empty, not text, or cannot be read; the message names the file.
    """
    suffix = p.suffix.lower()
    try:
        if suffix == ".parquet":
            yield from iter_parquet_batches(p, chunksize)
        elif suffix in (".csv", ".tsv"):
            yield from iter_csv_chunks(p, chunksize)
        else:
            yield from iter_jsonl_chunks(p, chunksize, text_column)
    except CorpusError:
        raise
    except pd.errors.EmptyDataError:
        raise CorpusError(
            f"{p}: the file is empty. Add a header row and one row per article."
        ) from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{p}: not UTF-8 text ({exc}). Re-save the file as UTF-8.") from None
    except Exception as exc:
        raise CorpusError(
            f"{p}: cannot be read: {exc}. Check the file is valid." + fields_hint(exc)
        ) from None
