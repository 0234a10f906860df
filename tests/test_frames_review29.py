"""Generic frames, nineteenth round: conduct condemned as morally base answers M1 ("a moral
message": despicable, contemptible, deplorable, reprehensible, abhorrent, repugnant,
unconscionable, cowardly, cowardice, vile, heinous, odious, dishonorable).

The sentences are real: from the Frermann dev half and the first and fifth project batches
(development data), quoted as printed.  The expected answers are written by hand from the
question's wording.  Each sentence is also run through the battery as it was before the round
(the round's rows left out), so the tests fail without the change.
"""

from __future__ import annotations

import pytest
from conftest import assert_frame_answer, battery_from_cue_lines, frame_questions

from analysis.detect.frames.battery import Battery
from analysis.lexicons import bundled_path


@pytest.fixture(scope="module")
def before(tmp_path_factory) -> Battery:
    """The bundled battery as it was before the nineteenth round."""
    tmp = tmp_path_factory.mktemp("before29")
    lines = bundled_path("frames/cues.csv").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if "nineteenth round" not in ln]
    assert len(lines) - len(kept) == 14  # the rows of the round
    return battery_from_cue_lines(tmp, kept)


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # batch 1, 2nfCt9nKtlVAnCSD ("White House condemns attempted attacks on Clintons,
        # Obamas"): coded morality ("'despicable', 'cowardly', 'unacceptable'"), no morality
        # evidence before the round
        (
            "“These terrorizing acts are despicable, and anyone responsible will be held"
            " accountable to the fullest extent of the law,” Sanders said.",
            ["despicable"],
        ),
        # batch 1, cEbE9PItDWlqgQXE ("Twitter flags video retweeted by President Trump as
        # 'manipulated media'"): coded morality ("'unconscionable', profit above the country")
        (
            "“It is also an unconscionable act of putting profit above not just our country, but"
            " every country.",
            ["unconscionable"],
        ),
        # Frermann dev half, 242 ("Greta Thunberg Mum as Climate Activist Proclaims ...", young
        # activists quoted at a climate protest): coded morality, one M1 sentence before
        (
            '"We are here to hold cowardice [sic] politicians accountable who have caused this'
            ' damage by turning their heads in fear."',
            ["cowardice"],
        ),
        # batch 5, 22vcKlkEJWn4MkT5 ("Tom Perez: Existentialism in America"): coded morality
        # ("civility, moral authority, 'repugnant behaviors'")
        (
            "Like the many-headed Hydra of Lerna, the swamp creature of ancient Greece, the"
            " existentialist philosophy can justify all sorts of repugnant behaviors — indeed, it"
            " can be used to glorify them.",
            ["repugnant"],
        ),
    ],
)
def test_conduct_condemned_as_base_is_a_moral_message(text, cues, before):
    assert_frame_answer(text, "M1", cues)
    assert "M1" not in frame_questions(text, before)
