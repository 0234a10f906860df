"""Figures for outlet comparison: every ``plot_x(data, *, ax=None)`` returns a matplotlib Axes.

Conventions

* Plot functions only draw: they never call ``show()`` or ``savefig()``, and the tables they
  draw are computed in :mod:`analysis.compare` (:func:`~analysis.compare.naming_matrix`,
  :func:`~analysis.compare.stance_table`, :func:`~analysis.compare.quote_share_table`,
  re-exported here) so they can be saved next to the figure.  :func:`save_figure` writes
  ``figures/NAME.png``, ``NAME.svg`` and ``NAME.csv`` (the plotted numbers) deterministically.
* Every figure labels its axes with units, puts the number of articles behind each group in
  its label (``"RT (n = 1)"``), shows uncertainty where there is any (95% bootstrap CIs as
  error bars) and says so when there is none (n = 1), and uses the Okabe–Ito colour-blind-safe
  palette (sequential/diverging maps: ``cividis``, ``PuOr``).
* Fonts are set per call (no change to global ``rcParams``).

Modules: :mod:`.style` (palette, fonts, axes, feature labels and units), one module per kind
of figure (:mod:`.profiles`, :mod:`.naming`, :mod:`.stance`, :mod:`.quotes`, :mod:`.terms`,
:mod:`.agency`, :mod:`.clusters`, :mod:`.alignment`, :mod:`.differences`, :mod:`.time`) and
:mod:`.save`.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from analysis.compare import outlet_summary
>>> feats = pd.DataFrame({"outlet": ["A", "A", "B"], "status": "ok",
...                       "quote_share": [0.1, 0.3, 0.2]})
>>> ax = plot_feature_profile(outlet_summary(feats, n_boot=100))
>>> ax.get_xlabel()
'share of words (0–1)'
"""

from __future__ import annotations

from ..compare import naming_matrix, quote_share_table, stance_table
from .agency import plot_form_shares
from .alignment import plot_alignment
from .clusters import plot_dendrogram, plot_pca, plot_similarity_heatmap
from .differences import plot_differences
from .naming import plot_naming_matrix
from .profiles import plot_feature_profile
from .quotes import plot_quote_share
from .save import save_figure
from .stance import plot_stance_bars
from .style import OKABE_ITO, feature_label, feature_unit
from .terms import plot_distinguishing_terms
from .time import plot_timeline, plot_trend

__all__ = [
    "OKABE_ITO",
    "feature_unit",
    "feature_label",
    # the tables behind the figures (computed in analysis.compare)
    "naming_matrix",
    "stance_table",
    "quote_share_table",
    # the figures
    "plot_feature_profile",
    "plot_naming_matrix",
    "plot_stance_bars",
    "plot_quote_share",
    "plot_form_shares",
    "plot_distinguishing_terms",
    "plot_dendrogram",
    "plot_pca",
    "plot_similarity_heatmap",
    "plot_alignment",
    "plot_differences",
    "plot_timeline",
    "plot_trend",
    "save_figure",
]
