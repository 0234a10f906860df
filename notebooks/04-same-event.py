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
# # 04 · Same event, different stories: what each group quoted, dropped and added
#
# Where several groups of the corpus — its outlets, or the countries, leans … of the column
# `framing report --outlet-column` names — report the same event, this report aligns their
# sentences and quotations to show which parts of the shared material each group used —
# verbatim or paraphrased — which it left out, and how much is its own. The events are taken
# from the corpus's `event` column when it has one; otherwise they are found in the data:
# articles of different groups published within a few days of each other with similar words.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR, PROCESSED_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
data_dir = str(PROCESSED_DIR)  # where the alignment table is written (CSV, parquet)
max_units = 40  # rows of the alignment figure (most widely carried units first)
event = "auto"  # event to align: "auto" (the one most groups report) or a value of the table
event_column = "event"  # column naming each article's event, when the corpus has one
max_days = 3  # found events span at most this many days …
min_similarity = 0.2  # … and their articles' words have at least this TF-IDF cosine
max_events_listed = 15  # rows of the table of events
grouping = "outlet"  # the corpus column the groups come from (framing report: --outlet-column)

# %%
from IPython.display import Markdown, display

from analysis import corpus_checks, load_corpus
from analysis.clean import clean_corpus
from analysis.compare.align import (
    PARAPHRASE_THRESHOLD,
    VERBATIM_THRESHOLD,
    align_event,
    event_articles,
    events_for_export,
    find_events,
    unit_sentences,
)
from analysis.evaluation.scores import accuracy_note
from analysis.plots import plot_alignment
from analysis.report import (
    ReportSummary,
    bullets,
    count_of,
    describe_alignment,
    export_table,
    figure,
    note,
    partial_texts,
    quality_caveat,
    table,
)
from analysis.report.events import event_coverage
from analysis.report.grouping import group_noun
from analysis.report.quality import shared_copy_note
from analysis.text.plural import plural

noun = group_noun(grouping)  # "country" when framing report --outlet-column country
nouns = plural(noun)
loaded = clean_corpus(load_corpus(corpus))  # events and units from the cleaned bodies
events = find_events(
    loaded, event_column=event_column, max_days=max_days, min_similarity=min_similarity
)
# "auto": of the events most groups report (most cohesive first), the first whose articles
# share any sentence or quotation (at most five are tried)
if events.empty:
    candidates = []
elif event == "auto":
    ranked = events.sort_values(["n_outlets", "similarity"], ascending=False, kind="stable")
    candidates = list(ranked["event"].head(5))
else:
    candidates = [event]
chosen = None
for candidate in candidates:
    articles = event_articles(loaded, events, str(candidate))
    aligned = align_event(articles)
    if chosen is None or int((aligned.units["n_outlets"] >= 2).sum()) > 0:
        chosen, kept = candidate, (articles, aligned)
    if int((aligned.units["n_outlets"] >= 2).sum()) > 0:
        break
if chosen is not None:
    articles, aligned = kept
    per_outlet = aligned.outlet_summary()
    row = events.set_index("event").loc[chosen]

# %%
# what the alignment rests on: the data-quality warnings of report 01; a group whose texts
# are leads (or cut) cannot carry what its article says further down
checks = corpus_checks(loaded)
partial = partial_texts(checks)
caveat = quality_caveat(checks, n_outlets=int(loaded["outlet"].nunique()), noun=noun)
if caveat:
    display(
        note(
            caveat
            + (
                f" What {nouns} whose texts are only part of their articles seem to leave out "
                "of an event may be in the rest of the article, which the corpus does not hold."
                if partial
                else ""
            ),
            kind="caveat",
        )
    )

# %%
display(
    Markdown(
        "## Method\n\n**Finding events.** With an event column, its values are the events. "
        "Without one, each article's title and body become a TF-IDF vector; articles of "
        f"*different* {nouns} whose cosine similarity reaches `min_similarity` and whose dates "
        "are at most `max_days` apart are grouped (average linkage, at most one article per "
        f"{noun}), and groups with two or more {nouns} are events. **Aligning one event.** Each "
        f"cleaned article is cut into units — sentences of the {noun}'s own text, and "
        f"quotations. Two units from different {nouns} are linked as **verbatim** when their "
        "words match after normalising spelling (British/American), quotation marks and "
        "editorial brackets, and as **paraphrase** when their character n-gram TF-IDF cosine "
        "reaches the paraphrase threshold. Linked units form one row of the matrix below; a "
        f"unit that only one {noun} has is that {noun}'s own material."
    )
)

# %%
if events.empty:
    how = (
        f"it has one {noun} only ({loaded['outlet'].iloc[0]}), and this report compares what "
        f"different {nouns} carried of one event"
        if loaded["outlet"].nunique() < 2
        else f"no value of its {event_column!r} column is shared by two {nouns}"
        if events.attrs.get("method") == "column"
        else f"no articles of two {nouns} within {max_days:g} days have similar enough words "
        f"(TF-IDF cosine ≥ {min_similarity:g})"
    )
    display(
        note(
            f"No event is reported by two or more {nouns} in this corpus ({len(loaded):,} "
            f"articles): {how}. Same-event alignment and the sections below are skipped"
            + (
                "."
                if loaded["outlet"].nunique() < 2
                else f"; add an {event_column!r} column naming each article's event, or lower "
                "min_similarity / raise max_days."
            ),
            kind="skip",
        )
    )
else:
    source = (
        f"the corpus's {event_column!r} column"
        if events.attrs["method"] == "column"
        else f"articles of different {nouns} within {max_days:g} days with TF-IDF cosine ≥ "
        f"{min_similarity:g}"
    )
    display(
        table(
            events.head(max_events_listed)
            .assign(
                first=events["first"].dt.strftime("%d %b %Y"),
                last=events["last"].dt.strftime("%d %b %Y"),
            )[["event", "label", "n_outlets", "n_articles", "outlets", "first", "last"]]
            .rename(
                columns={
                    "label": "story (most central title)",
                    "n_outlets": nouns,
                    "n_articles": "articles",
                    "outlets": "which",
                    "first": "from",
                    "last": "to",
                }
            ),
            caption=f"{len(events):,} event(s) reported by two or more {nouns}, from {source}; "
            + (f"the first {max_events_listed} shown, " if len(events) > max_events_listed else "")
            + f"most {nouns} first. "
            + event_coverage(events, len(loaded), noun=noun)
            + " The rest of this report aligns event "
            f"{chosen} (parameter event; by default, of the events most {nouns} report, the "
            "one with the most similar articles that share a sentence or quotation).",
            max_colwidth=90,
        )
    )
    if events.attrs["method"] == "inferred":
        display(note(accuracy_note("same-event grouping"), kind="caveat"))

# %%
if chosen is not None:
    display(
        note(
            f"Event {chosen}: {row['label']} — {len(articles):,} articles from "
            f"{count_of(int(row['n_outlets']), noun)} ({row['outlets']}). Thresholds: verbatim "
            "token score ≥ "
            f"{VERBATIM_THRESHOLD}, paraphrase cosine ≥ {PARAPHRASE_THRESHOLD}; units shorter "
            f"than {aligned.params.get('min_words', '?')} words are ignored. "
            f"{len(aligned.units):,} units in all, "
            f"{int((aligned.units['n_outlets'] >= 2).sum()):,} carried by two or more {nouns}. "
            + accuracy_note("alignment links", measures=("precision",))
        )
    )
    copied = shared_copy_note(articles, noun=noun)  # one wire story two ran: not two choices
    if copied:
        display(note(copied, kind="caveat"))

# %%
if chosen is not None and int((aligned.units["n_outlets"] >= 2).sum()) == 0:
    display(
        note(
            f"No sentence or quotation of this event is carried by two {nouns}"
            + (
                f" (nor of the other {len(candidates) - 1:,} event(s) tried)"
                if event == "auto" and len(candidates) > 1
                else ""
            )
            + f": nothing to draw. The {nouns} reported it in their own words; what each "
            "wrote is listed at the end.",
            kind="skip",
        )
    )
elif chosen is not None:
    ax = plot_alignment(aligned, max_units=max_units, min_outlets=2, noun=noun)
    display(
        figure(
            ax.figure,
            caption=f"Units carried by at least two {nouns} (rows; at most {max_units}, most "
            f"widely carried first) by {noun} (columns; n = all units of that {noun}). Colours "
            "as in the legend: verbatim, paraphrase, absent. Row labels: the unit id (as cited "
            f"below), Q for a quotation or S for a statement in the {noun}'s own words, then the "
            f"unit's first words as one {noun} wrote them. Verbatim is "
            f"the {noun} whose words the row label quotes "
            f"and any other with the same words; paraphrase, any {noun} that has it in other "
            "words.",
        )
    )

# %%
if chosen is not None:
    display(Markdown(f"## What each {noun} did with the shared material"))
    if int((aligned.units["n_outlets"] >= 2).sum()):
        display(bullets(describe_alignment(aligned, partial=partial, noun=noun)))
    display(
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
            ]
            .assign(unique_context_share=100 * per_outlet["unique_context_share"])
            .rename_axis(noun)
            .rename(
                columns={
                    "n_units": "units",
                    "n_shared": "shared",
                    "n_unique": "unique",
                    "n_quotes": "quotes",
                    "n_shared_quotes": "shared quotes",
                    "n_verbatim": "verbatim",
                    "n_paraphrase": "paraphrase",
                    "unique_context_share": "own statements (%)",
                }
            ),
            caption=f"Per {noun}: units, shared with another {noun}, unique to it; quotation "
            f"units; its shared units in words another {noun} has too (verbatim) and only in "
            f"other words (paraphrase); share of its own statements found in no other {noun} "
            "(%).",
            index=True,
            digits=1,
        )
    )

# %%
if chosen is not None:
    display(Markdown("## The shared quotations"))
    shared_quotes = (
        aligned.table(kind="quote", min_outlets=2, max_len=110)
        .drop(columns=["kind"])
        .rename(columns={"n_outlets": nouns})
    )
    display(
        table(
            shared_quotes,
            caption=f"Quotation units found in two or more {nouns}: verbatim, paraphrase, or "
            f"blank when the {noun} does not carry it. Speaker: who the {nouns} attribute it "
            f"to; when they name different people, each with the {nouns} that name them.",
            index=True,
            max_rows=None,
            max_colwidth=110,
        )
        if len(shared_quotes)
        else note(f"No quotation is carried by two or more {nouns}.", kind="skip")
    )

# %%
if chosen is not None:
    display(
        Markdown(
            f"## Material only one {noun} has\n\nThe first few of each {noun}'s own "
            f"statements — sentences with material no other {noun} reporting this event carries "
            "(background, reactions, other sources), shown whole; a sentence can also hold "
            f"a quotation other {nouns} carry (table above): its own material is the rest."
        )
    )
    own = aligned.units[(aligned.units["kind"] == "statement") & (aligned.units["n_outlets"] == 1)]
    for outlet in aligned.outlets:
        mine = own[own["outlets"].map(lambda o, outlet=outlet: outlet in o)]
        sentences = unit_sentences(aligned, list(mine.index), outlet=outlet)
        display(
            table(
                sentences[["sentence"]].head(6),
                caption=f"{outlet}: {len(sentences):,} sentence(s) with material of its own; "
                f"first {min(6, len(sentences)):,}.",
                max_colwidth=None,
            )
        )

# %%
if chosen is not None:
    display(Markdown("## The alignment table"))
    display(
        export_table(
            aligned.units.drop(columns=["occurrences"]).join(aligned.matrix),
            "alignment",
            folder=data_dir,
            description=f"Event {chosen}: every unit (statement or quotation) with how each "
            f"{noun} carries it (verbatim, paraphrase or absent).",
        )
    )
    display(
        export_table(
            events_for_export(events),
            "events",
            folder=data_dir,
            description=f"The events reported by two or more {nouns}, with their articles.",
        )
    )

# %%
ReportSummary(
    f"{len(events):,} event(s) reported by two or more {nouns}; event {chosen} aligned: "
    + (
        # after the colon in lower case ("aligned: no quotation appears in both outlets")
        describe_alignment(aligned, partial=partial, noun=noun)[0].replace(
            "No quotation", "no quotation"
        )
        if int((aligned.units["n_outlets"] >= 2).sum())
        else "its articles share no sentence or quotation."
    )
    if chosen is not None
    else f"One {noun} only in these {len(loaded):,} articles: no same-event alignment."
    if loaded["outlet"].nunique() < 2
    else f"No event is reported by two or more {nouns} in these {len(loaded):,} articles: "
    "no alignment."
)
