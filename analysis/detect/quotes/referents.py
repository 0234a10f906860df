"""The speakers seen so far in a text, for resolving a speaker phrase to a person.

Pronouns are resolved to the last named speaker (``he``/``she``: the last speaker whose phrase
is headed by a proper name and not known to be of the other gender, :mod:`.genders`; ``they``:
the last non-pronoun speaker; ``who``/``which``/``that``: the noun phrase before it); a
``he``/``she`` is left unresolved when another capitalised name acts as a subject earlier in
its sentence. A role noun ("the president") resolves to the person the article gave that
title (:mod:`.roles`). Split from :mod:`.attribution` (round 35).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .genders import Genders
from .roles import role_holder
from .sentences import sentence_start
from .sources import group_plural
from .speakers import DETERMINERS, PRONOUNS, SUBJECT_NAME, is_named_person, is_pronoun
from .tags import antecedent_before

__all__ = ["Speakers", "inside"]


def inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the sorted ``spans`` (``starts``: their starts)."""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


class Speakers:
    """The speakers seen so far in the text, for pronoun resolution."""

    def __init__(
        self, text: str, exclude: Sequence[tuple[int, int]], verb_re: re.Pattern | None = None
    ) -> None:
        self.text, self.exclude, self.verb_re = text, exclude, verb_re
        self.starts = [s for s, _ in exclude]
        self.names: list[str] = []  # named speakers, in text order
        self.genders = Genders(text, exclude)
        self.last_any: str | None = None

    def resolve(self, speaker: str, lo: int, start: int, update: bool = True) -> str | None:
        """The resolved speaker of a speaker phrase at ``start`` (block from ``lo``); ``update``
        False: a thinker, not a speaker, so later pronouns do not resolve to it."""
        low = speaker.lower()
        if low in ("he", "she"):
            return self._he_she(lo, start, low)
        if low == "they":
            return self.last_any
        if low in ("who", "which", "that"):
            return self._antecedent(lo, start)
        # "the president" -> the person the article gave that title (round 35)
        speaker = role_holder(self.text, speaker, start, self.exclude) or speaker
        if not is_pronoun(speaker) and update:
            if is_named_person(speaker) and not group_plural(speaker):
                self.names.append(speaker)
            self.last_any = speaker
        return speaker

    def _antecedent(self, lo: int, start: int) -> str | None:
        """``X, who says`` -> ``X`` (before the comma), ``signs that say`` -> ``signs``, or None."""
        before = self.text[lo:start].rstrip()  # *that*: restrictive, no comma (round 31)
        if not (before.endswith(",") or self.text.startswith("that", start)) or not self.verb_re:
            return None
        comma = lo + len(before) - before.endswith(",")
        sp = antecedent_before(self.text, max(lo, comma - 160), comma, self.verb_re)
        return self.resolve(self.text[sp[0] : sp[1]], lo, sp[0]) if sp else None

    def _he_she(self, lo: int, start: int, pronoun: str) -> str | None:
        name = self.genders.referent(self.names, pronoun, (lo, start))
        if name is None:
            return None
        # ambiguous when another named subject acts earlier in the pronoun's sentence
        # ("Putin recognized the republics …, before launching what he called …")
        ss = sentence_start(self.text, lo, start)
        for cm in SUBJECT_NAME.finditer(self.text, ss, start):
            w = cm.group(1)
            if inside(self.exclude, self.starts, cm.start()):
                continue  # inside a quotation: not a subject of the outlet's sentence
            if w.lower() not in DETERMINERS and w.lower() not in PRONOUNS and w not in name:
                return None
        return name
