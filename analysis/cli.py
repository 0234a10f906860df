"""The ``framing`` command line.

::

    framing --version
    framing report --corpus data/raw --out reports [--show-code] [--notebooks 01,02] [-p NAME=VALUE ...]
    framing featurize INPUT --out features.parquet [--n-jobs N] [--outlet-column source]

Bad input (an :mod:`analysis.errors` exception) prints one line, ``framing: error: ...``, and
exits with status 2; a report run in which a notebook failed exits with status 1 (the failing
report shows the error).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import FramingError

__all__ = ["main", "build_parser"]


def _version_text() -> str:
    from .report import dependency_versions

    v = dependency_versions()
    lines = [f"framing (media-framing) {v.pop('media-framing')}"]
    lines += [f"  {name:<13} {ver}" for name, ver in v.items()]
    return "\n".join(lines)


class _VersionAction(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kw: object) -> None:
        super().__init__(option_strings, dest=dest, nargs=0, help="print the versions of the package and its dependencies")

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
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
    from .paths import DEFAULT_CORPUS, REPORTS_DIR

    parser = argparse.ArgumentParser(
        prog="framing",
        description="Compare how news outlets frame the same event: features, comparisons and HTML reports.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    # -- framing report ------------------------------------------------------------------------
    rep = sub.add_parser(
        "report",
        help="execute the notebooks on a corpus and render HTML reports",
        description="Execute every notebook headless on CORPUS and write standalone HTML reports, "
        "index.html and manifest.json into OUT. Exit status 1 if a notebook failed (its report shows the error).",
    )
    rep.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file (default: the bundled data/raw)")
    rep.add_argument("--out", type=Path, default=REPORTS_DIR, help="output folder (default: reports/)")
    rep.add_argument("--show-code", action="store_true", help="show the code cells in the reports (hidden by default)")
    rep.add_argument("--notebooks", default=None, help="comma-separated notebook numbers or names to run, e.g. 01,03 (default: all)")
    rep.add_argument("--figures", type=Path, default=None, help="where notebooks save figure files with their data (default: OUT/figures)")
    rep.add_argument(
        "-p", "--param", action="append", default=[], metavar="NAME=VALUE",
        help="set a notebook parameter (repeatable), e.g. -p max_articles=200; VALUE is read as a Python literal, else as text",
    )
    rep.add_argument("--timeout", type=int, default=1200, help="seconds allowed per notebook cell (default: 1200)")
    rep.set_defaults(func=_cmd_report)

    # -- framing featurize ---------------------------------------------------------------------
    fea = sub.add_parser(
        "featurize",
        help="compute the feature table of a (large) corpus without a notebook",
        description="Stream INPUT in chunks through featurize (bounded memory) and write one row per "
        "article to OUT (.parquet or .csv). A progress bar shows on a terminal.",
    )
    fea.add_argument("input", type=Path, help="corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file")
    fea.add_argument("--out", type=Path, required=True, help="output file: .parquet (default format) or .csv")
    fea.add_argument("--n-jobs", type=int, default=1, help="worker processes (-1: all cores; default 1)")
    fea.add_argument("--chunk-size", type=_positive_int, default=2000, help="articles read per chunk (default 2000)")
    fea.add_argument("--text-column", default="text", help="name of the text column (default: text)")
    fea.add_argument("--outlet-column", default="outlet", help="name of the outlet column, e.g. source (default: outlet)")
    fea.add_argument("--quiet", action="store_true", help="no progress bar")
    fea.set_defaults(func=_cmd_featurize)

    return parser


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def _parse_params(items: Sequence[str]) -> dict[str, object]:
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


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import build_reports

    notebooks = [s for s in args.notebooks.split(",") if s.strip()] if args.notebooks is not None else None
    if notebooks == []:
        raise FramingError(f"--notebooks {args.notebooks!r} names no notebook; give numbers or names such as 01,03")
    run = build_reports(
        args.corpus,
        args.out,
        parameters=_parse_params(args.param),
        notebooks=notebooks,
        show_code=args.show_code,
        figures_dir=args.figures,
        timeout=args.timeout,
    )
    for r in run.results:
        state = "ok    " if r.ok else "FAILED"
        print(f"{state} {r.html}" + ("" if r.ok else f"  ({r.error})"))
    print(f"index: {run.index}")
    if not run.ok:
        n = sum(not r.ok for r in run.results)
        print(f"framing: {n} notebook(s) failed; their reports show the error", file=sys.stderr)
        return 1
    return 0


def _count_rows(path: Path) -> int | None:
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return None


def _parquet_types(feats: "pd.DataFrame") -> "pd.DataFrame":
    """Give every column a type that does not depend on the chunk: feature columns and dates as
    computed, numeric metadata as float64, every other metadata column as text (an all-missing
    column too, so that a later chunk's values fit it)."""
    import pandas as pd

    from .corpus import is_missing
    from .pipeline import feature_schema

    features = dict(feature_schema())
    out = {}
    for c in feats.columns:
        col = feats[c]
        if c in features or pd.api.types.is_datetime64_any_dtype(col):
            out[c] = col
        elif pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col) and col.notna().any():
            out[c] = col.astype("float64")
        else:
            out[c] = pd.Series([None if is_missing(v) else str(v) for v in col], index=col.index, dtype="string")
    return pd.DataFrame(out, index=feats.index)


def _cast_chunk(table, schema, *, where: str):  # type: ignore[no-untyped-def]
    try:
        return table.cast(schema)
    except Exception:  # pyarrow's ArrowInvalid / NotImplementedError: name the column instead
        bad = [f.name for f in schema if f.name in table.column_names and table.schema.field(f.name).type != f.type]
        bad_txt = ", ".join(f"{b!r} ({schema.field(b).type} before, {table.schema.field(b).type} here)" for b in bad)
        raise FramingError(f"{where}: column {bad_txt} changes type; make every value of the column the same kind "
                           "(numbers or text)") from None


def _cmd_featurize(args: argparse.Namespace) -> int:
    from .corpus import iter_corpus
    from .pipeline import featurize_stream

    out: Path = args.out
    fmt = out.suffix.lower()
    if fmt not in (".parquet", ".csv"):
        raise FramingError(f"--out {out}: use a .parquet or .csv file name")
    if out.is_dir():
        raise FramingError(f"--out {out} is a folder; name the output file, e.g. {out / ('features' + fmt)}")
    if out.exists() and Path(args.input).exists() and out.resolve() == Path(args.input).resolve():
        raise FramingError(f"--out {out} is the input corpus; write the features to another file")
    tmp = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)  # a previous interrupted run: never append to its rows
        tmp.touch()
        tmp.unlink()
    except OSError as exc:
        raise FramingError(f"--out {out}: cannot write there ({exc.strerror or exc}). Choose a folder you can write to.") from None
    chunks = iter_corpus(args.input, chunksize=args.chunk_size, text_column=args.text_column,
                         outlet_column=args.outlet_column)
    n_rows, statuses = 0, {}
    writer = None
    columns: list[str] | None = None
    done = False
    try:
        for feats in featurize_stream(chunks, n_jobs=args.n_jobs, progress=False if args.quiet else None,
                                      total=_count_rows(args.input)):
            for s, k in feats["status"].str.extract(r"^([^:(]+)")[0].str.strip().value_counts().items():
                statuses[s] = statuses.get(s, 0) + int(k)
            if columns is None:
                columns = list(feats.columns)
            elif list(feats.columns) != columns:  # every chunk is written under the first chunk's header
                new = [c for c in feats.columns if c not in columns]
                if new:
                    raise FramingError(f"{args.input}, from article {n_rows + 1}: column(s) {new} that earlier "
                                       "articles do not have; give every article the same columns")
                feats = feats.reindex(columns=columns)
            if fmt == ".csv":
                feats.to_csv(tmp, mode="a", header=n_rows == 0, index=False)
            else:
                import pyarrow as pa
                import pyarrow.parquet as pq

                table = pa.Table.from_pandas(_parquet_types(feats), preserve_index=False)
                if writer is None:
                    writer = pq.ParquetWriter(tmp, table.schema)
                if table.schema != writer.schema:
                    table = _cast_chunk(table, writer.schema, where=f"{args.input}, from article {n_rows + 1}")
                writer.write_table(table)
            n_rows += len(feats)
        done = True
    finally:
        if writer is not None:
            writer.close()
        if not done:  # bad input or an interrupt part-way: leave no half-written file behind
            tmp.unlink(missing_ok=True)
    tmp.replace(out)
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items()))
    print(f"{n_rows} articles -> {out} ({summary})")
    return 0


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
    except OSError as exc:  # a folder that cannot be created, a full disk …: one line, not a traceback
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        msg = " ".join(f"{where}{exc.strerror or exc}".split())
        print(f"framing: error: {msg}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
