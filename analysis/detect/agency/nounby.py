"""The by-phrase of a harm noun (issue 20, twenty-sixth round): a participle between the noun and
"by" owns the by-phrase, so it names no agent of the noun ("the death toll from an apartment
complex hit by Russian rockets grew as well": the rockets hit the complex; the reports on the
Guardian/NYT set gave the toll the agent "Russian rockets grew").
"""

from __future__ import annotations

from .passives import by_agent, is_participle
from .tables import AgencyTables
from .words import BE, PREPOSITIONS, Token

__all__ = ["noun_by_agent"]


def noun_by_agent(tokens: list[Token], end: int, tables: AgencyTables) -> tuple[int, int] | None:
    """:func:`~.passives.by_agent` after the noun phrase ending at ``end``, or None when a
    participle stands between ``end`` and its "by".

    Examples
    --------
    >>> from analysis.detect.agency.tables import load_agency_tables
    >>> from analysis.detect.agency.words import tokenize
    >>> t = tokenize("the toll from a complex hit by Russian rockets grew")
    >>> noun_by_agent(t, 1, load_agency_tables()) is None
    True
    >>> t = tokenize("the attack on the city launched by Russian forces")
    >>> noun_by_agent(t, 4, load_agency_tables())
    (7, 9)
    """
    by = by_agent(tokens, end, tables)
    if by is None:
        return None
    between = tokens[end + 1 : by[0] - 1]
    if not any(t.low in PREPOSITIONS for t in between):
        return by  # "the attack was carried out by", "attacks allegedly carried out by"
    owner = [t for t in between if is_participle(t.low, tables) and not t.cap]
    owner = [t for t in owner if t.low not in _DOING and t.low not in BE]
    return None if owner else by


#: Participles of carrying out an attack: across a preposition they still take the noun's
#: agent ("an attack on U.S. troops in Iraq launched by Tehran", unlabelled dev AllSides).
_DOING = frozenset(
    "launched carried conducted perpetrated committed staged mounted ordered claimed unleashed "
    "orchestrated executed organised organized planned".split()
)
