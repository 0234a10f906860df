"""Lexicons: CSV word lists compiled into one matcher.

The word lists are data (``analysis/lexicons/*.csv`` and topic packs under
``analysis/lexicons/packs/``; provenance in ``analysis/lexicons/README.md``).  A set of files is
compiled into **one** regular expression: a character trie of every surface form
(:mod:`analysis.detect.markers.forms`), the regular-expression rows as named alternatives before
it, wrapped in word boundaries, and scanned with a :class:`analysis.text.matcher.KeyScanner`.
Because the trie is greedy, the longest term wins where terms overlap ("special military
operation" over "military operation"; "could not be reached for comment" over "could").

Columns of a lexicon CSV (``term, category, subcategory, source, note`` are required):

``match``
    ``auto`` (default): the term plus the regular inflections of its last word and the
    British/American spellings of every word; ``exact``: only the term as written (spellings
    still apply); ``regex``: the term is a Python regular expression (the news guards).
``case``
    empty: case-insensitive; ``sensitive``: matched with the case as written ("Kiev"; "May").
``variants``
    further surface forms separated by ``|`` (irregular inflections: "felt" for "feel").
``form``
    the label reported in :attr:`Marker.term <analysis.detect.markers.match.Marker>` (naming
    rows: the variant, ``"Kiev"``; regex rows: a readable name); defaults to the term.
``keys``
    regex rows only: the words every match starts with, ``|``-separated; an entry of two words
    (``"in may"``) also names the next word of every match starting with the first; ``#`` is
    any word starting with a digit.  The scanner looks for a match only where a key occurs;
    a regex row without keys is searched everywhere (correct, slower).  The tests check every
    bundled row's keys against strings generated from its regex.

Category ``guard`` marks news-specific exclusions and idioms: a guard consumes its span and
yields no marker (see ``guards.csv``).  A row with an ``effect`` column value is a **sense
rule** (``senses.csv``; :mod:`analysis.detect.markers.senses`): a context condition on the hits
of one term.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import LexiconError
from ...lexicons import bundled_path, pack_dir, read_table
from ...text.fold import fold
from ...text.matcher import NUMBER_KEY, KeyedAlternatives, KeyScanner
from ...text.words import WORD_RUN
from .forms import form_key, forms_regex, surface_forms
from .senses import SenseRules, parse_rule

__all__ = [
    "Entry",
    "Lexicon",
    "CORE_LEXICONS",
    "CORE_SENSES",
    "PACK_FILES",
    "CATEGORIES",
    "compile_lexicon",
    "load_lexicons",
    "resolve_lexicon",
    "default_lexicon",
]

#: Core (any-topic) lexicon files, in ``analysis/lexicons``.
CORE_LEXICONS: tuple[str, ...] = (
    "guards.csv",
    "hedges.csv",
    "boosters.csv",
    "evidentials.csv",
    "quantifiers.csv",
    "loaded.csv",
    "violence.csv",
)
#: Core sense rules (:mod:`analysis.detect.markers.senses`), in ``analysis/lexicons``.
CORE_SENSES: tuple[str, ...] = ("senses.csv",)
#: Files a topic pack may contain (those present are used).
PACK_FILES: tuple[str, ...] = (
    "guards.csv",
    "loaded.csv",
    "naming.csv",
    "hedges.csv",
    "evidentials.csv",
    "senses.csv",
)
#: Categories reported by the bundled lexicons (``guard`` rows produce no marker): evaluative
#: ``loaded`` language and descriptive ``violence`` vocabulary are separate families, and so are
#: ``evidential`` markers and bare vague ``quantifier`` words ("many", "some").
CATEGORIES: tuple[str, ...] = (
    "loaded",
    "violence",
    "naming",
    "hedge",
    "booster",
    "evidential",
    "quantifier",
)

_IDENT = re.compile(r"[^0-9a-z]+")
_BACKREF = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]|\(\?P=")
_MAX_TERM_WORDS = 100


@dataclass(frozen=True)
class Entry:
    """One lexicon row as the matcher reports it."""

    term: str
    category: str
    subcategory: str
    label: str  # Marker.term


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A compiled lexicon set: use with :func:`analysis.find_markers`.

    Attributes
    ----------
    files : tuple of str
        The CSV files it was built from.
    pattern : re.Pattern
        The single compiled matcher.
    scanner : KeyScanner
        ``pattern``, scanned only where a term's first word occurs (same matches).
    rows : tuple of dict
        The lexicon rows (for documentation and reports).
    naming_groups : dict
        Naming group -> tuple of form labels, in file order.
    subcategories : tuple of (category, subcategory)
        Every (category, subcategory) pair that can be reported, in file order.
    folded_entries, cased_entries : dict
        Surface-form key (:func:`~analysis.detect.markers.forms.form_key`) -> its entries, for
        case-insensitive and case-sensitive terms.
    regex_entries : dict
        Named group of a regex row (``r0``, ``r1`` …) -> its entries.
    senses : SenseRules
        The sense rules of the set (context conditions on the hits of single terms).
    extensions : re.Pattern or None
        The case-insensitive forms that extend a case-sensitive one ("Kiev regime" after the
        naming form "Kiev"), anchored at a hit's start: :attr:`pattern` tries the case-sensitive
        forms first and so never reaches them (see :func:`~analysis.detect.markers.match_markers`).
    """

    files: tuple[str, ...]
    pattern: re.Pattern
    scanner: KeyScanner
    rows: tuple[dict[str, str], ...]
    naming_groups: Mapping[str, tuple[str, ...]]
    subcategories: tuple[tuple[str, str], ...]
    folded_entries: Mapping[str, tuple[Entry, ...]]
    cased_entries: Mapping[str, tuple[Entry, ...]]
    regex_entries: Mapping[str, tuple[Entry, ...]]
    senses: SenseRules = SenseRules(())
    extensions: re.Pattern | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def entries(self, match: re.Match) -> tuple[Entry, ...]:
        """The entries of one match of :attr:`pattern` (several when a term is listed under
        several categories; a guard's when it is a guard)."""
        group = match.lastgroup
        if group == "ci":
            return self.folded_entries.get(form_key(match.group(), ignore_case=True), ())
        if group == "cs":
            return self.cased_entries.get(form_key(match.group(), ignore_case=False), ())
        return self.regex_entries.get(group or "", ())


def _ident(s: str) -> str:
    return _IDENT.sub("_", s.lower()).strip("_")


def _entry(row: Mapping[str, str], where: str) -> tuple[Entry, str, bool]:
    """A row's entry, match mode and case sensitivity (a LexiconError names a bad row)."""
    term, cat = row["term"], _ident(row.get("category", ""))
    sub = _ident(row.get("subcategory", "")) or "general"
    if not cat:
        raise LexiconError(
            f"{where}, term {term!r}: empty 'category'. Give one of {', '.join(CATEGORIES)} or "
            "'guard'."
        )
    match = (row.get("match") or "auto").strip().lower()
    if match not in ("auto", "exact", "regex"):
        raise LexiconError(
            f"{where}, term {term!r}: match must be auto, exact or regex, not {match!r}."
        )
    sensitive = (row.get("case") or "").strip().lower() == "sensitive"
    label = (row.get("form") or "").strip() or term
    return Entry(term, cat, sub, label), match, sensitive


def _regex_body(term: str, sensitive: bool, where: str) -> str:
    """A regex row as one alternative of the lexicon pattern (checked on its own first)."""
    try:
        compiled = re.compile(term)
    except re.error as e:
        raise LexiconError(f"{where}, term {term!r}: invalid regular expression ({e}).") from None
    # a term that matches the empty string would hide every other term (and give zero-length
    # markers); group names and numbers would refer to other rows' groups
    if compiled.match("") is not None:
        raise LexiconError(
            f"{where}, term {term!r}: the regular expression matches the empty string; "
            "make it match at least one character (e.g. x+ instead of x*)."
        )
    if compiled.groupindex or _BACKREF.search(term):
        raise LexiconError(
            f"{where}, term {term!r}: named groups and back-references are not supported "
            "in lexicon regexes; use (?:...) groups."
        )
    return f"(?{'' if sensitive else 'i'}:{term})"


def _declared_keys(row: Mapping[str, str], where: str) -> list[tuple[str, str | None]] | None:
    """The ``keys`` of a regex row as (first, second) word pairs, or None when not declared."""
    text = (row.get("keys") or "").strip()
    if not text:
        return None
    out: list[tuple[str, str | None]] = []
    for item in text.split("|"):
        words = item.split()
        ok = 1 <= len(words) <= 2 and all(w == NUMBER_KEY or WORD_RUN.fullmatch(w) for w in words)
        if not ok:
            raise LexiconError(
                f"{where}, term {row['term']!r}: key {item!r} is not one or two words. Give the "
                "first word (and optionally the second) of every match, e.g. 'in may|since may'."
            )
        out.append((words[0], words[1] if len(words) > 1 else None))
    return out


def _form_keys(form: tuple[str, ...]) -> tuple[str, str | None] | None:
    """The first word of a surface form (and its second), or None if it starts with punctuation."""
    if WORD_RUN.match(form[0]) is None:
        return None
    runs = WORD_RUN.findall(" ".join(form))
    return runs[0], runs[1] if len(runs) > 1 else None


class _Builder:
    """Collects the rows of a lexicon set into the pieces of one :class:`Lexicon`."""

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.folded: dict[str, list[Entry]] = {}
        self.cased: dict[str, list[Entry]] = {}
        self.regex: dict[str, list[Entry]] = {}
        self.folded_forms: set[tuple[str, ...]] = set()
        self.cased_forms: set[tuple[str, ...]] = set()
        self.regex_parts: list[str] = []
        self.regex_keys: list[list[str] | None] = []  # per regex row: its folded first words
        self.keys: list[tuple[str, str | None]] = []
        self.fallback: list[str] = []  # alternatives without keys, scanned on their own
        self.form_keys: set[str] = set()  # the first words of the surface forms
        self.naming: dict[str, list[str]] = {}
        self.subcats: list[tuple[str, str]] = []
        self.rules: list = []

    def add(self, row: dict[str, str], where: str) -> None:
        if (row.get("effect") or "").strip():
            self.rules.append(parse_rule(row, where))
            return
        entry, match, sensitive = _entry(row, where)
        self.rows.append(row)
        if entry.category != "guard" and (entry.category, entry.subcategory) not in self.subcats:
            self.subcats.append((entry.category, entry.subcategory))
        if entry.category == "naming":
            labels = self.naming.setdefault(entry.subcategory, [])
            if entry.label not in labels:
                labels.append(entry.label)
        if match == "regex":
            self._add_regex(row, entry, sensitive, where)
        else:
            self._add_forms(row, entry, match, sensitive, where)

    def _add_regex(self, row: Mapping[str, str], entry: Entry, sensitive: bool, where: str) -> None:
        body = _regex_body(entry.term, sensitive, where)
        name = f"r{len(self.regex_parts)}"
        self.regex_parts.append(f"(?P<{name}>{body})")
        keys = _declared_keys(row, where)
        if keys is None:
            self.fallback.append(body)
        else:
            self.keys.extend(keys)
        self.regex_keys.append(None if keys is None else [fold(k) for k, _ in keys])
        self.regex[name] = [entry]

    def _add_forms(
        self, row: Mapping[str, str], entry: Entry, match: str, sensitive: bool, where: str
    ) -> None:
        term = entry.term
        if len(term.split()) > _MAX_TERM_WORDS:  # the trie regex nests one level per word
            raise LexiconError(
                f"{where}, term {term[:60]!r}…: {len(term.split())} words; a lexicon term has at "
                f"most {_MAX_TERM_WORDS}. Split it, or check the row's quotes and commas."
            )
        variants = [v for v in (row.get("variants") or "").split("|") if v.strip()]
        for form in surface_forms(term, match=match, variants=variants):
            keys = _form_keys(form)
            if keys is not None:
                self.keys.append(keys)
                self.form_keys.add(keys[0])
            else:  # starts with punctuation ("'90s"): scanned on its own
                self.fallback.append(forms_regex([form], ignore_case=not sensitive))
            key = form_key(" ".join(form), ignore_case=not sensitive)
            if sensitive:
                self.cased_forms.add(form)
                entries = self.cased.setdefault(key, [])
            else:
                self.folded_forms.add(tuple(w.lower() for w in form))
                entries = self.folded.setdefault(key, [])
            if entry not in entries:
                entries.append(entry)

    def forms_part(self) -> str | None:
        """The alternatives of the surface forms (after the regex rows'), or None."""
        alts = []
        if self.cased_forms:
            alts.append(r"(?P<cs>" + forms_regex(self.cased_forms) + r")")
        if self.folded_forms:
            # case-insensitive by explicit character classes (see forms_regex), not by a flag
            alts.append(r"(?P<ci>" + forms_regex(self.folded_forms, ignore_case=True) + r")")
        return "|".join(alts) or None

    def pattern(self, forms: str | None) -> re.Pattern:
        alts = [*self.regex_parts, *([forms] if forms else [])]
        source = r"(?<!\w)(?:" + ("|".join(alts) or r"(?!x)x") + r")(?!\w)"
        try:
            return re.compile(source)
        except re.error as e:  # pragma: no cover - guarded by per-row checks
            raise LexiconError(f"lexicon could not be compiled ({e}).") from None

    def lexicon(self, files: Sequence[str | Path]) -> Lexicon:
        forms = self.forms_part()
        pattern = self.pattern(forms)
        fallback = r"(?<!\w)(?:" + "|".join(self.fallback) + r")(?!\w)" if self.fallback else None
        # at a key position only the regex rows keyed by the word there are tried (same match)
        # ... and the forms only at the words that start one
        routed = KeyedAlternatives(
            list(zip(self.regex_parts, self.regex_keys)), forms, rest_keys=self.form_keys
        )
        return Lexicon(
            files=tuple(str(f) for f in files),
            pattern=pattern,
            scanner=KeyScanner.build(pattern, self.keys, fallback=fallback, match_at=routed.match),
            rows=tuple(self.rows),
            naming_groups={k: tuple(v) for k, v in self.naming.items()},
            subcategories=tuple(self.subcats),
            folded_entries={k: tuple(v) for k, v in self.folded.items()},
            cased_entries={k: tuple(v) for k, v in self.cased.items()},
            regex_entries={k: tuple(v) for k, v in self.regex.items()},
            senses=SenseRules(self.rules),
            extensions=self.extensions(),
        )

    def extensions(self) -> re.Pattern | None:
        """The folded forms that start with a whole cased form (see :attr:`Lexicon.extensions`)."""
        cased = {tuple(w.lower() for w in form) for form in self.cased_forms}
        longer = {
            form
            for form in self.folded_forms
            if any(len(c) < len(form) and form[: len(c)] == c for c in cased)
        }
        if not longer:
            return None
        return re.compile(r"(?:" + forms_regex(longer, ignore_case=True) + r")(?!\w)")


def compile_lexicon(files: Sequence[str | Path]) -> Lexicon:
    """Compile lexicon CSV files (bundled names or the user's own paths) into a :class:`Lexicon`.

    Parameters
    ----------
    files
        Bundled names relative to ``analysis/lexicons`` (``"hedges.csv"``,
        ``"packs/ukraine-2022/naming.csv"``) and/or paths to CSV files with the columns
        ``term, category, subcategory, source, note`` (optional: ``match``, ``case``,
        ``variants``, ``form``, ``keys``); rows with an ``effect`` are sense rules
        (:mod:`analysis.detect.markers.senses`).

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        A file is missing or malformed, a row lacks a category, or a regex term is invalid.

    Examples
    --------
    >>> from analysis import find_markers
    >>> lex = compile_lexicon(["hedges.csv"])
    >>> [m.term for m in find_markers("It may rain.", lexicons=lex)]
    ['may']
    """
    builder = _Builder()
    for f in files:
        if Path(str(f)).name == "topic.csv":  # a pack without lexicon tables: no rows
            continue
        for row in read_table(f):
            builder.add(row, str(f))
    return builder.lexicon(files)


@lru_cache(maxsize=16)
def _cached(files: tuple[str, ...]) -> Lexicon:
    return compile_lexicon(files)


def load_lexicons(
    *, packs: Sequence[str] = ("ukraine-2022",), extra: Sequence[str | Path] = (), core: bool = True
) -> Lexicon:
    """Load and compile the bundled lexicons, topic packs and the user's own lexicon files.

    Parameters
    ----------
    packs
        Topic packs: names of bundled packs (``analysis/lexicons/packs/``) or folders of your
        own (with a ``topic.csv``); default ``("ukraine-2022",)``; ``()`` for the core
        lexicons only.
    extra
        Paths to the user's own lexicon CSVs (same columns), added to the bundled ones.
    core
        Include the core (any-topic) lexicons, guards and sense rules.

    Returns
    -------
    Lexicon
        Compiled once and cached for a given set of files.

    Raises
    ------
    LexiconError
        Unknown pack or malformed file.

    Examples
    --------
    >>> lex = load_lexicons()
    >>> "kyiv" in lex.naming_groups
    True
    """
    packs = [packs] if isinstance(packs, str) else packs  # not list("ukraine-2022")
    extra = [extra] if isinstance(extra, (str, Path)) else extra
    files: list[str] = [*CORE_LEXICONS, *CORE_SENSES] if core else []
    for pack in packs:
        d = pack_dir(pack)  # a bundled name, or your own pack's folder
        # a pack of actor tables only is known by its topic.csv (packs_of reads the files)
        here = [n for n in PACK_FILES if (d / n).is_file()] or ["topic.csv"]
        if d == bundled_path(f"packs/{pack}"):
            files += [f"packs/{pack}/{n}" for n in here]
        else:
            files += [str(d / n) for n in here]
    files += [str(Path(p).resolve()) for p in extra]
    return _cached(tuple(files))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """``load_lexicons()`` (the bundled set), resolved once per process instead of per call."""
    return load_lexicons()


def resolve_lexicon(lexicons: Lexicon | Sequence[str | Path] | str | Path | None = None) -> Lexicon:
    """The compiled :class:`Lexicon` for a ``lexicons`` argument of the public functions.

    Parameters
    ----------
    lexicons
        A compiled :class:`Lexicon`, one CSV path, a sequence of CSV paths (used instead of
        the bundled set), or ``None`` (the bundled set).

    Examples
    --------
    >>> resolve_lexicon() is resolve_lexicon(None)
    True
    """
    if lexicons is None:
        return default_lexicon()
    if isinstance(lexicons, Lexicon):
        return lexicons
    if isinstance(lexicons, (str, Path)):
        return _cached((str(lexicons),))
    return _cached(tuple(str(p) for p in lexicons))
