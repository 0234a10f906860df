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
# # 09 · Agency in harm reporting: who did what to whom
#
# How each outlet grammatically realises harm to people — "police shot two protesters"
# (active, agent named), "a bomb killed two" (an instrument as subject), "two protesters were
# shot" (agentless passive), "the deaths of two protesters" (nominal), "two protesters died"
# (intransitive) — and how often the one who caused the harm disappears from the sentence,
# by voice and by the victim's side, with every sentence behind the numbers.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
lexicons = None  # your own lexicon CSV files (list of paths); None: bundled ones, packs that fit
by = "outlet"  # column to compare (e.g. outlet, outlet_country)
grouping = "outlet"  # the corpus column the outlet column came from (framing report sets it)
max_articles = None  # analyse at most this many articles (a seeded sample); None: all
n_boot = 2000  # bootstrap resamples for the intervals
random_state = 0  # seed of the sample and of the bootstrap
max_evidence = 40  # harm-event sentences shown in the evidence view
alpha = 0.05  # level of the tested differences in the erasure rate
correction = "holm"  # multiple-comparison adjustment: "holm", "bh", "bonferroni" or "none"
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written

# %%
from IPython.display import display

from analysis import corpus_checks, load_corpus
from analysis.compare.agency import (
    erasure_differences,
    erasure_table,
    form_share_intervals,
    form_share_table,
    harm_event_table,
)
from analysis.detect.packs import corpus_lexicons
from analysis.evaluation.scores import accuracy_note
from analysis.pipeline import analyse_corpus
from analysis.plots import plot_form_shares, save_figure
from analysis.report import (
    ReportSummary,
    bullets,
    figure,
    note,
    partial_by_group,
    partial_texts,
    table,
)
from analysis.report.grouping import group_noun, grouping_caveat
from analysis.report.harm import (
    erasure_difference_sentences,
    erasure_display,
    erasure_sentences,
    form_share_display,
    harm_count,
    harm_coverage,
    harm_evidence,
    side_coverage,
)
from analysis.report.sampling import sample_note, spread_sample

articles = load_corpus(corpus)
lexicons = corpus_lexicons(articles["text"], lexicons)  # None: the bundled packs that fit
if max_articles is not None and len(articles) > max_articles:
    articles = articles.sample(n=max_articles, random_state=random_state).sort_index()
analyses = analyse_corpus(articles, lexicons=lexicons)
events = harm_event_table(analyses, articles, by=by)
n_ok = sum(a.status == "ok" for a in analyses)
usable_groups = articles.loc[[a.status == "ok" for a in analyses], by]
# what a group is called: "lean" when framing report --outlet-column lean
noun = group_noun(grouping) if by == "outlet" else by.replace("_", " ")

# %%
# what the numbers rest on: the data-quality warnings of report 01 that bear on comparing
# outlets, and the topic packs used (and how much of the corpus is about their story)
from analysis.report.scope import corpus_notes, no_sides, side_names, unfit_packs

display(*corpus_notes(articles, lexicons, noun=group_noun(grouping)))

# %% [markdown]
# ## Method
#
# Every usable article goes through the per-article route; `find_agency` finds each mention of
# harm to people (killing, death, wounding, injury, attacks on people or places where people
# are, execution, torture, casualties) from the harm-predicate table
# (`analysis/lexicons/agency/`), rejects idioms and other senses ("killing time", "a shooting
# war", "strike a deal", heart and cyber attacks) and attack words with no cue of harm near them
# when they aim at a person ("Trump's attack on Rosenstein") or stand in an article with hardly
# any harm vocabulary (political news: "within striking distance"), reads the **form** from the
# words around the trigger, and records the **agent** and **victim** when the sentence expresses
# them. The **voice** is *quoted* inside quotation marks, *reported* in indirect speech attributed
# in the same sentence ("officials said 12 people were killed"), else *author*. An event is
# **erased** when its form can hide the agent (agentless passive, nominal, intransitive) and no
# agent is expressed. The erasure rate is pooled over a group's events; its 95% interval is a
# bootstrap over the group's articles. Sides come from the actors table of the topic pack.

# %%
notes = [
    accuracy_note(d, measures=m)
    for d, m in (
        (
            "agency",
            (
                "form_macro_f1",
                "precision_passive_agentless",
                "recall_passive_agentless",
                "voice_accuracy",
                "nonevent_rejection",
            ),
        ),
        ("passives", ("accuracy",)),
    )
]
note(
    " ".join(n for n in notes if n) + " The harm-event set is the project's own annotation "
    "(analysis/evaluation/agency_guideline.md), single-coded, of harm words in war reporting "
    "(the two Ukraine-war corpora and AllSides war stories): on news of another story, where "
    "harm words are more often figurative ('the campaign was mortally wounded'), the detector "
    "may do worse than these scores.",
    kind="caveat",
)

# %%
if events.empty:
    display(note("No harm event in the usable articles: nothing to compare.", kind="skip"))
else:
    display(
        table(
            events.groupby(["group", "voice"]).size().unstack(fill_value=0).rename_axis(noun),
            caption=f"Harm events per {noun} and voice ({len(events):,} events in {n_ok:,} usable "
            "articles).",
            index=True,
        )
    )
    coverage, kind = harm_coverage(events, usable_groups)
    display(note(coverage, kind=kind))
    few = grouping_caveat(
        articles.assign(status=[a.status for a in analyses]),
        articles,
        by=by,
        grouping=grouping,
        noun=noun,
    )
    if few:  # a lean of two outlets: its differences may be one outlet's
        display(note(few, kind="caveat"))

# %% [markdown]
# ## How harm is realised
#
# The share of each form among a group's harm events in the outlet's own (author) voice, then
# in all voices: a table of the shares, then a figure with each share's 95% bootstrap interval
# over the group's articles (a share from a handful of events or articles can move a lot).

# %%
for voice, words in (("author", "author-voice harm events"), (None, "harm events")):
    if events.empty or (voice is not None and not (events["voice"] == voice).any()):
        continue
    scope = " (any voice)" if voice is None else ""
    display(
        table(
            form_share_display(form_share_table(events, voice=voice), by=noun),
            caption=f"Share of each form among the {words} of each {noun}{scope}, "
            "in % of its harm events.",
            index=True,
            digits=0,
        )
    )
    shares = form_share_intervals(events, voice=voice, n_boot=n_boot, random_state=random_state)
    ax = plot_form_shares(shares, by=noun, voice=voice or "")
    save_figure(ax, f"09-forms-{voice or 'all'}", shares, folder=figures_dir)
    display(
        figure(
            ax,
            caption=f"Share of each form among the {words} of each {noun}{scope}, with its "
            "95% bootstrap interval over the group's articles (no bar: one article); n = harm "
            "events; articles.",
        )
    )

# %% [markdown]
# ## Who disappears: agent erasure
#
# Erased events / all harm events in the author voice, per group, then split by the side of
# the victim where the actors table knows it (`unknown` otherwise).

# %%
erasure = erasure_table(events, n_boot=n_boot, random_state=random_state)
tested_sentences: list[str] = []  # the tested differences in the erasure rate, for the summary
by_side = erasure_table(events, n_boot=n_boot, random_state=random_state, by_victim_side=True)
if erasure.empty:
    display(note("No author-voice harm event: no erasure rate.", kind="skip"))
else:
    display(
        table(
            erasure_display(erasure, by=noun),
            caption="Agent-erasure rate (author voice): harm events that name no agent, in % of "
            "the group's harm events, with a 95% bootstrap interval over articles; no interval "
            "for a group with one article or whose articles all agree.",
            digits=0,
        )
    )
    # a pack written for another story names a few stray victims: no split by its sides
    misfit = unfit_packs(articles["text"], lexicons, what="no split by the victim's side")
    display(
        note(misfit, kind="skip")
        if misfit
        else note(
            no_sides(
                lexicons,
                what="no erasure rate by the victim's side",
                whom="victim",
                tables=("actors.csv", "harm_actors.csv"),
            ),
            kind="skip",
        )
        if (by_side["victim_side"] == "unknown").all()
        else table(
            erasure_display(by_side, by=noun, side_labels=side_names(lexicons)),
            caption="Agent-erasure rate (author voice) by the victim's side, in %. "
            + side_coverage(by_side)
            + " A rate over a handful of events says little.",
            digits=0,
        )
    )
    display(bullets(erasure_sentences(erasure), title="What the numbers say"))
    # whether two groups' rates differ is tested (permutations of their articles), not read
    # off the intervals; lead-only or cut outlets are said in each sentence
    tested = erasure_differences(
        events,
        n_perm=n_boot,
        n_boot=n_boot,
        alpha=alpha,
        correction=correction,
        random_state=random_state,
    )
    if len(tested):
        partial = partial_by_group(partial_texts(corpus_checks(articles)), articles, by)
        tested = tested.sort_values("p_adjusted", kind="stable")  # the strongest first
        tested_sentences = erasure_difference_sentences(tested, partial=partial)
        display(
            bullets(
                tested_sentences,
                title=f"Tested differences in the erasure rate (each pair of the largest groups "
                f"by {noun}, at least 5 articles each; p from {n_boot:,} permutations of their "
                "articles)",
            )
        )

# %% [markdown]
# ## Evidence
#
# The sentences behind the numbers: erased events first (author voice), then the others. The
# trigger, the agent and the victim are highlighted.

# %%
if not events.empty:
    # a seeded draw from every group (sorted by group, the first rows would show one outlet)
    drawn = spread_sample(events, max_evidence, by="group", random_state=random_state)
    shown = drawn.sort_values(["erased", "voice", "group"], ascending=[False, True, True])
    display(
        harm_evidence(
            shown,
            max_rows=len(shown),
            caption="Harm events with their sentence (offsets into the cleaned body). "
            + sample_note(drawn, "harm events", parameter="max_evidence"),
            by=noun,
        )
    )

# %%
share = events["erased"].mean() if len(events) else float("nan")
ReportSummary(
    # on how many articles the events rest (on a story without violence, a minority)
    (
        harm_count(events, n_ok)
        + f"; {share:.0%} name no agent (agentless passive, nominal or intransitive)."
        if len(events)
        else harm_count(events, n_ok) + "."
    )
    + (f" Author-voice erasure rates: {tested_sentences[0]}" if tested_sentences else "")
)
