"""Figure of a same-event alignment: which units (rows) each outlet (column) carries, and how."""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np

from ..compare import RELATIONS, EventAlignment, truncate_text

__all__ = ["RELATION_COLOURS", "plot_alignment"]

#: Colours of the heatmap categories (colour-blind safe: Okabe-Ito blue, orange; light grey).
RELATION_COLOURS: dict[str, str] = {
    "verbatim": "#0072B2",
    "paraphrase": "#E69F00",
    "absent": "#EEEEEE",
}


def plot_alignment(
    alignment: EventAlignment,
    *,
    ax: Any = None,
    max_units: int | None = 40,
    max_len: int = 60,
    min_outlets: int = 1,
    kind: str | None = None,
    noun: str = "outlet",
) -> Any:
    """Heatmap of the alignment matrix: units (rows) x outlets (columns).

    Parameters
    ----------
    alignment
        The result of :func:`analysis.compare.align_event`.
    ax
        A matplotlib Axes to draw on; a new figure is made when ``None``.
    max_units
        Draw at most this many units (the most widely carried first); ``None`` for all.
    max_len
        Truncate unit text on the y axis to this many characters.
    min_outlets, kind
        As in :meth:`analysis.compare.EventAlignment.table`.
    noun
        What a column is (``"country"`` under ``framing report --outlet-column country``), in
        the legend's title.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> from analysis.compare import align_event
    >>> ev = align_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
    ...     "body": ["Russia wants the war to stop now.", "Russia wants the war to stop now!"]}))
    >>> ax = plot_alignment(ev)
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['A\\n(n=1)', 'B\\n(n=1)']
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap

    ids = _unit_ids(alignment, max_units=max_units, min_outlets=min_outlets, kind=kind)
    m = alignment.matrix.loc[ids]
    if len(ids):
        codes = m.replace({r: k for k, r in enumerate(RELATIONS)}).to_numpy(dtype=float)
    else:
        codes = np.zeros((0, len(alignment.outlets)))
    if ax is None:
        # sized for a report column (about 8.3 in at 110 dpi) so the labels are not scaled down
        height = max(2.5, 0.3 * len(ids) + 1.6)
        # the unit labels take about 0.06 in per character; the matrix at least 3.2 in (the
        # legend below it) and 0.85 in per outlet (its wrapped name and n)
        matrix = max(3.2, 0.85 * len(alignment.outlets))
        width = min(8.2, 0.6 + 0.06 * max_len + matrix)
        _, ax = plt.subplots(figsize=(width, height), layout="constrained")
    cmap = ListedColormap([RELATION_COLOURS[r] for r in RELATIONS])
    if len(ids) and len(alignment.outlets):
        ax.imshow(
            codes,
            cmap=cmap,
            vmin=-0.5,
            vmax=len(RELATIONS) - 0.5,
            aspect="auto",
            interpolation="nearest",
        )
    _label_axes(ax, alignment, ids, max_len=max_len)
    _legend(ax, noun)
    ax.set_ylim(len(ids) - 0.5, -0.5)
    return ax


def _unit_ids(
    alignment: EventAlignment, *, max_units: int | None, min_outlets: int, kind: str | None
) -> list[str]:
    """The ids of the units to draw, in matrix order."""
    u = alignment.units
    keep = u["n_outlets"] >= min_outlets
    if kind is not None:
        keep &= u["kind"] == kind
    ids = list(u.index[keep])
    if max_units is not None:
        ids = ids[:max_units]
    return ids


def _label_axes(ax: Any, alignment: EventAlignment, ids: list[str], *, max_len: int) -> None:
    """Outlets (with their number of units) on top, units (id, Q/S, text) on the left, grid."""
    u = alignment.units
    n_per = (alignment.matrix != "absent").sum(axis=0)
    ax.set_xticks(range(len(alignment.outlets)))
    # outlet names wrapped onto short lines, so that neighbouring column labels do not run
    # into each other
    ax.set_xticklabels(
        [
            textwrap.fill(str(o), 10, break_long_words=False) + f"\n(n={int(n_per.get(o, 0))})"
            for o in alignment.outlets
        ],
        fontsize=9,
    )
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(ids)))
    # the unit id comes first, so the rows can be matched with the tables and sentences that
    # cite them
    ax.set_yticklabels(
        [
            f"{i} {'Q' if u.at[i, 'kind'] == 'quote' else 'S'} "
            f"{truncate_text(u.at[i, 'text'], max_len)}"
            for i in ids
        ],
        fontsize=8,
    )
    ax.set_xticks(np.arange(-0.5, len(alignment.outlets), 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(ids), 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)


def _legend(ax: Any, noun: str = "outlet") -> None:
    """The relation colours, below the matrix (at its right it took the columns' width)."""
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=RELATION_COLOURS[r], edgecolor="#999999", label=r) for r in RELATIONS
    ]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.02),
        ncol=len(RELATIONS),
        frameon=False,
        fontsize=9,
        title=f"rows: Q quotation, S statement in the {noun}'s own words",
        title_fontsize=9,
    )
