"""Round review48: the reports on a researcher's Nexis Uni export (269 AllSides articles on 85
same events, 3 .docx + 1 .rtf), read as a new user would."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

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
