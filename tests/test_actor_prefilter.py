"""The actors table's one-search prefilter (``ActorTable.any_row``): a speaker phrase that no
row matches costs one search; the side is still the first matching row's."""

from analysis.detect.quotes.tables import load_actors, side_of


def _table(rows):
    return load_actors([{"pattern": p, "side": s} for p, s in rows])


def test_first_matching_row_wins_with_the_prefilter():
    table = _table([(r"\bkremlin\b", "russian_government"), (r"\bspokesman\b", "other")])
    assert table.any_row is not None
    assert side_of("a Kremlin spokesman", table) == "russian_government"
    assert side_of("the spokesman", table) == "other"
    assert side_of("Joe Biden", table) is None


def test_rows_that_cannot_be_joined_fall_back_to_row_by_row():
    # the same group name in two rows: one alternation of them does not compile
    table = _table([(r"(?P<n>kyiv)\b", "ukrainian_government"), (r"(?P<n>moscow)\b", "russia")])
    assert table.any_row is None
    assert side_of("Moscow officials", table) == "russia"
    assert side_of("Kyiv", table) == "ukrainian_government"
    assert side_of("Berlin", table) is None


def test_the_prefilter_sees_the_plain_phrase():
    # "Russia’s defence ministry" (curly apostrophe) against a row written with a straight one
    table = _table([(r"\brussia'?s defen[cs]e ministry\b", "russian_government")])
    assert side_of("Russia’s defence ministry", table) == "russian_government"
