# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Action logs, recommendation trackers and improvement plans of genres earlier rounds barely drew (tables round 50,
stop 33): a Scottish integration joint board's action log ('Action No. | Meeting | Action | Responsible Officer |
Target Date | Status'), the same log split by full-width shaded rows 'Open actions' / 'Closed actions' (status
sections, not themes), a fire and rescue authority's HMICFRS tracker ('Area for improvement | Action | Owner |
Completion date | RAG'), an audit committee's internal-audit tracker ('Recommendation | Priority | Management
response | Responsible officer | Agreed date | Revised date | Status'), a Welsh council's Audit Wales tracker with a
'Directorate' column, a combined authority's log with 'Lead officer' and 'Directorate', a Canadian council's
resolution tracker ('Resolution No. | Action Required | Department | Due | Status', ISO dates) and an Australian
council's outstanding resolutions report ('Resolution No | Action Required | Officer | Due | Status'). And tables that
are no plans: a KPI table by directorate whose status says 'At risk', a budget table by service, a board's voting
members, a risk register of scores alone.

Every case is a whole document drawn with reportlab (``whole_tables``), read through the real code path
(``predicted_dict``, fast) and scored by the evaluator's ``score_document`` for tables and action_plan_rows; a case
passes when every figure is 1.0 and the themes match row by row.

Conventions (corpus/gold/README.md, section 'Stop 33', and earlier rounds):
- a full-width shaded row 'Open actions', 'Closed actions', 'Completed actions' or 'Outstanding actions' heads a
  status section: rows below it whose own status cell is empty take its status ('Open'/'Outstanding' ongoing,
  'Closed'/'Completed' complete), a row's own status decides, and the band is no theme;
- 'At risk', 'Some disruption' and 'Behind schedule' are ongoing with no RAG (only a colour word or a fill rates);
- a 'Department', 'Directorate' or 'Service' column is the lead organisation; a role in 'Responsible Officer',
  'Owner' or 'Lead officer' is the named lead;
- an HMICFRS area for improvement printed over its actions is their theme (tables/headers already names the column);
- 'Recommendation | Management response' keeps the response as the action (round 39);
- a 'Revised date' beside the agreed date is the end date when it is filled, the agreed date otherwise (README stop
  29: the date in force; the officer asks when it is due now); a blank revised cell leaves the agreed date;
- a Red / Amber / Green 'Priority' column rates the recommendation's risk, not its progress: no RAG (the Appendix
  3 follow-up report below names its priorities by colour);
- month-first word dates ('March 31, 2026') and ISO dates ('2026-03-31') are read as printed.

Pass before (the code of 37b0f2a): 14 of 34 (12 of 32 written first, two HMICFRS trackers split into status sections
written after the first change and run on the unchanged code; two test-drawing faults fixed before counting: a 'Ref'
and a 'Status' column too narrow for their words). The misses: every 'Open actions' / 'Closed actions' band was
read as the theme of the rows below it and gave them no status; 'At risk', 'Some disruption' and 'Behind schedule'
gave no status or 'overdue'; 'Directorate', 'Lead directorate', 'Responsible directorate' and 'Service' named no
column; a Red / Amber / Green 'Priority' column was read as the theme.

The changes of this round: tables/plan_rows reads a band (a row set across the table, or one cell alone at its left)
naming a status group (``STATUS_SECTION_RE``) as the status of the rows under it whose status cell is empty, the
band's wording kept in status_text and '+status-from-status-section' in the provenance, carried to a table that
goes on from the one before, and never a theme; tables/status reads 'At risk' (not after a word: 'people at risk
of falls'), 'Some disruption' and 'Behind schedule' as ongoing; tables/headers names 'Service', 'Directorate',
'Lead directorate' and 'Responsible directorate' the lead organisation and ranks Red / Amber / Green priorities
(no theme). After: 37 of 37 (three speed checks added after the change), no xfail.

Sources (layouts and wording learned from these pages; names, places, numbers changed; nothing copied beyond short
phrases):
- https://gov.scot/publications/roles-responsibilities-membership-integration-joint-board/pages/2 (an integration
  joint board: health board and local authority functions delegated to it, directions issued under section 25)
- https://oakbay.ca/municipal-hall/mayor-council/council-resolutions (a council resolution tracking list: each
  resolution's status 'Complete', 'In Progress' or 'On Hold' and the department responsible for its actions)
- https://newsofthearea.com.au/council-releases-list-of-outstanding-resolutions (an outstanding resolutions report
  published by an Australian city council: resolutions not enacted or in progress)
- https://wao.gov.uk/publication/values-and-behaviours-follow-review-wrexham-county-borough-council (Audit Wales
  follow-up review of a Welsh county borough council: earlier recommendations not fully addressed, new ones made)
- https://hmicfrs.justiceinspectorates.gov.uk/about-us/what-we-do/powers/ (recommendations are not orders; fire and
  rescue authorities and police and crime commissioners explain the steps taken in response to each)
- https://www.accaglobal.com/sg/en/member/sectors/internal-audit/learn/management-actions.html (management actions
  agreed in internal audit reports, partial implementation, escalation of actions not cleared by the agreed date)
- https://scribd.com/doc/226105354/Audit-Recommendations-Follow-Up-Report-APX-3 (audit recommendations prioritised
  Red, Amber and Green, each with a target time for taking action)
- https://opencouncil.network/decisions/171111 (a scrutiny committee's action tracking: progress made in completing
  the outstanding actions)
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

STATUS = {"Complete": "complete", "In progress": "ongoing", "In Progress": "ongoing", "At risk": "ongoing",
          "Behind schedule": "ongoing", "Some disruption": "ongoing", "Not started": "not started",
          "Open": "ongoing", "Closed": "complete", "On Hold": "paused", "Overdue": "overdue",
          "Partially implemented": "ongoing", "Implemented": "complete"}  # fmt: skip
SHADE = colors.HexColor("#D9E2F3")
MONTHS = {"January": "01", "February": "02", "March": "03", "April": "04", "May": "05", "June": "06", "July": "07",
          "August": "08", "September": "09", "October": "10", "November": "11", "December": "12"}  # fmt: skip


def _iso(text: str) -> str | None:
    """'26 November 2025', 'March 31, 2026', '31/03/2026' or '2026-03-31' as ISO; '' as None."""
    if not text:
        return None
    if "/" in text:
        day, month, year = text.split("/")
        return f"{year}-{month}-{day}"
    if "-" in text:
        return text
    words = text.replace(",", "").split()
    if words[0] in MONTHS:
        return f"{words[2]}-{MONTHS[words[0]]}-{int(words[1]):02d}"
    return f"{words[2]}-{MONTHS[words[1]]}-{int(words[0]):02d}"


def _rows(data: list[tuple[str, ...]]) -> list[list[str]]:
    return [list(row) for row in data]


# ---------------------------------------------------------------- a Scottish integration joint board's action log

IJB_HEADER = ["Action No.", "Meeting", "Action", "Responsible Officer", "Target Date", "Status"]
IJB_WIDTHS = [48, 58, 170, 95, 60, 62]
IJB = [
    ("A/25/14", "25 June 2025", "Circulate the revised Strategic Commissioning Plan timeline to members", "Chief Officer", "30 September 2025", "Complete"),
    ("A/25/19", "25 June 2025", "Bring a report on delayed discharge performance in the Glenmoor locality", "Head of Health and Community Care", "26 November 2025", "In progress"),
    ("A/25/22", "24 September 2025", "Arrange a development session on the Carers Strategy for members", "Strategy and Performance Manager", "31 January 2026", "At risk"),
    ("A/25/23", "24 September 2025", "Provide a breakdown of the projected overspend on prescribing", "Chief Finance Officer", "26 November 2025", "Behind schedule"),
    ("A/25/27", "24 September 2025", "Review the membership of the Performance and Audit Committee", "Clerk to the Board", "31 March 2026", "Not started"),
]  # fmt: skip
IJB_PLAN = [plan_row(action, action_no=no, named_lead=officer, end_date=_iso(due), status=STATUS[word])
            for no, _, action, officer, due, word in IJB]  # fmt: skip
IJB_INTRO = ["# Glenmoor Health and Social Care Integration Joint Board – 26 November 2025",
             "Item 3(b). Action log: actions arising from previous meetings of the Board."]  # fmt: skip
IJB_DOCS = [
    WholeTables("ijb_log_ruled", "ijb-log", [*IJB_INTRO, Grid(IJB_HEADER, _rows(IJB), IJB_WIDTHS)], IJB_PLAN),
    WholeTables("ijb_log_word_no_rules", "ijb-log", [*IJB_INTRO, bare(IJB_HEADER, _rows(IJB), IJB_WIDTHS)], IJB_PLAN),
    WholeTables("ijb_log_dark_header", "ijb-log", [*IJB_INTRO, Grid(IJB_HEADER, _rows(IJB), IJB_WIDTHS, dark_header=True)], IJB_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- status sections: 'Open actions' / 'Closed actions'

OPEN = [
    ("A/25/19", "25 June 2025", "Bring a report on delayed discharge performance in the Glenmoor locality", "Head of Health and Community Care", "26 November 2025", ""),
    ("A/25/22", "24 September 2025", "Arrange a development session on the Carers Strategy for members", "Strategy and Performance Manager", "31 January 2026", "At risk"),
    ("A/25/27", "24 September 2025", "Review the membership of the Performance and Audit Committee", "Clerk to the Board", "31 March 2026", ""),
]  # fmt: skip
CLOSED = [
    ("A/25/09", "26 March 2025", "Publish the annual performance report on the partnership website", "Strategy and Performance Manager", "31 July 2025", ""),
    ("A/25/14", "25 June 2025", "Circulate the revised Strategic Commissioning Plan timeline to members", "Chief Officer", "30 September 2025", ""),
]  # fmt: skip


def _sections(first: str, second: str) -> tuple[list[list[str]], list[int]]:
    blank = [""] * (len(IJB_HEADER) - 1)
    rows = [[first, *blank], *_rows(OPEN), [second, *blank], *_rows(CLOSED)]
    return rows, [0, len(OPEN) + 1]


SECTION_ROWS, SECTION_BANDS = _sections("Open actions", "Closed actions")
OUTSTANDING_ROWS, _ = _sections("Outstanding actions", "Completed actions")
SECTION_PLAN = [
    plan_row(action, action_no=no, named_lead=officer, end_date=_iso(due), status=STATUS.get(word, status))
    for rows, status in ((OPEN, "ongoing"), (CLOSED, "complete"))
    for no, _, action, officer, due, word in rows
]  # fmt: skip
SECTION_DOCS = [
    WholeTables("status_sections_ruled", "status-sections",
                [*IJB_INTRO, banded(Grid(IJB_HEADER, SECTION_ROWS, IJB_WIDTHS), SECTION_BANDS, SHADE)], SECTION_PLAN),
    WholeTables("status_sections_no_rules", "status-sections",
                [*IJB_INTRO, banded(bare(IJB_HEADER, SECTION_ROWS, IJB_WIDTHS), SECTION_BANDS, SHADE)], SECTION_PLAN),
    WholeTables("status_sections_rows_ruled", "status-sections",
                [*IJB_INTRO, banded(Grid(IJB_HEADER, SECTION_ROWS, IJB_WIDTHS, rules="rows", header_fill=False), SECTION_BANDS, SHADE)], SECTION_PLAN),
    WholeTables("status_sections_outstanding_completed", "status-sections",
                [*IJB_INTRO, banded(Grid(IJB_HEADER, OUTSTANDING_ROWS, IJB_WIDTHS), SECTION_BANDS, SHADE)], SECTION_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- a fire and rescue authority's HMICFRS tracker

AFI = {
    "AFI 1: The service should make sure its site-specific risk information is up to date and easy to use": [
        ("Audit the risk information held for every high-rise residential building", "Station Manager Protection", "31/12/2025", "Green"),
        ("Give crews tablet access to risk information on the way to incidents", "Head of ICT", "31/03/2026", "Amber"),
    ],
    "AFI 2: The service should ensure it has enough qualified protection staff": [
        ("Recruit and train four additional fire safety inspectors", "Area Manager Protection", "30/06/2026", "Red"),
    ],
    "AFI 3: The service should improve how it gathers staff feedback": [
        ("Run a staff survey and publish the results with an action plan", "Head of People", "31/01/2026", "Green"),
        ("Hold listening sessions at each on-call station", "Group Manager Response", "28/02/2026", "Amber"),
    ],
}  # fmt: skip
AFI_HEADER = ["Area for improvement", "Action", "Owner", "Completion date", "RAG"]
AFI_WIDTHS = [150, 170, 95, 60, 40]
AFI_ROWS = [[area, action, owner, due, rag] for area, actions in AFI.items() for action, owner, due, rag in actions]
# the area printed once, over its first action (the later cells of its column left blank)
AFI_ONCE = [[area if index == 0 else "", *row[1:]] for area, actions in AFI.items()
            for index, row in enumerate([[area, *action] for action in actions])]  # fmt: skip
AFI_PLAN = [plan_row(action, theme=area, named_lead=owner, end_date=_iso(due), rag=rag)
            for area, actions in AFI.items() for action, owner, due, rag in actions]  # fmt: skip
AFI_INTRO = ["# Northmoor Fire and Rescue Authority – Audit and Governance Committee, 4 December 2025",
             "Item 7. HMICFRS inspection 2025: progress against the areas for improvement."]  # fmt: skip
# the tracker split into open and closed actions by shaded bands, the area a column of its own (a theme column beside
# status sections): the first area's actions closed, the others open
AFI_BLANK = [""] * (len(AFI_HEADER) - 1)
AFI_SPLIT = [["Closed actions", *AFI_BLANK], *AFI_ROWS[:2], ["Open actions", *AFI_BLANK], *AFI_ROWS[2:]]
AFI_SPLIT_PLAN = [dict(row, status="complete" if index < 2 else "ongoing") for index, row in enumerate(AFI_PLAN)]
AFI_DOCS = [
    WholeTables("hmicfrs_tracker_area_each_row", "fire", [*AFI_INTRO, Grid(AFI_HEADER, AFI_ROWS, AFI_WIDTHS)], AFI_PLAN),
    WholeTables("hmicfrs_tracker_status_sections", "fire", [*AFI_INTRO, banded(Grid(AFI_HEADER, AFI_SPLIT, AFI_WIDTHS), [0, 3], SHADE)], AFI_SPLIT_PLAN),
    WholeTables("hmicfrs_tracker_status_sections_no_rules", "fire", [*AFI_INTRO, banded(bare(AFI_HEADER, AFI_SPLIT, AFI_WIDTHS), [0, 3], SHADE)], AFI_SPLIT_PLAN),
    WholeTables("hmicfrs_tracker_area_once", "fire", [*AFI_INTRO, Grid(AFI_HEADER, AFI_ONCE, AFI_WIDTHS)], AFI_PLAN),
    WholeTables("hmicfrs_tracker_no_rules", "fire", [*AFI_INTRO, bare(AFI_HEADER, AFI_ROWS, AFI_WIDTHS)], AFI_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- an internal-audit recommendation tracker

AUDIT_HEADER = [
    "Ref",
    "Recommendation",
    "Priority",
    "Management response",
    "Responsible officer",
    "Agreed date",
    "Revised date",
    "Status",
]
AUDIT_WIDTHS = [32, 105, 42, 115, 70, 52, 52, 65]
AUDIT = [
    ("IA24/03", "Bank reconciliations should be reviewed and signed by a second officer each month.", "High", "Agreed. The Finance Manager will review and sign each reconciliation.", "Finance Manager", "30/09/2025", "", "Implemented"),
    ("IA24/07", "Leavers' system access should be removed on their last day of service.", "High", "Agreed. HR will send a weekly leavers report to ICT.", "Head of HR", "31/10/2025", "31/01/2026", "Partially implemented"),
    ("IA24/11", "The contracts register should be complete and published quarterly.", "Medium", "Agreed. Procurement will complete the register and publish it each quarter.", "Procurement Manager", "31/12/2025", "", "In progress"),
    ("IA25/02", "Asset disposals should be approved in line with financial regulations.", "Low", "Agreed. Disposal forms will record the approver.", "Facilities Manager", "30/11/2025", "31/03/2026", "Overdue"),
]  # fmt: skip
AUDIT_PLAN = [plan_row(response, action_no=ref, named_lead=officer, end_date=_iso(revised or agreed), status=STATUS[word])
              for ref, _, _, response, officer, agreed, revised, word in AUDIT]  # fmt: skip
AUDIT_INTRO = ["# Audit and Standards Committee – 9 December 2025",
               "Appendix A. Implementation of internal audit recommendations: high, medium and low priority."]  # fmt: skip
# the same tracker with its priorities named by colour (a risk rating: no RAG of progress)
COLOURED = [
    (ref, rec, {"High": "Red", "Medium": "Amber", "Low": "Green"}[priority], *rest)
    for ref, rec, priority, *rest in AUDIT
]
AUDIT_DOCS = [
    WholeTables("audit_tracker_revised_dates", "audit", [*AUDIT_INTRO, Grid(AUDIT_HEADER, _rows(AUDIT), AUDIT_WIDTHS)], AUDIT_PLAN),
    WholeTables("audit_tracker_revised_dates_no_rules", "audit", [*AUDIT_INTRO, bare(AUDIT_HEADER, _rows(AUDIT), AUDIT_WIDTHS)], AUDIT_PLAN),
    WholeTables("audit_tracker_priority_by_colour", "audit", [*AUDIT_INTRO, Grid(AUDIT_HEADER, _rows(COLOURED), AUDIT_WIDTHS)], AUDIT_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- a Welsh council's Audit Wales tracker by directorate

WALES_HEADER = ["Ref", "Action", "Directorate", "Lead officer", "Target date", "Status"]
WALES_WIDTHS = [30, 190, 90, 100, 60, 65]
WALES = [
    ("R1", "Agree a protocol on member and officer relations and train all members in it", "Governance", "Monitoring Officer", "31 January 2026", "In progress"),
    ("R2", "Adopt the replacement Local Development Plan timetable", "Economy and Planning", "Chief Planning Officer", "31 March 2026", "Behind schedule"),
    ("R3", "Publish a forward work programme for each scrutiny committee", "Governance", "Scrutiny Manager", "31 December 2025", "Complete"),
    ("R4", "Report progress on the recommendations to the Governance and Audit Committee", "Chief Executive's Office", "Head of Performance", "30 June 2026", "Not started"),
]  # fmt: skip
WALES_PLAN = [plan_row(action, action_no=ref, lead_org=directorate, named_lead=lead, end_date=_iso(due), status=STATUS[word])
              for ref, action, directorate, lead, due, word in WALES]  # fmt: skip
WALES_INTRO = ["# Cyngor Bwrdeistref Sirol Glanafon / Glanafon County Borough Council",
               "Governance and Audit Committee – 20 November 2025. Audit Wales follow-up review: management response."]  # fmt: skip
WALES_DOCS = [
    WholeTables("wales_directorate_column", "wales", [*WALES_INTRO, Grid(WALES_HEADER, _rows(WALES), WALES_WIDTHS)], WALES_PLAN),
    WholeTables("wales_directorate_column_no_rules", "wales", [*WALES_INTRO, bare(WALES_HEADER, _rows(WALES), WALES_WIDTHS)], WALES_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- a combined authority's log: service and officer

CA_HEADER = ["Ref", "Action", "Service", "Owner", "Due", "Status"]
CA_WIDTHS = [48, 190, 95, 90, 60, 70]
CA = [
    ("CA/112", "Share the bus franchising consultation timetable with constituent councils", "Transport Policy", "Director of Transport", "31/12/2025", "Some disruption"),
    ("CA/115", "Circulate the adult skills fund allocations by borough", "Skills and Employment", "Head of Skills", "30/11/2025", "Complete"),
    ("CA/118", "Bring the housing investment fund pipeline to the next Board", "Housing and Land", "Housing Delivery Manager", "29/01/2026", "In progress"),
]  # fmt: skip
CA_PLAN = [plan_row(action, action_no=ref, lead_org=service, named_lead=owner, end_date=_iso(due), status=STATUS[word])
           for ref, action, service, owner, due, word in CA]  # fmt: skip
CA_INTRO = ["# Westhaven Combined Authority Board – 11 December 2025", "Item 4. Action log from previous meetings."]
# a team named in the owner column with no department column: the named lead (stop 22)
TEAM_HEADER = ["Ref", "Action", "Owner", "Due", "Status"]
TEAM = [(ref, action, service + " Team", due, word) for ref, action, service, _, due, word in CA]
TEAM_PLAN = [plan_row(action, action_no=ref, named_lead=team, end_date=_iso(due), status=STATUS[word]) for ref, action, team, due, word in TEAM]  # fmt: skip
CA_DOCS = [
    WholeTables("combined_authority_service_column", "combined", [*CA_INTRO, Grid(CA_HEADER, _rows(CA), CA_WIDTHS)], CA_PLAN),
    WholeTables("combined_authority_team_as_owner", "combined", [*CA_INTRO, Grid(TEAM_HEADER, _rows(TEAM), [48, 230, 130, 60, 80])], TEAM_PLAN),
]  # fmt: skip

# ---------------------------------------------------------------- Canadian and Australian resolution registers

CANADA_HEADER = ["Resolution No.", "Action Required", "Department", "Due", "Status"]
CANADA = [
    ("C-2025-114", "Write to the Province requesting rural transit funding", "Legislative Services", "2025-12-31", "Complete"),
    ("C-2025-131", "Report back on options for a tree protection bylaw", "Parks and Recreation", "2026-03-31", "In Progress"),
    ("C-2025-140", "Install accessible parking at the Oakridge recreation centre", "Engineering Services", "2026-06-30", "On Hold"),
]  # fmt: skip
CANADA_PLAN = [plan_row(action, action_no=no, lead_org=department, end_date=_iso(due), status=STATUS[word]) for no, action, department, due, word in CANADA]  # fmt: skip
CANADA_WORDS = [(no, action, department, {"2025-12-31": "December 31, 2025", "2026-03-31": "March 31, 2026", "2026-06-30": "June 30, 2026"}[due], word)
                for no, action, department, due, word in CANADA]  # fmt: skip
CANADA_INTRO = ["# District of Cedar Bay – Regular Council Meeting, December 8, 2025", "Council Resolution Tracking: resolutions requiring action."]  # fmt: skip
AUSTRALIA_HEADER = ["Resolution No", "Action Required", "Officer", "Due", "Status"]
AUSTRALIA = [
    ("2025/118", "Prepare a structure plan for the jetty foreshore precinct", "Director Sustainable Places", "31/03/2026", "In Progress"),
    ("2025/126", "Seek grant funding for stage 2 of the coastal walking trail", "Manager Community Programs", "28/02/2026", "Not started"),
    ("2025/133", "Report on the governance framework for coastal works", "Group Leader Governance", "30/11/2025", "Complete"),
]  # fmt: skip
AUSTRALIA_PLAN = [plan_row(action, action_no=no, named_lead=officer, end_date=_iso(due), status=STATUS[word]) for no, action, officer, due, word in AUSTRALIA]  # fmt: skip
AUSTRALIA_INTRO = ["# Harbour Heads City Council – Ordinary Meeting, 11 December 2025", "Outstanding Resolutions Report."]  # fmt: skip
REGISTER_DOCS = [
    WholeTables("canada_resolution_tracker_iso_dates", "register", [*CANADA_INTRO, Grid(CANADA_HEADER, _rows(CANADA), [70, 220, 110, 60, 65])], CANADA_PLAN),
    WholeTables("canada_resolution_tracker_word_dates", "register", [*CANADA_INTRO, bare(CANADA_HEADER, _rows(CANADA_WORDS), [70, 210, 110, 80, 65])], CANADA_PLAN),
    WholeTables("australia_outstanding_resolutions", "register", [*AUSTRALIA_INTRO, Grid(AUSTRALIA_HEADER, _rows(AUSTRALIA), [60, 220, 120, 60, 65])], AUSTRALIA_PLAN),
]  # fmt: skip

DOCUMENTS = IJB_DOCS + SECTION_DOCS + AFI_DOCS + AUDIT_DOCS + WALES_DOCS + CA_DOCS + REGISTER_DOCS

# ---------------------------------------------------------------- tables that are no plans

NEGATIVES = [
    WholeTables("kpi_by_directorate_at_risk", "negative",
                ["# Glanafon County Borough Council – Performance report, quarter 2 2025/26",
                 Grid(["Directorate", "Indicator", "Target", "Q2 actual", "Status"],
                      [["Social Services", "Adult protection enquiries completed within 7 days (%)", "90%", "86%", "At risk"],
                       ["Education", "Pupils attending school (%)", "94%", "93.1%", "Behind schedule"],
                       ["Environment", "Waste reused, recycled or composted (%)", "70%", "71.4%", "On track"]],
                      [90, 210, 50, 60, 80])], []),
    WholeTables("budget_by_service", "negative",
                ["# Westhaven Combined Authority – Revenue budget monitoring, month 7",
                 Grid(["Service", "Budget £000", "Forecast £000", "Variance £000"],
                      [["Transport Policy", "12,410", "12,652", "242"], ["Skills and Employment", "8,030", "7,911", "(119)"],
                       ["Housing and Land", "3,275", "3,275", "0"]], [170, 90, 90, 90])], []),
    WholeTables("ijb_voting_members", "negative",
                ["# Glenmoor Health and Social Care Integration Joint Board – membership",
                 Grid(["Member", "Role", "Nominated by"],
                      [["Cllr Ruth Paterson", "Chair", "Glenmoor Council (Elected Member)"],
                       ["Alan Crichton", "Vice Chair", "NHS Glenmoor (Non-Executive Member)"],
                       ["Morag Lindsay", "Voting member", "NHS Glenmoor (Non-Executive Member)"]], [150, 100, 220])], []),
    WholeTables("risk_scores_alone", "negative",
                ["# Northmoor Fire and Rescue Authority – Corporate risk register summary",
                 bare(["Risk ref", "Risk", "Likelihood", "Impact", "Score", "Direction"],
                      [["CR01", "Loss of on-call availability in rural stations", "4", "4", "16", "Worsening"],
                       ["CR04", "Failure of the mobilising system", "2", "5", "10", "Stable"],
                       ["CR07", "Reduction in grant funding", "3", "3", "9", "Improving"]], [45, 220, 55, 45, 40, 60])], []),
]  # fmt: skip

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("document", document_params(DOCUMENTS, XFAIL))
def test_logs_and_trackers_of_new_genres_read_whole(document: WholeTables, tmp_path: Path) -> None:
    """Scored as `agendaparse eval --fast` scores a gold file; themes compared row by row."""
    assert_read_whole(document, tmp_path)


@pytest.mark.parametrize("document", document_params(NEGATIVES, XFAIL))
def test_tables_that_are_no_plans_give_no_plan_rows(document: WholeTables, tmp_path: Path) -> None:
    assert_no_plan(document, tmp_path)


def test_status_words_of_the_stop_33_ruling() -> None:
    from agendaparse.tables.status import normalise_status

    assert normalise_status("At risk") == ("ongoing", None)
    assert normalise_status("Some disruption") == ("ongoing", None)
    assert normalise_status("Behind schedule") == ("ongoing", None)
    assert normalise_status("Behind")[0] == "overdue"  # alone, it still says late
    # a colour word still rates
    assert normalise_status("Amber - at risk") == ("ongoing", "Amber")


def test_at_risk_in_an_update_names_whom_not_how_far() -> None:
    """'people at risk of falls' in an update says who the work is for, not the action's status."""
    from agendaparse.tables.status import normalise_status

    assert normalise_status("Falls pathway agreed for people at risk of falls.", opening_only=True)[0] is None


def test_a_status_section_keeps_its_wording_and_says_so(tmp_path: Path) -> None:
    from agendaparse.evaluate import predicted_dict

    document = SECTION_DOCS[0]
    path = tmp_path / "sections.pdf"
    document.render(path)
    rows = predicted_dict(path, fast=True)["action_plan_rows"]
    taken = [(row["status_text"], "status-section" in row["provenance"]["method"]) for row in rows]
    assert taken == [
        ("Open actions", True),
        ("At risk", False),
        ("Open actions", True),
        ("Closed actions", True),
        ("Closed actions", True),
    ]


@pytest.mark.parametrize(
    "name", ["Department", "Directorate", "Service", "Lead directorate", "Responsible directorate"]
)
def test_department_columns_are_the_lead_organisation(name: str) -> None:
    from agendaparse.tables.headers import table_fields

    rows = [["1", "Publish the forward work programme", "Governance", "Scrutiny Manager", "31/12/2025", "Open"]]
    assert table_fields(["Ref", "Action", name, "Lead officer", "Target date", "Status"], rows) == {
        0: "action_no", 1: "action", 2: "lead_org", 3: "named_lead", 4: "end_date", 5: "status"
    }  # fmt: skip
