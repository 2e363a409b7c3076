# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""A word run on over the rule into the next cell is read whole in its own cell (stop 46, issue #5 'wrapped cells
joined').

A word too wide for a narrow column is not always broken: tables printed from HTML pages and some generated reports
let it run on over the column's rule, and a scanned rule broken where the word crosses it, closed again when the page
is read, runs through the word. pdfplumber gives each glyph to the cell its centre lies in, so 'Commenced' in a
Timescale column read 'Commence' with a 'd' in the Status cell beside it. `cells.extract_cells` now gives a word (a
run of glyphs along one line with no word gap between them) whole to the cell holding most of it.

Each case is a whole document drawn with reportlab (``whole_tables``, ``Grid.overflow``: long words not split), read
through the real code path (``predicted_dict``, fast) and scored with the evaluator's ``score_document`` for tables
only; a case passes when every table figure is 1.0.

Pass before (the code of 4a6ff09): the first two cases fail ('Commence' | 'd On track', 'Commenc' | 'ed'); the guards
pass, before as after.

Layout learned from the Kent ICS priorities appendix in ../shared/corpus/real (a narrow Timescale column holding
'Commenced'); names and wording changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agendaparse.extract import extract_document
from conftest import REAL, needs_shared
from whole_tables import Grid, WholeTables, scored, shortfalls

INTRO = "The plan below sets out the transport actions agreed by the board and the officer leading each of them."
HEADER = ["Action", "Lead officer", "Timescale", "Status"]


def _doc(name: str, widths: list[float], rows: list[list[str]]) -> WholeTables:
    return WholeTables(name, "words", ["# Local transport action plan", INTRO, Grid(HEADER, rows, widths, overflow=True)], [])


DOCUMENTS = [
    # 'Commenced' (45.3 pt at 8 pt Helvetica) from 6 pt padding in a 47 pt column: its 'd' past the rule, clear of
    # the next cell's text
    _doc("last_letter_over_the_rule", [190, 100, 47, 70],
         [["Publish the school streets pilot findings", "Head of Highways", "Commenced", "On track"],
          ["Consult on the cycle network plan", "Transport Planner", "2026", "Not started"]]),
    # in a 44 pt column its 'ed' past the rule; the cell beside it empty
    _doc("two_letters_over_the_rule", [190, 100, 44, 70],
         [["Publish the school streets pilot findings", "Head of Highways", "Commenced", ""],
          ["Consult on the cycle network plan", "Transport Planner", "2026", "Not started"]]),
    # guards: words filling their cells to the padding on both sides of a rule stay in their own cells
    _doc("words_either_side_of_a_rule", [190, 100, 58, 70],
         [["Publish the school streets pilot findings", "Head of Highways", "Commenced", "Underway"],
          ["Consult on the cycle network plan", "Neighbourhoods", "Superseded", "Complete"]]),
    _doc("figures_either_side_of_a_rule", [190, 100, 40, 40],
         [["Resurface the market square car park", "Head of Highways", "2025/26", "2026/27"],
          ["Renew the town centre signage", "Transport Planner", "2026/27", "2027/28"]]),
]  # fmt: skip


@pytest.mark.parametrize("document", [pytest.param(document, id=document.name) for document in DOCUMENTS])
def test_word_run_over_a_rule_is_read_in_its_own_cell(document: WholeTables, tmp_path: Path) -> None:
    figures, gold, predicted = scored(document, tmp_path)
    read = [table["rows"] for table in predicted["tables"]]
    assert shortfalls({"tables": figures["tables"]}) == [], ([table["rows"] for table in gold["tables"]], read)


@needs_shared()
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)")
def test_a_scanned_rule_broken_where_a_word_crosses_it_still_parts_the_row(tmp_path: Path) -> None:
    """The Kent ICS appendix's page 11 as a searchable scan: 'Commenced' runs over the rule between the Timescale and
    Measure columns, so the rule read from the picture is broken there and the row ran on into one cell from
    Timescale to Measure ('... Improvement Commenced governance committee ... Invites Oct 24 from ...'). The break is
    closed (searchable._crossed_gaps_closed) and the word read whole on its side of the rule."""
    pytest.importorskip("cv2")
    from test_variant_rasterised import pages_stored_as

    source = REAL / "kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf"
    scan = pages_stored_as("searchable", source, [11], tmp_path)
    rows = [row for table in extract_document(scan, ocr="never").tables for row in table.rows]
    research = next(row for row in rows if row[0].startswith("Research - Develop"))
    assert research[1:3] == ["CPH", "Commenced Oct 24 Commenced Oct 24"]
    assert research[3].startswith("- New Joint post for Research Coordination Lead set up")
