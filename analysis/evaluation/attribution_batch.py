"""A fresh hand-labelled development set of direct quotations (issue 18, round 27).

PolNeAR ``train`` was tuned for 26 rounds and no longer shows the held-out split's error classes
(quotations with no speaker: about 1.5 % of train's direct quotations, 7.6 % of ``dev``'s), so
round 27 labels a fresh batch by hand and reads the detector's misses there.

Draw (:func:`draw_articles`, detector-free): the AllSides articles of the PolNeAR publishers
(:data:`PUBLISHERS`, as in rounds 23-26), without the articles rounds 23 to 26 drew (their
``DataFrame.sample`` calls repeated in turn on the remaining articles, :data:`EARLIER_DRAWS`),
then the articles dated 2016 or later, then ``sample(30, random_state=2727)``.  Each body is
cleaned with :func:`analysis.clean.clean_text`; :func:`quotation_items` lists EVERY span inside
double quotation marks (:func:`analysis.evaluation.polnear.quoted_regions`, the gold pairing
rule) in article order, so the labelled items do not depend on what the detector finds.

Labels (``attribution_batch_labels.csv``, guideline ``attribution_batch_guideline.md``): for
each item its ``kind`` (``direct``: the quotation is the whole reported content of a speaker;
``mixed``: a partial quotation inside reported speech; ``other``: scare quotes, titles, words as
words, quotations of nobody), and for ``direct`` and ``mixed`` the ``source`` and ``cue`` as
written (PolNeAR's conventions), located as the occurrence nearest to the quotation.

Scores (:func:`score_batch`): as :mod:`analysis.evaluation.attribution` scores PolNeAR's
quotations (the detected direct quotation overlapping most of the item's characters answers;
speaker right by overlap or head word; verb right by overlap).

``python -m analysis.evaluation.attribution_batch`` prints the scores and the error classes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..clean import clean_text
from ..detect.quotes import analyse_quotes
from ..paths import shared_path
from .attribution import same_source
from .polnear import quoted_regions

__all__ = [
    "PUBLISHERS",
    "EARLIER_DRAWS",
    "SEED",
    "LABELS",
    "draw_articles",
    "quotation_items",
    "locate",
    "score_batch",
    "measure_batch",
]

#: AllSides ``source`` names of the PolNeAR publishers (rounds 23-26).
PUBLISHERS: tuple[str, ...] = (
    "Washington Post",
    "New York Times - News",
    "Politico",
    "HuffPost",
    "Breitbart News",
    "USA TODAY",
    "The Western Journal",
    "Western Journal",
)
#: The draws of rounds 23 to 26, dropped in turn: (n, random_state).
EARLIER_DRAWS: tuple[tuple[int, int], ...] = (
    (2000, 2323),
    (2000, 2424),
    (1000, 2525),
    (1000, 2626),
)
#: This round's draw.
SEED = 2727
N_ARTICLES = 60
#: The labels, beside this module.
LABELS = Path(__file__).with_name("attribution_batch_labels.csv")


def draw_articles(corpus: pd.DataFrame | None = None, n: int = N_ARTICLES) -> pd.DataFrame:
    """The round-27 articles (module docstring), cleaned: columns ``id``, ``source``, ``body``.

    Parameters
    ----------
    corpus
        The AllSides articles (default: ``../shared/datasets/allsides-2012-2020``).
    n
        How many articles to draw.

    Returns
    -------
    pandas.DataFrame
        One row per drawn article, in draw order.
    """
    if corpus is None:
        path = shared_path("datasets", "allsides-2012-2020")
        corpus = pd.read_parquet(Path(path) / "articles.parquet")
    pool = corpus[corpus["source"].isin(PUBLISHERS)]
    for k, seed in EARLIER_DRAWS:
        pool = pool.drop(pool.sample(k, random_state=seed).index)
    pool = pool[pool["date"].astype(str) >= "2016"]
    return cleaned(pool.sample(n, random_state=SEED))


def cleaned(drawn: pd.DataFrame) -> pd.DataFrame:
    """Drawn AllSides rows with their cleaned bodies: columns ``id``, ``source``, ``body``.

    Parameters
    ----------
    drawn
        AllSides rows (``id``, ``source``, ``title``, ``text``), in draw order.

    Returns
    -------
    pandas.DataFrame
        One row per drawn article, in the same order.
    """
    bodies = [clean_text(t, title=ti).article.body for t, ti in zip(drawn["text"], drawn["title"])]
    return pd.DataFrame({"id": drawn["id"].astype(str), "source": drawn["source"], "body": bodies})


def quotation_items(arts: pd.DataFrame) -> pd.DataFrame:
    """Every span inside double quotation marks of each body, in order (no detector).

    Parameters
    ----------
    arts
        :func:`draw_articles`' table.

    Returns
    -------
    pandas.DataFrame
        ``item`` (``article id:n``), ``id``, ``start``, ``end``, ``quote``.
    """
    rows = []
    for aid, body in zip(arts["id"], arts["body"]):
        n = 0
        for s, e in quoted_regions(body):
            if any(ch.isalnum() for ch in body[s:e]):
                n += 1
                rows.append(dict(item=f"{aid}:{n}", id=aid, start=s, end=e, quote=body[s:e]))
    return pd.DataFrame(rows)


def locate(body: str, phrase: str, start: int, end: int) -> tuple[int, int]:
    """The occurrence of ``phrase`` nearest to the quotation ``start:end`` (outside it), one in
    the quotation's paragraph first.

    Parameters
    ----------
    body
        The article body.
    phrase
        The labelled source or cue as written.
    start, end
        The quotation's span.

    Returns
    -------
    tuple of int
        The phrase's span; ``(-1, -1)`` when it is empty or not in the body.

    Examples
    --------
    >>> b = 'Smith said: "Yes."\\n"No," Smith said.'
    >>> locate(b, "said", 20, 22)
    (31, 35)
    """
    if not phrase:
        return (-1, -1)
    best, dist = (-1, -1), None
    lo, hi = body.rfind("\n", 0, start), body.find("\n", end)
    hi = len(body) if hi < 0 else hi
    for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", body):
        if m.start() < end and m.end() > start:
            continue
        d = start - m.end() if m.end() <= start else m.start() - end
        d += 0 if lo < m.start() and m.end() <= hi else len(body)
        if dist is None or d < dist:
            best, dist = (m.start(), m.end()), d
    return best


def score_batch(arts: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """Score the detector on the labelled ``direct`` and ``mixed`` items.

    Parameters
    ----------
    arts
        :func:`draw_articles`' table.
    labels
        The labels (``item``, ``kind``, ``source``, ``cue``) merged with
        :func:`quotation_items` (``id``, ``start``, ``end``).

    Returns
    -------
    pandas.DataFrame
        One row per scored item: ``speaker_ok``, ``verb_ok``, ``speaker_class`` (right / no
        speaker / wrong speaker / quotation not found) and what we found.
    """
    bodies = dict(zip(arts["id"], arts["body"]))
    found = {aid: analyse_quotes(b)[0] for aid, b in bodies.items()}
    rows = []
    for r in labels[labels["kind"].isin(("direct", "mixed"))].itertuples():
        body = bodies[r.id]
        src = locate(body, r.source if isinstance(r.source, str) else "", r.start, r.end)
        cue = locate(body, r.cue if isinstance(r.cue, str) else "", r.start, r.end)
        best, best_n = None, 0
        for q in found[r.id]:
            n = min(q.end, r.end) - max(q.start, r.start)
            if q.kind == "direct" and n > best_n:
                best, best_n = q, n
        if best is None:
            sp = vb = False
            cls = "quotation not found"
        else:
            gold = [src] if src[0] >= 0 else []
            sp = same_source(body, best.speaker_start, best.speaker_end, best.speaker, gold)
            vb = cue[0] >= 0 and best.verb_start < cue[1] and cue[0] < best.verb_end
            cls = "right" if sp else ("no speaker" if best.speaker_start < 0 else "wrong speaker")
        rows.append(
            dict(
                item=r.item,
                kind=r.kind,
                speaker_ok=sp,
                verb_ok=vb,
                speaker_class=cls,
                gold_source=r.source,
                gold_cue=r.cue,
                pred_written=None
                if best is None or best.speaker_start < 0
                else body[best.speaker_start : best.speaker_end],
                pred_verb=None if best is None else best.verb,
                quote=body[r.start : r.end][:80],
            )
        )
    return pd.DataFrame(rows)


def _summary(scored: pd.DataFrame) -> pd.DataFrame:
    out = []
    for kind in ("direct", "mixed"):
        s = scored[scored["kind"] == kind]
        if len(s):
            shares = s["speaker_class"].value_counts(normalize=True)
            out.append(
                dict(
                    kind=kind,
                    n=len(s),
                    speaker_right=s["speaker_ok"].mean(),
                    verb_right=s["verb_ok"].mean(),
                    no_speaker=shares.get("no speaker", 0.0),
                    wrong_speaker=shares.get("wrong speaker", 0.0),
                    not_found=shares.get("quotation not found", 0.0),
                )
            )
    return pd.DataFrame(out)


def measure_batch() -> tuple[dict[str, float], int] | None:
    """The batch's headline measures for ``measured/attribution.csv``, and the number of
    labelled direct quotations; None without the AllSides corpus in ``../shared``.

    Returns
    -------
    tuple of (dict, int) or None
        ``batch_direct_speaker_accuracy``, ``batch_direct_verb_accuracy``,
        ``batch_direct_no_speaker``, ``batch_mixed_speaker_accuracy``; the ``direct`` count.
    """
    if shared_path("datasets", "allsides-2012-2020") is None:
        return None
    return headline_measures(scored_labels(draw_articles(), LABELS))


def headline_measures(
    scored: pd.DataFrame, *, wrong_speaker: bool = False
) -> tuple[dict[str, float], int]:
    """A scored batch's headline measures and its number of ``direct`` items.

    Parameters
    ----------
    scored
        :func:`score_batch`'s table.
    wrong_speaker
        Also give ``batch_direct_wrong_speaker`` (after the no-speaker share).

    Returns
    -------
    tuple of (dict, int)
        The measures by name, in the order ``measured/attribution.csv`` lists them; the
        ``direct`` count.
    """
    d, m = scored[scored["kind"] == "direct"], scored[scored["kind"] == "mixed"]
    measures = {
        "batch_direct_speaker_accuracy": d["speaker_ok"].mean(),
        "batch_direct_verb_accuracy": d["verb_ok"].mean(),
        "batch_direct_no_speaker": (d["speaker_class"] == "no speaker").mean(),
    }
    if wrong_speaker:
        measures["batch_direct_wrong_speaker"] = (d["speaker_class"] == "wrong speaker").mean()
    measures["batch_mixed_speaker_accuracy"] = m["speaker_ok"].mean()
    return measures, len(d)


def scored_labels(arts: pd.DataFrame, labels: Path) -> pd.DataFrame:
    """:func:`score_batch` on the labels of a CSV (``item``, ``kind``, ``source``, ``cue``).

    Parameters
    ----------
    arts
        The batch's drawn, cleaned articles (``id``, ``source``, ``body``).
    labels
        The label file.

    Returns
    -------
    pandas.DataFrame
        :func:`score_batch`'s table.
    """
    items = quotation_items(arts)
    rows = pd.read_csv(labels, dtype=str, keep_default_na=False)
    return score_batch(arts, rows.merge(items[["item", "id", "start", "end"]], on="item"))


if __name__ == "__main__":  # pragma: no cover
    scored = scored_labels(draw_articles(), LABELS)
    print(_summary(scored).round(4).to_string(index=False))
    bad = scored[~scored["speaker_ok"] | ~scored["verb_ok"]]
    print(bad.drop(columns=["speaker_ok"]).to_string(index=False))
