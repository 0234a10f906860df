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
    add_colorbar,
    ci_error_bars,
    ci_label,
    color,
    group_sizes,
    group_ticks,
    new_ax,
    style_axes,
)

__all__ = ["plot_stance_bars", "MAX_BAR_GROUPS"]

#: More groups than this are drawn as a grid of numbers (groups x stances), not as bars: with
#: 12 outlets and nine stances, 108 bars under one "neutral" scale left every other stance a
#: sliver (report 03 of a 12-outlet AllSides sample).
MAX_BAR_GROUPS = 6


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
    unit = "per article" if normalise == "article" else "per 1,000 words"
    if len(groups) > MAX_BAR_GROUPS:
        return _stance_grid(t, by=by, groups=groups, stances=stances, sizes=gn, unit=unit, ax=ax)
    ax = new_ax(ax, (min(8.0, 2.5 + 0.22 * len(groups) * len(stances)), 4.2))
    width = 0.8 / len(stances)
    x = np.arange(len(groups))
    for si, st in enumerate(stances):
        d = t[t["stance"] == st].assign(**{by: lambda z: z[by].astype(str)})
        _draw_stance(
            ax, d.set_index(by).reindex(groups), x - 0.4 + width * (si + 0.5), width, si, st
        )
    group_ticks(ax, [(g, gn.get(g, 0)) for g in groups])
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


def _stance_grid(
    t: pd.DataFrame,
    *,
    by: str,
    groups: list[str],
    stances: list[str],
    sizes: dict[str, int],
    unit: str,
    ax: Any,
) -> Any:
    """Groups (rows) by stances (columns): each cell the mean with its interval below it,
    shaded by the mean as a share of the stance's highest group, so that the groups compare
    within a stance however rare the stance is."""
    cell = t.assign(**{by: t[by].astype(str)}).set_index([by, "stance"])
    grid = {k: cell[k].unstack("stance").reindex(index=groups, columns=stances) for k in _CELL}
    mean = grid["mean"].to_numpy(dtype=float)
    top = np.nanmax(np.where(np.isnan(mean), -np.inf, mean), axis=0)
    shade = np.divide(mean, top, out=np.zeros_like(mean), where=top > 0)
    ax = new_ax(ax, (1.6 + 0.85 * len(stances), 1.3 + 0.42 * len(groups)))
    from matplotlib.colors import LinearSegmentedColormap

    # the light two thirds of "Blues": black numbers stay legible on the darkest cell
    light = LinearSegmentedColormap.from_list(
        "stance", matplotlib_blues(np.linspace(0.0, 0.65, 64)).tolist()
    )
    image = ax.imshow(shade, aspect="auto", cmap=light, vmin=0.0, vmax=1.0)
    for i in range(len(groups)):
        for j in range(len(stances)):
            lo, hi = grid["ci_low"].iat[i, j], grid["ci_high"].iat[i, j]
            text = "–" if np.isnan(mean[i, j]) else _short(mean[i, j])
            if not (np.isnan(lo) or np.isnan(hi)):
                text += f"\n[{_short(lo)}–{_short(hi)}]"
            ax.text(j, i, text, ha="center", va="center", fontsize=FONT["annot"] - 1)
    ax.set_xticks(range(len(stances)), stances, rotation=30, ha="left", rotation_mode="anchor")
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(groups)), [f"{g} (n = {sizes.get(g, 0)})" for g in groups])
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    style_axes(
        ax,
        title=f"Attribution verbs by stance ({unit}): mean [{ci_label(t)} bootstrap CI]",
    )
    for side in ax.spines.values():
        side.set_visible(False)
    add_colorbar(ax, image, "share of the stance's highest mean")
    return ax


def _short(v: float) -> str:
    """Three significant digits at most for a cell: 0.43, 4.81, 18.4 (an interval of two
    five-character numbers ran into the next cell)."""
    return f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"


def matplotlib_blues(x: np.ndarray) -> np.ndarray:
    """RGBA colours of matplotlib's "Blues" colour map at ``x`` (0-1)."""
    import matplotlib

    return matplotlib.colormaps["Blues"](x)


#: The columns of a stance table a grid cell shows.
_CELL = ("mean", "ci_low", "ci_high")
