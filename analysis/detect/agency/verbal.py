"""The speech frame of an attack: an attack whose own clause says it was made of words.

Political and verbal attacks share their words, their arguments (a person, a country) and the
cues of the sentence around them (statements, tweets) with the physical attacks of the same
articles, so the harm context of :mod:`analysis.detect.agency.context` keeps them whenever a
country or a people word stands near.  What tells them apart is said in the attack's own
clause, in the slot right after the attack's phrase (``lexicons/agency/verbal.csv``):

``medium``
    a medium or a manner of speech ("attacked Cummings in a tweet", "attacking Beshear … in
    deeply personal terms", "pivoted to attack Donald Trump … during the debate"); for a noun
    only when one person's possessive names its maker ("her attacks on Trump in a speech"):
    "ISIS claimed the attack in a statement" hangs the phrase on the verb before the noun;
``ground``
    what the attacked said or did in politics ("are often attacked for supporting him",
    "attacked Biden over his remarks");
``participle``
    the attacker's own words after an active verb and its object ("attacked another lawmaker
    on Saturday, tweeting that …");
``adverb``
    a manner of speech right before the verb ("publicly attacked").

A time word may stand between the phrase and the slot ("on Saturday", "again").  The slot is
read nowhere else, so a statement that condemns a real attack is not read, and a sentence with
a harm word of another lemma (a killing, a death) is not judged here at all (``events.py``).
"""

from __future__ import annotations

from .tables import AgencyTables, FormInfo, VerbalSlot
from .words import CALENDAR, CLAUSE_BREAKS, PREPOSITIONS, Token, is_possessive, strip_possessive

__all__ = ["verbal_frame", "MAX_MODIFIERS"]

#: The most words between a slot's link word and its head ("in a lengthy late-night tweet").
MAX_MODIFIERS = 4

#: Time words that may stand between an attack's phrase and its slot ("on Saturday").
_TIME_ADVERBS = frozenset(
    "again repeatedly also yesterday today tonight recently earlier later often frequently "
    "constantly sharply anew".split()
)
_TIME_NOUNS = CALENDAR | frozenset(
    "week month year night morning afternoon evening weekend".split()
)
_TIME_OPENERS = frozenset("on last this next earlier late".split())
#: Nouns that count what follows them ("in a series of tweets").
_COUNTERS = frozenset("series string flurry barrage pair couple volley number".split())


def _after_time(tokens: list[Token], i: int) -> int:
    """The first token at or after ``i`` that is no time word ("on Saturday", "again")."""
    while i < len(tokens):
        low = tokens[i].low
        if low in _TIME_OPENERS and i + 1 < len(tokens) and tokens[i + 1].low in _TIME_NOUNS:
            i += 2
        elif low in _TIME_ADVERBS or low in CALENDAR:
            i += 1
        else:
            break
    return i


def _modifier(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` may stand between a link word and the slot's head: a word that
    opens no other phrase or clause ("a", "his", "deeply", "personal"; "of" after a counter)."""
    low = tokens[j].low
    if low == "of":
        return j > 0 and tokens[j - 1].low in _COUNTERS
    if not low[0].isalnum() or low in PREPOSITIONS or low in CLAUSE_BREAKS:
        return False
    return low not in ("and", "or", "but")


def _slot_at(tokens: list[Token], i: int, slot: VerbalSlot) -> bool:
    """Whether a link word of ``slot`` at ``tokens[i]`` opens a phrase headed by its words."""
    if i >= len(tokens) or tokens[i].low not in slot.links:
        return False
    for j in range(i + 1, min(i + 2 + MAX_MODIFIERS, len(tokens))):
        two = f"{tokens[j].low} {tokens[j + 1].low}" if j + 1 < len(tokens) else ""
        if tokens[j].low in slot.words or two in slot.words:
            return True
        if not _modifier(tokens, j):
            return False
    return False


def _person_possessor(text: str, tokens: list[Token], reading, tables: AgencyTables) -> bool:
    """Whether the agent of a noun is one person's possessive ("his", "her", "Warren's"), not a
    state's or an armed group's ("Russia's", "Hamas's")."""
    if reading.agent is None:
        return False
    a, b = reading.agent
    t = tokens[b - 1]
    if t.low in ("his", "her"):
        return True
    if not (is_possessive(t.low) and t.cap):
        return False
    word = strip_possessive(text[t.start : t.end])
    return tables.countries is None or not tables.countries.fullmatch(word)


def verbal_frame(
    text: str,
    tokens: list[Token],
    k: int,
    k2: int,
    info: FormInfo,
    reading,
    tables: AgencyTables,
) -> str | None:
    """The slot of ``verbal.csv`` that makes the attack at tokens ``k..k2`` a verbal one, or
    None.

    Parameters
    ----------
    text, tokens
        The text and the tokens around the trigger.
    k, k2
        The trigger's first and last token.
    info
        The trigger's :class:`~analysis.detect.agency.tables.FormInfo` (its lemma).
    reading
        Its :class:`~analysis.detect.agency.forms.Reading` (form, agent and victim spans).
    tables
        The agency tables (``verbal``, ``countries``).

    Examples
    --------
    >>> from analysis.detect.agency import find_agency
    >>> [e.text for e in find_agency("Trump attacked the Mexican president in a tweet.")]
    []
    >>> [e.text for e in find_agency("Russian troops attacked the Mexican embassy.")]
    ['attacked']
    """
    slots = tables.verbal.get(info.lemma)
    if not slots:
        return None
    noun = reading.form == "nominal"
    active = reading.form.startswith("active")
    victim = reading.victim
    start = victim[1] if victim is not None and victim[0] > k2 else k2 + 1
    i = _after_time(tokens, start)
    for slot in slots:
        if slot.slot == "adverb":
            if not noun and k >= 1 and tokens[k - 1].low in slot.words:
                return "adverb"
        elif slot.slot == "participle":
            if active and i + 1 < len(tokens) and tokens[i].low == ",":
                if tokens[i + 1].low in slot.words:
                    return "participle"
        elif slot.slot == "medium" and noun:
            if _person_possessor(text, tokens, reading, tables) and _slot_at(tokens, i, slot):
                return "medium"
        elif _slot_at(tokens, i, slot):
            return slot.slot
    return None
