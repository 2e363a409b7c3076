"""Action plans of the kinds stop 68's fourth design set holds (training/headers_design4.jsonl, issue #5): a step
given to a quantified lowercase subject ('All services to undertake ...'), a forward plan of key decisions and a
scorecard of targets and actuals that are no plan, a column named 'Item ...' holding sentences that is no number, a
column named for a row's closing or completion that is its status, and one named for the year of the work that is
the deadline. Each case fails before stop 68; the guards are the near forms that stay as they were. All wording and
names are invented.
"""

from __future__ import annotations

from agendaparse.tables.headers import is_log, table_fields
from agendaparse.tables.step_cells import is_step, names_an_owner


def read(header: list[str], rows: list[list[str]], *, captioned: bool = False) -> tuple[bool, dict[int, str]]:
    plan = is_log(header, rows, captioned=captioned)
    return plan, table_fields(header, rows, captioned=captioned) if plan else {}


# ---------------------------------------------------------------- a step given to a quantified lowercase subject


def test_a_step_given_to_all_or_each_of_a_lowercase_subject() -> None:
    assert is_step("All services to undertake a fire risk assessment of their buildings")
    assert is_step("Each directorate to review its business continuity plan")
    assert is_step("Every ward councillor to attend the safeguarding briefing")
    assert is_step("Both councils to agree a shared grounds maintenance contract")
    assert is_step("2. All staff to complete the data protection course")


def test_a_column_of_such_steps_beside_a_lead_and_a_date_is_the_action() -> None:
    header = ["Workstream", "Lead officer", "By when"]
    rows = [["All services to undertake a fire risk assessment of their buildings", "Head of Facilities", "March 2026"],
            ["Each directorate to review its business continuity plan", "Resilience Officer", "June 2026"]]  # fmt: skip
    assert read(header, rows) == (True, {0: "action", 1: "named_lead", 2: "end_date"})


def test_guard_a_quantified_subject_not_given_a_step_is_none() -> None:
    assert not is_step("All partners to note the annual report")  # a meeting's business
    assert not is_step("Each year the council reviews its lettings policy")
    assert not is_step("All of the actions have now been completed")
    assert not is_step("The decision to develop the depot site was deferred")  # a record, no quantified subject
    assert not is_step("All applications determined within eight weeks")
    assert names_an_owner("All")  # everyone, as an owner's cell prints it


def test_guard_quantified_cells_that_are_no_steps_make_no_plan() -> None:
    header = ["Theme", "Owner", "Date"]
    rows = [["All partners to note the annual report", "Board manager", "May 2026"],
            ["Each year the board reviews its terms of reference", "Chair", "June 2026"]]  # fmt: skip
    assert read(header, rows) == (False, {})


# ---------------------------------------------------------------- decisions and scorecards: no plan


def test_a_forward_plan_of_key_decisions_is_no_plan() -> None:
    header = ["No.", "Item", "Decision maker", "Decision due", "Lead officer", "Notice first published"]
    rows = [["1.", "Response to the review of the local bus network", "Cabinet", "Before 20 March 2026",
             "Dana Whitlow", "12/02/2026"],
            ["2.", "Quarter 3 revenue budget monitoring", "Cabinet", "Not before 24 March 2026", "Eli Sarmon",
             "01/05/2025"]]  # fmt: skip
    assert read(header, rows) == (False, {})


def test_a_forward_plan_naming_the_decision_making_body_is_no_plan() -> None:
    header = [
        "Reference",
        "Title of the report",
        "Officer and lead member",
        "What the decision making body is being asked to decide",
        "Consultees",
    ]
    rows = [["FP/2026/011", "Street lighting renewal", "Tomas Brecon; Lead Member for Highways",
             "To approve the programme and delegate the award of works orders", "Ward councillors"],
            ["FP/2026/012", "Youth grants round", "Ada Quellin; Lead Member for Young People",
             "To agree the allocation of grants", "Youth council"]]  # fmt: skip
    assert read(header, rows) == (False, {})


def test_guard_an_action_log_with_a_decision_column_stays_a_plan() -> None:
    header = ["Decision", "Action required", "Owner", "By when"]
    rows = [
        ["Hall hire charges to rise in April", "Update the hire charges on the website", "Clerk", "March 2026"],
        ["New notice board agreed", "Order a notice board from the supplier", "Cllr Varne", "April 2026"],
    ]
    plan, fields = read(header, rows)
    assert plan and fields[1] == "action" and fields[2] == "named_lead"


def test_a_log_of_decisions_naming_their_maker_and_an_action_column_stays_a_plan() -> None:
    # a decisions-and-actions log prints who decided beside what is to be done: its rows are actions all the same
    header = ["Ref", "Decision", "Decision maker", "Action", "Owner", "Due"]
    rows = [
        ["D1", "Hall hire charges to rise in April", "Full Council", "Update the hire charges on the website",
         "Clerk", "March 2026"],
        ["D2", "New notice board agreed", "Amenities Committee", "Order a notice board from the supplier",
         "Cllr Varne", "April 2026"],
    ]  # fmt: skip
    plan, fields = read(header, rows)
    assert plan and fields[3] == "action" and fields[4] == "named_lead" and fields[5] == "end_date"


def test_a_scorecard_with_a_management_action_column_is_no_plan() -> None:
    header = ["KPI", "Target", "Actual", "Status", "Management action/comment"]
    rows = [
        ["Household waste recycled", "60%", "57.2%", "Amber", "A recycling campaign starts in October."],
        ["Staff sickness days per FTE", "7.0", "8.4", "Red", "Managers to review long absences monthly."],
    ]
    assert read(header, rows) == (False, {})


def test_a_scorecard_for_a_quarter_is_no_plan() -> None:
    header = ["Measure", "Quarter 2 Target", "Quarter 2 Performance", "Improvement action", "Lead officer"]
    rows = [["Homes let within 28 days", "85%", "79%", "Review the void repairs contract", "Housing manager"],
            ["Invoices paid within 30 days", "95%", "96%", "", "Finance manager"]]  # fmt: skip
    assert read(header, rows) == (False, {})


def test_guard_milestones_with_target_and_actual_dates_stay_a_plan() -> None:
    header = ["Milestone", "Target", "Actual", "Owner"]
    rows = [["Design brief agreed", "31/03/2026", "28/03/2026", "Project manager"],
            ["Contractor appointed", "30/06/2026", "", "Procurement lead"]]  # fmt: skip
    plan, fields = read(header, rows)
    assert plan and fields[0] == "action" and fields[3] == "named_lead"


def test_guard_a_plan_with_a_target_date_column_and_no_actual_stays_a_plan() -> None:
    header = ["Action", "Owner", "Target", "Progress"]
    rows = [["Refresh the volunteer handbook", "Volunteer coordinator", "May 2026", "Draft circulated"],
            ["Replace the hall boiler", "Facilities lead", "October 2026", "Quotes received"]]  # fmt: skip
    plan, fields = read(header, rows)
    assert plan and fields[0] == "action" and fields[2] == "end_date"


# ---------------------------------------------------------------- an 'Item ...' column of sentences is no number


def test_an_item_column_of_sentences_is_no_action_number() -> None:
    header = ["Item to be rectified", "Actions required", "Deadline", "Person responsible", "RAG rating"]
    rows = [["Medicine records are not completed for as-needed doses", "Audit all medicine charts weekly",
             "31 March 2026", "Registered Manager", "Amber"],
            ["Care plans do not reflect current moving and handling needs", "Review every care plan with the resident",
             "30 April 2026", "Deputy Manager", "Red"]]  # fmt: skip
    assert read(header, rows) == (True, {1: "action", 2: "end_date", 3: "named_lead", 4: "rag"})


def test_guard_an_item_column_of_numbers_stays_the_action_number() -> None:
    header = ["Item", "Action", "Owner", "Due"]
    rows = [["1", "Obtain three quotes for the roof repair", "Clerk", "May 2026"],
            ["2", "Book the hall for the annual meeting", "Cllr Varne", "June 2026"]]  # fmt: skip
    assert read(header, rows) == (True, {0: "action_no", 1: "action", 2: "named_lead", 3: "end_date"})


# ---------------------------------------------------------------- a column named for a row's closing is its status


def test_a_closed_column_with_a_note_is_the_status() -> None:
    header = ["Portfolio", "Who", "Actions", "Year to action", "Closed (minutes reference)"]
    rows = [["Footpaths", "Cllr Varne", "Survey the stiles on the bridleway", "2026", ""],
            ["", "Clerk", "Report the broken signpost to the county", "2026", "Minute 44/26"]]  # fmt: skip
    plan, fields = read(header, rows)
    assert plan and fields[4] == "status"


def test_a_completion_date_beside_the_target_date_is_the_status() -> None:
    header = ["Action number", "Action description", "Assigned to", "Target date", "Completion date"]
    rows = [["26-03", "Obtain three quotes for the roof repair", "Treasurer", "30/04/2026", ""],
            ["26-04", "Update the volunteer code of conduct", "Secretary", "31/05/2026", "20/05/2026"]]  # fmt: skip
    assert read(header, rows) == (True, {0: "action_no", 1: "action", 2: "named_lead", 3: "end_date", 4: "status"})


def test_a_date_of_completion_and_outcome_is_the_status_not_the_outcome() -> None:
    header = ["Recommendation", "Action to be taken", "Lead agency", "Target date", "Date of completion and outcome"]
    rows = [["Review the referral protocol", "Review existing protocols with the practices", "The health trust",
             "By 31/01/2026", ""],
            ["Record carers' concerns at discharge", "Audit discharge records", "The commissioning group",
             "By 31/03/2026", "Completed 28/02/2026 - audit shared"]]  # fmt: skip
    plan, fields = read(header, rows)
    assert plan and fields[4] == "status"


def test_guard_a_completion_date_alone_stays_the_deadline() -> None:
    header = ["Action", "Owner", "Completion date"]
    rows = [["Refresh the volunteer handbook", "Volunteer coordinator", "May 2026"],
            ["Replace the hall boiler", "Facilities lead", "October 2026"]]  # fmt: skip
    assert read(header, rows) == (True, {0: "action", 1: "named_lead", 2: "end_date"})


def test_guard_a_completion_date_beside_a_status_column_is_left_alone() -> None:
    header = ["Action", "Owner", "Target date", "Status", "Completion date"]
    rows = [["Refresh the volunteer handbook", "Volunteer coordinator", "May 2026", "Complete", "02/05/2026"],
            ["Replace the hall boiler", "Facilities lead", "October 2026", "In progress", ""]]  # fmt: skip
    plan, fields = read(header, rows)
    assert plan and fields[3] == "status" and 4 not in fields


# ---------------------------------------------------------------- a column named for the year of the work


def test_a_year_to_action_column_is_the_deadline() -> None:
    header = ["Lead", "Actions", "Year to action"]
    rows = [["Cllr Varne", "Survey the stiles on the bridleway", "2026/27"],
            ["Clerk", "Report the broken signpost to the county", "On-going"]]  # fmt: skip
    assert read(header, rows) == (True, {0: "named_lead", 1: "action", 2: "end_date"})


def test_a_relevant_financial_year_column_is_the_deadline() -> None:
    header = ["Serial No.", "Item", "Relevant FY", "Lead", "Progress %"]
    rows = [["1", "Develop a community emergency plan", "25/26", "Clerk", "10"],
            ["2", "Review the allotment tenancy agreements", "26/27", "Cllr Varne", "0"]]  # fmt: skip
    plan, fields = read(header, rows)
    assert plan and fields[1] == "action" and fields[2] == "end_date"


def test_guard_a_year_column_beside_a_named_deadline_is_left_alone() -> None:
    header = ["Action", "Owner", "Year", "Target date"]
    rows = [["Refresh the volunteer handbook", "Volunteer coordinator", "2026", "May 2026"],
            ["Replace the hall boiler", "Facilities lead", "2026", "October 2026"]]  # fmt: skip
    assert read(header, rows) == (True, {0: "action", 1: "named_lead", 3: "end_date"})


def test_guard_a_year_column_of_words_or_a_year_raised_is_no_deadline() -> None:
    header = ["Action", "Owner", "Year"]
    rows = [["Take the class to the museum", "Class teacher", "Year 5 class"],
            ["Run the reading club at lunchtime", "Librarian", "Year 3 class"]]  # fmt: skip
    assert 2 not in read(header, rows)[1]
    header = ["Action", "Owner", "Year raised"]
    rows = [["Refresh the volunteer handbook", "Volunteer coordinator", "2025/26"],
            ["Replace the hall boiler", "Facilities lead", "2024/25"]]  # fmt: skip
    assert 2 not in read(header, rows)[1]
