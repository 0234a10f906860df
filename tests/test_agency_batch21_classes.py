"""find_agency on the classes of the batch-21 round (issue 20: dev-split war reporting of the
Guardian/NYT, the by-country outlets and AllSides war, terror, foreign-policy, world and crime
topics, drawn near twenty-three kinds of non-event cue, least-drawn outlets weighted; and the
non-event senses the issue's brief names from unlabelled BASIL text).

The sentences are real: dev-split mentions of batches 1-21 (cited by corpus and article id),
unlabelled dev-split articles of the batch-18 pool, or BASIL articles (``basil-same-event``,
unlabelled, no split).  Each class has a counter-case that stays an event.  The expected values
are written by hand.
"""

from __future__ import annotations

import pytest

from analysis.detect.agency import find_agency


def forms_of(text: str, word: str) -> list[str]:
    """The forms of the events whose trigger is ``word`` (as written)."""
    return [e.form for e in find_agency(text) if e.text == word]


# (sentence, trigger): non-events
NON_EVENTS_21 = [
    # a scare-quoted participle is read through its quotation marks: the victims are cows
    # (AllSides YLzZmQO6d5sz8Bic, dev batch 21)
    (
        "In fact, some of the most common right-wing images from the stand-off were the "
        'pictures of six cows "murdered" by jackbooted thugs accompanied by screaming headlines '
        'about "mass graves."',
        "murdered",
    ),
    # a quotation that opens at the verb: an election attacked (BASIL, McCain on the Helsinki
    # summit)
    (
        "He said the indictments are evidence of an “extensive plot” by Putin’s government to "
        "“attack the 2016 election, sow chaos and dissension among the American electorate, and "
        "undermine faith in our democracy.”",
        "attack",
    ),
    # the cause of a death after a compound preposition (by-country articles-0420, dev batch 21)
    (
        "They died as a result of stab wounds - an elderly of them at the crime scene, and the "
        "younger later in the hospital.",
        "wounds",
    ),
    # an attack noun naming the manner of a massacre (AllSides qSAo9eWZXm4R9Zij, dev batch 21)
    (
        "MGM Resorts International has filed a lawsuit in federal court against more than 1,000 "
        "victims of last October's shooting massacre claiming it is not financially liable for "
        "the tragedy.",
        "shooting",
    ),
    # a renaming apposition opened by "the latest" (AllSides tg0fyAs5gQWLKfhO, dev batch 21)
    (
        "An Islamic State group video released Sunday purports to show extremists beheading a "
        "dozen Syrian soldiers and ends with a militant claiming to have killed U.S. aid worker "
        "Peter Kassig, the latest slaughter proudly broadcast by the group on the Internet.",
        "slaughter",
    ),
    # "in the dead of" a season with words between (by-country articles-0278, dev batch 21)
    (
        "The poster showed a dirty, scrappy, tough paratrooper, PFC Vernon Haught, of the 325th "
        "Glider Infantry Regiment, marching in the dead of that cold, snowy winter on his way to "
        "reinforce the retreating American forces in Belgium.",
        "dead",
    ),
    # a procedure named after casualties (guardian-nyt articles-0113, dev batch 21)
    (
        "“However, it’s high risk because until ground forces link up, the airborne assault "
        "forces are deep in Ukrainian territory and dependent on aerial resupply, casualty "
        "evacuation and fire support,” he said.",
        "casualty",
    ),
    # a crime named as a category of a law (BASIL; AllSides wsDBtxMO9Hgf6LdO, dev batch 17)
    (
        "The decision by Republican convention delegates to oppose abortion without explicit "
        "exceptions for rape and incest poses a tricky political challenge for Mitt Romney as "
        "he prepares to accept the presidential nomination in Tampa, Fla., next week.",
        "rape",
    ),
    (
        "Gillibrand's bill, which includes murder along with rape and sexual assault, was "
        "rejected by the Senate Armed Services Committee, but has gained bipartisan backing from "
        "senators outside the committee, including Republicans Rand Paul of Kentucky and Ted "
        "Cruz of Texas.",
        "rape",
    ),
    (
        "Gillibrand's bill, which includes murder along with rape and sexual assault, was "
        "rejected by the Senate Armed Services Committee, but has gained bipartisan backing from "
        "senators outside the committee, including Republicans Rand Paul of Kentucky and Ted "
        "Cruz of Texas.",
        "murder",
    ),
    # animals as the victims of a passive: a pronoun after ", and" read as the first subject,
    # a relative or reduced passive after the noun it modifies (BASIL, Royce; Trump on
    # elephant trophies)
    (
        "“Elephants and other big game in Africa are blood currency for terrorist "
        "organizations, and they are being killed at an alarming rate,” Royce said.",
        "killed",
    ),
    (
        "President Trump on Friday reversed the government’s decision to start allowing hunters "
        "to import trophies of elephants that were killed in two African countries, pending a "
        "further review.",
        "killed",
    ),
    # a metaphorical wound as the predicate of a copula (by-country articles-0061, dev batch 19)
    (
        "The world will not forget that Russia has chosen death and destruction for no "
        "reason.A blow to Ukraine will be a wound that Russia will deal with itself - "
        "emphasized the American president.",
        "wound",
    ),
    # a one-word quotation of an adjective keeps its marks (by-country articles-0178, dev
    # batch 17)
    (
        'Cole said that the number of victims from the Russian forces was "striking", given '
        'that Russia "has not achieved any of Vladimir Putin\'s goals" since the invasion of '
        "Ukraine at the end of February.",
        "striking",
    ),
    # a name with a capitalised preposition, not a title-case headline (guardian-nyt
    # articles-0184, dev batch 20)
    (
        "On Friday, the Russian justice ministry updated its website list of blacklisted "
        "entities to include the Committee Against Torture, a United Nations-linked human "
        "rights treaty body.",
        "Torture",
    ),
]


NON_EVENTS_21 += [
    # shoot as a verb of motion of a thing (AllSides L4lLnnSRMWfhIoYm, fxjdiwvW6dhdOINA:
    # unlabelled dev-split articles of the batch-18 pool)
    ("Another said a fireball shot into the air as a nearby building shook.", "shot"),
    (
        "Suddenly, as a flame shot into the sky, she covered her face and darted off before I "
        "could get her name.",
        "shot",
    ),
    # metaphorical wounds once "wound" is a noun, and "shot" naming a wound's manner (unlabelled
    # dev-split AllSides articles of the batch-18 pool)
    ("This is not healing but salt in the wound.", "wound"),
    ('"It is a wound on our hearts and it will never be healed," she said.', "wound"),
    ("This feels a little like an old wound that has been hit again.", "wound"),
    ("He's down from a head shot wound.", "shot"),
]


@pytest.mark.parametrize(("text", "word"), NON_EVENTS_21)
def test_batch21_non_events(text, word):
    assert forms_of(text, word) == []


# (sentence, trigger, form): events, the counter-cases and the form classes
EVENTS_21 = [
    # an opening quotation mark before the verb: still a verb (AllSides fSNPKdXvJdPY2ftG, dev
    # batch 10, labelled active_agent; had been missed)
    (
        "As the Islamic State orchestrated terror attacks and established a caliphate in Iraq "
        "and Syria during the 2016 presidential campaign, Trump famously promised during to "
        "“bomb the sh-t” out of ISIS.",
        "bomb",
        "active_agent",
    ),
    # a closing mark before a participle with its agent still opens a reduced passive (dev
    # batch 20)
    (
        'Putin\'s mercenary Vladimir Andonov called "executioner" killed by a sniper',
        "killed",
        "passive_agent",
    ),
    # the singular noun "wound" after "a" and a singular premodifier (AllSides
    # 7sRKit2VsgyhD2jy, dev batch 16; AllSides U1yVLarCCEucu47G, dev batch 21)
    (
        "Tsarnaev, 19, remains in serious but stable condition with a gunshot wound to the side "
        "of the neck, a federal law enforcement source with knowledge of the investigation told "
        "CNN on Sunday.",
        "wound",
        "nominal",
    ),
    (
        'One other person suffered a "minor gunshot" wound, while 15 to 20 people were injured '
        "by jumping through windows and diving under tables, according to the sheriff.",
        "wound",
        "nominal",
    ),
    # the death itself stays (by-country articles-0420, dev batch 21)
    (
        "They died as a result of stab wounds - an elderly of them at the crime scene, and the "
        "younger later in the hospital.",
        "died",
        "intransitive",
    ),
    # the massacre carries the event (dev batch 21)
    (
        "MGM Resorts International has filed a lawsuit in federal court against more than 1,000 "
        "victims of last October's shooting massacre claiming it is not financially liable for "
        "the tragedy.",
        "massacre",
        "nominal",
    ),
    # a title-case headline, not a name (AllSides JqMxI6BFqEhfljZc, dev batch 14;
    # VXChyz91ylO1q9Ud, dev batch 21): both had been missed
    (
        "#3: The Intelligence Community Provided Numerous, Stark Warnings Of The Terrorist "
        "Threat In Benghazi In The Months Leading Up To The Attack.",
        "Attack",
        "nominal",
    ),
    (
        "Senate Select Committee On Intelligence: “There Was No Singular 'Tactical Warning' In "
        "The Intelligence Reporting Leading Up To The Events On September 11, 2012, Predicting "
        "An Attack On U.S.” The Senate Select Committee on Intelligence review found that no "
        "specific warnings predicted the attack in Benghazi (emphasis added):",
        "Attack",
        "nominal",
    ),
    # a gerund after a comma before a finite verb is the clause's subject (by-country
    # articles-0174, dev batch 21; had been active_agent with the victim "continues")
    (
        "In the eastern Donbas region, where Russian troops are pressing on having made gains, "
        "shelling continues across the entire front line and at least one person was killed in "
        "the town of Soledar.",
        "shelling",
        "nominal",
    ),
]


@pytest.mark.parametrize(("text", "word", "form"), EVENTS_21)
def test_batch21_events(text, word, form):
    assert forms_of(text, word) == [form]


EVENTS_21_COUNTER = [
    # a person who shoots into a vehicle stays an event (AllSides z8w9KegYDu0O9ZYN, unlabelled
    # dev-split article of the batch-18 pool)
    (
        "The attack ended when police shot into the truck, killing Bouhlel, French prosecutor "
        "François Molins said Friday.",
        "shot",
        "active_agent",
    ),
    # a rape named as an accusation against a person stays an event (AllSides
    # iT6IHPVK1q0lkKEu, dev-split article)
    (
        "All of this before we even got to the fact that the Lt. Governor, a Democrat named "
        "Justin Fairfax, has been accused of rape by two women.",
        "rape",
        "nominal",
    ),
    # an apposition whose head is another noun does not rename the killing (AllSides,
    # unlabelled dev-split article of the batch-18 pool)
    (
        "It remained to be seen whether the killings represented a larger shift in the tactics "
        "of Al Qaeda, which has largely turned away from executing hostages in recent years in "
        "favor of negotiating ransoms — a contrast to the frequent executions carried out by "
        "the Islamic State in Iraq and Syria.",
        "executions",
        "nominal",
    ),
    # "wound" beside a verb-only base form, or after "who", is a verb (unlabelled dev-split
    # AllSides articles of the batch-18 pool)
    (
        "Even if weapons and nuclear capabilities sold by the North are never used against the "
        "U.S. or our allies, they pose a danger to the world and can be used to kill and wound "
        "both foreign combatants and innocent civilians.",
        "wound",
        "active_agent",
    ),
    (
        "He added that Scott was a deadly threat because reaction-time studies showed that a "
        "person could raise a gun and wound or kill before officers had time to react.",
        "wound",
        "active_agent",
    ),
    # a literal wound stays (AllSides, unlabelled dev-split article of the batch-18 pool)
    (
        "She was seated and appeared to be suffering from a gunshot wound, McMahill told "
        "reporters.",
        "wound",
        "nominal",
    ),
    # the subject of a passive after ", and they" is read only for its own class: people stay
    # (written after the BASIL elephants sentence; no dev sentence of the shape was found)
]


@pytest.mark.parametrize(("text", "word", "form"), EVENTS_21_COUNTER)
def test_batch21_counter_cases_stay_events(text, word, form):
    assert forms_of(text, word) == [form]
