"""Which column is which: the loader's names written another way, and publisher columns.

An export or a script spells the columns the loader reads without an option in its own way
(PascalCase from an R or spreadsheet workflow, camelCase from a JSON API, spaces from a
spreadsheet header). Two names are one when they agree up to case and separators
(:func:`column_key`); a column is read under the loader's name only when exactly one column
of the table has that key, so no choice is made between two candidates.

A column of :data:`PUBLISHER_COLUMNS` (in any of these spellings) names who published each
article: grouped by it, the groups are outlets (:func:`names_publishers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

__all__ = [
    "DATE_COLUMNS",
    "OTHER_NAMES",
    "other_names",
    "PUBLISHER_COLUMNS",
    "date_source",
    "column_key",
    "names_publishers",
    "publisher_columns",
    "spelled_as",
    "respellings",
]

#: Column names that hold who published an article: the corpus loaders' and common export
#: and scrape tables' names (AllSides ``source``, news-please ``source_domain``, Nexis
#: ``publication``, Media Cloud's story lists ``media_name``, NewsAPI's ``source.name``).
PUBLISHER_COLUMNS: tuple[str, ...] = (
    "outlet",
    "outlet_original",
    "source",
    "source_domain",
    "media_name",
    "source_name",
    "source.name",
    "publication",
    "publisher",
    "newspaper",
    "site",
    "domain",
)


def column_key(name: object) -> str:
    """A column name without case and separators (spaces, ``_``, ``-``, ``.``).

    Parameters
    ----------
    name
        A column name.

    Returns
    -------
    str

    Examples
    --------
    >>> column_key("PublishDate"), column_key("publish_date"), column_key("Full Text")
    ('publishdate', 'publishdate', 'fulltext')
    """
    return "".join(ch for ch in str(name).casefold() if ch.isalnum())


def spelled_as(name: str, columns: Iterable[object]) -> str | None:
    """The column that holds ``name``: itself, else the one column with its key.

    Parameters
    ----------
    name
        The name the loader reads (``title``, ``url`` …).
    columns
        The table's column names.

    Returns
    -------
    str or None
        ``None`` when no column, or more than one, is ``name`` up to case and separators.

    Examples
    --------
    >>> spelled_as("url", ["Title", "URL"]), spelled_as("title", ["Title", "TITLE"])
    ('URL', None)
    """
    cols = [str(c) for c in columns]
    if name in cols:
        return name
    key = column_key(name)
    found = [c for c in cols if column_key(c) == key]
    return found[0] if len(found) == 1 else None


def respellings(columns: Sequence[object], names: Iterable[str]) -> dict[str, str]:
    """Which columns to read under which of ``names``: ``{column: name}``.

    A name already present is left alone, and so is a column that is itself one of ``names``
    (a table with ``id`` and ``ID`` keeps ``ID`` as it is, not as ``article_id``).

    Parameters
    ----------
    columns
        The table's column names.
    names
        The names the loader reads without an option, in order of preference.

    Returns
    -------
    dict

    Examples
    --------
    >>> respellings(["StoryID", "Title", "URL", "FullText"], ["text", "title", "url"])
    {'Title': 'title', 'URL': 'url'}
    >>> respellings(["id", "ID"], ["article_id", "id"])
    {}
    """
    wanted = list(names)
    cols = [str(c) for c in columns]
    out: dict[str, str] = {}
    for name in wanted:
        column = spelled_as(name, cols)
        if column is None or column == name or column in wanted or column in out:
            continue
        out[column] = name
    return out


def names_publishers(column: str | None) -> bool:
    """Whether a grouping column names publishers (one of :data:`PUBLISHER_COLUMNS`).

    Parameters
    ----------
    column
        The corpus column the groups come from (``--outlet-column``); ``None``: ``outlet``.

    Returns
    -------
    bool
        Compared up to case and separators (:func:`column_key`): ``MediaName`` is
        ``media_name``.

    Examples
    --------
    >>> names_publishers(None), names_publishers(" Source "), names_publishers("country")
    (True, True, False)
    >>> names_publishers("media_name"), names_publishers("MediaName")
    (True, True)
    """
    return column_key(column or "outlet") in _PUBLISHER_KEYS


def publisher_columns(columns: Iterable[object]) -> list[str]:
    """The columns of a table that name publishers, in the order of :data:`PUBLISHER_COLUMNS`.

    Parameters
    ----------
    columns
        The table's column names.

    Returns
    -------
    list of str

    Examples
    --------
    >>> publisher_columns(["text", "MediaName", "lean", "source"])
    ['source', 'MediaName']
    """
    found = [str(c) for c in columns if names_publishers(str(c))]
    order = {column_key(c): i for i, c in enumerate(PUBLISHER_COLUMNS)}
    return sorted(found, key=lambda c: order[column_key(c)])


_PUBLISHER_KEYS = frozenset(column_key(c) for c in PUBLISHER_COLUMNS)


#: Other names of a column the loader reads without an option: read under the loader's name when
#: the table has no column of that name (in any spelling) and exactly one of these
#: (:func:`other_names`). A researcher's sheet heads its titles "Headline" (review 50: the
#: reports said "no title in the scrape" above 373 articles that had one); Factiva and the
#: Guardian's API call the title a headline too.
OTHER_NAMES: dict[str, tuple[str, ...]] = {"title": ("headline",)}


def other_names(columns: Sequence[object]) -> dict[str, str]:
    """Which columns to read under the loader's name by another name: ``{column: name}``.

    Parameters
    ----------
    columns
        The table's column names (after the column options and :func:`respellings`).

    Returns
    -------
    dict
        Empty for a name the table has (up to case and separators), and for a name two of
        whose other names are columns (no choice is made between them).

    Examples
    --------
    >>> other_names(["ID", "Headline", "Article Text"])
    {'Headline': 'title'}
    >>> other_names(["title", "headline"]), other_names(["Title", "Headline"])
    ({}, {})
    """
    cols = [str(c) for c in columns]
    out: dict[str, str] = {}
    for name, others in OTHER_NAMES.items():
        if spelled_as(name, cols) is not None or any(column_key(c) == name for c in cols):
            continue
        found = [c for c in cols if column_key(c) in {column_key(o) for o in others}]
        if len(found) == 1:
            out[found[0]] = name
    return out


#: Columns read as the publication date when there is no ``published`` column, in this order.
#: ``date_publish`` is news-please's field, ``publishedAt`` NewsAPI's.
DATE_COLUMNS: tuple[str, ...] = (
    "date",
    "datetime",
    "publish_date",
    "published_at",
    "date_publish",
    "publishedAt",
)


def date_source(columns: Any) -> str | None:
    """The column the dates are read from: ``published``, else the first of :data:`DATE_COLUMNS`.

    Parameters
    ----------
    columns
        The table's column names (after the ``date_column`` option renamed one to
        ``published``).  A name is first looked for as written, then up to case and
        separators (:func:`spelled_as`: ``PublishDate``).

    Returns
    -------
    str or None

    Examples
    --------
    >>> date_source(["text", "date", "datetime"]), date_source(["text"])
    ('date', None)
    >>> date_source(["Title", "PublishDate"])  # up to case and separators
    'PublishDate'
    >>> date_source(["PublishDate", "date"])  # a name written as the loader writes it first
    'date'
    """
    cols = [str(c) for c in columns]
    names = ("published", *DATE_COLUMNS)
    exact = next((name for name in names if name in cols), None)
    return exact or next((c for name in names if (c := spelled_as(name, cols))), None)
