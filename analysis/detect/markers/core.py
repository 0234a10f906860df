"""Framing markers: loaded terms, naming variants, hedges, boosters and evidentials, by voice.

The word lists are data (``analysis/lexicons/*.csv`` and topic packs under
``analysis/lexicons/packs/``; provenance in ``analysis/lexicons/README.md``).  They are compiled
into **one** regular expression per lexicon set: a character trie of every surface form (so the
engine never loops over terms), wrapped in word boundaries.  Because the trie is greedy, the
longest term wins where terms overlap ("special military operation" over "military operation";
"could not be reached for comment" over "could").

Matching rules (columns of a lexicon CSV; ``term, category, subcategory, source, note`` are
required, the others optional):

``match``
    ``auto`` (default): the term plus the regular inflections of its last word (``-s``,
    ``-es``, ``-ies``, ``-ed``, ``-ing``, doubled final consonant) and British/American
    ``-ise``/``-ize``, ``-isation``/``-ization``, ``-yse``/``-yze`` spellings of every word;
    ``exact``: only the term as written (spelling variants still apply);
    ``regex``: the term is a Python regular expression (used for the news guards).
``case``
    empty: case-insensitive; ``sensitive``: matched with the case as written (proper nouns
    used as naming forms, e.g. "Kiev"; "May" the month).
``variants``
    further surface forms separated by ``|`` (irregular inflections: "felt" for "feel").
``form``
    the label reported in :attr:`Marker.term` (naming rows: the variant, ``"Kiev"``; regex
    rows: a readable name); defaults to the term.  The naming *group* is the ``subcategory``.

Words inside multi-word terms may be separated by any whitespace or a hyphen ("so-called" =
"so called"; "war-torn" = "war torn").  Category ``guard`` marks news-specific exclusions:
a guard consumes its span and yields no marker (see ``guards.csv``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...errors import LexiconError
from ...lexicons import bundled_path, read_table
from ...records import maker
from ...text.scan import KeyedPattern, cased_chars, first_char_class, first_char_guard, first_words, required_literals

__all__ = [
    "Marker",
    "Lexicon",
    "CORE_LEXICONS",
    "load_lexicons",
    "compile_lexicon",
    "find_markers",
    "marker_features",
    "CATEGORIES",
]

#: Core (any-topic) lexicon files, in ``analysis/lexicons``.
CORE_LEXICONS: tuple[str, ...] = ("guards.csv", "hedges.csv", "boosters.csv", "evidentials.csv", "loaded.csv")
#: Files a topic pack may contain (those present are used).
PACK_FILES: tuple[str, ...] = ("guards.csv", "loaded.csv", "naming.csv", "hedges.csv", "evidentials.csv")
#: Categories reported by the bundled lexicons (``guard`` rows produce no marker).
CATEGORIES: tuple[str, ...] = ("loaded", "naming", "hedge", "booster", "evidential")
VOICES: tuple[str, ...] = ("author", "quoted")

_SEP = r"(?:\s*[-\u2010\u2011\u2012\u2013]\s*|\s+)"  # between words of a multi-word term
_APOS = "['\u2019]"
_WORD_RE = re.compile(r"[^\s\-\u2010\u2011\u2012\u2013]+")
_SEP_RE = re.compile(r"\s*[-\u2010\u2011\u2012\u2013]\s*|\s+")
_IDENT_RE = re.compile(r"[^0-9a-z]+")
_LEAD_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class Marker:
    """One lexicon hit.

    Attributes
    ----------
    start, end : int
        Character offsets into the analysed text; ``text[start:end] == marker.text``.
    text : str
        The words as they appear in the text.
    category : str
        ``loaded``, ``naming``, ``hedge``, ``booster``, ``evidential`` (or a user category).
    subcategory : str
        E.g. ``dehumanising``, ``euphemism`` (loaded); ``epistemic_modal``, ``approximator``
        (hedge); for ``naming``, the naming group (``kyiv``).
    term : str
        The lexicon entry (lemma); for ``naming``, the form label (``"Kiev"``).
    voice : str
        ``"quoted"`` inside a quotation (direct or scare quote), else ``"author"``.
    """

    start: int
    end: int
    text: str
    category: str
    subcategory: str
    term: str
    voice: str


_new_marker = maker(Marker)  # every field, in order (records.maker)


@dataclass(frozen=True)
class _Entry:
    term: str
    category: str
    subcategory: str
    label: str  # Marker.term


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A compiled lexicon set: use with :func:`find_markers`.

    Attributes
    ----------
    files : tuple of str
        The CSV files it was built from.
    pattern : re.Pattern
        The single compiled matcher.
    rows : tuple of dict
        The lexicon rows (for documentation and reports).
    naming_groups : dict
        Naming group -> tuple of form labels, in file order.
    subcategories : tuple of (category, subcategory)
        Every (category, subcategory) pair that can be reported, in file order.
    """

    files: tuple[str, ...]
    pattern: re.Pattern
    rows: tuple[dict[str, str], ...]
    naming_groups: dict[str, tuple[str, ...]]
    subcategories: tuple[tuple[str, str], ...]
    _ci: dict[str, tuple[_Entry, ...]] = field(repr=False)
    _cs: dict[str, tuple[_Entry, ...]] = field(repr=False)
    _rx: dict[str, tuple[_Entry, ...]] = field(repr=False)
    _scanner: KeyedPattern | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.rows)


# --------------------------------------------------------------------------- inflection
_VOWELS = set("aeiou")


def _inflect_word(w: str) -> set[str]:
    """Regular inflections of one word (over-generation of non-words is harmless)."""
    out = {w}
    lw = w.lower()
    if len(lw) < 2 or not lw.isalpha():
        return out
    if lw.endswith("ie"):
        out |= {w + "s", w + "d", w[:-2] + "ying"}
    elif lw.endswith("ee"):
        out |= {w + "s", w + "d", w + "ing"}
    elif lw.endswith("e"):
        out |= {w + "s", w + "d", w[:-1] + "ing"}
    elif lw.endswith("y") and lw[-2] not in _VOWELS:
        out |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif lw.endswith(("s", "x", "z", "ch", "sh")):
        out |= {w + "es", w + "ed", w + "ing"}
    else:
        out |= {w + "s", w + "ed", w + "ing"}
        if lw[-1] not in _VOWELS and lw[-1] not in "wxy" and lw[-2] in _VOWELS and (len(lw) < 3 or lw[-3] not in _VOWELS):
            out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


_SPELL_RE = re.compile(r"(?<=[a-z])(is|iz)(?=(e|ed|es|ing|ation|ations|ational|er|ers)$)|(?<=[a-z])(ys|yz)(?=(e|ed|es|ing)$)", re.I)


def _spellings(w: str) -> set[str]:
    """British and American spellings of one word (-ise/-ize, -isation/-ization, -yse/-yze)."""
    out = {w}
    m = _SPELL_RE.search(w)
    if m and len(w) > 5:
        g = m.group(0)
        swap = {"is": "iz", "iz": "is", "ys": "yz", "yz": "ys", "IS": "IZ", "IZ": "IS"}.get(g, g.translate(str.maketrans("sSzZ", "zZsS")))
        out.add(w[: m.start()] + swap + w[m.end():])
    return out


def _surface_forms(term: str, *, match: str, variants: Sequence[str]) -> set[tuple[str, ...]]:
    """All surface forms of a term, each as a tuple of words."""
    forms: set[tuple[str, ...]] = set()
    for base in (term, *variants):
        words = _WORD_RE.findall(base)
        if not words:
            continue
        lasts = _inflect_word(words[-1]) if match == "auto" else {words[-1]}
        for last in lasts:
            seqs: list[tuple[str, ...]] = [()]
            for w in (*words[:-1], last):
                seqs = [s + (v,) for s in seqs for v in _spellings(w)]
            forms.update(seqs)
    return forms


# --------------------------------------------------------------------------- trie regex
def _unit_regex(ch: str, folds: dict[str, str] | None = None) -> str:
    if ch in "'\u2019":
        return _APOS
    if folds is not None and ch in folds:
        return folds[ch]
    return re.escape(ch)


def _case_folds(chars: Iterable[str]) -> dict[str, str]:
    """For each cased character, a class of every character ``re.IGNORECASE`` matches it with.

    ``[Kk\u212a]`` without the flag matches exactly what ``k`` matches with it, but the regex
    engine can test a class before entering an alternative (it cannot for a case-insensitive
    literal), so the case-insensitive trie is compiled with explicit classes: same matches,
    several times faster.
    """
    cased = sorted({c for c in chars if c.lower() != c.upper() or c.lower() != c})
    if not cased:
        return {}
    universe = cased_chars()
    out: dict[str, str] = {}
    for c in cased:
        members = sorted(set(re.findall(re.escape(c), universe, re.I)) | {c})
        out[c] = members[0] if len(members) == 1 else "[" + "".join(map(re.escape, members)) + "]"
    return out


def _trie_regex(forms: Iterable[tuple[str, ...]], *, fold: bool = False) -> str:
    """A greedy trie regex over word sequences (separator = flexible whitespace/hyphen)."""
    trie: dict = {}
    end = object()
    forms = list(forms)
    folds = _case_folds({ch for words in forms for w in words for ch in w}) if fold else None
    for words in forms:
        node = trie
        for i, w in enumerate(words):
            if i:
                node = node.setdefault(" ", {})
            for ch in w:
                node = node.setdefault(ch, {})
        node[end] = True

    def emit(node: dict) -> str:
        terminal = end in node
        keys = sorted((k for k in node if k is not end), key=lambda k: (k == " ", k))
        alts = []
        for k in keys:
            unit = _SEP if k == " " else _unit_regex(k, folds)
            alts.append(unit + emit(node[k]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if terminal:
            if len(alts) == 1 and len(keys[0]) == 1 and not node[keys[0]].keys() - {end} and keys[0] != " ":
                return body + "?"
            return "(?:" + body + ")?"
        return body

    # recursion depth = length of the longest term (a few dozen characters)
    return emit(trie)


def _norm(s: str) -> str:
    return _SEP_RE.sub(" ", s.replace("\u2019", "'")).strip()


def _ident(s: str) -> str:
    return _IDENT_RE.sub("_", s.lower()).strip("_")


def compile_lexicon(files: Sequence[str | Path]) -> Lexicon:
    """Compile lexicon CSV files (bundled names or the user's own paths) into a :class:`Lexicon`.

    Parameters
    ----------
    files
        Bundled names relative to ``analysis/lexicons`` (``"hedges.csv"``,
        ``"packs/ukraine-2022/naming.csv"``) and/or paths to CSV files with the columns
        ``term, category, subcategory, source, note`` (optional: ``match``, ``case``,
        ``variants``, ``form``).

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        A file is missing or malformed, a row lacks a category, or a regex term is invalid.

    Examples
    --------
    >>> lex = compile_lexicon(["hedges.csv"])
    >>> [m.term for m in find_markers("It may rain.", lexicons=lex)]
    ['may']
    """
    rows_all: list[dict[str, str]] = []
    ci: dict[str, list[_Entry]] = {}
    cs: dict[str, list[_Entry]] = {}
    rx: dict[str, list[_Entry]] = {}
    ci_forms: set[tuple[str, ...]] = set()
    cs_forms: set[tuple[str, ...]] = set()
    rx_parts: list[str] = []
    keys: list[tuple[str, str | None]] = []  # first (and second) word of each alternative (analysis.text.scan)
    fallback: list[str] = []  # alternatives without a derivable first word
    naming: dict[str, list[str]] = {}
    subcats: list[tuple[str, str]] = []
    for f in files:
        rows = read_table(f)
        for i, row in enumerate(rows, start=2):
            term, cat = row["term"], _ident(row.get("category", ""))
            sub = _ident(row.get("subcategory", "")) or "general"
            if not cat:
                raise LexiconError(f"{f}, term {term!r}: empty 'category'. Give one of {', '.join(CATEGORIES)} or 'guard'.")
            match = (row.get("match") or "auto").strip().lower()
            if match not in ("auto", "exact", "regex"):
                raise LexiconError(f"{f}, term {term!r}: match must be auto, exact or regex, not {match!r}.")
            sensitive = (row.get("case") or "").strip().lower() == "sensitive"
            label = (row.get("form") or "").strip() or term
            entry = _Entry(term, cat, sub, label)
            rows_all.append(row)
            if cat != "guard" and (cat, sub) not in subcats:
                subcats.append((cat, sub))
            if cat == "naming":
                forms_ = naming.setdefault(sub, [])
                if label not in forms_:
                    forms_.append(label)
            if match == "regex":
                try:
                    compiled = re.compile(term)
                except re.error as e:
                    raise LexiconError(f"{f}, term {term!r}: invalid regular expression ({e}).") from None
                # the term becomes one alternative of a single pattern: a term that matches the empty
                # string would hide every other term (and give zero-length markers); group names and
                # numbers would refer to other rows' groups
                if compiled.match("") is not None:
                    raise LexiconError(f"{f}, term {term!r}: the regular expression matches the empty string; "
                                       "make it match at least one character (e.g. x+ instead of x*).")
                if compiled.groupindex or _BACKREF.search(term):
                    raise LexiconError(f"{f}, term {term!r}: named groups and back-references are not supported "
                                       "in lexicon regexes; use (?:...) groups.")
                name = f"r{len(rx_parts)}"
                body = f"(?{'' if sensitive else 'i'}:{term})"
                rx_parts.append(f"(?P<{name}>{first_char_guard(body)}{body})")
                words = first_words(body)
                if words is None:
                    fallback.append(body)
                else:
                    keys.extend(words)
                rx[name] = [entry]
                continue
            if len(term.split()) > _MAX_TERM_WORDS:  # the trie regex nests one level per word
                raise LexiconError(f"{f}, term {term[:60]!r}…: {len(term.split())} words; a lexicon term has at "
                                   f"most {_MAX_TERM_WORDS}. Split it, or check the row's quotes and commas.")
            variants = [v for v in (row.get("variants") or "").split("|") if v.strip()]
            for form in _surface_forms(term, match=match, variants=variants):
                lead = _LEAD_WORD_RE.match(form[0])
                if lead is not None:
                    runs = _LEAD_WORD_RE.findall(" ".join(form))
                    keys.append((runs[0], runs[1] if len(runs) > 1 else None))
                else:  # starts with punctuation ("'90s"): scanned on its own
                    fallback.append(_trie_regex([form], fold=not sensitive))
                key = " ".join(form)
                if sensitive:
                    cs_forms.add(form)
                    lst = cs.setdefault(key, [])
                else:
                    ci_forms.add(tuple(w.lower() for w in form))
                    lst = ci.setdefault(key.lower().replace("\u2019", "'"), [])
                if entry not in lst:
                    lst.append(entry)
    alts = list(rx_parts)
    if cs_forms:
        alts.append(r"(?P<cs>" + _trie_regex(cs_forms) + r")")
    if ci_forms:
        # case-insensitive by explicit character classes (see _case_folds), not by a flag
        alts.append(r"(?P<ci>" + _trie_regex(ci_forms, fold=True) + r")")
    source = r"(?<!\w)(?:" + ("|".join(alts) or r"(?!x)x") + r")(?!\w)"
    try:
        pattern = re.compile(source)
    except re.error as e:  # pragma: no cover - guarded by per-row checks
        raise LexiconError(f"lexicon could not be compiled ({e}).") from None
    fb = "|".join(fallback)
    scanner = KeyedPattern(
        pattern,
        keys,
        fallback=(r"(?<!\w)(?:" + fb + r")(?!\w)") if fallback else None,
        fallback_needs=required_literals(fb) if fallback else None,
        fallback_first=first_char_class(fb) if fallback else None,
    )
    return Lexicon(
        files=tuple(str(f) for f in files),
        pattern=pattern,
        rows=tuple(rows_all),
        naming_groups={k: tuple(v) for k, v in naming.items()},
        subcategories=tuple(subcats),
        _ci={k: tuple(v) for k, v in ci.items()},
        _cs={k: tuple(v) for k, v in cs.items()},
        _rx={k: tuple(v) for k, v in rx.items()},
        _scanner=scanner,
    )


_BACKREF = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]|\(\?P=")
_MAX_TERM_WORDS = 100


@lru_cache(maxsize=16)
def _cached(files: tuple[str, ...]) -> Lexicon:
    return compile_lexicon(files)


def load_lexicons(*, packs: Sequence[str] = ("ukraine-2022",), extra: Sequence[str | Path] = (), core: bool = True) -> Lexicon:
    """Load and compile the bundled lexicons, topic packs and the user's own lexicon files.

    Parameters
    ----------
    packs
        Topic packs under ``analysis/lexicons/packs/`` (default: ``("ukraine-2022",)``);
        ``()`` for the core lexicons only.
    extra
        Paths to the user's own lexicon CSVs (same columns), added to the bundled ones.
    core
        Include the core (any-topic) lexicons and guards.

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
    files: list[str] = list(CORE_LEXICONS) if core else []
    for pack in packs:
        d = bundled_path(f"packs/{pack}")
        if not d.is_dir():
            raise LexiconError(f"unknown lexicon pack {pack!r}: no folder analysis/lexicons/packs/{pack}.")
        files += [f"packs/{pack}/{n}" for n in PACK_FILES if (d / n).is_file()]
    files += [str(Path(p).resolve()) for p in extra]
    return _cached(tuple(files))


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    """``load_lexicons()`` (the bundled set), resolved once per process instead of per call."""
    return load_lexicons()


def _quote_bounds(quotes: Iterable[Any]) -> tuple[list[int], list[int]]:
    spans = sorted((int(getattr(q, "start", q[0] if isinstance(q, tuple) else 0)), int(getattr(q, "end", q[1] if isinstance(q, tuple) else 0))) for q in quotes)
    starts, ends = [], []
    for s, e in spans:  # merge overlaps (nested scare quotes inside direct quotes)
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def resolve_lexicon(lexicons: Lexicon | Sequence[str | Path] | str | Path | None = None) -> Lexicon:
    """The compiled :class:`Lexicon` that :func:`find_markers` uses for its ``lexicons`` argument.

    Examples
    --------
    >>> resolve_lexicon() is resolve_lexicon(None)
    True
    """
    if lexicons is None:
        return _default_lexicon()
    if isinstance(lexicons, Lexicon):
        return lexicons
    if isinstance(lexicons, (str, Path)):
        return _cached((str(lexicons),))
    return _cached(tuple(str(p) for p in lexicons))


def find_markers(text: str, *, lexicons: Lexicon | Sequence[str | Path] | None = None, quotes: Iterable[Any] | None = None) -> list[Marker]:
    """Find loaded terms, naming forms, hedges, boosters and evidentials in a text, by voice.

    Parameters
    ----------
    text
        The text (usually a cleaned article body).
    lexicons
        A compiled :class:`Lexicon` (from :func:`load_lexicons`), or a list of lexicon CSV
        files (bundled names or the user's own paths) to use *instead of* the bundled set;
        ``None``: the bundled core lexicons and the ``ukraine-2022`` pack.
    quotes
        Quote spans (objects with ``.start``/``.end``, or ``(start, end)`` tuples) that
        define the quoted voice; ``None``: computed with :func:`analysis.detect.quotes.find_quotes`.

    Returns
    -------
    list of Marker
        In text order; ``text[m.start:m.end] == m.text``.  A term listed under several
        categories yields one marker per category.

    Examples
    --------
    >>> ms = find_markers("Officials said Kiev may fall.", quotes=[])
    >>> [(m.text, m.category, m.term) for m in ms]
    [('Kiev', 'naming', 'Kiev'), ('may', 'hedge', 'may')]
    >>> find_markers("He called them 'barbarians'.", quotes=[(16, 26)])[0].voice
    'quoted'
    """
    if not isinstance(text, str):
        raise TypeError(f"find_markers expects a str, not {type(text).__name__}")
    if not text:
        return []
    lex = resolve_lexicon(lexicons)
    if quotes is None:
        from ...detect.quotes import find_quotes  # lazy: quotes.py depends on nothing here

        quotes = find_quotes(text)
    qs, qe = _quote_bounds(quotes)
    out: list[Marker] = []
    ci, cs, rx = lex._ci, lex._cs, lex._rx
    scan = lex._scanner.finditer if lex._scanner is not None else lex.pattern.finditer
    for m in scan(text):
        g = m.lastgroup
        surface = m.group()
        if g == "ci":
            entries = ci.get(_norm(surface).lower(), ())
        elif g == "cs":
            entries = cs.get(_norm(surface), ())
        else:
            entries = rx.get(g, ())
        if not entries or entries[0].category == "guard":
            continue
        s, e = m.span()
        i = bisect.bisect_right(qs, s) - 1
        voice = "quoted" if i >= 0 and s < qe[i] else "author"
        for en in entries:
            if en.category != "guard":
                out.append(_new_marker(s, e, surface, en.category, en.subcategory, en.label, voice))
    return out


def marker_features(
    markers: Sequence[Marker],
    *,
    n_words_author: int,
    n_words_quoted: int,
    lexicons: Lexicon | None = None,
) -> dict[str, Any]:
    """Per-article marker features: counts, per-1,000-word rates by voice, naming forms.

    Parameters
    ----------
    markers
        Output of :func:`find_markers` for one article.
    n_words_author, n_words_quoted
        Words in the author's voice and inside quotations (the rate denominators).
    lexicons
        The lexicon the markers came from (to list every category, subcategory and naming
        group, so that every article gets the same columns); ``None``: the bundled set.

    Returns
    -------
    dict
        ``n_{category}_{voice}``, ``rate_{category}_{voice}``,
        ``rate_{category}_{subcategory}_{voice}`` (per 1,000 words of that voice; NaN when
        the voice has no words), ``n_markers``, and for each naming group
        ``naming_{group}``: the form used in the author's voice, ``"both"`` when more than
        one form is used, ``"none"`` when none; ``naming_{group}_forms``: the authorial forms
        joined by ``+``, most frequent first (ties in the lexicon's order).

    Examples
    --------
    >>> ms = find_markers("Kiev said the barbarians may come.", quotes=[])
    >>> f = marker_features(ms, n_words_author=1000, n_words_quoted=0)
    >>> f["naming_kyiv"], f["rate_hedge_author"], f["n_loaded_author"]
    ('Kiev', 1.0, 1)
    """
    lex = lexicons if lexicons is not None else _default_lexicon()
    cats, subs, groups = _feature_layout(lex)
    extra = [m for m in markers if m.category != "naming" and (m.category, m.subcategory) not in subs]
    if extra or any(m.category == "naming" and m.subcategory not in groups for m in markers):
        # categories the lexicon does not list (markers from another lexicon): add their columns
        cats, subs, groups = list(cats), list(subs), dict(groups)
        for m in markers:
            if m.category not in cats and m.category not in ("naming", "guard"):
                cats.append(m.category)
            if m.category != "naming" and (m.category, m.subcategory) not in subs:
                subs.append((m.category, m.subcategory))
            if m.category == "naming" and m.subcategory not in groups:
                groups[m.subcategory] = ()
    cnt: dict[tuple[str, str, str], int] = {}
    used_by: dict[str, dict[str, int]] = {}
    for m in markers:
        k1, k2 = (m.category, "", m.voice), (m.category, m.subcategory, m.voice)
        cnt[k1] = cnt.get(k1, 0) + 1
        cnt[k2] = cnt.get(k2, 0) + 1
        if m.category == "naming" and m.voice == "author":
            used = used_by.setdefault(m.subcategory, {})
            used[m.term] = used.get(m.term, 0) + 1
    feats: dict[str, Any] = {"n_markers": len(markers)}
    words = {v: (d if d and d > 0 else None) for v, d in (("author", n_words_author), ("quoted", n_words_quoted))}
    nan = float("nan")
    for c in cats:
        for v in VOICES:
            n = cnt.get((c, "", v), 0)
            d = words[v]
            feats[f"n_{c}_{v}"] = n
            feats[f"rate_{c}_{v}"] = n * 1000.0 / d if d is not None else nan
    for c, sub in subs:
        for v in VOICES:
            d = words[v]
            feats[f"rate_{c}_{sub}_{v}"] = cnt.get((c, sub, v), 0) * 1000.0 / d if d is not None else nan
    for grp, forms in groups.items():
        used = used_by.get(grp, {})
        order = sorted(used, key=lambda f: (-used[f], forms.index(f) if f in forms else len(forms)))
        feats[f"naming_{grp}"] = "none" if not used else order[0] if len(used) == 1 else "both"
        feats[f"naming_{grp}_forms"] = "+".join(order)
    return feats


@lru_cache(maxsize=16)
def _feature_layout(lex: Lexicon) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], dict[str, tuple[str, ...]]]:
    """Categories, (category, subcategory) pairs and naming groups of a lexicon, in order."""
    cats: list[str] = []
    for c, _ in lex.subcategories:
        if c not in cats and c != "naming":
            cats.append(c)
    subs = tuple((c, sub) for c, sub in lex.subcategories if c != "naming")
    return tuple(cats), subs, dict(lex.naming_groups)
