"""Genres that are not news reports: letters, live blogs, opinion, reviews, briefings, obituaries,
audio and video pages — found from cues in the title, the url and the text.

The cues are data: ``analysis/lexicons/genre_cues.csv`` (one regular expression per row, with
the field it reads and where it came from; see ``analysis/lexicons/README.md``).  A corpus
whose outlets mix genres differently compares genres as much as outlets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from ..errors import LexiconError
from .findings import Finding, examples

__all__ = ["article_genres", "genre_cues", "GenreCue", "GENRE_FIELDS", "genre_findings"]

#: The fields a cue can read (``text_start``: the first 300 characters of the text).
GENRE_FIELDS: tuple[str, ...] = ("title", "url", "text_start", "text")
#: Share of an outlet's articles in one genre from which it is a warning, not an info ...
GENRE_WARNING_SHARE = 0.05
#: ... or number of articles (8 live blogs among 188 Guardian articles are a warning).
GENRE_WARNING_COUNT = 5


class GenreCue(NamedTuple):
    """One row of ``genre_cues.csv``, compiled."""

    genre: str
    field: str
    pattern: re.Pattern[str]
    min_count: int
    source: str


@lru_cache(maxsize=4)
def genre_cues(source: str = "genre_cues.csv") -> tuple[GenreCue, ...]:
    """The genre cues of a table (default: the bundled ``genre_cues.csv``).

    Parameters
    ----------
    source
        A bundled table name or the path of your own table (same columns).

    Returns
    -------
    tuple of GenreCue

    Raises
    ------
    LexiconError
        An unknown field, a bad regular expression or a bad ``min_count``, naming the row.

    Examples
    --------
    >>> sorted({c.genre for c in genre_cues()})[:3]
    ['audio or video', 'briefing', 'letter']
    """
    from ..lexicons import read_table

    cues = []
    rows = read_table(source, required=("genre", "field", "pattern", "source"))
    for i, row in enumerate(rows, start=1):
        where = f"{source}, cue {i} ({row['genre']})"
        if row["field"] not in GENRE_FIELDS:
            raise LexiconError(f"{where}: field {row['field']!r} is not one of {GENRE_FIELDS}")
        flags = re.IGNORECASE | (re.MULTILINE if row["field"] == "text" else 0)
        try:
            pattern = re.compile(row["pattern"], flags)
            min_count = int(row.get("min_count") or 1)
        except (re.error, ValueError) as exc:
            raise LexiconError(f"{where}: {exc}. Fix the pattern or min_count.") from None
        cues.append(
            GenreCue(
                genre=row["genre"],
                field=row["field"],
                pattern=pattern,
                min_count=min_count,
                source=row["source"],
            )
        )
    return tuple(cues)


def _field_values(corpus: pd.DataFrame, field: str) -> list[str]:
    col = "text" if field == "text_start" else field
    if col not in corpus.columns:
        return [""] * len(corpus)
    values = [v if isinstance(v, str) else "" for v in corpus[col].astype(object)]
    return [v[:300] for v in values] if field == "text_start" else values


def _matches(cue: GenreCue, value: str) -> str:
    """The matched text of a cue in one field value, or ``""``."""
    if cue.min_count <= 1:
        m = cue.pattern.search(value)
        return m.group(0).strip() if m else ""
    hits = cue.pattern.findall(value)
    return (
        f"{len(hits)} × {cue.pattern.search(value).group(0).strip()}"
        if (len(hits) >= cue.min_count)
        else ""
    )


def article_genres(corpus: pd.DataFrame, *, cues: str = "genre_cues.csv") -> pd.DataFrame:
    """The articles that look like a genre other than a news report, and the cue that says so.

    Parameters
    ----------
    corpus
        A corpus (``text``; ``title``, ``url``, ``article_id``, ``outlet`` when present).
    cues
        The cue table (default: the bundled ``genre_cues.csv``) or your own.

    Returns
    -------
    pandas.DataFrame
        One row per article and genre (the first cue of the genre that holds): ``article_id,
        outlet, genre, field, cue`` (the matched words), in corpus order.

    Examples
    --------
    >>> corpus = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["G", "G"],
    ...     "title": ["Sanctions are not backfiring | Letters", "Troops advance"],
    ...     "text": ["Simon Jenkins writes ...", "Troops advanced on Monday."]})
    >>> article_genres(corpus)[["article_id", "genre", "cue"]].values.tolist()
    [['a', 'letter', '| Letters']]
    """
    from .findings import check_frame

    f = check_frame(corpus)
    table = genre_cues(cues)
    found: dict[tuple[int, str], tuple[str, str]] = {}
    values = {field: _field_values(corpus, field) for field in {c.field for c in table}}
    for cue in table:
        for i, v in enumerate(values[cue.field]):
            if v and (i, cue.genre) not in found:
                hit = _matches(cue, v)
                if hit:
                    found[(i, cue.genre)] = (cue.field, hit)
    keys = sorted(found)
    return pd.DataFrame(
        {
            "article_id": [f["article_id"].iat[i] for i, _ in keys],
            "outlet": [f["outlet"].iat[i] for i, _ in keys],
            "genre": [g for _, g in keys],
            "field": [found[k][0] for k in keys],
            "cue": [found[k][1] for k in keys],
        }
    )


def genre_findings(f: pd.DataFrame, genres: pd.DataFrame) -> list[Finding]:
    """One finding per outlet and genre found: how many, with an example cue.

    Parameters
    ----------
    f
        :func:`~analysis.quality.findings.check_frame` of the corpus.
    genres
        :func:`article_genres` of the corpus.

    Returns
    -------
    list of Finding
    """
    out = []
    sizes = f["outlet"].value_counts()
    for (outlet, genre), g in genres.groupby(["outlet", "genre"], sort=True):
        n, total = len(g), int(sizes.get(outlet, 0))
        cues = g["cue"].value_counts()
        top = ", ".join(f"'{c}'" for c in cues.index[:3])
        severity = (
            "warning" if n >= min(GENRE_WARNING_COUNT, GENRE_WARNING_SHARE * total) else "info"
        )
        out.append(
            Finding(
                check="genre_mix",
                severity=severity,
                outlet=str(outlet),
                detail=f"{n} of {total} articles look like {genre} pages ({top}). They are not "
                "news reports: compare like with like (filter them with "
                "analysis.quality.article_genres).",
                n_articles=n,
                examples=examples(g["article_id"]),
            )
        )
    return out
