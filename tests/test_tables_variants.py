"""Action logs printed the many ways councils and boards print them (tests/table_variants.py
generates them with known truth): header names and order, grids, rules between rows only and
whitespace columns, themes, two-row headers, owners, dates and statuses. A few dozen seeds run
here; ``python tests/table_variants.py 200 -v`` reports the lot by class."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

import table_variants as variants
from agendaparse import colour_key, tables

SEEDS = range(36)


@pytest.fixture(scope="module")
def scored() -> tuple[Counter, dict[int, Counter]]:
    total: Counter = Counter()
    by_seed: dict[int, Counter] = {}
    for seed in SEEDS:
        pdf, variant = variants.generate(seed)
        counts = variants.score(variant.truth, variants.extract_rows(pdf))
        by_seed[seed] = counts
        total += counts
    return total, by_seed


def test_rows_of_generated_logs_are_found(scored):
    figures = variants.summary(scored[0])
    assert figures["recall"] >= 85
    assert figures["precision"] >= 90


@pytest.mark.parametrize(
    ("name", "floor"),
    [("named_lead", 90), ("lead_org", 85), ("end_date", 80), ("rag", 85), ("status", 80), ("theme", 85)],
)
def test_fields_of_generated_logs(scored, name, floor):
    assert variants.summary(scored[0])[name] >= floor


def test_every_layout_gives_rows(scored):
    for seed, counts in scored[1].items():
        assert counts["tp"] > 0, f"seed {seed}: {variants.draw(seed)}"


def test_the_generator_is_seeded():
    first, variant = variants.generate(5)
    again, same = variants.generate(5)
    assert variant.truth == same.truth and len(first) == len(again)


# ---------------------------------------------------------------- the rules behind the figures


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Action No.", "action_no"),
        ("Action ID", "action_no"),
        ("Progress/Update", "progress"),
        ("Timeframe", "end_date"),
        ("Date for completion", "end_date"),
        ("RAG rating", "rag"),
        ("Lead(s)", "named_lead"),
        ("By whom", "named_lead"),
        ("Lead department", "lead_org"),
        ("Category", "theme"),
    ],
)
def test_header_synonyms(header, field):
    assert tables.header_fields(["Action", header]).get(1) == field or tables.header_fields([header]) == {0: field}


def test_a_rag_column_beside_a_status_column_keeps_both():
    assert tables.header_fields(["Action", "Status", "RAG"]) == {0: "action", 1: "status", 2: "rag"}
    table = _plan(["Action", "Status", "RAG"], [["Publish the plan", "Complete", "G"]])
    row = tables.action_plan_rows([table], "doc")[0]
    assert (row.status, row.rag) == ("complete", "Green")


def test_a_rag_column_alone_gives_the_rating():
    table = _plan(["Action", "Owner", "RAG status"], [["Publish the plan", "Clerk", "Amber"]])
    row = tables.action_plan_rows([table], "doc")[0]
    assert (row.rag, row.named_lead) == ("Amber", "Clerk")


@pytest.mark.parametrize(
    ("cell", "lead", "body"),
    [
        ("Jane Smith", "Jane Smith", None),
        ("Environment Agency", None, "Environment Agency"),
        ("Kent Police", None, "Kent Police"),
        ("Jane Smith (District Council)", "Jane Smith", "District Council"),
        ("People Strategy Team", "People Strategy Team", None),  # a team leads as a role does
        ("Head of Service Community Learning and Skills", "Head of Service Community Learning and Skills", None),
        ("LC/NS", "LC/NS", None),
        ("Commercial Ethics and Sustainability Lead", "Commercial Ethics and Sustainability Lead", None),
        ("", None, None),
    ],
)
def test_owner_cells(cell, lead, body):
    assert tables.split_owner(cell) == (lead, body)


def test_section_heading_rows_become_the_theme():
    rows = [
        ["Governance", "", "", ""],
        ["1", "Review the standing orders", "Clerk", "March 2024"],
        ["2", "Publish the register of interests", "Chair", "April 2024"],
        ["Finance and Resources", "", "", ""],
        ["3", "Set the precept", "RFO", "January 2024"],
    ]
    table = _plan(["No.", "Action", "Owner", "Deadline"], rows)
    found = tables.action_plan_rows([table], "doc")
    assert [(row.action_no, row.theme) for row in found] == [
        ("1", "Governance"),
        ("2", "Governance"),
        ("3", "Finance and Resources"),
    ]


def test_an_action_alone_in_its_row_is_not_a_heading():
    rows = [
        ["Review the standing orders before the next meeting", "", ""],
        ["Publish the register of interests", "Chair", "April 2024"],
        ["Set the precept", "RFO", "January 2024"],
    ]
    found = tables.action_plan_rows([_plan(["Action", "Owner", "Deadline"], rows)], "doc")
    assert len(found) == 3 and not any(row.theme for row in found)


def test_a_header_on_two_rows_is_joined():
    assert tables._header_goes_on(["Ref", "Action", "Target", "Lead"], ["", "", "date", "officer"])
    assert not tables._header_goes_on(["Ref", "Action", "Deadline"], ["1", "Publish the plan", "March 2024"])


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("Referenc\ne", "Reference"),
        ("Nov20.0\n1", "Nov20.01"),
        ("review\nof\nthe plan", "review of the plan"),
        ("2023\n2024", "2023 2024"),
        ("1\n2", "1 2"),
    ],
)
def test_words_broken_by_a_narrow_column_are_joined(text, cell):
    assert tables.clean_cell(text) == cell


def _plan(header: list[str], rows: list[list[str]]):
    from conftest import make_table

    table = make_table(header, rows)
    table.kind = "action_plan"
    return table


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Mar-25", "2025-03-31"),
        ("March ‘25", "2025-03-31"),
        ("2024-2029", "2029-12-31"),
        ("2025 to 2026", "2026-12-31"),
        ("April - June 2024", "2024-06-30"),
        ("1 July 2021 - 31 August 2021", "2021-08-31"),
        ("Jan-2011", "2011-01-31"),  # a month and its year, not a range
        ("01/07/2021", "2021-07-01"),
        ("Q3 2024/25", "2024-12-31"),
        ("TBC", None),
    ],
)
def test_deadline_cells(text, iso):
    found = tables.deadline(text, dt.date(2025, 1, 15))
    assert (found.date.isoformat() if found.date else None) == iso


def test_a_month_and_two_figures_without_a_reference_is_month_and_year():
    assert tables.deadline("March 26", None).date == dt.date(2026, 3, 31)
    assert tables.deadline("March 26", dt.date(2025, 1, 15)).date == dt.date(2025, 3, 26)  # a day, as dates reads it


@pytest.mark.parametrize("text", ["Commenced October 2024", "2027 onwards", "From May 2011", "As at End August 2024"])
def test_a_start_in_a_deadline_column_is_no_deadline(text):
    table = _plan(["Action", "Owner", "Timescale"], [["Publish the plan", "Clerk", text]])
    assert tables.action_plan_rows([table], "doc")[0].end_date is None


def test_rules_drawn_one_segment_per_cell_are_rules_across_the_table():
    segments = [{"top": 100.0, "bottom": 100.5, "x0": x, "x1": x + 90} for x in (40, 130, 220, 310)]
    stray = [{"top": 300.0, "bottom": 300.5, "x0": 40, "x1": 90}]
    assert tables._row_rules(segments + stray, 595) == [100.0]


def test_a_status_written_in_a_shaded_cell_is_no_colour_key():
    amber = {"x0": 10, "x1": 80, "top": 10, "bottom": 24, "non_stroking_color": (1.0, 0.75, 0.0)}
    words = [
        {"text": "On", "x0": 14, "x1": 26, "top": 12, "bottom": 22},
        {"text": "track", "x0": 28, "x1": 50, "top": 12, "bottom": 22},
        {"text": "Status", "x0": 14, "x1": 50, "top": 0, "bottom": 8},
    ]
    assert colour_key.colour_key(words, [amber]) == {}
    named = [dict(words[0], text="GREEN")]
    assert colour_key.colour_key(named, [dict(amber, non_stroking_color=(0.0, 0.7, 0.3))]) == {(0.0, 0.7, 0.3): "Green"}


def test_pale_fills_rate_in_a_status_cell_only():
    pale_green = (0.78, 0.94, 0.81)
    assert tables.rag_from_colour(pale_green, pale=True) == "Green"
    assert tables.rag_from_colour(pale_green) is None


def test_a_heading_across_the_grid_is_a_theme_and_an_introduction_is_no_row():
    rows = [
        ["Partners recognise the importance of the early years, and set out their priorities below as follows:-"]
        + [""] * 3,
        ["Develop a system wide approach to reduce poor outcomes", "", "", ""],
        ["Optimise the family hubs offer", "Lead for Family Hubs", "Mar 2026", "Metrics agreed"],
        ["Encourage healthy behaviours within families", "Public Health", "Mar 2026", "Offer in place"],
    ]
    table = _plan(["What we have committed to", "Led by", "Timescale", "Measure"], rows)
    tables._mark_spanning(table, {0, 1})
    found = tables.action_plan_rows([table], "doc")
    assert [row.action for row in found] == [rows[2][0], rows[3][0]]
    assert {row.theme for row in found} == {rows[1][0]}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024-2029", "2024-01-01", "2029-12-31"),
        ("Commenced October 2024", "2024-10-01", None),
        ("2027 onwards", "2027-01-01", None),
        ("01/07/2021 - 31/08/2021", "2021-07-01", "2021-08-31"),
        ("March 2025", None, "2025-03-31"),
        ("12-03-2024", None, "2024-03-12"),  # one date, not a range
    ],
)
def test_a_deadline_cell_may_say_when_the_work_starts(text, start, end):
    table = _plan(["Action", "Owner", "Timescale"], [["Publish the plan", "Clerk", text]])
    row = tables.action_plan_rows([table], "doc", dt.date(2025, 1, 15))[0]
    assert (str(row.start_date) if row.start_date else None, str(row.end_date) if row.end_date else None) == (
        start,
        end,
    )
