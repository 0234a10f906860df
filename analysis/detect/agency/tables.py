"""The rule tables of the agency detector, compiled once: harm predicates, participles, guards.

Every table is data in ``analysis/lexicons/agency/`` (provenance in
``analysis/lexicons/agency.md``):

``harm_predicates.csv``
    Harm lemmas with their verb forms and nominalisations (``kill``: kills, killed, killing,
    killings), intransitive predicates (``die``, ``perish``) and phrases (``lost their lives``).
``participles.csv``
    Irregular past participles (``taken``, ``slain``, ``struck``); regular ones end in *-ed*.
``participle_guards.csv``
    *-ed* words that are no participle (``hundred``, ``need``), adjectival (stative)
    participles that are passive only with a by-agent (``interested``, ``located``), and words
    after *by* that make no agent (``by then``, ``by far``).
``instruments.csv``
    Weapon, attack and cause nouns: a subject headed by one makes ``active_instrument``.
``guards.csv``
    Idiom and sense guards (``killing time``, ``the deal is dead``, ``strike a deal``).
``contexts.csv``
    Sense contexts per lemma: cues of another sense (``other``: a cyber attack's website,
    hackers, spies) and harm-compatible cues (``harm``: missiles, troops, civilians); a trigger
    whose nearest cue is of another sense is no harm event.
``confirm.csv``
    Confirming context for ambiguous triggers: a trigger of a ``rule`` row is a harm event only
    with one of the row's context classes (:mod:`analysis.detect.agency.confirm`).
``verbal.csv``
    The speech frame of an attack: the slots after an attack's phrase whose words make it a
    verbal one (:mod:`analysis.detect.agency.verbal`).
``harm_cues.csv``, ``countries.csv``
    Cues of harm (weapons, armed actors, casualties, war words, people and places harmed) and
    the countries, demonyms and blocs: an attack on a person, or an attack word in an article
    without harm vocabulary, is a harm event only with one of them near it
    (:mod:`analysis.detect.agency.context`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ...errors import LexiconError
from ...lexicons import read_table
from ...text.matcher import KeyScanner, trie_regex

__all__ = [
    "AgencyTables",
    "FormInfo",
    "VerbalSlot",
    "load_agency_tables",
    "AGENCY_FILES",
    "ARGUMENT_SLOTS",
    "VERBAL_SLOTS",
]

#: The bundled tables, relative to ``analysis/lexicons``.
AGENCY_FILES: dict[str, str] = {
    "predicates": "agency/harm_predicates.csv",
    "participles": "agency/participles.csv",
    "participle_guards": "agency/participle_guards.csv",
    "instruments": "agency/instruments.csv",
    "guards": "agency/guards.csv",
    "contexts": "agency/contexts.csv",
    "arguments": "agency/arguments.csv",
    "harm_cues": "agency/harm_cues.csv",
    "countries": "agency/countries.csv",
    "confirm": "agency/confirm.csv",
    "verbal": "agency/verbal.csv",
}

_FORM_COLUMNS = ("third", "past", "participle", "gerund", "nouns")


@dataclass(frozen=True)
class FormInfo:
    """What one surface form of a harm predicate can be.

    Attributes
    ----------
    lemma, valency, harm
        The row's lemma, category (``transitive``/``intransitive``/``noun``/``phrase``) and
        harm class.
    kinds
        The form's possible readings: ``base``, ``third``, ``past``, ``participle``,
        ``gerund``, ``noun``, ``phrase``.
    """

    lemma: str
    valency: str
    harm: str
    kinds: frozenset[str]


@dataclass(frozen=True)
class VerbalSlot:
    """One row of ``verbal.csv``: a slot (``medium``, ``ground``, ``participle``, ``adverb``),
    the words that open it (``links``) and the words that head it (lower case; a two-word
    head joined by one space)."""

    slot: str
    links: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, eq=False)
class AgencyTables:
    """The compiled agency tables (see the module docstring).

    Attributes
    ----------
    forms : dict
        Lower-cased surface form (single spaces) -> :class:`FormInfo`.
    phrases : tuple of (re.Pattern, FormInfo)
        The regular-expression predicates (``lost their lives``).
    scanner : KeyScanner
        Every surface form and phrase, scanned where its first word occurs.
    participles : frozenset
        Irregular participles (lower case); ``intransitive_participles`` those of mostly
        intransitive verbs (``gone``, ``fallen``); ``distinct_participles`` those that differ
        from the verb's simple past (``taken``, ``slain``; not ``read``, ``left``).
    not_participles, eed_participles, stative, by_not_agent : frozenset
        The participle guards by category.
    instruments : frozenset
        Instrument and cause nouns.
    guards : dict
        Lemma -> its idiom/sense guards in one pattern (the ``subcategory`` of a guard row
        names the lemma it guards).
    contexts : dict
        Lemma -> (cues of another sense, harm-compatible cues or None), each one pattern.
    arguments : dict
        ``(slot, lemma)`` -> the words of an argument class (``lemma`` ``"*"``: every lemma;
        :mod:`analysis.detect.agency.arguments`).
    harm_cues : dict
        Lemma -> (cues read in the trigger's sentence, cues read in it and the sentence before
        it), each one case-insensitive pattern (:mod:`analysis.detect.agency.context`).
    countries : re.Pattern or None
        The countries, demonyms and blocs, one case-sensitive pattern (with a possessive).
    agent_names : frozenset
        The names of ``countries.csv`` that name the doer as a capitalised modifier of a harm
        noun, lower case: demonyms, blocs, armed groups, country abbreviations ("u.s.")
        (:mod:`analysis.detect.agency.premodifiers`).
    confirm : dict
        ``(lemma, "active" | "passive" | "noun")`` -> the context classes that confirm such a
        trigger (``confirm.csv`` ``rule`` rows; :mod:`analysis.detect.agency.confirm`).
    confirm_cues : dict
        Class -> (where it is read, one case-insensitive pattern) (``confirm.csv`` ``cue`` rows).
    verbal : dict
        Lemma -> its :class:`VerbalSlot` rows (``verbal.csv``).
    """

    forms: Mapping[str, FormInfo]
    phrases: tuple[tuple[re.Pattern, FormInfo], ...]
    scanner: KeyScanner
    participles: frozenset[str]
    intransitive_participles: frozenset[str]
    distinct_participles: frozenset[str]
    not_participles: frozenset[str]
    eed_participles: frozenset[str]
    stative: frozenset[str]
    by_not_agent: frozenset[str]
    instruments: frozenset[str]
    guards: Mapping[str, re.Pattern]
    contexts: Mapping[str, tuple[re.Pattern, re.Pattern | None]]
    arguments: Mapping[tuple[str, str], frozenset[str]]
    harm_cues: Mapping[str, tuple[re.Pattern, re.Pattern]]
    countries: re.Pattern | None
    agent_names: frozenset[str]
    confirm: Mapping[tuple[str, str], frozenset[str]]
    confirm_cues: Mapping[str, tuple[str, re.Pattern]]
    verbal: Mapping[str, tuple[VerbalSlot, ...]]


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _predicate_forms(rows: list[dict[str, str]], where: str):
    forms: dict[str, set[str]] = {}
    info: dict[str, tuple[str, str, str]] = {}
    phrases = []
    phrase_keys: list[str] = []
    for i, row in enumerate(rows):
        lemma, valency, harm = _norm(row["term"]), row["category"].strip(), row["subcategory"]
        if valency == "phrase":
            try:
                rx = re.compile(r"\b(?:" + row["term"] + r")\b", re.IGNORECASE)
            except re.error as exc:
                raise LexiconError(f"{where}, row {i + 1}: bad pattern ({exc}).") from None
            name = _norm(row.get("lemma") or "")
            if not name:
                raise LexiconError(
                    f"{where}, row {i + 1}: a phrase row needs its readable name in the lemma "
                    'column (e.g. "lose one\'s life"); the evidence tables show it.'
                )
            phrases.append((rx, FormInfo(name, "intransitive", harm, frozenset({"phrase"}))))
            phrase_keys.extend(_norm(k) for k in row.get("keys", "").split("|") if k.strip())
            continue
        if valency not in ("transitive", "intransitive", "noun"):
            raise LexiconError(
                f"{where}, row {i + 1}: category must be transitive, intransitive, noun or "
                f"phrase (got {valency!r})."
            )
        cells = {"base": lemma} if valency != "noun" else {}
        cells.update({c: row.get(c, "") for c in _FORM_COLUMNS})
        for kind, cell in cells.items():
            for form in filter(None, (_norm(f) for f in cell.split("|"))):
                forms.setdefault(form, set()).add("noun" if kind == "nouns" else kind)
                info.setdefault(form, (lemma, valency, harm))
    table = {
        f: FormInfo(info[f][0], info[f][1], info[f][2], frozenset(k)) for f, k in forms.items()
    }
    return table, tuple(phrases), phrase_keys


def _scanner(forms: Mapping[str, FormInfo], phrases, phrase_keys: list[str]) -> KeyScanner:
    words = trie_regex(forms, render=lambda ch: r"[\s-]+" if ch == " " else re.escape(str(ch)))
    alts = [words, *(rx.pattern[5:-3] for rx, _ in phrases)]  # strip \b(?: … )\b
    pattern = re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)
    keys = {f.split()[0] for f in forms} | set(phrase_keys)
    return KeyScanner.build(pattern, sorted(keys))


def _column(rows: list[dict[str, str]], category: str) -> frozenset[str]:
    return frozenset(_norm(r["term"]) for r in rows if r["category"].strip() == category)


@lru_cache(maxsize=4)
def load_agency_tables(files: tuple[tuple[str, str], ...] | None = None) -> AgencyTables:
    """The compiled agency tables (``files``: ``(key, path)`` pairs replacing bundled ones).

    Parameters
    ----------
    files
        ``None`` for the bundled tables of :data:`AGENCY_FILES`; otherwise pairs such as
        ``(("guards", "my_guards.csv"),)`` that replace the named tables.

    Returns
    -------
    AgencyTables

    Examples
    --------
    >>> t = load_agency_tables()
    >>> sorted(t.forms["killed"].kinds), t.forms["killed"].lemma
    (['participle', 'past'], 'kill')
    >>> "slain" in t.participles, "hundred" in t.not_participles, "missile" in t.instruments
    (True, True, True)
    """
    paths = {**AGENCY_FILES, **dict(files or ())}
    pred_rows = read_table(paths["predicates"])
    forms, phrases, phrase_keys = _predicate_forms(pred_rows, paths["predicates"])
    part_rows = read_table(paths["participles"])
    pg_rows = read_table(paths["participle_guards"])
    guard_rows = read_table(paths["guards"])
    by_lemma: dict[str, list[str]] = {}
    for r in guard_rows:  # a row may guard several lemmas ("attack|strike")
        for lemma in r["subcategory"].split("|"):
            by_lemma.setdefault(_norm(lemma), []).append(f"(?:{r['term']})")
    return AgencyTables(
        forms=forms,
        phrases=phrases,
        scanner=_scanner(forms, phrases, phrase_keys),
        participles=frozenset(_norm(r["term"]) for r in part_rows),
        intransitive_participles=_column(part_rows, "intransitive"),
        distinct_participles=frozenset(
            _norm(r["term"]) for r in part_rows if _norm(r["term"]) != _norm(r.get("past", ""))
        ),
        not_participles=_column(pg_rows, "not_participle"),
        eed_participles=_column(pg_rows, "eed_participle"),
        stative=_column(pg_rows, "stative"),
        by_not_agent=_column(pg_rows, "by_not_agent"),
        instruments=frozenset(_norm(r["term"]) for r in read_table(paths["instruments"])),
        guards={k: re.compile("|".join(v), re.IGNORECASE) for k, v in by_lemma.items()},
        contexts=_contexts(read_table(paths["contexts"])),
        arguments=_arguments(
            read_table(paths["arguments"]), paths, read_table(paths["instruments"])
        ),
        harm_cues=_harm_cues(read_table(paths["harm_cues"]), paths["harm_cues"]),
        countries=_countries(read_table(paths["countries"])),
        agent_names=_agent_names(read_table(paths["countries"])),
        **_confirm(read_table(paths["confirm"], required=_CONFIRM_COLUMNS), paths["confirm"]),
        verbal=_verbal(read_table(paths["verbal"], required=_VERBAL_COLUMNS), paths["verbal"]),
    )


#: The slots of ``verbal.csv`` (:mod:`analysis.detect.agency.verbal`) and its columns.
VERBAL_SLOTS: tuple[str, ...] = ("medium", "ground", "participle", "adverb")
_VERBAL_COLUMNS = ("term", "category", "subcategory", "link", "source", "note")


def _verbal(rows: list[dict[str, str]], where: str) -> dict[str, tuple[VerbalSlot, ...]]:
    """``verbal.csv`` -> lemma -> its slots, in the order of the file."""
    out: dict[str, list[VerbalSlot]] = {}
    for i, r in enumerate(rows):
        slot, link = r["category"].strip(), r["link"].strip()
        if slot not in VERBAL_SLOTS or bool(link) != (slot in ("medium", "ground")):
            raise LexiconError(f"{where}, row {i + 1}: unknown slot, or a link where none goes.")
        row = VerbalSlot(
            slot,
            frozenset(_norm(w) for w in link.split("|") if w.strip()),
            frozenset(_norm(w) for w in r["term"].split("|") if w.strip()),
        )
        for lemma in r["subcategory"].split("|"):
            out.setdefault(_norm(lemma), []).append(row)
    return {k: tuple(v) for k, v in out.items()}


#: The slots an argument class can read (the ``category`` of ``arguments.csv``;
#: :mod:`analysis.detect.agency.arguments`).
ARGUMENT_SLOTS: tuple[str, ...] = (
    "head_after",
    "object",
    "subject",
    "after_object",
    "particle",
    "head_of",
    "modifier",
)


def _arguments(
    rows: list[dict[str, str]], paths: Mapping[str, str], instruments: list[dict[str, str]]
) -> dict[tuple[str, str], frozenset[str]]:
    """``arguments.csv`` -> (slot, lemma) -> words ("@weapon": the weapon nouns)."""
    weapons = [_norm(r["term"]) for r in instruments if r["category"].strip() == "weapon"]
    out: dict[tuple[str, str], set[str]] = {}
    for i, r in enumerate(rows):
        slot = r["category"].strip()
        if slot not in ARGUMENT_SLOTS:
            raise LexiconError(
                f"{paths['arguments']}, row {i + 1}: category must be one of "
                f"{', '.join(ARGUMENT_SLOTS)} (got {slot!r})."
            )
        words: list[str] = []
        for w in r["term"].split("|"):
            words.extend(weapons if w.strip() == "@weapon" else [_norm(w)])
        for lemma in r["subcategory"].split("|"):
            out.setdefault((slot, _norm(lemma) or "*"), set()).update(filter(None, words))
    return {k: frozenset(v) for k, v in out.items()}


def _contexts(rows: list[dict[str, str]]) -> dict[str, tuple[re.Pattern, re.Pattern | None]]:
    cues: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        for lemma in r["subcategory"].split("|"):
            cues.setdefault((_norm(lemma), r["category"].strip()), []).append(f"(?:{r['term']})")

    def rx(key: tuple[str, str]) -> re.Pattern | None:
        alts = cues.get(key)
        return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE) if alts else None

    out: dict[str, tuple[re.Pattern, re.Pattern | None]] = {}
    for lemma, cat in cues:
        other = rx((lemma, "other"))
        if cat == "other" and other is not None:
            out[lemma] = (other, rx((lemma, "harm")))
    return out


def _harm_cues(rows: list[dict[str, str]], where: str) -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """``harm_cues.csv`` -> lemma -> (sentence cues, context cues); a ``context`` row is read in
    the sentence as well."""
    cues: dict[str, tuple[list[str], list[str]]] = {}
    for i, r in enumerate(rows):
        scope = r.get("scope", "").strip()
        if scope not in ("sentence", "context"):
            raise LexiconError(f"{where}, row {i + 1}: scope must be sentence or context.")
        for lemma in r["subcategory"].split("|"):
            sentence, context = cues.setdefault(_norm(lemma), ([], []))
            sentence.append(f"(?:{r['term']})")
            if scope == "context":
                context.append(f"(?:{r['term']})")

    def rx(alts: list[str]) -> re.Pattern:
        return re.compile(r"\b(?:" + ("|".join(alts) or "(?!)") + r")\b", re.IGNORECASE)

    return {lemma: (rx(s), rx(c)) for lemma, (s, c) in cues.items()}


def _countries(rows: list[dict[str, str]]) -> re.Pattern | None:
    """``countries.csv`` -> one case-sensitive pattern of the names ("US", not "us"), longest
    first, each with an optional possessive or plural ("Russia's", "Russians")."""
    names = sorted({r["term"].strip() for r in rows if r["term"].strip()}, key=len, reverse=True)
    if not names:
        return None
    alts = [re.escape(n).replace(r"\ ", r"\s+").replace("&", "(?:&|and)") for n in names]
    return re.compile(r"(?<![\w.])(?:" + "|".join(alts) + r")(?:['’]s|s)?(?!\w)")


#: The categories of ``countries.csv`` whose names are the doer as a harm noun's modifier.
_AGENT_CATEGORIES = frozenset({"demonym", "bloc", "armed group"})


def _agent_names(rows: list[dict[str, str]]) -> frozenset[str]:
    """``countries.csv`` -> the lower-cased names of demonyms, blocs, armed groups and country
    abbreviations ("U.S.", "UK"): "Russian strikes", "NATO bombing", "U.S. airstrikes" name the
    doer; a country's name often names the place or target ("the Syria strikes")."""
    out = set()
    for r in rows:
        term = r["term"].strip()
        letters = term.replace(".", "")
        if r["category"].strip() in _AGENT_CATEGORIES or (letters.isupper() and len(letters) <= 4):
            out.add(_norm(term))
    return frozenset(out)


_CONFIRM_COLUMNS = ("term", "category", "subcategory", "scope", "source", "note")
#: The ``scope`` of a ``rule`` row -> the reading groups of :func:`.confirm.reading_group`.
_RULE_SCOPES: dict[str, tuple[str, ...]] = {
    "active": ("active",),
    "passive": ("passive",),
    "verb": ("active", "passive"),
    "noun": ("noun",),
    "all": ("active", "passive", "noun"),
}


def _confirm(rows: list[dict[str, str]], where: str) -> dict:
    """``confirm.csv`` -> the ``confirm`` and ``confirm_cues`` fields of :class:`AgencyTables`."""
    from .confirm import CONFIRM_CLASSES, CUE_SCOPES

    rules: dict[tuple[str, str], frozenset[str]] = {}
    cues: dict[str, tuple[str, list[str]]] = {}
    for i, r in enumerate(rows):
        cat, scope, sub = r["category"].strip(), r["scope"].strip(), r["subcategory"].strip()
        if cat == "rule":
            classes = frozenset(c.strip() for c in sub.split("|"))
            groups = _RULE_SCOPES.get(scope)
            if not classes <= CONFIRM_CLASSES or groups is None:
                raise LexiconError(f"{where}, row {i + 1}: unknown class or scope.")
            for g in groups:
                rules[(_norm(r["term"]), g)] = classes
        elif cat == "cue" and scope in CUE_SCOPES and sub in CONFIRM_CLASSES:
            if cues.setdefault(sub, (scope, []))[0] != scope:
                raise LexiconError(f"{where}, row {i + 1}: class {sub} read in two scopes.")
            cues[sub][1].append(f"(?:{r['term']})")
        else:
            raise LexiconError(f"{where}, row {i + 1}: category, class or scope unknown.")
    return {
        "confirm": rules,
        "confirm_cues": {
            k: (scope, re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE))
            for k, (scope, alts) in cues.items()
        },
    }
