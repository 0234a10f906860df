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
# # 03 · Comparing the groups of the corpus
#
# Do the groups of this corpus — its outlets, or the countries, leans … of the column
# `framing report --outlet-column` names — differ on each framing feature, and by how much?
# Means with bootstrap intervals, tested pairwise differences with effect sizes and adjusted
# p-values, the features over time, the terms that distinguish each group's own voice, and —
# when there are enough groups and articles for it to mean something — how they cluster.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
lexicons = None  # your own lexicon CSV files (list of paths); None: bundled ones, packs that fit
by = "outlet"  # column to compare (e.g. outlet, outlet_country, lean)
grouping = "outlet"  # the corpus column the outlet column came from (framing report sets it)
n_boot = 2000  # bootstrap resamples for the intervals
random_state = 0  # seed of the bootstrap (same seed, same intervals)
correction = "holm"  # multiple-comparison adjustment: holm, bh (Benjamini–Hochberg), bonferroni
alpha = 0.05  # level of the tests, after adjustment
max_pairwise_groups = 8  # pairwise tests among the largest groups (all groups: the omnibus test)
min_groups = 3  # clustering, similarity and PCA need at least this many groups …
min_group_articles = 5  # … each with at least this many usable articles

# %%
from IPython.display import Markdown, display

from analysis import FramingError, load_corpus
from analysis.compare import (
    articles_over_time,
    distinguishing_terms,
    feature_trend,
    naming_matrix,
    outlet_summary,
    quote_share_table,
    stance_table,
)
from analysis.compare.cluster import cluster_outlets, outlet_similarity, pca_biplot_data
from analysis.compare.self_names import names_publishers
from analysis.compare.timeline import period_label
from analysis.detect.packs import corpus_lexicons
from analysis.evaluation.scores import accuracy_note
from analysis.pipeline import featurize
from analysis.plots import (
    plot_dendrogram,
    plot_differences,
    plot_distinguishing_terms,
    plot_feature_profile,
    plot_naming_matrix,
    plot_pca,
    plot_quote_share,
    plot_similarity_heatmap,
    plot_stance_bars,
    plot_timeline,
    plot_trend,
    save_figure,
)
from analysis.plots.naming import naming_caption
from analysis.plots.stance import MAX_BAR_GROUPS
from analysis.report import (
    ReportSummary,
    bullets,
    count_of,
    describe_comparison,
    describe_n,
    figure,
    figure_or_skip,
    note,
    summary_table,
    table,
    untested_reason,
)
from analysis.report.compared import COMPARED_FEATURES, comparison_columns
from analysis.report.differences import (
    correction_name,
    describe_difference,
    differences_table,
    largest_group_pairs,
    omnibus_block,
    strongest_difference,
)
from analysis.report.grouping import group_noun, grouping_caveat
from analysis.report.scope import pairwise_scope
from analysis.report.summaries import no_difference_caveat, omnibus_lead
from analysis.report.terms import set_aside_note, term_sentences
from analysis.text.plural import plural

# what a group is called: "country" when framing report --outlet-column country
noun = group_noun(grouping) if by == "outlet" else by.replace("_", " ")
nouns = plural(noun)
articles = load_corpus(corpus)
lexicons = corpus_lexicons(articles["text"], lexicons)  # None: the bundled packs that fit
# one pass of the per-article route: the features, and the text of each voice for the term
# statistics
# counts grow with article length (rates per 1,000 words); shares in %
feats = comparison_columns(featurize(articles, texts=True, progress=False, lexicons=lexicons))
compared = dict(COMPARED_FEATURES)  # the features report 06 compares too
summary = outlet_summary(
    feats,
    by=by,
    features=[c for c in compared if c in feats.columns],
    n_boot=n_boot,
    random_state=random_state,
)
features = [c for c in compared if c in feats.columns]
group_sizes = feats[feats["status"] == "ok"].groupby(by).size()
pairs = largest_group_pairs(
    feats,
    by=by,
    features=features,
    max_groups=max_pairwise_groups,
    n_boot=n_boot,
    alpha=alpha,
    correction=correction,
    random_state=random_state,
)
n_perm = pairs.attrs["n_permutations"]

# %%
# what the numbers rest on: the data-quality warnings of report 01 that bear on comparing
# outlets, and the topic packs used (and how much of the corpus is about their story)
from analysis import corpus_checks
from analysis.report import partial_by_group, partial_texts
from analysis.report.scope import corpus_notes

display(*corpus_notes(articles, lexicons, noun=noun))  # "leans" by lean
# outlets whose texts are leads or cut (and the groups holding them): every sentence comparing
# them says so
partial = partial_by_group(partial_texts(corpus_checks(articles)), articles, by)

# %%
display(
    Markdown(
        f"## Method and sample size\n\nEach feature is averaged over each {noun}'s usable "
        "articles; the 95% interval is a percentile bootstrap over articles (`n_boot` "
        f"resamples, fixed seed), so it reflects how much the {noun}'s articles differ from one "
        f"another. Any {noun} with one article has no interval. Whether two {nouns} differ is "
        f"**tested**, not read off overlapping intervals: for every pair of {nouns} and every "
        "feature, the difference in means with its bootstrap interval, Hedges' *g* (the "
        "difference in pooled standard deviations, so features in different units compare), "
        "and a permutation p-value adjusted for the number of comparisons (`correction`, Holm by "
        "default). The number of permutations grows with the number of comparisons (at least "
        "2 × comparisons / `alpha`, at most 20,000), so that the smallest p-value a permutation "
        f"test can give can survive the adjustment. Rates use the {nouns}' own (authorial) "
        "words unless marked *quoted*."
    )
)

# %%
few = grouping_caveat(feats, articles, by=by, grouping=grouping, noun=noun)
display(note(describe_n(feats, by=by, noun=noun), kind="caveat"))
if few:  # a lean of two outlets: its differences may be one outlet's
    display(note(few, kind="caveat"))

# %%
note(
    " ".join(
        a
        for a in (
            accuracy_note("quotes"),
            accuracy_note("hedges")
            + " The hedge gold set marks uncertain sentences; boosters and evidentials have no "
            "gold set of their own.",
            accuracy_note("loaded")
            + " A lexicon finds only listed words, so loaded-term rates are lower bounds.",
            accuracy_note("loaded-babe"),
        )
        if a.strip()
    )
    or "No measured accuracy is shipped for these detectors (analysis/evaluation/measured/).",
    kind="caveat",
)

# %% [markdown]
# ## Do the groups differ?

# %%
if pairs["p_adjusted"].notna().any():
    display(
        bullets(
            [describe_difference(pairs, f, label=compared[f], partial=partial) for f in features],
            title=f"Tested differences ({correction_name(pairs)}-adjusted over "
            f"{pairs.attrs['n_tests']:,} comparisons, level {alpha:g})",
        )
    )
else:
    display(note(untested_reason(feats, by=by, noun=noun), kind="skip"))
    display(
        bullets(
            [
                describe_comparison(summary, f, label=label, by=by, caveat=False)
                for f, label in compared.items()
                if f in set(summary["feature"])
            ],
            title="What the numbers say",
        )
    )

# %%
if pairwise_scope(pairs, noun=noun):  # the smaller groups are left out of the pairs
    display(note(pairwise_scope(pairs, noun=noun), kind="caveat"))
omni_block = omnibus_block(
    feats,
    by=by,
    noun=noun,
    features=features,
    labels=compared,
    n_perm=n_boot,
    alpha=alpha,
    correction=correction,
    random_state=random_state,
)
if omni_block is not None:
    display(omni_block)

# %%
shown = pairs.dropna(subset=["effect_size"])
if len(shown):
    shown = shown.reindex(shown["effect_size"].abs().sort_values(ascending=False).index).head(24)
    # grouped by feature (one colour each), largest effects first within a feature
    rank = {f: i for i, f in enumerate(features)}
    shown = shown.assign(_f=shown["feature"].map(rank), _g=-shown["effect_size"].abs())
    shown = shown.sort_values(["_f", "_g"], kind="stable").drop(columns=["_f", "_g"])
    ax = plot_differences(shown, labels=compared)
    save_figure(ax, "03-differences", pairs, folder=figures_dir)
    display(
        figure(
            ax,
            caption=f"Pairwise differences between {nouns} as Hedges' g (difference in pooled "
            "standard deviations) with 95% bootstrap intervals; filled markers are differences "
            f"after {correction_name(pairs)} adjustment at level {alpha:g}"
            + (
                f"; the {len(shown):,} largest of {len(pairs):,} are drawn"
                if len(shown) < len(pairs)
                else ""
            )
            + ". All pairs and features are in figures/03-differences.csv.",
        )
    )
    display(
        table(
            differences_table(pairs, labels=compared, top=40),
            caption=f"Pairwise differences, largest effects first (n = usable articles of each "
            f"{noun}); p from {n_perm:,} permutations"
            + (
                f", shown: the {min(40, len(pairs)):,} largest of {len(pairs):,}"
                if len(pairs) > 40
                else ""
            )
            + ".",
        )
    )

# %% [markdown]
# ## Feature by feature

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
    caption=f"Marker rates per 1,000 words of the given voice, by {noun} (n = usable articles). "
    "Error bars are 95% bootstrap intervals where a group has at least two articles. A point "
    "without a bar is a single article's value, or a group whose articles all have the same "
    "value (most often none uses the marker): resampling them gives no interval, and with a "
    "few articles that is no evidence that the rate is exactly that.",
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
    caption=f"Share of each {noun}'s words inside direct quotations and inside scare quotes (95% "
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
    caption=f"Attribution verbs by stance class per {noun} (neutral 'said', distancing 'claimed', "
    "endorsing 'confirmed', …), per 1,000 words of the article so that long and short articles "
    "compare, as classified by the verb table in analysis/lexicons"
    + (
        f". With more than {MAX_BAR_GROUPS} {nouns}, a grid: each cell the mean with its 95% "
        "bootstrap interval, shaded by the mean as a share of that stance's highest, so that "
        f"{nouns} compare within a rare stance too."
        if stances[by].nunique() > MAX_BAR_GROUPS
        else "."
    ),
)

# %%
display(
    Markdown(
        f"## Naming\n\nWhich form each {noun} uses in its own voice for names that differ by "
        "political alignment or transliteration: the naming groups of the lexicons "
        "(`analysis/lexicons/`), each a set of forms of one name."
    )
)

# %%
has_naming = any(c.startswith("naming_") for c in feats.columns)  # none without a topic pack
naming = naming_matrix(feats, by=by) if has_naming else None
if naming is None:
    display(
        note("No topic pack is used, so there are no naming groups: no naming figure.", kind="skip")
    )
elif naming.empty:  # a corpus on another topic, or no usable article; the rest still runs
    display(
        note(
            "No usable article uses any naming variant of the lexicons: no naming figure.",
            kind="skip",
        )
    )
else:
    ax = plot_naming_matrix(naming, by=by)
    save_figure(ax, "03-naming", naming, folder=figures_dir)
    display(
        figure(
            ax,
            caption=naming_caption(noun),
        )
    )

# %%
table(
    summary_table(summary, by=by, labels=compared),
    caption=f"Mean of each feature per {noun}, with its 95% bootstrap interval in brackets where "
    f"the {noun} has at least two articles; n is the number of usable articles. The same intervals "
    "(same resamples and seed) appear in report 06.",
    index=True,
)

# %%
display(
    Markdown(
        f"## Over time\n\nWhen the articles carry publication dates: how many each {noun} "
        "published per period, and how two features moved, with the same bootstrap intervals "
        "per period (periods with one article have none)."
    )
)

# %%
dated = feats.drop(columns=["published"], errors="ignore").merge(
    articles[["article_id", "published"]], on="article_id", how="left"
)
if dated["published"].notna().sum() < 2:
    display(note("The articles carry no publication dates: no timeline.", kind="skip"))
else:
    counts = articles_over_time(articles, by=by) if by in articles.columns else None
    counts = articles_over_time(dated, by=by) if counts is None else counts
    ax = plot_timeline(counts)
    save_figure(ax, "03-timeline", counts, folder=figures_dir)
    undated = counts.attrs["n_undated"]
    undated_by = ", ".join(f"{g} {k:,}" for g, k in counts.attrs.get("undated", {}).items())
    display(
        figure(
            ax,
            caption=f"Articles per {noun} and {period_label(counts.attrs['freq'])} (zeros shown "
            f"between each {noun}'s first and last article; no line before or after them: the "
            "corpus holds none of its articles there)"
            + (
                f"; {undated} article(s) without a date are not drawn ({undated_by})"
                if undated
                else ""
            )
            + f". Differences in coverage over time affect every comparison above: {nouns} "
            "that published mostly in some periods are compared on those periods' events.",
        )
    )
    trend_features = [f for f in ("quote_share_pct", "rate_loaded_author") if f in features]
    usable_dated = dated.loc[dated["status"] == "ok", "published"].notna().sum()
    if usable_dated < 2:  # the trends are of usable articles only
        trend_features = []
        display(
            note(
                f"{count_of(int(usable_dated), 'usable article')} with a date: no feature "
                "over time.",
                kind="skip",
            )
        )
    else:
        trend = feature_trend(
            dated, trend_features, by=by, n_boot=n_boot, random_state=random_state
        )
    for f in trend_features:
        ax = plot_trend(trend, f, label=compared[f])
        save_figure(ax, f"03-trend-{f}", trend[trend["feature"] == f], folder=figures_dir)
        display(
            figure(
                ax,
                caption=f"{compared[f]}: mean per {noun} and period with its 95% bootstrap "
                "interval (band); hollow points are periods with a single article (no interval).",
            )
        )

# %%
# the group labels are self-references only when the groups are publishers (outlet, source …)
publishers = names_publishers(grouping if by == "outlet" else by)
display(
    Markdown(
        f"## Terms that distinguish each {noun}'s own voice\n\nLog-odds ratio with an "
        "informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): each "
        f"{noun}'s authorial words against all other {nouns}' authorial words; `z` accounts for "
        "how often the term occurs, so rare terms do not rank first by accident. So that the "
        "list shows framing rather than house style, by default function words, honorifics "
        '(Mr, Ms), neutral reporting verbs ("said") and weekdays are left out, British/American '
        "spellings and house-style variants are counted as one term (defence/defense, per "
        "cent/percent, transliterations of one name), and self-references are set aside: "
        + ("the group labels and, " if publishers else "")
        + "found in the corpus, the publishers' names, the sites of the "
        "articles' addresses and the agencies of their datelines (listed below the terms; "
        "options `stop_words`, `fold_variants`, `drop_names` of `distinguishing_terms`; the "
        f"word lists are in `analysis/lexicons`). A term found in only one of the {noun}'s "
        "articles, or with more than half of its uses in one article (a transcript's "
        f'"like"), describes that article, not the {noun}, and a word most of whose uses are '
        'inside a listed phrase repeats it ("united" under "united states"): none of them is '
        "listed (options `min_docs`, `max_doc_share`). z-scores around 2 are weak evidence: "
        "they are not corrected for the many terms tested."
        + (
            ""
            if publishers
            else f" The {noun} labels themselves are kept: a {noun} is not a publisher, and its "
            'name in the texts ("US President", "the radical left") can be its framing.'
        )
    )
)

# %%
# each analysis below needs data the corpus may not have (two groups with usable articles, a
# feature that varies …); when it does not, the report says why and goes on
try:
    # usable articles only (status "ok"); the group labels are set aside only when the
    # groups are publishers: "US", "left" and "right" are a country's and a lean's words
    terms = distinguishing_terms(
        feats, by=by, voice="author", top=8, grouping=grouping if by == "outlet" else by
    )
    display(
        bullets(
            term_sentences(terms, k=3, sizes=group_sizes),
            title=f"Most distinctive terms of each {noun}'s own voice",
        )
    )
    if set_aside_note(terms):  # the names taken out, so that nothing disappears silently
        display(note(set_aside_note(terms)))
    ax = plot_distinguishing_terms(terms, top=8)
except FramingError as exc:
    n_usable = feats.loc[feats["status"] == "ok", by].nunique()
    why = (
        f"one {noun} only, so no term can distinguish it from another"
        if n_usable == 1
        else str(exc)
    )
    why = "no usable article" if n_usable == 0 else why
    display(note(f"Distinguishing terms skipped: {why}.", kind="skip"))
else:
    save_figure(ax, "03-distinguishing-terms", terms, folder=figures_dir)
    display(
        figure(
            ax,
            caption=f"Top terms of each {noun}'s own voice by z-score of the log-odds ratio "
            "(informative Dirichlet prior); the dashed line is z = 1.96. The numbers, with the "
            "counts behind them, are in figures/03-distinguishing-terms.csv.",
        )
    )

# %%
display(
    Markdown(
        f"## How the {nouns} group\n\nThe {nouns} are compared on their standardised mean "
        f"features (each feature scaled to mean 0 and unit variance across {nouns}; features "
        f"constant across {nouns} are dropped). A grouping of two {nouns}, or of {nouns} with a "
        "handful of articles each, describes those articles and nothing more, so these figures "
        f"are drawn only with at least `min_groups` {nouns} of at least `min_group_articles` "
        "usable articles each."
    )
)

# %%
enough = group_sizes[group_sizes >= min_group_articles]
if len(enough) < min_groups:
    display(
        note(
            f"Clustering, similarity and PCA are not drawn: they need at least {min_groups} "
            f"{nouns} with {min_group_articles} or more usable articles each, and this corpus has "
            f"{len(enough):,} (of {group_sizes.size:,}). With fewer, a grouping only restates the "
            "differences tested above.",
            kind="skip",
        )
    )
else:
    grouped = feats[feats[by].isin(enough.index)]
    if no_difference_caveat(omni_block, pairs, by=noun):  # the figures would arrange noise
        display(note(no_difference_caveat(omni_block, pairs, by=noun), kind="caveat"))
    display(
        figure_or_skip(
            "Clustering",
            lambda: cluster_outlets(grouped, by=by, features=features),
            plot_dendrogram,
            data=lambda clusters: clusters.data,
            name="03-dendrogram",
            folder=figures_dir,
            caption=f"Hierarchical clustering (Ward, Euclidean) of {nouns} on standardised mean "
            f"framing features; {nouns} joined at a shorter distance (nearer the labels) are more "
            "alike.",
        )
    )
    display(
        figure_or_skip(
            "Similarity",
            lambda: outlet_similarity(grouped, by=by, features=features),
            plot_similarity_heatmap,
            name="03-similarity",
            folder=figures_dir,
            caption=f"Cosine similarity between {nouns} on standardised mean framing features "
            "(1 = same profile, −1 = opposite).",
        )
    )
    display(
        figure_or_skip(
            "PCA",
            lambda: pca_biplot_data(grouped, by=by, features=features),
            plot_pca,
            data=lambda pca: pca.scores,
            name="03-pca",
            folder=figures_dir,
            caption=f"Each {noun} on the first two principal components of the standardised "
            "features, with the features that load most as arrows.",
        )
    )

# %%
ReportSummary(
    (
        f"{count_of(group_sizes.size, noun)} compared on {len(features):,} features; "
        if group_sizes.size > 1
        else f"One {noun} only, nothing to compare it with. "
    )
    + (
        f"{int(pairs['significant'].sum()):,} of {pairs.attrs['n_tests']:,} pairwise differences "
        + (
            f"(pairs of the {len(pairs.attrs['groups_tested']):,} largest {nouns}) "
            if pairs.attrs.get("groups_untested")
            else ""
        )
        + f"hold after {correction_name(pairs)} adjustment. "
        # no pair holds, but the test over all groups does: that is the finding to lead with
        + (
            omnibus_lead(omni_block, pairs, summary, by=by, noun=noun, labels=compared)
            or describe_difference(
                pairs,
                strongest_difference(pairs, "rate_loaded_author"),
                label=compared[strongest_difference(pairs, "rate_loaded_author")],
                partial=partial,
            )
        )
        if pairs["p_adjusted"].notna().any()
        else describe_comparison(
            summary,
            "rate_loaded_author",
            label=f"the loaded-term rate (per 1,000 words of the {nouns}' own text)",
            by=by,
        )
    )
)
