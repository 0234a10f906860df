"""Harm words that are part of another event (issue 20): a trigger inside another event's
agent or cause, "dead" of "shot dead", a harm word that modifies an attack noun ("shelling
attacks"), and an attack noun that is the cause, means, subject or apposition of a killing,
injury or death in the same sentence ("killed in the strike", "The attack … killed two",
"…, an attack that unsettled all Ukraine").  :func:`drop_parts` is applied by
:func:`analysis.detect.agency.find_agency` to the events of each sentence.
"""

from __future__ import annotations

from .words import BE, HAVE, MODALS, PREPOSITIONS, PRONOUNS, Token

__all__ = ["drop_parts", "char_span", "text_low"]


def char_span(tokens: list[Token], span: tuple[int, int] | None) -> tuple[int, int]:
    """The character span of a token range (``(-1, -1)`` for ``None``)."""
    if span is None:
        return (-1, -1)
    return tokens[span[0]].start, tokens[span[1] - 1].end


def drop_parts(found: list) -> list:
    """Drop a trigger inside another event's agent, cause or "shot dead" pair."""
    zones = []
    for _a, _b, _info, r, tokens in found:
        for span in (r.agent, r.cause):
            if span is not None:
                zones.append(char_span(tokens, span))
    keep = []
    for i, (a, b, info, r, tokens) in enumerate(found):
        if any(za <= a and b <= zb for za, zb in zones):
            continue
        if i and text_low(found[i - 1], tokens) == "dead_pair" and r.form == "nominal":
            continue
        if i and (
            _cause_of_earlier(found, i)
            or _means_of_earlier(found, i)
            or _apposition_of_earlier(found, i)
            or _wounds_of_death(found, i)
        ):
            continue
        if _modifies_next(found, i):
            continue
        j = _cause_of_later(found, i)
        if j:
            _instrument_of(found, i, j)
            continue
        keep.append((a, b, info, r, tokens))
    return keep


#: Death and killing nouns whose manner an attack noun before them names ("the shooting death
#: of Brown", dev batch 10; "last October's shooting massacre", dev batch 21).
_MANNER_HEADS = frozenset("death deaths massacre massacres killing killings slaughter".split())


def _modifies_next(found: list, i: int) -> bool:
    """A harm word right before an attack noun of the same sentence modifies it ("sentenced
    … for shelling attacks on population centres", dev batch 8): the noun carries the event, as
    "bomb" in "bomb attacks"; so does an attack noun right before "death(s)" ("the shooting
    death of Brown", dev batch 10: the death carries the event, "shooting" names its manner;
    "last October's shooting massacre", dev batch 21: a killing noun likewise)."""
    a, b, info, r, tokens = found[i]
    if i + 1 >= len(found) or found[i + 1][4] is not tokens:
        return False
    na, _nb, ninfo, nr, _ = found[i + 1]
    if nr.form != "nominal":
        return False
    if ninfo.harm in ("death", "kill"):  # "the shooting death of Brown" (dev batch 10)
        if info.harm != "attack" or r.form != "nominal":
            return False
        if not any(t.start == na and t.low in _MANNER_HEADS for t in tokens):
            return False
    elif ninfo.harm != "attack":
        return False
    k = next((j for j, t in enumerate(tokens) if t.start >= b), -1)
    return k >= 0 and tokens[k].start == na


_CAUSE_LEADS = frozenset("in during after following amid from under".split())
_CAUSE_SKIP = frozenset("a an the this that its their his her".split())
#: Nouns of a reason between a cause preposition and an attack noun: the attack answered ("had
#: Assad assassinated in response to a chemical attack on Syrian civilians", "killed in
#: retaliation for a rocket attack") is an event of its own, not the means of the harm before.
_REASONS = frozenset("response retaliation revenge reprisal reprisals reaction answer".split())


def _cause_of_earlier(found: list, i: int) -> bool:
    """An attack noun (or a killing noun right after a verb of dying: "died in August during
    the assassination") after a cause preposition, following a death or injury in the same
    sentence (a casualty, death or injury noun: right before the preposition): the cause of
    that event, not an event of its own ("three were killed and 15 injured following a missile
    attack", "civilian casualties amid round-the-clock shelling")."""
    a, b, info, r, tokens = found[i]
    if r.form != "nominal" or info.harm not in ("attack", "kill"):
        return False
    k = next((j for j, t in enumerate(tokens) if t.start == a), -1)
    j = _result_lead(tokens, k)
    if j < 0:
        j = k - 1
        while j >= 0 and k - j <= 4 and tokens[j].low not in _CAUSE_LEADS:
            if not tokens[j].low[0].isalnum() or tokens[j].low in ("and", "or", "but"):
                return False
            if tokens[j].low in _REASONS:  # "in response to a chemical attack" (dev batch 31)
                return False
            j -= 1
        if j < 0 or tokens[j].low not in _CAUSE_LEADS or (j and tokens[j - 1].low == ","):
            return False
    lead = tokens[j].start
    if info.harm == "kill":  # "The woman died in August during the assassination" (batch 17)
        f = found[i - 1] if i else None
        return (
            f is not None
            and f[3].form in ("passive_agentless", "intransitive")
            and _close_before(tokens, f[1], lead, _VERB_TO_LEAD)
        )
    reach = _SUBJECT_TO_CAUSE if tokens[j].low in _CAUSED else _NOUN_TO_LEAD
    return any(
        (
            f[3].form in ("passive_agentless", "intransitive")
            and f[2].harm in ("kill", "injure", "death")
            and not _new_complement(tokens, f[1], lead)
        )
        or (
            f[3].form == "nominal"
            and f[2].harm in ("casualty", "death", "injure")
            and _close_before(tokens, f[1], lead, reach)
        )
        or (f[3].form == "nominal" and f[2].harm in _LATER_HARMS and _victim_before(f, j))
        for f in found[:i]
    )


_COMPLEMENTS = frozenset({"that", "whether", "how"})


def _new_complement(tokens: list[Token], end: int, lead: int) -> bool:
    """Whether a coordinated complement clause ("…, and that …") starts between the character
    offsets ``end`` (a death or injury) and ``lead`` (the cause preposition of an attack noun):
    the attack noun is in another clause, no cause of that event ("reports that at least seven
    people were killed, and that the missile used in the strike was among …", dev batches 29
    and 30)."""
    between = [t.low for t in tokens if end <= t.start < lead]
    return any(w in ("and", "but") and nxt in _COMPLEMENTS for w, nxt in zip(between, between[1:]))


def _victim_before(f: tuple, lead: int) -> bool:
    """Whether the victim phrase of the harm noun ``f`` ends right before the cause
    preposition at token ``lead`` ("the recent mass killing of Ukrainian prisoners of war in an
    attack on a Russian-controlled jail", dev batch 9)."""
    victim = f[3].victim
    return victim is not None and victim[0] > 0 and victim[1] == lead


_RESULT_LEADS = frozenset(
    {("result", "of"), ("because", "of"), ("due", "to"), ("caused", "by"), ("blamed", "on")}
)
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
_VERB_TO_LEAD = 3  # words from a verb of dying or a passive killing to the cause preposition
#: Leads whose subject is the harm noun ("deaths in Khan Sheikhoun were caused by a … airstrike",
#: dev batch 11), with the words allowed between that subject and the lead.
_CAUSED = frozenset({"caused", "blamed"})
_SUBJECT_TO_CAUSE = 6


def _close_before(tokens: list[Token], end: int, lead: int, reach: int = _NOUN_TO_LEAD) -> bool:
    """Whether a harm noun ending at ``end`` is followed, within ``reach`` words and no
    punctuation, by the cause preposition at ``lead`` ("civilian casualties amid
    round-the-clock shelling", dev batch 8; not "the death of a British captive … as rescue
    workers scoured debris … after … rocket attacks", a death of its own)."""
    gap = [t for t in tokens if end <= t.start < lead]
    return len(gap) <= reach and all(t.low[0].isalnum() for t in gap)


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


_WOUND_WORDS = 4  # modifiers between "with" and the wound noun ("gunshot and stab")
_DEATH_TO_WITH = 5  # words from a death to the "with" of its wounds
_DEATH_FORMS = frozenset({"intransitive", "passive_agentless", "passive_agent"})


def _wounds_of_death(found: list, i: int) -> bool:
    """A wound or injury noun after "with" that follows a death of the same clause: the
    wounds the dead were found with, part of that death, not an injury of its own ("Polish
    citizen Lukasz Urban was found dead on the passenger seat with gunshot and stab wounds",
    dev batch 24; "died of his wounds" is already no event). Not after a harm of another form
    or across a comma ("Two were killed, and ten were treated with shrapnel wounds")."""
    a, b, info, r, tokens = found[i]
    if r.form != "nominal" or info.harm != "injure":
        return False
    k = next((j for j, t in enumerate(tokens) if t.start == a), -1)
    j = k - 1
    while j >= 0 and k - j <= _WOUND_WORDS and tokens[j].low != "with":
        if not tokens[j].low[0].isalnum():
            return False
        j -= 1
    if j < 1 or tokens[j].low != "with":
        return False
    lead = tokens[j].start
    return any(
        f[3].form in _DEATH_FORMS
        and f[2].harm in ("kill", "death")
        and f[1] <= lead
        and _close_before(tokens, f[1], lead, _DEATH_TO_WITH)
        and not any(t.low in _CLAUSE_WORDS for t in tokens if f[1] <= t.start < lead)
        for f in found[:i]
    )


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
    if len(between) > _LATER_REACH or _nearer_attack(found, i, j):
        return 0
    if _when_clause(between) and found[j][3].form in ("intransitive", "passive_agentless"):
        return j  # "after the first chemical weapons attack, when some 1,400 Syrians died"
    if _parenthetical(between) and found[j][3].form in ("active_instrument", "active_agent"):
        return j  # "the attack, which took place … from the frontlines, killed at least 23"
    rel = [k for k, t in enumerate(between) if t.low in _RELATIVES]
    if rel and any(_finite(t.low) for t in between[: rel[-1]]):
        return 0  # "that" opens the clause of a verb: "its strike on X, there's reason to …"
    if rel:  # the last relative pronoun before the predicate, nothing clause-like after it
        if rel[-1] and between[rel[-1] - 1].low in _PRONOUN_HEADS:
            return 0  # its antecedent is the pronoun
        if rel[-1] and between[rel[-1] - 1].low in _CONTENT_NOUNS:
            return 0  # "that" opens a content clause: "saw evidence that people were wounded"
        tail = between[rel[-1] + 1 :]  # words, and the marks of "U.S." ("that the U.S. said")
        words = all(t.low[0].isalnum() or t.low in _WORD_MARKS for t in tail)
        return j if len(tail) <= _RELATIVE_REACH and words else 0
    # the subject: nothing but words between the noun and its verb (no comma, no "and")
    subject = found[j][3].form in ("active_instrument", "active_agent") and all(
        (t.low[0].isalnum() or t.low in _WORD_MARKS) and t.low not in _CLAUSE_WORDS for t in between
    )
    return j if subject else 0


def _nearer_attack(found: list, i: int, j: int) -> bool:
    """Whether another attack noun stands between ``found[i]`` and the predicate
    ``found[j]`` after a preposition: the nearer noun is its subject or antecedent ("launching
    missile strikes on a Syrian airbase in response to a chemical weapons attack that killed
    dozens", batch 18); not a conjunct ("shootings and bombings that left … dead") nor an
    apposition (", an attack that killed")."""
    tokens, b = found[i][4], found[i][1]
    for f in found[i + 1 : j]:
        if f[3].form != "nominal" or f[2].harm != "attack":
            continue
        gap = [t.low for t in tokens if b <= t.start < f[0]]
        if len(gap) >= 2 and gap[-2] == "," and gap[-1] in _APPOSITION_HEADS:
            continue  # "its 2010 shelling of a South Korean island, an attack that killed four"
        if any(low == "of" or low in PREPOSITIONS for low in gap):
            return True  # not "the shootings and bombings that left at least 127 people dead"
    return False


def _when_clause(between: list[Token]) -> bool:
    """Whether the words between an attack noun and a later predicate open a "when" clause
    right after it (", when some 1,400 Syrians died", batch 18): the clause tells what the
    attack caused, as "in which three people died"."""
    return (
        len(between) >= 2
        and between[0].low == ","
        and between[1].low == "when"
        and len(between) - 2 <= _RELATIVE_REACH
        and all(t.low[0].isalnum() or t.low in _WORD_MARKS for t in between[2:])
    )


def _finite(low: str) -> bool:
    """A word of a finite clause (an auxiliary, a pronoun, "there's"): between an attack noun
    and "that", it makes "that" the complementiser of a verb, not the noun's relative pronoun
    (dev batch 12: "trumpeting its alleged strike on al-Afri, there's reason to suspect that
    killing …")."""
    return low in _FINITE or low.endswith(("'s", "’s")) and low[:-2] in _FINITE


_FINITE = BE | HAVE | MODALS | PRONOUNS | frozenset({"there"})


def _parenthetical(between: list[Token]) -> bool:
    """Whether the words between an attack noun and a later predicate are one relative clause
    set off by commas: ", which took place hundreds of kilometres from the frontlines," (dev
    batch 9), so the noun is the predicate's subject."""
    if len(between) < 4 or between[0].low != "," or between[-1].low != ",":
        return False
    inner = between[2:-1]
    return between[1].low in ("which", "that") and all(
        t.low[0].isalnum() or t.low in _WORD_MARKS for t in inner
    )


_APPOSITION_HEADS = frozenset("a an another one".split())
_APPOSITION_AFTER = frozenset('that which , . ; – — - ” " ’'.split())
#: Marks that set an apposition off: a comma or a dash ("officials said -- an attack that
#: shows the group's nerve", dev batch 15).
_APPOSITION_MARKS = frozenset(", – — - --".split())
#: Words of a renaming after "what" ("in what Davis called an “assassination”", "in what
#: officials said was a terrorist attack").
_RENAMING = frozenset("called calls termed terms dubbed labelled labeled as was is be".split())
_RENAMING_REACH = 7  # words between "what" and the article of the renamed event


#: Ranks after "the" that open a renaming apposition like "a"/"an" ("…, the latest slaughter
#: proudly broadcast by the group", dev batch 21).
_RANKS = frozenset(
    "latest last newest deadliest bloodiest worst biggest largest first second third fourth "
    "fifth sixth most".split()
)


def _apposition_head(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` opens an apposition: "a", "an", "another", "one", or "the" before
    a rank ("the latest", "the deadliest")."""
    low = tokens[j].low
    if low == "the":
        return j + 1 < len(tokens) and tokens[j + 1].low in _RANKS
    return low in _APPOSITION_HEADS


def _apposition_end(tokens: list[Token], k: int) -> bool:
    """Whether the word after the renaming noun ``tokens[k]`` ends it: a relative, a mark, a
    reduced relative (an adverb in -ly or a participle in -ed: "the latest slaughter proudly
    broadcast by") or a relative opened by a preposition ("an attack for which the Pakistani
    Taliban claimed responsibility", dev batch 26)."""
    if k + 1 >= len(tokens):
        return True
    low = tokens[k + 1].low
    if low in PREPOSITIONS:
        return k + 2 < len(tokens) and tokens[k + 2].low in ("which", "whom")
    return low in _APPOSITION_AFTER or (low.isalpha() and low.endswith(("ly", "ed")))


def _set_off(tokens: list[Token], j: int) -> bool:
    """Whether the article at ``j`` opens an apposition: after a comma or a dash, or after a
    word of renaming that follows "in what" ("in what Davis called an …")."""
    if tokens[j - 1].low in _APPOSITION_MARKS:
        return True
    if tokens[j - 1].low not in _RENAMING:
        return False
    for w in range(j - 2, max(-1, j - 2 - _RENAMING_REACH), -1):
        if tokens[w].low == "what":  # not "Russia had orchestrated what they described as a
            return w >= 1 and tokens[w - 1].low == "in"  # “terrorist attack”" (dev batch 1)
        # a parenthetical's commas: "in what, if verified, would be the first major attack"
        if not (tokens[w].low[0].isalnum() or tokens[w].low == ","):
            return False
    return False


def _apposition_of_earlier(found: list, i: int) -> bool:
    """An attack or killing noun in apposition after a harm verb of the same sentence (", an
    attack that deeply unsettled all Ukraine" after "a recent missile strike … killed more than
    25 people, including children, in central Ukraine", dev batch 9; after a dash, dev batch
    15; "was fatally shot …, in what Davis called an “assassination”", dev batch 20): it names
    that event again, not an event of its own."""
    a, b, info, r, tokens = found[i]
    if r.form != "nominal" or info.harm not in ("attack", "kill"):
        return False
    k = next((j for j, t in enumerate(tokens) if t.start == a), -1)
    j = k - 1
    while j > 0 and k - j <= 4 and not _apposition_head(tokens, j):
        if not (tokens[j].low[0].isalnum() or tokens[j].low in _QUOTE_MARKS):
            return False
        j -= 1
    if j < 1 or not _apposition_head(tokens, j) or not _set_off(tokens, j):
        return False
    if any(t.low in PREPOSITIONS for t in tokens[j + 1 : k]):
        return False  # the noun is not the apposition's head: "— a contrast to the … executions"
    if not _apposition_end(tokens, k):
        return False
    return any(
        f[3].form != "nominal" and f[2].harm in ("kill", "injure", "death", "attack") and f[1] < a
        for f in found[:i]
    )


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
