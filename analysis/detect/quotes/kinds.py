"""Direct quotation or scare quote? (the rules are in the package docstring)

A quotation is *direct* (quoted speech) when it runs over several paragraphs or has no closing
mark, opens its sentence (or follows a colon), has a reporting verb attached, or sits inside
reported speech; otherwise it is a *scare* quote when it is a quoted title in Title Case or has
at most :data:`SCARE_MAX_WORDS` words and no sentence break or ``?``/``!``/``…`` at its end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...lexicons import read_table
from ...text.words import APOSTROPHE_WORD
from .insides import in_apposition, is_title
from .marks import Piece, mark_len
from .sentences import sentence_end, sentence_start
from .speakers import DETERMINERS, PRONOUNS
from .tables import VerbIndex, VerbTable

__all__ = ["quote_kind", "is_title", "SCARE_MAX_WORDS", "CLAUSE_SUBCATEGORIES"]

#: A quotation of at most this many words can be a scare quote.
SCARE_MAX_WORDS = 4
_CLOSING_STOP = re.compile(r"[.!?…,]\s*$")
#: *told* (or *told CNN's*) right before the opening mark: a quotation there is the programme or
#: paper told, not speech ("Paul told “Fox News Sunday.”"; speech after *told* takes a comma, a
#: colon or *that*).
_TOLD_RE = re.compile(r"\b(?:told|tells|tell|telling)(?:\s+\w+['’]s)?\s*$", re.IGNORECASE)
_TERMINAL_INSIDE_RE = re.compile(r"[?!…]\s*$|[.!?…][\"'”’)]*\s+\S")


def quote_kind(
    text: str, ps: Sequence[Piece], verbs: VerbTable, vindex: VerbIndex | None = None
) -> str:
    """``"direct"`` or ``"scare"`` for one quotation group (rules in the module docstring)."""
    if len(ps) > 1:
        return "direct"
    s, e, op, cl, lo, hi, gid = ps[0]
    inner = text[s:e]
    if cl < 0:
        return "direct"
    k = op
    while k > lo and text[k - 1].isspace():
        k -= 1
    before = text[max(lo, k - 80) : k]  # bounded: never O(paragraph) per quotation
    # one past the mark and its first letter: the lookahead of a stop right before the mark is
    # inside the bounds ("… Republican voters. “He was very charming.”"; round 25)
    ss = sentence_start(text, lo, min(op + mark_len(text, op) + 1, hi))
    if ss >= op - 1 and is_title(inner) and not _CLOSING_STOP.search(inner):
        return "scare"  # a title opening its sentence: "“Morning Joe” experienced a 77 percent …"
    if ss >= op - 1 or not before or before[-1] in ":":
        return "direct"  # sentence-initial or colon lead-in
    vindex = vindex if vindex is not None else VerbIndex(text, verbs)
    if is_title(inner) and inner.endswith(",") and in_apposition(text, ss, k):
        return "scare"  # "Chuck Todd, the host of “Meet the Press,” said" (round 24)
    if is_title(inner) and _TOLD_RE.search(before):
        return "scare"  # whom one tells is no speech: 'Paul told “Fox News Sunday.”' (review 29)
    if _attached(text, (lo, k, cl, hi), inner, vindex, verbs):
        return "direct"
    if is_title(inner):
        # a quoted title or name in Title Case ("The Kid Who Would Be King"), also inside
        # reported speech ("says that her favourite film is 'The Third Man'")
        return "scare"
    reported = _in_reported_speech(text, ss, op, cl + mark_len(text, cl), hi, verbs, vindex)
    if reported:
        return "direct"
    if len(APOSTROPHE_WORD.findall(inner)) > SCARE_MAX_WORDS:
        return "direct"
    if _TERMINAL_INSIDE_RE.search(inner):
        return "direct"
    return "scare"


def _attached(
    text: str, bounds: tuple[int, int, int, int], inner: str, vindex: VerbIndex, verbs: VerbTable
) -> bool:
    """A reporting verb attached to the quotation: ``said '…'`` / ``said: '…'`` before it
    (``bounds`` = block start ``lo``, the position ``k`` the opening mark follows after white
    space, the closing mark ``cl``, block end ``hi``), or ``'…,' Peskov said`` / ``'…' said
    Peskov`` right after it.  A verb with a noun object (:data:`LABEL_SUBCATEGORIES`: *blamed
    'far-left activists'*) is not attached before it."""
    lo, k, cl, hi = bounds
    before = vindex.within(max(lo, k - 40), k)
    if before and not text[before[-1][1] : k].strip(" ,:"):
        if _sub(verbs, before[-1][2]) not in LABEL_SUBCATEGORIES:
            return True
    a2 = cl + mark_len(text, cl)
    after = vindex.within(a2, max(a2, min(hi, cl + 60)))
    if not after or after[0][2].lower().endswith("ing"):
        return False  # "'completely immoral' saying …" is not an attribution of the quotation
    gap = text[a2 : after[0][0]]
    if gap.strip(" ,") == "":
        return True
    if text[a2 : a2 + 1] == "," or inner.endswith(","):
        # "'…,' Peskov said" / "'…', the ministry said" / "'like snipers,' he said"
        gap = gap.strip(" ,")
        return bool(gap) and len(gap.split()) <= 4 and not _GAP_STOP.search(gap)
    return False


#: Subcategories (verb table) of verbs that introduce a clause, not a noun object: after them
#: anything up to the quotation is reported speech ("said police were 'very committed'"); after
#: other verbs ("announced new 'humanitarian corridors'") the next word must start a clause.
CLAUSE_SUBCATEGORIES = frozenset(
    "say continuation reply credibility resoluteness argument admission denial warning hedge "
    "complaint".split()
)
#: Verbs whose object is a person or a thing, not a clause (*called*, *accused*, *praised*,
#: *criticized*), and evidence verbs (*a poll shows*: a poll does not speak): a short quotation
#: after them is the outlet's label, not reported speech.
LABEL_SUBCATEGORIES = frozenset("labelling criticism endorsement evidence".split())
#: Verbs of thought (*believes, thinks, expects, agrees that*): a thought is not speech, so a
#: short quotation in its clause is the outlet's scare quote, not the thinker's words
#: ("Marta believes that the engineers are 'heroes'"; issue 18, fourth pass).
THOUGHT_SUBCATEGORIES = frozenset("belief expectation agreement preference".split())


def _sub(verbs: VerbTable, verb: str) -> str:
    """The subcategory of a reporting verb as matched (``""`` when not tabled)."""
    return verbs.stance.get(" ".join(verb.lower().split()), ("", ""))[1]


_GAP_STOP = re.compile(r"[.!?;]")
_TRAILING_PUNCT = re.compile(r"[,:]\s*$")
_BREAK = re.compile(r"[,;—–()\"“”«»]|\s-\s|(?<!\w)['‘’]|['‘’](?!\w)")
_ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)
_CLAUSE_START_EXTRA = frozenset(
    "that on in last this today yesterday earlier recently later".split()
)


def _closes_clause(text: str, op: int, after_close: int) -> bool:
    """Does the quotation close its clause: a comma or full stop just inside the closing mark
    (US style: ``“beyond preposterous.”``) or just after it (``'beyond preposterous'.``), or a
    word or dash of ``lexicons/label_closers.csv`` right after it (``“sham” and criticized``)?"""
    return (
        _CLAUSE_CLOSE_IN.search(text, op, after_close) is not None
        or text[after_close : after_close + 1] in (".", ",")
        or _label_closer().match(text, after_close) is not None
    )


@lru_cache(maxsize=1)
def _label_closer() -> re.Pattern[str]:
    """A word or dash closing a label's clause (``lexicons/label_closers.csv``, round 27: "called
    the commission a “sham” and criticized …")."""
    rows = read_table("label_closers.csv")
    dashes = [re.escape(r["term"]) for r in rows if r["subcategory"] == "dash"]
    words = [re.escape(r["term"]) for r in rows if r["subcategory"] != "dash"]
    return re.compile(rf"\s*(?:{'|'.join(dashes)}|(?:{'|'.join(words)})\s)")


_CLAUSE_CLOSE_IN = re.compile(r"[.,][\"'”’]+$")
#: A form of *be* or *get* up to two words before a labelling verb: a passive ("is called
#: “value-added measure,”", "was called an “ungrateful dog.”") names no speaker's words.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten|getting)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)


def _in_reported_speech(
    text: str,
    ss: int,
    op: int,
    after_close: int,
    hi: int,
    verbs: VerbTable,
    vindex: VerbIndex | None = None,
) -> bool:
    """Is the quotation inside reported speech (a partial quotation of the speaker's words)?

    True when a reporting verb earlier in the same sentence introduces a clause that contains
    the quotation — the word after the verb starts a clause (``that``, a pronoun, a determiner,
    a capitalised name or a time adverbial: ``said his approach will be "comprehensive"``,
    ``told the country it will stop its onslaught 'in a moment'``) and no comma, semicolon or
    dash separates verb and quotation (``posted another message, calling the army
    'barbarians'`` stays a scare quote) — or when the sentence ends ``…, according to X``.
    """
    vindex = vindex if vindex is not None else VerbIndex(text, verbs)
    found = vindex.within(max(ss, op - 400), op)  # bounded window
    # a thought nested in the content of a reporting verb ("told reporters that he thinks X has
    # 'a strong case'"): the reporting verb leads the quotation in
    while len(found) > 1 and _sub(verbs, found[-1][2]) in THOUGHT_SUBCATEGORIES:
        found = found[:-1]
    if found:
        last_start, last_end, last_verb = found[-1]
        if last_verb.lower().startswith("according"):
            return True
        between = _TRAILING_PUNCT.sub("", text[last_end:op].rstrip())
        if not _BREAK.search(between):
            words = between.split()
            sub = _sub(verbs, last_verb)
            if (
                sub == "labelling"
                and not last_verb.lower().endswith("ing")
                and _closes_clause(text, op, after_close)
                and not _PASSIVE_BEFORE.search(text, max(ss, last_start - 30), last_start)
            ):
                # "Weaver called the charge “beyond preposterous.”": the label closes the
                # clause of a finite labelling verb, the speaker's words (round 25; a participle
                # stays the outlet's label: "posted another message, calling the Russian army
                # 'barbarians'.")
                return True
            if sub in LABEL_SUBCATEGORIES or sub in THOUGHT_SUBCATEGORIES:
                # "called the move 'completely immoral'", "blamed 'far-left activists'"
                return False
            if not words:
                return True
            if sub in CLAUSE_SUBCATEGORIES:
                return True  # "said police were responsive and 'very committed'"
            w = words[0].lower().replace("’", "'")
            if (
                w in _CLAUSE_START_EXTRA
                or w in PRONOUNS
                or w in DETERMINERS
                or words[0][0].isupper()
            ):
                return True
    se = min(sentence_end(text, after_close, hi), after_close + 400)
    return bool(_ACCORDING_RE.search(text, after_close, se))
