"""Owners written as initials resolve to the one person of the document with those initials."""

from __future__ import annotations

from agendaparse.extract import extract_document
from agendaparse.nlp import initials_of_people
from conftest import REAL, needs_shared


def test_initials_of_people_are_those_of_one_full_name_only():
    people = ["Nick Oakhill", "Amanda Sharman", "Alan Smith", "Cathy Fleet", "Clive Smith", "Oakhill", "J. Brown"]
    assert initials_of_people(people) == {"NO": "Nick Oakhill", "CF": "Cathy Fleet", "CS": "Clive Smith"}


@needs_shared()
def test_an_owner_cell_of_initials_names_the_person_the_agenda_names():
    """Souldern's June 2026 agenda: the Owner cell prints 'NO'; Nick Oakhill sends apologies (item 1)."""
    extraction = extract_document(REAL / "souldern-pc/2026-06-25_spc_agenda.pdf", ocr="never")
    leads = [row.named_lead for row in extraction.action_plan_rows]
    assert leads == ["Katy Draper", "Nick Oakhill"]
