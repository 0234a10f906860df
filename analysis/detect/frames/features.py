"""The per-article frame columns of ``featurize`` (documented in ``docs/features.md``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .battery import FRAMES
from .decide import FrameDecision

__all__ = ["frame_features", "frame_columns", "EVIDENCE_VOICES"]

#: The voices the evidence columns count (those of :mod:`analysis.detect.voice`).
EVIDENCE_VOICES: tuple[str, ...] = ("author", "quoted", "reported")


def frame_columns(frames: Sequence[str] = FRAMES) -> list[str]:
    """The frame columns, in order.

    Examples
    --------
    >>> frame_columns(["economic"])  # doctest: +NORMALIZE_WHITESPACE
    ['n_frames', 'frame_economic', 'frame_economic_score', 'frame_economic_questions',
     'frame_economic_evidence_author', 'frame_economic_evidence_quoted',
     'frame_economic_evidence_reported']
    """
    cols = ["n_frames"]
    for f in frames:
        cols += [f"frame_{f}", f"frame_{f}_score", f"frame_{f}_questions"]
        cols += [f"frame_{f}_evidence_{v}" for v in EVIDENCE_VOICES]
    return cols


def frame_features(profile: Mapping[str, FrameDecision]) -> dict[str, float]:
    """The frame columns of one article from its :func:`~analysis.frame_profile`.

    Parameters
    ----------
    profile
        Frame -> :class:`~analysis.detect.frames.decide.FrameDecision`.

    Returns
    -------
    dict
        ``n_frames`` (frames present); per frame ``frame_<f>`` (1.0 present, 0.0 absent),
        ``frame_<f>_score`` (the decision score), ``frame_<f>_questions`` (questions answered)
        and ``frame_<f>_evidence_<voice>`` (evidence sentences, one per question and sentence,
        whose cues are in that voice; mixed-voice evidence counts as ``author``).

    Examples
    --------
    >>> from analysis.detect.frames import frame_profile
    >>> text = "It cost $5m. Prices rose. Investors lost $2bn. Wages fell."
    >>> f = frame_features(frame_profile(text, quotes=[]))
    >>> f["frame_economic"], f["frame_economic_questions"], f["n_frames"]
    (1.0, 3.0, 1.0)
    """
    out: dict[str, float] = {"n_frames": float(sum(d.present for d in profile.values()))}
    for f, d in profile.items():
        out[f"frame_{f}"] = 1.0 if d.present else 0.0
        out[f"frame_{f}_score"] = float(d.score)
        out[f"frame_{f}_questions"] = float(len(d.questions))
        for v in EVIDENCE_VOICES:
            out[f"frame_{f}_evidence_{v}"] = float(sum(e.voice == v for e in d.evidence))
    return out
