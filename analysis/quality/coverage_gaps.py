"""Periods an outlet does not cover where the other outlets have articles: an outlet whose
articles stop early or start late (review36).

AllSides "elections", five largest outlets: Fox News's last dated article is 22 Sep 2018, the
other four run to July 2020 with 220 articles after that date.  The other date checks of
:mod:`analysis.quality.dates` look at an outlet's own articles (outside the others' period, or
packed into a brief stretch of it) and so said nothing: Fox's articles all fall inside the
others' period.  Comparisons over time then lack Fox after 2018, and overall shares compare
Fox's 2012-2018 with the others' 2012-2020.

The rule, from two principles rather than from one corpus:

* **not chance** -- had the outlet spread its dated articles over time as the others did, it
  would be expected to have at least :data:`GAP_EXPECTED` = 3 in the period; none observed is
  then below the 95 % bound of the *rule of three* (P(0 | 3 expected) = e^-3 < 0.05);
* **a period, not an edge** -- the period spans at least :data:`GAP_SPAN_SHARE` = a tenth of the
  other outlets' span: a week or two at either end of a sampling window (the by-country set's
  UA from 4 Feb 2022, the others from 25 Jan, 1 % of their span) is an edge of the sampling,
  not a stretch a timeline shows.

A gap whose articles were all named already by another outlet's "outside the other outlets'
period" finding (two outlets: one's gap is the other's articles outside its period) is not said
twice.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .findings import Finding

__all__ = ["GAP_EXPECTED", "GAP_SPAN_SHARE", "uncovered_periods"]

#: At least this many of the outlet's articles expected in the period (rule of three).
GAP_EXPECTED = 3.0
#: The period spans at least this share of the other outlets' first-to-last span.
GAP_SPAN_SHARE = 0.1


def uncovered_periods(
    outlet: Any, mine: pd.Series, rest: pd.Series, *, reported: set | frozenset = frozenset()
) -> list[Finding]:
    """The periods before an outlet's first or after its last dated article where the other
    outlets have articles its own rate says it would have had too.

    Parameters
    ----------
    outlet
        The outlet's name.
    mine, rest
        The dated articles (timestamps, indexed by article row) of the outlet and of all the
        other outlets.
    reported
        Rows already named by another finding (an outlet's articles outside the others'
        period); a gap made only of these is not reported again.

    Returns
    -------
    list of Finding
        ``date_coverage`` warnings, one per uncovered edge (before, after).

    Examples
    --------
    >>> days = pd.Series(pd.date_range("2012-01-01", "2020-01-01", periods=400))
    >>> early = pd.date_range("2012-01-01", "2018-01-01", periods=100)
    >>> early = pd.Series(early, index=range(400, 500))
    >>> uncovered_periods("fox", early, days)[0].detail[:46]
    'no dated articles after 2018-01-01; the other '
    """
    if len(mine) < 1 or len(rest) < 1:
        return []
    mine, rest = mine.dt.normalize(), rest.dt.normalize()
    first, last = mine.min(), mine.max()
    span = rest.max() - rest.min()
    out = []
    for side, gap in (("before", rest[rest < first]), ("after", rest[rest > last])):
        share = len(gap) / len(rest)
        edge = first if side == "before" else last
        length = (edge - gap.min()) if side == "before" else (gap.max() - edge)
        if len(gap) == 0 or len(mine) * share < GAP_EXPECTED:
            continue
        if length < GAP_SPAN_SHARE * span or set(gap.index) <= set(reported):
            continue
        out.append(
            Finding(
                check="date_coverage",
                severity="warning",
                outlet=str(outlet),
                detail=f"no dated articles {side} {edge:%Y-%m-%d}; the other outlets have "
                f"{len(gap)} ({share:.0%} of theirs) {side} that date, to "
                f"{gap.min() if side == 'before' else gap.max():%Y-%m-%d}: comparisons over "
                "time lack this outlet there, and overall shares mix periods; compare over "
                "the period it covers to check.",
                n_articles=len(gap),
            )
        )
    return out
