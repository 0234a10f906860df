"""Report 07's source-type sentences open on a click, offline, in a real headless Chromium
(round review50; Playwright drives Debian's chromium, no browser download)."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
    None,
)
LOCAL = ("file:", "data:", "blob:", "about:")

# the Christian Science Monitor's round-ups cite other outlets (AllSides Middle East news)
TEXTS = [
    "Mr. Kerry noted it was key for the opposition to become better organized, reports Reuters.",
    "At least 13 protesters and six police officers were injured in the earlier clashes, "
    "Egyptian government officials said Thursday.",
]


def test_a_source_type_line_opens_its_sentences_on_a_click(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if CHROMIUM is None:
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")
    from test_playwright import blocks_page

    from analysis import load_corpus
    from analysis.pipeline import analyse_corpus
    from analysis.report import source_type_evidence

    outlets = ["Christian Science Monitor", "Washington Times"]
    corpus = pd.DataFrame({"article_id": ["m1", "t1"], "outlet": outlets, "text": TEXTS})
    corpus.to_csv(tmp_path / "c.csv", index=False)
    arts = analyse_corpus(load_corpus(tmp_path / "c.csv"))
    blocks = [
        source_type_evidence(arts, outlets, kind=kind, collapsed=True)
        for kind in ("media", "anonymous")
    ]
    page_file = tmp_path / "page.html"
    page_file.write_text(blocks_page(blocks, "Sources"), encoding="utf-8")

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(offline=True)
        pg = context.new_page()
        requests: list[str] = []
        pg.on("request", lambda r: requests.append(r.url))
        pg.goto(page_file.as_uri())
        lines = pg.locator("details.report-collapsible summary")
        assert lines.all_inner_texts() == [
            "media sources: Christian Science Monitor 1 in 1 article; Washington Times 0 in 0 "
            "articles",
            "anonymous sources: Christian Science Monitor 0 in 0 articles; Washington Times 1 in "
            "1 article",
        ]
        media = pg.locator("details.report-collapsible").first
        source = media.locator('mark[title="source"]')
        assert not source.is_visible()  # closed until clicked
        media.locator("summary").click()
        assert source.is_visible() and source.inner_text() == "Reuters"
        assert media.locator('mark[title="cue"]').inner_text() == "reports"
        # the other type stays closed
        assert not pg.locator("details.report-collapsible").nth(1).locator("table").is_visible()
        context.close()
        browser.close()
    assert all(u.startswith(LOCAL) for u in requests), requests
