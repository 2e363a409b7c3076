"""Ruled tables on slides scanned or saved as pictures (stop 42, issue #5).

Found on the dev split's Nipissing capital forecast slides stored as pictures (``eval --variant rasterised``):
cells 39.3% against 100% from their text layer. Three causes, each a case here, on a drawn 16:9 slide (a
landscape page 960 x 540 pt) with a large grey title and a ruled table set in 12 pt bold and 11 pt type:
- **letter stems read as rules.** A rule down had to run a sixtieth of the page's height, 9 pt on a slide: the
  stems of its letters ('T', 'l', 'd' of 12 pt bold, 9-10 pt tall) were rules, and the table's cells were cut
  through its words ('YE' | 'AR', 'FIRE D' | 'EPARTMENT'). Now a sixtieth of the page's longer side (16 pt);
- **the grid printed without its right side** (PowerPoint's and Word's tables often have none): the last column
  ('METHOD') was lost. The scanned reader now closes open sides as the text-layer reader does
  (``tables.ruled.open_sides``), which learned to group row rules ending a pixel or two apart and to leave the
  end of a piece of a rule found broken;
- **the caption printed inside the frame** over the column header ('FIRE DEPARTMENT RESERVES PLAN') was read as
  the header. Now it is the table's title, as from a text layer.
Nipissing's slides as pictures: cells 39.3% before, 58.0% after (two tables side by side on a slide stay one).

Source of the layout (learned from it; names and figures changed): the Municipality of East Ferris / Nipissing
Township capital budget forecast slides, a ten-year 'YEAR | PROJECT DESCRIPTION | ESTIMATE | METHOD' grid per
department on a PowerPoint slide with a decorative background.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle

from agendaparse.evaluate import predicted_dict
from agendaparse.tables.scan_rules import whole_rule_down_length
from scan_cases import Look, PaperLook, scanned_document

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed (scripts/system-deps.sh)"
)

CAPTION = "LIBRARY SERVICES CAPITAL PROJECT FORECAST"
HEADER = ["YEAR", "PROJECT DESCRIPTION", "ESTIMATE", "METHOD"]
ROWS = [
    ["2025", "Replace Library Van", "$45,000", "Reserves"],
    ["2026", "Roof Repairs Branch Library", "$120,000", "Grant"],
    ["2027", "Public Computers Upgrade", "$18,000", "Taxation"],
    ["2028", "Shelving Replacement", "$9,500", "Reserves"],
    ["2029", "Accessible Entrance Ramp", "$60,000", "Grant"],
    ["2030", "Heating System Renewal", "$75,000", "Financing"],
]


def slide(path: Path, *, caption: bool, right_side: bool) -> None:
    """A 16:9 slide: a large grey title and the forecast grid, ruled between every row and column, with or
    without its right side and with or without the caption row inside its frame."""
    page = canvas.Canvas(str(path), pagesize=(960, 540))
    page.setFillColor(colors.grey)
    page.setFont("Helvetica", 40)
    page.drawString(60, 470, "LIBRARY SERVICES CAPITAL")
    page.setFillColor(colors.black)
    data = ([[CAPTION, "", "", ""]] if caption else []) + [HEADER, *ROWS]
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 11),
        ("FONT", (0, 0), (-1, 1 if caption else 0), "Helvetica-Bold", 12),
        ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 12),
        ("LINEABOVE", (0, 0), (-1, -1), 1.0, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
        ("LINEBEFORE", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    if caption:
        style += [
            ("SPAN", (0, 0), (-1, 0)),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("LINEBEFORE", (1, 0), (-1, 0), 0, colors.white),
        ]
    if right_side:
        style.append(("LINEAFTER", (-1, 0), (-1, -1), 1.0, colors.black))
    table = Table(data, colWidths=[60, 260, 110, 110])
    table.setStyle(TableStyle(style))
    _, height = table.wrapOn(page, 960, 540)
    table.drawOn(page, 150, 430 - height)
    page.save()


def read_as_picture(tmp_path: Path, **drawn: bool) -> dict:
    typed = tmp_path / "typed.pdf"
    slide(typed, **drawn)
    scan = tmp_path / "slide.pdf"
    scan.write_bytes(scanned_document(typed.read_bytes(), PaperLook(Look(dpi=150, wide=True))))
    found = predicted_dict(scan, fast=False)["tables"]
    assert len(found) == 1, found
    return found[0]


def test_a_slide_table_printed_without_its_right_side_keeps_its_last_column(tmp_path: Path) -> None:
    table = read_as_picture(tmp_path, caption=False, right_side=False)
    assert table["header"] == HEADER
    assert table["rows"] == ROWS


def test_the_caption_inside_a_slide_table_frame_is_its_title_not_its_header(tmp_path: Path) -> None:
    table = read_as_picture(tmp_path, caption=True, right_side=True)
    assert (table["title"], table["header"]) == (CAPTION, HEADER)
    assert table["rows"] == ROWS


def test_a_rule_down_is_as_long_as_a_sixtieth_of_the_page_longer_side() -> None:
    """Portrait and landscape pictures of one page size ask for one length of rule down."""
    import numpy as np

    portrait, landscape = np.zeros((3508, 2480), np.uint8), np.zeros((2480, 3508), np.uint8)
    assert whole_rule_down_length(portrait) == whole_rule_down_length(landscape) == 3508 // 60
