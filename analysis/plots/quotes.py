"""Quotation share: how much of each group's body text is direct quotation or scare quotes."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..compare import NOTE_N1, quote_share_table
from .style import FONT, ci_error_bars, ci_label, color, group_sizes, new_ax, style_axes

__all__ = ["plot_quote_share"]


def plot_quote_share(
    feats: Any,
    *,
    by: str = "outlet",
    direct: str = "quote_share",
    scare: str = "scare_share",
    n_boot: int = 1000,
    random_state: int | None = 0,
    ax: Any = None,
) -> Any:
    """Stacked horizontal bars: % of body words in direct quotes and in scare quotes, per group.

    Parameters
    ----------
    feats
        Feature table, or :func:`analysis.compare.quote_share_table` output.
    by, direct, scare, n_boot, random_state
        See :func:`analysis.compare.quote_share_table`.
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        Two stacked bars per group; each segment's CI is drawn at the segment's end.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd
    >>> f = pd.DataFrame({"outlet": ["A", "B"], "status": "ok", "quote_share": [0.2, 0.4],
    ...                   "scare_share": [0.0, 0.02]})
    >>> len(plot_quote_share(f, n_boot=20).patches)
    4
    """
    if "kind" in feats.columns:
        t = feats
    else:
        t = quote_share_table(
            feats, by=by, direct=direct, scare=scare, n_boot=n_boot, random_state=random_state
        )
    t = t.assign(**{by: t[by].astype(str)})
    groups = list(dict.fromkeys(t[by]))
    gn = group_sizes(t, by)
    ax = new_ax(ax, (7.0, 1.2 + 0.45 * len(groups)))
    y = np.arange(len(groups))
    left = np.zeros(len(groups))
    for ki, (kind, label) in enumerate((("direct", "direct quotation"), ("scare", "scare quotes"))):
        d = t[t["kind"] == kind].set_index(by).reindex(groups)
        m = np.nan_to_num(d["mean"].to_numpy(dtype=float))
        lo, hi = d["ci_low"].to_numpy(dtype=float), d["ci_high"].to_numpy(dtype=float)
        err = ci_error_bars(m, lo, hi)
        ax.barh(y, m, 0.6, left=left, color=color(ki), label=label)
        has_ci = np.isfinite(lo) & np.isfinite(hi)
        if has_ci.any():  # no bar at all (not a zero-length one) where n = 1
            ax.errorbar(
                (left + m)[has_ci],
                (y + (0.1 if ki else -0.1))[has_ci],
                xerr=err[:, has_ci],
                fmt="none",
                ecolor="#333333",
                elinewidth=1.0,
                capsize=2,
            )
        left = left + m
    ax.set_yticks(y, [f"{g} (n = {gn.get(g, 0)})" for g in groups])
    ax.invert_yaxis()
    title = f"Quoted words as share of body text, {ci_label(t)} bootstrap CI"
    if (t["note"] == NOTE_N1).any():
        title += "\n(no error bar: n = 1)"
    style_axes(ax, xlabel="share of body words (%)", ylabel=by, title=title)
    ax.legend(fontsize=FONT["tick"], frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax
