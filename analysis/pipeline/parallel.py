"""Worker processes and progress bars for the batch functions."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

__all__ = ["pool_context", "progress", "resolve_jobs"]


def resolve_jobs(n_jobs: int | None) -> int:
    """The number of worker processes for an ``n_jobs`` argument (``-1``: all cores)."""
    if n_jobs is None or n_jobs == 0:
        return 1
    if n_jobs < 0:
        return max(1, (os.cpu_count() or 1) + 1 + n_jobs)
    return n_jobs


def pool_context() -> Any:
    """The start method of the worker processes: ``forkserver`` where available (workers do
    not inherit the parent's threads and locks), but ``fork`` when the main module is not a
    file the workers could re-import — a script read from standard input (``python -``) has
    ``__file__ == "<stdin>"``, and forkserver/spawn workers die trying to run that path."""
    import multiprocessing as mp
    import sys

    methods = mp.get_all_start_methods()
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if isinstance(main_file, str) and not os.path.isfile(main_file) and "fork" in methods:
        return mp.get_context("fork")
    return mp.get_context("forkserver") if "forkserver" in methods else None


def progress(iterable: Iterable, *, total: int | None, enabled: bool | None, desc: str) -> Any:
    """A tqdm progress bar; ``enabled=None`` shows it only on a terminal (tests and CI logs
    stay quiet)."""
    from tqdm.auto import tqdm

    return tqdm(
        iterable,
        total=total,
        disable=(None if enabled is None else not enabled),
        desc=desc,
        unit="article",
    )
