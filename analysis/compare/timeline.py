"""Time: how many articles each group published per period, and how a feature moved over time.

Both tables bin the ``published`` dates into calendar periods (:func:`time_bins`: days, weeks,
months or quarters, chosen from the span of the dates unless given) and keep the periods in
which a group published nothing, so that a gap shows as a gap.  The trends come with the same
percentile-bootstrap intervals over articles as :func:`analysis.outlet_summary`.  The figures
are :func:`analysis.plots.plot_timeline` and :func:`analysis.plots.plot_trend`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..errors import FramingError
from .frame import as_pandas, ok_rows
from .summary import outlet_summary

__all__ = [
    "FREQUENCIES",
    "as_dates",
    "choose_frequency",
    "time_bins",
    "period_label",
    "articles_over_time",
    "feature_trend",
]

#: Period codes (pandas) and their names, finest first.
FREQUENCIES: dict[str, str] = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def as_dates(values: Any) -> pd.Series:
    """Dates as naive timestamps (time zones converted to UTC first); NaT where missing.

    Examples
    --------
    >>> as_dates(pd.Series(["2022-03-07", None, "2022-03-08T23:30:00+02:00"])).dt.day.tolist()
    [7.0, nan, 8.0]
    """
    s = pd.Series(values)
    out = pd.to_datetime(s, errors="coerce", utc=True, format="mixed")
    return out.dt.tz_convert(None)


def choose_frequency(dates: Any, *, max_periods: int = 40) -> str:
    """The finest period (day, week, month, quarter, year) giving at most ``max_periods`` bins.

    Examples
    --------
    >>> choose_frequency(pd.to_datetime(["2022-02-24", "2022-08-06"]))
    'W'
    >>> choose_frequency(pd.to_datetime(["2012-01-01", "2020-12-31"]))
    'Q'
    """
    d = as_dates(dates).dropna()
    if d.empty:
        return "M"
    days = (d.max() - d.min()).days + 1
    for code, length in (("D", 1), ("W", 7), ("M", 30.4), ("Q", 91.3)):
        if days / length <= max_periods:
            return code
    return "Y"


def time_bins(dates: Any, freq: str = "auto") -> pd.Series:
    """The start of the calendar period of every date (weeks start on Monday).

    Parameters
    ----------
    dates
        Anything :func:`as_dates` reads.
    freq
        ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"`` or ``"auto"`` (:func:`choose_frequency`).

    Returns
    -------
    pandas.Series
        Period starts (timestamps), NaT where the date is missing; ``attrs["freq"]``.

    Examples
    --------
    >>> time_bins(pd.Series(["2022-03-09", "2022-03-15"]), "W").dt.strftime("%d %b").tolist()
    ['07 Mar', '14 Mar']
    """
    d = as_dates(dates)
    freq = choose_frequency(d) if freq == "auto" else freq
    if freq not in FREQUENCIES:
        raise FramingError(f"freq must be 'auto' or one of {', '.join(FREQUENCIES)}, not {freq!r}")
    out = d.dt.to_period(freq).dt.start_time
    out.attrs["freq"] = freq
    return out


def _binned(df: pd.DataFrame, date_column: str, freq: str) -> tuple[pd.DataFrame, str]:
    if date_column not in df.columns:
        raise FramingError(f"no {date_column!r} column: the corpus has no publication dates")
    period = time_bins(df[date_column], freq)
    if period.isna().all():
        raise FramingError(f"no article has a usable date in {date_column!r}")
    return df.assign(period=period.to_numpy()), period.attrs["freq"]


def _all_periods(period: pd.Series, freq: str) -> pd.DatetimeIndex:
    p = pd.period_range(period.min(), period.max(), freq=freq)
    return p.start_time


def articles_over_time(
    corpus: Any, *, by: str = "outlet", freq: str = "auto", date_column: str = "published"
) -> pd.DataFrame:
    """Articles per group and period (zeros included), from a corpus or feature table.

    Parameters
    ----------
    corpus
        Any table with the ``by`` and date columns (every row counts, usable or not).
    by
        Grouping column.
    freq
        Period (see :func:`time_bins`).
    date_column
        Column of publication dates.

    Returns
    -------
    pandas.DataFrame
        ``period`` (start), ``<by>``, ``n``; every period between the first and last date for
        every group; ``attrs["freq"]``, ``attrs["n_undated"]`` (rows without a date) and
        ``attrs["undated"]`` (group -> its rows without a date, most first; groups with every
        row dated left out).

    Examples
    --------
    >>> c = pd.DataFrame({"outlet": ["A", "A", "B"],
    ...                   "published": ["2022-03-01", "2022-05-02", "2022-05-03"]})
    >>> t = articles_over_time(c, freq="M")
    >>> t.pivot(index="period", columns="outlet", values="n").values.tolist()
    [[1, 0], [0, 0], [1, 1]]
    """
    df, freq = _binned(as_pandas(corpus), date_column, freq)
    dated = df[df["period"].notna()]
    periods = _all_periods(dated["period"], freq)
    groups = sorted(dated[by].astype(str).unique())
    counts = dated.groupby([dated["period"], dated[by].astype(str)]).size()
    full = pd.MultiIndex.from_product([periods, groups], names=["period", by])
    out = counts.reindex(full, fill_value=0).rename("n").reset_index()
    out["n"] = out["n"].astype(int)
    undated = df.loc[df["period"].isna(), by].astype(str).value_counts()
    out.attrs.update(
        {
            "freq": freq,
            "n_undated": int(undated.sum()),
            "undated": {str(g): int(k) for g, k in undated.items()},
            "by": by,
        }
    )
    return out


def feature_trend(
    feats: Any,
    features: Sequence[str],
    *,
    by: str | None = "outlet",
    freq: str = "auto",
    date_column: str = "published",
    n_boot: int = 2000,
    ci: float = 0.95,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Mean of features per period (and group), with percentile-bootstrap intervals.

    Parameters
    ----------
    feats
        Feature table with the date column (rows with ``status != "ok"`` are excluded).
    features
        Feature columns.
    by
        Grouping column, or ``None`` for the whole corpus per period.
    freq
        Period (see :func:`time_bins`).
    date_column
        Column of publication dates.
    n_boot, ci, random_state
        As for :func:`analysis.outlet_summary` (the same bootstrap, per period and group).

    Returns
    -------
    pandas.DataFrame
        ``period``, ``<by>`` (``"all"`` when ``by`` is None), ``feature``, ``n``, ``mean``,
        ``ci_low``, ``ci_high`` (NaN where n < 2); periods without articles are left out;
        ``attrs["freq"]``.

    Examples
    --------
    >>> f = pd.DataFrame({"outlet": "A", "status": "ok", "x": [1.0, 3.0, 10.0],
    ...                   "published": ["2022-03-01", "2022-03-20", "2022-04-02"]})
    >>> t = feature_trend(f, ["x"], freq="M", n_boot=100)
    >>> t[["n", "mean"]].values.tolist()
    [[2.0, 2.0], [1.0, 10.0]]
    """
    ok, _ = ok_rows(feats, by=by)
    ok, freq = _binned(ok, date_column, freq)
    ok = ok[ok["period"].notna()]
    group = ok[by].astype(str) if by is not None else pd.Series("all", index=ok.index)
    key = ok["period"].dt.strftime("%Y-%m-%d") + "\x1f" + group
    summ = outlet_summary(
        ok.assign(_cell=key.to_numpy()),
        by="_cell",
        features=list(features),
        n_boot=n_boot,
        ci=ci,
        random_state=random_state,
    )
    parts = summ["_cell"].str.split("\x1f", expand=True)
    out = pd.DataFrame(
        {
            "period": pd.to_datetime(parts[0]),
            by or "group": parts[1],
            "feature": summ["feature"],
            "n": summ["n"].astype(float),
            "mean": summ["mean"],
            "ci_low": summ["ci_low"],
            "ci_high": summ["ci_high"],
        }
    )
    out = out[out["n"] > 0].sort_values([by or "group", "feature", "period"], kind="stable")
    out = out.reset_index(drop=True)
    out.attrs.update({"freq": freq, "n_boot": n_boot, "ci": ci, "by": by})
    return out


def period_label(freq: str) -> str:
    """``"W"`` -> ``"week"``.

    Examples
    --------
    >>> period_label("Q")
    'quarter'
    """
    return FREQUENCIES.get(freq, freq)
