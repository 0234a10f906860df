"""Figures on a corpus about immigration, not war (the report review of round 29).

The corpus of the review: a seeded sample (``random_state=29``, at most 100 articles an outlet)
of 395 AllSides articles of the topic "immigration", 4 Jun 2012 to 26 Jun 2020, from four
outlets: CNN (Web News) 95, Politico 100 (left), Fox News 100 (19 undated) and Washington Times
100 (right).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402


def test_a_quarter_is_labelled_as_a_quarter_not_as_its_first_month():
    # report 03 "Articles per quarter" on 2012-2020 labelled its x axis "Apr 2012", "Apr 2013",
    # ... "Apr 2020": a point that counts April to June read as the month of April, and the
    # yearly ticks fell on the second quarter because the corpus starts in June 2012
    from analysis.compare.timeline import articles_over_time
    from analysis.plots.time import plot_timeline

    dates = pd.date_range("2012-06-04", "2020-06-26", freq="45D")
    corpus = pd.DataFrame({"outlet": ["A", "B"] * len(dates), "published": list(dates) * 2})
    ax = plot_timeline(articles_over_time(corpus, freq="Q"))
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels and all(" Q" in t for t in labels), labels
    assert "2013 Q1" in labels and "2020 Q1" in labels, labels
    assert not any(t.startswith("Apr") for t in labels)
