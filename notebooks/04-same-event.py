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
# # 04 · Same event, different stories: what each outlet quoted, dropped and added
#
# When several outlets report the same event, this report aligns their sentences and quotations to
# show which parts of the shared material each outlet used — verbatim or paraphrased — which it
# left out, and how much is its own.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR, PROCESSED_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
data_dir = str(PROCESSED_DIR)  # where the alignment table is written (CSV, parquet)
max_units = 40  # rows of the alignment figure (most widely carried units first)
# alignment is for a handful of articles about one event: at most this many are aligned, drawn at
# random (seeded) from every outlet in turn
max_articles = 30

# %%
from IPython.display import display

from analysis import load_corpus
from analysis.compare.align import PARAPHRASE_THRESHOLD, VERBATIM_THRESHOLD, align_event
from analysis.plots import plot_alignment
from analysis.report import (
    ReportSummary,
    bullets,
    describe_alignment,
    export_table,
    figure,
    note,
    sample_note,
    spread_sample,
    table,
)

loaded = load_corpus(corpus)
articles = spread_sample(loaded, max_articles, every_group=False)
event = align_event(articles)
per_outlet = event.outlet_summary()

# %% [markdown]
# ## Method
#
# Each cleaned article is cut into units — sentences of the outlet's own text, and quotations.
# Two units from different outlets are linked as **verbatim** when their words match after
# normalising spelling (British/American), quotation marks and editorial brackets (token score
# ≥ the verbatim threshold), and as **paraphrase** when their character n-gram TF-IDF cosine
# reaches the paraphrase threshold. Linked units form one row of the matrix below; a unit that only
# one outlet has is that outlet's own material. This is only meaningful when the articles report
# the same event.

# %%
if len(loaded) > len(articles):
    display(
        note(
            sample_note(articles, "articles", parameter="max_articles")
            + " Alignment compares articles about one event; pass a corpus of one event's "
            "coverage.",
            kind="caveat",
        )
    )
note(
    f"Thresholds: verbatim token score ≥ {VERBATIM_THRESHOLD}, paraphrase cosine ≥ "
    f"{PARAPHRASE_THRESHOLD}; units shorter than {event.params.get('min_words', '?')} words are "
    f"ignored. {len(event.units)} units in all, {int((event.units['n_outlets'] >= 2).sum())} "
    "carried by two or more outlets."
)

# %%
n_shared = int((event.units["n_outlets"] >= 2).sum())
if n_shared == 0:
    display(
        note(
            "No sentence or quotation of these articles is carried by two outlets, so there is no "
            "alignment to draw: they do not report the same event. The tables below list each "
            "outlet's own material."
        )
    )
else:
    ax = plot_alignment(event, max_units=max_units, min_outlets=2)
    display(
        figure(
            ax.figure,
            caption=f"Units carried by at least two outlets (rows; at most {max_units}, most "
            "widely carried first) by outlet (columns; n = all units of that outlet). Colours as "
            "in the legend: verbatim, paraphrase, absent. Row labels: the unit id (as cited "
            "below), Q for a quotation or S for a statement in the outlet's own words, then the "
            "unit's first words.",
        )
    )

# %% [markdown]
# ## What each outlet did with the shared material

# %%
bullets(describe_alignment(event))

# %%
table(
    per_outlet[
        [
            "n_units",
            "n_shared",
            "n_unique",
            "n_quotes",
            "n_shared_quotes",
            "n_verbatim",
            "n_paraphrase",
            "unique_context_share",
        ]
    ].rename(
        columns={
            "n_units": "units",
            "n_shared": "shared",
            "n_unique": "unique",
            "n_quotes": "quotes",
            "n_shared_quotes": "shared quotes",
            "n_verbatim": "verbatim",
            "n_paraphrase": "paraphrase",
            "unique_context_share": "own statements (share)",
        }
    ),
    caption="Per outlet: units, shared with another outlet, unique to it; quotation units; "
    "verbatim/paraphrase links among its shared units; share of its own statements found in no "
    "other outlet.",
    index=True,
)

# %% [markdown]
# ## The shared quotations

# %%
table(
    event.table(kind="quote", min_outlets=2, max_len=110).drop(columns=["kind"]),
    caption="Quotation units found in two or more outlets: verbatim, paraphrase, or blank when the "
    "outlet does not carry it.",
    index=True,
    max_rows=None,
    max_colwidth=110,
)

# %% [markdown]
# ## Material only one outlet has
#
# The first few of each outlet's unique statements — context it added that no other outlet
# in the corpus carries (background, reactions, other sources).

# %%
unique = event.table(kind="statement", max_len=140)
unique = unique[unique["n_outlets"] == 1]
for outlet in event.outlets:
    mine = unique[unique[outlet] != ""]
    display(
        table(
            mine.reset_index()[["text"]].head(6),
            caption=f"{outlet}: {len(mine)} unique statement unit(s); first {min(6, len(mine))}.",
            max_colwidth=140,
        )
    )

# %% [markdown]
# ## The alignment table

# %%
export_table(
    event.units.drop(columns=["occurrences"]).join(event.matrix),
    "alignment",
    folder=data_dir,
    description="Every unit (statement or quotation) with how each outlet carries it (verbatim, "
    "paraphrase or absent).",
)

# %%
ReportSummary(describe_alignment(event)[0] + " Per outlet: what it quoted, left out and added.")
