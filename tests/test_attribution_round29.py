"""Attribution round 29: constructions read on fresh development text.

Sentences quoted from AllSides articles (``../shared/datasets/allsides-2012-2020``; outlet and
article id named), none of them in PolNeAR; expected values written by hand.
"""

import pytest

from analysis.detect.quotes import find_attributions

# Class "a party-and-state tag before a relative *who*": the antecedent of *who* was read
# without skipping the tag, so the resolved speaker (the source profile's name) was the tag
# ("R-Wisc."); the speaker phrase as written stays *who* (PolNeAR's source convention).
TAG_BEFORE_WHO = [
    (  # AllSides, USA TODAY, Bcok1Vmli5usKNPi (named in round 28's notes)
        "The critics include House Speaker Paul Ryan, R-Wisc., who said that \"I'm just not a "
        "fan of broad based and across the board tariffs because there are a lot of unintended "
        'consequences."',
        "House Speaker Paul Ryan",
    ),
    (  # AllSides, Fox News, zba8Q4lLc1DNfcVP
        "The property tax exemption was later added at the insistence of Sen. Susan Collins, "
        "R-Maine, who said she was “delighted” about the change.",
        "Sen. Susan Collins",
    ),
    (  # AllSides, Fox Online News, lZ8A8DpCNz6b4ec2
        "Among the 25 names are Sen. Mike Lee, R-Utah, who said last year that he would “not "
        "say no” if Trump asked him to serve on the high court.",
        "Sen. Mike Lee",
    ),
]


@pytest.mark.parametrize("text, name", TAG_BEFORE_WHO)
def test_tag_before_who_is_no_antecedent(text, name):
    (a,) = [a for a in find_attributions(text) if a.verb == "said"]
    assert (a.speaker, a.resolved) == ("who", name)


def test_who_after_an_untagged_name_still_resolves_to_it():
    # counter-case: AllSides, Fox Online News, IhBeIvwX2pKoX1w9 with and without its tag (the
    # untagged form is ours): the name before the comma is the antecedent either way
    text = (
        "Freshman Rep. Rashida Tlaib, D-Mich., who said in January that she wanted to “impeach "
        "the president,” has introduced a resolution."
    )
    for t in (text, text.replace(" D-Mich.,", "")):
        (a,) = [a for a in find_attributions(t) if a.verb == "said"]
        assert a.resolved == "Freshman Rep. Rashida Tlaib"
