"""Data quality: what a researcher should know about a corpus before comparing its outlets.

:func:`corpus_checks` runs every check on a loaded corpus and returns one row per finding
(``check, severity, outlet, detail``, with the number of articles and example ids); the
per-article tables behind some checks are public too (:func:`find_duplicates`,
:func:`article_genres`).

Why a package of its own: the checks read the corpus *as loaded* — texts, titles, urls, dates —
before any feature is computed, and come first in the reports; ``compare/`` holds statistics
over the feature table. Modules, one kind of problem each: :mod:`.lengths` (sizes, lead-only and
truncated texts), :mod:`.duplicates`, :mod:`.syndication` (copy two outlets share),
:mod:`.genres` (cues in ``analysis/lexicons/genre_cues.csv``), :mod:`.languages`, :mod:`.dates`,
:mod:`.names` (outlet names that may be one outlet); :mod:`.findings` holds the row record and
:mod:`.checks` the entry point.
"""

from .checks import CHECKS, corpus_checks
from .duplicates import find_duplicates
from .findings import ALL_OUTLETS, FINDING_COLUMNS, SEVERITIES, Finding
from .genres import article_genres, genre_cues
from .syndication import find_shared_copy

__all__ = [
    "corpus_checks",
    "CHECKS",
    "Finding",
    "FINDING_COLUMNS",
    "SEVERITIES",
    "ALL_OUTLETS",
    "find_duplicates",
    "find_shared_copy",
    "article_genres",
    "genre_cues",
]
