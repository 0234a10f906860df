"""The plural of a group's name: what the reports call several groups.

``framing report --outlet-column country`` names the groups by the column ("country"); the
reports made its plural by adding an *s* ("Differences between these countrys", "Do the 6
countrys differ", report review of round 38 on the by-country war corpus). Every place that
names several groups goes through :func:`plural`.
"""

from __future__ import annotations

__all__ = ["plural"]

_VOWELS = frozenset("aeiou")


def plural(noun: str) -> str:
    """The plural of an English noun as a group's name.

    Parameters
    ----------
    noun
        A singular noun, possibly of several words (the last is inflected).

    Returns
    -------
    str
        ``corpus`` -> ``corpora``; a consonant and *y* -> *ies*; a noun ending in *s*, *x*, *z*,
        *ch* or *sh* -> *es* (``press`` -> ``presses``), except a word already plural in
        form (``news``, ``outlets``) stays; otherwise *s*.

    Examples
    --------
    >>> [plural(w) for w in ("outlet", "country", "lean", "corpus", "outlet country", "day")]
    ['outlets', 'countries', 'leans', 'corpora', 'outlet countries', 'days']
    >>> [plural(w) for w in ("press", "box", "branch", "news", "sources")]
    ['presses', 'boxes', 'branches', 'news', 'sources']
    """
    if noun.endswith("corpus"):
        return noun[:-2] + "ora"
    if noun.endswith("y") and noun[-2:-1].lower() not in _VOWELS:
        return noun[:-1] + "ies"
    if noun.endswith(("ss", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun if noun.endswith("s") else noun + "s"
