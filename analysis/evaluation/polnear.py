"""Read PolNeAR (attribution relations in US political news, brat standoff) and type its gold.

Data: ``../shared/validation/attribution-polnear`` (Newell, Margolin & Ruths, LREC 2018): the
``train`` (840 articles) and ``dev`` (84) splits, each ``text/NAME.txt`` with one or more
``attributions/NAME_ANNOTATOR.ann`` files (we read the first annotator's file in name order, as
the set's README asks: one per article).  Every attribution has a cue, a content and (almost
always) a source span, each possibly discontinuous.

PolNeAR does not label an attribution direct or indirect; :func:`gold_kind` types each one from
its content, independently of the detector under test:

``direct``
    at least 80 % of the content's letters and digits lie inside double quotation marks (the
    marks are paired per paragraph by :func:`quoted_regions`, a rule for the gold only);
``mixed``
    some but less than 80 % (reported speech around a partial quotation);
``according_to``
    no quoted part, and the cue is *according to*;
``indirect``
    no quoted part, any other cue (a verb, a noun such as *statement*, a colon …).

``reported`` (the issue's "reported speech without quotation marks") is ``indirect`` plus
``according_to``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import FramingError
from ..paths import shared_path

__all__ = [
    "GoldAttribution",
    "GoldArticle",
    "load_polnear",
    "annotator_sets",
    "quoted_regions",
    "gold_kind",
    "GOLD_KINDS",
    "DIRECT_SHARE",
]

#: Gold kinds (see the module docstring), in report order.
GOLD_KINDS: tuple[str, ...] = ("direct", "mixed", "indirect", "according_to")
#: Share of the content's letters and digits inside quotation marks for a ``direct`` gold.
DIRECT_SHARE = 0.8

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: its parts as (possibly discontinuous) character spans."""

    source: Spans
    cue: Spans
    content: Spans
    kind: str


@dataclass(frozen=True)
class GoldArticle:
    """One PolNeAR article: name, publisher, split, text and its attributions."""

    name: str
    publisher: str
    split: str
    text: str
    attributions: tuple[GoldAttribution, ...]


_DOUBLE = re.compile(r"''|‘‘|’’|[\"“”]")


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks, paired per paragraph (gold typing only).

    A curly ``“`` opens and ``”`` closes; a straight ``"`` (or two single marks, the New York
    Times' ``''``) closes an open quotation, else opens.
    An unclosed quotation runs to the end of its paragraph (the newspaper rule for quotations
    that continue in the next paragraph).

    Examples
    --------
    >>> t = 'He said "no" and “yes”.'
    >>> [t[a:b] for a, b in quoted_regions(t)]
    ['no', 'yes']
    """
    out = []
    pos = 0
    for para in text.split("\n"):
        start = None
        for m in _DOUBLE.finditer(para):
            ch = m.group()
            if start is None and ch not in ("”", "’’"):
                start = m.end()
            elif start is not None and ch not in ("“", "‘‘"):
                out.append((pos + start, pos + m.start()))
                start = None
        if start is not None:
            out.append((pos + start, pos + len(para)))
        pos += len(para) + 1
    return out


def _quoted_share(text: str, content: Spans, regions: list[tuple[int, int]]) -> float:
    total = inside = 0
    for a, b in content:
        for i in range(a, b):
            if text[i].isalnum():
                total += 1
                inside += any(s <= i < e for s, e in regions if s <= b and e >= a)
    return inside / total if total else 0.0


def gold_kind(text: str, content: Spans, cue: Spans, regions: list[tuple[int, int]]) -> str:
    """The gold kind of one attribution (module docstring).

    Examples
    --------
    >>> t = '"We won," he said. According to aides, they won.'
    >>> r = quoted_regions(t)
    >>> gold_kind(t, ((0, 9),), ((13, 17),), r), gold_kind(t, ((39, 48),), ((19, 31),), r)
    ('direct', 'according_to')
    """
    share = _quoted_share(text, content, regions)
    if share >= DIRECT_SHARE:
        return "direct"
    if share > 0:
        return "mixed"
    cue_text = " ".join(" ".join(text[a:b].lower().split()) for a, b in cue)
    return "according_to" if cue_text.startswith("according to") else "indirect"


def _spans(field: str) -> Spans:
    return tuple(tuple(int(x) for x in part.split()) for part in field.split(";"))  # type: ignore[misc]


def _read_ann(path: Path) -> list[dict[str, Spans]]:
    """The attribution events of one brat file: role -> spans."""
    spans: dict[str, tuple[str, Spans]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].startswith("T") and " " in parts[1]:
            kind, where = parts[1].split(" ", 1)
            spans[parts[0]] = (kind, _spans(where))
        elif len(parts) >= 2 and parts[0].startswith("E"):
            args = dict(x.split(":", 1) for x in parts[1].split() if ":" in x)
            events.append(args)
    out = []
    for ev in events:
        roles = {r: spans[ev[r]][1] for r in ("Source", "Cue", "Content") if ev.get(r) in spans}
        if "Cue" in roles and "Content" in roles:
            out.append(roles)
    return out


def _typed(text: str, ann: Path, regions: list[tuple[int, int]]) -> tuple[GoldAttribution, ...]:
    """The attributions of one brat file, each with its kind (:func:`gold_kind`)."""
    return tuple(
        GoldAttribution(
            source=r.get("Source", ()),
            cue=r["Cue"],
            content=r["Content"],
            kind=gold_kind(text, r["Content"], r["Cue"], regions),
        )
        for r in _read_ann(ann)
    )


def _publishers(base: Path) -> dict[str, str]:
    meta = base / "metadata.tsv"
    if not meta.is_file():
        return {}
    out = {}
    lines = meta.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    i_name, i_pub = head.index("filename"), head.index("publisher")
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > max(i_name, i_pub):
            out[cells[i_name]] = cells[i_pub]
    return out


def load_polnear(split: str = "dev", root: str | Path | None = None) -> list[GoldArticle]:
    """Read one PolNeAR split.

    Parameters
    ----------
    split
        ``"train"`` (development: error classes were read here) or ``"dev"`` (held out).
    root
        The ``attribution-polnear`` folder; default ``../shared/validation/attribution-polnear``.

    Returns
    -------
    list of GoldArticle
        In file-name order, one per article (the first annotator's file).

    Raises
    ------
    FramingError
        The folder or the split is missing.

    Examples
    --------
    >>> p = shared_path("validation", "attribution-polnear")
    >>> p is None or len(load_polnear("dev", p)) == 84
    True
    """
    base = Path(root) if root is not None else shared_path("validation", "attribution-polnear")
    folder = base / split if base is not None else None
    if folder is None or not (folder / "attributions").is_dir():
        raise FramingError(
            f"{folder or '../shared/validation/attribution-polnear/' + split}: no attributions/ "
            "folder (the PolNeAR gold set; see ../shared/README.md)."
        )
    pubs = _publishers(base)
    seen: set[str] = set()
    out = []
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        txt = folder / "text" / f"{name}.txt"
        if name in seen or not txt.is_file():
            continue
        seen.add(name)
        text = txt.read_text(encoding="utf-8")
        atts = _typed(text, ann, quoted_regions(text))
        out.append(GoldArticle(name, pubs.get(name, name.split("_")[0]), split, text, atts))
    return out


def annotator_sets(
    split: str = "train", root: str | Path | None = None
) -> dict[str, list[tuple[GoldAttribution, ...]]]:
    """Every annotator's attributions of the articles that more than one annotator coded.

    :func:`load_polnear` reads one file per article; a few articles have five or six
    (``train``: 16).  Used to measure how far two annotators agree under the measures of
    :mod:`analysis.evaluation.attribution` (round 30).

    Parameters
    ----------
    split
        ``"train"`` (the development split; the held-out ``dev`` is not to be read).
    root
        The ``attribution-polnear`` folder; default ``../shared/validation/attribution-polnear``.

    Returns
    -------
    dict
        Article name -> one tuple of typed attributions per annotator file, in file-name order.

    Raises
    ------
    FramingError
        The folder or the split is missing.
    """
    base = Path(root) if root is not None else shared_path("validation", "attribution-polnear")
    folder = base / split if base is not None else None
    if folder is None or not (folder / "attributions").is_dir():
        raise FramingError(f"{folder}: no attributions/ folder (the PolNeAR gold set).")
    files: dict[str, list[Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        files.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    out = {}
    for name, anns in files.items():
        txt = folder / "text" / f"{name}.txt"
        if len(anns) < 2 or not txt.is_file():
            continue
        text = txt.read_text(encoding="utf-8")
        regions = quoted_regions(text)
        out[name] = [_typed(text, ann, regions) for ann in anns]
    return out
