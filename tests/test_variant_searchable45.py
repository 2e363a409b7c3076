"""Searchable scans read as their born-digital originals (stop 45): a scan's rules are found from its pixels, so they
stop a little short of or run a little past where a drawing program puts them, and a cell's fill stops a pixel or two
inside its rules. Each shape below cost rows or whole tables on `agendaparse eval --variant searchable`:

- A cell's fill drawn where the pixels show it: its sides (a point or two inside the cell's rules) became rules of
  their own, sliver columns that cut the Kent ICS appendix's plans in two at a shaded cell (page 5 lost its header
  and first rows; page 9 read as two tables of two and three columns). A fill is drawn as the cell it shades.
- Rules across running past the grid's sides: ruled._seam only looked at rules lying wholly inside the table, so it
  saw the fills' edges alone and took a column rule for the seam between two grids. An edge lying across the table
  and overlapping it now counts.
- Ends of rules running past the outermost rule they cross (a thick side rule, a rule read from its pixels): the
  reader closed the grid at their ends, a sliver column at each side, which searchable.py dropped as empty columns,
  and with them an empty column of the grid (the Souldern action log's Update column on the page its table goes on
  to, so the table no longer joined the one before it). Ends are cut back to the rule they cross; empty columns
  stay.
- Rules of two grids set side by side a few points apart and out of line merged into one rule running across both
  (Nipissing's capital and reserves plans, page 2): pieces of one rule meet within a rule's width, or lie in line.
- Two grids side by side whose rules across run into each other (Nipissing page 5): told apart by where their
  column rules end (ruled._seam_between_feet); a grid with a totals row merged over its first columns is one grid.
- The scanned reader (pages as pictures, read by OCR) now splits grids at such seams too: the Nipissing slides'
  plans set side by side read as one grid of both (`--variant rasterised`: that document's cells 69.3 -> 78.0).

Before (code of 88e1e8c): 9 of 10 fail (three for want of the new helpers); the grid with a totals row
was one table before as after. Fast dev+searchable then: cells 84.0, tables F1 89.2, plan rows F1 90.3, actions core
F1 92.6.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from agendaparse.extract import extract_document
from agendaparse.tables import ruled, searchable
from conftest import REAL, needs_ocr, needs_shared

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (poppler-utils)")
pytest.importorskip("cv2")

PLAN_HEADER = ["What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"]
LOG_HEADER = ["No", "Action", "Owner", "Update"]


def searchable_pages_of(source: Path, numbers: list[int], folder: Path) -> Path:
    """The pages ``numbers`` (1-based) of ``source`` as a searchable scan: a picture of each under its own text."""
    from test_variant_rasterised import pages_stored_as

    return pages_stored_as("searchable", source, numbers, folder)


@needs_shared()
def test_shaded_cells_keep_the_plan_whole(tmp_path: Path) -> None:
    scan = searchable_pages_of(REAL / "kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf", [5, 9], tmp_path)
    tables = extract_document(scan, ocr="never").tables
    assert [(table.page_start, table.header) for table in tables] == [(1, PLAN_HEADER), (2, PLAN_HEADER)]
    first, second = tables
    assert first.n_rows == 9 and first.rows[1][:3] == [
        "Optimise the opportunity of family hubs to demonstrate improvement in the outcomes for infants, children "
        "and young people through the roles of the family hub workforce",
        "Lead for Family Hubs",
        "Mar 2026",
    ]
    assert second.n_rows == 8 and second.rows[1][:3] == [
        "Deliver Adult social care prevention programme",
        "CPH lead",
        "2027",
    ]


@needs_shared()
def test_an_empty_column_keeps_a_log_going_on_over_the_page(tmp_path: Path) -> None:
    scan = searchable_pages_of(REAL / "souldern-pc/2023-08-31_spc_minutes_action_log.pdf", [4, 5], tmp_path)
    logs = [table for table in extract_document(scan, ocr="never").tables if table.header == LOG_HEADER]
    assert [(table.page_start, table.page_end, table.n_rows) for table in logs] == [(1, 2, 9)]
    assert logs[0].rows[-1][:3] == [
        "Aug23.03",
        "EV charging points - . NO will attend the Webinar on 20th September.",
        "NO",
    ]


@needs_shared()
def test_grids_side_by_side_are_two_tables(tmp_path: Path) -> None:
    scan = searchable_pages_of(
        REAL / "nipissing-township/2024_capital_budget_2024-2034_forecast_slides.pdf", [2, 5], tmp_path
    )
    tables = extract_document(scan, ocr="never").tables
    for page in (1, 2):
        headers = sorted(table.header[:2] for table in tables if table.page_start == page)
        assert headers == [["YEAR", "PROJECT DESCRIPTION"], ["YEAR", "RESERVE DESCRIPTION"]], page


@needs_shared()
@needs_ocr
def test_grids_side_by_side_as_a_picture_are_two_tables(tmp_path: Path) -> None:
    from test_variant_rasterised import scanned_page_tables

    tables = scanned_page_tables("nipissing-township/2024_capital_budget_2024-2034_forecast_slides.pdf", 2, tmp_path)
    assert sorted(table.header[:2] for table in tables) == [
        ["YEAR", "PROJECT DESCRIPTION"],
        ["YEAR", "RESERVE DESCRIPTION"],
    ]


def rule(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def test_a_fill_is_drawn_as_the_cell_it_shades() -> None:
    rules = [rule(10, 10, 200, 10), rule(10, 40, 200, 40), rule(10, 10, 10, 40), rule(100, 10, 100, 40)]
    rules.append(rule(200, 10, 200, 40))
    assert searchable._shaded_cell((101.5, 11.2, 198.4, 38.9), rules) == (100, 10, 200, 40)
    assert searchable._shaded_cell((120, 15, 160, 30), rules) is None  # a badge inside the cell: no cell


def test_ends_past_the_last_rule_crossed_are_cut_back() -> None:
    rules = [rule(8.5, 10, 203.5, 10), rule(10, 9, 10, 60), rule(200, 9, 200, 60), rule(8.5, 60, 150, 60)]
    trimmed = searchable._trimmed_rules(rules)
    assert trimmed[0]["x0"] == 10 and trimmed[0]["x1"] == 200
    assert (trimmed[1]["x0"], trimmed[1]["x1"]) == (10, 150)  # its right end crosses nothing near it
    downs = [r for r in trimmed if r["x0"] == r["x1"]]
    assert [(r["top"], r["bottom"]) for r in downs] == [(10, 60), (10, 60)]


def test_pieces_of_a_rule_join_and_rules_of_two_grids_do_not() -> None:
    broken = searchable._merged_rules([rule(10, 100, 95, 100), rule(96.5, 101.5, 300, 101.5)])
    assert [(r["x0"], r["x1"]) for r in broken] == [(10, 300)]
    in_line = searchable._merged_rules([rule(10, 100, 95, 100), rule(98, 100.5, 300, 100.5)])
    assert [(r["x0"], r["x1"]) for r in in_line] == [(10, 300)]
    two_grids = searchable._merged_rules([rule(10, 193.2, 382.9, 193.2), rule(386.3, 196.0, 787, 196.0)])
    assert sorted((r["x0"], r["x1"]) for r in two_grids) == [(10, 382.9), (386.3, 787)]


def grids_pdf(path: Path, *, right_foot: float, totals_row: bool = False) -> Path:
    """Two ruled grids side by side, the right one's rules across starting 5 pt inside the left one (as rules read
    from a scan's pixels run on), the right one ending at ``right_foot``; with ``totals_row``, one grid of eight
    columns whose last row is merged over its first four."""
    page = canvas.Canvas(str(path), pagesize=landscape(A4))
    height = landscape(A4)[1]
    page.setLineWidth(0.75)
    left_xs, right_xs = [60, 120, 200, 250, 300], [300, 360, 440, 490, 540]
    left_rows = [100 + 20 * index for index in range(8)]
    right_rows = [100 + 27 * index for index in range(6)]
    right_rows[-1] = right_foot
    if totals_row:
        right_rows = left_rows
    for xs, rows in ((left_xs, left_rows), (right_xs, right_rows)):
        start = xs[0] - 5 if xs is right_xs and not totals_row else xs[0]
        for y in rows:
            page.line(start, height - y, xs[-1], height - y)
        for x in xs:
            foot = rows[-1]
            if totals_row and xs is left_xs and x not in (60, 300):
                foot = rows[-2]  # the totals row merged over the first four columns
            page.line(x, height - rows[0], x, height - foot)
    page.setFont("Helvetica", 8)
    for xs, rows, names in ((left_xs, left_rows, "ABCD"), (right_xs, right_rows, "EFGH")):
        for row, y in enumerate(rows[:-1]):
            for column, x in enumerate(xs[:-1]):
                page.drawString(x + 3, height - y - 12, f"{names[column]}{row}")
    page.save()
    return path


def test_grids_side_by_side_with_different_feet_are_two_tables(tmp_path: Path) -> None:
    tables = extract_document(grids_pdf(tmp_path / "two.pdf", right_foot=220), ocr="never").tables
    assert sorted(table.header[0] for table in tables) == ["A0", "E0"]


def test_a_grid_with_a_totals_row_is_one_table(tmp_path: Path) -> None:
    path = grids_pdf(tmp_path / "one.pdf", right_foot=240, totals_row=True)
    tables = extract_document(path, ocr="never").tables
    assert [table.n_cols for table in tables] == [8]


def test_seam_found_by_feet_needs_both_grids_level_at_their_feet() -> None:
    def down(x: float, foot: float) -> dict:
        return {"orientation": "v", "x0": x, "x1": x, "top": 100, "bottom": foot}

    def across(start: float, end: float, y: float) -> dict:
        return {"orientation": "h", "x0": start, "x1": end, "top": y, "bottom": y}

    left = [down(x, 260) for x in (60, 120, 200, 250)] + [across(60, 300, y) for y in (100, 150, 260)]
    right = [down(x, 235) for x in (300, 360, 440, 540)] + [across(295, 540, y) for y in (110, 170, 235)]
    assert ruled._seam_between_feet(left + right, 60, 540) == 300  # the left grid's side, drawn by the right one
    ragged = [dict(edge, bottom=200) if edge["x0"] == 120 else edge for edge in left]
    assert ruled._seam_between_feet(ragged + right, 60, 540) is None
