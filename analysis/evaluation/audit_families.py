"""Which markers find a labelled hit of the hit audit: the families of marker categories.

A hit of the audit (:mod:`analysis.evaluation.markers_audit`) was drawn from the lexicons before
issue 17; a later lexicon may report the same words under another category (``evidential`` ->
``hedge``, ``loaded`` -> ``violence``).  :data:`FAMILIES` says which categories describe the same
kind of word, :func:`same_family` whether one marker finds one labelled hit.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FAMILIES", "same_family"]

#: Marker categories that describe the same kind of word (a hit moved from one to another by a
#: re-classification, e.g. ``loaded`` -> ``violence``, is the same hit, still found).
FAMILIES: dict[str, str] = {
    "loaded": "loaded",
    "violence": "loaded",
    "contested": "loaded",
    "hedge": "hedge",
    "evidential": "hedge",
    "quantifier": "quantifier",  # a bare "many"/"some" is a quantity, not an evidential
    "booster": "booster",
    "naming": "naming",
}


def same_family(marker: Any, family: str, term: str) -> bool:
    """Whether ``marker`` finds a labelled hit of ``family`` (its label, else its drawn
    category) drawn as ``term``: a marker of the same :data:`FAMILIES` entry, where loaded
    (evaluative) and violence (descriptive) words meet only in the same term (issue 17's split;
    audit25): "slaughter" drawn as loaded and listed as violence is the same hit, but the
    violence term "terrorist attack" is not the loaded label "terrorist" of its first word.

    Parameters
    ----------
    marker
        A :class:`~analysis.detect.markers.Marker` overlapping the hit.
    family
        The hit's ``family`` label (``loaded``, ``violence``, ``hedge`` …), else its drawn
        category.
    term
        The lexicon term the hit was drawn as.

    Returns
    -------
    bool
        Whether the marker counts as the hit found.

    Examples
    --------
    >>> from analysis.detect.markers import Marker
    >>> m = Marker(0, 17, "terrorist attacks", "violence", "military_action",
    ...            "terrorist attack", "author")
    >>> same_family(m, "loaded", "terrorist"), same_family(m, "violence", "terrorist")
    (False, True)
    >>> same_family(m._replace(term="carnage"), "loaded", "carnage")
    True
    """
    kind = FAMILIES.get(family, family)
    if FAMILIES.get(marker.category) != kind:
        return False
    split = {family, marker.category} & {"violence"}
    return not split or family == marker.category or marker.term == term
