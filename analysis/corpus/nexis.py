"""A Nexis Uni export (``.docx``): many articles in one Word file, as news databases deliver them.

Researchers in journalism studies draw most of their corpora from news databases, and Nexis Uni
(LexisNexis's academic database) exports up to a few hundred articles per ``.docx`` file.  The
file starts with a cover page (the search, the list of titles) and then gives each article as

.. code-block:: text

    <headline>
    <publication>
    <date line>              July 1, 2019 Monday 9:20 AM GMT
    <edition>                (optional: "Late Edition - Final", The New York Times)
    Copyright 2019 …         (optional)
    Section: …; Length: 355 words; Byline: …; Dateline: …; Highlight: …   (labelled lines)
    Body
    <paragraphs>
    Graphic / Classification / Load-Date: …   (optional, not the article's text)
    End of Document

:func:`read_nexis` reads each article into a row: ``outlet`` (the publication line as printed),
``title``, ``published`` (ISO, from an English date line; other languages' date lines are kept
in ``date_line`` and left for the date reader), ``edition`` (a line after the date line),
``section``, ``length``, ``author`` (the byline), ``standfirst`` (the ``Highlight``: the
outlet's summary),
``text`` (the paragraphs after ``Body``), ``document`` (its number in the file).  A document
with no ``Body`` line (a graphic, a list) is kept as a flagged row.  The file is read with the
standard library (a ``.docx`` is a zip of XML); nothing is installed for it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pandas as pd

from ..errors import CorpusError
from .stated_length import CUT_RATIO, mark_cut_texts

__all__ = ["docx_paragraphs", "is_nexis_export", "export_table", "nexis_articles", "read_nexis"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_END = re.compile(r"^\s*End of Document\s*$")
_BODY = re.compile(r"^\s*(?:Body|Text)\s*$")
# lines after the body that are the database's, not the article's
_AFTER_BODY = re.compile(r"^\s*(?:Graphic|Classification|Load-Date:|LOAD-DATE:)")
# a labelled header line: 'Section: POLITICS; Version:28', 'Length: 355 words', 'Byline: …'
_LABEL = re.compile(r"^([A-Z][A-Za-z-]{2,20}):[\s\xa0]+(.*)$")
# lines Nexis Uni prints between a date line and the copyright ("Late Edition - Final")
_EDITION_LINES = 2
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        start=1,
    )
}
_DATE = re.compile(
    r"^\s*(?P<month>[A-Za-z]+)\s+(?P<day>\d{1,2}),\s+(?P<year>(?:19|20)\d\d)\b"
    r"(?:\D*?\b(?P<hour>\d{1,2}):(?P<minute>\d\d)\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)


def docx_paragraphs(path: Path) -> list[str]:
    """The text of every paragraph of a ``.docx`` body, in order (line breaks as ``\\n``).

    Raises
    ------
    CorpusError
        Not a Word file (not a zip, or no ``word/document.xml``), or its XML is broken.
    """
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError):
        raise CorpusError(
            f"{path}: not a Word .docx file (no word/document.xml). Export the articles from "
            "Nexis Uni as .docx again, or save each article as .txt."
        ) from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise CorpusError(
            f"{path}: the Word file's XML is broken ({exc}). Export it again."
        ) from None
    paras = []
    for p in root.iter(f"{_W}p"):
        parts = []
        for node in p.iter():
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        paras.append("".join(parts))
    return paras


def nexis_articles(paragraphs: list[str]) -> list[dict[str, str]]:
    """The articles of a Nexis Uni export, one dict per document (see the module docstring).

    Examples
    --------
    >>> doc = ["Documents (1)", "1. Strikes hit Kharkiv", "", "", "Strikes hit Kharkiv",
    ...        "The Guardian(London)", "March 7, 2022 Monday 9:20 PM GMT", "",
    ...        "Section:\\xa0WORLD", "Length:\\xa012 words", "Byline:\\xa0Jane Doe", "Body",
    ...        "", "Russian forces shelled the city overnight.", "", "Load-Date: March 8, 2022",
    ...        "End of Document"]
    >>> a = nexis_articles(doc)[0]
    >>> a["outlet"], a["title"], a["published"], a["author"], a["text"]
    ('The Guardian(London)', 'Strikes hit Kharkiv', '2022-03-07 21:20', 'Jane Doe', \
'Russian forces shelled the city overnight.')
    """
    docs, current = [], []
    for line in paragraphs:
        for part in line.split("\n"):
            if _END.match(part):
                docs.append(current)
                current = []
            else:
                current.append(part)
    if any(p.strip() for p in current):
        docs.append(current)  # an export cut after the last article's text
    return [_article(lines, i) for i, lines in enumerate(docs, start=1)]


def _article(lines: list[str], number: int) -> dict[str, str]:
    """One document's fields; ``load_issue`` says why it has no text."""
    at = next((i for i, line in enumerate(lines) if _BODY.match(line)), None)
    row = {"document": str(number), "load_issue": ""}
    if at is None:
        row["load_issue"] = (
            f"Nexis document {number} has no 'Body' line (a graphic or a list, not an article)"
        )
        row["text"] = ""
        return row
    fields, (title, outlet, date_line, edition) = _header([line.strip() for line in lines[:at]])
    body = []
    for line in lines[at + 1 :]:
        if _AFTER_BODY.match(line):
            break
        if line.strip():
            body.append(line.strip())
    row.update(
        title=title,
        outlet=outlet,
        date_line=date_line,
        edition=edition,
        published=nexis_date(date_line),
        # 'POLITICS; Version:28': the version is the database's revision of the record
        section=re.sub(r";?\s*Version:\s*\d+\s*$", "", fields.get("section", "")),
        length=fields.get("length", ""),
        author=fields.get("byline", fields.get("author", "")),
        # the outlet's summary: a standfirst, not the article's text (clean_corpus keeps it)
        standfirst=fields.get("highlight", ""),
        text="\n\n".join(body),
    )
    return row


def _header(header: list[str]) -> tuple[dict[str, str], tuple[str, str, str, str]]:
    """The labelled fields and the title, publication, date line and edition of a header.

    The unlabelled lines are read bottom up (the cover page may stand above the first
    document's).  The date line is the lowest one in English within :data:`_EDITION_LINES` of
    the bottom: lines below it are the edition ("Late Edition - Final", as Nexis Uni prints The
    New York Times), the line above it the publication, and the one above that the title.  A
    header without an English date line keeps its last three lines as date, publication and
    title (the date reader's turn).
    """
    fields: dict[str, str] = {}
    plain: list[str] = []  # the unlabelled header lines, bottom up
    for line in reversed(header):
        m = _LABEL.match(line)
        if not line or line.lower().startswith("copyright"):
            continue
        if m and not plain:
            fields.setdefault(m.group(1).lower(), m.group(2).strip())
            continue
        plain.append(line)
        if len(plain) == 3 + _EDITION_LINES:
            break
    at = next((i for i, line in enumerate(plain[: _EDITION_LINES + 1]) if nexis_date(line)), 0)
    date_line, outlet, title = (plain[at:] + ["", "", ""])[:3]
    return fields, (title, outlet, date_line, "; ".join(reversed(plain[:at])))


def nexis_date(line: str) -> str:
    """An English Nexis date line as ISO (``2019-07-01 09:20``), or ``""`` when not English.

    Examples
    --------
    >>> nexis_date("July 1, 2019 Monday 9:20 AM GMT"), nexis_date("March 8, 2022")
    ('2019-07-01 09:20', '2022-03-08')
    >>> nexis_date("1. Juli 2019 Montag")
    ''
    """
    m = _DATE.match(line)
    month = _MONTHS.get(m.group("month").lower()) if m else None
    if m is None or month is None:
        return ""
    out = f"{m.group('year')}-{month:02d}-{int(m.group('day')):02d}"
    if m.group("hour") is not None:
        hour = int(m.group("hour")) % 12 if m.group("ampm") else int(m.group("hour"))
        if m.group("ampm") and m.group("ampm")[0] in "Pp":
            hour += 12
        out += f" {hour:02d}:{m.group('minute')}"
    return out


def is_nexis_export(lines: list[str]) -> bool:
    """Whether a file's paragraphs (or lines) are a Nexis export: an ``End of Document`` line.

    Examples
    --------
    >>> is_nexis_export(["Strikes hit Kharkiv", "Body", "x", "End of Document"])
    True
    >>> is_nexis_export(["Strikes hit Kharkiv", "x"])
    False
    """
    return any(_END.match(part) for line in lines for part in line.split("\n"))


def export_table(
    rows: list[dict[str, str]], path: Path, kind: str, notes: list[str] | None = None
) -> pd.DataFrame:
    """The table of a news database export's articles, with notes on what was read (the
    Nexis Uni, LexisNexis text, Factiva and RTF readers all end here).

    Parameters
    ----------
    rows
        The export's articles (``published`` ISO or ``""``, ``date_line``, ``load_issue`` …).
    path
        The export (its name is in the notes).
    kind
        What a row is, for the notes ("Nexis Uni document(s)").
    notes
        Further notes on the file (its encoding), after the count.

    Returns
    -------
    pandas.DataFrame
        One row per article; ``published`` falls back to the date as printed (for the date
        reader) where it is not English; ``cut_text`` (a text much
        shorter than its stated length, :mod:`analysis.corpus.stated_length`);
        ``attrs["notes"]``.
    """
    df = pd.DataFrame(rows)
    undated = int(((df["published"] == "") & (df["load_issue"] == "")).sum())
    cut = mark_cut_texts(df)
    df.attrs["notes"] = (
        [f"{path.name}: {len(df)} {kind}"]
        + list(notes or [])
        + (
            [f"{path.name}: {undated} date(s) not in English, left to the date reader"]
            if undated
            else []
        )
        + (
            [
                f"{path.name}: {cut} text(s) have under {CUT_RATIO:.0%} of the words their "
                "'Length' line states: cut by the export? Kept, flagged in cut_text"
            ]
            if cut
            else []
        )
    )
    df.loc[df["published"] == "", "published"] = df["date_line"]
    return df


def read_nexis(path: Path) -> pd.DataFrame:
    """Read a Nexis Uni ``.docx`` export into a table, one row per document.

    Raises
    ------
    CorpusError
        Not a Word file, or a Word file with no 'End of Document' (not a Nexis export).
    """
    paragraphs = docx_paragraphs(path)
    if not is_nexis_export(paragraphs):
        raise CorpusError(
            f"{path}: a Word file that is not a Nexis Uni export (no 'End of Document' line). "
            "Save each article as a .txt file in a folder named for its outlet."
        )
    return export_table(nexis_articles(paragraphs), path, "Nexis Uni document(s)")
