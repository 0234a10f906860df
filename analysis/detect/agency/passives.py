"""Passive constructions in any English text: ``be``/``get`` + past participle, and reduced
passives, with the by-agent when there is one.

Rules (over the tokens of one sentence; no parser):

1. **Participle.** An irregular participle (``lexicons/agency/participles.csv``: *taken*,
   *slain*, *struck*) or a word in *-ed* that is not listed as no participle (*hundred*,
   *sacred*; an *-eed* word only when listed: *agreed*, *freed*, but not *need*, *proceed*).
   In a hyphenated word the last part counts (*well-received*).
2. **Full passive.** A form of *be* (*is, was, been, being* …) or *get* (*got, gets* …) before
   the participle, with at most three adverbs between (*were reportedly not killed*); or a
   participle coordinated with a passive one (*were killed and wounded*).  A participle of a
   mostly intransitive verb (*gone*, *fallen*, *risen*) is no passive.
3. **Stative guard.** A *stative* participle (*interested*, *located*, *filled*, *involved* …)
   or one after an intensifier (*very*, *so*, *too* …) is an adjective unless a by-agent
   follows (*was interested in* vs *was excited by her discovery*).
4. **Reduced passive.** A participle right after a noun (not after a pronoun, an auxiliary
   or *have*), followed by a by-agent, or — for a form that cannot be a simple past (*taken*,
   *slain*, *written*) — by a preposition or the end of the clause:
   *civilians killed by shelling*, *the man taken to hospital*.  A form that is also a simple
   past (*killed*) without *by* is left to the harm-event rules, which know the predicate.
5. **By-agent.** *by* + noun phrase within six tokens after the participle, not crossing
   punctuation or a clause word, and not a time, means or measure (*by then*, *by phone*,
   *by 10%*, *by 2024*: ``by_not_agent`` in ``participle_guards.csv``); *at the hands of* X
   is an agent too.
"""

from __future__ import annotations

from typing import NamedTuple

from ...text.segment import split_sentences
from ...text.typography import CLOSING_QUOTES, OPENING_QUOTES
from .phrases import np_left, np_right, object_next
from .records import Passive
from .tables import AgencyTables, load_agency_tables
from .words import (
    BE,
    CLAUSE_BREAKS,
    DETERMINERS,
    GET,
    HAVE,
    MODALS,
    PREPOSITIONS,
    PRONOUNS,
    Token,
    is_adverb,
    is_number,
)
from .words import tokenize as _tokens

__all__ = [
    "find_passives",
    "is_participle",
    "passive_at",
    "by_agent",
    "death_verb",
    "PassiveParse",
]

_INTENSIFIERS = frozenset("very so too quite rather extremely more most less increasingly".split())
_AGENT_GAP = 6
_REDUCED_NEXT = PREPOSITIONS | frozenset({"by"})
#: Marks before a participle that opens an apposition: with its agent right after it, a
#: reduced passive (harm-event rules only; dev batch 6); also a closing quotation mark (a
#: headline's nickname: 'Putin's mercenary Vladimir Andonov called "executioner" killed by a
#: sniper', dev batch 20).
_APPOSITION_MARKS = frozenset({"—", "–", "-", ",", "(", "”", '"', "’"})


class PassiveParse(NamedTuple):
    """What :func:`passive_at` found at a participle: auxiliary index (or -1 when reduced)
    and the agent's token range (or None)."""

    aux: int
    agent: tuple[int, int] | None


def is_participle(low: str, tables: AgencyTables) -> bool:
    """Whether a lower-case word can be a past participle.

    Examples
    --------
    >>> t = load_agency_tables()
    >>> [is_participle(w, t) for w in ("killed", "slain", "hundred", "need", "freed", "red")]
    [True, True, False, False, True, False]
    """
    if "-" in low:
        low = low.rsplit("-", 1)[1]
    if low in tables.participles:
        return True
    if low in tables.not_participles or len(low) < 4 or not low.endswith("ed"):
        return False
    if low.endswith("eed"):
        return low in tables.eed_participles
    return low.isalpha()


#: A closing quotation mark right after the participle, before its by-agent.
_CLOSERS = frozenset(CLOSING_QUOTES + '"')


#: Simple pasts of manner-of-killing verbs that are no participle ("beat him to death").
_PAST_ONLY = frozenset("beat froze bled".split())


def death_verb(tokens: list[Token], k: int, tables: AgencyTables) -> int:
    """The index of the verb of "<verb> (object) to death" whose *death* is ``tokens[k]``, or -1:
    the event is the verb's ("Vasilisa hacked him to death": active, agent Vasilisa; "he was
    beaten to death by guards": passive), not a nominal *death* (by-country report 09).

    Examples
    --------
    >>> from .words import tokenize
    >>> t = load_agency_tables()
    >>> toks = tokenize("Guards beat the two men to death")
    >>> death_verb(toks, 6, t), death_verb(tokenize("the death of two men"), 1, t)
    (1, -1)
    """
    if k < 2 or tokens[k - 1].low != "to":
        return -1
    found = -1
    for v in range(k - 2, max(-1, k - 11), -1):
        low = tokens[v].low
        info = tables.forms.get(low)
        if info is not None and info.kinds & {"past", "participle"}:
            return v  # a harm verb governs: "shot a young man named Michael Brown to death"
        if found < 0 and (low in _PAST_ONLY or is_participle(low, tables)):
            # the words between are an object ("beat the two men"), not "made more vulnerable"
            found = v if v == k - 2 or object_next(tokens, v + 1) else -2
        if not low.isalnum() or low in CLAUSE_BREAKS or low in BE or low in HAVE:
            break
    return max(found, -1)


def by_agent(tokens: list[Token], k: int, tables: AgencyTables) -> tuple[int, int] | None:
    """The token range of the agent after the participle at ``k`` (``by X``, ``at the hands
    of X``), or None."""
    n = len(tokens)
    for m in range(k + 1, min(n, k + 1 + _AGENT_GAP)):
        low = tokens[m].low
        if low == "by" and m + 1 < n:
            nxt = tokens[m + 1].low
            two = f"{nxt} {tokens[m + 2].low}" if m + 2 < n else nxt
            if nxt in tables.by_not_agent or two in tables.by_not_agent:
                return None
            if nxt[:1].isdigit() and (
                len(nxt) == 4
                or m + 2 >= n
                or not tokens[m + 2].low[0].isalpha()
                or tokens[m + 2].low in ("per", "percent", "points")
            ):
                return None  # by 2024, by 10%, by 3 per cent
            return np_right(tokens, m + 1)
        if low == "at" and [t.low for t in tokens[m + 1 : m + 4]] == ["the", "hands", "of"]:
            return np_right(tokens, m + 4)
        if m == k + 1 and low in _CLOSERS and is_participle(tokens[k].low, tables):
            continue  # 'she was "getting shot" by rubber bullets' (dev batch 13)
        if low == "so" and m + 1 < n and tokens[m + 1].low == "far":
            continue  # "had been killed so far by Russian forces" (batch 18)
        if low == "," and m == k + 1 and m + 1 < n and tokens[m + 1].low == "by":
            # the by-phrase of a whole coordination after its comma: "At least five people were
            # killed on Saturday, and seven others injured, by renewed Russian shelling" (batch 19)
            continue
        if not low[0].isalnum() or (low in CLAUSE_BREAKS and low != "after"):
            return None
    return None


#: Participles of report verbs that sit between an auxiliary and the participle of the
#: reported passive ("no one was reported injured", "were feared killed").
_REPORT_PARTICIPLES = frozenset(
    "reported said believed feared thought known found confirmed".split()
)


#: An opening quotation mark between an auxiliary and its participle ("were 'killed in action'",
#: "1260 Russian soldiers were “eliminated”": dev batch 24).
_OPENERS = frozenset(OPENING_QUOTES + "\"'")


def _aux_before(tokens: list[Token], k: int) -> int:
    j = k - 1
    if j >= 1 and tokens[j].low in _OPENERS:
        j -= 1
    while j >= 0 and k - j <= 3 and is_adverb(tokens[j].low):
        j -= 1
    if (
        j >= 1
        and tokens[j].low in _REPORT_PARTICIPLES
        and (tokens[j - 1].low in BE or is_adverb(tokens[j - 1].low))
    ):
        j -= 1
        while j >= 0 and is_adverb(tokens[j].low):
            j -= 1
    if j >= 0 and (tokens[j].low in BE or tokens[j].low in GET):
        return j
    return -1


def passive_at(
    tokens: list[Token], k: int, tables: AgencyTables, *, reduced_past: bool = False
) -> PassiveParse | None:
    """The passive whose participle is ``tokens[k]``, or None.

    Parameters
    ----------
    tokens, k
        The sentence's tokens and the index of a participle candidate.
    tables
        The compiled tables.
    reduced_past
        Also accept a reduced passive of a form that is a simple past as well (``killed``)
        before a preposition (the harm-event rules, which know the predicate, say so).
    """
    low = tokens[k].low
    if not is_participle(low, tables):
        return None
    agent = by_agent(tokens, k, tables)
    aux = _aux_before(tokens, k)
    if aux < 0 and k >= 2 and tokens[k - 1].low in ("and", "or", ","):
        prev = (
            passive_at(tokens, k - 2, tables) if is_participle(tokens[k - 2].low, tables) else None
        )
        if prev is not None and prev.aux >= 0:
            aux = prev.aux
            agent = agent or prev.agent
    if aux >= 0:
        if low in tables.intransitive_participles and agent is None:
            return None
        stative = low in tables.stative or tokens[k - 1].low in _INTENSIFIERS
        if stative and agent is None:
            return None
        return PassiveParse(aux, agent)
    return _reduced(tokens, k, tables, agent, reduced_past)


def _inverted(tokens: list[Token], k: int) -> bool:
    """Whether the participle at ``k`` is fronted before "was"/"were", its subject after
    them, at the start of a sentence or after "also": "Also killed were six Canadians, two
    French …" (dev batch 30), "Killed was the driver"."""
    if k + 1 >= len(tokens) or tokens[k + 1].low not in ("was", "were"):
        return False
    return k == 0 or (tokens[k - 1].low == "also" and (k == 1 or not tokens[k - 2].low.isalnum()))


def _reduced(tokens, k, tables, agent, reduced_past) -> PassiveParse | None:
    if reduced_past and _inverted(tokens, k):
        return PassiveParse(-1, agent)
    if k == 0:
        return None
    prev = tokens[k - 1]
    plow = prev.low
    if reduced_past and plow in _APPOSITION_MARKS and agent is not None and k + 1 < len(tokens):
        if tokens[k + 1].low in ("by", "at"):  # "counted among the dead—killed at the hands of"
            return PassiveParse(-1, agent)
    if reduced_past and plow == "those" and _no_object_active(tokens[k].low, tables):
        if not object_next(tokens, k + 1):  # "May all those killed today rest in peace"
            return PassiveParse(-1, agent)
    if reduced_past and plow in _REPORT_PARTICIPLES and _reported_fate(tokens, k, tables):
        # "60 people confirmed killed at school bombed by Russians" (batch 18): not that "by"
        return PassiveParse(-1, agent if agent is not None and agent[0] <= k + 2 else None)
    if not (plow[0].isalnum()) or plow in PRONOUNS or plow in HAVE or plow in BE | GET:
        return None
    if (
        plow in CLAUSE_BREAKS
        or plow in PREPOSITIONS
        or plow in DETERMINERS
        or plow in ("to", "not")
    ):
        return None
    if low_is_stative(tokens[k].low, tables) and agent is None:
        return None
    low = tokens[k].low
    if agent is not None and k + 2 < len(tokens) and "by" in (tokens[k + 1].low, tokens[k + 2].low):
        return PassiveParse(-1, agent)
    distinct = low in tables.distinct_participles and low not in tables.intransitive_participles
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else "."
    ends = not nxt[0].isalnum() or nxt in _REDUCED_NEXT or (reduced_past and nxt == "while")
    ends = ends or (
        reduced_past and _after_noun_end(tokens, k, tables) and _no_object_active(low, tables)
    )
    if ends and (distinct or (reduced_past and nxt not in ("at", "to"))):
        if np_left(tokens, k - 1) is not None and not _moved(tokens, k, tables):
            return PassiveParse(-1, None)
    return None


#: Prepositions of direction after a past form of an attack verb: an active verb of motion or
#: firing ("a gunman stormed into the Tree of Life synagogue", "police shot into the truck").
_DIRECTIONS = frozenset("into through onto towards toward across".split())
#: Body parts after "shot through the": the passive stays ("shot through the head").
_BODY = frozenset("head heart chest neck leg legs arm arms back stomach face eye throat".split())


def _moved(tokens: list[Token], k: int, tables: AgencyTables) -> bool:
    """Whether the past form at ``k``, of a verb that is active without an object (storm,
    shoot; not kill or injure: "two injured across several crime scenes"), is followed by a
    preposition of direction, so it is the active verb of its subject, not a reduced passive
    (batch-20 round, unlabelled dev-split text)."""
    if k + 1 >= len(tokens) or tokens[k + 1].low not in _DIRECTIONS:
        return False
    if _no_object_active(tokens[k].low, tables) or tables.forms.get(tokens[k].low) is None:
        return False
    return not any(t.low in _BODY for t in tokens[k + 2 : k + 5])


#: Clause openers after which a harm participle of a verb that needs an object is a reduced
#: passive ("a man allegedly injured when an armed group seized rooftops"; issue 20, report 09
#: on AllSides Middle East), not an active verb without one.
_WHEN = frozenset({"when", "as"})


#: Words after a participle of kill/injure/torture that end its clause: a time or a place
#: adverb ("the number of people killed there", batch 18).
_ADVERB_ENDS = frozenset("there today yesterday overnight".split())


def _after_noun_end(tokens: list[Token], k: int, tables: AgencyTables) -> bool:
    """Whether the word after the participle at ``k`` ends a reduced passive of a verb that
    needs an object: "when"/"as" (:data:`_WHEN`), a time or place adverb, or "and" before a
    number ("the two soldiers killed and three wounded in Ukraine today", batch 18; not a
    count read as a noun: "some 62 dead, 200 wounded and 63 missing")."""
    nxt = tokens[k + 1].low if k + 1 < len(tokens) else "."
    if nxt in _WHEN:
        return True
    if nxt in _ADVERB_ENDS:  # not "soldiers killed there 12 civilians"
        return not object_next(tokens, k + 2)
    if nxt != "and" or k + 2 >= len(tokens) or not is_number(tokens[k + 2].low):
        return False
    info = tables.forms.get(tokens[k].low)
    return not (is_number(tokens[k - 1].low) and info is not None and "noun" in info.kinds)


def _reported_fate(tokens: list[Token], k: int, tables: AgencyTables) -> bool:
    """Whether a report participle right before the participle at ``k`` follows a noun phrase
    with no auxiliary ("60 people confirmed killed at school bombed by Russians", a headline;
    "dozens feared killed"), the participle of a verb that needs an object and none after it."""
    if k < 2 or not _no_object_active(tokens[k].low, tables) or object_next(tokens, k + 1):
        return False
    before = tokens[k - 2].low
    if not before[0].isalnum() or before in PRONOUNS | HAVE | BE | GET | MODALS:
        return False
    return np_left(tokens, k - 2) is not None


def _no_object_active(low: str, tables: AgencyTables) -> bool:
    """Whether the harm form ``low`` is of a verb that is never active without an object
    (killing, injuring, torture; not attacking or shooting: "the soldiers attacked when")."""
    info = tables.forms.get(low)
    return info is not None and info.valency == "transitive" and info.harm in _OBJECT_HARMS


_OBJECT_HARMS = frozenset({"kill", "injure", "torture"})


def low_is_stative(low: str, tables: AgencyTables) -> bool:
    """Whether a participle is listed as stative (an adjective unless a by-agent follows)."""
    return low in tables.stative


def _passives_in(text: str, toks: list[Token], tables: AgencyTables) -> list[Passive]:
    out = []
    for k, t in enumerate(toks):
        if not t.low[0].isalpha():
            continue
        p = passive_at(toks, k, tables)
        if p is None:
            continue
        a = toks[p.aux] if p.aux >= 0 else t
        ag = p.agent
        out.append(
            Passive(
                start=a.start,
                end=t.end,
                text=text[a.start : t.end],
                participle=text[t.start : t.end],
                participle_start=t.start,
                participle_end=t.end,
                auxiliary=text[a.start : a.end] if p.aux >= 0 else None,
                agent=text[toks[ag[0]].start : toks[ag[1] - 1].end] if ag else None,
                agent_start=toks[ag[0]].start if ag else -1,
                agent_end=toks[ag[1] - 1].end if ag else -1,
            )
        )
    return out


def find_passives(text: str, *, tables: AgencyTables | None = None) -> list[Passive]:
    """Every passive construction in ``text`` (see the module docstring for the rules).

    Parameters
    ----------
    text
        Any English text.
    tables
        The compiled agency tables (``None``: the bundled ones).

    Returns
    -------
    list of Passive
        In text order; ``text[p.start:p.end] == p.text``; ``agent`` is ``None`` for an
        agentless passive.

    Examples
    --------
    >>> [(p.text, p.agent) for p in find_passives("Twelve civilians were killed by shelling.")]
    [('were killed', 'shelling')]
    >>> [(p.text, p.agent) for p in find_passives("The bridge was reportedly destroyed.")]
    [('was reportedly destroyed', None)]
    >>> find_passives("He was interested in sport. Russian forces killed 12.")
    []
    >>> [p.auxiliary for p in find_passives("Several men taken to hospital died.")]
    [None]
    """
    tables = tables or load_agency_tables()
    out: list[Passive] = []
    for s, e in split_sentences(text):
        out.extend(_passives_in(text, _tokens(text, s, e), tables))
    return out
