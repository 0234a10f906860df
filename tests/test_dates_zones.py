"""Dates as exports and US sites write them: Unix time (seconds or milliseconds) and a
time-zone abbreviation after the time.  Before, each was left NaT ("could not be parsed"), so a
corpus exported with Unix timestamps had no dates at all; an abbreviation with two meanings (CST:
US Central or China) still is, and the note shows the value."""

from __future__ import annotations

import pandas as pd

from analysis.corpus.dates import date_notes, read_dates


def _read(values):
    r = read_dates(pd.Series(values))
    return r.dates.tolist(), date_notes(r)


def test_unix_seconds_and_milliseconds():
    # 1565015400 s = 2019-08-05 14:30 UTC (computed by hand: 18113 days + 52200 s)
    dates, notes = _read([1565015400, 1565101800])
    assert dates == [pd.Timestamp("2019-08-05 14:30"), pd.Timestamp("2019-08-06 14:30")]
    assert notes == [
        "published: read as Unix time (seconds since 1 January 1970, UTC), e.g. 2019-08-05 "
        "14:30 UTC"
    ]
    dates, _ = _read(["1565015400000", None])
    assert dates[0] == pd.Timestamp("2019-08-05 14:30") and pd.isna(dates[1])


def test_numbers_that_are_not_unix_time_are_not_read_as_such():
    # an id-like column (mixed lengths) and YYYYMMDD stay what they were
    dates, notes = _read([123456789012, 5])
    assert all(pd.isna(d) for d in dates)
    assert "Unix" not in " ".join(notes)
    assert _read([20190805])[0] == [pd.Timestamp("2019-08-05")]


def test_spreadsheet_day_numbers():
    """A date column saved from Excel as numbers (44621 for 1 March 2022: 44621 days after
    30 December 1899 — 1 March 2022 is day 738,215 of the proleptic calendar and 30 December
    1899 day 693,594) was left without any date; it is read, with a note."""
    dates, notes = _read(["44621", "44622.75", None])
    assert dates[:2] == [pd.Timestamp("2022-03-01"), pd.Timestamp("2022-03-02 18:00")]
    assert pd.isna(dates[2])
    assert notes == [
        "published: read as spreadsheet day numbers (Excel or LibreOffice dates saved as "
        "numbers: days since 30 December 1899), e.g. 2022-03-01; save the column as dates to "
        "keep the time zone"
    ]
    # numbers as read from a spreadsheet file (floats) too
    assert _read([44621.0, 44652.0])[0] == [pd.Timestamp("2022-03-01"), pd.Timestamp("2022-04-01")]
    # five-digit numbers before 1990 (an id, a postcode) are not dates
    dates, notes = _read(["12345", "44621"])
    assert all(pd.isna(d) for d in dates) and "spreadsheet" not in " ".join(notes)


def test_fixed_zone_abbreviations_become_utc():
    dates, notes = _read(
        ["2019-08-05 14:30:00 EST", "Aug 6, 2019 9:00 AM PDT", "2019-08-05 14:30 (BST)"]
    )
    assert dates == [
        pd.Timestamp("2019-08-05 19:30"),
        pd.Timestamp("2019-08-06 16:00"),
        pd.Timestamp("2019-08-05 13:30"),
    ]
    assert notes == []


def test_generic_us_zones_follow_daylight_saving_time():
    # ET is EDT (-4) in August and EST (-5) in January
    dates, _ = _read(["August 5, 2019 2:30 PM ET", "January 5, 2019 2:30 PM ET"])
    assert dates == [pd.Timestamp("2019-08-05 18:30"), pd.Timestamp("2019-01-05 19:30")]
    # 02:30 on 10 March 2019 does not exist in New York (clocks went 02:00 -> 03:00)
    dates, notes = _read(["2019-03-10 02:30 ET"])
    assert pd.isna(dates[0]) and "'2019-03-10 02:30 ET'" in notes[0]


def test_an_abbreviation_with_two_meanings_is_not_guessed():
    dates, notes = _read(["2019-08-05 14:30:00 CST"])
    assert pd.isna(dates[0])
    assert notes == [
        "published: 1 value(s) could not be parsed as dates and are left without a date "
        "(NaT; e.g. '2019-08-05 14:30:00 CST')"
    ]


def test_web_page_date_lines():
    """Date lines as scrapers copy them from pages were left NaT ('could not be parsed'): a
    label before the date, the Guardian's '10.04 GMT', a bullet between date and time."""
    dates, notes = _read(
        [
            "Published: 1 March 2022",
            "Posted on March 2, 2022",
            "First published on Tue 1 Mar 2022 10.04 GMT",
            "01 March 2022 • 10:04am",
        ]
    )
    assert dates == [
        pd.Timestamp("2022-03-01"),
        pd.Timestamp("2022-03-02"),
        pd.Timestamp("2022-03-01 10:04"),
        pd.Timestamp("2022-03-01 10:04"),
    ]
    assert notes == []
    # a date written with dots is no time: still a numeric date whose order must be proved
    dates, notes = _read(["10.04.2022", "15.04.2022"])
    assert dates == [pd.Timestamp("2022-04-10"), pd.Timestamp("2022-04-15")]
    assert notes == ["published: numeric dates read day first (DD/MM/YYYY), as '15.04.2022' shows"]


def test_an_update_line_is_read_and_counted():
    # CNN prints only 'Updated <time>, <day> <date>'; 10:04 EST is 15:04 UTC
    dates, notes = _read(["Updated 10:04 AM EST, Tue March 1, 2022", "Last updated: 2 March 2022"])
    assert dates == [pd.Timestamp("2022-03-01 15:04"), pd.Timestamp("2022-03-02")]
    assert notes == [
        "published: 2 value(s) are a page's update line ('Updated …'), read as the date: the "
        "article may have been published earlier"
    ]


def test_labelled_numeric_dates_prove_their_order_across_a_stream(tmp_path):
    # the whole file's evidence decides a stream's order: '25/03' in the last chunk proves day
    # first for '07/03' in the first, labels or not
    from analysis.corpus import iter_corpus

    pd.DataFrame(
        {
            "text": ["A.", "B.", "C."],
            "outlet": ["X", "Y", "X"],
            "date": ["Published: 07/03/2022", "Posted on 08/03/2022", "Published: 25/03/2022"],
        }
    ).to_csv(tmp_path / "c.csv", index=False)
    chunks = list(iter_corpus(tmp_path / "c.csv", chunksize=1))
    assert [c["published"].iloc[0] for c in chunks] == [
        pd.Timestamp("2022-03-07"),
        pd.Timestamp("2022-03-08"),
        pd.Timestamp("2022-03-25"),
    ]
