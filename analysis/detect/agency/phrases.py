"""Noun phrases around a predicate, found over tokens without a parser.

A noun phrase to the **left** (a subject) runs back from a position to a clause boundary
(punctuation, a conjunction or relative pronoun, a finite verb); it may cross ``of`` and a
locative preposition whose left neighbour is a lower-case noun ("civilians in Kharkiv").  A
noun phrase to the **right** (an object, a by-agent) runs forward to the next boundary; it
crosses ``of``, a quantity lead ("at least", "more than") and ``and`` before a noun.
"""

from __future__ import annotations

from ...text.segment import abbreviations
from .words import (
    BE,
    CALENDAR,
    CLAUSE_BREAKS,
    DAY_ADVERBS,
    DETERMINERS,
    GET,
    HAVE,
    MODALS,
    NATIONALITY_ENDS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIER_LEADS,
    Token,
    ends_phrase,
    is_number,
    is_possessive,
    live_stamp,
    spaced_dash,
)

__all__ = [
    "FINITE_SHORT",
    "TIME_LEADS",
    "TIME_NOUNS",
    "innermost",
    "np_left",
    "np_right",
    "head_index",
    "verbish",
    "skip_attribution",
    "leave_before",
    "object_next",
    "object_pronoun_next",
    "subject_before",
    "object_or_end",
    "light_verb_before",
    "shared_object",
    "object_conjuncts",
]

_PUNCT_OK = frozenset("-'’%$€£")
_VERBS = BE | GET | HAVE | MODALS | frozenset("do does did".split())
_CROSS_LEFT = frozenset("of in from near at outside inside on against".split())
_LEFT_QUANT = {"least": ("at",), "than": ("more", "fewer", "less"), "to": ("up",)}
_LEFT_APPROX = frozenset("about over around nearly almost some roughly approximately".split())
_MAX = 10
#: Finite verbs too short for :func:`verbish` (or irregular) that a noun phrase never runs
#: over ("Israel used Lebanese airspace to strike": the phrase of "airspace" stops at "used").
FINITE_SHORT = frozenset(
    "used uses use told tells sent sends made makes took takes gave gives kept keeps".split()
)


def _is_word(t: Token) -> bool:
    return t.low[0].isalnum() or t.low[0] in "$€£"


def _abbreviation_stop(tokens: list[Token], d: int) -> bool:
    """Whether the full stop at ``d`` ends an abbreviation inside a noun phrase: a title before
    a name ("Sen. Paul"), a month or "No." before a number ("the Aug. 21 chemical weapon
    attack", dev batch 10), a dotted initialism before a lower-case word ("U.S. forces")."""
    if d < 1 or d + 1 >= len(tokens) or tokens[d].low != ".":
        return False
    prev, nxt = tokens[d - 1], tokens[d + 1]
    if prev.end != tokens[d].start or not _is_word(nxt):
        return False
    kind = abbreviations().get(prev.low)
    if kind == "title":
        return nxt.cap
    if kind in ("month", "number"):
        return nxt.low[0].isdigit()
    return "." in prev.low and not nxt.cap  # "u.s" of "U.S. forces"


def verbish(t: Token) -> bool:
    """A token that reads as a verb form (auxiliary, modal, or a lower-case -ed/-ing word)."""
    low = t.low
    if low in _VERBS:
        return True
    return not t.cap and "-" not in low and low.endswith(("ed", "ing")) and len(low) > 4


def _ing_noun(tokens: list[Token], i: int) -> bool:
    """An -ing word right after a determiner, a possessive or a capitalised modifier is a noun
    inside the phrase ("the shelling of the city", "a shopping mall", "Russian shelling"),
    not a verb that ends it."""
    if i < 1 or not tokens[i].low.endswith("ing"):
        return False
    before = tokens[i - 1]
    return before.low in DETERMINERS or is_possessive(before.low) or (before.cap and i >= 2)


def np_left(tokens: list[Token], j: int, *, stop: int = 0) -> tuple[int, int] | None:
    """Token range ``[a, b)`` of the noun phrase ending at index ``j`` (inclusive), or None.

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("On Monday, 12 civilians in Kharkiv were killed")
    >>> a, b = np_left(toks, 6)
    >>> " ".join(t.low for t in toks[a:b])
    '12 civilians in kharkiv'
    """
    if j < stop or not _is_word(tokens[j]):
        return None
    first = tokens[j].low
    if first in CLAUSE_BREAKS or first in PREPOSITIONS or first in _VERBS:
        return None
    a = j
    while a - 1 >= stop and j - a < _MAX:
        t = tokens[a - 1]
        low = t.low
        if not _is_word(t):
            if (low in _PUNCT_OK and not spaced_dash(tokens, a - 1)) or (
                a - 2 >= stop and _abbreviation_stop(tokens, a - 1)
            ):
                a -= 1
                continue
            break
        if low in _LEFT_QUANT and a - 2 >= stop and tokens[a - 2].low in _LEFT_QUANT[low]:
            a -= 2
            break
        if low in _LEFT_APPROX and tokens[a].low[:1].isdigit():
            a -= 1
            break
        if low in _CROSS_LEFT and a - 2 >= stop:
            left = tokens[a - 2]
            if (
                _is_word(left)
                and not left.cap
                and (not verbish(left) or _ing_noun(tokens, a - 2))
                and left.low not in (CLAUSE_BREAKS | PREPOSITIONS | PRONOUNS | DETERMINERS)
            ):
                a -= 2
                continue
            break
        if low in CLAUSE_BREAKS or low in PREPOSITIONS or low in _VERBS:
            break
        if verbish(t) and not _ing_noun(tokens, a - 1):
            break
        if (low in FINITE_SHORT and not t.cap) or live_stamp(tokens, a - 1):
            break
        if low in PRONOUNS and a != j:
            break
        if low in DAY_ADVERBS and (a - 2 < stop or tokens[a - 2].low not in DETERMINERS):
            break
        a -= 1
    if tokens[a].low == "by" and a < j:  # "stalled by the pandemic, which": no phrase opens so
        a += 1
    return (a, j + 1)


def innermost(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """The last noun phrase of ``span`` after its prepositions: the noun a reduced passive
    modifies ("the number of people killed": people; "the hospital bed of a man allegedly
    injured": a man).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> innermost(tokenize("the families of people killed"), (0, 4))
    (3, 4)
    """
    inner = [
        p
        for p in range(*span)
        if tokens[p].low in _CROSS_LEFT
        and p + 1 < span[1]
        and tokens[p + 1].low not in ("least", "most")
    ]
    if not inner or tokens[span[1] - 1].low in _OF_COMPOUNDS:
        return span  # "prisoners of war killed"
    p = inner[-1]
    if p > span[0] and (is_number(tokens[p - 1].low) or tokens[p - 1].low in _PARTITIVES):
        return span  # a part: "one of the journalists injured", "at least 30 killed"
    return (p + 1, span[1])


#: Last words of a noun compound with *of* ("prisoners of war", "next of kin").
_OF_COMPOUNDS = frozenset("war kin state staff parliament congress".split())
#: Words of a part before *of* or *at*: the whole phrase is the victim.
_PARTITIVES = frozenset("one some many most all none each several few both percent".split())


def np_right(tokens: list[Token], i: int, *, stop: int | None = None) -> tuple[int, int] | None:
    """Token range ``[i, b)`` of the noun phrase starting at index ``i``, or None.

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("killed at least 12 civilians in Kharkiv")
    >>> a, b = np_right(toks, 1)
    >>> " ".join(t.low for t in toks[a:b])
    'at least 12 civilians'
    """
    stop = len(tokens) if stop is None else stop
    if i >= stop or not _is_word(tokens[i]):
        return None
    b = i
    if tokens[i].low in QUANTIFIER_LEADS and i + 1 < stop:
        b = i + 2 if tokens[i + 1].low in QUANTIFIER_LEADS else i + 1
    elif tokens[i].low in CLAUSE_BREAKS or tokens[i].low in PREPOSITIONS:
        return None
    while b < stop and b - i < _MAX:
        t = tokens[b]
        low = t.low
        if not _is_word(t):
            if (low in _PUNCT_OK and not spaced_dash(tokens, b)) or (
                b > i and b + 1 < stop and _abbreviation_stop(tokens, b)
            ):
                b += 1
                continue
            break
        if low == "of" and b > i:
            b += 1
            continue
        if low in ("and", "or") and b > i and b + 1 < stop:
            nxt = tokens[b + 1]
            if _is_word(nxt) and not verbish(nxt) and nxt.low not in PRONOUNS | CLAUSE_BREAKS:
                b += 1
                continue
            break
        if low in CLAUSE_BREAKS or low in PREPOSITIONS or low in _VERBS:
            break
        if (
            b > i
            and verbish(t)
            and tokens[b - 1].low not in DETERMINERS
            and _takes_object(tokens, b)
        ):
            break
        if b > i and ends_phrase(tokens, b):  # not "areas far" of "areas far from"
            break
        b += 1
    return (i, b) if b > i else None


#: -ing nouns that head a noun phrase of attack or fighting ("Russian shelling on Sunday").
_ING_NOUNS = frozenset("shelling shellings bombing bombings fighting firing shooting".split())


def _takes_object(tokens: list[Token], b: int) -> bool:
    """Whether the -ed/-ing word at ``b`` is followed by what a verb takes (an object, a
    preposition): then it starts a clause ("troops retreating from Kyiv"), unless it is an
    -ing noun after a modifier ("Russian shelling on Sunday")."""
    if b + 1 >= len(tokens) or (tokens[b].low in _ING_NOUNS and b > 0 and tokens[b - 1].cap):
        return False
    nxt = tokens[b + 1].low
    return (
        nxt in DETERMINERS
        or nxt in PREPOSITIONS
        or nxt in PRONOUNS
        or nxt in QUANTIFIER_LEADS
        or is_number(nxt)  # "killed five", not only "killed 5"
    )


def head_index(tokens: list[Token], a: int, b: int) -> int:
    """The head of the noun phrase ``[a, b)``: its last word before ``of`` or a preposition.

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("A Russian missile strike on Kyiv")
    >>> toks[head_index(toks, 0, 6)].low
    'strike'
    """
    for k in range(a, b):
        if tokens[k].low == "of" or tokens[k].low in PREPOSITIONS:
            return max(a, k - 1)
        if k > a and tokens[k - 1].low not in DETERMINERS and _post_head(tokens, k, b):
            return k - 1
    return b - 1


#: A time after a noun phrase's head ("a chemical attack last week"): lead, then noun.
TIME_LEADS = frozenset("last this next earlier".split())
TIME_NOUNS = frozenset(
    "week weekend month year night morning evening monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)


def _post_head(tokens: list[Token], k: int, b: int) -> bool:
    """Whether ``tokens[k]`` opens a modifier after the head: a time ("a chemical attack last
    week that killed hundreds") or "far from" ("a recent missile strike far from the front
    lines killed more than 25 people", batch 18)."""
    nxt = tokens[k + 1].low if k + 1 < b else ""
    low = tokens[k].low
    return (low in TIME_LEADS and nxt in TIME_NOUNS) or (low == "far" and nxt == "from")


#: Verbs of saying and believing of an attribution inside a relative clause ("an attack that
#: the U.S. said killed 1,429 people", dev batch 11): the antecedent is the verb's subject.
_ATTRIBUTING = frozenset(
    "said says say claimed claims alleged alleges believed believes estimated estimates "
    "reported reports thought think thinks".split()
)
_ATTRIBUTION_REACH = 6  # words of the source between the relative pronoun and the verb


def skip_attribution(tokens: list[Token], j: int, relatives: frozenset[str]) -> int:
    """The index of the relative pronoun (one of ``relatives``) before "<source> said" ending
    at ``j``, else ``j``."""
    if tokens[j].low not in _ATTRIBUTING:
        return j
    for r in range(j - 1, max(-1, j - 2 - _ATTRIBUTION_REACH), -1):
        low = tokens[r].low
        if low in relatives:
            return r if r < j - 1 else j
        if not (low[0].isalnum() or low in (".", "'", "’")):
            return j
    return j


def _in_victim(tokens: list[Token], v: int) -> bool:
    """A word, or the full stop of an initial, inside the victim phrase of "left … dead"."""
    if tokens[v].low == ".":
        return v > 0 and len(tokens[v - 1].low) == 1 and tokens[v - 1].cap
    return tokens[v].low[0].isalnum()


def _verbal(tokens: list[Token], i: int) -> bool:
    """A verb form or an infinitive ("returned", "to find")."""
    t = tokens[i]
    return verbish(t) or (i > 0 and tokens[i - 1].low == "to" and not t.cap)


def leave_before(tokens: list[Token], k: int, leave: frozenset[str]) -> int:
    """The index of a verb of ``leave`` whose victim phrase ends right before ``tokens[k]``
    ("dead" in "left thousands dead"), or -1.  The phrase may hold the full stop of an initial;
    up to 6 words it may hold any word, up to 10 no verb form and no infinitive ("left
    Ambassador J. Christopher Stevens and three other Americans dead": dev batch 13; not "left
    him in Gallagher's care and returned to find him dead").

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> toks = tokenize("the attack left Ambassador J. Christopher Stevens and two others dead")
    >>> leave_before(toks, len(toks) - 1, frozenset({"left"}))
    2
    >>> toks = tokenize("he left him there and returned to find him dead")
    >>> leave_before(toks, len(toks) - 1, frozenset({"left"}))
    -1
    """
    v = k - 1
    while v >= 0 and k - v <= 10 and tokens[v].low not in leave and _in_victim(tokens, v):
        v -= 1
    if v < 0 or tokens[v].low not in leave:
        return -1
    if v < k - 6 and any(_verbal(tokens, i) for i in range(v + 1, k)):
        return -1  # a long phrase with a verb is no victim phrase
    return v


def object_next(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` can start a direct object (a determiner, a number, a name, a
    pronoun, a quantity lead)."""
    if i >= len(tokens):
        return False
    t = tokens[i]
    low = t.low
    if low in ("at", "more", "up") and i + 1 < len(tokens):
        return tokens[i + 1].low in ("least", "than", "to")
    if low in _LEFT_APPROX and i + 1 < len(tokens) and is_number(tokens[i + 1].low):
        return True  # "killing three and wounding over 200" (dev batch 13)
    if low in DETERMINERS and i + 1 < len(tokens) and tokens[i + 1].low in BE | HAVE | MODALS:
        return False  # a relative pronoun: "the Charlie Hebdo attack that's well-worth reading"
    return (
        low in DETERMINERS
        or is_number(low)
        or (t.cap and low not in PREPOSITIONS | CLAUSE_BREAKS and low not in CALENDAR)
        or low in ("him", "her", "them", "us", "me", "civilians", "people", "children")
    )


_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me"})


def object_pronoun_next(tokens: list[Token], i: int) -> bool:
    """An object pronoun right after the form ("attack him", "hurts them"; not "her", which
    is also a possessive)."""
    return i < len(tokens) and tokens[i].low in _OBJECT_PRONOUNS


def subject_before(tokens: list[Token], k: int) -> bool:
    """A subject right before ``k`` for a form that is also a noun ("If Russia attacks
    Ukraine", "Ukrainians attack the Russians"), not a nationality adjective ("Russian
    attacks on …")."""
    if k == 0:
        return False
    t = tokens[k - 1]
    if t.low in PRONOUNS or t.low in ("who", "that", "which"):
        return True
    return t.cap and not t.low.endswith(NATIONALITY_ENDS) and not is_possessive(t.low)


def object_or_end(tokens: list[Token], k: int, k2: int) -> bool:
    """An object, or the end of a clause after a named subject that no determiner precedes
    ("If Russia attacks, …"; not "the Ukraine attacks")."""
    if object_next(tokens, k2 + 1):
        return True
    nxt = tokens[k2 + 1].low if k2 + 1 < len(tokens) else "."
    before = tokens[k - 2].low if k >= 2 else ""
    return not nxt[0].isalnum() and before not in DETERMINERS


#: Verbs whose object noun names an attack its subject made ("Moscow launched a missile
#: strike", "Assad carried out his latest chemical weapons attack"): a light verb, so its
#: subject is the agent of the attack noun.
#: Finite forms only: a gerund or an infinitive has no subject of its own before it.
_LIGHT_VERBS = frozenset(
    "launch launches launched conduct conducts conducted stage stages staged mount mounts "
    "mounted orchestrate orchestrates orchestrated unleash unleashes unleashed perpetrate "
    "perpetrates perpetrated".split()
)
#: The same with a particle: verb, particle ("carried out", "stepped up").
_LIGHT_PARTICLES = {
    "out": frozenset("carry carries carried".split()),
    "up": frozenset("step steps stepped".split()),
}
#: Coordinated modifiers of the attack noun ("launched coordinated missile and artillery attacks").
_LIGHT_COORDINATION = frozenset({"and", "or"})


def light_verb_before(tokens: list[Token], a: int) -> int:
    """The index of a light verb whose object noun phrase starts at or before ``a`` (a few
    determiners and modifiers between, coordinated ones too), or -1.

    Examples
    --------
    >>> from .words import tokenize
    >>> toks = tokenize("after Moscow launched a missile strike on the port")
    >>> light_verb_before(toks, 4), light_verb_before(tokenize("the missile strike"), 1)
    (2, -1)
    """
    j = a - 1
    while j >= 0 and a - j <= 4:
        low = tokens[j].low
        if low in _LIGHT_VERBS:
            return j
        if low in _LIGHT_PARTICLES and j >= 1 and tokens[j - 1].low in _LIGHT_PARTICLES[low]:
            return j - 1
        if low in _LIGHT_COORDINATION:
            j -= 1
            continue
        if j >= 1 and low.endswith("ed") and tokens[j - 1].low in _LIGHT_VERBS:
            return j - 1  # an -ed adjective: "launched coordinated missile and artillery attacks"
        if (
            not low[0].isalnum()
            or low in CLAUSE_BREAKS
            or low in PREPOSITIONS
            or verbish(tokens[j])
        ):
            return -1
        j -= 1
    return -1


def shared_object(tokens: list[Token], i: int) -> int:
    """``i + 2`` when "and"/"or" + an -ing verb at ``i`` come before the object that the harm
    verb shares with it ("rockets struck central Kharkiv, injuring and hospitalising four
    civilians", Guardian articles-0158, batch-17 round), else ``i``."""
    if i + 2 < len(tokens) and tokens[i].low in ("and", "or") and tokens[i + 1].low.endswith("ing"):
        return i + 2 if object_next(tokens, i + 2) else i
    return i


def object_conjuncts(tokens: list[Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` widened over "and"/"or" to the noun phrase before it when the first conjunct is
    the object of a preposition inside that phrase, after a determiner, and the second has no
    determiner of its own: the two nouns share it ("Russian missile strikes on an oil refinery
    and power plant in Kremenchuk killed one person", Guardian articles-0185, dev batch 17)."""
    if span is None or span[0] < 3 or tokens[span[0] - 1].low not in ("and", "or"):
        return span
    if any(
        tokens[i].low in DETERMINERS | QUANTIFIER_LEADS or is_number(tokens[i].low)
        for i in range(*span)
    ):
        return span  # not "the attack … and the April 3 …", "died in the attack and more than 260"
    left = np_left(tokens, span[0] - 2)
    if left is None:
        return span
    p = max((i for i in range(*left) if tokens[i].low in PREPOSITIONS), default=-1)
    if p < 0 or p + 1 >= span[0] - 1 or tokens[p + 1].low not in DETERMINERS:
        return span  # not "on the path to defeat and bin Laden is dead"
    return (left[0], span[1])
