"""Kernel hygiene of the report runner (issue 16): each notebook's kernel is shut down when the
notebook is done, and nothing is printed once `framing report` has returned.

Before the fix, nbclient kept every kernel whose manager it was given alive until the
interpreter exited (six kernels at once for `make report`), and their shutdown warnings were
printed after the command had returned.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import nbformat
import psutil
import pytest

from analysis.paths import DEFAULT_CORPUS


def _kernel_pid(cells: list[str], tmp_path) -> tuple[int, str | None]:
    from analysis.report import execute_notebook

    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("import os\nprint(os.getpid())")]
        + [nbformat.v4.new_code_cell(c) for c in cells]
    )
    run, err = execute_notebook(nb, cwd=tmp_path)
    return int(run.cells[0].outputs[0]["text"].split()[0]), err


def _gone(pid: int, wait: float = 5.0) -> bool:
    """The process has exited (a zombie not yet reaped counts as gone)."""
    end = time.monotonic() + wait
    while time.monotonic() < end:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
@pytest.mark.parametrize("cells, failed", [([], False), (["1/0"], True)])
def test_kernel_is_shut_down_when_the_notebook_is_done(tmp_path, cells, failed):
    pid, err = _kernel_pid(cells, tmp_path)
    assert (err is not None) == failed
    assert pid != os.getpid()
    assert _gone(pid), f"kernel {pid} still running after execute_notebook returned"


@pytest.mark.slow
def test_framing_report_prints_no_kernel_warnings(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "report", "--corpus", str(DEFAULT_CORPUS)]
        + ["--out", str(tmp_path / "out"), "--notebooks", "01"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.splitlines()[-1].startswith("index: ")
