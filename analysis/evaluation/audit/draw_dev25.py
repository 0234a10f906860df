"""The draw of the twenty-fifth development round of the hit audit (split ``dev25``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev25 OUT.csv

The articles are drawn as the twenty-fourth round's one step wider
(:func:`~.late_draws.round_articles` with :data:`~.late_draws.LATE_ROUNDS` ``[25]``, seed 25):
AllSides articles of the topics with at most :data:`MAX_TOPIC_ARTICLES` articles in the table
before this round written by outlets with at most :data:`MAX_OUTLET_ARTICLES`, one article per
topic; by-country four per country; Guardian/NYT and BASIL (their dev halves with no labelled hit
outside the dev24 draw).

**The hits are drawn per corpus** (new in this round).  dev23 and dev24 were all AllSides: the
round's 150 hits were one cut of ``sample_hits`` over the hits of every corpus, and AllSides (70+
articles, one hit per term) filled it.  The hidden set comes from five corpora, so here every
corpus other than AllSides gets a share of its own: :func:`~.draw_dev6.round_start_hits` on the
round's articles, then per corpus ``sample_hits(common_at=40, per_term_common=2,
per_term_rare=1, random_state=25)`` on that corpus's hits (one hit per term and corpus), cut to
:data:`SHARE` hits with the seed (all of them when fewer); AllSides the same, cut to what is left
of the 150.
"""

from __future__ import annotations

import sys

import pandas as pd

from ..markers_audit import sample_hits
from . import late_draws
from .draw_dev6 import round_start_hits
from .draw_dev16 import N_HITS

SEED = 25
#: A topic is drawn from when it has at most this many articles in the table before the round;
#: an outlet when it has at most MAX_OUTLET_ARTICLES (:data:`~.late_draws.LATE_ROUNDS`).
MAX_TOPIC_ARTICLES, MAX_OUTLET_ARTICLES = late_draws.LATE_ROUNDS[25]
#: Most hits drawn from each corpus other than AllSides.
SHARE = 25


def corpus_share(hits: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """One hit per term of one corpus's ``hits`` (:func:`sample_hits`), cut to ``n`` (seeded).

    Parameters
    ----------
    hits
        The hits of one corpus (:func:`~.draw_dev6.round_start_hits` rows).
    n
        Most hits kept.
    seed
        Seed of the sample and of the cut.

    Returns
    -------
    pandas.DataFrame
        At most ``n`` rows of ``hits``.
    """
    sample = sample_hits(hits, random_state=seed, common_at=40, per_term_common=2, per_term_rare=1)
    return sample.sample(n=n, random_state=seed) if len(sample) > n else sample


def draw_shared(hits: pd.DataFrame, seed: int, n_hits: int, share: int) -> pd.DataFrame:
    """``n_hits`` hits with up to ``share`` from each corpus other than AllSides, AllSides the
    rest (module docstring).

    Parameters
    ----------
    hits
        Every hit of the round's articles.
    seed
        Seed.
    n_hits
        Hits drawn in all (fewer when the corpora have fewer terms).
    share
        Most hits of each corpus other than AllSides.

    Returns
    -------
    pandas.DataFrame
        The drawn hits, sorted by category, term and corpus.
    """
    others = [
        corpus_share(g, share, seed)
        for name, g in hits.groupby("corpus", sort=True)
        if name != "allsides"
    ]
    rest = n_hits - sum(len(o) for o in others)
    allsides = corpus_share(hits[hits["corpus"] == "allsides"], rest, seed)
    out = pd.concat([*others, allsides])
    return out.sort_values(["category", "term", "corpus"]).reset_index(drop=True)


def draw() -> pd.DataFrame:
    """The 150 hits of dev25 (before labelling)."""
    arts = late_draws.round_articles(SEED)
    hits = round_start_hits(arts)
    out = draw_shared(hits, SEED, N_HITS, SHARE)
    print(
        {k: len(v) for k, v in arts.items()},
        "hits",
        len(hits),
        "drawn",
        out["corpus"].value_counts().to_dict(),
    )
    return out


if __name__ == "__main__":
    draw().to_csv(sys.argv[1], index=False)
