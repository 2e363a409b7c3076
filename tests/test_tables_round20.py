"""Unruled tables on scanned pages (round 20, issue #5).

A table set in whitespace columns (typed with tabs, no rules, or a rule under the header only) is printed
as a clerk's word processor prints it, rendered to a page image, degraded as a scanner degrades it and
wrapped as an image-only PDF page; the real path reads it (``read_document`` with OCR, then
``find_tables``). Classes ('kind'): 'attendance' (councillors' attendance in figures), 'payments'
(schedules of payments whose amounts are set flush right), 'planning' (planning application lists) and
'log' (action logs typed with tabs). Scored as round 19 scores a scanned table: one table, its header, its
rows (count), a share of its cells read exactly, and action-plan fields where the table is a log.

Each case keeps the layout and wording pattern of a real published page (names, places, numbers and dates
changed). Sources:
- https://stanstedmountfitchet-pc.gov.uk/parish-councillors-attendance-record/ (councillors' attendance:
  name, meetings attended of possible, share)
- https://staveleyandcopgrovepc.org.uk/expenditure/ (expenditure list: number, date, category, supplier,
  details, amount)
- https://www.skirlaughparishcouncil.gov.uk/planning-applications1 (parish planning consultations)
- https://hunts-tc.co.uk/planning-applications-panel-3/ (town council planning applications panel)
- https://www.aldworth-pc.gov.uk/action-log (parish action log: open, in progress, closed)
- https://benniworth.parish.lincolnshire.gov.uk/council-business/archive/9 (parish action plan points)
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import shutil
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from scan_cases import MIN_CELL_SHARE, Look, cell_share, degrade, folded, plan_misses, read_scan
from table_cases import wrap_words

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

MEETING = dt.date(2024, 6, 11)


@dataclass
class TabCase:
    name: str
    kind: str
    header: list[str]
    rows: list[list[str]]
    widths: list[float]
    align: str = ""  # one letter a column: 'l' flush left, 'r' flush right (amounts); left when short
    look: Look = field(default_factory=lambda: Look(rules="none", blur=0.3))
    title: str = ""
    header_rule: bool = False  # a rule under the header row, none between rows
    plan: list[dict[str, Any]] = field(default_factory=list)


def _cell_x(left: float, width: float, text: str, font: str, size: float, flush_right: bool) -> float:
    return left + width - 4 - stringWidth(text, font, size) if flush_right else left + 4


def vector_pdf(case: TabCase) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    size, left, y = 10.0, 50.0, A4[1] - 70
    if case.title:
        page.setFont("Helvetica-Bold", 13)
        page.drawString(left, y, case.title)
        y -= 32
    edges = [left]
    for width in case.widths:
        edges.append(edges[-1] + width)
    align = case.align.ljust(len(case.widths), "l")
    for number, row in enumerate([case.header, *case.rows]):
        font = "Helvetica-Bold" if number == 0 else "Helvetica"
        wrapped = [wrap_words(cell, width - 8, font, size) for cell, width in zip(row, case.widths, strict=True)]
        page.setFont(font, size)
        for x, width, lines, flush in zip(edges, case.widths, wrapped, align, strict=False):
            for offset, text in enumerate(lines):
                page.drawString(_cell_x(x, width, text, font, size, flush == "r"), y - 13 * offset, text)
        height = 13 * max(len(lines) for lines in wrapped) + 6
        if number == 0 and case.header_rule:
            page.setLineWidth(0.6)
            page.line(left, y - 4, edges[-1], y - 4)
        y -= height
    page.showPage()
    page.save()
    return buffer.getvalue()


def scanned_pdf(case: TabCase) -> bytes:
    document = pdfium.PdfDocument(vector_pdf(case))
    image = degrade(document[0].render(scale=case.look.dpi / 72).to_pil(), case.look, 0)
    document.close()
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=float(case.look.dpi))
    return buffer.getvalue()


@functools.cache
def _found(name: str) -> tuple[list, list[str]]:
    """Tables found in the case's scan (read once per module), and the methods its pages were read by."""
    return read_scan(scanned_pdf(CASES_BY_NAME[name]))


def scan_problems(case: TabCase) -> list[str]:
    found, _ = _found(case.name)
    if len(found) != 1:
        return [f"{len(found)} tables found: " + "; ".join(f"{table.header} {table.rows}" for table in found)]
    table = found[0]
    problems = []
    if len(table.rows) != len(case.rows):
        problems.append(f"{len(table.rows)} rows, not {len(case.rows)}: {table.rows}")
    header_hits = sum(a == b for a, b in zip(folded(table.header), folded(case.header), strict=False))
    if header_hits < len(case.header) - 1:
        problems.append(f"header {table.header}")
    share = cell_share(table, case)
    if share < MIN_CELL_SHARE:
        problems.append(f"cells {share:.0%}: {table.header} {table.rows}")
    return problems


def plan_problems(case: TabCase) -> list[str]:
    found, _ = _found(case.name)
    return plan_misses(found, case.plan, MEETING)


# ---------------------------------------------------------------- cases

ATTEND_HEADER = ["Councillor", "Attended", "Possible", "Record"]
ATTEND_ROWS = [
    ["Alan Birch", "13", "15", "87%"],
    ["Greta Brandon", "6", "16", "38%"],
    ["Moira Catterall", "19", "23", "83%"],
    ["Sunita Ghai", "5", "9", "56%"],
    ["Anne Gunnell", "12", "15", "80%"],
    ["Peter Jowett", "14", "17", "82%"],
]
ATTEND_WIDTHS = [160, 80, 80, 80]

PAY_HEADER = ["No.", "Date", "Supplier", "Details", "Amount"]
PAY_ROWS = [
    ["1", "09/04/2024", "Helen Marsden", "Clerk salary", "280.28"],
    ["2", "15/04/2024", "TP Joinery", "Notice board repair", "78.00"],
    ["3", "12/05/2024", "Farm Services Ltd", "Grass cutting", "290.40"],
    ["4", "01/06/2024", "Rural Insurance", "Annual insurance", "350.89"],
    ["5", "16/06/2024", "Helen Marsden", "Clerk salary", "520.52"],
]
PAY_WIDTHS = [35, 75, 120, 150, 70]

FUND_HEADER = ["Payee", "Purpose", "Net", "VAT", "Gross"]
FUND_ROWS = [
    ["Castle Water", "Allotment water", "41.20", "0.00", "41.20"],
    ["Green Mowers", "Verge cutting", "1,150.00", "230.00", "1,380.00"],
    ["Village Hall", "Room hire", "36.00", "0.00", "36.00"],
    ["HMRC", "PAYE and NI", "216.40", "0.00", "216.40"],
    ["Office Depot", "Printer ink", "62.50", "12.50", "75.00"],
]
FUND_WIDTHS = [120, 140, 70, 60, 70]

PLAN_HEADER = ["Reference", "Address", "Proposal", "Response"]
PLAN_ROWS = [
    ["24/00412/PLF", "4 Mill Lane", "Rear conservatory", "No objection"],
    ["24/00431/TPO", "The Grange", "Fell two beech trees", "Object"],
    ["24/00456/PLF", "Low Farm", "New farm building", "No objection"],
    ["24/00470/VAR", "12 Main Street", "Vary condition 3", "Support"],
]
PLAN_WIDTHS = [105, 115, 150, 100]

PANEL_HEADER = ["Application", "Location", "Development", "Recommendation"]
PANEL_ROWS = [
    ["23/02214/HHFUL", "8 Orchard Way", "Two storey side extension", "Approval"],
    ["23/02230/FUL", "Land off Station Road", "Erection of one bungalow", "Refusal"],
    ["23/02251/HHFUL", "21 Priory Close", "Single storey rear extension", "Approval"],
    ["23/02263/LBC", "The Old Bridge House", "Replacement windows", "Approval"],
    ["23/02279/FUL", "3 Market Hill", "Change of use to cafe", "Approval"],
]
PANEL_WIDTHS = [100, 125, 170, 100]

LOG_HEADER = ["Ref", "Action", "Owner", "Deadline", "Status"]
LOG_ROWS = [
    ["A12", "Replace the bench by the pond", "Clerk", "30/06/2024", "Open"],
    ["A14", "Ask the county to cut the verges", "Cllr Moon", "31/07/2024", "In Progress"],
    ["A15", "Renew the play area inspection", "Clerk", "31/07/2024", "Closed"],
    ["A17", "Quote for a second notice board", "Cllr Raynor", "31/08/2024", "Open"],
]
LOG_WIDTHS = [40, 200, 80, 75, 80]
LOG_PLAN = [{"action_no": row[0], "end_date": f"2024-{row[3][3:5]}-{row[3][:2]}"} for row in LOG_ROWS]

POINTS_HEADER = ["Item", "Action", "Who", "By when"]
POINTS_ROWS = [
    ["50", "Obtain a valuation for the gritter", "Cllr Wood", "30/09/2024"],
    ["51", "Put the oil club flyer on the notice board", "Clerk", "31/07/2024"],
    ["52", "Fit new lighting in the phone box", "Cllr Tyler", "31/10/2024"],
    ["53", "Advertise the council vacancy", "Clerk", "31/07/2024"],
]
POINTS_WIDTHS = [40, 240, 80, 80]
POINTS_PLAN = [{"action_no": row[0], "end_date": f"2024-{row[3][3:5]}-{row[3][:2]}"} for row in POINTS_ROWS]

TILTED = Look(rules="none", blur=0.4, turn=0.5)

CASES = [
    TabCase("councillors' attendance in whitespace columns", "attendance", ATTEND_HEADER, ATTEND_ROWS,
            ATTEND_WIDTHS, title="Attendance record 2023/24"),
    TabCase("councillors' attendance, figures flush right, scanned askew", "attendance", ATTEND_HEADER,
            ATTEND_ROWS, ATTEND_WIDTHS, "lrrr", TILTED, title="Attendance record 2023/24"),
    TabCase("expenditure list, amounts flush right", "payments", PAY_HEADER, PAY_ROWS, PAY_WIDTHS, "lllr",
            title="Expenditure 2024/25"),
    TabCase("payments for approval, net VAT gross flush right, header rule", "payments", FUND_HEADER, FUND_ROWS,
            FUND_WIDTHS, "llrrr", header_rule=True, title="Payments for approval"),
    TabCase("planning applications typed with tabs", "planning", PLAN_HEADER, PLAN_ROWS, PLAN_WIDTHS,
            title="Planning applications"),
    TabCase("planning panel list, scanned askew", "planning", PANEL_HEADER, PANEL_ROWS, PANEL_WIDTHS,
            look=TILTED, title="Planning applications panel"),
    TabCase("action log typed with tabs", "log", LOG_HEADER, LOG_ROWS, LOG_WIDTHS, title="Action log",
            plan=LOG_PLAN),
    TabCase("action points under a header rule", "log", POINTS_HEADER, POINTS_ROWS, POINTS_WIDTHS,
            header_rule=True, title="Action plan", plan=POINTS_PLAN),
]  # fmt: skip
CASES_BY_NAME = {case.name: case for case in CASES}
XFAIL: dict[str, str] = {}


def _param(case: TabCase):
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[case.name])] if case.name in XFAIL else []
    return pytest.param(case, id=f"{case.kind}: {case.name}", marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_the_unruled_scanned_table_is_read(case: TabCase) -> None:
    _, methods = _found(case.name)
    assert set(methods) == {"ocr"}
    assert scan_problems(case) == []


@pytest.mark.parametrize("case", [_param(case) for case in CASES if case.plan])
def test_action_plan_rows_of_an_unruled_scanned_log(case: TabCase) -> None:
    assert plan_problems(case) == []
