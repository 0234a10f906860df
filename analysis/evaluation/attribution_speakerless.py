"""Direct quotations the detector leaves without a speaker, on unlabelled news (round 33).

The held-out PolNeAR ``dev`` split's largest error class is "no speaker found" (7.6 % of its
direct quotations, 1.5 % on ``train``), and ``train`` holds no more of it, so round 33 studies
the class on other text: :func:`draw_speakerless` runs the detector over news articles of
three corpora (AllSides, several outlets; Guardian/NYT; by-country outlets; the articles of
:func:`~analysis.evaluation.agency.split_of` ``"dev"`` only, never AllSides' round-32 sample)
and draws, with :data:`SEED`, direct quotations of four or more words that have no speaker.

Each row keeps a short excerpt for evaluation (the quotation's paragraph and the two before
it, cut to :data:`CONTEXT` characters before the quotation), with its provenance (corpus and
article id). The labels, written by hand before any rule changed, are the columns ``speaker``
(the speaker phrase as written, or empty), ``position`` (``before``, ``after``,
``previous paragraph``, ``earlier``, ``none``) and ``why`` (the class of the miss), in
:data:`LABELS`; :func:`score_speakerless` scores the detector on them.

``python -m analysis.evaluation.attribution_speakerless`` prints the score.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..clean import clean_text
from ..detect.quotes import analyse_quotes
from ..paths import shared_path
from .agency import split_of

__all__ = ["SEED", "CONTEXT", "LABELS", "corpus_articles", "draw_speakerless", "score_speakerless"]

#: This round's draw.
SEED = 3333
#: Characters of context kept before a quotation (its paragraph and the two before it).
CONTEXT = 700
#: The hand labels, beside this module.
LABELS = Path(__file__).with_name("attribution_speakerless_labels.csv")
#: Quotations drawn per corpus.
PER_CORPUS: dict[str, int] = {"allsides": 60, "guardian-nyt": 30, "by-country": 30}


def corpus_articles(n_allsides: int = 400) -> pd.DataFrame:
    """Dev-split articles of the three corpora, cleaned: ``corpus``, ``id``, ``body``.

    Parameters
    ----------
    n_allsides
        AllSides articles drawn (``sample(n, random_state=SEED)`` of the dev-split articles
        outside round 32's ``sample(300, random_state=32)``).

    Returns
    -------
    pandas.DataFrame
        One row per article.
    """
    root = Path(str(shared_path("datasets")))
    al = pd.read_parquet(root / "allsides-2012-2020" / "articles.parquet")
    al = al.drop(al.sample(300, random_state=32).index)
    al = al[al["id"].astype(str).map(split_of) == "dev"].sample(n_allsides, random_state=SEED)
    gn = pd.read_csv(root / "ukraine-2022-guardian-nyt" / "articles.csv")
    gn["id"] = [f"{o}-{i}" for o, i in zip(gn["outlet"], gn.index)]
    bc = pd.read_parquet(root / "ukraine-2022-by-country" / "articles.parquet")
    bc = bc[bc["lang_tag"] == "English"].rename(columns={"file": "id"})
    rows = []
    for name, df in (("allsides", al), ("guardian-nyt", gn), ("by-country", bc)):
        df = df[df["id"].astype(str).map(split_of) == "dev"]
        titles = df["title"] if "title" in df else [None] * len(df)
        for key, text, title in zip(df["id"], df["text"], titles):
            body = clean_text(str(text), title=title).article.body
            rows.append({"corpus": name, "id": str(key), "body": body})
    return pd.DataFrame(rows)


def _excerpt(body: str, start: int, end: int) -> tuple[str, int]:
    """The quotation's paragraph and the two before it, cut to :data:`CONTEXT` characters
    before the quotation and to the end of its paragraph; and the quotation's offset in it."""
    lo = start
    for _ in range(3):
        lo = body.rfind("\n", 0, max(lo - 1, 0)) + 1 if lo > 0 else 0
    lo = max(lo, start - CONTEXT)
    hi = body.find("\n", end)
    hi = len(body) if hi < 0 else min(hi, end + 300)
    return body[lo:hi], start - lo


def draw_speakerless(arts: pd.DataFrame | None = None) -> pd.DataFrame:
    """The drawn speakerless direct quotations (module docstring).

    Parameters
    ----------
    arts
        The articles (default :func:`corpus_articles`).

    Returns
    -------
    pandas.DataFrame
        ``item, corpus, id, start, end, quote, offset, excerpt`` (``start``/``end`` in the
        cleaned body, ``offset`` the quotation's start in ``excerpt``).
    """
    arts = corpus_articles() if arts is None else arts
    rows = []
    for corpus, key, body in zip(arts["corpus"], arts["id"], arts["body"]):
        quotes, _ = analyse_quotes(body)
        for q in quotes:
            if q.kind == "direct" and q.speaker is None and len(q.text.split()) >= 4:
                excerpt, offset = _excerpt(body, q.start, q.end)
                rows.append((corpus, key, q.start, q.end, q.text, offset, excerpt))
    cols = ["corpus", "id", "start", "end", "quote", "offset", "excerpt"]
    pool = pd.DataFrame(rows, columns=cols)
    parts = [
        pool[pool["corpus"] == c].sample(min(n, (pool["corpus"] == c).sum()), random_state=SEED)
        for c, n in PER_CORPUS.items()
    ]
    drawn = pd.concat(parts).reset_index(drop=True)
    drawn.insert(0, "item", range(len(drawn)))
    return drawn


def score_speakerless(arts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Score the detector on the labels: per labelled item, ``right`` (the detector's speaker
    overlaps the labelled phrase, or no speaker where the label is ``none``), ``wrong``
    (another speaker) or ``none`` (still no speaker where the text names one).

    Parameters
    ----------
    arts
        The articles (default :func:`corpus_articles`).

    Returns
    -------
    pandas.DataFrame
        The labels with the detector's ``found`` speaker and the ``outcome``.
    """
    arts = corpus_articles() if arts is None else arts
    labels = pd.read_csv(LABELS, keep_default_na=False)
    bodies = {(c, k): b for c, k, b in zip(arts["corpus"], arts["id"], arts["body"])}
    found, outcome = [], []
    for row in labels.itertuples():
        body = bodies[(row.corpus, str(row.id))]
        quotes, _ = analyse_quotes(body)
        q = next((q for q in quotes if q.start <= row.start < q.end), None)
        sp = None if q is None else q.speaker
        span = "" if q is None or q.speaker_start < 0 else body[q.speaker_start : q.speaker_end]
        found.append(sp or "")
        gold = str(row.speaker).lower()
        if not gold:
            outcome.append("right" if sp is None else "wrong")
        elif sp is None:
            outcome.append("none")
        else:
            hit = any(w in gold for w in (str(sp).lower(), span.lower()) if w)
            hit = hit or any(gold in w for w in (str(sp).lower(), span.lower()) if w)
            outcome.append("right" if hit else "wrong")
    return labels.assign(found=found, outcome=outcome)


if __name__ == "__main__":  # pragma: no cover
    scored = score_speakerless()
    named = scored["speaker"] != ""
    print("named in text", named.sum(), scored[named]["outcome"].value_counts().to_dict())
    print("no speaker in text", (~named).sum(), scored[~named]["outcome"].value_counts().to_dict())
    print(scored.groupby("why")["outcome"].value_counts().unstack(fill_value=0).to_string())
