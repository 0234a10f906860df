"""The offline coding page in headless Chromium (Playwright's Python package driving Debian's
chromium; no browser is downloaded): keyboard coding, progress kept across a reload, the CSV
export, and an exported sheet scoring exactly like the same codes typed by hand.

Every request the page makes is recorded: only the page file itself and the export's blob: URL
are allowed, with the browser context offline.
"""

from __future__ import annotations

import shutil

import krippendorff
import numpy as np
import pandas as pd
import pytest

from analysis import load_corpus
from analysis.paths import DEFAULT_CORPUS
from analysis.validate import coding_page, coding_sample, read_sheet, score_coding, write_sheet

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
N_ITEMS = 24
#: keys pressed for items 1..24 (r/1 right, w/0 wrong, u/? unsure)
KEYS = ["r", "w", "u", "1", "0", "?", "r", "w"] * 3
#: notes typed (key n, the text, Enter) before coding these items (0-based)
NOTES = {1: 'the span stops early, "really"', 4: "Kyiv — naming, not a city?", 5: "unclear"}
CODE = {"r": "1", "1": "1", "w": "0", "0": "0", "u": "", "?": ""}
RECODE = (20, "w")  # after the last item: three times ← then w (item 21 becomes wrong)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright's Python package is not installed (make install)"
    )
    if not shutil.which("chromium") and not shutil.which(CHROMIUM):
        pytest.skip("headless Chromium is not installed (Debian: apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield b
        b.close()


@pytest.fixture()
def page_file(tmp_path):
    sheet = coding_sample(load_corpus(DEFAULT_CORPUS), n=N_ITEMS, random_state=5)
    path = write_sheet(sheet, tmp_path / "sheet.csv")
    html = tmp_path / "sheet.html"
    html.write_text(coding_page(read_sheet(path), stem="sheet"), encoding="utf-8")
    return read_sheet(path), html


def _progress_is(page, text: str) -> None:
    """The progress line reads ``text`` (Playwright retries until the page has updated, <= 5 s)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    sync_api.expect(page.locator("#progress")).to_have_text(text)


def _open(context, url, trouble):
    page = context.new_page()
    page.set_default_timeout(20000)
    page.on("pageerror", lambda e: trouble.append(f"page error: {e}"))
    page.on(
        "console", lambda m: trouble.append(f"console: {m.text}") if m.type == "error" else None
    )
    page.goto(url)
    return page


def _start(page, coder):
    page.fill("#coder", coder)
    page.keyboard.press("Enter")


def _export(page, path):
    with page.expect_download() as dl:
        page.keyboard.press("e")
    dl.value.save_as(path)
    return read_sheet(path)


def hand_typed(sheet: pd.DataFrame, coder: str, keys: list[str], notes: dict[int, str]):
    """The sheet with a coder's column typed by hand: 1 right, 0 wrong, blank unsure/not coded;
    the note column says "unsure" for an unsure item."""
    out = sheet.copy()
    codes, texts = [], []
    for i in range(len(sheet)):
        k = keys[i] if i < len(keys) else None
        codes.append(CODE[k] if k else "")
        note = notes.get(i, "")
        if k in ("u", "?"):
            note = f"unsure: {note}" if note else "unsure"
        texts.append(note)
    out[f"coder_{coder}"] = codes
    out[f"note_{coder}"] = texts
    return out


def test_code_with_the_keyboard_export_and_score_like_a_hand_typed_sheet(
    browser, page_file, tmp_path
):
    sheet, html = page_file
    context = browser.new_context(offline=True, accept_downloads=True)
    requests, trouble = [], []
    context.on("request", lambda r: requests.append(r.url))
    page = _open(context, html.as_uri(), trouble)
    _start(page, "ann")
    for i, key in enumerate(KEYS):
        if i in NOTES:
            page.keyboard.press("n")
            page.keyboard.type(NOTES[i])
            page.keyboard.press("Enter")
        page.keyboard.press(key)
        if i == 9:  # half-way: reload; the page resumes where the coder was
            _progress_is(page, f"10 / {N_ITEMS} coded")  # the tenth code is in before reloading
            page.reload()
            assert page.input_value("#coder") == "ann"
            _start(page, "ann")
            _progress_is(page, f"10 / {N_ITEMS} coded")
            assert page.inner_text("#pos") == f"item 11 of {N_ITEMS}"
    _progress_is(page, f"{N_ITEMS} / {N_ITEMS} coded")
    for _ in range(N_ITEMS - 1 - RECODE[0]):
        page.keyboard.press("ArrowLeft")
    page.keyboard.press(RECODE[1])
    exported = _export(page, tmp_path / "export-ann.csv")

    keys = list(KEYS)
    keys[RECODE[0]] = RECODE[1]
    by_hand = read_sheet(write_sheet(hand_typed(sheet, "ann", keys, NOTES), tmp_path / "h.csv"))
    pd.testing.assert_frame_equal(exported, by_hand)
    assert list(exported.columns) == list(sheet.columns) + ["coder_ann", "note_ann"]
    pd.testing.assert_frame_equal(score_coding(exported), score_coding(by_hand))

    # a second coder on the same page and browser starts afresh; the two exports side by side
    # give the agreement of the krippendorff package on the same codes
    page2 = _open(context, html.as_uri(), trouble)
    _start(page2, "bob")
    _progress_is(page2, f"0 / {N_ITEMS} coded")
    bob_keys = ["r"] * 12
    for key in bob_keys:
        page2.keyboard.press(key)
    bob = _export(page2, tmp_path / "export-bob.csv")
    both = exported.assign(coder_bob=bob["coder_bob"], note_bob=bob["note_bob"])
    pd.testing.assert_frame_equal(
        both,
        read_sheet(
            write_sheet(hand_typed(by_hand, "bob", bob_keys, {}), tmp_path / "both-by-hand.csv")
        ),
    )
    scores = score_coding(both)
    codes = both[["coder_ann", "coder_bob"]].replace("", np.nan).astype(float).to_numpy().T
    row = scores[(scores["outlet"] == "(all)") & (scores["detector"] == both["detector"][0])]
    mask = (both["detector"] == both["detector"][0]).to_numpy()
    try:
        expected = krippendorff.alpha(
            reliability_data=codes[:, mask], level_of_measurement="nominal"
        )
    except ValueError:
        expected = np.nan
    assert np.allclose(row["alpha"].iloc[0], expected, equal_nan=True)

    context.close()
    assert not trouble, trouble
    assert requests and all(u.startswith(("file://", "blob:")) for u in requests), requests


def test_progress_follows_the_items_and_the_export_keeps_columns_typed_before(
    browser, page_file, tmp_path
):
    sheet, html = page_file
    # the same items with a first coder's column typed in a spreadsheet: the page's storage
    # key is the item ids, so a coder resumes on a re-exported copy; zoe's column rides along
    pre = sheet.assign(coder_zoe=["1"] * len(sheet))
    html_pre = tmp_path / "pre.html"
    html_pre.write_text(coding_page(pre, stem="pre"), encoding="utf-8")
    other = coding_sample(load_corpus(DEFAULT_CORPUS), n=N_ITEMS, random_state=6)
    html_other = tmp_path / "other.html"
    html_other.write_text(coding_page(other, stem="other"), encoding="utf-8")
    context = browser.new_context(offline=True, accept_downloads=True)
    trouble = []
    page = _open(context, html.as_uri(), trouble)
    _start(page, "ann")
    page.keyboard.press("r")
    fresh = _open(context, html_other.as_uri(), trouble)
    _start(fresh, "ann")
    _progress_is(fresh, f"0 / {N_ITEMS} coded")  # other items: nothing
    again = _open(context, html_pre.as_uri(), trouble)
    _start(again, "ann")
    _progress_is(again, f"1 / {N_ITEMS} coded")
    assert again.inner_text("#pos") == f"item 2 of {N_ITEMS}"
    assert "zoe" not in again.inner_text("body")  # another coder's codes stay hidden
    again.keyboard.press("w")
    got = _export(again, tmp_path / "pre-ann.csv")
    assert list(got.columns) == list(pre.columns) + ["coder_ann", "note_ann"]
    assert got["coder_zoe"].tolist() == ["1"] * N_ITEMS
    assert got["coder_ann"].tolist() == ["1", "0"] + [""] * (N_ITEMS - 2)
    context.close()
    assert not trouble, trouble
