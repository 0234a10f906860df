"""Link labels ending in "click here" kept in the body (left by review 33, counted in session 34).

On the AllSides set, 275 kept lines held "click here" (or "graphic above", "see the video")
after cleaning; 120 of them are link labels: NPR's fallback under an embedded graphic or video,
CNN's programme promo, and lines that only point to a link ("For more on …, click here.").
The lines below are quoted from those articles; the counter-cases are real sentences that
name a click and stay.
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
    "label",
    [
        "Don't see the graphic above? Click here.",
        "Can't see the video? Click here.",
        "Not seeing the video? Click here.",
        "Watch State of the Union with Candy Crowley Sundays at 9am ET. For the latest from "
        "State of the Union click here.",
        "Watch The Situation Room with Wolf Blitzer weekdays at 4pm to 6pm ET and Saturdays at "
        "6pm ET. For the latest from The Situation Room click here.",
        "For more on Sumter County, click here.",
        "FOR CBN NEWS CONTINUING COVERAGE ON COVID-19, CLICK HERE.",
        "To continue reading Michael Goodwin's column in the New York Post, click here.",
    ],
)
def test_a_link_label_is_not_in_the_body(label):
    art = clean_article("\n\n".join([BEFORE, label, AFTER]))
    assert label not in art.body
    assert BEFORE in art.body and AFTER in art.body


@pytest.mark.parametrize(
    "prose",
    [
        'Technology scholar Evgeny Morozov, author of "To Save Everything, Click Here: The Folly '
        'of Technological Solutionism," writes that "solutionists err by assuming, rather than '
        'investigating, the problems they set out to tackle."',
        "The updated website reads: \"Parents, click here to read 'Talking with Kids about Being "
        "Online,' a Federal Trade Commission booklet, promoted by First Lady Melania Trump.\"",
        "Seven other states held primaries on Tuesday, including New Jersey, Alabama, "
        "Mississippi, New Mexico, South Dakota, Iowa and Montana. Click here for results from "
        "those key races.",
    ],
)
def test_sentences_that_name_a_click_are_kept(prose):
    art = clean_article("\n\n".join([BEFORE, prose, AFTER]))
    assert prose in art.body
