# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Tables round 59 (issue #5): plans printed without rules and plans running across pages.

Genres (none drawn in an earlier round in these layouts): an alcohol harm reduction plan printed without rules whose
priority cell is merged down over its actions (round 58 left the combating drugs plan so); a community safety plan
drawn the same way with six columns; an audit committee's internal audit recommendations tracker without rules over
two pages, its header printed once; a homelessness strategy plan without rules whose narrow lead column breaks
'Head of Co' / 'mmissioning' with no hyphen; a corporate plan's delivery table whose bare 'Target' column holds target
values ('95%', '1,200'), no deadline; a leisure strategy plan in a Word table with horizontal rules only (booktabs:
over and under the header and under the last row); a climate emergency action plan on zebra bands with no rules; an
economic growth plan without rules with a theme row set across the table's width between its blocks (a section row,
shaded, and again bold on white); a SEND improvement board's action log whose 'Update' cell runs longer than a page
(ruled, and again without rules); a violence against women and girls plan without rules whose header has two rows
('Lead' over 'Officer | Organisation', 'Timescale' over 'Start | End'); a local nature recovery plan laid out landscape
in a portrait pack (turned pages) and without rules.

Every whole document is drawn with reportlab (``whole_tables``), read through the real code path (``predicted_dict``,
fast) and scored with the evaluator's ``score_document``; a case passes when every figure of tables and
action_plan_rows is 1.0 and the themes match row by row. Booktabs rules are drawn by this module's ``booktabs`` option
(``_booktabs_flowable`` adds the three rules to the table ``whole_tables`` draws with no rules).

Conventions (corpus/gold/README.md and the earlier rounds): a month-only date is the month's last day, a start month
its first day; 'Ongoing' no date; '2026/27' the UK financial year's end; a theme merged down over rows is every row's
theme (the gold table keeps it in the first row of its block only, as printed); a theme row across the table is a
table row as printed (round 58's banded plans), no plan row, and the theme of the rows under it; the two header rows are joined with a space column by
column; a 'Target' column of values is no deadline.

Harder layouts, drawn after the first changes: a food poverty plan without rules whose long aim, merged down, wraps
beside one-line rows with no reference column (its lines fall between theirs, one beside the next row's first line);
round 58's combating drugs plan, ten-column CSP plan over two landscape pages and housing scrutiny tracker over two
pages printed without rules (the 'No.' column widened so that 'R10' fits: its break was an artefact of the drawing);
the audit tracker in booktabs style over two pages; the VAWG plan on zebra bands with its two header rows.

Pass before (HEAD 50ac5b9, the first 31 cases written before any change): 24 of 31 (the booktabs, zebra, landscape,
turned, two-header-row and section-row plans and the unruled audit tracker over two pages all read already). The
misses: the CSP plan's long priority merged down wrapped onto lines between its rows ('safe from exploitation' 6 pt
above row 1b's first line), so the least pitch read as the leading was 6 pt and rows 1a and 1b were one; 'Head of
Co' / 'mmissio' / 'ning' kept its spaces ('Head of C ommissio ning'); the SEND board's update longer than a page
made reportlab print the header again over the row's rest on page 1, read as a row (a plan row 'Ref | Action |
Lead'); a bare 'Target' of '95%', '1,200' was the deadline (three header cases; the corporate plan's document
passed, as no value reads as a date). The growth plan's gold first left its theme rows out of the table, where round
58's banded plans keep them as printed: corrected. The CSP plan's gold first gave 'Kelbourne Police' as named_lead,
where a body in a lead column is lead_org (earlier rounds): corrected. The six later cases against HEAD: 3 of 6 (the
food, drugs and ten-column CSP plans' merged themes misread), so the whole suite 27 of 37 against HEAD.
The changes: tables/continuation drops a body row that prints the table's header again cell for cell
(``_drop_header_repeats``); tables/headers drops a bare 'Target' column read as the deadline whose every cell is a
value and none a date ('95%', '1,200', '20 days'; ``_target_values_not_deadline``; 'Target date', or 'Target' over
'March 2026', stays the deadline); tables/word_tables joins a word broken with no hyphen in a cell of a table without
rules where the line reaches the column's right (the next column's left less the least gutter any line leaves, at
most 1.5 type sizes) to within the next line's first letter, the next line opens in lower case and the pieces
together are wider than the column (so the word could not have wrapped whole; ``_cell_lines``); opens a row at a
reference in a named reference column right of the first where every row so far opened with one
(``_keyed_in_column_like_every_row``); and reads a theme column merged down over its rows as one cell: the theme's
words on a line a type size and a half or less under its line above, alone or, in lower case, beside the next row's
first line, go back to the theme's row and neither part rows nor set the leading (``_merged_theme_lines``).
After: 37 of 37, no xfail.

Seen and left: a landscape page inside a portrait pack of mixed orientation (one landscape page among portrait ones) is
not drawn here (``WholeTables`` sets one page size; the turned pages of round 48 are drawn); a theme merged down that
opens a wrapped line with a capital beside the next row's first line ('Kelbourne' / ...) stays that row's theme.

Layouts: modelled on the kinds of document named above as councils, NHS bodies and partnerships print them; no page was
fetched for this round and nothing was copied; every name, place and number is invented.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import TableStyle

import test_tables_round58 as R58
import whole_tables
from agendaparse.tables.cells import clean_cell
from agendaparse.tables.headers import header_fields, table_fields
from whole_tables import Grid, WholeTables, assert_read_whole, banded, bare, document_params, plan_row

END = {"March 2026": "2026-03-31", "April 2026": "2026-04-30", "May 2026": "2026-05-31", "June 2026": "2026-06-30",
       "July 2026": "2026-07-31", "August 2026": "2026-08-31", "September 2026": "2026-09-30", "October 2026": "2026-10-31",
       "November 2026": "2026-11-30", "December 2026": "2026-12-31", "January 2027": "2027-01-31", "February 2027": "2027-02-28",
       "March 2027": "2027-03-31", "June 2027": "2027-06-30", "Ongoing": None, "2026/27": "2027-03-31", "2027/28": "2028-03-31",
       "31/05/2026": "2026-05-31", "30/06/2026": "2026-06-30", "31/07/2026": "2026-07-31", "30/09/2026": "2026-09-30",
       "31/10/2026": "2026-10-31", "31/12/2026": "2026-12-31", "31/03/2027": "2027-03-31", "": None}  # fmt: skip
START = {"April 2026": "2026-04-01", "May 2026": "2026-05-01", "June 2026": "2026-06-01", "September 2026": "2026-09-01",
         "January 2027": "2027-01-01"}  # fmt: skip
STATUS = {"Complete": "complete", "Completed": "complete", "In progress": "ongoing", "On track": "ongoing", "Ongoing": "ongoing",
          "Open": "ongoing", "Not started": "not started", "Delayed": "overdue", "Overdue": "overdue", "On hold": "paused", "": None}  # fmt: skip
BAND = colors.HexColor("#E2EFDA")


@dataclass
class Booktabs(Grid):
    """A Word table with horizontal rules only: over and under the header, under the last row (no column rules)."""

    def __post_init__(self) -> None:
        self.rules = "none"
        self.header_fill = False


def _booktabs_flowable(drawn, grid: Grid):
    heads = 1 + (1 if grid.top_header else 0)
    drawn.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                               ("LINEBELOW", (0, heads - 1), (-1, heads - 1), 0.5, colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]))  # fmt: skip
    return drawn


@pytest.fixture(autouse=True)
def _booktabs_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """``whole_tables`` draws a Booktabs grid with no rules; the three rules are added here."""
    drawn_grid = whole_tables.grid_flowable

    def flowable(grid: Grid):
        drawn = drawn_grid(grid)
        return _booktabs_flowable(drawn, grid) if isinstance(grid, Booktabs) else drawn

    monkeypatch.setattr(whole_tables, "grid_flowable", flowable)


def merged_down(rows: list[tuple], block: int | None = None) -> list[list[str]]:
    """The rows as printed: a theme (the first cell) only in the first row of its run (a cell merged down)."""
    printed = []
    for index, (theme, *rest) in enumerate(rows):
        first = index == 0 or rows[index - 1][0] != theme
        printed.append([theme if first else "", *rest])
    return printed


def spans_of(rows: list[tuple]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merges of the theme column: one per run of rows with the same theme."""
    spans, start = [], 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index][0] != rows[start][0]:
            if index - start > 1:
                spans.append(((0, start), (0, index - 1)))
            start = index
    return spans


def themed_rows(header: list[str], blocks: list[tuple[str, list[list[str]]]]) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    bands: list[int] = []
    for theme, block in blocks:
        bands.append(len(rows))
        rows.append([theme] + [""] * (len(header) - 1))
        rows.extend(block)
    return rows, bands


# ---------------------------------------------------------------- an alcohol harm reduction plan: no rules, priority merged down

ALCOHOL = [
    ("Prevention and early help", "Offer identification and brief advice on alcohol in every GP practice", "Public Health Consultant", "September 2026", "Green"),
    ("Prevention and early help", "Run a campaign on drinking in pregnancy with the maternity services", "Health Improvement Manager", "June 2026", "Amber"),
    ("Treatment and recovery", "Open an alcohol care team at the general hospital seven days a week", "Hospital Alcohol Lead", "March 2027", "Amber"),
    ("Treatment and recovery", "Raise the number of adults in alcohol treatment to 900", "Substance Misuse Commissioner", "March 2027", "Green"),
    ("Treatment and recovery", "Offer a peer mentor to everyone leaving residential rehabilitation", "Recovery Service Manager", "December 2026", "Red"),
    ("Safer places", "Review the cumulative impact policy for the town centre", "Licensing Manager", "October 2026", "Green"),
]  # fmt: skip
ALCOHOL_HEADER = ["Priority", "Action", "Lead", "Due date", "RAG"]
ALCOHOL_DOC = WholeTables(
    "alcohol_harm_plan_unruled_merged_priority", "health",
    ["# Kelbourne Health and Wellbeing Board – 21 May 2026", "Alcohol harm reduction plan: delivery update.",
     bare(ALCOHOL_HEADER, merged_down(ALCOHOL), [100, 220, 120, 60, 35], spans=spans_of(ALCOHOL), gold_rows=merged_down(ALCOHOL))],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], rag=rag) for theme, action, who, when, rag in ALCOHOL],
)  # fmt: skip

# ---------------------------------------------------------------- a community safety plan without rules: a long theme merged down over short rows

CSP = [
    ("Keeping young people safe from exploitation", "1a", "Map the county lines running into the district", "Kelbourne Police", "June 2026", "On track"),
    ("Keeping young people safe from exploitation", "1b", "Train taxi drivers to spot exploitation", "Licensing Manager", "September 2026", "Not started"),
    ("Keeping young people safe from exploitation", "1c", "Fund detached youth work at weekends", "Youth Services Manager", "March 2027", "In progress"),
    ("Reducing neighbourhood crime", "2a", "Offer target hardening to repeat burglary victims", "Crime Reduction Officer", "December 2026", "On track"),
    ("Reducing neighbourhood crime", "2b", "Extend the shop watch radio scheme", "Town Centre Manager", "July 2026", "Complete"),
]  # fmt: skip
CSP_HEADER = ["Priority", "Ref", "Action", "Lead", "Deadline", "Status"]
CSP_DOC = WholeTables(
    "csp_plan_unruled_long_theme_merged", "community_safety",
    ["# Wyre District Community Safety Partnership – 9 June 2026", "Partnership plan 2026/27: action plan.",
     bare(CSP_HEADER, merged_down(CSP), [95, 30, 180, 105, 60, 55], spans=spans_of(CSP), gold_rows=merged_down(CSP))],
    # a body in the lead column is the lead organisation ('Kelbourne Police'), a post the named lead
    [plan_row(action, theme=theme, action_no=ref, **({"lead_org": who} if who == "Kelbourne Police" else {"named_lead": who}), end_date=END[when],
              status=STATUS[word]) for theme, ref, action, who, when, word in CSP],
)  # fmt: skip

# ---------------------------------------------------------------- an internal audit recommendations tracker without rules over two pages, header once

AUDIT_ITEMS = [
    ("Payroll", "Reconcile the payroll to the general ledger each month", "Payroll Manager", "31/05/2026", "Complete"),
    ("Payroll", "Remove leavers from the payroll system within five days", "HR Systems Manager", "30/06/2026", "In progress"),
    ("Procurement", "Publish the contracts register each quarter", "Procurement Manager", "31/07/2026", "Overdue"),
    ("Procurement", "Record a waiver for every contract awarded without quotes", "Procurement Manager", "30/06/2026", "Complete"),
    ("Creditors", "Check supplier bank detail changes by telephone", "Finance Manager", "31/05/2026", "Complete"),
    ("Creditors", "Review duplicate payment reports weekly", "Finance Manager", "30/09/2026", "Not started"),
    ("Housing rents", "Reconcile rent debits to the housing system monthly", "Income Manager", "31/07/2026", "In progress"),
    ("Housing rents", "Write off former tenant arrears under the approved limits only", "Income Manager", "30/09/2026", "Not started"),
    ("IT security", "Enforce multi-factor authentication for remote access", "ICT Manager", "31/05/2026", "Complete"),
    ("IT security", "Test the disaster recovery plan for the finance system", "ICT Manager", "31/12/2026", "Not started"),
    ("Grants", "Keep evidence of eligibility checks for every business grant", "Economic Development Manager", "30/06/2026", "Complete"),
    ("Grants", "Report grant clawback cases to the audit committee", "Economic Development Manager", "31/10/2026", "Not started"),
    ("Fleet", "Keep a vehicle defect log for every council vehicle", "Fleet Manager", "31/07/2026", "In progress"),
    ("Fleet", "Check drivers' licences every six months", "Fleet Manager", "30/09/2026", "On hold"),
    ("Council tax", "Review single person discounts against the electoral register", "Revenues Manager", "31/12/2026", "In progress"),
    ("Council tax", "Reconcile the valuation list to the council tax system", "Revenues Manager", "31/07/2026", "Complete"),
    ("Waste", "Agree the trade waste charges before the new year", "Waste Services Manager", "31/03/2027", "Not started"),
    ("Waste", "Invoice trade waste customers within a month of collection", "Waste Services Manager", "30/06/2026", "Delayed"),
    ("Planning fees", "Reconcile planning fees received to applications validated", "Planning Support Manager", "31/07/2026", "In progress"),
    ("Planning fees", "Refund fees for invalid applications within 28 days", "Planning Support Manager", "30/09/2026", "Not started"),
    ("Car parks", "Bank car park cash within two working days", "Parking Manager", "31/05/2026", "Complete"),
    ("Car parks", "Reconcile permits issued to income received", "Parking Manager", "30/06/2026", "In progress"),
    ("Members' allowances", "Publish allowances paid within the year's deadline", "Democratic Services Manager", "30/06/2026", "Complete"),
    ("Members' allowances", "Check mileage claims against journey evidence", "Democratic Services Manager", "30/09/2026", "Not started"),
    ("Insurance", "Review the insured values of council buildings", "Insurance Officer", "31/12/2026", "Not started"),
    ("Insurance", "Report claims trends to the corporate risk group", "Insurance Officer", "31/10/2026", "On track"),
    ("Leisure contract", "Check the contractor's monthly usage returns", "Leisure Contracts Manager", "31/07/2026", "In progress"),
    ("Leisure contract", "Agree the utility cost sharing mechanism", "Leisure Contracts Manager", "31/03/2027", "Not started"),
    ("Bereavement services", "Reconcile burial fees to the burial register", "Bereavement Services Manager", "30/06/2026", "Complete"),
    ("Bereavement services", "Review the fees for non-residents", "Bereavement Services Manager", "31/03/2027", "Not started"),
    ("Business continuity", "Update the plan for each critical service", "Emergency Planning Officer", "30/09/2026", "Delayed"),
    ("Business continuity", "Run a test of the plan with the corporate management team", "Emergency Planning Officer", "31/12/2026", "Not started"),
]  # fmt: skip
AUDIT_ROWS = [
    [f"IA{n}", area, rec, who, when, word] for n, (area, rec, who, when, word) in enumerate(AUDIT_ITEMS, start=1)
]
AUDIT_DOC = WholeTables(
    "internal_audit_tracker_unruled_two_pages", "audit",
    ["# Kelbourne District Council – Audit and Governance Committee, 23 June 2026", "Internal audit: follow-up of agreed recommendations.",
     "The tracker below lists every recommendation agreed by management in 2025/26 and its position at the end of May.",
     bare(["Ref", "Audit", "Recommendation", "Responsible officer", "Target date", "Status"], AUDIT_ROWS, [32, 80, 200, 110, 55, 55], repeat=False)],
    [plan_row(rec, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word]) for ref, _, rec, who, when, word in AUDIT_ROWS],
)  # fmt: skip

# ---------------------------------------------------------------- a homelessness plan without rules: 'Head of Co' / 'mmissioning' in a narrow lead column

HOMELESS = [
    ("Prevent", "Offer a prevention assessment within five days of a landlord's notice", "Housing Options Manager", "June 2026"),
    ("Prevent", "Commission a tenancy sustainment service for people leaving hospital", "Head of Commissioning", "September 2026"),
    ("Accommodate", "Open a second supported lodgings scheme for young people", "Head of Commissioning", "March 2027"),
    ("Accommodate", "End the use of bed and breakfast for families beyond six weeks", "Housing Options Manager", "December 2026"),
]  # fmt: skip
HOMELESS_DOC = WholeTables(
    "homelessness_plan_unruled_word_broken_in_cell", "housing",
    ["# Wyre District Council – Housing Scrutiny Panel, 18 June 2026", "Homelessness and rough sleeping strategy: action plan.",
     bare(["Aim", "Action", "Lead", "Target date"], [list(row) for row in HOMELESS], [80, 290, 50, 70])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when]) for theme, action, who, when in HOMELESS],
)  # fmt: skip

# ---------------------------------------------------------------- a corporate plan's delivery table: a bare 'Target' column of values

CORPORATE = [
    ("Answer calls to the contact centre within two minutes", "Customer Services Manager", "95%", "On track"),
    ("Bring empty homes back into use", "Empty Homes Officer", "120", "Delayed"),
    ("Plant trees on council land", "Parks Manager", "1,200", "In progress"),
    ("Process new housing benefit claims within 20 days", "Benefits Manager", "20 days", "On track"),
]  # fmt: skip
CORPORATE_DOC = WholeTables(
    "corporate_plan_target_values", "performance",
    ["# Wyre District Council – Cabinet, 2 July 2026", "Corporate plan 2026/27: delivery at quarter 1.",
     Grid(["Action", "Lead officer", "Target", "Status"], [list(row) for row in CORPORATE], [260, 130, 55, 70])],
    [plan_row(action, named_lead=who, status=STATUS[word]) for action, who, _, word in CORPORATE],
)  # fmt: skip

# ---------------------------------------------------------------- a leisure strategy plan in booktabs style (horizontal rules only)

LEISURE = [
    ("L1", "Replace the learner pool at Kelbourne leisure centre", "Leisure Contracts Manager", "Kelbourne District Council", "March 2027", "In progress"),
    ("L2", "Offer free swimming to children on free school meals in the summer holidays", "Active Communities Officer", "Wyre Leisure Trust", "August 2026", "Not started"),
    ("L3", "Resurface the tennis courts in Victoria Park", "Parks Manager", "Kelbourne District Council", "June 2026", "Complete"),
    ("L4", "Run walking football sessions for people over 50 at three sites", "Active Communities Officer", "Wyre Leisure Trust", "Ongoing", "On track"),
]  # fmt: skip
LEISURE_DOC = WholeTables(
    "leisure_strategy_plan_booktabs", "leisure",
    ["# Kelbourne District Council – Communities Overview and Scrutiny Committee, 11 June 2026", "Leisure and physical activity strategy: action plan.",
     Booktabs(["Ref", "Action", "Lead officer", "Lead organisation", "Timescale", "Status"], [list(row) for row in LEISURE], [30, 190, 100, 100, 55, 55])],
    [plan_row(action, action_no=ref, named_lead=who, lead_org=org, end_date=END[when], status=STATUS[word]) for ref, action, who, org, when, word in LEISURE],
)  # fmt: skip

# ---------------------------------------------------------------- a climate emergency action plan on zebra bands, no rules

CLIMATE = [
    ("Buildings", "Fit solar panels on the roofs of the civic centre and the two depots", "Energy Manager", "March 2027", "In progress"),
    ("Buildings", "Replace the gas boilers at three leisure centres with heat pumps", "Facilities Manager", "2027/28", "Not started"),
    ("Transport", "Replace the pool car fleet with electric vehicles", "Fleet Manager", "December 2026", "On track"),
    ("Transport", "Publish a local cycling and walking infrastructure plan", "Transport Planning Manager", "September 2026", "Delayed"),
    ("Nature", "Plant 5,000 trees on council land with community groups", "Parks Manager", "2026/27", "In progress"),
    ("Engagement", "Hold a citizens' panel on the district's route to net zero", "Climate Change Officer", "July 2026", "Complete"),
]  # fmt: skip
CLIMATE_DOC = WholeTables(
    "climate_emergency_plan_zebra", "environment",
    ["# Wyre District Council – Climate Emergency Working Group, 30 June 2026", "Climate emergency action plan: progress.",
     Grid(["Theme", "Action", "Lead", "Target date", "Status"], [list(row) for row in CLIMATE], [70, 240, 110, 60, 55], rules="none", header_fill=False, zebra=True)],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], status=STATUS[word]) for theme, action, who, when, word in CLIMATE],
)  # fmt: skip

# ---------------------------------------------------------------- an economic growth plan without rules: theme rows across the table

GROWTH_BLOCKS = [
    ("Theme 1: Skills and employment", [
        ["1.1", "Open a construction skills hub with the further education college", "Economic Development Manager", "September 2026"],
        ["1.2", "Offer 40 supported apprenticeships in small firms each year", "Skills Officer", "March 2027"],
    ]),
    ("Theme 2: Town centres", [
        ["2.1", "Bring the three largest empty shop units back into use", "Town Centre Manager", "December 2026"],
        ["2.2", "Run a market on the first Saturday of every month", "Markets Officer", "Ongoing"],
    ]),
    ("Theme 3: Business growth", [
        ["3.1", "Launch a grant scheme for businesses that adopt energy saving measures", "Business Support Manager", "July 2026"],
    ]),
]  # fmt: skip
GROWTH_HEADER = ["Ref", "Action", "Lead", "Timescale"]
GROWTH_ROWS, GROWTH_BANDS = themed_rows(GROWTH_HEADER, GROWTH_BLOCKS)
GROWTH_PLAN = [
    plan_row(action, theme=theme, action_no=ref, named_lead=who, end_date=END[when])
    for theme, block in GROWTH_BLOCKS
    for ref, action, who, when in block
]
GROWTH_DOC = WholeTables(
    "economic_growth_plan_unruled_theme_rows", "economy",
    ["# Wyre District Council – Economy and Regeneration Committee, 7 July 2026", "Economic growth strategy: delivery plan 2026/27.",
     banded(bare(GROWTH_HEADER, GROWTH_ROWS, [35, 280, 130, 70]), GROWTH_BANDS, BAND)],
    GROWTH_PLAN,
)  # fmt: skip
# the same plan with its theme rows bold on white: no shade, no rule, the theme row set across the table
GROWTH_BOLD_ROWS = [
    [f"<b>{row[0]}</b>", *row[1:]] if index in GROWTH_BANDS else row for index, row in enumerate(GROWTH_ROWS)
]
GROWTH_BOLD_DOC = WholeTables(
    "economic_growth_plan_unruled_bold_theme_rows", "economy",
    GROWTH_DOC.parts[:2]
    + [replace(bare(GROWTH_HEADER, GROWTH_BOLD_ROWS, [35, 280, 130, 70]), spans=[((0, band), (3, band)) for band in GROWTH_BANDS])],
    GROWTH_PLAN,
)  # fmt: skip

# ---------------------------------------------------------------- a SEND improvement board's log whose update runs longer than a page

SEND_UPDATE = ("The local area partnership has met every fortnight since the inspection; the written statement of action was "
               "revised after the monitoring visit and the new EHC plan timeliness dashboard is reported to every board. ") * 14  # fmt: skip
SEND = [
    ("S1", "Issue 60% of new EHC plans within 20 weeks", "Head of SEND", "March 2027", "In progress"),
    ("S2", "Publish a refreshed local offer website with families", "SEND Participation Officer", "September 2026", "On track"),
    ("S3", "Agree a joint commissioning plan for speech and language therapy", "Designated Clinical Officer", "December 2026", "Delayed"),
    ("S4", "Open 40 more specialist resource base places in mainstream schools", "Head of School Place Planning", "September 2026", "In progress"),
    ("S5", "Train every SENCo in writing outcomes for EHC plans", "SEND Training Lead", "July 2026", "Complete"),
]  # fmt: skip
SEND_ROWS = [
    [ref, action, who, when, word, SEND_UPDATE if ref == "S2" else "Reported to the board."]
    for ref, action, who, when, word in SEND
]
SEND_PLAN = [
    plan_row(action, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word])
    for ref, action, who, when, word in SEND
]
SEND_DOC = WholeTables(
    "send_board_log_update_longer_than_a_page", "children",
    ["# Kelbourne SEND Improvement Board – 15 July 2026", "Action log.",
     Grid(["Ref", "Action", "Lead", "Due", "Status", "Update"], SEND_ROWS, [28, 140, 90, 55, 55, 147], split_in_row=True)],
    SEND_PLAN,
)  # fmt: skip
SEND_BARE_DOC = WholeTables(
    "send_board_log_unruled_update_longer_than_a_page", "children",
    SEND_DOC.parts[:2] + [bare(["Ref", "Action", "Lead", "Due", "Status", "Update"], SEND_ROWS, [28, 140, 90, 55, 55, 147], split_in_row=True)],
    SEND_PLAN,
)  # fmt: skip

# ---------------------------------------------------------------- a VAWG plan without rules, two header rows

VAWG = [
    ("Train licensed venue staff to respond to spiking", "Licensing Officer", "Kelbourne District Council", "May 2026", "September 2026", "In progress"),
    ("Add women's safety to the town centre safety audit", "Community Safety Officer", "Kelbourne Police", "June 2026", "December 2026", "Not started"),
    ("Fund a specialist advocate for older victims", "Domestic Abuse Coordinator", "Wyre Women's Aid", "April 2026", "March 2027", "On track"),
]  # fmt: skip
VAWG_DOC = WholeTables(
    "vawg_plan_unruled_two_header_rows", "community_safety",
    ["# Kelbourne Community Safety Partnership – 14 July 2026", "Violence against women and girls strategy: delivery plan.",
     bare(["Action", "Officer", "Organisation", "Start", "End", "Status"], [list(row) for row in VAWG], [190, 100, 105, 50, 50, 55],
          top_header=[("Lead", 1, 2), ("Timescale", 3, 4)])],
    [plan_row(action, named_lead=who, lead_org=org, start_date=START[start], end_date=END[end], status=STATUS[word]) for action, who, org, start, end, word in VAWG],
)  # fmt: skip
# ruled, 'Timescale' over 'Start | End' only (a Word table with every rule): checks the two rows join the same way
VAWG_RULED_DOC = WholeTables(
    "vawg_plan_ruled_two_header_rows", "community_safety",
    VAWG_DOC.parts[:2]
    + [Grid(["Action", "Officer", "Organisation", "Start", "End", "Status"], [list(row) for row in VAWG], [190, 100, 105, 50, 50, 55],
            top_header=[("Lead", 1, 2), ("Timescale", 3, 4)])],
    VAWG_DOC.plan,
)  # fmt: skip

# ---------------------------------------------------------------- a local nature recovery plan, landscape on turned portrait pages, no rules

NATURE = [
    ("Habitats", "N1", "Restore 40 hectares of lowland meadow on council farms", "Countryside Manager", "Kelbourne County Council", "April 2026", "March 2027", "In progress"),
    ("Habitats", "N2", "Create wetland scrapes along the River Wyre floodplain", "Catchment Officer", "Wyre Rivers Trust", "June 2026", "2027/28", "Not started"),
    ("Species", "N3", "Survey the district's hedgehog population with volunteers", "Ecologist", "Kelbourne Wildlife Trust", "May 2026", "October 2026", "On track"),
    ("People", "N4", "Offer a nature recovery grant to every parish council", "Biodiversity Officer", "Kelbourne County Council", "September 2026", "March 2027", "Not started"),
]  # fmt: skip
NATURE_DOC = WholeTables(
    "nature_recovery_plan_turned_unruled", "environment",
    ["# Kelbourne Local Nature Partnership – 16 June 2026", "Local nature recovery strategy: action plan (landscape).",
     bare(["Theme", "Ref", "Action", "Lead officer", "Lead organisation", "Start date", "End date", "Status"], [list(row) for row in NATURE],
          [65, 30, 250, 100, 120, 60, 60, 65])],
    [plan_row(action, theme=theme, action_no=ref, named_lead=who, lead_org=org, start_date=START[start], end_date=END[end], status=STATUS[word])
     for theme, ref, action, who, org, start, end, word in NATURE],
    turned=True,
)  # fmt: skip
NATURE_LANDSCAPE_DOC = replace(
    NATURE_DOC, name="nature_recovery_plan_landscape_unruled", turned=False, pagesize=landscape(A4)
)

# ---------------------------------------------------------------- the same plans once more in the other layouts (zebra, booktabs, merged down)

ALCOHOL_ZEBRA_DOC = replace(
    ALCOHOL_DOC, name="alcohol_harm_plan_zebra_merged_priority",
    parts=[*ALCOHOL_DOC.parts[:2], Grid(ALCOHOL_HEADER, merged_down(ALCOHOL), [100, 220, 120, 60, 35], rules="none", header_fill=False, zebra=True,
                                        spans=spans_of(ALCOHOL), gold_rows=merged_down(ALCOHOL))],
)  # fmt: skip
CLIMATE_BOOKTABS_DOC = replace(
    CLIMATE_DOC, name="climate_emergency_plan_booktabs",
    parts=[*CLIMATE_DOC.parts[:2], Booktabs(["Theme", "Action", "Lead", "Target date", "Status"], [list(row) for row in CLIMATE], [70, 240, 110, 60, 55])],
)  # fmt: skip
AUDIT_ZEBRA_DOC = replace(
    AUDIT_DOC, name="internal_audit_tracker_zebra_two_pages",
    parts=[*AUDIT_DOC.parts[:3], Grid(["Ref", "Audit", "Recommendation", "Responsible officer", "Target date", "Status"], AUDIT_ROWS, [32, 80, 200, 110, 55, 55],
                                      rules="none", header_fill=False, zebra=True, repeat=False)],
)  # fmt: skip
AUDIT_REPEAT_DOC = replace(
    AUDIT_DOC, name="internal_audit_tracker_unruled_header_repeated",
    parts=[*AUDIT_DOC.parts[:3], bare(["Ref", "Audit", "Recommendation", "Responsible officer", "Target date", "Status"], AUDIT_ROWS, [32, 80, 200, 110, 55, 55])],
)  # fmt: skip

# ---------------------------------------------------------------- a food poverty plan without rules: a long theme merged down beside one-line rows, no reference

FOOD = [
    ("Make sure no child goes hungry in the school holidays", "Run holiday activities with food at 20 sites", "Early Help Manager", "August 2026"),
    ("Make sure no child goes hungry in the school holidays", "Auto-enrol pupils for free school meals", "Head of Education", "September 2026"),
    ("Make sure no child goes hungry in the school holidays", "Fund breakfast clubs in ten schools", "Public Health Officer", "March 2027"),
    ("Help households on low incomes with the cost of food", "Open two more community pantries", "Financial Inclusion Officer", "December 2026"),
    ("Help households on low incomes with the cost of food", "Promote the Healthy Start scheme", "Health Visiting Lead", "Ongoing"),
]  # fmt: skip
FOOD_DOC = WholeTables(
    "food_poverty_plan_unruled_long_theme_one_line_rows", "health",
    ["# Wyre District Council – Food Partnership Board, 25 June 2026", "Food poverty action plan 2026/27.",
     bare(["Aim", "Action", "Lead", "By when"], merged_down(FOOD), [110, 210, 120, 70], spans=spans_of(FOOD), gold_rows=merged_down(FOOD))],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when]) for theme, action, who, when in FOOD],
)  # fmt: skip

# ---------------------------------------------------------------- round 58's plans left unread when printed without rules

DRUGS_BARE_DOC = replace(
    R58.DRUGS_DOC, name="combating_drugs_plan_unruled_merged_priority",
    parts=[*R58.DRUGS_DOC.parts[:2], bare(["Strategic priority", "Deliverable", "Lead", "Due date", "RAG"], R58.DRUGS_PRINTED, [120, 210, 130, 60, 40],
                                          spans=[((0, 0), (0, 1)), ((0, 2), (0, 3))], gold_rows=R58.DRUGS_PRINTED)],
)  # fmt: skip
CSP10_BARE_DOC = replace(
    R58.CSP_DOC, name="csp_plan_ten_columns_unruled_two_pages",
    parts=[*R58.CSP_DOC.parts[:3], bare(R58.CSP_HEADER, R58.CSP_PRINTED, [75, 35, 170, 95, 80, 85, 48, 48, 80, 40],
                                        spans=[((0, b), (0, b + 2)) for b in (0, 3, 6, 9)], gold_rows=R58.CSP_PRINTED, repeat=False)],
)  # fmt: skip
SCRUTINY_BARE_DOC = replace(
    R58.SCRUTINY_DOC, name="housing_scrutiny_tracker_unruled_two_pages",
    parts=[*R58.SCRUTINY_DOC.parts[:3], bare(["No.", "Recommendation", "Response", "Date agreed", "Lead officer", "Target date", "Status", "Update"],
                                             R58.SCRUTINY_ROWS, [30, 145, 50, 52, 80, 52, 52, 130], repeat=False, split_in_row=True)],
)  # fmt: skip
AUDIT_BOOKTABS_DOC = replace(
    AUDIT_DOC, name="internal_audit_tracker_booktabs_two_pages",
    parts=[*AUDIT_DOC.parts[:3], Booktabs(["Ref", "Audit", "Recommendation", "Responsible officer", "Target date", "Status"], AUDIT_ROWS, [32, 80, 200, 110, 55, 55])],
)  # fmt: skip
VAWG_ZEBRA_DOC = replace(
    VAWG_DOC, name="vawg_plan_zebra_two_header_rows",
    parts=[*VAWG_DOC.parts[:2], Grid(["Action", "Officer", "Organisation", "Start", "End", "Status"], [list(row) for row in VAWG], [190, 100, 105, 50, 50, 55],
                                     top_header=[("Lead", 1, 2), ("Timescale", 3, 4)], rules="none", header_fill=False, zebra=True)],
)  # fmt: skip

DOCUMENTS = [ALCOHOL_DOC, CSP_DOC, AUDIT_DOC, HOMELESS_DOC, CORPORATE_DOC, LEISURE_DOC, CLIMATE_DOC, GROWTH_DOC, GROWTH_BOLD_DOC,
             SEND_DOC, SEND_BARE_DOC, VAWG_DOC, VAWG_RULED_DOC, NATURE_DOC, NATURE_LANDSCAPE_DOC, ALCOHOL_ZEBRA_DOC,
             CLIMATE_BOOKTABS_DOC, AUDIT_ZEBRA_DOC, AUDIT_REPEAT_DOC, FOOD_DOC, DRUGS_BARE_DOC, CSP10_BARE_DOC, SCRUTINY_BARE_DOC,
             AUDIT_BOOKTABS_DOC, VAWG_ZEBRA_DOC]  # fmt: skip
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("document", document_params(DOCUMENTS, XFAIL))
def test_unruled_and_long_plans_read_whole(document: WholeTables, tmp_path: Path) -> None:
    """Scored as `agendaparse eval --fast` scores a gold file; themes compared row by row."""
    assert_read_whole(document, tmp_path)


@pytest.mark.parametrize(
    ("header", "rows", "fields"),
    [
        # a bare 'Target' of values is no deadline (a KPI table's or a plan's target value)
        (["Action", "Lead officer", "Target", "Status"], [list(row) for row in CORPORATE], {0: "action", 1: "named_lead", 3: "status"}),
        (["KPI", "Target", "Actual", "Owner"], [["Sickness days per FTE", "8.5", "9.1", "Head of HR"], ["Invoices paid in 30 days", "95%", "97%", "Finance Manager"]],
         {0: "outcome", 3: "named_lead"}),
        (["Measure", "Lead", "Target", "Actual", "RAG"], [["Homes built", "Head of Planning", "1,200", "1,050", "Amber"], ["Affordable homes", "Housing Enabler", "300", "310", "Green"]],
         {0: "outcome", 1: "named_lead", 4: "rag"}),
        # a 'Target' of dates stays the deadline
        (["Action", "Lead officer", "Target", "Status"], [["Publish the plan", "Clerk", "March 2026", "Complete"], ["Review the policy", "Head of HR", "30/06/2026", "Open"]],
         {0: "action", 1: "named_lead", 2: "end_date", 3: "status"}),
        (["Action", "Lead officer", "Target", "Status"], [["Publish the plan", "Clerk", "Q2 2026/27", "Complete"], ["Review the policy", "Head of HR", "Ongoing", "Open"]],
         {0: "action", 1: "named_lead", 2: "end_date", 3: "status"}),
        # 'Target date' by its name, whatever its cells
        (["Action", "Lead officer", "Target date", "Status"], [["Publish the plan", "Clerk", "TBC", "Complete"]], {0: "action", 1: "named_lead", 2: "end_date", 3: "status"}),
    ],
)  # fmt: skip
def test_target_column_by_its_cells(header: list[str], rows: list[list[str]], fields: dict[int, str]) -> None:
    assert table_fields(header, rows) == fields


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        # two header rows joined with a space
        (["Action", "Lead Officer", "Lead Organisation", "Timescale Start", "Timescale End", "Status"],
         {0: "action", 1: "named_lead", 2: "lead_org", 3: "start_date", 4: "end_date", 5: "status"}),
        (["Priority", "Ref", "Action", "Lead", "Deadline", "Status"], {0: "theme", 1: "action_no", 2: "action", 3: "named_lead", 4: "end_date", 5: "status"}),
        (["Ref", "Audit", "Recommendation", "Responsible officer", "Target date", "Status"], {0: "action_no", 2: "action", 3: "named_lead", 4: "end_date", 5: "status"}),
        (["Aim", "Action", "Lead", "Target date"], {0: "theme", 1: "action", 2: "named_lead", 3: "end_date"}),
    ],
)  # fmt: skip
def test_header_names(header: list[str], fields: dict[int, str]) -> None:
    assert header_fields(header) == fields


MEETING = dt.date(2026, 6, 18)


@pytest.mark.parametrize(
    ("cell", "read"),
    [("Head of Co mmissioning", "Head of Co mmissioning"), ("Head of Commissioning", "Head of Commissioning")],
)
def test_clean_cell_leaves_a_space_it_cannot_judge(cell: str, read: str) -> None:
    """With no geometry a space between two pieces of a word is kept (README: wrapped lines joined with one space);
    the reader mends the break by the line's reach (the homelessness plan above), not ``clean_cell``."""
    assert clean_cell(cell) == read
