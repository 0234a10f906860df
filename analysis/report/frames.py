"""Report blocks for the generic news frames: prevalence per outlet, and the evidence behind it.

The prevalence of a frame in an outlet is the share of its articles in which the frame is
present (``frame_<frame>`` of :func:`analysis.featurize`), with the percentile-bootstrap interval
of :func:`analysis.compare.outlet_summary`.  The evidence is the sentences of ``spans(corpus)``
with family ``frame``: one collapsible block per frame and outlet (``<details>``: shown on
click), each sentence with the question it answers, its voice and its cues in bold.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd

from ..text.plural import plural

__all__ = [
    "frame_label",
    "frame_prevalence_table",
    "frame_evidence_html",
    "evidence_lines",
    "saturated_frames",
    "usable_ids",
    "SATURATED",
]

#: A frame found in at least this share of the articles of every group (or in at most one minus
#: it) is at the ceiling (floor) of its scale: its shares cannot tell the groups apart.  The
#: level is where the room left to the ceiling is about the binomial noise of a group's share
#: (1 - p <= 2 * sqrt(p * (1 - p) / n), i.e. p >= n / (n + 4): 0.96 at n = 100).  Lower shares
#: were checked and kept out (review36): AllSides immigration, conflict in 85 % to 98 % of
#: five outlets' articles, separates Townhall from the others beyond noise (chi-square
#: p < 0.0001), so the note would be false there.
SATURATED: float = 0.95


def frame_label(frame: str) -> str:
    """A frame's name in words, as readers see it: ``"human_interest"`` -> ``"human interest"``.

    >>> frame_label("human_interest")
    'human interest'
    """
    return str(frame).replace("_", " ")


def frame_prevalence_table(
    summary: pd.DataFrame, frames: Sequence[str], *, by: str = "outlet"
) -> pd.DataFrame:
    """Outlets × frames: the share of articles with the frame and its interval, as text.

    Parameters
    ----------
    summary
        :func:`analysis.compare.outlet_summary` of the ``frame_<frame>`` columns.
    frames
        The frames, in column order.
    by
        The grouping column of ``summary``.

    Returns
    -------
    pandas.DataFrame
        Index: the groups (named ``by``); one column per frame, named in words
        (:func:`frame_label`), cells ``"42% (30–55)"`` (percent of articles, the interval in
        percent; ``"100% (all 16)"`` or ``"0% (0 of 16)"`` where every article agrees and the
        bootstrap interval has no width); a last column ``articles``.

    Examples
    --------
    >>> s = pd.DataFrame({"outlet": ["A"], "feature": ["frame_conflict"], "n": [20],
    ...                   "mean": [0.42], "ci_low": [0.2], "ci_high": [0.65]})
    >>> frame_prevalence_table(s, ["conflict"]).to_dict("index")
    {'A': {'conflict': '42% (20–65)', 'articles': 20}}
    """
    rows: dict[str, dict[str, object]] = {}
    for r in summary.itertuples(index=False):
        feature = str(r.feature)
        if not feature.startswith("frame_") or feature[6:] not in frames:
            continue
        group = str(getattr(r, by))
        cell = f"{r.mean:.0%}"
        if pd.notna(r.ci_low) and r.ci_low == r.ci_high and r.mean in (0, 1):
            # every article agrees: every resample gives the same share, and "(100–100)" would
            # read as certainty; say how many articles agree instead
            cell += f" (all {int(r.n):,})" if r.mean == 1 else f" (0 of {int(r.n):,})"
        elif pd.notna(r.ci_low) and pd.notna(r.ci_high):
            cell += f" ({100 * r.ci_low:.0f}–{100 * r.ci_high:.0f})"
        rows.setdefault(group, {})[frame_label(feature[6:])] = cell
        rows[group]["articles"] = int(r.n)
    out = pd.DataFrame.from_dict(rows, orient="index")
    labels = [frame_label(f) for f in frames]
    out = out.reindex(columns=[*[f for f in labels if f in out.columns], "articles"])
    out.index.name = by
    return out


def saturated_frames(
    summary: pd.DataFrame,
    frames: Sequence[str],
    *,
    by: str = "outlet",
    level: float = SATURATED,
    noun: str | None = None,
) -> str | None:
    """A sentence on the frames found in (nearly) every article of every group, or in (nearly)
    none, or ``None`` when there is no such frame.

    At the ceiling a frame's share cannot tell the groups apart, and a difference of a few
    points there may be the detector's rather than the outlets' (the review of round 27:
    election news, conflict in 96% to 100% of every outlet's articles, all 110 of two outlets').

    Parameters
    ----------
    summary
        :func:`analysis.compare.outlet_summary` of the ``frame_<frame>`` columns.
    frames
        The frames.
    by
        The grouping column of ``summary``.
    level
        The share of articles from which a frame is at the ceiling (``1 - level``: the floor).
    noun
        What a group is (default: ``by``; ``"lean"`` when ``framing report --outlet-column
        lean`` compares leans under the column ``outlet``).

    Returns
    -------
    str or None

    Examples
    --------
    >>> s = pd.DataFrame({"outlet": ["A", "B"], "feature": "frame_conflict", "n": [20, 30],
    ...                   "mean": [1.0, 0.97]})
    >>> print(saturated_frames(s, ["conflict"]))
    The conflict frame is found in 97% to 100% of the articles of every outlet: so near the
    ceiling its share cannot tell the outlets apart, and a difference of a few points may be
    the detector's rather than the outlets'; read its sentences below.
    """
    parts = []
    for f in frames:
        m = summary.loc[summary["feature"] == f"frame_{f}", "mean"].dropna()
        if len(m) < 2:
            continue
        if m.min() >= level:
            parts.append((f, f"found in {m.min():.0%} to {m.max():.0%}", "ceiling"))
        elif m.max() <= 1 - level:
            parts.append((f, f"found in {m.min():.0%} to {m.max():.0%}", "floor"))
    if not parts:
        return None
    noun = noun or by
    return " ".join(
        f"The {frame_label(f)} frame is {found} of the articles of every {noun}: so near the "
        f"{end} its share cannot tell the {plural(noun)} apart, and a difference of a few "
        f"points may be the detector's rather than the {plural(noun)}'; read its sentences "
        "below."
        for f, found, end in parts
    )


def _sentence_html(text: str, cues: str) -> str:
    """The sentence, escaped, with the first occurrence of each cue in bold."""
    marks: list[tuple[int, int]] = []
    for cue in dict.fromkeys(c for c in cues.split("; ") if c):
        i = text.find(cue)
        if i >= 0 and not any(s < i + len(cue) and i < e for s, e in marks):
            marks.append((i, i + len(cue)))
    out, pos = [], 0
    for s, e in sorted(marks):
        out += [html.escape(text[pos:s]), "<b>", html.escape(text[s:e]), "</b>"]
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


def usable_ids(present: pd.DataFrame) -> set[str]:
    """The ids of the articles a table of frame decisions holds (the usable ones).

    Parameters
    ----------
    present
        :func:`analysis.featurize` rows (``article_id``), usable articles only.

    Returns
    -------
    set of str

    Examples
    --------
    >>> sorted(usable_ids(pd.DataFrame({"article_id": ["a", 2]})))
    ['2', 'a']
    """
    return set(present["article_id"].astype(str))


def _articles_with(present: pd.DataFrame | None, frame: str) -> set[str] | None:
    """The ids of the articles in which ``frame`` is present, or ``None`` without decisions."""
    col = f"frame_{frame}"
    if present is None or col not in present:
        return None
    flag = pd.to_numeric(present[col], errors="coerce").fillna(0) > 0
    return set(present.loc[flag, "article_id"].astype(str))


def evidence_lines(evidence: pd.DataFrame) -> pd.DataFrame:
    """One line per evidence sentence of one frame and group, its articles taken in turn.

    A sentence that answers two questions of a frame is one sentence: report 10 on the
    immigration corpus listed "D.C. Mayor Vincent C. Gray assured immigrant groups Monday ..."
    twice, under R1 and R3, and counted "620 sentences" where there were 499; and its first
    eight lines all came from one article (the review of round 29).  The lines are ordered
    first sentence of each article, then second of each, and so on.

    Parameters
    ----------
    evidence
        Rows of :func:`analysis.spans` of one frame (``article_id``, ``subcategory``,
        ``text``, ``voice``, ``term``), in the order of the articles.

    Returns
    -------
    DataFrame
        The same columns, one row per ``article_id`` and ``text``: ``subcategory`` a list of
        its question ids, ``term`` the cues of all of them (``"; "``), ``voice`` its voices
        (``"author / reported"`` when the questions' cues stand in different voices).

    Examples
    --------
    >>> ev = pd.DataFrame({"article_id": ["a", "a", "a", "b"],
    ...                    "subcategory": ["R1", "R3", "R2", "R1"],
    ...                    "text": ["X said.", "X said.", "Y.", "Z."],
    ...                    "voice": ["author", "reported", "author", "author"],
    ...                    "term": ["X", "said", "Y", "Z"]})
    >>> evidence_lines(ev)[["article_id", "subcategory", "voice"]].values.tolist()
    [['a', ['R1', 'R3'], 'author / reported'], ['b', ['R1'], 'author'], ['a', ['R2'], 'author']]
    """
    if evidence.empty:
        return evidence.assign(subcategory=[])
    keys = ["article_id", "text"]
    first = evidence.drop_duplicates(keys).set_index(keys)
    grouped = evidence.groupby(keys, sort=False)
    first["subcategory"] = grouped["subcategory"].agg(lambda s: list(dict.fromkeys(map(str, s))))
    first["voice"] = grouped["voice"].agg(lambda s: " / ".join(dict.fromkeys(map(str, s))))
    first["term"] = grouped["term"].agg(lambda s: "; ".join(map(str, s)))
    out = first.reset_index()[list(evidence.columns)]
    turn = out.groupby("article_id", sort=False).cumcount()  # the k-th sentence of its article
    return out.iloc[turn.argsort(kind="stable")].reset_index(drop=True)


def frame_evidence_html(
    evidence: pd.DataFrame,
    frames: Sequence[str],
    *,
    questions: Mapping[str, str] | None = None,
    by: str = "outlet",
    max_sentences: int = 8,
    present: pd.DataFrame | None = None,
) -> str:
    """The evidence sentences of each frame per outlet, one ``<details>`` block each.

    A sentence can answer a question of a frame in an article whose evidence stays under the
    frame's threshold: with ``present`` given, each block says in how many of its articles the
    frame is present, lists their sentences first, and marks the others "frame absent" (the
    review of round 32, gun-policy news: "morality · CNN: 152 sentences in 57 articles" under a
    prevalence of 5%, 4 of 79 articles, and the first three lines came from articles without
    the frame). An article without a decision in ``present`` (not usable: too short, not
    English) is left out: its sentences are no evidence of a frame absent from an article the
    comparison counts (report 10 on the by-country war corpus listed them as "frame absent"
    and counted "evidence sentences in 451 articles" beside "Frames in 449 articles", the
    review of round 38).

    Parameters
    ----------
    evidence
        Rows of :func:`analysis.spans` with family ``frame`` (``article_id``, ``category`` =
        frame, ``subcategory`` = question id, ``text``, ``voice``, ``term`` = cues joined by
        ``"; "``), and the ``by`` column.
    frames
        The frames, in order.
    questions
        Question id -> wording (shown on hover); default: none.
    by
        The grouping column.
    max_sentences
        Sentences listed per block (the summary line counts them all).
    present
        The frame decisions (:func:`analysis.featurize` rows: ``article_id`` and a
        ``frame_<frame>`` column per frame); default: none, and the blocks do not say which
        articles have the frame.

    Returns
    -------
    str
        An HTML fragment; a frame without evidence says so.

    Examples
    --------
    >>> ev = pd.DataFrame({"outlet": ["A"], "article_id": ["a1"], "category": ["economic"],
    ...                    "subcategory": ["E2"], "text": ["It will cost $5m."],
    ...                    "voice": ["author"], "term": ["cost; 5m"]})
    >>> h = frame_evidence_html(ev, ["economic"])
    >>> "<summary>economic · A: 1 sentence in 1 article</summary>" in h
    True
    >>> "It will <b>cost</b> $<b>5m</b>." in h
    True
    >>> '[<span title="E2">E2</span>] It will' in h
    True
    """
    questions = questions or {}
    if present is not None:  # the articles the decisions were made for
        evidence = evidence[evidence["article_id"].astype(str).isin(usable_ids(present))]
    parts = []
    for frame in frames:
        ev = evidence[evidence["category"] == frame]
        if ev.empty:
            label = html.escape(frame_label(frame))
            parts.append(f"<p><em>{label}: no evidence sentence.</em></p>")
            continue
        with_frame = _articles_with(present, frame)
        for group, g in ev.groupby(by, sort=True):
            g = evidence_lines(g)
            n, m = len(g), g["article_id"].nunique()
            head = (
                f"{html.escape(frame_label(frame))} · {html.escape(str(group))}: {n:,} sentence"
                f"{'s' if n != 1 else ''} in {m:,} article{'s' if m != 1 else ''}"
            )
            if with_frame is not None:
                has = g["article_id"].astype(str).isin(with_frame)
                k = g.loc[has, "article_id"].nunique()
                head += f"; the frame is present in {k:,} of them" + (
                    " (their sentences first)" if 0 < k < m else ""
                )
                g = g.iloc[(~has).argsort(kind="stable")]
            items = []
            for r in g.head(max_sentences).itertuples(index=False):
                absent = with_frame is not None and str(r.article_id) not in with_frame
                ids = " · ".join(
                    f'<span title="{html.escape(questions.get(q, q), quote=True)}">'
                    f"{html.escape(q)}</span>"
                    for q in r.subcategory
                )
                items.append(
                    f"<li>[{ids}] {_sentence_html(str(r.text), str(r.term))} "
                    f"<small>({html.escape(str(r.voice))}; {html.escape(str(r.article_id))}"
                    f"{'; frame absent' if absent else ''})</small></li>"
                )
            more = (  # where the others are (review 50: "… 239 more" under eight lines)
                f"<li><em>… {n - max_sentences:,} more (every sentence is in report 02's "
                "evidence table, data/evidence.csv, family frame)</em></li>"
                if n > max_sentences
                else ""
            )
            parts.append(
                f"<details><summary>{head}</summary><ul>{''.join(items)}{more}</ul></details>"
            )
    return '<div class="frame-evidence">' + "".join(parts) + "</div>"
