"""Round review36: trust on the user's own corpus (AllSides elections and immigration, five
largest outlets; the Guardian/NYT Ukraine corpus; the by-country corpus; BASIL)."""

from __future__ import annotations


def test_note_renders_a_command_between_backticks_as_code():
    # report 05's note (validation_scope.corpus_scope_text) showed
    # '`framing validate sample --corpus allsides-elections.parquet ...`' with raw backticks
    from analysis.report.blocks import note
    from analysis.report.validation_scope import corpus_scope_text

    text = corpus_scope_text(
        "/tmp/r36/allsides-elections.parquet",
        "--corpus allsides-elections.parquet --outlet-column source",
    )
    markup = note(text)._repr_html_()
    assert "`" not in markup
    assert (
        "<code>framing validate sample --corpus allsides-elections.parquet --outlet-column "
        "source --n 200 --out check/sheet.csv</code>" in markup
    )


def test_bullets_and_skip_notes_of_report_08_render_code_spans():
    from analysis.report.blocks import bullets, note
    from analysis.validate.describe import coding_instructions

    markup = note(coding_instructions(), kind="skip")._repr_html_()
    assert "`" not in markup
    assert "<code>framing validate score</code>" in markup
    assert bullets(["run `framing validate score` <now>"])._repr_html_() == (
        '<div class="report-bullets"><ul><li>run <code>framing validate score</code> '
        "&lt;now&gt;</li></ul></div>"
    )


def test_note_without_code_spans_is_unchanged():
    # counter-case: plain text, a lone backtick and markup characters are escaped as before
    from analysis.report.blocks import note

    assert note("n < 5 per outlet; it`s", kind="caveat")._repr_html_() == (
        '<p class="report-caveat"><strong>Caveat.</strong> n &lt; 5 per outlet; it`s</p>'
    )
