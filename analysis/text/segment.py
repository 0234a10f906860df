"""Shared text utilities: paragraphs, sentences and words as character spans.

Every function returns ``(start, end)`` offsets into the exact string it was given, so that
``text[start:end]`` is the paragraph, sentence or word.  Other modules (readability, quotes,
same-event alignment) reuse these spans.

Definitions
-----------
Paragraph
    A maximal run of text between line breaks (``\\n``, ``\\r\\n``, ``\\r``, ``\\v``, ``\\f``,
    ``\\x85``, ``\\u2028``, ``\\u2029``: the breaks of :meth:`str.splitlines` except the
    control characters ``\\x1c``–``\\x1e``, which in scraped text are mojibake), trimmed of
    surrounding whitespace; blank lines are dropped.  Scraped news bodies put one paragraph
    per line.  Hard-wrapped text (a line break inside a paragraph) is therefore split at every
    line: a known limitation.
Sentence
    Paragraph breaks always end a sentence.  Inside a paragraph a sentence ends after a run of
    ``.``, ``!``, ``?`` or ``…`` (plus any closing quotation marks or brackets attached to it,
    so ``… he said." Next`` ends *after* the closing quote) that is followed by whitespace and
    then a capital letter, a digit or an opening quotation mark / bracket.  A full stop is NOT
    a boundary when it ends

    * a title (``Mr.``, ``Dr.``, ``Gov.``, ``Sen.`` …, see ``lexicons/abbreviations.csv``);
    * ``No.``/``Art.``/``p.`` … before a number (``No. 10``) or a month before a number
      (``Feb. 24``);
    * a list enumerator at the start of a paragraph (``1. The job``, ``b. Text``);
    * an *ambiguous* abbreviation (``Inc.``, ``Jr.``, ``etc.``), a dotted initialism (``U.S.``,
      ``U.K.``, ``a.m.``) or a single capital initial (``J. K. Rowling``) — unless the next word
      is a sentence starter (``lexicons/sentence_starters.csv``: *He, The, But, In* …) or opens
      a quotation, in which case it is a boundary (``… in the U.S. He said``).

    Full stops inside tokens never split (``3.5``, ``2.7bn``, ``$3.5m``, ``U.S.-led``,
    ``bbc.co.uk``), and a lowercase next word never starts a sentence (``"Really?" he asked``,
    ``e.g. the``).  Short sentences are sentences (``He left. She stayed.`` is two).  One
    exception to "followed by whitespace": scrapes that joined paragraphs without a space
    (``the war.He said``, ``2001.Mr. Obama``, ``would end.“We``) — a stop after two lower-case
    letters or a digit, directly followed by a capital and a lower-case letter, the pronoun
    ``I`` (``worse.I am``) or an opening quote and a capital, is a candidate too, tested like
    the others (``Gov.Christie`` is a title, not a boundary).
Word
    textstat's definition (a whitespace-delimited token that contains at least one letter or
    digit: ``well-known``, ``don't``, ``U.S.``, ``3.5`` and ``$1,500`` are one word each, a lone
    ``–`` is none), except that an em dash ``—``/``―`` or an ellipsis character ``…`` also
    separates words (``war—and`` is two words; textstat counts one).  Word spans run from the
    first to the last letter/digit of the token, so surrounding punctuation is excluded
    (``"Mr.`` -> ``Mr``; ``(Reuters)`` -> ``Reuters``).

All splitting is done by precompiled regular expressions; Python-level work is per candidate
boundary (terminal punctuation), never per character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..lexicons import read_table
from .typography import CLOSING_QUOTES, OPENING_QUOTES, STRAIGHT_QUOTES
from .words import WORD

__all__ = [
    "split_paragraphs",
    "split_sentences",
    "sentence_span",
    "sentence_finder",
    "sentences",
    "word_spans",
    "words",
    "abbreviations",
    "sentence_starters",
]

# Line breaks: those of str.splitlines except the information separators \x1c-\x1e, which in
# scraped text are mojibake (e.g. truncated U+201C/U+201D quotation marks), not paragraph breaks.
_LB = "\n\r\v\f\x85\u2028\u2029"
_PARAGRAPH = re.compile(rf"[^\s](?:[^{_LB}]*[^\s])?")

_CLOSERS = STRAIGHT_QUOTES + CLOSING_QUOTES + ")\\]"
_OPENERS = STRAIGHT_QUOTES + OPENING_QUOTES + "(["
# Candidate boundaries: a run of terminal punctuation (not after another stop), then closing
# quotes/brackets, then white space or the end of the text -- with what follows captured in the
# same scan: the white space and the next token (what _NEXT would match after the candidate).
# Possessive quantifiers and the look-behind keep this linear on pathological input.
# Each pattern starts with its punctuation class and checks the character before it by a
# look-behind *after* it, so ``re`` can skip to the next stop instead of testing the
# look-behind at every position (4× faster on news text; same matches).
_STOP_CLASS = "[.!?…]"
_CANDIDATE_TAIL = rf"(?<![.!?…].)[.!?…]*+[{_CLOSERS}]*+(?=(\s++)(\S{{1,64}})|\s|\Z)"
_CANDIDATE_NEXT = re.compile(_STOP_CLASS + _CANDIDATE_TAIL)
# A stop glued to the next sentence, as in scrapes that joined paragraphs without a space
# ("the war.He said", "2001.Mr. Obama", 'would end.“We', "his own advisers.A spokesman"):
# after two lower-case letters or a digit, a stop (and a curly closing quote or bracket) directly
# followed by a capital and a lower-case letter, by the one-letter words "I" and "A" (then white
# space; "I" also an apostrophe: "I'm"), or by an opening quote and a capital. Captured: the next
# token. ("A" since the report review of round 31: 47 sentences of BASIL glued before it.)
_GLUED_TAIL = (
    rf"(?:(?<=[a-z]{{2}}.)|(?<=\d.))[{CLOSING_QUOTES})\]]?+"
    rf"(?=((?:[{re.escape(_OPENERS)}]?(?:[A-Z][a-z]|I(?=[\s'’])|A(?=\s))|[{re.escape(_OPENERS)}][A-Z])"
    rf"\S{{0,62}}))"
)
_GLUED = re.compile("[.!?]" + _GLUED_TAIL)
# The part of a token after its last glued stop ("2001.Mr" -> "Mr"), for the abbreviation test.
_GLUED_HEAD = re.compile(
    rf"^.*(?:[a-z]{{2}}|\d)[.!?][{CLOSING_QUOTES})\]]?(?=[{re.escape(_OPENERS)}]?[A-Z])"
)
# Both kinds of candidate in one scan (they never overlap: the first needs white space or the
# end after its stop, the second a letter or an opening mark): groups 1-2 or group 3.  Their
# common first character is taken out of the alternation (the second's "[.!?]" becomes "not
# '…'" after it), so that the whole scan starts with one character class and ``re`` skips from
# stop to stop; as "A|B" it tested both alternatives at every character (2.2x slower on 1,000
# AllSides bodies, same matches and groups).
_BOUNDARY = re.compile(f"{_STOP_CLASS}(?:{_CANDIDATE_TAIL}|(?<!…){_GLUED_TAIL})")
_LB_SET = frozenset(_LB)
# The first token after the boundary (up to 64 characters is plenty to classify it).
_NEXT = re.compile(r"\s*+(\S{1,64})")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_INITIAL = re.compile(r"^[A-Z]$")
_STARTER_WORD = re.compile(r"[A-Za-z]+")
_ENUMERATOR = re.compile(r"^(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})$")


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Bundled abbreviation table: lower-case term (no final stop) -> kind.

    Returns
    -------
    dict
        ``{"mr": "title", "feb": "month", "no": "number", "inc": "ambiguous", ...}``

    Examples
    --------
    >>> abbreviations()["mr"]
    'title'
    """
    return {r["term"].lower(): r["subcategory"] for r in read_table("abbreviations.csv")}


@lru_cache(maxsize=1)
def sentence_starters() -> frozenset[str]:
    """Bundled lower-case words that typically start a news sentence (see the CSV header).

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> "he" in sentence_starters()
    True
    """
    return frozenset(r["term"].lower() for r in read_table("sentence_starters.csv"))


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Split text into paragraphs (non-blank lines), as character spans.

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each paragraph, trimmed of surrounding whitespace, in order.

    Examples
    --------
    >>> t = "First para.\\n\\n  Second one. \\n"
    >>> [t[s:e] for s, e in split_paragraphs(t)]
    ['First para.', 'Second one.']
    """
    if not isinstance(text, str) or not text:
        return []
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def _is_boundary(text: str, start: int, end: int, nxt: str) -> bool:
    """Decide whether terminal punctuation text[start:end] followed by token ``nxt`` ends a
    sentence."""
    body = nxt.lstrip(_OPENERS)  # the opening marks before the next word
    opens_quote = len(body) < len(nxt)
    first = body[:1]
    if not first:  # only opening punctuation: treat as a new (quoted/bracketed) sentence
        return True
    if first.islower():
        return False
    is_upper = first.isupper()
    is_digit = first.isdigit()
    if not (is_upper or is_digit or opens_quote):
        return first not in "-–,;:"
    term = text[start:end].rstrip(_CLOSERS)
    if term != ".":
        return True  # ! ? … or a run of stops (ellipsis) before a capital / digit / quote
    # a single full stop: classify the token it ends
    prev = text[max(0, start - 64) : start].rsplit(None, 1)[-1:]
    if not prev:
        return True
    token = _GLUED_HEAD.sub("", prev[0].lstrip(_OPENERS))
    if _ENUMERATOR.match(
        token
    ):  # "1. The job" / "a. Text" at the start of a paragraph: a list item
        j = start - len(prev[0])
        before = text[max(0, j - 64) : j].rstrip(" \t")
        if (not before and j <= 64) or before[-1:] in _LB:
            return False
    key = token.lower()
    kind = abbreviations().get(key)
    if kind is None:
        if _DOTTED.match(token) or _INITIAL.match(token):
            kind = "ambiguous"
        else:
            return True
    if kind == "title":
        return False
    if kind in ("number", "month") and is_digit:
        return False
    if kind == "number":
        return True
    # ambiguous (and months before a word)
    if opens_quote:
        return True
    if is_digit:
        return False
    m = _STARTER_WORD.match(body)
    return bool(m) and m.group(0).lower() in sentence_starters()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentences, as character spans (news-aware; see the module docstring).

    Parameters
    ----------
    text : str
        Any string.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` of each sentence, trimmed of surrounding whitespace, in order.  A
        sentence never crosses a paragraph (line) break.  Spans with no letters or digits
        (a line of ``***``) are returned too; callers that count sentences skip them.

    Examples
    --------
    >>> t = 'Mr. Peskov spoke on Feb. 24 in the U.S. He left. "We won," she said.'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Mr. Peskov spoke on Feb. 24 in the U.S.', 'He left.', '"We won," she said.']
    """
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        return []
    cuts = _cuts(text)
    spans: list[tuple[int, int]] = []
    i = 0
    for ps, pe in paragraphs:
        i = bisect_left(cuts, ps + 1, i)
        s = ps
        while i < len(cuts) and cuts[i] < pe:
            c = cuts[i]
            spans.append((s, c))
            # next sentence starts at the next non-space character
            n = _NEXT.match(text, c)
            s = n.start(1) if n is not None else pe
            i += 1
        if s < pe:
            spans.append((s, pe))
    return spans


_Candidate = tuple[int, int, str, "str | None"]


def _candidates(text: str, pos: int = 0, endpos: int | None = None) -> list[_Candidate]:
    """``(start, end, white space after, next token)`` of every candidate boundary in
    ``text[pos:endpos]``, in text order, in one scan (:data:`_BOUNDARY`): terminal punctuation
    before white space and stops glued to the next sentence (no white space)."""
    end = len(text) if endpos is None else endpos
    return [
        (m.start(), m.end(), "", m.group(3))
        if m.group(3) is not None
        else (m.start(), m.end(), m.group(1) or "", m.group(2))
        for m in _BOUNDARY.finditer(text, pos, end)
    ]


def _cuts(text: str) -> list[int]:
    """``_cut`` of every candidate of ``_candidates(text)`` that is a cut, in one loop over the
    scan (no candidate tuple, no call per candidate: a body has ~45 candidates)."""
    cuts: list[int] = []
    no_break = _LB_SET.isdisjoint
    for m in _BOUNDARY.finditer(text):
        nxt = m.group(3)
        if nxt is None:  # a candidate before white space: groups 1 (the space) and 2
            nxt = m.group(2)
            if nxt is None or not no_break(m.group(1) or ""):
                continue
        if not nxt[0].islower() and _is_boundary(text, m.start(), m.end(), nxt):
            cuts.append(m.end())
    return cuts


def _cut(text: str, c: _Candidate) -> int | None:
    """Where the sentence ends if the candidate ``c`` of :func:`_candidates` is a boundary: not
    at the end of the text, nor before a paragraph break (it ends there anyway), nor before a
    lower-case word (which never starts a sentence: the common case)."""
    s, e, space, nxt = c
    if nxt is None or not _LB_SET.isdisjoint(space) or nxt[0].islower():
        return None
    return e if _is_boundary(text, s, e, nxt) else None


def sentence_span(text: str, start: int, end: int, *, window: int = 500) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, cut as :func:`split_sentences` cuts, looking at
    most ``window`` characters either way (for callers that need one sentence, not all).

    Parameters
    ----------
    text : str
    start, end : int
        A span inside one sentence.
    window : int
        How far to look for the sentence bounds.

    Returns
    -------
    (int, int)
        From the first non-space character after the previous boundary (or line break) to the
        end of the sentence's terminal punctuation (or the line end), untrimmed at the window.

    Examples
    --------
    >>> t = "The pound fell. Mr. Smith said artillery pounded the city. Then silence."
    >>> s, e = sentence_span(t, 41, 48)
    >>> t[s:e]
    'Mr. Smith said artillery pounded the city.'
    """
    n = len(text)
    lo, hi = max(0, start - window), min(n, end + window)
    s = lo
    for ch in _LB:
        k = text.rfind(ch, lo, start)
        if k >= s:
            s = k + 1
    before = []
    for m in _candidates(text, s, min(n, start + 66)):
        if m[1] > start:
            break
        before.append(m)
    # only the last cut before ``start`` counts: test the candidates from the nearest back
    for m in reversed(before):
        c = _cut(text, m)
        if c is not None:
            s = c
            break
    nx = _NEXT.match(text, s)
    s = min(nx.start(1), start) if nx is not None else s
    e = hi
    for ch in _LB:
        k = text.find(ch, end, e)
        if k >= 0:
            e = k
    for m in _candidates(text, start, min(n, e + 66)):
        if m[1] < end:
            continue
        if m[0] >= e:
            break
        c = _cut(text, m)
        if c is not None:
            e = m[0] + len(text[m[0] : m[1]].rstrip())
            break
    return s, e


#: A sentence of :func:`split_sentences` stands for :func:`sentence_span`'s answer only when the
#: span lies this far inside the window on both sides (the window's edge cannot have mattered).
_FINDER_MARGIN = 400


def sentence_finder(
    text: str, sentences: Sequence[tuple[int, int]] | None = None
) -> Callable[[int, int], tuple[int, int]]:
    """:func:`sentence_span` for many spans of one text, reading the sentences already split.

    Parameters
    ----------
    text : str
    sentences : list of (int, int), optional
        ``split_sentences(text)``, when the caller has it; ``None``: every call is
        :func:`sentence_span`.

    Returns
    -------
    callable
        ``(start, end) -> (int, int)``: the split sentence that holds ``[start, end)`` at most
        :data:`_FINDER_MARGIN` characters from either of its ends (then it is what
        :func:`sentence_span` finds), else ``sentence_span(text, start, end)``.

    Examples
    --------
    >>> t = "The pound fell. Mr. Smith said artillery pounded the city. Then silence."
    >>> find = sentence_finder(t, split_sentences(t))
    >>> find(41, 48) == sentence_span(t, 41, 48) == (16, 58)
    True
    """
    if sentences is None:
        return lambda start, end: sentence_span(text, start, end)
    starts = [s for s, _ in sentences]

    def find(start: int, end: int) -> tuple[int, int]:
        i = bisect_right(starts, start) - 1
        if i >= 0:
            s, e = sentences[i]
            if end <= e and start - s <= _FINDER_MARGIN and e - end <= _FINDER_MARGIN:
                return s, e
        return sentence_span(text, start, end)

    return find


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (``[text[s:e] for s, e in split_sentences(text)]``).

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str

    Examples
    --------
    >>> sentences("He left. She stayed.")
    ['He left.', 'She stayed.']
    """
    return [text[s:e] for s, e in split_sentences(text)]


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words of ``text`` (see *Word* in the module docstring).

    Parameters
    ----------
    text : str

    Returns
    -------
    list of (int, int)

    Examples
    --------
    >>> t = "The U.S.-led talks (in Kyiv) don’t end—yet."
    >>> [t[s:e] for s, e in word_spans(t)]
    ['The', 'U.S.-led', 'talks', 'in', 'Kyiv', 'don’t', 'end', 'yet']
    """
    if not isinstance(text, str) or not text:
        return []
    return [m.span() for m in WORD.finditer(text)]


def words(text: str) -> list[str]:
    """The words of ``text`` as strings, in order (surrounding punctuation excluded).

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str

    Examples
    --------
    >>> words('He said: "It costs $3.5m, 1,500 more."')
    ['He', 'said', 'It', 'costs', '3.5m', '1,500', 'more']
    """
    if not isinstance(text, str) or not text:
        return []
    return WORD.findall(text)
