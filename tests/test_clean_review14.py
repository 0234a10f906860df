"""Page furniture found by the report review of round 14: CNN's video-player block."""

from __future__ import annotations

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
