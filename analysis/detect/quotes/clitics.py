"""A pronoun subject glued to a contracted auxiliary: "he's said", "she’s written", "I've
argued", "they'd told" (issue 18, round 20).

The speaker rules read "he's" as one word that is neither a pronoun nor a name, so the verb
after it got no speaker ("On homosexuality, he's said, 'Who am I to judge?'") or the whole
token as speaker ("She's").  The contracted auxiliaries (*'s* = has, *'ve* = have, *'d* =
had/would) and the personal pronouns are closed-class words of English grammar, not a curated
lexicon.  *it's* is left out: before a participle it is mostly the passive *it is*
("it's called", "it's currently written"), and so is *'s* before *as* or *by* ("he's described
as").
"""

from __future__ import annotations

import re

__all__ = ["clitic_subject"]

# the pronoun, the clitic, then adverbs of time or manner up to the verb
_CLITIC = re.compile(
    r"\b((?i:he|she|they|we|you)|I)['’](?i:s|ve|d)"
    r"(?:\s+(?i:[a-z]+ly|also|long|since|previously|already|never|not|always|often|again|"
    r"once|even|just|both|all))*\s+\Z"
)

_PASSIVE = re.compile(r"[\w-]+\s+(?i:as|by)\b")
_AS = re.compile(r"\b(?i:as)\s+\Z")
# between an outer reporting verb and the pronoun: *that*, an addressee or a time word
_INNER = re.compile(r"(?:\s+(?:that|[\w’'.-]+))?\s+(?:that\s+)?")


def clitic_subject(
    text: str, a: int, b: int, verb_re: re.Pattern | None = None
) -> tuple[int, int] | None:
    """The span of the pronoun when the words right before ``b`` (a verb's start) are a
    pronoun with a contracted auxiliary, looking no further back than ``a``; else None.

    Not in a clause inside other words: after *as* ("as he's often alleged") or right after
    another reporting verb of ``verb_re`` ("said he'd asked his 'people'", "told reporters
    she's written"), where the outer verb is the attribution (PolNeAR train, round 20).

    Examples
    --------
    >>> t = "On homosexuality, he's said, 'Who am I to judge?'"
    >>> s = clitic_subject(t, 0, t.index("said"))
    >>> t[s[0] : s[1]]
    'he'
    >>> t = "I’ve long argued that"
    >>> t[slice(*clitic_subject(t, 0, t.index("argued")))]
    'I'
    >>> [clitic_subject(t, 0, t.index(v)) for t, v in (("it's called", "called"),
    ...  ("Trump’s repeated claims", "repeated"), ("he said", "said"))]
    [None, None, None]
    >>> t = "He’s described as suspended by the diocese"
    >>> clitic_subject(t, 0, t.index("described"))
    >>> t = "Trump said he’d asked his people"
    >>> clitic_subject(t, 0, t.index("asked"), re.compile(r"\\bsaid\\b"))
    """
    lo = max(a, b - 48)
    window = text[lo:b]
    if "'" not in window and "’" not in window:
        return None  # the cheap test first: this runs for every reporting verb
    m = _CLITIC.search(text, lo, b)
    if m is None or (
        m.group(0)[len(m.group(1)) + 1 :].lower().startswith("s") and _PASSIVE.match(text, b)
    ):
        return None  # "he's described as", "she's quoted by": 's is *is*, a passive
    before = text[max(a, m.start() - 40) : m.start()]
    if _AS.search(before) or (
        verb_re is not None
        and any(_INNER.fullmatch(before, v.end()) for v in verb_re.finditer(before))
    ):
        return None
    return (m.start(1), m.end(1))
