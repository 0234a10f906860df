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


# --- The Hill's hover cards inside a sentence (report review on AllSides coronavirus articles
# written as a NewsAPI-style .json file, session 17) ---------------------------------------------

MCCONNELL = (
    "In Trump’s case, however, negotiations between Senate Majority Leader Mitch McConnell "
    "Addison (Mitch) Mitchell McConnellFive environmental fights to watch in 2020 U.S. combat "
    "deaths in Afghanistan highest in years 2020 forecast: A House switch, a slimmer Senate for "
    "GOP — and a bigger win for Trump MORE (R-Ky.) and Senate Minority Leader Chuck Schumer spoke."
)
TRUMP = (
    "President Trump Donald John TrumpKamala Harris calls for Twitter to suspend Trump account "
    "over whistleblower attacks Clinton jokes she 'never' had to tell Obama not to 'extort "
    "foreign countries' John Dean: 'There is enough evidence' to impeach Trump MORE on Friday "
    "said that the Justice Department would act."
)
DE_BLASIO = (
    "New York City Mayor Bill de Blasio Bill de BlasioScience says: 'Open the schools' De "
    "Blasio's daughter arrested in NYC protest: reports 'Mr. President, the nation needs to hear "
    "from you' MORE (D) appealed for calm."
)


@pytest.mark.parametrize(
    "text, body",
    [
        (
            MCCONNELL,
            "In Trump’s case, however, negotiations between Senate Majority Leader Mitch "
            "McConnell (R-Ky.) and Senate Minority Leader Chuck Schumer spoke.",
        ),
        (TRUMP, "President Trump on Friday said that the Justice Department would act."),
        (DE_BLASIO, "New York City Mayor Bill de Blasio (D) appealed for calm."),
    ],
)
def test_the_hill_hover_cards_are_cut_and_the_name_kept(text, body):
    cleaned = clean_text(text)
    assert cleaned.article.body == body
    (card,) = [t for _, t, r in cleaned.removed if r == "teaser"]
    assert card.endswith("MORE") and "MORE" not in cleaned.article.body


def test_a_name_repeated_in_prose_is_not_a_card():
    text = (
        "Trump met Trump Organization executives, and MORE than 40 aides attended. "
        "Senator Collins Collins said MORE needs to be done."
    )
    assert clean_text(text).article.body == text


def test_gold_bodies_keep_the_cards():
    # the row has since=17: bodies of the annotated sets are cleaned as when they were drawn
    from analysis.evaluation.rules import annotation_rules

    assert clean_text(TRUMP, rules=annotation_rules()).article.body == TRUMP


# --- editor's notes in brackets or with a curly apostrophe (report review on AllSides coronavirus
# articles: the Christian Science Monitor's paywall notice made 'service', 'coverage' and 'note'
# its distinguishing terms) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Editor’s note: As a public service, all our coronavirus coverage is free. No paywall.",
        "[Editor’s note: As a public service, all our coronavirus coverage is free. No paywall.]",
        "EDITOR’S NOTE — A look at the veracity of claims by political figures.",
        "(Correction: An earlier version misstated the date of the vote.)",
    ],
)
def test_editors_notes_in_brackets_or_with_a_curly_apostrophe_are_notes(line):
    body = "Hospitals reported more admissions than at any time this year, the governor said."
    article = clean_text(f"{body}\n\n{line}\n\n{body.replace('Hospitals', 'Clinics')}").article
    assert article.notes == [line] and line not in article.body


def test_a_note_in_prose_stays():
    text = "The governor’s note to staff said: stay home.\n\nHospitals reported more admissions."
    assert clean_text(text).article.body == text
