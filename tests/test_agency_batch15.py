"""find_agency on the non-event classes of the batch-15 round (issue 20: dev-split AllSides
articles of any topic and BASIL), and the batch-15 rows.

The sentences are real sentences of AllSides articles (cited by outlet and id; the dev-split
articles of the batch-15 pool, or AllSides war articles read for the guards' drops) or of the
Guardian/NYT and by-country war corpora (dev split); each class has a counter-case that stays
an event.  The expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.detect.agency import find_agency
from analysis.detect.agency.tables import load_agency_tables
from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch15 import BATCH15, BATCH15_QUOTAS


def forms_of(text: str, word: str) -> list[str]:
    """The forms of the events whose trigger is ``word`` (as written); ``"storming ahead"``:
    the trigger "storming" right before "ahead"."""
    trigger, _, after = word.partition(" ")
    return [
        e.form
        for e in find_agency(text)
        if e.text == trigger and text[e.end :].startswith(f" {after}" if after else "")
    ]


# (sentence, trigger, its forms): dev batch 15 non-events (labelled none), guards.csv rows
NON_EVENTS_15 = [
    # labour strikes named with protests (BuzzFeed News ytacZWPziRXNekMZ)
    (
        "But it’s not just strikes and protests; TikTok videos demonstrating Mark Zuckerberg's "
        "coronavirus donation — $25 million — compared to his total wealth — $55.1 billion — and "
        'the immediate public disgust at actor Gal Gadot’s star-studded “Imagine" video reveal '
        "how quickly the pandemic has torn open the seams of American class consciousness.",
        "strikes",
    ),
    # 'striking' as an adjective (RealClearPolitics kCPRJMxCpz4nFcEF, Vox VYgDoDigpZQq1wmu)
    (
        "“It’s sort of striking how little actual reforming of policing has happened during this "
        "great reckoning,” Vox editor Matt Yglesias recently observed.",
        "striking",
    ),
    (
        "The Congressional Budget Office analysis of the Republican health care and tax cut bill "
        "that passed the House of Representatives last month is full of striking facts.",
        "striking",
    ),
    # juries, baseball (The Marshall Project e7Cg6tQfFmY9aZmH, Michael Goodwin BF2M6Wf1LYwGLQQ3)
    (
        "The Batson decision forbade lawyers from using race as a basis for a peremptory strike.",
        "strike",
    ),
    (
        "The lack of surprising or even new developments are major strikes against them.",
        "strikes",
    ),
    # a retort (Washington Times yynCyHv9aOUE8RZf)
    (
        "Supporters of Obamacare strike back at the idea that Dr. Emanuel would approve of “death "
        "panels” or even rationing general health care.",
        "strike",
    ),
    # storming ahead, the weather (Politico jnZujramdvNUVbCD, USA TODAY divuZJpY8fPYi9gz)
    (
        "The speech will focus on “a failed foreign policy and how we arrived at this moment, "
        "where people are storming our embassies, [and] the Iranians are storming ahead with "
        "their nuclear program,” said a senior Republican close to the campaign.",
        "storming ahead",
    ),
    (
        '"By the time the current storm system finally winds down by the middle of this week, I '
        "wouldn't be surprised if this ends up as the costliest U.S. natural disaster event "
        "we've seen so far in 2013,\" said Bowen.",
        "storm",
    ),
    # animals slaughtered for meat (The Flip Side QZQMoSjJpa8NWj0O)
    (
        "Faster slaughter means workers must remain crowded together to process the higher "
        "volume of meat, undermining social distancing…",
        "slaughter",
    ),
    # death and dead idioms (CNN pGO5iKCqz4filk3e, Slate cv7Dk1sLgu614j01, USA TODAY
    # JaCY4Tvgh6LUbJlV, CNN c1F3GH2ZQC9t3jDM, Townhall iT6IHPVK1q0lkKEu, The New Yorker
    # PQaZGFDd9KNoqXji)
    (
        "The strong words and overwhelming bipartisan support on death benefits and veterans "
        "funding issues makes veterans wonder why Congress can muster such sharp and decisive "
        "action on a limited basis, especially when it involves veterans and the military "
        "community?",
        "death",
    ),
    (
        "Some leaders will buckle under the pressure to rescind orders with claims that in "
        "choosing between liberty and death, they went with liberty.",
        "death",
    ),
    (
        'The "tax break" that every commentator on every cable station detailed to death is '
        "finally showing up in the data.",
        "death",
    ),
    (
        "In Washington, protesters lay down on a sidewalk outside police headquarters as if dead, "
        "Nikki Burdine of CNN affiliate WUSA tweeted Tuesday.",
        "dead",
    ),
    (
        "If you’ve ever seen Northam speak, he brings as much energy to an event as a dead skunk.",
        "dead",
    ),
    (
        "Democracy may indeed die in darkness, but light is no guarantee that it will survive.",
        "die",
    ),
    # carrying out a plan (Vox ys4ucfxpBzkA8BL4, Fox Online News HRgTqWSXnAvuWlx0)
    (
        "Senior staffers play a major role in shaping the issues candidates focus on and the "
        "strategies they execute as they campaign.",
        "execute",
    ),
    (
        "But if past is prologue, only a handful of them will come close to execution.",
        "execution",
    ),
    # emotional and political hurt (Associated Press DCogsp3JcwGggNfx, National Review
    # 9m9KrMrPsxpUeCh9, CNN AaH3Zmz0UiFXl406)
    (
        "And while the president has complained about the “great damage and hurt” the "
        "impeachment process has “inflicted upon wonderful and loving members of my family,” the "
        "first lady’s spokeswoman rejected the idea that Mrs. Trump has been somehow wounded.",
        "hurt",
    ),
    (
        "Former front-runner Joe Biden appears befuddled on the campaign trail and has been hurt "
        "by revelations about his son Hunter’s Ukrainian shenanigans.",
        "hurt",
    ),
    (
        "Yet while there is evidence that Trump's flame throwing commentary on immigration hurt "
        "Republicans in swing districts and helped Democrats win the House in midterm elections, "
        "Trump's warning that the US is under assault by marauding caravans of immigrants is "
        "widely backed by his supporters.",
        "hurt",
    ),
    # verbal and political attacks (ABC News 1NUACgpjhPf14xJL, Vox 0ODakPFS0UhIG3W1)
    (
        "Hunter Biden told ABC News he does not specifically regret those business ventures, but "
        "wishes he had anticipated future attacks from his father's political rivals.",
        "attacks",
    ),
    (
        "Trump has already been scolded by his own party for racist comments, for attacks on the "
        "judiciary, for undermining the NATO alliance, for inviting foreign governments to meddle "
        "in American elections.",
        "attacks",
    ),
]

# unlabelled sentences read for the guards' drops (AllSides war articles, dev-split pool)
UNLABELLED_15 = [
    # a titled politician attacked (AllSides aE2DbaePmKOGe6Qu, war reporting)
    (
        "The Republican presidential candidate also sharpened his attacks on President Barack "
        "Obama and former Secretary of State Hillary Clinton for supporting the withdrawal of "
        "U.S.",
        "attacks",
    ),
    # 'it' as the object of kill: a deal (AllSides fSNPKdXvJdPY2ftG)
    (
        "In October, Trump decertified the 2015 Iran nuclear deal -- though did not kill it -- "
        "calling it “one of the worst and most one-sided transactions the United States has ever "
        "entered into.”",
        "kill",
    ),
    # in striking detail (AllSides HDgSPmqKhZ2szaGV); a tropical storm (l2v9LuGE5chVsgLS)
    (
        "The encryption documents now show, in striking detail, how the agency works to ensure "
        "that it is actually able to read the information it collects.",
        "striking",
    ),
    (
        "Harvey, which is now a tropical storm, is heading back to the Gulf of Mexico and is "
        "expected to make landfall again on Wednesday.",
        "storm",
    ),
]


@pytest.mark.parametrize("text, word", NON_EVENTS_15 + UNLABELLED_15)
def test_batch15_non_events(text, word):
    assert forms_of(text, word) == []


# counter-cases: the same words as events (expected by hand)
COUNTER_15 = [
    # guardian-nyt articles-0043 (dev): not the baseball 'three strikes'
    (
        "Energoatom, Ukraine’s state-run operator of the country’s nuclear power plants, said in "
        "a statement: “Three strikes were recorded on the site of the plant, near one of the "
        "power blocks where the nuclear reactor is located.”",
        "strikes",
        ["nominal"],
    ),
    # AllSides AlDPo9XqWiezc0om: 'Turkey' the country, not the bird
    (
        "'It would also be DISGRACEFUL if we sat idly by while Turkey slaughters the Kurds, as "
        "public reports suggest that Turkish leader Erdogan explicitly told President Trump he "
        "intended to do so.'",
        "slaughters",
        ["active_agent"],
    ),
    # AllSides 25LvLlxBUnZpdg3L: 'like animals' is a simile
    ("These people are being slaughtered like animals.", "slaughtered", ["passive_agentless"]),
    # guardian-nyt articles-0176 (dev): the storming of a plant
    (
        "Russian forces have been pummelling the factory, but the Russian president, Vladimir "
        "Putin, has said the plant need not be stormed.",
        "stormed",
        ["passive_agentless"],
    ),
]


@pytest.mark.parametrize("text, word, forms", COUNTER_15)
def test_batch15_counter_cases(text, word, forms):
    assert forms_of(text, word) == forms


# forms: an event noun as the subject of 'left … dead', a gerund after an aspectual verb
FORMS_15 = [
    # dev batch 15 (ABC News VeMjgu43dBcrL9O6, Politico PIR1nwqO2EkBZEG1, The Daily Caller
    # vM5ZSmxonB9Ac4A1)
    (
        "Police killed three terror suspects today in twin standoffs that left four hostages "
        "dead and a nation on edge.",
        "dead",
        ["active_instrument"],
    ),
    (
        "Releasing their pent-up anger over the nation’s gun laws after the Orlando massacre that "
        "left 49 dead and 53 wounded, they took over the House floor for hours, plopping down and "
        "shutting down all legislative business until GOP leadership would allow a vote.",
        "dead",
        ["active_instrument"],
    ),
    (
        "Police reportedly opened fire after someone from the crowd began shooting.",
        "shooting",
        ["active_agent"],
    ),
    # AllSides war articles: SFj4eNt5oPqprRtp, gK2mQLtbi0Pg9iH2, 3SUpyDHPKVHLLEwz
    (
        "Afghan forces have killed gunmen who attacked a Sikh religious complex in the capital, "
        "Kabul, ending an hours-long siege that killed 25 people, the Ministry of Interior has "
        "said.",
        "killed",
        ["active_agent", "active_instrument"],
    ),
    (
        "The two assailants drove up to the center and started shooting, striking a security "
        "guard in the ankle.",
        "shooting",
        ["active_agent"],
    ),
    (
        "But the US has provided lethal and nonlethal aid to various rebel factions, and Russia "
        "provided weapons to Assad and began directly bombing rebels about a year ago.",
        "bombing",
        ["active_agent"],
    ),
    # counter-cases, still nouns: guardian-nyt articles-0126 and articles-0296, by-country
    # articles-0071 (dev)
    (
        "They continued shelling of residential neighborhoods in the Kharkiv region, Donbas, etc.",
        "shelling",
        ["nominal"],
    ),
    (
        "With Russian forces in the middle of a purported “operational pause,” some Ukrainians in "
        "the country’s battered eastern frontline regions are questioning what that means at a "
        "time when their towns are still coming under continued shelling.",
        "shelling",
        ["nominal"],
    ),
    (
        "It led to the Gulf of Tonkin Resolution, which allowed President Johnson to start "
        "bombing raids on North Vietnam and greatly escalate US military involvement in the "
        "Vietnam War.",
        "bombing",
        ["nominal"],
    ),
]


@pytest.mark.parametrize("text, word, forms", FORMS_15)
def test_batch15_forms(text, word, forms):
    assert forms_of(text, word) == forms


def test_front_runner_is_no_front_line():
    sentence_cues = load_agency_tables().harm_cues["hurt"][0]
    assert sentence_cues.search("Former front-runner Joe Biden appears befuddled") is None
    assert sentence_cues.search("shelling along the front line") is not None


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch15_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b15 = raw[raw["batch"] == 15]
    assert len(b15) == sum(BATCH15_QUOTAS.values()) + BATCH15["undetected"] == 120
    assert (b15["key"].map(split_of) == "dev").all() and (b15["split"] == "dev").all()
    assert b15.groupby(["corpus", "article_id"]).size().max() <= BATCH15["per_article"]
    earlier = raw[raw["batch"] < 15]
    assert not set(zip(b15["corpus"], b15["article_id"])) & set(
        zip(earlier["corpus"], earlier["article_id"])
    )
    assert set(b15["corpus"]) == {"allsides", "basil"}
    assert b15["label"].value_counts().to_dict() == {
        "none": 52,
        "nominal": 34,
        "active_agent": 12,
        "intransitive": 8,
        "passive_agentless": 7,
        "active_instrument": 5,
        "passive_agent": 2,
    }


@pytest.mark.parametrize(
    "text",
    [
        # by-country articles-0049 (unlabelled dev text), AllSides: the German article of a
        # newspaper's name was read as the verb "die"
        "Germany will not block it, a German source told Reuters, though Die Welt reported "
        "earlier a compromise whereby Russia would be allowed to keep some access.",
        "The broadsheet Die Welt said he could stress Ukraine joining Nato.",
        'Meanwhile, Mularczyk, asked in May by the daily "Die Welt", whether there is now a '
        "good time for reparations, said yes.",
        "Die Welt reports the man uses several different names.",
    ],
)
def test_die_of_a_german_name_is_no_event(text):
    assert [e.text for e in find_agency(text)] == []


def test_the_verb_die_next_to_a_name_is_still_an_event():
    text = "Civilians die in Kharkiv every day, Die Welt says."
    assert [(e.text, e.form) for e in find_agency(text)] == [("die", "intransitive")]
