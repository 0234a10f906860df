"""Report 01 grouped by lean (`framing report --outlet-column lean`) calls its groups leans
(review 37): its tables were captioned "Articles per outlet" and "Removed lines by reason and
outlet", and its summary counted "3 outlets", of three leans of the AllSides set.
"""

from analysis.paths import NOTEBOOKS_DIR


def test_report_01_names_its_groups_by_the_grouping():
    source = (NOTEBOOKS_DIR / "01-corpus.py").read_text(encoding="utf-8")
    assert 'grouping = "outlet"' in source  # the parameter framing report fills in
    assert "noun = group_noun(grouping)" in source
    for fixed in (
        'caption="Articles per outlet',
        'caption="Removed lines by reason and outlet.',
        "'outlet')}",
        '"outlet represented',
        "every outlet represented (parameter",
    ):
        assert fixed not in source, fixed
    assert source.count("every {noun} represented") == 1
    assert source.count("{noun} represented (parameter") == 2


def test_report_07_compares_groups_not_only_outlets():
    # by lean, report 07's introduction said its shares were "compared across the outlets of
    # the corpus given" above tables of leans
    source = (NOTEBOOKS_DIR / "07-sources.py").read_text(encoding="utf-8")
    assert "compared across the outlets of the corpus given" not in source
    assert "compared across the groups of the corpus given" in source


def test_report_01_heads_its_group_columns_by_the_grouping():
    # by lean, the overview's index and the article sample's column were headed "outlet"
    source = (NOTEBOOKS_DIR / "01-corpus.py").read_text(encoding="utf-8")
    assert ".rename_axis(noun)," in source
    assert '"outlet": noun,' in source
