"""Evidence of harm events for a report: each event's sentence with its trigger, agent and
victim highlighted (issue 20)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import pandas as pd

from ..detect.agency.records import FORM_LABELS
from ..detect.packs import side_label
from .blocks import Table
from .differences import format_number
from .marking import mark_spans, marked_table
from .quality import partial_text_note

__all__ = [
    "side_coverage",
    "HARM_STYLES",
    "FORM_LABELS",
    "highlight_event",
    "harm_evidence",
    "form_share_display",
    "erasure_display",
    "harm_coverage",
    "harm_count",
    "erasure_sentences",
    "erasure_difference_sentences",
]

#: Inline styles of the three highlights (the reports are self-contained: no stylesheet).
HARM_STYLES = {
    "trigger": "background:#f6c6c6;font-weight:bold",
    "agent": "background:#c6dcf6",
    "victim": "background:#f6e8b0",
}


def form_share_display(shares: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """A :func:`analysis.compare.agency.form_share_table` for reading: shares in % of the
    group's events, forms named in words, ``n`` as ``harm events``.

    Examples
    --------
    >>> t = pd.DataFrame({"nominal": [0.5], "active_agent": [0.5], "n": [2]},
    ...                  index=pd.Index(["A"], name="group"))
    >>> list(form_share_display(t).columns)
    ['nominal (%)', 'active, agent named (%)', 'harm events']
    >>> float(form_share_display(t).iloc[0, 0])
    50.0
    """
    forms = [c for c in shares.columns if c != "n"]
    out = shares[forms].mul(100).rename(columns=lambda c: f"{FORM_LABELS.get(c, c)} (%)")
    if "n" in shares.columns:
        out["harm events"] = shares["n"]
    out.index.name = by
    return out


def side_coverage(by_side: pd.DataFrame) -> str:
    """How many of the events of an erasure table split by the victim's side have a known
    side, for the caption of that table: the rates of the sides rest on those few events,
    and the rest are ``unknown`` (report 09 on a Middle East corpus with the researcher's own
    pack: 63 of 1,210 author-voice events had a known side, and rows of one event read
    "100" without a word about it).

    Parameters
    ----------
    by_side
        :func:`analysis.compare.agency.erasure_table` with ``by_victim_side=True``.

    Returns
    -------
    str

    Examples
    --------
    >>> t = pd.DataFrame({"group": ["A", "A", "B"], "victim_side": ["isis", "unknown", "isis"],
    ...                   "n_events": [4, 90, 6]})
    >>> side_coverage(t)
    "The victim's side is known for 10 of the 100 events (10%); the other 90 are unknown."
    """
    total = int(by_side["n_events"].sum())
    known = int(by_side.loc[by_side["victim_side"] != "unknown", "n_events"].sum())
    share = f"{known / total:.0%}" if total else "0%"
    return (
        f"The victim's side is known for {known:,} of the {total:,} events ({share}); the other "
        f"{total - known:,} are unknown."
    )


def erasure_display(
    erasure: pd.DataFrame, *, by: str = "outlet", side_labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """An :func:`analysis.compare.agency.erasure_table` for reading: the rate and its interval
    in %, the counts named by what they count, the victim's side in words (``side_labels``:
    :func:`analysis.report.scope.side_names`; else the side's key with spaces).

    Examples
    --------
    >>> t = pd.DataFrame({"group": ["A"], "n_articles": [3], "n_events": [4],
    ...                   "n_erased": [1], "rate": [0.25], "low": [0.0], "high": [0.5]})
    >>> form = erasure_display(t)
    >>> list(form.columns)  # doctest: +NORMALIZE_WHITESPACE
    ['outlet', 'articles with such an event', 'harm events', 'no agent named', 'erased (%)',
     '95% CI low (%)', '95% CI high (%)']
    >>> float(form["erased (%)"].iloc[0])
    25.0
    >>> by_side = t.assign(victim_side=["us_government"])
    >>> erasure_display(by_side, side_labels={"us_government": "US government"})["victim's side"][0]
    'US government'
    >>> agree = t.assign(rate=[1.0], low=[1.0], high=[1.0])  # every article's events agree
    >>> bool(erasure_display(agree)[["95% CI low (%)", "95% CI high (%)"]].isna().all(axis=None))
    True
    """
    out = erasure.copy()
    if {"low", "high"} <= set(out.columns):
        # an interval of no width (every resample gives the same rate) is no interval: a dash,
        # as erasure_sentences says in words, not "100 / 100", which reads as certainty
        flat = out["low"] == out["high"]
        out.loc[flat, ["low", "high"]] = float("nan")
    for c in ("rate", "low", "high"):
        if c in out.columns:
            out[c] = out[c] * 100
    if "victim_side" in out.columns:  # the actors table's keys in words: "Ukrainian government"
        out["victim_side"] = [side_label(str(s), side_labels) for s in out["victim_side"]]
    return out.rename(
        columns={
            "group": by,
            "victim_side": "victim's side",
            "n_articles": "articles with such an event",
            "n_events": "harm events",
            "n_erased": "no agent named",
            "rate": "erased (%)",
            "low": "95% CI low (%)",
            "high": "95% CI high (%)",
        }
    )


def harm_coverage(events: pd.DataFrame, usable: pd.Series) -> tuple[str, str]:
    """How many usable articles of each group report harm to people, and the kind of note.

    Parameters
    ----------
    events
        :func:`analysis.compare.agency.harm_event_table` (``group``, ``article_id``).
    usable
        The group of every usable article (one value per article).

    Returns
    -------
    (str, str)
        The sentence, and ``"caveat"`` when fewer than half of the usable articles have a harm
        event (the rates then rest on a minority of the corpus), else ``"note"``.

    Examples
    --------
    >>> ev = pd.DataFrame({"group": ["A", "A"], "article_id": ["a1", "a1"]})
    >>> text, kind = harm_coverage(ev, pd.Series(["A", "A", "A", "B"]))
    >>> kind, text.split(":")[0]
    ('caveat', 'Harm to people is reported in 1 of the 4 usable articles (25%)')
    """
    with_event = events.groupby("group")["article_id"].nunique()
    sizes = usable.value_counts().sort_index()
    n, k = int(sizes.sum()), int(with_event.sum())
    per_group = "; ".join(
        f"{g} {int(with_event.get(g, 0)):,} of {int(m):,}" for g, m in sizes.items()
    )
    text = (
        f"Harm to people is reported in {k:,} of the {n:,} usable articles ({k / max(n, 1):.0%}): "
    )
    text += per_group + "."
    if k * 2 >= n:
        return text, "note"
    return (
        text + " Most articles of this corpus report no harm to people, so the forms and "
        "erasure rates below describe the articles that do; some of their events may be deaths "
        "from illness or figurative uses: read the sentences in the evidence table before "
        "comparing outlets.",
        "caveat",
    )


def harm_count(events: pd.DataFrame, n_ok: int) -> str:
    """The opening of report 09's summary: how many harm events, in how many of the usable
    articles, and when under half of them report harm, that the rates rest on the others (the
    caveat of :func:`harm_coverage`, which the summary on the index would otherwise not give).

    Examples
    --------
    >>> harm_count(pd.DataFrame({"group": ["A"], "article_id": ["a"]}), 1)
    '1 harm events in 1 of the 1 usable articles (100%)'
    """
    if events.empty:
        return f"No harm event in the {n_ok:,} usable articles"
    k = int(events["article_id"].nunique())
    text = f"{len(events):,} harm events in {k:,} of the {n_ok:,} usable articles ({k / n_ok:.0%}"
    if k * 2 < n_ok:
        text += (
            "; most articles report no harm to people: the rates rest on the others, and some "
            "events may be figurative"
        )
    return text + ")"


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
    spans = [
        (int(a) - s0, int(b) - s0, role)
        for role, a, b in (
            ("trigger", row["start"], row["end"]),
            ("agent", row["agent_start"], row["agent_end"]),
            ("victim", row["victim_start"], row["victim_end"]),
        )
    ]
    return mark_spans(sent, spans, HARM_STYLES)


def _article_cell(r: dict) -> str:
    """The article's title (its id on hover), or its id when the corpus has no title."""
    aid = html.escape(str(r["article_id"]))
    title = str(r.get("title") or "").strip()
    if not title:
        return aid
    short = title if len(title) <= 70 else title[:69].rstrip() + "…"
    return f'<span title="{aid}">{html.escape(short)}</span>'


def harm_evidence(
    events: pd.DataFrame, *, max_rows: int = 30, caption: str = "", by: str = "outlet"
) -> Table:
    """A captioned list of harm-event sentences (group, voice, form, highlighted sentence).

    The group column of ``events`` is ``group``; its header names what a group is (``by``:
    ``outlet``, ``lean`` …), not the column key.

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
    rows = [
        [
            html.escape(str(r["group"])),
            _article_cell(r),
            html.escape(str(r["voice"])),
            html.escape(FORM_LABELS.get(r["form"], str(r["form"]))),
            highlight_event(r),
        ]
        for r in events.head(max_rows).to_dict("records")
    ]
    more = len(events) - min(len(events), max_rows)
    tail = f"<p>{more} more events not shown.</p>" if more > 0 else ""
    headers = [by, "article", "voice", "form", "sentence"]
    markup = marked_table(
        caption, HARM_STYLES, headers, rows, css_class="report-harm-evidence", tail=tail
    )
    return Table(markup, plain=f"{min(len(events), max_rows):,} harm-event sentences")


def erasure_sentences(
    erasure: pd.DataFrame, *, min_articles: int = 5, max_small: int = 12
) -> list[str]:
    """One sentence per group of the erasure table, highest rate first.

    ``erasure`` has ``group, n_erased, n_events, rate, low, high, n_articles``.  An interval of
    no width (every article's events agree, so every resample gives the same rate) is not
    printed as ``100%–100%``, which would read as certainty: the sentence says that the
    articles agree and how few they are.  Groups with fewer than ``min_articles`` articles
    (the threshold of :func:`analysis.corpus_checks`) are not ranked among the others, where
    one short article's 100% would head the list: one closing sentence names them (the first
    ``max_small`` by name, then how many more).

    Examples
    --------
    >>> e = pd.DataFrame({"group": ["A", "B", "C"], "n_erased": [7, 5, 1], "n_events": [7, 10, 1],
    ...                   "rate": [1.0, 0.5, 1.0], "low": [1.0, 0.3, 1.0],
    ...                   "high": [1.0, 0.7, 1.0], "n_articles": [5, 6, 1]})
    >>> first, second, small = erasure_sentences(e)
    >>> first.endswith("(100%; no interval: the events of all 5 articles agree, so every "
    ...                "resample gives the same rate).")
    True
    >>> second.endswith("(50%, 95% interval 30%–70%; 6 articles).")
    True
    >>> small
    'Not ranked, fewer than 5 articles each: C (1 of 1 events, 1 article).'
    """
    out = []
    ranked = erasure[erasure["n_articles"] >= min_articles]
    for r in ranked.sort_values("rate", ascending=False).itertuples():
        head = f"{r.group}: {r.n_erased} of {r.n_events} author-voice harm events name no agent"
        if r.low == r.low and r.low == r.high:
            out.append(
                f"{head} ({r.rate:.0%}; no interval: the events of all {r.n_articles} articles "
                "agree, so every resample gives the same rate)."
            )
            continue
        ci = f", 95% interval {r.low:.0%}–{r.high:.0%}" if r.low == r.low else ""
        out.append(f"{head} ({r.rate:.0%}{ci}; {r.n_articles} articles).")
    small = erasure[erasure["n_articles"] < min_articles].sort_values("group")
    if len(small):
        named = [
            f"{r.group} ({r.n_erased} of {r.n_events} events, {r.n_articles} "
            + ("article)" if r.n_articles == 1 else "articles)")
            for r in small.head(max_small).itertuples()
        ]
        rest = len(small) - len(named)
        out.append(
            f"Not ranked, fewer than {min_articles} articles each: "
            + "; ".join(named)
            + (f"; and {rest} more (the table above has them all)." if rest else ".")
        )
    return out


def _counted(number: str, noun: str) -> str:
    """A printed number with its noun in the right number: singular after "1" or "-1" only
    (report 09 printed "difference 1 percentage points" and "(1 events, 1 articles)").

    Parameters
    ----------
    number
        The number as printed (:func:`format_number`), so that 1.2 printed as "1" is singular.
    noun
        The singular noun; its plural adds "s" ("percentage point", "event", "article").

    Returns
    -------
    str

    Examples
    --------
    >>> _counted("1", "percentage point"), _counted("-1", "event"), _counted("13", "article")
    ('1 percentage point', '-1 event', '13 articles')
    """
    return f"{number} {noun if number.lstrip('-') == '1' else noun + 's'}"


def erasure_difference_sentences(
    diffs: pd.DataFrame, *, partial: Mapping[str, str] | None = None
) -> list[str]:
    """One sentence per tested pair of :func:`analysis.compare.agency.erasure_differences`:
    the two rates, the difference in percentage points with its interval, the adjusted
    p-value and what it says at the level; a caveat when a group's texts are partial.

    Parameters
    ----------
    diffs
        :func:`analysis.compare.agency.erasure_differences`.
    partial
        Groups whose texts are lead paragraphs or cut (:func:`analysis.report.partial_texts`).

    Returns
    -------
    list of str

    Examples
    --------
    >>> d = pd.DataFrame({"group_a": ["G"], "group_b": ["NYT"], "n_articles_a": [81],
    ...     "n_articles_b": [49], "n_events_a": [328], "n_events_b": [101],
    ...     "rate_a": [0.704], "rate_b": [0.574], "difference": [0.13], "low": [0.02],
    ...     "high": [0.24], "p": [0.01], "p_adjusted": [0.01], "significant": [True]})
    >>> d.attrs.update(correction="holm", n_perm=2000, alpha=0.05)
    >>> erasure_difference_sentences(d)[0]  # doctest: +NORMALIZE_WHITESPACE
    'G 70% (328 events, 81 articles) vs NYT 57% (101 events, 49 articles): difference 13
    percentage points [95% CI 2 to 24, unadjusted]; adjusted p = 0.010 (Holm, 1 test): a
    difference at the 0.05 level.'
    """
    n = len(diffs)
    method = str(diffs.attrs.get("correction", "holm"))
    name = {"holm": "Holm", "bh": "Benjamini-Hochberg", "bonferroni": "Bonferroni"}.get(
        method, method
    )
    floor = 1 / (1 + int(diffs.attrs.get("n_perm", 0) or 0))
    out = []
    for r in diffs.itertuples():
        p = f"≤ {r.p_adjusted:.3f}" if r.p <= floor else f"= {r.p_adjusted:.3f}"
        verdict = (
            f"a difference at the {diffs.attrs.get('alpha', 0.05):g} level"
            if r.significant
            else f"no difference detectable at the {diffs.attrs.get('alpha', 0.05):g} level"
        )
        a, b = (
            f"{_counted(str(e), 'event')}, {_counted(str(n), 'article')}"
            for e, n in ((r.n_events_a, r.n_articles_a), (r.n_events_b, r.n_articles_b))
        )
        points = _counted(format_number(100 * r.difference), "percentage point")
        text = (
            f"{r.group_a} {r.rate_a:.0%} ({a}) vs {r.group_b} {r.rate_b:.0%} ({b}): "
            f"difference {points} [95% CI "
            f"{format_number(100 * r.low)} to {format_number(100 * r.high)}, unadjusted]; "
            f"adjusted p {p} ({name}, "
            f"{n:,} test{'s' if n != 1 else ''}): {verdict}."
        )
        consequence = "the difference may come from how much of each article the corpus holds"
        out.append(
            text + partial_text_note([r.group_a, r.group_b], partial, consequence=consequence)
        )
    return out
