"""Framing markers: loaded terms, naming variants, hedges, boosters and evidentials, by voice.

``lexicon``  compiling CSV word lists into one matcher (:class:`Lexicon`, :func:`load_lexicons`)
``forms``    surface forms of a term (inflections, spellings) and their trie regex
``match``    :func:`find_markers` and the :class:`Marker` record
``features`` per-article counts and rates by voice (:func:`marker_features`)
"""

from .features import feature_layout, marker_features
from .lexicon import (
    CATEGORIES,
    CORE_LEXICONS,
    CORE_SENSES,
    PACK_FILES,
    Entry,
    Lexicon,
    compile_lexicon,
    default_lexicon,
    load_lexicons,
    resolve_lexicon,
)
from .match import VOICES, Marker, find_markers, match_markers, quote_bounds

__all__ = [
    "Marker",
    "Lexicon",
    "Entry",
    "CORE_LEXICONS",
    "CORE_SENSES",
    "PACK_FILES",
    "CATEGORIES",
    "VOICES",
    "load_lexicons",
    "compile_lexicon",
    "resolve_lexicon",
    "default_lexicon",
    "find_markers",
    "match_markers",
    "quote_bounds",
    "marker_features",
    "feature_layout",
]
