"""Tests of analysis.plots: Axes returned, labels present, right number of bars/cells, saving."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.compare import distinguishing_terms, outlet_summary  # noqa: E402
from analysis.compare.cluster import (  # noqa: E402
    cluster_outlets,
    outlet_similarity,
    pca_biplot_data,
)
from analysis.errors import FramingError  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def feats() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    rows = []
    for outlet, k in (("BBC", 6), ("RT", 6), ("CNN", 1)):
        for i in range(k):
            rows.append(
                {
                    "article_id": f"{outlet}{i}",
                    "outlet": outlet,
                    "status": "ok",
                    "n_words": 500 + 10 * i,
                    "quote_share": 0.2 + rng.normal(0, 0.02),
                    "scare_share": 0.01 + abs(rng.normal(0, 0.005)),
                    "rate_loaded_author": 3.0 + rng.normal(0, 0.5) + (2 if outlet == "RT" else 0),
                    "rate_hedge_author": 5.0 + rng.normal(0, 0.5),
                    "n_attributions_neutral": int(rng.integers(2, 6)),
                    "n_attributions_distancing": int(rng.integers(0, 3)),
                    "n_attributions_endorsing": int(rng.integers(0, 2)),
                    "naming_kyiv": "Kiev" if outlet == "RT" else "Kyiv",
                    "naming_donbas": ["Donbas", "Donbass", "both", "none"][i % 4],
                }
            )
    rows.append({"article_id": "bad", "outlet": "BBC", "status": "empty", "n_words": 0})
    return pd.DataFrame(rows)


def _labelled(ax: Axes) -> None:
    assert isinstance(ax, Axes)
    assert ax.get_xlabel().strip() and ax.get_title().strip()


def test_feature_profile(feats):
    s = outlet_summary(feats, features=["rate_loaded_author", "rate_hedge_author"], n_boot=200)
    ax = plots.plot_feature_profile(s)
    _labelled(ax)
    assert ax.get_xlabel() == "per 1,000 words"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["BBC (n = 6)", "CNN (n = 1)", "RT (n = 6)"]
    assert "n = 1" in ax.get_title()
    # readable labels, not column names (the reports showed "rate_loaded_author" on the axis)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "loaded terms per 1,000\nauthor words",
        "hedges per 1,000 author\nwords",
    ]


def test_feature_profile_of_many_groups_has_a_panel_per_feature():
    # 25 AllSides outlets in one legend repeated each colour-marker pair three times (report 03
    # on immigration news): beyond the eight pairs, the groups are named on the y axis instead
    groups = [f"Outlet {i:02d}" for i in range(12)]
    rows = [
        {"outlet": g, "feature": f, "n": 1 if i == 11 else 5, "mean": float(i)}
        | (
            {"ci_low": np.nan, "ci_high": np.nan}
            if i == 11
            else {"ci_low": i - 1.0, "ci_high": i + 1.0}
        )
        for i, g in enumerate(groups)
        for f in ("rate_loaded_author", "rate_hedge_author")
    ]
    ax = plots.plot_feature_profile(pd.DataFrame(rows), labels={"rate_loaded_author": "Loaded"})
    panels = [a for a in ax.figure.axes if a.get_visible()]
    assert len(panels) == 2 and ax.get_legend() is None
    assert [t.get_text() for t in ax.get_yticklabels()][:2] == [
        "Outlet 00 (n = 5)",
        "Outlet 01 (n = 5)",
    ]
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "Outlet 11 (n = 1)"
    assert [a.get_title() for a in panels] == ["Loaded", "hedges per 1,000 author words"]
    assert all(a.get_xlabel() == "per 1,000 words" for a in panels)
    assert "hollow: n = 1" in ax.figure.get_suptitle()


def test_feature_profile_takes_the_report_labels(feats):
    s = outlet_summary(feats, features=["rate_loaded_author", "rate_hedge_author"], n_boot=50)
    ax = plots.plot_feature_profile(s, labels={"rate_loaded_author": "Loaded terms"})
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Loaded terms",
        "hedges per 1,000 author\nwords",
    ]


@pytest.mark.parametrize(
    "name, label",
    [
        ("rate_loaded_author", "loaded terms per 1,000 author words"),
        ("rate_loaded_quoted", "loaded terms per 1,000 quoted words"),
        ("rate_evidential_author", "evidentials per 1,000 author words"),
        ("rate_attributions_distancing", "distancing attribution verbs per 1,000 words"),
        ("quote_share", "share of words in direct quotations"),
        ("readability_flesch_reading_ease_author", "Flesch reading ease (author text)"),
        ("readability_flesch_kincaid_grade", "Flesch–Kincaid grade"),
        ("n_attributions_neutral", "neutral attribution verbs"),
        ("n_words", "n words"),
    ],
)
def test_feature_label(name, label):
    assert plots.feature_label(name) == label


def _errorbar_segments(ax) -> int:
    """Number of error-bar line segments drawn on the Axes."""
    from matplotlib.collections import LineCollection

    return sum(len(c.get_segments()) for c in ax.collections if isinstance(c, LineCollection))


def test_single_article_groups_get_no_error_bar_at_all():
    # the reports said "no error bar: n = 1" but drew zero-length bars with caps on every bar
    f = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "status": "ok",
            "n_words": [400, 1400],
            "quote_share": [0.2, 0.3],
            "scare_share": [0.0, 0.01],
            "n_attributions_neutral": [4, 30],
            "n_attributions_distancing": [0, 5],
        }
    )
    assert _errorbar_segments(plots.plot_quote_share(f, n_boot=20)) == 0
    assert _errorbar_segments(plots.plot_stance_bars(f, n_boot=20)) == 0


def test_groups_with_intervals_keep_their_error_bars(feats):
    # BBC and RT have 6 articles (intervals), CNN one (none): 2 groups x 2 kinds
    assert _errorbar_segments(plots.plot_quote_share(feats, n_boot=50)) == 2 * 2
    assert _errorbar_segments(plots.plot_stance_bars(feats, n_boot=50)) == 2 * 3


def test_wide_figures_fit_a_report_column(feats):
    # wider than ~8.3 in at 110 dpi, a figure is scaled down in the report and its labels become
    # unreadable
    many = pd.concat(
        [feats.assign(outlet=feats["outlet"] + str(i)) for i in range(4)], ignore_index=True
    )
    for ax in (plots.plot_stance_bars(many, n_boot=20), plots.plot_naming_matrix(many)):
        assert ax.figure.get_size_inches()[0] <= 8.3


def test_feature_profile_mixed_units_flagged(feats):
    s = outlet_summary(feats, features=["quote_share", "n_words"], n_boot=50)
    assert "units differ" in plots.plot_feature_profile(s).get_xlabel()


def test_feature_profile_draws_on_given_axes(feats):
    fig, ax = plt.subplots()
    out = plots.plot_feature_profile(
        outlet_summary(feats, features=["quote_share"], n_boot=50), ax=ax
    )
    assert out is ax


def test_naming_matrix_table_and_cells(feats):
    m = plots.naming_matrix(feats)
    bbc = m[(m["outlet"] == "BBC") & (m["naming"] == "kyiv")].set_index("form")
    assert bbc.loc["Kyiv", "n_articles"] == 6 and bbc.loc["Kiev", "n_articles"] == 0
    assert bbc.loc["Kyiv", "n_total"] == 6  # the "empty" row is excluded
    don = m[(m["outlet"] == "BBC") & (m["naming"] == "donbas")].set_index("form")
    # BBC articles 0..5 cycle Donbas, Donbass, both, none, Donbas, Donbass
    assert don["n_articles"].to_dict() == {"Donbas": 2, "Donbass": 2, "both": 1}
    # issue 17: shares over the articles that name the entity (5: the "none" article is out)
    assert set(don["n_mentioning"]) == {5} and set(don["n_total"]) == {6}
    assert don["share"].to_dict() == {"Donbas": 0.4, "Donbass": 0.4, "both": 0.2}
    ax = plots.plot_naming_matrix(feats)
    _labelled(ax)
    # variants as rows (labels read horizontally), outlets as columns:
    # (kyiv: Kiev, Kyiv + donbas: Donbas, Donbass, both) x 3 outlets = 5 x 3 cells
    assert ax.images[0].get_array().shape == (5, 3)
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "BBC\n(n = 6)",
        "CNN\n(n = 1)",
        "RT\n(n = 6)",
    ]
    assert [t.get_text() for t in ax.get_yticklabels()][:2] == ["kyiv: Kiev", "kyiv: Kyiv"]
    assert "2/5" in [t.get_text() for t in ax.texts]  # k/n over the articles naming it (issue 17)


def test_naming_matrix_needs_columns():
    with pytest.raises(FramingError, match="naming_"):
        plots.naming_matrix(pd.DataFrame({"outlet": ["A"], "status": ["ok"], "x": [1]}))


@pytest.mark.parametrize(
    "normalise, ylabel",
    [("article", "attributions per article"), ("1000 words", "attributions per 1,000 words")],
)
def test_stance_bars(feats, normalise, ylabel):
    ax = plots.plot_stance_bars(feats, normalise=normalise, n_boot=100)
    _labelled(ax)
    assert ax.get_ylabel() == ylabel
    assert len(ax.patches) == 3 * 3  # outlets x stances
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "neutral",
        "distancing",
        "endorsing",
    ]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "BBC\n(n = 6)",
        "CNN\n(n = 1)",
        "RT\n(n = 6)",
    ]


def test_stance_table_per_1000_words_exact():
    f = pd.DataFrame(
        {"outlet": ["A"], "status": ["ok"], "n_words": [500], "n_attributions_neutral": [2]}
    )
    t = plots.stance_table(f, normalise="1000 words", n_boot=10)
    assert t["mean"].tolist() == [4.0]


def test_quote_share(feats):
    ax = plots.plot_quote_share(feats, n_boot=100)
    _labelled(ax)
    assert len(ax.patches) == 2 * 3
    assert ax.get_xlabel() == "share of body words (%)"
    # planted: ~20 % of words in direct quotes, ~1 % in scare quotes (sd 2 and 0.5 points)
    direct, scare = ax.patches[:3], ax.patches[3:]
    assert all(14 < p.get_width() < 26 for p in direct)
    assert all(0 < p.get_width() < 3 for p in scare)
    assert [p.get_x() for p in scare] == [p.get_width() for p in direct]  # stacked


def test_distinguishing_terms_plot():
    corpus = pd.DataFrame(
        {
            "outlet": ["A"] * 3 + ["B"] * 3,
            "body": ["invasion war troops city"] * 3 + ["operation talks city troops"] * 3,
        }
    )
    t = distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=1)
    ax = plots.plot_distinguishing_terms(t, top=2)
    _labelled(ax)
    assert len(ax.patches) == 4
    assert {t.get_text() for t in ax.get_yticklabels()} == {"invasion", "war", "operation", "talks"}
    # the legend sits outside the axes (it covered bars) and names the reference line
    leg = ax.get_legend()
    assert [x.get_text() for x in leg.get_texts()] == ["A", "B", "z = 1.96"]
    ax.figure.canvas.draw()
    assert leg.get_window_extent().x0 >= ax.get_window_extent().x1


def test_dendrogram_pca_similarity(feats):
    r = cluster_outlets(feats.drop(columns=["n_words"]))
    ax = plots.plot_dendrogram(r)
    _labelled(ax)
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == [
        "BBC (n = 6)",
        "CNN (n = 1)",
        "RT (n = 6)",
    ]
    ax = plots.plot_pca(pca_biplot_data(feats), n_loadings=3)
    _labelled(ax)
    assert ax.get_xlabel().startswith("PC1 (") and "% of variance" in ax.get_ylabel()
    # loading labels are readable and inside the axes (they ran into the title and the tick labels)
    texts = [t for t in ax.texts if t.get_text() and "(n =" not in t.get_text()]
    assert texts and not any("_" in t.get_text() for t in texts)
    ax.figure.canvas.draw()
    box = ax.get_window_extent()
    for t in texts:
        e = t.get_window_extent()
        assert (
            box.x0 - 1 <= e.x0 and e.x1 <= box.x1 + 1 and box.y0 - 1 <= e.y0 and e.y1 <= box.y1 + 1
        ), t.get_text()
    s = outlet_similarity(feats)
    ax = plots.plot_similarity_heatmap(s)
    _labelled(ax)
    assert ax.images[0].get_array().shape == (3, 3)
    assert len(ax.texts) == 9


def test_pca_article_level_legend(feats):
    ax = plots.plot_pca(pca_biplot_data(feats, level="article"))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "BBC (n = 6)",
        "RT (n = 6)",
        "CNN (n = 1)",
    ]


@pytest.mark.parametrize(
    "name, unit",
    [
        ("rate_naming_author", "per 1,000 words"),
        ("scare_share", "share of words (0–1)"),
        ("n_scare_quotes", "count per article"),
        ("flesch_reading_ease", "index value"),
    ],
)
def test_feature_unit(name, unit):
    assert plots.feature_unit(name) == unit


def test_save_figure_three_files_byte_identical(tmp_path, feats):
    s = outlet_summary(feats, features=["quote_share", "scare_share"], n_boot=100)

    def make(folder):
        ax = plots.plot_feature_profile(s)
        out = plots.save_figure(ax, "profile", s, folder=folder)
        plt.close(ax.figure)
        return out

    a, b = make(tmp_path / "a"), make(tmp_path / "b")
    assert sorted(a) == ["csv", "png", "svg"]
    for k in a:
        assert a[k].name == f"profile.{k}" and a[k].stat().st_size > 0
        assert a[k].read_bytes() == b[k].read_bytes(), k
    svg = a["svg"].read_text()
    assert "<dc:date>" not in svg
    assert pd.read_csv(a["csv"]).shape == s.shape  # plain RangeIndex -> no index column


def test_save_figure_keeps_meaningful_index(tmp_path):
    fig, ax = plt.subplots()
    sim = pd.DataFrame(
        [[1.0, 0.5], [0.5, 1.0]], index=pd.Index(["A", "B"], name="outlet"), columns=["A", "B"]
    )
    p = plots.save_figure(fig, "sim", sim, folder=tmp_path)
    assert p["csv"].read_text().splitlines()[0] == "outlet,A,B"


@pytest.mark.parametrize("name", ["../x", "a/b", "", ".hidden", "a b"])
def test_save_figure_rejects_bad_names(tmp_path, name):
    fig, _ = plt.subplots()
    with pytest.raises(FramingError, match="file stem"):
        plots.save_figure(fig, name, pd.DataFrame(), folder=tmp_path)


def test_naming_matrix_uses_forms_columns_and_skips_unused_groups():
    f = pd.DataFrame(
        {
            "outlet": ["Mail", "Mail", "RT"],
            "status": "ok",
            "naming_zelensky": ["both", "Zelensky", "none"],
            "naming_zelensky_forms": ["Zelensky+Zelenskiy", "Zelensky", ""],
            "naming_odesa": ["none", "none", "none"],
            "naming_odesa_forms": ["", "", ""],
        }
    )
    m = plots.naming_matrix(f)
    assert set(m["naming"]) == {"zelensky"}  # odesa: no article uses any form
    mail = m[m["outlet"] == "Mail"].set_index("form")["n_articles"].to_dict()
    assert mail == {"Zelensky": 2, "Zelenskiy": 1}
    ax = plots.plot_naming_matrix(f)
    assert ax.images[0].get_array().shape == (2, 2)
    with pytest.raises(FramingError, match="no naming_"):
        plots.naming_matrix(f, groups=["kyiv"])


def test_similarity_title_does_not_run_into_the_colour_bar():
    # issue 16: with two or three groups the title was wider than the axes and hit the colour bar
    s = pd.DataFrame(
        [[1.0, -0.4, 0.2], [-0.4, 1.0, 0.1], [0.2, 0.1, 1.0]],
        index=["The Guardian", "New York Times", "BBC"],
        columns=["The Guardian", "New York Times", "BBC"],
    )
    ax = plots.plot_similarity_heatmap(s)
    ax.figure.canvas.draw()
    colorbar = [a for a in ax.figure.axes if a is not ax][0]
    assert ax.title.get_window_extent().x1 <= colorbar.get_window_extent().x0


def _outlet_pca(scores: pd.DataFrame, loadings: pd.DataFrame):
    """A two-component outlet-level PCA result with the given scores and loadings."""
    from analysis.compare.cluster.pca import PCAResult

    return PCAResult(
        scores=scores,
        loadings=loadings,
        explained_variance_ratio=np.array([0.6, 0.3]),
        dropped={},
        level="outlet",
    )


def test_pca_labels_of_close_groups_do_not_overlap():
    # issue 16: groups with nearly the same profile had their labels drawn on top of each other
    scores = pd.DataFrame(
        {"PC1": [0.0, 0.02, 0.04, 3.0], "PC2": [0.0, 0.01, -0.01, 2.0], "n": [40, 35, 12, 60]},
        index=["Outlet A", "Outlet B", "Outlet C", "Outlet D"],
    )
    loadings = pd.DataFrame({"PC1": [0.7, 0.7], "PC2": [0.7, -0.7]}, index=["x", "y"])
    ax = plots.plot_pca(_outlet_pca(scores, loadings))
    ax.figure.canvas.draw()
    boxes = [t.get_window_extent() for t in ax.texts if "(n =" in t.get_text()]
    assert len(boxes) == 4
    for i in range(4):
        for j in range(i + 1, 4):
            assert not boxes[i].overlaps(boxes[j]), (i, j)


def test_pca_label_of_the_rightmost_group_stays_inside_the_axes():
    # the report review (AllSides health care, report 03): a long outlet name on the rightmost
    # point ran past the right edge of the biplot
    scores = pd.DataFrame(
        {"PC1": [-1.0, 0.2, 2.5], "PC2": [0.5, -0.4, 0.1], "n": [40, 35, 12]},
        index=["NPR", "Vox", "The Washington Times and Sunday Edition"],
    )
    loadings = pd.DataFrame({"PC1": [0.7, -0.7], "PC2": [0.7, 0.7]}, index=["x", "y"])
    ax = plots.plot_pca(_outlet_pca(scores, loadings))
    ax.figure.canvas.draw()
    frame = ax.get_window_extent()
    labels = {t.get_text(): t for t in ax.texts if "(n =" in t.get_text()}
    long = labels["The Washington Times and Sunday Edition (n = 12)"]
    assert long.get_window_extent().x1 <= frame.x1 + 1
    assert long.get_ha() == "right"
    assert labels["NPR (n = 40)"].get_ha() == "left"  # a label with room stays on the right
    plt.close("all")


def test_an_arrow_label_at_the_edge_still_moves_off_a_marker():
    # report 03 on AllSides immigration: "evidentials per 1,000 author words" ran a little past
    # the right edge and over the Christian Science Monitor's marker; no place inside the axes
    # was free of it, so it was left on the marker
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    label = ax.annotate(
        "evidentials per 1,000\nauthor words",
        (0.8, 0.5),
        xytext=(4, 3),
        textcoords="offset points",
        va="bottom",
    )
    renderer = fig.canvas.get_renderer()
    assert label.get_window_extent(renderer).x1 > ax.get_window_extent(renderer).x1
    marker = (0.85, 0.55)
    assert plots.clusters.move_off(ax, [label], [], points=np.array([marker])) == 1
    box = label.get_window_extent(renderer)
    mx, my = ax.transData.transform(marker)
    assert not box.contains(mx, my)
    plt.close(fig)


def test_trend_of_many_outlets_draws_the_largest_and_renders_without_a_warning():
    import warnings

    from analysis.compare.timeline import feature_trend
    from analysis.report import figure

    # report 03 on a 600-article AllSides sample (95 outlets): one line and one legend entry per
    # outlet squeezed the axes to nothing, and "UserWarning: constrained_layout not applied"
    # with the install path was printed into the page
    rng = np.random.default_rng(0)
    rows = []
    for k in range(40):
        for j in range(1 + (k == 7) * 5 + (k < 3) * 3):  # outlet 7 has 6 articles, 0-2 have 4
            rows.append({"outlet": f"O{k:02d}", "published": f"2020-0{1 + j % 6}-10"})
    f = pd.DataFrame(rows).assign(status="ok", x=rng.normal(size=len(rows)))
    trend = feature_trend(f, ["x"], freq="M", n_boot=20)
    # on an Axes of its own: at most 8 lines, the largest outlets, named in the legend
    _, own = plt.subplots()
    legend = plots.plot_trend(trend, "x", ax=own).get_legend()
    names = [t.get_text() for t in legend.get_texts()]
    assert len(names) == plots.time.MAX_LINES == 8
    assert {"O00 (n = 4)", "O01 (n = 4)", "O02 (n = 4)", "O07 (n = 6)"} <= set(names)
    assert legend.get_title().get_text() == "the 8 of 40 with most articles"
    # a figure of its own (the reports): one panel per outlet, the 12 largest (round 25: more
    # than four lines with their bands were a tangle), said in the title
    ax = plots.plot_trend(trend, "x")
    panels = [a for a in ax.figure.axes if a.get_visible()]
    titles = {a.get_title() for a in panels}
    assert len(panels) == plots.time.MAX_PANELS == 12
    assert {"O00 (n = 4)", "O01 (n = 4)", "O02 (n = 4)", "O07 (n = 6)"} <= titles
    assert ax.figure.get_suptitle().endswith("the 12 of 40 with most articles")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure(ax, caption="trend")._repr_html_()
    plt.close("all")


def test_stance_bars_tell_nine_stances_apart():
    # report 03 on BASIL: nine stances, eight colours; "cognition" and "tentative" were the
    # same blue in the bars and the legend
    stances = [
        "cognition",
        "distancing",
        "emotive",
        "endorsing",
        "guilt",
        "neutral",
        "position",
        "pressure",
        "tentative",
    ]
    f = pd.DataFrame(
        {"outlet": ["A", "A", "B", "B"], "status": "ok"}
        | {f"n_attributions_{s}": [1 + i, 2, i, 3] for i, s in enumerate(stances)}
    )
    ax = plots.plot_stance_bars(f, n_boot=20)
    handles, labels = ax.get_legend_handles_labels()
    assert labels == stances
    looks = {(tuple(h.patches[0].get_facecolor()), h.patches[0].get_hatch()) for h in handles}
    assert len(looks) == len(stances)
    plt.close("all")


def test_distinguishing_terms_of_many_groups_draws_those_with_most_articles():
    # report 03 on a 600-article AllSides sample (95 outlets): a figure 197 inches tall with a
    # 95-entry legend whose eight colours repeat, so no block could be told from another
    rows = []
    for k in range(12):
        for t in range(3):
            rows.append(
                {
                    "group": f"G{k:02d}",
                    "term": f"t{k}_{t}",
                    "z": 3.0 - t / 2,
                    "count_group": 5,
                    # per 1,000 words: G03 and G09 have 5,000 words, the others 500 to 1,000
                    "freq": 1.0 if k in (3, 9) else 10.0 - k % 5,
                    "n_docs_group": 2,
                }
            )
    ax = plots.plot_distinguishing_terms(pd.DataFrame(rows), top=3)
    _, names = ax.get_legend_handles_labels()
    groups = [n for n in names if n != "z = 1.96"]
    assert len(groups) == 8 and {"G03", "G09"} <= set(groups)
    assert groups == sorted(groups)
    assert ax.get_title().endswith("8 of 12 groups: those with most words")
    assert len(ax.patches) == 8 * 3
    plt.close("all")


def test_naming_rows_name_the_group_in_words():
    # the report review: rows read "war_name: invasion", the group's key with its underscore
    f = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "status": "ok",
            "naming_war_name": ["invasion", "war"],
        }
    )
    ax = plots.plot_naming_matrix(f)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels and all(lab.startswith("war name: ") for lab in labels)


def test_arrow_labels_give_way_to_point_labels():
    # the report review: on AllSides health care the PCA arrow label "loaded terms per 1,000
    # author words" ran under the point label "Townhall (n = 100)"
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.clusters import move_off

    fig, ax = plt.subplots(figsize=(5, 4))
    ax.set_xlim(-3, 3)
    ax.set_ylim(-3, 3)
    point = ax.annotate("Townhall (n = 100)", (0, 0), xytext=(5, 4), textcoords="offset points")
    arrow = ax.annotate(
        "loaded terms per\n1,000 author words",
        (0.1, 0.1),
        xytext=(4, 3),
        textcoords="offset points",
        ha="left",
        va="bottom",
    )
    r = fig.canvas.get_renderer()
    assert arrow.get_window_extent(r).overlaps(point.get_window_extent(r))  # the failing layout
    assert move_off(ax, [arrow], [point]) == 1
    assert not arrow.get_window_extent(r).overlaps(point.get_window_extent(r))
    assert point.xyann == (5, 4)  # the point's label stays
    plt.close(fig)
