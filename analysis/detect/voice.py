"""Voice: whose words a span of an article is — the outlet's, a quotation's, or a reported source's.

Three voices, for every marker and every voice-split feature:

``quoted``
    inside quotation marks (direct quotations and scare quotes: the quote spans of
    :func:`analysis.find_quotes`);
``reported``
    inside indirect speech attributed to a source, outside quotation marks: the content of a
    reporting verb (``Peskov claimed Russia had been forced to …``), of ``according to X``,
    of a labelling frame (``denounced by Kyiv as an immoral stunt``, ``what Moscow calls a
    special military operation``) or of a claim noun (``the claim that …``);
``author``
    everything else: the outlet's own words.

Quoted wins over reported (a quotation inside reported speech is quoted), reported over author.

Where the reported content comes from
-------------------------------------
An attribution record that carries its content span (fields ``content_start`` /
``content_end``, ``-1`` when it has none; branch i18) contributes that span; unless its ``kind``
is ``direct`` (the content is the quotation), the provisional rule below adds its clause too
(on the hit audit the union recognised more reported hits than either alone: held-out 0.71 vs
0.61 with the record's span only and 0.75 with the rule only before the merge).  The rule:

* ``according to X``: at the start of its sentence, the rest of the sentence after ``X``;
  elsewhere, the sentence up to ``according to``;
* a reporting verb at the end of its sentence after a comma (``…, the official said.``) or set
  off by commas in its middle (``Russia, Peskov said, is ready …``): the rest of the sentence;
* otherwise the clause the verb governs: from the verb to the end of its sentence (or ``;``),
  unless a quotation mark or a colon follows the verb (then the content is the quotation).
  Verbs of subcategory ``quote_only`` (``continued``) govern no clause.

The frames of ``analysis/lexicons/voice_frames.csv`` (regular expressions with provenance)
add the reported constructions that have no reporting verb with a clause.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from ..lexicons import read_table
from ..text.segment import sentence_span
from ..text.words import WORD

__all__ = [
    "VOICES",
    "VoiceSpans",
    "merge_spans",
    "Frame",
    "load_frames",
    "reported_spans",
    "voice_spans",
    "reported_word_count",
]

#: The three voices, in the order features list them.
VOICES: tuple[str, ...] = ("author", "quoted", "reported")

_NO_CLAUSE = frozenset({"quote_only"})
_QUOTE_OR_COLON = re.compile(r"\s*[:\"'“‘«]")
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]|\s-\s")
_SENTENCE_STOP = re.compile(r";")
_LEAD = re.compile(r"[\s,:;\-—–]+")
_TRAIL = re.compile(r"[\s,:;\-—–]+$")
_TAIL_WORDS = 6


class VoiceSpans(NamedTuple):
    """Merged quotation spans and reported-speech spans of one text.

    Attributes
    ----------
    quoted, reported : tuple of (list of int, list of int)
        Sorted, non-overlapping starts and ends.
    """

    quoted: tuple[list[int], list[int]]
    reported: tuple[list[int], list[int]]

    def voice_at(self, pos: int) -> str:
        """The voice of the character at ``pos``.

        Examples
        --------
        >>> v = VoiceSpans(([10], [20]), ([0], [30]))
        >>> v.voice_at(12), v.voice_at(25), v.voice_at(40)
        ('quoted', 'reported', 'author')
        """
        if _inside(self.quoted, pos):
            return "quoted"
        if _inside(self.reported, pos):
            return "reported"
        return "author"


def _inside(bounds: tuple[list[int], list[int]], pos: int) -> bool:
    starts, ends = bounds
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def merge_spans(spans: Iterable[Any]) -> tuple[list[int], list[int]]:
    """Starts and ends of spans (objects with ``start``/``end`` or ``(start, end)`` tuples),
    sorted, overlapping ones merged.

    Examples
    --------
    >>> merge_spans([(10, 20), (12, 14), (30, 35)])
    ([10, 30], [20, 35])
    """
    pairs = sorted(
        (int(s.start), int(s.end)) if hasattr(s, "start") else (int(s[0]), int(s[1])) for s in spans
    )
    starts: list[int] = []
    ends: list[int] = []
    for s, e in pairs:
        if e <= s:
            continue
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


_AHEAD = 40  # default: characters after an anchor a frame's match (and its lookahead) may need


class Frame(NamedTuple):
    """One reported-speech frame of ``voice_frames.csv``."""

    pattern: re.Pattern
    name: str
    end: str
    anchors: tuple[str, ...]
    reach: int
    ahead: int


@lru_cache(maxsize=4)
def load_frames(path: str = "voice_frames.csv") -> tuple[Frame, ...]:
    """The reported-speech frames of the table.

    Examples
    --------
    >>> any(f.name == "labelled_as" for f in load_frames())
    True
    """
    out = []
    for row in read_table(path):
        anchors = tuple(a for a in (row.get("anchor") or "").split("|") if a)
        out.append(
            Frame(
                pattern=re.compile(row["term"], re.IGNORECASE),
                name=row["subcategory"],
                end=(row.get("end") or "clause").strip(),
                anchors=anchors,
                reach=int(row.get("reach") or 0),
                ahead=int(row.get("ahead") or _AHEAD),
            )
        )
    return tuple(out)


def _frame_matches(text: str, folded: str | None, f: Frame) -> list[re.Match]:
    """The matches of a frame: searched only in windows around its anchors when it has some
    (``folded``: the lower-cased text, same length)."""
    if not f.anchors or folded is None:
        return list(f.pattern.finditer(text))
    wins: list[list[int]] = []
    for a in f.anchors:
        k = folded.find(a)
        while k >= 0:
            wins.append([max(0, k - f.reach), min(len(text), k + len(a) + f.ahead)])
            k = folded.find(a, k + 1)
    if not wins:
        return []
    wins.sort()
    merged = [wins[0]]
    for lo, hi in wins[1:]:
        if lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [m for lo, hi in merged for m in f.pattern.finditer(text, lo, hi)]


def _content(text: str, s: int, e: int) -> tuple[int, int] | None:
    """``[s, e)`` without leading/trailing separators, or None when empty."""
    m = _LEAD.match(text, s, e)
    if m:
        s = m.end()
    t = _TRAIL.search(text, s, e)
    if t:
        e = t.start()
    return (s, e) if e > s else None


def _end_of(text: str, pos: int, sent_end: int, end: str) -> int:
    stop = (_CLAUSE_END if end == "clause" else _SENTENCE_STOP).search(text, pos, sent_end)
    return stop.start() if stop else sent_end


def _attribution_content(text: str, a: Any) -> list[tuple[int, int]]:
    """The provisional content spans of one attribution record (rules in the docstring)."""
    vs, ve = int(a.verb_start), int(a.verb_end)
    s0, e0 = int(a.start), int(a.end)
    ss, se = sentence_span(text, min(s0, vs), max(e0, ve))
    before, after = text[ss:s0].rstrip(), text[e0:se].strip()
    if " ".join(str(a.verb).lower().split()) == "according to":
        if not before.strip("\"'“‘(["):
            return [c for c in (_content(text, e0, se),) if c]
        return [c for c in (_content(text, ss, vs),) if c]
    out: list[tuple[int, int]] = []
    if before.endswith((",", "”", '"', "’")) and len(WORD.findall(before)) > 1:
        if len(WORD.findall(after)) <= _TAIL_WORDS or after.startswith(","):
            out.append(_content(text, ss, s0))
            if after.startswith(","):  # "Russia, Peskov said, is ready ..."
                out.append(_content(text, e0, _end_of(text, e0, se, "sentence")))
            return [c for c in out if c]
    if getattr(a, "subcategory", "") in _NO_CLAUSE or _QUOTE_OR_COLON.match(text, ve):
        return []
    return [c for c in (_content(text, ve, _end_of(text, ve, se, "sentence")),) if c]


def reported_spans(
    text: str, attributions: Sequence[Any] = (), *, frames: bool = True
) -> list[tuple[int, int]]:
    """The spans of reported (indirect) speech in ``text``, unmerged, in no particular order.

    Parameters
    ----------
    text
        The text the attributions were found in.
    attributions
        Attribution records (:class:`analysis.detect.quotes.Attribution` or anything with
        ``start, end, verb, verb_start, verb_end`` and optionally ``subcategory``,
        ``content_start``, ``content_end``).
    frames
        Also apply the frames of ``voice_frames.csv``.

    Returns
    -------
    list of (int, int)

    Examples
    --------
    >>> t = "The move was denounced by Kyiv as an immoral stunt, officials said."
    >>> [t[s:e] for s, e in reported_spans(t)]
    ['an immoral stunt']
    """
    out: list[tuple[int, int]] = []
    for a in attributions:
        cs = getattr(a, "content_start", None)
        if cs is not None:  # the attribution detector gives the content span itself
            ce = int(getattr(a, "content_end", -1))
            if int(cs) >= 0 and ce > int(cs):
                out.append((int(cs), ce))
            if getattr(a, "kind", "indirect") == "direct":
                continue  # its content is the quotation
        out.extend(_attribution_content(text, a))  # and the provisional rule's clause
    if frames:
        folded = text.lower()
        folded = folded if len(folded) == len(text) else None
        for f in load_frames():
            for m in _frame_matches(text, folded, f):
                _, se = sentence_span(text, m.start(), m.end())
                c = _content(text, m.end(), _end_of(text, m.end(), se, f.end))
                if c:
                    out.append(c)
    return out


def voice_spans(
    text: str, quotes: Iterable[Any] = (), attributions: Sequence[Any] | None = None
) -> VoiceSpans:
    """The quoted and reported spans of a text, merged, for :meth:`VoiceSpans.voice_at`.

    Parameters
    ----------
    text
        The text.
    quotes
        Quote spans (objects with ``start``/``end`` or ``(start, end)`` tuples).
    attributions
        Attribution records; ``None``: no reported voice (two voices, as without attribution
        information).

    Examples
    --------
    >>> t = "Peskov claimed Russia was forced to act. Kyiv refused."
    >>> from types import SimpleNamespace as A
    >>> a = A(start=0, end=14, verb="claimed", verb_start=7, verb_end=14, subcategory="credibility")
    >>> v = voice_spans(t, [], [a])
    >>> v.voice_at(t.index("forced")), v.voice_at(t.index("refused"))
    ('reported', 'author')
    """
    quoted = merge_spans(quotes)
    if attributions is None:
        return VoiceSpans(quoted, ([], []))
    return VoiceSpans(quoted, merge_spans(reported_spans(text, attributions)))


def reported_word_count(text: str, voices: VoiceSpans) -> int:
    """Words of the reported voice: words starting inside a reported span and outside every
    quotation (the rest of the words outside quotations are the author's).

    Examples
    --------
    >>> v = VoiceSpans(([3], [8]), ([9], [20]))
    >>> reported_word_count("He 'said' it was fine.", v)
    3
    """
    n = 0
    q_starts, q_ends = voices.quoted
    for s, e in zip(*voices.reported):
        i = bisect.bisect_right(q_ends, s)  # the first quotation ending after s
        if i == len(q_ends) or q_starts[i] >= e:  # no quotation overlaps: count them all
            n += len(WORD.findall(text, s, e))
            continue
        for m in WORD.finditer(text, s, e):
            if not _inside(voices.quoted, m.start()):
                n += 1
    return n
