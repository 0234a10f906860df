"""A scikit-learn transformer: raw article texts (or a loaded corpus) → numeric framing features.

scikit-learn is imported only when this module is (``analysis.FramingFeatures`` loads it on
first use), so ``import analysis`` stays light.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from .featurize import featurize

__all__ = ["FramingFeatures"]


class FramingFeatures(TransformerMixin, BaseEstimator):
    """scikit-learn transformer: article texts → numeric framing features.

    ``fit`` learns only the output columns (the numeric features seen on the training texts);
    ``transform`` runs :func:`analysis.featurize` and returns a DataFrame with exactly those
    columns, so the transformer can sit in a ``Pipeline`` before a scaler and a model.

    ``X`` is either a sequence of raw texts (list, array, Series) or a corpus DataFrame as
    loaded by :func:`analysis.load_corpus` (one row per article; its ``text``, ``title`` and
    ``load_issue`` are used).

    Parameters
    ----------
    features
        Column names to keep (default: every numeric feature seen in ``fit``).
    fill_value
        Value for undefined features (e.g. readability of a non-English text); ``None`` keeps NaN.
    n_jobs
        Passed to :func:`analysis.featurize`.
    lexicons
        Passed to :func:`analysis.featurize`.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> corpus = load_corpus()
    >>> X = FramingFeatures().fit_transform(corpus["text"])
    >>> X.shape[0], "quote_share" in X.columns
    (5, True)
    >>> FramingFeatures().fit_transform(corpus).shape[0]
    5
    """

    def __init__(
        self,
        features: Sequence[str] | None = None,
        fill_value: float | None = 0.0,
        n_jobs: int = 1,
        lexicons: Any = None,
    ):
        self.features = features
        self.fill_value = fill_value
        self.n_jobs = n_jobs
        self.lexicons = lexicons

    def _numeric(self, X: Any) -> pd.DataFrame:
        if isinstance(X, pd.DataFrame):
            corpus = X  # a loaded corpus: one row per article (not one per column name)
        else:
            texts = [
                t if isinstance(t, str) else ""
                for t in (X.tolist() if hasattr(X, "tolist") else list(X))
            ]
            corpus = pd.DataFrame({"text": texts})
        feats = featurize(corpus, lexicons=self.lexicons, n_jobs=self.n_jobs)
        return feats.select_dtypes(include=[np.number])

    def _finish(self, num: pd.DataFrame) -> pd.DataFrame:
        num = num.reindex(columns=self.columns_)
        return num.fillna(self.fill_value) if self.fill_value is not None else num

    def _fit_numeric(self, X: Any) -> pd.DataFrame:
        num = self._numeric(X)
        self.columns_ = list(self.features) if self.features is not None else list(num.columns)
        return num

    def fit(self, X: Any, y: Any = None) -> FramingFeatures:
        """Learn the output columns from ``X``."""
        self._fit_numeric(X)
        return self

    def transform(self, X: Any) -> pd.DataFrame:
        """The numeric framing features of ``X``, in the fitted columns."""
        if not hasattr(self, "columns_"):
            raise ValueError("FramingFeatures is not fitted: call fit() before transform().")
        return self._finish(self._numeric(X))

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> pd.DataFrame:
        """``fit(X).transform(X)`` in one pass."""
        return self._finish(self._fit_numeric(X))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The output column names."""
        return np.asarray(self.columns_, dtype=object)
