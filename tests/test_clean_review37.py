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


BIO_BODY = (
    "The Senate voted 51-49 on Thursday to confirm the nominee after a week of debate.",
    "Democrats said they would keep pressing for a hearing on the report.",
)


@pytest.mark.parametrize(
    "bio",
    [
        "Chris Stirewalt is digital politics editor for Fox News. Want FOX News First in your "
        "inbox every day? Sign up here.",
        "Chris Stirewalt is digital politics editor for Fox News, and his POWER PLAY column "
        "appears Monday-Friday on FoxNews.com.",
        "John Binder is a reporter for Breitbart News. Follow him on Twitter at @JxhnBinder.",
        "Michael J. Stern, a member of USA TODAY's Board of Contributors, was a federal "
        "prosecutor for 25 years in Detroit and Los Angeles. Follow him on Twitter: "
        "@MichaelJStern1",
        "Joel Simon is the executive director of the Committee to Protect Journalists. The views "
        "expressed in this commentary are his own. View more opinion articles on CNN.",
        "Contact Eric Litke at (414) 225-5061 or elitke@jrn.com. Follow him on Twitter at "
        "@ericlitke.",
    ],
)
def test_an_author_bio_is_not_in_the_body(bio):
    art = clean_article("\n\n".join([*BIO_BODY, bio]))
    assert bio not in art.body
    assert (bio, "byline") in art.removed
    assert all(p in art.body for p in BIO_BODY)


@pytest.mark.parametrize(
    "prose",
    [
        "And they constitute just a fraction of the electorate. According to the Times analysis "
        "of Pew data, only about four percent of American adults, or about 11 million people, "
        "follow him on Twitter.",
        "The president went on to say that the North Korean leader must follow him on Twitter, "
        'because U.S. officials "got a call very quickly" after he sent out his tweet.',
        "Jake Turx is a correspondent for Brooklyn-based Ami Magazine. The orthodox Jewish "
        "reporter is one of many little-known journalists now permitted to participate in White "
        "House press briefings and news conferences.",
    ],
)
def test_news_about_a_follow_or_a_job_is_kept(prose):
    art = clean_article("\n\n".join([BIO_BODY[0], prose, BIO_BODY[1]]))
    assert prose in art.body


@pytest.mark.parametrize(
    "promo",
    [
        "Who Won the Presidential Debate? Vote Here!",
        "Urgent: Should the NSA Spy on Americans? Vote Here Now",
        "Newsmax Holiday Sale. This Year Give a Unique Gift – Shop Now.",
        "Watch Newsmax TV on DirecTV Ch. 349, DISH Ch. 223 and Verizon FiOS Ch. 115. Get Newsmax "
        "TV on your cable system — Click Here Now",
        "First Thing is delivered to thousands of inboxes every weekday. If you’re not already "
        "signed up, subscribe now.",
        "*This article appears in the May 11, 2020, issue of New York Magazine. Subscribe Now!",
    ],
)
def test_a_poll_tv_or_subscription_prompt_is_not_in_the_body(promo):
    art = clean_article("\n\n".join([BIO_BODY[0], promo, BIO_BODY[1]]))
    assert promo not in art.body
    assert (promo, "promo") in art.removed


@pytest.mark.parametrize(
    "prose",
    [
        "Texas Rep. Ted Poe said in an exclusive interview with Newsmax TV that he is now "
        "awaiting answer to a second letter to Secretary of Defense Leon Panetta.",
        '"Enough is enough," said former Vice President Joe Biden. "We must act now."',
        "Valde says the Obama campaign and state Democratic Party have urged her to keep "
        "checking her list and pushing students to vote now.",
    ],
)
def test_news_that_names_a_channel_or_a_call_to_vote_is_kept(prose):
    art = clean_article("\n\n".join([BIO_BODY[0], prose, BIO_BODY[1]]))
    assert prose in art.body


TEASER_BODY = (
    "Russian forces struck a market and a residential area in the eastern city on Tuesday.",
    "Ukrainian officials said at least two people were killed and seven others were injured.",
)


def test_a_guardian_video_teaser_is_a_teaser_not_a_caption_nor_body():
    teaser = "00:42 Boris Johnson's confidence vote win is 'great news', says Zelenskiy – video"
    art = clean_article("\n\n".join([TEASER_BODY[0], teaser, TEASER_BODY[1]]))
    assert teaser not in art.body
    assert (teaser, "teaser") in art.removed
    teaser = "02:18 Russia sends actor and director to ISS to make film in space – video"
    art = clean_article("\n\n".join([TEASER_BODY[0], teaser, TEASER_BODY[1]]))
    assert (teaser, "teaser") in art.removed


@pytest.mark.parametrize(
    "entry",
    [
        "2:15 p.m. — The meeting breaks up and Mathews drives King back to the Lorraine.",
    ],
)
def test_a_live_blog_entry_that_opens_with_a_time_is_kept(entry):
    art = clean_article("\n\n".join([TEASER_BODY[0], entry, TEASER_BODY[1]]))
    assert entry in art.body
