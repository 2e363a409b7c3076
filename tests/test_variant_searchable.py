"""Tables on searchable scans (`agendaparse eval --variant searchable`): each page one picture under its own text
drawn invisibly. :mod:`agendaparse.tables.searchable` finds the ruling and the cells' fills in the picture's pixels
and cuts the text layer's words into the cells, without Tesseract (fast mode, ``ocr="never"``).

- A ruled table with a RAG-shaded status column, stored as a searchable scan: its cells read word for word from
  the text layer, its status colours from the picture's pixels.
- A born-digital page (vector ruling) is no searchable scan: the new reader never looks at it.
- A page whose picture reading fails loses only its own tables, said in the document's warnings.
- Real dev documents stored so: the transparency board's data requests table (two tables, none before) and the
  budget risk register (no empty sliver column where a rule across runs past the grid's side).

Pass before (HEAD 6e1cd21, the new reader switched off: detection.searchable_pages finding none): 2 of 4 synthetic
cases (the born-digital page and the pages found, which test the new module alone); the two real cases were not
run before (the data requests table had 0 tables on fast dev+searchable then).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.extract import extract_document
from agendaparse.pdf import read_pages
from agendaparse.tables import searchable
from agendaparse.variants import write_variant
from conftest import REAL, needs_shared

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)")
pytest.importorskip("cv2")

HEADER = ["Action", "Lead", "Due date", "RAG"]
ROWS = [
    ["Repair the play area fence", "Clerk", "31 March 2025", "Red"],
    ["Order new dog bins", "Cllr Smith", "30 April 2025", "Amber"],
    ["Publish the annual accounts", "RFO", "30 June 2025", "Green"],
    ["Review the risk register", "Chair", "31 July 2025", "Green"],
]
FILLS = {
    "Red": colors.Color(0.9, 0.2, 0.2),
    "Amber": colors.Color(1.0, 0.75, 0.0),
    "Green": colors.Color(0.2, 0.7, 0.3),
}
WIDTHS = [200, 100, 110, 70]


def ruled_log_pdf(path: Path) -> Path:
    """One A4 page: a heading and a ruled action log whose RAG cells are filled red, amber or green."""
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(50, 790, "Action log")
    left, top, height = 50, 760, 24
    xs = [left]
    for width in WIDTHS:
        xs.append(xs[-1] + width)
    for index, row in enumerate([HEADER, *ROWS]):
        y = top - (index + 1) * height
        if index:
            page.setFillColor(FILLS[row[3]])
            page.rect(xs[3], y, WIDTHS[3], height, stroke=0, fill=1)
        page.setFillColor(colors.black)
        page.setFont("Helvetica-Bold" if index == 0 else "Helvetica", 10)
        for column, text in enumerate(row):
            page.drawString(xs[column] + 4, y + 8, text)
    page.setLineWidth(1)
    bottom = top - (len(ROWS) + 1) * height
    for index in range(len(ROWS) + 2):
        page.line(xs[0], top - index * height, xs[-1], top - index * height)
    for x in xs:
        page.line(x, top, x, bottom)
    page.save()
    return path


@pytest.fixture(scope="module")
def scanned_log(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("searchable")
    return write_variant("searchable", ruled_log_pdf(folder / "log.pdf"), folder / "log_searchable.pdf")


def test_ruled_table_on_a_searchable_scan_reads_its_words_and_colours(scanned_log: Path) -> None:
    extraction = extract_document(scanned_log, ocr="never")
    tables = [table for table in extraction.tables if table.header == HEADER]
    assert len(tables) == 1, [table.header for table in extraction.tables]
    assert tables[0].rows == ROWS
    assert tables[0].status_colours == [row[3] for row in ROWS]
    assert tables[0].provenance.method.startswith(searchable.METHOD_PREFIX)


def test_born_digital_page_is_no_searchable_scan(tmp_path: Path) -> None:
    source = ruled_log_pdf(tmp_path / "log.pdf")
    pages = read_pages(source)
    assert searchable.searchable_pages(pages) == []


def test_failure_in_a_page_picture_costs_its_tables_only(scanned_log: Path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise ValueError("picture unreadable")

    monkeypatch.setattr(searchable, "_page_drawing", broken)
    extraction = extract_document(scanned_log, ocr="never")
    assert not any(table.provenance.method.startswith(searchable.METHOD_PREFIX) for table in extraction.tables)
    assert any("page 1" in warning and "picture unreadable" in warning for warning in extraction.document.warnings)


def test_searchable_pages_found_on_the_scan(scanned_log: Path) -> None:
    assert searchable.searchable_pages(read_pages(scanned_log)) == [1]


@needs_shared()
def test_data_requests_tables_on_a_searchable_scan(tmp_path: Path) -> None:
    source = REAL / "cabinet-office/2010-09-15_transparency_board_tb2_data_requests_table.pdf"
    variant = write_variant("searchable", source, tmp_path / "tb2.pdf")
    original = extract_document(source, ocr="never").tables
    read = extract_document(variant, ocr="never").tables
    assert len(read) == len(original) == 2
    assert [table.header for table in read] == [table.header for table in original]


@needs_shared()
def test_risk_register_has_no_empty_sliver_columns(tmp_path: Path) -> None:
    source = REAL / "kent-cc/2025-01-30_appendix_i_budget_risk_register.pdf"
    variant = write_variant("searchable", source, tmp_path / "risks.pdf")
    read = extract_document(variant, ocr="never").tables
    assert read and all(
        any(cell.strip() for row in [table.header, *table.rows] for cell in row[index : index + 1])
        for table in read
        for index in range(table.n_cols)
    )
    assert read[0].header[0] == "Directorate"


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_a_turned_searchable_scan_reads_as_the_upright_one(tmp_path: Path, turns: int) -> None:
    """A scan stored a quarter (half, three quarters) turn round with /Rotate turning it back, as scanners and
    OCRmyPDF's --rotate-pages store pages: searchable_pages left it out, and the rules drawn from its picture
    (display points) landed on the unturned page. Pass before (HEAD 0ccc7da): 0 of 3."""
    path = ruled_log_pdf(tmp_path / "log.pdf")
    for turn in range(turns):
        path = write_variant("rotated", path, tmp_path / f"rotated{turn}.pdf")
    scan = write_variant("searchable", path, tmp_path / "scan.pdf")
    tables = [table for table in extract_document(scan, ocr="never").tables if table.header == HEADER]
    assert len(tables) == 1
    assert tables[0].rows == ROWS
    assert tables[0].status_colours == [row[3] for row in ROWS]
    assert tables[0].provenance.method.startswith(searchable.METHOD_PREFIX)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_display_points_map_back_to_the_pdf_page(rotation: int) -> None:
    """Each corner of the shown page is the PDF page's corner that /Rotate turns there."""
    frame = searchable._Frame((10.0, 20.0, 110.0, 220.0), rotation)  # 100 wide, 200 high before the turn
    shown_width, shown_height = (200.0, 100.0) if rotation in (90, 270) else (100.0, 200.0)
    top_left = {0: (10, 220), 90: (10, 20), 180: (110, 20), 270: (110, 220)}[rotation]
    bottom_right = {0: (110, 20), 90: (110, 220), 180: (10, 220), 270: (10, 20)}[rotation]
    assert frame.to_pdf(0, 0) == pytest.approx(top_left)
    assert frame.to_pdf(shown_width, shown_height) == pytest.approx(bottom_right)
