"""Attribution stance: how often each group reports speech with neutral, distancing or
endorsing verbs."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..compare import NOTE_N1, stance_table
from .style import (
    FONT,
    OKABE_ITO,
    ci_error_bars,
    ci_label,
    color,
    group_sizes,
    group_ticks,
    new_ax,
    style_axes,
)

__all__ = ["plot_stance_bars"]


def plot_stance_bars(
    feats: Any,
    *,
    by: str = "outlet",
    normalise: str = "article",
    words_col: str = "n_words",
    n_boot: int = 1000,
    random_state: int | None = 0,
    ax: Any = None,
) -> Any:
    """Grouped bars: attributions of each stance per group, with bootstrap CIs.

    Parameters
    ----------
    feats
        Feature table with ``n_attributions_<stance>`` columns, or
        :func:`analysis.compare.stance_table` output.
    by, normalise, words_col, n_boot, random_state
        See :func:`analysis.compare.stance_table`.
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        Groups on the x axis (labelled with n), one bar per stance (colour), CI error bars.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> f = pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok",
    ...                   "n_attributions_neutral": [2, 4, 1],
    ...                   "n_attributions_distancing": [0, 1, 3]})
    >>> len(plot_stance_bars(f, n_boot=50).patches)
    4
    """
    if "stance" in feats.columns:
        t = feats
    else:
        t = stance_table(
            feats,
            by=by,
            normalise=normalise,
            words_col=words_col,
            n_boot=n_boot,
            random_state=random_state,
        )
    normalise = t.attrs.get("normalise", normalise)
    groups = list(dict.fromkeys(t[by].astype(str)))
    stances = list(dict.fromkeys(t["stance"]))
    gn = group_sizes(t.assign(**{by: t[by].astype(str)}), by)
    ax = new_ax(ax, (min(8.0, 2.5 + 0.22 * len(groups) * len(stances)), 4.2))
    width = 0.8 / len(stances)
    x = np.arange(len(groups))
    for si, st in enumerate(stances):
        d = t[t["stance"] == st].assign(**{by: lambda z: z[by].astype(str)})
        _draw_stance(
            ax, d.set_index(by).reindex(groups), x - 0.4 + width * (si + 0.5), width, si, st
        )
    group_ticks(ax, [(g, gn.get(g, 0)) for g in groups])
    unit = "per article" if normalise == "article" else "per 1,000 words"
    title = f"Attribution verbs by stance ({unit}), {ci_label(t)} bootstrap CI"
    if (t["note"] == NOTE_N1).any():
        title += "\n(no error bar: n = 1)"
    style_axes(ax, xlabel=by, ylabel=f"attributions {unit}", title=title)
    ax.legend(
        title="stance",
        fontsize=FONT["tick"],
        title_fontsize=FONT["tick"],
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
    )
    return ax


def _draw_stance(
    ax: Any, d: pd.DataFrame, xs: np.ndarray, width: float, si: int, stance: str
) -> None:
    """One stance's bars across the groups, with CI bars where there is an interval."""
    m = d["mean"].to_numpy(dtype=float)
    lo, hi = d["ci_low"].to_numpy(dtype=float), d["ci_high"].to_numpy(dtype=float)
    # past the palette's colours, a hatch tells the stances apart (nine stances, eight colours)
    hatch = ("", "///", "...")[min(si // len(OKABE_ITO), 2)]
    bars = ax.bar(xs, np.nan_to_num(m), width, color=color(si), label=stance, hatch=hatch or None)
    if hatch:
        for b in bars:
            b.set_edgecolor("white")
    has_ci = np.isfinite(lo) & np.isfinite(hi)
    if has_ci.any():  # no bar at all (not a zero-length one) where n = 1
        ax.errorbar(
            xs[has_ci],
            m[has_ci],
            yerr=ci_error_bars(m, lo, hi)[:, has_ci],
            fmt="none",
            ecolor="#333333",
            elinewidth=1.0,
            capsize=2,
        )
