"""Forms, schedules and uppercase-header grids of small councils (round 23, issue #5).

What parish, town and community councils print as tables: the annual governance statement and the internal
audit report of the annual return (tick columns under a two-row header, a form running over two pages),
reserve, budget, grant and asset schedules with UPPERCASE headers, meeting calendars and attendance grids
(ticks as a tick mark, 'X' or 'Yes'). Each case is drawn as its body prints it (ruled, half-ruled with
horizontal rules only, or unruled with an uppercase header) and read through the real code path; it is
scored as ``eval`` scores tables: one table, its page span, its header (a two-row header joined with a
space, a spanning top cell joined in front of each column under it, as the dev gold records it), rows and cells.
Negative cases (a letterhead, a signature block, a 'label: value' cover box) must give no table.

Classes: 'form' (governance statement, internal audit report, two-page form), 'schedule' (reserves, budget and
precept, grants, asset register), 'calendar' (meeting calendar, attendance grid), 'negative'.

Each case keeps the structure and phrasing pattern of a real published page; names, places, numbers and dates
are changed. Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://bourton-oxon.org.uk/notice-of-election-2/ (the annual return's sections: certificate of exemption,
  internal audit report, annual governance statement, accounting statements)
- http://askyourcouncil.uk/governance-and-accountability/section-1-the-annual-governance-statement/ (the
  governance statement's numbered assertions answered 'Yes' or 'No')
- http://westleighparish.org/page23.html (a parish's governance statement assertions, signed by chairman and clerk)
- https://extonparishcouncil.co.uk/statutory-returns/ (the internal auditor's report and the exemption certificate)
- https://www.wivelsfield.org.uk/the-council/transparency/grants-voluntary-community-social-enterprise-oanisations/
  (a grants schedule: Date Paid | Beneficiary | Purpose | Amount £, and a total row)
- https://tyddstmary-pc.org.uk/wp-content/uploads/2023/09/Reserves-Policy-web.htm (general and earmarked reserves)
- https://croft.parish.lincolnshire.gov.uk/council-business/policies/11 ('current levels of financial reserves')
- https://hucclecotepc.gov.uk/documents/register-of-hpc-assets/ (a fixed asset register at acquisition cost)
- http://www.michaelstow.org.uk/role-of-the-parish-council/parish-council-assets (assets with values and a total)
- https://www.orono.org/985/Council-Council-Committees-Meeting-Sched (a meeting schedule: date, time, meeting)
- https://visitgreenvillein.com/meeting-schedule (a year's meeting dates)
- https://batheaston-pc.gov.uk/members-attendance (members' attendance at council and committee meetings)
- https://www.telford.gov.uk/info/20243/council_meetings/361/records_of_attendance (records of attendance)
- https://silk-willoughby.parish.lincolnshire.gov.uk/council-business/policies-procedures/17 (an internal control
  statement: the letterhead and a statement signed by the chairman)
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from agendaparse.evaluate import norm_text
from table_cases import found_tables, norm_rows, wrap_words

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
if DEJAVU.exists():
    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    TICK, BODY_FONT = "\u2713", "DejaVu"
else:  # pragma: no cover - a machine without DejaVu prints 'Yes' for a tick
    TICK, BODY_FONT = "Yes", "Helvetica"


@dataclass
class GridCase:
    name: str
    kind: str
    pages: list[list[tuple]]  # parts page by page, drawn by :func:`draw`
    header: list[str] | None = None  # None: no table expected
    rows: list[list[str]] | None = None
    span: tuple[int, int] = (1, 1)


def _edges(widths: list[float], left: float) -> list[float]:
    edges = [left]
    for width in widths:
        edges.append(edges[-1] + width)
    return edges


def _grid(page: canvas.Canvas, y: float, part: tuple) -> float:
    """('grid', header rows, body rows, widths, rules) from ``y`` down; rules 'all', 'rows' (horizontal
    only) or 'head' (one rule under the header). A header cell of None is covered by the cell on its left
    (a spanning cell). Returns the foot."""
    _, heads, rows, widths, rules = part
    edges = _edges(widths, 40.0)
    page.setLineWidth(0.5)
    lines = [(True, row) for row in heads] + [(False, row) for row in rows]
    for index, (bold, row) in enumerate(lines):
        font = "Helvetica-Bold" if bold else BODY_FONT
        cells = []
        for column, text in enumerate(row):
            if text is None:
                continue
            end = column + 1
            while end < len(row) and row[end] is None:
                end += 1
            cells.append((edges[column], edges[end], text))
        wrapped = [wrap_words(text, right - x - 6, font, 8) for x, right, text in cells]
        height = 10 * max(len(lines) for lines in wrapped) + 5
        page.setFont(font, 8)
        for (x, _, _), text_lines in zip(cells, wrapped, strict=True):
            for offset, text in enumerate(text_lines):
                page.drawString(x + 3, y - 9 - 10 * offset, text)
        if rules in ("all", "rows") or (rules == "head" and index == len(heads) - 1):
            if rules != "head":
                page.line(edges[0], y, edges[-1], y)
            page.line(edges[0], y - height, edges[-1], y - height)
        if rules == "all":
            for x in sorted({edges[0], edges[-1], *[x for x, _, _ in cells], *[right for _, right, _ in cells]}):
                page.line(x, y, x, y - height)
        y -= height
    return y


def draw(pages: list[list[tuple]]) -> bytes:
    """Pages part by part: ('title', text), ('text', text), ('gap', points), ('grid', ...), ('box', pairs) a
    ruled two-column 'label: value' box, ('sign', lines) signature lines, ('letterhead', lines) centred."""
    buffer = io.BytesIO()
    width, height = A4
    page = canvas.Canvas(buffer, pagesize=A4)
    for parts in pages:
        y = height - 50
        for part in parts:
            if part[0] == "title":
                page.setFont("Helvetica-Bold", 11)
                page.drawString(40, y, part[1])
                y -= 20
            elif part[0] == "text":
                page.setFont("Helvetica", 9)
                page.drawString(40, y, part[1])
                y -= 14
            elif part[0] == "gap":
                y -= part[1]
            elif part[0] == "letterhead":
                for index, text in enumerate(part[1]):
                    page.setFont("Helvetica-Bold" if index == 0 else "Helvetica", 14 if index == 0 else 9)
                    page.drawCentredString(width / 2, y, text)
                    y -= 18 if index == 0 else 12
                page.line(40, y, width - 40, y)
                y -= 20
            elif part[0] == "sign":
                page.setFont("Helvetica", 9)
                for text in part[1]:
                    page.drawString(40, y, text)
                    y -= 28
            elif part[0] == "box":
                rows = [[label, value] for label, value in part[1]]
                y = _grid(page, y, ("grid", [], rows, [150, 340], "all")) - 16
            else:
                y = _grid(page, y, part) - 16
        page.showPage()
    page.save()
    return buffer.getvalue()


# ---------------------------------------------------------------- forms

AGS_HEAD = [["Annual governance statement 2023/24", "Agreed", None, "'Yes' means that this authority:"],
            ["", "Yes", "No", ""]]  # fmt: skip
AGS_ROWS = [
    ["1. We have put in place arrangements for effective financial management during the year, and for the "
     "preparation of the accounting statements.", "X", "", "prepared its accounting statements in accordance "
     "with the Accounts and Audit Regulations."],
    ["2. We maintained an adequate system of internal control including measures designed to prevent and "
     "detect fraud and corruption.", "X", "", "made proper arrangements and accepted responsibility for "
     "safeguarding the public money and resources in its charge."],
    ["3. We took all reasonable steps to assure ourselves that there are no matters of actual or potential "
     "non-compliance with laws.", "X", "", "has only done what it has the legal power to do."],
    ["4. We provided proper opportunity during the year for the exercise of electors' rights.", "X", "",
     "during the year gave all persons interested the opportunity to inspect the accounts."],
    ["5. We carried out an assessment of the risks facing this authority.", "X", "",
     "considered and documented the financial and other risks it faces."],
    ["6. We maintained throughout the year an adequate and effective system of internal audit.", "X", "",
     "arranged for a competent person, independent of the financial controls, to give an objective view."],
    ["7. We took appropriate action on all matters raised in reports from internal and external audit.", "X", "",
     "responded to matters brought to its attention by internal and external audit."],
    ["8. We considered whether any litigation or liabilities have arisen during the year.", "X", "",
     "disclosed everything it should have about its business activity during the year."],
]  # fmt: skip
AGS_WIDTHS = [230, 35, 35, 215]
# a header cell merged over several columns is joined in front of each column it covers, as the dev and tune gold
# of the annual returns record it (stop 26 convention; round 23 had it joined to the first column only)
AGS_HEADER = ["Annual governance statement 2023/24", "Agreed Yes", "Agreed No", "'Yes' means that this authority:"]

AUDIT_HEAD = [["Internal control objective", "Agreed?", None, None], ["", "Yes", "No*", "Not covered**"]]
AUDIT_ROWS = [
    ["A. Appropriate accounting records have been properly kept throughout the financial year.", TICK, "", ""],
    ["B. This authority complied with its financial regulations, payments were supported by invoices.", TICK, "",
     ""],
    ["C. This authority assessed the significant risks to achieving its objectives.", TICK, "", ""],
    ["D. The precept or rates requirement resulted from an adequate budgetary process.", TICK, "", ""],
    ["E. Expected income was fully received, based on correct prices, properly recorded.", TICK, "", ""],
    ["F. Petty cash payments were properly supported by receipts.", "", "", TICK],
    ["G. Salaries to employees and allowances to members were paid in accordance with approvals.", TICK, "", ""],
    ["H. Asset and investments registers were complete and accurate and properly maintained.", "", TICK, ""],
    ["I. Periodic bank account reconciliations were properly carried out during the year.", TICK, "", ""],
    ["J. Accounting statements prepared during the year were prepared on the correct accounting basis.", TICK,
     "", ""],
    ["K. The authority certified itself as exempt from a limited assurance review.", "", "", TICK],
    ["L. The authority published information on a website in accordance with the transparency code.", TICK, "",
     ""],
]  # fmt: skip
AUDIT_WIDTHS = [330, 40, 40, 70]
AUDIT_HEADER = ["Internal control objective", "Agreed? Yes", "Agreed? No*", "Agreed? Not covered**"]  # stop 26
AUDIT_LEAD = ("text", "The internal auditor carried out a selective assessment of compliance with relevant procedures.")

FORM_CASES = [
    GridCase("governance statement ruled", "form",
             [[("title", "Section 1 - Annual Governance Statement 2023/24"), ("grid", AGS_HEAD, AGS_ROWS, AGS_WIDTHS,
                                                                              "all")]],
             AGS_HEADER, AGS_ROWS),
    GridCase("internal audit ticks ruled", "form",
             [[("title", "Annual Internal Audit Report 2023/24"), AUDIT_LEAD,
               ("grid", AUDIT_HEAD, AUDIT_ROWS, AUDIT_WIDTHS, "all")]], AUDIT_HEADER, AUDIT_ROWS),
    GridCase("internal audit ticks half-ruled", "form",
             [[("title", "Annual Internal Audit Report 2023/24"), AUDIT_LEAD,
               ("grid", AUDIT_HEAD, AUDIT_ROWS, AUDIT_WIDTHS, "rows")]], AUDIT_HEADER, AUDIT_ROWS),
    GridCase("internal audit over two pages", "form",
             [[("title", "Annual Internal Audit Report 2023/24"), AUDIT_LEAD] + [("text", "The internal audit was "
               "carried out in accordance with the needs and planned coverage of this smaller authority.")] * 30
              + [("grid", AUDIT_HEAD, AUDIT_ROWS[:6], AUDIT_WIDTHS, "all")],
              [("grid", [], AUDIT_ROWS[6:], AUDIT_WIDTHS, "all"), ("gap", 20),
               ("text", "* If the response is 'no' please state the implications and action being taken.")]],
             AUDIT_HEADER, AUDIT_ROWS, (1, 2)),
]  # fmt: skip

# ---------------------------------------------------------------- schedules (uppercase headers)

RESERVE_HEAD = [["YEAR", "RESERVE DESCRIPTION", "AMOUNT £", "FOR USE"]]
RESERVE_ROWS = [
    ["2021/22", "Play area equipment replacement", "4,000", "Renewal of the swings and safety surface"],
    ["2022/23", "Village hall roof", "6,500", "Contribution to re-roofing the hall"],
    ["2022/23", "Election reserve", "1,500", "Recharged costs of a contested election"],
    ["2023/24", "Defibrillator and cabinet", "1,200", "Replacement pads and battery"],
    ["2023/24", "Neighbourhood plan", "3,000", "Consultation and examination costs"],
    ["", "TOTAL", "16,200", ""],
]  # fmt: skip
BUDGET_HEAD = [["BUDGET HEADING", "2023/24 BUDGET", "2023/24 ACTUAL", "2024/25 BUDGET"]]
BUDGET_ROWS = [
    ["Clerk's salary", "7,800", "7,650", "8,200"],
    ["Insurance", "650", "612", "700"],
    ["Audit fees", "400", "380", "420"],
    ["Grass cutting", "2,100", "2,240", "2,300"],
    ["Street lighting", "900", "1,010", "1,050"],
    ["Grants (s137)", "500", "450", "500"],
    ["Total expenditure", "12,350", "12,342", "13,170"],
    ["Precept", "12,000", "12,000", "12,800"],
]  # fmt: skip
GRANT_HEAD = [["DATE PAID", "BENEFICIARY", "PURPOSE", "AMOUNT £"]]
GRANT_ROWS = [
    ["11 April 2023", "Oakbridge Village Hall", "Outdoor maintenance grant", "550"],
    ["9 May 2023", "Oakbridge Cricket Club", "Pitch maintenance grant (paid in two tranches)", "800"],
    ["13 June 2023", "Oakbridge Summer Fete", "Contribution towards entertainment at the fete", "1,500"],
    ["10 October 2023", "Youth Club", "Grant towards equipment for the youth group", "400"],
    ["14 November 2023", "Parochial Church Council", "Churchyard maintenance grant", "2,000"],
    ["Total of grants paid", "", "", "5,250"],
]  # fmt: skip
ASSET_HEAD = [["ASSET", "LOCATION", "DATE ACQUIRED", "VALUE £"]]
ASSET_ROWS = [
    ["Noticeboard (oak, glazed)", "Church Lane", "2009", "1,140"],
    ["Bus shelter", "Main Street", "2012", "3,200"],
    ["Parish seats (2)", "The Green", "2015", "640"],
    ["Laptop", "Clerk", "2021", "455"],
    ["Defibrillator and cabinet", "Village hall wall", "2019", "1,850"],
    ["Play equipment", "Recreation ground", "2017", "18,500"],
]  # fmt: skip

SCHEDULE_CASES = [
    GridCase("capital reserves unruled uppercase", "schedule",
             [[("title", "CAPITAL RESERVES SCHEDULE"), ("grid", RESERVE_HEAD, RESERVE_ROWS, [60, 170, 70, 220],
                                                      "none")]], RESERVE_HEAD[0], RESERVE_ROWS),
    GridCase("capital reserves head-ruled", "schedule",
             [[("title", "Earmarked reserves at 31 March 2024"),
               ("grid", RESERVE_HEAD, RESERVE_ROWS, [60, 170, 70, 220], "head")]], RESERVE_HEAD[0], RESERVE_ROWS),
    GridCase("budget and precept half-ruled", "schedule",
             [[("title", "Draft budget and precept 2024/25"),
               ("grid", BUDGET_HEAD, BUDGET_ROWS, [170, 100, 100, 100], "rows")]], BUDGET_HEAD[0], BUDGET_ROWS),
    GridCase("grants schedule ruled", "schedule",
             [[("title", "GRANTS PAID FROM 2023/24 BUDGET"),
               ("grid", GRANT_HEAD, GRANT_ROWS, [90, 140, 210, 60], "all")]], GRANT_HEAD[0], GRANT_ROWS),
    GridCase("asset register unruled uppercase", "schedule",
             [[("title", "Fixed asset register 2023/24"),
               ("grid", ASSET_HEAD, ASSET_ROWS, [170, 130, 100, 80], "none")]], ASSET_HEAD[0], ASSET_ROWS),
]  # fmt: skip

# ---------------------------------------------------------------- calendars and attendance grids

CALENDAR_HEAD = [["Date", "Meeting", "Venue", "Time"]]
CALENDAR_ROWS = [
    ["Tuesday 16 January 2024", "Full Council", "Village Hall", "7.00pm"],
    ["Tuesday 13 February 2024", "Planning Committee", "Committee Room", "6.30pm"],
    ["Tuesday 19 March 2024", "Full Council", "Village Hall", "7.00pm"],
    ["Tuesday 16 April 2024", "Annual Parish Meeting", "Village Hall", "7.00pm"],
    ["Tuesday 21 May 2024", "Annual Meeting of the Council", "Village Hall", "7.00pm"],
    ["Tuesday 11 June 2024", "Finance Committee", "Committee Room", "6.30pm"],
]  # fmt: skip
ATTEND_HEAD = [["Councillor", "Jan", "Mar", "May", "Jul", "Sep", "Nov"]]
ATTEND_ROWS = [
    ["Cllr A Harding (Chair)", TICK, TICK, TICK, TICK, "X", TICK],
    ["Cllr B Okafor", TICK, "X", TICK, TICK, TICK, TICK],
    ["Cllr C Lindqvist", TICK, TICK, TICK, "X", TICK, TICK],
    ["Cllr D Price", "X", TICK, TICK, TICK, TICK, "X"],
    ["Cllr E Morgan", TICK, TICK, "X", TICK, TICK, TICK],
]  # fmt: skip
ATTEND_YES_ROWS = [[cell.replace(TICK, "Yes").replace("X", "No") for cell in row] for row in ATTEND_ROWS]

CALENDAR_CASES = [
    GridCase("meeting calendar half-ruled", "calendar",
             [[("title", "Calendar of meetings 2024"), ("grid", CALENDAR_HEAD, CALENDAR_ROWS, [150, 170, 110, 60],
                                                        "rows")]], CALENDAR_HEAD[0], CALENDAR_ROWS),
    GridCase("meeting calendar ruled", "calendar",
             [[("title", "Calendar of meetings 2024"), ("grid", CALENDAR_HEAD, CALENDAR_ROWS, [150, 170, 110, 60],
                                                        "all")]], CALENDAR_HEAD[0], CALENDAR_ROWS),
    GridCase("attendance ticks ruled", "calendar",
             [[("title", "Councillors' attendance 2023"), ("grid", ATTEND_HEAD, ATTEND_ROWS,
                                                          [150] + [45] * 6, "all")]], ATTEND_HEAD[0], ATTEND_ROWS),
    GridCase("attendance yes/no half-ruled", "calendar",
             [[("title", "Councillors' attendance 2023"), ("grid", ATTEND_HEAD, ATTEND_YES_ROWS,
                                                          [150] + [45] * 6, "rows")]], ATTEND_HEAD[0],
             ATTEND_YES_ROWS),
]  # fmt: skip

# ---------------------------------------------------------------- negatives

LETTERHEAD = ("letterhead", ["OAKBRIDGE PARISH COUNCIL", "Clerk: Mrs J Fenwick   The Old School, Mill Lane, "
                             "Oakbridge OK4 7PQ", "Tel 01234 567890   clerk@oakbridge-pc.gov.uk"])  # fmt: skip
PROSE = [("text", "The council is responsible for ensuring that its business is conducted in accordance with")] * 4
SIGNATURE = ("sign", ["Signed ........................................ Chairman      Date ..................",
                      "Signed ........................................ Clerk           Date ..................",
                      "Minute reference ..................................."])  # fmt: skip
COVER = ("box", [("Meeting", "Full Council"), ("Date", "Tuesday 16 January 2024"), ("Time", "7.00pm"),
                 ("Venue", "Oakbridge Village Hall"), ("Clerk", "Mrs J Fenwick")])  # fmt: skip

NEGATIVE_CASES = [
    GridCase("letterhead", "negative", [[LETTERHEAD, *PROSE]]),
    GridCase("signature block", "negative", [[("title", "Internal control statement"), *PROSE, ("gap", 20),
                                              SIGNATURE]]),
    GridCase("label value cover box", "negative", [[LETTERHEAD, ("title", "NOTICE OF MEETING"), COVER, *PROSE]]),
]  # fmt: skip

CASES = FORM_CASES + SCHEDULE_CASES + CALENDAR_CASES + NEGATIVE_CASES
XFAIL: dict[str, str] = {}  # sweep 53 read the half-ruled tick form (a header of two lines, a group over three)


def problems(case: GridCase, found: list) -> list[str]:
    """What differs between the tables found and the case's truth (empty when they agree)."""
    if case.header is None:
        return [f"table found: {table.header}" for table in found]
    if len(found) != 1:
        return [f"{len(found)} tables found: " + "; ".join(str(table.header) for table in found)]
    table = found[0]
    wrong = []
    if (table.page_start, table.page_end) != case.span:
        wrong.append(f"pages {table.page_start}-{table.page_end}")
    if [norm_text(cell) for cell in table.header] != [norm_text(cell) for cell in case.header]:
        wrong.append(f"header {table.header}")
    if norm_rows(table.rows) != norm_rows(case.rows or []):
        wrong.append(f"rows {table.rows}")
    return wrong


def _param(case: GridCase):
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[case.name])] if case.name in XFAIL else []
    return pytest.param(case, id=f"{case.kind}-{case.name}", marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_small_council_grid(case: GridCase, tmp_path) -> None:
    assert problems(case, found_tables(draw(case.pages), tmp_path)) == []


if __name__ == "__main__":  # pragma: no cover - a report for people: python tests/test_tables_round23.py
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            wrong = problems(case, found_tables(draw(case.pages), Path(folder)))
            print(f"{case.kind:9} {'ok' if not wrong else 'FAIL':4} {case.name}: {str(wrong)[:500]}")
