"""The draw of the twenty-sixth development round of the hit audit (split ``dev26``, issue 17).

Run from a checkout (``git`` is needed for the lexicons of 3f18839)::

    python -m analysis.evaluation.audit.draw_dev26 OUT.csv

AllSides as the twenty-fifth round one step wider (:func:`~.late_draws.round_articles` with
:data:`~.late_draws.LATE_ROUNDS` ``[26]``, seed 26: topics with at most :data:`MAX_TOPIC_ARTICLES`
articles in the table before this round, written by outlets with at most
:data:`MAX_OUTLET_ARTICLES`, one new article per topic).

**What "new" means for Guardian/NYT, by-country and BASIL changes in this round** (the project
lead's decision after dev25, whose eleven articles of those corpora gave no hit at all: their
dev halves have no undrawn article with a lexicon hit left).  For these three corpora
(:data:`REREAD`) the pool is the **unsampled hits of dev-half articles that already have rows**
in ``markers.csv`` (:func:`unlabelled_hits`): every hit of the lexicons of 3f18839 in those
articles, less the hits of a term the table already labelled in that article and the hits that
overlap a labelled span; at most one hit per article and term (seeded).  The articles of the
test split are never in it (``hit_split == "dev"``).  These hits are **less independent** than a
new article's: the same article's other hits were read (and labelled) in an earlier round, so
its topic, voice and style are known to the labeller and to the rules written since.

Then, as dev25 (:func:`~.draw_dev25.draw_shared`): up to :data:`~.draw_dev25.SHARE` hits of each
of the three corpora (one per term), AllSides the rest of the 150.
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd

from ..markers_audit import audit_corpora, hit_split
from . import late_draws
from .draw_dev6 import round_start_hits, table_before
from .draw_dev16 import N_HITS
from .draw_dev25 import SHARE, draw_shared

SEED = 26
#: A topic is drawn from when it has at most this many articles in the table before the round;
#: an outlet when it has at most MAX_OUTLET_ARTICLES (:data:`~.late_draws.LATE_ROUNDS`).
MAX_TOPIC_ARTICLES, MAX_OUTLET_ARTICLES = late_draws.LATE_ROUNDS[26]
#: Corpora whose hits are drawn from dev-half articles that already have rows.
REREAD = ("basil", "by_country", "guardian_nyt")


def reread_articles(table: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The dev-half articles of the :data:`REREAD` corpora with a row in ``table``.

    Parameters
    ----------
    table
        The audit table before the round.

    Returns
    -------
    dict of str to pandas.DataFrame
        The articles of each corpus (corpora as :func:`audit_corpora` loads them).
    """
    out = {}
    for name, corpus in audit_corpora(names=REREAD).items():
        ids = corpus["article_id"].astype(str)
        have = set(table.loc[table["corpus"] == name, "article_id"].astype(str))
        keep = ids.isin(have) & (hit_split(ids) == "dev")
        out[name] = corpus[keep].reset_index(drop=True)
    return out


def unlabelled_hits(hits: pd.DataFrame, table: pd.DataFrame, seed: int) -> pd.DataFrame:
    """The hits of ``hits`` that no row of ``table`` labelled: not of a (corpus, article, term)
    with a row, not overlapping a row's span; then one hit per article and term (seeded).

    Parameters
    ----------
    hits
        :func:`~.draw_dev6.round_start_hits` rows.
    table
        The audit table before the round.
    seed
        Seed of the pick within an article and term.

    Returns
    -------
    pandas.DataFrame
        The kept rows of ``hits``.

    Examples
    --------
    >>> h = pd.DataFrame({"corpus": "b", "article_id": ["1", "1", "1", "2"],
    ...                   "term": ["may", "may", "clearly", "may"], "start": [0, 9, 20, 0],
    ...                   "end": [3, 12, 27, 3]})
    >>> t = pd.DataFrame({"corpus": ["b"], "article_id": ["1"], "term": ["clearly"],
    ...                   "start": [20], "end": [27]})
    >>> unlabelled_hits(h, t, 0)[["article_id", "term"]].values.tolist()
    [['1', 'may'], ['2', 'may']]
    """
    key = ["corpus", "article_id", "term"]
    h = hits.assign(article_id=hits["article_id"].astype(str))
    t = table.assign(article_id=table["article_id"].astype(str))
    seen = set(map(tuple, t[key].values))
    keep = [tuple(r) not in seen for r in h[key].values]
    spans = t.groupby(["corpus", "article_id"])[["start", "end"]]
    spans = {k: g.to_numpy() for k, g in spans}
    for i, (c, a, s, e) in enumerate(h[["corpus", "article_id", "start", "end"]].values):
        sp = spans.get((c, a))
        if keep[i] and sp is not None and bool(((sp[:, 0] < e) & (sp[:, 1] > s)).any()):
            keep[i] = False
    h = h[np.array(keep, dtype=bool)]
    return h.sample(frac=1, random_state=seed).drop_duplicates(key).sort_index()


def draw(early: str | None = None, *, round_: int = SEED) -> pd.DataFrame:
    """The 150 hits of dev26 (before labelling), or of a later round drawn by the same pool
    rules (``round_``: the table before it, its :data:`~.late_draws.LATE_ROUNDS` step and its seed;
    dev27, :mod:`.draw_dev27`).

    Parameters
    ----------
    early
        A path to write the three :data:`REREAD` corpora's share to before the AllSides articles
        are drawn (their share does not depend on AllSides; the AllSides chain takes the time).
    round_
        The round drawn: its number is its seed.

    Returns
    -------
    pandas.DataFrame
        The drawn hits.
    """
    table = table_before(round_)
    reread = reread_articles(table)
    old = unlabelled_hits(round_start_hits(reread), table, round_)
    if early:
        draw_shared(old, round_, len(REREAD) * SHARE, SHARE).to_csv(early, index=False)
    arts = {"allsides": late_draws.round_articles(round_)["allsides"]}
    new = round_start_hits(arts)
    hits = pd.concat([new, old], ignore_index=True)
    out = draw_shared(hits, round_, N_HITS, SHARE)
    print(
        {k: len(v) for k, v in (arts | reread).items()},
        "hits",
        len(new),
        "+ unlabelled",
        len(old),
        "drawn",
        out["corpus"].value_counts().to_dict(),
    )
    return out


if __name__ == "__main__":
    draw(sys.argv[2] if len(sys.argv) > 2 else None).to_csv(sys.argv[1], index=False)
