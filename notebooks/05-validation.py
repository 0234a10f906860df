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
# # 05 · Validation: how accurate is each detector?
#
# Every detector the features rest on, scored against human annotation: quotations, hedges, loaded
# language, readability ordering, and same-event links — and which of these scores are held-out
# estimates.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR, PROCESSED_DIR

corpus = str(
    DEFAULT_CORPUS
)  # only named here: validation runs on the gold sets in ../shared/validation
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
data_dir = str(PROCESSED_DIR)  # where the table of every shipped score is written (CSV)
quote_overlap = 0.8  # minimum token overlap for a predicted and a gold quotation to match
corpus_args = ""  # the corpus options of `framing report` (set by it), for the commands shown
lexicons = None  # the lexicon files of the reports (set by `framing report`); None: bundled

# %%
import pandas as pd
from IPython.display import display

from analysis.detect.frames.battery import read_questions
from analysis.evaluation.align import link_precision
from analysis.evaluation.scores import (
    cut_scores,
    headline_scores,
    load_scores,
    score_text,
    split_order,
)
from analysis.paths import shared_dir, shared_path
from analysis.report import (
    ReportSummary,
    bullets,
    describe_readability_ordering,
    export_table,
    note,
    table,
)
from analysis.report.validation_scope import (
    corpus_scope_text,
    frame_sets_text,
    gold_sets_of_corpus,
    unused_pack_rows,
)

gold = {
    "quotes": shared_path("validation", "quotes-ggt"),
    "hedges": shared_path("validation", "hedges-wikiweasel"),
    "loaded": shared_path("validation", "loaded-language-semeval2023"),
    "readability": shared_path("validation", "readability-onestopenglish"),
}
scores = []  # one row per detector for the summary table
own_sets = gold_sets_of_corpus(corpus, corpus_args, load_scores(), shared_dir())
display(note(corpus_scope_text(corpus, corpus_args, own_sets)))

# %% [markdown]
# ## How to read this report
#
# Precision: of what the detector marked, the share the annotators also marked. Recall: of what
# the annotators marked, the share the detector found. F1: their harmonic mean. Where a gold set
# has a development and a test split, the word lists were revised only from **classes** of errors
# on the development split; the test split is the honest estimate. The quotation set has no
# held-out split: the quotation rules were revised from error classes found on it, so its scores
# are development-set scores and likely optimistic. The gold sets are public data
# kept outside the project in `../shared/validation`; a section is skipped, with the reason,
# when its set is absent.

# %% [markdown]
# ## The measured accuracy shipped with the package
#
# The validation run (`python -m analysis.evaluation`) writes each detector's headline scores to
# `analysis/evaluation/measured/`; these are the numbers the other reports quote next to their
# rates, and they are shown here on any machine. The sections below recompute them when the
# gold sets are present.

# %%
shipped = load_scores()
if shipped.empty:
    display(note("No measured scores are shipped in analysis/evaluation/measured/.", kind="skip"))
else:
    display(
        table(
            headline_scores(shipped),
            caption="Measured accuracy of each detector as shipped: its headline measures, one "
            "row per detector, gold set and split (held out = scored on a split no rule was "
            "revised from). n counts what the scores are over (quotations, sentences, spans, "
            "article pairs, topics).",
            max_rows=None,
            max_colwidth=None,
        )
    )
    display(
        export_table(
            shipped,
            "measured-accuracy",
            folder=data_dir,
            description=f"Every shipped score ({len(shipped):,} rows: every measure, and the "
            "annotation batches and audit rounds within the splits above).",
            formats=("csv",),
        )
    )

# %% [markdown]
# ## Quotations (Gender Gap Tracker, 98 articles)

# %%
if gold["quotes"] is None:
    display(
        note(
            "../shared/validation/quotes-ggt is absent on this machine: quotation accuracy not "
            "measured.",
            kind="skip",
        )
    )
else:
    from analysis.evaluation.quotes import evaluate_quotes

    q = evaluate_quotes(gold["quotes"], overlap=quote_overlap)
    scores.append(
        {
            "detector": f"direct quotations (token overlap ≥ {quote_overlap})",
            "split": "all (development)",
            "precision": q["precision"],
            "recall": q["recall"],
            "f1": q["f1"],
            "n_gold": q["n_gold"],
        }
    )
    scores.append(
        {
            "detector": "direct quotations (characters)",
            "split": "all (development)",
            "precision": q["char_precision"],
            "recall": q["char_recall"],
            "f1": q["char_f1"],
            "n_gold": q["n_gold"],
        }
    )
    display(
        bullets(
            [
                f"{q['n_matched']:,} of {q['n_gold']:,} gold direct quotations found, "
                f"{q['n_pred']:,} predicted: precision {score_text(q['precision'])}, recall "
                f"{score_text(q['recall'])}, F1 {score_text(q['f1'])} at token overlap ≥ "
                f"{quote_overlap}.",
                f"Character level: precision {score_text(q['char_precision'])}, recall "
                f"{score_text(q['char_recall'])}, F1 {score_text(q['char_f1'])}.",
                f"Speaker agrees with the annotated speaker in {q['speaker_accuracy']:.0%} of "
                "matched quotations.",
                "Not a held-out estimate: the quotation rules were revised from classes of errors "
                "found on these 98 articles (analysis/evaluation/quotes.py lists them), so expect "
                "lower scores on other news text.",
                "For reference, the Gender Gap Tracker's own extractor reports F1 0.76 at overlap "
                "0.8 on its data (a different quote definition: it includes indirect quotes).",
            ]
        )
    )

# %% [markdown]
# ## Hedges (WikiWeasel sentences labelled certain / uncertain)
#
# A sentence is predicted *uncertain* when it contains at least one epistemic hedge marker.

# %%
if gold["hedges"] is None:
    display(
        note(
            "../shared/validation/hedges-wikiweasel is absent on this machine: hedge accuracy not "
            "measured.",
            kind="skip",
        )
    )
else:
    from analysis.evaluation.hedges import evaluate_hedges

    h = evaluate_hedges()
    for split in ("dev", "test"):
        scores.append(
            {
                "detector": "hedged sentence",
                "split": split,
                "precision": h[split]["precision"],
                "recall": h[split]["recall"],
                "f1": h[split]["f1"],
                "n_gold": h[split]["tp"] + h[split]["fn"],
            }
        )
    display(
        note(
            f"Test split: precision {score_text(h['test']['precision'])}, recall "
            f"{score_text(h['test']['recall'])}, F1 {score_text(h['test']['f1'])} on "
            f"{h['test']['n']:,} sentences. "
            "WikiWeasel marks Wikipedia 'weasel words' as well as hedges, so part of the gap is a "
            "difference of definition, not only detector error."
        )
    )

# %% [markdown]
# ## Loaded language (SemEval-2023 Task 3 persuasion spans)
#
# A loaded-term marker counts as correct when it overlaps a *Loaded_Language* or
# *Name_Calling-Labeling* span; recall is the share of such gold spans hit by a marker.

# %%
if gold["loaded"] is None:
    display(
        note(
            "../shared/validation/loaded-language-semeval2023 is absent on this machine: "
            "loaded-term accuracy not measured.",
            kind="skip",
        )
    )
else:
    from analysis.evaluation.loaded import evaluate_loaded

    ld = evaluate_loaded()
    for split in ("dev", "test"):
        scores.append(
            {
                "detector": "loaded terms (span overlap)",
                "split": split,
                "precision": ld[split]["precision"],
                "recall": ld[split]["recall"],
                "f1": ld[split]["f1"],
                "n_gold": ld[split]["n_gold"],
            }
        )
    display(
        note(
            f"Test split: {ld['test']['tp_markers']:,} of {ld['test']['n_markers']:,} markers "
            f"fall in an annotated span (precision {score_text(ld['test']['precision'])}); "
            f"{ld['test']['gold_hit']:,} of {ld['test']['n_gold']:,} annotated spans are hit "
            f"(recall {score_text(ld['test']['recall'])}). A fixed lexicon cannot see loaded "
            "phrasing built from ordinary words, so low recall is expected: read the loaded-term "
            "rates as a lower bound of loaded language."
        )
    )

# %% [markdown]
# ## Lexicon hits in context (the hit audit)

# %%
from IPython.display import Markdown

from analysis.evaluation.markers_audit import audit_corpora, load_audit, match_hits, score_audit
from analysis.report.validation_scope import audit_rounds_text

audit = load_audit()  # the labelled hits ship with the package; their articles are in ../shared
display(Markdown(audit_rounds_text(audit["split"])))  # the rounds counted, not written in


if shared_path("datasets", "ukraine-2022-guardian-nyt") is None:
    display(
        note(
            "../shared/datasets is absent on this machine: the hit audit is not re-scored "
            "(its shipped scores are in analysis/evaluation/measured/markers-audit.csv).",
            kind="skip",
        )
    )
else:
    audit_scores = score_audit(
        match_hits(audit, audit_corpora(names=tuple(sorted(set(audit["corpus"])))))
    )
    audit_scores["n"] = audit_scores["n"].astype(int)  # a count, not a rate
    cols = ["split", "category", "subcategory", "n", "precision_before", "precision_after"]
    cols += ["wrong_removed", "right_kept", "reported_recognised"]
    readable = {
        "n": "hits (n)",
        "precision_before": "precision before",
        "precision_after": "precision after",
        "wrong_removed": "wrong-sense removed",
        "right_kept": "right-sense kept",
        "reported_recognised": "reported speech recognised",
    }
    display(
        table(
            cut_scores(
                # the rounds in their order (dev, dev2 … dev18, test), not as text (dev10
                # before dev2)
                audit_scores[audit_scores["category"] == "all"][cols].sort_values(
                    "split", key=lambda s: s.map(split_order), kind="stable"
                )
            ).rename(columns=readable),
            digits=3,
            caption="Hit audit: precision before/after the sense rules, wrong-sense hits removed, "
            "right-sense hits kept, reported speech recognised (test = held out).",
        )
    )
    by_category, left_out = unused_pack_rows(
        audit_scores[(audit_scores["category"] != "all") & (audit_scores["split"] == "test")],
        lexicons,
    )
    if left_out:  # a pack this corpus does not use (--pack none, or no pack fits)
        display(note(left_out + " The totals above still count their hits."))
    display(
        table(
            cut_scores(by_category[cols]).rename(columns=readable),
            digits=3,
            caption="Held-out half of the hit audit by category and subcategory.",
        )
    )

# %% [markdown]
# ## Readability (OneStopEnglish: the same text at three reading levels)
#
# A valid index must order each text's elementary < intermediate < advanced version. `strict` is
# the share of the 189 topics where all three are in the right order.

# %%
if gold["readability"] is None:
    display(
        note(
            "../shared/validation/readability-onestopenglish is absent on this machine: "
            "readability ordering not measured.",
            kind="skip",
        )
    )
else:
    from analysis.evaluation.readability import evaluate_readability

    r = evaluate_readability()
    display(
        table(
            r,
            caption="Share of topics whose three versions each index orders correctly: ours vs "
            "textstat on the same texts.",
        )
    )
    display(note(describe_readability_ordering(r)))

# %% [markdown]
# ## Generic news frames (Semetko & Valkenburg)
#
# `frame_profile` decides, per article, whether each of the five generic frames is present, on
# the gold sets named just below. Each set is split in a seeded dev half (cues
# revised from its error classes, thresholds chosen on it) and a held-out test half. Next to
# each F1: the F1 of calling every article positive.

# %%
frame_gold = [
    shared_path("validation", "frames-generic-synthetic"),
    shared_path("validation", "frames-semeval2023"),
]
if any(g is None for g in frame_gold):
    display(
        note(
            "../shared/validation/frames-generic-synthetic or frames-semeval2023 is absent on "
            "this machine: frame accuracy not recomputed (the shipped scores are in "
            "analysis/evaluation/measured/frames.csv).",
            kind="skip",
        )
    )
else:
    from analysis.evaluation.frames import evaluate_frames

    fr = evaluate_frames()
    display(note(frame_sets_text({name: len(res["data"]) for name, res in fr.items()})))
    for name, res in fr.items():
        sc = res["scores"][res["scores"]["split"] != "all"]
        sc = sc[["split", "frame", "precision", "recall", "f1", "baseline_f1", "prevalence"]]
        display(
            table(
                cut_scores(sc.assign(frame=sc["frame"].str.replace("_", " "))).rename(
                    columns={"f1": "F1", "baseline_f1": "F1 if every article were positive"}
                ),
                caption=f"Frames on {name}: per frame and split (test = held out; three decimals, "
                f"cut). Macro-F1: dev {score_text(res['macro_f1']['dev'])}, held-out test "
                f"{score_text(res['macro_f1']['test'])}. Every evidence span of a positive "
                f"decision round-trips: {res['evidence_ok']}.",
                digits=3,
            )
        )
        errs = res["errors"]
        errs = errs[errs["split"] == "dev"].sort_values("n", ascending=False).head(12)
        # a false positive's cause is the id of the battery question that fired (R3, C1 …)
        asked = {q.id: q.text for q in read_questions()}
        display(
            table(
                errs.assign(question=errs["cause"].map(asked).fillna("")),
                caption=f"The largest error classes on the {name} dev half: false positives by "
                "the battery question that fired (its id and wording), false negatives by cause.",
            )
        )
        scores.append(
            {
                "detector": f"generic frames, macro-F1 ({name})",
                "split": "test (held out)",
                "precision": float("nan"),
                "recall": float("nan"),
                "f1": res["macro_f1"]["test"],
                "n_gold": int((res["data"]["split"] == "test").sum()),
            }
        )
    display(
        bullets(
            [
                "Top-frame accuracy on the synthetic set (the frame with the highest score "
                "relative to its threshold is the designed one; chance 0.20): dev "
                f"{score_text(fr['synthetic']['top_frame_accuracy']['dev'])}, held-out test "
                f"{score_text(fr['synthetic']['top_frame_accuracy']['test'])}.",
                "Strict gold on the synthetic set counts a second frame an article shows as a "
                "false positive, so precision there is a lower bound.",
            ]
        )
    )

# %% [markdown]
# ## Same-event links (BASIL articles, hand-reviewed sample)
#
# Precision of the alignment's verbatim and paraphrase links, judged by hand on a random sample
# (the judgements ship with the package as unit keys, without article text; with ../shared,
# `analysis.evaluation.align.review_with_text` shows the judged pairs). Recall is not measured.

# %%
lp = link_precision()
table(
    lp.rename_axis("link type").rename(
        columns={
            "n": "links judged",
            "n_correct": "right",
            "ci_low": "95% CI low",
            "ci_high": "95% CI high",
        }
    ),
    caption="Precision of alignment links with Wilson 95% intervals, by link type.",
    index=True,
)

# %%
if scores:
    display(
        table(
            cut_scores(pd.DataFrame(scores)).rename(columns={"f1": "F1", "n_gold": "gold items"}),
            digits=3,  # cut, so that a score just under a bar is not shown at it
            caption="All detectors: precision, recall and F1 against the gold sets. Gold items "
            "are what recall is over, so they differ by row: gold direct quotations, sentences "
            "annotated uncertain (not every sentence scored), annotated loaded-language spans, "
            "articles of the held-out half (frames).",
        )
    )
else:
    display(
        note(
            "No gold set found in ../shared/validation: only the alignment review above could be "
            "scored.",
            kind="skip",
        )
    )

# %%
ReportSummary(
    (
        "Detector accuracy against human annotation: "
        + "; ".join(
            f"{s['detector']}, {s['split']}: F1 {score_text(s['f1'])}"
            for s in scores
            if s["split"] != "dev"
        )
        + f"; alignment links precision {score_text(lp.loc['all', 'precision'])}."
    )
    if scores
    else (
        "Gold sets absent: validation skipped except alignment links (precision "
        f"{score_text(lp.loc['all', 'precision'])})."
    )
)
