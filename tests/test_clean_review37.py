"""Outlet furniture still kept in bodies on the AllSides set (review 37).

Counted per outlet on the AllSides set after cleaning, and read: photo captions whose credit
follows a bar (Politico's lead caption glued to its credit, section, headline and dek; CNBC's
"caption. Photographer | Reuters"). The lines below are quoted from those articles; the
counter-cases are real paragraphs that must stay.
"""

import pytest

from analysis import clean_article

BEFORE = (
    "At the same time, many of the administration's efforts have been stalled or blocked by "
    "Congress, the courts, or state and local officials. Below is a look at what the White House "
    "has accomplished on immigration — and what it hasn't."
)
AFTER = (
    "A federal judge excoriated Alabama's funding system in an 800-page opinion. Still, he found "
    "the plaintiffs were not entitled to relief from the court."
)


@pytest.mark.parametrize(
    "caption",
    [
        "A headline about President Donald Trump is shown outside Fox News studios on Nov. 28. | "
        "Mark Lennihan/AP Photo Media Fox News will not tweet this story The network hasn't "
        "tweeted since Nov. 8.",
        "DNC Chair Tom Perez. | Wilfredo Lee/AP Photo 2020 democratic debates DNC set to squeeze "
        "Dem debate stage again",
        "Sen. Brooke campaigning for Richard Nixon in 1968. | Getty",
        "Kim Yo Jong, sister of North Korea's leader Kim Jong Un. Jorge Silva | Reuters",
    ],
)
def test_a_caption_with_its_credit_after_a_bar_is_not_in_the_body(caption):
    art = clean_article("\n\n".join([caption, BEFORE, AFTER]))
    assert caption not in art.body
    assert BEFORE in art.body and AFTER in art.body
    art = clean_article("\n\n".join([BEFORE, caption, AFTER]))
    assert caption not in art.body
    assert (caption, "caption") in art.removed


@pytest.mark.parametrize(
    "prose",
    [
        "Stephen Dunn | Getty Images. Billionaire Mark Cuban took time out of a back-and forth "
        "with Piers Morgan on Twitter to bash Sen. Ted Cruz and Republican nominee Donald Trump.",
        "A Reuters/Ipsos poll last week found more than half of Americans blamed Trump for the "
        "shutdown even as he has sought to shift blame to Democrats.",
    ],
)
def test_prose_near_a_credit_is_kept(prose):
    art = clean_article("\n\n".join([BEFORE, prose, AFTER]))
    assert prose in art.body
