"""Round review50: a researcher's own spreadsheet of AllSides Middle East news (373 articles,
CNN, Christian Science Monitor, Fox News, Washington Times; columns ``ID, Publication, Lean,
Date, Headline, Byline, URL, Article Text``), all ten reports read as screenshots."""

from __future__ import annotations

import pandas as pd

from analysis import load_corpus

# --- the command line names a column with a space as a user types it --------------------------


def _sheet(tmp_path, **columns):
    df = pd.DataFrame(
        {
            "ID": [1, 2],
            "Publication": ["Fox News", "CNN (Web News)"],
            "Date": ["9/12/2012", "9/13/2012"],
            **columns,
            "Article Text": [
                "The U.S. ambassador to Libya and three other Americans were killed.",
                "Story highlights Obama condemns the attack in Benghazi\n\nThe president spoke.",
            ],
        }
    )
    path = tmp_path / "sheet.csv"
    df.to_csv(path, index=False)
    return path


def test_the_missing_column_message_names_a_spaced_column_as_an_option(
    tmp_path, capsys, monkeypatch
):
    # framing report on the sheet said "pass text_column='Article Text'" (the Python
    # argument) beside "pass --outlet-column Publication"
    from analysis.cli.main import main

    monkeypatch.delenv("FRAMING_MAKE", raising=False)
    path = _sheet(tmp_path, Headline=["A", "B"])
    assert main(["report", "--corpus", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "pass --text-column 'Article Text' to use the 'Article Text' column" in err
    assert "pass --outlet-column Publication to use" in err
    assert "text_column=" not in err


def test_cli_wording_quotes_a_name_with_a_space():
    from analysis.cli.corpus_options import cli_wording, make_wording

    msg = "rename yours (pass text_column='Article Text' to use the 'Article Text' column)."
    said = cli_wording(msg)
    assert (
        said == "rename yours (pass --text-column 'Article Text' to use the 'Article Text' column)."
    )
    assert make_wording(said, True).endswith("REPORT_ARGS=\"--text-column 'Article Text'\"")
    # counter-cases: a name without a space is written as before
    assert (
        cli_wording("pass outlet_column='Publication' to") == "pass --outlet-column Publication to"
    )
    assert cli_wording("pass text_column=body.") == "pass --text-column body."


# --- loading: a sheet's "Headline" is the articles' title ------------------------------------


def _load(path, **options):
    return load_corpus(path, text_column="Article Text", outlet_column="Publication", **options)


def test_a_headline_column_is_read_as_the_title_and_said(tmp_path):
    # the reports said "(no title in the scrape)" above every article of a sheet headed
    # "Headline", and CNN's "Story highlights …" line stood in as its title
    heads = ["U.S. ambassador to Libya killed in attack", "Obama vows justice"]
    got = _load(_sheet(tmp_path, Headline=heads))
    assert got["title"].tolist() == heads
    assert "Headline" not in got.columns
    assert (
        "column 'Headline' read as 'title' (another name of it; --title-column names another "
        "column)" in got.attrs["load_report"]
    )


def test_a_title_column_wins_and_two_headlines_are_no_choice(tmp_path):
    # counter-cases: a sheet with Title keeps it, and its Headline stays a column of its own
    got = _load(_sheet(tmp_path, Title=["A", "B"], Headline=["C", "D"]))
    assert got["title"].tolist() == ["A", "B"] and got["Headline"].tolist() == ["C", "D"]
    # two columns that are both a headline: neither is chosen
    two = _load(_sheet(tmp_path, Headline=["C", "D"], HEADLINE=["E", "F"]))
    assert two["title"].fillna("").eq("").all()
    assert not any("read as 'title'" in line for line in two.attrs["load_report"])
    # the option names the title column
    chosen = _load(_sheet(tmp_path, Headline=["C", "D"], Hed=["G", "H"]), title_column="Hed")
    assert chosen["title"].tolist() == ["G", "H"] and chosen["Headline"].tolist() == ["C", "D"]
