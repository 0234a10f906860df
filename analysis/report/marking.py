"""Marked excerpts for evidence tables: a sentence as escaped HTML with ``<mark>`` around the
spans that made a decision, cut to a window that keeps those spans in view."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

__all__ = ["mark_spans", "excerpt_window", "marked_table"]


def excerpt_window(n: int, spans: Sequence[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """The ``[start, end)`` of at most ``max_chars`` characters of a text of length ``n`` that
    holds the marked spans: the whole text when it fits, else a window from a little before
    the first span (a third of the room left), as far as the spans allow.

    Examples
    --------
    >>> excerpt_window(100, [(10, 20)], 200)
    (0, 100)
    >>> excerpt_window(1000, [(600, 620)], 90)
    (577, 667)
    >>> excerpt_window(1000, [(5, 10)], 90)
    (0, 90)
    """
    if n <= max_chars or not spans:
        return 0, min(n, max_chars)
    first = min(a for a, _ in spans)
    last = max(b for _, b in spans)
    room = max(0, max_chars - (last - first))
    start = max(0, min(first - room // 3, n - max_chars))
    return start, min(n, start + max_chars)


def mark_spans(
    text: str,
    spans: Sequence[tuple[int, int, str]],
    styles: Mapping[str, str],
    *,
    max_chars: int | None = None,
) -> str:
    """``text`` as escaped HTML with each ``(start, end, role)`` span in a ``<mark>`` styled by
    ``styles[role]`` (its role on hover); overlapping spans keep the first; with ``max_chars``
    only a window holding the spans (:func:`excerpt_window`), an ellipsis where it is cut.

    Examples
    --------
    >>> styles = {"source": "color:blue", "cue": "font-weight:bold"}
    >>> mark_spans("Officials said two died.", [(0, 9, "source"), (10, 14, "cue")], styles)
    ...  # doctest: +ELLIPSIS
    '<mark style="color:blue" title="source">Officials</mark> <mark ...>said</mark> two died.'
    >>> mark_spans("a" * 50 + " X said it.", [(51, 52, "source")], {"source": ""}, max_chars=20)
    '…aaaaaaaaa <mark style="" title="source">X</mark> said it.'
    """
    ok = sorted((a, b, r) for a, b, r in spans if 0 <= a < b <= len(text))
    lo, hi = 0, len(text)
    if max_chars is not None:
        lo, hi = excerpt_window(len(text), [(a, b) for a, b, _ in ok], max_chars)
    out, pos = ["…" if lo > 0 else ""], lo
    for a, b, role in ok:
        if a < pos or b > hi:  # overlapping or outside the window: not marked
            continue
        out.append(html.escape(text[pos:a]))
        out.append(
            f'<mark style="{styles.get(role, "")}" title="{html.escape(role)}">'
            f"{html.escape(text[a:b])}</mark>"
        )
        pos = b
    out.append(html.escape(text[pos:hi]))
    out.append("…" if hi < len(text) else "")
    return "".join(out)


def marked_table(
    caption: str,
    styles: Mapping[str, str],
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    css_class: str,
    tail: str = "",
) -> str:
    """The markup of an evidence table: its caption, a legend of the ``styles`` (one ``<mark>``
    per role), the ``headers`` (escaped) and the ``rows`` (cells already HTML), then ``tail``.

    Examples
    --------
    >>> out = marked_table("Cap", {"cue": "color:red"}, ["a"], [["<b>x</b>"]], css_class="c")
    >>> out.startswith('<div class="c"><p>Cap</p><p><mark style="color:red">cue</mark></p>')
    True
    >>> "<thead><tr><th>a</th></tr></thead><tbody><tr><td><b>x</b></td></tr></tbody>" in out
    True
    """
    legend = " ".join(f'<mark style="{style}">{role}</mark>' for role, style in styles.items())
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f'<div class="{css_class}"><p>{html.escape(caption)}</p><p>{legend}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{tail}</div>"
    )
