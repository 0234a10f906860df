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

from ..detect.frames import FRAMES
from .frames_choice import choose_thresholds, half_split_f1, rescore, threshold_by_rule

__all__ = ["threshold_moves", "threshold_spread"]


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


def threshold_spread(
    dev_sets: Mapping[str, pd.DataFrame],
    powers: Mapping[str, float],
    *,
    repeats: int = 100,
    seed: int = 0,
    weights: Mapping[str, float] | None = None,
    units: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """How much each frame's threshold, and the F1 it gives on unseen rows, vary with the dev
    rows it is fitted on: the half-split protocol (:func:`~.frames_choice.half_split_f1`) at
    each frame's ``powers`` (``decision.csv`` ``length_power``) and ``units``
    (``length_unit``), summarised (moved from ``frames_choice``, twenty-eighth round).

    Returns one row per frame and set: ``threshold`` (the rule of
    :func:`~.frames_choice.choose_thresholds` on all the dev rows, as ``decision.csv``),
    ``t_median``, ``t_p10``, ``t_p90``, ``t_sd`` (of the thresholds fitted on halves, 2 x
    ``repeats`` of them), ``f1`` and ``f1_sd`` (on the other halves), ``margin`` (mean F1 minus
    the held-out half's all-positive F1) and ``p_above`` (the share of folds in which F1 beats
    all-positive by more than a rounding error).
    """
    out = []
    for p in sorted(set(powers.values())):
        folds = half_split_f1(
            dev_sets, (p,), repeats=repeats, seed=seed, weights=weights, units=units
        )
        frames = [f for f in FRAMES if powers.get(f) == p]
        whole = choose_thresholds(
            {k: rescore(d, dict.fromkeys(FRAMES, p), units) for k, d in dev_sets.items()}
        )
        for (f, k), part in folds[folds["frame"].isin(frames)].groupby(
            ["frame", "set"], sort=False
        ):
            t, margin = part["threshold"], part["f1"] - part["baseline_f1"]
            out.append(
                {
                    "frame": f,
                    "set": k,
                    "power": p,
                    "threshold": whole[f],
                    "t_median": float(t.median()),
                    "t_p10": float(t.quantile(0.1)),
                    "t_p90": float(t.quantile(0.9)),
                    "t_sd": float(t.std(ddof=0)),
                    "f1": float(part["f1"].mean()),
                    "f1_sd": float(part["f1"].std(ddof=0)),
                    "margin": float(margin.mean()),
                    "p_above": float((margin > 1e-9).mean()),
                }
            )
    order = {f: i for i, f in enumerate(FRAMES)}
    return (
        pd.DataFrame(out)
        .sort_values("frame", key=lambda c: c.map(order), kind="stable")
        .reset_index(drop=True)
    )
