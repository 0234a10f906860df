"""One person's name written two ways: accents and English short forms of given names.

Speakers and sources are counted by the phrase that names them, so "Felipe Calderón" and
"Felipe Calderon", or "Mike Pence" and "Michael Pence" in one article, were two sources
(review 37).  :func:`fold_accents` removes diacritics (Unicode NFKD, combining marks
dropped: a general rule, no list); :func:`same_given_name` tells a given name and its short
form apart from two different names, from ``lexicons/given_names.csv`` (a short list copied
from a public nickname table, with its provenance).  A short form is only ever matched against
a full name *with the same surname*: "Bill" alone is never taken for William.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..lexicons import read_table

__all__ = ["fold_accents", "given_name_forms", "same_given_name", "fold_person_names"]


def fold_accents(text: str) -> str:
    """``text`` without diacritics (NFKD decomposition, combining marks dropped, then NFC).

    Examples
    --------
    >>> fold_accents("Felipe Calderón"), fold_accents("Zürich"), fold_accents("Kyiv")
    ('Felipe Calderon', 'Zurich', 'Kyiv')
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


@lru_cache(maxsize=1)
def given_name_forms() -> dict[str, frozenset[str]]:
    """Each given name or short form (lower case) -> the names it may stand for, itself
    included (``lexicons/given_names.csv``; "bill" stands for william and robert).

    Examples
    --------
    >>> sorted(given_name_forms()["bill"])
    ['bill', 'robert', 'william']
    >>> sorted(given_name_forms()["michael"])
    ['michael']
    """
    forms: dict[str, set[str]] = {}
    for row in read_table("given_names.csv", required=("name", "nickname")):
        name, nick = row["name"].casefold(), row["nickname"].casefold()
        forms.setdefault(nick, {nick}).add(name)
        forms.setdefault(name, {name})
    return {k: frozenset(v) for k, v in forms.items()}


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names may name one person: equal without case and accents, or a name
    and one of its short forms ("Mike", "Michael"); two short forms of one name are not matched
    ("Bill", "Bob": both may be Robert, but neither is written as the other).

    Examples
    --------
    >>> [same_given_name(*p) for p in (("Mike", "Michael"), ("José", "Jose"), ("Bill", "Bob"))]
    [True, True, False]
    >>> same_given_name("Michael", "Mitchell")
    False
    """
    a, b = fold_accents(a).casefold(), fold_accents(b).casefold()
    if a == b:
        return True
    forms = given_name_forms()
    return a in forms.get(b, ()) or b in forms.get(a, ())


def fold_person_names(phrases: Iterable[str]) -> dict[str, str]:
    """A key for each phrase under which the forms of one person's name are counted once.

    The key is the phrase case- and accent-folded; in a name (every word capitalised, two
    words or more), a short form of a given name standing right before the surname is
    replaced by the full name when the same surname is written with that full name among
    ``phrases`` ("Mike Pence" -> "michael pence" only beside "Michael Pence").

    Examples
    --------
    >>> keys = fold_person_names(["Mike Pence", "Michael Pence", "Felipe Calderón",
    ...                           "Felipe Calderon", "Bill Gates", "officials"])
    >>> keys["Mike Pence"] == keys["Michael Pence"], keys["Felipe Calderón"]
    (True, 'felipe calderon')
    >>> keys["Bill Gates"], keys["officials"]
    ('bill gates', 'officials')
    >>> keys = fold_person_names(["Bill Jefferson Clinton", "William Jefferson Clinton"])
    >>> keys["Bill Jefferson Clinton"]
    'william jefferson clinton'
    """
    phrases = list(dict.fromkeys(phrases))
    folded = {p: " ".join(fold_accents(p).casefold().split()) for p in phrases}
    forms = given_name_forms()
    full: dict[str, set[str]] = {}  # surname -> given names written in full before it
    named: dict[str, tuple[int, str, str]] = {}
    for p in phrases:
        words = p.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            *before, surname = folded[p].split()
            at = _given_at(before, forms)
            named[p] = (at, before[at], surname)
            full.setdefault(surname, set()).add(before[at])
    keys = dict(folded)
    for p, (at, given, surname) in named.items():
        longer = [n for n in full[surname] if n != given and n in forms.get(given, ())]
        if len(longer) == 1:  # one full name with this surname: the same person
            words = folded[p].split()
            keys[p] = " ".join([*words[:at], longer[0], *words[at + 1 :]])
    return keys


def _given_at(before: list[str], forms: dict[str, frozenset[str]]) -> int:
    """Where the given name stands among the words before a surname: the first word the
    given-name table knows (a title before it, a middle name after it: "Sen. Bill Jefferson
    Clinton"), else the word right before the surname (review 41)."""
    return next((k for k, w in enumerate(before) if w in forms), len(before) - 1)
