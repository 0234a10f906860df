"""A researcher's own topic pack for a corpus about immigration (the report review of round 29).

The corpus of the review: a seeded sample (``random_state=29``) of 395 AllSides articles of the
topic "immigration", 2012 to 2020, from CNN (Web News), Politico, Fox News and Washington Times.
The pack the reviewer wrote for it following ``analysis/lexicons/README.md`` ("Your own topic
pack"): naming groups ``immigrant_label`` (illegal immigrants / illegal aliens / undocumented
immigrants / undocumented workers ...) and ``legalization`` (amnesty / path to citizenship), a
few loaded terms (invasion, anchor babies ...), actors and sides.
"""

from __future__ import annotations

import pytest

from analysis.errors import LexiconError

TOPIC = "name,description,pattern,source,note\nimmig,US immigration,\\bimmigra\\w*,own,\n"
HEADER = "term,category,subcategory,source,note,match,case,variants\n"


def _pack(folder, **files):
    folder.mkdir()
    (folder / "topic.csv").write_text(TOPIC)
    for name, text in files.items():
        (folder / f"{name}.csv").write_text(text)
    return folder


def test_a_loaded_row_with_another_category_stops_the_command(tmp_path):
    # the reviewer's loaded.csv row "invasion,loaded_terms,threat,..." (category mistyped) was
    # read without a word: "invasion" became a marker family 'loaded_terms' of its own, and
    # the reports' "Loaded terms per 1,000 author words" never counted it
    from analysis.detect.packs import choose_lexicons

    pack = _pack(tmp_path / "immig", loaded=HEADER + "invasion,loaded_terms,threat,own,,exact,,\n")
    with pytest.raises(LexiconError, match=r"'invasion' has category 'loaded_terms'.*'loaded'"):
        choose_lexicons(packs=[str(pack)])


def test_a_naming_row_without_its_group_stops_the_command(tmp_path):
    from analysis.detect.packs import choose_lexicons

    pack = _pack(
        tmp_path / "immig",
        naming=HEADER + "illegal immigrants,naming,,own,,exact,,illegal immigrant\n",
    )
    with pytest.raises(LexiconError, match="no subcategory .the naming group"):
        choose_lexicons(packs=[str(pack)])


def test_the_reviewers_pack_and_the_bundled_pack_pass(tmp_path):
    from analysis.detect.packs import check_packs

    pack = _pack(
        tmp_path / "immig",
        naming=HEADER
        + "illegal immigrants,naming,immigrant_label,own,,exact,,illegal immigrant\n"
        + "amnesty,naming,legalization,own,,exact,,\n",
        loaded=HEADER + "invasion,loaded,threat,own,,exact,,invasions\n",
    )
    assert check_packs([str(pack), "ukraine-2022"])[1] == "ukraine-2022"
