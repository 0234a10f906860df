"""Cases of the sense rules of the twenty-second development round (``audit-dev22``, issue 17).

The sentences are from the hit audit's development rounds and unlabelled dev-half articles (the
source is named), quoted; the counter-cases are written by hand, and so are the expected values.
``tests/test_senses.py`` merges them into its ``CASES``.
"""

from __future__ import annotations

S = "senses.csv"

DEV22_CASES: dict[tuple[str, str, str], list[tuple[str, str | None, str, bool]]] = {
    (S, "deadly", "deadly_disease"): [
        # dev22 (allsides, ProPublica): a named disease before its noun, a wrong hit kept
        (
            "On May 19, a federal judge accused officials at the Elkton Federal Correctional "
            "Institution in Ohio — the site of a deadly coronavirus outbreak cited by Barr in his "
            "order — of moving too slowly to release inmates.",
            "deadly",
            "violence",
            False,
        ),
        # unlabelled dev-half AllSides: the named disease alone
        (
            "The new travel restrictions came due to the global spread of the deadly coronavirus.",
            "deadly",
            "violence",
            False,
        ),
        (
            "Officials try to stanch a worrisome rise in cases of the deadly Ebola virus.",
            "deadly",
            "violence",
            False,
        ),
        # counter-case: an attack near a disease word stays violence
        (
            "Gunmen carried out a deadly attack on an Ebola treatment centre.",
            "deadly",
            "violence",
            True,
        ),
    ],
}
