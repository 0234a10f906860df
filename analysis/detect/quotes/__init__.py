"""Quotations, scare quotes, speakers and attribution-verb stance.

``find_quotes(text)`` returns every quotation in a news text as character spans of the quoted
words (without the marks), in every house style of the bundled corpus: straight ``"…"``,
curly ``“…”``, mixed straight/curly in either direction (RT), British single quotes ``'…'``
and ``‘…’`` where the same character is also the apostrophe (``it's``, ``countries' top
diplomats``, ``that’s``, ``'90s``, ``rock 'n' roll``), quotes inside quotes, and the
newspaper multi-paragraph rule.

How quotation marks are paired
------------------------------
1. **Blocks.** The text is cut into blocks at line breaks (scraped news has one paragraph per
   line; a single line break before a lowercase letter after a line that does not end in
   terminal punctuation or a mark is a soft wrap and does not cut).  A quotation never runs
   past its block, except by the multi-paragraph rule (4).
2. **Classify every mark from its context** (like CommonMark's "flanking" rule).  A mark *can
   open* when its left neighbour is the block start, a space, an opening bracket/dash/slash or
   another mark, and its right neighbour is not a space or closing punctuation; it *can close*
   when its left neighbour is not a space/opening bracket and its right neighbour is the block
   end, a space, punctuation or another mark.  Only when the context allows both or neither
   does the glyph decide (``“ ‘ „ «`` open, ``” ’ »`` close; straight marks stay ambiguous and
   close if one of their family is open, else open).  Single marks (``' ‘ ’``) are
   **apostrophes** when they sit between two letters/digits (``it's``, ``that’s``), when they
   open a known elision (``'90s``, ``'n'``, ``'em``, ``'til``, ``'cause``, ``'tis``), and a
   plural possessive ``s' `` followed by a lowercase word (``countries' top``) is only a *weak*
   closer: it closes an open single quote only when no other single closer follows before the
   next single opener.  A closer with no open quote of its family is a stray (or an
   apostrophe) and is ignored.
3. **Pair per block with one stack** of open marks of two families (double ``" “ ” „ « »``
   and single ``' ‘ ’ ‚ ‹ ›``), so that quotes inside quotes of the other family nest.  A
   closer pops the stack down to the nearest opener of its family (unclosed inner quotes are
   dropped).  Only outermost pairs become :class:`Quote` objects; inner quotes are part of
   their text.
4. **Multi-paragraph rule.** When a block ends with a quotation still open and the next block
   that contains a letter or digit starts with an opening mark of the same family, the piece
   runs to the end of the block and the next block's quotation continues it: all pieces share
   a ``quote_id``.  Otherwise an unclosed *double* quotation (a missing closing mark) ends at
   the end of its block; an unclosed single one is kept only if it opened the block (else the
   mark was an apostrophe we could not recognise).

Kinds
-----
A quotation is ``"direct"`` (quoted speech) when any of these holds, checked in order:

1. it runs over several paragraphs, or has no closing mark;
2. it is sentence-initial (nothing but the sentence start or a colon lead-in before the
   opening mark);
3. a reporting verb is *attached* to it: ``said '…'`` / ``said: '…'`` right before it, or
   ``'…,' Peskov said`` / ``'…' said Peskov`` right after it (at most four words between);
4. it sits inside reported speech: a reporting verb earlier in the same sentence introduces
   the clause that contains it, with no comma, semicolon, dash or other quotation between
   (``Peskov added that Russia is "finishing the demilitarization"``, ``Kuleba had said he
   was open to talks but only if they were 'meaningful'``).  Verbs whose subcategory is in
   :data:`CLAUSE_SUBCATEGORIES` (*say, claim, insist, warn* …) always introduce a clause; other
   verbs only when the next word is *that*, a pronoun, a determiner, a capitalised word or a
   time word (``announced new 'humanitarian corridors'`` is not reported speech).  A verb of
   subcategory ``labelling`` (*called*) never makes reported speech.  A sentence ending
   ``…, according to X`` is reported speech too.

Otherwise it is ``"scare"`` when it is a quoted title or name in Title Case (``"The Kid Who
Would Be King"``) or has at most ``SCARE_MAX_WORDS`` (4) words and no sentence break, ``?``,
``!`` or ``…`` at its end (US-style ``,``/``.`` inside the marks do not count); longer
quotations are ``"direct"``.  So ``'special military operation'``, ``'barbarians'`` (after
``posted another message, calling the army``), ``“genocide”`` and ``'humanitarian
corridors'`` are scare quotes.  Both kinds are quotations for voice purposes.

Attribution
-----------
A reporting verb comes from ``lexicons/attribution_verbs.csv`` (term -> stance class).  Its
speaker is the noun phrase before it (``Kremlin spokesman Dmitry Peskov said``, ``the ministry
said``, ``Mykhailo Podoliyak, an advisor to …, posted``), or after it when inverted
(``…," said Peskov``) or after ``according to``.  A quotation takes the attribution right
after its closing mark (``…,' Peskov said`` / ``…" said Peskov`` / ``…,' he wrote``), else
the one before its opening mark in the same sentence (colon lead-ins, ``Peskov told Reuters
that "…"``), else one later in the same sentence.  A direct quotation with none that opens
its sentence continues the last speaker: it takes the last attribution before it when that
is in the same or the previous paragraph (``Chapman says that's not what …`` / new paragraph
``"Commonly, …"``), or when that is the previous direct quotation's attribution at most two
paragraphs back (a photo caption may sit between).  Pronouns (``he``, ``she``,
``they``) are resolved to the last named speaker of an attribution before them: ``he``/``she``
to the last speaker whose phrase contains a proper name and does not start with a determiner
(when that speaker is known to be of the other gender, by an honorific or a given name, to
an earlier one of the pronoun's gender named in its paragraph or the one before, else none:
:mod:`.genders`), ``they`` to the last non-pronoun speaker; ``I``, ``we``, ``it`` stay as
written.  A ``he``/``she`` is *ambiguous* (left unresolved) when another capitalised name
acts as a subject earlier in the same sentence (``Putin recognized … what he called``).  The
side comes from the topic pack's actors table; unknown speakers stay ``None``.

Modules
-------
``records``     the :class:`Quote` and :class:`Attribution` records
``tables``      the reporting-verb and actors tables (:func:`load_verbs`, :func:`load_actors`)
``marks``       pairing quotation marks into pieces (blocks, mark roles, multi-paragraph rule)
``kinds``       direct quotation or scare quote
``speakers``    the speaker noun phrase of a reporting verb
``attribution`` every reporting verb with speaker, stance and side
``sentences``   sentence bounds as the attribution rules see them
``analyse``     :func:`find_quotes`, :func:`analyse_quotes`, :func:`find_attributions`
``features``    per-article quotation features (:func:`quote_features`)
"""

from .analyse import analyse_quotes, find_attributions, find_quotes, quotes_and_attributions
from .features import STANCE_CLASSES, quote_features
from .kinds import CLAUSE_SUBCATEGORIES, SCARE_MAX_WORDS
from .records import Attribution, Quote
from .sources import SOURCE_TYPES, source_profile, source_type
from .tables import (
    DEFAULT_ACTORS,
    DEFAULT_VERBS,
    ActorTable,
    VerbIndex,
    VerbTable,
    actors_table,
    attribution_verbs,
    load_actors,
    load_verbs,
)

__all__ = [
    "Quote",
    "Attribution",
    "find_quotes",
    "find_attributions",
    "analyse_quotes",
    "quotes_and_attributions",
    "quote_features",
    "attribution_verbs",
    "actors_table",
    "load_verbs",
    "load_actors",
    "VerbTable",
    "ActorTable",
    "VerbIndex",
    "DEFAULT_VERBS",
    "DEFAULT_ACTORS",
    "STANCE_CLASSES",
    "SCARE_MAX_WORDS",
    "CLAUSE_SUBCATEGORIES",
    "SOURCE_TYPES",
    "source_profile",
    "source_type",
]
