"""A ``.json`` corpus: one JSON document holding the articles, as news APIs and scrapers save them.

Three shapes are read: an array of article objects (``[{…}, {…}]``); an object with one array
of article objects under some key (``{"status": "ok", "articles": [{…}, …]}``, the shape of
NewsAPI and of many exports); and one article object (a file per article, as news-please writes
them).  Nested objects become dotted columns (``{"source": {"name": "BBC"}}`` is the column
``source.name``, so ``outlet_column="source.name"``); a list of strings (``"authors": ["A",
"B"]``) becomes one text cell ``"A; B"``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import CorpusError
from .decode import decode_bytes

__all__ = ["read_json_file", "json_records"]


def read_json_file(path: Path) -> pd.DataFrame:
    """Read a ``.json`` corpus file into a table (see the module docstring for the shapes).

    Parameters
    ----------
    path
        The file.

    Returns
    -------
    pandas.DataFrame
        One row per article object, nested objects as dotted columns; ``attrs["notes"]`` says
        where the articles were found.

    Raises
    ------
    CorpusError
        Not text, not valid JSON (with the line and column), or no array of article objects.
    """
    text, _enc, issue = decode_bytes(path.read_bytes())
    if issue and not text:
        raise CorpusError(f"{path}: {issue}.")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = (
            " It looks like JSON Lines (one object per line): rename it to .jsonl."
            if exc.msg == "Extra data" and text.lstrip().startswith("{")
            else " Check the file is valid JSON."
        )
        raise CorpusError(
            f"{path}: not valid JSON ({exc.msg.removesuffix(' at')} at line {exc.lineno}, "
            f"column {exc.colno})." + hint
        ) from None
    records, where = json_records(doc, path)
    df = pd.json_normalize([_flat_lists(r) for r in records], sep=".")
    df.attrs["notes"] = [f"{path.name}: {len(df)} article object(s) {where}"]
    return df


def json_records(doc: Any, path: Path) -> tuple[list[dict[str, Any]], str]:
    """The article objects of a parsed JSON document, and where they were found.

    Examples
    --------
    >>> json_records({"status": "ok", "articles": [{"title": "A"}]}, Path("x.json"))
    ([{'title': 'A'}], "under the key 'articles'")
    >>> json_records([{"title": "A"}, {"title": "B"}], Path("x.json"))[1]
    'in the top-level array'
    """
    if isinstance(doc, list):
        _check_objects(doc, path, "the top-level array")
        return doc, "in the top-level array"
    if not isinstance(doc, dict):
        raise CorpusError(
            f"{path}: the JSON document is a {type(doc).__name__}, not articles. Write an array "
            'of article objects ([{"text": …, "outlet": …}, …]).'
        )
    arrays = [k for k, v in doc.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
    if len(arrays) == 1:
        key = arrays[0]
        _check_objects(doc[key], path, f"the array under {key!r}")
        return doc[key], f"under the key {key!r}"
    if len(arrays) > 1:
        raise CorpusError(
            f"{path}: several arrays of objects ({', '.join(map(repr, arrays))}); which one holds "
            "the articles is unclear. Save that array alone as a .json or .jsonl file."
        )
    if any(isinstance(v, str) for v in doc.values()):
        return [doc], "(the file is one article)"
    raise CorpusError(
        f"{path}: no array of article objects found (keys: {', '.join(map(str, doc)) or 'none'})."
        ' Write an array of article objects ([{"text": …, "outlet": …}, …]).'
    )


def _check_objects(items: list[Any], path: Path, where: str) -> None:
    if not items:
        raise CorpusError(f"{path}: {where} is empty: no articles. Add one object per article.")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise CorpusError(
                f"{path}: item {i} of {where} is a {type(item).__name__}, not an object. Write "
                'one object per article ({"text": …, "outlet": …}).'
            )


def _flat_lists(record: dict[str, Any]) -> dict[str, Any]:
    """Lists of strings joined with "; " (an article's authors, tags); other values as given."""
    out = {}
    for k, v in record.items():
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            out[k] = "; ".join(v)
        elif isinstance(v, dict):
            out[k] = _flat_lists(v)
        else:
            out[k] = v
    return out
