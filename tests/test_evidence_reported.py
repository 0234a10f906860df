"""The evidence table carries the reported voice's regions (family ``reported``), so the keyword
search of report 02 can tell indirect speech from the outlet's own words.

Before, the table had quotations but no reported regions: report 02's search said "Indirect
speech without quotation marks is not told apart here" on every corpus (report review 28).
"""

from __future__ import annotations

import pandas as pd

from analysis import spans
from analysis.detect.voice import VoiceSpans
from analysis.report.keyword_context import kwic, kwic_html, kwic_sentences

# The Daily Mail's sentence of issue 17 (bundled article): Peskov's claim is reported speech.
PESKOV = (
    "Peskov claimed Russia had been forced to launch the operation to force the "
    "demilitarisation of Ukraine. The talks in Antalya ended without a deal."
)


def _corpus(text: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": [""], "text": [text]})


def test_reported_regions_cut_out_quotations():
    v = VoiceSpans(([10, 40], [20, 45]), ([0, 35], [30, 50]))
    assert v.reported_only() == [(0, 10), (20, 30), (35, 40), (45, 50)]
    assert VoiceSpans(([0], [50]), ([10], [20])).reported_only() == []


def test_spans_has_a_reported_row_for_indirect_speech():
    ev = spans(_corpus(PESKOV))
    rep = ev[ev["family"] == "reported"]
    assert len(rep) == 1
    row = rep.iloc[0]
    assert "demilitarisation of Ukraine" in row["text"]
    assert row["voice"] == "reported"
    assert "Antalya" not in row["text"]  # the next sentence is the outlet's own
    # the marker inside it has the same voice as the region that covers it
    m = ev[(ev["family"] == "marker") & (ev["text"] == "demilitarisation")]
    assert m["voice"].tolist() == ["reported"]
    assert row["start"] <= int(m["start"].iloc[0]) < row["end"]


def test_keyword_search_tells_reported_speech_apart():
    c = _corpus(PESKOV)
    sents = kwic_sentences(c, spans(c))
    hits = kwic(sents, "demilitarisation")
    assert hits["voice"].tolist() == ["reported"]
    assert kwic(sents, "Antalya")["voice"].tolist() == ["author"]
    page = kwic_html(sents)._repr_html_()
    assert "is not told apart here" not in page


def test_the_evidence_view_shows_reported_speech():
    from analysis.pipeline import analyse_article
    from analysis.report import article_evidence, evidence_legend

    a = analyse_article(PESKOV * 3)
    page = article_evidence(a)
    # the claim is drawn as reported speech, the marker inside it keeps its own colour
    assert page.count('class="fe fe-reported"') >= 3
    assert "demilitarisation" in page
    assert "Reported speech (reported voice)" in evidence_legend()
