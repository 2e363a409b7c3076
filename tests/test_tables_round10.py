"""Action logs, trackers, action plans and registers of bodies not read before (round 10). Each
case keeps the column layout and cell wording of a real published table (names, places, numbers
and dates changed) and is drawn as a PDF with reportlab (ruled, or set in whitespace columns with
no rules at all, or running over a page break) and run through :func:`tables.find_tables` and
:func:`tables.action_plan_rows`, the code path of a real document. The truth is what a gold
annotator records by corpus/gold/README.md: one table per log (a log over two pages is one
table), header rows joined, wrapped cell lines joined by a space; dates ISO, a month alone its
last day, a quarter its last day ('Q2 2025', a calendar year's quarter: 30 June 2025; 'Q3 2024/25',
a financial year's: 31 December 2024), a financial year ('2024-25') its last day (31 March 2025),
a range ('Apr 24 - Mar 25') its end; none for 'Ongoing', 'TBC', 'By next meeting' and for a season
or a school term ('Summer 2025', 'Spring term': a period, not a month; the dev gold's action-log
notes record 'Late Spring 2011 (season)' as null); a lead cell naming a person and a body split
into named_lead and lead_org, a 'Support:' body the supporting_orgs.

Sources (layouts and cell wording learned from these pages; nothing copied beyond short phrases):
- http://old-iwight.onthewight.com/council/committees/Mod-Environment/26-6-02/actionplan.bv.htm
  (Isle of Wight Council best value action plan: Ref | Item | Led by | Assisted by | Start by |
  Finish by, numbered heading rows '1 | Corporate ...' over '1.1', 'Mid May', 'End June')
- http://www.scambs.gov.uk/bvpp/section_69102640501.html (South Cambridgeshire milestones: 'Q2
  2005 means completion by 30th June 2005', Portfolio Holder and Director columns)
- https://paperzz.com/doc/7295819/follow-up-from-board-action-plans (Highland NHS Board: Meeting |
  Item | Action / Progress | Outcome, 'Board 02/09/08')
- https://us.gcsu.edu/ECUS/2004_2005/ECUS_Action_Tracking.html (Georgia College faculty senate
  executive: Meeting Date | Action # | Description | Point Person | Status | Status Date, 'Action 2',
  'Done')
- https://www.susu.org/representation/policy/1415P8/action-log (Southampton students' union: date
  added, title of action, lead officer, measurable outcome, expected completion date, progress)
- https://northantspfcc.org.uk/fire-accountability-board-minutes-9-march-2021/ (Northamptonshire
  fire accountability board: initials after names, action log updated)
- https://democracy.reading.gov.uk/mgAi.aspx?ID=9589 (Reading audit recommendations tracker:
  percentage complete and RAG)
- https://cfa.lancsfirerescue.org.uk/documents/s7404/Minutes.html?CT=2 (Lancashire fire authority:
  minute numbers '8/22')
- http://bedsfireresauth.moderngov.co.uk/ieListDocuments.aspx?CId=134&MId=527&Ver=4 (Bedfordshire
  fire authority: minute numbers '23-24/FRA/24')
- https://committeemeetings.flintshire.gov.uk/mgAi.aspx?ID=5687 (Flintshire improvement plan
  monitoring: RAG per activity, quarters)
- http://www.yourdartmoor.org/delivering/action-plans (Dartmoor partnership plan: lead organisation
  per action, numbered actions)
- https://centralbeds.moderngov.co.uk/ieIssueDetails.aspx?IId=45037&Opt=3 (Central Bedfordshire
  tracking of audit recommendations: agreed future target implementation dates)
- https://infocouncil.fndc.govt.nz/Open/2023/03/CO_20230309_AGN_2635_AT.htm (Far North District
  Council, NZ: council action sheet update)
- https://vdocument.in/private-bag-1001-kaipara-district-title-private-bag-1001-author-lisa-hong-created.html
  (Kaipara District Council, NZ: resolutions register update)
- http://naracoortelucindale.sa.gov.au/resolutions (Naracoorte Lucindale Council, SA: resolution
  register of how each decision is being implemented)
- https://parkes.infocouncil.biz/Open/2023/10/ARIC_20231013_AGN_39_AT.HTM (Parkes Shire Council,
  NSW: audit, risk and improvement committee)
- http://transparency.number10.gov.uk/ (UK government business plans: '2.4.ii.' numbered actions
  led by departments)
- https://fdocuments.in/document/67-06-75867-923017-31-7-1717-2-7-855880.html (Swift Academies
  Trust development plan: 'Summer Term 2020', 'Autumn Term 2020')
- http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=1534&Ver=4 (Dyfed
  Powys Police and Crime Panel: matters arising 'Minute 6 - Annual Report ...')
- https://democracy.medway.gov.uk/ieIssueDetails.aspx?IId=13510&Opt=3 (Medway community safety
  partnership action plan: priorities heading the actions, statutory partners)
- https://statesassembly.je/publications/assembly-reports/2022/r-190-2021(res) (States of Jersey:
  C&AG recommendations tracker, 'R1 ... (Accepted)')
- http://www.opengreenspace.com/managing-your-open-space-project/checklist-process/development-and-delivery/
  (open space action plan: responsibility, key milestones, target date, partners)
- http://www.falmouthme.org/town-council-town-manager/agenda-items/20150916-council-agenda-item-07-0
  (Falmouth, Maine town council work plan: tasks delegated to committees)
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from agendaparse import tables
from table_cases import Case, found_tables, joined, plan_problems, ruled_pdf, table_problems, unruled_pdf

MEETING = dt.date(2024, 10, 10)
STYLES = getSampleStyleSheet()


# ---------------------------------------------------------------- timescales as written

UNION_HEADER = ["Date added", "Title of action", "Lead officer", "Measurable outcome", "Expected completion date",
                "Progress since last meeting"]  # fmt: skip
UNION_ROWS = [
    ["12/09/24", "Publish the society grants policy", "Grants Officer", "Policy on the website", "End of March",
     "Draft with the trustees"],
    ["12/09/24", "Consult members on the bar opening hours", "VP Welfare", "Survey of 500 members", "Spring term",
     "Not started"],
    ["10/10/24", "Review the elections by-laws", "Democracy Manager", "Report to Council", "Summer 2025", "Ongoing"],
    ["10/10/24", "Replace the signs in the atrium", "Estates Manager", "Signs installed", "TBC", "Quotes awaited"],
    ["10/10/24", "Induct the new course representatives", "VP Education", "All reps trained", "Autumn term",
     "Complete"],
]  # fmt: skip
UNION = Case(
    "students' union action log: 'Title of action', 'End of March', terms, 'Summer 2025', 'TBC'",
    lambda: ruled_pdf(UNION_HEADER, UNION_ROWS, [55, 130, 75, 90, 75, 100], title="Union Council action log"),
    UNION_HEADER,
    UNION_ROWS,
    [
        {"action": "Publish the society grants policy", "named_lead": "Grants Officer", "end_date": "2025-03-31"},
        {"named_lead": "VP Welfare", "end_date": None, "status": "not started"},
        {"named_lead": "Democracy Manager", "end_date": None, "status": "ongoing"},
        {"named_lead": "Estates Manager", "end_date": None},
        {"named_lead": "VP Education", "end_date": None, "status": "complete"},
    ],
)

IMPROVE_HEADER = ["Ref", "Activity", "Lead", "Target", "RAG"]
IMPROVE_ROWS = [
    ["IP1.1", "Move the remaining services onto the new customer portal", "Head of ICT", "Q2", "Green"],
    ["IP1.2", "Close the 2023/24 accounts for audit", "Chief Accountant", "Q3 2024/25", "Amber"],
    ["IP2.1", "Bring empty council homes back into use", "Housing Manager", "2024-25", "Red"],
    ["IP2.2", "Deliver the local plan review programme", "Planning Policy Lead", "Apr 24 - Mar 25", "Green"],
    ["IP2.3", "Adopt the new waste collection policy", "Waste Manager", "Q4 2025", "Amber"],
]  # fmt: skip
IMPROVE = Case(
    "improvement plan monitoring: bare and financial quarters, '2024-25', 'Apr 24 - Mar 25', calendar 'Q4 2025'",
    lambda: ruled_pdf(IMPROVE_HEADER, IMPROVE_ROWS, [40, 240, 100, 80, 45], title="Improvement Plan Monitoring"),
    IMPROVE_HEADER,
    IMPROVE_ROWS,
    [
        {"action_no": "IP1.1", "named_lead": "Head of ICT", "end_date": "2025-09-30", "rag": "Green"},
        {"action_no": "IP1.2", "end_date": "2024-12-31", "rag": "Amber"},
        {"action_no": "IP2.1", "end_date": "2025-03-31", "rag": "Red"},
        {"action_no": "IP2.2", "start_date": "2024-04-01", "end_date": "2025-03-31"},
        {"action_no": "IP2.3", "end_date": "2025-12-31"},
    ],
)

PARISH_HEADER = ["No.", "Action", "Who", "When", "Status"]
PARISH_ROWS = [
    ["1.", "Report the broken bench on the green to the district council", "Clerk", "Dec-24", "Open"],
    ["2.", "Obtain quotes for resurfacing the car park", "Cllr Evans", "31.03.25", "In progress"],
    ["3.", "Draft the new grants policy", "Chair", "Mar 2025", "Not started"],
    ["4.", "Pay the insurance renewal", "RFO", "Complete 3/4/24", "Closed"],
    ["5.", "Agree the date of the annual parish meeting", "All", "By next meeting", "Ongoing"],
]  # fmt: skip
PARISH = Case(
    "parish action list: 'Dec-24', '31.03.25', 'Mar 2025', 'Complete 3/4/24', 'By next meeting', numbered '1.'",
    lambda: ruled_pdf(PARISH_HEADER, PARISH_ROWS, [30, 270, 70, 80, 70], title="Action list"),
    PARISH_HEADER,
    PARISH_ROWS,
    [
        {"action_no": "1", "named_lead": "Clerk", "end_date": "2024-12-31", "status": "ongoing"},
        {"action_no": "2", "end_date": "2025-03-31", "status": "ongoing"},
        {"action_no": "3", "named_lead": "Chair", "end_date": "2025-03-31", "status": "not started"},
        {"action_no": "4", "named_lead": "RFO", "end_date": "2024-04-03", "status": "complete"},
        {"action_no": "5", "named_lead": None, "end_date": None, "status": "ongoing"},
    ],
)

SCHEDULE_HEADER = ["Ref", "Item", "Led by", "Assisted by", "Start by", "Finish by"]
SCHEDULE_ROWS = [
    ["1", "Vision, Objectives and Priorities", "", "", "", ""],
    ["1.1", "Show the links between the community plan and the transport plan", "Chris", "", "Early Oct", "End Nov"],
    ["1.2", "Note how the development plan will change to reflect progress", "Chris", "Sarah", "Mid Oct", "Mid Dec"],
    ["2", "Working Style", "", "", "", ""],
    ["2.1", "Summarise the views from the stakeholders' workshop", "Mike", "", "Early Nov", "End Jan"],
    ["2.2", "Agree a protocol for working with parish councils", "Peter", "Phil/Nick", "Mid Nov", "End Feb"],
]  # fmt: skip
SCHEDULE = Case(
    "best value action plan schedule: numbered heading rows, 'Led by', 'Early Oct' / 'End Nov'",
    lambda: ruled_pdf(SCHEDULE_HEADER, SCHEDULE_ROWS, [30, 230, 50, 60, 60, 60], title="Action plan - schedule"),
    SCHEDULE_HEADER,
    SCHEDULE_ROWS,
    [
        {"action_no": "1.1", "named_lead": "Chris", "start_date": "2024-10-01", "end_date": "2024-11-30"},
        {"action_no": "1.2", "named_lead": "Chris", "start_date": "2024-10-01", "end_date": "2024-12-31"},
        {"action_no": "2.1", "named_lead": "Mike", "start_date": "2024-11-01", "end_date": "2025-01-31"},
        {"action_no": "2.2", "named_lead": "Peter", "start_date": "2024-11-01", "end_date": "2025-02-28"},
    ],
)
SCHEDULE.kind = "rows"

# ---------------------------------------------------------------- leads: person, body, support

PLAN_HEADER = ["Ref", "Commitment", "Lead", "Deadline"]
PLAN_ROWS = [
    ["2.4.ii", "Strengthen reporting lines from departmental heads of procurement", "Jane Smith (DfE)",
     "Summer 2025"],
    ["2.6.i", "Establish a recruitment hub for specialist digital skills", "DfE - J Smith", "Autumn 2024"],
    ["3.1.i", "Agree a data charter with international partners", "Cabinet Office / HMT", "Ongoing"],
    ["3.2.iv", "Publish quarterly data on court timeliness", "Lead: Home Office; Support: Ministry of Justice",
     "Dec 2025"],
    ["4.4.i", "Review the guidance on officials giving evidence to committees", "Tom Baker, HM Treasury",
     "Mar 2025"],
]  # fmt: skip
PLAN = Case(
    "business plan commitments: leads carrying person and body, joint and supported leads",
    lambda: ruled_pdf(PLAN_HEADER, PLAN_ROWS, [45, 250, 140, 80], title="Business plan: structural reform"),
    PLAN_HEADER,
    PLAN_ROWS,
    [
        {"action_no": "2.4.ii", "named_lead": "Jane Smith", "lead_org": "DfE", "end_date": None},
        {"named_lead": "J Smith", "lead_org": "DfE", "end_date": None},
        {"named_lead": None, "lead_org": "Cabinet Office / HMT", "end_date": None},
        {
            "named_lead": None,
            "lead_org": "Home Office",
            "supporting_orgs": "Ministry of Justice",
            "end_date": "2025-12-31",
        },
        {"named_lead": "Tom Baker", "lead_org": "HM Treasury", "end_date": "2025-03-31"},
    ],  # fmt: skip
    "leads",
)

PARTNERS_HEADER = ["No.", "Action", "Lead organisation", "Other partners", "Timescale"]
PARTNERS_ROWS = [
    ["140", "Restore the blanket bog on the northern moor", "Moorland Trust", "Water company, landowners", "2024-2026"],
    ["141", "Publish a visitor management plan for the reservoirs", "National Park Authority",
     "Police, parish councils", "Spring 2025"],
    ["142", "Survey the condition of the historic field boundaries", "Historic England", "", "2025"],
]  # fmt: skip
PARTNERS = Case(
    "partnership plan: lead organisation, other partners, year ranges and seasons",
    lambda: ruled_pdf(PARTNERS_HEADER, PARTNERS_ROWS, [30, 220, 100, 110, 65], title="Partnership plan 2024"),
    PARTNERS_HEADER,
    PARTNERS_ROWS,
    [
        {
            "action_no": "140",
            "lead_org": "Moorland Trust",
            "supporting_orgs": "Water company, landowners",
            "end_date": "2026-12-31",
        },
        {"action_no": "141", "lead_org": "National Park Authority", "end_date": None},
        {"action_no": "142", "lead_org": "Historic England", "end_date": "2025-12-31"},
    ],  # fmt: skip
    "leads",
)

SAFETY_HEADER = ["Action", "Lead", "Partners", "Timescale", "RAG"]
SAFETY_ROWS = [
    ["Priority 1: Tackle anti-social behaviour", "", "", "", ""],
    ["Run a week of action in the town centre each quarter", "Lead: Community Safety Manager; Support: Kent Police",
     "Fire and rescue service", "Quarterly", "Green"],
    ["Priority 2: Reduce re-offending", "", "", "", ""],
    ["Refer prolific offenders to the integrated offender scheme", "Probation Service", "Kent Police", "Ongoing",
     "Amber"],
]  # fmt: skip
SAFETY = Case(
    "community safety action plan: priority rows, 'Lead: X; Support: Y', partners column",
    lambda: ruled_pdf(SAFETY_HEADER, SAFETY_ROWS, [200, 130, 90, 60, 40], title="Action plan 2024/25", spans=[0, 2]),
    SAFETY_HEADER,
    SAFETY_ROWS,
    [
        {"theme": "Priority 1: Tackle anti-social behaviour", "named_lead": "Community Safety Manager", "rag": "Green"},
        {
            "theme": "Priority 2: Reduce re-offending",
            "lead_org": "Probation Service",
            "supporting_orgs": "Kent Police",
            "end_date": None,
            "rag": "Amber",
        },
    ],  # fmt: skip
    "leads",
)

# ---------------------------------------------------------------- layouts: no rules, page breaks, numbering

TRACKING_HEADER = ["Meeting Date", "Action #", "Description", "Point Person", "Status"]
TRACKING_ROWS = [
    [["09/18/24"], ["Action 2"], ["Supply the list of instructors", "to the apportionment group"], ["Anne Ward"],
     ["Done"]],
    [["09/18/24"], ["Action 5"], ["Place the current bylaws in the", "faculty handbook"], ["Anne Ward"],
     ["In progress"]],
    [["10/02/24"], ["Action 1"], ["Circulate the meeting calendar"], ["Paul Green"], ["Deferred"]],
]  # fmt: skip
TRACKING = Case(
    "executive committee action tracking: no rules at all, header in bold only, 'Action #', 'Point Person'",
    lambda: unruled_pdf(
        TRACKING_HEADER, TRACKING_ROWS, [40.0, 110.0, 170.0, 370.0, 460.0], title="Action Tracking", header_rule=False
    ),  # fmt: skip
    TRACKING_HEADER,
    joined(TRACKING_ROWS),
    [
        {"action_no": "Action 2", "named_lead": "Anne Ward", "status": "complete"},
        {"action_no": "Action 5", "named_lead": "Anne Ward", "status": "ongoing"},
        {"action_no": "Action 1", "named_lead": "Paul Green", "status": "paused"},
    ],
    "layout",
)

SHEET_HEADER = ["Meeting", "Resolution", "Action", "Responsibility", "Completion date", "Position"]
SHEET_ROWS = [
    ["08/08/24", "2024/07", "Seek quotes for the footpath lighting", "Infrastructure Manager", "30/11/2024",
     "Quotes requested"],
    ["08/08/24", "2024/08", "Report back on the dog control bylaw review", "Team Leader Compliance", "31/01/2025",
     "Draft under review"],
    ["12/09/24", "2024/15", "Write to the minister about the bridge funding", "Mayor", "31/10/2024", "Complete"],
]  # fmt: skip
SHEET = Case(
    "council action sheet: resolution numbers '2024/07', 'Responsibility', 'Completion date', 'Position'",
    lambda: ruled_pdf(SHEET_HEADER, SHEET_ROWS, [55, 55, 170, 95, 70, 80], title="Council Action Sheet"),
    SHEET_HEADER,
    SHEET_ROWS,
    [
        {"action_no": "2024/07", "named_lead": "Infrastructure Manager", "end_date": "2024-11-30"},
        {"action_no": "2024/08", "named_lead": "Team Leader Compliance", "end_date": "2025-01-31"},
        {"action_no": "2024/15", "named_lead": "Mayor", "end_date": "2024-10-31", "status": "complete"},
    ],
    "layout",
)

MILESTONE_HEADER = ["Ref", "Milestone", "Who", "Target", "Progress"]
MILESTONE_ROWS = [
    ["A1", "Appoint the project board", "Programme Director", "Nov 2024", "Complete"],
    ["A2", "Agree the business case with the funders", "Finance Lead", "Feb 2025", "On track"],
    ["B1", "Open the new library building to the public", "Head of Libraries", "Sept 2025", "Not started"],
]  # fmt: skip
MILESTONE = Case(
    "project milestones: refs 'A1', 'Milestone', 'Who', 'Target', 'Progress'",
    lambda: ruled_pdf(MILESTONE_HEADER, MILESTONE_ROWS, [30, 230, 100, 70, 80], title="Key milestones"),
    MILESTONE_HEADER,
    MILESTONE_ROWS,
    [
        {"action_no": "A1", "named_lead": "Programme Director", "end_date": "2024-11-30", "status": "complete"},
        {"action_no": "A2", "named_lead": "Finance Lead", "end_date": "2025-02-28", "status": "ongoing"},
        {"action_no": "B1", "named_lead": "Head of Libraries", "end_date": "2025-09-30", "status": "not started"},
    ],
    "layout",
)

LONG_HEADER = ["Minute", "Action", "Owner", "Due date", "Status"]
LONG_ROWS = [
    [f"{number}/24", f"Officers to report back on matter {number} raised by members at the meeting, with options "
     "and costs for each of the proposals put forward", "Chief Fire Officer" if number % 2 else "Treasurer",
     f"{1 + number % 28:02d}/03/2025", "Open" if number % 3 else "Complete"]
    for number in range(8, 34)
]  # fmt: skip
LONG = Case(
    "fire authority action log over two pages, header repeated",
    lambda: ruled_pdf(LONG_HEADER, LONG_ROWS, [45, 270, 90, 60, 55], title="Action log", lead=3),
    LONG_HEADER,
    LONG_ROWS,
    [{"action_no": row[0], "named_lead": row[2], "end_date": f"2025-03-{row[3][:2]}"} for row in LONG_ROWS],
    "layout",
)
LONG_BARE = Case(
    "fire authority action log over two pages, header printed once",
    lambda: ruled_pdf(LONG_HEADER, LONG_ROWS, [45, 270, 90, 60, 55], title="Action log", lead=3, repeat=False),
    LONG_HEADER,
    LONG_ROWS,
    LONG.plan,
    "layout",
)

SPLIT_ROWS = [
    [f"23-24/FRA/{number}", ("Officers to report on the station open days and the cost of each, " * 3).strip()
     + f" (item {number})", "Area Manager", "Q4 2024/25", "In progress"]
    for number in range(20, 40)
]  # fmt: skip
SPLIT = Case(
    "fire authority log whose row runs over the page break",
    lambda: ruled_pdf(LONG_HEADER, SPLIT_ROWS, [70, 250, 90, 60, 55], title="Action log", lead=2, split=True),
    LONG_HEADER,
    SPLIT_ROWS,
    [{"action_no": row[0], "end_date": "2025-03-31", "status": "ongoing"} for row in SPLIT_ROWS],
    "layout",
)

MATTERS_HEADER = ["Minute", "Matter arising", "Action required", "By whom", "Timescale"]
MATTERS_ROWS = [
    ["Minute 6 - Annual Report", "CCTV investment in the market towns", "Commissioner to give a timeline for the "
     "CCTV programme", "Commissioner", "Next meeting"],
    ["Minute 8 - Budget", "Precept consultation", "Circulate the consultation results to members", "Chief Finance "
     "Officer", "By end of January"],
    ["Minute 9 - Complaints", "Complaints procedure", "Review the procedure with the monitoring officer", "Panel Clerk",
     "Summer 2025"],
]  # fmt: skip
MATTERS = Case(
    "police and crime panel matters arising: 'Minute 6 - ...', 'By end of January'",
    lambda: ruled_pdf(MATTERS_HEADER, MATTERS_ROWS, [90, 110, 170, 80, 70], title="Matters arising"),
    MATTERS_HEADER,
    MATTERS_ROWS,
    [
        {"named_lead": "Commissioner", "end_date": None},
        {"named_lead": "Chief Finance Officer", "end_date": "2025-01-31"},
        {"named_lead": "Panel Clerk", "end_date": None},
    ],
    "dates",
)

FOLLOW_HEADER = ["Meeting", "Item", "Action / Progress", "Outcome"]
FOLLOW_ROWS = [
    ["Board 03/09/24", "Mental health of children", "A visit to the children's service to be added to the programme "
     "of non-executive visits.", "Visit held in October"],
    ["Board 01/10/24", "Grants to voluntary organisations", "Director of Community Care to work with the council "
     "towards a joint compact.", "Report to the Board in due course"],
]  # fmt: skip
FOLLOW = Case(
    "board follow-up of action plans: 'Action / Progress' and 'Outcome' only",
    lambda: ruled_pdf(FOLLOW_HEADER, FOLLOW_ROWS, [70, 110, 230, 110], title="Follow up from Board action plans"),
    FOLLOW_HEADER,
    FOLLOW_ROWS,
    [{"outcome": "Visit held in October"}, {"named_lead": "Director of Community Care"}],
    "rows",
)

TRACKER_HEADER = ["Rec", "Recommendation", "Response", "Target date", "Responsible officer"]
TRACKER_ROWS = [
    ["R1", "Review the resources given to keeping the tracker up to date", "Accepted", "Q1 2025",
     "Chief Operating Officer"],
    ["R2", "Report overdue recommendations to the executive every quarter", "Partially accepted", "End of June 2025",
     "Head of Audit"],
]  # fmt: skip
TRACKER = Case(
    "auditor recommendations tracker: 'R1', 'Q1 2025' (calendar), 'End of June 2025'",
    lambda: ruled_pdf(TRACKER_HEADER, TRACKER_ROWS, [30, 210, 80, 80, 110], title="Recommendations tracker"),
    TRACKER_HEADER,
    TRACKER_ROWS,
    [
        {"action_no": "R1", "named_lead": "Chief Operating Officer", "end_date": "2025-03-31"},
        {"action_no": "R2", "named_lead": "Head of Audit", "end_date": "2025-06-30"},
    ],
    "dates",
)

RISK_HEADER = ["Risk", "Risk owner", "Likelihood", "Impact", "Score", "Controls", "Review date"]
RISK_ROWS = [
    ["Loss of key staff in the finance team", "Director Corporate Services", "3", "4", "12",
     "Succession plan and documented procedures", "31/03/2025"],
    ["Failure of the water treatment plant", "Manager Utilities", "2", "5", "10",
     "Maintenance contract and spares held", "30/06/2025"],
]  # fmt: skip
RISK = Case(
    "shire council risk register: numbers for likelihood and impact",
    lambda: ruled_pdf(RISK_HEADER, RISK_ROWS, [110, 90, 50, 40, 35, 130, 60], title="Strategic risk register"),
    RISK_HEADER,
    RISK_ROWS,
    kind="layout",
)

# ---------------------------------------------------------------- finding: shading, open rules, two pages unruled


def _styled(header: list[str], rows: list[list[str]], widths: list[float], commands: list[tuple], *,
            title: str, size=A4, font: float = 8.0) -> bytes:  # fmt: skip
    """A table drawn with the given style commands only (no grid unless they draw one)."""
    style = STYLES["BodyText"].clone("cell", fontSize=font, leading=font + 2)
    head = style.clone("head", fontName="Helvetica-Bold", textColor=colors.white)
    data = [[Paragraph(cell, head) for cell in header]] + [[Paragraph(cell, style) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), *commands]))
    buffer = io.BytesIO()
    story = [Paragraph(title, STYLES["Heading2"]), Spacer(1, 6), table]
    SimpleDocTemplate(buffer, pagesize=size, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40).build(story)
    return buffer.getvalue()


AUDIT_HEADER = ["Ref", "Audit", "Recommendation", "Responsible officer", "Agreed date", "% complete", "RAG"]
AUDIT_ROWS = [
    ["IA/23/04", "Payroll", "Reconcile the payroll to the ledger each month", "Payroll Manager", "31/12/2024", "50%",
     "Amber"],
    ["IA/23/09", "Contract management", "Keep a register of all contracts over the quotation threshold",
     "Head of Procurement", "31/03/2025", "80%", "Green"],
    ["IA/24/02", "Fleet", "Record the mileage of pool cars at each booking", "Fleet Manager", "30/09/2024", "20%",
     "Red"],
]  # fmt: skip
STRIPES = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79"))] + [
    ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#DDEBF7")) for index in range(2, len(AUDIT_ROWS) + 1, 2)
]
AUDIT = Case(
    "audit recommendations tracker: dark header fill, banded rows, no rules at all",
    lambda: _styled(
        AUDIT_HEADER,
        AUDIT_ROWS,
        [50, 65, 150, 80, 60, 50, 40],
        STRIPES,
        title="Implementation of Audit Recommendations",
    ),  # fmt: skip
    AUDIT_HEADER,
    AUDIT_ROWS,
    [
        {"action_no": "IA/23/04", "named_lead": "Payroll Manager", "end_date": "2024-12-31", "rag": "Amber"},
        {"action_no": "IA/23/09", "named_lead": "Head of Procurement", "end_date": "2025-03-31", "rag": "Green"},
        {"action_no": "IA/24/02", "named_lead": "Fleet Manager", "end_date": "2024-09-30", "rag": "Red"},
    ],
    "finding",
)

OPEN_RULES = [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#404040"))]  # fmt: skip
REGISTER_HEADER = ["No.", "Decision", "Responsible officer", "Due", "Status", "Comment"]
REGISTER_ROWS = [
    ["CNL-24-112", "Prepare a concept plan for the main street upgrade", "Director Infrastructure", "Dec 2024",
     "In progress", "Consultant engaged"],
    ["CNL-24-118", "Write to the state minister seeking funding for the saleyards", "Chief Executive Officer",
     "Oct 2024", "Completed", "Letter sent 2 October"],
    ["CNL-24-131", "Review the fees for the caravan park", "Manager Community Services", "Feb 2025", "Not started",
     ""],
]  # fmt: skip
REGISTER = Case(
    "council resolution register: rules under each row only, no column rules",
    lambda: _styled(
        REGISTER_HEADER, REGISTER_ROWS, [60, 170, 90, 50, 60, 90], OPEN_RULES, title="Resolution Register"
    ),  # fmt: skip
    REGISTER_HEADER,
    REGISTER_ROWS,
    [
        {
            "action_no": "CNL-24-112",
            "named_lead": "Director Infrastructure",
            "end_date": "2024-12-31",
            "status": "ongoing",
        },
        {"action_no": "CNL-24-118", "end_date": "2024-10-31", "status": "complete"},
        {"action_no": "CNL-24-131", "end_date": "2025-02-28", "status": "not started"},
    ],  # fmt: skip
    "finding",
)


def _unruled_pages(header: list[str], rows: list[list[list[str]]], lefts: list[float], *, per_page: int,
                   again: bool) -> bytes:  # fmt: skip
    """A whitespace-column log running over pages, its header in bold (printed again on each page
    with ``again``), a page number at the foot of each page."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    chunks = [rows[index : index + per_page] for index in range(0, len(rows), per_page)]
    for number, chunk in enumerate(chunks, 1):
        y = A4[1] - 60
        if number == 1:
            page.setFont("Helvetica-Bold", 12)
            page.drawString(lefts[0], y, "Outstanding actions")
            y -= 24
        if number == 1 or again:
            page.setFont("Helvetica-Bold", 9)
            for x, cell in zip(lefts, header, strict=True):
                page.drawString(x, y, cell)
            y -= 18
        page.setFont("Helvetica", 9)
        for row in chunk:
            height = max(len(lines) for lines in row)
            for x, lines in zip(lefts, row, strict=True):
                for offset, text in enumerate(lines):
                    page.drawString(x, y - 11 * offset, text)
            y -= 11 * height + 7
        page.setFont("Helvetica", 8)
        page.drawString(A4[0] / 2 - 20, 30, f"Page {number}")
        page.showPage()
    page.save()
    return buffer.getvalue()


PAGES_HEADER = ["Ref", "Action", "Owner", "Due", "Status"]
PAGES_ROWS = [
    [[f"A{number}"], [f"Chase the outstanding returns for ward {number}", "and report the totals to the board"],
     ["Head of Finance" if number % 2 else "Clerk"], [f"{number:02d}/11/24"], ["Open" if number % 3 else "Closed"]]
    for number in range(1, 31)
]  # fmt: skip
PAGES_PLAN = [
    {"action_no": f"A{number}", "end_date": f"2024-11-{number:02d}", "status": "ongoing" if number % 3 else "complete"}
    for number in range(1, 31)
]
PAGES = Case(
    "unruled log over two pages, bold header printed again on the second",
    lambda: _unruled_pages(PAGES_HEADER, PAGES_ROWS, [40.0, 80.0, 330.0, 430.0, 490.0], per_page=21, again=True),
    PAGES_HEADER,
    joined(PAGES_ROWS),
    PAGES_PLAN,
    "finding",
)
PAGES_ONCE = Case(
    "unruled log over two pages, bold header printed once",
    lambda: _unruled_pages(PAGES_HEADER, PAGES_ROWS, [40.0, 80.0, 330.0, 430.0, 490.0], per_page=21, again=False),
    PAGES_HEADER,
    joined(PAGES_ROWS),
    PAGES_PLAN,
    "finding",
)

WIDE_HEADER = ["Reference", "Origin", "Date", "Area", "Recommendation", "Exec date", "Lead Officer/EM", "Action taken",
               "Status"]  # fmt: skip
WIDE_ROWS = [
    ["SR (24/25) 01", "CRP", "01/07/24", "Finance", "That the budget monitoring report show reserves by service",
     "01/08/24", "DM/PL", "Reserves now shown in the quarterly report", "Complete"],
    ["SR (24/25) 02", "PPL", "15/07/24", "Adult social care", "That the waiting list for assessments be reported "
     "to each meeting", "01/09/24", "SS/LW", "First report due in November", "Ongoing"],
    ["SR (23/24) 19", "PLC", "01/04/24", "Governance", "That the constitution review include the call-in rules",
     "01/05/24", "JP/CD", "Paused until the new monitoring officer starts", "Paused"],
]  # fmt: skip
WIDE = Case(
    "landscape scrutiny recommendation tracker, nine columns, refs 'SR (24/25) 01'",
    lambda: ruled_pdf(
        WIDE_HEADER,
        WIDE_ROWS,
        [70, 40, 50, 70, 170, 50, 60, 150, 50],
        title="Recommendation tracker",
        size=landscape(A4),
    ),  # fmt: skip
    WIDE_HEADER,
    WIDE_ROWS,
    [
        {"action_no": "SR (24/25) 01", "named_lead": "DM/PL", "status": "complete"},
        {"action_no": "SR (24/25) 02", "named_lead": "SS/LW", "status": "ongoing"},
        {"action_no": "SR (23/24) 19", "named_lead": "JP/CD", "status": "paused"},
    ],
    "finding",
)

HEAD2_ROWS = [
    [["1"], ["Publish the revised scheme of", "delegation"], ["Monitoring", "Officer"], ["31/01/25"], ["On track"]],
    [["2"], ["Train members on the code of", "conduct"], ["Democratic", "Services Manager"], ["28/02/25"],
     ["Not started"]],
    [["3"], ["Refresh the register of interests"], ["Monitoring", "Officer"], ["31/03/25"], ["Complete"]],
]  # fmt: skip


def _two_line_header() -> bytes:
    """A whitespace-column log whose bold header runs to two lines in two columns, with no rule."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    lefts = [50.0, 80.0, 290.0, 400.0, 480.0]
    page.setFont("Helvetica-Bold", 12)
    page.drawString(lefts[0], 780, "Governance action plan")
    page.setFont("Helvetica-Bold", 9)
    for x, (top, under) in zip(lefts, [("No", ""), ("Action", ""), ("Responsible", "officer"), ("Completion", "date"),
                                       ("Status", "")], strict=True):  # fmt: skip
        page.drawString(x, 752, top)
        if under:
            page.drawString(x, 741, under)
    page.setFont("Helvetica", 9)
    y = 722.0
    for row in HEAD2_ROWS:
        for x, lines in zip(lefts, row, strict=True):
            for offset, text in enumerate(lines):
                page.drawString(x, y - 11 * offset, text)
        y -= 11 * max(len(lines) for lines in row) + 8
    page.showPage()
    page.save()
    return buffer.getvalue()


HEAD2 = Case(
    "unruled action plan: two-line bold header, no rule, wrapped owners",
    _two_line_header,
    ["No", "Action", "Responsible officer", "Completion date", "Status"],
    joined(HEAD2_ROWS),
    [
        {"action_no": "1", "named_lead": "Monitoring Officer", "end_date": "2025-01-31", "status": "ongoing"},
        {
            "action_no": "2",
            "named_lead": "Democratic Services Manager",
            "end_date": "2025-02-28",
            "status": "not started",
        },
        {"action_no": "3", "named_lead": "Monitoring Officer", "end_date": "2025-03-31", "status": "complete"},
    ],  # fmt: skip
    "finding",
)

RAISED_HEADER = ["Meeting date", "Action", "Lead", "Due", "Status"]
RAISED_ROWS = [
    ["14/05/24", "Circulate the revised terms of reference to members", "Board Secretary", "June", "Overdue"],
    ["14/05/24", "Arrange the development session on cyber security", "Director of IT", "w/c 15/07", "Complete"],
    ["10/09/24", "Report the winter plan to the board", "Chief Operating Officer", "Nov", "Not yet due"],
]  # fmt: skip
RAISED = Case(
    "board action log compiled in October: months and days without a year, from the meeting that raised them",
    lambda: ruled_pdf(RAISED_HEADER, RAISED_ROWS, [60, 250, 100, 60, 70], title="Board action log"),
    RAISED_HEADER,
    RAISED_ROWS,
    [
        {"end_date": "2024-06-30", "status": "overdue"},
        {"end_date": "2024-07-15", "status": "complete"},
        {"end_date": "2024-11-30", "status": "not started"},
    ],
    "dates",
)

DETAIL_HEADER = ["Minute", "Detail", "Owner(s)", "Due Date (Revised)", "Open/Closed"]
DETAIL_ROWS = [
    ["8/24", "Circulate the emergency cover review consultation analysis to members", "ACFO", "31/10/24", "Closed"],
    ["11/24", "Bring the flexible day crewing proposals back to the committee", "CFO / Head of HR", "28/02/25",
     "Open"],
]  # fmt: skip
DETAIL = Case(
    "fire authority committee actions: 'Detail', 'Owner(s)', 'Due Date (Revised)', 'Open/Closed'",
    lambda: ruled_pdf(DETAIL_HEADER, DETAIL_ROWS, [45, 250, 80, 80, 60], title="Planning Committee - Action Sheet"),
    DETAIL_HEADER,
    DETAIL_ROWS,
    [
        {"action_no": "8/24", "named_lead": "ACFO", "end_date": "2024-10-31", "status": "complete"},
        {"action_no": "11/24", "named_lead": "CFO / Head of HR", "end_date": "2025-02-28", "status": "ongoing"},
    ],
    "layout",
)

WHAT_HEADER = ["What", "Who", "When", "Partners"]
WHAT_ROWS = [
    ["Contact the head teacher of the primary school about a learning resource", "Project manager", "March 2025",
     "Local Education Authority"],
    ["Install the wildlife interpretation boards", "Friends group", "Summer 2025", "Wildlife Trust"],
]  # fmt: skip
WHAT = Case(
    "open space project action plan: 'What | Who | When | Partners'",
    lambda: ruled_pdf(WHAT_HEADER, WHAT_ROWS, [240, 90, 70, 120], title="Action plan"),
    WHAT_HEADER,
    WHAT_ROWS,
    [
        {"named_lead": "Project manager", "end_date": "2025-03-31", "supporting_orgs": "Local Education Authority"},
        {"named_lead": "Friends group", "end_date": None, "supporting_orgs": "Wildlife Trust"},
    ],
    "layout",
)

BY_HEADER = ["Item", "Issue", "Action", "By", "Date"]
BY_ROWS = [
    ["4", "Speeding on Main Street", "Ask the police for a speed check", "Clerk", "Next meeting"],
    ["7", "Village hall roof", "Obtain three quotes for the repair", "Cllr Hughes", "30/11/24"],
]  # fmt: skip
BY = Case(
    "town council work plan: 'Action | By | Date'",
    lambda: ruled_pdf(BY_HEADER, BY_ROWS, [35, 120, 220, 70, 70], title="Work plan"),
    BY_HEADER,
    BY_ROWS,
    [{"action_no": "4", "named_lead": "Clerk"}, {"action_no": "7", "named_lead": "Cllr Hughes"}],
    "layout",
)

CASES = [DETAIL, WHAT, BY, RAISED, UNION, IMPROVE, PARISH, SCHEDULE, PLAN, PARTNERS, SAFETY, TRACKING, SHEET,
         MILESTONE, LONG, LONG_BARE, SPLIT, MATTERS, FOLLOW, TRACKER, RISK, AUDIT, REGISTER, PAGES, PAGES_ONCE, WIDE,
         HEAD2]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_table_is_found_whole(case: Case, tmp_path) -> None:
    assert table_problems(case, found_tables(case.draw(), tmp_path)) == []


PLAN_CASES = [case for case in CASES if case.plan]


@pytest.mark.parametrize("case", PLAN_CASES, ids=[case.name for case in PLAN_CASES])
def test_the_log_rows_read_as_the_annotator_reads_them(case: Case, tmp_path) -> None:
    assert plan_problems(case, found_tables(case.draw(), tmp_path), MEETING) == []


OWNER_CELLS = [
    # printed, named_lead, lead_org
    ("Jane Smith (DfE)", "Jane Smith", "DfE"),
    ("DfE - J Smith", "J Smith", "DfE"),
    ("Tom Baker, HM Treasury", "Tom Baker", "HM Treasury"),
    ("Cabinet Office / HMT", None, "Cabinet Office / HMT"),
    ("Probation Service", None, "Probation Service"),
    ("Jane Smith (Head of Service)", "Jane Smith", None),  # a post after the name is dropped
    ("Jane Smith (JS)", "Jane Smith", None),  # her initials, not a body
    ("Jane Smith, Tom Brown", "Jane Smith, Tom Brown", None),  # two people, no body
    ("Head of Service, Children's Services", "Head of Service, Children's Services", None),
    ("Lead: Home Office; Support: Ministry of Justice", None, "Home Office"),
]


@pytest.mark.parametrize(("printed", "lead", "body"), OWNER_CELLS)
def test_owner_cells_split_into_person_and_body(printed: str, lead: str | None, body: str | None) -> None:
    assert tables.split_owner(printed) == (lead, body)


def test_a_support_label_gives_the_supporting_bodies() -> None:
    assert tables.owner_support("Lead: Home Office; Support: Ministry of Justice") == "Ministry of Justice"
    assert tables.owner_support("Home Office; Ministry of Justice") is None  # no labels: nothing to read


GIVEN = ["Jane", "Tom", "Sarah", "David", "Emma", "Peter"]
SURNAMES = ["Smith", "Baker", "Patel", "O'Neill", "Jones", "McDonald"]
ACRONYMS = ["DfE", "HMT", "MoJ", "DWP", "KCC", "NHSE", "DHSC"]


@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(ACRONYMS), st.booleans())
def test_a_person_and_an_acronym_split_either_way_round(given_name, surname, acronym, body_first) -> None:
    person = f"{given_name} {surname}"
    printed = f"{acronym} - {person}" if body_first else f"{person} ({acronym})"
    assert tables.split_owner(printed) == (person, acronym)


@pytest.mark.parametrize("printed", ["Summer 2025", "Spring term", "Autumn 2024", "Late Spring 2011", "Winter"])
def test_a_season_or_a_term_gives_no_end_date(printed: str) -> None:
    assert tables.deadline(printed, MEETING).date is None


if __name__ == "__main__":  # pragma: no cover - a report for people: python tests/test_tables_round10.py
    import pathlib
    import tempfile
    from collections import Counter

    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            found = found_tables(case.draw(), pathlib.Path(folder))
            for kind, problems in (
                ("table", table_problems(case, found)),
                ("plan", plan_problems(case, found, MEETING) if case.plan else None),
            ):
                if problems is None:
                    continue
                group = f"{kind}/{case.kind}"
                total[group] += 1
                passed[group] += not problems
                print(("PASS" if not problems else "FAIL"), kind, case.name)
                for problem in problems:
                    print("     ", problem[:600])
    for group in sorted(total):
        print(f"{group}: {passed[group]}/{total[group]}")
    print(f"{sum(passed.values())}/{sum(total.values())} passed")
