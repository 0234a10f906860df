"""The records the quotation detector returns: :class:`Quote` and :class:`Attribution`."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Quote", "Attribution", "attribution_record"]


class Quote(NamedTuple):
    """One quotation piece: ``text[start:end] == quote.text`` (the words inside the marks).

    Attributes
    ----------
    start, end
        Character offsets of the quoted words, without the quotation marks.
    text
        The quoted words.
    kind
        ``"direct"`` (quoted speech) or ``"scare"`` (short term in the outlet's own sentence).
    speaker
        The speaker phrase as written (pronouns resolved), or ``None``.
    verb, stance
        The reporting verb as written and its stance class, or ``None``.
    quote_id
        Pieces of one multi-paragraph quotation share it; numbered from 0 in text order.
    side
        The speaker's side from the actors table, or ``None``.
    open_mark, close_mark
        The opening and closing mark characters (``""`` when the piece has none, e.g. a
        multi-paragraph piece that runs to the end of its paragraph).
    speaker_start, speaker_end
        Offsets of the speaker phrase *as written* (``text[speaker_start:speaker_end]``: a
        pronoun stays a pronoun there; it may lie in an earlier paragraph when the quotation
        continues the last speaker), ``-1`` when there is none.
    verb_start, verb_end
        Offsets of the reporting verb (cue), ``-1`` when there is none.
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    verb: str | None = None
    stance: str | None = None
    quote_id: int = 0
    side: str | None = None
    open_mark: str = ""
    close_mark: str = ""
    speaker_start: int = -1
    speaker_end: int = -1
    verb_start: int = -1
    verb_end: int = -1


class Attribution(NamedTuple):
    """A reporting verb with its speaker: ``text[start:end] == attribution.text``.

    Attributes
    ----------
    start, end, text
        Span from the first to the last character of speaker and verb together.
    verb, verb_start, verb_end
        The reporting verb as written and its offsets.
    stance, subcategory
        Stance class and subcategory from the verb table.
    speaker, speaker_start, speaker_end
        The speaker phrase as written and its offsets (``None``/``-1`` when not found).
    resolved
        The speaker after pronoun resolution (equals ``speaker`` when not a pronoun).
    side
        Side of the resolved speaker from the actors table, or ``None``.
    quote_id
        The quotation it introduces, or ``None`` (an attribution without quotation marks).
    """

    start: int
    end: int
    text: str
    verb: str
    verb_start: int
    verb_end: int
    stance: str
    subcategory: str
    speaker: str | None
    speaker_start: int
    speaker_end: int
    resolved: str | None
    side: str | None
    quote_id: int | None = None
    kind: str = "indirect"
    content_start: int = -1
    content_end: int = -1


def attribution_record(
    text: str,
    verb: str,
    vspan: tuple[int, int],
    stance: str,
    sub: str,
    sp: tuple[int, int],
    resolved: str | None,
    side: str | None,
    adjacent: bool,
) -> Attribution:
    """An attribution record: its span covers speaker and verb when they are adjacent, else the
    verb only (a participle or coordinated verb whose subject stands earlier)."""
    vs, ve = vspan
    s, e = (min(sp[0], vs), max(sp[1], ve)) if adjacent and sp[0] >= 0 else (vs, ve)
    return Attribution(
        start=s,
        end=e,
        text=text[s:e],
        verb=verb,
        verb_start=vs,
        verb_end=ve,
        stance=stance,
        subcategory=sub,
        speaker=text[sp[0] : sp[1]] if sp[0] >= 0 else None,
        speaker_start=sp[0],
        speaker_end=sp[1],
        resolved=resolved,
        side=side,
        quote_id=None,
    )
