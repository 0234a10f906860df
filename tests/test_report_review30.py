"""Reports 02, 06, 07 and 10 on a corpus about elections and health care (the report review of
round 30).

The corpus of the review: a seeded sample (``random_state=30``, 75 articles an outlet) of 300
AllSides articles of the topics "elections" and "healthcare", 3 Jun 2012 to 21 Jul 2020, from
four outlets of different lean: Vox (left), Reuters (center), Washington Times and Townhall
(right).
"""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd

from analysis import spans
from analysis.pipeline import analyse_article
from analysis.report.evidence import article_evidence
from analysis.text.typography import MARK_LIKE

# Reuters, tJGhSzWQpTwx1g6e ("Trump-backed candidate's 'monkey' comment draws fire in Florida
# race"): report 02's evidence view underlined the whole sentence as reported speech, speaker
# ("Critics on Wednesday") and verb included.
CRITICS = (
    "Critics on Wednesday blasted DeSantis, a staunch Donald Trump supporter who won his "
    "party’s nomination the previous day, for comments they said had racist undertones."
)
# Vox, SLZYh6Axe6Ioge0B: the evidence table had a reported row '" Conway said' (the closing
# mark of the quotation and its attribution) and the view underlined a lone '"'.
CONWAY = (
    "In September, his then newly appointed campaign manager Kellyanne Conway said it was her "
    'intention to overhaul the campaign’s ground game tactics. "Mr. Trump is an unconventional '
    'candidate, but I have an appreciation for ... conventional tactics," Conway said, '
    "according to CNN. \"We've got to invest in the fundamentals. ... Do I wish these things "
    "had been done before? Sure. But we're trying to accelerate it, and not abandon it.\""
)
# Vox, b3XeyaqqHnVg1Kez: the reporting verb alone was a reported row ('thinks').
PAUL = (
    "Paul is basically alone on these issues in the primary. Virtually every plausible "
    "Republican candidate has argued that the Obama administration's major problem is that it's "
    "been too unwilling to intervene forcefully around the world. Paul, of course, thinks the "
    "opposite."
)


def _reported_rows(text: str) -> list[str]:
    corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["o"], "title": [""], "text": [text]})
    ev = spans(corpus)
    return ev.loc[ev["family"] == "reported", "text"].tolist()


def test_reported_rows_leave_out_the_attribution_and_the_quotation_marks() -> None:
    rows = _reported_rows(CONWAY)
    assert "it was her intention to overhaul the campaign’s ground game tactics." in rows
    assert not any("Conway said" in r for r in rows)
    assert all(r[0] not in MARK_LIKE and r[-1] not in MARK_LIKE for r in rows)
    assert all(r == r.strip() for r in rows)


def test_a_reporting_verb_and_its_speaker_are_not_reported_speech() -> None:
    rows = _reported_rows(CRITICS)
    assert not any("Critics" in r or "blasted" in r or "they said" in r for r in rows)
    assert any("racist undertones" in r for r in rows)
    paul = _reported_rows(PAUL)
    assert "thinks" not in paul
    assert any(r.startswith("that the Obama administration") for r in paul)


class _Underlined(HTMLParser):
    """The text inside each ``fe-reported`` span of the evidence view."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.runs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "span":
            reported = "fe-reported" in (dict(attrs).get("class") or "").split()
            if reported:
                self.runs.append("")
            self.stack.append(reported)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if any(self.stack):
            self.runs[-1] += data


def _underlined(text: str) -> list[str]:
    parser = _Underlined()
    parser.feed(article_evidence(analyse_article(text)))
    return parser.runs


def test_the_evidence_view_underlines_the_source_s_words_not_the_attribution() -> None:
    runs = _underlined(CONWAY)
    assert any("her intention to overhaul" in r for r in runs)
    assert not any("Conway said" in r for r in runs)
    assert not any(r.strip(" " + MARK_LIKE) == "" for r in runs)  # no lone quotation mark
    assert not any("Critics" in r or "blasted" in r for r in _underlined(CRITICS))


# Washington Times, pdiblUlfj0RqcVqA: report 07's "Who is quoted" listed "Mrs. Clinton 35" with
# Bill Clinton's voices counted in (the forms of a surname are one source), and "Harris 26" for
# Kamala Harris, Rep. Andy Harris and the journalist John Harris; no column said which forms.
CLINTONS = (
    "Former President Bill Clinton defended the foundation on similar grounds, telling "
    "reporters in Atlanta on Wednesday, “If there’s something wrong with creating jobs and "
    "saving lives, I don’t know what it is.”\n\n"
    "“We still don’t have a lot of answers about Sen. Obama and his dealings with Mr. Rezko,” "
    "Mrs. Clinton said in a 2008 interview with a television station in Washington."
)


def test_who_is_quoted_lists_the_forms_a_surname_row_counts_together() -> None:
    from analysis.report.sources import side_sources, unsided_sources

    table = unsided_sources([analyse_article(CLINTONS)], ["Washington Times"])
    row = table[table["source"].str.contains("Clinton")].iloc[0]  # one row for both Clintons
    assert "Bill Clinton" in row["forms"] and "Mrs. Clinton 1" in row["forms"]
    assert "forms" in side_sources([analyse_article(CLINTONS)], ["Washington Times"]).columns


def test_a_reported_stretch_says_whose_words_it_is() -> None:
    # Vox, SLZYh6Axe6Ioge0B: the 'reported' rows had no speaker or verb, and the view's hover
    # said only "attributed to a source", so a reader could not check whose words they were
    corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["o"], "title": [""], "text": [CONWAY]})
    ev = spans(corpus)
    row = ev[(ev["family"] == "reported") & ev["text"].str.startswith("it was her intention")]
    assert "Kellyanne Conway" in row["speaker"].iloc[0] and row["verb"].iloc[0] == "said"
    view = article_evidence(analyse_article(CONWAY))
    assert "reported speech of" in view and "Kellyanne Conway (said)" in view
