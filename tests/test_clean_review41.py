"""Guardian furniture removed under the wrong reason, and live-blog entries (review 41).

The removed-lines record of the Guardian/NYT war corpus labelled embedded tweets, an audio
player's fallback text and the section labels of the Guardian's newsletters (First Thing and
its morning briefings) ``caption``: removed rightly, for a reason a reader auditing the cleaning
would misread. The lines below are quoted from those articles; the counter-cases are real
paragraphs that must keep their place.
"""

import pytest

from analysis import clean_article

BEFORE = (
    "Skibitsky said that aside from more weapons, Ukraine needed help training troops abroad. "
    "He said that Russia had been actively targeting Ukrainian training bases."
)
AFTER = (
    "The rally is believed to have been organised through a private Facebook group for Russians "
    "living in Ireland. Pro-Russia rallies were held in Germany on the same day."
)


def _reason(line: str, raw: str) -> str:
    art = clean_article(raw)
    assert line not in art.body
    return dict(art.removed)[line]


@pytest.mark.parametrize(
    "tweet",
    [
        "Running out of steam… https://t.co/bExZXZ3l3z — Richard Moore (@ChiefMI6) July 30, 2022",
        "Seen them all on the M50 today pic.twitter.com/pufC97xnzZ — Dave (@JustDave87) April "
        "10, 2022",
        "He is now a prisoner of war. His photos are his legacy. https://t.co/SHwEYV29bw — The "
        "Associated Press (@AP) May 21, 2022",
    ],
)
def test_an_embedded_tweet_is_removed_as_embed(tweet):
    assert _reason(tweet, "\n\n".join([BEFORE, tweet, AFTER])) == "embed"


def test_an_audio_players_fallback_text_is_an_embed():
    line = (
        "Today in Focus Covid gets free rein Sorry your browser does not support audio - but you "
        "can download here and listen https://audio.guim.co.uk/2020/05/05-61553-gnl.fw.200505.jf"
        ".ch7DW.mp3 00:00:00 00:26:08"
    )
    assert _reason(line, "\n\n".join([BEFORE, line, AFTER])) == "embed"


@pytest.mark.parametrize(
    "label",
    [
        "Climate check: A mustard shortage",
        "Last Thing: trucker convoy driven out after being egged by kids in California",
        "Don’t miss this: the Texan revolt against giant new highways",
        "Lunchtime read: Hack your happy hormones",
        "… or this: Jack White on the White Stripes, bar brawls and fame",
    ],
)
def test_a_newsletter_items_label_and_headline_is_a_heading(label):
    caption = "A man walks past a mustard shop in Dijon. Photograph: Jeff Pachoud/AFP/Getty Images"
    assert _reason(label, "\n\n".join([BEFORE, label, caption, AFTER])) == "heading"


def test_a_long_newsletter_sign_up_is_a_promo():
    line = (
        "Sign up to Inside Saturday to get an exclusive behind the scenes look at the top "
        "features from our new magazine delivered to your inbox every weekend"
    )
    assert _reason(line, "\n\n".join([BEFORE, line, AFTER])) == "promo"


@pytest.mark.parametrize(
    "prose",
    [
        # a reporter's sentence about a tweet, with the tweet's words quoted
        "Kyiv Independent reporter Illia Ponomarenko tweeted alongside footage purportedly of the "
        "assault: “Meanwhile, Russia responds by sweeping Bakhmut off the earth with artillery in "
        "the night.”",
        # a label-like opening with a colon in reporting
        "To recap: with tensions heightened on the anniversary of Nazi Germany’s surrender in "
        "World War II, the city of Berlin decided to suppress all public displays of support of "
        "the Russian invasion of Ukraine.",
    ],
)
def test_prose_stays(prose):
    assert prose in clean_article("\n\n".join([BEFORE, prose, AFTER])).body


# --- live blogs (Guardian/NYT set): what goes with a time stamp -------------------------------

KULEBA_ENTRY = (
    "8 May 2022 21.14 Kyiv has responded to Berlin police confiscating a Ukrainian flag today in "
    "Germany. To recap: with tensions heightened on the anniversary of Nazi Germany’s surrender "
    "in World War II, the city of Berlin decided to suppress all public displays of support of "
    "the Russian invasion of Ukraine - everything from Russian flags to the beeping of horns at "
    "car rallies. Officials included Ukrainian flags under this decision, and earlier today "
    "police were filmed confiscating a large flag. Berlin made a mistake by prohibiting "
    "Ukrainian symbols. It’s deeply false to treat them equally with Russian symbols. Taking a "
    "Ukrainian flag away from peaceful protestors is an attack on everyone who now defends "
    "Europe and Germany from Russian aggression with this flag in hands. — Dmytro Kuleba "
    "(@DmytroKuleba) May 8, 2022"
)
PREVIOUS_ENTRY = (
    "But a western official said on Wednesday that Russia has “definitively lost the "
    "initiative” in the battle for the region. They said it is believed that securing the full "
    "extent of Donetsk Oblast remains the “minimum political objective of the Donbas campaign”."
)
NEXT_ENTRY = (
    "27 Jul 2022 19.00 Summary The time in Kyiv is now 9pm. Here is a round-up of the day’s top "
    "headlines: Russia has “definitively” lost the initiative in the battle for the Donbas in "
    "Ukraine, according to western officials."
)


def test_a_live_blog_entry_that_ends_in_a_quoted_post_is_kept():
    # the post's signature date made the whole 133-word entry a photo caption
    art = clean_article("\n\n".join([BEFORE, KULEBA_ENTRY, AFTER]))
    assert KULEBA_ENTRY in art.body
    assert all(reason != "caption" for _, reason in art.removed)


def test_an_update_stamp_is_removed_and_the_entries_around_it_are_kept():
    raw = "\n\n".join([PREVIOUS_ENTRY, "Updated at 17.50 BST", NEXT_ENTRY, AFTER])
    art = clean_article(raw)
    assert ("Updated at 17.50 BST", "byline") in art.removed
    assert "Updated at" not in art.body
    assert PREVIOUS_ENTRY in art.body
    assert "Summary The time in Kyiv is now 9pm." in art.body


def test_a_line_ending_in_a_date_without_a_signature_is_still_a_caption():
    # counter-case: the date cue without a post's "(@handle)" before it (AllSides, a Facebook
    # post printed into the body)
    line = (
        "The children of the Reagan Revolution are ready to lead. Posted by Marco Rubio on "
        "Saturday, February 20, 2016"
    )
    art = clean_article("\n\n".join([BEFORE, line, AFTER]))
    assert (line, "caption") in art.removed


def test_the_annotated_sets_keep_the_old_caption_cue():
    # the gold bodies are cleaned with the structural rules of their round (no offset moves)
    from analysis.clean import clean_text
    from analysis.evaluation.rules import annotation_rules

    raw = "\n\n".join([BEFORE, KULEBA_ENTRY, AFTER])
    assert KULEBA_ENTRY not in clean_text(raw, rules=annotation_rules()).article.body
    assert KULEBA_ENTRY in clean_text(raw).article.body
