"""Which column is a plan's deadline when several names could say so (issue #5, stop 67): a field a column's own header
names outright ('Target date', 'Deadline', 'Timescale', 'By when?') wins over the same field only inferred for
another column (a side of 'Lead and Timescale' or of 'Owner / Deadline', a plural, a 'Target Start Date'). The cases
failing before are marked so; the rest are guards that hold before and after. All wording and names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.models import ActionPlanRow, Provenance, Table
from agendaparse.tables.headers import header_fields, table_fields
from agendaparse.tables.plan_rows import action_plan_rows
from agendaparse.tables.step_cells import _tagger, is_step, names_an_owner

MEETING = dt.date(2024, 11, 5)


def plan_rows(header: list[str], rows: list[list[str]]) -> list[ActionPlanRow]:
    table = Table(
        n_rows=len(rows),
        n_cols=len(header),
        header=header,
        rows=rows,
        page_start=1,
        page_end=1,
        kind="action_plan",
        provenance=Provenance(document="doc", page=1, method="pdfplumber:find_tables"),
    )
    return action_plan_rows([table], "doc", MEETING)


# ---------------------------------------------------------------- a joined name beside a name of its own


def test_a_target_date_beside_lead_and_timescale_is_the_deadline() -> None:
    """Failing before: 'Lead and Timescale' after the 'Lead' column took the deadline by its second half, and the
    'Target date' printed for the deadline alone was left in the row's extra. A column named for the deadline alone
    is surer than one naming it beside the lead; with the lead named too, the joined column is neither (as before stop
    66: its cells stay in the row's extra)."""
    header = ["Action", "Lead", "Lead and Timescale", "Target date"]
    assert header_fields(header) == {0: "action", 1: "named_lead", 3: "end_date"}
    rows = plan_rows(
        header, [["Repaint the railings by the war memorial", "Clerk", "Clerk - March 2025", "April 2025"]]
    )
    assert [(row.named_lead, row.end_date) for row in rows] == [("Clerk", dt.date(2025, 4, 30))]
    assert rows[0].extra == {"Lead and Timescale": "Clerk - March 2025"}


def test_a_deadline_beside_a_slash_name_naming_one_is_the_deadline() -> None:
    """Failing before: the second side of 'Owner / Timescale' took the deadline from the 'Deadline' column after it."""
    assert header_fields(["Task", "Lead officer", "Owner / Timescale", "Deadline"]) == {
        0: "action",
        1: "named_lead",
        3: "end_date",
    }


def test_a_deadline_after_timescale_and_review_is_the_deadline() -> None:
    """Failing before: 'Timescale & Review' (when, and when it is looked at again) took the deadline from 'Deadline'."""
    assert header_fields(["Action", "Owner", "Timescale & Review", "Deadline"]) == {
        0: "action",
        1: "named_lead",
        3: "end_date",
    }


def test_guard_lead_and_timescale_is_the_lead_where_no_other_column_is() -> None:
    """With no lead column, the joined column is the lead (its first half) and 'Target date' the deadline."""
    assert header_fields(["Action", "Lead and Timescale", "Target date", "Status"]) == {
        0: "action",
        1: "named_lead",
        2: "end_date",
        3: "status",
    }


def test_guard_lead_and_timescale_alone_gives_the_lead_and_the_date_its_cells_end_in() -> None:
    """The only column naming who and when: the lead, and a cell holding both ('Clerk - March 2025') gives the owner and
    the deadline, as an owner cell ending in its date does in a table with no date column (stop 48's owner_and_deadline,
    the gold's month-only date as the month's last day)."""
    header = ["Action", "Lead and Timescale"]
    assert header_fields(header) == {0: "action", 1: "named_lead"}
    rows = plan_rows(
        header,
        [
            ["Repaint the railings by the war memorial", "Clerk - March 2025"],
            ["Seek three quotes for a new bench", "Cllr Orme - June 2025"],
        ],
    )
    assert [(row.named_lead, row.end_date) for row in rows] == [
        ("Clerk", dt.date(2025, 3, 31)),
        ("Cllr Orme", dt.date(2025, 6, 30)),
    ]


def test_guard_a_timescale_before_lead_and_timescale_stays_the_deadline() -> None:
    assert header_fields(["Action", "Timescale", "Lead and Timescale"]) == {0: "action", 1: "end_date", 2: "named_lead"}


def test_guard_review_and_action_is_still_read_by_its_sides() -> None:
    """Stop 66's joined names where no column names the same field outright: each side that is a name."""
    assert header_fields(["Risk", "Review and Action", "Owner", "Due"])[1] == "action"


# ---------------------------------------------------------------- a start named as planned


def test_guard_target_start_beside_target_end_are_the_start_and_the_end() -> None:
    """Both named: the start is the start, the end the deadline (the gold README: 'Start date | End date' is no
    revision)."""
    header = ["Action", "Lead", "Target Start Date", "Target End Date"]
    assert header_fields(header) == {0: "action", 1: "named_lead", 2: "start_date", 3: "end_date"}
    rows = plan_rows(header, [["Survey the village hall roof", "Clerk", "April 2025", "June 2025"]])
    assert [(row.start_date, row.end_date) for row in rows] == [(dt.date(2025, 4, 1), dt.date(2025, 6, 30))]


def test_guard_target_start_as_the_only_date_is_the_start_and_no_deadline() -> None:
    """The only date column named for the start is the start, and the row has no deadline: the gold README keeps a
    start apart from a deadline ('From May 2011' is a start and no end, a start printed as a month is its first day),
    and 'Target' only says the start is planned ('Target start' is no target date)."""
    header = ["Action", "Lead", "Target Start Date", "Status"]
    assert header_fields(header) == {0: "action", 1: "named_lead", 2: "start_date", 3: "status"}
    rows = plan_rows(header, [["Survey the village hall roof", "Clerk", "April 2025", "Not started"]])
    assert [(row.start_date, row.end_date) for row in rows] == [(dt.date(2025, 4, 1), None)]


def test_guard_target_start_does_not_take_the_end_from_a_timescale() -> None:
    assert header_fields(["Action", "Owner", "Target Start Date", "Timescale"]) == {
        0: "action",
        1: "named_lead",
        2: "start_date",
        3: "end_date",
    }


# ---------------------------------------------------------------- plurals and names found by content


def test_a_deadline_beside_a_plural_timescales_is_the_deadline() -> None:
    """Failing before: 'Timescales' (a plural read as its singular) took the deadline from the 'Deadline' after it."""
    assert header_fields(["Actions", "Lead", "Timescales", "Deadline"])[3] == "end_date"


def test_guard_a_plural_alone_stays_the_deadline() -> None:
    assert header_fields(["Action", "Lead", "Timescales"]) == {0: "action", 1: "named_lead", 2: "end_date"}


def test_a_by_when_after_a_target_of_sentences_is_taken_before_a_joined_name() -> None:
    """Failing before: where a 'Target' of sentences is no deadline, the column named for the deadline outright ('By
    when?') is it, not an earlier 'Lead and Timescale' whose second half names one."""
    header = ["Target", "Owner", "Lead and Timescale", "By when?"]
    rows = [
        ["Target 1: Plant a native hedge along the fence", "Cllr Orme", "Clerk, spring", "May 2025"],
        ["Target 2: Put up four bird boxes by the pond", "Cllr Pell", "Clerk, summer", "June 2025"],
    ]
    assert table_fields(header, rows) == {0: "action", 1: "named_lead", 3: "end_date"}


# ---------------------------------------------------------------- steps by the tagger, not only the list of verbs

needs_tagger = pytest.mark.skipif(_tagger() is None, reason="the optional English pipeline (en_core_web_sm)")


@needs_tagger
def test_a_step_whose_verb_is_not_in_the_list_is_a_step_by_its_tag() -> None:
    """Failing before: steps whose verbs STEP_VERBS does not hold, read as verbs' base forms by the tagger."""
    assert is_step("Notify the school of the road closure")
    assert is_step("Host a coffee morning for new residents")
    assert is_step("Set up a rota for the litter picks")
    assert is_step("3. Erect a new sign on the green")
    assert is_step("Clerk to lobby the county for a crossing")


def test_guard_record_names_and_agenda_items_stay_no_steps() -> None:
    """A verb's noun heading a record before its complement, an agenda's business, a measure's or a post's name."""
    for text in (
        "Report on the budget for next year",
        "Change to the standing orders",
        "Work on the pavilion has been completed",
        "To receive the minutes of the last meeting",
        "To note the correspondence received",
        "Planning applications decided in time",
        "Missed bin collections this quarter",
        "Overgrown hedge on Mill Lane",
        "Percentage of invoices paid within 30 days",
        "Training for new councillors",
        "Repairs to the bus shelter",
        "Halve the time taken to answer calls",  # a target's change in a measure
    ):
        assert not is_step(text), text
    assert names_an_owner("Parks Office Manager") and names_an_owner("Head of Finance")


@needs_tagger
def test_an_action_column_of_owners_beside_steps_of_other_verbs_is_the_lead() -> None:
    """Failing before: the steps beside the 'Action' column of owners open with verbs the list does not hold, so the
    owners stayed the action (stop 66's rule for 'Item | ... | Action: Clerk' tables)."""
    header = ["No.", "Item", "Year", "Action", "Progress %"]
    rows = [
        ["1", "Host a coffee morning for new residents", "24/25", "Clerk", "50"],
        ["2", "Notify the school of the road closure", "25/26", "Clerk + Cllr Orme", "10"],
    ]
    fields = table_fields(header, rows)
    assert fields[1] == "action" and fields[3] == "named_lead"


def test_guard_a_column_naming_the_rows_stays_the_action_however_short_its_cells() -> None:
    """Single words under 'Stage name' look like posts ('Clerk') but name the rows: no lead, though the description
    beside them holds steps the tagger reads ('Count the bats ...'); only a column named 'Action' holding who acts is
    the lead (stop 66's parish 'Action: Clerk')."""
    header = ["Stage #", "Stage name", "Description", "Start date", "End date"]
    rows = [
        ["1", "Survey", "Count the bats roosting in the old barn", "May 2026", "June 2026"],
        ["2", "Fencing", "Erect a fence around the new pond", "July 2026", "August 2026"],
    ]
    assert table_fields(header, rows)[1] == "action"


def test_guard_a_theme_printed_once_over_its_rows_stays_the_theme() -> None:
    """A strategy's priorities set as imperatives ('Cut fly-tipping in the lanes'), each printed once over the rows
    under it and blank beside the rest, are their theme, not their steps."""
    header = ["Strategic priority", "Deliverable", "Lead", "Due date"]
    rows = [
        ["Cut fly-tipping in the lanes", "Install two cameras at the lay-by", "Clerk", "May 2026"],
        ["", "Publish the fines given on the website", "Clerk", "June 2026"],
        ["Grow the volunteer base", "Host an evening for new volunteers", "Cllr Orme", "July 2026"],
    ]
    assert table_fields(header, rows) == {0: "theme", 1: "action", 2: "named_lead", 3: "end_date"}
