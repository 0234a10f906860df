"""Quotations, scare quotes, speakers and attribution-verb stance.

``find_quotes(text)`` returns every quotation in a news text as character spans of the quoted
words (without the marks), in every house style of the bundled corpus: straight ``"…"``,
curly ``“…”``, mixed straight/curly in either direction (RT), British single quotes ``'…'``
and ``‘…’`` where the same character is also the apostrophe (``it's``, ``countries' top
diplomats``, ``that’s``, ``'90s``, ``rock 'n' roll``), quotes inside quotes, and the
newspaper multi-paragraph rule.

How quotation marks are paired
------------------------------
1. **Blocks.** The text is cut into blocks at line breaks (scraped news has one paragraph per
   line; a single line break before a lowercase letter after a line that does not end in
   terminal punctuation or a mark is a soft wrap and does not cut).  A quotation never runs
   past its block, except by the multi-paragraph rule (4).
2. **Classify every mark from its context** (like CommonMark's "flanking" rule).  A mark *can
   open* when its left neighbour is the block start, a space, an opening bracket/dash/slash or
   another mark, and its right neighbour is not a space or closing punctuation; it *can close*
   when its left neighbour is not a space/opening bracket and its right neighbour is the block
   end, a space, punctuation or another mark.  Only when the context allows both or neither
   does the glyph decide (``“ ‘ „ «`` open, ``” ’ »`` close; straight marks stay ambiguous and
   close if one of their family is open, else open).  Single marks (``' ‘ ’``) are
   **apostrophes** when they sit between two letters/digits (``it's``, ``that’s``), when they
   open a known elision (``'90s``, ``'n'``, ``'em``, ``'til``, ``'cause``, ``'tis``), and a
   plural possessive ``s' `` followed by a lowercase word (``countries' top``) is only a *weak*
   closer: it closes an open single quote only when no other single closer follows before the
   next single opener.  A closer with no open quote of its family is a stray (or an
   apostrophe) and is ignored.
3. **Pair per block with one stack** of open marks of two families (double ``" “ ” „ « »``
   and single ``' ‘ ’ ‚ ‹ ›``), so that quotes inside quotes of the other family nest.  A
   closer pops the stack down to the nearest opener of its family (unclosed inner quotes are
   dropped).  Only outermost pairs become :class:`Quote` objects; inner quotes are part of
   their text.
4. **Multi-paragraph rule.** When a block ends with a quotation still open and the next block
   that contains a letter or digit starts with an opening mark of the same family, the piece
   runs to the end of the block and the next block's quotation continues it: all pieces share
   a ``quote_id``.  Otherwise an unclosed *double* quotation (a missing closing mark) ends at
   the end of its block; an unclosed single one is kept only if it opened the block (else the
   mark was an apostrophe we could not recognise).

Kinds
-----
A quotation is ``"direct"`` (quoted speech) when any of these holds, checked in order:

1. it runs over several paragraphs, or has no closing mark;
2. it is sentence-initial (nothing but the sentence start or a colon lead-in before the
   opening mark);
3. a reporting verb is *attached* to it: ``said '…'`` / ``said: '…'`` right before it, or
   ``'…,' Peskov said`` / ``'…' said Peskov`` right after it (at most four words between);
4. it sits inside reported speech: a reporting verb earlier in the same sentence introduces
   the clause that contains it, with no comma, semicolon, dash or other quotation between
   (``Peskov added that Russia is "finishing the demilitarization"``, ``Kuleba had said he
   was open to talks but only if they were 'meaningful'``).  Verbs whose subcategory is in
   :data:`CLAUSE_SUBCATEGORIES` (*say, claim, insist, warn* …) always introduce a clause; other
   verbs only when the next word is *that*, a pronoun, a determiner, a capitalised word or a
   time word (``announced new 'humanitarian corridors'`` is not reported speech).  A verb of
   subcategory ``labelling`` (*called*) never makes reported speech.  A sentence ending
   ``…, according to X`` is reported speech too.

Otherwise it is ``"scare"`` when it is a quoted title or name in Title Case (``"The Kid Who
Would Be King"``) or has at most ``SCARE_MAX_WORDS`` (4) words and no sentence break, ``?``,
``!`` or ``…`` at its end (US-style ``,``/``.`` inside the marks do not count); longer
quotations are ``"direct"``.  So ``'special military operation'``, ``'barbarians'`` (after
``posted another message, calling the army``), ``“genocide”`` and ``'humanitarian
corridors'`` are scare quotes.  Both kinds are quotations for voice purposes.

Attribution
-----------
A reporting verb comes from ``lexicons/attribution_verbs.csv`` (term -> stance class).  Its
speaker is the noun phrase before it (``Kremlin spokesman Dmitry Peskov said``, ``the ministry
said``, ``Mykhailo Podoliyak, an advisor to …, posted``), or after it when inverted
(``…," said Peskov``) or after ``according to``.  A quotation takes the attribution right
after its closing mark (``…,' Peskov said`` / ``…" said Peskov`` / ``…,' he wrote``), else
the one before its opening mark in the same sentence (colon lead-ins, ``Peskov told Reuters
that "…"``), else one later in the same sentence.  A direct quotation with none that opens
its sentence continues the last speaker: it takes the last attribution before it when that
is in the same or the previous paragraph (``Chapman says that's not what …`` / new paragraph
``"Commonly, …"``), or when that is the previous direct quotation's attribution at most two
paragraphs back (a photo caption may sit between).  Pronouns (``he``, ``she``,
``they``) are resolved to the last named speaker of an attribution before them: ``he``/``she``
to the last speaker whose phrase contains a proper name and does not start with a determiner,
``they`` to the last non-pronoun speaker; ``I``, ``we``, ``it`` stay as written.  A ``he``/``she``
is *ambiguous* (left unresolved) when another capitalised name acts as a subject earlier in
the same sentence (``Putin recognized … what he called``).  The side
comes from the topic pack's actors table; unknown speakers stay ``None``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from ...errors import LexiconError
from ...lexicons import read_table
from ...records import maker, with_value
from ...text.scan import KeyedPattern

__all__ = [
    "Quote",
    "Attribution",
    "find_quotes",
    "find_attributions",
    "analyse_quotes",
    "quote_features",
    "attribution_verbs",
    "actors_table",
    "STANCE_CLASSES",
    "SCARE_MAX_WORDS",
    "CLAUSE_SUBCATEGORIES",
]

#: Default reporting-verb table and actors table (topic pack).
DEFAULT_VERBS = "attribution_verbs.csv"
DEFAULT_ACTORS = "packs/ukraine-2022/actors.csv"
#: Stance classes of the bundled verb table (``category`` column), in report order.
STANCE_CLASSES: tuple[str, ...] = ("neutral", "distancing", "endorsing", "guilt", "pressure", "emotive", "tentative")
#: A quotation of at most this many words can be a scare quote.
SCARE_MAX_WORDS = 4

# --------------------------------------------------------------------------- marks
_DOUBLE = '"“”„«»'
_SINGLE = "'‘’‚‹›"
_OPEN_GLYPH = frozenset("“„«‘‚‹")
_CLOSE_GLYPH = frozenset("”»’›")
_MARKS = _DOUBLE + _SINGLE
# two single marks typed for a double one (’’ ‘‘ '') count as one double mark
_DOUBLED = frozenset(("’’", "‘‘", "''"))
_MARK_RE = re.compile("’’|‘‘|''|[" + re.escape(_MARKS) + "]")
# left neighbours that let a mark open / right neighbours that let it close
_OPEN_LEFT = frozenset("([{—–-/" + _MARKS)
_CLOSE_RIGHT = frozenset(".,;:!?)]}…—–-/" + _MARKS)
_NOT_OPEN_RIGHT = frozenset(".,;:!?)]}")
# typographic elisions that begin with an apostrophe ('90s, 'n', 'em, 'til, 'cause, 'tis, 'twas)
_ELISION_RE = re.compile(r"(?:\d\ds?\b|n['’]|em\b|til\b|cause\b|tis\b|twas\b|bout\b)", re.IGNORECASE)
# a block: runs of text between line breaks; a soft wrap (no terminal punctuation before a single
# line break, lowercase letter after it) does not cut
# Blocks: lines, joined across a soft line break (no terminal punctuation before it, a lower-case
# letter after it).  Possessive runs of ordinary characters keep it a C-speed scan.
_BLOCK_RE = re.compile(r"(?:[^\n\r\u2028\u2029]++|(?<![.!?:;\"'”’\n\r])\r?\n(?=[ \t]*[a-z]))++")
_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
_ALNUM_RE = re.compile(r"\w")
_LEAD_WORD_RE = re.compile(r"\w+")
_SENT_END_RE = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_TERMINAL_INSIDE_RE = re.compile(r"[?!…]\s*$|[.!?…][\"'”’)]*\s+\S")

# --------------------------------------------------------------------------- closed-class words
# (grammar, not a curated lexicon: used to delimit the speaker noun phrase)
_PRONOUNS = frozenset("he she they it we i you".split())
_DETERMINERS = frozenset("the a an his her their its our this these those one another some".split())
_CONNECTORS = frozenset("of for to at de van von al bin".split())
_SKIP_BEFORE_VERB = frozenset(
    "has have had also later then previously earlier repeatedly again further once long "
    "reportedly had already thus far not never would will could both all "
    "subsequently recently separately".split()
)
_NP_STOP = frozenset(
    "that which who whom whose when while as and but or so if because since after before "
    "although though where whether than then also is was were are be been being has have had "
    "will would could should may might must can do does did not no in on at by with from into "
    "onto over under about against during without within between through across toward towards "
    "upon per via what how why there here it's said says say told don't doesn't didn't won't "
    "can't isn't wasn't aren't weren't two three four five six seven eight nine ten several many "
    "few most all both each every other such only more".split()
)
# a capitalised name acting as a subject: "Putin recognized", "Trudeau stressed"
_SUBJECT_NAME_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+ed)\b")
_PASSIVE_BY = re.compile(r"\s+by\s+(?:(?:the|a|an)\s+)?[A-Z]")
_TOKEN_RE = re.compile(r"[^\W_](?:[\w.\-]|['’](?=\w))*+|[,–—-]")  # possessive: same matches


@dataclass(frozen=True)
class Quote:
    """One quotation piece: ``text[start:end] == quote.text`` (the words inside the marks).

    Attributes
    ----------
    start, end
        Character offsets of the quoted words, without the quotation marks.
    text
        The quoted words.
    kind
        ``"direct"`` (quoted speech) or ``"scare"`` (short term in the outlet's own sentence).
    speaker
        The speaker phrase as written (pronouns resolved), or ``None``.
    verb, stance
        The reporting verb as written and its stance class, or ``None``.
    quote_id
        Pieces of one multi-paragraph quotation share it; numbered from 0 in text order.
    side
        The speaker's side from the actors table, or ``None``.
    open_mark, close_mark
        The opening and closing mark characters (``""`` when the piece has none, e.g. a
        multi-paragraph piece that runs to the end of its paragraph).
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    verb: str | None = None
    stance: str | None = None
    quote_id: int = 0
    side: str | None = None
    open_mark: str = ""
    close_mark: str = ""


@dataclass(frozen=True)
class Attribution:
    """A reporting verb with its speaker: ``text[start:end] == attribution.text``.

    Attributes
    ----------
    start, end, text
        Span from the first to the last character of speaker and verb together.
    verb, verb_start, verb_end
        The reporting verb as written and its offsets.
    stance, subcategory
        Stance class and subcategory from the verb table.
    speaker, speaker_start, speaker_end
        The speaker phrase as written and its offsets (``None``/``-1`` when not found).
    resolved
        The speaker after pronoun resolution (equals ``speaker`` when not a pronoun).
    side
        Side of the resolved speaker from the actors table, or ``None``.
    quote_id
        The quotation it introduces, or ``None`` (an attribution without quotation marks).
    """

    start: int
    end: int
    text: str
    verb: str
    verb_start: int
    verb_end: int
    stance: str
    subcategory: str
    speaker: str | None
    speaker_start: int
    speaker_end: int
    resolved: str | None
    side: str | None
    quote_id: int | None = None


# --------------------------------------------------------------------------- tables
_new_quote = maker(Quote)
_new_attribution = maker(Attribution)


@dataclass(frozen=True)
class _Verbs:
    regex: re.Pattern
    stance: Mapping[str, tuple[str, str]]
    scanner: KeyedPattern  # regex, scanned only where a verb's first word occurs (same matches)
    suffix_safe: bool = False


class _VerbIndex:
    """The reporting verbs of one text (one scan), answering "the verbs in ``text[a:b]``" as
    a scan of that window would, from the whole-text matches where that is provably the
    same, else by scanning the window."""

    __slots__ = ("text", "regex", "matches", "starts", "safe")

    def __init__(self, text: str, verbs: _Verbs) -> None:
        self.text, self.regex, self.safe = text, verbs.regex, verbs.suffix_safe
        self.matches = [(m.start(), m.end(), m.group()) for m in verbs.scanner.finditer(text)]
        self.starts = [m[0] for m in self.matches]

    def within(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """(start, end, verb) of the matches of a scan of ``text[a:b]`` (absolute offsets)."""
        text, n = self.text, len(self.text)
        # a window edge inside a word: the window scan may see a different word there
        edge_in_word = (0 < a < n and _is_word_char(text[a - 1]) and _is_word_char(text[a])) or (
            0 < b < n and _is_word_char(text[b - 1]) and _is_word_char(text[b])
        )
        if self.safe and not edge_in_word:
            i, j = bisect_left(self.starts, a), bisect_left(self.starts, b)
            found = self.matches[i:j]
            if not found or found[-1][1] <= b:
                return found
        return [(a + m.start(), a + m.end(), m.group()) for m in self.regex.finditer(text[a:b])]


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


@dataclass(frozen=True)
class _Actors:
    rows: tuple[tuple[re.Pattern, str], ...]
    sides: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False, repr=False)


def _verbs_from_rows(rows: Iterable[Mapping[str, str]], where: str) -> _Verbs:
    stance: dict[str, tuple[str, str]] = {}
    for i, row in enumerate(rows):
        term = " ".join(str(row.get("term", "")).lower().split())
        cat = str(row.get("category", "")).strip()
        if not term or not cat:
            raise LexiconError(f"{where}, row {i + 1}: a reporting verb needs 'term' and 'category'.")
        stance.setdefault(term, (cat, str(row.get("subcategory", "") or "").strip()))
    if not stance:
        raise LexiconError(f"{where}: no reporting verbs. Give at least one row (term, category).")
    pat = r"\b" + _trie_regex(list(stance)) + r"\b"
    regex = re.compile(pat, re.IGNORECASE)
    runs = [_LEAD_WORD_RE.findall(t) if _LEAD_WORD_RE.match(t) else [] for t in stance]
    keys = [(r[0], r[1] if len(r) > 1 else None) if r else None for r in runs]
    # no multi-word verb ends with another verb ("called for" / "for"): then a scan of a window
    # that starts between two words of a verb finds nothing the whole-text scan does not
    suffix_safe = not any(" ".join(t.split()[k:]) in stance for t in stance for k in range(1, len(t.split())))
    return _Verbs(regex, stance, KeyedPattern(regex, None if None in keys else keys), suffix_safe)


def _trie_regex(terms: list[str]) -> str:
    """One regex for many terms, factored as a character trie (Python's ``re`` does not
    optimise a flat alternation; the trie makes the single pass over the text fast).
    Spaces inside multi-word terms match any whitespace; longer matches win."""
    trie: dict = {}
    for t in terms:
        node = trie
        for ch in t:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@lru_cache(maxsize=8)
def _verbs_from_source(source: str) -> _Verbs:
    return _verbs_from_rows(read_table(source), source)


def _actors_from_rows(rows: Iterable[Mapping[str, str]], where: str) -> _Actors:
    out = []
    for i, row in enumerate(rows):
        pat, side = str(row.get("pattern", "")).strip(), str(row.get("side", "")).strip()
        if not pat or not side:
            raise LexiconError(f"{where}, row {i + 1}: an actor needs 'pattern' and 'side'.")
        try:
            out.append((re.compile(pat, re.IGNORECASE), side))
        except re.error as exc:
            raise LexiconError(f"{where}, row {i + 1}: bad pattern {pat!r} ({exc}). Fix the regular expression.") from None
    return _Actors(tuple(out))


@lru_cache(maxsize=8)
def _actors_from_source(source: str) -> _Actors:
    return _actors_from_rows(read_table(source, required=("pattern", "side")), source)


def attribution_verbs(verbs: str | Path | Sequence[Mapping[str, str]] | None = None) -> dict[str, tuple[str, str]]:
    """Reporting verbs and their ``(stance, subcategory)``.

    Parameters
    ----------
    verbs
        ``None`` for the bundled ``lexicons/attribution_verbs.csv``, a path to a CSV with columns
        term, category, subcategory, source, note, or a sequence of row dicts.

    Returns
    -------
    dict
        Lower-cased verb form -> (stance class, subcategory).

    Examples
    --------
    >>> attribution_verbs()["claimed"]
    ('distancing', 'credibility')
    """
    return dict(_load_verbs(verbs).stance)


def actors_table(actors: str | Path | Sequence[Mapping[str, str]] | None = None) -> list[tuple[str, str]]:
    """The actors table as ``(pattern, side)`` pairs, first match wins.

    Parameters
    ----------
    actors
        ``None`` for the bundled ``packs/ukraine-2022/actors.csv``, a path to a CSV with columns
        pattern, name, side, role, source, note, or a sequence of row dicts.

    Returns
    -------
    list of (str, str)

    Examples
    --------
    >>> ("\\\\bpeskov\\\\b", "russian_government") in actors_table()
    True
    """
    return [(p.pattern, s) for p, s in _load_actors(actors).rows]


def _load_verbs(verbs) -> _Verbs:
    if verbs is None:
        return _verbs_from_source(DEFAULT_VERBS)
    if isinstance(verbs, _Verbs):
        return verbs
    if isinstance(verbs, (str, Path)):
        return _verbs_from_source(str(verbs))
    return _verbs_from_rows(list(verbs), "verbs")


def _load_actors(actors) -> _Actors:
    if actors is None:
        return _actors_from_source(DEFAULT_ACTORS)
    if isinstance(actors, _Actors):
        return actors
    if isinstance(actors, (str, Path)):
        return _actors_from_source(str(actors))
    return _actors_from_rows(list(actors), "actors")


def _side(speaker: str | None, actors: _Actors) -> str | None:
    if not speaker:
        return None
    cache = actors.sides
    if speaker in cache:
        return cache[speaker]
    side = next((side for pat, side in actors.rows if pat.search(speaker)), None)
    if len(cache) < 50_000:  # the same names recur across a corpus; bounded memory
        cache[speaker] = side
    return side


# --------------------------------------------------------------------------- mark pairing
def _mark_len(text: str, i: int) -> int:
    return 2 if text[i : i + 2] in _DOUBLED else 1


def _family(text: str, i: int) -> int:
    """0 for a double mark, 1 for a single mark, at offset ``i``."""
    return 0 if (text[i] in _DOUBLE or text[i : i + 2] in _DOUBLED) else 1


def _classify(text: str, i: int, lo: int, hi: int) -> str:
    """Role of the mark at ``i`` in block ``[lo, hi)``: open/close/weak/either/apos."""
    n = _mark_len(text, i)
    ch = text[i]
    left = text[i - 1] if i > lo else " "
    right = text[i + n] if i + n < hi else " "
    l_space, r_space = left.isspace(), right.isspace()
    can_open = (l_space or left in _OPEN_LEFT) and not r_space and right not in _NOT_OPEN_RIGHT
    can_close = not l_space and left not in "([{" and (r_space or right in _CLOSE_RIGHT)
    if n == 1 and ch in _SINGLE:
        if left.isalnum() and right.isalnum():
            return "apos"  # it's, that’s, 5'9
        if can_open and not can_close:
            if _ELISION_RE.match(text, i + 1, hi):
                return "apos"
            return "open"
        if can_close and not can_open:
            if i >= lo + 2 and text[i - 1] in "nN" and text[i - 2] in "'’" :
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
        return "either"
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
    """(position, family) of every quotation mark of the text, in order (one scan); family as
    in _family: a doubled or double mark is 0, a single one 1.  A mark never spans a line
    break, so a block's marks are a slice of these."""
    return [(m.start(), 0 if len(g := m[0]) == 2 or g in _DOUBLE else 1) for m in _MARK_RE.finditer(text)]


def _pair_block(text: str, lo: int, hi: int, marks: list[tuple[int, int]] | None = None):
    """Pair the marks of one block (``marks``: its (position, family) pairs, if known).

    Returns (pairs, unclosed): pairs = [(open_pos, close_pos)] of outermost quotations;
    unclosed = position of the outermost opener left open at the block end, or None.
    """
    if marks is None:
        marks = [(m.start(), 0 if len(g := m[0]) == 2 or g in _DOUBLE else 1) for m in _MARK_RE.finditer(text, lo, hi)]
    if not marks:
        return [], None
    roles = [_classify(text, p, lo, hi) for p, _ in marks]
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
            if not n_open[fam]:
                continue
            later = False
            for j in range(k + 1, len(marks)):
                if marks[j][1] != fam:
                    continue
                if roles[j] == "open":
                    break
                if roles[j] in ("close", "weak", "either"):
                    later = True
                    break
            if later:
                continue
            role = "close"
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


def _first_nonspace(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _blocks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the blocks (paragraphs) quotations and attributions live in."""
    return [m.span() for m in _BLOCK_RE.finditer(text)]


def _raw_pieces(text: str, blocks: list[tuple[int, int]]):
    """Yield raw pieces: (start, end, open_pos, close_pos|-1, block_lo, block_hi, group)."""
    content = [bool(_ALNUM_RE.search(text, a, b)) for a, b in blocks]
    all_marks = _marks(text)
    mark_pos = [p for p, _ in all_marks]
    i = 0
    pieces = []
    group = -1
    pending = None  # (family) of a quotation continuing from the previous content block
    for bi, (lo, hi) in enumerate(blocks):
        if not content[bi]:
            continue
        i, j = bisect_left(mark_pos, lo, i), bisect_left(mark_pos, hi, i)
        pairs, unclosed = _pair_block(text, lo, hi, all_marks[i:j]) if j > i else ([], None)
        first = _first_nonspace(text, lo, hi)
        cont_family = pending
        pending = None
        items = [(op, cl) for op, cl in pairs]
        if unclosed is not None:
            items.append((unclosed, None))
        items.sort()
        for op, cl in items:
            if cl is None:
                fam = _family(text, op)
                nxt = bi + 1
                while nxt < len(blocks) and not content[nxt]:
                    nxt += 1
                continues = False
                if nxt < len(blocks):
                    nlo, nhi = blocks[nxt]
                    f = _first_nonspace(text, nlo, nhi)
                    if f < nhi and text[f] in _MARKS and _family(text, f) == fam and _classify(text, f, nlo, nhi) in ("open", "either"):
                        continues = True
                keep = continues or fam == 0 or op == first
                if not keep:
                    continue
                end = hi
                close_pos = -1
            elif cl < 0:
                end, close_pos = -cl, -1
            else:
                end, close_pos = cl, cl
            s, e = _trim(text, op + _mark_len(text, op), end)
            if e <= s:
                continue
            if cont_family is not None and op == first and _family(text, op) == cont_family:
                gid = group  # continuation of the previous piece
            else:
                group += 1
                gid = group
            cont_family = None
            pieces.append((s, e, op, close_pos, lo, hi, gid))
            if cl is None and continues:
                pending = _family(text, op)
    return pieces, blocks


# --------------------------------------------------------------------------- attribution
_SENT_OPENERS = frozenset("\"'“‘([")


@lru_cache(maxsize=2)
def _sentence_index(text: str) -> tuple[list[int], list[int], list[int]]:
    """Every sentence end of ``text`` (``_SENT_END_RE``, one scan): the starts and ends of the
    matches and where their lookahead ends (a bounded search sees a match only if that is
    inside its bounds).  Cached: one article's quotations and attributions ask many times."""
    starts, ends, look = [], [], []
    n = len(text)
    for m in _SENT_END_RE.finditer(text):
        e = m.end()
        starts.append(m.start())
        ends.append(e)
        look.append(e + 2 if e < n and text[e] in _SENT_OPENERS else e + 1)
    return starts, ends, look


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence containing ``pos`` within its block starting at ``lo``: the end of
    the last sentence end that ``_SENT_END_RE.finditer(text, max(lo, pos - 400), pos)``
    finds (matches never overlap and start with a stop, so they are the text's own)."""
    starts, ends, look = _sentence_index(text)
    k = bisect_right(look, pos) - 1
    if k >= 0 and starts[k] >= max(lo, pos - 400):
        return ends[k]
    return lo


def _sentence_end(text: str, pos: int, hi: int) -> int:
    """Where the sentence containing ``pos`` ends (``_SENT_END_RE.search(text, pos,
    min(hi, pos + 400))``), or ``hi``."""
    starts, _, look = _sentence_index(text)
    k = bisect_left(starts, pos)
    if k < len(starts) and look[k] <= min(hi, pos + 400):
        return starts[k] + 1
    return hi


def _is_named_person(speaker: str) -> bool:
    """A phrase headed by a proper name ("Kremlin spokesman Dmitry Peskov", not "the ministry",
    not "Russia's invasion of Ukraine"): the word before any of/for/to is capitalized."""
    words = speaker.split()
    if not words or words[0].lower() in _DETERMINERS:
        return False
    head = words[-1]
    for k, w in enumerate(words):
        if w.lower() in _CONNECTORS and k > 0:
            head = words[k - 1]
            break
    return head[:1].isupper() and not re.search(r"['’]s$", head)


def _is_pronoun(s: str) -> bool:
    return s.lower() in _PRONOUNS


def _has_name(tokens: list[str]) -> bool:
    return any(t[:1].isupper() for t in tokens)


def _np_backward(text: str, a: int, b: int, verb_re: re.Pattern):
    """Speaker noun phrase ending just before ``b`` (verb start), looking no further than ``a``."""
    toks = list(_TOKEN_RE.finditer(text, a, b))  # Match objects: m[0] text, m.start(), m.end()
    # tokens must be contiguous to the verb: nothing but spaces between last token and b
    if not toks or text[toks[-1].end():b].strip():
        return None
    i = len(toks) - 1
    while i >= 0:
        t = toks[i][0]
        if t.lower() in _SKIP_BEFORE_VERB or (t.endswith("ly") and t.islower()):
            i -= 1
        elif t == "and" and i + 1 < len(toks) and toks[i + 1][0].endswith("ly"):
            i -= 1  # "repeatedly and emphatically denied"
        else:
            break
    if i < 0:
        return None
    # appositive: "Name, an adviser to X, said" / "Name - Turkey's foreign minister - announced"
    if toks[i][0] in ",–—-":
        sep = toks[i][0]
        j = i - 1
        while j >= 0 and i - j <= 25 and toks[j][0] not in (",–—-" if sep != "," else ","):
            j -= 1
        if j < 0 or i - j > 25 or i - j < 2:
            return None
        inner = " ".join(t[0] for t in toks[j + 1 : i])
        if verb_re.search(inner):
            return None
        np = _np_walk(text, toks, j - 1)
        inner_np = _np_walk(text, toks, i - 1)
        if (
            np is not None
            and inner_np is not None
            and inner_np[0] == j + 1
            and _is_named_person(text[toks[inner_np[0]].start() : toks[inner_np[1]].end()])
            and not _is_named_person(text[toks[np[0]].start() : toks[np[1]].end()])
        ):
            return toks[inner_np[0]].start(), toks[inner_np[1]].end()  # "DeLaet's agent, Danny Fritz, told"
        if np is None or not _has_name([t[0] for t in toks[np[0] : np[1] + 1]]):
            # "the director of operations, Jeff Fraser, says": the name is the apposition
            np = _np_walk(text, toks, i - 1)
            if np is None or np[0] != j + 1 or not _is_named_person(text[toks[np[0]].start() : toks[np[1]].end()]):
                return None
        return toks[np[0]].start(), toks[np[1]].end()
    np = _np_walk(text, toks, i)
    if np is None:
        return None
    return toks[np[0]].start(), toks[np[1]].end()


def _np_walk(text: str, toks, i: int):
    """Indices (first, last) of the noun phrase ending at token ``i``, or None."""
    if i < 0:
        return None
    w = toks[i][0]
    lw = w.lower().rstrip(".").replace("’", "'")
    if w in ",–—-":
        return None
    if lw in _PRONOUNS:
        return (i, i)
    if lw in _NP_STOP or lw in _DETERMINERS or re.search(r"['’]s?$", w) or not w[0].isalpha():
        return None
    first = i
    lower_run = 0
    j = i
    while j >= 0:
        t = toks[j][0]
        lt = t.lower().replace("’", "'")
        if t in ",–—-":
            break
        if j < i and text[toks[j].end() : toks[j + 1].start()].strip():
            break  # only spaces may separate the words of a noun phrase
        if lt in _DETERMINERS:
            first = j
            # "a spokesperson for the Russian government": continue over a connector
            if j >= 2 and toks[j - 1][0].lower() in ("for", "of", "to", "at") and toks[j - 2][0] not in ",–—-" and toks[j - 2][0].lower() not in _NP_STOP:
                j -= 2
                continue
            break
        if lt in _NP_STOP or not t[0].isalpha():
            break
        if lt in _CONNECTORS:
            j -= 1
            continue
        if t[0].islower():
            lower_run += 1
            if lower_run > 3:
                break
        first = j
        j -= 1
    # strip leading connectors
    while first < i and toks[first][0].lower() in _CONNECTORS:
        first += 1
    words = [toks[k][0] for k in range(first, i + 1)]
    if not (_has_name(words) or words[0].lower() in _DETERMINERS):
        return None
    if words[0].lower() not in _DETERMINERS and not words[-1][0].isupper():
        # lowercase head after a name ("Ukrainian officials", "Russia's foreign ministry"):
        # one lowercase word after a name, two after a possessive or a nationality adjective
        caps = [k for k, w in enumerate(words) if w[0].isupper()]
        tail = len(words) - 1 - caps[-1]
        cap = words[caps[-1]]
        if tail > 2 or (tail == 2 and not (re.search(r"['’]s$", cap) or re.search(r"(?:an|ese|ish|i|ch)$", cap))):
            return None
    if len(words) == 1 and words[0].lower() in _DETERMINERS:
        return None
    return first, i


def _np_forward(text: str, a: int, b: int):
    """Speaker noun phrase starting at ``a`` (after an inverted verb), up to ``b``."""
    toks = list(_TOKEN_RE.finditer(text, a, b))  # Match objects: m[0] text, m.start(), m.end()
    if not toks or text[a : toks[0].start()].strip():
        return None
    k = 0
    out_last = None
    lower_run = 0
    while k < len(toks) and k < 9:
        t = toks[k][0]
        lt = t.lower().rstrip(".")
        if k and text[toks[k - 1].end() : toks[k].start()].strip():
            break  # only spaces between the words of a noun phrase
        if t in ",–—-":
            break
        if k == 0 and lt in _PRONOUNS:
            return toks[0].start(), toks[0].end()
        if lt in _DETERMINERS:
            if k != 0:
                break
            k += 1
            continue
        if lt in _CONNECTORS and out_last is not None:
            k += 1
            continue
        if lt in _NP_STOP or not t[0].isalpha():
            break
        if t[0].islower():
            lower_run += 1
            if lower_run > 4:
                break
        out_last = k
        k += 1
    # "said oil and gas worker Mike Wipf": lowercase role words (and "and") before a name
    if out_last is None or (
        toks[0][0].lower() not in _DETERMINERS and not _has_name([t[0] for t in toks[: out_last + 1]])
    ):
        run_end = None
        for k2 in range(min(len(toks), 10)):
            t2 = toks[k2][0]
            if k2 and text[toks[k2 - 1].end() : toks[k2].start()].strip():
                break  # only spaces between the words of a noun phrase
            if t2 in ",–—-" or (t2[0].islower() and t2.lower() in _NP_STOP and t2.lower() != "and"):
                break
            if t2[0].isupper():
                run_end = k2
            elif run_end is not None:
                break
        if run_end is not None and toks[0][0].lower() not in _PRONOUNS:
            out_last = run_end
    if out_last is None:
        return None
    words = [t[0] for t in toks[: out_last + 1]]
    if not (_has_name(words) or words[0].lower() in _DETERMINERS):
        return None
    s, e = toks[0].start(), toks[out_last].end()
    if text[e - 1] == ".":
        e -= 1
    return s, e


def _attributions(
    text: str,
    verbs: _Verbs,
    actors: _Actors,
    exclude: Sequence[tuple[int, int]],
    blocks: list[tuple[int, int]] | None = None,
    vindex: _VerbIndex | None = None,
):
    """All reporting verbs with their speakers, in text order (pronouns resolved)."""
    if blocks is None:
        blocks = _blocks(text)
    bstarts = [b[0] for b in blocks]
    ex_starts = [s for s, _ in exclude]
    out = []
    last_name = None
    last_any = None
    vindex = vindex if vindex is not None else _VerbIndex(text, verbs)
    for vs, ve, verb in vindex.matches:
        k = bisect_right(ex_starts, vs) - 1
        if k >= 0 and exclude[k][0] <= vs < exclude[k][1]:
            continue  # inside a direct quotation
        bi = bisect_right(bstarts, vs) - 1
        if bi < 0:
            continue
        lo, hi = blocks[bi]
        term = " ".join(verb.lower().split())
        stance, sub = verbs.stance.get(term, ("neutral", ""))
        sp = None
        if term.endswith("ing"):
            # participle ", saying …": the speaker is the subject of the previous attribution
            # in the same sentence
            if not re.search(r"(?:,|\band)\s*$", text[max(lo, vs - 6) : vs]):
                continue
            ss = _sentence_start(text, lo, vs)
            prev_a = out[-1] if out and out[-1].verb_start >= ss and out[-1].resolved else None
            if prev_a is None:
                continue
            out.append(
                Attribution(
                    start=vs, end=ve, text=text[vs:ve], verb=verb, verb_start=vs, verb_end=ve,
                    stance=stance, subcategory=sub, speaker=None, speaker_start=-1, speaker_end=-1,
                    resolved=prev_a.resolved, side=prev_a.side,
                )
            )
            continue
        if term == "according to":
            sp = _np_forward(text, _first_nonspace(text, ve, hi), min(hi, ve + 120))
        else:
            ss = _sentence_start(text, lo, vs)
            sp = _np_backward(text, max(ss, vs - 160), vs, verbs.regex)
            if sp is None:
                # inverted: '…," said Peskov' — the verb directly follows a closing mark
                before = text[max(lo, vs - 4) : vs].rstrip()
                if before and before[-1] in _MARKS + ",":
                    sp = _np_forward(text, _first_nonspace(text, ve, hi), min(hi, ve + 120))
        if sp is None:
            continue
        if sub == "quote_only":
            # only next to a quotation: "'…,' he continued" / "he continued: '…'"
            s0 = min(sp[0], vs)
            pre = text[max(lo, s0 - 3) : s0].rstrip(" ,")
            post = text[ve : min(hi, ve + 3)].lstrip()
            if not ((pre and pre[-1] in _MARKS) or (post[:1] in _MARKS + ":")):
                continue
        if term != "according to" and _PASSIVE_BY.match(text, ve, min(hi, ve + 40)):
            continue  # passive: "a move denounced by Kyiv" (not "said by phone")
        speaker = text[sp[0] : sp[1]]
        last_word = speaker.split()[-1]
        if term.endswith("s") and last_word.islower() and last_word.endswith("s") and not last_word.endswith("ss"):
            continue  # "Wang Yi delivers remarks": a plural subject never takes a verb in -s
        resolved = speaker
        low = speaker.lower()
        if low in ("he", "she"):
            resolved = last_name
            if last_name is not None:
                # ambiguous when another named subject acts earlier in the pronoun's sentence
                # ("Putin recognized the republics …, before launching what he called …")
                ss = _sentence_start(text, lo, sp[0])
                for cm in _SUBJECT_NAME_RE.finditer(text, ss, sp[0]):
                    w = cm.group(1)
                    q = bisect_right(ex_starts, cm.start()) - 1
                    if q >= 0 and exclude[q][0] <= cm.start() < exclude[q][1]:
                        continue  # inside a quotation: not a subject of the outlet's sentence
                    if w.lower() not in _DETERMINERS and w.lower() not in _PRONOUNS and w not in last_name:
                        resolved = None
                        break
        elif low == "they":
            resolved = last_any
        elif not _is_pronoun(speaker):
            if _is_named_person(speaker):
                last_name = speaker
            last_any = speaker
        s, e = min(sp[0], vs), max(sp[1], ve)
        out.append(
            _new_attribution(  # every field, in order (records.maker)
                s, e, text[s:e], verb, vs, ve, stance, sub, speaker, sp[0], sp[1], resolved, _side(resolved, actors), None
            )
        )
    return out


# --------------------------------------------------------------------------- public API
def find_quotes(
    text: str,
    *,
    actors: str | Path | Sequence[Mapping[str, str]] | None = None,
    verbs: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> list[Quote]:
    """Find every quotation in ``text`` (see the module docstring for the rules).

    Parameters
    ----------
    text
        Any string (a cleaned article body, one paragraph per line or blank-line separated).
    actors
        Actors table (speaker -> side): ``None`` for the bundled ukraine-2022 pack, a CSV path,
        or row dicts with ``pattern`` and ``side``.
    verbs
        Reporting-verb table: ``None`` for ``lexicons/attribution_verbs.csv``, a CSV path, or
        row dicts with ``term`` and ``category``.

    Returns
    -------
    list of Quote
        In text order; ``text[q.start:q.end] == q.text``.  Pieces of one multi-paragraph
        quotation share ``quote_id``.

    Examples
    --------
    >>> [(q.text, q.kind, q.speaker, q.stance) for q in find_quotes("'We will finish it,' Peskov said.")]
    [('We will finish it,', 'direct', 'Peskov', 'neutral')]
    >>> [(q.text, q.kind) for q in find_quotes("It calls this a 'special military operation'.")]
    [('special military operation', 'scare')]
    """
    if not isinstance(text, str) or not text:
        return []
    return _analyse(text, _load_verbs(verbs), _load_actors(actors))[0]


def analyse_quotes(
    text: str,
    *,
    actors: str | Path | Sequence[Mapping[str, str]] | None = None,
    verbs: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> tuple[list[Quote], list[Attribution]]:
    """Quotations and attributions of a text in one pass.

    Equal to ``(find_quotes(text), find_attributions(text))`` at the cost of one of them; the
    per-article pipeline uses it and hands the attributions to :func:`quote_features`.

    Parameters
    ----------
    text
        Any string.
    actors, verbs
        As in :func:`find_quotes`.

    Returns
    -------
    quotes, attributions

    Examples
    --------
    >>> q, a = analyse_quotes("'We will finish it,' Peskov said. Kyiv denied it.")
    >>> [x.text for x in q], [(x.speaker, x.stance) for x in a]
    (['We will finish it,'], [('Peskov', 'neutral'), ('Kyiv', 'guilt')])
    """
    if not isinstance(text, str) or not text:
        return [], []
    return _analyse(text, _load_verbs(verbs), _load_actors(actors))


def _analyse(text: str, vt: _Verbs, at: _Actors) -> tuple[list[Quote], list[Attribution]]:
    """Quotations and attributions in one pass (attributions tied to their quotation)."""
    blocks = _blocks(text)
    vindex = _VerbIndex(text, vt)
    pieces, _ = _raw_pieces(text, blocks)
    if not pieces:
        return [], _attributions(text, vt, at, [], blocks, vindex)
    # group pieces
    groups: dict[int, list[tuple]] = {}
    for p in pieces:
        groups.setdefault(p[6], []).append(p)
    # kind
    kinds: dict[int, str] = {}
    for gid, ps in groups.items():
        kinds[gid] = _kind(text, ps, vt, vindex)
    direct_spans = sorted((p[2], (p[3] + 1) if p[3] >= 0 else p[1]) for p in pieces if kinds[p[6]] == "direct")
    attrs = _attributions(text, vt, at, direct_spans, blocks, vindex)
    attr_vs = [a.verb_start for a in attrs]
    # attach attributions per group
    info: dict[int, tuple] = {}
    prev = None  # (gid, block_index_of_last_piece, info)
    bstarts = [b[0] for b in blocks]
    content_rank, r = [], 0
    for blo, bhi in blocks:  # index among paragraphs that contain a letter or digit
        if _ALNUM_RE.search(text, blo, bhi):
            r += 1
        content_rank.append(r)
    opens = sorted(p[2] for p in pieces)
    tied: dict[int, int] = {}  # attribution index -> quote_id it introduces
    for gid in sorted(groups):
        ps = groups[gid]
        a = _attach(text, ps, attrs, attr_vs, opens)
        if a is not None:
            tied.setdefault(id(a), gid)
        first_block = bisect_right(bstarts, ps[0][2]) - 1
        opens_sentence = _sentence_start(text, ps[0][4], ps[0][2]) >= ps[0][2] - 1
        if a is None and kinds[gid] == "direct" and opens_sentence:
            # no attribution of its own: the quotation continues the last speaker, when the last
            # attribution before it is in the same or the previous paragraph ("Chapman says
            # that's not what …\n\n"Commonly, …"") or is the previous direct quotation's
            # (at most two paragraphs back: a photo caption may sit between)
            j = bisect_left(attr_vs, ps[0][2]) - 1
            if j >= 0 and attrs[j].resolved:
                ablock = bisect_right(bstarts, attrs[j].verb_start) - 1
                near = content_rank[first_block] - content_rank[ablock] <= 1
                if not near and prev is not None and prev[2] is attrs[j]:
                    near = content_rank[first_block] - content_rank[prev[1]] <= 2
                if near:
                    a = attrs[j]
        if a is not None:
            info[gid] = a
        if kinds[gid] == "direct":
            last_block = bisect_right(bstarts, ps[-1][2]) - 1
            prev = (gid, last_block, a)
    out = []
    for s, e, op, cl, lo, hi, gid in pieces:
        a = info.get(gid)
        speaker = a.resolved if a is not None else None
        out.append(
            _new_quote(  # every field, in order (records.maker)
                s, e, text[s:e], kinds[gid], speaker,
                a.verb if a is not None else None, a.stance if a is not None else None,
                gid, a.side if a is not None else None,
                text[op : op + _mark_len(text, op)],
                text[cl : cl + _mark_len(text, cl)] if cl >= 0 else "",
            )
        )
    attrs = [with_value(a, "quote_id", tied[id(a)]) if id(a) in tied else a for a in attrs]
    return out, attrs


def _post_window(text: str, ps) -> tuple[int, int]:
    s, e, op, cl, lo, hi, gid = ps[-1]
    a = cl + _mark_len(text, cl) if cl >= 0 else e
    return a, min(_sentence_end(text, a, hi), a + 160)


def _attach(text: str, ps, attrs, attr_vs, opens):
    """The attribution of one quotation group, or None (``opens``: sorted opening-mark offsets)."""
    # 1. right after the closing mark: "…,' Peskov said" / "…" said Peskov" / "…,' he wrote"
    a, b = _post_window(text, ps)
    k = bisect_left(opens, a)
    nxt_open = opens[k] if k < len(opens) and opens[k] < b else None
    b2 = nxt_open if nxt_open is not None else b
    i = bisect_left(attr_vs, a)
    if i < len(attrs) and attrs[i].verb_start < b2:
        at = attrs[i]
        gap = text[a : min(at.start, at.verb_start)]
        if not gap.strip(" ,;:—–-\t") or at.start <= a + 3:
            return at
    # 2. before the opening mark in the same sentence: colon lead-ins, "told Reuters that '…'"
    s0, _, op, _, lo, hi, _ = ps[0]
    ss = _sentence_start(text, lo, op)
    j = bisect_left(attr_vs, op) - 1
    if j >= 0 and attrs[j].verb_start >= ss:
        k = bisect_left(opens, attrs[j].verb_end)
        if k >= len(opens) or opens[k] >= op:  # no other quotation between verb and this one
            return attrs[j]
    # 3. later in the same sentence after the closing mark
    if i < len(attrs) and attrs[i].verb_start < b2:
        return attrs[i]
    return None


def _kind(text: str, ps, verbs: _Verbs, vindex: _VerbIndex | None = None) -> str:
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
    ss = _sentence_start(text, lo, op)
    if ss >= op - 1 or not before or before[-1] in ":":
        return "direct"  # sentence-initial or colon lead-in
    vindex = vindex if vindex is not None else _VerbIndex(text, verbs)
    if _attached(text, lo, k, inner, cl, hi, vindex):
        return "direct"
    reported = _in_reported_speech(text, ss, op, cl + _mark_len(text, cl), hi, verbs, vindex)
    if reported:
        return "direct"
    if _TITLE_RE.fullmatch(inner):
        return "scare"  # a quoted title or name in Title Case ("The Kid Who Would Be King")
    if len(_WORD_RE.findall(inner)) > SCARE_MAX_WORDS:
        return "direct"
    if _TERMINAL_INSIDE_RE.search(inner):
        return "direct"
    return "scare"


# Title Case: every word capitalised or a short lowercase function word, optional final , or .
_TITLE_RE = re.compile(
    r"[A-Z0-9][\w'’-]*(?:[ :]+(?:[A-Z0-9][\w'’-]*|(?:a|an|the|of|to|in|on|at|for|and|or|but|by|with|from|as|is)\b))+[,.]?"
)


def _attached(text: str, lo: int, k: int, inner: str, cl: int, hi: int, vindex: _VerbIndex) -> bool:
    """A reporting verb attached to the quotation: ``said '…'`` / ``said: '…'`` before it
    (in the block starting at ``lo``; the opening mark follows ``k`` and white space), or
    ``'…,' Peskov said`` / ``'…' said Peskov`` right after it."""
    before = vindex.within(max(lo, k - 40), k)
    if before and not text[before[-1][1] : k].strip(" ,:"):
        return True
    a2 = cl + _mark_len(text, cl)
    after = vindex.within(a2, max(a2, min(hi, cl + 60)))
    if not after or after[0][2].lower().endswith("ing"):
        return False  # "'completely immoral' saying …" is not an attribution of the quotation
    gap = text[a2 : after[0][0]]
    if gap.strip(" ,") == "":
        return True
    if text[a2 : a2 + 1] == "," or inner.endswith(","):
        # "'…,' Peskov said" / "'…', the ministry said" / "'like snipers,' he said"
        gap = gap.strip(" ,")
        return bool(gap) and len(gap.split()) <= 4 and not re.search(r"[.!?;]", gap)
    return False


#: Subcategories (verb table) of verbs that introduce a clause, not a noun object: after them
#: anything up to the quotation is reported speech ("said police were 'very committed'"); after
#: other verbs ("announced new 'humanitarian corridors'") the next word must start a clause.
CLAUSE_SUBCATEGORIES = frozenset(
    "say continuation reply credibility resoluteness argument admission denial warning hedge complaint".split()
)
_ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)
_CLAUSE_START_EXTRA = frozenset("that on in last this today yesterday earlier recently later".split())


def _in_reported_speech(
    text: str, ss: int, op: int, after_close: int, hi: int, verbs: _Verbs, vindex: _VerbIndex | None = None
) -> bool:
    """Is the quotation inside reported speech (a partial quotation of the speaker's words)?

    True when a reporting verb earlier in the same sentence introduces a clause that contains
    the quotation — the word after the verb starts a clause (``that``, a pronoun, a determiner,
    a capitalised name or a time adverbial: ``said his approach will be "comprehensive"``,
    ``told the country it will stop its onslaught 'in a moment'``) and no comma, semicolon or
    dash separates verb and quotation (``posted another message, calling the army
    'barbarians'`` stays a scare quote) — or when the sentence ends ``…, according to X``.
    """
    vindex = vindex if vindex is not None else _VerbIndex(text, verbs)
    found = vindex.within(max(ss, op - 400), op)  # bounded window
    if found:
        _, last_end, last_verb = found[-1]
        if last_verb.lower().startswith("according"):
            return True
        between = re.sub(r"[,:]\s*$", "", text[last_end:op].rstrip())
        if not re.search(r"[,;—–()\"“”«»]|\s-\s|(?<!\w)['‘’]|['‘’](?!\w)", between):
            words = between.split()
            if not words:
                return True
            sub = verbs.stance.get(" ".join(last_verb.lower().split()), ("", ""))[1]
            if sub == "labelling":
                return False  # "called the move 'completely immoral'": the outlet's label frame
            if sub in CLAUSE_SUBCATEGORIES:
                return True  # "said police were responsive and 'very committed'"
            w = words[0].lower().replace("’", "'")
            if w in _CLAUSE_START_EXTRA or w in _PRONOUNS or w in _DETERMINERS or words[0][0].isupper():
                return True
    se = min(_sentence_end(text, after_close, hi), after_close + 400)
    return bool(_ACCORDING_RE.search(text, after_close, se))


def find_attributions(
    text: str,
    *,
    quotes: Sequence[Quote] | None = None,
    actors: str | Path | Sequence[Mapping[str, str]] | None = None,
    verbs: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> list[Attribution]:
    """Reporting verbs with speaker and stance, with or without quotation marks.

    ``"Peskov claimed Russia had been forced…"`` and ``"the Kremlin insisted"`` are
    attributions without quotation marks; ``"…,' Peskov said"`` is one tied to a quotation
    (its ``quote_id`` is set).  Verbs inside direct quotations are not attributions of the
    outlet and are skipped.

    Parameters
    ----------
    text
        Any string.
    quotes
        The result of :func:`find_quotes` on the same text (computed when ``None``).
    actors, verbs
        As in :func:`find_quotes`.

    Returns
    -------
    list of Attribution
        In text order; ``text[a.start:a.end] == a.text``.

    Examples
    --------
    >>> [(a.speaker, a.verb, a.stance) for a in find_attributions("Peskov claimed Russia had been forced to act.")]
    [('Peskov', 'claimed', 'distancing')]
    """
    if not isinstance(text, str) or not text:
        return []
    vt = _load_verbs(verbs)
    at = _load_actors(actors)
    if quotes is None:
        return _analyse(text, vt, at)[1]
    direct = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
    attrs = _attributions(text, vt, at, direct)
    # tie each quotation's attribution (same verb offset range and speaker) to its quote_id
    first: dict[int, Quote] = {}
    for q in quotes:
        first.setdefault(q.quote_id, q)
    out = []
    used: set[int] = set()
    for a in attrs:
        gid = None
        for q in first.values():
            if q.quote_id in used or q.verb != a.verb or q.speaker != a.resolved:
                continue
            if abs(a.verb_start - q.end) < 200 or abs(a.verb_start - q.start) < 200:
                gid = q.quote_id
                break
        if gid is not None:
            used.add(gid)
            a = with_value(a, "quote_id", gid)
        out.append(a)
    return out


def quote_features(
    text: str,
    quotes: list[Quote] | None = None,
    *,
    attributions: Sequence[Attribution] | None = None,
    actors: str | Path | Sequence[Mapping[str, str]] | None = None,
    verbs: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> dict:
    """Per-article quotation features.

    Keys
    ----
    quote_share
        Characters inside direct quotations (the quoted words, without marks) / ``len(text)``
        (0.0 for an empty text).
    scare_share
        The same for scare quotes.
    n_direct_quotes
        Number of distinct direct quotations (a multi-paragraph quotation counts once).
    n_scare_quotes
        Number of scare quotes.
    n_attributions
        All reporting verbs with a speaker, with or without quotation marks.
    n_attributions_<stance>
        The same per stance class (``neutral``, ``distancing``, ``endorsing``, ``guilt``,
        ``pressure``, ``emotive``, ``tentative``, and any other class in a user's verb table).
    n_speakers
        Distinct speakers (case-insensitive, after pronoun resolution) of direct quotations.
    n_quotes_unattributed
        Direct quotations without a speaker.
    n_quotes_side_<side>
        Direct quotations whose speaker belongs to each side of the actors table, plus
        ``n_quotes_side_unknown`` for attributed speakers that match no actor.

    Parameters
    ----------
    text
        The article body.
    quotes
        :func:`find_quotes` output for ``text`` (computed when ``None``).
    attributions
        :func:`find_attributions` output for ``text`` (e.g. from :func:`analyse_quotes`);
        computed when ``None``.
    actors, verbs
        As in :func:`find_quotes`.

    Returns
    -------
    dict

    Examples
    --------
    >>> f = quote_features("'We will finish it,' Peskov said.")
    >>> f["n_direct_quotes"], f["n_quotes_side_russian_government"], f["n_attributions_neutral"]
    (1, 1, 1)
    """
    vt = _load_verbs(verbs)
    at = _load_actors(actors)
    if not isinstance(text, str):
        text = ""
    if not text:
        quotes, attrs = [], []
    elif quotes is None:
        quotes, attrs = _analyse(text, vt, at)
    elif attributions is not None:
        attrs = list(attributions)
    else:
        attrs = find_attributions(text, quotes=quotes, actors=at, verbs=vt)
    n = len(text)
    direct = [q for q in quotes if q.kind == "direct"]
    scare = [q for q in quotes if q.kind == "scare"]
    feats: dict = {
        "quote_share": (sum(q.end - q.start for q in direct) / n) if n else 0.0,
        "scare_share": (sum(q.end - q.start for q in scare) / n) if n else 0.0,
        "n_direct_quotes": len({q.quote_id for q in direct}),
        "n_scare_quotes": len({q.quote_id for q in scare}),
    }
    classes = list(STANCE_CLASSES) + sorted({c for c, _ in vt.stance.values()} - set(STANCE_CLASSES))
    feats["n_attributions"] = len(attrs)
    for c in classes:
        feats[f"n_attributions_{c}"] = sum(1 for a in attrs if a.stance == c)
    first = {}
    for q in direct:
        first.setdefault(q.quote_id, q)
    feats["n_speakers"] = len({q.speaker.lower() for q in first.values() if q.speaker})
    feats["n_quotes_unattributed"] = sum(1 for q in first.values() if not q.speaker)
    sides = []
    for _, s in at.rows:
        if s not in sides:
            sides.append(s)
    for s in sides:
        feats[f"n_quotes_side_{s}"] = sum(1 for q in first.values() if q.side == s)
    feats["n_quotes_side_unknown"] = sum(1 for q in first.values() if q.speaker and q.side is None)
    return feats
