"""Mojibake in a scraped corpus: UTF-8 read as cp1252 and saved again (0.7 % of the AllSides
titles, "CongressÃ¢â‚¬â„¢ only mass shooting victim ..."; a body's quotation marks as
"â€œ ... â€\\x9d", which no quotation pattern finds).  Bodies and titles are repaired; correct
accented text is left alone."""

from __future__ import annotations

import pandas as pd

from analysis import load_corpus
from analysis.pipeline import analyse_article
from analysis.text.mojibake import repair_mojibake

# one layer (cp1252) and the doubly encoded form the AllSides titles hold
ONCE = "Obama\u00e2\u20ac\u2122s plan"
TWICE = "Congress\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2 only mass shooting victim"


def test_repairs_one_and_two_layers():
    assert repair_mojibake(ONCE) == "Obama\u2019s plan"
    assert repair_mojibake(TWICE) == "Congress\u2019 only mass shooting victim"
    assert repair_mojibake("\u00c2\u00a35 million") == "\u00a35 million"
    assert repair_mojibake("\u00c3\u00a9t\u00c3\u00a9 2022") == "\u00e9t\u00e9 2022"


def test_correct_text_is_left_alone():
    for text in (
        "the caf\u00e9\u2019s owner said \u201cno\u201d",
        "Z\u00fcrich\u2019s mayor \u2014 na\u00efve\u2026",
        "S\u00e3o Paulo, \u00ab guillemets \u00bb",
        "plain ASCII text",
    ):
        assert repair_mojibake(text) == text


def test_a_quotation_in_mojibake_is_found_after_the_repair():
    raw = (
        "The senator spoke on Tuesday.\n\n"
        "\u00e2\u20ac\u0153We will not back down on background checks,\u00e2\u20ac\x9d "
        "Smith said at a news conference in Washington."
    )
    a = analyse_article(raw)
    assert "\u201cWe will not back down on background checks,\u201d" in a.body
    assert "\u00e2\u20ac" not in a.body
    assert [q.text for q in a.quotes if "background checks" in q.text]


def test_titles_are_repaired_when_the_corpus_is_loaded(tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "date": ["2013-01-27", "2013-01-28"],
            "title": [TWICE, "Caf\u00e9 owners react"],
            "text": ["A body of text about guns.", "Another body of text."],
        }
    ).to_csv(path, index=False, encoding="utf-8")
    titles = load_corpus(path)["title"].tolist()
    assert titles == ["Congress\u2019 only mass shooting victim", "Caf\u00e9 owners react"]
