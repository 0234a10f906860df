"""Naming variants: which form of each contested name (Kyiv/Kiev …) each group uses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..compare import naming_matrix
from ..errors import FramingError
from ..text.plural import plural
from .style import FONT, add_colorbar, group_ticks, new_ax, style_axes

__all__ = ["plot_naming_matrix", "naming_caption"]


def plot_naming_matrix(
    feats: Any, *, by: str = "outlet", groups: Sequence[str] | None = None, ax: Any = None
) -> Any:
    """Heatmap of naming variants (rows) by group (columns), authorial voice.

    Variants are rows so that their labels read horizontally and the figure grows in height,
    not width, with the number of variants (it stays legible in a report column).

    Parameters
    ----------
    feats
        Feature table with ``naming_*`` columns, or the output of
        :func:`analysis.compare.naming_matrix`.
    by
        Grouping column.
    groups
        Naming groups to show (see :func:`analysis.compare.naming_matrix`).
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        One cell per (variant, group): colour = share of the group's articles using the
        variant in their own words, annotated ``k/n``.  Rows are labelled ``group: form``
        (e.g. ``kyiv: Kiev``), columns ``outlet (n = k)``.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> f = pd.DataFrame({"outlet": ["A", "B", "C"], "status": "ok",
    ...                   "naming_kyiv": ["Kyiv", "Kiev", "Kiev"]})
    >>> plot_naming_matrix(f).images[0].get_array().shape  # 2 variants x 3 outlets
    (2, 3)
    """
    is_matrix = {"naming", "form", "n_articles"} <= set(feats.columns)
    m = feats if is_matrix else naming_matrix(feats, by=by, groups=groups)
    if m.empty:
        raise FramingError("no article uses any naming variant: nothing to plot")
    # the group's key in words: "war_name" -> "war name", "donbas_entities" -> "donbas entities"
    m = m.assign(row=m["naming"].str.replace("_", " ") + ": " + m["form"])
    rows = list(dict.fromkeys(m["row"]))
    groups = list(dict.fromkeys(m[by]))
    share = m.pivot(index="row", columns=by, values="share").reindex(index=rows, columns=groups)
    k = m.pivot(index="row", columns=by, values="n_articles").reindex(index=rows, columns=groups)
    n = m.groupby(by, sort=False)["n_total"].first().reindex(groups)
    col = "n_mentioning" if "n_mentioning" in m.columns else "n_total"
    men = m.pivot(index="row", columns=by, values=col).reindex(index=rows, columns=groups)
    ax = new_ax(ax, (min(8.0, 3.2 + 0.85 * len(groups)), 1.6 + 0.3 * len(rows)))
    im = ax.imshow(share.to_numpy(dtype=float), cmap="cividis", vmin=0, vmax=1, aspect="auto")
    _annotate_counts(ax, share, k, men)
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    group_ticks(ax, [(g, int(n[g])) for g in groups])
    ax.set_yticks(range(len(rows)), rows)
    # a thin white line between naming groups (kyiv | luhansk | ...)
    names = [r.split(": ", 1)[0] for r in rows]
    for i in range(1, len(rows)):
        if names[i] != names[i - 1]:
            ax.axhline(i - 0.5, color="white", linewidth=2.5)
    style_axes(
        ax,
        xlabel=by,
        ylabel="naming group: form",
        title="Naming variants in the outlet's own words (share of articles naming it, k/n)",
    )
    for s in ax.spines.values():
        s.set_visible(False)
    add_colorbar(ax, im, "share of articles naming it (0–1)")
    return ax


def _annotate_counts(ax: Any, share: pd.DataFrame, k: pd.DataFrame, n: pd.DataFrame) -> None:
    """Write ``k/n`` in every cell (``n``: the articles naming the entity), dark on light cells
    and light on dark ones."""
    for i in range(share.shape[0]):
        for j in range(share.shape[1]):
            v = share.iat[i, j]
            ax.text(
                j,
                i,
                f"{int(k.iat[i, j])}/{int(n.iat[i, j])}",
                ha="center",
                va="center",
                fontsize=FONT["annot"],
                color="black" if (not np.isnan(v) and v > 0.6) else "white",
            )


def naming_caption(by: str = "outlet") -> str:
    """The caption of :func:`plot_naming_matrix`: what a cell's share and its ``k/n`` count.

    ``n`` is the group's articles that name the entity in their own voice, not all its usable
    articles (the column header's n): report 03 said "the share of the outlet's usable
    articles", and CNN's "ISIS 20/20" under "CNN (Web News) (n = 100)" read as a contradiction
    (the report review of round 28).

    Examples
    --------
    >>> naming_caption().split(". ")[0]
    'Rows: naming group and form; columns: outlets; the n under each outlet is its usable articles'
    """
    return (
        f"Rows: naming group and form; columns: {plural(by)}; the n under each {by} is its usable "
        f"articles. Each cell is k/n: of the n articles of the {by} that name the group in their "
        "own voice, the k that use that form (the colour is k/n); an article that uses two forms "
        "counts for both."
    )
