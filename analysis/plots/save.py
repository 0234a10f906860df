"""Save a figure with the numbers behind it: the only plotting code that touches the file system.

``figures/NAME.png``, ``NAME.svg`` and ``NAME.csv`` are written byte-for-byte reproducibly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import FramingError

__all__ = ["save_figure"]

#: A figure name: a plain file stem.
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def save_figure(
    fig_or_ax: Any,
    name: str,
    data: pd.DataFrame,
    *,
    folder: str | Path | None = None,
    dpi: int = 200,
) -> dict[str, Path]:
    """Write ``NAME.png``, ``NAME.svg`` and ``NAME.csv`` (the plotted data), reproducibly.

    Parameters
    ----------
    fig_or_ax
        A matplotlib Figure or Axes (its figure is saved).
    name
        File stem: letters, digits, ``.``, ``_``, ``-`` (no folders).
    data
        The numbers behind the figure (e.g. the ``outlet_summary`` table); written as CSV, with
        the index when it is not a plain 0..n-1 range.
    folder
        Output folder (created if needed); default :data:`analysis.paths.FIGURES_DIR`.
    dpi
        Resolution of the PNG.

    Returns
    -------
    dict
        ``{"png": Path, "svg": Path, "csv": Path}``.

    Notes
    -----
    No date or software version is embedded (PNG ``Software`` and SVG ``Date`` metadata are
    removed, ``svg.hashsalt`` is fixed), so the same figure gives the same bytes every run.

    Examples
    --------
    >>> import matplotlib, tempfile; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot([1, 2], [3, 4])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     paths = save_figure(ax, "demo", pd.DataFrame({"x": [1, 2]}), folder=d)
    ...     sorted(p.name for p in paths.values())
    ['demo.csv', 'demo.png', 'demo.svg']
    >>> plt.close(fig)
    """
    import matplotlib

    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise FramingError(
            f"figure name {name!r} must be a plain file stem (letters, digits, . _ -), no folders"
        )
    if not isinstance(data, pd.DataFrame):
        raise FramingError(
            "save_figure needs the plotted data as a DataFrame (it is written as NAME.csv)"
        )
    is_axes = hasattr(fig_or_ax, "get_figure") and not hasattr(fig_or_ax, "savefig")
    fig = fig_or_ax.figure if is_axes else fig_or_ax
    if not hasattr(fig, "savefig"):
        raise FramingError(f"expected a matplotlib Figure or Axes, got {type(fig_or_ax).__name__}")
    if folder is None:
        from ..paths import FIGURES_DIR

        folder = FIGURES_DIR
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {ext: folder / f"{name}.{ext}" for ext in ("png", "svg", "csv")}
    with matplotlib.rc_context({"svg.hashsalt": "media-framing", "svg.fonttype": "path"}):
        fig.savefig(
            paths["png"], dpi=dpi, format="png", metadata={"Software": None}, bbox_inches="tight"
        )
        fig.savefig(
            paths["svg"],
            format="svg",
            metadata={"Date": None, "Creator": None},
            bbox_inches="tight",
        )
    plain = isinstance(data.index, pd.RangeIndex) and data.index.start == 0 and data.index.step == 1
    data.to_csv(paths["csv"], index=not plain, lineterminator="\n")
    # the report's figure block links the data from the page (analysis.report.figure)
    fig.framing_data_file = paths["csv"]
    return paths
