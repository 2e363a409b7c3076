# ruff: noqa: E501  (data rows of the drawn documents are kept one row to a line)
"""Action plans of genres no earlier round drew, and plan-row cases stop 34 left (tables round 54).

Part 1 (left by stop 34): a row of bulleted 'X to ...' actions beside a lead cell naming more than twelve words of
owners (each action owned by the post or person its own words name); a row of a landscape plan split mid-cell by a
page break, the header printed once (one row, its two halves joined); an unruled 'Key:' row and a ruled 'RAG key' row
at the foot of a plan (no plan row; both stay rows of the printed table).

Part 2: a further-education college's quality improvement plan (BRAG ratings, 'By when', 'Progress update'); a
college's post-inspection action plan (unruled; 'Milestone date', 'Evidence of impact'); an internal audit
recommendations tracker ('Management response | Responsible officer | Target date | Revised date'); a scrutiny
recommendations tracker; an inshore fisheries and conservation authority's annual plan ('Lead officer(s)', a
'Milestone' column of dates, 'Met' / 'Working towards'); a business improvement district's delivery table ('What we
will deliver | Accountable'); a Welsh public services board's well-being plan steps ('Well-being objective | Step |
Lead partner'); a Scottish licensing board's policy action plan ('Licensing objective'); an Australian shire's action
and task progress report ('Responsible person', dates as '03-Nov-2025'); a US water district's action items
(month-first dates); a Canadian regional municipality's work plan ('Lead department'); a schools forum's plan
('Success criteria'); a youth council's plan ('What | Who | By when'); a Town Board's long-term plan ('Intervention |
Milestone | Accountable | Completion date': the milestones are the rows, stop 23); a regional transport partnership's
log ('Original date | Revised date'); an almshouse charity's trustees' action log ('Trustee'); an Irish municipal
district's action list ('Responsibility | Timeframe'); a leisure trust's business plan ('Accountable', BRAG). Two
tables that are no plan: an IFCA's permit fees and a BID's levy bands.

Every case is a whole document drawn with reportlab (``whole_tables``), read through the real code path
(``predicted_dict``, fast) and scored with the evaluator's ``score_document``; a case passes when every figure of
tables and action_plan_rows is 1.0 and the themes match row by row.

Conventions (corpus/gold/README.md): a month-only date is the month's last day; 'Ongoing' no date; BRAG 'Blue' is
complete with no RAG; 'Implemented' complete, 'Partially implemented' and 'Working towards' ongoing, 'Not yet due'
not started, 'Met' complete; a 'Revised date' beside a 'Target date' is the date in force (stop 29); a Department or
'Lead partner' column is lead_org; milestones are the rows and the intervention their theme (stop 23); a 'Key:' row
is no plan row.

Harder layouts of the same genres: a shire's CAMMS-style report whose strategy rows head the actions and whose
'ACTION PROGRESS COMMENTS:' rows sit under each; a nine-column scrutiny tracker with initials as leads; an audit tracker
with priority, '% complete' and RAG; a split row whose progress cell runs on too, and a split row of an unruled plan;
a 'Key:' row of cells in an unruled plan; a SACRE's plan with two leads bulleted in one cell beside one action; a
licensing board's 'Annually'; an internal audit's 'Agreed management action | Responsible officer | Action status';
a university court's 'Officer(s) responsible | Date for completion | Action status'; a bilingual Welsh well-being
plan ('Cam / Step'); a Scottish community planning partnership's 'Progress (RAG)'; a sixth form college's
post-inspection plan ('Recommendation from inspection | Action to be taken | Person(s) responsible').

Pass before (HEAD a65298d, every case written before any change): 23 of 52 (documents 20 of 36, one of them the
strict xfail; tables that are no plan 2 of 2; owner checks 1 of 4; header names 0 of 10). The misses: bulleted
'X to ...' actions beside a lead cell of more than twelve words named no owner (and a multi-word owner never matched);
the rest of a row split by a page break was lost (its page has two row rules, too few to count as a grid, and its
columns open at the top); a 'RAG key' or 'Key:' row at a plan's foot gave a plan row; 'Met' / 'Working towards' were
no status; 'Well-being objective' and 'Licensing objective' were no theme, 'Trustee' no lead; 'Action status' was taken
as the action column; 'Agreed management action' named no column; 'Officer(s) responsible' no lead; 'Progress (RAG)'
was read as an update, not a rating; 'Recommendation from inspection' kept the action beside it from being the action.

The changes: tables/plan_rows looks each piece's subject (the words before a 'to' or 'will') up among the lead
cell's runs of up to eight words (``_owner_named``; no cap on the cell) and drops a row opening 'Key:' / 'RAG key'
(``_key_row``); tables/detection reads a page after a page of grids whose few rules could be the grid's foot, and
tables/ruled closes columns that start together high on a page above any row rule with a top rule (``_open_head``,
the mirror of ``_open_foot``), so the continuation joins the row above; tables/status reads 'Met' (the whole cell) as
complete and 'Working towards' as ongoing; tables/headers names 'Trustee', 'Action status', '(Agreed) management
action', 'B/R/A/G', 'Progress (RAG)', 'Step', a name ending in 'objective' (a theme) and a name with '(s)' as if
singular, and takes 'Action to be taken' beside any 'Recommendation ...' column as the action (``_finding_name``).
After: 51 of 52 pass, one strict xfail (a date of dates.py); the lead's dates.py change of stop 35 ('03-Nov-2025' a
day) makes it 52 of 52.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://doc.your-brochure-online.co.uk/North-Western-Inshore-Fisheries-and-Conservation-Authority---Annual-Plan-202425/32
  (an IFCA annual plan: workstream, objective, lead officer(s), intended outcome; 'Met' / 'Working towards')
- https://vfa.vic.gov.au/recreational-fishing/recreational-fishing-grants-program/licence-fees-at-work/your-licence-fees-at-work-2010-11/vrfish-performance-and-expenditure-2010-11/2010-2011-vrfish-business-plan
  (a business plan's delivery table: key area, action, KPI metric, timing, status 'Completed' / 'On Track')
- http://kayfree.net/university-audit-department/response-procedures (an audit response: recommendation, planned
  corrective action, responsible person, planned completion date)
- https://fdocuments.net/document/action-and-task-progress-2018-08-15-123-partner-with-services-and-agencies-to.html
  (a shire council's action and task progress report: action, responsible person, status, start date, end date)
- https://cherwell.gov.uk/info/4/business/482/banbury-business-improvement-district-bid/2 (a BID's timetable)
- https://gwentpsb.org/en/?p=12 (a public services board's well-being plan: objectives and the steps to meet them)
- https://www.legislation.gov.uk/asp/2005/16/notes/division/3/2/2 (a Scottish licensing board's policy statement and
  the five licensing objectives)
- https://mvwd.org/202/Strategic-Plan (a US water district's strategic goals and implementation action plan)
- http://www.hhlearning.co.uk/resources/ofsted/ofsted-inspection-action-plan.html (after an inspection: the areas
  for improvement as the plan's recommendations, actions against each)
- https://studylib.net/doc/7145031/minutes-municipal-district-of-castlecomer-13th-june-2014-... (an Irish municipal
  district's meeting: the area engineer and meetings administrator as the officers)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape

from whole_tables import Grid, WholeTables, assert_no_plan, assert_read_whole, banded, bare, document_params, plan_row

END = {"March 2026": "2026-03-31", "June 2026": "2026-06-30", "December 2025": "2025-12-31", "September 2026": "2026-09-30",
       "Ongoing": None, "January 2026": "2026-01-31", "February 2026": "2026-02-28", "October 2026": "2026-10-31",
       "May 2026": "2026-05-31", "July 2026": "2026-07-31", "April 2026": "2026-04-30", "November 2026": "2026-11-30",
       "December 2026": "2026-12-31", "March 2027": "2027-03-31", "August 2026": "2026-08-31",
       "31/03/2026": "2026-03-31", "30/06/2026": "2026-06-30", "30/09/2026": "2026-09-30", "31/12/2025": "2025-12-31",
       "": None}  # fmt: skip
STATUS = {"Complete": "complete", "Completed": "complete", "On track": "ongoing", "In progress": "ongoing",
          "Not started": "not started", "Implemented": "complete", "Partially implemented": "ongoing",
          "Not yet due": "not started", "Met": "complete", "Working towards": "ongoing", "Open": "ongoing",
          "Closed": "complete", "Ongoing": "ongoing", "Delayed": "overdue", "": None}  # fmt: skip
RAG = {"Red", "Amber", "Green"}


def rated(word: str) -> dict[str, str | None]:
    """A RAG or BRAG cell: the rating, or (Blue, a status word) the status."""
    if word in RAG:
        return {"rag": word, "status": None}
    return {"rag": None, "status": STATUS.get(word) or ("complete" if word == "Blue" else None)}


# ================================================================= Part 1: stop 34's leftovers

# ---------------------------------------------------------------- bulleted 'X to ...' actions beside a long lead cell

PORT_LEAD = (
    "Harbour Master, Port Health Officer, Clerk to the Authority and the Chair of the Finance and Audit Committee"
)
PORT_ROWS = [
    ["P1", "Agree the sampling programme for imported shellfish with the food authority", "Port Health Officer", "March 2026"],
    ["P2", "\u2022 Harbour Master to renew the mooring licences on the east quay<br/>\u2022 Port Health Officer to inspect the cold store at Berth 4<br/>\u2022 Clerk to the Authority to report the inspection fees to the next meeting", PORT_LEAD, "June 2026"],
    ["P3", "Review the authority's business continuity plan", "Clerk to the Authority", "September 2026"],
]  # fmt: skip
PORT_PLAN = [
    plan_row(PORT_ROWS[0][1], action_no="P1", named_lead="Port Health Officer", end_date="2026-03-31"),
    plan_row("Harbour Master to renew the mooring licences on the east quay", action_no="P2", named_lead="Harbour Master", end_date="2026-06-30"),
    plan_row("Port Health Officer to inspect the cold store at Berth 4", action_no="P2", named_lead="Port Health Officer", end_date="2026-06-30"),
    plan_row("Clerk to the Authority to report the inspection fees to the next meeting", action_no="P2", named_lead="Clerk to the Authority", end_date="2026-06-30"),
    plan_row(PORT_ROWS[2][1], action_no="P3", named_lead="Clerk to the Authority", end_date="2026-09-30"),
]  # fmt: skip
PORT_GOLD = [[cell.replace("<br/>", " ") for cell in row] for row in PORT_ROWS]
PORT_DOC = WholeTables(
    "owners_in_long_lead_cell", "leftover",
    ["# Tamsworth Port Health Authority – 4 February 2026", "Action plan arising from the annual port health review.",
     Grid(["Ref", "Action", "Lead", "Target date"], PORT_ROWS, [35, 260, 140, 70], gold_rows=PORT_GOLD)], PORT_PLAN,
)  # fmt: skip

# ---------------------------------------------------------------- a row split by a page break (landscape, header once)

SPLIT_ACTIONS = [
    ("1", "Promote the lower valley walking routes on the partnership's website", "Access Officer", "March 2026", "On track"),
    ("2", "Survey the condition of the stone stiles on the ridge path", "Ranger Team", "June 2026", "Not started"),
    ("3", "Agree a grazing plan for the common with the commoners' association", "Land Manager", "September 2026", "In progress"),
    ("4", "Replace the interpretation panels at the three main car parks", "Access Officer", "December 2025", "Complete"),
    ("5", "Hold two volunteer days a month to clear the bracken from the heath", "Volunteer Coordinator", "Ongoing", "On track"),
    ("6", "Publish the annual report on the state of the landscape", "Partnership Manager", "July 2026", "Not started"),
    ("7", "Set up a monitoring scheme for the ground-nesting birds of the upper moor", "Ecologist", "May 2026", "In progress"),
]  # fmt: skip
LONG_STEP = ("Prepare the landscape character assessment for the whole of the partnership area. "
             "The assessment will map the landscape types, record the condition of each character area and set out "
             "the pressures on it, including the spread of holiday lets, changes in farming practice, the loss of "
             "hedgerows and field walls, the growth of recreation at the honeypot sites and the effects of a changing "
             "climate on the peat soils of the moor. ") * 3  # fmt: skip
SPLIT_ROWS = [list(row) for row in SPLIT_ACTIONS] + [["8", LONG_STEP.strip(), "Partnership Manager", "March 2027", "In progress"]] + [
    list(row) for row in [("9", "Run the annual walking festival with the town council", "Access Officer", "October 2026", "On track")]
]  # fmt: skip
SPLIT_PLAN = [
    plan_row(action, action_no=number, named_lead=who, end_date=END[when], status=STATUS[word])
    for number, action, who, when, word in SPLIT_ROWS
]
SPLIT_DOC = WholeTables(
    "row_split_by_page_break", "leftover",
    ["# Harlow Edge Landscape Partnership – Board, 12 March 2026", "Delivery plan 2025–2027: actions and their status.",
     *["The board noted the partnership's funding position for the year and the programme of the volunteer service."] * 16,
     Grid(["No.", "Action", "Lead", "Target date", "Status"], SPLIT_ROWS, [35, 430, 130, 80, 80], repeat=False, split_in_row=True)],
    SPLIT_PLAN, pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- a 'Key:' row at the foot of an unruled plan; a 'RAG key' row

KEY_ROWS = [
    ["1", "Adopt the revised statement of licensing policy", "Clerk to the Board", "March 2026", "Green"],
    ["2", "Publish an overprovision assessment for each locality", "Licensing Standards Officer", "September 2026", "Amber"],
    ["3", "Hold a joint training session for board members and the local licensing forum", "Clerk to the Board", "June 2026", "Red"],
]  # fmt: skip
KEY_PLAN = [
    plan_row(action, action_no=number, named_lead=who, end_date=END[when], rag=word)
    for number, action, who, when, word in KEY_ROWS
]
RAG_KEY_ROW = ["RAG key", "Green: on course", "Amber: some slippage", "Red: off course", ""]
KEY_INTRO = ["# Strathairlie Licensing Board – 26 January 2026", "Policy statement action plan: progress report."]
KEY_WIDTHS = [45, 230, 120, 70, 45]
KEY_DOCS = [
    WholeTables("rag_key_row_foot_unruled", "leftover",
                [*KEY_INTRO, bare(["No.", "Action", "Lead", "By when", "RAG"], [*KEY_ROWS, RAG_KEY_ROW], KEY_WIDTHS)], KEY_PLAN),
    WholeTables("rag_key_row_foot_ruled", "leftover",
                [*KEY_INTRO, Grid(["No.", "Action", "Lead", "By when", "RAG"], [*KEY_ROWS, RAG_KEY_ROW], KEY_WIDTHS)], KEY_PLAN),
    WholeTables("key_row_foot_ruled_unspanned", "leftover",
                [*KEY_INTRO, Grid(["No.", "Action", "Lead", "By when", "RAG"], [*KEY_ROWS, ["Key:", "Green – on course; Amber – some slippage; Red – will not be met by the date set", "", "", ""]], KEY_WIDTHS)], KEY_PLAN),
]  # fmt: skip

# ================================================================= Part 2: genres no earlier round drew

# ---------------------------------------------------------------- a college's quality improvement plan (BRAG)

QIP = [
    ("Attendance", "Introduce weekly attendance reviews in every curriculum area", "Head of Student Services", "December 2025", "Attendance reviews running in all areas", "Blue"),
    ("Attendance", "Set up text alerts to parents of 16 to 18 learners on the first day of absence", "Head of Student Services", "March 2026", "Pilot in construction", "Green"),
    ("English and maths", "Train all vocational tutors to embed English and maths in their lessons", "Director of Quality", "June 2026", "Two of five sessions held", "Amber"),
    ("English and maths", "Increase the GCSE maths resit high grades to 25%", "Head of English and Maths", "August 2026", "Mock results below target", "Red"),
]  # fmt: skip
QIP_DOC = WholeTables(
    "college_quality_improvement_plan", "college",
    ["# Eastmoor College Corporation – Quality and Standards Committee, 10 February 2026", "Quality improvement plan 2025/26: progress at the end of term 1.",
     Grid(["Area for improvement", "Action", "Responsible", "By when", "Progress update", "BRAG"], [list(row) for row in QIP], [80, 170, 90, 60, 100, 40])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], **rated(word)) for theme, action, who, when, _, word in QIP],
)  # fmt: skip

# ---------------------------------------------------------------- a post-inspection action plan (unruled)

PIAP = [
    ("Quality of education", "Observe every apprenticeship trainer in the workplace each term", "Head of Apprenticeships", "April 2026", "Observation grades rise", "Amber"),
    ("Quality of education", "Agree a training plan with each employer within six weeks of the start", "Apprenticeship Manager", "January 2026", "All plans agreed on time", "Green"),
    ("Leadership and management", "Report learners' progress to governors at each meeting of the committee", "Vice Principal", "March 2026", "Reports received", "Green"),
]  # fmt: skip
PIAP_DOC = WholeTables(
    "post_inspection_action_plan_unruled", "college",
    ["# Westbrook College – Board of the Corporation, 3 December 2025", "Post-inspection action plan following the Ofsted inspection in October 2025.",
     bare(["Area for improvement", "Actions", "Lead", "Milestone date", "Evidence of impact", "RAG"], [list(row) for row in PIAP], [90, 170, 90, 60, 90, 40])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], rag=word) for theme, action, who, when, _, word in PIAP],
)  # fmt: skip

# ---------------------------------------------------------------- an internal audit recommendations tracker

AUDIT = [
    ("IA1", "Reconcile the payroll to the general ledger each month", "Agreed. Monthly reconciliations will be signed off by the Finance Manager", "Finance Manager", "31/12/2025", "", "Implemented"),
    ("IA2", "Update the contract register and publish it quarterly", "Agreed. The register will be brought up to date and published on the website", "Procurement Officer", "31/03/2026", "30/06/2026", "Partially implemented"),
    ("IA3", "Test the disaster recovery arrangements for the finance system", "Agreed. A test will be arranged with the system supplier", "Head of ICT", "30/09/2026", "", "Not yet due"),
]  # fmt: skip
AUDIT_DOC = WholeTables(
    "audit_recommendations_tracker", "audit",
    ["# Kingsfold University – Audit and Risk Committee, 18 November 2025", "Internal audit recommendations: follow-up tracker.",
     Grid(["Ref", "Recommendation", "Management response", "Responsible officer", "Target date", "Revised date", "Status"], [list(row) for row in AUDIT], [30, 120, 150, 75, 55, 55, 60])],
    [plan_row(response, action_no=ref, named_lead=who, end_date=END[revised or target], status=STATUS[word]) for ref, _, response, who, target, revised, word in AUDIT],
)  # fmt: skip

# ---------------------------------------------------------------- a scrutiny recommendations tracker (landscape)

SCRUTINY = [
    ("SR 25/01", "Finance", "That the fees and charges review be brought forward to the autumn", "Karen Oduya", "The review was reported to the Executive in October", "Complete"),
    ("SR 25/02", "Adult social care", "That a carers' assessment be offered at each hospital discharge", "Peter Lang", "Summary of progress to date and ongoing work", "Ongoing"),
    ("SR 25/03", "Housing", "That the empty homes strategy be refreshed", "Dawn Marsh", "Consultation under way", "Ongoing"),
]  # fmt: skip
SCRUTINY_DOC = WholeTables(
    "scrutiny_recommendation_tracker", "scrutiny",
    ["# Corporate Scrutiny Committee – 2 March 2026", "Scrutiny recommendation tracker.",
     Grid(["Reference", "Area", "Recommendation", "Lead officer", "Action taken", "Status"], [list(row) for row in SCRUTINY], [60, 80, 230, 90, 200, 70])],
    [plan_row(rec, theme=area, action_no=ref, named_lead=who, status=STATUS[word]) for ref, area, rec, who, _, word in SCRUTINY],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- an IFCA annual plan ('Milestone' dates, Met / Working towards)

IFCA = [
    ("Marine protected areas", "Review the monitoring and control plan for each marine protected area", "Head of Science", "September 2026", "Working towards"),
    ("Marine protected areas", "Submit the outstanding habitats regulations assessments to Natural England", "Senior Science Officer", "March 2026", "Met"),
    ("Enforcement", "Publish the annual inspection and enforcement data on the website", "Head of Enforcement", "June 2026", "Working towards"),
]  # fmt: skip
IFCA_DOC = WholeTables(
    "ifca_annual_plan", "ifca",
    ["# Severnmouth Inshore Fisheries and Conservation Authority – 19 March 2026", "Annual plan 2026/27: main objectives and progress.",
     Grid(["Workstream", "Action", "Lead officer(s)", "Milestone", "Status"], [list(row) for row in IFCA], [90, 220, 100, 70, 70])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], status=STATUS[word]) for theme, action, who, when, word in IFCA],
)  # fmt: skip
IFCA_FEES = WholeTables(
    "ifca_permit_fees", "not-a-plan",
    ["# Severnmouth Inshore Fisheries and Conservation Authority – 19 March 2026", "Permit fees for 2026/27.",
     Grid(["Permit", "Fee 2025/26", "Fee 2026/27", "Renewal"], [["Potting permit", "£75", "£80", "Annual"], ["Dredge permit", "£420", "£440", "Annual"], ["Hand gathering permit", "£25", "£25", "Three-yearly"]], [150, 80, 80, 90])],
    [],
)  # fmt: skip

# ---------------------------------------------------------------- a BID's delivery table; its levy bands (no plan)

BID = [
    ("Safe and welcoming", "Two street rangers on duty six days a week", "BID Manager", "April 2026", "Green"),
    ("Safe and welcoming", "A radio link between shops and the town centre CCTV", "Operations Coordinator", "July 2026", "Amber"),
    ("Marketing and events", "A year-round events calendar and a Christmas light switch-on", "Marketing Manager", "December 2026", "Green"),
]  # fmt: skip
BID_DOC = WholeTables(
    "bid_delivery_table", "bid",
    ["# Harbury Town Centre BID Company – Board of Directors, 21 January 2026", "Business plan 2026–2031: year one delivery.",
     Grid(["Objective", "What we will deliver", "Accountable", "Completion date", "RAG"], [list(row) for row in BID], [100, 200, 100, 70, 45])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], rag=word) for theme, action, who, when, word in BID],
)  # fmt: skip
BID_LEVY = WholeTables(
    "bid_levy_bands", "not-a-plan",
    ["# Harbury Town Centre BID Company – Board of Directors, 21 January 2026", "Levy rules for the second term.",
     Grid(["Rateable value", "Levy rate", "Annual levy (minimum)", "Collected by"], [["Under £10,000", "Exempt", "–", "–"], ["£10,000 to £50,000", "1.5%", "£150", "Harbury District Council"], ["Over £50,000", "1.25%", "£750", "Harbury District Council"]], [110, 70, 110, 150])],
    [],
)  # fmt: skip

# ---------------------------------------------------------------- a public services board's well-being plan steps

PSB = [
    ("Resilient communities", "Map the community buildings that could serve as warm spaces", "County Voluntary Council", "December 2026"),
    ("Resilient communities", "Train community volunteers in emergency first aid", "Fire and Rescue Service", "September 2026"),
    ("Climate and nature", "Plant trees along the river corridor with landowners", "Natural Resources Wales", "March 2027"),
]  # fmt: skip
PSB_DOC = WholeTables(
    "psb_wellbeing_plan_steps", "psb",
    ["# Glanafon Public Services Board – 14 January 2026", "Well-being plan: the steps we will take to meet our objectives.",
     Grid(["Well-being objective", "Step", "Lead partner", "Timescale"], [list(row) for row in PSB], [110, 220, 120, 70])],
    [plan_row(step, theme=theme, lead_org=who, end_date=END[when]) for theme, step, who, when in PSB],
)  # fmt: skip

# ---------------------------------------------------------------- a licensing board's policy action plan

LICENSING = [
    ("Preventing crime and disorder", "Agree a protocol with Police Scotland on late-night premises", "Licensing Standards Officer", "March 2026", "Completed"),
    ("Protecting children and young persons", "Issue guidance on test purchasing to all off-sales premises", "Clerk to the Board", "June 2026", "In progress"),
    ("Protecting and improving public health", "Consult the health board on the overprovision assessment", "Clerk to the Board", "September 2026", "Not started"),
]  # fmt: skip
LICENSING_DOC = WholeTables(
    "licensing_board_policy_plan", "licensing",
    ["# Strathairlie Licensing Board – 26 January 2026", "Statement of licensing policy 2023–2028: action plan.",
     Grid(["Licensing objective", "Action", "Lead", "By when", "Status"], [list(row) for row in LICENSING], [120, 200, 100, 60, 60])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], status=STATUS[word]) for theme, action, who, when, word in LICENSING],
)  # fmt: skip

# ---------------------------------------------------------------- an Australian shire's action and task progress report

SHIRE = [
    ("Update the communications and engagement strategy", "Rhys Tallis", "In progress", "03-Nov-2025", "30-Nov-2026", "60%"),
    ("Seal the Wando Vale road between the two creek crossings", "Megan Doyle", "Completed", "01-Jul-2025", "31-Mar-2026", "100%"),
    ("Review the shire's roadside weed control program", "Megan Doyle", "Not started", "01-Feb-2026", "30-Jun-2026", "0%"),
]  # fmt: skip
SHIRE_DOC = WholeTables(
    "shire_action_task_progress", "shire",
    ["# Kooranga Shire Council – Ordinary Council Meeting, 17 December 2025", "Action and task progress report.",
     Grid(["Action", "Responsible person", "Status", "Start date", "End date", "Complete %"], [list(row) for row in SHIRE], [190, 90, 70, 65, 65, 50])],
    [plan_row(action, named_lead=who, status=STATUS[word], start_date=start, end_date=end)
     for (action, who, word, _, _, _), start, end in zip(SHIRE, ["2025-11-03", "2025-07-01", "2026-02-01"], ["2026-11-30", "2026-03-31", "2026-06-30"], strict=True)],
)  # fmt: skip

# ---------------------------------------------------------------- a US water district's action items (month-first dates)

WATER = [
    ("Water supply reliability", "Complete the groundwater sustainability study", "District Engineer", "12/31/2026", "In progress"),
    ("Water supply reliability", "Rehabilitate Well No. 7 and its pump station", "Operations Superintendent", "6/30/2026", "Not started"),
    ("Customer service", "Launch online bill payment for all customers", "Finance Manager", "3/31/2026", "Completed"),
]  # fmt: skip
WATER_DOC = WholeTables(
    "water_district_action_items", "us-district",
    ["# Mesa Verde Water District – Regular Meeting of the Board of Directors, December 10, 2025", "Strategic plan implementation: action items.",
     Grid(["Goal", "Action item", "Responsible party", "Target completion", "Status"], [list(row) for row in WATER], [110, 200, 110, 70, 70])],
    [plan_row(action, theme=theme, named_lead=who, end_date=end, status=STATUS[word])
     for (theme, action, who, _, word), end in zip(WATER, ["2026-12-31", "2026-06-30", "2026-03-31"], strict=True)],
)  # fmt: skip

# ---------------------------------------------------------------- a Canadian regional municipality's work plan

REGION = [
    ("Growth management", "Complete the municipal comprehensive review of the official plan", "Planning and Economic Development Department", "December 2026", "On track"),
    ("Growth management", "Update the development charges background study", "Finance Department", "June 2026", "In progress"),
    ("Climate action", "Install electric vehicle chargers at ten regional facilities", "Public Works Department", "October 2026", "Delayed"),
]  # fmt: skip
REGION_DOC = WholeTables(
    "regional_municipality_work_plan", "canada",
    ["# Regional Municipality of Northbrook – Committee of the Whole, February 5, 2026", "Strategic plan work plan: quarterly update.",
     Grid(["Strategic priority", "Action", "Lead department", "Target completion", "Status"], [list(row) for row in REGION], [100, 200, 130, 70, 60])],
    [plan_row(action, theme=theme, lead_org=who, end_date=END[when], status=STATUS[word]) for theme, action, who, when, word in REGION],
)  # fmt: skip

# ---------------------------------------------------------------- a schools forum's plan ('Success criteria')

FORUM = [
    ("High needs", "Review the top-up funding bands for special schools", "Head of SEND", "May 2026", "Bands agreed by the forum"),
    ("High needs", "Consult schools on a transfer from the schools block", "School Funding Manager", "November 2026", "Consultation response above 50%"),
    ("Early years", "Publish the early years funding formula for 2026/27", "Early Years Finance Officer", "February 2026", "Formula published on time"),
]  # fmt: skip
FORUM_DOC = WholeTables(
    "schools_forum_plan", "schools",
    ["# Wexcombe Schools Forum – 15 January 2026", "Forum work plan 2025/26.",
     Grid(["Priority", "Action", "Who", "When", "Success criteria"], [list(row) for row in FORUM], [70, 200, 110, 60, 120])],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], outcome=criteria) for theme, action, who, when, criteria in FORUM],
)  # fmt: skip

# ---------------------------------------------------------------- a youth council's plan ('What | Who | By when')

YOUTH = [
    ("Run a make your mark ballot in every secondary school", "Youth Mayor", "February 2026"),
    ("Present the young people's transport survey to the council's cabinet", "Youth Engagement Officer", "April 2026"),
    ("Hold a mental health awareness day at the youth centre", "Deputy Youth Mayor", "May 2026"),
]  # fmt: skip
YOUTH_DOC = WholeTables(
    "youth_council_plan_unruled", "youth",
    ["# Harlington Youth Council – 8 January 2026", "Our plan for the year.",
     bare(["What", "Who", "By when"], [list(row) for row in YOUTH], [280, 130, 80])],
    [plan_row(action, named_lead=who, end_date=END[when]) for action, who, when in YOUTH],
)  # fmt: skip

# ---------------------------------------------------------------- a Town Board's plan: milestones under interventions

TOWN = {
    "Reopen the former market hall as a food hall": [
        ("Appoint the design team", "Regeneration Manager", "January 2026", "Green"),
        ("Submit the planning application", "Regeneration Manager", "May 2026", "Amber"),
    ],
    "Improve the walking route from the station to the high street": [
        ("Complete the public consultation", "Highways Project Officer", "March 2026", "Green"),
        ("Start works on site", "Highways Project Officer", "October 2026", "Red"),
    ],
}  # fmt: skip
TOWN_ROWS = [
    [parent if index == 0 else "", step, who, when, word]
    for parent, steps in TOWN.items()
    for index, (step, who, when, word) in enumerate(steps)
]
TOWN_DOC = WholeTables(
    "town_board_milestones", "town-board",
    ["# Ashbury Town Board – 29 January 2026", "Long-term plan for Ashbury: delivery of the investment plan.",
     Grid(["Intervention", "Milestone", "Accountable", "Completion date", "RAG"], TOWN_ROWS, [160, 150, 100, 70, 40])],
    [plan_row(step, theme=parent, named_lead=who, end_date=END[when], rag=word) for parent, steps in TOWN.items() for step, who, when, word in steps],
)  # fmt: skip

# ---------------------------------------------------------------- a regional transport partnership's log (original and revised dates)

TRANSPORT = [
    ("RTP1", "Publish the draft regional transport strategy for consultation", "Strategy Manager", "December 2025", "March 2026", "In progress"),
    ("RTP2", "Agree the bus service improvement partnership with the operators", "Bus Partnerships Officer", "February 2026", "", "Complete"),
    ("RTP3", "Report the active travel grant awards to the partnership board", "Active Travel Officer", "April 2026", "June 2026", "Not started"),
]  # fmt: skip
TRANSPORT_DOC = WholeTables(
    "transport_partnership_revised_dates", "transport",
    ["# Tayforth Regional Transport Partnership – Partnership Board, 6 February 2026", "Action log.",
     Grid(["Ref", "Action", "Lead officer", "Original date", "Revised date", "Status"], [list(row) for row in TRANSPORT], [40, 200, 100, 65, 65, 60])],
    [plan_row(action, action_no=ref, named_lead=who, end_date=END[revised or original], status=STATUS[word]) for ref, action, who, original, revised, word in TRANSPORT],
)  # fmt: skip

# ---------------------------------------------------------------- an almshouse charity's trustees' action log ('Trustee')

ALMS = [
    ("1", "Obtain three quotations for re-roofing the east range", "Clerk to the Trustees", "March 2026"),
    ("2", "Review the weekly maintenance contribution for 2026/27", "Treasurer", "February 2026"),
    ("3", "Visit each resident before the summer meeting", "Chair", "June 2026"),
]  # fmt: skip
ALMS_DOC = WholeTables(
    "almshouse_trustee_action_log", "charity",
    ["# St Anne's Almshouse Charity – Meeting of the Trustees, 13 January 2026", "Action log.",
     Grid(["No.", "Action", "Trustee", "Due"], [list(row) for row in ALMS], [30, 280, 120, 70])],
    [plan_row(action, action_no=number, named_lead=who, end_date=END[when]) for number, action, who, when in ALMS],
)  # fmt: skip

# ---------------------------------------------------------------- an Irish municipal district's action list

IRISH = [
    ("1", "Footpath repairs, Main Street", "Repair the footpath outside the credit union", "Area Engineer", "March 2026", "In progress"),
    ("2", "Public lighting, Castle Road", "Add two public lights at the junction with the school lane", "Area Engineer", "June 2026", "Not started"),
    ("3", "Town twinning", "Write to the twin town about the 2026 visit", "Meetings Administrator", "January 2026", "Complete"),
]  # fmt: skip
IRISH_DOC = WholeTables(
    "irish_municipal_district_actions", "ireland",
    ["# Municipal District of Ballyconnell – Monthly Meeting, 9 December 2025", "Schedule of actions from previous meetings.",
     Grid(["No.", "Issue", "Action", "Responsibility", "Timeframe", "Status"], [list(row) for row in IRISH], [30, 100, 180, 90, 60, 60])],
    [plan_row(action, action_no=number, named_lead=who, end_date=END[when], status=STATUS[word]) for number, _, action, who, when, word in IRISH],
)  # fmt: skip

# ---------------------------------------------------------------- a leisure trust's business plan ('Accountable', BRAG, banded themes)

TRUST_THEMES = {
    "Participation": [
        ("Open the refurbished learner pool for school swimming", "Head of Operations", "September 2026", "Green"),
        ("Launch a concession scheme for carers", "Marketing Manager", "January 2026", "Blue"),
    ],
    "Finance": [
        ("Reduce the utility costs of the three leisure centres by 10%", "Finance Director", "March 2027", "Amber"),
    ],
}  # fmt: skip
TRUST_ROWS: list[list[str]] = []
TRUST_BANDS: list[int] = []
for trust_theme, trust_actions in TRUST_THEMES.items():
    TRUST_BANDS.append(len(TRUST_ROWS))
    TRUST_ROWS.append([trust_theme, "", "", ""])
    TRUST_ROWS += [list(row) for row in trust_actions]
TRUST_DOC = WholeTables(
    "leisure_trust_business_plan", "trust",
    ["# Vale Active Leisure Trust – Board of Trustees, 24 February 2026", "Business plan 2025–2028: year one progress.",
     banded(Grid(["Action", "Accountable", "Completion date", "BRAG"], TRUST_ROWS, [260, 120, 80, 45]), TRUST_BANDS, "#DCE6F1")],
    [plan_row(action, theme=theme, named_lead=who, end_date=END[when], **rated(word)) for theme, actions in TRUST_THEMES.items() for action, who, when, word in actions],
)  # fmt: skip

# ================================================================= Part 2, harder layouts of the same genres

# ---------------------------------------------------------------- a shire's CAMMS-style report: strategy rows, comment rows

CAMMS = {
    "1.1.1 Communicate effectively with our community about the shire's projects and decisions": [
        ("1.1.1.1", "Update the communications and engagement strategy", "Rhys Tallis", "In progress", "Drafting has started; the team will consult in March."),
        ("1.1.1.2", "Publish a quarterly community newsletter", "Rhys Tallis", "Completed", "Complete."),
    ],
    "1.2.3 Partner with services and agencies to improve the health and wellbeing of our community": [
        ("1.2.3.1", "Deliver the municipal public health and wellbeing plan actions for the year", "Nadia Farr", "In progress", "On track."),
    ],
}  # fmt: skip
CAMMS_ROWS: list[list[str]] = []
CAMMS_BANDS: list[int] = []
for strategy, camms_actions in CAMMS.items():
    CAMMS_BANDS.append(len(CAMMS_ROWS))
    CAMMS_ROWS.append([strategy, "", "", ""])
    for number, action, who, word, comment in camms_actions:
        CAMMS_ROWS.append([number, action, who, word])
        CAMMS_BANDS.append(len(CAMMS_ROWS))
        CAMMS_ROWS.append([f"ACTION PROGRESS COMMENTS: {comment}", "", "", ""])
CAMMS_DOC = WholeTables(
    "shire_progress_comment_rows", "shire",
    ["# Kooranga Shire Council – Ordinary Council Meeting, 17 December 2025", "Action and task progress report: Support our community.",
     banded(Grid(["No.", "Action", "Responsible person", "Status"], CAMMS_ROWS, [50, 260, 110, 80]), CAMMS_BANDS, "#F2F2F2")],
    [plan_row(action, theme=strategy, action_no=number, named_lead=who, status=STATUS[word])
     for strategy, camms_actions in CAMMS.items() for number, action, who, word, _ in camms_actions],
)  # fmt: skip

# ---------------------------------------------------------------- a scrutiny tracker of nine columns, initials as leads

TRACKER = [
    ("SR (25/26) 01", "CRP", "12/01/26", "Finance", "That the fees and charges review be brought forward to the autumn", "09/02/26", "DM/PL", "The review was reported to the Executive in October.", "Complete"),
    ("SR (25/26) 02", "PPL", "02/02/26", "Adult social care", "That a carers' assessment be offered at each hospital discharge", "09/03/26", "SS/LW", "Summary of progress to date and the work still to do.", "Ongoing"),
    ("SR (24/25) 19", "CSMC", "01/04/25", "Governance", "That the member development programme be reviewed", "06/05/25", "JP/CD", "Paused while the council's capacity is reviewed.", "Paused"),
]  # fmt: skip
TRACKER_DOC = WholeTables(
    "scrutiny_tracker_nine_columns", "scrutiny",
    ["# Corporate Scrutiny Committee – 16 March 2026", "Annex A: scrutiny recommendation tracker.",
     Grid(["Reference", "Origin", "Date", "Area", "Recommendation", "Exec date", "Lead Officer/EM", "Action taken", "Status"],
          [list(row) for row in TRACKER], [70, 40, 50, 70, 170, 50, 60, 170, 50])],
    [plan_row(rec, theme=area, action_no=ref, named_lead=who, status={"Paused": "paused"}.get(word) or STATUS[word])
     for ref, _, _, area, rec, _, who, _, word in TRACKER],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- an audit tracker with priority, % complete and RAG

AUDIT_RAG = [
    ("1", "Creditors", "High", "Check supplier bank detail changes with a call-back to a known number", "Agreed; the procedure has been rewritten", "Accounts Payable Manager", "31/12/2025", "", "100%", "Green"),
    ("2", "Fleet", "Medium", "Keep a record of each vehicle's daily safety check", "Agreed; a digital checklist is being procured", "Fleet Manager", "31/03/2026", "30/09/2026", "40%", "Amber"),
    ("3", "Housing rents", "High", "Reconcile the rent system to the ledger each month", "Agreed; monthly reconciliations will start in April", "Head of Housing Finance", "30/06/2026", "", "10%", "Red"),
]  # fmt: skip
AUDIT_RAG_DOC = WholeTables(
    "audit_tracker_percent_and_rag", "audit",
    ["# Audit and Governance Committee – 25 February 2026", "Implementation of audit recommendations: tracker report.",
     Grid(["Rec no", "Audit", "Priority", "Recommendation", "Management response", "Responsible officer", "Agreed date", "Revised date", "% complete", "RAG"],
          [list(row) for row in AUDIT_RAG], [30, 55, 45, 140, 120, 80, 55, 55, 55, 40])],
    [plan_row(response, action_no=ref, named_lead=who, end_date=END[revised or agreed], rag=rag)
     for ref, _, _, _, response, who, agreed, revised, _, rag in AUDIT_RAG],
    pagesize=landscape(A4),
)  # fmt: skip

# ---------------------------------------------------------------- a split row whose progress cell runs on too; an unruled split

SPLIT_PROGRESS = " ".join(
    ["The consultants have met the steering group and walked the five character areas with the rangers."] * 9
)
SPLIT2_ROWS = [[number, action, who, when, "Reported to the last meeting"] for number, action, who, when, _ in SPLIT_ACTIONS[:6]] + [
    ["7", LONG_STEP.strip(), "Partnership Manager", "March 2027", SPLIT_PROGRESS],
    ["8", "Run the annual walking festival with the town council", "Access Officer", "October 2026", "Dates agreed"],
]  # fmt: skip
SPLIT2_PLAN = [
    plan_row(action, action_no=number, named_lead=who, end_date=END[when])
    for number, action, who, when, _ in SPLIT2_ROWS
]
SPLIT_INTRO = ["# Harlow Edge Landscape Partnership – Board, 12 March 2026", "Delivery plan 2025–2027: actions and progress.",
               *["The board noted the partnership's funding position for the year and the programme of the volunteer service."] * 16]  # fmt: skip
SPLIT_DOCS = [
    WholeTables("row_split_two_cells_by_page_break", "leftover",
                [*SPLIT_INTRO, Grid(["No.", "Action", "Lead", "Target date", "Progress"], SPLIT2_ROWS, [35, 300, 110, 70, 230], repeat=False, split_in_row=True)],
                SPLIT2_PLAN, pagesize=landscape(A4)),
    WholeTables("row_split_by_page_break_unruled", "leftover",
                [*SPLIT_INTRO, bare(["No.", "Action", "Lead", "Target date", "Status"], SPLIT_ROWS, [35, 430, 130, 80, 80], repeat=False, split_in_row=True)],
                SPLIT_PLAN, pagesize=landscape(A4)),
]  # fmt: skip

# ---------------------------------------------------------------- a 'Key:' row in an unruled plan's first column, cells across

KEY_UNRULED_DOC = WholeTables(
    "key_row_cells_unruled", "leftover",
    [*KEY_INTRO, bare(["No.", "Action", "Lead", "By when", "RAG"], [*KEY_ROWS, ["Key:", "G – on course", "A – some slippage", "R – off course", ""]], KEY_WIDTHS)],
    KEY_PLAN,
)  # fmt: skip

# ---------------------------------------------------------------- a SACRE's plan: two leads bulleted in one cell, one action

SACRE = [
    ("Monitor the agreed syllabus", "Survey schools on their use of the agreed syllabus", "\u2022 RE Adviser<br/>\u2022 Clerk to SACRE", "July 2026"),
    ("Monitor the agreed syllabus", "Report the GCSE religious studies results to SACRE", "RE Adviser", "November 2026"),
    ("Collective worship", "Respond to requests for determinations within six weeks", "Clerk to SACRE", "Ongoing"),
]  # fmt: skip
SACRE_DOC = WholeTables(
    "sacre_two_leads_bulleted", "sacre",
    ["# Standing Advisory Council on Religious Education – 4 March 2026", "SACRE development plan 2025–2027.",
     Grid(["Priority", "Action", "Who", "When"], [list(row) for row in SACRE], [110, 220, 100, 70],
          gold_rows=[[cell.replace("<br/>", " ") for cell in row] for row in SACRE])],
    [plan_row(action, theme=theme, named_lead=who.replace("\u2022 ", "").replace("<br/>", ", "), end_date=END[when]) for theme, action, who, when in SACRE],
)  # fmt: skip

# ---------------------------------------------------------------- a licensing board's plan: 'Annually', day dates, 'Ongoing'

LICENSING2 = [
    ("Review the licensing policy statement's overprovision localities", "Licensing Standards Officer", "31 March 2026", "2026-03-31"),
    ("Publish the board's annual functions report", "Clerk to the Board", "Annually", None),
    ("Meet the local licensing forum", "Convener", "Ongoing", None),
]  # fmt: skip
LICENSING2_DOC = WholeTables(
    "licensing_board_annual_cells", "licensing",
    ["# Strathairlie Licensing Board – 26 January 2026", "Board work plan.",
     Grid(["Action", "Lead", "By when"], [[a, w, d] for a, w, d, _ in LICENSING2], [280, 130, 80])],
    [plan_row(action, named_lead=who, end_date=end) for action, who, _, end in LICENSING2],
)  # fmt: skip

# ---------------------------------------------------------------- 'Agreed management action' and 'Action status'; 'Officer(s) responsible'

AGREED = [
    ("2025/07.1", "Leavers are not removed from the finance system promptly", "High", "Run a monthly report of leavers and remove their access", "Head of Finance", "31/03/2026", "In progress"),
    ("2025/07.2", "The asset register is not reconciled to the ledger", "Medium", "Reconcile the asset register to the ledger at each year end", "Financial Controller", "30/06/2026", "Not started"),
    ("2025/09.1", "Student bursary payments lack a second check", "High", "Introduce a second authoriser for bursary payments over £500", "Head of Student Services", "31/12/2025", "Implemented"),
]  # fmt: skip
AGREED_DOC = WholeTables(
    "audit_agreed_management_action", "college",
    ["# Lowmoor College Corporation – Audit Committee, 24 February 2026", "Internal audit: follow-up of agreed management actions.",
     Grid(["Ref", "Finding", "Risk rating", "Agreed management action", "Responsible officer", "Target date", "Action status"],
          [list(row) for row in AGREED], [50, 130, 45, 150, 80, 55, 60])],
    [plan_row(action, action_no=ref, named_lead=who, end_date=END[when], status=STATUS[word]) for ref, _, _, action, who, when, word in AGREED],
)  # fmt: skip
COURT = [
    ("Circulate the revised statement of primary responsibilities to members", "University Secretary", "March 2026", "Complete"),
    ("Arrange an induction for the two new lay members", "Head of Governance", "February 2026", "In progress"),
    ("Report the effectiveness review's findings to the next meeting", "University Secretary", "June 2026", "Not started"),
]  # fmt: skip
COURT_DOC = WholeTables(
    "university_court_action_log", "university",
    ["# University of Carrbridge – Court, 11 December 2025", "Matters arising: action log.",
     Grid(["Action", "Officer(s) responsible", "Date for completion", "Action status"], [list(row) for row in COURT], [270, 110, 70, 70])],
    [plan_row(action, named_lead=who, end_date=END[when], status=STATUS[word]) for action, who, when, word in COURT],
)  # fmt: skip

# ---------------------------------------------------------------- a bilingual well-being plan ('Cam / Step'); a CPP's 'Progress (RAG)'

WELSH = [
    ("Gwella mynediad at fannau gwyrdd / Improve access to green spaces", "Natural Resources Wales", "March 2027"),
    ("Cefnogi grwpiau cymunedol i dyfu bwyd / Support community groups to grow food", "County Voluntary Council", "December 2026"),
    ("Lleihau allyriadau fflyd y partneriaid / Cut the emissions of the partners' fleets", "Fire and Rescue Service", "March 2027"),
]  # fmt: skip
WELSH_DOC = WholeTables(
    "psb_bilingual_steps", "psb",
    ["# Bwrdd Gwasanaethau Cyhoeddus Glanafon / Glanafon Public Services Board – 14 January 2026",
     "Cynllun llesiant / Well-being plan: steps for 2026/27.",
     Grid(["Cam / Step", "Partner arweiniol / Lead partner", "Amserlen / Timescale"], [list(row) for row in WELSH], [280, 140, 80])],
    [plan_row(step, lead_org=who, end_date=END[when]) for step, who, when in WELSH],
)  # fmt: skip
LOIP = [
    ("Open two more community food larders in the east locality", "Third Sector Interface", "September 2026", "Green"),
    ("Extend the employability key worker service to young carers", "Skills Development Scotland", "March 2026", "Amber"),
    ("Agree a shared approach to place-based engagement", "Community Planning Partnership Board", "June 2026", "Red"),
]  # fmt: skip
LOIP_DOC = WholeTables(
    "cpp_loip_progress_rag", "cpp",
    ["# Strathairlie Community Planning Partnership – Board, 2 February 2026", "Local outcomes improvement plan: improvement actions.",
     Grid(["Improvement action", "Lead partner", "Timescale", "Progress (RAG)"], [list(row) for row in LOIP], [250, 140, 70, 60])],
    [plan_row(action, lead_org=who, end_date=END[when], rag=rag) for action, who, when, rag in LOIP],
)  # fmt: skip

# ---------------------------------------------------------------- a post-inspection plan: 'Recommendation from inspection | Action to be taken'

SCHOOL = [
    ("Improve the consistency of feedback in the sixth form", "Agree a feedback policy with heads of department", "Assistant Principal", "Policy in use in all subjects", "January 2026", "Governors' Standards Committee"),
    ("Improve the consistency of feedback in the sixth form", "Sample marking in each subject every half term", "Head of Sixth Form", "Samples show the policy applied", "July 2026", "Governors' Standards Committee"),
    ("Raise attendance of disadvantaged students", "Appoint an attendance officer for the sixth form", "Business Manager", "Attendance above 94%", "April 2026", "Full Governing Body"),
]  # fmt: skip
SCHOOL_DOC = WholeTables(
    "post_inspection_recommendation_from", "college",
    ["# Kingsmead Sixth Form College – Corporation Board, 9 December 2025", "Post-inspection action plan.",
     Grid(["Recommendation from inspection", "Action to be taken", "Person(s) responsible", "Success criteria", "Completion date", "Monitored by"],
          [list(row) for row in SCHOOL], [110, 130, 80, 100, 60, 90])],
    [plan_row(action, named_lead=who, outcome=criteria, end_date=END[when]) for _, action, who, criteria, when, _ in SCHOOL],
)  # fmt: skip

DOCUMENTS = [PORT_DOC, SPLIT_DOC, *KEY_DOCS, QIP_DOC, PIAP_DOC, AUDIT_DOC, SCRUTINY_DOC, IFCA_DOC, BID_DOC, PSB_DOC,
             LICENSING_DOC, SHIRE_DOC, WATER_DOC, REGION_DOC, FORUM_DOC, YOUTH_DOC, TOWN_DOC, TRANSPORT_DOC, ALMS_DOC,
             IRISH_DOC, TRUST_DOC, CAMMS_DOC, TRACKER_DOC, AUDIT_RAG_DOC, *SPLIT_DOCS, KEY_UNRULED_DOC, SACRE_DOC,
             LICENSING2_DOC, AGREED_DOC, COURT_DOC, WELSH_DOC, LOIP_DOC, SCHOOL_DOC]  # fmt: skip
NOT_PLANS = [IFCA_FEES, BID_LEVY]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("document", document_params(DOCUMENTS, XFAIL))
def test_unseen_genre_plans_read_whole(document: WholeTables, tmp_path: Path) -> None:
    """Scored as `agendaparse eval --fast` scores a gold file; themes compared row by row."""
    assert_read_whole(document, tmp_path)


@pytest.mark.parametrize("document", document_params(NOT_PLANS, XFAIL))
def test_tables_of_fees_and_levies_are_no_plan(document: WholeTables, tmp_path: Path) -> None:
    assert_no_plan(document, tmp_path)


@pytest.mark.parametrize(
    ("values", "owners"),
    [
        # a lead cell of more than twelve words: each action owned by the post its own words name
        ({"action": "\u2022 Harbour Master to renew the licences \u2022 Port Health Officer to inspect the store", "named_lead": PORT_LEAD}, ["Harbour Master", "Port Health Officer"]),
        ({"action": "\u2022 Clerk to the Authority will report the fees \u2022 Chair of the Finance and Audit Committee to sign the accounts", "named_lead": PORT_LEAD},
         ["Clerk to the Authority", "Chair of the Finance and Audit Committee"]),
        # a piece naming nobody in the lead cell: no owner of its own
        ({"action": "\u2022 Harbour Master to renew the licences \u2022 Review the byelaws", "named_lead": PORT_LEAD}, ["Harbour Master", ""]),
        # initials, as before
        ({"action": "NO to call the contractor AS to book the hall", "named_lead": "NO AS"}, ["NO", "AS"]),
        # a scan's initials run into the verb ('NOwill'), as the dev Souldern agenda's OCR reads them (lead, stop 35)
        ({"action": "Playground : \u2022 Quotes will be obtained \u2022 NOwill speak to the owners \u2022 CF will draft a letter", "named_lead": "LC, NS NO CF"},
         ["", "NO", "CF"]),
    ],
)  # fmt: skip
def test_each_bulleted_action_owned_by_the_lead_it_names(values: dict[str, str], owners: list[str]) -> None:
    from agendaparse.tables.plan_rows import split_cell_actions

    assert [split["named_lead"] for split, _ in split_cell_actions(values, "rule")] == owners


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        (["Ref", "Finding", "Risk rating", "Agreed management action", "Responsible officer", "Target date", "Action status"],
         {0: "action_no", 3: "action", 4: "named_lead", 5: "end_date", 6: "status"}),
        (["Recommendation", "Management action", "Owner", "Due date"], {1: "action", 2: "named_lead", 3: "end_date"}),
        (["Action", "Officer(s) responsible", "Date for completion", "Action status"], {0: "action", 1: "named_lead", 2: "end_date", 3: "status"}),
        (["Well-being objective", "Step", "Lead partner", "Timescale"], {0: "theme", 1: "action", 2: "lead_org", 3: "end_date"}),
        (["Licensing objective", "Action", "Lead", "By when", "Status"], {0: "theme", 1: "action", 2: "named_lead", 3: "end_date", 4: "status"}),
        (["No.", "Action", "Trustee", "Due"], {0: "action_no", 1: "action", 2: "named_lead", 3: "end_date"}),
        (["Action", "Accountable", "Completion date", "B/R/A/G"], {0: "action", 1: "named_lead", 2: "end_date", 3: "rag"}),
        (["Cam / Step", "Partner arweiniol / Lead partner", "Amserlen / Timescale"], {0: "action", 1: "lead_org", 2: "end_date"}),
        (["Improvement action", "Lead partner", "Timescale", "Progress (RAG)"], {0: "action", 1: "lead_org", 2: "end_date", 3: "rag"}),
        (["Recommendation from inspection", "Action to be taken", "Person(s) responsible", "Success criteria", "Completion date", "Monitored by"],
         {1: "action", 2: "named_lead", 3: "outcome", 4: "end_date"}),
    ],
)  # fmt: skip
def test_header_names_of_unseen_genres(header: list[str], fields: dict[int, str]) -> None:
    from agendaparse.tables.headers import header_fields

    assert header_fields(header) == fields
