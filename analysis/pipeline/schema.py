"""The feature table's columns: which ones, in which order, of which type.

The set of columns does not depend on the articles, only on the lexicons: every category,
subcategory, stance class, side and naming group of the tables in use has its column, so chunks,
processes and Dask partitions agree.  A category the lexicons do not have is absent (never a
column of zeros or ``"none"``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from ..detect.markers import Lexicon
from .article import Detectors, analyse_article

__all__ = ["feature_schema", "feature_frame", "order_columns", "framing_feature_columns"]

_SCHEMA_TEXT = (
    "Kremlin spokesman Dmitry Peskov told Reuters on Monday that the offensive would stop "
    "'in a moment' if Kyiv met its demands. "
    '"They should make amendments to the constitution," he said. Officials in Kyiv said the '
    "talks may continue, and the ministry reportedly rejected what it called an ultimatum."
)


@lru_cache(maxsize=8)
def _schema(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    res = analyse_article(_SCHEMA_TEXT * 8, keep=False, lexicons=lexicon)
    if res.status != "ok":  # pragma: no cover - the template is fixed text
        raise RuntimeError(f"feature schema template failed: {res.status}")
    return tuple(
        (col, "str" if isinstance(res.features[col], str) else "float64")
        for col in order_columns(res.features)
    )


def feature_schema(lexicons: Any = None) -> tuple[tuple[str, str], ...]:
    """The feature columns ``featurize`` always emits with these lexicons, with their dtypes, in
    order.

    Numeric features are ``float64`` (an undefined value is NaN, e.g. readability of a
    non-English article); labels (``naming_*``) are strings.

    Parameters
    ----------
    lexicons
        As for :func:`analysis.featurize` (``None``: the bundled lexicons).

    Returns
    -------
    tuple of (column, dtype) pairs

    Examples
    --------
    >>> dict(feature_schema())["quote_share"]
    'float64'
    >>> any(c.startswith("rate_hedge")
    ...     for c, _ in feature_schema(["packs/ukraine-2022/naming.csv"]))
    False
    """
    return _schema(Detectors.for_lexicon(lexicons).lexicon)


def feature_frame(
    dicts: list[dict[str, Any]], index: pd.Index, schema: tuple[tuple[str, str], ...]
) -> pd.DataFrame:
    """The schema's columns (numeric ones float64, text ones str) then any extra feature
    columns, from one feature dict per article."""
    known = dict(schema)
    extra = [c for c in order_columns(set().union(*dicts)) if c not in known] if dicts else []
    numeric = [c for c, dtype in schema if dtype == "float64"]
    try:  # one float matrix (numbers, None and NaN: the features the pipeline makes; a
        # missing feature is None, which the float array reads as NaN)
        matrix = np.array([list(map(f.get, numeric)) for f in dicts], dtype="float64").reshape(
            len(dicts), len(numeric)
        )
    except (TypeError, ValueError):  # anything else is coerced column by column, as to_numeric does
        matrix = None
    raw = pd.DataFrame.from_records(dicts, index=index) if matrix is None or extra else None
    position = {c: k for k, c in enumerate(numeric)}
    columns: dict[str, Any] = {}
    for col, dtype in schema:
        if dtype != "float64":
            columns[col] = pd.Series(
                [v if isinstance(v := f.get(col), str) else "" for f in dicts],
                index=index,
                dtype=object,
            )
        elif matrix is not None:
            columns[col] = matrix[:, position[col]]
        else:
            values = raw[col] if col in raw.columns else pd.Series(np.nan, index=index)
            columns[col] = pd.to_numeric(values, errors="coerce").astype("float64")
    for col in extra:  # e.g. a user's own lexicon category
        columns[col] = raw[col]
    return pd.DataFrame(columns, index=index)


_ORDER_PREFIXES = (
    "n_chars_raw",
    "n_chars_body",
    "chars_removed_frac",
    "n_removed_lines",
    "n_paragraphs",
    "english_function_word_share",
    "n_words",
    "n_words_author",
    "n_words_quoted",
    "quote_share",
    "scare_share",
    "n_direct_quotes",
    "n_scare_quotes",
    "n_attributions",
    "n_speakers",
    "n_quotes_side",
    "rate_",
    "n_markers",
    "naming_",
    "n_frames",
    "frame_",
    "harm_",
)


def order_columns(cols: Iterable[str]) -> list[str]:
    """Feature columns in the table's order (sizes, language, quotation, rates, naming …)."""
    cols = list(cols)

    def key(c: str) -> tuple[int, str]:
        for i, p in enumerate(_ORDER_PREFIXES):
            if c == p or c.startswith(p):
                return (i, c if p.endswith("_") or c != p else "")
        return (len(_ORDER_PREFIXES), c)

    return sorted(cols, key=key)


#: Readability indices kept among the headline framing features (the others are in the table).
_HEADLINE_READABILITY = (
    "readability_flesch_kincaid_grade",
    "readability_flesch_kincaid_grade_author",
)


def framing_feature_columns(feats: pd.DataFrame, *, subcategories: bool = False) -> list[str]:
    """The headline framing features of a feature table, for clustering, PCA and profiles.

    Bookkeeping columns (sizes, cleaning statistics, the language score, raw counts that scale
    with article length) are left out, so that multivariate methods compare *how* outlets write,
    not how long their articles are.

    Parameters
    ----------
    feats
        Output of :func:`featurize`.
    subcategories
        Also include the per-subcategory rates (``rate_<category>_<subcategory>_<voice>``).

    Returns
    -------
    list of str
        ``quote_share``, ``scare_share``, ``rate_<category>_<voice>`` for every lexicon
        category, and the Flesch–Kincaid grade of the whole and of the authorial text.
        Attribution-stance counts are not included: they are counts that grow with length
        (``plots.plot_stance_bars`` normalises them).

    Examples
    --------
    >>> from analysis import featurize, load_corpus
    >>> cols = framing_feature_columns(featurize(load_corpus()))
    >>> cols[:3]
    ['quote_share', 'scare_share', 'rate_booster_author']
    """
    cats = {
        c.split("_")[1]
        for c in feats.columns
        if c.startswith("n_") and c.endswith(("_author", "_quoted")) and c.count("_") == 2
    }
    out = [c for c in ("quote_share", "scare_share") if c in feats.columns]
    for c in feats.columns:
        if not c.startswith("rate_"):
            continue
        parts = c.split("_")
        if parts[-1] not in ("author", "quoted"):
            continue
        is_top = len(parts) == 3 and parts[1] in cats
        if is_top or (subcategories and not is_top):
            out.append(c)
    out += [c for c in _HEADLINE_READABILITY if c in feats.columns]
    return out
