"""Round review39: trust on the user's own corpus (the two Ukraine-war corpora: by country with
``--outlet-column country``, and Guardian/NYT)."""

from __future__ import annotations

import pandas as pd

# A by-country article whose whole text is its headline (the title field is empty).
HEADLINE_ONLY = "The West must strike now, and collapse the Iranian regime"
BODY = (
    "Russian forces shelled the city overnight, officials said on Monday. "
    "Three people were killed and a school was damaged, the regional governor said."
)


def _cleaned_overview() -> pd.DataFrame:
    from analysis.clean import clean_corpus
    from analysis.report import corpus_table

    corpus = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["GB", "GB", "US"],
            "title": ["", "Shelling", "Shelling"],
            "published": pd.to_datetime(["2022-03-01"] * 3),
            "text": [HEADLINE_ONLY, BODY, BODY],
        }
    )
    return corpus_table(clean_corpus(corpus))


def test_report01_counts_articles_with_no_words_after_cleaning():
    from analysis.pipeline.article import analyse_article
    from analysis.report import outlet_overview
    from analysis.report.empty_bodies import empty_bodies_note

    # what the note says is what the pipeline does: the row is flagged, not "ok"
    assert analyse_article(HEADLINE_ONLY).status.startswith("empty after cleaning")
    by_outlet = outlet_overview(_cleaned_overview())
    assert by_outlet["empty"].to_dict() == {"GB": 1, "US": 0}
    text = empty_bodies_note(by_outlet, noun="country")
    assert text.startswith("1 article has no words after cleaning (GB 1)")
    assert "this country is 0" in text
    # counter-case: a group whose articles all keep words is not named; none at all, no note
    assert "US" not in text
    assert empty_bodies_note(by_outlet.loc[["US"]], noun="country") == ""
    assert not analyse_article(BODY).status.startswith("empty after cleaning")
