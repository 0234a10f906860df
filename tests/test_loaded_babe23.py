"""The word classes of the babe23 round of ``loaded.csv`` (issue 17, BABE dev half).

One case per class from a real news sentence (the AllSides corpus in ``../shared/datasets``,
dev half of the hit audit's article split), plus the senses each class leaves out. Expected
values are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.markers import find_markers


def loaded(text: str) -> list[str]:
    """The surface forms of the ``loaded`` markers in ``text`` (quotes detected as usual)."""
    return [m.text for m in find_markers(text) if m.category == "loaded"]


@pytest.mark.parametrize(
    "text, hit",
    [
        # reporting verbs that belittle the speaker (the class of 'bragged')
        (
            "On Saturday, his first full day in office, Trump caused offense by boasting about his "
            "election win against the somber backdrop of the CIA's wall honoring fallen heroes.",
            "boasting about",
        ),
        (
            "In his Wednesday call with reporters, Schumer gloated that the GOP leaders are not "
            "supporting Trump's budget request.",
            "gloated",
        ),
        (
            "Hogg took aim at Ingraham's advertisers after she taunted him on Twitter on "
            "Wednesday, accusing him of whining about being rejected by four colleges.",
            "whining",
        ),
        # con-artist labels
        (
            "But with the rise of social media, the world's propagandists, con artists and "
            "grifters find their search for suckers easier than ever.",
            "grifters",
        ),
        # fear-mongering labels (the class of 'alarmist')
        (
            "This is the Southern Strategy mixed with old-fashioned fear-mongering to win over "
            "the votes of scared, mostly older, white voters.",
            "fear-mongering",
        ),
        # place and ethnic labels for the coronavirus (here quoted: still the label)
        (
            "President Donald Trump has used “China virus” and “Chinese virus” to drive home the "
            "same point.",
            "China virus",
        ),
        # culture-war put-down labels
        ("Easily duped wingnuts spout phony science and climate-change lies.", "wingnuts"),
        # the writer's verdict on a claim (the class of 'falsely')
        (
            "Trump continued to baselessly accuse Scarborough on Twitter Tuesday morning.",
            "baselessly",
        ),
        # competence and character adjectives
        (
            "The elites who have run for president this year have mounted stunningly inept or "
            "uninspiring campaigns.",
            "inept",
        ),
        (
            "Donald Trump established himself as a political force through his leadership of the "
            "crackpot birther movement.",
            "crackpot",
        ),
        # words that dismiss speech or conduct
        ("Hillary’s pandering is a transparent attempt to woo the “real America.”", "pandering"),
        (
            "It’s a ploy that is in equal parts a self-serving voter recruitment push and a "
            "campaign finance law minefield.",
            "ploy",
        ),
        # words that dismiss a result as a failure
        (
            "Doug Collins accused Democrats of preventing the minority from having a day reserved "
            "for its own witnesses, calling it a travesty due to the rush to impeach.",
            "travesty",
        ),
        # an intensifier (the class of 'wildly')
        (
            "The gender gaps remain over 20 points, including a whopping 34-point gender gap in "
            "Clinton's match-up with Scott Walker.",
            "whopping",
        ),
        # an interest called an obsession; a campaign called a crusade
        (
            "A slow-moving crisis turned into a hot political issue thanks to President Donald "
            "Trump’s obsession with the migrant caravan.",
            "obsession",
        ),
        (
            "He appears to have closely tied the newsroom's muscle to his personal political "
            "crusade.",
            "crusade",
        ),
    ],
)
def test_babe23_class_fires(text, hit):
    assert hit in loaded(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # 'boasts' = has: not listed (only 'boasted' and boast + about/of/that)
        ("The region boasts some of the highest homicide rates in the world.", "boasts"),
        # 'obsessive' (clinical) is not listed
        (
            "Depression, obsessive-compulsive disorder, schizophrenia: we don't really know how "
            "these patterns develop.",
            "obsessive",
        ),
        # the historical Crusades: a capitalised name after a lower-case word
        (
            "Remember that during the Crusades and the Inquisition, people committed terrible "
            "deeds in the name of Christ.",
            "Crusades",
        ),
    ],
)
def test_babe23_senses_left_out(text, word):
    assert word in text
    assert not [h for h in loaded(text) if word.lower() in h.lower()]
