"""How much of the corpus report 04's events hold: the articles in an event and those in none."""

from __future__ import annotations

import pandas as pd

from ..text.plural import plural

__all__ = ["event_coverage"]


def event_coverage(events: pd.DataFrame, n_articles: int, *, noun: str = "outlet") -> str:
    """One sentence: how many of the corpus's articles the events hold, and how many none.

    Parameters
    ----------
    events
        :func:`analysis.compare.align.find_events` (``article_ids``: a tuple per event).
    n_articles
        The articles of the corpus the events were looked for in.
    noun
        What a group is called ("outlet", "country").

    Returns
    -------
    str
        ``""`` when there are no articles.

    Examples
    --------
    >>> ev = pd.DataFrame({"article_ids": [("a", "b", "c"), ("d", "e")]})
    >>> print(event_coverage(ev, 8))  # doctest: +NORMALIZE_WHITESPACE
    The 2 events hold 5 of the 8 articles (62%); 3 are in none (an event needs articles of
    two or more outlets).
    """
    if n_articles <= 0:
        return ""
    held = len({a for ids in events["article_ids"] for a in ids})
    share = f"{100 * held / n_articles:.0f}%"
    hold = "events hold" if len(events) != 1 else "event holds"
    return (
        f"The {len(events):,} {hold} {held:,} of the "
        f"{n_articles:,} articles ({share}); {n_articles - held:,} "
        f"{'is' if n_articles - held == 1 else 'are'} in none (an event needs articles of two "
        f"or more {plural(noun)})."
    )
