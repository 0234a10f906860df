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
# # 06 · At scale: the same features on larger corpora
#
# The framing features compared across groups of many articles — Guardian vs New York Times, outlets
# by country, and US outlets by AllSides political lean — where intervals become meaningful. Falls
# back to the bundled corpus when the larger corpora are absent.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # used when none of the larger corpora is present
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
max_articles = 600  # articles sampled per corpus (fixed seed); None for all of them
n_boot = 1000  # bootstrap resamples for the intervals
random_state = 0  # seed of the sampling and the bootstrap
# countries of the by-country corpus grouped into the two blocs compared in its second section
blocs = {
    "GB": "GB + US outlets",
    "US": "GB + US outlets",
    "RU": "RU + BY state-aligned",
    "BY": "RU + BY state-aligned",
}

# %%
from IPython.display import Markdown, display

from analysis import load_corpus
from analysis.compare import distinguishing_terms, outlet_summary, select_groups, with_status
from analysis.paths import shared_path
from analysis.pipeline import featurize
from analysis.plots import plot_distinguishing_terms, plot_feature_profile, save_figure
from analysis.report import (
    ReportSummary,
    bullets,
    describe_comparison,
    describe_n,
    describe_terms,
    figure,
    note,
    summary_table,
    table,
)

compared = {
    "quote_share": "Share of words in direct quotations",
    "rate_loaded_author": "Loaded terms per 1,000 author words",
    "rate_hedge_author": "Hedges per 1,000 author words",
    "rate_booster_author": "Boosters per 1,000 author words",
    "rate_evidential_author": "Evidentials per 1,000 author words",
    "readability_flesch_kincaid_grade_author": "Flesch–Kincaid grade of the author text",
}
datasets = [
    {
        "name": "Guardian vs New York Times on the war (Feb–Aug 2022)",
        "path": shared_path("datasets", "ukraine-2022-guardian-nyt", "articles.csv"),
        "load": {},
        "by": "outlet",
        "caveat": "NYT texts are lead paragraphs only (median ~170 words) and the Guardian set "
        "includes readers' letters: differences in length-sensitive features (quotation share, "
        "readability) partly reflect this, not framing.",
    },
    {
        "name": "War coverage by country of the outlet (2022–24)",
        "path": shared_path("datasets", "ukraine-2022-by-country", "articles.parquet"),
        "load": {"outlet_column": "country"},
        "by": "outlet",
        "noun": "country",  # the outlet column holds the outlet's country
        "caveat": "Groups are countries, not outlets; Polish texts were machine-translated to "
        "English, and non-English texts are flagged by status and excluded.",
    },
    {
        "name": "Western vs Russian and Belarusian state-aligned outlets (2022–24)",
        "path": shared_path("datasets", "ukraine-2022-by-country", "articles.parquet"),
        "load": {"outlet_column": "country"},
        "groups": blocs,  # countries -> bloc (parameter above); other countries are left out
        "by": "bloc",
        "noun": "bloc",
        "terms_figure": True,
        "caveat": "The blocs are the researcher's grouping of countries (parameter blocs); the "
        "RU + BY bloc is dominated by Belarusian state media (BelTA), so its distinctive terms "
        "are partly that outlet's house style.",
    },
    {
        "name": "US political news by AllSides lean (2012–2020)",
        "path": shared_path("datasets", "allsides-2012-2020", "articles.parquet"),
        "load": {"outlet_column": "source"},
        "by": "lean",
        "caveat": "Lean is AllSides' rating of the source, not of the article; the topics are US "
        "politics, so the Ukraine-specific lexicon pack rarely fires.",
    },
]
present = [d for d in datasets if d["path"] is not None]
findings = []  # one generated sentence per corpus, for the summary

# %% [markdown]
# ## Method
#
# Each corpus is loaded, sampled to at most `max_articles` articles with a fixed seed, and run
# through the same pipeline as reports 02–03. Means per group come with 95% percentile-bootstrap
# intervals over articles; the interpretation under each table is generated from those numbers.
# The intervals describe sampling variation within these corpora only; they say nothing about
# outlets or periods outside them.

# %%
if not present:
    display(
        note(
            "None of the larger corpora (../shared/datasets/ukraine-2022-guardian-nyt, "
            "ukraine-2022-by-country, allsides-2012-2020) is present on this machine: the analysis "
            "below runs on the bundled corpus instead, where every group has one article.",
            kind="skip",
        )
    )
    present = [
        {
            "name": "Bundled corpus (fallback)",
            "path": corpus,
            "load": {},
            "by": "outlet",
            "caveat": "One article per outlet.",
        }
    ]

# %%
rates = ["rate_loaded_author", "rate_hedge_author", "rate_booster_author", "rate_evidential_author"]
for i, d in enumerate(present, start=1):
    display(Markdown(f"## {d['name']}"))
    loaded = load_corpus(d["path"], **d["load"])
    if "groups" in d:  # compare blocs of outlets/countries instead of single ones
        loaded = select_groups(loaded, column="outlet", groups=d["groups"], name=d["by"])
    sample = (
        loaded
        if max_articles is None or len(loaded) <= max_articles
        else loaded.sample(n=max_articles, random_state=random_state).sort_index()
    )
    feats = featurize(sample, progress=False)
    summary = outlet_summary(
        feats,
        by=d["by"],
        features=[c for c in compared if c in feats.columns],
        n_boot=n_boot,
        random_state=random_state,
    )
    noun = d.get("noun", d["by"])
    display(
        note(
            f"{len(sample):,} of {len(loaded):,} articles analysed. "
            + describe_n(feats, by=d["by"], noun=noun)
            + " "
            + d["caveat"],
            kind="caveat",
        )
    )
    display(
        table(
            summary_table(summary, by=d["by"], labels=compared),
            caption=f"Mean per {noun} [95% bootstrap interval, {n_boot} resamples over articles]; "
            "n is the number of usable articles.",
            index=True,
        )
    )
    ax = plot_feature_profile(
        summary,
        features=[f for f in rates if f in set(summary["feature"])],
        by=d["by"],
        labels=compared,
    )
    save_figure(
        ax, f"06-{i}-marker-rates", summary[summary["feature"].isin(rates)], folder=figures_dir
    )
    display(
        figure(
            ax,
            caption=f"{d['name']}: marker rates per 1,000 author words by {noun}, with 95% "
            "bootstrap intervals (n = usable articles).",
        )
    )
    sentences = [
        describe_comparison(summary, f, label=label, by=d["by"])
        for f, label in compared.items()
        if f in set(summary["feature"])
    ]
    display(bullets(sentences, title="What the numbers say"))
    findings.append(f"{d['name']}: " + sentences[1] if len(sentences) > 1 else d["name"])
    terms = distinguishing_terms(
        with_status(sample, feats),
        by=d["by"],
        voice="author",
        top=12 if d.get("terms_figure") else 6,
    )  # usable articles only
    display(
        note("Most distinctive terms in each group's own voice — " + describe_terms(terms, k=4))
    )
    if d.get("terms_figure"):
        ax = plot_distinguishing_terms(terms, top=12)
        save_figure(ax, f"06-{i}-distinguishing-terms", terms, folder=figures_dir)
        display(
            figure(
                ax,
                caption=f"{d['name']}: top terms of each {noun}'s own voice by z-score of the "
                "log-odds ratio (informative Dirichlet prior), usable articles only; the dashed "
                "line is z = 1.96.",
            )
        )

# %%
ReportSummary(
    f"{len(present)} corpus(es) compared with bootstrap intervals"
    + (f" (sampled to at most {max_articles} articles each)" if max_articles else "")
    + ". "
    + " ".join(findings[:1])
)
