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
