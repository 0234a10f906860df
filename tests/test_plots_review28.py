"""Figures on a corpus about another conflict than the Ukraine war, with the topic pack a
researcher wrote for it (the report review of round 28).

The corpus of the review: a seeded sample (``random_state=28``) of 369 AllSides articles of the
topic "middle_east", 2012 to 2020: CNN (Web News) 100, Christian Science Monitor 82, Fox News
100, Washington Times 87; the reviewer's pack has a naming group ``isis`` (ISIS, ISIL, Islamic
State, Daesh).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402


def test_naming_caption_says_what_the_n_of_a_cell_counts():
    # report 03 with the pack: the cell "isis: ISIS" of CNN read "20/20" under "CNN (Web News)
    # (n = 100)", and the caption said "the share of the outlet's usable articles that use that
    # form" - the n of a cell is the outlet's articles that name the group, 20 of 100
    from analysis.compare import naming_matrix
    from analysis.plots.naming import naming_caption

    feats = pd.DataFrame(
        {
            "outlet": ["CNN (Web News)"] * 4,
            "status": "ok",
            "naming_isis": ["ISIS", "both", None, None],
            "naming_isis_forms": ["ISIS", "ISIS+Islamic State", None, None],
        }
    )
    m = naming_matrix(feats).set_index("form")
    # the cell's k/n: 2 of the 2 articles that name the group, not of the 4 usable ones
    assert (m.loc["ISIS", "n_articles"], m.loc["ISIS", "n_mentioning"]) == (2, 2)
    assert m.loc["ISIS", "n_total"] == 4
    caption = naming_caption("outlet")
    assert "usable articles that use that form" not in caption
    assert "of the n articles of the outlet that name the group in their own voice" in caption
