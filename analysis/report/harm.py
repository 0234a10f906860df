"""Evidence of harm events for a report: each event's sentence with its trigger, agent and
victim highlighted (issue 20)."""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from .blocks import Table

__all__ = ["HARM_STYLES", "highlight_event", "harm_evidence"]

#: Inline styles of the three highlights (the reports are self-contained: no stylesheet).
HARM_STYLES = {
    "trigger": "background:#f6c6c6;font-weight:bold",
    "agent": "background:#c6dcf6",
    "victim": "background:#f6e8b0",
}


def highlight_event(row: Any) -> str:
    """The sentence of one event (a :func:`analysis.compare.agency.harm_event_table` row) as
    escaped HTML with ``<mark>`` around trigger, agent and victim.

    Examples
    --------
    >>> row = {"sentence": "Twelve civilians were killed.", "sentence_start": 0,
    ...        "start": 22, "end": 28, "agent_start": -1, "agent_end": -1,
    ...        "victim_start": 0, "victim_end": 16, "form": "passive_agentless"}
    >>> out = highlight_event(row)
    >>> out.count("<mark"), "killed</mark>" in out
    (2, True)
    """
    sent, s0 = str(row["sentence"]), int(row["sentence_start"])
    spans = []
    for role, a, b in (
        ("trigger", row["start"], row["end"]),
        ("agent", row["agent_start"], row["agent_end"]),
        ("victim", row["victim_start"], row["victim_end"]),
    ):
        a, b = int(a) - s0, int(b) - s0
        if 0 <= a < b <= len(sent):
            spans.append((a, b, role))
    spans.sort()
    out, pos = [], 0
    for a, b, role in spans:
        if a < pos:  # overlapping spans: keep the first
            continue
        out.append(html.escape(sent[pos:a]))
        out.append(
            f'<mark style="{HARM_STYLES[role]}" title="{role}">{html.escape(sent[a:b])}</mark>'
        )
        pos = b
    out.append(html.escape(sent[pos:]))
    return "".join(out)


def _article_cell(r: dict) -> str:
    """The article's title (its id on hover), or its id when the corpus has no title."""
    aid = html.escape(str(r["article_id"]))
    title = str(r.get("title") or "").strip()
    if not title:
        return aid
    short = title if len(title) <= 70 else title[:69].rstrip() + "…"
    return f'<span title="{aid}">{html.escape(short)}</span>'


def harm_evidence(events: pd.DataFrame, *, max_rows: int = 30, caption: str = "") -> Table:
    """A captioned list of harm-event sentences (group, voice, form, highlighted sentence).

    Examples
    --------
    >>> ev = pd.DataFrame([{"group": "X", "article_id": "a", "voice": "author",
    ...     "form": "intransitive", "sentence": "Two died.", "sentence_start": 0, "start": 4,
    ...     "end": 8, "agent_start": -1, "agent_end": -1, "victim_start": 0, "victim_end": 3}])
    >>> "died</mark>" in harm_evidence(ev)._repr_html_()
    True
    >>> '<span title="a">Two die</span>' in harm_evidence(ev.assign(title="Two die"))._repr_html_()
    True
    """
    legend = " ".join(f'<mark style="{style}">{role}</mark>' for role, style in HARM_STYLES.items())
    rows = []
    for r in events.head(max_rows).to_dict("records"):
        rows.append(
            "<tr>"
            f"<td>{html.escape(str(r['group']))}</td><td>{_article_cell(r)}</td>"
            f"<td>{html.escape(str(r['voice']))}</td><td>{html.escape(str(r['form']))}</td>"
            f"<td>{highlight_event(r)}</td></tr>"
        )
    more = len(events) - min(len(events), max_rows)
    tail = f"<p>{more} more events not shown.</p>" if more > 0 else ""
    markup = (
        f'<div class="report-harm-evidence"><p>{html.escape(caption)}</p><p>{legend}</p>'
        "<table><thead><tr><th>group</th><th>article</th><th>voice</th><th>form</th>"
        f"<th>sentence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{tail}</div>"
    )
    return Table(markup, plain=f"{min(len(events), max_rows)} harm-event sentences")
