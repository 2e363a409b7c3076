"""Round seg55 suite: agenda lists, minutes items and document facts in layouts no earlier round drew in these
combinations: a CMIS frontsheet whose 'Meeting: / Date: 04/06/2027' labels head an 'Item | Subject | Page No.' grid
with a title wrapped under its number and its range on the first line, a 'To Follow' paper and a 'PART 2 - NOT FOR
PUBLICATION' section; a ModernGov frontsheet of a working group whose ranges sit right after dot leaders; a
ModernGov frontsheet with '(Pages 13 - 28)' and '(Page 61)' run on after the title and a 'Report of the Director
of …' line and a purpose paragraph under it; a bilingual Welsh grid ('Eitem / Item', 'Tudalen / Page') whose titles
print 'Ymddiheuriadau / Apologies'; a New Zealand style 'Item | Title | Page' list whose two-line title carries its
page on the second line and 'Decision Items' headings; a City of London style list with 'Part 1 - Public Agenda' and
'Part 2 - Non-Public Agenda' and '13a' sub-items under a 'Departmental Monitoring' item; a US city's agenda lettered
'A-1'; minutes with a 'Min No.' column and 'PC/27/014' references, a parish's 'MINUTE 12/27' headings, a Welsh
community council's 'COFNOD 1536.2027' headings, ModernGov web minutes printed to PDF ('Minutes:' residue, 'pdf icon
PDF 112 KB' after the title, numbers on their own line) and an Australian council's minutes whose resolution numbers
('60/27') stand apart from the item numbers; and the document facts of covers naming 'Wednesday 4th June 2027 at
7.00pm', 'held on Monday, the 2nd day of June 2027', a 'Sub-Committee', a 'Working Group', a 'Panel', and a body
named only in the footer.

Checks: 'items' (number and folded title of each item, in order, as the gold conventions write them: titles without
page ranges, dot leaders, 'To Follow' notes or trailing dots; wrapped lines joined), 'pages' (the printed range of
each item that prints one), 'exempt' (the numbers of the items after a Part 2 heading) and the document fields
(meeting_date, body, committee, doc_type) where a paper judges them.
NOT items: 'Report of the …' lines and purpose paragraphs, section headings, 'Minutes:' residue, resolution numbers,
a 'Min No.' column's header.

Each paper is drawn with ``segment_cases.render`` and read once per module by ``document_facts`` then
``minutes_items`` or ``agenda_items`` (``segment_cases.fields_and_items``); some are also read in one plain font (a
Word export) and as OCR reads a scan.

Pass before (HEAD c859e26, the code before this round): 296 of 324. The misses: a grid title wrapped onto a line that
opens with a date ('21 April 2027   3', '12 March 2027 ........   5 - 10') was read as a rejected item 21 / 12 and
dropped with its page (the 'Item | Title | Page' list and the two-line dot leaders, plain and scanned too); 'MOTION -
That under Section 100(A) …' under 'Exclusion of the Public' joined the title; '7b' after sub-item 7a's 'Report of the
Director of …' line was lost (and its exemption); 'NONE' under 'B. UNFINISHED BUSINESS' joined the title; the
committee read as 'PART A - Open Items' (the part heading under 'AGENDA') and as 'A. Public Hearings, Reports &
Appearances' (the first item); a supplementary agenda's 'Agenda Item 7' labels over their titles gave no items (the
list did not start at 1); ModernGov web minutes' '3.1 5TH APRIL, 2027; pdf icon PDF 244 KB' sub-items were dropped
(the stop before the link's residue read as a sentence's end); '(Pages 5 - 12)' closing a purpose line or a 'Report
of the Director of Place.' line was lost; a scanned CMIS cover's committee read as 'Item' (the grid header's box under
'AGENDA'), its 'Committee:' label and value read apart; a scanned 'Min No. | Subject | Minute' grid took the minute's box
for the title (or lost the row) where OCR put it beside the number; a Welsh range '(Tudalennau / Pages 5 - 12)' left
'(tudalennau /' in the title; the committee read as 'A1 Apologies' (an item numbered without a stop under 'AGENDA').
After: 324 of 324, no strict xfails (agenda_list: a dated wrap under an item is the title's, its range the item's;
'MOTION - That …' and 'None'/'Nil' notes end a title; a suffixed sub-item after a sub-item's description; an
'Agenda Item N' label opens a list at N; a range closing a description's line is the item's; 'Tudalennau /' before
'Pages' is the range's; committees: a part
heading with its label, an item's number or a grid header under 'AGENDA' names no committee, a label alone takes
its value from the next line; minutes: a linked sub-item title loses its stop before the link's size; a number alone
in its box takes the nearest box of its row to the right as its title).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://chichester.moderngov.co.uk/ieListDocuments.aspx?CId=130&MId=1147 ('Items', 'No. Item', '248.', "Chairman's Announcements", 'Minutes:', '249.', 'Approval of Minutes pdf icon PDF 112 KB', 'The committee is requested to approve the minutes of its ordinary meeting on 28 March 2019.')
- https://hawkesbay.infocouncil.biz/Open/2022/02/RPC_16022022_AGN_AT.htm ('Item Title Page', '3. Confirmation of Minutes of the Regional Planning Committee held on' / '20 October 2021', '5. Follow-ups from Previous Regional Planning Committee Meetings 3', 'Decision Items', 'Information or Performance Monitoring')
- https://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=131&MId=1228 ('5. MINUTES', '5.1 5TH FEBRUARY, 2018; pdf icon PDF 244 KB', 'Additional documents:', 'Minutes:', 'UNANIMOUSLY RESOLVED that …')
- Welsh Parliament Petitions Committee record of proceedings 07/03/2017 ('Cynnwys / Contents', 'Cyflwyniad, Ymddiheuriadau, Dirprwyon a Datganiadau o Fuddiant' / 'Introduction, Apologies, Substitutions and Declarations of Interest', 'Deisebau Newydd' / 'New Petitions')
- https://docslib.org/doc/10971437/cyngor-cymuned-cwm-cadnant-community-council-cofnodion ('Cyngor Cymuned … Community Council', 'PRESENNOL:', 'YMDDIHEURIADAU:', 'COFNOD 1536.2017 CROESO & DATGAN DIDDORDEB.', '1536.1 Croesawyd pawb …')
- http://democracy.cityoflondon.gov.uk/ieListDocuments.aspx?CId=245&MId=19421 ('Part 1 - Public Agenda', '4. Outstanding Actions from previous meetings', 'Report of the Town Clerk.', '9. Exclusion of the Public', 'Part 2 - Non-Public Agenda', '13. Departmental Monitoring', '13a Department of Community and Children's Services')
- https://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=120&MId=7763 ('77/21 Apologies for Absence', '78/21 Minutes of Previous Meeting: 30 March 2021 pdf icon PDF 365 KB', 'Decision:', 'Minutes:')
- https://weblink.morrobayca.gov/WebLink/DocView.aspx?dbid=0&id=52655&repo=Morro-Bay ('A. PUBLIC HEARINGS, REPORTS & APPEARANCES', 'A-1 ORDINANCE NO. 269 AMENDING CERTAIN SECTIONS …', 'B. UNFINISHED BUSINESS', 'C. NEW BUSINESS', 'C-1 QUARTERLY REPORT ON WATER PROJECTS', 'F. ADJOURNMENT')
- http://begavalley.infocouncil.biz/Open/2019/05/OC_29052019_MIN_508.htm ('Ordinary Meeting Minutes', 'Held on Wednesday 29 May 2019', '1. Apologies', '2. Confirmation of Minutes', '60/19', 'RESOLVED on the motion of Crs Bain and Seckold')
- https://studylib.net/doc/9007049/minutes-of-the-meeting-of-stithians-parish-council ('MINUTES OF THE MEETING OF STITHIANS PARISH COUNCIL HELD IN THE STITHIANS CENTRE ON TUESDAY 19th JULY 2011 COMMENCING AT 7pm', '1. APOLOGIES', '2. URGENT ITEMS', '4.2 MINUTES OF THE JUNE 2011 COUNCIL MEETING')
- https://eccleshallparishcouncil.gov.uk/meetingdetails/parish-and-planning-meeting-19 ('You are summoned to attend a meeting of Eccleshall Parish Council, to be held at 7.30pm on Wednesday January 16th, 2019 …', '1. To receive apologies for absence.')
- https://moderngov.oadby-wigston.gov.uk/ieListDocuments.aspx?CId=221&MeetingId=2966 ('2. Appointment of Substitutes', '5. Action List Arising from the Previous Meeting', 'To read, confirm and note the Action List arising from the previous meeting.')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from segment_cases import (
    ANY,
    Paper,
    document_check_params,
    fields_and_items,
    folded,
    items_of,
    of_body,
    own_meeting,
    params_with_xfail,
    plain,
    read_papers_fixture,
    render,
    same_field,
)

FIELDS = ("meeting_date", "body", "committee", "doc_type")

# the x of the columns of an agenda grid
NUM, TITLE, RIGHT = 56, 100, 480


# ================================================================ frontsheets: grids, dot leaders, run-on ranges


def cmis_item_subject_grid() -> Paper:
    """A CMIS frontsheet: 'Meeting:', 'Date:' (04/06/2027), 'Time:', 'Venue:' labels, then 'Item | Subject | Page No.'
    with a title wrapped under itself, a 'To Follow' paper and a 'PART 2' section after the exclusion item."""
    return Paper(
        rows=[
            "# NORTHFOLD BOROUGH COUNCIL",
            [(56, "Meeting:", True), (150, "Licensing Sub-Committee")],
            [(56, "Date:", True), (150, "04/06/2027")],
            [(56, "Time:", True), (150, "10.00 am")],
            [(56, "Venue:", True), (150, "Committee Room 2, Civic Centre, Northfold")],
            "** AGENDA",
            [(NUM, "Item", True), (TITLE, "Subject", True), (RIGHT, "Page No.", True)],
            [(NUM, "1."), (TITLE, "Election of Chair for the Hearing")],
            [(NUM, "2."), (TITLE, "Apologies for Absence")],
            [(NUM, "3."), (TITLE, "Declarations of Interest")],
            [(NUM, "4."), (TITLE, "Procedure for the Hearing"), (RIGHT, "1 - 4")],
            [(NUM, "5."), (TITLE, "Application for a Premises Licence - The Old Forge,"), (RIGHT, "5 - 38")],
            [(TITLE, "14 Market Street, Northfold")],
            [(NUM, "6."), (TITLE, "Exclusion of the Press and Public")],
            [(TITLE, "To resolve that the press and public be excluded for the following item, as it involves")],
            [(TITLE, "the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of")],
            [(TITLE, "Schedule 12A to the Local Government Act 1972.")],
            "** PART 2 - NOT FOR PUBLICATION",
            [(NUM, "7."), (TITLE, "Legal Advice to the Sub-Committee"), (RIGHT, "To Follow")],
        ],
        items=[
            ("1", "Election of Chair for the Hearing"),
            ("2", "Apologies for Absence"),
            ("3", "Declarations of Interest"),
            ("4", "Procedure for the Hearing"),
            ("5", "Application for a Premises Licence - The Old Forge, 14 Market Street, Northfold"),
            ("6", "Exclusion of the Press and Public"),
            ("7", "Legal Advice to the Sub-Committee"),
        ],
        fields=of_body("Northfold Borough Council", "Licensing Sub-Committee", "2027-06-04", "agenda_pack"),
    )


def _dotted(number: str, title: str, pages: str = "") -> list[tuple]:
    return (
        [(NUM, number), (84, f"{title} " + "." * max(4, 70 - len(title))), (RIGHT, pages)]
        if pages
        else [
            (NUM, number),
            (84, title),
        ]
    )


def working_group_dot_leaders() -> Paper:
    """A ModernGov frontsheet of a working group, 'Wednesday 4th June 2027 at 7.00pm', the ranges right-aligned after
    dot leaders, a 'Verbal update' line under an item and a single page ('61')."""
    return Paper(
        rows=[
            "# Kingsmere District Council",
            "## Climate Emergency Working Group",
            "** Wednesday 4th June 2027 at 7.00pm",
            "Venue: The Cedar Room, Kingsmere House, Station Road",
            "Members: Councillors P Aston (Chair), L Bhatt, R Cole, J Dyer, S Ewart",
            "** AGENDA",
            _dotted("1.", "Apologies for Absence and Substitutions"),
            _dotted("2.", "Declarations of Interest"),
            _dotted("3.", "Notes of the Previous Meeting", "5 - 12"),
            _dotted("4.", "Carbon Reduction Action Plan Progress", "13 - 30"),
            _dotted("5.", "Tree Planting Programme 2027/28"),
            ">Verbal update from the Parks Manager",
            _dotted("6.", "Work Programme", "31"),
        ],
        items=[
            ("1", "Apologies for Absence and Substitutions"),
            ("2", "Declarations of Interest"),
            ("3", "Notes of the Previous Meeting"),
            ("4", "Carbon Reduction Action Plan Progress"),
            ("5", "Tree Planting Programme 2027/28"),
            ("6", "Work Programme"),
        ],
        fields=of_body("Kingsmere District Council", "Climate Emergency Working Group", "2027-06-04", "agenda_pack"),
    )


def scrutiny_panel_report_lines() -> Paper:
    """A ModernGov frontsheet: '(Pages 13 - 28)' run on after the title, a 'Report of the Director of …' line and a
    purpose paragraph under it, '(Page 61)' a single page, a verbal item."""
    return Paper(
        rows=[
            "# Ashcombe City Council",
            "## Resources Scrutiny Panel",
            "** Monday, 14th June, 2027 at 6.30 pm",
            "Committee Room 1, Guildhall, Ashcombe",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minutes (Pages 5 - 12)",
            ">To approve the minutes of the meeting held on 12 April 2027.",
            "4. Quarter 4 Performance and Risk Report (Pages 13 - 28)",
            ">Report of the Director of Finance and Resources.",
            ">To consider the council's performance and strategic risks at the end of quarter 4 and the",
            ">actions being taken where targets have not been met.",
            "5. Council Tax Support Scheme Review (Pages 29 - 60)",
            ">Report of the Director of Customer Services.",
            "6. Update from the Chair of the Audit Committee",
            ">Verbal update.",
            "7. Panel Work Programme (Page 61)",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Quarter 4 Performance and Risk Report"),
            ("5", "Council Tax Support Scheme Review"),
            ("6", "Update from the Chair of the Audit Committee"),
            ("7", "Panel Work Programme"),
        ],
        fields=of_body("Ashcombe City Council", "Resources Scrutiny Panel", "2027-06-14", "agenda_pack"),
    )


def welsh_bilingual_grid() -> Paper:
    """A Welsh county council's bilingual agenda: 'AGENDA / AGENDA', an 'Eitem / Item | Teitl / Title | Tudalen /
    Page' grid, each title printed 'Welsh / English' on one line."""
    return Paper(
        rows=[
            "# Cyngor Sir Penfro Uchaf / Upper Penfro County Council",
            "## Pwyllgor Archwilio / Audit Committee",
            "** Dydd Mawrth, 8 Mehefin 2027 / Tuesday, 8 June 2027, 10.00 am",
            "** AGENDA",
            [(NUM, "Eitem / Item", True), (130, "Teitl / Title", True), (RIGHT, "Tudalen / Page", True)],
            [(NUM, "1."), (130, "Ymddiheuriadau / Apologies")],
            [(NUM, "2."), (130, "Datgan Buddiant / Declarations of Interest")],
            [(NUM, "3."), (130, "Cofnodion / Minutes"), (RIGHT, "3 - 10")],
            [(NUM, "4."), (130, "Cynllun Archwilio Mewnol / Internal Audit Plan"), (RIGHT, "11 - 24")],
            [(NUM, "5."), (130, "Blaenraglen Waith / Forward Work Programme"), (RIGHT, "25 - 28")],
        ],
        items=[
            ("1", "Ymddiheuriadau / Apologies"),
            ("2", "Datgan Buddiant / Declarations of Interest"),
            ("3", "Cofnodion / Minutes"),
            ("4", "Cynllun Archwilio Mewnol / Internal Audit Plan"),
            ("5", "Blaenraglen Waith / Forward Work Programme"),
        ],
        fields={"meeting_date": "2027-06-08", "body": ANY, "committee": ANY, "doc_type": "agenda_pack"},
    )


def item_title_page_two_line() -> Paper:
    """'Item | Title | Page': a two-line title whose page stands on its second line, 'Decision Items' and
    'Information or Performance Monitoring' headings between the items."""
    return Paper(
        rows=[
            "# Meeting of the Regional Transport Committee",
            [(56, "Date:"), (150, "Wednesday 16 June 2027")],
            [(56, "Time:"), (150, "10.00am")],
            [(56, "Venue:"), (150, "Council Chamber, Eastbay Regional Council, 159 Dalton Street, Napier")],
            "** Agenda",
            [(NUM, "Item", True), (TITLE, "Title", True), (RIGHT, "Page", True)],
            [(NUM, "1."), (TITLE, "Welcome/Notices/Apologies")],
            [(NUM, "2."), (TITLE, "Conflict of Interest Declarations")],
            [(NUM, "3."), (TITLE, "Confirmation of Minutes of the Regional Transport Committee held on")],
            [(TITLE, "21 April 2027"), (RIGHT, "3")],
            [(NUM, "4."), (TITLE, "Follow-ups from Previous Regional Transport Committee Meetings"), (RIGHT, "11")],
            "** Decision Items",
            [(NUM, "5."), (TITLE, "Regional Land Transport Plan Variation"), (RIGHT, "15")],
            "** Information or Performance Monitoring",
            [(NUM, "6."), (TITLE, "Public Transport Patronage Update"), (RIGHT, "31")],
            [(NUM, "7."), (TITLE, "Road Safety Update"), (RIGHT, "39")],
        ],
        items=[
            ("1", "Welcome/Notices/Apologies"),
            ("2", "Conflict of Interest Declarations"),
            ("3", "Confirmation of Minutes of the Regional Transport Committee held on 21 April 2027"),
            ("4", "Follow-ups from Previous Regional Transport Committee Meetings"),
            ("5", "Regional Land Transport Plan Variation"),
            ("6", "Public Transport Patronage Update"),
            ("7", "Road Safety Update"),
        ],
        fields={"meeting_date": "2027-06-16", "body": ANY, "committee": ANY, "doc_type": "agenda_pack"},
    )


def public_non_public_parts() -> Paper:
    """'Part 1 - Public Agenda' and 'Part 2 - Non-Public Agenda', 'Report of the Town Clerk.' under titles, '13a'
    sub-items under 'Departmental Monitoring', the Sub-Committee on the cover."""
    return Paper(
        rows=[
            "# CITY OF WESTBURGH CORPORATION",
            "## Efficiency and Performance Sub-Committee",
            "** Date: THURSDAY, 10 JUNE 2027",
            "** Time: 1.45 pm",
            "Venue: COMMITTEE ROOMS, WEST WING, GUILDHALL",
            "** AGENDA",
            "** Part 1 - Public Agenda",
            "1. Apologies",
            "2. Members' Declarations under the Code of Conduct in respect of items on the agenda",
            "3. Minutes of the previous meeting",
            ">To agree the public minutes of the meeting held on 21 April 2027.",
            "4. Outstanding Actions from previous meetings",
            ">Report of the Town Clerk.",
            "5. Exclusion of the Public",
            ">MOTION - That under Section 100(A) of the Local Government Act 1972, the public be excluded from",
            ">the meeting for the following items on the grounds that they involve the likely disclosure of",
            ">exempt information as defined in Part I of Schedule 12A of the Local Government Act.",
            "** Part 2 - Non-Public Agenda",
            "6. Non-public minutes of the previous meeting",
            "7. Departmental Monitoring",
            ">7a Department of Community and Children's Services",
            ">Report of the Director of Community and Children's Services.",
            ">7b Department of the Built Environment",
            ">Report of the Director of the Built Environment.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Members' Declarations under the Code of Conduct in respect of items on the agenda"),
            ("3", "Minutes of the previous meeting"),
            ("4", "Outstanding Actions from previous meetings"),
            ("5", "Exclusion of the Public"),
            ("6", "Non-public minutes of the previous meeting"),
            ("7", "Departmental Monitoring"),
            ("7a", "Department of Community and Children's Services"),
            ("7b", "Department of the Built Environment"),
        ],
        fields={
            "meeting_date": "2027-06-10",
            "body": ANY,
            "committee": "Efficiency and Performance Sub-Committee",
            "doc_type": "agenda_pack",
        },
    )


def us_city_hyphen_lettered() -> Paper:
    """A US city council's agenda: lettered sections 'A.' with items 'A-1', 'C-1', a 'NONE' section."""
    return Paper(
        rows=[
            "# BAYPORT CITY COUNCIL",
            "## REGULAR MEETING - JUNE 28, 2027",
            "VETERANS HALL - 6:00 P.M.",
            "** AGENDA",
            "A. PUBLIC HEARINGS, REPORTS & APPEARANCES",
            ">A-1 ORDINANCE NO. 612 AMENDING CHAPTER 2.04 OF THE MUNICIPAL CODE - FIRST READING",
            ">A-2 STUDY SESSION ON UNALLOCATED RESERVE FUNDS; MID-YEAR BUDGET REVIEW",
            "B. UNFINISHED BUSINESS",
            ">NONE",
            "C. NEW BUSINESS",
            ">C-1 QUARTERLY REPORT ON WATER PROJECTS",
            ">C-2 REPORT ON WELL RELOCATION STUDY",
            ">C-3 HARBOR DREDGING APPROPRIATION",
            "D. ADJOURNMENT",
        ],
        items=[
            ("A", "PUBLIC HEARINGS, REPORTS & APPEARANCES"),
            ("A-1", "ORDINANCE NO. 612 AMENDING CHAPTER 2.04 OF THE MUNICIPAL CODE - FIRST READING"),
            ("A-2", "STUDY SESSION ON UNALLOCATED RESERVE FUNDS; MID-YEAR BUDGET REVIEW"),
            ("B", "UNFINISHED BUSINESS"),
            ("C", "NEW BUSINESS"),
            ("C-1", "QUARTERLY REPORT ON WATER PROJECTS"),
            ("C-2", "REPORT ON WELL RELOCATION STUDY"),
            ("C-3", "HARBOR DREDGING APPROPRIATION"),
            ("D", "ADJOURNMENT"),
        ],
        fields=of_body("Bayport City Council", "City Council", "2027-06-28", "agenda_pack"),
    )


def parish_summons_footer_body() -> Paper:
    """A parish summons whose council is named only in the footer of the page; 'held on Monday, the 2nd day of June
    2027'."""
    return Paper(
        rows=[
            "** SUMMONS TO ATTEND A MEETING",
            "You are hereby summoned to attend the Meeting of the Council to be held on Monday, the 2nd day of June",
            "2027 in the Village Hall, Church Lane, commencing at 7.30pm.",
            "Clerk to the Council",
            "** AGENDA",
            "1. To receive apologies for absence.",
            "2. To receive declarations of interest.",
            "3. To approve the minutes of the meeting held on 12th May 2027.",
            "4. To receive the Clerk's report.",
            "5. Planning applications.",
            "6. Accounts for payment.",
        ],
        items=[
            ("1", "To receive apologies for absence"),
            ("2", "To receive declarations of interest"),
            ("3", "To approve the minutes of the meeting held on 12th May 2027"),
            ("4", "To receive the Clerk's report"),
            ("5", "Planning applications"),
            ("6", "Accounts for payment"),
        ],
        fields=of_body("Lower Whitcombe Parish Council", "Lower Whitcombe Parish Council", "2027-06-02", "agenda_pack"),
        foot="Lower Whitcombe Parish Council - Clerk: Mrs A Fenwick, 3 Mill Row, Lower Whitcombe",
    )


# ================================================================ minutes: numbering shapes


def min_no_column_minutes() -> Paper:
    """Minutes in a 'Min No. | Item' grid, numbers 'PC/27/014', the meeting 'Date: 04/06/2027'."""
    return Paper(
        rows=[
            "# HALSTEAD MAGNA PARISH COUNCIL",
            "** Minutes of the Meeting of the Parish Council",
            [(56, "Date:", True), (150, "04/06/2027")],
            [(56, "Venue:", True), (150, "Memorial Hall, Halstead Magna")],
            "Present: Cllrs J Ware (Chair), T Moss, R Lane, K Pike; Mrs D Hart (Clerk).",
            [(56, "Min No.", True), (150, "Item", True)],
            [(56, "PC/27/014", True), (150, "Apologies for absence", True)],
            [(150, "Apologies were received and accepted from Cllr S Tate.")],
            [(56, "PC/27/015", True), (150, "Declarations of interest", True)],
            [(150, "None.")],
            [(56, "PC/27/016", True), (150, "Minutes of the meeting held on 7th May 2027", True)],
            [(150, "RESOLVED that the minutes be signed as a correct record.")],
            [(56, "PC/27/017", True), (150, "Highways and footpaths", True)],
            [(150, "The Clerk reported the pothole on Mill Lane to the County Council.")],
            [(56, "PC/27/018", True), (150, "Finance", True)],
            [(150, "RESOLVED to approve payments totalling 1,254.30.")],
        ],
        items=[
            ("PC/27/014", "Apologies for absence"),
            ("PC/27/015", "Declarations of interest"),
            ("PC/27/016", "Minutes of the meeting held on 7th May 2027"),
            ("PC/27/017", "Highways and footpaths"),
            ("PC/27/018", "Finance"),
        ],
        fields=of_body("Halstead Magna Parish Council", "Halstead Magna Parish Council", "2027-06-04", "minutes"),
    )


def minute_word_headings() -> Paper:
    """A town council committee's minutes headed 'MINUTE 12/27 TITLE', 'held on Monday, the 2nd day of June 2027'."""
    return Paper(
        rows=[
            "# BRIDGWELL TOWN COUNCIL",
            "## Planning and Environment Committee",
            "Minutes of the meeting of the Planning and Environment Committee held on Monday, the 2nd day of June",
            "2027 at the Town Hall, commencing at 7.00pm.",
            "Present: Councillors M Abbott (Chair), F Greene, H Lowe, P Singh.",
            "** MINUTE 12/27 APOLOGIES FOR ABSENCE",
            "Apologies were received from Councillor T Vance.",
            "** MINUTE 13/27 DECLARATIONS OF INTEREST",
            "There were none.",
            "** MINUTE 14/27 PLANNING APPLICATIONS",
            "The Committee considered the applications listed in the schedule.",
            "** MINUTE 15/27 STREET NAMING - LAND OFF QUARRY ROAD",
            "RESOLVED to propose the name Quarrymans Way.",
        ],
        items=[
            ("12/27", "APOLOGIES FOR ABSENCE"),
            ("13/27", "DECLARATIONS OF INTEREST"),
            ("14/27", "PLANNING APPLICATIONS"),
            ("15/27", "STREET NAMING - LAND OFF QUARRY ROAD"),
        ],
        fields=of_body("Bridgwell Town Council", "Planning and Environment Committee", "2027-06-02", "minutes"),
    )


def welsh_cofnod_minutes() -> Paper:
    """A Welsh community council's bilingual minutes headed 'COFNOD 1536.2027 TITLE.' with '1536.1' paragraphs."""
    return Paper(
        rows=[
            "# Cyngor Cymuned Cwm Eithin Community Council",
            "Cofnodion cyfarfod Misol o'r Cyngor a gynhaliwyd yn Neuadd y Plwyf, Nos Fercher, 9fed MEHEFIN 2027.",
            "Minutes of the monthly meeting of the Council held in the Parish Hall on Wednesday 9th June 2027.",
            "PRESENNOL / PRESENT: Cyng Idris Jones (Cadeirydd), Cyng Nia Foulkes, Cyng Tom Cooke.",
            "** COFNOD 1536.2027 CROESO & DATGAN DIDDORDEB / WELCOME & DECLARATIONS OF INTEREST.",
            "1536.1 Croesawyd pawb i'r cyfarfod gan y Cadeirydd.",
            "1536.2 Ni chafwyd datganiad o ddiddordeb.",
            "** COFNOD 1537.2027 COFNODION / MINUTES.",
            "1537.1 Cadarnhawyd cofnodion cyfarfod 12fed Mai 2027.",
            "** COFNOD 1538.2027 CYLLID / FINANCE.",
            "1538.1 Penderfynwyd talu'r anfonebau.",
        ],
        items=[
            ("1536.2027", "CROESO & DATGAN DIDDORDEB / WELCOME & DECLARATIONS OF INTEREST"),
            ("1537.2027", "COFNODION / MINUTES"),
            ("1538.2027", "CYLLID / FINANCE"),
        ],
        fields={"meeting_date": "2027-06-09", "body": ANY, "committee": ANY, "doc_type": "minutes"},
    )


def moderngov_web_minutes() -> Paper:
    """ModernGov's 'Agenda and minutes' page printed to PDF: '248.' on its own line, the title with 'pdf icon PDF 112
    KB', the agenda's description, 'Minutes:' and the minute under it."""
    return Paper(
        rows=[
            "# Corporate Governance and Audit Committee - Thursday, 12th June, 2027 9.30 am",
            "Venue: Committee Room 2, East Pallant House.",
            "Contact: Katherine Dale on 01243 534674",
            "** Items",
            [(56, "No.", True), (110, "Item", True)],
            "** 248.",
            "** Chairman's Announcements",
            "Any apologies for absence that have been received will be noted at this point.",
            "Minutes:",
            "The Chair welcomed members and officers to the meeting.",
            "** 249.",
            "** Approval of Minutes pdf icon PDF 112 KB",
            "The committee is requested to approve the minutes of its ordinary meeting on 27 March 2027.",
            "Minutes:",
            "RESOLVED that the minutes of the meeting held on 27 March 2027 be approved as a correct record.",
            "** 250.",
            "** Urgent items",
            "Minutes:",
            "There were no urgent items.",
            "** 251.",
            "** Treasury Management Outturn 2026-27 pdf icon PDF 240 KB",
            "Additional documents:",
            "Minutes:",
            "The committee noted the report.",
        ],
        items=[
            ("248", "Chairman's Announcements"),
            ("249", "Approval of Minutes"),
            ("250", "Urgent items"),
            ("251", "Treasury Management Outturn 2026-27"),
        ],
        fields={"meeting_date": "2027-06-12", "body": ANY, "committee": ANY, "doc_type": "minutes"},
    )


def resolution_numbers_apart() -> Paper:
    """An Australian council's minutes: '1.' over 'Apologies' (number on its own line), resolution numbers '60/27'
    alone on a line before 'RESOLVED on the motion of …' (not items)."""
    return Paper(
        rows=[
            "# Ordinary Meeting Minutes",
            "** Held on Wednesday 26 May 2027",
            "At Council Chambers, Biamanga Room, Civic Centre, Tathra Commencing at 2.00 pm",
            "Present: Cr Kristy Bain, Mayor; Cr Tony Allen; Cr Jo Dodds; Cr Cathy Griff",
            "** 1.",
            "** Apologies",
            "There were no apologies.",
            "** 2.",
            "** Confirmation of Minutes",
            "60/27",
            "RESOLVED on the motion of Crs Allen and Dodds",
            "That the Minutes of the Ordinary Meeting held on 5 May 2027 as circulated be confirmed.",
            "** 3.",
            "** Declarations of Interest",
            "Nil.",
            "** 4.",
            "** Mayoral Minute - Drought Assistance",
            "61/27",
            "RESOLVED on the motion of Crs Bain and Griff",
            "That Council write to the Minister seeking drought assistance for farmers.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Confirmation of Minutes"),
            ("3", "Declarations of Interest"),
            ("4", "Mayoral Minute - Drought Assistance"),
        ],
        fields={"meeting_date": "2027-05-26", "body": ANY, "committee": ANY, "doc_type": "minutes"},
    )


def parish_decimal_sub_minutes() -> Paper:
    """A parish's minutes: '2.' with its '2.1' paragraph numbers on lines of their own, capitals titles."""
    return Paper(
        rows=[
            "# MINUTES OF THE MEETING OF TREVANNA PARISH COUNCIL",
            "** HELD IN THE TREVANNA CENTRE ON TUESDAY 15th JUNE 2027 COMMENCING AT 7pm",
            "Present were: Cllr P Tisdall (Chair), Cllr G Symons, Cllr Mrs A Kippen and the Clerk.",
            "** 1. APOLOGIES",
            "Apologies were received and accepted from Cllr R Nichols.",
            "** 2. URGENT ITEMS",
            "2.1 The Clerk informed the meeting that one item could be considered as urgent.",
            "** 3. DECLARATIONS OF INTEREST ETC.",
            "3.1 Cllr Symons declared a personal interest in item 6.",
            "** 4. MINUTES OF THE MAY 2027 COUNCIL MEETING",
            "4.1 RESOLVED to accept the minutes of the meeting held on 18th May 2027 as a true record.",
            "** 5. FINANCE",
            "5.1 The payments listed were approved.",
        ],
        items=[
            ("1", "APOLOGIES"),
            ("2", "URGENT ITEMS"),
            ("3", "DECLARATIONS OF INTEREST ETC"),
            ("4", "MINUTES OF THE MAY 2027 COUNCIL MEETING"),
            ("5", "FINANCE"),
        ],
        fields=of_body("Trevanna Parish Council", "Trevanna Parish Council", "2027-06-15", "minutes"),
    )


# ================================================================ more shapes: supplements, labels, footers


def supplementary_agenda() -> Paper:
    """A ModernGov supplementary agenda: 'SUPPLEMENTARY AGENDA', the note that the papers marked 'to follow' are now
    attached, two items with '(Pages 1 - 14)' on a line of their own under the title."""
    return Paper(
        rows=[
            "# Eastwick Borough Council",
            "## Cabinet",
            "** Tuesday, 15th June, 2027 at 7.00 pm",
            "** SUPPLEMENTARY AGENDA",
            "The following papers, which were marked 'to follow' on the agenda for the above meeting, are now",
            "attached:",
            "7. Revenue Budget Monitoring 2027/28 - Period 2",
            ">(Pages 1 - 14)",
            "9. Leisure Centre Procurement - Award of Contract",
            ">(Pages 15 - 22)",
        ],
        items=[
            ("7", "Revenue Budget Monitoring 2027/28 - Period 2"),
            ("9", "Leisure Centre Procurement - Award of Contract"),
        ],
        fields=of_body("Eastwick Borough Council", "Cabinet", "2027-06-15", "agenda_pack"),
    )


def a_numbered_items() -> Paper:
    """A fire authority's agenda numbered 'A1', 'A2' (Part A, open) and 'B1' (Part B, exempt), the page ranges in a
    right-hand column, a two-line title whose range is on its second line."""
    return Paper(
        rows=[
            "# Westmoor Fire and Rescue Authority",
            "## Audit and Scrutiny Panel",
            "** Thursday 17 June 2027 at 10.30 am, Service Headquarters, Pynes Hill",
            "** AGENDA",
            "** PART A - OPEN ITEMS",
            [(NUM, "A1"), (90, "Apologies")],
            [(NUM, "A2"), (90, "Minutes of the meeting held on 18 March 2027"), (RIGHT, "3 - 8")],
            [(NUM, "A3"), (90, "Internal Audit Progress Report and Annual Opinion of the Head of")],
            [(90, "Internal Audit 2026-27"), (RIGHT, "9 - 26")],
            [(NUM, "A4"), (90, "Exclusion of the Press and Public")],
            "** PART B - EXEMPT ITEMS (Schedule 12A paragraph 3)",
            [(NUM, "B1"), (90, "Fleet Replacement Contract"), (RIGHT, "27 - 34")],
        ],
        items=[
            ("A1", "Apologies"),
            ("A2", "Minutes of the meeting held on 18 March 2027"),
            ("A3", "Internal Audit Progress Report and Annual Opinion of the Head of Internal Audit 2026-27"),
            ("A4", "Exclusion of the Press and Public"),
            ("B1", "Fleet Replacement Contract"),
        ],
        fields=of_body("Westmoor Fire and Rescue Authority", "Audit and Scrutiny Panel", "2027-06-17", "agenda_pack"),
    )


def item_labels_right_pages() -> Paper:
    """'Item 1', 'Item 2' labels before titles, 'Pages 5 - 12' at the right, 'Verbal' in the page column."""
    return Paper(
        rows=[
            "# Marlow Vale Health and Wellbeing Board",
            "** Date: Wednesday 23 June 2027",
            "** Time: 2.00pm",
            "** AGENDA",
            [(NUM, "Item 1"), (110, "Welcome and Introductions"), (RIGHT, "Verbal")],
            [(NUM, "Item 2"), (110, "Minutes of the Previous Meeting"), (RIGHT, "Pages 5 - 12")],
            [(NUM, "Item 3"), (110, "Better Care Fund Plan 2027-29"), (RIGHT, "Pages 13 - 40")],
            [(NUM, "Item 4"), (110, "Joint Strategic Needs Assessment"), (RIGHT, "Pages 41 - 58")],
            [(NUM, "Item 5"), (110, "Any Other Business"), (RIGHT, "Verbal")],
        ],
        items=[
            ("1", "Welcome and Introductions"),
            ("2", "Minutes of the Previous Meeting"),
            ("3", "Better Care Fund Plan 2027-29"),
            ("4", "Joint Strategic Needs Assessment"),
            ("5", "Any Other Business"),
        ],
        fields={"meeting_date": "2027-06-23", "body": ANY, "committee": ANY, "doc_type": "agenda_pack"},
    )


def web_minutes_decision_residue() -> Paper:
    """ModernGov web minutes: '77/27 Apologies for Absence' on one line, 'Share this item', 'Additional documents:',
    'Decision:' and 'Minutes:' residue under it."""
    return Paper(
        rows=[
            "# Cabinet - Tuesday, 27th April, 2027 2.00 pm",
            "Venue: Council Chamber, Woodhatch Place",
            "** Items",
            [(56, "No.", True), (110, "Item", True)],
            [(56, "77/27", True), (110, "Apologies for Absence", True)],
            "Share this item",
            "Decision:",
            "There were none.",
            "Minutes:",
            "There were none.",
            [(56, "78/27", True), (110, "Minutes of Previous Meeting: 30 March 2027 pdf icon PDF 365 KB", True)],
            "Share this item",
            "Additional documents:",
            "Decision:",
            "The Minutes of the Cabinet meeting held on 30 March 2027 were approved as a correct record.",
            "Minutes:",
            "The Minutes of the Cabinet meeting held on 30 March 2027 were approved as a correct record.",
            [(56, "79/27", True), (110, "Declarations of Interest", True)],
            [(56, "80/27", True), (110, "Procedural Matters", True)],
            "Minutes:",
            "The Leader made a short announcement before the start of the formal meeting agenda.",
        ],
        items=[
            ("77/27", "Apologies for Absence"),
            ("78/27", "Minutes of Previous Meeting: 30 March 2027"),
            ("79/27", "Declarations of Interest"),
            ("80/27", "Procedural Matters"),
        ],
        fields={"meeting_date": "2027-04-27", "body": ANY, "committee": "Cabinet", "doc_type": "minutes"},
    )


def panel_minutes_footer_body() -> Paper:
    """A town council panel's minutes whose council is named only in the running footer ('Eastwick Town Council |
    Finance Panel | Page 1')."""
    return Paper(
        rows=[
            "# FINANCE PANEL",
            "Minutes of the meeting of the Finance Panel held on Wednesday 4th June 2027 at 7.00pm in the Council",
            "Chamber.",
            "Present: Cllr R Doyle (Chair), Cllr A Penn, Cllr K Rowe",
            "** 1. Apologies",
            "None.",
            "** 2. Budget Monitoring to 31 May 2027",
            "The Panel noted the report.",
            "** 3. Grants to Local Organisations",
            "RESOLVED that the grants listed be recommended to Council.",
        ],
        items=[("1", "Apologies"), ("2", "Budget Monitoring to 31 May 2027"), ("3", "Grants to Local Organisations")],
        fields=of_body("Saltmarsh Town Council", "Finance Panel", "2027-06-04", "minutes"),
        foot="Saltmarsh Town Council | Finance Panel Minutes 04.06.2027",
    )


def dot_leaders_two_line_titles() -> Paper:
    """A ModernGov frontsheet whose long titles wrap and print their dot leaders and range on the second line,
    '5.1' / '5.2' sub-items with their own ranges under an item printing none."""
    return Paper(
        rows=[
            "# Harlow Cross Borough Council",
            "## Joint Staffing Sub-Committee",
            "** Date: 04/06/27",
            "** Time: 10.00 am",
            "** AGENDA",
            _dotted("1.", "Apologies for Absence"),
            _dotted("2.", "Declarations of Interest"),
            [(NUM, "3."), (84, "Minutes of the meeting of the Joint Staffing Sub-Committee held on")],
            [(84, "12 March 2027 " + "." * 50), (RIGHT, "5 - 10")],
            [(NUM, "4."), (84, "Pay Policy Statement 2027/28 and Gender Pay Gap Report for the Year")],
            [(84, "ending 31 March 2027 " + "." * 44), (RIGHT, "11 - 30")],
            _dotted("5.", "Organisational Change"),
            [(84, "5.1   Restructure of the Revenues and Benefits Service " + "." * 12), (RIGHT, "31 - 40")],
            [(84, "5.2   Apprenticeship Strategy " + "." * 34), (RIGHT, "41 - 46")],
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the meeting of the Joint Staffing Sub-Committee held on 12 March 2027"),
            ("4", "Pay Policy Statement 2027/28 and Gender Pay Gap Report for the Year ending 31 March 2027"),
            ("5", "Organisational Change"),
            ("5.1", "Restructure of the Revenues and Benefits Service"),
            ("5.2", "Apprenticeship Strategy"),
        ],
        fields=of_body("Harlow Cross Borough Council", "Joint Staffing Sub-Committee", "2027-06-04", "agenda_pack"),
    )


def minute_action_grid() -> Paper:
    """Minutes as a 'Minute | Item | Action' grid: the number in the left column, the title in bold over the
    minute's text in the middle one, initials in the action column at the right."""
    return Paper(
        rows=[
            "# Fenwick Valley Community Safety Partnership",
            "** Minutes of the Partnership Board held on Tuesday 22 June 2027 at 2pm, Fenwick House",
            "Present: Anne Rowe (Chair), Clive Dunn, Priya Shah, Tom Walsh",
            [(56, "Minute", True), (110, "Item", True), (470, "Action", True)],
            [(56, "1.", True), (110, "Welcome and apologies", True)],
            [(110, "Apologies were received from Jo Hart.")],
            [(56, "2.", True), (110, "Notes of the last meeting and action log", True)],
            [(110, "The notes were agreed. Action 4 remains open."), (470, "CD")],
            [(56, "3.", True), (110, "Serious Violence Duty - strategic needs assessment", True)],
            [(110, "Priya Shah presented the draft assessment."), (470, "PS")],
            [(56, "4.", True), (110, "Any other business", True)],
            [(110, "None.")],
        ],
        items=[
            ("1", "Welcome and apologies"),
            ("2", "Notes of the last meeting and action log"),
            ("3", "Serious Violence Duty - strategic needs assessment"),
            ("4", "Any other business"),
        ],
        fields={"meeting_date": "2027-06-22", "body": ANY, "committee": ANY, "doc_type": "minutes"},
    )


def roman_minutes() -> Paper:
    """A US board's minutes numbered with capital Roman numerals, 'A.' sub-items under 'V. NEW BUSINESS'."""
    return Paper(
        rows=[
            "# CEDAR HOLLOW LIBRARY DISTRICT",
            "## BOARD OF TRUSTEES - REGULAR MEETING MINUTES",
            "** June 9, 2027",
            "I. CALL TO ORDER",
            "President Alvarez called the meeting to order at 6:02 p.m.",
            "II. ROLL CALL",
            "Present: Trustees Alvarez, Berg, Chen, Dolan. Absent: Trustee Ezra.",
            "III. APPROVAL OF MINUTES",
            "Trustee Berg moved to approve the minutes of May 12, 2027. Motion carried 4-0.",
            "IV. DIRECTOR'S REPORT",
            "The Director reported on summer reading registrations.",
            "V. NEW BUSINESS",
            ">A. FY 2028 Budget Hearing",
            ">The Board held the public hearing on the proposed budget.",
            ">B. Resolution 2027-04 Adopting the FY 2028 Budget",
            ">Trustee Chen moved to adopt Resolution 2027-04. Motion carried 4-0.",
            "VI. ADJOURNMENT",
            "The meeting adjourned at 7:15 p.m.",
        ],
        items=[
            ("I", "CALL TO ORDER"),
            ("II", "ROLL CALL"),
            ("III", "APPROVAL OF MINUTES"),
            ("IV", "DIRECTOR'S REPORT"),
            ("V", "NEW BUSINESS"),
            ("V(A)", "FY 2028 Budget Hearing"),
            ("V(B)", "Resolution 2027-04 Adopting the FY 2028 Budget"),
            ("VI", "ADJOURNMENT"),
        ],
        fields={"meeting_date": "2027-06-09", "body": ANY, "committee": ANY, "doc_type": "minutes"},
    )


def exempt_paragraph_per_item() -> Paper:
    """A cabinet frontsheet whose exempt items each print '(Exempt - Schedule 12A paragraph 3)' after the title
    and whose open items print none; no Part 2 heading."""
    return Paper(
        rows=[
            "# Rydal Vale District Council",
            "## Cabinet",
            "** Thursday 24 June 2027 at 6.00pm",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Minutes of the Previous Meeting (Pages 3 - 8)",
            "3. Medium Term Financial Strategy Refresh (Pages 9 - 30)",
            "4. Exclusion of the Press and Public",
            "5. Disposal of Land at Mill Lane, Rydal (Pages 31 - 40) (Exempt - Schedule 12A paragraph 3)",
            "6. Depot Relocation - Contract Award (Pages 41 - 48) (Exempt - Schedule 12A paragraph 3)",
        ],
        items=None,
        fields=of_body("Rydal Vale District Council", "Cabinet", "2027-06-24", "agenda_pack"),
    )


def web_printed_agenda_and_minutes() -> Paper:
    """ModernGov's 'Agenda and minutes' page printed from a browser: '249. Approval of Minutes pdf icon PDF 112 KB'
    on one line, the agenda's purpose line, 'Additional documents:', 'Minutes:' and the minute, a '5.1' sub-item
    dated '5TH FEBRUARY, 2027;'."""
    return Paper(
        rows=[
            "# Agenda and minutes",
            "## Executive Board - Monday, 7th June, 2027 10.00 am",
            "Venue: Chamber - County Hall, Caerwen. SA31 1JP.",
            "Contact: Kevin Thomas 01267 224027",
            "** Items",
            [(56, "No.", True), (110, "Item", True)],
            "** 1. APOLOGIES FOR ABSENCE.",
            "Additional documents:",
            "Minutes:",
            "There were no apologies for absence.",
            "** 2. DECLARATIONS OF PERSONAL INTEREST.",
            "Minutes:",
            "There were no declarations of personal interest.",
            "** 3. MINUTES",
            ">** 3.1 5TH APRIL, 2027; pdf icon PDF 244 KB",
            ">Minutes:",
            ">UNANIMOUSLY RESOLVED that the minutes of the meeting held on the 5th April, 2027 be signed.",
            ">** 3.2 10TH MAY, 2027. pdf icon PDF 169 KB",
            ">Minutes:",
            ">UNANIMOUSLY RESOLVED that the minutes of the meeting held on the 10th May, 2027 be signed.",
            "** 4. REGIONAL CITY DEAL pdf icon PDF 263 KB",
            "Additional documents:",
            "Minutes:",
            "The Executive Board considered a report on the formal establishment of the City Deal Joint Committee.",
        ],
        items=[
            ("1", "APOLOGIES FOR ABSENCE"),
            ("2", "DECLARATIONS OF PERSONAL INTEREST"),
            ("3", "MINUTES"),
            ("3.1", "5TH APRIL, 2027"),
            ("3.2", "10TH MAY, 2027"),
            ("4", "REGIONAL CITY DEAL"),
        ],
        fields={"meeting_date": "2027-06-07", "body": ANY, "committee": "Executive Board", "doc_type": "minutes"},
        web=(
            "Agenda for Executive Board on Monday, 7th June, 2027, 10.00 am - Caerwen County Council",
            "https://democracy.caerwen.gov.wales/ieListDocuments.aspx?CId=131&MId=1228",
        ),
    )


def at_a_meeting_day_of() -> Paper:
    """'AT A MEETING of the Licensing Sub-Committee held in … on Monday, the 2nd day of June 2027': the committee and
    date in one sentence, the council over it; minutes numbered '1.' in bold."""
    return Paper(
        rows=[
            "# STONEHAVEN DISTRICT COUNCIL",
            "AT A MEETING of the Licensing Sub-Committee of Stonehaven District Council held in the Council",
            "Chamber, Market Place, Stonehaven on Monday, the 2nd day of June 2027 at 10.00am.",
            "PRESENT: Councillors R Dean (Chair), M Ellis and J Fox.",
            "** 1. Appointment of Chair",
            "RESOLVED that Councillor Dean be appointed Chair for the hearing.",
            "** 2. Declarations of Interest",
            "There were none.",
            "** 3. Application for a Premises Licence - The Crown, 4 Bridge Street",
            "The Sub-Committee heard from the applicant and the responsible authorities.",
        ],
        items=[
            ("1", "Appointment of Chair"),
            ("2", "Declarations of Interest"),
            ("3", "Application for a Premises Licence - The Crown, 4 Bridge Street"),
        ],
        fields=of_body("Stonehaven District Council", "Licensing Sub-Committee", "2027-06-02", "minutes"),
    )


def supplementary_agenda_item_labels() -> Paper:
    """A supplementary pack's frontsheet listing its papers under 'Agenda Item 7' labels, the title on the next
    line and '(Pages 1 - 14)' under it."""
    return Paper(
        rows=[
            "# Westridge Borough Council",
            "## Overview and Scrutiny Panel",
            "** Tuesday 29 June 2027 at 7.30 pm",
            "** Supplementary Agenda",
            "The following reports are attached for consideration and are submitted with the agreement of the",
            "Chairman as urgent matters.",
            "** Agenda Item 7",
            "Leisure Services Contract - Call-in",
            "(Pages 1 - 14)",
            "** Agenda Item 9",
            "Housing Revenue Account Business Plan",
            "(Pages 15 - 40)",
        ],
        items=[("7", "Leisure Services Contract - Call-in"), ("9", "Housing Revenue Account Business Plan")],
        fields=of_body("Westridge Borough Council", "Overview and Scrutiny Panel", "2027-06-29", "agenda_pack"),
    )


def cmis_grid_verbal_and_page() -> Paper:
    """A CMIS 'Item | Report | Pages' grid: 'Page 5' for a single page, 'Verbal' and 'To Follow' in the pages
    column, item titles in capitals."""
    return Paper(
        rows=[
            "# EASTLEIGH VALE COUNCIL",
            [(56, "Committee:", True), (150, "Children and Young People Scrutiny Sub-Committee")],
            [(56, "Date:", True), (150, "Thursday 1 July 2027")],
            [(56, "Time:", True), (150, "5.30 pm")],
            "** AGENDA",
            [(NUM, "Item", True), (TITLE, "Report", True), (RIGHT, "Pages", True)],
            [(NUM, "1"), (TITLE, "APOLOGIES")],
            [(NUM, "2"), (TITLE, "DECLARATIONS OF INTEREST")],
            [(NUM, "3"), (TITLE, "MINUTES OF THE LAST MEETING"), (RIGHT, "Page 5")],
            [(NUM, "4"), (TITLE, "ELECTIVE HOME EDUCATION"), (RIGHT, "Pages 6 - 20")],
            [(NUM, "5"), (TITLE, "CHILDREN'S SERVICES OFSTED UPDATE"), (RIGHT, "Verbal")],
            [(NUM, "6"), (TITLE, "SCHOOL PLACES PLANNING"), (RIGHT, "To Follow")],
            [(NUM, "7"), (TITLE, "WORK PROGRAMME"), (RIGHT, "Pages 21 - 24")],
        ],
        items=[
            ("1", "APOLOGIES"),
            ("2", "DECLARATIONS OF INTEREST"),
            ("3", "MINUTES OF THE LAST MEETING"),
            ("4", "ELECTIVE HOME EDUCATION"),
            ("5", "CHILDREN'S SERVICES OFSTED UPDATE"),
            ("6", "SCHOOL PLACES PLANNING"),
            ("7", "WORK PROGRAMME"),
        ],
        fields=of_body(
            "Eastleigh Vale Council", "Children and Young People Scrutiny Sub-Committee", "2027-07-01", "agenda_pack"
        ),
    )


def range_after_purpose() -> Paper:
    """A ModernGov frontsheet whose ranges close the purpose paragraph under the title ('… for consultation. (Pages
    13 - 60)'), a 'Report of the Director of Place.' line between."""
    return Paper(
        rows=[
            "# Northbrook District Council",
            "## Local Plan Sub-Committee",
            "NOTICE IS HEREBY GIVEN that a meeting of the Local Plan Sub-Committee will be held in the Council",
            "Chamber, Council Offices, Northbrook on Wednesday 4th June 2027 at 7.00pm.",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minutes",
            ">To confirm the minutes of the meeting held on 9 April 2027. (Pages 5 - 12)",
            "4. Local Plan Review - Preferred Options",
            ">Report of the Director of Place.",
            ">To consider the preferred options for the Local Plan Review and agree them for consultation.",
            ">(Pages 13 - 60)",
            "5. Five Year Housing Land Supply Position Statement",
            ">Report of the Director of Place. (Pages 61 - 72)",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Local Plan Review - Preferred Options"),
            ("5", "Five Year Housing Land Supply Position Statement"),
        ],
        fields=of_body("Northbrook District Council", "Local Plan Sub-Committee", "2027-06-04", "agenda_pack"),
    )


def working_group_notice_footer_body() -> Paper:
    """A working group's notice naming its council only in the footer: 'NOTICE IS HEREBY GIVEN that a meeting of
    the Finance Working Group will be held … on Wednesday 4th June 2027 at 7.00pm'."""
    return Paper(
        rows=[
            "# FINANCE WORKING GROUP",
            "NOTICE IS HEREBY GIVEN that a meeting of the Finance Working Group will be held at the Town Hall,",
            "Market Square on Wednesday 4th June 2027 at 7.00pm.",
            "Members: Cllrs Hughes (Chair), Lamb, Osei, Price",
            "** AGENDA",
            "1. Apologies",
            "2. Notes of the meeting held on 7th May 2027",
            "3. Budget monitoring to 31st May 2027",
            "4. Review of reserves",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Notes of the meeting held on 7th May 2027"),
            ("3", "Budget monitoring to 31st May 2027"),
            ("4", "Review of reserves"),
        ],
        fields=of_body("Kelbrook Town Council", "Finance Working Group", "2027-06-04", "agenda_pack"),
        foot="Kelbrook Town Council, Town Hall, Market Square, Kelbrook KB1 2AA  www.kelbrook-tc.gov.uk",
    )


def year_wrap_with_range() -> Paper:
    """A ModernGov frontsheet whose titles wrap onto a line opening with the year ('2027 (Pages 13 - 28)') or a
    number ('2 (Pages 29 - 40)'), the range on the wrapped line."""
    return Paper(
        rows=[
            "# Marchbury County Council",
            "## Audit and Governance Committee",
            "** Thursday, 8th July, 2027 at 10.00 am",
            "** AGENDA",
            "1. Apologies and Substitutions",
            "2. Minutes of the meeting held on 22 April 2027 (Pages 5 - 12)",
            "3. Annual Governance Statement and Statement of Accounts for the year ended 31 March",
            ">2027 (Pages 13 - 28)",
            "4. External Audit Plan and Progress Report - Value for Money Arrangements Phase",
            ">2 (Pages 29 - 40)",
            "5. Counter Fraud Annual Report (Pages 41 - 50)",
        ],
        items=[
            ("1", "Apologies and Substitutions"),
            ("2", "Minutes of the meeting held on 22 April 2027"),
            ("3", "Annual Governance Statement and Statement of Accounts for the year ended 31 March 2027"),
            ("4", "External Audit Plan and Progress Report - Value for Money Arrangements Phase 2"),
            ("5", "Counter Fraud Annual Report"),
        ],
        fields=of_body("Marchbury County Council", "Audit and Governance Committee", "2027-07-08", "agenda_pack"),
    )


def inline_minutes_label() -> Paper:
    """Printed minutes of a committee system whose every minute opens 'Minutes:' on the title's next line and runs
    on after it ('Minutes: The Committee noted …'), numbers '12.' with the title in bold."""
    return Paper(
        rows=[
            "# Minutes of the Standards Sub-Committee",
            "** Held on Monday, 5th July, 2027 at 2.00 pm, Committee Room 4, County Hall",
            "Present: Councillors A Carr (Chair), B Dale and C Eyre",
            "** 12. Apologies for Absence",
            "Minutes: There were no apologies for absence.",
            "** 13. Declarations of Interest",
            "Minutes: Councillor Dale declared a personal interest in item 15.",
            "** 14. Minutes of the Previous Meeting",
            "Minutes: RESOLVED that the minutes of the meeting held on 7 June 2027 be approved.",
            "** 15. Complaint Reference SC/27/04 - Assessment Decision",
            "Minutes: The Sub-Committee considered the Monitoring Officer's report and decided to take no action.",
        ],
        items=[
            ("12", "Apologies for Absence"),
            ("13", "Declarations of Interest"),
            ("14", "Minutes of the Previous Meeting"),
            ("15", "Complaint Reference SC/27/04 - Assessment Decision"),
        ],
        fields={
            "meeting_date": "2027-07-05",
            "body": ANY,
            "committee": "Standards Sub-Committee",
            "doc_type": "minutes",
        },
    )


def three_column_minutes_grid() -> Paper:
    """Minutes as a 'Min No. | Subject | Minute' grid: reference, the subject and the minute's text side by side in
    one row, the minute wrapping in its own column."""
    return Paper(
        rows=[
            "# ASHTON PRIORS PARISH COUNCIL",
            "** Minutes of the Planning Working Group held on Monday, the 2nd day of June 2027 at 7.00pm",
            "Present: Cllrs J Ware (Chair), T Moss, K Pike",
            [(56, "Min No.", True), (130, "Subject", True), (270, "Minute", True)],
            [(56, "PW/27/031"), (130, "Apologies"), (270, "Apologies were received from Cllr S Tate.")],
            [(56, "PW/27/032"), (130, "Declarations"), (270, "None were made.")],
            [(56, "PW/27/033"), (130, "27/00412/FUL"), (270, "Two-storey rear extension, 4 Church Lane. The")],
            [(270, "Working Group recommended no objection.")],
            [(56, "PW/27/034"), (130, "Tree works"), (270, "The Clerk will report the dead ash on the green.")],
        ],
        items=[
            ("PW/27/031", "Apologies"),
            ("PW/27/032", "Declarations"),
            ("PW/27/033", "27/00412/FUL"),
            ("PW/27/034", "Tree works"),
        ],
        fields=of_body("Ashton Priors Parish Council", "Planning Working Group", "2027-06-02", "minutes"),
    )


def planning_committee_lettered_ranges() -> Paper:
    """A planning committee's frontsheet: '(a)', '(b)' applications under item 5, each with its own range after dot
    leaders, Roman-free; the applications' titles wrap once."""
    return Paper(
        rows=[
            "# Eastmere District Council",
            "## Planning Committee",
            "** Wednesday 4th June 2027 at 7.00pm",
            "** AGENDA",
            _dotted("1.", "Apologies for Absence"),
            _dotted("2.", "Declarations of Interest"),
            _dotted("3.", "Minutes", "5 - 10"),
            _dotted("4.", "Planning Appeals Update", "11 - 14"),
            _dotted("5.", "Planning Applications"),
            [(84, "(a)   27/00412/FUL - Land at Mill Farm, Church Road, Eastmere " + "." * 8), (RIGHT, "15 - 40")],
            [(84, "(b)   27/00533/OUT - Former Depot, Station Approach " + "." * 16), (RIGHT, "41 - 66")],
            _dotted("6.", "Tree Preservation Order No. 4, 2027", "67 - 70"),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Planning Appeals Update"),
            ("5", "Planning Applications"),
            ("5(a)", "27/00412/FUL - Land at Mill Farm, Church Road, Eastmere"),
            ("5(b)", "27/00533/OUT - Former Depot, Station Approach"),
            ("6", "Tree Preservation Order No. 4, 2027"),
        ],
        fields=of_body("Eastmere District Council", "Planning Committee", "2027-06-04", "agenda_pack"),
    )


def minute_word_wrapped_caps() -> Paper:
    """'MINUTE 31/27' headings whose capitals title wraps onto a second line of capitals."""
    return Paper(
        rows=[
            "# FELLSIDE TOWN COUNCIL",
            "Minutes of the meeting of the Town Council held on Monday, the 2nd day of June 2027 at 7.00pm.",
            "** MINUTE 31/27 APOLOGIES",
            "Apologies were received from Councillor Bell.",
            "** MINUTE 32/27 TO RECEIVE THE REPORT OF THE COUNTY COUNCILLOR AND THE DISTRICT",
            "** COUNCILLORS FOR THE FELLSIDE WARD",
            "The County Councillor reported on highways works.",
            "** MINUTE 33/27 FINANCE",
            "RESOLVED to approve the payments list.",
        ],
        items=[
            ("31/27", "APOLOGIES"),
            (
                "32/27",
                "TO RECEIVE THE REPORT OF THE COUNTY COUNCILLOR AND THE DISTRICT COUNCILLORS FOR THE FELLSIDE WARD",
            ),
            ("33/27", "FINANCE"),
        ],
        fields=own_meeting("Fellside Town Council", "2027-06-02"),
    )


def welsh_bilingual_page_ranges() -> Paper:
    """A Welsh county council's bilingual frontsheet: each range printed '(Tudalennau / Pages 5 - 12)' or '(Tudalen
    / Page 13)' after the English title."""
    return Paper(
        rows=[
            "# Cyngor Sir Dyffryn / Dyffryn County Council",
            "## Cabinet",
            "** Monday, 12 July 2027 at 10.00 am",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minutes (Tudalennau / Pages 5 - 12)",
            "4. Welsh Language Annual Report 2026-27 (Tudalennau / Pages 13 - 30)",
            "5. Forward Work Programme (Tudalen / Page 31)",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Welsh Language Annual Report 2026-27"),
            ("5", "Forward Work Programme"),
        ],
        fields={"meeting_date": "2027-07-12", "body": ANY, "committee": "Cabinet", "doc_type": "agenda_pack"},
    )


def a_numbered_without_stops() -> Paper:
    """A borough council cabinet's agenda numbered 'A1', 'A2' (open) and 'B1' without a stop straight under
    'AGENDA', the cabinet named above."""
    return Paper(
        rows=[
            "# Northvale Borough Council",
            "## Cabinet",
            "** Thursday 15 July 2027, 6.00pm, Council Chamber, Kingsway House",
            "** AGENDA",
            "A1 Apologies",
            "A2 Declarations of Interest",
            "A3 Minutes of the meeting held on 13 May 2027 (Pages 1 - 8)",
            "B1 Leader's Report (Pages 9 - 20)",
            "B2 Corporate Performance Report (Pages 21 - 48)",
        ],
        items=[
            ("A1", "Apologies"),
            ("A2", "Declarations of Interest"),
            ("A3", "Minutes of the meeting held on 13 May 2027"),
            ("B1", "Leader's Report"),
            ("B2", "Corporate Performance Report"),
        ],
        fields=of_body("Northvale Borough Council", "Cabinet", "2027-07-15", "agenda_pack"),
    )


DOCUMENTS = {
    "cmis-item-subject-grid": cmis_item_subject_grid,
    "working-group-dot-leaders": working_group_dot_leaders,
    "scrutiny-panel-report-lines": scrutiny_panel_report_lines,
    "welsh-bilingual-grid": welsh_bilingual_grid,
    "item-title-page-two-line": item_title_page_two_line,
    "public-non-public-parts": public_non_public_parts,
    "us-city-hyphen-lettered": us_city_hyphen_lettered,
    "parish-summons-footer-body": parish_summons_footer_body,
    "min-no-column-minutes": min_no_column_minutes,
    "minute-word-headings": minute_word_headings,
    "welsh-cofnod-minutes": welsh_cofnod_minutes,
    "moderngov-web-minutes": moderngov_web_minutes,
    "resolution-numbers-apart": resolution_numbers_apart,
    "parish-decimal-sub-minutes": parish_decimal_sub_minutes,
    "supplementary-agenda": supplementary_agenda,
    "a-numbered-items": a_numbered_items,
    "item-labels-right-pages": item_labels_right_pages,
    "web-minutes-decision-residue": web_minutes_decision_residue,
    "panel-minutes-footer-body": panel_minutes_footer_body,
    "dot-leaders-two-line-titles": dot_leaders_two_line_titles,
    "minute-action-grid": minute_action_grid,
    "roman-minutes": roman_minutes,
    "exempt-paragraph-per-item": exempt_paragraph_per_item,
    "web-printed-agenda-and-minutes": web_printed_agenda_and_minutes,
    "at-a-meeting-day-of": at_a_meeting_day_of,
    "supplementary-agenda-item-labels": supplementary_agenda_item_labels,
    "cmis-grid-verbal-and-page": cmis_grid_verbal_and_page,
    "range-after-purpose": range_after_purpose,
    "working-group-notice-footer-body": working_group_notice_footer_body,
    "year-wrap-with-range": year_wrap_with_range,
    "inline-minutes-label": inline_minutes_label,
    "inline-minutes-label-plain": lambda: plain(inline_minutes_label),
    "three-column-minutes-grid": three_column_minutes_grid,
    "planning-committee-lettered-ranges": planning_committee_lettered_ranges,
    "minute-word-wrapped-caps": minute_word_wrapped_caps,
    "planning-committee-lettered-ranges-plain": lambda: plain(planning_committee_lettered_ranges),
    "welsh-bilingual-page-ranges": welsh_bilingual_page_ranges,
    "a-numbered-without-stops": a_numbered_without_stops,
    "year-wrap-with-range-plain": lambda: plain(year_wrap_with_range),
    "range-after-purpose-plain": lambda: plain(range_after_purpose),
    "cmis-grid-verbal-and-page-plain": lambda: plain(cmis_grid_verbal_and_page),
    "at-a-meeting-day-of-plain": lambda: plain(at_a_meeting_day_of),
    "dot-leaders-two-line-titles-plain": lambda: plain(dot_leaders_two_line_titles),
    "minute-action-grid-plain": lambda: plain(minute_action_grid),
    "a-numbered-items-plain": lambda: plain(a_numbered_items),
    "cmis-item-subject-grid-plain": lambda: plain(cmis_item_subject_grid),
    "scrutiny-panel-report-lines-plain": lambda: plain(scrutiny_panel_report_lines),
    "min-no-column-minutes-plain": lambda: plain(min_no_column_minutes),
    "minute-word-headings-plain": lambda: plain(minute_word_headings),
    "item-title-page-two-line-plain": lambda: plain(item_title_page_two_line),
}

# the printed page range of each item that prints one, and the numbers of exempt items, where a paper prints them
PAGES: dict[str, list[tuple[str, str]]] = {
    "cmis-item-subject-grid": [("4", "1-4"), ("5", "5-38")],
    "working-group-dot-leaders": [("3", "5-12"), ("4", "13-30"), ("6", "31")],
    "scrutiny-panel-report-lines": [("3", "5-12"), ("4", "13-28"), ("5", "29-60"), ("7", "61")],
    "welsh-bilingual-grid": [("3", "3-10"), ("4", "11-24"), ("5", "25-28")],
    "dot-leaders-two-line-titles": [("3", "5-10"), ("4", "11-30"), ("5.1", "31-40"), ("5.2", "41-46")],
    "exempt-paragraph-per-item": [("2", "3-8"), ("3", "9-30"), ("5", "31-40"), ("6", "41-48")],
    "planning-committee-lettered-ranges": [
        ("3", "5-10"),
        ("4", "11-14"),
        ("5(a)", "15-40"),
        ("5(b)", "41-66"),
        ("6", "67-70"),
    ],
    "welsh-bilingual-page-ranges": [("3", "5-12"), ("4", "13-30"), ("5", "31")],
    "a-numbered-without-stops": [("A3", "1-8"), ("B1", "9-20"), ("B2", "21-48")],
    "year-wrap-with-range": [("2", "5-12"), ("3", "13-28"), ("4", "29-40"), ("5", "41-50")],
    "range-after-purpose": [("3", "5-12"), ("4", "13-60"), ("5", "61-72")],
    "supplementary-agenda-item-labels": [("7", "1-14"), ("9", "15-40")],
    "cmis-grid-verbal-and-page": [("3", "5"), ("4", "6-20"), ("7", "21-24")],
    "supplementary-agenda": [("7", "1-14"), ("9", "15-22")],
    "a-numbered-items": [("A2", "3-8"), ("A3", "9-26"), ("B1", "27-34")],
    "item-labels-right-pages": [("2", "5-12"), ("3", "13-40"), ("4", "41-58")],
    "item-title-page-two-line": [("3", "3"), ("4", "11"), ("5", "15"), ("6", "31"), ("7", "39")],
}
EXEMPT: dict[str, set[str]] = {
    "cmis-item-subject-grid": {"7"},
    "public-non-public-parts": {"6", "7", "7a", "7b"},
    "scrutiny-panel-report-lines": set(),
    "a-numbered-items": {"B1"},
    "exempt-paragraph-per-item": {"5", "6"},
}
CHECKS = ("items", "pages", "exempt", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


def _judged(name: str, check: str) -> bool:
    base = name.removesuffix("-plain")
    if check == "pages":
        return base in PAGES
    if check == "exempt":
        return base in EXEMPT
    if check == "items":
        return DOCUMENTS[name]().items is not None
    return DOCUMENTS[name]().fields.get(check, ANY) is not ANY


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round55")


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper, found, base = DOCUMENTS[name](), read_papers[name], name.removesuffix("-plain")
    if check == "items":
        assert found["items"] == [(number, folded(title)) for number, title in paper.items or []]
    elif check == "pages":
        assert found["pages"] == PAGES[base]
    elif check == "exempt":
        assert found["exempt"] == EXEMPT[base]
    else:
        assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])


# ================================================================ the same papers scanned: OCR's boxes, one per cell

SCANNED = [
    "cmis-item-subject-grid",
    "working-group-dot-leaders",
    "scrutiny-panel-report-lines",
    "welsh-bilingual-grid",
    "item-title-page-two-line",
    "min-no-column-minutes",
    "minute-word-headings",
    "parish-decimal-sub-minutes",
    "a-numbered-items",
    "item-labels-right-pages",
    "dot-leaders-two-line-titles",
    "minute-action-grid",
    "roman-minutes",
    "cmis-grid-verbal-and-page",
    "supplementary-agenda-item-labels",
    "range-after-purpose",
    "year-wrap-with-range",
    "inline-minutes-label",
    "three-column-minutes-grid",
    "planning-committee-lettered-ranges",
    "minute-word-wrapped-caps",
    "welsh-bilingual-page-ranges",
    "a-numbered-without-stops",
]
SCANNED_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("name", params_with_xfail([(name, name) for name in SCANNED], SCANNED_XFAIL))
def test_scanned_paper_items(tmp_path, name: str) -> None:
    paper = DOCUMENTS[name]()
    found = items_of(tmp_path, paper.rows, head=paper.head, foot=paper.foot, ocr_like=True)
    assert [(number, folded(title)) for number, title in found] == [
        (number, folded(title)) for number, title in paper.items or []
    ]


# the document fields of some covers as OCR reads a scan (one plain box per cell)
SCANNED_FACTS = [
    "cmis-item-subject-grid",
    "working-group-dot-leaders",
    "scrutiny-panel-report-lines",
    "a-numbered-items",
    "min-no-column-minutes",
    "minute-word-headings",
    "at-a-meeting-day-of",
    "panel-minutes-footer-body",
    "working-group-notice-footer-body",
    "cmis-grid-verbal-and-page",
    "range-after-purpose",
]
SCANNED_FACTS_XFAIL: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def read_scans(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("round55-scans")
    found: dict[str, dict[str, object]] = {}
    for name in SCANNED_FACTS:
        paper = DOCUMENTS[name]()
        pages = render(folder / f"{name}.pdf", paper.rows, head=paper.head, foot=paper.foot, ocr_like=True)
        found[name] = fields_and_items(pages, name, FIELDS)
        date = found[name]["meeting_date"]
        found[name]["meeting_date"] = date.isoformat() if date else None
    return found


@pytest.mark.parametrize(
    ("name", "check"),
    document_check_params(
        SCANNED_FACTS, FIELDS, lambda name, check: DOCUMENTS[name]().fields[check] is not ANY, SCANNED_FACTS_XFAIL
    ),
)
def test_scanned_paper_facts(read_scans, name: str, check: str) -> None:
    paper, found = DOCUMENTS[name](), read_scans[name]
    assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])
