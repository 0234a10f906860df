"""Shared test fixtures.

Tests that need the (never committed) data in ``../shared`` take the ``shared`` fixture or call
``need_shared(...)``; both skip with a clear reason on a fresh clone where it is absent.
"""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path

import pytest

from analysis.paths import DEFAULT_CORPUS, PROJECT_ROOT, shared_dir, shared_path


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # a hook of pytest-xdist, when installed
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """Under ``--dist loadgroup`` (``make test``), schedule the tests by the groups of
    :func:`xdist_groups.module_group`: the modules that share an expensive state run on one worker,
    every other module on one worker too (its fixtures built once)."""
    if config.getoption("dist") != "loadgroup":
        return None
    from xdist_groups import group_scheduler

    return group_scheduler(config, log)


def need_shared(*parts: str) -> Path:
    """Return ``../shared/<parts>`` or skip the calling test with the reason."""
    p = shared_path(*parts)
    if p is None:
        where = "/".join(parts) or "."
        pytest.skip(
            f"needs ../shared/{where} (the shared data is never committed; it is absent on this "
            "machine)"
        )
    return p


def need_git_history(commit: str) -> None:
    """Skip the calling test with the reason when ``commit`` is not in the project's git history
    (a copy without ``.git``, or no ``git``): the hit-audit draws read the lexicons of their
    round's start with ``git show``."""
    try:
        done = subprocess.run(
            ["git", "-C", str(PROJECT_ROOT), "cat-file", "-e", f"{commit}^{{commit}}"],
            capture_output=True,
            check=False,
        )
        found = done.returncode == 0
    except OSError:
        found = False
    if not found:
        pytest.skip(
            f"needs the project's git history (commit {commit}, whose lexicons the draw used): "
            "run the tests from a git clone"
        )


def battery_from_cue_lines(folder: Path, lines: list[str], questions=None):
    """A generic-frame battery whose cues are ``lines`` (the lines of a ``cues.csv``, written to
    ``folder``), with the bundled questions (or ``questions``), thresholds, length powers and units:
    the battery as it was before a revision, for tests that must fail without it."""
    from analysis.detect.frames.battery import (
        Battery,
        read_length_powers,
        read_length_units,
        read_questions,
        read_thresholds,
    )
    from analysis.detect.markers.lexicon import compile_lexicon

    cues = folder / "cues.csv"
    cues.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Battery(
        questions=tuple(questions) if questions is not None else read_questions(),
        cues=compile_lexicon([str(cues)]),
        files=(str(cues),),
        thresholds=read_thresholds(),
        length_powers=read_length_powers(),
        length_units=read_length_units(),
    )


def frame_questions(text: str, battery=None) -> set[str]:
    """The ids of the frame questions that ``text`` answers (with ``battery``, else the bundled
    one): what the frame-revision tests compare before and after a revision."""
    from analysis import find_frames

    return {e.question for e in find_frames(text, battery=battery)}


def assert_frame_answer(text: str, question: str, cues: list[str]) -> None:
    """``question`` is answered in ``text`` by ``cues`` (as written), and the evidence span and
    its cues round-trip."""
    from analysis import find_frames

    ev = [e for e in find_frames(text) if e.question == question]
    assert ev, f"{question} not answered by {text!r}"
    assert [c.text for c in ev[0].cues] == cues
    assert text[ev[0].start : ev[0].end] == ev[0].text
    assert all(text[c.start : c.end] == c.text for c in ev[0].cues)


def split_ids(n: int, split: str) -> list[str]:
    """The first ``n`` made-up article ids ``art-<i>`` that the agency evaluation's article split
    (:func:`analysis.evaluation.agency.split_of`) puts in ``split`` ("dev" or "test")."""
    from analysis.evaluation.agency import split_of

    out, i = [], 0
    while len(out) < n:
        if split_of(f"art-{i}") == split:
            out.append(f"art-{i}")
        i += 1
    return out


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder; skips when absent."""
    d = shared_dir()
    if d is None:
        pytest.skip(
            "needs ../shared (the shared data is never committed; it is absent on this machine)"
        )
    return d


@pytest.fixture(scope="session")
def raw_corpus_dir() -> Path:
    return DEFAULT_CORPUS


@pytest.fixture(scope="session")
def seed_corpus():
    from analysis import load_corpus

    return load_corpus(DEFAULT_CORPUS)


@pytest.fixture(scope="session")
def seed_texts(seed_corpus) -> dict[str, str]:
    """Outlet name -> raw text of the five bundled articles."""
    return dict(zip(seed_corpus["outlet"], seed_corpus["text"]))


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT_ROOT


@pytest.fixture(scope="session")
def wikiweasel_hedges() -> dict:
    """``evaluate_hedges()`` on WikiWeasel, computed once per session (several rounds' tests check
    their floors on the same development scores); each test reads a copy. Skips without it."""
    from analysis.evaluation.hedges import evaluate_hedges

    need_shared("validation", "hedges-wikiweasel")
    return evaluate_hedges()


@pytest.fixture
def wikiweasel_scores(wikiweasel_hedges) -> dict:
    """A copy of :func:`wikiweasel_hedges` that the test may change."""
    return copy.deepcopy(wikiweasel_hedges)


@pytest.fixture(scope="session")
def frames_development_sets() -> dict:
    """``development_sets()`` of the frame rounds (the eight dev sets joined with their profile
    table), computed once per session; tests take :func:`fresh_sets` of it. Skips without
    ../shared or $FRAMING_FRAMES_EXTRA."""
    need_shared("validation", "frames-generic-synthetic")
    need_shared("validation", "frames-semeval2023")
    need_shared("datasets", "allsides-2012-2020")
    from analysis.evaluation.frames import load_frermann
    from analysis.evaluation.frames_fit import development_sets

    if load_frermann() is None:
        pytest.skip("Frermann et al. (2023) not present ($FRAMING_FRAMES_EXTRA)")
    return development_sets()


def fresh_sets(sets: dict) -> dict:
    """A copy of a dict of frames that the caller may change."""
    return {k: v.copy(deep=True) for k, v in sets.items()}
