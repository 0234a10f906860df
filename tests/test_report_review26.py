"""Reports on the Guardian/NYT Ukraine-war set read as a reviewer reads them (the report review
of round 26).

The corpus of the review: ``ukraine-2022-guardian-nyt/articles.csv``, 407 articles of two
outlets (New York Times 219, lead paragraphs only, 10 May to 31 Jul 2022; The Guardian 188,
24 Feb to 6 Aug 2022, with briefings, live blogs and letters).
"""

from __future__ import annotations

import re

from analysis.report import evidence_html, evidence_legend


def test_every_highlight_colour_of_the_evidence_view_is_in_its_legend():
    # report 02 of the review: "missile strikes", "rocket attacks" (violence), "several",
    # "some" (quantifier) and "extremist" (contested) were highlighted in grey, a colour the
    # legend above the articles did not have
    body = "Missile strikes hit several towns."
    shown = evidence_html(
        body,
        [],
        [
            {"start": 0, "end": 15, "category": "violence", "voice": "author"},
            {"start": 20, "end": 27, "category": "quantifier", "voice": "author"},
        ],
        include_style=False,
    )
    used = set(re.findall(r'class="fe (fe-[a-z]+)', shown))
    assert used == {"fe-other"}
    legend = evidence_legend(include_style=False)
    keyed = set(re.findall(r'class="fe (fe-[a-z]+)', legend))
    assert used <= keyed
    assert "violence" in legend and "quantifier" in legend


def test_harm_coverage_caveat_does_not_call_a_war_corpus_a_story_without_violence():
    # report 09 of the review: "Harm to people is reported in 184 of the 407 usable articles
    # (45%) ... (on a story without violence, many of them are deaths from illness or
    # figurative uses ...)" - on a corpus about a war
    import pandas as pd

    from analysis.report.harm import harm_coverage

    events = pd.DataFrame(
        {"group": ["New York Times"] * 2 + ["The Guardian"] * 3, "article_id": list("abcde")}
    )
    usable = pd.Series(["New York Times"] * 6 + ["The Guardian"] * 6)
    text, kind = harm_coverage(events, usable)
    assert kind == "caveat"
    assert "5 of the 12 usable articles (42%)" in text
    assert "without violence" not in text
    assert "read the sentences in the evidence table" in text
