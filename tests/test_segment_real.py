"""Segmentation on the real Kent agenda packs and frontsheets (../shared/corpus/real)."""

from __future__ import annotations

import pytest

from agendaparse.extract import extract_document
from conftest import REAL, manifest, needs_shared

pytestmark = needs_shared()
KENT_PACKS = (
    [row["path"] for row in manifest(REAL) if row["path"].startswith("kent-cc/") and row["doc_type"] == "agenda_pack"]
    if REAL.is_dir()
    else []
)


@pytest.mark.parametrize("path", KENT_PACKS)
def test_every_pack_page_is_in_one_item_or_front_matter(path):
    extraction = extract_document(REAL / path, ocr="never")
    numbers = {item.number for item in extraction.agenda_items}
    for page in extraction.pages:
        assert page.item is None or page.item in numbers
        if page.is_filler:
            assert page.text == ""
    for item in extraction.agenda_items:
        if item.page_start and item.page_end:
            inside = [page.item for page in extraction.pages if item.page_start <= page.number <= item.page_end]
            assert set(inside) == {item.number}


def test_supplement_pack_page_map():
    extraction = extract_document(REAL / "kent-cc/2025-01-09_county_council_item3_supplement_pack.pdf", ocr="never")
    assert [(i.number, i.title, i.printed_pages) for i in extraction.agenda_items] == [
        ("3", "English Devolution White Paper", "1-18")
    ]
    assert [page.item for page in extraction.pages[:2]] == [None, None]  # covering letter and filler
    assert {page.item for page in extraction.pages[2:]} == {"3"}
    assert extraction.pages[2].label == "1" and extraction.pages[19].label == "18"
    assert extraction.pages[1].is_filler
    document = extraction.document
    assert (document.doc_type, document.committee, str(document.meeting_date)) == (
        "agenda_pack",
        "County Council",
        "2025-01-09",
    )


def test_frontsheet_agenda_list_with_wrapped_page_ranges():
    extraction = extract_document(REAL / "kent-cc/2025-01-30_cabinet_agenda_frontsheet.pdf", ocr="never")
    items = [(i.number, i.printed_pages) for i in extraction.agenda_items]
    assert items == [
        ("1", None),
        ("2", None),
        ("3", "1-10"),
        ("4", None),
        ("5", "11-84"),
        ("6", "85-276"),
        ("7", "277-326"),
        ("8", "327-460"),
        ("9", "461-610"),
    ]
    assert (
        extraction.agenda_items[4].title == "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25"
    )
    assert extraction.document.contact_officer == "Georgina Little"


def test_moderngov_printed_minutes_items():
    extraction = extract_document(REAL / "kent-cc/2025-01-30_cabinet_printed_minutes.pdf", ocr="never")
    assert [i.number for i in extraction.agenda_items] == [str(n) for n in range(84, 93)]
    assert [i.fields.get("agenda_item") for i in extraction.agenda_items] == [str(n) for n in range(1, 10)]
    chair = [a for a in extraction.document.attendees if a.role == "Chairman"]
    assert [a.name for a in chair] == ["R W Gough"]
