"""Lists of references in a scanned table's column (stop 47, issue #5 'table cell accuracy'): a plan's 'Shared
Outcome' column lists the outcomes each commitment serves ('SO1, SO2, SO3'). Tesseract reads each cell's picture
with no idea of its column and returns '$01, S02, SO 3, 505': dev's Kent ICS priorities appendix as grey pictures
with OCR lost 68 of its 107 wrong cells so. :func:`agendaparse.tables.misreads.reference_lists` learns the column's
prefix from the references it read clean and reads every item of a cell that is wholly a list of misread ones as its
reference; a cell holding anything else is left as read.

Pass before (HEAD 815119b, where the menders lived in tables/scanned.py and none read a list): 0 of 4 (the two
columns, the menders together, the real page 12 as a grey picture); the guards and the two properties hold for the
code before, which changed no list.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.tables.misreads import mended_cells, reference_lists
from conftest import REAL, needs_shared

# the Shared Outcome column of the ICS appendix's page 7 as Tesseract read it from a 200 dpi grey picture
READ = ["$01,S02,SO 3,S04,SO5,S O06", "$02,S03", "$02,S03,SO 4,505,", "$01,SO05", "503", "S03, SO5", "SO3",
        "SO1", "S$03,S04", "$01,SO2, SO2 SO4", "", "SOI, $02", "804"]  # fmt: skip
MEANT = ["SO1,SO2,SO3,SO4,SO5,SO6", "SO2,SO3", "SO2,SO3,SO4,SO5,", "SO1,SO5", "SO3", "SO3, SO5", "SO3",
         "SO1", "SO3,SO4", "SO1,SO2, SO2 SO4", "", "SO1, SO2", "SO4"]  # fmt: skip


def column(cells: list[str]) -> list[list[str]]:
    return [["Deliver the plan", cell] for cell in cells]


def test_a_column_of_misread_reference_lists_reads_as_its_references() -> None:
    assert [row[1] for row in reference_lists(column(READ))] == MEANT


def test_the_first_letters_lost_or_doubled_still_read_in_a_reference_column() -> None:
    cells = ["SO1", "SO2", "01, 02", "SOO4", "$$O3"]
    assert [row[1] for row in reference_lists(column(cells))] == ["SO1", "SO2", "SO1, SO2", "SO4", "SO3"]


def test_the_menders_run_together_on_scanned_rows() -> None:
    rows = [["Al", "$01, S02", "£1,2OO.OO"], ["A2", "SO1", "£15.00"], ["A3", "SO3", "£4.50"]]
    assert mended_cells(rows) == [["A1", "SO1, SO2", "£1,200.00"], ["A2", "SO1", "£15.00"], ["A3", "SO3", "£4.50"]]


def test_words_and_mixed_cells_are_left_as_read() -> None:
    rows = [["Repair the fence", "SO1"], ["SO2 to do", "SO3"], ["SOS", "SO 3 and SO4"], ["Parish", "S05"]]
    assert [row[0] for row in reference_lists(rows)] == ["Repair the fence", "SO2 to do", "SOS", "Parish"]
    assert [row[1] for row in reference_lists(rows)][2] == "SO 3 and SO4"


def test_a_column_without_a_prefix_of_its_own_is_left_as_read() -> None:
    # one clean reference is no evidence; two prefixes as common as each other name none; numbers printed with a
    # leading zero ('R01') are no misreads
    for cells in (["SO1", "$02", "503"], ["A1", "B2", "A3", "B4", "502"], ["R01", "R02", "R03", "R10"]):
        assert reference_lists(column(cells)) == column(cells)


def test_a_column_of_codes_of_several_prefixes_is_left_as_read() -> None:
    """Polling districts (dev's Reading register as grey pictures): 'RW86' stood over 'RWB90' to 'RWB99', and read
    as the misread 'RWB6' of their prefix it lost four cells."""
    cells = ["RW84", "RW85", "RW86", "RW87", "RWB90", "RWB91", "RWB92", "RWB93", "RWB94", "RWB95", "RWBI1O01"]
    assert reference_lists(column(cells)) == column(cells)
    cells = ["RE41", "RE42", "REW43", "REW44", "REW51", "REWS2", "REW54"]
    assert reference_lists(column(cells)) == column(cells)


def test_money_and_counts_are_not_taken_for_references() -> None:
    cells = ["SO1", "SO2", "500", "250", "1,000", "805"]
    assert reference_lists(column(cells)) == column(cells)  # most cells are figures: the column is no list


PREFIXES = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ", min_size=1, max_size=3)
NUMBERS = st.integers(min_value=1, max_value=999)
SEPARATORS = st.sampled_from([",", ", ", "; ", " "])


@given(PREFIXES, st.lists(st.lists(NUMBERS, min_size=1, max_size=5), min_size=2, max_size=8), SEPARATORS)
def test_references_read_clean_are_never_changed(prefix: str, lists: list[list[int]], separator: str) -> None:
    cells = [separator.join(f"{prefix}{number}" for number in numbers) for numbers in lists]
    assert reference_lists(column(cells)) == column(cells)


@given(PREFIXES, st.lists(NUMBERS, min_size=2, max_size=6), st.lists(st.text(min_size=1, max_size=30), max_size=4))
def test_a_mended_cell_holds_only_the_columns_references(prefix: str, numbers: list[int], others: list[str]) -> None:
    cells = [f"{prefix}{number}" for number in numbers] + others
    for before, after in zip(cells, (row[1] for row in reference_lists(column(cells))), strict=True):
        if after != before:
            items = after.replace(",", " ").replace(";", " ").split()
            assert items and all(item.startswith(prefix) and item[len(prefix) :].isdigit() for item in items)


needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


@needs_shared()
@needs_ocr
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)")
def test_the_ics_shared_outcomes_read_from_a_grey_scan(tmp_path: Path) -> None:
    """Page 12 of the ICS appendix as a 200 dpi grey picture: its Shared Outcome lists read as printed (the text
    layer's 'SO2,SO3'), where Tesseract alone gave '$02,S03'-like items in five of its seven cells."""
    pytest.importorskip("cv2")
    from agendaparse.extract import extract_document
    from test_variant_rasterised import pages_stored_as

    source = REAL / "kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf"
    scan = pages_stored_as("rasterised", source, [12], tmp_path)
    born_digital = extract_document(source, ocr="never")
    printed = [row[4].replace(" ", "") for table in born_digital.tables if table.page_start == 12 for row in table.rows]
    read = [row[4].replace(" ", "") for table in extract_document(scan).tables for row in table.rows]
    assert read == printed
