"""The one-line summary of report 02: articles, quotations and lexicon markers, with the loaded
terms of every voice counted (the outlets' own words, inside quotations, in reported speech)."""

from __future__ import annotations

from typing import Any

from .describe import count_of


def features_summary(feats: Any, markers: Any) -> str:
    """Summarise report 02's counts in one sentence, thousands separated.

    Parameters
    ----------
    feats
        Output of :func:`analysis.featurize` (``status``, ``n_direct_quotes``).
    markers
        The lexicon markers (``category``, ``voice``: author, quoted or reported).

    Returns
    -------
    str
        The summary, with the loaded terms of each voice beside their total.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"status": ["ok", "ok"], "n_direct_quotes": [1200, 30]})
    >>> m = pd.DataFrame({"category": ["loaded", "loaded", "hedge"],
    ...                   "voice": ["author", "reported", "author"]})
    >>> features_summary(f, m)[:56]
    '2 articles (2 usable): 1,230 direct quotations, 3 lexico'
    """
    loaded = markers["category"] == "loaded"
    voices = ("author", "quoted", "reported")
    by_voice = {v: int((loaded & (markers["voice"] == v)).sum()) for v in voices}
    usable = int((feats["status"] == "ok").sum())
    return (
        f"{count_of(len(feats), 'article')} ({usable:,} usable): "
        f"{count_of(int(feats['n_direct_quotes'].sum()), 'direct quotation')}, "
        f"{count_of(len(markers), 'lexicon marker')}; "
        f"{count_of(int(loaded.sum()), 'loaded term')}: {by_voice['author']:,} in the outlets' own "
        f"voice, {by_voice['quoted']:,} inside quotations and {by_voice['reported']:,} in "
        "reported speech; "
        "an excerpt of each article shown with its evidence highlighted."
    )
