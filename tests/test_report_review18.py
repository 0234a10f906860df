"""Fixes from the eighteenth report review: AllSides gun-control articles read as a folder of
news-please JSON files (74 host-named outlets, most with one or two articles)."""

from __future__ import annotations

import pandas as pd

from analysis.clean import clean_article
from analysis.report.harm import erasure_sentences


def test_bbc_page_furniture_is_a_caption_not_the_article_or_its_title() -> None:
    # AllSides BBC News, gun control: the image credit and the video widget, flattened into
    # lines; the first was removed as the 'title', the second kept with its caption's words
    raw = (
        "Image copyright Reuters\n\n"
        "Schoolchildren across the US walked out of their classrooms on Friday morning to "
        "demonstrate against gun violence.\n\n"
        "Media playback is unsupported on your device Media caption Police clears out "
        "classroom after shooting\n\n"
        "Image copyright Getty Images Image caption Trump at a National Rifle Association "
        "event, the largest US gun lobby, in April\n\n"
        "The National School Walkout marked the 19th anniversary of the Columbine High School "
        "massacre in Colorado."
    )
    a = clean_article(raw, title="National School Walkout: US students mark Columbine anniversary")
    assert [why for _line, why in a.removed] == ["caption", "caption", "caption"]
    assert a.body.startswith("Schoolchildren across the US walked out")
    assert "Media caption" not in a.body and "Image" not in a.body


def test_outlets_with_few_articles_are_not_ranked_above_the_others() -> None:
    # report 09 on the news-please folder: 'nbcpolitics.nbcnews.com: 5 of 5 author-voice harm
    # events name no agent (100%; 1 articles)' headed the list; vox.com (19 articles) came 19th
    e = pd.DataFrame(
        {
            "group": ["vox.com", "nbcpolitics.nbcnews.com", "time.com", "cnn.com"],
            "n_erased": [235, 5, 4, 40],
            "n_events": [291, 5, 4, 80],
            "rate": [235 / 291, 1.0, 1.0, 0.5],
            "low": [0.75, 1.0, 1.0, 0.4],
            "high": [0.86, 1.0, 1.0, 0.6],
            "n_articles": [19, 1, 2, 63],
        }
    )
    out = erasure_sentences(e)
    assert out[0].startswith("vox.com: 235 of 291")
    assert out[1].startswith("cnn.com: 40 of 80")
    assert out[2] == (
        "Not ranked, fewer than 5 articles each: nbcpolitics.nbcnews.com (5 of 5 events, "
        "1 article); time.com (4 of 4 events, 2 articles)."
    )


def test_a_long_list_of_small_outlets_is_cut_with_a_count() -> None:
    e = pd.DataFrame(
        {"group": [f"site{i:02d}.com" for i in range(15)], "n_erased": [1] * 15}
        | {"n_events": [2] * 15, "rate": [0.5] * 15, "low": [0.0] * 15, "high": [1.0] * 15}
        | {"n_articles": [1] * 15}
    )
    (only,) = erasure_sentences(e)
    assert only.count(" events, 1 article)") == 12
    assert only.endswith(
        "site11.com (1 of 2 events, 1 article); and 3 more (the table above has them all)."
    )


def test_outlets_named_by_host_lose_their_own_names_from_the_term_lists() -> None:
    # report 03 on the news-please folder: "cnn" (z = 12.8) was cnn.com's top term, "abc news"
    # abcnews.go.com's, "washington times" washingtontimes.com's
    from analysis.compare.term_filters import name_pattern

    p = name_pattern(["cnn.com", "abcnews.go.com", "washingtontimes.com"])
    assert p.sub("_", "ABC News' Whitney Lloyd contributed to this report") == (
        "_ Whitney Lloyd contributed to this report"
    )
    assert p.sub("_", "Copyright © 2019 The Washington Times, LLC") == "Copyright © 2019 _, LLC"
    assert p.sub("_", "CNN's Dana Bash asked ABC's host") == "_ Dana Bash asked _ host"
    # the go of go.com is a word, never removed; nor words that merely start like a name
    assert p.sub("_", "Go to the cnnx lab, abcd.") == "Go to the cnnx lab, abcd."


def test_single_letters_are_not_terms_but_hyphenated_ones_are() -> None:
    # Christian Science Monitor: "Lamar Alexander (R) of Tennessee" made "r" (z = 7.3) and "d"
    # (z = 6.1) its distinguishing terms
    import re

    from analysis.compare.terms import TOKEN_PATTERN

    tokens = re.findall(TOKEN_PATTERN, "lamar alexander (r) of tennessee, u.s. x-ray r-ky. d")
    assert tokens == ["lamar", "alexander", "of", "tennessee", "u.s.", "x-ray", "r-ky"]


def test_an_ad_placeholder_with_a_colon_is_an_advert() -> None:
    # Salon's ad slots, 3,126 lines in the AllSides set: "advertisement" was Salon's second
    # distinguishing term (z = 8.5) on the gun-control folder
    raw = (
        "Open carry activists gathered outside the statehouse on Saturday morning.\n\n"
        "Advertisement:\n\n"
        "The group said it would return every weekend until the bill was withdrawn."
    )
    a = clean_article(raw, title="Open carry activists rally")
    assert a.removed == [("Advertisement:", "advert")]
    assert "Advertisement" not in a.body


def test_web_addresses_are_not_terms() -> None:
    # ABC News on AllSides: 'really good job of finding at least the two guys involved."
    # http://abcn.ws/10CbAVK' made "http" its top term (z = 7.8)
    import re

    from analysis.compare.terms import TOKEN_PATTERN, normalise_for_terms

    text = 'the two guys involved." http://abcn.ws/10CbAVK WATCH: www.youtube.com/x now'
    assert re.findall(TOKEN_PATTERN, normalise_for_terms(text)) == [
        "the",
        "two",
        "guys",
        "involved",
        "watch",
        "now",
    ]


def test_the_indexed_name_removal_gives_what_the_full_expression_gives() -> None:
    # NamePattern tries the expression only at words that can start a name; on 300 AllSides
    # articles with the set's 491 source names it gave the same texts 6x faster
    from analysis.compare.names import name_pattern

    p = name_pattern(
        ["Fox News (Online News)", "The Guardian", "RT", "cnn.com", "abcnews.go.com", "NPR"]
    )
    text = (
        "The Guardian's reporter told FoxNews.com, then www.theguardian.com and the CNN host; "
        "ABC News' anchor, RT and rt, NPR’s editor, the Fox affiliate, Guardians of the Galaxy, "
        "theguardian, the abc of it, the.guardian, cnnx and (the Guardian)."
    )
    assert p.sub("_", text) == p.pattern.sub("_", text)
    assert p.sub("_", text) == (
        "_ reporter told _, then _ and _ host; _ anchor, _ and rt, _ editor, _ affiliate, "
        "Guardians of the Galaxy, theguardian, _ of it, the.guardian, cnnx and (_)."
    )
