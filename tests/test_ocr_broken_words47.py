"""A word broken at a line's end inside a scanned cell is read whole (stop 47, issue #5 'wrapped cells joined,
hyphenation repaired': "Timescal" / "e").

Word and reportlab break a word too wide for a narrow column where it reaches the rule ('Commence' / 'd October
2024'). A text layer's cell joins it again (`cells._rejoin_broken_words`: a line of one word reaching the cell's
right padding where not even the next line's first letter would fit). The scanned reader, which reads each cell's
picture with Tesseract, joined Tesseract's lines with a line break, so the Kent ICS appendix as grey pictures read
'commence d oct 2024' and '2024 to 2026 commissione d activity'. It now judges the same way from Tesseract's word
boxes (`scanned._words_rejoined`, through the rule `cells.broken_inside_word` both readers share).

Tesseract's boxes are tight to the ink, so the room a line leaves measures less surely than on a text layer: a
first version read the Souldern action log's 'Awaiting' / 'response' (set down at the space, leaving about a letter's
room) as one word. A scanned cell joins only a word's end of a few letters that is no word of its own ('d', 'ed').

Pass before (HEAD e51a5aa): 0 of 2 broken words (the drawn plan's 'Commence' / 'd'; ICS pages 10 and 11 as grey
pictures); the guards (lines of one word that leave room, a name wrapped at its space; the Souldern log) pass before
and after. A long word's end ('Commis' / 'sioned') stays a strict xfail.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agendaparse.extract import extract_document
from agendaparse.variants import write_variant
from conftest import REAL, needs_shared
from whole_tables import Grid, WholeTables

pytestmark = [
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed (scripts/system-deps.sh)"),
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)"),
]
pytest.importorskip("cv2")

HEADER = ["Action", "Lead officer", "Timescale", "Status"]
INTRO = "The plan below sets out the transport actions agreed by the board and the officer leading each of them."


def scanned_cells(rows: list[list[str]], widths: list[float], tmp_path: Path) -> list[list[str]]:
    """The body cells of a plan drawn with reportlab (long words broken at the column's edge), read from its 200 dpi
    grey picture with OCR."""
    document = WholeTables("plan", "words", ["# Local transport action plan", INTRO, Grid(HEADER, rows, widths)], [])
    drawn = tmp_path / "plan.pdf"
    document.render(drawn)
    scan = write_variant("rasterised", drawn, tmp_path / "scan.pdf")
    tables = extract_document(scan).tables
    assert len(tables) == 1, [table.rows for table in tables]
    return tables[0].rows


BROKEN = [
    ["Publish the school streets pilot findings", "Head of Highways", "Commenced October 2024", "On track"],
    ["Consult on the cycle network plan", "Transport Planner", "Commissioned activity", "Not started"],
]


def test_a_word_broken_at_a_narrow_columns_edge_is_read_whole(tmp_path: Path) -> None:
    read = scanned_cells(BROKEN, [200, 100, 44, 70], tmp_path)
    assert " ".join(read[0][2].split()) == "Commenced October 2024"  # 'Commence' / 'd October 2024'


def test_a_long_end_of_a_broken_word_is_read_whole(tmp_path: Path) -> None:
    read = scanned_cells(BROKEN, [200, 100, 44, 70], tmp_path)
    assert " ".join(read[1][2].split()) == "Commissioned activity"


def test_lines_of_words_that_leave_room_stay_apart(tmp_path: Path) -> None:
    rows = [
        ["Publish the school streets pilot findings", "Head of Highways", "Ongoing review", "On track"],
        ["Consult on the cycle network plan", "Lead officer", "From April", "Not started"],
    ]
    read = scanned_cells(rows, [200, 60, 70, 70], tmp_path)
    assert [" ".join(row[2].split()) for row in read] == ["Ongoing review", "From April"]
    assert [" ".join(row[1].split()) for row in read] == ["Head of Highways", "Lead officer"]


@needs_shared()
def test_the_ics_timescales_read_whole_from_a_grey_scan(tmp_path: Path) -> None:
    """Pages 10 and 11 of the ICS appendix as 200 dpi grey pictures: 'Commenced' and 'commissioned', each broken at the
    narrow Timescale column's edge, read as the text layer holds them."""
    from test_variant_rasterised import pages_stored_as

    ics = REAL / "kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf"
    scan = pages_stored_as("rasterised", ics, [10, 11], tmp_path)
    timescales = [" ".join(row[2].split()) for table in extract_document(scan).tables for row in table.rows]
    assert "2024 to 2026 commissioned activity" in timescales
    assert any(cell.startswith("Ongoing Oct 2025 Commenced Oct 2024") for cell in timescales), timescales


@needs_shared()
def test_a_word_set_down_at_a_space_stays_apart_on_a_grey_scan(tmp_path: Path) -> None:
    """Page 5 of the Souldern minutes of 27 November 2025 as a grey picture: the action log's Update 'Completed' /
    'Awaiting' / 'response' (dev gold: 'Completed Awaiting response')."""
    from test_variant_rasterised import pages_stored_as

    scan = pages_stored_as("rasterised", REAL / "souldern-pc/2025-11-27_spc_minutes.pdf", [5], tmp_path)
    updates = [" ".join(row[3].split()) for table in extract_document(scan).tables for row in table.rows]
    assert "Completed Awaiting response" in updates, updates
