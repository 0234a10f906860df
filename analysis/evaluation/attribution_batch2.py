"""A second fresh hand-labelled development batch of quotations (issue 18, round 29).

Round 27's batch (:mod:`analysis.evaluation.attribution_batch`) drew the PolNeAR publishers'
AllSides articles; the detector scored about 8 points better there than on the held-out PolNeAR
``dev`` split, so round 29 draws other outlets and other topics of US political news.

Draw (:func:`draw_articles`, detector-free): the AllSides articles of :data:`OUTLETS` (US news
desks that no earlier attribution batch drew: none of them is a PolNeAR publisher) on
:data:`TOPICS` (US politics topics that none of round 27's 60 articles had), dated 2016 or
later, then ``sample(n, random_state=2929)``.  Each body is cleaned with
:func:`analysis.clean.clean_text`; :func:`analysis.evaluation.attribution_batch.quotation_items`
lists EVERY span inside double quotation marks in article order (the gold pairing rule), so the
labelled items do not depend on what the detector finds.

Labels: ``attribution_batch2_labels.csv``, by the guideline of round 27
(``attribution_batch_guideline.md``, section "Round 29" for this batch); scored by
:func:`analysis.evaluation.attribution_batch.score_batch`.

``python -m analysis.evaluation.attribution_batch2`` prints the scores and every miss.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..paths import shared_path
from .attribution_batch import cleaned, headline_measures, scored_labels

__all__ = [
    "OUTLETS",
    "TOPICS",
    "SEED",
    "N_ARTICLES",
    "LABELS",
    "draw_articles",
    "scored_batch",
    "measure_batch2",
]

#: AllSides ``source`` names: US news desks, none a PolNeAR publisher or drawn before.
OUTLETS: tuple[str, ...] = (
    "CNN (Web News)",
    "Fox Online News",
    "NPR Online News",
    "The Hill",
    "Reuters",
    "Associated Press",
    "ABC News",
    "CBS News",
    "Washington Times",
    "Christian Science Monitor",
)
#: AllSides topics of US politics that none of round 27's articles had.
TOPICS: tuple[str, ...] = (
    "us_house",
    "impeachment",
    "justice_department",
    "taxes",
    "gun_control_and_gun_rights",
    "abortion",
    "economy_and_jobs",
    "environment",
    "polarization",
    "democratic_party",
    "campaign_finance",
    "voting_rights_and_voter_fraud",
    "lgbt_rights",
    "criminal_justice",
    "state_department",
    "justice",
    "labor",
    "civil_rights",
    "sexual_misconduct",
    "homeland_security",
)
#: This round's draw.
SEED = 2929
N_ARTICLES = 30
#: The labels, beside this module.
LABELS = Path(__file__).with_name("attribution_batch2_labels.csv")


def draw_articles(corpus: pd.DataFrame | None = None, n: int = N_ARTICLES) -> pd.DataFrame:
    """The round-29 articles (module docstring), cleaned: columns ``id``, ``source``, ``body``.

    Parameters
    ----------
    corpus
        The AllSides articles (default: ``../shared/datasets/allsides-2012-2020``).
    n
        How many articles to draw (a prefix of the same permutation for any ``n``).

    Returns
    -------
    pandas.DataFrame
        One row per drawn article, in draw order.
    """
    if corpus is None:
        path = shared_path("datasets", "allsides-2012-2020")
        corpus = pd.read_parquet(Path(path) / "articles.parquet")
    pool = corpus[corpus["source"].isin(OUTLETS) & corpus["topic"].isin(TOPICS)]
    pool = pool[pool["date"].astype(str) >= "2016"]
    return cleaned(pool.sample(n, random_state=SEED))


def scored_batch() -> pd.DataFrame:
    """Score the detector on this batch's labels (``score_batch``'s table).

    Returns
    -------
    pandas.DataFrame
        One row per labelled ``direct`` or ``mixed`` item.
    """
    return scored_labels(draw_articles(), LABELS)


def measure_batch2() -> tuple[dict[str, float], int] | None:
    """This batch's headline measures for ``measured/attribution.csv`` (the names of
    :func:`analysis.evaluation.attribution_batch.measure_batch`, plus the wrong-speaker share),
    and the number of labelled direct quotations; None without the AllSides corpus.

    Returns
    -------
    tuple of (dict, int) or None
        ``batch_direct_speaker_accuracy``, ``batch_direct_verb_accuracy``,
        ``batch_direct_no_speaker``, ``batch_direct_wrong_speaker``,
        ``batch_mixed_speaker_accuracy``; the ``direct`` count.
    """
    if shared_path("datasets", "allsides-2012-2020") is None:
        return None
    return headline_measures(scored_batch(), wrong_speaker=True)


if __name__ == "__main__":  # pragma: no cover
    scored = scored_batch()
    for kind in ("direct", "mixed"):
        s = scored[scored["kind"] == kind]
        shares = s["speaker_class"].value_counts(normalize=True).round(4).to_dict()
        print(kind, len(s), round(s["speaker_ok"].mean(), 4), round(s["verb_ok"].mean(), 4), shares)
    bad = scored[~scored["speaker_ok"] | ~scored["verb_ok"]]
    print(bad.drop(columns=["speaker_ok"]).to_string(index=False))
