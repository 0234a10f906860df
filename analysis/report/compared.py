"""The features reports 03 and 06 compare between groups, defined once.

Report 06 said it used "the same features, labels, intervals and readability index as report
03" but compared six of report 03's eight features (not the loaded terms of quoted words nor the
distancing attribution verbs), so its Holm adjustment ran over fewer tests and the same pair of
the same corpus could differ in one report and not in the other: on the by-country war corpus,
"Flesch reading ease of the author text: GB 44.19 vs BY 37.95 … adjusted p = 0.160 (Holm, 120
tests): no difference" in report 03 and "… adjusted p = 0.046 (Holm, 90 tests): a difference"
in report 06 (report review of round 38).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["COMPARED_FEATURES", "RATE_COUNTS", "comparison_columns"]

#: Feature column -> its label in the reports, in the order the reports list them.
COMPARED_FEATURES: dict[str, str] = {
    "quote_share_pct": "Words in direct quotations (%)",
    "rate_loaded_author": "Loaded terms per 1,000 author words",
    "rate_loaded_quoted": "Loaded terms per 1,000 quoted words",
    "rate_hedge_author": "Hedges per 1,000 author words",
    "rate_booster_author": "Boosters per 1,000 author words",
    "rate_evidential_author": "Evidentials per 1,000 author words",
    "rate_attributions_distancing": "Distancing attribution verbs per 1,000 words",
    "readability_flesch_reading_ease_author": "Flesch reading ease of the author text",
}

#: Count columns of the feature table compared as rates per 1,000 words (``rate_<name>``).
RATE_COUNTS: tuple[str, ...] = ("n_attributions_distancing",)


def comparison_columns(feats: Any) -> pd.DataFrame:
    """The feature table with the compared rates and percentages added.

    Parameters
    ----------
    feats
        :func:`analysis.featurize` output.

    Returns
    -------
    pandas.DataFrame
        ``feats`` with ``rate_<count>`` for :data:`RATE_COUNTS` (when the count is there) and the
        shares in % (:func:`analysis.compare.add_percentages`).

    Examples
    --------
    >>> f = pd.DataFrame({"n_words": [500], "n_attributions_distancing": [2],
    ...                   "quote_share": [0.25]})
    >>> t = comparison_columns(f)
    >>> float(t["rate_attributions_distancing"].iloc[0]), float(t["quote_share_pct"].iloc[0])
    (4.0, 25.0)
    """
    from analysis.compare import add_percentages, add_rates

    counts = [c for c in RATE_COUNTS if c in feats.columns]
    return add_percentages(add_rates(feats, counts) if counts else feats)
