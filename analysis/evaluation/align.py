"""Hand check of same-event links on BASIL triplets (Fox, NYT, HuffPost on one story).

There is no gold alignment for BASIL, so link *precision* is measured by hand:

1. :func:`sample_basil_links` runs :func:`analysis.compare.align.align_event` on a few triplets of
   ``../shared/datasets/basil-same-event/articles.csv`` and samples cross-outlet links (a shared
   unit's representative paired with another outlet's occurrence of it), stratified by the
   system's label (``verbatim`` / ``paraphrase``), with a fixed ``random_state``;
2. :func:`write_review_table` writes them as a CSV with empty ``judgement`` and ``note``
   columns (excerpts of at most 200 characters), to be read and judged on the reviewer's
   machine;
3. a person fills in ``judgement`` (``yes``: the two units report the same words or the same
   claim, so an outlet carrying one "carries" the other; ``no`` otherwise);
4. :func:`judgements_only` replaces the two excerpts by keys (a hash of each excerpt): that is
   what the project commits (``analysis/evaluation/align_link_judgements.csv``), so no article
   text of the shared data set is in the repository; :func:`review_with_text` puts the excerpts
   back from ``../shared`` (it re-aligns the reviewed triplets) for anyone re-reading the check;
5. :func:`link_precision` computes precision per label from the judgements, with Wilson 95%
   intervals.

The two committed samples (:data:`DRAWS`: the keyword arguments of :func:`sample_basil_links`;
:func:`committed_sample` draws one again on the current code)
    * development, ``align_link_judgements_dev.csv``: ``n_triplets=14, n_per_label=30,
      random_state=0`` (13 of the 14 triplets had links in the first draw; its triplets and
      their order match this draw, its links came from uncommitted code between commits
      0f9e2cf and f88e0d3 and are not reproduced exactly);
    * held-out test, ``align_link_judgements.csv``: ``n_triplets=14, n_per_label=30,
      random_state=1``, excluding the triplets of two earlier draws with ``random_state=0``
      (10 and 14 triplets: the ones looked at while developing; 22 triplets in all).
      The parameters were not written down in 2026-11 (first check); they were recovered in
      2026-12 by searching seeds and sizes for the drawn triplets, then confirmed: the code of
      the first check (commit f84e49e) with these parameters reproduces its 60 links exactly.

History
    * 2026-11-23, first check: dev 51 links (verbatim 30/30, paraphrase 17/21, judged before
      the paraphrase fixes); test 60 links (verbatim 30/30, paraphrase 26/30, all 56/60 =
      0.93, Wilson 0.84-0.97).
    * 2026-12-04, redone after the sentence splitter learned to split sentences glued without a
      space (BASIL "the war.He said": 7-10 per article), which changed BASIL units: only 73% of
      the judged units were still produced.  Both samples drawn again with the same parameters
      on the current code; a link whose triplet and two unit keys equal a judged link kept its
      judgement (note "judgement reused"), every other link was judged anew with the same
      criterion, before the aggregate precision was looked at.  Dev: 56 links, 15 reused, 41
      new; verbatim 28/30 (two containments of a short common phrase, "for the middle class",
      "on the judiciary committee"), paraphrase 20/26, all 48/56 = 0.86 (0.74-0.93).  Test:
      60 links, 31 reused, 29 new; verbatim 30/30 (0.89-1.00), paraphrase 25/30 = 0.83
      (0.66-0.93; was 26/30 = 0.87, 0.70-0.95), all 55/60 = 0.92 (0.82-0.96; was 0.93,
      0.84-0.97).
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import numpy as np
import pandas as pd

from ..compare.align import PARAPHRASE_THRESHOLD, VERBATIM_THRESHOLD, align_event
from ..errors import CorpusError
from ..paths import shared_path

__all__ = [
    "REVIEW_PATH",
    "load_basil",
    "sample_basil_links",
    "write_review_table",
    "judgements_only",
    "review_with_text",
    "unit_key",
    "link_precision",
    "DRAWS",
    "drawn_triplets",
    "committed_sample",
]

#: The project's hand-checked sample: judgements and unit keys, no article text (committed).
REVIEW_PATH: Path = Path(__file__).with_name("align_link_judgements.csv")
#: Columns of a review table to be judged (with the two units' excerpts).
REVIEW_COLUMNS: tuple[str, ...] = (
    "triplet",
    "outlet_a",
    "unit_a",
    "outlet_b",
    "unit_b",
    "system_label",
    "cosine",
    "judgement",
    "note",
)
#: Columns of a committed judgement table (:func:`judgements_only`).
JUDGEMENT_COLUMNS: tuple[str, ...] = (
    "triplet",
    "outlet_a",
    "unit_a_key",
    "outlet_b",
    "unit_b_key",
    "system_label",
    "cosine",
    "judgement",
    "note",
)
EXCERPT_CHARS: int = 200
#: How the committed samples were drawn: :func:`sample_basil_links` keyword arguments by split,
#: ``exclude_draws`` being ``(random_state, n_triplets)`` draws whose triplets are excluded.
DRAWS: dict[str, dict] = {
    "dev": {"n_triplets": 14, "n_per_label": 30, "random_state": 0, "exclude_draws": ()},
    "test": {
        "n_triplets": 14,
        "n_per_label": 30,
        "random_state": 1,
        "exclude_draws": ((0, 10), (0, 14)),
    },
}
#: The committed judgement table of each split.
SAMPLE_PATHS: dict[str, Path] = {
    "dev": REVIEW_PATH.with_name("align_link_judgements_dev.csv"),
    "test": REVIEW_PATH,
}


def load_basil(path: str | Path | None = None) -> pd.DataFrame:
    """Read BASIL ``articles.csv`` as a corpus (``article_id``, ``outlet``, ``title``, ``text``,
    ``triplet``).

    Parameters
    ----------
    path
        The CSV; default ``../shared/datasets/basil-same-event/articles.csv``.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    CorpusError
        The file is absent or lacks the BASIL columns.

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> p = shared_path("datasets", "basil-same-event", "articles.csv")
    >>> p is None or set(load_basil(p)["outlet"]) == {"fox", "nyt", "hpo"}
    True
    """
    p = (
        Path(path)
        if path is not None
        else shared_path("datasets", "basil-same-event", "articles.csv")
    )
    if p is None or not Path(p).is_file():
        raise CorpusError(
            "BASIL articles.csv not found: pass its path, or put the shared data in ../shared."
        )
    df = pd.read_csv(p, dtype=str, keep_default_na=False)
    need = {"key", "triplet", "source", "text"}
    if not need <= set(df.columns):
        raise CorpusError(
            f"{p}: missing BASIL column(s) {', '.join(sorted(need - set(df.columns)))}."
        )
    return pd.DataFrame(
        {
            "article_id": df["key"],
            "outlet": df["source"],
            "title": df.get("title", ""),
            "text": df["text"],
            "triplet": df["triplet"],
        }
    )


def _excerpt(text: str, n: int = EXCERPT_CHARS) -> str:
    t = " ".join(str(text).split())
    return t if len(t) <= n else t[: n - 1].rstrip() + "\u2026"


def unit_key(text: str) -> str:
    """Key of a unit in a judgement table: the first 16 hex digits of the SHA-1 of its excerpt.

    Examples
    --------
    >>> unit_key("Peskov said  so.") == unit_key("Peskov said so.")
    True
    >>> len(unit_key("x"))
    16
    """
    return hashlib.sha1(_excerpt(text).encode("utf-8")).hexdigest()[:16]


def judgements_only(review: pd.DataFrame) -> pd.DataFrame:
    """A judged review table without article text: each excerpt replaced by its :func:`unit_key`.

    Parameters
    ----------
    review
        Columns :data:`REVIEW_COLUMNS` (a judged table from :func:`sample_basil_links`).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`JUDGEMENT_COLUMNS`: what may be committed.

    Examples
    --------
    >>> t = pd.DataFrame([{**dict.fromkeys(REVIEW_COLUMNS, ""),
    ...                    "unit_a": "A said x.", "unit_b": "A said x"}])
    >>> list(judgements_only(t).columns) == list(JUDGEMENT_COLUMNS)
    True
    """
    out = review.copy()
    out["unit_a_key"] = out["unit_a"].map(unit_key)
    out["unit_b_key"] = out["unit_b"].map(unit_key)
    return out[list(JUDGEMENT_COLUMNS)].reset_index(drop=True)


def review_with_text(
    review: pd.DataFrame | str | Path | None = None,
    articles: pd.DataFrame | str | Path | None = None,
    **align_kw,
) -> pd.DataFrame:
    """The judgement table with the two units' excerpts put back, from the BASIL articles.

    Re-aligns the reviewed triplets (with :func:`analysis.compare.align.align_event`, thresholds as
    in ``align_kw``) and finds each unit by its key among the units and occurrences.

    Parameters
    ----------
    review
        A judgement table or its path (default :data:`REVIEW_PATH`).
    articles
        The BASIL corpus or its path (default: ``../shared``).
    **align_kw
        Passed to :func:`analysis.compare.align.align_event`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REVIEW_COLUMNS`; ``unit_a``/``unit_b`` empty where a key is not found
        (the alignment changed since the check).

    Raises
    ------
    CorpusError
        The BASIL articles are not available.
    """
    df = (
        review
        if isinstance(review, pd.DataFrame)
        else pd.read_csv(review or REVIEW_PATH, dtype=str, keep_default_na=False)
    )
    corpus = articles if isinstance(articles, pd.DataFrame) else load_basil(articles)
    texts: dict[tuple[str, str], str] = {}
    for t in sorted(set(df["triplet"])):
        ev = align_event(corpus[corpus["triplet"] == t].reset_index(drop=True), **align_kw)
        for _, u in ev.units.iterrows():
            for text in (u["text"], *(o["text"] for o in u["occurrences"])):
                texts[(t, unit_key(text))] = _excerpt(text)
    out = df.copy()
    out["unit_a"] = [texts.get((t, k), "") for t, k in zip(df["triplet"], df["unit_a_key"])]
    out["unit_b"] = [texts.get((t, k), "") for t, k in zip(df["triplet"], df["unit_b_key"])]
    return out[list(REVIEW_COLUMNS)]


def sample_basil_links(
    articles: pd.DataFrame | str | Path | None = None,
    *,
    n_triplets: int = 8,
    n_per_label: int = 25,
    random_state: int = 0,
    exclude: set[str] | frozenset[str] = frozenset(),
    paraphrase_threshold: float = PARAPHRASE_THRESHOLD,
    verbatim_threshold: float = VERBATIM_THRESHOLD,
) -> pd.DataFrame:
    """Sample cross-outlet links from BASIL triplets for hand checking.

    Parameters
    ----------
    articles
        A corpus from :func:`load_basil`, or a path to ``articles.csv`` (default: the shared one).
    n_triplets
        How many triplets to align (drawn with ``random_state``).
    n_per_label
        At most this many links per system label (``verbatim``, ``paraphrase``).
    random_state
        Seed for drawing triplets and links.
    exclude
        Triplet ids not to draw (e.g. those already looked at while developing).
    paraphrase_threshold, verbatim_threshold
        Passed to :func:`analysis.compare.align.align_event`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REVIEW_COLUMNS` with empty ``judgement`` and ``note``; excerpts are
        at most 200 characters.

    Examples
    --------
    >>> from analysis.paths import shared_path
    >>> p = shared_path("datasets", "basil-same-event", "articles.csv")
    >>> p is None or (list(sample_basil_links(p, n_triplets=1, n_per_label=2).columns)[:2]
    ...               == ["triplet", "outlet_a"])
    True
    """
    corpus = articles if isinstance(articles, pd.DataFrame) else load_basil(articles)
    rng = np.random.default_rng(random_state)
    chosen = _draw(rng, corpus, n_triplets, exclude)
    rows = []
    for t in chosen:
        sub = corpus[corpus["triplet"] == t].reset_index(drop=True)
        ev = align_event(
            sub, paraphrase_threshold=paraphrase_threshold, verbatim_threshold=verbatim_threshold
        )
        for _, u in ev.units[ev.units["n_outlets"] >= 2].iterrows():
            rep_outlet = next(o["outlet"] for o in u["occurrences"] if o["text"] == u["text"])
            for o in u["occurrences"]:
                if o["outlet"] == rep_outlet:
                    continue
                rows.append(
                    {
                        "triplet": t,
                        "outlet_a": rep_outlet,
                        "unit_a": _excerpt(u["text"]),
                        "outlet_b": o["outlet"],
                        "unit_b": _excerpt(o["text"]),
                        "system_label": o["relation"],
                        "cosine": o["cosine"],
                        "judgement": "",
                        "note": "",
                    }
                )
    if not rows:
        return pd.DataFrame(columns=list(REVIEW_COLUMNS))
    df = pd.DataFrame(rows)
    out = []
    for label in ("verbatim", "paraphrase"):
        part = df[df["system_label"] == label]
        if len(part) > n_per_label:
            part = part.iloc[sorted(rng.choice(len(part), size=n_per_label, replace=False))]
        out.append(part)
    return pd.concat(out)[list(REVIEW_COLUMNS)].reset_index(drop=True)


def _draw(rng: np.random.Generator, corpus: pd.DataFrame, n: int, exclude) -> list[str]:
    triplets = sorted(set(corpus["triplet"].unique()) - set(exclude))
    return [str(t) for t in rng.choice(triplets, size=min(n, len(triplets)), replace=False)]


def drawn_triplets(
    corpus: pd.DataFrame,
    n_triplets: int,
    random_state: int,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """The triplets :func:`sample_basil_links` aligns with these arguments, in drawn order.

    Examples
    --------
    >>> c = pd.DataFrame({"triplet": list("abcdef")})
    >>> drawn_triplets(c, 2, 0) == drawn_triplets(c, 2, 0)
    True
    >>> set(drawn_triplets(c, 5, 1, exclude={"a"})) <= set("bcdef")
    True
    """
    return _draw(np.random.default_rng(random_state), corpus, n_triplets, exclude)


def committed_sample(split: str, articles: pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """Draw the committed sample of ``split`` (``"dev"`` or ``"test"``) again on the current code.

    Uses the parameters in :data:`DRAWS`; compare its unit keys with the committed table
    (:data:`SAMPLE_PATHS`) to see which links are still made and which judgements carry over.

    Raises
    ------
    KeyError
        An unknown split.
    CorpusError
        The BASIL articles are not available.
    """
    spec = dict(DRAWS[split])
    corpus = articles if isinstance(articles, pd.DataFrame) else load_basil(articles)
    exclude: set[str] = set()
    for rs, n in spec.pop("exclude_draws"):
        exclude |= set(drawn_triplets(corpus, n, rs))
    return sample_basil_links(corpus, exclude=frozenset(exclude), **spec)


def write_review_table(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a review table (from :func:`sample_basil_links`) as UTF-8 CSV for hand checking.

    Parameters
    ----------
    table
        The sampled links.
    path
        Where to write; an existing file is overwritten.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile, os
    >>> t = pd.DataFrame([dict.fromkeys(REVIEW_COLUMNS, "")])
    >>> write_review_table(t, os.path.join(tempfile.mkdtemp(), "r.csv")).suffix
    '.csv'
    """
    p = Path(path)
    table[list(REVIEW_COLUMNS)].to_csv(p, index=False, encoding="utf-8")
    return p


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return float("nan"), float("nan")
    phat = k / n
    denom = 1 + z * z / n
    centre = (phat + z * z / (2 * n)) / denom
    half = z * math.sqrt(phat * (1 - phat) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def link_precision(review: pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """Precision of the system's links from a hand-checked review table.

    Parameters
    ----------
    review
        A judged table (with excerpts or keys) or its path; default :data:`REVIEW_PATH` (the
        project's own).  Rows with an empty ``judgement`` are ignored; ``yes`` counts as correct.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``system_label`` (``verbatim``, ``paraphrase``, ``all``): ``n``,
        ``n_correct``, ``precision``, ``ci_low``, ``ci_high`` (Wilson 95%).

    Examples
    --------
    >>> t = pd.DataFrame({"system_label": ["verbatim", "paraphrase", "paraphrase"],
    ...                   "judgement": ["yes", "yes", "no"]})
    >>> float(link_precision(t).loc["paraphrase", "precision"])
    0.5
    """
    df = (
        review
        if isinstance(review, pd.DataFrame)
        else pd.read_csv(review or REVIEW_PATH, dtype=str, keep_default_na=False)
    )
    df = df[df["judgement"].astype(str).str.strip() != ""]
    ok = (
        df["judgement"]
        .astype(str)
        .str.strip()
        .str.lower()
        .isin({"yes", "y", "correct", "1", "true"})
    )
    rows = []
    for label, mask in (
        ("verbatim", df["system_label"] == "verbatim"),
        ("paraphrase", df["system_label"] == "paraphrase"),
        ("all", pd.Series(True, index=df.index)),
    ):
        n, k = int(mask.sum()), int((ok & mask).sum())
        lo, hi = _wilson(k, n)
        rows.append(
            {
                "system_label": label,
                "n": n,
                "n_correct": k,
                "precision": (k / n) if n else float("nan"),
                "ci_low": lo,
                "ci_high": hi,
            }
        )
    return pd.DataFrame(rows).set_index("system_label")
