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
from typing import NamedTuple

from ...text.names import fold_accents, same_given_name

__all__ = ["unit_speaker", "speaker_person", "Person"]

#: Words after a name that are no part of who it is.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii"})


class Person(NamedTuple):
    """Who a speaker phrase names: the surname (its last word), the given name (its first
    word; None: none written) and the words of the name (titles and initials left out)."""

    surname: str
    given: str | None
    words: tuple[str, ...] = ()


def speaker_person(speaker: str) -> Person:
    """Who a speaker phrase names (:class:`Person`); a phrase that is no name (not every word
    capitalised: "the former vice president") is itself, lower-cased, with no given name.

    Honorifics and titles ("Mr.", "Gov.", "Justice", "President": a word of the source-type
    table or an abbreviation), a lower-case role before the name ("press secretary Josh
    Earnest") and middle initials are no part of the name, and a place after
    "of" ("Speaker John A. Boehner of Ohio") and "Jr." are left out, so that the forms of one
    name are one person.  The given name is the name's first word, not the one before the
    surname: "Ben Ray Luján" is Ben (review 41: a middle name was read as the given name).

    Examples
    --------
    >>> speaker_person("Mr. Steele")[:2], speaker_person("Michael Steele")[:2]
    (('steele', None), ('steele', 'michael'))
    >>> speaker_person("Justice Ruth Bader Ginsburg")
    Person(surname='ginsburg', given='ruth', words=('ruth', 'bader', 'ginsburg'))
    >>> speaker_person("Sen. Ben Ray Luján").given
    'ben'
    >>> speaker_person("Gov. John A. Boehner of Ohio")[:2], speaker_person("the report")[:2]
    (('boehner', 'john'), ('the report', None))
    >>> speaker_person("Speaker John A. Boehner").words  # "Speaker": not in the table
    ('speaker', 'john', 'boehner')
    >>> speaker_person("Felipe Calderón")[:2]
    ('calderon', 'felipe')
    >>> speaker_person("White House press secretary Josh Earnest")[:2]  # a role, then the name
    ('earnest', 'josh')
    >>> speaker_person("a spokesman for the Department of Homeland Security")[:2]
    ('a spokesman for the department of homeland security', None)
    """
    speaker = fold_accents(speaker)
    words = re.sub(r"\s+of\s+[A-Z][\w .'’-]*$", "", " ".join(speaker.split())).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    words = [w.strip(",;:") for w in words if w.strip(",.;:").lower() not in _SUFFIXES]
    if words and not all(w[:1].isupper() for w in words):
        words = _named_after_role(words)
    if not words or not all(w[:1].isupper() for w in words):
        return Person(" ".join(speaker.split()).casefold(), None)
    name = [
        w.strip(".").casefold()
        for w in words[:-1]
        if not _title(w) and len(w.strip(".")) > 1  # no middle initial
    ] + [words[-1].strip(".").casefold()]
    return Person(name[-1], name[0] if len(name) > 1 else None, tuple(name))


def _named_after_role(words: list[str]) -> list[str]:
    """The name that closes a phrase after a lower-case role noun ("White House press secretary
    Josh Earnest": "Josh Earnest"), else the words as they are: a given name and a surname at
    least, right after a word of the source-type table (review45: Washington Times's "Mr.
    Earnest" and NPR's role-led name were two speakers of one quotation)."""
    run = len(words)
    while run > 0 and words[run - 1][:1].isupper():
        run -= 1
    if len(words) - run >= 2 and run > 0 and words[run - 1].islower() and _title(words[run - 1]):
        return words[run:]
    return words


def _title(word: str) -> bool:
    """An honorific or title before a name ("Mr.", "Gov.", "Justice", "Speaker")."""
    from ...detect.quotes.sources import source_type

    bare = word.strip(".,")
    return word.endswith(".") and len(bare) > 1 or source_type(bare) != "other"


def _same_person(a: Person, b: Person) -> bool:
    """One surname and, when both give a name before it, the first of one is one of the other's
    (given names that may be one: "Mike", "Michael"): a middle name ("Ben Luján", "Ben Ray
    Luján"), a compound surname written alone ("Ray Luján", "Ben Ray Luján"; "López Obrador",
    "Andrés Manuel López Obrador") or a title outside the source-type table ("Senate President
    Mike Thibodeau", "Michael Thibodeau") keep one person; "Liz Cheney" and "Mary Cheney" stay
    two."""
    if a.surname != b.surname:
        return False
    if a.given is None or b.given is None:
        return True
    return any(same_given_name(a.given, w) for w in b.words[:-1]) or any(
        same_given_name(b.given, w) for w in a.words[:-1]
    )


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
    people: list[tuple[Person, list[str], list[str]]] = []
    for outlet, speaker in attributions:
        name = " ".join(str(speaker or "").split())
        if not name:
            continue
        who = speaker_person(name)
        group = next((g for g in people if _same_person(g[0], who)), None)
        if group is None:
            group = (who, [], [])
            people.append(group)
        elif group[0].given is None and who.given is not None:  # "Cheney", then "Mary Cheney": a
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
