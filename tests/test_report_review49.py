"""Round review49: a table wider than the page shows that it scrolls (report 07's per-outlet
table of intervals on a Nexis Uni download of six outlets ran off the page's right edge with
nothing to say more columns were there: overlay scroll bars stay hidden until one scrolls)."""

from __future__ import annotations

from pathlib import Path

from analysis.report.render import NotebookResult, index_html


def _page() -> str:
    r = NotebookResult("07-sources", "Sources", "6 outlets.", Path("07.html"))
    return index_html([r], {"corpus": {}, "parameters": {}})


def test_a_wide_table_box_scrolls_with_a_shadow_at_its_right_edge() -> None:
    page = _page()
    screen = page[: page.index("@media print {")]
    rule = next(
        line for line in screen.splitlines() if line.startswith(".output_html, .dt-layout-table")
    )
    # the box of an interactive table (DataTables' layout cell) scrolls, like a static one's
    assert "overflow-x:auto" in rule
    # a shadow fixed to the box's right edge, under a white cover that scrolls with the table
    # and hides it at the table's end (a table that fits shows no shadow)
    assert "no-repeat local" in rule and "no-repeat scroll" in rule
    assert rule.index("linear-gradient(to left, #fff") < rule.index("radial-gradient")


def test_printed_tables_keep_no_scroll_shadow() -> None:
    page = _page()
    printed = page[page.index("@media print {") :]
    assert ".output_html, .dt-layout-table > .dt-layout-cell { background:none; }" in printed
    # counter-case: the static tables' box still scrolls on screen as before
    assert ".output_html, .output_subarea { overflow-x:auto; max-width:100%; }" in page
