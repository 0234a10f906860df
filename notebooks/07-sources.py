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
# # 07 · Sources: who speaks, in whose words
#
# Whose voices does each group of outlets carry? Every direct quotation and every piece of
# reported speech ("the minister said the plan would …", "…, according to officials") has a
# source; its words are counted by the source's type (government, military, expert, civilian, media,
# anonymous) and side, and compared across the groups of the corpus given (its outlets, or the
# leans, countries … of the column `framing report --outlet-column` names). On the five-article
# sample that ships with the suite, US political news by AllSides lean is used instead when
# `../shared` has it (parameter `reference_corpus`).

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
lexicons = None  # your own lexicon CSV files (list of paths); None: bundled ones, packs that fit
max_articles = None  # analyse at most this many articles (seeded, stratified by group); None: all
reference_articles = 300  # sampled from the AllSides reference corpus (37,554 articles); None: all
n_boot = 1000  # bootstrap resamples for the intervals
random_state = 0  # seed of the sampling and the bootstrap
n_examples = 8  # sentences shown per source type
alpha = 0.05  # level of the tested differences
correction = "holm"  # multiple-comparison adjustment: "holm", "bh", "bonferroni" or "none"
max_pairwise_groups = 8  # pairwise tests among the largest groups (all groups: the omnibus test)
reference_corpus = "auto"  # AllSides by lean instead: "auto" (bundled sample only), True, False
grouping = "outlet"  # the corpus column the groups come from (framing report: --outlet-column)

# %%
import tempfile
from pathlib import Path

from IPython.display import display

from analysis import corpus_checks, load_corpus
from analysis.compare import add_percentages, add_rates, outlet_summary, stratified_sample
from analysis.corpus import subsample_file
from analysis.detect.packs import corpus_lexicons, side_label
from analysis.detect.quotes import SOURCE_TYPES
from analysis.evaluation.scores import accuracy_note
from analysis.paths import BUNDLED_CORPUS as BUNDLED
from analysis.paths import shared_path
from analysis.pipeline import analyse_corpus, features_of
from analysis.report import (
    ReportSummary,
    bullets,
    describe_comparison,
    describe_n,
    note,
    partial_by_group,
    partial_texts,
    rare_source_types,
    side_sources,
    source_type_evidence,
    summary_table,
    table,
    unsided_sources,
    untested_reason,
)
from analysis.report.differences import (
    correction_name,
    describe_difference,
    largest_group_pairs,
    omnibus_block,
    strongest_difference,
)
from analysis.report.grouping import group_noun, grouping_caveat
from analysis.report.scope import (
    corpus_notes,
    no_sides,
    pairwise_scope,
    side_names,
    unfit_packs,
)
from analysis.report.summaries import omnibus_lead

shares = [
    "reported_share",
    "source_share_government",
    "source_share_military",
    "source_share_expert",
    "source_share_civilian",
    "source_share_media",
    "source_share_anonymous",
    "anonymous_source_share",
]  # 0-1 shares, shown in %
compared = {
    "rate_sources": "Distinct sources per 1,000 words",
    "reported_share_pct": "Characters in reported speech (%)",
    "source_share_government_pct": "Attributed words from government/official sources (%)",
    "source_share_military_pct": "Attributed words from military sources (%)",
    "source_share_expert_pct": "Attributed words from experts (%)",
    "source_share_civilian_pct": "Attributed words from civilians/witnesses (%)",
    "source_share_media_pct": "Attributed words from media (%)",
    "source_share_anonymous_pct": "Attributed words from anonymous sources (%)",
    "anonymous_source_share_pct": "Sources that are anonymous (%)",
}
path = shared_path("datasets", "allsides-2012-2020", "articles.parquet")
is_bundled = Path(corpus).resolve() == BUNDLED.resolve()
use_reference = is_bundled if reference_corpus == "auto" else bool(reference_corpus)
if use_reference and path is not None:
    scratch = tempfile.TemporaryDirectory()  # a subset of the 37,554-article file
    n_sample = max_articles if max_articles is not None else reference_articles
    size_param = "max_articles" if max_articles is not None else "reference_articles"
    if n_sample is not None:
        path = subsample_file(path, 10 * n_sample, folder=scratch.name, random_state=0)
    loaded, by, name = load_corpus(path, outlet_column="source"), "lean", "AllSides lean"
    noun = "lean"
    display(
        note(
            "The five-article sample has too few sources to compare: this report uses US "
            "political news by AllSides lean from ../shared instead.",
            kind="caveat",
        )
    )
else:
    loaded, by, name = load_corpus(corpus), "outlet", group_noun(grouping)
    noun = name  # "lean" when framing report --outlet-column lean
    n_sample = max_articles  # the user's corpus: all of it unless a sample is asked for
    size_param = "max_articles"
sample = stratified_sample(loaded, n=n_sample, by=by, random_state=random_state)
lexicons = corpus_lexicons(loaded["text"], lexicons)  # None: the bundled packs that fit

# %% [markdown]
# ## Method
#
# `featurize` finds the direct quotations and the attributions without quotation marks of each
# article; a source's type comes from `analysis/lexicons/source_types.csv` (rules in
# `source_types.md`). Shares are of the article's attributed words (quoted + reported), in %,
# averaged over articles with 95% percentile-bootstrap intervals. Whether two groups differ is
# **tested**, not read off overlapping intervals: for every pair of the largest groups and every
# feature, the difference in means with its bootstrap interval, Hedges' *g*, and a permutation
# p-value adjusted for the number of comparisons (`correction`); with more than two groups a
# permutation test of equal means over all of them. Reported speech is under-counted (see the
# measured accuracy below), the more so for outlets that attribute with nouns or colons.

# %%
# one pass of the per-article route: the features, and the spans behind the side shares
analyses = analyse_corpus(sample, lexicons=lexicons)
# the number of sources grows with the article's length: per 1,000 words, so that long and
# short articles compare (as report 03's counts)
feats = add_rates(
    add_percentages(features_of(sample, analyses, lexicons=lexicons), shares), ["n_sources"]
)
features = [c for c in compared if c in feats.columns]
# a source type almost no article cites (military sources in election news) is not compared
features, rare_types = rare_source_types(feats, features, labels=compared)
summary = outlet_summary(feats, by=by, features=features, n_boot=n_boot, random_state=random_state)
pairs = largest_group_pairs(
    feats,
    by=by,
    features=features,
    max_groups=max_pairwise_groups,
    n_boot=n_boot,
    alpha=alpha,
    correction=correction,
    random_state=random_state,
)
sampled = (
    f": a sample stratified by {name} (seed {random_state}), so its n per {noun} differs from "
    f"the other reports'; all of them with framing report -p {size_param}=None"
    if len(sample) < len(loaded)
    else ""
)
display(
    note(
        f"{len(sample):,} of {len(loaded):,} articles analysed{sampled}. "
        + describe_n(feats, by=by, noun=noun)
    )
)
few = grouping_caveat(feats, sample, by=by, grouping=grouping, noun=noun)
if few:  # a lean of two outlets: its differences may be one outlet's
    display(note(few, kind="caveat"))
display(*corpus_notes(sample, lexicons, noun=noun))  # data quality, and the topic packs used
# lead-only or cut outlets (and the groups holding them): said in each sentence
partial = partial_by_group(partial_texts(corpus_checks(sample)), sample, by)
display(
    note(
        accuracy_note(
            "attribution",
            measures=(
                "direct_speaker_accuracy",
                "direct_verb_accuracy",
                "reported_recall",
                "attribution_precision",
            ),
            labels={
                "direct_speaker_accuracy": "direct-quote speaker right",
                "direct_verb_accuracy": "direct-quote cue right",
                "reported_recall": "reported-speech cues found",
                "attribution_precision": "attribution precision",
            },
        )
        or "No measured accuracy is shipped for the attribution detector.",
        kind="caveat",
    )
)
display(
    table(
        summary_table(summary, by=by, labels=compared),
        caption=f"Mean per {name} [95% bootstrap interval, {n_boot:,} resamples over articles]; "
        "n is the number of usable articles.",
        index=True,
    )
)
if rare_types:
    display(note(rare_types))

# %% [markdown]
# ## Do the groups differ?

# %%
if pairs["p_adjusted"].notna().any():
    sentences = [
        describe_difference(pairs, f, label=compared[f], partial=partial) for f in features
    ]
    title = (
        f"Tested differences ({correction_name(pairs)}-adjusted over {pairs.attrs['n_tests']:,} "
        f"comparisons, level {alpha:g}; p from {pairs.attrs['n_permutations']:,} permutations)"
    )
else:
    sentences = [
        describe_comparison(summary, f, label=compared[f], by=by, caveat=False)
        for f in features
        if f in set(summary["feature"])
    ]
    title = f"What the numbers say. {untested_reason(feats, by=by, noun=name)}"
display(bullets(sentences, title=title))
if pairwise_scope(pairs, noun=noun):  # the smaller groups are left out of the pairs
    display(note(pairwise_scope(pairs, noun=noun), kind="caveat"))
# the test of equal means over all groups, as for every feature of this report
omnibus = dict(
    by=by, noun=noun, n_perm=n_boot, alpha=alpha, correction=correction, random_state=random_state
)
omni_block = omnibus_block(feats, features=features, labels=compared, **omnibus)
if omni_block is not None:
    display(omni_block)

# %% [markdown]
# ## Whose side speaks
#
# The side of a source comes from the topic pack's actors table (`actors.csv`: a pattern for the
# speaker phrase, and its side); a source that matches no actor is `unknown`. Shares are of the
# article's attributed words, in %, averaged over articles with 95% bootstrap intervals; an
# article's side shares and its unknown share add up to 100. Below the shares, the sources behind
# each side, with a sentence each, to check whom the table put where.

# %%
side_shares = [
    c
    for c in feats.columns
    if c.startswith("source_share_side_") and c != "source_share_side_unknown"
]
side_shares = [c for c in side_shares if feats[c].fillna(0).gt(0).any()]
# a pack written for another story puts a few stray sources on its sides and leaves the rest
# unknown: its side shares would be findings about the wrong story
misfit = unfit_packs(sample["text"], lexicons, what="sources are not compared by side")
if misfit:
    display(note(misfit, kind="skip"))
elif not side_shares:
    display(note(no_sides(lexicons, what="sources are not compared by side"), kind="skip"))
else:
    side_shares.append("source_share_side_unknown")
    side_feats = add_percentages(feats, side_shares)
    sides = side_names(lexicons)  # the pack's sides in words ("US government")
    side_labels = {
        f"{c}_pct": "Attributed words from "
        + side_label(c.removeprefix("source_share_side_"), sides)
        + (" sources (%)" if c.endswith("_unknown") else " (%)")
        for c in side_shares
    }
    side_summary = outlet_summary(
        side_feats, by=by, features=list(side_labels), n_boot=n_boot, random_state=random_state
    )
    display(
        table(
            summary_table(side_summary, by=by, labels=side_labels),
            caption=f"Attributed words by the side of their source, mean per {name} [95% "
            f"bootstrap interval, {n_boot:,} resamples over articles]; n is the number of usable "
            "articles.",
            index=True,
        )
    )
    tested_sides = [c for c in side_labels if not c.startswith("source_share_side_unknown")]
    # the side shares are tested as the shares above: pairs of the largest groups (two outlets
    # have no omnibus test), then the test of equal means over all groups
    side_pairs = largest_group_pairs(
        side_feats,
        by=by,
        features=tested_sides,
        max_groups=max_pairwise_groups,
        n_boot=n_boot,
        alpha=alpha,
        correction=correction,
        random_state=random_state,
    )
    if side_pairs["p_adjusted"].notna().any():
        display(
            bullets(
                [
                    describe_difference(side_pairs, f, label=side_labels[f], partial=partial)
                    for f in tested_sides
                ],
                title=f"Tested differences in the side shares ({correction_name(side_pairs)}-"
                f"adjusted over {side_pairs.attrs['n_tests']:,} comparisons, level {alpha:g}; p "
                f"from {side_pairs.attrs['n_permutations']:,} permutations)",
            )
        )
    side_omni = omnibus_block(side_feats, features=tested_sides, labels=side_labels, **omnibus)
    if side_omni is not None:
        display(side_omni)
    behind = side_sources(analyses, list(sample[by]), labels=sides, max_chars=320)
    display(
        table(
            behind.rename(columns={"voices": "quotations and reported speech", "groups": noun}),
            caption="The sources behind each side: the most frequent sources of each side (at "
            "most three), with the first sentence in which each speaks (cut after 320 "
            "characters); the forms of a surname are counted together (forms: which).",
            max_rows=None,
            max_colwidth=None,
        )
    )
# whom no actor row gives a side: with no pack, who is quoted at all; with one, its missing rows
unsided = unsided_sources(analyses, list(sample[by]), max_chars=320)
if len(unsided):
    display(
        table(
            unsided.rename(columns={"voices": "quotations and reported speech", "groups": noun}),
            caption=(
                "Who is quoted: the most frequent sources (no topic pack gives them a side)"
                if not side_shares or misfit
                else "The most frequent sources no row of the actors table matches (the "
                "unknown share): rows to add to the pack's actors.csv"
            )
            + ", with the first sentence in which each speaks; the forms of a surname are "
            "counted together, and the forms column lists them (one surname can be two people: "
            "write a pattern for each in actors.csv).",
            max_rows=None,
            max_colwidth=None,
        )
    )

# %% [markdown]
# ## The sentences behind the source-type shares
#
# For each source type compared above, one attribution per article whose source is of that
# type, its source and reporting cue marked, the articles taken in turns across the groups;
# each line counts such attributions and articles per group. Click a line to open it.

# %%
kinds = [t for t in SOURCE_TYPES if f"source_share_{t}_pct" in features]
if "anonymous_source_share_pct" in features and "anonymous" not in kinds:
    kinds.append("anonymous")
behind_types, groups = [], list(sample[by])
for kind in kinds:
    found = source_type_evidence(analyses, groups, kind=kind, collapsed=True, n=n_examples, by=noun)
    if found is not None:
        behind_types.append(found)
display(*behind_types or [note("No attribution with a source of a compared type.")])

# %%
lead = strongest_difference(pairs, "anonymous_source_share_pct")
ReportSummary(
    f"Sources of {len(sample):,} articles by {name}. "
    + (
        # no pair holds, but the test over all groups does: that is the finding to lead with
        omnibus_lead(omni_block, pairs, summary, by=by, noun=noun, labels=compared)
        or describe_difference(pairs, lead, label=compared[lead], partial=partial)
        if pairs["p_adjusted"].notna().any() and lead in features
        else (sentences[-1] if sentences else "")
    )
)
