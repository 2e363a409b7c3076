"""Tables on scanned pages (round 19, issue #5).

A table is drawn as a council's word processor prints it, rendered to a page image, degraded as a scanner and
photocopier degrade it (a slight turn, blur, grey or broken rules, speckle, JPEG) and wrapped as an image-only
PDF page; the real path then reads it (``read_document`` with OCR, then ``find_tables``). Classes ('kind'):
'ruled' (a full grid, clean or skewed), 'faint' (grey, thin rules), 'dashed' (rules broken into dashes by the
scan), 'two-line' (cells of two lines), 'horizontal' (a header rule and rules between rows, no column rules),
'unruled' (whitespace columns under a bold header), 'merged' (a theme row spanning the grid), 'pages' (one table
over two scanned pages) and 'landscape' (a wide table on a landscape scan).

Scored as eval scores a table, allowing for OCR: one table found; its header; its rows (count); its cells, exact
after whitespace folding, where a cell the OCR misread counts as a miss (a share of cells must match, not all);
and action-plan fields where the table is a log.

Each case keeps the layout and wording pattern of a real published page (names, places, numbers and dates
changed). Sources:
- http://www.ninfieldpc.co.uk/community/ninfield-parish-council-15069/minutes/ (parish minutes, actions to clerk)
- https://chawleighparishcouncil.org/25-08-2021-chawleigh-parish-council-meeting-agenda/ (parish agenda,
  clerk's report items and payments)
- https://shipton-pc.gov.uk/documents/list-of-recurring-due-payments-2022-23/ (parish payments: payee, purpose)
- https://www.stinsfordparishcouncil.gov.uk/community/stinsford-parish-council-7769/planning-applications
  (parish planning consultations: application number, site, proposal, comments)
- https://docsbay.net/honiton-town-council-s9 (town council risk register: number, risk, ratings, actions)
- https://stcolumbmajor-tc.gov.uk/policies/financial-risk-assessment/ (financial risk assessment table: area,
  description, likelihood, impact, controls, residual risk)
- https://chelmsford.gov.uk/your-council/councillors-committees-and-decision-making/councillors/councillor-attendance
  (councillor attendance: expected, actual, total)
- https://orkney.gov.uk/your-council/councillors/councillors/attendance-at-committee (members' attendance at
  committees)
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from agendaparse import tables
from agendaparse.evaluate import norm_text
from agendaparse.pdf import read_document

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

MEETING = dt.date(2024, 5, 14)
MIN_CELL_SHARE = 0.85  # of the truth's cells read exactly; the rest are the OCR's own misreadings


@dataclass(frozen=True)
class Look:
    """How the grid is printed and how the scan degrades it."""

    rules: str = "full"  # 'full', 'horizontal' (header rule and row rules only) or 'none'
    grey: float = 0.0  # rule colour, 0 black .. 1 white
    rule_width: float = 0.6
    dash: tuple[float, ...] = ()
    turn: float = 0.0  # degrees, the scan's skew
    blur: float = 0.0
    speckle: int = 0  # dark specks per page
    jpeg: int = 0  # JPEG quality, 0 for none
    wide: bool = False  # a landscape page
    dpi: int = 200


@dataclass
class ScanCase:
    name: str
    kind: str
    header: list[str]
    pages: list[list[list[str]]]  # rows drawn on each page (a row of one cell spans the grid)
    widths: list[float]
    look: Look = field(default_factory=Look)
    title: str = ""
    plan: list[dict[str, Any]] = field(default_factory=list)
    repeat_header: bool = True

    @property
    def rows(self) -> list[list[str]]:
        return [row for page in self.pages for row in page]


# ---------------------------------------------------------------- drawing and scanning


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _draw_grid(page: canvas.Canvas, y: float, header: list[str] | None, rows: list[list[str]], case: ScanCase) -> None:
    look = case.look
    size = 10.0
    left = 40.0
    edges = [left]
    for width in case.widths:
        edges.append(edges[-1] + width)
    body = ([(True, header)] if header else []) + [(False, row) for row in rows]
    page.setStrokeGray(look.grey)
    page.setLineWidth(look.rule_width)
    page.setDash(*look.dash) if look.dash else None
    rule_at = []
    for bold, row in body:
        font = "Helvetica-Bold" if bold or len(row) == 1 else "Helvetica"
        spans = [edges[-1] - left] if len(row) == 1 else case.widths
        wrapped = [_wrap(cell, width - 8, font, size) for cell, width in zip(row, spans, strict=True)]
        height = 13 * max(len(lines) for lines in wrapped) + 8
        page.setFont(font, size)
        for x, lines in zip(edges, wrapped, strict=False):
            for offset, text in enumerate(lines):
                page.drawString(x + 4, y - 13 - 13 * offset, text)
        if look.rules == "full":
            page.line(left, y, edges[-1], y)
            for x in [left, edges[-1]] if len(row) == 1 else edges:
                page.line(x, y, x, y - height)
        rule_at.append(y)
        y -= height
    if look.rules == "full":
        page.line(left, y, edges[-1], y)
    elif look.rules == "horizontal":
        for top in [*rule_at[1:], y]:
            page.line(left, top - (2 if top == rule_at[1] else 0), edges[-1], top)


def vector_pdf(case: ScanCase) -> bytes:
    buffer = io.BytesIO()
    size = landscape(A4) if case.look.wide else A4
    page = canvas.Canvas(buffer, pagesize=size)
    for number, rows in enumerate(case.pages):
        y = size[1] - 60
        if number == 0 and case.title:
            page.setFont("Helvetica-Bold", 13)
            page.drawString(40, y, case.title)
            y -= 30
        header = case.header if number == 0 or case.repeat_header else None
        _draw_grid(page, y, header, rows, case)
        page.showPage()
    page.save()
    return buffer.getvalue()


def _degrade(image: Image.Image, look: Look, seed: int) -> Image.Image:
    image = image.convert("L")
    if look.turn:
        image = image.rotate(look.turn, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if look.blur:
        image = image.filter(ImageFilter.GaussianBlur(look.blur))
    if look.speckle:
        chance = random.Random(seed)
        pixels = image.load()
        for _ in range(look.speckle):
            x, y = chance.randrange(image.width - 2), chance.randrange(image.height - 2)
            for dx in (0, 1):
                for dy in (0, 1):
                    pixels[x + dx, y + dy] = 40
    if look.jpeg:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=look.jpeg)
        image = Image.open(io.BytesIO(buffer.getvalue())).convert("L")
    return image


def scanned_pdf(case: ScanCase) -> bytes:
    """The case printed, rendered at the scan's resolution, degraded, and saved as image-only pages."""
    document = pdfium.PdfDocument(vector_pdf(case))
    images = [
        _degrade(document[index].render(scale=case.look.dpi / 72).to_pil(), case.look, index)
        for index in range(len(document))
    ]
    document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=float(case.look.dpi), save_all=True, append_images=images[1:])
    return buffer.getvalue()


@functools.cache
def _found(name: str) -> tuple[list, list[str]]:
    """Tables found in the case's scan (read once per module), and the methods its pages were read by."""
    case = CASES_BY_NAME[name]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scan.pdf"
        path.write_bytes(scanned_pdf(case))
        read = read_document(path, ocr="auto")
        found = tables.find_tables(read.data or path, read.pages, "test")
    return found, [page.method for page in read.pages]


# ---------------------------------------------------------------- scoring


def _folded(row: list[str]) -> list[str]:
    cells = [norm_text(cell) for cell in row]
    while len(cells) > 1 and not cells[-1]:
        cells.pop()
    return cells


def cell_share(table, case: ScanCase) -> float:
    """Share of the truth's cells (header and rows, row by row) read exactly."""
    truth = [_folded(case.header), *(_folded(row) for row in case.rows)]
    got = [_folded(table.header), *(_folded(row) for row in table.rows)]
    total = sum(len(row) for row in truth)
    hits = sum(sum(a == b for a, b in zip(want, have, strict=False)) for want, have in zip(truth, got, strict=False))
    return hits / total


def scan_problems(case: ScanCase) -> list[str]:
    found, _ = _found(case.name)
    if len(found) != 1:
        return [f"{len(found)} tables found: " + "; ".join(str(table.header) for table in found)]
    table = found[0]
    problems = []
    if len(table.rows) != len(case.rows):
        problems.append(f"{len(table.rows)} rows, not {len(case.rows)}: {table.rows}")
    if (table.page_start, table.page_end) != (1, len(case.pages)):
        problems.append(f"pages {table.page_start}-{table.page_end}")
    header_hits = sum(a == b for a, b in zip(_folded(table.header), _folded(case.header), strict=False))
    if header_hits < len(case.header) - 1:
        problems.append(f"header {table.header}")
    share = cell_share(table, case)
    if share < MIN_CELL_SHARE:
        problems.append(f"cells {share:.0%}: {table.header} {table.rows}")
    return problems


def plan_problems(case: ScanCase) -> list[str]:
    found, _ = _found(case.name)
    return plan_misses(found, case.plan, MEETING)


def plan_misses(found: list, plan: list[dict[str, Any]], meeting: dt.date) -> list[str]:
    """The action-plan fields read wrong from the tables found (shared with tests/test_tables_round20.py)."""
    rows = tables.action_plan_rows(found, "test", meeting)
    if len(rows) != len(plan):
        return [f"{len(rows)} action-plan rows, not {len(plan)}"]
    misses = []
    for index, (row, expected) in enumerate(zip(rows, plan, strict=True)):
        for name, value in expected.items():
            got = getattr(row, name)
            got = got.isoformat() if isinstance(got, dt.date) else got
            if norm_text(str(got)) != norm_text(str(value)):
                misses.append(f"row {index} {name}: {got!r} != {value!r}")
    return misses if len(misses) > len(plan) // 4 else []  # a few OCR misreadings are misses, not failures


# ---------------------------------------------------------------- cases

LOG_HEADER = ["Minute", "Action", "Who", "By when", "Status"]
LOG_WIDTHS = [55, 230, 75, 65, 80]
LOG_ROWS = [
    ["24/031", "Report the blocked drain on Hooe Road", "Clerk", "30/06/2024", "Done"],
    ["24/034", "Order two new litter bins for the green", "Clerk", "31/07/2024", "Ongoing"],
    ["24/036", "Obtain quotes for the bus shelter repairs", "Cllr Hebden", "31/07/2024", "Ongoing"],
    ["24/040", "Write to the county about the speed limit", "Clerk", "30/06/2024", "Done"],
    ["24/041", "Inspect the play area fencing", "Cllr Marsh", "15/06/2024", "Open"],
]
LOG_PLAN = [{"action_no": row[0], "end_date": f"2024-{row[3][3:5]}-{row[3][:2]}"} for row in LOG_ROWS]
TWO_LINE_ROWS = [
    ["24/050", "Ask the highway authority for a site meeting about the verge erosion at the crossroads", "Clerk",
     "31/08/2024", "Letter sent, awaiting reply"],
    ["24/052", "Agree the wording of the village newsletter article on the new allotments", "Cllr Hebden",
     "30/09/2024", "Draft circulated to members"],
    ["24/055", "Arrange the annual inspection of the play equipment with the approved contractor", "Clerk",
     "31/10/2024", "Booked for October"],
]  # fmt: skip
TWO_LINE_PLAN = [{"action_no": row[0], "end_date": f"2024-{row[3][3:5]}-{row[3][:2]}"} for row in TWO_LINE_ROWS]

PLANNING_HEADER = ["Application", "Site", "Proposal", "Comments"]
PLANNING_WIDTHS = [85, 130, 190, 105]
PLANNING_ROWS = [
    ["P/HOU/2024/0412", "Mill Cottage, Church Lane", "Single storey rear extension", "No objection"],
    ["P/FUL/2024/0388", "Land east of Hill Farm", "Erection of agricultural building", "Object"],
    ["P/LBC/2024/0455", "The Old Rectory", "Replacement sash windows", "Support"],
    ["P/TRT/2024/0471", "2 Orchard Close", "Fell one ash tree", "No comment"],
]

ATTEND_HEADER = ["Councillor", "Expected", "Actual", "Total"]
ATTEND_WIDTHS = [170, 80, 80, 80]
ATTEND_ROWS = [
    ["Cllr A Brennan", "12", "11", "92%"],
    ["Cllr J Foulds", "9", "9", "100%"],
    ["Cllr P Kaur", "14", "10", "71%"],
    ["Cllr R Lindqvist", "6", "5", "83%"],
    ["Cllr S Okafor", "11", "8", "73%"],
]

RISK_HEADER = ["No", "Risk", "Likelihood", "Impact", "Controls"]
RISK_WIDTHS = [30, 170, 70, 55, 185]
RISK_THEMES = ["Finance", "Assets"]
RISK_ROWS = [
    [RISK_THEMES[0]],
    ["1", "Loss of funds held in bank accounts", "Low", "High", "Two signatories on every payment"],
    ["2", "Precept too low for planned spending", "Medium", "High", "Budget reviewed each quarter"],
    [RISK_THEMES[1]],
    ["3", "Damage to the community hall", "Low", "High", "Insured at full rebuild cost"],
    ["4", "Play equipment unsafe", "Medium", "Medium", "Monthly inspection by the clerk"],
]

PAY_HEADER = ["Date", "Payee", "Purpose", "Net", "VAT", "Total"]
PAY_WIDTHS = [65, 120, 150, 55, 50, 60]
PAY_PAGE_1 = [
    ["03/04/2024", "Castle Water", "Allotment water", "41.20", "0.00", "41.20"],
    ["05/04/2024", "Green Scythe", "Grass cutting", "150.00", "30.00", "180.00"],
    ["09/04/2024", "Village Hall", "Hall hire", "36.00", "0.00", "36.00"],
    ["12/04/2024", "HMRC", "PAYE and NI", "216.40", "0.00", "216.40"],
]
PAY_PAGE_2 = [
    ["18/04/2024", "Viking Direct", "Printer paper", "22.50", "4.50", "27.00"],
    ["22/04/2024", "Clerk", "Mileage", "18.90", "0.00", "18.90"],
    ["26/04/2024", "Playsafe Ltd", "Play inspection", "95.00", "19.00", "114.00"],
]

WIDE_HEADER = ["Risk area", "Description", "Likelihood", "Impact", "Score", "Controls", "Residual"]
WIDE_WIDTHS = [100, 190, 70, 60, 60, 200, 70]
WIDE_ROWS = [
    ["Budget control", "Overspend from poor forecasting", "Medium", "High", "12", "Monthly budget report", "Low"],
    ["Cash flow", "Too little cash for bills due", "Low", "High", "8", "Cash flow forecast", "Low"],
    ["Procurement", "Poor value from suppliers", "Medium", "Medium", "9", "Three quotes over £1,000", "Low"],
    ["Payroll", "Errors in staff pay", "Low", "Medium", "4", "Payroll bureau checks", "Low"],
]

CLEAN = Look()
SKEWED = Look(turn=0.8, blur=0.4)
SKEWED_MORE = Look(turn=1.4, blur=0.5, speckle=60)
FAINT = Look(grey=0.6, rule_width=0.3, blur=0.5, jpeg=60)
DASHED = Look(dash=(3, 2), rule_width=0.5, blur=0.3)

CASES = [
    ScanCase("parish action log, fully ruled, clean scan", "ruled", LOG_HEADER, [LOG_ROWS], LOG_WIDTHS,
             title="Action points", plan=LOG_PLAN),
    ScanCase("parish action log, scanned 0.8 degrees askew", "ruled", LOG_HEADER, [LOG_ROWS], LOG_WIDTHS,
             SKEWED, title="Action points", plan=LOG_PLAN),
    ScanCase("parish action log, scanned 1.4 degrees askew with specks", "ruled", LOG_HEADER, [LOG_ROWS],
             LOG_WIDTHS, SKEWED_MORE, title="Action points", plan=LOG_PLAN),
    ScanCase("parish action log, faint grey rules, JPEG", "faint", LOG_HEADER, [LOG_ROWS], LOG_WIDTHS, FAINT,
             title="Action points", plan=LOG_PLAN),
    ScanCase("planning applications, rules broken into dashes", "dashed", PLANNING_HEADER, [PLANNING_ROWS],
             PLANNING_WIDTHS, DASHED, title="Planning applications received"),
    ScanCase("parish action log, actions of two lines", "two-line", LOG_HEADER, [TWO_LINE_ROWS], LOG_WIDTHS,
             SKEWED, title="Action points", plan=TWO_LINE_PLAN),
    ScanCase("planning applications, header rule and row rules only", "horizontal", PLANNING_HEADER,
             [PLANNING_ROWS], PLANNING_WIDTHS, Look(rules="horizontal", blur=0.3),
             title="Planning applications received"),
    ScanCase("planning applications, row rules only, roomier columns", "horizontal", PLANNING_HEADER,
             [PLANNING_ROWS], [100, 125, 180, 105], Look(rules="horizontal", blur=0.3, turn=0.6),
             title="Planning applications received"),
    ScanCase("councillor attendance, whitespace columns", "unruled", ATTEND_HEADER, [ATTEND_ROWS], ATTEND_WIDTHS,
             Look(rules="none", blur=0.3), title="Attendance at meetings 2023/24"),
    ScanCase("risk register with theme rows spanning the grid", "merged", RISK_HEADER, [RISK_ROWS], RISK_WIDTHS,
             Look(blur=0.3), title="Risk register"),
    ScanCase("schedule of payments over two scanned pages", "pages", PAY_HEADER, [PAY_PAGE_1, PAY_PAGE_2],
             PAY_WIDTHS, Look(turn=0.5, blur=0.3), title="Payments for approval"),
    ScanCase("financial risk assessment on a landscape scan", "landscape", WIDE_HEADER, [WIDE_ROWS], WIDE_WIDTHS,
             Look(wide=True, blur=0.3), title="Financial risk assessment"),
]  # fmt: skip
CASES_BY_NAME = {case.name: case for case in CASES}
XFAIL = {
    "planning applications, header rule and row rules only": (
        "the application number fills its column: the clear paper before 'Site' is under 4 points, no wider"
        " than a space between words, so the two columns are read as one"
    ),
}


def _param(case: ScanCase):
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[case.name])] if case.name in XFAIL else []
    return pytest.param(case, id=f"{case.kind}: {case.name}", marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_the_scanned_table_is_read(case: ScanCase) -> None:
    _, methods = _found(case.name)
    assert set(methods) == {"ocr"}  # the page is an image: read by OCR, never by a text layer
    assert scan_problems(case) == []


@pytest.mark.parametrize("case", [_param(case) for case in CASES if case.plan])
def test_action_plan_rows_of_a_scanned_log(case: ScanCase) -> None:
    assert plan_problems(case) == []
