# ruff: noqa: E501  (data rows are kept one row to a line)
"""Build the tables round 34 fixtures: seven action logs and plans written as Word and Excel files (python-docx,
openpyxl) and printed to PDF by LibreOffice into tests/fixtures/office/ (issue #5). Office draws tables unlike
reportlab: cell borders as many thin rectangles, header rows repeated by the table's own setting, rows that break
across a page, vertically merged cells, Excel's printed gridlines, fills, fit-to-width scaling and print titles.

The tests read the PDFs this writes (tests/test_tables_round34.py); they never run LibreOffice. Rerun with
``.venv/bin/python scripts/make_office_fixtures.py`` after changing a document (needs ``soffice`` on PATH).

Each document keeps the structure and phrasing pattern of a real published log or plan; names, places, numbers
changed. Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://kevstemplates.com/projects/action_tracker (an action log: Action ID, description, owner, due date,
  status, date raised) -> 'board-log'
- https://mytrendingstories.com/en/article/how-to-write-action-minutes/ (action minutes: the point, the action,
  person in charge, deadline) -> 'who-when'
- https://www.wildground.hants.sch.uk/accessibility.asp?item=page_194&level=off (a school excellence plan:
  priorities, actions, who is responsible, timescales, success criteria) -> 'improvement'
- https://thetransformationleadershub.com/topic/minutes/ (minutes: topics, decisions, action items, individual
  responsible, completion date) -> 'minutes'
- https://www.techno-pm.com/2017/06/action-item-tracker-excel-template.html (an Excel action item tracker: ID,
  date opened, action item, owner, priority, due date, status colours) -> 'tracker'
- https://hirett.co.uk/risk-mitigating-action-plan-template-referencing-other-policies-result-and-outcome-template-for-fca-applications-and-authorised-firms-2
  and https://ifs9demo.atifs.com/ifsdoc/documentation/en/RiskManagement/ActivityAssignMitigatingActions.htm
  (a risk register's mitigating actions: what, by whom, by when) -> 'risk'
- https://www.intrafocus.com/2013/07/red-amber-green/ (KPIs with targets, thresholds and RAG colours) -> 'kpi'
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "office"
GREY_HEAD = "D9D9D9"
RAG_FILLS = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}

# ---------------------------------------------------------------- data (the suite reads these for its gold)

BOARD_LOG_HEADER = ["Ref", "Date raised", "Action", "Owner", "Due date", "Status"]
BOARD_LOG_ROWS = [
    [f"BA/{n:02d}", raised, action, owner, due, status]
    for n, (raised, action, owner, due, status) in enumerate(
        [
            ("14/01/2025", "Circulate the revised scheme of delegation to all board members for comment before adoption", "Helen Marsh", "28/02/2025", "Complete"),
            ("14/01/2025", "Arrange a development session on the new financial reporting dashboard", "Owen Pritchard", "31/03/2025", "Complete"),
            ("14/01/2025", "Review the terms of reference of the audit and risk committee against the model code", "Priya Natarajan", "30/04/2025", "In progress"),
            ("14/01/2025", "Obtain three quotations for the replacement of the reception heating system", "Gareth Lowe", "31/03/2025", "Overdue"),
            ("11/03/2025", "Publish the register of interests on the website and update it quarterly", "Helen Marsh", "30/04/2025", "Complete"),
            ("11/03/2025", "Prepare an options appraisal for the shared service proposal with the neighbouring trust", "Owen Pritchard", "30/06/2025", "In progress"),
            ("11/03/2025", "Write to the funding body to request an extension of the capital grant deadline", "Fiona Caldwell", "15/04/2025", "Complete"),
            ("11/03/2025", "Bring a report on staff turnover in the customer contact team with exit interview themes", "Priya Natarajan", "31/05/2025", "Not started"),
            ("13/05/2025", "Commission an external review of board effectiveness and report the findings to the July meeting", "Fiona Caldwell", "31/07/2025", "In progress"),
            ("13/05/2025", "Agree the timetable for the annual report and accounts with the external auditor", "Gareth Lowe", "30/06/2025", "Complete"),
            ("13/05/2025", "Circulate the draft safeguarding policy to the quality committee for review", "Helen Marsh", "30/06/2025", "Not started"),
            ("13/05/2025", "Set up a task and finish group on the estates strategy with two non-executive members", "Owen Pritchard", "31/08/2025", "In progress"),
            ("08/07/2025", "Report the outcome of the tender for cleaning services, including social value scores", "Gareth Lowe", "30/09/2025", "Not started"),
            ("08/07/2025", "Update the risk appetite statement following the board workshop and bring it back for approval", "Priya Natarajan", "30/09/2025", "In progress"),
            ("08/07/2025", "Invite the chair of the patient forum to present its annual report to a future meeting", "Fiona Caldwell", "31/10/2025", "Not started"),
            ("09/09/2025", "Circulate the revised anti-fraud and bribery policy with a summary of the changes", "Gareth Lowe", "31/10/2025", "Not started"),
            ("09/09/2025", "Arrange visits by non-executive members to the two community sites before the winter", "Helen Marsh", "30/11/2025", "In progress"),
            ("09/09/2025", "Bring the draft medium term financial plan to the November meeting", "Owen Pritchard", "30/11/2025", "Not started"),
            ("09/09/2025", "Agree a protocol for responding to media enquiries about board decisions", "Fiona Caldwell", "31/12/2025", "Not started"),
            ("09/09/2025", "Report the results of the staff survey with the actions proposed by each directorate", "Priya Natarajan", "31/01/2026", "Not started"),
            ("11/11/2025", "Confirm the dates of board meetings for 2026 and publish them on the website", "Helen Marsh", "31/12/2025", "Complete"),
            ("11/11/2025", "Provide a breakdown of agency staff spend by directorate for the last two years", "Owen Pritchard", "31/01/2026", "Not started"),
            ("11/11/2025", "Seek legal advice on the lease renewal for the Harbour Street office", "Gareth Lowe", "28/02/2026", "Not started"),
            ("11/11/2025", "Review the board assurance framework and identify gaps in sources of assurance", "Priya Natarajan", "31/03/2026", "Not started"),
            ("11/11/2025", "Circulate the volunteer strategy consultation responses with a summary of themes", "Fiona Caldwell", "31/01/2026", "Not started"),
            ("11/11/2025", "Agree the arrangements for the recruitment of a new non-executive member with finance skills", "Helen Marsh", "31/03/2026", "In progress"),
            ("11/11/2025", "Report the annual health and safety performance, including reportable incidents", "Gareth Lowe", "31/03/2026", "Not started"),
            ("11/11/2025", "Bring an update on the digital inclusion project funded by the lottery grant", "Owen Pritchard", "30/04/2026", "Not started"),
        ],
        start=1,
    )
]
# the row that breaks across the first page end: a long update in the action cell
BOARD_LOG_LONG_ROW = 6
BOARD_FILL_PARAGRAPHS = 7
LONG_UPDATE = (
    " Update: the first draft of the appraisal was considered by the executive team, which asked for the costs of the"
    " transfer of staff, the pension liabilities and the information technology contracts to be set out separately."
    " The finance team has requested data from the neighbouring trust and a revised draft will follow."
)
BOARD_LOG_ROWS[BOARD_LOG_LONG_ROW - 1][2] += LONG_UPDATE

WHO_WHEN_HEADER = ["No.", "Item", "Who", "When"]
WHO_WHEN_ROWS = [
    ["1", "Confirm the booking of the community hall for the spring open day", "Sam Okafor", "ASAP"],
    ["2", "Draft a leaflet on the new recycling collection days for residents", "Lucy Brennan", "Next meeting"],
    ["3", "Contact the highways team about the damaged footway on Mill Lane", "Sam Okafor", "w/c 12 May"],
    ["4", "Prepare the budget monitoring statement for the first half of the year", "Tom Ashworth", "End of Q2"],
    ["5", "Circulate the survey results to all members of the group", "Lucy Brennan", "30 May 2025"],
    ["6", "Keep the volunteers' rota up to date on the shared drive", "Tom Ashworth", "Ongoing"],
]
WHO_WHEN_NEXT_MEETING = "Tuesday 10 June 2025"

IMPROVEMENT_HEADER = ["Priority", "Ref", "Action", "Who", "Timescale", "Success criteria"]
IMPROVEMENT_BLOCKS = {
    "Quality of education": [
        ("1.1", "Introduce a whole-school reading spine with books chosen for each year group", "Anna Whitfield", "Autumn term 2025", "Every class reads from the spine"),
        ("1.2", "Train teaching assistants to deliver daily phonics catch-up sessions", "Mark Delaney", "October 2025", "Pupils on catch-up make expected progress"),
        ("1.3", "Review the mathematics curriculum so that fluency is revisited each week", "Anna Whitfield", "December 2025", "Fluency checks show gains"),
    ],
    "Behaviour and attitudes": [
        ("2.1", "Launch the revised behaviour policy with pupils, staff and parents", "Carol Benson", "September 2025", "Fewer incidents logged each term"),
        ("2.2", "Track persistent absence weekly and meet families of pupils below 90%", "Carol Benson", "November 2025", "Persistent absence below 12%"),
    ],
    "Leadership and management": [
        ("3.1", "Set up a governors' monitoring visit rota linked to the plan's priorities", "Ian Forsyth", "October 2025", "Visit reports to each board meeting"),
        ("3.2", "Reduce teachers' marking load by adopting whole-class feedback", "Mark Delaney", "January 2026", "Staff survey shows reduced workload"),
        ("3.3", "Publish a three-year budget plan with the trust's finance team", "Ian Forsyth", "March 2026", "Budget approved by governors"),
    ],
}

MINUTES_ITEMS = [
    ("1", "Welcome and apologies", "The Chair welcomed members. Apologies were received from Rachel Moss."),
    ("2", "Minutes of the last meeting", "The minutes of the meeting held on 3 March 2025 were agreed as a true record."),
    ("3", "Car park resurfacing", "Members discussed the condition of the car park. It was agreed to seek quotations for resurfacing the lower section before the summer."),
    ("4", "Website accessibility", "The group noted that the website does not meet the accessibility regulations. Daniel Frost offered to audit the pages and report back."),
    ("5", "Grants to local groups", "Three applications were considered. The youth football club and the allotment society were awarded grants; the third was deferred for more information."),
    ("6", "Any other business", "The Chair reminded members that the annual meeting will be held in May."),
]
MINUTES_ACTION_HEADER = ["Issue", "Lead", "By"]
MINUTES_ACTION_ROWS = [
    ["Obtain three quotations for resurfacing the lower car park", "Nina Howarth", "30 April 2025"],
    ["Audit the website pages against the accessibility regulations", "Daniel Frost", "15 May 2025"],
    ["Write to the successful grant applicants with the conditions of award", "Nina Howarth", "11 April 2025"],
    ["Request the missing accounts from the third applicant", "Paul Greaves", "30 April 2025"],
]

TRACKER_TITLE = "Programme Action Tracker 2025/26"
TRACKER_HEADER = ["ID", "Date opened", "Action item", "Owner", "Priority", "Due date", "RAG", "Comments"]
TRACKER_ROWS = [
    [f"A{n:03d}", opened, action, owner, priority, due, rag, comment]
    for n, (opened, action, owner, priority, due, rag, comment) in enumerate(
        [
            ("02/04/2025", "Confirm the data migration approach with the system supplier and agree the test plan", "Joanne Fielding", "High", "30/05/2025", "Green", "Approach agreed at the April design authority"),
            ("02/04/2025", "Recruit two business analysts on fixed term contracts for the programme", "Martin Keogh", "High", "30/06/2025", "Amber", "One appointed; second post re-advertised"),
            ("02/04/2025", "Set up the programme risk register and share it with the board", "Sunita Rao", "Medium", "18/04/2025", "Green", "Register live on the programme site"),
            ("16/04/2025", "Produce a communications plan for staff affected by the new rota system", "Claire Dunmore", "Medium", "31/05/2025", "Red", "Delayed by the consultation period; new date to be agreed"),
            ("16/04/2025", "Agree the benefits realisation measures with the finance business partner", "Sunita Rao", "High", "30/06/2025", "Amber", "Draft measures circulated for comment"),
            ("30/04/2025", "Book training rooms for the super-user sessions in July", "Claire Dunmore", "Low", "13/06/2025", "Green", "Rooms booked at both sites"),
            ("30/04/2025", "Complete the data protection impact assessment for the new system", "Joanne Fielding", "High", "27/06/2025", "Red", "Awaiting advice from the information governance team"),
            ("14/05/2025", "Review the interfaces with the payroll system and document the changes needed", "Martin Keogh", "Medium", "25/07/2025", "Amber", "Two of five interfaces reviewed"),
            ("14/05/2025", "Draft the go-live checklist and circulate it to service leads", "Sunita Rao", "Medium", "29/08/2025", "Green", "First draft written"),
            ("28/05/2025", "Arrange the penetration test of the hosted environment", "Joanne Fielding", "High", "31/07/2025", "Amber", "Supplier shortlisted"),
            ("28/05/2025", "Agree the support model after go-live with the service desk", "Martin Keogh", "Medium", "30/09/2025", "Green", "Workshop held on 20 May"),
            ("11/06/2025", "Prepare the decommissioning plan for the legacy rota system", "Claire Dunmore", "Low", "31/10/2025", "Green", "Not yet due"),
            ("11/06/2025", "Report progress against the programme budget to the July board", "Sunita Rao", "High", "22/07/2025", "Amber", "Forecast overspend on contractors"),
            ("25/06/2025", "Update the training materials following the user acceptance test findings", "Claire Dunmore", "Medium", "29/08/2025", "Red", "Findings not yet received from the test team"),
            ("09/07/2025", "Confirm the cut-over weekend with the service leads and the supplier", "Martin Keogh", "High", "15/08/2025", "Green", "Provisional date agreed"),
            ("09/07/2025", "Write the business continuity plan for the go-live period", "Joanne Fielding", "High", "29/08/2025", "Amber", "Draft with the emergency planning officer"),
            ("23/07/2025", "Set up the floor-walker rota for the first two weeks after go-live", "Claire Dunmore", "Medium", "12/09/2025", "Green", "Volunteers identified at both sites"),
            ("23/07/2025", "Agree the reporting suite with the performance team", "Sunita Rao", "Medium", "26/09/2025", "Amber", "Three of eight reports specified"),
            ("06/08/2025", "Obtain sign-off of the data migration dress rehearsal", "Joanne Fielding", "High", "05/09/2025", "Red", "Rehearsal failed on the leave balances; rerun planned"),
            ("06/08/2025", "Close the legacy system's support contract with three months' notice", "Martin Keogh", "Low", "31/10/2025", "Green", "Notice period confirmed by procurement"),
            ("20/08/2025", "Hold a lessons learned session with the programme board", "Sunita Rao", "Low", "28/11/2025", "Green", "Not yet due"),
            ("20/08/2025", "Publish the post-implementation review to staff", "Claire Dunmore", "Low", "19/12/2025", "Green", "Not yet due"),
        ],
        start=1,
    )
]

RISK_HEADER = ["Ref", "Risk description", "Likelihood", "Impact", "Score", "Mitigating actions", "Owner", "Target date"]
RISK_ROWS = [
    ["R1", "Loss of key staff during the restructure leads to gaps in statutory services", "3", "4", "12", "Agree retention payments for critical posts and complete succession plans for each service", "Elaine Shaw", "30/09/2025"],
    ["R2", "Cyber attack disrupts access to case management systems", "3", "5", "15", "Run a phishing simulation for all staff and test the offline recovery plan", "Robert Quinn", "31/10/2025"],
    ["R3", "Income from car parking falls below the budget assumption", "4", "3", "12", "Review the tariff and report monthly income against profile to the finance panel", "Alison Dyer", "31/07/2025"],
    ["R4", "Contractor fails to complete the depot works on time", "2", "4", "8", "Hold fortnightly progress meetings and apply the contract's delay provisions", "Robert Quinn", "30/11/2025"],
    ["R5", "Data protection breach through misdirected email", "3", "3", "9", "Switch on the email delay rule and refresh the data protection training", "Elaine Shaw", "31/08/2025"],
    ["R6", "Rising demand for temporary accommodation exceeds the housing budget", "4", "4", "16", "Procure additional leased units and expand the prevention team's early help offer", "Alison Dyer", "31/12/2025"],
]

KPI_HEADER = ["KPI", "Measure", "Owner", "Target", "Q1", "Q2", "Q3", "Q4", "Status"]
KPI_ROWS = [
    ["KPI 01", "Percentage of council tax collected", "Revenues Manager", "97.5%", "29.1%", "56.8%", "84.2%", "97.1%", "Amber"],
    ["KPI 02", "Average days to process new housing benefit claims", "Benefits Manager", "20", "18", "19", "22", "21", "Amber"],
    ["KPI 03", "Percentage of household waste sent for reuse, recycling and composting", "Waste Services Manager", "52%", "54%", "55%", "49%", "51%", "Amber"],
    ["KPI 04", "Major planning applications decided within 13 weeks", "Planning Manager", "60%", "78%", "81%", "75%", "80%", "Green"],
    ["KPI 05", "Number of working days lost to sickness per employee", "HR Manager", "8.0", "2.1", "4.3", "6.9", "9.2", "Red"],
    ["KPI 06", "Percentage of calls answered within 60 seconds", "Customer Services Manager", "80%", "82%", "79%", "84%", "83%", "Green"],
    ["KPI 07", "Missed bin collections per 100,000 collections", "Waste Services Manager", "50", "41", "46", "58", "44", "Green"],
    ["KPI 08", "Percentage of invoices paid within 30 days", "Finance Manager", "95%", "96%", "97%", "94%", "96%", "Green"],
]  # fmt: skip

BOARD_FILL = (
    "This log records the actions agreed by the Board. Actions are reviewed at each meeting; completed actions are"
    " removed from the log once the Board has confirmed that they are closed."
)


# ---------------------------------------------------------------- Word helpers


def _repeat_header(row) -> None:  # noqa: ANN001  (python-docx's row type is not exported)
    """Word's 'Repeat as header row at the top of each page'."""
    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def _shade(cell, colour: str) -> None:  # noqa: ANN001
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _word_table(document, header: list[str], rows: list[list[str]], widths_cm: list[float], *, repeat: bool = True):  # noqa: ANN001, ANN202
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        _shade(cell, GREY_HEAD)
    if repeat:
        _repeat_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    return table


def _word_document(landscape: bool = False):  # noqa: ANN202
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_height, section.page_width = section.page_width, section.page_height
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    return document


def board_log(path: Path) -> None:
    document = _word_document()
    document.add_heading("Westmarsh Community Trust", level=1)
    document.add_heading("Board Action Log", level=2)
    for _ in range(BOARD_FILL_PARAGRAPHS):
        document.add_paragraph(BOARD_FILL * 2)
    rows = [list(row) for row in BOARD_LOG_ROWS]
    _word_table(document, BOARD_LOG_HEADER, rows, [1.6, 2.2, 4.6, 3.0, 2.4, 2.4])
    document.add_paragraph("")
    document.add_paragraph("Log maintained by the Board Secretary. " + BOARD_FILL)
    document.save(path)


def who_when(path: Path) -> None:
    document = _word_document()
    document.add_heading("Riverside Friends Group", level=1)
    document.add_paragraph("Action points from the steering group meeting held on Tuesday 22 April 2025")
    document.add_paragraph(
        "Present: Lucy Brennan (Chair), Sam Okafor, Tom Ashworth. The group reviewed the open day arrangements,"
        " the recycling changes and the budget for the year."
    )
    _word_table(document, WHO_WHEN_HEADER, WHO_WHEN_ROWS, [1.2, 9.5, 3.3, 3.0])
    document.add_paragraph("")
    document.add_paragraph(f"Date of next meeting: {WHO_WHEN_NEXT_MEETING} at 7pm in the community hall.")
    document.save(path)


def improvement(path: Path) -> None:
    document = _word_document(landscape=True)
    document.add_heading("Hollins Park Primary School", level=1)
    document.add_heading("School Improvement Plan 2025-26", level=2)
    document.add_paragraph(
        "The plan sets out the school's priorities for the year, the actions that will be taken, who leads each"
        " action, the timescale and how success will be judged. Governors monitor the plan each term."
    )
    rows = [
        ["" if index else theme, *action]
        for theme, actions in IMPROVEMENT_BLOCKS.items()
        for index, action in enumerate(actions)
    ]
    table = _word_table(document, IMPROVEMENT_HEADER, [list(r) for r in rows], [4.0, 1.3, 8.5, 3.2, 3.4, 5.2])
    first = 1
    for theme, actions in IMPROVEMENT_BLOCKS.items():
        top, bottom = table.cell(first, 0), table.cell(first + len(actions) - 1, 0)
        merged = top.merge(bottom)
        merged.text = theme
        for run in merged.paragraphs[0].runs:
            run.font.size = Pt(9)
            run.bold = True
        first += len(actions)
    document.save(path)


def minutes(path: Path) -> None:
    document = _word_document()
    document.add_heading("Ashcombe Village Hall Management Committee", level=1)
    document.add_paragraph("Minutes of the meeting held on Monday 7 April 2025 at 7.30pm in the Committee Room")
    document.add_paragraph("Present: Paul Greaves (Chair), Nina Howarth (Secretary), Daniel Frost, Joan Ellery")
    for number, title, text in MINUTES_ITEMS:
        heading = document.add_paragraph()
        heading.add_run(f"{number}. {title}").bold = True
        document.add_paragraph(text)
    document.add_paragraph("The meeting closed at 9.05pm.")
    document.add_heading("Action points", level=3)
    _word_table(document, MINUTES_ACTION_HEADER, MINUTES_ACTION_ROWS, [10.0, 3.5, 3.5])
    document.save(path)


# ---------------------------------------------------------------- Excel helpers

THIN = Side(style="thin", color="000000")


def _sheet_setup(sheet, *, landscape: bool, title_rows: str | None, gridlines: bool) -> None:  # noqa: ANN001
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.gridLines = gridlines
    if title_rows:
        sheet.print_title_rows = title_rows


def _write_rows(sheet, first_row: int, header: list[str], rows: list[list[str]], *, borders: bool) -> None:  # noqa: ANN001
    border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN) if borders else Border()
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(row=first_row, column=column, value=text)
        cell.font = Font(bold=True, name="Liberation Sans", size=10)
        cell.fill = PatternFill("solid", fgColor=GREY_HEAD)
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for offset, values in enumerate(rows, start=1):
        for column, text in enumerate(values, start=1):
            cell = sheet.cell(row=first_row + offset, column=column, value=text)
            cell.font = Font(name="Liberation Sans", size=10)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _widths(sheet, widths: list[float], first_row: int) -> None:  # noqa: ANN001
    """Column widths, and each row's height set for its wrapped lines: LibreOffice (like Excel) keeps a
    written file's row heights, so a row left at the default height would print its wrapped lines over the
    next row."""
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    for row in sheet.iter_rows(min_row=first_row):
        lines = max(
            (-(-len(str(cell.value)) // max(int(widths[cell.column - 1] * 1.05), 1)) for cell in row if cell.value),
            default=1,
        )
        sheet.row_dimensions[row[0].row].height = max(sheet.row_dimensions[row[0].row].height or 0, 13.5 * lines + 3)


def tracker(path: Path) -> None:
    """Landscape, gridlines printed (no cell borders), RAG cells filled with no text, title and header rows
    frozen and printed on every page; rows padded tall so the tracker runs over pages."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet["A1"] = TRACKER_TITLE
    sheet["A1"].font = Font(bold=True, size=14, name="Liberation Sans")
    printed = [[*row[:6], "", row[7]] for row in TRACKER_ROWS]
    _write_rows(sheet, 2, TRACKER_HEADER, printed, borders=False)
    for offset, row in enumerate(TRACKER_ROWS, start=3):
        sheet.cell(row=offset, column=7).fill = PatternFill("solid", fgColor=RAG_FILLS[row[6]])
    _widths(sheet, [7, 12, 34, 16, 9, 11, 6, 28], 2)
    sheet.freeze_panes = "A3"
    _sheet_setup(sheet, landscape=True, title_rows="1:2", gridlines=True)
    book.save(path)


def risk(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Risk register"
    sheet["A1"] = "Corporate Risk Register - quarter 1 2025/26"
    sheet["A1"].font = Font(bold=True, size=13, name="Liberation Sans")
    _write_rows(sheet, 3, RISK_HEADER, RISK_ROWS, borders=True)
    for offset, row in enumerate(RISK_ROWS, start=4):
        score = int(row[4])
        colour = RAG_FILLS["Red"] if score >= 15 else RAG_FILLS["Amber"] if score >= 8 else RAG_FILLS["Green"]
        sheet.cell(row=offset, column=5).fill = PatternFill("solid", fgColor=colour)
    _widths(sheet, [6, 36, 10, 8, 7, 44, 14, 12], 3)
    _sheet_setup(sheet, landscape=True, title_rows=None, gridlines=False)
    book.save(path)


def kpi(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "KPIs"
    sheet["A1"] = "Corporate Performance Indicators 2024/25"
    sheet["A1"].font = Font(bold=True, size=13, name="Liberation Sans")
    _write_rows(sheet, 3, KPI_HEADER, KPI_ROWS, borders=True)
    for offset, row in enumerate(KPI_ROWS, start=4):
        sheet.cell(row=offset, column=9).fill = PatternFill("solid", fgColor=RAG_FILLS[row[8]])
    _widths(sheet, [8, 44, 24, 8, 8, 8, 8, 8, 9], 3)
    _sheet_setup(sheet, landscape=False, title_rows="3:3", gridlines=False)
    book.save(path)


BUILDERS = {
    "board-log.docx": board_log,
    "who-when.docx": who_when,
    "improvement.docx": improvement,
    "minutes.docx": minutes,
    "tracker.xlsx": tracker,
    "risk.xlsx": risk,
    "kpi.xlsx": kpi,
}


def main() -> int:
    from office_pdf import office_to_pdf  # beside this script; imported here so tests can read its data

    with tempfile.TemporaryDirectory() as work:
        sources = []
        for name, build in BUILDERS.items():
            source = Path(work) / name
            build(source)
            sources.append(source)
        for pdf in office_to_pdf(sources, OUT):
            print(f"{pdf.name}: {pdf.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
