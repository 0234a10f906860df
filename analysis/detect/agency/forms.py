"""The grammatical form of one harm trigger in its sentence, with agent and victim.

:func:`classify` reads the trigger's context over tokens (see :mod:`analysis.detect.agency`
for the rules in prose) and returns a :class:`Reading`: the form, and the token ranges of
agent, victim and *cause* (the prepositional phrase of "killed **in a missile strike**",
whose harm noun is part of this event, not another one).
"""

from __future__ import annotations

from typing import NamedTuple

from ...text.typography import QUOTE_MARKS
from .adjectival import NOT_HEADS, adjectival_participle
from .causes import cause_span, dying_cause
from .clauses import active_form, no_doer_verb, passive_before
from .control import before_being, before_control, light_verb_with_subject, to_before_noun
from .heads import noun_head
from .leave import left_hurt
from .names import in_personal_name
from .nounby import noun_by_agent
from .passives import by_agent, death_verb, is_participle, passive_at
from .phrases import (
    innermost,
    leave_before,
    np_left,
    np_right,
    object_conjuncts,
    object_next,
    object_or_end,
    object_pronoun_next,
    shared_object,
    skip_attribution,
    subject_before,
    verbish,
)
from .premodifiers import after_of, article_np, premodifier_agent
from .relatives import relative_antecedent
from .tables import AgencyTables, FormInfo
from .times import before_count, subject_left
from .words import (
    BE,
    CLAUSE_BREAKS,
    DETERMINERS,
    FINITE_AFTER,
    GET,
    HAVE,
    MODALS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    Token,
    aspectual,
    gerund_noun,
    is_adverb,
    is_number,
    is_possessive,
    parenthesis_start,
    singular_premodifier,
)

__all__ = ["Reading", "classify"]

Span = tuple[int, int] | None
_DO = frozenset("do does did don't doesn't didn't to not n't never".split())
_RELATIVE = frozenset({"who", "that", "which"})
_STATE_VERBS = frozenset(
    "found declared pronounced confirmed feared presumed lying lay lies left here there "
    "seem seems seemed appear appears appeared remain remains remained".split()
)
_DEAD_DEGREE = frozenset("all but now already still virtually effectively not in fact".split())
_NOUN_DETS = DETERMINERS - {"that", "this", "these", "those"}
_NOMINAL_LEADS = frozenset("including among of and or".split())
_OBJECT_PREPS = frozenset({"on", "against", "upon"})
_CHAIN = BE | GET | HAVE | MODALS | frozenset({"to"})


class Reading(NamedTuple):
    """A trigger's form with the token ranges of agent, victim and cause (or None)."""

    form: str
    agent: Span = None
    victim: Span = None
    cause: Span = None


def _skip_left(tokens: list[Token], j: int, words: frozenset[str]) -> int:
    while j >= 0 and (tokens[j].low in words or is_adverb(tokens[j].low)):
        j -= 1
    return j


def _subject(
    tokens: list[Token],
    j: int,
    *,
    coordinate: bool = True,
    instruments: frozenset[str] = frozenset(),
) -> Span:
    """The subject noun phrase ending at or before ``j`` (relative pronouns resolved; a
    relative clause's attribution skipped: "an attack that the U.S. said killed"); an
    antecedent headed by one of ``instruments`` is not read on over a preposition ("tensions
    stem from a drone strike that killed": the strike)."""
    j0, j = j, _skip_left(tokens, before_control(tokens, j), _CHAIN | _DO)
    if j < 0:
        return None
    j = skip_attribution(tokens, j, _RELATIVE)
    inner = parenthesis_start(tokens, j) if tokens[j].low == "," else None
    if inner is not None and (j < j0 or tokens[inner + 1].low == "including"):
        return np_left(tokens, inner - 1)  # "strikes, delivered by warplanes, …, has killed"
    relative = tokens[j].low in _RELATIVE and j >= 1
    if relative:
        j -= 1
        if tokens[j].low == ",":
            j -= 1
    if tokens[j].low in PRONOUNS or tokens[j].low == "those":  # "hope … for those wounded"
        return (j, j + 1)
    span = np_left(tokens, j)
    ante = relative_antecedent(tokens, j, span, instruments) if relative and span else None
    if ante is not None:
        return ante
    if span is None and coordinate and tokens[j].low in ("and", ",", "but", "then"):
        return _clause_subject(tokens, j, instruments)  # read on already (batch 24)
    for _ in range(3):  # "A missile strike on a city in central Ukraine on Thursday killed"
        span = object_conjuncts(tokens, span)
        if span is None or (j := subject_left(tokens, span)) < 0:  # not "days after a … strike"
            break
        left = np_left(tokens, j)  # "… at Kremenchuk, a small city …, at the end of June killed"
        if left is None:
            break
        span = (left[0], span[1])
    return span


#: Irregular pasts of the verbs of a strike, read as the verb of the clause before ", killing".
_STRIKE_PASTS = frozenset("hit struck tore shot".split())


def _verb_like(t: Token) -> bool:
    # "including", "during" are no verbs: "killed 23 people, including Liza …" (dev batch 19)
    return (verbish(t) and t.low not in PREPOSITIONS) or t.low in _STRIKE_PASTS


def _clause_subject(tokens: list[Token], j: int, instruments: frozenset[str]) -> Span:
    """The subject of the verb before a coordination ("troops entered the town and killed",
    "the attack killed 3 and injured 20", "the bombing that killed 3 and wounded 170": batch 24)."""
    v = j - 1
    while v > 0 and not _verb_like(tokens[v]) and tokens[v].low not in (";", ":"):
        v -= 1
    if v <= 0 or not _verb_like(tokens[v]) or tokens[v].low in BE | HAVE | MODALS:
        return None
    if no_doer_verb(tokens, v):  # "was hit by powerful shelling …, killing" (dev batch 29)
        return None
    if tokens[j].low == "," and passive_before(tokens, j):
        return None  # "Two other cars were attacked nearby, killing" (dev batch 31)
    return _subject(tokens, v - 1, coordinate=False, instruments=instruments)


def _past_to_death(tokens: list[Token], i: int) -> int:
    """``i``, or the token after a "to death" at ``i`` ("shot two people to death | in an
    attack": the attack is the cause of this event, not another one)."""
    if [t.low for t in tokens[i : i + 2]] == ["to", "death"]:
        return i + 2
    return i


def _active(tokens, k, k2, tables: AgencyTables) -> Reading:
    agent = _subject(tokens, k - 1, instruments=tables.instruments)
    i = shared_object(tokens, k2 + 1) if "ing" == tokens[k2].low[-3:] else k2 + 1
    if i < len(tokens) and tokens[i].low == "dead":
        i += 1
    victim = np_right(tokens, i)
    cause = cause_span(tokens, _past_to_death(tokens, victim[1] if victim else i))
    return Reading(active_form(tokens, k, agent, tables.instruments), agent, victim, cause)


def _passive(tokens, k, k2, aux: int, agent: Span) -> Reading:
    being = aux >= 0 and tokens[aux].low == "being"
    j = before_being(tokens, aux) if being else (aux if aux >= 0 else k) - 1
    victim = _subject(tokens, j) if j >= 0 else None
    if victim and (aux < 0 or (being and j == aux - 1)):
        victim = innermost(tokens, victim)  # "the number of people killed", "cases of … being"
    nxt = agent[1] if agent else _past_to_death(tokens, k2 + 1)
    cause = cause_span(tokens, nxt) if agent is None else None
    return Reading("passive_agent" if agent else "passive_agentless", agent, victim, cause)


_PREMOD_STOPS = DETERMINERS | PREPOSITIONS | CLAUSE_BREAKS | _CHAIN


def _premodifiers(tokens: list[Token], k: int) -> Span:
    a = k
    while a - 1 >= 0 and k - a < 3:
        t = tokens[a - 1]
        low = t.low
        if not low[0].isalnum() or low in _PREMOD_STOPS:
            break
        if verbish(t) or low in PRONOUNS or before_count(tokens[a].low, low):
            break  # not "show" in "Statistics … show 225 dead in Dagestan" (dev, Guardian)
        a -= 1
        if is_possessive(low):
            break
    return (a, k) if a < k else None


def _nominal(tokens, k, k2, info: FormInfo, tables: AgencyTables) -> Reading:
    pre = _premodifiers(tokens, k)
    agent: Span = None
    victim: Span = None
    nxt = tokens[k2 + 1].low if k2 + 1 < len(tokens) else ""
    if nxt == "of":
        victim = np_right(tokens, k2 + 2)
    elif nxt in _OBJECT_PREPS and info.valency == "transitive":
        victim = np_right(tokens, k2 + 2)
    if pre is not None:
        if info.valency == "transitive":
            agent = premodifier_agent(tokens, *pre, tables.agent_names)
        elif victim is None:
            victim = after_of(tokens, pre)
    end = victim[1] - 1 if victim else k2
    by = noun_by_agent(tokens, end, tables)  # not of a participle between: "… hit by"
    cause = cause_span(tokens, end + 1) if info.valency == "intransitive" and by is None else None
    if agent is None and by is None and info.harm == "attack":
        agent = _attacker(tokens, k, pre[0] if pre else k)
    return Reading("nominal", by or agent, victim, cause)


def _attacker(tokens: list[Token], k: int, a: int) -> Span:
    """The agent of the attack noun at ``k`` whose noun phrase starts at ``a``: a possessive
    determiner ("Israel stepped up its attacks"; not of a shooting, which may be the victim's)
    or the subject of a light verb ("Moscow launched a missile strike")."""
    owner = tokens[a - 1].low if a >= 1 else ""
    if owner in POSSESSIVE_DETERMINERS and not tokens[k].low.startswith("shooting"):
        return (a - 1, a)
    v = light_verb_with_subject(tokens, a, k)
    span = _subject(tokens, v - 1) if v >= 1 else None  # "as Moscow has launched …"
    return None if span is None or any(verbish(tokens[i]) for i in range(*span)) else span


_LEAVE = frozenset("left leaving leaves leave".split())
_MARKS = frozenset(QUOTE_MARKS)


def _dead(tokens, k, k2, tables: AgencyTables) -> Reading:
    v = leave_before(tokens, k, _LEAVE)
    if 0 <= v < k - 1:
        # "an artillery bombardment that left thousands dead": the subject of "left" did it
        r = _active(tokens, v, v, tables)
        words = range(*r.agent) if r.agent else ()
        form = r.form
        if any(tokens[i].low in tables.instruments for i in words):
            form = "active_instrument"
        return Reading(form, r.agent, (v + 1, k), None)
    j = _skip_left(tokens, k - 1, _MARKS)  # "talks … are ‘dead’" (dev batch 6)
    while j >= 1 and (is_adverb(tokens[j].low) or tokens[j].low in _DEAD_DEGREE | _MARKS):
        j -= 1  # "had seemed all but dead", "are now dead", "is “absolutely not” dead"
    if j >= 0 and (tokens[j].low in BE or tokens[j].low in _STATE_VERBS):
        while j >= 1 and (tokens[j - 1].low in BE or tokens[j - 1].low in _STATE_VERBS):
            j -= 1  # "you’re lying here dead": the subject is before the whole chain
        return Reading("intransitive", None, _subject(tokens, j - 1), None)
    pre = _premodifiers(tokens, k)
    return Reading("nominal", None, pre, None)


#: Verbs whose "<verb> to death" needs no agent: the victim is the subject ("he bled to death").
_DIE_OF = frozenset("bled froze frozen starved burned burnt choked drowned suffocated".split())


def _to_death(tokens, k: int, v: int, tables: AgencyTables) -> Reading | None:
    """ "<verb> (object) to death": the verb's event, passive or active; none when the verb is
    a harm trigger itself ("tortured the mayor to death" is one event, on *tortured*)."""
    if tokens[v].low in tables.forms:
        return None
    p = passive_at(tokens, v, tables, reduced_past=True)
    if p is not None:
        return _passive(tokens, v, v, p.aux, p.agent or by_agent(tokens, k, tables))
    if v < k - 2:
        return _active(tokens, v, v, tables)
    after = np_right(tokens, k + 1)  # "stabbed to death two men"
    if after is not None and tokens[after[0]].low not in PREPOSITIONS:
        return _active(tokens, v, v, tables)._replace(victim=after)
    subject = _subject(tokens, v - 1)
    if tokens[v].low in _DIE_OF:
        return Reading("intransitive", None, subject, None)
    agent = by_agent(tokens, k, tables)  # "a man stabbed to death in the market"
    return Reading("passive_agent" if agent else "passive_agentless", agent, subject, None)


def _gerund_is_verb(tokens: list[Token], k: int, k2: int) -> bool:
    j = _skip_left(tokens, k - 1, frozenset())
    prev = tokens[j].low if j >= 0 else ""
    nxt = tokens[k2 + 1] if k2 + 1 < len(tokens) else None
    if prev in BE or aspectual(tokens, j, nxt):
        return True  # progressive, aspectual: "are killing", "began shooting" (dev batch 15)
    if nxt is None or nxt.low == "of" or prev in _NOUN_DETS or is_possessive(prev):
        return False
    if gerund_noun(tokens, j, nxt):  # "a mass shooting at", "in shelling early" (batch 22)
        return False
    if nxt.low in FINITE_AFTER and prev == ",":
        return False  # the subject of a clause: "…, shelling continues across the front line"
    if prev in PREPOSITIONS or prev in ("of", "for", "by", "after", "before", "without", ","):
        if object_next(tokens, shared_object(tokens, k2 + 1)):
            return True  # ", killing at least one", ", injuring and hospitalising four"
        return nxt.low[0].isalnum() and nxt.low not in PREPOSITIONS | CLAUSE_BREAKS
    if nxt.low in ("at", "on", "upon") and k2 + 2 < len(tokens):
        o = tokens[k2 + 2]  # "shooting at them", "firing on civilians"
        if o.low in PRONOUNS or o.low in DETERMINERS or o.low in ("civilians", "people"):
            return True
    return object_next(tokens, k2 + 1) and not tokens[k].cap


_COORD_REACH = 12  # tokens back from "and"/"or" to the participle of the first conjunct
_COORD_STOPS = frozenset({";", ":", "which", "who", "that", "whom"})


def _coordinated_passive(
    tokens, k: int, conj: int, tables: AgencyTables, reach: int | None = None
) -> Reading | None:
    """A participle with no auxiliary of its own coordinated with an earlier passive in its
    clause: passive too ("were brought to the pit, forced to their knees and shot dead",
    "killed on their bicycles …, or executed with their hands bound").  Not when an object
    follows it ("… and killed five": an active verb).  After a comma (``reach`` 1) the passive
    participle must be the word before it ("hands bound, raped, and murdered", dev batch 8; not
    "strikes, delivered by warplanes …, has killed, maimed and terrified residents")."""
    i = k + 1
    if i < len(tokens) and tokens[i].low == "dead":
        i += 1
    if object_next(tokens, i):
        return None
    for v in range(conj - 1, max(-1, conj - 1 - (reach or _COORD_REACH)), -1):
        if tokens[v].low in _COORD_STOPS:
            return None
        if not is_participle(tokens[v].low, tables):
            continue
        p = passive_at(tokens, v, tables, reduced_past=True)
        if p is not None:
            victim = _passive(tokens, v, v, p.aux, p.agent).victim
            agent = by_agent(tokens, k, tables)
            cause = cause_span(tokens, i) if agent is None else None
            form = "passive_agent" if agent else "passive_agentless"
            return Reading(form, agent, victim, cause)
    return None


_SHARED_REACH = 4  # tokens from a participle to the last conjunct of its coordination


def _shared_agent(tokens: list[Token], k: int, tables: AgencyTables) -> Span:
    """The by-agent of the last participle coordinated right after the passive participle at
    ``k``, which all the conjuncts share ("were hanged, shot or tortured to death by gestapo",
    dev batch 9; "were killed and two wounded by", dev batch 19), or None."""
    m, last = k + 1, None
    while m < len(tokens) and m - k <= _SHARED_REACH:
        low = tokens[m].low
        if low in (",", "and", "or"):
            m += 1
            continue
        # an elliptical subject, a number: "were killed and two wounded by guided aerial bomb
        # attacks" (dev batch 19)
        p = m + 1 if is_number(low) and m + 1 < len(tokens) else m
        if not is_participle(tokens[p].low, tables) or tokens[m - 1].low not in (",", "and", "or"):
            break
        last = p
        if tokens[m - 1].low in ("and", "or"):
            break
        m = p + 1
    return by_agent(tokens, last, tables) if last is not None else None


_PARTITIVE_LEADS = frozenset({"of", "among", "including"})
_OBJECT_FORMS = frozenset({"them", "him", "us", "me"})


def _after_partitive(tokens, k: int, k2: int, info: FormInfo, tables: AgencyTables) -> Reading:
    """A participle right after "of", "among" or "including" is no verb: before its noun an
    agentless passive ("after the discoveries of slain civilians", dev batch 8), else a noun
    ("on the list of wounded", dev batch 8; "the number of injured has risen"), not the verb of
    a "be" further back ("people are on the list of wounded") nor a past tense ("of slain
    civilians" read with the words before "of" as its subject)."""
    nxt = tokens[k2 + 1] if k2 + 1 < len(tokens) else None
    if nxt is None or not nxt.low[0].isalnum() or nxt.low in NOT_HEADS | {"and", "or"}:
        return _nominal(tokens, k, k2, info, tables)
    return Reading("passive_agentless", None, np_right(tokens, k2 + 1))


def _beside_base(tokens: list[Token], j: int, k2: int, tables: AgencyTables) -> bool:
    """Whether a base form after "and"/"or"/"who" at ``j`` is coordinated with a verb-only
    base form before it or after its "or"/"and" ("kill and wound", "wound or kill"), or follows
    "who" ("those who wound walk free")."""
    if tokens[j].low == "who":
        return True
    near = [tokens[j - 1].low if j else ""]
    if k2 + 2 < len(tokens) and tokens[k2 + 1].low in ("and", "or"):
        near.append(tokens[k2 + 2].low)
    return any(w in tables.forms and tables.forms[w].kinds == {"base"} for w in near)


def classify(
    tokens: list[Token], k: int, k2: int, info: FormInfo, tables: AgencyTables
) -> Reading | None:
    """The form of the trigger spanning tokens ``k..k2`` (inclusive), or None (not an event).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> from analysis.detect.agency.tables import load_agency_tables
    >>> t = load_agency_tables()
    >>> toks = tokenize("Twelve civilians were killed by Russian shelling")
    >>> r = classify(toks, 3, 3, t.forms["killed"], t)
    >>> r.form, r.agent, r.victim
    ('passive_agent', (5, 7), (0, 2))
    """
    kinds, low = info.kinds, tokens[k].low
    if in_personal_name(tokens, k):
        return None  # a name mid-sentence: "the Dead Weather", "Operation Storm", "of Death"
    if "phrase" in kinds:
        return Reading("intransitive", None, _subject(tokens, k - 1), dying_cause(tokens, k2 + 1))
    if low == "dead" or left_hurt(tokens, k, _LEAVE):
        return _dead(tokens, k, k2, tables)
    if low == "death" and (v := death_verb(tokens, k, tables)) >= 0:  # "hacked him to death"
        return _to_death(tokens, k, v, tables)
    if "participle" in kinds and k == k2 and k and tokens[k - 1].low in _PARTITIVE_LEADS:
        return _after_partitive(tokens, k, k2, info, tables)
    if "participle" in kinds and k == k2 and k >= 2 and tokens[k - 1].low in _OBJECT_FORMS:
        if not tokens[k - 1].cap:  # "the US bombed bases" (AllSides war articles)
            # an object pronoun is no subject: "30 were rescued, seven of them wounded" (dev
            # batch 8)
            return Reading("passive_agentless", None, _subject(tokens, k - 1))
    if "participle" in kinds and k == k2:
        p = passive_at(tokens, k, tables, reduced_past=True)
        if p is not None:
            return _passive(tokens, k, k2, p.aux, p.agent or _shared_agent(tokens, k, tables))
    prev_j = _skip_left(tokens, k - 1, frozenset())
    prev = tokens[prev_j].low if prev_j >= 0 else ""
    if "participle" in kinds and k == k2 and prev in ("and", "or", ","):
        r = _coordinated_passive(tokens, k, prev_j, tables, reach=1 if prev == "," else None)
        if r is not None:
            return r
    if low in ("wounded", "injured", "killed") and prev in _NOMINAL_LEADS:
        before = tokens[prev_j - 1].low if prev_j >= 1 else ""
        nxt = tokens[k2 + 1].low if k2 + 1 < len(tokens) else "."
        if prev in ("including", "among", "of") or before in ("dead", "killed", "wounded"):
            if not nxt[0].isalnum() or nxt in ("and", "or", "in"):
                return _nominal(tokens, k, k2, info, tables)
    if "participle" in kinds and k == k2 and adjectival_participle(tokens, k, prev):
        return Reading("passive_agentless", None, article_np(tokens, k2 + 1, prev))
    verbal = bool(kinds & {"past", "participle"})
    if "third" in kinds:
        verbal = (
            verbal
            or "noun" not in kinds
            or (subject_before(tokens, k) and object_or_end(tokens, k, k2))
        )
    if "base" in kinds:
        if (
            prev in MODALS
            or prev in PRONOUNS
            or (prev in _DO and not to_before_noun(tokens, prev_j))
        ):
            verbal = True
        elif "noun" not in kinds and low not in tables.instruments:
            verbal = True
        elif "noun" in kinds and subject_before(tokens, k) and object_next(tokens, k2 + 1):
            verbal = not singular_premodifier(tokens, prev_j)
        elif "noun" in kinds and prev in ("and", "or", "who"):
            # "… walk away from diplomacy and attack Ukraine"; beside a verb-only base form:
            # "used to kill and wound both …", "raise a gun and wound or kill" (batch-21 round)
            verbal = object_next(tokens, k2 + 1) or _beside_base(tokens, prev_j, k2, tables)
    if kinds & {"base", "third"} and object_pronoun_next(tokens, k2 + 1):
        verbal = True  # a noun is never followed by "him": "its channels often attack him as …"
    if "gerund" in kinds and _gerund_is_verb(tokens, k, k2):
        verbal = True
    elif "gerund" in kinds and info.valency == "intransitive" and prev == ",":
        verbal = True  # "civilians remain there, dying in houses and yards" (dev batch 5)
    if "noun" in kinds and (prev in _NOUN_DETS or is_number(prev) or is_possessive(prev)):
        verbal = verbal and prev in HAVE
    elif kinds <= {"base", "third"} and (prev in _NOUN_DETS or noun_head(tokens, prev_j, kinds)):
        verbal = False  # a verb-only form after an article is a noun of another sense: "the storm"
    if not verbal:
        return _nominal(tokens, k, k2, info, tables) if "noun" in kinds else None
    if info.valency == "intransitive":
        return Reading("intransitive", None, _subject(tokens, k - 1), dying_cause(tokens, k2 + 1))
    return _active(tokens, k, k2, tables)
