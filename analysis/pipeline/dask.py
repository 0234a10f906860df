"""featurize on a Dask DataFrame: partition by partition, lazily."""

from __future__ import annotations

from functools import partial
from typing import Any

import pandas as pd

__all__ = ["featurize_dask"]


def _featurize_partition(
    part: pd.DataFrame, lexicons: tuple[str, ...] | None = None
) -> pd.DataFrame:
    from .featurize import featurize

    return featurize(part, lexicons=lexicons, n_jobs=1, progress=False)


def featurize_dask(ddf: Any, *, lexicons: tuple[str, ...] | None = None) -> Any:
    """featurize every partition of a Dask DataFrame; the result is a lazy Dask DataFrame."""
    fn = partial(_featurize_partition, lexicons=lexicons)
    meta = fn(ddf._meta)
    return ddf.map_partitions(fn, meta=meta)
