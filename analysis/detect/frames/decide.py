"""The frame decision: from the evidence sentences to present / absent, with a score.

Decision rule (the parameters are data: ``questions.csv`` ``weight``, ``decision.csv``
``threshold`` and ``length_power``)::

    score(frame) = sum of weight(question) over the frame's evidence (one per question and
                   sentence) / (number of sentences of the text) ** length_power(frame)
    present      = score >= threshold(frame)

Why this rule: Semetko & Valkenburg's coders answer each question yes or no for the whole story,
so a frame needs evidence, and more evidence is stronger; but a long story offers more chances
for a stray cue.  ``length_power`` says how much length is discounted: 0 a count of weighted
evidence, 0.5 per square root of the length (the default), 1 a share of sentences.  Each frame's
power was chosen on the development halves with
:func:`analysis.evaluation.frames_choice.choose_length_powers` (2026-12-04, third revision): the
threshold fitted on one half of the dev rows of the three sets (synthetic, SemEval, Frermann et
al. 2023) and F1 scored on the other half, 100 random halvings; the power with the best mean
F1 that loses no more than 0.03 on any set against that set's best power, and a power above 0
rather than a count when the count's lead is within noise (a count's threshold depends on how
long a corpus's stories are).  Chosen: responsibility 0.25, human interest, conflict and
morality 0.75 (morality 0.25 until the fifth revision re-ran the protocol; its powers 0 to 0.75
are within 0.005 of each other), economic 0 (a count: every power above 0 lost 0.065 or more F1
on SemEval).  Question weights other than 1,
all chosen on development halves only: a government actor (R1) and a solution (R3) weigh half
(those words occur in most news and did not separate responsibility-framed stories); in human
interest, how individuals and groups are affected (H3) weighs 1.5, feelings (H2) 0.5, a human
example (H1) and private lives (H4) 0.25 (H3 was the one question that separated on all three
development sets — synthetic, SemEval, Frermann et al. 2023 — while a first person in a
quotation or a family word fires in most opinion and political news); social prescriptions
(M3) weigh 0.5.  Rules tried on the three development sets and left out (mean dev F1 of the
frame not better, thresholds re-chosen each time): at least two evidence sentences, or two
distinct questions, before a frame can be present (conflict 0.68 -> 0.65 / 0.61; it does not
stop conflict firing on most synthetic stories, which mention some dispute whatever their
frame); the number of distinct questions answered (responsibility); evidence in the lead
sentences weighted up.  Thresholds are > 0, so a present frame always carries at least one
evidence sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from ...text.segment import split_sentences
from .battery import Battery, default_battery
from .evidence import FrameEvidence, Voices, match_frames, text_voices

__all__ = ["FrameDecision", "decide_frames", "frame_profile", "frame_score", "evidence_weight"]


class FrameDecision(NamedTuple):
    """The decision on one frame of one text.

    Attributes
    ----------
    frame : str
    present : bool
        ``score >= threshold``.
    score : float
        Weighted evidence, divided by the number of sentences to the frame's
        ``length_power`` (``decision.csv``; per square root when it gives none).
    threshold : float
        The threshold of the frame (``decision.csv``).
    questions : tuple of str
        The questions answered (ids, battery order).
    evidence : tuple of FrameEvidence
        Every evidence sentence of the frame, in text order.
    """

    frame: str
    present: bool
    score: float
    threshold: float
    questions: tuple[str, ...]
    evidence: tuple[FrameEvidence, ...]


def frame_score(
    evidence: Iterable[FrameEvidence],
    battery: Battery,
    n_sentences: int,
    *,
    frame: str | None = None,
) -> float:
    """The score of one frame's evidence (see the module docstring).

    ``frame``: whose length normalisation applies (``None``: the frame of the evidence; no
    evidence scores 0 whatever the normalisation).

    Examples
    --------
    >>> from analysis.detect.frames import find_frames
    >>> ev = [e for e in find_frames("It will cost $5m. Prices rose.") if e.frame == "economic"]
    >>> frame_score(ev, default_battery(), 2)  # economic: a count (E1 + E2 + E2)
    3.0
    >>> ev = [e for e in find_frames("It was their fault. Act now.") if e.frame == "responsibility"]
    >>> round(frame_score(ev, default_battery(), 16), 3)  # R4 + R5 per fourth root of 16
    1.0
    """
    evidence = list(evidence)
    if not evidence:
        return 0.0
    power = battery.length_power(frame if frame is not None else evidence[0].frame)
    return evidence_weight(evidence, battery) / max(1, n_sentences) ** power


def evidence_weight(evidence: Iterable[FrameEvidence], battery: Battery) -> float:
    """The weighted evidence of a frame before the length normalisation: the sum of the weights
    (``questions.csv``) of the questions its evidence sentences answer.

    Examples
    --------
    >>> from analysis.detect.frames import find_frames
    >>> ev = [e for e in find_frames("It will cost $5m. Prices rose.") if e.frame == "economic"]
    >>> evidence_weight(ev, default_battery())
    3.0
    """
    weight = {q.id: q.weight for q in battery.questions}
    return float(sum(weight.get(e.question, 1.0) for e in evidence))


def decide_frames(
    evidence: Sequence[FrameEvidence], battery: Battery, *, n_sentences: int
) -> dict[str, FrameDecision]:
    """Decide every frame of the battery from the evidence of one text.

    Parameters
    ----------
    evidence
        From :func:`~analysis.detect.frames.evidence.match_frames` (or ``find_frames``).
    battery
        The battery the evidence came from (weights and thresholds).
    n_sentences
        Sentences of the text (the length normalisation).

    Returns
    -------
    dict
        Frame -> :class:`FrameDecision`, in the battery's frame order.
    """
    order = {q.id: i for i, q in enumerate(battery.questions)}
    out: dict[str, FrameDecision] = {}
    for frame in battery.frames:
        ev = tuple(e for e in evidence if e.frame == frame)
        score = frame_score(ev, battery, n_sentences, frame=frame)
        threshold = battery.thresholds[frame]
        out[frame] = FrameDecision(
            frame=frame,
            present=bool(ev) and score >= threshold,
            score=round(score, 6),
            threshold=threshold,
            questions=tuple(sorted({e.question for e in ev}, key=order.__getitem__)),
            evidence=ev,
        )
    return out


def frame_profile(
    text: str,
    *,
    battery: Battery | None = None,
    quotes: Iterable[Any] | None = None,
    voices: Voices | None = None,
) -> dict[str, FrameDecision]:
    """The five generic frames of a text: present or not, a score, and the evidence sentences.

    Parameters
    ----------
    text
        The text (usually a cleaned article body).
    battery
        The battery (``None``: the generic one; see
        :func:`analysis.detect.frames.load_battery` for topic packs and your own cues).
    quotes, voices
        As for :func:`analysis.find_frames` (both ``None``: the three voices, from the
        quotations and attributions found in ``text``).

    Returns
    -------
    dict
        ``responsibility``, ``human_interest``, ``conflict``, ``morality``, ``economic`` ->
        :class:`FrameDecision` (``present``, ``score``, ``threshold``, ``questions``,
        ``evidence``).  A present frame always has evidence, and every evidence span
        round-trips: ``text[e.start:e.end] == e.text``.

    Examples
    --------
    >>> p = frame_profile("Investors lost $2bn as the shares fell. Prices and costs rose. "
    ...                   "The budget will cost taxpayers $5bn. Profits fell.")
    >>> p["economic"].present, p["economic"].questions, p["morality"].present
    (True, ('E1', 'E2', 'E3'), False)
    >>> [e.text for e in p["economic"].evidence][:1]
    ['Investors lost $2bn as the shares fell.']
    """
    battery = battery if battery is not None else default_battery()
    if voices is None:
        voices = text_voices(text, quotes)
    sentences = split_sentences(text)
    evidence = match_frames(text, battery, sentences=sentences, voices=voices)
    return decide_frames(evidence, battery, n_sentences=len(sentences))
