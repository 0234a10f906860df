"""Contributor credits at the end of an article are not the article's text (about one AllSides
article in ten ends with one; in the gun-policy report they made "associated press" a
distinguishing term of Fox News)."""

from __future__ import annotations

import pytest

from analysis.clean import clean_article

BODY = "The Senate voted on the background-check bill on Wednesday, and it failed to advance."


@pytest.mark.parametrize(
    "credit",
    [
        "The Associated Press contributed to this report.",
        "Fox News\u2019 Madeline Farber, Gregg Re and the Associated Press contributed to this "
        "report.",
        "Morgan Chalfant contributed to this report, which was updated at 1:00 p.m.",
        "Melanie Zanona contributed reporting to this story.",
        "\u2014Reid J. Epstein contributed to this article.",
        "Additional reporting by Jane Smith in London.",
        "Bacon reported from McLean, Va.; Contributing: William M. Welch, USA TODAY; "
        "Associated Press",
    ],
)
def test_a_credit_line_is_removed_as_a_byline(credit):
    art = clean_article(f"{BODY}\n\n{credit}")
    assert art.body == BODY
    assert (credit, "byline") in art.removed


@pytest.mark.parametrize(
    "prose",
    [
        "Human activity contributed to the rising temperatures the report describes.",
        "Many factors contributed to the report's conclusions, the panel said.",
        "She is a contributing editor at the magazine and wrote the report.",
    ],
)
def test_prose_about_contributions_is_kept(prose):
    art = clean_article(f"{BODY}\n\n{prose}")
    assert prose in art.body
