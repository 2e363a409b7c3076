"""Layout boxes beside real data tables on the same page (round 29, issue #5: layout boxes are not tables).

Each case prints one page as a council paper does: a layout box (ruled, or set in plain columns) and one or two
real data tables. Scored as ``agendaparse eval`` scores tables: every real table is found on its page with its
header and cells; every layout box yields no table (corpus/gold/README.md: "tables: real data tables only (not
layout boxes)"). Classes of case, by the box printed beside the data:
'details' (a meeting's particulars grid: Title / Date / Time / Venue / Attendees / Apologies), 'report' (a report's
From / To / Subject / Decision No / Classification block), 'contact' (a contact box: Report Author | Lead Director,
name, post, telephone, email on rows), 'vote' (a recorded vote: For / Against / Abstain beside lists of names and a
count), 'minutes' (minutes in a grid: item number | minute text | Action margin), 'agenda' (an agenda grid: number |
time | item | lead), 'form' (a label/value form of an equality impact assessment: questions answered in the next
cell, section headings alone on a row), 'letterhead' (an unruled 'Ask for / Telephone / Email / Date' block),
'textbox' (a box of labelled paragraphs: 'Purpose | long text', 'Recommendation | long text').
The data tables are action logs, payment schedules, KPI tables, budget monitoring and registers.

Each case keeps the structure and phrasing pattern of a real published page; names, places and numbers are changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://democracy.west-norfolk.gov.uk/mgDecisionDetails.aspx?IId=45602&Opt=1 (performance management report:
  actions and indicators reviewed by Cabinet)
- https://democracy.dacorum.gov.uk/ieIssueDetails.aspx?IId=26013&PlanId=0&Opt=3 (recorded votes: 'For',
  'Against', 'Abstain' totals, named votes by Member)
- https://www.peacehaventowncouncil.gov.uk/transparency/expenditure-exceeding-500/ (schedule of payments:
  date, beneficiary, purpose, amount, VAT)
- https://keighley.gov.uk/document-category/payments-over-500/ (payments over £500 reviewed by Finance & Audit)
- https://applebytown.org/council-finance/payment-schedules/ (payment schedules; income and expenditure by
  cost centre)
- https://www.thrapstontowncouncil.gov.uk/statements (monthly statements of payments and receipts)
- https://scribd.com/document/500512365/Committee-Servicing-Templates (Imperial College committee templates:
  agenda 'Item | Subject | Lead', minutes with a 'Present:' block and actions)
- https://documents.pub/download/andover-town-council-612017-6-media-plan-to-consider-and-approve-media-plan.html
  (Andover Town Council summons: members listed, clerk and date, numbered business)
- https://lists.cohousing.org/pipermail/cohousing-l/msg39402.html (Placitas minutes format: a header of
  attendees, then Topics | Discussion | Action items columns)
- https://www.premiers.qld.gov.au/publications/categories/policies-and-codes/handbooks/cabinet-handbook/procedures/lodgement-letter.aspx
  (Queensland lodgement letter: a letter block, then 'No. of Copies | Department/Branch | Officer Name')
- https://issuu.com./nhskirklees/docs/template_eia-1 (Kirklees EIA template: numbered questions answered in a
  box, an action table 'Action needed | Responsibility | Deadline')
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from agendaparse.evaluate import norm_text
from table_cases import STYLES, found_tables

CELL = STYLES["BodyText"].clone("r29cell", fontSize=8, leading=10)
BOLD = CELL.clone("r29bold", fontName="Helvetica-Bold")


@dataclass
class Block:
    """A grid printed on the page: ``rows`` of cells, ``ruled`` with a full grid (else plain columns),
    ``bold_row`` the first row in bold (a header), ``bold_column`` the first column in bold (labels)."""

    rows: list[list[str]]
    widths: list[float]
    ruled: bool = True
    bold_row: bool = False
    bold_column: bool = False


@dataclass
class PageCase:
    name: str
    kind: str
    blocks: list[Block | str]  # a str is a heading printed above the next block
    expected: list[list[list[str]]] = field(default_factory=list)  # header + rows of each real table


def data(header: list[str], rows: list[list[str]], widths: list[float]) -> Block:
    return Block([header, *rows], widths, bold_row=True)


def box(rows: list[list[str]], widths: list[float], *, ruled: bool = True, bold_row: bool = False) -> Block:
    return Block(rows, widths, ruled=ruled, bold_row=bold_row, bold_column=True)


def _flowable(block: Block) -> Table:
    cells = [
        [
            Paragraph(cell, BOLD if (block.bold_row and r == 0) or (block.bold_column and c == 0) else CELL)
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(block.rows)
    ]
    table = Table(cells, colWidths=block.widths)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if block.ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def page_pdf(case: PageCase) -> bytes:
    story = []
    for block in case.blocks:
        if isinstance(block, str):
            story += [Paragraph(block, STYLES["Heading3"]), Spacer(1, 4)]
        else:
            story += [_flowable(block), Spacer(1, 14)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=40).build(story)
    return buffer.getvalue()


def _normed(rows: list[list[str]]) -> list[list[str]]:
    return [[norm_text(cell) for cell in row] for row in rows]


def page_problems(case: PageCase, found: list) -> list[str]:
    """What differs between the tables found and the case's real tables (header, cells, page 1)."""
    got = [_normed([table.header, *table.rows]) for table in found]
    want = [_normed(table) for table in case.expected]
    problems = [f"extra table: {table[0]}" for table in got if table not in want]
    problems += [f"missing table: {table[0]}" for table in want if table not in got]
    problems += [f"page {t.page_start}-{t.page_end}" for t in found if (t.page_start, t.page_end) != (1, 1)]
    return problems


# ------------------------------------------------------------------ real data tables

LOG_HEAD = ["No", "Action", "Owner", "Due date", "Status"]
LOG_ROWS = [
    ["1", "Circulate the revised terms of reference to all partners", "Clerk", "14/03/2025", "Complete"],
    ["2", "Obtain three quotes for resurfacing the car park", "RFO", "30/04/2025", "In progress"],
    ["3", "Write to the highway authority about the damaged bollards", "Cllr Hale", "31/03/2025", "Open"],
    ["4", "Report back on the play area inspection findings", "Clerk", "11/04/2025", "Open"],
]
LOG_WIDTHS = [30, 260, 70, 70, 70]
PAY_HEAD = ["Date", "Payee", "Details", "Net £", "VAT £", "Total £"]
PAY_ROWS = [
    ["02/05/2025", "Greenway Grounds Ltd", "Grass cutting April", "420.00", "84.00", "504.00"],
    ["06/05/2025", "Northfield Water", "Allotment water supply", "61.20", "0.00", "61.20"],
    ["09/05/2025", "HMRC", "PAYE and NI month 1", "388.15", "0.00", "388.15"],
    ["14/05/2025", "Parish Lighting Co", "Street light repairs", "710.00", "142.00", "852.00"],
]
PAY_WIDTHS = [65, 130, 150, 55, 50, 55]
KPI_HEAD = ["Indicator", "Target", "Q1", "Q2", "RAG"]
KPI_ROWS = [
    ["Days to process new benefit claims", "20", "18.4", "21.2", "Amber"],
    ["Household waste recycled (%)", "45%", "47.1%", "46.3%", "Green"],
    ["Major planning applications in 13 weeks (%)", "60%", "52%", "49%", "Red"],
    ["Council tax collected (%)", "97.5%", "28.9%", "56.2%", "Green"],
]
KPI_WIDTHS = [230, 60, 60, 60, 60]
BUDGET_HEAD = ["Cost centre", "Budget £", "Actual £", "Variance £"]
BUDGET_ROWS = [
    ["Open spaces", "18,500", "12,240", "6,260"],
    ["Community centre", "9,200", "9,950", "-750"],
    ["Grants", "4,000", "2,500", "1,500"],
    ["Administration", "22,750", "15,310", "7,440"],
]
BUDGET_WIDTHS = [180, 90, 90, 90]
COPIES_HEAD = ["No. of copies", "Department/Branch", "Officer name"]
COPIES_ROWS = [
    ["2", "Strategic Policy", "Ms K Orton"],
    ["1", "Legal Services", "Mr D Pryce"],
    ["3", "Finance and Procurement", "Ms A Lyle"],
]
COPIES_WIDTHS = [90, 200, 160]
EIA_HEAD = ["Action needed", "Responsibility", "Deadline"]
EIA_ROWS = [
    ["Provide the consultation leaflet in large print and easy read", "Communications Officer", "June 2025"],
    ["Hold a drop-in session at an accessible venue", "Community Development Manager", "July 2025"],
    ["Monitor take-up of the service by age and disability", "Service Manager", "March 2026"],
]
EIA_WIDTHS = [260, 150, 90]

# ------------------------------------------------------------------ layout boxes

DETAILS = box(
    [
        ["Title of meeting", "Health and Wellbeing Partnership Board"],
        ["Date", "Thursday 6 March 2025"],
        ["Time", "2.00pm - 4.00pm"],
        ["Venue", "Committee Room 2, Town Hall"],
        ["Attendees", "Cllr P Hale (Chair), J Morton, A Singh, R Baxter, L Chu"],
        ["Apologies", "K Orton, D Pryce"],
    ],
    [120, 400],
)
REPORT_BLOCK = box(
    [
        ["From:", "Cllr Rosa Whitlow, Cabinet Member for Corporate Performance"],
        ["To:", "Cabinet - 12 November 2025"],
        ["Subject:", "Quarter 2 Performance Monitoring Report"],
        ["Decision No:", "25/00412"],
        ["Classification:", "Unrestricted"],
    ],
    [110, 410],
)
CONTACT = Block(
    [
        ["Report Author", "Relevant Director"],
        ["Martin Keel", "Helen Arden"],
        ["Finance Manager", "Director of Resources"],
        ["Telephone: 01632 960 114", "Telephone: 01632 960 201"],
        ["Email: martin.keel@example.gov.uk", "Email: helen.arden@example.gov.uk"],
    ],
    [260, 260],
    bold_row=True,
)
VOTE = box(
    [
        ["Vote", "Councillors", "Count"],
        ["For", "Adams, Bell, Carter, Dunn, Ellis, Foster, Grant, Hughes and Irwin", "9"],
        ["Against", "Jones, Knight and Lowe", "3"],
        ["Abstain", "Mason", "1"],
    ],
    [70, 380, 60],
    bold_row=True,
)
MINUTE_TEXT = (
    "Members considered the report of the Clerk on the condition of the village hall roof. The surveyor had found "
    "slipped tiles and a failed valley gutter above the main hall, and had advised that the repair be done before "
    "the winter. Members discussed whether to seek a grant towards the cost and agreed that the Clerk should "
    "approach the district council's community fund while quotes were obtained. It was resolved to obtain quotes."
)
MINUTES_GRID = box(
    [
        ["Item", "Minute", "Action"],
        ["5.", MINUTE_TEXT, "Clerk"],
        ["6.", MINUTE_TEXT.replace("village hall roof", "cemetery wall"), ""],
        ["7.", MINUTE_TEXT.replace("village hall roof", "bus shelter"), "RFO"],
    ],
    [40, 420, 60],
    bold_row=True,
)
AGENDA_GRID = box(
    [
        ["No", "Time", "Item", "Lead"],
        ["1", "14:00", "Welcome, introductions and apologies", "Chair"],
        ["2", "14:05", "Minutes of the last meeting and matters arising", "Chair"],
        ["3", "14:15", "Better Care Fund quarterly return", "Head of Commissioning"],
        ["4", "14:45", "Any other business", "All"],
    ],
    [30, 50, 300, 140],
    bold_row=True,
)
EIA_FORM = box(
    [
        ["Section A - About the proposal", ""],
        ["1. What is being assessed?", "Changes to the community transport scheme"],
        ["2. Lead officer", "Service Manager, Transport"],
        ["3. Who else is involved in this assessment?", ""],
        ["Section B - Evidence", ""],
        ["4. What evidence have you used?", "Passenger survey 2024; service usage data"],
        ["5. Is further evidence required?", ""],
        ["Section C - Impact", ""],
    ],
    [220, 300],
)
LETTERHEAD = box(
    [
        ["Ask for:", "Mrs J Pell"],
        ["Telephone:", "01632 960 330"],
        ["Email:", "clerk@example-tc.gov.uk"],
        ["Date:", "21 May 2025"],
    ],
    [80, 200],
    ruled=False,
)
TEXT_BOX = box(
    [
        ["Purpose of report", "To update the committee on spending against the approved budget for the first half of "
         "the year and to explain the main variances, in particular the overspend on the community centre."],
        ["Recommendation", "That the committee notes the position at the end of September and agrees to move "
         "£750 from the general reserve to cover the community centre overspend for the remainder of the year."],
        ["Reason", "To make sure that the council keeps within its overall budget and that spending on each cost "
         "centre is reported to members at least twice a year as financial regulations require."],
    ],
    [120, 400],
)  # fmt: skip

CASES = [
    PageCase("meeting particulars grid above an action log", "details",
             [DETAILS, "Action log", data(LOG_HEAD, LOG_ROWS, LOG_WIDTHS)], [[LOG_HEAD, *LOG_ROWS]]),
    PageCase("From/To/Subject block above a KPI table", "report",
             [REPORT_BLOCK, "Performance indicators", data(KPI_HEAD, KPI_ROWS, KPI_WIDTHS)], [[KPI_HEAD, *KPI_ROWS]]),
    PageCase("payments schedule above a contact box", "contact",
             ["Schedule of payments", data(PAY_HEAD, PAY_ROWS, PAY_WIDTHS), "Contact details", CONTACT],
             [[PAY_HEAD, *PAY_ROWS]]),
    PageCase("recorded vote beside a budget table", "vote",
             ["Budget monitoring", data(BUDGET_HEAD, BUDGET_ROWS, BUDGET_WIDTHS), "Recorded vote", VOTE],
             [[BUDGET_HEAD, *BUDGET_ROWS]]),
    PageCase("minutes in a grid with an action margin above an action log", "minutes",
             [MINUTES_GRID, "Actions arising", data(LOG_HEAD, LOG_ROWS, LOG_WIDTHS)], [[LOG_HEAD, *LOG_ROWS]]),
    PageCase("an agenda grid above the outstanding actions", "agenda",
             [AGENDA_GRID, "Outstanding actions", data(LOG_HEAD, LOG_ROWS, LOG_WIDTHS)], [[LOG_HEAD, *LOG_ROWS]]),
    PageCase("an equality impact form above its action table", "form",
             [EIA_FORM, "Section D - Action plan", data(EIA_HEAD, EIA_ROWS, EIA_WIDTHS)], [[EIA_HEAD, *EIA_ROWS]]),
    PageCase("a letterhead block above a distribution table", "letterhead",
             [LETTERHEAD, "Copies produced", data(COPIES_HEAD, COPIES_ROWS, COPIES_WIDTHS)],
             [[COPIES_HEAD, *COPIES_ROWS]]),
    PageCase("a letterhead block above a payments schedule", "letterhead",
             [LETTERHEAD, "Payments for approval", data(PAY_HEAD, PAY_ROWS, PAY_WIDTHS)], [[PAY_HEAD, *PAY_ROWS]]),
    PageCase("a box of labelled paragraphs above budget monitoring", "textbox",
             [TEXT_BOX, "Budget position", data(BUDGET_HEAD, BUDGET_ROWS, BUDGET_WIDTHS)],
             [[BUDGET_HEAD, *BUDGET_ROWS]]),
    PageCase("meeting particulars and a recorded vote with no data table", "details", [DETAILS, "Vote", VOTE], []),
    PageCase("a contact box and a report block with no data table", "contact",
             [REPORT_BLOCK, "Contact details", CONTACT], []),
    PageCase("an unruled payments list under a letterhead", "letterhead",
             [LETTERHEAD, "Payments for approval", Block([PAY_HEAD, *PAY_ROWS], PAY_WIDTHS, ruled=False,
                                                         bold_row=True)],
             [[PAY_HEAD, *PAY_ROWS]]),
    PageCase("unruled meeting particulars above an unruled payments list", "details",
             [Block(DETAILS.rows, DETAILS.widths, ruled=False, bold_column=True), "Payments for approval",
              Block([PAY_HEAD, *PAY_ROWS], PAY_WIDTHS, ruled=False, bold_row=True)], [[PAY_HEAD, *PAY_ROWS]]),
    PageCase("an unruled contact box below a ruled KPI table", "contact",
             ["Performance indicators", data(KPI_HEAD, KPI_ROWS, KPI_WIDTHS), "Contact details",
              Block(CONTACT.rows, CONTACT.widths, ruled=False, bold_row=True)], [[KPI_HEAD, *KPI_ROWS]]),
    PageCase("an unruled recorded vote below an unruled budget table", "vote",
             ["Budget monitoring", Block([BUDGET_HEAD, *BUDGET_ROWS], BUDGET_WIDTHS, ruled=False, bold_row=True),
              "Recorded vote", Block(VOTE.rows, VOTE.widths, ruled=False, bold_row=True, bold_column=True)],
             [[BUDGET_HEAD, *BUDGET_ROWS]]),
]  # fmt: skip

XFAIL: dict[str, str] = {}


def _params() -> list:
    return [
        pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=XFAIL[case.name]), id=case.name)
        if case.name in XFAIL
        else pytest.param(case, id=case.name)
        for case in CASES
    ]


@pytest.mark.parametrize("case", _params())
def test_layout_boxes_beside_data_tables(case: PageCase, tmp_path) -> None:
    assert page_problems(case, found_tables(page_pdf(case), tmp_path)) == []


if __name__ == "__main__":  # pragma: no cover - a report for people: python tests/test_tables_round29.py
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            problems = page_problems(case, found_tables(page_pdf(case), pathlib.Path(folder)))
            print(f"{case.kind:10} {'ok' if not problems else 'FAIL':4} {case.name}: {problems}")
