"""Plural nouns that look like a cue or a quotation mark (attribution round 14, PolNeAR train).

* A form in *-s* of the verb table used as a plural noun before *of*: "He cited reports of
  escalating cyberattacks", "claims of momentum" (five wrong attributions whose speaker was the
  words before the noun, "He cited", "an hour of initial").  The forms are listed in
  ``lexicons/cue_nouns.csv`` (*reports, claims, comments, remarks*); verbs that take *of*
  ("says of", "warns of") and nominal cues the gold marks ("chants of") are not.
* A cue word right after an article or *of* is a noun, whatever its form: "Moore later sent
  out a series of tweets" (speaker "a series of"), "as the saying goes", "the chronically high
  levels of stress", "a worry that", "She stopped just short of saying" (AllSides, unlabelled:
  the speaker phrase ended in the article or *of*); a cue word inside the source of *according
  to* ("according to FEC reports": not FEC's report).
* A capitalised cue word inside a name (:func:`in_name`): "The Washington Post reported", "the
  United States should" (moved here from :mod:`.attribution`, round 19, behaviour unchanged).
* The apostrophe of a plural possessive is no closing quotation mark before a verb.  After a
  closing mark a reporting verb is inverted and its speaker follows (``'…,' said Peskov``); the
  apostrophe of a plural possessive is the same character (``Sanders’``, ``voters'``), and a
  noun after it that the verb table also lists (*comments*, *claims*) then took the words
  after it for a speaker: "Weaver didn’t seem impressed with Sanders’ comments Tuesday,
  telling reporters, '…'" gave the quotation the speaker *Tuesday* (HuffPost).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import read_table
from ...text.typography import QUOTE_MARKS

__all__ = ["cue_nouns", "noun_before_of", "noun_use", "inversion_mark", "in_name"]

_OF = re.compile(r"\s+of\b")


@lru_cache(maxsize=1)
def cue_nouns() -> frozenset[str]:
    """The forms of ``lexicons/cue_nouns.csv``.

    Examples
    --------
    >>> "reports" in cue_nouns(), "says" in cue_nouns()
    (True, False)
    """
    return frozenset(r["term"].lower() for r in read_table("cue_nouns.csv"))


def noun_before_of(text: str, term: str, ve: int) -> bool:
    """Whether the cue ``term`` ending at ``ve`` is a plural noun: a form of
    :func:`cue_nouns` followed by *of*.

    Examples
    --------
    >>> t = "He cited reports of attacks. CNN reports that it rained."
    >>> noun_before_of(t, "reports", 16), noun_before_of(t, "reports", 40)
    (True, False)
    """
    return term in cue_nouns() and _OF.match(text, ve) is not None


#: An article or *of* right before a cue word makes it a noun ("a series of tweets").
_NOUN_BEFORE = frozenset("a an the of".split())


# a possessive right before a word: "candidate's ", "voters’ "
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|s['’])[ \t]+$")


def noun_use(text: str, term: str, sp: tuple[int, int], vs: int, form: str) -> bool:
    """Whether the cue ``term`` at ``vs`` is a noun, not a reporting verb: *so-called*, a
    plural noun before *of* (:func:`noun_before_of`), a word right after an article or *of*
    that ends its speaker phrase ``sp`` ("a series of tweets"), and an ``-s`` form right after
    a possessive ("Trump's comments", "Sanders' remarks"; issue 18, PolNeAR train).

    Examples
    --------
    >>> t = "Moore sent out a series of tweets on Friday."
    >>> noun_use(t, "tweets", (15, 26), 27, "s")
    True
    >>> t = "Sanders' remarks drew fire. Sanders tweets often."
    >>> noun_use(t, "remarks", (0, 8), 9, "s"), noun_use(t, "tweets", (28, 35), 36, "s")
    (True, False)
    """
    if text[max(0, vs - 3) : vs] == "so-" or noun_before_of(text, term, vs + len(term)):
        return True  # "so-called", "He cited reports of …"
    if form == "base" and _POSSESSIVE_BEFORE.search(text, max(0, vs - 4), vs):
        return True  # "the Republican presidential candidate's vow to" (round 22)
    words = text[sp[0] : sp[1]].split()
    if not words or sp[1] > vs or text[sp[1] : vs].strip():
        return False  # only a phrase right before the word ("and says" has its own subject)
    if words[-1].lower() in _NOUN_BEFORE or [w.lower() for w in words[:2]] == ["according", "to"]:
        return True  # "a series of tweets"; "according to FEC reports"
    if form != "s" and not (term.endswith("s") and " " not in term):
        return False
    return words[-1].endswith(("'", "’", "'s", "’s", "s'", "s’"))  # (?:['’]s?|s['’])$


def inversion_mark(before: str) -> bool:
    """Whether ``before`` (the text right before a verb, trailing space stripped) ends with a
    closing quotation mark or a comma after which an inverted speaker may follow, not with
    the apostrophe of a plural possessive (``s’``, ``s'``).

    Examples
    --------
    >>> [inversion_mark(b) for b in ("war,’", "the plan”", "Sanders’", "voters'", "Ohio,", "")]
    [True, True, False, False, True, False]
    """
    if not before or before[-1] not in QUOTE_MARKS + ",":
        return False
    return not (before[-1] in "’'" and before[-2:-1] == "s")


def in_name(text: str, vs: int, ve: int, verb: str) -> bool:
    """A capitalised verb inside a name: "the United States should", "The Washington Post
    reported" (previous word capitalised, next word lowercase or a comma: "the UCLA Anderson
    Forecast,", "Consumer Reports,"; Title Case headlines pass)."""
    if not verb[:1].isupper():
        return False
    k = vs - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or not text[k].isalpha() or not text[k].isalnum():
        return False
    j = k
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    nxt = ve
    while nxt < len(text) and text[nxt] == " ":
        nxt += 1
    if not text[j].isupper():
        return False
    # "the United States": a capitalised pair after *the* is a name, whatever follows
    return (nxt < len(text) and (text[nxt].islower() or text[nxt] == ",")) or text[
        max(0, j - 4) : j
    ].lower() == "the "
