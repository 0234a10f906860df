"""An alternation of regex rows tried at a position only with the rows that can start there.

A table of case-insensitive rows joined into one alternation (actors, idiom guards) is entered
at every position a search or a ``match`` loop tries, and every row is tried there: most rows
begin with ``\\b`` and a word, so at almost every position all of them fail on their first
letter, one after the other.  :func:`lead_atoms` reads from a row's source the atoms its first
consumed character must match (``\\bkill(?:s|ed)?`` -> ``k``; ``\\b(?:deal|talks)`` -> ``d``,
``t``), and :class:`LeadAlternation` tries at a position only the rows whose first atom can match
the character there, in table order: the same match as the whole alternation, since a row left
out cannot match at that position.  A row whose start it cannot read (a lookaround, an optional
first atom, an inline flag) is tried everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["lead_atoms", "lead_branches", "LeadAlternation"]

#: Escapes that match one character (``\\s``, ``\\w``, …); any escaped non-alphanumeric too.
_ONE_CHAR_ESCAPES = frozenset("sSwWdDtnrfv")
#: Zero-width assertions skipped before the first consumed character.
_ZERO_WIDTH_ESCAPES = frozenset("bBA")
#: Lookarounds (zero-width, passed over) and the group openers whose content is read.
_LOOKAROUND = ("?=", "?!", "?<=", "?<!")
_GROUP_OPENERS = ("?:", "?-i:", "")


def _class_end(src: str, i: int) -> int:
    """The index after the ``]`` closing the character class opened at ``src[i]``."""
    j = i + 1
    if j < len(src) and src[j] == "^":
        j += 1
    if j < len(src) and src[j] == "]":
        j += 1
    while j < len(src) and src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    if j >= len(src):
        raise ValueError("unclosed class")
    return j + 1


def _group_end(src: str, i: int) -> int:
    """The index after the ``)`` closing the group opened at ``src[i]``."""
    depth, j = 0, i
    while j < len(src):
        ch = src[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(src, j)
            continue
        depth += ch == "("
        depth -= ch == ")"
        j += 1
        if depth == 0:
            return j
    raise ValueError("unclosed group")


def _optional(src: str, j: int) -> bool:
    """Whether a quantifier at ``src[j]`` lets the atom before it match nothing."""
    return j < len(src) and (src[j] in "?*" or src.startswith(("{0", "{,"), j))


def _branches(src: str, i: int, stop: int) -> list[tuple[int, int]]:
    """The ``|``-separated branches of ``src[i:stop]`` at depth zero, as (start, end)."""
    out, start, j = [], i, i
    while j < stop:
        ch = src[j]
        if ch == "\\":
            j += 2
        elif ch == "[":
            j = _class_end(src, j)
        elif ch == "(":
            j = _group_end(src, j)
        elif ch == "|":
            out.append((start, j))
            start = j = j + 1
        else:
            j += 1
    out.append((start, stop))
    return out


def _atom(src: str, i: int, stop: int) -> tuple[list[str] | None, int]:
    """The first atoms of the one atom at ``src[i]`` and the index after it; ``[]`` for a
    zero-width assertion, None when they cannot be read."""
    ch = src[i]
    if ch == "^":
        return [], i + 1
    if ch == "\\":
        esc = src[i + 1] if i + 1 < stop else ""
        if esc in _ZERO_WIDTH_ESCAPES:
            return [], i + 2
        if not esc or (esc.isalnum() and esc not in _ONE_CHAR_ESCAPES):
            return None, i
        return [src[i : i + 2]], i + 2
    if ch == "[":
        end = _class_end(src, i)
        return [src[i:end]], end
    if ch == "(":
        end = _group_end(src, i)
        if src.startswith(_LOOKAROUND, i + 1):
            return [], end
        body = next((len(p) for p in _GROUP_OPENERS if src.startswith(p, i + 1)), None)
        if body is None:
            return None, i  # inline flags, a named group, an atomic group
        return _union(src, i + 1 + body, end - 1), end
    if ch in "$|)*+?{":
        return None, i
    return [ch], i + 1


def _first(src: str, i: int, stop: int) -> list[str] | None:
    """The atoms the first character consumed by ``src[i:stop]`` (one branch) must match:
    zero-width assertions are passed over, an optional atom adds its atoms to the next's."""
    out: list[str] = []
    while i < stop:
        atoms, end = _atom(src, i, stop)
        if atoms is None:
            return None
        if not atoms and not _optional(src, end):
            i = end  # \\b, ^, a lookaround: the next atom consumes the first character
            continue
        out += [a for a in atoms if a not in out]
        if not _optional(src, end):
            return out
        i = src.index("}", end) + 1 if src[end] == "{" else end + 1
        i += i < stop and src[i] in "?+"  # a lazy or possessive quantifier
    return None  # the branch can match the empty string


def _union(src: str, i: int, stop: int) -> list[str] | None:
    """The first atoms of every branch of ``src[i:stop]``, or None if one is unknown."""
    out: list[str] = []
    for a, b in _branches(src, i, stop):
        atoms = _first(src, a, b)
        if atoms is None:
            return None
        out += [x for x in atoms if x not in out]
    return out


def lead_atoms(src: str) -> list[str] | None:
    """The atoms (a literal, an escape, a class, ``.``) one of which matches the first character
    of every match of the regex ``src``, or None when that cannot be read from its source.

    Parameters
    ----------
    src
        A regular expression, as written in a table row.

    Returns
    -------
    list of str or None

    Examples
    --------
    >>> lead_atoms(r"\\bkill(?:s|ed|ing)?\\s+time\\b")
    ['k']
    >>> lead_atoms(r"\\b(?:hopes?|deal)\\s+died\\b|^wallace$")
    ['h', 'd', 'w']
    >>> lead_atoms(r"(?<!\\w)war\\b"), lead_atoms(r"\\b(?:the )?uk\\b"), lead_atoms(r"\\bthe\\b|x*")
    (['w'], ['t', 'u'], None)
    """
    if re.search(r"\\[1-9]|\(\?P=|\(\?[a-zA-Z-]*x", src):
        return None
    try:
        return _union(src, 0, len(src))
    except ValueError:
        return None


def lead_branches(src: str) -> list[tuple[str, list[str] | None]]:
    """The top-level branches of the regex ``src`` with their :func:`lead_atoms` (the whole of
    ``src`` as one branch, atoms None, when its start cannot be read).

    Examples
    --------
    >>> lead_branches(r"\\bkirby\\b|^(?:the )?pentagon$")
    [('\\\\bkirby\\\\b', ['k']), ('^(?:the )?pentagon$', ['t', 'p'])]
    """
    if lead_atoms(src) is None:
        return [(src, None)]
    return [(src[a:b], _first(src, a, b)) for a, b in _branches(src, 0, len(src))]


class LeadAlternation:
    """Rows joined as ``(?:row1)|(?:row2)|…`` with ``flags``, tried at a position only with the
    rows whose first atom can match the character there (same match, same ``end``).

    Parameters
    ----------
    rows
        The rows' regular expressions, in table order (first match wins).
    flags
        The flags the joined pattern is compiled with.
    """

    def __init__(self, rows: Sequence[str], flags: int = 0) -> None:
        self.rows, self.flags = tuple(rows), flags
        self.pattern = re.compile("|".join(f"(?:{r})" for r in self.rows), flags)
        units = [u for r in self.rows for u in lead_branches(r)]
        if flags & re.VERBOSE:
            units = [(r, None) for r in self.rows]
        self._units = [u for u, _ in units]
        self._leads = [
            None if atoms is None else [re.compile(a, flags) for a in atoms] for _, atoms in units
        ]
        self._by_char: dict[str, re.Pattern | None] = {}
        self._by_rows: dict[tuple[int, ...], re.Pattern | None] = {}

    def at(self, ch: str) -> re.Pattern | None:
        """The alternation of the rows that can start on ``ch`` ("" past the end), or None."""
        sub = self._by_char.get(ch, self)
        if sub is not self:
            return sub
        keep = tuple(
            k
            for k, lead in enumerate(self._leads)
            if lead is None or (ch and any(rx.fullmatch(ch) for rx in lead))
        )
        sub = self._by_rows.get(keep, self)
        if sub is self:
            joined = "|".join(f"(?:{self._units[k]})" for k in keep)
            sub = self._by_rows[keep] = re.compile(joined, self.flags) if keep else None
        self._by_char[ch] = sub
        return sub

    def match(self, text: str, pos: int, endpos: int) -> re.Match | None:
        """What ``self.pattern.match(text, pos, endpos)`` finds, its span and end the same."""
        sub = self.at(text[pos] if pos < endpos else "")
        return None if sub is None else sub.match(text, pos, endpos)

    def found_in(self, text: str) -> bool:
        """Whether ``self.pattern.search(text)`` finds a match."""
        by_char, at = self._by_char, self.at
        for pos, ch in enumerate(text):
            sub = by_char[ch] if ch in by_char else at(ch)
            if sub is not None and sub.match(text, pos) is not None:
                return True
        sub = at("")
        return sub is not None and sub.match(text, len(text)) is not None
