"""Cases of the sense rules of the twelfth development round (``source = audit-dev12``, issue 17).

The sentences are from the hit audit's development rounds (the split is named) and from unlabelled
dev-half articles of the audit corpora ("unlabelled"), quoted; the expected values are written
by hand.  ``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S, P = "senses.csv", "packs/ukraine-2022/senses.csv"

DEV12_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "*", "animal_killing"): [
        # dev12 (allsides, Al Jazeera, animal welfare)
        (
            "An estimated 200,000 animals, ranging from goats to rats, were butchered during the "
            "last Gadhimai Festival in 2014.",
            "butchered",
            "loaded",
            False,
        ),
        # dev12 (allsides, The Dispatch, food)
        (
            "So, the diminished supply of slaughter-ready animals caused by the 2012 drought led "
            "to record prices for beef in 2014 and 2015.",
            "slaughter",
            "loaded",
            False,
        ),
        # unlabelled (allsides): Turkey the country is no turkey
        (
            "'It would also be DISGRACEFUL if we sat idly by while Turkey slaughters the Kurds, as "
            "public reports suggest that Turkish leader Erdogan explicitly told President Trump "
            "he intends to do.'",
            "slaughters",
            "loaded",
            True,
        ),
        # dev3 (basil): wild animals, a condemnation (a right label)
        (
            "“It’s great that public outrage has forced Trump to reconsider this despicable "
            "decision, but it takes more than a tweet to stop trophy hunters from slaughtering "
            "elephants and lions,” Tanya Sanerib said.",
            "slaughtering",
            "loaded",
            True,
        ),
    ],
    (S, "slam", "slam_physical_subject"): [
        # dev12 (allsides, ProPublica)
        ("The door slammed behind her.", "slammed", "loaded", False),
        # unlabelled (allsides)
        ("Animal rights groups slammed the Trump administration.", "slammed", "loaded", True),
    ],
    (S, "bombardment", "bombard_audience"): [
        # dev12 (allsides, Detroit Free Press newsletter notice)
        ("We promise not to bombard your inbox.", "bombard", "violence", False),
        # unlabelled (allsides)
        (
            "It's partly the air war of TV commercials bombarding voters in the battleground "
            "states with campaign messages from Romney's team and their outside allies.",
            "bombarding",
            "violence",
            False,
        ),
        # unlabelled (guardian_nyt)
        (
            "Russia has emphasized a strategy from other recent wars, in Syria and Chechnya: using "
            "missiles and other heavy artillery to bombard cities and towns and eventually take "
            "them over.",
            "bombard",
            "violence",
            True,
        ),
    ],
    (S, "truly", "degree_truly_plain_adjective"): [
        # dev12 (allsides, Christian Science Monitor)
        (
            "But even in some states with those laws, including Washington, truly sick people "
            "continued to be arrested.",
            "truly",
            "booster",
            False,
        ),
        # unlabelled (allsides)
        (
            "A demilitarized Germany in an America-free Europe would not long remain a truly "
            "independent power.",
            "truly",
            "booster",
            False,
        ),
        # unlabelled (allsides): the verb of belief stays
        ("They truly believe that if you disagree, you're evil.", "truly", "booster", True),
    ],
    (S, "likelihood", "likelihood_changed"): [
        # dev12 (allsides, Vox)
        (
            "“At some level, we know that spending more than half of your waking hours "
            "intoxicated for years and years on end is not increasing the likelihood that you'll "
            "win a Pulitzer Prize or discover the cure for cancer.”",
            "likelihood",
            "hedge",
            False,
        ),
        # unlabelled (allsides)
        (
            "But it would reduce the likelihood of severe disruption to health-insurance markets "
            "and of a political debacle for Republicans.",
            "likelihood",
            "hedge",
            False,
        ),
        # unlabelled (by-country): the likelihood itself as the subject stays
        (
            "According to the report, the likelihood of a global recession is rising.",
            "likelihood",
            "hedge",
            True,
        ),
    ],
    (S, "crazy", "crazy_idiom"): [
        # dev12 (allsides, USA TODAY)
        (
            "Then one of our Thai interns came back upstairs and told us that things were going "
            "crazy.",
            "crazy",
            "loaded",
            False,
        ),
        # unlabelled (allsides)
        (
            "He picked the Broncos because they have been building like crazy.",
            "crazy",
            "loaded",
            False,
        ),
        # unlabelled (allsides): a nickname evaluates
        (
            'Trump and Sanders — whom the president has dubbed "Crazy Bernie" — have some '
            "overlapping policy views on trade.",
            "Crazy",
            "loaded",
            True,
        ),
    ],
    (S, "*", "quoted_capitalised_name"): [
        # dev12 (allsides, The Guardian)
        (
            "His sister called on prominent leaders who were set to visit the state to commemorate "
            "the 55th anniversary of a civil rights protest march from Selma to Montgomery known "
            "as “Bloody Sunday”.",
            "Bloody",
            "loaded",
            False,
        ),
        # unlabelled (allsides): a nickname in quotation marks stays
        (
            "Polls have frequently cited the public view that she is not trusted, while Trump has "
            "rallied his supporters with the “Crooked Hillary” epithet.",
            "Crooked",
            "loaded",
            True,
        ),
    ],
    (S, "*", "violent_imagery_abstract_target"): [
        # dev12 (allsides, The New Yorker)
        (
            "The word “non-political” seemed to mean that the job of the Archives is to create a "
            "historical record that obliterates politics.",
            "obliterates",
            "loaded",
            False,
        ),
        # dev12 (allsides, The New Yorker quoting Arendt)
        (
            "The chances of factual truth surviving the onslaught of power are very slim indeed.",
            "onslaught",
            "loaded",
            False,
        ),
        # dev2 (allsides): a right label
        (
            "The IG report obliterated the credibility of the Steele dossier.",
            "obliterated",
            "loaded",
            True,
        ),
    ],
    (P, "Nazi", "historical_nazi_persecution"): [
        # dev12 (allsides, Wikipedia, science)
        (
            "Theoretical physicist Albert Einstein, who emigrated to the United States to escape "
            "Nazi persecution, is an example of human capital flight as a result of political "
            "change.",
            "Nazi",
            "loaded",
            False,
        ),
        # unlabelled (allsides)
        (
            "He pointed out that in the past the U.S. has denied entry to people in need of help, "
            "including Jews fleeing the Nazis.",
            "Nazis",
            "loaded",
            False,
        ),
        # unlabelled (guardian_nyt): the Russian framing of Ukraine stays
        (
            "He has consistently toed the Russian line on the war, suggesting in recent weeks "
            "that Ukraine is run by Nazis and that the massacre of Ukrainians in Bucha was staged.",
            "Nazis",
            "loaded",
            True,
        ),
    ],
    (P, "military offensive", "offensive_one_of_several"): [
        # dev12 (by-country, Ukrinform)
        (
            '"And this will be critical, first of all, in order to prevent and stop a broad '
            'Russian offensive this summer," said the head of the EU Military Committee.',
            "offensive",
            "naming",
            False,
        ),
        # unlabelled (by-country)
        (
            "There have been fears throughout the conflict in Ukraine that Belarus will again be "
            "used as a launching ground for another Russian offensive, or that Lukashenko’s own "
            "troops would join the war.",
            "offensive",
            "naming",
            False,
        ),
    ],
}
