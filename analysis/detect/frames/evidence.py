"""Evidence for the generic frames: the sentences that answer the battery's questions.

A question is answered by a sentence that contains the cue classes of one of its alternatives
(:mod:`analysis.detect.frames.battery`).  Each answer is a :class:`FrameEvidence`: the frame, the
question, the sentence (offsets into the analysed text) and the cues in it, with the voice of
those cues — so a reader can check every decision against the words that triggered it.

Voice
-----
The three voices of the other detectors (:mod:`analysis.detect.voice`): ``quoted`` inside a
quotation (direct speech, a scare quote, speech printed after a dash), ``reported`` inside
indirect speech attributed to a source ("officials said the plan would cost …"), else
``author``.  The ``voices`` argument takes a :class:`~analysis.detect.voice.VoiceSpans` (what
:func:`analysis.detect.voice.voice_spans` builds; the pipeline passes the one it built for the
markers) or any ``(start, end, voice)`` spans.  An evidence sentence takes the voice of its
cues when they share one, else ``author`` (the outlet's own words take part).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from ...text.matcher import KeyHits
from ...text.segment import split_sentences
from .battery import Battery, Condition, default_battery

__all__ = [
    "Cue",
    "FrameEvidence",
    "find_frames",
    "match_frames",
    "quote_voices",
    "text_voices",
    "find_cues",
]


class Cue(NamedTuple):
    """One cue in a text: ``text[start:end]`` is the cue as written."""

    start: int
    end: int
    text: str
    cue_class: str
    voice: str


class FrameEvidence(NamedTuple):
    """One answer to a battery question: a sentence and the cues that answer it.

    Attributes
    ----------
    frame : str
        ``responsibility``, ``human_interest``, ``conflict``, ``morality`` or ``economic``.
    question : str
        The question's id (``R1`` … ``E3``; wording in ``questions.csv``).
    start, end : int
        Offsets of the sentence in the analysed text; ``text[start:end] == evidence.text``.
    text : str
        The sentence.
    voice : str
        ``author``, ``quoted`` (every cue inside a quotation) or ``reported`` (every cue in
        reported speech, when a voice hook gives it).
    cues : tuple of Cue
        The cues that answer the question (offsets into the same text).
    """

    frame: str
    question: str
    start: int
    end: int
    text: str
    voice: str
    cues: tuple[Cue, ...]


def quote_voices(quotes: Iterable[Any]) -> list[tuple[int, int, str]]:
    """Voice spans of quotations: ``(start, end, "quoted")`` for each quote.

    Examples
    --------
    >>> from types import SimpleNamespace as Q
    >>> quote_voices([Q(start=3, end=9)])
    [(3, 9, 'quoted')]
    """
    return [(int(q.start), int(q.end), "quoted") for q in quotes]


def text_voices(text: str, quotes: Iterable[Any] | None = None) -> Any:
    """The voices of a text for the frame evidence.

    ``quotes=None``: all three voices, from the quotations and attributions found in ``text``
    (:func:`analysis.detect.quotes.analyse_quotes`, :func:`analysis.detect.voice.voice_spans`);
    given quotes: ``quoted`` and ``author`` only (no attribution information).

    Examples
    --------
    >>> t = "Officials said the plan would cost $2bn. It cost $1bn."
    >>> v = text_voices(t)
    >>> v.voice_at(t.index("plan")), v.voice_at(t.index("$1bn"))
    ('reported', 'author')
    """
    if quotes is not None:
        return quote_voices(quotes)
    from ..quotes import analyse_quotes
    from ..voice import voice_spans

    found, attributions = analyse_quotes(text)
    return voice_spans(text, found, attributions)


#: What the ``voices`` arguments take: a :class:`~analysis.detect.voice.VoiceSpans` (anything
#: with ``voice_at(offset)``) or ``(start, end, voice)`` spans.
Voices = Any


def _voice_lookup(voices: Voices):
    """A function offset -> voice (``author`` outside every span; the first span wins)."""
    if hasattr(voices, "voice_at"):
        return voices.voice_at
    spans = sorted(voices)
    starts = [s for s, _, _ in spans]

    def voice_at(pos: int) -> str:
        i = bisect.bisect_right(starts, pos) - 1
        while i >= 0:
            s, e, v = spans[i]
            if s <= pos < e:
                return v
            if i == 0 or spans[i - 1][1] <= pos:  # spans do not nest deeper than one level
                break
            i -= 1
        return "author"

    return voice_at


def find_cues(
    text: str,
    battery: Battery,
    voices: Voices = (),
    *,
    hits: KeyHits | None = None,
) -> list[Cue]:
    """Every cue of the battery in ``text``, in text order (guards removed).

    Examples
    --------
    >>> [(c.text, c.cue_class) for c in find_cues("It cost $5m, three days in a row.",
    ...                                           default_battery())]
    [('cost', 'cost'), ('5m', 'money')]
    """
    voice_at = _voice_lookup(voices) if voices is not None and len(voices) else None
    out: list[Cue] = []
    new = tuple.__new__  # Cue(...) is a Python-level __new__: ~60 cues an article
    entries_of = battery.cue_entries
    for m in battery.cues.scanner.finditer(text, hits=hits):
        entries = entries_of(m)
        if not entries or entries[0].category == "guard":
            continue
        s, e = m.span()
        voice = voice_at(s) if voice_at is not None else "author"
        word = m.group()
        for en in entries:  # Cue(start, end, text, cue_class, voice)
            out.append(new(Cue, (s, e, word, en.subcategory, voice)))
    return out


def _satisfy(alt: tuple[Condition, ...], by_class: dict[str, list[Cue]]) -> tuple[Cue, ...] | None:
    """The cues that meet every condition of one alternative, or None."""
    chosen: list[Cue] = []
    for cond in alt:
        voice = cond.voice
        for c in by_class[cond.cue_class]:  # the first cue of the class in that voice, unused
            if (voice is None or c.voice == voice) and c not in chosen:
                chosen.append(c)
                break
        else:
            return None
    return tuple(chosen)


def _sentence_evidence(
    text: str, span: tuple[int, int], cues: list[Cue], battery: Battery
) -> list[FrameEvidence]:
    by_class: dict[str, list[Cue]] = {}
    for c in cues:
        by_class.setdefault(c.cue_class, []).append(c)
    present = set(by_class)  # a set: "needs <= present" is a C subset test (not via dict keys)
    s, e = span
    out = []
    index = battery.rules_by_class
    rules = battery.rules
    candidates = sorted({i for c in present for i in index.get(c, ())})
    for i in candidates:  # only the questions a class of this sentence can answer, in order
        q, alts = rules[i]
        for needs, alt in alts:
            if not needs <= present:  # most alternatives fail here, before any cue is looked at
                continue
            got = _satisfy(alt, by_class)
            if got is not None:
                voices = {c.voice for c in got}
                voice = voices.pop() if len(voices) == 1 else "author"
                # FrameEvidence(frame, question, start, end, text, voice, cues)
                out.append(
                    tuple.__new__(FrameEvidence, (q.frame, q.id, s, e, text[s:e], voice, got))
                )
                break
    return out


def match_frames(
    text: str,
    battery: Battery,
    *,
    sentences: Sequence[tuple[int, int]],
    voices: Voices = (),
    hits: KeyHits | None = None,
) -> list[FrameEvidence]:
    """The evidence of ``text`` given its sentences and voice spans (the engine of
    :func:`find_frames`; the per-article pipeline passes what it has computed already).

    Parameters
    ----------
    text
        The text (a cleaned article body).
    battery
        From :func:`~analysis.detect.frames.battery.load_battery`.
    sentences
        ``(start, end)`` sentence spans of ``text`` (:func:`analysis.text.split_sentences`).
    voices
        A :class:`~analysis.detect.voice.VoiceSpans` or ``(start, end, voice)`` spans
        (:func:`text_voices`, :func:`quote_voices`).
    hits
        Key positions of ``text`` from a :class:`~analysis.text.matcher.KeyIndex` that includes
        the battery's cue scanner (saves a pass).

    Returns
    -------
    list of FrameEvidence
        In text order, then in battery order within a sentence; at most one per question and
        sentence.
    """
    cues = find_cues(text, battery, voices, hits=hits)
    if not cues:
        return []
    starts = [s for s, _ in sentences]
    groups: dict[int, list[Cue]] = {}
    for c in cues:
        k = bisect.bisect_right(starts, c.start) - 1
        if k >= 0 and c.start < sentences[k][1]:
            groups.setdefault(k, []).append(c)
    out: list[FrameEvidence] = []
    for k in sorted(groups):
        out.extend(_sentence_evidence(text, sentences[k], groups[k], battery))
    return out


def find_frames(
    text: str,
    *,
    battery: Battery | None = None,
    quotes: Iterable[Any] | None = None,
    voices: Voices | None = None,
) -> list[FrameEvidence]:
    """Find the sentences that answer the generic-frame questions (Semetko & Valkenburg 2000).

    Parameters
    ----------
    text
        The text (usually a cleaned article body).
    battery
        The question battery and its cues (``None``: the generic battery; add topic-pack cues
        with :func:`analysis.detect.frames.load_battery`).
    quotes
        Quote spans (objects with ``start``/``end``): only the quoted and authorial voices;
        ``None``: all three voices, from the quotations and attributions found in ``text``
        (:func:`text_voices`).
    voices
        A :class:`~analysis.detect.voice.VoiceSpans` or ``(start, end, voice)`` spans, used
        instead of ``quotes``.

    Returns
    -------
    list of FrameEvidence
        ``text[ev.start:ev.end] == ev.text`` for every item, and likewise for each cue.

    Examples
    --------
    >>> t = ("Critics accused the minister of wasting money. "
    ...      "The plan will cost taxpayers $2bn, officials said.")
    >>> [(e.frame, e.question) for e in find_frames(t)]
    [('conflict', 'C2'), ('economic', 'E1'), ('economic', 'E1'), ('economic', 'E2')]
    >>> ev = find_frames(t)[0]
    >>> t[ev.start:ev.end] == ev.text, [c.text for c in ev.cues]
    (True, ['Critics'])
    """
    battery = battery if battery is not None else default_battery()
    if voices is None:
        voices = text_voices(text, quotes)
    return match_frames(text, battery, sentences=split_sentences(text), voices=voices)
