# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 07 · Sources: who speaks, in whose words
#
# Whose voices does each group of outlets carry? Every direct quotation and every piece of
# reported speech ("the minister said the plan would …", "…, according to officials") has a
# source; its words are counted by the source's type (government, military, expert, civilian, media,
# anonymous) and side, and compared across the outlets of the corpus given. On the five-article
# sample that ships with the suite, US political news by AllSides lean is used instead when
# `../shared` has it (parameter `reference_corpus`).

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
max_articles = 300  # articles sampled (fixed seed); None for all of them
n_boot = 1000  # bootstrap resamples for the intervals
random_state = 0  # seed of the sampling and the bootstrap
n_examples = 8  # anonymous-source sentences shown
reference_corpus = "auto"  # AllSides by lean instead: "auto" (bundled sample only), True, False

# %%
import tempfile
from pathlib import Path

import pandas as pd
from IPython.display import display

from analysis import load_corpus
from analysis.compare import outlet_summary, stratified_sample
from analysis.corpus import subsample_file
from analysis.detect.quotes import analyse_quotes, source_type
from analysis.paths import BUNDLED_CORPUS as BUNDLED
from analysis.paths import shared_path
from analysis.pipeline import featurize
from analysis.report import (
    ReportSummary,
    bullets,
    describe_comparison,
    describe_n,
    note,
    summary_table,
    table,
)

compared = {
    "n_sources": "Distinct sources per article",
    "reported_share": "Share of characters in reported speech",
    "source_share_government": "Attributed words from government/official sources",
    "source_share_expert": "Attributed words from experts",
    "source_share_civilian": "Attributed words from civilians/witnesses",
    "source_share_media": "Attributed words from media",
    "source_share_anonymous": "Attributed words from anonymous sources",
    "anonymous_source_share": "Share of sources that are anonymous",
}
path = shared_path("datasets", "allsides-2012-2020", "articles.parquet")
is_bundled = Path(corpus).resolve() == BUNDLED.resolve()
use_reference = is_bundled if reference_corpus == "auto" else bool(reference_corpus)
if use_reference and path is not None:
    scratch = tempfile.TemporaryDirectory()  # a subset of the 37,554-article file
    if max_articles is not None:
        path = subsample_file(path, 10 * max_articles, folder=scratch.name, random_state=0)
    loaded, by, name = load_corpus(path, outlet_column="source"), "lean", "AllSides lean"
    display(
        note(
            "The five-article sample has too few sources to compare: this report uses US "
            "political news by AllSides lean from ../shared instead.",
            kind="caveat",
        )
    )
else:
    loaded, by, name = load_corpus(corpus), "outlet", "outlet"
sample = stratified_sample(loaded, n=max_articles, by=by, random_state=random_state)

# %% [markdown]
# ## Method
#
# `featurize` finds the direct quotations and the attributions without quotation marks of each
# article; a source's type comes from `analysis/lexicons/source_types.csv` (rules in
# `source_types.md`). Shares are of the article's attributed words (quoted + reported), averaged
# over articles with 95% percentile-bootstrap intervals. Validity (PolNeAR, held-out dev split):
# direct-quote speaker right for 0.79 of quotations; 0.41 of reported-speech cues found, at
# attribution precision 0.85 (`analysis/evaluation/measured/attribution.csv`). Reported speech
# is therefore under-counted, the more so for outlets that attribute with nouns or colons.

# %%
feats = featurize(sample, progress=False)
summary = outlet_summary(
    feats,
    by=by,
    features=[c for c in compared if c in feats.columns],
    n_boot=n_boot,
    random_state=random_state,
)
display(note(f"{len(sample):,} of {len(loaded):,} articles analysed. " + describe_n(feats, by=by)))
display(
    table(
        summary_table(summary, by=by, labels=compared),
        caption=f"Mean per {name} [95% bootstrap interval, {n_boot} resamples over articles]; "
        "n is the number of usable articles.",
        index=True,
    )
)
sentences = [
    describe_comparison(summary, f, label=label, by=by)
    for f, label in compared.items()
    if f in set(summary["feature"])
]
display(bullets(sentences, title="What the numbers say"))

# %% [markdown]
# ## The sentences behind the anonymous-source share

# %%
rows = []
for group, text in zip(sample[by], sample["text"]):
    if not isinstance(text, str) or len(rows) >= n_examples:
        continue
    _, attrs = analyse_quotes(text)
    for a in attrs:
        if source_type(a.resolved, a.side) == "anonymous" and a.content_start >= 0:
            s = text.rfind(".", 0, min(a.start, a.content_start)) + 1
            e = text.find(".", max(a.end, a.content_end))
            rows.append(
                {
                    by: group,
                    "source": a.speaker,
                    "cue": a.verb,
                    "sentence": " ".join(text[s : e + 1 if e >= 0 else len(text)].split())[:300],
                }
            )
            break
if rows:
    display(table(pd.DataFrame(rows), caption="One anonymous-source attribution per article."))
else:
    display(note("No anonymous-source attribution in the sample."))

# %%
ReportSummary(
    f"Sources of {len(sample):,} articles by {name}. " + (sentences[-1] if sentences else "")
)
