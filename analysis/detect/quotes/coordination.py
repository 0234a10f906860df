"""Names coordinated with a speaker: ``Marta and Jonas said``, ``… say Marta and Jonas``."""

from __future__ import annotations

import re

from .speakers import DETERMINERS, NP_STOP, PRONOUNS

__all__ = ["coordinated", "coordinated_past", "coordinated_pronoun"]

_AND_AFTER = re.compile(r"[ ]+and[ ]+")
_AND_BEFORE = re.compile(r"[ ]+and[ ]+$")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,3}")
_NAME_RUN_END = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,3}$")


def coordinated(text: str, sp: tuple[int, int], lo: int, hi: int) -> tuple[int, int]:
    """Widen a named speaker to the names coordinated with it: ``Marta and Jonas said``,
    ``… say Marta and Jonas``.  Only a name joins a name (a capitalised run of at most four
    words, none of them a sentence opener such as *But* or *The*); within ``[lo, hi)``.

    Examples
    --------
    >>> t = "Later Marta and Jonas Berg said so."
    >>> s, e = coordinated(t, (t.index("Jonas"), t.index(" said")), 0, len(t))
    >>> t[s:e]
    'Marta and Jonas Berg'
    >>> t = "said Marta and Jonas."
    >>> s, e = coordinated(t, (5, 10), 0, len(t))
    >>> t[s:e]
    'Marta and Jonas'
    """
    s, e = sp
    words = text[s:e].split()
    if not words or not all(w[:1].isupper() for w in words) or words[0].lower() in PRONOUNS:
        return sp
    m = _AND_AFTER.match(text, e, hi)
    if m:
        n = _NAME_RUN.match(text, m.end(), hi)
        if n and _names_only(n.group()):
            e = n.end() - (1 if text[n.end() - 1] == "." else 0)
    m = _AND_BEFORE.search(text, max(lo, s - 8), s)
    if m:
        n = _NAME_RUN_END.search(text, max(lo, m.start() - 60), m.start())
        if n:
            # drop opening words that name no one ("Later Marta and …")
            starts = [w.start() for w in re.finditer(r"\S+", text[n.start() : n.end()])]
            kept = [n.start() + k for k in starts if k >= 0]
            while kept and text[kept[0] : n.end()].split()[0].lower() in _NOT_A_NAME | DETERMINERS:
                kept = kept[1:]
            if kept and _names_only(text[kept[0] : n.end()]):
                s = kept[0]
    return s, e


#: Capitalised words that open a sentence or a clause but name no one.
_NOT_A_NAME = frozenset(
    "but and yet so then now later earlier yesterday today meanwhile also however still "
    "in on at after before when while since as if although though asked both".split()
)


def _names_only(run: str) -> bool:
    return all(w.lower().rstrip(".") not in NP_STOP | _NOT_A_NAME for w in run.split())


_AND_LEAD = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later|[a-z]+ly)\s+)?$")
_PASSIVE_NEXT = re.compile(r"\s+(?:as|of|by)\b")


def coordinated_past(text: str, lo: int, vs: int, ve: int) -> bool:
    """A past form coordinated with *and*/*but* and not a passive participle (not followed by
    *as*, *of*, *by*): it shares the subject of the clause before it, which may be a
    determiner's noun phrase ("The senator paused and recalled …", "the company sued and argued
    …"; issue 18, round 19).

    Examples
    --------
    >>> t = "The senator paused and recalled the figure."
    >>> coordinated_past(t, 0, t.index("recalled"), t.index("recalled") + 8)
    True
    >>> t = "Two officers were arrested and accused of treason."
    >>> coordinated_past(t, 0, t.index("accused"), t.index("accused") + 7)
    False
    """
    return bool(_AND_LEAD.search(text, max(lo, vs - 20), vs)) and not _PASSIVE_NEXT.match(
        text, ve, ve + 6
    )


# a personal pronoun, a first verb and up to three words of its clause, then *and*/*but*
_PRONOUN_FIRST_VERB = re.compile(
    r"\b((?i:he|she|they|we)|I)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+[a-z’']+){0,3}\s+(?:and|but)\s+"
    r"(?:(?:also|then|later|[a-z]+ly)\s+)?\Z"
)

_SUBORDINATOR = re.compile(
    r"\b(?i:after|before|when|while|since|because|if|as|that|until|once|though|although)\s+\Z"
)


def coordinated_pronoun(text: str, lo: int, vs: int) -> tuple[int, int] | None:
    """The personal pronoun that is the subject of the first of two coordinated verbs when the
    second (at ``vs``) is a reporting verb: "he laughed and said", "she shook her head and
    added" (round 20, PolNeAR train: "When Robby Mook, Clinton's campaign manager was asked …,
    he laughed and said, '…'" took the possessive "Clinton's"); else None.

    Examples
    --------
    >>> t = "When asked, he laughed and said, 'We will see.'"
    >>> t[slice(*coordinated_pronoun(t, 0, t.index("said")))]
    'he'
    >>> [coordinated_pronoun(t, 0, t.index("said")) for t in ("The senator paused and said",
    ...  "McConnell was quick to embrace him after he clinched it and said")]
    [None, None]
    """
    m = _PRONOUN_FIRST_VERB.search(text, max(lo, vs - 60), vs)
    if m is None or _SUBORDINATOR.search(text, max(lo, m.start() - 12), m.start()):
        return None  # "McConnell … after he clinched the nomination and said": not his clause
    return m.span(1)
