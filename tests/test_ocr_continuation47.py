"""A table going on over a scanned page under its heading as OCR read it again (stop 47, issue #5 'continuation
across pages'). Tables on consecutive pages under the same column names are one table unless each carries a
heading and the headings differ (slides of one series, '... ~ Public Health' then '... ~ Public Health Education').
OCR reads a heading a little differently on each page: dev's Kent ICS appendix as grey pictures read page 25's title
'Proposed Priorities to Improve Health and Wellbein' (the rest of the line read apart) under page 24's '... Wellbeing
~ Adult Social Care', and the plan's last five commitments became a table of their own (25 cells lost). On a page
read by OCR two headings are now one when they differ only by runs of a character or two, or when one stops inside
a word; a heading going on past the other's last whole word, or with another figure, is still another.

Pass before (HEAD 815119b, headings compared as printed): 4 of 8 (the four guards of a series).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agendaparse.tables.continuation import _same_heading_read
from conftest import REAL, needs_shared

TITLE = "Proposed Priorities to Improve Health and Wellbeing ~ Adult Social Care"


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        (TITLE, "Proposed Priorities to Improve Health and Wellbein"),  # the rest of the line read apart
        (TITLE, "Proposed Priorities to lmprove Health and Wellbeing - Adult Social Care"),  # a letter, a mark
        ("Action log as of 2 March 2011", "Actlon log as of 2 March 2011 (continued)"),
    ],
)
def test_one_heading_read_twice_by_ocr(upper: str, lower: str) -> None:
    assert _same_heading_read(upper, lower) and _same_heading_read(lower, upper)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("Priorities to improve health ~ Public Health", "Priorities to improve health ~ Public Health Education"),
        ("Ward 1 results", "Ward 2 results"),
        ("Budget monitoring 2024", "Budget monitoring 2025"),
        ("Paid by standing order", "Invoices to be approved"),
    ],
)
def test_headings_of_a_series_stay_apart(upper: str, lower: str) -> None:
    assert not _same_heading_read(upper, lower) and not _same_heading_read(lower, upper)


@needs_shared()
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)")
def test_the_ics_plan_goes_on_over_a_grey_scan_page(tmp_path: Path) -> None:
    """Pages 24 and 25 of the ICS appendix as 200 dpi grey pictures: one table of the four commitments of page 24
    and the section row and four commitments of page 25 (as the dev gold and the born-digital file read them)."""
    pytest.importorskip("cv2")
    from agendaparse.extract import extract_document
    from test_variant_rasterised import pages_stored_as

    ics = REAL / "kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf"
    scan = pages_stored_as("rasterised", ics, [24, 25], tmp_path)
    tables = extract_document(scan).tables
    assert [(table.page_start, table.page_end, table.n_rows) for table in tables] == [(1, 2, 10)]
    assert tables[0].rows[5][0].startswith("More people age and live well at home")
