"""The per-article route and its corpus-level views.

``article``      :func:`analyse_article` — clean → quotes → markers → readability, one object
``featurize``    :func:`featurize` — the feature table (one row per article, in parallel)
``schema``       which feature columns, in which order (depends on the lexicons only)
``evidence``     :func:`spans` (the words behind the numbers) and :func:`texts_for_voice`
``transformer``  :class:`FramingFeatures`, the scikit-learn transformer (loaded on first use)
``parallel``     worker processes and progress bars
``dask``         featurize on a Dask DataFrame
"""

from __future__ import annotations

from typing import Any

from .article import MIN_WORDS, ArticleAnalysis, Detectors, analyse_article, authorial_text
from .evidence import SPAN_COLUMNS, analyse_corpus, spans, texts_for_voice, voice_text
from .featurize import (
    TEXT_COLUMNS,
    VOICE_COLUMNS,
    article_inputs,
    features_of,
    featurize,
    featurize_stream,
    lexicon_spec,
)
from .schema import feature_frame, feature_schema, framing_feature_columns, order_columns

__all__ = [
    "ArticleAnalysis",
    "Detectors",
    "analyse_article",
    "analyse_corpus",
    "authorial_text",
    "featurize",
    "features_of",
    "featurize_stream",
    "feature_schema",
    "feature_frame",
    "framing_feature_columns",
    "order_columns",
    "spans",
    "texts_for_voice",
    "voice_text",
    "article_inputs",
    "lexicon_spec",
    "FramingFeatures",
    "MIN_WORDS",
    "TEXT_COLUMNS",
    "VOICE_COLUMNS",
    "SPAN_COLUMNS",
]


def __getattr__(name: str) -> Any:  # PEP 562: scikit-learn is loaded only when this is used
    if name == "FramingFeatures":
        from .transformer import FramingFeatures

        return FramingFeatures
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
