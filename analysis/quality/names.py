"""Outlet names that may be one outlet: the same paper under two spellings.

News databases and scrapers name one outlet in several ways: Nexis prints "The Guardian
(London)" for the paper and "Guardian.com" or "The Guardian" for the site and a later year's
records; an export pooled with a scrape adds "theguardian.com".  Compared as outlets, the halves
of one outlet look like two, each with fewer articles, and a difference between them is an
outlet compared with itself.  :func:`name_findings` lists the names that agree once a leading
"The", a bracketed place or edition, a web prefix or suffix, case and punctuation are set
aside, and the last words that name a channel or company ("Fox News Network" and
"FoxNews.com" in Nexis Uni; ``lexicons/outlet_name_ends.csv``).  Nothing is merged: "The Sun
(England)" and "The Sun (New York)" agree too and are two papers, so the researcher decides.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from ..lexicons import read_table
from .findings import Finding

__all__ = ["name_findings", "name_key"]

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WEB_PREFIX = re.compile(r"^(?:https?://)?(?:www\d*|m|amp|mobile)\.")
# a host's top-level domain, with a country code's second level ('co.uk', 'com.au')
_WEB_SUFFIX = re.compile(r"\.(?:(?:co|com|org|net)\.)?[a-z]{2,6}/?$")


def name_key(name: str) -> str:
    """The part of an outlet name that names the outlet (see the module docstring).

    Examples
    --------
    >>> [name_key(n) for n in ("The Guardian(London)", "Guardian.com", "theguardian.com")]
    ['guardian', 'guardian', 'guardian']
    >>> name_key("The Times (London)"), name_key("The New York Times")
    ('times', 'newyorktimes')
    >>> name_key("Fox News Network"), name_key("FoxNews.com"), name_key("News")
    ('fox', 'fox', 'news')
    """
    s = _BRACKETED.sub(" ", name.casefold()).strip()
    if " " not in s:  # a host: its serving prefix and domain suffix are not the name
        s = _WEB_SUFFIX.sub("", _WEB_PREFIX.sub("", s))
    s = re.sub(r"^the\s*", "", s)
    return _without_ends(re.sub(r"[\W_]+", "", s))


@cache
def _name_ends() -> tuple[str, ...]:
    """The last words of an outlet name that name a channel or company
    (``lexicons/outlet_name_ends.csv``)."""
    return tuple(r["term"] for r in read_table("outlet_name_ends.csv", required=("term",)))


def _without_ends(key: str) -> str:
    """``key`` without the channel or company words at its end, at least 3 letters left."""
    cut = True
    while cut:
        cut = False
        for end in _name_ends():
            if key.endswith(end) and len(key) - len(end) >= 3:
                key, cut = key[: -len(end)], True
    return key


def name_findings(f: pd.DataFrame) -> list[Finding]:
    """Groups of outlet names that may be one outlet, one warning per group.

    Parameters
    ----------
    f
        :func:`~analysis.quality.findings.check_frame` of the corpus (``outlet``).

    Returns
    -------
    list of Finding
    """
    sizes = f["outlet"].astype(str).value_counts()
    groups: dict[str, list[str]] = {}
    for name in sorted(sizes.index):
        key = name_key(name)
        if len(key) >= 2:
            groups.setdefault(key, []).append(name)
    out = []
    for names in groups.values():
        if len(names) < 2:
            continue
        listed = ", ".join(f"{n} ({sizes[n]})" for n in names)
        out.append(
            Finding(
                check="split_outlet",
                severity="warning",
                outlet=" / ".join(names),
                detail=f"{listed}: these names differ only by 'The', a bracketed place or "
                "edition, a web address's prefix or suffix, a last word that names a channel "
                "or company ('Network', 'Online', 'News'), case or punctuation, so they may "
                "be one outlet counted as several. If they are, give them one name in the "
                "outlet column (README, 'Your own corpus') before comparing; if not (two "
                "papers of one name), keep them.",
                n_articles=int(sum(sizes[n] for n in names)),
            )
        )
    return out
