"""The evidence view: an article's text with its quotations and framing markers highlighted,
so that a reader sees the words behind every number.

The spans come from :mod:`.evidence_spans`; this module draws them as nested HTML, cuts
excerpts (news articles are usually copyrighted) and holds the colours' legend.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import FramingError
from .evidence_spans import EVIDENCE_FAMILIES, collect_spans

__all__ = ["EVIDENCE_FAMILIES", "evidence_html", "evidence_legend", "article_evidence"]

_EVIDENCE_CSS = """
.fe-body { white-space: pre-wrap; font-family: Charter, Cambria, Georgia, serif; \
line-height: 1.75; font-size: 16px;
  max-width: 46rem; padding: .8rem 1rem; border: 1px solid #d1d9e0; border-radius: 4px; \
background: #fff; color: #1f2328; }
.fe-body .fe { border-radius: 2px; padding: 0 1px; }
.fe-body .fe-quote { background: #e8eef7; font-style: italic; box-shadow: inset 2px 0 0 #5b7bb4; }
.fe-body .fe-reported, .fe-legend .fe-reported { box-shadow: inset 0 -2px 0 #c2a36b; }
.fe-body .fe-q-open, .fe-body .fe-q-close { color: #5b7bb4; font-weight: 700; \
font-style: normal; }
.fe-legend { font: 13px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", \
sans-serif; margin: .4rem 0 .8rem; }
.fe-legend .fe { display: inline-block; margin: 0 .5rem .2rem 0; padding: 0 .4rem; \
border-radius: 2px; }
.fe-body .fe-who::after, .fe-legend .fe-who::after { content: "\u2014\u00a0" attr(data-who); \
font: 600 11px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #3d5a8c; background: #e8eef7; border-radius: 2px; padding: 0 .3em; \
margin-left: .25em; vertical-align: 1px; white-space: nowrap; }
.fe-body .fe-v-quoted { outline: 1px dashed #888; outline-offset: -1px; }
.fe-body .fe-more { font: italic 13px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, \
"DejaVu Sans", sans-serif; color: #57606a;
  margin-top: .6rem; white-space: normal; }
.fe-head { font: 600 14px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", \
sans-serif; margin: 1rem 0 .3rem; }
"""


def _family_css() -> str:
    """One background rule per family, and the legend's quotation and outline chips."""
    rules = []
    for fam, (_, colour) in EVIDENCE_FAMILIES.items():
        if fam != "quote":
            rules.append(f".fe-{fam} {{ background: {colour}; }}")
    rules.append(
        ".fe-legend .fe-quote { background: #e8eef7; font-style: italic; "
        "box-shadow: inset 2px 0 0 #5b7bb4; }"
    )
    rules.append(".fe-legend .fe-v-quoted { outline: 1px dashed #888; outline-offset: -1px; }")
    return "\n".join(rules)


def _style_block() -> str:
    return f"<style>{_EVIDENCE_CSS}{_family_css()}</style>"


def evidence_legend(*, include_style: bool = True) -> str:
    """HTML legend of the evidence-view colours.

    Parameters
    ----------
    include_style
        Prepend the ``<style>`` block the colours need.

    Returns
    -------
    str

    Examples
    --------
    >>> "Hedge" in evidence_legend()
    True
    """
    # every colour a highlight can have is keyed, the grey of the other families too
    # (violence terms, vague quantifiers, contested labels: their category is on hover)
    chips = "".join(
        f'<span class="fe fe-{fam}">{html.escape(label)}</span>'
        for fam, (label, _) in EVIDENCE_FAMILIES.items()
        if fam != "other"
    )
    chips += (
        f'<span class="fe fe-other">{html.escape(EVIDENCE_FAMILIES["other"][0])} (violence, '
        "quantifier, contested …: hover for its category)</span>"
    )
    chips += (
        '<span class="fe fe-loaded fe-v-quoted">dashed outline = marker inside a quotation '
        "(not the outlet's own voice)</span>"
    )
    chips += (
        '<span class="fe fe-quote">quoted words</span>'
        '<span class="fe-who" data-who="speaker, as detected"></span>'
    )
    return (_style_block() if include_style else "") + f'<div class="fe-legend">{chips}</div>'


def evidence_html(
    body: str,
    quotes: Iterable[Any] = (),
    markers: Iterable[Any] = (),
    *,
    attributions: Iterable[Any] = (),
    reported: Iterable[tuple[int, int]] = (),
    title: str | None = None,
    include_style: bool = True,
    max_words: int | None = None,
) -> str:
    """Render an article with quotations and framing markers highlighted, as an HTML fragment.

    Quotations (the quoted voice) are set in italics on a blue-grey ground with a rule on the
    left; reported speech (the reported voice) on a sand ground, underlined; markers get a
    background colour per family (see :data:`EVIDENCE_FAMILIES` and :func:`evidence_legend`),
    with a dashed outline when they are inside a quotation (the outlet is reporting someone
    else's words).  Hovering a span shows its category, term, voice, and for quotes the
    speaker, verb and stance.  Text is HTML-escaped; overlapping and crossing spans are nested
    correctly (a span that crosses another is split at the crossing point), and line breaks
    are kept.

    Parameters
    ----------
    body
        The text the spans' offsets point into (the cleaned body).
    quotes
        Objects or mappings with ``start``, ``end`` and optionally ``speaker``, ``verb``,
        ``stance``, ``kind`` (e.g. :class:`analysis.detect.quotes.Quote`).
    markers
        Objects or mappings with ``start``, ``end`` and ``family`` or ``category``, optionally
        ``subcategory``, ``term``, ``voice`` (e.g. :class:`analysis.detect.markers.Marker`, or
        rows of :func:`analysis.spans`).  Spans outside the text are ignored.
    attributions
        Objects or mappings with ``verb_start``/``verb_end`` (or ``start``/``end``), ``verb``,
        ``stance``, ``speaker``/``resolved`` (e.g. :class:`analysis.detect.quotes.Attribution`):
        the reporting verb is highlighted, its stance and speaker shown on hover.
    reported
        ``(start, end)`` stretches of reported speech without quotation marks
        (:func:`analysis.pipeline.evidence.reported_stretches` of an ``ArticleAnalysis``'s
        ``voices``).
    title
        Optional heading shown above the text.
    include_style
        Prepend the ``<style>`` block (set ``False`` when rendering many articles on one page
        after one :func:`evidence_legend`).
    max_words
        Show only an excerpt: the text up to the end of the paragraph (or, in a long
        paragraph, the sentence) in which the ``max_words``-th word falls, followed by a line
        saying how many words are not shown.  Spans are cut at the end of the excerpt.
        ``None`` (default) shows the whole text.  News articles are usually copyrighted: a
        report that is shared should show excerpts, not whole articles.

    Returns
    -------
    str
        An HTML fragment (``<div class="fe-body">…</div>``).

    Examples
    --------
    >>> evidence_html("He said <b> 'barbarians'.", [{"start": 13, "end": 23}],
    ...               [{"start": 13, "end": 23, "category": "loaded", "voice": "quoted"}],
    ...               include_style=False)  # doctest: +ELLIPSIS
    '<div class="fe-body">He said &lt;b&gt; &#x27;<span class="fe
    fe-quote" ...><span class="fe fe-loaded fe-v-quoted" ...>barbarians</span></span>&#x27;.</div>'
    """
    text = str(body)
    spans_ = collect_spans(text, quotes, markers, attributions, reported)
    more = ""
    if max_words is not None:
        text, spans_, more = _excerpt(text, spans_, max_words)
    head = f'<div class="fe-head">{html.escape(title)}</div>' if title else ""
    style = _style_block() if include_style else ""
    return style + head + '<div class="fe-body">' + _nested_html(text, spans_) + more + "</div>"


def _excerpt(
    text: str, spans_: list[dict[str, Any]], max_words: int
) -> tuple[str, list[dict[str, Any]], str]:
    """The excerpt of about ``max_words`` words, its spans cut at its end, and the line saying
    how many words are not shown (``""`` when the whole text fits)."""
    cut = _excerpt_end(text, max_words)
    if cut >= len(text):
        return text, spans_, ""
    from ..text import word_spans  # the words the feature table counts (n_words)

    n_total, n_shown = len(word_spans(text)), len(word_spans(text[:cut]))
    more = (
        f'<div class="fe-more">[&hellip;] Excerpt: the first {n_shown:,} of {n_total:,} words; '
        f"the other {n_total - n_shown:,} are not reproduced here.</div>"
    )
    text = text[:cut].rstrip()
    cut = len(text)
    spans_ = [{**sp, "end": min(sp["end"], cut)} for sp in spans_ if sp["start"] < cut]
    spans_ = [sp for sp in spans_ if sp["start"] < sp["end"]]
    return text, spans_, more


def _nested_html(text: str, spans_: list[dict[str, Any]]) -> str:
    """The escaped text with every span as a properly nested ``<span>`` (crossing spans are
    split), and a speaker label after each attributed quotation."""
    bounds = sorted({s["start"] for s in spans_} | {s["end"] for s in spans_} | {0, len(text)})
    starts: dict[int, list[int]] = {}
    for i, s in enumerate(spans_):
        starts.setdefault(s["start"], []).append(i)
    parts: list[str] = []
    stack: list[int] = []
    for k, pos in enumerate(bounds):
        labels = _close_spans_at(pos, spans_, stack, parts)
        # a speaker label goes after the closing quotation mark when one follows
        after_mark = (
            bool(labels) and pos not in starts and pos < len(text) and text[pos] in _CLOSING_MARKS
        )
        if labels and not after_mark:
            parts.extend(labels)
        for i in starts.get(pos, []):
            parts.append(_open_tag(spans_[i]))
            stack.append(i)
        if k + 1 < len(bounds):
            segment = text[pos : bounds[k + 1]]
            if after_mark:
                parts.append(_escape_text(segment[0]))
                parts.extend(labels)
                segment = segment[1:]
            parts.append(_escape_text(segment))
    parts.append("</span>" * len(stack))
    return "".join(parts)


def _close_spans_at(
    pos: int, spans_: list[dict[str, Any]], stack: list[int], parts: list[str]
) -> list[str]:
    """Close the open spans ending at ``pos``, appending to ``parts`` and popping ``stack``.

    Spans above them on the stack are closed and reopened.  Returns the speaker labels of the
    quotations that ended, for the caller to place.
    """
    labels: list[str] = []
    ending = {i for i in stack if spans_[i]["end"] == pos}
    if not ending:
        return labels
    deepest = min(stack.index(i) for i in ending)
    reopen = [i for i in stack[deepest:] if i not in ending]
    for i in reversed(stack[deepest:]):
        parts.append("</span>")
        if i in ending and spans_[i].get("who"):
            who = html.escape(str(spans_[i]["who"]), quote=True)
            labels.append(f'<span class="fe-who" data-who="{who}"></span>')
    del stack[deepest:]
    for i in reopen:
        parts.append(_open_tag(spans_[i]))
        stack.append(i)
    return labels


def _open_tag(span: Mapping[str, Any]) -> str:
    cls = f"fe fe-{span['family']}" + (" fe-v-quoted" if span["quoted"] else "")
    return f'<span class="{cls}" title="{html.escape(span["title"], quote=True)}">'


_WORD_RE = re.compile(r"\S+")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u2019\u201d)\]]*(?=\s)")


def _excerpt_end(text: str, max_words: int) -> int:
    """Offset where an excerpt of about ``max_words`` words ends (paragraph, else sentence, else
    word).

    Examples
    --------
    >>> t = "One two three.\\nFour five six. Seven eight.\\nNine ten."
    >>> t[:_excerpt_end(t, 2)], t[:_excerpt_end(t, 4)]
    ('One two three.', 'One two three.\\nFour five six. Seven eight.')
    >>> _excerpt_end(t, 99) == len(t)
    True
    """
    if max_words < 1:
        raise FramingError(f"max_words must be at least 1, not {max_words!r}")
    words = list(_WORD_RE.finditer(text))
    if len(words) <= max_words:
        return len(text)
    pos = words[max_words - 1].end()
    limit = words[min(len(words), max_words + max(5, max_words // 2)) - 1].end()
    nl = text.find("\n", pos)
    if nl != -1 and nl <= limit:
        return nl
    m = _SENTENCE_END_RE.search(text, pos - 1, limit)
    if m:
        return m.end()
    return pos


_CLOSING_MARKS = frozenset("\"'\u2019\u201d\u00bb\u203a")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _escape_text(s: str) -> str:
    return html.escape(_CONTROL_RE.sub("\ufffd", s), quote=True)


def article_evidence(
    analysis: Any,
    *,
    title: str | None = None,
    include_style: bool = False,
    max_words: int | None = None,
) -> str:
    """Evidence view of one analysed article (from :func:`analysis.pipeline.analyse_article`).

    Parameters
    ----------
    analysis
        An ``ArticleAnalysis`` (``article.body``, ``quotes``, ``markers``, ``attributions``,
        ``voices``, ``status``).
    title
        Heading above the text (e.g. the outlet and headline).
    include_style
        Prepend the ``<style>`` block (normally emitted once by :func:`evidence_legend`).
    max_words
        Show an excerpt of about this many words (see :func:`evidence_html`); ``None``: the
        whole body.

    Returns
    -------
    str
        HTML fragment; for an article without a body, a one-line note with its status.

    Examples
    --------
    >>> from analysis.pipeline import analyse_article
    >>> a = analyse_article("The Kremlin said the 'special military operation' would go on. " * 10)
    >>> "fe-quote" in article_evidence(a)
    True
    """
    art = getattr(analysis, "article", None)
    body = getattr(art, "body", "") if art is not None else ""
    head = f'<div class="fe-head">{html.escape(title)}</div>' if title else ""
    if not body:
        status = getattr(analysis, "status", "no body")
        return head + f'<p class="report-note">No text to show ({html.escape(str(status))}).</p>'
    from ..pipeline.evidence import reported_stretches

    status = getattr(analysis, "status", "ok")
    voices = getattr(analysis, "voices", None)
    flag = ""
    if status != "ok":
        flag = f'<p class="report-note">Status: {html.escape(str(status))}</p>'
    return (
        head
        + flag
        + evidence_html(
            body,
            getattr(analysis, "quotes", ()),
            getattr(analysis, "markers", ()),
            attributions=getattr(analysis, "attributions", ()),
            reported=reported_stretches(body, voices, getattr(analysis, "attributions", ())),
            include_style=include_style,
            max_words=max_words,
        )
    )
