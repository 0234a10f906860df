"""Form shares of harm events with intervals (report 09): the table and the figure.

Report 09 of the by-country corpus (487 articles, six countries) gave the shares of the six
forms as bare percentages: five author-voice events of one outlet, from three articles, read
"20 / 0 / 0 / 20 / 20 / 40 %" next to outlets with 130 events, with nothing to say how little
five events tell.
"""

from __future__ import annotations

import math

import matplotlib
import pandas as pd
import pytest

from analysis.compare.agency import erasure_table, form_share_intervals
from analysis.detect.agency.records import FORMS
from analysis.plots import plot_form_shares
from analysis.plots.agency import MAX_FORM_GROUPS

matplotlib.use("Agg")


def _events(rows: list[tuple[str, str, str]], voice: str = "author") -> pd.DataFrame:
    """``(group, article_id, form)`` rows as a harm-event table."""
    return pd.DataFrame(
        [{"group": g, "article_id": a, "form": f, "voice": voice} for g, a, f in rows]
    )


def test_shares_are_pooled_over_the_groups_events_for_every_form():
    ev = _events(
        [("A", "1", "nominal"), ("A", "1", "nominal"), ("A", "2", "intransitive")]
        + [("A", "3", "nominal"), ("B", "9", "active_agent")]
    )
    t = form_share_intervals(ev, n_boot=200)
    assert len(t) == 2 * len(FORMS)  # a form a group never uses is a share of 0, not a gap
    a = t[t["group"] == "A"].set_index("form")
    assert a.loc["nominal", "share"] == 0.75  # 3 of 4 events, by hand
    assert a.loc["intransitive", "share"] == 0.25
    assert a.loc["active_agent", "share"] == 0.0
    assert int(a.loc["nominal", "n_form"]) == 3
    assert int(a.loc["nominal", "n_articles"]) == 3 and int(a.loc["nominal", "n_events"]) == 4
    assert a.loc["nominal", "low"] < 0.75 < a.loc["nominal", "high"]
    b = t[t["group"] == "B"].set_index("form")
    assert b.loc["active_agent", "share"] == 1.0
    assert math.isnan(b.loc["active_agent", "low"])  # one article: no interval


def test_the_events_of_one_article_move_together_in_the_bootstrap():
    # two articles: three nominal events in one, one intransitive in the other; a resample
    # draws whole articles, so a nominal share of 0 (the second article twice) and of 1 (the
    # first twice) each come up in about a quarter of the resamples
    ev = _events([("A", "1", "nominal")] * 3 + [("A", "2", "intransitive")])
    t = form_share_intervals(ev, n_boot=2000).set_index("form")
    assert (t.loc["nominal", "low"], t.loc["nominal", "high"]) == (0.0, 1.0)


def test_one_voice_keeps_that_voices_events_only():
    ev = pd.concat(
        [_events([("A", "1", "nominal")]), _events([("A", "1", "intransitive")], voice="quoted")]
    )
    t = form_share_intervals(ev, voice="author", n_boot=50).set_index("form")
    assert t.loc["nominal", "share"] == 1.0 and t.loc["intransitive", "share"] == 0.0
    both = form_share_intervals(ev, n_boot=50).set_index("form")
    assert both.loc["nominal", "share"] == 0.5


def test_same_seed_same_intervals():
    ev = _events([("A", str(i % 5), ("nominal", "intransitive")[i % 3 == 0]) for i in range(20)])
    first = form_share_intervals(ev, n_boot=300, random_state=3)
    pd.testing.assert_frame_equal(first, form_share_intervals(ev, n_boot=300, random_state=3))


def test_erasure_interval_of_two_articles_that_disagree_spans_both():
    ev = pd.DataFrame(
        {
            "group": ["A", "A"],
            "article_id": ["1", "2"],
            "voice": ["author", "author"],
            "erased": [True, False],
            "victim_side": ["", ""],
        }
    )
    row = erasure_table(ev, n_boot=2000).iloc[0]
    assert (row["rate"], row["low"], row["high"]) == (0.5, 0.0, 1.0)


def test_figure_has_a_panel_per_form_and_the_group_sizes_on_its_axis():
    ev = _events(
        [("BY", "1", "intransitive"), ("BY", "2", "nominal"), ("BY", "2", "intransitive")]
        + [("GB", str(i), "nominal") for i in range(10)]
        + [("RU", "7", "active_agent")]
    )
    shares = form_share_intervals(ev, n_boot=200)
    ax = plot_form_shares(shares, by="country", voice="author")
    panels = [a for a in ax.figure.axes if a.get_visible()]
    assert [a.get_title() for a in panels] == [
        "active, agent named",
        "active, instrument as subject",
        "passive, agent named",
        "agentless passive",
        "nominal",
        "intransitive",
    ]
    ticks = dict(zip(ax.get_yticks(), (t.get_text() for t in ax.get_yticklabels())))
    # the first group on top; n = events; articles
    assert [ticks[y] for y in sorted(ticks, reverse=True)] == [
        "BY (n = 3; 2)",
        "GB (n = 10; 10)",
        "RU (n = 1; 1)",
    ]
    assert "author voice" in ax.figure.get_suptitle()
    # RU has one article: a point and no interval line in any panel; BY and GB have both
    intransitive = panels[-1]
    lines = [ln for ln in intransitive.get_lines() if len(ln.get_xdata()) == 2]
    assert len(lines) == 2


def test_figure_draws_the_largest_groups_and_says_how_many_there_are():
    n = MAX_FORM_GROUPS + 5
    ev = _events(
        [(f"outlet {g:02d}", f"{g}-{i}", "nominal") for g in range(n) for i in range(g + 1)]
    )
    ax = plot_form_shares(form_share_intervals(ev, n_boot=20))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == MAX_FORM_GROUPS
    assert not any(lab.startswith("outlet 00 ") for lab in labels)  # the smallest is left out
    assert f"of {n})" in ax.figure.get_suptitle()


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
