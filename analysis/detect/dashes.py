"""Speech printed with dashes instead of quotation marks, as translated outlets print it.

Used by :mod:`analysis.detect.voice`: :func:`dash_quotes` (a dash opening a paragraph up to a
closing dash and a speaker tag: quoted) and :func:`dash_tags` (a speaker tag after a dash with
no opening dash: the paragraph before a tag line is quoted, the sentence before a final tag is
reported).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..lexicons import read_table
from ..text.words import WORD

__all__ = ["dash_quotes", "dash_tags"]

# Each pattern starts with a character (class) and checks what precedes it in a lookbehind
# after it: ``re`` then skips ahead to candidate characters instead of trying every position.
#: An opening dash: at the text start, after a line break or glued to a sentence end.
_DASH_OPEN = re.compile(r"[ \t]*[-–—][ \t]+(?=\S)")
_DASH_OPEN_AFTER = frozenset("\n.!?")
_DASH_AT_START = re.compile(r"[ \t]*[-–—]")
_DASH_AFTER_STOP = re.compile(r"[\n.!?][ \t]*[-–—]")
_DASH_CLOSE = re.compile(r"[ \t](?<=\S[ \t])[ \t]*[-–—][ \t]+")
#: A closing dash followed by at most this many words to the sentence end is a speaker tag
#: ("- continued Biden.", "- a guide from the fourth wagon tells me.").
_DASH_TAIL_WORDS = 8
_DASH = re.compile(r"[-–—]")
#: A dash after a space or a tab (a candidate closing dash).
_SPACED_DASH = re.compile(r"[-–—](?<=[ \t].)")
_STRIP = " \t\n,:;-—–"


def _stripped(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s] in _STRIP:
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    return (s, e) if e > s else None


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    """The one-word verbs of ``attribution_verbs.csv``, lower case."""
    return frozenset(
        r["term"].lower() for r in read_table("attribution_verbs.csv") if " " not in r["term"]
    )


def _dash_opens(text: str) -> list[re.Match[str]]:
    """The opening dashes of :func:`dash_quotes`: :data:`_DASH_OPEN` where it starts the text or
    follows a line break or ``.!?`` (found from the dashes, not tried at every position)."""
    out: list[re.Match[str]] = []
    end = 0
    # only a dash after a run of spaces or tabs that follows the text start or one of "\n.!?"
    # can open (any other dash fails the test below): those dashes, not every hyphen
    first = _DASH_AT_START.match(text)
    dashes = [first.end() - 1] if first else []
    dashes += [m.end() - 1 for m in _DASH_AFTER_STOP.finditer(text)]
    for s in dashes:
        while s > end and text[s - 1] in " \t":
            s -= 1
        if s < end or (s > 0 and text[s - 1] not in _DASH_OPEN_AFTER):
            continue
        m = _DASH_OPEN.match(text, s)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _dash_closes(text: str) -> list[tuple[int, int]]:
    """The spans of ``_DASH_CLOSE.finditer(text)``, found from the dashes instead of trying the
    pattern at every space: a dash with spaces or tabs before it that follow a non-space, and
    spaces or tabs after it (matches do not overlap)."""
    out: list[tuple[int, int]] = []
    n, end = len(text), 0
    for d in _SPACED_DASH.finditer(text):
        p = s = d.start()
        while s > 0 and text[s - 1] in " \t":
            s -= 1
        e = p + 1
        while e < n and text[e] in " \t":
            e += 1
        if s < p and s > 0 and s >= end and e > p + 1 and not text[s - 1].isspace():
            out.append((s, e))
            end = e
    return out


def _verb_first(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` open with a reporting verb, or with one second after a
    personal pronoun ("said …", "he added …"; "and I think that …" does not)."""
    verbs = _reporting_verbs()
    return bool(words) and (
        words[0] in verbs
        or (len(words) > 1 and words[0] in {"he", "she", "they", "we"} and words[1] in verbs)
    )


def _comma_tag(tail: str) -> bool:
    """Whether ``tail`` after a closing dash opens with a speaker tag that ends at a comma
    ("said Wierszynin, quoted by the Russian agency …", "he added, …"): the reporting verb is
    its first word, or its second after a personal pronoun ("- and I think that …, …" is no
    tag)."""
    head = tail.split(",")[0]
    if head == tail:
        return False
    return _verb_first([w.lower() for w in WORD.findall(head)]) and _dash_tag(head)


#: An inverted speaker tag (the reporting verb first) may run to this many words to the
#: sentence end ("- said the Minister of Foreign Affairs Liz Truss on Sunday").
_INVERTED_TAG_WORDS = 20


def _inverted_tag(words: Sequence[str]) -> bool:
    """Whether the lower-case ``words`` of a closing dash's tail (to the sentence end) are a
    long speaker tag that opens with its reporting verb (:func:`_verb_first`)."""
    return len(words) <= _INVERTED_TAG_WORDS and _verb_first(words)


def dash_quotes(text: str, attributions: Sequence[Any] = ()) -> list[tuple[int, int]]:
    """Speech printed with dashes instead of quotation marks, as translated outlets print it:
    a dash opening a paragraph (or glued to the end of the sentence before: ``.- If …``) up to
    a spaced closing dash in the same paragraph that an attribution follows (``- he said``: an
    attribution record starts there, or at most :data:`_DASH_TAIL_WORDS` words with a verb of
    ``attribution_verbs.csv`` end the sentence, or a speaker tag ends at a comma: ``- said
    Wierszynin, quoted by the Russian agency Ria Nowosti.``, or a tag that opens with its verb
    runs to the sentence end in at most :data:`_INVERTED_TAG_WORDS` words: ``- said the
    Minister of Foreign Affairs Liz Truss on Sunday``).  A dash with no such closing dash (a
    bulleted list) opens no quotation.

    Examples
    --------
    >>> t = "Biden spoke.\\n\\n- If Russia attacks, we will respond - he said."
    >>> [t[s:e] for s, e in dash_quotes(t)]
    ['If Russia attacks, we will respond']
    >>> dash_quotes("Key points:\\n- Russia attacked - and the West hesitated.")
    []
    """
    starts = {int(a.start) for a in attributions}
    out: list[tuple[int, int]] = []
    for m in _dash_opens(text):
        par_end = text.find("\n", m.end())
        par_end = len(text) if par_end < 0 else par_end
        for c in _DASH_CLOSE.finditer(text, m.end(), par_end):
            tail = re.match(r"[^.!?\n]*", text[c.end() : par_end]).group()
            words = [w.lower() for w in WORD.findall(tail)]
            if (
                c.end() in starts
                or (len(words) <= _DASH_TAIL_WORDS and not _reporting_verbs().isdisjoint(words))
                or _comma_tag(tail)  # "- said Wierszynin, quoted by …"
                or _inverted_tag(words)  # "- said the Minister of Foreign Affairs … on Sunday"
            ):
                out.append((m.end(), c.start()))
                break
    return out


#: A speaker tag has its verb among its first this many words.
_TAG_VERB_WITHIN = 3
_DASH_TAG_LINE = re.compile(r"\n[ \t]*[-–—][ \t]*([^\n]*)")
#: A dash glued to the word before an inverted speaker tag ("… on the Winnicki circuit-said the
#: command of Ukraine's air force"): a hyphen between a lower-case word and a word followed by a
#: determiner, pronoun or name; the word must be a reporting verb (checked in code), and
#: "so-called", "self-described" are compounds, not tags.
_DASH_GLUED = re.compile(
    r"-(?<=[a-z]-)(?<!\bso-)(?<!\bself-)(?=[a-z]+\s+(?:the|his|her|their|its|he|she|they|we|[A-Z]))"
)


def _dash_tag(tail: str) -> bool:
    """Whether ``tail`` (to the sentence end) is a speaker tag: at most
    :data:`_DASH_TAIL_WORDS` words, a verb of ``attribution_verbs.csv`` among the first
    :data:`_TAG_VERB_WITHIN` ("- said the Ukrainian leader.", "- he added.")."""
    words = [w.lower() for w in WORD.findall(re.match(r"[^.!?\n]*", tail).group())]
    return 0 < len(words) <= _DASH_TAIL_WORDS and not _reporting_verbs().isdisjoint(
        words[:_TAG_VERB_WITHIN]
    )


def _glued_tag(tail: str) -> bool:
    """Whether ``tail`` after a glued dash is a speaker tag: :func:`_dash_tag` with the
    reporting verb as its first word, the tag ending at a comma ("said the command of Ukraine's
    air force, writing about …")."""
    words = WORD.findall(tail[:40])
    return bool(words) and words[0].lower() in _reporting_verbs() and _dash_tag(tail.split(",")[0])


def dash_tags(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Speaker tags printed after a dash with no opening dash (translated outlets): quoted and
    reported spans.  A paragraph that is only a tag (``- said the Ukrainian leader.``) makes the
    paragraph before it quoted; a tag ending a sentence (``He was shot by a sniper - said the
    agency Unian.``, or with the dash glued to the word before: ``circuit-said the command``)
    makes the sentence before the dash reported.

    Examples
    --------
    >>> t = "You can't die.\\n\\n- said the Ukrainian leader."
    >>> [t[s:e] for s, e in dash_tags(t)[0]]
    ["You can't die."]
    >>> t = "A man was shot by a sniper - said the agency Unian.The news spread."
    >>> [t[s:e] for s, e in dash_tags(t)[1]]
    ['A man was shot by a sniper']
    """
    quoted: list[tuple[int, int]] = []
    reported: list[tuple[int, int]] = []
    for m in _DASH_TAG_LINE.finditer(text):
        if _dash_tag(m.group(1)) and text[m.start() - 1 : m.start()] == "\n":
            end = len(text[: m.start()].rstrip())
            start = text.rfind("\n", 0, end) + 1
            if end > start:
                quoted.append((start, end))
    closes = [(s, e, _dash_tag) for s, e in _dash_closes(text)]
    closes += [(m.start(), m.end(), _glued_tag) for m in _DASH_GLUED.finditer(text)]
    for start, end, is_tag in closes:
        par = text.rfind("\n", 0, start) + 1
        if is_tag(text[end : end + 300]):
            stops = [text.rfind(c, par, start) for c in ".!?"]
            c = _stripped(text, max([par, *(k + 1 for k in stops)]), start)
            if c:
                reported.append(c)
    return quoted, reported
