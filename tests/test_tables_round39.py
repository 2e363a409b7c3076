# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Action plans and action logs of bodies the earlier rounds had not met (tables round 39, issue #5).

Held-out action-plan rows score far below dev: plans laid out in ways the readers had not met are missed. Each
case is a whole document drawn with reportlab (``whole_tables``), read through the real code path
(``predicted_dict``, fast) and scored with the evaluator's ``score_document`` for ``tables`` and
``action_plan_rows`` against gold written by corpus/gold/README.md. Classes of case:

- 'board_log': a board's or partnership's action log 'Meeting date | Minute ref | Action | Owner | Due | Status /
  Update' (an update cell opening with the status word and going on with commentary; owners as posts or initials).
- 'audit_tracker': internal audit recommendation trackers 'Ref | Recommendation | Priority | Agreed action |
  Responsible officer | Implementation date | Status' (a High / Medium / Low priority is not a RAG rating), and
  the management-response form 'Recommendation | Management response | Responsible officer | Target date'.
- 'scrutiny_tracker': a scrutiny review's recommendations with the executive's response ('Accepted' / 'Partially
  accepted'), the lead member and officer, a timescale and progress.
- 'partnership_plan': a community safety or health and wellbeing delivery plan: priorities as rows spanning the
  table (the theme of the rows under them), 'Lead agency' (an organisation: lead_org), timescales as ranges
  ('April 2025 – March 2026': start and end) and RAG.
- 'dates': several dates per row: 'Start date | End date', 'Original target date | Revised target date' (the
  revised date is the deadline in force), a quarter of the financial year ('Q3 2025/26').
- 'layout': unruled plans (rules between rows only, or none with zebra shading) and a plan continuing over a page
  with its header printed only on the first page.
- 'cells': harder cells: a revised date written in the deadline's own cell ('31/03/2026 Revised: 30/06/2026'),
  RAG as letters, dates as '31.12.2025' / '31st March 2026' / 'End of January 2026', updates holding dates of their
  own beside the deadline, an Excel highlight report (light grey gridlines, dark header, '% complete').
- 'names': column names the readers had not met: 'Improvement action', 'Service lead', 'Delivery timescale', a
  column named for its quarter ('Q2 RAG', 'Quarter 2 update'), 'Commentary', 'Portfolio Holder' beside 'Lead officer'.
- 'not_plan': tables beside plans that are not plans (a performance indicator table with targets and RAG, a
  schedule of meetings, a budget table): no action-plan row is reported.

Choices where the README is silent (the code is asked to do the same):
- an audit tracker with both 'Recommendation' and 'Agreed action' (or 'Management response') columns: the agreed
  action or response is the plan row's action, as round 22's 'Planned action' and tables/headers.py's
  ACTION_NAME_RE have it;
- 'Lead member | Lead officer': the officer is the named lead (the officer delivers; the member holds the
  portfolio);
- 'Original target date | Revised target date': end_date is the revised date when one is printed, else the
  original ('Revised' cells left blank or '-' where the date has not moved);
- 'Q3 2025/26' is the last day of the quarter of that financial year (31 December 2025);
- a service in a 'Lead' column ('Housing Options') is the named lead, as the README's teams-as-owners note has it;
  under 'Lead agency' or 'Lead organisation' it is lead_org.

Each document keeps the structure and phrasing pattern of real published pages; names, places and numbers changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- http://www.uta.edu/internalaudit/managementresponses.php (management responses to audit findings: the response,
  who will act, a targeted implementation date)
- https://www.cambs.police.uk/information-and-services/Domestic-abuse/Domestic-Abuse-Action-Plan (a strategic
  crime priority's domestic abuse action plan: themes with several actions each, training, pathways, perpetrators)
- https://colonialbeachva.gov/214/Strategic-Action-Plan (a town's strategic action plan: focus areas, strategic
  initiatives under them, responsible departments and schedules, updated annually)
- http://www.cfps.org.uk/forum/showthread.php?tid=446&pid=1212 (an executive's response to scrutiny
  recommendations, accepted or rejected with reasons, and the action it proposes to take)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape

from whole_tables import Grid, WholeTables, plan_row, scored, shortfalls

FILL = (
    "The Board noted the report and the progress made since the last meeting, and thanked officers for their work. " * 3
)
GREEN, AMBER, RED = colors.HexColor("#00B050"), colors.HexColor("#FFC000"), colors.HexColor("#FF0000")

# ---------------------------------------------------------------- board_log

HWB_LOG = [
    ("12 Mar 2025", "HWB 24/31", "Circulate the refreshed pharmaceutical needs assessment to Board members", "Director of Public Health", "30 Apr 2025", "Complete – circulated on 14 April"),
    ("12 Mar 2025", "HWB 24/33", "Bring an update on the healthy weight pathway to the June Board", "Head of Commissioning", "30 Jun 2025", "On track – on the June agenda"),
    ("11 Jun 2025", "HWB 25/04", "Arrange a development session on the integrated care strategy", "Board Manager", "31 Aug 2025", "Not started"),
    ("11 Jun 2025", "HWB 25/07", "Write to the ICB about the dental access figures", "Chair", "31 Jul 2025", "Overdue – letter drafted, awaiting sign-off"),
]  # fmt: skip
HWB_STATUS = ["complete", "ongoing", "not started", "overdue"]
HWB = WholeTables(
    "hwb_log",
    "board_log",
    [
        "# Eastmoor Health and Wellbeing Board – 10 September 2025",
        "Agenda item 3: Action log. Members are asked to note the actions arising from previous meetings.",
        Grid(
            ["Meeting date", "Minute ref", "Action", "Owner", "Due", "Status / Update"],
            [list(row) for row in HWB_LOG],
            [60, 55, 170, 80, 55, 95],
            title="Action log",
        ),
        FILL,
    ],
    [
        plan_row(action, action_no=ref, named_lead=owner, end_date=due, status=status)
        for (_, ref, action, owner, _, _), due, status in zip(
            HWB_LOG, ["2025-04-30", "2025-06-30", "2025-08-31", "2025-07-31"], HWB_STATUS, strict=True
        )
    ],
)

CSP_LOG = [
    ("1", "04/02/25", "Share the night-time economy patrol data with the licensing team", "Insp. R Hollis", "Mar-25", "Closed"),
    ("2", "04/02/25", "Map the youth diversion offers across the three towns", "Youth Services Manager", "May-25", "Open – mapping two thirds done"),
    ("3", "06/05/25", "Agree a single referral form for the hate crime panel", "CSP Coordinator", "Jul-25", "Open"),
    ("4", "06/05/25", "Review the CCTV maintenance contract before renewal", "Head of Neighbourhoods", "Sep-25", "On hold pending budget decision"),
]  # fmt: skip
CSP = WholeTables(
    "csp_log",
    "board_log",
    [
        "# Ashcombe Community Safety Partnership Board",
        "Minutes of the meeting held on Tuesday 5 August 2025 at the Civic Centre.",
        "5. Action log. The action log was reviewed and updated as below.",
        Grid(
            ["No.", "Date raised", "Action", "Lead", "Deadline", "Open / Closed"],
            [list(row) for row in CSP_LOG],
            [30, 55, 200, 100, 50, 90],
        ),
        FILL,
    ],
    [
        plan_row(action, action_no=no, named_lead=lead.replace("Insp. ", ""), end_date=due, status=status)
        for (no, _, action, lead, _, _), due, status in zip(
            CSP_LOG,
            ["2025-03-31", "2025-05-31", "2025-07-31", "2025-09-30"],
            ["complete", "ongoing", "ongoing", "paused"],
            strict=True,
        )
    ],
)

TRUST_LOG = [
    ("TB/112", "Present the estates strategy options appraisal", "JW", "Nov 2025", "Deferred to January by agreement of the Chair"),
    ("TB/115", "Confirm the dates of the board seminar programme", "SC", "Oct 2025", "Done"),
    ("TB/118", "Share the staff survey action plan with non-executive directors", "AP / SC", "Dec 2025", "In progress"),
]  # fmt: skip
TRUSTEES = {"JW": "Janet Wyatt", "SC": "Simon Carr", "AP / SC": "Anita Patel, Simon Carr"}  # README: initials expanded
TRUST = WholeTables(
    "trust_board_log",
    "board_log",
    [
        "# Fenmoor Community Trust – Board of Trustees, 16 October 2025",
        "Present: Janet Wyatt (JW, Chair), Simon Carr (SC, Chief Executive), Anita Patel (AP, Treasurer).",
        "Matters arising and action log",
        Grid(
            ["Action no.", "Action", "Who", "By when", "Progress"],
            [list(row) for row in TRUST_LOG],
            [55, 210, 50, 60, 140],
        ),
        FILL,
    ],
    [
        plan_row(action, action_no=ref, named_lead=TRUSTEES[who], end_date=due, status=status)
        for (ref, action, who, _, _), due, status in zip(
            TRUST_LOG, ["2025-11-30", "2025-10-31", "2025-12-31"], ["paused", "complete", "ongoing"], strict=True
        )
    ],
)

# a log whose 'Status' cell is coloured, with the update in its own column
FILLED_LOG = [
    ("A/25/01", "Publish the revised complaints policy on the website", "Customer Services Manager", "31/05/2025", "Published on 20 May", GREEN),
    ("A/25/02", "Report on the backlog of housing repairs to the next meeting", "Head of Property", "30/06/2025", "Report delayed by data migration", RED),
    ("A/25/03", "Refresh the equality objectives with the staff networks", "HR Business Partner", "30/09/2025", "Workshops booked for August", AMBER),
]  # fmt: skip
FILLED = WholeTables(
    "filled_status_log",
    "board_log",
    [
        "# Overview and Scrutiny Committee – 22 July 2025",
        "Item 4: Action tracker. RAG: Green – complete; Amber – in progress; Red – overdue or at risk.",
        Grid(
            ["Ref", "Action", "Responsible officer", "Target date", "Update", "RAG"],
            [[ref, action, lead, due, update, ""] for ref, action, lead, due, update, _ in FILLED_LOG],
            [50, 160, 90, 60, 120, 35],
            fills={(5, index): row[5] for index, row in enumerate(FILLED_LOG)},
        ),
        FILL,
    ],
    [
        plan_row(action, action_no=ref, named_lead=lead, end_date=iso, rag=rag, status=status)
        for (ref, action, lead, _, _, _), iso, rag, status in zip(
            FILLED_LOG,
            ["2025-05-31", "2025-06-30", "2025-09-30"],
            ["Green", "Red", "Amber"],
            ["complete", "overdue", "ongoing"],
            strict=True,
        )
    ],
)

# ---------------------------------------------------------------- audit_tracker

AUDIT_ROWS = [
    ("1", "Supplier bank detail changes should be verified by a call-back to a known contact.", "High", "A call-back check will be added to the supplier amendment procedure.", "Accounts Payable Manager", "31 October 2025", "Implemented"),
    ("2", "Leavers' system access should be removed on the last working day.", "Medium", "HR will send a weekly leavers report to ICT for action.", "Head of ICT", "31 December 2025", "Partially implemented"),
    ("3", "The contracts register should be reconciled to the ledger quarterly.", "Low", "The procurement team will reconcile the register each quarter.", "Procurement Lead", "31 March 2026", "Not yet due"),
]  # fmt: skip
AUDIT = WholeTables(
    "audit_tracker",
    "audit_tracker",
    [
        "# Audit and Governance Committee – 18 November 2025",
        "Internal audit recommendations tracker: high, medium and low priority recommendations and agreed actions.",
        Grid(
            [
                "Ref",
                "Recommendation",
                "Priority",
                "Agreed action",
                "Responsible officer",
                "Implementation date",
                "Status",
            ],
            [list(row) for row in AUDIT_ROWS],
            [25, 125, 40, 125, 75, 60, 70],
        ),
        FILL,
    ],
    [
        plan_row(action, action_no=ref, named_lead=lead, end_date=iso, status=status)
        for (ref, _, _, action, lead, _, _), iso, status in zip(
            AUDIT_ROWS, ["2025-10-31", "2025-12-31", "2026-03-31"], ["complete", "ongoing", "not started"], strict=True
        )
    ],
)

RESPONSE_ROWS = [
    ("Purchase cards should be reviewed monthly by the cardholder's line manager.", "Agreed. Monthly review will be built into the card statement process.", "Finance Manager", "30/11/2025"),
    ("Stock counts at the depot should be independently checked.", "Agreed. A second officer will attend each count.", "Depot Supervisor", "31/01/2026"),
    ("Income from hall lettings should be banked weekly.", "Agreed in part: banking will be fortnightly given the volumes.", "Facilities Officer", "31/12/2025"),
]  # fmt: skip
RESPONSE = WholeTables(
    "management_response",
    "audit_tracker",
    [
        "# Internal Audit Report: Income and Purchasing – Action Plan",
        "Final report issued 3 October 2025. The management responses below were agreed with the Director of Resources.",
        Grid(
            ["Recommendation", "Management response", "Responsible officer", "Target date"],
            [list(row) for row in RESPONSE_ROWS],
            [170, 170, 90, 70],
        ),
    ],
    [
        plan_row(response, named_lead=lead, end_date=iso)
        for (_, response, lead, _), iso in zip(RESPONSE_ROWS, ["2025-11-30", "2026-01-31", "2025-12-31"], strict=True)
    ],
)

FOLLOW_ROWS = [
    ("2024/25-07 Payroll", "Overtime claims to be authorised before payment.", "2", "Payroll Manager", "30 Jun 2025", "Complete"),
    ("2024/25-11 Grants", "Grant recipients to return monitoring forms within 3 months.", "1", "Grants Officer", "31 Aug 2025", "Overdue"),
    ("2024/25-14 Fleet", "Vehicle defect sheets to be signed off by the workshop supervisor.", "3", "Fleet Manager", "30 Sep 2025", "In progress"),
]  # fmt: skip
FOLLOW = WholeTables(
    "audit_follow_up",
    "audit_tracker",
    [
        "# Follow-up of internal audit recommendations – position at 30 September 2025",
        "Priority 1: fundamental; 2: significant; 3: merits attention.",
        Grid(
            ["Audit", "Agreed action", "Priority", "Action owner", "Due date", "Position"],
            [list(row) for row in FOLLOW_ROWS],
            [80, 180, 40, 80, 60, 60],
        ),
        FILL,
    ],
    [
        plan_row(action, named_lead=owner, end_date=iso, status=status)
        for (_, action, _, owner, _, _), iso, status in zip(
            FOLLOW_ROWS, ["2025-06-30", "2025-08-31", "2025-09-30"], ["complete", "overdue", "ongoing"], strict=True
        )
    ],
)

# ---------------------------------------------------------------- scrutiny_tracker

SCRUTINY_ROWS = [
    ("R1", "That the Council publishes a single directory of support for unpaid carers.", "Accepted", "Cabinet Member for Adult Care", "Carers Lead", "March 2026", "Directory drafted; testing with carers in January."),
    ("R2", "That respite provision is reviewed against demand in each locality.", "Partially accepted", "Cabinet Member for Adult Care", "Head of Commissioning", "September 2026", "Review scoped; data collection under way."),
    ("R3", "That carers' assessments are offered within 28 days of referral.", "Accepted", "Cabinet Member for Adult Care", "Assistant Director, Adult Social Care", "December 2025", "Complete – 91% within 28 days in Q2."),
]  # fmt: skip
SCRUTINY = WholeTables(
    "scrutiny_tracker",
    "scrutiny_tracker",
    [
        "# People Scrutiny Committee – 2 December 2025",
        "Scrutiny review of support for unpaid carers: executive response and progress on the recommendations.",
        Grid(
            ["No.", "Recommendation", "Executive response", "Lead member", "Lead officer", "Timescale", "Progress"],
            [list(row) for row in SCRUTINY_ROWS],
            [25, 140, 60, 75, 75, 55, 110],
        ),
        FILL,
    ],
    [
        plan_row(rec, action_no=no, named_lead=officer, end_date=iso, status=status)
        for (no, rec, _, _, officer, _, _), iso, status in zip(
            SCRUTINY_ROWS, ["2026-03-31", "2026-09-30", "2025-12-31"], [None, "ongoing", "complete"], strict=True
        )
    ],
    pagesize=landscape(A4),
)

TASK_ROWS = [
    ("1", "Introduce a members' briefing before each planning committee.", "Agreed", "Head of Planning", "From January 2026", "Not started"),
    ("2", "Publish planning enforcement statistics quarterly.", "Agreed", "Enforcement Team Leader", "Q4 2025/26", "In progress"),
    ("3", "Review the pre-application advice charges.", "Agreed with amendment", "Head of Planning", "Q2 2026/27", "Not started"),
]  # fmt: skip
TASK = WholeTables(
    "task_group_plan",
    "scrutiny_tracker",
    [
        "# Planning Task and Finish Group – Action Plan",
        "Report to Cabinet, 15 October 2025. The Cabinet's decision on each recommendation and how it will be delivered.",
        Grid(
            ["Rec", "Recommendation", "Cabinet decision", "Responsible officer", "Target", "Status"],
            [list(row) for row in TASK_ROWS],
            [30, 180, 70, 90, 70, 60],
        ),
    ],
    [
        plan_row(
            TASK_ROWS[0][1], action_no="1", named_lead="Head of Planning", start_date="2026-01-01", status="not started"
        ),
        plan_row(
            TASK_ROWS[1][1],
            action_no="2",
            named_lead="Enforcement Team Leader",
            end_date="2026-03-31",
            status="ongoing",
        ),
        plan_row(
            TASK_ROWS[2][1], action_no="3", named_lead="Head of Planning", end_date="2026-09-30", status="not started"
        ),
    ],
)

# ---------------------------------------------------------------- partnership_plan

DA_THEMES = {
    "Priority 1: Prevention and early identification": [
        ("1.1", "Train frontline staff to recognise and respond to domestic abuse", "Safeguarding Partnership", "April 2025 – March 2026", GREEN),
        ("1.2", "Deliver healthy relationships sessions in every secondary school", "Education Services", "September 2025 – July 2026", AMBER),
    ],
    "Priority 2: Support for victims": [
        ("2.1", "Recommission the independent domestic violence advocate service", "Office of the Police and Crime Commissioner", "October 2025", GREEN),
        ("2.2", "Extend the sanctuary scheme to private rented housing", "Housing Services", "March 2026", RED),
    ],
}  # fmt: skip
DA_RANGE = {
    "April 2025 – March 2026": ("2025-04-01", "2026-03-31"),
    "September 2025 – July 2026": ("2025-09-01", "2026-07-31"),
    "October 2025": (None, "2025-10-31"),
    "March 2026": (None, "2026-03-31"),
}
DA_RAG = {GREEN: "Green", AMBER: "Amber", RED: "Red"}


def _themed(themes: dict) -> tuple[list[list[str]], list[int], dict]:
    rows: list[list[str]] = []
    spans: list[int] = []
    fills: dict = {}
    for theme, actions in themes.items():
        spans.append(len(rows))
        rows.append([theme, "", "", "", ""])
        for ref, action, lead, when, fill in actions:
            fills[(4, len(rows))] = fill
            rows.append([ref, action, lead, when, ""])
    return rows, spans, fills


DA_ROWS, DA_SPANS, DA_FILLS = _themed(DA_THEMES)
DA = WholeTables(
    "da_delivery_plan",
    "partnership_plan",
    [
        "# Wexcombe Community Safety Partnership – Domestic Abuse Delivery Plan 2025/26",
        "Progress at quarter 2, reported to the Partnership Board on 20 November 2025.",
        Grid(
            ["Ref", "Action", "Lead agency", "Timescale", "RAG"],
            DA_ROWS,
            [30, 220, 120, 110, 35],
            fills=DA_FILLS,
            spans=[((0, index), (4, index)) for index in DA_SPANS],
            gold_rows=[row if index not in DA_SPANS else [row[0], "", "", "", ""] for index, row in enumerate(DA_ROWS)],
        ),
    ],
    [
        plan_row(
            action,
            theme=theme,
            action_no=ref,
            lead_org=lead,
            start_date=DA_RANGE[when][0],
            end_date=DA_RANGE[when][1],
            rag=DA_RAG[fill],
        )
        for theme, actions in DA_THEMES.items()
        for ref, action, lead, when, fill in actions
    ],
)

HWS_ROWS = [
    ("Start well", "Increase the uptake of the healthy start vitamins scheme", "Public Health", "Children's Centres", "Mar 2026"),
    ("Start well", "Offer every family a two-year health and development review", "Community Health Services", "GP practices", "Mar 2026"),
    ("Live well", "Open two new community wellbeing hubs", "District Council", "Voluntary sector", "Dec 2025"),
    ("Age well", "Roll out falls prevention classes in sheltered housing", "Adult Social Care", "Housing associations", "Jun 2026"),
]  # fmt: skip
HWS = WholeTables(
    "hws_delivery_plan",
    "partnership_plan",
    [
        "# Joint Health and Wellbeing Strategy 2024–2028: Delivery Plan",
        "Updated for the Health and Wellbeing Board, 24 September 2025.",
        Grid(
            ["Life stage", "What we will do", "Lead organisation", "Partners", "By when"],
            [list(row) for row in HWS_ROWS],
            [60, 200, 100, 100, 55],
        ),
    ],
    [
        plan_row(action, theme=theme, lead_org=lead, end_date=iso)
        for (theme, action, lead, _, _), iso in zip(
            HWS_ROWS, ["2026-03-31", "2026-03-31", "2025-12-31", "2026-06-30"], strict=True
        )
    ],
)

INIT_ROWS = [
    ("FA1.1", "Adopt a ten-year capital improvement programme", "Finance Department", "All departments", "Ongoing", "Underway"),
    ("FA1.2", "Complete the stormwater master plan", "Public Works", "Planning", "June 2026", "Underway"),
    ("FA2.1", "Launch a small business grant round", "Economic Development", "Chamber of Commerce", "January 2026", "Planned"),
]  # fmt: skip
INIT = WholeTables(
    "strategic_initiatives",
    "partnership_plan",
    [
        "# Strategic Action Plan – Annual Update, November 2025",
        "Focus Area 1: Infrastructure. Focus Area 2: Economic vitality.",
        Grid(
            ["No.", "Strategic initiative", "Responsible department", "Supporting", "Schedule", "Status"],
            [list(row) for row in INIT_ROWS],
            [40, 190, 90, 90, 55, 50],
        ),
    ],
    [
        plan_row(INIT_ROWS[0][1], action_no="FA1.1", lead_org="Finance Department", status="ongoing"),
        plan_row(INIT_ROWS[1][1], action_no="FA1.2", lead_org="Public Works", end_date="2026-06-30", status="ongoing"),
        plan_row(
            INIT_ROWS[2][1],
            action_no="FA2.1",
            lead_org="Economic Development",
            end_date="2026-01-31",
            status="not started",
        ),
    ],
)

# ---------------------------------------------------------------- dates

REVISED_ROWS = [
    ("IP01", "Implement the new case management system", "Head of Digital", "30/09/2025", "31/01/2026", "Amber"),
    ("IP02", "Complete the review of the scheme of delegation", "Monitoring Officer", "31/10/2025", "-", "Green"),
    ("IP03", "Move the contact centre to the new telephony platform", "Customer Services Manager", "31/07/2025", "30/11/2025", "Red"),
]  # fmt: skip
REVISED = WholeTables(
    "original_revised",
    "dates",
    [
        "# Corporate Improvement Plan – progress report, 12 November 2025",
        Grid(
            ["Ref", "Action", "Lead officer", "Original target date", "Revised target date", "RAG"],
            [list(row) for row in REVISED_ROWS],
            [40, 180, 100, 65, 65, 40],
        ),
        FILL,
    ],
    [
        plan_row(
            REVISED_ROWS[0][1], action_no="IP01", named_lead="Head of Digital", end_date="2026-01-31", rag="Amber"
        ),
        plan_row(
            REVISED_ROWS[1][1], action_no="IP02", named_lead="Monitoring Officer", end_date="2025-10-31", rag="Green"
        ),
        plan_row(
            REVISED_ROWS[2][1],
            action_no="IP03",
            named_lead="Customer Services Manager",
            end_date="2025-11-30",
            rag="Red",
        ),
    ],
)

GROUPED_ROWS = [
    ("Agree the library service model", "Libraries Manager", "01/04/2025", "30/09/2025", "Complete"),
    ("Consult on the opening hours", "Libraries Manager", "01/10/2025", "31/12/2025", "In progress"),
    ("Recruit the volunteer coordinators", "HR Advisor", "01/01/2026", "31/03/2026", "Not started"),
]  # fmt: skip
GROUPED = WholeTables(
    "timescale_group",
    "dates",
    [
        "# Library Transformation Project – Action Plan, October 2025",
        Grid(
            ["Action", "Lead", "Start", "End", "Status"],
            [list(row) for row in GROUPED_ROWS],
            [210, 100, 60, 60, 70],
            top_header=[("Timescale", 2, 3)],
        ),
    ],
    [
        plan_row(action, named_lead=lead, start_date=start, end_date=end, status=status)
        for action, lead, start, end, status in [
            ("Agree the library service model", "Libraries Manager", "2025-04-01", "2025-09-30", "complete"),
            ("Consult on the opening hours", "Libraries Manager", "2025-10-01", "2025-12-31", "ongoing"),
            ("Recruit the volunteer coordinators", "HR Advisor", "2026-01-01", "2026-03-31", "not started"),
        ]
    ],
)

QUARTER_ROWS = [
    ("Review the asset disposal policy", "Estates Manager", "Q3 2025/26", "On track"),
    ("Complete condition surveys of all community buildings", "Building Surveyor", "Q4 2025/26", "On track"),
    ("Agree the accommodation strategy", "Director of Place", "Q1 2026/27", "At risk"),
]  # fmt: skip
QUARTER = WholeTables(
    "quarter_targets",
    "dates",
    [
        "# Asset Management Plan – Actions for 2025/26, Cabinet 9 October 2025",
        Grid(
            ["Action", "Lead", "Target quarter", "Progress"],
            [list(row) for row in QUARTER_ROWS],
            [230, 110, 80, 80],
        ),
    ],
    [
        plan_row(QUARTER_ROWS[0][0], named_lead="Estates Manager", end_date="2025-12-31", status="ongoing"),
        plan_row(QUARTER_ROWS[1][0], named_lead="Building Surveyor", end_date="2026-03-31", status="ongoing"),
        # "At risk" is ongoing (stop 33 ruling, corpus/gold/README.md)
        plan_row(QUARTER_ROWS[2][0], named_lead="Director of Place", end_date="2026-06-30", status="ongoing"),
    ],
)

# ---------------------------------------------------------------- layout

PARISH_ROWS = [
    ("Obtain quotes for the bus shelter repairs", "Clerk", "November 2025", "Two quotes received"),
    ("Walk the footpaths and report stiles needing repair", "Cllr Morgan", "December 2025", "Not started"),
    ("Order the new dog bin for Church Lane", "Clerk", "October 2025", "Completed"),
    ("Ask the highway authority for a speed survey on the B4120", "Cllr Ellis", "January 2026", "Chased"),
]  # fmt: skip
PARISH = WholeTables(
    "parish_unruled",
    "layout",
    [
        "# Brackley Green Parish Council – Action List after the meeting of 13 October 2025",
        Grid(
            ["Action", "Who", "By", "Progress"],
            [list(row) for row in PARISH_ROWS],
            [230, 80, 80, 110],
            rules="rows",
            header_fill=False,
        ),
    ],
    [
        plan_row(action, named_lead=who.replace("Cllr ", ""), end_date=iso, status=status)
        for (action, who, _, _), iso, status in zip(
            PARISH_ROWS,
            ["2025-11-30", "2025-12-31", "2025-10-31", "2026-01-31"],
            [None, "not started", "complete", "ongoing"],
            strict=True,
        )
    ],
)

ZEBRA_ROWS = [
    ("3.1", "Refresh the tenancy sustainment offer", "Tenancy Services Manager", "31 Dec 2025", "Green"),
    ("3.2", "Introduce annual home visits for all tenants", "Housing Management", "31 Mar 2026", "Amber"),
    ("3.3", "Reduce void turnaround to 28 days", "Head of Repairs", "30 Sep 2026", "Amber"),
    ("3.4", "Publish the tenant satisfaction measures", "Performance Officer", "30 Jun 2025", "Green"),
]  # fmt: skip
ZEBRA = WholeTables(
    "zebra_unruled",
    "layout",
    [
        "# Housing Improvement Plan – Theme 3: Tenancy and estate services",
        "Position at 30 September 2025.",
        Grid(
            ["Ref", "Action", "Lead", "Deadline", "RAG status"],
            [list(row) for row in ZEBRA_ROWS],
            [35, 220, 120, 70, 60],
            rules="none",
            zebra=True,
            dark_header=True,
        ),
    ],
    [
        plan_row(action, action_no=ref, named_lead=lead, end_date=iso, rag=rag)
        for (ref, action, lead, _, rag), iso in zip(
            ZEBRA_ROWS, ["2025-12-31", "2026-03-31", "2026-09-30", "2025-06-30"], strict=True
        )
    ],
)

LONG_LOG = [
    (f"{number}", f"{text}", owner, due, status)
    for number, (text, owner, due, status) in enumerate(
        [
            ("Circulate the draft budget timetable to all members", "Finance Lead", "31/10/2025", "Complete"),
            ("Invite the fire service to present the prevention plan", "Clerk to the Board", "30/11/2025", "Complete"),
            ("Agree the terms of reference for the finance sub-group", "Chair", "31/12/2025", "In progress"),
            (
                "Produce a communications plan for the consultation",
                "Communications Officer",
                "31/12/2025",
                "In progress",
            ),
            ("Confirm the venue for the annual conference", "Clerk to the Board", "31/01/2026", "Not started"),
            ("Report the outcome of the peer review", "Chief Officer", "31/01/2026", "Not started"),
            ("Update the register of interests", "Clerk to the Board", "30/11/2025", "Complete"),
            ("Set up the members' induction programme", "Learning Lead", "28/02/2026", "Not started"),
            ("Review the risk register with the audit chair", "Risk Officer", "31/12/2025", "In progress"),
            ("Circulate the benchmarking report", "Performance Lead", "30/11/2025", "Complete"),
        ]
        * 3,
        start=1,
    )
]
LONG_STATUS = {"Complete": "complete", "In progress": "ongoing", "Not started": "not started"}
LONG = WholeTables(
    "header_first_page_only",
    "layout",
    [
        "# Wexcombe Joint Board – Action log, 3 December 2025",
        *[FILL] * 6,
        Grid(
            ["No", "Action", "Owner", "Due", "Status"],
            [list(row) for row in LONG_LOG],
            [30, 260, 100, 60, 60],
            repeat=False,
        ),
    ],
    [
        plan_row(
            text,
            action_no=number,
            named_lead=owner,
            end_date="-".join(reversed(due.split("/"))),
            status=LONG_STATUS[status],
        )
        for number, text, owner, due, status in LONG_LOG
    ],
)

# ---------------------------------------------------------------- not_plan

KPI_ROWS = [
    ("Percentage of calls answered within 60 seconds", "80%", "76%", "Amber"),
    ("Average days to process a new benefit claim", "20", "18", "Green"),
    ("Household waste recycled or composted", "50%", "41%", "Red"),
]  # fmt: skip
KPI = WholeTables(
    "kpi_table",
    "not_plan",
    [
        "# Quarter 2 performance report – Cabinet, 16 October 2025",
        Grid(["Indicator", "Target", "Actual", "RAG"], [list(row) for row in KPI_ROWS], [260, 60, 60, 60]),
        FILL,
    ],
    [],
)

SCHEDULE_ROWS = [
    ("Tuesday 14 October 2025", "6.30pm", "Council Chamber", "Budget setting: first look"),
    ("Tuesday 18 November 2025", "6.30pm", "Committee Room 2", "Fees and charges"),
    ("Tuesday 20 January 2026", "6.30pm", "Council Chamber", "Draft budget and council tax"),
]  # fmt: skip
SCHEDULE = WholeTables(
    "meeting_schedule",
    "not_plan",
    [
        "# Finance Working Group – programme of meetings 2025/26",
        Grid(["Date", "Time", "Venue", "Main business"], [list(row) for row in SCHEDULE_ROWS], [140, 50, 120, 190]),
    ],
    [],
)

BUDGET_ROWS = [
    ("Grounds maintenance", "Parks Manager", "124,500", "131,200", "6,700"),
    ("Street cleansing", "Cleansing Manager", "310,000", "298,400", "(11,600)"),
    ("Public conveniences", "Facilities Officer", "42,000", "44,900", "2,900"),
]  # fmt: skip
BUDGET = WholeTables(
    "budget_by_manager",
    "not_plan",
    [
        "# Revenue budget monitoring – month 6, 2025/26",
        Grid(
            ["Service", "Budget holder", "Budget £", "Forecast £", "Variance £"],
            [list(row) for row in BUDGET_ROWS],
            [150, 110, 80, 80, 80],
        ),
    ],
    [],
)

# ---------------------------------------------------------------- more of each class

INITIALS_LOG = [
    ("08/07/25", "4", "Send the draft allotment rules to the tenants' association", "KB", "Completed"),
    ("08/07/25", "6", "Get a price for relining the pavilion car park", "MT", "Ongoing"),
    ("09/09/25", "3", "Check the insurance cover for the new play equipment", "KB / DR", "Not started"),
]  # fmt: skip
INITIALS = WholeTables(
    "initials_log",
    "board_log",
    [
        "# Hollins Cross Playing Fields Committee – 14 October 2025",
        "Outstanding actions from previous meetings",
        Grid(
            ["Date of meeting", "Item", "Action", "By", "Status"],
            [list(row) for row in INITIALS_LOG],
            [70, 35, 250, 60, 80],
        ),
        FILL,
    ],
    [
        plan_row(action, named_lead=by, status=status)
        for (_, _, action, by, _), status in zip(INITIALS_LOG, ["complete", "ongoing", "not started"], strict=True)
    ],
)

PRIORITY_ROWS = [
    ("1", "Key holder lists for council buildings should be reviewed annually.", "M", "Agreed. The lists will be reviewed each April.", "Facilities Manager", "30 April 2026"),
    ("2", "Direct debit mandates should be approved by two signatories.", "H", "Agreed. The bank mandate has been updated.", "Responsible Financial Officer", "Implemented"),
    ("3", "The fixed asset register should record the location of each asset.", "L", "Agreed. The register will be updated during the annual inspection.", "Town Clerk", "31 May 2026"),
]  # fmt: skip
PRIORITY = WholeTables(
    "priority_response",
    "audit_tracker",
    [
        "# Harlow Vale Town Council – Internal audit report 2025/26: recommendations",
        "Priority: H – high, M – medium, L – low.",
        Grid(
            ["No.", "Recommendation", "Priority", "Management response", "Responsible officer", "Implementation date"],
            [list(row) for row in PRIORITY_ROWS],
            [25, 150, 45, 150, 80, 70],
        ),
    ],
    [
        plan_row(response, action_no=no, named_lead=lead, end_date=iso)
        for (no, _, _, response, lead, _), iso in zip(PRIORITY_ROWS, ["2026-04-30", None, "2026-05-31"], strict=True)
    ],
)

SPLIT_ROWS = [
    ("SP1", "Review the fees and charges for garden waste", "Waste Manager", "31/10/2025", "31/12/2025", "Amber"),
    ("SP2", "Introduce online booking for bulky waste", "Digital Lead", "30/09/2025", "", "Green"),
    ("SP3", "Retender the vehicle maintenance contract", "Fleet Manager", "31/08/2025", "31/03/2026", "Red"),
]  # fmt: skip
SPLIT = WholeTables(
    "target_date_split",
    "dates",
    [
        "# Environmental Services Service Plan 2025/26 – half-year review",
        Grid(
            ["Ref", "Action", "Lead", "Original", "Revised", "RAG"],
            [list(row) for row in SPLIT_ROWS],
            [35, 190, 90, 65, 65, 45],
            top_header=[("Target date", 3, 4)],
        ),
        FILL,
    ],
    [
        plan_row(action, action_no=ref, named_lead=lead, end_date=iso, rag=rag)
        for (ref, action, lead, _, _, rag), iso in zip(
            SPLIT_ROWS, ["2025-12-31", "2025-09-30", "2026-03-31"], strict=True
        )
    ],
)

OUTCOME_ROWS = [
    ("Fewer people sleep rough", "Open a year-round night shelter", "Housing Options", "Homeless charities", "Apr 2025", "Mar 2026", "Green"),
    ("Fewer people sleep rough", "Fund an outreach worker for the town centre", "Housing Options", "Police", "Jun 2025", "May 2026", "Amber"),
    ("More homes are affordable", "Acquire 40 homes for temporary accommodation", "Housing Delivery", "Registered providers", "Apr 2025", "Mar 2027", "Red"),
]  # fmt: skip
OUTCOME = WholeTables(
    "outcome_plan",
    "partnership_plan",
    [
        "# Homelessness and Rough Sleeping Strategy – Action Plan, progress to October 2025",
        Grid(
            ["Outcome", "Action", "Lead", "Partners", "Start", "End", "RAG"],
            [list(row) for row in OUTCOME_ROWS],
            [120, 190, 90, 100, 50, 50, 45],
        ),
    ],
    [
        plan_row(action, outcome=outcome, named_lead=lead, start_date=start, end_date=end, rag=rag)
        for (outcome, action, lead, _, _, _, rag), start, end in zip(
            OUTCOME_ROWS,
            ["2025-04-01", "2025-06-01", "2025-04-01"],
            ["2026-03-31", "2026-05-31", "2027-03-31"],
            strict=True,
        )
    ],
    pagesize=landscape(A4),
)

BARE_ROWS = [
    ("Put the revised standing orders to the annual meeting", "Clerk", "May 2026"),
    ("Seek a grant for the village hall boiler", "Cllr Dean", "February 2026"),
    ("Arrange the tree survey of the churchyard", "Clerk", "March 2026"),
]  # fmt: skip
BARE = WholeTables(
    "whitespace_plan",
    "layout",
    [
        "# Lower Ashby Parish Council – Action Plan 2025/26 (reviewed 10 November 2025)",
        Grid(
            ["Action", "Responsible", "Target date"],
            [list(row) for row in BARE_ROWS],
            [300, 100, 100],
            rules="none",
            header_fill=False,
        ),
    ],
    [
        plan_row(action, named_lead=who.replace("Cllr ", ""), end_date=iso)
        for (action, who, _), iso in zip(BARE_ROWS, ["2026-05-31", "2026-02-28", "2026-03-31"], strict=True)
    ],
)


class HeaderBeforeBreak(WholeTables):
    """A log whose header row is the last line of a page and whose rows all print on the next (two Grids drawn,
    one table in the gold: README, a table continuing over pages is one table)."""

    def gold(self, marks: dict[str, int]) -> dict:
        gold = super().gold(marks)
        head, rest = gold["tables"]
        gold["tables"] = [head | {"rows": rest["rows"], "page_end": rest["page_end"]}]
        return gold


TURN_ROWS = [
    ("5.1", "Agree the data sharing protocol with the health trusts", "Information Governance Lead", "30/11/2025"),
    ("5.2", "Publish the joint strategic needs assessment chapter on carers", "Public Health Analyst", "31/01/2026"),
    ("5.3", "Train locality staff in the new referral pathway", "Workforce Lead", "31/03/2026"),
]  # fmt: skip
TURN = HeaderBeforeBreak(
    "header_on_previous_page",
    "layout",
    [
        "# Integrated Care Partnership – Delivery Plan, Workstream 5",
        *[FILL] * 14,
        Grid(["Ref", "Action", "Lead", "Due"], [], [35, 260, 130, 70]),
        "---",
        Grid(None, [list(row) for row in TURN_ROWS], [35, 260, 130, 70]),
    ],
    [
        plan_row(action, action_no=ref, named_lead=lead, end_date="-".join(reversed(due.split("/"))))
        for ref, action, lead, due in TURN_ROWS
    ],
)

CONTACTS = WholeTables(
    "contacts_table",
    "not_plan",
    [
        "# Who to contact about this report",
        Grid(
            ["Service", "Contact officer", "Telephone"],
            [["Planning policy", "Ruth Ellison", "01632 960 114"], ["Building control", "Marcus Hale", "01632 960 207"],
             ["Licensing", "Dawn Okafor", "01632 960 339"]],
            [180, 160, 120],
        ),
    ],
    [],
)  # fmt: skip

GRANTS = WholeTables(
    "grants_awarded",
    "not_plan",
    [
        "# Community grants awarded, round 2 2025/26",
        Grid(
            ["Organisation", "Project", "Amount £", "Date approved"],
            [["Hillside Youth Club", "Summer holiday activity programme", "2,500", "15/07/2025"],
             ["Friends of Marsh Park", "Replacement benches and planters", "1,800", "15/07/2025"],
             ["Eastgate Food Bank", "Chilled storage for donations", "3,000", "16/09/2025"]],
            [150, 200, 70, 80],
        ),
    ],
    [],
)  # fmt: skip

# ---------------------------------------------------------------- cells: harder cell contents

INCELL_ROWS = [
    ("7", "Complete the digital inclusion survey of sheltered schemes", "Digital Inclusion Officer", "31/03/2026 Revised: 30/06/2026", "Behind"),
    ("8", "Agree the shared prosperity fund projects with partners", "Economy Manager", "30/11/2025 (revised from 30/09/2025)", "On track"),
    ("9", "Publish the annual community safety statement", "CSP Coordinator", "31/01/2026", "On track"),
]  # fmt: skip
INCELL = WholeTables(
    "revised_in_cell",
    "cells",
    [
        "# Stronger Communities Partnership – action tracker, November 2025",
        Grid(
            ["No", "Action", "Lead", "Due date", "Status"], [list(row) for row in INCELL_ROWS], [30, 220, 110, 90, 60]
        ),
    ],
    [
        plan_row(
            INCELL_ROWS[0][1],
            action_no="7",
            named_lead="Digital Inclusion Officer",
            end_date="2026-06-30",
            status="overdue",
        ),
        plan_row(
            INCELL_ROWS[1][1], action_no="8", named_lead="Economy Manager", end_date="2025-11-30", status="ongoing"
        ),
        plan_row(
            INCELL_ROWS[2][1], action_no="9", named_lead="CSP Coordinator", end_date="2026-01-31", status="ongoing"
        ),
    ],
)

LETTER_ROWS = [
    ("Adopt the revised procurement strategy", "Head of Procurement", "31.12.2025", "In progress", "G"),
    ("Introduce social value weighting in tenders over £100k", "Procurement Lead", "31st March 2026", "Not started", "A"),
    ("Clear the backlog of contract variations", "Contracts Manager", "End of January 2026", "Delayed", "R"),
]  # fmt: skip
LETTER = WholeTables(
    "rag_letters_dates",
    "cells",
    [
        "# Commercial Improvement Programme – Action Plan (reported to Audit Committee, 25 November 2025)",
        Grid(
            ["Action", "Owner", "Target date", "Status", "RAG"],
            [list(row) for row in LETTER_ROWS],
            [210, 110, 90, 70, 35],
        ),
    ],
    [
        plan_row(action, named_lead=owner, end_date=iso, status=status, rag=rag)
        for (action, owner, _, _, _), iso, status, rag in zip(
            LETTER_ROWS,
            ["2025-12-31", "2026-03-31", "2026-01-31"],
            ["ongoing", "not started", "overdue"],
            ["Green", "Amber", "Red"],
            strict=True,
        )
    ],
)

UPDATE_ROWS = [
    ("Replace the failed street lights on the promenade", "Highways Officer", "31/12/2025", "12/09/25: survey done. 03/10/25: order placed with the contractor.", "Open"),
    ("Renew the beach hut licences", "Estates Officer", "31/01/2026", "20/10/25: renewal letters sent.", "Open"),
    ("Repair the sea wall railings", "Coastal Engineer", "30/11/2025", "05/11/25: works complete and signed off.", "Closed"),
]  # fmt: skip
UPDATE = WholeTables(
    "dated_updates",
    "cells",
    [
        "# Seafront Working Group – Action log, 18 November 2025",
        Grid(
            ["Action", "Officer", "Due", "Update", "Open / Closed"],
            [list(row) for row in UPDATE_ROWS],
            [170, 90, 60, 170, 55],
        ),
    ],
    [
        plan_row(action, named_lead=officer, end_date=iso, status=status)
        for (action, officer, _, _, _), iso, status in zip(
            UPDATE_ROWS, ["2025-12-31", "2026-01-31", "2025-11-30"], ["ongoing", "ongoing", "complete"], strict=True
        )
    ],
)

EXCEL_ROWS = [
    ("ID-01", "Data", "Migrate the case records to the new platform", "Data Architect", "01/09/2025", "31/01/2026", "60%", "Amber", "Test load found duplicate records"),
    ("ID-02", "Data", "Switch off the legacy reporting server", "Infrastructure Lead", "01/02/2026", "31/03/2026", "0%", "Green", ""),
    ("ID-03", "People", "Train the duty teams on the new screens", "Training Manager", "01/11/2025", "28/02/2026", "25%", "Green", "Sessions booked"),
    ("ID-04", "People", "Appoint the product owner", "Programme Director", "01/07/2025", "30/09/2025", "90%", "Red", "Second round of interviews needed"),
]  # fmt: skip
EXCEL = WholeTables(
    "excel_tracker",
    "cells",
    [
        "# Case Management Replacement Programme – Highlight Report, Board 4 December 2025",
        Grid(
            ["ID", "Workstream", "Action", "Owner", "Start", "Due", "% complete", "RAG", "Comments"],
            [list(row) for row in EXCEL_ROWS],
            [40, 65, 170, 90, 60, 60, 55, 45, 160],
            dark_header=True,
            rule_colour=colors.HexColor("#BFBFBF"),
        ),
    ],
    [
        plan_row(
            action,
            theme=stream,
            action_no=ref,
            named_lead=owner,
            start_date="-".join(reversed(start.split("/"))),
            end_date="-".join(reversed(due.split("/"))),
            rag=rag,
        )  # fmt: skip
        for ref, stream, action, owner, start, due, _, rag, _ in EXCEL_ROWS
    ],
    pagesize=landscape(A4),
)

# ---------------------------------------------------------------- names: column names the readers had not met

NAMES_ROWS = [
    ("SEND-1", "Reduce waiting times for EHC needs assessments", "SEND Service Manager", "By March 2026", "Amber", "Assessments within 20 weeks rose to 48%"),
    ("SEND-2", "Open two resourced provisions in mainstream schools", "Education Place Planning", "September 2026", "Green", "Sites agreed with both schools"),
    ("SEND-3", "Refresh the local offer website with parent carers", "Local Offer Officer", "December 2025", "Red", "Supplier withdrew; retender under way"),
]  # fmt: skip
NAMES = WholeTables(
    "period_named_columns",
    "names",
    [
        "# SEND Improvement Plan – Quarter 2 monitoring, Children's Scrutiny Committee 26 November 2025",
        Grid(
            ["Ref", "Improvement action", "Service lead", "Delivery timescale", "Q2 RAG", "Commentary"],
            [list(row) for row in NAMES_ROWS],
            [45, 160, 95, 75, 45, 145],
        ),
    ],
    [
        plan_row(action, action_no=ref, named_lead=lead, end_date=iso, rag=rag,
                 status="ongoing" if "under way" in update else None)  # stop 31: status is scored; an update naming work under way says ongoing, as the dev gold reads updates
        for (ref, action, lead, _, rag, update), iso in zip(
            NAMES_ROWS, ["2026-03-31", "2026-09-30", "2025-12-31"], strict=True
        )
    ],
)

PORTFOLIO_ROWS = [
    ("1", "Adopt the local cycling and walking infrastructure plan", "Cllr A Mensah", "Transport Planning Manager", "February 2026", "Consultation closed; report to Cabinet in January."),
    ("2", "Introduce two school streets each term", "Cllr A Mensah", "Road Safety Team Leader", "July 2026", "Four schools have expressed interest."),
]  # fmt: skip
PORTFOLIO = WholeTables(
    "portfolio_and_officer",
    "names",
    [
        "# Climate Emergency Action Plan – transport actions, update to Cabinet, 11 December 2025",
        Grid(
            ["No", "Specific actions", "Portfolio Holder", "Lead officer", "Expected date", "Quarter 2 update"],
            [list(row) for row in PORTFOLIO_ROWS],
            [25, 160, 80, 100, 65, 130],
        ),
    ],
    [
        plan_row(action, action_no=no, named_lead=officer, end_date=iso)
        for (no, action, _, officer, _, _), iso in zip(PORTFOLIO_ROWS, ["2026-02-28", "2026-07-31"], strict=True)
    ],
)

DOCUMENTS = [HWB, CSP, TRUST, FILLED, INITIALS, AUDIT, RESPONSE, FOLLOW, PRIORITY, SCRUTINY, TASK, DA, HWS, INIT,
             OUTCOME, REVISED, GROUPED, QUARTER, SPLIT, PARISH, ZEBRA, LONG, BARE, TURN, KPI, SCHEDULE, BUDGET,
             CONTACTS, GRANTS, INCELL, LETTER, UPDATE, EXCEL, NAMES, PORTFOLIO]  # fmt: skip
XFAIL: dict[str, str] = {}


def _param(document: WholeTables) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[document.name])] if document.name in XFAIL else []
    return pytest.param(document, id=f"{document.kind}-{document.name}", marks=marks)


@pytest.mark.parametrize("document", [_param(document) for document in DOCUMENTS])
def test_action_plans_read_perfectly(document: WholeTables, tmp_path: Path) -> None:
    figures, gold, predicted = scored(document, tmp_path)
    assert shortfalls(figures) == [], (figures, predicted["action_plan_rows"], predicted["tables"])
