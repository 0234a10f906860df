"""The frame decision: from the evidence sentences to present / absent, with a score.

Decision rule (the parameters are data: ``questions.csv`` ``weight``, ``decision.csv``
``threshold``, ``length_power`` and ``length_unit``)::

    score(frame) = sum of weight(question) over the frame's evidence (one per question and
                   sentence) / (length of the text) ** length_power(frame)
    present      = score >= threshold(frame)

where the length counts the text's sentences, or, for a frame whose ``length_unit`` is
``words``, its words (word tokens as readability counts them:
:func:`~analysis.detect.frames.battery.count_words`).

Why this rule: Semetko & Valkenburg's coders answer each question yes or no for the whole story,
so a frame needs evidence, and more evidence is stronger; but a long story offers more chances
for a stray cue.  ``length_power`` says how much length is discounted: 0 a count of weighted
evidence, 0.5 per square root of the length (the default), 1 a share.  Each frame's
power was chosen on the development halves with
:func:`analysis.evaluation.frames_choice.choose_length_powers` (2026-12-04, third revision): the
threshold fitted on one half of the dev rows of the three sets (synthetic, SemEval, Frermann et
al. 2023) and F1 scored on the other half, 100 random halvings; the power with the best mean
F1 that loses no more than 0.03 on any set against that set's best power, and a power above 0
rather than a count when the count's lead is within noise (a count's threshold depends on how
long a corpus's stories are).  Chosen: responsibility 0.25, human interest, conflict and
morality 0.75 (morality 0.25 until the fifth revision re-ran the protocol; its powers 0 to 0.75
are within 0.005 of each other), economic 0 (a count: every power above 0 lost 0.065 or more F1
on SemEval).  The unit of the length (twelfth round, 2026-12-06) was chosen per frame by
:func:`analysis.evaluation.frames_choice.leave_one_set_out`: the threshold fitted on the dev
halves of two sets and scored on the third, each set left out in turn; words transfer better
than sentences for human interest and morality (up on the left-out set in all three rotations:
how a corpus is cut into sentences — headlines glued to the first sentence, lines of a web
page — differs more between corpora than its words do), sentences for responsibility and
conflict (words lost beyond noise on two of the three left-out sets).  Question weights other
than 1,
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
sentences weighted up; and, by leave-one-set-out (twelfth round), a share of sentences with
evidence, two distinct questions, lead sentences weighted or sufficient, a count within a
window of sentences or within the first sentences, an offset per sentence.  Thresholds are
> 0, so a present frame always carries at least one evidence sentence.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from ...text.segment import split_sentences
from .battery import Battery, count_words, default_battery
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
        Weighted evidence, divided by the length of the text (sentences, or words for a
        frame whose ``length_unit`` is ``words``) to the frame's ``length_power``
        (``decision.csv``; per square root when it gives none); reported to 6 decimals, or 6
        significant digits below 0.1 (the decision uses the unrounded score).
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
    n_words: int | None = None,
) -> float:
    """The score of one frame's evidence (see the module docstring).

    ``frame``: whose length normalisation applies (``None``: the frame of the evidence; no
    evidence scores 0 whatever the normalisation).  ``n_words``: the words of the text
    (:func:`~analysis.detect.frames.battery.count_words`), needed when the frame's
    ``length_unit`` is ``words``.

    Raises
    ------
    ValueError
        The frame's length counts words and ``n_words`` is not given.

    Examples
    --------
    >>> from analysis.detect.frames import find_frames
    >>> ev = [e for e in find_frames("It will cost $5m. Prices rose.") if e.frame == "economic"]
    >>> frame_score(ev, default_battery(), 2)  # economic: a count (E1 + E2 + E2)
    3.0
    >>> ev = [e for e in find_frames("It was their fault. Act now.") if e.frame == "responsibility"]
    >>> round(frame_score(ev, default_battery(), 16), 3)  # R4 + R5 per fourth root of 16
    1.0
    >>> ev = [e for e in find_frames("We grieve. Pray.") if e.frame == "human_interest"]
    >>> frame_score(ev, default_battery(), 2, n_words=16)  # H2 (0.5) per word, 16 words
    0.03125
    """
    evidence = list(evidence)
    if not evidence:
        return 0.0
    frame = frame if frame is not None else evidence[0].frame
    length = n_sentences
    if battery.length_unit(frame) == "words":
        if n_words is None:
            raise ValueError(f"the length of {frame} counts words: pass n_words")
        length = n_words
    return evidence_weight(evidence, battery) / max(1, length) ** battery.length_power(frame)


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
    weight = battery.question_weights
    return float(sum(weight.get(e.question, 1.0) for e in evidence))


def decide_frames(
    evidence: Sequence[FrameEvidence],
    battery: Battery,
    *,
    n_sentences: int,
    n_words: int | None = None,
) -> dict[str, FrameDecision]:
    """Decide every frame of the battery from the evidence of one text.

    Parameters
    ----------
    evidence
        From :func:`~analysis.detect.frames.evidence.match_frames` (or ``find_frames``).
    battery
        The battery the evidence came from (weights and thresholds).
    n_sentences, n_words
        Sentences and words of the text (the length normalisation: words,
        :func:`~analysis.detect.frames.battery.count_words`, for the frames whose
        ``length_unit`` is ``words``; ``None`` is an error only for those).

    Returns
    -------
    dict
        Frame -> :class:`FrameDecision`, in the battery's frame order.
    """
    order = battery.question_order
    by_frame: dict[str, list[FrameEvidence]] = {}
    for e in evidence:  # one pass, text order kept within each frame
        by_frame.setdefault(e.frame, []).append(e)
    out: dict[str, FrameDecision] = {}
    for frame in battery.frames:
        ev = tuple(by_frame.get(frame, ()))
        score = frame_score(ev, battery, n_sentences, frame=frame, n_words=n_words)
        threshold = battery.thresholds[frame]
        out[frame] = FrameDecision(
            frame=frame,
            present=bool(ev) and score >= threshold,
            score=_rounded(score),
            threshold=threshold,
            questions=tuple(sorted({e.question for e in ev}, key=order.__getitem__)),
            evidence=ev,
        )
    return out


def _rounded(score: float) -> float:
    """The score as reported: 6 decimals, or 6 significant digits below 0.1 (a score per word
    is small), so that scores at or above 0.1 read as before the twelfth round."""
    if score <= 0:
        return 0.0
    return round(score, max(6, 5 - math.floor(math.log10(score))))


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
    return decide_frames(evidence, battery, n_sentences=len(sentences), n_words=count_words(text))
