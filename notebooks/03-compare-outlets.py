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
# How the outlets differ on each framing feature, with bootstrap intervals where the data allow
# them, the terms that distinguish each outlet's own voice, and how the outlets cluster.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
lexicons = None  # your own lexicon CSV files (list of paths); None: the bundled lexicons
by = "outlet"  # column to compare (e.g. outlet, outlet_country, lean)
n_boot = 2000  # bootstrap resamples for the intervals
random_state = 0  # seed of the bootstrap (same seed, same intervals)

# %%
from IPython.display import display

from analysis import FramingError, load_corpus
from analysis.compare import (
    add_rates,
    distinguishing_terms,
    naming_matrix,
    outlet_summary,
    quote_share_table,
    stance_table,
)
from analysis.compare.cluster import cluster_outlets, outlet_similarity, pca_biplot_data
from analysis.pipeline import featurize
from analysis.plots import (
    plot_dendrogram,
    plot_distinguishing_terms,
    plot_feature_profile,
    plot_naming_matrix,
    plot_pca,
    plot_quote_share,
    plot_similarity_heatmap,
    plot_stance_bars,
    save_figure,
)
from analysis.report import (
    ReportSummary,
    bullets,
    describe_comparison,
    describe_n,
    describe_terms,
    figure,
    figure_or_skip,
    note,
    summary_table,
    table,
)

articles = load_corpus(corpus)
# one pass of the per-article route: the features, and the text of each voice for the term
# statistics
feats = add_rates(
    featurize(articles, texts=True, progress=False, lexicons=lexicons),
    ["n_attributions_distancing"],
)  # counts grow with article length
compared = {
    "quote_share": "Share of words in direct quotations",
    "rate_loaded_author": "Loaded terms per 1,000 author words",
    "rate_loaded_quoted": "Loaded terms per 1,000 quoted words",
    "rate_hedge_author": "Hedges per 1,000 author words",
    "rate_booster_author": "Boosters per 1,000 author words",
    "rate_evidential_author": "Evidentials per 1,000 author words",
    "rate_attributions_distancing": "Distancing attribution verbs per 1,000 words",
    "readability_flesch_reading_ease_author": "Flesch reading ease of the author text",
}
summary = outlet_summary(
    feats,
    by=by,
    features=[c for c in compared if c in feats.columns],
    n_boot=n_boot,
    random_state=random_state,
)

# %%
# the data-quality warnings of report 01 that bear on comparing outlets
from analysis import corpus_checks
from analysis.report import quality_caveat

caveat = quality_caveat(corpus_checks(articles))
if caveat:
    display(note(caveat, kind="caveat"))

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
    [
        describe_comparison(summary, f, label=label, by=by, caveat=False)
        for f, label in compared.items()
        if f in set(summary["feature"])
    ],
    title="What the numbers say",
)

# %%
rates = [
    "rate_loaded_author",
    "rate_loaded_quoted",
    "rate_hedge_author",
    "rate_booster_author",
    "rate_evidential_author",
]
ax = plot_feature_profile(
    summary, features=[f for f in rates if f in set(summary["feature"])], by=by, labels=compared
)
save_figure(ax, "03-marker-rates", summary[summary["feature"].isin(rates)], folder=figures_dir)
figure(
    ax,
    caption=f"Marker rates per 1,000 words of the given voice, by {by} (n = usable articles). "
    "Error bars are 95% bootstrap intervals where a group has at least two articles; points "
    "without bars are single-article values.",
)

# %%
ax = plot_quote_share(feats, by=by, n_boot=n_boot, random_state=random_state)
save_figure(
    ax,
    "03-quote-share",
    quote_share_table(feats, by=by, n_boot=n_boot, random_state=random_state),
    folder=figures_dir,
)
figure(
    ax,
    caption=f"Share of each {by}'s words inside direct quotations and inside scare quotes (95% "
    "bootstrap intervals where n ≥ 2).",
)

# %%
stances = stance_table(
    feats, by=by, normalise="1000 words", n_boot=n_boot, random_state=random_state
)
ax = plot_stance_bars(stances, by=by)
save_figure(ax, "03-attribution-stance", stances, folder=figures_dir)
figure(
    ax,
    caption=f"Attribution verbs by stance class per {by} (neutral 'said', distancing 'claimed', "
    "endorsing 'confirmed', …), per 1,000 words of the article so that long and short articles "
    "compare, as classified by the verb table in analysis/lexicons.",
)

# %% [markdown]
# ## Naming
#
# Which form each outlet uses in its own voice for names that differ by political alignment
# or transliteration (Kyiv/Kiev, Luhansk/Lugansk, invasion/operation …).

# %%
naming = naming_matrix(feats, by=by)
if (
    naming.empty
):  # a corpus on another topic, or no usable article: nothing to plot, the rest still runs
    display(
        note(
            "No usable article uses any naming variant of the lexicons (Kyiv/Kiev, …): no naming "
            "figure.",
            kind="skip",
        )
    )
else:
    ax = plot_naming_matrix(naming, by=by)
    save_figure(ax, "03-naming", naming, folder=figures_dir)
    display(
        figure(
            ax,
            caption=f"Rows: naming group and form; columns: {by}s. Each cell is the share of the "
            f"{by}'s usable articles that use that form in their own voice (k/n); an article that "
            "uses two forms counts for both.",
        )
    )

# %%
table(
    summary_table(summary, by=by, labels=compared),
    caption=f"Mean of each feature per {by}, with its 95% bootstrap interval in brackets where the "
    f"{by} has at least two articles; n is the number of usable articles.",
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
# each analysis below needs data the corpus may not have (two groups with usable articles, a
# feature that varies …); when it does not, the report says why and goes on
try:
    terms = distinguishing_terms(
        feats, by=by, voice="author", top=8
    )  # usable articles only (status "ok")
    display(note(describe_terms(terms, k=3)))
    ax = plot_distinguishing_terms(terms, top=8)
except FramingError as exc:
    display(note(f"Distinguishing terms skipped: {exc}.", kind="skip"))
else:
    save_figure(ax, "03-distinguishing-terms", terms, folder=figures_dir)
    display(
        figure(
            ax,
            caption=f"Top terms of each {by}'s own voice by z-score of the log-odds ratio "
            "(informative Dirichlet prior); the dashed line is z = 1.96. The numbers, with the "
            "counts behind them, are in figures/03-distinguishing-terms.csv.",
        )
    )

# %% [markdown]
# ## How the outlets group
#
# Outlets are compared on their standardised mean features (each feature scaled to mean 0 and
# unit variance across outlets). With few outlets and one article each, the grouping is a
# description of these articles, not a typology of outlets; features constant across outlets are
# dropped before scaling.

# %%
display(
    figure_or_skip(
        "Clustering",
        lambda: cluster_outlets(feats, by=by, features=list(compared)),
        plot_dendrogram,
        data=lambda clusters: clusters.data,
        name="03-dendrogram",
        folder=figures_dir,
        caption=f"Hierarchical clustering (Ward, Euclidean) of {by}s on standardised mean framing "
        "features; joins lower down are more similar.",
    )
)

# %%
display(
    figure_or_skip(
        "Similarity",
        lambda: outlet_similarity(feats, by=by, features=list(compared)),
        plot_similarity_heatmap,
        name="03-similarity",
        folder=figures_dir,
        caption=f"Cosine similarity between {by}s on standardised mean framing features (1 = same "
        "profile, −1 = opposite).",
    )
)

# %%
display(
    figure_or_skip(
        "PCA",
        lambda: pca_biplot_data(feats, by=by, features=list(compared)),
        plot_pca,
        data=lambda pca: pca.scores,
        name="03-pca",
        folder=figures_dir,
        caption=f"Each {by} on the first two principal components of the standardised features, "
        "with the features that load most as arrows.",
    )
)

# %%
ReportSummary(
    f"{feats[by].nunique()} {by}s compared on {len(set(summary['feature']))} features; "
    + describe_comparison(
        summary,
        "rate_loaded_author",
        label="the loaded-term rate (per 1,000 words of the outlets' own text)",
        by=by,
    )
)
