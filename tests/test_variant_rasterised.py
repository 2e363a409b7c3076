"""Tables on pages that are pictures (`agendaparse eval --variant rasterised`): the OCR path of
:mod:`agendaparse.tables.scanned` on the dev documents stored as 200 dpi greyscale pictures.

- A page's table reading never crashes its document: three underlined references far apart down a page (a rule
  group whose rows are taller than the band above the first) once cut an empty band and OpenCV raised; and any
  other error in one page's reading is logged with the file and the page and costs that page's tables only.
- A landscape table banded in two light greys with white rules between rows and columns and a dark header
  (kent-cc ICS priorities): its white rules (19 grey levels lighter than the lighter band) and the light band's
  edge on the paper are the table's grid; a rule broken where a rule across meets it is one rule (a narrow
  'Timescale' column is no longer lost); a header column boundary that stands off the body's by a few points
  (pdfplumber makes a sliver column between the two) is one column.

- An action log in ruled boxes with no header row printed (cabinet-office ODUG): the first row is a row of the log.
- A scan stored again as a picture (souldern-pc 2020-11-25): thin rules grey about the ink threshold read whole.
- A row of one cell across the table (a section heading) is marked in spanning_rows, as the ruled reader marks it.

Pass before (HEAD ac9c6d1): 0 of 6 (the first six cases). The next two, added after 46e6e29: 0 of 2 there. The
spanning-row case, added after d5de46e: 0 of 1 there.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from agendaparse.tables import scan_rules, scanned
from agendaparse.variants import write_variant
from conftest import REAL, needs_shared

pytestmark = [
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed (scripts/system-deps.sh)"),
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)"),
]
cv2 = pytest.importorskip("cv2")

KENT = "kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf"
SOULDERN = "souldern-pc/2025-11-27_spc_minutes.pdf"
ODUG = "cabinet-office/2013-07_odug_action_log.pdf"
SOULDERN_SCAN = "souldern-pc/2020-11-25_spc_minutes_scanned.pdf"
COMMITTED = ["What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"]


def pages_stored_as(variant: str, source: Path, numbers: list[int], folder: Path) -> Path:
    """Pages ``numbers`` (1-based) of ``source``, alone in a PDF, stored as ``variant`` (agendaparse.variants)."""
    name = "page" + "-".join(str(number) for number in numbers)
    part = folder / f"{name}.pdf"
    with pikepdf.open(source) as pdf, pikepdf.new() as alone:
        for number in numbers:
            alone.pages.append(pdf.pages[number - 1])
        alone.save(part)
    return write_variant(variant, part, folder / f"{name}_{variant}.pdf")


def rasterised_page(source: Path, number: int, folder: Path) -> Path:
    """Page ``number`` of ``source`` alone, stored as a picture."""
    return pages_stored_as("rasterised", source, [number], folder)


def scanned_page_tables(relative: str, number: int, folder: Path) -> list:
    """The scanned reader's tables of page ``number`` of a real PDF (``relative`` to ../shared/corpus/real),
    the page stored alone as a picture."""
    return scanned.scanned_tables(rasterised_page(REAL / relative, number, folder), [1], "doc", None)


def banded_table_pdf(path: Path) -> Path:
    """Two landscape pages, each a table banded in two light greys with white rules and a dark header with
    white type, one narrow column ('When')."""
    page = canvas.Canvas(str(path), pagesize=landscape(A4))
    lefts = [40, 330, 470, 530, 760, 800]
    header = ["Action", "Lead", "When", "Measure", "Ref"]
    rows = [
        ["Publish the plan", "Clerk", "2026", "Plan published", "A1"],
        ["Review the budget", "Treasurer", "2027", "Budget agreed", "A2"],
        ["Repair the fence", "Estates lead", "2026", "Fence repaired", "A3"],
        ["Survey the trees", "Tree warden", "2028", "Survey done", "A4"],
    ]
    for _ in range(2):
        top, height = 520, 40
        for r, row in enumerate([header, *rows]):
            for c, text in enumerate(row):
                tone = 0.3 if r == 0 else (0.84 if r % 2 else 0.93)
                page.setFillGray(tone)
                page.rect(
                    lefts[c] + 1, top - (r + 1) * height + 1, lefts[c + 1] - lefts[c] - 2, height - 2, stroke=0, fill=1
                )
                page.setFillGray(1 if r == 0 else 0)
                page.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 11)
                page.drawString(lefts[c] + 5, top - r * height - 16, text)
        page.showPage()
    page.save()
    return path


def test_a_group_of_rules_far_apart_near_the_top_does_not_crash_the_gutter_search():
    """Three short rules aligned down a page (underlined references), their least spacing taller than the page
    above the first: the band above the first rule lies off the page."""
    pixels = np.full((1000, 800), 255, dtype=np.uint8)
    rules = [{"x0": 50.0, "top": top, "x1": 110.0, "bottom": top} for top in (20.0, 300.0, 380.0)]
    scan_rules._gutter_rules(cv2, np, pixels, rules, 0.5)  # raised cv2.error before: an empty band


@needs_shared()
def test_underlined_references_on_a_rasterised_minutes_page_are_read_without_error(tmp_path):
    target = rasterised_page(REAL / SOULDERN, 3, tmp_path)
    scanned.scanned_tables(target, [1], "doc", None)  # raised cv2.error before


def test_an_error_in_one_pages_table_reading_is_logged_and_costs_that_page_only(tmp_path, monkeypatch, caplog):
    target = write_variant("rasterised", banded_table_pdf(tmp_path / "banded.pdf"), tmp_path / "banded_scan.pdf")
    squared_up = scanned.squared_up
    calls = []

    def failing(cv2, np, pixels):
        calls.append(1)
        if len(calls) == 1:
            raise cv2.error("a page the reader cannot take")
        return squared_up(cv2, np, pixels)

    monkeypatch.setattr(scanned, "squared_up", failing)
    warnings: list[str] = []
    with caplog.at_level(logging.WARNING, logger="agendaparse"):
        found = scanned.scanned_tables(str(target), [1, 2], "doc", None, warnings=warnings)
    assert [table.page_start for table in found] == [2]
    assert any(
        "banded_scan.pdf" in record.getMessage() and "page 1" in record.getMessage() for record in caplog.records
    )
    assert warnings == ["page 1: tables on the page image not read (error: a page the reader cannot take)"]


def test_a_banded_table_with_white_rules_reads_every_column_and_row(tmp_path):
    target = write_variant("rasterised", banded_table_pdf(tmp_path / "banded.pdf"), tmp_path / "banded_scan.pdf")
    [table] = scanned.scanned_tables(str(target), [1], "doc", None)
    assert table.header == ["Action", "Lead", "When", "Measure", "Ref"]
    assert [row[2] for row in table.rows] == ["2026", "2027", "2026", "2028"]
    assert [row[4] for row in table.rows] == ["A1", "A2", "A3", "A4"]


@needs_shared()
def test_a_banded_landscape_table_keeps_its_narrow_timescale_column(tmp_path):
    target = rasterised_page(REAL / KENT, 5, tmp_path)
    [table] = scanned.scanned_tables(target, [1], "doc", None)
    assert table.header == COMMITTED
    assert table.n_rows == 9
    assert [row[2] for row in table.rows[1:]] == ["Mar 2026"] * 8
    assert [row[1] for row in table.rows[1:3]] == ["Lead for Family Hubs"] * 2


@needs_shared()
def test_a_header_boundary_standing_off_the_bodys_makes_no_sliver_column(tmp_path):
    target = rasterised_page(REAL / KENT, 7, tmp_path)
    [table] = scanned.scanned_tables(target, [1], "doc", None)
    assert table.header == COMMITTED
    assert table.n_rows == 9
    assert [row[2] for row in table.rows[2:8]] == ["March 2026"] * 6
    assert all(row[4] for row in table.rows[1:])


@needs_shared()
def test_ruled_log_sections_with_no_header_row_read_every_row_as_a_row(tmp_path):
    """An action log in ruled boxes, one per section, no header printed (cabinet-office ODUG): the first row is a
    row of the log like the rest, and a box of one row is a table too."""
    target = rasterised_page(REAL / ODUG, 1, tmp_path)
    found = scanned.scanned_tables(target, [1], "doc", None)
    assert [table.header for table in found] == [[]] * 9
    assert [table.n_rows for table in found] == [2, 2, 2, 2, 1, 1, 1, 2, 2]
    assert found[0].rows[0][1:] == ["KK", "New"]
    assert found[6].rows == [["Review for next meeting", "KK/HS", "Ongoing"]]


@needs_shared()
def test_a_scan_scanned_again_keeps_its_thin_grey_rules(tmp_path):
    """A scanned action log stored again as a 200 dpi picture (souldern-pc): its thin rules, grey about the ink
    threshold, read in pieces at first (two rules across not at all); the faint look reads them whole."""
    target = rasterised_page(REAL / SOULDERN_SCAN, 1, tmp_path)
    [table] = scanned.scanned_tables(target, [1], "doc", None)
    assert table.header == ["NO", "ACTION", "OWNER", "Update"]
    assert [row[2] for row in table.rows] == ["MKB", "NO AS NO", "NO", "NO"]


@needs_shared()
def test_a_row_of_one_cell_across_the_table_is_marked_spanning(tmp_path):
    """'CYPE recognise the importance of early years ...' printed across the table: a section's heading, marked
    as the text layer's reader marks it (so it is no action-plan row)."""
    target = rasterised_page(REAL / KENT, 5, tmp_path)
    [table] = scanned.scanned_tables(target, [1], "doc", None)
    assert table.spanning_rows == [0]


def two_box_form_pdf(path: Path) -> Path:
    """A scanned accounts form: a ruled box with a header row and, 18 points under it, a ruled box of more lines
    across the same columns with no header of its own."""
    page = canvas.Canvas(str(path), pagesize=A4)
    lefts = [60, 250, 330, 410, 540]
    first = [
        ["Line", "2025", "2026", "Notes"],
        ["1. Balances brought forward", "16,634", "16,053", "From the books"],
        ["2. Precept received", "7,994", "8,154", "Precept only"],
        ["3. Other receipts", "1,535", "1,445", "Grants"],
    ]
    second = [
        ["8. Cash and investments", "16,053", "16,450", "Bank"],
        ["9. Fixed assets", "59,962", "59,962", "Register"],
        ["10. Total borrowings", "0", "0", "Loans"],
    ]
    boxes = [(760, first), (640, second)]
    for top, rows in boxes:
        for r, row in enumerate(rows):
            for left, text in zip(lefts, row, strict=False):
                page.setFont("Helvetica", 10)
                page.drawString(left + 4, top - r * 24 - 16, text)
        page.setLineWidth(1)
        for r in range(len(rows) + 1):
            page.line(lefts[0], top - r * 24, lefts[-1], top - r * 24)
        for left in lefts:
            page.line(left, top, left, top - len(rows) * 24)
    page.showPage()
    page.save()
    return path


def test_a_box_with_no_header_under_a_headed_table_carries_its_rows(tmp_path):
    """Stop 37, the lead: the headerless reading (d5de46e) made the second box of a scanned accounts form a table
    of its own (tune souldern-pc 2026 accounting statements, OCR table cells 90.9 -> 68.2); it goes on the first."""
    target = write_variant("rasterised", two_box_form_pdf(tmp_path / "form.pdf"), tmp_path / "form_scan.pdf")
    [table] = scanned.scanned_tables(str(target), [1], "doc", None)
    assert [row[0] for row in table.rows] == [
        "1. Balances brought forward",
        "2. Precept received",
        "3. Other receipts",
        "8. Cash and investments",
        "9. Fixed assets",
        "10. Total borrowings",
    ]
    assert table.header[1:3] == ["2025", "2026"]
