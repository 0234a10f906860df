"""Reports on a corpus with many outlets of uneven size (the report review of round 25).

The corpus of the review: a seeded sample of 815 AllSides articles (immigration, health care,
gun control) from 12 outlets, 4 to 180 articles each (Washington Times 180, CNN (Web News)
170, Politico 160, NPR Online News 55, Vox 50, New York Times - News 45, National Review 40,
Christian Science Monitor 40, Breitbart News 35, Wall Street Journal - News 30, Fox Online News
6, The Guardian 4), rows in shuffled order as a user's CSV has them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.report import describe_n, outlet_overview
from analysis.report.differences import largest_group_pairs
from analysis.report.scope import pairwise_scope

SIZES = {
    "Washington Times": 180,
    "CNN (Web News)": 170,
    "Politico": 160,
    "NPR Online News": 55,
    "Vox": 50,
    "New York Times - News": 45,
    "National Review": 40,
    "Christian Science Monitor": 40,
    "Breitbart News": 35,
    "Wall Street Journal - News": 30,
    "Fox Online News": 6,
    "The Guardian": 4,
}


def _feats(sizes: dict[str, int] = SIZES, seed: int = 0) -> pd.DataFrame:
    """A feature table with the review corpus's outlets and sizes, rows shuffled."""
    rng = np.random.default_rng(seed)
    outlets = [o for o, k in sizes.items() for _ in range(k)]
    f = pd.DataFrame({"outlet": outlets, "status": "ok", "x": rng.normal(size=len(outlets))})
    return f.sample(frac=1, random_state=seed).reset_index(drop=True)


def test_describe_n_names_the_outlets_too_small_for_an_interval():
    # report 03 of the review: "1 outlet(s) have fewer than 5 articles; their intervals are
    # unreliable" - which one, the reader had to find in a 12-column table; report 07 (300
    # sampled articles) said "2 outlet(s)"
    text = describe_n(_feats())
    assert "1 outlet(s) have fewer than 5 articles (The Guardian (4))" in text
    assert "Fox Online News" not in text  # 6 articles
    sampled = dict(SIZES, **{"Fox Online News": 3, "The Guardian": 2})
    text = describe_n(_feats(sampled))
    assert "2 outlet(s) have fewer than 5 articles (The Guardian (2), Fox Online News (3))" in text


def test_outlet_overview_lists_outlets_in_name_order_whatever_the_row_order():
    # report 01 of the review listed CNN (Web News), Breitbart News, National Review,
    # Washington Times, Vox ... - the order of the shuffled CSV's rows - while reports 02-10
    # list the outlets by name
    f = _feats()
    overview = pd.DataFrame(
        {
            "outlet": f["outlet"],
            "published": pd.Timestamp("2016-01-01"),
            "words_raw": 800,
            "words_body": 760,
            "lines_removed": 2,
        }
    )
    table = outlet_overview(overview)
    assert list(table.index) == sorted(SIZES)
    assert table.loc["The Guardian", "articles"] == 4
    assert table.loc["Washington Times", "lines_removed"] == 360


def test_pairwise_scope_names_the_outlets_left_out_of_the_pairs():
    # reports 03, 07 and 10 of the review tested pairs among the 8 largest of 12 outlets; 10
    # named no outlet, and none said which four were left out
    pairs = largest_group_pairs(_feats(), by="outlet", features=["x"], n_boot=50)
    text = pairwise_scope(pairs, noun="outlet")
    assert text.startswith("Pairwise differences are tested among the 8 largest of the 12 outlets")
    assert (
        "Not tested in pairs: Breitbart News (35 articles), Wall Street Journal - News "
        "(30 articles), Fox Online News (6 articles), The Guardian (4 articles); all 12 are "
        "tested together" in text
    )
    assert "not tested in this report" not in text
    alone = pairwise_scope(pairs, noun="outlet", omnibus=False)
    assert alone.endswith("no difference of theirs is tested in this report.")


def test_pairwise_scope_is_silent_when_every_group_is_tested():
    few = {"The Guardian": 30, "New York Times": 40}
    pairs = largest_group_pairs(_feats(few), by="outlet", features=["x"], n_boot=50)
    assert pairwise_scope(pairs, noun="outlet") is None


def test_no_report_lists_outlets_in_the_order_of_the_corpus_rows():
    # reports 01 and 02 of the review took the outlet order from the corpus rows
    # (list(dict.fromkeys(articles["outlet"]))): for a user's shuffled CSV, CNN (Web News),
    # Breitbart News, National Review, Washington Times ... while reports 03-10 list outlets by
    # name
    from analysis.paths import NOTEBOOKS_DIR

    for path in sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]-*.py")):
        source = path.read_text(encoding="utf-8")
        assert 'dict.fromkeys(articles["outlet"])' not in source, path.name


def test_marker_rate_caption_does_not_call_every_point_without_a_bar_a_single_article(
    project_root,
):
    # report 03 of the review: The Guardian (4 articles, no booster in any) and the Wall Street
    # Journal (30 articles, no loaded term in any) were points without bars, under a caption
    # saying "points without bars are single-article values"
    source = (project_root / "notebooks" / "03-compare-outlets.py").read_text(encoding="utf-8")
    assert "points without bars are single-article values" not in source.replace('"\n    "', "")


def test_distinguishing_terms_are_one_line_per_outlet_and_a_tiny_outlet_is_flagged():
    # report 06 of the review: one paragraph held the terms of all 12 outlets, and The
    # Guardian's three articles ("percent", z = 3.5, 37x) read like a property of the outlet
    from analysis.report.terms import term_sentences

    terms = pd.DataFrame(
        {
            "group": ["The Guardian", "The Guardian", "Washington Times", "Washington Times"],
            "term": ["percent", "policy details", "illegal", "illegal immigrants"],
            "z": [3.5, 2.6, 14.1, 13.2],
            "count_group": [37, 2, 225, 145],
        }
    )
    lines = term_sentences(terms, k=2, sizes={"The Guardian": 3, "Washington Times": 132})
    assert lines == [
        "The Guardian: “percent” (z = 3.5, 37×), “policy details” (z = 2.6, 2×) — 3 articles "
        "only: the words of these articles, not of The Guardian.",
        "Washington Times: “illegal” (z = 14.1, 225×), “illegal immigrants” (z = 13.2, 145×).",
    ]
