"""Action plans recognised by what makes a table an action log, beyond the header words the rules knew (issue #5,
stop 66): a column of steps beside who acts and when or how far, whatever the columns are called; 'By who?', a
'... responsibility', a plural name with a note in brackets, two names joined by 'and', a qualified 'Corrective
action' over a bare 'Description', a 'Target' column of sentences, a 'Done?' box crossed 'x'; and, kept from the
logs, a key to statuses and a responsibility matrix. Each case fails before stop 66; the guards are the near forms
that stay as they were. All wording and names are invented.
"""

from __future__ import annotations

from agendaparse.tables.headers import header_fields, is_log, table_fields
from agendaparse.tables.step_cells import is_step, names_an_owner


def read(header: list[str], rows: list[list[str]], *, captioned: bool = False) -> tuple[bool, dict[int, str]]:
    plan = is_log(header, rows, captioned=captioned)
    return plan, table_fields(header, rows, captioned=captioned) if plan else {}


# ---------------------------------------------------------------- steps as the action, by what the column holds

TARGETS = ["Targets", "By who?", "By when?", "Achieved?"]
TARGET_ROWS = [
    ["Target 1: Repaint the bus shelter on Mill Lane", "Parish clerk", "June 2025", "Yes"],
    ["Target 2: Install a bench beside the pond", "Cllr Orme", "September 2025", ""],
]


def test_a_column_of_targets_set_out_as_steps_is_the_action() -> None:
    assert read(TARGETS, TARGET_ROWS) == (True, {0: "action", 1: "named_lead", 2: "end_date", 3: "status"})


AIMS = ["Area of work", "Lead responsibility", "Monitoring", "Completed by"]
AIM_ROWS = [
    ["1. To review the lettings policy for the hall", "Ravi Menon", "Report to each meeting", "March 2026"],
    ["2. To agree a new scale of hire charges", "Jo Pell", "Finance group checks quarterly", "May 2026"],
]


def test_an_infinitive_aim_beside_a_lead_responsibility_is_the_action() -> None:
    assert read(AIMS, AIM_ROWS) == (True, {0: "action", 1: "named_lead", 3: "end_date"})


OWNERS_UNDER_ACTION = ["No.", "Item", "Year", "Action", "Progress %"]
OWNER_ROWS = [
    ["1", "Develop a footpath map for the parish", "24/25", "Clerk", "50"],
    ["2", "Review the grass cutting contract before renewal", "25/26", "Clerk + Cllr Orme", "10"],
]


def test_an_action_column_of_owners_beside_a_column_of_steps_is_the_lead() -> None:
    plan, fields = read(OWNERS_UNDER_ACTION, OWNER_ROWS)
    assert plan and fields[1] == "action" and fields[3] == "named_lead"


def test_guard_an_action_column_of_owners_stays_the_action_where_a_lead_is_named() -> None:
    header = ["Item", "Action", "Lead", "Due"]
    rows = [["Develop a footpath map for the parish", "Clerk", "Cllr Orme", "May 2025"],
            ["Review the grass cutting contract", "Clerk", "Cllr Pell", "June 2025"]]  # fmt: skip
    assert table_fields(header, rows)[1] == "action"


def test_guard_steps_without_an_owner_column_are_no_plan() -> None:
    """An agenda's items ('To receive ...', 'Review the ...') with no one named and no date: no log."""
    header = ["Item", "Business"]
    rows = [["1", "Review the minutes of the last meeting"], ["2", "Agree the date of the next meeting"]]
    assert read(header, rows) == (False, {})


def test_guard_a_decisions_list_with_a_decision_maker_is_no_plan() -> None:
    header = ["Decision", "Date", "Decision maker"]
    rows = [["Renew the hall insurance with the present insurer", "3 May 2025", "Full council"],
            ["Replace the notice board by the shop", "7 June 2025", "Finance group"]]  # fmt: skip
    assert read(header, rows) == (False, {})


def test_guard_a_scorecard_with_an_owner_and_a_target_is_no_plan() -> None:
    header = ["Indicator", "Target", "Actual", "Status", "Owner"]
    rows = [["Planning applications decided in time", "90%", "86%", "Amber", "Planning manager"],
            ["Missed bin collections", "< 50", "41", "Green", "Waste manager"]]  # fmt: skip
    assert read(header, rows) == (False, {})


def test_step_cells() -> None:
    assert is_step("Develop a community emergency plan")
    assert is_step("2.To oversee the accounts of the hall")
    assert is_step("Clerk to obtain three quotes for the fence")
    assert is_step("Aim 3: Plant bulbs along the verge")
    assert not is_step("Review of the lettings policy")  # a heading naming a review, not a step
    assert not is_step("To receive the minutes")  # an agenda's item, no plan verb
    assert not is_step("Overgrown hedge on Mill Lane")
    assert not is_step("Develop plan")  # two words: too short to tell


def test_owner_cells() -> None:
    assert names_an_owner("Clerk + Cllr Orme") and names_an_owner("Head of Finance") and names_an_owner("EAC / TC")
    assert not names_an_owner("Complete") and not names_an_owner("Yes") and not names_an_owner("March 2025")
    assert not names_an_owner("Clerk to write to the owner")


# ---------------------------------------------------------------- header words by their meaning


def test_by_who_names_the_lead() -> None:
    assert header_fields(["Action", "By who?", "By when?"]) == {0: "action", 1: "named_lead", 2: "end_date"}


def test_a_responsibility_named_for_its_kind_is_the_lead() -> None:
    assert header_fields(["Action", "Delegated responsibility", "Due"]) == {0: "action", 1: "named_lead", 2: "end_date"}
    assert header_fields(["Action", "Responsibility", "Due"])[1] == "named_lead"  # guard: the bare name as before


def test_a_plural_name_with_a_note_in_brackets_is_read_as_printed_alone() -> None:
    fields = header_fields(["Objectives (as in the 2024 plan)", "Actions", "Lead"])
    assert fields == {0: "theme", 1: "action", 2: "named_lead"}
    assert header_fields(["Action", "Who (lead in red)"]) == {0: "action", 1: "named_lead"}  # guard


def test_two_names_joined_by_and_are_read_each() -> None:
    header = ["Subject", "Risk", "Management and Control", "Review and Action", "Responsible"]
    assert header_fields(header) == {3: "action", 4: "named_lead"}
    assert header_fields(["Milestones and Date", "Risk Management and Control"]) == {}  # guard: neither side a name


def test_guard_a_sum_of_two_figures_is_no_pair_of_names() -> None:
    """A budget's 'Actual + commitments £' is one figure, not 'commitments' (an action's name) beside another."""
    header = ["Service", "Full year budget £", "Actual + commitments £", "Variance £"]
    assert "action" not in header_fields(header).values()


def test_a_qualified_action_is_the_action_over_a_bare_description() -> None:
    header = ["Ref", "Description", "Root cause", "Remedial action", "Owner", "Due"]
    assert header_fields(header) == {0: "action_no", 3: "action", 4: "named_lead", 5: "end_date"}


def test_guard_a_description_beside_action_taken_stays_the_action() -> None:
    header = ["Ref", "Description", "Action taken", "Owner", "Due"]
    assert header_fields(header) == {0: "action_no", 1: "action", 2: "progress", 3: "named_lead", 4: "end_date"}


def test_a_target_column_of_sentences_is_no_deadline() -> None:
    header = ["Targets", "Lead", "By when"]
    rows = [["Reduce the hall's heating bill by a fifth", "Hall manager", "April 2026"],
            ["Double the number of regular hirers", "Bookings clerk", "April 2027"]]  # fmt: skip
    assert table_fields(header, rows) == {1: "named_lead", 2: "end_date"}


def test_guard_a_target_column_of_dates_stays_the_deadline() -> None:
    header = ["Action", "Lead", "Target"]
    rows = [["Repaint the bus shelter", "Clerk", "June 2025"], ["Clear the pond", "Cllr Orme", "July 2025"]]
    assert table_fields(header, rows) == {0: "action", 1: "named_lead", 2: "end_date"}


def test_a_done_box_crossed_x_is_the_status() -> None:
    header = ["Done?", "Item", "Responsible", "Due Date"]
    rows = [["", "Send the revised budget to members", "Amy Lowe", "2025-05-10"],
            ["x", "Book the hall for the open day", "Ben Carr", "2025-05-03"]]  # fmt: skip
    assert table_fields(header, rows)[0] == "status"


def test_guard_a_done_column_of_words_is_no_status() -> None:
    header = ["Done?", "Item", "Responsible", "Due Date"]
    rows = [["Partly", "Send the revised budget", "Amy Lowe", "2025-05-10"],
            ["Waiting", "Book the hall", "Ben Carr", "2025-05-03"]]  # fmt: skip
    assert 0 not in table_fields(header, rows)


# ---------------------------------------------------------------- tables that are no log


def test_a_key_to_statuses_is_no_log() -> None:
    header = ["Status", "Meaning", "What happens next"]
    rows = [["Overdue", "The due date has passed", "Escalate to the chair"],
            ["Complete", "All work done", "Remove at the next meeting"]]  # fmt: skip
    assert not is_log(header, rows)


def test_guard_a_log_led_by_its_status_column_with_an_owner_stays_a_log() -> None:
    header = ["Status", "Action", "Owner", "Due"]
    rows = [["Open", "Repaint the bus shelter", "Clerk", "June 2025"],
            ["Complete", "Clear the pond", "Cllr Orme", "July 2025"]]  # fmt: skip
    assert is_log(header, rows)


def test_guard_a_log_whose_statuses_repeat_stays_a_log() -> None:
    header = ["Status", "Action"]
    rows = [["Open", "Repaint the bus shelter"], ["Open", "Clear the pond"], ["Complete", "Mend the gate"]]
    assert is_log(header, rows) == is_log(header[::-1], [row[::-1] for row in rows])


def test_a_responsibility_matrix_is_no_log() -> None:
    header = ["Activity", "Chair", "Clerk lead", "Treasurer"]
    rows = [["Budget setting", "A", "R", "C"], ["Annual return", "I", "A/R", "C"], ["Grant bids", "A", "R", "I"]]
    assert not is_log(header, rows)


def test_guard_a_log_with_rag_letters_stays_a_log() -> None:
    header = ["Action", "Lead", "RAG", "Status"]
    rows = [["Repaint the bus shelter", "Clerk", "A", "C"], ["Clear the pond", "Cllr Orme", "R", "I"]]
    assert is_log(header, rows)


# ---------------------------------------------------------------- dates named as planned, numbers named for the rows


def test_a_start_named_as_planned_is_the_start() -> None:
    header = ["Stage", "Description", "Target Start Date", "Target End Date", "Status"]
    assert header_fields(header)[2] == "start_date" and header_fields(header)[3] == "end_date"
    assert header_fields(["Action", "Owner", "Start", "Est. End"]) == {
        0: "action", 1: "named_lead", 2: "start_date", 3: "end_date"
    }  # fmt: skip


def test_guard_a_bare_target_date_stays_the_deadline() -> None:
    assert header_fields(["Action", "Owner", "Target date"])[2] == "end_date"
    assert header_fields(["Action", "Owner", "Planned completion"])[2] == "end_date"


def test_the_rows_number_named_for_them_left_of_an_action_found_by_its_text() -> None:
    header = ["Finding ID", "Title", "Severity", "Owner", "Target Date", "Status"]
    rows = [["F-01", "Weak passwords allowed on the booking site", "High", "IT team", "2025-06-30", "Open"],
            ["F-02", "No log kept of changes to payee details", "Medium", "Finance", "2025-07-31", "Open"]]  # fmt: skip
    fields = table_fields(header, rows)
    assert fields[0] == "action_no" and fields[1] == "action"


def test_guard_a_short_log_led_by_its_status_with_an_update_stays_a_log() -> None:
    header = ["Status", "Action", "Update"]
    rows = [["Open", "Repaint the bus shelter", "Paint bought"], ["Complete", "Clear the pond", "Done in May"]]
    assert is_log(header, rows)
