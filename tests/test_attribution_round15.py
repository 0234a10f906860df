"""Attribution round 15 (issue 18): speech acts missing from the verb table, found on PolNeAR
train. The sentences are quoted from PolNeAR train articles; the expected speakers and cues are
written by hand."""

import pytest

from analysis.detect.quotes import find_attributions, find_quotes


def _cues(text):
    return [(a.speaker, a.verb) for a in find_attributions(text)]


def _speakers(text):
    return [(q.speaker, q.verb) for q in find_quotes(text) if q.kind == "direct"]


#: Class "speech act missing from the table": *sounded* before a note / an alarm / *off*,
#: *downplayed*, *reaffirmed* (train: 11 of 12 new attributions are annotated cues)
SPEECH_ACTS = [
    ("But first, Pence sounded a positive note about Trump.", [("Pence", "sounded")]),
    (
        "In three separate interviews, the justice sounded off on Trump, saying she didn't "
        '"want to contemplate" a Trump presidency.',
        [("the justice", "sounded"), ("the justice", "saying")],
    ),
    (
        "WASHINGTON — Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Donald Trump‘s "
        "attack on a federal judge’s Mexican heritage.",
        [("Sen. Chuck Grassley", "downplayed")],
    ),
    (
        "The carefully choreographed speech came as some Republicans reaffirmed their "
        "opposition to Trump, underscoring party divisions.",
        [("some Republicans", "reaffirmed")],
    ),
]

#: Counter-cases: *sounded* as a tone or an impression is no speech act; *agrees* away from a
#: quotation is no cue
NOT_SPEECH = [
    "Trump spoke with so much gusto it sounded much of the time as though he were screaming, "
    "and he rarely paused.",
    "Clinton agrees on most issues with the president.",
]


@pytest.mark.parametrize("text,expected", SPEECH_ACTS)
def test_speech_acts_missing_from_the_table(text, expected):
    assert _cues(text) == expected


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_tone_is_not_speech(text):
    assert [v for _, v in _cues(text)] == []


def test_sounded_equivocal_is_no_cue():
    text = (
        "Even people who unequivocally endorsed the plan sounded equivocal: Former Rep. Jane "
        "Harman called it a start."
    )
    assert "sounded" not in [v for _, v in _cues(text)]


def test_inverted_agrees_after_a_quotation():
    # USA Today (train): the inverted "agrees" after the closing mark names the speaker
    text = (
        "\"Our ideas of 'success' are different,\" agrees Michelle Stevens, 30, of "
        "Gainesville, Fla."
    )
    assert _speakers(text) == [("Michelle Stevens", "agrees")]


def test_train_halves_alternate_in_name_order():
    from analysis.evaluation.attribution_halves import train_halves
    from analysis.evaluation.polnear import GoldArticle

    arts = [GoldArticle(n, "nyt", "train", "", ()) for n in ("e", "b", "d", "a", "c")]
    first, second = train_halves(arts)
    assert [a.name for a in first] == ["a", "c", "e"]
    assert [a.name for a in second] == ["b", "d"]


#: Class "quotation closed by ! or ? before a new sentence": the verb that leads the quotation
#: in (same sentence) speaks it, not the subject of the next sentence, as for a closing full
#: stop (train: 3 speakers, in both halves; none lost)
CLOSED_BY_BANG = [
    (
        "Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then "
        "writes back, “You look cute.”",
        ("Clinton", "responds"),
    ),
    (
        "In June 2009, after Clinton suffered a concussion, Axelrod emailed her condolences, "
        "addressing her informally as “Hillary” and telling her, “you are an all-star player "
        'and we need you for the long run!” She replied to him that it was an "honor to serve '
        'the President w you."',
        ("Axelrod", "telling"),
    ),
]


@pytest.mark.parametrize("text,expected", CLOSED_BY_BANG)
def test_quotation_closed_by_bang_keeps_its_lead_in(text, expected):
    assert _speakers(text)[0] == expected


def test_inverted_speaker_after_bang_still_speaks():
    # no verb leads the quotation in: the name after it is its speaker
    text = '"Who is going to pay for the wall?" Trump asked. "Mexico!" the crowd shouted.'
    assert _speakers(text) == [("Trump", "asked"), ("the crowd", "shouted")]
