"""Samples of articles that show every group: for per-article tables and evidence views.

A report cannot list 10,000 articles, and the first rows of a file are not a sample: a corpus
sorted by outlet shows one outlet only.  :func:`stratified_sample` draws a seeded random sample
with every group represented and the rest allocated in proportion to group size.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError

__all__ = ["stratified_sample", "allocate"]


def allocate(sizes: pd.Series, n: int) -> pd.Series:
    """How many rows to draw from each group: at least one each, the rest by group size.

    Largest-remainder allocation of ``n`` rows over groups of the given sizes, capped by each
    group's size; every non-empty group gets at least one row, even when that makes the total
    exceed ``n`` (a sample must show every group).

    Parameters
    ----------
    sizes
        Group -> number of rows.
    n
        Rows wanted in all.

    Returns
    -------
    pandas.Series
        Group -> rows to draw (same index as ``sizes``).

    Examples
    --------
    >>> allocate(pd.Series({"A": 188, "B": 219}), 12).to_dict()
    {'A': 6, 'B': 6}
    >>> allocate(pd.Series({"A": 100, "B": 5, "C": 1}), 10).to_dict()
    {'A': 8, 'B': 1, 'C': 1}
    """
    sizes = sizes.astype(int)
    take = (sizes > 0).astype(int)
    if take.sum() >= n or sizes.sum() <= n:
        return sizes.clip(upper=take if take.sum() >= n else sizes)
    left = n - int(take.sum())
    room = sizes - take
    share = room / max(int(room.sum()), 1) * left
    extra = np.floor(share).astype(int).clip(upper=room)
    rest = left - int(extra.sum())
    order = (share - extra).sort_values(ascending=False, kind="stable").index
    for g in order:
        if rest <= 0:
            break
        if extra[g] < room[g]:
            extra[g] += 1
            rest -= 1
    return take + extra


def stratified_sample(
    df: Any, *, n: int | None, by: str = "outlet", random_state: int | None = 0
) -> pd.DataFrame:
    """A seeded random sample of rows with every group represented, grouped by group.

    Parameters
    ----------
    df
        A corpus or feature table with the ``by`` column.
    n
        Rows wanted (``None``: all rows).  Every group gets at least one row, the rest is
        allocated in proportion to group size (:func:`allocate`); a table with at most ``n``
        rows is returned whole.
    by
        Grouping column.
    random_state
        Seed of the draw.

    Returns
    -------
    pandas.DataFrame
        The sampled rows, groups in order of first appearance, rows in their original order
        within a group; ``attrs["n_total"]`` (rows of ``df``), ``attrs["per_group"]`` (group ->
        (shown, total)) and ``attrs["sampled"]`` (whether rows were left out).

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A"] * 8 + ["B"] * 2, "x": range(10)})
    >>> s = stratified_sample(df, n=4)
    >>> s["outlet"].tolist(), s.attrs["per_group"]
    (['A', 'A', 'A', 'B'], {'A': (3, 8), 'B': (1, 2)})
    """
    if by not in df.columns:
        raise FramingError(f"stratified_sample: no column {by!r} to stratify by")
    if n is not None and (isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1):
        raise FramingError(f"n must be a positive whole number or None, not {n!r}")
    groups = df[by].astype(str).fillna("(missing)")
    sizes = groups.value_counts(sort=False).reindex(list(dict.fromkeys(groups)))
    if n is None or len(df) <= n:
        out = df.iloc[np.argsort(pd.Categorical(groups, sizes.index).codes, kind="stable")]
        counts = {g: (int(k), int(k)) for g, k in sizes.items()}
        return _with_attrs(out, len(df), counts, sampled=False)
    want = allocate(sizes, n)
    rng = np.random.default_rng(random_state)
    pos = []
    for g in sizes.index:
        rows = np.flatnonzero((groups == g).to_numpy())
        pos.extend(sorted(rng.choice(rows, size=int(want[g]), replace=False)))
    counts = {g: (int(want[g]), int(sizes[g])) for g in sizes.index}
    return _with_attrs(df.iloc[pos], len(df), counts, sampled=True)


def _with_attrs(out: pd.DataFrame, total: int, counts: dict, *, sampled: bool) -> pd.DataFrame:
    out = out.copy()
    out.attrs.update({"n_total": total, "per_group": counts, "sampled": sampled})
    return out
