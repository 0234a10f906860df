"""Figures for outlet comparison: every ``plot_x(data, *, ax=None)`` returns a matplotlib Axes.

Conventions

* Plot functions never call ``show()`` or ``savefig()``; :func:`save_figure` writes
  ``figures/NAME.png``, ``NAME.svg`` and ``NAME.csv`` (the plotted numbers) deterministically.
* Every figure labels its axes with units, puts the number of articles behind each group in
  its label (``"RT (n = 1)"``), shows uncertainty where there is any (95 % bootstrap CIs as
  error bars) and says so when there is none (n = 1), and uses the Okabe–Ito colour-blind-safe
  palette (sequential/diverging maps: ``cividis``, ``PuOr``).
* Fonts are set per call (no change to global ``rcParams``).
* The tables behind the derived figures are public (:func:`naming_matrix`,
  :func:`stance_table`, :func:`quote_share_table`) so they can be saved next to the figure.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from analysis.compare import outlet_summary
>>> feats = pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok", "quote_share": [0.1, 0.3, 0.2]})
>>> ax = plot_feature_profile(outlet_summary(feats, n_boot=100))
>>> ax.get_xlabel()
'share of words (0–1)'
"""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Sequence

import numpy as np
import pandas as pd

from ..compare import NOTE_N1, ok_rows, outlet_summary
from ..errors import FramingError

__all__ = [
    "OKABE_ITO",
    "feature_unit",
    "feature_label",
    "naming_matrix",
    "stance_table",
    "quote_share_table",
    "plot_feature_profile",
    "plot_naming_matrix",
    "plot_stance_bars",
    "plot_quote_share",
    "plot_distinguishing_terms",
    "plot_dendrogram",
    "plot_pca",
    "plot_similarity_heatmap",
    "save_figure",
]

#: Okabe & Ito (2008) colour-blind-safe qualitative palette (black last).
OKABE_ITO: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                              "#F0E442", "#000000")
_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "*")
FONT = MappingProxyType({"title": 12, "label": 11, "tick": 9, "annot": 8})


def _color(i: int) -> str:
    return OKABE_ITO[i % len(OKABE_ITO)]


def _new_ax(ax: Any, figsize: tuple[float, float]) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _wrap(text: str, width: int) -> str:
    """Wrap a tick label onto lines of at most ``width`` characters (at spaces)."""
    import textwrap

    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def _style(ax: Any, *, xlabel: str | None = None, ylabel: str | None = None, title: str | None = None) -> None:
    if xlabel is not None:
        ax.set_xlabel(xlabel, fontsize=FONT["label"])
    if ylabel is not None:
        ax.set_ylabel(ylabel, fontsize=FONT["label"])
    if title is not None:
        ax.set_title(title, fontsize=FONT["title"])
    ax.tick_params(labelsize=FONT["tick"])
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def feature_unit(name: str) -> str:
    """Unit of a feature column, from the naming conventions of the feature table.

    Parameters
    ----------
    name
        Feature column name.

    Returns
    -------
    str
        ``"per 1,000 words"`` (``rate_*``), ``"share of words (0–1)"`` (``*_share``),
        ``"count per article"`` (``n_*``), else ``"index value"``.

    Examples
    --------
    >>> feature_unit("rate_loaded_author"), feature_unit("n_direct_quotes")
    ('per 1,000 words', 'count per article')
    """
    if name.startswith("rate_"):
        return "per 1,000 words"
    if name.endswith("_share") or "_share_" in name:
        return "share of words (0–1)"
    if name.startswith("n_"):
        return "count per article"
    return "index value"


_FAMILY_LABELS = MappingProxyType({
    "loaded": "loaded terms", "hedge": "hedges", "booster": "boosters", "evidential": "evidentials",
    "naming": "naming variants", "scare": "scare quotes",
})
_READABILITY_LABELS = MappingProxyType({
    "flesch_reading_ease": "Flesch reading ease", "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning fog", "smog_index": "SMOG", "coleman_liau_index": "Coleman–Liau",
    "dale_chall": "Dale–Chall", "automated_readability_index": "ARI",
})


def feature_label(name: str) -> str:
    """A readable label for a feature column (for axis ticks), from the feature-table naming conventions.

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
    >>> feature_label("rate_loaded_author"), feature_label("readability_flesch_reading_ease_author")
    ('loaded terms per 1,000 author words', 'Flesch reading ease (author text)')
    >>> feature_label("quote_share"), feature_label("n_attributions_distancing")
    ('share of words in direct quotations', 'distancing attribution verbs')
    """
    if name == "quote_share":
        return "share of words in direct quotations"
    if name == "scare_share":
        return "share of words in scare quotes"
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


def _ci_err(mean: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Asymmetric error-bar array (2 x k); 0 where the CI is NaN (no bar drawn)."""
    lo_e = np.where(np.isnan(lo), 0.0, mean - lo)
    hi_e = np.where(np.isnan(hi), 0.0, hi - mean)
    return np.vstack([np.clip(lo_e, 0, None), np.clip(hi_e, 0, None)])


def _group_n(table: pd.DataFrame, by: str) -> dict[str, int]:
    return {str(g): int(v) for g, v in table.groupby(by, sort=False)["n"].max().items()}


def _ci_level(table: pd.DataFrame) -> str:
    return f"{round(100 * float(table.attrs.get('ci', 0.95)))} %"


# --------------------------------------------------------------------------------------------
# feature profile
# --------------------------------------------------------------------------------------------


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
        (:func:`feature_label`), not with their column names.

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
    feats = list(dict.fromkeys(summary["feature"])) if features is None else list(features)
    missing = [f for f in feats if f not in set(summary["feature"])]
    if missing:
        raise FramingError(f"features not in the summary: {missing}")
    if not feats:
        raise FramingError("nothing to plot: the summary has no features")
    data = summary[summary["feature"].isin(feats)]
    groups = list(dict.fromkeys(data[by].astype(str)))
    gn = _group_n(data.assign(**{by: data[by].astype(str)}), by)
    ax = _new_ax(ax, (7.0, 1.0 + 0.35 * len(feats) * max(1, len(groups)) ** 0.5 + 0.4 * len(feats)))
    ypos = {f: i for i, f in enumerate(feats)}
    width = 0.8
    step = width / max(1, len(groups))
    any_n1 = False
    handles: list[Any] = []
    labels: list[str] = []
    for gi, g in enumerate(groups):
        d = data[data[by].astype(str) == g].set_index("feature").reindex(feats)
        y = np.array([ypos[f] for f in feats]) - width / 2 + step * (gi + 0.5)
        m = d["mean"].to_numpy(dtype=float)
        lo, hi = d["ci_low"].to_numpy(dtype=float), d["ci_high"].to_numpy(dtype=float)
        has_ci = ~np.isnan(lo)
        color, marker = _color(gi), _MARKERS[gi % len(_MARKERS)]
        label = f"{g} (n = {gn.get(g, 0)})"
        handle = None
        if has_ci.any():
            handle = ax.errorbar(m[has_ci], y[has_ci], xerr=_ci_err(m, lo, hi)[:, has_ci], fmt=marker, color=color,
                                 ecolor=color, elinewidth=1.4, capsize=3, markersize=6, label=label)
        if (~has_ci).any():
            any_n1 = True
            (line,) = ax.plot(m[~has_ci], y[~has_ci], marker, markerfacecolor="white", markeredgecolor=color,
                              markeredgewidth=1.5, markersize=6, linestyle="none")
            handle = handle or line
        handles.append(handle)
        labels.append(label)
    ax.set_yticks(range(len(feats)), [_wrap(names.get(f) or feature_label(f), 28) for f in feats])
    ax.invert_yaxis()
    units = {feature_unit(f) for f in feats}
    xlabel = units.pop() if len(units) == 1 else "mean per article (units differ between features)"
    title = f"Mean per article with {_ci_level(summary)} bootstrap CI"
    if any_n1:
        title += "\n(hollow: n = 1, no CI can be estimated)"
    _style(ax, xlabel=xlabel, ylabel="feature", title=title)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(handles, labels, title=by, fontsize=FONT["tick"], title_fontsize=FONT["tick"], frameon=False,
              loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax


# --------------------------------------------------------------------------------------------
# naming matrix
# --------------------------------------------------------------------------------------------


def naming_matrix(feats: Any, *, by: str = "outlet", groups: Sequence[str] | None = None) -> pd.DataFrame:
    """Which naming variants each group uses in its own voice: counts and shares of articles.

    Parameters
    ----------
    feats
        Feature table with ``naming_<group>`` string columns (``"Kyiv"``, ``"Kiev"``,
        ``"both"`` or ``"none"``) and, when present, ``naming_<group>_forms`` (every form the
        article uses, joined with ``"+"``, e.g. ``"Zelensky+Zelenskiy"``).  With a
        ``_forms`` column each form is counted separately (an article using two forms counts
        for both); without it the label column is used as is (with ``both``).  Rows with
        ``status != "ok"`` are excluded.
    by
        Grouping column.
    groups
        Naming groups to include (e.g. ``["kyiv", "zelensky"]``); default all that occur.

    Returns
    -------
    pandas.DataFrame
        Long: ``<by>``, ``naming`` (e.g. ``kyiv``), ``form``, ``n_articles`` (articles of the
        group whose authorial text uses that form), ``n_total`` (usable articles of the
        group), ``share``.  ``"none"`` is not a form; naming groups no article uses are left
        out; forms are sorted (``both`` last).

    Examples
    --------
    >>> f = pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok", "naming_kyiv": ["Kyiv", "none", "Kiev"]})
    >>> naming_matrix(f)[["outlet", "form", "n_articles", "n_total"]].values.tolist()
    [['A', 'Kiev', 0, 2], ['A', 'Kyiv', 1, 2], ['B', 'Kiev', 1, 1], ['B', 'Kyiv', 0, 1]]
    >>> f["naming_kyiv_forms"] = ["Kyiv+Kiev", "", "Kiev"]
    >>> naming_matrix(f)[["outlet", "form", "n_articles"]].values.tolist()
    [['A', 'Kiev', 1], ['A', 'Kyiv', 1], ['B', 'Kiev', 1], ['B', 'Kyiv', 0]]
    """
    ok, _ = ok_rows(feats, by=by)
    names = [c[len("naming_"):] for c in ok.columns if c.startswith("naming_") and not c.endswith("_forms")]
    if groups is not None:
        unknown = [g for g in groups if g not in names]
        if unknown:
            raise FramingError(f"no naming_* column for {unknown}; available: {names}")
        names = list(groups)
    if not names:
        raise FramingError("the feature table has no naming_* columns (naming variants)")
    n_total = ok.groupby(by, sort=True).size()
    rows = []
    for name in names:
        fcol = f"naming_{name}_forms"
        if fcol in ok.columns:
            sets = [frozenset(x for x in v.split("+") if x and x != "none") if isinstance(v, str) else frozenset()
                    for v in ok[fcol]]
        else:
            sets = [frozenset() if (not isinstance(v, str) or v in ("", "none")) else frozenset([v])
                    for v in ok[f"naming_{name}"]]
        forms = sorted(set().union(*sets) - {"both"}) + (["both"] if any("both" in x for x in sets) else [])
        if not forms:
            continue
        grp = ok[by].to_numpy()
        for g in n_total.index:
            mine = [x for x, gg in zip(sets, grp) if gg == g]
            for form in forms:
                k = sum(form in x for x in mine)
                rows.append({by: str(g), "naming": name, "form": form, "n_articles": int(k),
                             "n_total": int(n_total[g]), "share": k / n_total[g] if n_total[g] else np.nan})
    return pd.DataFrame(rows, columns=[by, "naming", "form", "n_articles", "n_total", "share"])


def plot_naming_matrix(feats: Any, *, by: str = "outlet", groups: Sequence[str] | None = None, ax: Any = None) -> Any:
    """Heatmap of naming variants (rows) by group (columns), authorial voice.

    Variants are rows so that their labels read horizontally and the figure grows in height,
    not width, with the number of variants (it stays legible in a report column).

    Parameters
    ----------
    feats
        Feature table with ``naming_*`` columns, or the output of :func:`naming_matrix`.
    by
        Grouping column.
    groups
        Naming groups to show (see :func:`naming_matrix`).
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
    >>> f = pd.DataFrame({"outlet": ["A", "B", "C"], "status": "ok", "naming_kyiv": ["Kyiv", "Kiev", "Kiev"]})
    >>> plot_naming_matrix(f).images[0].get_array().shape  # 2 variants x 3 outlets
    (2, 3)
    """
    m = feats if {"naming", "form", "n_articles"} <= set(feats.columns) else naming_matrix(feats, by=by, groups=groups)
    if m.empty:
        raise FramingError("no article uses any naming variant: nothing to plot")
    m = m.assign(row=m["naming"] + ": " + m["form"])
    rows = list(dict.fromkeys(m["row"]))
    groups = list(dict.fromkeys(m[by]))
    share = m.pivot(index="row", columns=by, values="share").reindex(index=rows, columns=groups)
    k = m.pivot(index="row", columns=by, values="n_articles").reindex(index=rows, columns=groups)
    n = m.groupby(by, sort=False)["n_total"].first().reindex(groups)
    ax = _new_ax(ax, (min(8.0, 3.2 + 0.85 * len(groups)), 1.6 + 0.3 * len(rows)))
    im = ax.imshow(share.to_numpy(dtype=float), cmap="cividis", vmin=0, vmax=1, aspect="auto")
    for i in range(len(rows)):
        for j in range(len(groups)):
            v = share.iat[i, j]
            ax.text(j, i, f"{int(k.iat[i, j])}/{int(n.iat[j])}", ha="center", va="center", fontsize=FONT["annot"],
                    color="black" if (not np.isnan(v) and v > 0.6) else "white")
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    ax.set_xticks(range(len(groups)), [f"{_wrap(g, 10)}\n(n = {int(n[g])})" for g in groups])
    ax.set_yticks(range(len(rows)), rows)
    # a thin white line between naming groups (kyiv | luhansk | ...)
    names = [r.split(": ", 1)[0] for r in rows]
    for i in range(1, len(rows)):
        if names[i] != names[i - 1]:
            ax.axhline(i - 0.5, color="white", linewidth=2.5)
    _style(ax, xlabel=by, ylabel="naming group: form",
           title="Naming variants in the outlet's own words (share of articles, k/n)")
    for s in ax.spines.values():
        s.set_visible(False)
    cb = ax.figure.colorbar(im, ax=ax, fraction=0.05, pad=0.02)
    cb.set_label("share of articles (0–1)", fontsize=FONT["tick"])
    cb.ax.tick_params(labelsize=FONT["tick"])
    return ax


# --------------------------------------------------------------------------------------------
# attribution stance
# --------------------------------------------------------------------------------------------


def stance_table(
    feats: Any,
    *,
    by: str = "outlet",
    normalise: str = "article",
    words_col: str = "n_words",
    n_boot: int = 1000,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Attribution verbs by stance per group: mean per article (or per 1,000 words) with CIs.

    Parameters
    ----------
    feats
        Feature table with ``n_attributions_<stance>`` columns.
    by
        Grouping column.
    normalise
        ``"article"`` (attributions per article) or ``"1000 words"`` (per 1,000 words of the
        article, using ``words_col``).
    words_col
        Word-count column for ``normalise="1000 words"``.
    n_boot, random_state
        Bootstrap settings passed to :func:`analysis.compare.outlet_summary`.

    Returns
    -------
    pandas.DataFrame
        ``outlet_summary`` long table with an extra ``stance`` column.

    Examples
    --------
    >>> f = pd.DataFrame({"outlet": ["A", "A"], "status": "ok", "n_attributions_neutral": [2, 4],
    ...                   "n_attributions_distancing": [0, 1]})
    >>> stance_table(f, n_boot=50)[["stance", "mean"]].values.tolist()
    [['neutral', 3.0], ['distancing', 0.5]]
    """
    ok, _ = ok_rows(feats, by=by)
    cols = [c for c in feats.columns if c.startswith("n_attributions_")]
    if not cols:
        raise FramingError("the feature table has no n_attributions_<stance> columns")
    if normalise not in ("article", "1000 words"):
        raise FramingError(f"normalise must be 'article' or '1000 words', not {normalise!r}")
    data = feats[[by, "status", *cols]] if "status" in feats.columns else feats[[by, *cols]]
    data = data.copy()
    if normalise == "1000 words":
        if words_col not in feats.columns:
            raise FramingError(f"normalise='1000 words' needs the word-count column {words_col!r}")
        w = feats[words_col].astype(float).where(feats[words_col] > 0)
        data[cols] = data[cols].astype(float).div(w, axis=0) * 1000
    s = outlet_summary(data, by=by, features=cols, n_boot=n_boot, random_state=random_state)
    s.insert(2, "stance", s["feature"].str[len("n_attributions_"):])
    s.attrs["normalise"] = normalise
    return s


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
        Feature table with ``n_attributions_<stance>`` columns, or :func:`stance_table` output.
    by, normalise, words_col, n_boot, random_state
        See :func:`stance_table`.
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        Groups on the x axis (labelled with n), one bar per stance (colour), CI error bars.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> f = pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok", "n_attributions_neutral": [2, 4, 1],
    ...                   "n_attributions_distancing": [0, 1, 3]})
    >>> len(plot_stance_bars(f, n_boot=50).patches)
    4
    """
    t = feats if "stance" in feats.columns else stance_table(
        feats, by=by, normalise=normalise, words_col=words_col, n_boot=n_boot, random_state=random_state)
    normalise = t.attrs.get("normalise", normalise)
    groups = list(dict.fromkeys(t[by].astype(str)))
    stances = list(dict.fromkeys(t["stance"]))
    gn = _group_n(t.assign(**{by: t[by].astype(str)}), by)
    ax = _new_ax(ax, (min(8.0, 2.5 + 0.22 * len(groups) * len(stances)), 4.2))
    width = 0.8 / len(stances)
    x = np.arange(len(groups))
    for si, st in enumerate(stances):
        d = t[t["stance"] == st].assign(**{by: lambda z: z[by].astype(str)}).set_index(by).reindex(groups)
        m = d["mean"].to_numpy(dtype=float)
        lo, hi = d["ci_low"].to_numpy(dtype=float), d["ci_high"].to_numpy(dtype=float)
        xs = x - 0.4 + width * (si + 0.5)
        ax.bar(xs, np.nan_to_num(m), width, color=_color(si), label=st)
        has_ci = np.isfinite(lo) & np.isfinite(hi)
        if has_ci.any():  # no bar at all (not a zero-length one) where n = 1
            ax.errorbar(xs[has_ci], m[has_ci], yerr=_ci_err(m, lo, hi)[:, has_ci], fmt="none", ecolor="#333333",
                        elinewidth=1.0, capsize=2)
    ax.set_xticks(x, [f"{g}\n(n = {gn.get(g, 0)})" for g in groups])
    unit = "per article" if normalise == "article" else "per 1,000 words"
    title = f"Attribution verbs by stance ({unit}), {_ci_level(t)} bootstrap CI"
    if (t["note"] == NOTE_N1).any():
        title += "\n(no error bar: n = 1)"
    _style(ax, xlabel=by, ylabel=f"attributions {unit}", title=title)
    ax.legend(title="stance", fontsize=FONT["tick"], title_fontsize=FONT["tick"], frameon=False,
              loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax


# --------------------------------------------------------------------------------------------
# quote share
# --------------------------------------------------------------------------------------------


def quote_share_table(
    feats: Any,
    *,
    by: str = "outlet",
    direct: str = "quote_share",
    scare: str = "scare_share",
    n_boot: int = 1000,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Share of body words in direct quotations and in scare quotes per group, in percent, with CIs.

    Parameters
    ----------
    feats
        Feature table with the ``direct`` and ``scare`` share columns (0–1).
    by
        Grouping column.
    direct, scare
        Column names.
    n_boot, random_state
        Bootstrap settings.

    Returns
    -------
    pandas.DataFrame
        ``outlet_summary`` long table (``mean``, ``ci_low``, ``ci_high`` in percent) with a
        ``kind`` column (``direct`` / ``scare``).

    Examples
    --------
    >>> f = pd.DataFrame({"outlet": ["A", "A"], "status": "ok", "quote_share": [0.2, 0.4], "scare_share": [0.0, 0.02]})
    >>> quote_share_table(f, n_boot=50)[["kind", "mean"]].round(6).values.tolist()
    [['direct', 30.0], ['scare', 1.0]]
    """
    s = outlet_summary(feats, by=by, features=[direct, scare], n_boot=n_boot, random_state=random_state)
    for c in ("mean", "sd", "ci_low", "ci_high"):
        s[c] = s[c] * 100.0
    s.insert(2, "kind", s["feature"].map({direct: "direct", scare: "scare"}))
    return s


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
        Feature table, or :func:`quote_share_table` output.
    by, direct, scare, n_boot, random_state
        See :func:`quote_share_table`.
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        Two stacked bars per group; each segment's CI is drawn at the segment's end.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> f = pd.DataFrame({"outlet": ["A", "B"], "status": "ok", "quote_share": [0.2, 0.4], "scare_share": [0.0, 0.02]})
    >>> len(plot_quote_share(f, n_boot=20).patches)
    4
    """
    t = feats if "kind" in feats.columns else quote_share_table(
        feats, by=by, direct=direct, scare=scare, n_boot=n_boot, random_state=random_state)
    t = t.assign(**{by: t[by].astype(str)})
    groups = list(dict.fromkeys(t[by]))
    gn = _group_n(t, by)
    ax = _new_ax(ax, (7.0, 1.2 + 0.45 * len(groups)))
    y = np.arange(len(groups))
    left = np.zeros(len(groups))
    for ki, (kind, label) in enumerate((("direct", "direct quotation"), ("scare", "scare quotes"))):
        d = t[t["kind"] == kind].set_index(by).reindex(groups)
        m = np.nan_to_num(d["mean"].to_numpy(dtype=float))
        lo, hi = d["ci_low"].to_numpy(dtype=float), d["ci_high"].to_numpy(dtype=float)
        err = _ci_err(m, lo, hi)
        ax.barh(y, m, 0.6, left=left, color=_color(ki), label=label)
        has_ci = np.isfinite(lo) & np.isfinite(hi)
        if has_ci.any():  # no bar at all (not a zero-length one) where n = 1
            ax.errorbar((left + m)[has_ci], (y + (0.1 if ki else -0.1))[has_ci], xerr=err[:, has_ci], fmt="none",
                        ecolor="#333333", elinewidth=1.0, capsize=2)
        left = left + m
    ax.set_yticks(y, [f"{g} (n = {gn.get(g, 0)})" for g in groups])
    ax.invert_yaxis()
    title = f"Quoted words as share of body text, {_ci_level(t)} bootstrap CI"
    if (t["note"] == NOTE_N1).any():
        title += "\n(no error bar: n = 1)"
    _style(ax, xlabel="share of body words (%)", ylabel=by, title=title)
    ax.legend(fontsize=FONT["tick"], frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax


# --------------------------------------------------------------------------------------------
# distinguishing terms
# --------------------------------------------------------------------------------------------


def plot_distinguishing_terms(
    terms: pd.DataFrame,
    *,
    top: int = 10,
    groups: Sequence[str] | None = None,
    ax: Any = None,
) -> Any:
    """Horizontal bars of ``z`` for each group's top distinguishing terms.

    Parameters
    ----------
    terms
        Output of :func:`analysis.compare.distinguishing_terms`.
    top
        Terms per group (only terms with ``z > 0``: used more by the group than by the rest).
    groups
        Groups to show, in order (default: all, sorted).
    ax
        Axes to draw on.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per (group, term), groups in blocks of one colour, a dashed line at
        ``z = 1.96``.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> t = pd.DataFrame({"group": ["A", "A", "B"], "term": ["war", "peace", "talks"], "z": [3.0, -1.0, 2.5],
    ...                   "count_group": [9, 1, 7]})
    >>> len(plot_distinguishing_terms(t).patches)
    2
    """
    groups = sorted(terms["group"].astype(str).unique()) if groups is None else [str(g) for g in groups]
    blocks = []
    for g in groups:
        d = terms[(terms["group"].astype(str) == g) & (terms["z"] > 0)].sort_values("z", ascending=False).head(top)
        blocks.append((g, d))
    n_bars = sum(len(d) for _, d in blocks)
    if n_bars == 0:
        raise FramingError("no term with z > 0 to plot")
    ax = _new_ax(ax, (6.5, 1.2 + 0.22 * n_bars + 0.3 * len(groups)))
    pos, labels, y = [], [], 0.0
    for gi, (g, d) in enumerate(blocks):
        ys = y + np.arange(len(d))
        ax.barh(ys, d["z"].to_numpy(dtype=float), 0.75, color=_color(gi), label=g)
        pos.extend(ys.tolist())
        labels.extend(d["term"].astype(str).tolist())
        y += len(d) + 0.8
    ax.set_yticks(pos, labels, fontsize=FONT["tick"])
    ax.invert_yaxis()
    ax.axvline(1.96, color="#555555", linestyle="--", linewidth=1.0, label="z = 1.96")
    _style(ax, xlabel="z-score of the log-odds ratio vs all other groups\n(informative Dirichlet prior)",
           ylabel="term", title=f"Most distinguishing terms per group (top {top})")
    # outside the axes, so that it never covers a bar or the reference line
    handles, names = ax.get_legend_handles_labels()
    order = sorted(range(len(names)), key=lambda i: names[i] == "z = 1.96")  # groups first, the line last
    ax.legend([handles[i] for i in order], [names[i] for i in order], title="group", fontsize=FONT["tick"],
              title_fontsize=FONT["tick"], frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return ax


# --------------------------------------------------------------------------------------------
# clustering figures
# --------------------------------------------------------------------------------------------


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
    ax = _new_ax(ax, (7.0, 1.2 + 0.32 * len(labels)))
    dendrogram(result.linkage, labels=labels, orientation="right", ax=ax,
               link_color_func=lambda _k: OKABE_ITO[0], leaf_font_size=FONT["tick"])
    n_feat = result.data.shape[1]
    title = f"Hierarchical clustering ({result.method} linkage) on {n_feat} standardised features"
    if result.dropped:
        title += f"\n({len(result.dropped)} features dropped: constant or missing)"
    _style(ax, xlabel=f"{result.metric} distance between standardised feature profiles", ylabel=None, title=title)
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
    >>> f = pd.DataFrame({"outlet": list("ABC"), "status": "ok", "x": [0.0, 1.0, 3.0], "y": [1.0, 0.0, 2.0]})
    >>> plot_pca(pca_biplot_data(f)).get_xlabel()[:5]
    'PC1 ('
    """
    S, Lo, evr = pca.scores, pca.loadings, pca.explained_variance_ratio
    x = S["PC1"].to_numpy(dtype=float)
    y = S["PC2"].to_numpy(dtype=float) if "PC2" in S.columns else np.zeros(len(S))
    ax = _new_ax(ax, (6.5, 5.5))
    if pca.level == "article":
        groups = list(dict.fromkeys(S["group"]))
        for gi, g in enumerate(groups):
            sel = (S["group"] == g).to_numpy()
            ax.scatter(x[sel], y[sel], s=22, color=_color(gi), marker=_MARKERS[gi % len(_MARKERS)],
                       label=f"{g} (n = {int(sel.sum())})", alpha=0.85)
        ax.legend(fontsize=FONT["tick"], frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    else:
        for i, (name, row) in enumerate(S.iterrows()):
            ax.scatter([x[i]], [y[i]], s=50, color=_color(i), marker=_MARKERS[i % len(_MARKERS)], zorder=3)
            ax.annotate(f"{name} (n = {int(row['n'])})", (x[i], y[i]), xytext=(5, 4), textcoords="offset points",
                        fontsize=FONT["tick"], zorder=4,
                        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
    l1 = Lo["PC1"].to_numpy(dtype=float)
    l2 = Lo["PC2"].to_numpy(dtype=float) if "PC2" in Lo.columns else np.zeros(len(Lo))
    strength = np.hypot(l1, l2)
    idx = np.argsort(-strength, kind="stable")[:n_loadings]
    span = max(np.abs(x).max(initial=0), np.abs(y).max(initial=0), 1e-9)
    scale = 0.9 * span / max(strength[idx].max(initial=0), 1e-9)
    tips_x, tips_y = [], []
    for j in idx:
        tx, ty = l1[j] * scale, l2[j] * scale
        ax.annotate("", xy=(tx, ty), xytext=(0, 0),
                    arrowprops={"arrowstyle": "->", "color": "#555555", "lw": 1.0})
        # the label starts at the arrow tip and runs away from the origin, so it does not cross the arrow
        ax.annotate(_wrap(feature_label(str(Lo.index[j])), 22), (tx, ty),
                    xytext=(4 if tx >= 0 else -4, 3 if ty >= 0 else -3), textcoords="offset points",
                    fontsize=FONT["annot"], color="#444444", ha="left" if tx >= 0 else "right",
                    va="bottom" if ty >= 0 else "top")
        tips_x.append(tx)
        tips_y.append(ty)
    # room for the arrow labels and the point labels inside the axes (nothing drawn outside them)
    allx, ally = np.concatenate([x, tips_x, [0.0]]), np.concatenate([y, tips_y, [0.0]])
    padx = 0.35 * max(np.ptp(allx), 1e-9)
    pady = 0.15 * max(np.ptp(ally), 1e-9)
    ax.set_xlim(allx.min() - padx, allx.max() + padx)
    ax.set_ylim(ally.min() - pady, ally.max() + pady)
    ax.axhline(0, color="#cccccc", linewidth=0.6)
    ax.axvline(0, color="#cccccc", linewidth=0.6)
    pc2 = f"PC2 ({100 * evr[1]:.0f} % of variance)" if len(evr) > 1 else "PC2 (not defined: one component)"
    _style(ax, xlabel=f"PC1 ({100 * evr[0]:.0f} % of variance)", ylabel=pc2,
           title=f"PCA of standardised features ({pca.level} level); arrows: loadings")
    return ax


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
    ax = _new_ax(ax, (2.0 + 0.55 * len(lab), 1.6 + 0.5 * len(lab)))
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
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=FONT["annot"],
                        color="white" if dark else "black")
    ax.set_xticks(range(len(lab)), lab, rotation=40, ha="right")
    ax.set_yticks(range(len(lab)), lab)
    _style(ax, xlabel=sim.columns.name or "group", ylabel=sim.index.name or "group",
           title=f"Cosine similarity of {what}")
    for s in ax.spines.values():
        s.set_visible(False)
    cb = ax.figure.colorbar(im, ax=ax, fraction=0.05, pad=0.02)
    cb.set_label("cosine similarity", fontsize=FONT["tick"])
    cb.ax.tick_params(labelsize=FONT["tick"])
    return ax


# --------------------------------------------------------------------------------------------
# saving
# --------------------------------------------------------------------------------------------

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def save_figure(
    fig_or_ax: Any,
    name: str,
    data: pd.DataFrame,
    *,
    folder: str | Path | None = None,
    dpi: int = 200,
) -> dict[str, Path]:
    """Write ``NAME.png``, ``NAME.svg`` and ``NAME.csv`` (the plotted data), byte-for-byte reproducibly.

    Parameters
    ----------
    fig_or_ax
        A matplotlib Figure or Axes (its figure is saved).
    name
        File stem: letters, digits, ``.``, ``_``, ``-`` (no folders).
    data
        The numbers behind the figure (e.g. the ``outlet_summary`` table); written as CSV, with
        the index when it is not a plain 0..n-1 range.
    folder
        Output folder (created if needed); default :data:`analysis.paths.FIGURES_DIR`.
    dpi
        Resolution of the PNG.

    Returns
    -------
    dict
        ``{"png": Path, "svg": Path, "csv": Path}``.

    Notes
    -----
    No date or software version is embedded (PNG ``Software`` and SVG ``Date`` metadata are
    removed, ``svg.hashsalt`` is fixed), so the same figure gives the same bytes every run.

    Examples
    --------
    >>> import matplotlib, tempfile; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot([1, 2], [3, 4])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     sorted(p.name for p in save_figure(ax, "demo", pd.DataFrame({"x": [1, 2]}), folder=d).values())
    ['demo.csv', 'demo.png', 'demo.svg']
    >>> plt.close(fig)
    """
    import matplotlib

    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise FramingError(f"figure name {name!r} must be a plain file stem (letters, digits, . _ -), no folders")
    if not isinstance(data, pd.DataFrame):
        raise FramingError("save_figure needs the plotted data as a DataFrame (it is written as NAME.csv)")
    fig = fig_or_ax.figure if hasattr(fig_or_ax, "get_figure") and not hasattr(fig_or_ax, "savefig") else fig_or_ax
    if not hasattr(fig, "savefig"):
        raise FramingError(f"expected a matplotlib Figure or Axes, got {type(fig_or_ax).__name__}")
    if folder is None:
        from ..paths import FIGURES_DIR

        folder = FIGURES_DIR
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"png": folder / f"{name}.png", "svg": folder / f"{name}.svg", "csv": folder / f"{name}.csv"}
    with matplotlib.rc_context({"svg.hashsalt": "media-framing", "svg.fonttype": "path"}):
        fig.savefig(paths["png"], dpi=dpi, format="png", metadata={"Software": None}, bbox_inches="tight")
        fig.savefig(paths["svg"], format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plain = isinstance(data.index, pd.RangeIndex) and data.index.start == 0 and data.index.step == 1
    data.to_csv(paths["csv"], index=not plain, lineterminator="\n")
    return paths
