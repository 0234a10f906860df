"""``framing report``: execute the notebooks on a corpus and render the HTML reports."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import FramingError

__all__ = ["add_report_command", "run_report"]


def add_report_command(sub: Any) -> argparse.ArgumentParser:
    """Add the ``report`` command and its options to ``framing``'s subparsers.

    Parameters
    ----------
    sub
        What ``ArgumentParser.add_subparsers`` returned.

    Returns
    -------
    argparse.ArgumentParser
        The command's parser (it runs :func:`run_report`).
    """
    from ..paths import DEFAULT_CORPUS, REPORTS_DIR

    rep = sub.add_parser(
        "report",
        help="execute the notebooks on a corpus and render HTML reports",
        description="Execute every notebook headless on CORPUS and write standalone HTML reports, "
        "index.html and manifest.json into OUT. Exit status 1 if a notebook failed (its report "
        "shows the error).",
    )
    rep.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file (default: the "
        "bundled data/raw)",
    )
    rep.add_argument(
        "--out", type=Path, default=REPORTS_DIR, help="output folder (default: reports/)"
    )
    rep.add_argument(
        "--show-code",
        action="store_true",
        help="show the code cells in the reports (hidden by default)",
    )
    rep.add_argument(
        "--notebooks",
        default=None,
        help="comma-separated notebook numbers or names to run, e.g. 01,03 (default: all)",
    )
    rep.add_argument(
        "--figures",
        type=Path,
        default=None,
        help="where notebooks save figure files with their data (default: OUT/figures)",
    )
    rep.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a notebook parameter (repeatable), e.g. -p max_articles=200; VALUE is read as "
        "a Python literal, else as text",
    )
    _add_corpus_options(rep)
    rep.add_argument(
        "--timeout",
        type=int,
        default=1200,
        help="seconds allowed per notebook cell (default: 1200)",
    )
    rep.set_defaults(func=run_report)
    return rep


def _add_corpus_options(rep: argparse.ArgumentParser) -> None:
    """The options that say how to read the corpus: columns, date order, lexicons."""
    add_column_options(rep)
    rep.add_argument(
        "--lexicon",
        action="append",
        type=Path,
        default=None,
        metavar="FILE",
        help="your own lexicon CSV (term,category,subcategory,source,note), used instead of the "
        "bundled lexicons (repeatable)",
    )


def column_options(args: argparse.Namespace) -> dict[str, Any]:
    """The :func:`analysis.load_corpus` keywords given by :func:`add_column_options` options
    (those not given are left out, so the loader's defaults apply)."""
    options = {
        "text_column": args.text_column,
        "outlet_column": args.outlet_column,
        "date_column": args.date_column,
        "id_column": args.id_column,
        "dayfirst": args.dayfirst,
    }
    return {k: v for k, v in options.items() if v is not None}


def add_column_options(rep: argparse.ArgumentParser) -> None:
    """``--text-column``, ``--outlet-column``, ``--date-column``, ``--id-column`` and
    ``--dayfirst``/``--monthfirst``: how to read a table whose columns have other names (the
    same options on every command that reads a corpus)."""
    columns = rep.add_argument_group(
        "corpus columns", "how to read a table whose columns have other names"
    )
    for name, example, default in (
        ("text", "body", "text"),
        ("outlet", "source", "outlet"),
        ("date", "date", "published, else date, datetime, publish_date, published_at"),
        ("id", "url", "article_id or id, else <file stem>-<row number>"),
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


def _parse_params(items: Sequence[str]) -> dict[str, object]:
    """``-p NAME=VALUE`` options as a dict; VALUE is a Python literal, else text."""
    import ast

    out: dict[str, object] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip().isidentifier():
            raise FramingError(f"--param {item!r} is not NAME=VALUE (e.g. -p max_articles=200)")
        try:
            out[name.strip()] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            out[name.strip()] = value
    return out


#: Spreadsheet formats: not read, but named in a hint.
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

_OPTION_RE = re.compile(r"\b(text|outlet|date|id)_column=(['\"]?)([^'\"\s),;]+)\2")


def cli_wording(message: str) -> str:
    """A loader's message with its Python arguments named as ``framing report`` options.

    Examples
    --------
    >>> cli_wording("rename yours (pass text_column='body' to use the 'body' column)")
    "rename yours (pass --text-column body to use the 'body' column)"
    >>> cli_wording("load with dayfirst=True or dayfirst=False")
    'load with --dayfirst or --monthfirst'
    """
    out = re.sub(r"\b(text|outlet|date|id)_column=\.\.\.", r"--\1-column NAME", message)
    out = _OPTION_RE.sub(lambda m: f"--{m.group(1)}-column {m.group(3)}", out)
    return out.replace("dayfirst=True", "--dayfirst").replace("dayfirst=False", "--monthfirst")


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


def run_report(args: argparse.Namespace) -> int:
    """Run ``framing report`` with parsed arguments; print one line per report.

    Parameters
    ----------
    args
        The parsed command line.

    Returns
    -------
    int
        Exit status: 0, or 1 when a notebook failed.

    Raises
    ------
    FramingError
        Bad options or a bad corpus.
    """
    from ..report import build_reports

    if args.notebooks is not None:
        notebooks = [s for s in args.notebooks.split(",") if s.strip()]
    else:
        notebooks = None
    if notebooks == []:
        raise FramingError(
            f"--notebooks {args.notebooks!r} names no notebook; give numbers or names such as 01,03"
        )
    excel_hint(args.corpus)
    try:
        run = build_reports(
            args.corpus,
            args.out,
            parameters=_parse_params(args.param),
            notebooks=notebooks,
            show_code=args.show_code,
            figures_dir=args.figures,
            timeout=args.timeout,
            load_options=column_options(args),
            lexicons=args.lexicon,
            strict_parameters=True,
        )
    except FramingError as exc:
        raise type(exc)(cli_wording(str(exc))) from None
    for r in run.results:
        state = "ok    " if r.ok else "FAILED"
        print(f"{state} {r.html}" + ("" if r.ok else f"  ({r.error})"))
    print(f"index: {run.index}")
    if not run.ok:
        n = sum(not r.ok for r in run.results)
        print(f"framing: {n} notebook(s) failed; their reports show the error", file=sys.stderr)
        return 1
    return 0
