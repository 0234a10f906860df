"""corpus_checks flags outlet names that may be one outlet (split_outlet) and merges nothing.

The names are those a Nexis export and a scrape give one paper: LexisNexisTools' sample export
prints "Guardian.com" and "Guardian" for the Guardian's site and paper; Nexis Uni prints
"The Guardian(London)"; news-please names it "theguardian.com"."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import corpus_checks
from analysis.quality.names import name_key


def _corpus(outlets: list[str]) -> pd.DataFrame:
    text = "Russian forces shelled the city overnight, the governor said. " * 8
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(outlets))],
            "outlet": outlets,
            "text": [text + str(i) for i in range(len(outlets))],
        }
    )


def test_one_paper_under_three_names_is_one_warning_naming_all_three():
    outlets = ["The Guardian(London)"] * 6 + ["Guardian.com"] * 5 + ["theguardian.com"] * 5
    outlets += ["The Times (London)"] * 6
    checks = corpus_checks(_corpus(outlets))
    split = checks[checks["check"] == "split_outlet"]
    assert len(split) == 1
    row = split.iloc[0]
    assert row["severity"] == "warning"
    assert row["outlet"] == "Guardian.com / The Guardian(London) / theguardian.com"
    assert row["n_articles"] == 16
    assert "Guardian.com (5)" in row["detail"]


def test_different_outlets_are_not_flagged():
    outlets = ["The Times (London)"] * 6 + ["The New York Times"] * 6 + ["The Sunday Times"] * 6
    checks = corpus_checks(_corpus(outlets))
    assert "split_outlet" not in set(checks["check"])


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("DAILY MAIL (London)", "Daily Mail", True),
        ("www.bbc.co.uk", "BBC", True),
        ("RIA Novosti (English)", "RIA Novosti", True),
        ("The Sun (England)", "The Sun (New York)", True),  # flagged; the researcher decides
        ("The Times", "The New York Times", False),
        ("Mail on Sunday", "Daily Mail", False),
        ("cnn.com", "CNBC", False),
        # review48: Nexis Uni names Fox's transcripts and its site apart; AllSides' source names
        ("Fox News Network", "FoxNews.com", True),
        ("Breitbart News Network", "Breitbart", True),
        ("New York Times - News", "New York Times (Online News)", True),
        ("NBC (Web News)", "NBCNews.com", True),
        # a channel word is no outlet by itself, and other names stay apart
        ("News", "Newsmax", False),
        ("Fox News Network", "Fox Business", False),
        ("The Washington Times", "The Washington Post", False),
    ],
)
def test_name_key(a, b, same):
    assert (name_key(a) == name_key(b)) is same
