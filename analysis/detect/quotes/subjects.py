"""Subjects of a reporting verb that are no person: plural subjects with a post-modifier
("Aides to Clinton say"), sentence openings before them, and evidence subjects ("A CNN/ORC
poll last month showed")."""

from __future__ import annotations

import re

from .sentences import sentence_start
from .shares import share_before
from .speakers import QUANTIFIERS, speaker_before
from .tables import VerbTable

__all__ = [
    "EVIDENCE_HEADS",
    "plural_subject",
    "plural_opening",
    "inside_opening",
    "evidence_subject",
    "evidence_phrase",
]


_MODAL = re.compile(
    r"\b(?:do|does|did|will|would|could|can|may|might|should|must|shall|n't|not|never)\b"
)
_PLURAL_HEADS = frozenset("i we you they who people police men women children staff".split())
_POSTMODIFIER = frozenset("of to for at from in close familiar with".split())
# a relative clause or a participle after a plural head that opens the phrase ("executives who
# have worked with Lachlan Murdoch say", "People briefed on the situation say"; round 23)
_CLAUSE_MODIFIER = frozenset("who briefed".split())
_NOT_A_HEAD_START = frozenset("i we you he she it they how what why when where if".split())
# a phrase with a modal, a copula or an infinitive runs past its subject ("Candidates who fall
# flat …, will", "the states that … stand to")
_PAST_SUBJECT = frozenset("will would can could should may might must is was are were to".split())


def plural_subject(text: str, sp: tuple[int, int], vs: int) -> bool:
    """Can the speaker phrase be the subject of a verb's base form?  A modal or auxiliary
    between them lifts the condition ("Trump would support")."""
    if _MODAL.search(text, sp[1], vs):
        return True
    words = text[sp[0] : sp[1]].lower().split()
    head = words[-1].strip(".,")
    # or before a post-modifier: "aides to Clinton", "sources close to her" (the last word
    # stays: "six in 10", "a majority of Americans")
    cut = next((k for k, w in enumerate(words) if k and w in _POSTMODIFIER), 0)
    if cut and words[-1] != "to" and _plural_word(words[cut - 1]):  # not "urged Democrats to"
        return True
    cut = next((k for k, w in enumerate(words) if k and w in _CLAUSE_MODIFIER), 0)
    if (
        0 < cut <= 3
        and words[0] not in _NOT_A_HEAD_START
        and _plural_word(words[cut - 1])
        and _PAST_SUBJECT.isdisjoint(words)
    ):
        return True
    return (
        _share_subject(text, sp, words)  # "Nearly a third say" (round 36)
        or "and" in words[1:]  # "Marta and Jonas"
        or head in _PLURAL_HEADS
        or words[0] in QUANTIFIERS
        or words[0] in ("those", "these")  # "those surveyed say"
        or (head.endswith("s") and not head.endswith(("ss", "'s", "’s")))
        or head in ("percent", "%")
        or head.endswith("%")
        or bool(re.fullmatch(r"\d+|ten|two|three|four|five", head))
    )


# a verb of saying inside a phrase: it runs past its subject ("48 percent of voters said it
# made them feel")
_SAYING = frozenset("say says said saying tell tells told".split())


def _share_subject(text: str, sp: tuple[int, int], words: list[str]) -> bool:
    """The phrase ends in a poll share (:func:`~.shares.share_before`: "Nearly a third",
    "Thirty-one percent of those surveyed", "nine out of 10") and holds no modal, copula,
    infinitive or verb of saying ("31 percent would like to see": not a subject)."""
    return (
        _PAST_SUBJECT.isdisjoint(words)
        and _SAYING.isdisjoint(words)
        and share_before(text, sp[0], sp[1]) is not None
    )


def _plural_word(w: str) -> bool:
    return w in _PLURAL_HEADS or (
        w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
    )


# a plural subject opening the sentence, with a post-modifier (a relative clause, a participle,
# a prepositional phrase): "People briefed on the situation say", "protest organizers in
# Cleveland say", "Friends of Mr. Clinton's who have seen him say"
_PLURAL_OPENING = re.compile(
    r"(?:(?:But|And|Rather|Indeed|While|Though|Although|Still|Yet|Now)\b,?\s+)?"
    r"((?:(?:The|the|Some|some|Many|many|Most|most|Other|other|Those|those|These|these|"
    r"Several|several|Both|both)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,3}?"
    r"(?:[A-Za-z][a-z-]*[a-hj-rtv-z]s|[Pp]eople))"
    r"(?=\s+(?:who|in|close|familiar|briefed|with|from|of|for|at|on|to|across|around|trying|"
    r"clamoring|that)\b)"
)


def _opening(text: str, lo: int, vs: int, verbs: VerbTable) -> re.Match | None:
    """The match of :data:`_PLURAL_OPENING` at the start of the sentence of the verb at
    ``vs``: no other reporting verb between its head and the verb, at most 150 characters."""
    ss = sentence_start(text, lo, min(vs + 1, len(text)))
    m = _PLURAL_OPENING.match(text, ss, vs)
    if m is None or vs - m.end(1) > 150 or verbs.regex.search(text, m.end(1), vs):
        return None
    if m.group(1).split()[0].lower() in _NP_OPENERS:
        return None  # "In …", "On …": an adverbial, not a subject
    return m


def plural_opening(text: str, lo: int, sp: tuple[int, int] | None, vs: int, verbs: VerbTable):
    """The plural subject that opens the sentence of a base-form verb whose nearest noun
    phrase is not plural or lies in that subject's post-modifier (``sp`` when there is none),
    up to the verb ("People briefed on the talks")."""
    m = _opening(text, lo, vs, verbs)
    if m is None:
        return sp
    end = vs
    while end > m.end(1) and text[end - 1] in " \t,":
        end -= 1
    return m.start(1), end  # the whole subject with its post-modifier


def inside_opening(text: str, lo: int, sp: tuple[int, int], vs: int, verbs: VerbTable) -> bool:
    """The speaker phrase lies in the post-modifier of a plural subject opening the sentence
    ("People briefed on the talks say": not *the talks*)."""
    m = _opening(text, lo, vs, verbs)
    return m is not None and m.end(1) < sp[0] and "," not in text[m.end(1) : sp[0]]


_NP_OPENERS = frozenset("in on at after before during since for from by with as if when".split())


#: Heads of the subjects an ``evidence`` verb (*shows, found*) attributes to: polls, studies,
#: documents (issue 18, PolNeAR train: "a CNN/ORC poll last month showed").
EVIDENCE_HEADS = frozenset(
    "poll polls polling survey surveys study studies analysis analyses data report reports "
    "research figures numbers results estimates documents records emails review audit "
    "investigation census count tally filings filing memo statistics findings polling "
    "tallies emails files ledgers".split()
)


def evidence_subject(text: str, sp: tuple[int, int]) -> bool:
    """A poll, study or document heads the phrase: its last word, or any word before a time
    or place that ends it ("A CNN/ORC poll last month", "the Quinnipiac poll in Ohio")."""
    words = [w.strip(".,").lower() for w in text[sp[0] : sp[1]].split()]
    return any(w in EVIDENCE_HEADS for w in words)


_EVIDENCE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(EVIDENCE_HEADS, key=len, reverse=True)) + r")\b", re.I
)


def evidence_phrase(text: str, a: int, vs: int, verbs: VerbTable) -> tuple[int, int] | None:
    """The subject of an evidence verb whose noun phrase has a modifier between its head and
    the verb ("A poll conducted by Edison Research for the networks showed", "FEC records from
    the 2008 cycle show", "her medical records, which showed"): the last poll, study or
    document word before the verb in the sentence, with no other reporting verb after it; its
    noun phrase, or the word alone."""
    found = list(_EVIDENCE_WORD.finditer(text, a, vs))
    last = found[-1] if found else None
    if last is None or verbs.regex.search(text, last.end(), vs):
        return None
    sp = speaker_before(text, max(a, last.start() - 80), last.end(), verbs.regex, verbs.forms)
    return sp if sp is not None and sp[1] == last.end() else (last.start(), last.end())
