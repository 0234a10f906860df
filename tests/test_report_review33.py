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


# AllSides gun-policy news by `--outlet-column lean`: reports 07, 09 and 10 said "3 outlets
# with 63–150 usable articles each" and "Sources of 300 articles by outlet" of three leans
LEANS = pd.DataFrame(
    {
        "article_id": [f"a{i}" for i in range(8)],
        "outlet": ["left"] * 4 + ["right"] * 4,
        "source": ["CNN (Web News)", "NPR Online News"] * 2 + ["Fox News", "Townhall"] * 2,
        "status": "ok",
    }
)


def test_the_groups_of_an_outlet_column_of_leans_are_leans():
    from analysis.report.grouping import group_noun

    assert group_noun("lean") == "lean"
    assert group_noun("outlet_country") == "outlet country"


def test_a_column_of_outlets_stays_outlets():
    from analysis.report.grouping import group_noun

    assert [group_noun(c) for c in (None, "outlet", "source", "source_domain")] == ["outlet"] * 4


def test_leans_of_two_outlets_each_carry_the_few_outlets_caveat():
    from analysis.report.grouping import grouping_caveat

    text = grouping_caveat(LEANS, LEANS, by="outlet", grouping="lean", noun="lean")
    assert text is not None and text.startswith("The leans are 2 outlets each")
    assert "these 4 outlets" in text
    # no table of the outlets precedes it in a report grouped by --outlet-column lean
    assert "compare the outlets above" not in text
    assert text.endswith("may be a single outlet's; it is no evidence about leans beyond them.")


def test_a_lean_column_beside_outlets_still_points_to_the_outlets_above():
    from analysis.report.grouping import grouping_caveat

    f = LEANS.rename(columns={"outlet": "lean", "source": "outlet"})
    text = grouping_caveat(f, f, by="lean", grouping=None, noun="lean")
    assert "(compare the outlets above)" in text


def test_a_grouping_by_outlet_has_no_few_outlets_caveat():
    from analysis.report.grouping import grouping_caveat

    assert grouping_caveat(LEANS, LEANS, by="outlet", grouping="source", noun="outlet") is None


def test_the_omnibus_caption_and_lead_name_the_groups():
    from analysis.report.summaries import omnibus_lead

    o = pd.DataFrame(
        {"feature": ["x"], "n_groups": [3], "eta_squared": [0.06], "p_value": [0.004]}
        | {"p_adjusted": [0.012], "significant": [True]}
    )
    s = pd.DataFrame({"outlet": ["center", "left", "right"], "feature": "x", "n": 30})
    s["mean"] = [1.0, 2.0, 3.5]
    p = pd.DataFrame({"feature": ["x"], "significant": [False]})
    text = omnibus_lead(o, p, s, labels={"x": "X"}, noun="lean")
    assert text.startswith("The 3 leans differ on X")
    assert "no single pair of leans differs" in text
    assert omnibus_lead(o, p, s, labels={"x": "X"}).startswith("The 3 outlets differ on X")


def test_framing_report_gives_the_notebooks_the_grouping_column(tmp_path, monkeypatch):
    from analysis.report import build
    from analysis.report.render import NotebookResult

    corpus = tmp_path / "guns.csv"
    pd.DataFrame(
        {
            "text": ["The Senate voted on the gun bill on Tuesday."] * 4,
            "lean": ["left", "left", "right", "right"],
            "source": ["CNN", "NPR", "Fox", "Townhall"],
        }
    ).to_csv(corpus, index=False)
    seen = {}

    def fake(path, injected, *, out_dir, **kw):
        seen.update(injected)
        return NotebookResult(name=path.stem, title="", summary="", html=out_dir / "x.html")

    monkeypatch.setattr(build, "_report_one", fake)
    build.build_reports(
        corpus, tmp_path / "out", notebooks=["07"], load_options={"outlet_column": "lean"}
    )
    assert seen["grouping"] == "lean"


def test_every_report_that_names_groups_takes_the_grouping_parameter():
    from analysis.paths import NOTEBOOKS_DIR
    from analysis.report.notebooks import notebook_parameters, read_notebook

    for stem in ("03-compare-outlets", "06-at-scale", "07-sources", "09-agency", "10-frames"):
        nb = read_notebook(NOTEBOOKS_DIR / f"{stem}.py")
        assert "grouping" in notebook_parameters(nb), stem
