"""The sources behind the side shares of report 07 (analysis.report.sources)."""

from __future__ import annotations

import pandas as pd

from analysis import load_corpus
from analysis.pipeline import analyse_corpus
from analysis.report import anonymous_source_evidence, side_sources


def test_side_sources_count_the_forms_of_one_name_together_and_show_a_sentence(tmp_path):
    # report 07 on the by-country corpus listed "Biden" and "Mr Biden" as two US-government
    # sources; side shares were computed but no report showed whom the actors table put on
    # which side
    text = (
        "Mr Biden said the sanctions would bite within weeks. "
        '"We will not back down," President Joe Biden said on Friday. '
        "Peskov said the talks in Geneva had failed."
    )
    corpus = pd.DataFrame(
        {"article_id": ["a1", "a2"], "outlet": ["GB", "US"], "text": [text, text]}
    )
    corpus.to_csv(tmp_path / "c.csv", index=False)
    arts = analyse_corpus(load_corpus(tmp_path / "c.csv"))
    got = side_sources(arts, ["GB", "US"])
    rows = got.set_index("source").to_dict("index")
    assert set(rows) == {"Mr Biden", "Peskov"} or set(rows) == {"President Joe Biden", "Peskov"}
    biden = next(v for k, v in rows.items() if "Biden" in k)
    assert biden["side"] == "us government"
    assert biden["voices"] == 4  # two voices in each of the two articles
    assert biden["groups"] == "GB 2, US 2"
    assert rows["Peskov"]["side"] == "russian government"
    assert rows["Peskov"]["example"] == "Peskov said the talks in Geneva had failed."
    assert list(got["side"]) == ["us government", "russian government"]  # most voices first


def test_side_sources_of_articles_without_sided_sources_is_an_empty_table(tmp_path):
    corpus = pd.DataFrame(
        {"article_id": ["a1"], "outlet": ["GB"], "text": ["It rained all day in the hills."]}
    )
    corpus.to_csv(tmp_path / "c.csv", index=False)
    got = side_sources(analyse_corpus(load_corpus(tmp_path / "c.csv")), ["GB"])
    columns = ["side", "source", "forms", "voices", "groups", "example"]
    assert got.empty and list(got.columns) == columns


def test_anonymous_source_evidence_keeps_the_source_and_cue_in_view(tmp_path):
    # report 07 on AllSides Middle East news cut this Fox News sentence at 300 characters
    # before its source, so the row showed no anonymous source at all
    long_lead = (
        "The United States is sending weapons to Kurdish forces in Iraq who have begun to roll "
        "back gains made by Sunni militants in the north of the country after weeks of "
        "retreat along a front that stretches from the Syrian border to the outskirts of "
        "Kirkuk and beyond the oil fields that the regional government has held since the "
        "army withdrew, "
    )
    texts = [
        long_lead + "a senior U.S. official confirmed to Fox News.",
        "A senior Iraqi official told The New York Times that Maliki had placed tanks in "
        "the Green Zone.",
        "It rained all day in the hills.",
    ]
    corpus = pd.DataFrame(
        {"article_id": ["a1", "a2", "a3"], "outlet": ["Fox", "Fox", "CNN"], "text": texts}
    )
    corpus.to_csv(tmp_path / "c.csv", index=False)
    arts = analyse_corpus(load_corpus(tmp_path / "c.csv"))
    out = anonymous_source_evidence(arts, ["Fox", "Fox", "CNN"], max_chars=200)._repr_html_()
    assert out.count("<tr><td>") == 2  # one row per article with an anonymous source
    assert 'title="source">a senior U.S. official</mark>' in out
    assert 'title="cue">confirmed</mark>' in out
    assert "…" in out and "The United States is sending" not in out  # cut before, not after
    assert 'title="source">A senior Iraqi official</mark>' in out
    assert anonymous_source_evidence(arts[2:], ["CNN"]) is None
