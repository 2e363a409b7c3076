"""Table stage rules: RAG from cell fill, initials and leads, and the Cabinet Office logs' coloured cells."""

from __future__ import annotations

import pytest

from agendaparse import tables
from agendaparse.pdf import read_document
from conftest import REAL, needs_shared


@pytest.mark.parametrize(
    ("colour", "rag"),
    [
        ((0.573, 0.816, 0.314), "Green"),  # the Cabinet Office log's green
        ((1.0, 0.753, 0.0), "Amber"),
        ((1.0, 0.0, 0.0), "Red"),
        ((0.0, 0.0, 1.0, 0.0), "Amber"),  # CMYK yellow
        ((0.3, 0.5, 0.9), None),  # blue: 'Complete' shading carries no RAG
        ((0.9, 0.9, 0.9), None),  # grey header
        ((0.5,), None),
        (None, None),
    ],
)
def test_rag_from_colour(colour, rag):
    assert tables.rag_from_colour(colour) == rag


def test_initials_resolve_only_when_all_are_known():
    known = {"AS": "Alan Smith", "NO": "Nick Oakhill"}
    assert tables.resolve_initials("AS", known) == "Alan Smith"
    assert tables.resolve_initials("AS/NO", known) == "Alan Smith, Nick Oakhill"
    assert tables.resolve_initials("AS/BB", known) == "AS/BB"


@pytest.mark.parametrize(
    ("action", "lead"),
    [
        ("Cabinet Office Transparency Team to publish the report", (None, "Cabinet Office Transparency Team")),
        ("Home Office team to release crime data", (None, "Home Office team")),
        ("Tim Kelsey to write to departments", ("Tim Kelsey", None)),
        ("Ongoing work on licensing", (None, None)),
        ("The Board noted progress", (None, None)),
    ],
)
def test_lead_from_the_action_subject(action, lead):
    assert tables.lead_from_subject(action) == lead


@needs_shared()
def test_cabinet_office_log_reads_rag_from_shaded_progress_cells():
    pdf = REAL / "cabinet-office" / "2011-03-02_transparency_board_action_log.pdf"
    read = read_document(pdf)
    found = tables.find_tables(pdf, read.pages, "doc")
    rows = tables.action_plan_rows(found, "doc", None)
    assert [row.rag for row in rows[:7]] == ["Green"] * 3 + ["Amber"] * 4
    assert all(row.rag is None for row in rows[7:])  # blue 'Complete' cells
    assert "rag-from-fill" in rows[0].provenance.method
    assert rows[0].lead_org == "Cabinet Office Transparency Team"
    assert rows[0].end_date.isoformat() == "2011-05-31"  # 'May‐2011' with a Unicode hyphen


@needs_shared()
def test_souldern_log_names_owners_from_the_members_initials():
    from agendaparse.extract import extract_document

    pdf = REAL / "souldern-pc" / "2023-08-31_spc_minutes_action_log.pdf"
    rows = extract_document(pdf, ocr="never").action_plan_rows
    first = next(row for row in rows if row.action_no == "Feb23.03")
    assert first.action == "AS to action 20mph limit"  # word spaces kept in tightly set cells
    assert first.named_lead == "Alan Smith"
