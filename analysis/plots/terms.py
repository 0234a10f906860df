"""Distinguishing terms: the words each group uses more than the others (z of the log-odds)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError
from .style import FONT, color, largest_groups, new_ax, style_axes

__all__ = ["plot_distinguishing_terms"]


def plot_distinguishing_terms(
    terms: pd.DataFrame,
    *,
    top: int = 10,
    groups: Sequence[str] | None = None,
    max_groups: int | None = 8,
    ax: Any = None,
) -> Any:
    """Horizontal bars of ``z`` for each group's top distinguishing terms.

    Parameters
    ----------
    terms
        Output of :func:`analysis.compare.distinguishing_terms`.
    top
        Terms per group (only terms with ``z > 0``: used more by the group than by the rest).
    groups
        Groups to show, in order (default: all, sorted).
    max_groups
        Draw at most this many groups, those with most words (``count_group`` / ``freq``),
        and say so in the title; more blocks than colours cannot be told apart (``None``: all).
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per (group, term), groups in blocks of one colour, a dashed line at
        ``z = 1.96``.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> t = pd.DataFrame({"group": ["A", "A", "B"], "term": ["war", "peace", "talks"],
    ...                   "z": [3.0, -1.0, 2.5], "count_group": [9, 1, 7]})
    >>> len(plot_distinguishing_terms(t).patches)
    2
    """
    if groups is None:
        groups = sorted(terms["group"].astype(str).unique())
    else:
        groups = [str(g) for g in groups]
    n_groups = len(groups)
    if max_groups is not None and n_groups > max_groups:
        # the group's own words: count / (per-1,000 frequency) x 1,000 (n-grams of one order)
        words = 1000.0 * terms["count_group"] / terms["freq"] if "freq" in terms else terms["z"]
        groups = largest_groups(groups, words.groupby(terms["group"].astype(str)).max(), max_groups)
    blocks = []
    for g in groups:
        d = terms[(terms["group"].astype(str) == g) & (terms["z"] > 0)]
        blocks.append((g, d.sort_values("z", ascending=False).head(top)))
    n_bars = sum(len(d) for _, d in blocks)
    if n_bars == 0:
        raise FramingError("no term with z > 0 to plot")
    ax = new_ax(ax, (6.5, 1.2 + 0.22 * n_bars + 0.45 * len(groups)))
    pos, labels, y = [], [], 0.0
    for gi, (g, d) in enumerate(blocks):
        # each block is headed by its group's name: with eight blocks, matching colours with a
        # legend beside the figure was the only way to tell whose terms were whose (report 03
        # of a 12-outlet corpus: yellow and orange blocks, a legend two screens above the last)
        ax.text(
            0.0,
            y,
            g,
            transform=ax.get_yaxis_transform(),
            fontsize=FONT["tick"],
            fontweight="bold",
            ha="left",
            va="center",
            zorder=4,  # on white above the z = 1.96 line
            bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"},
        )
        ys = y + 1.0 + np.arange(len(d))
        ax.barh(ys, d["z"].to_numpy(dtype=float), 0.75, color=color(gi), label=g)
        pos.extend(ys.tolist())
        labels.extend(d["term"].astype(str).tolist())
        y += len(d) + 1.8
    ax.set_yticks(pos, labels, fontsize=FONT["tick"])
    ax.invert_yaxis()
    ax.axvline(1.96, color="#555555", linestyle="--", linewidth=1.0, label="z = 1.96")
    style_axes(
        ax,
        xlabel="z-score of the log-odds ratio vs all other groups\n(informative Dirichlet prior)",
        ylabel="term",
        title=f"Most distinguishing terms per group (top {top})"
        + (
            f"\n{len(groups)} of {n_groups} groups: those with most words"
            if len(groups) < n_groups
            else ""
        ),
    )
    # outside the axes, so that it never covers a bar or the reference line
    handles, names = ax.get_legend_handles_labels()
    # groups first, the line last
    order = sorted(range(len(names)), key=lambda i: names[i] == "z = 1.96")
    ax.legend(
        [handles[i] for i in order],
        [names[i] for i in order],
        title="group",
        fontsize=FONT["tick"],
        title_fontsize=FONT["tick"],
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
    )
    return ax
