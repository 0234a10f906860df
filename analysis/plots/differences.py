"""Pairwise differences between groups as a forest plot of standardised effect sizes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError
from .style import FONT, ci_error_bars, color, feature_label, new_ax, style_axes, wrap_label

__all__ = ["plot_differences"]


def plot_differences(
    diffs: pd.DataFrame, *, labels: Mapping[str, str] | None = None, ax: Any = None
) -> Any:
    """Hedges' g of each pairwise difference with its interval, one row per pair and feature.

    Parameters
    ----------
    diffs
        Rows of :func:`analysis.compare.pairwise_differences` to draw (``effect_size``,
        ``effect_low``, ``effect_high``, ``significant``); rows without an effect size are
        left out.
    labels
        Feature -> readable label (default :func:`analysis.plots.feature_label`).
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        Filled markers: significant after the table's correction; hollow: not.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from analysis.compare import pairwise_differences
    >>> f = pd.DataFrame({"outlet": list("AAAABBBB"), "status": "ok",
    ...                   "x": [1, 2, 1, 2, 5, 6, 5, 6.0]})
    >>> ax = plot_differences(pairwise_differences(f, n_boot=200))
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['x\\nA − B']
    """
    d = diffs.dropna(subset=["effect_size"])
    if d.empty:
        raise FramingError("no pair has an effect size (groups with fewer than two articles)")
    names = dict(labels or {})
    ticks = [
        wrap_label(names.get(f) or feature_label(f), 40) + f"\n{a} − {b}"
        for f, a, b in zip(d["feature"], d["group_a"], d["group_b"])
    ]
    # each row as tall as its longest label (a feature wrapped on two lines and the pair under
    # it): rows of a fixed height ran three-line labels into each other
    lines = max(t.count("\n") + 1 for t in ticks)
    ax = new_ax(ax, (7.0, 1.2 + (0.17 * lines + 0.12) * len(d)))
    y = np.arange(len(d))
    m = d["effect_size"].to_numpy(dtype=float)
    lo, hi = d["effect_low"].to_numpy(dtype=float), d["effect_high"].to_numpy(dtype=float)
    sig = d["significant"].to_numpy(dtype=bool)
    feats = list(dict.fromkeys(d["feature"]))
    cols = [color(feats.index(f)) for f in d["feature"]]  # one colour per feature
    err = ci_error_bars(m, lo, hi)
    for i in range(len(d)):
        ax.errorbar(
            m[i],
            y[i],
            xerr=err[:, [i]],
            fmt="o",
            color=cols[i],
            markerfacecolor=cols[i] if sig[i] else "white",
            markersize=6,
            capsize=3,
            elinewidth=1.3,
        )
    ax.set_yticks(y, ticks)
    ax.invert_yaxis()
    ax.axvline(0, color="#888888", linewidth=0.8, linestyle="--")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ci = round(100 * float(diffs.attrs.get("ci", 0.95)))
    style_axes(
        ax,
        xlabel="standardised difference (Hedges' g): first group minus second",
        title=f"Differences between groups with {ci}% bootstrap CI\n(filled: significant after "
        "correction)",
    )
    ax.tick_params(axis="y", labelsize=FONT["annot"])
    return ax
