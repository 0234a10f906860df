"""Topic packs: the tables that only make sense for one story, and how to tell if a corpus is it.

The core lexicons, reporting verbs, agency triggers and frame battery work on any topic.  A
*topic pack* (a folder ``analysis/lexicons/packs/<name>/``) adds what belongs to one story:
naming variants (Kyiv/Kiev), the story's loaded terms and their sense rules, the actors whose
quotations get a side, and the sides of the agents and victims of harm events.  Its
``topic.csv`` says what the story is and how to recognise an article about it, so that a
report can say which packs it used and how much of the corpus they fit.

Your own pack is a folder with the same files (at least ``topic.csv``), given by its path
wherever a bundled pack's name is accepted (``--pack path/to/folder``).

Which packs an analysis uses is read from its lexicon files (a pack's ``loaded.csv``,
``naming.csv`` …), so the one ``lexicons`` argument of ``featurize`` and the worker processes
that rebuild it carry the choice: ``load_lexicons(packs=())`` is an analysis with no pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import LexiconError
from ..lexicons import bundled_packs as available_packs  # the bundled topic packs, by name
from ..lexicons import bundled_path, pack_dir, read_table
from .quotes.tables import ActorTable, load_actors

__all__ = [
    "DEFAULT_PACKS",
    "PackTopic",
    "available_packs",
    "check_packs",
    "packs_of",
    "pack_topic",
    "pack_actors",
    "pack_harm_actors",
    "pack_side_labels",
    "pack_contents",
    "side_label",
    "topic_shares",
    "PACK_CHOICE",
    "fitting_packs",
    "corpus_packs",
    "corpus_lexicons",
    "choose_lexicons",
]

#: The packs of the bundled default lexicons (``load_lexicons()``).
DEFAULT_PACKS: tuple[str, ...] = ("ukraine-2022",)


@dataclass(frozen=True)
class PackTopic:
    """What a pack's story is (``description``) and the words that name it (``pattern``)."""

    name: str
    description: str
    pattern: re.Pattern
    #: what a report calls the pack: the ``name`` of its ``topic.csv`` (your own pack's folder
    #: name when the row has none)
    label: str = ""


def check_packs(packs: Iterable[str | Path]) -> tuple[str, ...]:
    """The packs, checked: bundled names as given, your own packs as absolute folder paths; a
    one-line error naming an unknown one and the bundled ones, or the first malformed table of
    a pack (its topic pattern, actor tables, side labels), before any article is read: a bad
    ``actors.csv`` stops ``framing report`` at once, not each notebook that uses it.

    Examples
    --------
    >>> check_packs(["ukraine-2022"])
    ('ukraine-2022',)
    >>> check_packs(["ukraine"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    analysis.errors.LexiconError: unknown topic pack 'ukraine' (not a bundled pack): the bundled ...
    """
    out = []
    for pack in packs:
        d = pack_dir(pack)
        out.append(str(pack) if d == bundled_path(f"packs/{pack}") else str(d))
    out = list(dict.fromkeys(out))
    for pack in out:  # the tables the reports read besides the lexicon files (compiled later)
        pack_topic(pack)
        _check_categories(pack)
        pack_harm_actors((pack,))
        pack_side_labels((pack,))
    return tuple(out)


#: The category of every row of a pack's lexicon files, and what the reports count by it.
PACK_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("naming.csv", "naming", "the naming groups"),
    ("loaded.csv", "loaded", "the loaded-term rates"),
)


def _check_categories(pack: str) -> None:
    """A row of a pack's ``naming.csv`` or ``loaded.csv`` with another category (or a naming
    row without its group) is an error: it would be a marker family of its own that no report
    table reads, counted nowhere without a word (the review of round 29: ``loaded_terms`` for
    ``loaded`` gave "invasion" no loaded-term rate)."""
    for file, category, counted in PACK_CATEGORIES:
        path = pack_dir(pack) / file
        if not path.is_file():
            continue
        for row in read_table(path):
            if row["category"] != category:
                raise LexiconError(
                    f"{path}: the row of '{row['term']}' has category '{row['category']}'; "
                    f"every row of a pack's {file} has category '{category}' ({counted} "
                    "count it), so no report would count this row."
                )
            if not row["subcategory"]:
                raise LexiconError(
                    f"{path}: the row of '{row['term']}' has no subcategory (the "
                    f"{'naming group' if category == 'naming' else 'kind of loaded term'})."
                )


def packs_of(files: Iterable[str | Path]) -> tuple[str, ...]:
    """The topic packs whose files are among a lexicon's ``files``, in order of first use: a
    file belongs to the pack of its folder when that folder holds a ``topic.csv`` (bundled packs
    by name, your own by folder path).

    Examples
    --------
    >>> packs_of(["hedges.csv", "packs/ukraine-2022/naming.csv", "/home/me/my.csv"])
    ('ukraine-2022',)
    >>> packs_of(["hedges.csv"])
    ()
    """
    root = bundled_path("packs")
    names = []
    for f in files:
        path = Path(f) if Path(f).is_absolute() else bundled_path(str(f))
        folder = path.parent
        if not (folder / "topic.csv").is_file():
            continue
        names.append(folder.name if folder.parent == root else str(folder))
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=16)
def pack_topic(pack: str) -> PackTopic:
    """The pack's ``topic.csv``: its story and the pattern of an article about it.

    Examples
    --------
    >>> t = pack_topic("ukraine-2022")
    >>> bool(t.pattern.search("Shelling near Kyiv")), bool(t.pattern.search("A vote in Ohio"))
    (True, False)
    >>> t.label
    'ukraine-2022'
    """
    where = pack_dir(pack) / "topic.csv"
    rows = read_table(str(where), required=("pattern",))
    if len(rows) != 1:
        raise LexiconError(f"{where}: needs exactly one row, has {len(rows)}.")
    row = rows[0]
    try:
        pattern = re.compile(row["pattern"])
    except re.error as exc:
        raise LexiconError(f"{where}: invalid pattern ({exc}).") from None
    label = row.get("name") or Path(str(pack)).name
    return PackTopic(str(pack), row.get("description", ""), pattern, label)


def _pack_table(packs: Sequence[str], file: str) -> ActorTable:
    rows: list = []
    for pack in packs:
        if (pack_dir(pack) / file).is_file():
            rows += load_actors(str(pack_dir(pack) / file)).rows
    return ActorTable(tuple(rows))


@lru_cache(maxsize=16)
def pack_actors(packs: tuple[str, ...]) -> ActorTable:
    """The quotation speakers' sides of the packs (their ``actors.csv``, in pack order);
    an empty table for no pack.

    Examples
    --------
    >>> len(pack_actors(("ukraine-2022",)).rows) > 0, len(pack_actors(()).rows)
    (True, 0)
    """
    return _pack_table(packs, "actors.csv")


@lru_cache(maxsize=16)
def pack_harm_actors(packs: tuple[str, ...]) -> ActorTable:
    """The table for the sides of harm events' agents and victims: the packs' speakers
    (:func:`pack_actors`, first match wins), then their ``harm_actors.csv`` rows.

    Examples
    --------
    >>> from analysis.detect.quotes.tables import side_of
    >>> side_of("Russian forces", pack_harm_actors(("ukraine-2022",)))
    'russian_government'
    >>> side_of("Russian forces", pack_harm_actors(()))
    """
    return ActorTable(pack_actors(packs).rows + _pack_table(packs, "harm_actors.csv").rows)


@lru_cache(maxsize=16)
def pack_side_labels(packs: tuple[str, ...]) -> Mapping[str, str]:
    """The sides of the packs' actor tables in words, from their ``sides.csv`` (columns
    ``side`` and ``label``; optional, the first pack naming a side wins).

    Examples
    --------
    >>> pack_side_labels(("ukraine-2022",))["us_government"]
    'US government'
    >>> dict(pack_side_labels(()))
    {}
    """
    labels: dict[str, str] = {}
    for pack in packs:
        where = pack_dir(pack) / "sides.csv"
        if not where.is_file():
            continue
        for row in read_table(str(where), required=("side", "label")):
            if not row["label"]:
                raise LexiconError(
                    f"{where}: the row of side {row['side']!r} has no label; write the side "
                    "in words, or remove the row to print its key."
                )
            labels.setdefault(row["side"], row["label"])
    return MappingProxyType(labels)


def side_label(side: str, labels: Mapping[str, str] | None = None) -> str:
    """A side of an actors table in words: its label in ``labels`` (:func:`pack_side_labels`),
    else its key with spaces.

    Examples
    --------
    >>> side_label("us_government", {"us_government": "US government"})
    'US government'
    >>> side_label("russian_government")
    'russian government'
    """
    if labels and side in labels:
        return labels[side]
    return side.replace("_", " ")


#: The tables a pack may hold, in the words a report uses for them (in this order).
PACK_TABLES: tuple[tuple[str, str], ...] = (
    ("naming.csv", "naming groups"),
    ("loaded.csv", "loaded terms"),
    ("actors.csv", "actor sides"),
    ("harm_actors.csv", "sides of harm events"),
    ("frames.csv", "frame cues"),
)


def pack_contents(pack: str) -> list[str]:
    """What a pack holds, in words (:data:`PACK_TABLES` whose file is in its folder).

    Examples
    --------
    >>> pack_contents("ukraine-2022")
    ['naming groups', 'loaded terms', 'actor sides', 'sides of harm events', 'frame cues']
    """
    return [words for file, words in PACK_TABLES if (pack_dir(pack) / file).is_file()]


def topic_shares(texts: Iterable[str], packs: Sequence[str]) -> dict[str, float]:
    """For each pack, the share of ``texts`` that name its topic (:func:`pack_topic`).

    Examples
    --------
    >>> topic_shares(["Kyiv was shelled.", "Ohio votes.", "Kiev talks."], ["ukraine-2022"])
    {'ukraine-2022': 0.6666666666666666}
    """
    texts = [t for t in texts if isinstance(t, str)]
    out = {}
    for pack in packs:
        pattern = pack_topic(pack).pattern
        n = sum(1 for t in texts if pattern.search(t))
        out[pack] = n / len(texts) if texts else 0.0
    return out


#: ``framing report`` (without ``--pack``) uses a bundled pack when at least this share of the
#: corpus's articles name the pack's story: on a corpus about something else the pack's naming
#: groups, loaded terms and actor sides would describe the wrong story.  One article in five
#: keeps the pack on a mixed corpus (world news of 2022) and leaves it out of a corpus on
#: another topic that mentions the story in passing (US gun-policy news: 1 of 363).
PACK_CHOICE: float = 0.2


def fitting_packs(texts: Iterable[str], packs: Sequence[str] | None = None) -> tuple[str, ...]:
    """The packs whose story at least :data:`PACK_CHOICE` of ``texts`` name (:func:`topic_shares`).

    Parameters
    ----------
    texts
        The articles' texts.
    packs
        The candidates (default: every bundled pack, :func:`available_packs`).

    Examples
    --------
    >>> fitting_packs(["Kyiv was shelled.", "Ohio votes.", "Taxes rose."])
    ('ukraine-2022',)
    >>> fitting_packs(["Ohio votes.", "Taxes rose.", "Kiev talks.", "Guns.", "Rain.", "Snow."])
    ()
    """
    candidates = list(available_packs() if packs is None else packs)
    shares = topic_shares(texts, candidates)
    return tuple(p for p in candidates if shares[p] >= PACK_CHOICE)


def corpus_packs(
    own: Iterable[str | Path] | None, packs: Iterable[str] | None, texts: Iterable[str]
) -> Iterable[str] | None:
    """The ``--pack`` choice of a command that reads the whole corpus first (``framing report``,
    ``framing validate sample``): ``packs`` as given, or with neither ``--lexicon`` nor
    ``--pack`` the bundled packs that fit the corpus (:func:`fitting_packs`) instead of
    :data:`DEFAULT_PACKS`.

    Examples
    --------
    >>> corpus_packs(None, None, ["Ohio votes.", "Taxes rose."])
    []
    >>> corpus_packs(None, ["ukraine-2022"], ["Ohio votes."])
    ['ukraine-2022']
    >>> corpus_packs(["my.csv"], None, ["Kyiv was shelled."]) is None  # your own: no pack
    True
    """
    if own or packs is not None:
        return packs
    return list(fitting_packs(texts))


def corpus_lexicons(texts: Iterable[str], lexicons: Any = None) -> Any:
    """A notebook's ``lexicons`` parameter: as given (``framing report`` gives the files it
    chose), or for ``None`` the bundled lexicons with the bundled packs that fit ``texts``
    (:func:`corpus_packs`), so that a notebook run in JupyterLab reads a corpus with the packs
    ``framing report`` would use.

    Examples
    --------
    >>> packs_of(corpus_lexicons(["Ohio votes.", "Taxes rose."]))
    ()
    >>> packs_of(corpus_lexicons(["Kyiv was shelled."]))
    ('ukraine-2022',)
    >>> corpus_lexicons(["Ohio votes."], ["/home/me/my.csv"])
    ['/home/me/my.csv']
    """
    if lexicons is not None:
        return lexicons
    return choose_lexicons(packs=corpus_packs(None, None, texts))


def choose_lexicons(
    own: Iterable[str | Path] | None = None, packs: Iterable[str] | None = None
) -> list[str] | None:
    """The lexicon files for the ``--lexicon`` and ``--pack`` options of the command line.

    Parameters
    ----------
    own
        The user's lexicon files, used instead of the bundled core lexicons (``None``: none).
    packs
        Topic packs to add (``[]``: none; ``None``: the default, :data:`DEFAULT_PACKS` with the
        bundled lexicons and no pack with the user's own).

    Returns
    -------
    list of str or None
        Absolute paths (bundled files included), or ``None`` for the bundled default set.

    Raises
    ------
    LexiconError
        An unknown pack or a missing file.

    Examples
    --------
    >>> choose_lexicons() is None
    True
    >>> files = choose_lexicons(packs=[])
    >>> packs_of(files), any(f.endswith("hedges.csv") for f in files)
    ((), True)
    """
    own = [Path(p).expanduser().resolve() for p in own or ()]
    if not own and packs is None:
        return None
    for f in own:
        if not f.is_file():
            raise LexiconError(f"--lexicon {f}: no such file. Give a lexicon CSV file.")
    from .markers.lexicon import load_lexicons

    chosen = check_packs(packs if packs is not None else (() if own else DEFAULT_PACKS))
    files = load_lexicons(packs=chosen, extra=own, core=not own).files
    return [str(p) if Path(p).is_absolute() else str(bundled_path(str(p))) for p in files]
