"""Cleaning scraped articles: keep the article's own paragraphs, drop the page around them.

A raw scrape holds more than the article: aggregator headers and footers, ad-slot labels,
newsletter and live-blog promos, photo captions (some copying a body sentence), donation and
tip-line appeals, comment-widget labels, related-story teasers, tag lists and site footers.
Framing measured on those is wrong (a Covid teaser is not an outlet's framing of a war), so
:func:`clean_article` separates them out and **records every dropped line with a reason code**
so that a researcher can audit the decision (:func:`removal_table`).

How it works (details and the reasoning per class in ``analysis/lexicons/boilerplate.md``):

1. *Normalise*: CR/LF to LF; zero-width, bidi-control, C0 control characters and lone
   surrogates removed; no-break spaces to spaces; HTML-ish input has its ``script``/``style``
   blocks and tags stripped (reason ``html``) and its entities unescaped.
2. *Paragraphs*: one non-blank line is one paragraph (hard-wrapped text, recognised by its
   line-length profile, is re-joined first).
3. *Line rules* from ``analysis/lexicons/boilerplate.csv`` (one regex per row, a reason code,
   a word-count guard): aggregator, advert, promo, appeal, comments, navigation, footer,
   caption credits, correction notes, bylines, teaser bylines.
4. *Structure*: the title (given, or a headline-like first line), a byline next to it, a
   standfirst between title and byline, teaser blocks, caption copies of body sentences
   (``duplicate``), then the body range — from the first to the last sentence-like
   paragraph.  Outside it, leftovers are page chrome (``navigation`` / ``footer`` or the reason
   of the boilerplate block they sit in); inside it, lines without final punctuation are
   captions (``caption``) or crossheads (``heading``).

Reason codes: ``aggregator advert promo appeal comments navigation footer caption duplicate
teaser byline title standfirst correction heading html``.
"""

from __future__ import annotations

import html as _html
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd

from ..lexicons import read_table
from ..text.scan import contains_any, fold, required_literals
from ..text.segment import _LINE_WORD

__all__ = ["Article", "clean_article", "clean_corpus", "removal_table", "REASONS", "boilerplate_rules"]

#: Every reason code :func:`clean_article` can record.
REASONS: tuple[str, ...] = (
    "aggregator", "advert", "promo", "appeal", "comments", "navigation", "footer", "caption",
    "duplicate", "teaser", "byline", "title", "standfirst", "correction", "heading", "html",
)

#: Reasons whose lines are "page chrome": an unlabelled neighbour in the same block inherits them.
_CHROME = frozenset({"aggregator", "advert", "promo", "appeal", "comments", "navigation", "footer"})

# --- thresholds of the structural rules (documented in lexicons/boilerplate.md) -------------
_ANCHOR_MIN_WORDS = 5        # a sentence-like paragraph this long anchors the body range
_ANCHOR_LONG_WORDS = 25      # ... and so does any paragraph this long, punctuated or not
_OPEN_ENDED_MAX = 0.2        # if more long paragraphs than this lack final punctuation, the
                             # text lost its punctuation: missing punctuation is no caption cue
_CAPTION_MIN_WORDS = 5       # unpunctuated in-body lines this long are captions, shorter: headings
_CAPTION_MAX_WORDS = 40      # ... up to this length when nothing but the missing stop says so
_TITLE_MIN_WORDS, _TITLE_MAX_WORDS = 3, 40
_STANDFIRST_MAX_WORDS = 60
_DUP_MIN_TOKENS = 6          # near-duplicate detection only for lines with this many tokens
_DUP_CONTAINMENT = 0.85      # share of the caption copy's tokens found in the body paragraph
_DUP_WINDOW = 80             # compare with paragraphs at most this far away (bounded cost)
_HEADER_SCAN = 25            # title / byline searched among the first paragraphs only

# --- character-level normalisation -------------------------------------------------------------
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
    "\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]"
)
_SPACES = re.compile("[\u00a0\u2007\u202f\t\x0c]")
_LINESEP = re.compile("\r\n?|[\u2028\u2029\x85]")
# any character one of the three above would change (one scan decides whether they run)
_NEEDS_NORMALISING = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
    "\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\u00a0\u2007\u202f\t\x0c\r\u2028\u2029\x85]"
)

_HTML_HINT = re.compile(
    r"<(?:/?(?:p|br|div|span|a|li|ul|ol|h[1-6]|script|style|noscript|html|body|head|img|figure|"
    r"figcaption|section|article|header|footer|nav|aside|table|tr|td|th|strong|em|b|i|u|blockquote|"
    r"iframe|meta|link|time|button|form|input|label|picture|source|svg)\b[^<>]{0,2000}>|!--)",
    re.I,
)
_HTML_DROP_BLOCK = re.compile(
    r"<(script|style|noscript|template|svg|iframe|head)\b[^<>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
_HTML_CAPTION = re.compile(r"<figcaption\b[^<>]*>(.*?)</figcaption\s*>", re.I | re.S)
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|section|article|header|footer|nav|aside|table|tr|blockquote|"
    r"figure|main|dd|dt|dl|pre|hr)\b[^<>]{0,2000}>|<br\s*/?>",
    re.I,
)
_HTML_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# --- line-level predicates ---------------------------------------------------------------------
_WORD = _LINE_WORD
_TOKEN = re.compile(r"\w+")
# A sentence ends in . ! ? … (optionally followed by closing quotes/brackets), or in : ; (a lead-in).
# "… the EU.I" (a body paragraph glued to the next paragraph's drop cap) also counts.
# A line "ends like a sentence" (the definition; _is_terminal tests it from the end of the line,
# which is several times cheaper than a regex search over the whole line):
_TERMINAL = re.compile(r"(?:[.!?…](?:\s?[\"'”’»)\]])*|[:;]|[.!?][\"'”’]?[A-Z])\s*$")
_STOPS = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’»)]")
_PAREN_SHORT = re.compile(r"\([^()]{0,30}\)")
_NAME_PARTICLE = r"(?:de|van|von|der|den|al|bin|da|di|du|le|la|dos|del)"
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)"
_NAME_LINE = re.compile(
    rf"^(?:by\s+)?{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|{_NAME_PARTICLE})){{1,3}}$"
)
_BY_PREFIX = re.compile(r"^(?:by|written by|words by|reporting by)\s+", re.I)
_TITLE_KEY = re.compile(r"[^\w]+")
# Cues that an unpunctuated line is a photo caption: position words, "is seen", a date at the end.
_CAPTION_CUE = re.compile(
    r"\((?:left|right|centre|center|pictured|top|bottom|above|below|inset|file)\)|\bfrom left( to right)?\b|"
    r"\b(?:is|are) (?:seen|pictured|shown)\b|\bpictured\b|\bposes?\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{2,4}\s*$",
    re.I,
)
# Reported speech: a long unpunctuated paragraph with it is prose that lost its full stop.
# A sentence boundary inside a line ("... an advantage. Unlimited ...").
_INNER_STOP = re.compile(r"[a-z0-9%)\]][.!?][\"'”’]?\s+[\"'“‘(]?[A-Z]")
_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|tells|added|adds|wrote|writes|asked|according to|explained)\b", re.I)


@dataclass(frozen=True)
class Article:
    """A cleaned article.

    Attributes
    ----------
    title
        The manifest title when given, else the headline detected in the scrape ("" if none).
    byline
        The byline as printed ("Jane Smith"; a leading "By" removed), "" if none found.
    body
        The article's own paragraphs, in order, separated by one blank line ("\\n\\n").
    notes
        Editorial metadata kept out of the body (correction and clarification notes).
    removed
        Every dropped line as ``(text, reason)``, in document order.
    standfirst
        The outlet's summary line(s) between headline and byline, kept out of the body because
        it is the outlet's framing of the article rather than the article ("" if none).
    """

    title: str = ""
    byline: str = ""
    body: str = ""
    notes: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    standfirst: str = ""


@dataclass
class _Para:
    text: str
    line_no: int
    block: int
    reason: str = ""
    rule: int = -1


# ------------------------------------------------------------------------------------------------
# rules table
# ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Rules:
    reasons: tuple[str, ...]
    extend_up: tuple[int, ...]
    # Anchored rules ("^..."): ANCHORED[t] is one alternation, in rule order, of every anchored
    # rule whose max_words >= ANCHORED_LIMITS[t] or that has no limit (the last entry: only
    # those).  One re.match per line gives the lowest-numbered anchored rule that matches.
    anchored_limits: tuple[int, ...]
    anchored: tuple[re.Pattern[str] | None, ...]
    # Unanchored rules, one alternation per max_words: (max_words or None, pattern,
    # prefilter (a literal alternation every match's line contains; None: unknown),
    # lowest rule number in the bucket)
    floating: tuple[tuple[int | None, re.Pattern[str], tuple[str, ...] | None, int], ...]


def boilerplate_rules(source: str = "boilerplate.csv") -> list[dict[str, str]]:
    """Return the boilerplate rule table (bundled or a user's CSV) as row dicts.

    Parameters
    ----------
    source
        Bundled name or path of a CSV with columns ``pattern, reason, max_words, extend_up,
        source, note``.

    Returns
    -------
    list of dict

    Examples
    --------
    >>> rows = boilerplate_rules()
    >>> {"advert", "caption", "appeal"} <= {r["reason"] for r in rows}
    True
    """
    return read_table(source, required=("pattern", "reason", "source", "note"))


@lru_cache(maxsize=8)
def _compiled_rules(source: str = "boilerplate.csv") -> _Rules:
    from ..errors import LexiconError

    rows = boilerplate_rules(source)
    reasons: list[str] = []
    extend: list[int] = []
    groups: dict[int | None, list[tuple[int, str]]] = {}
    for i, row in enumerate(rows):
        try:
            re.compile(row["pattern"])
        except re.error as exc:
            raise LexiconError(f"{source}, rule {i + 1}: bad regex {row['pattern']!r}: {exc}") from None
        mw = row.get("max_words", "")
        limit = int(mw) if mw.strip().isdigit() else None
        reasons.append(row["reason"])
        ext = row.get("extend_up", "")
        extend.append(int(ext) if ext.strip().isdigit() else 0)
        groups.setdefault(limit, []).append((i, f"(?P<r{i}>{row['pattern']})"))
    # Anchored rules ("^...") are tried only at the start of the line (re.match, fails fast);
    # the others are searched, one alternation per max_words.
    anchored: list[tuple[int | None, int, str]] = []
    floating: list[tuple[int | None, re.Pattern[str], tuple[str, ...] | None, int]] = []
    for limit, alts in sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        anchored += [(limit, i, a) for i, a in alts if _is_anchored(a.split(">", 1)[1][:-1])]
        part = [(i, a) for i, a in alts if not _is_anchored(a.split(">", 1)[1][:-1])]
        if part:
            rx = re.compile("|".join(a for _, a in part), re.I)
            floating.append((limit, rx, required_literals(rx.pattern), min(i for i, _ in part)))
    anchored.sort(key=lambda x: x[1])
    limits = sorted({lim for lim, _, _ in anchored if lim is not None})
    combined: list[re.Pattern[str] | None] = []
    for lim in [*limits, None]:
        alts_t = [a for l2, _, a in anchored if l2 is None or (lim is not None and l2 >= lim)]
        combined.append(re.compile("|".join(alts_t), re.I) if alts_t else None)
    return _Rules(tuple(reasons), tuple(extend), tuple(limits), tuple(combined), tuple(floating))


# --- literal prefilter: skip a rule bucket when a line lacks the literals its matches need ---
# (analysis.text.scan.required_literals; lines are case-folded with analysis.text.scan.fold)


def _is_anchored(pattern: str) -> bool:
    """True when every alternative of ``pattern`` starts with ``^`` (no top-level ``|``)."""
    if not pattern.startswith("^"):
        return False
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


def _rule_index(m: re.Match[str]) -> int:
    """The rule (``r<N>`` group) of a match: the first alternative that matched."""
    return next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)


def _match_rule(text: str, n_words: int, rules: _Rules) -> int:
    """The lowest-numbered rule matching the line (anchored: at its start; unanchored: the
    first alternative at the leftmost match of each bucket), or -1."""
    best = -1
    rx = rules.anchored[bisect_left(rules.anchored_limits, n_words)]
    if rx is not None:
        m = rx.match(text)
        if m is not None:
            best = _rule_index(m)
    low: str | None = None
    for limit, rx, pre, first in rules.floating:
        if (limit is not None and n_words > limit) or (best >= 0 and first >= best):
            continue
        if pre is not None:
            if low is None:
                low = fold(text)
            if not contains_any(low, pre):
                continue  # no match possible: the line lacks the literals every match contains
        m = rx.search(text)
        if m is None:
            continue
        idx = _rule_index(m)
        if best < 0 or idx < best:
            best = idx
    return best


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------
def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_terminal(text: str) -> bool:
    """``_TERMINAL.search(text) is not None``, read backwards from the end of the line."""
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


# The one character whose case folding turns a non-word character into a word character (U+0345
# -> ι), so that folding can join two words into one run (tests/test_clean.py recomputes this).
_FOLD_JOINS_WORDS = "\u0345"


def _may_have_key(text: str, n_words: int, n_runs: int) -> bool:
    """False when ``text`` cannot have a title key of ``n_runs`` word runs: each of its
    ``n_words`` words gives at least one run of the key (unless folding joins words)."""
    return n_words <= n_runs or _FOLD_JOINS_WORDS in text


def _title_key(text: str) -> str:
    return _TITLE_KEY.sub(" ", text.casefold().replace("’", "'")).strip()


def _strip_html(text: str, removed: list[tuple[int, str, str]]) -> str:
    """Strip markup from HTML-ish text; every dropped piece is recorded (line 0 = markup)."""

    def drop(m: re.Match[str]) -> str:
        piece = m.group(0).strip()
        if piece:
            removed.append((0, piece, "html"))
        return "\n"

    text = _HTML_DROP_BLOCK.sub(drop, text)

    def caption(m: re.Match[str]) -> str:
        inner = _html.unescape(_HTML_ANY_TAG.sub(" ", m.group(1)))
        inner = " ".join(inner.split())
        if inner:
            removed.append((0, inner, "caption"))
        return "\n"

    text = _HTML_CAPTION.sub(caption, text)

    def block(m: re.Match[str]) -> str:
        removed.append((0, m.group(0), "html"))
        return "\n\n"

    text = _HTML_BLOCK_TAG.sub(block, text)

    def inline(m: re.Match[str]) -> str:
        removed.append((0, m.group(0), "html"))
        return ""

    return _HTML_ANY_TAG.sub(inline, text)


def _normalise(raw: Any, removed: list[tuple[int, str, str]]) -> str:
    if raw is None or (isinstance(raw, float) and raw != raw):
        return ""
    text = raw if isinstance(raw, str) else str(raw)
    if _NEEDS_NORMALISING.search(text):
        text = _LINESEP.sub("\n", text)
        text = _INVISIBLE.sub("", text)
        text = _SPACES.sub(" ", text)
    if _HTML_HINT.search(text):
        text = _strip_html(text, removed)
    if "&" in text and _ENTITY.search(text):
        text = _html.unescape(text)
        text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    return text


def _paragraphs(text: str) -> list[_Para]:
    lines = text.split("\n")
    paras: list[_Para] = []
    block = 0
    # hard-wrapped text: inside multi-line blocks, most lines stop mid-sentence at a similar width
    inner = [ln.strip() for i, ln in enumerate(lines[:-1]) if ln.strip() and lines[i + 1].strip()]
    wrapped = False
    if len(inner) >= 8:
        open_ended = [ln for ln in inner if not _is_terminal(ln)]
        lengths = sorted(len(ln) for ln in inner)
        median = lengths[len(lengths) // 2]
        wrapped = len(open_ended) >= 0.6 * len(inner) and 45 <= median <= 100
    for no, line in enumerate(lines, start=1):
        s = line.strip()
        if not s:
            block += 1
            continue
        prev = paras[-1] if paras else None
        if (
            prev is not None
            and prev.block == block
            and not _is_terminal(prev.text)
            and (wrapped or (s[0].islower() and len(prev.text) >= 40))
        ):
            prev.text = f"{prev.text} {s}"
            continue
        paras.append(_Para(s, no, block))
    return paras


# ------------------------------------------------------------------------------------------------
# the cleaner
# ------------------------------------------------------------------------------------------------
def _classify(
    paras: list[_Para], rules: _Rules, title: str | None, author: str | None, words: list[int] | None = None
) -> tuple[str, str, str]:
    n = len(paras)
    if words is None:  # else: the caller's counts of the same words (readability.line_words)
        words = [_n_words(p.text) for p in paras]
    terminal = [_is_terminal(p.text) for p in paras]

    # 1. line rules
    for i, p in enumerate(paras):
        r = _match_rule(p.text, words[i], rules)
        if r >= 0:
            p.reason, p.rule = rules.reasons[r], r

    def free(i: int) -> bool:
        return 0 <= i < n and not paras[i].reason

    # 2. title: the given one wherever it appears near the top, else a headline-like first line
    detected_title = ""
    t_idx = -1
    head = range(min(n, _HEADER_SCAN))
    if title:
        key = _title_key(title)
        # a line with the title's key has the same word-character runs, and each of its words
        # (_WORD) holds at least one run: lines with more words cannot match (no key needed)
        n_runs = len(key.split())
        for i in head:
            if free(i) and key and _may_have_key(paras[i].text, words[i], n_runs) and _title_key(paras[i].text) == key:
                paras[i].reason = "title"
                t_idx = i if t_idx < 0 else t_idx
    # 3. an unpunctuated line just above a credited caption is its alt text / first half
    for i, p in enumerate(paras):
        if p.reason == "caption" and p.rule >= 0 and free(i - 1) and not terminal[i - 1] and words[i - 1] >= 3:
            paras[i - 1].reason = "caption"

    if t_idx < 0:
        for i in head:
            if not free(i):
                continue
            if terminal[i] and words[i] >= _ANCHOR_MIN_WORDS:
                break  # the body started: no headline above it
            t = paras[i].text
            if (
                _TITLE_MIN_WORDS <= words[i] <= _TITLE_MAX_WORDS
                and (not terminal[i] or t.rstrip()[-1:] in "?!")
                and not _INNER_STOP.search(t)
                and not _NAME_LINE.match(t)
                and i + 1 < n
            ):
                paras[i].reason = "title"
                detected_title, t_idx = t, i
                break

    # 4. byline: the given author, a "By ..." line, or a name-like line next to the title;
    #    a standfirst is what sits between title and a byline below it.
    byline = ""
    standfirst_parts: list[str] = []
    akey = _title_key(_BY_PREFIX.sub("", author)) if author else ""
    a_runs = len(akey.split())  # + 2 below: the line may start with "written by" etc. (removed)
    for i in head:
        p = paras[i]
        if p.reason == "byline" and not byline:
            byline = _BY_PREFIX.sub("", p.text).strip()
        elif akey and free(i) and _may_have_key(p.text, words[i], a_runs + 2) and _title_key(_BY_PREFIX.sub("", p.text)) == akey:
            p.reason = "byline"
            byline = byline or _BY_PREFIX.sub("", p.text).strip()
    if t_idx >= 0:
        if free(t_idx - 1) and _NAME_LINE.match(paras[t_idx - 1].text):
            paras[t_idx - 1].reason = "byline"
            byline = byline or _BY_PREFIX.sub("", paras[t_idx - 1].text).strip()
        for k in range(t_idx + 1, min(n, t_idx + 4)):
            if paras[k].reason == "byline" or (free(k) and _NAME_LINE.match(paras[k].text)):
                between = [j for j in range(t_idx + 1, k) if free(j) or paras[j].reason == "caption"]
                sf = [j for j in between if free(j)]
                if len(sf) <= 2 and all(terminal[j] and words[j] <= _STANDFIRST_MAX_WORDS for j in sf):
                    paras[k].reason = "byline"
                    byline = byline or _BY_PREFIX.sub("", paras[k].text).strip()
                    for j in sf:
                        paras[j].reason = "standfirst"
                        standfirst_parts.append(paras[j].text)
                break
            if not (free(k) or paras[k].reason == "caption"):
                break

    # 5. teaser blocks: 'Author ·' lines (>= 2 on the page) take the lines above them along
    ext_idx = [i for i, p in enumerate(paras) if p.rule >= 0 and rules.extend_up[p.rule] > 0]
    if len(ext_idx) >= 2:
        for i in ext_idx:
            reason = paras[i].reason
            for j in range(i - 1, max(-1, i - 1 - rules.extend_up[paras[i].rule]), -1):
                if paras[j].reason not in ("", "caption"):
                    break
                paras[j].reason = reason
    else:
        for i in ext_idx:
            paras[i].reason, paras[i].rule = "", -1

    # 6. caption copies of body sentences; repeated paragraphs
    tokens: list[frozenset[str] | None] = [None] * n

    def toks(i: int) -> frozenset[str]:
        t = tokens[i]
        if t is None:
            t = frozenset(_TOKEN.findall(_PAREN_SHORT.sub(" ", paras[i].text).casefold()))
            tokens[i] = t
        return t

    seen: dict[str, int] = {}
    casefolded: list[str | None] = [None] * n
    for i, p in enumerate(paras):
        if not free(i) or words[i] < _DUP_MIN_TOKENS:
            continue
        if terminal[i]:
            key = " ".join(_TOKEN.findall(p.text.casefold()))
            if words[i] >= 8 and key in seen:
                p.reason = "duplicate"
            else:
                seen.setdefault(key, i)
            continue
        ti = toks(i)
        if len(ti) < _DUP_MIN_TOKENS:
            continue
        # A copy misses at most (1 - containment) of the caption's tokens, so one of its k
        # longest tokens, k = that many + 1, occurs in the paragraph: a substring test on the
        # case-folded paragraph rejects most paragraphs before their token sets are built.
        k = 0
        while len(ti) - k >= _DUP_CONTAINMENT * len(ti):
            k += 1
        probes = sorted(ti, key=lambda t: (-len(t), t))[:k]
        for j in range(max(0, i - _DUP_WINDOW), min(n, i + _DUP_WINDOW + 1)):
            if j == i or not free(j) or not terminal[j]:
                continue
            folded = casefolded[j]
            if folded is None:
                folded = casefolded[j] = paras[j].text.casefold()
            if not any(map(folded.__contains__, probes)):
                continue
            tj = toks(j)
            if len(ti & tj) >= _DUP_CONTAINMENT * len(ti) and len(tj) <= 3 * len(ti):
                p.reason = "duplicate"
                break

    # 7. body range: first .. last prose paragraph still unlabelled
    anchors = [
        i for i in range(n)
        if free(i) and ((terminal[i] and words[i] >= _ANCHOR_MIN_WORDS) or words[i] >= _ANCHOR_LONG_WORDS)
    ]
    if not anchors:  # a very short text: any sentence will do
        anchors = [i for i in range(n) if free(i) and terminal[i]]
    first, last = (anchors[0], anchors[-1]) if anchors else (n, -1)
    # short sentences right next to the body ("No one was hurt.") belong to it
    while anchors and first > 0 and free(first - 1) and terminal[first - 1] and paras[first - 1].text[-1] not in ":;":
        first -= 1
    while anchors and last + 1 < n and free(last + 1) and terminal[last + 1] and paras[last + 1].text[-1] not in ":;":
        last += 1
    long_free = [i for i in range(n) if free(i) and words[i] >= 12]
    open_ended = sum(1 for i in long_free if not terminal[i])
    punctuation_informative = open_ended < 2 or open_ended <= _OPEN_ENDED_MAX * len(long_free)

    # 8. outside the body: inherit the boilerplate block's reason, else navigation / footer
    def inherit(indices: range | list[int], default: str) -> None:
        idx = list(indices)
        for order in (idx, idx[::-1]):
            prev: _Para | None = None
            for i in order:
                p = paras[i]
                if not p.reason and prev is not None and prev.block == p.block and prev.reason in _CHROME:
                    p.reason = prev.reason
                prev = p
        for i in idx:
            if not paras[i].reason:
                paras[i].reason = default

    # a sentence-like line left above the body is the outlet's summary (dek / story highlights)
    for i in range(0, min(first, n)):
        if free(i) and words[i] >= 8 and not _NAME_LINE.match(paras[i].text):
            paras[i].reason = "standfirst"
            standfirst_parts.append(paras[i].text)
    inherit(range(0, min(first, n)), "navigation")
    inherit(range(last + 1, n), "footer")

    # 9. inside the body: lines without final punctuation are captions or crossheads
    for i in range(first, last + 1):
        if not free(i) or terminal[i]:
            continue
        t = paras[i].text
        if words[i] < _CAPTION_MIN_WORDS:
            paras[i].reason = "heading"
        elif _CAPTION_CUE.search(t) or (
            punctuation_informative
            and words[i] <= _CAPTION_MAX_WORDS
            and not _SPEECH.search(t)
            and not _INNER_STOP.search(t)
        ):
            paras[i].reason = "caption"

    out_title = title if title else detected_title
    return out_title, byline, "\n\n".join(standfirst_parts)


def clean_article(
    raw: str,
    *,
    title: str | None = None,
    author: str | None = None,
    rules: str = "boilerplate.csv",
) -> Article:
    """Separate an article's own paragraphs from the scraped page around them.

    Parameters
    ----------
    raw
        The scraped text (plain text or HTML-ish); anything else is coerced with ``str`` and
        ``None``/NaN count as empty. Never raises on odd input.
    title
        A known title (e.g. from the manifest). It wins over a detected headline, and the line
        that repeats it in the text is removed with reason ``"title"``.
    author
        A known author; a line consisting of it (optionally "By ...") is removed as the byline.
    rules
        Bundled name or path of the boilerplate rule table (see ``boilerplate.csv``).

    Returns
    -------
    Article
        ``title``, ``byline``, ``body`` (paragraphs joined by blank lines), ``notes``
        (correction notes), ``removed`` (``(text, reason)`` for every dropped line) and
        ``standfirst``.

    Examples
    --------
    >>> raw = "Advert\\nThe minister resigned on Monday after a week of protests.\\nNo comments"
    >>> art = clean_article(raw)
    >>> art.body
    'The minister resigned on Monday after a week of protests.'
    >>> art.removed
    [('Advert', 'advert'), ('No comments', 'comments')]
    """
    art, _, _ = _clean(raw, title=title, author=author, rules=rules)
    return art


def _clean(
    raw: Any, *, title: str | None, author: str | None, rules: str = "boilerplate.csv", counted: bool = False
) -> tuple[Article, list[tuple[int, str, str]], tuple[int, int] | None]:
    """The article, the removed lines with their line numbers, and — when ``counted`` — the
    body's readability token counts (``readability._token_counts(body)``, summed over the kept
    lines: each line is tokenised once, for the line rules and for readability)."""
    if title is not None and not isinstance(title, str):
        title = None if (isinstance(title, float) and title != title) else str(title)
    if author is not None and not isinstance(author, str):
        author = None if (isinstance(author, float) and author != author) else str(author)
    title = (title or "").strip() or None
    author = (author or "").strip() or None
    markup: list[tuple[int, str, str]] = []
    text = _normalise(raw, markup)
    paras = _paragraphs(text)
    counts = words = None
    if counted:
        from ..detect.readability.core import _token_counts, line_words

        counts = [_token_counts(p.text) for p in paras]
        words = [line_words(c[0]) for c in counts]
    out_title, byline, standfirst = _classify(paras, _compiled_rules(rules), title, author, words)
    body = [p.text for p in paras if not p.reason]
    notes = [p.text for p in paras if p.reason == "correction"]
    removed_rows = markup + [(p.line_no, p.text, p.reason) for p in paras if p.reason]
    art = Article(
        title=out_title or "",
        byline=byline,
        body="\n\n".join(body),
        notes=notes,
        removed=[(t, r) for _, t, r in removed_rows],
        standfirst=standfirst,
    )
    body_counts = None
    if counts is not None:
        kept = [c for c, p in zip(counts, paras) if not p.reason]
        body_counts = (sum(c[0] for c in kept), sum(c[1] for c in kept))
    return art, removed_rows, body_counts


def _cell(row: pd.Series, col: str) -> str | None:
    if col not in row.index:
        return None
    v = row[col]
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
        return None
    s = str(v).strip()
    return s or None


def clean_corpus(corpus: pd.DataFrame, *, rules: str = "boilerplate.csv") -> pd.DataFrame:
    """Clean every article of a corpus; returns a copy with the cleaning columns added.

    Parameters
    ----------
    corpus
        A corpus as returned by :func:`analysis.load_corpus` (needs ``text``; uses ``title`` and
        ``author`` when present).
    rules
        Bundled name or path of the boilerplate rule table.

    Returns
    -------
    pandas.DataFrame
        The input columns plus ``title`` (the input title wins when non-empty, else the detected
        headline), ``byline``, ``standfirst``, ``body``, ``notes`` (list), ``removed`` (list of
        ``(text, reason)``), ``n_removed`` and ``chars_removed_frac`` (removed characters over
        the raw text length; 0 for an empty text). Rows are never dropped.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": ["Talks resume"],
    ...                    "text": ["Talks resume\\nThe two sides met again on Monday in Brest."]})
    >>> out = clean_corpus(df)
    >>> out.loc[0, "body"], out.loc[0, "removed"]
    ('The two sides met again on Monday in Brest.', [('Talks resume', 'title')])
    """
    from ..errors import check_corpus_frame

    check_corpus_frame(corpus, what="clean_corpus")
    out = corpus.copy()
    cols: dict[str, list[Any]] = {k: [] for k in (
        "title", "byline", "standfirst", "body", "notes", "removed", "n_removed", "chars_removed_frac")}
    texts = corpus["text"] if "text" in corpus.columns else pd.Series([""] * len(corpus), index=corpus.index)
    # not iterrows(): it re-infers a string dtype per row, which cannot hold a lone surrogate
    meta = {c: corpus[c].tolist() for c in ("title", "author") if c in corpus.columns}
    rows = (pd.Series({c: v[i] for c, v in meta.items()}, dtype=object) for i in range(len(corpus)))
    for row, raw in zip(rows, texts):
        art = clean_article(raw if isinstance(raw, str) else ("" if raw is None or (isinstance(raw, float) and raw != raw) else str(raw)),
                            title=_cell(row, "title"), author=_cell(row, "author"), rules=rules)
        raw_len = len(raw) if isinstance(raw, str) else 0
        chars = sum(len(t) for t, _ in art.removed)
        cols["title"].append(art.title)
        cols["byline"].append(art.byline or (_cell(row, "author") or ""))
        cols["standfirst"].append(art.standfirst)
        cols["body"].append(art.body)
        cols["notes"].append(list(art.notes))
        cols["removed"].append(list(art.removed))
        cols["n_removed"].append(len(art.removed))
        cols["chars_removed_frac"].append(min(1.0, chars / raw_len) if raw_len else 0.0)
    for k, v in cols.items():
        out[k] = pd.Series(v, index=corpus.index, dtype=object if k not in ("n_removed", "chars_removed_frac") else None)
    out["n_removed"] = out["n_removed"].astype("int64")
    out["chars_removed_frac"] = out["chars_removed_frac"].astype("float64")
    return out


def removal_table(corpus: pd.DataFrame, *, rules: str = "boilerplate.csv") -> pd.DataFrame:
    """One row per removed line, for auditing the cleaning (notebook 01).

    Parameters
    ----------
    corpus
        The raw corpus (with ``text``) or the output of :func:`clean_corpus`. The text is
        re-cleaned so that line numbers are available; without a ``text`` column the
        ``removed`` column is expanded and ``line_no`` is missing.
    rules
        Bundled name or path of the boilerplate rule table.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, outlet, line_no`` (1-based line of the raw text after newline
        normalisation; 0 for HTML markup), ``reason, text``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
    ...                    "text": ["Advert\\nThe talks resumed on Monday in the city of Brest."]})
    >>> removal_table(df)[["line_no", "reason", "text"]].values.tolist()
    [[1, 'advert', 'Advert']]
    """
    rows: list[dict[str, Any]] = []
    ids = corpus["article_id"] if "article_id" in corpus.columns else pd.Series(corpus.index, index=corpus.index)
    outlets = corpus["outlet"] if "outlet" in corpus.columns else pd.Series([None] * len(corpus), index=corpus.index)
    for (idx, row), aid, outlet in zip(corpus.iterrows(), ids, outlets):
        if "text" in corpus.columns:
            raw = row["text"]
            title = _cell(row, "title")
            _, removed, _ = _clean(raw, title=title, author=_cell(row, "author"), rules=rules)
            for line_no, text, reason in removed:
                rows.append({"article_id": aid, "outlet": outlet, "line_no": line_no, "reason": reason, "text": text})
        elif "removed" in corpus.columns:
            for text, reason in row["removed"] or []:
                rows.append({"article_id": aid, "outlet": outlet, "line_no": pd.NA, "reason": reason, "text": text})
    df = pd.DataFrame(rows, columns=["article_id", "outlet", "line_no", "reason", "text"])
    df["line_no"] = df["line_no"].astype("Int64")
    return df
