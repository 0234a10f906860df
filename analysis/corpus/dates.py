"""Publication dates: a column of mixed date strings to naive UTC ``datetime64[ns]``."""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["parse_dates"]


def parse_dates(values: pd.Series, report: list[str]) -> pd.Series:
    """Parse a ``published`` column into naive UTC timestamps, NaT where there is no date.

    Strings in mixed formats are parsed one by one; time zones are converted to UTC and dropped;
    dates pandas cannot hold (before 1677, after 2262) become NaT.

    Parameters
    ----------
    values
        The column as read (text, or already datetimes).
    report
        What parsing changed is appended here (values that are not dates, dates out of range).

    Returns
    -------
    pandas.Series
        dtype ``datetime64[ns]``.

    Examples
    --------
    >>> notes = []
    >>> parse_dates(pd.Series(["2022-03-07T10:00:00+01:00", "soon", None]), notes).tolist()
    [Timestamp('2022-03-07 09:00:00'), NaT, NaT]
    >>> notes
    ['published: 1 value(s) could not be parsed as dates and are NaT']
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        s = values
    else:
        raw = values.map(_date_string)
        s = pd.to_datetime(raw, errors="coerce", format="mixed", utc=True)
        bad = int((raw.notna() & s.isna()).sum())
        if bad:
            report.append(f"published: {bad} value(s) could not be parsed as dates and are NaT")
    if getattr(s.dt, "tz", None) is not None:
        s = s.dt.tz_convert("UTC").dt.tz_localize(None)
    lo, hi = pd.Timestamp.min.as_unit("ns"), pd.Timestamp.max.as_unit("ns")
    out_of_range = s.notna() & ((s < lo) | (s > hi))
    if out_of_range.any():
        report.append(f"published: {int(out_of_range.sum())} date(s) outside 1677–2262 set to NaT")
        s = s.mask(out_of_range)
    return s.astype("datetime64[ns]")


def _date_string(v: Any) -> str | None:
    """One cell as a stripped string to parse, or ``None`` when it is missing or blank."""
    if v is None or (isinstance(v, float) and v != v) or str(v).strip() == "":
        return None
    return str(v).strip()
