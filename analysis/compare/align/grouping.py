"""Linked units grouped into shared units, with a guard against chaining.

Links are merged with union-find, strongest first (verbatim before paraphrase); two groups
merge only when every member of one is linked to the *representative* of the other, so A~B~C
chains of ever-drifting sentences do not collapse into one unit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .links import Link

__all__ = ["UnionFind", "link_strength", "group_occurrences"]


class UnionFind:
    """Disjoint sets over ``0 … n-1`` (path halving; the caller decides which root wins).

    Parameters
    ----------
    n
        Number of elements.

    Examples
    --------
    >>> uf = UnionFind(3)
    >>> uf.parent[2] = 1
    >>> uf.find(2), uf.find(0)
    (1, 0)
    """

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of ``i``'s set."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i


def link_strength(link: Link) -> tuple[int, float, float]:
    """Sort key of a link: verbatim first, then its token score (paraphrase: cosine), cosine.

    Parameters
    ----------
    link
        ``(a, b, relation, cosine, token_score)``.

    Returns
    -------
    tuple

    Examples
    --------
    >>> link_strength((0, 1, "paraphrase", 0.5, 0.2)) < link_strength((0, 2, "verbatim", 0.3, 0.9))
    True
    """
    verbatim = link[2] == "verbatim"
    return (1 if verbatim else 0, link[4] if verbatim else link[3], link[3])


def group_occurrences(
    links: Sequence[Link], toks: Sequence[Sequence[str]], linked: Callable[[int, int], bool]
) -> tuple[dict[int, list[int]], dict[tuple[int, int], bool]]:
    """Group the occurrences along their links, keeping every member linked to a representative.

    Parameters
    ----------
    links
        The event's links.
    toks
        Normalised tokens of every occurrence (the longer representative wins a tie).
    linked
        Whether two occurrences are linked (:class:`~analysis.compare.align.links.PairLinker`).

    Returns
    -------
    groups : dict
        Root -> member occurrences in index order, roots in order of their first member.
    merged_by : dict
        ``(a, b) -> bool`` for every link: whether its two ends ended in one group.

    Examples
    --------
    >>> links = [(0, 1, "verbatim", 1.0, 1.0), (1, 2, "verbatim", 0.9, 0.95)]
    >>> groups, merged = group_occurrences(links, [["a"]] * 3, lambda i, j: {i, j} != {0, 2})
    >>> list(groups.values()), merged
    ([[0, 1], [2]], {(0, 1): True, (1, 2): False})
    """
    n = len(toks)
    uf = UnionFind(n)
    rep = list(range(n))  # representative (an occurrence index) of each root
    group_members: dict[int, list[int]] = {i: [i] for i in range(n)}
    merged_by: dict[tuple[int, int], bool] = {}
    for link in sorted(links, key=link_strength, reverse=True):
        a, b = link[0], link[1]
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            merged_by[(a, b)] = True
            continue
        size_a, size_b = len(group_members[ra]), len(group_members[rb])
        if size_a < size_b or (size_a == size_b and len(toks[rep[ra]]) < len(toks[rep[rb]])):
            ra, rb = rb, ra  # ra: the larger group (then the longer representative)
        if all(linked(rep[ra], m) for m in group_members[rb]):
            keep = rep[ra]
        elif all(linked(rep[rb], m) for m in group_members[ra]):
            keep = rep[rb]
        else:
            merged_by[(a, b)] = False
            continue
        uf.parent[rb] = ra
        rep[ra] = keep
        group_members[ra].extend(group_members.pop(rb))
        merged_by[(a, b)] = True
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    return groups, merged_by
