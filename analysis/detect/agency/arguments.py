"""Argument classes: a harm trigger whose argument is a word of another class is no harm event.

The per-idiom guards (``guards.csv``) list expressions one at a time ("attack drones",
"hurt Russia's ability"); the argument classes (``arguments.csv``) state the class behind them
once, over the token reading of :func:`~analysis.detect.agency.forms.classify`:

``head_after``
    the noun right after a harm noun, which the harm word modifies ("attack helicopters",
    "the death penalty"): a weapon, an institution or a place, not an event;
``object``
    the head of the victim phrase ("hurt the economy", "an attack on democracy"): an abstract or
    economic object;
``subject``
    the head of the subject of an active or intransitive harm verb ("a new energy crisis
    strikes", "the talks died"), or of the of-phrase of a verb of dying used as a noun ("the
    death of the daily press briefing"): an abstract or economic thing, not an attacker or a
    person;
``after_object``
    the word after the object of an active verb ("attack him as an insincere partner"):
    criticism;
``particle``
    the word after the verb or its pronoun object ("shot down", "shooting it down");
``head_of``
    the noun a harm noun depends on through "of" ("the threat of death"): a threat or a fear,
    not a harm done;
``modifier``
    the word right before a harm noun ("a personal attack", "partisan attacks"): words of
    speech and criticism, not of violence.
"""

from __future__ import annotations

from .phrases import head_index, np_right
from .tables import ARGUMENT_SLOTS, AgencyTables, FormInfo
from .words import (
    BE,
    DETERMINERS,
    HAVE,
    MODALS,
    NATIONALITY_ENDS,
    PREPOSITIONS,
    PRONOUNS,
    Token,
    is_possessive,
)

__all__ = ["ARGUMENT_SLOTS", "other_argument"]

#: Adjectives of nationality or region that may precede a common head ("Western policy").
_ADJECTIVE_ENDS = (*NATIONALITY_ENDS, "ern")


def _common_head(tokens: list[Token], a: int, b: int) -> str | None:
    """The lower-case head of the phrase ``[a, b)`` when it is a common noun not named before
    it; None for a name ("the Tree of Life synagogue") or a phrase with a name before its head
    ("the killing of Scott kick-started efforts": the phrase overran the name).  Possessives
    and adjectives of nationality or region may precede it ("Russia's ability", "Western
    policy").  A head that opens its sentence is capitalised by its place, not as a name
    ("Support for the measure died": the batch-19 round)."""
    h = head_index(tokens, a, b)
    if tokens[h].upper and all(t.upper or not t.low[0].isalpha() for t in tokens[a:h]):
        return tokens[h].low  # a headline in capitals: "TALKS WITH TALIBAN ARE ‘DEAD’"
    if tokens[h].cap and not (h == a and _opens_sentence(tokens, h)):
        return None
    for t in tokens[a:h]:
        if (
            t.cap
            and t.low not in DETERMINERS
            and not is_possessive(t.low)
            and not t.low.endswith(_ADJECTIVE_ENDS)
        ):
            return None
    return tokens[h].low


#: Tokens after which a capital opens a sentence or a quotation, not a name.
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", "“", '"', "‘"})


def _opens_sentence(tokens: list[Token], h: int) -> bool:
    """Whether ``tokens[h]`` is the first word of the tokens read (they start at the sentence
    or further in) or follows a full stop, a colon or an opening quotation mark."""
    return h == 0 or tokens[h - 1].low in _SENTENCE_OPENERS


def _named_head(tokens: list[Token], a: int, b: int) -> str | None:
    """The lower-case head of a phrase ``[a, b)`` that opens with a determiner and names its
    head's owner in between ("the Obama law", "the Senate bill"): the name is a modifier
    there, not a phrase the victim overran; None otherwise."""
    h = head_index(tokens, a, b)
    if h - a < 2 or tokens[h].cap or tokens[a].low not in DETERMINERS:
        return None
    return tokens[h].low if all(t.cap for t in tokens[a + 1 : h]) else None


def _of_phrase(tokens: list[Token], k2: int, reading, info: FormInfo) -> bool:
    """Whether the victim of a verb of dying used as a noun is its of-phrase ("the death of
    the daily press briefing"): that phrase is the subject of the verb ("the briefing died")."""
    victim = reading.victim
    return (
        reading.form == "nominal"
        and info.valency == "intransitive"
        and victim is not None
        and victim[0] == k2 + 2
        and tokens[k2 + 1].low == "of"
    )


#: Words between a reduced or relative passive and the noun it follows ("elephants that were
#: killed", "elephants killed in two African countries").
_RELATIVE_LINKS = frozenset("that which who were was are is had have has been being".split())


def _victim_word(tokens: list[Token], k: int, victim: tuple[int, int], form: str) -> str:
    """The other word that names a passive's victim (batch-21 round, BASIL text): the first
    subject of the sentence for "they" after ", and" ("Elephants and other big game … are blood
    currency …, and they are being killed"), or the last word of a victim phrase that ends
    right before the participle or its relative pronoun ("allowing hunters to import trophies
    of elephants that were killed": the phrase overran the noun the clause modifies)."""
    a, b = victim
    if not form.startswith("passive"):
        return ""
    if b - a == 1 and tokens[a].low in ("they", "them") and a >= 2:
        if (tokens[a - 2].low, tokens[a - 1].low) == (",", "and"):
            first = next((i for i, t in enumerate(tokens[:a]) if t.low[0].isalpha()), -1)
            span = np_right(tokens, first) if first >= 0 else None
            if span is not None:
                end = next((i for i in range(*span) if tokens[i].low in ("and", "or")), span[1])
                return _common_head(tokens, span[0], end) or ""
        return ""
    if b - a > 1 and all(t.low in _RELATIVE_LINKS for t in tokens[b:k]):
        return tokens[b - 1].low
    return ""


def _words(tables: AgencyTables, slot: str, lemma: str) -> frozenset[str]:
    table = tables.arguments
    return table.get((slot, lemma), frozenset()) | table.get((slot, "*"), frozenset())


_LIST_REACH = 7  # tokens of a coordinated list of premodifiers before their head noun
_NOT_LISTED = DETERMINERS | PRONOUNS | PREPOSITIONS | BE | HAVE | MODALS
_PHRASE_ENDS = PREPOSITIONS | BE | HAVE | MODALS | frozenset({"that", "which", "who"})


def _phrase_end(tokens: list[Token], j: int) -> bool:
    """Whether a noun phrase ends before ``tokens[j]``: the end of the sentence, a mark, a
    preposition, an auxiliary or a relative pronoun."""
    return j >= len(tokens) or not tokens[j].low[0].isalnum() or tokens[j].low in _PHRASE_ENDS


def _listed_head(
    tokens: list[Token], k2: int, info: FormInfo, heads: frozenset[str], tables: AgencyTables
) -> bool:
    """Whether the harm noun ending at ``k2`` opens a coordinated list of premodifiers whose
    head is one of ``heads`` ("the murder, attempted murder and spying charges against Omar
    Khadr", dev batch 19): the list holds commas, one "and"/"or" with one or two words after
    it, and no determiner, pronoun, preposition, auxiliary nor harm word of another lemma
    ("killings and death squads": "death" heads its own phrase; "the murders and the charges",
    "casualties and thousands of tanks": two phrases); the head ends the phrase (a mark, a
    preposition, an auxiliary or a relative after it: not "executions, and numerous war
    atrocities")."""
    if k2 + 1 >= len(tokens) or tokens[k2 + 1].low not in (",", "and", "or"):
        return False
    conj = -1
    for j in range(k2 + 1, min(len(tokens), k2 + 2 + _LIST_REACH)):
        low = tokens[j].low
        if low in heads and conj >= 0 and conj + 1 < j <= conj + 3:
            return _phrase_end(tokens, j + 1)
        if low in ("and", "or") and conj < 0:
            conj = j
            continue
        if low == "," and conj < 0:
            continue
        if not low[0].isalnum() or low in _NOT_LISTED:
            return False
        other = tables.forms.get(low)
        if other is not None and other.lemma != info.lemma:
            return False
    return False


def other_argument(
    tokens: list[Token], k: int, k2: int, info: FormInfo, reading, tables: AgencyTables
) -> str | None:
    """The slot whose word makes the trigger at tokens ``k..k2`` no harm event, or None.

    Parameters
    ----------
    tokens, k, k2
        The tokens around the trigger and its first and last token.
    info
        The trigger's :class:`~analysis.detect.agency.tables.FormInfo` (its lemma).
    reading
        Its :class:`~analysis.detect.agency.forms.Reading` (form and victim span).
    tables
        The agency tables (``arguments``).

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> from analysis.detect.agency.tables import load_agency_tables
    >>> from analysis.detect.agency.forms import classify
    >>> t = load_agency_tables()
    >>> toks = tokenize("Sanctions could hurt the economy")
    >>> other_argument(toks, 2, 2, t.forms["hurt"], classify(toks, 2, 2, t.forms["hurt"], t), t)
    'object'
    """
    lemma = info.lemma
    nxt = tokens[k2 + 1].low if k2 + 1 < len(tokens) else ""
    if reading.form == "nominal":
        heads = _words(tables, "head_after", lemma)
        if nxt in heads or _listed_head(tokens, k2, info, heads, tables):
            return "head_after"
    if reading.form == "nominal" and k >= 2 and tokens[k - 1].low == "of":
        if tokens[k - 2].low in _words(tables, "head_of", lemma):
            return "head_of"
    before = tokens[k - 1].low if k >= 1 else ""
    if before in _words(tables, "modifier", lemma):
        # a noun, or a word read as a verb after a determiner and the modifier ("The live shot
        # ended": a noun misread as the verb of "The live")
        if reading.form == "nominal" or (k >= 2 and tokens[k - 2].low in DETERMINERS):
            return "modifier"
    particles = _words(tables, "particle", lemma)
    if particles:
        after_pronoun = tokens[k2 + 2].low if nxt in PRONOUNS and k2 + 2 < len(tokens) else ""
        if after_pronoun in ("all", "both") and k2 + 3 < len(tokens):  # "strike it all down"
            after_pronoun = tokens[k2 + 3].low
        glued = tokens[k2].low.rpartition("-")[2]  # "Sunday's shoot-down of a … aircraft"
        if nxt in particles or after_pronoun in particles or glued in particles:
            return "particle"
    victim = reading.victim
    if victim is not None:
        a, b = victim
        for i in range(a + 1, b):  # the first conjunct: "civilian targets and morale"
            if tokens[i].low in ("and", "or", ","):
                b = i
                break
        objects = _words(tables, "object", lemma)
        head = _common_head(tokens, a, b) or _named_head(tokens, a, b)
        if head in objects or _victim_word(tokens, k, victim, reading.form) in objects:
            return "object"
    subject = reading.agent if reading.form.startswith("active") else None
    if reading.form == "intransitive" or _of_phrase(tokens, k2, reading, info):
        subject = reading.victim  # "the deal died", "the death of the daily press briefing"
    if subject is not None and (subject[1] <= k or reading.form == "nominal"):
        if _common_head(tokens, *subject) in _words(tables, "subject", lemma):
            return "subject"
    if reading.form.startswith("active"):
        end = victim[1] if victim is not None and victim[0] > k2 else None
        if end is None and nxt in PRONOUNS:
            end = k2 + 2
        if end is not None and end < len(tokens):
            # not "as well as" ("planned to strike the Brooklyn Bridge as well as the bike
            # path": dev batch 13), which adds a second object
            well = end + 1 < len(tokens) and tokens[end + 1].low == "well"
            if tokens[end].low in _words(tables, "after_object", lemma) and not well:
                return "after_object"
    return None
