"""Publication dates: a column of mixed date strings to naive UTC ``datetime64[ns]``.

Numeric dates such as ``07/03/2022`` are read in the order the **column** proves: day first
when some value has a first field above 12 (``25/03/2022``), month first when some value has
a second field above 12 (``03/25/2022``).  When no value settles it, dates whose two fields
differ are left NaT and the load report says so: nothing is parsed silently wrong (pandas
alone reads ``07/03/2022`` as 3 July).  ISO dates (``2022-03-07``) and dates with a month name
are never ambiguous.  ``dayfirst=`` overrides the inference.  Month and weekday names in
German, French, Spanish, Italian, Dutch and Portuguese are read as their English names
(:mod:`analysis.corpus.month_names`: database date lines such as "1. Juli 2019 Montag").
Web pages' date lines ("Published: 1 March 2022", "10:04 AM EST, Tue March 1, 2022") are
rewritten first (:mod:`analysis.corpus.date_labels`).

A column whose every value is a whole number of 9–10 or 12–13 digits between 1990 and 2100 as
Unix time is read as Unix time (seconds, or milliseconds, since 1970, UTC), as exports from
databases and APIs write it; one whose every value is a 5-digit number between 32874 and 73051
(a fraction allowed) as spreadsheet day numbers (a date column saved from Excel as numbers:
``44621`` is 1 March 2022).  A time-zone abbreviation at the end of a date (``14:30 EST``) is
read as its UTC offset when it has one meaning in news (``lexicons/time_zones.csv``; not
``CST`` or ``IST``); ``ET``/``CT``/``MT``/``PT`` by the offset of that date in that zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

import pandas as pd

from ..lexicons import read_table
from .date_labels import plain_dates
from .month_names import english_names

__all__ = [
    "parse_dates",
    "read_dates",
    "date_evidence",
    "date_notes",
    "DateEvidence",
    "DateReading",
]

# day/month/year or month/day/year with one separator used twice, then an optional time
_NUMERIC = r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[\sT,])(.*)$"


class DateEvidence(NamedTuple):
    """What the numeric dates of a column say about their order (see :func:`date_evidence`)."""

    #: a value whose first field is above 12 (so day first), or ``""``
    day_first: str
    #: a value whose second field is above 12 (so month first), or ``""``
    month_first: str
    #: values written ``NN/NN/YYYY`` (any of ``/ . -`` as separator)
    n_numeric: int

    def merge(self, other: DateEvidence) -> DateEvidence:
        """The evidence of two parts of one column (a streamed corpus, chunk by chunk).

        Examples
        --------
        >>> a = DateEvidence("25/03/2022", "", 3)
        >>> a.merge(DateEvidence("", "", 2))
        DateEvidence(day_first='25/03/2022', month_first='', n_numeric=5)
        """
        return DateEvidence(
            day_first=self.day_first or other.day_first,
            month_first=self.month_first or other.month_first,
            n_numeric=self.n_numeric + other.n_numeric,
        )

    def order(self, dayfirst: bool | None = None) -> str:
        """``day-first``, ``month-first``, ``undecided`` (no value settles it), ``mixed`` (values
        prove both) or ``none`` (no numeric date); an explicit ``dayfirst`` wins.

        Examples
        --------
        >>> DateEvidence("25/03/2022", "", 2).order(), DateEvidence("", "", 2).order()
        ('day-first', 'undecided')
        >>> DateEvidence("", "", 2).order(dayfirst=False)
        'month-first'
        """
        if dayfirst is not None:
            return "day-first" if dayfirst else "month-first"
        if not self.n_numeric:
            return "none"
        if self.day_first and self.month_first:
            return "mixed"
        if self.day_first:
            return "day-first"
        if self.month_first:
            return "month-first"
        return "undecided"


class DateReading(NamedTuple):
    """A date column as read by :func:`read_dates`: the dates and why some are missing."""

    #: naive UTC ``datetime64[ns]``, NaT where there is no date
    dates: pd.Series
    #: the order numeric dates were read in (:meth:`DateEvidence.order`)
    order: str
    evidence: DateEvidence
    #: numeric dates left NaT because their order cannot be decided
    ambiguous: pd.Series
    #: values present but not dates (or impossible in the order chosen)
    unparseable: pd.Series
    #: dates pandas cannot hold (before 1677, after 2262)
    out_of_range: pd.Series
    #: ``"s"`` or ``"ms"`` when the column was read as Unix time, ``"days"`` when as
    #: spreadsheet day numbers, else ``""``
    unix: str = ""
    #: the first value that could not be parsed (for the note), else ``""``
    example: str = ""
    #: values that were a page's update line ("Updated 2 March 2022"), read as the date
    updated: int = 0


def _date_strings(values: pd.Series) -> pd.Series:
    """Every cell as a stripped string, ``None`` where missing or blank."""

    def one(v: Any) -> str | None:
        if v is None or (isinstance(v, float) and v != v) or str(v).strip() == "":
            return None
        return str(v).strip()

    return values.astype(object).map(one)


def _numeric_fields(raw: pd.Series) -> pd.DataFrame:
    """The fields of the ``NN/NN/YYYY`` values (first, second, year, rest); NaN rows elsewhere."""
    fields = raw.astype("string").str.extract(_NUMERIC)
    fields.columns = ["a", "sep", "b", "year", "rest"]
    return fields


def date_evidence(values: Iterable[Any]) -> DateEvidence:
    """Which order the numeric dates of a column prove: a value with a field above 12.

    Parameters
    ----------
    values
        The column's values (strings; missing values and other formats are ignored).

    Returns
    -------
    DateEvidence

    Examples
    --------
    >>> date_evidence(["07/03/2022", "25/03/2022", "2022-03-07"])
    DateEvidence(day_first='25/03/2022', month_first='', n_numeric=2)
    >>> date_evidence(["07/03/2022", "01/02/2022"]).order()
    'undecided'
    """
    raw, _ = plain_dates(_date_strings(pd.Series(list(values), dtype=object)))
    f = _numeric_fields(raw)
    ok = f["a"].notna()
    a = pd.to_numeric(f["a"][ok]).astype(int)
    b = pd.to_numeric(f["b"][ok]).astype(int)
    # a value proves an order only if it is a valid date in that order (13/13/2022 proves none)
    first = raw[ok][(a > 12) & (b <= 12)]
    second = raw[ok][(b > 12) & (a <= 12)]
    return DateEvidence(
        day_first=str(first.iloc[0]) if len(first) else "",
        month_first=str(second.iloc[0]) if len(second) else "",
        n_numeric=int(ok.sum()),
    )


#: Unix time between 1990 and 2100, in seconds (9–10 digits) or milliseconds (12–13 digits).
_UNIX = {"s": (631152000, 4102444800), "ms": (631152000000, 4102444800000)}
_WHOLE = re.compile(r"^(\d{9,10}|\d{12,13})(?:\.0*)?$")
#: Spreadsheet day numbers (days since 1899-12-30, a fraction for the time of day) between
#: 1990 (32874) and 2100 (73051): a date column saved from Excel or LibreOffice as numbers.
_DAYS = (32874, 73051)
_SERIAL = re.compile(r"^\d{5}(?:\.\d*)?$")
_SERIAL_EPOCH = pd.Timestamp("1899-12-30")


def _unix_unit(raw: pd.Series) -> str:
    """``"s"``/``"ms"`` when every present value is Unix time in that unit, ``"days"`` when
    every one is a spreadsheet day number (see the module), else ``""``."""
    present = raw.dropna()
    if present.empty:
        return ""
    if present.map(lambda v: bool(_SERIAL.match(v))).all():
        return "days" if present.astype(float).between(*_DAYS).all() else ""
    if not present.map(lambda v: bool(_WHOLE.match(v))).all():
        return ""
    numbers = present.map(lambda v: int(v.split(".")[0]))
    for unit, (lo, hi) in _UNIX.items():
        if numbers.between(lo, hi).all():
            return unit
    return ""


@lru_cache(maxsize=1)
def _zone_offsets() -> dict[str, str]:
    """Time-zone abbreviation -> UTC offset (``lexicons/time_zones.csv``)."""
    rows = read_table("time_zones.csv", required=("abbreviation", "utc_offset"))
    return {r["abbreviation"]: r["utc_offset"] for r in rows}


_TRAILING_ZONE = re.compile(r"(?<=[\dMm.])\s*\(?([A-Z]{1,5})\)?$")


def _zone_offset(stamp: str, zone: str) -> str | None:
    """The UTC offset (``-04:00``) of ``zone`` (a fixed offset, or an IANA zone whose offset
    depends on the date) for the date ``stamp``; ``None`` if ``stamp`` is no date or the local
    time does not exist or is repeated there."""
    if not zone.startswith(("+", "-")):
        naive = pd.to_datetime(stamp, errors="coerce", format="mixed")
        if pd.isna(naive) or naive.tzinfo is not None:
            return None
        local = naive.tz_localize(zone, ambiguous="NaT", nonexistent="NaT")
        if pd.isna(local):
            return None
        zone = local.strftime("%z")
    return zone


def _with_offsets(raw: pd.Series) -> pd.Series:
    """A listed time-zone abbreviation after the time (``14:30 EST``, ``9:00 AM ET``) as its
    UTC offset (``lexicons/time_zones.csv``)."""
    zones = _zone_offsets()

    def one(v: Any) -> Any:
        if not isinstance(v, str) or not v.rstrip(")")[-1:].isupper():
            return v
        m = _TRAILING_ZONE.search(v)
        if m is None or m.group(1) not in zones:
            return v
        offset = _zone_offset(v[: m.start()], zones[m.group(1)])
        return v if offset is None else f"{v[: m.start()]} {offset}"

    return raw.map(one)


def _iso_strings(raw: pd.Series, order: str) -> tuple[pd.Series, pd.Series]:
    """Numeric dates rewritten as ISO in ``order``; and the mask of those left undecided."""
    f = _numeric_fields(raw)
    ok = f["a"].notna()
    out = raw.copy()
    ambiguous = pd.Series(False, index=raw.index)
    if not ok.any():
        return out, ambiguous
    a = pd.to_numeric(f["a"][ok]).astype(int)
    b = pd.to_numeric(f["b"][ok]).astype(int)
    year = pd.to_numeric(f["year"][ok]).astype(int)
    year = year.where(f["year"][ok].str.len() == 4, year + (year < 69) * 2000 + (year >= 69) * 1900)
    if order == "day-first":
        day, month = a, b
    elif order == "month-first":
        day, month = b, a
    else:  # undecided or mixed: each value on its own evidence; equal fields are the same date
        day_first = (a > 12) | (a == b)
        day, month = a.where(day_first, b), b.where(day_first, a)
        undecided = (a != b) & (a <= 12) & (b <= 12)
        ambiguous.loc[undecided[undecided].index] = True
    iso = (
        year.map("{:04d}".format)
        + "-"
        + month.map("{:02d}".format)
        + "-"
        + day.map("{:02d}".format)
        + f["rest"][ok].fillna("")
    )
    out.loc[ok[ok].index] = iso
    out[ambiguous] = None
    return out, ambiguous


def read_dates(
    values: pd.Series, *, dayfirst: bool | None = None, evidence: DateEvidence | None = None
) -> DateReading:
    """Read a date column: the dates, the order used, and why some are missing.

    Parameters
    ----------
    values
        The column as read (text, numbers, or already datetimes).
    dayfirst
        ``True``: numeric dates are day first (UK, Europe); ``False``: month first (US);
        ``None`` (default): the order the column proves (:func:`date_evidence`).
    evidence
        The evidence of the whole column when ``values`` is only part of it (a chunk of a
        streamed corpus); default: that of ``values``.

    Returns
    -------
    DateReading

    Examples
    --------
    >>> r = read_dates(pd.Series(["07/03/2022", "25/03/2022"]))
    >>> r.order, r.dates.dt.strftime("%d %B").tolist()
    ('day-first', ['07 March', '25 March'])
    >>> r = read_dates(pd.Series(["07/03/2022", "01/02/2022", "02/02/2022"]))
    >>> r.order, r.dates.isna().tolist(), int(r.ambiguous.sum())
    ('undecided', [True, True, False], 2)
    """
    none = pd.Series(False, index=values.index)
    unix, example, updated = "", "", 0
    if pd.api.types.is_datetime64_any_dtype(values):
        s, ambiguous, unparseable = values, none, none
        ev, order = evidence or DateEvidence("", "", 0), "none"
    else:
        raw, updated = plain_dates(_date_strings(values))
        unix = _unix_unit(raw)
        ev = evidence if evidence is not None else date_evidence(raw)
        order = ev.order(dayfirst)
        if unix == "days":
            days = pd.to_timedelta(pd.to_numeric(raw, errors="coerce"), unit="D")
            s, ambiguous = (_SERIAL_EPOCH + days).dt.round("s"), none
        elif unix:
            numbers = pd.to_numeric(raw, errors="coerce")
            s, ambiguous = pd.to_datetime(numbers, unit=unix, utc=True), none
        else:
            iso, ambiguous = _iso_strings(english_names(raw), order)
            s = pd.to_datetime(_with_offsets(iso), errors="coerce", format="mixed", utc=True)
        unparseable = raw.notna() & s.isna() & ~ambiguous
        example = str(raw[unparseable].iloc[0]) if unparseable.any() else ""
    if getattr(s.dt, "tz", None) is not None:
        s = s.dt.tz_convert("UTC").dt.tz_localize(None)
    lo, hi = pd.Timestamp.min.as_unit("ns"), pd.Timestamp.max.as_unit("ns")
    out_of_range = s.notna() & ((s < lo) | (s > hi))
    s = s.mask(out_of_range).astype("datetime64[ns]")
    return DateReading(
        dates=s,
        order=order,
        evidence=ev,
        ambiguous=ambiguous,
        unparseable=unparseable & ~out_of_range,
        out_of_range=out_of_range,
        unix=unix,
        example=example,
        updated=updated,
    )


def parse_dates(
    values: pd.Series,
    report: list[str],
    *,
    dayfirst: bool | None = None,
    evidence: DateEvidence | None = None,
    column: str = "published",
) -> pd.Series:
    """Parse a date column into naive UTC timestamps, NaT where there is no date.

    Strings in mixed formats are parsed one by one; numeric dates in the order the column
    proves (see the module); time zones are converted to UTC and dropped; dates pandas cannot
    hold (before 1677, after 2262) become NaT.

    Parameters
    ----------
    values
        The column as read (text, or already datetimes).
    report
        What parsing decided or changed is appended here (the order of numeric dates and the
        value that proves it, dates left NaT because their order is undecided, values that are
        not dates, dates out of range).
    dayfirst, evidence
        As for :func:`read_dates`.
    column
        The column's name, for the notes.

    Returns
    -------
    pandas.Series
        dtype ``datetime64[ns]``.

    Examples
    --------
    >>> notes = []
    >>> parse_dates(pd.Series(["2022-03-07T10:00:00+01:00", "soon", None]), notes).tolist()
    [Timestamp('2022-03-07 09:00:00'), NaT, NaT]
    >>> print(notes[0])
    published: 1 value(s) could not be parsed as dates and are left without a date (NaT;
    e.g. 'soon')
    """
    r = read_dates(values, dayfirst=dayfirst, evidence=evidence)
    report.extend(date_notes(r, column=column, explicit=dayfirst is not None))
    return r.dates


def date_notes(r: DateReading, *, column: str = "published", explicit: bool = False) -> list[str]:
    """The load-report sentences for a :class:`DateReading`.

    Examples
    --------
    >>> date_notes(read_dates(pd.Series(["07/03/2022", "03/25/2022"])))
    ["published: numeric dates read month first (MM/DD/YYYY), as '03/25/2022' shows"]
    """
    notes = []
    ev = r.evidence
    if r.order in ("day-first", "month-first") and ev.n_numeric:
        how = "day first (DD/MM/YYYY)" if r.order == "day-first" else "month first (MM/DD/YYYY)"
        why = "as asked (dayfirst=%s)" % (r.order == "day-first")
        if not explicit:
            why = f"as {ev.day_first or ev.month_first!r} shows"
        notes.append(f"{column}: numeric dates read {how}, {why}")
    n_amb = int(r.ambiguous.sum())
    if n_amb:
        mixed = (
            f"the column mixes day-first ({ev.day_first!r}) and month-first "
            f"({ev.month_first!r}) dates"
            if r.order == "mixed"
            else "no value in the column has a day above 12 to settle the order"
        )
        notes.append(
            f"{column}: {n_amb} date(s) could be day-first or month-first ({mixed}) and are NaT; "
            "pass dayfirst=True (day first, as in the UK) or dayfirst=False (month first, as "
            "in the US) to load_corpus, or --dayfirst / --monthfirst to framing"
        )
    first = r.dates.dropna()
    if r.unix == "days":
        shown = f", e.g. {first.iloc[0]:%Y-%m-%d}" if len(first) else ""
        notes.append(
            f"{column}: read as spreadsheet day numbers (Excel or LibreOffice dates saved as "
            f"numbers: days since 30 December 1899){shown}; save the column as dates to keep "
            "the time zone"
        )
    elif r.unix:
        shown = f", e.g. {first.iloc[0]:%Y-%m-%d %H:%M} UTC" if len(first) else ""
        unit = "seconds" if r.unix == "s" else "milliseconds"
        notes.append(f"{column}: read as Unix time ({unit} since 1 January 1970, UTC){shown}")
    if r.updated:
        notes.append(
            f"{column}: {r.updated} value(s) are a page's update line ('Updated …'), read as "
            "the date: the article may have been published earlier"
        )
    bad = int(r.unparseable.sum())
    if bad:
        notes.append(
            f"{column}: {bad} value(s) could not be parsed as dates and are left without a "
            f"date (NaT; e.g. {r.example!r})"
        )
    n_out = int(r.out_of_range.sum())
    if n_out:
        notes.append(
            f"{column}: {n_out} date(s) outside the years 1677–2262 (the range pandas can "
            "hold; a year 0001 is a scraper's placeholder) left without a date (NaT)"
        )
    return notes
