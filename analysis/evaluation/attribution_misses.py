"""The reported-speech cues the detector misses on PolNeAR ``train``, by construction (round 28).

Every gold ``indirect`` or ``according_to`` attribution of the development split is classed
twice: by its **cue** (:data:`CUE_CLASSES`, the first pattern that matches the cue as written,
lower case: noun cues, belief and knowledge predicates, intentions, appearances, support and
votes, evidence verbs, a bare preposition, *say/tell/call*, a colon, *according to / as / per*)
and by **what the detector does** in its place (:func:`detector_class`): ``found`` (one of our
attributions' cue overlaps the gold cue, the measure of
:func:`analysis.evaluation.attribution.evaluate_attribution`), ``near`` (another attribution's
cue or span within 40 characters: a cue of its own next to ours), ``other cue`` (an attribution
whose content overlaps the gold content under another cue) or ``nothing``.  Only ``train`` is
read; the held-out ``dev`` split is never classed here.

``python -m analysis.evaluation.attribution_misses`` prints the table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from ..detect.quotes import analyse_quotes
from .attribution import REPORTED_KINDS
from .polnear import GoldArticle, load_polnear

__all__ = ["CUE_CLASSES", "cue_class", "detector_class", "missed_cue_table"]

#: (class, pattern) in the order tried; a cue no pattern matches is ``other verb or phrase``.
CUE_CLASSES: tuple[tuple[str, str], ...] = (
    ("according to / as / per", r"^(?:according|as |as$|per\b)"),
    ("colon or punctuation", r"^[:;,\-—–\"']+$"),
    ("bare preposition", r"^(?:in|for|of|about|to|on|by|under|with|where|from|over|at|among)$"),
    ("in a statement / interview", r"^in (?:a|an|the|his|her|their|its) "),
    (
        "say / tell / call",
        r"^(?:\w+ )?(?:say|says|said|saying|tell|tells|told|telling|calls?|called|calling)\b",
    ),
    (
        "belief or knowledge",
        r"\b(?:think|thinks|thought|believ\w*|know|knows|knew|known|expect\w*|feels?|felt|"
        r"consider\w*|assum\w*|doubt\w*|suspect\w*|understand\w*|realiz\w*|recogniz\w*|sees?|saw|"
        r"seen|views?|viewed|convinced|confident|sure|aware|worr\w*|fear\w*|concern\w*|"
        r"imagin\w*|predict\w*|estimat\w*|project\w*)\b",
    ),
    (
        "intention or desire",
        r"\b(?:want\w*|plan\w*|seek\w*|sought|hop\w*|intend\w*|would like|wish\w*|aim\w*|try|"
        r"tries|tried|trying|eager|willing|determined|decid\w*|decision|prefer\w*|goal)\b",
    ),
    (
        "appearance or evidential",
        r"\b(?:appear\w*|seem\w*|look\w*|reportedly|apparently|alleged\w*|purported\w*|supposedly)\b",
    ),
    (
        "support, opposition, votes",
        r"\b(?:support\w*|back\w*|oppos\w*|favou?r\w*|endors\w*|vote\w*|voting|against)\b",
    ),
    (
        "evidence verb (show / find / suggest)",
        r"\b(?:show\w*|found|find\w*|suggest\w*|indicat\w*|reveal\w*|confirm\w*|prove\w*|"
        r"demonstrat\w*)\b",
    ),
    (
        "noun cue",
        r"\b(?:statement|reports?|claims?|criticism|critic\w*|attack\w*|comment\w*|remark\w*|"
        r"interview|question\w*|complain\w*|warning|assertion|promise|pledge|argument|speech|"
        r"letter|tweet\w*|post|endorsement|opposition|proposal|poll\w*|survey\w*|study|"
        r"allegation\w*|accusation\w*|announcement|message|memo|rhetoric|charges?|praise|"
        r"response|testimony|debate|ad|advert\w*|campaign)\b",
    ),
)
_COMPILED = tuple((name, re.compile(p)) for name, p in CUE_CLASSES)
#: Characters between our cue or span and the gold cue for ``near``.
NEAR = 40


def cue_class(cue: str) -> str:
    """The construction class of a gold cue as written (:data:`CUE_CLASSES`).

    Examples
    --------
    >>> [cue_class(c) for c in ("appears", "support for", "in", "told", "lectured")]
    ['appearance or evidential', 'support, opposition, votes', 'bare preposition', \
'say / tell / call', 'other verb or phrase']
    """
    c = " ".join(cue.lower().split())
    return next((name for name, p in _COMPILED if p.search(c)), "other verb or phrase")


def _overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def detector_class(gold_cue, gold_content, attrs) -> str:
    """What the detector does at one gold reported cue (module docstring): ``found``,
    ``near``, ``other cue`` or ``nothing``.

    Examples
    --------
    >>> from analysis.detect.quotes import find_attributions
    >>> t = "Trump said taxes would fall after the election. Weeks later, he lectured them."
    >>> cue, said = t.index("lectured"), t.index("said")
    >>> detector_class(((cue, cue + 8),), ((cue + 9, cue + 13),), find_attributions(t))
    'nothing'
    >>> detector_class(((said, said + 4),), ((said + 5, said + 16),), find_attributions(t))
    'found'
    """
    if any(_overlaps(a.verb_start, a.verb_end, gold_cue) for a in attrs):
        return "found"
    c0, c1 = gold_cue[0][0], gold_cue[-1][1]
    if any(abs(a.verb_start - c0) < NEAR or _overlaps(a.start, a.end, [(c0, c1)]) for a in attrs):
        return "near"
    if any(
        a.content_start >= 0 and _overlaps(a.content_start, a.content_end, gold_content)
        for a in attrs
    ):
        return "other cue"
    return "nothing"


def missed_cue_table(
    root: str | Path | None = None, *, articles: Sequence[GoldArticle] | None = None
) -> pd.DataFrame:
    """Gold reported cues of PolNeAR ``train`` by cue class and detector class.

    Parameters
    ----------
    root
        The ``attribution-polnear`` folder (default ``../shared/validation/...``).
    articles
        Already loaded train articles (skips reading).

    Returns
    -------
    pandas.DataFrame
        One row per cue class (most missed first, then ``all``): ``gold``, one column per
        detector class, ``missed`` and ``recall``.
    """
    arts = list(articles) if articles is not None else load_polnear("train", root)
    rows = []
    for art in arts:
        _, attrs = analyse_quotes(art.text)
        for g in art.attributions:
            if g.kind in REPORTED_KINDS:
                cue = " ".join(art.text[a:b] for a, b in g.cue)
                rows.append((cue_class(cue), detector_class(g.cue, g.content, attrs)))
    df = pd.DataFrame(rows, columns=["cue_class", "detector"])
    table = pd.crosstab(df["cue_class"], df["detector"], margins=True, margins_name="all")
    table = table.rename(columns={"all": "gold"})
    table["missed"] = table["gold"] - table.get("found", 0)
    table["recall"] = (table.get("found", 0) / table["gold"]).round(4)
    order = table.drop(index="all").sort_values("missed", ascending=False).index.tolist()
    return table.loc[[*order, "all"]]


if __name__ == "__main__":  # pragma: no cover
    print(missed_cue_table().to_string())
