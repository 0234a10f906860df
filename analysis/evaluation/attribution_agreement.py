"""Two PolNeAR annotators scored against each other with the attribution measures (round 30).

A few PolNeAR articles were coded by several annotators (``train``: 16 articles, 5-6 each;
:func:`analysis.evaluation.polnear.annotator_sets`).  :func:`annotator_agreement` scores every
ordered pair of them as :func:`analysis.evaluation.attribution.evaluate_attribution` scores the
detector (reported cues found, attribution precision): how far the issue's bars are from what
two human annotators reach.  Only ``train`` is read; the held-out ``dev`` split is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from .attribution import REPORTED_KINDS
from .polnear import GoldAttribution

__all__ = ["annotator_agreement"]


def _overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def annotator_agreement(
    sets: dict[str, list[tuple[GoldAttribution, ...]]],
    predicted: dict[str, list[tuple[int, int]]] | None = None,
) -> dict:
    """Two PolNeAR annotators scored against each other with the detector's measures.

    Every ordered pair of annotators of an article: one is the gold, the other the prediction;
    **reported cues found** (gold ``indirect`` / ``according_to`` cues overlapped by a cue of
    the other) and **attribution precision** (the other's cues overlapping any gold cue), pooled.
    With ``predicted``, the detector's cues are scored against every annotator instead.

    Parameters
    ----------
    sets
        :func:`analysis.evaluation.polnear.annotator_sets`.
    predicted
        Article name -> the detector's cue spans (one per attribution), or ``None``.

    Returns
    -------
    dict
        ``n_articles``, ``n_pairs``, ``n_reported`` (pooled gold reported cues),
        ``reported_recall``, ``attribution_precision``.

    Examples
    --------
    >>> a = GoldAttribution((), ((0, 4),), ((5, 9),), "indirect")
    >>> b = GoldAttribution((), ((10, 14),), ((15, 19),), "indirect")
    >>> r = annotator_agreement({"x": [(a, b), (a,)]})
    >>> r["reported_recall"], r["attribution_precision"]
    (0.6666666666666666, 0.6666666666666666)
    >>> annotator_agreement({"x": [(a, b)]}, {"x": [(2, 3), (30, 33)]})["attribution_precision"]
    0.5
    """
    found = n_rep = right = n_pred = pairs = 0
    for name, anns in sets.items():
        for gi, gold in enumerate(anns):
            gold_cues = [c for g in gold for c in g.cue]
            others = [[p.cue for p in pred] for pi, pred in enumerate(anns) if pi != gi]
            if predicted is not None:
                others = [[(c,) for c in predicted.get(name, [])]]
            for pred in others:
                pairs += 1
                pred_cues = [c for p in pred for c in p]
                for g in gold:
                    if g.kind in REPORTED_KINDS:
                        n_rep += 1
                        found += any(_overlaps(s, e, g.cue) for s, e in pred_cues)
                n_pred += len(pred)
                right += sum(any(_overlaps(s, e, gold_cues) for s, e in p) for p in pred)
    return {
        "n_articles": len(sets),
        "n_pairs": pairs,
        "n_reported": n_rep,
        "reported_recall": found / n_rep if n_rep else 0.0,
        "attribution_precision": right / n_pred if n_pred else 0.0,
    }
