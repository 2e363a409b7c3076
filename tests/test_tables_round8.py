"""Owner cells, date cells and date column headings as other bodies' action plans print them
(round 8), and the evaluator's joining of tables continued over a page break.

Each case is a printed cell with its truth by corpus/gold/README.md: ``named_lead`` is the person
or post who leads (teams, posts and initials as printed, a person's post after the name dropped),
``lead_org`` the body; dates ISO, a month or quarter its last day (a start its first day), none
for 'Ongoing', 'TBC', 'Complete'. Cells run through :func:`tables.action_plan_rows`, the code
path of a real table, with the meeting date as reference.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse import tables
from agendaparse.evaluate import merge_continuations, norm_name
from conftest import make_table

MEETING = dt.date(2024, 6, 20)


def _row(header: list[str], row: list[str], reference: dt.date | None = MEETING):
    table = make_table(header, [row])
    assert tables.is_action_plan(header), header
    table.kind = "action_plan"
    found = tables.action_plan_rows([table], "doc", reference)
    assert len(found) == 1
    return found[0]


OWNER_CASES = [
    # people, with their post after the name, on the same or the next line
    ("Jane Smith", "Jane Smith", None),
    ("Cllr Jane Smith", "Jane Smith", None),
    ("Jane Smith (Head of Housing)", "Jane Smith", None),
    ("Jane Smith, Head of Housing", "Jane Smith", None),
    ("Jane Smith\nHead of Housing", "Jane Smith", None),
    ("David O'Neill\nTown Clerk", "David O'Neill", None),
    ("Public Health Consultant", "Public Health Consultant", None),
    ("Jane Smith – Director of Public Health", "Jane Smith", None),
    ("Lead: Jane Smith", "Jane Smith", None),
    ("Lead officer: Tom Brown (Planning Policy Manager)", "Tom Brown", None),
    # initials, posts and teams as printed
    ("JS / AB", "JS / AB", None),
    ("JS", "JS", None),
    ("Director of Public Health", "Director of Public Health", None),
    ("Head of Service, Children's Services", "Head of Service, Children's Services", None),
    ("Clerk / RFO", "Clerk / RFO", None),
    ("Highways Team", "Highways Team", None),
    ("Chief Executive", "Chief Executive", None),
    # bodies
    ("Environment Agency", None, "Environment Agency"),
    ("KCC / NHS Kent and Medway", None, "KCC / NHS Kent and Medway"),
    ("Anytown District Council", None, "Anytown District Council"),
    ("Community Safety Partnership", None, "Community Safety Partnership"),
    ("NHS Kent and Medway ICB", None, "NHS Kent and Medway ICB"),
    ("Kent Fire and Rescue Service", None, "Kent Fire and Rescue Service"),
    ("The Education People", None, "The Education People"),
    # a person or post with the body
    ("Jane Smith (Kent Police)", "Jane Smith", "Kent Police"),
    ("Jane Smith, Kent Police", "Jane Smith", "Kent Police"),
    ("Jane Smith – Environment Agency", "Jane Smith", "Environment Agency"),
    ("Head of Planning, Anytown District Council", "Head of Planning", "Anytown District Council"),
    ("Head of Planning (Anytown District Council)", "Head of Planning", "Anytown District Council"),
    ("Early years lead The Education People", "Early years lead", "The Education People"),
    ("Programme Manager The Kent Foundation", "Programme Manager", "The Kent Foundation"),
    ("Jane Smith\nEnvironment Agency", "Jane Smith", "Environment Agency"),
    # a name with its acronym, a second label, bodies by their kind of name
    ("Kent County Council (KCC)", None, "Kent County Council"),
    ("Director of Public Health (DPH)", "Director of Public Health", None),
    ("Lead: Director of Public Health; Support: District Councils", "Director of Public Health", None),
    ("Welsh Government", None, "Welsh Government"),
    ("Cabinet Office", None, "Cabinet Office"),
    ("Office Manager", "Office Manager", None),
    ("Clerk to the Council", "Clerk to the Council", None),
    ("Chair of Governors", "Chair of Governors", None),
    # everyone: no one lead
    ("All", None, None),
    ("All partners", None, None),
    ("All members", None, None),
    ("All agencies", None, None),
]


@pytest.mark.parametrize(("printed", "named_lead", "lead_org"), OWNER_CASES)
def test_owner_cells_split_into_lead_and_body(printed: str, named_lead: str | None, lead_org: str | None) -> None:
    row = _row(["Action", "Lead", "Target date"], ["Review the play area report", printed, "March 2025"])
    assert (norm_name(row.named_lead) or None, norm_name(row.lead_org) or None) == (
        norm_name(named_lead) or None,
        norm_name(lead_org) or None,
    )


def test_a_lead_organisation_column_keeps_the_person_in_the_lead_column() -> None:
    header = ["Action", "Lead officer", "Lead organisation", "Deadline"]
    row = _row(
        header, ["Review the play area report", "Jane Smith (Head of Housing)", "Anytown District Council", "Mar-25"]
    )
    assert (row.named_lead, row.lead_org) == ("Jane Smith", "Anytown District Council")


DATE_CASES = [
    # printed, start, end (meeting 20 June 2024)
    ("Q3 2024/25", None, "2024-12-31"),
    ("Q4 2024/25", None, "2025-03-31"),
    ("Q3 24/25", None, "2024-12-31"),
    ("Q1 2025", None, "2025-03-31"),
    ("2025/26 Q1", None, "2025-06-30"),
    ("Oct 24", None, "2024-10-31"),
    ("Sept 25", None, "2025-09-30"),
    ("Oct 24, 2024", None, "2024-10-24"),
    ("w/c 14 October 2024", None, "2024-10-14"),
    ("Summer 2025", None, None),
    ("Annually", None, None),
    ("By 29 Se ptember 2024", None, "2024-09-29"),  # broken in a narrow column
    ("Nov ember 2024", None, "2024-11-30"),
    ("Quarter 2", None, "2024-09-30"),
    ("Quarter 3 2024/25", None, "2024-12-31"),
    ("Mar-25", None, "2025-03-31"),
    ("March 2025", None, "2025-03-31"),
    ("Sept 2025", None, "2025-09-30"),
    ("2024/25", None, "2025-03-31"),
    ("2024-25", None, "2025-03-31"),
    ("2025", None, "2025-12-31"),
    ("End of year", None, "2024-12-31"),
    ("End of financial year", None, "2025-03-31"),
    ("End of March", None, "2025-03-31"),
    ("December", None, "2024-12-31"),
    ("By Sept 2025", None, "2025-09-30"),
    ("By end of March 2025", None, "2025-03-31"),
    ("31/03/25", None, "2025-03-31"),
    ("31.03.2025", None, "2025-03-31"),
    ("By 31 March 2025", None, "2025-03-31"),
    ("Ongoing", None, None),
    ("On-going", None, None),
    ("TBC", None, None),
    ("Complete", None, None),
    ("Completed", None, None),
    ("N/A", None, None),
    ("Next meeting", None, None),
    ("Commenced Jan 2024", "2024-01-01", None),
    ("From May 2011", "2011-05-01", None),
    ("Commenced Oct 24", "2024-10-01", None),
    ("Procure by mid-June and launch across the county from September 2024", None, None),
    ("By March 2025 (moved from December 2024)", None, "2025-03-31"),
    ("2027 onwards", "2027-01-01", None),
    ("Ongoing from April 2024", "2024-04-01", None),
    ("Sep 2024 - ongoing", "2024-09-01", None),
    ("Apr 24 - Mar 25", "2024-04-01", "2025-03-31"),
    ("April 2024 – March 2025", "2024-04-01", "2025-03-31"),
    ("2024-2029", "2024-01-01", "2029-12-31"),
    ("June 24- Nov 24 to be launched Dec 24 (provisional)", "2024-06-01", "2024-11-30"),
    ("Tbc provisional Jan 25-October 25 (dependent on budget)", "2025-01-01", "2025-10-31"),
    ("Q1 2024/25 - Q4 2025/26", "2024-04-01", "2026-03-31"),
]


@pytest.mark.parametrize(("printed", "start", "end"), DATE_CASES)
def test_date_cells_give_start_and_end(printed: str, start: str | None, end: str | None) -> None:
    row = _row(["Action", "Owner", "Timescale"], ["Review the play area report", "Clerk", printed])
    assert (str(row.start_date) if row.start_date else None, str(row.end_date) if row.end_date else None) == (
        start,
        end,
    )


START_CASES = [
    ("April 2024", "2024-04-01"),
    ("Apr-24", "2024-04-01"),
    ("Q2 2024/25", "2024-07-01"),
    ("2024/25", "2024-04-01"),
    ("01/09/2024", "2024-09-01"),
    ("2025", "2025-01-01"),
    ("Started", None),
]


@pytest.mark.parametrize(
    "printed",
    ["As at end August 2024", "Launch across the county from September 2024", "Strategy is 2022-2027, review 2025"],
)
def test_a_date_inside_a_sentence_is_not_the_start(printed: str) -> None:
    assert tables.start_in_deadline(printed, MEETING).date is None


@pytest.mark.parametrize(("printed", "start"), START_CASES)
def test_a_start_column_gives_the_first_day_of_the_period(printed: str, start: str | None) -> None:
    row = _row(["Action", "Owner", "Start", "End"], ["Review the play area report", "Clerk", printed, "March 2026"])
    assert (str(row.start_date) if row.start_date else None) == start
    assert str(row.end_date) == "2026-03-31"


HEADER_CASES = [
    (["Action", "Owner", "Timescale"], "end_date"),
    (["Action", "Owner", "Timescales"], "end_date"),
    (["Action", "Owner", "Target date"], "end_date"),
    (["Action", "Owner", "Target dates"], "end_date"),
    (["Action", "Owner", "By when"], "end_date"),
    (["Action", "Owner", "By when?"], "end_date"),
    (["Action", "Owner", "When by"], "end_date"),
    (["Action", "Owner", "Deadline"], "end_date"),
    (["Action", "Owner", "Deadlines"], "end_date"),
    (["Action", "Owner", "Due"], "end_date"),
    (["Action", "Owner", "Timeframe"], "end_date"),
    (["Action", "Owner", "Completion date"], "end_date"),
    (["Action", "Owner", "Milestone date"], "end_date"),
    (["Action", "Owner", "Target completion"], "end_date"),
    (["Action", "Owner", "Delivery date"], "end_date"),
    (["Action", "Owner", "End date"], "end_date"),
    (["Action", "Owner", "Planned completion date"], "end_date"),
    (["Action", "Owner", "Start"], "start_date"),
    (["Action", "Owner", "Start date"], "start_date"),
    (["Action", "Owner", "Planned start"], "start_date"),
    (["Action", "Owner", "Commencement date"], "start_date"),
    (["Action", "Owner", "Responsibledepartment"], "lead_org"),  # broken in a narrow column, joined
    (["Action", "Owner", "Targetdate"], "end_date"),
]


@pytest.mark.parametrize(("header", "field"), HEADER_CASES)
def test_date_column_headings(header: list[str], field: str) -> None:
    assert tables.header_fields(header).get(2) == field


@pytest.mark.parametrize(
    ("header", "printed", "end"),
    [
        (["Action", "Owner", "Milestone"], "March 2025", "2025-03-31"),
        (["Action", "Owner", "Milestones"], "Q4 2024/25", "2025-03-31"),
    ],
)
def test_a_milestone_column_of_dates_is_the_deadline(header: list[str], printed: str, end: str) -> None:
    table = make_table(
        header, [["Review the play area report", "Clerk", printed], ["Publish the plan", "Clerk", "June 2025"]]
    )
    table.kind = "action_plan"
    found = tables.action_plan_rows([table], "doc", MEETING)
    assert str(found[0].end_date) == end


def test_a_milestone_column_of_words_is_not_a_date() -> None:
    table = make_table(["Action", "Owner", "Milestone"], [
        ["Review the play area report", "Clerk", "Report agreed by members"],
        ["Publish the plan", "Clerk", "Plan on the website"],
    ])  # fmt: skip
    table.kind = "action_plan"
    assert tables.header_fields(table.header).get(2) != "end_date"
    assert all(row.end_date is None for row in tables.action_plan_rows([table], "doc", MEETING))


@given(st.text(max_size=60))
def test_date_cells_never_crash_and_a_start_is_never_after_the_end(text: str) -> None:
    end = tables.deadline(text, MEETING)
    start = tables.start_in_deadline(text, MEETING)
    if start.date and end.date:
        assert start.date <= end.date


@given(st.text(max_size=60))
def test_owner_cells_never_crash(text: str) -> None:
    lead, body = tables.split_owner(text)
    assert lead is None or lead.strip()
    assert body is None or body.strip()


def test_rows_listing_the_items_of_an_action_ending_in_a_colon_are_not_actions() -> None:
    table = make_table(
        ["What we will do", "Led by", "Timescale", "Shared outcome"],
        [
            ["Improve access to green space. Services involved include:", "Head of Environment", "2025", "SO1"],
            ["Community Wardens", "", "", "SO1"],
            ["Library Services", "", "", "SO2"],
            ["Publish the walking strategy", "Head of Transport", "March 2025", "SO3"],
        ],
    )
    table.kind = "action_plan"
    found = tables.action_plan_rows([table], "doc", MEETING)
    assert [row.row for row in found] == [0, 3]


def test_bullets_under_a_heading_are_the_parts_of_one_action() -> None:
    values = {"action": "Workforce Development • Trauma Informed Training • MECC programme", "named_lead": "FH leads"}
    assert tables.split_cell_actions(values, "rule") == [(values, "rule")]


def test_bullets_after_a_label_are_actions_the_label_going_with_the_first() -> None:
    values = {"action": "Playground : • Quotes will be obtained • NO will speak to the Malins", "named_lead": "LC NO"}
    pieces = [piece for piece, _ in tables.split_cell_actions(values, "rule")]
    assert [piece["action"] for piece in pieces] == [
        "Playground : Quotes will be obtained",
        "NO will speak to the Malins",
    ]
    assert [piece["named_lead"] for piece in pieces] == ["LC", "NO"]


# ---------------------------------------------------------------- the evaluator's continuation join


def _table(page: int, top: float | None, bottom: float | None, rows: list[list[str]], header=("No", "Action", "Owner")):
    table = {"page_start": page, "page_end": page, "header": list(header), "rows": rows}
    if top is not None:
        table["bbox"] = [50.0, top, 500.0, bottom]
    return table


def test_the_table_at_the_foot_of_a_page_joins_the_one_at_the_top_of_the_next() -> None:
    top_of_page = _table(1, 80, 300, [["1", "Publish data", "JS"]])
    at_foot = _table(1, 400, 790, [["2", "Review spend", "AB"]])
    # output order puts the foot table first: the join goes by position, not by output order
    continued = _table(2, 60, 200, [["3", "Agree budget", "CD"]])
    merged = merge_continuations([at_foot, top_of_page, continued])
    assert len(merged) == 2
    assert [row[0] for row in merged[1]["rows"]] == ["2", "3"] or [row[0] for row in merged[0]["rows"]] == ["2", "3"]
    assert sorted(len(table["rows"]) for table in merged) == [1, 2]


def test_a_table_lower_on_the_next_page_is_not_a_continuation() -> None:
    at_foot = _table(1, 400, 790, [["1", "Publish data", "JS"]])
    first = _table(2, 60, 200, [["2", "Agree budget", "CD"]], header=("Payee", "Detail", "Total"))
    lower = _table(2, 300, 500, [["3", "Review spend", "AB"]])  # same header, but a table sits above it
    assert len(merge_continuations([at_foot, first, lower])) == 3


def test_of_side_by_side_tables_the_lower_ending_one_is_continued() -> None:
    left = _table(2, 190, 390, [["2024", "Vehicle", "$45,000"]], header=("Year", "Project", "Estimate"))
    right = _table(2, 140, 470, [["2024", "Reserve", "$10,000"]], header=("Year", "Reserve", "Amount"))
    next_page = _table(3, 55, 520, [["2025", "Fire truck", "$90,000"]], header=("Year", "Project", "Estimate"))
    assert len(merge_continuations([left, right, next_page])) == 3


def test_tables_of_another_width_are_not_joined() -> None:
    at_foot = _table(1, 400, 790, [["1", "Publish data", "JS"]])
    other = _table(2, 60, 200, [["2", "Agree budget"]], header=("No", "Action"))
    assert len(merge_continuations([at_foot, other])) == 2


def test_a_continuation_without_its_header_joins_when_the_columns_agree() -> None:
    at_foot = _table(1, 400, 790, [["1", "Publish data", "JS"]])
    continued = _table(2, 60, 200, [["2", "Agree budget", "CD"]], header=())
    merged = merge_continuations([at_foot, continued])
    assert len(merged) == 1 and merged[0]["page_end"] == 2


def test_tables_of_a_series_are_each_one_table() -> None:
    """Tables on one page, or slides of a series under titles differing in their ends, are separate
    tables; a part of the log under a heading of its own ('Completed actions') goes on with it."""
    header = ("Payee", "Detail", "Total")
    a = _table(3, None, None, [["Payee A", "Rent", "10"]], header=header) | {"title": "Paid by standing order"}
    b = _table(3, None, None, [["Payee B", "Grass", "20"]], header=header) | {"title": "Invoices to be approved"}
    assert len(merge_continuations([a, b])) == 2
    slides = [
        _table(page, 40, 500, [[str(page), "Act", "DPH"]]) | {"title": f"Priorities to improve health ~ {name}"}
        for page, name in ((7, "Public Health"), (8, "Public Health"), (9, "Public Health Education"))
    ]
    assert [len(table["rows"]) for table in merge_continuations(slides)] == [2, 1]
    log = _table(1, 90, 790, [["1", "Publish data", "JS"]]) | {"title": "Action log as of 2 March 2011"}
    done = _table(2, 90, 600, [["2", "Review spend", "AB"]]) | {"title": "Completed actions"}
    assert len(merge_continuations([log, done])) == 1


def test_the_dev_gold_tables_are_not_joined() -> None:
    import json
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parent.parent / "corpus" / "gold" / "dev").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8")).get("tables")
        if gold:
            assert len(merge_continuations(gold)) == len(gold), path.name


# ---------------------------------------------------------------- generated PDFs (tests/table_variants.py)


def test_generated_logs_with_posts_bodies_and_financial_dates() -> None:
    """Generated action logs whose owners include a person with a post and a post with a body, and
    whose dates include financial years, worded quarters and month ranges, read through the PDF."""
    import table_variants as variants

    total = Counter()
    for seed in range(100, 110):
        pdf, variant = variants.generate(seed)
        total += variants.score(variant.truth, variants.extract_rows(pdf))
    figures = variants.summary(total)
    assert figures["f1"] >= 95
    assert min(figures["named_lead"], figures["lead_org"], figures["end_date"]) >= 95, figures
