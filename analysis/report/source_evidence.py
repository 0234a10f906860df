"""The sentences behind the source-type shares of report 07 (issue 18).

:func:`analysis.detect.quotes.sources.source_profile` counts the attributed words of each
article by the type of their source (government, military, expert, civilian, media,
anonymous).  :func:`source_type_evidence` shows, for one type, an attribution per article with
its source and cue marked, the articles taken in turns across the groups, so that a reader can
check what a share is made of.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from ..detect.quotes.sources import source_type
from ..text.segment import sentence_finder
from .blocks import HTMLBlock, Table, collapsible
from .marking import mark_spans, marked_table
from .sources import SOURCE_STYLES

__all__ = ["source_type_evidence", "typed_counts", "anonymous_source_evidence"]


def _round_robin(groups: Sequence[Any]) -> list[int]:
    """Indices in turns: the first item of every group, then the second of every group, …"""
    seen: dict[Any, int] = {}
    turns = []
    for i, g in enumerate(groups):
        turns.append((seen.get(g, 0), i))
        seen[g] = seen.get(g, 0) + 1
    return [i for _, i in sorted(turns)]


def _typed(art: Any, kind: str) -> list[Any]:
    """The attributions of one article whose source is of type ``kind`` (with a content span)."""
    return [
        a
        for a in art.attributions
        if a.content_start >= 0 and source_type(a.resolved, a.side) == kind
    ]


def source_type_evidence(
    analyses: Sequence[Any],
    groups: Sequence[Any],
    *,
    kind: str,
    n: int = 8,
    max_chars: int = 260,
    by: str = "outlet",
    collapsed: bool = False,
) -> HTMLBlock | None:
    """One attribution per article whose source is of type ``kind``, with its source and cue
    marked in the sentence, for the articles taken in turns across groups (every group shown
    early), under a caption that counts such attributions and articles per group.

    Report 07 compares the share of attributed words from each source type, and only the
    anonymous share had sentences behind it: on AllSides Middle East news (review 50) its
    leading difference was the media share (Christian Science Monitor 10.7 % against
    Washington Times 1.9 %), and nothing showed that it came from "…, reports Reuters" and
    "The New York Times reports that …" in the Monitor's round-ups.

    Parameters
    ----------
    analyses
        :class:`analysis.pipeline.ArticleAnalysis` objects.
    groups
        The group (outlet) of each analysis, same order.
    kind
        A source type of :data:`analysis.detect.quotes.sources.SOURCE_TYPES`.
    n
        Articles shown.
    max_chars
        The sentence is cut to a window of this many characters that keeps the source and the
        cue in view.
    by
        The header of the group column.
    collapsed
        Shown on a click: the table under a line that names the type and the counts.

    Returns
    -------
    Table, HTMLBlock or None
        ``None`` when no article has a source of that type.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> t = "Kyiv was calm. Two died, Reuters reported on Monday."
    >>> a = NS(resolved="Reuters", side=None, start=25, end=41, verb="reported",
    ...        speaker="Reuters", speaker_start=25, speaker_end=32, verb_start=33,
    ...        verb_end=41, content_start=15, content_end=23)
    >>> out = source_type_evidence([NS(body=t, attributions=[a])], ["X"], kind="media")
    >>> 'title="source">Reuters</mark>' in out._repr_html_()
    True
    >>> print(out.plain)
    1 media-source sentence; such attributions: X 1 in 1 article
    >>> source_type_evidence([NS(body=t, attributions=[a])], ["X"], kind="media",
    ...                      collapsed=True)._repr_html_()[:86]
    '<details class="report-collapsible"><summary>media sources: X 1 in 1 article</summary>'
    """
    rows = []
    typed = [_typed(art, kind) for art in analyses]
    # the turns are taken among the articles with such a source, so that a group whose first
    # articles cite none still comes early (Washington Times, media sources, review 50)
    having = [i for i, found in enumerate(typed) if found]
    for i in [having[j] for j in _round_robin([groups[i] for i in having])][:n]:
        a, body = typed[i][0], analyses[i].body
        find = sentence_finder(body)
        s = find(min(a.start, a.content_start), min(a.start, a.content_start) + 1)[0]
        e = find(max(a.end, a.content_end) - 1, max(a.end, a.content_end))[1]
        spans = [
            (a.speaker_start - s, a.speaker_end - s, "source"),
            (a.verb_start - s, a.verb_end - s, "cue"),
        ]
        sentence = re.sub(r"\s", " ", body[s:e])
        marked = mark_spans(sentence, spans, SOURCE_STYLES, max_chars=max_chars)
        rows.append(
            [html.escape(str(groups[i])), html.escape(a.speaker or ""), html.escape(a.verb), marked]
        )
    if not rows:
        return None
    counts = typed_counts(typed, groups)
    caption = f"One {kind}-source attribution per article, its source and cue marked" + (
        "." if collapsed else f"; such attributions: {counts}."
    )
    headers = [by, "source", "cue", "sentence"]
    markup = marked_table(caption, SOURCE_STYLES, headers, rows, css_class="report-source-evidence")
    plain = f"{len(rows):,} {kind}-source sentence{'s' if len(rows) != 1 else ''}"
    found = Table(markup, plain=f"{plain}; such attributions: {counts}")
    return collapsible(f"{kind} sources: {counts}", found) if collapsed else found


def typed_counts(typed: Sequence[Sequence[Any]], groups: Sequence[Any]) -> str:
    """Per group, how many attributions of a type and in how many articles, in words.

    Examples
    --------
    >>> typed_counts([[1, 2], [], [3]], ["B", "A", "B"])
    'A 0 in 0 articles; B 3 in 2 articles'
    """
    per: dict[str, list[int]] = {}
    for found, g in zip(typed, groups):
        k = per.setdefault(str(g), [0, 0])
        k[0] += len(found)
        k[1] += bool(found)
    return "; ".join(
        f"{g} {a:,} in {m:,} article{'s' if m != 1 else ''}" for g, (a, m) in sorted(per.items())
    )


def anonymous_source_evidence(
    analyses: Sequence[Any],
    groups: Sequence[Any],
    *,
    n: int = 8,
    max_chars: int = 260,
    by: str = "outlet",
) -> Table | None:
    """One anonymous-source attribution per article (:func:`source_type_evidence` of kind
    ``anonymous``).

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> t = "Kyiv was calm. Two died, a senior official said on Monday."
    >>> a = NS(resolved="a senior official", side=None, start=24, end=47, verb="said",
    ...        speaker="a senior official", speaker_start=25, speaker_end=42, verb_start=43,
    ...        verb_end=47, content_start=15, content_end=23)
    >>> html_ = anonymous_source_evidence([NS(body=t, attributions=[a])], ["X"])._repr_html_()
    >>> 'title="source">a senior official</mark>' in html_, "Kyiv was calm" in html_
    (True, False)
    """
    return source_type_evidence(analyses, groups, kind="anonymous", n=n, max_chars=max_chars, by=by)
