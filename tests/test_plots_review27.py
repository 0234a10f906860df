"""Figures on a corpus about another topic than the war (the report review of round 27).

The corpus of the review: a seeded sample (``random_state=27``) of 400 AllSides articles of the
topic "elections", 2012 to 2020, from four outlets of different lean: CNN (Web News) 110
(left), NPR Online News 100 (centre), Fox News 110 and Townhall 80 (right).
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


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


# report 03's biplot of the review corpus: the outlets' scores on the first two components and
# the loadings of the eight compared features (rounded)
SCORES = pd.DataFrame(
    {
        "PC1": [-1.948, -1.923, 1.411, 2.46],
        "PC2": [0.026, 0.486, -2.143, 1.63],
        "n": [110, 110, 100, 80],
    },
    index=["CNN (Web News)", "Fox News", "NPR Online News", "Townhall"],
)
LOADINGS = pd.DataFrame(
    {
        "PC1": [-0.2501, 0.1384, 0.3983, 0.395, 0.4348, -0.3083, -0.4218, 0.3764],
        "PC2": [-0.4781, 0.5976, 0.0611, 0.2764, -0.0074, 0.4495, 0.1761, -0.3179],
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


def _overlaps(ax) -> list[tuple[str, str]]:
    """Pairs of labels of ``ax`` whose drawn boxes (with their white ground) overlap."""
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    texts = [t for t in ax.texts if t.get_text()]
    boxes = []
    for t in texts:
        patch = t.get_bbox_patch()
        boxes.append(patch.get_window_extent(renderer) if patch else t.get_window_extent(renderer))
    return [
        (texts[i].get_text(), texts[j].get_text())
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if boxes[i].overlaps(boxes[j])
    ]


def test_biplot_labels_are_placed_on_the_finished_layout_and_overlap_nowhere():
    # report 03 of the review: the label of the arrow "distancing attribution verbs per 1,000
    # words" covered the "F" of "Fox News (n = 110)". The labels were moved apart while the
    # figure had no title and no axis labels; the constrained layout then made room for those,
    # the axes shrank and labels anchored at different points ran into each other again
    pca = PCAResult(
        scores=SCORES,
        loadings=LOADINGS,
        explained_variance_ratio=np.array([0.65, 0.31]),
        dropped={},
        level="outlet",
    )
    ax = plots.plot_pca(pca)
    assert _overlaps(ax) == []
