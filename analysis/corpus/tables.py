"""Table files: reading ``.csv``, ``.tsv``, ``.jsonl`` and ``.parquet`` corpora, whole or in chunks.

Every cell is read as text (``dtype=object``) with only empty cells missing, and every way a
table can be misread is refused with a :class:`~analysis.errors.CorpusError` that says how to
fix the file (the hints below).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import CorpusError
from .decode import decode_bytes, stream_encoding
from .jsonfile import read_json_file
from .jsonl import read_jsonl

__all__ = [
    "TABLE_SUFFIXES",
    "read_table",
    "iter_csv_chunks",
    "iter_parquet_batches",
    "check_no_implicit_index",
    "delimiter_hint",
    "fields_hint",
]

#: File suffix -> table kind, for the formats :func:`read_table` reads.
TABLE_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
}


def read_table(path: Path, kind: str, *, skip_blank_lines: bool = True) -> pd.DataFrame:
    """Read a whole table file, or raise a :class:`CorpusError` naming the file and the fix.

    Parameters
    ----------
    path
        The file.
    kind
        ``csv``, ``tsv``, ``jsonl``, ``json`` or ``parquet`` (see :data:`TABLE_SUFFIXES`).
    skip_blank_lines
        For CSV/TSV: drop blank lines (``False`` keeps them as all-missing rows, so that row
        numbers match the lines of the file).

    Returns
    -------
    pandas.DataFrame
        Its ``attrs["notes"]`` (JSONL, JSON) lists what reading changed.
    """
    try:
        if kind in ("csv", "tsv"):
            raw = path.read_bytes()
            text, enc, issue = decode_bytes(raw)
            if issue and not text:
                raise CorpusError(f"{path}: {issue}.")
            df = pd.read_csv(
                io.StringIO(text),
                sep="\t" if kind == "tsv" else ",",
                dtype=object,
                keep_default_na=False,
                na_values=[""],
                skip_blank_lines=skip_blank_lines,
            )
            check_no_implicit_index(df, path)
            if enc not in ("utf-8-sig", "utf-8"):  # the note iter_csv_chunks gives too
                df.attrs["notes"] = [f"{path.name}: decoded as {enc} (not UTF-8)"]
            return df
        if kind == "jsonl":
            return read_jsonl(path)
        if kind == "json":
            return read_json_file(path)
        if kind == "parquet":
            return pd.read_parquet(path)
    except CorpusError:
        raise
    except pd.errors.EmptyDataError:
        raise CorpusError(
            f"{path}: the file is empty. Add a header row and one row per article."
        ) from None
    except (pd.errors.ParserError, ValueError, OSError) as exc:
        raise CorpusError(
            f"{path}: cannot be read as {kind}: {exc}. Check the file is a valid {kind} file."
            + fields_hint(exc)
        ) from None
    except Exception as exc:  # pyarrow raises its own error types on corrupt parquet
        raise CorpusError(
            f"{path}: cannot be read as {kind}: {exc}. Check the file is a valid {kind} file."
        ) from None
    raise CorpusError(f"{path}: unknown format {kind!r}.")  # pragma: no cover


def iter_csv_chunks(p: Path, chunksize: int) -> Iterator[pd.DataFrame]:
    """Stream a CSV (or, by suffix, TSV) file in chunks of ``chunksize`` rows.

    Parameters
    ----------
    p
        A ``.csv`` or ``.tsv`` file.
    chunksize
        Rows per chunk.

    Yields
    ------
    pandas.DataFrame
        Text cells; ``attrs["notes"]`` says when the file is not UTF-8.
    """
    enc = stream_encoding(p)
    reader = pd.read_csv(
        p,
        sep="\t" if p.suffix.lower() == ".tsv" else ",",
        dtype=object,
        keep_default_na=False,
        na_values=[""],
        chunksize=chunksize,
        encoding=enc,
    )
    for chunk in reader:
        check_no_implicit_index(chunk, p)
        if enc not in ("utf-8-sig", "utf-8"):
            chunk.attrs["notes"] = [f"{p.name}: decoded as {enc} (not UTF-8)"]
        yield chunk


def iter_parquet_batches(p: Path, chunksize: int) -> Iterator[pd.DataFrame]:
    """Stream a parquet file in record batches of at most ``chunksize`` rows (``pyarrow``).

    Parameters
    ----------
    p
        A ``.parquet`` file.
    chunksize
        Rows per batch.

    Yields
    ------
    pandas.DataFrame
    """
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(p)
    for batch in pf.iter_batches(batch_size=chunksize):
        yield batch.to_pandas()


def check_no_implicit_index(df: pd.DataFrame, path: Path) -> None:
    """Refuse a CSV whose first data row has more fields than the header.

    pandas silently turns the first column(s) into the index then, shifting every value one
    column to the right.

    Parameters
    ----------
    df
        The table as pandas read it.
    path
        The file, for the message.

    Raises
    ------
    CorpusError
        The table has an implicit index.
    """
    if not isinstance(df.index, pd.RangeIndex):
        n = len(df.columns)
        raise CorpusError(
            f"{path}: the first data row has more fields than the header has columns ({n}: "
            f"{', '.join(map(str, df.columns))[:200]}), so every value would land in the wrong "
            "column. Put text that contains commas in double quotes, remove trailing commas, or "
            "name the extra column(s) in the header."
        )


def delimiter_hint(columns: Any) -> str:
    """A sentence for an error message when a one-column header holds another separator.

    Parameters
    ----------
    columns
        The column names as read.

    Returns
    -------
    str
        ``""``, or a sentence (with a leading space) naming the separator.

    Examples
    --------
    >>> delimiter_hint(["outlet;text"]).split(":")[0]
    ' The header seems to be separated by semicolons'
    """
    cols = [str(c) for c in columns]
    if len(cols) == 1:
        for sep, name in ((";", "semicolons"), ("\t", "tabs"), ("|", "vertical bars")):
            if sep in cols[0]:
                return (
                    f" The header seems to be separated by {name}: save the file with commas "
                    "(or as .tsv for tabs)."
                )
    return ""


def fields_hint(exc: Exception) -> str:
    """A sentence for an error message when pandas found a line with too many fields.

    Parameters
    ----------
    exc
        The error pandas raised.

    Returns
    -------
    str
        ``""``, or a sentence (with a leading space) about unquoted commas.
    """
    if "Expected" in str(exc) and "fields" in str(exc):
        return (
            " A line with more fields than the header usually holds text with unquoted commas: "
            "put it in double quotes."
        )
    return ""
