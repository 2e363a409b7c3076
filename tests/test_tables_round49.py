# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Action logs of central-government boards, panels and user groups, programme plans of NHS bodies and government
departments, and US city council goals and work plans (tables round 49, stop 32): a log 'Ref | Date raised | Action |
Owner | Due | Status | Update' with refs 'B12/04' and owners as initials or departments, open and closed actions
printed as two tables under their own headings, an 'AP' log with a RAG column beside its status, an owner cell naming
a person and their department, commitments under a 'Lead department' with one dated milestone to a row, a programme
plan with 'Start | End' months, a council goals table whose goal is printed once over its actions, a work plan with
goals as shaded rows and US dates (month first); Word tables with no ruling. And tables that are no plans: an
attendance list, a budget table, a KPI table whose status column says 'On track', minutes set as an 'Item |
Discussion | Action' grid.

Every case is a whole document drawn with reportlab (``whole_tables``), read through the real code path
(``predicted_dict``, fast) and scored by the evaluator's ``score_document`` for tables and action_plan_rows; a case
passes when every figure is 1.0 and the themes match row by row.

Conventions (corpus/gold/README.md and the dev gold): initials in an owner column stay the named lead as printed (dev
ODUG log: 'KK'); a department's acronym alone ('DCMS') is the lead organisation, as is every value of a column named
'Department' or 'Lead department'; 'Amira Khan (Department for Education)' is a person and her body; the date raised
is no deadline (README stop 29: 'Date raised | Target date' keeps the target); 'Open' is ongoing, 'Closed'
complete; a start month is its first day and an end month its last; a commitment's dated milestones are its rows,
the commitment their theme (README stop 23); a goal printed once over its actions is the theme of each.

Pass before (the code of cfe7a28, every case written before any change of this round): 33 of 46 (28 of 36 plans, 5
of 5 no-plans, 0 of 5 unit checks); a second batch written after commit 457c79d ('Action by | Action by date', two
cases): 0 of 2, the date column unnamed. The misses: a Word table with no ruling whose goals are shaded rows across it and
whose rows are set tight (one line each, no reference column) read the goal into the action beside it; a US
'Completion Date' of '10/15/2025' (month first) is no date to the day-first reader, so tight rows with no reference ran
together, as did rows under 'Work Item' (no column named as the action); a work plan's 'Priority' of letter grades
('A', 'B', 'C') read as the theme; 'Responsible Dept.', 'Est. Completion' and 'Council Priority' named no column; a
plan of deliverables ('Ref | Deliverable | Lead | Start | End') had no action column; log words 'Carried forward',
'Actioned', 'Discharged', 'Partially achieved' (read as complete), 'Not due' and 'Slipping' gave no status or a wrong
one.

The changes of this round: tables/word_tables ``_band_under`` opens a row where shading set across every column starts
or ends between two lines (a goal's band, a zebra's next row), and a second whole date in figures either way round
(``FIGURE_DATE_RE``) beside more words opens a row, beside any other cell when no column is named as the action;
tables/headers ranks letter grades A-D as a priority level (no theme), names 'Responsible Dept.' / 'Dept.' the lead
organisation, 'Est. Completion' the deadline and 'Council Priority' / 'Council Goal' the theme, and takes a
'Deliverable' / 'Output' column as the action when no other column of text is one; tables/status reads carried
actions ('Carried forward', 'c/f') and 'Partially achieved' as ongoing, 'Actioned' and 'Discharged' as complete, 'Not
due' as not started, 'Slipping' as overdue, and 'Not achieved' / 'Not delivered' as ended undone (no status); then
'Action by date' (beside 'Action by') names the deadline. After: 48 of 48, no xfail.

Sources (layouts and wording learned from these pages; names, places, numbers changed; nothing copied beyond short
phrases):
- https://warringtonva.org.uk/action-and-decision-logs (an action log in place of long minutes: who agreed, what
  exactly, by when; reviewed and updated at the start of the next meeting; a separate decision log)
- https://knowhownonprofit.org/how-to/how-to-replace-minutes-with-action-logs (an action log kept in a spreadsheet:
  who, what, by when; actions monitored for progress)
- https://opengovernment.org.uk/2018/04/16/2016-18-open-government-action-plan-implementation-meeting-april-2018-note/
  (government commitment leads by department reviewing each commitment's progress; an original deadline missed)
- https://wa-bainbridgeisland.civicplus.com/1168/Citywide-Workplan-Priorities (a citywide work plan reported by
  department or by strategic goal, each task's status: on track, some disruption, deferred)
- https://manhattanbeach.gov/government/city-council/work-plan (a council work plan of items across city departments
  with priority levels A, B, C and updated target dates of completion)
- http://ferndalemi.gov/Government/City_Council/City_Council_Goals (council goals with an implementation plan for
  each goal action and six-month progress reports)
- https://www.mountainview.gov/council/strategic_planning_and_visioning.asp (a strategic roadmap action plan: strategic
  priorities with a two-year work plan of projects)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors

from whole_tables import (
    Grid,
    WholeTables,
    assert_no_plan,
    assert_read_whole,
    banded,
    bare,
    document_params,
    plan_row,
)

STATUS = {"Open": "ongoing", "Closed": "complete", "In progress": "ongoing", "Not started": "not started",
          "Overdue": "overdue", "Complete": "complete", "Completed": "complete", "On Track": "ongoing",
          "On track": "ongoing", "Delayed": "overdue", "Not Started": "not started", "In Progress": "ongoing"}  # fmt: skip
SHADE = colors.HexColor("#DEEAF6")


def _owner(owner: str) -> dict[str, str]:
    """Initials are the named lead as printed; a department's acronym or name the lead organisation."""
    bodies = {"DCMS", "HMRC", "Cabinet Office", "Home Office"}
    return {"lead_org": owner} if owner in bodies else {"named_lead": owner}


def _rows(data: list[tuple[str, ...]]) -> list[list[str]]:
    return [list(row) for row in data]


# ---------------------------------------------------------------- a central-government board's action log

BOARD_HEADER = ["Ref", "Date raised", "Action", "Owner", "Due", "Status", "Update"]
BOARD_WIDTHS = [42, 52, 170, 58, 52, 50, 91]
BOARD = [
    ("B12/04", "12/06/2025", "Circulate the revised terms of reference to board members", "JS", "30/09/2025", "Closed", "Circulated on 2 September."),
    ("B12/07", "12/06/2025", "Publish the board's forward plan on GOV.UK", "Cabinet Office", "31/10/2025", "Open", "Draft with the digital team."),
    ("B13/02", "11/09/2025", "Share the data-sharing agreement template with member departments", "DCMS", "30/11/2025", "In progress", "Template agreed by lawyers."),
    ("B13/05", "11/09/2025", "Invite the Information Commissioner's Office to present to the board", "PK", "15/01/2026", "Not started", ""),
    ("B13/06", "11/09/2025", "Report on progress with the register of open datasets", "HMRC", "31/08/2025", "Overdue", "Paper delayed to December."),
]  # fmt: skip


def _iso(day_first: str) -> str:
    day, month, year = day_first.split("/")
    return f"{year}-{month}-{day}"


BOARD_PLAN = [plan_row(action, action_no=ref, **_owner(owner), end_date=_iso(due), status=STATUS[word])
              for ref, _, action, owner, due, word, _ in BOARD]  # fmt: skip
BOARD_INTRO = ["# Data Standards Board – 9 October 2025", "Paper DSB(25)14. Action log: actions from previous meetings and their progress."]  # fmt: skip
BOARD_DOCS = [
    WholeTables("board_log_ruled", "board-log", [*BOARD_INTRO, Grid(BOARD_HEADER, _rows(BOARD), BOARD_WIDTHS)], BOARD_PLAN),
    WholeTables("board_log_word_no_rules", "board-log", [*BOARD_INTRO, bare(BOARD_HEADER, _rows(BOARD), BOARD_WIDTHS)], BOARD_PLAN),
    WholeTables("board_log_word_zebra", "board-log", [*BOARD_INTRO, bare(BOARD_HEADER, _rows(BOARD), BOARD_WIDTHS, zebra=True)], BOARD_PLAN),
    WholeTables("board_log_rows_ruled", "board-log",
                [*BOARD_INTRO, Grid(BOARD_HEADER, _rows(BOARD), BOARD_WIDTHS, rules="rows", header_fill=False)], BOARD_PLAN),
    WholeTables("board_log_dark_header", "board-log",
                [*BOARD_INTRO, Grid(BOARD_HEADER, _rows(BOARD), BOARD_WIDTHS, dark_header=True)], BOARD_PLAN),
    WholeTables("board_log_turned_no_rules", "board-log",
                [*BOARD_INTRO, bare(BOARD_HEADER, _rows(BOARD), [55, 65, 290, 80, 70, 70, 130])], BOARD_PLAN, turned=True),
]  # fmt: skip

# ---------------------------------------------------------------- open actions, then closed actions, each its own table

OPEN_HEADER = ["Ref", "Action", "Owner", "Due date", "Status"]
OPEN_WIDTHS = [45, 250, 80, 65, 75]
OPEN = [
    ("UG23", "Test the new postcode lookup with three local authorities", "RT", "31/12/2025", "Open"),
    ("UG24", "Write up the user research on the address search", "Home Office", "30/11/2025", "In progress"),
]  # fmt: skip
CLOSED = [
    ("UG19", "Send members the slides on the geography standard", "RT", "31/07/2025", "Closed"),
    ("UG21", "Agree a date for the autumn workshop", "DCMS", "30/09/2025", "Closed"),
]  # fmt: skip
OPEN_PLAN = [plan_row(action, action_no=ref, **_owner(owner), end_date=_iso(due), status=STATUS[word])
             for ref, action, owner, due, word in OPEN + CLOSED]  # fmt: skip
OPEN_INTRO = ["# Open Standards User Group – 21 October 2025", "Action log."]


def _open_closed(*, ruled: bool) -> list[str | Grid]:
    make = Grid if ruled else bare
    return [*OPEN_INTRO, "<b>Open actions</b>", make(OPEN_HEADER, _rows(OPEN), OPEN_WIDTHS),
            "<b>Closed actions</b>", make(OPEN_HEADER, _rows(CLOSED), OPEN_WIDTHS)]  # fmt: skip


OPEN_DOCS = [
    WholeTables("open_then_closed_ruled", "open-closed", _open_closed(ruled=True), OPEN_PLAN),
    WholeTables("open_then_closed_no_rules", "open-closed", _open_closed(ruled=False), OPEN_PLAN),
]

# ---------------------------------------------------------------- an 'AP' log with RAG beside status; a person and their department

AP_HEADER = ["Action point", "Action", "Action owner", "Target date", "RAG", "Status"]
AP_WIDTHS = [50, 215, 110, 60, 40, 60]
AP = [
    ("AP23", "Confirm the funding for the second year of the pilot", "Amira Khan (Department for Education)", "31/01/2026", "Green", "On track"),
    ("AP24", "Set out the evaluation plan for the panel", "Tom Reilly (HM Treasury)", "30/11/2025", "Amber", "In progress"),
    ("AP25", "Publish the panel's first annual report", "Grace Obi (Cabinet Office)", "31/10/2025", "Red", "Delayed"),
    ("AP26", "Appoint two independent members to the panel", "Amira Khan (Department for Education)", "30/09/2025", "Green", "Complete"),
]  # fmt: skip
AP_PLAN = [plan_row(action, action_no=ref, named_lead=owner.split(" (")[0], lead_org=owner.split(" (")[1].rstrip(")"),
                    end_date=_iso(due), rag=rag, status=STATUS[word])
           for ref, action, owner, due, rag, word in AP]  # fmt: skip
AP_INTRO = ["# Skills Evidence Panel – 16 October 2025", "Actions arising and matters carried forward from earlier meetings."]  # fmt: skip
AP_DOCS = [
    WholeTables("ap_log_person_and_department", "ap-log", [*AP_INTRO, Grid(AP_HEADER, _rows(AP), AP_WIDTHS)], AP_PLAN),
    WholeTables("ap_log_person_and_department_no_rules", "ap-log", [*AP_INTRO, bare(AP_HEADER, _rows(AP), AP_WIDTHS)], AP_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- an NHS programme plan with Start | End months

NHS_HEADER = ["Ref", "Programme action", "Lead", "Start", "End", "RAG", "Status"]
NHS_WIDTHS = [35, 200, 100, 45, 45, 40, 50]
NHS = [
    ("1.1", "Open the community diagnostic centre at Westgate", "Chief Operating Officer", "Apr 2025", "Mar 2026", "Green", "On track"),
    ("1.2", "Move outpatient follow-ups to patient-initiated follow-up", "Medical Director", "Jun 2025", "Dec 2025", "Amber", "In progress"),
    ("2.1", "Roll out the virtual ward to the frail elderly pathway", "Director of Nursing", "Sep 2025", "Jun 2026", "Green", "Not started"),
    ("2.2", "Agree one discharge-to-assess model with the three councils", "Director of Strategy", "Apr 2025", "Sep 2025", "Red", "Delayed"),
]  # fmt: skip
FIRST = {"Apr 2025": "2025-04-01", "Jun 2025": "2025-06-01", "Sep 2025": "2025-09-01"}
LAST = {"Mar 2026": "2026-03-31", "Dec 2025": "2025-12-31", "Jun 2026": "2026-06-30", "Sep 2025": "2025-09-30"}
NHS_PLAN = [plan_row(action, action_no=ref, named_lead=lead, start_date=FIRST[start], end_date=LAST[end], rag=rag, status=STATUS[word])
            for ref, action, lead, start, end, rag, word in NHS]  # fmt: skip
NHS_INTRO = ["# NHS Eastvale Integrated Care Board – Board meeting 6 November 2025",
             "Item 9. Transformation programme 2025/26: delivery plan progress report."]  # fmt: skip
NHS_DOCS = [
    WholeTables("nhs_programme_start_end", "programme", [*NHS_INTRO, Grid(NHS_HEADER, _rows(NHS), NHS_WIDTHS)], NHS_PLAN),
    WholeTables("nhs_programme_start_end_no_rules", "programme", [*NHS_INTRO, bare(NHS_HEADER, _rows(NHS), NHS_WIDTHS)], NHS_PLAN),
    WholeTables("nhs_programme_grouped_header", "programme",
                [*NHS_INTRO, Grid(NHS_HEADER[:3] + ["Start", "End"] + NHS_HEADER[5:], _rows(NHS), NHS_WIDTHS, top_header=[("Timescale", 3, 4)])],
                NHS_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- commitments under a lead department, one milestone to a row

COMMIT_HEADER = ["No.", "Commitment", "Lead department", "Milestones", "Timescale"]
COMMIT_WIDTHS = [30, 170, 105, 150, 60]
COMMITMENTS = [
    ("1", "Open up data on public contracts", "Crown Commercial Service",
     [("Publish the contracts data standard", "December 2025"), ("Report on the first year of publication", "December 2026")]),
    ("2", "Improve the register of grants", "Department for Culture, Media and Sport",
     [("Consult users on the register's fields", "January 2026"), ("Launch the new register", "June 2026")]),
]  # fmt: skip
MONTH_END = {"December 2025": "2025-12-31", "December 2026": "2026-12-31", "January 2026": "2026-01-31", "June 2026": "2026-06-30"}  # fmt: skip
COMMIT_ROWS = [
    [no if index == 0 else "", title if index == 0 else "", lead if index == 0 else "", step, when]
    for no, title, lead, steps in COMMITMENTS
    for index, (step, when) in enumerate(steps)
]
COMMIT_PLAN = [plan_row(step, theme=title, action_no=no, lead_org=lead, end_date=MONTH_END[when])
               for no, title, lead, steps in COMMITMENTS for step, when in steps]  # fmt: skip
COMMIT_DOCS = [
    WholeTables("commitments_milestone_rows", "programme",
                ["# Open Government Forum – 4 November 2025", "Annex A. Progress on the national action plan commitments.",
                 Grid(COMMIT_HEADER, COMMIT_ROWS, COMMIT_WIDTHS)], COMMIT_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- US city council goals and work plans

GOALS = {
    "Goal 1: Safe and Connected Neighborhoods": [
        ("Complete the sidewalk gap study for school routes", "Public Works", "December 2025", "Completed"),
        ("Add two crossing guards at the Elm Street school", "Police Department", "June 2026", "On Track"),
    ],
    "Goal 2: Fiscal Sustainability": [
        ("Update the five-year financial forecast", "Finance", "March 2026", "In Progress"),
        ("Review fees for recreation programs", "Parks and Recreation", "June 2026", "Not Started"),
        ("Refinance the 2014 water revenue bonds", "Finance", "December 2025", "Delayed"),
    ],
}  # fmt: skip
US_END = {"December 2025": "2025-12-31", "June 2026": "2026-06-30", "March 2026": "2026-03-31"}
US_SLASH = {"December 2025": "12/31/2025", "June 2026": "06/30/2026", "March 2026": "03/31/2026"}
GOALS_PLAN = [plan_row(action, theme=goal, lead_org=department, end_date=US_END[when], status=STATUS[word])
              for goal, actions in GOALS.items() for action, department, when, word in actions]  # fmt: skip
GOALS_ONCE = [
    [goal if index == 0 else "", action, department, when, word]
    for goal, actions in GOALS.items()
    for index, (action, department, when, word) in enumerate(actions)
]
GOALS_HEADER = ["Goal", "Action", "Department", "Timeline", "Status"]
GOALS_WIDTHS = [110, 190, 90, 60, 65]
US_INTRO = ["# City of Lakewood Hills – City Council Regular Meeting, November 18, 2025",
            "Agenda Item 7.B. Six-month progress report on the City Council Goals for Fiscal Year 2025-26."]  # fmt: skip


def _goal_bands(width: int, dates: dict[str, str] | None = None) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    bands: list[int] = []
    for goal, actions in GOALS.items():
        bands.append(len(rows))
        rows.append([goal] + [""] * (width - 1))
        rows += [
            [action, department, (dates or {}).get(when, when), word] for action, department, when, word in actions
        ]
    return rows, bands


BAND_ROWS, BANDS = _goal_bands(4, US_SLASH)
BAND_HEADER = ["Action", "Lead Department", "Target Date", "Status"]
BAND_WIDTHS = [250, 110, 70, 85]
US_DOCS = [
    WholeTables("council_goals_goal_printed_once", "us-plan", [*US_INTRO, Grid(GOALS_HEADER, GOALS_ONCE, GOALS_WIDTHS)], GOALS_PLAN),
    WholeTables("council_goals_goal_printed_once_no_rules", "us-plan", [*US_INTRO, bare(GOALS_HEADER, GOALS_ONCE, GOALS_WIDTHS)], GOALS_PLAN),
    WholeTables("work_plan_goal_bands_us_dates", "us-plan",
                [*US_INTRO, banded(Grid(BAND_HEADER, BAND_ROWS, BAND_WIDTHS), BANDS, SHADE)], GOALS_PLAN),
    WholeTables("work_plan_goal_bands_us_dates_no_rules", "us-plan",
                [*US_INTRO, banded(bare(BAND_HEADER, BAND_ROWS, BAND_WIDTHS), BANDS, SHADE)], GOALS_PLAN),
]  # fmt: skip

PROJECTS = [
    ("A", "Downtown parking structure design", "Public Works", "06/30/2026", "In Progress"),
    ("A", "Short-term rental ordinance update", "Community Development", "12/31/2025", "Completed"),
    ("B", "Citywide tree inventory", "Parks and Recreation", "03/31/2026", "Not Started"),
    ("C", "Council chambers audio-visual upgrade", "Information Technology", "09/30/2026", "On Track"),
]  # fmt: skip
PROJECT_PLAN = [plan_row(project, lead_org=department, end_date=f"{due[6:]}-{due[:2]}-{due[3:5]}", status=STATUS[word])
                for _, project, department, due, word in PROJECTS]  # fmt: skip
US_DOCS.append(
    WholeTables("work_plan_priority_project", "us-plan",
                ["# City of Harbor Point – City Council Meeting, October 21, 2025", "Quarterly update on the Fiscal Year 2025-2026 City Council Work Plan.",
                 Grid(["Priority", "Project", "Lead Department", "Target Completion", "Status"], _rows(PROJECTS), [45, 210, 110, 70, 80])],
                PROJECT_PLAN)
)  # fmt: skip

# ---------------------------------------------------------------- a long log over pages, header printed once


def _long_log(count: int) -> list[tuple[str, str, str, str, str]]:
    subjects = ["the metadata standard", "the API catalogue", "the reference data list", "the licensing guidance",
                "the identifier scheme", "the data ethics checklist"]  # fmt: skip
    verbs = ["Circulate a note on", "Seek departments' views on", "Draft a board paper on", "Agree the timetable for"]
    owners = ["JS", "Cabinet Office", "PK", "DCMS"]
    dues = ["30/11/2025", "31/12/2025", "31/01/2026", "28/02/2026"]
    words = ["Open", "Closed", "In progress", "Not started", "Overdue"]
    return [
        (f"B{10 + index // 6}/{index % 6 + 1:02d}", f"{verbs[index % 4]} {subjects[index % 6]}", owners[index % 4], dues[index % 4], words[index % 5])
        for index in range(count)
    ]  # fmt: skip


LONG = _long_log(40)
LONG_HEADER = ["Ref", "Action", "Owner", "Due", "Status"]
LONG_PLAN = [plan_row(action, action_no=ref, **_owner(owner), end_date=_iso(due), status=STATUS[word])
             for ref, action, owner, due, word in LONG]  # fmt: skip
LONG_DOCS = [
    WholeTables("board_log_header_once_over_pages", "board-log",
                [*BOARD_INTRO, bare(LONG_HEADER, _rows(LONG), [50, 260, 90, 60, 60], repeat=False)], LONG_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- batch 2: what logs print beyond the plain columns

WRAPPED_HEADER = ["Action ref", "Date raised", "Action", "Action owner", "Target date", "Current status"]
WRAPPED_WIDTHS = [38, 40, 235, 62, 50, 60]  # narrow: 'Action ref', 'Date raised' and 'Target date' wrap
WRAPPED_LOG = [(ref, raised, action, owner, due, word) for ref, raised, action, owner, due, word, _ in BOARD]
SECOND = [
    WholeTables("log_headers_wrapped_ruled", "board-log", [*BOARD_INTRO, Grid(WRAPPED_HEADER, _rows(WRAPPED_LOG), WRAPPED_WIDTHS)], BOARD_PLAN),
    WholeTables("log_headers_wrapped_no_rules", "board-log", [*BOARD_INTRO, bare(WRAPPED_HEADER, _rows(WRAPPED_LOG), WRAPPED_WIDTHS)], BOARD_PLAN),
]  # fmt: skip

MEETINGS = [
    ("12 June 2025", "1", "Circulate the draft code of practice to members", "JS/PK", "31/07/2025", "Complete"),
    ("", "2", "Seek legal advice on publishing the register", "Secretariat", "30/09/2025", "Overdue"),
    ("11 September 2025", "1", "Arrange a session on the spending data standard", "All members", "31/12/2025", "Open"),
    ("", "2", "Update the panel's page on GOV.UK", "Secretariat", "31/10/2025", "Closed"),
]  # fmt: skip
MEETING_PLAN = [
    plan_row(action, action_no=no, named_lead=None if owner == "All members" else owner, end_date=_iso(due), status=STATUS[word])
    for _, no, action, owner, due, word in MEETINGS
]  # fmt: skip
SECOND.append(
    WholeTables("log_meeting_printed_once", "board-log",
                ["# Local Spending Data Panel – 9 October 2025", "Actions from previous meetings.",
                 Grid(["Meeting", "No.", "Action", "Who", "When", "Status"], _rows(MEETINGS), [75, 28, 210, 70, 60, 70])], MEETING_PLAN)
)  # fmt: skip

DATE_FORMS = [
    ("P1", "Agree the terms of reference of the delivery group", "Head of Policy", "Sept 2025", "2025-09-30", "Complete"),
    ("P2", "Publish the first progress report", "Head of Analysis", "End Nov 2025", "2025-11-30", "On track"),
    ("P3", "Set up the stakeholder reference group", "Programme Manager", "Q3 2025/26", "2025-12-31", "In progress"),
    ("P4", "Commission the independent evaluation", "Head of Analysis", "TBC", None, "Not started"),
    ("P5", "Hold the first workshop with local partners", "Programme Manager", "w/c 6 Oct 2025", "2025-10-06", "On hold"),
]  # fmt: skip
DATE_PLAN = [plan_row(action, action_no=ref, named_lead=lead, end_date=end, status=STATUS.get(word, "paused"))
             for ref, action, lead, _, end, word in DATE_FORMS]  # fmt: skip
DATE_DOCS = [
    WholeTables("programme_log_date_forms", "programme",
                ["# Levelling Up Delivery Board – 2 October 2025", "Programme action log.",
                 Grid(["Ref", "Action", "Lead official", "Deadline", "Status"], [[r, a, lead, when, word] for r, a, lead, when, _, word in DATE_FORMS], [35, 230, 100, 75, 75])],
                DATE_PLAN),
    WholeTables("programme_log_date_forms_no_rules", "programme",
                ["# Levelling Up Delivery Board – 2 October 2025", "Programme action log.",
                 bare(["Ref", "Action", "Lead official", "Deadline", "Status"], [[r, a, lead, when, word] for r, a, lead, when, _, word in DATE_FORMS], [35, 230, 100, 75, 75])],
                DATE_PLAN),
]  # fmt: skip

SUBJECT = [
    ("A1", "JS to circulate the revised risk register to members", "31/10/2025", "Complete"),
    ("A2", "Cabinet Office to confirm the budget for the data programme", "30/11/2025", "Open"),
    ("A3", "PK to draft a note on the options for the register", "31/12/2025", "In progress"),
]  # fmt: skip
SUBJECT_PLAN = [plan_row(action, action_no=ref, **_owner(action.split(" to ")[0]), end_date=_iso(due), status=STATUS[word])
                for ref, action, due, word in SUBJECT]  # fmt: skip
COMBINED = [
    ("1", "Write to departments about the quality of their spend data", "Cabinet Office", "30/09/2025", "Complete. Letters sent on 24 September."),
    ("2", "Review the guidance on publishing organograms", "JS", "30/11/2025", "In progress – draft with the legal team."),
    ("3", "Report back on the data-sharing pilot with councils", "PK", "31/01/2026", "Not started"),
]  # fmt: skip
COMBINED_STATUS = {"1": "complete", "2": "ongoing", "3": "not started"}
COMBINED_PLAN = [plan_row(action, action_no=no, **_owner(owner), end_date=_iso(due), status=COMBINED_STATUS[no])
                 for no, action, owner, due, _ in COMBINED]  # fmt: skip
SECOND += [
    WholeTables("log_owner_in_action_no_owner_column", "board-log",
                [*BOARD_INTRO, Grid(["Ref", "Action", "Deadline", "Status"], _rows(SUBJECT), [40, 300, 80, 80])], SUBJECT_PLAN),
    WholeTables("log_owner_in_action_no_rules", "board-log",
                [*BOARD_INTRO, bare(["Ref", "Action", "Deadline", "Status"], _rows(SUBJECT), [40, 300, 80, 80])], SUBJECT_PLAN),
    WholeTables("log_status_and_update_one_column", "board-log",
                [*BOARD_INTRO, Grid(["No.", "Action", "Owner", "Due", "Status / update"], _rows(COMBINED), [30, 230, 75, 60, 120])], COMBINED_PLAN),
]  # fmt: skip

US_DEPT = [
    ("Adopt the updated Housing Element", "Community Development", "10/15/2025", "Complete"),
    ("Replace the Oak Avenue water main", "Public Works", "06/30/2026", "In Progress"),
    ("Launch online business license renewals", "Finance", "01/31/2026", "Not Started"),
]  # fmt: skip
US_DEPT_PLAN = [plan_row(action, lead_org=dept, end_date=f"{due[6:]}-{due[:2]}-{due[3:5]}", status=STATUS[word])
                for action, dept, due, word in US_DEPT]  # fmt: skip
US_DOCS.append(
    WholeTables("work_plan_responsible_dept_no_rules", "us-plan",
                ["# City of Harbor Point – City Council Meeting, October 21, 2025", "Attachment 2: Work Plan status summary.",
                 bare(["Work Plan Item", "Responsible Dept.", "Completion Date", "Status"], _rows(US_DEPT), [230, 110, 80, 80])],
                US_DEPT_PLAN)
)  # fmt: skip

# ---------------------------------------------------------------- batch 3: columns named for projects, initiatives, deliverables

INITIATIVES = [
    ("Expand the downtown trolley route to the waterfront", "Public Works", "December 2025", "On Track"),
    ("Adopt an objective design standards ordinance", "Community Development", "March 2026", "In Progress"),
    ("Open the new Westside branch library", "Library Services", "June 2026", "Delayed"),
]  # fmt: skip
INITIATIVE_PLAN = [plan_row(action, lead_org=dept, end_date=US_END[when], status=STATUS[word]) for action, dept, when, word in INITIATIVES]  # fmt: skip
WORK_ITEMS = [
    ("Update the city's emergency operations plan", "Fire Chief", "December 2025", "In Progress"),
    ("Complete the climate action plan annual report", "Sustainability Manager", "March 2026", "Not Started"),
    ("Renegotiate the solid waste franchise agreement", "Assistant City Manager", "June 2026", "On Track"),
]  # fmt: skip
WORK_ITEM_PLAN = [plan_row(action, named_lead=lead, end_date=US_END[when], status=STATUS[word]) for action, lead, when, word in WORK_ITEMS]  # fmt: skip
PRIORITY_PROJECTS = [
    ("Housing", "Accessory dwelling unit pre-approved plans", "Planning Manager", "December 2025", "Completed – plans posted online"),
    ("Housing", "Inclusionary housing fee study", "Housing Manager", "June 2026", "In Progress – consultant selected"),
    ("Mobility", "Safe routes to school crossing upgrades", "City Engineer", "March 2026", "Not Started"),
]  # fmt: skip
PRIORITY_PLAN = [plan_row(project, theme=priority, named_lead=lead, end_date=US_END[when], status={"C": "complete", "I": "ongoing", "N": "not started"}[word[0]])
                 for priority, project, lead, when, word in PRIORITY_PROJECTS]  # fmt: skip
WORKSTREAMS = [
    ("Urgent care", "Single point of access live for NHS 111 referrals", "Chief Operating Officer", "Dec 2025", "Green"),
    ("Urgent care", "Same-day emergency care open seven days", "Medical Director", "Mar 2026", "Amber"),
    ("Elective recovery", "Surgical hub accredited", "Chief Operating Officer", "Sep 2025", "Red"),
]  # fmt: skip
WORKSTREAM_PLAN = [plan_row(milestone, theme=stream, named_lead=sro, end_date=LAST[due], rag=rag) for stream, milestone, sro, due, rag in WORKSTREAMS]  # fmt: skip
DELIVERABLES = [
    ("D1", "Business case for the shared care record approved", "Chief Digital Officer", "Apr 2025", "Dec 2025", "Green"),
    ("D2", "Population health dashboard in use in every primary care network", "Director of Public Health", "Jun 2025", "Jun 2026", "Amber"),
]  # fmt: skip
DELIVERABLE_PLAN = [plan_row(item, action_no=ref, named_lead=lead, start_date=FIRST[start], end_date=LAST[end], rag=rag)
                    for ref, item, lead, start, end, rag in DELIVERABLES]  # fmt: skip
THIRD = [
    WholeTables("initiatives_lead_department", "us-plan",
                [*US_INTRO, Grid(["Initiative", "Lead Department", "Timeframe", "Status"], _rows(INITIATIVES), [250, 110, 70, 80])], INITIATIVE_PLAN),
    WholeTables("work_items_staff_lead_no_rules", "us-plan",
                [*US_INTRO, bare(["Work Item", "Staff Lead", "Estimated Completion", "Status"], _rows(WORK_ITEMS), [240, 110, 80, 80])], WORK_ITEM_PLAN),
    WholeTables("council_priority_project", "us-plan",
                [*US_INTRO, Grid(["Council Priority", "Project", "Lead", "Est. Completion", "Status Update"], _rows(PRIORITY_PROJECTS), [70, 170, 90, 65, 120])],
                PRIORITY_PLAN),
    WholeTables("workstream_milestone_sro", "programme",
                [*NHS_INTRO, Grid(["Workstream", "Milestone", "SRO", "Due", "RAG"], _rows(WORKSTREAMS), [90, 220, 110, 50, 45])], WORKSTREAM_PLAN),
    WholeTables("deliverables_start_end", "programme",
                [*NHS_INTRO, Grid(["Ref", "Deliverable", "Lead", "Start", "End", "RAG"], _rows(DELIVERABLES), [35, 230, 110, 45, 45, 45])], DELIVERABLE_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- batch 4: the words a log uses for actions carried and done

CARRIED = [
    ("B11/03", "14/03/2025", "Agree the board's approach to publishing its papers", "JS", "30/06/2025", "Carried forward", "ongoing"),
    ("B12/01", "12/06/2025", "Send the draft annual report to members for comment", "Cabinet Office", "31/07/2025", "Actioned", "complete"),
    ("B12/02", "12/06/2025", "Write to the Statistics Authority about the code of practice", "PK", "31/08/2025", "Discharged", "complete"),
    ("B12/05", "12/06/2025", "Bring the register of open datasets up to date", "DCMS", "30/09/2025", "Partially achieved", "ongoing"),
    ("B13/01", "11/09/2025", "Review the board's membership before the next annual meeting", "JS", "31/03/2026", "Not due", "not started"),
    ("B13/03", "11/09/2025", "Report the findings of the user survey", "HMRC", "31/10/2025", "Slipping", "overdue"),
]  # fmt: skip
CARRIED_PLAN = [plan_row(action, action_no=ref, **_owner(owner), end_date=_iso(due), status=status)
                for ref, _, action, owner, due, _, status in CARRIED]  # fmt: skip
ACTION_BY_HEADER = ["No.", "Action", "Action by", "Action by date", "Status"]
ACTION_BY = [[ref, action, owner, due, word] for ref, _, action, owner, due, word, _ in BOARD]
CARRIED_DOCS = [
    WholeTables("log_action_by_and_action_by_date", "board-log", [*BOARD_INTRO, Grid(ACTION_BY_HEADER, ACTION_BY, [45, 250, 80, 70, 70])], BOARD_PLAN),
    WholeTables("log_action_by_and_action_by_date_no_rules", "board-log",
                [*BOARD_INTRO, bare(ACTION_BY_HEADER, ACTION_BY, [45, 250, 80, 70, 70])], BOARD_PLAN),

    WholeTables("log_carried_and_done_words", "status",
                [*BOARD_INTRO, Grid(["Ref", "Date raised", "Action", "Owner", "Due", "Status"], [list(row[:6]) for row in CARRIED], [42, 55, 225, 70, 55, 68])],
                CARRIED_PLAN),
    WholeTables("log_carried_and_done_words_no_rules", "status",
                [*BOARD_INTRO, bare(["Ref", "Date raised", "Action", "Owner", "Due", "Status"], [list(row[:6]) for row in CARRIED], [42, 55, 225, 70, 55, 68])],
                CARRIED_PLAN),
]  # fmt: skip

DOCUMENTS = (
    CARRIED_DOCS
    + BOARD_DOCS
    + OPEN_DOCS
    + AP_DOCS
    + NHS_DOCS
    + COMMIT_DOCS
    + US_DOCS
    + LONG_DOCS
    + SECOND
    + DATE_DOCS
    + THIRD
)

# ---------------------------------------------------------------- tables that are no plans

NEGATIVES = [
    WholeTables("attendance_list", "negative",
                ["# Data Standards Board – 9 October 2025",
                 Grid(["Name", "Organisation", "Role"],
                      [["Helen Ward", "Cabinet Office", "Chair"], ["Raj Patel", "DCMS", "Member"],
                       ["Owen Price", "HMRC", "Member"], ["Lucy Grant", "Cabinet Office", "Secretariat"]], [150, 200, 120])], []),
    WholeTables("budget_table_no_rules", "negative",
                ["# NHS Eastvale Integrated Care Board – 6 November 2025", "Item 11. Finance report: month 6.",
                 bare(["Budget area", "Annual budget £m", "Year to date £m", "Forecast £m", "Variance £m"],
                       [["Acute services", "612.4", "306.9", "618.0", "5.6"], ["Mental health", "141.2", "70.4", "140.8", "(0.4)"],
                        ["Primary care", "98.7", "49.1", "98.7", "0.0"], ["Running costs", "21.5", "10.6", "21.1", "(0.4)"]],
                       [140, 85, 85, 85, 85])], []),
    WholeTables("kpi_table_on_track", "negative",
                ["# City of Lakewood Hills – City Council Regular Meeting, November 18, 2025", "Performance measures, first quarter.",
                 Grid(["Measure", "Target", "Q1 Actual", "Status"],
                      [["Potholes repaired within 48 hours", "90%", "93%", "On Track"], ["Average police response time (minutes)", "6.0", "6.8", "Delayed"],
                       ["Library visits", "45,000", "41,210", "In Progress"]], [240, 70, 70, 90])], []),
    WholeTables("minutes_item_discussion_action", "negative",
                ["# Open Standards User Group – 21 October 2025", "Notes of the meeting.",
                 Grid(["Item", "Discussion", "Action"],
                      [["1", "Welcome and apologies. The chair welcomed two new members from the Home Office.", ""],
                       ["2", "The group discussed the postcode lookup pilot and the feedback from councils.", "RT to share the pilot results with members"],
                       ["3", "Members asked for a workshop on the geography standard in the spring.", "Secretariat to propose dates"]],
                      [35, 300, 160])], []),
]  # fmt: skip
NEGATIVES.append(
    WholeTables("register_of_interests", "negative",
                ["# Data Standards Board – 9 October 2025", "Register of members' interests.",
                 Grid(["Name", "Organisation", "Interest declared", "Date declared"],
                      [["Helen Ward", "Cabinet Office", "Trustee of a charity that publishes open data on local spending", "12/06/2025"],
                       ["Raj Patel", "DCMS", "Spouse employed by a supplier of data platforms to government", "12/06/2025"],
                       ["Owen Price", "HMRC", "None", "11/09/2025"]], [90, 100, 230, 80])], [])
)  # fmt: skip
TABLE_COUNT_UNCHECKED = {"minutes_item_discussion_action"}  # minutes set in a grid may be read as a layout box

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("document", document_params(DOCUMENTS, XFAIL))
def test_logs_and_plans_read_whole(document: WholeTables, tmp_path: Path) -> None:
    """Scored as `agendaparse eval --fast` scores a gold file; themes compared row by row."""
    assert_read_whole(document, tmp_path)


@pytest.mark.parametrize("document", document_params(NEGATIVES, XFAIL))
def test_tables_that_are_no_plans_give_no_plan_rows(document: WholeTables, tmp_path: Path) -> None:
    assert_no_plan(document, tmp_path, one_table=document.name not in TABLE_COUNT_UNCHECKED)


def test_status_words_of_logs_and_end_of_term_reports() -> None:
    from agendaparse.tables.status import normalise_status

    assert normalise_status("Carried forward")[0] == "ongoing"
    assert normalise_status("c/f")[0] == "ongoing"
    assert normalise_status("Actioned")[0] == "complete"
    assert normalise_status("Partially achieved")[0] == "ongoing"
    assert normalise_status("Not completed")[0] == "ongoing"
    # ended without being done: none of the five statuses (it was 'complete' from the word 'achieved')
    assert normalise_status("Not achieved")[0] is None
    assert normalise_status("Not delivered")[0] is None


def test_a_work_plan_ranks_by_letter_and_tracks_deliverables() -> None:
    from agendaparse.tables.headers import table_fields

    rows = [
        ["A", "Downtown parking structure design", "Public Works", "06/30/2026"],
        ["C", "Citywide tree inventory", "Parks", "03/31/2026"],
    ]
    assert table_fields(["Priority", "Project", "Lead Department", "Target Completion"], rows) == {
        1: "action",
        2: "lead_org",
        3: "end_date",
    }
    # a priority that names an area is still the theme
    themed = [["Housing", *row[1:]] for row in rows]
    assert table_fields(["Priority", "Project", "Lead Department", "Target Completion"], themed)[0] == "theme"
    delivered = [["D1", "Business case for the shared care record approved", "Chief Digital Officer", "Dec 2025"]]
    assert table_fields(["Ref", "Deliverable", "Lead", "End"], delivered)[1] == "action"
    # beside an action, a deliverable stays the outcome
    both = [["D1", "Write the business case", "Business case approved", "Chief Digital Officer", "Dec 2025"]]
    assert table_fields(["Ref", "Action", "Deliverable", "Lead", "End"], both)[2] == "outcome"
