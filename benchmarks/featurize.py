"""Benchmark: featurize vs textstat's six readability functions, measured in the same run.

Usage::

    .venv/bin/python benchmarks/featurize.py [CORPUS] [--n 1000] [--full] [--profile]

CORPUS defaults to ``../shared/datasets/allsides-2012-2020/articles.parquet`` when present, else
a synthetic corpus built from the bundled articles.  On the same articles, in the same process
and run, it times

* the **baseline**: textstat's ``flesch_reading_ease, flesch_kincaid_grade, gunning_fog,
  smog_index, coleman_liau_index, dale_chall_readability_score`` called one by one per article,
  as a user would (textstat's per-text caches help it across the six calls on one article, as
  they would for a user; every article is distinct text, so no cache carries over between them);
* ``featurize(corpus, n_jobs=1)``: the full feature set (cleaning, quotations, attributions,
  lexicon markers by voice, readability on the whole and the authorial text);

and reports articles/s, MB/s and their **ratio** (machines are noisy: only ratios measured in one
run are comparable).  Both sides are timed in CPU seconds of this process (``time.process_time``,
since round 4: on a shared machine wall time also counts the time other processes held the
core).  ``--full`` also streams the whole corpus through ``framing featurize`` with
``--n-jobs 2`` in a child process and records wall time and peak RSS.  ``--profile`` prints a
pyinstrument profile of featurize.  Results go to the generated block at the top of
``benchmarks/RESULTS.md`` (``--out`` for another file); the hand-written sections below it are
kept.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from analysis import load_corpus  # noqa: E402
from analysis.paths import shared_path  # noqa: E402
from analysis.pipeline import featurize  # noqa: E402

TEXTSTAT_SIX = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "dale_chall_readability_score",
)


def default_corpus() -> Path | None:
    return shared_path("datasets", "allsides-2012-2020", "articles.parquet")


def sample_corpus(path: Path | None, n: int, seed: int = 0) -> pd.DataFrame:
    if path is None:
        base = load_corpus()
        reps = max(1, n // len(base) + 1)
        rows = pd.concat([base] * reps, ignore_index=True).head(n).copy()
        # make every text distinct so no cache can help either side
        rows["text"] = [t + f"\n\nEditor's note {i}." for i, t in enumerate(rows["text"])]
        rows["article_id"] = [f"synthetic-{i:05d}" for i in range(len(rows))]
        return rows
    kw = {"outlet_column": "source"} if "allsides" in str(path) else {}
    corpus = load_corpus(path, **kw)
    return corpus.sample(n=min(n, len(corpus)), random_state=seed).reset_index(drop=True)


def time_textstat(texts: list[str]) -> float:
    import textstat

    funcs = [getattr(textstat, f) for f in TEXTSTAT_SIX]
    t0 = time.process_time()
    for text in texts:
        for f in funcs:
            f(text)
    return time.process_time() - t0


def time_featurize(corpus: pd.DataFrame) -> float:
    t0 = time.process_time()
    featurize(corpus, n_jobs=1, progress=False)
    return time.process_time() - t0


#: Stages of the per-article route (``analysis.pipeline.article``): (label, the issue that added
#: or extended it, the functions timed, in the namespace the route calls them from).  Times are
#: exclusive: a function called inside another one (the cleaner's line counter, the source
#: profile inside the quotation features) is subtracted from its caller.
STAGES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("cleaning", "round 1", (("analysis.pipeline.article", "clean_text"),)),
    (
        "readability counts (line tokens, sentences, formulas)",
        "round 1",
        (
            ("analysis.pipeline.article", "line_counts"),
            ("analysis.pipeline.article", "split_sentences"),
            ("analysis.pipeline.article", "readability_counts"),
        ),
    ),
    (
        "shared key scan (verbs, lexicons, cues, triggers)",
        "15, 17, 18, 20, 21",
        (("analysis.text.matcher", "KeyIndex.scan"),),
    ),
    (
        "quotations and attributions",
        "round 1, 18",
        (("analysis.pipeline.article", "quotes_and_attributions"),),
    ),
    (
        "voices (quoted, reported)",
        "17, 18",
        (
            ("analysis.pipeline.article", "voice_spans"),
            ("analysis.pipeline.article", "reported_word_count"),
        ),
    ),
    ("quotation features", "round 1", (("analysis.pipeline.article", "quote_features"),)),
    ("source profile", "18", (("analysis.detect.quotes.features", "source_profile"),)),
    (
        "lexicon markers and sense rules",
        "round 1, 17",
        (
            ("analysis.pipeline.article", "match_markers"),
            ("analysis.pipeline.article", "marker_features"),
        ),
    ),
    (
        "agency (harm events)",
        "20",
        (
            ("analysis.pipeline.article", "find_agency"),
            ("analysis.pipeline.article", "agency_features"),
        ),
    ),
    (
        "generic frames",
        "21",
        (
            ("analysis.pipeline.article", "match_frames"),
            ("analysis.pipeline.article", "decide_frames"),
            ("analysis.pipeline.article", "frame_features"),
        ),
    ),
)
#: (callee, caller): the callee's time is subtracted from the caller's stage.
_NESTED = (("line_counts", "clean_text"), ("source_profile", "quote_features"))


def stage_times(corpus: pd.DataFrame) -> tuple[float, dict[str, float]]:
    """featurize ``corpus`` with a timer around each function of :data:`STAGES`; return the
    CPU time and the exclusive CPU seconds per function name (timers removed afterwards).

    CPU time (``time.process_time``), not wall time: on a shared machine a stage's wall time
    includes the time other processes held the core, which moved the shares by several
    points between runs (round 4)."""
    import importlib

    spent: dict[str, float] = {}
    saved = []

    def timed(name: str, fn):
        def wrapper(*a, **k):
            t0 = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t0

        return wrapper

    for _, _, funcs in STAGES:
        for module, name in funcs:
            owner = importlib.import_module(module)
            attr = name
            if "." in name:
                cls, attr = name.split(".")
                owner = getattr(owner, cls)
            fn = getattr(owner, attr)
            saved.append((owner, attr, fn))
            setattr(owner, attr, timed(name, fn))
    try:
        t0 = time.process_time()
        featurize(corpus, n_jobs=1, progress=False)
        wall = time.process_time() - t0
    finally:
        for owner, attr, fn in reversed(saved):
            setattr(owner, attr, fn)
    for inner, outer in _NESTED:
        spent[outer] = spent.get(outer, 0.0) - spent.get(inner, 0.0)
    return wall, spent


def stage_lines(wall: float, spent: dict[str, float], n: int) -> list[str]:
    """The markdown table of :func:`stage_times`."""
    lines = [
        f"## Where featurize's time goes ({n} articles, `--stages`)",
        "",
        "Exclusive CPU seconds per stage of the per-article route (timers around each stage,"
        " one run; the rest is assembly of the feature table). *Adds*: the stage's seconds over"
        " the rest of featurize, i.e. how much slower featurize is with the stage than without"
        " it (a stage of one issue: that issue's own cost):",
        "",
        "| stage | issue | seconds | share | adds |",
        "|---|---|---:|---:|---:|",
    ]
    total = 0.0
    for label, issue, funcs in STAGES:
        sec = sum(spent.get(name, 0.0) for _, name in funcs)
        total += sec
        adds = 100 * sec / (wall - sec) if wall > sec else float("nan")
        lines.append(f"| {label} | {issue} | {sec:.2f} | {100 * sec / wall:.1f} % | {adds:.1f} % |")
    rest = wall - total
    lines += [
        f"| other (size features, assembly) | | {rest:.2f} | {100 * rest / wall:.1f} % | |",
        f"| **featurize** | | **{wall:.2f}** | 100 % | |",
        "",
    ]
    return lines


def machine() -> str:
    try:
        import psutil

        mem = f"{psutil.virtual_memory().total / 2**30:.0f} GiB"
    except ImportError:
        mem = "?"
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {mem} RAM, Python {platform.python_version()}, {platform.system()}"


def _run_sampled(cmd: list[str]) -> tuple[int, float, float, float, str]:
    """Run ``cmd``; return (exit code, wall seconds, peak RSS of its largest process and peak
    RSS of its whole process tree, both in MiB, sampled every 0.2 s with psutil) and stderr.

    (``RUSAGE_CHILDREN`` would report this benchmark's own size: a forked child counts its
    parent's pages until it execs.)"""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    largest = total = 0.0
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in [ps, *ps.children(recursive=True)]]
        except psutil.Error:
            rss = []
        if rss:
            largest, total = max(largest, max(rss) / 2**20), max(total, sum(rss) / 2**20)
        time.sleep(0.2)
    _, err = proc.communicate()
    return proc.returncode, time.perf_counter() - t0, largest, total, err


def full_run(path: Path, n_jobs: int = 2, head: int | None = None) -> dict:
    """``framing featurize`` on the corpus (or its first ``head`` rows) with ``n_jobs`` workers."""
    work = ROOT / "benchmarks" / "_work"
    work.mkdir(parents=True, exist_ok=True)
    src = path
    if head is not None:
        src = work / f"head-{head}.parquet"
        pd.read_parquet(path).head(head).to_parquet(src)
    out = work / "allsides-features.parquet"
    framing = Path(sys.executable).with_name("framing")
    cmd = [
        str(framing),
        "featurize",
        str(src),
        "--out",
        str(out),
        "--n-jobs",
        str(n_jobs),
        "--outlet-column",
        "source",
        "--quiet",
    ]
    code, wall, largest, total, err = _run_sampled(cmd)
    rows = len(pd.read_parquet(out, columns=["status"])) if out.exists() and code == 0 else 0
    return {
        "returncode": code,
        "wall_s": wall,
        "peak_rss_mib_largest": largest,
        "peak_rss_mib_total": total,
        "rows": rows,
        "stderr": err[-2000:],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=None)
    ap.add_argument("--n", type=int, default=1000, help="articles in the same-run comparison")
    ap.add_argument(
        "--full", action="store_true", help="also time the whole corpus with --n-jobs 2"
    )
    ap.add_argument("--profile", action="store_true")
    ap.add_argument(
        "--stages", action="store_true", help="also time each stage of the per-article route"
    )
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = ap.parse_args(argv)

    path = args.corpus or default_corpus()
    corpus = sample_corpus(path, args.n)
    texts = corpus["text"].tolist()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    source = str(path) if path else "synthetic (bundled articles, repeated with distinct endings)"

    # warm up both sides (dictionary loads, regex compilation) on other text
    warm = load_corpus()
    featurize(warm, progress=False)
    time_textstat(warm["text"].tolist())
    gc.collect()

    # alternate the two measurements to spread machine noise over both
    ts, fz = [], []
    half = len(corpus) // 2
    parts = [corpus.iloc[:half], corpus.iloc[half:]]
    for part in parts:
        ts.append(time_textstat(part["text"].tolist()))
        fz.append(time_featurize(part))
    t_textstat, t_featurize = sum(ts), sum(fz)
    ratio = t_featurize / t_textstat

    lines = [
        "# Benchmark results",
        "",
        f"Machine: {machine()}.",
        f"Corpus: {source}; {len(corpus)} articles, {mb:.1f} MB of text (seeded sample).",
        "",
        "Same run, same articles, one core, CPU seconds (only the ratio is comparable across machines and runs):",
        "",
        "| what | seconds | articles/s | MB/s |",
        "|---|---:|---:|---:|",
        f"| textstat: six readability functions | {t_textstat:.2f} | {len(corpus) / t_textstat:.0f} | {mb / t_textstat:.2f} |",
        f"| `featurize(n_jobs=1)`: full feature set | {t_featurize:.2f} | {len(corpus) / t_featurize:.0f} | {mb / t_featurize:.2f} |",
        "",
        f"**Ratio featurize / textstat = {ratio:.2f}** (target ≤ 0.50).",
        "",
    ]
    if args.stages:
        # another sample of the same size: the token tables are as cold as in the timed run
        wall, spent = stage_times(sample_corpus(path, args.n, seed=1))
        lines += stage_lines(wall, spent, len(corpus))
    if args.profile:
        from pyinstrument import Profiler

        prof = Profiler()
        prof.start()
        featurize(corpus.head(300), progress=False)
        prof.stop()
        text = prof.output_text(unicode=False, color=False, show_all=False)
        lines += [
            "## Profile of featurize (300 articles, pyinstrument)",
            "",
            "```",
            text[:6000],
            "```",
            "",
        ]
    if args.full and path is not None:
        small = full_run(path, head=3000)
        res = full_run(path)
        lines += [
            "## Whole corpus, streamed, `framing featurize --n-jobs 2`",
            "",
            f"{res['rows']} rows in {res['wall_s']:.0f} s (target ≤ 180 s); exit code {res['returncode']}.",
            "",
            "Peak memory (resident set, sampled every 0.2 s) against corpus size — flat means streaming works:",
            "",
            "| rows | wall s | largest process MiB | all processes MiB |",
            "|---:|---:|---:|---:|",
            f"| {small['rows']} | {small['wall_s']:.0f} | {small['peak_rss_mib_largest']:.0f} | {small['peak_rss_mib_total']:.0f} |",
            f"| {res['rows']} | {res['wall_s']:.0f} | {res['peak_rss_mib_largest']:.0f} | {res['peak_rss_mib_total']:.0f} |",
            "",
        ]
    block = "\n".join(lines)
    args.out.write_text(_with_block(args.out.read_text() if args.out.exists() else "", block))
    print(block)
    return 0


_BEGIN = "<!-- begin: written by benchmarks/featurize.py -->"
_END = "<!-- end: written by benchmarks/featurize.py -->"


def _with_block(old: str, block: str) -> str:
    """``old`` with its generated block replaced by ``block`` (prepended when it has none): the
    hand-written sections of RESULTS.md below it are kept."""
    new = f"{_BEGIN}\n{block.rstrip()}\n{_END}\n"
    if _BEGIN in old and _END in old:
        head, rest = old.split(_BEGIN, 1)
        return head + new + rest.split(_END, 1)[1].lstrip("\n")
    return new + ("\n" + old if old else "")


if __name__ == "__main__":
    raise SystemExit(main())
