"""Who a shared quotation is attributed to, outlet by outlet.

The outlets carrying one quotation need not name the same speaker: on BASIL's story of Mary
Cheney's post about her sister, the Huffington Post printed "freedom means freedom for
everyone" once as Mary Cheney's words and once as her father's ("the former vice president"),
and gave Liz Cheney's "I am strongly pro-life …" to Mary Cheney where the Times and Fox gave it
to Liz.  Report 04 named each shared quotation by its most frequent speaker, which hid both
(the report review of round 33).  :func:`unit_speaker` names one speaker when every outlet
agrees and each outlet's own attribution when they differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...text.names import fold_accents, same_given_name

__all__ = ["unit_speaker", "speaker_person"]

#: Words after a name that are no part of who it is.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})


def speaker_person(speaker: str) -> tuple[str, str | None]:
    """Who a speaker phrase names, as ``(surname, given name or None)``; a phrase that is no
    name (not every word capitalised: "the former vice president") is itself, lower-cased.

    Honorifics and titles ("Mr.", "Gov.", "Justice", "President": a word of the source-type
    table or an abbreviation) are no given name, and a place after "of" ("Speaker John A.
    Boehner of Ohio") and "Jr." are left out, so that the forms of one name are one person.

    Examples
    --------
    >>> speaker_person("Mr. Steele"), speaker_person("Michael Steele")
    (('steele', None), ('steele', 'michael'))
    >>> speaker_person("Justice Ruth Bader Ginsburg"), speaker_person("Justice Ginsburg")
    (('ginsburg', 'bader'), ('ginsburg', None))
    >>> speaker_person("Speaker John A. Boehner of Ohio"), speaker_person("the report")
    (('boehner', 'john'), ('the report', None))
    >>> speaker_person("Felipe Calderón")
    ('calderon', 'felipe')
    """
    speaker = fold_accents(speaker)
    words = re.sub(r"\s+of\s+[A-Z][\w .'’-]*$", "", " ".join(speaker.split())).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    words = [w.strip(",;:") for w in words if w.strip(",.;:").lower() not in _SUFFIXES]
    if not words or not all(w[:1].isupper() for w in words):
        return " ".join(speaker.split()).casefold(), None
    surname = words[-1].strip(".").casefold()
    given = next(
        (
            w.strip(".").casefold()
            for w in reversed(words[:-1])
            if not _title(w) and len(w.strip(".")) > 1  # no middle initial
        ),
        None,
    )
    return surname, given


def _title(word: str) -> bool:
    """An honorific or title before a name ("Mr.", "Gov.", "Justice", "Speaker")."""
    from ...detect.quotes.sources import source_type

    bare = word.strip(".,")
    return word.endswith(".") and len(bare) > 1 or source_type(bare) != "other"


def _same_person(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """One surname and, when both are given, given names that may be one ("Mike", "Michael")."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or same_given_name(a[1], b[1]))


def unit_speaker(attributions: Iterable[tuple[str, str]]) -> str:
    """The speaker of a unit from the speakers of its occurrences.

    Parameters
    ----------
    attributions
        ``(outlet, speaker)`` of each occurrence, in article order; ``""``: no speaker found.

    Returns
    -------
    str
        The most frequent speaker (ties: the longest form, then the first) when every
        occurrence with one names the same person (:func:`speaker_person`: "Mr. Steele",
        "Michael Steele"); otherwise each person with the outlets that name them, the most
        frequent first, joined by "; "; ``""`` when no occurrence has a speaker.

    Examples
    --------
    >>> unit_speaker([("nyt", "Mr. Ryan"), ("fox", "Ryan"), ("hpo", "")])
    'Mr. Ryan'
    >>> unit_speaker([("nyt", "Liz Cheney"), ("fox", "Liz Cheney"), ("hpo", "Mary Cheney")])
    'Liz Cheney (nyt, fox); Mary Cheney (hpo)'
    >>> unit_speaker([("A", "Cheney"), ("B", "Mary Cheney"), ("C", "Dick Cheney")])
    'Mary Cheney (A, B); Dick Cheney (C)'
    >>> unit_speaker([("A", "")])
    ''
    """
    people: list[tuple[tuple[str, str | None], list[str], list[str]]] = []
    for outlet, speaker in attributions:
        name = " ".join(str(speaker or "").split())
        if not name:
            continue
        who = speaker_person(name)
        group = next((g for g in people if _same_person(g[0], who)), None)
        if group is None:
            group = (who, [], [])
            people.append(group)
        elif group[0][1] is None and who[1] is not None:  # "Cheney", then "Mary Cheney": a
            people[people.index(group)] = group = (who, group[1], group[2])  # Dick is another
        group[2].append(name)
        if outlet not in group[1]:
            group[1].append(outlet)
    shown = [
        (max(dict.fromkeys(names), key=lambda n: (names.count(n), len(n))), outs, names)
        for _, outs, names in people
    ]
    if len(shown) <= 1:
        return shown[0][0] if shown else ""
    ranked = sorted(shown, key=lambda g: -len(g[2]))  # stable: ties keep their order
    return "; ".join(f"{name} ({', '.join(map(str, outs))})" for name, outs, _ in ranked)
