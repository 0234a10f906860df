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
# # 01 · The corpus: what is in it, and what cleaning removed
#
# Which outlets, dates and article lengths the analysis rests on, and what was stripped from each raw scrape before any feature was computed.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written

# %%
from IPython.display import HTML, display

import analysis
from analysis.report import ReportSummary

articles = analysis.load_corpus(corpus)

# %% [markdown]
# ## Articles
#
# One row per article as loaded from the raw files. `published` comes from the corpus metadata.

# %%
articles[["article_id", "outlet", "published", "title"]]

# %%
ReportSummary(f"{len(articles)} articles from {articles['outlet'].nunique()} outlets.")
