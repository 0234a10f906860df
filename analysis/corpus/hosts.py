"""Outlets named by web host: one site's hosts folded into one outlet.

Scrapers name an article's outlet by the host it came from (news-please's ``source_domain``,
a URL's netloc), so one site arrives as several outlets: ``cnn.com``, ``edition.cnn.com``,
``politicalticker.blogs.cnn.com``; ``www1.cbn.com``; ``online.wsj.com`` and ``wsj.com``.
Compared as outlets, each sub-host is a handful of articles with wide intervals, and the site's
own total is split.  :func:`fold_hosts` strips a ``www``/``m``/``amp``/``mobile`` label and
folds a host onto the longest shorter host of the same site that the corpus also names as an
outlet.  It does not guess a site's registrable domain: ``abcnews.go.com`` stays itself
unless ``go.com`` is an outlet of the corpus too (which would be a different site: the
corpus's own outlets decide, and every fold is reported).
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["fold_hosts", "host_folds", "site_labels", "url_hosts"]

_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")
# a web address: its host (user, port, path, query dropped)
_URL = re.compile(
    r"^(?:https?://(?:[^@/\s]+@)?(?P<host>[^/:?#\s]+)(?::\d+)?(?:[/?#]\S*)?"
    r"|(?P<www>www\d*\.[^/:?#\s]+)(?::\d+)?[/?#]\S*)$",
    re.IGNORECASE,
)
# a label that names a way of serving the site, not a part of it
_SERVING = re.compile(r"^(?:www\d*|m|amp|mobile)\.(?=[^.]+\.[^.]+)")


#: Second-level labels under a country code that are not the site ("bbc.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})


def site_labels(name: str) -> list[str]:
    """The labels that may name a host-shaped outlet in running text (``[]`` for other names).

    The first label (``abcnews`` of ``abcnews.go.com``) and the label before the top-level
    domain (before a country code's ``co``, ``com``, ``org`` …: ``bbc`` of ``bbc.co.uk``), as
    written in the address; labels of fewer than three letters are left out.

    Examples
    --------
    >>> site_labels("washingtontimes.com"), site_labels("abcnews.go.com")
    (['washingtontimes'], ['abcnews'])
    >>> site_labels("www.bbc.co.uk"), site_labels("uk.reuters.com"), site_labels("Fox News")
    (['bbc'], ['reuters'], [])
    """
    host = _SERVING.sub("", name.lower())
    if not _HOST.match(host):
        return []
    labels = host.split(".")
    cut = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    out: list[str] = []
    for label in (labels[0], labels[-cut]):
        if len(label) >= 3 and label not in out:
            out.append(label)
    return out


def host_folds(names: list[str]) -> dict[str, str]:
    """The outlet each host-shaped name folds onto (names that do not change are left out).

    Parameters
    ----------
    names
        The corpus's distinct outlet names.

    Returns
    -------
    dict
        ``{name: folded name}``.

    Examples
    --------
    >>> host_folds(["cnn.com", "edition.cnn.com", "politicalticker.blogs.cnn.com", "Fox News"])
    {'edition.cnn.com': 'cnn.com', 'politicalticker.blogs.cnn.com': 'cnn.com'}
    >>> host_folds(["www1.cbn.com", "abcnews.go.com", "NBCNews.com", "www.TheBlaze.com"])
    {'www1.cbn.com': 'cbn.com', 'www.TheBlaze.com': 'TheBlaze.com'}
    >>> host_folds(["CNN.com", "edition.cnn.com"])
    {'edition.cnn.com': 'CNN.com'}
    """
    bare = {n: _SERVING.sub("", n.lower()) for n in names if _HOST.match(n.lower())}
    # each site as the corpus spells it: a name without a serving label first ("NBCNews.com"
    # stays "NBCNews.com"; "www.NBCNews.com" alone becomes "NBCNews.com")
    spelled: dict[str, str] = {}
    for name, host in sorted(bare.items(), key=lambda kv: (len(kv[0]) != len(kv[1]), kv[0])):
        spelled.setdefault(host, name[len(name) - len(host) :])
    folds = {}
    for name, host in bare.items():
        labels = host.split(".")
        # the longest proper suffix of at least two labels that is itself an outlet
        site = next(
            (s for k in range(1, len(labels) - 1) if (s := ".".join(labels[k:])) in spelled),
            host,
        )
        if spelled[site] != name:
            folds[name] = spelled[site]
    return folds


def url_hosts(outlets: pd.Series, report: list[str]) -> pd.Series:
    """Outlet names that are web addresses, read as their host.

    An outlet column of article URLs (``https://www.bbc.co.uk/news/world-123``: a url column
    given as the outlet, or a source field holding the page's address) makes every article an
    outlet of its own; its host names the site.  The host keeps its ``www``, which
    :func:`fold_hosts` then handles like any host.

    Parameters
    ----------
    outlets
        The outlet column (names already stripped).
    report
        One line is appended when any name was an address, with an example.

    Returns
    -------
    pandas.Series

    Examples
    --------
    >>> notes = []
    >>> url_hosts(pd.Series(["https://www.bbc.co.uk/news/world-1", "RT", "www.rt.com/news",
    ...                      "www.NBCNews.com"]), notes).tolist()
    ['www.bbc.co.uk', 'RT', 'www.rt.com', 'www.NBCNews.com']
    """

    def host(v: object) -> object:
        m = _URL.match(v) if isinstance(v, str) else None
        return (m.group("host") or m.group("www")).lower().rstrip(".") if m else v

    hosts = outlets.map(host)
    changed = outlets.notna() & (hosts != outlets)
    if changed.any():
        first = outlets[changed].iloc[0]
        report.append(
            f"outlet: {int(changed.sum())} row(s) name their outlet by a web address, read as "
            f"its host ({first!r} -> {hosts[changed].iloc[0]!r}); if the outlet column is the "
            "articles' url column, name the outlet column (outlet_column=…)"
        )
    return hosts


def fold_hosts(outlets: pd.Series, report: list[str]) -> pd.Series:
    """Fold host-shaped outlet names of one site into one outlet (see :func:`host_folds`).

    Parameters
    ----------
    outlets
        The outlet column (names already stripped).
    report
        One line per fold is appended here, with its number of rows.

    Returns
    -------
    pandas.Series

    Examples
    --------
    >>> notes = []
    >>> fold_hosts(pd.Series(["cnn.com", "edition.cnn.com", "RT"]), notes).tolist()
    ['cnn.com', 'cnn.com', 'RT']
    >>> notes
    ["outlet: 'edition.cnn.com' folded into 'cnn.com' (1 row(s); a host of the same site)"]
    """
    names = [str(n) for n in outlets.dropna().unique()]
    folds = host_folds(names)
    if not folds:
        return outlets
    counts = outlets.value_counts()
    for name, site in sorted(folds.items()):
        report.append(
            f"outlet: {name!r} folded into {site!r} ({int(counts[name])} row(s); "
            "a host of the same site)"
        )
    return outlets.map(lambda v: folds.get(v, v) if isinstance(v, str) else v)
