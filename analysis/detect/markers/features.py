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
    layout = _lexicon_layout(lex)
    listed = layout.pairs  # a set: one lookup per marker, not a scan of the pairs
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
        layout = _Layout.of(tuple(cats), tuple(subs))
    cnt: dict[tuple[str, str, str], int] = {}
    used_by: dict[str, dict[str, int]] = {}
    for m in markers:
        k1, k2 = (m.category, "", m.voice), (m.category, m.subcategory, m.voice)
        cnt[k1] = cnt.get(k1, 0) + 1
        cnt[k2] = cnt.get(k2, 0) + 1
        if m.category == "naming" and m.voice != "quoted":  # the outlet's wording
            used = used_by.setdefault(m.subcategory, {})
            used[m.term] = used.get(m.term, 0) + 1
    voiced = {
        v: (d if d and d > 0 else None)
        for v, d in (
            ("author", n_words_author),
            ("quoted", n_words_quoted),
            ("reported", n_words_reported),
        )
    }
    feats = layout.counted(cnt, voiced)
    feats["n_markers"] = len(markers)
    for grp, forms in groups.items():
        col, forms_col = _naming_columns(grp)
        used = used_by.get(grp)
        if not used:  # the group's forms are not in the outlet's words
            feats[col], feats[forms_col] = "none", ""
            continue
        order = sorted(used, key=lambda f: (-used[f], forms.index(f) if f in forms else len(forms)))
        feats[col] = order[0] if len(used) == 1 else "both"
        feats[forms_col] = "+".join(order)
    return feats


@lru_cache(maxsize=256)
def _naming_columns(group: str) -> tuple[str, str]:
    """The two columns of a naming group (named once per group, not per article)."""
    return f"naming_{group}", f"naming_{group}_forms"


@lru_cache(maxsize=16)
def _lexicon_layout(lex: Lexicon) -> _Layout:
    """The :class:`_Layout` of a lexicon's :func:`feature_layout` (memoised per lexicon: its
    key is the lexicon, not the long tuples of its layout)."""
    cats, subs, _ = feature_layout(lex)
    return _Layout.of(cats, subs)


class _Layout:
    """The count and rate columns of one layout (built once per layout, not per article): per
    count key, the columns it fills, and per set of voices with words the row of an article
    without markers, which an article's row copies before it writes its non-zero counts."""

    def __init__(self, cats: tuple[str, ...], subs: tuple[tuple[str, str], ...]) -> None:
        # (count key, voice, n column or None, rate column), in column order
        self.cols = [((c, "", v), v, f"n_{c}_{v}", f"rate_{c}_{v}") for c in cats for v in VOICES]
        self.cols += [
            ((c, sub, v), v, None, f"rate_{c}_{sub}_{v}") for c, sub in subs for v in VOICES
        ]
        names = [n for _, _, *pair in self.cols for n in pair if n is not None]
        # a column name written twice (a category named like a subcategory's column): the
        # last write wins in column order, so such a layout is filled column by column
        self.sparse = len(set(names)) == len(names)
        self.by_key: dict[tuple[str, str, str], list[tuple[str, str | None, str]]] = {}
        for key, v, n_col, rate_col in self.cols:
            self.by_key.setdefault(key, []).append((v, n_col, rate_col))
        self._zero: dict[tuple[bool, ...], dict[str, Any]] = {}
        self.pairs = frozenset(subs)  # the (category, subcategory) pairs, as a set

    @staticmethod
    @lru_cache(maxsize=16)
    def of(cats: tuple[str, ...], subs: tuple[tuple[str, str], ...]) -> _Layout:
        """The layout of these categories and subcategories (memoised)."""
        return _Layout(cats, subs)

    def counted(
        self, cnt: dict[tuple[str, str, str], int], words: dict[str, int | None]
    ) -> dict[str, Any]:
        """The count and rate columns, in column order, after ``n_markers`` (``cnt``: count
        key -> markers; ``words``: voice -> its words, ``None`` when it has none)."""
        nan = float("nan")
        if not self.sparse:
            return self._filled(cnt, words, {"n_markers": 0})
        has = tuple(words[v] is not None for v in VOICES)
        zero = self._zero.get(has)
        if zero is None:  # the row of no markers: 0 and 0.0, NaN where the voice has no words
            zero = self._zero[has] = self._filled({}, words, {"n_markers": 0})
        feats = dict(zero)
        for key, n in cnt.items():
            for v, n_col, rate_col in self.by_key.get(key, ()):
                d = words[v]
                if n_col is not None:
                    feats[n_col] = n
                feats[rate_col] = n * 1000.0 / d if d is not None else nan
        return feats

    def _filled(
        self, cnt: dict[tuple[str, str, str], int], words: dict[str, int | None], feats: dict
    ) -> dict[str, Any]:
        """Every column written in column order (the definition of :meth:`counted`)."""
        nan = float("nan")
        for key, v, n_col, rate_col in self.cols:
            n = cnt.get(key, 0)
            d = words[v]
            if n_col is not None:
                feats[n_col] = n
            feats[rate_col] = n * 1000.0 / d if d is not None else nan
        return feats


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
