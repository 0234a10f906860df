"""Cue contexts of the verb table (issue 18, fifth pass; PolNeAR train error classes).

* ``context_after``: a verb whose non-speech sense dominates (*spoke*, *found*, *maintained*)
  is a cue only where the text after it matches ("spoke about", "found that"), after a poll,
  study or report subject, or next to a quotation (:func:`in_context`).
* an inverted speaker closed by punctuation after a comma (:func:`closed_inversion`), the
  verbs whose next phrase is the addressee (:data:`ADDRESSEE_AFTER`) and an infinitive that
  continues the subject's act (:func:`infinitive_of`; issue 18, seventh pass).
* ``speaker_optional``: a verb that is always one of saying (*said, says, saying*) is a cue
  even where the speaker rules find no phrase; its speaker is then the bare noun phrase of its
  clause ("Some advocates for stem cell research said", "with 30 percent of voters saying"),
  if any (:func:`bare_subject`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import read_table
from ...text.typography import QUOTE_MARKS
from .marks import first_nonspace
from .sentences import sentence_start
from .sources import names_a_source
from .speakers import speaker_after, speaker_before
from .subjects import evidence_phrase, evidence_subject
from .tables import VerbTable

__all__ = [
    "inverted_tail",
    "next_to_quote",
    "in_context",
    "bare_subject",
    "closed_inversion",
    "infinitive_of",
    "control_subject",
    "with_subject",
    "NO_SPEECH_LEAD",
    "GERUND_LEAD",
    "ADDRESSEE_AFTER",
    "PROGRESSIVE",
]


def next_to_quote(text: str, s0: int, ve: int, block: tuple[int, int]) -> bool:
    """A quotation mark right before the clause starting at ``s0`` ("'…,' he continued") or
    right after the verb ending at ``ve`` ("he continued: '…'", "he continued, '…'"), or (*put
    it*) a mark and *as* before the clause ("'…,' as Trump put it"); after
    *put it* also past a short adverbial ("as Patti Solis Doyle put it to me recently, '…'")."""
    lo, hi = block
    pre = text[max(lo, s0 - 3) : s0].rstrip(" ,")
    if _AS_BEFORE.search(text, max(lo, s0 - 7), s0) and _PUT_IT.search(text, ve - 7, ve):
        return True  # "'…,' as Trump put it" (round 22; not "'…,' as Meadows talked")
    post = text[ve : min(hi, ve + 4)].lstrip(" \t,")
    if post[:1] in QUOTE_MARKS + ":":
        return True
    if text[s0 : s0 + 1].isupper() and _NAME_COLON_QUOTE.match(text, ve, hi):
        return True  # a fronted verb, its name and a colon: "Continued Stone: '…'" (attr40)
    # a mark before the clause, not before a verb with an object ("under what Mr. Hedge called
    # ''the prior economy model,'' the Marsh Landing Country Club, a private course in Ponte
    # Vedra Beach, Fla., charged a $100,000 initiation fee"; round 26)
    if pre and pre[-1] in QUOTE_MARKS and not _OBJECT_AFTER.match(text, ve, hi):
        return True
    # "as X put it to me recently, '…'", "put it at a St. Louis rally: '…'" (round 20)
    return text[max(lo, ve - 7) : ve].lower().endswith("put it") and bool(
        _PUT_IT_TAIL.match(text, ve, hi)
    )


#: A name of up to four capitalised words, a colon and a quotation mark after a fronted verb.
_NAME_COLON_QUOTE = re.compile(
    r"[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*:[ \t]*(?:[\"“‘]|'')"
)
#: A sum or a number right after a verb ("charged a $100,000 fee"): its object, no quotation's.
_OBJECT_AFTER = re.compile(r"[ \t]+(?:an?[ \t]+)?[$£€\d]")
#: A quotation mark, then "as" right before the clause: "'…,' as Cruz put it".
_AS_BEFORE = re.compile(r"[" + QUOTE_MARKS + r"],?\s+as\s+$")
_PUT_IT = re.compile(r"\bputs? it$", re.I)
_PUT_IT_TAIL = re.compile(r"(?:[^.;!?\"“”‘’\n]|\.(?=[ ][A-Z])){1,50}?[,:]\s*(?:[\"“‘]|'')")


def in_context(
    text: str,
    ctx: re.Pattern,
    span: tuple[int, int],
    vspan: tuple[int, int],
    block: tuple[int, int],
    verbs: VerbTable,
) -> bool:
    """Is the verb at ``vspan`` (speaker phrase ``span``, ``(-1, -1)`` for none) in its
    speech context: ``ctx`` matches right after it, its subject is a poll/study/report ("A
    Quinnipiac University poll this month found …"), or a quotation stands next to it?"""
    vs, ve = vspan
    if ctx.match(text, ve, block[1]):
        return True
    if span[0] >= 0 and evidence_subject(text, span):
        return True
    if evidence_phrase(text, max(sentence_start(text, block[0], vs), vs - 120), vs, verbs):
        return True
    return next_to_quote(text, min(span[0], vs) if span[0] >= 0 else vs, ve, block)


#: Before a verb of saying, no speech act of its own: "quoted X as saying" (the cue is
#: *quoted*), "criticized him for saying", "like saying".
NO_SPEECH_LEAD = re.compile(r"\b(?:as|for|like)\s+$", re.IGNORECASE)
#: A preposition before a gerund cue: the words before it are no subject ("Clinton was swift in
#: saying", "erred in saying"); the sentence's subject speaks (not *of*: "a long way of saying";
#: not *with*, *over*: "ends with a voice over saying").
GERUND_LEAD = re.compile(r"\b(?:in|at|on|about|from|against)\s+$", re.IGNORECASE)
#: A progressive form before a participle cue: its subject stands before the auxiliary ("Donald
#: Trump is telling supporters", "Huckabee, for his part, is labeling"); also the contracted
#: *is* / *are* after a personal pronoun ("he’s essentially saying", "they're telling"; round
#: 34; not after a name or a noun, where *'s* is mostly a possessive: "Trump’s telling of a
#: story", "Fox News's reporting").
PROGRESSIVE = re.compile(
    r"(?:\b(?:is|are|was|were|been)|(?:(?<=\b[Hh]e)|(?<=\b[Ss]he))['’]s"
    r"|(?:(?<=\b[Tt]hey)|(?<=\b[Ww]e)|(?<=\b[Yy]ou))['’]re)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?$"
)
# where a clause (and so a bare subject) starts
_CLAUSE_CUT = re.compile(  # also the NYT's two apostrophes '' (round 22)
    r"[,;:(—–\"“”]|''|\b(?:and|but|while|with|whereas|because|although|though|if|when|then|so)\b",
    re.IGNORECASE,
)
# auxiliaries and adverbs between a subject and its verb ("who've already said", "it is said")
_TAIL = frozenset(
    "has have had is are was were be been 's ’s 've ’ve already also since just now then later "
    "previously once often never not publicly privately initially eventually so far still yet "
    "even".split()  # "China has so far refused": not *far* (seventh pass, audit dev)
)

_POSSESSIVE = re.compile(r"\w['’]s?\s")


def bare_subject(text: str, ss: int, vs: int, max_words: int = 8) -> tuple[int, int] | None:
    """The words between the last clause break of the sentence (from ``ss``) and the verb at
    ``vs``, without a trailing auxiliary or adverb, when they are 1 to ``max_words`` words:
    "Some advocates for stem cell research", "43", "another", "30 percent of voters"."""
    cuts = list(_CLAUSE_CUT.finditer(text, ss, vs))
    a = cuts[-1].end() if cuts else ss
    words = list(re.finditer(r"\S+", text[a:vs]))
    while words and (
        words[-1].group().lower() in _TAIL or words[-1].group().lower().endswith("ly")
    ):
        words.pop()
    if len(words) > 1 and words[0].group().endswith(")") and words[1].group()[:1].isupper():
        words = words[1:]  # a label's end: "(SOUNDBITE) (English) JOHN MCCAIN SAYING:" (round 21)
    if not 1 <= len(words) <= max_words or _POSSESSIVE.search(text, a + words[0].start(), vs):
        return None  # a possessive phrase was judged by the speaker rules ("Russia's big bad wolf")
    return a + words[0].start(), a + words[-1].end()


#: Verbs whose next noun phrase is the addressee, never an inverted speaker.
ADDRESSEE_AFTER = frozenset("told tells telling asked asks asking".split())


def closed_inversion(text: str, ve: int, hi: int) -> tuple[int, int] | None:
    """An inverted speaker right after a verb and closed by punctuation or a quotation mark
    ("said Paul Beck.", "explained Rosenberg, '…'", "says Australian prime minister – video"), or
    None."""
    sp = speaker_after(text, first_nonspace(text, ve, hi), min(hi, ve + 120))
    if sp is None:
        return None
    if _CLOSED_BY.match(text, sp[1]):
        return sp  # also a party tag or a relative clause: "said Sen. Chuck Grassley (R-Iowa),"
    nxt = text[sp[1] : sp[1] + 2].lstrip()[:1]
    return sp if nxt == "" or nxt in ",.;:–—-" or nxt in QUOTE_MARKS else None


# a party tag before punctuation, or a relative pronoun, after an inverted speaker (round 24)
_CLOSED_BY = re.compile(r"\s*\([^()\n]{1,24}\)\s*[,.;:–—]|\s+(?:who|whose)\b")


# a party and state, a relative clause or a prepositional phrase after an inverted speaker
# that opens the sentence, closed by a comma or colon and a quotation ("Added a Nevada Democrat
# who selected Rubio, '…'"; round 20, Politico insider surveys in AllSides)
_INVERTED_TAIL = re.compile(
    r"(?:\s*\([^()\n]{1,24}\))?"  # "Added Sen. Ron Johnson (R-Wis.): '…'"
    r"(?:,?\s+(?:who|from|in|at|of|with|to|for)\b[^,.;:!?\"“”\n]{1,60})?\s*[,:]\s*[\"“‘']"
)


def inverted_tail(text: str, end: int) -> bool:
    """Whether a post-modifier closed by a comma or colon and a quotation mark follows the
    inverted speaker ending at ``end``.

    Examples
    --------
    >>> t = "Added a Nevada Democrat who selected Rubio, “Rubio and Cruz seem right.”"
    >>> inverted_tail(t, t.index(" who")), inverted_tail("Said a Democrat who left.", 14)
    (True, False)
    """
    return _INVERTED_TAIL.match(text, end) is not None


# an infinitive that continues the subject's act: "went on to say", "goes on to call", "went
# so far as to say" (issue 18, seventh pass)
_ON_TO = re.compile(
    r"\b(?:(?:went|goes|go|going|gone|proceeded|moved)\s+on|so\s+far\s+as)\s+to\s+$"
)


@lru_cache(maxsize=1)
def _control() -> re.Pattern[str]:
    """Subject-control words before *to* (``lexicons/control_infinitives.csv``, round 32)."""
    terms = sorted((r["term"].lower() for r in read_table("control_infinitives.csv")), key=len)
    alts = "|".join(r"\s+".join(map(re.escape, t.split())) for t in reversed(terms))
    return re.compile(rf"\b(?:{alts})\s+to\s+$", re.IGNORECASE)


def infinitive_of(text: str, lo: int, vs: int, ve: int = -1) -> bool:
    """A base form after "went on to" / "so far as to", or after a subject-control word of
    ``lexicons/control_infinitives.csv`` when a quotation mark or a colon follows the verb
    ending at ``ve`` ("trying to say, '…'", "was prompted to say: '…'"; not "tried to claim
    Mueller had a conflict": an attempt reports no speech; round 32): the verb of the
    sentence's subject.

    Examples
    --------
    >>> t = "Mr. Trump was prompted to say, 'So far, so good.'"
    >>> infinitive_of(t, 0, t.index("say"), t.index("say") + 3)
    True
    >>> t = "He refused to say, 'No.'"
    >>> infinitive_of(t, 0, t.index("say"), t.index("say") + 3)
    False
    >>> t = "the President tried to claim Mueller had a conflict"
    >>> infinitive_of(t, 0, t.index("claim"), t.index("claim") + 5)
    False
    """
    a = max(lo, vs - 24)
    if not text[a:vs].rstrip().endswith("to"):
        return False  # every match ends in "to" and white space: no search
    if _ON_TO.search(text, a, vs):
        return True
    after = text[ve : ve + 4].lstrip(" \t,")[:1] if ve >= 0 else ""
    return bool(after) and after in QUOTE_MARKS + ":" and bool(_control().search(text, a, vs))


# auxiliaries and adverbs between a subject and its control word ("have been trying to say")
_AUX_BEFORE = re.compile(
    r"(?:\b(?:has|have|had|is|are|was|were|will|would|be|been|being|just|also|always|often|"
    r"still|once|then)\s+)*$",
    re.IGNORECASE,
)


def control_subject(text: str, lo: int, vs: int, verbs: VerbTable) -> tuple[int, int] | None:
    """The subject of the word that controls an infinitive reporting verb at ``vs`` (see
    :func:`infinitive_of`): the noun phrase right before it and its auxiliaries ("that Mr.
    Trump was prompted to say", "many of the Republicans have been trying to say"; round 32),
    or None.

    Examples
    --------
    >>> from analysis.detect.quotes.tables import load_verbs
    >>> t = "The debate was so subdued that Mr. Trump was prompted to say"
    >>> sp = control_subject(t, 0, t.index("say"), load_verbs(None))
    >>> t[sp[0] : sp[1]]
    'Mr. Trump'
    """
    a = max(lo, vs - 24)
    m = _ON_TO.search(text, a, vs) or _control().search(text, a, vs)
    if m is None:
        return None
    ss = sentence_start(text, lo, vs)
    if ss >= m.start():
        return None
    aux = _AUX_BEFORE.search(text, ss, m.start())
    b = aux.start() if aux is not None else m.start()
    return speaker_before(text, max(ss, b - 160), b, verbs.regex, verbs.forms)


_WITH = re.compile(r"\bwith[ \t]+\Z", re.IGNORECASE)


def with_subject(text: str, lo: int, vs: int, verbs: VerbTable) -> tuple[int, int] | None:
    """The subject of a participle cue in an absolute construction after *with*: the noun
    phrase between them ("…, with Trump reportedly yelling: '…'", "with the American Federation
    of Teachers calling her '…'"; issue 18, round 13, PolNeAR train), or None."""
    a = max(lo, vs - 100)
    if text.find("with", a, vs) < 0 and text.find("With", a, vs) < 0:
        return None  # the cheap test first
    sp = speaker_before(text, a, vs, verbs.regex, verbs.forms)
    if sp is None or not _WITH.search(text[max(lo, sp[0] - 8) : sp[0]]):
        return None
    # a name or a kind of source ("both outlets"), not a thing ("with the economy adding
    # 151,000 jobs", "with all precincts reporting")
    phrase = text[sp[0] : sp[1]]
    named = any(w[:1].isupper() for w in phrase.split())
    return sp if named or names_a_source(phrase) else None
