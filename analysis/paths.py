"""One place for the project's paths.

The package lives in ``<project>/analysis``; the bundled corpus in ``<project>/data/raw``.
Larger corpora and the human-annotated validation sets live *outside* the project, in
``../shared`` relative to the project root (or wherever the ``FRAMING_SHARED`` environment
variable points); they are never committed.  Code that needs them calls :func:`shared_path`,
which returns ``None`` when they are absent so callers can skip with a clear reason.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "PACKAGE_DIR",
    "PROJECT_ROOT",
    "BUNDLED_CORPUS",
    "DEFAULT_CORPUS",
    "FIGURES_DIR",
    "PROCESSED_DIR",
    "REPORTS_DIR",
    "NOTEBOOKS_DIR",
    "shared_dir",
    "shared_path",
]

PACKAGE_DIR: Path = Path(__file__).resolve().parent
#: Root of a source checkout (the package is installed editable, ``pip install -e .``).
PROJECT_ROOT: Path = PACKAGE_DIR.parent
#: The five articles that ship with the suite (``data/raw``), whatever ``$FRAMING_CORPUS`` says.
BUNDLED_CORPUS: Path = PROJECT_ROOT / "data" / "raw"
#: The corpus every command and notebook reads unless told otherwise: the bundled five articles,
#: or the folder/file named by ``$FRAMING_CORPUS`` (set by ``make lab CORPUS=...`` so the
#: notebooks opened in JupyterLab read the researcher's corpus).
DEFAULT_CORPUS: Path = (
    Path(os.environ["FRAMING_CORPUS"]).resolve()
    if os.environ.get("FRAMING_CORPUS")
    else BUNDLED_CORPUS
)
FIGURES_DIR: Path = PROJECT_ROOT / "figures"
#: Generated tables (git-ignored); the reports write theirs to ``<out>/data`` instead.
PROCESSED_DIR: Path = PROJECT_ROOT / "data" / "processed"
REPORTS_DIR: Path = PROJECT_ROOT / "reports"
NOTEBOOKS_DIR: Path = PROJECT_ROOT / "notebooks"


def shared_dir() -> Path | None:
    """Return the folder of shared (never committed) data, or ``None`` when absent.

    ``$FRAMING_SHARED`` wins; otherwise ``<project>/../shared``.

    Examples
    --------
    >>> d = shared_dir()
    >>> d is None or d.is_dir()
    True
    """
    env = os.environ.get("FRAMING_SHARED")
    candidate = Path(env) if env else PROJECT_ROOT.parent / "shared"
    return candidate if candidate.is_dir() else None


def shared_path(*parts: str) -> Path | None:
    """Return ``shared_dir()/parts`` if it exists, else ``None``.

    Parameters
    ----------
    *parts
        Path components below the shared folder, e.g. ``"validation", "quotes-ggt"``.

    Examples
    --------
    >>> p = shared_path("validation", "quotes-ggt")
    >>> p is None or p.exists()
    True
    """
    base = shared_dir()
    if base is None:
        return None
    p = base.joinpath(*parts)
    return p if p.exists() else None
