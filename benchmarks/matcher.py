"""Benchmark: how to find where an article's lexicon terms and reporting verbs can start.

Usage::

    .venv/bin/python benchmarks/matcher.py [--n 1000]

The per-article route needs, for every cleaned body, the positions where one of ~1,250 *keys*
(the first words of the lexicon terms and of the reporting verbs) occurs as a whole word
(:class:`analysis.text.matcher.KeyIndex`).  Same articles, same process, same run, it times:

* ``re key trie`` — the project's design: the keys compiled into ONE zero-width trie regex
  (``(?<!\\w)(?=k(?:ey|…)(?!\\w))``) scanned over the case-folded text with ``finditer``;
* ``pyahocorasick`` — an Aho–Corasick automaton of the keys over the folded text, every hit
  then checked for word boundaries in Python (the automaton has no notion of a word);
* ``pyahocorasick, word-mapped`` — the same automaton with the keys padded by spaces, over the
  folded text with every non-word character mapped to a space first (no boundary checks, but a
  second pass over the text);
* ``google-re2`` — one RE2 alternation ``\\b(?:key1|key2|…)\\b`` (case-insensitive) with
  ``finditer``;
* ``tokens + dict`` — every ``\\w+`` token of the folded text looked up in a dict.

Every contender must find at least the positions the project's design finds (checked).  The
optional contenders are skipped when their package is absent (``pip install pyahocorasick
google-re2``).  Results are appended to ``benchmarks/RESULTS.md`` by hand (ratios only: the
machines are noisy).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import clean_article  # noqa: E402
from analysis.pipeline import Detectors  # noqa: E402
from analysis.text.fold import fold  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from featurize import default_corpus, sample_corpus  # noqa: E402

_NONWORD = re.compile(r"\W")
_TOKEN = re.compile(r"\w+")


def _ours(index, bodies):
    return [sorted({p for pos in index.scan(b).positions for p in pos}) for b in bodies]


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _ahocorasick(keys, bodies):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for k in keys:
        auto.add_word(k, len(k))
    auto.make_automaton()

    def run():
        out = []
        for b in bodies:
            low, n, found = fold(b), len(b), set()
            for end, length in auto.iter(low):
                s = end - length + 1
                if (s == 0 or not _is_word(low[s - 1])) and (
                    end + 1 == n or not _is_word(low[end + 1])
                ):
                    found.add(s)
            out.append(sorted(found))
        return out

    return run


def _ahocorasick_mapped(keys, bodies):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for k in keys:
        auto.add_word(f" {k} ", len(k))
    auto.make_automaton()

    def run():
        out = []
        for b in bodies:
            low = " " + _NONWORD.sub(" ", fold(b)) + " "
            out.append(sorted({end - length - 1 for end, length in auto.iter(low)}))
        return out

    return run


def _re2(keys, bodies):
    import re2

    options = re2.Options()
    options.max_mem = 256 << 20
    alternation = "|".join(sorted(map(re.escape, keys), key=len, reverse=True))
    pattern = re2.compile(r"(?i)\b(?:" + alternation + r")\b", options)

    def run():
        return [sorted(m.start() for m in pattern.finditer(b)) for b in bodies]

    return run


def _tokens(keys, bodies):
    table = dict.fromkeys(keys)

    def run():
        return [[m.start() for m in _TOKEN.finditer(fold(b)) if m.group() in table] for b in bodies]

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    corpus = sample_corpus(default_corpus(), args.n)
    bodies = [clean_article(t).body for t in corpus["text"]]
    det = Detectors.for_lexicon(None)
    keys = sorted({k for s in det.keys.scanners for k in (s.seconds or {}) if k != "#"})
    contenders = {"re key trie (ours)": lambda: _ours(det.keys, bodies)}
    for name, make in (
        ("pyahocorasick", _ahocorasick),
        ("pyahocorasick, word-mapped", _ahocorasick_mapped),
        ("google-re2", _re2),
        ("tokens + dict", _tokens),
    ):
        try:
            contenders[name] = make(keys, bodies)
        except ImportError as exc:
            print(f"{name}: skipped ({exc})")
    reference = contenders["re key trie (ours)"]()
    mb = sum(map(len, bodies)) / 1e6
    print(f"{len(bodies)} articles, {mb:.1f} MB, {len(keys)} keys; best of {args.repeat} runs")
    base = None
    for name, run in contenders.items():
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            found = run()
            best = min(best, time.perf_counter() - t0)
        covers = (
            all(set(r) <= set(f) for r, f in zip(reference, found))
            if name.startswith("re key") is False
            else True
        )
        base = base or best
        print(
            f"| {name} | {1e3 * best / len(bodies):.3f} ms/article | {best / base:.2f}x | covers ours: {covers} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
