"""A seeded random subset of a large Parquet corpus file, read without loading every text.

Report 06 and 07 use large reference corpora from ``../shared`` (37,554 AllSides articles) of
which they analyse a few hundred; loading the whole file first made the report's kernel the
largest process of ``make report`` (about 0.95 GB).  :func:`subsample_file` writes the rows the
report can use to a small Parquet file, which :func:`~analysis.load_corpus` then reads as usual.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["subsample_file"]


def subsample_file(path: str | Path, n: int, *, folder: str | Path, random_state: int = 0) -> Path:
    """Write a seeded random sample of at most ``n`` rows of a Parquet corpus file.

    Parameters
    ----------
    path
        A corpus file.  Only ``.parquet`` files with more than ``n`` rows are sampled; any
        other path is returned unchanged (load it whole).
    n
        Rows to keep (a positive whole number).
    folder
        Where the sample is written (same file name as ``path``).
    random_state
        Seed of the row draw; rows keep their order in the file.

    Returns
    -------
    pathlib.Path
        The sample's path, or ``path`` itself when nothing was sampled.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> d = Path(tempfile.mkdtemp())
    >>> pd.DataFrame({"text": list("abcdef"), "outlet": list("xyxyxy")}).to_parquet(d / "c.parquet")
    >>> out = subsample_file(d / "c.parquet", 3, folder=d / "s")
    >>> len(pd.read_parquet(out)), out.parent.name
    (3, 's')
    >>> subsample_file(d / "c.parquet", 10, folder=d / "s") == d / "c.parquet"
    True
    """
    import numpy as np
    import pyarrow.parquet as pq

    from ..errors import FramingError

    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise FramingError(f"subsample_file: n must be a positive whole number, not {n!r}")
    path = Path(path)
    if path.suffix.lower() != ".parquet" or not path.is_file():
        return path
    rows = pq.ParquetFile(path).metadata.num_rows
    if rows <= n:
        return path
    keep = np.sort(np.random.default_rng(random_state).choice(rows, size=int(n), replace=False))
    out = Path(folder) / path.name
    out.parent.mkdir(parents=True, exist_ok=True)
    # Batch by batch through a buffered stream: the rows of one batch are decoded at a time,
    # not the whole text column (reading the table whole took ~620 MB for 37,554 AllSides
    # articles, this ~180 MB).
    source = pq.ParquetFile(path, buffer_size=1 << 20, pre_buffer=False)
    with pq.ParquetWriter(out, source.schema_arrow) as writer:
        start = 0
        for batch in source.iter_batches(batch_size=1024, use_threads=False):
            lo, hi = np.searchsorted(keep, [start, start + batch.num_rows])
            if hi > lo:
                writer.write_batch(batch.take(keep[lo:hi] - start))
            start += batch.num_rows
    return out
