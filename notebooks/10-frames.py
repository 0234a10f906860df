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
# # 10 · Generic news frames, with the sentences behind them
#
# How often each outlet uses the five generic frames of Semetko & Valkenburg (2000) —
# responsibility, human interest, conflict, morality, economic consequences — with an uncertainty
# interval, and, one click away, every sentence that made the decision.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
lexicons = None  # your own lexicon CSV files (list of paths); None: bundled ones, packs that fit
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
max_articles = None  # analyse at most this many articles (a seeded sample); None: all
max_sentences = 8  # evidence sentences listed per frame and outlet (all are counted)
n_boot = 2000  # bootstrap resamples for the intervals
alpha = 0.05  # level of the tested differences
correction = "holm"  # multiple-comparison adjustment: "holm", "bh", "bonferroni" or "none"
max_pairwise_groups = 8  # pairwise tests among the largest outlets
grouping = "outlet"  # the corpus column the groups come from (framing report: --outlet-column)

# %%
import pandas as pd
from IPython.display import HTML, display

from analysis import load_corpus
from analysis.compare import add_percentages, outlet_summary
from analysis.detect.frames import FRAMES, default_battery
from analysis.detect.packs import corpus_lexicons
from analysis.evaluation.scores import cut_scores, load_scores
from analysis.pipeline import featurize, spans
from analysis.report import ReportSummary, bullets, note, table, untested_reason
from analysis.report.describe import count_of
from analysis.report.differences import (
    correction_name,
    describe_difference,
    largest_group_pairs,
    strongest_difference,
)
from analysis.report.frames import (
    frame_evidence_html,
    frame_label,
    frame_prevalence_table,
    saturated_frames,
    usable_ids,
)
from analysis.report.grouping import group_noun, grouping_caveat
from analysis.report.scope import pairwise_scope

articles = load_corpus(corpus)
lexicons = corpus_lexicons(articles["text"], lexicons)  # None: the bundled packs that fit
if max_articles is not None and len(articles) > max_articles:
    articles = articles.sample(n=max_articles, random_state=0).sort_index()
feats = featurize(articles, progress=False, lexicons=lexicons)
evidence = spans(articles, lexicons=lexicons)
evidence = evidence[evidence["family"] == "frame"]
battery = default_battery()
questions = {q.id: q.text for q in battery.questions}

# %%
# what the numbers rest on: the data-quality warnings of report 01 that bear on comparing
# outlets, and the topic packs used (and how much of the corpus is about their story)
from analysis import corpus_checks
from analysis.report import partial_texts
from analysis.report.scope import corpus_notes

display(*corpus_notes(articles, lexicons, noun=group_noun(grouping)))
partial = partial_texts(corpus_checks(articles))  # lead-only or cut outlets: said in each sentence

# %% [markdown]
# ## Method
#
# Coders of generic frames answer a battery of yes/no questions per story (Semetko & Valkenburg
# 2000: "Does the story suggest that some level of government is responsible?", "Does one party
# reproach another?", "Is there a mention of the costs?" …). Here each question is answered,
# sentence by sentence, by cue words listed in `analysis/lexicons/frames/` (a government actor
# **and** a responsibility word in one sentence, a person described by age, a cost…). A frame is
# present when its evidence — weighted answers, divided by a power of the story's length
# (economic: a count; responsibility: the fourth root of the sentences; conflict: the sentences to
# the power 0.75; human interest and morality: per word), the power chosen per frame by a
# half-split check on annotated development data and what the length counts by a check that a
# rule fitted on two development sets carries to the third — reaches a threshold chosen on the
# same development data: the best mean F1 among the thresholds that beat calling every story
# positive on every development set, two of them coded with the whole battery (responsibility
# then fires on any clear evidence: on stories coded with the whole battery it is the most common
# frame, as Semetko & Valkenburg found). Nothing is learned from this corpus, and every decision
# can be checked against the sentences listed below. The battery is generic (no topic words);
# topic packs can add cues.

# %%
ok = feats[feats["status"] == "ok"]
# the evidence of the articles compared: an unusable one (too short, not English) has no decision
evidence = evidence[evidence["article_id"].astype(str).isin(usable_ids(ok))]
cols = [f"frame_{f}" for f in FRAMES]
summary = outlet_summary(ok, features=cols, n_boot=n_boot)
prevalence = frame_prevalence_table(summary, FRAMES)
noun = group_noun(grouping)  # what a group is: "lean" when framing report --outlet-column lean
display(
    table(
        prevalence.rename_axis(noun),
        caption=f"Share of each {noun}'s articles in which the frame is present, with the "
        f"{summary.attrs.get('ci', 0.95):.0%} bootstrap interval (articles resampled, "
        f"{n_boot:,} resamples); 'all 16' or '0 of 16': every article of the {noun} agrees, so "
        f"the bootstrap gives no interval. {len(ok):,} usable articles of {len(feats):,}.",
        index=True,
    )
)
# a frame in (nearly) every article of every outlet, or in (nearly) none, tells them not apart
if saturated_frames(summary, FRAMES, noun=noun):
    display(note(saturated_frames(summary, FRAMES, noun=noun), kind="caveat"))
few = grouping_caveat(feats, articles, by="outlet", grouping=grouping, noun=noun)
if few:  # a lean of two outlets: its differences may be one outlet's
    display(note(few, kind="caveat"))

# %% [markdown]
# ## Do the groups differ?
#
# Whether two groups (outlets, or the leans … of `framing report --outlet-column`) use a frame
# in different shares of their articles is tested, not read off overlapping intervals: for
# every pair of the largest groups and every frame, the difference in
# percentage points with its bootstrap interval, Hedges' *g* and a permutation p-value adjusted
# for the number of comparisons (`correction`).

# %%
labels = {f"frame_{f}_pct": f"Articles with the {frame_label(f)} frame (%)" for f in FRAMES}
pairs = largest_group_pairs(
    add_percentages(ok, cols),
    by="outlet",
    features=list(labels),
    max_groups=max_pairwise_groups,
    n_boot=n_boot,
    alpha=alpha,
    correction=correction,
    random_state=0,
)
if pairs["p_adjusted"].notna().any():
    n_held = int(pairs["significant"].fillna(False).astype(bool).sum())
    tested_note = (
        f"{n_held:,} of {pairs.attrs['n_tests']:,} pairwise differences in frame prevalence hold "
        f"after {correction_name(pairs)} adjustment (level {alpha:g})."
    )
    display(
        bullets(
            [
                # whole percentage points, as the prevalence table prints them
                describe_difference(pairs, f, label=label, partial=partial, digits=0)
                for f, label in labels.items()
            ],
            title=f"Tested differences ({correction_name(pairs)}-adjusted over "
            f"{pairs.attrs['n_tests']:,} comparisons, level {alpha:g}; largest pair per frame)",
        )
    )
else:
    tested_note = untested_reason(feats, noun=noun)
    display(note(tested_note, kind="skip"))
if pairwise_scope(pairs, noun=noun, omnibus=False):  # the smaller outlets are left out of the pairs
    display(note(pairwise_scope(pairs, noun=noun, omnibus=False), kind="caveat"))

# %% [markdown]
# ## How accurate is this?
#
# Measured against human annotation (report 05): the scores below are shipped with the package,
# from the last validation run. Read them before the prevalences: a frame whose F1 is close to
# its all-positive baseline is not measured much better than by assuming every article has it.

# %%
sc = load_scores()
sc = sc[(sc["detector"] == "frames") & (sc["held_out"] == "yes")]
if sc.empty:
    display(note("No measured frame scores are shipped with this copy.", kind="caveat"))
else:
    rows = []
    for gold_set, g in sc.groupby("gold_set"):
        val = dict(zip(g["measure"], g["value"].astype(float)))
        for f in FRAMES:
            rows.append(
                {
                    "gold set (held-out half)": gold_set,
                    "frame": frame_label(f),
                    "precision": val.get(f"{f}_precision"),
                    "recall": val.get(f"{f}_recall"),
                    "F1": val.get(f"{f}_f1"),
                    "F1 if every article were positive": val.get(f"{f}_baseline_f1"),
                }
            )
        rows.append(
            {"gold set (held-out half)": gold_set, "frame": "macro-F1", "F1": val["macro_f1"]}
        )
    display(
        table(
            cut_scores(pd.DataFrame(rows)),
            caption="Held-out accuracy of the frame decisions (analysis/evaluation/measured/"
            "frames.csv). frames-generic-synthetic: articles written to one frame, only that frame "
            "counts as gold (strict); frames-semeval2023: Media Frames Corpus labels mapped to the "
            "generic frames (economic and morality exactly, the others partially); "
            "frames-frermann2023 (where measured): US climate news coded with a Semetko & "
            "Valkenburg battery (its 'resolution' frame stands for responsibility). Three "
            "decimals, cut rather than rounded, so that a score just under a threshold is not "
            "shown at it.",
            digits=3,
        )
    )

# %% [markdown]
# ## The evidence (click a line to open it)
#
# Each line lists the sentences of one group's articles that answered a question of one frame:
# the question id (hover for its wording), the sentence with its cue words in bold, the voice
# (*quoted* when all cues are inside a quotation, *reported* when all are in indirect speech
# attributed to a source — the outlet relays someone else's words either way — else *author*)
# and the article. A sentence can answer a question in an article whose evidence stays under the
# frame's threshold: each line says in how many of its articles the frame is present, lists
# their sentences first and marks the others *frame absent*.

# %%
display(
    HTML(
        frame_evidence_html(
            evidence, FRAMES, questions=questions, max_sentences=max_sentences, present=ok
        )
    )
)

# %%
quoted, reported = (
    ((evidence["voice"] == v).mean() for v in ("quoted", "reported"))
    if len(evidence)
    else (float("nan"), float("nan"))
)
top = pd.Series(
    {
        f: pd.to_numeric(col.astype(str).str.extract(r"^(\d+)%")[0], errors="coerce").mean()
        for f, col in prevalence.drop(columns="articles").items()
    },
    dtype=float,
).dropna()
if top.empty:  # no usable article: no prevalence to rank
    ranked = "No frame prevalence: no usable article."
    summary_line = "Frames: no usable article."
else:
    ranked = (
        f"Most frequent frame across the {count_of(len(prevalence), noun)} (mean share of "
        "articles): "
        f"{top.idxmax()} ({top.max():.0f}%); least frequent: {top.idxmin()} ({top.min():.0f}%)."
    )
    summary_line = (
        f"Frames in {len(ok):,} articles: most often {top.idxmax()}, least often {top.idxmin()}."
        # the largest difference between outlets that holds, as the other reports lead with
        + (
            " "
            + describe_difference(
                pairs,
                strongest_difference(pairs, ""),
                label=labels[strongest_difference(pairs, "")],
                partial=partial,
                digits=0,
            )
            if "significant" in pairs and pairs["significant"].fillna(False).astype(bool).any()
            else ""
        )
    )
findings = [
    # a sentence that answers two questions is one sentence (and two answers)
    f"{len(evidence[['article_id', 'text']].drop_duplicates()):,} evidence sentences in "
    f"{evidence['article_id'].nunique():,} articles, {len(evidence):,} answers to a question; "
    f"{quoted:.0%} of the answers entirely in quoted speech and {reported:.0%} in reported "
    "speech.",
    ranked,
    tested_note,
]
display(bullets(findings, title="Findings"))
ReportSummary(summary_line)
