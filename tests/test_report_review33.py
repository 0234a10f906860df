"""Round review33: report wording on the user's own corpus (a grouping that is not outlets,
the harm actor table named for victims, a singular after 1) and its checks."""

from __future__ import annotations

import pandas as pd


def _erasure_pair(difference: float, n_events: int, n_articles: int) -> pd.DataFrame:
    d = pd.DataFrame(
        {
            "group_a": ["left"],
            "group_b": ["right"],
            "n_articles_a": [n_articles],
            "n_articles_b": [40],
            "n_events_a": [n_events],
            "n_events_b": [120],
            "rate_a": [0.70],
            "rate_b": [0.70 - difference],
            "difference": [difference],
            "low": [-0.08],
            "high": [0.10],
            "p": [0.8],
            "p_adjusted": [0.8],
            "significant": [False],
        }
    )
    d.attrs.update(correction="holm", n_perm=2000, alpha=0.05)
    return d


def test_a_difference_of_one_point_is_one_percentage_point():
    # report 09 by lean on AllSides gun-policy news printed "difference 1 percentage points"
    from analysis.report.harm import erasure_difference_sentences

    (text,) = erasure_difference_sentences(_erasure_pair(0.012, 1, 1))
    assert "difference 1 percentage point [95% CI -8 to 10, unadjusted]" in text
    assert "(1 event, 1 article) vs right 69% (120 events, 40 articles)" in text


def test_a_difference_of_several_points_stays_plural():
    from analysis.report.harm import erasure_difference_sentences

    (text,) = erasure_difference_sentences(_erasure_pair(0.05, 30, 12))
    assert "difference 5 percentage points [95% CI" in text
    assert "(30 events, 12 articles)" in text


def test_no_victim_side_names_the_harm_actor_table():
    # report 09's "no sides" note told users to write actors.csv "for the speaker phrase"
    from analysis.report.scope import no_sides

    text = no_sides(
        [],
        what="no erasure rate by the victim's side",
        whom="victim",
        tables=("actors.csv", "harm_actors.csv"),
    )
    assert "harm_actors.csv: a pattern for the victim's or agent's phrase" in text
    assert "speaker phrase" not in text


def test_no_source_side_still_names_the_actors_table():
    from analysis.report.scope import no_sides

    text = no_sides([], what="sources are not compared by side")
    assert "actors table (actors.csv: a pattern for the speaker phrase and its side" in text
