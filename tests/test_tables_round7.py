"""Tables as slide decks, Word exports and system reports print them (round 7): grids drawn
without their outer sides, a caption row inside the frame, column rules that move between the
header and the body, cell shading inset by the cell padding, slanted slide decoration, words
broken inside a narrow column, side-by-side tables, two tables of a deck under one header, and
listings whose records print over two lines. Each case is a generated PDF with known truth run
through :func:`tables.find_tables`."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from agendaparse import tables
from agendaparse.pdf import read_document
from conftest import REAL, make_table, needs_shared

HEADER = ["YEAR", "PROJECT DESCRIPTION", "ESTIMATE", "METHOD"]
BODY = [
    ["2024", "Replace admin vehicle", "$45,000", "Taxes"],
    ["2025", "Paint interior of hall", "$7,500", "Reserves"],
    ["2026", "Roof repairs", "$12,000", "Grant"],
    ["2027", "New boiler", "$9,000", "Taxes"],
]
COLUMNS = [60.0, 110.0, 300.0, 380.0]  # left edge of each column
RIGHT = 470.0


def _find(pdf: bytes, tmp_path) -> list:
    path = tmp_path / "case.pdf"
    path.write_bytes(pdf)
    read = read_document(path, ocr="never")
    return tables.find_tables(read.data or path, read.pages, "test")


def _grid(
    page: canvas.Canvas,
    *,
    top: float = 700.0,
    title: str | None = None,
    left_side: bool = True,
    right_side: bool = True,
    lefts: list[float] = COLUMNS,
    right: float = RIGHT,
    header_shift: float = 0.0,
    rows: list[list[str]] = BODY,
    header: list[str] = HEADER,
    pitch: float = 18.0,
    thin_bars: bool = False,
) -> float:
    """Draw a ruled table from ``top`` (PDF points from the page foot) down; return its foot."""
    lines = ([title] if title else []) + [header] + rows
    rule_ys = [top - pitch * index for index in range(len(lines) + 1)]

    def vertical(x: float, y0: float, y1: float) -> None:
        if thin_bars:  # rules drawn as thin filled bars, as slide and Word exports do
            page.rect(x - 0.2, y1, 0.4, y0 - y1, stroke=0, fill=1)
        else:
            page.line(x, y0, x, y1)

    for y in rule_ys:
        page.line(lefts[0], y, right, y)
    for index, line in enumerate(lines):
        y0, y1 = rule_ys[index], rule_ys[index + 1]
        is_title = title is not None and index == 0
        is_header = index == (1 if title else 0)
        edges = [lefts[0], right] if is_title else [*lefts, right]
        for position, x in enumerate(edges):
            outer = position == 0 or position == len(edges) - 1
            if outer and not (left_side if position == 0 else right_side):
                continue
            shifted = x + header_shift if is_header and not outer and position == len(edges) - 2 else x
            vertical(shifted, y0, y1)
        if is_title:
            page.drawString(lefts[0] + 4, y1 + 5, line)
            continue
        for column, text in enumerate(line):
            x = lefts[column] + (header_shift if is_header and column == len(line) - 1 else 0.0)
            page.drawString(x + 4, y1 + 5, text)
    return rule_ys[-1]


def _pdf(draw, size=A4) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=size)
    page.setFont("Helvetica", 9)
    draw(page)
    page.save()
    return buffer.getvalue()


# ---------------------------------------------------------------- grids without their outer sides


@pytest.mark.parametrize(
    ("left_side", "right_side", "thin_bars"),
    [(True, False, False), (False, True, False), (False, False, False), (True, False, True), (True, True, False)],
)
def test_a_grid_without_its_outer_sides_keeps_every_column(tmp_path, left_side, right_side, thin_bars):
    def draw(page):
        page.setFont("Helvetica-Bold", 14)
        page.drawString(60, 760, "Capital programme")
        page.setFont("Helvetica", 9)
        _grid(page, left_side=left_side, right_side=right_side, thin_bars=thin_bars)

    found = _find(_pdf(draw), tmp_path)
    assert len(found) == 1
    assert found[0].header == HEADER
    assert found[0].rows == BODY


def test_stacked_boxes_with_sides_are_not_joined_across_the_gap(tmp_path):
    """Short grids one under another, each closed, sharing their left and right ends: each stays
    its own table (an action log printed as one small grid per heading)."""

    def draw(page):
        top = 760.0
        for heading in ("Secretariat", "Collaboration space", "Benefits cases"):
            page.drawString(60, top + 6, heading)
            rows = [["Circulate the minutes", "KK", "New"], ["Publish the note", "HS", "Ongoing"]]
            _grid(page, top=top, lefts=[60.0, 330.0, 400.0], header=["Action", "Owner", "Status"], rows=rows)
            top -= 120

    found = _find(_pdf(draw), tmp_path)
    assert len(found) == 3
    assert all(len(table.rows) == 2 for table in found)


# ---------------------------------------------------------------- caption row, offset rules, shading


def test_a_caption_row_inside_the_frame_is_the_title(tmp_path):
    def draw(page):
        _grid(page, title="GENERAL GOVERNMENT RESERVES PLAN", right_side=False)

    found = _find(_pdf(draw), tmp_path)
    assert len(found) == 1
    assert found[0].title == "GENERAL GOVERNMENT RESERVES PLAN"
    assert found[0].header == HEADER
    assert found[0].rows == BODY


def test_a_caption_of_two_rows_is_the_title(tmp_path):
    def two_rows(page):  # a caption row drawn above the grid's own caption row
        page.line(COLUMNS[0], 718, RIGHT, 718)
        page.line(COLUMNS[0], 718, COLUMNS[0], 700)
        page.line(RIGHT, 718, RIGHT, 700)
        page.drawString(COLUMNS[0] + 4, 705, "Calendar Year - 2012")
        _grid(page, title="DISCLOSURE REPORT")

    found = _find(_pdf(two_rows), tmp_path)
    assert len(found) == 1
    assert found[0].title == "Calendar Year - 2012 DISCLOSURE REPORT"
    assert found[0].header == HEADER


def test_a_column_rule_drawn_further_on_in_the_body_makes_no_extra_column(tmp_path):
    def draw(page):
        _grid(page, header_shift=-18.0)

    found = _find(_pdf(draw), tmp_path)
    assert len(found) == 1
    assert found[0].n_cols == 4
    assert found[0].header == HEADER
    assert found[0].rows == BODY


def test_cell_shading_inset_by_the_padding_does_not_split_the_cell(tmp_path):
    def draw(page):
        page.setFillColorRGB(0.9, 0.9, 0.9)
        y0, y1 = 700 - 18 * 2, 700 - 18  # the first body row
        for left, right in zip(COLUMNS, [*COLUMNS[1:], RIGHT], strict=True):
            page.rect(left, y0, right - left, y1 - y0, stroke=0, fill=1)  # the cell
            page.rect(left + 5, y0 + 2, right - left - 10, y1 - y0 - 4, stroke=0, fill=1)  # its paragraph
        page.setFillColorRGB(0, 0, 0)
        _grid(page)

    found = _find(_pdf(draw), tmp_path)
    assert len(found) == 1
    assert found[0].n_cols == 4
    assert found[0].rows == BODY


def test_slanted_slide_decoration_does_not_cut_the_page_into_cells(tmp_path):
    def draw(page):
        page.setFillColorRGB(0.5, 0.7, 0.2)
        path = page.beginPath()
        path.moveTo(700, 595)
        path.lineTo(842, 595)
        path.lineTo(842, 0)
        path.lineTo(600, 0)
        path.close()
        page.drawPath(path, stroke=0, fill=1)
        page.setFillColorRGB(0, 0, 0)
        page.line(560, 595, 760, 0)  # a thin slanted stroke across the slide
        page.rect(0, 0, 842, 595, stroke=0, fill=0)
        _grid(page, top=450, right_side=False)

    found = _find(_pdf(draw, landscape(A4)), tmp_path)
    assert len(found) == 1
    assert found[0].header == HEADER
    assert found[0].rows == BODY


# ---------------------------------------------------------------- reading order and decks


def test_side_by_side_tables_read_left_to_right():
    right = make_table(["Year", "Reserve"], [["2024", "$3,000"]], bbox=(388.0, 142.0, 787.0, 470.0))
    left = make_table(["Year", "Project"], [["2024", "Vehicle"]], bbox=(16.0, 196.0, 383.0, 386.0))
    below = make_table(["Year", "Fleet"], [["2024", "Truck"]], bbox=(16.0, 480.0, 383.0, 520.0))
    following = make_table(["Year", "Fleet"], [["2025", "Grader"]], page=2, bbox=(300.0, 40.0, 500.0, 90.0))
    ordered = tables._reading_order([right, left, below, following])
    assert ordered == [left, right, below, following]


def test_side_by_side_grids_are_not_read_again_as_one_unruled_table(tmp_path):
    def draw(page):
        _grid(page, top=520, title="LEFT PLAN", lefts=[20.0, 60.0, 200.0, 260.0], right=320.0)
        _grid(page, top=560, title="RIGHT PLAN", lefts=[420.0, 460.0, 600.0, 660.0], right=720.0)

    found = _find(_pdf(draw, landscape(A4)), tmp_path)
    assert [table.title for table in found] == ["LEFT PLAN", "RIGHT PLAN"]
    assert all(table.rows == BODY for table in found)


@pytest.mark.parametrize(("second", "expected"), [("Priorities ~ Public Health", 1), ("Priorities ~ Education", 2)])
def test_a_deck_slide_under_another_heading_is_another_table(tmp_path, second, expected):
    def draw(page):
        for heading in ("Priorities ~ Public Health", second):
            page.setFont("Helvetica-Bold", 14)
            page.drawString(60, 560, heading)
            page.setFont("Helvetica", 9)
            _grid(page, top=540)
            page.showPage()
            page.setFont("Helvetica", 9)

    found = _find(_pdf(draw, landscape(A4)), tmp_path)
    assert len(found) == expected
    assert sum(len(table.rows) for table in found) == 2 * len(BODY)


# ---------------------------------------------------------------- words broken in a narrow column


def _narrow_cell(page: canvas.Canvas, lines: list[str], width: float, x: float = 400.0, top: float = 682.0) -> float:
    for index, text in enumerate(lines):
        page.drawString(x + 4, top - 12 * index, text)
    return x + width


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        (["SO1,SO2,SO", "3,SO4,SO5,S", "O6"], "SO1,SO2,SO3,SO4,SO5,SO6"),
        (["Timescal", "e"], "Timescale"),
        (["Commence", "d Oct", "2024"], "Commenced Oct 2024"),
        (["Shared", "Outcom", "e"], "Shared Outcome"),  # a new word (a capital) on the next line
        (["Mar", "2026"], "Mar 2026"),
        (["Between", "2029-32"], "Between 2029-32"),
        (["SO1,SO2,", "SO3"], "SO1,SO2, SO3"),  # broken after a comma: kept apart
    ],
)
def test_a_word_broken_in_a_narrow_column_is_joined_again(tmp_path, printed, expected):
    widest = max(len(text) for text in printed)

    def draw(page):
        page.setFont("Helvetica", 9)
        # the cell is as wide as its longest line plus the padding: a broken word fills it
        width = max(page.stringWidth(text, "Helvetica", 9) for text in printed) + 8 if widest >= 6 else 60.0
        lefts, right = [60.0, 200.0, 400.0], 400.0 + width
        page.line(lefts[0], 700, right, 700)
        page.line(lefts[0], 688, right, 688)
        depth = 688 - 12 * len(printed) - 4
        page.line(lefts[0], depth, right, depth)
        for y in (depth - 14, depth - 28):
            page.line(lefts[0], y, right, y)
        for x in [*lefts, right]:
            page.line(x, 700, x, depth - 28)
        for x, text in zip(lefts, ["Action", "Lead", "Code"], strict=True):
            page.drawString(x + 4, 691, text)
        page.drawString(64, 676, "Publish the plan")
        page.drawString(204, 676, "Clerk")
        _narrow_cell(page, printed, width, top=676)
        for y, (action, code) in zip((depth - 10, depth - 24), [("Review", "SO1"), ("Report", "SO2")], strict=True):
            page.drawString(64, y, action)
            page.drawString(204, y, "Chair")
            page.drawString(404, y, code)

    found = _find(_pdf(draw), tmp_path)
    assert len(found) == 1
    assert found[0].rows[0][2] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Grant/Reserves/\nTaxation", "Grant/Reserves/Taxation"),
        ("10.7% (-\n1.9p.p.)", "10.7% (-1.9p.p.)"),
        ("(aged 16-\n64)", "(aged 16-64)"),
        (
            "comments here: http://example.org/notes/\nMy ideal solution",
            "comments here: http://example.org/notes/ My ideal solution",
        ),
        ("Taxation/Reserves\nGrant", "Taxation/Reserves Grant"),
    ],
)
def test_lines_broken_after_a_hyphen_or_slash_join_without_a_space(cell, expected):
    assert tables.clean_cell(cell) == expected


# ---------------------------------------------------------------- records printed over two lines


STATIONS = [
    ("RE1", "New Hope Community Church Centre, 95 York Road", "L", "Abbey Ward NO.1"),
    ("RE2", "Sir Herman Gollancz Hall, Clifton Street", "LA", "Abbey Ward NO.2"),
    ("RE3", "Wesley Church Hall, Queens Road", "LB", "Abbey Ward NO.3"),
    ("RE4", "Caversham Primary School, Hemdean Road", "M", "Caversham Ward NO.1"),
]


def _listing(page: canvas.Canvas, records, *, second_entry: bool = False) -> None:
    page.setFont("Times-Roman", 12)
    page.drawString(25, 800, "Polling Station Register Analysis")
    page.setFont("Times-Roman", 9)
    page.drawString(25, 770, "Polling Station")
    page.drawString(93, 770, "Polling Place")
    page.drawString(93, 758, "District Reference")
    page.drawString(174, 758, "District Name")
    y = 720.0
    for station, place, reference, name in records:
        page.setFont("Times-Roman", 10)
        page.drawString(25, y, station)
        page.drawString(93, y, place)
        page.drawString(93, y - 16, reference)
        page.drawString(174, y - 16, name)
        y -= 41
    if second_entry:
        page.drawString(93, y + 41 - 32, "SC")
        page.drawString(174, y + 41 - 32, "Whitley Ward NO.4")


def test_a_listing_of_records_over_two_lines_is_one_table(tmp_path):
    found = _find(_pdf(lambda page: _listing(page, STATIONS, second_entry=True)), tmp_path)
    assert len(found) == 1
    table = found[0]
    assert table.header == ["Polling Station", "Polling Place", "District Reference", "District Name"]
    assert table.rows[: len(STATIONS)] == [list(record) for record in STATIONS]
    assert table.rows[-1] == ["", "", "SC", "Whitley Ward NO.4"]  # a second entry under the last record
    assert table.title == "Polling Station Register Analysis"


def test_prose_with_indented_lines_is_not_a_listing(tmp_path):
    def draw(page):
        y = 780.0
        for index in range(8):
            x = 25 if index % 2 == 0 else 60
            page.drawString(x, y, "The council noted the report and agreed the recommendation in full.")
            y -= 14

    assert _find(_pdf(draw), tmp_path) == []


@needs_shared()
def test_the_polling_station_register_is_read_as_one_table():
    path = REAL / "reading-bc/2015-03_polling_station_register_analysis.pdf"
    read = read_document(path, ocr="never")
    found = tables.find_tables(read.data or path, read.pages, "test")
    assert len(found) == 1
    assert found[0].page_start == 1 and found[0].page_end == 7
    assert len(found[0].rows) >= 110


@needs_shared()
def test_the_capital_budget_slides_keep_their_last_column():
    relative = "nipissing-township/2024_capital_budget_2024-2034_forecast_slides.pdf"
    read = read_document(REAL / relative, ocr="never")
    found = tables.find_tables(read.data or REAL / relative, read.pages, "test")
    on_page_two = [table for table in found if table.page_start == 2]
    assert [table.title for table in on_page_two] == ["GENERAL GOVERNMENT", "GENERAL GOVERNMENT RESERVES PLAN"]
    assert all(len(table.header) == 4 for table in on_page_two)
