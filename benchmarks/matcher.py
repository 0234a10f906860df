"""Benchmark: how to find where an article's lexicon terms and reporting verbs can start.

Usage::

    .venv/bin/python benchmarks/matcher.py [--n 1000] [--rounds 5]

The per-article route scans every cleaned body for the ~1,250 *keys* (first words) of the
lexicon terms and reporting verbs, then runs the lexicon and verb patterns, anchored, at those
positions only (:mod:`analysis.text.matcher`).  Same articles, same process, same run, this
times that whole stage — key positions for both scanners, then every lexicon and verb match —
with the key positions found by:

* ``re key trie`` — the project's design (:class:`~analysis.text.matcher.KeyIndex`): ONE
  zero-width trie regex of all keys, with the second word where every match has one, over the
  case-folded text;
* ``pyahocorasick`` — an Aho–Corasick automaton of the keys over the folded text, each hit
  then checked for word boundaries in Python (the automaton knows no words);
* ``pyahocorasick, word-mapped`` — the automaton with the keys padded by spaces, over the folded
  text with every non-word character mapped to a space first (no boundary checks; a second
  pass over the text);
* ``google-re2`` — one RE2 alternation ``\\b(?:key1|key2|…)\\b`` (case-insensitive);
* ``tokens + dict`` — every ``\\w+`` token of the folded text looked up in a dict.

The alternatives have no second-word filter (so the anchored patterns run at more positions);
the number key ``#`` (a word starting with a digit, one guard row) is added to each of them as
a digit test.  Every contender's matches must equal the project's (checked).  Rounds interleave
the contenders so that machine noise falls on all of them; the best round of each counts.
The optional contenders are skipped when their package is absent (``pip install
'media-framing[bench]'``).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from featurize import default_corpus, sample_corpus

from analysis import clean_article
from analysis.pipeline import Detectors
from analysis.text.fold import fold
from analysis.text.matcher import NUMBER_KEY, KeyHits

_NONWORD = re.compile(r"\W")
_TOKEN = re.compile(r"\w+")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


class _Positions:
    """Turns word positions (start, word) into a KeyHits value for the detectors' scanners."""

    def __init__(self, det: Detectors) -> None:
        self.scanners = det.keys.scanners
        self.owners: dict[str, list[int]] = {}
        for i, s in enumerate(self.scanners):
            for k in s.seconds or {}:
                self.owners.setdefault(k, []).append(i)
        self.number = tuple(self.owners.pop(NUMBER_KEY, ()))
        self.keys = sorted(self.owners)

    def hits(self, text: str, found: list[tuple[int, str]], low: str) -> KeyHits:
        per: list[list[int]] = [[] for _ in self.scanners]
        for pos, key in found:
            for i in self.owners[key]:
                per[i].append(pos)
        if self.number:  # words that start with a digit
            for m in _TOKEN.finditer(low):
                if m.group()[0].isdecimal():
                    for i in self.number:
                        per[i].append(m.start())
        return KeyHits(text, self.scanners, tuple(tuple(sorted(set(p))) for p in per))


def _ahocorasick(pos: _Positions):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for k in pos.keys:
        auto.add_word(k, k)
    auto.make_automaton()

    def hits(text: str) -> KeyHits:
        low, n, found = fold(text), len(text), []
        for end, key in auto.iter(low):
            s = end - len(key) + 1
            if (s == 0 or not _is_word(low[s - 1])) and (
                end + 1 == n or not _is_word(low[end + 1])
            ):
                found.append((s, key))
        return pos.hits(text, found, low)

    return hits


def _ahocorasick_mapped(pos: _Positions):
    import ahocorasick

    auto = ahocorasick.Automaton()
    for k in pos.keys:
        auto.add_word(f" {k} ", k)
    auto.make_automaton()

    def hits(text: str) -> KeyHits:
        low = fold(text)
        mapped = " " + _NONWORD.sub(" ", low) + " "
        found = [(end - len(key) - 1, key) for end, key in auto.iter(mapped)]
        return pos.hits(text, found, low)

    return hits


def _re2(pos: _Positions):
    import re2

    options = re2.Options()
    options.max_mem = 256 << 20
    alternation = "|".join(sorted(map(re.escape, pos.keys), key=len, reverse=True))
    pattern = re2.compile(r"(?i)\b(?:" + alternation + r")\b", options)

    def hits(text: str) -> KeyHits:
        low = fold(text)
        found = [(m.start(), low[m.start() : m.end()]) for m in pattern.finditer(text)]
        return pos.hits(text, [(s, k) for s, k in found if k in pos.owners], low)

    return hits


def _tokens(pos: _Positions):
    def hits(text: str) -> KeyHits:
        low = fold(text)
        found = [(m.start(), m.group()) for m in _TOKEN.finditer(low) if m.group() in pos.owners]
        return pos.hits(text, found, low)

    return hits


def _stage(det: Detectors, bodies: list[str], make_hits) -> list[tuple]:
    """Key positions, then every lexicon and verb match of every body."""
    lex, verbs = det.lexicon.scanner, det.verbs.scanner
    out = []
    for b in bodies:
        hits = make_hits(b)
        out.append(
            (
                tuple(m.span() for m in lex.finditer(b, hits=hits)),
                tuple(m.span() for m in verbs.finditer(b, hits=hits)),
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    bodies = [clean_article(t).body for t in sample_corpus(default_corpus(), args.n)["text"]]
    det = Detectors.for_lexicon(None)
    pos = _Positions(det)
    contenders = {"re key trie (ours)": det.keys.scan}
    for name, make in (
        ("pyahocorasick", _ahocorasick),
        ("pyahocorasick, word-mapped", _ahocorasick_mapped),
        ("google-re2", _re2),
        ("tokens + dict", _tokens),
    ):
        try:
            contenders[name] = make(pos)
        except ImportError as exc:
            print(f"{name}: skipped ({exc})")
    reference = _stage(det, bodies, det.keys.scan)
    same = {name: _stage(det, bodies, h) == reference for name, h in contenders.items()}
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(args.rounds):
        for name, h in contenders.items():
            t0 = time.process_time()
            _stage(det, bodies, h)
            best[name] = min(best[name], time.process_time() - t0)
    mb = sum(map(len, bodies)) / 1e6
    print(
        f"{len(bodies)} cleaned bodies, {mb:.1f} MB, {len(pos.keys)} keys; best of {args.rounds} interleaved rounds (CPU time)"
    )
    print(
        "| key positions found by | ms per article (keys + all matches) | ratio to ours | same matches |"
    )
    print("|---|---:|---:|---|")
    base = best["re key trie (ours)"]
    for name in contenders:
        print(
            f"| {name} | {1e3 * best[name] / len(bodies):.3f} | {best[name] / base:.2f} | {same[name]} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
