"""Sentences and tables that answer "do these groups differ?" from tested differences.

The comparison sentences of :mod:`analysis.report.describe` read differences off whether two
confidence intervals overlap, which is neither a test nor corrected for the many features and
pairs a report looks at.  These helpers state the difference itself, its effect size (Hedges'
*g*), its interval, and the p-value adjusted for multiple comparisons (the procedure named), from
:func:`analysis.compare.pairwise_differences` and :func:`analysis.compare.group_differences`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..text.plural import plural
from .quality import partial_text_note

__all__ = [
    "CORRECTIONS",
    "correction_name",
    "format_p",
    "format_number",
    "permutation_floor",
    "enough_resamples",
    "describe_difference",
    "differences_table",
    "strongest_difference",
    "largest_group_pairs",
    "omnibus_table",
    "omnibus_block",
]

#: Code of a multiple-comparison procedure -> its name in a report.
CORRECTIONS = {
    "holm": "Holm",
    "bh": "Benjamini–Hochberg",
    "bonferroni": "Bonferroni",
    "none": "no",
}


def correction_name(table: pd.DataFrame) -> str:
    """The procedure that adjusted a table's p-values, as a report names it.

    Examples
    --------
    >>> t = pd.DataFrame(); t.attrs["correction"] = "bh"
    >>> correction_name(t)
    'Benjamini–Hochberg'
    """
    code = str(table.attrs.get("correction", "holm"))
    return CORRECTIONS.get(code, code)


def _num(x: float, digits: int) -> str:
    return "–" if x is None or not np.isfinite(x) else format_number(x, digits)


def format_number(x: float, digits: int = 0) -> str:
    """A number as a sentence prints it, with no minus before a value that rounds to zero
    ("[95% CI -0 to 7]" reads as a negative bound).

    Examples
    --------
    >>> format_number(-0.3), format_number(-0.004, 2), format_number(-1.5, 1), format_number(1234)
    ('0', '0.00', '-1.5', '1,234')
    """
    text = f"{x:,.{digits}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text


def format_p(x: float, bound: bool = False) -> str:
    """A p-value as a report prints it; ``bound``: the permutation test found no resample as
    extreme, so the value is an upper bound (``≤``), the smallest its resamples can give.

    Examples
    --------
    >>> format_p(0.0004), format_p(0.0312), format_p(float("nan")), format_p(0.024, True)
    ('< 0.001', '0.031', '–', '≤ 0.024')
    """
    if x is None or not np.isfinite(x):
        return "–"
    if x < 0.001:
        return "< 0.001"
    return f"≤ {x:.3f}" if bound else f"{x:.3f}"


def _relation(p: str) -> str:
    """``"= 0.004"``, but ``"< 0.001"`` and ``"≤ 0.024"`` as they are (no "p = < 0.001")."""
    return p if p[:1] in "<≤" else f"= {p}"


def permutation_floor(p_values: Any, n_boot: Any) -> list[bool]:
    """Whether each permutation p-value is the smallest ``n_boot`` resamples can give,
    ``1 / (1 + n_boot)`` (no resample was as extreme): the true p is smaller, and after
    Holm over many tests the adjusted value of every strong difference is that same floor
    times the tests (the report review: "0.024" for every strong difference of 48 tests).

    Examples
    --------
    >>> permutation_floor([1 / 2001, 0.2, float("nan")], 2000)
    [True, False, False]
    >>> permutation_floor([0.0005], None)
    [False]
    """
    if not n_boot:
        return [False for _ in p_values]
    floor = 1.0 / (1 + int(n_boot))
    return [bool(np.isfinite(x) and x <= floor * (1 + 1e-9)) for x in p_values]


_p = format_p


def enough_resamples(
    n_groups: int, n_features: int, *, n_boot: int, alpha: float = 0.05, cap: int = 20000
) -> int:
    """Permutations needed for a pairwise table whose smallest p-value can survive correction.

    A permutation p-value is at least ``1 / (n + 1)``; after Holm or Bonferroni over ``m``
    tests the smallest attainable adjusted p is about ``m / (n + 1)``.  With 6 groups and 8
    features (120 tests) and 2,000 permutations that is 0.06: no difference could ever be
    significant at 0.05.  This returns ``max(n_boot, 2 m / alpha)``, capped at ``cap``.

    Examples
    --------
    >>> enough_resamples(2, 8, n_boot=2000), enough_resamples(6, 8, n_boot=2000)
    (2000, 4800)
    >>> enough_resamples(40, 8, n_boot=2000)
    20000
    """
    m = n_groups * (n_groups - 1) // 2 * n_features
    return int(min(cap, max(n_boot, int(np.ceil(2 * m / alpha)))))


def strongest_difference(pairs: pd.DataFrame, default: str) -> str:
    """The feature a summary should lead with: that of the pair that differs most (largest
    Hedges' *g* among the differences that hold after adjustment), else ``default``.

    A summary that opens with a feature whose groups do not differ, while others do, reads as
    "no difference".

    Parameters
    ----------
    pairs
        Output of :func:`analysis.compare.pairwise_differences`.
    default
        The feature to lead with when no difference holds.

    Returns
    -------
    str

    Examples
    --------
    >>> p = pd.DataFrame({"feature": ["x", "y", "z"], "effect_size": [0.3, -0.9, 1.2],
    ...                   "significant": [True, True, False]})
    >>> strongest_difference(p, "x"), strongest_difference(p.assign(significant=False), "x")
    ('y', 'x')
    >>> strongest_difference(p.assign(effect_size=float("nan")), "x")
    'x'
    """
    held = pairs[pairs["significant"].fillna(False).astype(bool)]
    if held.empty:
        return default
    g = held["effect_size"].abs()
    if g.isna().all():  # no spread within the groups (g undefined): the first that holds
        return str(held["feature"].iloc[0])
    return str(held.loc[g.idxmax(), "feature"])


def describe_difference(
    pairs: pd.DataFrame,
    feature: str,
    *,
    label: str | None = None,
    digits: int = 2,
    partial: Mapping[str, str] | None = None,
) -> str:
    """One sentence: the largest difference between two groups on a feature, and its test.

    Parameters
    ----------
    pairs
        Output of :func:`analysis.compare.pairwise_differences`.
    feature
        The feature to describe.
    label
        Readable name of the feature (default the column name).
    digits
        Decimals of means and differences.
    partial
        Groups whose texts are only part of their articles, and what they are
        (:func:`analysis.report.quality.partial_texts`): when the pair described has one and
        its difference holds, the sentence ends with a caveat that the difference may be one
        of the texts.

    Returns
    -------
    str
        The groups with the highest and the lowest mean, the difference with its interval,
        Hedges' *g* and the adjusted p-value, and whether that is a difference at the table's
        level; or why no test was possible.

    Examples
    --------
    >>> p = pd.DataFrame({"feature": ["x"], "group_a": ["A"], "group_b": ["B"], "n_a": [40],
    ...     "n_b": [35], "mean_a": [2.0], "mean_b": [1.5], "diff": [0.5], "ci_low": [0.2],
    ...     "ci_high": [0.8], "effect_size": [0.61], "p_value": [0.001], "p_adjusted": [0.004],
    ...     "significant": [True]})
    >>> p.attrs.update({"correction": "holm", "alpha": 0.05, "n_tests": 6})
    >>> s = describe_difference(p, "x", label="Hedges per 1,000 words")
    >>> s.split(", difference")[0]
    'Hedges per 1,000 words: A 2.00 (n = 40) vs B 1.50 (n = 35)'
    >>> for part in s.split(", difference ")[1].split("; "):
    ...     print(part)
    0.50 [95% CI 0.20 to 0.80, unadjusted], Hedges' g 0.61
    adjusted p = 0.004 (Holm, 6 tests): a difference at the 0.05 level.
    """
    name = label or feature
    rows = pairs[pairs["feature"] == feature]
    if rows.empty:
        return f"{name}: no pair of groups to compare."
    tested = rows.dropna(subset=["p_adjusted"])
    if tested.empty:
        return f"{name}: no pair of groups has two or more usable articles each, so no test."
    if (tested[["diff", "ci_low", "ci_high"]].abs() == 0).all(axis=None):
        # every resample of every pair gives a difference of 0: the articles of the groups
        # compared all have the same value (e.g. no military source anywhere)
        groups = pd.unique(tested[["group_a", "group_b"]].to_numpy().ravel())
        noun = str(pairs.attrs.get("by") or "group")
        value = float(tested["mean_a"].iloc[0])
        return (
            f"{name}: {value:.{digits}f} in every article of the {len(groups):,} {plural(noun)} "
            "compared (no variation): nothing to test."
        )
    r = tested.loc[tested["diff"].abs().idxmax()]
    a, b, ma, mb, na, nb = r["group_a"], r["group_b"], r["mean_a"], r["mean_b"], r["n_a"], r["n_b"]
    diff, lo, hi = r["diff"], r["ci_low"], r["ci_high"]
    if diff < 0:  # the higher group first
        a, b, ma, mb, na, nb = b, a, mb, ma, nb, na
        diff, lo, hi = -diff, -hi, -lo
    g = abs(r["effect_size"]) if np.isfinite(r["effect_size"]) else np.nan
    ci = round(100 * float(pairs.attrs.get("ci", 0.95)))
    alpha = float(pairs.attrs.get("alpha", 0.05))
    n_tests = int(pairs.attrs.get("n_tests", len(pairs)))
    verdict = (
        f"a difference at the {alpha:g} level"
        if r["significant"]
        else f"no difference detectable at the {alpha:g} level"
    )
    many = " (the largest of the pairs)" if len(tested) > 1 else ""
    (floor,) = permutation_floor([r["p_value"]], pairs.attrs.get("n_boot"))
    return (
        f"{name}: {a} {_num(ma, digits)} (n = {int(na):,}) vs {b} {_num(mb, digits)} "
        f"(n = {int(nb):,}){many}, difference {_num(diff, digits)} [{ci}% CI "
        f"{_num(lo, digits)} to {_num(hi, digits)}, unadjusted], Hedges' g {_num(g, 2)}; "
        f"adjusted p {_relation(_p(r['p_adjusted'], floor))} ({correction_name(pairs)}, "
        f"{n_tests:,} tests): {verdict}."
        + partial_text_note(
            (a, b),
            partial if r["significant"] else None,  # a finding is claimed: say what it rests on
            consequence="the difference may come from how much of each article the corpus "
            "holds, not from framing",
        )
    )


def differences_table(
    pairs: pd.DataFrame,
    *,
    labels: Mapping[str, str] | None = None,
    digits: int = 2,
    top: int | None = None,
) -> pd.DataFrame:
    """The pairwise differences as a readable table, largest effects first.

    Parameters
    ----------
    pairs
        Output of :func:`analysis.compare.pairwise_differences`.
    labels
        Feature -> readable name.
    digits
        Decimals.
    top
        Keep the ``top`` rows by absolute effect size (default all).

    Returns
    -------
    pandas.DataFrame
        ``feature``, ``groups`` ("A − B"), ``n``, ``difference [CI]``, ``Hedges' g [CI]``,
        ``p``, ``adjusted p`` (the procedure in the header), ``different``.

    Examples
    --------
    >>> p = pd.DataFrame({"feature": ["x"], "group_a": ["A"], "group_b": ["B"], "n_a": [40],
    ...     "n_b": [35], "diff": [0.5], "ci_low": [0.2], "ci_high": [0.8], "effect_size": [0.61],
    ...     "effect_low": [0.24], "effect_high": [0.98], "p_value": [0.001],
    ...     "p_adjusted": [0.004], "significant": [True]})
    >>> p.attrs["correction"] = "bh"
    >>> differences_table(p).iloc[0].tolist()
    ['x', 'A − B', '40 / 35', '0.50 [0.20, 0.80]', '0.61 [0.24, 0.98]', '0.001', '0.004', 'yes']
    """
    names = dict(labels or {})
    d = pairs.assign(_abs=pairs["effect_size"].abs()).sort_values(
        "_abs", ascending=False, na_position="last", kind="stable"
    )
    if top is not None:
        d = d.head(top)

    at_floor = permutation_floor(d["p_value"], pairs.attrs.get("n_boot"))

    def interval(m: Any, lo: Any, hi: Any) -> str:
        if not np.isfinite(m):
            return "–"
        return f"{_num(m, digits)} [{_num(lo, digits)}, {_num(hi, digits)}]"

    return pd.DataFrame(
        {
            "feature": [names.get(f, f) for f in d["feature"]],
            "groups": [f"{a} − {b}" for a, b in zip(d["group_a"], d["group_b"])],
            "n": [f"{int(a):,} / {int(b):,}" for a, b in zip(d["n_a"], d["n_b"])],
            "difference [CI]": list(map(interval, d["diff"], d["ci_low"], d["ci_high"])),
            "Hedges' g [CI]": list(
                map(interval, d["effect_size"], d["effect_low"], d["effect_high"])
            ),
            "p": [_p(x, floor) for x, floor in zip(d["p_value"], at_floor)],
            f"adjusted p ({correction_name(pairs)})": [
                _p(x, floor) for x, floor in zip(d["p_adjusted"], at_floor)
            ],
            "different": np.where(d["significant"], "yes", "no"),
        }
    ).reset_index(drop=True)


def largest_group_pairs(
    feats: pd.DataFrame,
    *,
    by: str,
    features: list[str],
    max_groups: int = 8,
    n_boot: int = 2000,
    alpha: float = 0.05,
    correction: str = "holm",
    random_state: int = 0,
) -> pd.DataFrame:
    """Tested pairwise differences among the ``max_groups`` largest groups, as reports show them.

    The one recipe of reports 03, 06 and 07: groups ranked by usable articles (ties by name),
    every pair of the largest ``max_groups`` tested on every feature with
    :func:`analysis.compare.pairwise_differences`, with enough permutations
    (:func:`enough_resamples`) that the smallest p-value can survive the correction.

    Parameters
    ----------
    feats
        Feature table with ``status`` and the ``by`` column.
    by
        Grouping column.
    features
        Features to compare.
    max_groups
        Pairs are tested among this many largest groups (an omnibus test covers all groups).
    n_boot, alpha, correction, random_state
        As :func:`analysis.compare.pairwise_differences` (``n_boot`` is a floor).

    Returns
    -------
    pandas.DataFrame
        The pairwise table; ``attrs`` adds ``groups_tested`` (names, largest first),
        ``n_groups`` (usable groups in all) and ``n_permutations``.
    """
    from analysis.compare import pairwise_differences

    ok = feats[feats["status"] == "ok"]
    sizes = ok.groupby(by).size()
    order = sorted(sizes.index, key=lambda g: (-int(sizes[g]), str(g)))
    tested = order[:max_groups]
    n_perm = enough_resamples(len(tested), len(features), n_boot=n_boot, alpha=alpha)
    pairs = pairwise_differences(
        feats[feats[by].isin(tested)],
        by=by,
        features=features,
        n_boot=n_perm,
        random_state=random_state,
        alpha=alpha,
        correction=correction,
    )
    pairs.attrs.update(
        groups_tested=list(tested),
        groups_untested={str(g): int(sizes[g]) for g in order[max_groups:]},
        n_groups=len(order),
        n_permutations=n_perm,
    )
    return pairs


def omnibus_table(
    omni: pd.DataFrame, *, by: str, labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Readable view of :func:`analysis.compare.group_differences`: one row per feature.

    Parameters
    ----------
    omni
        Output of ``group_differences`` (``feature, n_groups, n, eta_squared, p_value,
        p_adjusted, significant``; ``attrs["correction"]``).
    by
        Grouping column (names the groups column).
    labels
        Feature -> readable label.

    Returns
    -------
    pandas.DataFrame

    Examples
    --------
    >>> o = pd.DataFrame({"feature": ["x"], "n_groups": [3], "n": [90], "eta_squared": [0.2],
    ...                   "p_value": [0.0004], "p_adjusted": [0.0008], "significant": [True]})
    >>> o.attrs["correction"] = "holm"
    >>> t = omnibus_table(o, by="outlet", labels={"x": "X"})
    >>> list(t.columns)[1:4], t.iloc[0, [0, 4, 5, 6]].tolist()
    (['outlets', 'articles', 'variance explained (η²)'], ['X', '< 0.001', '< 0.001', 'yes'])
    """
    names = dict(labels or {})
    return omni.assign(
        feature=omni["feature"].map(lambda f: names.get(f, f)),
        p_value=omni["p_value"].map(format_p),
        p_adjusted=omni["p_adjusted"].map(format_p),
        significant=omni["significant"].map({True: "yes", False: "no"}),
    )[["feature", "n_groups", "n", "eta_squared", "p_value", "p_adjusted", "significant"]].rename(
        columns={
            "n_groups": plural(by),
            "n": "articles",
            "eta_squared": "variance explained (η²)",
            "p_value": "p",
            "p_adjusted": f"adjusted p ({correction_name(omni)})",
            "significant": "differ",
        }
    )


def omnibus_block(
    feats: pd.DataFrame,
    *,
    by: str,
    features: list[str],
    labels: Mapping[str, str] | None = None,
    n_perm: int = 1000,
    alpha: float = 0.05,
    correction: str = "holm",
    random_state: int = 0,
    noun: str | None = None,
) -> Any:
    """The captioned table "do the groups differ at all?" of reports 03 and 07, or ``None``
    when fewer than three groups, or fewer than two with two usable articles, leave nothing to
    test beyond the pairs: :func:`analysis.compare.group_differences` per feature, shown by
    :func:`omnibus_table` (the results themselves are the block's ``data``); ``noun``: what a
    group is called (default ``by``; "lean" when the outlet column holds leans)."""
    from analysis.compare import group_differences

    from .blocks import table

    sizes = feats[feats["status"] == "ok"].groupby(by).size()
    if sizes.size <= 2 or (sizes >= 2).sum() < 2:
        return None
    omni = group_differences(
        feats,
        by=by,
        features=features,
        n_perm=n_perm,
        random_state=random_state,
        alpha=alpha,
        correction=correction,
    )
    block = table(
        omnibus_table(omni, by=noun or by, labels=labels),
        caption=f"Do the {sizes.size} {plural(noun or by)} differ at all on each feature? "
        f"Permutation test of equal means ({n_perm:,} relabellings of the articles); η² is the "
        f"share of the article-to-article variance that the {noun or by} explains.",
    )
    block.data = omni  # the test results, for the summary (report.summaries.omnibus_lead)
    return block
