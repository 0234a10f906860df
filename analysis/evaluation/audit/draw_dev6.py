"""The draw of the sixth development round of the hit audit (split ``dev6``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev6 OUT.csv

Pool: dev-half articles (``hit_split == "dev"``) with no row in ``markers.csv`` that were not
read after the fifth round either (the ``audit-dev5-skim`` reading drew ``sample(n=60,
random_state=21)``, ``sample(n=60, random_state=31)`` and ``sample(n=120, random_state=11)`` of
the same pool; those articles are left out).  Guardian/NYT and BASIL have no such article left;
by-country has 11.  AllSides is drawn from the whole corpus (37,554 articles), not only the
600-article sample of :func:`~analysis.evaluation.markers_audit.audit_corpora`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

from ..markers_audit import (
    AUDIT_CORPORA,
    audit_corpora,
    corpus_hits,
    hit_split,
    load_audit,
    sample_hits,
)
from ..rules import DRAWN_ROUND, annotation_rules

#: The lexicons before any sense rule (the round-start lexicons of dev4, dev5 and dev6).
ROUND_START = "3f18839"
ROUND_START_FILES = (
    "guards.csv",
    "hedges.csv",
    "boosters.csv",
    "evidentials.csv",
    "loaded.csv",
    "packs/ukraine-2022/loaded.csv",
    "packs/ukraine-2022/naming.csv",
)
SKIM_SEEDS = ((21, 60), (31, 60), (11, 120))
SEED = 6
N_ALLSIDES = 110
N_HITS = 150


def round_start_lexicons(dest: Path, *, repo: Path | None = None) -> list[str]:
    """The lexicon files of :data:`ROUND_START` written under ``dest`` (their paths)."""
    repo = repo or Path(__file__).resolve().parents[3]
    out = []
    for f in ROUND_START_FILES:
        text = subprocess.run(
            ["git", "-C", str(repo), "show", f"{ROUND_START}:analysis/lexicons/{f}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        p = dest / f.replace("/", "__")
        p.write_text(text, encoding="utf-8")
        out.append(str(p))
    return out


def table_before(round_: int) -> pd.DataFrame:
    """The rows of ``markers.csv`` drawn before round ``round_`` (no ``dev<k>`` with k >= it)."""
    table = load_audit()
    k = pd.to_numeric(table["split"].str.extract(r"^dev(\d+)$")[0], errors="coerce")
    return table[~(k >= round_)]


def unread_pool(corpus: pd.DataFrame, used: set[str]) -> pd.DataFrame:
    """The dev-half articles of ``corpus`` whose id is not in ``used``."""
    ids = corpus["article_id"].astype(str)
    return corpus[(hit_split(ids) == "dev") & ~ids.isin(used)]


def sample_articles(
    name: str, pool: pd.DataFrame, seed: int, n_articles: dict[str, int], per_country: int
) -> pd.DataFrame | None:
    """A seeded sample of a corpus's ``pool`` for a draw: ``per_country`` articles of each
    by-country outlet, else ``n_articles[name]`` articles; ``None`` for an empty pool (the
    rounds dev11 and dev12)."""
    if not len(pool):
        return None
    if name == "by_country":
        parts = [
            g.sample(n=min(per_country, len(g)), random_state=seed)
            for _, g in pool.groupby("outlet", sort=True)
        ]
        return pd.concat(parts).reset_index(drop=True)
    k = n_articles[name]
    return pool.sample(n=min(k, len(pool)), random_state=seed).reset_index(drop=True)


def sample_other_corpora(
    table: pd.DataFrame,
    before: list[dict[str, pd.DataFrame]],
    seed: int,
    n_articles: dict[str, int],
    per_country: int,
    *,
    second_tier: tuple[str, ...],
    refill_without: dict[str, pd.DataFrame] | None = None,
) -> dict[str, pd.DataFrame]:
    """The BASIL, by-country and Guardian/NYT articles of a round (dev12, dev13): unread
    dev-half articles that no earlier draw in ``before`` holds, sampled by
    :func:`sample_articles`.  A ``second_tier`` corpus with none left draws from its unread
    articles again, except those of ``refill_without`` (the previous round's draw)."""
    out = {}
    for name, corpus in audit_corpora(names=("basil", "by_country", "guardian_nyt")).items():
        ids = corpus["article_id"].astype(str)
        drawn = set().union(*(set(d[name]["article_id"].astype(str)) for d in before if name in d))
        used = set(table.loc[table["corpus"] == name, "article_id"].astype(str))
        pool = unread_pool(corpus[~ids.isin(drawn)], used)
        if name in second_tier and not len(pool):  # every unread article was drawn before
            last = (refill_without or {}).get(name)
            keep = set() if last is None else set(last["article_id"].astype(str))
            pool = unread_pool(corpus[~ids.isin(keep)], used)
        drawn_now = sample_articles(name, pool, seed, n_articles, per_country)
        if drawn_now is not None:
            out[name] = drawn_now
    return out


def dev6_articles() -> dict[str, pd.DataFrame]:
    """The articles of the dev6 draw, by corpus."""
    from ...corpus import load_corpus
    from ...paths import shared_path

    table = table_before(6)  # the table before this draw (later rounds' rows change the pool)
    names = ("guardian_nyt", "by_country", "basil", "allsides")
    corpora = audit_corpora(names=names)
    out = {}
    for name in names:
        used = set(table.loc[table["corpus"] == name, "article_id"])
        n = AUDIT_CORPORA[name][2]  # a sampled corpus: its seeded sample comes first
        pool = unread_pool(corpora[name] if n is None else corpora[name].iloc[:n], used)
        read: set[str] = set()
        for seed, k in SKIM_SEEDS:  # the articles read after the fifth round
            read |= set(
                pool.sample(n=min(k, len(pool)), random_state=seed)["article_id"].astype(str)
            )
        left = pool[~pool["article_id"].astype(str).isin(read)]
        if name != "allsides" and len(left):
            out[name] = left.reset_index(drop=True)
    full = load_corpus(
        shared_path("datasets", "allsides-2012-2020", "articles.parquet"), outlet_column="source"
    )
    used = set(table.loc[table["corpus"] == "allsides", "article_id"]) | read
    pool = unread_pool(full, used)
    out["allsides"] = pool.sample(n=N_ALLSIDES, random_state=SEED).reset_index(drop=True)
    return out


def round_start_hits(arts: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every hit of the lexicons of :data:`ROUND_START` in ``arts`` (the texts cleaned as in
    round 16, :data:`~analysis.evaluation.rules.DRAWN_ROUND`), before any sampling."""
    with tempfile.TemporaryDirectory() as d:
        # cleaned as in round 16 (DRAWN_ROUND), when the draws up to dev13 were made
        rules = annotation_rules(drawn_round=DRAWN_ROUND)
        return corpus_hits(arts, lexicons=round_start_lexicons(Path(d)), rules=rules)


def draw_hits(arts: dict[str, pd.DataFrame], seed: int, n_hits: int) -> pd.DataFrame:
    """The hits of a development round drawn from ``arts``: the lexicons of
    :data:`ROUND_START`, :func:`sample_hits` with ``seed``, cut to ``n_hits`` with the same seed
    (the draw of dev4 to dev7)."""
    hits = round_start_hits(arts)
    sample = sample_hits(hits, random_state=seed, common_at=40, per_term_common=2, per_term_rare=1)
    print({k: len(v) for k, v in arts.items()}, "hits", len(hits), "sampled", len(sample))
    if len(sample) > n_hits:
        sample = sample.sample(n=n_hits, random_state=seed)
    return sample.sort_values(["category", "term", "corpus"]).reset_index(drop=True)


def draw() -> pd.DataFrame:
    """The 150 hits of dev6 (before labelling)."""
    return draw_hits(dev6_articles(), SEED, N_HITS)


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
