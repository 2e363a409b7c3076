# ruff: noqa: E501  (source addresses are kept one to a line)
"""Tables and text pasted as pictures on pages that have a text layer (stop 30, helper 'picture').

A clerk who pastes a table into a Word document as a picture leaves a page with a text layer and, over a
large image, no text at all: before this round its words were neither searchable nor a table. With OCR on,
``pdf.read_page`` now reads such a picture region (an image covering at least 20% of the page with no
text-layer line inside it) with Tesseract, keeps the lines when they read like text, and the table stage
reads the region as it reads a scanned page (``ocr:`` provenance). Fast mode (``ocr="never"``) is unchanged.

Cases:
- a drawn page: an internal audit checklist paragraph in the text layer and its checklist table pasted as a
  ruled PNG picture: the table is found with its cells, the paragraph's lines stay, the picture's words read;
- the same page with a photo-like noise picture: nothing is added (no lines, no table);
- ``ocr="never"`` leaves the picture unread;
- the four real pages carrying such a picture (dev and tune documents): the two pasted tables are read (the
  text layer's lines kept), a chart and an infographic are not; the Milburn annual return's internal
  control table (page 6) is found from its picture.

Sources (layouts and wording learned from these pages; names, places and numbers changed):
- https://vdocuments.site/internal-audit-checklist-for-year-ending-31-march-2021.html (a parish council's internal audit checklist: numbered tests such as 'Ledger maintained and up to date?' each answered Yes / No / n/a with the auditor's comments)
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from agendaparse import tables
from agendaparse.extract import to_page
from agendaparse.pdf import read_document
from conftest import REAL, needs_shared

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed (scripts/system-deps.sh)"
)

PARAGRAPH = [
    "Internal Audit Checklist for Year Ending 31 March 2024",
    "Ashwell Magna Parish Council. The checklist below was completed by the internal auditor",
    "on 14 April 2024 and is reported to the council for noting at its May meeting.",
]
HEADER = ["Test", "Answer", "Officer", "Comments"]
ROWS = [
    ["1.1 Ledger up to date?", "Yes", "Clerk", "Balanced monthly"],
    ["1.2 Arithmetic correct?", "Yes", "RFO", "Checked to bank"],
    ["1.3 VAT reclaimed?", "No", "Clerk", "Claim due in May"],
    ["1.4 Precept recorded?", "Yes", "RFO", "Received in two parts"],
]
WIDTHS = [440, 170, 170, 400]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _table_picture() -> Image.Image:
    """The checklist as a ruled table drawn at 200 dpi (as Word pastes a screenshot)."""
    row_height, font = 100, _font(30)
    image = Image.new("RGB", (sum(WIDTHS) + 20, row_height * (len(ROWS) + 1) + 20), "white")
    draw = ImageDraw.Draw(image)
    edges = [10]
    for width in WIDTHS:
        edges.append(edges[-1] + width)
    bottom = 10 + row_height * (len(ROWS) + 1)
    for index, row in enumerate([HEADER, *ROWS]):
        top = 10 + row_height * index
        draw.line([(edges[0], top), (edges[-1], top)], fill="black", width=3)
        for left, cell in zip(edges, row, strict=False):
            draw.text((left + 24, top + 34), cell, fill="black", font=font)
    draw.line([(edges[0], bottom), (edges[-1], bottom)], fill="black", width=3)
    for x in edges:
        draw.line([(x, 10), (x, bottom)], fill="black", width=3)
    return image


def _noise_picture() -> Image.Image:
    """A photo-like picture: grey speckle with soft blobs, no letters."""
    rng = random.Random(7)
    image = Image.new("RGB", (900, 500), (120, 140, 110))
    draw = ImageDraw.Draw(image)
    for _ in range(400):
        x, y, r = rng.randint(0, 900), rng.randint(0, 500), rng.randint(3, 40)
        shade = rng.randint(40, 220)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(shade, shade - 20 if shade > 20 else 0, shade // 2))
    return image


def _page_with_picture(path: Path, picture: Image.Image) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica", 11)
    for index, text in enumerate(PARAGRAPH):
        pdf.drawString(60, 780 - 16 * index, text)
    width = 520
    height = width * picture.height / picture.width
    pdf.drawImage(ImageReader(picture), 60, 700 - height, width=width, height=height)
    pdf.showPage()
    pdf.save()
    return path


def _norm(cell: str) -> str:
    return " ".join(cell.replace("|", " ").split()).strip(" .,:;").lower()


def test_pasted_table_is_found_with_its_cells(tmp_path):
    path = _page_with_picture(tmp_path / "checklist.pdf", _table_picture())
    read = read_document(path, ocr="auto")
    found = tables.find_tables(str(path), read.pages, "checklist")
    assert len(found) == 1, [table.header for table in found]
    table = found[0]
    assert table.provenance.method.startswith("ocr:")
    assert [_norm(cell) for cell in table.header] == [_norm(cell) for cell in HEADER]
    assert [[_norm(cell) for cell in row] for row in table.rows] == [[_norm(cell) for cell in row] for row in ROWS]


def test_paragraph_lines_stay_and_picture_words_read(tmp_path):
    path = _page_with_picture(tmp_path / "checklist.pdf", _table_picture())
    page = read_document(path, ocr="auto").pages[0]
    texts = [line.text for line in page.lines]
    assert texts[: len(PARAGRAPH)] == PARAGRAPH
    assert page.method == "pypdfium2" and page.has_text_layer
    assert len(page.picture_regions) == 1
    assert "Ledger" in page.text and "Arithmetic" in page.text


def test_page_record_says_a_picture_was_read(tmp_path):
    """The exported page names the reading that gave part of its text (stop 30's review)."""
    path = _page_with_picture(tmp_path / "checklist.pdf", _table_picture())
    page = to_page(read_document(path, ocr="auto").pages[0])
    assert page.method == "pypdfium2+ocr-picture" and "Ledger" in page.text


def test_noise_picture_adds_nothing(tmp_path):
    path = _page_with_picture(tmp_path / "photo.pdf", _noise_picture())
    read = read_document(path, ocr="auto")
    page = read.pages[0]
    assert [line.text for line in page.lines] == PARAGRAPH
    assert page.picture_words == []
    assert tables.find_tables(str(path), read.pages, "photo") == []


def test_ocr_never_leaves_the_picture_unread(tmp_path):
    path = _page_with_picture(tmp_path / "checklist.pdf", _table_picture())
    page = read_document(path, ocr="never").pages[0]
    assert [line.text for line in page.lines] == PARAGRAPH
    assert page.picture_regions == [] and page.picture_words == []


REAL_PICTURES = [
    # a pasted table: read
    ("milburn-pc/2017_milburn_pc_annual_return.pdf", 6, True),
    ("nipissing-township/2024_capital_budget_2024-2034_forecast_slides.pdf", 4, True),
    # a chart (axis labels, a legend) and an infographic: big pictures over no text that do not read as text
    ("kent-cc/2025-01-30_finance_monitoring_report_q3.pdf", 53, False),
    ("souldern-pc/2026-03-26_county_councillor_report.pdf", 2, False),
]


@needs_shared()
@pytest.mark.parametrize(("name", "number", "read"), REAL_PICTURES)
def test_real_pages_with_a_pasted_picture(name, number, read):
    pages = read_document(REAL / name, ocr="auto").pages
    plain = read_document(REAL / name, ocr="never").pages
    assert bool(pages[number - 1].picture_regions) is read
    assert all(not page.picture_regions for page in pages if page.number != number)
    # the text layer's lines all stay, in their order; a picture read adds its lines
    kept = [
        line.text for line in pages[number - 1].lines if line.text in {other.text for other in plain[number - 1].lines}
    ]
    assert kept == [line.text for line in plain[number - 1].lines]
    assert (len(pages[number - 1].lines) > len(plain[number - 1].lines)) is read


@needs_shared()
def test_milburn_internal_control_table_is_read_from_its_picture():
    path = REAL / "milburn-pc" / "2017_milburn_pc_annual_return.pdf"
    read = read_document(path, ocr="auto")
    found = [table for table in tables.find_tables(str(path), read.pages, "milburn") if table.page_start == 6]
    assert found and found[0].provenance.method.startswith("ocr:")
    assert "internal control objective" in _norm(found[0].header[0])
    assert any("accounting records" in _norm(row[0]) for row in found[0].rows)
