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
