"""benchmarks/featurize.py rewrites only its generated block of RESULTS.md (it used to replace
the whole file, dropping the hand-written measurement sections below the table)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():
    spec = importlib.util.spec_from_file_location(
        "bench_featurize", ROOT / "benchmarks" / "featurize.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_block_replaced_and_sections_kept() -> None:
    m = _module()
    old = f"{m._BEGIN}\n# Benchmark results\nratio 0.42\n{m._END}\n\n## Issue 15\nkept text\n"
    new = m._with_block(old, "# Benchmark results\nratio 0.61\n")
    assert "ratio 0.61" in new and "ratio 0.42" not in new
    assert new.endswith("## Issue 15\nkept text\n")
    assert new.count(m._BEGIN) == 1 and new.count(m._END) == 1


def test_block_prepended_to_a_file_without_one() -> None:
    m = _module()
    new = m._with_block("## Notes\nhand-written\n", "# Benchmark results\nratio 0.5")
    assert new.startswith(m._BEGIN) and new.endswith("## Notes\nhand-written\n")


def test_results_file_has_the_markers() -> None:
    text = (ROOT / "benchmarks" / "RESULTS.md").read_text()
    m = _module()
    assert text.index(m._BEGIN) < text.index(m._END) < text.index("## After the architecture split")


def test_stage_times_cover_every_stage_and_restore_the_route() -> None:
    """--stages times every stage on the bundled corpus and puts the real functions back."""
    import analysis.pipeline.article as route
    from analysis import load_corpus
    from analysis.text.matcher import KeyIndex

    m = _module()
    before = (route.clean_text, route.find_agency, route.match_frames, KeyIndex.scan)
    wall, spent = m.stage_times(load_corpus())
    assert (route.clean_text, route.find_agency, route.match_frames, KeyIndex.scan) == before
    names = [name for _, _, funcs in m.STAGES for _, name in funcs]
    assert set(names) <= set(spent), set(names) - set(spent)
    assert all(spent[n] >= 0 for n in names)  # exclusive times: a nested call is subtracted once
    assert 0 < sum(spent[n] for n in names) <= wall
    table = "\n".join(m.stage_lines(wall, spent, 5))
    assert "| agency (harm events) | 20 |" in table and "| generic frames | 21 |" in table


def test_stage_table_says_what_each_stage_adds() -> None:
    # a stage of 2 s in a featurize of 10 s: featurize is 10 / 8 = 1.25x its time without it
    m = _module()
    spent = {"find_agency": 1.5, "agency_features": 0.5}
    lines = m.stage_lines(10.0, spent, 100)
    row = next(line for line in lines if line.startswith("| agency (harm events)"))
    assert row.endswith("| 2.00 | 20.0 % | 25.0 % |")
    assert any("| adds |" in line for line in lines)
