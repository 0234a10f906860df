"""Figures on a corpus with many outlets of uneven size (the report review of round 25).

The corpus of the review: a seeded sample of 815 AllSides articles (immigration, health care,
gun control) from 12 outlets, 4 to 180 articles each; the numbers below are its report 03's.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.compare.cluster.pca import PCAResult  # noqa: E402

# report 03's biplot of the review corpus: the outlets with at least 5 articles, their scores
# on the first two components (rounded) and the loadings of the eight compared features
SCORES = pd.DataFrame(
    {
        "PC1": [-1.47, -0.58, 0.18, -3.02, 0.47, 4.29, 0.56, -0.34, 2.23, -1.29, -1.02],
        "PC2": [1.32, -0.3, -0.93, 2.12, -1.93, 2.63, -0.79, -0.18, -1.23, -1.21, 0.49],
        "n": [35, 170, 40, 6, 55, 40, 45, 160, 50, 30, 180],
    },
    index=[
        "Breitbart News",
        "CNN (Web News)",
        "Christian Science Monitor",
        "Fox Online News",
        "NPR Online News",
        "National Review",
        "New York Times - News",
        "Politico",
        "Vox",
        "Wall Street Journal - News",
        "Washington Times",
    ],
)
LOADINGS = pd.DataFrame(
    {
        "PC1": [-0.4, 0.25, 0.39, 0.39, 0.45, -0.45, -0.03, 0.26],
        "PC2": [0.01, 0.55, 0.37, -0.38, 0.12, 0.18, 0.49, -0.37],
    },
    index=[
        "quote_share_pct",
        "rate_loaded_author",
        "rate_loaded_quoted",
        "rate_hedge_author",
        "rate_booster_author",
        "rate_evidential_author",
        "rate_attributions_distancing",
        "readability_flesch_reading_ease_author",
    ],
)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _biplot(scores: pd.DataFrame = SCORES):
    pca = PCAResult(
        scores=scores,
        loadings=LOADINGS,
        explained_variance_ratio=np.array([0.48, 0.27]),
        dropped={},
        level="outlet",
    )
    ax = plots.plot_pca(pca)
    ax.figure.canvas.draw()
    return ax


def _looks(ax) -> list[tuple]:
    """Colour and marker shape of each scatter point of ``ax``, in drawing order."""
    return [
        (tuple(np.round(c.get_facecolor()[0], 3)), c.get_paths()[0].vertices.round(3).tobytes())
        for c in ax.collections
    ]


def test_every_group_of_twelve_has_a_look_of_its_own():
    # the review's biplot: colours and markers both cycle in eights, so the ninth outlet looked
    # like the first (Breitbart News and Vox were both blue circles, CNN and the Wall Street
    # Journal both orange squares)
    scores = pd.concat(
        [SCORES, pd.DataFrame({"PC1": [3.0], "PC2": [-2.5], "n": [4]}, index=["The Guardian"])]
    )
    looks = _looks(_biplot(scores))
    assert len(looks) == 12
    assert len(set(looks)) == 12


def test_group_style_pairs_are_unique_for_many_groups():
    pairs = [plots.style.group_style(i) for i in range(64)]
    assert len(set(pairs)) == 64
    assert pairs[:8] == list(zip(plots.style.OKABE_ITO, plots.style.MARKERS, strict=True))


def test_point_labels_of_a_crowded_biplot_hide_no_other_marker():
    # the review's biplot: the labels of the crowded middle covered the Politico (black star)
    # and New York Times (yellow cross) markers, so those outlets had a name and no point
    ax = _biplot()
    renderer = ax.figure.canvas.get_renderer()
    labels = {t.get_text(): t for t in ax.texts if "(n =" in t.get_text()}
    assert len(labels) == len(SCORES)
    for name, row in SCORES.iterrows():
        px, py = ax.transData.transform((row["PC1"], row["PC2"]))
        for text, label in labels.items():
            if text.startswith(f"{name} (n ="):
                continue
            assert not label.get_window_extent(renderer).contains(px, py), (name, text)


def test_a_label_moved_away_from_its_point_has_a_line_to_it():
    # the review's biplot: "Washington Times (n = 180)" was stacked above "Politico" and stood
    # between three markers with nothing to say which was its own
    ax = _biplot()
    from matplotlib.patches import ConnectionPatch

    lines = {tuple(np.round(a.xy2, 2)) for a in ax.patches if isinstance(a, ConnectionPatch)}
    moved = [
        t
        for t in ax.texts
        if "(n =" in t.get_text()
        and np.hypot(abs(t.xyann[0]) - 5, t.xyann[1] - 4) > plots.clusters.LEADER_AFTER
    ]
    assert moved  # the crowded middle moves some labels
    for label in moved:
        assert tuple(np.round(label.xy, 2)) in lines, label.get_text()


def test_each_block_of_distinguishing_terms_is_headed_by_its_group():
    # report 03 of the review: eight blocks of terms, told apart only by colour and a legend
    # beside the top of a figure two screens tall (Wall Street Journal - News was the yellow
    # block, Vox the orange one); terms from its figures/03-distinguishing-terms.csv
    top = {
        "CNN (Web News)": ["nra", "gun", "sebelius"],
        "Vox": ["daca", "think", "unauthorized"],
        "Wall Street Journal - News": ["u.s.", "evangelical", "photo"],
        "Washington Times": ["illegal", "illegal immigrants", "judge"],
    }
    terms = pd.DataFrame(
        [
            {"group": g, "term": t, "z": 9.0 - i, "count_group": 50 - i}
            for g, words in top.items()
            for i, t in enumerate(words)
        ]
    )
    ax = plots.plot_distinguishing_terms(terms, top=3)
    ax.figure.canvas.draw()
    heads = {t.get_text(): t for t in ax.texts}
    assert set(top) <= set(heads)
    # each name stands above its block's first bar and below the previous block's last
    ticks = {t.get_text(): y for t, y in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)}
    for g, words in top.items():
        y_head = heads[g].get_position()[1]
        assert ticks[words[0]] - 1.5 < y_head < ticks[words[0]], g


# report 03 of the review: neutral and distancing attribution verbs per 1,000 words, mean and
# 95% interval per outlet (figures/03-attribution-stance.csv, rounded)
STANCE = {
    "Breitbart News": (35, 12.34, 10.24, 14.34, 1.37, 0.74, 2.09),
    "CNN (Web News)": (170, 16.13, 14.98, 17.33, 0.82, 0.65, 1.00),
    "Christian Science Monitor": (40, 11.34, 9.87, 12.74, 0.74, 0.36, 1.18),
    "Fox Online News": (6, 15.60, 11.15, 20.52, 0.95, 0.00, 1.93),
    "NPR Online News": (55, 16.06, 14.40, 17.73, 0.60, 0.29, 0.97),
    "National Review": (40, 4.81, 3.52, 6.35, 0.99, 0.64, 1.35),
    "New York Times - News": (45, 14.52, 12.34, 16.68, 0.64, 0.27, 1.04),
    "Politico": (160, 13.37, 12.47, 14.31, 0.89, 0.70, 1.08),
    "The Guardian": (4, 13.81, 8.09, 19.64, 0.73, 0.00, 1.46),
    "Vox": (50, 6.51, 5.31, 7.84, 0.85, 0.60, 1.12),
    "Wall Street Journal - News": (30, 18.35, 16.40, 20.42, 0.43, 0.18, 0.75),
    "Washington Times": (180, 18.03, 17.04, 19.00, 0.92, 0.73, 1.12),
}


def _stance_table(outlets: dict) -> pd.DataFrame:
    rows = []
    for o, (n, *v) in outlets.items():
        for k, stance in enumerate(("neutral", "distancing")):
            mean, lo, hi = v[3 * k : 3 * k + 3]
            rows.append(
                {"outlet": o, "stance": stance, "n": n, "mean": mean, "ci_low": lo}
                | {"ci_high": hi, "note": ""}
            )
    t = pd.DataFrame(rows)
    t.attrs["normalise"] = "1000 words"
    return t


def test_stance_of_many_outlets_is_a_grid_of_numbers_with_intervals():
    # report 03 of the review: 12 outlets x 9 stances were 108 bars under the scale of
    # "neutral" (up to 18 per 1,000 words); distancing (about 1) was a sliver in every group
    ax = plots.plot_stance_bars(_stance_table(STANCE))
    assert len(ax.images) == 1
    assert ax.images[0].get_array().shape == (12, 2)
    texts = [t.get_text() for t in ax.texts]
    assert "0.43\n[0.18–0.75]" in texts  # Wall Street Journal - News, distancing
    assert "4.81\n[3.52–6.35]" in texts  # National Review, neutral
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows[0] == "Breitbart News (n = 35)" and rows[8] == "The Guardian (n = 4)"
    # each stance is shaded on its own scale: the highest distancing mean (Breitbart News,
    # 1.37) is as dark as the highest neutral one (Wall Street Journal - News, 18.35)
    shade = ax.images[0].get_array()
    assert shade[0, 1] == pytest.approx(1.0) and shade[10, 0] == pytest.approx(1.0)


def test_stance_of_a_few_outlets_stays_bars():
    few = {k: STANCE[k] for k in ("Breitbart News", "National Review", "Vox")}
    ax = plots.plot_stance_bars(_stance_table(few))
    assert not ax.images
    assert len(ax.patches) == 6


def test_trend_of_twelve_outlets_is_one_panel_per_outlet_on_shared_axes():
    # report 03 of the review: the quotation share of 8 outlets by quarter over eight years,
    # eight lines and eight bands on one axes, in which no outlet could be followed (and four
    # outlets were left out); sizes as the review corpus's dated articles
    from analysis.compare.timeline import feature_trend

    dated = dict(SCORES["n"]) | {"Fox Online News": 2, "Wall Street Journal - News": 2}
    dated["The Guardian"] = 4
    rng = np.random.default_rng(0)
    rows = [
        {"outlet": o, "published": f"{2012 + j % 8}-0{1 + j % 9}-15", "x": rng.normal()}
        for o, k in dated.items()
        for j in range(k)
    ]
    trend = feature_trend(pd.DataFrame(rows).assign(status="ok"), ["x"], freq="Q", n_boot=20)
    ax = plots.plot_trend(trend, "x", label="Words in direct quotations (%)")
    panels = [a for a in ax.figure.axes if a.get_visible()]
    assert len(panels) == 12
    titles = [a.get_title() for a in panels]
    assert titles[0] == "Breitbart News (n = 35)"
    assert "Wall Street Journal - News\n(n = 2)" in titles
    assert all(a.get_shared_y_axes().joined(a, ax) for a in panels)  # one scale to compare
    assert ax.figure.get_suptitle().startswith("Words in direct quotations (%): mean per quarter")
    assert not ax.get_legend()
