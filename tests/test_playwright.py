"""The interactions of the report pages in a real headless Chromium, driven by Playwright.

Playwright's Python package drives Debian's ``chromium`` through ``executable_path`` (no
browser download).  The network is cut (``offline`` context, every request recorded): a page
that asks for anything but itself, an embedded ``data:`` or ``blob:`` URL fails the test.
Skips with the reason when Playwright or Chromium is absent.

The page is built from the report blocks on the bundled corpus (a few seconds); the rendered
reports are checked in tests/test_browser.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.report import (
    evidence_block,
    evidence_sentences,
    kwic_html,
    kwic_sentences,
    link_cells,
    render_html,
    table,
)

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
    None,
)
LOCAL = ("file:", "data:", "blob:", "about:")


def _page(tmp: Path) -> Path:
    """A report page with a long numeric table, a table of counts linked to their evidence,
    the evidence and the keyword-in-context search, on the bundled corpus."""

    from analysis import load_corpus, spans

    corpus = load_corpus()
    ev_spans = spans(corpus)
    counts = (
        ev_spans[ev_spans["category"].isin(["hedge", "loaded"])]
        .groupby(["outlet", "category"])
        .size()
        .unstack(fill_value=0)
        .reset_index()
    )
    counts.columns.name = None
    long = pd.DataFrame(
        {
            "outlet": [f"outlet {i:02d}" for i in range(45)],
            "words": [f"{(i * 37) % 45 * 1000 + 5:,}" for i in range(45)],
        }
    )
    link = link_cells(["hedge", "loaded"], row_fields={"outlet": "outlet"}, column_field="category")
    blocks = [
        table(long, max_rows=None),
        table(counts, evidence=link),
        evidence_block(evidence_sentences(ev_spans, corpus)),
        kwic_html(kwic_sentences(corpus, ev_spans)),
    ]
    page = tmp / "page.html"
    page.write_text(blocks_page(blocks, "Interactive page"), encoding="utf-8")
    return page


def blocks_page(blocks: list, title: str) -> str:
    """A report page (:func:`render_html`) of a notebook whose cells display ``blocks``."""
    import nbformat

    cells = [nbformat.v4.new_markdown_cell(f"# {title}")]
    for b in blocks:
        cell = nbformat.v4.new_code_cell("x")
        cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": b._repr_html_()})]
        cells.append(cell)
    return render_html(nbformat.v4.new_notebook(cells=cells))


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if CHROMIUM is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    return _page(tmp_path_factory.mktemp("interactive"))


@pytest.fixture()
def page(browser, page_file):
    """The page loaded offline; ``page.framing_log`` holds requests and console errors."""
    context = browser.new_context(offline=True)
    pg = context.new_page()
    log = {"requests": [], "errors": []}
    pg.on("request", lambda r: log["requests"].append(r.url))
    pg.on("console", lambda m: m.type == "error" and log["errors"].append(m.text))
    pg.on("pageerror", lambda e: log["errors"].append(str(e)))
    pg.goto(page_file.as_uri())
    pg.wait_for_selector("html[data-framing-ready]", timeout=20_000)
    pg.framing_log = log
    yield pg
    context.close()


def _column(pg, table_index: int, col: int) -> list[str]:
    return pg.eval_on_selector_all(
        "table[data-framing-table]",
        f"(ts) => Array.from(ts[{table_index}].tBodies[0].rows).map(r => r.cells[{col}].innerText)",
    )


def test_page_loads_nothing_from_the_network_and_logs_no_error(page):
    log = page.framing_log
    assert log["requests"] and all(u.startswith(LOCAL) for u in log["requests"]), log["requests"]
    assert log["errors"] == []
    assert page.eval_on_selector_all("table[data-framing-ready]", "ts => ts.length") == 2


def test_a_long_table_pages_sorts_by_number_and_filters(page):
    assert len(_column(page, 0, 0)) == 20  # pages of 20
    page.locator("table[data-framing-table]").first.locator("th", has_text="words").click()
    # DataTables may redraw after the click event returns (a timer, not the click handler):
    # wait for the header to show the new order before reading the cells.
    try:
        page.wait_for_function(
            "() => { const t = document.querySelector('table[data-framing-table]');"
            " const v = Array.from(t.tBodies[0].rows).map(r => r.cells[1].innerText);"
            " return v[1] !== '37,005'; }",  # the second row before any sort
            timeout=10_000,
        )
    except Exception:  # noqa: BLE001 - the assertion below reports what the page shows
        pass
    words = [int(w.replace(",", "")) for w in _column(page, 0, 1)]
    assert words == sorted(words) and words[0] == 5  # numbers, not text ("10,005" < "2,005")
    box = page.locator(".dt-container").first.locator("input[type=search]")
    box.fill('"outlet 4"')  # a quoted phrase, as DataTables' smart search reads it
    try:  # the search also redraws on a timer
        page.wait_for_function(
            "() => document.querySelector('table[data-framing-table]').tBodies[0].rows.length < 20",
            timeout=10_000,
        )
    except Exception:  # noqa: BLE001 - the assertion below reports what the page shows
        pass
    assert sorted(_column(page, 0, 0)) == [f"outlet {i}" for i in (40, 41, 42, 43, 44)]


def test_a_number_opens_the_sentences_behind_it(page):
    cells = page.locator("td[data-ev]")
    assert cells.count() > 0
    first = cells.first
    n = int(first.inner_text())
    outlet = first.locator("xpath=..").locator("td").first.inner_text()
    first.click()
    panel = page.locator(".framing-ev-panel")
    panel.wait_for()
    items = panel.locator("li")
    assert items.count() == n
    for i in range(n):
        assert items.nth(i).locator(".ev-meta").inner_text().startswith(outlet + " · ")
        assert items.nth(i).locator("mark").inner_text().strip()
    panel.locator(".ev-close").click()
    assert page.locator(".framing-ev-panel").count() == 0


@pytest.mark.parametrize(
    "query, outlet, voice, expected",
    [
        ("Ukraine", "", "", None),  # every match of the Python search
        ("ukrain*", "RT", "", None),
        ("Ukraine", "", "quoted", None),
        ("no such word here", "", "", 0),
    ],
)
def test_keyword_in_context_matches_the_python_search(page, query, outlet, voice, expected):
    from analysis import load_corpus, spans
    from analysis.report import kwic

    corpus = load_corpus()
    hits = kwic(kwic_sentences(corpus, spans(corpus)), query)
    if outlet:
        hits = hits[hits["outlet"] == outlet]
    if voice:
        hits = hits[hits["voice"] == voice]
    if expected is None:
        assert len(hits) > 0
        expected = len(hits)
    box = page.locator(".framing-kwic")
    box.locator("input[name=q]").fill(query)
    if outlet:
        box.locator("select[name=outlet]").select_option(label=outlet)
    if voice:
        box.locator("select[name=voice]").select_option(label=voice)
    box.locator("button[type=submit]").click()
    page.wait_for_function(
        "() => document.querySelector('.framing-kwic').hasAttribute('data-kwic-hits')"
    )
    assert int(box.get_attribute("data-kwic-hits")) == expected
    if expected:
        shown = page.locator("table.kwic-results tbody tr")
        assert shown.count() == min(expected, 20)
        row = shown.first.locator("td")
        assert row.nth(3).inner_text().lower().startswith(query.rstrip("*").lower())
        left = hits.iloc[0]
        assert (row.nth(0).inner_text(), row.nth(1).inner_text()) == (left["outlet"], left["voice"])
        assert row.nth(2).inner_text().strip() == left["left"].strip()


# --------------------------------------------------------------------------------------------
# the rendered reports
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reports(browser, tmp_path_factory) -> Path:
    from test_notebooks import rendered_reports  # the same session render as test_notebooks.py

    return rendered_reports(tmp_path_factory)


@pytest.mark.parametrize("name", ["index", "02-framing-features", "04-same-event"])
def test_rendered_report_is_interactive_offline(browser, reports, name):
    context = browser.new_context(offline=True)
    pg = context.new_page()
    requests, errors = [], []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("console", lambda m: m.type == "error" and errors.append(m.text))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto((reports / f"{name}.html").as_uri())
    pg.wait_for_load_state("load")
    if name != "index":
        pg.wait_for_selector("html[data-framing-ready]", timeout=20_000)
        n_tables = pg.eval_on_selector_all("table[data-framing-table]", "ts => ts.length")
        ready = pg.eval_on_selector_all("table[data-framing-ready]", "ts => ts.length")
        assert n_tables > 0 and ready == n_tables
    external = [u for u in requests if not u.startswith(LOCAL)]
    context.close()
    assert external == [] and errors == []
    if name == "02-framing-features":
        page = (reports / f"{name}.html").read_text(encoding="utf-8")
        assert "data-framing-kwic" in page and "data-ev=" in page
        assert 'href="data/features.csv"' in page and 'href="data/evidence.csv"' in page
    if name == "04-same-event":
        assert 'href="data/alignment.csv"' in (reports / f"{name}.html").read_text("utf-8")
