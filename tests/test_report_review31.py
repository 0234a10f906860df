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

    h = frame_evidence_html(
        _evidence(), ["human_interest"], present={"human_interest": {"articles-0031"}}
    )
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
