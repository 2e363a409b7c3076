"""Action logs and trackers of bodies not read before (round 11): the classes round 10 left (a
'Done?' column of Yes/No, a post's initials after a name, 'Date agreed' beside 'Agreed date', an
'Assisted by' column of people, a deadline in the action's words) and the rows we did not read as
rows (a log in minutes under a 'Matters arising' heading with no rules, the row number alone in an
unnamed column far left, a log running over a page with no header again, an 'Action | Update' log
with no owner or date column, the owner and date on a second line of the action cell). Each case
keeps the layout and cell wording of a real published log (names, places, numbers and dates
changed), is drawn as a PDF with reportlab and run through :func:`tables.find_tables` and
:func:`tables.action_plan_rows`. The truth is what a gold annotator records by
corpus/gold/README.md (see tests/test_tables_round10.py for the date conventions); a 'Done?' of
'Yes' (or 'Y') is complete, 'No' is still open (ongoing); a 'Closed' column holding a date is
complete; an 'Owner: ... Due: ...' line under the action gives the lead and the deadline and is not
part of the action's text.

Sources (layouts and cell wording learned from these pages; nothing copied beyond short phrases):
- https://dev.wikimedia.org.uk/w/index.php?diff=32705&oldid=32702&title=Reports_8Jan13%2FMinutes_review
  (Wikimedia UK board: R-numbered rows, a tick column for done)
- https://joinedupcarederbyshire.co.uk/?p=9622 (Derby and Derbyshire CCG governing body: a name,
  its initials and a post, 'Richard ... (RC) Chief Finance Officer'; minute refs 'GBP/2223/001')
- https://careersdocbox.com/amp/96310136-Nursing/Velindre-nhs-trust-trust-board-meeting.html
  (Velindre NHS Trust board: action log with the date an action was agreed)
- https://paperzz.com/doc/9128830/southern-health-nhs-foundation-trust (Southern Health NHS FT board:
  'Minutes of last meeting and matters arising' then the log inside the minutes)
- http://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=250&MId=7244&Ver=4 (Surrey Police and
  Crime Panel: minute numbers '39/20', matters arising)
- https://democracy.leics.gov.uk/mgAi.aspx?ID=87353 (Leicestershire Police and Crime Panel: plan
  delivery update 'as at the end of Quarter 2')
- https://wmas.nhs.uk/?p=5054 (West Midlands Ambulance Service board: minute refs '01/25/01', posts
  after names)
- https://democracy.durham.gov.uk/mgAi.aspx?ID=36027 (Durham County Council: 'would take up the post
  in early 2019', updates to the panel)
- https://rds.eppingforestdc.gov.uk/ieListDocuments.aspx?CId=296&MeetingId=5301 (Epping Forest DC
  council minutes: numbered minutes '51.')
- https://www.temora.nsw.gov.au/Your-Council/Council-Meetings/Past-Council-Minutes/Minutes-from-2020
  (Temora Shire Council, NSW: 'Action Minutes' of resolutions and who acts)
- https://claverdon-pc.gov.uk/document-category/minutes/ (Claverdon PC: matters arising held on the
  agenda 'until the item is closed')
- http://hintonblewettpc.co.uk/parish-council/minutes-and-other-documents/ (Hinton Blewett PC: the
  clerk carries out the council's course of action)
- https://projectoolkit.com/actions-log/ (programme action log: Action ID | Created | Action
  Description | Update | Owner | Due Date | Closed)
- https://www.staffnet.manchester.ac.uk/governance/handbook/minutes-actions/ (University of
  Manchester: minutes 'indicate responsibility for actions, key deliverables and timescales')
- http://www.lboro.ac.uk/admin/committees/general/handbook/7/ (Loughborough University: actions
  recorded explicitly and highlighted in the minutes)
- http://www.sikologoa.com/about-the-university/university-court/court-meetings/court-minutes-19-june-2024
  (a university court: '4.1 Minutes of the previous meeting', matters arising)
- https://studylib.net/doc/13239433/council-wednesday-27-november-2013-minutes (UCL Council: a key
  to abbreviations, minute numbers '22.1')
- https://warwick.ac.uk/services/gov/committeesecs/committee-chair-members/between/ (University of
  Warwick: draft decisions and actions sent to those who act)
- http://www.stlouismi.com/1/stlouis/fire_board_minutes.asp?artID=52837 (Mid-Michigan Community Fire
  Board: motions, who acts)
- https://lakecushmanfirewise.org/?p=570 (Lake Cushman Firewise board: actions named in the minutes)
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse import tables
from table_cases import Case, found_tables, joined, plan_problems, ruled_pdf, table_problems

MEETING = dt.date(2024, 10, 10)

# ---------------------------------------------------------------- status: 'Done?' and 'Closed'

DONE_HEADER = ["Ref", "Action", "Owner", "Due", "Done?"]
DONE_ROWS = [
    ["R24", "Correct the minutes of the November meeting", "Company Secretary", "31/10/24", "Yes"],
    ["R25", "Publish the register of interests", "Chief Executive", "30/11/24", "No"],
    ["R26", "Agree the terms of reference of the audit committee", "Chair", "31/12/24", "Yes"],
    ["R27", "Circulate the governance review to all trustees", "Company Secretary", "31/01/25", ""],
]  # fmt: skip
DONE = Case(
    "board minutes review: a 'Done?' column of Yes / No",
    lambda: ruled_pdf(DONE_HEADER, DONE_ROWS, [40, 230, 100, 60, 45], title="Minutes review"),
    DONE_HEADER,
    DONE_ROWS,
    [
        {"action_no": "R24", "named_lead": "Company Secretary", "end_date": "2024-10-31", "status": "complete"},
        {"action_no": "R25", "end_date": "2024-11-30", "status": "ongoing"},
        {"action_no": "R26", "status": "complete"},
        {"action_no": "R27", "status": None},
    ],
    kind="status",
)

YN_HEADER = ["Resolution", "Action", "Responsible officer", "Completed (Y/N)"]
YN_ROWS = [
    ["112/24", "Write to the roads authority about the speed limit on the main road", "Director Engineering", "Y"],
    ["113/24", "Advertise the draft fees and charges for 28 days", "Manager Finance", "N"],
    ["114/24", "Lodge the grant application for the pool upgrade", "General Manager", "Y"],
]  # fmt: skip
YN = Case(
    "shire council action minutes: 'Completed (Y/N)'",
    lambda: ruled_pdf(YN_HEADER, YN_ROWS, [60, 260, 110, 70], title="Action Minutes"),
    YN_HEADER,
    YN_ROWS,
    [
        {"action_no": "112/24", "named_lead": "Director Engineering", "status": "complete"},
        {"action_no": "113/24", "status": "ongoing"},
        {"action_no": "114/24", "status": "complete"},
    ],
    kind="status",
)

CLOSED_HEADER = ["Action ID", "Created", "Action Description", "Update", "Owner", "Due Date", "Closed"]
CLOSED_ROWS = [
    ["A01", "02/09/24", "Confirm the data migration plan with the supplier", "Plan agreed", "PMO Lead", "20/09/24",
     "18/09/24"],
    ["A02", "02/09/24", "Set up the benefits register", "Template drafted", "Benefits Manager", "31/10/24", ""],
    ["A03", "16/09/24", "Book the gateway review", "Date held for December", "Programme Manager", "30/11/24", ""],
]  # fmt: skip
CLOSED = Case(
    "programme action log: 'Created' and a 'Closed' column of dates",
    lambda: ruled_pdf(CLOSED_HEADER, CLOSED_ROWS, [45, 50, 150, 90, 70, 55, 55], title="Programme action log"),
    CLOSED_HEADER,
    CLOSED_ROWS,
    [
        {"action_no": "A01", "named_lead": "PMO Lead", "end_date": "2024-09-20", "status": "complete"},
        {"action_no": "A02", "end_date": "2024-10-31", "status": None},
        {"action_no": "A03", "end_date": "2024-11-30", "status": None},
    ],
    kind="status",
)

# ---------------------------------------------------------------- owners: a post's initials, people assisting

POSTS_HEADER = ["Minute", "Action", "Lead", "Deadline"]
POSTS_ROWS = [
    ["01/24/05", "Present the revised response standards to the authority", "Paul Green (ACFO)", "31/12/24"],
    ["01/24/07", "Share the prevention campaign plan with members", "Anne Lowe (DCFO)", "30/11/24"],
    ["01/24/09", "Report the outturn position to the next meeting", "Mark Hill (CFO)", "31/01/25"],
    ["01/24/11", "Seek the funding settlement from the department", "Jo Bates (Home Office)", "31/03/25"],
]  # fmt: skip
POSTS = Case(
    "ambulance / fire board log: a post's initials after the name, 'Paul Green (ACFO)'",
    lambda: ruled_pdf(POSTS_HEADER, POSTS_ROWS, [60, 250, 110, 60], title="Action log"),
    POSTS_HEADER,
    POSTS_ROWS,
    [
        {"named_lead": "Paul Green", "lead_org": None, "end_date": "2024-12-31"},
        {"named_lead": "Anne Lowe", "lead_org": None},
        {"named_lead": "Mark Hill", "lead_org": None},
        {"named_lead": "Jo Bates", "lead_org": "Home Office"},
    ],
    kind="owner",
)

ASSIST_HEADER = ["Ref", "Action", "Led by", "Assisted by", "Finish by"]
ASSIST_ROWS = [
    ["3.1", "Map the community transport schemes in the district", "Helen", "Sarah Jones", "End Jan"],
    ["3.2", "Agree the grant criteria with the parish councils", "Robert", "Phil/Nick", "Mid Mar"],
    ["3.3", "Hold the first meeting of the transport forum", "Helen", "", "End Apr"],
]  # fmt: skip
ASSIST = Case(
    "action plan with an 'Assisted by' column of people (not supporting bodies)",
    lambda: ruled_pdf(ASSIST_HEADER, ASSIST_ROWS, [35, 240, 60, 80, 60], title="Action plan"),
    ASSIST_HEADER,
    ASSIST_ROWS,
    [
        {"action_no": "3.1", "named_lead": "Helen", "supporting_orgs": None, "end_date": "2025-01-31"},
        {"action_no": "3.2", "named_lead": "Robert", "supporting_orgs": None, "end_date": "2025-03-31"},
        {"action_no": "3.3", "named_lead": "Helen", "supporting_orgs": None, "end_date": "2025-04-30"},
    ],
    kind="owner",
)

# ---------------------------------------------------------------- dates: when agreed, when due, due in the words

AGREED_HEADER = ["Ref", "Date agreed", "Action", "Lead", "Target date", "Status"]
AGREED_ROWS = [
    ["TB101", "12/03/24", "Review the estates strategy with the commissioners", "Director of Estates", "June",
     "Complete"],
    ["TB104", "14/05/24", "Bring the research annual report to the board", "Medical Director", "September",
     "Overdue"],
    ["TB109", "09/07/24", "Refresh the board assurance framework", "Trust Secretary", "31/12/24", "On track"],
]  # fmt: skip
AGREED = Case(
    "trust board log: 'Date agreed' is when the action was raised, 'Target date' the deadline",
    lambda: ruled_pdf(AGREED_HEADER, AGREED_ROWS, [40, 55, 190, 90, 55, 55], title="Trust Board action log"),
    AGREED_HEADER,
    AGREED_ROWS,
    [
        {"action_no": "TB101", "end_date": "2024-06-30", "status": "complete"},
        {"action_no": "TB104", "end_date": "2024-09-30", "status": "overdue"},
        {"action_no": "TB109", "end_date": "2024-12-31", "status": "ongoing"},
    ],
    kind="dates",
)

AGREED_DATE_HEADER = ["Ref", "Action", "Owner", "Agreed date", "Progress"]
AGREED_DATE_ROWS = [
    ["1", "Update the fraud response plan", "Head of Audit", "31/01/25", "Draft prepared"],
    ["2", "Test the business continuity plans", "Risk Manager", "March 2025", "Exercise booked"],
]  # fmt: skip
AGREED_DATE = Case(
    "audit tracker: 'Agreed date' is the agreed deadline",
    lambda: ruled_pdf(AGREED_DATE_HEADER, AGREED_DATE_ROWS, [30, 220, 90, 70, 100], title="Audit actions tracker"),
    AGREED_DATE_HEADER,
    AGREED_DATE_ROWS,
    [
        {"action_no": "1", "named_lead": "Head of Audit", "end_date": "2025-01-31"},
        {"action_no": "2", "named_lead": "Risk Manager", "end_date": "2025-03-31"},
    ],
    kind="dates",
)

WORDS_HEADER = ["No", "Action", "Lead", "Update"]
WORDS_ROWS = [
    ["1", "Report the outcome of the consultation to the Board in June 2025", "Director of Strategy",
     "Consultation open"],
    ["2", "Complete the review of the estates programme by end of Q2", "Director of Finance", "Scoping agreed"],
    ["3", "Bring the revised policy back by the end of March 2025", "Head of People", "Drafting"],
    ["4", "Circulate the slides to members", "Board Secretary", "Complete"],
]  # fmt: skip
WORDS = Case(
    "police and crime panel log with no date column: the deadline in the action's words",
    lambda: ruled_pdf(WORDS_HEADER, WORDS_ROWS, [30, 260, 110, 100], title="Actions from previous meetings"),
    WORDS_HEADER,
    WORDS_ROWS,
    [
        {"action_no": "1", "end_date": "2025-06-30"},
        {"action_no": "2", "end_date": "2025-09-30"},
        {"action_no": "3", "end_date": "2025-03-31"},
        {"action_no": "4", "end_date": None, "status": "complete"},
    ],
    kind="dates",
)

# ---------------------------------------------------------------- rows we did not read as rows

MINUTES_TEXT = [
    "5. Minutes of the last meeting and matters arising",
    "5.1 The minutes of the meeting held on 12 September 2024 were agreed as a correct record.",
    "5.2 The Board reviewed the action log from the last meeting as set out below.",
]


def _minutes_log(header: list[str], rows: list[list[list[str]]], lefts: list[float], *, title: str,
                 text: list[str] = MINUTES_TEXT) -> bytes:  # fmt: skip
    """Minutes whose matters arising hold the action log set in whitespace columns with no rules
    at all, its header in bold; a log too long for the page runs on to the next with no header."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    page.setFont("Helvetica", 10)
    for line in text:
        page.drawString(lefts[0], y, line)
        y -= 18
    y -= 6
    page.setFont("Helvetica-Bold", 11)
    page.drawString(lefts[0], y, title)
    y -= 20
    page.setFont("Helvetica-Bold", 9)
    for x, cell in zip(lefts, header, strict=True):
        page.drawString(x, y, cell)
    y -= 16
    page.setFont("Helvetica", 9)
    for row in rows:
        if y < 70:
            page.showPage()
            page.setFont("Helvetica", 9)
            y = A4[1] - 60
        height = max(len(lines) for lines in row)
        for x, lines in zip(lefts, row, strict=True):
            for offset, line in enumerate(lines):
                page.drawString(x, y - 11 * offset, line)
        y -= 11 * height + 6
    page.setFont("Helvetica", 10)
    page.drawString(lefts[0], max(y - 20, 60), "6. Chief Executive's report")
    page.showPage()
    page.save()
    return buffer.getvalue()


ARISING_HEADER = ["Action", "Who", "By when", "Update"]
ARISING_ROWS = [
    [["Write to the highways authority about", "the crossing on Mill Lane"], ["Clerk"], ["31/10/24"],
     ["Letter sent"]],
    [["Obtain three quotes for the bench repairs"], ["Cllr Hart"], ["30/11/24"], ["One quote received"]],
    [["Add the flood plan to the website"], ["Clerk"], ["31/10/24"], ["Complete"]],
    [["Arrange the annual play area inspection"], ["Cllr Shah"], ["31/12/24"], ["Booked"]],
]  # fmt: skip
ARISING = Case(
    "log inside the minutes under 'Matters arising', no rules, bold header",
    lambda: _minutes_log(ARISING_HEADER, ARISING_ROWS, [50, 260, 340, 420], title="Action log"),
    ARISING_HEADER,
    joined(ARISING_ROWS),
    [
        {
            "action": "Write to the highways authority about the crossing on Mill Lane",
            "named_lead": "Clerk",
            "end_date": "2024-10-31",
        },
        {"named_lead": "Cllr Hart", "end_date": "2024-11-30"},
        {"named_lead": "Clerk", "status": "complete"},
        {"named_lead": "Cllr Shah", "end_date": "2024-12-31"},
    ],
    kind="rows",
)

LONG_ARISING_ROWS = [
    [[f"Review the {topic} ({year}) and report back"], [who], [due], [update]]
    for year in (2023, 2024, 2025, 2026, 2027, 2028, 2029)
    for topic, who, due, update in [
        ("allotment rents", "Clerk", "31/10/24", "In hand"),
        ("hedge cutting contract", "Cllr Hart", "30/11/24", "Quotes sought"),
        ("village hall lease", "Chair", "31/12/24", "Solicitor instructed"),
        ("war memorial cleaning", "Clerk", "31/01/25", "Not started"),
        ("footpath signs", "Cllr Shah", "28/02/25", "Ordered"),
        ("defibrillator checks", "Cllr Hart", "31/03/25", "Ongoing"),
    ]
]
LONG_ARISING = Case(
    "minutes log over a page break, header printed once, no rules",
    lambda: _minutes_log(ARISING_HEADER, LONG_ARISING_ROWS, [50, 310, 380, 450], title="Matters arising - action log"),
    ARISING_HEADER,
    joined(LONG_ARISING_ROWS),
    [{"named_lead": row[1][0]} for row in LONG_ARISING_ROWS],
    kind="rows",
)

NUMBERED_HEADER = ["", "Action", "Owner", "Due date", "Status"]
NUMBERED_ROWS = [
    ["1", "Circulate the draft budget timetable to members", "Finance Manager", "31/10/24", "Complete"],
    ["2", "Arrange a site visit to the depot", "Operations Manager", "30/11/24", "In progress"],
    ["3", "Report the procurement savings to the next meeting", "Head of Procurement", "31/01/25", "Not started"],
]  # fmt: skip
NUMBERED = Case(
    "committee action log: the row number alone in an unnamed column far left",
    lambda: ruled_pdf(NUMBERED_HEADER, NUMBERED_ROWS, [25, 250, 100, 60, 70], title="Action log"),
    NUMBERED_HEADER,
    NUMBERED_ROWS,
    [
        {"action_no": "1", "named_lead": "Finance Manager", "status": "complete"},
        {"action_no": "2", "named_lead": "Operations Manager", "status": "ongoing"},
        {"action_no": "3", "named_lead": "Head of Procurement", "status": "not started"},
    ],
    kind="rows",
)

NUMBERED_BARE_ROWS = [
    [["1."], ["Review the hire charges for the pavilion"], ["Clerk"], ["31/10/24"]],
    [["2."], ["Order the replacement litter bins"], ["Cllr Hart"], ["30/11/24"]],
    [["3."], ["Publish the annual governance statement"], ["RFO"], ["31/12/24"]],
    [["4."], ["Invite the police to the next meeting"], ["Chair"], ["31/01/25"]],
]  # fmt: skip
NUMBERED_BARE = Case(
    "unruled log in the minutes, its numbers alone far left under no heading",
    lambda: _minutes_log(["", "Action", "Owner", "Due"], NUMBERED_BARE_ROWS, [50, 75, 330, 420], title="Action log"),
    ["", "Action", "Owner", "Due"],
    joined(NUMBERED_BARE_ROWS),
    [
        {"action_no": "1.", "named_lead": "Clerk", "end_date": "2024-10-31"},
        {"action_no": "2.", "named_lead": "Cllr Hart", "end_date": "2024-11-30"},
        {"action_no": "3.", "named_lead": "RFO", "end_date": "2024-12-31"},
        {"action_no": "4.", "named_lead": "Chair", "end_date": "2025-01-31"},
    ],
    kind="rows",
)

UPDATE_HEADER = ["Action", "Update"]
UPDATE_ROWS = [
    ["Officers to circulate the revised scheme of delegation to members", "Complete. Circulated on 2 October."],
    ["The Chief Constable to provide figures on response times by district", "In progress; figures due next month."],
    ["Arrange a briefing for new members on the complaints process", "Briefing held on 20 September."],
]  # fmt: skip
UPDATE = Case(
    "panel action sheet in two columns, 'Action | Update', no owner or date column",
    lambda: ruled_pdf(UPDATE_HEADER, UPDATE_ROWS, [280, 220], title="Actions arising from previous meetings"),
    UPDATE_HEADER,
    UPDATE_ROWS,
    [
        {"action": UPDATE_ROWS[0][0], "status": "complete"},
        {"action": UPDATE_ROWS[1][0], "status": "ongoing"},
        {"action": UPDATE_ROWS[2][0]},
    ],
    kind="rows",
)

LINED_HEADER = ["No", "Action", "Update"]
LINED_ROWS = [
    ["1", "Write to the county council about the crossing<br/>Owner: JS  Due: 30/06/25", "Letter drafted"],
    ["2", "Review the reserves policy<br/>Owner: RFO  Due: 31/03/25", "On the agenda for March"],
    ["3", "Renew the grounds maintenance contract<br/>Owner: Clerk  Due: 31/01/25", "Complete"],
]  # fmt: skip
LINED = Case(
    "action log whose owner and due date sit on a second line of the action cell",
    lambda: ruled_pdf(LINED_HEADER, LINED_ROWS, [30, 300, 170], title="Action log"),
    LINED_HEADER,
    [[row[0], row[1].replace("<br/>", " "), row[2]] for row in LINED_ROWS],
    [
        {
            "action_no": "1",
            "action": "Write to the county council about the crossing",
            "named_lead": "JS",
            "end_date": "2025-06-30",
        },
        {"action_no": "2", "action": "Review the reserves policy", "named_lead": "RFO", "end_date": "2025-03-31"},
        {"action_no": "3", "named_lead": "Clerk", "end_date": "2025-01-31", "status": "complete"},
    ],
    kind="rows",
)

SHEET_ROWS = [
    [["Scrutiny officer to circulate the complaints data by district", "Lead: Scrutiny Officer  Due: 31/10/24"],
     ["Circulated to members on 3 October."]],
    [["Commissioner to report on the estates review", "Lead: Chief Executive  Due: 31/01/25"],
     ["Report scheduled for the January meeting."]],
    [["Members to receive a briefing on the precept", "Due: 28/02/25"], ["Date to be confirmed."]],
]  # fmt: skip
SHEET = Case(
    "panel minutes: an unruled 'Action | Update' sheet, lead and due under each action (added after the fixes)",
    lambda: _minutes_log(["Action", "Update"], SHEET_ROWS, [50, 330], title="Matters arising - action sheet"),
    ["Action", "Update"],
    joined(SHEET_ROWS),
    [
        {
            "action": "Scrutiny officer to circulate the complaints data by district",
            "named_lead": "Scrutiny Officer",
            "end_date": "2024-10-31",
        },
        {
            "action": "Commissioner to report on the estates review",
            "named_lead": "Chief Executive",
            "end_date": "2025-01-31",
        },
        {"action": "Members to receive a briefing on the precept", "end_date": "2025-02-28"},
    ],
    kind="rows",
)

CASES = [DONE, YN, CLOSED, POSTS, ASSIST, AGREED, AGREED_DATE, WORDS, ARISING, LONG_ARISING, NUMBERED,
         NUMBERED_BARE, UPDATE, LINED, SHEET]  # fmt: skip
PLAN_CASES = [case for case in CASES if case.plan]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_table_is_found_whole(case: Case, tmp_path) -> None:
    assert table_problems(case, found_tables(case.draw(), tmp_path)) == []


@pytest.mark.parametrize("case", PLAN_CASES, ids=[case.name for case in PLAN_CASES])
def test_the_log_rows_read_as_the_annotator_reads_them(case: Case, tmp_path) -> None:
    assert plan_problems(case, found_tables(case.draw(), tmp_path), MEETING) == []


POST_INITIALS = [
    ("Paul Green (ACFO)", "Paul Green", None),
    ("Sarah Cole (CEO)", "Sarah Cole", None),
    ("Ian Ward (DPH)", "Ian Ward", None),
    ("Ruth Kerr (ACC)", "Ruth Kerr", None),
    ("Jane Smith (DfE)", "Jane Smith", "DfE"),  # a body's acronym still names the body
    ("Tom Baker (NHSE)", "Tom Baker", "NHSE"),
]


@pytest.mark.parametrize(("printed", "lead", "body"), POST_INITIALS)
def test_a_posts_initials_after_a_name_are_no_body(printed: str, lead: str, body: str | None) -> None:
    assert tables.split_owner(printed) == (lead, body)


@pytest.mark.parametrize(
    ("printed", "status"),
    [("Yes", "complete"), ("Y", "complete"), ("No", "ongoing"), ("N", "ongoing"), ("", None), ("18/09/24", "complete")],
)
def test_a_done_column_gives_the_status(printed: str, status: str | None) -> None:
    assert tables.done_status(printed) == status


WORDS_OF_ACTIONS = ["write", "to", "the", "council", "about", "crossing", "review", "policy", "report", "back", "on"]


@given(
    st.lists(st.sampled_from(WORDS_OF_ACTIONS), min_size=2, max_size=12),
    st.sampled_from(["JS", "RFO", "Clerk", "Head of Finance", "Cllr Hart"]),
    st.sampled_from(["30/06/25", "March 2025", "Q3 2025/26", "End Nov"]),
    st.sampled_from(["Owner", "Lead", "Action by", "Who"]),
    st.sampled_from(["Due", "Deadline", "Target date", "By when"]),
    st.booleans(),
)
def test_labelled_particulars_come_off_the_action(words, owner, due, owner_label, due_label, with_due) -> None:
    action = " ".join(words)
    printed = f"{action} {owner_label}: {owner}" + (f"  {due_label}: {due}" if with_due else "")
    assert tables.labelled_particulars(printed) == (action, owner, due if with_due else None)
    assert tables.labelled_particulars(action) == (action, None, None)  # no labels: nothing taken
    measure = f"{action} Target: 95% of calls answered"  # a measure, not a deadline: left as printed
    assert tables.labelled_particulars(measure) == (measure, None, None)


def test_a_past_participle_is_no_one_to_act() -> None:
    assert tables.normalise_status("Circulated to members on 3 October.")[0] != "ongoing"
    assert tables.normalise_status("Forwarded to the highways team.")[0] != "ongoing"
    assert tables.normalise_status("Fred to chase the contractor")[0] == "ongoing"  # a name ending 'ed'
    assert tables.normalise_status("JS to chase the contractor")[0] == "ongoing"


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Report the outcome to the Board in June 2025", "2025-06-30"),
        ("Complete the review by end of Q2", "2025-09-30"),
        ("Bring the policy back by the end of March 2025", "2025-03-31"),
        ("Report to Cabinet in the new year", None),
    ],
)
def test_a_deadline_in_the_actions_words(text: str, end: str | None) -> None:
    found = tables.deadline_in_text(text, MEETING)[1].date
    assert (found.isoformat() if found else None) == end


if __name__ == "__main__":  # pragma: no cover - a report for people: python tests/test_tables_round11.py
    import pathlib
    import tempfile
    from collections import Counter

    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            found = found_tables(case.draw(), pathlib.Path(folder))
            for kind, problems in (
                ("table", table_problems(case, found)),
                ("plan", plan_problems(case, found, MEETING)),
            ):
                group = f"{kind}/{case.kind}"
                total[group] += 1
                passed[group] += not problems
                print(("PASS" if not problems else "FAIL"), kind, case.name)
                for problem in problems:
                    print("     ", problem[:600])
    for group in sorted(total):
        print(f"{group}: {passed[group]}/{total[group]}")
    print(f"{sum(passed.values())}/{sum(total.values())} passed")
