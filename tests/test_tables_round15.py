"""Unruled tables of words: found at all (round 15, issue #5).

Classes of case: 'planning' (lists of planning applications 'Ref | Address | Proposal | Decision' set
in whitespace columns, with a rule under the bold header or told by the bold face alone, wrapped cells),
'registers' (decision registers, contracts registers, correspondence lists, risk registers in words,
grant awards), 'attendance' (attendance grids of a board or trust: Y / A per meeting; name, role,
attendance), 'kpi' (performance indicators with words: measure, status, commentary), 'continued' (a
list running on to the next page without its header repeated) and 'not' (what is no table: a
two-column member list, an address block, a contacts box (post, name, telephone,
e-mail) ruled under each row, a signature block, an agenda with page numbers on the right,
minutes with initials in a margin column, a contents list, a two-column glossary, a bold three-part
heading over prose).

Each case keeps the layout and wording pattern of a real published page (names, places, numbers and
dates changed) and is drawn with reportlab in whitespace columns (``unruled_pdf`` or a canvas of its
own). The truth is what a gold annotator records by corpus/gold/README.md `tables`: real data tables
only (not layout boxes), one table over several pages, header rows joined into one, wrapped lines
joined with one space. A two-column glossary of terms is read as a layout (a list of definitions), not
a data table.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- https://eastfarleigh-pc.gov.uk/documents/efpc-meeting-minutes-april-2020/ (East Farleigh PC joint
  planning committee: application reference, address, proposal, 'AGREED to recommend APPROVAL')
- https://cms.wiltshire.gov.uk/(S(wm5gga55b130f045qoanjja5))/ieListDocuments.aspx?CId=149&MeetingId=7200
  (Wiltshire Western Area Planning Committee: application numbers with site names)
- http://committee.cityofworcester.gov.uk/ieListDocuments.aspx?CId=130&MId=4289 (Worcester City
  planning committee: 'Application P18L0453 - 30 Norton Road')
- http://travelsdocbox.com/United_Kingdom/95710445-Minutes-of-a-meeting-of-the-planning-committee-held-on-1-march-2017-from-7-00-pm-to-pm.html
  (Wokingham planning committee minutes: officers present listed by role - a layout, not a table)
- http://travelsdocbox.com/United_Kingdom/97988923-Mid-suffolk-district-council.html (Mid Suffolk
  planning referrals committee: schedule of planning applications, members present in columns)
- https://financedocbox.com/Tax_Planning/110571385-Minutes-of-the-development-control-committee-held-on-thursday-01-october-2015-at-7-00-pm.html
  (Milton Keynes development control: 'Present: / Officers: / Apologies:' set beside names)
- https://www.eppingtowncouncil.gov.uk/Planning_35177.aspx (Epping TC planning committee: the council's
  view on each application as a statutory consultee)
- https://thakehamparish.co.uk/agendas-minutes/ (Thakeham PC: responses to minor planning cases by
  delegated action, listed)
- https://www.orchardacademytrust.co.uk/page/?title=Attendance&pid=29 (Orchard Academy Trust: trustee
  attendance grid, Y / A / X per meeting date)
- https://www.norfolk.gov.uk/what-we-do-and-how-we-work/open-data-fois-and-data-protection/open-data/contracts-and-grants-register
  (Norfolk CC contracts register: reference, supplier, start and end dates)
- http://www.queenelizabetholympicpark.co.uk/our-story/the-legacy-corporation/good-governance/publication-scheme/contract-register
  (London Legacy Development Corporation contract register: reference, title, description, dates)
- https://www.northnorthants.gov.uk/finance/contracts-register (North Northamptonshire: contracts, what
  they are for, supplier)
- https://www.hartleyparishcouncil.gov.uk/Procurement_Information_49973.aspx (Hartley PC: contract
  reference, title, supplier, start / end / review dates)
- https://cmis.hullcc.gov.uk/cmis/DecisionRecords/DecisionRecords.aspx (Hull: decision records taken
  outside meetings)
- https://rossendale.gov.uk/info/210159/about_the_council/10526/how_decisions_are_made/2 (Rossendale:
  record of delegated decisions)
- https://www.uttlesford.gov.uk/executive-decisions (Uttlesford: decisions taken, decision notices)
- https://www.broxbourne.gov.uk/democracy/decision-making-constitution-1 (Broxbourne: officer decisions
  listed in a table)
- http://www.harlow.gov.uk/about_the_council/council_services/corporate_services/policy_and_performance/performance_management/quarterly_performance_report.aspx
  (Harlow: quarterly performance indicators with a status word per indicator)
- https://www.falfesh.com/pages/template-download.php?id=33 (risk log: ID, risk, category, owner, status)
- https://www.berribarmera.sa.gov.au/documents-and-forms/committees/community-grants-and-award-selection-committee
  (Berri Barmera community grants committee: applicants, projects, decisions)
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from table_cases import Case, found_tables, joined, table_problems, unruled_pdf


def _one(rows: list[list[str]]) -> list[list[list[str]]]:
    return [[[cell] for cell in row] for row in rows]


# ---------------------------------------------------------------- planning

PLAN_HEADER = ["Ref", "Address", "Proposal", "Decision"]
PLAN_LINES = [
    [["25/00412/FUL"], ["4 Brook Close"], ["Single storey front extension", "with roof light"], ["Approve"]],
    [["25/00433/HOU"], ["2 Mill Cottages,", "Heath Road"], ["Two storey side extension and", "rear dormer"],
     ["Approve"]],
    [["25/00440/SUB"], ["Larkfield, Dean Lane"], ["Details to discharge condition 3", "(external materials)"],
     ["No comment"]],
    [["25/00458/TCA"], ["The Old Vicarage"], ["Fell one ash tree (T2)"], ["Refer to tree officer"]],
]  # fmt: skip
PLAN_LEFTS = [50, 130, 250, 430]
PLANNING_RULE = Case(
    "planning applications, bold header with a rule under it, wrapped address and proposal",
    lambda: unruled_pdf(PLAN_HEADER, PLAN_LINES, PLAN_LEFTS, title="Planning applications considered"),
    PLAN_HEADER,
    joined(PLAN_LINES),
    kind="planning",
)
PLANNING_BOLD = Case(
    "planning applications, the header told by its bold face alone",
    lambda: unruled_pdf(PLAN_HEADER, PLAN_LINES, PLAN_LEFTS, header_rule=False),
    PLAN_HEADER,
    joined(PLAN_LINES),
    kind="planning",
)
OBS_HEADER = ["Application", "Location", "Proposal", "Observations"]
OBS_LINES = [
    [["P25/0711"], ["30 Norton Road"], ["Rear conservatory"], ["No objection"]],
    [["P25/0725"], ["25 Mabbs Close"], ["Change of use to dental surgery"], ["Object: parking"]],
    [["P25/0730"], ["Land at Manor Farm"], ["Agricultural storage barn"], ["No objection"]],
    [["P25/0744"], ["Kingston Mills"], ["Listed building consent for", "replacement windows"], ["Support"]],
    [["P25/0752"], ["Honeywell Lane"], ["Two dwellings"], ["Object: outside", "settlement"]],
]  # fmt: skip
OBSERVATIONS = Case(
    "town council observations on applications, five rows, bold header and rule",
    lambda: unruled_pdf(OBS_HEADER, OBS_LINES, [45, 120, 240, 420], title="Planning"),
    OBS_HEADER,
    joined(OBS_LINES),
    kind="planning",
)

# ---------------------------------------------------------------- registers

DECISION_HEADER = ["Date", "Decision maker", "Subject", "Status"]
DECISION_ROWS = [
    ["3 March", "Director of Place", "Award of grounds maintenance contract", "Published"],
    ["5 March", "Cabinet Member for Housing", "Temporary accommodation policy", "Call-in period"],
    ["11 March", "Chief Executive", "Urgent works at the leisure centre", "Implemented"],
    ["19 March", "Director of Finance", "Write-off of business rates debts", "Published"],
]  # fmt: skip
DECISIONS = Case(
    "record of officer and member decisions, words only",
    lambda: unruled_pdf(DECISION_HEADER, _one(DECISION_ROWS), [40, 100, 230, 470], title="Record of decisions"),
    DECISION_HEADER,
    DECISION_ROWS,
    kind="registers",
)
CONTRACT_HEADER = ["Reference", "Supplier", "Description", "Procedure"]
CONTRACT_LINES = [
    [["CR-0112"], ["Greenway Services Ltd"], ["Grounds maintenance of parks", "and open spaces"], ["Open tender"]],
    [["CR-0118"], ["Marlow Print"], ["Printing of council tax bills"], ["Framework call-off"]],
    [["CR-0121"], ["Harbour Legal LLP"], ["Conveyancing support"], ["Three quotes"]],
]  # fmt: skip
CONTRACTS = Case(
    "contracts register in a report, wrapped description, no figures",
    lambda: unruled_pdf(CONTRACT_HEADER, CONTRACT_LINES, [40, 115, 250, 440], title="Contracts awarded"),
    CONTRACT_HEADER,
    joined(CONTRACT_LINES),
    kind="registers",
)
CORRESPONDENCE_HEADER = ["From", "Subject", "Action"]
CORRESPONDENCE_ROWS = [
    ["County Council Highways", "Resurfacing of Mill Lane in June", "Noted"],
    ["Village Hall Committee", "Request for a grant towards new chairs", "Agenda next meeting"],
    ["Resident, Church Street", "Overhanging hedge at the footpath", "Clerk to reply"],
    ["Police Community Team", "Monthly crime figures", "Circulated"],
]  # fmt: skip
CORRESPONDENCE = Case(
    "correspondence received, three columns of words",
    lambda: unruled_pdf(CORRESPONDENCE_HEADER, _one(CORRESPONDENCE_ROWS), [50, 210, 420], title="Correspondence"),
    CORRESPONDENCE_HEADER,
    CORRESPONDENCE_ROWS,
    kind="registers",
)
RISK_HEADER = ["Risk", "Likelihood", "Impact", "Controls"]
RISK_ROWS = [
    ["Loss of key staff", "Medium", "High", "Deputy trained; procedures written"],
    ["Fraud by an officer", "Low", "High", "Two signatories on payments"],
    ["Damage to play equipment", "Medium", "Medium", "Monthly inspections"],
    ["Failure to meet deadlines", "Low", "Medium", "Calendar of returns"],
]  # fmt: skip
RISKS = Case(
    "risk register in words (ratings as words), no owner column",
    lambda: unruled_pdf(RISK_HEADER, _one(RISK_ROWS), [45, 200, 280, 350], title="Risk register"),
    RISK_HEADER,
    RISK_ROWS,
    kind="registers",
)
GRANT_HEADER = ["Applicant", "Project", "Decision"]
GRANT_ROWS = [
    ["Riverside Bowls Club", "New mower", "Approved"],
    ["Scouts (1st Eastfield)", "Hut roof repairs", "Approved in part"],
    ["Friends of the Library", "Summer reading scheme", "Deferred"],
]  # fmt: skip
GRANTS = Case(
    "grant applications and the panel's decision, three rows",
    lambda: unruled_pdf(GRANT_HEADER, _one(GRANT_ROWS), [50, 230, 420], title="Community grants"),
    GRANT_HEADER,
    GRANT_ROWS,
    kind="registers",
)

# ---------------------------------------------------------------- attendance

TRUST_HEADER = ["Trustee", "02/10/24", "20/11/24", "11/12/24", "05/02/25"]
TRUST_ROWS = [
    ["Hazel Crane", "Y", "Y", "A", "Y"],
    ["Neil Grantham", "Y", "A", "Y", "Y"],
    ["Anne Malling", "A", "Y", "Y", "Y"],
    ["William Northey", "Y", "Y", "Y", "A"],
]  # fmt: skip
TRUST = Case(
    "trustee attendance grid: Y / A per meeting date",
    lambda: unruled_pdf(TRUST_HEADER, _one(TRUST_ROWS), [50, 200, 280, 360, 440], title="Attendance"),
    TRUST_HEADER,
    TRUST_ROWS,
    kind="attendance",
)
BOARD_HEADER = ["Name", "Role", "Attendance"]
BOARD_ROWS = [
    ["Joan Pike", "Chair", "Present"],
    ["Ravi Anand", "Non-Executive Director", "Present"],
    ["Clare Booth", "Chief Executive", "Apologies"],
    ["Mark Fenn", "Director of Finance", "Present"],
]  # fmt: skip
BOARD = Case(
    "board attendance, name / role / attendance, bold header only",
    lambda: unruled_pdf(BOARD_HEADER, _one(BOARD_ROWS), [50, 200, 400], header_rule=False),
    BOARD_HEADER,
    BOARD_ROWS,
    kind="attendance",
)

# ---------------------------------------------------------------- kpi

KPI_HEADER = ["Indicator", "Target", "Status", "Commentary"]
KPI_LINES = [
    [["Household waste recycled"], ["Above 50%"], ["On track"], ["Garden waste round extended"]],
    [["Planning applications in time"], ["Most"], ["Behind target"], ["Two officer vacancies"]],
    [["Complaints answered in time"], ["All"], ["On track"], ["No change"]],
    [["Empty homes brought back"], ["Annual"], ["Not yet due"], ["Reported at year end"]],
]  # fmt: skip
KPI = Case(
    "performance indicators with words: target, status and commentary",
    lambda: unruled_pdf(KPI_HEADER, KPI_LINES, [45, 200, 280, 370], title="Performance summary"),
    KPI_HEADER,
    joined(KPI_LINES),
    kind="kpi",
)

# ---------------------------------------------------------------- continued over a page


def _continued() -> bytes:
    """A planning list running to the page foot, going on at the top of the next page with no header."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    lefts = [50, 130, 250, 430]
    y = 120.0
    page.setFont("Helvetica", 10)
    for index, line in enumerate(PROSE * 8 + ["7. Planning: the following applications were considered."]):
        page.drawString(50, A4[1] - 60 - 16 * index, line)
    page.setFont("Helvetica-Bold", 9)
    for x, cell in zip(lefts, PLAN_HEADER, strict=True):
        page.drawString(x, y, cell)
    page.line(50, y - 4, A4[0] - 40, y - 4)
    y -= 16
    page.setFont("Helvetica", 9)
    rows = CONTINUED_LINES
    for row in rows[:3]:
        for x, lines in zip(lefts, row, strict=True):
            for offset, text in enumerate(lines):
                page.drawString(x, y - 11 * offset, text)
        y -= 11 * max(len(lines) for lines in row) + 6
    page.showPage()
    y = A4[1] - 60
    page.setFont("Helvetica", 9)
    for row in rows[3:]:
        for x, lines in zip(lefts, row, strict=True):
            for offset, text in enumerate(lines):
                page.drawString(x, y - 11 * offset, text)
        y -= 11 * max(len(lines) for lines in row) + 6
    y -= 14
    page.setFont("Helvetica", 10)
    page.drawString(50, y, "8. Correspondence")
    page.drawString(50, y - 16, "The clerk reported that no correspondence had been received.")
    page.showPage()
    page.save()
    return buffer.getvalue()


CONTINUED_LINES = [
    [["25/00501/FUL"], ["1 Glebe Road"], ["Rear extension"], ["Approve"]],
    [["25/00507/HOU"], ["Ivy Cottage"], ["Detached garage"], ["Approve"]],
    [["25/00513/LBC"], ["The Forge"], ["Replacement doors"], ["No comment"]],
    [["25/00520/FUL"], ["Home Farm"], ["Conversion of barn", "to two dwellings"], ["Object"]],
    [["25/00526/TPO"], ["School Lane"], ["Works to lime (T1)"], ["No comment"]],
]  # fmt: skip
CONTINUED = Case(
    "planning list running to the next page without its header repeated",
    _continued,
    PLAN_HEADER,
    joined(CONTINUED_LINES),
    kind="continued",
)

CASES = [PLANNING_RULE, PLANNING_BOLD, OBSERVATIONS, DECISIONS, CONTRACTS, CORRESPONDENCE, RISKS, GRANTS, TRUST,
         BOARD, KPI, CONTINUED]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_word_table_is_found_whole(case: Case, tmp_path) -> None:
    assert table_problems(case, found_tables(case.draw(), tmp_path)) == []


# ---------------------------------------------------------------- not tables


def _page(lines: list[tuple[str, float, float, bool]]) -> bytes:
    """One page of strings: (text, x, y from the top, bold)."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for text, x, y, bold in lines:
        page.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
        page.drawString(x, A4[1] - y, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def _rows(top: float, lefts: list[float], rows: list[list[str]], *, bold_first: bool = True,
          pitch: float = 14.0) -> list[tuple[str, float, float, bool]]:  # fmt: skip
    out = []
    for index, row in enumerate(rows):
        for x, text in zip(lefts, row, strict=True):
            if text:
                out.append((text, x, top + pitch * index, bold_first and index == 0))
    return out


PROSE = [
    "The Chair opened the meeting and welcomed members of the public. The minutes of the meeting held",
    "on 4 March were approved and signed as a correct record. There were no declarations of interest.",
]


def _members() -> bytes:
    rows = [["Councillors", "Officers", "Also present"]] + [
        ["Cllr A Bright", "Clerk (J Moss)", "PCSO Lane"],
        ["Cllr P Carver", "RFO (S Dunn)", "Two residents"],
        ["Cllr D Eaves", "", ""],
        ["Cllr M Frost", "", ""],
    ]
    return _page(_rows(80, [50, 230, 400], rows))


def _addresses() -> bytes:
    rows = [["Our ref", "Your ref", "Date"], ["JM/PL/25", "Planning 4471", "12 May 2025"]]
    return _page(
        _rows(80, [50, 220, 400], rows) + [(line, 50, 130 + 12 * index, False) for index, line in enumerate(PROSE)]
    )


def _signatures() -> bytes:
    rows = [["Signed", "Position", "Date"], ["....................", "Chair", "............"],
            ["....................", "Clerk", "............"]]  # fmt: skip
    return _page(_rows(80, [50, 250, 420], rows))


def _agenda() -> bytes:
    rows = [["Item", "Title", "Page"]] + [
        ["1", "Apologies for absence", "1"],
        ["2", "Declarations of interest", "1"],
        ["3", "Minutes of the last meeting", "3"],
        ["4", "Planning applications", "9"],
        ["5", "Finance report", "15"],
    ]
    return _page(_rows(80, [50, 100, 500], rows))


def _initials() -> bytes:
    rows = [["5. Highways", "", ""]]
    body = [
        ("Members discussed the potholes in Mill Lane and asked that they", 80, 114, False),
        ("JS", 500, 114, False),
        ("be reported again to the County Council.", 80, 126, False),
        ("The footpath sign at the green has been replaced.", 80, 140, False),
        ("The bus shelter glass is cracked; quotes to be sought.", 80, 154, False),
        ("AB", 500, 154, False),
        ("The grit bin at School Lane needs refilling.", 80, 168, False),
        ("JS", 500, 168, False),
    ]
    return _page(_rows(100, [50, 80, 500], rows) + body)


def _contents() -> bytes:
    rows = [["Section", "Contents", "Page"]] + [
        ["1", "Introduction", "2"],
        ["2", "Budget monitoring", "4"],
        ["3", "Capital programme", "7"],
        ["4", "Reserves", "11"],
    ]
    return _page(_rows(80, [50, 110, 500], rows))


def _glossary() -> bytes:
    rows = [["Term", "Meaning"]] + [
        ["CIL", "Community Infrastructure Levy"],
        ["NDP", "Neighbourhood Development Plan"],
        ["RFO", "Responsible Financial Officer"],
        ["S106", "Planning obligation under section 106"],
    ]
    return _page(_rows(80, [50, 150], rows))


def _heading_over_prose() -> bytes:
    heading = [("Item 6", 50, 80, True), ("Planning policy", 200, 80, True), ("Report of the Clerk", 400, 80, True)]
    prose = PROSE * 3
    return _page(heading + [(line, 50, 96 + 12 * index, False) for index, line in enumerate(prose)])


def _contacts() -> bytes:
    """A report's cover: 'Contact Details' over post, name, telephone and e-mail, a rule under each row (no
    header row: the first contact is no column name)."""
    rows = [
        ["Interim Director of Finance", "Rhys Talbot", "01632 960 214", "rhys.talbot@fenbrook.gov.uk"],
        ["Head of Finance Operations", "Anna Pryce", "01632 960 377", "anna.pryce@fenbrook.gov.uk"],
        ["Chief Accountant", "Owen Hale", "01632 960 415", "owen.hale@fenbrook.gov.uk"],
        ["Capital Finance Manager", "Kit Moran", "01632 960 522", "kit.moran@fenbrook.gov.uk"],
    ]
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica-Bold", 9)
    page.drawString(50, A4[1] - 80, "Contact Details")
    page.setFont("Helvetica", 9)
    for index, row in enumerate(rows):
        y = A4[1] - 100 - 16 * index
        for x, text in zip([50, 230, 330, 430], row, strict=True):
            page.drawString(x, y, text)
        page.line(50, y - 4, 560, y - 4)
    page.showPage()
    page.save()
    return buffer.getvalue()


NOT_TABLES = [
    ("contacts box ruled under each row", _contacts),
    ("two-column member list under bold headings", _members),
    ("letter references block above prose", _addresses),
    ("signature block", _signatures),
    ("agenda with page numbers on the right", _agenda),
    ("minutes with initials in a margin column", _initials),
    ("contents list", _contents),
    ("two-column glossary", _glossary),
    ("bold three-part heading over prose", _heading_over_prose),
]


@pytest.mark.parametrize("draw", [draw for _, draw in NOT_TABLES], ids=[name for name, _ in NOT_TABLES])
def test_laid_out_words_are_no_table(draw, tmp_path) -> None:
    assert [table.header for table in found_tables(draw(), tmp_path)] == []
