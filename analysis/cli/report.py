"""``framing report``: execute the notebooks on a corpus and render the HTML reports."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import FramingError
from .corpus_options import (
    add_column_options,
    add_lexicon_options,
    cli_wording,
    column_options,
    excel_hint,
    make_wording,
)

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
        help="corpus folder (with manifest.csv, one subfolder per outlet, or JSON / Nexis "
        "article files) or .csv/.jsonl/.json/.parquet file or Nexis Uni .docx / LexisNexis "
        ".txt / Factiva .html / .rtf export (default: the bundled data/raw)",
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
    add_lexicon_options(rep)


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
            packs=args.pack,
            strict_parameters=True,
        )
    except FramingError as exc:
        via_make = bool(os.environ.get("FRAMING_MAKE"))  # set by make report
        raise type(exc)(make_wording(cli_wording(str(exc)), via_make)) from None
    for r in run.results:
        state = "ok    " if r.ok else "FAILED"
        print(f"{state} {r.html}" + ("" if r.ok else f"  ({r.error})"))
    print(f"index: {run.index}")
    if not run.ok:
        n = sum(not r.ok for r in run.results)
        print(f"framing: {n} notebook(s) failed; their reports show the error", file=sys.stderr)
        return 1
    return 0
