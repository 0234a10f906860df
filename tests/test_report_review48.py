"""Round review48: the reports on a researcher's Nexis Uni export (269 AllSides articles on 85
same events, 3 .docx + 1 .rtf), read as a new user would."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.clean import clean_article
from analysis.report.events import event_coverage

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def test_report_04_says_how_much_of_the_corpus_its_events_hold():
    # on the export, report 04 listed "81 event(s) reported by two or more outlets" and never
    # said that they hold 226 of its 269 articles: on a corpus built of same events the first
    # question is how many articles found no partner
    ev = pd.DataFrame({"article_ids": [("Files (1)-0001", "Files (1)-0002")] * 1})
    assert event_coverage(ev, 5, noun="country") == (
        "The 1 event hold 2 of the 5 articles (40%); 3 are in none (an event needs articles "
        "of two or more countries)."
    ).replace("event hold", "event holds")
    source = (NOTEBOOKS / "04-same-event.py").read_text(encoding="utf-8")
    assert "event_coverage(events, len(loaded), noun=noun)" in source


def test_every_article_in_an_event_is_said_so():
    ev = pd.DataFrame({"article_ids": [("a", "b"), ("c", "d")]})
    assert event_coverage(ev, 4).startswith("The 2 events hold 4 of the 4 articles (100%); 0 are")
    assert event_coverage(ev.iloc[:0], 0) == ""


# The New York Times' newsletter widget, as AllSides' NYT texts print it (224 articles)
NYT_WIDGET = (
    "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by "
    "clicking the box. Invalid email address. Please re-enter. You must select a newsletter to "
    "subscribe to. Sign Up You will receive emails containing news content , updates and "
    "promotions from The New York Times. You may opt-out at any time. You agree to receive "
    "occasional updates and special offers for The New York Times's products and services. "
    "Thank you for subscribing. An error has occurred. Please try again later. View all New "
    "York Times newsletters."
)


def test_the_nyt_newsletter_widget_is_page_furniture():
    # on the export its words made "receive", "updates", "sign" and "newsletter" four of the
    # New York Times' six most distinctive terms in report 03
    body = "Mitt Romney said on Wednesday that the mandate was a tax.\n\n" + NYT_WIDGET
    art = clean_article(body + "\n\nHe spoke in Wolfeboro, N.H.")
    assert "Newsletter Sign Up" not in art.body
    assert [reason for _, reason in art.removed] == ["promo"]
    # counter-case: a sentence of the article about newsletters stays
    kept = "Newsletter sign-ups rose after the debate, the campaign said, and it continued."
    assert kept in clean_article(body.split("\n\n")[0] + "\n\n" + kept).body


def test_report_01_does_not_call_a_database_export_a_scrape():
    # on the Nexis Uni export report 01 spoke of "each raw scrape", "read exactly as scraped"
    # and "median length of the raw scrape": the corpus was a database's export
    source = (NOTEBOOKS / "01-corpus.py").read_text(encoding="utf-8")
    assert "raw scrape" not in source
    assert "exactly as scraped or exported" in source
