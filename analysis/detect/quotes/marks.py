"""Pairing quotation marks into quotation pieces (the rules are in the package docstring).

The text is cut into blocks (paragraphs); every mark is classified from its context (open,
close, weak close, either, apostrophe); each block's marks are paired with one stack of two
families (double and single); a quotation left open at a block end continues into the next
block when that block opens with a mark of the same family (the multi-paragraph rule).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from ...text.typography import (
    CLOSING_QUOTES,
    DOUBLE_QUOTES,
    DOUBLED_SINGLE_QUOTES,
    OPENING_QUOTES,
    QUOTE_MARKS,
    SINGLE_QUOTES,
)
from ...text.words import WORD_CHAR

__all__ = ["Piece", "blocks", "raw_pieces", "mark_len", "family", "classify_mark", "first_nonspace"]

_OPEN_GLYPH = frozenset(OPENING_QUOTES)
_CLOSE_GLYPH = frozenset(CLOSING_QUOTES)
_DOUBLED = frozenset(DOUBLED_SINGLE_QUOTES)
# left neighbours that let a mark open / right neighbours that let it close
_OPEN_LEFT = frozenset("([{—–-/" + QUOTE_MARKS)
_CLOSE_RIGHT = frozenset(".,;:!?)]}…—–-/" + QUOTE_MARKS)
_NOT_OPEN_RIGHT = frozenset(".,;:!?)]}")
# typographic elisions that begin with an apostrophe ('90s, 'n', 'em, 'til, 'cause, 'tis, 'twas)
_ELISION_RE = re.compile(
    r"(?:\d\ds?\b|n['’]|em\b|til\b|cause\b|tis\b|twas\b|bout\b)", re.IGNORECASE
)
# Blocks: lines, joined across a soft line break (no terminal punctuation before it, a lower-case
# letter after it).  Possessive runs of ordinary characters keep it a C-speed scan.
_BLOCK_RE = re.compile(r"(?:[^\n\r\u2028\u2029]++|(?<![.!?:;\"'”’\n\r])\r?\n(?=[ \t]*[a-z]))++")


class Piece(NamedTuple):
    """One quotation piece before attribution: the quoted words ``[start, end)``, the offsets
    of its opening and closing marks (``close`` is -1 when it has none), its block and the
    quotation (group) it belongs to."""

    start: int
    end: int
    open: int
    close: int
    block_start: int
    block_end: int
    group: int


def mark_len(text: str, i: int) -> int:
    """Length of the mark at ``i`` (2 for two single marks typed as a double one)."""
    return 2 if text[i : i + 2] in _DOUBLED else 1


def family(text: str, i: int) -> int:
    """0 for a double mark, 1 for a single mark, at offset ``i``."""
    return 0 if (text[i] in DOUBLE_QUOTES or text[i : i + 2] in _DOUBLED) else 1


def _single_role(text: str, i: int, lo: int, hi: int, can_open: bool, can_close: bool) -> str:
    """The role of a single mark (``' ‘ ’``), which may be an apostrophe."""
    ch = text[i]
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    if left.isalnum() and right.isalnum():
        return "apos"  # it's, that’s, 5'9
    if can_open and not can_close:
        return "apos" if _ELISION_RE.match(text, i + 1, hi) else "open"
    if can_close and not can_open:
        if i >= lo + 2 and text[i - 1] in "nN" and text[i - 2] in "'’":
            return "apos"  # the second mark of 'n'
        if left in "sS" and right == " ":
            j = i + 1
            while j < hi and text[j] == " ":
                j += 1
            if j < hi and (text[j].islower() or text[j].isdigit()):
                return "weak"  # countries' top diplomats
        return "close"
    if ch in _OPEN_GLYPH:
        return "open"
    if ch in _CLOSE_GLYPH:
        return "close"
    if left.isspace() and not right.isspace():
        return "open"  # before a stop, after a space: "on their '.gov' accounts" never closes
    return "either"


def classify_mark(text: str, i: int, lo: int, hi: int) -> str:
    """Role of the mark at ``i`` in block ``[lo, hi)``: open/close/weak/either/apos."""
    n = mark_len(text, i)
    ch = text[i]
    left = text[i - 1] if i > lo else " "
    right = text[i + n] if i + n < hi else " "
    l_space, r_space = left.isspace(), right.isspace()
    can_open = (l_space or left in _OPEN_LEFT) and not r_space and right not in _NOT_OPEN_RIGHT
    can_close = not l_space and left not in "([{" and (r_space or right in _CLOSE_RIGHT)
    if n == 1 and ch in SINGLE_QUOTES:
        return _single_role(text, i, lo, hi, can_open, can_close)
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if ch in _OPEN_GLYPH:
        return "open"
    if ch in _CLOSE_GLYPH:
        return "close"
    return "either"


def _marks(text: str) -> list[tuple[int, int]]:
    """(position, family) of every quotation mark of the text, in order (one scan).  A mark
    never spans a line break, so a block's marks are a slice of these."""
    # every character of QUOTE_MARKS, two single marks typed as a double one taken as one mark
    # (as a left-to-right scan for "''|‘‘|’’|[marks]" takes them), found with one str.find scan
    # per mark character: a regex tries its character set at every position
    found = []
    for c in QUOTE_MARKS:
        k = text.find(c)
        while k >= 0:
            found.append(k)
            k = text.find(c, k + 1)
    found.sort()
    out: list[tuple[int, int]] = []
    taken = -1  # the second character of a doubled mark
    for p in found:
        if p == taken:
            continue
        if text[p : p + 2] in _DOUBLED:
            out.append((p, 0))
            taken = p + 1
        else:
            out.append((p, 0 if text[p] in DOUBLE_QUOTES else 1))
    return out


def _weak_closes(
    marks: list[tuple[int, int]], roles: list[str], k: int, fam: int, depth: int = 1
) -> bool:
    """A weak closer closes only when fewer other closers of its family follow before the next
    opener of its family than quotations of its family are open (``depth``): with one open, when
    none follows; with a quotation nested in another of the same marks ('… dictatorship 'has to
    do with … things' makes clear …,' wrote Klein), also when only the outer one's follows."""
    closers = 0
    for j in range(k + 1, len(marks)):
        if marks[j][1] != fam:
            continue
        if roles[j] == "open":
            break
        if roles[j] in ("close", "weak", "either"):
            closers += 1
            if closers >= depth:
                return False
    return closers < depth


def _pair_block(text: str, lo: int, hi: int, marks: list[tuple[int, int]]):
    """Pair the marks of one block (its (position, family) pairs).

    Returns (pairs, unclosed): pairs = [(open_pos, close_pos)] of outermost quotations (a
    negative close_pos: unterminated, ends before that mark); unclosed = position of the
    outermost opener left open at the block end, or None.
    """
    roles = [classify_mark(text, p, lo, hi) for p, _ in marks]
    stack: list[tuple[int, int]] = []  # (family, pos)
    n_open = [0, 0]  # open marks per family on the stack (keeps every step O(1) amortised)
    pairs: list[tuple[int, int]] = []
    for k, (pos, fam) in enumerate(marks):
        role = roles[k]
        if role == "apos":
            continue
        if role == "either":
            role = "close" if n_open[fam] else "open"
        elif role == "weak":
            if not n_open[fam] or not _weak_closes(marks, roles, k, fam, n_open[fam]):
                continue
            role = "close"
        if (
            role == "close"
            and fam == 0
            and not n_open[0]
            and n_open[1]
            and mark_len(text, pos) == 2
        ):
            # two single closers typed together: a quotation nested in another of the same
            # single marks ends with it ("'… saying, 'Yes I am; I was adopted.''")
            for at in (pos, pos + 1)[: n_open[1]]:
                while stack[-1][0] != 1:
                    n_open[stack.pop()[0]] -= 1
                _, op = stack.pop()
                n_open[1] -= 1
                if not stack:
                    pairs.append((op, at))
            continue
        if role == "close":
            if not n_open[fam]:
                continue  # stray closer / apostrophe
            while stack[-1][0] != fam:
                n_open[stack.pop()[0]] -= 1
            _, op = stack.pop()
            n_open[fam] -= 1
            if not stack:
                pairs.append((op, pos))
        else:  # open
            if stack and stack[-1][0] == fam and fam == 0:
                # a double quotation opened inside an open double one: the first lost its
                # closing mark (single quotations may nest: 'I'm the new 'champ-champ.' I said')
                _, op = stack.pop()
                n_open[fam] -= 1
                if not stack:
                    pairs.append((op, -pos))  # unterminated, ends before this mark
            stack.append((fam, pos))
            n_open[fam] += 1
    return pairs, (stack[0][1] if stack else None)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def first_nonspace(text: str, lo: int, hi: int) -> int:
    """The first offset in ``[lo, hi)`` that is not white space (``hi`` if none)."""
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def blocks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the blocks (paragraphs) quotations and attributions live in."""
    return [m.span() for m in _BLOCK_RE.finditer(text)]


def _continues(
    text: str, spans: list[tuple[int, int]], content: list[bool], bi: int, fam: int, op: int
) -> bool:
    """Whether the next content block after block ``bi`` opens with a mark of family ``fam``
    (the multi-paragraph rule) and of the same typing as the open mark at ``op``: a straight
    mark is not continued by a curly one (a block quote in straight marks with a quotation in
    curly ones inside: '"The administration …\n\n“I don't want …,” Earnest said."')."""
    nxt = bi + 1
    while nxt < len(spans) and not content[nxt]:
        nxt += 1
    if nxt >= len(spans):
        return False
    nlo, nhi = spans[nxt]
    f = first_nonspace(text, nlo, nhi)
    return (
        f < nhi
        and text[f] in QUOTE_MARKS
        and family(text, f) == fam
        and (text[f] == '"') == (text[op] == '"')
        and classify_mark(text, f, nlo, nhi) in ("open", "either")
    )


def _block_items(
    text: str, lo: int, hi: int, marks: list[tuple[int, int]]
) -> list[tuple[int, int | None]]:
    """(open, close) of the block's outermost quotations in order; close None: left open."""
    pairs, unclosed = _pair_block(text, lo, hi, marks) if marks else ([], None)
    items: list[tuple[int, int | None]] = list(pairs)
    if unclosed is not None:
        items.append((unclosed, None))
    items.sort()
    return items


def raw_pieces(text: str, spans: list[tuple[int, int]]) -> list[Piece]:
    """The quotation pieces of ``text`` given its blocks, in order; pieces of one
    multi-paragraph quotation share a group."""
    content = [bool(WORD_CHAR.search(text, a, b)) for a, b in spans]
    all_marks = _marks(text)
    mark_pos = [p for p, _ in all_marks]
    i = 0
    pieces: list[Piece] = []
    group = -1
    pending = None  # family of a quotation continuing from the previous content block
    for bi, (lo, hi) in enumerate(spans):
        if not content[bi]:
            continue
        i, j = bisect_left(mark_pos, lo, i), bisect_left(mark_pos, hi, i)
        first = first_nonspace(text, lo, hi)
        cont_family, pending = pending, None
        for op, cl in _block_items(text, lo, hi, all_marks[i:j]):
            continues = False
            if cl is None:
                fam = family(text, op)
                continues = _continues(text, spans, content, bi, fam, op)
                if not (continues or fam == 0 or op == first):
                    continue  # an unclosed single mark inside a block: an unrecognised apostrophe
                end, close_pos = hi, -1
            elif cl < 0:
                end, close_pos = -cl, -1
            else:
                end, close_pos = cl, cl
            s, e = _trim(text, op + mark_len(text, op), end)
            if e <= s:
                continue
            if not (cont_family is not None and op == first and family(text, op) == cont_family):
                group += 1  # else: the continuation of the previous piece
            cont_family = None
            pieces.append(Piece(s, e, op, close_pos, lo, hi, group))
            if cl is None and continues:
                pending = family(text, op)
    return pieces
