"""How much a frame's threshold moves with the development stories it is fitted on.

Twenty-eighth round (frames39, ``analysis/lexicons/frames/README.md``): the protocol of
``decision.csv`` puts a threshold at the edge of the band of thresholds that give the same
decisions on the development sets, so the one story at that edge sets it.  Here the threshold a
rule and a place (:data:`analysis.evaluation.frames_choice.THRESHOLD_PLACES`) give is refitted
with each development story left out in turn, and on bootstrap resamples of the stories (each set
resampled within itself), and the moves are summarised.  Nothing here reads a test half: the
caller passes development rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from .frames_choice import threshold_by_rule

__all__ = ["threshold_moves"]


def _refits(
    scores: Sequence[np.ndarray],
    golds: Sequence[np.ndarray],
    rule: str,
    place: str,
    *,
    boot: int,
    seed: int,
) -> tuple[np.ndarray, np.ndarray]:
    """The thresholds with each story left out in turn, and on ``boot`` resamples."""
    loo = []
    for i, s in enumerate(scores):
        for j in range(len(s)):
            keep = np.arange(len(s)) != j
            sc = [x[keep] if k == i else x for k, x in enumerate(scores)]
            gd = [x[keep] if k == i else x for k, x in enumerate(golds)]
            loo.append(threshold_by_rule(sc, gd, rule, place=place))
    rng = np.random.RandomState(seed)
    bs = []
    for _ in range(boot):
        idx = [rng.randint(0, len(s), len(s)) for s in scores]
        bs.append(
            threshold_by_rule(
                [s[i] for s, i in zip(scores, idx)],
                [g[i] for g, i in zip(golds, idx)],
                rule,
                place=place,
            )
        )
    return np.array(loo), np.array(bs)


def threshold_moves(
    dev_sets: Mapping[str, pd.DataFrame],
    frame: str,
    *,
    rule: str = "safe",
    places: Sequence[str] = ("edge", "middle"),
    boot: int = 200,
    seed: int = 0,
) -> pd.DataFrame:
    """How a frame's threshold moves when one development story is left out, or the stories are
    resampled, for each place of the threshold in its band.

    Parameters
    ----------
    dev_sets : mapping of str to DataFrame
        The sets the frame's rule is fitted on (``<frame>_score`` and ``gold_<frame>``; dev
        rows only).
    frame : str
        The frame.
    rule : str
        :data:`analysis.evaluation.frames_choice.THRESHOLD_RULES`.
    places : sequence of str
        :data:`analysis.evaluation.frames_choice.THRESHOLD_PLACES`.
    boot : int
        Bootstrap resamples (each set resampled within itself, seeded).
    seed : int
        The bootstrap's seed.

    Returns
    -------
    DataFrame
        One row per place: ``threshold`` (all stories), ``loo_moved`` (the share of stories
        whose leaving out moves it), ``loo_max`` (the largest move, |ln(t' / t)|), ``boot_sd``
        (the standard deviation of ln t over the resamples) and ``boot_p10`` / ``boot_p90``.

    Examples
    --------
    >>> d = pd.DataFrame({"f_score": [0.0, 0.0, 0.3, 0.5, 0.9],
    ...                   "gold_f": [False, False, True, True, True]})
    >>> t = threshold_moves({"a": d}, "f", rule="mean", boot=0)
    >>> t["threshold"].tolist(), t["loo_moved"].tolist()
    ([0.3, 0.15], [0.2, 0.2])
    """
    scores = [d[f"{frame}_score"].to_numpy(float) for d in dev_sets.values()]
    golds = [d[f"gold_{frame}"].to_numpy(bool) for d in dev_sets.values()]
    rows = []
    for place in places:
        t = threshold_by_rule(scores, golds, rule, place=place)
        loo, bs = _refits(scores, golds, rule, place, boot=boot, seed=seed)
        log_bs = np.log(bs) if len(bs) else np.array([np.nan])
        rows.append(
            {
                "frame": frame,
                "place": place,
                "threshold": t,
                "loo_moved": float(np.mean(np.abs(loo - t) > 1e-12)),
                "loo_max": float(np.max(np.abs(np.log(loo / t)))),
                "boot_sd": float(np.std(log_bs)),
                "boot_p10": float(np.quantile(bs, 0.1)) if len(bs) else np.nan,
                "boot_p90": float(np.quantile(bs, 0.9)) if len(bs) else np.nan,
            }
        )
    return pd.DataFrame(rows)
