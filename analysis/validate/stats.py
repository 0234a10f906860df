"""The statistics of the measurement check: codes, Wilson intervals, Holm's adjustment,
Krippendorff's alpha (from the ``krippendorff`` package) and the differential-error test.

:func:`~analysis.validate.score.score_coding` states how they are combined.
"""

from __future__ import annotations

import math
import warnings
from statistics import NormalDist
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError

__all__ = [
    "coder_columns",
    "coder_codes",
    "wilson_interval",
    "holm",
    "krippendorff_alpha",
    "differential_pvalue",
    "majority_table",
]


def coder_columns(sheet: pd.DataFrame) -> list[str]:
    """The ``coder_<name>`` columns of a sheet, in order.

    Examples
    --------
    >>> coder_columns(pd.DataFrame(columns=["item_id", "coder_ann", "note_ann", "coder_bo"]))
    ['coder_ann', 'coder_bo']
    """
    return [c for c in sheet.columns if str(c).startswith("coder_") and len(str(c)) > 6]


def _code(value: Any, where: str) -> float:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return math.nan
    if isinstance(value, (bool, np.bool_)):
        return float(value)
    text = str(value).strip()
    if text == "":
        return math.nan
    try:
        x = float(text)
    except ValueError:
        x = math.nan
    if x in (0.0, 1.0):
        return x
    raise FramingError(
        f"{where}: {value!r} is not a code; use 1 (the detector is right), 0 (wrong) or leave "
        "the cell blank (not coded / unsure)"
    )


def coder_codes(sheet: pd.DataFrame) -> pd.DataFrame:
    """The coders' codes as floats: 1.0 right, 0.0 wrong, NaN not coded.

    Raises
    ------
    FramingError
        A cell that is neither 0, 1 nor blank (the message names the item and the column).

    Examples
    --------
    >>> s = pd.DataFrame({"item_id": ["a", "b", "c"], "coder_x": ["1", "", 0]})
    >>> coder_codes(s)["coder_x"].tolist()
    [1.0, nan, 0.0]
    >>> coder_codes(pd.DataFrame({"item_id": ["a"], "coder_x": ["yes"]}))
    Traceback (most recent call last):
    ...
    analysis.errors.FramingError: item a, column coder_x: 'yes' is not a code; ...
    """
    ids = sheet["item_id"].astype(str) if "item_id" in sheet.columns else sheet.index.astype(str)
    out = {}
    for c in coder_columns(sheet):
        out[c] = [_code(v, f"item {i}, column {c}") for i, v in zip(ids, sheet[c])]
    return pd.DataFrame(out, index=sheet.index, dtype="float64")


def wilson_interval(right: float, n: float, *, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a proportion ``right / n`` (``right`` may be fractional).

    Examples
    --------
    >>> [round(x, 4) for x in wilson_interval(8, 10)]
    [0.4902, 0.9433]
    >>> wilson_interval(0, 0)
    (nan, nan)
    """
    if n <= 0:
        return math.nan, math.nan
    z = NormalDist().inv_cdf(0.5 + level / 2)
    p = right / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z / denom * math.sqrt(max(p * (1 - p) / n + z * z / (4 * n * n), 0.0))
    return max(0.0, centre - half), min(1.0, centre + half)


def holm(pvalues: list[float]) -> list[float]:
    """Holm's step-down adjustment of p-values (NaN stays NaN and is not counted).

    Examples
    --------
    >>> holm([0.01, 0.04, 0.03, 0.05, 0.02])
    [0.05, 0.09, 0.09, 0.09, 0.08]
    """
    idx = [i for i, p in enumerate(pvalues) if not math.isnan(p)]
    order = sorted(idx, key=lambda i: pvalues[i])
    m = len(order)
    out = [math.nan] * len(pvalues)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * pvalues[i]))
        out[i] = round(running, 12)
    return out


def krippendorff_alpha(codes: np.ndarray) -> float:
    """Krippendorff's alpha (nominal) of a coders x items array (NaN = not coded), from the
    ``krippendorff`` package; NaN when it is undefined (fewer than two coders, no item coded
    twice, or a single value throughout).

    Examples
    --------
    >>> round(krippendorff_alpha(np.array([[1, 1, 1, 1, 1, 1, 1, 0, 0, 0],
    ...                                    [1, 1, 1, 1, 1, 1, 0, 0, 0, 1]])), 4)
    0.5476
    >>> krippendorff_alpha(np.array([[1, 1], [1, 1]]))
    nan
    """
    import krippendorff

    codes = np.asarray(codes, dtype="float64")
    if codes.ndim != 2 or codes.shape[0] < 2:
        return math.nan
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        try:
            a = float(krippendorff.alpha(reliability_data=codes, level_of_measurement="nominal"))
        except ValueError:  # one value in the domain, or no unit coded twice
            return math.nan
    return a if math.isfinite(a) else math.nan


def majority_table(values: list[np.ndarray]) -> np.ndarray:
    """A groups x (right, wrong) table of items by the majority of their codes.

    An item is right when its mean code is above 0.5, wrong below; an item the coders split
    on evenly is left out.

    Examples
    --------
    >>> majority_table([np.array([1, 1, 0.5]), np.array([0, 1 / 3])]).tolist()
    [[2, 0], [0, 2]]
    """
    rows = []
    for v in values:
        v = np.asarray(v, dtype="float64")
        rows.append([int((v > 0.5).sum()), int((v < 0.5).sum())])
    return np.array(rows, dtype="int64").reshape(-1, 2)


def differential_pvalue(
    values: list[np.ndarray], *, n_resamples: int = 9999, random_state: int = 0
) -> float:
    """p-value of the chi-square test that precision is the same in every group.

    Pearson's chi-square statistic of the groups x (right, wrong) table
    (:func:`majority_table`), with a Monte Carlo p-value: ``n_resamples`` random tables with
    the same margins (``scipy.stats.chi2_contingency`` with ``MonteCarloMethod``, as R's
    ``chisq.test(simulate.p.value = TRUE)``), valid for the small counts of a coding sample.

    Parameters
    ----------
    values
        One array per group: the values (mean codes, 0..1) of its coded hits.
    n_resamples, random_state
        The Monte Carlo test (seeded: same input, same p-value).

    Returns
    -------
    float
        NaN with fewer than two groups with items; 1.0 when every item is right (or every
        item wrong): nothing to compare.

    Examples
    --------
    >>> ones, zeros = np.ones(10), np.zeros(10)
    >>> differential_pvalue([ones, zeros]) < 0.001, differential_pvalue([ones, ones])
    (True, 1.0)
    >>> differential_pvalue([np.array([1, 0, 1]), np.array([1, 0])]) > 0.5
    True
    """
    table = majority_table(values)
    table = table[table.sum(axis=1) > 0]
    if len(table) < 2:
        return math.nan
    if (table.sum(axis=0) == 0).any():
        return 1.0
    from scipy.stats import MonteCarloMethod, chi2_contingency

    method = MonteCarloMethod(n_resamples=n_resamples, rng=np.random.default_rng(random_state))
    return float(chi2_contingency(table, correction=False, method=method).pvalue)
