"""Review round 13: the reports read on a topic with many outlets (AllSides immigration, 14
outlets, 420 articles) and on a small day-first CSV (3 outlets x 15 articles)."""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.report import build_reports  # noqa: E402

OUTLETS = [
    "CNN (Web News)",
    "Christian Science Monitor",
    "Fox News",
    "NPR Online News",
    "New York Times - News",
    "Newsmax",
    "Politico",
    "Reuters",
    "The Hill",
    "Townhall",
    "USA TODAY",
    "Vox",
    "Wall Street Journal - News",
    "Washington Times",
]


def _overlapping(ax) -> list[tuple[str, str]]:
    """Pairs of neighbouring x tick labels that run into each other: level labels whose drawn
    boxes overlap, slanted labels whose parallel lines are closer than a line of text."""
    fig = ax.figure
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    labels = [t for t in ax.get_xticklabels() if t.get_text()]
    boxes = [t.get_window_extent(r) for t in labels]
    pairs = list(zip(labels, labels[1:], boxes, boxes[1:]))
    if labels and labels[0].get_rotation() % 180:
        sin = abs(math.sin(math.radians(labels[0].get_rotation())))
        line = labels[0].get_fontsize() * fig.dpi / 72
        return [
            (a.get_text(), b.get_text())
            for a, b, _, _ in pairs
            if abs(
                ax.transData.transform((b.get_position()[0], 0))[0]
                - ax.transData.transform((a.get_position()[0], 0))[0]
            )
            * sin
            < line
            or "\n" in a.get_text()
        ]
    return [(a.get_text(), b.get_text()) for a, b, ba, bb in pairs if ba.overlaps(bb)]


def _many_outlets(k: int = 3) -> pd.DataFrame:
    rows = [
        {
            "outlet": o,
            "status": "ok",
            "n_words": 500,
            "n_attributions_neutral": 3 + i % 4,
            "n_attributions_distancing": i % 3,
            "n_attributions_endorsing": (i + j) % 2,
        }
        for o in OUTLETS
        for i, j in zip(range(k), range(k))
    ]
    return pd.DataFrame(rows)


def test_stance_bars_many_outlets_labels_do_not_overlap():
    # seen on the immigration corpus: 14 outlet names under the stance bars ran into one
    # another ("CNN (Web News)Christian ...") and none could be read
    ax = plots.plot_stance_bars(_many_outlets(), n_boot=20)
    assert _overlapping(ax) == []
    # round 25: more than plots.stance.MAX_BAR_GROUPS outlets are rows of a grid, one name a row
    assert ax.get_yticklabels()[0].get_text() == "CNN (Web News) (n = 3)"


def test_stance_bars_few_outlets_keep_stacked_labels():
    ax = plots.plot_stance_bars(_many_outlets()[lambda d: d["outlet"].isin(OUTLETS[:3])])
    assert ax.get_xticklabels()[0].get_text() == "CNN (Web\nNews)\n(n = 3)"
    assert _overlapping(ax) == []


def test_naming_matrix_many_outlets_labels_do_not_overlap():
    feats = pd.DataFrame(
        [
            {
                "outlet": o,
                "status": "ok",
                "naming_kyiv": ("Kyiv", "Kiev", "Kyiv")[i],
            }
            for o in OUTLETS
            for i in range(3)
        ]
    )
    ax = plots.plot_naming_matrix(feats)
    assert _overlapping(ax) == []


def test_frame_names_in_words():
    # seen in report 10 on the immigration corpus: 'human_interest' as a column header, in the
    # evidence lines ('human_interest · CNN (Web News): ...') and in the findings, and an
    # empty header over the outlets
    from analysis.report.frames import frame_evidence_html, frame_prevalence_table

    s = pd.DataFrame(
        {
            "outlet": ["A", "A"],
            "feature": ["frame_human_interest", "frame_conflict"],
            "n": [20, 20],
            "mean": [0.42, 0.5],
            "ci_low": [0.2, 0.3],
            "ci_high": [0.65, 0.7],
        }
    )
    t = frame_prevalence_table(s, ["conflict", "human_interest"])
    assert list(t.columns) == ["conflict", "human interest", "articles"]
    assert t.index.name == "outlet"
    ev = pd.DataFrame(
        {
            "outlet": ["A"],
            "article_id": ["a1"],
            "category": ["human_interest"],
            "subcategory": ["H1"],
            "text": ["A mother of three waited."],
            "voice": ["author"],
            "term": ["mother"],
        }
    )
    h = frame_evidence_html(ev, ["human_interest", "economic"])
    assert "human interest · A" in h and "human_interest" not in h
    assert "<em>economic: no evidence sentence.</em>" in h


def test_timeline_says_how_many_articles_are_dated():
    # seen in report 03 on the immigration corpus: 'Wall Street Journal - News (n = 1)' in the
    # articles-per-quarter figure, where every other figure has n = 24 (23 of its dates are
    # missing); the caption gave only the total of undated articles
    from analysis.compare import articles_over_time

    c = pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "B", "B", "B"],
            "published": ["2019-01-02", "2019-05-02", "2019-09-02", "2019-05-03", None, None],
        }
    )
    counts = articles_over_time(c, freq="Q")
    assert counts.attrs["n_undated"] == 2 and counts.attrs["undated"] == {"B": 2}
    ax = plots.plot_timeline(counts)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["A (n = 3)", "B (1 of 3 dated)"]
    many = pd.concat([c.assign(outlet=c["outlet"] + str(i)) for i in range(5)])
    ax = plots.plot_timeline(articles_over_time(many, freq="Q"))
    assert "B0 (1 of 3 dated)" in [t.get_text() for t in ax.get_yticklabels()]


BODY = (
    "".join(
        f'"We may well vote no on bill {{k}}{i}," the senator said on {day}. Critics claimed the '
        f"plan was reckless and would cost the state {{k}}{i} million dollars a year. Officials "
        f"reportedly expect a long debate over the bill in {city} this week.\n\n"
        for i, (day, city) in enumerate(
            [
                ("Monday", "Albany"),
                ("Tuesday", "Boston"),
                ("Friday", "Denver"),
                ("Sunday", "Austin"),
            ]
        )
    )
    + "Sign up for Daily Newsletters\n"
)


@pytest.fixture(scope="module")
def dayfirst_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dayfirst")
    path = folder / "small.csv"
    pd.DataFrame(
        {
            "id": [f"a{k}" for k in range(8)],
            "source": ["Alpha"] * 4 + ["Beta"] * 4,
            "date": ["05/03/2019", "17/04/2019", "21/06/2019", "30/09/2019"]
            + ["05/03/2019", "", "", "30/09/2019"],
            "text": [BODY.format(k=k) for k in range(8)],
        }
    ).to_csv(path, index=False)
    return path


@pytest.mark.slow
def test_corpus_and_compare_reports_on_a_small_dayfirst_csv(dayfirst_corpus, tmp_path):
    run = build_reports(
        dayfirst_corpus,
        tmp_path / "out",
        notebooks=["01", "03"],
        parameters={"max_articles": 120, "n_boot": 200},
        load_options={"outlet_column": "source", "date_column": "date", "dayfirst": True},
        packs=[],
    )
    assert run.ok, [r.error for r in run.results]
    pages = {r.name: r.html.read_text(encoding="utf-8") for r in run.results}
    # report 01 headed its removed-line tables with the column key 'line_no'
    assert "line_no" not in pages["01-corpus"] and "line_<wbr>no" not in pages["01-corpus"]
    assert "<th>removed line</th>" in pages["01-corpus"]
    # report 03's timeline caption said how many articles had no date, not whose
    assert "2 article(s) without a date are not drawn (Beta 2)" in pages["03-compare-outlets"]


def test_a_finding_that_counts_no_articles_shows_no_count():
    # report 01 on the day-first CSV: 'day/month order ... numeric dates were read day first'
    # with 'Articles 0', as if no article had been read that way
    from analysis.quality import ALL_OUTLETS, Finding
    from analysis.report import quality_table

    checks = pd.DataFrame(
        [
            Finding("date_order", "info", ALL_OUTLETS, "numeric dates were read day first."),
            Finding("genres", "warning", "Fox News", "1 of 15 look like opinion pages.", 1),
        ]
    )
    t = quality_table(checks)
    assert t["Articles"].isna().tolist() == [True, False] and t["Articles"].iloc[1] == 1


@pytest.mark.slow
def test_reports_on_a_corpus_of_dated_texts_too_short_to_use_say_why(tmp_path):
    # a corpus of dated leads (every text under 50 words: no usable article) crashed reports 03
    # (the feature trend: "no article has a usable date"), 06 (distinguishing terms of
    # 0 groups) and 10 (the most frequent frame of no frame)
    path = tmp_path / "leads.csv"
    pd.DataFrame(
        {
            "id": [f"a{k}" for k in range(6)],
            "source": ["Alpha"] * 3 + ["Beta"] * 3,
            "date": ["05/03/2019", "17/04/2019", "21/06/2019"] * 2,
            "text": [
                f'"We may vote no on bill {k}," the senator said on Tuesday.' for k in range(6)
            ],
        }
    ).to_csv(path, index=False)
    run = build_reports(
        path,
        tmp_path / "out",
        notebooks=["03", "06", "10"],
        parameters={"max_articles": 120, "n_boot": 200},
        load_options={"outlet_column": "source", "date_column": "date", "dayfirst": True},
        packs=[],
    )
    assert run.ok, [r.error for r in run.results]
    pages = {r.name: r.html.read_text(encoding="utf-8") for r in run.results}
    assert "0 usable articles with a date: no feature over time." in pages["03-compare-outlets"]
    assert "Distinguishing terms skipped: no usable article." in pages["03-compare-outlets"]
    assert "Distinguishing terms skipped. No usable article" in pages["06-at-scale"]
    assert "No frame prevalence: no usable article." in pages["10-frames"]


def test_every_exported_table_is_described_on_the_index(project_root):
    # the index of the immigration reports listed 'events (csv, parquet)' and
    # 'measured-accuracy (csv)' with no word on what they hold, unlike the other tables
    import re

    from analysis.report.render import DATA_DESCRIPTIONS

    stems = set()
    for nb in sorted((project_root / "notebooks").glob("[0-9][0-9]-*.py")):
        source = nb.read_text(encoding="utf-8")
        stems |= set(re.findall(r"export_table\(\s*[^,]+,\s*\"([\w-]+)\"", source))
    assert {"features", "evidence", "events", "measured-accuracy"} <= stems
    assert stems <= set(DATA_DESCRIPTIONS), stems - set(DATA_DESCRIPTIONS)


def test_harm_evidence_names_the_grouping_not_its_column_key():
    # report 09 on the immigration corpus: the evidence table and the events-per-voice table
    # were headed 'group' (the column key) where every other table of the page says 'outlet'
    from analysis.report.harm import harm_evidence

    ev = pd.DataFrame(
        [
            {
                "group": "Vox",
                "article_id": "a",
                "voice": "author",
                "form": "intransitive",
                "sentence": "Two died.",
                "sentence_start": 0,
                "start": 4,
                "end": 8,
                "agent_start": -1,
                "agent_end": -1,
                "victim_start": 0,
                "victim_end": 3,
            }
        ]
    )
    assert "<th>outlet</th>" in harm_evidence(ev)._repr_html_()
    assert "<th>lean</th>" in harm_evidence(ev, by="lean")._repr_html_()
    assert "<th>group</th>" not in harm_evidence(ev)._repr_html_()


def test_agency_report_heads_its_tables_by_the_grouping(project_root):
    source = (project_root / "notebooks" / "09-agency.py").read_text(encoding="utf-8")
    # by the grouping's name: "lean" when framing report --outlet-column lean (round review33)
    assert ".unstack(fill_value=0).rename_axis(noun)" in source


def _pca_of_many_outlets():
    import numpy as np

    from analysis.compare.cluster.pca import PCAResult

    # the immigration corpus's biplot: 14 outlets, several on one band near the origin
    xy = [
        (-2.9, 0.7), (-0.5, 1.5), (-0.05, 2.1), (0.0, 1.1), (-0.2, 0.8), (-2.5, -1.2),
        (0.5, -0.2), (0.1, 2.6), (-0.8, -0.6), (1.8, 3.0), (0.35, -0.9), (2.8, -0.95),
        (0.7, -1.3), (-0.4, -1.6),
    ]  # fmt: skip
    scores = pd.DataFrame(
        {"PC1": [p[0] for p in xy], "PC2": [p[1] for p in xy], "n": 20}, index=OUTLETS
    )
    loadings = pd.DataFrame(
        {"PC1": [0.5, -0.2, 0.6, -0.4], "PC2": [0.6, 0.7, -0.6, -0.5]},
        index=["rate_loaded_author", "rate_loaded_quoted", "rate_hedge_author", "quote_share"],
    )
    return PCAResult(
        scores=scores,
        loadings=loadings,
        explained_variance_ratio=np.array([0.36, 0.27]),
        dropped={},
        level="outlet",
    )


def test_pca_point_labels_do_not_overlap_each_other():
    # seen on the immigration corpus: 'Christian Science Monitor (n = 17)' ran under
    # 'Vox (n = 25)' and 'CNN (Web News)' under 'Politico (n = 44)'
    ax = plots.plot_pca(_pca_of_many_outlets())
    r = ax.figure.canvas.get_renderer()
    points = [t for t in ax.texts if "(n = " in t.get_text()]
    assert len(points) == 14
    boxes = [t.get_window_extent(r) for t in points]
    clashes = [
        (a.get_text(), b.get_text())
        for i, (a, ba) in enumerate(zip(points, boxes))
        for b, bb in zip(points[i + 1 :], boxes[i + 1 :])
        if ba.overlaps(bb)
    ]
    assert clashes == []


def test_an_interval_of_no_width_is_not_printed_as_certainty():
    # immigration corpus: report 10 printed 'The Hill 100% (100–100)' and report 09 'NPR Online
    # News: 7 of 7 ... (100%, 95 % interval 100%–100%; 3 articles)': every article agrees, so
    # every bootstrap resample gives the same value, which the interval showed as certainty
    from analysis.report.frames import frame_prevalence_table
    from analysis.report.harm import erasure_sentences

    s = pd.DataFrame(
        {
            "outlet": ["A", "A", "A"],
            "feature": ["frame_conflict", "frame_economic", "frame_morality"],
            "n": [19, 19, 19],
            "mean": [1.0, 0.0, 0.42],
            "ci_low": [1.0, 0.0, 0.2],
            "ci_high": [1.0, 0.0, 0.65],
        }
    )
    row = frame_prevalence_table(s, ["conflict", "economic", "morality"]).loc["A"]
    assert row.tolist() == ["100% (all 19)", "0% (0 of 19)", "42% (20–65)", 19]
    e = pd.DataFrame(
        {"group": ["NPR"], "n_erased": [7], "n_events": [7], "rate": [1.0]}
        | {"low": [1.0], "high": [1.0], "n_articles": [3]}
    )
    (sentence,) = erasure_sentences(e, min_articles=3)
    assert "100%–100%" not in sentence and "all 3 articles agree" in sentence


def test_a_feature_without_variation_is_not_described_as_a_tested_difference():
    # day-first CSV, report 07: 'Attributed words from military sources (%): Fox News 0.00
    # (n = 15) vs Politico 0.00 (n = 15) (the largest of the pairs), difference 0.00 [95% CI
    # 0.00 to 0.00, unadjusted], Hedges' g –; adjusted p = 1.000 ...: no difference detectable'
    from analysis.report.differences import describe_difference

    p = pd.DataFrame(
        {
            "feature": ["x"] * 3,
            "group_a": ["A", "A", "B"],
            "group_b": ["B", "C", "C"],
            "n_a": [15] * 3,
            "n_b": [15] * 3,
            "mean_a": [0.0] * 3,
            "mean_b": [0.0] * 3,
            "diff": [0.0] * 3,
            "ci_low": [0.0] * 3,
            "ci_high": [0.0] * 3,
            "effect_size": [float("nan")] * 3,
            "p_value": [1.0] * 3,
            "p_adjusted": [1.0] * 3,
            "significant": [False] * 3,
        }
    )
    p.attrs.update({"correction": "holm", "alpha": 0.05, "n_tests": 27, "by": "outlet"})
    s = describe_difference(p, "x", label="Attributed words from military sources (%)")
    assert s == (
        "Attributed words from military sources (%): 0.00 in every article of the 3 outlets "
        "compared (no variation): nothing to test."
    )
