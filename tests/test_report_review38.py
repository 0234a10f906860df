"""Round review38: trust on the user's own corpus (the two Ukraine-war corpora: by country with
``--outlet-column country``, and Guardian/NYT)."""

from __future__ import annotations

import pandas as pd


def _quality_checks() -> pd.DataFrame:
    return pd.DataFrame(
        {"check": ["near_duplicate"], "severity": ["warning"], "outlet": ["GB"]},
    )


def test_plural_of_a_group_name():
    from analysis.text.plural import plural

    assert [plural(w) for w in ("country", "outlet country", "lean", "outlet", "corpus")] == [
        "countries",
        "outlet countries",
        "leans",
        "outlets",
        "corpora",
    ]
    # counter-cases: a vowel before the y, a word already plural in form
    assert [plural(w) for w in ("day", "survey", "news", "sources")] == [
        "days",
        "surveys",
        "news",
        "sources",
    ]


def test_data_quality_caveat_names_countries():
    # reports 02-10 on the by-country corpus: "Differences between these countrys may come
    # from the texts rather than from how they frame the story."
    from analysis.report.quality import quality_caveat

    text = quality_caveat(_quality_checks(), noun="country")
    assert "Differences between these countries may come from the texts" in text
    assert "countrys" not in text


def test_data_quality_caveat_of_outlets_is_unchanged():
    from analysis.report.quality import quality_caveat

    text = quality_caveat(_quality_checks())
    assert "Differences between these outlets may come from the texts" in text


def test_omnibus_table_and_caption_name_countries():
    # report 03 and 07: "Do the 6 countrys differ at all on each feature?", column "countrys"
    from analysis.report.differences import omnibus_block, omnibus_table

    omni = pd.DataFrame(
        {
            "feature": ["x"],
            "n_groups": [3],
            "n": [30],
            "eta_squared": [0.2],
            "p_value": [0.001],
            "p_adjusted": [0.002],
            "significant": [True],
        }
    )
    assert "countries" in omnibus_table(omni, by="country").columns
    assert "outlets" in omnibus_table(omni, by="outlet").columns  # counter-case
    feats = pd.DataFrame(
        {
            "outlet": ["GB"] * 4 + ["PL"] * 4 + ["US"] * 4,
            "status": "ok",
            "x": [1.0, 2.0, 1.5, 2.5, 5.0, 6.0, 5.5, 6.5, 1.0, 1.2, 1.1, 1.3],
        }
    )
    block = omnibus_block(feats, by="outlet", features=["x"], n_perm=99, noun="country")
    assert "Do the 3 countries differ at all on each feature?" in block._repr_html_()


def test_few_outlets_caveat_names_countries():
    from analysis.report.scope import few_outlets_caveat

    feats = pd.DataFrame(
        {
            "group": ["a"] * 4 + ["b"] * 4,
            "outlet": ["x", "x", "y", "y", "z", "z", "w", "w"],
            "status": "ok",
        }
    )
    text = few_outlets_caveat(feats, by="group", within="outlet", noun="country")
    assert text.startswith("The countries are 2 outlets each")
    assert "countrys" not in text
