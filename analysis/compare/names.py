"""Outlet names in running text, found fast: :func:`name_pattern` for the term statistics.

An outlet names itself ("the Guardian's correspondent"), so its name would be its most
distinctive term; :class:`analysis.compare.term_filters.TermPreprocessor` removes every group's
name from every text.  With hundreds of outlets (the AllSides set has 491 sources) one regular
expression of all their spellings is tried at every word of every text, 42 ms per article.
:class:`NamePattern` tries it only where a word could start a name: the first word of a
spelling, the start of a site's label, "the" before one of those, "www".  The matches are the
regular expression's own, so the result is the same.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

__all__ = ["NamePattern", "group_owners", "name_pattern", "short_name", "own_sites"]

#: Words that end an outlet's name without naming it ("NPR Online News", "Breitbart News"); the
#: text calls the outlet by what comes before them ("NPR's", "Breitbart").
_MEDIA_WORDS = frozenset(
    "news online web digital media network networks newspaper magazine radio tv com".split()
)
#: Media words after a name ("Fox" -> "Fox News", "Fox News Online"), as one pattern.
_MEDIA_TAIL = r"(?:\s+(?:" + "|".join(sorted(_MEDIA_WORDS)) + r"))*"
# where a match may start: a word not preceded by a word character or a dot
_WORD_START = re.compile(r"(?<![\w.])\w+")


class NamePattern:
    """The compiled name expression, tried only at words that could start a name.

    ``pattern`` is the :class:`re.Pattern`; ``starts`` the lower-cased words a match can
    begin with, together with the beginnings of site labels a first word can be ("abc" of
    "abcnews"), or ``None`` when any word may start one.  :meth:`sub` gives what
    ``pattern.sub`` gives.
    """

    def __init__(self, pattern: re.Pattern[str], starts: frozenset[str] | None) -> None:
        self.pattern = pattern
        self.starts = starts

    def _may_start(self, word: str) -> bool:
        return self.starts is not None and word in self.starts

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """Replace every name in ``text`` as ``pattern.sub(repl, text)`` would (``repl`` a
        string, or a function of the match)."""
        if self.starts is None:  # a spelling starts with punctuation: no word index
            return self.pattern.sub(repl, text)
        out, last = [], 0
        words = list(_WORD_START.finditer(text))
        for i, w in enumerate(words):
            if w.start() < last:
                continue
            word = w.group().lower()
            if not self._may_start(word):
                after = words[i + 1].group().lower() if i + 1 < len(words) else ""
                if word != "the" or not self._may_start(after):
                    continue
            m = self.pattern.match(text, w.start())
            if m is None:
                continue
            out.append(text[last : m.start()])
            out.append(repl(m) if callable(repl) else repl)
            last = m.end()
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)


def name_pattern(names: Iterable[str]) -> NamePattern | None:
    """A pattern matching outlet names in running text, with a possessive ("Guardian's").

    A leading "The" is optional ("The Guardian" also matches "Guardian"; "the Guardian's" goes
    whole), and the name written as its web address goes too ("told FoxNews.com",
    "theguardian.com"); an outlet named by web host goes as its site's name
    ("washingtontimes.com" is "Washington Times").  Names of three letters
    or more match in any case; shorter ones ("RT", "GB") only as written, so that the pronoun
    "us" is not taken for the group "US".

    Parameters
    ----------
    names
        Outlet (group) names.

    Returns
    -------
    NamePattern or None
        ``None`` when no name is usable.

    Examples
    --------
    >>> p = name_pattern(["The Guardian", "RT"])
    >>> p.sub("_", "The guardian's editor told RT, not rt.")
    '_ editor told _, not rt.'
    >>> name_pattern(["Fox News"]).sub("_", "He told FoxNews.com and www.foxnews.com today.")
    'He told _ and _ today.'
    >>> name_pattern(["fox"]).sub("_", "Fox News reported that Mr. Fox told Fox News Online.")
    '_ reported that Mr. _ told _.'
    >>> name_pattern(["US"]).sub("_", "US media said")
    '_ media said'
    >>> name_pattern(["washingtontimes.com", "abcnews.go.com"]).sub("_", "The Washington "
    ...     "Times told ABC's and ABC News's hosts, not the abcnewsroom.")
    '_ told _ and _ hosts, not the abcnewsroom.'
    """
    names = list(names)
    alts: list[str] = []
    starts: set[str] | None = set()
    forms = {" ".join(str(n).split()) for n in names}
    forms |= {" ".join(_without_parenthesis(n)) for n in forms}  # "Fox News"
    forms |= {short_name(n) for n in forms}
    forms.discard("")
    for name in sorted(forms, key=len, reverse=True):
        bare = re.sub(r"(?i)^the\s+", "", name)
        if len(re.findall(r"\w", bare)) < 2:  # "A", "B": would remove the article "A"
            continue
        # the name as its own web address first: "told FoxNews.com", "www.theguardian.com"
        joined = "".join(re.escape(w) for w in bare.split())
        alts.append(rf"(?i:(?:www\.)?(?:the)?{joined}\.(?:com|co\.uk|org|net)\b)")
        words = r"\s+".join(re.escape(w) for w in bare.split())
        # the media words that can follow the name go with it: an outlet named "fox" is "Fox
        # News" in its texts, and without them "news" was its most distinctive word (z = 5.6 on
        # BASIL, 89 of its 117 uses in "Fox News": the report review of round 31); not after a
        # short name ("US media" is no outlet's name)
        alts.append(f"(?i:{words}{_MEDIA_TAIL})" if len(bare) >= 3 else words)
        first = _WORD_START.match(bare)
        if first is None:  # a name that starts with no word character: any word may start one
            starts = None
        elif starts is not None:
            # the first word, or the address's first word ("foxnews" of FoxNews.com, with "the")
            run = re.match(r"\w*", "".join(bare.split()).lower()).group()
            starts |= {first.group().lower(), "www", run, "the" + run}
    labels, prefixes = _site_alternatives(names)
    alts += labels
    if not alts:
        return None
    return NamePattern(_compiled(alts), None if starts is None else frozenset(starts | prefixes))


def _compiled(alts: list[str]) -> re.Pattern[str]:
    # the possessive: "Guardian's", and "Reuters'" / "ABC News'" after a final s
    return re.compile(
        r"(?<![\w.])(?:(?i:the)\s+)?(?:" + "|".join(alts) + r")(?:['\u2019]s?)?(?![\w'\u2019])"
    )


def _site_alternatives(names: Iterable[str]) -> tuple[list[str], set[str]]:
    """Patterns for outlets named by web host (the site's label as the text writes it), and the
    beginnings of the labels a first word can be.

    ``washingtontimes.com`` is "Washington Times" (the label's letters, a space allowed between
    any two after the second), ``abcnews.go.com`` also "ABC" (without a closing media word).
    Labels that are English stop words are left out.
    """
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from ..corpus.hosts import site_labels

    alts, prefixes = [], set()
    for name in names:
        for label in site_labels(str(name)):
            forms = [label]
            for word in sorted(_MEDIA_WORDS, key=len, reverse=True):
                if label.endswith(word) and len(label) - len(word) >= 3:
                    forms.append(label[: -len(word)])
                    break
            for form in forms:
                if form not in ENGLISH_STOP_WORDS and form not in _MEDIA_WORDS:
                    spaced = r"\s?".join([re.escape(form[:2]), *map(re.escape, form[2:])])
                    alts.append(f"(?i:{spaced})")
                    prefixes |= {form[:k] for k in range(2, len(form) + 1)}
    return alts, prefixes


def _without_parenthesis(name: str) -> list[str]:
    """The words of an outlet's name without its parenthesis ("Fox News (Online News)")."""
    return re.sub(r"\([^)]*\)", " ", name).split()


def short_name(name: str) -> str:
    """The name an outlet is called by in running text: without a parenthesis and without the
    media words that end it ("" when nothing else is left or nothing was removed).

    Examples
    --------
    >>> short_name("NPR Online News"), short_name("CNN (Web News)"), short_name("The Guardian")
    ('NPR', 'CNN', '')
    >>> short_name("Fox News (Online News)"), short_name("News")
    ('Fox', '')
    """
    bare = _without_parenthesis(name)
    while bare and bare[-1].lower().strip(".-") in _MEDIA_WORDS:
        bare.pop()
    short = " ".join(bare)
    return short if short and short != " ".join(name.split()) else ""


def group_owners(
    seen: dict[str, Counter], *, share: float = 0.9, min_articles: int = 1
) -> dict[str, object]:
    """The group that owns each key: the one holding at least ``share`` of the key's articles,
    for keys with at least ``min_articles`` (``seen``: key -> articles per group).

    Examples
    --------
    >>> group_owners({"cnn.com": Counter({"left": 9, "right": 1}), "x.com": Counter(a=1, b=1)})
    {'cnn.com': 'left'}
    """
    out = {}
    for key, by_group in seen.items():
        n = sum(by_group.values())
        group, top = by_group.most_common(1)[0]
        if n >= min_articles and top >= share * n:
            out[key] = group
    return out


def own_sites(
    urls: Iterable[object],
    groups: Iterable[object],
    texts: Iterable[str] | None = None,
    *,
    share: float = 0.9,
    min_articles: int = 2,
    own_use: float = 0.5,
) -> list[str]:
    """The web sites a group's articles come from: names the group calls itself by in its
    texts, though the corpus names it otherwise.

    BASIL names its outlets "fox", "hpo" and "nyt"; the Huffington Post's texts call it
    "HuffPost" and "The Huffington Post", which ranked among hpo's distinguishing terms (the
    review of round 33). Its articles' addresses name it: ``www.huffingtonpost.com``,
    ``www.huffpost.com``.  A site counts when at least ``min_articles`` articles come from it
    and at least ``share`` of them belong to one group (an aggregator or a social network
    that several groups link to names none of them); a sub-host counts as its site
    (``latino.foxnews.com`` is ``foxnews.com``: "latino" is no name of Fox).  With the texts,
    a site's name also has to be the group's own word: at least ``own_use`` of its uses in
    the texts are the group's (a self-reference).  A site named by a word other outlets use
    is no name: ``arizona.edu`` (a student paper's 2 AllSides articles) would have taken
    "Arizona" out of every text, ``heritage.org`` "heritage", ``journalism.org`` (Pew)
    "journalism".

    Parameters
    ----------
    urls
        The articles' addresses (anything else is skipped).
    groups
        The group of each article, same order.
    texts
        The text of each article, same order (``None``: no test of the uses).
    share, min_articles
        How much of a site's articles one group must hold, and how many it must have.
    own_use
        How much of the uses of a site's name in ``texts`` must be its group's.

    Returns
    -------
    list of str
        The sites as hosts (``"huffpost.com"``), for :func:`name_pattern`.

    Examples
    --------
    >>> urls = ["https://www.huffpost.com/entry/a", "http://www.huffpost.com/b",
    ...         "http://latino.foxnews.com/c", "https://www.foxnews.com/d",
    ...         "https://twitter.com/x", "https://twitter.com/y"]
    >>> own_sites(urls, ["hpo", "hpo", "fox", "fox", "fox", "hpo"])
    ['foxnews.com', 'huffpost.com']
    >>> own_sites(urls, ["hpo", "hpo", "fox", "fox", "fox", "hpo"],
    ...           ["HuffPost reported.", "", "", "", "Fox News and HuffPost said.", ""])
    ['foxnews.com', 'huffpost.com']
    >>> own_sites(urls[:2], ["hpo", "hpo"], ["", ""]) == own_sites(urls[:2], ["hpo"] * 2)
    True
    """
    from ..corpus.hosts import site_labels

    groups = list(groups)
    seen: dict[str, Counter[object]] = defaultdict(Counter)
    for url, group in zip(urls, groups):
        try:
            host = urlsplit(url).hostname if isinstance(url, str) else None
        except ValueError:
            continue
        while host and len(site_labels(host)) > 1:  # "latino.foxnews.com": its site
            host = host.split(".", 1)[1]
        if host and site_labels(host):
            seen[host.removeprefix("www.")][group] += 1
    owners = group_owners(seen, share=share, min_articles=min_articles)
    if texts is not None:  # each text lower-cased without spaces: "Huffington Post" is
        squashed = [re.sub(r"\s+", "", t.lower()) if isinstance(t, str) else "" for t in texts]
        owners = {h: g for h, g in owners.items() if _own_word(h, g, groups, squashed, own_use)}
    return sorted(owners)


def _own_word(host: str, group: object, groups: list, squashed: list[str], own_use: float) -> bool:
    """Whether at least ``own_use`` of the uses of a site's name in the texts (lower-cased,
    without spaces) are its group's."""
    from ..corpus.hosts import site_labels

    label = site_labels(host)[-1]
    uses = Counter()
    for g, text in zip(groups, squashed):
        uses[g == group] += text.count(label)
    total = uses[True] + uses[False]
    return total == 0 or uses[True] >= own_use * total
