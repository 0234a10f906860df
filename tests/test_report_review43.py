"""Round review43: the group labels are set aside from the term statistics only when the groups
are publishers; a country's or a lean's label is the texts' own word ("US President", "the
radical left")."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"

# real sentences: AllSides (center/right sources) and the by-country war corpus (PL, US)
_ON_THE_LEFT = (
    "Others are engaging in a relentless race to the left to make more and more outrageous "
    "proposals. Everyone on the left and the right knows this."
)
_ON_TAXES = "The tax bill passed the House after a long debate on spending."
_US_PRESIDENT = "The latest information on this matter was provided by US President Joe Biden."
_PL_OTHER = "The Polish government sent aid convoys to the border crossing at Medyka."


def _corpus(labels: tuple[str, str], texts: tuple[str, str], column: str) -> pd.DataFrame:
    a, b = labels
    return pd.DataFrame(
        {
            column: [a] * 4 + [b] * 4,
            "body": [f"{texts[0]} Item {k}." for k in range(4)]
            + [f"{texts[1]} Item {k}." for k in range(4)],
        }
    )


def _terms(corpus: pd.DataFrame, **kw) -> pd.DataFrame:
    from analysis.compare import distinguishing_terms

    return distinguishing_terms(corpus, voice="all", ngram_range=(1, 1), min_count=2, **kw)


def test_lean_labels_stay_under_outlet_column_lean():
    # AllSides by lean (--outlet-column lean loads the leans as "outlet"): "left" (290 uses)
    # and "right" (415) were removed from every text as the groups' labels
    corpus = _corpus(("right", "left"), (_ON_THE_LEFT, _ON_TAXES), "outlet")
    terms = _terms(corpus, grouping="lean")
    right = set(terms.loc[terms["group"] == "right", "term"])
    assert {"left", "right"} <= right
    assert "group labels" not in terms.attrs["self_names"]
    assert "left" not in terms.attrs["set_aside"]


@pytest.mark.parametrize("kw", [{"by": "country"}, {"by": "outlet", "grouping": "country"}])
def test_country_label_us_stays(kw):
    # by country "US" (474 uses, "US President") went from every text; report 06 groups by its
    # country column (by="country"), report 03 by the outlet column loaded from "country"
    corpus = _corpus(("US", "PL"), (_US_PRESIDENT, _PL_OTHER), kw["by"])
    terms = _terms(corpus, **kw)
    assert "u.s." in set(terms.loc[terms["group"] == "US", "term"])
    assert "us" not in terms.attrs["set_aside"]


@pytest.mark.parametrize("grouping", [None, "outlet", "source", "publication"])
def test_outlet_labels_are_still_set_aside(grouping):
    # counter-case: grouped by publishers, an outlet's own name says who wrote, not how
    texts = ("The Guardian's correspondent in Kyiv reported shelling.", _ON_TAXES)
    corpus = _corpus(("Guardian", "Times"), texts, "outlet")
    terms = _terms(corpus, grouping=grouping)
    assert "guardian" not in set(terms["term"])
    assert terms.attrs["self_names"]["group labels"] == ["Guardian", "Times"]
    assert terms.attrs["set_aside"]["guardian"] == 4


def test_publishers_names_go_whatever_the_grouping():
    # counter-case: under a lean grouping the sources' names (review40) are still set aside
    corpus = _corpus(("left", "right"), ("CNN reported the tax plan.", _ON_TAXES), "outlet")
    corpus["source"] = ["CNN (Web News)"] * 4 + ["Fox News"] * 4
    terms = _terms(corpus, grouping="lean")
    assert "cnn" not in set(terms["term"])
    assert terms.attrs["self_names"]["outlet names"] == ["CNN (Web News)"]


def test_report_03_passes_its_grouping_and_says_so():
    source = (NOTEBOOKS / "03-compare-outlets.py").read_text(encoding="utf-8")
    assert 'grouping=grouping if by == "outlet" else by' in source
    assert 'publishers = names_publishers(grouping if by == "outlet" else by)' in source


def test_report_06_passes_the_users_grouping_for_its_own_corpus():
    """Report 06 compares the user's corpus (dataset 1) under the column it was grouped by:
    `--outlet-column country` keeps the country labels among its terms as report 03 does; the
    reference corpora keep their own columns (lean, country, bloc)."""
    source = (NOTEBOOKS / "06-at-scale.py").read_text(encoding="utf-8")
    assert 'grouping=grouping if i == 1 and by == "outlet" else by' in source
