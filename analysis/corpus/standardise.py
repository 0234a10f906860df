"""From a raw table to the corpus DataFrame: required columns, text, outlet names, ids, metadata.

:func:`standardise` runs the steps below in order; each raises a
:class:`~analysis.errors.CorpusError` naming the file (and rows) and the fix, or appends what
it changed to the load report.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import CorpusError
from ..text.mojibake import repair_mojibake
from .cells import as_text, is_missing
from .columns import (
    DATE_COLUMNS,
    PUBLISHER_COLUMNS,
    column_key,
    date_source,
    other_names,
    respellings,
    spelled_as,
)
from .dates import DateEvidence, date_notes, read_dates
from .decode import decode_bytes
from .tables import delimiter_hint

__all__ = [
    "CORE_COLUMNS",
    "DATE_COLUMNS",
    "standardise",
    "normalise_outlets",
    "date_source",
    "date_summary",
]

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

# column names that probably hold the text or the outlet, for the "missing column" hint
# (compared up to case and separators: "FullText", "MediaName")
_GUESSES = {
    # maintext: news-please; a text column is added to a Media Cloud story list by the
    # researcher's own scrape
    "text": ("body", "content", "maintext", "article", "article_text", "full_text", "story_text"),
    # the publisher columns (Media Cloud's media_name, NewsAPI's source.name …), then columns
    # that may name them: a country, the articles' addresses (each one's site is the outlet,
    # corpus/hosts.py)
    "outlet": (*PUBLISHER_COLUMNS[2:], "media", "country", "url"),
}

#: The names read without an option, as :func:`~analysis.corpus.columns.respellings` reads
#: them when a table writes them another way ("Title", "URL", "ID").
_SPELLED = ("text", "outlet", "title", "url", "article_id", "id")


def standardise(
    df: pd.DataFrame,
    path: Path,
    report: list[str],
    *,
    text_column: str,
    outlet_column: str,
    id_column: str | None,
    default_id_prefix: str | None,
    date_column: str | None = None,
    dayfirst: bool | None = None,
    date_evidence: DateEvidence | None = None,
    title_column: str | None = None,
) -> pd.DataFrame:
    """Turn a table as read into the corpus DataFrame of :func:`~analysis.corpus.load_corpus`.

    Parameters
    ----------
    df
        The table (a manifest with its texts read, or a table file); not modified.
    path
        The folder or file it came from, for messages.
    report
        What standardising changed is appended here.
    text_column, outlet_column, id_column, date_column, dayfirst, title_column
        As for :func:`~analysis.corpus.load_corpus`.
    default_id_prefix
        Prefix of generated ids (``<prefix>-0001``); ``None`` means ``article``.
    date_evidence
        The order evidence of the whole date column, when ``df`` is one chunk of a stream
        (:func:`~analysis.corpus.dates.date_evidence`).

    Returns
    -------
    pandas.DataFrame
        The :data:`CORE_COLUMNS`, then every other column, with a fresh ``RangeIndex``;
        ``attrs["dates"]`` says how the dates were read (:func:`date_summary`).

    Raises
    ------
    CorpusError
        A column option naming no column, a missing text or outlet column, no rows, empty or
        duplicate ids.
    """
    # a folder without manifest.csv (outlet subfolders, JSON files): name the folder
    where = path / "manifest.csv" if (path / "manifest.csv").is_file() else path
    # a corpus saved by load_corpus (parquet keeps attrs) carries how its text dates were read:
    # its published column is datetime now, and reading it again would forget that
    carried = df.attrs.get("dates") if _is_datetime(df.get("published")) else None
    df = df.copy()
    df.columns = [str(c) for c in df.columns]
    # a manifest's text comes from the files: text_column names no column of the manifest
    # option -> (column it names, the column it replaces); a manifest's text comes from the
    # files, so text_column names no column of the manifest
    options = {"outlet_column": (outlet_column, "outlet")}
    if not path.is_dir():
        options["text_column"] = (text_column, "text")
    if date_column is not None:
        options["date_column"] = (date_column, "published")
    if title_column is not None:
        options["title_column"] = (title_column, "title")
    _check_column_options(df, where, options)
    as_read = list(df.columns)
    df = _rename_columns(df, text_column, outlet_column, date_column, title_column)
    df = _respell_columns(df, report)
    _check_required_columns(df, where, as_read)
    _standardise_text(df)
    _standardise_outlet(df, report)
    df = _assign_ids(df, where, id_column, default_id_prefix)
    dates = _standardise_metadata(df, report, dayfirst=dayfirst, evidence=date_evidence)
    rest = [c for c in df.columns if c not in CORE_COLUMNS]
    out = df[list(CORE_COLUMNS) + rest].reset_index(drop=True)
    out.attrs["dates"] = carried if isinstance(carried, dict) and date_column is None else dates
    return out


def _is_datetime(col: Any) -> bool:
    return col is not None and pd.api.types.is_datetime64_any_dtype(col)


def _check_column_options(
    df: pd.DataFrame, where: Path, options: dict[str, tuple[str, str]]
) -> None:
    """A column option naming a column that is not there must not fall back to the default."""
    for option, (name, default) in options.items():
        if name != default and name not in df.columns:
            near = spelled_as(name, df.columns)
            fix = (
                f"The column {near!r} differs only by case or separators: pass {option}={near!r}."
                if near is not None
                else "Check the spelling of the column name."
            )
            raise CorpusError(
                f"{where}: {option}={name!r} names no column "
                f"(found: {', '.join(df.columns) or 'none'}). {fix}" + delimiter_hint(df.columns)
            )


def _rename_columns(
    df: pd.DataFrame,
    text_column: str,
    outlet_column: str,
    date_column: str | None,
    title_column: str | None = None,
) -> pd.DataFrame:
    """Rename the chosen text, outlet, date and title columns to ``text``, ``outlet``,
    ``published``, ``title``.

    Columns already called so are kept as ``text_original``, ``outlet_original``,
    ``published_original``, ``title_original``.  A chosen column that is itself a core column
    (``outlet_column="url"``: each address's site is the outlet) is copied, not moved.
    """
    for chosen, core in (
        (text_column, "text"),
        (outlet_column, "outlet"),
        (date_column, "published"),
        (title_column, "title"),
    ):
        if chosen is not None and chosen != core and chosen in df.columns:
            if core in df.columns:
                df = df.rename(columns={core: f"{core}_original"})
            if chosen in CORE_COLUMNS:  # outlet_column="url": the url column stays too
                df[core] = df[chosen]
            else:
                df = df.rename(columns={chosen: core})
    return df


#: What a missing required column must hold, for the message.
_COLUMN_WHAT = {
    "text": "a 'text' column (the article's text)",
    "outlet": "an 'outlet' column (who published each article; for articles of one outlet, "
    "its name in every row)",
}


def _respell_columns(df: pd.DataFrame, report: list[str]) -> pd.DataFrame:
    """Read a column the table writes another way ("Title", "URL") or names otherwise
    ("Headline") under the loader's name.

    Only a name still missing after the column options, and only when exactly one column has
    it up to case and separators (:func:`~analysis.corpus.columns.respellings`), or is one of
    its other names (:func:`~analysis.corpus.columns.other_names`); each is said in the load
    report.
    """
    renamed = respellings(df.columns, _SPELLED)
    for column, name in renamed.items():
        report.append(
            f"column {column!r} read as {name!r} (the same name up to case and separators)"
        )
    df = df.rename(columns=renamed) if renamed else df
    other = other_names(df.columns)
    for column, name in other.items():
        report.append(
            f"column {column!r} read as {name!r} (another name of it; --{name}-column names "
            "another column)"
        )
    return df.rename(columns=other) if other else df


def _guess(col: str, columns: Any) -> str | None:
    """The first column of the table that is one of :data:`_GUESSES` for ``col``."""
    keys = {column_key(c): str(c) for c in reversed(list(columns))}
    return next((keys[column_key(g)] for g in _GUESSES[col] if column_key(g) in keys), None)


def _check_required_columns(df: pd.DataFrame, where: Path, as_read: list[str]) -> None:
    """Refuse a table without a ``text`` or ``outlet`` column (guessing the right one), or rows.

    Both missing columns are named in one message, each with the option that would name it;
    the columns found are listed as the table writes them (``as_read``).
    """
    missing = [(c, o) for c, o in (("text", "text_column"), ("outlet", "outlet_column"))]
    missing = [(c, o) for c, o in missing if c not in df.columns]
    if missing:
        found = ", ".join(as_read) or "none"
        hints = []
        for col, option in missing:
            present = _guess(col, as_read)
            use = f" (pass {option}={present!r} to use the {present!r} column)" if present else ""
            hints.append(f"Add {_COLUMN_WHAT[col]} or rename yours{use}.")
        names = " and ".join(f"'{c}'" for c, _ in missing)
        what = "column" if len(missing) == 1 else "columns"
        verb = "is" if len(missing) == 1 else "are"
        raise CorpusError(
            f"{where}: required {what} {names} {verb} missing (found: {found}). "
            + " ".join(hints)
            + delimiter_hint(df.columns)
        )
    if len(df) == 0:
        raise CorpusError(
            f"{where}: the corpus has no articles (0 rows). Add at least one article."
        )


_TEXT_CHUNK = 2_000


def _standardise_text(df: pd.DataFrame) -> None:
    """Coerce every text cell to text (in place); record why a text is unusable in load_issue.

    An issue found while reading (a manifest's file) is kept over one found here.  The column is
    converted in chunks of ``_TEXT_CHUNK`` rows, each packed into Arrow at once, so a large
    corpus never holds its texts as Python strings all at once (37,554 AllSides articles: peak
    1.48 GB before, measured in the same process as the loader alone).
    """
    import pyarrow as pa

    if "load_issue" in df.columns:
        prior = df["load_issue"].fillna("").astype(str).tolist()
    else:
        prior = [""] * len(df)
    column = df["text"]
    chunks, issues = [], []
    for start in range(0, len(df), _TEXT_CHUNK):
        texts = []
        values = column.iloc[start : start + _TEXT_CHUNK].tolist()
        for value, before in zip(values, prior[start : start + _TEXT_CHUNK]):
            text, issue = as_text(value)
            if not issue and not before and not text.strip():
                issue = "empty text" if not text else "text contains only whitespace"
            texts.append(text)
            issues.append(before or issue)
        chunks.append(pa.array(texts, type=pa.large_string()))
    packed = pa.chunked_array(chunks, type=pa.large_string())
    df["text"] = pd.Series(pd.array(packed, dtype="str"), index=df.index)
    df["load_issue"] = issues


def _standardise_outlet(df: pd.DataFrame, report: list[str]) -> None:
    """Normalise outlet names (in place); label rows with no outlet '(unknown outlet)'."""
    # object first: a categorical column cannot take the '(unknown outlet)' label
    df["outlet"] = df["outlet"].astype(object)
    missing_outlet = df["outlet"].isna() | (df["outlet"].astype(str).str.strip() == "")
    df["outlet"] = normalise_outlets(df["outlet"], report).astype(object)
    if missing_outlet.any():
        df.loc[missing_outlet, "outlet"] = "(unknown outlet)"
        report.append(
            f"outlet: {int(missing_outlet.sum())} row(s) with no outlet labelled '(unknown outlet)'"
        )
    df["outlet"] = df["outlet"].astype(str)


def normalise_outlets(outlets: pd.Series, report: list[str]) -> pd.Series:
    """Strip and collapse white space in outlet names; merge names that differ only by case.

    Names that differ only by case are mapped to the most frequent spelling.  Missing names stay
    missing.

    Parameters
    ----------
    outlets
        The outlet column.
    report
        What was changed is appended here.

    Returns
    -------
    pandas.Series

    Examples
    --------
    >>> notes = []
    >>> normalise_outlets(pd.Series(["RT", " rt", "BBC  News"]), notes).tolist()
    ['RT', 'RT', 'BBC News']
    """

    def clean(v: Any) -> Any:
        if v is None or (isinstance(v, float) and v != v):
            return v
        if isinstance(v, bytes):  # parquet binary column: the name, not "b'RT'"
            v = decode_bytes(v)[0]
        return re.sub(r"\s+", " ", str(v)).strip()

    cleaned = outlets.map(clean)
    present = outlets.notna().to_numpy()  # a missing name is not "white space changed"
    changed = int((cleaned.astype(str) != outlets.astype(str)).to_numpy()[present].sum())
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


def _assign_ids(
    df: pd.DataFrame, where: Path, id_column: str | None, default_id_prefix: str | None
) -> pd.DataFrame:
    """Set ``article_id``: from the id column, else numbered ``<prefix>-0001`` …; unique."""
    id_col = id_column or (
        "article_id" if "article_id" in df.columns else "id" if "id" in df.columns else None
    )
    if id_column and id_column not in df.columns:
        raise CorpusError(
            f"{where}: id column {id_column!r} not found (found: {', '.join(df.columns)})."
        )
    if id_col is None:
        prefix = default_id_prefix or "article"
        width = max(4, len(str(len(df))))
        ids = [f"{prefix}-{i:0{width}d}" for i in range(len(df))]
    else:
        ids = _ids_from_column(df, where, id_col)
        # keep a custom id column as source_id, unless that would clobber a column the corpus
        # needs (id_column="url" keeps url) or one that already exists
        if (
            id_col not in ("article_id", "id")
            and id_col not in CORE_COLUMNS
            and "source_id" not in df.columns
        ):
            df = df.rename(columns={id_col: "source_id"})
    df["article_id"] = ids
    _check_unique_ids(df, where)
    return df


def _ids_from_column(df: pd.DataFrame, where: Path, id_col: str) -> list[str]:
    """The stripped ids of an id column; every cell must be filled in."""
    raw_ids = df[id_col].astype(object).tolist()
    empty = [is_missing(v) or not str(v).strip() for v in raw_ids]
    if any(empty):
        rows = [int(i) + 2 for i, e in zip(df.index, empty) if e][:10]
        raise CorpusError(
            f"{where}: {sum(empty)} empty {id_col!r} cell(s), in rows {rows}. Fill in every id, "
            f"or drop the {id_col!r} column to number the articles automatically."
        )
    return [str(v).strip() for v in raw_ids]


def _check_unique_ids(df: pd.DataFrame, where: Path) -> None:
    """Refuse duplicate article ids, naming the first and the rows."""
    dup = df["article_id"].duplicated(keep=False)
    if dup.any():
        rows = [int(i) + 2 for i in df.index[dup][:10]]  # +2: header row, 1-based
        first = df.loc[dup, "article_id"].iloc[0]
        raise CorpusError(
            f"{where}: duplicate article_id {first!r} (and {int(dup.sum()) - 1} more duplicates) "
            f"in rows {rows}. Make the ids unique, or drop the id column to number the articles "
            "automatically."
        )


def _standardise_metadata(
    df: pd.DataFrame,
    report: list[str],
    *,
    dayfirst: bool | None = None,
    evidence: DateEvidence | None = None,
) -> dict[str, Any]:
    """Title and url as text ("" where missing; mojibake in titles repaired), ``published``
    parsed as dates (in place).

    Without a ``published`` column the first of :data:`DATE_COLUMNS` is used.  Returns the
    :func:`date_summary`.
    """
    for col in ("title", "url"):
        if col not in df.columns:
            df[col] = ""
        df[col] = df[col].map(
            lambda v: "" if v is None or (isinstance(v, float) and v != v) else str(v)
        )
    df["title"] = df["title"].map(repair_mojibake)  # "ObamaÃ¢â‚¬â„¢s" as "Obama’s"
    source = date_source(df.columns)
    df["published"] = df[source] if source is not None else pd.NaT
    reading = read_dates(df["published"], dayfirst=dayfirst, evidence=evidence)
    report.extend(date_notes(reading, explicit=dayfirst is not None))
    df["published"] = reading.dates
    return date_summary(reading, df["outlet"], source)


def date_summary(reading: Any, outlets: pd.Series, source: str | None) -> dict[str, Any]:
    """How a date column was read, for ``attrs["dates"]`` and :func:`analysis.corpus_checks`.

    Parameters
    ----------
    reading
        The :class:`~analysis.corpus.dates.DateReading`.
    outlets
        The outlet of every row.
    source
        The column the dates came from (``None``: there was none).

    Returns
    -------
    dict
        ``column``, ``order``, ``evidence`` (a value proving the order, or ``""``) and, for
        ``ambiguous``, ``unparseable`` and ``out_of_range``, the number of rows by outlet.
    """
    ev = reading.evidence
    out: dict[str, Any] = {
        "column": source,
        "order": reading.order,
        "evidence": ev.day_first or ev.month_first,
        "n_numeric": ev.n_numeric,
    }
    for key in ("ambiguous", "unparseable", "out_of_range"):
        mask = getattr(reading, key)
        counts = outlets[mask.to_numpy()].value_counts()
        out[key] = {str(k): int(v) for k, v in sorted(counts.items())}
    return out
