"""Open ``index.html`` and every report in headless Chromium: not blank, every image loads, no
console errors.  Skips with the reason when Chromium is not installed (``make chromium``).

Chromium is driven from the command line only (no new dependency): ``--screenshot`` for the
pixels, ``--dump-dom`` on a copy of the page with a small inline script that records, after the
``load`` event, how many images have ``naturalWidth > 0``; ``--enable-logging=stderr`` for the
console.  The detectors themselves are tested on a deliberately broken page.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pytest
from test_notebooks import rendered_reports  # same session render as test_notebooks.py

from analysis.report import list_notebooks

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
    None,
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--mute-audio",
]
PAGES = ["index"] + [p.stem for p in list_notebooks()]

_CHECK = """<script>
window.addEventListener('load', function () {
  var imgs = Array.prototype.slice.call(document.images);
  var bad = imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); })
                .map(function (i) { return (i.getAttribute('src') || '').slice(0, 40); });
  var d = document.createElement('pre'); d.id = 'framing-img-check';
  d.textContent = JSON.stringify({n: imgs.length, bad: bad});
  document.body.appendChild(d);
});
</script>"""


def _chromium(*args: str, timeout: int = 90) -> subprocess.CompletedProcess:
    if CHROMIUM is None:
        pytest.skip(
            "headless Chromium is not installed (Debian: apt-get install chromium, or `make "
            "chromium`)"
        )
    with tempfile.TemporaryDirectory(prefix="framing-chromium-") as profile:
        return subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def screenshot(page: Path, png: Path, *, size: str = "1280,2000") -> np.ndarray:
    """Screenshot ``page`` into ``png`` and return the pixels (H x W x C floats in 0..1)."""
    import matplotlib.image as mpimg

    res = _chromium(f"--window-size={size}", f"--screenshot={png}", page.as_uri())
    assert png.exists(), f"no screenshot of {page.name}: {res.stderr[-500:]}"
    return mpimg.imread(png)


def image_check(page: Path) -> dict:
    """Load a copy of ``page`` with the image probe; return {"n": images, "bad": [...],
    "console": [...]}."""
    html = page.read_text(encoding="utf-8")
    probe = page.with_name(f"_probe_{page.name}")
    probe.write_text(html.replace("</body>", _CHECK + "</body>", 1), encoding="utf-8")
    try:
        res = _chromium(
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=5000",
            "--dump-dom",
            probe.as_uri(),
        )
    finally:
        probe.unlink()
    m = re.search(r'<pre id="framing-img-check">(.*?)</pre>', res.stdout, re.S)
    assert m, f"the image probe did not run on {page.name}: {res.stderr[-800:]}"
    out = json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    out["console"] = console_errors(res.stderr)
    return out


def console_errors(stderr: str) -> list[str]:
    """Console messages and failed loads that Chromium logged for the page."""
    lines = []
    for line in stderr.splitlines():
        if (
            "CONSOLE" in line
            or "Failed to load resource" in line
            or "Uncaught" in line
            or "net::ERR_" in line
        ):
            lines.append(line.strip())
    return lines


def not_blank(pixels: np.ndarray) -> tuple[float, float]:
    """(standard deviation of grey levels, share of pixels that are not white)."""
    grey = pixels[..., :3].mean(axis=2)
    return float(grey.std()), float((grey < 0.95).mean())


# --------------------------------------------------------------------------------------------
# the detectors can fail
# --------------------------------------------------------------------------------------------


def test_detectors_catch_a_broken_page(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text(
        "<!DOCTYPE html><html><body><p>x</p><img src='missing.png'>"
        "<script>console.error('deliberate failure')</script></body></html>",
        encoding="utf-8",
    )
    got = image_check(page)
    assert got["n"] == 1 and len(got["bad"]) == 1
    assert any("deliberate failure" in line for line in got["console"])
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    std, ink = not_blank(screenshot(blank, tmp_path / "blank.png", size="800,600"))
    assert std < 0.01 and ink < 0.001


# --------------------------------------------------------------------------------------------
# the reports
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    if CHROMIUM is None:
        pytest.skip(
            "headless Chromium is not installed (Debian: apt-get install chromium, or `make "
            "chromium`)"
        )
    return rendered_reports(tmp_path_factory)


@pytest.mark.parametrize("name", PAGES)
def test_page_renders_in_chromium(reports, name, tmp_path):
    page = reports / f"{name}.html"
    std, ink = not_blank(screenshot(page, tmp_path / f"{name}.png"))
    assert std > 0.05 and ink > 0.02, (
        f"{name}.html looks blank (grey sd {std:.3f}, non-white {ink:.3%})"
    )
    got = image_check(page)
    assert not got["bad"], f"{name}.html: images that did not load: {got['bad']}"
    assert not got["console"], f"{name}.html: console errors: {got['console']}"


@pytest.mark.parametrize("name", ["03-compare-outlets", "04-same-event"])
def test_reports_with_figures_show_them(reports, name):
    got = image_check(reports / f"{name}.html")
    assert got["n"] >= 1, f"{name}.html has no figure"
