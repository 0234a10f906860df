"""Which names are a group's own: the self-references the term statistics set aside.

A group's distinguishing terms should say how it frames the story, not which outlets it is
made of.  Grouped by country, the by-country war corpus listed "belta" (z = 9.9) among BY's
terms and "cnn" (z = 7.1) among the US's: "MINSK, 28 January (BelTA) –", "told CNN" (the
report review of round 40).  The names are taken from the corpus, never from a hand list, in
four places (:func:`self_names`):

group labels
    The values of the grouping column ("Fox News") when the grouping names publishers
    (:func:`names_publishers`: ``outlet``, ``source`` …).  A country's or a lean's label is
    the texts' own word ("US President", "the radical left": by country "US" had 474 uses, by
    lean "right" 415 and "left" 290; round 43): it stays.
outlet names
    The values of every column of :data:`PUBLISHER_COLUMNS` the corpus has besides the
    grouping: a lean or a country is made of outlets (``source`` under ``--outlet-column
    lean``), when the name is its group's own word (:func:`outlet_names`).
web sites
    The hosts of the articles' addresses (``url``) that one group's articles come from
    (:func:`analysis.compare.names.own_sites`: "huffpost.com" for BASIL's "hpo").
datelines
    The agency in brackets of an article's opening dateline ("MINSK, 28 January (BelTA) –",
    "Atlanta, United States (CNN)-") when one group holds nearly all the articles that carry it
    (:func:`dateline_agencies`); a wire that several groups run ("(AP)") names none of them.

:func:`analysis.compare.distinguishing_terms` removes them from every text and reports which
it met (``attrs["set_aside"]``), so that the reports can say what was set aside and why.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from ..corpus.columns import PUBLISHER_COLUMNS, names_publishers, publisher_columns
from .names import group_owners, name_pattern, own_sites, short_name

__all__ = [
    "PUBLISHER_COLUMNS",
    "names_publishers",
    "dateline_agencies",
    "outlet_names",
    "self_names",
]

# a paragraph that opens with a place (a capital, at most 60 characters without brackets),
# then the agency in brackets and a dash: "MINSK, 28 January (BelTA) –", "WASHINGTON (AP) – "
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][^\n()]{0,60}?\(([A-Z][\w.&]*(?:[ ][A-Z][\w.&]*){0,2})\)[ \t]*(?:—|–|--|-)",
    re.M,
)
#: Paragraphs of an article searched for its dateline (a headline or a teaser may come first).
DATELINE_PARAGRAPHS = 3


def dateline_agencies(
    texts: Iterable[str],
    groups: Iterable[object],
    *,
    share: float = 0.9,
    min_articles: int = 2,
) -> list[str]:
    """The agencies of the articles' opening datelines that one group holds.

    Parameters
    ----------
    texts
        The articles' texts.
    groups
        The group of each article, same order.
    share, min_articles
        An agency counts when at least ``min_articles`` articles carry it in a dateline and at
        least ``share`` of them are one group's (as for web sites,
        :func:`analysis.compare.names.own_sites`).

    Returns
    -------
    list of str
        The agencies as written ("BelTA"), sorted.

    Examples
    --------
    >>> texts = ["MINSK, 28 January (BelTA) – Lukashenko said.", "MINSK (BelTA) - Talks.",
    ...          "WASHINGTON (AP) – The U.S. said.", "LONDON (AP) — Britain said.",
    ...          "Headline\\n\\nAtlanta, United States (CNN)- Russia has.", "Nothing (here) - no."]
    >>> dateline_agencies(texts, ["BY", "BY", "US", "RU", "US", "US"], min_articles=1)
    ['BelTA', 'CNN']
    """
    seen: dict[str, Counter[object]] = defaultdict(Counter)
    spelt: dict[str, Counter[str]] = defaultdict(Counter)
    for text, group in zip(texts, groups):
        if not isinstance(text, str):
            continue
        head = "\n".join([p for p in text.split("\n") if p.strip()][:DATELINE_PARAGRAPHS])
        m = _DATELINE.search(head)
        if m is not None:
            seen[m.group(1).lower()][group] += 1
            spelt[m.group(1).lower()][m.group(1)] += 1
    owned = group_owners(seen, share=share, min_articles=min_articles)
    return sorted(spelt[agency].most_common(1)[0][0] for agency in owned)


def outlet_names(
    outlets: Iterable[object],
    groups: Iterable[object],
    texts: list[str],
    *,
    share: float = 0.9,
    own_use: float = 0.5,
) -> list[str]:
    """The outlet names of a publisher column that are their group's own words.

    A name counts when at least ``share`` of its articles are one group's and at least
    ``own_use`` of its uses in the texts (as :func:`analysis.compare.names.name_pattern` finds
    them: "Fox" and "Fox News" for "Fox Online News") are that group's, as for web sites
    (:func:`analysis.compare.names.own_sites`).  AllSides by lean: "CNN (Web News)" is the
    left's own word; "Time Magazine", "Reason", "Vice" and "The Hill" name outlets too, but
    "time", "reason", "vice (president)" and "(Capitol) Hill" are every lean's words: 782, 130,
    143 and 94 uses in 600 articles would have gone from every text.

    Parameters
    ----------
    outlets, groups, texts
        The outlet, the group and the text of each article, same order.
    share, own_use
        See above.

    Returns
    -------
    list of str
        The names, sorted.

    Examples
    --------
    >>> texts = ["CNN said it was time.", "Time will tell, CNN reported.", "Time again.",
    ...          "CNN's rival."]
    >>> outlet_names(["CNN", "CNN", "Time", "Time"], ["left"] * 2 + ["right"] * 2, texts)
    ['CNN']
    """
    groups = [str(g) for g in groups]
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for outlet, group in zip(outlets, groups):
        if isinstance(outlet, str) and outlet.strip():
            seen[outlet][group] += 1
    owner = group_owners(seen, share=share)
    pattern = name_pattern(list(owner))
    if pattern is None:
        return []
    uses: dict[str, Counter[str]] = defaultdict(Counter)  # a name as written -> groups
    for text, group in zip(texts, groups):
        if isinstance(text, str):
            pattern.sub(lambda m, g=group: uses[_bare(m.group())].update([g]) or "", text)
    out = []
    for name, group in owner.items():
        forms = {_bare(name), _bare(re.sub(r"\([^)]*\)", "", name))}
        by_group = sum((uses[f] for f in forms if f in uses), Counter())
        total = sum(by_group.values())
        if total and by_group[group] >= own_use * total:
            out.append(name)
    return sorted(out)


def _bare(name: str) -> str:
    """A name as the texts' matches are compared: lower case, without "the", a possessive or
    the media words that end it ("Fox News's" is "fox")."""
    name = re.sub(r"^the\s+|['\u2019]s?$", "", " ".join(name.lower().split()))
    return short_name(name) or name


def self_names(
    corpus: pd.DataFrame, by: str, texts: list[str], *, grouping: str | None = None
) -> dict[str, list[str]]:
    """The names the groups of ``corpus`` call themselves or their outlets by, by where they
    were found (see the module's documentation).

    Parameters
    ----------
    corpus
        The usable rows, with the ``by`` column (and ``url``, publisher columns when present).
    by
        The grouping column.
    texts
        The text of each row, same order.
    grouping
        The corpus column the ``by`` column came from (``framing report --outlet-column
        country`` loads the countries as ``outlet``); ``None``: ``by`` itself.  The group
        labels are set aside only when it names publishers (:func:`names_publishers`).

    Returns
    -------
    dict
        ``{"group labels": [...], "outlet names": [...], "web sites": [...], "datelines":
        [...]}``; a source the corpus does not have is left out.

    Examples
    --------
    >>> c = pd.DataFrame({"outlet": ["left", "left", "right"], "source": ["CNN", "Vox", "Fox"]})
    >>> texts = ["CNN said.", "Vox wrote.", "Fox News said."]
    >>> self_names(c, "outlet", texts)
    {'group labels': ['left', 'right'], 'outlet names': ['CNN', 'Fox', 'Vox']}
    >>> self_names(c, "outlet", texts, grouping="lean")
    {'outlet names': ['CNN', 'Fox', 'Vox']}
    """
    groups = corpus[by].astype(str)
    labels = sorted(set(groups)) if names_publishers(grouping or by) else []
    found = {"group labels": labels}
    outlets = [c for c in publisher_columns(corpus.columns) if c != by]
    owned: set[str] = set()
    for column in outlets:
        owned |= set(outlet_names(corpus[column], groups, texts))
    found["outlet names"] = sorted(owned - set(labels))
    if "url" in corpus.columns:  # "hpo" is "HuffPost" in its texts
        found["web sites"] = own_sites(corpus["url"], groups, texts)
    found["datelines"] = dateline_agencies(texts, groups)
    return {k: v for k, v in found.items() if v}
