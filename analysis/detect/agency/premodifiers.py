"""The agent among the words right before a harm noun: "Russian strikes", "Russia's attack",
"the Taliban school attack" — not a place, a date or a headline word: "the Paris attacks",
"the Boston Marathon bombings", "Monday's bombing", "last week's attack", "Deadly Attack".

A possessive names the doer of the act (the guideline's "Russia's attack"), unless it is a
time ("Monday's", "last year's"). Words with a capital name the doer only when they are one of
the actors of ``countries.csv`` that English uses as such a modifier: a demonym ("Russian"), a
bloc ("NATO"), an armed group ("Hamas") or a country abbreviation ("U.S."); any other capitalised
modifier before an event noun names where or when it happened (a city, a venue, a month) or is
a headline's capital ("Nation mourns Boston bombing victims"). Issue 20, seventeenth round:
found re-rendering report 09 on AllSides immigration news, where 927 nominal events of the
war corpora and AllSides war reporting took such an agent ("Paris" 76 times, "Deadly" 55,
"Boston" 43, weekday possessives 50); the agent decides whether an event counts as erased.
"""

from __future__ import annotations

from .phrases import np_right
from .words import (
    CALENDAR,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    Token,
    is_adverb,
    is_number,
    is_possessive,
    strip_possessive,
)

__all__ = ["after_of", "article_np", "premodifier_agent"]

Span = tuple[int, int] | None

#: Nouns of time whose possessive dates an event ("last week's attack", "Today's shooting").
TIME_NOUNS = frozenset(
    "today yesterday tonight day days week weeks weekend month months year years night morning "
    "afternoon evening decade century summer winter spring autumn season".split()
)


def premodifier_agent(tokens: list[Token], a: int, k: int, names: frozenset[str]) -> Span:
    """The agent among ``tokens[a:k]``, the modifiers right before the harm noun at ``k``.

    Parameters
    ----------
    tokens : list of Token
        The sentence's tokens.
    a, k : int
        The first modifier and the harm noun (``a < k``).
    names : frozenset of str
        The lower-cased actor names a capitalised modifier may be (demonyms, blocs, armed groups,
        country abbreviations; :attr:`AgencyTables.agent_names`).

    Returns
    -------
    tuple of int or None
        The token range of the agent, or None when the modifiers name no doer.
    """
    if is_possessive(tokens[a].low):
        if strip_possessive(tokens[a].low) not in CALENDAR | TIME_NOUNS:
            named = [i for i in range(a, k) if tokens[i].cap or is_possessive(tokens[i].low)]
            return (a, named[-1] + 1)
        a += 1  # "last week's Russian strike": the time is not the doer
    caps = [i for i in range(a, k) if tokens[i].cap and not is_number(tokens[i].low)]
    if not caps:
        return None
    words = " ".join(
        strip_possessive(tokens[i].low) if is_possessive(tokens[i].low) else tokens[i].low
        for i in range(caps[0], caps[-1] + 1)
    )
    return (caps[0], caps[-1] + 1) if words in names else None


_NOT_VERB_ENDS = ("ss", "us", "is", "'s", "’s", "ics", "news")


def _third_person(tokens: list[Token], b: int) -> bool:
    """Whether ``tokens[b]`` reads as a verb in -s after a singular noun, before a preposition,
    an article, a pronoun or an adverb ("boy **sits** on", "man **lies** in")."""
    t, before = tokens[b], tokens[b - 1]
    if t.cap or not t.low.endswith("s") or t.low.endswith(_NOT_VERB_ENDS):
        return False
    if before.low.endswith("s") or not before.low[0].isalpha() or before.low in DETERMINERS:
        return False
    nxt = tokens[b + 1].low if b + 1 < len(tokens) else ""
    return nxt in PREPOSITIONS | DETERMINERS | PRONOUNS or is_adverb(nxt)


def article_np(tokens: list[Token], i: int, article: str) -> tuple[int, int] | None:
    """The noun phrase from ``i`` after an article and a participle ("a wounded | Syrian boy
    sits on …"): after *a*/*an* the phrase is singular, so it stops before a word in -s that
    follows its noun and reads as a verb (issue 20, report 09 on AllSides Middle East: victim
    "Syrian boy sits").

    Examples
    --------
    >>> from analysis.detect.agency.words import tokenize
    >>> article_np(tokenize("A wounded Syrian boy sits on the back of a truck"), 2, "a")
    (2, 4)
    """
    span = np_right(tokens, i)
    if span is None or article not in ("a", "an"):
        return span
    for b in range(span[0] + 1, span[1]):
        if _third_person(tokens, b):
            return (span[0], b)
    return span


def after_of(tokens: list[Token], pre: Span) -> Span:
    """The premodifiers ``pre`` after their last "of", as a victim phrase: "the number of
    gun-related deaths" has no victim "number of gun-related" (report 09 on gun-policy news,
    batch-17 round), "thousands of civilian casualties" has "civilian"."""
    if pre is None:
        return None
    cut = max((i for i in range(*pre) if tokens[i].low == "of"), default=pre[0] - 1) + 1
    return (cut, pre[1]) if cut < pre[1] else None
