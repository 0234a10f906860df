"""How outlets cluster: the dendrogram, the PCA biplot and the similarity heatmap of
:mod:`analysis.compare.cluster` results."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from .style import (
    FONT,
    OKABE_ITO,
    add_colorbar,
    feature_label,
    group_style,
    new_ax,
    style_axes,
    wrap_label,
)

__all__ = [
    "plot_dendrogram",
    "plot_pca",
    "plot_similarity_heatmap",
    "move_off",
    "turn_inside",
    "leader_lines",
]


def plot_dendrogram(result: Any, *, ax: Any = None) -> Any:
    """Dendrogram of a :class:`analysis.compare.cluster.ClusterResult` (leaves labelled with n).

    Parameters
    ----------
    result
        Output of :func:`analysis.compare.cluster.cluster_outlets` or ``cluster_articles``.
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from analysis.compare.cluster import cluster_outlets
    >>> f = pd.DataFrame({"outlet": list("ABC"), "status": "ok", "x": [0.0, 0.1, 3.0]})
    >>> sorted(t.get_text() for t in plot_dendrogram(cluster_outlets(f)).get_yticklabels())
    ['A (n = 1)', 'B (n = 1)', 'C (n = 1)']
    """
    from scipy.cluster.hierarchy import dendrogram

    labels = result.leaf_labels
    ax = new_ax(ax, (7.0, 1.2 + 0.32 * len(labels)))
    dendrogram(
        result.linkage,
        labels=labels,
        orientation="right",
        ax=ax,
        link_color_func=lambda _k: OKABE_ITO[0],
        leaf_font_size=FONT["tick"],
    )
    n_feat = result.data.shape[1]
    title = f"Hierarchical clustering ({result.method} linkage) on {n_feat} standardised features"
    if result.dropped:
        title += f"\n({len(result.dropped)} features dropped: constant or missing)"
    xlabel = f"{result.metric} distance between standardised feature profiles"
    style_axes(ax, xlabel=xlabel, ylabel=None, title=title)
    if (np.asarray(result.n) == 1).all() and any(" (n = 1)" in s for s in labels):
        ax.set_ylabel("one article per leaf: a single article's profile", fontsize=FONT["tick"])
    else:
        ax.set_ylabel("group", fontsize=FONT["label"])
    return ax


def plot_pca(pca: Any, *, n_loadings: int = 6, ax: Any = None) -> Any:
    """PCA biplot: points (groups or articles) and the strongest feature loadings as arrows.

    Parameters
    ----------
    pca
        Output of :func:`analysis.compare.cluster.pca_biplot_data`.
    n_loadings
        Number of feature arrows (largest loadings in the PC1–PC2 plane).
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        Axis labels give each component's share of variance; arrows are scaled to the
        points' spread (their direction, not length, is what to read).

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> from analysis.compare.cluster import pca_biplot_data
    >>> f = pd.DataFrame({"outlet": list("ABC"), "status": "ok", "x": [0.0, 1.0, 3.0],
    ...                   "y": [1.0, 0.0, 2.0]})
    >>> plot_pca(pca_biplot_data(f)).get_xlabel()[:5]
    'PC1 ('
    """
    S, evr = pca.scores, pca.explained_variance_ratio
    x = S["PC1"].to_numpy(dtype=float)
    y = S["PC2"].to_numpy(dtype=float) if "PC2" in S.columns else np.zeros(len(S))
    ax = new_ax(ax, (6.5, 5.5))
    if pca.level == "article":
        _article_points(ax, S, x, y)
    else:
        _group_points(ax, S, x, y)
    tips_x, tips_y, arrow_labels = _loading_arrows(ax, pca.loadings, x, y, n_loadings)
    # room for the arrow labels and the point labels inside the axes (nothing drawn outside them)
    allx, ally = np.concatenate([x, tips_x, [0.0]]), np.concatenate([y, tips_y, [0.0]])
    padx = 0.35 * max(np.ptp(allx), 1e-9)
    pady = 0.15 * max(np.ptp(ally), 1e-9)
    ax.set_xlim(allx.min() - padx, allx.max() + padx)
    ax.set_ylim(ally.min() - pady, ally.max() + pady)
    ax.axhline(0, color="#cccccc", linewidth=0.6)
    ax.axvline(0, color="#cccccc", linewidth=0.6)
    if len(evr) > 1:
        pc2 = f"PC2 ({100 * evr[1]:.0f}% of variance)"
    else:
        pc2 = "PC2 (not defined: one component)"
    style_axes(
        ax,
        xlabel=f"PC1 ({100 * evr[0]:.0f}% of variance)",
        ylabel=pc2,
        title=f"PCA of standardised features ({pca.level} level); arrows: loadings",
    )
    if pca.level != "article":
        # the labels are placed on the finished layout: placed before the title and the axis
        # labels, the constrained layout shrank the axes afterwards and labels anchored at
        # different points ran into each other again (the review: "distancing attribution
        # verbs per 1,000 words" over the "F" of "Fox News (n = 110)")
        ax.figure.draw_without_rendering()
        # the point labels and the points themselves stay (a label that would run past the
        # right edge turns to the left of its point); the arrow labels give way
        fixed = [t for t in ax.texts if t not in arrow_labels and t.get_text()]
        turn_inside(ax, fixed)
        # a long name reaches the label of a point further along, which close-point stacking
        # (label_offsets) does not see: the later label of two that overlap moves off; and a
        # label on white above the arrows would hide an arrow head it sat on: it moves off the
        # tips too (a few steps at most, so that it still names its point)
        tips = np.column_stack([tips_x, tips_y])
        # nor may a label hide another group's marker (12 outlets: the labels of the crowded
        # middle covered the Politico and New York Times points)
        marks = np.column_stack([x, y])
        for i, label in enumerate(fixed):
            others = np.vstack([tips, np.delete(marks, i, axis=0)])
            move_off(ax, [label], fixed[:i], points=others, tries=_POINT_LABEL_TRIES)
        leader_lines(ax, fixed)
        # an arrow label gives way to the points and to the tips of the other arrows (on white
        # above the arrows, it would hide a tip it sat on)
        for j, label in enumerate(arrow_labels):
            avoid = np.vstack([np.column_stack([x, y]), np.delete(tips, j, axis=0)])
            move_off(ax, [label], fixed + arrow_labels[:j], points=avoid)
    return ax


def _article_points(ax: Any, S: pd.DataFrame, x: np.ndarray, y: np.ndarray) -> None:
    """One point per article, coloured and shaped by group, with a legend."""
    groups = list(dict.fromkeys(S["group"]))
    for gi, g in enumerate(groups):
        sel = (S["group"] == g).to_numpy()
        ax.scatter(
            x[sel],
            y[sel],
            s=22,
            color=group_style(gi)[0],
            marker=group_style(gi)[1],
            label=f"{g} (n = {int(sel.sum())})",
            alpha=0.85,
        )
    ax.legend(fontsize=FONT["tick"], frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))


def label_offsets(x: np.ndarray, y: np.ndarray, *, near: float = 0.12) -> list[tuple[int, int]]:
    """Offsets (points) of the point labels, stacked where points are close, so none overlap.

    Points closer than ``near`` times the spread of the points (in both directions) form a
    stack; the labels of a stack go one under the other, in order of ``y``.

    Examples
    --------
    >>> label_offsets(np.array([0.0, 0.01, 5.0]), np.array([0.0, 0.02, 3.0]))
    [(5, 4), (5, 15), (5, 4)]
    """
    span_x = max(float(np.ptp(x)) if len(x) else 0.0, 1e-9)
    span_y = max(float(np.ptp(y)) if len(y) else 0.0, 1e-9)
    offsets = [(5, 4)] * len(x)
    placed: list[int] = []
    for i in np.argsort(y, kind="stable"):
        close = [
            j
            for j in placed
            if abs(x[j] - x[i]) < near * span_x and abs(y[j] - y[i]) < near * span_y
        ]
        offsets[i] = (5, 4 + 11 * len(close))
        placed.append(int(i))
    return offsets


def _group_points(ax: Any, S: pd.DataFrame, x: np.ndarray, y: np.ndarray) -> None:
    """One labelled point per group (labels of close points stacked, see label_offsets)."""
    box = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}
    offsets = label_offsets(x, y)
    for i, (name, row) in enumerate(S.iterrows()):
        c, mk = group_style(i)
        ax.scatter([x[i]], [y[i]], s=50, color=c, marker=mk, zorder=3)
        ax.annotate(
            f"{name} (n = {int(row['n'])})",
            (x[i], y[i]),
            xytext=offsets[i],
            textcoords="offset points",
            fontsize=FONT["tick"],
            zorder=4,
            bbox=dict(box),
        )


#: A point label further than this (points) from where it starts, (5, 4), gets a leader line.
LEADER_AFTER = 8.0


def leader_lines(ax: Any, labels: list[Any]) -> list[Any]:
    """Draw a thin line from each label of ``labels`` (annotations in offset points) to its
    point when the label stands away from it (further than :data:`LEADER_AFTER` points from
    where it starts); return the lines (``ConnectionPatch``: not annotations, so that the
    loading arrows stay the only text-less annotations of a biplot).

    A stacked or moved label with no line named no point for sure: in a biplot of 12 outlets
    "Washington Times (n = 180)" stood between three markers.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> near = ax.annotate("A", (0, 0), xytext=(5, 4), textcoords="offset points")
    >>> far = ax.annotate("B", (0, 0), xytext=(5, 26), textcoords="offset points")
    >>> [line.xy2 for line in leader_lines(ax, [near, far])]
    [(0, 0)]
    >>> plt.close(fig)
    """
    from matplotlib.patches import ConnectionPatch
    from matplotlib.transforms import offset_copy

    lines = []
    for label in labels:
        dx, dy = label.xyann
        if float(np.hypot(abs(dx) - 5.0, dy - 4.0)) <= LEADER_AFTER:
            continue
        at_label = offset_copy(ax.transData, fig=ax.figure, x=dx, y=dy, units="points")
        line = ConnectionPatch(
            xyA=label.xy,
            coordsA=at_label,
            xyB=label.xy,
            coordsB=ax.transData,
            arrowstyle="-",
            color="#888888",
            linewidth=0.7,
            shrinkA=0,
            shrinkB=4,
            zorder=3,
        )
        ax.add_artist(line)
        lines.append(line)
    return lines


def _loading_arrows(
    ax: Any, Lo: pd.DataFrame, x: np.ndarray, y: np.ndarray, n_loadings: int
) -> tuple[list[float], list[float], list[Any]]:
    """The strongest loadings as labelled arrows scaled to the points' spread; their tips and
    their labels."""
    l1 = Lo["PC1"].to_numpy(dtype=float)
    l2 = Lo["PC2"].to_numpy(dtype=float) if "PC2" in Lo.columns else np.zeros(len(Lo))
    strength = np.hypot(l1, l2)
    idx = np.argsort(-strength, kind="stable")[:n_loadings]
    span = max(np.abs(x).max(initial=0), np.abs(y).max(initial=0), 1e-9)
    scale = 0.9 * span / max(strength[idx].max(initial=0), 1e-9)
    tips_x, tips_y, labels = [], [], []
    for j in idx:
        tx, ty = l1[j] * scale, l2[j] * scale
        ax.annotate(
            "",
            xy=(tx, ty),
            xytext=(0, 0),
            arrowprops={"arrowstyle": "->", "color": "#555555", "lw": 1.0},
        )
        # the label starts at the arrow tip and runs away from the origin, so that it does not
        # cross the arrow
        label = ax.annotate(
            wrap_label(feature_label(str(Lo.index[j])), 22),
            (tx, ty),
            xytext=(4 if tx >= 0 else -4, 3 if ty >= 0 else -3),
            textcoords="offset points",
            fontsize=FONT["annot"],
            color="#444444",
            ha="left" if tx >= 0 else "right",
            va="bottom" if ty >= 0 else "top",
            # above every arrow, on white: another arrow passing under it does not strike
            # through its words
            zorder=4,
            bbox={
                "boxstyle": "round,pad=0.1",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.85,
            },
        )
        tips_x.append(tx)
        tips_y.append(ty)
        labels.append(label)
    return tips_x, tips_y, labels


def turn_inside(ax: Any, labels: list[Any]) -> int:
    """Put each label of ``labels`` (annotations right of their point, in offset points) on the
    left of its point when it would run past the right edge of the axes; return how many turned.

    A long outlet name on the rightmost point ("The Washington Times (n = 40)") ran out of the
    biplot.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots(figsize=(3, 2)); ax.set_xlim(0, 1)
    (0.0, 1.0)
    >>> a = ax.annotate("A long outlet name (n = 40)", (0.9, 0.5), xytext=(5, 4),
    ...                 textcoords="offset points")
    >>> turn_inside(ax, [a]), a.xyann, a.get_ha()
    (1, (-5, 4), 'right')
    >>> plt.close(fig)
    """
    renderer = ax.figure.canvas.get_renderer()
    right = ax.get_window_extent(renderer).x1
    turned = 0
    for label in labels:
        dx, dy = label.xyann
        if dx >= 0 and label.get_window_extent(renderer).x1 > right:
            label.xyann = (-dx, dy)
            label.set_ha("right")
            turned += 1
    return turned


_STEP = 6.0  # points an arrow label moves per try
_TRIES = 10
_MARKER_POINTS = 5.0  # half the width of a point's marker, in points
_POINT_LABEL_TRIES = 10  # a point label moved further than a step or two gets a leader line


def move_off(
    ax: Any, movable: list[Any], fixed: list[Any], points: Any = None, *, tries: int = _TRIES
) -> int:
    """Move each label of ``movable`` (annotations in offset points) off the labels of
    ``fixed``, off the markers at ``points`` (data coordinates) and off the labels moved
    before it, staying inside the axes: the nearest of the offsets away from the origin,
    sideways or along the label's own direction, in steps of
    :data:`_STEP` points (at most ``tries``); a label with no free place stays.  Returns
    how many were moved.

    The point labels of a biplot stay where they are (they say which point is which); the
    feature labels of the arrows give way (the report review: "loaded terms per 1,000 author
    words" ran under "Townhall (n = 100)").
    """
    from matplotlib.transforms import Bbox

    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    taken = [t.get_window_extent(renderer) for t in fixed]
    r = _MARKER_POINTS * ax.figure.dpi / 72.0  # a marker's half width in pixels
    for px, py in ax.transData.transform(points) if points is not None and len(points) else ():
        taken.append(Bbox([[px - r, py - r], [px + r, py + r]]))
    moved = 0
    for label in movable:
        box = label.get_window_extent(renderer)
        if any(box.overlaps(b) for b in taken):
            free = _free_box(label, renderer, frame, taken, tries)
            moved += free is not None
            box = free or box
        taken.append(box)
    return moved


def _free_box(label: Any, renderer: Any, frame: Any, taken: list[Any], tries: int) -> Any:
    """Place ``label`` at the nearest offset (see :func:`move_off`) where its box lies inside
    ``frame`` (or reaches out of it no further than where it stood: a label at the edge may
    still move along it) and overlaps none of ``taken``; return that box, or put the label
    back and return ``None`` when there is none."""
    dx, dy = label.xyann
    sx, sy = (1.0 if dx >= 0 else -1.0), (1.0 if dy >= 0 else -1.0)
    allowed = _outside(label.get_window_extent(renderer), frame) + 0.5
    for k in range(1, tries + 1):
        step = _STEP * k
        for ox, oy in ((sx * step, sy * step), (0, sy * step), (0, -sy * step), (sx * step, 0)):
            label.xyann = (dx + ox, dy + oy)
            b = label.get_window_extent(renderer)
            if _outside(b, frame) <= allowed and not any(b.overlaps(t) for t in taken):
                return b
    label.xyann = (dx, dy)
    return None


def _outside(box: Any, frame: Any) -> float:
    """How far (pixels, summed over the four sides) ``box`` reaches out of ``frame``."""
    return (
        max(0.0, frame.x0 - box.x0)
        + max(0.0, box.x1 - frame.x1)
        + max(0.0, frame.y0 - box.y0)
        + max(0.0, box.y1 - frame.y1)
    )


def plot_similarity_heatmap(sim: pd.DataFrame, *, ax: Any = None, annotate: bool = True) -> Any:
    """Heatmap of an outlet-similarity matrix (:func:`analysis.compare.cluster.outlet_similarity`).

    Parameters
    ----------
    sim
        Square similarity DataFrame (``attrs["n"]`` and ``attrs["kind"]`` are used for labels).
    ax
        Axes to draw on.
    annotate
        Write the value in each cell.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> s = pd.DataFrame([[1.0, 0.2], [0.2, 1.0]], index=["A", "B"], columns=["A", "B"])
    >>> plot_similarity_heatmap(s).images[0].get_array().shape
    (2, 2)
    """
    kind = sim.attrs.get("kind", "features")
    n = sim.attrs.get("n", {})
    M = sim.to_numpy(dtype=float)
    lab = [f"{g} (n = {n[str(g)]})" if str(g) in n else str(g) for g in sim.index]
    # wide enough for the title beside the colour bar (the title is wrapped to the axes)
    ax = new_ax(ax, (max(5.0, 2.0 + 0.55 * len(lab)), max(4.2, 1.6 + 0.5 * len(lab))))
    if kind == "tfidf":
        im = ax.imshow(M, cmap="cividis", vmin=0, vmax=1)
        what = "TF-IDF of authorial text"
    else:
        im = ax.imshow(M, cmap="PuOr", vmin=-1, vmax=1)
        what = "standardised mean features"
    if annotate and len(lab) <= 25:
        for i in range(len(lab)):
            for j in range(len(lab)):
                v = M[i, j]
                dark = (kind == "tfidf" and v < 0.55) or (kind != "tfidf" and abs(v) > 0.6)
                ax.text(
                    j,
                    i,
                    f"{v:.2f}",
                    ha="center",
                    va="center",
                    fontsize=FONT["annot"],
                    color="white" if dark else "black",
                )
    ax.set_xticks(range(len(lab)), lab, rotation=40, ha="right")
    ax.set_yticks(range(len(lab)), lab)
    style_axes(
        ax,
        xlabel=sim.columns.name or "group",
        ylabel=sim.index.name or "group",
        title=wrap_label(f"Cosine similarity of {what}", 24),
    )
    for s in ax.spines.values():
        s.set_visible(False)
    add_colorbar(ax, im, "cosine similarity")
    return ax
