"""Fast scanning for patterns whose every match starts with one of a known set of words.

A lexicon or reporting-verb pattern is one big alternation tried at every word boundary of the
text; Python's ``re`` walks the alternatives one by one there, so a 6,000-character article
costs a third to two thirds of a millisecond per pattern.  Almost none of those boundaries
can start a match: a match of ``\\b(?:said|claimed|according\\s+to|…)\\b`` starts with the
word ``said``, ``claimed``, ``according`` … .

:class:`KeyedPattern` uses that.  From the parsed pattern it derives the *first word* every
match must start with (its **keys**).  To scan a text it

1. case-folds the text character by character (length-preserving, so offsets stay valid) with
   the classes ``re.IGNORECASE`` itself uses;
2. finds, in one scan, every word start where a key occurs as a whole word (followed by one of
   its second words, when that is certain): the keys are compiled once into a character trie,
   so at a word start ``re`` follows one branch per letter instead of trying every
   alternative; and
3. runs the ORIGINAL pattern, anchored, at those positions only, left to right, skipping
   positions inside the previous match.

Step 3 is exactly what ``finditer`` does at the positions where a match can start, and every
match starts at a candidate, so the matches are identical to ``pattern.finditer(text)``.
Alternatives whose first word cannot be derived (a pattern starting with ``\\d``, a class, a
repeat) are *fallback* alternatives: they are scanned with their own lookahead pattern (every
position where one of them matches), optionally skipped when the text lacks a literal they all
require.  If nothing useful can be derived, :meth:`KeyedPattern.finditer` is plain ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

__all__ = ["KeyedPattern", "KeyGroup", "fold", "first_words", "required_literals", "contains_any", "cased_chars", "first_char_class", "first_char_guard"]

_WORD_KEY = re.compile(r"\w+")
_MAX_PATHS = 20000  # give up deriving keys beyond this many alternative paths


# --------------------------------------------------------------------------- case folding
@lru_cache(maxsize=1)
def cased_chars() -> str:
    """Every character with a case mapping (only these can match another one case-insensitively)."""
    return "".join(
        c for c in map(chr, range(0x110000))
        if not 0xD800 <= ord(c) <= 0xDFFF and (c.lower() != c or c.upper() != c or c.casefold() != c)
    )


def _case_pairs() -> Iterator[tuple[str, str]]:
    """Pairs of characters that ``re.IGNORECASE`` treats as equal (the engine's own tables:
    simple lower-case mapping plus its extra cases such as ``s``/``ſ``, ``k``/Kelvin sign)."""
    try:
        import _sre
        from re import _casefix

        lower = _sre.unicode_tolower
        for c in range(0x110000):
            lc = lower(c)
            if lc != c:
                yield chr(c), chr(lc)
        for k, vs in _casefix._EXTRA_CASES.items():
            for v in vs:
                yield chr(k), chr(v)
    except (ImportError, AttributeError):  # pragma: no cover - another Python: ask the engine
        universe = cased_chars()
        for c in universe:
            for d in re.findall(re.escape(c), universe, re.IGNORECASE):
                yield c, d


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """Character -> one representative of its ``re.IGNORECASE`` equivalence class.

    The classes are the union closure of :func:`_case_pairs`, so two characters that
    ``re.IGNORECASE`` lets match each other fold to the same character (the ASCII lower-case
    letter where the class has one).  Every mapping is one character to one character, so
    offsets are preserved.
    """
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        parent.setdefault(c, c)
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for c, d in _case_pairs():
        a, b = root(c), root(d)
        if a != b:
            parent[max(a, b)] = min(a, b)
    classes: dict[str, list[str]] = {}
    for c in list(parent):
        classes.setdefault(root(c), []).append(c)
    table: dict[int, int] = {}
    for members in classes.values():
        rep = next((c for c in members if "a" <= c <= "z"), None) or min(members, key=lambda c: (not c.islower(), c))
        for c in members:
            if c != rep:
                table[ord(c)] = ord(rep)
    return table


def fold(text: str) -> str:
    """Case-fold ``text`` character by character, as ``re.IGNORECASE`` compares characters.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Same length as ``text``.

    Examples
    --------
    >>> fold("Kiev SAID \\u212a")
    'kiev said k'
    """
    if text.isascii() or not _lower_unsafe().search(text):
        return text.lower()  # the same result, an order of magnitude faster
    return text.translate(_fold_table())


@lru_cache(maxsize=1)
def _lower_unsafe() -> re.Pattern[str]:
    """Characters for which ``str.lower`` differs from :func:`fold` (``ſ``, ``İ``, Greek
    sigma …): text without them can be folded with the much faster ``str.lower``."""
    table = _fold_table()
    members = set(table) | set(table.values())
    odd = sorted(chr(c) for c in members if chr(c).lower() != chr(table.get(c, c)))
    return re.compile("[" + "".join(map(re.escape, odd)) + "]") if odd else re.compile(r"(?!x)x")


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """:func:`fold` of ``text``, cached for the last few texts (several patterns scan the same
    article body)."""
    return fold(text)


def _tail(seconds: frozenset[str] | None) -> str:
    """What must follow a key: the end of the word, or non-word characters and one of
    ``seconds`` (a lookahead)."""
    if seconds is None:
        return r"(?!\w)"
    return r"(?=\W++(?:" + "|".join(map(re.escape, sorted(seconds, key=lambda w: (-len(w), w)))) + r")(?!\w))"


def _key_trie(tails: dict[str, str]) -> str:
    """One regex matching, at the start of a word, any of the keys followed by its tail: the
    keys as a character trie (``re`` then tries one branch per letter at a word start, not
    one alternative per key)."""
    root: dict = {}
    for key, tail in tails.items():
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[None] = tail

    def emit(node: dict) -> str:
        alts = [node[None]] if None in node else []
        alts += [re.escape(ch) + emit(node[ch]) for ch in sorted(c for c in node if c is not None)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # zero-width (a lookahead): a match consumes nothing, so no key occurrence hides another
    return r"(?<!\w)(?=" + emit(root) + ")"


# --------------------------------------------------------------------------- first words
def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _class_is_nonword(items: Any) -> bool:
    """Whether a parsed character class (``IN``) can only match non-word characters."""
    from re import _constants as sc

    for op, av in items:
        if op is sc.LITERAL:
            if _is_word_char(chr(av)):
                return False
        elif op is sc.CATEGORY:
            if av not in (sc.CATEGORY_SPACE, sc.CATEGORY_NOT_WORD):
                return False
        elif op is sc.RANGE:
            lo, hi = av
            if hi - lo > 256 or any(_is_word_char(chr(x)) for x in range(lo, hi + 1)):
                return False
        else:
            return False
    return True


def _paths(seq: Any, limit: int) -> list[list[tuple[Any, Any]]] | None:
    """Flatten groups and alternations of a parsed sequence into linear op paths, keeping
    only as many leading ops as decide the first word (None: too many paths)."""
    from re import _constants as sc

    paths: list[list[tuple[Any, Any]]] = [[]]
    for op, av in seq:
        if op is sc.SUBPATTERN:
            subs = _paths(av[3], limit)
        elif op is sc.ATOMIC_GROUP:
            subs = _paths(av, limit)
        elif op is sc.BRANCH:
            subs = []
            for branch in av[1]:
                b = _paths(branch, limit)
                if b is None:
                    return None
                subs.extend(b)
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT) and av[0] == 0 and av[1] == 1:
            body = _paths(av[2], limit)  # optional: with and without
            subs = None if body is None else [[]] + body
        else:
            subs = [[(op, av)]]
        if subs is None:
            return None
        paths = [p + s for p in paths for s in subs]
        if len(paths) > limit:
            return None
    return paths


def _nonword_only(op: Any, av: Any) -> bool:
    """Whether a parsed op can only consume non-word characters (possibly none)."""
    from re import _constants as sc

    if op is sc.LITERAL:
        return not _is_word_char(chr(av))
    if op is sc.IN:
        return _class_is_nonword(av)
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
        return all(_nonword_only(o, a) or o in (sc.AT, sc.ASSERT, sc.ASSERT_NOT) for o, a in av[2])
    return False


def _consumes(op: Any, av: Any) -> bool:
    """Whether a non-word-only op always consumes at least one character."""
    from re import _constants as sc

    return op in (sc.LITERAL, sc.IN) or (
        op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT) and av[0] >= 1 and any(_consumes(o, a) for o, a in av[2])
    )


def _path_words(path: Sequence[tuple[Any, Any]]) -> tuple[str, str | None] | None:
    """The first word every match of a linear op path starts with, and its second word when
    that is certain too; None if even the first is unknown.

    A word is a run of word-character literals; it must be followed by something that can only
    match non-word characters (at least one, for the first word), or by the end of the
    alternative (the callers' patterns end every alternative with a word boundary).
    """
    from re import _constants as sc

    zero_width = (sc.AT, sc.ASSERT, sc.ASSERT_NOT)
    words: list[str] = []
    run: list[str] = []
    k = 0
    n = len(path)
    while k < n and len(words) < 2:
        op, av = path[k]
        if op in zero_width:
            if op is sc.AT and av is not sc.AT_BOUNDARY:
                break
            k += 1
            continue
        if op is sc.LITERAL and _is_word_char(chr(av)):
            run.append(chr(av))
            k += 1
            continue
        if not run or not _nonword_only(op, av) or not _consumes(op, av):
            run = [] if not words else run  # an unknown continuation: the run is not a word
            break
        words.append("".join(run))
        run = []
        # skip the non-word separator (and zero-width assertions) up to the next word
        while k < n and (path[k][0] in zero_width or _nonword_only(*path[k])):
            if path[k][0] is sc.AT and path[k][1] is not sc.AT_BOUNDARY:
                k = n + 1
                break
            k += 1
    else:
        if run and len(words) < 2 and k == n:
            words.append("".join(run))  # the alternative ends with the word
    if not words:
        return None
    return fold(words[0]), (fold(words[1]) if len(words) > 1 else None)


def first_words(regex: str, *, flags: int = 0) -> frozenset[tuple[str, str | None]] | None:
    r"""The (case-folded) first word of every alternative of ``regex``, with its second word
    where that is certain, if derivable.

    Parameters
    ----------
    regex : str
        A pattern each of whose matches is followed by a word boundary (the callers add one).
    flags : int
        Compile flags (only the pattern's structure matters: words are case-folded anyway).

    Returns
    -------
    frozenset of (str, str or None), or None
        None when some alternative does not start with a literal word.

    Examples
    --------
    >>> sorted(first_words(r"(?:some|many)\s+(?:critics|experts)\b"))
    [('many', 'critics'), ('many', 'experts'), ('some', 'critics'), ('some', 'experts')]
    >>> sorted(first_words(r"(?:about|over)(?=\s+\d)"))
    [('about', None), ('over', None)]
    >>> first_words(r"\d+ May") is None
    True
    """
    try:
        from re import _parser

        parsed = _parser.parse(regex, flags)
        paths = _paths(list(parsed), _MAX_PATHS)
    except Exception:  # pragma: no cover - private API changed: no keys, plain scanning
        return None
    if not paths:
        return None
    words = set()
    for path in paths:
        w = _path_words(path)
        if w is None:
            return None
        words.add(w)
    return frozenset(words)


# --------------------------------------------------------------------------- first characters
def _first_items(seq: Any, icase: bool, out: list[tuple[str, bool]]) -> bool | None:
    """Collect the regex class pieces a match of a parsed sequence can start with.

    Returns whether the sequence can match the empty string (``None``: unknown, give up).
    """
    from re import _constants as sc

    for op, av in seq:
        if op is sc.LITERAL:
            out.append((re.escape(chr(av)), icase))
            return False
        if op is sc.IN:
            pieces = []
            for iop, iav in av:
                if iop is sc.LITERAL:
                    pieces.append(re.escape(chr(iav)))
                elif iop is sc.RANGE:
                    pieces.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
                elif iop is sc.CATEGORY and iav in _CATEGORY_CLASS:
                    pieces.append(_CATEGORY_CLASS[iav])
                else:
                    return None
            out.append(("".join(pieces), icase))
            return False
        if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
            continue  # zero-width
        if op is sc.SUBPATTERN:
            _, add, rem, sub = av
            flag = (icase or bool(add & sc.SRE_FLAG_IGNORECASE)) and not rem & sc.SRE_FLAG_IGNORECASE
            nullable = _first_items(sub, flag, out)
        elif op is sc.ATOMIC_GROUP:
            nullable = _first_items(av, icase, out)
        elif op is sc.BRANCH:
            nullable = False
            for branch in av[1]:
                nb = _first_items(branch, icase, out)
                if nb is None:
                    return None
                nullable = nullable or nb
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            nb = _first_items(av[2], icase, out)
            if nb is None:
                return None
            nullable = nb or av[0] == 0
        else:
            return None
        if nullable is None:
            return None
        if not nullable:
            return False
    return True


def first_char_guard(regex: str) -> str:
    """A lookahead for the characters a match of ``regex`` can start with ("" if unknown).

    The combined lexicon pattern tries every regex row at every word start; the guard makes a
    row fail on the first character instead of after walking its alternatives.  It is implied
    by the row itself, so matches are unchanged.
    """
    try:
        from re import _parser

        items: list[tuple[str, bool]] = []
        if _first_items(_parser.parse(regex), False, items) is not False or not items:
            return ""
    except Exception:  # pragma: no cover - private API changed: no guard, same matches
        return ""
    sens = "".join(p for p, i in items if not i)
    ins = "".join(p for p, i in items if i)
    alts = ([f"[{sens}]"] if sens else []) + ([f"(?i:[{ins}])"] if ins else [])
    return "(?=" + "|".join(alts) + ")"


def first_char_class(regex: str) -> str | None:
    r"""A regex matching exactly one character: one that every match of ``regex`` can start
    with (None if unknown).  The lookahead of :func:`first_char_guard`, without the lookahead.

    Examples
    --------
    >>> print(first_char_class(r"\d{1,2}(?:st|nd)?\s+May"))
    [\d]
    >>> print(first_char_class(r"(?:May|June)"))
    [MJ]
    >>> first_char_class(r".+") is None
    True
    """
    guard = first_char_guard(regex)
    return guard[3:-1] if guard else None


def _category_classes() -> dict[Any, str]:
    from re import _constants as sc

    return {
        sc.CATEGORY_DIGIT: r"\d", sc.CATEGORY_NOT_DIGIT: r"\D", sc.CATEGORY_SPACE: r"\s",
        sc.CATEGORY_NOT_SPACE: r"\S", sc.CATEGORY_WORD: r"\w", sc.CATEGORY_NOT_WORD: r"\W",
    }


try:
    _CATEGORY_CLASS = _category_classes()
except Exception:  # pragma: no cover
    _CATEGORY_CLASS = {}


# --------------------------------------------------------------------------- required literals
def _seq_conj(seq: Any) -> list[tuple[str, ...]]:
    """Literal sets that every match of a parsed regex sequence needs (all of them)."""
    from re import _constants as sc

    conj: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in seq:
        if op is sc.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            conj.append(("".join(run),))
            run = []
        if op is sc.SUBPATTERN:
            conj.extend(_seq_conj(av[3]))
        elif op is sc.ATOMIC_GROUP:
            conj.extend(_seq_conj(av))
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT) and av[0] >= 1:
            conj.extend(_seq_conj(av[2]))
        elif op is sc.BRANCH:
            alts: list[str] = []
            for branch in av[1]:
                sets = _seq_conj(branch)
                if not sets:
                    alts = []
                    break
                alts.extend(max(sets, key=lambda st: min(map(len, st))))
            if alts:
                conj.append(tuple(dict.fromkeys(alts)))
    if run:
        conj.append(("".join(run),))
    return [st for st in conj if st and all(st)]


def _selectivity(literals: tuple[str, ...]) -> tuple[int, int]:
    """Rank of a required literal set as a prefilter: longer literals are rarer in prose, and
    punctuation-only ones (``(``, ``/``, ``@``) count as rare as a four-letter word."""
    return min(len(x) + (3 if not any(c.isalnum() for c in x) else 0) for x in literals), -len(literals)


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literals of which every match of ``pattern`` contains at least one (a prefilter).

    For each top-level alternative the most selective required literal set
    (:func:`_selectivity`) is taken.  Test a text with :func:`contains_any` on its
    case-folded form (:func:`fold`): when none occurs, the pattern cannot match.

    Parameters
    ----------
    pattern : str

    Returns
    -------
    tuple of str, or None
        Lower-case literals, longest first; ``None`` when some alternative has no certain
        literal (then always search).

    Examples
    --------
    >>> required_literals(r"Photo: (?:AP|Reuters)|Getty Images")
    ('getty images', 'photo: ')
    """
    try:
        from re import _constants as sc
        from re import _parser

        seq = list(_parser.parse(pattern))
        branches = seq[0][1][1] if len(seq) == 1 and seq[0][0] is sc.BRANCH else [seq]
        lits: list[str] = []
        for branch in branches:
            conj = _seq_conj(branch)
            if not conj:
                return None
            lits.extend(max(conj, key=_selectivity))
    except Exception:  # pragma: no cover - private API changed: no prefilter, same results
        return None
    # a literal that contains another one is redundant (the shorter one occurs whenever it does)
    lits = sorted(set(lits), key=lambda x: (len(x), x))
    kept: list[str] = []
    for x in lits:
        if not any(k in x for k in kept):
            kept.append(x)
    return tuple(sorted(kept, key=lambda x: (-len(x), x)))


def contains_any(text: str, literals: Sequence[str]) -> bool:
    """Whether ``text`` contains one of ``literals`` (plain substring tests, C speed).

    Examples
    --------
    >>> contains_any("getty images/afp", ("reuters", "getty"))
    True
    """
    return any(map(text.__contains__, literals))


# --------------------------------------------------------------------------- the scanner
class KeyedPattern:
    r"""A compiled pattern scanned only where one of its alternatives' first words occurs.

    Parameters
    ----------
    pattern : re.Pattern
        The pattern to scan with; every match must start at a word boundary.
    keys : iterable, or None
        One item per alternative of ``pattern``: its first word (a ``str``; every match of
        the alternative starts with it, followed by a non-word character or the end of the
        match), or ``(first, second)`` where ``second`` is the next word (after non-word
        characters only) of every match of the alternative, or ``None`` if not certain.
        ``None``: no keys, plain ``finditer``.
    fallback : str, optional
        A regex that matches at every position where a match that does NOT start with a key
        may start; it is scanned as a lookahead, so it reports every such position.
    fallback_needs : sequence of str, optional
        Literals (:func:`required_literals`) searched in the case-folded text; when none
        occurs, the fallback is not scanned.
    fallback_first : str, optional
        A one-character regex (:func:`first_char_class`) every fallback match starts with;
        the fallback ``regex`` must then begin with ``(?<!\w)``.  Candidates are found by a
        scan for that character instead of trying the fallback at every position.

    Examples
    --------
    >>> p = re.compile(r"\b(?:said|according\s+to)\b", re.I)
    >>> kp = KeyedPattern(p, ["said", ("according", "to")])
    >>> t = "He SAID so, according  to aides; unsaid."
    >>> [m.group() for m in kp.finditer(t)]
    ['SAID', 'according  to']
    >>> [m.span() for m in kp.finditer(t)] == [m.span() for m in p.finditer(t)]
    True
    """

    def __init__(
        self,
        pattern: re.Pattern,
        keys: Iterable[str | tuple[str, str | None]] | None,
        *,
        fallback: str | None = None,
        fallback_needs: Sequence[str] | None = None,
        fallback_first: str | None = None,
    ) -> None:
        self.pattern = pattern
        if fallback is None:
            self.fallback = None
        elif fallback_first is not None:
            # where a character that can start a fallback match is not preceded by a word
            # character (the fallback starts with the same (?<!\w)): a character-class scan
            self.fallback = re.compile(rf"(?:{fallback_first})(?<!\w[\s\S])", pattern.flags)
        else:
            self.fallback = re.compile(f"(?={fallback})", pattern.flags)
        self.fallback_needs = fallback_needs
        self.keys: frozenset[str] | None = None
        if keys is None:
            return
        seconds: dict[str, set[str] | None] = {}  # key -> second words (None: any)
        for item in keys:
            first, second = (item, None) if isinstance(item, str) else item
            key = fold(first)
            if second is None:
                seconds[key] = None
            elif seconds.get(key, set()) is not None:
                seconds.setdefault(key, set()).add(fold(second))  # type: ignore[union-attr]
        self.keys = frozenset(seconds)
        #: key -> its second words (None: any), for :class:`KeyGroup`
        self.seconds = {k: (None if v is None else frozenset(v)) for k, v in seconds.items()}
        # where a key occurs as a whole word, followed (when all its alternatives have one) by
        # non-word characters and one of its second words: one scan of the folded text for all
        # keys; the tail is a lookahead, so the scan consumes only the key itself
        self._starts = re.compile(_key_trie({k: _tail(v) for k, v in self.seconds.items()})) if seconds else None
        self._shared: tuple[str, list[int]] | None = None  # (text, key positions) from a KeyGroup

    def candidates(self, text: str) -> list[int]:
        """Sorted positions where a match may start (a superset of the match starts)."""
        low = _folded(text)
        shared = self._shared
        if shared is not None and shared[0] is text:
            cands = list(shared[1])
        else:
            cands = [m.start() for m in self._starts.finditer(low)] if self._starts is not None else []
        if self.fallback is not None and (self.fallback_needs is None or contains_any(low, self.fallback_needs)):
            cands.extend(m.start() for m in self.fallback.finditer(text))
            cands.sort()
        return cands

    def finditer(self, text: str) -> Iterator[re.Match]:
        """Matches of the pattern in ``text``: the same as ``pattern.finditer(text)`` (for
        patterns that never match the empty string)."""
        if self.keys is None:
            yield from self.pattern.finditer(text)
            return
        end = -1
        last = -1
        match = self.pattern.match
        for p in self.candidates(text):
            if p < end or p == last:
                continue
            last = p
            m = match(text, p)
            if m is not None and m.end() > p:
                end = m.end()
                yield m


class KeyGroup:
    r"""The key positions of several :class:`KeyedPattern` objects from ONE scan of a text.

    Scanning a text costs mostly its length (``re`` visits every word start), so patterns that
    scan the same text (an article's reporting verbs and its lexicon) share one scan: their
    keys go into one trie; a key several patterns have gets the union of their second words
    (a superset of each one's positions, which is all :meth:`KeyedPattern.candidates` needs).
    :meth:`prime` hands each pattern its positions for that text; a pattern asked about
    another text scans it itself.

    Examples
    --------
    >>> a = KeyedPattern(re.compile(r"\bsaid\b", re.I), ["said"])
    >>> b = KeyedPattern(re.compile(r"\bKyiv|Kiev\b", re.I), ["kyiv", "kiev"])
    >>> t = "Kiev, he said."
    >>> KeyGroup([a, b]).prime(t)
    >>> [m.group() for m in a.finditer(t)], [m.group() for m in b.finditer(t)]
    (['said'], ['Kiev'])
    """

    def __init__(self, patterns: Sequence[KeyedPattern]) -> None:
        # a key is named by the word at its position, so only patterns whose keys are whole
        # words join (the others scan for themselves)
        self.patterns = [p for p in patterns if p.keys and all(_WORD_KEY.fullmatch(k) for k in p.keys)]
        merged: dict[str, frozenset[str] | None] = {}
        owners: dict[str, list[int]] = {}
        for i, p in enumerate(self.patterns):
            for key, nxt in p.seconds.items():
                if key in merged:
                    old = merged[key]
                    merged[key] = None if old is None or nxt is None else old | nxt
                else:
                    merged[key] = nxt
                owners.setdefault(key, []).append(i)
        self._owners = {k: tuple(v) for k, v in owners.items()}
        # the word at the position names the key (every key is followed by a non-word character)
        self._starts = re.compile(_key_trie({k: _tail(v) for k, v in merged.items()}) + r"(?=(\w+))") if merged else None

    def prime(self, text: str) -> None:
        """Scan ``text`` once and give each pattern its key positions in it."""
        if self._starts is None:
            return
        found: list[list[int]] = [[] for _ in self.patterns]
        owners = self._owners
        for m in self._starts.finditer(_folded(text)):
            for i in owners[m.group(1)]:
                found[i].append(m.start())
        for p, positions in zip(self.patterns, found):
            p._shared = (text, positions)
