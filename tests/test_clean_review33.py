"""Fox News's video-embed label, "Watch the latest video at video.foxnews.com", kept in the body.

The review of report 07 on AllSides gun-policy news (grouped by lean) found the label inside an
example sentence: glued to the paragraph after it, or followed by the embed's link text, it is
neither a short caption line nor a line a rule removed (10 of 36 such labels in 56 AllSides
articles stayed).  The lines below are quoted from those articles.
"""

import pytest

from analysis import clean_article

BODY = (
    'The White House has argued the ban in a necessary, "common sense" step President Obama '
    "can take unilaterally to protect men and women in law enforcement."
)
QUOTE = (
    '"Have you, your experience of your own, has it changed how you feel about any of that '
    '[gun control/Second Amendment]?" McCallum asked.'
)


@pytest.mark.parametrize(
    "label",
    [
        'Watch the latest video at video.foxnews.com">http://video.foxnews.com">video.foxnews.com',
        "Watch the latest video at foxnews.com",
    ],
)
def test_the_label_line_is_not_in_the_body(label):
    art = clean_article("\n\n".join([BODY, label, QUOTE]))
    assert "latest video" not in art.body
    assert BODY in art.body and QUOTE in art.body


def test_the_label_glued_to_a_paragraph_is_cut_and_the_paragraph_kept():
    art = clean_article("\n\n".join([BODY, "Watch the latest video at video.foxnews.com " + QUOTE]))
    assert "latest video" not in art.body
    assert QUOTE in art.body


def test_prose_about_the_latest_video_is_kept():
    prose = (
        "Viewers can watch the latest video at the campaign's rally, which the network posted "
        "on its site after the speech."
    )
    art = clean_article("\n\n".join([BODY, prose]))
    assert prose in art.body
