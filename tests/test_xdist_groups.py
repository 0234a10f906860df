"""The pytest-xdist groups of ``make test`` (tests/xdist_groups.csv, tests/xdist_groups.py): the
modules that share an expensive state are in one group, every other module is its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from xdist_groups import TABLE, group_patterns, module_group, nodeid_group

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize(
    ("module", "group"),
    [
        # the session render of the reports (rendered_reports)
        ("test_notebooks", "reports"),
        ("test_browser", "reports"),
        ("test_playwright", "reports"),
        # the agency pools of analysis/evaluation/pools.py
        ("test_agency_batch6", "agency-pools"),
        ("test_agency_batch18", "agency-pools"),
        ("test_agency_batch22", "agency-pools"),
        ("test_agency_batch26", "agency-pools"),
        # the session fixtures of conftest.py
        ("test_frames_fit", "frames-dev"),
        ("test_frames_review30", "frames-dev"),
        ("test_hedges_hedge18", "wikiweasel"),
        ("test_hedges_hedge20", "wikiweasel"),
    ],
)
def test_modules_sharing_a_state_share_a_group(module, group):
    assert module_group(TESTS / f"{module}.py") == group


@pytest.mark.parametrize(
    "module", ["test_text", "test_frames_review29", "test_agency_batch26_classes"]
)
def test_other_modules_are_groups_of_their_own(module):
    assert module_group(TESTS / f"{module}.py") == module


def test_names_match_as_words(tmp_path):
    uses = tmp_path / "test_uses.py"
    uses.write_text("from x import war_corpora\n", encoding="utf-8")
    longer = tmp_path / "test_longer.py"
    longer.write_text("def test_war_corpora_size(): my_war_corpora_x = 1\n", encoding="utf-8")
    assert module_group(uses) == "agency-pools"
    assert module_group(longer) == "test_longer"


def test_every_group_of_the_table_has_a_module():
    used = {module_group(p) for p in TESTS.glob("test_*.py")}
    assert [g for g, _ in group_patterns(TABLE) if g not in used] == []


def test_a_node_id_has_its_modules_group():
    root = TESTS.parent
    assert nodeid_group("tests/test_browser.py::test_search[a::b]", root) == "reports"
    assert nodeid_group("tests/test_notebooks.py::test_x@reports", root) == "reports"
    assert nodeid_group("tests/test_text.py::test_y", root) == "test_text"
