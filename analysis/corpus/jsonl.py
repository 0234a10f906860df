"""JSON Lines corpora: one JSON object per line, read whole or streamed in chunks.

A line that is not a JSON object raises a :class:`~analysis.errors.CorpusError` naming the line
(and, for a file that is one JSON array, how to convert it); lone surrogate escapes (half an
emoji) are replaced by U+FFFD and reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import CorpusError
from .decode import decode_bytes, normalise_newlines, stream_encoding

__all__ = ["read_jsonl", "iter_jsonl_chunks", "jsonl_record"]

_JSON_TYPES = {
    "dict": "object",
    "list": "array",
    "str": "string",
    "int": "number",
    "float": "number",
    "bool": "true/false",
    "NoneType": "null",
}
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_ARRAY_HINT = (
    " The file looks like one JSON array, not JSON Lines: write one object per line "
    "(e.g. pandas.read_json(path).to_json(new_path, orient='records', lines=True))."
)


def read_jsonl(path: Path) -> pd.DataFrame:
    """Read a whole JSON Lines file into a table (blank lines are skipped).

    Parameters
    ----------
    path
        A ``.jsonl`` / ``.ndjson`` file.

    Returns
    -------
    pandas.DataFrame
        One row per object; ``attrs["notes"]`` lists what reading changed.

    Raises
    ------
    CorpusError
        Binary data, a line that is not a JSON object, or no objects at all.
    """
    text, _enc, issue = decode_bytes(path.read_bytes())
    if issue and not text:
        raise CorpusError(f"{path}: {issue}.")
    records: list[dict[str, Any]] = []
    notes: list[str] = []
    for lineno, line in enumerate(normalise_newlines(text).split("\n"), start=1):
        if not line.strip():
            continue
        records.append(jsonl_record(line, lineno, path, notes, first=not records))
    if not records:
        raise CorpusError(
            f"{path}: no JSON objects (the file is empty or blank). Add one JSON object per line."
        )
    df = pd.DataFrame.from_records(records)
    df.attrs["notes"] = notes
    return df


def jsonl_record(
    line: str, lineno: int, path: Path, notes: list[str], *, first: bool
) -> dict[str, Any]:
    """Parse one JSON Lines line into a record, or raise a CorpusError naming the line.

    Parameters
    ----------
    line
        The line's text.
    lineno
        Its 1-based line number, for messages.
    path
        The file, for messages.
    notes
        What reading changed is appended here (lone surrogates replaced).
    first
        Whether this is the file's first object (a ``[`` there suggests a JSON array).

    Returns
    -------
    dict

    Raises
    ------
    CorpusError
        The line is not valid JSON, or not a JSON object.
    """
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(
            f"{path}, line {lineno}: not valid JSON ({exc.msg} at column {exc.colno}). "
            "Each line must be one JSON object; fix or remove that line."
            + (_ARRAY_HINT if first and line.lstrip().startswith("[") else "")
        ) from None
    if not isinstance(rec, dict):
        kind = _JSON_TYPES.get(type(rec).__name__, type(rec).__name__)
        raise CorpusError(
            f"{path}, line {lineno}: a JSON {kind}, not an object. "
            'Each line must be one JSON object such as {"outlet": ..., "text": ...}.'
            + (_ARRAY_HINT if first and isinstance(rec, list) else "")
        )
    if _SURROGATE_ESCAPE.search(line):
        rec = _replace_surrogates(rec, lineno, notes)
    return rec


def _replace_surrogates(rec: dict[str, Any], lineno: int, notes: list[str]) -> dict[str, Any]:
    """Replace lone surrogates in a record's keys and values by U+FFFD, and say so in ``notes``.

    A "\\ud83d" escape without its pair (a scraper that cut an emoji in half) decodes to a lone
    surrogate, which pandas' string columns cannot hold.
    """
    n = 0

    def fix(v: Any) -> Any:
        nonlocal n
        if isinstance(v, str):
            n += len(_SURROGATE.findall(v))
            return _SURROGATE.sub("\ufffd", v)
        if isinstance(v, list):
            return [fix(x) for x in v]
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        return v

    rec = {fix(k): fix(v) for k, v in rec.items()}
    if n:
        notes.append(
            f"line {lineno}: {n} lone surrogate escape(s) (half an emoji?) replaced by U+FFFD"
        )
    return rec


def iter_jsonl_chunks(p: Path, chunksize: int, text_column: str = "text") -> Iterator[pd.DataFrame]:
    """Stream a JSON Lines file in chunks of ``chunksize`` records, all with the same columns.

    A first pass checks every line before any work starts and collects the union of the keys,
    so that every chunk has the same columns (objects may differ in their keys; a chunk-wise
    writer would otherwise misalign or refuse the columns).  A key holding numbers in some
    objects and text in others (the text column aside) is read as text everywhere, so that its
    type does not change from chunk to chunk.

    Parameters
    ----------
    p
        A ``.jsonl`` / ``.ndjson`` file.
    chunksize
        Records per chunk.
    text_column
        The text column's name (never converted to text here).

    Yields
    ------
    pandas.DataFrame
        ``attrs["notes"]`` lists what reading changed.
    """
    enc = stream_encoding(p)
    columns, mixed = _jsonl_columns(p, enc, text_column)
    records: list[dict[str, Any]] = []
    notes: list[str] = [f"{p.name}: {k!r} holds numbers and text; read as text" for k in mixed]
    with open(p, encoding=enc, errors="strict") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            rec = jsonl_record(line, lineno, p, notes, first=False)
            for k in mixed:
                if rec.get(k) is not None:
                    rec[k] = str(rec[k])
            records.append(rec)
            if len(records) >= chunksize:
                df = pd.DataFrame.from_records(records, columns=columns)
                df.attrs["notes"] = notes
                yield df
                records, notes = [], []
    if records:
        df = pd.DataFrame.from_records(records, columns=columns)
        df.attrs["notes"] = notes
        yield df


def _jsonl_columns(p: Path, enc: str, text_column: str) -> tuple[list[str], list[str]]:
    """First pass over a JSON Lines file: every key in order, and the keys of mixed type."""
    columns: dict[str, None] = {}
    kinds: dict[str, set[str]] = {}
    with open(p, encoding=enc, errors="strict") as fh:
        first = True
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                rec = jsonl_record(line, lineno, p, [], first=first)
                columns.update(dict.fromkeys(rec))
                for k, v in rec.items():
                    kinds.setdefault(k, set()).add(_value_kind(v))
                first = False
    mixed = [
        k for k, ks in kinds.items() if {"number", "other"} <= ks and k not in ("text", text_column)
    ]
    return list(columns), mixed


def _value_kind(v: Any) -> str:
    """``null``, ``number`` (not a boolean) or ``other``: the kinds a JSON column may mix."""
    if v is None:
        return "null"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return "number"
    return "other"
