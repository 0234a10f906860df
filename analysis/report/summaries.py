"""What a comparison report's summary ("In short") says when no pair of groups differs but the
test of equal means over all of them does, and the other differences that hold beside the one it
leads with."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..text.plural import plural
from .differences import correction_name, format_p, permutation_floor

__all__ = ["omnibus_lead", "no_difference_caveat", "other_differences", "corpora_compared"]


def omnibus_lead(
    omni: Any,
    pairs: pd.DataFrame,
    summary: pd.DataFrame,
    *,
    by: str = "outlet",
    labels: Mapping[str, str] | None = None,
    digits: int = 2,
    noun: str | None = None,
) -> str | None:
    """The sentence a summary leads with when no pairwise difference holds but the groups
    differ on a feature by the test of equal means over all of them; ``None`` otherwise.

    With four outlets and nine features, Holm's adjustment runs over 54 pairwise tests, and
    none may survive it while the test over all four outlets (nine tests) finds a difference:
    a summary that gives one pair's "no difference detectable" then contradicts the table
    below it (the report review of round 27: "Sources that are anonymous (%) ... no
    difference detectable" as the summary of report 07, whose four outlets differ on the
    experts' share).

    Parameters
    ----------
    omni
        Output of :func:`analysis.compare.group_differences` (or the block of
        :func:`analysis.report.differences.omnibus_block`, which carries it as ``data``);
        ``None`` when there was no such test.
    pairs
        The pairwise differences (:func:`analysis.compare.pairwise_differences`).
    summary
        Output of :func:`analysis.compare.outlet_summary` (the means and their n).
    by
        The grouping column (``outlet``, ``lean`` …).
    noun
        What a group is called (default ``by``: "lean" when the outlet column holds leans).
    labels
        Feature -> readable label.
    digits
        Decimals of the means.

    Returns
    -------
    str or None

    Examples
    --------
    >>> o = pd.DataFrame({"feature": ["x"], "n_groups": [3], "n": [90], "eta_squared": [0.06],
    ...                   "p_value": [0.004], "p_adjusted": [0.012], "significant": [True]})
    >>> s = pd.DataFrame({"outlet": list("ABC"), "feature": "x", "n": 30,
    ...                   "mean": [1.0, 2.0, 3.5]})
    >>> p = pd.DataFrame({"feature": ["x"], "significant": [False]})
    >>> print(omnibus_lead(o, p, s, labels={"x": "X"}))
    The 3 outlets differ on X (test of equal means over all of them: η² = 0.06, adjusted p =
    0.012, Holm over 1 feature): highest C 3.50 (n = 30), lowest A 1.00 (n = 30); no single
    pair of outlets differs after adjustment for its 1 comparison.
    """
    omni = getattr(omni, "data", omni)
    if omni is None or not isinstance(omni, pd.DataFrame) or omni.empty:
        return None
    if pairs is not None and len(pairs) and pairs["significant"].fillna(False).astype(bool).any():
        return None
    held = omni[omni["significant"].fillna(False).astype(bool)]
    if held.empty:
        return None
    r = held.loc[held["eta_squared"].astype(float).idxmax()]
    feature = str(r["feature"])
    name = dict(labels or {}).get(feature, feature)
    means = summary[(summary["feature"] == feature) & summary["mean"].notna()]
    means = means.sort_values("mean", kind="stable")
    (floor,) = permutation_floor([r["p_value"]], omni.attrs.get("n_perm"))
    p = format_p(float(r["p_adjusted"]), floor)
    n_feat = len(omni)
    text = (
        f"The {int(r['n_groups']):,} {plural(noun or by)} differ on {name} (test of equal means "
        f"over all of them: η² = {float(r['eta_squared']):.2f}, adjusted p "
        f"{p if p[:1] in '<≤' else '= ' + p}"
        f", {correction_name(omni)} over {n_feat:,} feature{'s' if n_feat != 1 else ''})"
    )
    if len(means) >= 2:
        hi, lo = means.iloc[-1], means.iloc[0]
        text += (
            f": highest {hi[by]} {_num(hi['mean'], digits)} (n = {int(hi['n']):,}), "
            f"lowest {lo[by]} {_num(lo['mean'], digits)} (n = {int(lo['n']):,})"
        )
    n_pairs = int(pairs.attrs.get("n_tests", len(pairs))) if pairs is not None else 0
    if n_pairs:
        text += (
            f"; no single pair of {plural(noun or by)} differs after adjustment for its "
            f"{n_pairs:,} comparison{'s' if n_pairs != 1 else ''}"
        )
    return text + "."


def no_difference_caveat(
    omni: Any, pairs: pd.DataFrame | None, *, by: str = "outlet"
) -> str | None:
    """The caveat above a grouping of the groups (clustering, similarity, PCA) when no feature
    differs between them after adjustment, neither in a pair nor by the test over all of them;
    ``None`` when one does or nothing was tested.

    Standardised means always spread out: on four outlets that differ on none of eight
    features, report 03 drew a dendrogram, a cosine similarity of -0.56 between two outlets
    and a biplot, with nothing to say that these arrange noise (the report review of round
    28).

    Parameters
    ----------
    omni
        Output of :func:`analysis.compare.group_differences` (or the block of
        :func:`analysis.report.differences.omnibus_block`, which carries it as ``data``);
        ``None`` when there was no such test.
    pairs
        The pairwise differences (:func:`analysis.compare.pairwise_differences`).
    by
        The grouping column (``outlet``, ``lean`` …).

    Returns
    -------
    str or None

    Examples
    --------
    >>> o = pd.DataFrame({"feature": ["x", "y"], "significant": [False, False]})
    >>> p = pd.DataFrame({"feature": ["x"], "significant": [False], "p_adjusted": [0.4]})
    >>> no_difference_caveat(o, p).split(",")[0]
    'No feature differs between the outlets after adjustment'
    >>> o.loc[0, "significant"] = True
    >>> no_difference_caveat(o, p) is None
    True
    """
    omni = getattr(omni, "data", omni)
    tested = []
    for table, column in ((omni, "significant"), (pairs, "significant")):
        if isinstance(table, pd.DataFrame) and len(table) and column in table:
            tested.append(table[column].fillna(False).astype(bool).any())
    if not tested or any(tested):
        return None
    return (
        f"No feature differs between the {plural(by)} after adjustment, in a pair or by the test "
        "of equal means over all of them: the figures below arrange differences of means that are "
        f"within the articles' own variation. Read them as a picture of these averages, not as "
        f"{plural(by)} that frame alike or unlike."
    )


def other_differences(
    pairs: pd.DataFrame, lead: str, labels: Mapping[str, str] | None = None
) -> str:
    """The features besides ``lead`` whose groups differ after adjustment, for a summary that
    describes one difference in full.

    Report 06 on BASIL led its summary with words in quotations (hpo vs nyt) and said nothing
    of evidentials and reading ease, which also differed at the 0.05 level: a reader of the
    summary alone took the one difference for the only one (review42).

    Parameters
    ----------
    pairs
        Output of :func:`analysis.compare.pairwise_differences` (``feature``, ``significant``,
        ``group_a``, ``group_b``, ``effect_size``, ``mean_a``, ``mean_b``).
    lead
        The feature the summary describes already.
    labels
        Feature -> its words in the report, in the report's order of features; default the
        column name, in the order of ``pairs``.

    Returns
    -------
    str
        ``""`` when no other feature differs, else one sentence naming each other feature
        with the pair that differs most on it (largest absolute Hedges' *g*), the group of
        the higher mean first.

    Examples
    --------
    >>> p = pd.DataFrame({"feature": ["x", "y", "y", "z"], "significant": [True, True, True, False],
    ...                   "group_a": ["a", "a", "b", "a"], "group_b": ["b", "c", "c", "b"],
    ...                   "effect_size": [0.8, 0.3, -0.6, 2.0], "mean_a": [2.0, 1.0, 1.0, 0.0],
    ...                   "mean_b": [1.0, 1.1, 1.5, 1.0]})
    >>> other_differences(p, "x", {"y": "Y rate"})
    'Also different after adjustment: Y rate (c higher than b).'
    >>> other_differences(p, "y")
    'Also different after adjustment: x (a higher than b).'
    >>> other_differences(p[p["feature"] == "z"], "z")
    ''
    """
    held = pairs[pairs["significant"].fillna(False).astype(bool) & (pairs["feature"] != lead)]
    if held.empty:
        return ""
    own = labels or {}
    order = {f: i for i, f in enumerate(own)}  # the report's order of features, when given
    parts = []
    groups = sorted(held.groupby("feature", sort=False), key=lambda t: order.get(t[0], len(order)))
    for feature, rows in groups:
        g = rows["effect_size"].abs()
        top = rows.loc[g.idxmax()] if g.notna().any() else rows.iloc[0]
        hi, lo = top["group_a"], top["group_b"]
        if "mean_a" in top and top["mean_b"] > top["mean_a"]:
            hi, lo = lo, hi
        parts.append(f"{own.get(str(feature), feature)} ({hi} higher than {lo})")
    return "Also different after adjustment: " + "; ".join(parts) + "."


def corpora_compared(names: Iterable[str], given: str) -> str:
    """The subject of a summary that compares one or more corpora: the user's corpus alone, or
    how many corpora.

    Report 06 on BASIL, the user's corpus alone, opened its summary with "1 corpus compared
    with bootstrap intervals …" (review44).

    Parameters
    ----------
    names
        The name of the corpus of each finding, repeated as often as it has findings.
    given
        The name of the user's corpus (``--corpus``) in the report.

    Returns
    -------
    str
        ``"The corpus given, compared"`` when the findings are all of the user's corpus, else
        ``"N corpora compared"`` (``"1 corpus compared"`` for a reference corpus alone).

    Examples
    --------
    >>> corpora_compared(["This corpus (a)", "This corpus (a)"], "This corpus (a)")
    'The corpus given, compared'
    >>> corpora_compared(["This corpus (a)", "Reference: X", "Reference: Y"], "This corpus (a)")
    '3 corpora compared'
    """
    distinct = list(dict.fromkeys(names))
    if distinct == [given]:
        return "The corpus given, compared"
    n = len(distinct)
    return f"{n:,} {'corpus' if n == 1 else plural('corpus')} compared"


def _num(x: float, digits: int) -> str:
    return "–" if x is None or not np.isfinite(x) else f"{x:,.{digits}f}"
