"""The reported words of one attribution record: the content rules of the ``reported`` voice.

:func:`record_spans` gives the spans of reported (indirect) speech that one attribution record
governs, by the rules listed in :mod:`analysis.detect.voice` ("Where the reported content comes
from"); :func:`trim_span` and :func:`content_end` are shared with the reported-speech frames.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ..errors import LexiconError
from ..lexicons import read_table
from ..text.words import ALNUM, GLUED_STOP, WORD

__all__ = [
    "SentenceOf",
    "record_spans",
    "trim_span",
    "content_end",
    "object_verbs",
    "role_start",
    "addressee_end",
    "subordinate_cut",
]

#: ``(start, end) -> (start, end)`` of the sentence around a span
#: (:func:`analysis.text.sentence_finder`).
SentenceOf = Callable[[int, int], tuple[int, int]]

_NO_CLAUSE = frozenset({"quote_only"})
# cues of the author's own epistemic framing ("the story seemed to open the floodgates", "the
# vote was expected to pass"): PolNeAR counts them as attribution cues, but their complement is
# not another source's words (hit audit, dev2: "infamous" after "has seemed to")
_NOT_A_SOURCE = frozenset({"appearance", "expectation"})
_QUOTE_OR_COLON = re.compile(r"\s*[:\"'“‘«]")
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]|\s-\s")
_SENTENCE_STOP = re.compile(r";")
_LEAD = re.compile(r"[\s,:;\-—–]+")
_TRAIL_CHARS = ",:;-—–"
_TAIL_WORDS = 6
#: The separator that ends the content before a sentence-final attribution: a comma, a closing
#: quotation mark or a spaced dash ("He was shot by a sniper - said the agency"), the last one
#: before the attribution; at most this many words of the source phrase may follow it.
_BEFORE_SEP = re.compile(r"[,”\"]|’(?!\w)|\s[-–—](?=\s)")  # not the ’ of "Britain’s"
_SOURCE_WORDS = 4
_COMMA_BEFORE = re.compile(r",\s*$")
_NAME_START = re.compile(r"(?!(?:He|She|They|It|We|I|You|This|That|These|Those|The|A|An)\b)[A-Z]")
#: A role before the name of a sentence-final source, set off by commas ("…, the chief of
#: Britain's MI6 intelligence agency, Richard Moore, said"): a noun phrase opened by a
#: determiner or a possessive name, up to ten words, none of them a verb form of _NOT_SOURCE.
_ROLE_APPOSITION = re.compile(
    r"\s*(?:the|a|an|his|her|their|its|our|(?-i:[A-Z])[\w.]*['’]s)\s+"
    r"(?:(?!(?:have|has|had|is|are|was|were|be|been|will|would|could|can|may|might|should|must"
    r"|do|does|did|who|which|that)\b)[\w'’.-]+\s+){0,9}(?!\w+ed\b)[\w'’.-]+\s*",
    re.IGNORECASE,
)
#: Words that make the words before an attribution a clause, not part of its source phrase
#: ("…, have ignited a contempt for western claims"): auxiliaries and -ed forms.
_NOT_SOURCE = re.compile(
    r"(?:have|has|had|is|are|was|were|be|been|will|would|could|can|may|might|should|must"
    r"|do|does|did|\w+ed)$"
)
#: A direct attribution's verb governs a clause of its own before its quotation from this many
#: words on ("noted that the attack resulted in the “…”"; "said: “…”" has none).
_CLAUSE_WORDS = 3
_ADJUNCT = re.compile(
    r"(?:on|in|at|during|after|before|late|earlier|later|yesterday|today|tonight|this|last"
    r"|via|through|from|to|with|[A-Z][\w'’.-]*)\b"
)
#: The infinitive of an evidential passive after its verb ("a bomb said to be planted by another
#: Islamist group": agency dev batch 25), not an adjunct of a sentence-final attribution.
_EVIDENTIAL_TO = re.compile(r"to\s+(?:be|have)\b", re.IGNORECASE)
_THAT_SOON = re.compile(r"(?:\S+\s+){0,3}that\b", re.IGNORECASE)
#: A short rest after the verb that is its clause, not an adjunct ("Trudeau said Putin was
#: making a terrible mistake", "…, adding that the extremists had attacked"): a complementizer,
#: or a subject of up to four words and a finite auxiliary.
_CLAUSE_AFTER = re.compile(
    r"(?:that\s|(?:[\w'’.-]+\s+){1,4}?(?:is|was|were|are|will|would|had|has|have|could|can"
    r"|should|must|might|may|did|does|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t)\b)",
    re.IGNORECASE,
)
#: After an attribution's adjunct: an appositive noun phrase is the outlet's comment on the
#: sentence ("…, local officials said on Monday, a chilling reminder of …"), not more content.
_APPOSITIVE = re.compile(r",\s*(?:a|an|the|another)\s", re.IGNORECASE)
_RELATIVE_SOURCE = re.compile(r"\s*(?:who|which|whom|whose)\b", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\bas\s*$", re.IGNORECASE)
_THAT = re.compile(r"\s+(?:by\s+\w+ing\s+)?that\s", re.IGNORECASE)
#: A clause after a reporting verb: a complementizer or a subject pronoun within its first
#: words, after an addressee ("told reporters that", "warned on Monday it would"), or an
#: infinitive right after the verb or one addressee word, quoted or not ("vowed to bring them
#: back", 'vowed to "hunt down those responsible"', "urged
#: Kyiv to negotiate"; not "spoke to Reuters", nor the purpose of an object: "observed a
#: moment's silence to commemorate"),
#: a gerund after "of" ("accuse them of breaching"; not "accused Moscow of war crimes"), or
#: the topic of speech ("spoke about two cases in which war is possible"; "of" right after the
#: verb: "several of these doctors spoke of horrible medical results", hit audit dev10).
_CLAUSE_SOON = re.compile(
    r"\s*(?:[^\s.;:!?]+\s+){0,4}?(?:that|whether|if|how|why|what|when|where|who|he|she|it|they"
    r"|we|i|you|there|this)\b"
    r"|\s*(?:[^\s.;:!?]+\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these"
    r"|those|reporters|journalists|me|him|them|us|it)\b)[\"“‘]?(?-i:[a-z])"
    r"|\s*(?:[^\s.;:!?]+\s+){0,3}?of\s+\w+ing\b"
    r"|\s*(?:[^\s.;:!?]+\s+)?about\b"
    r"|\s*of\s",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def object_verbs() -> dict[str, str]:
    """Reporting verbs whose noun-phrase object is not a source's words, and their kind
    (``object`` or ``object_unless_finite``), from ``analysis/lexicons/object_verbs.csv``.

    After an ``object`` verb ("observed a moment's silence", "spoke to Reuters", "blamed
    Ukraine for the attack") the rest of the sentence is reported only when a clause starts
    there (:data:`_CLAUSE_SOON`); other verbs keep it ("said the company would"). An
    ``object_unless_finite`` verb ("cited the four Americans killed …", but "cited hospital
    officials as saying …") takes an object only when no auxiliary or "saying" follows in the
    sentence either (:data:`_FINITE_LATER`).

    Examples
    --------
    >>> object_verbs()["spoke"], object_verbs()["cited"]
    ('object', 'object_unless_finite')
    """
    out: dict[str, str] = {}
    for i, row in enumerate(read_table("object_verbs.csv", required=("term", "kind"))):
        if row["kind"] not in ("object", "object_unless_finite"):
            raise LexiconError(
                f"object_verbs.csv, row {i + 1} ({row['term']!r}): kind must be object or "
                f"object_unless_finite, not {row['kind']!r}."
            )
        out[row["term"].lower()] = row["kind"]
    return out


_FINITE_LATER = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|saying)\b",
    re.IGNORECASE,
)


def trim_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """``[s, e)`` without leading/trailing separators, or None when empty."""
    m = _LEAD.match(text, s, e)
    if m:
        s = m.end()
    # the trailing run of _TRAIL ("[\s,:;\-—–]+$"), read backwards from e instead of searched
    # for from every position of the span
    while e > s and (text[e - 1].isspace() or text[e - 1] in _TRAIL_CHARS):
        e -= 1
    return (s, e) if e > s else None


#: The outlet's comment appended to reported words ("…, an apparent reference to the many
#: casualties in Ukraine", "…, a nod to …"): an appositive of a comment noun ends the content.
_COMMENT = re.compile(
    r",\s+(?:in\s+)?(?:an?|the)\s+(?:(?:apparent|clear|thinly|veiled|oblique|direct|implicit|"
    r"pointed)\s+)*(?:reference|allusion|nod|swipe|dig|jab|apparent\s+reference)\s+(?:to|at)\b",
    re.IGNORECASE,
)


#: A sentence opened by a subordinate clause ("Although the U.S. does not believe …, it's
#: clear …"): a cue inside that clause reports words up to the clause's comma only.  Not "As"
#: or "Like" ("As the minister said, Russia is weak": the words after the comma are reported).
_SUBORDINATE_OPEN = re.compile(
    r"[\s\"“‘'(]*(?:although|though|even\s+though|even\s+if|while|whereas|if|unless|because|"
    r"since|when|whenever|after|before|once|until)\b",
    re.IGNORECASE,
)


def subordinate_cut(text: str, sent_start: int, cue: int, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (reported words after the cue at ``cue``) cut at the first comma after the cue
    when the sentence opens with a subordinator and has no comma before the cue: the cue is
    inside the opening subordinate clause, and the main clause after its comma is not the
    source's ("Although the U.S. does not believe there is an immediate military threat to
    Moldova at the moment, it's clear Russia intends to destabilize the country").

    Examples
    --------
    >>> t = "Although the U.S. does not believe there is a threat, it's clear Russia plans it."
    >>> s, e = subordinate_cut(t, 0, t.index("believe"), (t.index("there"), len(t) - 1))
    >>> t[s:e]
    'there is a threat'
    """
    s, e = span
    if s < cue or not _SUBORDINATE_OPEN.match(text, sent_start, cue):
        return span
    if "," in text[sent_start:cue]:
        return span
    comma = text.find(",", s, e)
    return (s, comma) if comma > s else span


def content_end(text: str, pos: int, sent_end: int, end: str) -> int:
    """Where reported content starting at ``pos`` ends: the clause or sentence end, a stop
    glued to the next sentence ("… informed about it.Cokow was wounded"), or an appended
    comment.  (Cutting at glued stops, measured on the dev splits of the hit audit and the
    agency annotations: 8 author hits no longer reported for 2 reported hits lost, such as a
    translated outlet going on with the source's words, "spoke about two cases … .The first
    is … .The second …".)"""
    stop = (_CLAUSE_END if end == "clause" else _SENTENCE_STOP).search(text, pos, sent_end)
    e = stop.start() if stop else sent_end
    if glued := GLUED_STOP.search(text, pos, e):
        e = glued.end()
    return _before_comment(text, pos, e)


def _before_comment(text: str, s: int, e: int) -> int:
    """``e``, or the start of an appended comment of the outlet inside ``[s, e)``."""
    m = _COMMENT.search(text, s, e)
    return m.start() if m else e


def _source_cut(text: str, ss: int, s0: int) -> int | None:
    """Where the content before a sentence-final attribution at ``s0`` ends: ``s0`` after a
    comma, closing quotation mark or spaced dash; the separator when at most
    :data:`_SOURCE_WORDS` words of the source phrase stand between it and ``s0`` ("…, officials
    from [the administration said]"); ``None`` when there is no such separator."""
    seps = list(_BEFORE_SEP.finditer(text, max(ss, s0 - 160), s0))
    m = seps[-1] if seps else None
    words = [w.lower() for w in WORD.findall(text, m.end(), s0)] if m else []
    if m is None or len(words) > _SOURCE_WORDS or any(_NOT_SOURCE.match(w) for w in words):
        return None
    # "…, the Mykolaiv region governor, Vitaliy Kim, wrote": the role is the source's too
    end = min(m.start(), role_start(text, ss, s0))
    words_before = WORD.finditer(text, ss, end)  # more than one word (not all of them counted)
    return end if next(words_before, None) and next(words_before, None) else None


#: Verbs whose addressee may stand between them and the clause ("told Volodymyr Zelensky he
#: will …"), and the addressee: a capitalised name of up to four words before a subject pronoun
#: or "that".
_TELLING = frozenset(
    "tell tells told telling assure assures assured assuring warn warns warned warning inform"
    " informs informed informing remind reminds reminded reminding promise promises promised"
    " promising".split()
)
_ADDRESSEE = re.compile(
    r"\s+(?:(?:President|Prime\s+Minister|Chancellor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?=(?:he|she|they|it|we|I|you|that)\b)"
)


def addressee_end(text: str, verb: str, ve: int) -> int:
    """Where the content after a verb of telling ending at ``ve`` starts: after its named
    addressee ("Joe Biden has told Volodymyr Zelensky he will …"); else ``ve``.

    Examples
    --------
    >>> t = "Biden told Volodymyr Zelensky he will send aid."
    >>> t[addressee_end(t, "told", t.index(" Volodymyr")) :]
    'he will send aid.'
    """
    if verb.lower() not in _TELLING:
        return ve
    m = _ADDRESSEE.match(text, ve)
    return m.end() if m else ve


def role_start(text: str, lo: int, s0: int) -> int:
    """Where the source phrase of an attribution whose name starts at ``s0`` begins, when a
    role set off by commas stands before the name ("…, the Mykolaiv region governor, Vitaliy
    Kim, wrote"): the comma before the role; else ``s0``.  ``lo``: the earliest position read.

    Examples
    --------
    >>> t = "Russia would stop, the Kremlin spokesman, Dmitry Peskov, said."
    >>> t[: role_start(t, 0, t.index("Dmitry"))]
    'Russia would stop'
    """
    m = _COMMA_BEFORE.search(text, max(lo, s0 - 3), s0)
    if m is None or not _NAME_START.match(text, s0):
        return s0  # the source is no name: "…, a common practice among supporters, experts said"
    seps = list(_BEFORE_SEP.finditer(text, max(lo, s0 - 160), m.start()))
    if seps and _ROLE_APPOSITION.fullmatch(text, seps[-1].end(), m.start()):
        return seps[-1].start()
    return s0


def _adjunct_after(after: str) -> bool:
    """The words after a verb open with its own short adjunct or addressee up to a comma."""
    if "," not in after:
        return False
    return _few_words(after.split(",")[0]) and _ADJUNCT.match(after) is not None


def _tail_after(after: str) -> bool:
    """The words after a verb are a short tail, not a clause."""
    return _few_words(after) and not _CLAUSE_AFTER.match(after)


def _few_words(s: str) -> bool:
    """At most :data:`_TAIL_WORDS` words in ``s`` (counted up to one more)."""
    return sum(1 for _ in zip(range(_TAIL_WORDS + 1), WORD.finditer(s))) <= _TAIL_WORDS


def _attribution_content(
    text: str, a: Any, sentence_of: SentenceOf, object_only: bool
) -> list[tuple[int, int]]:
    """The provisional content spans of one attribution record (rules in the docstring);
    ``object_only``: the words after its verb are an object, not a clause
    (:func:`_object_not_clause`)."""
    vs, ve = int(a.verb_start), int(a.verb_end)
    s0, e0 = int(a.start), int(a.end)
    ss, se = sentence_of(min(s0, vs), max(e0, ve))
    glued = [m.end() for m in GLUED_STOP.finditer(text, ss, min(s0, vs) + 1)]
    if glued:  # a sentence glued to the one before ("… end in war.According to Western media")
        ss = glued[-1]
    before, after = text[ss:s0].rstrip(), text[e0:se].strip()
    if " ".join(str(a.verb).lower().split()) == "according to":
        if not before.strip("\"'“‘(["):
            return [c for c in (trim_span(text, e0, se),) if c]
        return [c for c in (trim_span(text, ss, vs),) if c]
    out: list[tuple[int, int]] = []
    # no content before a verb followed by its noun-phrase object ("As he often has in Senate
    # hearings, Rubio assailed Obama for …"; issue 18, sixth pass)
    cut = None if object_only and after else _source_cut(text, ss, s0)
    # an attribution's own adjunct or addressee ends at its first comma ("…, officials said on
    # Monday, a reminder of …", "…, a spokesman told The Daily Beast, the Kochs have …")
    adjunct = cut is not None and _adjunct_after(after)
    if cut is not None and (
        _tail_after(after)
        or after.startswith((",", "–", "—", "- "))  # "…, says the prime minister – video"
        or adjunct
    ):
        if not _AS_BEFORE.search(text, ss, s0):  # "…, as X reported, Trump calls …"
            out.append(trim_span(text, ss, _before_comment(text, ss, cut)))
        if after.startswith(",") or adjunct:  # "Russia, Peskov said, is ready ..."
            rest = text.index(",", e0)
            comment = (
                after[:1].islower()  # after a time or place adjunct ("said on Monday, a …")
                and _APPOSITIVE.match(text, rest)
                and not _CLAUSE_AFTER.match(text[rest + 1 : se].lstrip())
            )
            if not comment:
                out.append(trim_span(text, rest, content_end(text, rest, se, "sentence")))
        return [c for c in out if c]
    if (
        cut is not None
        and _ADJUNCT.match(after)
        and not _EVIDENTIAL_TO.match(after)  # "…, including a bomb said to be planted by …"
        and not _AS_BEFORE.search(text, ss, s0)
        and not _THAT_SOON.match(after)  # "…, who admitted last year that …" governs a clause
        and not _CLAUSE_AFTER.match(after)  # "…, Trudeau said Putin was making …"
        and not _RELATIVE_SOURCE.match(text, cut + 1, s0 + 12)
    ):
        # a longer adjunct after a sentence-final attribution ("…, Human Rights Watch said
        # this weekend in a report that …": agency dev batch 5): the words before are its content,
        # from the last glued sentence end ("… Ukraine.After a massive rocket attack …")
        glued = [m.end() for m in GLUED_STOP.finditer(text, ss, cut)]
        out.append(trim_span(text, glued[-1] if glued else ss, cut))
    if getattr(a, "subcategory", "") in _NO_CLAUSE or _QUOTE_OR_COLON.match(text, ve):
        return [c for c in out if c]
    if object_only:
        return [c for c in out if c]  # an object, not a clause: "observed a moment's silence"
    start = addressee_end(text, str(a.verb), ve)
    return [
        c for c in (*out, trim_span(text, start, content_end(text, start, se, "sentence"))) if c
    ]


def _object_not_clause(text: str, a: Any, sentence_of: SentenceOf) -> bool:
    """Whether the words after the record's verb are its object rather than a clause (a verb of
    :func:`object_verbs`: of kind ``object`` with no clause starting after it, of kind
    ``object_unless_finite`` with no auxiliary in the rest of its sentence either)."""
    words = str(a.verb).lower().split()
    kinds = object_verbs()
    kind = (kinds.get(words[-1]) or kinds.get(" ".join(words))) if words else None
    if kind is None:
        return False
    ve = int(a.verb_end)
    if _CLAUSE_SOON.match(text, ve) is not None:
        return False
    if kind == "object_unless_finite":
        return _FINITE_LATER.search(text, ve, sentence_of(int(a.start), ve)[1]) is None
    return True


def record_spans(text: str, a: Any, sentence_of: SentenceOf) -> list[tuple[int, int]]:
    """The reported spans of one attribution record: its content span (when it carries one)
    and the provisional rule's; for a ``direct`` attribution (its content is the quotation)
    only the words of a clause the verb governs outside the quotation (rules in the module
    docstring)."""
    if getattr(a, "subcategory", "") in _NOT_A_SOURCE:
        return []
    cs, ce = int(getattr(a, "content_start", -1)), int(getattr(a, "content_end", -1))
    has = cs >= 0 and ce > cs
    if getattr(a, "kind", "indirect") == "direct":
        if not has:
            return []
        return [
            *_direct_clause(text, a, cs, ce, sentence_of),
            *_partial_quote(text, a, cs, ce, sentence_of),
        ]
    object_only = _object_not_clause(text, a, sentence_of)
    rule = _attribution_content(text, a, sentence_of, object_only)
    # a sentence-final attribution ("…, officials said on Monday."): its content is before
    # it, not a span the record may give after the verb
    final = bool(rule) and all(e <= int(a.start) for _, e in rule)
    after_verb = cs >= int(a.verb_end)
    if has and not (final and cs >= int(a.end)) and not (after_verb and object_only):
        rule.append((cs, _before_comment(text, cs, ce)))  # "…, an apparent reference to …"
    ss, _ = sentence_of(int(a.start), int(a.verb_end))
    cue = int(getattr(a, "verb_start", -1))
    return [subordinate_cut(text, ss, cue if cue >= 0 else int(a.start), c) for c in rule]


def _partial_quote(
    text: str, a: Any, qs: int, qe: int, sentence_of: SentenceOf
) -> list[tuple[int, int]]:
    """The unquoted words of a sentence that quotes only part of what a sentence-final
    attribution reports ("Russia is “running out of steam” in its war on Ukraine, the chief of
    MI6, Richard Moore, said"; "… “didn’t want to hear” warnings of the invasion, according to
    Joe Biden"): the content before the attribution, when words follow the quotation in it."""
    if qe >= int(a.start):
        return []
    if not ALNUM.search(text, qe + 1, int(a.start)):  # no words between the quotation and its
        return _lead_in(text, a, qs, sentence_of)  # source ('"…," he said')
    before = [c for c in _attribution_content(text, a, sentence_of, False) if c[1] <= int(a.start)]
    if before and before[-1][0] <= qe < before[-1][1] and ALNUM.search(text, qe + 1, before[-1][1]):
        return before[-1:]
    return []


def _lead_in(text: str, a: Any, qs: int, sentence_of: SentenceOf) -> list[tuple[int, int]]:
    """The unquoted words that open a sentence whose quotation runs on to a sentence-final
    source ("This could possibly be “to the detriment of the … (FSB), in which Girkin had
    served,” the report notes": hit audit dev10): the source's words the quotation completes;
    not after a colon or a comma before the quotation ('Peskov added: “…”', 'He said, “…”')."""
    k = qs - 1
    while k >= 0 and text[k] in " \t\"'“‘([":
        k -= 1
    if k < 0 or not text[k].isalnum():  # the quotation opens its sentence or follows a colon
        return []
    ss, se = sentence_of(int(a.start), int(a.end))
    if qs <= ss or ALNUM.search(text, int(a.end), se):
        return []  # the quotation opens the sentence, or words follow the source
    lead = text[ss:qs].rstrip(" \t\n\"'“‘([")
    if not lead or lead[-1] in ":,;–—-" or not ALNUM.search(lead):
        return []
    c = trim_span(text, ss, ss + len(lead))
    return [c] if c else []


def _direct_clause(
    text: str, a: Any, qs: int, qe: int, sentence_of: SentenceOf
) -> list[tuple[int, int]]:
    """The reported words of a verb that introduces a quotation at ``[qs, qe)``: the words
    between the verb and a later quotation when they make a clause ("concluded by noting that
    the attack resulted in the “…”"), or the that-clause after the verb when the quotation came
    before ("“…” Biden also said that the attack would …")."""
    ve = int(a.verb_end)
    if qs >= ve:
        c = trim_span(text, ve, qs)
        return [c] if c and len(WORD.findall(text, c[0], c[1])) >= _CLAUSE_WORDS else []
    if qe <= int(a.start) and _THAT.match(text, ve):
        _, se = sentence_of(int(a.start), ve)
        c = trim_span(text, ve, content_end(text, ve, se, "sentence"))
        return [c] if c else []
    return []
