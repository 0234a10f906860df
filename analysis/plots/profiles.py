"""Feature profiles: each group's mean of several features with its bootstrap interval."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError
from .style import (
    FONT,
    MARKERS,
    ci_error_bars,
    ci_label,
    color,
    feature_label,
    feature_unit,
    group_sizes,
    new_ax,
    style_axes,
    wrap_label,
)

__all__ = ["plot_feature_profile"]


def plot_feature_profile(
    summary: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    by: str | None = None,
    labels: Mapping[str, str] | None = None,
    ax: Any = None,
) -> Any:
    """Mean of each feature per group with its confidence interval (dot-and-whisker plot).

    Parameters
    ----------
    summary
        Output of :func:`analysis.compare.outlet_summary`.
    features
        Features to show, top to bottom (default: all in ``summary``).  Choose features with
        one unit (one family) per Axes; mixed units are flagged in the axis label.
    by
        Group column of ``summary`` (default: ``summary.attrs["by"]`` or its first column).
    labels
        Feature -> tick label (e.g. the label dictionary a report uses for its tables);
        features not in it are labelled with :func:`feature_label`.
    ax
        Axes to draw on (default: a new figure).

    Returns
    -------
    matplotlib.axes.Axes
        One marker per (group, feature) with a horizontal CI bar; groups with n = 1 are drawn
        hollow without a bar, and the title says so.  Features are labelled readably
        (:func:`feature_label`), not with their column names.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> s = pd.DataFrame({"outlet": ["A", "B"], "feature": "rate_loaded_author", "n": [3, 1],
    ...                   "mean": [2.0, 4.0], "ci_low": [1.0, np.nan], "ci_high": [3.0, np.nan]})
    >>> plot_feature_profile(s).get_legend().get_texts()[1].get_text()
    'B (n = 1)'
    """
    by = by or summary.attrs.get("by") or summary.columns[0]
    names = dict(labels or {})
    feats = _features_to_show(summary, features)
    data = summary[summary["feature"].isin(feats)]
    groups = list(dict.fromkeys(data[by].astype(str)))
    gn = group_sizes(data.assign(**{by: data[by].astype(str)}), by)
    height = 1.0 + 0.35 * len(feats) * max(1, len(groups)) ** 0.5 + 0.4 * len(feats)
    ax = new_ax(ax, (7.0, height))
    ypos = {f: i for i, f in enumerate(feats)}
    width = 0.8
    step = width / max(1, len(groups))
    any_n1 = False
    handles: list[Any] = []
    legend: list[str] = []
    for gi, g in enumerate(groups):
        d = data[data[by].astype(str) == g].set_index("feature").reindex(feats)
        y = np.array([ypos[f] for f in feats]) - width / 2 + step * (gi + 0.5)
        label = f"{g} (n = {gn.get(g, 0)})"
        handle, drew_n1 = _draw_group(ax, d, y, gi, label)
        any_n1 = any_n1 or drew_n1
        handles.append(handle)
        legend.append(label)
    ticks = [wrap_label(names.get(f) or feature_label(f), 28) for f in feats]
    ax.set_yticks(range(len(feats)), ticks)
    ax.invert_yaxis()
    units = {feature_unit(f) for f in feats}
    xlabel = units.pop() if len(units) == 1 else "mean per article (units differ between features)"
    title = f"Mean per article with {ci_label(summary)} bootstrap CI"
    if any_n1:
        title += "\n(hollow: n = 1, no CI can be estimated)"
    style_axes(ax, xlabel=xlabel, ylabel="feature", title=title)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(
        handles,
        legend,
        title=by,
        fontsize=FONT["tick"],
        title_fontsize=FONT["tick"],
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
    )
    return ax


def _features_to_show(summary: pd.DataFrame, features: Sequence[str] | None) -> list[str]:
    """The features to plot, top to bottom; an error when one is not in the summary."""
    feats = list(dict.fromkeys(summary["feature"])) if features is None else list(features)
    missing = [f for f in feats if f not in set(summary["feature"])]
    if missing:
        raise FramingError(f"features not in the summary: {missing}")
    if not feats:
        raise FramingError("nothing to plot: the summary has no features")
    return feats


def _draw_group(ax: Any, d: pd.DataFrame, y: np.ndarray, gi: int, label: str) -> tuple[Any, bool]:
    """One group's markers: filled with CI bars, hollow where there is no CI (n = 1).

    Returns the legend handle and whether a hollow (n = 1) marker was drawn.
    """
    m = d["mean"].to_numpy(dtype=float)
    lo, hi = d["ci_low"].to_numpy(dtype=float), d["ci_high"].to_numpy(dtype=float)
    has_ci = ~np.isnan(lo)
    colour, marker = color(gi), MARKERS[gi % len(MARKERS)]
    handle = None
    if has_ci.any():
        xerr = ci_error_bars(m, lo, hi)[:, has_ci]
        handle = ax.errorbar(
            m[has_ci],
            y[has_ci],
            xerr=xerr,
            fmt=marker,
            color=colour,
            ecolor=colour,
            elinewidth=1.4,
            capsize=3,
            markersize=6,
            label=label,
        )
    hollow = bool((~has_ci).any())
    if hollow:
        (line,) = ax.plot(
            m[~has_ci],
            y[~has_ci],
            marker,
            markerfacecolor="white",
            markeredgecolor=colour,
            markeredgewidth=1.5,
            markersize=6,
            linestyle="none",
        )
        handle = handle or line
    return handle, hollow
