"""A sentence subject headed by a common noun after a determiner: "A footnote in the report
makes that clear: '…'", "The headline reads: '…'", "a spokesman for Bernie Sanders could only
quip: '…'" (issue 18, round 13, PolNeAR train: colon lead-ins whose subject names no person).

Used by :func:`analysis.detect.quotes.speakers.sentence_subject` (``common=True``: colon
lead-ins and the subject of a quotation's sentence) when the subject has no capitalised name.
The phrase ends where a verb follows: an auxiliary, a modal or a common irregular past, or a
word in *-s* / *-ed* after a singular noun ("report makes"; not "rights groups", not "results
were", not "obtained by").
"""

from __future__ import annotations

import re

__all__ = ["determined_subject_end", "verb_follows", "before_preposition", "named_head_end"]

_DETERMINERS = frozenset("the a an this that its his her their one another".split())
_PREPOSITIONS = frozenset("of in from for by at on to with".split())
_AUXILIARIES = frozenset(
    "is was are were has have had will would could can may might must should did does do "
    "also then said told wrote made gave took saw put read sent went spoke thought "
    # common irregular pasts and negated auxiliaries (round 20: "The first incident came …",
    # "The president didn't hide …, stating, '…'")
    "came got held kept led met ran stood felt brought began knew lost paid won sat heard meant "
    "became fell grew drew rose struck sought bought caught fought taught built spent sold hid "
    "didn't doesn't don't won't wasn't isn't hasn't haven't hadn't wouldn't couldn't can't".split()
)


_POSSESSIVES = frozenset("his her its their our my your no a an the these those".split())


def _ends_phrase(t: str) -> bool:
    return t[:1].isalnum() and t.lower() not in (_PREPOSITIONS | _DETERMINERS)


def _word(t: str) -> bool:
    return t[:1].isalpha() or t[:1].isdigit()


def determined_subject_end(toks, k: int) -> int | None:
    """Index of the last token of a determiner-led subject starting at token ``k`` (``toks``:
    word matches), when the next token is its verb; else None.

    Examples
    --------
    >>> import re
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "A footnote in the report makes that clear"))
    >>> ts[determined_subject_end(ts, 0)][0]
    'report'
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "the rights groups said"))
    >>> ts[determined_subject_end(ts, 0)][0]
    'groups'
    >>> ts = list(re.finditer(r"[\\w.'’-]+|,", "The president didn’t hide his irritation"))
    >>> ts[determined_subject_end(ts, 0)][0]
    'president'
    >>> ts = list(re.finditer(r"[\\w.'’-]+|,", "The president hid his irritation at it"))
    >>> ts[determined_subject_end(ts, 0)][0]
    'president'
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "the rights groups"))
    >>> determined_subject_end(ts, 0) is None
    True
    """
    if k >= len(toks) or toks[k][0].lower() not in _DETERMINERS:
        return None
    j, last, preps = k + 1, None, 0
    while j < len(toks) and j - k <= 12:
        t = toks[j][0]
        lt = t.lower()
        nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
        if t == "," and last is not None and nxt[:1] and toks[j + 1][0][:1].isupper():
            return last  # a name in apposition follows: "A spokeswoman for the campaign, Andrea
            # Saul, summarized" (round 24; the caller checks the verb after the apposition)
        if not _word(t):
            return None
        if last is not None and (
            lt.replace("’", "'") in _AUXILIARIES
            or (
                t.islower()
                and lt.endswith(("s", "ed"))
                and lt not in _DETERMINERS  # "his", "its", "this": not a verb in -s
                and "'" not in lt.replace("’", "'")  # "the city's leaders": a possessive
                and not toks[last][0].endswith("s")
                and not (last == k + 1 and toks[last][0].endswith("ly"))  # "A previously …"
                and nxt not in _AUXILIARIES  # "the referendum results were": a noun
                and nxt != "by"  # "an email obtained by …": a participle
            )
        ):
            return (
                last
                if toks[last][0][:1].isalnum()
                and toks[last][0].lower() not in (_PREPOSITIONS | _DETERMINERS)
                else None
            )
        if lt in _POSSESSIVES and last == j - 1 and j - 2 > k and _ends_phrase(toks[j - 2][0]):
            return j - 2  # a determiner after a word that is no preposition: that word is the
            # verb ("The president hid his irritation"; round 20)
        if lt in _PREPOSITIONS:
            preps += 1
            if preps > 2 or last is None:
                return None
        elif lt not in _DETERMINERS:
            last = j
        j += 1
    return None


def verb_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` looks like a finite verb: an auxiliary, a negated one or
    a common irregular past (the closed list above), a lowercase word in *-ed* or *-s* that is
    no determiner, or one followed by a determiner ("The court judged", "The aide wouldn't",
    "The president left no doubt"; not "Her voice breaking at").

    Examples
    --------
    >>> ts = ("The court judged it", "Her voice breaking at", "The aide wouldn’t")
    >>> [verb_follows(t, 9) for t in ts]
    [True, False, True]
    """
    m = re.match(r"\s*([\w’'-]+)(?:\s+([\w’'-]+))?", text[end : end + 40])
    if m is None:
        return False
    w, after = m.group(1), (m.group(2) or "").lower()
    lw = w.lower().replace("’", "'")
    return (
        lw in _AUXILIARIES
        or (w.islower() and lw.endswith(("ed", "s")) and lw not in _DETERMINERS and "'" not in lw)
        or (w.islower() and after in _POSSESSIVES)  # "left no doubt", "hid his irritation"
    )


_OF_IN = frozenset("of in from for at on with".split())


def before_preposition(words: list[str]) -> list[str]:
    """The words of a phrase before its first preposition after the first word: "Senators of
    both parties" -> "Senators" (round 21, AllSides: the sentence-initial plural's
    post-modifier was cut off as the speaker, "of both parties").

    Examples
    --------
    >>> before_preposition(["senators", "of", "both", "parties"])
    ['senators']
    >>> before_preposition(["abortion", "rights", "advocates"])
    ['abortion', 'rights', 'advocates']
    """
    k = next((k for k, w in enumerate(words) if k and w.lower() in _OF_IN), len(words))
    return words[:k]


# words after a name that are no noun of its phrase: conjunctions, adverbs, reflexives and
# irregular pasts missing from the auxiliaries above ("Warren later", "Snowden himself",
# "Merkel hit back", "Muir drove"; round 22, AllSides)
_NOT_NOUN = frozenset(
    "and or but nor who whom whose which that as than if when while where whether "
    "later earlier even since further never ever just still now again only already soon first "
    "once too very really long often always recently previously instead finally "
    "himself herself itself themselves him them us me you it hit drove cut let set shut quit "
    "threw wore spent".split()
)
_NAME_STOP = frozenset(
    "i he she we they it you what how why here here's here’s once media few many most some "
    "several all both each every no other others because if when while although though as "
    "after before since but and so yet or".split()
)


def _noun_like(t: str) -> bool:
    """A lowercase word that may be a common noun: no auxiliary or irregular past, no word in
    *-ed*, *-ly* or *-ing*, no preposition, determiner, conjunction or adverb."""
    lt = t.lower().replace("’", "'")
    return (
        t.isalpha()
        and t.islower()
        and lt not in _AUXILIARIES | _PREPOSITIONS | _DETERMINERS | _NOT_NOUN
        and not lt.endswith(("ed", "ly", "ing"))
    )


def _plural(t: str) -> bool:
    return t.endswith("s") and not t.endswith("ss")


# what follows a verb in -s (not a noun in -s): an object or a clause ("The Sanders campaign
# projects that"; not "administration officials said", "supporters who", "victories in")
_AFTER_VERB = frozenset(
    "that the a an his her its their this these those no he she it they we him them".split()
)


def _verb_s(toks, j: int) -> bool:
    """Token ``j`` is a verb in *-s*: an object or a clause follows it."""
    nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
    return _plural(toks[j][0]) and (nxt in _AFTER_VERB or nxt.endswith("ly"))


def _finite_after(toks, j: int) -> bool:
    """Whether token ``j`` is a finite verb after the noun at ``j - 1``: an auxiliary or
    irregular past, a word in *-ed*, or one in *-s* after a singular noun."""
    if j >= len(toks):
        return False
    t = toks[j][0]
    lt = t.lower().replace("’", "'")
    if not t.islower():
        return False
    return (
        lt in _AUXILIARIES
        or lt.endswith("ed")
        or (not _plural(toks[j - 1][0]) and _verb_s(toks, j))
    )


def named_head_end(toks, k: int, last: int | None) -> int | None:
    """Index of the last token of a subject whose name modifies a common noun head: "The Trump
    campaign also raised …", "Mr. Krugman's column raised …", "Obama administration officials
    said" (round 22, AllSides: the subject was cut to "The Trump" / "Mr. Krugman's", and a
    colon lead-in's quotation lost its speaker).  ``k`` is the subject's first token,
    ``last`` the name's last token; the head is one or two lowercase nouns followed by a
    finite verb; a word in *-s* right after a name without a possessive is its verb ("Trump
    says"), not a noun.  Returns ``last`` unchanged otherwise (also after a pronoun or an
    opening wh-word: "He's moving full", "What he thinks").

    Examples
    --------
    >>> import re
    >>> ts = list(re.finditer(r"[\\w’'-]+", "The Trump campaign also raised this question"))
    >>> ts[named_head_end(ts, 0, 1)][0]
    'campaign'
    >>> ts = list(re.finditer(r"[\\w’'-]+", "Trump says he will"))
    >>> named_head_end(ts, 0, 0)
    0
    >>> ts = list(re.finditer(r"[\\w’'-]+", "Warren later characterized"))
    >>> named_head_end(ts, 0, 0)
    0
    """
    if last is None or not toks[last][0][:1].isupper():
        return last
    if {toks[k][0].lower(), toks[last][0].lower()} & _NAME_STOP:
        return last
    possessive = toks[last][0].endswith(("'s", "’s", "s'", "s’"))
    j, end = last + 1, last
    while j < len(toks) and j - last <= 2 and _noun_like(toks[j][0]):
        if j == last + 1 and not possessive and _plural(toks[j][0]):
            nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
            if not (nxt in _AUXILIARIES or nxt.endswith("ed")):
                break  # "Trump says he", "Murphy presses health": the verb ("Clinton aides said")
        end = j
        if _finite_after(toks, j + 1):
            return end
        j += 1
    return last
