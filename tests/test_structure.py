"""The package's structure rules (docs/ARCHITECTURE.md), checked on every run.

Module and function sizes, no private name imported across modules, no CPython regular-
expression internals, and what ``import analysis`` loads.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80  # body lines, docstring excluded
HEAVY = ("sklearn", "scipy", "matplotlib", "textstat", "nbclient", "nbconvert")
REGEX_INTERNALS = {
    "re._parser",
    "re._constants",
    "re._casefix",
    "re._compiler",
    "_sre",
    "sre_parse",
    "sre_compile",
    "sre_constants",
}


def _rel(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_module_size(path):
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_MODULE_LINES, f"{_rel(path)}: {n} lines; split it by concern"


def _body_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = node.body
    if (
        body
        and isinstance(body[0], ast.Expr)
        and isinstance(getattr(body[0], "value", None), ast.Constant)
    ):
        body = body[1:]
    return body[-1].end_lineno - body[0].lineno + 1 if body else 0


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_function_size(path):
    long = [
        (n.name, _body_lines(n))
        for n in ast.walk(_tree(path))
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
        and _body_lines(n) > MAX_FUNCTION_LINES
    ]
    assert not long, f"{_rel(path)}: function bodies over {MAX_FUNCTION_LINES} lines: {long}"


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_no_private_name_crosses_a_module(path):
    bad = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom) and (
            node.level > 0 or (node.module or "").startswith("analysis")
        ):
            bad += [
                a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")
            ]
    assert not bad, f"{_rel(path)} imports private names {bad}"


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_no_regex_internals(path):
    found = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name in REGEX_INTERNALS]
        elif isinstance(node, ast.ImportFrom):
            if node.module in REGEX_INTERNALS:
                found.append(node.module)
            elif node.module == "re":
                found += [f"re.{a.name}" for a in node.names if a.name.startswith("_")]
    assert not found, f"{_rel(path)} imports CPython regex internals {found}"


def test_the_checks_can_fail(tmp_path):
    """The checks above see what they look for (a module with all three faults)."""
    bad = tmp_path / "bad.py"
    bad.write_text("from re import _parser\nfrom .x import _y\n\ndef f():\n" + "    a = 1\n" * 90)
    tree = _tree_of(bad)
    assert any(isinstance(n, ast.ImportFrom) and n.module == "re" for n in ast.walk(tree))
    assert [_body_lines(n) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)] == [90]


def _tree_of(path: Path) -> ast.Module:
    return ast.parse(path.read_text())


def test_import_analysis_loads_no_heavy_library():
    code = (
        "import sys, analysis\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]", f"import analysis loads {out.strip()}"


def test_the_lazy_names_still_work():
    code = (
        "import analysis; print(analysis.FramingFeatures.__name__, "
        "analysis.plot_alignment.__name__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["FramingFeatures", "plot_alignment"]
