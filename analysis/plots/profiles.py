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
    feature_label,
    feature_unit,
    group_sizes,
    group_style,
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
        (:func:`feature_label`), not with their column names.  With more groups than there
        are colour-marker pairs (:data:`MARKERS`) and no ``ax`` given, each feature gets its
        own panel with the groups named on the y axis (no legend); the first panel is
        returned and ``ax.figure`` holds them all.

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
    if ax is None and len(groups) > len(MARKERS):
        # more groups than colour-marker pairs: a legend could not tell them apart, so each
        # feature gets its own panel with the groups named on the y axis
        return _panels(data, feats, groups, gn, by, names, ci_label(summary))
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


def _panels(
    data: pd.DataFrame,
    feats: list[str],
    groups: list[str],
    gn: Mapping[str, int],
    by: str,
    names: Mapping[str, str],
    ci: str,
) -> Any:
    """One panel per feature, the groups on the y axis (for more groups than a legend can
    distinguish); returns the first panel's Axes (``ax.figure`` holds them all)."""
    import matplotlib.pyplot as plt

    ncols = min(3, len(feats))
    nrows = -(-len(feats) // ncols)
    size = (2.0 + 2.6 * ncols, 0.9 + nrows * (0.6 + 0.24 * len(groups)))
    fig, axes = plt.subplots(
        nrows, ncols, sharey=True, squeeze=False, figsize=size, layout="constrained"
    )
    y = np.arange(len(groups))
    ticks = [f"{g} (n = {gn.get(g, 0)})" for g in groups]
    any_n1 = False
    for i, ax in enumerate(axes.flat):
        if i >= len(feats):
            ax.set_visible(False)
            continue
        f = feats[i]
        d = data[data["feature"] == f].assign(g=lambda t: t[by].astype(str)).set_index("g")
        d = d.reindex(groups)
        _, drew_n1 = _draw_group(ax, d, y, 0, f)
        any_n1 = any_n1 or drew_n1
        ax.set_yticks(y, ticks, fontsize=FONT["tick"])
        if i == 0:  # the y axis is shared: the first group on top in every panel
            ax.invert_yaxis()
        style_axes(
            ax, xlabel=feature_unit(f), title=wrap_label(names.get(f) or feature_label(f), 30)
        )
        ax.title.set_fontsize(FONT["label"])
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
    title = f"Mean per article with {ci} bootstrap CI, by {by}"
    if any_n1:
        title += " (hollow: n = 1, no CI)"
    fig.suptitle(title, fontsize=FONT["title"])
    return axes.flat[0]


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
    colour, marker = group_style(gi)
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
