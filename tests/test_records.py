"""records.maker builds the same frozen records as their classes do."""

from __future__ import annotations

import dataclasses

import pytest

from analysis.detect.markers import Marker, find_markers
from analysis.detect.quotes import Attribution, Quote, analyse_quotes, attribution_verbs
from analysis.records import maker, with_value

QUOTE = (3, 9, "We won", "direct", "Peskov", "said", "neutral", 2, "RU", "\u201c", "\u201d")
ATTR = (0, 14, "Peskov said", "said", 7, 11, "neutral", "say", "Peskov", 0, 6, "Dmitry Peskov", "RU", None)
MARKER = (0, 4, "Kiev", "naming", "kyiv", "Kiev", "author")


@pytest.mark.parametrize("cls, values", [(Quote, QUOTE), (Attribution, ATTR), (Marker, MARKER)])
def test_maker_equals_the_class(cls, values):
    a, b = maker(cls)(*values), cls(*values)
    assert type(a) is cls
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b)
    assert list(vars(a).items()) == list(vars(b).items())  # same attribute order
    assert dataclasses.astuple(a) == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 99  # type: ignore[misc]


def test_with_value_equals_replace():
    a = Attribution(*ATTR)
    b = with_value(a, "quote_id", 5)
    assert b == dataclasses.replace(a, quote_id=5) and list(vars(b)) == list(vars(a)) and a.quote_id is None


def test_maker_refuses_classes_it_cannot_fill():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        x: int

    @dataclasses.dataclass
    class Checked:
        x: int

        def __post_init__(self) -> None:
            assert self.x > 0

    for cls in (Slotted, Checked):
        with pytest.raises(TypeError, match="needs a dataclass without"):
            maker(cls)


def test_pipeline_records_equal_records_built_by_their_class():
    text = '"We will stop," Peskov said of Kiev. "They must accept," he added, it is believed.'
    quotes, attrs = analyse_quotes(text)
    records = [*quotes, *attrs, *find_markers(text, quotes=quotes)]
    assert quotes and attrs and len(records) > len(quotes) + len(attrs)
    for r in records:
        rebuilt = type(r)(*dataclasses.astuple(r))
        assert r == rebuilt and list(vars(r)) == list(vars(rebuilt))
    # every field holds what its name says (a positional maker call in the wrong order would not)
    for q in quotes:
        assert text[q.start : q.end] == q.text and q.kind in ("direct", "scare") and q.open_mark in ('"', "“")
        assert q.speaker in (None, "Peskov") and isinstance(q.quote_id, int)
    for a in attrs:
        assert text[a.start : a.end] == a.text and text[a.verb_start : a.verb_end] == a.verb
        assert a.speaker is None or text[a.speaker_start : a.speaker_end] == a.speaker
        assert a.stance in {stance for stance, _ in attribution_verbs().values()}
        assert a.quote_id is None or a.quote_id in {q.quote_id for q in quotes}
    assert any(a.resolved == "Peskov" and a.verb == "said" for a in attrs)
    for m in records[len(quotes) + len(attrs):]:
        assert text[m.start : m.end] == m.text and m.voice in ("author", "quoted") and m.category in ("naming", "hedge", "loaded", "booster", "evidential")
