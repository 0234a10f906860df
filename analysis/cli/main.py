"""The ``framing`` argument parser, ``--version``, and :func:`main` (errors as one line)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import FramingError
from .featurize import add_featurize_command
from .report import add_report_command
from .validate import add_coding_option, add_validate_command

__all__ = ["main", "build_parser"]


def _version_text() -> str:
    from ..report import dependency_versions

    v = dependency_versions()
    lines = [f"framing (media-framing) {v.pop('media-framing')}"]
    lines += [f"  {name:<13} {ver}" for name, ver in v.items()]
    return "\n".join(lines)


class _VersionAction(argparse.Action):
    def __init__(
        self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kw: object
    ) -> None:
        super().__init__(
            option_strings,
            dest=dest,
            nargs=0,
            help="print the versions of the package and its dependencies",
        )

    def __call__(  # type: ignore[no-untyped-def]
        self, parser, namespace, values, option_string=None
    ):
        print(_version_text())
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``framing`` (exposed for tests and docs).

    Returns
    -------
    argparse.ArgumentParser

    Examples
    --------
    >>> build_parser().parse_args(["report", "--notebooks", "01,02"]).notebooks
    '01,02'
    """
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Compare how news outlets frame the same event: features, comparisons and "
        "HTML reports.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # framing report --coding SHEET: a short form of -p coding=SHEET (the measurement check)
    add_coding_option(add_report_command(sub))
    add_featurize_command(sub)
    add_validate_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``framing`` console script.

    Parameters
    ----------
    argv
        Arguments (default ``sys.argv[1:]``).

    Returns
    -------
    int
        Exit status: 0 success, 1 a notebook failed, 2 bad input or usage.

    Examples
    --------
    >>> main(["--version"])  # doctest: +SKIP
    framing (media-framing) 0.1.0
    ...
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except FramingError as exc:
        msg = " ".join(str(exc).split())
        print(f"framing: error: {msg}", file=sys.stderr)
        return 2
    # a folder that cannot be created, a full disk …: one line, not a traceback
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        msg = " ".join(f"{where}{exc.strerror or exc}".split())
        print(f"framing: error: {msg}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return 130
