"""The result of a same-event alignment: units, the units x outlets matrix, links, summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

__all__ = ["RELATIONS", "EventAlignment", "truncate_text"]

#: Cell values of :attr:`EventAlignment.matrix`, strongest first.
RELATIONS: tuple[str, ...] = ("verbatim", "paraphrase", "absent")


def truncate_text(text: str, max_len: int | None) -> str:
    """Whitespace collapsed and cut to ``max_len`` characters, ending in "…" when cut.

    Parameters
    ----------
    text
        Any text (converted with ``str``).
    max_len
        Maximum length; ``None`` keeps the whole text.

    Returns
    -------
    str

    Examples
    --------
    >>> truncate_text("Russia  wants the war\\nto stop now.", 16)
    'Russia wants th…'
    """
    t = " ".join(str(text).split())
    if max_len is None or len(t) <= max_len:
        return t
    return t[: max(1, max_len - 1)].rstrip() + "\u2026"


@dataclass(frozen=True)
class EventAlignment:
    """Result of :func:`align_event`.

    Attributes
    ----------
    units
        DataFrame indexed by unit id (``"u001"`` …): ``text`` (representative occurrence),
        ``kind`` ("quote" | "statement", the representative's), ``speaker``, ``n_outlets``,
        ``outlets`` (list), ``n_occurrences``, ``occurrences`` (list of dicts: outlet,
        article_id, start, end, text, kind, relation, cosine — TF-IDF cosine with the
        representative; ``bodies[article_id][start:end] == text``).
    matrix
        DataFrame units x outlets with ``"verbatim"`` | ``"paraphrase"`` | ``"absent"``;
        rows ordered by ``n_outlets`` (desc) then first appearance.  An outlet's cell is
        ``"verbatim"`` when one of its occurrences is the representative's words (after
        normalisation; a unit carried by one outlet only is ``"verbatim"`` there).
    links
        DataFrame of all links between unit occurrences: ``a``, ``b`` (occurrence numbers),
        ``relation``, ``cosine``, ``token_score``, ``unit`` (shared unit id or ``None`` when
        the guard kept the two apart).
    outlets
        Outlet names in corpus order (the matrix columns).
    bodies
        ``{article_id: body}`` — the strings the offsets point into.
    params
        The parameters used.
    """

    units: pd.DataFrame
    matrix: pd.DataFrame
    links: pd.DataFrame
    outlets: list[str]
    bodies: dict[str, str]
    params: dict[str, Any] = field(default_factory=dict)

    def table(
        self,
        *,
        max_len: int | None = 80,
        min_outlets: int = 1,
        kind: str | None = None,
        speaker: str | None = None,
    ) -> pd.DataFrame:
        """Readable table: unit text on the rows, outlets as columns.

        Parameters
        ----------
        max_len
            Truncate the unit text to this many characters (with "…"); ``None`` keeps it whole.
        min_outlets
            Only units carried by at least this many outlets.
        kind
            ``"quote"`` or ``"statement"`` to keep one kind only.
        speaker
            Keep only quote units whose speaker contains this text (case-insensitive), e.g.
            ``"Peskov"``: which of the common source's quotes each outlet ran.

        Returns
        -------
        pandas.DataFrame
            Columns ``unit`` (id), ``kind``, ``speaker``, ``n_outlets``, one column per outlet
            ("verbatim" / "paraphrase" / "" for absent), indexed by the (truncated) text.

        Examples
        --------
        >>> from analysis.compare.align import align_event
        >>> ev = align_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
        ...     "body": ["Russia wants the war to stop now.",
        ...              "Russia wants the war to stop now!"]}))
        >>> ev.table().iloc[0][["A", "B"]].tolist()
        ['verbatim', 'verbatim']
        """
        u = self.units
        keep = u["n_outlets"] >= min_outlets
        if kind is not None:
            keep &= u["kind"] == kind
        if speaker is not None:
            keep &= _quotes_of(u, speaker)
        ids = u.index[keep]
        m = self.matrix.loc[ids].replace("absent", "")
        text = u.loc[ids, "text"].map(lambda t: truncate_text(t, max_len))
        head = pd.DataFrame(
            {
                "unit": ids,
                "kind": u.loc[ids, "kind"].to_numpy(),
                "speaker": u.loc[ids, "speaker"].to_numpy(),
                "n_outlets": u.loc[ids, "n_outlets"].to_numpy(),
            },
            index=ids,
        )
        out = pd.concat([head, m], axis=1)
        out.index = pd.Index(text.to_numpy(), name="text")
        return out

    def outlet_summary(self, *, source: str | None = None) -> pd.DataFrame:
        """Per outlet: what it shares, what only it has, which quotes it used.

        Parameters
        ----------
        source
            The common source's name as it appears in quote speakers (case-insensitive
            substring, e.g. ``"Peskov"``); adds ``source_quotes_used`` (ids of that speaker's
            quote units the outlet carries), ``n_source_quotes`` and ``source_quote_share``
            (carried / all of that speaker's quote units in the event).

        Returns
        -------
        pandas.DataFrame
            Indexed by outlet: ``n_units``; ``n_shared`` (units also carried by another
            outlet); ``n_unique``; ``n_statements``; ``n_unique_statements``;
            ``unique_context_share`` (unique statement units / its statement units, NaN when it
            has none); ``n_quotes``; ``n_shared_quotes``; ``n_verbatim`` / ``n_paraphrase``
            (of its shared units: in words another outlet has too / only in other words);
            ``quotes_used`` (ids of the quote units it carries, in matrix order);
            ``shared_quotes_dropped`` (quote units carried by at least two
            *other* outlets that it does not carry).

        Examples
        --------
        >>> from analysis.compare.align import align_event
        >>> ev = align_event(pd.DataFrame({"article_id": ["a", "b"], "outlet": ["A", "B"],
        ...     "body": ["Russia wants the war to stop now. Prices rose sharply on Monday.",
        ...              "Russia wants the war to stop now."]}))
        >>> s = ev.outlet_summary()
        >>> a = s.loc["A"]
        >>> int(a["n_shared"]), int(a["n_unique"]), float(a["unique_context_share"])
        (1, 1, 0.5)
        """
        u, m = self.units, self.matrix
        is_source = pd.Series(False, index=u.index)
        if source is not None and len(u):
            is_source = _quotes_of(u, source)
        rows = []
        for o in self.outlets:
            rows.append(_outlet_row(u, m, o))
            if source is not None:
                used = list(u.index[(m[o] != "absent") & is_source])
                share = len(used) / int(is_source.sum()) if is_source.any() else float("nan")
                rows[-1].update(
                    {
                        "source_quotes_used": used,
                        "n_source_quotes": len(used),
                        "source_quote_share": share,
                    }
                )
        cols = [
            "outlet",
            "n_units",
            "n_shared",
            "n_unique",
            "n_statements",
            "n_unique_statements",
            "unique_context_share",
            "n_quotes",
            "n_shared_quotes",
            "n_verbatim",
            "n_paraphrase",
            "quotes_used",
            "shared_quotes_dropped",
        ]
        if source is not None:
            cols += ["source_quotes_used", "n_source_quotes", "source_quote_share"]
        return pd.DataFrame(rows, columns=cols).set_index("outlet")


def _quotes_of(u: pd.DataFrame, speaker: str) -> pd.Series:
    """Which units are quotes of a speaker whose name contains ``speaker`` (case-insensitive)."""
    said = u["speaker"].str.casefold().str.contains(speaker.casefold(), regex=False)
    return (u["kind"] == "quote") & said


def _outlet_row(u: pd.DataFrame, m: pd.DataFrame, o: str) -> dict[str, Any]:
    """One outlet's row of :meth:`EventAlignment.outlet_summary` (without the source columns)."""
    has = m[o] != "absent"
    mine = u[has]
    shared = mine["n_outlets"] >= 2
    stm = mine["kind"] == "statement"
    quotes = mine[mine["kind"] == "quote"]
    others = (m.drop(columns=[o]) != "absent").sum(axis=1)
    dropped = u.index[(~has) & (others >= 2) & (u["kind"] == "quote")]
    same_words = (m.loc[mine.index, o] == "verbatim") & (
        (m.loc[mine.index].drop(columns=[o]) == "verbatim").any(axis=1)
    )
    n_stm = int(stm.sum())
    return {
        "outlet": o,
        "n_units": int(has.sum()),
        "n_shared": int(shared.sum()),
        "n_unique": int((~shared).sum()),
        "n_statements": n_stm,
        "n_unique_statements": int((stm & ~shared).sum()),
        "unique_context_share": (float((stm & ~shared).sum()) / n_stm) if n_stm else float("nan"),
        "n_quotes": len(quotes),
        "n_shared_quotes": int((quotes["n_outlets"] >= 2).sum()),
        # verbatim: another outlet has the same words; the outlet whose sentence stands for a
        # unit is "verbatim" in the matrix, but with only paraphrases beside it no other outlet
        # has its words (the review of round 27: Fox News "verbatim 3" on four statements the
        # two outlets wrote each in its own words)
        "n_verbatim": int((shared & same_words).sum()),
        "n_paraphrase": int((shared & ~same_words).sum()),
        "quotes_used": list(quotes.index),
        "shared_quotes_dropped": list(dropped),
    }
