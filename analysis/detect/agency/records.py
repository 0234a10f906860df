"""The records of the agency detector: :class:`Passive` and :class:`HarmEvent`."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Passive", "HarmEvent", "FORMS", "FORM_LABELS", "VOICES"]

#: The grammatical forms of a harm event (issue 20), in report order.
FORMS: tuple[str, ...] = (
    "active_agent",
    "active_instrument",
    "passive_agent",
    "passive_agentless",
    "nominal",
    "intransitive",
)
#: Each form in words, as reports and figures name it (the form names are code).
FORM_LABELS: dict[str, str] = {
    "active_agent": "active, agent named",
    "active_instrument": "active, instrument as subject",
    "passive_agent": "passive, agent named",
    "passive_agentless": "agentless passive",
    "nominal": "nominal",
    "intransitive": "intransitive",
}
#: The voices of a harm event, as for every other detector.
VOICES: tuple[str, ...] = ("author", "quoted", "reported")


class Passive(NamedTuple):
    """One passive construction: ``text[start:end] == passive.text``.

    Attributes
    ----------
    start, end, text
        From the auxiliary (*was*, *got*; the participle for a reduced passive) to the
        participle.
    participle, participle_start, participle_end
        The past participle as written and its offsets.
    auxiliary
        The auxiliary as written (``"were"``, ``"got"``), or ``None`` for a reduced passive
        (``"civilians killed in the strike"``).
    agent, agent_start, agent_end
        The by-agent noun phrase (without *by*) and its offsets, or ``None``/``-1``
        (agentless).
    """

    start: int
    end: int
    text: str
    participle: str
    participle_start: int
    participle_end: int
    auxiliary: str | None = None
    agent: str | None = None
    agent_start: int = -1
    agent_end: int = -1


class HarmEvent(NamedTuple):
    """One mention of harm to people: ``text[start:end] == event.text`` (the trigger).

    Attributes
    ----------
    start, end, text
        The trigger word(s): ``killed``, ``deaths``, ``lost their lives``.
    lemma, harm
        The predicate's lemma (``kill``) and harm class (``kill``, ``injure``, ``attack``,
        ``torture``, ``death``, ``casualty``).
    form
        One of :data:`FORMS`: ``active_agent`` ("Russian forces killed"), ``active_instrument``
        ("a missile killed"), ``passive_agent`` ("were killed by shelling"),
        ``passive_agentless`` ("were killed", "killed in the strike"), ``nominal`` ("the
        deaths of", "casualties", "12 dead"), ``intransitive`` ("died", "lost their lives").
    agent, agent_start, agent_end
        The agent (or instrument) phrase as written and its offsets, or ``None``/``-1`` when
        not expressed.
    victim, victim_start, victim_end
        The victim (or target) phrase, or ``None``/``-1``.
    voice
        ``author``, ``quoted`` (inside quotation marks) or ``reported`` (indirect speech).
    agent_side, victim_side
        The side of agent and victim from the actors table, or ``None`` when unknown.
    sentence_start, sentence_end
        The sentence the trigger is in (for evidence).
    """

    start: int
    end: int
    text: str
    lemma: str
    harm: str
    form: str
    agent: str | None = None
    agent_start: int = -1
    agent_end: int = -1
    victim: str | None = None
    victim_start: int = -1
    victim_end: int = -1
    voice: str = "author"
    agent_side: str | None = None
    victim_side: str | None = None
    sentence_start: int = -1
    sentence_end: int = -1
