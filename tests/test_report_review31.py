"""Reports on BASIL (the report review of round 31).

The corpus of the review: BASIL (Fan et al. 2019), 300 articles of US politics 2010-2019, one
story told by Fox News, HuffPost and The New York Times within days of each other (100 triplets;
``--outlet-column source``: fox, hpo, nyt).
"""

from __future__ import annotations

import pandas as pd

# fox, articles-0012 and articles-0031: two human-interest evidence sentences of report 10
BECK = (
    'Beck wrote "Progressivism" on it to underscore his belief in what America is suffering from.'
)
TRUMP = (
    "\"I have people that actually have been studying it and they cannot believe what they're "
    'finding," Trump told NBC\'s "Today" show on Thursday.'
)


def _evidence() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": "fox",
            "article_id": ["articles-0012", "articles-0031"],
            "category": "human_interest",
            "subcategory": ["H2", "H1"],
            "text": [BECK, TRUMP],
            "voice": ["author", "quoted"],
            "term": ["Beck", "people"],
        }
    )


def test_a_frame_evidence_block_says_in_how_many_of_its_articles_the_frame_is_present():
    # report 10 on BASIL: 'human interest · fox: 345 sentences in 86 articles' under a
    # prevalence of 30%: the sentences come from 86 articles, the frame is present in 30 of
    # them, and the first lines listed were from articles without the frame
    from analysis.report.frames import frame_evidence_html

    decisions = pd.DataFrame(
        {"article_id": ["articles-0012", "articles-0031"], "frame_human_interest": [0, 1]}
    )
    h = frame_evidence_html(_evidence(), ["human_interest"], present=decisions)
    assert "2 sentences in 2 articles; the frame is present in 1 of them" in h
    assert h.index("studying it") < h.index("Progressivism"), "present article's line first"


def test_a_frame_evidence_block_without_decisions_is_unchanged():
    # the counter-case: without the decisions the block reads and orders as before
    from analysis.report.frames import frame_evidence_html

    h = frame_evidence_html(_evidence(), ["human_interest"])
    assert "<summary>human interest · fox: 2 sentences in 2 articles</summary>" in h
    assert h.index("Progressivism") < h.index("studying it")


# Ukraine-war corpus by country (PL): an object pronoun after "according to"
ACCORDING_TO_HIM = (
    'According to him, Russia wants to "get something" before the celebration of the Victory Day '
    "on May 9."
)


def test_the_sources_no_side_table_names_no_object_or_relative_pronoun():
    # report 07 on the Ukraine-war corpus by country listed "him" (9 voices: BY 5, PL 1, UA 3)
    # among the sources to add to the pack's actors.csv; "who" (4 voices on BASIL: "Government
    # officials, who asked not to be identified") is as empty
    from types import SimpleNamespace as NS

    from analysis.report import unsided_sources

    text = ACCORDING_TO_HIM + " Deszczyca said the threat is real."
    start = len(ACCORDING_TO_HIM) + 1
    him = NS(quote_id=None, kind="indirect", resolved="him", side=None, start=0, end=16)
    who = NS(quote_id=None, kind="indirect", resolved="who", side=None, start=0, end=16)
    named = NS(
        quote_id=None, kind="indirect", resolved="Deszczyca", side=None, start=start, end=start + 9
    )
    art = NS(body=text, quotes=[], attributions=[him, him, who, named])
    assert unsided_sources([art], ["PL"])["source"].tolist() == ["Deszczyca"]


def test_a_source_that_starts_like_a_pronoun_is_kept():
    # the counter-case: "Whoopi Goldberg", "Hermann" are names, not the pronouns "who", "her"
    from types import SimpleNamespace as NS

    from analysis.report import unsided_sources

    text = "Hermann said so. Whoopi Goldberg said so too."
    a = NS(quote_id=None, kind="indirect", resolved="Hermann", side=None, start=0, end=13)
    b = NS(quote_id=None, kind="indirect", resolved="Whoopi Goldberg", side=None, start=17, end=37)
    art = NS(body=text, quotes=[], attributions=[a, b])
    assert sorted(unsided_sources([art], ["US"])["source"]) == ["Hermann", "Whoopi Goldberg"]


# fox (BASIL): sentences of its own voice that name the outlet
FOX_NEWS = [
    "But the AARP has told Fox News that Hutchison's proposal is not acceptable.",
    "A Fox News poll released Wednesday shows Obama leading Romney, 49 percent to 44 percent.",
    "Shields told Fox News that Griffin was hoping to create a bold message.",
    "Reps for Griffin did not immediately return Fox News' request for comment.",
]
OTHER = [
    "The proposal is not acceptable to the group, its director said on Tuesday.",
    "A poll released Wednesday shows Obama leading Romney in Florida.",
    "Griffin was hoping to create a bold message, an aide said.",
    "Griffin's aides did not immediately respond to a request for comment.",
]


def test_an_outlet_named_by_its_short_name_loses_the_media_words_of_its_full_name():
    # report 03 on BASIL (outlet column 'source': fox, hpo, nyt): fox's second most
    # distinctive term was "news" (z = 5.6, 103 uses): 89 of its 117 uses are in "Fox News",
    # the outlet's own name, whose "Fox" the name filter had taken out and "News" left
    from analysis.compare.names import name_pattern

    assert name_pattern(["fox"]).sub("_", FOX_NEWS[0]) == (
        "But the AARP has told _ that Hutchison's proposal is not acceptable."
    )
    assert name_pattern(["fox"]).sub("_", FOX_NEWS[3]) == (
        "Reps for Griffin did not immediately return _ request for comment."
    )


def test_news_is_no_longer_fox_s_distinctive_term():
    from analysis.compare import distinguishing_terms

    corpus = pd.DataFrame(
        {"outlet": ["fox"] * 4 + ["nyt"] * 4, "body": FOX_NEWS + OTHER, "status": "ok"}
    )
    t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=2, min_docs=2)
    assert "news" not in set(t.loc[t["group"] == "fox", "term"])


def test_a_short_group_name_keeps_the_media_word_after_it():
    # the counter-case: a group named by two letters (a country, "US") is removed only as
    # written, and "US media" is no outlet's name: "media" stays
    from analysis.compare.names import name_pattern

    assert name_pattern(["US"]).sub("_", "US media reported the strike.") == (
        "_ media reported the strike."
    )
