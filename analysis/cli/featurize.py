"""``framing featurize``: stream a (large) corpus through featurize into a parquet or CSV file.

The output is written to ``OUT.partial`` and renamed when every article is done, so bad input or
an interrupt part-way leaves no half-written file behind.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FramingError
from .corpus_options import add_column_options, add_lexicon_options, cli_wording, column_options

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["add_featurize_command", "run_featurize"]


def add_featurize_command(sub: Any) -> argparse.ArgumentParser:
    """Add the ``featurize`` command and its options to ``framing``'s subparsers.

    Parameters
    ----------
    sub
        What ``ArgumentParser.add_subparsers`` returned.

    Returns
    -------
    argparse.ArgumentParser
        The command's parser (it runs :func:`run_featurize`).
    """
    fea = sub.add_parser(
        "featurize",
        help="compute the feature table of a (large) corpus without a notebook",
        description="Stream INPUT in chunks through featurize (bounded memory) and write one row "
        "per article to OUT (.parquet or .csv). A progress bar shows on a terminal.",
    )
    fea.add_argument(
        "input",
        type=Path,
        help="corpus folder (with manifest.csv, one subfolder per outlet, or JSON / Nexis "
        "article files) or .csv/.jsonl/.json/.parquet file or Nexis Uni .docx / LexisNexis "
        ".txt / Factiva .html / .rtf export",
    )
    fea.add_argument(
        "--out",
        type=Path,
        required=True,
        help="output file: .parquet (default format) or .csv",
    )
    fea.add_argument(
        "--n-jobs", type=int, default=1, help="worker processes (-1: all cores; default 1)"
    )
    fea.add_argument(
        "--chunk-size",
        type=_positive_int,
        default=2000,
        help="articles read per chunk (default 2000)",
    )
    add_column_options(fea)
    add_lexicon_options(fea)
    fea.add_argument("--quiet", action="store_true", help="no progress bar")
    fea.set_defaults(func=run_featurize)
    return fea


def _positive_int(value: str) -> int:
    """An argparse type: an integer of at least 1."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def run_featurize(args: argparse.Namespace) -> int:
    """Run ``framing featurize`` with parsed arguments; print the number of articles by status.

    Parameters
    ----------
    args
        The parsed command line.

    Returns
    -------
    int
        Exit status 0.

    Raises
    ------
    FramingError
        A bad ``--out``, bad input, or a column that changes from chunk to chunk.
    """
    from ..corpus import iter_corpus
    from ..detect.packs import DEFAULT_PACKS, choose_lexicons, corpus_packs, packs_of
    from ..pipeline import featurize_stream

    out: Path = args.out
    tmp = _partial_output(out, Path(args.input))
    chunks = iter_corpus(
        args.input,
        chunksize=args.chunk_size,
        **column_options(args),
    )
    done = False
    try:
        # by default the bundled packs that fit the corpus, judged on its first chunk
        first = next(chunks, None)
        texts = first["text"] if first is not None else []
        lexicons = choose_lexicons(args.lexicon, corpus_packs(args.lexicon, args.pack, texts))
        chunks = itertools.chain([first] if first is not None else [], chunks)
        feats = featurize_stream(
            chunks,
            n_jobs=args.n_jobs,
            lexicons=lexicons,
            progress=False if args.quiet else None,
            total=_count_rows(args.input),
        )
        n_rows, statuses = _write_features(feats, tmp, out.suffix.lower(), args.input)
        done = True
    except FramingError as exc:  # the loader names Python arguments: name the options instead
        raise type(exc)(cli_wording(str(exc))) from None
    finally:
        if not done:  # bad input or an interrupt part-way: leave no half-written file behind
            tmp.unlink(missing_ok=True)
    tmp.replace(out)
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items()))
    used = ", ".join(packs_of(lexicons) if lexicons is not None else DEFAULT_PACKS) or "none"
    print(f"{n_rows} articles -> {out} ({summary}); topic packs: {used}")
    return 0


def _partial_output(out: Path, source: Path) -> Path:
    """Check ``--out`` and return the ``.partial`` file to write first (removing an old one)."""
    fmt = out.suffix.lower()
    if fmt not in (".parquet", ".csv"):
        raise FramingError(f"--out {out}: use a .parquet or .csv file name")
    if out.is_dir():
        raise FramingError(
            f"--out {out} is a folder; name the output file, e.g. {out / ('features' + fmt)}"
        )
    if out.exists() and source.exists() and out.resolve() == source.resolve():
        raise FramingError(f"--out {out} is the input corpus; write the features to another file")
    tmp = out.with_name(out.name + ".partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)  # a previous interrupted run: never append to its rows
        tmp.touch()
        tmp.unlink()
    except OSError as exc:
        raise FramingError(
            f"--out {out}: cannot write there ({exc.strerror or exc}). "
            "Choose a folder you can write to."
        ) from None
    return tmp


def _write_features(
    chunks: Iterable[pd.DataFrame], tmp: Path, fmt: str, source: Any
) -> tuple[int, dict[str, int]]:
    """Append every feature chunk to ``tmp`` (CSV or parquet); count the rows and statuses."""
    n_rows, statuses = 0, {}
    writer = None
    columns: list[str] | None = None
    try:
        for feats in chunks:
            counts = feats["status"].str.extract(r"^([^:(]+)")[0].str.strip().value_counts()
            for s, k in counts.items():
                statuses[s] = statuses.get(s, 0) + int(k)
            if columns is None:
                columns = list(feats.columns)
            elif list(feats.columns) != columns:  # every chunk is written under the first header
                new = [c for c in feats.columns if c not in columns]
                if new:
                    raise FramingError(
                        f"{source}, from article {n_rows + 1}: column(s) {new} that earlier "
                        "articles do not have; give every article the same columns"
                    )
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
                    table = _cast_chunk(
                        table, writer.schema, where=f"{source}, from article {n_rows + 1}"
                    )
                writer.write_table(table)
            n_rows += len(feats)
    finally:
        if writer is not None:
            writer.close()
    return n_rows, statuses


def _count_rows(path: Path) -> int | None:
    """The number of rows of a parquet file (from its metadata), else ``None`` (unknown)."""
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return None


def _parquet_types(feats: pd.DataFrame) -> pd.DataFrame:
    """Give every column a type that does not depend on the chunk.

    Feature columns and dates as computed, numeric metadata as float64, every other metadata
    column as text (an all-missing column too, so that a later chunk's values fit it).
    """
    import pandas as pd

    from ..corpus import is_missing
    from ..pipeline import feature_schema

    features = dict(feature_schema())
    out = {}
    for c in feats.columns:
        col = feats[c]
        if c in features or pd.api.types.is_datetime64_any_dtype(col):
            out[c] = col
        elif (
            pd.api.types.is_numeric_dtype(col)
            and not pd.api.types.is_bool_dtype(col)
            and col.notna().any()
        ):
            out[c] = col.astype("float64")
        else:
            out[c] = pd.Series(
                [None if is_missing(v) else str(v) for v in col], index=col.index, dtype="string"
            )
    return pd.DataFrame(out, index=feats.index)


def _cast_chunk(table, schema, *, where: str):  # type: ignore[no-untyped-def]
    """Cast a chunk's arrow table to the file's schema, or name the column that changed type."""
    try:
        return table.cast(schema)
    except Exception:  # pyarrow's ArrowInvalid / NotImplementedError: name the column instead
        bad = [
            f.name
            for f in schema
            if f.name in table.column_names and table.schema.field(f.name).type != f.type
        ]
        bad_txt = ", ".join(
            f"{b!r} ({schema.field(b).type} before, {table.schema.field(b).type} here)" for b in bad
        )
        raise FramingError(
            f"{where}: column {bad_txt} changes type; make every value of the column the same "
            "kind (numbers or text)"
        ) from None
