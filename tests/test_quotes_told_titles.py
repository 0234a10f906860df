"""A programme or paper someone *told* is no quotation of theirs.

Report review 29 (immigration corpus, report 02) saw the show title "Fox News Sunday" in
quotation marks counted as a direct quotation of Rand Paul. In AllSides, 597 articles have
*told* right before a quotation mark; 275 such titles were direct quotations of the speaker
(every one a programme or paper in Title Case: "Fox News Sunday", "60 Minutes", "CBS This
Morning", CNN's "New Day"); none of them changes speaker, only its kind.
"""

from __future__ import annotations

import pytest

from analysis import find_quotes


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, title",
    [
        # AllSides sentences
        (
            "“The president is torpedoing his own plan,” Paul told “Fox News Sunday.” “It shows "
            "me he is really not serious.”",
            "Fox News Sunday.",
        ),
        (
            'Education Secretary Betsy DeVos told "Fox News Sunday" that public schools that '
            "don't reopen should not get federal funds.",
            "Fox News Sunday",
        ),
        (
            '"I\'m going to think about it," he told "60 Minutes." "I feel I want to focus '
            'on jobs."',
            "60 Minutes.",
        ),
        (
            'the chairman of the House Committee on Homeland Security, told CNN\'s "New Day" '
            "show from Moscow that there was no evidence.",
            "New Day",
        ),
    ],
)
def test_a_title_after_told_is_no_quotation(text, title):
    kinds = dict(_kinds(text))
    assert kinds[title] == "scare"


def test_speech_after_told_stays_a_quotation():
    # the speech around the title stays direct, and so does speech after "told ...:" or "told X,"
    text = (
        "“The president is torpedoing his own plan,” Paul told “Fox News Sunday.” “It shows "
        "me he is really not serious.”"
    )
    kinds = _kinds(text)
    assert kinds[0] == ("The president is torpedoing his own plan,", "direct")
    assert kinds[-1][1] == "direct"
    told_colon = (
        "Democratic vice-presidential nominee Virginia Gov. Tim Kaine told “Fox News Sunday”: "
        "“From the beginning, I’ve said we would respect the result.”"
    )
    assert _kinds(told_colon)[-1][1] == "direct"
    assert _kinds('She told reporters, "We will not back down."')[0][1] == "direct"
