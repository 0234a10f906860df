"""The boilerplate line rules (``lexicons/boilerplate.csv``), compiled for one match per line.

Each rule is a regular expression matched case-insensitively against one stripped line, with a
reason code, an optional word-count guard (``max_words``), an optional teaser extension
(``extend_up``) and, for unanchored rules, optional ``needs`` literals (a prefilter: a line
without any of them is not searched).  The lowest-numbered matching rule wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..lexicons import bundled_path, read_table
from ..text.fold import fold
from ..text.matcher import contains_any

__all__ = [
    "Rules",
    "boilerplate_rules",
    "compiled_rules",
    "match_rule",
    "is_anchored",
    "rule_needs",
    "remove_inline",
]


@dataclass(frozen=True)
class Rules:
    """A compiled rule table.

    Anchored rules ("^..."): ``anchored[t]`` is one alternation, in rule order, of every
    anchored rule whose max_words >= ``anchored_limits[t]`` or that has no limit (the last
    entry: only those), so one ``re.match`` per line gives the lowest-numbered anchored rule.
    Unanchored rules: one alternation per max_words, ``(max_words or None, pattern, prefilter
    literals or None, lowest rule number in the bucket)``; ``members[k]``: the alternatives of
    bucket ``k`` (``(?P<rN>…)``, in rule order) with each one's own prefilter literals, when
    every rule of the bucket declares them (else ``None``).
    """

    reasons: tuple[str, ...]
    extend_up: tuple[int, ...]
    anchored_limits: tuple[int, ...]
    anchored: tuple[re.Pattern[str] | None, ...]
    floating: tuple[tuple[int | None, re.Pattern[str], tuple[str, ...] | None, int], ...]
    members: tuple[tuple[tuple[str, tuple[str, ...]], ...] | None, ...] = ()
    #: The structural rules to apply: those of this round and before (a ``# structure-round: N``
    #: comment in the table; ``None``: all of today's).  Lets the evaluations clean their gold
    #: articles as when the sets were drawn (:mod:`analysis.evaluation.rules`).
    structure_round: int | None = None
    #: Rules of ``scope`` "inline": furniture inside a line (``(pattern, reason, needs)``),
    #: removed from the text before the lines are classified (:func:`remove_inline`).
    inline: tuple[tuple[re.Pattern[str], str, tuple[str, ...] | None], ...] = ()
    #: The ``max_words`` of the floating buckets that have one, ascending (the buckets are
    #: sorted so, those without last): a line with more words skips every bucket before
    #: ``bisect_left(floating_limits, words)`` (empty: no bucket is skipped that way).
    floating_limits: tuple[int, ...] = ()


def boilerplate_rules(source: str = "boilerplate.csv") -> list[dict[str, str]]:
    """Return the boilerplate rule table (bundled or a user's CSV) as row dicts.

    Parameters
    ----------
    source
        Bundled name or path of a CSV with columns ``pattern, reason, max_words, extend_up,
        source, note`` (optional: ``needs``).

    Returns
    -------
    list of dict

    Examples
    --------
    >>> rows = boilerplate_rules()
    >>> {"advert", "caption", "appeal"} <= {r["reason"] for r in rows}
    True
    """
    return read_table(source, required=("pattern", "reason", "source", "note"))


def rule_needs(row: dict[str, str]) -> tuple[str, ...] | None:
    """A rule's prefilter literals (case-folded), or None when it declares none.

    Examples
    --------
    >>> rule_needs({"needs": "Getty Images| wire"})
    ('getty images', 'wire')
    """
    items = tuple(fold(x.strip()) for x in (row.get("needs") or "").split("|") if x.strip())
    return items or None


def is_anchored(pattern: str) -> bool:
    """True when every top-level alternative of ``pattern`` starts with ``^`` (without
    ``re.MULTILINE`` it then matches only at the start, so ``re.match`` finds what
    ``re.search`` finds).

    Examples
    --------
    >>> [is_anchored(p) for p in ("^a|^b", "^a|b", "(^a|b)", "^[|]x", "^(a|b)")]
    [True, False, False, True, True]
    """
    if not pattern.startswith("^"):
        return False
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0 and pattern[i + 1 : i + 2] != "^":
            return False
        i += 1
    return True


def _bucket_needs(rows: list[dict[str, str]], members: list[int]) -> tuple[str, ...] | None:
    """The union of the rules' prefilters (None as soon as one rule has none)."""
    out: list[str] = []
    for i in members:
        needs = rule_needs(rows[i])
        if needs is None:
            return None
        out.extend(x for x in needs if x not in out)
    return tuple(out)


@lru_cache(maxsize=8)
def compiled_rules(source: str = "boilerplate.csv") -> Rules:
    """The rule table compiled (cached per source)."""
    rows = boilerplate_rules(source)
    reasons: list[str] = []
    extend: list[int] = []
    groups: dict[int | None, list[tuple[int, str]]] = {}
    inline: list[tuple[re.Pattern[str], str, tuple[str, ...] | None]] = []
    for i, row in enumerate(rows):
        try:
            re.compile(row["pattern"])
        except re.error as exc:
            raise LexiconError(
                f"{source}, rule {i + 1}: bad regex {row['pattern']!r}: {exc}"
            ) from None
        mw = row.get("max_words", "")
        limit = int(mw) if mw.strip().isdigit() else None
        reasons.append(row["reason"])
        ext = row.get("extend_up", "")
        extend.append(int(ext) if ext.strip().isdigit() else 0)
        if (row.get("scope") or "").strip() == "inline":
            # an inline rule's needs are matched as written: they decide whether the whole
            # text is searched, and a rule that sets its own case ("MORE") can say so
            literals = tuple(x.strip() for x in (row.get("needs") or "").split("|") if x.strip())
            inline.append((re.compile(row["pattern"], re.I), row["reason"], literals or None))
            continue
        groups.setdefault(limit, []).append((i, row["pattern"]))
    # Anchored rules ("^...") are tried only at the start of the line (re.match, fails fast);
    # the others are searched, one alternation per max_words.
    anchored: list[tuple[int | None, int, str]] = []
    floating: list[tuple[int | None, re.Pattern[str], tuple[str, ...] | None, int]] = []
    members: list[tuple[tuple[str, tuple[str, ...]], ...] | None] = []
    for limit, alts in sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        anchored += [(limit, i, f"(?P<r{i}>{p})") for i, p in alts if is_anchored(p)]
        part = [(i, f"(?P<r{i}>{p})") for i, p in alts if not is_anchored(p)]
        if part:
            rx = re.compile("|".join(a for _, a in part), re.I)
            needs = _bucket_needs(rows, [i for i, _ in part])
            floating.append((limit, rx, needs, min(i for i, _ in part)))
            own = [(a, rule_needs(rows[i])) for i, a in part]
            members.append(None if needs is None else tuple((a, n or ()) for a, n in own))
    anchored.sort(key=lambda x: x[1])
    limits = sorted({lim for lim, _, _ in anchored if lim is not None})
    combined: list[re.Pattern[str] | None] = []
    for lim in [*limits, None]:
        alts_t = [a for l2, _, a in anchored if l2 is None or (lim is not None and l2 >= lim)]
        combined.append(re.compile("|".join(alts_t), re.I) if alts_t else None)
    return Rules(
        tuple(reasons),
        tuple(extend),
        tuple(limits),
        tuple(combined),
        tuple(floating),
        tuple(members),
        structure_round(source),
        tuple(inline),
        tuple(lim for lim, *_ in floating if lim is not None),
    )


def remove_inline(text: str, rules: Rules, removed: list[tuple[int, str, str]]) -> str:
    """``text`` without the matches of the inline rules; each removed piece is appended to
    ``removed`` as ``(0, piece, reason)``.  A match's named group ``keep`` stays in the text.

    Examples
    --------
    >>> import re
    >>> r = Rules((), (), (), (), (), inline=((re.compile(r"(?P<keep>x)y+"), "teaser", None),))
    >>> out = []
    >>> remove_inline("axyyb", r, out), out
    ('axb', [(0, 'yy', 'teaser')])
    """
    for pattern, reason, needs in rules.inline:
        if needs is not None and not contains_any(text, needs):
            continue

        def cut(m: re.Match[str], reason: str = reason) -> str:
            keep = m.groupdict().get("keep") or ""
            removed.append((0, m.group(0)[len(keep) :].strip(), reason))
            return keep

        text = pattern.sub(cut, text)
    return text


_STRUCTURE_ROUND = re.compile(r"^#\s*structure-round:\s*(\d+)\s*$", re.M)


def structure_round(source: str = "boilerplate.csv") -> int | None:
    """The round named by a ``# structure-round: N`` comment of a rule table (``None``: none).

    Examples
    --------
    >>> structure_round() is None
    True
    """
    p = Path(source)
    if not p.is_absolute() and not p.exists():
        p = bundled_path(str(source))
    try:
        m = _STRUCTURE_ROUND.search(p.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):  # read_table has already said what is wrong
        return None
    return int(m.group(1)) if m else None


@lru_cache(maxsize=256)
def _alternation(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    """Some alternatives of a bucket, in bucket order, as one case-insensitive pattern."""
    return re.compile("|".join(alternatives), re.I)


def _rule_index(m: re.Match[str]) -> int:
    """The rule (``r<N>`` group) of a match: the first alternative that matched."""
    return next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)


def match_rule(text: str, words: int, rules: Rules) -> int:
    """The lowest-numbered rule matching the line (anchored: at its start; unanchored: the
    first alternative at the leftmost match of each bucket), or -1.

    Parameters
    ----------
    text
        The stripped line.
    words
        Its word count (:func:`analysis.clean.lines.n_words`), for the ``max_words`` guards.
    rules
        From :func:`compiled_rules`.
    """
    best = -1
    rx = rules.anchored[bisect_left(rules.anchored_limits, words)]
    if rx is not None:
        m = rx.match(text)
        if m is not None:
            best = _rule_index(m)
    low: str | None = None
    floating = rules.floating
    # the buckets whose max_words the line exceeds come first: skipped without a look
    for k in range(bisect_left(rules.floating_limits, words), len(floating)):
        limit, rx, pre, first = floating[k]
        if (limit is not None and words > limit) or (best >= 0 and first >= best):
            continue
        if pre is not None:
            if low is None:
                low = fold(text)
            if not contains_any(low, pre):
                continue  # no match possible: the line lacks the literals every match contains
            # nor can a rule whose own literals it lacks: the others' alternation finds the
            # same leftmost match and the same first rule there (compiled once per subset)
            alts = rules.members[k] if rules.members else None
            if alts is not None and len(alts) > 1:
                kept = tuple(a for a, needs in alts if contains_any(low, needs))
                if len(kept) < len(alts):
                    rx = _alternation(kept)
        m = rx.search(text)
        if m is None:
            continue
        idx = _rule_index(m)
        if best < 0 or idx < best:
            best = idx
    return best
