"""Outlet profiles: mean feature vectors per group, and columns put on one scale.

Features are put on one scale before any distance is computed (:func:`standardise`): every
column is centred and divided by its standard deviation, and columns that cannot be
standardised are *dropped and listed* (``dropped``: all-NaN, with missing values, constant).
Outlet-level analyses work on the outlets' mean feature vectors (:func:`outlet_means`: means
over their articles), standardised across outlets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..frame import feature_columns, ok_rows

__all__ = ["standardise", "outlet_means"]


def standardise(X: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """Z-score every column; drop (and report) the columns that cannot be standardised.

    Parameters
    ----------
    X
        Numeric DataFrame (rows: outlets or articles; columns: features).

    Returns
    -------
    Z : pandas.DataFrame
        ``(X - mean) / sd`` (sample sd, ``ddof=1``) of the kept columns, same index.
    dropped : dict
        ``{column: reason}`` for every dropped column: ``"all values missing"``,
        ``"k of n values missing"`` or ``"constant"`` (sd = 0: it cannot separate anything).

    Examples
    --------
    >>> Z, dropped = standardise(pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [5.0, 5.0, 5.0]}))
    >>> Z["a"].tolist(), dropped
    ([-1.0, 0.0, 1.0], {'b': 'constant'})
    """
    X = X.astype(float)
    dropped: dict[str, str] = {}
    keep = []
    n = len(X)
    for c in X.columns:
        miss = int(X[c].isna().sum())
        if miss == n:
            dropped[str(c)] = "all values missing"
        elif miss:
            dropped[str(c)] = f"{miss} of {n} values missing"
        elif n < 2 or not np.nanstd(X[c].to_numpy()) > 1e-12 * max(1.0, float(np.abs(X[c]).max())):
            dropped[str(c)] = "constant"
        else:
            keep.append(c)
    K = X[keep]
    Z = (K - K.mean()) / K.std(ddof=1)
    return Z, dropped


def outlet_means(
    feats: Any, *, by: str = "outlet", features: Sequence[str] | None = None
) -> tuple[pd.DataFrame, pd.Series]:
    """Mean feature vector and number of usable articles of every group.

    Parameters
    ----------
    feats
        Feature table (``status != "ok"`` rows are excluded).
    by
        Grouping column.
    features
        Numeric columns (default: all, see :func:`analysis.compare.feature_columns`).

    Returns
    -------
    means : pandas.DataFrame
        Index: groups (sorted); columns: features.
    n : pandas.Series
        Usable articles per group.

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok", "x": [1.0, 3.0, 5.0]})
    >>> m, n = outlet_means(feats)
    >>> m["x"].tolist(), n.tolist()
    ([2.0, 5.0], [2, 1])
    """
    ok, _ = ok_rows(feats, by=by)
    cols = feature_columns(ok, by=by, features=features)
    g = ok.groupby(by, sort=True)
    means = g[cols].mean()
    n = g.size().rename("n")
    return means, n
