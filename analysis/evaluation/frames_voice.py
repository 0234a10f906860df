"""Frame evidence by voice, and the noise of a set's macro-F1 (twenty-third round).

Two development checks of the generic-frame detector (``analysis/lexicons/frames/README.md``,
twenty-third round):

- :func:`voice_scores` — a frame's score with the evidence of each voice weighted (the
  journalist's own words, ``author``; inside a quotation, ``quoted``; reported speech,
  ``reported``: :attr:`analysis.detect.frames.FrameEvidence.voice`).  With every weight 1 it is
  the detector's score; a weight below 1 asks whether evidence in that voice misleads.  The
  sets scored this way go to :func:`analysis.evaluation.frames_fit.leave_one_set_out_versions`.
- :func:`macro_bootstrap` — how much a set's macro-F1 over the five frames varies with its
  articles: is the gap between a dev half and its held-out half noise?

Only development data is passed to these functions; the held-out halves are scored by
:func:`analysis.evaluation.frames.evaluate_frames` alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from ..detect.frames import Battery, default_battery
from ..detect.frames.evidence import match_frames, text_voices
from ..text.segment import split_sentences
from .frames import FRAMES
from .frames_choice import rotation_verdict
from .frames_fit import leave_one_set_out_versions

#: The voices a piece of frame evidence can have.
VOICES = ("author", "quoted", "reported")

#: The variants of the twenty-third round: voice -> weight of its evidence.
VARIANTS: dict[str, dict[str, float]] = {
    "quoted 0.5": {"quoted": 0.5},
    "reported 0.5": {"reported": 0.5},
    "non-author 0.5": {"quoted": 0.5, "reported": 0.5},
    "quoted 0": {"quoted": 0.0},
}

#: The rule each frame's threshold follows in ``decision.csv`` (rounds 14-17) and the sets it
#: is fitted on: the "own rule" reading of :func:`voice_verdict`.
OWN_RULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "responsibility": ("safe", ("synthetic", "semeval", "frermann", "batch", "batch2", "batch3")),
    "human_interest": ("safe", ("synthetic", "semeval", "frermann", "batch", "batch2")),
    "conflict": ("safe", ("synthetic", "semeval", "frermann", "batch", "batch2", "batch3")),
    "morality": ("safe", ("synthetic", "semeval", "frermann", "batch", "batch2")),
    "economic": ("mean", ("synthetic", "semeval", "frermann")),
}


def voice_evidence(texts: Iterable[str], *, battery: Battery | None = None) -> list[list]:
    """Per text, its frame evidence as :func:`analysis.evaluation.frames.profile_table` finds it
    (sentences and the three voices of :func:`~analysis.detect.frames.evidence.text_voices`)."""
    battery = battery or default_battery()
    out = []
    for text in texts:
        sentences = split_sentences(text)
        out.append(match_frames(text, battery, sentences=sentences, voices=text_voices(text)))
    return out


def voice_scores(
    df: pd.DataFrame,
    evidence: list[list],
    frame: str,
    weights: Mapping[str, float],
    *,
    battery: Battery | None = None,
) -> pd.DataFrame:
    """``df`` with ``<frame>_score`` recomputed with each voice's evidence weighted.

    Parameters
    ----------
    df
        A set joined with its ``profile_table`` (``n_sentences``, ``n_words``, ``gold_<frame>``).
    evidence
        :func:`voice_evidence` of ``df["text"]`` (same rows, same order).
    frame
        The frame to rescore.
    weights
        Voice -> multiplier of the question's weight; a voice not given weighs 1.
    battery
        Question weights, length power and unit (``None``: the default battery).

    Examples
    --------
    >>> t = "Officials said the plan would cost $2bn. It cost $1bn."
    >>> df = pd.DataFrame({"text": [t], "n_sentences": [2], "n_words": [11]})
    >>> ev = voice_evidence(df["text"])
    >>> float(voice_scores(df, ev, "economic", {})["economic_score"].iloc[0])  # E1 + E2, twice
    4.0
    >>> float(voice_scores(df, ev, "economic", {"reported": 0.5})["economic_score"].iloc[0])
    3.0
    """
    battery = battery or default_battery()
    unknown = set(weights) - set(VOICES)
    if unknown:
        raise ValueError(f"unknown voice(s) {sorted(unknown)}: one of {VOICES}")
    qw = battery.question_weights
    raw = np.array(
        [
            sum(qw.get(e.question, 1.0) * weights.get(e.voice, 1.0) for e in ev if e.frame == frame)
            for ev in evidence
        ],
        dtype=float,
    )
    unit = "n_words" if battery.length_unit(frame) == "words" else "n_sentences"
    length = df[unit].clip(lower=1).to_numpy(float) ** battery.length_power(frame)
    return df.assign(**{f"{frame}_score": raw / length})


def macro_bootstrap(
    df: pd.DataFrame, frames: Iterable[str] = FRAMES, *, repeats: int = 2000, seed: int = 0
) -> dict[str, float]:
    """The macro-F1 of ``df`` (the detector's ``<frame>_present`` against ``gold_<frame>``) and
    its spread over ``repeats`` resamples of the articles with replacement (seeded).

    Returns ``macro_f1``, ``sd``, ``p025`` and ``p975``.  The standard deviation of the
    difference between two independent halves of one set is about ``sd * sqrt(2)`` (each half
    the size of ``df``).

    Examples
    --------
    >>> gold = [True, False, True, False] * 5
    >>> df = pd.DataFrame({"gold_economic": gold, "economic_present": gold})
    >>> r = macro_bootstrap(df, ["economic"], repeats=100)
    >>> r["macro_f1"], r["sd"]
    (1.0, 0.0)
    """
    frames = list(frames)
    rng = np.random.RandomState(seed)
    pred = np.stack([df[f"{f}_present"].to_numpy(bool) for f in frames])
    gold = np.stack([df[f"gold_{f}"].to_numpy(bool) for f in frames])

    def macro(p: np.ndarray, g: np.ndarray) -> np.ndarray:
        tp = (p & g).sum(axis=-1)
        denom = p.sum(axis=-1) + g.sum(axis=-1)
        return np.where(denom > 0, 2 * tp / np.maximum(denom, 1), 0.0).mean(axis=0)

    idx = rng.randint(0, pred.shape[1], size=(repeats, pred.shape[1]))
    draws = macro(pred[:, idx], gold[:, idx])
    return {
        "macro_f1": float(macro(pred, gold)),
        "sd": float(draws.std()),
        "p025": float(np.percentile(draws, 2.5)),
        "p975": float(np.percentile(draws, 97.5)),
    }


def voice_verdict(
    dev: Mapping[str, pd.DataFrame],
    evidence: Mapping[str, list[list]],
    *,
    variants: Mapping[str, Mapping[str, float]] = VARIANTS,
    min_up: int = 5,
    halves: int = 100,
) -> pd.DataFrame:
    """Each voice variant against today's evidence, every development set left out in turn,
    in two readings: thresholds by rule ``safe`` on the other sets, and by the rule and sets
    the frame follows today (:data:`OWN_RULES`).  ``keep``: up on at least ``min_up`` left-out
    sets and below the half-split noise on none (:func:`~analysis.evaluation.frames_choice.
    rotation_verdict`); a variant is kept only if it keeps in both readings.

    ``dev``: set name -> the set joined with its ``profile_table`` (development rows only);
    ``evidence``: set name -> :func:`voice_evidence` of its texts.
    """
    rows = []
    for name, weights in variants.items():
        for frame in FRAMES:
            new = {k: voice_scores(d, evidence[k], frame, weights) for k, d in dev.items()}
            rule, own = OWN_RULES[frame]
            for reading, (r, fit) in {"safe": ("safe", None), "own rule": (rule, own)}.items():
                t = leave_one_set_out_versions(dev, new, frame, rule=r, fit_sets=fit, halves=halves)
                v = rotation_verdict(t, min_up=min_up).iloc[0]
                rows.append(
                    {"variant": name, "reading": reading, "frame": frame, "up": int(v["up"])}
                    | {"hurt": int(v["hurt"]), "keep": bool(v["keep"])}
                    | {"mean_delta": float(t["delta"].mean())}
                    | {"worst_margin_base": float((t["f1_base"] - t["baseline_f1"]).min())}
                    | {"worst_margin": float((t["f1"] - t["baseline_f1"]).min())}
                    | {f"delta_{k}": float(d) for k, d in zip(t["left_out"], t["delta"])}
                )
    return pd.DataFrame(rows)
