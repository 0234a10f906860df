"""A phrase headed by a weekday names a day, not a person (session 28).

"The report, released Tuesday, said" took the participle apposition "released Tuesday" as the
speaker: the apposition rule that prefers a name between commas ("DeLaet's agent, Danny Fritz,
told") read "released Tuesday" as a name because its head is capitalised.  attr29's unlabelled
AllSides reading counted 57 of 146 such appositions wrong.  The same test keeps a weekday phrase
from becoming the person later pronouns resolve to ("Late Thursday" for *she*, 7 of 55,046
attributions of 3,000 AllSides articles changed their resolved speaker, all to the right person
or to none).  Sentences from AllSides (Politico, Fox News, AP, NPR).
"""

import pytest

from analysis.detect.quotes import find_attributions
from analysis.detect.quotes.speakers import is_named_person


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The poll, released Wednesday, finds Clinton leads 49-44 percent in the head-to-head "
            "matchup.",
            "The poll",
        ),
        (
            "Lee’s proposal, released late Tuesday, says a presidential emergency would last 30 "
            "days unless Congress approves.",
            "Lee’s proposal",
        ),
        (
            "The 400-plus page report, released Monday, found that the FBI had ample evidence to "
            "open its investigation.",
            "The 400-plus page report",
        ),
        # counter-cases: a name between commas, a day between the speaker and the verb
        ("DeLaet's agent, Danny Fritz, told reporters he was fine.", "Danny Fritz"),
        ("Hillary Clinton on Tuesday said she would run.", "Hillary Clinton"),
    ],
)
def test_a_participle_apposition_with_a_weekday_is_not_the_speaker(text, speaker):
    assert [a.speaker for a in find_attributions(text)] == [speaker]


def test_weekday_headed_phrases_are_not_named_persons():
    assert not is_named_person("released Tuesday")
    assert not is_named_person("Late Thursday")
    assert is_named_person("Danny Fritz")
    assert is_named_person("Theresa May")  # a month name can be a surname
