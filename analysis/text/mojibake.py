"""Mojibake: UTF-8 text decoded as cp1252 or latin-1 (once or more) and saved that way."""

from __future__ import annotations

import re

__all__ = ["MOJIBAKE_HINT", "repair_mojibake"]

#: A UTF-8 lead byte read as cp1252/latin-1 (Â–ô) followed by a continuation byte read the same
#: way (U+0080–U+00BF or a cp1252 punctuation letter: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™
#: š › œ ž Ÿ): the mark of mojibake ("Obamaâ€™s", "Ã©tÃ©").  Only texts that hold it are handed
#: to ftfy, which decides whether they really are mojibake ("the café’s owner" is left alone).
MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac"
    "\u2122]"
)


def repair_mojibake(text: str) -> str:
    """Text whose UTF-8 was decoded as cp1252 (once or more, and saved again) repaired.

    Scraped corpora carry it in titles and bodies: "Obamaâ€™s", "CongressÃ¢â‚¬â„¢ only",
    quotation marks as "â€œ … â€\x9d" (which no quotation pattern would find).  The repair is
    ftfy's ``fix_encoding`` (only the encoding, no other change), run on texts that hold
    :data:`MOJIBAKE_HINT`.

    Examples
    --------
    >>> repair_mojibake("He said â€œwe will winâ€\x9d on Obamaâ€™s plan.")
    'He said “we will win” on Obama’s plan.'
    >>> repair_mojibake("CongressÃ¢â‚¬â„¢ only mass shooting victim")
    'Congress’ only mass shooting victim'
    >>> repair_mojibake("the café’s owner, naïve — “fine”")
    'the café’s owner, naïve — “fine”'
    """
    if not MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)
