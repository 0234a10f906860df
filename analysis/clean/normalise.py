"""Character-level normalisation of a scrape: line breaks, invisible characters, HTML markup."""

from __future__ import annotations

import html
import re
from typing import Any

from ..text.mojibake import repair_mojibake

__all__ = [
    "normalise_scrape",
    "INVISIBLE",
    "SPACES",
    "LINESEP",
    "NEEDS_NORMALISING",
]

#: Zero-width, bidi-control and C0 control characters, soft hyphens and lone surrogates (removed).
INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
    "\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]"
)
#: No-break and other spaces (made plain spaces).
SPACES = re.compile("[\u00a0\u2007\u202f\t\x0c]")
#: Line separators other than LF (made LF).
LINESEP = re.compile("\r\n?|[\u2028\u2029\x85]")
#: Any character one of the three above would change (one scan decides whether they run).
NEEDS_NORMALISING = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
    "\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\u00a0\u2007\u202f\t\x0c\r\u2028\u2029\x85]"
)

_HTML_HINT = re.compile(
    r"<(?:/?(?:p|br|div|span|a|li|ul|ol|h[1-6]|script|style|noscript|html|body|head|img|figure|"
    r"figcaption|section|article|header|footer|nav|aside|table|tr|td|th|strong|em|b|i|u|blockquote|"
    r"iframe|meta|link|time|button|form|input|label|picture|source|svg)\b[^<>]{0,2000}>|!--)",
    re.I,
)
_HTML_DROP_BLOCK = re.compile(
    r"<(script|style|noscript|template|svg|iframe|head)\b[^<>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
_HTML_CAPTION = re.compile(r"<figcaption\b[^<>]*>(.*?)</figcaption\s*>", re.I | re.S)
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|section|article|header|footer|nav|aside|table|tr|blockquote|"
    r"figure|main|dd|dt|dl|pre|hr)\b[^<>]{0,2000}>|<br\s*/?>",
    re.I,
)
_HTML_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _strip_html(text: str, removed: list[tuple[int, str, str]]) -> str:
    """Strip markup from HTML-ish text; every dropped piece is recorded (line 0 = markup)."""

    def drop(m: re.Match[str]) -> str:
        piece = m.group(0).strip()
        if piece:
            removed.append((0, piece, "html"))
        return "\n"

    def caption(m: re.Match[str]) -> str:
        inner = " ".join(html.unescape(_HTML_ANY_TAG.sub(" ", m.group(1))).split())
        if inner:
            removed.append((0, inner, "caption"))
        return "\n"

    def block(m: re.Match[str]) -> str:
        removed.append((0, m.group(0), "html"))
        return "\n\n"

    def inline(m: re.Match[str]) -> str:
        removed.append((0, m.group(0), "html"))
        return ""

    text = _HTML_DROP_BLOCK.sub(drop, text)
    text = _HTML_CAPTION.sub(caption, text)
    text = _HTML_BLOCK_TAG.sub(block, text)
    return _HTML_ANY_TAG.sub(inline, text)


def normalise_scrape(raw: Any, removed: list[tuple[int, str, str]]) -> str:
    """The raw scrape as plain text: mojibake repaired (:func:`repair_mojibake`), CR/LF to LF,
    invisible characters removed, no-break spaces made spaces, HTML markup stripped (each piece
    appended to ``removed`` as ``(0, text, reason)``) and entities unescaped.  ``None``/NaN
    are empty; anything else is ``str``-ed."""
    if raw is None or (isinstance(raw, float) and raw != raw):
        return ""
    text = repair_mojibake(raw if isinstance(raw, str) else str(raw))
    if NEEDS_NORMALISING.search(text):
        text = LINESEP.sub("\n", text)
        text = INVISIBLE.sub("", text)
        text = SPACES.sub(" ", text)
    if _HTML_HINT.search(text):
        text = _strip_html(text, removed)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
        text = INVISIBLE.sub("", SPACES.sub(" ", text))
    return text
