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
The words that attribute (the cue of an attribution record: "according to", "claimed", "said")
are the outlet's, also where another source's reported span covers them ("…, according to
member station KPCC"), unless they stand inside the content the attribution detector gives
another source ("Russian officials claimed that Ukrainians had attacked the prison"), or
express a named source's own belief, estimate or tentative statement ("Other sources
speculated that …", "he believes Assad must go": :func:`analysis.detect.voice_cues.
source_thought`; not the writer's "I believe", evidence's "These facts suggest", the outlet's
"is expected to"). A cue nested in another source's words gives no reported words before
that content's start (:func:`analysis.detect.voice_cues.outer_content_start`).
Speech printed with dashes instead of quotation marks (translated outlets: ``- If Russia
attacks, … - he said.``) is quoted too (:func:`dash_quotes`, with the attributions).

Where the reported content comes from
-------------------------------------
An attribution record that carries its content span (fields ``content_start`` /
``content_end``, ``-1`` when it has none; branch i18) contributes that span; unless its ``kind``
is ``direct`` (the content is the quotation), the provisional rule below adds its clause too
(on the hit audit the union recognised more reported hits than either alone: held-out 0.71 vs
0.61 with the record's span only and 0.75 with the rule only before the merge).  The rule:

* ``according to X``: at the start of its sentence, the rest of the sentence after ``X``;
  elsewhere, the sentence up to ``according to``;
* a reporting verb at the end of its sentence after a comma, a closing quotation mark or a
  spaced dash (``…, the official said.``, ``… - he said.``; up to four words of a source phrase
  may stand between: ``…, officials from [the administration said]``, none of them an
  auxiliary or ``-ed`` word), or set off by commas in its middle (``Russia, Peskov said, is
  ready …``; also after its own adjunct or addressee: ``…, officials said on Monday, …``): the
  rest of the sentence on both sides, except the clause before ``as X reported, …`` and an
  appositive noun phrase after a time or place adjunct (``…, officials said on Monday, a
  chilling reminder of …``: the outlet's comment).  A role set off by commas before the
  source's name belongs to the source phrase (``…, the Mykolaiv region governor, Vitaliy Kim,
  wrote``); a short rest after the verb that is a clause (``Trudeau said Putin was making a
  terrible mistake``, ``…, adding that …``) makes the verb no sentence-final attribution;
* a ``direct`` attribution (its content is the quotation): only a clause of its verb outside
  the quotation (``“…” Biden also said that the attack …``, ``concluded by noting that the
  attack resulted in the “…”``), and the unquoted words of a partial quotation before a
  sentence-final source (``Russia is “running out of steam” in its war on Ukraine, Richard
  Moore said``), and the unquoted words opening a sentence whose quotation runs on to a
  sentence-final source (``This could possibly be “to the detriment of …,” the report notes``;
  not after a colon or a comma);
* otherwise the clause the verb governs: from the verb to the end of its sentence (or ``;``),
  unless a quotation mark or a colon follows the verb (then the content is the quotation);
  after a verb whose noun-phrase object is not a source's words (``observed a moment's
  silence``, ``spoke to Reuters``, ``criticizes the supply of weapons``; the verbs are in
  ``analysis/lexicons/object_verbs.csv``) only when a clause starts there (a complementizer, a
  subject pronoun, an infinitive, "of" + gerund, "about", "of" right after the verb: ``spoke
  of horrible medical results``); after a verb of telling the named addressee is skipped
  (``told Volodymyr Zelensky he will …``); an appended comment of the
  outlet (``…, an apparent reference to …``) and a stop glued to the next sentence end the
  content, and a sentence glued to the one before (``war.According to …``) starts at the
  glued stop.
  Verbs of subcategory ``quote_only`` (``continued``) govern no clause; cues of subcategory
  ``appearance`` and ``expectation`` (``seemed to``, ``was expected to``) give no reported
  words at all: they frame the author's own statement, not a source's.

The frames of ``analysis/lexicons/voice_frames.csv`` (regular expressions with provenance)
add the reported constructions that have no reporting verb with a clause; text printed after a
colon lead-in that names its source is reported too (:mod:`analysis.detect.colon_blocks`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from ..lexicons import read_table
from ..text.matcher import trie_regex
from ..text.segment import sentence_finder
from ..text.words import WORD
from .colon_blocks import colon_block, record_block
from .dashes import dash_quotes, dash_tags
from .reported_content import content_end, record_spans, subordinate_cut, trim_span
from .voice_cues import THOUGHT_CUES, content_index, outer_content_start, source_thought

__all__ = [
    "VOICES",
    "VoiceSpans",
    "merge_spans",
    "subtract_spans",
    "Frame",
    "load_frames",
    "reported_spans",
    "voice_spans",
    "dash_quotes",
    "dash_tags",
    "reported_word_count",
    "source_thought",
    "THOUGHT_CUES",
]

#: The three voices, in the order features list them.
VOICES: tuple[str, ...] = ("author", "quoted", "reported")


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

    def reported_only(self) -> list[tuple[int, int]]:
        """The stretches in the reported voice: reported spans with the quoted ones cut out,
        so that :meth:`voice_at` is ``"reported"`` at every character of them.

        Examples
        --------
        >>> VoiceSpans(([10], [20]), ([0], [30])).reported_only()
        [(0, 10), (20, 30)]
        """
        (q_starts, q_ends), (r_starts, r_ends) = self.quoted, self.reported
        out: list[tuple[int, int]] = []
        j = 0
        for s, e in zip(r_starts, r_ends):
            while j < len(q_ends) and q_ends[j] <= s:
                j += 1
            k = j
            while s < e and k < len(q_starts) and q_starts[k] < e:
                if q_starts[k] > s:
                    out.append((s, q_starts[k]))
                s = max(s, q_ends[k])
                k += 1
            if s < e:
                out.append((s, e))
        return out


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


def subtract_spans(
    bounds: tuple[list[int], list[int]], cuts: tuple[list[int], list[int]]
) -> tuple[list[int], list[int]]:
    """Merged spans ``bounds`` without the characters of the merged spans ``cuts``.

    Examples
    --------
    >>> subtract_spans(([0, 40], [30, 50]), ([10, 45], [12, 60]))
    ([0, 12, 40], [10, 30, 45])
    """
    starts: list[int] = []
    ends: list[int] = []
    j = 0
    cs, ce = cuts
    for s, e in zip(*bounds):
        while j < len(cs) and ce[j] <= s:
            j += 1
        k = j
        while s < e:
            if k >= len(cs) or cs[k] >= e:
                starts.append(s)
                ends.append(e)
                break
            if cs[k] > s:
                starts.append(s)
                ends.append(cs[k])
            s = max(s, ce[k])
            k += 1
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


class _AnchorIndex(NamedTuple):
    """Where the anchors of a frame table start: one trie regex per first character of the
    anchors (a pattern that starts with a literal lets ``re`` skip to that character), and per
    anchor prefix the frames and anchors that start with it."""

    regexes: tuple[re.Pattern, ...]
    size: int
    by_prefix: dict[str, tuple[tuple[int, str], ...]]


@lru_cache(maxsize=8)
def _anchor_index(frames: tuple[Frame, ...]) -> _AnchorIndex:
    """The :class:`_AnchorIndex` of ``frames`` (built once per table)."""
    anchors = sorted({a for f in frames for a in f.anchors})
    if not anchors:
        return _AnchorIndex((), 0, {})
    size = min(len(a) for a in anchors)
    by_prefix: dict[str, list[tuple[int, str]]] = {}
    for i, f in enumerate(frames):
        for a in f.anchors:
            by_prefix.setdefault(a[:size], []).append((i, a))
    by_first: dict[str, list[str]] = {}
    for a in anchors:
        by_first.setdefault(a[0], []).append(a)
    regexes = tuple(re.compile(trie_regex(group)) for group in by_first.values())
    return _AnchorIndex(regexes, size, {k: tuple(v) for k, v in by_prefix.items()})


def _anchor_starts(folded: str, regexes: Sequence[re.Pattern]) -> list[int]:
    """Every offset of ``folded`` where an anchor starts (overlapping ones included: each
    search goes on from the character after the last start), in order."""
    starts: set[int] = set()
    for regex in regexes:
        search = regex.search
        m = search(folded)
        while m is not None:
            starts.add(m.start())
            m = search(folded, m.start() + 1)
    return sorted(starts)


def _frame_windows(folded: str, frames: tuple[Frame, ...]) -> list[list[list[int]]]:
    """Per frame, the merged windows around its anchors in ``folded`` (the lower-cased text):
    ``[k - reach, k + len(anchor) + ahead]`` for every occurrence of every anchor, overlapping
    ones included (the anchors' regexes searched from each occurrence on, instead of a
    ``str.find`` scan of the text per anchor)."""
    index = _anchor_index(frames)
    wins: list[list[list[int]]] = [[] for _ in frames]
    n, size, by_prefix = len(folded), index.size, index.by_prefix
    for k in _anchor_starts(folded, index.regexes):
        longest: dict[int, int] = {}  # frame -> its longest anchor at k
        for i, a in by_prefix.get(folded[k : k + size], ()):
            if len(a) > longest.get(i, 0) and folded.startswith(a, k):
                longest[i] = len(a)
        for i, length in longest.items():
            f, w = frames[i], wins[i]
            lo, hi = max(0, k - f.reach), min(n, k + length + f.ahead)
            if w and lo <= w[-1][1]:  # windows come in order of their start: merge as they come
                w[-1][1] = max(w[-1][1], hi)
            else:
                w.append([lo, hi])
    return wins


def _frame_matches(
    text: str, folded: str | None, f: Frame, windows: list[list[int]] | None = None
) -> list[re.Match]:
    """The matches of a frame: searched only in windows around its anchors when it has some
    (``folded``: the lower-cased text, same length; ``windows``: its windows from
    :func:`_frame_windows`, when the caller has them)."""
    if not f.anchors or folded is None:
        return list(f.pattern.finditer(text))
    if windows is None:
        windows = _frame_windows(folded, (f,))[0]
    return [m for lo, hi in windows for m in f.pattern.finditer(text, lo, hi)]


def reported_spans(
    text: str,
    attributions: Sequence[Any] = (),
    *,
    frames: bool = True,
    sentences: Sequence[tuple[int, int]] | None = None,
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
    sentences
        ``split_sentences(text)`` when the caller has it (saves looking for sentence bounds
        around each attribution; same result, see :func:`analysis.text.sentence_finder`).

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
    sentence_of = sentence_finder(text, sentences)
    index = content_index(attributions)
    for i, a in enumerate(attributions):
        spans = record_spans(text, a, sentence_of)
        vs = int(getattr(a, "verb_start", -1))
        outer = outer_content_start(index, i, vs) if any(s < vs for s, _ in spans) else None
        if outer is not None:  # a cue inside another source's words: nothing before them
            spans = [(max(s, outer), e) for s, e in spans if e > outer]
        out.extend(spans)
        if block := record_block(text, a, sentence_of):  # "According to Khan:" + a paragraph
            out.append(block)
    if frames:
        folded = text.lower()
        folded = folded if len(folded) == len(text) else None
        table = load_frames()
        windows = _frame_windows(folded, table) if folded is not None else [None] * len(table)
        for f, wins in zip(table, windows):
            for m in _frame_matches(text, folded, f, wins):
                ss, se = sentence_of(m.start(), m.end())
                if f.end == "block":  # a lead-in naming its source, then its printed text
                    out.extend(b for b in (colon_block(text, m.end()),) if b)
                    continue
                c = trim_span(text, m.end(), content_end(text, m.end(), se, f.end))
                if c:
                    out.append(subordinate_cut(text, ss, m.start(), c))
    return out


def voice_spans(
    text: str,
    quotes: Iterable[Any] = (),
    attributions: Sequence[Any] | None = None,
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
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
    sentences
        ``split_sentences(text)``, when the caller has it (passed to :func:`reported_spans`).

    Examples
    --------
    >>> t = "Peskov claimed Russia was forced to act. Kyiv refused."
    >>> from types import SimpleNamespace as A
    >>> a = A(start=0, end=14, verb="claimed", verb_start=7, verb_end=14, subcategory="credibility")
    >>> v = voice_spans(t, [], [a])
    >>> v.voice_at(t.index("forced")), v.voice_at(t.index("refused"))
    ('reported', 'author')
    """
    if attributions is None:
        return VoiceSpans(merge_spans(quotes), ([], []))
    tag_quoted, tag_reported = dash_tags(text)
    quoted = merge_spans(
        [
            *((int(q.start), int(q.end)) if hasattr(q, "start") else q for q in quotes),
            *dash_quotes(text, attributions),
            *tag_quoted,
        ]
    )
    thought = [source_thought(text, a) for a in attributions]
    thoughts = [(int(a.verb_start), int(a.verb_end)) for a, t in zip(attributions, thought) if t]
    thought_at = {s for s, _ in thoughts}
    reported = [*reported_spans(text, attributions, sentences=sentences), *thoughts]
    # the words that attribute ("according to", "claimed", "said") are the outlet's, also
    # inside another source's reported words ("…, according to member station KPCC")
    contents = merge_spans(
        (int(a.content_start), int(a.content_end))
        for a in attributions
        if int(getattr(a, "content_start", -1)) >= 0 and getattr(a, "kind", "") != "direct"
    )
    cues = merge_spans(
        (int(a.verb_start), int(a.verb_end))
        for a, t in zip(attributions, thought)
        if int(getattr(a, "verb_start", -1)) >= 0
        and not t
        and not _inside(contents, int(a.verb_start))
        and int(a.verb_start) not in thought_at  # a second record of a source's thought cue
    )
    return VoiceSpans(quoted, subtract_spans(merge_spans([*reported, *tag_reported]), cues))


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
