"""Page furniture found by the report review of round 14: CNN's video-player block."""

from __future__ import annotations

import pytest

from analysis.clean import clean_text

PLAYER = (
    "JUST WATCHED Rep. Massie slams GOP House leadership Replay More Videos ... MUST WATCH "
    "Rep. Massie slams GOP House leadership 01:45"
)


def test_video_player_block_is_removed_with_its_reason():
    text = (
        "Ryan and Trump spoke for 45 minutes by phone on Thursday night.\n\n"
        + PLAYER
        + "\n\nTrump's bet represents his most audacious risk yet."
    )
    article = clean_text(text).article
    assert "JUST WATCHED" not in article.body and "Massie" not in article.body
    assert (PLAYER, "promo") in article.removed
    assert "audacious risk" in article.body and "45 minutes" in article.body


def test_a_paragraph_that_starts_with_just_watched_stays():
    quote = (
        '"Just watched the hearing, and everyone must watch the rest of it," Smith said on Tuesday.'
    )
    article = clean_text("The hearing ran late.\n\n" + quote).article
    assert "Just watched the hearing" in article.body


# --- a headline that asks or exclaims, with no title given (report review on AllSides health-care
# articles stored as one text file per article, session 17) -------------------------------------

_BODY = (
    "The White House is under intensified pressure to hit pause on the rollout of ObamaCare as "
    "evidence mounts that officials knew well ahead of time of major problems.\n\n"
    "Republicans said the delay was overdue."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Time to hit pause on ObamaCare?",
        "Red Flags? Company behind ObamaCare site has checkered past",
        "ObamaCare overhaul: Are Republicans getting anywhere?",
        "CURL: Welcome to Obamacare - fax us your money!",
    ],
)
def test_an_asking_first_line_is_the_headline_when_no_title_is_given(headline):
    article = clean_text(f"{headline}\n\n{_BODY}").article
    assert article.title == headline
    assert not article.body.startswith(headline[:10])


def test_with_a_given_title_an_opening_question_stays_in_the_body():
    text = f"Time to hit pause on ObamaCare?\n\n{_BODY}"
    article = clean_text(text, title="White House weighs ObamaCare delay").article
    assert article.body.startswith("Time to hit pause on ObamaCare?")


def test_a_long_opening_question_is_body_text():
    lead = (
        "Is President Obama's latest health care promise, that his plan will offer most people "
        "a better plan for the same price or less than they currently pay, true?"
    )
    article = clean_text(f"{lead}\n\n{_BODY}").article
    assert article.title == "" and article.body.startswith("Is President Obama's")


@pytest.mark.parametrize(
    "headline",
    [
        "Rep. Issa accuses HHS of criminally obstructing probe into ObamaCare website",
        "Sen. Cotton: The Three Phase-Plan Is a Myth",
        "Obstructionism vs. ACA",
    ],
)
def test_the_stop_of_an_abbreviation_does_not_break_a_headline(headline):
    assert clean_text(f"{headline}\n\n{_BODY}").article.title == headline


def test_the_fox_news_audio_promotion_is_removed_not_read_as_a_headline():
    cleaned = clean_text(f"NEW You can now listen to Fox News articles!\n\n{_BODY}")
    assert cleaned.article.title == ""
    assert cleaned.article.removed == [("NEW You can now listen to Fox News articles!", "promo")]
