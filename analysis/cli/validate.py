"""``framing validate``: the measurement check from the command line.

::

    framing validate sample --corpus data/raw --n 200 --out check/sheet.csv
        -> check/sheet.csv (or .xlsx), check/sheet.codebook.md, check/sheet.html
    framing validate score check/sheet-coded.csv [--out scores.csv]

Also :func:`add_coding_option`, the ``--coding SHEET`` option of ``framing report`` (a short
form of ``-p coding=SHEET``: the "Measurement check" report renders the scores).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import FramingError
from .corpus_options import (
    add_column_options,
    add_lexicon_options,
    cli_wording,
    column_options,
    excel_hint,
)

__all__ = ["add_validate_command", "add_coding_option", "run_sample", "run_score", "side_files"]


def add_validate_command(sub: Any) -> argparse.ArgumentParser:
    """Add ``validate sample`` and ``validate score`` to ``framing``'s subparsers.

    Parameters
    ----------
    sub
        What ``ArgumentParser.add_subparsers`` returned.

    Returns
    -------
    argparse.ArgumentParser
        The ``validate`` parser.
    """
    from ..paths import DEFAULT_CORPUS

    val = sub.add_parser(
        "validate",
        help="the measurement check: sample detector decisions for coders, score the codes",
        description="Check every detector against human coding on your own corpus: `sample` "
        "writes a coding sheet with its codebook and an offline coding page; `score` reports "
        "precision, recall, agreement and differential error per detector and outlet.",
    )
    vsub = val.add_subparsers(dest="validate_command", metavar="STEP")
    smp = vsub.add_parser(
        "sample",
        help="write a coding sheet, its codebook and the coding page",
        description="Draw a stratified random sample of detector decisions from CORPUS and "
        "write OUT (.csv or .xlsx), OUT's codebook (.codebook.md) and coding page (.html).",
    )
    smp.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="corpus folder (with manifest.csv, one subfolder per outlet, or JSON / Nexis "
        "article files) or .csv/.jsonl/.json/.parquet file or Nexis Uni .docx / LexisNexis "
        ".txt / Factiva .html / .rtf export (default: the bundled data/raw)",
    )
    add_column_options(smp)
    add_lexicon_options(smp)  # the lexicons and packs the features were computed with
    smp.add_argument("--n", type=_positive_int, default=200, help="items to draw (default 200)")
    smp.add_argument("--out", type=Path, required=True, help="the sheet: .csv or .xlsx")
    smp.add_argument("--by", default="outlet", help="the groups compared (default: outlet)")
    smp.add_argument(
        "--detectors", default=None, help="comma-separated detectors (default: all of them)"
    )
    smp.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    smp.add_argument(
        "--nonhit-share",
        type=float,
        default=0.25,
        help="share of each cell drawn from non-hits, for recall (default 0.25)",
    )
    smp.set_defaults(func=run_sample)
    sco = vsub.add_parser(
        "score",
        help="score a coded sheet",
        description="Score a coded SHEET (coder_<name> columns: 1 right, 0 wrong, blank not "
        "coded): one row per detector and group, and the detector over all groups.",
    )
    sco.add_argument(
        "sheet",
        type=Path,
        nargs="+",
        help="the coded sheet (.csv or .xlsx); several (e.g. each coder's export of one sample) "
        "are merged by item_id",
    )
    sco.add_argument("--by", default="outlet", help="the group column (default: outlet)")
    sco.add_argument("--out", type=Path, default=None, help="also write the scores to a CSV file")
    sco.add_argument("--seed", type=int, default=0, help="seed of the permutation test")
    sco.add_argument(
        "--merged",
        type=Path,
        default=None,
        help="also write the merged sheet (every coder's columns) there, for report --coding",
    )
    sco.set_defaults(func=run_score)
    val.set_defaults(func=lambda args: _usage(val))
    return val


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def side_files(out: Path) -> tuple[Path, Path]:
    """The codebook and coding page written beside a sheet.

    Examples
    --------
    >>> [p.name for p in side_files(Path("check/sheet.xlsx"))]
    ['sheet.codebook.md', 'sheet.html']
    """
    return out.with_name(out.stem + ".codebook.md"), out.with_name(out.stem + ".html")


def run_sample(args: argparse.Namespace) -> int:
    """Run ``framing validate sample``: write the sheet, the codebook and the coding page.

    Parameters
    ----------
    args
        The parsed command line.

    Returns
    -------
    int
        Exit status 0.
    """
    from ..corpus import load_corpus
    from ..detect.packs import choose_lexicons, corpus_packs
    from ..validate import codebook_markdown, coding_page, coding_sample, write_sheet

    out: Path = args.out
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise FramingError(f"--out {out}: name the sheet .csv or .xlsx")
    excel_hint(args.corpus)
    try:
        corpus = load_corpus(args.corpus, **column_options(args))
    except FramingError as exc:
        raise type(exc)(cli_wording(str(exc))) from None
    sheet = coding_sample(
        corpus,
        n=args.n,
        by=args.by,
        detectors=args.detectors,
        random_state=args.seed,
        nonhit_share=args.nonhit_share,
        lexicons=choose_lexicons(
            args.lexicon, corpus_packs(args.lexicon, args.pack, corpus["text"])
        ),  # by default the bundled packs that fit the corpus
    )
    book, page = side_files(out)
    write_sheet(sheet, out)
    detectors = list(dict.fromkeys(sheet["detector"]))
    book.write_text(codebook_markdown(detectors, sheet=out.name, page=page.name), encoding="utf-8")
    page.write_text(
        coding_page(sheet, title=f"Coding sheet: {out.name}", stem=out.stem), encoding="utf-8"
    )
    n_groups = sheet[args.by].nunique()
    print(f"{len(sheet)} items ({len(detectors)} detectors, {n_groups} groups) -> {out}")
    print(f"codebook: {book}")
    print(f"coding page: {page} (open it in a browser; it works offline)")
    return 0


def run_score(args: argparse.Namespace) -> int:
    """Run ``framing validate score``: print the scores (and write them with ``--out``).

    Parameters
    ----------
    args
        The parsed command line.

    Returns
    -------
    int
        Exit status 0.
    """
    import pandas as pd

    from ..validate import merge_sheets, read_sheet, score_coding, write_sheet

    sheet = merge_sheets([read_sheet(p) for p in args.sheet])
    if args.merged is not None:
        write_sheet(sheet, args.merged)
    scores = score_coding(sheet, by=args.by, random_state=args.seed)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        scores.to_csv(args.out, index=False)
    shown = scores[
        ["detector", args.by, "n", "precision", "ci_low", "ci_high", "recall", "alpha"]
        + ["differential"]
    ]
    with pd.option_context("display.width", 120, "display.max_rows", None):
        print(shown.to_string(index=False, float_format=lambda x: f"{x:.2f}", na_rep="-"))
    if args.out is not None:
        print(f"scores -> {args.out}")
    if args.merged is not None:
        print(f"merged sheet -> {args.merged}")
    return 0


class _CodingSheet(argparse.Action):
    """``--coding SHEET``: appends ``coding='<absolute path>'`` to the ``-p`` parameters."""

    def __call__(  # type: ignore[no-untyped-def]
        self, parser, namespace, values, option_string=None
    ):
        sheet = Path(values).expanduser()
        if not sheet.is_file():
            parser.error(f"{option_string} {values}: no such coding sheet")
        params = list(getattr(namespace, "param", None) or [])
        params.append(f"coding={str(sheet.resolve())!r}")
        namespace.param = params


def add_coding_option(rep: argparse.ArgumentParser) -> None:
    """Add ``--coding SHEET`` to ``framing report`` (the same as ``-p coding=SHEET``).

    Examples
    --------
    >>> p = argparse.ArgumentParser()
    >>> _ = p.add_argument("-p", dest="param", action="append", default=[])
    >>> add_coding_option(p)
    >>> p.parse_args(["--coding", __file__]).param[0].startswith("coding='/")
    True
    """
    rep.add_argument(
        "--coding",
        action=_CodingSheet,
        dest="param",
        metavar="SHEET",
        default=argparse.SUPPRESS,
        help="a coded sheet from `framing validate`: the Measurement check report shows its "
        "scores (the same as -p coding=SHEET)",
    )
