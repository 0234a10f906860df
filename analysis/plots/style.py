"""What every figure shares: the colour-blind-safe palette, markers, font sizes, axes styling,
readable feature labels with their units, and how uncertainty is labelled and drawn.

Fonts are set per call (no change to global ``rcParams``).
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "largest_groups",
    "OKABE_ITO",
    "MARKERS",
    "FONT",
    "color",
    "group_style",
    "new_ax",
    "wrap_label",
    "group_ticks",
    "style_axes",
    "add_colorbar",
    "feature_unit",
    "feature_label",
    "ci_error_bars",
    "group_sizes",
    "ci_label",
]

#: Okabe & Ito (2008) colour-blind-safe qualitative palette (black last).
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
#: Marker shapes, one per group, so that groups differ by more than colour.
MARKERS: tuple[str, ...] = ("o", "s", "D", "^", "v", "P", "X", "*")
#: Font sizes (points) of titles, axis labels, tick labels and annotations.
FONT = MappingProxyType({"title": 12, "label": 11, "tick": 9, "annot": 8})


def color(i: int) -> str:
    """The ``i``-th colour of :data:`OKABE_ITO` (cycling)."""
    return OKABE_ITO[i % len(OKABE_ITO)]


def group_style(i: int) -> tuple[str, str]:
    """The colour and marker of the ``i``-th group: a pair no other of the first 64 groups has.

    Colours and markers both come in eights; cycling them together gave the ninth group the
    look of the first (the report review of a 12-outlet corpus: Breitbart News and Vox were
    both blue circles in the biplot).  The marker steps on by one every time the colours come
    round again.

    Examples
    --------
    >>> group_style(0), group_style(8)
    (('#0072B2', 'o'), ('#0072B2', 's'))
    """
    n = len(OKABE_ITO)
    return color(i), MARKERS[(i + i // n) % len(MARKERS)]


def new_ax(ax: Any, figsize: tuple[float, float]) -> Any:
    """``ax`` itself, or the Axes of a new constrained-layout figure of ``figsize`` inches."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def wrap_label(text: str, width: int) -> str:
    """Wrap a tick label onto lines of at most ``width`` characters (at spaces)."""
    import textwrap

    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def group_ticks(ax: Any, labels: list[tuple[str, int]], *, wrap: int = 10) -> None:
    """Groups and their n as x tick labels that never run into each other.

    Each label is ``name`` wrapped onto lines of ``wrap`` characters over ``(n = k)`` when its
    widest line fits the width a group has on the axes; else (many groups, long names) every
    label is one line, ``name (n = k)``, set at a slant (rising to the right above the axes
    when the ticks are on top).  ``labels`` holds ``(name, n)`` per group, in axis order.
    """
    if not labels:
        return
    x = list(range(len(labels)))
    slot = ax.figure.get_figwidth() * ax.get_position().width / len(labels)
    stacked = [f"{wrap_label(g, wrap)}\n(n = {n})" for g, n in labels]
    widest = max(len(line) for lab in stacked for line in lab.split("\n"))
    # a tick-size character is about 0.62 of the font size wide (DejaVu Sans)
    if widest * FONT["tick"] * 0.62 / 72 <= 0.9 * slot:
        ax.set_xticks(x, stacked)
        return
    top = ax.xaxis.get_ticks_position() == "top"
    ax.set_xticks(
        x,
        [f"{g} (n = {n})" for g, n in labels],
        rotation=40,
        ha="left" if top else "right",
        rotation_mode="anchor",
    )


def style_axes(
    ax: Any, *, xlabel: str | None = None, ylabel: str | None = None, title: str | None = None
) -> None:
    """Set labels and title in the shared font sizes and hide the top and right spines."""
    if xlabel is not None:
        ax.set_xlabel(xlabel, fontsize=FONT["label"])
    if ylabel is not None:
        ax.set_ylabel(ylabel, fontsize=FONT["label"])
    if title is not None:
        ax.set_title(title, fontsize=FONT["title"])
    ax.tick_params(labelsize=FONT["tick"])
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def add_colorbar(ax: Any, image: Any, label: str) -> Any:
    """A slim colour bar for a heatmap ``image`` on ``ax``, labelled in the tick font size."""
    cb = ax.figure.colorbar(image, ax=ax, fraction=0.05, pad=0.02)
    cb.set_label(label, fontsize=FONT["tick"])
    cb.ax.tick_params(labelsize=FONT["tick"])
    return cb


def feature_unit(name: str) -> str:
    """Unit of a feature column, from the naming conventions of the feature table.

    Parameters
    ----------
    name
        Feature column name.

    Returns
    -------
    str
        ``"per 1,000 words"`` (``rate_*``), ``"% of words"`` (``*_pct``), ``"share of words
        (0–1)"`` (``*_share``),
        ``"count per article"`` (``n_*``), else ``"index value"``.

    Examples
    --------
    >>> feature_unit("rate_loaded_author"), feature_unit("n_direct_quotes")
    ('per 1,000 words', 'count per article')
    """
    if name.startswith("rate_"):
        return "per 1,000 words"
    if name.endswith("_pct"):
        return "% of words"
    if name.endswith("_share") or "_share_" in name:
        return "share of words (0–1)"
    if name.startswith("n_"):
        return "count per article"
    return "index value"


_FAMILY_LABELS = MappingProxyType(
    {
        "loaded": "loaded terms",
        "hedge": "hedges",
        "booster": "boosters",
        "evidential": "evidentials",
        "quantifier": "vague quantifiers",
        "violence": "violence terms",
        "naming": "naming variants",
        "scare": "scare quotes",
    }
)
_READABILITY_LABELS = MappingProxyType(
    {
        "flesch_reading_ease": "Flesch reading ease",
        "flesch_kincaid_grade": "Flesch–Kincaid grade",
        "gunning_fog": "Gunning fog",
        "smog_index": "SMOG",
        "coleman_liau_index": "Coleman–Liau",
        "dale_chall": "Dale–Chall",
        "automated_readability_index": "ARI",
    }
)


def feature_label(name: str) -> str:
    """A readable label for a feature column (for axis ticks), from the feature-table naming
    conventions.

    Parameters
    ----------
    name
        Feature column name.

    Returns
    -------
    str
        ``rate_<family>_<voice>`` -> ``"<family> per 1,000 <voice> words"``; ``quote_share`` /
        ``scare_share``; ``readability_<index>[_author]``; ``n_attributions_<stance>``; other
        names with underscores replaced by spaces.

    Examples
    --------
    >>> feature_label("rate_loaded_author")
    'loaded terms per 1,000 author words'
    >>> feature_label("readability_flesch_reading_ease_author")
    'Flesch reading ease (author text)'
    >>> feature_label("quote_share"), feature_label("n_attributions_distancing")
    ('share of words in direct quotations', 'distancing attribution verbs')
    """
    if name == "quote_share":
        return "share of words in direct quotations"
    if name == "scare_share":
        return "share of words in scare quotes"
    if name.endswith("_share_pct"):
        return feature_label(name.removesuffix("_pct")) + " (%)"
    m = re.fullmatch(r"rate_attributions_(.+)", name)
    if m:
        return f"{m.group(1).replace('_', ' ')} attribution verbs per 1,000 words"
    m = re.fullmatch(r"rate_(.+)_(author|quoted|all)", name)
    if m:
        fam = _FAMILY_LABELS.get(m.group(1), m.group(1).replace("_", " "))
        voice = "" if m.group(2) == "all" else f"{m.group(2)} "
        return f"{fam} per 1,000 {voice}words"
    m = re.fullmatch(r"readability_(.+?)(_author)?", name)
    if m and m.group(1) in _READABILITY_LABELS:
        return _READABILITY_LABELS[m.group(1)] + (" (author text)" if m.group(2) else "")
    m = re.fullmatch(r"n_attributions_(.+)", name)
    if m:
        return f"{m.group(1).replace('_', ' ')} attribution verbs"
    return name.replace("_", " ")


def ci_error_bars(mean: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Asymmetric error-bar array (2 x k); 0 where the CI is NaN (no bar drawn)."""
    lo_e = np.where(np.isnan(lo), 0.0, mean - lo)
    hi_e = np.where(np.isnan(hi), 0.0, hi - mean)
    return np.vstack([np.clip(lo_e, 0, None), np.clip(hi_e, 0, None)])


def group_sizes(table: pd.DataFrame, by: str) -> dict[str, int]:
    """Articles behind each group of a summary table (its largest ``n``), for ``(n = k)`` labels."""
    return {str(g): int(v) for g, v in table.groupby(by, sort=False)["n"].max().items()}


def largest_groups(groups: list[str], sizes: pd.Series, n: int) -> list[str]:
    """The ``n`` groups of ``groups`` with the largest ``sizes`` (ties by name), in their order.

    More lines or blocks than :data:`OKABE_ITO` has colours cannot be told apart; plots draw
    the largest groups and say so.

    Examples
    --------
    >>> largest_groups(["c", "a", "b"], pd.Series({"a": 5, "b": 9, "c": 5}), 2)
    ['a', 'b']
    """
    ranked = sorted(groups, key=lambda g: (-float(sizes.get(g, 0)), g))[:n]
    keep = set(ranked)
    return [g for g in groups if g in keep]


def ci_label(table: pd.DataFrame) -> str:
    """The confidence level of a summary table as a title shows it (``"95%"``, as the captions)."""
    return f"{round(100 * float(table.attrs.get('ci', 0.95)))}%"
