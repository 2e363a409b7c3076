# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Parish finance tables: unruled payments lists in minutes and the annual return's forms (tables round 37, issue #5).

Classes of case, each read through the real code path (``predicted_dict``) and scored with the evaluator's
``score_document`` for ``tables`` against gold written by corpus/gold/README.md:

- 'payments': a finance minute's list of invoices to pay set with Word tabs, no header and no rules: payee,
  purpose, '£' sum at the line's end. A payee name long enough to run past the purpose tab pushes the purpose
  to a narrow gap; a second invoice of the payee above is set in with no payee; a wrapped purpose or a
  '(cheque payable to ...)' note is set in under its row (joined to that row's purpose, README: wrapped lines
  joined with one space). Drawn with reportlab's canvas at tab stops, as a clerk's document prints them.
- 'payments_scanned': one such minutes page printed and scanned, read by OCR (one OCR'd page).
- 'agar': the Annual Governance and Accountability Return forms as a council's copy prints them, ruled:
  Section 2 accounting statements (numbered boxes 1-10 with two years' figures and a notes column, the
  'Year ending' header over both years), the annual internal audit report (objectives A-L, 'Yes' / 'No' /
  'Not covered' with an X in the box chosen).
- 'not_payments': lines ending in sums that are not a payments list (prose whose lines end in sums, a
  two-column budget list of heading | sum with no purpose column): no table is invented.
- 'real': regression cases on the real dev PDFs by path (skipped without ../shared).

Each case keeps the structure and phrasing pattern of real published pages; names, places and numbers changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- http://hatfieldgpc.co.uk/hatfield-and-district-group-parish-council/hatfield-and-district-group-parish-council-minutes/minutes-1-march-2016/
  (a group parish council's finance minute: 'Invoices and payments, the following cheques were approved and
  signed', payee and sum, clerk's wages and HMRC, election fees)
- https://docslib.org/doc/2134566/nlpc-ordinary-meeting-14-january-2020 (a parish council's ordinary meeting
  minutes with numbered items and finance approvals)
- http://baydon.org/generalcontent/Parish%20Council%20Minutes%2020%20April%202009.htm (a parish council's minutes:
  clerk's report, the bank statement, contractors' payments)
- https://fill.io/Annual-Return-2017-18-0aa2859b (the Annual Governance and Accountability Return 2017/18 Part 2:
  annual internal audit report, Section 1 governance statement, Section 2 accounting statements)
- https://vdocuments.mx/annual-governance-and-accountability-return-201920-part-3-by-2020-7-2-annual.html (AGAR
  2019/20 Part 3: boxes 1-10 of Section 2, the 'Year ending' columns, the internal audit objectives)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.evaluate import all_figures, predicted_dict, score_document
from agendaparse.pdf import ocr_available
from conftest import REAL, ROOT, needs_shared
from scan_cases import Look, PaperLook, scanned_document
from whole_tables import Grid, WholeTables, scored, shortfalls

FONT, SIZE = "Helvetica", 11.0
LEFT, TOP, LEADING = 72.0, 90.0, 14.5

# ---------------------------------------------------------------- payments: tab-set lists drawn on a canvas

# a line: ((x offset from the left margin, text), ...); a row of the gold: [payee, purpose, sum]
Segments = tuple[tuple[float, str], ...]


class TabMinutes:
    """A page of minutes with a payments list set at tab stops; ``lines`` are prose (str) or segments."""

    def __init__(self, name: str, lines: list[str | Segments], gold_rows: list[list[str]] | None) -> None:
        self.name, self.lines, self.gold_rows = name, lines, gold_rows

    def render(self, path: Path) -> None:
        page = canvas.Canvas(str(path), pagesize=A4)
        page.setFont(FONT, SIZE)
        y = A4[1] - TOP
        for line in self.lines:
            for x, text in ((0.0, line),) if isinstance(line, str) else line:
                page.drawString(LEFT + x, y, text)
            y -= LEADING
        page.showPage()
        page.save()

    def gold(self) -> dict:
        tables = [{"title": None, "page_start": 1, "page_end": 1, "header": [], "rows": self.gold_rows}]
        return {"tables": tables if self.gold_rows else [], "action_plan_rows": None}


PAYEE, PURPOSE, SUM = 0.0, 150.0, 300.0  # the clerk's tab stops


def row(payee: str, purpose: str, amount: str, *, purpose_at: float = PURPOSE, sum_at: float = SUM) -> Segments:
    return (
        ((PAYEE, payee), (purpose_at, purpose), (sum_at, amount))
        if payee
        else ((purpose_at, purpose), (sum_at, amount))
    )


HEAD = [
    "ASHCOMBE PARISH COUNCIL",
    "Minutes of the meeting held on Tuesday 4th March 2025 in the Village Hall at 7.30pm",
    "Present: Councillors R Hale (Chair), M Osborne, T Quayle and S Vickery. Clerk: L Dunmore.",
    "",
    "25.03.06 Finance",
]

HATFIELD_LIKE = TabMinutes(
    "payments_cheques",
    [
        *HEAD,
        "Invoices and payments, the following cheques were approved and signed:",
        row("Hillside Landscapes", "Grass cutting February", "£ 212.40"),
        row("L Dunmore", "Clerk's wages March", "£ 318.75"),
        row("HMRC", "PAYE month 11", "£ 79.60"),
        row("Ashcombe Village Hall", "Hall hire for meetings", "£ 36.00"),
        row("County Association of Local Councils", "Training course", "£ 45.00", purpose_at=196.0),
        "It was resolved to approve the payments listed above.",
    ],
    [
        ["Hillside Landscapes", "Grass cutting February", "£ 212.40"],
        ["L Dunmore", "Clerk's wages March", "£ 318.75"],
        ["HMRC", "PAYE month 11", "£ 79.60"],
        ["Ashcombe Village Hall", "Hall hire for meetings", "£ 36.00"],
        ["County Association of Local Councils", "Training course", "£ 45.00"],
    ],
)

SET_IN = TabMinutes(
    "payments_set_in",
    [
        *HEAD,
        "Invoices received :-",
        row("Beckside Joinery", "Oak for noticeboard", "£ 64.00"),
        row("Westvale District Council", "Uncontested election costs", "£ 98.00", purpose_at=134.0),
        row("Tom Rudd", "Labour on bus shelter repair", "£ 140.00"),
        ((PURPOSE, "(cheque made payable to Ashcombe Village Hall)"),),
        row("", "Galvanised brackets", "£ 18.50", purpose_at=PURPOSE + 14),
        ((PURPOSE, "(cheque payable to Tom Rudd)"),),
        row("Ashcombe Community Bus", "Donation requested, agreed to pay", "£ 50.00", purpose_at=139.0, sum_at=318.0),
        "The Councillors resolved to pay all of the above.",
    ],
    [
        ["Beckside Joinery", "Oak for noticeboard", "£ 64.00"],
        ["Westvale District Council", "Uncontested election costs", "£ 98.00"],
        ["Tom Rudd", "Labour on bus shelter repair (cheque made payable to Ashcombe Village Hall)", "£ 140.00"],
        ["", "Galvanised brackets (cheque payable to Tom Rudd)", "£ 18.50"],
        ["Ashcombe Community Bus", "Donation requested, agreed to pay", "£ 50.00"],
    ],
)

NO_SPACE = TabMinutes(
    "payments_bacs",
    [
        *HEAD,
        "The following payments by BACS were approved:",
        row("Northern Power Ltd", "Street lighting energy", "£1,204.16"),
        row("Parish Online", "Mapping subscription", "£66.00"),
        row("Brook & Sons", "Playground inspection", "£120.00"),
        row("P Lambert", "Internal audit fee", "£150.00"),
        "Bank balances at 28th February were noted.",
    ],
    [
        ["Northern Power Ltd", "Street lighting energy", "£1,204.16"],
        ["Parish Online", "Mapping subscription", "£66.00"],
        ["Brook & Sons", "Playground inspection", "£120.00"],
        ["P Lambert", "Internal audit fee", "£150.00"],
    ],
)

PROSE_SUMS = TabMinutes(
    "prose_sums",
    [
        *HEAD,
        "The Clerk reported that the grass cutting contract for the year would cost £",
        "1,180.00 and that the insurance renewal quote received this month was for £",
        "412.00, while the annual subscription to the county association is now £",
        "96.00 following a rise agreed at its general meeting held in the autumn of £",
        "4.00. Members noted the figures and asked for a budget review in April.",
    ],
    None,
)

BUDGET_LIST = TabMinutes(
    "budget_headings",
    [
        *HEAD,
        "The draft budget for 2025/26 was considered:",
        ((PAYEE, "Grass cutting"), (SUM, "£ 2,400.00")),
        ((PAYEE, "Insurance"), (SUM, "£ 420.00")),
        ((PAYEE, "Clerk's salary"), (SUM, "£ 3,800.00")),
        ((PAYEE, "Street lighting"), (SUM, "£ 1,150.00")),
        "It was resolved to set the precept at £7,800.",
    ],
    None,
)

TAB_CASES = {case.name: case for case in (HATFIELD_LIKE, SET_IN, NO_SPACE, PROSE_SUMS, BUDGET_LIST)}


def tab_figures(case: TabMinutes, path: Path, *, fast: bool = True) -> tuple[dict[str, float | None], dict]:
    case.render(path)
    predicted = predicted_dict(path, fast=fast)
    return all_figures(score_document(case.gold(), predicted))["tables"], predicted


@pytest.mark.parametrize("name", ["payments_cheques", "payments_set_in", "payments_bacs"])
def test_tab_set_payments_list(tmp_path: Path, name: str) -> None:
    figures, predicted = tab_figures(TAB_CASES[name], tmp_path / f"{name}.pdf")
    assert figures["precision"] == figures["recall"] == figures["cell_accuracy"] == 1.0, (figures, predicted["tables"])


@pytest.mark.parametrize("name", ["prose_sums", "budget_headings"])
def test_lines_ending_in_sums_are_not_a_payments_list(tmp_path: Path, name: str) -> None:
    TAB_CASES[name].render(tmp_path / f"{name}.pdf")
    predicted = predicted_dict(tmp_path / f"{name}.pdf", fast=True)
    assert predicted["tables"] == [], predicted["tables"]


def _unspaced(line: str | Segments) -> str | Segments:
    """A line with its sums typed without the space after '£' (OCR reads '£ 64.00' as one word, '£64.00')."""
    return line if isinstance(line, str) else tuple((x, text.replace("£ ", "£")) for x, text in line)


@pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")
def test_scanned_payments_list(tmp_path: Path) -> None:
    """The set-in list printed and scanned: found, and most cells read exactly (the rest are OCR misreadings)."""
    case = TabMinutes(
        SET_IN.name,
        [_unspaced(line) for line in SET_IN.lines],
        [[cell.replace("£ ", "£") for cell in row] for row in SET_IN.gold_rows or []],
    )
    typed = tmp_path / "typed.pdf"
    case.render(typed)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_document(typed.read_bytes(), PaperLook(Look(turn=0.3, blur=0.4, speckle=40), ink=40)))
    predicted = predicted_dict(scan, fast=False)
    figures = all_figures(score_document(case.gold(), predicted))["tables"]
    assert figures["precision"] == figures["recall"] == 1.0 and (figures["cell_accuracy"] or 0) >= 0.8, (
        figures,
        predicted["tables"],
    )


# ---------------------------------------------------------------- agar: the annual return's ruled forms

NOTES = {
    "1": "Total balances and reserves at the beginning of the year as recorded in the financial records.",
    "2": "Total amount of precept received or receivable in the year. Exclude any grants received.",
    "3": "Total income or receipts as recorded in the cashbook less the precept received.",
    "4": "Total expenditure or payments made to and on behalf of all employees.",
    "5": "Total expenditure or payments of capital and interest made during the year.",
    "6": "Total expenditure or payments as recorded in the cashbook less staff costs and loan repayments.",
    "7": "Total balances and reserves at the end of the year. Must equal (1+2+3) - (4+5+6).",
    "8": "The sum of all current and deposit bank accounts and cash holdings as at 31 March.",
    "9": "The value of all the property the authority owns as at 31 March.",
    "10": "The outstanding capital balance as at 31 March of all loans from third parties.",
}
BOXES = [
    ["1. Balances brought forward", "8,412", "9,035"],
    ["2. (+) Precept or Rates and Levies", "6,500", "7,000"],
    ["3. (+) Total other receipts", "1,276", "884"],
    ["4. (-) Staff costs", "3,410", "3,592"],
    ["5. (-) Loan interest/capital repayments", "0", "0"],
    ["6. (-) All other payments", "3,743", "4,106"],
    ["7. (=) Balances carried forward", "9,035", "9,221"],
    ["8. Total value of cash and short term investments", "9,035", "9,221"],
    ["9. Total fixed assets plus long term investments and assets", "24,310", "24,310"],
    ["10. Total borrowings", "0", "0"],
]
SECTION2 = WholeTables(
    "agar_section2",
    "agar",
    [
        "# Section 2 – Accounting Statements 2024/25 for Elmstead Parish Council",
        Grid(
            ["", "31 March 2024 £", "31 March 2025 £", "Notes and guidance"],
            [[*box, NOTES[box[0].split(".")[0]]] for box in BOXES],
            [150, 60, 60, 240],
            top_header=[("Year ending", 1, 2)],
            header_fill=False,
        ),
        "I certify that for the year ended 31 March 2025 the Accounting Statements in this Annual Governance and Accountability Return have been prepared on a receipts and payments basis.",
    ],
    [],
)
OBJECTIVES = [
    "A. Appropriate accounting records have been properly kept throughout the financial year.",
    "B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for.",
    "C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these.",
    "D. The precept or rates requirement resulted from an adequate budgetary process; progress against the budget was regularly monitored; and reserves were appropriate.",
    "E. Expected income was fully received, based on correct prices, properly recorded and promptly banked; and VAT was appropriately accounted for.",
    "F. Petty cash payments were properly supported by receipts, all petty cash expenditure was approved and VAT appropriately accounted for.",
    "G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals, and PAYE and NI requirements were properly applied.",
    "H. Asset and investments registers were complete and accurate and properly maintained.",
    "I. Periodic bank account reconciliations were properly carried out during the year.",
]
AUDIT = WholeTables(
    "agar_internal_audit",
    "agar",
    [
        "# Annual Internal Audit Report 2024/25 – Elmstead Parish Council",
        "The internal auditor reports that, on the basis of the findings in the areas examined, the control objectives were being achieved in all significant respects.",
        Grid(
            ["Internal control objective", "Yes", "No*", "Not covered**"],
            [
                [objective, "" if index == 5 else "X", "", "X" if index == 5 else ""]
                for index, objective in enumerate(OBJECTIVES)
            ],
            [330, 50, 50, 70],
            top_header=[("Agreed? Please choose one of the following", 1, 3)],
            header_fill=False,
        ),
        "* If the response is 'No' please state the implications and action being taken to address any weakness in control identified.",
    ],
    [],
)
AGAR_CASES = {case.name: case for case in (SECTION2, AUDIT)}


@pytest.mark.parametrize("name", list(AGAR_CASES))
def test_annual_return_forms(tmp_path: Path, name: str) -> None:
    figures, gold, predicted = scored(AGAR_CASES[name], tmp_path)
    assert not shortfalls({"tables": figures["tables"]}), (figures, predicted["tables"])


# ---------------------------------------------------------------- real: the dev documents by path

REAL_CASES = {
    "newbiggin-pc/2019-09-03_newbiggin_pc_minutes.pdf": 1.0,  # the unruled 'Invoices received' list
}


@needs_shared()
@pytest.mark.parametrize("source", list(REAL_CASES))
def test_real_payments_lists(source: str) -> None:
    gold: dict[str, Any] = json.loads(
        (ROOT / "corpus/gold/dev" / (source.replace("/", "__")[:-4] + ".json")).read_text()
    )
    predicted = predicted_dict(REAL / source, fast=True)
    figures = all_figures(score_document({"tables": gold["tables"]}, predicted))["tables"]
    assert figures["recall"] == 1.0 and (figures["cell_accuracy"] or 0) >= REAL_CASES[source], (
        figures,
        predicted["tables"],
    )
