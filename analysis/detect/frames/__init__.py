"""Generic news frames (Semetko & Valkenburg 2000) with the sentences that show them.

``battery``   the question battery and its cues, loaded from ``analysis/lexicons/frames/``
``evidence``  :func:`find_frames`: the sentences that answer each question (``FrameEvidence``)
``decide``    :func:`frame_profile`: per frame, present or not, a score and its evidence
``features``  the per-article frame columns of ``featurize``
"""

from .battery import FRAMES, Battery, Question, count_words, default_battery, load_battery
from .decide import FrameDecision, decide_frames, evidence_weight, frame_profile, frame_score
from .evidence import Cue, FrameEvidence, find_cues, find_frames, match_frames, quote_voices
from .features import frame_columns, frame_features

__all__ = [
    "FRAMES",
    "Battery",
    "Question",
    "load_battery",
    "default_battery",
    "count_words",
    "Cue",
    "FrameEvidence",
    "find_cues",
    "find_frames",
    "match_frames",
    "quote_voices",
    "FrameDecision",
    "decide_frames",
    "evidence_weight",
    "frame_profile",
    "frame_score",
    "frame_features",
    "frame_columns",
]
