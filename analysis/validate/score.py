"""Scoring a coded sheet: precision, recall, agreement, differential error and corrected rates.

How the numbers are defined (also in the codebook written beside every sheet):

* **Codes.** ``coder_<name>`` columns: 1 = the detector's decision is right, 0 = wrong, blank =
  not coded (or unsure).  An item's value is the mean of its codes (two coders who disagree
  give 0.5); an item nobody coded is left out.
* **Precision** of a detector in a group: the mean value of its coded hits, with a Wilson 95%
  interval.  Inside a (group, detector) cell every hit had the same chance of being drawn
  (:mod:`~analysis.validate.sample`), so this is a plain proportion.  The ``(all)`` row weights
  the groups by their number of hits (``population``) and gives the Wilson interval on Kish's
  effective sample size.
* **Recall**, where non-hits were coded: ``TP / (TP + FN)`` with ``TP = precision x hits`` and
  ``FN = miss rate x non-hits``; the miss rate is the share of sampled non-hits coded wrong
  (something was missed there).  A non-hit sentence with two misses counts once, so recall
  is an upper bound when misses cluster.
* **alpha**: Krippendorff's alpha (nominal) between the coders, from the ``krippendorff``
  package, on the items of the row (hits and non-hits) that two or more coders coded.
* **Differential error**: for each detector, the chi-square test that precision is the same
  in every group, on the groups x (right, wrong) table of its coded hits (an item is right
  when most of its codes say so; evenly split items are left out), with a Monte Carlo p-value
  from ``n_resamples`` random tables with the same margins (seeded; R's
  ``chisq.test(simulate.p.value = TRUE)``), valid with the small counts of a coding sample;
  the p-values are adjusted across the detectors tested with Holm's method, and
  ``differential`` is ``p_differential < level``.
* **Corrected estimates**: the group's hits per 1,000 words (``raw_rate``) times
  precision / recall (``corrected_rate``): the estimated number of true instances, assuming
  the coded items represent the detector's decisions in the group (they were drawn at random)
  and the coders are right.  Without coded non-hits the correction is by precision only
  (misses are not counted: a lower bound).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError
from .items import NON_HIT
from .stats import (
    coder_codes,
    coder_columns,
    differential_pvalue,
    holm,
    krippendorff_alpha,
    wilson_interval,
)

__all__ = ["score_coding", "ALL", "SCORE_COLUMNS"]

#: The group label of a detector's row over all groups.
ALL = "(all)"

#: Columns of :func:`score_coding` (``outlet`` stands for the ``by`` column).
SCORE_COLUMNS: tuple[str, ...] = (
    "detector",
    "outlet",
    "n",
    "right",
    "precision",
    "ci_low",
    "ci_high",
    "n_nonhit",
    "miss_rate",
    "recall",
    "n_coders",
    "n_double",
    "alpha",
    "p_differential",
    "differential",
    "hits",
    "corrected_hits",
    "raw_rate",
    "corrected_rate",
    "correction",
)

PRECISION_RECALL = "x precision / recall"
PRECISION_ONLY = "x precision (misses not sampled)"


def _prepare(sheet: pd.DataFrame, by: str) -> tuple[pd.DataFrame, list[str]]:
    """The sheet's columns the scores need, checked and typed."""
    if not isinstance(sheet, pd.DataFrame):
        raise FramingError(f"score_coding expects a coded sheet (DataFrame), not {type(sheet)}")
    missing = [c for c in ("detector", by) if c not in sheet.columns]
    coders = coder_columns(sheet)
    if missing:
        raise FramingError(
            f"the coded sheet has no column {', '.join(map(repr, missing))}; it needs "
            f"detector, {by} and coder_<name> columns (as written by coding_sample)"
        )
    if not coders:
        raise FramingError(
            "the coded sheet has no coder_<name> column: add one per coder (1 right, 0 wrong, "
            "blank not coded), or export it from the coding page"
        )
    codes = coder_codes(sheet)
    f = pd.DataFrame(
        {
            "detector": sheet["detector"].astype(str),
            "group": sheet[by].astype(str),
            "kind": sheet["kind"].astype(str) if "kind" in sheet.columns else "hit",
        },
        index=sheet.index,
    )
    f["value"] = codes.mean(axis=1, skipna=True)
    size = f.groupby(["detector", "group", "kind"])["value"].transform("size")
    f["population"] = _numeric(sheet, "population", size)
    f["group_words"] = _numeric(sheet, "group_words", pd.Series(np.nan, index=sheet.index))
    return pd.concat([f, codes], axis=1), coders


def _numeric(sheet: pd.DataFrame, col: str, default: pd.Series) -> pd.Series:
    if col not in sheet.columns:
        return default.astype("float64")
    vals = pd.to_numeric(sheet[col].replace("", np.nan), errors="coerce")
    return vals.fillna(default).astype("float64")


def _agreement(part: pd.DataFrame, coders: list[str]) -> dict[str, Any]:
    codes = part[coders].to_numpy(dtype="float64").T  # coders x items
    coded = ~np.isnan(codes)
    return {
        "n_coders": int(coded.any(axis=1).sum()),
        "n_double": int((coded.sum(axis=0) >= 2).sum()),
        "alpha": krippendorff_alpha(codes[coded.any(axis=1)]),
    }


def _cell(part: pd.DataFrame, coders: list[str]) -> dict[str, Any]:
    """The scores of one (detector, group) cell."""
    hit = part[part["kind"] != NON_HIT]
    non = part[part["kind"] == NON_HIT]
    hv, nv = hit["value"].dropna(), non["value"].dropna()
    n, right = len(hv), float(hv.sum())
    precision = right / n if n else math.nan
    lo, hi = wilson_interval(right, n)
    hits = float(hit["population"].iloc[0]) if len(hit) else 0.0
    n_non = float(non["population"].iloc[0]) if len(non) else 0.0
    miss = 1 - float(nv.mean()) if len(nv) else math.nan
    tp = precision * hits if n else (0.0 if hits == 0 else math.nan)
    fn = miss * n_non if len(nv) else math.nan
    recall = tp / (tp + fn) if math.isfinite(tp + fn) and tp + fn > 0 else math.nan
    corrected = tp + fn if math.isfinite(fn) else tp
    words = float(part["group_words"].iloc[0])
    return {
        "n": n,
        "right": right,
        "precision": precision,
        "ci_low": lo,
        "ci_high": hi,
        "n_nonhit": len(nv),
        "miss_rate": miss,
        "recall": recall,
        **_agreement(part, coders),
        "hits": hits,
        "corrected_hits": corrected,
        "raw_rate": 1000 * hits / words if words > 0 else math.nan,
        "corrected_rate": 1000 * corrected / words if words > 0 else math.nan,
        "correction": PRECISION_RECALL if math.isfinite(fn) else PRECISION_ONLY,
        "_tp": tp,
        "_fn": fn,
        "_words": words,
        "_non": n_non,
    }


def _overall(cells: list[dict[str, Any]], part: pd.DataFrame, coders: list[str]):
    """The ``(all)`` row of a detector from its cells: weighted by the groups' hits."""
    coded = [c for c in cells if c["n"] > 0]
    weight = sum(c["hits"] for c in coded)
    n = sum(c["n"] for c in coded)
    precision, lo, hi = math.nan, math.nan, math.nan
    if n and weight > 0:
        precision = sum(c["hits"] * c["precision"] for c in coded) / weight
        var = sum(
            (c["hits"] / weight) ** 2 * c["precision"] * (1 - c["precision"]) / c["n"]
            for c in coded
        )
        n_eff = min(n, precision * (1 - precision) / var) if var > 0 else n
        lo, hi = wilson_interval(precision * n_eff, n_eff)
    both = [c for c in cells if math.isfinite(c["_tp"]) and math.isfinite(c["_fn"])]
    tp, fn = sum(c["_tp"] for c in both), sum(c["_fn"] for c in both)
    n_non = sum(c["_non"] for c in cells if math.isfinite(c["miss_rate"]))
    hits = sum(c["hits"] for c in cells)
    corrected = sum(c["corrected_hits"] for c in cells)
    words = sum(c["_words"] for c in cells)
    kinds = {c["correction"] for c in cells if c["hits"] > 0} or {PRECISION_ONLY}
    return {
        "n": n,
        "right": sum(c["right"] for c in coded),
        "precision": precision,
        "ci_low": lo,
        "ci_high": hi,
        "n_nonhit": sum(c["n_nonhit"] for c in cells),
        "miss_rate": (
            sum(c["_non"] * c["miss_rate"] for c in cells if math.isfinite(c["miss_rate"])) / n_non
            if n_non
            else math.nan
        ),
        "recall": tp / (tp + fn) if both and tp + fn > 0 else math.nan,
        **_agreement(part, coders),
        "hits": hits,
        "corrected_hits": corrected,
        "raw_rate": 1000 * hits / words if words > 0 else math.nan,
        "corrected_rate": 1000 * corrected / words if words > 0 else math.nan,
        "correction": kinds.pop() if len(kinds) == 1 else "per group (see the group rows)",
    }


def score_coding(
    sheet: pd.DataFrame,
    *,
    by: str = "outlet",
    level: float = 0.05,
    n_resamples: int = 9999,
    random_state: int = 0,
) -> pd.DataFrame:
    """Score a coded sheet: per detector and group, how often the detector is right.

    Parameters
    ----------
    sheet
        A sheet from :func:`~analysis.validate.sample.coding_sample` with one or more
        ``coder_<name>`` columns (1 = right, 0 = wrong, blank = not coded).  Only
        ``detector``, ``by`` and the coder columns are required; ``kind`` (``hit`` /
        ``non-hit``), ``population`` and ``group_words`` are used when present.
    by
        The group column (as given to ``coding_sample``).
    level
        Significance level of the differential-error flag (after Holm's adjustment).
    n_resamples, random_state
        The permutation test of the differential-error flag (seeded: same sheet, same scores).

    Returns
    -------
    pandas.DataFrame
        One row per detector and group, then the detector's ``(all)`` row; the columns of
        :data:`SCORE_COLUMNS` (``by`` in place of ``outlet``).  The module docstring defines
        each of them.

    Examples
    --------
    >>> sheet = pd.DataFrame({"detector": ["hedge"] * 4, "outlet": ["A", "A", "B", "B"],
    ...                       "coder_ann": [1, 1, 1, 0], "coder_bo": [1, 0, 1, 0]})
    >>> s = score_coding(sheet)
    >>> s[["outlet", "n", "precision", "n_double"]].values.tolist()
    [['A', 2, 0.75, 2], ['B', 2, 0.5, 2], ['(all)', 4, 0.625, 4]]
    >>> round(float(s["alpha"].iloc[-1]), 3)  # 1 - 7 x 2 / (2 x 3 x 5): one disagreement
    0.533
    """
    f, coders = _prepare(sheet, by)
    detectors = list(dict.fromkeys(f["detector"]))
    pvalues = []
    for d in detectors:
        hits = f[(f["detector"] == d) & (f["kind"] != NON_HIT) & f["value"].notna()]
        groups = [g["value"].to_numpy() for _, g in hits.groupby("group", sort=True)]
        pvalues.append(
            differential_pvalue(groups, n_resamples=n_resamples, random_state=random_state)
        )
    adjusted = dict(zip(detectors, holm(pvalues)))
    rows = []
    for d in detectors:
        part = f[f["detector"] == d]
        cells = []
        for g, cell in part.groupby("group", sort=True):
            cells.append({"detector": d, by: g, **_cell(cell, coders)})
        rows.extend(cells)
        rows.append({"detector": d, by: ALL, **_overall(cells, part, coders)})
        for r in rows[-len(cells) - 1 :]:
            r["p_differential"] = adjusted[d]
            r["differential"] = bool(adjusted[d] < level)  # NaN (one group) -> False
    cols = [by if c == "outlet" else c for c in SCORE_COLUMNS]
    out = pd.DataFrame.from_records(rows)
    return out.reindex(columns=cols).astype({"n": "int64", "n_nonhit": "int64"})
