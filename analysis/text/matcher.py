"""The multi-pattern matcher: many terms in one pass, scanned only where a match can start.

Two pieces, used by the lexicon markers and the reporting verbs:

:func:`trie_regex`
    One regular expression for many terms, factored as a trie (Python's ``re`` walks a flat
    alternation one alternative at a time; a trie follows one branch per character).  Longer
    terms win where terms overlap.
:class:`KeyScanner`
    A compiled pattern, every match of which starts with one of a known set of *key* words.  To
    scan a text it finds, in one pass over the case-folded text (:func:`analysis.text.fold.fold`),
    every word start where a key occurs as a whole word (followed by one of its second words,
    when that is given), then runs the ORIGINAL pattern, anchored, at those positions only, left
    to right, skipping positions inside the previous match.  That is exactly what
    ``pattern.finditer`` does at the positions where a match can start, and every match starts
    at one of them, so the matches are identical to ``pattern.finditer(text)``.  Alternatives
    without a key (a user's regular expression whose first word is not declared) are scanned on
    their own (``fallback``); with no keys at all :meth:`KeyScanner.finditer` is plain
    ``finditer``.

Several scanners that read the same text (an article's lexicon and its reporting verbs) can
share one pass: :class:`KeyIndex` scans a text once for the keys of all of them and returns a
:class:`KeyHits` value, which the caller hands to each scanner's :meth:`KeyScanner.finditer`.
Nothing is stored in the scanners: the shared work is an explicit argument.

Keys are derived by the callers from their own data (a lexicon's surface forms, a verb table's
terms) or declared in it (the ``keys`` column of a lexicon's regular-expression rows); the key
``#`` stands for any word that starts with a digit.  Only the public ``re`` API is used.
``benchmarks/matcher.py`` compares this design with Aho–Corasick (pyahocorasick) and RE2
(google-re2) on the same articles; see ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .fold import fold
from .words import WORD_RUN

__all__ = [
    "NUMBER_KEY",
    "trie_regex",
    "KeyScanner",
    "KeyIndex",
    "KeyHits",
    "contains_any",
    "parse_keys",
    "KeyedAlternatives",
]

#: A key that stands for any word starting with a digit ("9 May", "21st of May").
NUMBER_KEY = "#"


def trie_regex(
    sequences: Iterable[Sequence[Hashable]],
    *,
    render: Callable[[Hashable], str] = lambda s: re.escape(str(s)),
    order: Callable[[Hashable], object] | None = None,
) -> str:
    """One regular expression matching any of ``sequences``, factored as a trie.

    Parameters
    ----------
    sequences
        Each a sequence of symbols (characters, or any hashable the caller renders).
    render
        The regex of one symbol (default: the escaped character).
    order
        Sort key of the symbols at a node (default: the symbols themselves).

    Returns
    -------
    str
        A pattern without anchors; where one sequence is a prefix of another the longer one
        is tried first (greedy), so the longest term wins at a position.

    Examples
    --------
    >>> p = re.compile(trie_regex(["say", "said", "says"]))
    >>> p.pattern, [m.group() for m in p.finditer("she said, says")]
    ('sa(?:id|y(?:s)?)', ['said', 'says'])
    """
    end = object()
    root: dict = {}
    for seq in sequences:
        node = root
        for sym in seq:
            node = node.setdefault(sym, {})
        node[end] = True

    def emit(node: dict) -> str:
        symbols = sorted((s for s in node if s is not end), key=order)
        alts = [render(s) + emit(node[s]) for s in symbols]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end in node else body

    return emit(root)  # recursion depth: the longest sequence (a few dozen symbols)


def _tail(seconds: frozenset[str] | None) -> str:
    """What must follow a key: the end of the word, or non-word characters and one of the
    second words (a lookahead: the scan consumes only the key)."""
    if seconds is None:
        return r"(?!\w)"
    words = sorted(seconds, key=lambda w: (-len(w), w))
    return r"(?=\W++(?:" + "|".join(map(re.escape, words)) + r")(?!\w))"


_WORD_START = r"(?<!\w)"  # the look-behind a key pattern starts with


def _key_trie(seconds: Mapping[str, frozenset[str] | None]) -> str:
    """A zero-width pattern matching at a word start where a key occurs (with its tail)."""
    sequences = []
    for key, nxt in seconds.items():
        if key == NUMBER_KEY:  # a word that starts with a digit ("9", "21st")
            sequences.append((r"\d", ("tail", "")))
        else:
            sequences.append((*map(re.escape, key), ("tail", _tail(nxt))))

    def render(sym: Hashable) -> str:
        return sym[1] if isinstance(sym, tuple) else str(sym)

    return _WORD_START + "(?=" + trie_regex(sequences, render=render, order=str) + ")"


def parse_keys(items: Iterable[str | tuple[str, str | None]]) -> dict[str, frozenset[str] | None]:
    """Keys as given (a first word, or ``(first, second)``) -> folded first word -> the set of
    folded second words (``None``: any continuation).

    Examples
    --------
    >>> parse_keys([("According", "to"), "said", ("said", "so")])
    {'according': frozenset({'to'}), 'said': None}
    """
    seconds: dict[str, set[str] | None] = {}
    for item in items:
        first, second = (item, None) if isinstance(item, str) else item
        key = fold(first)
        if second is None:
            seconds[key] = None
        elif seconds.get(key, set()) is not None:
            seconds.setdefault(key, set()).add(fold(second))  # type: ignore[union-attr]
    return {k: (None if v is None else frozenset(v)) for k, v in seconds.items()}


@dataclass(frozen=True, eq=False)
class KeyScanner:
    r"""A pattern scanned only where one of its keys occurs (same matches as ``finditer``).

    Build it with :meth:`build`.

    Attributes
    ----------
    pattern : re.Pattern
        The pattern; every match starts at a word start.
    seconds : dict or None
        Folded key -> folded second words (``None``: any); ``None``: no keys (plain scan).
    starts : re.Pattern or None
        The key trie (zero-width matches at the key positions of a folded text).
    fallback : re.Pattern or None
        Zero-width matches wherever a match without a key may start.
    match_at : callable or None
        ``match_at(text, pos, word)``: the same match as ``pattern.match(text, pos)`` at a key
        position, found faster (:meth:`KeyedAlternatives.match`; ``word``: the folded word
        there when the key pass gave it, else ``None``); ``None``: ``pattern.match``.

    Examples
    --------
    >>> p = re.compile(r"\b(?:said|according\s+to)\b", re.I)
    >>> s = KeyScanner.build(p, ["said", ("according", "to")])
    >>> t = "He SAID so, according  to aides; unsaid."
    >>> [m.group() for m in s.finditer(t)]
    ['SAID', 'according  to']
    >>> [m.span() for m in s.finditer(t)] == [m.span() for m in p.finditer(t)]
    True
    """

    pattern: re.Pattern
    seconds: Mapping[str, frozenset[str] | None] | None
    starts: re.Pattern | None
    fallback: re.Pattern | None
    match_at: Callable[[str, int, str | None], re.Match | None] | None = None

    @classmethod
    def build(
        cls,
        pattern: re.Pattern,
        keys: Iterable[str | tuple[str, str | None]] | None,
        *,
        fallback: str | None = None,
        match_at: Callable[[str, int, str | None], re.Match | None] | None = None,
    ) -> KeyScanner:
        r"""A scanner of ``pattern`` with the given keys.

        Parameters
        ----------
        pattern
            The pattern; every match must start at a word start (``(?<!\w)`` or ``\b``).
        keys
            The first word of every match (``str``), or ``(first, second)`` where ``second``
            is the next word (after non-word characters only) of every match starting with
            ``first``; :data:`NUMBER_KEY` for a word starting with a digit.  ``None``: no keys,
            plain ``finditer``.
        fallback
            A regex matching at every position where a match that does not start with a key
            may start (scanned as a lookahead), or ``None`` when every match has a key.
        match_at
            What finds the match at a candidate position instead of ``pattern.match`` (the
            same match, e.g. :meth:`KeyedAlternatives.match`).
        """
        fb = re.compile(f"(?={fallback})", pattern.flags) if fallback else None
        if keys is None:
            return cls(pattern, None, None, fb, match_at)
        seconds = parse_keys(keys)
        starts = re.compile(_key_trie(seconds)) if seconds else None
        return cls(pattern, seconds, starts, fb, match_at)

    def candidates(self, text: str, *, hits: KeyHits | None = None) -> list[int]:
        """Sorted positions where a match may start (a superset of the match starts)."""
        positions = hits.positions_of(self, text) if hits is not None else None
        if positions is not None:
            cands = list(positions)
        elif self.starts is not None:
            cands = [m.start() for m in self.starts.finditer(fold(text))]
        else:
            cands = []
        if self.fallback is not None:
            cands.extend(m.start() for m in self.fallback.finditer(text))
            cands.sort()
        return cands

    def finditer(self, text: str, *, hits: KeyHits | None = None) -> Iterator[re.Match]:
        """The matches of the pattern in ``text``: the same as ``pattern.finditer(text)`` (for
        patterns that never match the empty string).

        Parameters
        ----------
        text
            The text.
        hits
            The key positions of ``text`` from :meth:`KeyIndex.scan` (saves this scanner its
            own pass); ignored when they were computed for another text.
        """
        if self.seconds is None:
            yield from self.pattern.finditer(text)
            return
        end = last = -1
        match, routed = self.pattern.match, self.match_at
        words = hits.words if hits is not None and hits.positions_of(self, text) else {}
        for p in self.candidates(text, hits=hits):
            if p < end or p == last:
                continue
            last = p
            m = match(text, p) if routed is None else routed(text, p, words.get(p))
            if m is not None and m.end() > p:
                end = m.end()
                yield m


@dataclass(frozen=True, eq=False)
class KeyHits:
    """Where the keys of the scanners of a :class:`KeyIndex` occur in one text.

    Attributes
    ----------
    text : str
        The scanned text.
    scanners : tuple of KeyScanner
    positions : tuple of tuple of int
        Per scanner, the sorted positions of its keys (with a superset of its second words).
    words : dict
        Key position (of any scanner) -> the folded word there.
    """

    text: str
    scanners: tuple[KeyScanner, ...]
    positions: tuple[tuple[int, ...], ...]
    words: Mapping[int, str] = field(default_factory=dict)

    def positions_of(self, scanner: KeyScanner, text: str) -> tuple[int, ...] | None:
        """The key positions of ``scanner`` in ``text``, or ``None`` when these hits are of
        another text or do not cover the scanner."""
        if text is not self.text and text != self.text:
            return None
        for s, pos in zip(self.scanners, self.positions):
            if s is scanner:
                return pos
        return None


class KeyIndex:
    r"""The keys of several :class:`KeyScanner` objects, found in ONE pass over a text.

    Scanning costs mostly the length of the text (``re`` visits every word start), so scanners
    of the same text share the pass: their keys go into one trie; a key several scanners share
    gets the union of their second words (a superset of each one's positions, which is all
    :meth:`KeyScanner.candidates` needs).  Only scanners whose keys are whole words join.

    Examples
    --------
    >>> a = KeyScanner.build(re.compile(r"\bsaid\b", re.I), ["said"])
    >>> b = KeyScanner.build(re.compile(r"\bKyiv\b|\bKiev\b", re.I), ["kyiv", "kiev"])
    >>> t = "Kiev, he said."
    >>> hits = KeyIndex([a, b]).scan(t)
    >>> [m.group() for m in a.finditer(t, hits=hits)], [m.group() for m in b.finditer(t, hits=hits)]
    (['said'], ['Kiev'])
    """

    def __init__(self, scanners: Sequence[KeyScanner]) -> None:
        self.scanners = tuple(
            s for s in scanners if s.seconds and all(_joins(k) for k in s.seconds)
        )
        merged: dict[str, frozenset[str] | None] = {}
        owners: dict[str, list[int]] = {}
        for i, s in enumerate(self.scanners):
            for key, nxt in (s.seconds or {}).items():
                if key in merged:
                    old = merged[key]
                    merged[key] = None if old is None or nxt is None else old | nxt
                else:
                    merged[key] = nxt
                owners.setdefault(key, []).append(i)
        self._owners = {k: tuple(v) for k, v in owners.items()}
        # the word at the position names the key (every key is followed by a non-word character)
        trie = _key_trie(merged).removeprefix(_WORD_START) if merged else None
        self._first = re.compile(trie + r"(?=(\w+))") if trie is not None else None
        # after the text start a key follows a non-word character: a pattern that starts with
        # that character class lets ``re`` skip from one to the next instead of trying every
        # position (a fifth faster); its match ends where the key starts
        self._after = re.compile(r"\W" + trie + r"(?=(\w+))") if trie is not None else None

    def scan(self, text: str) -> KeyHits:
        """Scan ``text`` once; the result is handed to each scanner's ``finditer``."""
        found: list[list[int]] = [[] for _ in self.scanners]
        words: dict[int, str] = {}
        if self._first is not None and self._after is not None:
            owners = self._owners
            number = owners.get(NUMBER_KEY, ())
            folded = fold(text)
            m = self._first.match(folded)
            hits = [(0, m.group(1))] if m is not None else []
            hits += [(m.end(), m.group(1)) for m in self._after.finditer(folded)]
            for p, word in hits:
                words[p] = word
                own = owners.get(word, ())
                if number and word[0].isdecimal():
                    own = tuple(dict.fromkeys(own + number))
                for i in own:
                    found[i].append(p)
        return KeyHits(text, self.scanners, tuple(map(tuple, found)), words)


_ROUTES_MAX = 1 << 14  # words whose alternatives are remembered (bounded memory)


class KeyedAlternatives:
    r"""``pattern.match`` at a word start for a pattern ``(?<!\w)(?:A1|…|An|REST)(?!\w)`` whose
    leading alternatives ``A1 … An`` each declare the first words of their matches: at a
    position, only the alternatives whose keys hold the word there are tried, in their order,
    then REST.

    An alternation takes its first alternative that matches (with what follows it), so
    skipping alternatives that cannot match at the position gives the same match; each one is
    compiled with the same look-around, so its named group is the match's ``lastgroup`` as in
    the whole pattern.

    Parameters
    ----------
    alternatives
        ``(regex, keys)`` in pattern order; ``keys``: the folded first words of its matches
        (:data:`NUMBER_KEY`: any word starting with a digit), ``None``: tried everywhere.
    rest
        The alternation of the remaining alternatives (tried last), or ``None``.
    flags
        The flags of the whole pattern.
    rest_keys
        The folded first words of every match of ``rest`` that starts with a word character
        (``None``: not known, ``rest`` is tried everywhere).  At a position whose word the key
        pass gave (:attr:`KeyHits.words`: the whole word there, in the folded text), ``rest``
        is tried only when that word is one of them: a match of ``rest`` there starts with its
        key as a whole word, which the key pass read as the word.

    Examples
    --------
    >>> k = KeyedAlternatives([(r"(?P<a>in\s+may)", ["in"]), (r"(?P<b>\d+)", ["#"])], r"\w+")
    >>> [(m.group(), m.lastgroup) for m in map(k.match, ["in may", "in 5", "5 x"], [0, 0, 0])]
    [('in may', 'a'), ('in', None), ('5', 'b')]
    >>> k = KeyedAlternatives([(r"(?P<a>in\s+may)", ["in"])], r"\w+", rest_keys=["may"])
    >>> k.match("in 5", 0, "in") is None, k.match("may 5", 0, "may").group()
    (True, 'may')
    """

    def __init__(
        self,
        alternatives: Sequence[tuple[str, Sequence[str] | None]],
        rest: str | None,
        flags=0,
        rest_keys: Iterable[str] | None = None,
    ) -> None:
        self._alts = [re.compile(rf"(?<!\w)(?:{a})(?!\w)", flags) for a, _ in alternatives]
        self._keys = [None if k is None else frozenset(k) for _, k in alternatives]
        self._rest = re.compile(rf"(?<!\w)(?:{rest})(?!\w)", flags) if rest else None
        self._rest_keys = None if rest_keys is None else frozenset(map(fold, rest_keys))
        # routes of the words the key pass gave (folded), and of words read here (as written)
        self._routes: dict[str, tuple[Callable[[str, int], re.Match | None], ...]] = {}
        self._written: dict[str, tuple[Callable[[str, int], re.Match | None], ...]] = {}

    def _route(self, word: str, keyed: bool) -> tuple[Callable[[str, int], re.Match | None], ...]:
        """The ``match`` methods to try, in order, at the word ``word`` ("" for none);
        ``keyed``: the word is the key pass's (``rest`` only where it may start)."""
        key = fold(word)
        number = not key[:1].isalpha()  # a superset of the words that start with a digit
        tried = [
            alt.match
            for alt, keys in zip(self._alts, self._keys)
            if keys is None or key in keys or (number and NUMBER_KEY in keys)
        ]
        if self._rest is not None and (
            not keyed or self._rest_keys is None or key in self._rest_keys
        ):
            tried.append(self._rest.match)
        routes = self._routes if keyed else self._written
        if len(routes) >= _ROUTES_MAX:
            routes.clear()
        routes[word] = route = tuple(tried)
        return route

    def match(self, text: str, pos: int, word: str | None = None) -> re.Match | None:
        """The match of the whole pattern at ``pos`` (``None``: none); ``word``: the word at
        ``pos`` as the key pass gave it (:attr:`KeyHits.words`), when the caller has it."""
        if word is None:
            w = WORD_RUN.match(text, pos)
            word = w.group() if w is not None else ""  # as written: its route is memoised
            route = self._written.get(word)
            if route is None:
                route = self._route(word, False)
        else:
            route = self._routes.get(word)
            if route is None:
                route = self._route(word, True)
        for match in route:
            m = match(text, pos)
            if m is not None:
                return m
        return None


def _joins(key: str) -> bool:
    """Whether a key can share a :class:`KeyIndex` pass (a whole word, or the number key)."""
    return key == NUMBER_KEY or WORD_RUN.fullmatch(key) is not None


def contains_any(text: str, literals: Sequence[str]) -> bool:
    """Whether ``text`` contains one of ``literals`` (plain substring tests, C speed).

    Examples
    --------
    >>> contains_any("getty images/afp", ("reuters", "getty"))
    True
    """
    return any(map(text.__contains__, literals))
