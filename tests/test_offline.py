"""Nothing is downloaded at run time: textstat and our readability work with the network blocked.

Each check runs in a fresh interpreter whose sockets refuse to connect and whose NLTK data path is
an empty folder, so a cached dictionary from an earlier test cannot hide a download.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

BLOCK = textwrap.dedent(
    """
    import socket, sys
    class _Blocked(socket.socket):
        def connect(self, *a, **k):
            raise OSError("network blocked by test")
        def connect_ex(self, *a, **k):
            raise OSError("network blocked by test")
    socket.socket = _Blocked
    socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(
        OSError("network blocked by test")
    )
    import nltk
    nltk.data.path[:] = [sys.argv[1]]
    """
)


def _run(code: str, tmp_path) -> subprocess.CompletedProcess:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env_code = BLOCK + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", env_code, str(empty)],
        capture_output=True,
        text=True,
        timeout=300,
        env={"NLTK_DATA": str(empty), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )


def test_unpatched_textstat_needs_the_network(tmp_path):
    """The control: without the suite, textstat's syllable count fails offline (so the next test can
    fail)."""
    res = _run(
        """
        import textstat
        try:
            textstat.syllable_count("Kremlin spokesman")
        except LookupError:
            print("LOOKUP-ERROR")
        """,
        tmp_path,
    )
    if "LOOKUP-ERROR" not in res.stdout:
        pytest.skip("this textstat version does not look cmudict up through NLTK; nothing to patch")


def test_every_textstat_function_works_offline_after_import(tmp_path):
    res = _run(
        """
        import analysis, textstat
        text = ("The Kremlin said Monday that Russia's assault on Ukraine would end in a moment. "
                "Peskov told Reuters the demands were clear. Ukraine rejected them.")
        for name in ["syllable_count", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
                     "smog_index", "coleman_liau_index", "dale_chall_readability_score",
                     "automated_readability_index", "difficult_words", "lexicon_count",
                     "sentence_count"]:
            value = getattr(textstat, name)(text)
            assert value == value, name
        # syllables come from the CMU dictionary, not the pyphen fallback:
        # "spokesman" is 2 syllables in CMU, "Kremlin" 2
        assert textstat.syllable_count("spokesman Kremlin") == 4, textstat.syllable_count(
            "spokesman Kremlin"
        )
        print("OK")
        """,
        tmp_path,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "OK" in res.stdout
    assert "nltk_data" not in res.stderr  # no download attempt was logged


def test_suite_readability_works_offline(tmp_path):
    pytest.importorskip("analysis.detect.readability")
    res = _run(
        """
        from analysis.detect.readability import readability
        r = readability("Mr. Peskov spoke to Reuters on Feb. 24. He said the U.S. was wrong.")
        assert r["n_sentences"] == 2, r
        print("OK")
        """,
        tmp_path,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "OK" in res.stdout
