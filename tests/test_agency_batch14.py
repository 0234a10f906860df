"""find_agency on the non-event classes of the batch-14 round (issue 20: new dev-split AllSides
war, terror and foreign-policy articles), and the batch-14 rows.

The sentences are real sentences of AllSides articles (cited by id; all dev split) or of the
Guardian/NYT war corpus, or written for these tests where marked; each class has a counter-case
that stays an event.  The expected values are written by hand; every non-event case below was
reported as an event before this round.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.detect.agency import find_agency
from analysis.evaluation.agency import split_of
from analysis.evaluation.agency_sample_batch14 import BATCH14, BATCH14_QUOTAS

# Dev batch 14 (labelled none), guards.csv rows
NON_EVENTS_14 = [
    # filming: an interview shot (ABC News nKOD7aT0UHc1PRw8)
    (
        "In an on-camera interview shot last year by a British filmmaker, obtained exclusively by "
        'ABC News and airing today on "Good Morning America," "World News Tonight With David '
        'Muir" and "Nightline," Bergdahl says the words of the man who is now his commander in '
        "chief would have made a fair trial impossible.",
        [],
    ),
    # a perfect storm (The Hill EIsmq5qGalmiefF6)
    (
        "Gray Swan: A China reckoning/world financial crisis: A perfect storm involving a "
        "simultaneous slowdown in the three economic centers and the U.S.-China decoupling could "
        "catapult the global economy into another deep economic crisis.",
        [],
    ),
    # execute a document, its noun before the verb (Washington Times rSi7tgByyPPkDoRI)
    (
        "“We got close once before to having an agreement — a piece of paper that we mutually "
        "executed — and the Taliban were unable to demonstrate either their will or capacity or "
        "both to deliver on a reduction in violence.",
        [],
    ),
    # a harm noun naming the one before it (National Review jHiISsuht0Htb2jj, Townhall
    # 9WuzRU5YngqvAZel): the first noun is the event
    (
        "Numerous stories, including from the New York Times and NPR, have called the killing an "
        "assassination, as have politicians such as Senators Elizabeth Warren and Bernie Sanders.",
        [("killing", "nominal")],
    ),
    (
        "Previously, we found out through intelligence sources the White House knew within 24 "
        "hours the attack was in fact a terrorist attack, despite President Obama refusing to "
        "classify the attack as a terrorist attack until 14 days after it happened.",
        [("attack", "nominal"), ("attack", "nominal")],
    ),
    # an epithet 'mechanism of death' (Vox RmkIoY2u32rdaGVV)
    (
        "“But Erdogan’s threats are aimed to change the security mechanism into a mechanism of "
        "death, displace our people & change the stable & secure region into a zone of conflict "
        "and permanent war,” the SDF said in a statement Monday.",
        [],
    ),
]

# Read on unlabelled dev-split AllSides articles of the batch-14 pool (predictions, no gold)
UNLABELLED_14 = [
    # political attacks (Reuters/NYT Zg23TnUhPBoHV81Y, rezyoPR1ynIMXSAP, I0AVeuN8AlO9Kcfm,
    # 4Hjz66A5aipSfYjv, z9mCRE63PpmGopea)
    (
        "It was the president’s first truly expansive response to the unrest that erupted over "
        "the video made in the United States, and it came just as his campaign was battling "
        "attacks from Republicans over his foreign policy.",
        [],
    ),
    (
        "By making this dubious case [now], the Barr Justice Department moves away from "
        "advocating on behalf of Trump’s political allies and towards attacking Trump’s political "
        "adversaries.",
        [],
    ),
    (
        "And when Clinton attacks Trump on foreign policy, his first line of defense is, again, "
        "his opposition to the Iraq War.",
        [],
    ),
    (
        "This week, Trump revived the obstruction of justice issue by tweeting attacks on one "
        "cooperating witness — Michael Cohen, who he said was a liar who should serve a complete "
        "sentence — and praising another associate, Stone, who has said he’d never testify "
        "against Trump.",
        [],
    ),
    (
        "For nearly two years, Republicans have used this line of attack against the White House.",
        [],
    ),
    # electronic and cyber attacks (Jx18GXQQySAojj9l, FRU4X4YHeFJyCZA9)
    (
        "US Marines from that unit are trained to use maneuverable, ground-based jamming systems "
        '"that can detect, identify and defeat drones with electronic attack," according to the '
        "Department of Defense .",
        [],
    ),
    (
        "U.S. military cyber forces on Thursday launched a strike against Iranian military "
        "computer systems, according to U.S. officials.",
        [],
    ),
    # 'strike' a peace plan (2OkuZvFZA9S13FqO): bin Laden's death stays an event
    (
        "Usama bin Laden is dead, and the wars in Iraq and Afghanistan are drawing to a close, but "
        "the administration has not struck a Middle East peace plan, has not yet broken Iran's "
        "nuclear determination with sanctions and has been challenged on its claims that Al Qaeda "
        'is "on the run."',
        [("dead", "intransitive")],
    ),
    # storm clouds (wb1Tl6pQmXIRXao3)
    ("“At this time, we can see storm clouds gathering.”", []),
    # idioms of shoot (W0mPRF95b3e9dJ7M headline; RZGPUmGt6zeMkKYt: an aircraft brought down)
    ("Former Mattis staffer: Trump 'shooting himself in the foot' on foreign policy", []),
    (
        "He condemned Moscow-backed separatists for annexing a sovereign country, facilitating "
        "unrest, and covering up a crime scene after a civilian airliner was shot out of the sky "
        "last summer.",
        [],
    ),
    # die of laughter (m7YioUBlqk1XgJ9b)
    (
        'The context here: the magazine had recently published an issue "guest-edited by '
        'Mohammed" that depicted a cartoon of the Prophet Mohammed on the cover saying, "100 '
        "lashes if you don't die of laughter,\" with similar fare inside the issue.",
        [],
    ),
    # animals (arguments.csv; EDUJA4VcGrm1Orhu); left: 'he killed the bunnies he petted, played
    # with, and experimented on' later in the same article (the victim phrase runs on into a
    # relative clause) and the headline 'BUNNY SLAUGHTER'
    ("“The sequester has now killed bunnies.", []),
    # execute a test or a law (FjaylAmXti5QAvaR, j15Ql5q6XGZdHTAL)
    (
        '"I am incredibly proud of the warfighters who executed this test and who operate this '
        'system every day."',
        [],
    ),
    (
        "And the Constitution is neither silent nor equivocal about who shall make laws which the "
        "President is to execute.",
        [],
    ),
]

# Read on the BASIL articles of the dev split (predictions, no gold; NYT, Fox News, HuffPost)
BASIL_14 = [
    # execute an attack (only 'attack' is the event) or a change (key 76810849, f688c56d)
    (
        "His son had reportedly pledged allegiance to ISIS before executing the attack, though "
        "officials say there is no evidence he had direct ties to the group.",
        [("attack", "nominal")],
    ),
    (
        "Trump said in an interview with “Axios on HBO” taped Monday that he could execute the "
        "change via executive order.",
        [],
    ),
    # 'striking' as remarkable (85475456)
    (
        "But what is striking about Mr. Blumenthal’s record is the contrast between the many "
        "steps he took that allowed him to avoid Vietnam, and the misleading way he often speaks "
        "about that period of his life.",
        [],
    ),
    # an attack on a person's character (84678e18)
    (
        "That exchange set the tone for a contentious hearing that veered into veiled accusations "
        "that the White House had a larger role in the controversy than previously disclosed, as "
        "well as outright attacks on President Obama’s character.",
        [],
    ),
    # a shot as a chance (arguments.csv modifier; 86e6e27d)
    (
        "But they also argue that an impeachment that does not have a reasonable shot of winning "
        "a conviction in the Senate will backfire and strengthen Mr. Trump in the 2020 campaign.",
        [],
    ),
]

COUNTER_14 = [
    # AllSides dev batch 14 (Washington Times): no harm noun before 'an attack'
    (
        "“it’s too early to know exactly how this came about, what group was involved, but "
        "obviously it was an attack on Americans.”",
        [("attack", "nominal")],
    ),
    # written for the test: armed attacks over a dispute, by militants, and shots in the foot
    ("Iran attacked the tanker over the weekend.", [("attacked", "active_agent")]),
    ("The attacks by militants on the base continued.", [("attacks", "nominal")]),
    ("Soldiers shot the prisoner in the foot.", [("shot", "active_agent")]),
    ("The rebels executed two prisoners in the square.", [("executed", "active_agent")]),
    ("Three soldiers died of hunger.", [("died", "intransitive")]),
    ("Russian forces were striking the city again.", [("striking", "active_agent")]),
    ("The attacks on the city's market killed five.", [("killed", "active_instrument")]),
]


@pytest.mark.parametrize("text, expected", NON_EVENTS_14 + UNLABELLED_14 + BASIL_14 + COUNTER_14)
def test_batch14_classes(text, expected):
    assert [(e.text, e.form) for e in find_agency(text)] == expected


def test_batch14_bombing_and_killing_stay_events():
    # guardian-nyt articles-0055 (dev split, unlabelled): a draft of the naming row read
    # 'bombing a neighbourhood and killing' as one harm noun naming another
    text = (
        "Violence has even spread out of Ukraine, with officials in the Russian city of Belgorod "
        "accusing Ukrainian forces on Sunday of bombing a neighbourhood and killing three people "
        "and damaging homes."
    )
    kill = [e for e in find_agency(text) if e.text == "killing"]
    assert [e.form for e in kill] == ["active_agent"]
    assert kill[0].victim == "three people"


ANNOTATIONS = Path(__file__).parents[1] / "analysis" / "evaluation" / "agency_annotations.csv"


def test_batch14_rows_are_new_dev_mentions():
    raw = pd.read_csv(ANNOTATIONS, keep_default_na=False)
    b14 = raw[raw["batch"] == 14]
    assert len(b14) == sum(BATCH14_QUOTAS.values()) + BATCH14["undetected"] == 120
    assert (b14["key"].map(split_of) == "dev").all() and (b14["split"] == "dev").all()
    assert b14.groupby(["corpus", "article_id"]).size().max() <= BATCH14["per_article"]
    earlier = raw[raw["batch"] < 14]
    assert not set(zip(b14["corpus"], b14["article_id"])) & set(
        zip(earlier["corpus"], earlier["article_id"])
    )
    assert b14["label"].value_counts().to_dict() == {
        "nominal": 59,
        "none": 23,
        "passive_agentless": 15,
        "active_agent": 10,
        "intransitive": 7,
        "active_instrument": 4,
        "skip": 2,
    }
