"""Action-plan rows and table rules (issue #5): statuses, dates, leads, continued tables, and
grids that are not data tables."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse import tables
from agendaparse.pdf import PageLayout, read_document
from conftest import REAL, make_table, needs_shared

VOCABULARY = {"complete", "ongoing", "paused", "not started", "overdue", None}


_table = make_table


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ON GOING – AS to action July update: ongoing", "ongoing"),
        ("In hand August update – AS questioned the need", "ongoing"),
        ("Plan in place", "ongoing"),
        ("On track", "ongoing"),
        ("Compete", "complete"),  # misspelt by one letter
        ("Completed. Still outstanding: the signs", "complete"),  # the status it opens with
        ("Not complete", "ongoing"),
        ("On hold until the spring", "paused"),
        ("Not yet started", "not started"),
        ("Overdue", "overdue"),
        ("AS to chase", "ongoing"),
        ("NO to organise once foliage dies down.", "not started"),
        ("Amended agreement has been signed and payment made. Action closed", "complete"),
        ("Agenda item", None),
        ("", None),
    ],
)
def test_statuses_are_normalised_to_one_vocabulary(text, status):
    assert tables.normalise_status(text)[0] == status


@given(st.text(max_size=60))
def test_status_is_always_in_the_vocabulary(text):
    status, rag = tables.normalise_status(text)
    assert status in VOCABULARY
    assert rag in {"Red", "Amber", "Green", None}


@given(st.text(alphabet="abcdefghij", min_size=2, max_size=12), st.data())
def test_one_edit_finds_single_deletions_and_changes(word, data):
    index = data.draw(st.integers(0, len(word) - 1))
    assert tables._one_edit(word[:index] + word[index + 1 :], word)
    changed = word[:index] + "z" + word[index + 1 :]
    assert tables._one_edit(changed, word)
    assert not tables._one_edit(word + "zz", word)


@pytest.mark.parametrize(
    ("action", "lead"),
    [
        (
            "Cabinet Office Transparency Team with Transparency Board input to consider a validator",
            (None, "Cabinet Office Transparency Team"),
        ),
        ("Transparency Board and MCO to convene a meeting", ("MCO", "Transparency Board")),
        ("Representative from Contract Finder to provide a demonstration", (None, "Contract Finder")),
        ("Officials to discuss URI project with BIS", (None, None)),
        ("Katie Davis to present a proposal", ("Katie Davis", None)),
    ],
)
def test_leads_from_longer_action_subjects(action, lead):
    assert tables.lead_from_subject(action) == lead


MEETING = dt.date(2023, 8, 31)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("HD to prioritise 10 tasks which should be completed before Christmas", dt.date(2023, 12, 25)),
        ("NO will attend the Webinar on 20th September.", dt.date(2023, 9, 20)),
        ("Clerk to write to OCC by 31 March 2024", dt.date(2024, 3, 31)),
        ("AS to order replacement signs", None),
        ("Item on the agenda", None),
    ],
)
def test_deadline_in_the_action_text(text, date):
    assert tables.deadline_in_text(text, MEETING)[1].date == date


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_deadline_with_a_full_date_is_read_exactly(date):
    text = f"Clerk to report back by {date.day} {date:%B} {date.year}"
    raw, value = tables.deadline_in_text(text, MEETING)
    assert value.date == date
    assert raw and raw.startswith("by ")


def test_plan_rows_dates_statuses_and_unknown_columns():
    table = _table(
        ["Ref", "Action", "Lead officer", "Deadline", "Status", "Budget"],
        [
            ["1", "Publish the data", "Jane Smith", "Q3 2024/25", "Complete", "£10k"],
            ["2", "Review the plan", "Jane Smith", "Continuous", "In progress", ""],
            ["3", "Invite the Commissioner", "Jane Smith", "From May 2011", "On hold", ""],
        ],
    )
    table.kind = "action_plan"
    rows = tables.action_plan_rows([table], "doc", dt.date(2024, 6, 1))
    assert rows[0].end_date == dt.date(2024, 12, 31)  # Q3 of the financial year 2024/25
    assert rows[0].end_date_text == "Q3 2024/25"
    assert (rows[0].status, rows[0].status_text) == ("complete", "Complete")
    assert rows[0].extra == {"Budget": "£10k"}  # a column with no canonical field is kept
    assert rows[1].end_date is None and rows[1].end_date_text == "Continuous"
    assert rows[1].status == "ongoing"
    assert rows[2].end_date is None and rows[2].end_date_text == "From May 2011"  # a start, not a deadline
    assert rows[2].status == "paused"


def test_plan_rows_without_a_date_column_take_the_deadline_from_the_action():
    table = _table(["No", "Action", "Owner"], [["Aug23.02", "HD to sort the tasks before Christmas", "HD"]])
    table.kind = "action_plan"
    row = tables.action_plan_rows([table], "doc", MEETING)[0]
    assert row.end_date == dt.date(2023, 12, 25)
    assert row.end_date_text == "before Christmas"
    assert "end-date-from-action" in row.provenance.method


# ---------------------------------------------------------------- continued tables


def _pages(count: int) -> list[PageLayout]:
    return [PageLayout(number, 595.0, 842.0, 0, []) for number in range(1, count + 1)]


def test_a_row_broken_by_the_page_break_is_joined():
    header = ["Detail", "Foundation", "Mayoral", "Established"]
    first = _table(header, [["Duty to plan roads", "", "x", "X"], ["Mayoral Power of", "", "x", "X"]], 1)
    second = _table(
        header, [["Direction over the roads", "", "", ""], ["Next duty", "x", "x", "X"]], 2, (50, 40, 500, 300)
    )
    merged = tables.merge_continuations([first, second], _pages(2))
    assert len(merged) == 1
    assert merged[0].rows == [
        ["Duty to plan roads", "", "x", "X"],
        ["Mayoral Power of Direction over the roads", "", "x", "X"],
        ["Next duty", "x", "x", "X"],
    ]
    assert (merged[0].page_start, merged[0].page_end) == (1, 2)


def test_a_section_row_at_the_top_of_a_page_is_not_joined():
    header = ["Detail", "Foundation", "Mayoral", "Established"]
    first = _table(header, [["Formal partnership with National Highways", "", "x", "x"]], 1)
    second = _table(
        header, [["Skills and employment support", "", "", ""], ["Adult skills", "", "x", "X"]], 2, (50, 40, 500, 300)
    )
    merged = tables.merge_continuations([first, second], _pages(2))
    assert merged[0].rows[1] == ["Skills and employment support", "", "", ""]


def test_headerless_continuation_keeps_its_first_row_and_its_shading():
    header = ["Date", "Action", "Deadline", "Progress"]
    first = _table(header, [["1", "Team to publish", "June", "On track"]], 1)
    first.status_colours = ["Green"]
    second = _table(
        ["2", "Team to share", "June", "Plan in place"], [["3", "Board to meet", "July", "Plan in place"]], 2
    )
    second.bbox = (50, 40, 500, 300)
    merged = tables.merge_continuations([first, second], _pages(2), {id(second): "Amber"})
    assert [row[0] for row in merged[0].rows] == ["1", "2", "3"]
    assert merged[0].status_colours == ["Green", "Amber", None]


def test_a_table_under_a_new_heading_does_not_continue_the_one_above():
    from agendaparse.pdf import Line

    pages = _pages(2)
    pages[1].lines.append(Line("Adult Social Care KPIs", 50, 30, 300, 40, size=12.0))
    first = _table(["KPI", "RAG", "DoT"], [["Jobs", "Green", "up"]], 1)
    second = _table(["Homes", "Amber", "down"], [["Care", "Red", "up"]], 2, (50, 60, 500, 300))
    assert len(tables.merge_continuations([first, second], pages)) == 2


# ---------------------------------------------------------------- grids that are not data tables


@pytest.mark.parametrize(
    "rows",
    [
        # prose a frame happens to split: never two cells filled in a row
        [["", "spoke to a Director of a local"], ["company for advice and asked for", ""], ["received the quote", ""]],
        # a meeting's particulars without colons
        [["Title of Meeting", "", "Board Meeting"], ["Date", "", "26th September 2013"], ["Place", "", "Room 1"],
         ["Time", "", "12.30pm"], ["1.", "Apologies", ""]],
        # an agenda set in a ruled grid
        [["Item", "Description"], ["1", "Chair's welcome"], ["2", "Actions and minutes"], ["3", "KPIs"], ["4", "AOB"]],
    ],
)  # fmt: skip
def test_layout_grids_are_not_data_tables(rows):
    assert tables._not_a_data_table(rows)


@pytest.mark.parametrize(
    "rows",
    [
        [["No", "Action", "Owner", "Update"], ["Feb23.03", "AS to action 20mph limit", "AS", "ON GOING"]],
        [["Payee", "Detail", "Total £s", "VAT"], ["Cathy Fleet", "Clerk Salary", "126.29", "0.0"]],
        [["Item", "Description", "Cost"], ["1", "Bins", "£20"], ["2", "Signs", "£30"], ["3", "Paint", "£5"]],
    ],
)
def test_data_tables_are_kept(rows):
    assert not tables._not_a_data_table(rows)


# ---------------------------------------------------------------- real documents


@needs_shared()
def test_kent_framework_table_is_one_table_without_the_page_stamps():
    pdf = REAL / "kent-cc" / "2025-01-09_county_council_item3_supplement_pack.pdf"
    found = tables.find_tables(pdf, read_document(pdf).pages, "doc")
    assert len(found) == 1  # the title and footnote box above it is not a table
    table = found[0]
    assert (table.page_start, table.page_end, table.n_rows) == (15, 20, 70)
    assert not any("Page" in cell for row in table.rows for cell in row)
    broken = next(row for row in table.rows if row[0].startswith("Mayoral Power of"))
    assert broken == [
        "Mayoral Power of Direction over use of constituent authority powers on the Key Route Network^",
        "",
        "x",
        "X",
    ]
    assert any(row[0].startswith("Access to a multi-departmental, long-term") for row in table.rows)


@needs_shared()
def test_tb7_log_reads_the_shading_of_rows_continued_on_page_two():
    pdf = REAL / "cabinet-office" / "2011_transparency_board_tb7_action_log.pdf"
    found = tables.find_tables(pdf, read_document(pdf).pages, "doc")
    rows = tables.action_plan_rows(found, "doc", dt.date(2011, 6, 1))
    first_table = [row for row in rows if row.table == 0]
    assert len(first_table) == 16
    assert [row.rag for row in first_table[-4:]] == ["Amber"] * 4
    assert all(row.status in VOCABULARY for row in rows)


@needs_shared()
@pytest.mark.parametrize(
    "relative",
    [
        "cabinet-office/2013-05-14_odug_minutes.pdf",  # attendance and agenda grids
        "milburn-pc/2021-01-26_milburn_pc_minutes.pdf",  # a paragraph split by a frame
    ],
)
def test_minutes_layout_grids_give_no_tables(relative):
    pdf = REAL / relative
    assert tables.find_tables(pdf, read_document(pdf).pages, "doc") == []


@needs_shared()
def test_meeting_particulars_grid_without_colons_is_not_a_table():
    pdf = REAL / "suffolk-libraries" / "2013-09-26_board_minutes.pdf"
    found = tables.find_tables(pdf, read_document(pdf).pages, "doc")
    assert all(table.page_start != 1 for table in found)  # Title of Meeting | Date | Place | Time ...


@needs_shared()
def test_invisible_boxes_are_not_ruling():
    pdf = REAL / "souldern-pc" / "2023-08-31_spc_minutes_action_log.pdf"
    found = tables.find_tables(pdf, read_document(pdf).pages, "doc")
    on_page_3 = [table for table in found if table.page_start == 3]
    assert [table.header[1] for table in on_page_3] == ["Detail"] * 3  # the finance tables, not the planning list
    summary = next(table for table in found if table.page_start == 4)
    assert summary.page_end == 5
    assert [row[0] for row in summary.rows][-2:] == ["Aug23.02", "Aug23.03"]


# ---------------------------------------------------------------- rows holding several actions; scanned tables


def test_a_row_holding_one_action_per_listed_owner_is_split():
    values = {
        "action": "NO to deal with the wasps nest AS to create a sign. NO to chase the grant",
        "named_lead": "NO AS NO",
        "progress": "Completed Completed outstanding",
    }
    pieces = tables.split_cell_actions(values, "rule")
    assert [piece["action"] for piece, _ in pieces] == [
        "NO to deal with the wasps nest",
        "AS to create a sign.",
        "NO to chase the grant",
    ]
    assert [piece["named_lead"] for piece, _ in pieces] == ["NO", "AS", "NO"]
    assert [piece["progress"] for piece, _ in pieces] == ["Completed", "Completed", "outstanding"]
    assert all(method == "rule+split-cell" for _, method in pieces)


def test_bulleted_actions_are_split_and_owned_where_the_subject_says():
    values = {
        "action": "• Quotes will be obtained • Volunteers will be found • NO will speak to the Malins",
        "named_lead": "LC/NS NO",
    }
    pieces = tables.split_cell_actions(values, "rule")
    assert [piece["action"] for piece, _ in pieces] == [
        "Quotes will be obtained",
        "Volunteers will be found",
        "NO will speak to the Malins",
    ]
    assert [piece["named_lead"] for piece, _ in pieces] == ["", "", "NO"]


@pytest.mark.parametrize(
    "values",
    [
        {"action": "AS to order replacement signs", "named_lead": "AS"},
        {"action": "NO to chase the grant and AS to help", "named_lead": "AS NO"},  # owners out of order
        {"action": "Publish the data", "named_lead": "Jane Smith"},
    ],
)
def test_single_actions_are_not_split(values):
    assert tables.split_cell_actions(values, "rule") == [(values, "rule")]


@needs_shared()
@pytest.mark.skipif(not __import__("shutil").which("tesseract"), reason="tesseract is not installed")
def test_scanned_action_table_is_read_cell_by_cell():
    pdf = REAL / "souldern-pc" / "2020-11-25_spc_minutes_scanned.pdf"
    found = tables.scanned_tables(pdf, [1], "doc", None)
    assert len(found) == 1
    table = found[0]
    assert [cell.upper() for cell in table.header] == ["NO", "ACTION", "OWNER", "UPDATE"]
    assert table.provenance.method == "ocr:ruled-table"
    assert table.rows[1][0] == "09.20.06"
    assert table.rows[1][2] == "NO AS NO"
    table.kind = "action_plan"
    rows = tables.action_plan_rows([table], "doc", None, initials={"NO": "Nick Oakhill", "AS": "Alan Smith"})
    assert [row.named_lead for row in rows if row.action_no == "09.20.06"] == [
        "Nick Oakhill",
        "Alan Smith",
        "Nick Oakhill",
    ]
