"""Publication dates: the order of numeric dates is proved by the column, never guessed.

Expected dates are written by hand (UK style 07/03/2022 is 7 March 2022).
"""

import pandas as pd
import pytest

from analysis import load_corpus
from analysis.corpus import iter_corpus
from analysis.corpus.dates import date_evidence, parse_dates, read_dates
from analysis.errors import CorpusError, FramingError

T = pd.Timestamp
NaT = pd.NaT


@pytest.mark.parametrize(
    "values, expected, order",
    [
        # a UK column: 25/03 proves day first, so 07/03/2022 is 7 March (pandas alone: 3 July)
        (["07/03/2022", "25/03/2022"], [T("2022-03-07"), T("2022-03-25")], "day-first"),
        (["07.03.2022", "13.03.2022"], [T("2022-03-07"), T("2022-03-13")], "day-first"),
        (["07-03-2022 10:30", "31-12-2021"], [T("2022-03-07 10:30"), T("2021-12-31")], "day-first"),
        # a US column: 03/25 proves month first
        (["07/03/2022", "03/25/2022"], [T("2022-07-03"), T("2022-03-25")], "month-first"),
        (["3/7/22", "12/31/21"], [T("2022-03-07"), T("2021-12-31")], "month-first"),
        # ISO and month names are never ambiguous
        (["2022-03-07", "2022-07-03"], [T("2022-03-07"), T("2022-07-03")], "none"),
        (["7 March 2022", "March 25, 2022"], [T("2022-03-07"), T("2022-03-25")], "none"),
        (
            ["2022-03-07T10:00:00Z", "20220125T090000Z"],
            [T("2022-03-07 10:00"), T("2022-01-25 09:00")],
            "none",
        ),
        # no value settles the order: those that differ are NaT, equal fields are one date
        (["07/03/2022", "01/02/2022"], [NaT, NaT], "undecided"),
        (
            ["07/03/2022", "05/05/2022", "2022-03-09"],
            [NaT, T("2022-05-05"), T("2022-03-09")],
            "undecided",
        ),
        # both orders proved: each value on its own evidence, the undecidable ones NaT
        (
            ["25/03/2022", "03/25/2022", "07/03/2022"],
            [T("2022-03-25"), T("2022-03-25"), NaT],
            "mixed",
        ),
        # 13/13/2022 proves nothing (it is no date in either order)
        (["13/13/2022", "07/03/2022"], [NaT, NaT], "undecided"),
    ],
)
def test_numeric_dates_are_read_in_the_order_the_column_proves(values, expected, order):
    r = read_dates(pd.Series(values))
    assert r.order == order
    got = r.dates.tolist()
    assert [None if pd.isna(g) else g for g in got] == [None if pd.isna(e) else e for e in expected]


def test_undecided_dates_are_reported_not_guessed():
    notes = []
    s = parse_dates(pd.Series(["07/03/2022", "01/02/2022", "2022-03-09"]), notes)
    assert s.isna().tolist() == [True, True, False]
    assert len(notes) == 1
    assert "2 date(s) could be day-first or month-first" in notes[0]
    assert "dayfirst=True" in notes[0] and "--dayfirst" in notes[0]


@pytest.mark.parametrize(
    "dayfirst, expected",
    [
        (True, [T("2022-03-07"), T("2022-02-01")]),
        (False, [T("2022-07-03"), T("2022-01-02")]),
    ],
)
def test_dayfirst_option_decides_an_undecided_column(tmp_path, dayfirst, expected):
    p = tmp_path / "c.csv"
    p.write_text("outlet,text,date\nA,one,07/03/2022\nB,two,01/02/2022\n", encoding="utf-8")
    c = load_corpus(p, dayfirst=dayfirst)
    assert c["published"].tolist() == expected
    assert c.attrs["dates"]["order"] == ("day-first" if dayfirst else "month-first")


def test_dayfirst_false_makes_a_uk_date_unparseable_not_wrong():
    notes = []
    s = parse_dates(pd.Series(["25/03/2022", "07/03/2022"]), notes, dayfirst=False)
    assert pd.isna(s.iloc[0]) and s.iloc[1] == T("2022-07-03")
    assert any("1 value(s) could not be parsed" in n for n in notes)


def test_uk_csv_loads_day_first_and_says_why(tmp_path):
    p = tmp_path / "uk.csv"
    p.write_text(
        "outlet,text,published\nGuardian,a,07/03/2022\nGuardian,b,25/03/2022\nBBC,c,01/04/2022\n",
        encoding="utf-8",
    )
    c = load_corpus(p)
    assert c["published"].tolist() == [T("2022-03-07"), T("2022-03-25"), T("2022-04-01")]
    note = "published: numeric dates read day first (DD/MM/YYYY), as '25/03/2022' shows"
    assert note in c.attrs["load_report"]
    assert c.attrs["dates"]["order"] == "day-first"
    assert c.attrs["dates"]["ambiguous"] == {}


def test_undecided_dates_are_counted_by_outlet(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text(
        "outlet,text,date\nA,a,07/03/2022\nA,b,01/02/2022\nB,c,03/03/2022\nB,d,2022-03-09\n",
        encoding="utf-8",
    )
    c = load_corpus(p)
    assert c.attrs["dates"]["ambiguous"] == {"A": 2}
    assert c.attrs["dates"]["column"] == "date"
    assert c["published"].isna().tolist() == [True, True, False, False]


def test_date_column_option(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text(
        "outlet,text,published,first_seen\nA,a,2020-01-01,07/03/2022\nB,b,2020-01-02,25/03/2022\n",
        encoding="utf-8",
    )
    c = load_corpus(p, date_column="first_seen")
    assert c["published"].tolist() == [T("2022-03-07"), T("2022-03-25")]
    assert c["published_original"].tolist() == ["2020-01-01", "2020-01-02"]
    with pytest.raises(CorpusError, match=r"date_column='seen' names no column"):
        load_corpus(p, date_column="seen")


def test_bad_dayfirst_is_refused():
    with pytest.raises(CorpusError, match=r"dayfirst='yes'"):
        load_corpus(None, dayfirst="yes")


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_streaming_reads_dates_as_whole_loading(tmp_path, suffix):
    # the value proving day first is in the last chunk: every chunk must still read day first
    df = pd.DataFrame(
        {
            "outlet": ["A", "B", "A", "B"],
            "text": ["one", "two", "three", "four"],
            "date": ["07/03/2022", "01/02/2022", "05/06/2022", "25/03/2022"],
        }
    )
    p = tmp_path / f"c.{suffix}"
    if suffix == "csv":
        df.to_csv(p, index=False)
    elif suffix == "jsonl":
        df.to_json(p, orient="records", lines=True)
    else:
        df.to_parquet(p)
    expected = [T("2022-03-07"), T("2022-02-01"), T("2022-06-05"), T("2022-03-25")]
    assert load_corpus(p)["published"].tolist() == expected
    streamed = pd.concat(list(iter_corpus(p, chunksize=1)))
    assert streamed["published"].tolist() == expected


def test_date_evidence_merges_across_chunks():
    a = date_evidence(["07/03/2022"])
    b = date_evidence(["03/25/2022"])
    assert a.order() == "undecided" and b.order() == "month-first"
    assert a.merge(b).order() == "month-first"


# --- two bugs of the streaming reader ------------------------------------------------------------


@pytest.mark.parametrize("chunksize", [0, -1, 1.5, True, "10"])
@pytest.mark.parametrize("source", ["folder", "csv"])
def test_iter_corpus_bad_chunksize_is_a_framing_error(tmp_path, chunksize, source):
    # was: range() step 0 -> "ValueError: range() arg 3 must not be zero" for a folder
    from analysis.paths import DEFAULT_CORPUS

    if source == "folder":
        p = DEFAULT_CORPUS
    else:
        p = tmp_path / "c.csv"
        p.write_text("outlet,text\nA,one\n", encoding="utf-8")
    with pytest.raises(FramingError, match=r"chunksize=.*positive number of articles"):
        list(iter_corpus(p, chunksize=chunksize))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "name, text",
    [
        ("c.csv", "outlet,text\nA,caf\u00e9 \u2013 Kyiv\nB,plain words\n"),
        (
            "c.jsonl",
            '{"outlet": "A", "text": "caf\u00e9 \u2013 Kyiv"}\n'
            '{"outlet": "B", "text": "plain words"}\n',
        ),
        ("c.csv", "outlet,text\nA,plain ascii only\nB,more words\n"),
    ],
)
def test_utf16_without_bom_reads_the_same_whole_and_streamed(tmp_path, codec, name, text):
    # was: load_corpus read an ASCII-only UTF-16-LE CSV, iter_corpus failed ("not UTF-8 text");
    # with an é both failed ("binary data"), and big-endian files came out as CJK characters
    p = tmp_path / name
    p.write_bytes(text.encode(codec))
    whole = load_corpus(p)
    streamed = pd.concat(list(iter_corpus(p, chunksize=1)))
    expected = ["caf\u00e9 \u2013 Kyiv", "plain words"] if "Kyiv" in text else None
    if expected is None:
        expected = ["plain ascii only", "more words"]
    assert whole["text"].tolist() == expected
    assert streamed["text"].tolist() == expected
    assert whole["outlet"].tolist() == streamed["outlet"].tolist() == ["A", "B"]
