"""Which pytest-xdist worker group a test module belongs to (``make test``: ``--dist loadgroup``).

Tests that share an expensive state kept per process (a session fixture, the session render of
the reports, the agency pools remembered by :mod:`analysis.evaluation.pools`) must run on one
worker, or each worker builds it again. ``xdist_groups.csv`` names each such state: a module that
uses one of its ``names`` (as a word of its source) is in its ``group``; every other module is a
group of its own, so that a module's fixtures are built once too.

The groups reach pytest-xdist through its scheduler hook (``conftest.pytest_xdist_make_scheduler``)
rather than ``xdist_group`` marks: pytest-xdist 3.8.0 passes a mark's group by rewriting the
test's node id, which pytest 9.2's structured node ids no longer allow, so the marks are silently
ignored (pytest-dev/pytest-xdist#1386).
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).with_name("xdist_groups.csv")


@lru_cache(maxsize=1)
def group_patterns(table: Path = TABLE) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The groups of ``table`` in its order, each with a pattern matching any of its names.

    Parameters
    ----------
    table : pathlib.Path
        A CSV file with the columns ``group``, ``names`` (space-separated) and ``shares``.

    Returns
    -------
    tuple of (str, re.Pattern)
        ``(group, pattern)`` pairs; the first group whose pattern matches a module wins.
    """
    with table.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return tuple(
        (
            row["group"],
            re.compile(r"\b(?:" + "|".join(map(re.escape, row["names"].split())) + r")\b"),
        )
        for row in rows
    )


@cache
def module_group(path: Path, table: Path = TABLE) -> str:
    """The xdist group of the test module at ``path``.

    Parameters
    ----------
    path : pathlib.Path
        A test module.
    table : pathlib.Path
        The groups table (:data:`TABLE`).

    Returns
    -------
    str
        The first group of ``table`` one of whose names the module's source uses, else the
        module's own name (its file stem).
    """
    source = path.read_text(encoding="utf-8")
    for group, pattern in group_patterns(table):
        if pattern.search(source):
            return group
    return path.stem


def nodeid_group(nodeid: str, root: Path, table: Path = TABLE) -> str:
    """The xdist group of the test ``nodeid`` (relative to ``root``): its module's group.

    Parameters
    ----------
    nodeid : str
        A pytest node id, ``<module path>::<name>`` (an ``@group`` suffix, which pytest-xdist
        adds under older pytest versions, is left out).
    root : pathlib.Path
        The pytest root directory that node ids are relative to.
    table : pathlib.Path
        The groups table (:data:`TABLE`).

    Returns
    -------
    str
        :func:`module_group` of the module.
    """
    module = nodeid.split("::", 1)[0]
    return module_group(root / module, table)


def group_scheduler(config: Any, log: Any) -> Any:
    """pytest-xdist's ``loadgroup`` scheduler, grouping by :func:`nodeid_group`.

    Parameters
    ----------
    config : pytest.Config
        The session's configuration (``rootpath`` anchors the node ids).
    log : xdist.remote.Producer
        pytest-xdist's scheduler log.

    Returns
    -------
    xdist.scheduler.LoadGroupScheduling
        A scheduler whose work units are the groups: each is sent whole to one worker, the
        groups with the most tests first (pytest-xdist's order).
    """
    from xdist.scheduler import LoadGroupScheduling

    root = Path(config.rootpath)

    class ModuleGroupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return nodeid_group(nodeid, root)

    return ModuleGroupScheduling(config, log)
