"""Figures on the Guardian/NYT Ukraine-war set (the report review of round 26).

The corpus of the review: ``ukraine-2022-guardian-nyt/articles.csv``, 407 articles of two
outlets (New York Times 219, 10 May to 31 Jul 2022; The Guardian 188, 24 Feb to 6 Aug 2022).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.compare.timeline import articles_over_time  # noqa: E402
from analysis.plots import plot_timeline  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _review_dates() -> pd.DataFrame:
    # weekly articles as in the review: the Guardian from the last week of February to the
    # first of August, the NYT from the second week of May to the last week of July
    g = pd.date_range("2022-02-24", "2022-08-06", freq="3D")
    n = pd.date_range("2022-05-10", "2022-07-31", freq="2D")
    return pd.DataFrame(
        {
            "outlet": ["The Guardian"] * len(g) + ["New York Times"] * len(n),
            "published": [*g.strftime("%Y-%m-%d"), *n.strftime("%Y-%m-%d")],
        }
    )


def test_timeline_draws_no_zeros_before_an_outlets_first_or_after_its_last_article():
    # report 03 of the review: "Articles per week" drew the New York Times at 0 from 21 Feb
    # to early May and again in the week of 1 Aug - weeks the corpus holds none of its
    # articles, read as weeks it published nothing on the war
    counts = articles_over_time(_review_dates(), freq="W")
    ax = plot_timeline(counts)
    lines = {ln.get_label().split(" (")[0]: ln for ln in ax.get_lines()}
    weeks = sorted(counts["period"].unique())
    first_nyt = weeks.index(pd.Timestamp("2022-05-09"))  # the week of 10 May
    last_nyt = weeks.index(pd.Timestamp("2022-07-25"))  # the week of 31 Jul
    y = np.asarray(lines["New York Times"].get_ydata(), dtype=float)
    drawn = np.flatnonzero(~np.isnan(y))
    assert drawn.min() == first_nyt and drawn.max() == last_nyt
    # the Guardian covers every week: every week drawn, none as a gap
    assert not np.isnan(np.asarray(lines["The Guardian"].get_ydata(), dtype=float)).any()
    # the data behind the figure keeps its zeros (the exported table is unchanged)
    assert (counts[counts["outlet"] == "New York Times"]["n"] == 0).sum() > 0


def test_timeline_keeps_a_zero_inside_an_outlets_period():
    # a week without an article between an outlet's first and last is a real zero
    d = pd.DataFrame(
        {
            "outlet": ["A"] * 3 + ["B"] * 4,
            "published": [
                "2022-03-01",
                "2022-03-22",
                "2022-03-29",
                "2022-03-01",
                "2022-03-08",
                "2022-03-15",
                "2022-03-29",
            ],
        }
    )
    ax = plot_timeline(articles_over_time(d, freq="W"))
    y = {ln.get_label().split(" (")[0]: list(ln.get_ydata()) for ln in ax.get_lines()}
    assert y["A"] == [1, 0, 0, 1, 1]
    assert y["B"] == [1, 1, 1, 0, 1]
