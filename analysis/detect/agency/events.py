"""Harm events: every mention of harm to people, with form, agent, victim, voice and side.

:func:`find_agency` finds the harm triggers of ``lexicons/agency/harm_predicates.csv`` in one
key scan (shared with the other detectors through a :class:`~analysis.text.matcher.KeyHits`),
drops those inside an idiom or sense guard (``lexicons/agency/guards.csv``), reads the form of
each in its sentence (:func:`analysis.detect.agency.forms.classify`), drops a harm noun that is
part of another event (the instrument of "a missile strike killed", the cause of "killed in a
strike", the agent of "killed by shelling"), keeps an ambiguous trigger only with a confirming
context (``lexicons/agency/confirm.csv``, :mod:`analysis.detect.agency.confirm`), drops an
attack whose own clause says it was made of words (:mod:`analysis.detect.agency.verbal`), and sets
sides and the voice (the shared definition of :mod:`analysis.detect.voice`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from ...text.matcher import KeyHits
from ..packs import DEFAULT_PACKS, pack_harm_actors
from ..quotes.tables import ActorTable, side_of
from ..voice import VoiceSpans, voice_spans
from .arguments import other_argument
from .confirm import confirmed
from .context import lacks_harm_context
from .forms import Reading, classify
from .parts import char_span, drop_parts
from .phrases import head_index
from .quoted import without_scare_marks
from .records import HarmEvent
from .tables import AgencyTables, FormInfo, load_agency_tables
from .verbal import verbal_frame
from .words import Token, sentence_around, tokenize

__all__ = ["find_agency", "SIDE_CONTEXT_PREPS"]

#: A victim phrase followed by (or containing) one of these and a capitalised place takes the
#: place's side when its own words have none ("12 civilians in Kharkiv").
SIDE_CONTEXT_PREPS = frozenset({"in", "near", "outside", "from"})


def _info(tables: AgencyTables, text: str) -> FormInfo | None:
    key = " ".join(text.lower().replace("-", " ").split())
    info = tables.forms.get(key)
    if info is None:
        for rx, pinfo in tables.phrases:
            if rx.fullmatch(text):
                return pinfo
    return info


def _token_index(tokens: list[Token], starts: list[int], a: int, b: int) -> tuple[int, int]:
    k = bisect_right(starts, a) - 1
    k2 = k
    while k2 + 1 < len(tokens) and tokens[k2 + 1].start < b:
        k2 += 1
    return k, k2


def _side(text: str, tokens: list[Token], span, actors: ActorTable, *, place: bool) -> str | None:
    """The side of a phrase from its words up to the head ("Russia's attack" of "Russia's
    attack on Kyiv"); for a victim (``place``) else from a following "in <Place>"."""
    if span is None:
        return None
    a, b = span
    h = head_index(tokens, a, b)
    side = side_of(text[tokens[a].start : tokens[h].end], actors)
    if side is None and place:
        k = h + 1
        while k < b and tokens[k].low not in SIDE_CONTEXT_PREPS:
            k += 1
        if k >= b and b + 1 < len(tokens) and tokens[b].low in SIDE_CONTEXT_PREPS:
            k = b
        if k + 1 < len(tokens) and tokens[k].low in SIDE_CONTEXT_PREPS and tokens[k + 1].cap:
            # with the words after a comma, so that the pattern can tell "in Odessa, Texas"
            end = tokens[min(k + 4, len(tokens)) - 1].end if _comma_after(tokens, k + 1) else None
            side = side_of(text[tokens[k].start : end or tokens[k + 1].end], actors)
    return side


def _comma_after(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is followed by a comma and a capitalised word ("Odessa, Texas")."""
    return i + 2 < len(tokens) and tokens[i + 1].low == "," and tokens[i + 2].cap


_PARTICIPLE = re.compile(r"(?:ed|ing)$", re.IGNORECASE)  # "killed-in-action" stays a verb
_WINDOW = 100  # characters of context each side of the triggers that the rules read
_GUARD_REACH = 90  # characters each side of a trigger searched for its idiom guards


def _nearest(rx, text: str, a: int, b: int, lo: int, hi: int) -> int | None:
    """Characters between ``text[a:b]`` and the nearest match of ``rx`` in ``text[lo:hi]``
    that does not hold the trigger itself (None: no match)."""
    gaps = [
        a - m.end() if m.end() <= a else m.start() - b
        for m in rx.finditer(text, lo, hi)
        if m.end() <= a or m.start() >= b
    ]
    return min(gaps) if gaps else None


# an attack word that refers back ("such attacks", "these strikes") takes its sense from one
# sentence further back (dev batch 1: "… the malicious cyber campaign … It said it will not
# tolerate the continuation of such attacks")
_ANAPHOR = re.compile(r"\b(?:such|these|those|similar)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _other_sense(text: str, a: int, b: int, info: FormInfo, tables: AgencyTables, sent) -> bool:
    """Whether the nearest context cue of the trigger (``contexts.csv``) is one of another
    sense: cues of another sense are read in the sentence and the one before it (two before
    for "such attacks"), harm cues in the sentence."""
    cues = tables.contexts.get(info.lemma)
    if cues is None:
        return False
    other, harm = cues
    before = sentence_around(text, sent[0] - 2, sent[0] - 2)[0] if sent[0] >= 2 else sent[0]
    if before >= 2 and _ANAPHOR.search(text, max(sent[0], a - 30), a):  # "such attacks"
        before = sentence_around(text, before - 2, before - 2)[0]
    d_other = _nearest(other, text, a, b, before, sent[1])
    if d_other is None:
        return False
    d_harm = _nearest(harm, text, a, b, sent[0], sent[1]) if harm is not None else None
    return d_harm is None or d_other < d_harm


def _guarded(text: str, a: int, b: int, info: FormInfo, tables: AgencyTables, sent) -> bool:
    if _other_sense(text, a, b, info, tables, sent):
        return True
    rx = tables.guards.get(info.lemma)
    if rx is None:
        return False
    lo, hi = max(sent[0], a - _GUARD_REACH), min(sent[1], b + _GUARD_REACH)
    return _covers(rx, text, a, b, lo, hi)


def _covers(rx: re.Pattern, text: str, a: int, b: int, lo: int, hi: int) -> bool:
    """Whether one of the matches of ``rx.finditer(text, lo, hi)`` holds ``text[a:b]``.

    Such a match starts at ``a`` at the latest, so the positions after ``a`` are not tried (a
    search scans them all, and a guard pattern is a long case-insensitive alternation): the
    matches are walked as ``finditer`` finds them, ``rx.match`` at each position from ``lo``
    (what ``search`` tries there) and on after each match.  An empty match would need
    ``finditer``'s own rule for what may follow it: then the matches are read from it.
    """
    match, pos = rx.match, lo
    while pos <= a:
        m = match(text, pos, hi)
        if m is None:
            pos += 1
            continue
        end = m.end()
        if end <= pos:
            return any(m.start() <= a and b <= m.end() for m in rx.finditer(text, lo, hi))
        if b <= end:
            return True
        pos = end
    return False


def _sentence_events(
    text: str, sent: tuple[int, int], triggers: list[tuple[int, int]], tables: AgencyTables
) -> list[tuple[int, int, FormInfo, Reading, list[Token]]]:
    todo = []
    for a, b in triggers:
        info = _info(tables, text[a:b])
        if info is not None and not _guarded(text, a, b, info, tables, sent):
            todo.append((a, b, info))
    if not todo:
        return []
    lo = max(sent[0], todo[0][0] - _WINDOW)
    hi = min(sent[1], todo[-1][1] + _WINDOW)
    while lo > sent[0] and text[lo - 1].isalnum():  # never start or end inside a word
        lo -= 1
    while hi < sent[1] and text[hi].isalnum():
        hi += 1
    tokens = without_scare_marks(tokenize(text, lo, hi), [(a, b) for a, b, _ in todo])
    starts = [t.start for t in tokens]
    found = []
    # another harm word in the sentence (not one of the lemmas the harm context is read for)
    # is a harm context: "the execution of prisoners … after an attack on Kyiv"
    harmed = any(info.lemma not in tables.harm_cues for _, _, info in todo)
    for a, b, info in todo:
        k, k2 = _token_index(tokens, starts, a, b)
        if k < 0 or tokens[k].start != a:
            continue
        if k == k2 and b < tokens[k].end and text[b] == "-" and not _PARTICIPLE.search(text, a, b):
            continue  # the first part of a compound: "a bomb-thrower", "bomb-disarming robots"
        reading = classify(tokens, k, k2, info, tables)
        if reading is None or other_argument(tokens, k, k2, info, reading, tables) is not None:
            continue
        if not harmed and lacks_harm_context(text, a, b, sent, tokens, info, reading, tables):
            continue
        if not harmed and verbal_frame(text, tokens, k, k2, info, reading, tables) is not None:
            continue  # an attack made of words: "attacked him in a tweet"
        if confirmed(text, a, b, sent, tokens, info, reading, tables):
            found.append((a, b, info, reading, tokens))
    return drop_parts(found)


def find_agency(
    text: str,
    *,
    quotes: Sequence[Any] | None = None,
    attributions: Sequence[Any] | None = None,
    voices: VoiceSpans | None = None,
    actors: ActorTable | None = None,
    tables: AgencyTables | None = None,
    hits: KeyHits | None = None,
) -> list[HarmEvent]:
    """Every mention of harm to people in ``text``, with its grammatical form.

    Parameters
    ----------
    text
        A cleaned article body (any English text).  Pass the whole article: an attack word with
        no cue of harm near it is read against the article's harm vocabulary
        (:mod:`analysis.detect.agency.context`); a text shorter than
        :data:`~analysis.detect.agency.context.DENSITY_MIN_CHARS` characters (a sentence) is
        not judged by it ("The attack began at dawn." is an event).
    quotes, attributions
        Quotation spans (objects with ``start``/``end``) and attribution records, e.g. from
        :func:`analysis.analyse_quotes`; both ``None``: found here (in one pass) when there
        is a trigger.  Used only when ``voices`` is not given.
    voices
        The article's voice spans (:func:`analysis.detect.voice.voice_spans`, the shared
        definition of the ``quoted`` / ``reported`` / ``author`` voices of every detector):
        each event takes the voice at its trigger.  The per-article route passes the spans
        it already built for the markers, so attributions are found once.
    actors
        The table for the sides of agents and victims (``None``: the bundled pack's,
        :func:`analysis.detect.packs.pack_harm_actors`: its quotation speakers, then its armed
        forces and civilians); the per-article route passes its topic packs' table, and an
        empty table gives no sides.
    tables
        The compiled agency tables (``None``: the bundled ones).
    hits
        Key positions from a shared :class:`~analysis.text.matcher.KeyIndex` scan.

    Returns
    -------
    list of HarmEvent
        In text order; ``text[e.start:e.end] == e.text``.

    Examples
    --------
    >>> [(e.text, e.form, e.agent, e.victim)  # doctest: +NORMALIZE_WHITESPACE
    ...  for e in find_agency("Russian forces killed 12 civilians. Three people died.")]
    [('killed', 'active_agent', 'Russian forces', '12 civilians'),
     ('died', 'intransitive', None, 'Three people')]
    >>> [e.form for e in find_agency("A missile killed two. Two were killed. Killing time.")]
    ['active_instrument', 'passive_agentless']
    """
    tables = tables or load_agency_tables()
    matches = [m.span() for m in tables.scanner.finditer(text, hits=hits)]
    if not matches:
        return []
    if voices is None:
        if quotes is None and attributions is None:
            from ..quotes import analyse_quotes

            quotes, attributions = analyse_quotes(text)
        voices = voice_spans(text, quotes or (), attributions)
    if actors is None:
        actors = pack_harm_actors(DEFAULT_PACKS)
    out: list[HarmEvent] = []
    groups: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for a, b in matches:
        if groups and a < groups[-1][0][1]:
            groups[-1][1].append((a, b))
        else:
            groups.append((sentence_around(text, a, b), [(a, b)]))
    for sent, trig in groups:
        for a, b, info, r, tokens in _sentence_events(text, sent, trig, tables):
            out.append(_event(text, sent, a, b, info, r, tokens, voices, actors))
    return out


def _event(text, sent, a, b, info, r: Reading, tokens, voices: VoiceSpans, actors) -> HarmEvent:
    ag, vi = char_span(tokens, r.agent), char_span(tokens, r.victim)
    agent = text[ag[0] : ag[1]] if r.agent else None
    victim = text[vi[0] : vi[1]] if r.victim else None
    return HarmEvent(
        start=a,
        end=b,
        text=text[a:b],
        lemma=info.lemma,
        harm=info.harm,
        form=r.form,
        agent=agent,
        agent_start=ag[0],
        agent_end=ag[1],
        victim=victim,
        victim_start=vi[0],
        victim_end=vi[1],
        voice=voices.voice_at(a),
        agent_side=_side(text, tokens, r.agent, actors, place=False),
        victim_side=_side(text, tokens, r.victim, actors, place=True),
        sentence_start=sent[0],
        sentence_end=sent[1],
    )
