"""A channel phrase between a speaker and the verb: "Trump in his announcement speech called",
"Former President Barack Obama in a tweet called", "Trump in a series of tweets accused",
"Philip Balboni in a statement asked" (the medium is no part of the speaker).

The nouns of the medium are data (``lexicons/channel_nouns.csv``).  Issue 18, round 34
(round 33's speakerless set, item 45; PolNeAR train, whose source is the name before the
phrase).  As for a time adverbial (:mod:`.timewords`), a word of a speaker phrase must stand
before the phrase, and no conjunction, relative pronoun or participle ("a study published in
a letter"); here a name (a capitalised word) or a pronoun, not a common noun ("Ryan’s language
in the statement makes clear": measured first with any word, on PolNeAR train); and the verb
after the phrase is no participle of the medium ("told REVOLT TV in a video posted to": the
table's rows of category ``participle``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import read_table

__all__ = ["before_channel", "channel_nouns", "channel_participles"]

_NOT_SUBJECT_END = frozenset("and but or nor then also yet so who which that".split())
_PRONOUNS = frozenset("he she they we i you it".split())
_RELATIVES = frozenset("that which who".split())


@lru_cache(maxsize=1)
def channel_nouns() -> frozenset[str]:
    """The nouns of a speaker's medium (``lexicons/channel_nouns.csv``).

    Examples
    --------
    >>> "tweets" in channel_nouns()
    True
    """
    return frozenset(_rows("channel"))


@lru_cache(maxsize=1)
def channel_participles() -> frozenset[str]:
    """The participles that modify a medium's noun ("a video posted to …").

    Examples
    --------
    >>> "posted" in channel_participles()
    True
    """
    return frozenset(_rows("participle"))


def _rows(category: str) -> list[str]:
    rows = read_table("channel_nouns.csv")
    return [r["term"].lower() for r in rows if r["category"] == category]


@lru_cache(maxsize=1)
def _channel() -> re.Pattern:
    nouns = "|".join(sorted((re.escape(n) for n in channel_nouns()), key=len, reverse=True))
    return re.compile(
        r"\b(?:in|on|via)\s+(?:a|an|the|his|her|its|their|our|this)\s+"
        r"(?:[\w’'-]+\s+){0,3}?(?:" + nouns + r")"
        # its addressee or place: "in an interview with CNN", "in a post on Facebook"
        r"(?:\s+(?:to|with|on)\s+(?-i:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*))?\s*\Z",
        re.IGNORECASE,
    )


def before_channel(text: str, a: int, b: int) -> int:
    """``b``, or the start of a channel phrase that ends right before it when a word of a
    speaker phrase stands before that (``a``: how far back to look).

    Examples
    --------
    >>> t = "Trump in a series of tweets accused"
    >>> t[: before_channel(t, 0, t.index(" accused"))]
    'Trump'
    >>> t = "Cruz in a recent interview with The Post said"
    >>> t[: before_channel(t, 0, t.index(" said"))]
    'Cruz'
    >>> [before_channel(t, 0, t.index(" said")) == t.index(" said") for t in (
    ...  "In a statement said", "and in a statement said", "a poll published in a letter said",
    ...  "Ryan’s language in the statement said")]
    [True, True, True, True]
    >>> t = "told REVOLT TV in a video posted to its Twitter account"
    >>> before_channel(t, 0, t.index(" posted")) == t.index(" posted")
    True
    >>> t = "Trump made the remarks in a speech to introduce what he called"
    >>> before_channel(t, 0, t.index(" called")) == t.index(" called")
    True
    """
    last = text[max(a, b - 24) : b].split()[-1:]
    if not last or not (last[0][:1].isupper() or last[0].lower() in channel_nouns()):
        return b  # the cheap test first: this runs for every speaker phrase (the phrase ends
        # with a medium's noun or a capitalised addressee)
    tail = text[max(a, b - 90) : b]
    if " in " not in tail and " on " not in tail and " via " not in tail:
        return b
    m = _channel().search(text, max(a, b - 90), b)
    if m is None or m.end() != b and text[m.end() : b].strip():
        return b
    k = m.start()
    while k > a and text[k - 1].isspace():
        k -= 1
    if k <= a or not (text[k - 1].isalnum() or text[k - 1] in ").’'"):
        return b
    prev = text[max(a, k - 20) : k].split()[-1]
    if not (prev[:1].isupper() or prev.lower() in _PRONOUNS) or prev.lower() in _NOT_SUBJECT_END:
        return b  # a name or a pronoun before the phrase (not "Ryan’s language in the statement")
    verb = text[b : b + 24].split()[:1]
    if verb and verb[0].lower() in channel_participles() | _RELATIVES:
        # the medium's participle or relative clause: "in a video posted to its Twitter
        # account", "in a statement on Sunday that praised Coats" (the statement praised)
        return b
    return k
