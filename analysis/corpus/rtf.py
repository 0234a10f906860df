"""A news database's export saved as Rich Text (``.rtf``): Factiva's and Nexis Uni's other format.

Factiva offers its selections as RTF as well as HTML, and Nexis Uni as RTF as well as Word;
many library guides tell researchers to download RTF.  The file is converted to plain text
here (:func:`rtf_text`, the standard library only: control words, groups, ``\\'hh`` bytes in the
file's code page, ``\\uN`` characters; font, colour, style and picture groups left out;
paragraphs as lines, table cells as tabs, page breaks as form feeds), and the text is read
as the export it is:

- a Nexis Uni export (its documents end with an ``End of Document`` line) by
  :func:`analysis.corpus.nexis.nexis_articles`, as its ``.docx``;
- a Factiva export in the *Full Article/Report plus Indexing* format (field codes ``HD``, ``SN``,
  ``PD``, ``LP``, ``TD`` … before their values) by
  :func:`analysis.corpus.factiva.factiva_text_articles`; Factiva's plain *Article Format*
  has no field codes, and the file is refused with the option to choose.

An RTF file that is neither (one article saved from a word processor) is refused with the fix.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from .factiva import factiva_text_articles, has_factiva_codes
from .nexis import export_table, is_nexis_export, nexis_articles

__all__ = ["RTF_SUFFIXES", "read_rtf", "rtf_text"]

#: The file suffix of a Rich Text export.
RTF_SUFFIXES: frozenset[str] = frozenset({".rtf"})

_TOKEN = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)",
    re.DOTALL,
)
# groups whose text is not the document's: tables of fonts, colours, styles, lists; the
# document's metadata; pictures, objects, headers and footers; a field's instruction
_SKIP = frozenset(
    "fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl info pict object "
    "header headerl headerr headerf footer footerl footerr footerf fldinst themedata "
    "colorschememapping datastore latentstyles xmlnstbl generator pgdsctbl filetbl".split()
)
_WORDS = {
    "par": "\n", "line": "\n", "sect": "\n", "row": "\n", "page": "\f\n", "tab": "\t",
    "cell": "\t", "nestcell": "\t", "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018",
    "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022",
    "emspace": " ", "enspace": " ", "qmspace": " ",
}  # fmt: skip
_SYMBOLS = {
    "~": "\xa0",
    "_": "\u2011",
    "-": "",
    "\\": "\\",
    "{": "{",
    "}": "}",
    "\n": "\n",
    "\r": "\n",
}


def rtf_text(rtf: str) -> str:
    """The text of an RTF document: paragraphs as lines, cells as tabs, pages as form feeds.

    Parameters
    ----------
    rtf
        The file's content (RTF is 7-bit text; read the bytes as latin-1).

    Returns
    -------
    str
        The visible text (Unicode line and paragraph separators as newlines); characters
        given as ``\\'hh`` are decoded in the document's
        ``\\ansicpg`` code page (Windows-1252 when it names none), ``\\uN`` as Unicode with
        the ``\\ucN`` fallback characters skipped.

    Examples
    --------
    >>> rtf_text(r"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Kyiv\\'92s mayor\\par "
    ...          r"said \\u8220?no\\u8221?.\\par}")
    'Kyiv’s mayor\\nsaid “no”.\\n'
    """
    codepage = re.search(r"\\ansicpg(\d+)", rtf[:4096])
    encoding = f"cp{codepage.group(1)}" if codepage else "cp1252"
    out: list[str] = []
    stack: list[tuple[bool, int]] = []
    skipping, uc, pending = False, 1, 0  # pending: fallback characters still to skip
    star = False  # the group opened with \* (an optional destination)
    raw = bytearray()  # \'hh bytes waiting to be decoded together (multi-byte code pages)

    def flush() -> None:
        if raw:
            out.append(raw.decode(encoding, errors="replace"))
            raw.clear()

    for m in _TOKEN.finditer(rtf):
        word, arg, hexbyte, symbol, brace, text = m.groups()
        if hexbyte is not None:
            if pending:
                pending -= 1
            elif not skipping:
                raw.append(int(hexbyte, 16))
            continue
        flush()
        if brace == "{":
            stack.append((skipping, uc))
            star = False
        elif brace == "}":
            skipping, uc = stack.pop() if stack else (skipping, uc)
            pending = 0
        elif word is not None:
            if word in _SKIP or star:  # an optional destination ({\\*\\word …}) holds no text
                skipping = True
            star = False
            if word == "uc" and arg is not None:
                uc = int(arg)
            elif word == "u" and arg is not None and not skipping:
                out.append(chr(int(arg) % 65536))
                pending = uc
            elif word == "bin" and arg is not None:
                skipping = True  # binary data: its bytes are no text
            elif not skipping and word in _WORDS:
                out.append(_WORDS[word])
        elif symbol is not None:
            if symbol == "*":
                star = True
            elif not skipping and symbol in _SYMBOLS:
                out.append(_SYMBOLS[symbol])
        elif text is not None and not skipping:
            if pending:
                skip = min(pending, len(text))
                text, pending = text[skip:], pending - skip
            out.append(text)
    flush()
    # Cocoa's RTF breaks lines with the Unicode line and paragraph separators (\u8232)
    return "".join(out).replace("\u2028", "\n").replace("\u2029", "\n")


def read_rtf(path: Path) -> pd.DataFrame:
    """Read a Factiva or Nexis Uni ``.rtf`` export into a table, one row per article.

    Parameters
    ----------
    path
        The saved export.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`analysis.corpus.nexis.read_nexis` or
        :func:`analysis.corpus.factiva.read_factiva`, ``attrs["notes"]`` saying what was read.

    Raises
    ------
    CorpusError
        Not an RTF file, or an RTF file that is not a news database's export (or a Factiva
        export without field codes).
    """
    try:
        content = path.read_bytes().decode("latin-1")
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if not content.lstrip().startswith("{\\rtf"):
        raise CorpusError(
            f"{path}: not a Rich Text file (it does not start with '{{\\rtf'). Save the "
            "export again as RTF, or as the database's .docx / .html format."
        )
    lines = rtf_text(content).replace("\f", "\n").split("\n")
    if is_nexis_export(lines):
        return export_table(nexis_articles(lines), path, "Nexis Uni document(s) (RTF)")
    if has_factiva_codes(lines):
        return export_table(factiva_text_articles(lines), path, "Factiva article(s) (RTF)")
    if any(re.match(r"^\s*Document [A-Za-z0-9]{10,}\s*$", line) for line in lines):
        raise CorpusError(
            f"{path}: a Factiva export in 'Article Format', which has no field codes for the "
            "source and date. In Factiva, set Display Options to 'Full Article/Report plus "
            "Indexing', select the articles again and save them as RTF (or as .html)."
        )
    raise CorpusError(
        f"{path}: an RTF file that is not a Nexis Uni or Factiva export (no 'End of "
        "Document' line, no Factiva field codes). Save each article as a .txt file in a "
        "folder named for its outlet."
    )
