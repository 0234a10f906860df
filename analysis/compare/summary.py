"""Per-outlet summaries: the mean of every feature per group, with a bootstrap interval.

Rows whose ``status`` is not ``"ok"`` never enter a statistic; they are counted and the count
is reported (column ``n_excluded``).  Groups with a single article get a mean but no
confidence interval, and a ``note`` saying so: one article per outlet (as in the bundled
corpus) cannot tell an outlet's habits from one writer's choices.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .bootstrap import bootstrap_means, check_bootstrap_args, group_matrices, percentile_ci
from .frame import feature_columns, ok_rows

__all__ = ["NOTE_N1", "NOTE_N0", "outlet_summary"]

#: Note attached to a summary row whose group has a single usable article.
NOTE_N1 = "n = 1: no uncertainty can be estimated"
#: Note attached to a summary row whose group has no usable value of the feature.
NOTE_N0 = "n = 0: no usable value"


def outlet_summary(
    feats: Any,
    *,
    by: str = "outlet",
    features: Sequence[str] | None = None,
    n_boot: int = 2000,
    ci: float = 0.95,
    random_state: int | None = 0,
) -> pd.DataFrame:
    """Mean of every feature per group, with a percentile-bootstrap confidence interval.

    Parameters
    ----------
    feats
        Feature table from :func:`analysis.featurize` (pandas or Dask).  Rows whose
        ``status`` is not ``"ok"`` are excluded and counted in ``n_excluded``.
    by
        Column to group by (``"outlet"``, ``"country"``, ``"lean"`` …).
    features
        Numeric columns to summarise; default every numeric column (see
        :func:`analysis.compare.feature_columns`).
    n_boot
        Bootstrap resamples of the group's articles.
    ci
        Confidence level of the interval.
    random_state
        Seed; the same seed gives the same intervals.

    Returns
    -------
    pandas.DataFrame
        Long form, one row per (group, feature), groups sorted, features in table order:
        ``<by>``, ``feature``, ``n`` (articles with a value), ``n_excluded`` (rows of the group
        dropped because ``status != "ok"``), ``mean``, ``sd``, ``ci_low``, ``ci_high``, ``note``
        (``NOTE_N1`` when n = 1 and the interval is NaN; ``""`` otherwise).  The interval
        resamples whole articles (so it reflects article-to-article variation within the
        group); ``attrs`` records ``n_boot``, ``ci`` and ``random_state``.

    Examples
    --------
    >>> feats = pd.DataFrame({"outlet": ["A", "A", "A", "B"], "status": "ok",
    ...                       "quote_share": [0.1, 0.2, 0.3, 0.5]})
    >>> s = outlet_summary(feats, n_boot=200)
    >>> s[["outlet", "feature", "n", "mean"]].to_string(index=False)
    'outlet     feature  n  mean\\n     A quote_share  3   0.2\\n     B quote_share  1   0.5'
    >>> s["note"].tolist()[1]
    'n = 1: no uncertainty can be estimated'
    """
    check_bootstrap_args(n_boot, ci)
    ok, excluded = ok_rows(feats, by=by)
    feats_cols = feature_columns(ok, by=by, features=features)
    rng = np.random.default_rng(random_state)
    mats = group_matrices(ok, by, feats_cols)
    all_groups = sorted(set(mats) | set(excluded.index.astype(str)))
    parts = []
    for g in all_groups:
        X = mats.get(g, np.empty((0, len(feats_cols))))
        stats = _group_stats(X, n_boot=n_boot, ci=ci, rng=rng)
        parts.append(
            pd.DataFrame(
                {
                    by: g,
                    "feature": feats_cols,
                    "n": stats.pop("n"),
                    "n_excluded": int(excluded.get(g, 0)),
                    **stats,
                }
            )
        )
    cols = [by, "feature", "n", "n_excluded", "mean", "sd", "ci_low", "ci_high", "note"]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)
    out = out[cols]
    out.attrs.update(
        {"n_boot": int(n_boot), "ci": float(ci), "random_state": random_state, "by": by}
    )
    return out


def _group_stats(
    X: np.ndarray, *, n_boot: int, ci: float, rng: np.random.Generator
) -> dict[str, np.ndarray]:
    """One group's columns n, mean, sd, ci_low, ci_high, note, per feature (draws from rng)."""
    n = (~np.isnan(X)).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(n > 0, np.nansum(X, axis=0) / np.maximum(n, 1), np.nan)
        sd = np.array(
            [np.nanstd(X[:, j], ddof=1) if n[j] > 1 else np.nan for j in range(X.shape[1])]
        )
    boot = bootstrap_means(X, n_boot, rng)
    lo, hi = percentile_ci(boot, ci)
    lo = np.where(n >= 2, lo, np.nan)
    hi = np.where(n >= 2, hi, np.nan)
    note = np.where(n == 1, NOTE_N1, np.where(n == 0, NOTE_N0, ""))
    return {"n": n.astype(int), "mean": mean, "sd": sd, "ci_low": lo, "ci_high": hi, "note": note}
