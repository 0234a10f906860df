"""Harm events: the share of each grammatical form per group, with its interval (issue 20)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..detect.agency.records import FORM_LABELS
from ..text.plural import plural
from .style import FONT, group_style, largest_groups, style_axes, wrap_label

__all__ = ["plot_form_shares", "MAX_FORM_GROUPS"]

#: Groups drawn in each panel at most (the largest by harm events); the table has them all.
MAX_FORM_GROUPS = 20


def plot_form_shares(shares: pd.DataFrame, *, by: str = "outlet", voice: str = "") -> Any:
    """One panel per form: each group's share of its harm events in that form, with the 95 %
    bootstrap interval over its articles.

    Parameters
    ----------
    shares
        :func:`analysis.compare.agency.form_share_intervals` (``group``, ``form``,
        ``n_articles``, ``n_events``, ``share``, ``low``, ``high``).
    by
        What the groups are (axis label).
    voice
        The voice the events were kept in, for the title (``""``: all voices).

    Returns
    -------
    matplotlib.axes.Axes
        The first panel; the forms share the x axis (0-100 % of the group's harm events) and
        the groups the y axis, labelled ``name (n = events; articles)``.  A group of one
        article has a point without a bar.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> t = pd.DataFrame({"group": ["A", "A"], "form": ["nominal", "intransitive"],
    ...                   "n_articles": [3, 3], "n_events": [4, 4],
    ...                   "share": [0.75, 0.25], "low": [0.5, 0.0], "high": [1.0, 0.5]})
    >>> ax = plot_form_shares(t)
    >>> ax.get_title(), len(ax.figure.axes)
    ('nominal', 2)
    """
    import matplotlib.pyplot as plt

    sizes = shares.groupby("group")["n_events"].max()
    every = [str(g) for g in sizes.index]
    groups = largest_groups(every, sizes.rename(index=str), MAX_FORM_GROUPS)
    present = list(dict.fromkeys(shares["form"]))
    forms = [f for f in FORM_LABELS if f in present] + [f for f in present if f not in FORM_LABELS]
    ncols = min(3, len(forms))
    nrows = -(-len(forms) // ncols)
    fig, axes = plt.subplots(
        nrows,
        ncols,
        figsize=(3.0 * ncols + 1.6, 0.8 + nrows * (0.6 + 0.28 * len(groups))),
        sharex=True,
        sharey=True,
        layout="constrained",
        squeeze=False,
    )
    flat = list(axes.flat)
    y = np.arange(len(groups))[::-1]  # the first group on top
    for ax, form in zip(flat, forms, strict=False):
        d = shares[shares["form"] == form].assign(group=lambda z: z["group"].astype(str))
        _draw_form(ax, d.set_index("group").reindex(groups), y)
        style_axes(ax)
        ax.set_title(FORM_LABELS.get(form, form), fontsize=FONT["label"])
        ax.set_xlim(-3, 103)
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    for ax in flat[len(forms) :]:
        ax.set_visible(False)
    n_art = shares.groupby("group")["n_articles"].max().rename(index=str)
    flat[0].set_yticks(
        y, [f"{wrap_label(g, 24)} (n = {int(sizes[g])}; {int(n_art[g])})" for g in groups]
    )
    flat[0].set_ylim(-0.7, len(groups) - 0.3)
    title = "Form of harm events" + (f" ({voice} voice)" if voice else " (all voices)")
    title += f" by {by}: % of the group's events, 95% bootstrap CI over articles"
    if len(groups) < len(every):
        title += f"\n(the {len(groups)} {plural(by)} with most events of {len(every)})"
    fig.suptitle(title, fontsize=FONT["title"])
    fig.supxlabel("share of the group's harm events (%)", fontsize=FONT["label"])
    fig.supylabel(f"{by} (n = harm events; articles)", fontsize=FONT["label"])
    return flat[0]


def _draw_form(ax: Any, d: pd.DataFrame, y: np.ndarray) -> None:
    """One form's point and interval per group (no bar for one article)."""
    share = d["share"].to_numpy(dtype=float) * 100
    low, high = d["low"].to_numpy(dtype=float) * 100, d["high"].to_numpy(dtype=float) * 100
    for i in range(len(d)):
        if not np.isfinite(share[i]):
            continue
        colour, marker = group_style(i)
        if np.isfinite(low[i]) and np.isfinite(high[i]):
            ax.plot([low[i], high[i]], [y[i], y[i]], color=colour, linewidth=1.4)
        ax.plot(share[i], y[i], marker=marker, color=colour, markersize=5, linestyle="none")
