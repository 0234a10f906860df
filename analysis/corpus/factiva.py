"""A Factiva export (``.html``): many articles in one web page, as Dow Jones's database saves them.

Factiva, the other news database of journalism research, saves a selection of articles as one
HTML page.  In its *Full Article/Report plus Indexing* format (the one to choose: the others
drop the source and date fields) every article is a ``<div class="article …">`` holding a table
of two-letter field codes and their values::

    HD  headline            SN  source name (the outlet)     PD  publication date
    BY  byline              SE  section                       ET  time
    WC  word count          LA  language                      AN  accession number
    LP  lead paragraphs     TD  the other paragraphs          CY, NS, RE, IPC … (copyright, index)

:func:`read_factiva` reads each article into a row with the columns of
:func:`analysis.corpus.nexis.read_nexis`: ``outlet`` (SN), ``title`` (HD), ``published`` (ISO
from an English PD and ET, else PD for the date reader), ``section``, ``length``, ``author``,
``text`` (the LP then TD paragraphs), ``document`` (the accession number) and ``language``.  An
article with neither LP nor TD (an index entry) is kept as a flagged row.  The page is read with
the standard library's HTML parser; nothing is installed for it.  The layout follows the test
export of tm.plugin.factiva (CRAN), the R reader of such pages.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from .decode import head_text, read_text_file
from .nexis import export_table, nexis_date

__all__ = [
    "HTML_SUFFIXES",
    "factiva_articles",
    "factiva_text_articles",
    "has_factiva_codes",
    "is_factiva",
    "peek_factiva",
    "read_factiva",
]

#: The file suffixes of a Factiva page.
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})
_PARAGRAPH_FIELDS = ("LP", "TD")
# an article's table row code: 'HD', 'PD', 'IPC' (with the page's non-breaking space)
_CODE = re.compile(r"^[A-Z]{2,3}$")
# the field codes of the indexing format, as a line of a text or RTF export starts with them
_TEXT_CODES = frozenset(
    "AN ART BY CLM CO CR CT CX CY DLN ED ET HD IN IPC IPD LA LP NS PD PG PUB RE RF RST SC SE "
    "SN TD VOL WC".split()
)
# a code alone on its line, or before a tab, a non-breaking space (a table cell) or two spaces
# and its value
_CODE_LINE = re.compile(r"^\s*([A-Z]{2,3})(?:(?:[\t\xa0]+| {2,})(.*?)|\s*)$")


class _Pages(HTMLParser):
    """Collects each article div's fields: code -> text, LP/TD -> paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.articles: list[dict[str, object]] = []
        self.depth = 0  # div nesting inside the current article (0: outside)
        self.cell = 0  # the cell of the current table row: 1 the code, 2 the value
        self.code: list[str] = []
        self.value: list[str] = []
        self.paragraph: list[str] | None = None
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article" in classes:
                self.depth = 1
                self.articles.append({})
        elif not self.depth:
            return
        elif tag == "tr":
            self.cell, self.code, self.value, self.paragraphs = 0, [], [], []
        elif tag == "td":
            self.cell += 1
        elif tag == "p" and any(c.startswith("articleParagraph") for c in classes):
            self.paragraph = []
        elif tag == "br" and self.cell == 2:
            self.value.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        if tag == "div":
            self.depth -= 1
        elif tag == "p" and self.paragraph is not None:
            text = " ".join("".join(self.paragraph).split())
            if text:
                self.paragraphs.append(text)
            self.paragraph = None
        elif tag == "tr":
            code = "".join(self.code).replace("\xa0", " ").strip()
            if _CODE.match(code):
                value = " ".join("".join(self.value).split())
                self.articles[-1][code] = (
                    list(self.paragraphs) if code in _PARAGRAPH_FIELDS else value
                )

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        if self.cell == 1:
            self.code.append(data)
        elif self.cell == 2:
            self.value.append(data)
            if self.paragraph is not None:
                self.paragraph.append(data)


def is_factiva(html: str) -> bool:
    """Whether ``html`` (a whole page) is a Factiva export with article tables.

    Examples
    --------
    >>> is_factiva('<title>Factiva</title><div class="article enArticle"><table>')
    True
    >>> is_factiva('<html><title>News</title><div class="article">')
    False
    """
    return "Factiva" in html and re.search(r'class="article\b', html) is not None


def _published(pd_field: str, et_field: str) -> str:
    """An English PD ('29 December 2011') and ET ('15:32') as ISO, else ``""``."""
    m = re.match(r"^\s*(\d{1,2})\s+([A-Za-z]+)\s+((?:19|20)\d\d)\s*$", pd_field)
    if m is None:
        return ""
    day = nexis_date(f"{m.group(2)} {m.group(1)}, {m.group(3)}")
    if day and re.match(r"^\d{1,2}:\d\d$", et_field.strip()):
        day += f" {int(et_field.split(':')[0]):02d}:{et_field.strip().split(':')[1]}"
    return day


def factiva_articles(html: str) -> list[dict[str, str]]:
    """The articles of a Factiva page, one dict per article div (see the module docstring).

    Examples
    --------
    >>> page = '''<title>Factiva</title><div class="article enArticle"><table>
    ... <tr><td class="index"><b>HD</b>&nbsp;</td><td><b>Strikes hit Kharkiv</b></td></tr>
    ... <tr><td class="index"><b>PD</b>&nbsp;</td><td>7 March 2022</td></tr>
    ... <tr><td class="index"><b>SN</b>&nbsp;</td><td>The Times</td></tr>
    ... <tr><td class="index"><p><b>LP</b>&nbsp;</p></td><td>
    ... <p class="articleParagraph enarticleParagraph">Russian forces shelled the city.</p>
    ... </td></tr></table></div>'''
    >>> a = factiva_articles(page)[0]
    >>> a["outlet"], a["title"], a["published"], a["text"]
    ('The Times', 'Strikes hit Kharkiv', '2022-03-07', 'Russian forces shelled the city.')
    """
    parser = _Pages()
    parser.feed(html)
    parser.close()
    return [_row(fields, n) for n, fields in enumerate(parser.articles, start=1)]


def _code_line(line: str) -> tuple[str, str] | None:
    """A line's field code and the value after it, or ``None`` for a line of a value."""
    m = _CODE_LINE.match(line)
    if m is None or m.group(1) not in _TEXT_CODES:
        return None
    return m.group(1), (m.group(2) or "").strip(" \t\xa0")


def has_factiva_codes(lines: list[str]) -> bool:
    """Whether the lines of a text or RTF export carry Factiva's field codes (HD, SN or PD,
    and LP or TD: the *Full Article/Report plus Indexing* format).

    Examples
    --------
    >>> has_factiva_codes(["HD\\tStrikes hit Kharkiv", "SN\\tThe Times", "LP\\tShells fell."])
    True
    >>> has_factiva_codes(["Strikes hit Kharkiv", "123 words", "Shells fell."])
    False
    """
    codes = {c[0] for c in map(_code_line, lines) if c is not None}
    return "HD" in codes and bool(codes & {"SN", "PD"}) and bool(codes & set(_PARAGRAPH_FIELDS))


def factiva_text_articles(lines: list[str]) -> list[dict[str, str]]:
    """The articles of a Factiva export read as text lines (an RTF export converted by
    :func:`analysis.corpus.rtf.rtf_text`): each ``HD`` line starts an article; a field's value
    is the rest of its code's line and the lines up to the next code; ``LP`` and ``TD``
    values are paragraphs, one per line.

    Examples
    --------
    >>> a = factiva_text_articles(["HD\\tStrikes hit Kharkiv\\t", "PD\\t7 March 2022", "SN",
    ...     "The Times", "LP\\tRussian forces shelled the city.", "", "TD", "Two died.",
    ...     "AN\\tDocument TIMES00020220307ei370001\\t"])[0]
    >>> a["outlet"], a["title"], a["published"], a["text"], a["document"]
    ('The Times', 'Strikes hit Kharkiv', '2022-03-07', 'Russian forces shelled the city.\\n\\nTwo \
died.', 'TIMES00020220307ei370001')
    """
    articles: list[dict[str, list[str]]] = []
    code = ""
    for line in lines:
        found = _code_line(line)
        if found is not None:
            code, value = found
            if code == "HD":
                articles.append({})
            if not articles:
                continue
            articles[-1][code] = [value] if value else []
        elif articles and code:
            value = line.strip(" \t\xa0")
            if value:
                articles[-1].setdefault(code, []).append(value)
    fields: list[dict[str, object]] = [
        {c: v if c in _PARAGRAPH_FIELDS else " ".join(v) for c, v in a.items()} for a in articles
    ]
    return [_row(f, n) for n, f in enumerate(fields, start=1)]


def _row(fields: dict[str, object], number: int) -> dict[str, str]:
    """One article's row from its field codes."""
    paragraphs = [p for code in _PARAGRAPH_FIELDS for p in fields.get(code, [])]
    text = {code: str(value) for code, value in fields.items() if code not in _PARAGRAPH_FIELDS}
    return {
        "document": re.sub(r"^Document\s+", "", text.get("AN", "")) or str(number),
        "outlet": text.get("SN", ""),
        "title": text.get("HD", ""),
        "date_line": " ".join(filter(None, (text.get("PD", ""), text.get("ET", "")))),
        "published": _published(text.get("PD", ""), text.get("ET", "")),
        "section": text.get("SE", ""),
        "length": text.get("WC", ""),
        "author": text.get("BY", ""),
        "language": text.get("LA", ""),
        "text": "\n\n".join(paragraphs),
        "load_issue": ""
        if paragraphs
        else f"Factiva article {number} has no text (no LP or TD paragraphs)",
    }


def read_factiva(path: Path) -> pd.DataFrame:
    """Read a Factiva HTML export into a table, one row per article.

    Parameters
    ----------
    path
        The saved page (``.html`` / ``.htm``).

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`factiva_articles`, ``attrs["notes"]`` saying what was read.

    Raises
    ------
    CorpusError
        Not a Factiva page, or a Factiva page in a format without the article tables.
    """
    html, _, issue = read_text_file(path)
    rows = factiva_articles(html) if is_factiva(html) else []
    if not rows:
        raise CorpusError(
            f"{path}: not a Factiva export with article tables. In Factiva, select the "
            "articles, choose Save > 'Full Article/Report plus Indexing' and save the page "
            "as .html." + (f" ({issue})" if issue else "")
        )
    return export_table(rows, path, "Factiva article(s)")


def peek_factiva(path: Path) -> bool:
    """Whether the file at ``path`` may be a Factiva export ('Factiva' in its first 64 KB;
    :func:`read_factiva` then checks the article tables).

    Parameters
    ----------
    path
        Any file.

    Returns
    -------
    bool
    """
    # the page's style sheet can fill the first 100 KB: the article divs come after it
    return "Factiva" in head_text(path)
