"""A sentence subject that counts people: "about 200 protesters", "more than 500 Cruz
supporters", "hundreds of demonstrators" (attribution round 14, PolNeAR train: "Outside the
sports arena …, about 200 protesters congregated in three clusters, holding anti-Trump signs
and chanting '…'" had no speaker for *chanting*).

An optional approximator (*about, nearly, some, more than, at least* …), a number (digits or
a number word: *dozens, hundreds, two* …, with *of*), then at most three words ending with a
plural noun, followed by its verb (a past form in *-ed* or an auxiliary; not "about 200 miles
away").  Number words, approximators and auxiliaries are closed-class words of the grammar,
not a curated lexicon.  A sentence opening with a preposition of place up to its comma
("Outside the sports arena …,", "Amid the uproar,") is an adverbial before the subject
(:data:`analysis.detect.quotes.speakers.CONNECTIVES` and its adverbial openers).
"""

from __future__ import annotations

__all__ = ["quantity_subject_end"]

_APPROXIMATORS = frozenset("about nearly almost roughly some around over approximately".split())
_TWO_WORD = frozenset(["more than", "fewer than", "less than", "at least", "up to"])
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten twelve twenty thirty forty fifty hundred "
    "hundreds thousand thousands dozen dozens scores millions".split()
)
_IRREGULAR = frozenset("people police staff".split())
_AUXILIARIES = frozenset("were are have had will would could can began kept held".split())


def _verb(t: str) -> bool:
    """A past form or an auxiliary ("protesters gathered", "supporters were"; not "miles
    away")."""
    return t.endswith("ed") or t in _AUXILIARIES


def _number(t: str) -> bool:
    return t[:1].isdigit() or t.lower() in _NUMBER_WORDS


def _plural(t: str) -> bool:
    lt = t.lower()
    return lt in _IRREGULAR or (t.isalpha() and lt.endswith("s") and not lt.endswith("ss"))


def quantity_subject_end(toks, k: int) -> int | None:
    """Index of the plural noun that ends a counted subject starting at token ``k``
    (``toks``: word matches, ``m[0]`` the word) when a lowercase word (its verb) follows; else
    None.

    Examples
    --------
    >>> import re
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "about 200 protesters congregated outside"))
    >>> ts[quantity_subject_end(ts, 0)][0]
    'protesters'
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "More than 500 Cruz supporters roared"))
    >>> ts[quantity_subject_end(ts, 0)][0]
    'supporters'
    >>> ts = list(re.finditer(r"[\\w.'-]+|,", "about 200 miles away"))
    >>> quantity_subject_end(ts, 0) is None
    True
    """
    j = k
    words = [m[0] for m in toks[k : k + 8]]
    if len(words) >= 2 and f"{words[0]} {words[1]}".lower() in _TWO_WORD:
        j += 2
    elif words and words[0].lower() in _APPROXIMATORS:
        j += 1
    if j >= len(toks) or not _number(toks[j][0]):
        return None
    j += 1
    if j < len(toks) and toks[j][0].lower() == "of":
        j += 1  # "hundreds of demonstrators"
    for end in range(j, min(len(toks) - 1, j + 3)):
        t = toks[end][0]
        if not t[:1].isalpha():
            return None
        nxt = toks[end + 1][0]
        if _plural(t) and nxt.isalpha() and nxt.islower() and _verb(nxt):
            return end
    return None
