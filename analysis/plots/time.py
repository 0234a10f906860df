"""Time: articles per group and period, and a feature's mean over time with its interval.

The tables are :func:`analysis.compare.articles_over_time` and
:func:`analysis.compare.feature_trend`.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError
from .style import (
    FONT,
    add_colorbar,
    feature_label,
    feature_unit,
    group_style,
    largest_groups,
    new_ax,
    style_axes,
    wrap_label,
)

__all__ = ["plot_timeline", "plot_trend"]

#: More groups than this are drawn as a heatmap (lines would be unreadable).
MAX_LINES = 8
#: More trend lines than this (each with its band) are drawn as one small panel per group.
MAX_OVERLAID = 4
#: At most this many panels (the groups with most articles).
MAX_PANELS = 12

_PERIOD = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def _period_ticks(
    ax: Any, periods: pd.DatetimeIndex, freq: str, *, axis: str = "x", most: int = 10
) -> None:
    """At most about ``most`` readable date ticks.  A quarter is named as one ("2013 Q1"), not
    by its first month: "Apr 2013" under a point that counts April to June reads as a month
    (report 03, the review of round 29); ticks a whole number of years apart fall on each
    year's first quarter or month."""
    fmt = {"D": "%d %b", "W": "%d %b %Y", "M": "%b %Y", "Y": "%Y"}.get(freq, "%Y-%m")
    step = max(1, int(np.ceil(len(periods) / most)))
    per_year = {"Q": 4, "M": 12}.get(freq)
    first = 0
    if per_year and step % per_year == 0:  # start at the first period that opens a year
        first = next((i for i, p in enumerate(periods) if p.month == 1), 0)
    idx = list(range(first, len(periods), step))
    if freq == "Q":
        labels = [f"{periods[i].year} Q{periods[i].quarter}" for i in idx]
    else:
        labels = [periods[i].strftime(fmt) for i in idx]
    if axis == "x":
        ax.set_xticks(idx, labels, rotation=35, ha="right")
    else:
        ax.set_yticks(idx, labels)


def plot_timeline(counts: pd.DataFrame, *, ax: Any = None) -> Any:
    """Articles per period and group: one line per group, or a heatmap for many groups.

    Parameters
    ----------
    counts
        Output of :func:`analysis.compare.articles_over_time` (``period``, group, ``n``).
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from analysis.compare.timeline import articles_over_time
    >>> c = pd.DataFrame({"outlet": ["A", "A", "B"],
    ...                   "published": ["2022-03-01", "2022-05-02", "2022-05-03"]})
    >>> plot_timeline(articles_over_time(c, freq="M")).get_ylabel()
    'articles per month'
    """
    by = counts.attrs.get("by") or counts.columns[1]
    freq = counts.attrs.get("freq", "M")
    wide = counts.pivot(index="period", columns=by, values="n").fillna(0)
    if wide.empty:
        raise FramingError("no dated article: no timeline")
    totals = wide.sum().astype(int)
    # a group with undated articles says how many of its articles are drawn ("1 of 24 dated"),
    # so that its n does not contradict the n of the same group in the other figures
    undated = counts.attrs.get("undated") or {}
    names = {
        g: f"{g} ({totals[g]} of {totals[g] + undated[str(g)]} dated)"
        if undated.get(str(g))
        else f"{g} (n = {totals[g]})"
        for g in wide.columns
    }
    per = _PERIOD.get(freq, "period")
    x = np.arange(len(wide))
    # a group's zeros are drawn between its first and last article only: before and after them
    # the corpus holds none of its articles (a sample that starts in May is not an outlet that
    # published nothing in March)
    nonzero = wide.to_numpy() > 0
    first, last = nonzero.argmax(axis=0), len(wide) - 1 - nonzero[::-1].argmax(axis=0)
    inside = (x[:, None] >= first) & (x[:, None] <= last)
    spans = wide.where(inside)
    if wide.shape[1] > MAX_LINES:
        ax = new_ax(ax, (8.0, 1.5 + 0.28 * wide.shape[1]))
        im = ax.imshow(spans.T.to_numpy(), aspect="auto", cmap="cividis", interpolation="none")
        ax.set_yticks(range(wide.shape[1]), [names[g] for g in wide.columns])
        _period_ticks(ax, wide.index, freq)
        style_axes(ax, xlabel=per, ylabel=None, title=f"Articles per {per} and {by}")
        add_colorbar(ax, im, f"articles per {per}")
        return ax
    ax = new_ax(ax, (8.0, 3.6))
    for i, members in enumerate(_same_lines(spans)):
        label = names[members[0]]
        if len(members) > 1:
            # one outlet a line, so that the legend does not squeeze the axes
            label = ",\n".join(names[g] for g in members) + f":\nthe same count every {per}"
        ax.plot(
            x,
            spans[members[0]].to_numpy(),
            marker=group_style(i)[1],
            markersize=3.5,
            color=group_style(i)[0],
            linewidth=1.3,
            label=label,
        )
    _period_ticks(ax, wide.index, freq)
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    style_axes(ax, xlabel=None, ylabel=f"articles per {per}", title=f"Articles per {per}")
    ax.legend(fontsize=FONT["tick"], frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax


def _same_lines(spans: pd.DataFrame) -> list[list[Any]]:
    """The groups whose counts agree in every period, together, in the columns' order.

    Their lines would lie exactly on top of each other and the figure would show only the last
    one drawn: on BASIL (a story told by three outlets within days of each other) 'Articles per
    quarter' showed nyt alone, fox and hpo hidden under it (the report review of round 31).

    Examples
    --------
    >>> w = pd.DataFrame({"A": [1.0, 2.0], "B": [1.0, 2.0], "C": [1.0, 3.0]})
    >>> _same_lines(w)
    [['A', 'B'], ['C']]
    """
    out: list[list[Any]] = []
    for g in spans.columns:
        twin = next((m for m in out if spans[m[0]].equals(spans[g])), None)
        if twin is None:
            out.append([g])
        else:
            twin.append(g)
    return out


def plot_trend(trend: pd.DataFrame, feature: str, *, label: str | None = None, ax: Any = None):
    """A feature's mean per period and group, with its bootstrap interval as a band.

    Periods with a single article are drawn as hollow points without a band.  With more than
    :data:`MAX_LINES` groups, the groups with most articles are drawn (the legend says so).

    Parameters
    ----------
    trend
        Output of :func:`analysis.compare.feature_trend`.
    feature
        The feature to draw.
    label
        Readable name (default :func:`analysis.plots.feature_label`).
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from analysis.compare.timeline import feature_trend
    >>> f = pd.DataFrame({"outlet": "A", "status": "ok", "x": [1.0, 3.0, 10.0],
    ...                   "published": ["2022-03-01", "2022-03-20", "2022-04-02"]})
    >>> ax = plot_trend(feature_trend(f, ["x"], freq="M", n_boot=50), "x")
    >>> ax.get_title()
    'x: mean per month with 95% bootstrap CI'
    """
    by = trend.attrs.get("by") or "group"
    freq = trend.attrs.get("freq", "M")
    d = trend[trend["feature"] == feature]
    if d.empty:
        raise FramingError(f"{feature!r} is not in the trend table")
    # every period from the first to the last, so that gaps show and the axis matches the timeline
    p = pd.period_range(d["period"].min(), d["period"].max(), freq=freq)
    periods = pd.DatetimeIndex(p.start_time)
    pos = {t: i for i, t in enumerate(periods)}
    groups = list(dict.fromkeys(d[by].astype(str)))
    n_groups = len(groups)
    panels = ax is None and n_groups > MAX_OVERLAID
    cap = MAX_PANELS if panels else MAX_LINES
    if n_groups > cap:  # more lines are unreadable (and their legend squeezes the axes)
        groups = largest_groups(groups, d.groupby(d[by].astype(str))["n"].sum(), cap)
    ci = round(100 * float(trend.attrs.get("ci", 0.95)))
    name = label or feature_label(feature)
    per = _PERIOD.get(freq, "period")
    title = f"{name}: mean per {per} with {ci}% bootstrap CI"
    shown = (
        f"the {len(groups)} of {n_groups} with most articles" if n_groups > len(groups) else None
    )
    if panels:
        return _trend_panels(d, by, groups, periods, freq, title=title, shown=shown, unit=feature)
    ax = new_ax(ax, (8.0, 3.6))
    for i, g in enumerate(groups):
        _trend_line(ax, d[d[by].astype(str) == g], pos, len(periods), i, g)
    _period_ticks(ax, periods, freq)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    style_axes(ax, ylabel=feature_unit(feature), title=title)
    if len(groups) > 1 or groups != ["all"]:
        ax.legend(
            fontsize=FONT["tick"],
            title=shown,
            title_fontsize=FONT["tick"],
            frameon=False,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
        )
    return ax


def _trend_line(ax: Any, gd: pd.DataFrame, pos: dict, n_periods: int, i: int, g: str) -> None:
    """One group's mean per period: a line broken where it has no article, its interval as a
    band, filled points (hollow: a single article, no interval)."""
    gd = gd.sort_values("period")
    x = gd["period"].map(pos).to_numpy(dtype=float)
    m = gd["mean"].to_numpy(dtype=float)
    lo, hi = gd["ci_low"].to_numpy(dtype=float), gd["ci_high"].to_numpy(dtype=float)
    c, mk = group_style(i)
    n = int(gd["n"].sum())
    band = ~np.isnan(lo)
    # line and band on every period, empty (NaN) where the group has no article: a period
    # without articles breaks the line instead of being bridged by a straight segment
    every = np.arange(n_periods, dtype=float)
    line, low, high = (np.full(n_periods, np.nan) for _ in range(3))
    line[x.astype(int)] = m
    low[x.astype(int)] = np.where(band, lo, m)
    high[x.astype(int)] = np.where(band, hi, m)
    ax.plot(every, line, color=c, linewidth=1.3, label=f"{g} (n = {n})")
    ax.fill_between(every, low, high, color=c, alpha=0.18, linewidth=0)
    ax.plot(x[band], m[band], mk, color=c, markersize=3.5)
    ax.plot(x[~band], m[~band], mk, color=c, markerfacecolor="white", markersize=4)


def _trend_panels(
    d: pd.DataFrame,
    by: str,
    groups: list[str],
    periods: pd.DatetimeIndex,
    freq: str,
    *,
    title: str,
    shown: str | None,
    unit: str,
) -> Any:
    """One small panel per group on shared axes; returns the first panel's Axes.

    Eight lines with their bands on one axes were a tangle in which no outlet could be
    followed (report 03 of a 12-outlet AllSides sample, eight years by quarter)."""
    import matplotlib.pyplot as plt

    ncols = 3
    nrows = -(-len(groups) // ncols)
    fig, axes = plt.subplots(
        nrows,
        ncols,
        figsize=(8.0, 0.9 + 1.75 * nrows),
        sharex=True,
        sharey=True,
        layout="constrained",
        squeeze=False,
    )
    pos = {t: i for i, t in enumerate(periods)}
    flat = list(axes.flat)
    for i, (ax, g) in enumerate(zip(flat, groups, strict=False)):
        gd = d[d[by].astype(str) == g]
        _trend_line(ax, gd, pos, len(periods), i, g)
        head = f"{g} (n = {int(gd['n'].sum())})"
        head = head if len(head) <= 30 else f"{wrap_label(g, 30)}\n(n = {int(gd['n'].sum())})"
        ax.set_title(head, fontsize=FONT["tick"])
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        style_axes(ax)
    for ax in flat[len(groups) :]:
        ax.set_visible(False)
    for ax in flat[: len(groups)]:
        if ax.get_subplotspec().is_last_row() or ax in flat[len(groups) - ncols : len(groups)]:
            _period_ticks(ax, periods, freq, most=5)
            ax.tick_params(axis="x", labelbottom=True, labelsize=FONT["tick"] - 1)
    fig.suptitle(title + (f"; {shown}" if shown else ""), fontsize=FONT["title"])
    fig.supylabel(feature_unit(unit), fontsize=FONT["label"])
    return flat[0]
