"""Cleaning scraped articles: keep the article's own paragraphs, drop the page around them.

A raw scrape holds more than the article: aggregator headers and footers, ad-slot labels,
newsletter and live-blog promos, photo captions (some copying a body sentence), donation and
tip-line appeals, comment-widget labels, related-story teasers, tag lists and site footers.
Framing measured on those is wrong (a Covid teaser is not an outlet's framing of a war), so
:func:`clean_article` separates them out and **records every dropped line with a reason code**
so that a researcher can audit the decision (:func:`removal_table`).

How it works (details and the reasoning per class in ``analysis/lexicons/boilerplate.md``):

1. *Normalise* (``normalise``): CR/LF to LF; zero-width, bidi-control, C0 control characters
   and lone surrogates removed; no-break spaces to spaces; HTML-ish input has its
   ``script``/``style`` blocks and tags stripped (reason ``html``) and its entities unescaped.
2. *Paragraphs* (``lines``): one non-blank line is one paragraph (hard-wrapped text,
   recognised by its line-length profile, is re-joined first).
3. *Line rules* (``rules``) from ``analysis/lexicons/boilerplate.csv`` (one regex per row, a
   reason code, a word-count guard): aggregator, advert, promo, appeal, comments, navigation,
   footer, caption credits, correction notes, bylines, teaser bylines.
4. *Structure* (``structure``): the title (given, or a headline-like first line), a byline next
   to it, a standfirst between title and byline, teaser blocks, caption copies of body
   sentences (``duplicate``), then the body range — from the first to the last sentence-like
   paragraph.  Outside it, leftovers are page chrome (``navigation`` / ``footer`` or the
   reason of the boilerplate block they sit in); inside it, lines without final punctuation
   are captions (``caption``) or crossheads (``heading``).

Reason codes: ``aggregator advert promo appeal comments navigation footer caption embed duplicate
teaser byline title standfirst correction heading html``.

``article`` holds :func:`clean_article`; ``corpus`` :func:`clean_corpus` and
:func:`removal_table`.
"""

from .article import REASONS, Article, Cleaned, LineCounter, clean_article, clean_text
from .corpus import clean_corpus, removal_table
from .rules import boilerplate_rules

__all__ = [
    "Article",
    "Cleaned",
    "LineCounter",
    "REASONS",
    "clean_article",
    "clean_text",
    "clean_corpus",
    "removal_table",
    "boilerplate_rules",
]
