"""find_agency on the classes of the batch-17 round (issue 20: dev-split war reporting of the
Guardian/NYT, the by-country outlets and AllSides, drawn near the cues of non-event senses), and
the batch-17 rows and draw.

The sentences are real sentences of the war corpora (cited by corpus and article id: the
dev-split mentions of batch 17, or unlabelled dev-split war articles read for the rules' drops);
each class has a counter-case that stays an event.  The expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import need_shared

from analysis.detect.agency import find_agency
from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch17 import BATCH17, BATCH17_PARTS, CUES


def events_of(text: str, word: str) -> list[tuple[str, str | None, str | None]]:
    """(form, agent, victim) of the events whose trigger is ``word`` (as written)."""
    return [(e.form, e.agent, e.victim) for e in find_agency(text) if e.text == word]


# (sentence, trigger): non-events
NON_EVENTS_17 = [
    # a capability to carry out strikes or to kill (AllSides 8onhYQV1ktg7OhYx, SPej0htc3NH2eR5S:
    # dev batch 17)
    (
        "The mission by the planes, which can carry both conventional and nuclear weapons, "
        "\"demonstrates the United States' ability to conduct long range, precision strikes "
        'quickly and at will," the statement said.',
        "strikes",
    ),
    (
        "“Syria has the ability to kill tens of thousands with its chemical weapons. The world "
        "must come together to prevent this by unified action.”",
        "kill",
    ),
    # (unlabelled dev-split AllSides war articles: ZOTwBv5iuyuV6Ws7, xItJhJX1NO6fKdF3,
    # BiCI6i8AffCUt59W)
    (
        "The U.S. is no longer hunting for a large, centralized al-Qaida that is deeply rooted in "
        "one place (Afghanistan), headed by a prominent leader in Osama bin Laden and possessing "
        "the capacity to carry out large-scale attacks.",
        "attacks",
    ),
    (
        "The attempted terror attack by two Muslim-Americans in Garland, Texas, Sunday so far "
        "appears to confirm what terrorism experts have been saying for months: The Islamic State "
        "has no ability to carry out attacks in the United States.",
        "attacks",
    ),
    (
        "He already has the ability to kill millions of people with the nuclear weapons and "
        "missiles that he has on hand, without developing any new ones.",
        "kill",
    ),
    # a cut of gas supplies called an attack (by-country articles-0120, unlabelled)
    (
        "Poland protested it was under “direct attack” after Moscow blocked gas supplies.",
        "attack",
    ),
    # the definition of a crime (AllSides wsDBtxMO9Hgf6LdO, dev batch 17)
    (
        "They may not understand what sexual assault is, or what constitutes rape. They may not "
        "agree, what is a rape or not a rape.",
        "rape",
    ),
    # a killing noun as the cause of a death right before it (by-country articles-0221, dev
    # batch 17)
    (
        "The woman died in August during the assassination of the car, which her father was "
        "originally driven.",
        "assassination",
    ),
]


# read on unlabelled dev-split AllSides war, terror and foreign-policy articles in the batch-17
# round (WzFl4KWR9mV4NGw5, Dc2XXvB50OcbvZ1Z, hUiKZE3Wt4NRdhv0, oH79ezmLO8NUx9Am, Od1TtLOjaQGj672k,
# YOL2uoAcw81WBdIR, mpEy6FvYuCiclc2n, BbyfnIkvi7mqQFed, 8TQ7mZEwyp1buYrm, JoOV8z2VyYwpvzd0)
NON_EVENTS_17 += [
    (
        "Back in Jerusalem, the generational difference in empathy for the other side is striking "
        "in the walled Old City, which has Arab and Jewish neighborhoods.",
        "striking",
    ),
    (
        "Mr. Issa shot back at Democratic claims that this is all politically driven by claiming "
        "that the facts warrant the investigation.",
        "shot",
    ),
    (
        "Rather, they believe that if it were a bombing, it was planned and executed by the "
        "Islamic State's affiliate in the Sinai, which operates autonomously.",
        "executed",
    ),
    (
        "“These guys are very smart and very patient with how they plan and execute,” he said.",
        "execute",
    ),
    (
        "The rollout initially was executed in traditional Washington fashion: a conference "
        "call, a press release, a formal statement.",
        "executed",
    ),
    (
        "“We can’t do it alone, and the outcome in Syria is not going to be ideal — even if we "
        "execute our assistance and our coordination and our planning and support flawlessly.”",
        "execute",
    ),
    (
        "And then a personal crisis opened the door to an utterly unfamiliar intruder, and an "
        "idea was planted in a wounded psyche that improbably blossomed into a dark and noxious "
        "ideology.",
        "wounded",
    ),
    (
        "Because the Air Force, Marines and Navy were all counting on the F-35s that never "
        "appeared, combat aircraft and strike fighter capacity shortfalls in all three services "
        "have reached critical levels.",
        "strike",
    ),
    (
        "According to senior U.S. defense officials, the four Destroyers are in position and "
        "would be capable of launching a missile strike at a moment's notice.",
        "strike",
    ),
    # (4KwwCv2YhwPwGKTX, J3ysi6hx1TKUjTP0, r9hdqII16Sp5IJtv; the last two cut at a colon or
    # a comma)
    (
        "Deal or no deal in the Iranian nuclear talks, Tehran is already behaving like it's made "
        "a killing.",
        "killing",
    ),
    (
        "But his attack on Democrats couldn't mask the reality summed up in his own complaint.",
        "attack",
    ),
    (
        "Behind the scenes, people in Trump’s orbit acknowledge that the attacks on Mueller are a "
        "way of preparing the ground for the president to refuse an interview.",
        "attacks",
    ),
    (
        "Nations blame one other for its creation and contagion, and politicians seek to destroy "
        "each other rather than band together to kill the virus.",
        "kill",
    ),
]


@pytest.mark.parametrize("text, word", NON_EVENTS_17)
def test_batch17_non_events(text, word):
    assert events_of(text, word) == []


# (sentence, trigger, form): counter-cases that stay events (AllSides 5BteSvHUb7z0ymKf,
# fyA03r3tilVsggRu, gr3JJfp2zsDqHZYV, Gk2TVNXRUi8aIdwb: unlabelled dev-split war articles)
COUNTER_17 = [
    (
        "That suggested that as long as the dictator used conventional means to kill his own "
        "people — barrel bombs instead of sarin gas — the United States would keep its distance.",
        "kill",
        "active_agent",
    ),
    (
        "'Before the air strike, he would have done anything in his power to kill an American,' "
        "Pietrzyk said.",
        "kill",
        "active_agent",
    ),
    (
        '"Frustration, disaffection and even incidences of protest are rising across Assad’s most '
        'ardent areas of support on Syria’s coast — some of which are now under direct attack."',
        "attack",
        "nominal",
    ),
    (
        "Associates of slain Boston Marathon bombing suspect Tamerlan Tsarnaev now believe he may "
        "have been involved in a 2011 triple murder that claimed the life of his closest American "
        "friend, Brendan Mess.",
        "murder",
        "nominal",
    ),
]


# counter-cases of the rows read on unlabelled text (by-country articles-0451: "is striking"
# with an object; AllSides zCO7UVfMlPKUPzd2: an attack on people, not partisans)
COUNTER_17 += [
    (
        "Prospects for resuming long-dormant negotiations soon seem highly unlikely as long as "
        "Israel's government supports expanded settlements and Palestinians persist in attacking "
        "Israelis with knives and other weapons.",
        "attacking",
        "active_agent",
    ),
    (
        "“Ukraine has that right. Just as Russia is striking inside Ukraine, you can quite "
        "understand why Ukraine feels the need to make sure it’s defending itself,” the former "
        "British prime minister told Reuters on Thursday.",
        "striking",
        "active_agent",
    ),
]


@pytest.mark.parametrize("text, word, form", COUNTER_17)
def test_batch17_counter_cases(text, word, form):
    assert [f for f, _, _ in events_of(text, word)] == [form]


# (sentence, trigger, (form, agent, victim)): forms, agents and victims
FORMS_17 = [
    # the subject of "be used to" is the doer (AllSides kaUMYhj5RRTjBDlf, dev batch 17;
    # FRU4X4YHeFJyCZA9, bI1NwI2QASoXYIB5, unlabelled)
    (
        'The missiles would be used to strike "command and control" facilities such as command '
        "bunkers.",
        "strike",
        ("active_instrument", "The missiles", None),
    ),
    (
        "Drones were also used to attack a Saudi oil pipeline last month.",
        "attack",
        ("active_instrument", "Drones", "a Saudi oil pipeline"),
    ),
    (
        "Iraq’s top leaders were hoping that American air power could be used to strike the "
        "militants’ staging and training areas inside Iraq.",
        "strike",
        ("active_agent", "American air power", "the militants’ staging"),
    ),
    # a coordinated participle shares the object (Guardian articles-0158, dev batch 16's "Left")
    (
        "Kira Rudik, a Ukrainian MP with the centrist Golos party, said rockets struck central "
        "Kharkiv, injuring and hospitalising four civilians, including a child.",
        "injuring",
        ("active_instrument", "rockets", "four civilians"),
    ),
    # counter-cases: a clause after "and", a conjunct with its own determiner (AllSides
    # sBApooI1ApuQJm46, S9aDnTV2jIVDFWQ6)
    (
        "Three people died in the attack and more than 260 were wounded, 20 of whom remained "
        "hospitalized Tuesday.",
        "wounded",
        ("passive_agentless", None, "more than 260"),
    ),
    (
        "Mr. Obama told an audience in Las Vegas that “al Qaeda is on the path to defeat and bin "
        "Laden is dead” — a talking point the president hammered again the next day.",
        "dead",
        ("intransitive", None, "bin Laden"),
    ),
    # "feared dead" is said of people (AllSides GNOr97HoHfHc0Uzp, Yqi5C876Op6NsBhi, unlabelled)
    (
        "Italian expatriate Fabrizia di Lorenzo, 31, from Sulmona near L'Aquila, is feared dead.",
        "dead",
        ("intransitive", None, None),
    ),
    (
        "Kuwait's Foreign Ministry identified a Kuwaiti feared dead in the crash as Abdulmohsen "
        "al-Muteiri, but offered no other details.",
        "dead",
        ("intransitive", None, "a Kuwaiti"),
    ),
    # the victim of a harm noun is no "number of" / "percent of" (AllSides MWnOcudfdC6wwMfc,
    # JUhjx8eAuNycMLag, unlabelled)
    (
        "The number of civilian casualties caused by U.S. drone strikes is a point of contention "
        "among Washington, human rights groups and others.",
        "casualties",
        ("nominal", "U.S. drone strikes", "civilian"),
    ),
    (
        "Nowrasteh reports that tourists accounted for 94 percent of deaths caused by "
        "foreign-born terrorists in the United States from 1975 through 2015.",
        "deaths",
        ("nominal", "foreign-born terrorists", None),
    ),
]


@pytest.mark.parametrize("text, word, expected", FORMS_17)
def test_batch17_forms(text, word, expected):
    assert events_of(text, word) == [expected]


def test_coordinated_objects_of_a_preposition_stay_in_the_subject():
    # Guardian articles-0185, dev batch 17 (the agent had been "power plant in Kremenchuk")
    text = (
        "On Sunday Russian missile strikes on an oil refinery and power plant in Kremenchuk "
        "killed one person and wounded seven, according to officials."
    )
    for word, victim in (("killed", "one person"), ("wounded", "seven")):
        [(form, agent, found)] = events_of(text, word)
        assert (form, found) == ("active_instrument", victim)
        assert agent.endswith(
            "Russian missile strikes on an oil refinery and power plant in Kremenchuk"
        )
    assert events_of(text, "strikes") == []  # the subject of the killing is part of it


def test_executed_prisoners_stay_events():
    # by-country articles-0305 (the execute-as-carry-out row does not take people as subject)
    text = (
        "The UN has previously found that Russia summarily executed Ukrainian prisoners, but "
        "this is the first time it has said civilians were also executed."
    )
    assert events_of(text, "executed") == [
        ("active_agent", "Russia", "Ukrainian prisoners"),
        ("passive_agentless", None, "civilians"),
    ]


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch17_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b17 = raw[raw["batch"] == 17]
    assert len(b17) == sum(n for _, _, n in BATCH17_PARTS) == 120
    assert len(BATCH17_PARTS) == 3 * (len(CUES) + 1)
    assert (b17["key"].map(split_of) == "dev").all() and (b17["split"] == "dev").all()
    assert b17.groupby(["corpus", "article_id"]).size().max() <= BATCH17["per_article"]
    earlier = raw[raw["batch"] < 17]
    assert not set(zip(b17["corpus"], b17["article_id"], b17["start"])) & set(
        zip(earlier["corpus"], earlier["article_id"], earlier["start"])
    )
    assert b17["corpus"].value_counts().to_dict() == {
        "allsides": 45,
        "guardian-nyt": 38,
        "by-country": 37,
    }
    assert b17["label"].value_counts().to_dict() == {
        "nominal": 45,
        "none": 37,
        "active_agent": 10,
        "passive_agentless": 10,
        "active_instrument": 7,
        "intransitive": 7,
        "passive_agent": 4,
    }


@pytest.mark.shared
def test_batch17_draw_is_reproducible():
    need_shared("datasets", "allsides-2012-2020")
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency_sample_batch16 import batch16_corpora
    from analysis.evaluation.agency_sample_batch17 import sample_batch17

    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    drawn = sample_batch17(batch16_corpora(), raw[raw["batch"] < 17])
    gold = raw[raw["batch"] == 17]
    key = ["corpus", "article_id", "start", "trigger"]
    assert drawn[key].equals(gold[key].reset_index(drop=True).astype(drawn[key].dtypes))
    assert drawn["draw"].value_counts().to_dict() == {
        "none": 29,
        **{kind: 13 for kind in CUES},
    }
