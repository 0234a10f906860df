"""Cleaning one article: :func:`clean_article` and the counted variant the pipeline uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .lines import paragraphs
from .normalise import normalise_scrape
from .notes import article_notes
from .rules import compiled_rules, remove_inline
from .structure import classify

__all__ = ["Article", "Cleaned", "clean_article", "clean_text", "REASONS", "LineCounter"]

#: Every reason code :func:`clean_article` can record.
REASONS: tuple[str, ...] = (
    "aggregator",
    "advert",
    "promo",
    "appeal",
    "comments",
    "navigation",
    "footer",
    "caption",
    "embed",
    "duplicate",
    "teaser",
    "byline",
    "title",
    "standfirst",
    "correction",
    "heading",
    "html",
)

#: ``line -> (the cleaner's word count, counts that add up over lines, word count)``: lets the
#: per-article pipeline tokenise each line once, for the line rules and for readability.
LineCounter = Callable[[str], tuple[int, int, int]]


@dataclass(frozen=True)
class Article:
    """A cleaned article.

    Attributes
    ----------
    title
        The manifest title when given, else the headline detected in the scrape ("" if none).
    byline
        The byline as printed ("Jane Smith"; a leading "By" removed), "" if none found.
    body
        The article's own paragraphs, in order, separated by one blank line ("\\n\\n").
    notes
        Editorial metadata kept out of the body (correction and clarification notes).
    removed
        Every dropped line as ``(text, reason)``, in document order.
    standfirst
        The outlet's summary line(s) between headline and byline, kept out of the body because
        it is the outlet's framing of the article rather than the article ("" if none).
    """

    title: str = ""
    byline: str = ""
    body: str = ""
    notes: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    standfirst: str = ""


class Cleaned(NamedTuple):
    """What :func:`clean_text` returns: the article, every removed line with its 1-based line
    number (0: HTML markup), and — with a line counter — the body's summed line counts."""

    article: Article
    removed: list[tuple[int, str, str]]
    body_counts: tuple[int, int] | None


def _known(value: Any) -> str | None:
    """A known title/author as a stripped string, or None (None, NaN and blanks)."""
    if value is not None and not isinstance(value, str):
        value = None if (isinstance(value, float) and value != value) else str(value)
    return (value or "").strip() or None


def clean_text(
    raw: Any,
    *,
    title: str | None = None,
    author: str | None = None,
    rules: str = "boilerplate.csv",
    line_counter: LineCounter | None = None,
) -> Cleaned:
    """:func:`clean_article` with the removed lines' line numbers and, when ``line_counter``
    is given, the counts it returns for the kept lines, summed (each line is counted once, for
    the line rules and for the caller)."""
    title, author = _known(title), _known(author)
    markup: list[tuple[int, str, str]] = []
    compiled = compiled_rules(rules)
    paras = paragraphs(remove_inline(normalise_scrape(raw, markup), compiled, markup))
    counts = words = None
    if line_counter is not None:
        counts = [line_counter(p.text) for p in paras]
        words = [c[0] for c in counts]
    out_title, byline, standfirst = classify(paras, compiled, title, author, words)
    removed_rows = markup + [(p.line_no, p.text, p.reason) for p in paras if p.reason]
    art = Article(
        title=out_title or "",
        byline=byline,
        body="\n\n".join(p.text for p in paras if not p.reason),
        notes=article_notes(paras),
        removed=[(t, r) for _, t, r in removed_rows],
        standfirst=standfirst,
    )
    body_counts = None
    if counts is not None:
        kept = [c for c, p in zip(counts, paras) if not p.reason]
        body_counts = (sum(c[1] for c in kept), sum(c[2] for c in kept))
    return Cleaned(art, removed_rows, body_counts)


def clean_article(
    raw: str,
    *,
    title: str | None = None,
    author: str | None = None,
    rules: str = "boilerplate.csv",
) -> Article:
    """Separate an article's own paragraphs from the scraped page around them.

    Parameters
    ----------
    raw
        The scraped text (plain text or HTML-ish); anything else is coerced with ``str`` and
        ``None``/NaN count as empty. Never raises on odd input.
    title
        A known title (e.g. from the manifest). It wins over a detected headline, and the line
        that repeats it in the text is removed with reason ``"title"``.
    author
        A known author; a line consisting of it (optionally "By ...") is removed as the byline.
    rules
        Bundled name or path of the boilerplate rule table (see ``boilerplate.csv``).

    Returns
    -------
    Article
        ``title``, ``byline``, ``body`` (paragraphs joined by blank lines), ``notes``
        (correction notes), ``removed`` (``(text, reason)`` for every dropped line) and
        ``standfirst``.

    Examples
    --------
    >>> raw = "Advert\\nThe minister resigned on Monday after a week of protests.\\nNo comments"
    >>> art = clean_article(raw)
    >>> art.body
    'The minister resigned on Monday after a week of protests.'
    >>> art.removed
    [('Advert', 'advert'), ('No comments', 'comments')]
    """
    return clean_text(raw, title=title, author=author, rules=rules).article
