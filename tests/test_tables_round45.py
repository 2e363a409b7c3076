# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Cells of tables that are not action plans: scorecards, budget monitoring, risk registers, polling lists and
payment schedules (tables round 45, issue #5).

Issue 5 asks for table cell accuracy of 0.95 on dev and held-out test. Rounds 43-44 drew plans, logs and revised
deadlines; this round draws the other tables a pack prints, whose cells the evaluator compares per column (aligned by
header text, rows in order; header rows joined with a space; wrapped lines joined with one space: corpus/gold/README.md).
Each case is a whole document drawn with reportlab (``whole_tables``), read through the real code path
(``predicted_dict``, fast) and scored with the evaluator's ``score_document``; a case passes when every table figure
is 1.0 (the tables are found, none extra, every cell as the annotator writes it). No case is an action plan, so
action-plan rows are not asked for here.

Classes of case, each from what loses cells on the dev split (fast, code of 1b49fd4):

- 'scorecard': performance scorecards (Indicator | Target | Actual | RAG | Direction), wrapped indicator names,
  RAG words on fills, a quarter over 'Target | Actual' (two header rows), over a page break;
- 'budget': revenue and capital monitoring in £000 with bracketed variances and a total row, groups over
  'Budget | Actual' (year to date, full year), a scheme's note wrapped under its figure ('609,045.59' over
  'closure costs', dev Nipissing slides);
- 'risk': risk registers (ID | Impact | Probability | Score | Status | Identified | Last reviewed), inherent and
  residual risk over 'L | I | Score', a reference beside its topic ('1' | 'Finances'; the dev Souldern register
  prints '1. Finances' as a row across the table and its gold splits it so: left, not drawn);
- 'polling': polling district lists, short and long (over a page break, header repeated or not), unruled with bands;
- 'payments': payment schedules (Payee | Details | Net | VAT | Total; date and reference columns; 'BACS', 'DD');
- 'hyphen': a cell whose line breaks after a hyphen. The README joins wrapped lines with one space, and the dev
  gold of the Kent ICS appendix ('corporate lead- strategy') and the Transparency Board TB2 table ('cd- roms') keeps
  it; the dev gold of the Kent supplement pack and budget risk register joins compounds ('multi-departmental',
  'long-term', 'under-investment'), as the code does. A sign or a range ('(-' / '1.9', '16-' / '64', round 7) is
  one token either way. Keeping the space was tried this round: 3 dev cells won, 4 lost, eval-tables 94.3 -> 94.0;
  so the code joins, the compound case passes and the three spaced cases are strict xfails until the gold settles;
  stop 29 settled it (corpus/gold/README.md): the parts are joined with the hyphen kept ('lead-strategy', 'cd-roms';
  the dev gold changed to match), a soft hyphen breaking one word is dropped ('inspection', still a strict xfail);
- 'last_row': a last row with its first cell alone ('2034' and nothing beside it, dev Nipissing slides).

The change of this round (tables/headers.py, ``grouped_header``): a header on two rows whose top row merges a group's
name over figure columns named 'Target' | 'Actual', 'Budget' | 'Forecast' | 'Variance', 'L' | 'I' | 'Score' (and
their '£000' / '%' forms), beside a column named outside the groups, is one header, the group's name before each of
its columns ('Q3 2025/26 Target'), as the README joins header rows; until now only a group over columns naming a year
was joined, and the second header row became the first data row, every row after it one off. Other names under a
group ('N' | '% Pos' under a year, a paper's sub-columns) stay as they were: the expected cells of ``eval-tables``
keep those headers on two rows (a rule for any short label lowered it 94.3 -> 93.9).

A second change (tables/cells.py, ``_new_word``): words on the line under an amount set whole ('$609,045.59' /
'closure costs', the amount filling its narrow cell) start a word of their own; the narrow-column rejoin had glued
them ('$609,045.59closure'), as on dev's Nipissing slides.

Pass before (the code of 1b49fd4): the first 37 cases, written before any change of this round, 28 of 37 (the four
groups over figure columns, the three spaced hyphens, the two unruled tables no reader keeps); a 38th case (a
compound's hyphen, from the dev cells the hyphen trial lost) written after that trial, 1 of 1; a 39th (the amount filling a narrow
cell, drawn from the dev cell) written before the second change, 0 of 1: 29 of 39 in all. After: 34 of 39, the 5
others strict xfails (36 of 39 since stop 29's hyphen rule, 3 strict xfails) (``XFAIL`` says why); 9 hostile-line checks of the new patterns. Dev fast table cells and eval-tables: see the commit message.

Each document keeps the structure and phrasing pattern of real published pages; names, places and numbers changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- http://www.eastriding.gov.uk/customer_promises/Customer_Promises_January_09/3.htm (a council's scorecard:
  performance against target in numbers, an alert per indicator, significantly better / on / worse than target)
- https://www.great-yarmouth.gov.uk/article/5986/Review-of-Polling-Districts-Polling-Places-and-Polling-Stations
  (a review of polling districts and places: the list of existing polling areas, the acting returning officer's
  response)
- https://mscb.co.uk/mscb/management/governance/corporate-risk (a business risk register: ID | Impact |
  Probability | Score | Status | Identified | Last reviewed, 'LOW - MEDIUM', RAG statuses)
- http://www.jefferson.edu/controller/guide/budget_variance_report.cfm (a budget variance report's columns: budget,
  actual, variance, prior year, account, description)
- https://democracy.hyndburnbc.gov.uk/mgAi.aspx?ID=14429 (capital programme monitoring: schemes, slippage into the
  next year, new schemes funded by grants)
- https://docslib.org/doc/3225342/minutes-of-the-ordinary-meeting-of-slindon-parish-council-23-augsut-2021 (a parish
  council's minutes approving a schedule of payments)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors

from whole_tables import Grid, WholeTables, scored, shortfalls

RED, AMBER, GREEN = colors.HexColor("#FF0000"), colors.HexColor("#FFC000"), colors.HexColor("#00B050")
INTRO = "The table below sets out the position at the end of the quarter for the indicators the committee monitors."


def _doc(name: str, kind: str, *parts: str | Grid) -> WholeTables:
    return WholeTables(name, kind, list(parts), [])


# ---------------------------------------------------------------- scorecards

SCORE_HEADER = ["Indicator", "Target", "Actual", "RAG", "Direction of travel"]
SCORE_ROWS = [
    ["Average days to process new benefit claims", "18 days", "16.4 days", "Green", "Improving"],
    ["Council tax collected in year", "97.5%", "96.1%", "Amber", "Declining"],
    ["Household waste sent for reuse, recycling and composting", "45%", "38.2%", "Red", "Declining"],
    ["Freedom of information requests answered within 20 working days", "90%", "91%", "Green", "Same"],
    ["Number of empty homes brought back into use", "40", "44", "Green", "Improving"],
]
SCORE_WIDTHS = [200, 60, 60, 55, 90]
RAG_FILLS = {(3, 0): GREEN, (3, 1): AMBER, (3, 2): RED, (3, 3): GREEN, (3, 4): GREEN}

SCORECARDS = [
    _doc("scorecard_grid", "scorecard", "# Corporate scorecard – Quarter 3 2025/26", INTRO,
         Grid(SCORE_HEADER, SCORE_ROWS, SCORE_WIDTHS)),
    _doc("scorecard_dark_header", "scorecard", "# Corporate scorecard", INTRO,
         Grid(SCORE_HEADER, SCORE_ROWS, SCORE_WIDTHS, dark_header=True)),
    _doc("scorecard_rag_fills", "scorecard", "# Key performance indicators", INTRO,
         Grid(SCORE_HEADER, SCORE_ROWS, SCORE_WIDTHS, fills=RAG_FILLS)),
    _doc("scorecard_rows_ruled", "scorecard", "# Key service indicators", INTRO,
         Grid(SCORE_HEADER, SCORE_ROWS, SCORE_WIDTHS, rules="rows")),
    _doc("scorecard_unruled_bands", "scorecard", "# Key service indicators", INTRO,
         Grid(SCORE_HEADER, SCORE_ROWS, SCORE_WIDTHS, rules="none", zebra=True, header_fill=False)),
    _doc("scorecard_narrow_wrapped", "scorecard", "# Scorecard", INTRO,
         Grid(SCORE_HEADER, SCORE_ROWS, [120, 50, 50, 45, 70])),
    _doc("scorecard_quarter_over_target_actual", "scorecard", "# Balanced scorecard", INTRO,
         Grid(["Indicator", "Target", "Actual", "RAG", "Direction of travel"], SCORE_ROWS, SCORE_WIDTHS,
              top_header=[("Q3 2025/26", 1, 2)])),
    _doc("scorecard_two_quarters", "scorecard", "# Balanced scorecard", INTRO,
         Grid(["Indicator", "Target", "Actual", "Target", "Actual", "RAG"],
              [[row[0], "20 days", "19.2 days", row[1], row[2], row[3]] for row in SCORE_ROWS],
              [170, 55, 55, 55, 55, 50], top_header=[("Q2 2025/26", 1, 2), ("Q3 2025/26", 3, 4)])),
    _doc("scorecard_over_a_page", "scorecard", "# Corporate scorecard", *([INTRO * 6] * 5),
         Grid(SCORE_HEADER, SCORE_ROWS * 3, SCORE_WIDTHS)),
    _doc("scorecard_status_words", "scorecard", "# Performance summary", INTRO,
         Grid(["Ref", "Measure", "2024/25 outturn", "Target 2025/26", "Q3 actual", "Status"],
              [["PI 01", "Missed bin collections per 100,000", "38", "40", "35", "On target"],
               ["PI 02", "Planning applications decided in time (major)", "88%", "80%", "76%", "Below target"],
               ["PI 03", "Sickness absence days per employee", "8.9", "8.0", "9.4", "Below target"],
               ["PI 04", "Complaints answered within 10 days", "93%", "95%", "97%", "Above target"]],
              [40, 190, 70, 70, 55, 70])),
]  # fmt: skip

# ---------------------------------------------------------------- budget monitoring

BUDGET_HEADER = ["Service", "Budget £000", "Forecast £000", "Variance £000"]
BUDGET_ROWS = [
    ["Adult social care", "41,250", "43,118", "1,868"],
    ["Children's services", "28,904", "28,402", "(502)"],
    ["Highways and transport", "12,377", "12,019", "(358)"],
    ["Waste and recycling", "9,840", "10,221", "381"],
    ["Corporate and democratic core", "4,116", "3,987", "(129)"],
    ["Total", "96,487", "97,747", "1,260"],
]

BUDGETS = [
    _doc("budget_grid", "budget", "# Revenue budget monitoring – forecast outturn", INTRO,
         Grid(BUDGET_HEADER, BUDGET_ROWS, [190, 80, 80, 80])),
    _doc("budget_rows_ruled", "budget", "# Revenue budget monitoring", INTRO,
         Grid(BUDGET_HEADER, BUDGET_ROWS, [190, 80, 80, 80], rules="rows")),
    _doc("budget_wrapped_header", "budget", "# Revenue budget monitoring", INTRO,
         Grid(["Service", "Approved budget £000", "Forecast outturn £000", "Over or (under) spend £000"],
              BUDGET_ROWS, [190, 60, 60, 60])),
    _doc("budget_year_to_date_and_full_year", "budget", "# Financial monitoring statement", INTRO,
         Grid(["Portfolio", "Budget", "Actual", "Variance", "Budget", "Forecast", "Variance"],
              [["Transport & Highways", "1,491", "1,312", "(179)", "6,527", "6,536", "9"],
               ["Housing Services", "522", "611", "89", "4,393", "4,120", "(273)"],
               ["Leisure & Culture", "2,596", "2,433", "(163)", "8,038", "8,102", "64"],
               ["Total", "4,609", "4,356", "(253)", "18,958", "18,758", "(200)"]],
              [130, 55, 55, 55, 55, 55, 55], top_header=[("Year to date £000", 1, 3), ("Full year £000", 4, 6)])),
    _doc("budget_capital_schemes", "budget", "# Capital programme monitoring – Quarter 3", INTRO,
         Grid(["Scheme", "Approved £000", "Spend to date £000", "Slippage £000", "Funding"],
              [["Town centre regeneration (Levelling Up)", "12,480", "6,905", "(3,210)", "Grant"],
               ["Sports village changing rooms", "2,150", "1,644", "0", "Grant and borrowing"],
               ["Disabled facilities grants", "1,320", "870", "(150)", "Grant"],
               ["Depot fleet replacement", "980", "0", "(980)", "Borrowing"]],
              [170, 70, 80, 70, 90])),
    _doc("budget_account_lines", "budget", "# Budget variance report", INTRO,
         Grid(["Acct", "Description", "Budget", "Actual", "Variance", "Prior year"],
              [["5010", "Salaries – permanent staff", "$412,000", "$398,510", "$13,490", "$391,204"],
               ["5230", "Supplies and materials", "$18,500", "$21,020", "($2,520)", "$17,866"],
               ["6105", "Travel", "$6,000", "$2,315", "$3,685", "$4,902"],
               ["7400", "Equipment rental", "$9,600", "$9,600", "$0", "$9,240"]],
              [45, 170, 70, 70, 70, 70])),
    _doc("budget_figure_over_its_note", "budget", "# Capital forecast 2025-2034", INTRO,
         Grid(["Year", "Project description", "Estimate", "Method"],
              [["2025", "Landfill cell closure", "$609,045.59<br/>closure costs $625,770 post closure costs", "Reserve"],
               ["2026", "Grader replacement", "$412,000", "Debenture"],
               ["2027", "Fire hall roof", "$88,500", "Reserve"]],
              [50, 180, 170, 80])),
    _doc("budget_figure_filling_a_narrow_cell", "budget", "# Capital forecast 2025-2034", INTRO,
         Grid(["Year", "Project description", "Estimate", "Method"],
              [["2025", "Landfill cell closure or rehabilitation", "$609,045.59 closure costs $625,770 post closure costs", "Reserve"],
               ["2026", "Grader replacement", "$412,000", "Debenture"],
               ["2027", "Fire hall roof", "$88,500", "Reserve"]],
              [50, 180, 57, 80])),
    _doc("budget_millions", "budget", "# Budget risk register", INTRO,
         Grid(["Directorate", "Risk title", "Current likelihood (1-5)", "Estimated annual financial exposure £m"],
              [["Adults", "Demand for residential placements", "4", "6.50"],
               ["Children's", "Cost of placements for looked after children", "3", "4.25"],
               ["Growth, Environment & Transport", "Waste tonnages", "2", "0.80"]],
              [110, 200, 80, 110])),
]  # fmt: skip

# ---------------------------------------------------------------- risk registers

RISK_ROWS = [
    ["0001", "Poor governance", "High", "Medium", "15", "Amber", "01/04/2022", "14/08/2025"],
    ["0002", "Income not forthcoming", "Low - Medium", "Low - Medium", "4", "Green", "01/04/2022", "14/08/2025"],
    ["0003", "Loss of key staff", "Medium", "High", "12", "Amber", "09/09/2023", "14/08/2025"],
    ["0004", "Data breach", "High", "Low", "8", "Green", "09/09/2023", "14/08/2025"],
]
RISK_HEADER = ["ID", "Risk", "Impact", "Probability", "Score", "Status", "Identified", "Last reviewed"]
RISK_WIDTHS = [35, 120, 60, 60, 35, 45, 60, 60]

TIERED_RISKS = [
    ["R1", "Loss of the village hall lease", "3", "4", "12", "2", "3", "6", "Clerk"],
    ["R2", "Failure of the play area equipment", "4", "3", "12", "2", "2", "4", "Amenities Committee"],
    ["R3", "Insufficient reserves for the precept year", "4", "2", "8", "3", "2", "6", "RFO"],
]

RISKS = [
    _doc("risk_register_grid", "risk", "# Business risks", INTRO, Grid(RISK_HEADER, RISK_ROWS, RISK_WIDTHS)),
    _doc("risk_register_status_fills", "risk", "# Business risks", INTRO,
         Grid(RISK_HEADER, RISK_ROWS, RISK_WIDTHS, fills={(5, 0): AMBER, (5, 1): GREEN, (5, 2): AMBER, (5, 3): GREEN})),
    _doc("risk_inherent_residual", "risk", "# Corporate risk register", INTRO,
         Grid(["Ref", "Risk", "L", "I", "Score", "L", "I", "Score", "Owner"], TIERED_RISKS,
              [30, 150, 30, 30, 40, 30, 30, 40, 90], top_header=[("Inherent risk", 2, 4), ("Residual risk", 5, 7)])),
    _doc("risk_ref_beside_topic", "risk", "# Risk assessment register", INTRO,
         Grid(["Ref.", "Topic", "Risk identified", "Risk (H/M/L)", "Management of risk"],
              [["1", "Finances", "Precept not received on time", "L", "Precept requested in January; the clerk checks the bank each month"],
               ["", "", "Loss of cash through theft or dishonesty", "L", "Two signatories on every payment"],
               ["2", "Insured risks", "Public liability claim", "M", "Annual insurance review; inspections recorded"],
               ["3", "Administration", "Loss of the clerk", "M", "Procedures written down; the chairman holds the passwords"]],
              [35, 70, 150, 50, 200])),
    _doc("risk_long_cells", "risk", "# Strategic risk register", INTRO,
         Grid(["Risk", "Cause", "Consequence", "Controls in place", "Rating"],
              [["Financial sustainability", "Reduced government grant and rising demand for statutory services", "Unable to set a balanced budget; use of reserves", "Medium term financial strategy refreshed twice a year; savings tracked monthly", "High"],
               ["Workforce", "Difficulty recruiting planners and surveyors in a tight market", "Delays to planning decisions and to the capital programme", "Market supplements; apprenticeship scheme; agency framework", "Medium"]],
              [80, 110, 110, 150, 50])),
]  # fmt: skip

# ---------------------------------------------------------------- polling district lists

POLLING_HEADER = ["Polling district", "Polling place", "Electorate"]


def _districts(count: int) -> list[list[str]]:
    places = ["Methodist Church Hall, Beach Road", "Community Centre, Marsh Lane", "St Andrew's School, Priory Way",
              "Scout Hut, Mill Road", "Village Hall, The Street"]  # fmt: skip
    return [[f"N{index + 1:02d}", places[index % len(places)], f"{1200 + 37 * index:,}"] for index in range(count)]


POLLING = [
    _doc("polling_short_grid", "polling", "# Existing polling districts and places", INTRO,
         Grid(POLLING_HEADER, _districts(5), [90, 250, 80])),
    _doc("polling_long_repeated_header", "polling", "# Existing polling districts and places", INTRO,
         Grid(POLLING_HEADER, _districts(60), [90, 250, 80])),
    _doc("polling_long_header_once", "polling", "# Existing polling districts and places", INTRO,
         Grid(POLLING_HEADER, _districts(60), [90, 250, 80], repeat=False)),
    _doc("polling_unruled_bands", "polling", "# Polling places", INTRO,
         Grid(POLLING_HEADER, _districts(8), [90, 250, 80], rules="none", zebra=True, header_fill=False)),
    _doc("polling_with_ward_and_proposal", "polling", "# Review of polling districts – proposals", INTRO,
         Grid(["Ward", "Polling district", "Current polling place", "Proposed polling place", "Electorate"],
              [["Northgate", "NG1", "Methodist Church Hall", "No change", "1,842"],
               ["Northgate", "NG2", "Scout Hut, Mill Road", "Community Centre, Marsh Lane", "2,016"],
               ["Southtown", "ST1", "Library, High Street", "No change", "1,577"],
               ["Southtown", "ST2", "Portable building, Jubilee Park", "St Andrew's School", "989"]],
              [70, 60, 140, 140, 60])),
]  # fmt: skip

# ---------------------------------------------------------------- payment schedules

PAYMENT_ROWS = [
    ["Clerk", "Salary September", "642.18", "0.00", "642.18"],
    ["HMRC", "PAYE and NI", "160.40", "0.00", "160.40"],
    ["Downland Grounds Ltd", "Grass cutting, three cuts", "375.00", "75.00", "450.00"],
    ["Southern Water", "Allotment standpipes", "48.22", "0.00", "48.22"],
    ["Total", "", "1,225.80", "75.00", "1,300.80"],
]

PAYMENTS = [
    _doc("payments_grid", "payments", "# Schedule of payments for approval", INTRO,
         Grid(["Payee", "Details", "Net £", "VAT £", "Total £"], PAYMENT_ROWS, [130, 170, 60, 60, 60])),
    _doc("payments_rows_ruled", "payments", "# Schedule of payments", INTRO,
         Grid(["Payee", "Details", "Net £", "VAT £", "Total £"], PAYMENT_ROWS, [130, 170, 60, 60, 60], rules="rows")),
    _doc("payments_dated_references", "payments", "# Payments to approve", INTRO,
         Grid(["Date", "Ref", "Payee", "Details", "Net", "VAT", "Gross", "Method"],
              [["30/09/2025", "PY2509-41", "J Barker", "Cleaning August and September", "510.00", "", "510.00", "BACS"],
               ["30/09/2025", "PY2509-42", "Downland Grounds Ltd", "Grass cutting", "150.00", "30.00", "180.00", "BACS"],
               ["16/09/2025", "PY2509-43", "Unity Bank", "Service charge", "6.00", "", "6.00", "DD"]],
              [55, 55, 90, 120, 45, 40, 45, 40])),
]  # fmt: skip

# ---------------------------------------------------------------- lines broken after a hyphen

HYPHENS = [
    _doc("hyphen_led_by", "hyphen", "# What we have committed to", INTRO,
         Grid(["What we have committed to", "Led by", "Timescale"],
              [["Publish the joint health and wellbeing strategy", "Corporate lead-<br/>strategy supported by strategy manager", "March 2026"],
               ["Agree the shared outcomes framework", "Corporate lead-<br/>strategy, strategy officer", "June 2026"]],
              [220, 140, 80])),
    _doc("hyphen_request_text", "hyphen", "# Data requests received", INTRO,
         Grid(["No.", "Request"],
              [["14", "Annual lists of senior staff were once on sale as printed books and cd-<br/>roms; they should be published online each year"],
               ["15", "Spending over £500 by every department, monthly"]],
              [40, 400])),
    _doc("hyphen_payments", "hyphen", "# Schedule of payments", INTRO,
         Grid(["Payee", "Details", "Total £"],
              [["Parkside Play Ltd", "Annual play area safety in-<br/>spection and report", "216.00"],
               ["Clerk", "Salary October", "642.18"]],
              [130, 200, 70])),
    _doc("hyphen_minus_and_range_stay_joined", "hyphen", "# Indicators", INTRO,
         Grid(["Indicator", "Value", "Change"],
              [["Employment rate (aged 16-<br/>64)", "74.1%", "(-<br/>1.9 p.p.)"],
               ["Claimant count", "2.9%", "0.2 p.p."]],
              [200, 60, 70]),),
    _doc("hyphen_compound_stays_joined", "hyphen", "# Devolution framework", INTRO,
         Grid(["Detail", "Foundation", "Mayoral"],
              [["Access to a multi-<br/>departmental, long-<br/>term funding settlement", "No", "Yes"],
               ["Devolution of non-<br/>apprenticeship adult skills functions", "Yes", "Yes"]],
              [160, 90, 90])),
]  # fmt: skip
# a range or a sign broken after its hyphen is one token: the gold joins it (round 7's reading)
HYPHENS[3].parts[-1].gold_rows = [["Employment rate (aged 16-64)", "74.1%", "(-1.9 p.p.)"], ["Claimant count", "2.9%", "0.2 p.p."]]
# a compound's hyphen at a line's end is the word's own: the dev gold of the Kent supplement pack and budget risk
# register joins it ('multi-departmental', 'long-term', 'non-apprenticeship', 'under-investment')
HYPHENS[4].parts[-1].gold_rows = [["Access to a multi-departmental, long-term funding settlement", "No", "Yes"], ["Devolution of non-apprenticeship adult skills functions", "Yes", "Yes"]]
# stop 29 settled the rule (corpus/gold/README.md): a hyphen at a line end between two word parts is kept and the parts
# joined ('lead-' / 'strategy', 'cd-' / 'roms'); a soft hyphen breaking one word is dropped ('in-' / 'spection')
HYPHENS[0].parts[-1].gold_rows = [["Publish the joint health and wellbeing strategy", "Corporate lead-strategy supported by strategy manager", "March 2026"], ["Agree the shared outcomes framework", "Corporate lead-strategy, strategy officer", "June 2026"]]
HYPHENS[1].parts[-1].gold_rows = [["14", "Annual lists of senior staff were once on sale as printed books and cd-roms; they should be published online each year"], ["15", "Spending over £500 by every department, monthly"]]
HYPHENS[2].parts[-1].gold_rows = [["Parkside Play Ltd", "Annual play area safety inspection and report", "216.00"], ["Clerk", "Salary October", "642.18"]]

# ---------------------------------------------------------------- a last row with only its first cell

LAST_ROWS = [
    _doc("last_row_year_alone", "last_row", "# Ten year capital forecast", INTRO,
         Grid(["Year", "Project description", "Estimate", "Method"],
              [["2031", "Salt shed", "$95,000", "Reserve"],
               ["2032", "Tandem truck", "$310,000", "Debenture"],
               ["2033", "Backhoe", "$180,000", "Reserve"],
               ["2034", "", "", ""]],
              [50, 200, 90, 90])),
    _doc("last_row_year_alone_unruled", "last_row", "# Ten year capital forecast", INTRO,
         Grid(["Year", "Project description", "Estimate", "Method"],
              [["2031", "Salt shed", "$95,000", "Reserve"],
               ["2032", "Tandem truck", "$310,000", "Debenture"],
               ["2033", "Backhoe", "$180,000", "Reserve"],
               ["2034", "", "", ""]],
              [50, 200, 90, 90], rules="rows")),
]  # fmt: skip

DOCUMENTS = SCORECARDS + BUDGETS + RISKS + POLLING + PAYMENTS + HYPHENS + LAST_ROWS
XFAIL: dict[str, str] = {
    # (polling_unruled_bands and last_row_year_alone_unruled: read since stop 37 by tables.unruled_words)
    # stop 29's rule drops a soft hyphen breaking one word ('in-' / 'spection' -> 'inspection'); telling it from a
    # compound broken at its own hyphen ('long-' / 'term') needs a dictionary: the code keeps the hyphen (tables round
    # 66's join by the document's words and a word list was taken out in stop 52: it lowered tune's OCR cells)
    "hyphen_payments": "a word broken at a hyphen ('in-' / 'spection') is read as a compound and joined with its hyphen",
}


def _param(document: WholeTables) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[document.name])] if document.name in XFAIL else []
    return pytest.param(document, id=f"{document.kind}-{document.name}", marks=marks)


@pytest.mark.parametrize("document", [_param(document) for document in DOCUMENTS])
def test_table_cells_read_as_the_annotator_writes_them(document: WholeTables, tmp_path: Path) -> None:
    figures, gold, predicted = scored(document, tmp_path)
    tables_only = {"tables": figures["tables"]}
    assert shortfalls(tables_only) == [], (gold["tables"], predicted["tables"])
