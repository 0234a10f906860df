"""The generic-frame question battery, loaded from data.

Semetko & Valkenburg (2000) code five generic news frames with twenty yes/no questions.  The
battery here is two tables in ``analysis/lexicons/frames/`` (provenance in the README there):

``questions.csv``
    One row per question: ``id`` (``R1`` … ``E3``), ``frame``, ``question`` (the published
    wording), ``answered_by`` (which cue classes answer it within one sentence), ``source``,
    ``note`` (optional: ``weight``, default 1).  ``answered_by`` is a small expression:
    alternatives separated by ``|``, cue classes that must occur in the same sentence joined by
    ``+``; a class may be restricted to a voice with ``@quoted``, ``@author`` or ``@reported``
    (``first_person@quoted``: "I" inside a quotation).  ``(not answered)`` marks a question
    text cannot answer (pictures).
``cues.csv``
    One row per cue, in the lexicon format of :mod:`analysis.detect.markers.lexicon` (``term,
    category, subcategory, source, note`` and the optional ``match, case, keys, variants``):
    ``subcategory`` is the cue class, ``category`` the frame the class serves (``shared`` when
    several do; ``guard`` rows consume news phrases that look like a cue but are not one, e.g.
    "three days in a row").  The cues compile into one matcher with the project's lexicon
    compiler, scanned only where a cue's first word occurs
    (:class:`~analysis.text.matcher.KeyScanner`), so the frame cues join the per-article
    pipeline's one key pass.

Topic packs add cues, never questions: ``analysis/lexicons/packs/<pack>/frames.csv`` (same
columns as ``cues.csv``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from ...errors import LexiconError
from ...lexicons import bundled_path, read_table
from ..markers.lexicon import Lexicon, compile_lexicon
from ..readability.tokens import token_counts

__all__ = [
    "FRAMES",
    "VOICES",
    "Condition",
    "Question",
    "Battery",
    "load_battery",
    "default_battery",
    "QUESTIONS_FILE",
    "CUES_FILE",
    "DECISION_FILE",
    "read_questions",
    "read_thresholds",
    "read_length_powers",
    "read_length_units",
    "count_words",
    "LENGTH_UNITS",
    "DEFAULT_LENGTH_POWER",
    "parse_answered_by",
]

#: The five generic frames, in the order of Semetko & Valkenburg's factor analysis.
FRAMES: tuple[str, ...] = ("responsibility", "human_interest", "conflict", "morality", "economic")
#: Voices a condition may require (``reported``: indirect speech, from a voice hook).
VOICES: tuple[str, ...] = ("author", "quoted", "reported")
#: The bundled battery (relative to ``analysis/lexicons``).
QUESTIONS_FILE = "frames/questions.csv"
CUES_FILE = "frames/cues.csv"
DECISION_FILE = "frames/decision.csv"
#: The length normalisation of a frame whose decision row gives none: weighted evidence per
#: square root of the number of sentences (:mod:`analysis.detect.frames.decide`).
DEFAULT_LENGTH_POWER = 0.5
#: What a frame's length normalisation counts (``decision.csv`` ``length_unit``): the sentences
#: of the text (the default) or its words (:func:`count_words`).
LENGTH_UNITS: tuple[str, ...] = ("sentences", "words")
_NOT_ANSWERED = "(not answered)"
_QUESTION_COLUMNS = ("id", "frame", "question", "answered_by", "source", "note")  # + weight


class Condition(NamedTuple):
    """One cue class a sentence must contain (in ``voice``, when given)."""

    cue_class: str
    voice: str | None = None


class Question(NamedTuple):
    """One question of the battery.

    Attributes
    ----------
    id : str
        ``R1`` … ``E3`` (frame initial and number, as in the published battery).
    frame : str
        One of :data:`FRAMES`.
    text : str
        The question as published.
    answered_by : tuple of tuple of Condition
        Alternatives; each is a conjunction of conditions met in one sentence.  Empty: the
        question cannot be answered from text (it is kept and reported, never answered).
    weight : float
        What one evidence sentence for this question adds to the frame's score
        (:mod:`analysis.detect.frames.decide`).
    source, note : str
    """

    id: str
    frame: str
    text: str
    answered_by: tuple[tuple[Condition, ...], ...]
    weight: float = 1.0
    source: str = ""
    note: str = ""


@dataclass(frozen=True, eq=False)
class Battery:
    """A compiled battery: the questions and the one matcher of their cues.

    Attributes
    ----------
    questions : tuple of Question
    cues : Lexicon
        The compiled cue lists (subcategory = cue class).
    files : tuple of str
        The cue files it was built from.
    thresholds : dict
        Frame -> the score at which it is present (``decision.csv``; always > 0, so a present
        frame always has evidence).
    length_powers : dict
        Frame -> the power of the number of sentences the weighted evidence is divided by
        (``decision.csv`` ``length_power``: 0 a count, 0.5 per square root, 1 per sentence;
        a frame not listed: :data:`DEFAULT_LENGTH_POWER`).
    length_units : dict
        Frame -> what the length counts (``decision.csv`` ``length_unit``: ``sentences`` or
        ``words``; a frame not listed: sentences).
    """

    questions: tuple[Question, ...]
    cues: Lexicon
    files: tuple[str, ...]
    thresholds: Mapping[str, float]
    length_powers: Mapping[str, float] = field(default_factory=dict)
    length_units: Mapping[str, str] = field(default_factory=dict)

    def length_power(self, frame: str) -> float:
        """The length normalisation of ``frame`` (see :attr:`length_powers`)."""
        return self.length_powers.get(frame, DEFAULT_LENGTH_POWER)

    def length_unit(self, frame: str) -> str:
        """What the length of ``frame``'s normalisation counts (see :attr:`length_units`)."""
        return self.length_units.get(frame, LENGTH_UNITS[0])

    @cached_property
    def frames(self) -> tuple[str, ...]:
        """The frames the questions belong to, in :data:`FRAMES` order."""
        have = {q.frame for q in self.questions}
        return tuple(f for f in FRAMES if f in have) + tuple(sorted(have.difference(FRAMES)))

    @cached_property
    def question_weights(self) -> dict[str, float]:
        """Question id -> the weight of one evidence sentence (``questions.csv``)."""
        return {q.id: q.weight for q in self.questions}

    @cached_property
    def question_order(self) -> dict[str, int]:
        """Question id -> its place in the battery (the order evidence questions are listed)."""
        return {q.id: i for i, q in enumerate(self.questions)}

    @cached_property
    def rules(
        self,
    ) -> tuple[tuple[Question, tuple[tuple[frozenset[str], tuple[Condition, ...]], ...]], ...]:
        """Per answerable question, its alternatives with the set of cue classes each needs
        (a sentence lacking one of them is skipped without looking at its cues)."""
        return tuple(
            (q, tuple((frozenset(c.cue_class for c in alt), alt) for alt in q.answered_by))
            for q in self.questions
            if q.answered_by
        )

    @cached_property
    def rules_by_class(self) -> dict[str, tuple[int, ...]]:
        """Cue class -> the indices into :attr:`rules` of the questions one of whose
        alternatives needs it (a sentence is checked only against these)."""
        out: dict[str, set[int]] = {}
        for i, (_, alts) in enumerate(self.rules):
            for needs, _ in alts:
                for c in needs:
                    out.setdefault(c, set()).add(i)
        return {c: tuple(sorted(ix)) for c, ix in out.items()}

    @cached_property
    def _entry_cache(self) -> dict[tuple[str | None, str], tuple]:
        return {}

    def cue_entries(self, match: re.Match) -> tuple:
        """The lexicon entries of one match of the cue scanner (``Lexicon.entries``), memoised
        by the matched text: the same words recur across a corpus."""
        group = match.lastgroup
        key = (group, match.group() if group in ("ci", "cs") else "")
        got = self._entry_cache.get(key)
        if got is None:
            if len(self._entry_cache) > 50_000:  # bounded: many distinct spellings
                self._entry_cache.clear()
            got = self._entry_cache[key] = self.cues.entries(match)
        return got

    @property
    def cue_classes(self) -> frozenset[str]:
        """Every cue class the compiled cues can report."""
        return frozenset(sub for cat, sub in self.cues.subcategories if cat != "guard")


def parse_answered_by(
    expr: str, *, where: str = "answered_by"
) -> tuple[tuple[Condition, ...], ...]:
    """Parse an ``answered_by`` expression into alternatives of conditions.

    Parameters
    ----------
    expr
        E.g. ``"government+obligation|solution"`` or ``"first_person@quoted"``.
    where
        Named in the error message.

    Returns
    -------
    tuple of tuple of Condition

    Raises
    ------
    LexiconError
        An empty alternative or an unknown voice.

    Examples
    --------
    >>> alts = parse_answered_by("government+blame|person_age@quoted")
    >>> [[(c.cue_class, c.voice) for c in alt] for alt in alts]
    [[('government', None), ('blame', None)], [('person_age', 'quoted')]]
    >>> parse_answered_by("(not answered)")
    ()
    """
    expr = expr.strip()
    if expr == _NOT_ANSWERED:
        return ()
    out = []
    for alt in expr.split("|"):
        conds = []
        for part in alt.split("+"):
            name, _, voice = part.strip().partition("@")
            name, voice = name.strip().lower(), voice.strip().lower() or None
            if not name or (voice is not None and voice not in VOICES):
                raise LexiconError(
                    f"{where}: {expr!r} is not a list of cue classes; write class+class|class, "
                    f"a class optionally followed by @{'/@'.join(VOICES)}."
                )
            conds.append(Condition(name, voice))
        out.append(tuple(conds))
    return tuple(out)


def _weight(cell: str, where: str) -> float:
    try:
        w = float(cell) if cell.strip() else 1.0
    except ValueError:
        w = -1.0
    if not w >= 0:
        raise LexiconError(f"{where}: weight {cell!r} is not a number >= 0.")
    return w


def read_questions(source: str | Path = QUESTIONS_FILE) -> tuple[Question, ...]:
    """Read a question table (bundled name or path).

    Examples
    --------
    >>> qs = read_questions()
    >>> len(qs), qs[0].id, qs[0].frame
    (20, 'R1', 'responsibility')
    """
    out = []
    for i, row in enumerate(read_table(source, required=_QUESTION_COLUMNS), start=2):
        where = f"{source}, row {i} ({row['id']})"
        out.append(
            Question(
                id=row["id"],
                frame=row["frame"].strip().lower(),
                text=row["question"],
                answered_by=parse_answered_by(row["answered_by"], where=where),
                weight=_weight(row.get("weight", ""), where),
                source=row.get("source", ""),
                note=row.get("note", ""),
            )
        )
    return tuple(out)


def _check(questions: Sequence[Question], cues: Lexicon) -> None:
    """Every cue class a question names exists in the cues (a typo would silently never fire)."""
    known = {sub for cat, sub in cues.subcategories if cat != "guard"}
    for q in questions:
        missing = sorted({c.cue_class for alt in q.answered_by for c in alt} - known)
        if missing:
            raise LexiconError(
                f"question {q.id}: cue class(es) {', '.join(missing)} have no cue in "
                f"{', '.join(cues.files)}. Add cues with that subcategory or fix the name."
            )


def read_thresholds(source: str | Path = DECISION_FILE) -> dict[str, float]:
    """Read a decision table: frame -> threshold (> 0).

    Examples
    --------
    >>> sorted(read_thresholds()) == sorted(FRAMES)
    True
    """
    return _decision_column(
        source,
        "threshold",
        lambda t: t > 0,
        "a number > 0 (a frame is present only with evidence)",
    )


def read_length_powers(source: str | Path = DECISION_FILE) -> dict[str, float]:
    """Read the optional ``length_power`` column of a decision table: frame -> power in [0, 1]
    (an empty cell or no column: the frame is left out, so it takes
    :data:`DEFAULT_LENGTH_POWER`).

    Examples
    --------
    >>> sorted(set(read_length_powers().values()))
    [0.0, 0.25, 0.75, 1.0]
    """
    return _decision_column(
        source,
        "length_power",
        lambda p: 0 <= p <= 1,
        "a number from 0 (a count) to 1 (per sentence)",
        optional=True,
    )


def read_length_units(source: str | Path = DECISION_FILE) -> dict[str, str]:
    """Read the optional ``length_unit`` column of a decision table: frame -> ``sentences`` or
    ``words`` (an empty cell or no column: the frame is left out, so its length counts
    sentences).

    Examples
    --------
    >>> read_length_units()
    {'human_interest': 'words', 'morality': 'words'}
    """
    out = {}
    for i, row in enumerate(read_table(source, required=("frame", "threshold")), start=2):
        cell = (row.get("length_unit") or "").strip().lower()
        if not cell:
            continue
        if cell not in LENGTH_UNITS:
            raise LexiconError(
                f"{source}, row {i} ({row['frame']}): length_unit {cell!r} must be one of "
                f"{', '.join(LENGTH_UNITS)}."
            )
        out[row["frame"].strip().lower()] = cell
    return out


def count_words(text: str) -> int:
    """The words of a text, as readability counts them
    (:func:`analysis.detect.readability.tokens.token_counts`: word tokens, so "5%" and "U.S."
    are one word each and a dash or a bullet is none): the length a ``words`` unit counts.  The
    per-article pipeline passes the count the cleaner made of the body's lines (the same number,
    at no cost).

    Examples
    --------
    >>> count_words("Prices rose 5% in the U.S. — again.\\n\\n• Costs, too.")
    9
    """
    return token_counts(text)[1]


def _decision_column(
    source: str | Path, column: str, valid, must: str, *, optional: bool = False
) -> dict[str, float]:
    """Frame -> the number in ``column`` of a decision table (``optional``: empty cells and a
    missing column are left out); a cell that is not a valid number names its row."""
    out = {}
    for i, row in enumerate(read_table(source, required=("frame", "threshold")), start=2):
        cell = (row.get(column) or "").strip()
        if optional and not cell:
            continue
        try:
            value = float(cell)
        except ValueError:
            value = math.nan
        if not valid(value):
            raise LexiconError(
                f"{source}, row {i} ({row['frame']}): {column} {cell!r} must be {must}."
            )
        out[row["frame"].strip().lower()] = value
    return out


@lru_cache(maxsize=8)
def _battery(questions: str, cue_files: tuple[str, ...], decision: str) -> Battery:
    qs = read_questions(questions)
    cues = compile_lexicon(cue_files)
    _check(qs, cues)
    thresholds = read_thresholds(decision)
    missing = sorted({q.frame for q in qs} - set(thresholds))
    if missing:
        raise LexiconError(f"{decision}: no threshold for frame(s) {', '.join(missing)}.")
    return Battery(
        questions=qs,
        cues=cues,
        files=cue_files,
        thresholds=thresholds,
        length_powers=read_length_powers(decision),
        length_units=read_length_units(decision),
    )


def load_battery(
    *,
    packs: Sequence[str] = (),
    extra: Sequence[str | Path] = (),
    questions: str | Path = QUESTIONS_FILE,
    decision: str | Path = DECISION_FILE,
) -> Battery:
    """Load the generic battery, with the frame cues of topic packs and the user's own cues.

    Parameters
    ----------
    packs
        Topic packs under ``analysis/lexicons/packs/`` whose ``frames.csv`` adds cues
        (default: none, the generic battery works on any topic).
    extra
        Paths to the user's own cue CSVs (same columns as ``cues.csv``).
    questions
        The question table (default: the bundled Semetko & Valkenburg battery).
    decision
        The decision table, frame -> threshold (default: the bundled one, chosen on the
        development halves of the gold sets).

    Returns
    -------
    Battery
        Compiled once and cached for a given set of files.

    Raises
    ------
    LexiconError
        Unknown pack, malformed file, or a question naming a cue class without cues.

    Examples
    --------
    >>> b = load_battery()
    >>> b.frames
    ('responsibility', 'human_interest', 'conflict', 'morality', 'economic')
    >>> len(load_battery(packs=["ukraine-2022"]).cues) > len(b.cues)
    True
    """
    packs = [packs] if isinstance(packs, str) else packs
    extra = [extra] if isinstance(extra, (str, Path)) else extra
    files = [CUES_FILE]
    for pack in packs:
        if not (bundled_path(f"packs/{pack}") / "frames.csv").is_file():
            raise LexiconError(
                f"topic pack {pack!r} has no frames.csv (analysis/lexicons/packs/{pack}/)."
            )
        files.append(f"packs/{pack}/frames.csv")
    files += [str(Path(p).resolve()) for p in extra]
    return _battery(str(questions), tuple(files), str(decision))


@lru_cache(maxsize=1)
def default_battery() -> Battery:
    """The generic battery (no topic pack), resolved once per process."""
    return load_battery()
