"""The batch-11 draw of the agency annotation (issue 20): dev split, new articles, no detector."""

import pandas as pd

from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch11 import new_dev_candidates, pool_sizes, sample_batch11


def _ids(n: int, split: str) -> list[str]:
    out, i = [], 0
    while len(out) < n:
        if split_of(f"art-{i}") == split:
            out.append(f"art-{i}")
        i += 1
    return out


def test_batch11_draw_dev_new_articles_half_risky():
    body = "The attack killed two. Shelling wounded five. A strike hit the town; ten died."
    dev, test = _ids(6, "dev"), _ids(2, "test")
    df = pd.DataFrame({"article_id": dev + test, "outlet": "X", "body": body})
    annotated = pd.DataFrame(
        {"corpus": ["war"], "article_id": [dev[0]], "start": [4], "label": ["nominal"]}
    )
    corpora = {"war": df, "empty": df.head(0)}
    draw = {"risky": 3, "ordinary": 3, "random_state": 30, "per_article": 2}
    out = sample_batch11(corpora, annotated, draw)
    assert len(out) == 6
    assert out["draw"].value_counts().to_dict() == {"risky": 3, "ordinary": 3}
    assert set(out["article_id"]) <= set(dev[1:])  # dev only, no annotated article
    assert out.groupby("article_id").size().max() <= 2
    sizes = pool_sizes(new_dev_candidates(corpora, annotated), corpora)
    assert sizes.loc["empty", "articles"] == 0 and sizes.loc["war", "articles"] == 5
    assert out.equals(sample_batch11(corpora, annotated, draw))  # seeded
