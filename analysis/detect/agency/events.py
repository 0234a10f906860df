"""Harm events: every mention of harm to people, with form, agent, victim, voice and side.

:func:`find_agency` finds the harm triggers of ``lexicons/agency/harm_predicates.csv`` in one
key scan (shared with the other detectors through a :class:`~analysis.text.matcher.KeyHits`),
drops those inside an idiom or sense guard (``lexicons/agency/guards.csv``), reads the form of
each in its sentence (:func:`analysis.detect.agency.forms.classify`), drops a harm noun that is
part of another event (the instrument of "a missile strike killed", the cause of "killed in a
strike", the agent of "killed by shelling"), and sets sides and the voice (the shared
definition of :mod:`analysis.detect.voice`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from ...text.matcher import KeyHits
from ..quotes.tables import ActorTable, load_actors, side_of
from ..voice import VoiceSpans, voice_spans
from .arguments import other_argument
from .forms import Reading, classify
from .phrases import head_index
from .records import HarmEvent
from .tables import AgencyTables, FormInfo, harm_actors, load_agency_tables
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


def _chars(tokens: list[Token], span: tuple[int, int] | None) -> tuple[int, int]:
    if span is None:
        return (-1, -1)
    return tokens[span[0]].start, tokens[span[1] - 1].end


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
    return any(m.start() <= a and b <= m.end() for m in rx.finditer(text, lo, hi))


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
    tokens = tokenize(text, lo, hi)
    starts = [t.start for t in tokens]
    found = []
    for a, b, info in todo:
        k, k2 = _token_index(tokens, starts, a, b)
        if k < 0 or tokens[k].start != a:
            continue
        if k == k2 and b < tokens[k].end and text[b] == "-" and not _PARTICIPLE.search(text, a, b):
            continue  # the first part of a compound: "a bomb-thrower", "bomb-disarming robots"
        reading = classify(tokens, k, k2, info, tables)
        if reading is not None and other_argument(tokens, k, k2, info, reading, tables) is None:
            found.append((a, b, info, reading, tokens))
    return _drop_parts(found)


def _drop_parts(found: list) -> list:
    """Drop a trigger inside another event's agent, cause or "shot dead" pair."""
    zones = []
    for _a, _b, _info, r, tokens in found:
        for span in (r.agent, r.cause):
            if span is not None:
                zones.append(_chars(tokens, span))
    keep = []
    for i, (a, b, info, r, tokens) in enumerate(found):
        if any(za <= a and b <= zb for za, zb in zones):
            continue
        if i and text_low(found[i - 1], tokens) == "dead_pair" and r.form == "nominal":
            continue
        if i and (_cause_of_earlier(found, i) or _means_of_earlier(found, i)):
            continue
        if _modifies_next(found, i):
            continue
        j = _cause_of_later(found, i)
        if j:
            _instrument_of(found, i, j)
            continue
        keep.append((a, b, info, r, tokens))
    return keep


def _modifies_next(found: list, i: int) -> bool:
    """A harm word right before an attack noun of the same sentence modifies it ("sentenced
    … for shelling attacks on population centres", dev batch 8): the noun carries the event, as
    "bomb" in "bomb attacks"."""
    a, b, info, r, tokens = found[i]
    if i + 1 >= len(found) or found[i + 1][4] is not tokens:
        return False
    na, _nb, ninfo, nr, _ = found[i + 1]
    if nr.form != "nominal" or ninfo.harm != "attack":
        return False
    k = next((j for j, t in enumerate(tokens) if t.start >= b), -1)
    return k >= 0 and tokens[k].start == na


_CAUSE_LEADS = frozenset("in during after following amid from under".split())
_CAUSE_SKIP = frozenset("a an the this that its their his her".split())


def _cause_of_earlier(found: list, i: int) -> bool:
    """An attack noun after a cause preposition, following a death or injury in the same
    sentence (a casualty, death or injury noun: right before the preposition): the cause of
    that event, not an event of its own ("three were killed and 15 injured following a missile
    attack", "civilian casualties amid round-the-clock shelling")."""
    a, b, info, r, tokens = found[i]
    if r.form != "nominal" or info.harm != "attack":
        return False
    k = next((j for j, t in enumerate(tokens) if t.start == a), -1)
    j = _result_lead(tokens, k)
    if j < 0:
        j = k - 1
        while j >= 0 and k - j <= 4 and tokens[j].low not in _CAUSE_LEADS:
            if not tokens[j].low[0].isalnum() or tokens[j].low in ("and", "or", "but"):
                return False
            j -= 1
        if j < 0 or tokens[j].low not in _CAUSE_LEADS or (j and tokens[j - 1].low == ","):
            return False
    lead = tokens[j].start
    return any(
        (
            f[3].form in ("passive_agentless", "intransitive")
            and f[2].harm in ("kill", "injure", "death")
        )
        or (
            f[3].form == "nominal"
            and f[2].harm in ("casualty", "death", "injure")
            and _close_before(tokens, f[1], lead)
        )
        for f in found[:i]
    )


_RESULT_LEADS = frozenset({("result", "of"), ("because", "of"), ("due", "to")})
_RESULT_REACH = 7  # tokens back from the attack noun to "of"/"to" of such a lead
_QUOTE_MARKS = frozenset("\"'“”‘’")


def _result_lead(tokens: list[Token], k: int) -> int:
    """The index of "result" / "because" / "due" of a cause lead ("as a result of", "because
    of", "due to") before the attack noun at ``k``, or -1; words, "and"/"or" (a coordination
    inside the noun phrase) and quotation marks between ("were injured “as a result of enemy
    artillery and mortar strikes”", dev batch 8)."""
    for j in range(k - 1, max(0, k - 1 - _RESULT_REACH), -1):
        low = tokens[j].low
        if (tokens[j - 1].low, low) in _RESULT_LEADS:
            return j - 1
        if not (low[0].isalnum() or low in _QUOTE_MARKS):
            return -1
    return -1


_NOUN_TO_LEAD = 2  # words from a casualty or death noun to the cause preposition


def _close_before(tokens: list[Token], end: int, lead: int) -> bool:
    """Whether a harm noun ending at ``end`` is followed, within :data:`_NOUN_TO_LEAD` words and
    no punctuation, by the cause preposition at ``lead`` ("civilian casualties amid
    round-the-clock shelling", dev batch 8; not "the death of a British captive … as rescue
    workers scoured debris … after … rocket attacks", a death of its own)."""
    gap = [t for t in tokens if end <= t.start < lead]
    return len(gap) <= _NOUN_TO_LEAD and all(t.low[0].isalnum() for t in gap)


_MEANS_REACH = 8  # tokens back from a harm noun to the "by" of a list of means
_EVENT_TO_BY = 4  # tokens from the earlier harm word to that "by"
_MEANS_WORDS = 2  # words of one means in that list
_LIST_MARKS = frozenset({",", "and", "or", "by"})


def _means_of_earlier(found: list, i: int) -> bool:
    """A harm noun in a list of means after "by" that follows an earlier harm word: part of
    that event ("the executions of children by hanging, shooting and decapitation", dev batch
    6; "killed by shooting" is already the passive's agent)."""
    a, b, info, r, tokens = found[i]
    if r.form != "nominal":
        return False
    k = next((j for j, t in enumerate(tokens) if t.start == a), -1)
    if k < 1 or tokens[k - 1].low not in _LIST_MARKS:
        return False  # a later conjunct of the list, or right after "by"
    j, words = k - 1, 0
    while j >= 0 and k - j <= _MEANS_REACH and tokens[j].low != "by":
        low = tokens[j].low
        words = 0 if low in _LIST_MARKS else words + 1
        if not (low[0].isalnum() or low == ",") or words > _MEANS_WORDS:
            return False  # one or two words a means: "by hanging, shooting and decapitation"
        j -= 1
    if j < 0 or tokens[j].low != "by":
        return False
    by = tokens[j].start
    pa, pb = found[i - 1][0], found[i - 1][1]
    gap = [t for t in tokens if pb <= t.start < by]
    return pa < by and len(gap) <= _EVENT_TO_BY and all(t.low[0].isalnum() for t in gap)


_DEAD_OBJECT = 3
_CLAUSE_WORDS = frozenset("and or but that which who when while as after before".split())
_RELATIVES = frozenset({"that", "which"})
_PRONOUN_HEADS = frozenset({"that", "those", "one", "ones"})  # "like that which killed"
#: Nouns whose "that" opens a content clause, not a relative one (dev batch 6: "after the
#: mortar attack saw evidence that people were badly wounded").
_CONTENT_NOUNS = frozenset(
    "evidence proof sign signs indication indications report reports news claim claims "
    "allegation allegations fact word suggestion suggestions belief fear fears".split()
)
_WORD_MARKS = frozenset({".", "-", "'", "’"})  # inside a word or an abbreviation: "U.S."
_LATER_HARMS = frozenset({"kill", "injure", "death", "torture"})
_LATER_REACH = 25  # tokens from the attack noun to the predicate it causes
_RELATIVE_REACH = 8  # tokens from the relative pronoun to that predicate


def _cause_of_later(found: list, i: int) -> int:
    """The index of a later killing, injury or death in the sentence whose subject or
    antecedent is the attack noun ``found[i]`` (0: none): the noun is the cause of that event,
    not an event of its own ("The attack using HIMARS launchers killed two", "strikes from the
    Black Sea … that injured 15", "a missile attack on Belgorod, in which three people died")."""
    a, b, info, r, tokens = found[i]
    if r.form != "nominal" or info.harm != "attack":
        return 0
    j = next((j for j in range(i + 1, len(found)) if found[j][3].form != "nominal"), 0)
    if not j or found[j][2].harm not in _LATER_HARMS:
        return 0
    between = [t for t in tokens if b <= t.start < found[j][0]]
    if len(between) > _LATER_REACH:
        return 0
    rel = [k for k, t in enumerate(between) if t.low in _RELATIVES]
    if rel:  # the last relative pronoun before the predicate, nothing clause-like after it
        if rel[-1] and between[rel[-1] - 1].low in _PRONOUN_HEADS:
            return 0  # its antecedent is the pronoun
        if rel[-1] and between[rel[-1] - 1].low in _CONTENT_NOUNS:
            return 0  # "that" opens a content clause: "saw evidence that people were wounded"
        tail = between[rel[-1] + 1 :]
        return j if len(tail) <= _RELATIVE_REACH and all(t.low[0].isalnum() for t in tail) else 0
    # the subject: nothing but words between the noun and its verb (no comma, no "and")
    subject = found[j][3].form in ("active_instrument", "active_agent") and all(
        (t.low[0].isalnum() or t.low in _WORD_MARKS) and t.low not in _CLAUSE_WORDS for t in between
    )
    return j if subject else 0


def _instrument_of(found: list, i: int, j: int) -> None:
    """Read ``found[j]``, an active verb whose relative pronoun resolved to a nearer noun
    ("strikes from the Black Sea, Belarus and Russia that injured"), as the instrument form
    with the attack noun ``found[i]`` as its agent."""
    a, b, info, r, tokens = found[i]
    ja, jb, jinfo, jr, jtokens = found[j]
    if jr.form != "active_agent" or jtokens is not tokens:
        return
    k = next((k for k, t in enumerate(tokens) if t.start == a), -1)
    if k >= 0 and any(t.low in _RELATIVES for t in tokens if b <= t.start < ja):
        found[j] = (ja, jb, jinfo, jr._replace(form="active_instrument", agent=(k, k + 1)), tokens)


def text_low(prev: tuple, tokens: list[Token]) -> str:
    """``"dead_pair"`` when ``prev`` is a verbal harm trigger before a ``dead`` ("shot dead",
    "shot him dead"), else ``""``."""
    a, b, info, r, _ = prev
    if r.form == "nominal":
        return ""
    # "shot dead", "shot him dead", "shot the old man dead": up to three words in between
    for t in [t for t in tokens if t.start >= b][: _DEAD_OBJECT + 1]:
        if t.low == "dead":
            return "dead_pair"
        if not t.low[0].isalnum() or t.low in _CLAUSE_WORDS:
            break
    return ""


def find_agency(
    text: str,
    *,
    quotes: Sequence[Any] | None = None,
    attributions: Sequence[Any] | None = None,
    voices: VoiceSpans | None = None,
    actors: ActorTable | None = None,
    tables: AgencyTables | None = None,
    hits: KeyHits | None = None,
    side_table: ActorTable | None = None,
) -> list[HarmEvent]:
    """Every mention of harm to people in ``text``, with its grammatical form.

    Parameters
    ----------
    text
        A cleaned article body (any English text).
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
        The actors table for the sides (``None``: the bundled pack's); the pack's
        ``harm_actors.csv`` rows (armed forces, civilians) are looked up after it.
    tables
        The compiled agency tables (``None``: the bundled ones).
    hits
        Key positions from a shared :class:`~analysis.text.matcher.KeyIndex` scan.
    side_table
        The complete table for the sides, used instead of ``actors`` and the bundled pack's
        rows (the per-article route passes its topic packs' table,
        :func:`analysis.detect.packs.pack_harm_actors`; an empty table gives no sides).

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
    if side_table is not None:
        actors = side_table
    else:
        actors = harm_actors(actors if actors is not None else load_actors(None))
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
    ag, vi = _chars(tokens, r.agent), _chars(tokens, r.victim)
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
