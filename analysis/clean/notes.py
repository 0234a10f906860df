"""Correction notes printed under a label of their own line.

The Wall Street Journal prints its correction label alone ("Corrections & Amplifications") and
the note on the next line; a correction row takes the label, and the line after it is its note
(review 47).  :func:`article_notes` joins the label and its note into one note, as the label and
note printed on one line are ("Corrections & Amplifications: Yildiz Holding's CFO is …").
"""

from __future__ import annotations

from .lines import Para, is_terminal, n_words

__all__ = ["is_note_label", "label_notes", "article_notes"]

#: A correction line this short that ends in its colon, or has none and no stop, is a label.
LABEL_MAX_WORDS = 4


def is_note_label(text: str) -> bool:
    """Whether a correction line is a label alone ("Corrections & Amplifications",
    "Corrections and clarifications:"), with no note of its own: at most four words, ending in
    its only colon or, without a colon, in no stop.

    Examples
    --------
    >>> is_note_label("Corrections & Amplifications"), is_note_label("Correction: Updated")
    (True, False)
    """
    t = text.strip().strip("[]()").strip()
    if n_words(t) > LABEL_MAX_WORDS:
        return False
    return t.endswith(":") if ":" in t else not is_terminal(t)


def label_notes(paras: list[Para]) -> None:
    """The line right after a lone correction label is its note (labelled in place)."""
    for i, p in enumerate(paras[:-1]):
        nxt = paras[i + 1]
        if p.reason == "correction" and nxt.reason == "" and is_note_label(p.text):
            nxt.reason = "correction"


def article_notes(paras: list[Para]) -> list[str]:
    """The correction lines of a page as notes, a lone label joined to the note after it.

    Examples
    --------
    >>> ps = [Para("Corrections & Amplifications", 1, 0, "correction"),
    ...       Para("An earlier version misspelled his name.", 2, 0, "correction")]
    >>> article_notes(ps)
    ['Corrections & Amplifications: An earlier version misspelled his name.']
    """
    notes: list[str] = []
    label = ""
    for p in paras:
        if p.reason != "correction":
            if label:
                notes.append(label)
            label = ""
        elif label:
            notes.append(f"{label.rstrip(': ')}: {p.text}")
            label = ""
        elif is_note_label(p.text):
            label = p.text
        else:
            notes.append(p.text)
    if label:
        notes.append(label)
    return notes
