"""RAG from colour on a colour scan (stop 46, issue #5 'RAG from colour'): a log whose Status cells are shaded red,
amber or green, scanned in colour (`agendaparse eval --variant rasterised-colour`: each page a 200 dpi colour picture,
no text layer), keeps its ratings. The scanned reader (:mod:`agendaparse.tables.scanned`) read only a grey copy of the
page, so every rating went: dev's Cabinet Office action logs as colour pictures read rag 0.0 where the born-digital
files read 100.0. It now reads the fill of each status cell from the page in colour (squared up as the grey picture
is), the paper's own tone left out (a yellowed sheet is not amber), and a table going on from the page before
without its header is rated in the column the table above rates, its first row too.

Pass before (the code of 4a6ff09, with the variant added): 0 of 4 (the grey scan's guard passed before as after).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.extract import extract_document
from agendaparse.tables import scanned
from agendaparse.variants import write_variant
from conftest import REAL, needs_shared

pytestmark = [
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed (scripts/system-deps.sh)"),
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)"),
]
pytest.importorskip("cv2")

FILLS = {"Red": (0.90, 0.20, 0.20), "Amber": (1.0, 0.75, 0.0), "Green": (0.45, 0.75, 0.30), "Blue": (0.15, 0.35, 0.80)}
YELLOWED = (0.95, 0.92, 0.80)  # an old sheet's paper: hue of amber, and no fill


def shaded_log(path: Path, pages: list[list[tuple[str, str, str | None]]], *, header_on_every_page: bool) -> Path:
    """An action log (Ref | Action | Owner | Status) on yellowed paper, each row's Status cell filled in its
    rating's colour with no word in it (None: not filled); ``pages``: the rows of each page."""
    page = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    lefts = [50, 100, 330, 450, 540]
    for number, rows in enumerate(pages):
        page.setFillColorRGB(*YELLOWED)
        page.rect(0, 0, width, height, stroke=0, fill=1)
        lines = [("Ref", "Action", "Owner", None)] if number == 0 or header_on_every_page else []
        lines += [(ref, action, owner, rating) for ref, action, owner, rating in rows]
        top, tall = 760, 36
        for index, (ref, action, owner, rating) in enumerate(lines):
            y = top - index * tall
            if rating:
                page.setFillColorRGB(*FILLS[rating])
                page.rect(lefts[3], y - tall, lefts[4] - lefts[3], tall, stroke=0, fill=1)
            page.setFillGray(0)
            page.setFont("Helvetica-Bold" if (ref, rating) == ("Ref", None) else "Helvetica", 10)
            texts = (ref, action, owner, "Status" if ref == "Ref" else "")
            for left, text in zip(lefts, texts, strict=False):
                page.drawString(left + 4, y - 22, text)
        page.setLineWidth(0.8)
        bottom = top - len(lines) * tall
        for left in lefts:
            page.line(left, top, left, bottom)
        for index in range(len(lines) + 1):
            page.line(lefts[0], top - index * tall, lefts[-1], top - index * tall)
        page.showPage()
    page.save()
    return path


ROWS = [
    ("A1", "Publish the annual report", "Clerk", "Green"),
    ("A2", "Repair the play area fence", "Estates lead", "Red"),
    ("A3", "Survey the churchyard trees", "Tree warden", "Amber"),
    ("A4", "Renew the insurance", "Treasurer", "Blue"),
    ("A5", "Agree the precept", "Chair", None),
]


def test_status_cells_of_a_colour_scan_are_rated_by_their_fill(tmp_path: Path) -> None:
    drawn = shaded_log(tmp_path / "log.pdf", [ROWS], header_on_every_page=True)
    scan = write_variant("rasterised-colour", drawn, tmp_path / "log_colour.pdf")
    tables = scanned.scanned_tables(str(scan), [1], "doc", None)
    assert [table.status_colours for table in tables] == [["Green", "Red", "Amber", "Blue", None]]


def test_a_grey_scan_says_nothing_of_colour(tmp_path: Path) -> None:
    drawn = shaded_log(tmp_path / "log.pdf", [ROWS], header_on_every_page=True)
    scan = write_variant("rasterised", drawn, tmp_path / "log_grey.pdf")
    tables = scanned.scanned_tables(str(scan), [1], "doc", None)
    assert [table.status_colours for table in tables] == [None]


def test_a_log_going_on_without_its_header_is_rated_in_the_same_column(tmp_path: Path) -> None:
    ratings = ["Green", "Red", "Amber"] * 7
    tasks = ["Publish the annual report", "Repair the play area fence", "Survey the churchyard trees"]
    logged = [(f"A{n + 1}", tasks[n % 3], "Clerk", rating) for n, rating in enumerate(ratings)]
    # the first page full to its foot (the header and 19 rows), the rest under no header on the next
    drawn = shaded_log(tmp_path / "log.pdf", [logged[:19], logged[19:]], header_on_every_page=False)
    scan = write_variant("rasterised-colour", drawn, tmp_path / "log_colour.pdf")
    rows = extract_document(scan).action_plan_rows
    assert [row.rag for row in rows] == ratings


@needs_shared()
@pytest.mark.parametrize(
    "relative",
    [
        "cabinet-office/2011_transparency_board_tb7_action_log.pdf",
        "cabinet-office/2011-03-02_transparency_board_action_log.pdf",
    ],
)
def test_a_board_action_log_scanned_in_colour_keeps_its_ratings(relative: str, tmp_path: Path) -> None:
    """Each log's rows rated as the born-digital file's are: Green and Amber by the Progress cells' fills, and none
    for the actions completed (dev gold: every rating of both logs)."""
    source = REAL / relative
    born_digital = [row.rag for row in extract_document(source, ocr="never").action_plan_rows]
    scan = write_variant("rasterised-colour", source, tmp_path / "scan.pdf")
    assert [row.rag for row in extract_document(scan).action_plan_rows] == born_digital
    assert {"Green", "Amber"} <= set(born_digital)
