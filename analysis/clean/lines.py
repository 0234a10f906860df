"""Lines of a scrape: paragraphs, and the predicates the cleaning rules ask about a line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.words import LINE_WORD

__all__ = [
    "Para",
    "paragraphs",
    "is_terminal",
    "n_words",
    "title_key",
    "may_have_key",
    "TERMINAL",
    "NAME_LINE",
    "BY_PREFIX",
    "CAPTION_CUE",
    "INNER_STOP",
    "SPEECH",
    "PAREN_SHORT",
    "FOLD_JOINS_WORDS",
    "CUT_TURN",
]

# A sentence ends in . ! ? … (optionally followed by closing quotes/brackets), or in : ;
# (a lead-in).
# "… the EU.I" (a body paragraph glued to the next paragraph's drop cap) also counts.
# A line "ends like a sentence" (the definition; is_terminal tests it from the end of the line,
# which is several times cheaper than a regex search over the whole line):
TERMINAL = re.compile(r"(?:[.!?…](?:\s?[\"'”’»)\]])*|[:;]|[.!?][\"'”’]?[A-Z])\s*$")
_STOPS = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’»)]")
#: A short parenthesis ("(pictured)"), ignored when comparing a caption with the body.
PAREN_SHORT = re.compile(r"\([^()]{0,30}\)")
_NAME_PARTICLE = r"(?:de|van|von|der|den|al|bin|da|di|du|le|la|dos|del)"
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)"
#: A line that is only a name ("By Jane Smith", "Mykhailo Podoliak").
NAME_LINE = re.compile(
    rf"^(?:by\s+)?{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|{_NAME_PARTICLE})){{1,3}}$"
)
#: "By", "written by" … at the start of a byline.
BY_PREFIX = re.compile(r"^(?:by|written by|words by|reporting by)\s+", re.I)
_TITLE_KEY = re.compile(r"[^\w]+")
#: Cues that an unpunctuated line is a photo caption: position words, "is seen", a date at the end
#: (not one right after a parenthesis: "— Name (@handle) May 21, 2022" signs an embedded post,
#: and a live-blog entry that quotes a post ends with it; review 41).
CAPTION_CUE = re.compile(
    r"\((?:left|right|centre|center|pictured|top|bottom|above|below|inset|file)\)|"
    r"\bfrom left( to right)?\b|"
    r"\b(?:is|are) (?:seen|pictured|shown)\b|\bpictured\b|\bposes?\b|"
    r"(?<!\)\s)"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{2,4}\s*$",
    re.I,
)
#: The date an embedded post's signature ends with ("(@DmytroKuleba) May 8, 2022"): a caption
#: cue in the structural rules before round 41 (kept for the annotated sets' cleaning).
POST_DATE = re.compile(
    r"\)\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{2,4}\s*$",
    re.I,
)
#: A sentence boundary inside a line ("... an advantage. Unlimited ...").
INNER_STOP = re.compile(r"[a-z0-9%)\]][.!?][\"'”’]?\s+[\"'“‘(]?[A-Z]")
#: Reported speech: a long unpunctuated paragraph with it is prose that lost its full stop.
SPEECH = re.compile(
    r"[\"“”]|\b(?:said|says|told|tells|added|adds|wrote|writes|asked|according to|explained)\b",
    re.I,
)
#: A transcript turn cut off by the next speaker: a speaker label in capitals and a colon, then
#: speech ending in a dash ("INSKEEP: Well, let me ask about this --", "AMY GOODMAN: So,
#: Ralph—"). It ends a sentence as a stop does (review 47).
CUT_TURN = re.compile(r"^[A-Z][A-Z.'’ -]{1,30}:\s.*?\S\s*(?:--|—)\s*$")
#: The one character whose case folding turns a non-word character into a word character
#: (U+0345 -> ι), so that folding can join two words into one run (tests/test_clean.py
#: recomputes this).
FOLD_JOINS_WORDS = "\u0345"


@dataclass
class Para:
    """One paragraph (line) of the scrape and the reason it is removed ("" if kept)."""

    text: str
    line_no: int
    block: int
    reason: str = ""
    rule: int = -1


def n_words(text: str) -> int:
    """The cleaner's word count of a line (:data:`analysis.text.words.LINE_WORD`)."""
    return len(LINE_WORD.findall(text))


def is_terminal(text: str) -> bool:
    """``TERMINAL.search(text) is not None``, read backwards from the end of the line."""
    t = text.rstrip()
    if not t:
        return False
    c = t[-1]
    if c in _STOPS or c in ":;":
        return True
    n = len(t)
    if "A" <= c <= "Z":  # ".A" / '."A' (a stop run into the next capital)
        return n >= 2 and (t[-2] in ".!?" or (t[-2] in "\"'”’" and n >= 3 and t[-3] in ".!?"))
    i = n - 1
    while i >= 0 and t[i] in _CLOSERS:  # closing marks, each optionally after one space
        i -= 1
        if i >= 0 and t[i].isspace():
            i -= 1
    return i < n - 1 and i >= 0 and t[i] in _STOPS


def may_have_key(text: str, n_line_words: int, n_runs: int) -> bool:
    """False when ``text`` cannot have a title key of ``n_runs`` word runs: each of its
    ``n_line_words`` words gives at least one run of the key (unless folding joins words)."""
    return n_line_words <= n_runs or FOLD_JOINS_WORDS in text


def title_key(text: str) -> str:
    """A line's comparison key: case-folded word runs joined by single spaces."""
    return _TITLE_KEY.sub(" ", text.casefold().replace("’", "'")).strip()


def _hard_wrapped(lines: list[str]) -> bool:
    """Inside multi-line blocks, do most lines stop mid-sentence at a similar width?"""
    inner = [ln.strip() for i, ln in enumerate(lines[:-1]) if ln.strip() and lines[i + 1].strip()]
    if len(inner) < 8:
        return False
    open_ended = [ln for ln in inner if not is_terminal(ln)]
    lengths = sorted(len(ln) for ln in inner)
    median = lengths[len(lengths) // 2]
    return len(open_ended) >= 0.6 * len(inner) and 45 <= median <= 100


def paragraphs(text: str) -> list[Para]:
    """One paragraph per non-blank line (hard-wrapped text re-joined first); blank lines
    separate blocks."""
    lines = text.split("\n")
    paras: list[Para] = []
    block = 0
    wrapped = _hard_wrapped(lines)
    for no, line in enumerate(lines, start=1):
        s = line.strip()
        if not s:
            block += 1
            continue
        prev = paras[-1] if paras else None
        if (
            prev is not None
            and prev.block == block
            and not is_terminal(prev.text)
            and (wrapped or (s[0].islower() and len(prev.text) >= 40))
        ):
            prev.text = f"{prev.text} {s}"
            continue
        paras.append(Para(s, no, block))
    return paras
