"""A councillor labelling the line after a place-prefixed body ("Township of Nipissing | Councillor Stephen Kirkey:").

Round 48's rule starts a name at its line when a colon follows it (a group labelling its line: "Liberal Democrat
Group: Councillors …"). On the scanned Nipissing agenda package (dev gold) the label was a councillor's name, which
then reached the place-prefix reader without its "of" and raised AttributeError, failing the whole document under
`agendaparse eval` with OCR (stop 23). A cut label that is no longer a body keeps the name the pattern found.
"""

from __future__ import annotations

from agendaparse.nlp.organisations import organisation_names


def test_a_person_labelling_the_next_line_does_not_cut_a_prefixed_body() -> None:
    text = "Township of Nipissing Councillor Stephen Kirkey: moved the report"
    assert organisation_names(text, [len("Township of Nipissing")]) == ["Township of Nipissing"]


def test_a_group_labelling_its_line_is_still_read_from_the_line_start() -> None:
    text = "Councillors Frost and Gale Liberal Democrat Group: Councillors Ames and Bell"
    assert "Liberal Democrat Group" in organisation_names(text, [len("Councillors Frost and Gale")])
