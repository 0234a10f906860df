"""The options every ``framing`` command that reads a corpus shares: the column names and the
date order (``add_column_options`` / ``column_options``), and how a loader's message or a
spreadsheet is worded for the command line (``cli_wording``, ``excel_hint``)."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path
from typing import Any

from ..corpus.columns import DATE_COLUMNS, OTHER_NAMES
from ..errors import FramingError

__all__ = [
    "add_column_options",
    "add_lexicon_options",
    "column_options",
    "cli_wording",
    "make_wording",
    "excel_hint",
    "EXCEL_SUFFIXES",
]


def column_options(args: argparse.Namespace) -> dict[str, Any]:
    """The :func:`analysis.load_corpus` keywords given by :func:`add_column_options` options
    (those not given are left out, so the loader's defaults apply)."""
    options = {
        "text_column": args.text_column,
        "outlet_column": args.outlet_column,
        "date_column": args.date_column,
        "id_column": args.id_column,
        "title_column": args.title_column,
        "dayfirst": args.dayfirst,
    }
    return {k: v for k, v in options.items() if v is not None}


def add_column_options(rep: argparse.ArgumentParser) -> None:
    """``--text-column``, ``--outlet-column``, ``--date-column``, ``--id-column``,
    ``--title-column`` and
    ``--dayfirst``/``--monthfirst``: how to read a table whose columns have other names (the
    same options on every command that reads a corpus)."""
    columns = rep.add_argument_group(
        "corpus columns",
        "how to read a table whose columns have other names (a default name written with "
        "other case or separators, Title or Publish_Date, is read without an option)",
    )
    for name, example, default in (
        ("text", "body", "text"),
        ("outlet", "source", "outlet"),
        ("date", "date", f"published, else {', '.join(DATE_COLUMNS)}"),
        ("id", "url", "article_id or id, else <file stem>-<row number>"),
        ("title", "hed", f"title, else {', '.join(OTHER_NAMES['title'])}"),
    ):
        columns.add_argument(
            f"--{name}-column",
            default=None,
            metavar="NAME",
            help=f"name of the {name} column, e.g. {example} (default: {default})",
        )
    order = columns.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="dayfirst",
        action="store_const",
        const=True,
        default=None,
        help="read numeric dates such as 07/03/2022 day first (UK, Europe)",
    )
    order.add_argument(
        "--monthfirst",
        dest="dayfirst",
        action="store_const",
        const=False,
        help="read them month first (US); default: the order the dates prove, else left empty",
    )


class _PackAction(argparse.Action):
    """``--pack NAME`` appends a pack; ``--pack none`` leaves every pack out."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        chosen = list(getattr(namespace, self.dest) or [])
        name = str(values).strip()
        setattr(namespace, self.dest, [] if name.lower() == "none" else [*chosen, name])


def add_lexicon_options(parser: argparse.ArgumentParser) -> None:
    """``--lexicon FILE`` (repeatable): the user's own lexicons, and ``--pack NAME``
    (repeatable) or ``--pack none``: the topic packs of the analysis
    (:mod:`analysis.detect.packs`).  Each is ``None`` in ``args`` when not given
    (:func:`analysis.detect.packs.choose_lexicons` turns them into lexicon files)."""
    from ..detect.packs import PACK_CHOICE, available_packs

    parser.add_argument(
        "--lexicon",
        action="append",
        type=Path,
        default=None,
        metavar="FILE",
        help="your own lexicon CSV (term,category,subcategory,source,note), used instead of the "
        "bundled lexicons (repeatable)",
    )
    parser.add_argument(
        "--pack",
        action=_PackAction,
        default=None,
        metavar="NAME|FOLDER",
        help="topic pack: the naming variants, loaded terms and actor sides of one story, a "
        f"bundled name ({', '.join(available_packs())}) or the folder of your own pack (with a "
        f"topic.csv); default: the bundled packs whose story at least {PACK_CHOICE:.0%}% of "
        "the articles name (for featurize, of the first chunk's), none with --lexicon; "
        "repeatable; --pack none for no pack",
    )


#: Spreadsheet formats: not read, but named in a hint.
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

# a quoted name may hold spaces ('Article Text', a spreadsheet's header)
_OPTION_RE = re.compile(r"\b(text|outlet|date|id|title)_column=(?:(['\"])(.+?)\2|([^'\"\s),;]+))")


def cli_wording(message: str) -> str:
    """A loader's message with its Python arguments named as ``framing report`` options.

    Examples
    --------
    >>> cli_wording("rename yours (pass text_column='body' to use the 'body' column)")
    "rename yours (pass --text-column body to use the 'body' column)"
    >>> cli_wording("load with dayfirst=True or dayfirst=False")
    'load with --dayfirst or --monthfirst'

    A name with a space is quoted for the shell, as a user types it (review 50: a sheet's
    "Article Text" column was named ``text_column='Article Text'`` to a command-line user):

    >>> cli_wording("rename yours (pass text_column='Article Text' to use it)")
    "rename yours (pass --text-column 'Article Text' to use it)"
    """
    out = re.sub(r"\b(text|outlet|date|id|title)_column=\.\.\.", r"--\1-column NAME", message)
    out = _OPTION_RE.sub(
        lambda m: f"--{m.group(1)}-column {shlex.quote(m.group(3) or m.group(4))}", out
    )
    return out.replace("dayfirst=True", "--dayfirst").replace("dayfirst=False", "--monthfirst")


_CLI_OPTION_RE = re.compile(
    r"--(?:text|outlet|date|id|title)-column (?!NAME\b)(?:'[^']*'|[^\s).,;]+)"
)


def make_wording(message: str, via_make: bool) -> str:
    """A command-line message with the way to give its options to ``make report``.

    ``make report CORPUS=…`` runs ``framing report`` for the user, who then met "pass
    --outlet-column media_name" with no word on how make takes an option (review45: a Media
    Cloud export). The Makefile sets ``FRAMING_MAKE``; the options the message names are
    repeated in ``REPORT_ARGS``.

    Parameters
    ----------
    message
        The message as :func:`cli_wording` words it.
    via_make
        Whether the command was run by ``make report``.

    Returns
    -------
    str

    Examples
    --------
    >>> print(make_wording("rename yours (pass --outlet-column media_name to use it).", True))
    ... # doctest: +NORMALIZE_WHITESPACE
    rename yours (pass --outlet-column media_name to use it). With make, give the option in
    REPORT_ARGS: make report CORPUS=… REPORT_ARGS="--outlet-column media_name"
    >>> print(make_wording("pass --text-column 'Article Text' to use it.", True))
    ... # doctest: +NORMALIZE_WHITESPACE
    pass --text-column 'Article Text' to use it. With make, give the option in REPORT_ARGS:
    make report CORPUS=… REPORT_ARGS="--text-column 'Article Text'"
    >>> make_wording("rename yours (pass --outlet-column media_name).", False)
    'rename yours (pass --outlet-column media_name).'
    """
    options = list(dict.fromkeys(_CLI_OPTION_RE.findall(message)))
    if not via_make or not options:
        return message
    which = "option" if len(options) == 1 else "options"
    return (
        f"{message} With make, give the {which} in REPORT_ARGS: make report CORPUS=… "
        f'REPORT_ARGS="{" ".join(options)}"'
    )


def excel_hint(corpus: Path) -> None:
    """Refuse a spreadsheet with the way to convert it."""
    if corpus.suffix.lower() in EXCEL_SUFFIXES:
        raise FramingError(
            f"--corpus {corpus}: spreadsheets are not read. Save the sheet as CSV (in Excel or "
            "LibreOffice: File > Save As > 'CSV UTF-8'), one row per article with a text and "
            "an outlet column, and pass that file; or convert it in Python: "
            f"pandas.read_excel({str(corpus)!r}).to_csv('corpus.csv', index=False) (needs "
            "openpyxl)."
        )
