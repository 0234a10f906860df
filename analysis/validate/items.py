"""What a coder judges: the detector decisions of one article, as items, and the registry.

Every detector the measurement check samples is an entry of :data:`DETECTORS`: a name mapped
to a function that takes one :class:`~analysis.pipeline.ArticleAnalysis` and the sentence
spans of its body and yields :class:`Item` records.  An item is either a **hit** (something
the detector marked: a quotation, a hedge, a speaker …) or a **non-hit** (a sentence in which
the detector marked nothing of its kind, or a quotation without a speaker), so that coders can
find what it missed and recall can be estimated.  A new detector plugs in with one entry here
and one row in ``codebook.csv`` (what counts as right for it)::

    DETECTORS["agency"] = agency_items   # def agency_items(analysis, sentences) -> Iterable[Item]

Offsets are into the cleaned body (``analysis.body``), as everywhere in the suite.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import NamedTuple

from ..pipeline import ArticleAnalysis

__all__ = [
    "Item",
    "ItemSource",
    "DETECTORS",
    "quote_items",
    "speaker_items",
    "attribution_items",
    "marker_items",
    "sentences_without",
]

#: The two kinds of item.
HIT, NON_HIT = "hit", "non-hit"


class Item(NamedTuple):
    """One detector decision for a coder to judge.

    Attributes
    ----------
    category : str
        The stratum inside the detector (a quotation's kind, a marker's voice, a stance class,
        a naming group …); the sample represents every category in proportion.
    kind : str
        ``"hit"`` (the detector marked this) or ``"non-hit"`` (it marked nothing here).
    start, end : int
        The span the coder judges, in the cleaned body.
    label : str
        The detector's decision in words, shown to the coder (``"speaker: Dmitry Peskov"``).
    """

    category: str
    kind: str
    start: int
    end: int
    label: str


#: A detector's item function: (analysis, sentence spans of its body) -> items.
ItemSource = Callable[[ArticleAnalysis, Sequence[tuple[int, int]]], Iterable[Item]]


def sentences_without(
    sentences: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int]], label: str
) -> list[Item]:
    """The sentences that overlap none of ``spans``, as non-hit items.

    Parameters
    ----------
    sentences
        ``(start, end)`` of every sentence, in order.
    spans
        ``(start, end)`` of the detector's hits.
    label
        What the detector decided about such a sentence, in words.

    Returns
    -------
    list of Item
        Category ``"none"``, kind ``"non-hit"``.

    Examples
    --------
    >>> [i.start for i in sentences_without([(0, 10), (11, 20), (21, 30)], [(12, 14)], "x")]
    [0, 21]
    """
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out = []
    j = 0
    for s, e in sentences:
        while j < len(merged) and merged[j][1] <= s:
            j += 1
        if j < len(merged) and merged[j][0] < e:
            continue  # a hit overlaps the sentence
        out.append(Item(category="none", kind=NON_HIT, start=s, end=e, label=label))
    return out


def _quotations(a: ArticleAnalysis) -> list[tuple[int, int, object]]:
    """One ``(start, end, first piece)`` per quotation (the pieces of a multi-paragraph
    quotation share a ``quote_id`` and make one item)."""
    out: dict[int, list] = {}
    for q in a.quotes:
        if q.quote_id in out:
            out[q.quote_id][1] = max(out[q.quote_id][1], q.end)
        else:
            out[q.quote_id] = [q.start, q.end, q]
    return [tuple(v) for v in out.values()]


def quote_items(a: ArticleAnalysis, sentences: Sequence[tuple[int, int]]) -> Iterable[Item]:
    """Quotations (category = kind, ``direct`` or ``scare``) and sentences without one.

    Examples
    --------
    >>> from analysis.pipeline import analyse_article
    >>> from analysis.text.segment import split_sentences
    >>> a = analyse_article('Peskov said: "We will stop." The talks went on. ' * 10)
    >>> items = list(quote_items(a, split_sentences(a.body)))
    >>> items[0].category, items[0].label, a.body[items[0].start:items[0].end]
    ('direct', 'a direct quotation (quoted speech)', 'We will stop.')
    >>> sorted({i.kind for i in items})
    ['hit', 'non-hit']
    """
    quotations = _quotations(a)
    for s, e, q in quotations:
        what = "quoted speech" if q.kind == "direct" else "a term in the outlet's own sentence"
        yield Item(
            category=q.kind, kind=HIT, start=s, end=e, label=f"a {q.kind} quotation ({what})"
        )
    yield from sentences_without(
        sentences, [(s, e) for s, e, _ in quotations], "no quotation found in this sentence"
    )


def speaker_items(a: ArticleAnalysis, sentences: Sequence[tuple[int, int]]) -> Iterable[Item]:
    """Direct quotations with the speaker found (category = the speaker's side, ``unknown``
    when the actors table does not know them), and those without one (non-hits).

    Examples
    --------
    >>> from analysis.pipeline import analyse_article
    >>> a = analyse_article('Peskov said: "We will stop." The talks went on. ' * 10)
    >>> it = next(iter(speaker_items(a, [])))
    >>> it.kind, it.label
    ('hit', 'speaker: Peskov (russian_government)')
    """
    for s, e, q in _quotations(a):
        if q.kind != "direct":
            continue
        if q.speaker:
            label = f"speaker: {q.speaker}" + (f" ({q.side})" if q.side else "")
            yield Item(category=q.side or "unknown", kind=HIT, start=s, end=e, label=label)
        else:
            yield Item(category="none", kind=NON_HIT, start=s, end=e, label="no speaker found")


def attribution_items(a: ArticleAnalysis, sentences: Sequence[tuple[int, int]]) -> Iterable[Item]:
    """Reporting verbs with their speaker (category = the verb's stance class) and sentences
    without any.

    Examples
    --------
    >>> from analysis.pipeline import analyse_article
    >>> from analysis.text.segment import split_sentences
    >>> a = analyse_article('The Kremlin claimed the talks had failed. It rained. ' * 10)
    >>> it = next(iter(attribution_items(a, split_sentences(a.body))))
    >>> it.category, it.label
    ('distancing', 'The Kremlin — claimed (stance: distancing)')
    """
    for t in a.attributions:
        who = t.speaker or "no speaker"
        yield Item(
            category=t.stance or "unknown",
            kind=HIT,
            start=t.start,
            end=t.end,
            label=f"{who} — {t.verb} (stance: {t.stance or 'unknown'})",
        )
    yield from sentences_without(
        sentences,
        [(t.start, t.end) for t in a.attributions],
        "no attribution (reporting verb with its source) found in this sentence",
    )


def marker_items(
    a: ArticleAnalysis,
    sentences: Sequence[tuple[int, int]],
    *,
    category: str,
    non_hits: bool = True,
) -> Iterable[Item]:
    """Lexicon markers of one category (item category = the voice: ``author``, ``quoted`` or
    ``reported``, see :mod:`analysis.detect.voice`)
    and, with ``non_hits``, the sentences without one.

    Parameters
    ----------
    a, sentences
        As for every item function.
    category
        The marker category (``hedge``, ``booster``, ``evidential``, ``loaded``, ``naming``).
    non_hits
        Also yield the sentences without a marker of the category.

    Examples
    --------
    >>> from analysis.pipeline import analyse_article
    >>> a = analyse_article("The plan may well fail before the winter comes. " * 10)
    >>> it = next(iter(marker_items(a, [], category="hedge")))
    >>> it.category, a.body[it.start:it.end], it.label.startswith("hedge")
    ('author', 'may well', True)
    """
    marks = [m for m in a.markers if m.category == category]
    for m in marks:
        sub = f" ({m.subcategory})" if m.subcategory else ""
        form = f" — form {m.term}" if category == "naming" else f" — term {m.term!r}"
        voice = _VOICE_WORDS.get(m.voice, m.voice)
        yield Item(
            category=m.voice,
            kind=HIT,
            start=m.start,
            end=m.end,
            label=f"{category}{sub}{form}; voice: {m.voice} ({voice})",
        )
    if non_hits:
        yield from sentences_without(
            sentences, [(m.start, m.end) for m in marks], f"no {category} found in this sentence"
        )


#: How a coding sheet describes each voice of a marker.
_VOICE_WORDS = {
    "author": "the outlet's own words",
    "quoted": "inside a quotation",
    "reported": "in reported speech attributed to a source",
}


#: The detectors the measurement check samples, in the order of the sheet.  Add an entry (and
#: a row in ``codebook.csv``) to make a new detector checkable.
DETECTORS: dict[str, ItemSource] = {
    "quote": quote_items,
    "speaker": speaker_items,
    "attribution": attribution_items,
    "hedge": partial(marker_items, category="hedge"),
    "booster": partial(marker_items, category="booster"),
    "evidential": partial(marker_items, category="evidential"),
    "loaded": partial(marker_items, category="loaded"),
    "naming": partial(marker_items, category="naming", non_hits=False),
}
