"""Stop 24, tune split (tables and action-plan rows): regressions named after the real documents of
corpus/gold/tune that showed each miss, read from the PDFs by path, plus drawn cases of the same shapes.

Sources: the real PDFs of ../shared/corpus/real named below (their annotations are corpus/gold/tune).
- souldern-pc/2026_spc_accounting_statements_scanned.pdf and milburn-pc/2019_milburn_pc_annual_return_scanned.pdf:
  scanner output whose cross-reference table is numbered from object 1 over entries that start at object 0
  ('xref' / '1 7'); pdfminer found no catalog and no pages, so no table was read from either scan.
- the same two annual returns: the form's header is a filled band (white rules and letters on a tint, set on two
  rows, 'Year ending' spanning '31 March 2025 £' and '31 March 2026 £'), and its rows 1-7 and 8-10 are two ruled
  boxes a few points apart under that one header.
- kent-cc/2025-01-30_24-00096_proposed_record_of_decision.pdf (three small commissioning tables) and the documents
  annotated with no tables (Suffolk Libraries board minutes 2012 and 2016, Ayton 2013 minutes, Nipissing amended
  agenda, Souldern county councillor report): already read as annotated; kept here so that they stay so.
"""

from __future__ import annotations

import io
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse import plumber_pages, tables
from agendaparse.evaluate import score_tables
from agendaparse.extract import extract_document
from agendaparse.pdf import Line, PageLayout
from agendaparse.tables.continuation import merge_continuations
from agendaparse.tables.scanned import _choice_column
from conftest import REAL, make_table, needs_shared, needs_tesseract

TUNE = Path(__file__).resolve().parents[1] / "corpus" / "gold" / "tune"
ACCOUNTS = REAL / "souldern-pc" / "2026_spc_accounting_statements_scanned.pdf"
ANNUAL_RETURN = REAL / "milburn-pc" / "2019_milburn_pc_annual_return_scanned.pdf"


def _gold(name: str) -> dict:
    return json.loads((TUNE / name).read_text())


# ---------------------------------------------------------------- cross-reference table numbered off by one


def _ruled_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    rows = [["Payee", "Detail", "Total"], ["Cathy Fleet", "Clerk salary", "82.00"], ["HMRC", "Tax", "16.00"]]
    for index, row in enumerate(rows):
        top = 700 - 20 * index
        for column, text in enumerate(row):
            page.drawString(60 + 150 * column, top - 14, text)
    for index in range(len(rows) + 1):
        page.line(50, 700 - 20 * index, 500, 700 - 20 * index)
    for x in (50, 200, 350, 500):
        page.line(x, 700, x, 700 - 20 * len(rows))
    page.save()
    return buffer.getvalue()


def _xref_from_object_one(pdf: bytes) -> bytes:
    """The file as scanner software writes it: the table's first entry (object 0, free) numbered 1."""
    return re.sub(rb"xref\r?\n0 (\d+)", rb"xref\n1 \1", pdf, count=1)


def test_drawn_pdf_with_xref_numbered_from_one_opens_its_pages():
    broken = _xref_from_object_one(_ruled_pdf())
    with plumber_pages.open_pages(io.BytesIO(broken), [1]) as pages:
        assert [page.page_number for page in pages] == [1]
        assert "Cathy Fleet" in pages[0].extract_text()


def test_drawn_pdf_with_xref_numbered_from_one_gives_its_table(tmp_path):
    broken = tmp_path / "scanner_xref.pdf"
    broken.write_bytes(_xref_from_object_one(_ruled_pdf()))
    found = extract_document(broken, ocr="never").tables
    assert [table.header for table in found] == [["Payee", "Detail", "Total"]]
    assert found[0].rows == [["Cathy Fleet", "Clerk salary", "82.00"], ["HMRC", "Tax", "16.00"]]


@needs_shared()
def test_souldern_accounting_statements_scan_opens_in_pdfplumber():
    with plumber_pages.open_pages(ACCOUNTS, [1]) as pages:
        assert [page.page_number for page in pages] == [1]


@needs_shared()
def test_milburn_2019_annual_return_scan_opens_in_pdfplumber():
    with plumber_pages.open_pages(ANNUAL_RETURN, [2, 7]) as pages:
        assert [page.page_number for page in pages] == [2, 7]


# ---------------------------------------------------------------- a form's filled header on a scan


@needs_shared()
@needs_tesseract
def test_souldern_accounting_statements_filled_header_is_joined():
    found = tables.scanned_tables(ACCOUNTS, [1], "doc", None)
    statements = next(table for table in found if table.rows and table.rows[0][0].startswith("1. Balances"))
    assert statements.header[0] == ""
    assert statements.header[1] == "Year ending 31 March 2025 £"
    assert statements.header[3].startswith("Notes and guidance Please round")
    assert [row[1:3] for row in statements.rows[:3]] == [["16,634", "16,053"], ["7,994", "8,154"], ["1,535", "1,445"]]


@lru_cache(maxsize=1)
def _milburn_internal_audit():
    """The internal audit table of the Milburn 2019 scan's page 2, read once for the tests that check it."""
    return tables.scanned_tables(ANNUAL_RETURN, [2], "doc", None)[0]


@needs_shared()
@needs_tesseract
def test_milburn_2019_internal_audit_dark_header_is_joined():
    audit = _milburn_internal_audit()
    assert audit.header == [
        "Internal control objective",
        "Agreed? Please choose one of the following Yes",
        "Agreed? Please choose one of the following No*",
        "Agreed? Please choose one of the following Not covered**",
    ]
    assert audit.rows[0][0].startswith("A. Appropriate accounting records have been properly kept")


@needs_shared()
@needs_tesseract
def test_milburn_2019_internal_audit_ticks_are_read_by_their_ink():
    audit = _milburn_internal_audit()
    assert [row[1:] for row in audit.rows[:3]] == [["✓", "", ""]] * 3


def test_drawn_choice_columns_need_a_group():
    assert _choice_column("Agreed? Please choose one of the following Not covered**")
    assert _choice_column("No*")
    assert not _choice_column("Notes")


# ---------------------------------------------------------------- a table's rows set in two boxes on one page


def _page(number: int = 1, lines: list[Line] | None = None) -> PageLayout:
    return PageLayout(number, 595.0, 842.0, 0, lines or [])


HEADER = ["", "Year ending 31 March 2025 £", "Year ending 31 March 2026 £", "Notes and guidance"]
UPPER = [["1. Balances brought forward", "16,634", "16,053", "Total balances at the beginning of the year."]]
LOWER_FIRST = ["8. Total value of cash and short term investments", "16,053", "16,450", "The sum of all bank accounts."]
LOWER = [["10. Total borrowings", "0", "0", "The outstanding capital balance of all loans."]]


def test_drawn_form_rows_in_two_boxes_are_one_table():
    upper = make_table(HEADER, UPPER, bbox=(48.0, 131.0, 542.0, 427.0))
    lower = make_table(LOWER_FIRST, LOWER, bbox=(48.0, 436.0, 542.0, 532.0))
    merged = merge_continuations([upper, lower], [_page()])
    assert len(merged) == 1
    assert merged[0].rows == [*UPPER, LOWER_FIRST, *LOWER]


def test_drawn_box_with_a_header_of_its_own_stays_apart():
    upper = make_table(["Payee", "Detail", "Total £s"], [["Cathy Fleet", "Clerk Salary (Nov)", "82.00"]])
    upper.bbox = (48.0, 100.0, 542.0, 160.0)
    lower = make_table(["Payee", "Detail", "Total £s"], [["Nigel Prickett", "Grasscutting", "396.00"]])
    lower.bbox = (48.0, 168.0, 542.0, 230.0)
    assert len(merge_continuations([upper, lower], [_page()])) == 2


def test_drawn_box_of_tick_boxes_under_its_own_names_stays_apart():
    upper = make_table(HEADER, UPPER, bbox=(48.0, 131.0, 542.0, 427.0))
    own = ["11. (For Local Councils Only) Disclosure note re Trust funds (including charitable)", "Yes", "No", "N.B."]
    lower = make_table(own, [["", "", "✓", "The figures above do not include any Trust transactions."]])
    lower.bbox = (48.0, 436.0, 542.0, 480.0)
    assert len(merge_continuations([upper, lower], [_page()])) == 2


def test_drawn_boxes_with_a_heading_between_stay_apart():
    upper = make_table(HEADER, UPPER, bbox=(48.0, 131.0, 542.0, 427.0))
    lower = make_table(LOWER_FIRST, LOWER, bbox=(48.0, 441.0, 542.0, 532.0))
    heading = Line("Bank reconciliation", 48.0, 428.5, 200.0, 438.0, size=9.0)
    assert len(merge_continuations([upper, lower], [_page(lines=[heading])])) == 2


def test_drawn_boxes_far_apart_stay_apart():
    upper = make_table(HEADER, UPPER, bbox=(48.0, 131.0, 542.0, 427.0))
    lower = make_table(LOWER_FIRST, LOWER, bbox=(48.0, 470.0, 542.0, 560.0))
    assert len(merge_continuations([upper, lower], [_page()])) == 2


# ---------------------------------------------------------------- documents read as annotated (fast, text layer)


def _tables_scored(name: str) -> dict[str, int]:
    gold = _gold(name)
    predicted = extract_document(REAL / gold["source"]["path"], ocr="never").to_json_dict(page_text=False)
    return score_tables(gold["tables"], predicted["tables"])


@needs_shared()
def test_kent_24_00096_record_of_decision_commissioning_tables():
    counts = _tables_scored("kent-cc__2025-01-30_24-00096_proposed_record_of_decision.json")
    assert counts["tp"] == 3 and counts["fp"] == 0
    assert counts["cell_ok"] == counts["cell_n"] == 16


@needs_shared()
@pytest.mark.parametrize(
    "name",
    [
        "suffolk-libraries__2012-09-11_board_minutes.json",
        "suffolk-libraries__2016-01-28_board_minutes.json",
        "ayton-cc__2013-11-05_ayton_cc_minutes.json",
        "nipissing-township__2024-03-19_amended_agenda.json",
        "souldern-pc__2026-03-26_county_councillor_report.json",
    ],
)
def test_layout_grids_and_lists_are_not_tables(name):
    gold = _gold(name)
    predicted = extract_document(REAL / gold["source"]["path"], ocr="never").to_json_dict(page_text=False)
    assert gold["tables"] == [] and predicted["tables"] == []
    assert gold["action_plan_rows"] == [] and predicted["action_plan_rows"] == []
