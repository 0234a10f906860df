"""The gender of a named speaker, for the resolution of *he* and *she* (issue 18, round 35).

A pronoun speaker (``"'…,' she said"``) resolves to the last named speaker before it; a
candidate is skipped only when its gender is *known* to differ from the pronoun's, so that a
quotation of a tennis player is not given to the president named before her. Unknown gender
keeps the old behaviour. Evidence, in order of trust:

1. an honorific in the speaker phrase ("Mrs. Clinton"; ``lexicons/honorifics.csv``);
2. the given name: the first word of the speaker phrase before the surname that the 1990 US
   Census lists give to one gender (``lexicons/given_name_genders.csv``: "Christine Todd
   Whitman" is a woman, "President Joe Biden" a man);
3. an honorific before the surname elsewhere in the article, when all agree ("Mr Lukashenko
   chuckled" makes the speaker "Lukashenko" a man; "Bill Clinton" beside "Mrs. Clinton" is
   decided by 2).

The pronouns the article uses after a name were tried as evidence between these two and
dropped: on PolNeAR train they gave men's names to *she* and women's to *he* (round 35 in
``lexicons/attribution_verbs.md``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...lexicons import read_table

__all__ = ["Genders", "PRONOUN_GENDER", "given_name_genders", "honorific_genders"]

#: The gender a third-person singular pronoun states.
PRONOUN_GENDER: dict[str, str] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
}

_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@lru_cache(maxsize=1)
def honorific_genders() -> dict[str, str]:
    """Honorific -> gender (``lexicons/honorifics.csv``)."""
    return {r["title"]: r["gender"] for r in read_table("honorifics.csv", required=("title",))}


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Lower-case given name -> gender (``lexicons/given_name_genders.csv``)."""
    return {
        r["name"]: r["gender"] for r in read_table("given_name_genders.csv", required=("name",))
    }


@lru_cache(maxsize=1)
def _honorific_re() -> re.Pattern:
    titles = sorted(honorific_genders(), key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in titles)
    # the title, at most two given names or initials, then the surname
    return re.compile(rf"\b({alt})(?![\w.])\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}([A-Z][\w’'-]+)")


def _surname(name: str) -> str:
    words = _WORD.findall(name)
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


def _run_before(name: str) -> list[str]:
    """The capitalised words right before the surname ("Rep. Charlie Dent" -> Rep, Charlie;
    "Gay marriage foe Brown" -> none: a descriptor is no given name)."""
    words = _WORD.findall(name)[:-1]
    i = len(words)
    while i and words[i - 1][:1].isupper():
        i -= 1
    return words[i:]


class Genders:
    """The gender evidence of one text, read lazily and cached by name.

    Parameters
    ----------
    text
        The text.
    exclude
        Sorted spans of direct quotations (an honorific inside one is evidence too).

    Examples
    --------
    >>> g = Genders("Ms Truss spoke. Mr. Lukashenko met her.", [])
    >>> g.of("Truss"), g.of("Lukashenko"), g.of("Kamala Harris"), g.of("President Joe Biden")
    ('female', 'male', None, 'male')
    """

    def __init__(self, text: str, exclude: Sequence[tuple[int, int]]) -> None:
        self.text, self.exclude = text, exclude
        self._titles: dict[str, set[str]] | None = None
        self._cache: dict[str, str | None] = {}

    def _by_title(self, surname: str) -> str | None:
        if self._titles is None:
            self._titles = {}
            table = honorific_genders()
            for m in _honorific_re().finditer(self.text):
                self._titles.setdefault(_surname(m.group(2)), set()).add(table[m.group(1)])
        found = self._titles.get(surname, set())
        return next(iter(found)) if len(found) == 1 else None

    def of(self, name: str) -> str | None:
        """``"male"``, ``"female"`` or None (unknown) for a speaker name as written."""
        surname = _surname(name)
        if not surname:
            return None
        key = f"{surname}\x00{name}"
        if key not in self._cache:
            # the phrase's own honorific, its given name, an honorific of the surname elsewhere
            # in the article ("Bill Clinton" beside "Mrs. Clinton": the given name first)
            own = _honorific_re().match(name)
            table = given_name_genders()
            given = [table[w.lower()] for w in _run_before(name) if w.lower() in table]
            self._cache[key] = (
                honorific_genders()[own.group(1)]
                if own
                else (given[0] if given else self._by_title(surname))
            )
        return self._cache[key]

    def referent(
        self, names: Sequence[str], pronoun: str, at: tuple[int, int] = (0, 0)
    ) -> str | None:
        """The last of ``names`` unless its gender is known to differ from ``pronoun``'s; then
        the last earlier one whose gender is known to agree and whose surname is written near
        the pronoun (``at``: its block's start and its own; from the paragraph before that
        block up to the pronoun), else None.

        Without the ``near`` condition the earlier name was wrong twice as often as right on
        AllSides (41 wrong, 19 right of 67 read: the pronoun's referent was named without a
        reporting verb, "Rubio" after the speaker "Governor John Kasich"; round 35).
        """
        if not names:
            return None
        want = PRONOUN_GENDER.get(pronoun.lower())
        got = self.of(names[-1])
        if want is None or got is None or got == want:
            return names[-1]
        lo, start = at
        end = len(self.text[:lo].rstrip())  # the end of the paragraph before
        near = self.text[self.text.rfind("\n", 0, end) + 1 : start]
        for n in reversed(names[:-1]):
            if self.of(n) == want and re.search(rf"\b{re.escape(_surname(n))}\b", near):
                return n
        return None
