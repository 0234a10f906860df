"""Date problems: dates left empty (undecidable day/month order, not a date, out of range,
missing), dates far outside the corpus's span, and outlets that cover different periods.

How the dates were read comes from ``corpus.attrs["dates"]`` (:func:`analysis.load_corpus`);
a corpus built by hand whose ``published`` column is still text is read here the same way.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..corpus.dates import read_dates
from ..corpus.standardise import date_summary
from .coverage_gaps import uncovered_periods
from .findings import ALL_OUTLETS, Finding, examples

__all__ = [
    "date_findings",
    "PLACEHOLDER_DATES",
    "OUTLIER_IQRS",
    "OUTLIER_MIN_DAYS",
    "COVERAGE_SHARE",
    "OUTSIDE_SHARE",
    "UNDATED_SHARE",
]

#: Dates that are defaults of some system rather than publication dates.
PLACEHOLDER_DATES = (pd.Timestamp("1970-01-01"), pd.Timestamp("1900-01-01"))
#: A date more than this many interquartile ranges outside the middle half of the corpus's dates
#: is an outlier ...
OUTLIER_IQRS = 3
#: ... and at least this far outside it (a corpus on one war's first months keeps its first
#: days: the Guardian/NYT set, February to August 2022, half of it in June-July).
OUTLIER_MIN_DAYS = 180
#: An outlet whose central 80% of dates spans less than this share of the other outlets' span
#: covers another period than they do, even inside theirs.
COVERAGE_SHARE = 0.5
#: An outlet with at least this share of its dated articles (and at least 5) from before the
#: first or after the last article of every other outlet covers a period they do not: the
#: Guardian/NYT set, whose NYT articles start on 10 May 2022 and the Guardian's on 24 February
#: (review of its reports, 2026-12-06), passed the central-80 % test above.
OUTSIDE_SHARE = 0.15
#: An outlet with at least this share of its articles undated is a warning: its timeline and
#: any comparison by period rest on the few articles that have a date (a scrape whose date
#: field was filled for 2 of 30 articles; review of a 12-outlet AllSides sample, 2026-12-06).
UNDATED_SHARE = 0.5


def _reading(corpus: pd.DataFrame) -> tuple[pd.Series, dict[str, Any]]:
    """The dates and how they were read (re-read when ``published`` is still text)."""
    if "published" not in corpus.columns:
        empty: dict[str, Any] = {"column": None, "order": "none", "evidence": ""}
        return pd.Series(pd.NaT, index=corpus.index, dtype="datetime64[ns]"), empty
    col = corpus["published"]
    if pd.api.types.is_datetime64_any_dtype(col):
        return col.astype("datetime64[ns]"), dict(corpus.attrs.get("dates") or {})
    r = read_dates(col)
    outlets = corpus["outlet"].astype(str) if "outlet" in corpus.columns else col.map(str)
    return r.dates, date_summary(r, outlets, "published")


def date_findings(corpus: pd.DataFrame, f: pd.DataFrame) -> list[Finding]:
    """The date findings of a corpus.

    Parameters
    ----------
    corpus
        The corpus (its ``published`` column and ``attrs["dates"]``).
    f
        :func:`~analysis.quality.findings.check_frame` of the corpus.

    Returns
    -------
    list of Finding
    """
    dates, how = _reading(corpus)
    dates = pd.Series(dates.to_numpy(), index=f.index)
    out = _loading_findings(how)
    left_empty = {
        o: sum(how.get(k, {}).get(o, 0) for k in ("ambiguous", "unparseable", "out_of_range"))
        for o in set(f["outlet"])
    }
    has_dates = dates.notna().any()
    if not has_dates:  # no date at all: one line, not one per outlet
        if "published" in corpus.columns and not sum(left_empty.values()):
            out.append(
                Finding(
                    check="date_missing",
                    severity="info",
                    outlet=ALL_OUTLETS,
                    detail="no article has a date: no timeline can be drawn. Load the corpus "
                    "with date_column= (framing report --date-column) if it has one.",
                    n_articles=len(f),
                )
            )
        return out
    for outlet, g in f.groupby("outlet", sort=True):
        missing = int(dates[g.index].isna().sum()) - left_empty.get(outlet, 0)
        if missing <= 0:
            continue
        dated, mostly = len(g) - missing, missing >= UNDATED_SHARE * len(g)
        if not dated:
            tail = ": the outlet is absent from every timeline."
        elif mostly:
            tail = (
                f": its timeline and comparisons by period rest on {dated} dated "
                f"article{'s' if dated > 1 else ''}."
            )
        else:
            tail = "."
        out.append(
            Finding(
                check="date_missing",
                severity="warning" if mostly else "info",
                outlet=str(outlet),
                detail=f"{missing} of {len(g)} articles have no date{tail}",
                n_articles=missing,
                examples=examples(g.loc[dates[g.index].isna(), "article_id"]),
            )
        )
    out.extend(_outliers(dates, f))
    out.extend(_coverage(dates, f))
    return out


def _loading_findings(how: dict[str, Any]) -> list[Finding]:
    """The order numeric dates were read in, and the dates loading had to leave empty."""
    out = []
    if how.get("order") in ("day-first", "month-first") and how.get("evidence"):
        first = "day first (DD/MM/YYYY)" if how["order"] == "day-first" else "month first"
        out.append(
            Finding(
                check="date_order",
                severity="info",
                outlet=ALL_OUTLETS,
                detail=f"numeric dates were read {first}, as {how['evidence']!r} in the "
                f"{how.get('column') or 'date'} column shows.",
            )
        )
    texts = {
        "ambiguous": (
            "date_order",
            "date(s) could be day-first or month-first and no value settles the order: left "
            "empty, not guessed. Load with dayfirst=True or dayfirst=False (framing report "
            "--dayfirst / --monthfirst).",
        ),
        "unparseable": ("date_unparseable", "date value(s) are not dates: left empty."),
        "out_of_range": ("date_unparseable", "date(s) before 1677 or after 2262: left empty."),
    }
    for key, (check, text) in texts.items():
        for outlet, n in sorted((how.get(key) or {}).items()):
            out.append(
                Finding(
                    check=check,
                    severity="warning",
                    outlet=str(outlet),
                    detail=f"{n} {text}",
                    n_articles=int(n),
                )
            )
    return out


def _past_gap(known: pd.Series, edge: pd.Timestamp, upward: bool) -> pd.Timestamp | None:
    """The first date, going away from ``edge``, that follows a stretch of at least
    :data:`OUTLIER_MIN_DAYS` days without any article; None when the dates run on."""
    side = known[known > edge] if upward else known[known < edge]
    run = pd.Series(sorted(side.unique(), reverse=not upward))
    if run.empty:
        return None
    steps = pd.concat([pd.Series([abs(run.iloc[0] - edge)]), run.diff().abs().iloc[1:]])
    wide = steps.to_numpy() >= pd.Timedelta(days=OUTLIER_MIN_DAYS)
    return run.iloc[int(wide.argmax())] if wide.any() else None


def _outliers(dates: pd.Series, f: pd.DataFrame) -> list[Finding]:
    """Placeholder dates, and dates far outside the middle half of the corpus's dates *and*
    cut off from it by a stretch of :data:`OUTLIER_MIN_DAYS` days without an article (a tail
    that runs on, such as the later years of a corpus on a long debate, is no outlier)."""
    known = dates.dropna()
    if len(known) < 4:
        return []
    q1, q3 = known.quantile(0.25), known.quantile(0.75)
    spread = max((q3 - q1) * OUTLIER_IQRS, pd.Timedelta(days=OUTLIER_MIN_DAYS))
    far = dates.isin(PLACEHOLDER_DATES)
    high, low = _past_gap(known, q3, True), _past_gap(known, q1, False)
    if high is not None:
        far |= (dates > q3 + spread) & (dates >= high)
    if low is not None:
        far |= (dates < q1 - spread) & (dates <= low)
    out = []
    for outlet, g in f[far.to_numpy()].groupby("outlet", sort=True):
        d = dates[g.index]
        out.append(
            Finding(
                check="date_outlier",
                severity="warning",
                outlet=str(outlet),
                detail=f"{len(g)} date(s) far outside the corpus's span (half its articles "
                f"date from {q1:%Y-%m-%d} to {q3:%Y-%m-%d}): {d.min():%Y-%m-%d}"
                + (f" … {d.max():%Y-%m-%d}" if d.max() != d.min() else "")
                + ". A default date, a misread one, or an article from another story?",
                n_articles=len(g),
                examples=examples(g["article_id"]),
            )
        )
    return out


def _coverage(dates: pd.Series, f: pd.DataFrame) -> list[Finding]:
    """Outlets whose central 80% of dates do not overlap those of the other outlets, whose
    articles lie outside the others' period, or who lack a period the others cover."""
    out, reported, unflagged = [], set(), []
    for outlet, g in f.groupby("outlet", sort=True):
        mine = dates[g.index].dropna()
        rest = dates.drop(index=g.index).dropna()
        if len(mine) < 3 or len(rest) < 3:
            continue
        lo, hi = mine.quantile(0.1), mine.quantile(0.9)
        rlo, rhi = rest.quantile(0.1), rest.quantile(0.9)
        apart = hi < rlo or lo > rhi
        # a short stretch inside a long one: the outlet's articles come from one moment of a
        # story the others follow for much longer (by-country: RU a month of 2024, the others
        # two years)
        brief = (hi - lo) < COVERAGE_SHARE * (rhi - rlo)
        if not (apart or brief):
            found, index = _outside(outlet, mine, rest)
            out.extend(found)
            reported |= index
            unflagged.append((outlet, mine, rest))
        else:
            out.append(
                Finding(
                    check="date_coverage",
                    severity="warning",
                    outlet=str(outlet),
                    detail=f"most of its articles date from {lo:%Y-%m-%d} to {hi:%Y-%m-%d}, "
                    f"those of the other outlets from {rlo:%Y-%m-%d} to {rhi:%Y-%m-%d}"
                    + ("" if apart else f" ({_days(hi - lo)} against {_days(rhi - rlo)})")
                    + ": differences from them may be differences in time, not in framing.",
                    n_articles=len(mine),
                )
            )
    for outlet, mine, rest in unflagged:
        out.extend(uncovered_periods(outlet, mine, rest, reported=reported))
    return out


def _outside(outlet: Any, mine: pd.Series, rest: pd.Series) -> tuple[list[Finding], set]:
    """An outlet whose articles before the first or after the last article of all the other
    outlets are at least :data:`OUTSIDE_SHARE` of its dated articles (and at least 5), and the
    index of those articles (empty when not reported)."""
    days, first, last = mine.dt.normalize(), rest.min().normalize(), rest.max().normalize()
    before, after = int((days < first).sum()), int((days > last).sum())
    if before + after < max(5, OUTSIDE_SHARE * len(mine)):
        return [], set()
    parts = []
    if before:
        parts.append(f"{before} before {first:%Y-%m-%d}")
    if after:
        parts.append(f"{after} after {last:%Y-%m-%d}")
    share = (before + after) / len(mine)
    finding = Finding(
        check="date_coverage",
        severity="warning",
        outlet=str(outlet),
        detail=f"{before + after} of its {len(mine)} dated articles ({share:.0%}) date from "
        f"outside the other outlets' period ({' and '.join(parts)}, their first and last "
        "article): differences from them may be differences in time, not in framing; "
        f"compare over the common period ({first:%Y-%m-%d} to {last:%Y-%m-%d}) to check.",
        n_articles=before + after,
    )
    return [finding], set(days.index[(days < first) | (days > last)])


def _days(span: pd.Timedelta) -> str:
    return "1 day" if span.days == 1 else f"{span.days:,} days"
