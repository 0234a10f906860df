"""Figures on BASIL (the report review of round 31).

The corpus of the review: BASIL (Fan et al. 2019), 300 articles of US politics 2010-2019, one
story told by Fox News, HuffPost and The New York Times within days of each other (100 triplets;
``--outlet-column source``: fox, hpo, nyt).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402


def _timeline(corpus: pd.DataFrame):
    from analysis.compare.timeline import articles_over_time
    from analysis.plots.time import plot_timeline

    return plot_timeline(articles_over_time(corpus, freq="Q"))


def test_outlets_with_the_same_count_every_period_share_one_labelled_line():
    # BASIL's three outlets have the same number of articles in each of 37 quarters: report 03's
    # 'Articles per quarter' drew three lines exactly on top of each other and showed nyt alone
    dates = ["2010-02-20", "2010-05-17", "2010-05-27", "2012-09-20", "2019-03-28"]
    corpus = pd.DataFrame(
        {"outlet": [o for o in ("fox", "hpo", "nyt") for _ in dates], "published": dates * 3}
    )
    ax = _timeline(corpus)
    labels = [line.get_label() for line in ax.get_lines()]
    assert len(labels) == 1, labels
    assert all(f"{o} (n = 5)" in labels[0] for o in ("fox", "hpo", "nyt")), labels
    assert "the same count every quarter" in labels[0], labels
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == labels


def test_outlets_whose_counts_differ_in_one_period_keep_a_line_each():
    # the counter-case: each outlet differs from the others in one quarter (fox has a second
    # article in 2010 Q2, nyt in 2012 Q3), so each keeps its own line, labelled as before
    dates = ["2010-02-20", "2010-05-17", "2012-09-20"]
    corpus = pd.DataFrame(
        {
            "outlet": [o for o in ("fox", "hpo", "nyt") for _ in dates] + ["fox", "nyt"],
            "published": dates * 3 + ["2010-05-18", "2012-09-21"],
        }
    )
    ax = _timeline(corpus)
    labels = [line.get_label() for line in ax.get_lines()]
    assert labels == ["fox (n = 4)", "hpo (n = 3)", "nyt (n = 4)"]
