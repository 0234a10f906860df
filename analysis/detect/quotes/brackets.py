"""A bracketed tag after a sentence's subject: "Rep. Hakeem Jeffries (D-N.Y.) reacted to the
news, saying: '…'", "Sen. Jack Reed (D-R.I.), said …" — the party-and-state style of the
Washington Post and HuffPost.  The subject's verb is looked for after the closing bracket
(attribution round 14, PolNeAR train: the quotation had no speaker, the capitalised tag was
taken for the next word of the sentence).  A comma after the tag that opens no apposition
(``“…,” Oversight Chairman Elijah Cummings (D-Md.), said``) stands between the tagged name and
its verb (round 27, AllSides development batch).
"""

from __future__ import annotations

__all__ = ["after_bracket", "before_parenthesis", "tagged_name"]

_MAX = 40  # characters a tag may span


def after_bracket(text: str, toks, last: int) -> int:
    """Index of the token after token ``last`` (a subject's last word), past a parenthesis
    that opens right after it and closes within 40 characters.

    Examples
    --------
    >>> import re
    >>> t = "Rep. Hakeem Jeffries (D-N.Y.) reacted"
    >>> toks = list(re.finditer(r"[\\w.-]+", t))
    >>> toks[after_bracket(t, toks, 2)][0], toks[after_bracket(t, toks, 0)][0]
    ('reacted', 'Hakeem')
    """
    k = last + 1
    if k >= len(toks) or text[toks[last].end() : toks[k].start()].strip() != "(":
        return k
    close = text.find(")", toks[k].start(), toks[k].start() + _MAX)
    if close < 0:
        return k
    while k < len(toks) and toks[k].start() < close:
        k += 1
    return k


def tagged_name(text: str, toks, i: int, walk) -> tuple[int, int] | None:
    """The noun phrase before a bracketed tag that ends right before the comma ``toks[i]``,
    when no comma before it opens an apposition (the caller's case): "“…,” Sen. Elizabeth
    Warren (D-Mass.), told The Intercept" (round 27).

    Parameters
    ----------
    text
        The text.
    toks
        Word and comma tokens (``re.Match``) up to the verb; ``toks[i]`` is the comma.
    i
        Index of the comma.
    walk
        The caller's noun-phrase walk: token index -> (first, last) token indices, or None.

    Returns
    -------
    tuple of int or None
        The phrase's character span; None without such a tag.

    Examples
    --------
    >>> import re
    >>> t = "Elijah Cummings (D-Md.), said"
    >>> toks = list(re.finditer(r"[\\w.-]+|,", t))
    >>> tagged_name(t, toks, 3, lambda k: (0, k))
    (0, 15)
    """
    close = toks[i].start() if toks[i][0] == "," else 0  # not a dash: "Cruz (R-Texas) — Announced"
    while close > 0 and text[close - 1].isspace():
        close -= 1
    op = text.rfind("(", max(0, close - _MAX), close) if close and text[close - 1] == ")" else -1
    k = i - 1
    while op >= 0 and k >= 0 and toks[k].start() > op:
        k -= 1
    np = walk(k) if op >= 0 and 0 <= k < i - 1 else None
    return None if np is None else (toks[np[0]].start(), toks[np[1]].end())


def before_parenthesis(text: str, a: int, b: int) -> int:
    """``b``, or the start of a parenthesis that ends right before it (white space trimmed),
    looking no further back than ``a`` (moved from :mod:`.speakers`, round 37).

    Examples
    --------
    >>> t = "Sen. Richard J. Durbin (D-Ill.) said"
    >>> t[: before_parenthesis(t, 0, t.index(" said"))]
    'Sen. Richard J. Durbin'
    """
    k = b
    while k > a and text[k - 1].isspace():
        k -= 1
    if k > a and text[k - 1] == ")":
        op = text.rfind("(", max(a, k - 60), k)
        if op > a and ")" not in text[op : k - 1]:
            while op > a and text[op - 1].isspace():
                op -= 1
            return op
    return b
