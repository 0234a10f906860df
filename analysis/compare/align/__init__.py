"""Same-event alignment: what each outlet took from the shared source, dropped, and added.

Given several articles about one event (the bundled corpus: five outlets reporting one Peskov
interview to Reuters; or a BASIL triplet: Fox, NYT and HuffPost on one story),
:func:`align_event` cuts every cleaned body into **units** and links units across outlets.

Modules
    * :mod:`.normalisation` — the text normalisation for verbatim comparison;
    * :mod:`.units` — a body cut into quote and statement units;
    * :mod:`.links` — verbatim and paraphrase links between units, and their thresholds;
    * :mod:`.event` — :func:`align_event`: occurrences, links, guarded grouping, the tables;
    * :mod:`.events` — :func:`find_events`: which articles report the same event (an event
      column, or articles close in date with similar openings);
    * :mod:`.sentences` — :func:`unit_sentences`: the whole sentences behind units, for reading;
    * :mod:`.result` — :class:`EventAlignment`, the result with its readable tables.

The figure is :func:`analysis.plots.plot_alignment`.

Known limits
    * Character n-grams do not see synonyms: "Moscow demands Kyiv recognise Crimea as Russian
      land" is not linked to "The Kremlin wants Kyiv to recognise Crimea as Russian territory".
    * Two sentences about the same entity but different claims can pass the threshold
      ("Weiner is married to Huma Abedin, an aide to Hillary Clinton" ~ "the toll on his wife,
      Huma Abedin, a longtime aide to Hillary Rodham Clinton").
    * Units are only as good as the sentence splitter: BASIL texts lack the space after many
      full stops.  The splitter cuts most of them ("this week.Eric is", since 2026-12), but a
      glued stop is a candidate only before a capital and a lower-case letter, so "get
      worse.I am" stays one sentence and some units still span two; they link as containment
      of their parts.
    * Pairwise comparison is quadratic: about 2 s for 60 articles (1,450 units); meant for
      one event (a few to a few hundred articles), not for a whole corpus.
"""

from .event import align_event
from .events import EVENT_COLUMNS, event_articles, events_for_export, find_events
from .links import (
    MIN_LENGTH_RATIO,
    MIN_PARAPHRASE_WORDS,
    PARAPHRASE_THRESHOLD,
    VERBATIM_THRESHOLD,
    link_relation,
)
from .normalisation import normalise
from .result import RELATIONS, EventAlignment, truncate_text
from .sentences import unit_sentences
from .units import MIN_UNIT_WORDS, article_units

__all__ = [
    "EventAlignment",
    "align_event",
    "find_events",
    "event_articles",
    "events_for_export",
    "EVENT_COLUMNS",
    "unit_sentences",
    "article_units",
    "normalise",
    "link_relation",
    "truncate_text",
    "MIN_UNIT_WORDS",
    "PARAPHRASE_THRESHOLD",
    "VERBATIM_THRESHOLD",
    "MIN_LENGTH_RATIO",
    "MIN_PARAPHRASE_WORDS",
    "RELATIONS",
]
