"""The coding sample: a stratified random sample of detector decisions for human coders.

Design (stated in the codebook written beside every sheet):

* **Explicit strata**: group (``by``, e.g. outlet) x detector.  The ``n`` items are shared
  equally between the cells that have candidates (a cell with fewer candidates gives all it
  has and the rest goes to the others), so every outlet gets the same precision for each
  detector whatever its size.  Inside a cell, ``nonhit_share`` of the items are non-hits where
  the detector has them (for recall), the rest hits.
* **Implicit strata**: inside (group, detector, hit/non-hit) the candidates are sorted by
  category, article and position and drawn by systematic sampling with a random start, so
  every category is represented in proportion and every candidate of the stratum has the same
  chance of selection: the precision of a cell is a plain proportion.  ``population`` (the
  number of candidates of the stratum) lets :func:`~analysis.validate.score.score_coding`
  weight the cells into corpus-wide estimates.

Only articles whose status is ``ok`` are sampled: those are the ones outlet comparisons use.
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..errors import FramingError, check_corpus_frame
from ..pipeline import analyse_corpus
from ..text.segment import split_sentences
from .items import DETECTORS, NON_HIT, ItemSource

__all__ = ["coding_sample", "coding_candidates", "allocate", "SHEET_COLUMNS"]

#: Columns of a coding sheet (``outlet`` stands for the ``by`` column); coders add
#: ``coder_<name>`` (1 right, 0 wrong, blank not coded) and ``note_<name>``.
SHEET_COLUMNS: tuple[str, ...] = (
    "item_id",
    "article_id",
    "outlet",
    "detector",
    "category",
    "kind",
    "label",
    "text",
    "context",
    "start",
    "end",
    "context_start",
    "population",
    "group_words",
)

#: The longest context (characters) with a sentence on each side of the judged words.
MAX_CONTEXT = 1200

DetectorsArg = Sequence[str] | Mapping[str, ItemSource] | None


def resolve_detectors(detectors: DetectorsArg) -> dict[str, ItemSource]:
    """The item functions to sample: all registered ones, a subset by name, or a mapping.

    Examples
    --------
    >>> list(resolve_detectors(["hedge", "quote"]))
    ['hedge', 'quote']
    >>> resolve_detectors(["hedges"])
    Traceback (most recent call last):
    ...
    analysis.errors.FramingError: unknown detector 'hedges'; the detectors are: quote, ...
    """
    if detectors is None:
        return dict(DETECTORS)
    if isinstance(detectors, Mapping):
        return dict(detectors)
    if isinstance(detectors, str):
        detectors = [d for d in detectors.split(",") if d.strip()]
    out = {}
    for name in detectors:
        name = name.strip()
        if name not in DETECTORS:
            raise FramingError(
                f"unknown detector {name!r}; the detectors are: {', '.join(DETECTORS)}"
            )
        out[name] = DETECTORS[name]
    if not out:
        raise FramingError(f"no detector given; the detectors are: {', '.join(DETECTORS)}")
    return out


def _context(
    body: str, sentences: Sequence[tuple[int, int]], start: int, end: int
) -> tuple[int, int]:
    """``(context_start, context_end)``: the sentences the span touches plus one on each side
    (only the sentences it touches when that would exceed :data:`MAX_CONTEXT` characters)."""
    if not sentences:
        return max(0, start - 200), min(len(body), end + 200)
    starts = [s for s, _ in sentences]
    ends = [e for _, e in sentences]
    first = min(bisect_right(ends, start), len(sentences) - 1)
    last = min(max(first, bisect_left(starts, end) - 1), len(sentences) - 1)
    cs, ce = min(starts[first], start), max(ends[last], end)
    wide_s = min(starts[max(first - 1, 0)], cs)
    wide_e = max(ends[min(last + 1, len(sentences) - 1)], ce)
    return (wide_s, wide_e) if wide_e - wide_s <= MAX_CONTEXT else (cs, ce)


def coding_candidates(
    corpus: pd.DataFrame,
    *,
    by: str = "outlet",
    detectors: DetectorsArg = None,
    lexicons: Any = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Every detector decision that could be sampled, and the cleaned bodies.

    Parameters
    ----------
    corpus
        The corpus as loaded (raw ``text``).
    by
        The grouping column (outlet, country, lean …).
    detectors
        Detector names (default: all of :data:`~analysis.validate.items.DETECTORS`) or a
        mapping of names to item functions.
    lexicons
        As for :func:`analysis.featurize`.

    Returns
    -------
    (pandas.DataFrame, list of str)
        One row per candidate: ``row`` (position of the article in the corpus), ``article_id``,
        ``by``, ``detector``, ``category``, ``kind``, ``start``, ``end``, ``label``,
        ``group_words`` (words in the group's usable articles); and the body of every article
        ("" when it is not usable).

    Examples
    --------
    >>> from analysis import load_corpus
    >>> cand, bodies = coding_candidates(load_corpus(), detectors=["naming"])
    >>> sorted(cand["kind"].unique()), int(cand["population"].isna().sum())
    (['hit'], 0)
    """
    check_corpus_frame(corpus, what="coding_sample")
    if by not in corpus.columns:
        raise FramingError(
            f"coding_sample: the corpus has no {by!r} column to group by; columns: "
            f"{', '.join(map(str, corpus.columns))}"
        )
    sources = resolve_detectors(detectors)
    ids = (
        corpus["article_id"].astype(str).tolist()
        if "article_id" in corpus.columns
        else [str(i) for i in range(len(corpus))]
    )
    groups = corpus[by].astype(str).tolist()
    rows: list[dict[str, Any]] = []
    bodies: list[str] = []
    words: dict[str, int] = {}
    for i, res in enumerate(analyse_corpus(corpus, lexicons=lexicons)):
        usable = res.status == "ok"
        bodies.append(res.body if usable else "")
        if not usable:
            continue
        words[groups[i]] = words.get(groups[i], 0) + int(res.features.get("n_words", 0))
        sentences = split_sentences(res.body)
        for name, source in sources.items():
            for it in source(res, sentences):
                rows.append(
                    {"row": i, "article_id": ids[i], by: groups[i], "detector": name} | it._asdict()
                )
    cols = ["row", "article_id", by, "detector", "category", "kind", "start", "end", "label"]
    cand = pd.DataFrame.from_records(rows, columns=cols)
    cand["group_words"] = cand[by].map(words).astype("int64")
    cand["population"] = cand.groupby([by, "detector", "kind"])["row"].transform("size")
    return cand, bodies


def allocate(capacities: Sequence[int], n: int, rng: np.random.Generator) -> list[int]:
    """Share ``n`` equally between cells, none above its capacity (water-filling).

    What a small cell cannot take goes to the others; the last few items go to cells picked
    at random.

    Examples
    --------
    >>> allocate([2, 10, 10], 12, np.random.default_rng(0))
    [2, 5, 5]
    >>> allocate([3, 3], 10, np.random.default_rng(0))
    [3, 3]
    """
    alloc = [0] * len(capacities)
    left = int(n)
    while left > 0:
        open_ = [i for i, c in enumerate(capacities) if alloc[i] < c]
        if not open_:
            break
        share = left // len(open_)
        if share == 0:
            for i in sorted(rng.permutation(open_)[:left].tolist()):
                alloc[i] += 1
            break
        for i in open_:
            add = min(share, capacities[i] - alloc[i])
            alloc[i] += add
            left -= add
    return alloc


def _systematic(n_items: int, k: int, rng: np.random.Generator) -> list[int]:
    """``k`` of ``n_items`` positions, every ``n_items / k``-th from a random start: each
    position has the same chance ``k / n_items``."""
    if k <= 0:
        return []
    if k >= n_items:
        return list(range(n_items))
    step = n_items / k
    u = rng.uniform(0, step)
    return [math.floor(u + i * step) for i in range(k)]


def _draw(cand: pd.DataFrame, by: str, n: int, nonhit_share: float, rng) -> list[int]:
    """The candidate rows (index labels) drawn: equal allocation over (group, detector),
    hits and non-hits inside, systematic sampling inside those."""
    cells = list(cand.groupby([by, "detector"], sort=True).groups.items())
    quotas = allocate([len(ix) for _, ix in cells], n, rng)
    chosen: list[int] = []
    for (_, ix), q in zip(cells, quotas):
        cell = cand.loc[ix]
        hits = cell[cell["kind"] != NON_HIT].sort_values(["category", "row", "start", "end"])
        non = cell[cell["kind"] == NON_HIT].sort_values(["category", "row", "start", "end"])
        q_non = min(len(non), round(q * nonhit_share))
        q_hit = min(len(hits), q - q_non)
        q_non = min(len(non), q - q_hit)
        for part, k in ((hits, q_hit), (non, q_non)):
            chosen.extend(part.index[_systematic(len(part), k, rng)].tolist())
    return chosen


def _item_id(article_id: str, detector: str, kind: str, start: int, end: int) -> str:
    key = f"{article_id}|{detector}|{kind}|{start}|{end}".encode()
    return f"{detector}-{hashlib.sha1(key).hexdigest()[:10]}"


def coding_sample(
    corpus: pd.DataFrame,
    *,
    n: int = 200,
    by: str = "outlet",
    detectors: DetectorsArg = None,
    random_state: int = 0,
    nonhit_share: float = 0.25,
    lexicons: Any = None,
) -> pd.DataFrame:
    """A stratified random sample of detector decisions for human coders (the sheet).

    Parameters
    ----------
    corpus
        The corpus as loaded (raw ``text``), with an ``outlet`` (or ``by``) column.
    n
        Number of items (fewer when the corpus has fewer decisions).
    by
        The groups whose measurement is compared (a column of the corpus).
    detectors
        Detector names (default: every entry of :data:`~analysis.validate.items.DETECTORS`:
        quote, speaker, attribution, hedge, booster, evidential, loaded, naming) or a mapping
        of names to item functions.
    random_state
        Seed: the same corpus and arguments give the same sheet.
    nonhit_share
        Share of each (group, detector) cell drawn from the non-hits, where the detector has
        them (sentences without a marker of its kind …), so recall can be estimated.
    lexicons
        As for :func:`analysis.featurize`.

    Returns
    -------
    pandas.DataFrame
        One row per item, the columns of :data:`SHEET_COLUMNS` (``by`` in place of
        ``outlet``, with ``outlet`` too when the corpus has one): ``kind`` is ``hit`` or
        ``non-hit``, ``label`` the decision in words, ``text`` the judged words and
        ``context`` the sentences around them; offsets are into the cleaned body
        (``context[start - context_start : end - context_start] == text``); ``population``
        is the number of candidates of the item's (group, detector, kind) stratum and
        ``group_words`` the words of the group's usable articles.  Rows are grouped by
        detector, in random order inside.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> sheet = coding_sample(load_corpus(), n=40, detectors=["hedge", "naming"])
    >>> len(sheet), sheet["outlet"].nunique(), sorted(sheet["kind"].unique())
    (40, 5, ['hit', 'non-hit'])
    >>> r = sheet.iloc[0]
    >>> r["context"][r["start"] - r["context_start"]:r["end"] - r["context_start"]] == r["text"]
    True
    """
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise FramingError(f"coding_sample: n must be a positive whole number, not {n!r}")
    if not 0 <= nonhit_share <= 1:
        raise FramingError(f"coding_sample: nonhit_share must be in [0, 1], not {nonhit_share}")
    cand, bodies = coding_candidates(corpus, by=by, detectors=detectors, lexicons=lexicons)
    rng = np.random.default_rng(random_state)
    picked = cand.loc[_draw(cand, by, int(n), nonhit_share, rng)]
    order = list(resolve_detectors(detectors))
    rank = picked["detector"].map({d: i for i, d in enumerate(order)})
    picked = picked.assign(_rank=rank, _shuffle=rng.permutation(len(picked)))
    picked = picked.sort_values(["_rank", "_shuffle"]).reset_index(drop=True)
    return _sheet(picked, bodies, corpus, by)


def _sheet(picked: pd.DataFrame, bodies: list[str], corpus: pd.DataFrame, by: str):
    """The sheet's columns from the drawn candidates."""
    texts, contexts, cstarts = [], [], []
    sentence_cache: dict[int, list[tuple[int, int]]] = {}
    for row, s, e in zip(picked["row"], picked["start"], picked["end"]):
        body = bodies[row]
        if row not in sentence_cache:
            sentence_cache[row] = split_sentences(body)
        cs, ce = _context(body, sentence_cache[row], int(s), int(e))
        texts.append(body[s:e])
        contexts.append(body[cs:ce])
        cstarts.append(cs)
    out = picked.assign(text=texts, context=contexts, context_start=cstarts)
    out["item_id"] = [
        _item_id(a, d, k, s, e)
        for a, d, k, s, e in zip(
            out["article_id"], out["detector"], out["kind"], out["start"], out["end"]
        )
    ]
    if out["item_id"].duplicated().any():  # two identical decisions: cannot happen, but check
        raise FramingError("coding_sample: two items got the same id; report this as a bug")
    cols = [by if c == "outlet" else c for c in SHEET_COLUMNS]
    if by != "outlet" and "outlet" in corpus.columns:
        out["outlet"] = corpus["outlet"].astype(str).to_numpy()[out["row"].to_numpy()]
        cols.insert(cols.index(by) + 1, "outlet")
    return out[cols].reset_index(drop=True)


def sheet_strata(sheet: pd.DataFrame, *, by: str = "outlet") -> Iterable[tuple]:
    """The (group, detector, kind) strata of a sheet with their sampled and population sizes.

    Examples
    --------
    >>> s = pd.DataFrame({"outlet": ["A", "A"], "detector": ["hedge"] * 2,
    ...                   "kind": ["hit"] * 2, "population": [7, 7]})
    >>> list(sheet_strata(s))
    [('A', 'hedge', 'hit', 2, 7)]
    """
    for (g, d, k), part in sheet.groupby([by, "detector", "kind"], sort=True):
        yield g, d, k, len(part), int(part["population"].iloc[0])
