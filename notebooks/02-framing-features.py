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
# # 02 · Framing features, with the words behind them
#
# One row of framing features per article — quotation, attribution, loaded terms, naming variants,
# hedges, boosters, evidentials, readability — with the words those numbers count: every loaded term
# listed, and an excerpt of each article with its quotations and markers highlighted.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
max_evidence_articles = 20  # the evidence view shows at most this many articles
evidence_max_words = (
    120  # words of each article shown in the evidence view (an excerpt); None shows whole articles
)
max_table_articles = 12  # the per-article tables show at most this many articles (columns)

# %%
from IPython.display import HTML, display

from analysis import load_corpus
from analysis.pipeline import analyse_article, featurize, spans
from analysis.report import (
    ReportSummary,
    article_evidence,
    evidence_legend,
    feature_table,
    loaded_term_table,
    marker_counts,
    naming_table,
    note,
    table,
)

articles = load_corpus(corpus)
feats = featurize(articles, progress=False)
evidence = spans(articles)
markers = evidence[evidence["family"] == "marker"]

# %% [markdown]
# ## Method
#
# Each article goes through the same pipeline: cleaning (report 01) → direct and scare quotations
# with their speaker and reporting verb → lexicon markers → readability. Every marker is assigned a
# **voice**: *quoted* when it falls inside a quotation (the outlet reports someone else's words),
# *author* otherwise (the outlet's own words). Rates are per 1,000 words **of that voice**, so an
# outlet that quotes a source calling the enemy "barbarians" is not scored as calling anyone a
# barbarian. Lexicons are CSV files in `analysis/lexicons/` with their provenance; their hashes are
# in the run manifest at the end of this page.

# %% [markdown]
# ## Features per article
#
# Articles whose `status` is not `ok` (unusable, not English, too short) keep their row but are
# excluded from outlet comparisons.

# %%
key = {
    "status": "status",
    "n_words": "words (body)",
    "quote_share": "share of words in direct quotes",
    "n_direct_quotes": "direct quotations",
    "n_scare_quotes": "scare quotes",
    "n_attributions": "attributions",
    "n_attributions_distancing": "distancing verbs (claimed, insisted…)",
    "rate_loaded_author": "loaded terms /1k author words",
    "rate_loaded_quoted": "loaded terms /1k quoted words",
    "rate_hedge_author": "hedges /1k author words",
    "rate_booster_author": "boosters /1k author words",
    "rate_evidential_author": "evidentials /1k author words",
    "readability_flesch_reading_ease": "Flesch reading ease",
    "readability_flesch_kincaid_grade": "Flesch–Kincaid grade",
    "readability_flesch_reading_ease_author": "Flesch reading ease, author text only",
}
per_article = feature_table(feats, key, max_articles=max_table_articles)
display(
    table(
        per_article,
        caption="Main framing features per article (columns: outlets), for the whole article. The "
        "share of words in direct quotes is 0–1; rates are per 1,000 words of the given voice; "
        f"readability on the cleaned body. The full feature table has {feats.shape[1]} columns "
        "(docs/features.md).",
        index=True,
    )
)
if per_article.attrs["n_articles"] < len(feats):
    display(
        note(
            f"Showing the first {per_article.attrs['n_articles']} of {len(feats):,} articles "
            "(parameter max_table_articles)."
        )
    )

# %% [markdown]
# ## Naming variants
#
# Which form each outlet uses in its **own voice** for contested names (forms joined by `+` when
# an outlet uses several; empty when it names nothing in that group).

# %%
naming = naming_table(feats, max_articles=max_table_articles)
display(
    table(
        naming,
        caption="Naming forms used in the authorial voice, by naming group (rows) and outlet "
        "(columns).",
        index=True,
    )
)
if naming.attrs["unused"]:
    display(note("Naming groups no article uses: " + ", ".join(naming.attrs["unused"]) + "."))

# %% [markdown]
# ## Markers by family and voice
#
# How many lexicon hits each outlet has, split by family and voice: totals over the outlet's
# articles, so an outlet with more or longer articles has more hits; report 03 compares rates.

# %%
outlets = list(dict.fromkeys(articles["outlet"]))
table(
    marker_counts(markers, order=outlets),
    caption="Lexicon markers per outlet and voice (counts).",
    digits=0,
)

# %%
table(
    loaded_term_table(markers, order=outlets),
    caption="Every loaded-term hit, by outlet, voice, subcategory and lexicon term "
    "(case-insensitive; forms: the words as written). These are the words behind the loaded-term "
    "rates.",
    max_rows=80,
)

# %%
n_loaded_author = int(((markers["category"] == "loaded") & (markers["voice"] == "author")).sum())
n_loaded_quoted = int(((markers["category"] == "loaded") & (markers["voice"] == "quoted")).sum())
ReportSummary(
    f"{len(feats)} articles ({int((feats['status'] == 'ok').sum())} usable): "
    f"{int(feats['n_direct_quotes'].sum())} direct quotations, {len(markers)} lexicon markers, "
    f"{n_loaded_author} loaded terms in the outlets' own voice and {n_loaded_quoted} inside "
    "quotations; an excerpt of each article shown with its evidence highlighted."
)

# %% [markdown]
# ## Evidence view
#
# The opening of each article's cleaned body with what the features count. Quotations are in
# *italics on a blue-grey ground*; markers inside a quotation have a dashed outline (quoted
# voice), markers without it are the outlet's own words. Hover over a highlight to see its
# category, term, voice, or the quotation's speaker, reporting verb and its stance.
#
# The articles are copyrighted, so a report meant to be shared shows only an excerpt of each
# (parameter `evidence_max_words`). The counts above are for whole articles: every loaded term
# is listed in the table above, and every span of every family is returned by `analysis.spans`.
# Set `evidence_max_words = None` to see whole articles in a report you keep to yourself.

# %%
display(HTML(evidence_legend()))
shown = articles.head(max_evidence_articles)
for row in shown.itertuples(index=False):
    result = analyse_article(row.text, title=row.title or None, load_issue=row.load_issue)
    heading = f"{row.outlet} — {row.title or '(no title in the scrape)'}"
    display(HTML(article_evidence(result, title=heading, max_words=evidence_max_words)))

# %%
if len(articles) > len(shown):
    display(
        note(
            f"The evidence view shows the first {len(shown)} of {len(articles)} articles "
            "(parameter max_evidence_articles)."
        )
    )
