"""The two tables the quotation detector reads: reporting verbs (with stance) and actors (side).

Both are data: ``lexicons/attribution_verbs.csv`` (term -> stance class and subcategory;
provenance in ``attribution_verbs.md``) and the topic pack's ``actors.csv`` (speaker pattern
-> side).  A user passes their own as a CSV path or as row dicts.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...errors import LexiconError
from ...lexicons import read_table
from ...text.lead import LeadAlternation
from ...text.matcher import KeyHits, KeyScanner, trie_regex
from ...text.typography import normalise_apostrophes
from ...text.words import WORD_RUN, is_word_char

__all__ = [
    "DEFAULT_VERBS",
    "DEFAULT_ACTORS",
    "VerbTable",
    "ActorTable",
    "VerbIndex",
    "load_verbs",
    "load_actors",
    "attribution_verbs",
    "actors_table",
    "side_of",
]

#: Default reporting-verb table and actors table (topic pack).
DEFAULT_VERBS = "attribution_verbs.csv"
DEFAULT_ACTORS = "packs/ukraine-2022/actors.csv"


@dataclass(frozen=True)
class VerbTable:
    """A compiled reporting-verb table.

    Attributes
    ----------
    regex : re.Pattern
        Every verb (a trie; spaces in multi-word verbs match any white space), with word
        boundaries, case-insensitive.
    stance : dict
        Lower-cased verb (single spaces) -> (stance class, subcategory).
    scanner : KeyScanner
        ``regex``, scanned only where a verb's first word occurs (same matches).
    suffix_safe : bool
        No multi-word verb ends with another verb ("called for" / "for"), so a scan of a
        window that starts between two words of a verb finds nothing the whole-text scan does
        not (see :class:`VerbIndex`).
    forms : dict
        Lower-cased verb -> its grammatical form from the optional ``verb_form`` column (``base``,
        ``s``, ``past``, ``ing``); a ``base`` form needs a plural subject unless a modal or
        auxiliary stands before it (``voters say``, ``Trump would support``, not ``a
        conservative think tank``).
    contexts : dict
        Lower-cased verb -> the compiled optional ``context_after`` column: a verb whose
        non-speech sense dominates (*spoke*, *found*) is an attribution only where the text
        right after it matches (``spoke about``, ``found that``), next to a quotation, or after
        a poll/study subject.
    speakerless : frozenset
        Verbs whose optional ``speaker_optional`` column says ``yes`` (*said, says, saying*):
        always verbs of saying, so a cue even where no speaker phrase is found (the speaker is
        then the sentence's subject, or none).
    person_subject : frozenset
        ``quote_only`` verbs whose optional ``person_subject`` column says ``yes`` (*pledged*):
        also an attribution away from a quotation when the speaker phrase is a personal pronoun
        or a person's name ("Sanders pledged to …"; round 23).
    """

    regex: re.Pattern
    stance: Mapping[str, tuple[str, str]]
    scanner: KeyScanner
    suffix_safe: bool = False
    forms: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    contexts: Mapping[str, re.Pattern] = field(default_factory=dict, compare=False, hash=False)
    speakerless: frozenset[str] = field(default=frozenset(), compare=False, hash=False)
    person_subject: frozenset[str] = field(default=frozenset(), compare=False, hash=False)


@dataclass(frozen=True)
class ActorTable:
    """A compiled actors table: (pattern, side) rows, first match wins; ``sides`` caches the
    side of each speaker seen (bounded).  ``any_row`` joins the rows in one pattern (None when
    they cannot be joined); ``lead`` is the same alternation tried at each position only with
    the rows that can start there (a speaker phrase no row matches, most of them, then costs a
    few small matches instead of every row at every position)."""

    rows: tuple[tuple[re.Pattern, str], ...]
    sides: dict[str, str | None] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    any_row: re.Pattern | None = field(init=False, compare=False, hash=False, repr=False)
    lead: LeadAlternation | None = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        any_row = _any_row(self.rows)
        object.__setattr__(self, "any_row", any_row)
        lead = (
            LeadAlternation([p.pattern for p, _ in self.rows], re.IGNORECASE) if any_row else None
        )
        object.__setattr__(self, "lead", lead)


def _verbs_from_rows(rows: Iterable[Mapping[str, str]], where: str) -> VerbTable:
    stance: dict[str, tuple[str, str]] = {}
    forms: dict[str, str] = {}
    contexts: dict[str, re.Pattern] = {}
    speakerless: set[str] = set()
    person: set[str] = set()
    for i, row in enumerate(rows):
        term = " ".join(str(row.get("term", "")).lower().split())
        cat = str(row.get("category", "")).strip()
        if not term or not cat:
            raise LexiconError(
                f"{where}, row {i + 1}: a reporting verb needs 'term' and 'category'."
            )
        stance.setdefault(term, (cat, str(row.get("subcategory", "") or "").strip()))
        form = str(row.get("verb_form", "") or "").strip()
        if form:
            forms.setdefault(term, form)
        if str(row.get("speaker_optional", "") or "").strip().lower() == "yes":
            speakerless.add(term)
        if str(row.get("person_subject", "") or "").strip().lower() == "yes":
            person.add(term)
        ctx = str(row.get("context_after", "") or "").strip()
        if ctx and term not in contexts:
            contexts[term] = _row_pattern(ctx, f"{where}, row {i + 1}", "context_after")
    if not stance:
        raise LexiconError(f"{where}: no reporting verbs. Give at least one row (term, category).")
    # spaces inside multi-word verbs match any white space; longer verbs win; a verb glued to
    # the next word by a hyphen is part of a compound ("fear-mongering", "talked-about",
    # "write-in": PolNeAR train and the hit audit's dev10, voice17)
    body = trie_regex(stance, render=lambda ch: r"\s+" if ch == " " else re.escape(str(ch)))
    regex = re.compile(r"\b" + body + r"\b(?!-\w)", re.IGNORECASE)
    runs = [WORD_RUN.findall(t) if WORD_RUN.match(t) else [] for t in stance]
    keys = [(r[0], r[1] if len(r) > 1 else None) if r else None for r in runs]
    words = [t.split() for t in stance]
    suffix_safe = not any(" ".join(w[k:]) in stance for w in words for k in range(1, len(w)))
    scanner = KeyScanner.build(regex, None if None in keys else keys)
    return VerbTable(
        regex,
        stance,
        scanner,
        suffix_safe,
        forms,
        contexts,
        frozenset(speakerless),
        frozenset(person),
    )


@lru_cache(maxsize=8)
def _verbs_from_source(source: str) -> VerbTable:
    return _verbs_from_rows(read_table(source), source)


def _actors_from_rows(rows: Iterable[Mapping[str, str]], where: str) -> ActorTable:
    out = []
    for i, row in enumerate(rows):
        pat, side = str(row.get("pattern", "")).strip(), str(row.get("side", "")).strip()
        if not pat or not side:
            raise LexiconError(f"{where}, row {i + 1}: an actor needs 'pattern' and 'side'.")
        out.append((_row_pattern(pat, f"{where}, row {i + 1}", "pattern"), side))
    return ActorTable(tuple(out))


def _any_row(rows: Iterable[tuple[re.Pattern, str]]) -> re.Pattern | None:
    """One pattern that matches where any row's does (a speaker phrase no row matches, most of
    them, then costs one search instead of one per row), or None when the rows cannot be joined
    (a group name or an inline flag used twice)."""
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p, _ in rows), re.IGNORECASE)
    except re.error:
        return None


def _row_pattern(pattern: str, where: str, column: str) -> re.Pattern:
    """A table cell compiled case-insensitively, or a :class:`LexiconError` naming the row."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(
            f"{where}: bad {column} {pattern!r} ({exc}). Fix the regular expression."
        ) from None


@lru_cache(maxsize=8)
def _actors_from_source(source: str) -> ActorTable:
    return _actors_from_rows(read_table(source, required=("pattern", "side")), source)


def load_verbs(
    verbs: str | Path | Sequence[Mapping[str, str]] | VerbTable | None = None,
) -> VerbTable:
    """The compiled verb table for a ``verbs`` argument (``None``: the bundled table).

    Examples
    --------
    >>> load_verbs() is load_verbs(None)
    True
    """
    if verbs is None:
        return _verbs_from_source(DEFAULT_VERBS)
    if isinstance(verbs, VerbTable):
        return verbs
    if isinstance(verbs, (str, Path)):
        return _verbs_from_source(str(verbs))
    return _verbs_from_rows(list(verbs), "verbs")


def load_actors(
    actors: str | Path | Sequence[Mapping[str, str]] | ActorTable | None = None,
) -> ActorTable:
    """The compiled actors table for an ``actors`` argument (``None``: the bundled pack's).

    Examples
    --------
    >>> len(load_actors().rows) > 0
    True
    """
    if actors is None:
        return _actors_from_source(DEFAULT_ACTORS)
    if isinstance(actors, ActorTable):
        return actors
    if isinstance(actors, (str, Path)):
        return _actors_from_source(str(actors))
    return _actors_from_rows(list(actors), "actors")


def attribution_verbs(
    verbs: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> dict[str, tuple[str, str]]:
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
    return dict(load_verbs(verbs).stance)


def actors_table(
    actors: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> list[tuple[str, str]]:
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
    return [(p.pattern, s) for p, s in load_actors(actors).rows]


def plain_phrase(phrase: str) -> str:
    """A speaker phrase as the actor patterns are written: straight apostrophes, no accents.

    Examples
    --------
    >>> plain_phrase("Russia’s defence ministry"), plain_phrase("Recep Tayyip Erdoğan")
    ("Russia's defence ministry", 'Recep Tayyip Erdogan')
    """
    decomposed = unicodedata.normalize("NFKD", normalise_apostrophes(phrase))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def side_of(speaker: str | None, actors: ActorTable) -> str | None:
    """The side of a speaker phrase from the actors table (first matching row), or None; the
    phrase is matched as :func:`plain_phrase` gives it ("Russia’s defence ministry", "Erdoğan"
    match rows written "russia's", "erdogan")."""
    if not speaker:
        return None
    cache = actors.sides
    if speaker in cache:
        return cache[speaker]
    plain = plain_phrase(speaker) if not speaker.isascii() else speaker
    if actors.lead is not None and not actors.lead.found_in(plain):
        side = None
    else:
        side = next((side for pat, side in actors.rows if pat.search(plain)), None)
    if len(cache) < 50_000:  # the same names recur across a corpus; bounded memory
        cache[speaker] = side
    return side


class VerbIndex:
    """The reporting verbs of one text (one scan), answering "the verbs in ``text[a:b]``" as
    a scan of that window would, from the whole-text matches where that is provably the
    same, else by scanning the window."""

    __slots__ = ("text", "regex", "matches", "starts", "safe")

    def __init__(self, text: str, verbs: VerbTable, *, hits: KeyHits | None = None) -> None:
        self.text, self.regex, self.safe = text, verbs.regex, verbs.suffix_safe
        self.matches = [
            (m.start(), m.end(), m.group()) for m in verbs.scanner.finditer(text, hits=hits)
        ]
        self.starts = [m[0] for m in self.matches]

    def within(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """(start, end, verb) of the matches of a scan of ``text[a:b]`` (absolute offsets)."""
        text, n = self.text, len(self.text)
        # a window edge inside a word: the window scan may see a different word there
        edge_in_word = (0 < a < n and is_word_char(text[a - 1]) and is_word_char(text[a])) or (
            0 < b < n and is_word_char(text[b - 1]) and is_word_char(text[b])
        )
        if self.safe and not edge_in_word:
            i, j = bisect_left(self.starts, a), bisect_left(self.starts, b)
            found = self.matches[i:j]
            if not found or found[-1][1] <= b:
                return found
        return [(a + m.start(), a + m.end(), m.group()) for m in self.regex.finditer(text[a:b])]
