"""Reading corpora: a folder with ``manifest.csv``, or one ``.csv`` / ``.jsonl`` / ``.parquet`` file.

This is one of the three modules that touch the file system (with ``report`` and ``cli``).
Everything downstream works on the DataFrame returned by :func:`load_corpus`.

Problems with individual articles (an empty file, bytes that are not text, a missing text
cell) do **not** drop the article: it is kept with an empty ``text`` and a human-readable
``load_issue``; later stages flag it in their ``status``.  Problems with the corpus as a whole
(a missing column, a manifest naming a missing file, a broken JSONL line, duplicate ids)
raise :class:`analysis.errors.CorpusError` naming the file, the row and the fix.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import CorpusError

__all__ = ["load_corpus", "iter_corpus", "read_text_file", "decode_bytes", "CORE_COLUMNS"]

#: The columns every corpus has, in this order; every other input column follows them.
CORE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "outlet",
    "title",
    "published",
    "url",
    "text",
    "load_issue",
)

_TABLE_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}

# C0 controls other than tab/newline/carriage return: their presence means "binary", not text.
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode_bytes(data: bytes) -> tuple[str, str, str]:
    """Decode raw article bytes without ever mangling them silently.

    Parameters
    ----------
    data
        The file's bytes.

    Returns
    -------
    text, encoding, issue
        ``encoding`` is what was used (``utf-8``, ``utf-8-sig``, ``utf-16``, ``cp1252``,
        ``latin-1``); ``issue`` is ``""`` for ordinary text, otherwise a sentence saying what
        is wrong (then ``text`` is ``""`` when the bytes are not text at all).

    Examples
    --------
    >>> decode_bytes("Kyiv – café".encode("utf-8"))[:2]
    ('Kyiv – café', 'utf-8')
    >>> decode_bytes("Kyiv – café".encode("cp1252"))[:2]
    ('Kyiv – café', 'cp1252')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data, bom = data[3:], True
    else:
        bom = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ""
        except UnicodeDecodeError:
            return "", "utf-16", "starts with a UTF-16 byte-order mark but is not valid UTF-16"
    try:
        text = data.decode("utf-8")
        enc = "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError:
        text = None
    if text is None:
        if _BINARY_CONTROL.search(data[:65536]):
            return "", "binary", "binary data, not text (control bytes such as NUL); convert it to UTF-8 text"
        if any(b in _CP1252_UNDEFINED for b in data):
            return data.decode("latin-1"), "latin-1", ""
        return data.decode("cp1252"), "cp1252", ""
    # valid UTF-8 can still be binary junk (NUL bytes) or UTF-16 without BOM
    sample = text[:65536]
    if "\x00" in sample:
        n_nul = sample.count("\x00")
        if n_nul > len(sample) // 4:
            for codec in ("utf-16-le", "utf-16-be"):
                try:
                    alt = data.decode(codec)
                except UnicodeDecodeError:
                    continue
                if "\x00" not in alt[:65536]:
                    return alt, codec, ""
            return "", "binary", "binary data, not text (NUL bytes); convert it to UTF-8 text"
        text = text.replace("\x00", "")
        return _normalise_newlines(text), enc, f"removed {n_nul} NUL byte(s) from the text"
    if _BINARY_CONTROL.search(data[:65536]) and len(_BINARY_CONTROL.findall(data[:65536])) > 16:
        return "", "binary", "binary data, not text (many control bytes); convert it to UTF-8 text"
    return text, enc, ""


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: str | Path) -> tuple[str, str, str]:
    """Read one article file; see :func:`decode_bytes` for the return value.

    Parameters
    ----------
    path
        A plain-text file.

    Returns
    -------
    text, encoding, issue

    Examples
    --------
    >>> from analysis.paths import DEFAULT_CORPUS
    >>> text, enc, issue = read_text_file(DEFAULT_CORPUS / "004_a7c159f3859510b9.txt")
    >>> enc, issue, text.startswith("Kremlin Spokesman")
    ('utf-8', '', True)
    """
    data = Path(path).read_bytes()
    text, enc, issue = decode_bytes(data)
    text = _normalise_newlines(text)
    if not issue and not text.strip():
        issue = "empty file" if not text else "file contains only whitespace"
    return text, enc, issue


def load_corpus(
    path: str | Path | None = None,
    *,
    text_column: str = "text",
    outlet_column: str = "outlet",
    id_column: str | None = None,
) -> pd.DataFrame:
    """Load a corpus into the suite's corpus DataFrame.

    Parameters
    ----------
    path
        A folder holding ``manifest.csv`` (column ``file`` naming each text file, plus
        ``outlet`` and any metadata), or a ``.csv``, ``.tsv``, ``.jsonl`` or ``.parquet``
        file with at least a text and an outlet column.  ``None`` means the bundled corpus
        (``data/raw``).
    text_column, outlet_column
        Names of the text and outlet columns in a table file, when they are not ``text`` and
        ``outlet`` (e.g. ``outlet_column="source"`` for AllSides, ``"country"`` to compare
        by country).  They are renamed to ``text`` and ``outlet``.
    id_column
        Column holding unique article ids (default: ``article_id`` or ``id`` when present,
        else the file name stem for a manifest, else ``<file stem>-<row number>``).

    Returns
    -------
    pandas.DataFrame
        One row per article, columns ``article_id, outlet, title, published`` (datetime64,
        NaT where missing or unparseable), ``url, text, load_issue`` (``""`` or why the
        text is unusable), then every other input column.  ``df.attrs["load_report"]`` lists
        what loading changed (outlet names normalised, encodings detected, …) and
        ``df.attrs["source"]`` the path.

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

    p = Path(DEFAULT_CORPUS if path is None else path).expanduser()
    if not p.exists():
        raise CorpusError(
            f"{p}: no such file or folder. Pass a folder with manifest.csv, or a .csv, "
            ".jsonl or .parquet file (the bundled corpus is data/raw)."
        )
    report: list[str] = []
    if p.is_dir():
        df = _load_folder(p, report)
        stem = None
    else:
        kind = _TABLE_SUFFIXES.get(p.suffix.lower())
        if kind is None:
            raise CorpusError(
                f"{p}: unknown corpus format {p.suffix!r}. Use a folder with manifest.csv, "
                "or a .csv, .tsv, .jsonl or .parquet file with 'text' and 'outlet' columns."
            )
        df = _read_table(p, kind)
        report.extend(df.attrs.get("notes", []))
        stem = p.stem
    df = _standardise(df, p, report, text_column=text_column, outlet_column=outlet_column,
                      id_column=id_column, default_id_prefix=stem)
    df.attrs["load_report"] = report
    df.attrs["source"] = str(p)
    return df


def _load_folder(folder: Path, report: list[str]) -> pd.DataFrame:
    manifest = folder / "manifest.csv"
    if not manifest.exists():
        contents = [c.name for c in folder.iterdir() if not c.name.startswith(".")]
        if not contents:
            raise CorpusError(f"{folder}: the folder is empty. Put the article files and a manifest.csv in it.")
        raise CorpusError(
            f"{folder}: no manifest.csv. Add one with a 'file' column naming each text file and "
            "an 'outlet' column (plus optional title, published, url, author …), or pass a "
            ".csv/.jsonl/.parquet file instead of the folder."
        )
    # blank lines are kept as rows so that "row N" below is the line of the manifest, then every
    # row with no cell filled in (blank lines, the ",,," rows spreadsheets leave) is skipped
    df = _read_table(manifest, "csv", skip_blank_lines=False)
    if "file" not in df.columns:
        raise CorpusError(
            f"{manifest}: no 'file' column (found: {', '.join(map(str, df.columns))}). "
            "Add a 'file' column naming each article's text file, relative to the folder."
            + _delimiter_hint(df.columns)
        )
    blank = df.isna().all(axis=1)
    if blank.any():
        df = df.loc[~blank]
        report.append(f"manifest.csv: skipped {int(blank.sum())} empty row(s)")
    texts, encodings, issues, rel = [], [], [], []
    for idx, name in zip(df.index, df["file"]):
        i = int(idx) + 2  # row 1 is the header
        if not isinstance(name, str) or not name.strip():
            raise CorpusError(f"{manifest}, row {i}: the 'file' cell is empty. Name the article's text file.")
        fp = (folder / name.strip())
        try:
            if fp.is_dir():
                raise CorpusError(
                    f"{manifest}, row {i}: {name!r} is a folder, not a text file. Name the article's text file."
                )
            if not fp.is_file():
                raise CorpusError(
                    f"{manifest}, row {i}: file {name!r} does not exist in {folder}. "
                    "Fix the file name or remove the row."
                )
            text, enc, issue = read_text_file(fp)
        except OSError as exc:  # name too long, permission denied, ...
            raise CorpusError(
                f"{manifest}, row {i}: cannot read {name.strip()[:200]!r} ({exc.strerror or exc}). "
                "Fix the file name or the file's permissions, or remove the row."
            ) from None
        if enc not in ("utf-8", "utf-8-sig") and not issue:
            report.append(f"{fp.name}: decoded as {enc} (not UTF-8)")
        texts.append(text)
        encodings.append(enc)
        issues.append(issue)
        rel.append(name.strip())
    df["text"] = texts
    df["encoding"] = encodings
    df["load_issue"] = issues
    if "article_id" not in df.columns and "id" not in df.columns:
        df.insert(0, "article_id", _file_ids(rel, list(df.index), manifest))
    return df


def _file_ids(names: list[str], index: list[Any], manifest: Path) -> list[str]:
    """Article ids from file names: the stem, or the relative path where stems collide
    (``bbc/001.txt`` and ``rt/001.txt`` are two articles); the same file twice is an error."""
    stems = [Path(n).stem for n in names]
    counts = pd.Series(stems).value_counts()
    ids = [Path(n).with_suffix("").as_posix() if counts[s] > 1 else s for n, s in zip(names, stems)]
    seen: dict[str, int] = {}
    for pos, (n, a) in enumerate(zip(names, ids)):
        if a in seen:
            rows = [int(index[seen[a]]) + 2, int(index[pos]) + 2]
            raise CorpusError(
                f"{manifest}, rows {rows}: both rows name the file {n!r}. Remove the duplicate row, or add an "
                "'article_id' column if they really are different articles."
            )
        seen[a] = pos
    return ids


def _delimiter_hint(columns: Any) -> str:
    cols = [str(c) for c in columns]
    if len(cols) == 1:
        for sep, name in ((";", "semicolons"), ("\t", "tabs"), ("|", "vertical bars")):
            if sep in cols[0]:
                return f" The header seems to be separated by {name}: save the file with commas (or as .tsv for tabs)."
    return ""


def _read_table(path: Path, kind: str, *, skip_blank_lines: bool = True) -> pd.DataFrame:
    try:
        if kind in ("csv", "tsv"):
            raw = path.read_bytes()
            text, enc, issue = decode_bytes(raw)
            if issue and not text:
                raise CorpusError(f"{path}: {issue}.")
            import io

            df = pd.read_csv(io.StringIO(text), sep="\t" if kind == "tsv" else ",", dtype=object,
                             keep_default_na=False, na_values=[""], skip_blank_lines=skip_blank_lines)
            _check_no_implicit_index(df, path)
            return df
        if kind == "jsonl":
            return _read_jsonl(path)
        if kind == "parquet":
            return pd.read_parquet(path)
    except CorpusError:
        raise
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{path}: the file is empty. Add a header row and one row per article.") from None
    except (pd.errors.ParserError, ValueError, OSError) as exc:
        raise CorpusError(f"{path}: cannot be read as {kind}: {exc}. Check the file is a valid {kind} file."
                          + _fields_hint(exc)) from None
    except Exception as exc:  # pyarrow raises its own error types on corrupt parquet
        raise CorpusError(f"{path}: cannot be read as {kind}: {exc}. Check the file is a valid {kind} file.") from None
    raise CorpusError(f"{path}: unknown format {kind!r}.")  # pragma: no cover


def _check_no_implicit_index(df: pd.DataFrame, path: Path) -> None:
    """pandas silently turns the first column(s) into the index when the first data row has more
    fields than the header, shifting every value one column to the right: refuse instead."""
    if not isinstance(df.index, pd.RangeIndex):
        n = len(df.columns)
        raise CorpusError(
            f"{path}: the first data row has more fields than the header has columns ({n}: "
            f"{', '.join(map(str, df.columns))[:200]}), so every value would land in the wrong column. "
            "Put text that contains commas in double quotes, remove trailing commas, or name the extra "
            "column(s) in the header."
        )


def _fields_hint(exc: Exception) -> str:
    if "Expected" in str(exc) and "fields" in str(exc):
        return " A line with more fields than the header usually holds text with unquoted commas: put it in double quotes."
    return ""


def _read_jsonl(path: Path) -> pd.DataFrame:
    text, _enc, issue = decode_bytes(path.read_bytes())
    if issue and not text:
        raise CorpusError(f"{path}: {issue}.")
    records: list[dict[str, Any]] = []
    notes: list[str] = []
    for lineno, line in enumerate(_normalise_newlines(text).split("\n"), start=1):
        if not line.strip():
            continue
        records.append(_jsonl_record(line, lineno, path, notes, first=not records))
    if not records:
        raise CorpusError(f"{path}: no JSON objects (the file is empty or blank). Add one JSON object per line.")
    df = pd.DataFrame.from_records(records)
    df.attrs["notes"] = notes
    return df


_JSON_TYPES = {"dict": "object", "list": "array", "str": "string", "int": "number", "float": "number",
               "bool": "true/false", "NoneType": "null"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _jsonl_record(line: str, lineno: int, path: Path, notes: list[str], *, first: bool) -> dict[str, Any]:
    """Parse one JSON Lines line into a record, or raise a CorpusError naming the line."""
    array_hint = (" The file looks like one JSON array, not JSON Lines: write one object per line "
                  "(e.g. pandas.read_json(path).to_json(new_path, orient='records', lines=True)).")
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(
            f"{path}, line {lineno}: not valid JSON ({exc.msg} at column {exc.colno}). "
            "Each line must be one JSON object; fix or remove that line."
            + (array_hint if first and line.lstrip().startswith("[") else "")
        ) from None
    if not isinstance(rec, dict):
        kind = _JSON_TYPES.get(type(rec).__name__, type(rec).__name__)
        raise CorpusError(
            f"{path}, line {lineno}: a JSON {kind}, not an object. "
            "Each line must be one JSON object such as {\"outlet\": ..., \"text\": ...}."
            + (array_hint if first and isinstance(rec, list) else "")
        )
    if _SURROGATE_ESCAPE.search(line):
        # a "\ud83d" escape without its pair (a scraper that cut an emoji in half) decodes to a
        # lone surrogate, which pandas' string columns cannot hold: replace it, and say so
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
            notes.append(f"line {lineno}: {n} lone surrogate escape(s) (half an emoji?) replaced by U+FFFD")
    return rec


def _is_missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def _as_text(value: Any) -> tuple[str, str]:
    """Coerce one cell to text; return (text, issue)."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return "", "missing text (empty cell)"
    if isinstance(value, bytes):
        text, _enc, issue = decode_bytes(value)
        return _normalise_newlines(text), issue
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        parts = list(value)
        if parts and all(isinstance(x, str) for x in parts):  # paragraphs, not "['para 1', 'para 2']"
            text, issue = _as_text("\n\n".join(parts))
            return text, f"text cell holds a list of {len(parts)} strings; joined as paragraphs" + (f"; {issue}" if issue else "")
    if not isinstance(value, str):
        return str(value), f"text cell holds a {type(value).__name__}, not a string; converted"
    if "\x00" in value:
        return _normalise_newlines(value.replace("\x00", "")), "removed NUL character(s) from the text"
    return _normalise_newlines(value), ""


def _normalise_outlets(outlets: pd.Series, report: list[str]) -> pd.Series:
    def clean(v: Any) -> Any:
        if v is None or (isinstance(v, float) and v != v):
            return v
        if isinstance(v, bytes):  # parquet binary column: the name, not "b'RT'"
            v = decode_bytes(v)[0]
        return re.sub(r"\s+", " ", str(v)).strip()

    cleaned = outlets.map(clean)
    changed = int((cleaned.astype(str) != outlets.astype(str)).sum())
    if changed:
        report.append(f"outlet: stripped/collapsed white space in {changed} row(s)")
    # names that differ only by case: map to the most frequent spelling
    valid = cleaned.dropna()
    valid = valid[valid != ""]
    if len(valid):
        counts = valid.value_counts()
        canon: dict[str, str] = {}
        for name in counts.index:  # most frequent first
            canon.setdefault(name.casefold(), name)
        mapping = {name: canon[name.casefold()] for name in counts.index}
        merged = {k: v for k, v in mapping.items() if k != v}
        for k, v in merged.items():
            report.append(f"outlet: {k!r} merged into {v!r} (same name up to case)")
        cleaned = cleaned.map(lambda v: mapping.get(v, v) if isinstance(v, str) else v)
    return cleaned


def _standardise(
    df: pd.DataFrame,
    path: Path,
    report: list[str],
    *,
    text_column: str,
    outlet_column: str,
    id_column: str | None,
    default_id_prefix: str | None,
) -> pd.DataFrame:
    where = path / "manifest.csv" if path.is_dir() else path
    df = df.copy()
    df.columns = [str(c) for c in df.columns]
    # a column option naming a column that is not there must not fall back to 'text'/'outlet' silently
    options = [("outlet_column", outlet_column, "outlet")]
    if not path.is_dir():  # a manifest's text comes from the files
        options.append(("text_column", text_column, "text"))
    for option, name, default in options:
        if name != default and name not in df.columns:
            raise CorpusError(
                f"{where}: {option}={name!r} names no column (found: {', '.join(df.columns) or 'none'}). "
                "Check the spelling of the column name." + _delimiter_hint(df.columns)
            )
    if text_column != "text" and text_column in df.columns:
        if "text" in df.columns:
            df = df.rename(columns={"text": "text_original"})
        df = df.rename(columns={text_column: "text"})
    if outlet_column != "outlet" and outlet_column in df.columns:
        if "outlet" in df.columns:
            df = df.rename(columns={"outlet": "outlet_original"})
        df = df.rename(columns={outlet_column: "outlet"})
    for col, option in (("text", "text_column"), ("outlet", "outlet_column")):
        if col not in df.columns:
            found = ", ".join(df.columns) or "none"
            hint = ""
            guesses = {"text": ("body", "content", "article", "article_text", "full_text"),
                       "outlet": ("source", "publisher", "site", "domain", "media", "newspaper", "country")}[col]
            present = [g for g in guesses if g in df.columns]
            if present:
                hint = f" (pass {option}={present[0]!r} to use the {present[0]!r} column)"
            raise CorpusError(
                f"{where}: required column '{col}' is missing (found: {found}). "
                f"Add a '{col}' column or rename yours{hint}." + _delimiter_hint(df.columns)
            )
    if len(df) == 0:
        raise CorpusError(f"{where}: the corpus has no articles (0 rows). Add at least one article.")

    # text
    if "load_issue" in df.columns:
        prior = df["load_issue"].fillna("").astype(str).tolist()
    else:
        prior = [""] * len(df)
    texts, issues = [], []
    for value, before in zip(df["text"].tolist(), prior):
        text, issue = _as_text(value)
        if not issue and not before and not text.strip():
            issue = "empty text" if not text else "text contains only whitespace"
        texts.append(text)
        issues.append(before or issue)
    df["text"] = texts
    df["load_issue"] = issues

    # outlet (object first: a categorical column cannot take the '(unknown outlet)' label)
    df["outlet"] = df["outlet"].astype(object)
    missing_outlet = df["outlet"].isna() | (df["outlet"].astype(str).str.strip() == "")
    df["outlet"] = _normalise_outlets(df["outlet"], report).astype(object)
    if missing_outlet.any():
        df.loc[missing_outlet, "outlet"] = "(unknown outlet)"
        report.append(f"outlet: {int(missing_outlet.sum())} row(s) with no outlet labelled '(unknown outlet)'")
    df["outlet"] = df["outlet"].astype(str)

    # article ids
    id_col = id_column or ("article_id" if "article_id" in df.columns else "id" if "id" in df.columns else None)
    if id_column and id_column not in df.columns:
        raise CorpusError(f"{where}: id column {id_column!r} not found (found: {', '.join(df.columns)}).")
    if id_col is None:
        prefix = default_id_prefix or "article"
        width = max(4, len(str(len(df))))
        ids = [f"{prefix}-{i:0{width}d}" for i in range(len(df))]
    else:
        raw_ids = df[id_col].astype(object).tolist()
        empty = [_is_missing(v) or not str(v).strip() for v in raw_ids]
        if any(empty):
            rows = [int(i) + 2 for i, e in zip(df.index, empty) if e][:10]
            raise CorpusError(
                f"{where}: {sum(empty)} empty {id_col!r} cell(s), in rows {rows}. Fill in every id, or "
                f"drop the {id_col!r} column to number the articles automatically."
            )
        ids = [str(v).strip() for v in raw_ids]
        # keep a custom id column as source_id, unless that would clobber a column the corpus needs
        # (id_column="url" keeps url) or one that already exists
        if id_col not in ("article_id", "id") and id_col not in CORE_COLUMNS and "source_id" not in df.columns:
            df = df.rename(columns={id_col: "source_id"})
    df["article_id"] = ids
    dup = df["article_id"].duplicated(keep=False)
    if dup.any():
        rows = [int(i) + 2 for i in df.index[dup][:10]]  # +2: header row, 1-based
        first = df.loc[dup, "article_id"].iloc[0]
        raise CorpusError(
            f"{where}: duplicate article_id {first!r} (and {int(dup.sum()) - 1} more duplicates) in rows "
            f"{rows}. Make the ids unique, or drop the id column to number the articles automatically."
        )

    # optional metadata
    for col in ("title", "url"):
        if col not in df.columns:
            df[col] = ""
        df[col] = df[col].map(lambda v: "" if v is None or (isinstance(v, float) and v != v) else str(v))
    if "published" not in df.columns:
        for alt in ("date", "datetime", "publish_date", "published_at"):
            if alt in df.columns:
                df["published"] = df[alt]
                break
        else:
            df["published"] = pd.NaT
    df["published"] = _parse_dates(df["published"], report)

    rest = [c for c in df.columns if c not in CORE_COLUMNS]
    out = df[list(CORE_COLUMNS) + rest].reset_index(drop=True)
    return out


def _parse_dates(values: pd.Series, report: list[str]) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(values):
        s = values
    else:
        raw = values.map(lambda v: None if v is None or (isinstance(v, float) and v != v) or str(v).strip() == "" else str(v).strip())
        s = pd.to_datetime(raw, errors="coerce", format="mixed", utc=True)
        bad = int((raw.notna() & s.isna()).sum())
        if bad:
            report.append(f"published: {bad} value(s) could not be parsed as dates and are NaT")
    if getattr(s.dt, "tz", None) is not None:
        s = s.dt.tz_convert("UTC").dt.tz_localize(None)
    lo, hi = pd.Timestamp.min.as_unit("ns"), pd.Timestamp.max.as_unit("ns")
    out_of_range = s.notna() & ((s < lo) | (s > hi))
    if out_of_range.any():
        report.append(f"published: {int(out_of_range.sum())} date(s) outside 1677–2262 set to NaT")
        s = s.mask(out_of_range)
    return s.astype("datetime64[ns]")


def iter_corpus(
    path: str | Path,
    *,
    chunksize: int = 2000,
    text_column: str = "text",
    outlet_column: str = "outlet",
    id_column: str | None = None,
):
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
        full = load_corpus(p, text_column=text_column, outlet_column=outlet_column, id_column=id_column)
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
    for raw in _raw_chunks(p, chunksize, text_column):
        report: list[str] = list(raw.attrs.get("notes", []))
        raw.index = pd.RangeIndex(offset, offset + len(raw))  # "row N" in messages: the row of the file
        chunk = _standardise(raw, p, report, text_column=text_column, outlet_column=outlet_column,
                             id_column=id_column, default_id_prefix=p.stem)
        if id_column is None and "article_id" not in raw.columns and "id" not in raw.columns:
            chunk["article_id"] = [f"{p.stem}-{offset + i:0{width}d}" for i in range(len(chunk))]
        dup = [a for a in chunk["article_id"] if a in seen]
        if dup:
            raise CorpusError(
                f"{p}: duplicate article_id {dup[0]!r} (around row {offset + 2}). Make the ids unique, "
                "or drop the id column to number the articles automatically."
            )
        seen.update(chunk["article_id"])
        chunk.attrs["load_report"] = report
        offset += len(chunk)
        yield chunk
    if offset == 0:  # an empty parquet file, a JSONL file of blank lines
        raise CorpusError(f"{p}: the corpus has no articles (0 rows). Add at least one article.")


def _stream_encoding(p: Path) -> str:
    """The encoding to stream a text file with, by the rules of :func:`decode_bytes`, in one pass
    over the bytes without holding the file in memory."""
    import codecs

    with open(p, "rb") as fh:
        head = fh.read(65536)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "utf-16"
        dec = codecs.getincrementaldecoder("utf-8")()
        block, undefined = head, False
        try:
            while block:
                dec.decode(block)
                undefined = undefined or any(b in _CP1252_UNDEFINED for b in block)
                block = fh.read(1 << 20)
            dec.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            pass
        if _BINARY_CONTROL.search(head):
            raise CorpusError(f"{p}: binary data, not text (control bytes such as NUL); convert it to UTF-8 text.")
        while block and not undefined:
            undefined = any(b in _CP1252_UNDEFINED for b in block)
            block = fh.read(1 << 20)
    return "latin-1" if undefined else "cp1252"


def _raw_chunks(p: Path, chunksize: int, text_column: str = "text"):
    suffix = p.suffix.lower()
    try:
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            pf = pq.ParquetFile(p)
            for batch in pf.iter_batches(batch_size=chunksize):
                yield batch.to_pandas()
        elif suffix in (".csv", ".tsv"):
            enc = _stream_encoding(p)
            for chunk in pd.read_csv(p, sep="\t" if suffix == ".tsv" else ",", dtype=object, keep_default_na=False,
                                     na_values=[""], chunksize=chunksize, encoding=enc):
                _check_no_implicit_index(chunk, p)
                if enc not in ("utf-8-sig", "utf-8"):
                    chunk.attrs["notes"] = [f"{p.name}: decoded as {enc} (not UTF-8)"]
                yield chunk
        else:
            enc = _stream_encoding(p)
            # first pass: every line is checked before any work starts, and the union of the keys
            # gives every chunk the same columns (objects may differ in their keys; a chunk-wise
            # writer would otherwise misalign or refuse the columns)
            # (and a key holding numbers in some objects and text in others is read as text
            # everywhere, so that its type does not change from chunk to chunk)
            columns: dict[str, None] = {}
            kinds: dict[str, set[str]] = {}
            with open(p, encoding=enc, errors="strict") as fh:
                first = True
                for lineno, line in enumerate(fh, start=1):
                    if line.strip():
                        rec = _jsonl_record(line, lineno, p, [], first=first)
                        columns.update(dict.fromkeys(rec))
                        for k, v in rec.items():
                            kinds.setdefault(k, set()).add(
                                "null" if v is None else "number" if isinstance(v, (int, float)) and not isinstance(v, bool) else "other")
                        first = False
            mixed = [k for k, ks in kinds.items() if {"number", "other"} <= ks and k not in ("text", text_column)]
            records: list[dict[str, Any]] = []
            notes: list[str] = [f"{p.name}: {k!r} holds numbers and text; read as text" for k in mixed]
            with open(p, encoding=enc, errors="strict") as fh:
                for lineno, line in enumerate(fh, start=1):
                    if not line.strip():
                        continue
                    rec = _jsonl_record(line, lineno, p, notes, first=False)
                    for k in mixed:
                        if rec.get(k) is not None:
                            rec[k] = str(rec[k])
                    records.append(rec)
                    if len(records) >= chunksize:
                        df = pd.DataFrame.from_records(records, columns=list(columns))
                        df.attrs["notes"] = notes
                        yield df
                        records, notes = [], []
            if records:
                df = pd.DataFrame.from_records(records, columns=list(columns))
                df.attrs["notes"] = notes
                yield df
    except CorpusError:
        raise
    except pd.errors.EmptyDataError:
        raise CorpusError(f"{p}: the file is empty. Add a header row and one row per article.") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{p}: not UTF-8 text ({exc}). Re-save the file as UTF-8.") from None
    except Exception as exc:
        raise CorpusError(f"{p}: cannot be read: {exc}. Check the file is valid." + _fields_hint(exc)) from None
