"""Opening adverbials before a sentence's subject: "In a statement, …", "Hours later, …",
"Finally, …" (moved out of :mod:`.speakers`; closed-class words of English grammar).

Round 20 adds a sentence adverb in *-ly* closing with a comma ("Finally, after four days and
four different explanations, Bush broke down: '…'", "Separately, …"): its suffix is one that
names do not end in (*Kelly, Emily, Connolly, Beverly* keep their comma: "Kelly, a spokeswoman,
said").
"""

from __future__ import annotations

import re

__all__ = ["opens_adverbial", "adverbial_end", "adverb_before_verb", "BEFORE_VERB"]

#: Adverbs of time or frequency between a subject and its verb, skipped in lower case only
#: (round 33: "As de Blasio has so frequently said, “…”", "Mr. Cruz often says", "Trump now
#: says": not *Trump now*; "Ben Still said" keeps its name).  Not the modals *may, can, should,
#: must*: *May* is a name ("May told parliament"), and "can claim" reports no speech.
BEFORE_VERB = frozenset("now still often always so".split())

_ADVERBIAL = frozenset(
    "in on at after before during when while since as although though if asked speaking "
    "earlier later last this from for with without by under over among despite unlike like "
    "according addressing responding writing here instead outside inside across near behind "
    "beyond around amid amidst along throughout".split()
)
# last words of an opening time adverbial: "Hours later, Trump …", "Eight years ago, he …"
_ADVERBIAL_END = frozenset("ago later earlier afterward afterwards".split())
# a time noun, in lower case, ending one: "The following month, Schwerin …", "That night, …"
# (round 24; not a capitalised name: "Doris Day, the actress,")
_TIME_NOUNS = frozenset("day week month year morning afternoon evening night weekend".split())
_TIME_OPENERS = frozenset("The That Each Every One".split())
# sentence adverbs: "Finally", "Separately", "Previously", "Notably", "Similarly", "Recently"
_SENTENCE_ADVERB = re.compile(
    r"[A-Za-z]{3,}(?:ally|ately|ously|ively|ably|ibly|ntly|arly|ctly|stly)"
)


def adverbial_end(word: str, first: bool = False, opener: str = "") -> bool:
    """Whether ``word`` before a comma ends an opening adverbial: a time word ("Hours later,"),
    a time noun after a determiner ``opener`` ("The following month,", not "He apologized the
    next day,"), or, when it is the sentence's first word (``first``), a sentence adverb in *-ly*.

    Examples
    --------
    >>> [adverbial_end(w, True) for w in ("Finally", "Separately", "Kelly", "Connolly", "later")]
    [True, True, False, False, True]
    >>> adverbial_end("month", opener="The"), adverbial_end("Day", opener="The")
    (True, False)
    """
    if word.lower() in _ADVERBIAL_END or (word in _TIME_NOUNS and opener in _TIME_OPENERS):
        return True
    return first and bool(_SENTENCE_ADVERB.fullmatch(word))


def opens_adverbial(toks, k: int) -> bool:
    """An adverbial opens at token ``k`` ("In a statement", "after remaining neutral", "Shortly
    after the call ended", "Even before Sanders took the stage"; seventh pass)."""
    if k >= len(toks):
        return False
    w = toks[k][0].lower()
    if w in _ADVERBIAL:
        return True
    nxt = toks[k + 1][0].lower() if k + 1 < len(toks) else ""
    return (
        w.endswith("ly") or w in ("even", "just", "soon", "right", "long")
    ) and nxt in _ADVERBIAL


def adverb_before_verb(word: str) -> bool:
    """Whether ``word``, between a subject and its verb, is an adverb to skip: lower case, in
    *-ly* or one of :data:`BEFORE_VERB`.

    Examples
    --------
    >>> [adverb_before_verb(w) for w in ("often", "repeatedly", "Still", "may", "Kelly")]
    [True, True, False, False, False]
    """
    return word.islower() and (word.endswith("ly") or word in BEFORE_VERB)
