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
# # 03 · Comparing outlets
#
# How the outlets differ on each framing feature, with bootstrap intervals where the data allow them, the terms that distinguish each outlet's own voice, and how the outlets cluster.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
by = "outlet"  # column to compare (e.g. outlet, outlet_country, lean)
n_boot = 2000  # bootstrap resamples for the intervals
random_state = 0  # seed of the bootstrap (same seed, same intervals)

# %%
from IPython.display import display

from analysis import load_corpus
from analysis.compare import distinguishing_terms, outlet_summary
from analysis.features import featurize
from analysis.report import ReportSummary, bullets, describe_comparison, describe_n, describe_terms, note, summary_table, table

articles = load_corpus(corpus)
feats = featurize(articles, progress=False)
compared = {
    "quote_share": "Share of words in direct quotations",
    "rate_loaded_author": "Loaded terms per 1,000 author words",
    "rate_loaded_quoted": "Loaded terms per 1,000 quoted words",
    "rate_hedge_author": "Hedges per 1,000 author words",
    "rate_booster_author": "Boosters per 1,000 author words",
    "rate_evidential_author": "Evidentials per 1,000 author words",
    "n_attributions_distancing": "Distancing attribution verbs (count)",
    "readability_flesch_reading_ease_author": "Flesch reading ease of the author text",
}
summary = outlet_summary(
    feats, by=by, features=[c for c in compared if c in feats.columns], n_boot=n_boot, random_state=random_state
)

# %% [markdown]
# ## Method and sample size
#
# Each feature is averaged over an outlet's usable articles; the 95% interval is a percentile
# bootstrap over articles (`n_boot` resamples, fixed seed), so it reflects how much the outlet's
# articles differ from one another. An outlet with one article has no interval. Rates use the
# outlet's own (authorial) words unless marked *quoted*.

# %%
note(describe_n(feats, by=by), kind="caveat")

# %% [markdown]
# ## Feature by feature

# %%
bullets(
    [describe_comparison(summary, f, label=label, by=by, caveat=False) for f, label in compared.items() if f in set(summary["feature"])],
    title="What the numbers say",
)

# %%
table(
    summary_table(summary, by=by, labels=compared),
    caption=f"Mean of each feature per {by}, with its 95% bootstrap interval in brackets where the {by} has at least "
    "two articles; n is the number of usable articles.",
    index=True,
)

# %% [markdown]
# ## Terms that distinguish each outlet's own voice
#
# Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): each
# outlet's authorial words against all other outlets' authorial words; `z` accounts for how
# often the term occurs, so rare terms do not rank first by accident. With a handful of short
# articles, z-scores around 2 are weak evidence and are not corrected for the many terms tested.

# %%
terms = distinguishing_terms(articles, by=by, voice="author", top=8)
display(note(describe_terms(terms, k=3)))
table(
    terms[["group", "term", "z", "log_odds", "count_group", "count_rest"]],
    caption=f"Top distinguishing terms of each {by}'s authorial voice (count_group: uses by the {by}; count_rest: by all others).",
    max_rows=None,
)

# %%
ReportSummary(
    f"{feats[by].nunique()} {by}s compared on {len(set(summary['feature']))} features; "
    + describe_comparison(summary, "rate_loaded_author", label="loaded-term rate in the outlets' own voice", by=by)
)
