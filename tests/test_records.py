"""The detectors' records are standard, immutable NamedTuples whose fields hold what their names
say."""

from __future__ import annotations

import pytest

from analysis.detect.markers import Marker, find_markers
from analysis.detect.quotes import Attribution, Quote, analyse_quotes, attribution_verbs


@pytest.mark.parametrize("cls", [Quote, Attribution, Marker])
def test_records_are_immutable_named_tuples(cls):
    assert issubclass(cls, tuple) and cls._fields[:2] == ("start", "end")
    r = cls(**{f: 0 for f in cls._fields})
    with pytest.raises(AttributeError):
        r.start = 99  # type: ignore[misc]
    assert r._replace(end=5).end == 5 and r.end == 0


def test_pipeline_records_hold_what_their_fields_say():
    text = '"We will stop," Peskov said of Kiev. "They must accept," he added, it is believed.'
    quotes, attrs = analyse_quotes(text)
    markers = find_markers(text, quotes=quotes)
    assert quotes and attrs and markers
    for r in [*quotes, *attrs, *markers]:
        assert type(r)(**r._asdict()) == r
    for q in quotes:
        assert (
            text[q.start : q.end] == q.text
            and q.kind in ("direct", "scare")
            and q.open_mark in ('"', "“")
        )
        assert q.speaker in (None, "Peskov") and isinstance(q.quote_id, int)
    for a in attrs:
        assert text[a.start : a.end] == a.text and text[a.verb_start : a.verb_end] == a.verb
        assert a.speaker is None or text[a.speaker_start : a.speaker_end] == a.speaker
        assert a.stance in {stance for stance, _ in attribution_verbs().values()}
        assert a.quote_id is None or a.quote_id in {q.quote_id for q in quotes}
    assert any(a.resolved == "Peskov" and a.verb == "said" for a in attrs)
    for m in markers:
        assert text[m.start : m.end] == m.text and m.voice in ("author", "quoted")
        assert m.category in ("naming", "hedge", "loaded", "booster", "evidential")
