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
# Which outlets, dates and article lengths the analysis rests on, and what was stripped from each
# article's raw text (a scrape, or a news database's export) before any feature was computed.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR, PROCESSED_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
data_dir = str(PROCESSED_DIR)  # where the list of articles that are not news reports is written
max_articles_listed = 25  # articles listed one by one (a sample across all outlets)
grouping = "outlet"  # the corpus column the groups come from (framing report: --outlet-column)
lexicons = None  # your own lexicon CSV files (list of paths); None: bundled ones, packs that fit

# %%
import pandas as pd
from IPython.display import display

from analysis import corpus_checks, load_corpus
from analysis.clean import clean_corpus, removal_table
from analysis.compare import stratified_sample
from analysis.detect.packs import corpus_lexicons
from analysis.quality import article_genres
from analysis.report import (
    ReportSummary,
    bullets,
    corpus_table,
    count_of,
    export_table,
    note,
    outlet_overview,
    quality_summary,
    quality_table,
    table,
)
from analysis.report.empty_bodies import empty_bodies_note
from analysis.report.grouping import group_noun
from analysis.report.scope import pack_note

articles = load_corpus(corpus)
lexicons = corpus_lexicons(articles["text"], lexicons)  # None: the bundled packs that fit
cleaned = clean_corpus(articles)
overview = corpus_table(cleaned)
removed = removal_table(articles)
checks = corpus_checks(articles)
noun = group_noun(grouping)  # "lean" when framing report --outlet-column lean

# %% [markdown]
# ## Data quality: read this first
#
# What in the corpus itself can make outlets look different when their framing is not
# (`corpus_checks`): outlets whose texts are lead paragraphs or cut at a fixed length, very
# unequal lengths, the same text twice, letters, live blogs, opinion and other pages that are not
# news reports, texts not in English, outlets with few articles, and dates that could not be read
# or cover different periods. *Warnings* can bias a comparison of outlets; *notes* are worth
# knowing. The later reports repeat the warnings where they matter. The last box says which topic
# pack (the naming groups, loaded terms and actor sides of one story) the later reports use,
# and how many articles name that story.

# %%
display(note(quality_summary(checks), kind="caveat" if len(checks) else "note"))
pack_text, pack_kind = pack_note(articles["text"], lexicons)
if len(checks):
    display(
        table(
            quality_table(checks),
            caption="Data-quality findings (corpus_checks), errors and warnings first.",
            max_rows=None,
            max_colwidth=None,
        )
    )
if len(checks) and (checks["check"] == "genre_mix").any():
    # the articles that are not news reports, for a user of framing report to drop by id
    genres = article_genres(articles)
    genres = genres.merge(articles[["article_id", "title", "url"]], on="article_id", how="left")
    display(
        export_table(
            genres,
            "genres",
            folder=data_dir,
            description="The articles that look like opinion pages, live blogs, letters … (not "
            "news reports), one row each with the cue that marked it: to compare news with "
            "news, drop these ids from the corpus file and run framing report again.",
            formats=("csv",),
        )
    )
display(note(pack_text, kind=pack_kind))

# %% [markdown]
# ## Method
#
# Articles are read exactly as scraped or exported (`load_corpus`); the raw files are never
# modified.
# `clean_corpus` then separates each article's body from the page around it, line by line, with
# rules kept as data in `analysis/lexicons/boilerplate.csv` (aggregator and site chrome, adverts,
# donation appeals, photo captions, teasers for other stories, bylines, correction notes,
# near-duplicate caption copies of body paragraphs). Every removed line is recorded with the rule
# that removed it, so the cleaning can be audited below. All later features are computed on the
# cleaned body only.
#
# What reading the files inferred or changed is listed first: outlets read from folder names,
# dates read from file names, encodings that were not UTF-8, outlet names merged (by case, or web
# hosts of one site), dates that could not be read, files kept as flagged rows.

# %%
load_notes = list(articles.attrs.get("load_report", []))
shown_notes = load_notes[:30] + (
    [f"… and {len(load_notes) - 30:,} more (articles.attrs['load_report'])"]
    if len(load_notes) > 30
    else []
)
if shown_notes:
    display(bullets(shown_notes, title="How the corpus was read (load_corpus)"))
else:
    display(note("load_corpus read the corpus as given: nothing was inferred or changed."))

# %% [markdown]
# ## Articles and lengths

# %%
by_outlet = outlet_overview(overview)  # outlets in name order, as in every later report
display(
    table(
        by_outlet.assign(
            first=by_outlet["first"].dt.strftime("%d %b %Y"),
            last=by_outlet["last"].dt.strftime("%d %b %Y"),
        )
        .rename(
            columns={
                "median_words_raw": "median words (raw)",
                "median_words_body": "median words (body)",
                "min_words_body": "fewest words (body)",
                "max_words_body": "most words (body)",
                "lines_removed": "lines removed",
                "empty": "no words after cleaning",
            }
        )
        .rename_axis(noun),
        caption=f"Articles per {noun}: publication dates, median length of the raw text and of "
        "the cleaned body, lines removed by cleaning, articles left with no words. Very different "
        "lengths (e.g. lead paragraphs against full articles) make length-sensitive features such "
        "as the quotation share hard to compare.",
        index=True,
        digits=0,
    )
)
if empty_bodies_note(by_outlet, noun=noun):
    display(note(empty_bodies_note(by_outlet, noun=noun)))

# %%
shown = stratified_sample(overview, n=max_articles_listed, random_state=0)
table(
    shown.rename(
        columns={
            "words_raw": "words (raw)",
            "words_body": "words (body)",
            "lines_removed": "lines removed",
            "chars_removed_pct": "characters removed (%)",
            "load_issue": "load issue",
            "outlet": noun,
        }
    ),
    caption="Articles: words in the raw text and in the cleaned body, lines removed by "
    "cleaning, and the share of raw characters removed"
    + (
        f"; a seeded random sample of {len(shown):,} of {len(overview):,} articles with every "
        f"{noun} represented (parameter max_articles_listed)."
        if shown.attrs["sampled"]
        else "."
    ),
    max_rows=None,
)

# %%
ReportSummary(
    f"{count_of(len(articles), 'article')} from {count_of(articles['outlet'].nunique(), noun)}"
    + (
        f", published {overview['published'].min():%d %b %Y}"
        + (
            ""
            if overview["published"].min() == overview["published"].max()
            else f" to {overview['published'].max():%d %b %Y}"
        )
        if overview["published"].notna().any()
        else ", no publication dates"
    )
    + f"; cleaning kept {overview['words_body'].sum():,} of {overview['words_raw'].sum():,} words "
    f"and removed {len(removed):,} lines of page furniture."
)

# %% [markdown]
# ## What cleaning removed, and why
#
# Counts of removed lines by reason (rows) and group (columns: the outlets, or the leans,
# countries … of the column `framing report --outlet-column` names). Reasons: *aggregator* — the
# aggregator's own page around a syndicated article; *navigation*, *footer*, *promo*, *comments*
# — site chrome; *advert*; *appeal* — donation or subscription appeals; *caption* — photo captions
# interleaved with the body; *embed* — an embedded social-media post or a media player's text;
# *teaser* — headlines of other stories; *duplicate* — a caption that
# repeats a body paragraph; *title*, *byline*, *standfirst* — kept as metadata, not body text;
# *correction* — correction notes (kept as notes); *heading* — short in-body section headings;
# *html* — markup.

# %%
table(
    pd.crosstab(removed["reason"], removed["outlet"]).reindex(
        columns=list(by_outlet.index), fill_value=0
    ),
    caption=f"Removed lines by reason and {noun}.",
    index=True,
    digits=0,
)

# %% [markdown]
# ### Removed lines, article by article
#
# Each line as it appeared in the raw file (truncated), with its line number and the reason it
# was removed. An article with no row here was kept whole.

# %%
listed_ids = stratified_sample(articles, n=max_articles_listed, random_state=0)["article_id"]
listed = removed[removed["article_id"].isin(listed_ids)]
if len(articles) > max_articles_listed:
    display(
        note(
            f"Removed lines are listed for a seeded random sample of {len(listed_ids):,} of "
            f"{len(articles):,} articles, every {noun} represented (parameter "
            "max_articles_listed).",
            kind="note",
        )
    )
for (aid, outlet), lines in listed.groupby(["article_id", "outlet"], sort=False):
    display(
        table(
            lines[["line_no", "reason", "text"]].rename(
                columns={"line_no": "line", "text": "removed line"}
            ),
            caption=f"{outlet} ({aid}): {len(lines):,} removed line(s).",
            max_rows=None,
            max_colwidth=110,
        )
    )

# %%
kept_whole = overview.loc[overview["lines_removed"] == 0, "outlet"].value_counts(sort=False)
note(
    (
        "Kept whole (nothing removed): "
        + "; ".join(f"{k:,} of {by_outlet.loc[o, 'articles']:,} {o}" for o, k in kept_whole.items())
        + " article(s). Check that these scrapes really have no page furniture."
    )
    if len(kept_whole)
    else "Every article had some page furniture removed."
)
