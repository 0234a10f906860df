"""compare: outlet summaries and tests, distinguishing terms, clustering, same-event alignment.

Everything here works on the outputs of the per-article pipeline (the feature table of
:func:`analysis.featurize`, or the corpus); the figures are in :mod:`analysis.plots`.
"""

from .align import (
    MIN_LENGTH_RATIO,
    MIN_PARAPHRASE_WORDS,
    MIN_UNIT_WORDS,
    PARAPHRASE_THRESHOLD,
    RELATIONS,
    VERBATIM_THRESHOLD,
    EventAlignment,
    align_event,
    article_units,
    link_relation,
    normalise,
    truncate_text,
)
from .cluster import (
    MSG_TOO_FEW_ARTICLES,
    ClusterResult,
    PCAResult,
    StabilityResult,
    cluster_articles,
    cluster_outlets,
    cluster_stability,
    outlet_means,
    outlet_similarity,
    pca_biplot_data,
    standardise,
)
from .differences import NOTE_PAIR_SMALL, adjust_pvalues, pairwise_differences
from .frame import (
    add_percentages,
    add_rates,
    feature_columns,
    ok_rows,
    select_groups,
    with_status,
)
from .omnibus import NOTE_FEW_GROUPS, group_differences
from .sample import stratified_sample
from .summary import NOTE_N0, NOTE_N1, outlet_summary
from .tables import naming_matrix, quote_share_table, stance_table
from .terms import distinguishing_terms
from .timeline import articles_over_time, feature_trend, time_bins

__all__ = [
    # outlet statistics
    "NOTE_N1",
    "NOTE_N0",
    "NOTE_PAIR_SMALL",
    "feature_columns",
    "ok_rows",
    "outlet_summary",
    "pairwise_differences",
    "adjust_pvalues",
    "group_differences",
    "NOTE_FEW_GROUPS",
    "distinguishing_terms",
    "with_status",
    "add_rates",
    "add_percentages",
    "select_groups",
    "stratified_sample",
    # time
    "time_bins",
    "articles_over_time",
    "feature_trend",
    # the tables behind the figures
    "naming_matrix",
    "stance_table",
    "quote_share_table",
    # clustering, PCA, similarity, stability
    "standardise",
    "outlet_means",
    "ClusterResult",
    "cluster_outlets",
    "cluster_articles",
    "PCAResult",
    "pca_biplot_data",
    "outlet_similarity",
    "StabilityResult",
    "cluster_stability",
    "MSG_TOO_FEW_ARTICLES",
    # same-event alignment
    "EventAlignment",
    "align_event",
    "article_units",
    "normalise",
    "link_relation",
    "truncate_text",
    "MIN_UNIT_WORDS",
    "PARAPHRASE_THRESHOLD",
    "VERBATIM_THRESHOLD",
    "MIN_LENGTH_RATIO",
    "MIN_PARAPHRASE_WORDS",
    "RELATIONS",
]
