"""Streaming a large corpus in chunks of standardised rows: :func:`iter_corpus`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from .jsonl import iter_jsonl_chunks
from .load import load_corpus
from .standardise import standardise
from .tables import fields_hint, iter_csv_chunks, iter_parquet_batches

__all__ = ["iter_corpus", "raw_chunks"]


def iter_corpus(
    path: str | Path,
    *,
    chunksize: int = 2000,
    text_column: str = "text",
    outlet_column: str = "outlet",
    id_column: str | None = None,
) -> Iterator[pd.DataFrame]:
    """Stream a large corpus in chunks of standardised rows (bounded memory).

    Parquet files are read batch by batch (``pyarrow``), CSV/TSV with pandas' chunked reader,
    JSONL line by line; a manifest folder in slices of its rows.  Every chunk has the columns of
    :func:`load_corpus`.  Ids are unique across the whole stream (a duplicate raises
    :class:`CorpusError` naming it); generated ids continue across chunks.  Outlet names are
    normalised per chunk (white space; case variants merged within the chunk).

    Parameters
    ----------
    path
        As for :func:`load_corpus`.
    chunksize
        Articles per chunk.
    text_column, outlet_column, id_column
        As for :func:`load_corpus`.

    Yields
    ------
    pandas.DataFrame

    Examples
    --------
    >>> from analysis.paths import DEFAULT_CORPUS
    >>> [len(c) for c in iter_corpus(DEFAULT_CORPUS, chunksize=2)]
    [2, 2, 1]
    """
    p = Path(path).expanduser()
    if p.is_dir() or p.suffix.lower() not in (".parquet", ".csv", ".tsv", ".jsonl", ".ndjson"):
        full = load_corpus(
            p, text_column=text_column, outlet_column=outlet_column, id_column=id_column
        )
        for i in range(0, len(full), chunksize):
            yield full.iloc[i : i + chunksize].reset_index(drop=True)
        return
    if not p.exists():
        raise CorpusError(f"{p}: no such file. Pass a .csv, .jsonl or .parquet file.")
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        raise CorpusError(f"chunksize must be a positive number of articles, not {chunksize!r}")
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
        )
        if id_column is None and "article_id" not in raw.columns and "id" not in raw.columns:
            chunk["article_id"] = [f"{p.stem}-{offset + i:0{width}d}" for i in range(len(chunk))]
        dup = [a for a in chunk["article_id"] if a in seen]
        if dup:
            raise CorpusError(
                f"{p}: duplicate article_id {dup[0]!r} (around row {offset + 2}). Make the ids "
                "unique, or drop the id column to number the articles automatically."
            )
        seen.update(chunk["article_id"])
        chunk.attrs["load_report"] = report
        offset += len(chunk)
        yield chunk
    if offset == 0:  # an empty parquet file, a JSONL file of blank lines
        raise CorpusError(f"{p}: the corpus has no articles (0 rows). Add at least one article.")


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
