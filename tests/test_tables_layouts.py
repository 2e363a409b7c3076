"""Table layouts: logs printed without a header row (one ruled box per section), lists of records
set in a grid over many pages, and grids that are not data tables (label/answer forms, minutes
and agenda running orders set in a grid)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse import tables
from agendaparse.models import Table
from agendaparse.pdf import PageLayout, read_document
from conftest import REAL, make_table, needs_shared

LOG = [
    ["Circulate minutes and actions from the last meeting", "KK", "New"],
    ["Publish the note of the meeting on the website", "KK/HS", "Ongoing"],
    ["Correspond with departments about the restrictions", "GS", "Complete"],
]


_table = make_table


# ---------------------------------------------------------------- header row or not


def test_a_log_without_a_header_row_starts_with_data():
    assert tables.first_row_is_data(LOG)


@pytest.mark.parametrize(
    "header",
    [
        ["Action", "Owner", "Status"],  # names the columns
        ["What", "Who", "Where we are"],  # short labels over initials and status words
        ["Task", "Person", "Progress so far"],
    ],
)
def test_a_header_row_is_not_data(header):
    assert not tables.first_row_is_data([header, *LOG])


def test_year_headings_over_figures_are_a_header():
    rows = [["", "2023", "2024"], ["Visits", "1,200", "1,350"], ["Loans", "9,800", "9,100"]]
    assert not tables.first_row_is_data(rows)


def test_columns_of_a_headerless_log_are_inferred_from_what_they_hold():
    assert tables.table_fields([], LOG) == {0: "action", 1: "named_lead", 2: "status"}
    assert tables.table_fields([], [["", "A long paragraph of text with no owner at all"]] * 3) == {}


def test_headerless_log_rows_owner_everyone_status_new_and_a_month_deadline():
    table = _table([], [*LOG, ["In August, collate the applications and send the list", "All", "New"]])
    table.title = "Secretariat"
    table.kind = "action_plan"
    rows = tables.action_plan_rows([table], "doc", dt.date(2013, 7, 19))
    assert [row.named_lead for row in rows] == ["KK", "KK/HS", "GS", None]  # 'All' names no one lead
    assert rows[3].extra["owner"] == "All"
    assert [row.status for row in rows] == ["not started", "ongoing", "complete", "not started"]
    assert rows[3].end_date == dt.date(2013, 8, 31)
    assert {row.theme for row in rows} == {"Secretariat"}  # the heading over the box


@pytest.mark.parametrize(
    ("text", "status"),
    [("New", "not started"), ("new.", "not started"), ("New guidance issued, complete", "complete")],
)
def test_new_is_a_status_only_on_its_own(text, status):
    assert tables.normalise_status(text)[0] == status


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In August, collate, assess and publish applications", dt.date(2013, 8, 31)),
        ("Report back by March", dt.date(2014, 3, 31)),
        ("Review in May 2014 figures", None),  # a month followed by figures is not a bare month
        ("In line with the policy", None),
    ],
)
def test_a_bare_month_in_the_action_is_its_deadline(text, date):
    assert tables.deadline_in_text(text, dt.date(2013, 7, 19))[1].date == date


@given(st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=5), min_size=1, max_size=6))
def test_layout_rules_take_any_grid(rows):
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    assert isinstance(tables.first_row_is_data(grid), bool)
    assert isinstance(tables._not_a_data_table(grid), bool)
    assert set(tables.table_fields([], grid).values()) <= set(tables.FIELD_SYNONYMS)
    assert all(tables.cell_kind(cell) in tables.CELL_KINDS for row in grid for cell in row)


# ---------------------------------------------------------------- grids that are not data tables


def test_a_form_of_labels_and_answers_is_not_a_table():
    form = [
        ["Section B - Evidence", ""],
        ["Do you have data related to the protected groups?", "yes"],
        ["Is there national evidence you can use?", "yes"],
        ["Details of positive impacts", ""],
        ["Mitigating actions for age", ""],
        ["Responsible officer", ""],
        ["Section C - Impact", ""],
    ]
    assert tables._not_a_data_table(form)
    contacts = [["Name", "Role"], *[[f"Person {n}", f"Officer {n}"] for n in range(8)]]
    assert not tables._not_a_data_table(contacts)


def test_minutes_set_in_a_grid_are_not_a_table():
    minute = "Management Reports The General Manager presented the report and highlighted " * 7
    grid = [["", "and the Board agreed the terms of reference " * 6, ""], ["6.", minute, "AW/NS"], ["7.", minute, ""]]
    assert tables._not_a_data_table(grid)
    log = [["No", "Action", "Owner"], *[[str(n), minute, "AW"] for n in range(1, 5)]]
    assert not tables._is_minutes_grid(log)  # its header names a log's columns
    action = "Clerk to write to the highways team about the drains " * 3
    assert not tables._is_minutes_grid([[str(n), action, "AW"] for n in range(1, 5)])  # an owner on every row


def test_an_agenda_running_order_is_not_a_table():
    agenda = [
        ["", "Timing", "Item", "Lead"],
        ["1", "13:30 – 13:35 (5 mins)", "Welcome and introductions", "Chair"],
        ["2", "13:35 – 14.00 (25 mins)", "Strategy update", "Tim Kelsey"],
        ["3", "14.00 – 14.20 (20 mins)", "Sector panels", "Tim Kelsey"],
    ]
    assert tables._not_a_data_table(agenda)
    payments = [
        ["Payee", "Detail", "Total", "VAT"],
        ["A Smith", "Bins", "153.82", "25.64"],
        ["B Jones", "Clips", "5.20", "0.87"],
    ]
    assert not tables._not_a_data_table(payments)


# ---------------------------------------------------------------- over pages


def _pages(count: int) -> list[PageLayout]:
    return [PageLayout(number, 842.0, 595.0, 0, []) for number in range(1, count + 1)]


def test_a_headerless_continuation_keeps_its_first_row():
    first = _table([], LOG[:2], 1, (50, 100, 500, 560))
    second = _table([], LOG[2:], 2, (50, 40, 500, 200))
    merged = tables.merge_continuations([first, second], _pages(2))
    assert len(merged) == 1 and merged[0].rows == LOG
    assert merged[0].kind == "action_plan"


def test_a_record_in_one_text_column_broken_at_the_page_foot_is_joined():
    first = _table([], [["", "Record one. The problem."], ["", "Record two. What I would do."]], 1, (50, 60, 790, 526))
    second = _table([], [["", "My ideal solution: more."], ["", "Record three."]], 2, (50, 60, 790, 300))
    merged = tables.merge_continuations([first, second], _pages(2))
    assert merged[0].rows == [
        ["", "Record one. The problem."],
        ["", "Record two. What I would do. My ideal solution: more."],
        ["", "Record three."],
    ]


def test_a_list_in_a_grid_on_one_page_is_not_a_table():
    listing = _table([], [["", f"Paragraph {n} of the text"] for n in range(6)])
    assert tables.drop_short_listings([listing], {id(listing)}) == []
    spanning = _table([], [["", f"Record {n} of the list"] for n in range(6)])
    spanning.page_end = 3
    assert tables.drop_short_listings([spanning], {id(spanning)}) == [spanning]


# ---------------------------------------------------------------- real documents


def _tables(relative: str) -> list[Table]:
    pdf = REAL / relative
    return tables.find_tables(pdf, read_document(pdf, ocr="off").pages, "doc")


@needs_shared()
def test_log_in_one_box_per_section_is_read_box_by_box():
    found = _tables("cabinet-office/2013-07_odug_action_log.pdf")
    assert len(found) == 9 and all(not table.header for table in found)
    assert [table.n_rows for table in found] == [2, 2, 2, 2, 1, 1, 1, 2, 6]  # one-row boxes kept
    assert found[0].title == "Secretariat" and found[-1].title == "Other"
    assert (found[-1].page_start, found[-1].page_end) == (1, 2)
    rows = tables.action_plan_rows(found, "doc", dt.date(2013, 7, 19))
    assert len(rows) == 19
    assert rows[0].named_lead == "KK" and rows[0].status == "not started"


@needs_shared()
def test_records_in_a_grid_over_many_pages_are_two_tables():
    found = _tables("cabinet-office/2010-09-15_transparency_board_tb2_data_requests_table.pdf")
    assert [(t.page_start, t.page_end, t.n_rows) for t in found] == [(2, 8, 13), (8, 12, 19)]
    assert all(row[0] == "" for table in found for row in table.rows)
    assert found[0].rows[1][1].endswith("engineering.")  # the Raw Data request, joined over pages 2-3
    assert tables.action_plan_rows(found, "doc") == []


@needs_shared()
@pytest.mark.parametrize(
    "relative",
    [
        "kent-cc/2025-01-30_24-00115_equality_impact_assessment.pdf",  # a form
        "cabinet-office/2011_transparency_board_tb7_agenda.pdf",  # a timed agenda in a grid
        "suffolk-libraries/2013-09-26_board_minutes.pdf",  # minutes in a grid
        "suffolk-libraries/2016-01-28_board_minutes.pdf",
        "suffolk-libraries/2012-09-11_board_minutes.pdf",
    ],
)
def test_layout_grids_are_not_tables(relative):
    assert _tables(relative) == []


@needs_shared()
def test_a_wide_budget_table_is_kept_whole_over_pages():
    found = _tables("kent-cc/2025-02-13_alt_budget_appendix_f_templates.pdf")
    assert (found[0].page_start, found[0].page_end) == (1, 23)


# ---------------------------------------------------------------- cell text


def test_a_row_of_units_joins_the_header():
    header = ["Directorate", "Risk", "Annual exposure", "Lifetime exposure"]
    assert tables.is_unit_row(["", "", "£m", "£m"], header)
    assert tables.is_unit_row(["", "", "(£'000s)", "%"], header)
    assert not tables.is_unit_row(["CYPE", "High needs", "£m", "£m"], header)
    assert not tables.is_unit_row(["", "", "12.5", ""], header)


def test_symbol_font_glyphs_with_no_character_are_dropped():
    assert tables.clean_cell("\ue001 Cash book \ue001 Transactions approved") == "Cash book Transactions approved"
    assert tables.clean_cell("\uf0b7 Playground") == "• Playground"


def _glyph(text: str, x0: float, top: float, width: float = 6.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10.0, "size": 10.0}


def test_a_label_printed_over_a_row_across_a_rule_is_dropped():
    cell = [_glyph(letter, 30 + 7 * index, 100) for index, letter in enumerate("ASCH")]
    label = [_glyph(letter, 28 + 7 * index, 101) for index, letter in enumerate("Significant Risks")]
    other = [_glyph(letter, 130 + 7 * index, 100) for index, letter in enumerate("Market")]
    dropped = tables._overprint(cell + label + other, [93.0])
    assert dropped == {id(glyph) for glyph in label}
    assert tables._overprint(label + other, [93.0]) == set()  # on nothing: a heading spanning columns


def test_cells_under_a_label_set_either_side_of_a_rule_are_kept():
    """Stop 46: the Kent budget risk register's 'Significant Risks (over £10m)' lies over a row whose 'Insecure
    funding' and 'The 2025-26 core budget ...' stand 8 pt apart either side of a rule; the two, run together, were
    taken for a label crossing the rule and dropped with it (dev fast lost both cells). Only a run printed on over the
    rule (a glyph across it, or a word space) is a label."""
    label = [_glyph(letter, 28 + 7 * index, 101) for index, letter in enumerate("Significant Risks over")]
    title = [_glyph(letter, 96 + 7 * index, 100) for index, letter in enumerate("Insecure")]  # ends at 151
    cause = [_glyph(letter, 160 + 7 * index, 100) for index, letter in enumerate("The core")]  # 9 pt on
    dropped = tables._overprint(label + title + cause, [93.0, 155.0])
    assert dropped == {id(glyph) for glyph in label}


def test_stacked_thin_fills_are_not_ruling():
    def fill(top: float, bottom: float) -> dict:
        return {"x0": 23.0, "x1": 93.0, "top": top, "bottom": bottom, "fill": True, "stroke": False}

    strips = [fill(175, 179), fill(179, 183), fill(183, 187)]
    rule = fill(300, 301)
    assert tables._gradient_strips([*strips, rule]) == {id(strip) for strip in strips}


@needs_shared()
def test_register_with_a_unit_row_and_a_band_label_over_each_page():
    [register] = _tables("kent-cc/2025-01-30_appendix_i_budget_risk_register.pdf")
    assert register.header[-1] == "Estimated Lifetime Financial Exposure £m"
    assert (register.page_start, register.page_end) == (1, 11)
    assert ["ASCH / CYPE", "Market Sustainability"] in [row[:2] for row in register.rows]
    assert not any(cell.startswith("£m") for row in register.rows for cell in row)
    # the band label printed again over the first row of page 4 is dropped; the cells under it are kept (stop 46)
    insecure = next(row for row in register.rows if row[0] == "Non Attributable Costs")
    assert insecure[1:3] == [
        "Insecure funding",
        "The 2025-26 core budget includes £12.75m from insecure funding (company dividends, business rate pool and "
        "new homes bonus).",
    ]
