"""Train-halves check of an attribution rule (issue 18, round 15).

A class of errors read on PolNeAR ``train`` is fixed on one half of the train articles and
confirmed on the other before it is kept: :func:`train_halves` splits the articles (file-name
order, alternating, so each half holds every publisher about equally), and
:func:`evaluate_halves` scores the headline measures on each half and on both, for the bundled
verb table or a candidate one (``verbs=``: a CSV path or rows).  Only ``train`` is split; the
held-out ``dev`` split is never scored here.

``python -m analysis.evaluation.attribution_halves`` prints the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .attribution import evaluate_attribution
from .polnear import GoldArticle, load_polnear

__all__ = ["train_halves", "evaluate_halves", "HALF_MEASURES"]

#: Measures reported for each half.
HALF_MEASURES: tuple[str, ...] = (
    "direct_speaker_accuracy",
    "direct_verb_accuracy",
    "reported_recall",
    "attribution_precision",
    "char_f1",
    "n_quotations",
    "n_reported",
    "n_attributions",
)


def train_halves(
    articles: Sequence[GoldArticle],
) -> tuple[list[GoldArticle], list[GoldArticle]]:
    """Two halves of the articles: in file-name order, the even positions (``A``) and the odd
    ones (``B``).

    Examples
    --------
    >>> arts = [GoldArticle(n, "p", "train", "", ()) for n in ("c", "a", "d", "b")]
    >>> [[x.name for x in h] for h in train_halves(arts)]
    [['a', 'c'], ['b', 'd']]
    """
    ordered = sorted(articles, key=lambda a: a.name)
    return ordered[0::2], ordered[1::2]


def evaluate_halves(
    root: str | Path | None = None,
    *,
    articles: Sequence[GoldArticle] | None = None,
    verbs=None,
) -> pd.DataFrame:
    """Score :data:`HALF_MEASURES` on the train halves ``A`` and ``B`` and on all of train.

    Parameters
    ----------
    root
        The ``attribution-polnear`` folder (default ``../shared/validation/...``).
    articles
        Already loaded train articles (skips reading).
    verbs
        A candidate verb table, as in :func:`analysis.detect.quotes.find_quotes` (default: the
        bundled one).

    Returns
    -------
    pandas.DataFrame
        One row per part (``A``, ``B``, ``all``) with the number of articles and the measures.
    """
    arts = list(articles) if articles is not None else load_polnear("train", root)
    rows = []
    for part, group in zip(("A", "B", "all"), (*train_halves(arts), arts)):
        r = evaluate_attribution("train", articles=group, verbs=verbs)
        rows.append({"part": part, "n_articles": len(group), **{k: r[k] for k in HALF_MEASURES}})
    return pd.DataFrame(rows)


if __name__ == "__main__":  # pragma: no cover
    print(evaluate_halves().round(4).to_string(index=False))
