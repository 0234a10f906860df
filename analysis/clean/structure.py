"""Which lines of a scrape are the article: the structural rules, one step per function.

Every step labels some paragraphs with a reason (``Para.reason``); a paragraph left unlabelled
is the article's.  The steps run in order (details and thresholds in
``analysis/lexicons/boilerplate.md``):

1. line rules (``boilerplate.csv``); the line after a lone correction label is its note;
2. the title: the given one near the top, else a headline-like first line;
3. an unpunctuated line just above a credited caption is its alt text;
4. byline (the given author, a "By …" line, a name-like line next to the title) and the
   standfirst between title and byline;
5. teaser blocks ('Author ·' lines take the lines above them along);
6. caption copies of body sentences and repeated paragraphs (``duplicate``);
7. the body range: first to last sentence-like paragraph;
8. outside the body: the reason of the boilerplate block a line sits in, else navigation/footer;
9. inside the body: lines without final punctuation are captions or crossheads.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from ..text.segment import abbreviations
from ..text.words import WORD_RUN, is_word_char
from .lines import (
    BY_PREFIX,
    CAPTION_CUE,
    CUT_TURN,
    INNER_STOP,
    NAME_LINE,
    PAREN_SHORT,
    POST_DATE,
    SPEECH,
    Para,
    is_terminal,
    may_have_key,
    n_words,
    title_key,
)
from .notes import label_notes
from .rules import Rules, match_rule

__all__ = ["classify", "CHROME"]

#: Reasons whose lines are "page chrome": an unlabelled neighbour in the same block inherits them.
CHROME = frozenset({"aggregator", "advert", "promo", "appeal", "comments", "navigation", "footer"})

# --- thresholds of the structural rules (documented in lexicons/boilerplate.md) -------------
_ANCHOR_MIN_WORDS = 5  # a sentence-like paragraph this long anchors the body range
_ANCHOR_LONG_WORDS = 25  # ... and so does any paragraph this long, punctuated or not
_OPEN_ENDED_MAX = 0.2  # if more long paragraphs than this lack final punctuation, the
# text lost its punctuation: missing punctuation is no caption cue
_CAPTION_MIN_WORDS = 5  # unpunctuated in-body lines this long are captions, shorter: headings
_CAPTION_MAX_WORDS = 40  # ... up to this length when nothing but the missing stop says so
_TITLE_MIN_WORDS, _TITLE_MAX_WORDS = 3, 40
_QUESTION_TITLE_MAX_WORDS = 16  # with no title given, a first line this short ending in ? or !
# (or "Red flags? Company …") is the headline, not the body's first sentence
_HEADLINE_ROUND = 17  # the round that added that rule and abbreviation stops in headlines
_POST_DATE_ROUND = 41  # from this round a post's signature date is no caption cue
_REVIEW47_ROUND = 47  # from this round: one dek above a bare name, a lone correction label,
# a transcript turn cut off by a dash
_STANDFIRST_MAX_WORDS = 60
_STANDFIRST_MAX_LINES = 2  # lines between the title and a "By …" line (a byline row)
_BARE_NAME_STANDFIRST_LINES = 1  # ... and a bare name line: one dek; two paragraphs are the
# article's opening and the "name" is a crosshead ("White House Sends Request"; review 47)
_DUP_MIN_TOKENS = 6  # near-duplicate detection only for lines with this many tokens
_DUP_CONTAINMENT = 0.85  # share of the caption copy's tokens found in the body paragraph
_DUP_WINDOW = 80  # compare with paragraphs at most this far away (bounded cost)
_HEADER_SCAN = 25  # title / byline searched among the first paragraphs only


class _Page:
    """The paragraphs of one scrape and what every step needs to know about them."""

    def __init__(self, paras: list[Para], rules: Rules, words: list[int] | None) -> None:
        self.paras = paras
        self.rules = rules
        self.n = len(paras)
        self.words = words if words is not None else [n_words(p.text) for p in paras]
        self.terminal = [is_terminal(p.text) for p in paras]
        if self.since(_REVIEW47_ROUND):  # a turn cut off by the next speaker ends a sentence
            self.terminal = [
                t or CUT_TURN.match(p.text) is not None for t, p in zip(self.terminal, paras)
            ]
        self.head = range(min(self.n, _HEADER_SCAN))
        self.byline = ""
        self.standfirst: list[str] = []

    def since(self, round_: int) -> bool:
        """Whether the structural rules of ``round_`` apply (the annotated sets keep theirs)."""
        return self.rules.structure_round is None or self.rules.structure_round >= round_

    def free(self, i: int) -> bool:
        return 0 <= i < self.n and not self.paras[i].reason

    def take_byline(self, i: int) -> None:
        self.paras[i].reason = "byline"
        self.byline = self.byline or BY_PREFIX.sub("", self.paras[i].text).strip()


def _line_rules(page: _Page) -> None:
    for i, p in enumerate(page.paras):
        r = match_rule(p.text, page.words[i], page.rules)
        if r >= 0:
            p.reason, p.rule = page.rules.reasons[r], r


def _given_title(page: _Page, title: str) -> int:
    """Label the lines repeating the given title; the first one's index (-1: none)."""
    key = title_key(title)
    # a line with the title's key has the same word-character runs, and each of its words
    # holds at least one run: lines with more words cannot match (no key needed)
    n_runs = len(key.split())
    t_idx = -1
    for i in page.head:
        p = page.paras[i]
        if (
            page.free(i)
            and key
            and may_have_key(p.text, page.words[i], n_runs)
            and title_key(p.text) == key
        ):
            p.reason = "title"
            t_idx = i if t_idx < 0 else t_idx
    return t_idx


def _caption_alt_text(page: _Page) -> None:
    for i, p in enumerate(page.paras):
        if p.reason == "caption" and p.rule >= 0 and page.free(i - 1) and not page.terminal[i - 1]:
            if page.words[i - 1] >= 3:
                page.paras[i - 1].reason = "caption"


def _detected_title(page: _Page, *, questions: bool = False) -> tuple[str, int]:
    """A headline-like first line (before the body starts): its text and index.

    ``questions``: the first free line may also be a short headline that asks or exclaims
    ("Time to hit pause on ObamaCare?", "Red Flags? Company behind ObamaCare site …"), which
    would otherwise read as the body's first sentence (used when no title was given).
    """
    since = page.rules.structure_round
    abbreviated = since is None or since >= _HEADLINE_ROUND
    questions = questions and abbreviated
    first = True
    for i in page.head:
        if not page.free(i):
            continue
        t = page.paras[i].text
        asks = first and questions and _asking_headline(t, page.words[i])
        first = False
        if page.terminal[i] and page.words[i] >= _ANCHOR_MIN_WORDS and not asks:
            break  # the body started: no headline above it
        if (
            _TITLE_MIN_WORDS <= page.words[i] <= _TITLE_MAX_WORDS
            and (not page.terminal[i] or t.rstrip()[-1:] in "?!")
            and (asks or not _sentence_stops(t, abbreviated))
            and not NAME_LINE.match(t)
            and i + 1 < page.n
        ):
            page.paras[i].reason = "title"
            return t, i
    return "", -1


def _asking_headline(text: str, words: int) -> bool:
    """A short line whose only sentence stops are ``?`` or ``!`` and that ends in one or in a
    word: the shape of a question or exclamation headline."""
    t = text.rstrip()
    return (
        words <= _QUESTION_TITLE_MAX_WORDS
        and t[-1:] not in ".:;,"
        and ("?" in t or "!" in t)
        and all(stop in "?!" for stop in _sentence_stops(t))
    )


def _sentence_stops(text: str, abbreviated: bool = True) -> list[str]:
    """The stops that end a sentence inside a line (``INNER_STOP``), except (``abbreviated``)
    the full stop of an abbreviation before a name or word ("Rep. Issa accuses …",
    "Obstructionism vs. ACA")."""
    stops = []
    for m in INNER_STOP.finditer(text):
        stop = m.group()[1]
        word = text[: m.start() + 1].rsplit(None, 1)[-1].lstrip("\"'“‘(").lower()
        if (
            not abbreviated
            or stop != "."
            or abbreviations().get(word) not in ("title", "ambiguous")
        ):
            stops.append(stop)
    return stops


def _author_byline(page: _Page, author: str | None) -> None:
    """A "By …" line found by a rule, or a line that is the given author."""
    akey = title_key(BY_PREFIX.sub("", author)) if author else ""
    a_runs = len(akey.split())  # + 2 below: the line may start with "written by" etc. (removed)
    for i in page.head:
        p = page.paras[i]
        if p.reason == "byline" and not page.byline:
            page.byline = BY_PREFIX.sub("", p.text).strip()
        elif (
            akey
            and page.free(i)
            and may_have_key(p.text, page.words[i], a_runs + 2)
            and title_key(BY_PREFIX.sub("", p.text)) == akey
        ):
            p.reason = "byline"
            page.byline = page.byline or BY_PREFIX.sub("", p.text).strip()


def _byline_near_title(page: _Page, t_idx: int) -> None:
    """A name-like line right above the title, or one shortly below it (with the standfirst
    between them: at most two lines before a "By …" line, one before a bare name line)."""
    paras = page.paras
    if page.free(t_idx - 1) and NAME_LINE.match(paras[t_idx - 1].text):
        page.take_byline(t_idx - 1)
    for k in range(t_idx + 1, min(page.n, t_idx + 4)):
        by_row = paras[k].reason == "byline"
        if by_row or (page.free(k) and NAME_LINE.match(paras[k].text)):
            between = [
                j for j in range(t_idx + 1, k) if page.free(j) or paras[j].reason == "caption"
            ]
            sf = [j for j in between if page.free(j)]
            one_dek = not by_row and page.since(_REVIEW47_ROUND)
            most = _BARE_NAME_STANDFIRST_LINES if one_dek else _STANDFIRST_MAX_LINES
            if len(sf) <= most and all(
                page.terminal[j] and page.words[j] <= _STANDFIRST_MAX_WORDS for j in sf
            ):
                page.take_byline(k)
                for j in sf:
                    paras[j].reason = "standfirst"
                    page.standfirst.append(paras[j].text)
            break
        if not (page.free(k) or paras[k].reason == "caption"):
            break


def _teasers(page: _Page) -> None:
    """'Author ·' lines (>= 2 on the page) take the lines above them along; a single one is
    not a teaser block."""
    paras, extend_up = page.paras, page.rules.extend_up
    ext_idx = [i for i, p in enumerate(paras) if p.rule >= 0 and extend_up[p.rule] > 0]
    if len(ext_idx) < 2:
        for i in ext_idx:
            paras[i].reason, paras[i].rule = "", -1
        return
    for i in ext_idx:
        reason = paras[i].reason
        for j in range(i - 1, max(-1, i - 1 - extend_up[paras[i].rule]), -1):
            if paras[j].reason not in ("", "caption"):
                break
            paras[j].reason = reason


class _Tokens:
    """Case-folded word sets of paragraphs, computed on demand, and which paragraphs contain
    a string (looked up in the page's case-folded text, built on first use)."""

    def __init__(self, paras: list[Para]) -> None:
        self.paras = paras
        self.sets: list[frozenset[str] | None] = [None] * len(paras)
        self.parts: list[str] = []
        self.folded = ""
        self.starts: list[int] = []

    def of(self, i: int) -> frozenset[str]:
        t = self.sets[i]
        if t is None:
            t = self.sets[i] = frozenset(
                WORD_RUN.findall(PAREN_SHORT.sub(" ", self.paras[i].text).casefold())
            )
        return t

    def holding(self, needles: list[str], lo: int, hi: int) -> set[int]:
        """The paragraphs ``lo <= j < hi`` whose case-folded text contains one of ``needles``
        (none holds a line break)."""
        if not self.starts:
            self.parts = [p.text.casefold() for p in self.paras]
            self.folded = "\n".join(self.parts)
            self.starts = [0, *accumulate(len(t) + 1 for t in self.parts)]
        folded, starts, out = self.folded, self.starts, set()
        for needle in needles:
            pos = folded.find(needle, starts[lo], starts[hi] - 1)
            while pos >= 0:
                j = bisect_right(starts, pos) - 1
                out.add(j)
                pos = folded.find(needle, starts[j + 1], starts[hi] - 1)
        return out


def _is_caption_copy(page: _Page, tokens: _Tokens, i: int) -> bool:
    """Whether unpunctuated paragraph ``i`` repeats most of a nearby body paragraph."""
    ti = tokens.of(i)
    if len(ti) < _DUP_MIN_TOKENS:
        return False
    # A copy misses at most (1 - containment) of the caption's tokens, so one of its k
    # longest tokens, k = that many + 1, occurs in the paragraph: a substring search in the
    # case-folded page finds the few paragraphs whose token sets are worth building.
    k = 0
    while len(ti) - k >= _DUP_CONTAINMENT * len(ti):
        k += 1
    probes = sorted(ti, key=lambda t: (-len(t), t))[:k]
    lo, hi = max(0, i - _DUP_WINDOW), min(page.n, i + _DUP_WINDOW + 1)
    need = _DUP_CONTAINMENT * len(ti)
    for j in tokens.holding(probes, lo, hi):
        if j == i or not page.free(j) or not page.terminal[j]:
            continue
        # the tokens it shares are substrings of its case-folded text: count those first
        if sum(map(tokens.parts[j].__contains__, ti)) < need:
            continue
        tj = tokens.of(j)
        if len(ti & tj) >= need and len(tj) <= 3 * len(ti):
            return True
    return False


#: The ASCII characters that are not word characters.
_ASCII_NON_WORD = bytes(c for c in range(128) if not is_word_char(chr(c)))


class _SeenLines:
    """The word-run keys (case-folded word runs joined by spaces) of the lines added so far.

    A line's key is built only when an earlier line has the same ASCII word characters (its
    key's ASCII characters without the spaces, a much cheaper string to make): lines that
    differ in those have different keys.
    """

    def __init__(self) -> None:
        self.first: dict[bytes, str] = {}  # ASCII word characters -> the one line with them
        self.keys: dict[bytes, set[str]] = {}  # ASCII word characters -> keys, once two lines

    def add(self, text: str) -> bool:
        """Add the line; whether a line with the same key was added before."""
        folded = text.casefold()
        chars = folded.encode("ascii", "ignore").translate(None, _ASCII_NON_WORD)
        keys = self.keys.get(chars)
        if keys is None:
            first = self.first.pop(chars, None)
            if first is None:
                self.first[chars] = folded
                return False
            keys = self.keys[chars] = {" ".join(WORD_RUN.findall(first))}
        key = " ".join(WORD_RUN.findall(folded))
        seen = key in keys
        keys.add(key)
        return seen


def _duplicates(page: _Page) -> None:
    tokens = _Tokens(page.paras)
    seen = _SeenLines()
    for i, p in enumerate(page.paras):
        if not page.free(i) or page.words[i] < _DUP_MIN_TOKENS:
            continue
        if page.terminal[i]:
            if seen.add(p.text) and page.words[i] >= 8:
                p.reason = "duplicate"
        elif _is_caption_copy(page, tokens, i):
            p.reason = "duplicate"


def _body_range(page: _Page) -> tuple[int, int]:
    """First and last paragraph of the body: prose anchors, extended over short sentences."""
    free, terminal, words, paras, n = page.free, page.terminal, page.words, page.paras, page.n
    anchors = [
        i
        for i in range(n)
        if free(i)
        and ((terminal[i] and words[i] >= _ANCHOR_MIN_WORDS) or words[i] >= _ANCHOR_LONG_WORDS)
    ]
    if not anchors:  # a very short text: any sentence will do
        anchors = [i for i in range(n) if free(i) and terminal[i]]
    first, last = (anchors[0], anchors[-1]) if anchors else (n, -1)
    # short sentences right next to the body ("No one was hurt.") belong to it
    while (
        anchors
        and first > 0
        and free(first - 1)
        and terminal[first - 1]
        and paras[first - 1].text[-1] not in ":;"
    ):
        first -= 1
    while (
        anchors
        and last + 1 < n
        and free(last + 1)
        and terminal[last + 1]
        and paras[last + 1].text[-1] not in ":;"
    ):
        last += 1
    return first, last


def _inherit(page: _Page, indices: Sequence[int], default: str) -> None:
    """Unlabelled lines take the chrome reason of their block's neighbours, else ``default``."""
    idx = list(indices)
    for order in (idx, idx[::-1]):
        prev: Para | None = None
        for i in order:
            p = page.paras[i]
            if (
                not p.reason
                and prev is not None
                and prev.block == p.block
                and prev.reason in CHROME
            ):
                p.reason = prev.reason
            prev = p
    for i in idx:
        if not page.paras[i].reason:
            page.paras[i].reason = default


def _outside_body(page: _Page, first: int, last: int) -> None:
    # a sentence-like line left above the body is the outlet's summary (dek / story highlights)
    for i in range(0, min(first, page.n)):
        if page.free(i) and page.words[i] >= 8 and not NAME_LINE.match(page.paras[i].text):
            page.paras[i].reason = "standfirst"
            page.standfirst.append(page.paras[i].text)
    _inherit(page, range(0, min(first, page.n)), "navigation")
    _inherit(page, range(last + 1, page.n), "footer")


def _inside_body(page: _Page, first: int, last: int, punctuation_informative: bool) -> None:
    since = page.rules.structure_round
    post_date_cue = since is not None and since < _POST_DATE_ROUND  # the sets' old rule
    for i in range(first, last + 1):
        if not page.free(i) or page.terminal[i]:
            continue
        t = page.paras[i].text
        if page.words[i] < _CAPTION_MIN_WORDS:
            page.paras[i].reason = "heading"
        elif (
            CAPTION_CUE.search(t)
            or (post_date_cue and POST_DATE.search(t))
            or (
                punctuation_informative
                and page.words[i] <= _CAPTION_MAX_WORDS
                and not SPEECH.search(t)
                and not INNER_STOP.search(t)
            )
        ):
            page.paras[i].reason = "caption"


def _punctuation_informative(page: _Page) -> bool:
    """Whether missing final punctuation means anything (the text did not lose its stops)."""
    long_free = [i for i in range(page.n) if page.free(i) and page.words[i] >= 12]
    open_ended = sum(1 for i in long_free if not page.terminal[i])
    return open_ended < 2 or open_ended <= _OPEN_ENDED_MAX * len(long_free)


def classify(
    paras: list[Para],
    rules: Rules,
    title: str | None,
    author: str | None,
    words: list[int] | None = None,
) -> tuple[str, str, str]:
    """Label every paragraph that is not the article's (``Para.reason``); return the title,
    byline and standfirst.

    Parameters
    ----------
    paras
        From :func:`analysis.clean.lines.paragraphs` (labelled in place).
    rules
        From :func:`analysis.clean.rules.compiled_rules`.
    title, author
        Known title and author (or None).
    words
        The paragraphs' word counts when the caller has them (else counted here).
    """
    page = _Page(paras, rules, words)
    _line_rules(page)
    if page.since(_REVIEW47_ROUND):
        label_notes(paras)
    t_idx = _given_title(page, title) if title else -1
    _caption_alt_text(page)
    detected_title = ""
    if t_idx < 0:
        detected_title, t_idx = _detected_title(page, questions=not title)
    _author_byline(page, author)
    if t_idx >= 0:
        _byline_near_title(page, t_idx)
    _teasers(page)
    _duplicates(page)
    first, last = _body_range(page)
    informative = _punctuation_informative(page)
    _outside_body(page, first, last)
    _inside_body(page, first, last, informative)
    return (title if title else detected_title), page.byline, "\n\n".join(page.standfirst)
