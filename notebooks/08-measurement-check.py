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
# # 08 · Measurement check: do the detectors agree with human coders on this corpus?
#
# How often each detector is right on the corpus studied, outlet by outlet, judged by human
# coders on a random sample of its decisions; whether a detector errs more on one outlet than
# another (which would bias every outlet comparison built on it); and the outlet rates corrected
# for the measured error.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # not read here: the coded sheet carries what the scores need
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
coding = ""  # a coded sheet (.csv/.xlsx) from `framing validate`; "" explains how to make one
by = "outlet"  # the group column of the sheet
corpus_args = ""  # the corpus options of `framing report` (set by it), for the commands shown

# %%
from IPython.display import display

from analysis.report import ReportSummary, bullets, note, table
from analysis.validate import read_sheet, score_coding
from analysis.validate.describe import (
    coding_instructions,
    corrected_table,
    describe_scores,
    detector_table,
    measurement_summary,
    precision_table,
)

if coding:
    sheet = read_sheet(coding)
    scores = score_coding(sheet, by=by)
    display(ReportSummary(measurement_summary(sheet, scores, by=by)))
else:
    display(note(coding_instructions(corpus_args), kind="skip"))
    display(ReportSummary("No coded sheet given: how to run the measurement check."))

# %% [markdown]
# ## How to read this report
#
# The check rests on a coding sheet drawn from this corpus (until one is given, the report is
# skipped and nothing below was measured): coders judge a stratified random sample of the
# detectors' decisions, the same number of items per outlet and detector, and about a quarter
# **non-hits** (sentences where a detector found nothing of its kind) so that misses can be
# counted. **Precision** is the share of a
# detector's hits the coders judged right (Wilson 95% interval); **recall** the share of true
# instances it found, estimated from the non-hits; **alpha** is Krippendorff's alpha between
# coders (≥ 0.667 for tentative conclusions, ≥ 0.8 for firm ones). A detector is flagged
# **differential** when its precision differs between outlets beyond chance (a chi-square test
# with a Monte Carlo p-value, Holm-adjusted across detectors): outlet differences in its feature
# then mix framing with measurement error. The codebook written beside the sheet says what
# counted as right for each detector.

# %%
if coding:
    display(
        table(
            detector_table(scores),
            caption="Each detector over all outlets: coded hits, precision with its 95% interval "
            "(outlets weighted by their number of hits), recall where non-hits were coded, "
            "Krippendorff's alpha between coders, and the Holm-adjusted p-value of the "
            "differential-error test (yes = precision differs between outlets beyond chance).",
        )
    )
    display(bullets(describe_scores(scores, by=by), title="What this means"))

# %%
if coding:
    display(
        table(
            precision_table(scores, by=by),
            index=True,
            caption="Precision per outlet with its Wilson 95% interval and the number of coded "
            "hits (n). Outlets with few hits have wide intervals.",
        )
    )

# %%
if coding:
    display(
        table(
            corrected_table(scores, by=by),
            index=True,
            caption="Hits per 1,000 words as detected → corrected for the measured error "
            "(× precision ÷ recall; × precision alone where no non-hits were coded, which "
            "leaves misses uncounted). The correction assumes the coded items represent the "
            "detector's decisions in that outlet and that the coders are right.",
        )
    )
