"""Per-article marker features: counts and per-1,000-word rates by voice (author, quoted,
reported), naming forms."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .lexicon import Lexicon, default_lexicon
from .match import VOICES, Marker

__all__ = ["marker_features", "feature_layout"]


def marker_features(
    markers: Sequence[Marker],
    *,
    n_words_author: int,
    n_words_quoted: int,
    n_words_reported: int = 0,
    lexicons: Lexicon | None = None,
) -> dict[str, Any]:
    """Per-article marker features: counts, per-1,000-word rates by voice, naming forms.

    Parameters
    ----------
    markers
        Output of :func:`find_markers` for one article.
    n_words_author, n_words_quoted, n_words_reported
        Words in the author's own voice (outside quotations and reported speech), inside
        quotations, and in reported speech outside quotations (the rate denominators of the
        three voices of :mod:`analysis.detect.voice`).
    lexicons
        The lexicon the markers came from (to list every category, subcategory and naming
        group, so that every article gets the same columns); ``None``: the bundled set.

    Returns
    -------
    dict
        ``n_{category}_{voice}``, ``rate_{category}_{voice}``,
        ``rate_{category}_{subcategory}_{voice}`` (per 1,000 words of that voice; NaN when
        the voice has no words), ``n_markers``, and for each naming group
        ``naming_{group}``: the form the outlet writes (outside quotation marks: in its own
        voice and in reported speech, whose spelling is the outlet's), ``"both"`` when more
        than one form is used, ``"none"`` when none; ``naming_{group}_forms``: those forms
        joined by ``+``, most frequent first (ties in the lexicon's order).

    Examples
    --------
    >>> from analysis import find_markers
    >>> ms = find_markers("Kiev said the barbarians may come.", quotes=[])
    >>> f = marker_features(ms, n_words_author=1000, n_words_quoted=0)
    >>> f["naming_kyiv"], f["rate_hedge_author"], f["n_loaded_author"]
    ('Kiev', 1.0, 1)
    """
    lex = lexicons if lexicons is not None else default_lexicon()
    cats, subs, groups = feature_layout(lex)
    listed = _pairs(subs)  # a set: one lookup per marker, not a scan of the pairs
    extra = [
        m for m in markers if m.category != "naming" and (m.category, m.subcategory) not in listed
    ]
    if extra or any(m.category == "naming" and m.subcategory not in groups for m in markers):
        # categories the lexicon does not list (markers from another lexicon): add their columns
        cats, subs, groups = list(cats), list(subs), dict(groups)
        for m in markers:
            if m.category not in cats and m.category not in ("naming", "guard"):
                cats.append(m.category)
            if m.category != "naming" and (m.category, m.subcategory) not in subs:
                subs.append((m.category, m.subcategory))
            if m.category == "naming" and m.subcategory not in groups:
                groups[m.subcategory] = ()
    cnt: dict[tuple[str, str, str], int] = {}
    used_by: dict[str, dict[str, int]] = {}
    for m in markers:
        k1, k2 = (m.category, "", m.voice), (m.category, m.subcategory, m.voice)
        cnt[k1] = cnt.get(k1, 0) + 1
        cnt[k2] = cnt.get(k2, 0) + 1
        if m.category == "naming" and m.voice != "quoted":  # the outlet's wording
            used = used_by.setdefault(m.subcategory, {})
            used[m.term] = used.get(m.term, 0) + 1
    feats: dict[str, Any] = {"n_markers": len(markers)}
    words = {
        v: (d if d and d > 0 else None)
        for v, d in (
            ("author", n_words_author),
            ("quoted", n_words_quoted),
            ("reported", n_words_reported),
        )
    }
    nan = float("nan")
    cat_cols, sub_cols = _columns(tuple(cats), tuple(subs))
    for key, v, n_col, rate_col in cat_cols:
        n = cnt.get(key, 0)
        d = words[v]
        feats[n_col] = n
        feats[rate_col] = n * 1000.0 / d if d is not None else nan
    for key, v, rate_col in sub_cols:
        d = words[v]
        feats[rate_col] = cnt.get(key, 0) * 1000.0 / d if d is not None else nan
    for grp, forms in groups.items():
        used = used_by.get(grp, {})
        order = sorted(used, key=lambda f: (-used[f], forms.index(f) if f in forms else len(forms)))
        feats[f"naming_{grp}"] = "none" if not used else order[0] if len(used) == 1 else "both"
        feats[f"naming_{grp}_forms"] = "+".join(order)
    return feats


@lru_cache(maxsize=16)
def _pairs(subs: tuple[tuple[str, str], ...]) -> frozenset[tuple[str, str]]:
    """The (category, subcategory) pairs of a layout as a set (built once per layout)."""
    return frozenset(subs)


@lru_cache(maxsize=16)
def _columns(
    cats: tuple[str, ...], subs: tuple[tuple[str, str], ...]
) -> tuple[tuple[tuple[tuple[str, str, str], str, str, str], ...], tuple[Any, ...]]:
    """The count keys and column names of a layout, in column order (built once per layout,
    not per article): ``(count key, voice, n column, rate column)`` per category and voice,
    ``(count key, voice, rate column)`` per subcategory and voice."""
    cat_cols = tuple(((c, "", v), v, f"n_{c}_{v}", f"rate_{c}_{v}") for c in cats for v in VOICES)
    sub_cols = tuple(((c, sub, v), v, f"rate_{c}_{sub}_{v}") for c, sub in subs for v in VOICES)
    return cat_cols, sub_cols


@lru_cache(maxsize=16)
def feature_layout(
    lex: Lexicon,
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], dict[str, tuple[str, ...]]]:
    """Categories, (category, subcategory) pairs and naming groups of a lexicon, in order."""
    cats: list[str] = []
    for c, _ in lex.subcategories:
        if c not in cats and c != "naming":
            cats.append(c)
    subs = tuple((c, sub) for c, sub in lex.subcategories if c != "naming")
    return tuple(cats), subs, dict(lex.naming_groups)
