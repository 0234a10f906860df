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
# # 06 · At scale: group differences on the whole corpus
#
# The framing features of every article of the corpus (sampled with a fixed seed when it is very
# large) compared across its groups: outlets, and any other grouping column the corpus carries
# (country, political lean …). Means come with the same bootstrap intervals as report 03, and
# differences are tested with adjusted p-values. When the corpus is the small sample that ships
# with the package, larger reference corpora from `../shared` are analysed too, if present.

# %% tags=["parameters"]
from analysis.paths import DEFAULT_CORPUS, FIGURES_DIR

corpus = str(DEFAULT_CORPUS)  # corpus folder (with manifest.csv) or .csv/.jsonl/.parquet file
lexicons = None  # your own lexicon CSV files (list of paths); None: bundled ones, packs that fit
figures_dir = str(FIGURES_DIR)  # where figure files and their data are written
max_articles = 600  # articles per corpus (stratified by group, fixed seed); None for all
n_boot = 2000  # bootstrap resamples for the intervals (as in report 03)
random_state = 0  # seed of the sampling and the bootstrap (as in report 03)
correction = "holm"  # multiple-comparison adjustment: holm, bh (Benjamini–Hochberg), bonferroni
alpha = 0.05  # level of the tests, after adjustment
groupings = ["outlet", "country", "outlet_country", "lean", "bloc"]  # columns compared if present
max_pairwise_groups = 8  # pairwise tests among the largest groups of a grouping
max_groups = 30  # a grouping with more groups than this is not compared (too many to read)
grouping = "outlet"  # the corpus column the outlet column came from (framing report sets it)
reference_corpora = "auto"  # also the ../shared corpora: "auto" (bundled sample only), True, False
# countries of the by-country reference corpus grouped into the two blocs compared there
blocs = {
    "GB": "GB + US outlets",
    "US": "GB + US outlets",
    "RU": "RU + BY state-aligned",
    "BY": "RU + BY state-aligned",
}

# %%
import tempfile
from pathlib import Path

from IPython.display import Markdown, display

from analysis import FramingError, corpus_checks, load_corpus
from analysis.compare import (
    distinguishing_terms,
    outlet_summary,
    select_groups,
    stratified_sample,
    with_status,
)
from analysis.corpus import subsample_file
from analysis.detect.packs import corpus_lexicons
from analysis.evaluation.scores import accuracy_note
from analysis.paths import BUNDLED_CORPUS as BUNDLED
from analysis.paths import shared_path
from analysis.pipeline import featurize
from analysis.plots import plot_distinguishing_terms, plot_feature_profile, save_figure
from analysis.report import (
    ReportSummary,
    bullets,
    describe_comparison,
    describe_composition,
    describe_n,
    figure,
    note,
    partial_by_group,
    partial_texts,
    summary_table,
    table,
    untested_reason,
)
from analysis.report.compared import COMPARED_FEATURES, comparison_columns
from analysis.report.differences import (
    CORRECTIONS,
    correction_name,
    describe_difference,
    largest_group_pairs,
    strongest_difference,
)
from analysis.report.grouping import group_noun, grouping_caveat
from analysis.report.sampling import sampling_clause
from analysis.report.scope import (
    corpus_notes,
    few_outlets_caveat,
    outlet_pairs_again,
    pairwise_scope,
)
from analysis.report.summaries import corpora_compared, other_differences
from analysis.report.terms import term_sentences

# the same features, labels, intervals and readability index as report 03, so that the same
# pairs are adjusted over the same number of tests
compared = dict(COMPARED_FEATURES)
given = Path(corpus).resolve()
is_bundled = given == Path(BUNDLED).resolve()
# named by the user's file: `framing report` hands the notebooks a standardised copy,
# <stem>.parquet, when columns were mapped, so the suffix would not be the user's
shown_name = given.stem if given.is_file() else given.name
datasets = [{"name": f"This corpus ({shown_name})", "path": corpus, "load": {}, "caveat": ""}]
references = [
    {
        "name": "Reference: Guardian vs New York Times on the war in Ukraine (Feb–Aug 2022)",
        "path": shared_path("datasets", "ukraine-2022-guardian-nyt", "articles.csv"),
        "load": {},
        "caveat": "NYT texts are lead paragraphs only (median ~170 words) and the Guardian set "
        "includes readers' letters: differences in length-sensitive features (quotation share, "
        "readability) partly reflect this, not framing.",
    },
    {
        "name": "Reference: war coverage by country of the outlet (2022–24)",
        "path": shared_path("datasets", "ukraine-2022-by-country", "articles.parquet"),
        "load": {"outlet_column": "country"},
        "noun": "country",  # the outlet column holds the outlet's country
        "caveat": "Groups are countries, not outlets; Polish texts were machine-translated to "
        "English, and non-English texts are flagged by status and excluded.",
    },
    {
        "name": "Reference: Western vs Russian and Belarusian state-aligned outlets (2022–24)",
        "path": shared_path("datasets", "ukraine-2022-by-country", "articles.parquet"),
        "load": {"outlet_column": "country"},
        "groups": blocs,  # countries -> bloc (parameter above); other countries are left out
        "noun": "bloc",
        "terms_figure": True,
        "caveat": "The blocs are the researcher's grouping of countries (parameter blocs); the "
        "RU + BY bloc is dominated by Belarusian state media (BelTA), so its distinctive terms "
        "are partly that outlet's house style.",
    },
    {
        "name": "Reference: US political news by AllSides lean (2012–2020)",
        "path": shared_path("datasets", "allsides-2012-2020", "articles.parquet"),
        "load": {"outlet_column": "source"},
        "caveat": "Lean is AllSides' rating of the source, not of the article; the topics are US "
        "politics, so the Ukraine-specific lexicon pack rarely fires.",
    },
]
use_references = is_bundled if reference_corpora == "auto" else bool(reference_corpora)
present = [d for d in references if d["path"] is not None] if use_references else []
findings = []  # one generated sentence per corpus and grouping, for the summary
sampled = []  # one flag per corpus compared: sampled down to max_articles

# %% [markdown]
# ## Method
#
# Each corpus is loaded and, when it has more than `max_articles` articles, sampled to that many
# with every group kept (stratified, fixed seed); it then goes through the same pipeline as
# reports 02–03. Means per group come with 95% percentile-bootstrap intervals over articles
# (`n_boot` resamples, the seed of report 03, so the same corpus gives the same intervals);
# differences between groups are tested pairwise (permutation test, p-values adjusted for every
# pair and feature, `correction`). The intervals describe sampling variation within the corpus
# only; they say nothing about outlets or periods outside it.

# %%
if use_references and not present:
    display(
        note(
            "None of the larger corpora (../shared/datasets/ukraine-2022-guardian-nyt, "
            "ukraine-2022-by-country, allsides-2012-2020) is present on this machine: only the "
            "corpus given is analysed.",
            kind="skip",
        )
    )
datasets += present
scratch = tempfile.TemporaryDirectory()  # samples of large reference files (removed at exit)
accuracy = (
    " ".join(a for a in (accuracy_note("hedges"), accuracy_note("loaded")) if a)
    or "No measured accuracy is shipped for these detectors."
)
display(note(accuracy, kind="caveat"))

# %%
rates = ["rate_loaded_author", "rate_hedge_author", "rate_booster_author", "rate_evidential_author"]


for i, d in enumerate(datasets, start=1):
    display(Markdown(f"## {d['name']}"))
    source = d["path"]
    if i > 1 and max_articles is not None:  # a reference corpus: read a subset of a large file
        source = subsample_file(source, 10 * max_articles, folder=scratch.name, random_state=i)
    loaded = load_corpus(source, **d["load"])
    if "groups" in d:  # compare blocs of outlets/countries instead of single ones
        loaded = select_groups(loaded, column="outlet", groups=d["groups"], name="bloc")
    cols = [g for g in groupings if g in loaded.columns and loaded[g].nunique() >= 2]
    if "groups" in d:
        cols = ["bloc"]
    many = [g for g in cols if loaded[g].nunique() > max_groups]
    if many:
        display(
            note(
                "Not compared: "
                + ", ".join(f"{g} ({loaded[g].nunique():,} groups)" for g in many)
                + f" — more than {max_groups} groups (parameter max_groups).",
                kind="skip",
            )
        )
    cols = [g for g in cols if g not in many]
    if not cols:
        display(note("The corpus has a single group: nothing to compare.", kind="skip"))
        continue
    sample = stratified_sample(loaded, n=max_articles, by=cols[0], random_state=random_state)
    sampled.append(bool(sample.attrs["sampled"]))
    used = corpus_lexicons(loaded["text"], lexicons)  # None: the bundled packs that fit
    feats = comparison_columns(featurize(sample, progress=False, lexicons=used))
    for g in cols:  # grouping columns beyond the outlet, by article
        if g not in feats.columns:
            feats[g] = feats["article_id"].map(dict(zip(sample["article_id"], sample[g])))
    features = [c for c in compared if c in feats.columns]
    display(
        note(
            (
                f"{len(sample):,} of {len(loaded):,} articles analysed (stratified by "
                f"{cols[0]}, seed {random_state}). "
                if sample.attrs["sampled"]
                else f"All {len(loaded):,} articles analysed. "
            )
            + d["caveat"],
            kind="caveat" if d["caveat"] else "note",
        )
    )
    # what this corpus's numbers rest on: data-quality warnings and the topic packs' fit
    display(
        *corpus_notes(
            sample, used, noun=d.get("noun", group_noun(grouping) if i == 1 else "outlet")
        )
    )
    partial = partial_texts(corpus_checks(sample))  # lead-only or cut outlets, said per sentence
    for by in cols:
        # table, figure, tested differences and terms of this corpus by this grouping
        # this corpus by --outlet-column lean: its groups are leans, not outlets
        noun = d.get("noun", group_noun(grouping) if i == 1 and by == "outlet" else by)
        summary = outlet_summary(
            feats, by=by, features=list(features), n_boot=n_boot, random_state=random_state
        )
        display(Markdown(f"### By {noun}"))
        display(note(describe_n(feats, by=by, noun=noun), kind="caveat"))
        composition = describe_composition(feats, by=by, noun=noun)
        if composition:  # a lean or country of one outlet is that outlet
            again = outlet_pairs_again(feats, by=by, noun=noun)  # two such: an outlet pair
            few = few_outlets_caveat(feats, by=by, noun=noun)  # a lean of two outlets
            composition += "".join(f" {c}" for c in (again, few) if c)
            caveat = "single" in composition or few
            display(note(composition, kind="caveat" if caveat else "note"))
        elif i == 1 and grouping_caveat(feats, sample, by=by, grouping=grouping, noun=noun):
            # grouped by --outlet-column lean: the outlets are another column of the corpus
            few = grouping_caveat(feats, sample, by=by, grouping=grouping, noun=noun)
            display(note(few, kind="caveat"))
        display(
            table(
                summary_table(summary, by=by, labels=compared),
                caption=f"Mean per {noun} [95% bootstrap interval, {n_boot:,} resamples over "
                "articles]; n is the number of usable articles.",
                index=True,
            )
        )
        ax = plot_feature_profile(
            summary, features=[f for f in rates if f in features], by=by, labels=compared
        )
        name = f"06-{i}-{by}-marker-rates"
        save_figure(ax, name, summary[summary["feature"].isin(rates)], folder=figures_dir)
        display(
            figure(
                ax,
                caption=f"{d['name']}: marker rates per 1,000 author words by {noun}, with 95% "
                "bootstrap intervals (n = usable articles).",
            )
        )
        pairs = largest_group_pairs(
            feats,
            by=by,
            features=list(features),
            max_groups=max_pairwise_groups,
            n_boot=n_boot,
            alpha=alpha,
            correction=correction,
            random_state=random_state,
        )
        if pairwise_scope(
            pairs, noun=noun, omnibus=False
        ):  # the smaller groups are left out of the pairs
            display(note(pairwise_scope(pairs, noun=noun, omnibus=False), kind="caveat"))
        if pairs["p_adjusted"].notna().any():
            partial_by = partial_by_group(partial, sample, by)  # a lean or bloc holding them
            sentences = [
                describe_difference(pairs, f, label=compared[f], partial=partial_by)
                for f in features
            ]
            title = (
                f"Tested differences ({correction_name(pairs)}-adjusted over "
                f"{pairs.attrs['n_tests']:,} comparisons)"
            )
        else:
            sentences = [
                describe_comparison(summary, f, label=compared[f], by=by, caveat=False)
                for f in features
            ]
            title = "What the numbers say (no group has two articles: no test)"
        display(bullets(sentences, title=title))
        # the summary leads with the largest difference that holds (the loaded-term rate when
        # none does): one that does not, while others do, reads as "no difference"
        lead = features[1 if len(features) > 1 else 0]
        if pairs["p_adjusted"].notna().any():
            lead = strongest_difference(pairs, lead)
        also = other_differences(pairs, lead, compared)  # the others that hold, one line
        findings.append(
            f"{d['name']}, by {noun}: "
            + sentences[features.index(lead)]
            + (f" {also}" if also else "")
        )
        try:
            terms = distinguishing_terms(
                with_status(sample, feats),  # usable articles only
                by=by,
                voice="author",
                top=12 if d.get("terms_figure") else 6,
                # the user's corpus: its outlet column came from `grouping` (labels set aside
                # only when that column names publishers); a reference corpus: its own column
                grouping=grouping if i == 1 and by == "outlet" else by,
            )
        except FramingError:  # fewer than two groups with usable articles
            reason = untested_reason(feats, by=by, noun=noun)
            display(note(f"Distinguishing terms skipped. {reason}", kind="skip"))
            continue
        usable = with_status(sample, feats)
        display(
            bullets(
                term_sentences(
                    terms, k=4, sizes=usable[usable["status"] == "ok"].groupby(by).size()
                ),
                title=f"Most distinctive terms of each {noun}'s own voice",
            )
        )
        if d.get("terms_figure"):
            ax = plot_distinguishing_terms(terms, top=12)
            save_figure(ax, f"06-{i}-{by}-distinguishing-terms", terms, folder=figures_dir)
            display(
                figure(
                    ax,
                    caption=f"{d['name']}: top terms of each {noun}'s own voice by z-score "
                    "of the log-odds ratio (informative Dirichlet prior), usable articles only; "
                    "the dashed line is z = 1.96.",
                )
            )

# %%
ReportSummary(
    (
        corpora_compared((f.split(", by ")[0] for f in findings), datasets[0]["name"]) + " with "
        f"bootstrap intervals and {CORRECTIONS.get(correction, correction)}-adjusted tests"
        + sampling_clause(sampled, max_articles)
        + ". "
        + " ".join(findings[:1])
    )
    if findings
    else "Nothing compared: no corpus has two groups (outlets or another grouping column)."
)
