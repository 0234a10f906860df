"""The actor sides in words: a pack's ``sides.csv`` gives the label a report prints."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.detect.packs import pack_side_labels, side_label
from analysis.errors import LexiconError
from analysis.report.harm import erasure_display
from analysis.report.scope import side_names
from analysis.report.sources import side_sources


def _pack(tmp_path, sides: str | None):
    (tmp_path / "topic.csv").write_text("pattern,description\n\\bohio\\b,Ohio politics\n")
    (tmp_path / "actors.csv").write_text(
        "pattern,name,side,role,source,note\n\\bdewine\\b,Mike DeWine,oh_governor,,,\n"
    )
    if sides is not None:
        (tmp_path / "sides.csv").write_text(sides)
    return str(tmp_path)


def test_bundled_pack_labels_every_side_its_tables_use():
    from analysis.detect.packs import pack_harm_actors

    labels = pack_side_labels(("ukraine-2022",))
    used = {row[1] for row in pack_harm_actors(("ukraine-2022",)).rows}
    assert used <= set(labels), f"sides without a label in sides.csv: {used - set(labels)}"
    assert labels["us_government"] == "US government"
    assert labels["russian_government"] == "Russian government"


def test_a_side_without_label_is_its_key_in_words():
    assert side_label("oh_governor", {}) == "oh governor"
    assert side_label("oh_governor", None) == "oh governor"
    assert side_label("unknown", {"us_government": "US government"}) == "unknown"


def test_own_pack_labels_and_missing_file(tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    path = _pack(own, "side,label\noh_governor,Ohio governor's office\n")
    assert dict(pack_side_labels((path,))) == {"oh_governor": "Ohio governor's office"}
    bare = tmp_path / "bare"
    bare.mkdir()
    assert dict(pack_side_labels((_pack(bare, None),))) == {}


def test_empty_label_is_an_error_naming_file_and_side(tmp_path):
    path = _pack(tmp_path, "side,label\noh_governor,\n")
    with pytest.raises(LexiconError, match=r"sides\.csv.*oh_governor"):
        pack_side_labels((path,))


def test_side_names_follow_the_lexicons_packs():
    from analysis.detect.packs import choose_lexicons

    assert side_names()["ukrainian_government"] == "Ukrainian government"
    assert dict(side_names(choose_lexicons(packs=[]))) == {}


def test_report_tables_print_the_labels():
    from types import SimpleNamespace as NS

    body = "Peskov said the talks failed."
    a = NS(
        quote_id=None,
        kind="indirect",
        resolved="Peskov",
        side="russian_government",
        start=0,
        end=28,
    )
    art = NS(body=body, quotes=[], attributions=[a])
    table = side_sources([art], ["RU"], labels=side_names())
    assert table["side"].tolist() == ["Russian government"]
    erasure = pd.DataFrame(
        {
            "group": ["A", "A"],
            "victim_side": ["ukrainian_civilians", "unknown"],
            "n_articles": [2, 2],
            "n_events": [3, 1],
            "n_erased": [1, 0],
            "rate": [1 / 3, 0.0],
            "low": [0.0, 0.0],
            "high": [0.5, 0.0],
        }
    )
    shown = erasure_display(erasure, side_labels=side_names())
    assert shown["victim's side"].tolist() == ["Ukrainian civilians", "unknown"]


def test_spellings_of_one_name_are_one_source():
    # by-country report 07 listed "Zelensky" (57) and "Ukrainian President Volodymyr
    # Zelenskyy" (17) as two sources of the Ukrainian government
    from types import SimpleNamespace as NS

    body = "Zelensky said no. Zelenskyy said no. Zelenskiy said no."
    attrs = [
        NS(
            quote_id=None,
            kind="indirect",
            resolved=name,
            side="ukrainian_government",
            start=s,
            end=s + 8,
        )
        for name, s in (("Zelensky", 0), ("President Volodymyr Zelenskyy", 18), ("Zelenskiy", 37))
    ]
    art = NS(body=body, quotes=[], attributions=attrs)
    table = side_sources([art], ["UA"])
    assert len(table) == 1 and table["voices"].tolist() == [3]
