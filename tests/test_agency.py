"""Tests for analysis.detect.agency: passives, harm-event forms, idiom guards, voice, features,
the per-article route, and the two evaluations (PassivePy; the project's own harm-event set)."""

from __future__ import annotations

import math

import pytest
from conftest import need_shared

from analysis.detect.agency import (
    HarmEvent,
    agency_features,
    find_agency,
    find_passives,
    is_erased,
)
from analysis.detect.quotes import analyse_quotes
from analysis.detect.voice import voice_spans

# --------------------------------------------------------------------------- passives
# (sentence, [(passive text, participle, by-agent or None)])
PASSIVES = [
    ("Twelve civilians were killed.", [("were killed", "killed", None)]),
    (
        "Twelve civilians were killed by Russian shelling.",
        [("were killed", "killed", "Russian shelling")],
    ),
    ("The bridge got destroyed overnight.", [("got destroyed", "destroyed", None)]),
    ("The letter was written by John.", [("was written", "written", "John")]),
    ("The window was broken.", [("was broken", "broken", None)]),
    (
        "No one was reported injured.",
        [("was reported", "reported", None), ("was reported injured", "injured", None)],
    ),
    (
        "Two people were feared killed.",
        [("were feared", "feared", None), ("were feared killed", "killed", None)],
    ),
    # reduced passives: a participle distinct from the simple past, a by-agent
    ("Several men taken to hospital died.", [("taken", "taken", None)]),
    (
        "Homes destroyed by the shelling were rebuilt.",
        [("destroyed", "destroyed", "the shelling"), ("were rebuilt", "rebuilt", None)],
    ),
    # not passives: adjectival participles and active perfects
    ("She was tired.", []),
    ("He is interested in art.", []),
    ("Russian forces have killed 12 civilians.", []),
    ("The talks were over by noon.", []),
]


@pytest.mark.parametrize("text, expected", PASSIVES)
def test_find_passives(text, expected):
    got = [(p.text, p.participle, p.agent) for p in find_passives(text)]
    assert got == expected


def test_passive_offsets_are_text_slices():
    text = "Twelve civilians were killed by Russian shelling on Sunday."
    (p,) = find_passives(text)
    assert text[p.start : p.end] == p.text
    assert text[p.participle_start : p.participle_end] == "killed"
    assert text[p.agent_start : p.agent_end] == "Russian shelling"


# --------------------------------------------------------------------------- harm-event forms
# (sentence, [(trigger, form, agent, victim)])
FORMS_TABLE = [
    (
        "Russian forces killed 12 civilians in Bucha.",
        [("killed", "active_agent", "Russian forces", "12 civilians")],
    ),
    ("A missile killed 12 people.", [("killed", "active_instrument", "A missile", "12 people")]),
    (
        "Shelling wounded four people in Kharkiv.",
        [("wounded", "active_instrument", "Shelling", "four people")],
    ),
    (
        "The attack on the hospital killed 3 people.",
        [("killed", "active_instrument", "The attack on the hospital", "3 people")],
    ),
    (
        "Twelve civilians were killed by Russian shelling.",
        [("killed", "passive_agent", "Russian shelling", "Twelve civilians")],
    ),
    ("Twelve civilians were killed.", [("killed", "passive_agentless", None, "Twelve civilians")]),
    # the cause of a reduced/agentless passive is part of that event, not an event of its own
    (
        "Two people were killed in the strike.",
        [("killed", "passive_agentless", None, "Two people")],
    ),
    ("Twelve civilians died on Sunday.", [("died", "intransitive", None, "Twelve civilians")]),
    (
        "Three people lost their lives.",
        [("lost their lives", "intransitive", None, "Three people")],
    ),
    (
        "The deaths of 12 civilians shocked the world.",
        [("deaths", "nominal", None, "12 civilians")],
    ),
    ("The death toll rose to 40.", [("death toll", "nominal", None, None)]),
    # "If Russia attacks, …": a verb after a named subject (dev error class)
    ("If Russia attacks, we will unite the world.", [("attacks", "active_agent", "Russia", None)]),
    # the subject of an active harm verb reaches over its prepositional phrases (dev batch 2)
    (
        "A Russian missile strike on a city in central Ukraine on Thursday killed at least 23 "
        "people.",
        [
            (
                "killed",
                "active_instrument",
                "A Russian missile strike on a city in central Ukraine on Thursday",
                "at least 23 people",
            )
        ],
    ),
    ("Soldiers were shooting civilians.", [("shooting", "active_agent", "Soldiers", "civilians")]),
    ("Three strikes were recorded on the site of the plant.", [("strikes", "nominal", None, None)]),
    # an attack after a cause preposition, following a death or injury: its cause, no event
    (
        "At least three people were killed and 15 injured following a missile attack on Friday.",
        [
            ("killed", "passive_agentless", None, "At least three people"),
            ("injured", "nominal", None, None),
        ],
    ),
    (
        "He was killed, after Russian attacks on the city.",
        [
            ("killed", "passive_agentless", None, "He"),
            ("attacks", "nominal", "Russian", "the city"),
        ],
    ),
    # ", injuring" after a strike clause: its subject is the instrument; the token window
    # starts on a word boundary ("Four", was "our")
    (
        "Four Russian cruise missiles had hit residential areas in the southern city of "
        "Mykolaiv on Saturday, injuring five people.",
        [("injuring", "active_instrument", "Four Russian cruise missiles", "five people")],
    ),
    (
        "A missile hit the station, killing 20 people.",
        [("killing", "active_instrument", "A missile", "20 people")],
    ),
    # "shot dead": the pair is one event
    ("Soldiers shot dead two men.", [("shot", "active_agent", "Soldiers", "two men")]),
]


def _events(text):
    return [(e.text, e.form, e.agent, e.victim) for e in find_agency(text)]


@pytest.mark.parametrize("text, expected", FORMS_TABLE)
def test_find_agency_forms(text, expected):
    assert _events(text) == expected


# which words are events, and their forms (issue 20, second round: dev error classes)
EVENT_FORMS = [
    # "shot him dead": the pair is one event with the victim in between
    ("They shot him dead.", [("shot", "active_agent")]),
    # an attack noun that is the subject or the antecedent of a killing: part of that event
    (
        "The attack using U.S. HIMARS launchers killed two diners.",
        [("killed", "active_instrument")],
    ),
    (
        "Strikes from the Black Sea and Belarus that injured 15 people.",
        [("injured", "active_instrument")],
    ),
    (
        "A missile attack on Belgorod, in which three people died, was condemned.",
        [("died", "intransitive")],
    ),
    # ... but not when the relative clause hangs on a pronoun ("like that which killed")
    (
        "They launched attacks on civilians like that which killed seven.",
        [("attacks", "nominal"), ("killed", "active_agent")],
    ),
    # a participle coordinated with an earlier passive is passive; not with an object after it
    (
        "People were brought to the pit, forced to their knees and shot dead.",
        [("shot", "passive_agentless")],
    ),
    ("The men were detained and tortured.", [("tortured", "passive_agentless")]),
    ("Soldiers shot and killed two men.", [("shot", "active_agent"), ("killed", "active_agent")]),
    # "by hanging" is the manner, not the agent
    ("They deserve to be executed by hanging.", [("executed", "passive_agentless")]),
    # "strike back" is a strike (guideline: "allowed the Ukrainians to strike back")
    ("It gave the Ukrainians a chance to strike back.", [("strike", "active_agent")]),
    # third round (dev batch 4): "X left N dead" is X's act; the subject's noun decides the form
    (
        "Much of the city was destroyed in an artillery bombardment that left thousands dead.",
        [("dead", "active_instrument")],
    ),
    ("Russia’s war has left tens of thousands dead.", [("dead", "active_instrument")]),
    ("The raid left five people dead.", [("dead", "active_instrument")]),
    ("Gunmen left five people dead.", [("dead", "active_agent")]),
    # the gerund of "storm" before an object is the verb
    (
        "Unmarked military formations began storming the buildings of the parliament.",
        [("storming", "active_agent")],
    ),
]


# idioms, other senses, weapons and capabilities: no event
NON_EVENTS = [
    "We are just killing time.",
    "The deal is dead.",
    "It was a war of words.",
    "Russia struck a deal with Iran.",
    "He suffered a heart attack.",
    "No one can benefit from sanctions or a shooting war.",
    "Russian state hackers attacked Germany in cyberspace.",
    "He played drums in the Dead Weather.",
    "He attacked critics of Russia as “evil globalists”.",
    "Kyiv lacks the deep strike capability it needs.",
    "Iran supplies attack drones to Russia.",
    "Sanctions hurt the economy.",
    "There is a risk that a new winter energy crisis strikes and support drops.",
    "Our guys shot down another enemy aircraft near Avdiivka!",
    "It is a three-strikes rule.",
    "Prisoners were liberated from the death camp.",
    "Macron said Europe is “mortal” and could “die”.",
    # a capitalised trigger inside a name (dev batch 4)
    "Barry highlights Operation Storm, the final winning offensive.",
    "Britain supplied Storm Shadow missiles.",
    "Bout was once known as the Merchant of Death.",
    "Growth gave way to strategic dead-ends.",
    # widened guard rows (unlabelled dev-split articles, third round)
    "The group had also attacked Zelenskiy for comparing the war to the Holocaust.",
    "About half of them had moved into attack positions.",
    # a verb-only form after an article is a noun of another sense; "a slew of"
    "Russia’s economy appears to be weathering the storm; a blow will be a wound to Russia.",
    "A slew of other historians agreed.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_non_events_are_rejected(text):
    assert find_agency(text) == []


# one example per row of analysis/lexicons/agency/guards.csv (the row's note), in file order;
# "hopes of a ceasefire died" and "a 7-0 massacre" were missed before (guards widened)
GUARD_ROWS = [
    "They were just killing time before the briefing.",
    "The senator vowed to kill the bill in committee.",
    "The comedian was killing it on stage.",
    "Diplomats say the deal is dead.",
    "The talks reached a dead end, and the plan is dead in the water; they left dead broke.",
    "Belarus still has the death penalty.",
    "The fighting died down by evening, and hopes of a ceasefire died.",
    "Perish the thought.",
    "The first casualty of war is truth.",
    "The army began to execute the plan on Monday.",
    "The director shot the film in Lviv.",
    "Air defences shot down a drone over Kyiv.",
    "The meeting wound up after an hour.",
    "Sanctions hurt the economy.",
    "He attacked the plan as a betrayal.",
    "Union members went on strike.",
    "She was struck by her tone; a justice should be calling balls and strikes.",
    "He stormed out of the room.",
    "The film bombed at the box office.",
    "It was tortured logic.",
    "Spain won a 7-0 massacre.",
    "Nobody wants a shooting war.",
    "Iran supplies attack drones to Russia.",
    "Ukraine lacks a strike capability.",
    "Officials warned of cyber attacks on banks.",
    "Air defences were shooting down drones all night.",
    "Pinner was sentenced to death; the court also sentenced Aslin to death.",
    "Some say NATO is brain-dead and that Europe could die.",
    "The losses could hurt Russia’s ability to fight.",
    "A price war could hurt them all, and their behaviour has hurt the citizens.",
    "The task is to limit its ability to attack anyone again.",
    "The package includes 1,600 strike and air defence missiles and airstrike capabilities.",
    "Iran sent attack and reconnaissance drones.",
    "He let the spy balloon drift before shooting it down; a spy plane that shot down in 1960.",
    "The gas cut-off is an economic attack and an attack on the rule of law.",
    "The football captain led the attack and scored twice.",
    "The striker's strike flew past the goalkeeper.",
    "The Premier League forward's shot hit the crossbar; the band shot to fame.",
    "A video allegedly shot in Lysychansk shows soldiers; Crimea was taken without a single shot.",
]


# guards.csv rows of the fourth round (batch 5), in file order: one real sentence each (AllSides
# for the senses the issue names — labour strikes, verbal attacks, economic hurt …; the
# dev-split war articles for the dev errors); every one was read as a harm event before
GUARD_ROWS_5 = [
    "Last weekend, the union raised strike benefits 10% to $275 a week.",
    "Led by conservative Republicans, critics continue to attack Obamacare as an example of big "
    "government run amok.",
    "De Blasio said Wednesday that he was sorry if his words hurt anyone’s feelings.",
    "President Barack Obama’s overzealous Environmental Protection Agency is killing jobs.",
    "But the idea was quickly shot down in Washington.",
    'He stated that the US and the EU had "assassination of the state" in Kiev in 2014.',
    "In subsequent cities, Ukrainians discover mass graves and torture rooms, where the Russians "
    "detained civilians.",
    "The order of the International Criminal Court is quite real and is subject to the execution "
    "in 123 countries of the world.",
    "Dozens of silos and some of the biggest export terminals have been destroyed by Russian "
    "bombardment.",
    "Messi's shot hit the post in the final minute.",
    "The scandal dealt a fatal blow, and his career is dead.",
    "Last year, companies had to shell out an average of $5,000 for each individual.",
    "It was a brief phone call because her phone died. Journalism is also dying.",
    "Commuters line up at Victoria Rail Station during a one day strike by bus drivers in London.",
    "The new regulations will deal a death blow to the U.S. coal industry.",
    "Voters throughout the commonwealth of Virginia were bombarded by negative ads.",
]


# contexts.csv of the fourth round: labour cues for strikes; an anaphoric "such attacks" reads
# its sense one sentence further back (dev batch 1, a cyber campaign two sentences before)
_ANAPHOR_IN_WAR = "Russian missiles hit Kyiv. Dozens died. Such attacks must stop."
CONTEXT_CASES_5 = [
    (
        "When strikes stretch on, unions may help with funds to aid workers with family and "
        "living expenses.",
        [],
    ),
    (
        "We condemn the malicious cyber campaign by Fancy Bear against Germany. The EU noted it "
        "had imposed sanctions on the group in 2015. It said it will not tolerate the "
        "continuation of such attacks.",
        [],
    ),
    (
        "Rescue workers were still clearing debris in the wake of strikes in Vinnytsia, central "
        "Ukraine, that killed at least 23 people.",
        [("killed", "active_instrument")],
    ),
    # the labour row of guards.csv does not read across a verb: "strikes by drones hit workers"
    ("Russian strikes by drones hit workers in Kharkiv.", [("strikes", "nominal")]),
]


def test_anaphoric_attack_word_in_a_war_context_stays_an_event():
    """'such attacks' reads its sense further back only to find another sense (contexts.csv)."""
    got = [(e.text, e.form) for e in find_agency(_ANAPHOR_IN_WAR)]
    assert ("attacks", "nominal") in got


# forms of the fourth round (dev batch 5): a participle between an article and its noun is an
# agentless passive (not an active verb with the words before as its agent); an intransitive
# gerund after a comma is a verb ("…, dying in houses"), while "the wounded" stays a noun
FORMS_5 = [
    (
        "The Russian regime criticizes the supply of western weapons and military equipment to "
        "the attacked Ukraine, claiming that this is evidence of NATO's participation.",
        [("attacked", "passive_agentless")],
    ),
    (
        "They are not stopped even by the fact that civilians remain there, dying in houses and "
        "yards.",
        [("dying", "intransitive")],
    ),
    ("The wounded were taken to hospital.", [("wounded", "nominal")]),
]


# contexts.csv: the nearest cue decides the sense of an attack/strike word (dev batch 4)
CONTEXT_CASES = [
    ("The operator reported a cyberattack on its website. It was attacked from abroad.", []),
    ("The spy agency enabled spies to run stealthy attacks that target patents.", []),
    # a nearer harm cue (the missile) keeps it; without it, the website is nearer
    (
        "Hackers hit the ministry's website, and a missile attack on Kyiv followed.",
        [("attack", "nominal")],
    ),
    ("Hackers hit the ministry's website, and an attack on its servers followed.", []),
    (
        "Russian troops attacked the town after a cyberattack on its website.",
        [("attacked", "active_agent")],
    ),
]


@pytest.mark.parametrize("text, expected", EVENT_FORMS + FORMS_5)
def test_event_forms(text, expected):
    assert [(e.text, e.form) for e in find_agency(text)] == expected


@pytest.mark.parametrize("text, expected", CONTEXT_CASES + CONTEXT_CASES_5)
def test_sense_contexts(text, expected):
    assert [(e.text, e.form) for e in find_agency(text)] == expected


@pytest.mark.parametrize("text", GUARD_ROWS + GUARD_ROWS_5)
def test_guard_rows(text):
    assert find_agency(text) == []


def test_event_offsets_and_sentence():
    text = "Talks stalled. Twelve civilians were killed by Russian shelling."
    (e,) = find_agency(text)
    assert text[e.start : e.end] == "killed"
    assert text[e.agent_start : e.agent_end] == "Russian shelling"
    assert text[e.victim_start : e.victim_end] == "Twelve civilians"
    assert text[e.sentence_start : e.sentence_end].startswith("Twelve civilians")


# --------------------------------------------------------------------------- voice
VOICE = [
    ('"They killed my son," she said.', "quoted"),
    ("Officials said 12 civilians were killed.", "reported"),
    ("Twelve civilians were killed, the governor said.", "reported"),
    ("Twelve civilians were killed on Sunday.", "author"),
]


@pytest.mark.parametrize("text, voice", VOICE)
def test_voice(text, voice):
    quotes, attributions = analyse_quotes(text)
    events = find_agency(text, voices=voice_spans(text, quotes, attributions))
    assert [e.voice for e in events] == [voice]
    assert [e.voice for e in find_agency(text)] == [voice]  # found in one pass when not given


# --------------------------------------------------------------------------- features
def _ev(form, voice="author", agent=None, victim_side=None):
    return HarmEvent(
        0, 6, "killed", "kill", "kill", form, agent=agent, voice=voice, victim_side=victim_side
    )


def test_erasure_counts_only_events_without_agent():
    assert is_erased(_ev("passive_agentless"))
    assert is_erased(_ev("nominal"))
    assert not is_erased(_ev("nominal", agent="Russia's"))
    assert not is_erased(_ev("active_instrument", agent="A missile"))


def test_agency_features_by_voice_and_side():
    events = [
        _ev("passive_agentless", victim_side="ukraine"),
        _ev("active_agent", agent="Russian forces", victim_side="ukraine"),
        _ev("intransitive", victim_side="russia"),
        _ev("nominal", voice="quoted"),
    ]
    f = agency_features(events, sides=["ukraine", "russia"])
    assert f["harm_n"] == 4
    assert f["harm_n_author"] == 3 and f["harm_n_quoted"] == 1
    assert f["harm_share_passive_agentless_author"] == pytest.approx(1 / 3)
    assert f["harm_erasure_rate"] == 0.75
    assert f["harm_erasure_rate_author_victim_ukraine"] == 0.5
    assert f["harm_erasure_rate_author_victim_russia"] == 1.0
    assert math.isnan(f["harm_erasure_rate_reported"])
    assert f["harm_n_author_victim_unknown"] == 0


# --------------------------------------------------------------------------- evaluations
@pytest.mark.shared
def test_passivepy_accuracy():
    from analysis.evaluation.passives import evaluate_passives

    r = evaluate_passives(need_shared("validation", "passives-passivepy"))
    assert r["test"]["accuracy"] >= 0.95  # issue 20: PassivePy sentence accuracy >= 0.95
    assert r["dev"]["accuracy"] >= 0.95


@pytest.mark.shared
def test_harm_event_evaluation_dev():
    need_shared("datasets", "ukraine-2022-guardian-nyt")
    from analysis.evaluation.agency import evaluate_agency, form_scores

    r = evaluate_agency()
    # floors of the fifth round (batches 1-6: 0.935, 0.971, 0.943, 0.975, 0.993, 0.941), kept for
    # those batches; batch 7 (political news, 52 dev non-events, added after) has its own floor
    # (batches 1-7 after its round: 0.930, 0.971, 0.944, 0.930, 0.993, 0.940; batch 7: 0.827);
    # batch 8 (war corpora, lemma-uniform draw, 12 dev non-events) kept every floor of the
    # whole dev split (batches 1-8 after its round: 0.923, 0.977, 0.955, 0.929, 0.994, 0.932;
    # batch 8: 0.917) and left batches 1-7 unchanged; batch 9 (dev only, mentions the detector
    # reported as events: 8 dev non-events, all false events at the draw) kept every floor of
    # the whole dev split (batches 1-9 after its round: 0.924, 0.962, 0.962, 0.921, 0.995,
    # 0.934; batch 9: 0.75, macro-F1 0.928) and left batches 1-8 unchanged (0.9233, 0.9290 =
    # 170 of 183); batch 10 (dev only, AllSides war reporting and other news, 51 dev non-events,
    # fresh 0.686, voice 0.774) lowers the whole dev split's non-event and voice shares, so the
    # floors of the whole dev split set on batches 1-9 hold for those batches (after its round:
    # 0.924, 0.962, 0.962, 0.921, 0.995, 0.931; unchanged) and batch 10 has its own floors
    # (after its round: non-events 0.843, macro-F1 0.715, voice 0.774); the twelfth round (the
    # harm-context requirement, analysis/detect/agency/context.py) rejects 9 more dev non-events
    # (batch 7: 0.942, batch 10: 0.902, dev 0.942) and loses one batch-10 event ("even if Trump
    # shoots someone in the middle of Fifth Avenue", a hypothetical shooting in an article with no
    # harm vocabulary): batch-10 macro-F1 0.715 -> 0.706, dev event recall 0.985 -> 0.984;
    # batch 11 (dev only, a fresh draw of AllSides war reporting, measured and not worked on:
    # non-events 0.667 of 18, macro-F1 0.810, voice 0.867) gets no floor, and the floors of the
    # whole dev split hold for batches 1-10 (the dev split with batch 11: macro-F1 0.903,
    # non-events 0.923, events 0.981)
    p = r["predictions"]
    dev = form_scores(p[(p["split"] == "dev") & (p["batch"] < 11)])
    before10 = form_scores(p[(p["split"] == "dev") & (p["batch"] < 10)])
    before7 = form_scores(p[(p["split"] == "dev") & (p["batch"] < 7)])
    assert before7["nonevent_rejection"] >= 0.95
    assert dev["form_macro_f1"] >= 0.92
    assert dev["precision_passive_agentless"] >= 0.95
    assert dev["recall_passive_agentless"] >= 0.92
    assert before10["nonevent_rejection"] >= 0.92
    assert r["dev_batch7"]["nonevent_rejection"] >= 0.8
    assert r["dev_batch8"]["nonevent_rejection"] >= 0.9
    before8 = form_scores(p[(p["split"] == "dev") & (p["batch"] < 8)])
    assert before8["form_macro_f1"] >= 0.93 and before8["nonevent_rejection"] >= 0.929
    before9 = form_scores(p[(p["split"] == "dev") & (p["batch"] < 9)])
    assert before9["form_macro_f1"] >= 0.923 and before9["nonevent_rejection"] >= 0.928
    assert r["dev_batch9"]["nonevent_rejection"] >= 0.75
    assert r["dev_batch9"]["form_macro_f1"] >= 0.92
    assert dev["event_recall"] >= 0.98
    assert before10["voice_accuracy"] >= 0.92
    assert r["dev_batch10"]["nonevent_rejection"] >= 0.90
    # the sixteenth round's "hurt" rule took it 0.700 -> 0.691 (one event with no cue of bodily
    # harm); the predicative "dead" rule brought it to 0.746, so the floor is 0.70 again
    assert r["dev_batch10"]["form_macro_f1"] >= 0.70
    assert r["dev_batch7"]["nonevent_rejection"] >= 0.94
    assert dev["nonevent_rejection"] >= 0.94
    assert r["dev_batch10"]["voice_accuracy"] >= 0.77


@pytest.mark.parametrize(
    "text, agent",
    [
        (
            "A Russian missile strike on a shopping mall in Kremenchuk killed at least 18 people.",
            "A Russian missile strike on a shopping mall in Kremenchuk",
        ),
        ("The shelling of the city killed five civilians.", "The shelling of the city"),
    ],
)
def test_an_ing_noun_inside_the_subject_does_not_end_it(text, agent):
    """'shopping' in 'a shopping mall' and 'shelling' after 'the' are nouns: the subject runs on
    to the attack word, so the form is active_instrument (it was active_agent 'mall in
    Kremenchuk' / 'the city')."""
    (ev,) = [e for e in find_agency(text) if e.text == "killed"]
    assert (ev.form, ev.agent) == ("active_instrument", agent)
    other = [
        e for e in find_agency("Russian forces shelling Kharkiv killed five.") if e.text == "killed"
    ]
    assert other and other[0].agent != "Russian forces shelling Kharkiv"  # a verb still ends it


@pytest.mark.parametrize(
    "text, agent, victim",
    [
        ("Shelling by Russian forces killed five.", "Shelling by Russian forces", "five"),
        ("An attack by militants killed dozens.", "An attack by militants", "dozens"),
    ],
)
def test_a_number_word_object_ends_the_by_agent_of_a_harm_noun(text, agent, victim):
    """'killed five' takes an object as 'killed 5' does: the by-phrase of the harm noun ended
    at 'killed' only before digits, so 'Russian forces killed five.' became the agent of
    'Shelling', each event fell inside the other's agent, and both were dropped."""
    (ev,) = find_agency(text)
    assert (ev.text, ev.agent, ev.victim) == ("killed", agent, victim)


@pytest.mark.parametrize(
    "text, side",
    [
        # AllSides gun-control news: the US namesake is no Ukrainian place (was ukrainian_civilians)
        ("Days earlier a mass shooting killed seven people in Odessa, Texas.", None),
        ("A missile strike killed seven people in Odessa, officials said.", "ukrainian_civilians"),
        (
            "A missile strike killed two people in Kharkiv, Ukraine's second city.",
            "ukrainian_civilians",
        ),
    ],
)
def test_a_place_followed_by_a_us_state_is_its_namesake(text, side):
    (event,) = find_agency(text)
    assert event.victim in ("seven people", "two people")
    assert event.victim_side == side
