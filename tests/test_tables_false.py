"""Grids and aligned text that a reader would not call data tables (a KPI card of labelled
values, a box of a report's particulars, a contents list, a RAG key, a signature block, text in
columns), and action-plan headings named in other words ('Action by', 'Owner(s)', 'Lead department')."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse import tables
from agendaparse.pdf import read_document
from conftest import REAL, needs_shared


def _tables(relative: str):
    read = read_document(REAL / relative, ocr="never")
    return tables.find_tables(read.data or REAL / relative, read.pages, "test")


# ---------------------------------------------------------------- not data tables


def test_a_kpi_card_of_labelled_values_is_not_a_table():
    card = [
        ["Percentage of phone calls answered", "", "", "GREEN"],
        ["Latest: 94%", "Target: 90%, Floor: 85%", "Previous: 89% (Amber)", ""],
    ]
    assert tables._not_a_data_table(card)
    kpis = [["Indicator", "Latest", "Target"], ["Calls answered", "94%", "90%"], ["Complaints", "71%", "85%"]]
    assert not tables._not_a_data_table(kpis)


def test_a_box_of_particulars_is_not_a_table():
    assert tables._not_a_data_table([["Cabinet Member", "Dylan Jeffrey"], ["Corporate Director", "Amanda Beer"]])
    assert tables._not_a_data_table([["By:", "Roger Gough"], ["To:", "Cabinet"], ["Subject:", "Budget"]])
    assert not tables._not_a_data_table([["Year", "Precept"], ["2024", "£12,000"]])


def test_a_contents_list_is_not_a_table():
    contents = [["Contents", "Pages"], ["Overview", "3"], ["Shared Outcomes", "4"], ["Measures", "5-9"]]
    assert tables._not_a_data_table(contents)
    assert not tables._is_contents_list([["Contents", "Pages"], ["Overview", "9"], ["Outcomes", "4"], ["X", "5"]])
    assert not tables._is_contents_list([["Service", "Visits"], ["Libraries", "3"], ["Museums", "4"], ["Parks", "9"]])


def test_a_rag_key_is_not_a_table():
    key = [
        ["GREEN", "Target has been achieved or exceeded"],
        ["AMBER", "Floor standard achieved but target not met"],
        ["RED", "Floor standard has not been achieved"],
    ]
    assert tables._not_a_data_table(key)
    counts = [["Rating", "Actions"], ["Green", "12"], ["Amber", "4"], ["Red", "2"]]
    assert not tables._not_a_data_table(counts)


def test_a_signature_block_is_not_a_table():
    assert tables._not_a_data_table([["Signed ..............................", "Date ................"]] * 2)


def test_text_in_two_columns_is_not_a_table():
    paragraph = "The council considered the report on the future of the library service and agreed " * 4
    assert tables._not_a_data_table([[paragraph, paragraph]])
    assert not tables._is_text_columns([[paragraph, "Clerk"], [paragraph, "Chair"]])


@given(st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=5), min_size=1, max_size=6))
def test_laid_out_text_rules_take_any_grid(rows):
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    assert isinstance(tables._laid_out_text(grid), bool)
    assert isinstance(tables._is_text_columns(grid), bool)


@needs_shared()
def test_kpi_cards_particulars_and_key_of_a_performance_report_are_dropped():
    found = _tables("kent-cc/2025-03-04_quarterly_performance_report_q3.pdf")
    headers = [" ".join(table.header) for table in found]
    assert not any(header.startswith(("Cabinet Member", "GREEN")) for header in headers)
    assert not any(row[:1] == ["Latest: 97%"] for table in found for row in table.rows)
    assert any(header.startswith("Service area") for header in headers)  # the data tables stay


@needs_shared()
def test_a_contents_grid_is_dropped_and_the_plans_stay():
    found = _tables("kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf")
    assert not any(table.header[:1] == ["Contents"] for table in found)
    assert sum(tables.is_action_plan(table.header) for table in found) >= 8


# ---------------------------------------------------------------- action-plan headings


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Action", "Action by", "Date"], {0: "action", 1: "named_lead"}),
        (["Action Owner", "Action", "Status"], {0: "named_lead", 1: "action", 2: "status"}),
        (["Commitment", "Lead department", "Deadline"], {0: "action", 1: "lead_org", 2: "end_date"}),
        (["Ref", "Action", "Owner(s)", "Due"], {0: "action_no", 1: "action", 2: "named_lead", 3: "end_date"}),
        (["Action", "Lead organisation", "Lead officer"], {0: "action", 1: "lead_org", 2: "named_lead"}),
        (["Key actions", "Person responsible", "Target date"], {0: "action", 1: "named_lead", 2: "end_date"}),
        (["Action", "Lead Member", "When"], {0: "action", 1: "named_lead", 2: "end_date"}),
    ],
)
def test_action_plan_headings_named_in_other_words(header, expected):
    assert tables.header_fields(header) == expected
