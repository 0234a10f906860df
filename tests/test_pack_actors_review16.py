"""The ukraine-2022 actors table: a US official named by office is the US government, not the
organisation after "to" (report 07 on Guardian/NYT listed "The United States ambassador to the
United Nations" under the United Nations). Sentences quoted from the Guardian; sides by hand."""

import pytest

from analysis.detect.quotes import find_attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States ambassador to the United Nations said on Friday there should no "
            "longer be business as usual.",
            ("The United States ambassador to the United Nations", "us_government"),
        ),
        ("U.S. officials say the strikes were planned.", ("U.S. officials", "us_government")),
        (
            "The UN refugee agency said more than 200,000 people had fled.",
            ("The UN refugee agency", "international_organisation"),
        ),
    ],
)
def test_the_side_of_an_official_named_by_office(text, expected):
    assert [(a.speaker, a.side) for a in find_attributions(text)] == [expected]
