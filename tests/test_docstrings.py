"""Every Examples section in the package runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import analysis


def _modules():
    return [
        m.name
        for m in pkgutil.walk_packages(analysis.__path__, "analysis.")
        if not m.name.endswith("__main__")
    ]


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=False
    )
    assert result.failed == 0, (
        f"{name}: {result.failed} of {result.attempted} doctest examples failed"
    )


def test_report_blocks_examples_need_no_option_flags():
    """`python -m doctest` runs without flags: the report blocks' examples pass there too."""
    module = importlib.import_module("analysis.report.blocks")
    result = doctest.testmod(module, report=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed"
