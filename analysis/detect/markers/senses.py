"""Sense rules: per-term context conditions that decide whether a lexicon hit is the right sense.

A lexicon matches words; a *sense rule* (a row of ``analysis/lexicons/senses.csv`` or of a
pack's ``senses.csv``) says what must or must not be near a term for the hit to count:
currency words near "pound", Crimea in the sentence of "reunification", a Russian agent near
"liberated", a comparison ("like animals") before "animals".  One mechanism for every rule:

``category``, ``term``
    The lexicon entry the rule applies to (the ``term`` of its row, or its ``form`` label for
    naming rows and regex rows); ``*`` applies the rule to every term of the category that is
    written in lower case.
``effect``
    ``exclude``: the hit is dropped when the rule fires; ``require``: the hit is kept only if
    at least one ``require`` rule of its term fires (and no ``exclude`` rule does).
``before``, ``after``, ``hit``, ``sentence``, ``document``
    Regular expressions (case-insensitive; ``(?-i:...)`` for case) searched in the ``words``
    words before the hit (up to the hit: anchor with ``$`` for "right before"), the ``words``
    words after it (anchor with ``^`` for "right after"), the hit itself, its sentence, and the
    whole text.  A rule fires when **all** its non-empty patterns match.  The word windows
    never cross a line break (they are a few words: finding the sentence for them would cost
    more than the rule); the ``sentence`` pattern sees the sentence.
``words``
    Size of the ``before``/``after`` windows in words (default 4).
``subcategory``
    The rule's name (its class of error); ``source`` and ``note``: provenance, as for lexicon
    rows.

The rules run only on the candidate hits of terms that have rules, so they cost nothing for
the other hits (the ``document`` pattern is searched once per text and rule).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from ...errors import LexiconError
from ...text.segment import sentence_span

__all__ = ["SenseRule", "SenseRules", "parse_rule", "RULE_COLUMNS"]

#: The pattern columns of a rule row, in the order they are tested.
RULE_COLUMNS: tuple[str, ...] = ("hit", "before", "after", "sentence", "document")
_EFFECTS = ("exclude", "require")
_DEFAULT_WORDS = 4
_MAX_WORDS = 40
_CHARS_PER_WORD = 16
#: Read on the reversed window: its first n words (fewer when it has fewer), so the match ends
#: where the n-th word from the end of the window starts.
_LEFT_WORDS = {
    n: re.compile(rf"\s*+(?:\S++\s*+){{0,{n - 1}}}\S++") for n in range(1, _MAX_WORDS + 1)
}
_RIGHT_WORDS = {n: re.compile(rf"\s*(?:\S+\s*){{0,{n}}}") for n in range(1, _MAX_WORDS + 1)}


class SenseRule(NamedTuple):
    """One sense rule (see the module docstring)."""

    category: str
    term: str
    name: str
    effect: str
    words: int
    hit: re.Pattern | None
    before: re.Pattern | None
    after: re.Pattern | None
    sentence: re.Pattern | None
    document: re.Pattern | None


def parse_rule(row: Mapping[str, str], where: str) -> SenseRule:
    """A rule from a CSV row (a :class:`~analysis.errors.LexiconError` names a bad row).

    Examples
    --------
    >>> r = parse_rule({"term": "pound", "category": "violence", "subcategory": "currency",
    ...                 "effect": "exclude", "after": r"^\\s*sterling"}, "senses.csv")
    >>> r.effect, r.after.pattern
    ('exclude', '^\\\\s*sterling')
    """
    term, cat = row.get("term", ""), (row.get("category") or "").strip().lower()
    effect = (row.get("effect") or "").strip().lower()
    name = (row.get("subcategory") or "").strip() or "rule"
    if effect not in _EFFECTS:
        raise LexiconError(
            f"{where}, term {term!r}: effect must be exclude or require, not {effect!r}."
        )
    words_text = (row.get("words") or "").strip()
    if words_text and not (words_text.isdigit() and 1 <= int(words_text) <= _MAX_WORDS):
        raise LexiconError(
            f"{where}, term {term!r}: words must be a number from 1 to {_MAX_WORDS}, "
            f"not {words_text!r}."
        )
    patterns: dict[str, re.Pattern | None] = {}
    for col in RULE_COLUMNS:
        text = (row.get(col) or "").strip()
        try:
            patterns[col] = re.compile(text, re.IGNORECASE) if text else None
        except re.error as e:
            raise LexiconError(
                f"{where}, term {term!r}: invalid regular expression in {col!r} ({e})."
            ) from None
    if not any(patterns.values()):
        raise LexiconError(
            f"{where}, term {term!r}: a sense rule needs at least one of the patterns "
            f"{', '.join(RULE_COLUMNS)}."
        )
    return SenseRule(
        category=cat,
        term=term.lower(),
        name=name,
        effect=effect,
        words=int(words_text) if words_text else _DEFAULT_WORDS,
        **patterns,
    )


class SenseRules:
    """The rules of a lexicon, by (category, term), and the test of one hit.

    Examples
    --------
    >>> r = parse_rule({"term": "pound", "category": "violence", "subcategory": "currency",
    ...                 "effect": "exclude", "before": r"\\bthe\\s+$"}, "senses.csv")
    >>> rules = SenseRules([r])
    >>> t = "The pound fell as shells pound the city."
    >>> rules.keep(t, 4, 9, "violence", "pound", {}), rules.keep(t, 25, 30, "violence", "pound", {})
    (False, True)
    """

    def __init__(self, rules: Sequence[SenseRule]) -> None:
        self.rules = tuple(rules)
        table: dict[tuple[str, str], list[SenseRule]] = {}
        for r in rules:
            table.setdefault((r.category, r.term), []).append(r)
        self.table = {k: tuple(v) for k, v in table.items()}
        self._by_entry: dict[tuple[str, str, str], tuple[SenseRule, ...]] = {}
        self._by_surface: dict[tuple[str, str, str, str], tuple[tuple[SenseRule, ...], bool]] = {}

    def __len__(self) -> int:
        return len(self.rules)

    def for_term(self, category: str, term: str, label: str = "") -> tuple[SenseRule, ...]:
        """The rules of one lexicon entry: its term's, its label's, and the category's ``*``
        rules when the term is written in lower case (a capitalised term is a name itself)."""
        key = (category, term, label)
        found = self._by_entry.get(key)
        if found is not None:
            return found
        t = self.table
        out = t.get((category, term.lower()), ())
        if term == term.lower():
            out += t.get((category, "*"), ())
        if label and label.lower() != term.lower():
            out += t.get((category, label.lower()), ())
        self._by_entry[key] = out  # the lexicon's entries are few: computed once each
        return out

    def keep(
        self,
        text: str,
        start: int,
        end: int,
        category: str,
        term: str,
        cache: dict,
        label: str = "",
    ) -> bool:
        """Whether the hit ``text[start:end]`` of a term passes its rules.

        ``cache`` holds per-text results (the document patterns, the sentence bounds); pass
        the same dict for every hit of one text.
        """
        rules = self.for_term(category, term, label)
        if not rules:
            return True
        live, requires = self._live(rules, (category, term, label, text[start:end]))
        ctx = _Context(text, start, end, cache)
        required = False
        for r in live:
            if r.effect == "exclude":
                if ctx.fires(r):
                    return False
            else:
                required = required or ctx.fires(r)
        return required or not requires

    def _live(
        self, rules: tuple[SenseRule, ...], key: tuple[str, str, str, str]
    ) -> tuple[tuple[SenseRule, ...], bool]:
        """The rules whose ``hit`` pattern the hit's words pass (or that have none), and
        whether any of ``rules`` is a ``require`` rule: memoised per entry and words (``key``),
        as a ``hit`` pattern sees the hit's words only."""
        got = self._by_surface.get(key)
        if got is None:
            surface = key[3]
            live = tuple(r for r in rules if r.hit is None or r.hit.search(surface))
            got = (live, any(r.effect == "require" for r in rules))
            if len(self._by_surface) >= _SURFACES_MAX:
                self._by_surface.clear()
            self._by_surface[key] = got
        return got


_SURFACES_MAX = 1 << 15  # (entry, hit words) pairs whose live rules are remembered


class _Context:
    """The windows of one hit, computed when a rule first asks for them."""

    def __init__(self, text: str, start: int, end: int, cache: dict) -> None:
        self.text, self.start, self.end, self.cache = text, start, end, cache
        self._sentence: tuple[int, int] | None = None

    def sentence(self) -> tuple[int, int]:
        if self._sentence is None:
            key = ("sentence", self.start, self.end)
            if key not in self.cache:
                self.cache[key] = sentence_span(self.text, self.start, self.end)
            self._sentence = self.cache[key]
        return self._sentence

    def left(self, n: int) -> str:
        lo = max(0, self.start - n * _CHARS_PER_WORD)
        lo = max(lo, self.text.rfind("\n", lo, self.start) + 1)  # within the line
        seg = self.text[lo : self.start]
        # from the start of the n-th word from the end (the first when fewer): what the search
        # of r"(?:\S+\s*){1,n}$" returns, without its backtracking (it was the sense rules'
        # main cost: 0.27 ms a call), read as the first n words of the reversed window
        m = _LEFT_WORDS[n].match(seg[::-1])
        return seg if m is None else seg[len(seg) - m.end() :]

    def right(self, n: int) -> str:
        hi = min(len(self.text), self.end + n * _CHARS_PER_WORD)
        k = self.text.find("\n", self.end, hi)
        seg = self.text[self.end : hi if k < 0 else k]
        m = _RIGHT_WORDS[n].match(seg)
        return m.group() if m else seg

    def fires(self, r: SenseRule) -> bool:
        """Whether the rule's context patterns all match (its ``hit`` pattern, if any, has
        passed: :meth:`SenseRules.keep` tries only such rules)."""
        if r.before is not None and not r.before.search(self.left(r.words)):
            return False
        if r.after is not None and not r.after.search(self.right(r.words)):
            return False
        if r.document is not None:  # before the sentence: cached per text, and often false
            key = ("document", r.document.pattern)  # rules that share a pattern share it
            if key not in self.cache:
                self.cache[key] = r.document.search(self.text) is not None
            if not self.cache[key]:
                return False
        if r.sentence is not None:
            s, e = self.sentence()
            if not r.sentence.search(self.text[s:e]):
                return False
        return True
