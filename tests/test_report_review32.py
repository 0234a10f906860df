"""Reports 07, 09 and 10 on gun-policy news (the report review of round 32).

The corpus of the review: the 424 AllSides articles of the topic "gun_control_and_gun_rights"
from its five largest outlets (Fox News, Washington Times, Townhall, CNN (Web News), Politico),
2012-2020, grouped by outlet and by lean.
"""

from __future__ import annotations

import pandas as pd

# CNN (Web News), p6ukkpK2BEBsfCXM: the first line of "morality · CNN (Web News)", an article
# whose morality evidence stays under the threshold (frame_morality = 0)
FEINSTEIN = (
    '" No one has ever been able to explain why a civilian should have a military-style '
    'assault weapon for anything," he added to applause in the hearing room.'
)
# CNN (Web News), BrKLoxLA6SUIkN8w: the fourth line, an article with the frame (frame_morality = 1)
BLESSING = '"I say all the time that every moment we have to live our life is a blessing.'


def _morality_evidence() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": "CNN (Web News)",
            "article_id": ["p6ukkpK2BEBsfCXM", "BrKLoxLA6SUIkN8w"],
            "category": "morality",
            "subcategory": ["M3", "M2"],
            "text": [FEINSTEIN, BLESSING],
            "voice": "quoted",
            "term": ["should", "blessing"],
        }
    )


def test_frame_evidence_says_in_which_articles_the_frame_is_present():
    # report 10: "morality · CNN (Web News): 152 sentences in 57 articles" under a prevalence of
    # 5% (4 of 79 articles); the first three lines came from articles without the frame
    from analysis.report.frames import frame_evidence_html

    present = pd.DataFrame(
        {"article_id": ["p6ukkpK2BEBsfCXM", "BrKLoxLA6SUIkN8w"], "frame_morality": [0.0, 1.0]}
    )
    h = frame_evidence_html(_morality_evidence(), ["morality"], present=present)
    assert "2 sentences in 2 articles; the frame is present in 1 of them" in h
    # the sentence of the article with the frame comes first; the other is marked
    assert h.index("blessing") < h.index("military-style")
    assert "p6ukkpK2BEBsfCXM; frame absent)" in h
    assert "BrKLoxLA6SUIkN8w)" in h


def test_frame_evidence_without_decisions_is_unchanged():
    # counter-case: without the decisions the block reads as before, in article order
    from analysis.report.frames import frame_evidence_html

    h = frame_evidence_html(_morality_evidence(), ["morality"])
    assert "<summary>morality · CNN (Web News): 2 sentences in 2 articles</summary>" in h
    assert h.index("military-style") < h.index("blessing")
    assert "frame absent" not in h


def test_a_name_ending_in_a_title_is_not_counted_with_that_title():
    # report 07, "Who is quoted": "the president 89" had among its forms "National Rifle
    # Association Executive Vice President 3" (Wayne LaPierre) and "Company President 3" with
    # "the president" and "The president" (Obama, Trump): the last word of a name is no
    # surname when it is a title
    from analysis.report.sources import source_key

    assert source_key("National Rifle Association Executive Vice President") != source_key(
        "the president"
    )
    assert source_key("Company President") != source_key("the president")
    # counter-cases: the forms of one president and of one surname still count together
    assert source_key("The president") == source_key("the president") == source_key("President")
    assert source_key("NRA Executive Vice President Wayne LaPierre") == source_key("LaPierre")
    assert source_key("Senate Majority Leader Harry Reid") == source_key("Reid")
    # plural group nouns and outlet names keep their last word
    assert source_key("Senate Democrats") == source_key("Democrats")
    assert source_key("Mayor Michael Bloomberg") == source_key("Bloomberg")


def test_clicking_a_frame_line_shows_the_sentences_of_articles_with_the_frame_first(tmp_path):
    # the evidence is shown on click: the first sentence a reader sees under "morality · CNN"
    # is from an article with the frame, the other is marked
    import shutil

    import pytest

    from analysis.report.frames import frame_evidence_html

    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not shutil.which(chromium):
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")
    present = pd.DataFrame(
        {"article_id": ["p6ukkpK2BEBsfCXM", "BrKLoxLA6SUIkN8w"], "frame_morality": [0.0, 1.0]}
    )
    page = tmp_path / "frames.html"
    body = frame_evidence_html(_morality_evidence(), ["morality"], present=present)
    page.write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        tab = browser.new_page()
        tab.goto(page.as_uri())
        first = tab.locator("details li").first
        assert not first.is_visible()  # closed until clicked
        tab.locator("details > summary").first.click()
        assert first.is_visible() and "blessing" in first.inner_text()
        assert "frame absent" in tab.locator("details li").nth(1).inner_text()
        browser.close()
