"""Site furniture of the RU outlets of the by-country war corpus still kept in bodies (review 40).

Report 03 by country listed "website", "content", "original" among RU's distinguishing terms:
Russia Beyond's republication condition and its "Dear readers" block (how to reach its site
once restricted) stood in the bodies. The lines below are quoted from those articles; the
counter-cases are sentences that must stay.
"""

import pytest

from analysis import clean_article

BEFORE = (
    "In Soviet times, this building with excellent acoustics was used as a recording studio by "
    "a radio committee. Today it hosts concerts of organ music every weekend."
)
AFTER = (
    "The sanatorium was built in the 1930s and remains one of the oldest in the region, far "
    "from the noise of the main roads."
)


#: The end of a Russia Beyond article as the corpus holds it (by-country, RU).
BLOCK = [
    "Dear readers,",
    "Our website and social media accounts are under threat of being restricted or banned, due "
    "to the current circumstances. So, to keep up with our latest content, simply do the "
    "following:",
    "Subscribe to our Telegram channel",
    "Subscribe to our weekly email newsletter",
    "Enable push notifications on our website",
    "Install a VPN service on your computer and/or phone to have access to our website, even if "
    "it is blocked in your country",
    "If using any of Russia Beyond's content, partly or in full, always provide an active "
    "hyperlink to the original material.",
]


def test_republication_condition_and_reader_prompts_are_not_in_the_body():
    art = clean_article("\n\n".join([BEFORE, AFTER, *BLOCK]))
    assert [line for line in BLOCK if line in art.body] == []
    assert BEFORE in art.body and AFTER in art.body


@pytest.mark.parametrize(
    "line",
    [
        "If using any of Russia Beyond's content, partly or in full, always provide an active "
        "hyperlink to the original material.",
        "Telegram channel Subscribe to our weekly email newsletter",  # flattened with the last
    ],
)
def test_each_line_goes_wherever_it_stands(line):
    art = clean_article("\n\n".join([BEFORE, line, AFTER]))
    assert line not in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        "The post included a hyperlink to the ministry's statement, which was later deleted.",
        "A Telegram channel close to the Wagner group said the fighters had withdrawn overnight.",
        "Many Russians installed a VPN service to reach the blocked sites, officials said.",
        "The RBC-Ukraine news website, citing anonymous officials, reported that the refinery "
        "was damaged.",
    ],
)
def test_news_about_links_vpns_and_channels_stays(sentence):
    art = clean_article("\n\n".join([BEFORE, sentence, AFTER]))
    assert sentence in art.body
