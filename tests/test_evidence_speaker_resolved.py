"""The evidence table's ``speaker`` is who speaks in every family (lead, round 31).

The report review of round 31 found "who" as the speaker of 121 of 5,257 attribution rows of the
BASIL evidence table, while the quote and reported rows of the same attributions named the
person: attribution rows gave the phrase as written.
"""

import pandas as pd

from analysis.pipeline import spans


def _rows(text: str) -> pd.DataFrame:
    corpus = pd.DataFrame({"article_id": ["a"], "outlet": ["x"], "text": [text]})
    return spans(corpus)


def test_a_relative_pronoun_speaker_is_resolved_in_attribution_rows():
    # USA TODAY (AllSides), round 29's sentence
    ev = _rows(
        "The critics include House Speaker Paul Ryan, R-Wisc., who said that “this is not "
        "conservatism.” Others agreed.\n\nThe vote is next week."
    )
    att = ev[ev["family"] == "attribution"]
    # the words as written stay in the row's text
    assert list(att.loc[att["text"] == "who said", "speaker"]) == ["House Speaker Paul Ryan"]
    quote = ev[ev["family"] == "quote"]
    assert list(quote["speaker"]) == ["House Speaker Paul Ryan"]


def test_a_named_speaker_is_unchanged():
    ev = _rows("Sen. Mark Meadows said the bill would fail.\n\nIt did.")
    assert list(ev.loc[ev["family"] == "attribution", "speaker"]) == ["Sen. Mark Meadows"]
