"""Fitting a frame's per-question weights on development sets (eighteenth round).

The decision rule of :mod:`analysis.detect.frames.decide` is a weighted sum of evidence::

    score(frame) = sum over questions q of weight(q) * count(q) / length ** length_power(frame)

with ``count(q)`` the evidence sentences answering ``q`` (``profile_table``'s ``count_<q>``) and
the weights of ``questions.csv``, set by hand in earlier rounds.  Here they are *fitted*: a
logistic regression per frame whose features are the battery's own evidence (``count(q)`` over
the frame's length, one feature per question; no words, so nothing topic-bound), with

- non-negative weights (evidence for a question never counts against a frame, so the score stays
  "weighted evidence" and a present frame still carries evidence),
- an L2 penalty ``1 / c`` on standardised features (standard deviations weighted as the rows),
  ``c`` chosen from :data:`C_GRID` by leave-one-set-out *within* the sets fitted on
  (:func:`choose_c`),
- each set weighing the same (every row ``1 / n`` of its set), as the mean F1 of the threshold
  rules weighs them.

The weights are scaled so that the largest is 1 and rounded to 2 decimals (the values a data
file holds); the threshold is then fitted on the rescored sets by the same rule as the hand
weights' (:func:`analysis.evaluation.frames_choice.threshold_by_rule`).
:func:`leave_one_set_out_fit` compares the fitted weights with the hand weights on each set left
out in turn (weights, ``c`` and both thresholds fitted on the other sets), with the half-split
noise of the gain, as :func:`analysis.evaluation.frames_choice.leave_one_set_out`.  Nothing here
reads a test half: the caller passes development rows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ..detect.frames import FRAMES, Battery, default_battery
from .frames_choice import f1_at, threshold_by_rule

__all__ = [
    "C_GRID",
    "FITTED_FRAMES",
    "question_ids",
    "question_features",
    "fit_logistic",
    "fitted_weights",
    "choose_c",
    "fit_frame",
    "leave_one_set_out_fit",
    "leave_one_set_out_versions",
    "development_sets",
    "EVIDENCE_FORMS_TRIED",
    "form_scores",
    "leave_one_set_out_forms",
]

#: The inverse penalties :func:`choose_c` compares.
C_GRID: tuple[float, ...] = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
#: The frames whose ``questions.csv`` weights and ``decision.csv`` threshold are
#: :func:`fit_frame`'s on the eight development sets: none (eighteenth round, README.md: the
#: fitted weights did not beat the hand weights on the left-out sets by the twelfth round's keep
#: rule for any frame but responsibility, whose fit changes one development decision and sets
#: the blame and urgency questions near 0, as the sets without blame questions teach it).
FITTED_FRAMES: tuple[str, ...] = ()
#: The forms of a frame's score :func:`form_scores` computes from the evidence per question
#: (twentieth round, README.md): ``sum`` today's (weight x sentences per question); ``log``,
#: ``sqrt``, ``cap2``, ``cap3`` and ``distinct`` a question's sentences counted as ln(1 + n),
#: sqrt(n), min(n, 2), min(n, 3) or 1; ``breadth`` today's times the questions answered;
#: ``two_questions``, ``two_sentences`` and ``floor1`` today's, or 0 without two questions, two
#: evidence sentences or a weighted evidence of 1.
EVIDENCE_FORMS_TRIED: tuple[str, ...] = (
    *("sum", "log", "sqrt", "cap2", "cap3", "distinct"),
    *("breadth", "two_questions", "two_sentences", "floor1"),
)


def question_ids(battery: Battery, frame: str) -> list[str]:
    """The questions of ``frame`` that text can answer (battery order)."""
    return [q.id for q in battery.questions if q.frame == frame and q.answered_by]


def question_features(df: pd.DataFrame, frame: str, battery: Battery) -> np.ndarray:
    """Rows x questions of ``frame``: ``count_<q>`` / length ** ``length_power`` (the frame's
    ``decision.csv`` power and unit; ``df`` a gold set joined with its ``profile_table``)."""
    unit = "n_words" if battery.length_unit(frame) == "words" else "n_sentences"
    norm = df[unit].clip(lower=1).to_numpy(float) ** battery.length_power(frame)
    counts = [df[f"count_{q}"].to_numpy(float) for q in question_ids(battery, frame)]
    return np.column_stack(counts) / norm[:, None]


def fit_logistic(
    xs: Sequence[np.ndarray], ys: Sequence[np.ndarray], c: float
) -> tuple[np.ndarray, float]:
    """Weights (>= 0, on the unstandardised features) and intercept of an L2-penalised logistic
    regression over the sets ``xs`` / ``ys`` pooled, each set weighing the same.

    Examples
    --------
    >>> x = np.array([[1.0, 0.0], [2.0, 0.0], [0.0, 1.0], [0.0, 2.0]])
    >>> w, b = fit_logistic([x], [np.array([True, True, False, False])], 1.0)
    >>> bool(w[0] > 0), float(w[1])  # the second: in unframed stories only, no weight
    (True, 0.0)
    """
    from scipy.optimize import minimize

    x = np.vstack(xs)
    y = np.concatenate(ys).astype(float)
    sw = np.concatenate([np.full(len(v), 1.0 / max(1, len(v))) for v in ys])
    mean = sw @ x / sw.sum()
    sd = np.sqrt(sw @ (x - mean) ** 2 / sw.sum())  # weighted as the rows are
    sd[sd == 0] = 1.0
    z = x / sd
    k = z.shape[1]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        m = z @ theta[:k] + theta[k]
        nll = y * np.logaddexp(0, -m) + (1 - y) * np.logaddexp(0, m)
        g = (1 / (1 + np.exp(-m)) - y) * sw
        pen = theta[:k] @ theta[:k] / (2 * c)
        return float(sw @ nll + pen), np.append(z.T @ g + theta[:k] / c, g.sum())

    bounds = [(0.0, None)] * k + [(None, None)]
    opts = {"gtol": 1e-10, "ftol": 1e-14, "maxiter": 10_000}
    res = minimize(loss, np.zeros(k + 1), jac=True, method="L-BFGS-B", bounds=bounds, options=opts)
    return res.x[:k] / sd, float(res.x[k])


def fitted_weights(xs: Sequence[np.ndarray], ys: Sequence[np.ndarray], c: float) -> np.ndarray:
    """:func:`fit_logistic`'s weights scaled so the largest is 1, rounded to 2 decimals (the
    values ``questions.csv`` holds); all 0 when no question separates."""
    w, _ = fit_logistic(xs, ys, c)
    top = w.max()
    return np.round(w / top, 2) if top > 0 else np.zeros_like(w)


def _fit_and_threshold(
    xs: Sequence[np.ndarray], ys: Sequence[np.ndarray], c: float, rule: str
) -> tuple[np.ndarray, float]:
    w = fitted_weights(xs, ys, c)
    return w, threshold_by_rule([x @ w for x in xs], list(ys), rule)


def _f1(pred: np.ndarray, gold: np.ndarray) -> float:
    return float(f1_at(pred.astype(float), gold, np.array([1.0]))[0])


def choose_c(
    xs: Mapping[str, np.ndarray],
    ys: Mapping[str, np.ndarray],
    *,
    grid: Iterable[float] = C_GRID,
    rule: str = "safe",
) -> float:
    """The ``c`` of ``grid`` with the best mean F1 on each set of ``xs`` left out in turn
    (weights and threshold fitted on the others); ties: the ``c`` closest to 1."""
    names = list(xs)
    best, best_key = 1.0, None
    for c in grid:
        f1s = []
        for out in names:
            oth = [k for k in names if k != out]
            w, t = _fit_and_threshold([xs[k] for k in oth], [ys[k] for k in oth], c, rule)
            s = xs[out] @ w
            f1s.append(_f1((s >= t) & (s > 0), ys[out]))
        key = (round(float(np.mean(f1s)), 12), -abs(math.log(c)))
        if best_key is None or key > best_key:
            best, best_key = c, key
    return float(best)


def fit_frame(
    dev_sets: Mapping[str, pd.DataFrame],
    frame: str,
    *,
    battery: Battery | None = None,
    rule: str = "safe",
    grid: Iterable[float] = C_GRID,
) -> dict:
    """The fitted weights of one frame on ``dev_sets`` (gold sets joined with their
    ``profile_table``, dev rows only): ``c`` (:func:`choose_c`), ``weights`` (question id ->
    weight, largest 1) and ``threshold`` (``rule`` on the sets rescored with those weights)."""
    battery = battery or default_battery()
    xs = {k: question_features(d, frame, battery) for k, d in dev_sets.items()}
    ys = {k: d[f"gold_{frame}"].to_numpy(bool) for k, d in dev_sets.items()}
    c = choose_c(xs, ys, grid=grid, rule=rule)
    w, t = _fit_and_threshold(list(xs.values()), list(ys.values()), c, rule)
    weights = dict(zip(question_ids(battery, frame), (float(v) for v in w)))
    return {"frame": frame, "c": c, "weights": weights, "threshold": t}


def _noise(pred: np.ndarray, base: np.ndarray, gold: np.ndarray, splits: list) -> float:
    gains = [_f1(pred[h], gold[h]) - _f1(base[h], gold[h]) for h in splits]
    return float(np.std(gains))


def leave_one_set_out_fit(
    dev_sets: Mapping[str, pd.DataFrame],
    frames: Iterable[str] = FRAMES,
    *,
    battery: Battery | None = None,
    rule: str = "safe",
    grid: Iterable[float] = C_GRID,
    halves: int = 200,
    seed: int = 0,
    threshold_sets: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Fitted weights against the battery's weights, each set left out in turn.

    For each frame and left-out set: the battery's weights with the threshold ``rule`` fits on
    the other sets (``base``), and :func:`fit_frame` on the other sets (``c`` chosen by
    leave-one-set-out within them); F1 of each on the left-out set, its all-positive F1, the
    gain ``delta`` and its half-split ``noise`` (the standard deviation of the gain over
    ``halves`` seeded halvings of the left-out rows, both halves of each, thresholds fixed).
    ``threshold_sets``: fit both thresholds on these sets only (those of them not left out;
    economic's rule since the third revision: the mean F1 on the three dev halves); the
    weights are fitted on every other set.
    """
    battery = battery or default_battery()
    rng = np.random.RandomState(seed)
    splits = {}
    for k, d in dev_sets.items():
        perms = [rng.permutation(len(d)) for _ in range(halves)]
        splits[k] = [h for idx in perms for h in (idx[: len(d) // 2], idx[len(d) // 2 :])]
    names, rows = list(dev_sets), []
    for f in frames:
        hand = np.array([battery.question_weights.get(q, 1.0) for q in question_ids(battery, f)])
        xs = {k: question_features(d, f, battery) for k, d in dev_sets.items()}
        ys = {k: d[f"gold_{f}"].to_numpy(bool) for k, d in dev_sets.items()}
        for out in names:
            oth = [k for k in names if k != out]
            fit = fit_frame({k: dev_sets[k] for k in oth}, f, battery=battery, rule=rule, grid=grid)
            w = np.array(list(fit["weights"].values()))
            ts = [k for k in oth if threshold_sets is None or k in set(threshold_sets)]
            t0 = threshold_by_rule([xs[k] @ hand for k in ts], [ys[k] for k in ts], rule)
            fit["threshold"] = threshold_by_rule([xs[k] @ w for k in ts], [ys[k] for k in ts], rule)
            s0, s1, g = xs[out] @ hand, xs[out] @ w, ys[out]
            base, pred = (s0 >= t0) & (s0 > 0), (s1 >= fit["threshold"]) & (s1 > 0)
            rows.append(
                {"frame": f, "left_out": out, "c": fit["c"], "weights": fit["weights"]}
                | {"threshold_base": t0, "threshold": fit["threshold"], "f1_base": _f1(base, g)}
                | {"f1": _f1(pred, g), "baseline_f1": 2 * g.mean() / (1 + g.mean())}
                | {
                    "delta": _f1(pred, g) - _f1(base, g),
                    "noise": _noise(pred, base, g, splits[out]),
                }
            )
    return pd.DataFrame(rows)


def leave_one_set_out_versions(
    base: Mapping[str, pd.DataFrame],
    new: Mapping[str, pd.DataFrame],
    frame: str,
    *,
    rule: str = "safe",
    halves: int = 200,
    seed: int = 0,
    fit_sets: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Two versions of a frame's scores on the same rows, each set left out in turn (nineteenth
    round: a battery with a changed cue row or question against today's).  ``fit_sets``: fit
    the thresholds on these sets only (those of them not left out: the sets of the rule a frame
    follows in ``decision.csv``; twentieth round); ``None``: every other set.

    ``base`` and ``new``: set name -> the set joined with its ``profile_table`` under each
    battery (the same rows in the same order; ``gold_<frame>`` and ``<frame>_score``).  For each
    left-out set, each version's threshold is fitted by ``rule`` on the *other* sets
    (:func:`analysis.evaluation.frames_choice.threshold_by_rule`), and its F1 scored on the
    left-out set; ``delta`` is the new version's gain, ``noise`` its half-split standard
    deviation (``halves`` seeded halvings of the left-out rows, both halves of each, thresholds
    fixed), as :func:`leave_one_set_out_fit`.  :func:`analysis.evaluation.frames_choice.
    rotation_verdict` applies the keep rule (with a ``rule`` and ``frame`` column).
    """
    rng = np.random.RandomState(seed)
    names, rows = list(base), []
    ys = {k: base[k][f"gold_{frame}"].to_numpy(bool) for k in names}
    s0 = {k: base[k][f"{frame}_score"].to_numpy(float) for k in names}
    s1 = {k: new[k][f"{frame}_score"].to_numpy(float) for k in names}
    for out in names:
        oth = [k for k in names if k != out and (fit_sets is None or k in set(fit_sets))]
        t0 = threshold_by_rule([s0[k] for k in oth], [ys[k] for k in oth], rule)
        t1 = threshold_by_rule([s1[k] for k in oth], [ys[k] for k in oth], rule)
        g = ys[out]
        b, p = (s0[out] >= t0) & (s0[out] > 0), (s1[out] >= t1) & (s1[out] > 0)
        perms = [rng.permutation(len(g)) for _ in range(halves)]
        splits = [h for i in perms for h in (i[: len(g) // 2], i[len(g) // 2 :])]
        rows.append(
            {"rule": "new", "frame": frame, "left_out": out, "threshold_base": t0}
            | {"threshold": t1, "f1_base": _f1(b, g), "f1": _f1(p, g)}
            | {"baseline_f1": 2 * g.mean() / (1 + g.mean()), "delta": _f1(p, g) - _f1(b, g)}
            | {"noise": _noise(p, b, g, splits)}
        )
    return pd.DataFrame(rows)


def form_scores(
    df: pd.DataFrame,
    frame: str,
    form: str = "sum",
    power: float | None = None,
    *,
    battery: Battery | None = None,
) -> np.ndarray:
    """A frame's score in a form of :data:`EVIDENCE_FORMS_TRIED`, from the evidence sentences
    per question (``count_<q>`` of ``profile_table``) and the question weights, over the length
    (the frame's ``length_unit``) to ``power`` (``None``: its ``length_power``).  A form changes
    only how the evidence adds up, so it is computed exactly from the counts.

    Examples
    --------
    >>> d = pd.DataFrame({"count_E1": [2, 0], "count_E2": [1, 0], "count_E3": [0, 3],
    ...                   "n_sentences": [4, 4]})
    >>> form_scores(d, "economic").tolist(), form_scores(d, "economic", "breadth").tolist()
    ([3.0, 3.0], [6.0, 3.0])
    >>> form_scores(d, "economic", "two_questions").tolist()
    [3.0, 0.0]
    """
    battery = battery or default_battery()
    qs = question_ids(battery, frame)
    w = np.array([battery.question_weights.get(q, 1.0) for q in qs])
    n = df[[f"count_{q}" for q in qs]].to_numpy(float)
    unit = "n_words" if battery.length_unit(frame) == "words" else "n_sentences"
    power = battery.length_power(frame) if power is None else power
    length = df[unit].clip(lower=1).to_numpy(float) ** power
    per_question = {"sum": n, "log": np.log1p(n), "sqrt": np.sqrt(n), "distinct": n > 0}
    per_question |= {"cap2": np.minimum(n, 2), "cap3": np.minimum(n, 3)}
    if form in per_question:
        return per_question[form].astype(float) @ w / length
    answered = (n > 0).sum(axis=1)
    gate = {"breadth": answered, "two_questions": answered >= 2, "two_sentences": n.sum(1) >= 2}
    gate["floor1"] = n @ w >= 1
    if form not in gate:
        raise ValueError(f"unknown form {form!r}: one of {EVIDENCE_FORMS_TRIED}")
    return n @ w / length * gate[form]


def leave_one_set_out_forms(
    dev_sets: Mapping[str, pd.DataFrame],
    frame: str,
    forms: Mapping[str, tuple[str, float | None]],
    *,
    rule: str = "safe",
    fit_sets: Iterable[str] | None = None,
    battery: Battery | None = None,
) -> pd.DataFrame:
    """Forms of a frame's score against today's (``sum`` at its power) by
    :func:`leave_one_set_out_versions` (twentieth round): per variant (name -> ``(form,
    power)``), the worst margin over all-positive on the left-out sets (``min_margin``, today's
    ``min_margin_base``), the mean left-out F1 (``mean_f1``, ``mean_base``), Frermann's gain and
    noise, ``up`` and ``hurt`` (left-out sets up, and down beyond the noise)."""

    def scored(form: str, power: float | None) -> dict[str, pd.DataFrame]:
        return {
            k: d.assign(**{f"{frame}_score": form_scores(d, frame, form, power, battery=battery)})
            for k, d in dev_sets.items()
        }

    base, rows = scored("sum", None), []
    for name, (form, power) in forms.items():
        new = scored(form, power)
        t = leave_one_set_out_versions(base, new, frame, rule=rule, fit_sets=fit_sets)
        fr = t[t["left_out"] == "frermann"]
        rows.append(
            {"frame": frame, "variant": name, "min_margin": (t["f1"] - t["baseline_f1"]).min()}
            | {"min_margin_base": (t["f1_base"] - t["baseline_f1"]).min()}
            | {"mean_f1": t["f1"].mean(), "mean_base": t["f1_base"].mean()}
            | {"frermann_delta": fr["delta"].sum(), "frermann_noise": fr["noise"].sum()}
            | {"up": int((t["delta"] > 1e-9).sum()), "hurt": int((t["delta"] < -t["noise"]).sum())}
        )
    return pd.DataFrame(rows)


def development_sets() -> dict[str, pd.DataFrame]:
    """The eight development sets of the eighteenth round, each joined with its
    ``profile_table``: the dev halves of the synthetic, SemEval and Frermann sets (Frermann only
    where ``$FRAMING_FRAMES_EXTRA`` points) and the five project batches (never a test half)."""
    from .frames import evaluate_frames, profile_table
    from .frames_batch import load_frames_batch
    from .frames_batch2 import load_frames_batch2
    from .frames_batch3 import load_frames_batch3
    from .frames_batch4 import load_frames_batch4
    from .frames_batch5 import load_frames_batch5

    out = {k: r["data"] for k, r in evaluate_frames(dev_only=True).items()}
    loads = (load_frames_batch, load_frames_batch2, load_frames_batch3, load_frames_batch4)
    for i, load in enumerate((*loads, load_frames_batch5), start=1):
        b = load().reset_index(drop=True)
        out[f"batch{i if i > 1 else ''}"] = pd.concat([b, profile_table(b["text"])], axis=1)
    return out


if __name__ == "__main__":  # pragma: no cover - a command, run where ../shared is present
    dev = development_sets()
    table = leave_one_set_out_fit(dev)
    with pd.option_context("display.width", 250, "display.max_rows", 100):
        print(table.drop(columns="weights").round(3).to_string(index=False))
        print(table.groupby("frame", sort=False)[["f1_base", "f1", "delta"]].mean().round(4))
    for f in FRAMES:
        print(fit_frame(dev, f))
