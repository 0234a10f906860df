"""``make lab``: JupyterLab on notebooks/, jupytext notebooks opening as notebooks, on CORPUS."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _default_corpus(env: dict[str, str]) -> str:
    code = "from analysis.paths import DEFAULT_CORPUS; print(DEFAULT_CORPUS)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_default_corpus_is_the_bundled_one_unless_framing_corpus_is_set(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "FRAMING_CORPUS"}
    assert _default_corpus(env) == str(ROOT / "data" / "raw")
    assert _default_corpus({**env, "FRAMING_CORPUS": str(tmp_path)}) == str(tmp_path.resolve())


def test_make_lab_passes_the_corpus_to_jupyterlab(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = subprocess.run(
        ["make", "-n", "lab", f"CORPUS={tmp_path}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f'FRAMING_CORPUS="{tmp_path}"' in out
    assert "jupyter lab --notebook-dir=notebooks" in out
    assert '"python": "Jupytext Notebook"' in out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.mark.slow
def test_make_lab_serves_the_py_notebooks_as_notebooks(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    port, token = _free_port(), "framing-test"
    args = f"--no-browser --port={port} --ServerApp.token={token} --ServerApp.ip=127.0.0.1"
    proc = subprocess.Popen(
        ["make", "lab", f"CORPUS={tmp_path}", f"LAB_ARGS={args}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _get(f"{base}/api/status?token={token}")
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("make lab did not start a JupyterLab server within 120 s")
                time.sleep(1)
        model = _get(f"{base}/api/contents/01-corpus.py?type=notebook&token={token}")
        assert model["type"] == "notebook"
        cells = model["content"]["cells"]
        assert cells[0]["cell_type"] == "markdown"
        assert cells[0]["source"].startswith("# 01 ")
        assert any("parameters" in c["metadata"].get("tags", []) for c in cells)
        plugin = "@jupyterlab/docmanager-extension:plugin"
        settings = _get(f"{base}/lab/api/settings/{plugin}?token={token}")
        viewers = settings["schema"]["properties"]["defaultViewers"]["default"]
        assert viewers.get("python") == "Jupytext Notebook"
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=30)
