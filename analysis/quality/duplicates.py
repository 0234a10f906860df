"""Exact and near-duplicate texts.

*Exact*: the same text after case folding and white space collapsing.  *Near*: two texts whose
sets of sentences overlap by a Jaccard index of at least ``threshold`` (default 0.8), or one
of which is (nearly) contained in the other — a wire story run by two outlets, an article
scraped twice with a changed headline or a correction, a lead that is the start of another
row.  Sentences are the shingles: lower-cased, punctuation removed, at least four words;
sentences found in very many articles (boilerplate such as "Sign up for our newsletter") are
ignored.  Candidate pairs come from an inverted index over sentence hashes, so the work grows
with the number of shared sentences, not with the square of the corpus (37,554 AllSides
articles: see ``benchmarks/RESULTS.md``).
"""

from __future__ import annotations

import re
from itertools import combinations

import numpy as np
import pandas as pd

__all__ = [
    "find_duplicates",
    "sentence_hashes",
    "shared_sentences",
    "NEAR_DUPLICATE_THRESHOLD",
    "CONTAINMENT_THRESHOLD",
    "MAX_SHARED",
]

#: Jaccard index of two texts' sentence sets from which they are near-duplicates.
NEAR_DUPLICATE_THRESHOLD = 0.8
#: Share of the shorter text's sentences found in the longer one from which it is "contained".
CONTAINMENT_THRESHOLD = 0.9
#: A sentence found in more articles than this is boilerplate ("Sign up for our newsletter"):
#: not counted (a fixed number: the pairs it would make grow with its square).
MAX_SHARED = 20
#: Texts with fewer distinct sentences than this are only compared exactly.
MIN_SENTENCES = 3

_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'’”)\]]*\s+|\n+")
_NON_WORD = re.compile(r"[\W_]+")
_QUOTE_MARK = re.compile(r"[\"“”„«»‘]|(?<!\w)'|'(?!\w)")
#: A quotation within one paragraph, double or single, straight or curly: a sentence inside it is
#: not narration.  A single quotation mark opens after no letter and closes before none, so an
#: apostrophe ("that's") neither opens nor closes one.
_QUOTED = re.compile(
    r"(?=[“\"«„‘'])(?:“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|„[^“”\n]*[“”]|‘[^’\n]*’(?!\w)"
    r"|(?<!\w)'[^\n]*?'(?!\w))"
)


def _normalised(text: str) -> str:
    """Case-folded text with white space collapsed: the key of an exact duplicate."""
    return " ".join(text.casefold().split())


def sentence_hashes(text: str, *, narration_only: bool = False, min_words: int = 4) -> np.ndarray:
    """Distinct hashes of a text's normalised sentences of ``min_words`` or more words.

    Parameters
    ----------
    text
        An article's text.
    narration_only
        Leave out every sentence inside quotation marks or with a quotation mark in it: what
        two outlets share outside quotation marks is the writing, not a statement both quote.
    min_words
        Shorter sentences are not counted ("11:45 a.m.", "Read more.").

    Returns
    -------
    numpy.ndarray
        ``int64`` hashes, one per distinct sentence (case, punctuation and spacing ignored).

    Examples
    --------
    >>> text = 'Troops crossed the border at dawn. "We will hold. We hold it," he said.'
    >>> len(sentence_hashes(text)), len(sentence_hashes(text, narration_only=True))
    (2, 1)
    """
    keys = set()
    if narration_only:
        text = _QUOTED.sub(' " ', text)
    for s in _SENTENCE_BREAK.split(text.casefold()):
        if narration_only and _QUOTE_MARK.search(s):
            continue
        k = _NON_WORD.sub(" ", s).strip()
        if k.count(" ") >= min_words - 1:
            keys.add(hash(k))
    return np.fromiter(keys, dtype=np.int64, count=len(keys))


def _exact_pairs(ids: list[str], texts: list[str]) -> list[tuple[int, int]]:
    """(first row, later row) for every text equal to an earlier one."""
    first: dict[str, int] = {}
    pairs = []
    for i, t in enumerate(texts):
        key = _normalised(t)
        if not key:
            continue
        if key in first:
            pairs.append((first[key], i))
        else:
            first[key] = i
    return pairs


def shared_sentences(hashes: list[np.ndarray], max_df: int) -> tuple[np.ndarray, ...]:
    """Pairs of rows sharing sentences, how many, and each row's number of counted sentences.

    Parameters
    ----------
    hashes
        :func:`sentence_hashes` of each row.
    max_df
        Sentences found in more rows than this are boilerplate: not counted at all.

    Returns
    -------
    tuple of numpy.ndarray
        ``first, second, shared, sizes``: the row numbers of each pair sharing a sentence
        (``first < second``), how many sentences they share, and every row's number of
        counted sentences.
    """
    n = len(hashes)
    lengths = np.array([len(h) for h in hashes], dtype=np.int64)
    if not lengths.sum():
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, np.zeros(n, dtype=np.int64)
    flat = np.concatenate(hashes)
    rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
    order = np.argsort(flat, kind="stable")
    flat, rows = flat[order], rows[order]
    _, starts, df = np.unique(flat, return_index=True, return_counts=True)
    common = np.repeat(df > max_df, df)
    sizes = lengths - np.bincount(rows[common], minlength=n)
    a_list, b_list = [], []
    for s, d in zip(starts[(df > 1) & (df <= max_df)], df[(df > 1) & (df <= max_df)]):
        group = rows[s : s + d]
        for a, b in combinations(group.tolist(), 2):
            a_list.append(a)
            b_list.append(b)
    if not a_list:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, sizes
    codes = np.array(a_list, dtype=np.int64) * n + np.array(b_list, dtype=np.int64)
    pairs, shared = np.unique(codes, return_counts=True)
    return pairs // n, pairs % n, shared, sizes


def find_duplicates(
    corpus: pd.DataFrame,
    *,
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
    containment: float = CONTAINMENT_THRESHOLD,
) -> pd.DataFrame:
    """Pairs of articles whose texts are the same or nearly the same.

    Parameters
    ----------
    corpus
        A corpus (``text``; ``article_id`` and ``outlet`` when present).
    threshold
        Jaccard index of the two texts' sentence sets from which a pair is ``near``.
    containment
        Share of the shorter text's sentences in the longer one from which a pair is
        ``contained`` (when it is not ``near``).

    Returns
    -------
    pandas.DataFrame
        One row per pair, the earlier row first: ``article_id, duplicate_id, outlet,
        duplicate_outlet, kind`` (``exact``, ``near``, ``contained``), ``similarity`` (1.0 for
        exact; the Jaccard index for near; the containment for contained), ``shared_sentences``.

    Examples
    --------
    >>> s = ["Troops crossed the border at dawn today.", "Officials said the talks would resume.",
    ...      "The ministry gave no figure for the dead.", "Markets fell sharply after the news."]
    >>> corpus = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "outlet": ["X", "Y", "X", "Z"],
    ...     "text": [" ".join(s), " ".join(s), " ".join(s) + " A new last line was added.",
    ...              "Something else entirely, written in one long sentence here."]})
    >>> find_duplicates(corpus)[["article_id", "duplicate_id", "kind"]].values.tolist()
    [['a', 'b', 'exact'], ['a', 'c', 'near']]
    """
    from .findings import check_frame

    f = check_frame(corpus)
    ids, outlets = f["article_id"].tolist(), f["outlet"].tolist()
    texts = [t if u else "" for t, u in zip(f["text"], f["usable"])]
    rows: list[tuple[int, int, str, float, int]] = []
    exact = _exact_pairs(ids, texts)
    exact_set = set(exact)
    rows.extend((a, b, "exact", 1.0, 0) for a, b in exact)
    # a copy of an exact duplicate is compared once: by its first occurrence
    copies = {b for _, b in exact}
    hashes = [
        sentence_hashes(t) if (t and i not in copies) else np.zeros(0, dtype=np.int64)
        for i, t in enumerate(texts)
    ]
    a, b, shared, sizes = shared_sentences(hashes, MAX_SHARED)
    if len(a):
        union = sizes[a] + sizes[b] - shared
        smaller = np.minimum(sizes[a], sizes[b])
        jac = shared / np.maximum(union, 1)
        cont = shared / np.maximum(smaller, 1)
        enough = smaller >= MIN_SENTENCES
        for i in np.flatnonzero(enough & ((jac >= threshold) | (cont >= containment))):
            pair = (int(a[i]), int(b[i]))
            if pair in exact_set:
                continue
            kind, sim = ("near", jac[i]) if jac[i] >= threshold else ("contained", cont[i])
            rows.append((pair[0], pair[1], kind, round(float(sim), 3), int(shared[i])))
    rows.sort(key=lambda r: (r[0], r[1]))
    return pd.DataFrame(
        {
            "article_id": [ids[r[0]] for r in rows],
            "duplicate_id": [ids[r[1]] for r in rows],
            "outlet": [outlets[r[0]] for r in rows],
            "duplicate_outlet": [outlets[r[1]] for r in rows],
            "kind": [r[2] for r in rows],
            "similarity": [r[3] for r in rows],
            "shared_sentences": [r[4] for r in rows],
        }
    )
