"""A LexisNexis text export (``.txt``): many articles in one plain-text file.

LexisNexis Academic, the database Nexis Uni replaced in 2018, delivered its downloads as plain
text, and many corpora in journalism studies and political communication are archives of such
files.  A file starts with the download request (the search terms, the sources) and then gives
each article as

.. code-block:: text

                                   3 of 10 DOCUMENTS
                                  The Times (London)
                               January 11, 2010 Monday
                                      Edition 1;
    Headline words, flush left
    BYLINE: Tom Coghlan
    SECTION: NEWS; Pg. 3
    LENGTH: 453 words
    Body paragraphs, hard-wrapped at about 80 characters
    LOAD-DATE: January 11, 2010
    LANGUAGE: ENGLISH
                        Copyright 2010 Times Newspapers Limited

(blank lines between the blocks).  :func:`read_nexis_text` reads each document into a row with
the columns of :func:`analysis.corpus.nexis.read_nexis`: ``outlet`` (the centred publication
line as printed), ``title``, ``published`` (ISO from an English date line, else the line for the
date reader), ``section``, ``length``, ``author`` (``BYLINE``),
``standfirst`` (``HIGHLIGHT``), ``text`` (the paragraphs, their
line wrapping undone), ``document`` (its number in the export).  A document with no text is
kept as a flagged row.  Read as one article, such a file would be a single article holding a
hundred, so a folder reader that meets one flags it (:func:`is_nexis_text`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from .decode import head_text, read_text_file
from .nexis import export_table, nexis_date

__all__ = ["is_nexis_text", "nexis_text_articles", "peek_nexis_text", "read_nexis_text"]

#: The line that opens every document of an export: '  3 of 10 DOCUMENTS'.
_MARK = re.compile(r"^[ \t]*(\d+) of (\d+) DOCUMENTS?[ \t]*$", re.MULTILINE)
# a labelled block: 'BYLINE: Tom Coghlan', 'LOAD-DATE: January 11, 2010'
_LABEL = re.compile(r"^([A-Z][A-Z-]{2,}):[ \t]*(.*)$", re.DOTALL)
#: Labels of the lines between the headline and the text.
HEADER_LABELS = frozenset(
    "BYLINE SECTION LENGTH DATELINE HIGHLIGHT HEADLINE AUTHOR EDITION COLUMN SERIES SOURCE "
    "TYPE DISTRIBUTION ABSTRACT".split()
)
#: Labels that end the text: the database's index lines after each article.
TRAILER_LABELS = frozenset(
    "LOAD-DATE LANGUAGE GRAPHIC PUBLICATION-TYPE JOURNAL-CODE URL DOCUMENT-TYPE SUBJECT "
    "ORGANIZATION PERSON GEOGRAPHIC INDUSTRY COMPANY TICKER CITY STATE COUNTRY NOTES "
    "CORRECTION-DATE CORRECTION ACC-NO".split()
)
# centred lines (publication, date, edition, copyright) are indented this far or more
_CENTRED = 8


def is_nexis_text(text: str) -> bool:
    """Whether ``text`` (a file's text, or its first 64 KB) is a LexisNexis text export.

    Examples
    --------
    >>> is_nexis_text("Download Request: 1-2\\n\\n      1 of 2 DOCUMENTS\\n\\n  Guardian\\n")
    True
    >>> is_nexis_text("He read 1 of 2 documents before the hearing.")
    False
    """
    return _MARK.search(text) is not None


def _blocks(lines: list[str]) -> list[list[str]]:
    """The blank-line separated blocks of a document's lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _centred(block: list[str]) -> bool:
    return all(len(line) - len(line.lstrip()) >= _CENTRED for line in block)


def _joined(block: list[str]) -> str:
    """A block's text with the export's line wrapping undone."""
    return re.sub(r"\s+", " ", " ".join(line.strip() for line in block)).strip()


def _label(block: list[str]) -> tuple[str, str] | None:
    m = _LABEL.match(_joined(block))
    return (m.group(1), m.group(2).strip()) if m else None


def nexis_text_articles(text: str) -> list[dict[str, str]]:
    """The articles of a LexisNexis text export, one dict per document (module docstring).

    Examples
    --------
    >>> export = '''Download Request: Selected Items: 1-1
    ...
    ...                                1 of 1 DOCUMENT
    ...
    ...                              The Guardian (London)
    ...
    ...                             March 7, 2022 Monday
    ...
    ... Strikes hit
    ... Kharkiv
    ...
    ... BYLINE: Jane Doe
    ...
    ... LENGTH: 12 words
    ...
    ... Russian forces shelled
    ... the city overnight.
    ...
    ... LOAD-DATE: March 8, 2022
    ... '''
    >>> a = nexis_text_articles(export)[0]
    >>> a["outlet"], a["title"], a["published"], a["author"], a["text"]
    ('The Guardian (London)', 'Strikes hit Kharkiv', '2022-03-07', 'Jane Doe', \
'Russian forces shelled the city overnight.')
    """
    marks = list(_MARK.finditer(text))
    rows = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        rows.append(_article(_blocks(text[m.end() : end].split("\n")), m.group(1)))
    return rows


def _article(blocks: list[list[str]], number: str) -> dict[str, str]:
    """One document's fields from its blocks; ``load_issue`` says why it has no text."""
    i, centred = 0, []
    while i < len(blocks) and _centred(blocks[i]):
        if not re.match(r"\s*(?:Copyright|All Rights Reserved)", blocks[i][0], re.I):
            centred.append(blocks[i])
        i += 1
    at = next((j for j, b in enumerate(centred) if nexis_date(b[0].strip())), None)
    outlet = _joined(centred[at - 1] if at else centred[0]) if centred else ""
    date_line = centred[at][0].strip() if at is not None else ""
    if at is None and len(centred) > 1:
        date_line = centred[1][0].strip()  # not English: the date reader's turn
    title, fields, body = [], {}, []
    for block in blocks[i:]:
        label = _label(block)
        if label and label[0] in TRAILER_LABELS and (body or fields):
            break
        if label and label[0] in HEADER_LABELS and not body:
            fields.setdefault(label[0], label[1])
        elif _centred(block) and body:
            break  # the copyright lines after the text
        elif fields or body:
            body.append(_joined(block))
        else:
            title.append(_joined(block))
    if not fields and not body and len(title) > 1:  # no labelled line: headline, then text
        title, body = title[:1], title[1:]
    row = {
        "document": number,
        "outlet": outlet,
        "title": fields.get("HEADLINE") or " ".join(title),
        "date_line": date_line,
        "published": nexis_date(date_line),
        "section": fields.get("SECTION", ""),
        "length": fields.get("LENGTH", ""),
        "author": fields.get("BYLINE", fields.get("AUTHOR", "")),
        "standfirst": fields.get("HIGHLIGHT", ""),
        "text": "\n\n".join(body),
        "load_issue": "",
    }
    if not body:
        row["load_issue"] = f"LexisNexis document {number} has no text (a graphic or a list)"
    return row


def read_nexis_text(path: Path) -> pd.DataFrame:
    """Read a LexisNexis text export into a table, one row per document.

    Parameters
    ----------
    path
        The ``.txt`` export (any encoding :func:`analysis.corpus.decode.decode_bytes` reads).

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`nexis_text_articles`, ``attrs["notes"]`` saying what was read.

    Raises
    ------
    CorpusError
        The file cannot be decoded, or holds no 'N of M DOCUMENTS' line.
    """
    text, enc, issue = read_text_file(path)
    if issue and not text:
        raise CorpusError(f"{path}: {issue}. Export the articles from LexisNexis again.")
    if not is_nexis_text(text):
        raise CorpusError(
            f"{path}: a text file that is not a LexisNexis export (no 'N of M DOCUMENTS' "
            "line). Put each article's .txt file in a folder named for its outlet."
        )
    notes = (
        [f"{path.name}: decoded as {enc} (not UTF-8)"] if enc not in ("utf-8", "utf-8-sig") else []
    )
    return export_table(nexis_text_articles(text), path, "LexisNexis document(s)", notes)


def peek_nexis_text(path: Path) -> bool:
    """Whether the file at ``path`` opens like a LexisNexis text export (its first 64 KB).

    Parameters
    ----------
    path
        Any file.

    Returns
    -------
    bool
    """
    return is_nexis_text(head_text(path))
