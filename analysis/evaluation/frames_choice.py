"""Choosing the decision parameters of the frame detector on development halves.

The rules by which ``analysis/lexicons/frames/decision.csv`` was made, on gold sets joined with
their :func:`analysis.evaluation.frames.profile_table` (dev rows only):

- :func:`choose_thresholds`: per frame, the threshold that maximises the mean F1 over the sets;
- :func:`threshold_by_rule` ``place``: the threshold at the edge of the band of thresholds that
  give the same decisions (the protocol of ``decision.csv``) or in its middle (twenty-eighth
  round, measured and not kept: :mod:`analysis.evaluation.frames_stability`);
- :func:`choose_length_powers`: per frame, the ``length_power`` (0 a count of weighted evidence,
  0.5 per square root of the number of sentences, 1 per sentence), by the half-split protocol of
  :func:`half_split_f1` (fit the threshold on one half of the dev rows, score the other);
- :func:`rescore`: the frame scores for other length powers, from the weighted evidence;
- :func:`analysis.evaluation.frames_stability.threshold_spread`: how much each frame's threshold,
  and the F1 it gives on rows it was not fitted on, vary with the dev rows it is fitted on;
- :func:`leave_one_set_out`: whether a decision rule (length powers and units) transfers to a
  set it was not fitted on: thresholds fitted on the other sets' dev rows, F1 on the left-out
  set, each set left out in turn, against a base rule, with the half-split noise of the gain.

Nothing here reads a test half: the caller passes the dev rows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from ..detect.frames import FRAMES

__all__ = [
    "LENGTH_POWERS",
    "f1_at",
    "best_threshold",
    "THRESHOLD_RULES",
    "THRESHOLD_PLACES",
    "threshold_by_rule",
    "choose_thresholds",
    "leave_one_set_out_thresholds",
    "rescore",
    "half_split_f1",
    "choose_length_powers",
    "leave_one_set_out",
    "rotation_verdict",
]

#: The rules by which :func:`threshold_by_rule` fits a threshold on several sets (fourteenth
#: round): ``mean`` the best mean F1; ``safe`` the best mean F1 among the thresholds above the
#: all-positive F1 on every set, else the best worst-set margin; ``maximin`` the best worst-set
#: margin over the all-positive F1.
THRESHOLD_RULES: tuple[str, ...] = ("mean", "safe", "maximin")

#: Where :func:`threshold_by_rule` puts a threshold in the band of thresholds that give the same
#: decisions on the sets fitted on (twenty-eighth round, frames39): ``edge`` the lowest score of
#: the best plateau (the protocol of ``decision.csv``), ``middle`` half-way between it and the
#: highest observed score below it (0 when no story with evidence is left out).
THRESHOLD_PLACES: tuple[str, ...] = ("edge", "middle")

#: The length powers :func:`choose_length_powers` compares (0 a count ... 1 per sentence).
LENGTH_POWERS: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0)


def f1_at(scores: np.ndarray, gold: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """F1 of ``scores >= t`` for every ``t`` of ``thresholds`` (one vectorised pass)."""
    pred = scores[:, None] >= thresholds[None, :]
    tp = (pred & gold[:, None]).sum(axis=0)
    denom = pred.sum(axis=0) + gold.sum()
    return np.where(denom > 0, 2 * tp / np.maximum(denom, 1), 0.0)


def best_threshold(scores: list, golds: list, weights: list | None = None) -> float:
    """The threshold (> 0) that maximises the (weighted) mean F1 over the sets (ties: the lower
    one), rounded *down* to 4 significant digits (rounding up could put the threshold above the
    score that chose it and drop that article; significant digits, not decimals, since a score
    per word is small: twelfth round — 4 decimals give every threshold of the earlier rounds,
    all at or above 0.1, the same value)."""
    return threshold_by_rule(scores, golds, "mean", weights=weights)


def _round_down(t: float) -> float:
    """``t`` rounded down to 4 significant digits (:func:`best_threshold`)."""
    scale = 10.0 ** (3 - math.floor(math.log10(t)))
    return math.floor(t * scale) / scale


def threshold_by_rule(
    scores: list,
    golds: list,
    rule: str = "mean",
    *,
    weights: list | None = None,
    place: str = "edge",
) -> float:
    """The threshold (> 0) that a rule of :data:`THRESHOLD_RULES` picks over the sets (ties: the
    lower one; rounded down to 4 significant digits as :func:`best_threshold`).

    ``safe`` and ``maximin`` compare each set's F1 with its all-positive F1 (the bar: every
    frame above calling every article positive).  ``weights`` weigh the mean (``mean`` and
    ``safe``); ``place`` (:data:`THRESHOLD_PLACES`): the plateau's edge, or the middle of the
    empty band below it (the same decisions on the sets; rounded down, never onto the score
    below).

    Examples
    --------
    >>> s, g = [np.array([0.0, 0.2, 0.4, 0.6])], [np.array([False, False, True, True])]
    >>> threshold_by_rule(s, g), threshold_by_rule(s, g, place="middle")
    (0.4, 0.3)
    """
    if rule not in THRESHOLD_RULES:
        raise ValueError(f"unknown threshold rule {rule!r}: one of {THRESHOLD_RULES}")
    if place not in THRESHOLD_PLACES:
        raise ValueError(f"unknown threshold place {place!r}: one of {THRESHOLD_PLACES}")
    scores = [np.asarray(s, dtype=float) for s in scores]
    golds = [np.asarray(g, dtype=bool) for g in golds]
    values = np.unique(np.concatenate(scores))
    candidates = values[values > 0] if (values > 0).any() else np.array([1.0])
    f1 = np.array([f1_at(s, g, candidates) for s, g in zip(scores, golds)])
    prev = np.array([g.mean() if len(g) else 0.0 for g in golds])
    margin = f1 - (2 * prev / (1 + prev))[:, None]
    mean = np.average(f1, axis=0, weights=weights)
    safe = (margin > 0).all(axis=0)
    if rule == "mean" or (rule == "safe" and safe.any()):
        objective = np.where(safe, mean, -np.inf) if rule == "safe" else mean
    else:
        objective = margin.min(axis=0)
    best_t = float(candidates[np.flatnonzero(objective >= objective.max() - 1e-12)[0]])
    edge = _round_down(best_t)
    if place == "edge":
        return edge
    below = values[values < best_t]
    low = float(below.max()) if len(below) else 0.0
    middle = _round_down((low + best_t) / 2)
    return middle if middle > low else edge


def rescore(
    df: pd.DataFrame, powers: Mapping[str, float], units: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """``df`` (an :func:`analysis.evaluation.frames.profile_table`, or a gold set joined with
    one) with the ``<frame>_score`` of each frame in ``powers`` recomputed for that length
    power: ``<frame>_evidence`` / length ** power, the length ``n_sentences``, or ``n_words``
    for a frame whose ``units`` entry is ``words`` (what ``decision.csv`` ``length_power`` and
    ``length_unit`` would give)."""
    units = units or {}
    n = {
        u: df[f"n_{u}"].clip(lower=1).astype(float)
        for u in {units.get(f, "sentences") for f in powers}
    }
    return df.assign(
        **{
            f"{f}_score": df[f"{f}_evidence"] / n[units.get(f, "sentences")] ** p
            for f, p in powers.items()
        }
    )


def choose_thresholds(dev_sets: Mapping[str, pd.DataFrame], rule: str = "mean") -> dict[str, float]:
    """Per frame, the threshold that ``rule`` (:func:`threshold_by_rule`; ``mean``: the best
    mean dev F1) picks over the given sets.

    Each set has ``<frame>_score`` and ``gold_<frame>`` columns (dev rows only!).  This is how
    ``analysis/lexicons/frames/decision.csv`` was made.
    """
    return {
        f: threshold_by_rule(
            [d[f"{f}_score"] for d in dev_sets.values()],
            [d[f"gold_{f}"].astype(bool) for d in dev_sets.values()],
            rule,
        )
        for f in FRAMES
    }


def leave_one_set_out_thresholds(
    dev_sets: Mapping[str, pd.DataFrame], rules: Iterable[str] = THRESHOLD_RULES
) -> pd.DataFrame:
    """Whether a threshold rule transfers (fourteenth round): per rule, frame and left-out set,
    the threshold fitted by the rule on the *other* sets and the F1 it gives on the left-out
    one, with that set's all-positive F1 and the ``margin`` between them.

    Examples
    --------
    >>> d = pd.DataFrame({f"{f}_score": [0.0, 1.0] for f in FRAMES}
    ...                  | {f"gold_{f}": [False, True] for f in FRAMES})
    >>> t = leave_one_set_out_thresholds({"a": d, "b": d}, ["mean"])
    >>> bool(t["f1"].eq(1.0).all()), len(t)
    (True, 10)
    """
    rows = []
    for rule in rules:
        for f in FRAMES:
            for out in dev_sets:
                others = [d for k, d in dev_sets.items() if k != out]
                t = threshold_by_rule(
                    [d[f"{f}_score"] for d in others], [d[f"gold_{f}"] for d in others], rule
                )
                g = dev_sets[out][f"gold_{f}"].to_numpy(bool)
                s = dev_sets[out][f"{f}_score"].to_numpy(float)
                f1 = float(f1_at(s, g, np.array([t]))[0])
                base = 2 * g.mean() / (1 + g.mean()) if len(g) and g.any() else 0.0
                rows.append(
                    {"rule": rule, "frame": f, "left_out": out, "threshold": t, "f1": f1}
                    | {"baseline_f1": base, "margin": f1 - base}
                )
    return pd.DataFrame(rows)


def half_split_f1(
    dev_sets: Mapping[str, pd.DataFrame],
    powers: Iterable[float] = LENGTH_POWERS,
    *,
    repeats: int = 100,
    seed: int = 0,
    weights: Mapping[str, float] | None = None,
    units: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Held-out F1 of each frame and length power on halves of the dev rows.

    Each repetition halves every set's rows at random (seeded); for each frame and power the
    threshold is fitted on one half of every set (:func:`choose_thresholds`' rule: the
    ``weights``-weighted mean F1 over the sets, equal weights by default) and F1 is scored per
    set on the other half, then the other way round (two folds per repetition).  ``dev_sets``:
    gold sets joined with their ``profile_table`` (``<frame>_evidence``, ``n_sentences``,
    ``gold_<frame>``), dev rows only; ``units``: frame -> the length unit of :func:`rescore`.
    Returns one row per frame, power, set and fold
    (``fold`` = 2 * repetition + the half fitted on) with the fitted ``threshold``, the held-out
    ``f1`` and ``baseline_f1`` (the held-out half's F1 of calling every article positive).
    """
    rng = np.random.RandomState(seed)
    names = list(dev_sets)
    w = [float((weights or {}).get(k, 1.0)) for k in names]
    powers = list(powers)
    # the scores of every power and the gold labels, computed once (the halves only index them)
    rescored = {
        (k, p): rescore(d, dict.fromkeys(FRAMES, p), units)
        for k, d in dev_sets.items()
        for p in powers
    }
    scores = {
        (f, p): {k: rescored[k, p][f"{f}_score"].to_numpy(float) for k in names}
        for f in FRAMES
        for p in powers
    }
    golds = {f: {k: d[f"gold_{f}"].to_numpy(bool) for k, d in dev_sets.items()} for f in FRAMES}
    rows = []
    for rep in range(repeats):
        halves = {}
        for k, d in dev_sets.items():
            idx = rng.permutation(len(d))
            halves[k] = (idx[: len(d) // 2], idx[len(d) // 2 :])
        for f in FRAMES:
            gold = golds[f]
            for p in powers:
                sc = scores[f, p]
                for fit, held in ((0, 1), (1, 0)):
                    t = best_threshold(
                        [sc[k][halves[k][fit]] for k in names],
                        [gold[k][halves[k][fit]] for k in names],
                        w,
                    )
                    for k in names:
                        h = halves[k][held]
                        f1 = f1_at(sc[k][h], gold[k][h], np.array([t]))[0]
                        prev = gold[k][h].mean() if len(h) else 0.0
                        rows.append(
                            {
                                "frame": f,
                                "power": p,
                                "set": k,
                                "fold": 2 * rep + fit,
                                "threshold": t,
                                "f1": f1,
                                "baseline_f1": 2 * prev / (1 + prev),
                            }
                        )
    return pd.DataFrame(rows)


def _pick_power(tab: pd.DataFrame, fold_mean: pd.DataFrame, margin: float) -> pd.DataFrame:
    """The choice rule of :func:`choose_length_powers` for one frame (``tab`` indexed by power,
    one column per set and ``mean``; ``fold_mean``: folds x powers)."""
    sets = [c for c in tab.columns if c != "mean"]
    tab = tab.assign(loss=(tab[sets].max() - tab[sets]).max(axis=1))
    ok = tab["loss"] <= margin + 1e-12
    tab["admissible"] = ok if ok.any() else tab["loss"] == tab["loss"].min()
    best = tab.loc[tab["admissible"], "mean"].idxmax()
    diff = fold_mean.sub(fold_mean[best], axis=0)
    # Nadeau & Bengio (2003): the variance of a mean over resampled splits, corrected for the
    # overlap of the training halves (n_test / n_train = 1 for halves)
    tab["gap"] = tab.loc[best, "mean"] - tab["mean"]
    tab["se"] = diff.std(ddof=1) * math.sqrt(1 / len(diff) + 1)
    chosen = best
    if best == 0:
        alt = tab[tab["admissible"] & (tab.index > 0) & (tab["gap"] <= tab["se"])]
        chosen = alt["mean"].idxmax() if len(alt) else best
    return tab.assign(chosen=tab.index == chosen)


def choose_length_powers(
    dev_sets: Mapping[str, pd.DataFrame],
    powers: Iterable[float] = LENGTH_POWERS,
    *,
    repeats: int = 100,
    seed: int = 0,
    weights: Mapping[str, float] | None = None,
    margin: float = 0.03,
    units: Mapping[str, str] | None = None,
) -> tuple[dict[str, float], pd.DataFrame]:
    """Per frame, the length power (``decision.csv`` ``length_power``) chosen on dev halves.

    The half-split protocol (:func:`half_split_f1`, each frame's length in its ``units``
    entry, sentences by default): F1 on the half of the dev rows the
    threshold was *not* fitted on, averaged over the folds, per set and as the
    ``weights``-weighted mean over the sets (``mean``).  The rule, per frame:

    1. *admissible*: a power that loses no more than ``margin`` F1 on any set against the best
       power on that set (``loss``; none admissible: the smallest loss);
    2. the admissible power with the best ``mean``;
    3. if that is 0 (a count, whose threshold depends on how long a corpus's stories are), the
       best admissible power above 0 whose ``gap`` to it is within noise: no more than one
       standard error of the mean paired difference over the folds (``se``, corrected for
       overlapping halves as by Nadeau & Bengio 2003).

    Returns
    -------
    (dict, DataFrame)
        Frame -> chosen power; the evidence: one row per frame and power with the F1 of each
        set, ``mean``, ``loss``, ``gap``, ``se``, ``admissible`` and ``chosen``.  Then choose the
        thresholds with :func:`choose_thresholds` on :func:`rescore` d dev sets.
    """
    folds = half_split_f1(
        dev_sets, powers, repeats=repeats, seed=seed, weights=weights, units=units
    )
    w = folds["set"].map(lambda k: float((weights or {}).get(k, 1.0)))
    folds = folds.assign(wf1=folds["f1"] * w, w=w)
    out, choice = [], {}
    for f, part in folds.groupby("frame", sort=False):
        tab = part.pivot_table(index="power", columns="set", values="f1", aggfunc="mean")
        tab = tab[list(dev_sets)]
        by_fold = part.groupby(["fold", "power"])[["wf1", "w"]].sum()
        fold_mean = (by_fold["wf1"] / by_fold["w"]).unstack("power")
        tab["mean"] = fold_mean.mean()
        tab = _pick_power(tab, fold_mean, margin)
        choice[f] = float(tab.index[tab["chosen"]][0])
        out.append(tab.reset_index().assign(frame=f))
    table = pd.concat(out, ignore_index=True)
    return choice, table[["frame", *[c for c in table.columns if c != "frame"]]]


def leave_one_set_out(
    dev_sets: Mapping[str, pd.DataFrame],
    rules: Mapping[str, tuple[Mapping[str, float], Mapping[str, str]]],
    *,
    halves: int = 200,
    seed: int = 0,
) -> pd.DataFrame:
    """Whether a decision rule transfers to a set it was not fitted on (twelfth round).

    For each rule (name -> ``(powers, units)``, as :func:`rescore` takes them; the first rule is
    the base the others are compared with), frame and set: the threshold is fitted on the dev
    rows of the *other* sets (:func:`best_threshold`: their mean F1) and F1 is scored on the
    left-out set.  The gain of a rule over the base on the left-out set (``delta``) comes with
    its half-split noise (``noise``): the standard deviation of the gain over ``halves`` random
    halvings of the left-out rows (both halves of each, seeded), the fitted thresholds fixed.

    Returns
    -------
    DataFrame
        One row per rule, frame and left-out set: ``threshold``, ``f1``, ``baseline_f1`` (the
        left-out set's F1 of calling every article positive), ``delta`` and ``noise`` (NaN for
        the base).  :func:`rotation_verdict` summarises it.
    """
    names = list(dev_sets)
    golds = {f: {k: d[f"gold_{f}"].to_numpy(bool) for k, d in dev_sets.items()} for f in FRAMES}
    rng = np.random.RandomState(seed)
    splits = {}
    for k, d in dev_sets.items():
        perms = [rng.permutation(len(d)) for _ in range(halves)]
        splits[k] = [h for idx in perms for h in (idx[: len(d) // 2], idx[len(d) // 2 :])]
    rows, base_pred = [], {}
    for i, (rule, (powers, units)) in enumerate(rules.items()):
        scores = {k: rescore(d, powers, units) for k, d in dev_sets.items()}
        for f in FRAMES:
            for out in names:
                others = [k for k in names if k != out]
                t = best_threshold(
                    [scores[k][f"{f}_score"] for k in others], [golds[f][k] for k in others]
                )
                g = golds[f][out]
                pred = scores[out][f"{f}_score"].to_numpy(float) >= t
                f1 = float(f1_at(pred.astype(float), g, np.array([1.0]))[0])
                row = {"rule": rule, "frame": f, "left_out": out, "threshold": t, "f1": f1}
                row["baseline_f1"] = 2 * g.mean() / (1 + g.mean()) if len(g) else 0.0
                if i == 0:
                    base_pred[f, out] = pred
                    row |= {"delta": math.nan, "noise": math.nan}
                else:
                    b = base_pred[f, out].astype(float)
                    gains = [
                        f1_at(pred[h].astype(float), g[h], np.array([1.0]))[0]
                        - f1_at(b[h], g[h], np.array([1.0]))[0]
                        for h in splits[out]
                    ]
                    base_f1 = float(f1_at(b, g, np.array([1.0]))[0])
                    row |= {"delta": f1 - base_f1, "noise": float(np.std(gains))}
                rows.append(row)
    return pd.DataFrame(rows)


def rotation_verdict(table: pd.DataFrame, *, min_up: int = 2) -> pd.DataFrame:
    """The keep rule of the twelfth round over a :func:`leave_one_set_out` table: per rule
    (but the base) and frame, ``up`` (left-out sets on which the rule gains), ``hurt`` (on
    which it loses more than the half-split noise) and ``keep`` (``up >= min_up`` and no
    ``hurt``).

    Examples
    --------
    >>> t = pd.DataFrame({"rule": ["new"] * 3, "frame": ["morality"] * 3,
    ...                   "delta": [0.02, 0.01, -0.01], "noise": [0.03, 0.02, 0.02]})
    >>> rotation_verdict(t)[["up", "hurt", "keep"]].values.tolist()
    [[2, 0, True]]
    """
    t = table.dropna(subset=["delta"])
    up = (t["delta"] > 1e-9).groupby([t["rule"], t["frame"]], sort=False).sum()
    hurt = (t["delta"] < -t["noise"]).groupby([t["rule"], t["frame"]], sort=False).sum()
    out = pd.DataFrame({"up": up.astype(int), "hurt": hurt.astype(int)}).reset_index()
    return out.assign(keep=(out["up"] >= min_up) & (out["hurt"] == 0))


if __name__ == "__main__":  # pragma: no cover - a command, run where ../shared is present
    from ..detect.frames import default_battery
    from .frames import evaluate_frames
    from .frames_stability import threshold_spread

    dev = {k: r["data"] for k, r in evaluate_frames(dev_only=True).items()}
    battery = default_battery()
    units = {f: battery.length_unit(f) for f in FRAMES}
    powers, evidence = choose_length_powers(dev, units=units)
    with pd.option_context("display.width", 200, "display.max_rows", 100):
        print(evidence.round(3).to_string(index=False))
    print("length_power", powers, "length_unit", units)
    print("threshold", choose_thresholds({k: rescore(d, powers, units) for k, d in dev.items()}))
    loso = leave_one_set_out(
        dev,
        {"sentences": (powers, {}), "words": (powers, dict.fromkeys(FRAMES, "words"))},
    )
    with pd.option_context("display.width", 200, "display.max_rows", 100):
        print(threshold_spread(dev, powers, units=units).round(3).to_string(index=False))
        print(loso.round(3).to_string(index=False))
        print(rotation_verdict(loso).to_string(index=False))
