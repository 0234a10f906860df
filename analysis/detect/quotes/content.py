"""What was reported: the content span and the kind of each attribution.

Kinds (:data:`ATTRIBUTION_KINDS`)
---------------------------------
``direct``
    The content is a quotation: ``'We will finish it,' Peskov said``, ``Peskov told Reuters:
    '…'``, ``said that '…'``.  The content runs from the first to the last quoted word (all
    pieces of a multi-paragraph quotation).
``mixed``
    Reported speech around a partial quotation: ``Peskov said Russia was "finishing the
    demilitarisation"``.  The content is the reported clause, quotation included.
``indirect``
    Reported speech without quotation marks: ``Peskov said Russia would stop``, ``Russia would
    stop, Peskov said``, ``…, saying it was over``.
``according_to``
    ``According to the ministry, …`` / ``…, according to the ministry.``

Content rules
-------------
A quotation tied to the attribution is its content (``direct``), unless words of the
reported clause stand between the verb and the quotation (``mixed``: the clause).  Otherwise,
when the attribution closes its sentence after a comma (``Russia would stop, Peskov said.``,
``…, according to X.``), the content is the sentence before it; else it is the clause after
the verb, to the end of the sentence or to the next attribution in the sentence, after an
optional ``that`` when only an addressee, a time or a place stands between verb and ``that``
(``told reporters on Tuesday that …``).  ``According to X, …`` reports what follows its comma.
The reported voice of an article is every content character outside quotation marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ...text.words import ALNUM, GLUED_STOP
from ..reported_content import addressee_end, role_start
from .records import Attribution, Quote
from .sentences import sentence_end, sentence_start

__all__ = ["ATTRIBUTION_KINDS", "with_content"]

#: Attribution kinds, in report order.
ATTRIBUTION_KINDS: tuple[str, ...] = ("direct", "mixed", "indirect", "according_to")

_WORD = re.compile(r"[^\s,;:]+")
# words that may stand between a verb and its "that": addressee, time, place, manner
_BRIDGE = frozenset(
    "on in at to during after before last this that's today yesterday tonight earlier later "
    "again also then recently repeatedly publicly privately previously a an the his her their "
    "its our my statement statements interview interviews reporters journalists conference "
    "news briefing speech remarks rally call email letter post week month year weekend morning "
    "afternoon evening night television radio phone telephone camera program show of with "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_STOPS = ".!?…"
_NEW_CLAUSE = re.compile(r"[,;]|\s(?:and|but)\s")
_TRAILING_AND = re.compile(r"\s+(?:and|but|or)$")
_CONJUNCTION_ENDS = ("and", "but", "or", "and\n", "but\n", "or\n")
_TRAILING = ",;:—–-" + _STOPS
_LEAD = " \t\n,:;—–-"


def _skip_to_that(text: str, a: int, b: int) -> int:
    """After an optional bridge (addressee, time, place) and ``that``: where the clause starts."""
    for n, m in enumerate(_WORD.finditer(text, a, b)):
        w = m.group().lower().strip("'\"“”‘’")
        if w == "that":
            return m.end()
        if n >= 8 or not (w in _BRIDGE or m.group()[:1].isupper() or w.endswith("ly")):
            break
    return a


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces, lead punctuation and a final stop or comma; (-1, -1) when nothing is left."""
    while s < e and text[s] in _LEAD:
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _TRAILING):
        e -= 1
        # (only a span ending in the conjunction, or in it and a line break, can match)
        if text.endswith(_CONJUNCTION_ENDS, s, e) and (m := _TRAILING_AND.search(text, s, e)):
            e = m.start()
    return (s, e) if ALNUM.search(text, s, e) else (-1, -1)


def _group_spans(quotes: Sequence[Quote]) -> dict[int, tuple[int, int, int, int]]:
    """Per quotation group: (first word, last word, opening mark, end of closing mark)."""
    out: dict[int, tuple[int, int, int, int]] = {}
    for q in quotes:
        first = out.get(q.quote_id)
        if first is None:
            out[q.quote_id] = (
                q.start,
                q.end,
                q.start - len(q.open_mark),
                q.end + len(q.close_mark),
            )
        else:
            out[q.quote_id] = (first[0], q.end, first[2], q.end + len(q.close_mark))
    return out


def _tied_content(
    text: str, a: Attribution, span: tuple[int, int, int, int], hi: int, next_start: int
) -> tuple[str, int, int]:
    qs, qe, qo, qc = span
    if qo < a.verb_start:
        return "direct", qs, qe  # the quotation comes first: "'…,' Peskov said"
    gap = text[a.end : qo].strip(" \t\n,")
    clause = _skip_to_that(text, addressee_end(text, a.verb, a.end), qo)
    if not gap or gap.endswith(":") or text[clause:qo].strip(" \t\n,") == "":
        return "direct", qs, qe
    se = min(sentence_end(text, qc, hi), next_start)
    s, e = _strip(text, clause, max(se, qc))
    return ("mixed", s, e) if s >= 0 else ("direct", qs, qe)


def _untied_content(
    text: str, a: Attribution, lo: int, hi: int, next_start: int
) -> tuple[int, int]:
    first = min(a.start, a.verb_start)
    ss = sentence_start(text, lo, first)
    se = min(sentence_end(text, a.verb_end, hi), next_start)
    if glued := GLUED_STOP.search(text, a.verb_end, se):
        se = glued.end()  # a sentence glued to the next ("… nations.Russia was expelled")
    before = text[ss : role_start(text, ss, first)].rstrip()
    after = text[a.end : se].strip(" \t\n" + _STOPS)
    if before.endswith(",") and (not after or a.verb.lower().startswith("according")):
        return _strip(text, ss, ss + len(before))  # "Russia would stop, Peskov said."
    if a.verb.lower().startswith("according"):
        comma = text.find(",", a.end, se)
        return _strip(text, comma + 1, se) if comma >= 0 else (-1, -1)
    if a.end < a.speaker_start < se:
        # an opening clause whose speaker follows its comma ("After saying he would not run,
        # Mayor Brand entered the race"): the content ends at that comma
        comma = text.rfind(",", a.end, a.speaker_start)
        if comma >= 0:
            se = comma
    return _strip(text, _skip_to_that(text, addressee_end(text, a.verb, a.end), se), se)


def with_content(
    text: str,
    attrs: Sequence[Attribution],
    quotes: Sequence[Quote],
    blocks: Sequence[tuple[int, int]],
) -> list[Attribution]:
    """The attributions with ``kind``, ``content_start`` and ``content_end`` set.

    Parameters
    ----------
    text
        The text.
    attrs
        Attributions in text order (``quote_id`` set on the ones tied to a quotation).
    quotes
        The quotations of ``text`` (pieces in text order).
    blocks
        The text's blocks (:func:`analysis.detect.quotes.marks.blocks`).
    """
    bstarts = [b[0] for b in blocks]
    opens = [q.start - len(q.open_mark) for q in quotes]
    groups = _group_spans(quotes)
    out = []
    for i, a in enumerate(attrs):
        bi = max(0, bisect_right(bstarts, a.verb_start) - 1)
        lo, hi = blocks[bi] if blocks else (0, len(text))
        nxt = attrs[i + 1] if i + 1 < len(attrs) else None
        next_start = hi
        if nxt is not None and nxt.verb_start < hi:
            first = nxt.speaker_start if nxt.speaker_start >= a.verb_end else nxt.verb_start
            first = min(first, nxt.verb_start)
            if _NEW_CLAUSE.search(text, a.verb_end, first):
                next_start = first  # "said …, adding …" / "blasted Congress and said …"
        if a.quote_id is not None:
            kind, s, e = _tied_content(text, a, groups[a.quote_id], hi, next_start)
        else:
            kind = "according_to" if a.verb.lower().startswith("according") else "indirect"
            s, e = _untied_content(text, a, lo, hi, next_start)
            k = bisect_left(opens, s)
            if s >= 0 and k < len(opens) and opens[k] < e:
                kind = "mixed" if kind == "indirect" else kind
        out.append(a._replace(kind=kind, content_start=s, content_end=e))
    return out
