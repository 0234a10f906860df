"""Lexicons and rule tables as data files (CSV), with provenance in ``README.md``.

Every table is read through :func:`read_table`, so that a user's own file (a path) and a
bundled one (a bare name such as ``"hedges.csv"`` or ``"packs/ukraine-2022/loaded.csv"``) are
handled, validated and reported the same way.
"""

from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path

from ..errors import LexiconError

__all__ = ["read_table", "bundled_path", "pack_dir", "bundled_packs", "LEXICON_COLUMNS"]

#: Columns of every lexicon file (DESIGN.md, "Lexicons are data").
LEXICON_COLUMNS: tuple[str, ...] = ("term", "category", "subcategory", "source", "note")


def bundled_path(name: str) -> Path:
    """Path of a bundled table, e.g. ``bundled_path("packs/ukraine-2022/loaded.csv")``."""
    return Path(str(resources.files(__name__).joinpath(name)))


def bundled_packs() -> tuple[str, ...]:
    """The bundled topic packs: folders of ``packs/`` with a ``topic.csv``.

    Examples
    --------
    >>> "ukraine-2022" in bundled_packs()
    True
    """
    root = bundled_path("packs")
    return tuple(sorted(p.name for p in root.iterdir() if (p / "topic.csv").is_file()))


def pack_dir(pack: str | Path) -> Path:
    """The folder of a topic pack: a bundled pack's name (``"ukraine-2022"``) or the path of your
    own pack's folder (with a ``topic.csv``; see ``analysis/lexicons/README.md``).

    Raises
    ------
    LexiconError
        Neither a bundled pack nor a folder with a ``topic.csv``.

    Examples
    --------
    >>> pack_dir("ukraine-2022").name
    'ukraine-2022'
    """
    name = str(pack)
    if "/" not in name and "\\" not in name and name in bundled_packs():
        return bundled_path(f"packs/{name}")
    own = Path(name).expanduser().resolve()
    if own.is_dir() and (own / "topic.csv").is_file():
        return own
    why = "a folder without topic.csv" if own.is_dir() else "not a bundled pack"
    raise LexiconError(
        f"unknown topic pack {name!r} ({why}): the bundled packs are "
        f"{', '.join(bundled_packs())} (or none); your own pack is a folder with a topic.csv."
    )


def read_table(
    source: str | Path, *, required: tuple[str, ...] = LEXICON_COLUMNS
) -> list[dict[str, str]]:
    """Read a CSV rule table (bundled name or user path) into a list of row dicts.

    Parameters
    ----------
    source
        A bundled file name relative to ``analysis/lexicons`` (``"hedges.csv"``) or a path
        to the user's own CSV file.
    required
        Columns that must be present; cells are stripped strings (``""`` when empty).
        Lines whose first cell starts with ``#`` are comments.

    Returns
    -------
    list of dict

    Raises
    ------
    LexiconError
        The file is missing, not UTF-8, lacks a required column, a row has an empty first
        required column or more cells than the header; the message names the file and row.

    Examples
    --------
    >>> rows = (read_table(bundled_path("README.md").with_name("attribution_verbs.csv"),
    ...                    required=("term",))
    ...         if bundled_path("attribution_verbs.csv").exists() else [{"term": "said"}])
    >>> isinstance(rows[0]["term"], str)
    True
    """
    p = Path(source)
    if not p.is_absolute() and not p.exists():
        p = bundled_path(str(source))
    if not p.is_file():
        raise LexiconError(
            f"{source}: lexicon file not found. Pass a path to a CSV file with columns "
            f"{', '.join(required)}."
        )
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise LexiconError(f"{p}: not UTF-8 text. Save the lexicon as UTF-8 CSV.") from None
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    fields = [f.strip() for f in (reader.fieldnames or [])]
    missing = [c for c in required if c not in fields]
    if missing:
        raise LexiconError(
            f"{p}: missing column(s) {', '.join(missing)} (found: {', '.join(fields) or 'none'}). "
            f"A lexicon CSV needs the header {','.join(required)}."
        )
    rows: list[dict[str, str]] = []
    for i, raw in enumerate(reader, start=2):
        extra = raw.get(None) or []
        if extra:  # a comma inside a cell split it: the rest would be lost without a word
            raise LexiconError(
                f"{p}, row {i}: {len(fields) + len(extra)} cells for the {len(fields)} columns "
                f"of the header (its first cell: {raw.get(reader.fieldnames[0])!r}). A cell with "
                "a comma in it (a regular expression's {0,30}, a note) must be in double quotes."
            )
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not any(row.values()):
            continue
        if required and not row.get(required[0]):
            raise LexiconError(
                f"{p}, row {i}: empty '{required[0]}'. Fill it in or delete the row."
            )
        rows.append(row)
    return rows
