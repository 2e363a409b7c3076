# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Action plans and trackers of genres no earlier round drew (tables round 55, stop 36).

Genres: a SEND written statement of action and an accelerated progress plan ('Area of weakness', numbered sub-actions
'1.1a', 'Impact measure'); an Ofsted (ILACS) improvement plan (recommendations, 'Progress RAG' in colour) and a CQC
improvement plan ('Must do / Should do', 'Executive lead'); a climate emergency action plan ('Lead service',
'Timescale' cells 'Spring 2026', 'By March 2027', 'Q4 2025/26') and a net zero plan set landscape over two pages with
its header repeated; an equality, diversity and inclusion action plan ('Equality objective', 'Measure of success'); an
LGA corporate peer challenge action plan ('Peer challenge recommendation | Our response | Lead officer | Timescale');
a Best Value notice improvement plan ('Workstream | Ref | Action | SRO | Target date | RAG', merged workstream bands)
and a commissioners' plan; an HMICFRS areas-for-improvement tracker of a fire and rescue service ('AFI ref | Area for
improvement | Action | Action owner') and of a police force; an external auditor's value-for-money recommendations
follow-up ('Key recommendation | Management response | Officer | Due'); a homelessness and rough sleeping strategy
action plan ('Lead partner(s)', 'Year 1', '2026/27'); a local nature recovery delivery plan and a tree strategy plan
('Delivery partners'); an Armed Forces Covenant action plan; a Welsh language standards action plan; a Housing
Ombudsman self-assessment tracker ('Code provision | Code requirement | Comply | Action to achieve compliance');
a health overview and scrutiny recommendation tracker with a two-row header ('Lead' over 'Member | Officer'); a
member development plan ('Development need | Learning activity'). Layouts: ruled and unruled, landscape, header
repeated and not, merged theme bands, RAG in words and in colour, multi-row headers. Two tables that are no plan: a
KPI table with a RAG column and a budget monitoring table.

Every case is a whole document drawn with reportlab (``whole_tables``), read through the real code path
(``predicted_dict``, fast) and scored with the evaluator's ``score_document``; a case passes when every figure of
tables and action_plan_rows is 1.0 and the themes match row by row.

Conventions (corpus/gold/README.md): a month-only date is the month's last day; 'Ongoing' no date; a season ('Spring
2026') and a plan year ('Year 1') no date; '2026/27' the UK financial year's end (31 March 2027) and 'Q4 2025/26' its
quarter's; 'Complete' in a timescale cell of a plan with no status column is the status, no date; a theme band spanning
the table is the theme of the rows under it; a Department / 'Lead service' / 'Lead partner' column is lead_org; a
member's column beside an officer's gives the officer as the lead; an audit's management response is the action (as
round 54's trackers); a 'Progress RAG' is a rating.

Harder layouts of the same genres: a CQC plan whose 'Must do' cells are merged down over their actions (landscape)
and one printed on portrait pages turned by /Rotate; a climate plan with 'Cabinet member | Lead officer' and bare
quarters ('Q3', 'Q4': the first such UK financial quarter ending after the meeting); a SEND plan whose numbers '1.1a'
open the action cell (no reference column), under a dark header with zebra bands and no rules; an ILACS plan of 22
rows over two landscape pages with its header printed once; a scrutiny review's 'Cabinet response' (Accepted / Not
accepted) beside an 'Implementation status'; a peer challenge plan with bulleted actions beside bulleted timescales
('Ongoing', 'Complete'); an unruled member development plan with 'Lead member | Lead officer'; Welsh standards with a
bilingual header; an HMICFRS plan whose AFI bands head the actions, status in words and RAG in colour; a net zero
plan of 'Start | End' months; an external audit follow-up with 'Priority' and 'Agreed?'; a homelessness plan printed
from Excel (light grey gridlines, set in from the margin); an unruled climate plan of one-line rows set tight whose
timescales are seasons, plan years and terms (no date); an EDI plan whose status words sit on RAG fills (both read); a
SEND plan of 20 rows under five theme bands over two landscape pages, header repeated; a police tracker's 'By end of
Q2 2026/27' and 'Proposed for closure'; an unruled nature recovery plan whose lead and partner cells wrap; an
improvement plan whose timescale says 'Complete' beside a status column; 'Who | What | When' with the owner first; a
HOSC tracker whose 'Responsible Cabinet Member' is the lead; a KPI table with an 'Owner' column and RAG (no plan).

Pass before (HEAD 6cf0d56 with its src/ exported, every case written before any change): 58 of 82 (documents 36 of
43, tables that are no plan 3 of 3, header names 8 of 13, status words 4 of 6, timescale cells 7 of 17). The misses:
an unruled plan whose one-line rows are set tight merged the row under an 'Ongoing', 'Spring 2026', 'Year 2' or
'Short term' timescale with the next (a second deadline beside more of the action opened a row only under a whole
date; a plan of such cells read as one row); 'Aim', 'Covenant commitment' and
'Development need' named no theme; 'Learning activity' no action, 'Impact measure' no outcome, 'Code provision' no
reference; 'Key recommendation' was no finding, so the 'Management response' beside it was named as the action only
by its text; a bare 'Date' right of 'Lead member | Lead officer' was no deadline; 'Embedded' was no status. (The
Housing Ombudsman tracker's 'Code provision' column was first drawn 45 points wide, so reportlab broke the word
'pr' / 'ovision'; the column was widened, an artefact of the drawing rather than of real trackers.)

The changes: tables/word_tables reads a timescale cell that is whole without a date ('Ongoing', 'Annually', 'TBC',
a season, 'Year 2', 'Short / Medium / Long term') as whole, so the next line beside a deadline opens a row (``_whole_date``, ``OPEN_TIMESCALE_RE``); tables/headers
names 'Aim' / 'Strategic aim' a theme, 'Code provision' / 'Code section' a reference, 'Key recommendation' a finding
(the management response beside it the action), takes a short name ending in 'measure' as the outcome and in
'activity' as the action, and one ending in 'commitment', 'pledge', 'need' or 'area' as the theme when another column
is named as the action (``THEME_HEAD_NOUNS``; alone, 'Commitment' stays the action), and reads a bare 'Date' column
right of the action and its lead, holding dates, as the deadline when no column names one (``_date_after_lead``; by
name alone 'Date' stays no deadline, as tests/test_tables_false.py has it); tables/status reads 'Embedded' (the whole
cell) as complete. Also tables/continuation's CONTINUED_RE no longer tries a run of spaces from each of its starts
(quadratic on 20,000 spaces; the hostile lines of nlp_round66 found it). After: 82 of 82, no xfail.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://www.centralbedfordshire.gov.uk/info/133/improving_send_services/830/our_action_plan_written_statement_of_action
  (a SEND written statement of action: the areas of weakness the inspection named, the plan against each)
- https://www.readkong.com/page/worcestershire-local-area-send-action-plan-8469135 (a local area SEND action plan in
  workstreams)
- https://www.local.gov.uk/about/who-we-are-and-what-we-do/lga-corporate-peer-challenge-report-and-action-plan/lga-corporate
  (a corporate peer challenge action plan: 'Recommendation | Action | Timescale', 'Ongoing', 'Complete')
- https://vdocuments.net/hmicfrs-improvement-plan-hmicfrs-improvement-plan-effectiveness-preventing.html (a fire
  service's HMICFRS improvement plan: 'Area for improvement', 'Ref No. E1', numbered actions 'E1.1')
- https://www.buckinghamshire.gov.uk/housing-and-benefits/housing/housing-strategies/homelessness-and-rough-sleeping-strategy-2022-to-2025/6-action-plan/
  (a homelessness and rough sleeping strategy action plan: priorities, actions, target / outcome, 'Year 1', 'ongoing')
- https://reading.gov.uk/contact-us/complaints/make-a-complaint-or-comment/housing-ombudsman-complaint-handling-code-self-assessment-form
  (a Housing Ombudsman self-assessment: 'Code provision | Code requirement | Comply | Evidence | Commentary')
- https://www.woking.gov.uk/your-council/strategies-policies-plans/improvement-recovery-plan (an improvement and
  recovery plan under government intervention: actions, milestones and delivery targets)
- https://edocs.southglos.gov.uk/equalityplan2015/pages/part-4-objectives/ (equality objectives and how success is
  measured)
- https://climateemergency.uk/action-plan-checklist/ (a climate emergency action plan's lead officer, timescales)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape

from whole_tables import Grid, WholeTables, assert_no_plan, assert_read_whole, banded, bare, document_params, plan_row

END = {"March 2026": "2026-03-31", "June 2026": "2026-06-30", "September 2026": "2026-09-30", "December 2026": "2026-12-31",
       "March 2027": "2027-03-31", "July 2026": "2026-07-31", "January 2026": "2026-01-31", "April 2026": "2026-04-30",
       "October 2026": "2026-10-31", "November 2026": "2026-11-30", "May 2026": "2026-05-31", "February 2026": "2026-02-28",
       "By March 2026": "2026-03-31", "By March 2027": "2027-03-31", "By December 2026": "2026-12-31",
       "Spring 2026": None, "Summer 2026": None, "Autumn 2026": None, "Ongoing": None, "Year 1": None, "Year 2": None,
       "2026/27": "2027-03-31", "2025/26": "2026-03-31", "Q4 2025/26": "2026-03-31", "Q2 2026/27": "2026-09-30",
       "Q1 2026/27": "2026-06-30", "Q3 2026/27": "2026-12-31", "31/03/2026": "2026-03-31", "30/06/2026": "2026-06-30",
       "30/09/2026": "2026-09-30", "31/12/2026": "2026-12-31", "31 March 2026": "2026-03-31", "30 June 2026": "2026-06-30",
       "30 September 2026": "2026-09-30", "Complete": None, "": None}  # fmt: skip
STATUS = {"Complete": "complete", "Completed": "complete", "On track": "ongoing", "In progress": "ongoing",
          "Not started": "not started", "Ongoing": "ongoing", "Delayed": "overdue", "Off track": "overdue",
          "Partially complete": "ongoing", "Closed": "complete", "Open": "ongoing", "Achieved": "complete",
          "Overdue": "overdue", "On hold": "paused", "": None}  # fmt: skip
RAG = ("Red", "Amber", "Green")
RAG_FILL = {"Red": colors.HexColor("#FF0000"), "Amber": colors.HexColor("#FFC000"), "Green": colors.HexColor("#00B050")}
BAND = colors.HexColor("#D9E2F3")


def banded_plan(header: list[str], blocks: list[tuple[str, list[list[str]]]], widths: list[float], **options) -> Grid:
    """A plan whose theme rows span the table above their actions (merged theme cells)."""
    rows: list[list[str]] = []
    bands: list[int] = []
    for theme, block in blocks:
        bands.append(len(rows))
        rows.append([theme] + [""] * (len(header) - 1))
        rows.extend(block)
    return banded(Grid(header, rows, widths, **options), bands, BAND)


# ---------------------------------------------------------------- a SEND written statement of action (numbered sub-actions)

WSOA = [
    ("Area of weakness 1: the quality of EHC plans", "1.1a", "Audit a sample of 40 new EHC plans each term against the quality standard", "Head of SEND", "July 2026", "Audits show 80% good or better", "Green"),
    ("Area of weakness 1: the quality of EHC plans", "1.1b", "Train all SEND caseworkers in writing outcomes with families", "SEND Service Manager", "March 2026", "All caseworkers trained", "Amber"),
    ("Area of weakness 1: the quality of EHC plans", "1.2a", "Agree health advice templates with the designated clinical officer", "Designated Clinical Officer", "June 2026", "Templates in use", "Red"),
    ("Area of weakness 2: co-production with families", "2.1a", "Set up a co-production charter with the parent carer forum", "Parent Carer Forum Chair", "April 2026", "Charter signed by all partners", "Green"),
    ("Area of weakness 2: co-production with families", "2.1b", "Publish a 'you said, we did' update on the local offer each quarter", "Local Offer Officer", "Ongoing", "Updates published", "Green"),
]  # fmt: skip
WSOA_HEADER = ["Area of weakness", "Ref", "What we will do", "Who is responsible", "By when", "Impact measure", "RAG"]
WSOA_DOC = WholeTables(
    "send_written_statement_of_action", "send",
    ["# Brookvale Local Area SEND Partnership Board – 15 January 2026", "Written statement of action: progress report.",
     Grid(WSOA_HEADER, [list(row) for row in WSOA], [90, 35, 150, 85, 50, 90, 35])],
    [plan_row(action, theme=theme, action_no=ref, named_lead=who, end_date=END[when], outcome=impact, rag=rag)
     for theme, ref, action, who, when, impact, rag in WSOA],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- an accelerated progress plan: theme bands, unruled

APP_BLOCKS = [
    ("Priority 1: Timeliness of EHC needs assessments", [
        ["1.1", "Recruit four more educational psychologists through the regional framework", "Principal Educational Psychologist", "Q4 2025/26", "In progress"],
        ["1.2", "Clear the backlog of annual reviews older than 12 months", "SEND Service Manager", "Q2 2026/27", "Not started"],
    ]),
    ("Priority 2: Preparation for adulthood", [
        ["2.1", "Map the post-16 pathways for young people with SEND in each college", "Preparing for Adulthood Lead", "Q1 2026/27", "On track"],
        ["2.2", "Offer a supported internship to every young person who asks for one", "14-25 Service Manager", "Q3 2026/27", "Delayed"],
    ]),
]  # fmt: skip
APP_GRID = banded_plan(["Ref", "Action", "Lead", "Timescale", "Status"], APP_BLOCKS, [35, 230, 120, 60, 60])
APP_DOC = WholeTables(
    "send_accelerated_progress_plan_bands", "send",
    ["# Brookvale SEND Improvement Board – 12 February 2026", "Accelerated progress plan: update.", APP_GRID],
    [plan_row(action, theme=theme, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word])
     for theme, block in APP_BLOCKS for ref, action, who, when, word in block],
)  # fmt: skip

# ---------------------------------------------------------------- an ILACS improvement plan: 'Progress RAG' in colour only

ILACS = [
    ("Ofsted recommendation 1", "Improve the timeliness of strategy meetings", "Hold strategy meetings within two working days of a referral", "Head of Safeguarding", "March 2026", "Green"),
    ("Ofsted recommendation 1", "Improve the timeliness of strategy meetings", "Report the time to strategy meeting to the improvement board monthly", "Performance Manager", "January 2026", "Amber"),
    ("Ofsted recommendation 2", "Strengthen the oversight of children in care placed at a distance", "Visit every child placed over 20 miles away within six weeks", "Head of Children in Care", "June 2026", "Red"),
]  # fmt: skip
ILACS_DOC = WholeTables(
    "ilacs_improvement_plan_rag_colour", "ofsted",
    ["# Ashcombe Children's Services Improvement Board – 28 January 2026", "Improvement plan following the ILACS inspection.",
     Grid(["Recommendation", "Finding", "Action", "Lead", "Timescale", "Progress RAG"],
          [[ref, finding, action, who, when, ""] for ref, finding, action, who, when, _ in ILACS], [80, 130, 170, 90, 60, 45],
          fills={(5, index): RAG_FILL[rag] for index, (*_, rag) in enumerate(ILACS)})],
    [plan_row(action, named_lead=who, end_date=END[when], rag=rag) for _, _, action, who, when, rag in ILACS],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- a CQC improvement plan ('Must do / Should do')

CQC = [
    ("Must do", "Reg 12", "Check the emergency resuscitation trolleys every day on every ward", "Chief Nurse", "31/03/2026", "Completed"),
    ("Must do", "Reg 17", "Audit the completion of falls risk assessments each month", "Director of Quality", "30/06/2026", "On track"),
    ("Should do", "Reg 18", "Raise mandatory training compliance in the emergency department to 90%", "Chief People Officer", "30/09/2026", "Off track"),
]  # fmt: skip
CQC_DOC = WholeTables(
    "cqc_improvement_plan", "cqc",
    ["# Hartmoor Hospitals NHS Trust – Quality Committee, 5 February 2026", "CQC improvement plan: must do and should do actions.",
     Grid(["Must do / Should do", "Regulation", "Action", "Executive lead", "Completion date", "Status"], [list(row) for row in CQC], [65, 55, 200, 90, 65, 55])],
    [plan_row(action, named_lead=who, end_date=END[when], status=STATUS[word]) for _, _, action, who, when, word in CQC],
)  # fmt: skip

# ---------------------------------------------------------------- a climate emergency action plan (seasons, 'By March', quarters)

CLIMATE = [
    ("Buildings", "Fit solar panels to the roof of the civic centre", "Property Services", "Spring 2026", "In progress"),
    ("Buildings", "Replace the gas boilers at the two leisure centres with heat pumps", "Leisure and Culture", "By March 2027", "Not started"),
    ("Transport", "Replace the pool cars with electric vehicles at their lease end", "Fleet Services", "Q4 2025/26", "On track"),
    ("Transport", "Install 30 public charge points in council car parks", "Parking Services", "By December 2026", "Delayed"),
    ("Waste", "Start a weekly food waste collection for every household", "Waste and Recycling", "2026/27", "Not started"),
]  # fmt: skip
CLIMATE_DOC = WholeTables(
    "climate_emergency_action_plan", "climate",
    ["# Fenbury District Council – Climate Emergency Working Group, 9 March 2026", "Climate emergency action plan: progress.",
     Grid(["Theme", "Action", "Lead service", "Timescale", "Status"], [list(row) for row in CLIMATE], [70, 220, 100, 75, 60])],
    [plan_row(action, theme=theme, lead_org=who, end_date=END[when], status=STATUS[word]) for theme, action, who, when, word in CLIMATE],
)  # fmt: skip

# ---------------------------------------------------------------- a net zero plan over two landscape pages, header repeated

NET_ZERO = [
    (f"NZ{number:02d}", action, who, when, saving, word)
    for number, (action, who, when, saving, word) in enumerate([
        ("Switch the council's electricity supply to a renewable tariff", "Energy Manager", "March 2026", "410", "Complete"),
        ("Insulate the lofts and cavity walls of the depot offices", "Facilities Manager", "September 2026", "35", "On track"),
        ("Install LED lighting in the multi-storey car parks", "Parking Manager", "June 2026", "60", "In progress"),
        ("Set up a salary sacrifice scheme for electric cars", "HR Manager", "December 2026", "15", "Not started"),
        ("Add carbon questions to every procurement over £100,000", "Procurement Manager", "March 2026", "n/a", "Complete"),
        ("Plant a community woodland on the former landfill site", "Parks Manager", "March 2027", "120", "Not started"),
        ("Run a staff travel survey and publish a travel plan", "Sustainability Officer", "July 2026", "n/a", "In progress"),
        ("Fit smart meters to all council buildings", "Energy Manager", "September 2026", "25", "On track"),
        ("Replace the refuse lorries with electric vehicles as leases end", "Fleet Manager", "March 2027", "300", "Not started"),
        ("Agree a heat network feasibility study with the county council", "Regeneration Manager", "December 2026", "n/a", "Delayed"),
        ("Train every manager in carbon literacy", "Sustainability Officer", "March 2026", "n/a", "Complete"),
        ("Offer free energy advice to tenants of council homes", "Housing Manager", "Ongoing", "n/a", "On track"),
        ("Put solar canopies over the park and ride car park", "Property Manager", "March 2027", "90", "Not started"),
        ("Publish the annual greenhouse gas report", "Sustainability Officer", "July 2026", "n/a", "On track"),
        ("Review the pension fund's investments in fossil fuels", "Pensions Manager", "December 2026", "n/a", "In progress"),
        ("Convert the crematorium's cremators to electric", "Bereavement Services Manager", "March 2027", "140", "Not started"),
        ("Set carbon budgets for each directorate", "Finance Manager", "June 2026", "n/a", "Delayed"),
        ("Install water butts and rain gardens at the council's parks", "Parks Manager", "September 2026", "n/a", "On track"),
        ("Replace the civic centre's chillers with a low-carbon system", "Facilities Manager", "March 2027", "45", "Not started"),
        ("Report progress on the plan to Cabinet twice a year", "Sustainability Officer", "Ongoing", "n/a", "On track"),
    ], start=1)
]  # fmt: skip
NET_ZERO_DOC = WholeTables(
    "net_zero_plan_two_pages_header_repeated", "climate",
    ["# Fenbury District Council – Cabinet, 18 March 2026", "Net zero 2030 action plan: annual progress report.",
     *["The council declared a climate emergency in 2019 and set a target of net zero for its own operations by 2030."] * 10,
     Grid(["Ref", "Action", "Responsible officer", "Target date", "Estimated saving (tCO2e)", "Status"], [list(row) for row in NET_ZERO], [45, 330, 140, 80, 90, 80])],
    [plan_row(action, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word]) for ref, action, who, when, _, word in NET_ZERO],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- an EDI action plan ('Equality objective', 'Measure of success')

EDI = [
    ("Objective 1: A workforce that reflects our communities", "Publish the ethnicity and disability pay gaps each year", "Head of HR", "March 2026", "Pay gaps published on the website"),
    ("Objective 1: A workforce that reflects our communities", "Run reverse mentoring between staff network members and senior managers", "Chief Executive", "December 2026", "Two cohorts completed"),
    ("Objective 2: Services everyone can use", "Complete an equality impact assessment for every budget proposal", "Policy and Equalities Officer", "Ongoing", "Assessments published with Cabinet reports"),
]  # fmt: skip
EDI_DOC = WholeTables(
    "edi_action_plan", "edi",
    ["# Marlow Vale Borough Council – Equalities Steering Group, 20 January 2026", "Equality, diversity and inclusion action plan 2025–2028.",
     Grid(["Equality objective", "Action", "Lead officer", "Target date", "Measure of success"], [list(row) for row in EDI], [120, 170, 90, 60, 110])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], outcome=measure) for theme, action, who, when, measure in EDI],
)  # fmt: skip

# ---------------------------------------------------------------- an LGA corporate peer challenge action plan

PEER = [
    ("R1", "Refresh the council plan so that it sets out a small number of clear priorities", "Agree a refreshed council plan with members and publish it", "Head of Policy", "By March 2026", "Complete"),
    ("R2", "Strengthen the medium-term financial strategy", "Set a three-year savings programme with named leads for each saving", "Director of Finance", "By December 2026", "On track"),
    ("R3", "Invest in the organisation's capacity to deliver change", "Set up a programme management office for the transformation programme", "Chief Executive", "Summer 2026", "Not started"),
]  # fmt: skip
PEER_DOC = WholeTables(
    "lga_peer_challenge_action_plan", "peer",
    ["# Holmbridge Borough Council – Cabinet, 4 February 2026", "LGA corporate peer challenge: our action plan in response.",
     Grid(["Ref", "Peer challenge recommendation", "Our response", "Lead officer", "Timescale", "Progress"], [list(row) for row in PEER], [30, 150, 160, 80, 60, 55])],
    [plan_row(response, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word]) for ref, _, response, who, when, word in PEER],
)  # fmt: skip

# ---------------------------------------------------------------- a Best Value notice improvement plan: workstream bands, SRO, RAG

BV_BLOCKS = [
    ("Workstream A: Financial sustainability", [
        ["A1", "Produce a balanced medium-term financial strategy without the use of reserves", "Section 151 Officer", "March 2026", "Amber"],
        ["A2", "Review every capital scheme against the revised borrowing limit", "Director of Finance", "June 2026", "Green"],
    ]),
    ("Workstream B: Governance and culture", [
        ["B1", "Adopt a new member–officer protocol and train all members in it", "Monitoring Officer", "April 2026", "Green"],
        ["B2", "Commission an independent review of the scrutiny function", "Head of Democratic Services", "September 2026", "Red"],
    ]),
]  # fmt: skip
BV_GRID = banded_plan(["Ref", "Action", "SRO", "Target date", "RAG"], BV_BLOCKS, [35, 260, 120, 65, 40])
BV_DOC = WholeTables(
    "best_value_improvement_plan_bands", "bestvalue",
    ["# Caldermouth Borough Council – Improvement and Assurance Board, 26 February 2026", "Best Value notice: improvement plan progress.", BV_GRID],
    [plan_row(action, theme=theme, action_no=ref, named_lead=who, end_date=END[when], rag=rag)
     for theme, block in BV_BLOCKS for ref, action, who, when, rag in block],
)  # fmt: skip

# ---------------------------------------------------------------- commissioners' improvement and recovery plan (unruled)

RECOVERY = [
    ("1", "Set up an officer–commissioner assurance board that meets monthly", "Chief Executive", "January 2026", "Complete"),
    ("2", "Dispose of the two commercial investment properties", "Director of Place", "December 2026", "In progress"),
    ("3", "Bring the housing company back under direct council control", "Director of Housing", "September 2026", "Not started"),
]  # fmt: skip
RECOVERY_DOC = WholeTables(
    "commissioners_recovery_plan_unruled", "bestvalue",
    ["# Caldermouth Borough Council – Extraordinary Council, 10 December 2025", "Improvement and recovery plan agreed with the commissioners.",
     bare(["No.", "Action", "Accountable officer", "Milestone date", "Status"], [list(row) for row in RECOVERY], [35, 250, 110, 75, 70])],
    [plan_row(action, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word]) for ref, action, who, when, word in RECOVERY],
)  # fmt: skip

# ---------------------------------------------------------------- an HMICFRS areas-for-improvement tracker (fire and rescue)

AFI = [
    ("E1", "The service should make sure its firefighters have good access to up-to-date risk information", "E1.1", "Move the site-specific risk information on to the mobile data terminals", "Area Manager Response", "30/06/2026", "On track"),
    ("E1", "The service should make sure its firefighters have good access to up-to-date risk information", "E1.2", "Audit a tenth of the risk records each quarter", "Group Manager Protection", "31/03/2026", "Complete"),
    ("P1", "The service should improve the diversity of its workforce", "P1.1", "Run positive action open days before each firefighter recruitment campaign", "Head of People", "30/09/2026", "Not started"),
]  # fmt: skip
AFI_DOC = WholeTables(
    "hmicfrs_fire_afi_tracker", "hmicfrs",
    ["# Westmarch Fire Authority – Audit and Governance Committee, 3 March 2026", "HMICFRS inspection 2025: areas for improvement tracker.",
     Grid(["AFI ref", "Area for improvement", "Action ref", "Action", "Action owner", "Target date", "Status"], [list(row) for row in AFI], [40, 170, 45, 180, 90, 60, 55])],
    [plan_row(action, theme=afi, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word]) for _, afi, ref, action, who, when, word in AFI],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- an HMICFRS tracker of a police force (PEEL, AFIs and causes of concern)

PEEL = [
    ("AFI 3", "Responding to the public", "The force should answer non-emergency calls more quickly", "Superintendent Contact Management", "31 March 2026", "Open"),
    ("AFI 7", "Investigating crime", "The force should make sure victims are updated as agreed in the victims' code", "Detective Chief Superintendent Crime", "30 September 2026", "Open"),
    ("CfC 1", "Protecting vulnerable people", "The force should review how it records and shares information on missing children", "Head of Public Protection", "30 June 2026", "Closed"),
]  # fmt: skip
PEEL_DOC = WholeTables(
    "hmicfrs_police_peel_tracker", "hmicfrs",
    ["# Office of the Police and Crime Commissioner for Westmarch – Joint Audit Committee, 17 February 2026", "HMICFRS recommendations and areas for improvement: tracker.",
     Grid(["Reference", "Area", "Recommendation / AFI", "Owner", "Due date", "Open / Closed"], [list(row) for row in PEEL], [50, 95, 190, 110, 70, 50])],
    [plan_row(rec, theme=question, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word]) for ref, question, rec, who, when, word in PEEL],
)  # fmt: skip

# ---------------------------------------------------------------- an external auditor's VfM recommendations follow-up

VFM = [
    ("KR1", "The council should set a balanced budget that does not rely on one-off reserves", "Agreed. The 2026/27 budget closes the gap through recurrent savings", "Director of Finance", "March 2026"),
    ("KR2", "The council should strengthen the oversight of its housing company", "Agreed. A shareholder committee will meet quarterly from April", "Monitoring Officer", "June 2026"),
    ("IR1", "The council should keep its contracts register up to date", "Agreed. The register will be reviewed by each service every quarter", "Head of Procurement", "September 2026"),
]  # fmt: skip
VFM_DOC = WholeTables(
    "external_audit_vfm_follow_up", "audit",
    ["# Holmbridge Borough Council – Audit and Standards Committee, 21 January 2026", "External auditor's annual report: value for money recommendations and management responses.",
     Grid(["Ref", "Key recommendation", "Management response", "Officer", "Due"], [list(row) for row in VFM], [35, 180, 180, 90, 60])],
    [plan_row(response, action_no=ref, named_lead=who, end_date=END[when]) for ref, _, response, who, when in VFM],
)  # fmt: skip

# ---------------------------------------------------------------- a homelessness and rough sleeping strategy action plan

HOMELESS = [
    ("Prevent homelessness", "Offer a personal housing plan within five days of first contact", "Housing Options Service", "Year 1", "Five-day target met for 90% of cases"),
    ("Prevent homelessness", "Fund a hospital discharge housing navigator with the NHS trust", "Housing Options Service, Tolworth Hospitals NHS Trust", "2026/27", "Fewer discharges to no fixed abode"),
    ("End rough sleeping", "Open a winter night shelter under the severe weather protocol", "Street Outreach Service", "Ongoing", "No one sleeps rough on nights below zero"),
    ("End rough sleeping", "Extend Housing First to a further ten tenancies", "Tolworth Housing First Partnership", "2025/26", "Ten tenancies sustained"),
]  # fmt: skip
HOMELESS_DOC = WholeTables(
    "homelessness_rough_sleeping_action_plan", "housing",
    ["# Tolworth District Council – Housing Overview and Scrutiny Panel, 14 January 2026", "Homelessness and rough sleeping strategy 2025–2030: action plan.",
     Grid(["Priority", "Action", "Lead partner(s)", "Timescale", "Target / outcome"], [list(row) for row in HOMELESS], [90, 180, 110, 55, 110])],
    [plan_row(action, theme=theme, lead_org=who, end_date=END[when], outcome=outcome) for theme, action, who, when, outcome in HOMELESS],
)  # fmt: skip

# ---------------------------------------------------------------- a local nature recovery delivery plan and a tree strategy plan

NATURE = [
    ("Restore the chalk grassland on the north escarpment", "Wildlife Trust", "Landowners, Natural England", "March 2027"),
    ("Create 20 hectares of wetland in the river floodplain", "Environment Agency", "Rivers Trust", "December 2026"),
    ("Map the opportunities for hedgerow planting in each parish", "County Council", "Parish councils", "September 2026"),
]  # fmt: skip
NATURE_DOC = WholeTables(
    "local_nature_recovery_delivery_plan", "nature",
    ["# Wealdshire Local Nature Partnership – Board, 23 February 2026", "Local nature recovery strategy: delivery plan 2026/27.",
     Grid(["Action", "Lead organisation", "Delivery partners", "Timescale"], [list(row) for row in NATURE], [230, 110, 120, 70])],
    [plan_row(action, lead_org=who, end_date=END[when]) for action, who, _, when in NATURE],
)  # fmt: skip
TREES = [
    ("Increase canopy cover", "Plant 1,000 street trees in the wards with the least canopy", "Tree Officer", "By March 2027", "Green"),
    ("Increase canopy cover", "Give away free saplings to residents each winter", "Parks Development Officer", "Ongoing", "Green"),
    ("Protect existing trees", "Review the tree preservation orders made before 1990", "Tree Officer", "By March 2026", "Amber"),
]  # fmt: skip
TREES_DOC = WholeTables(
    "tree_strategy_action_plan_unruled", "nature",
    ["# Tolworth District Council – Environment Committee, 3 December 2025", "Tree and woodland strategy: action plan.",
     bare(["Aim", "Action", "Lead", "Timescale", "RAG"], [list(row) for row in TREES], [100, 220, 110, 70, 40])],
    [plan_row(action, theme=aim, named_lead=who, end_date=END[when], rag=rag) for aim, action, who, when, rag in TREES],
)  # fmt: skip

# ---------------------------------------------------------------- an Armed Forces Covenant action plan; Welsh language standards

COVENANT = [
    ("Housing", "Give service leavers priority banding on the housing register", "Housing Needs Manager", "March 2026", "Complete"),
    ("Employment", "Guarantee an interview to veterans who meet a job's essential criteria", "Head of HR", "June 2026", "On track"),
    ("Education", "Support schools to claim the service pupil premium", "Virtual School Head", "September 2026", "In progress"),
]  # fmt: skip
COVENANT_DOC = WholeTables(
    "armed_forces_covenant_action_plan", "covenant",
    ["# Westmarch County Council – Armed Forces Covenant Partnership, 12 March 2026", "Armed Forces Covenant action plan 2025–2027.",
     Grid(["Covenant commitment", "Action", "Lead", "Target date", "Progress"], [list(row) for row in COVENANT], [90, 220, 110, 60, 60])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], status=STATUS[word]) for theme, action, who, when, word in COVENANT],
)  # fmt: skip
WELSH = [
    ("Standards 1-7", "Answer every call to the main switchboard with a bilingual greeting", "Customer Services Manager", "31/03/2026", "Achieved"),
    ("Standards 145-148", "Assess the Welsh language skills of every post before it is advertised", "Head of People", "30/06/2026", "Partially complete"),
    ("Standard 158", "Publish the annual Welsh language standards report", "Welsh Language Officer", "30/09/2026", "Not started"),
]  # fmt: skip
WELSH_DOC = WholeTables(
    "welsh_language_standards_action_plan", "welsh",
    ["# Cyngor Sir Glanafon / Glanafon County Council – Governance Committee, 22 January 2026", "Welsh language standards: compliance action plan.",
     Grid(["Standard", "Action required", "Responsible officer", "Target date", "Status"], [list(row) for row in WELSH], [80, 220, 110, 60, 70])],
    [plan_row(action, named_lead=who, end_date=END[when], status=STATUS[word]) for _, action, who, when, word in WELSH],
)  # fmt: skip

# ---------------------------------------------------------------- a Housing Ombudsman self-assessment tracker

OMBUDSMAN = [
    ("1.2", "A complaint must be defined as an expression of dissatisfaction, however made", "Partial", "Put the Code's definition into the corporate complaints policy", "Complaints Manager", "March 2026"),
    ("3.1", "Landlords must have a single policy for complaints under the Code", "No", "Write a housing complaints policy and take it to Cabinet", "Head of Housing", "June 2026"),
    ("5.6", "Landlords must acknowledge a stage 1 complaint within five working days", "Partial", "Add an automatic acknowledgement to the case management system", "Systems Manager", "September 2026"),
]  # fmt: skip
OMBUDSMAN_DOC = WholeTables(
    "housing_ombudsman_self_assessment_tracker", "housing",
    ["# Tolworth District Council – Tenants' Scrutiny Panel, 9 February 2026", "Complaint Handling Code self-assessment: actions to achieve compliance.",
     Grid(["Code provision", "Code requirement", "Comply", "Action to achieve compliance", "Owner", "Timescale"], [list(row) for row in OMBUDSMAN], [60, 150, 45, 155, 80, 55])],
    [plan_row(action, action_no=ref, named_lead=who, end_date=END[when]) for ref, _, _, action, who, when in OMBUDSMAN],
)  # fmt: skip

# ---------------------------------------------------------------- a health scrutiny tracker: 'Lead' over 'Member | Officer'

HOSC = [
    ("HOSC 25/1", "That the ICB publish its plan for GP access in the rural wards", "Cllr Ann Broad", "Director of Primary Care", "March 2026", "Complete"),
    ("HOSC 25/2", "That the trust report ambulance handover delays to each meeting", "Cllr Ann Broad", "Chief Operating Officer", "Ongoing", "Ongoing"),
    ("HOSC 25/3", "That the council review the public health grant allocation to smoking cessation", "Cllr Dev Rai", "Director of Public Health", "July 2026", "Not started"),
]  # fmt: skip
HOSC_DOC = WholeTables(
    "health_scrutiny_tracker_two_row_header", "scrutiny",
    ["# Westmarch Health Overview and Scrutiny Committee – 10 March 2026", "Recommendations tracker.",
     Grid(["Ref", "Recommendation", "Member", "Officer", "Date", "Status"], [list(row) for row in HOSC], [55, 200, 80, 110, 55, 60],
          top_header=[("Lead", 2, 3)])],
    [plan_row(rec, action_no=ref, named_lead=officer, end_date=END[when], status=STATUS[word]) for ref, rec, _, officer, when, word in HOSC],
)  # fmt: skip

# ---------------------------------------------------------------- a member development plan

MEMBERS = [
    ("Chairing skills", "Run a chairing skills workshop for committee chairs and vice-chairs", "Democratic Services Manager", "Autumn 2026"),
    ("Financial awareness", "Hold a budget briefing for all members before the budget meeting", "Director of Finance", "January 2026"),
    ("Digital skills", "Offer one-to-one tablet support sessions to new members", "ICT Service Desk", "June 2026"),
]  # fmt: skip
MEMBERS_DOC = WholeTables(
    "member_development_plan", "members",
    ["# Holmbridge Borough Council – Member Development Steering Group, 19 November 2025", "Member development plan 2025/26.",
     Grid(["Development need", "Learning activity", "Who", "When"], [list(row) for row in MEMBERS], [110, 230, 120, 70])],
    [plan_row(activity, theme=need, named_lead=who, end_date=END[when]) for need, activity, who, when in MEMBERS],
)  # fmt: skip

# ---------------------------------------------------------------- an EDI plan with 'Complete' in the timescale cell, no status column

TIMESCALE_STATUS = [
    ("Adopt the council's new equality policy", "Policy and Equalities Officer", "Complete"),
    ("Set up a disabled staff network", "Head of HR", "By March 2026"),
    ("Carry out an accessibility audit of the council's website", "Digital Services Manager", "Q4 2025/26"),
]  # fmt: skip
TIMESCALE_DOC = WholeTables(
    "edi_plan_complete_in_timescale", "edi",
    ["# Marlow Vale Borough Council – Equalities Steering Group, 20 January 2026", "Disability equality actions.",
     Grid(["Action", "Lead", "Timescale"], [list(row) for row in TIMESCALE_STATUS], [270, 140, 80])],
    [plan_row(action, named_lead=who, end_date=END[when], status="complete" if when == "Complete" else None) for action, who, when in TIMESCALE_STATUS],
)  # fmt: skip

# ---------------------------------------------------------------- tables that are no plan: a KPI table with RAG, a budget table

KPI = WholeTables(
    "kpi_table_with_rag", "not-a-plan",
    ["# Fenbury District Council – Cabinet, 18 March 2026", "Key performance indicators: quarter 3.",
     Grid(["Indicator", "Target", "Q3 actual", "RAG", "Direction of travel"],
          [["Household waste recycled (%)", "50%", "47.2%", "Amber", "Improving"], ["Major planning applications decided in 13 weeks (%)", "60%", "82%", "Green", "Stable"],
           ["Days to process new benefit claims", "20", "26", "Red", "Worsening"], ["Council tax collected (%)", "97.5%", "84.1%", "Green", "Stable"]],
          [200, 60, 60, 50, 90])],
    [],
)  # fmt: skip
BUDGET = WholeTables(
    "budget_monitoring_table", "not-a-plan",
    ["# Fenbury District Council – Cabinet, 18 March 2026", "Revenue budget monitoring: forecast outturn at quarter 3.",
     Grid(["Service", "Budget 2025/26 £000", "Forecast outturn £000", "Variance £000", "Lead officer"],
          [["Waste and recycling", "4,210", "4,385", "175", "Head of Environment"], ["Planning", "1,120", "1,040", "(80)", "Head of Planning"],
           ["Housing", "2,630", "2,910", "280", "Head of Housing"], ["Leisure", "890", "905", "15", "Head of Leisure"]],
          [140, 90, 100, 80, 110])],
    [],
)  # fmt: skip


# ================================================================= harder layouts of the same genres

# ---------------------------------------------------------------- a CQC plan: 'Must do' cells merged down over their actions (landscape)

CQC_MERGED = [
    ("Must do", "Safe", "Make sure staff complete the sepsis screening tool for every adult admitted", "Chief Nurse", "March 2026", "Completed"),
    ("Must do", "Safe", "Store medicines at the temperature the manufacturer sets on every ward", "Chief Pharmacist", "January 2026", "Embedded"),
    ("Must do", "Well-led", "Review the risk register at each divisional governance meeting", "Director of Governance", "April 2026", "On track"),
    ("Should do", "Responsive", "Reduce the number of patients moved between wards at night", "Chief Operating Officer", "September 2026", "Off track"),
    ("Should do", "Caring", "Offer chaperones to every patient having an intimate examination", "Chief Nurse", "June 2026", "On track"),
]  # fmt: skip
CQC_MERGED_ROWS = [list(row) for row in CQC_MERGED]
CQC_MERGED_GOLD = [[kind if index in (0, 3) else "", *row] for index, (kind, *row) in enumerate(CQC_MERGED)]
CQC_MERGED_DOC = WholeTables(
    "cqc_must_do_merged_down", "cqc",
    ["# Hartmoor Hospitals NHS Trust – Board of Directors, 5 March 2026", "CQC inspection: improvement plan progress.",
     Grid(["Must do / Should do", "Key question", "Action", "Executive lead", "Completion date", "Status"],
          [[kind if index in (0, 3) else "", *row] for index, (kind, *row) in enumerate(CQC_MERGED)], [70, 65, 300, 120, 75, 70],
          spans=[((0, 0), (0, 2)), ((0, 3), (0, 4))], gold_rows=CQC_MERGED_GOLD)],
    [plan_row(action, named_lead=who, end_date=END[when], status={"Embedded": "complete"}.get(word) or STATUS[word])
     for _, _, action, who, when, word in CQC_MERGED],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- a climate plan: 'Cabinet member | Lead officer', bare quarters

CABINET = [
    ("Adopt a supplementary planning document on net zero homes", "Cllr Tom Hale", "Head of Planning Policy", "Q3", "In progress"),
    ("Retrofit 200 council homes with external wall insulation", "Cllr Rosa Lind", "Head of Housing Assets", "Q4", "On track"),
    ("Launch a community energy fund for parish councils", "Cllr Tom Hale", "Sustainability Manager", "Q1 2026/27", "Not started"),
]  # fmt: skip
CABINET_END = {"Q3": "2025-12-31", "Q4": "2026-03-31", "Q1 2026/27": "2026-06-30"}
CABINET_DOC = WholeTables(
    "climate_plan_cabinet_member_and_officer", "climate",
    ["# Fenbury District Council – Overview and Scrutiny Committee, 12 November 2025", "Climate action plan 2025/26: delivery update.",
     Grid(["Action", "Cabinet member", "Lead officer", "Timescale", "Status"], [list(row) for row in CABINET], [220, 80, 110, 55, 60])],
    [plan_row(action, named_lead=officer, end_date=CABINET_END[when], status=STATUS[word]) for action, _, officer, when, word in CABINET],
)  # fmt: skip

# ---------------------------------------------------------------- a SEND plan: numbers in the action cell, dark header, zebra, no rules

SEND_NUMBERED = [
    ("1.1a", "Audit every EHC plan issued in the last year against the quality framework", "Head of SEND", "March 2026", "Green"),
    ("1.1b", "Share the audit findings with the parent carer forum", "SEND Quality Lead", "April 2026", "Green"),
    ("1.2a", "Set up a multi-agency panel to moderate new EHC plans each month", "Head of SEND", "January 2026", "Amber"),
    ("2.1a", "Publish a SEND sufficiency strategy with the schools forum", "Head of School Place Planning", "September 2026", "Red"),
]  # fmt: skip
SEND_NUMBERED_DOC = WholeTables(
    "send_plan_numbers_in_action_cell", "send",
    ["# Ashcombe SEND Partnership Board – 21 January 2026", "Priority action plan.",
     Grid(["Action", "Lead", "By when", "RAG"], [[f"{ref} {action}", who, when, rag] for ref, action, who, when, rag in SEND_NUMBERED],
          [280, 120, 70, 40], rules="none", dark_header=True, zebra=True)],
    [plan_row(action, action_no=ref, named_lead=who, end_date=END[when], rag=rag) for ref, action, who, when, rag in SEND_NUMBERED],
)  # fmt: skip

# ---------------------------------------------------------------- an ILACS plan over two landscape pages, header on the first only

ILACS_LONG = [
    (f"{theme[0]}{number}", theme, action, who, when, rag)
    for number, (theme, action, who, when, rag) in enumerate([
        ("Front door", "Review the threshold document with partners", "Head of MASH", "January 2026", "Green"),
        ("Front door", "Audit 30 contacts a month that led to no further action", "Principal Social Worker", "Ongoing", "Green"),
        ("Front door", "Train police and health staff in the consent guidance", "MASH Manager", "March 2026", "Amber"),
        ("Front door", "Publish a monthly front door performance report", "Performance Manager", "December 2026", "Green"),
        ("Assessment", "Cut the caseloads of assessment social workers to 18", "Head of Assessment", "June 2026", "Red"),
        ("Assessment", "Complete every assessment within 45 working days", "Head of Assessment", "September 2026", "Amber"),
        ("Assessment", "Add the child's voice to every assessment template", "Principal Social Worker", "April 2026", "Green"),
        ("Assessment", "Hold weekly case direction meetings for each team", "Team Managers", "Ongoing", "Green"),
        ("Children in care", "Review the placement sufficiency strategy", "Head of Commissioning", "July 2026", "Amber"),
        ("Children in care", "See every child in care within the statutory timescales", "Head of Children in Care", "Ongoing", "Green"),
        ("Children in care", "Start a mentoring scheme for care leavers", "Leaving Care Manager", "October 2026", "Red"),
        ("Children in care", "Give every care leaver a health passport", "Designated Nurse", "May 2026", "Amber"),
        ("Workforce", "Reduce the use of agency social workers to 15%", "Head of Workforce", "March 2027", "Red"),
        ("Workforce", "Launch a social work academy for newly qualified staff", "Principal Social Worker", "September 2026", "Amber"),
        ("Workforce", "Run exit interviews for every social worker who leaves", "HR Business Partner", "Ongoing", "Green"),
        ("Workforce", "Publish a market supplement policy for hard-to-fill posts", "Head of Workforce", "February 2026", "Green"),
        ("Leadership", "Report the plan's progress to the improvement board each month", "Director of Children's Services", "Ongoing", "Green"),
        ("Leadership", "Commission a peer review of the front door", "Director of Children's Services", "November 2026", "Amber"),
        ("Leadership", "Set up a practice week every quarter for senior leaders", "Assistant Director", "June 2026", "Green"),
        ("Leadership", "Refresh the quality assurance framework", "Head of Quality Assurance", "April 2026", "Amber"),
        ("Leadership", "Hold a staff conference on the practice model", "Assistant Director", "July 2026", "Green"),
        ("Leadership", "Report the audit findings to scrutiny twice a year", "Head of Quality Assurance", "December 2026", "Amber"),
    ], start=1)
]  # fmt: skip
ILACS_LONG_DOC = WholeTables(
    "ilacs_plan_two_pages_header_once", "ofsted",
    ["# Ashcombe Children's Services Improvement Board – 28 January 2026", "Ofsted ILACS improvement plan: full plan.",
     *["The board received the full improvement plan, drawn from the inspection's findings and the self-evaluation."] * 8,
     Grid(["Ref", "Theme", "Action", "Lead", "Timescale", "RAG"], [list(row) for row in ILACS_LONG], [40, 90, 330, 150, 80, 50], repeat=False)],
    [plan_row(action, theme=theme, action_no=ref, named_lead=who, end_date=END[when], rag=rag) for ref, theme, action, who, when, rag in ILACS_LONG],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- a scrutiny tracker: 'Cabinet response' beside 'Implementation status'

RESPONSE = [
    ("1", "That the council set up a cost of living hub in each town", "Accepted", "Head of Communities", "June 2026", "Implemented"),
    ("2", "That the council publish its spending on temporary accommodation quarterly", "Partially accepted", "Head of Housing", "March 2026", "In progress"),
    ("3", "That the council stop charging for the garden waste service", "Not accepted", "Head of Environment", "", "Closed"),
]  # fmt: skip
RESPONSE_DOC = WholeTables(
    "scrutiny_review_cabinet_response", "scrutiny",
    ["# Holmbridge Borough Council – Overview and Scrutiny Board, 3 March 2026", "Scrutiny review of the cost of living: monitoring the recommendations.",
     Grid(["No.", "Recommendation", "Cabinet response", "Lead officer", "Target date", "Implementation status"], [list(row) for row in RESPONSE], [30, 190, 75, 95, 60, 75])],
    [plan_row(rec, action_no=ref, named_lead=who, end_date=END[when], status=STATUS.get(word) or "complete") for ref, rec, _, who, when, word in RESPONSE],
)  # fmt: skip

# ---------------------------------------------------------------- a peer challenge plan: bulleted actions beside bulleted timescales

PEER_BULLETS = [
    ("R1: Build closer working with the combined authority", ["Hold quarterly leaders' meetings with the combined authority", "Agree a joint economic plan"], ["Ongoing", "December 2026"]),
    ("R2: Embed the new performance framework", ["Report the corporate scorecard to Cabinet each quarter", "Train managers in the use of the framework"], ["Complete", "July 2026"]),
]  # fmt: skip
PEER_BULLETS_DOC = WholeTables(
    "peer_challenge_bulleted_actions", "peer",
    ["# Holmbridge Borough Council – Cabinet, 4 February 2026", "LGA corporate peer challenge: action plan.",
     Grid(["Recommendation", "Action", "Timescale"],
          [[rec, "<br/>".join(f"\u2022 {action}" for action in actions), "<br/>".join(f"\u2022 {when}" for when in whens)] for rec, actions, whens in PEER_BULLETS],
          [190, 230, 80],
          gold_rows=[[rec, " ".join(f"\u2022 {action}" for action in actions), " ".join(f"\u2022 {when}" for when in whens)] for rec, actions, whens in PEER_BULLETS])],
    [plan_row(action, end_date=END[when], status="complete" if when == "Complete" else None)
     for _, actions, whens in PEER_BULLETS for action, when in zip(actions, whens, strict=True)],
)  # fmt: skip

# ---------------------------------------------------------------- a member development plan, unruled: 'Lead member | Lead officer'

MEMBERS2 = [
    ("Scrutiny skills", "Arrange a questioning skills workshop with the Centre for Governance and Scrutiny", "Cllr Joan Petts", "Scrutiny Officer", "March 2026"),
    ("Planning", "Hold a site visit training session for the planning committee", "Cllr Arif Khan", "Development Manager", "June 2026"),
    ("Induction", "Review the induction programme with members elected in May", "Cllr Joan Petts", "Democratic Services Manager", "September 2026"),
]  # fmt: skip
MEMBERS2_DOC = WholeTables(
    "member_development_lead_member_officer_unruled", "members",
    ["# Holmbridge Borough Council – Member Development Steering Group, 19 November 2025", "Member development action plan.",
     bare(["Development need", "Action", "Lead member", "Lead officer", "Timescale"], [list(row) for row in MEMBERS2], [90, 200, 80, 100, 65])],
    [plan_row(action, theme=need, named_lead=officer, end_date=END[when]) for need, action, _, officer, when in MEMBERS2],
)  # fmt: skip

# ---------------------------------------------------------------- a KPI table with owners (no plan)

KPI_OWNERS = WholeTables(
    "kpi_table_with_owner_and_rag", "not-a-plan",
    ["# Westmarch Fire Authority – Performance Committee, 3 March 2026", "Performance indicators: quarter 3 2025/26.",
     Grid(["Indicator", "Owner", "Target", "Actual", "RAG"],
          [["Dwelling fires per 10,000 dwellings", "Head of Prevention", "6.0", "5.4", "Green"], ["Home fire safety visits completed", "Head of Prevention", "7,500", "6,820", "Amber"],
           ["Attendance within 10 minutes (%)", "Head of Response", "85%", "79%", "Red"], ["Sickness days per employee", "Head of People", "7.5", "7.1", "Green"]],
          [200, 110, 60, 60, 50])],
    [],
)  # fmt: skip


# ---------------------------------------------------------------- Welsh language standards: bilingual header, one name each side of '/'

WELSH2 = [
    ("Safon 26A / Standard 26A", "Cyhoeddi pob cofnod pwyllgor yn ddwyieithog / Publish every committee record bilingually", "Pennaeth Democratiaeth / Head of Democracy", "31/03/2026"),
    ("Safon 84 / Standard 84", "Cynnig cyfarfodydd yn Gymraeg i bob tenant / Offer meetings in Welsh to every tenant", "Pennaeth Tai / Head of Housing", "30/09/2026"),
]  # fmt: skip
WELSH2_DOC = WholeTables(
    "welsh_standards_bilingual_header", "welsh",
    ["# Cyngor Sir Glanafon / Glanafon County Council – Pwyllgor Llywodraethu / Governance Committee, 22 January 2026",
     "Cynllun gweithredu safonau'r Gymraeg / Welsh language standards action plan.",
     Grid(["Safon / Standard", "Cam gweithredu / Action", "Swyddog cyfrifol / Responsible officer", "Dyddiad targed / Target date"], [list(row) for row in WELSH2], [90, 220, 130, 70])],
    [plan_row(action, named_lead=who, end_date=END[when]) for _, action, who, when in WELSH2],
)  # fmt: skip

# ---------------------------------------------------------------- an HMICFRS tracker: AFI bands over the actions, status in words and colour

AFI_BLOCKS = [
    ("AFI 1: The service should make sure it has an effective system to manage staff overtime", [
        ["1.1", "Introduce a central overtime authorisation process", "Head of Finance", "March 2026", "Complete", "Green"],
        ["1.2", "Report overtime spend by station to the leadership team monthly", "Head of Response", "June 2026", "On track", "Green"],
    ]),
    ("AFI 2: The service should assure itself that staff understand how to identify vulnerability", [
        ["2.1", "Deliver safeguarding level 2 training to all crews", "Safeguarding Lead", "September 2026", "Delayed", "Red"],
        ["2.2", "Audit a sample of safeguarding referrals each quarter", "Safeguarding Lead", "Ongoing", "On track", "Amber"],
    ]),
]  # fmt: skip
AFI_BAND_GRID = banded_plan(["Ref", "Action", "Owner", "Due date", "Status", "RAG"], AFI_BLOCKS, [30, 230, 100, 60, 55, 40])
AFI_BAND_GRID.fills.update({(5, index): RAG_FILL[row[5]] for index, row in enumerate(AFI_BAND_GRID.rows) if row[5] in RAG_FILL})
AFI_BAND_DOC = WholeTables(
    "hmicfrs_afi_bands_status_and_rag_colour", "hmicfrs",
    ["# Westmarch Fire Authority – Audit and Governance Committee, 3 March 2026", "HMICFRS areas for improvement: action plan.", AFI_BAND_GRID],
    [plan_row(action, theme=afi, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word], rag=rag)
     for afi, block in AFI_BLOCKS for ref, action, who, when, word, rag in block],
)  # fmt: skip

# ---------------------------------------------------------------- a net zero plan with 'Start | End' month cells

START_END = [
    ("Install air source heat pumps at three community centres", "Property Services", "Apr 2026", "Mar 2027"),
    ("Replace the street lights on the A-roads with LEDs", "Highways", "Jan 2026", "Dec 2026"),
    ("Pilot an e-cargo bike delivery scheme in the town centre", "Transport Planning", "May 2026", "Oct 2026"),
]  # fmt: skip
START_END_DOC = WholeTables(
    "net_zero_start_end_months", "climate",
    ["# Fenbury District Council – Climate Emergency Working Group, 9 December 2025", "Net zero programme: projects and their delivery windows.",
     Grid(["Project", "Lead department", "Start", "End"], [list(row) for row in START_END], [250, 120, 60, 60])],
    [plan_row(action, lead_org=dept, start_date={"Apr 2026": "2026-04-01", "Jan 2026": "2026-01-01", "May 2026": "2026-05-01"}[start],
              end_date={"Mar 2027": "2027-03-31", "Dec 2026": "2026-12-31", "Oct 2026": "2026-10-31"}[end])
     for action, dept, start, end in START_END],
)  # fmt: skip

# ---------------------------------------------------------------- an external audit follow-up: priority, 'Agreed?' and officer

AGREED_FOLLOW = [
    ("1", "High", "The authority should prepare a savings plan that closes the budget gap for 2026/27", "Yes", "A savings plan will be taken to Council in February", "Chief Finance Officer", "February 2026", "Complete"),
    ("2", "Medium", "The authority should review the governance of its wholly owned companies", "Yes", "A shareholder board will be set up", "Monitoring Officer", "June 2026", "In progress"),
    ("3", "Low", "The authority should publish its procurement pipeline", "Yes", "The pipeline will be published on the website each quarter", "Head of Procurement", "September 2026", "Not started"),
]  # fmt: skip
AGREED_FOLLOW_DOC = WholeTables(
    "external_audit_priority_agreed_follow_up", "audit",
    ["# Caldermouth Borough Council – Audit Committee, 28 January 2026", "Auditor's annual report 2024/25: follow-up of recommendations.",
     Grid(["No.", "Priority", "Recommendation", "Agreed?", "Management response", "Responsible officer", "Due date", "Status"],
          [list(row) for row in AGREED_FOLLOW], [25, 45, 170, 40, 150, 90, 60, 60])],
    [plan_row(response, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word]) for ref, _, _, _, response, who, when, word in AGREED_FOLLOW],
    pagesize=landscape(A4),
)  # fmt: skip


# ---------------------------------------------------------------- a landscape plan printed on portrait pages turned by /Rotate

TURNED_DOC = WholeTables(
    "cqc_plan_turned_page", "cqc",
    ["# Hartmoor Hospitals NHS Trust – Quality Committee, 5 February 2026", "CQC improvement plan (landscape appendix).",
     Grid(["Must do / Should do", "Regulation", "Action", "Executive lead", "Completion date", "Status"], [list(row) for row in CQC], [80, 70, 300, 120, 80, 70])],
    [plan_row(action, named_lead=who, end_date=END[when], status=STATUS[word]) for _, _, action, who, when, word in CQC],
    turned=True,
)  # fmt: skip

# ---------------------------------------------------------------- an Excel print: light grey gridlines, set in from the margin

EXCEL_DOC = WholeTables(
    "homelessness_plan_excel_grey_grid", "housing",
    ["# Tolworth District Council – Housing Overview and Scrutiny Panel, 14 January 2026", "Appendix B: rough sleeping action plan (spreadsheet extract).",
     Grid(["Priority", "Action", "Lead partner(s)", "Timescale", "Target / outcome"], [list(row) for row in HOMELESS], [80, 170, 100, 55, 100],
          rule_colour=colors.HexColor("#BFBFBF"), header_fill=False, indent=30)],
    [plan_row(action, theme=theme, lead_org=who, end_date=END[when], outcome=outcome) for theme, action, who, when, outcome in HOMELESS],
)  # fmt: skip


# ---------------------------------------------------------------- unruled one-line rows set tight: seasons, plan years, terms

TIGHT = [
    ("Set up a climate action network for local businesses", "Economic Development", "Spring 2026"),
    ("Map the council's land suitable for tree planting", "Parks Service", "Year 2"),
    ("Agree a sustainable procurement policy", "Procurement", "Short term"),
    ("Publish a local area energy plan with the county council", "Planning Policy", "Medium term"),
    ("Phase out gas heating in the council's buildings", "Property Services", "Long term"),
    ("Report the council's emissions each year", "Sustainability Team", "Annually"),
]  # fmt: skip
TIGHT_DOC = WholeTables(
    "climate_plan_unruled_terms", "climate",
    ["# Fenbury District Council – Climate Emergency Working Group, 9 March 2026", "Actions the working group has agreed to take forward.",
     bare(["Action", "Lead service", "Timescale"], [list(row) for row in TIGHT], [280, 120, 80])],
    [plan_row(action, lead_org=who) for action, who, _ in TIGHT],
)  # fmt: skip

# ---------------------------------------------------------------- status words on RAG fills in one column

FILLED_STATUS = [
    ("Publish the corporate equality objectives", "Policy Manager", "March 2026", "Complete", "Green"),
    ("Run unconscious bias training for all recruiting managers", "HR Manager", "September 2026", "On track", "Green"),
    ("Collect equality data on every service user survey", "Insight Manager", "June 2026", "Delayed", "Red"),
    ("Set up a staff disability network", "HR Manager", "April 2026", "In progress", "Amber"),
]  # fmt: skip
FILLED_STATUS_DOC = WholeTables(
    "edi_plan_status_words_on_rag_fills", "edi",
    ["# Marlow Vale Borough Council – Equalities Steering Group, 20 January 2026", "Equality action plan: progress.",
     Grid(["Action", "Lead", "Target date", "Status"], [list(row[:4]) for row in FILLED_STATUS], [250, 110, 70, 70],
          fills={(3, index): RAG_FILL[row[4]] for index, row in enumerate(FILLED_STATUS)})],
    [plan_row(action, named_lead=who, end_date=END[when], status=STATUS[word], rag=rag) for action, who, when, word, rag in FILLED_STATUS],
)  # fmt: skip

# ---------------------------------------------------------------- a plan over two pages, header repeated, theme bands on both pages

LONG_BLOCKS = [
    (f"Priority {number}: {title}", [[f"{number}.{step}", f"{verb} {title.lower()} step {step} with the partnership", lead, when, word]
                                     for step, (verb, lead, when, word) in enumerate(steps, start=1)])
    for number, (title, steps) in enumerate([
        ("Early help", [("Agree", "Head of Early Help", "March 2026", "Complete"), ("Review", "Early Help Manager", "June 2026", "On track"),
                        ("Report", "Head of Early Help", "September 2026", "Not started"), ("Publish", "Early Help Manager", "December 2026", "Not started")]),
        ("Preparation for adulthood", [("Agree", "PfA Lead", "April 2026", "In progress"), ("Review", "14-25 Manager", "July 2026", "Not started"),
                                       ("Report", "PfA Lead", "October 2026", "Not started"), ("Publish", "14-25 Manager", "March 2027", "Not started")]),
        ("Inclusion in mainstream schools", [("Agree", "Head of Inclusion", "January 2026", "Complete"), ("Review", "Inclusion Adviser", "May 2026", "Delayed"),
                                             ("Report", "Head of Inclusion", "September 2026", "On track"), ("Publish", "Inclusion Adviser", "November 2026", "Not started")]),
        ("Joint commissioning", [("Agree", "Head of Commissioning", "February 2026", "Complete"), ("Review", "ICB Commissioning Lead", "June 2026", "On track"),
                                 ("Report", "Head of Commissioning", "October 2026", "Not started"), ("Publish", "ICB Commissioning Lead", "March 2027", "Not started")]),
        ("Workforce development", [("Agree", "Principal Educational Psychologist", "March 2026", "In progress"), ("Review", "SEND Training Lead", "July 2026", "Not started"),
                                   ("Report", "Principal Educational Psychologist", "December 2026", "Not started"), ("Publish", "SEND Training Lead", "March 2027", "Not started")]),
    ], start=1)
]  # fmt: skip
LONG_GRID = banded_plan(["Ref", "Action", "Lead", "Timescale", "Status"], LONG_BLOCKS, [40, 390, 170, 90, 80])
LONG_DOC = WholeTables(
    "send_plan_two_pages_bands_header_repeated", "send",
    ["# Brookvale SEND Improvement Board – 12 February 2026", "SEND strategy delivery plan 2025–2027.",
     *["The board considered the plan priority by priority and agreed the changes to the timescales set out below."] * 12, LONG_GRID],
    [plan_row(action, theme=theme, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word])
     for theme, block in LONG_BLOCKS for ref, action, who, when, word in block],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- an HMICFRS police tracker: 'By end of Q2 2026/27', 'Proposed for closure'

QUARTERLY = [
    ("R1", "Review the force's crime data integrity audit programme", "Head of Crime Registrar", "By end of Q2 2026/27", "Open"),
    ("R2", "Train call handlers in the THRIVE risk assessment", "Head of Contact Management", "By end of Q4 2025/26", "Proposed for closure"),
    ("AFI 4", "Improve the supervision of investigations in neighbourhood teams", "Detective Superintendent", "Q3 2026/27", "Open"),
]  # fmt: skip
QUARTERLY_DOC = WholeTables(
    "hmicfrs_police_quarters_proposed_closure", "hmicfrs",
    ["# Office of the Police and Crime Commissioner for Westmarch – Joint Audit Committee, 17 February 2026", "HMICFRS recommendations tracker.",
     Grid(["Ref", "Recommendation", "Owner", "Target", "Status"], [list(row) for row in QUARTERLY], [45, 230, 120, 90, 80])],
    [plan_row(rec, action_no=ref, named_lead=who, end_date={"By end of Q2 2026/27": "2026-09-30", "By end of Q4 2025/26": "2026-03-31", "Q3 2026/27": "2026-12-31"}[when],
              status="complete" if word == "Proposed for closure" else STATUS[word]) for ref, rec, who, when, word in QUARTERLY],
)  # fmt: skip


# ---------------------------------------------------------------- a nature recovery plan, unruled, lead and partner cells wrapping

NATURE2 = [
    ("Restore 40 hectares of species-rich grassland on the limestone edge", "Wildlife Trust", "Farmers and landowners, National Trust, the AONB partnership", "March 2027"),
    ("Reconnect the river with its floodplain at three sites", "Environment Agency", "Rivers Trust, internal drainage board, parish councils", "December 2026"),
    ("Survey the county's veteran trees and record them", "County Council Ecology Service", "Woodland Trust volunteers, district councils", "September 2026"),
]  # fmt: skip
NATURE2_DOC = WholeTables(
    "nature_recovery_unruled_wrapping_cells", "nature",
    ["# Wealdshire Local Nature Partnership – Board, 23 February 2026", "Priority actions for nature recovery.",
     bare(["Action", "Lead organisation", "Delivery partners", "Timescale"], [list(row) for row in NATURE2], [200, 100, 140, 70])],
    [plan_row(action, lead_org=who, end_date=END[when]) for action, who, _, when in NATURE2],
)  # fmt: skip

# ---------------------------------------------------------------- an improvement plan whose timescale says 'Complete' beside a status column

DONE_TIMESCALE = [
    ("Appoint a permanent Director of Children's Services", "Chief Executive", "Complete", "Complete"),
    ("Set up an improvement board with an independent chair", "Chief Executive", "Complete", "Complete"),
    ("Agree a workforce strategy for children's social care", "Director of Children's Services", "June 2026", "On track"),
]  # fmt: skip
DONE_TIMESCALE_DOC = WholeTables(
    "ofsted_plan_complete_timescale_and_status", "ofsted",
    ["# Ashcombe Children's Services Improvement Board – 28 January 2026", "Leadership actions.",
     Grid(["Action", "Lead", "Timescale", "Status"], [list(row) for row in DONE_TIMESCALE], [250, 130, 70, 70])],
    [plan_row(action, named_lead=who, end_date=END[when], status=STATUS[word]) for action, who, when, word in DONE_TIMESCALE],
)  # fmt: skip

# ---------------------------------------------------------------- 'Who | What | When': the owner first

WHO_FIRST = [
    ("Head of Housing", "Publish the tenant satisfaction measures with the annual report", "July 2026"),
    ("Complaints Manager", "Report complaint handling performance to the governing body each quarter", "Ongoing"),
    ("Repairs Manager", "Introduce a damp and mould triage within 24 hours of a report", "April 2026"),
]  # fmt: skip
WHO_FIRST_DOC = WholeTables(
    "housing_plan_owner_first", "housing",
    ["# Tolworth District Council – Tenants' Scrutiny Panel, 9 February 2026", "Consumer standards self-assessment: improvement actions.",
     Grid(["Who", "What", "When"], [list(row) for row in WHO_FIRST], [110, 300, 70])],
    [plan_row(action, named_lead=who, end_date=END[when]) for who, action, when in WHO_FIRST],
)  # fmt: skip

# ---------------------------------------------------------------- a HOSC tracker naming the Cabinet member as the responsible lead

HOSC2 = [
    ("That the council fund a second community mental health hub", "Cllr Nadia Flint", "March 2026", "Amber"),
    ("That the council lobby for the reopening of the minor injuries unit", "Cllr Ivan Brook", "June 2026", "Red"),
    ("That the council extend the healthy homes scheme to private tenants", "Cllr Nadia Flint", "September 2026", "Green"),
]  # fmt: skip
HOSC2_DOC = WholeTables(
    "hosc_tracker_responsible_cabinet_member", "scrutiny",
    ["# Westmarch Health Overview and Scrutiny Committee – 10 March 2026", "Recommendations to Cabinet: tracker.",
     Grid(["Recommendation", "Responsible Cabinet Member", "Target date", "RAG"], [list(row) for row in HOSC2], [260, 120, 70, 45])],
    [plan_row(rec, named_lead=who, end_date=END[when], rag=rag) for rec, who, when, rag in HOSC2],
)  # fmt: skip

DOCUMENTS = [WSOA_DOC, APP_DOC, ILACS_DOC, CQC_DOC, CLIMATE_DOC, NET_ZERO_DOC, EDI_DOC, PEER_DOC, BV_DOC, RECOVERY_DOC,
             AFI_DOC, PEEL_DOC, VFM_DOC, HOMELESS_DOC, NATURE_DOC, TREES_DOC, COVENANT_DOC, WELSH_DOC, OMBUDSMAN_DOC,
             HOSC_DOC, MEMBERS_DOC, TIMESCALE_DOC, CQC_MERGED_DOC, CABINET_DOC, SEND_NUMBERED_DOC, ILACS_LONG_DOC,
             RESPONSE_DOC, PEER_BULLETS_DOC, MEMBERS2_DOC, WELSH2_DOC, AFI_BAND_DOC, START_END_DOC,
             AGREED_FOLLOW_DOC, TURNED_DOC, EXCEL_DOC, TIGHT_DOC, FILLED_STATUS_DOC, LONG_DOC, QUARTERLY_DOC,
             NATURE2_DOC, DONE_TIMESCALE_DOC, WHO_FIRST_DOC, HOSC2_DOC]  # fmt: skip
NOT_PLANS = [KPI, BUDGET, KPI_OWNERS]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("document", document_params(DOCUMENTS, XFAIL))
def test_improvement_and_strategy_plans_read_whole(document: WholeTables, tmp_path: Path) -> None:
    """Scored as `agendaparse eval --fast` scores a gold file; themes compared row by row."""
    assert_read_whole(document, tmp_path)


@pytest.mark.parametrize("document", document_params(NOT_PLANS, XFAIL))
def test_kpi_and_budget_tables_are_no_plan(document: WholeTables, tmp_path: Path) -> None:
    assert_no_plan(document, tmp_path)


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        (WSOA_HEADER, {0: "theme", 1: "action_no", 2: "action", 3: "named_lead", 4: "end_date", 5: "outcome", 6: "rag"}),
        (["Recommendation", "Finding", "Action", "Lead", "Timescale", "Progress RAG"], {2: "action", 3: "named_lead", 4: "end_date", 5: "rag"}),
        (["Must do / Should do", "Regulation", "Action", "Executive lead", "Completion date", "Status"], {2: "action", 3: "named_lead", 4: "end_date", 5: "status"}),
        (["Theme", "Action", "Lead service", "Timescale", "Status"], {0: "theme", 1: "action", 2: "lead_org", 3: "end_date", 4: "status"}),
        (["Equality objective", "Action", "Lead officer", "Target date", "Measure of success"], {0: "theme", 1: "action", 2: "named_lead", 3: "end_date", 4: "outcome"}),
        (["Ref", "Peer challenge recommendation", "Our response", "Lead officer", "Timescale", "Progress"], {0: "action_no", 3: "named_lead", 4: "end_date", 5: "progress"}),
        (["AFI ref", "Area for improvement", "Action ref", "Action", "Action owner", "Target date", "Status"], {1: "theme", 2: "action_no", 3: "action", 4: "named_lead", 5: "end_date", 6: "status"}),
        (["Ref", "Key recommendation", "Management response", "Officer", "Due"], {0: "action_no", 2: "action", 3: "named_lead", 4: "end_date"}),
        (["Priority", "Action", "Lead partner(s)", "Timescale", "Target / outcome"], {0: "theme", 1: "action", 2: "lead_org", 3: "end_date", 4: "outcome"}),
        (["Covenant commitment", "Action", "Lead", "Target date", "Progress"], {0: "theme", 1: "action", 2: "named_lead", 3: "end_date", 4: "progress"}),
        (["Code provision", "Code requirement", "Comply", "Action to achieve compliance", "Owner", "Timescale"], {0: "action_no", 3: "action", 4: "named_lead", 5: "end_date"}),
        (["Ref", "Recommendation", "Lead Member", "Lead Officer", "Date", "Status"], {0: "action_no", 1: "action", 3: "named_lead", 5: "status"}),
        (["Development need", "Learning activity", "Who", "When"], {0: "theme", 1: "action", 2: "named_lead", 3: "end_date"}),
    ],
)  # fmt: skip
def test_header_names_of_improvement_plans(header: list[str], fields: dict[int, str]) -> None:
    from agendaparse.tables.headers import header_fields

    assert header_fields(header) == fields


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Embedded", "complete"),  # an improvement plan's action done and sustained, as the whole cell
        ("Fully embedded", "complete"),
        ("Completed and embedded", "complete"),
        ("The new triage process is being embedded across the teams", None),  # an update, not a rating
        ("Proposed for closure", "complete"),
        ("Partially complete", "ongoing"),
    ],
)
def test_status_words_of_improvement_plans(cell: str, status: str | None) -> None:
    from agendaparse.tables.status import normalise_status

    assert normalise_status(cell)[0] == status


@pytest.mark.parametrize(
    ("cell", "whole"),
    [("Ongoing", True), ("On-going", True), ("Annually", True), ("TBC", True), ("March 2026", True), ("31/03/2026", True),
     ("Spring 2026", True), ("Autumn term", True), ("Year 2", True), ("Medium term", True), ("Long-term", True),
     ("Ongoing, with a review", False), ("Spring", True), ("the", False), ("Year", False), ("Term", False), ("", False)],
)  # fmt: skip
def test_a_timescale_cell_whole_without_a_date(cell: str, whole: bool) -> None:
    """An unruled plan's rows set tight: a line beside a deadline cell already whole ('Ongoing' as much as 'March
    2026') opens a row (tables/word_tables ``_whole_date``)."""
    from agendaparse.tables.word_tables import _whole_date

    assert _whole_date(cell) is whole
