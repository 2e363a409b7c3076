"""pdfplumber's page objects read by pypdfium2 must give the tables pdfminer's parse gives."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.colors import Color
from reportlab.pdfgen import canvas

from agendaparse.pdfium_objects import fits, plumber_objects
from agendaparse.tables import WORD_GAP_RATIO
from conftest import REAL, TABLES, needs_shared


def both_readings(path: Path, page_number: int) -> tuple[dict, dict, list, list]:
    """(pdfminer objects, pdfium objects, pdfminer tables, pdfium tables) of one page."""
    with pdfplumber.open(path) as pdf, pdfium.PdfDocument(str(path)) as document:
        page = pdf.pages[page_number - 1]
        native = page.objects
        native_tables = [table.extract(x_tolerance_ratio=WORD_GAP_RATIO) for table in page.find_tables()]
        page.flush_cache()
        pdfium_page = document[page_number - 1]
        assert fits(pdfium_page, page)
        page._objects = plumber_objects(pdfium_page, page)
        ours = page._objects
        our_tables = [table.extract(x_tolerance_ratio=WORD_GAP_RATIO) for table in page.find_tables()]
        pdfium_page.close()
    return native, ours, native_tables, our_tables


def assert_same_geometry(native: dict, ours: dict, kinds=("rect", "line")) -> None:
    """The same paths, each within a quarter point (pdfium keeps coordinates as 32-bit floats)."""
    box = lambda obj: (obj["x0"], obj["top"], obj["x1"], obj["bottom"])  # noqa: E731
    for kind in kinds:
        theirs, mine = sorted(map(box, native.get(kind, []))), sorted(map(box, ours.get(kind, [])))
        assert len(theirs) == len(mine), kind
        for a in theirs:
            match = next((b for b in mine if max(abs(p - q) for p, q in zip(a, b, strict=True)) <= 0.25), None)
            assert match is not None, (kind, a)
            mine.remove(match)


@needs_shared()
@pytest.mark.parametrize(
    "name, page",
    [
        ("souldern-pc/2023-08-31_spc_minutes_action_log.pdf", 4),  # action log across a page break
        ("cabinet-office/2011-07-19_transparency_board_tb8_action_log.pdf", 1),  # coloured status cells
        ("cabinet-office/2011-07-19_transparency_board_tb8_action_log.pdf", 2),
    ],
)
def test_real_action_logs_read_the_same(name: str, page: int) -> None:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{name} is not in this corpus")
    native, ours, native_tables, our_tables = both_readings(path, page)
    assert_same_geometry(native, ours)
    assert our_tables == native_tables
    fills = lambda objects: sorted(  # noqa: E731
        tuple(round(v, 2) for v in rect["non_stroking_color"]) for rect in objects["rect"] if rect["fill"]
    )
    assert len(fills(ours)) == len(fills(native))


@needs_shared(TABLES)
def test_a_table_set_sideways_reads_the_same() -> None:
    native, ours, native_tables, our_tables = both_readings(TABLES / "camelot__clockwise_table_1.pdf", 1)
    assert_same_geometry(native, ours)
    assert not any(char["upright"] for char in ours["char"] if char["text"].strip())
    assert our_tables[0][:3] == native_tables[0][:3]


def grid_pdf(path: Path, *, rotate: int = 0, origin: tuple[float, float] = (0, 0)) -> Path:
    """A 3x3 ruled grid with words in its cells and one shaded cell, on a page that may be rotated
    or have its media box away from the origin."""
    ox, oy = origin
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setPageRotation(rotate)
    pdf.translate(ox, oy)
    pdf.setFillColor(Color(0.9, 0.1, 0.1))
    pdf.rect(300, 600, 100, 40, stroke=0, fill=1)
    pdf.setFillColor(Color(0, 0, 0))
    for row in range(4):
        pdf.line(100, 560 + 40 * row, 400, 560 + 40 * row)
    for column in range(4):
        pdf.line(100 + 100 * column, 560, 100 + 100 * column, 680)
    words = [["Action", "Owner", "Status"], ["Publish data", "Jane Smith", "Red"], ["Review", "Bob Jones", "Green"]]
    for row, cells in enumerate(words):
        for column, word in enumerate(cells):
            pdf.drawString(105 + 100 * column, 655 - 40 * row, word)
    if origin != (0, 0):
        pdf.setPageSize((595, 842))
    pdf.showPage()
    pdf.save()
    if origin != (0, 0):
        import pikepdf

        with pikepdf.open(path, allow_overwriting_input=True) as document:
            document.pages[0].MediaBox = [ox, oy, ox + 595, oy + 842]
            document.save(path)
    return path


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
@pytest.mark.parametrize("origin", [(0, 0), (30, 50)])
def test_rotated_and_offset_pages_read_the_same(tmp_path: Path, rotate: int, origin: tuple[float, float]) -> None:
    path = grid_pdf(tmp_path / "grid.pdf", rotate=rotate, origin=origin)
    native, ours, native_tables, our_tables = both_readings(path, 1)
    assert_same_geometry(native, ours, kinds=("rect", "line"))
    assert native_tables and our_tables == native_tables
    centre = lambda c: (round((c["x0"] + c["x1"]) / 2), round((c["top"] + c["bottom"]) / 2))  # noqa: E731
    native_chars = [(c["text"], centre(c)) for c in native["char"]]
    our_chars = [(c["text"], centre(c)) for c in ours["char"]]
    near = 0
    for text, (x, y) in native_chars:  # pdfium may order a turned page's glyphs differently
        match = next((c for c in our_chars if c[0] == text and abs(c[1][0] - x) <= 1 and abs(c[1][1] - y) <= 2), None)
        if match:
            our_chars.remove(match)
            near += 1
    assert near >= 0.95 * len(native_chars)


@needs_shared()
def test_cells_by_row_band_equal_pdfplumbers_extract() -> None:
    from agendaparse.tables import extract_cells

    path = REAL / "cabinet-office/2011-07-19_transparency_board_tb8_action_log.pdf"
    if not path.exists():
        pytest.skip("the TB8 action log is not in this corpus")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            assert tables
            for table in tables:
                assert extract_cells(table, page.chars) == table.extract(x_tolerance_ratio=WORD_GAP_RATIO)
