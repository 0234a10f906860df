"""Kyiv Post's related-story box inside the body is a teaser, not the article's words.

Report 07 on the by-country corpus listed "Russia Kallas" among the frequent sources of the
European governments: 33 UA articles print a box "Other Topics of Interest <headline> <dek>" as
one body paragraph, whose dek ("… War With Russia Kallas said that …") was read as an
attribution in every one of them. The paragraph below is quoted from those articles.
"""

from analysis import clean_article

BOX = (
    "Other Topics of Interest Estonia’s PM: NATO Troop Training in Ukraine Won't Trigger War "
    "With Russia Kallas said that training Ukraine’s forces on their territory would not be "
    "escalatory, adding that “Russia’s propaganda is about being at war with NATO; they don’t "
    "need an excuse.”"
)
BEFORE = (
    "The participants of the Staff meeting agreed that we have a significant potential for the "
    "advance of our forces on the front and for the infliction of significant new losses on the "
    "occupiers."
)
AFTER = (
    "Today, Head of my Office Andriy Yermak and General Zaluzhny had another conversation with "
    "the US President’s National Security Advisor Jake Sullivan about the situation at the front."
)


def test_the_related_story_box_is_removed_as_a_teaser():
    art = clean_article("\n\n".join([BEFORE, BOX, AFTER]))
    assert "Other Topics of Interest" not in art.body
    assert BEFORE in art.body and AFTER in art.body
    assert (BOX, "teaser") in art.removed


def test_the_words_in_prose_are_kept():
    prose = "Other topics of interest at the summit included energy prices and grain exports."
    art = clean_article("\n\n".join([BEFORE, prose, AFTER]))
    assert prose in art.body
