"""Government action plans, strategies and business plans as action-plan rows (round 22, issue #5).

Classes of case (each scored on the action-plan rows an annotator records: action text, action_no,
named_lead, lead_org, start and end dates raw and normalised, row count, no label or heading as an action):
'srp' (a departmental business plan's structural reform actions in a ruled grid: 'Ref | Action | Start | End |
Status', refs '2.3.i', months as start and end), 'inspection' (an inspection action plan on a landscape page:
'Recommendation | Action | Lead | Timescale | Evidence | RAG', timescales 'By March 2014', 'Autumn 2013', 'Q3 2013'),
'strategy' (an open data strategy's commitments set in whitespace columns under a ruled header: timescales
'Dec 2013 onwards', 'Ongoing from May 2012', '2013/14'), 'agency' (an agency implementation plan with coded
actions in the action cell, 'Lead agency', 'Completion date' and status words), 'mrap' (a management response
and action plan: recommendation, planned action, expected completion date, responsibility),
'beside' (a plan as repeated labelled blocks per commitment, labels at the left and values beside them, a
'Milestones:' list with dated bullets under each), 'below' (the same with each label over its value),
'nested' (each commitment's milestones in a small 'Milestone | Start | End' table under its block) and
'none' (pages that are no plan: a programme's annual report of commitments with progress prose).

Dates follow corpus/gold/README.md and what dates.py already does: a month is its last day as an end and its
first day as a start, a season ('Autumn 2013') gives no date (raw text kept), 'Q3 2013' the quarter's end,
'2013/14' the financial year's end, 'Dec 2013 onwards' and 'Ongoing from May 2012' a start and no end.
Each case keeps the structure and phrasing pattern of a real published page; names, places, numbers and dates
are changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://govwire.co.uk/news/prime-ministers-office-10-downing-street/april-structural-reform-plan-progress-reports-published-g100798
  (Structural Reform Plan monthly progress reports: actions with start and end months)
- https://www.civilserviceworld.com/news/article/business-plan-change-slows-target-reports (business plan
  reform actions reported complete, started or overdue)
- https://webarchive.nationalarchives.gov.uk/20110311102444/http:/ww2.defra.gov.uk/corporate/about/what/business-planning/
  (departmental business plan format: vision, priorities, structural reform plan, transparency)
- https://bucksfire.gov.uk/authority/hmicfrs-inspection-report-action-plan/ (fire and rescue HMICFRS action
  plan: areas for improvement, causes for concern, recommendations, actions)
- https://hmfsi.scot/publications/hm-fire-service-inspectorate-assessing-the-effectiveness-of-inspection-activity/5-conclusions
  (inspectorate recommendations turned into a service action plan monitored by a board)
- https://schoolgovernors.thekeysupport.com/school-improvement-and-strategy/inspection-evaluation/before-during-after-inspection/post-ofsted-action-plan-governors-role/
  (post-Ofsted action plan: recommendations, actions, leads, timescales, evidence)
- https://cqclogic.co.uk/how-to-write-cqc-improvement-plan/ (improvement plan: finding, action, owner,
  timescale, evidence of completion)
- http://gov.uk/government/publications/dclg-open-data-strategy-april-2012-to-april-2014 and
  http://epsiplatform.eu/content/uks-open-data-team-2012-resolutions (departmental open data strategies
  and commitments, 2012-2014)
- http://www.opendatapolicies.org/guidelines/27-timelines/ and https://obamawhitehouse.archives.gov./open/about/milestones
  (open data commitments with deadlines and milestones)
- http://app.production.vic-gov-au.sdp3.sdp.vic.gov.au/fire-services-implementation-monitor-fy-2022-23-annual-report/5-year-three-reported-action-status-1
  (Victorian implementation plan: actions 1.2, 3.5 in priority workstreams, a lead agency, a completion date
  and statuses 'In progress - on track', 'Completed', 'Not commenced')
- https://www.oic-ci.gc.ca/en/resources/reports-publications/2019-2020-departmental-plan (Canadian agency
  departmental plan: planned results per priority)
- https://www.tbs-sct.canada.ca/dpr-rmr/2008-2009/info/ea-ve-eng.asp (responses to audits: recommendation,
  planned action, completion date, responsible branch)
- http://docplayer.net/15161117-Partnership-for-regional-growth-2015-16.html (Australian statement: measures,
  the responsible department, timing)
- https://gov.wales/written-statement-one-wales-delivery-plan-2008-2011 and
  https://www.gov.wales/welsh-government-annual-report-2023-annex-html (Welsh delivery plan and annual report:
  'Commitment 1' then 'Commitment 1 progress' prose, no leads or dates)
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from agendaparse.evaluate import norm_text
from plan_cases import blocks_pdf, extracted_plan_rows
from table_cases import STYLES, Case, found_tables, ruled_pdf, unruled_pdf

MEETING = dt.date(2013, 6, 1)


def plan_rows(pdf: bytes, tmp_path, doc_type: str | None = "action_plan") -> list:
    return extracted_plan_rows(pdf, tmp_path, MEETING, doc_type)


def row_problems(case: Case, rows: list) -> list[str]:
    """What differs between the rows read and the case's expected rows (empty when none)."""
    if len(rows) != len(case.plan):
        return [f"{len(rows)} rows, not {len(case.plan)}: " + "; ".join(repr(row.action) for row in rows)]
    problems = []
    for index, (row, expected) in enumerate(zip(rows, case.plan, strict=True)):
        for name, value in expected.items():
            got = getattr(row, name)
            got = got.isoformat() if isinstance(got, dt.date) else got
            if (norm_text(got) if isinstance(got, str) else got) != (
                norm_text(value) if isinstance(value, str) else value
            ):
                problems.append(f"row {index} {name}: {got!r} != {value!r}")
    return problems


def nested_pdf(blocks: list[tuple[str, list[tuple[str, str]], list[list[str]]]]) -> bytes:
    """Per commitment: a bold heading, label | value lines, then a ruled 'Milestone | Start | End' table."""
    text = STYLES["BodyText"].clone("t22", fontSize=9, leading=11)
    bold = text.clone("t22b", fontName="Helvetica-Bold")
    heading = STYLES["Heading2"]
    story: list = [Paragraph("Open Data Strategy 2012-2014: commitments", STYLES["Heading1"])]
    for title, pairs, milestones in blocks:
        story.append(Paragraph(title, heading))
        for label, value in pairs:
            story.append(Paragraph(f"<b>{label}:</b> {value}", text))
        data = [[Paragraph(cell, bold) for cell in ("Milestone", "Start", "End")]]
        data += [[Paragraph(cell, text) for cell in row] for row in milestones]
        table = Table(data, colWidths=[300, 90, 90])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(1, 4), table, Spacer(1, 12)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(story)
    return buffer.getvalue()


# ---------------------------------------------------------------- grids

SRP_HEADER = ["Ref", "Action", "Start", "End", "Status"]
SRP_ROWS = [
    ["2.3.i", "Appoint a national adviser for evidence-based policy to support new centres", "Jun 2012", "Mar 2013",
     "Completed"],
    ["2.3.ii", "Publish a one-year report on progress against the reform plan", "Sep 2012", "Jul 2013", "Started"],
    ["3.1.i", "Secure an international charter on open data", "Jan 2013", "Jun 2013", "Overdue"],
    ["3.2.i", "Amend the code of practice to extend the right to data to public authorities", "Apr 2013",
     "Dec 2013", "Not started"],
]  # fmt: skip
SRP = Case(
    "business plan structural reform actions: ruled, 'Ref | Action | Start | End | Status', month ranges",
    lambda: ruled_pdf(SRP_HEADER, SRP_ROWS, [40, 250, 60, 60, 80], title="Section C: Structural Reform Plan"),
    SRP_HEADER,
    SRP_ROWS,
    [
        {"action_no": "2.3.i", "action": SRP_ROWS[0][1], "start_date": "2012-06-01", "end_date": "2013-03-31",
         "status": "complete"},
        {"action_no": "2.3.ii", "start_date": "2012-09-01", "end_date": "2013-07-31", "status": "ongoing"},
        {"action_no": "3.1.i", "start_date": "2013-01-01", "end_date": "2013-06-30", "status": "overdue"},
        {"action_no": "3.2.i", "start_date": "2013-04-01", "end_date": "2013-12-31", "status": "not started"},
    ],
    kind="srp",
)  # fmt: skip

INSPECTION_HEADER = ["Recommendation", "Action", "Lead", "Timescale", "Evidence", "RAG"]
INSPECTION_ROWS = [
    ["R1 The service should make sure its risk information is up to date",
     "Review all site-specific risk information and set a review cycle", "Head of Protection", "By March 2014",
     "Audit of records", "Amber"],
    ["R2 The service should evaluate its prevention work",
     "Commission an evaluation of home fire safety visits", "Head of Prevention", "Autumn 2013",
     "Evaluation report", "Green"],
    ["R3 The service should improve how it monitors staff wellbeing",
     "Introduce a quarterly wellbeing survey", "HR Manager", "Q3 2013", "Survey results", "Red"],
]  # fmt: skip
INSPECTION = Case(
    "inspection action plan on a landscape page: 'Recommendation | Action | Lead | Timescale | Evidence | RAG'",
    lambda: ruled_pdf(INSPECTION_HEADER, INSPECTION_ROWS, [170, 190, 90, 80, 120, 45], size=landscape(A4),
                      title="HMICFRS Inspection Report: Action Plan"),
    INSPECTION_HEADER,
    INSPECTION_ROWS,
    [
        {"action": INSPECTION_ROWS[0][1], "named_lead": "Head of Protection", "end_date": "2014-03-31",
         "end_date_text": "By March 2014", "rag": "Amber"},
        {"action": INSPECTION_ROWS[1][1], "named_lead": "Head of Prevention", "end_date": None,
         "end_date_text": "Autumn 2013", "rag": "Green"},
        {"action": INSPECTION_ROWS[2][1], "named_lead": "HR Manager", "end_date": "2013-09-30", "rag": "Red"},
    ],
    kind="inspection",
)  # fmt: skip

STRATEGY_HEADER = ["No.", "Commitment", "Lead", "Timescale"]
STRATEGY_LINES = [
    [["1"], ["Publish planning application data", "in an open format every month"], ["Planning Directorate"],
     ["Dec 2013 onwards"]],
    [["2"], ["Release the house price register", "as linked data"], ["Land Registry"],
     ["Ongoing from May 2012"]],
    [["3"], ["Hold two open data challenge days", "with local developers"], ["Valuation Office Agency"], ["2013/14"]],
]  # fmt: skip
STRATEGY = Case(
    "open data strategy commitments in whitespace columns: 'onwards', 'Ongoing from', a financial year",
    lambda: unruled_pdf(STRATEGY_HEADER, STRATEGY_LINES, [44, 80, 300, 440],
                        title="Open Data Strategy: Our Commitments"),
    STRATEGY_HEADER,
    [[" ".join(lines) for lines in row] for row in STRATEGY_LINES],
    [
        {"action_no": "1", "action": "Publish planning application data in an open format every month",
         "lead_org": "Planning Directorate", "start_date": "2013-12-01", "end_date": None},
        {"action_no": "2", "lead_org": "Land Registry", "start_date": "2012-05-01", "end_date": None},
        {"action_no": "3", "lead_org": "Valuation Office Agency", "start_date": None, "end_date": "2014-03-31"},
    ],
    kind="strategy",
)  # fmt: skip

AGENCY_HEADER = ["Action", "Lead agency", "Completion date", "Status"]
AGENCY_ROWS = [
    ["1.2 Develop a joint training calendar for volunteer brigades", "Country Fire Service", "December 2016",
     "Completed"],
    ["1.5 Agree shared rostering rules", "Metropolitan Fire Board", "June 2017", "In progress - on track"],
    ["3.5 Build a common incident reporting system", "Emergency Management Agency", "March 2018",
     "Not commenced"],
]  # fmt: skip
AGENCY = Case(
    "agency implementation plan: coded actions in the action cell, 'Lead agency', 'Completion date', status",
    lambda: ruled_pdf(AGENCY_HEADER, AGENCY_ROWS, [230, 130, 80, 90], title="Implementation Plan: Priority One"),
    AGENCY_HEADER,
    AGENCY_ROWS,
    [
        {"action_no": "1.2", "action": "Develop a joint training calendar for volunteer brigades",
         "lead_org": "Country Fire Service", "end_date": "2016-12-31", "status": "complete"},
        {"action_no": "1.5", "lead_org": "Metropolitan Fire Board", "end_date": "2017-06-30", "status": "ongoing"},
        {"action_no": "3.5", "lead_org": "Emergency Management Agency", "end_date": "2018-03-31",
         "status": "not started"},
    ],
    kind="agency",
)  # fmt: skip

MRAP_HEADER = ["Recommendation", "Planned action", "Expected completion date", "Responsibility"]
MRAP_ROWS = [
    ["1. Develop a departmental policy on submissions", "Draft and approve a departmental submissions policy",
     "March 2012", "Director, Resource Management"],
    ["2. Develop a risk profile for the submission process", "Prepare a risk profile and mitigation strategy",
     "November 2011", "Director, Resource Management"],
]  # fmt: skip
MRAP = Case(
    "management response and action plan: recommendation, planned action, completion date, responsibility",
    lambda: ruled_pdf(MRAP_HEADER, MRAP_ROWS, [150, 170, 90, 110], title="Management Response and Action Plan"),
    MRAP_HEADER,
    MRAP_ROWS,
    [
        {"action": "Draft and approve a departmental submissions policy", "named_lead": "Director, Resource Management",
         "end_date": "2012-03-31"},
        {"action": "Prepare a risk profile and mitigation strategy", "end_date": "2011-11-30"},
    ],
    kind="mrap",
)  # fmt: skip

# ---------------------------------------------------------------- blocks

BESIDE_LINES = [
    ("h", "Transparency Action Plan 2013-2015"),
    ("h", "Commitment 3: Open up school performance data"),
    ("kv", "Lead department|Department for Education"),
    ("kv", "Start date|Autumn 2013"),
    ("kv", "End date|Spring 2015"),
    ("t", "Milestones:"),
    ("i", "• Consult schools on the new tables – Q3 2013"),
    ("i", "• Publish the first tables – March 2014"),
    ("h", "Commitment 4: Publish local spending data in one format"),
    ("kv", "Lead department|Department for Communities and Local Government"),
    ("kv", "Start date|May 2013"),
    ("kv", "End date|By March 2014"),
    ("t", "Milestones:"),
    ("i", "• Agree a common code of practice – June 2013"),
    ("i", "• Every council publishing – March 2014"),
]
# README stop 23 (tables round 35 changed this gold, which had one row per commitment): each dated bullet under
# 'Milestones:' is a row, theme the commitment's title, lead the commitment's; the commitment is no row of its own.
SCHOOLS, SPENDING = "Open up school performance data", "Publish local spending data in one format"
BESIDE = Case(
    "commitment blocks, labels beside values, a milestones list with dated bullets: one row per milestone",
    lambda: blocks_pdf(BESIDE_LINES),
    [],
    [],
    [
        {"action": "Consult schools on the new tables", "theme": SCHOOLS, "lead_org": "Department for Education",
         "end_date": "2013-09-30", "end_date_text": "Q3 2013"},
        {"action": "Publish the first tables", "theme": SCHOOLS, "lead_org": "Department for Education",
         "end_date": "2014-03-31"},
        {"action": "Agree a common code of practice", "theme": SPENDING,
         "lead_org": "Department for Communities and Local Government", "end_date": "2013-06-30"},
        {"action": "Every council publishing", "theme": SPENDING,
         "lead_org": "Department for Communities and Local Government", "end_date": "2014-03-31"},
    ],
    kind="beside",
)  # fmt: skip
BELOW_LINES = [
    ("h", "Equality Action Plan 2012-2014"),
    ("h", "Action 1: Publish workforce equality data each year"),
    ("b", "Lead officer"),
    ("t", "Head of Human Resources"),
    ("b", "Start date"),
    ("t", "April 2012"),
    ("b", "End date"),
    ("t", "March 2013"),
    ("h", "Action 2: Train all managers in equality impact assessment"),
    ("b", "Lead officer"),
    ("t", "Equality and Diversity Manager"),
    ("b", "Start date"),
    ("t", "June 2012"),
    ("b", "End date"),
    ("t", "Ongoing"),
]
BELOW = Case(
    "equality plan blocks, each label on its own line over its value",
    lambda: blocks_pdf(BELOW_LINES),
    [],
    [],
    [
        {"action_no": "1", "action": "Publish workforce equality data each year",
         "named_lead": "Head of Human Resources", "start_date": "2012-04-01", "end_date": "2013-03-31"},
        {"action_no": "2", "named_lead": "Equality and Diversity Manager", "start_date": "2012-06-01",
         "end_date": None},
    ],
    kind="below",
)  # fmt: skip
NESTED_BLOCKS = [
    ("Commitment 1: Release crime data at street level",
     [("Lead department", "Home Office"), ("Start date", "January 2012"), ("End date", "December 2013")],
     [["Monthly street-level data", "Jan 2012", "Mar 2012"], ["Outcomes data added", "Apr 2012", "Dec 2013"]]),
    ("Commitment 2: Publish court sentencing data by court",
     [("Lead department", "Ministry of Justice"), ("Start date", "March 2012"), ("End date", "June 2013")],
     [["Pilot in two regions", "Mar 2012", "Sep 2012"], ["National release", "Oct 2012", "Jun 2013"]]),
]  # fmt: skip
# README stop 23 (tables round 35 changed this gold, which had one row per commitment): each milestone of the
# table under a commitment is a row with its own start and end, the commitment's title and lead department.
NESTED_ENDS = {
    NESTED_BLOCKS[0][0]: ["2012-03-31", "2013-12-31"],
    NESTED_BLOCKS[1][0]: ["2012-09-30", "2013-06-30"],
}
NESTED = Case(
    "commitment blocks with a ruled 'Milestone | Start | End' table under each: one row per milestone",
    lambda: nested_pdf(NESTED_BLOCKS),
    [],
    [],
    [
        {"action": step, "action_no": None, "theme": title.split(": ", 1)[1], "lead_org": pairs[0][1],
         "start_date": dt.datetime.strptime(start, "%b %Y").date().isoformat(), "end_date": end_iso}
        for title, pairs, steps in NESTED_BLOCKS
        for (step, start, _), end_iso in zip(steps, NESTED_ENDS[title], strict=True)
    ],
    kind="nested",
)  # fmt: skip
REPORT_LINES = [
    ("h", "Programme for Government: Annual Report 2013"),
    ("h", "Provide effective, high quality healthcare"),
    ("b", "Commitment 1"),
    ("t", "Establish a new medical school in the north of the country."),
    ("b", "Commitment 1 progress"),
    ("t", "Substantial progress has been made. The school is due to take its first students in autumn 2014,"),
    ("t", "with numbers rising each year until it reaches full capacity in 2019."),
    ("b", "Commitment 2"),
    ("t", "Provide treatments which have been delayed."),
    ("b", "Commitment 2 progress"),
    ("t", "Waiting times data for April 2013 show that most pathways were under two years."),
]
REPORT = Case(
    "annual report of commitments with progress prose, no lead or date particulars: no plan rows",
    lambda: blocks_pdf(REPORT_LINES),
    [],
    [],
    [],
    kind="none",
)

DELIVERY_LINES = [
    ("h", "Delivery Plan 2013-14: Health and Social Care"),
    ("b", "Action 7: Extend out-of-hours GP access to every health board area"),
    ("t", "Lead Minister: Cabinet Secretary for Health"),
    ("t", "Delivery date: Q3 2013"),
    ("t", "Status: On track"),
    ("b", "Action 8: Publish waiting times for every hospital each month"),
    ("t", "Lead Minister: Minister for Public Health"),
    ("t", "Delivery date: Dec 2013 onwards"),
    ("t", "Status: Not started"),
]
DELIVERY = Case(
    "government delivery plan blocks: 'Lead Minister:', 'Delivery date:' (a quarter, 'onwards'), 'Status:'",
    lambda: blocks_pdf(DELIVERY_LINES),
    [],
    [],
    [
        {"action_no": "7", "action": "Extend out-of-hours GP access to every health board area",
         "named_lead": "Cabinet Secretary for Health", "end_date": "2013-09-30", "status": "ongoing"},
        {"action_no": "8", "named_lead": "Minister for Public Health", "start_date": "2013-12-01", "end_date": None,
         "status": "not started"},
    ],
    kind="delivery",
)  # fmt: skip
BODY_BELOW_LINES = [
    ("h", "Climate Change Action Plan 2014-2016"),
    ("h", "Commitment 2: Cut emissions from the public sector estate"),
    ("b", "Lead department"),
    ("t", "Department of Energy"),
    ("b", "Timescale"),
    ("t", "Ongoing from May 2014"),
    ("h", "Commitment 3: Publish a heat strategy for homes"),
    ("b", "Lead department"),
    ("t", "Department of Housing"),
    ("b", "Timescale"),
    ("t", "Spring 2015"),
]
BODY_BELOW = Case(
    "climate plan blocks, a lead department and timescale each over its value, 'Ongoing from', a season",
    lambda: blocks_pdf(BODY_BELOW_LINES),
    [],
    [],
    [
        {"action_no": "2", "action": "Cut emissions from the public sector estate", "lead_org": "Department of Energy",
         "start_date": "2014-05-01", "end_date": None},
        {"action_no": "3", "lead_org": "Department of Housing", "end_date": None, "end_date_text": "Spring 2015"},
    ],
    kind="below",
)  # fmt: skip
SRP_SPAN_HEADER = ["Actions", "Start", "End"]
SRP_SPAN_ROWS = [
    ["1.1 Give councils a general power of competence", "", ""],
    ["i. Publish the Localism Bill", "Nov 2010", "Dec 2010"],
    ["ii. Commence the power", "Nov 2011", "Apr 2012"],
    ["1.2 Abolish regional planning targets", "", ""],
    ["i. Lay the order revoking regional strategies", "Jul 2010", "Mar 2012"],
]  # fmt: skip
SRP_SPAN = Case(
    "structural reform plan: 'Actions | Start | End', a numbered sub-priority spanning the grid over 'i.', 'ii.'",
    lambda: ruled_pdf(SRP_SPAN_HEADER, SRP_SPAN_ROWS, [330, 80, 80], spans=[0, 3],
                      title="1. Decentralise power as far as possible"),
    SRP_SPAN_HEADER,
    [[row[0], "", ""] if not row[1] else row for row in SRP_SPAN_ROWS],
    [
        {"theme": "1.1 Give councils a general power of competence", "start_date": "2010-11-01",
         "end_date": "2010-12-31"},
        {"theme": "1.1 Give councils a general power of competence", "start_date": "2011-11-01",
         "end_date": "2012-04-30"},
        {"theme": "1.2 Abolish regional planning targets", "start_date": "2010-07-01", "end_date": "2012-03-31"},
    ],
    kind="srp",
)  # fmt: skip

CASES = [SRP, INSPECTION, STRATEGY, AGENCY, MRAP, BESIDE, BELOW, NESTED, REPORT, DELIVERY, BODY_BELOW, SRP_SPAN]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_action_plan_rows_of_government_plans(case: Case, tmp_path) -> None:
    assert row_problems(case, plan_rows(case.draw(), tmp_path)) == []


if __name__ == "__main__":  # pragma: no cover - a report for people: python tests/test_tables_round22.py
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        where = pathlib.Path(folder)
        for case in CASES:
            problems = row_problems(case, plan_rows(case.draw(), where))
            print(f"{case.kind:10} {'ok' if not problems else 'FAIL':4} {case.name}: {problems}")
            if case.header:
                print(f"{'':10} table: {[t.header for t in found_tables(case.draw(), where)]}")
