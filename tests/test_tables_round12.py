"""Action plans printed as blocks, and government / board action logs in grids (round 12, issue #5).

Class A: plans printed as one block per commitment or action, not as a grid (the Open Government
Partnership national action plan template, council improvement and inspection plans with
'Action: / Lead: / Timescale: / Measure:' lines, two-column label | value boxes, numbered
commitments with 'Lead:' and 'By:' lines), read by :mod:`agendaparse.plan_blocks`; and pages of
minutes, agendas and reports that carry some of those words but are no plan (no rows).
Class B: action logs in grids (Ref | Date raised | Action | Owner | Deadline | Update | Status,
Open / Closed, RAG words, 'Complete - see minute 5', owners as departments or initials, 'Next
meeting' as a deadline, a row over a page break, closed actions in a second table).

Each case keeps the layout and wording pattern of a real published page (names, places, numbers and
dates changed) and is drawn with reportlab. The truth is what a gold annotator records by
corpus/gold/README.md: one row per commitment (its milestones are not rows of their own), the
commitment's title as the action (an 'Action:' line, where printed, is the action), the section
heading over the blocks as the theme, dates ISO with a month as its last day (a start month as its
first), 'Next meeting' no date, a 'Lead department' a body (lead_org).

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- http://www.opengovpartnership.org/ogp-action-plan-template (OGP template: commitments with who
  implements them and benchmarks with timelines)
- https://docsbay.net/describe-what-the-commitment-entails-its-expected-results-and-overall-objective
  (OGP commitment template: 'Number and Name of Commitment', 'Commitment Start and End Date',
  'Lead implementing agency', 'What is the public problem ...', 'Completion Level')
- https://www.rbkc.gov.uk/grenfell-response-and-recovery/our-commitments-inquiry-tracking-progress/understanding-our-communities
  (Kensington and Chelsea: 'Commitment 19' / title / 'Lead' / value / 'Our progress' / 'When this will happen')
- https://www.oecd.org/en/publications/oecd-policy-coherence-scan-of-ireland_23b0a0f4-en/full-report/ireland-s-second-national-implementation-plan-nip-for-the-sustainable-development-goals-sdgs_3ede5345.html
  (Ireland SDG plan: 'Action 1' with measures 1(a), 1(b) under it)
- https://ogp.org.nz/new-zealands-plan/a-successful-national-action-plan (New Zealand OGP: commitments
  broken into steps with measurable outcomes)
- http://ogpau.govspace.gov.au/national-action-plan/ (Australia OGP: a lead Commonwealth agency)
- http://democracy.york.gov.uk/ieIssueDetails.aspx?IId=19557&PlanId=0&Opt=3 (City of York improvement
  plan: key actions and milestones per area for improvement)
- https://democracy.spelthorne.gov.uk/ieIssueDetails.aspx?IId=27542&Opt=3&PlanId=0 and
  http://democracy.spelthorne.gov.uk/ieIssueDetails.aspx?IId=25432&Opt=3 (Spelthorne improvement and
  recovery plan by theme; consolidated plan whose 'Lead' holds several names)
- https://committeemeetings.flintshire.gov.uk/mgAi.aspx?ID=5687 (Flintshire improvement plan: RAG
  status per activity, measures and milestones)
- https://democracy.wirral.gov.uk/ieIssueDetails.aspx?IId=50004302&Opt=3 (Wirral improvement plan by
  priority theme)
- https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=3740&PlanId=0&Opt=3 (Bromsgrove
  audit board recommendation tracker with new target dates)
- http://www.merseyfire.gov.uk/aspx/pages/protection/actionPlans.aspx (Merseyside fire inspection
  action plan: measures in priority order, each with a timescale)
- https://ico.org.uk/for-organisations/foi/foi-self-assessment-toolkit/topic-3-vexatious/culture-learning-and-assurance/culture-learning-and-assurance-report/
  (ICO: action plan template with assigned responsibility)
- https://help.boardcycle.com/en/articles/12115824-action-status (board actions: open actions, then
  closed actions in a second table)
- http://safeflight.co.uk/action_log.htm (action log: reference, owner, Open / Closed / Cancelled)
- https://help.nimblesafe.net/en/docs/general/modules/actions-general (actions: date raised, Open /
  Overdue / Closed)
- https://projectoolkit.com/actions-log/ (programme action log: ID, created, update, owner, due, closed)
"""

from __future__ import annotations

import pytest

from agendaparse import plan_blocks
from plan_cases import MEETING, block_problems, block_rows, blocks_pdf, boxes_pdf
from table_cases import Case, found_tables, plan_problems, ruled_pdf

# ---------------------------------------------------------------- A: OGP national action plan, unruled

OGP_LINES = [
    ("h", "Open Government National Action Plan 2024-26"),
    ("t", "This plan sets out the commitments agreed with civil society for the next two years."),
    ("h", "Theme 1: Open contracting and procurement"),
    ("b", "Commitment 1: Publish contract data to the open contracting standard"),
    ("kv", "Lead department|Department of Enterprise and Trade"),
    ("kv", "Other actors involved|Procurement Office; Open Data Network"),
    ("t", "Start date: September 2024   End date: August 2026"),
    ("b", "Status quo or problem addressed"),
    ("t", "Contract notices are published in several places and in different formats, and the"),
    ("t", "status of a contract after award cannot be followed."),
    ("b", "Milestones"),
    ("i", "1. Consult on the data standard - December 2024"),
    ("i", "2. First release of contract data - June 2025"),
    ("b", "Commitment 2: Open the register of beneficial owners of land"),
    ("kv", "Lead department|Land Registry Agency"),
    ("kv", "Other actors involved|Transparency Forum"),
    ("t", "Start date: January 2025   End date: December 2026"),
    ("b", "Status quo or problem addressed"),
    ("t", "Who owns land through overseas companies is not known."),
    ("h", "Theme 2: Participation"),
    ("b", "Commitment 3: Involve the public in the design of local health services"),
    ("kv", "Lead department|Department of Health"),
    ("t", "Start date: October 2024   End date: March 2026"),
    ("b", "Milestones"),
    ("i", "1. Pilot in three regions - April 2025"),
]
OGP = Case(
    "OGP national action plan, unruled: 'Commitment N:', 'Lead department', 'Start date / End date'",
    lambda: blocks_pdf(OGP_LINES),
    [],
    [],
    [
        {"theme": "Theme 1: Open contracting and procurement", "action_no": "1",
         "action": "Publish contract data to the open contracting standard", "named_lead": None,
         "lead_org": "Department of Enterprise and Trade", "start_date": "2024-09-01", "end_date": "2026-08-31"},
        {"theme": "Theme 1: Open contracting and procurement", "action_no": "2",
         "lead_org": "Land Registry Agency", "start_date": "2025-01-01", "end_date": "2026-12-31"},
        {"theme": "Theme 2: Participation", "action_no": "3", "lead_org": "Department of Health",
         "start_date": "2024-10-01", "end_date": "2026-03-31"},
    ],
    kind="blocks",
)  # fmt: skip

BOXES = [
    [("Commitment 4", "Open data on school places"), ("Lead implementing agency", "Department of Education"),
     ("Other actors involved", "Local authorities; Parents Council"),
     ("Commitment start and end date", "January 2025 - December 2026"),
     ("Status quo or problem addressed", "Parents cannot compare the places offered by schools.")],
    [("Commitment 5", "Publish the register of lobbyists"), ("Lead implementing agency", "Standards Commission"),
     ("Other actors involved", "Civil society network"),
     ("Commitment start and end date", "March 2025 - June 2026"),
     ("Status quo or problem addressed", "Meetings with lobbyists are not recorded in one place.")],
]  # fmt: skip
BOXED = Case(
    "OGP commitment template as one ruled label | value box per commitment",
    lambda: boxes_pdf(BOXES, title="National Action Plan 2025-2026"),
    [],
    [],
    [
        {"action_no": "4", "action": "Open data on school places", "lead_org": "Department of Education",
         "start_date": "2025-01-01", "end_date": "2026-12-31"},
        {"action_no": "5", "action": "Publish the register of lobbyists", "lead_org": "Standards Commission",
         "start_date": "2025-03-01", "end_date": "2026-06-30"},
    ],
    kind="blocks",
)  # fmt: skip

IMPROVE_LINES = [
    ("h", "Corporate Improvement Plan 2024/25"),
    ("h", "Priority 1: Financial sustainability"),
    ("t", "Action: Agree a medium term financial strategy with savings to 2028"),
    ("t", "Lead: Director of Finance"),
    ("t", "Timescale: March 2025"),
    ("t", "Measure: Strategy approved by Council"),
    ("t", "Action: Review fees and charges across all services"),
    ("t", "Lead: Head of Revenues"),
    ("t", "Timescale: December 2024"),
    ("t", "Measure: New charges in place from April"),
    ("h", "Priority 2: Governance"),
    ("t", "Action: Refresh the constitution and the scheme of delegation"),
    ("t", "Lead: Monitoring Officer"),
    ("t", "Timescale: June 2025"),
    ("t", "Measure: Revised constitution adopted"),
]
IMPROVE = Case(
    "council improvement plan: 'Action: / Lead: / Timescale: / Measure:' under priority headings",
    lambda: blocks_pdf(IMPROVE_LINES),
    [],
    [],
    [
        {"theme": "Priority 1: Financial sustainability",
         "action": "Agree a medium term financial strategy with savings to 2028", "named_lead": "Director of Finance",
         "end_date": "2025-03-31", "outcome": "Strategy approved by Council"},
        {"theme": "Priority 1: Financial sustainability", "named_lead": "Head of Revenues", "end_date": "2024-12-31"},
        {"theme": "Priority 2: Governance", "named_lead": "Monitoring Officer", "end_date": "2025-06-30"},
    ],
    kind="blocks",
)  # fmt: skip

INSPECT_LINES = [
    ("h", "Inspection action plan"),
    ("b", "Recommendation 1: Improve the timeliness of assessments"),
    ("t", "Action: Recruit two further assessment social workers"),
    ("t", "Lead officer: Head of Children's Services"),
    ("t", "Timescale: January 2025"),
    ("t", "Status: Complete"),
    ("b", "Recommendation 2: Strengthen management oversight of case files"),
    ("t", "Action: Introduce monthly case file audits by team managers"),
    ("t", "Lead officer: Principal Social Worker"),
    ("t", "Timescale: April 2025"),
    ("t", "Status: On track"),
]
INSPECT = Case(
    "inspection action plan: a recommendation, then 'Action / Lead officer / Timescale / Status'",
    lambda: blocks_pdf(INSPECT_LINES),
    [],
    [],
    [
        {"action_no": "1", "action": "Recruit two further assessment social workers",
         "named_lead": "Head of Children's Services", "end_date": "2025-01-31", "status": "complete"},
        {"action_no": "2", "action": "Introduce monthly case file audits by team managers",
         "named_lead": "Principal Social Worker", "end_date": "2025-04-30", "status": "ongoing"},
    ],
    kind="blocks",
)  # fmt: skip

NUMBERED_LINES = [
    ("h", "Our commitments"),
    ("b", "1. Publish every councillor's register of interests online"),
    ("i", "Lead: Head of Democratic Services"),
    ("i", "By: September 2025"),
    ("b", "2. Hold an annual public meeting on the budget"),
    ("i", "Lead: Chief Finance Officer"),
    ("i", "By: February 2026"),
    ("b", "3. Answer freedom of information requests within 20 working days"),
    ("i", "Lead: Information Governance Manager"),
    ("i", "By: March 2025"),
]
NUMBERED = Case(
    "numbered commitments with 'Lead:' and 'By:' lines under them",
    lambda: blocks_pdf(NUMBERED_LINES),
    [],
    [],
    [
        {"action_no": "1", "action": "Publish every councillor's register of interests online",
         "named_lead": "Head of Democratic Services", "end_date": "2025-09-30"},
        {"action_no": "2", "named_lead": "Chief Finance Officer", "end_date": "2026-02-28"},
        {"action_no": "3", "named_lead": "Information Governance Manager", "end_date": "2025-03-31"},
    ],
    kind="blocks",
)  # fmt: skip

TRACKING_LINES = [
    ("h", "Understanding our communities"),
    ("b", "Commitment 19"),
    ("t", "Develop a council-wide approach to fairness through a new action plan"),
    ("b", "Lead"),
    ("t", "Corporate Strategy"),
    ("b", "Our progress"),
    ("t", "The plan was approved by the leadership team in April and has been published."),
    ("b", "When this will happen"),
    ("t", "A delivery plan for all actions will be published by the summer."),
    ("b", "Commitment 20"),
    ("t", "Review the approach to equality impact assessments"),
    ("b", "Lead"),
    ("t", "Corporate Strategy"),
    ("b", "Our progress"),
    ("t", "The audit of impact assessments has concluded and the report was received."),
]
TRACKING = Case(
    "commitments tracker: 'Commitment 19' / title / 'Lead' / value / 'Our progress' / text",
    lambda: blocks_pdf(TRACKING_LINES),
    [],
    [],
    [
        {"action_no": "19", "action": "Develop a council-wide approach to fairness through a new action plan",
         "theme": "Understanding our communities"},
        {"action_no": "20", "action": "Review the approach to equality impact assessments"},
    ],
    kind="blocks",
)  # fmt: skip

BLOCK_CASES = [OGP, BOXED, IMPROVE, INSPECT, NUMBERED, TRACKING]

# ---------------------------------------------------------------- A: pages that are no plan

MINUTES_LINES = [
    ("h", "Minutes of the Finance and Resources Committee"),
    ("b", "5. Budget monitoring"),
    ("t", "The committee received the report of the Director of Finance on the position at month six."),
    ("t", "Action: Director of Finance to circulate the reserves forecast."),
    ("t", "Lead: Director of Finance   Due: next meeting"),
    ("b", "6. Fees and charges"),
    ("t", "Action: Head of Revenues to report on car parking income."),
    ("t", "Lead: Head of Revenues   Due: 31 December 2024"),
]
REPORT_LINES = [
    ("h", "Report to Cabinet"),
    ("b", "1. Purpose of the report"),
    ("t", "To seek approval of the leisure strategy. The timescale for delivery is set out in section 4."),
    ("b", "2. Recommendations"),
    ("t", "That the strategy be approved and that the lead officer report progress in March 2025."),
    ("b", "3. Background"),
    ("t", "Status: the strategy was consulted on over the summer."),
    ("b", "Contact officer"),
    ("t", "Jane Doe, Head of Leisure"),
]
AGENDA_LINES = [
    ("h", "Agenda"),
    ("t", "1. Apologies for absence"),
    ("t", "2. Declarations of interest"),
    ("t", "3. Action plan update   Lead: Chief Executive"),
    ("t", "4. Date of next meeting: 12 December 2024"),
]
NOT_PLANS = [
    ("minutes with 'Action:' and 'Lead: ... Due:' lines", MINUTES_LINES, "minutes"),
    ("a report with 'timescale', 'lead officer' and 'Status:' in its text", REPORT_LINES, "report"),
    ("an agenda with one 'Lead:' item", AGENDA_LINES, "agenda_pack"),
]

# ---------------------------------------------------------------- B: action logs in grids

GOV_HEADER = ["Ref", "Date raised", "Action", "Action owner", "Deadline", "Update", "Status"]
GOV_ROWS = [
    ["A14", "12/06/24", "Circulate the revised terms of reference", "Secretariat", "Next meeting",
     "Complete - see minute 5", "Closed"],
    ["A15", "12/06/24", "Provide figures on the take-up of the digital service", "DWP", "30/09/24",
     "Figures requested from analysts", "Open"],
    ["A16", "11/09/24", "Write to the devolved administrations about data sharing", "HMRC", "31/10/24", "", "Open"],
]  # fmt: skip
GOV = Case(
    "government board action log: 'Date raised', 'Action owner' departments, Open / Closed",
    lambda: ruled_pdf(GOV_HEADER, GOV_ROWS, [30, 50, 140, 60, 55, 110, 40], title="Board action log"),
    GOV_HEADER,
    GOV_ROWS,
    [
        {"action_no": "A14", "named_lead": "Secretariat", "lead_org": None, "end_date": None, "status": "complete"},
        {"action_no": "A15", "lead_org": "DWP", "end_date": "2024-09-30", "status": "ongoing"},
        {"action_no": "A16", "lead_org": "HMRC", "end_date": "2024-10-31", "status": "ongoing"},
    ],
    kind="logs",
)  # fmt: skip

RAG_HEADER = ["No", "Action", "Lead", "Due", "RAG"]
RAG_ROWS = [
    ["1", "Refresh the workforce strategy", "Director of People", "Dec 2024", "Green"],
    ["2", "Reduce agency spend in adult social care", "Director of Adults", "Mar 2025", "Red"],
    ["3", "Complete the estates rationalisation review", "Head of Property", "Jan 2025", "Amber"],
]  # fmt: skip
RAG = Case(
    "board action log with a RAG column of words",
    lambda: ruled_pdf(RAG_HEADER, RAG_ROWS, [25, 230, 110, 60, 50], title="Action log"),
    RAG_HEADER,
    RAG_ROWS,
    [
        {"action_no": "1", "named_lead": "Director of People", "end_date": "2024-12-31", "rag": "Green"},
        {"action_no": "2", "end_date": "2025-03-31", "rag": "Red"},
        {"action_no": "3", "end_date": "2025-01-31", "rag": "Amber"},
    ],
    kind="logs",
)  # fmt: skip

SPLIT_HEADER = ["Ref", "Action", "Owner", "Deadline", "Status"]
SPLIT_ROWS = [
    [f"B{n}", f"Report on the {topic} to the board with options for the next financial year", "CE", "31/01/25",
     "Open"]
    for n, topic in enumerate(["estates review", "digital programme", "workforce plan", "audit findings",
                               "risk register", "procurement pipeline", "data strategy", "carbon plan"], start=1)
]  # fmt: skip
SPLIT = Case(
    "action log pushed over a page break, header repeated",
    lambda: ruled_pdf(SPLIT_HEADER, SPLIT_ROWS, [35, 280, 60, 60, 60], title="Action log", lead=5),
    SPLIT_HEADER,
    SPLIT_ROWS,
    [{"action_no": f"B{n}", "named_lead": "CE", "end_date": "2025-01-31", "status": "ongoing"} for n in range(1, 9)],
    kind="logs",
)  # fmt: skip

LOG_CASES = [GOV, RAG, SPLIT]


@pytest.mark.parametrize("case", BLOCK_CASES, ids=[case.name for case in BLOCK_CASES])
def test_plan_blocks_read_as_the_annotator_reads_them(case: Case, tmp_path) -> None:
    assert block_problems(case, block_rows(case.draw(), tmp_path)) == []


@pytest.mark.parametrize("case", BLOCK_CASES, ids=[case.name for case in BLOCK_CASES])
def test_plan_blocks_are_named_by_their_rule(case: Case, tmp_path) -> None:
    rows = block_rows(case.draw(), tmp_path)
    assert rows and all(row.provenance.method == "rule:action-plan-blocks" and row.table is None for row in rows)


@pytest.mark.parametrize(("name", "lines", "doc_type"), NOT_PLANS, ids=[name for name, _, _ in NOT_PLANS])
def test_pages_that_are_no_plan_give_no_block_rows(name: str, lines, doc_type: str, tmp_path) -> None:
    assert block_rows(blocks_pdf(lines), tmp_path, doc_type) == []


def test_one_block_alone_is_no_plan(tmp_path) -> None:
    assert block_rows(blocks_pdf(IMPROVE_LINES[:6]), tmp_path) == []


@pytest.mark.parametrize("case", LOG_CASES, ids=[case.name for case in LOG_CASES])
def test_action_log_rows_read_as_the_annotator_reads_them(case: Case, tmp_path) -> None:
    assert plan_problems(case, found_tables(case.draw(), tmp_path), MEETING) == []


@pytest.mark.parametrize("case", LOG_CASES, ids=[case.name for case in LOG_CASES])
def test_action_logs_give_no_block_rows_twice(case: Case, tmp_path) -> None:
    assert block_rows(case.draw(), tmp_path) == []


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("Lead department", "lead"), ("Lead: Head of Policy", "lead"), ("Status quo or problem addressed", "skip"),
     ("Timescale: March 2025", "end"), ("By: June 2025", "end"), ("Other actors involved", "supporting"),
     ("Start date: July 2024", "start"), ("Commitment start and end date", "range")],
)  # fmt: skip
def test_block_labels(cell: str, kind: str) -> None:
    found = plan_blocks.label_of(cell)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("cell", ["By the end of the year the council", "When the committee met", "Leading the way"])
def test_words_of_a_sentence_are_no_label(cell: str) -> None:
    assert plan_blocks.label_of(cell) is None


if __name__ == "__main__":  # pragma: no cover - a report for people: python tests/test_tables_round12.py
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for case in BLOCK_CASES:
            problems = block_problems(case, block_rows(case.draw(), pathlib.Path(folder)))
            print("PASS" if not problems else "FAIL", "blocks", case.name, *problems[:4], sep="\n  ")
        for name, lines, doc_type in NOT_PLANS:
            rows = block_rows(blocks_pdf(lines), pathlib.Path(folder), doc_type)
            print("PASS" if not rows else "FAIL", "not a plan", name)
        for case in LOG_CASES:
            problems = plan_problems(case, found_tables(case.draw(), pathlib.Path(folder)), MEETING)
            print("PASS" if not problems else "FAIL", "logs", case.name, *problems[:4], sep="\n  ")
