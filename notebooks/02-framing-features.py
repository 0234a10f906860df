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
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR, PROCESSED_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
lexicons = None  # your own lexicon CSV files (list of paths); None: bundled ones, packs that fit
max_evidence_articles = 20  # the evidence view shows at most this many articles (every outlet)
evidence_max_words = (
    120  # words of each article shown in the evidence view (an excerpt); None shows whole articles
)
max_table_articles = 12  # the per-article tables show at most this many articles (every outlet)
data_dir = str(PROCESSED_DIR)  # where the feature and evidence tables are written (CSV, parquet)
kwic_max_chars = 3_000_000  # characters of text the keyword search holds (a sample beyond)
evidence_max_rows = 5000  # sentences behind the table cells held in the page (a sample beyond)

# %%
from IPython.display import HTML, display

from analysis import load_corpus
from analysis.compare import add_percentages
from analysis.detect.packs import corpus_lexicons
from analysis.pipeline import analyse_article, featurize, spans
from analysis.report import (
    ReportSummary,
    article_evidence,
    evidence_block,
    evidence_legend,
    evidence_sentences,
    export_table,
    feature_table,
    kwic_html,
    kwic_sentences,
    link_cells,
    loaded_term_table,
    marker_counts,
    naming_note,
    naming_table,
    note,
    sample_note,
    spread_sample,
    table,
)

articles = load_corpus(corpus)
lexicons = corpus_lexicons(articles["text"], lexicons)  # None: the bundled packs that fit
feats = featurize(articles, progress=False, lexicons=lexicons)
evidence = spans(articles, lexicons=lexicons)
markers = evidence[evidence["family"] == "marker"]

# %%
# what the numbers rest on: the data-quality warnings of report 01 that bear on comparing
# outlets, and the topic packs used (and how much of the corpus is about their story)
from analysis.report.feature_summary import features_summary
from analysis.report.scope import corpus_notes

display(*corpus_notes(articles, lexicons))

# %% [markdown]
# ## Method
#
# Each article goes through the same pipeline: cleaning (report 01) → direct and scare quotations
# with their speaker and reporting verb, and reported speech without quotation marks → lexicon
# markers → readability. Every marker is assigned a **voice**: *quoted* when it falls inside a
# quotation, *reported* when it falls inside indirect speech attributed to a source ("the
# minister claimed the country had been forced …", "denounced by the government as an immoral
# stunt", "according to officials …"), *author* otherwise (the outlet's own words;
# `docs/features.md`). Rates are per 1,000 words **of that voice**, so an outlet that quotes or
# reports a source calling its opponents "barbarians" is not scored as calling anyone a barbarian.
# Lexicons are CSV files in `analysis/lexicons/` with their provenance; their hashes are in the
# run manifest at the end of this page.

# %% [markdown]
# ## Features per article
#
# Articles whose `status` is not `ok` (unusable, not English, too short) keep their row but are
# excluded from outlet comparisons.

# %%
key = {
    "status": "status",
    "n_words": "words (body)",
    "quote_share_pct": "words in direct quotations (%)",
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
shown_feats = add_percentages(spread_sample(feats, max_table_articles))
titles = (  # a title row names each article shown (its column label is outlet · id)
    dict(zip(articles["article_id"].astype(str), articles["title"].fillna("").astype(str)))
    if "title" in articles.columns
    else None
)
per_article = feature_table(shown_feats, key, max_articles=None, titles=titles)
# more outlets than max_table_articles (each shows one article): articles as rows, paged
as_rows = len(shown_feats) > max_table_articles
layout = "rows: articles, columns: features" if as_rows else "columns: articles"
display(
    table(
        per_article.T if as_rows else per_article,
        caption=f"Main framing features per article ({layout}), for the whole article. Words "
        "in direct quotations in % (as in reports 03 and 06); rates are per 1,000 words of the "
        "given voice; readability on the cleaned body. The full feature table has "
        f"{feats.shape[1]} columns (docs/features.md).",
        index=True,
        max_rows=None,  # the sample has every outlet; the table pages
    )
)
display(
    export_table(
        feats,
        "features",
        folder=data_dir,
        description=f"All {feats.shape[1]} features of all {len(feats):,} articles.",
    )
)
if len(shown_feats) < len(feats):
    display(
        note(
            sample_note(
                shown_feats, "articles", parameter="max_table_articles", rest="features.csv"
            )
        )
    )

# %% [markdown]
# ## Naming variants
#
# Which form each outlet uses in its **own voice** for contested names (forms joined by `+` when
# an outlet uses several; empty when it names nothing in that group).

# %%
naming = naming_table(shown_feats, max_articles=None)
if len(naming):
    display(
        table(
            naming.T if as_rows else naming,
            caption="Naming forms used in the authorial voice, by naming group and article ("
            + ("rows: articles, columns: naming groups" if as_rows else "rows: naming groups")
            + ").",
            index=True,
            max_rows=None,
        )
    )
if naming_note(naming):
    display(note(naming_note(naming)))

# %% [markdown]
# ## Markers by family and voice
#
# How many lexicon hits each outlet has, split by family and voice.

# %%
display(
    export_table(
        evidence,
        "evidence",
        folder=data_dir,
        description="Every span behind every number (quotations, reported speech, attributions, "
        "markers, removed lines), with offsets into the cleaned body.",
    )
)
behind = evidence_sentences(evidence, articles, max_rows=evidence_max_rows)
display(evidence_block(behind, where="the evidence table (data/evidence.csv)"))
outlets = sorted(articles["outlet"].astype(str).unique())  # name order, as in every report
if articles["outlet"].value_counts().max() == 1:
    display(
        note(
            "One article per outlet: these are counts for that one article, not properties of the "
            "outlet."
        )
    )
counts = marker_counts(markers, order=outlets, features=feats)
table(
    counts,
    caption="Lexicon markers per outlet and voice (counts; click a count for its sentences); "
    "words: the outlet's words in that voice, all articles, so that counts of outlets with long "
    "and short texts compare (rates per article are in report 03).",
    digits=0,
    max_rows=None,  # every outlet
    evidence=link_cells(
        [c for c in counts.columns[2:] if c != "words"],
        row_fields={"outlet": "outlet", "voice": "voice"},
        column_field="category",
        fixed={"family": "marker"},
    ),
)

# %%
table(
    loaded_term_table(markers, order=outlets, by_term=True),
    caption="Every loaded-term hit, by lexicon term (most frequent first), outlet and voice "
    "(case-insensitive; forms: the words as written). These are the words behind the loaded-term "
    "rates; sort or search the table, click a count for its sentences.",
    max_rows=2000,
    evidence=link_cells(
        ["n"],
        row_fields={
            "outlet": "outlet",
            "voice": "voice",
            "subcategory": "subcategory",
            "term": "term",
        },
        fixed={"category": "loaded"},
    ),
)

# %% [markdown]
# ## Keyword in context
#
# Type a word or phrase to see every sentence that has it, by outlet and by voice: the outlet's
# own words (*author*), words inside a quotation (*quoted*), or indirect speech attributed to a
# source without quotation marks (*reported*: "officials said the plan was ..."), the same three
# voices as the marker tables above, except that a speaker and reporting verb ("officials said")
# are always the outlet's words here. The counts tell which outlets use a word and in whose
# voice; the sentences show how.

# %%
kwic_html(kwic_sentences(articles, evidence, max_chars=kwic_max_chars))

# %%
ReportSummary(features_summary(feats, markers))

# %% [markdown]
# ## Evidence view
#
# The opening of each article's cleaned body with what the features count. Quotations are in
# *italics on a blue-grey ground*, reported speech (a source's words without quotation marks,
# the speaker and reporting verb left out) is underlined on a sand ground; markers inside a
# quotation have a dashed outline (quoted voice), markers in reported speech are in the reported
# voice, the others are the outlet's own words. Hover over a highlight to see its category,
# term, voice, or the quotation's speaker, reporting verb and its stance.
#
# The articles are copyrighted, so a report meant to be shared shows only an excerpt of each
# (parameter `evidence_max_words`). The counts above are for whole articles: every loaded term
# is listed in the table above, and every span of every family is returned by `analysis.spans`.
# Set `evidence_max_words = None` to see whole articles in a report you keep to yourself.

# %%
display(HTML(evidence_legend()))
shown = spread_sample(articles, max_evidence_articles)
for row in shown.itertuples(index=False):
    result = analyse_article(row.text, title=row.title or None, load_issue=row.load_issue)
    heading = f"{row.outlet} — {row.title or '(no title in the scrape)'}"
    display(HTML(article_evidence(result, title=heading, max_words=evidence_max_words)))

# %%
if len(articles) > len(shown):
    display(note(sample_note(shown, "articles", parameter="max_evidence_articles")))
