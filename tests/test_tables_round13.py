"""Tables inside minutes of parish, town and community councils, of boards and committees, and action logs
(round 13, issue #5).

Classes of case: 'payments' (payment schedules with cheque / BACS references and net, VAT and gross
amounts, receipts, budget against actual, grant awards with their total rows), 'planning' (lists of
planning applications with the council's comment), 'attendance' (attendance tables, records of members'
attendance, recorded votes), 'logs' (action logs in grids: closed actions in a second table on a later
page, a row split by a page break, a header not repeated, bullet lists in cells, an empty trailing
column) and 'not' (what is no table: a signature block, an address block in two columns, a two-column
list of members, a form of underlines, a US 'AYES / NOES / ABSENT' block).

Each case keeps the layout and wording pattern of a real published page (names, places, numbers and
dates changed) and is drawn with reportlab, ruled as a word processor prints it and, where the source
was set in whitespace columns, unruled as well. The truth is what a gold annotator records by
corpus/gold/README.md `tables`: real data tables only, one table over several pages, header rows joined
into one, wrapped lines joined with one space, a total row printed in the grid kept as a row.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://newtown-pc.org.uk/documents/financial-procedures/ (Newtown PC: BACS payment schedule, cheque
  number / BACS reference recorded in the minutes)
- https://odpc.co.uk/expenditure (Ombersley & Doverdale PC: schedule of payments at each full council,
  supplier and transaction details)
- http://www.draytonvillage.co.uk/drayton-parish-council/agendas-minutes/minutes-2018-to-2019/2018-11-19-finance-and-personnel-committee-meeting-minutes/
  (Drayton PC finance committee: receipts and payments to date, budget forecast)
- https://belstonevillage.net/?p=11782 (Belstone PC: budget review 'Code | Budget | ... | Difference |
  Comments', lettered codes, empty comment cells, a Total row)
- http://www.ianm1.plus.com/binfo/minutes/FY1415_AccountsSummary-Annex4Sept_files/sheet002.htm (parish
  accounts annex: budget, actuals, forecast, 'Total v. Budget')
- http://www.ilamparishcouncil.co.uk/FY%202020-21/20-21%20bank%20reconciliation.htm (Ilam PC: bank
  reconciliation of labelled amounts, unpresented cheque numbers)
- https://dokumen.tips/documents/boxley-parish-counci-512-hsbc-beechen-hall-513-unity-trust-bank-514-santander.html
  (Boxley PC F&GP agenda: reconciliation of accounts, income / expenditure report)
- https://democracy.cambridge.gov.uk/mgDecisionDetails.aspx?IId=20196&Opt=1 (Cambridge City area
  committee: grants 'Ref | Organisation | Purpose | Award £' with 'Budget available', 'Total awards',
  'Budget remaining' rows)
- https://democracy.northlincs.gov.uk/executive-decisions-20132014/cabinet-portfolios-2013-2014/people/customer-services-sport-leisure-deputy-leader-portfolio-and-people-cabinet-members-minutes-20-march-2014/
  (North Lincolnshire: 'Applicant | Amount Granted' in cabinet member minutes)
- https://moderngov.dover.gov.uk/ieListDocuments.aspx?CId=136&MeetingId=4947 (Dover planning committee:
  application number, site, proposal wording)
- http://www.petrockstowe.co.uk/minutes_feb_06.html (Petrockstowe PC planning meeting: application
  references, location, proposal, 'No objections')
- https://www.eveshamtowncouncil.gov.uk/council-committees/planning-and-estates/pande---agendas-and-minutes.html
  (Evesham TC planning & estates committee: applications considered at each meeting)
- https://democracy.telford.gov.uk/ecSDDisplayClassic.aspx?NAME=Attendance&ID=237&RPID=0&sch=doc&cat=13233&path=13233
  (Telford & Wrekin: records of attendance, meetings attended per councillor)
- https://democratic.whitehorsedc.gov.uk/mgUserAttendanceSummary.aspx (Vale of White Horse: expected,
  present, present as substitute columns)
- http://www.stanley-tc.gov.uk/attendance-in-meetings/ (Stanley TC: member attendance tables)
- https://www.southwoodhamferrerstc.gov.uk/Attendance_record_46056.aspx (South Woodham Ferrers TC:
  attendance, apologies accepted / not accepted)
- http://council.lancashire.gov.uk/mgListRecordedVotes.aspx?UID=178&RPID=0 (Lancashire: recorded votes,
  for / against / abstain per councillor)
- https://www.cityofmadison.com/employeenet/toolkit/committees-legistar/legistar/agendas-minutes/recommendations-with-conditions
  (Madison: roll call votes listed as ayes, noes, absent, excused - lines of names, no table)
- https://bc-img.ci.brooklyn-center.mn.us/WebLink/DocView.aspx?dbid=0&id=796775&repo=BrooklynCenter
  (Brooklyn Center MN: roll call and motions in prose)
- https://www.strauss.ca/board-meeting-action-items-effectively-manage-never-ending-list/ (association
  board: 'Action Item | Responsible | Date | Proposed Completion', completed items removed)
- https://help.boardpro.io/en/articles/748988-how-to-find-and-edit-past-actions (completed actions kept
  in a list of their own)
- https://millomwithoutparishcouncil.com/wp-content/uploads/PROTOCOL-FOR-THE-PAYMENT-OF-INVOICES.html
  (Millom Without PC: cheques presented with invoices, two signatories - the signature lines)
- https://cholmondeley-chorley.co.uk/minutes-9-june-2020 (Cholmondeley & Chorley PC: 'PRESENT:' beside
  councillors in two columns, 'APOLOGIES:' - a layout, not a table)
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from agendaparse.evaluate import norm_text
from table_cases import (
    FILLER,
    STYLES,
    Case,
    found_tables,
    joined,
    norm_rows,
    plan_problems,
    ruled_pdf,
    table_problems,
)

MEETING = dt.date(2024, 11, 12)

# ---------------------------------------------------------------- drawing minutes


def _minutes_pdf(header: list[str], rows: list[list[list[str]]], lefts: list[float], *, title: str | None,
                 before: list[str], after: list[str], right: list[int] = (), rule: bool = False) -> bytes:  # fmt: skip
    """A minutes page: numbered minute text, the table set in whitespace columns (its header in bold,
    no column rules; ``rule`` draws one rule under the header), more minute text after it. Columns in
    ``right`` are set flush right to the next column's left edge (amounts)."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    page.setFont("Helvetica", 10)
    for line in before:
        page.drawString(lefts[0], y, line)
        y -= 16
    y -= 6
    if title:
        page.setFont("Helvetica-Bold", 10)
        page.drawString(lefts[0], y, title)
        y -= 18
    edges = [*lefts[1:], A4[0] - 50]

    def put(column: int, x: float, yy: float, text: str) -> None:
        if column in right:
            page.drawRightString(edges[column] - 8, yy, text)
        else:
            page.drawString(x, yy, text)

    page.setFont("Helvetica-Bold", 9)
    for column, (x, cell) in enumerate(zip(lefts, header, strict=True)):
        put(column, x, y, cell)
    if rule:
        page.line(lefts[0], y - 4, A4[0] - 50, y - 4)
    y -= 16
    page.setFont("Helvetica", 9)
    for row in rows:
        height = max(len(lines) for lines in row)
        for column, (x, lines) in enumerate(zip(lefts, row, strict=True)):
            for offset, line in enumerate(lines):
                put(column, x, y - 11 * offset, line)
        y -= 11 * height + 5
    y -= 14
    page.setFont("Helvetica", 10)
    for line in after:
        page.drawString(lefts[0], y, line)
        y -= 16
    page.showPage()
    page.save()
    return buffer.getvalue()


def _one(rows: list[list[str]]) -> list[list[list[str]]]:
    return [[[cell] if cell else [] for cell in row] for row in rows]


def _fill(rows: list[list[list[str]]]) -> list[list[list[str]]]:
    """Cells with no lines printed get an empty string so the drawing loop sees every column."""
    return [[lines or [""] for lines in row] for row in rows]


# ---------------------------------------------------------------- payments

PAY_HEADER = ["Payee", "Details", "Chq / BACS", "Net", "VAT", "Total"]
PAY_ROWS = [
    ["Marsh Grounds Ltd", "Grass cutting - October", "BACS 0412", "£650.00", "£130.00", "£780.00"],
    ["HMRC", "PAYE and NI - Month 7", "BACS 0413", "£212.44", "£0.00", "£212.44"],
    ["Clerk", "Salary - October (net)", "BACS 0414", "£1,034.56", "£0.00", "£1,034.56"],
    ["Hillside Village Hall", "Hall hire for meetings (Sept and Oct)", "Chq 200318", "£48.00", "£0.00", "£48.00"],
    ["Anglian Playsafe", "Annual play area inspection report", "BACS 0415", "£95.00", "£19.00", "£114.00"],
    ["Total", "", "", "£2,040.00", "£149.00", "£2,189.00"],
]  # fmt: skip
PAY_RULED = Case(
    "payments schedule, ruled: payee, details, cheque or BACS, net, VAT, total and a Total row",
    lambda: ruled_pdf(
        PAY_HEADER, PAY_ROWS, [110, 150, 70, 60, 50, 60], title="Schedule of payments for approval", lead=1
    ),  # fmt: skip
    PAY_HEADER,
    PAY_ROWS,
    kind="payments",
)
PAY_TEXT_BEFORE = [
    "84/24 Finance",
    "a) It was RESOLVED to approve the following payments, proposed Cllr Dean, seconded Cllr Ward.",
]
PAY_TEXT_AFTER = [
    "b) The bank reconciliation to 31 October was received and signed by Cllr Dean.",
    "85/24 Correspondence",
    "The Clerk reported the correspondence received since the last meeting.",
]
PAY_UNRULED = Case(
    "payments in the minutes set in whitespace columns, amounts flush right, bold header",
    lambda: _minutes_pdf(
        PAY_HEADER,
        _fill(_one(PAY_ROWS)),
        [50, 165, 330, 400, 455, 500],
        title=None,
        before=PAY_TEXT_BEFORE,
        after=PAY_TEXT_AFTER,
        right=[3, 4, 5],
    ),  # fmt: skip
    PAY_HEADER,
    PAY_ROWS,
    kind="payments",
)
DATED_HEADER = ["Date", "Voucher", "Payee", "Description", "Net", "VAT", "Gross"]
DATED_ROWS = [
    ["30/09/2024", "PY2410-131", "R Tanner", "Cleaning September", "240.00", "", "240.00"],
    ["30/09/2024", "PY2410-132", "Brookside Gardens", "Verge cutting", "175.00", "35.00", "210.00"],
    ["30/09/2024", "PY2410-133", "Hale Payroll", "Payroll services", "68.50", "13.70", "82.20"],
    ["16/09/2024", "PY2410-134", "HMRC", "P30 to 5 October", "301.12", "", "301.12"],
]  # fmt: skip
DATED_UNRULED = Case(
    "payments to approve, unruled with a rule under the header, voucher numbers, empty VAT cells",
    lambda: _minutes_pdf(
        DATED_HEADER,
        _fill(_one(DATED_ROWS)),
        [50, 110, 180, 280, 390, 440, 490],
        title=None,
        before=["7. Payments to approve", "The schedule below was checked against the invoices."],
        after=["It was RESOLVED to approve the payments listed."],
        right=[4, 5, 6],
        rule=True,
    ),  # fmt: skip
    DATED_HEADER,
    DATED_ROWS,
    kind="payments",
)
DATED_RULED = Case(
    "payments to approve, the same in a ruled grid",
    lambda: ruled_pdf(DATED_HEADER, DATED_ROWS, [60, 70, 90, 110, 50, 45, 55], title="Payments to approve"),
    DATED_HEADER,
    DATED_ROWS,
    kind="payments",
)
RECEIPTS_HEADER = ["Date", "Received from", "Details", "Amount"]
RECEIPTS_ROWS = [
    ["01/10/2024", "District Council", "Precept - second half", "£14,250.00"],
    ["08/10/2024", "Allotment holders", "Rents 2024/25 (12 plots)", "£420.00"],
    ["21/10/2024", "HMRC", "VAT refund", "£1,102.37"],
]  # fmt: skip
RECEIPTS = Case(
    "receipts since the last meeting, unruled in the minutes",
    lambda: _minutes_pdf(
        RECEIPTS_HEADER,
        _fill(_one(RECEIPTS_ROWS)),
        [50, 130, 260, 430],
        title="Receipts",
        before=["9. Finance", "9.1 The following receipts were noted."],
        after=["9.2 The Council noted the bank balance of £48,212.90 at 31 October."],
        right=[3],
    ),  # fmt: skip
    RECEIPTS_HEADER,
    RECEIPTS_ROWS,
    kind="payments",
)
BUDGET_HEADER = ["Code", "Heading", "Budget", "Actual to date", "Difference", "Comments"]
BUDGET_ROWS = [
    ["A", "Clerk's gross salary", "£2,148.00", "£1,025.72", "£1,122.28", ""],
    ["B", "Training courses", "£125.00", "£0.00", "£125.00", "One new councillor course"],
    ["C", "Internal audit", "£25.00", "£25.00", "£0.00", ""],
    ["D", "Insurance", "£160.00", "£145.80", "£14.20", "Premium lower than expected"],
    ["E", "Subscriptions", "£160.00", "£56.36", "£103.64", ""],
    ["", "Total", "£2,618.00", "£1,252.88", "£1,365.12", ""],
]  # fmt: skip
BUDGET = Case(
    "budget against actual, ruled, lettered codes, comments mostly empty, a Total row",
    lambda: ruled_pdf(
        BUDGET_HEADER, BUDGET_ROWS, [35, 120, 65, 75, 70, 140], title="Budget monitoring to 30 September"
    ),
    BUDGET_HEADER,
    BUDGET_ROWS,
    kind="payments",
)
GRANTS_HEADER = ["Ref", "Organisation", "Purpose", "Award £"]
GRANTS_ROWS = [
    ["WA1", "Parkside Residents' Association", "Winter evening talks", "290"],
    ["WA2", "Friends of Eastfield Cemetery", "Information boards and open day", "800"],
    ["WA3", "Friends of Mill Common", "Community orchard upkeep", "650"],
    ["Budget available", "", "", "£8,383"],
    ["Total awards", "", "", "£1,740"],
    ["Budget remaining", "", "", "£6,643"],
]  # fmt: skip
GRANTS = Case(
    "area committee grant awards, ruled, with budget available / total / remaining rows",
    lambda: ruled_pdf(GRANTS_HEADER, GRANTS_ROWS, [60, 170, 200, 60], title="Community grants"),
    GRANTS_HEADER,
    GRANTS_ROWS,
    kind="payments",
)

# ---------------------------------------------------------------- planning

PLAN_HEADER = ["Ref", "Address", "Proposal", "Comment"]
PLAN_LINES = [
    [["24/01187/FUL"], ["Orchard House,", "Church Lane"], ["Single storey rear extension and", "replacement garage"],
     ["No objection"]],
    [["24/01203/LBC"], ["2 The Square"], ["Removal of part of internal kitchen wall", "and new rooflight"],
     ["No objection subject to", "conservation officer's view"]],
    [["24/01215/OUT"], ["Land north of Chapel", "Lane"], ["Outline application for 6 dwellings", "with access"],
     ["Objection: outside the", "settlement boundary"]],
    [["24/01230/TPO"], ["The Old Rectory"], ["Crown reduction of one oak (T3)"], ["No comment"]],
]  # fmt: skip
PLANNING_UNRULED = Case(
    "planning applications in the minutes, unruled, wrapped address, proposal and comment",
    lambda: _minutes_pdf(
        PLAN_HEADER,
        PLAN_LINES,
        [50, 130, 235, 400],
        title=None,
        before=["PL24/077 Planning applications", "It was RESOLVED to submit the comments detailed below."],
        after=["PL24/078 Planning decisions", "The latest decisions were noted."],
        rule=True,
    ),  # fmt: skip
    PLAN_HEADER,
    joined(PLAN_LINES),
    kind="planning",
)
PLANNING_RULED = Case(
    "planning applications, ruled",
    lambda: ruled_pdf(PLAN_HEADER, joined(PLAN_LINES), [75, 100, 190, 150], title="Planning applications"),
    PLAN_HEADER,
    joined(PLAN_LINES),
    kind="planning",
)

# ---------------------------------------------------------------- attendance and votes

ATTEND_HEADER = ["Name", "Role", "Attendance"]
ATTEND_ROWS = [
    ["Helen Marsh", "Chair", "Present"],
    ["David Okafor", "Vice Chair", "Present"],
    ["Priya Nair", "Non-Executive Director", "Apologies"],
    ["Tom Whitfield", "Chief Executive", "Present"],
    ["Ruth Cole", "Director of Finance", "Present"],
    ["Simon Gray", "Board Secretary (minutes)", "In attendance"],
]  # fmt: skip
ATTEND_RULED = Case(
    "board attendance table, ruled: name, role, present / apologies",
    lambda: ruled_pdf(ATTEND_HEADER, ATTEND_ROWS, [150, 200, 100], title="Attendance"),
    ATTEND_HEADER,
    ATTEND_ROWS,
    kind="attendance",
)
ATTEND_UNRULED = Case(
    "board attendance in the minutes, unruled",
    lambda: _minutes_pdf(
        ATTEND_HEADER,
        _one(ATTEND_ROWS),
        [50, 200, 400],
        title=None,
        before=["Minutes of the Board meeting held on 12 November 2024"],
        after=["1. Welcome and apologies", "The Chair welcomed members and noted apologies."],
        rule=True,
    ),  # fmt: skip
    ATTEND_HEADER,
    ATTEND_ROWS,
    kind="attendance",
)
RECORD_HEADER = ["Councillor", "Expected", "Attended", "Apologies", "%"]
RECORD_ROWS = [
    ["Cllr A Barnes", "10", "9", "1", "90"],
    ["Cllr J Coyle", "10", "10", "0", "100"],
    ["Cllr P Devlin", "8", "5", "3", "63"],
    ["Cllr S Evans", "10", "7", "2", "70"],
    ["Cllr M Farrow", "6", "6", "0", "100"],
]  # fmt: skip
RECORD = Case(
    "record of members' attendance, unruled figures",
    lambda: _minutes_pdf(
        RECORD_HEADER,
        _one(RECORD_ROWS),
        [50, 220, 290, 360, 440],
        title=None,
        before=["12. Members' attendance record", "The Committee noted the attendance record for 2023/24."],
        after=["RESOLVED - That the attendance record be noted."],
        right=[1, 2, 3, 4],
    ),  # fmt: skip
    RECORD_HEADER,
    RECORD_ROWS,
    kind="attendance",
)
VOTE_HEADER = ["Member", "For", "Against", "Abstain"]
VOTE_ROWS = [
    ["Cllr Ahmed", "X", "", ""],
    ["Cllr Baxter", "", "X", ""],
    ["Cllr Carr", "X", "", ""],
    ["Cllr Dunn", "", "", "X"],
    ["Cllr Ellis", "X", "", ""],
    ["Total", "3", "1", "1"],
]  # fmt: skip
VOTES = Case(
    "recorded vote, ruled: a mark under For / Against / Abstain, a Total row",
    lambda: ruled_pdf(VOTE_HEADER, VOTE_ROWS, [160, 60, 60, 60], title="Recorded vote on the amendment"),
    VOTE_HEADER,
    VOTE_ROWS,
    kind="attendance",
)

# ---------------------------------------------------------------- action logs

LOG_HEADER = ["Ref", "Action", "Owner", "Due", "Status"]
LOG_ROWS = [
    [f"{number}/24", f"{text} ({number})", owner, due, status]
    for number, (text, owner, due, status) in enumerate(
        [
            ("Circulate the revised terms of reference to members of the board", "JB", "30/11/24", "Open"),
            ("Bring the estates strategy refresh to the January meeting", "RC", "31/01/25", "Open"),
            ("Arrange a development session on the risk appetite statement", "SG", "31/12/24", "Open"),
            ("Report the agency staffing figures by directorate", "TW", "31/12/24", "Open"),
        ]
        * 7,
        start=1,
    )
]


def _split_log() -> bytes:
    return ruled_pdf(LOG_HEADER, LOG_ROWS, [40, 280, 50, 60, 60], title="Action log", lead=2, split=True)


SPLIT = Case(
    "board action log over pages, header repeated, a row split by the page break",
    _split_log,
    LOG_HEADER,
    LOG_ROWS,
    [{"action_no": row[0], "named_lead": row[2]} for row in LOG_ROWS],
    kind="logs",
)
NO_REPEAT = Case(
    "board action log over pages, header printed once",
    lambda: ruled_pdf(LOG_HEADER, LOG_ROWS, [40, 280, 50, 60, 60], title="Action log", lead=2, repeat=False),
    LOG_HEADER,
    LOG_ROWS,
    [{"action_no": row[0], "named_lead": row[2]} for row in LOG_ROWS],
    kind="logs",
)
BULLET_HEADER = ["No", "Action", "Responsible", "Update"]
BULLET_ROWS = [
    ["1", "Review the hire charges for the pavilion", "Clerk", "• Charges compared<br/>• Report in January"],
    ["2", "Replace the bus shelter glazing", "Cllr Hart", "• Quote received<br/>• Order placed 4 Nov"],
    ["3", "Publish the flood plan on the website", "Clerk", "Complete"],
]  # fmt: skip
BULLETS = Case(
    "action log whose update cells hold bullet lists",
    lambda: ruled_pdf(BULLET_HEADER, BULLET_ROWS, [30, 220, 80, 190], title="Action log"),
    BULLET_HEADER,
    [[cell.replace("<br/>", " ") for cell in row] for row in BULLET_ROWS],
    [
        {"action_no": "1", "named_lead": "Clerk"},
        {"action_no": "2", "named_lead": "Cllr Hart"},
        {"action_no": "3", "named_lead": "Clerk", "status": "complete"},
    ],  # fmt: skip
    kind="logs",
)
BLANK_HEADER = ["Action Item", "Responsible", "Date", "Proposed completion", "Notes"]
BLANK_ROWS = [
    ["Draft the budget for the professional development day", "Dave Lowe", "30/06/24", "01/08/24", ""],
    ["Renew the venue contract for the conference", "Asha Patel", "30/06/24", "30/09/24", ""],
    ["Update the membership renewal letter", "Karen Moss", "14/07/24", "31/08/24", ""],
]  # fmt: skip
BLANK = Case(
    "association board action items, ruled, an empty Notes column at the end",
    lambda: ruled_pdf(BLANK_HEADER, BLANK_ROWS, [200, 80, 60, 80, 100], title="Action items"),
    BLANK_HEADER,
    BLANK_ROWS,
    [
        {"named_lead": "Dave Lowe", "end_date": "2024-08-01"},
        {"named_lead": "Asha Patel", "end_date": "2024-09-30"},
        {"named_lead": "Karen Moss", "end_date": "2024-08-31"},
    ],  # fmt: skip
    kind="logs",
)

CLOSED_OPEN = [
    ["12", "Write to the ICB about the discharge data", "HM", "Open"],
    ["14", "Circulate the quality account timetable", "RC", "Open"],
    ["15", "Add the estates risk to the corporate register", "SG", "Open"],
]
CLOSED_DONE = [
    ["9", "Publish the register of interests", "SG", "Closed"],
    ["10", "Confirm the date of the annual meeting", "SG", "Closed"],
    ["11", "Share the staff survey results with governors", "TW", "Closed"],
]


def _open_and_closed() -> bytes:
    """Open actions on the first page, then minutes text, and the closed actions in a table of their own on
    the next page (boardcycle's 'secondary table of Closed Actions')."""
    header = ["No", "Action", "Lead", "Status"]
    style = STYLES["BodyText"].clone("c", fontSize=8, leading=10)
    bold = style.clone("h", fontName="Helvetica-Bold")

    def grid(rows: list[list[str]]) -> Table:
        data = [[Paragraph(cell, bold) for cell in header]] + [[Paragraph(cell, style) for cell in row] for row in rows]
        table = Table(data, colWidths=[35, 300, 50, 60])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return table

    story = [Paragraph("Open actions", STYLES["Heading2"]), Spacer(1, 6), grid(CLOSED_OPEN)]
    story += [Paragraph(FILLER, STYLES["BodyText"]) for _ in range(10)]
    story += [Paragraph("Closed actions", STYLES["Heading2"]), Spacer(1, 6), grid(CLOSED_DONE)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40).build(story)
    return buffer.getvalue()


# ---------------------------------------------------------------- not tables


def _canvas_pdf(draw) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica", 10)
    draw(page)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _signatures(page) -> None:
    y = 760
    for line in ["14. Date of next meeting", "The next meeting will be held on 10 December 2024 at 7.30pm.",
                 "The meeting closed at 9.12pm."]:  # fmt: skip
        page.drawString(50, y, line)
        y -= 16
    y -= 30
    for left, right in [("Signed ____________________", "Date ______________"),
                        ("Chairman", "Clerk / RFO"), ("Cllr P Dean", "Mrs K Lowe")]:  # fmt: skip
        page.drawString(50, y, left)
        page.drawString(330, y, right)
        y -= 20


def _addresses(page) -> None:
    y = 780
    for left, right in [("Clerk to the Council", "Chair of the Council"), ("Mrs K Lowe", "Cllr P Dean"),
                        ("Rose Cottage", "4 Mill Row"), ("Church Lane", "Hillside"),
                        ("Hillside HS4 7PQ", "Hillside HS4 7QA"), ("01632 960123", "01632 960456")]:  # fmt: skip
        page.drawString(50, y, left)
        page.drawString(330, y, right)
        y -= 14
    y -= 20
    page.drawString(50, y, "Dear Councillor, you are summoned to attend the meeting of the Parish Council.")


def _members(page) -> None:
    y = 780
    page.setFont("Helvetica-Bold", 10)
    page.drawString(50, y, "PRESENT:")
    page.setFont("Helvetica", 10)
    left = ["Councillor A Fennell (Chairman)", "Councillor C Baker", "Councillor C Farr", "Councillor C Hopley"]
    right = ["Councillor C Crossley", "Councillor A Gresty", "Councillor S Langton", "Councillor P Probin"]
    for offset, (a, b) in enumerate(zip(left, right, strict=True)):
        page.drawString(150, y - 14 * offset, a)
        page.drawString(350, y - 14 * offset, b)
    y -= 14 * len(left) + 10
    page.setFont("Helvetica-Bold", 10)
    page.drawString(50, y, "APOLOGIES:")
    page.setFont("Helvetica", 10)
    page.drawString(150, y, "Councillor R Keyes")
    y -= 30
    page.drawString(50, y, "72 DECLARATION OF INTERESTS")
    page.drawString(50, y - 16, "No declarations were made.")


def _form(page) -> None:
    y = 780
    page.setFont("Helvetica-Bold", 12)
    page.drawString(50, y, "Application for a community grant")
    page.setFont("Helvetica", 10)
    y -= 30
    for label in ["Name of organisation", "Contact name", "Address", "Telephone", "Amount requested",
                  "Purpose of grant", "Signed"]:  # fmt: skip
        page.drawString(50, y, label)
        page.line(200, y - 2, 540, y - 2)
        y -= 26


def _ayes(page) -> None:
    y = 780
    lines = [
        "7. CONSENT CALENDAR",
        "Councilmember Ruiz moved and Councilmember Holt seconded to approve the Consent Calendar.",
    ]
    for line in lines:
        page.drawString(50, y, line)
        y -= 16
    y -= 6
    for label, names in [("AYES:", "Councilmembers Holt, Lin, Ruiz, Vance and Mayor Okoro"),
                         ("NOES:", "None"), ("ABSENT:", "Councilmember Dwyer"), ("ABSTAIN:", "None")]:  # fmt: skip
        page.setFont("Helvetica-Bold", 10)
        page.drawString(70, y, label)
        page.setFont("Helvetica", 10)
        page.drawString(150, y, names)
        y -= 14
    y -= 10
    page.drawString(50, y, "Motion carried 5-0.")
    page.drawString(50, y - 16, "8. PUBLIC HEARINGS")


def _ruled_present() -> bytes:
    """'PRESENT:' and 'APOLOGIES:' beside names in a ruled layout grid (a word processor table used for
    layout), as some parish minutes print them."""
    style = STYLES["BodyText"]
    data = [
        [Paragraph("PRESENT:", style), Paragraph("Councillor A Fennell (Chairman)<br/>Councillor C Baker<br/>"
                                                  "Councillor C Farr", style),
         Paragraph("Councillor C Crossley<br/>Councillor A Gresty<br/>Councillor S Langton", style)],
        [Paragraph("APOLOGIES:", style), Paragraph("Councillor R Keyes", style), Paragraph("", style)],
    ]  # fmt: skip
    table = Table(data, colWidths=[90, 210, 210])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("MEETING OF HILLSIDE PARISH COUNCIL HELD ON 9 JUNE 2024", STYLES["Heading2"]), table,
             Paragraph("72 DECLARATION OF INTERESTS. No declarations were made.", style)]  # fmt: skip
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


NOT_TABLES = {
    "signature block under the minutes": lambda: _canvas_pdf(_signatures),
    "two address blocks side by side": lambda: _canvas_pdf(_addresses),
    "PRESENT: list of members in two columns": lambda: _canvas_pdf(_members),
    "form of labels and underlines": lambda: _canvas_pdf(_form),
    "US AYES / NOES / ABSENT block": lambda: _canvas_pdf(_ayes),
    "PRESENT: / APOLOGIES: in a ruled layout grid": _ruled_present,
}

CASES = [PAY_RULED, PAY_UNRULED, DATED_UNRULED, DATED_RULED, RECEIPTS, BUDGET, GRANTS, PLANNING_UNRULED,
         PLANNING_RULED, ATTEND_RULED, ATTEND_UNRULED, RECORD, VOTES, SPLIT, NO_REPEAT, BULLETS, BLANK]  # fmt: skip
PLAN_CASES = [case for case in CASES if case.plan]
WORD_GRID = pytest.mark.xfail(
    strict=True,
    reason="an unruled table of words whose amount column is set flush right under a header set flush right "
    "too: the word-grid reader (round 15) starts each column at its header's left edge, so the amounts start "
    "left of 'Amount' and read as crossing columns; columns from header spans are left for a later round",
)
UNFOUND: set[str] = set()  # RECEIPTS is read under its header since sweep 52 (tables/payments.py)


@pytest.mark.parametrize(
    "case",
    [pytest.param(case, marks=WORD_GRID) if case.name in UNFOUND else case for case in CASES],
    ids=[case.name for case in CASES],
)
def test_the_table_is_found_whole(case: Case, tmp_path) -> None:
    assert table_problems(case, found_tables(case.draw(), tmp_path)) == []


@pytest.mark.parametrize("case", PLAN_CASES, ids=[case.name for case in PLAN_CASES])
def test_the_log_rows_read_as_the_annotator_reads_them(case: Case, tmp_path) -> None:
    assert plan_problems(case, found_tables(case.draw(), tmp_path), MEETING) == []


def closed_problems(found: list) -> list[str]:
    if len(found) != 2:
        return [f"{len(found)} tables found: " + "; ".join(str(table.header) for table in found)]
    problems = []
    for table, rows, page in zip(found, (CLOSED_OPEN, CLOSED_DONE), (1, 2), strict=True):
        if [norm_text(cell) for cell in table.header] != ["no", "action", "lead", "status"]:
            problems.append(f"header {table.header}")
        if norm_rows(table.rows) != norm_rows(rows):
            problems.append(f"rows {table.rows}")
        if table.page_start != page:
            problems.append(f"page {table.page_start}")
    return problems


def test_closed_actions_on_a_later_page_are_a_second_table(tmp_path) -> None:
    assert closed_problems(found_tables(_open_and_closed(), tmp_path)) == []


@pytest.mark.parametrize("name", list(NOT_TABLES))
def test_layouts_of_minutes_are_no_tables(name: str, tmp_path) -> None:
    found = found_tables(NOT_TABLES[name](), tmp_path)
    assert [table.header for table in found] == []


if __name__ == "__main__":  # pragma: no cover - a report for people: python tests/test_tables_round13.py
    import pathlib
    import tempfile
    from collections import Counter

    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        where = pathlib.Path(folder)
        results = []
        for case in CASES:
            found = found_tables(case.draw(), where)
            results.append((f"table/{case.kind}", case.name, table_problems(case, found)))
            if case.plan:
                results.append((f"plan/{case.kind}", case.name, plan_problems(case, found, MEETING)))
        results.append(
            ("table/logs", "closed actions second table", closed_problems(found_tables(_open_and_closed(), where)))
        )
        for name, draw in NOT_TABLES.items():
            found = found_tables(draw(), where)
            results.append(("table/not", name, [str(table.header) for table in found]))
        for group, name, problems in results:
            total[group] += 1
            passed[group] += not problems
            print(("PASS" if not problems else "FAIL"), group, name)
            for problem in problems:
                print("     ", problem[:600])
    for group in sorted(total):
        print(f"{group}: {passed[group]}/{total[group]}")
    print(f"{sum(passed.values())}/{sum(total.values())} passed")
