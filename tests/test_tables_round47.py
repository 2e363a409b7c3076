# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Unruled figure tables of councils' finance papers: budget monitoring statements, reserves and balances, precept
summaries, internal-audit checklists and treasury indicators (tables round 47, issue #5).

Issue 5 asks for table cell accuracy of 0.95 on dev and held-out test. Stop 29 left tables the finder misses whole
and unruled figure tables the stream reader's acceptance test turns away (README "tables": camelot stream on pages
with column-aligned figures). This round draws the statements a clerk or treasurer sets without rules - £ columns
right-aligned under a bold header on white, a totals row, bracketed negatives, a Yes/No checklist - each a whole
document drawn with reportlab (``whole_tables``), read through the real code path (``predicted_dict``, fast) and scored
with the evaluator's ``score_document`` (tables); a case passes when every table figure is 1.0. Negatives (prose
with sums of money, text set in two columns, a list of meeting dates) must give no table at all.

Classes of case:

- 'budget': 'Description | Budget | Actual | Variance' (and 'Full year budget | Profiled budget | Actual + commitments
  | Variance £ | Variance %'), £ figures, bracketed negatives, a totals row;
- 'reserves': earmarked and general reserves ('Reserve | Balance 1 April | Movement | Balance 31 March'), closing
  balances by year ('Financial year | Opening balance | Income | Expenditure | Closing balance');
- 'precept': precept, tax base and Band D by year;
- 'audit': an internal-audit checklist ('No. | Test | Yes/No | Comments');
- 'treasury': prudential indicators ('Indicator | 2025/26 Estimate | 2025/26 Actual | Limit');
- 'negative': prose with numbers, two-column text, a list of dates.

Pass before (the code of 3b8c6b9, every case written before any change of this round): 19 of 21 (16 of 18 figure
tables, 3 of 3 negatives). The two misses were causes, not documents: a header whose column names wrap onto a
second line ('Full year' / 'budget £') read as a header and a first row, and two unruled tables with a sentence
between them ('The reserves at the end of the period are as follows.') read as one, the second header a row.

The changes of this round (stream_tables.py): ``_wrapped_header_joined`` joins a second line of column names (no
figure, each cell under a name, figures in the row below) to the header; ``_second_table_start`` parts camelot's table
where, below a row of figures, a sentence alone in the first column stands over a row of column names over figures,
and a part need only lie over half its own height inside a flagged region (one region ran over both). After: 21 of
21, no xfail; no new pattern (no regex added).

Each document keeps the structure and phrasing pattern of real published pages; names, places and numbers changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://buckinghamshire.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=812&MeetingId=15080&DF=15%2f01%2f2004&Ver=2
  (a town committee's budgetary control report for special expenses: directorate, full year budget, profiled budget,
  actual + commitments, variance £ and %, a bracketed figure is a negative one)
- https://vdocuments.site/internal-audit-checklist-for-year-ending-31-march-2021.html (a parish council's internal
  audit checklist: numbered tests 'Ledger maintained and up to date?', Yes / No, evidence and comments)
- http://littoncheney.org.uk/index_htm_files/Reserves%20Policy.htm (a parish reserves policy: earmarked reserves for
  renewals, an election reserve, carry forward of underspend; general reserves)
- https://democratic.lincoln.gov.uk/ieIssueDetails.aspx?IId=20595&Opt=3&PlanId=0 (prudential indicators and the
  treasury management strategy summarised in a table of the report)
- http://stourporttowncouncil.gov.uk/your-town-council/council-meetings/finance-agendas/tuesday-31-october-2023/budget-monitoring-–-half-year-position-report-of-the-treasurer.aspx
  (a treasurer's half-year budget monitoring report: prose naming the variances with sums of money)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agendaparse.evaluate import predicted_dict
from whole_tables import Grid, WholeTables, scored, shortfalls

INTRO = "The table below sets out the position at the end of the period. Members are asked to note the report."


def _doc(name: str, kind: str, parts: list[str | Grid]) -> WholeTables:
    return WholeTables(name, kind, parts, [])


def _bare(header: list[str], rows: list[list[str]], widths: list[float], **options: object) -> Grid:
    """A table set without rules: a bold header on white, no fills (a clerk's Word or spreadsheet print)."""
    return Grid(header, rows, widths, rules="none", header_fill=False, **options)  # type: ignore[arg-type]


BUDGET_ROWS = [
    ["Salaries and on-costs", "38,400", "19,112", "19,288"],
    ["Office costs and stationery", "1,250", "604", "646"],
    ["Grounds maintenance", "9,800", "6,215", "3,585"],
    ["Street lighting energy", "2,100", "1,347", "753"],
    ["Grants to local groups", "3,000", "3,450", "(450)"],
    ["Total expenditure", "54,550", "30,728", "23,822"],
]
SPECIAL_ROWS = [
    ["Recreation grounds", "98,300", "73,725", "31,204", "42,521", "58%"],
    ["Allotments", "24,100", "18,075", "16,930", "1,145", "6%"],
    ["Footway lighting", "15,600", "11,700", "6,012", "5,688", "49%"],
    ["Cemetery", "152,900", "114,675", "51,338", "63,337", "55%"],
    ["Total", "290,900", "218,175", "105,484", "112,691", "52%"],
]
RESERVE_ROWS = [
    ["General reserve", "42,000", "(3,500)", "38,500"],
    ["Election reserve", "6,000", "2,000", "8,000"],
    ["Play area renewals", "15,500", "(9,250)", "6,250"],
    ["Village hall roof", "10,000", "5,000", "15,000"],
    ["Total reserves", "73,500", "(5,750)", "67,750"],
]
BALANCE_ROWS = [
    ["2019 - 2020", "£10,442", "£6,118", "£5,907", "£10,653"],
    ["2020 - 2021", "£10,653", "£7,020", "£4,389", "£13,284"],
    ["2021 - 2022", "£13,284", "£6,775", "£8,912", "£11,147"],
    ["2022 - 2023", "£11,147", "£8,340", "£7,206", "£12,281"],
    ["2023 - 2024", "£12,281", "£9,005", "£6,630", "£14,656"],
]
PRECEPT_ROWS = [
    ["2022/23", "£31,500", "812.4", "£38.77", "2.1%"],
    ["2023/24", "£33,000", "818.9", "£40.30", "3.9%"],
    ["2024/25", "£35,250", "825.0", "£42.73", "6.0%"],
    ["2025/26", "£37,000", "829.6", "£44.60", "4.4%"],
]
TREASURY_ROWS = [
    ["Capital expenditure (£m)", "48.6", "41.2", "n/a"],
    ["Capital financing requirement (£m)", "212.4", "207.9", "n/a"],
    ["External debt (£m)", "168.0", "161.5", "230.0"],
    ["Operational boundary (£m)", "215.0", "215.0", "215.0"],
    ["Ratio of financing costs to net revenue stream", "9.8%", "9.1%", "n/a"],
]
AUDIT_ROWS = [
    ["1.1", "Ledger maintained and up to date?", "Yes", "Balanced monthly and at year end"],
    ["1.2", "Arithmetic correct?", "Yes", ""],
    ["1.3", "VAT reclaimed within the year?", "No", "Last claim made to 30 September"],
    ["2.1", "Standing orders reviewed in the year?", "Yes", "Adopted May 2025"],
    ["2.2", "Financial regulations reviewed in the year?", "Yes", "Adopted May 2025"],
    ["3.1", "Payments supported by invoices?", "Yes", "Sample of twelve checked"],
]

BUDGET_HEADER = ["Description", "Budget £", "Actual £", "Variance £"]
BUDGET_WIDTHS = [190, 80, 80, 80]
SPECIAL_HEADER = ["Service", "Full year budget £", "Profiled budget £", "Actual + commitments £", "Variance £", "Variance %"]
SPECIAL_WIDTHS = [120, 70, 70, 80, 65, 55]
RESERVE_HEADER = ["Reserve", "Balance 1 April £", "Movement £", "Balance 31 March £"]
RESERVE_WIDTHS = [170, 90, 80, 90]
BALANCE_HEADER = ["Financial year", "Opening balance", "Income", "Expenditure", "Closing balance"]
BALANCE_WIDTHS = [100, 85, 75, 85, 85]
PRECEPT_HEADER = ["Year", "Precept", "Tax base", "Band D", "Increase"]
PRECEPT_WIDTHS = [80, 80, 70, 70, 70]
TREASURY_HEADER = ["Indicator", "2025/26 Estimate", "2025/26 Actual", "Limit"]
TREASURY_WIDTHS = [210, 80, 80, 70]
AUDIT_HEADER = ["No.", "Test", "Yes/No", "Comments"]
AUDIT_WIDTHS = [35, 200, 50, 180]

BUDGET = [
    _doc("budget_actual_variance", "budget",
         ["# Ashcombe Parish Council – budget monitoring to 30 September 2025", INTRO,
          _bare(BUDGET_HEADER, BUDGET_ROWS, BUDGET_WIDTHS)]),
    _doc("budget_with_title", "budget",
         ["# Finance and General Purposes Committee", INTRO,
          _bare(BUDGET_HEADER, BUDGET_ROWS, BUDGET_WIDTHS, title="Table 1 – Revenue expenditure against budget")]),
    _doc("budget_zebra", "budget",
         ["# Ashcombe Parish Council – budget monitoring", INTRO,
          _bare(BUDGET_HEADER, BUDGET_ROWS, BUDGET_WIDTHS, zebra=True)]),
    _doc("budget_rows_ruled", "budget",
         ["# Ashcombe Parish Council – budget monitoring", INTRO,
          Grid(BUDGET_HEADER, BUDGET_ROWS, BUDGET_WIDTHS, rules="rows", header_fill=False)]),
    _doc("budget_after_prose", "budget",
         ["# Report of the Responsible Financial Officer",
          "1. Expenditure is broadly in line with the budget at the half-year point. The grant budget has been exceeded by £450 following the award to the youth club agreed in July.",
          "2. No virement between budget heads is proposed at this stage.",
          _bare(BUDGET_HEADER, BUDGET_ROWS, BUDGET_WIDTHS),
          "3. Members are asked to note the position."]),
    _doc("special_expenses_six_columns", "budget",
         ["# Kingsford Town Committee – budgetary control report to 31 December 2025",
          "A bracketed figure is a negative figure. The table below reports the position for special expenses for the first nine months of the year.",
          _bare(SPECIAL_HEADER, SPECIAL_ROWS, SPECIAL_WIDTHS)]),
    _doc("budget_narrow_indented", "budget",
         ["# Ashcombe Parish Council – budget monitoring", INTRO,
          _bare(BUDGET_HEADER, BUDGET_ROWS, [150, 60, 60, 60], indent=30)]),
]  # fmt: skip

RESERVES = [
    _doc("reserves_movement", "reserves",
         ["# Netherby Parish Council – statement of reserves", "The Council holds the following general and earmarked reserves.",
          _bare(RESERVE_HEADER, RESERVE_ROWS, RESERVE_WIDTHS)]),
    _doc("reserves_titled", "reserves",
         ["# Annual budget 2026/27", INTRO,
          _bare(RESERVE_HEADER, RESERVE_ROWS, RESERVE_WIDTHS, title="Earmarked and general reserves")]),
    _doc("balances_by_year", "reserves",
         ["# Balances and reserves", "The table below shows the closing balance of the Council's accounts for each financial year.",
          _bare(BALANCE_HEADER, BALANCE_ROWS, BALANCE_WIDTHS)]),
    _doc("balances_zebra", "reserves",
         ["# Balances and reserves", INTRO, _bare(BALANCE_HEADER, BALANCE_ROWS, BALANCE_WIDTHS, zebra=True)]),
    _doc("reserves_and_budget_on_one_page", "reserves",
         ["# Finance report", INTRO, _bare(BUDGET_HEADER, BUDGET_ROWS, BUDGET_WIDTHS),
          "The reserves at the end of the period are as follows.", _bare(RESERVE_HEADER, RESERVE_ROWS, RESERVE_WIDTHS)]),
]  # fmt: skip

PRECEPT = [
    _doc("precept_by_year", "precept",
         ["# Precept 2025/26", "The Council resolved to set the precept at £37,000 for the year 2025/26.",
          _bare(PRECEPT_HEADER, PRECEPT_ROWS, PRECEPT_WIDTHS)]),
    _doc("precept_titled", "precept",
         ["# Budget and precept", INTRO, _bare(PRECEPT_HEADER, PRECEPT_ROWS, PRECEPT_WIDTHS, title="Precept history")]),
]  # fmt: skip

AUDIT = [
    _doc("internal_audit_checklist", "audit",
         ["# Internal audit checklist for the year ending 31 March 2025", "Hollins Parish Council. Internal auditor's findings.",
          _bare(AUDIT_HEADER, AUDIT_ROWS, AUDIT_WIDTHS)]),
    _doc("internal_audit_rows_ruled", "audit",
         ["# Internal audit checklist", INTRO, Grid(AUDIT_HEADER, AUDIT_ROWS, AUDIT_WIDTHS, rules="rows", header_fill=False)]),
]  # fmt: skip

TREASURY = [
    _doc("prudential_indicators", "treasury",
         ["# Treasury management mid-year review", "The Council has operated within the prudential indicators set out in the strategy.",
          _bare(TREASURY_HEADER, TREASURY_ROWS, TREASURY_WIDTHS)]),
    _doc("prudential_indicators_titled", "treasury",
         ["# Audit Committee – treasury management", INTRO,
          _bare(TREASURY_HEADER, TREASURY_ROWS, TREASURY_WIDTHS, title="Table 2 – Prudential indicators")]),
]  # fmt: skip

DOCUMENTS = BUDGET + RESERVES + PRECEPT + AUDIT + TREASURY

NEGATIVES = [
    _doc("prose_with_sums", "negative",
         ["# Budget monitoring – half-year position",
          "The headings where a significant variation from budget is forecast are as follows. Salaries: an underspend of around £6,900 is forecast, since the pay award for 2025 is not yet settled.",
          "Interest received: the Council holds £120,000 with the district council and the forecast of income has increased by £5,200 to £7,400.",
          "Burial fees: income has been lower than budgeted so far and is forecast to fall short by £14,000. Grounds maintenance: £3,585 of the £9,800 budget remains.",
          "Members are asked to note the forecast outturn of £212,300 against a budget of £218,900."]),
    _doc("two_column_text", "negative",
         ["# Reserves policy",
          Grid(None, [["Earmarked reserves can be held for renewals, to plan a programme of equipment replacement over 5 to 10 years.",
                       "General reserves are funds with no restriction on their use, held at 3 to 6 months of expenditure."],
                      ["An election reserve of £2,000 a year meets the costs recharged by the district council.",
                       "Underspends of up to £5,000 may be carried forward for projects not completed within the year."]],
               [250, 250], rules="none", layout=True)]),
    _doc("list_of_dates", "negative",
         ["# Meeting dates 2026",
          "Full Council: 13 January 2026, 10 March 2026, 12 May 2026 (annual meeting), 14 July 2026, 8 September 2026 and 10 November 2026.",
          "Finance Committee: 27 January 2026, 24 March 2026, 23 June 2026 and 22 September 2026.",
          "The budget and precept for 2026/27 will be set on 13 January 2026; the precept request is due with the district council by 31 January 2026."]),
]  # fmt: skip

XFAIL: dict[str, str] = {}


def _param(document: WholeTables) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[document.name])] if document.name in XFAIL else []
    return pytest.param(document, id=f"{document.kind}-{document.name}", marks=marks)


@pytest.mark.parametrize("document", [_param(document) for document in DOCUMENTS])
def test_unruled_figure_tables_read_whole(document: WholeTables, tmp_path: Path) -> None:
    """Scored as `agendaparse eval --fast` scores a gold file: every table figure 1.0."""
    figures, gold, predicted = scored(document, tmp_path)
    assert shortfalls(figures) == [], (figures, gold["tables"], predicted["tables"])


@pytest.mark.parametrize("document", [_param(document) for document in NEGATIVES])
def test_no_table_where_none_is_printed(document: WholeTables, tmp_path: Path) -> None:
    path = tmp_path / f"{document.name}.pdf"
    document.render(path)
    tables = predicted_dict(path, fast=True)["tables"]
    assert tables == [], tables
