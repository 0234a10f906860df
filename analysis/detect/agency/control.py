"""The subject of an infinitive: the doer of "to storm" in "Russian troops were trying to storm
the steelworks" is the subject of *trying*, not *trying* itself.

A harm verb in the infinitive after a control predicate (a lexical verb in -ed/-ing, or one of
:data:`CONTROL`: want, plan, likely, able …) takes that predicate's subject as its agent; the
predicate, its auxiliaries, negation and adverbs are stepped over ("Moscow is not going to
attack anyone": Moscow; "Russia threatened to strike British military facilities": Russia).
Issue 20, seventeenth round: re-rendering report 09 on AllSides immigration news showed agents
"trying", "going", "not going" (341 infinitive events on Guardian/NYT, by-country and 1,500
AllSides articles: 56 had the predicate as the whole agent, more had it inside the span).
"""

from __future__ import annotations

from .phrases import FINITE_SHORT, light_verb_before, np_left, verbish
from .words import (
    BE,
    CLAUSE_BREAKS,
    DETERMINERS,
    END_UP,
    GET,
    HAVE,
    MODALS,
    PREPOSITIONS,
    PRONOUNS,
    Token,
    aspectual,
    is_adverb,
    is_possessive,
)

__all__ = [
    "CONTROL",
    "NOUN_INFINITIVES",
    "OBJECT_CONTROL",
    "RAISING",
    "TO_GOVERNORS",
    "before_being",
    "before_control",
    "light_verb_with_subject",
    "to_before_noun",
]

#: Predicates without an -ed/-ing ending that take an infinitive whose subject is theirs.
CONTROL = frozenset(
    "want wants plan plans try tries need needs seek seeks intend intends hope hopes aim aims "
    "threaten threatens promise promises refuse refuses decide decides continue continues "
    "begin begins began begun start starts fail fails vow vows agree agrees expect expects "
    "likely unlikely able unable ready willing unwilling poised about eager keen set sure "
    "certain determined prepared".split()
)

#: Words stepped over between a subject and its control predicate ("were", "is not", "doesn't",
#: "are much more likely").
_BETWEEN = (
    BE
    | GET
    | HAVE
    | MODALS
    | frozenset("do does did don't doesn't didn't not n't never".split())
    | frozenset("more less most least much very so too far as even also still just only".split())
    | frozenset("long already now again ever".split())
)

#: -ed/-ing forms that do not pass their subject on: a purpose ("the district … was being used
#: to attack") or a preposition *to* before a noun ("subjected to torture", "exposed to attack").
_NOT_CONTROL = frozenset(
    "used designed meant intended needed supposed subjected exposed linked related attributed "
    "led contributed resorted resorting leading according owing".split()
)


#: Words after which *to* is a preposition, so a harm word after it is a noun ("subjected to
#: torture", "vulnerable to attack", "in response to attack"), not an infinitive.
TO_GOVERNORS = frozenset(
    "subjected subject exposed vulnerable susceptible prone open due owing similar similarity "
    "similarities response responses resort resorted resorting attributed attributable linked "
    "related".split()
)


def to_before_noun(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a preposition *to* after one of :data:`TO_GOVERNORS`.

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> to_before_noun(tokenize("Joseph was subjected to torture"), 3)
    True
    >>> to_before_noun(tokenize("Russia was trying to attack"), 3)
    False
    """
    return j >= 1 and tokens[j].low == "to" and tokens[j - 1].low in TO_GOVERNORS


def _control(t: Token) -> bool:
    if t.low in _NOT_CONTROL or t.low in _BETWEEN:
        return False
    return t.low in CONTROL or t.low in RAISING or verbish(t)


#: Participles of saying and believing whose subject is that of the infinitive after them ("48
#: people are believed to have been killed", dev batch 23; "are said to have been killed").
RAISING = frozenset(
    "believed said thought reported feared known understood alleged presumed rumoured rumored "
    "estimated expected".split()
)
#: A perfect or passive infinitive's auxiliaries between *to* and the harm participle.
_INFINITIVE_AUX = frozenset({"have", "be", "been", "being"})


def _forms(bases: str) -> frozenset[str]:
    out = set()
    for b in bases.split():
        stem = b[:-1] if b.endswith("e") else b
        out |= {b, b + "s", stem + "ed", stem + "ing"}
    return frozenset(out)


#: Verbs whose object, not subject, is the doer of a following infinitive ("ordered troops to
#: attack", "allowed the Ukrainians to strike back"): the object phrase is the agent.
OBJECT_CONTROL = _forms(
    "order tell allow urge ask force encourage authorize authorise permit instruct command "
    "enable help call push press persuade invite train arm send deploy direct incite inspire "
    "recruit pay convince mobilize mobilise task want expect need require warn beg pressure "
    "prompt cause lead get dispatch supply provide equip give grant commit"
) | frozenset("told sent led paid got gave".split())

_PURPOSE_REACH = 6  # words of the object between a verb and the *to* of a purpose

#: Nouns whose infinitive is their own complement, not a purpose of the verb before them ("foiled
#: an attempt by al-Qaeda to attack", "granting the authority to conduct strikes"), and words of
#: an infinitival relative ("the second person to die", "the first country to attack").
NOUN_INFINITIVES = frozenset(
    "attempt attempts bid bids effort efforts plan plans plot plots order orders decision "
    "decisions mission missions ability capability capabilities capacity means resources "
    "desire chance chances opportunity way ways right power powers authority permission time "
    "position campaign push drive move threat threats call calls intention intentions "
    "readiness willingness license licence pressure reason reasons need option options "
    "approval authorization authorisation go-ahead proposal proposals request requests "
    "first second third last only next latest".split()
)


def _before_purpose(tokens: list[Token], j: int) -> int:
    """``j``, or, when ``tokens[j]`` is the *to* of a purpose infinitive after a lexical verb
    and its object ("Israel used Lebanese airspace to strike Syria"), the index before that
    verb (and its auxiliaries and adverbs), where the main clause's subject ends; not after a
    verb whose object is the doer (:data:`OBJECT_CONTROL`), nor over a preposition ("supplied
    weapons to Ukraine to strike": Ukraine; "used by Kyiv to conduct"), nor after a noun of
    :data:`NOUN_INFINITIVES`."""
    for v in range(j - 1, max(-1, j - 2 - _PURPOSE_REACH), -1):
        t = tokens[v]
        low = t.low
        if low == "." and v >= 1 and tokens[v - 1].cap and len(tokens[v - 1].low) <= 3:
            continue  # an abbreviation: "Hamas used U.N. facilities to attack"
        if not low[0].isalnum() or low in CLAUSE_BREAKS | _BETWEEN | PRONOUNS | NOUN_INFINITIVES:
            return j
        if low in PREPOSITIONS or low == "by":
            if low != "of":
                return j
        if t.cap or not (verbish(t) or low in FINITE_SHORT):
            continue
        if v >= 1 and (tokens[v - 1].low in DETERMINERS or is_possessive(tokens[v - 1].low)):
            continue  # an adjective: "the armed forces"
        if v == j - 1 or low in OBJECT_CONTROL or low in _NOT_CONTROL - {"used"}:
            return j
        v -= 1
        while v >= 0 and (tokens[v].low in _BETWEEN or is_adverb(tokens[v].low)):
            v -= 1
        return v
    return j


def _be_used(tokens: list[Token], j: int) -> bool:
    """Whether the *to* at ``j`` follows a passive "be used" ("The missiles would be used to
    strike", "Drones were also used to attack"): the subject of *be* is the doer."""
    if j < 2 or tokens[j - 1].low != "used":
        return False
    k = j - 2
    while k > 0 and is_adverb(tokens[k].low):
        k -= 1
    return tokens[k].low in BE


def before_control(tokens: list[Token], j: int) -> int:
    """``j``, or, when ``tokens[j]`` is the infinitive marker *to* after a control predicate,
    the index left of that predicate (and of its auxiliaries, negation and adverbs).

    Parameters
    ----------
    tokens : list of Token
        The sentence's tokens.
    j : int
        The token right before the harm verb.

    Returns
    -------
    int
        Where the subject phrase of the infinitive ends (``j`` when there is no control
        predicate).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("Russian troops were trying to storm")
    >>> toks[before_control(toks, 4)].low
    'troops'
    """
    up = j >= 1 and tokens[j].low == "up" and tokens[j - 1].low in END_UP
    if up or (j >= 1 and aspectual(tokens, j, None) and tokens[j + 1].low.endswith("ing")):
        # "many of the French … ended up dying anyway" (dev batch 19); an aspectual verb before
        # a gerund is no part of the subject: "Russian troops continued shelling the city"
        j -= 2 if up else 1
        while j >= 0 and (tokens[j].low in _BETWEEN or is_adverb(tokens[j].low)):
            j -= 1
    h = j
    while h >= 1 and tokens[h].low in _INFINITIVE_AUX:
        h -= 1  # "are believed to have been killed"
    j = h if h < j and tokens[h].low == "to" else j
    for _ in range(3):  # "is going to try to kill"
        if j < 1 or tokens[j].low != "to":
            return j
        if _be_used(tokens, j):  # "The missiles would be used to strike" (dev batch 17)
            j -= 2
            while j >= 0 and (tokens[j].low in _BETWEEN or is_adverb(tokens[j].low)):
                j -= 1
            continue
        if not _control(tokens[j - 1]):
            k = _before_purpose(tokens, j)
            if k == j:
                return j
            j = k
            continue
        if j >= 2 and (tokens[j - 2].low in DETERMINERS or is_possessive(tokens[j - 2].low)):
            return j  # a noun: "has no plans to attack", "Russia's plans to attack"
        j -= 2
        while j >= 0 and (tokens[j].low in _BETWEEN or is_adverb(tokens[j].low)):
            j -= 1
    return j


def light_verb_with_subject(tokens: list[Token], a: int, k: int) -> int:
    """The index of the light verb of the attack noun at ``k`` whose phrase starts at ``a``
    ("Moscow launched a missile strike", "Russia could launch an attack"; also when the noun's
    modifiers took it in: "Ukraine will carry out strikes") whose subject can be read, or -1:
    an infinitive's subject only after a control predicate ("Russia is preparing to launch an
    attack"), not after a noun ("the capabilities to launch an attack": no agent), and no noun
    after a determiner ("authorized the launch of a missile attack").

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> light_verb_with_subject(tokenize("Russia could launch an attack"), 3, 4)
    2
    >>> light_verb_with_subject(tokenize("Russia has the capabilities to launch an attack"), 6, 7)
    -1
    """
    v = light_verb_before(tokens, a)
    if v < 0 and a < k:
        v = light_verb_before(tokens, k)
    if v >= 1 and tokens[v - 1].low == "to" and before_control(tokens, v - 1) == v - 1:
        return -1
    if v >= 1 and tokens[v - 1].low in DETERMINERS:
        return -1  # a noun: "authorized the launch of a missile attack"
    return v


#: Verbs without an -ed/-ing ending that take a gerund passive whose subject is theirs
#: ("Civilians risk being killed", "they fear being shot"); any lexical -ed/-ing word does too
#: ("detainees also reported being tortured").
BEING_CONTROL = frozenset(
    "risk risks fear fears avoid avoids deny denies admit admits recall recalls face faces "
    "escape escapes describe describes report reports mind minds resist resists remember "
    "remembers prefer prefers keep keeps imagine imagines consider considers survive survives "
    "hate hates like likes".split()
)
_LEADS_TO_BEING = frozenset(
    "after before of for without from despite since upon on by while about against through "
    "instead".split()
)
_OBJECT_ONLY = frozenset("him them us me".split())
_CLAUSE_REACH = 8  # words between a preposition before *being* and the verb it belongs to


def _subject_end(tokens: list[Token], v: int) -> int:
    """The index left of the verb at ``v`` and of its auxiliaries, negation and adverbs."""
    j = v - 1
    while j >= 0 and (tokens[j].low in _BETWEEN or is_adverb(tokens[j].low)):
        j -= 1
    return j


def _clause_verb(tokens: list[Token], j: int) -> int:
    """The verb of the clause that the preposition at ``j`` belongs to (within
    :data:`_CLAUSE_REACH` words, no punctuation between), or -1; an -ing word after an article
    or a possessive is a noun ("wounded nine people in a stabbing rampage … before being shot":
    wounded), and a participle after a comma has no subject of its own here (", killing 12
    people before being shot dead himself")."""
    for v in range(j - 1, max(-1, j - 1 - _CLAUSE_REACH), -1):
        t = tokens[v]
        if not t.low[0].isalnum():
            return -1
        before = tokens[v - 1].low if v >= 1 else ""
        if before in DETERMINERS or is_possessive(before):
            continue
        if t.low in BE | GET | HAVE | MODALS or verbish(t) or t.low.endswith("ed"):
            return -1 if t.low.endswith("ing") and before == "," else v
    return -1


def before_being(tokens: list[Token], aux: int) -> int:
    """Where the subject of a gerund passive ends, its *being* at ``aux``: right before *being*
    when a noun stands there ("cases of civilians being executed"); before the verb that takes
    the gerund ("Civilians risk being killed", "detainees also reported being tortured": not
    the verb itself as the victim); before the verb of the clause that a preposition before
    *being* belongs to ("He died after being shot by police": He; "She was afraid of being
    killed": She), not the object of that verb ("troops shelled the town after being
    attacked": troops); -1 when no subject is read (no verb found, or an object pronoun).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("Civilians risk being killed")
    >>> toks[before_being(toks, 2)].low
    'civilians'
    >>> toks = tokenize("He died after being shot by police")
    >>> toks[before_being(toks, 3)].low
    'he'
    """
    j = aux - 1
    while j >= 0 and is_adverb(tokens[j].low) and tokens[j].low not in _LEADS_TO_BEING:
        j -= 1
    if j < 0:
        return -1
    prev = tokens[j]
    if prev.low in _LEADS_TO_BEING:
        v = _clause_verb(tokens, j)
        if v < 0:
            return -1
        j = _subject_end(tokens, v)
        if j < 0 or tokens[j].low in ("that", "which"):
            return -1  # "talk … in a way that will be realistic without being attacked"
    elif prev.low in PREPOSITIONS:
        return -1  # "alleging police violence, including being shot" (dev batch 18)
    elif prev.low in BEING_CONTROL or (verbish(prev) and prev.low not in _BETWEEN):
        j = _subject_end(tokens, j)
    else:
        return j
    span = np_left(tokens, j) if j >= 0 else None
    if span and span[0] >= 2 and tokens[span[0] - 1].low == "by":
        if tokens[span[0] - 2].low.endswith("ed"):  # not the by-agent of a reduced relative:
            j = span[0] - 3  # "those detained by Ukrainian forces also reported being tortured"
    return -1 if j < 0 or tokens[j].low in _OBJECT_ONLY else j
