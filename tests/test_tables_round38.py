# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""The annual return's forms, continued (tables round 38, issue #5): a header cell merged over several columns.

Convention (stop 26, corpus/gold/README.md: multi-row headers joined with a space; the dev and tune golds of the
Milburn annual returns): a header cell merged over several columns is joined IN FRONT OF EACH column it covers,
'Agreed? Please choose one of the following' over 'Yes' | 'No*' | 'Not covered**' gives three names each starting
with it. Classes of case, each drawn with reportlab, read through the real code path (``predicted_dict``) and
scored with the evaluator's ``score_document`` for ``tables``:

- 'choice_group': forms whose tick columns sit under one merged cell: the internal audit report of a town council
  (objectives A-L, 'Agreed? Please choose one of the following'), the governance statement ('Agreed' over
  'Yes' | 'No*', a "'Yes' means that this authority:" column), an internal auditor's checklist ('Response' over
  'Yes' | 'No' | 'N/A' beside 'Comments & recommendations').
- 'separate_box': Section 2's boxes 1-10 and, under them, box 11 (trust funds, 'Yes' | 'No' | 'N/A') printed as
  its own small ruled table: two tables, not one continued.
- 'real': regression cases on the real tune/dev PDFs by path (skipped without ../shared): the scanned Section 2
  with box 11 read by OCR, where a broken rule across and the inset tick boxes' sides cut the cells wrongly.

Each case keeps the structure and phrasing pattern of real published pages; names, places and numbers changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://fill.io/Private-Confidential-Huntingdon-Town-Council-Town-Hall (a town council's AGAR 2019/20 Part 3:
  the annual internal audit report with objectives A-L and 'Yes' / 'No*' / 'Not covered**' answers, notes on a
  'no' and a 'not covered' response)
- https://fdocuments.us/document/internal-audit-rearsby-pc-the-last-claim-made-covered-the-period-to-010914.html
  (an internal auditor's summary checklist for a parish council: numbered tests answered Yes / No with comments
  and recommendations beside them)
- https://bradford-abbas.uk/document/09-03-2016-18-37 (a parish council's published annual governance statement,
  the form's statements answered 'Yes' / 'No' and signed by chairman and clerk)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from agendaparse.evaluate import all_figures, predicted_dict, score_document
from agendaparse.pdf import ocr_available
from conftest import REAL, ROOT, needs_shared
from whole_tables import Grid, WholeTables, scored, shortfalls

# ---------------------------------------------------------------- choice_group: tick columns under a merged cell

OBJECTIVES = [
    "A. Appropriate accounting records have been properly kept throughout the financial year.",
    "B. This authority complied with its financial regulations, payments were supported by invoices, all expenditure was approved and VAT was appropriately accounted for.",
    "C. This authority assessed the significant risks to achieving its objectives and reviewed the adequacy of arrangements to manage these.",
    "D. The precept or rates requirement resulted from an adequate budgetary process; progress against the budget was regularly monitored.",
    "E. Expected income was fully received, based on correct prices, properly recorded and promptly banked.",
    "F. Petty cash payments were properly supported by receipts, all petty cash expenditure was approved.",
    "G. Salaries to employees and allowances to members were paid in accordance with this authority's approvals.",
    "H. Asset and investments registers were complete and accurate and properly maintained.",
    "I. Periodic bank account reconciliations were properly carried out during the year.",
    "J. Accounting statements prepared during the year were prepared on the correct accounting basis.",
    "K. If the authority certified itself as exempt from a limited assurance review, it met the exemption criteria.",
    "L. The authority published information on a website in accordance with the relevant transparency code.",
]
NOT_COVERED = {5, 10}  # petty cash (none held) and the exemption (not claimed)
TOWN_AUDIT = WholeTables(
    "town_internal_audit",
    "choice_group",
    [
        "# Annual Internal Audit Report 2024/25 – Fenbury Town Council",
        "This authority's internal auditor, acting independently and on the basis of an assessment of risk, carried out a selective assessment of compliance with relevant procedures and controls.",
        Grid(
            ["Internal control objective", "Yes", "No*", "Not covered**"],
            [
                [objective, "" if index in NOT_COVERED else "✓", "", "✓" if index in NOT_COVERED else ""]
                for index, objective in enumerate(OBJECTIVES)
            ],
            [340, 45, 45, 70],
            top_header=[("Agreed? Please choose one of the following", 1, 3)],
            header_fill=False,
        ),
        "*If the response is 'no' you must include a note to state the implications and action being taken to address any weakness in control identified.",
    ],
    [],
)

STATEMENTS = [
    [
        "1. We have put in place arrangements for effective financial management during the year, and for the preparation of the accounting statements.",
        "Yes",
        "",
        "prepared its accounting statements in accordance with the Accounts and Audit Regulations.",
    ],
    [
        "2. We maintained an adequate system of internal control including measures designed to prevent and detect fraud and corruption.",
        "Yes",
        "",
        "made proper arrangements and accepted responsibility for safeguarding the public money and resources in its charge.",
    ],
    [
        "3. We took all reasonable steps to assure ourselves that there are no matters of actual or potential non-compliance with laws.",
        "Yes",
        "",
        "has only done what it has the legal power to do and has complied with proper practices.",
    ],
    [
        "4. We provided proper opportunity during the year for the exercise of electors' rights.",
        "Yes",
        "",
        "during the year gave all persons interested the opportunity to inspect and ask questions about the accounts.",
    ],
    [
        "5. We carried out an assessment of the risks facing this authority.",
        "",
        "No",
        "considered and documented the financial and other risks it faces and dealt with them properly.",
    ],
]
GOVERNANCE = WholeTables(
    "governance_statement",
    "choice_group",
    [
        "# Section 1 – Annual Governance Statement 2024/25",
        "We acknowledge as the members of Lowbridge Parish Council our responsibility for ensuring that there is a sound system of internal control.",
        Grid(
            ["", "Yes", "No*", "'Yes' means that this authority:"],
            STATEMENTS,
            [250, 35, 35, 200],
            top_header=[("Agreed", 1, 2)],
            header_fill=False,
        ),
        "*Please provide explanations to the external auditor on a separate sheet for each 'No' response.",
    ],
    [],
)

CHECKS = [
    [
        "1.1 Ledger maintained and up to date?",
        "✓",
        "",
        "",
        "The cash book is balanced monthly and reported to the council.",
    ],
    ["1.2 Arithmetic correct?", "✓", "", "", "Checked for three sample months; no errors."],
    [
        "1.3 Cheques and BACS payments agreed to minutes?",
        "",
        "✓",
        "",
        "Two payments in August were made before approval; see recommendation 1.",
    ],
    ["1.4 VAT reclaimed in the year?", "", "", "✓", "The council is not VAT registered and has no claim this year."],
]
CHECKLIST = WholeTables(
    "auditor_checklist",
    "choice_group",
    [
        "# Internal Audit Summary Checklist – Ashwell Parish Council, year ending 31 March 2025",
        "1. Book-keeping",
        Grid(
            ["Test", "Yes", "No", "N/A", "Comments & recommendations"],
            CHECKS,
            [190, 35, 35, 35, 220],
            top_header=[("Response", 1, 3)],
            header_fill=False,
        ),
    ],
    [],
)

# ---------------------------------------------------------------- separate_box: box 11 under Section 2

BOXES = [
    ["1. Balances brought forward", "12,104", "13,377", "Total balances and reserves at the beginning of the year."],
    [
        "2. (+) Precept or Rates and Levies",
        "9,800",
        "10,300",
        "Total amount of precept received or receivable in the year.",
    ],
    [
        "3. (+) Total other receipts",
        "2,015",
        "1,466",
        "Total income or receipts as recorded in the cashbook less the precept.",
    ],
    ["4. (-) Staff costs", "4,120", "4,388", "Total expenditure or payments made to and on behalf of all employees."],
    ["5. (-) Loan interest/capital repayments", "0", "0", "Total expenditure or payments of capital and interest."],
    ["6. (-) All other payments", "6,422", "7,905", "Total expenditure or payments as recorded in the cashbook."],
    ["7. (=) Balances carried forward", "13,377", "12,850", "Total balances and reserves at the end of the year."],
    [
        "8. Total value of cash and short term investments",
        "13,377",
        "12,850",
        "The sum of all current and deposit bank accounts.",
    ],
    [
        "9. Total fixed assets plus long term investments and assets",
        "31,640",
        "31,640",
        "The value of all the property the authority owns.",
    ],
    ["10. Total borrowings", "0", "0", "The outstanding capital balance of all loans from third parties."],
]
WITH_BOX11 = WholeTables(
    "section2_and_box11",
    "separate_box",
    [
        "# Section 2 – Accounting Statements 2024/25 for Thornby Parish Council",
        Grid(
            ["", "31 March 2024 £", "31 March 2025 £", "Notes and guidance"],
            BOXES,
            [170, 60, 60, 230],
            top_header=[("Year ending", 1, 2)],
            header_fill=False,
        ),
        Grid(
            ["11. (For Local Councils Only) Disclosure note re Trust funds", "Yes", "No", "N/A"],
            [
                [
                    "The Council, as a body corporate, acts as sole trustee for and is responsible for managing Trust funds or assets.",
                    "",
                    "✓",
                    "",
                ]
            ],
            [300, 40, 40, 40],
            header_fill=False,
        ),
        "I certify that for the year ended 31 March 2025 the Accounting Statements have been prepared on a receipts and payments basis.",
    ],
    [],
)

CASES = {case.name: case for case in (TOWN_AUDIT, GOVERNANCE, CHECKLIST, WITH_BOX11)}


def _headers(document: dict) -> list[list[str]]:
    return [[" ".join(cell.split()) for cell in table["header"]] for table in document["tables"]]


@pytest.mark.parametrize("name", list(CASES))
def test_annual_return_forms(tmp_path: Path, name: str) -> None:
    """Scored as eval scores tables, and the headers named as the gold names them (eval's cell accuracy reads a
    header only to align columns, so a group's name left off the later columns would pass unseen)."""
    figures, gold, predicted = scored(CASES[name], tmp_path)
    assert not shortfalls({"tables": figures["tables"]}), (figures, predicted["tables"])
    assert _headers(predicted) == _headers(gold)


# ---------------------------------------------------------------- real: the tune and dev documents by path

REAL_CASES = {  # (source, gold split): least recall and cell accuracy; a scanned source is read by OCR
    ("milburn-pc/2017_milburn_pc_annual_return.pdf", "dev"): (0.33, 0.0),
    # box 11 ('For Local Councils Only', a shaded 'Yes' | 'No' over inset tick boxes) its own table
    ("souldern-pc/2026_spc_accounting_statements_scanned.pdf", "tune"): (1.0, 0.8),
}


@needs_shared()
@pytest.mark.parametrize("source", list(REAL_CASES))
def test_real_annual_returns(source: tuple[str, str]) -> None:
    path, split = source
    scanned = path.endswith("_scanned.pdf")
    if scanned and not ocr_available():
        pytest.skip("Tesseract is not installed")
    gold: dict[str, Any] = json.loads(
        (ROOT / "corpus/gold" / split / (path.replace("/", "__")[:-4] + ".json")).read_text()
    )
    predicted = predicted_dict(REAL / path, fast=not scanned)
    figures = all_figures(score_document({"tables": gold["tables"]}, predicted))["tables"]
    least_recall, least_cells = REAL_CASES[source]
    assert (figures["recall"] or 0) >= least_recall and (figures["cell_accuracy"] or 0) >= least_cells, (
        figures,
        predicted["tables"],
    )
