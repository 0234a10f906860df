"""Copy shared across outlets: an agency or wire story that two outlets ran, each edited.

A near-duplicate (:mod:`analysis.quality.duplicates`) is one text twice.  An *edited* wire
story is not: two outlets run the same agency copy, each cut, re-ordered and added to, and keep
a quarter or a half of its sentences word for word (the by-country corpus has a Guardian and a
RIA Novosti article built on one AP story, 6 of about 30 sentences identical).  Whatever is
measured on those sentences is the agency's framing, not the outlet's.

Two articles of different outlets *share copy* when at least :data:`SHARED_COPY_MIN` sentences
of six or more words, outside quotation marks, are identical in both (case, punctuation and
spacing ignored).  Sentences with a quotation mark are left out, because two outlets quoting
the same statement is reporting, not shared copy; a sentence found in more than
:data:`~analysis.quality.duplicates.MAX_SHARED` articles is boilerplate and not counted.  On
AllSides' 37,554 articles, 243 pairs of different outlets share five such sentences: AP stories
(Fox News and the Chicago Tribune on a police shooting; Fox News and the Christian Science
Monitor, 17 sentences), but also long texts both print without quotation marks (a president's
posts, a letter, photo captions) — which is why a finding says "check", not "drop".
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from .duplicates import MAX_SHARED, sentence_hashes, shared_sentences
from .findings import Finding, check_frame, examples

__all__ = ["find_shared_copy", "shared_copy_findings", "SHARED_COPY_MIN", "SHARED_COPY_WARN"]

#: Identical sentences outside quotation marks from which two outlets' articles share copy.
SHARED_COPY_MIN = 5
#: Words a sentence needs to count (a time stamp or "Read more." is not copy).
SENTENCE_MIN_WORDS = 6
#: Share of an outlet's usable articles sharing copy from which the finding is a warning.
SHARED_COPY_WARN = 0.1


def find_shared_copy(corpus: pd.DataFrame, *, min_shared: int = SHARED_COPY_MIN) -> pd.DataFrame:
    """Pairs of articles of different outlets that print the same sentences outside quotes.

    Parameters
    ----------
    corpus
        A corpus (``text`` and ``outlet``; ``article_id`` when present).
    min_shared
        How many identical sentences (six or more words, no quotation mark) make a pair.

    Returns
    -------
    pandas.DataFrame
        One row per pair, the earlier row first: ``article_id, shared_id, outlet,
        shared_outlet, shared_sentences, share`` (the shared sentences over the counted
        sentences of the shorter text).

    Examples
    --------
    >>> s = ["Troops crossed the border at dawn on Monday.", "The ministry gave no figure for it.",
    ...      "Markets fell sharply after the first reports.", "Talks are due to resume in May.",
    ...      "The border crossing was closed to all traffic."]
    >>> corpus = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": [" ".join(s) + " X's own line comes here now.", "Y adds its own lead here. "
    ...              + " ".join(s[::-1])]})
    >>> find_shared_copy(corpus)[["article_id", "shared_id", "shared_sentences"]].values.tolist()
    [['a', 'b', 5]]
    """
    f = check_frame(corpus)
    ids, outlets = f["article_id"].tolist(), f["outlet"].tolist()
    hashes = [
        sentence_hashes(t, narration_only=True, min_words=SENTENCE_MIN_WORDS)
        if u
        else np.zeros(0, dtype=np.int64)
        for t, u in zip(f["text"], f["usable"])
    ]
    first, second, shared, sizes = shared_sentences(hashes, MAX_SHARED)
    keep = [
        i for i in np.flatnonzero(shared >= min_shared) if outlets[first[i]] != outlets[second[i]]
    ]
    rows = sorted((int(first[i]), int(second[i]), int(shared[i])) for i in keep)
    smaller = [max(min(sizes[a], sizes[b]), 1) for a, b, _ in rows]
    return pd.DataFrame(
        {
            "article_id": [ids[a] for a, _, _ in rows],
            "shared_id": [ids[b] for _, b, _ in rows],
            "outlet": [outlets[a] for a, _, _ in rows],
            "shared_outlet": [outlets[b] for _, b, _ in rows],
            "shared_sentences": [n for _, _, n in rows],
            "share": [round(n / m, 3) for (_, _, n), m in zip(rows, smaller)],
        }
    )


def shared_copy_findings(
    f: pd.DataFrame, pairs: pd.DataFrame, duplicates: pd.DataFrame
) -> list[Finding]:
    """One finding per outlet whose articles share copy with another outlet's.

    Parameters
    ----------
    f
        :func:`~analysis.quality.findings.check_frame` of the corpus.
    pairs
        :func:`find_shared_copy` of the corpus.
    duplicates
        :func:`~analysis.quality.duplicates.find_duplicates` of the corpus: a pair already
        reported as a duplicate is not reported again.

    Returns
    -------
    list of Finding
        ``shared_copy`` findings: a warning when at least :data:`SHARED_COPY_WARN` of the
        outlet's usable articles share copy, else an info.
    """
    if not len(pairs):
        return []
    known = set(zip(duplicates["article_id"], duplicates["duplicate_id"]))
    pairs = pairs[[p not in known for p in zip(pairs["article_id"], pairs["shared_id"])]]
    usable = f[f["usable"]].groupby("outlet").size()
    articles: dict[str, set[str]] = {}
    partners: dict[str, Counter] = {}
    for a, b, oa, ob in pairs[["article_id", "shared_id", "outlet", "shared_outlet"]].itertuples(
        index=False
    ):
        for own, other, art in ((oa, ob, a), (ob, oa, b)):
            articles.setdefault(own, set()).add(art)
            partners.setdefault(own, Counter())[other] += 1
    out = []
    for outlet in sorted(articles):
        n, total = len(articles[outlet]), int(usable.get(outlet, 0))
        share = n / total if total else 0.0
        withs = ", ".join(f"{o} ({k})" for o, k in partners[outlet].most_common(3))
        more = len(partners[outlet]) - 3
        withs += f" and {more} more" if more > 0 else ""
        detail = (
            f"{n} of {total} article(s) print {SHARED_COPY_MIN} or more sentences, outside "
            f"quotation marks, that another outlet's article prints too (with {withs}): an "
            "edited agency or wire story? What is measured on those sentences is the agency's "
            "wording, not the outlet's. Check them (a letter or posts both print unquoted show "
            "up too); drop the copies or compare with and without them."
        )
        out.append(
            Finding(
                check="shared_copy",
                severity="warning" if share >= SHARED_COPY_WARN else "info",
                outlet=outlet,
                detail=detail,
                n_articles=n,
                examples=examples(sorted(articles[outlet])),
            )
        )
    return out
