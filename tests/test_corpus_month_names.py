"""Date lines in the language of a news database's interface are read (German, French, Spanish,
Italian, Dutch, Portuguese month and weekday names), not left without a date."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus.dates import read_dates
from analysis.corpus.load import load_corpus


@pytest.mark.parametrize(
    "value, expected",
    [
        ("1. Juli 2019 Montag 9:20 AM GMT", "2019-07-01 09:20"),  # Nexis Uni, German
        ("8. März 2022 Dienstag", "2022-03-08 00:00"),
        ("29 décembre 2011 15:32", "2011-12-29 15:32"),  # Factiva, French (PD and ET)
        ("1er mars 2022", "2022-03-01 00:00"),
        ("8 de marzo de 2022", "2022-03-08 00:00"),
        ("7 de março de 2022 segunda-feira", "2022-03-07 00:00"),
        ("7 marzo 2022 lunedì", "2022-03-07 00:00"),
        ("7 maart 2022 maandag", "2022-03-07 00:00"),
        ("March 7, 2022 Monday", "2022-03-07 00:00"),  # English is unchanged
    ],
)
def test_month_names_of_six_languages_are_read(value, expected):
    dates = read_dates(pd.Series([value])).dates
    assert dates.iloc[0].strftime("%Y-%m-%d %H:%M") == expected


def test_a_word_that_is_not_a_date_stays_unreadable():
    r = read_dates(pd.Series(["Montag", "mars"]))
    assert r.dates.isna().all()
    assert r.example == "Montag"  # the note quotes the value as written


def test_a_german_nexis_export_is_dated(tmp_path):
    c = " " * 30
    export = (
        f"\n{c}1 of 1 DOCUMENT\n\n{c}Süddeutsche Zeitung\n\n{c}8. März 2022 Dienstag\n\n"
        "Angriff auf Charkiw\n\nLENGTH: 9 words\n\nRussische Truppen beschossen die Stadt.\n\n"
        "LOAD-DATE: March 9, 2022\n"
    )
    path = tmp_path / "sz.txt"
    path.write_text(export, encoding="utf-8")
    df = load_corpus(path)
    assert df["published"].iloc[0] == pd.Timestamp("2022-03-08")
