"""Source profiles: who speaks in an article, by source type and side (issue 18).

Every attributed word has a source: the words of a direct quotation belong to its speaker, the
content of reported speech (an attribution without quotation marks, ``kind`` ``indirect`` or
``according_to``: the *reported* voice) to the attribution's source.  The source's **type**
comes from ``lexicons/source_types.csv`` (rules in ``source_types.md``): government, military,
expert, civilian, media, anonymous, or other; its **side** from the actors table.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import LexiconError
from ...lexicons import read_table
from ...text.names import fold_person_names
from ...text.words import APOSTROPHE_WORD
from .records import Attribution, Quote
from .speakers import is_named_person, is_pronoun
from .tables import ActorTable, load_actors

__all__ = [
    "SOURCE_TYPES",
    "REPORTED_KINDS",
    "source_type",
    "source_profile",
    "load_source_types",
    "group_plural",
    "names_a_source",
]

#: Source types, in report order (``other``: no pattern matched).
SOURCE_TYPES: tuple[str, ...] = (
    "government",
    "military",
    "expert",
    "civilian",
    "media",
    "anonymous",
    "other",
)
#: Attribution kinds whose content is reported speech (no quotation marks).
REPORTED_KINDS: tuple[str, ...] = ("indirect", "according_to")
#: The holder of a document named after it ("a report obtained by The Associated Press"): who
#: has the document, not who says it (round src41); cut off before typing, with its side.
_HOLDER = re.compile(r"\s+(?:\w+ly\s+)?(?:obtained|seen|reviewed|viewed)\s+by\b.*", re.I | re.S)


@dataclass(frozen=True, eq=False)
class SourceTable:
    """The compiled source-type table: ``(type, pattern)`` pairs in file order (iterate it).

    Hashed by identity: :func:`source_type` caches per table and phrase, and hashing the
    compiled patterns on every call (CPython hashes a pattern's whole program) cost 17 µs.
    """

    rows: tuple[tuple[str, re.Pattern], ...]

    def __iter__(self) -> Iterator[tuple[str, re.Pattern]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def _compile(rows: Sequence[Mapping[str, str]], where: str) -> SourceTable:
    out = []
    for i, row in enumerate(rows):
        kind, pat = str(row.get("type", "")).strip(), str(row.get("pattern", "")).strip()
        if kind not in SOURCE_TYPES or not pat:
            raise LexiconError(
                f"{where}, row {i + 1}: a source type needs 'type' (one of {SOURCE_TYPES}) "
                "and 'pattern'."
            )
        try:
            out.append((kind, re.compile(pat, re.IGNORECASE)))
        except re.error as e:
            raise LexiconError(f"{where}, row {i + 1}: bad pattern {pat!r} ({e}).") from e
    return SourceTable(tuple(out))


@lru_cache(maxsize=8)
def _bundled(source: str) -> SourceTable:
    return _compile(read_table(source, required=("type", "pattern")), source)


def load_source_types(
    source_types: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> SourceTable:
    """The compiled source-type table: ``(type, pattern)`` pairs in file order.

    Examples
    --------
    >>> [t for t, _ in load_source_types()][:2]
    ['anonymous', 'media']
    """
    if source_types is None:
        return _bundled("source_types.csv")
    if isinstance(source_types, (str, Path)):
        return _bundled(str(source_types))
    return _compile(list(source_types), "source_types")


def source_type(
    phrase: str | None,
    side: str | None = None,
    table: SourceTable | None = None,
) -> str:
    """The source type of a speaker phrase (rules in ``lexicons/source_types.md``).

    Parameters
    ----------
    phrase
        The speaker after pronoun resolution (``Attribution.resolved``), or ``None``.
    side
        Its side in the actors table, if any.
    table
        :func:`load_source_types` output (default: the bundled table).

    Returns
    -------
    str
        One of :data:`SOURCE_TYPES`.

    Examples
    --------
    >>> source_type("a senior administration official")
    'anonymous'
    >>> source_type("State Department spokesman John Kirby")
    'government'
    >>> source_type("Peskov", "russian_government")
    'government'
    >>> [source_type(p) for p in ("residents", "a CNN host", "Smith", "he", None)]
    ['civilian', 'media', 'other', 'other', 'other']
    >>> source_type("a State Department report obtained by The Associated Press", "media")
    'government'
    """
    if not phrase or is_pronoun(phrase):
        return "other"
    held = _HOLDER.search(phrase)
    if held and held.start() > 0:  # the side, if any, is the holder's
        phrase, side = phrase[: held.start()], None
    if side:
        if "government" in side:
            return "government"
        if side == "media":
            return "media"
    return _type_of(phrase, load_source_types() if table is None else table) or "other"


def names_a_source(phrase: str | None, table: SourceTable | None = None) -> bool:
    """Whether a row of the source-type table matches the phrase as written, whatever its type
    (a row of type ``other`` too: "The report", "Polls" are sources of no listed type).  The
    speaker finders ask this, not the type, so that a row's type never moves a speaker (round
    src41).

    Examples
    --------
    >>> [names_a_source(p) for p in ("The report", "Polls", "residents", "Smith", "he")]
    [True, True, True, False, False]
    """
    if not phrase or is_pronoun(phrase):
        return False
    return _type_of(phrase, load_source_types() if table is None else table) is not None


def group_plural(phrase: str) -> bool:
    """Whether a capitalised phrase names a group by a plural common noun of the source-type
    table ("Republicans", "House Democrats", "Aides"): *he* or *she* never refers to it (round
    21, AllSides: 33 pronoun quotations resolved to "Republicans" or "Democrats").

    Examples
    --------
    >>> [group_plural(p) for p in ("Republicans", "Senate Democrats", "Aides", "Sanders")]
    [True, True, True, False]
    """
    if phrase[-1:] != "s":
        return False  # the cheap test first
    head = phrase.split()[-1]
    if not head[:1].isupper() or head.endswith(("ss", "'s", "’s")):
        return False
    return names_a_source(head.lower())


@lru_cache(maxsize=4096)
def _type_of(phrase: str, table: SourceTable) -> str | None:
    """The type of the first row matching the phrase, ``None`` if none does (cached: speakers
    recur)."""
    named = is_named_person(phrase[:1].lower() + phrase[1:])  # "Officials said": not a name
    for kind, pat in table:
        if kind == "anonymous" and named:
            continue
        if pat.search(phrase):
            return kind
    return None


def _voices(text: str, quotes: Sequence[Quote], attributions: Sequence[Attribution]):
    """(source phrase, side, words) for every direct quotation piece with a speaker and every
    reported-speech content.  A word inside nested contents counts once, for the innermost
    ("Residents said they were afraid, according to Reuters": *they were afraid* is the
    residents', *Residents said* Reuters')."""
    spans = [
        (q.speaker, q.side, q.start, q.end) for q in quotes if q.kind == "direct" and q.speaker
    ]
    spans += [
        (a.resolved, a.side, a.content_start, a.content_end)
        for a in attributions
        if a.quote_id is None and a.kind in REPORTED_KINDS and a.resolved
    ]
    raw = [len(APOSTROPHE_WORD.findall(text, s, e)) if 0 <= s < e else 0 for _, _, s, e in spans]
    count = list(raw)
    stack: list[int] = []  # enclosing spans, by start (sweep: no quadratic pairing)
    for i in sorted(range(len(spans)), key=lambda k: (spans[k][2], -spans[k][3])):
        s, e = spans[i][2:]
        if not 0 <= s < e:
            continue
        while stack and spans[stack[-1]][3] < e:
            stack.pop()
        if stack and spans[stack[-1]][2:] != (s, e):
            count[stack[-1]] = max(0, count[stack[-1]] - raw[i])  # the direct parent
        stack.append(i)
    for (phrase, side, _, _), n in zip(spans, count):
        yield phrase, side, n


def source_profile(
    text: str,
    quotes: Sequence[Quote],
    attributions: Sequence[Attribution],
    *,
    actors: str | Path | Sequence[Mapping[str, str]] | ActorTable | None = None,
    source_types: str | Path | Sequence[Mapping[str, str]] | None = None,
) -> dict:
    """Per-article source profile (feature columns; see ``docs/features.md``).

    Keys
    ----
    n_sources
        Distinct sources (case- and accent-insensitive, pronouns resolved, a short form of a
        given name counted with the full name of the same surname in the article:
        :func:`analysis.text.names.fold_person_names`) of direct quotations and of reported
        speech.
    n_reported_speech
        Attributions without quotation marks (kind ``indirect`` or ``according_to``).
    reported_share
        Characters of reported-speech content / ``len(text)``.
    n_words_attributed
        Words of direct quotations with a speaker plus words of reported-speech content.
    source_share_<type>
        Share of the attributed words whose source is of that type (:data:`SOURCE_TYPES`);
        NaN when no word is attributed.
    source_share_side_<side>
        The same by side of the actors table, plus ``source_share_side_unknown``.
    anonymous_source_share
        Share of the sourced attributions and quotations whose source is anonymous (NaN when
        there is none).

    Parameters
    ----------
    text
        The article body.
    quotes, attributions
        :func:`analyse_quotes` output for ``text``.
    actors, source_types
        The tables (default: the bundled ones).

    Returns
    -------
    dict

    Examples
    --------
    >>> from analysis.detect.quotes import analyse_quotes
    >>> t = "Officials said the talks had failed. 'We will go on,' Peskov said."
    >>> p = source_profile(t, *analyse_quotes(t))
    >>> p["n_sources"], p["n_reported_speech"], p["n_words_attributed"]
    (2, 1, 8)
    >>> p["source_share_anonymous"], p["source_share_government"], p["anonymous_source_share"]
    (0.5, 0.5, 0.5)
    >>> p["source_share_side_russian_government"], p["source_share_side_unknown"]
    (0.5, 0.5)
    """
    at = load_actors(actors)
    table = load_source_types(source_types)
    n = len(text) if isinstance(text, str) else 0
    by_type = dict.fromkeys(SOURCE_TYPES, 0)
    sides: dict[str, int] = {}
    for _, s in at.rows:
        sides.setdefault(s, 0)
    sides["unknown"] = 0
    names: list[str] = []
    n_anon, n_voices, total = 0, 0, 0
    for phrase, side, words in _voices(text, quotes, attributions):
        kind = source_type(phrase, side, table)
        names.append(phrase)
        n_voices += 1
        n_anon += kind == "anonymous"
        by_type[kind] += words
        sides[side if side in sides else "unknown"] += words
        total += words
    reported = [a for a in attributions if a.quote_id is None and a.kind in REPORTED_KINDS]
    rep_chars = sum(max(0, a.content_end - a.content_start) for a in reported)
    feats: dict = {
        "n_sources": len(set(fold_person_names(names).values())),
        "n_reported_speech": len(reported),
        "reported_share": rep_chars / n if n else 0.0,
        "n_words_attributed": total,
    }
    for k, v in by_type.items():
        feats[f"source_share_{k}"] = v / total if total else math.nan
    for k, v in sides.items():
        feats[f"source_share_side_{k}"] = v / total if total else math.nan
    feats["anonymous_source_share"] = n_anon / n_voices if n_voices else math.nan
    return feats
