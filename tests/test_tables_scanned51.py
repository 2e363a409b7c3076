# ruff: noqa: E501  (data rows of the drawn pages are kept one row to a line)
"""Unruled tables on scanned statutory forms and accounts of parish councils (tables round 51, OCR).

A small council publishes its year-end papers as a scan of the signed copies: the annual return's forms
(AGAR), an asset register typed as a list of items and values, and a receipts-and-payments account typed as two
lists side by side with a bank reconciliation under them. Each case here is typed with reportlab's canvas as a
clerk's word processor prints it, printed and scanned (``scan_cases.scanned_document``: 200 dpi, a little skew,
blur, specks, grey text), read through the real path (``read_document(ocr="auto")``, then ``find_tables``) and
scored with the evaluator's ``score_tables`` against gold written by corpus/gold/README.md.

Classes of case:
- 'register': an asset register with a column of items and one of values ('£ 4,500'), no rules; dates of
  purchase printed left of the items with no name over them (a column of their own, header ''), items in
  italic type, a name wrapped onto two lines with its value on the second, a 'Total' line; or a register whose
  date column is named ('Date | Item | Value').
- 'side_by_side': receipts and payments as two lists set side by side, each 'Receipts | £' / 'Payments | £'
  with a total set level with the other list's total (the shorter list's total stands well below its last
  row); a bank reconciliation of labelled sums under them is not a table.
- 'not_tables': a bank reconciliation pro forma alone (labels ending in sums, no header of columns), and the
  signature block of an annual return (who signed, names, dates): no table is invented.
- 'agar': the annual governance statement's ruled table, its header filled dark with white type: 'Agreed'
  spanning the 'Yes' and 'No' tick columns and a column "'Yes' means that this authority:" (gold header
  ['', 'Agreed Yes', 'Agreed No', "'Yes' means that this authority:"], the Milburn return's convention).

Each case keeps the structure and phrasing pattern of real published pages; names, places and numbers changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- http://limpsfield.org/what-we-own-fixed-assets/ (a parish council's fixed asset register: community assets,
  land and buildings, items with a purchase value, the register behind box 9 of the annual return)
- https://lambourn-pc.gov.uk/our-asset-register/ (the same genre: assets recorded at acquisition cost, items of
  £100 and more, the register reviewed at the end of each financial year)
- http://www.tixall-ingestre-andrews.me.uk/pc/accounts.html (a parish council's summary receipts and payments
  account: precept, bank interest, VAT repayment received, total receipts; payments listed by payee and purpose
  with a total)
- https://www.hugofox.com/community/stoke-st-milborough-parish-council-12527/pc-accounts/ (the bank
  reconciliation pro forma: balance per bank statements, less unpresented cheques, add un-banked cash, net
  balances, opening balance plus receipts less payments)
- http://longsdonpc.org.uk/index.php/finance/88-finance (Section 1 – Annual Governance Statement: numbered
  statements, 'Agreed' over 'Yes | No', "'Yes' means that this authority:" beside each)
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse import tables
from agendaparse.evaluate import all_figures, score_tables
from agendaparse.pdf import ocr_available, read_document
from scan_cases import Look, PaperLook, scanned_document

pytestmark = pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")

OCR_SHARE = 0.8  # of gold cells read exactly; the rest are the OCR's misreadings of small italic figures
SCAN = PaperLook(Look(turn=0.3, blur=0.4, speckle=40), ink=30)
TOP = A4[1] - 60.0


@dataclass
class Page:
    """A typed page: strings drawn at (x, y) in a font, and the gold tables on it."""

    name: str
    draws: list[tuple[str, float, float, float, str, str, float]] = field(default_factory=list)
    gold: list[dict] = field(default_factory=list)
    y: float = TOP
    lines: list[tuple[float, float, float, float]] = field(default_factory=list)
    white_lines: list[tuple[float, float, float, float]] = field(default_factory=list)  # rules inside a dark fill
    boxes: list[tuple[float, float, float, float, float]] = field(default_factory=list)  # x, y, w, h, grey

    def text(
        self,
        font: str,
        size: float,
        x: float,
        text: str,
        align: str = "left",
        *,
        y: float | None = None,
        grey: float = 0,
    ) -> None:
        self.draws.append((font, size, x, self.y if y is None else y, text, align, grey))

    def down(self, step: float) -> None:
        self.y -= step

    def pdf(self) -> bytes:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "typed.pdf"
            page = canvas.Canvas(str(path), pagesize=A4)
            for x, y, width, height, grey in self.boxes:
                page.setFillGray(grey)
                page.rect(x, y, width, height, stroke=0, fill=1)
            page.setLineWidth(0.8)
            for grey, lines in ((0, self.lines), (1, self.white_lines)):
                page.setStrokeGray(grey)
                for x0, y0, x1, y1 in lines:
                    page.line(x0, y0, x1, y1)
            for font, size, x, y, text, align, grey in self.draws:
                page.setFont(font, size)
                page.setFillGray(grey)
                if align == "right":
                    page.drawRightString(x, y, text)
                elif align == "centre":
                    page.drawCentredString(x, y, text)
                else:
                    page.drawString(x, y, text)
            page.showPage()
            page.save()
            return path.read_bytes()


def read_tables(page: Page, tmp_path: Path) -> list[dict]:
    scan = tmp_path / f"{page.name}.pdf"
    scan.write_bytes(scanned_document(page.pdf(), SCAN))
    read = read_document(scan, ocr="auto")
    found = tables.find_tables(read.data or scan, read.pages, "test")
    return [
        {
            "title": table.title,
            "page_start": table.page_start,
            "page_end": table.page_end,
            "header": table.header,
            "rows": table.rows,
        }
        for table in found
    ]


def figures(page: Page, predicted: list[dict]) -> dict[str, float | None]:
    return all_figures({"tables": score_tables(page.gold, predicted)})["tables"]


def gold_table(header: list[str], rows: list[list[str]]) -> dict:
    return {"title": None, "page_start": 1, "page_end": 1, "header": header, "rows": rows}


# ---------------------------------------------------------------- register: an asset register typed as a list

ITALIC, ROMAN, BOLD = "Times-Italic", "Times-Roman", "Times-Bold"


def register(name: str, entries: list[tuple[str, str, str]], *, italic: bool, named_dates: bool = False) -> Page:
    """An asset register: title lines, 'Asset' and 'Value' (underlined), one entry a line: an optional date at
    the left margin, the item, '£' and its value set flush right; an item of two lines ('a|b') has its value on
    the second; a 'Total' line; a note and a signature line below."""
    font = ITALIC if italic else ROMAN
    page = Page(name)
    page.text(BOLD + "Italic" if italic else BOLD, 14, 297, "Oakhurst Parish Council", "centre")
    page.down(24)
    page.text(BOLD + "Italic" if italic else BOLD, 14, 297, "Asset Register - Audit Purposes", "centre")
    page.down(24)
    page.text(BOLD + "Italic" if italic else BOLD, 14, 297, "March 2025", "centre")
    page.down(22)
    if named_dates:
        page.text(font, 12, 80, "Date")
    page.text(font, 12, 170, "Asset")
    page.text(font, 12, 390, "Value")
    page.lines += [(170, page.y - 2, 200, page.y - 2), (390, page.y - 2, 420, page.y - 2)]
    page.down(30)
    rows = []
    for date, item, value in entries:
        first, _, second = item.partition("|")
        if date:
            page.text(font, 13, 80, date)
        page.text(font, 13, 170, first)
        if second:
            page.down(16)
            page.text(font, 13, 190, second)
        page.text(font, 13, 384, "£")
        page.text(font, 13, 446, value, "right")
        rows.append([date, f"{first} {second}".strip(), f"£ {value}"])
        page.down(30)
    page.text(font, 13, 300, "Total")
    page.text(font, 13, 384, f"£ {entries_total(entries)}")
    rows.append(["", "Total", f"£ {entries_total(entries)}"])
    page.down(34)
    page.text(font, 10, 80, "Assets are on the Recreation Ground and Mill Lane. The laptop is with the Clerk.")
    page.down(26)
    page.text(font, 11, 80, "Signed ______________________          Date 4th April 2025")
    page.gold = [gold_table(["Date" if named_dates else "", "Asset", "Value"], rows)]
    return page


def entries_total(entries: list[tuple[str, str, str]]) -> str:
    return f"{sum(int(value.replace(',', '')) for _, _, value in entries):,}"


REGISTER_ENTRIES = [
    ("", "Bench on Mill Lane", "350"),
    ("", "Play Area & Safety Surface", "6,200"),
    ("1961", "Bus Shelter", "12,000"),
    ("", "Seat by the War Memorial", "900"),
    ("1998", "Noticeboard", "650"),
    ("May 2016", "Defibrillator Cabinet", "1,450"),
    ("", "Village History Booklet|Printed by Harwood Press", "120"),
    ("Sept 2019", "Laptop", "420"),
    ("", "Litter Picking Equipment", "180"),
]
DATED_ENTRIES = [
    ("1985", "War Memorial", "15,000"),
    ("2004", "Village Sign", "2,300"),
    ("2012", "Grit Bins (4)", "480"),
    ("2017", "Planters", "560"),
    ("2021", "Speed Indicator Device", "3,150"),
]

REGISTERS = {
    "register_italic_dates": register("register_italic_dates", REGISTER_ENTRIES, italic=True),
    "register_roman_dates": register("register_roman_dates", REGISTER_ENTRIES[:6], italic=False),
    "register_named_dates": register("register_named_dates", DATED_ENTRIES, italic=False, named_dates=True),
}


@pytest.mark.parametrize("name", list(REGISTERS))
def test_scanned_asset_register(tmp_path: Path, name: str) -> None:
    page = REGISTERS[name]
    predicted = read_tables(page, tmp_path)
    got = figures(page, predicted)
    assert got["precision"] == got["recall"] == 1.0 and (got["cell_accuracy"] or 0) >= OCR_SHARE, (got, predicted)


# ---------------------------------------------------------------- side_by_side: receipts and payments

RECEIPTS = [
    ("Precept", "6500.00"),
    ("Bank Interest", "2.17"),
    ("VAT Repayment 2023/24", "412.60"),
    ("Allotment Rents|Received", "85.00"),
]
PAYMENTS = [
    ("County ALC Subscription", "142.00"),
    ("Grass Cutting Contract", "1880.00"),
    ("Ashdown Insurance", "612.40"),
    ("Oakhurst Village Hall", "60.00"),
    ("St Mary's Church", "200.00"),
    ("R Penrose – Clerk", "1020.00"),
    ("Website Hosting", "84.00"),
    ("Play Area Inspection", "65.00"),
]
RECONCILIATION = [
    ("Opening Bank Balances as at 31st March 2024", ""),
    ("Current Account", "£ 1204.11"),
    ("Savings Account", "£ 2310.45"),
    ("Plus Receipts", "£ 6999.77"),
    ("Less Payments", "(£4063.40)"),
    ("Actual Balance as per Bank Statements at year end", "£ 6450.93"),
]


def _amount_total(entries: list[tuple[str, str]]) -> str:
    return f"{sum(float(value) for _, value in entries):.2f}"


def side_by_side(
    name: str, receipts: list[tuple[str, str]], payments: list[tuple[str, str]], *, reconciliation: bool
) -> Page:
    """'Receipts | £' and 'Payments | £' as two lists side by side (the names set out left of 'Receipts'),
    a name of two lines ('a|b') set in on its second line with the sum, totals set level under the longer
    list, then (``reconciliation``) a bank reconciliation of labelled sums."""
    page = Page(name)
    page.text(BOLD, 12, 297, "OAKHURST PARISH COUNCIL", "centre")
    page.down(26)
    page.text(BOLD, 12, 297, "Receipts and Payments for the year ended 31st March 2025", "centre")
    page.down(28)
    page.text(ROMAN, 12, 95, "Receipts")
    page.text(ROMAN, 12, 200, "£")
    page.text(ROMAN, 12, 315, "Payments")
    page.text(ROMAN, 12, 478, "£")
    page.down(40)
    top = page.y
    receipt_rows = []
    for label, value in receipts:
        first, _, second = label.partition("|")
        page.text(ROMAN, 11.5, 40, first)
        if second:
            page.down(15)
            page.text(ROMAN, 11.5, 66, second)
        page.text(ROMAN, 11.5, 268, value, "right")
        receipt_rows.append([f"{first} {second}".strip(), value])
        page.down(15)
    page.y = top
    for label, value in payments:
        page.text(ROMAN, 11.5, 315, label)
        page.text(ROMAN, 11.5, 542, value, "right")
        page.down(15)
    page.down(14)
    page.text(ROMAN, 11.5, 64, "Total Receipts")
    page.text(ROMAN, 11.5, 188, f"£ {_amount_total(receipts)}")
    page.text(ROMAN, 11.5, 348, "Total Payments")
    page.text(ROMAN, 11.5, 480, f"£ {_amount_total(payments)}")
    receipt_rows.append(["Total Receipts", f"£ {_amount_total(receipts)}"])
    payment_rows = [[label, value] for label, value in payments] + [["Total Payments", f"£ {_amount_total(payments)}"]]
    if reconciliation:
        page.down(44)
        page.text(BOLD, 11.5, 64, "Bank Reconciliation")
        page.down(28)
        for label, value in RECONCILIATION:
            page.text(ROMAN, 11.5, 90, label)
            if value:
                page.text(ROMAN, 11.5, 382, value)
            page.down(15)
    page.gold = [gold_table(["Receipts", "£"], receipt_rows), gold_table(["Payments", "£"], payment_rows)]
    return page


SIDE_BY_SIDE = {
    "receipts_payments_reconciliation": side_by_side(
        "receipts_payments_reconciliation", RECEIPTS, PAYMENTS, reconciliation=True
    ),
    "receipts_payments_short": side_by_side(
        "receipts_payments_short", RECEIPTS[:3], PAYMENTS[:5], reconciliation=False
    ),
}


@pytest.mark.parametrize("name", list(SIDE_BY_SIDE))
def test_receipts_and_payments_side_by_side(tmp_path: Path, name: str) -> None:
    page = SIDE_BY_SIDE[name]
    predicted = read_tables(page, tmp_path)
    got = figures(page, predicted)
    assert got["precision"] == got["recall"] == 1.0 and (got["cell_accuracy"] or 0) >= OCR_SHARE, (got, predicted)


# ---------------------------------------------------------------- not_tables: labelled sums and signatures


def reconciliation_alone() -> Page:
    """The bank reconciliation pro forma: labels and sums, '£' over the sums, and no header naming columns."""
    page = Page("reconciliation_alone")
    page.text(BOLD, 12, 60, "Bank reconciliation – pro forma")
    page.down(24)
    page.text(ROMAN, 11, 60, "Name of smaller authority: Oakhurst Parish Council")
    page.down(16)
    page.text(ROMAN, 11, 60, "Financial year ending 31 March 2025")
    page.down(16)
    page.text(ROMAN, 11, 60, "Prepared by R Penrose, Clerk/RFO (Name and role)      Date 22/04/2025")
    page.down(28)
    page.text(ROMAN, 11, 380, "£")
    page.text(ROMAN, 11, 470, "£")
    page.down(16)
    for label, first, second in [
        ("Balance per bank statements as at 31 March 2025:", "", ""),
        ("Current account", "5,480.12", ""),
        ("Business reserve account", "2,105.00", ""),
        ("", "", "7,585.12"),
        ("Petty cash float (if applicable)", "", "0.00"),
        ("Less: any unpresented cheques at 31 March 2025", "", ""),
        ("Cheque 000412 Clerk's wages March", "(318.75)", ""),
        ("", "", "(318.75)"),
        ("Add: any un-banked cash at 31 March 2025", "", "0.00"),
        ("Net balances as at 31 March 2025 (Box 8)", "", "7,266.37"),
    ]:
        page.text(ROMAN, 11, 60, label)
        if first:
            page.text(ROMAN, 11, 420, first, "right")
        if second:
            page.text(ROMAN, 11, 510, second, "right")
        page.down(17)
    return page


def signature_block() -> Page:
    """The foot of an annual return's section: approval at a meeting, then who signed, their names and dates
    in columns (set like a table's header and rows, but a form's block)."""
    page = Page("signature_block")
    page.text(
        ROMAN, 11, 60, "This Annual Governance Statement was approved at a meeting of the authority on 14/05/2025"
    )
    page.down(16)
    page.text(
        ROMAN, 11, 60, "and recorded as minute reference 25/041. Signed by the Chairman and Clerk of the meeting."
    )
    page.down(32)
    for cells in [
        ("Chairman", "Clerk", "Date"),
        ("Signed ............", "Signed ............", "14/05/2025"),
        ("Name  R Hale", "Name  R Penrose", "14/05/2025"),
        ("Cllr Oakhurst PC", "Clerk and RFO", "Minute 25/041"),
    ]:
        for x, cell in zip((60, 250, 440), cells, strict=True):
            page.text(ROMAN, 11, x, cell)
        page.down(22)
    return page


NOT_TABLES = {"reconciliation_alone": reconciliation_alone(), "signature_block": signature_block()}


@pytest.mark.parametrize("name", list(NOT_TABLES))
def test_labelled_sums_and_signatures_are_not_tables(tmp_path: Path, name: str) -> None:
    predicted = read_tables(NOT_TABLES[name], tmp_path)
    assert predicted == [], predicted


# ---------------------------------------------------------------- agar: a dark header over tick columns

STATEMENTS = [
    (
        "1. We have put in place arrangements for effective financial management during the year.",
        "prepared its accounting statements in accordance with the Regulations.",
    ),
    (
        "2. We maintained an adequate system of internal control and reviewed its effectiveness.",
        "made proper arrangements for safeguarding the public money in its charge.",
    ),
    (
        "3. We took all reasonable steps to assure ourselves of compliance with laws and regulations.",
        "has only done what it has the legal power to do.",
    ),
    (
        "4. We provided proper opportunity during the year for the exercise of electors' rights.",
        "gave all persons interested the opportunity to inspect its accounts.",
    ),
    (
        "5. We carried out an assessment of the risks facing this authority.",
        "considered and documented the financial and other risks it faces.",
    ),
]
EDGES = [40, 300, 345, 390, 555]


def _wrapped(text: str, width: float, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", "Helvetica", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def agar_statement() -> Page:
    """Section 1's table: a header of two rows filled dark, white type ('Agreed' spanning 'Yes' and 'No', the
    right column named on the second row), white rules only around the 'Yes' and 'No' boxes (so the scan finds
    the header one cell across the table, as the Milburn return's reads); ruled rows below, a tick in 'Yes'."""
    page = Page("agar_statement")
    page.text(BOLD, 13, 40, "Section 1 – Annual Governance Statement 2024/25")
    page.down(22)
    page.text(
        ROMAN, 10, 40, "We confirm, with respect to the Accounting Statements for the year ended 31 March 2025, that:"
    )
    page.down(14)
    head_top, head_mid, head_bottom = page.y, page.y - 14, page.y - 30
    page.boxes.append((EDGES[0], head_bottom, EDGES[-1] - EDGES[0], head_top - head_bottom, 0.2))
    page.text("Helvetica-Oblique", 9, (EDGES[1] + EDGES[3]) / 2, "Agreed", "centre", y=head_top - 10, grey=1)
    page.text("Helvetica", 9, (EDGES[1] + EDGES[2]) / 2, "Yes", "centre", y=head_mid - 11, grey=1)
    page.text("Helvetica", 9, (EDGES[2] + EDGES[3]) / 2, "No", "centre", y=head_mid - 11, grey=1)
    page.text("Helvetica-Oblique", 9, EDGES[3] + 5, "'Yes' means that this authority:", y=head_mid - 11, grey=1)
    # white rules only around the 'Yes' and 'No' boxes under 'Agreed' (no rule parts the fill's other columns)
    page.white_lines += [(EDGES[1], head_mid, EDGES[3], head_mid)]
    page.white_lines += [(x, head_mid, x, head_bottom) for x in EDGES[1:4]]
    y = head_bottom
    rows = []
    rules = [(EDGES[0], head_top, EDGES[-1], head_top), (EDGES[0], head_bottom, EDGES[-1], head_bottom)]
    for statement, meaning in STATEMENTS:
        left, right = _wrapped(statement, EDGES[1] - EDGES[0] - 8, 9), _wrapped(meaning, EDGES[4] - EDGES[3] - 8, 9)
        height = 11 * max(len(left), len(right)) + 8
        for offset, line in enumerate(left):
            page.text("Helvetica", 9, EDGES[0] + 4, line, y=y - 11 - 11 * offset)
        for offset, line in enumerate(right):
            page.text("Helvetica-Oblique", 9, EDGES[3] + 4, line, y=y - 11 - 11 * offset)
        middle = (EDGES[1] + EDGES[2]) / 2
        page.lines += [
            (middle - 6, y - height / 2, middle - 2, y - height / 2 - 6),
            (middle - 2, y - height / 2 - 6, middle + 7, y - height / 2 + 8),
        ]
        rows.append([statement, "✓", "", meaning])
        y -= height
        rules.append((EDGES[0], y, EDGES[-1], y))
    rules += [(x, head_top, x, y) for x in (EDGES[0], EDGES[-1])]
    rules += [(x, head_bottom, x, y) for x in EDGES[1:-1]]
    page.lines += rules
    page.gold = [gold_table(["", "Agreed Yes", "Agreed No", "'Yes' means that this authority:"], rows)]
    return page


def test_agar_dark_header_spanning_tick_columns(tmp_path: Path) -> None:
    page = agar_statement()
    predicted = read_tables(page, tmp_path)
    got = figures(page, predicted)
    assert got["precision"] == got["recall"] == 1.0 and (got["cell_accuracy"] or 0) >= OCR_SHARE, (got, predicted)
    assert [cell.replace("‘", "'").replace("’", "'") for cell in predicted[0]["header"]] == page.gold[0]["header"]
