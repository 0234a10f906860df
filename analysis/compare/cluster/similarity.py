"""Cosine similarity between groups: of their standardised mean features, or of their texts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ...errors import FramingError
from ..frame import as_pandas
from ..terms import TOKEN_PATTERN, corpus_texts, normalise_for_terms
from .profiles import outlet_means, standardise

__all__ = ["outlet_similarity"]


def outlet_similarity(
    feats: Any,
    *,
    by: str = "outlet",
    kind: str = "features",
    corpus: Any = None,
    features: Sequence[str] | None = None,
    voice: str = "author",
) -> pd.DataFrame:
    """Cosine similarity between groups: on standardised mean features, or on TF-IDF of their text.

    Parameters
    ----------
    feats
        Feature table (used for ``kind="features"``; may be ``None`` for ``"tfidf"``).
    by
        Grouping column.
    kind
        ``"features"``: cosine of the groups' standardised mean feature vectors (1 = same
        profile, -1 = opposite, 0 = unrelated; relative to the average group).
        ``"tfidf"``: cosine of TF-IDF vectors of each group's concatenated texts (0 … 1).
    corpus
        Corpus for ``kind="tfidf"`` (text as in :func:`analysis.compare.distinguishing_terms`:
        ``author_text`` / ``body`` columns when present, otherwise the pipeline is run).
    features
        Numeric feature columns for ``kind="features"``.
    voice
        Voice of the text for ``kind="tfidf"``.

    Returns
    -------
    pandas.DataFrame
        Square, symmetric, groups sorted on both axes, 1 on the diagonal; ``attrs["n"]`` holds
        the articles per group and ``attrs["dropped"]`` the dropped features.

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": list("ABC"), "status": "ok", "x": [0.0, 0.1, 5.0],
    ...                       "y": [0.0, 0.2, 5.0]})
    >>> s = outlet_similarity(feats)
    >>> bool(s.loc["A", "B"] > 0.9), bool(s.loc["A", "C"] < 0)
    (True, True)
    """
    if kind == "features":
        M, idx, n, dropped = _feature_similarity(feats, by=by, features=features)
    elif kind == "tfidf":
        if corpus is None:
            raise FramingError("kind='tfidf' needs the corpus (corpus=...) to read the texts from")
        M, idx, n = _text_similarity(corpus, by=by, voice=voice)
        dropped = {}
    else:
        raise FramingError(f"kind must be 'features' or 'tfidf', not {kind!r}")
    np.fill_diagonal(M, 1.0)
    M = (M + M.T) / 2
    out = pd.DataFrame(M, index=pd.Index(idx, name=by), columns=pd.Index(idx, name=by))
    out.attrs.update(
        {"kind": kind, "n": {str(k): int(v) for k, v in n.items()}, "dropped": dropped}
    )
    return out


def _feature_similarity(
    feats: Any, *, by: str, features: Sequence[str] | None
) -> tuple[np.ndarray, list[str], pd.Series, dict[str, str]]:
    """Cosine of the standardised group means; the groups, their sizes, the dropped features."""
    from sklearn.metrics.pairwise import cosine_similarity

    means, n = outlet_means(feats, by=by, features=features)
    Z, dropped = standardise(means)
    if Z.shape[1] == 0:
        raise FramingError("no feature varies across the groups; similarity is undefined")
    M = cosine_similarity(Z.to_numpy(dtype=float))
    return M, list(Z.index.astype(str)), n, dropped


def _text_similarity(
    corpus: Any, *, by: str, voice: str
) -> tuple[np.ndarray, list[str], pd.Series]:
    """Cosine of TF-IDF vectors of each group's joined texts; the groups and their sizes."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    corpus = as_pandas(corpus)
    if by not in corpus.columns:
        raise FramingError(f"the corpus has no column {by!r} to group by")
    corpus = corpus.loc[corpus[by].notna()]
    if "status" in corpus.columns:
        ok = corpus["status"].astype("string").eq("ok").fillna(False).to_numpy(dtype=bool)
        corpus = corpus.loc[ok]
    texts = pd.Series(corpus_texts(corpus, voice), index=corpus.index)
    grp = corpus[by].astype(str)
    joined = texts.groupby(grp, sort=True).agg(lambda s: "\n\n".join(s))
    n = grp.value_counts().sort_index().rename("n")
    try:
        # the same terms as distinguishing_terms ("US" is not the pronoun "us")
        T = TfidfVectorizer(
            preprocessor=normalise_for_terms, token_pattern=TOKEN_PATTERN, sublinear_tf=True
        ).fit_transform(joined.tolist())
    except ValueError as exc:
        raise FramingError("the texts have no words to compare") from exc
    return cosine_similarity(T), list(joined.index.astype(str)), n
