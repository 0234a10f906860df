"""A bracketed tag after a sentence's subject: "Rep. Hakeem Jeffries (D-N.Y.) reacted to the
news, saying: '…'", "Sen. Jack Reed (D-R.I.), said …" — the party-and-state style of the
Washington Post and HuffPost.  The subject's verb is looked for after the closing bracket
(attribution round 14, PolNeAR train: the quotation had no speaker, the capitalised tag was
taken for the next word of the sentence).
"""

from __future__ import annotations

__all__ = ["after_bracket"]

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
