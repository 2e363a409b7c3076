"""Round seg61 suite (issue #4): frontsheets, minutes and papers of bodies and documents no earlier round drew in
these layouts.

Papers (drawn with ``segment_cases.render`` and read by ``document_facts`` then ``minutes_items`` or
``agenda_items``, as ``agendaparse extract`` reads them): a Scottish council's CMIS minute ('MINUTE of MEETING of the
… COMMITTEE held in …', 'Sederunt:' then 'In attendance:', '5.1' under '5.'), a Scottish notice whose business is
labelled 'Item 1' / 'Item 5.1' with ranges, an 'Agenda Item 7(a)' cover of a Scottish report, an integration joint
board's minute whose heading wraps its time onto a second bold line ('10.00 am in Committee Room 1') and whose items
go to '5.1.1', a Scottish full council minute with a provost and depute, a Scottish sub-committee minute headed
'Item 2.1 Taxi Driver's Licence - Renewal - Mr A B'; Welsh bilingual frontsheets ('Cyngor Sir Glanwern | Glanwern
County Council', 'Pwyllgor: … Committee: …' rows, Welsh label first or English first, 'Dydd Iau, 9 Ionawr 2025'
beside the English date), a Welsh cabinet's minutes headed 'Cofnodion y Cabinet / Minutes of the Cabinet', a Welsh
national park authority's notice, a community council's Welsh-first agenda ('Nos Lun, 3ydd Mawrth 2025'); Northern
Ireland councils named by two or three places ('Loughmore and Carrick Borough Council', 'Carnlough, Moyle and
Glenshane District Council'), their 'P.23/45' minutes, monthly council minutes with numbered paragraphs, and an
agenda with 'For Decision' / 'For Noting' lines; a fire and rescue authority's minutes dated in the title line in
capitals ('on TUESDAY, 4TH MARCH, 2025') numbered 'FRA/12/25' and its 'Agenda Item 6' report cover ('Report to:' the
authority itself); a police and crime panel's own minutes ('PCP 12/25 Apologies for absence:') and a host council's
panel frontsheet; a mayoral combined authority's board agenda with a time before each number and its scrutiny
committee's 'OS 23/25' minutes; a joint waste committee's Word agenda whose lines open '10.00 1. Welcome' and a joint
strategic waste committee's minutes naming member councils in brackets; NHS papers: a foundation trust's 'Board of
Directors Meeting – Part 1 – Public' grid with 'Purpose', 'Lead' and 'Encl.' columns, enclosure cover sheets
('Enclosure B', 'Agenda item 4.2' or 'Agenda item:   5.1', 'For: Decision / Assurance', 'Meeting: Trust Board – Part
1 – Public'), an integrated care board's 'ICB/25/031' minutes and an agenda with 'For:', 'Presented by:' and
'Enclosure C' lines under each item; a school's full governing body minutes ('5.1.1') and a governing board's agenda
with a 24-hour time column; a multi-academy trust's 'Trust Board Meeting' under the trust's name alone; a housing
association's 'B25/14' minutes and a housing co-operative's 'Board of Management' agenda under names with no kind
word ('Southmere Homes'); an internal drainage board's minutes dated in capitals with running numbers '1234'; a
crematorium joint committee's frontsheet and 'JCC/14/25' minutes under the host council; a health and wellbeing
board's 'HWB 12/25' margin numbers; a district licensing committee's 'MINUTES of the MEETING of the LICENSING
COMMITTEE held … on TUESDAY, 4TH MARCH, 2025'; a national park authority's planning minutes with '5.1.1'
applications. Ten are also drawn plain (one font, as a Word export). Dates alone: Welsh forms with Welsh ordinals
('21ain Tachwedd, 2022', '9fed', '1af', '2il', '3ydd') as segmentation reads a title block (``normalise_date_text``
then ``find_meeting_date``), and English dates in capitals with ordinals and commas.

Checks: 'items' (number and folded title, in order: sub-items '5.1', '5.1.1', titles without ranges, purpose,
presenter or enclosure lines), 'pages' (each printed range) and the document fields (meeting_date, body, committee,
doc_type) as `agendaparse eval` compares them; ANY where the conventions leave a field open (the committee of a
Northern Ireland city council's monthly meeting). The fields follow corpus/gold/README.md and the earlier rounds: an
authority, panel, integration joint board or joint committee holding its own meeting is both body and committee
(rounds 39, 41, 48, 50, 58) unless a council heads the paper above its name (round 58); an NHS trust's board is its
'Board of Directors' / 'Trust Board', an ICB's its 'Board' (round 41); a school is the body of its governing body; a
report's committee is the meeting it goes to (round 58).

Pass before (HEAD 36fa869, the code before this round): the first set (33 papers and 8 plain, 10 date forms, written
before any fix) 195 of 217; the whole suite (with the second set of six papers and two plain, drawn after the first
fixes, run against that code too) 226 of 258. The misses: the integration joint board's wrapped heading line '10.00 am
in Committee Room 1, …' read as minute '10.00' and every item lost; the bilingual frontsheet's committee read as 'County
Council' (the 'Committee:' label in the row's third cell; drawn and plain) and, English label first, as 'Licensing
Committee Pwyllgor: Pwyllgor Trwyddedu' (the next label's cells kept in the value); 'Cofnodion y Cabinet / Minutes of
the Cabinet' read as 'Borough Council'; 'Loughmore and Carrick Borough Council' read as 'Carrick Borough Council' and
'Carnlough, Moyle and Glenshane District Council' as 'Glenshane District Council' (drawn and plain); 'For Decision' /
'For Noting' and 'For: Information' / 'Enclosure A' lines joined to the titles above them (the NI agenda, the ICB agenda
plain), and 'For Decision' read as the NI agenda's committee; the NI minutes' heading whose time wraps ('2.00 p.m. in
the Council Chamber') read as minute '2.00' (every item lost); 'Board of Directors Meeting – Part 1 – Public' giving the
trust as its committee, and 'Meeting: Trust Board – Part 1 – Public' giving body 'Trust Board', committee 'Part 1 –
Public' and, with its 'Agenda item: 5.1' field, type 'agenda_pack'; the fire authority's report cover ('Report to:' the
authority) with no committee; 'Item 2.1' / 'Item 2.2' sub-items under 'Item 2' lost and a bold sub-item's 'Renewal - Mr
A B' cut; the joint waste committees with no body or a member council as body; the academy trust's body none and
committee its name, the housing association's and co-operative's bodies none; Welsh dates with Welsh ordinals or a comma
before the year read as no date.
After: 258 of 258, no strict xfails. Rules: dates: a Welsh date's day may carry its Welsh ordinal ('1af', '2il',
'3ydd', '9fed', '11eg', '21ain') and a comma may stand before the year; minutes: a heading line opening with a clock
time and 'am' / 'pm' / 'hrs' is no minute number, an 'Item' label may stand before a parent's decimal sub-item ('Item
2.1' under 'Item 2'), and a sub-item's line in bold throughout keeps its dashed title whole, as a heading's does;
bodies: a whole heading cell naming places joined by commas and 'and' before 'City / Borough / District / County
(Borough) Council' is one council; agenda_list: 'For Decision', 'For: Assurance' (any case, a colon or none) are
purpose lines and 'Enclosure B', 'Encl. C', 'Paper D' notes, not title lines; committees: a purpose line under
'Agenda' names no committee, a bilingual row's meeting label may stand in a later cell and a label's value ends where
the next label's cell starts, a heading of a Welsh half and an English half ('Cofnodion y Cabinet / Minutes of the
Cabinet') is read by its English half, a meeting's part after dashes ('– Part 1 – Public') is no part of its name
(in a heading and a 'Meeting:' field), and a report whose 'Report to:' names the body itself goes to the body's own
meeting; document_type: a cover sheet's 'Agenda item: 5.1' field is no agenda cue; facts: a 'Joint … Committee'
named by what it does and read with no council is its own body, a joint committee named by one area ('Greater Sedge
Joint Strategic Waste Committee') is its own body over the member councils its attendance names, and an
organisation named alone on the first heading line over a board of no name of its own ('Trust Board Meeting', 'Board
of Management', 'Minutes of the Board Meeting') is the board's body.

The structure and phrasing of the cases follow kinds of pages these bodies publish (names, places, dates and numbers
changed): CMIS Scotland minutes and notices ('Sederunt', 'Item 5.1', 'Agenda Item 7(a)', 'Any Other Competent
Business', 'Convener', 'Provost'); Welsh councils' bilingual ModernGov frontsheets and minutes ('Cyngor Sir … / …
County Council', 'Pwyllgor / Committee', 'Dydd Iau, 9 Ionawr 2025', 'Yn bresennol / Present'); Northern Ireland
councils' committee and monthly minutes ('In the Chair:', 'Alderman', 'LA05/2024/0456/F', 'Any Other Relevant
Business'); fire and rescue authorities' minutes and report covers; police and crime panels; mayoral combined
authorities' board agendas and scrutiny minutes; NHS trust and ICB board agendas and cover sheets ('Part 1 – Public',
'Enclosure B', 'For: Decision / Assurance'); school governing boards and academy trust boards; housing association
boards; internal drainage boards; joint waste and crematorium committees.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse.dates import find_meeting_date, normalise_date_text
from segment_cases import (
    ANY,
    Paper,
    document_check_params,
    folded,
    of_body,
    own_meeting,
    plain,
    read_papers_fixture,
    same_field,
)

FIELDS = ("meeting_date", "body", "committee", "doc_type")
NUM, TITLE, RIGHT = 56, 100, 480


def _row(number: str, title: str, pages: str = "", bold: bool = False, x: float = NUM) -> list[tuple]:
    return [(x, number, bold), (TITLE if x == NUM else x + 44, title, bold), *([(RIGHT, pages)] if pages else [])]


# ================================================================ Scotland


def scottish_minute_sederunt() -> Paper:
    """A Scottish council's CMIS minute: 'Minute of Meeting of the … held in … on …', 'Sederunt:' then 'In
    attendance:', items numbered '1.' with sub-items '5.1' and '5.2' under item 5."""
    return Paper(
        rows=[
            "# EASTFIRTH COUNCIL",
            "** MINUTE of MEETING of the EDUCATION, CHILDREN AND FAMILIES COMMITTEE held in the Council Chambers,",
            "** Council Headquarters, Kirkbrae, on Tuesday 4 March 2025 at 10.00 am.",
            "Sederunt:",
            ">Councillor Morag Baird (Convener)",
            ">Councillor Alasdair Craig (Depute Convener)",
            ">Councillors Fiona Dunlop, Euan Grant, Iain McLeod and Shona Reid",
            "In attendance:",
            ">Executive Director of Education and Children's Services; Head of Legal and Democratic Services;",
            ">Committee Services Officer.",
            "** 1. DECLARATIONS OF INTEREST",
            "No declarations of interest were made.",
            "** 2. MINUTE OF PREVIOUS MEETING",
            "The minute of the meeting held on 21 January 2025 was approved as a correct record.",
            "** 3. ATTAINMENT CHALLENGE UPDATE",
            "There was submitted a report by the Executive Director of Education and Children's Services.",
            "Decision: The Committee noted the report.",
            "** 4. SCHOOL ESTATE STRATEGY 2025-2035",
            "Decision: The Committee approved the strategy.",
            "** 5. REVENUE BUDGET MONITORING",
            "** 5.1 Education Services",
            "Decision: The Committee noted the projected underspend of £0.4 million.",
            "** 5.2 Children and Families Services",
            "Decision: The Committee noted the projected overspend of £1.2 million.",
            "** 6. ANY OTHER COMPETENT BUSINESS",
            "There was no other competent business.",
        ],
        items=[
            ("1", "DECLARATIONS OF INTEREST"),
            ("2", "MINUTE OF PREVIOUS MEETING"),
            ("3", "ATTAINMENT CHALLENGE UPDATE"),
            ("4", "SCHOOL ESTATE STRATEGY 2025-2035"),
            ("5", "REVENUE BUDGET MONITORING"),
            ("5.1", "Education Services"),
            ("5.2", "Children and Families Services"),
            ("6", "ANY OTHER COMPETENT BUSINESS"),
        ],
        fields=of_body("Eastfirth Council", "Education, Children and Families Committee", "2025-03-04", "minutes"),
    )


def scottish_item_labels_frontsheet() -> Paper:
    """A Scottish council's notice and agenda: 'Item 1', 'Item 5.1' labels in a margin column, the convener named,
    the business headed 'BUSINESS'."""
    return Paper(
        rows=[
            "# Kinloch and Strathmore Council",
            "Council Offices, Market Street, Kinloch KN1 2AB",
            "25 February 2025",
            "A Meeting of the ENVIRONMENT AND INFRASTRUCTURE COMMITTEE will be held in the Council Chambers,",
            "Kinloch, on Thursday 6 March 2025 at 2.00 pm.",
            "Convener: Councillor Hamish Lindsay",
            "** BUSINESS",
            _row("Item 1", "Declarations of Interest", x=56),
            _row("Item 2", "Minute of Meeting of 23 January 2025", "5 - 10", x=56),
            _row("Item 3", "Roads Capital Programme 2025/26", "11 - 24", x=56),
            _row("Item 4", "Waste Strategy Consultation", "25 - 40", x=56),
            _row("Item 5", "Reports for Information", x=56),
            _row("Item 5.1", "Flood Risk Management Plan Progress", "41 - 48", x=56),
            _row("Item 5.2", "Winter Maintenance Review", "49 - 56", x=56),
            _row("Item 6", "Exclusion of the Public", x=56),
        ],
        items=[
            ("1", "Declarations of Interest"),
            ("2", "Minute of Meeting of 23 January 2025"),
            ("3", "Roads Capital Programme 2025/26"),
            ("4", "Waste Strategy Consultation"),
            ("5", "Reports for Information"),
            ("5.1", "Flood Risk Management Plan Progress"),
            ("5.2", "Winter Maintenance Review"),
            ("6", "Exclusion of the Public"),
        ],
        fields=of_body(
            "Kinloch and Strathmore Council", "Environment and Infrastructure Committee", "2025-03-06", "agenda_pack"
        ),
    )


def scottish_agenda_item_cover() -> Paper:
    """An 'Agenda Item 7(a)' cover page of a Scottish council's report: a report, not a frontsheet."""
    return Paper(
        rows=[
            [(430, "Agenda Item 7(a)", True)],
            "# KINLOCH AND STRATHMORE COUNCIL",
            "** Report to: Policy and Resources Committee",
            "** Date: 13 March 2025",
            "** Report by: Head of Finance",
            "** Subject: Treasury Management Strategy 2025/26",
            "** 1. PURPOSE",
            "1.1 This report asks the Committee to approve the Treasury Management Strategy for 2025/26.",
            "** 2. RECOMMENDATIONS",
            "2.1 The Committee is asked to approve the strategy at Appendix 1.",
            "** 3. BACKGROUND",
            "3.1 The Council is required to set a strategy before the start of each financial year.",
        ],
        items=None,
        fields=of_body("Kinloch and Strathmore Council", "Policy and Resources Committee", "2025-03-13", "report"),
    )


def ijb_minute_numbered_decimal() -> Paper:
    """An integration joint board's minute: 'Minute of the Meeting of the … held on …', 'Present:' voting and
    non-voting members, 'In attendance:', items '5.1' with sub-items '5.1.1'."""
    return Paper(
        rows=[
            "# Glenmarr Integration Joint Board",
            "** Minute of the Meeting of the Glenmarr Integration Joint Board held on Wednesday 19 March 2025 at",
            "** 10.00 am in Committee Room 1, Glenmarr House, Dunallan",
            "Present:",
            ">Voting Members: Councillor Ailsa Ross (Chair), Dr Neil Bruce (Vice Chair), Councillor Jim Kerr",
            ">Non-Voting Members: Claire Munro (Chief Officer), David Wallace (Chief Finance Officer)",
            "In attendance: Lorna Paterson (Clerk)",
            "** 1. Welcome and Apologies",
            "The Chair welcomed everyone to the meeting.",
            "** 2. Declarations of Interest",
            "There were no declarations of interest.",
            "** 3. Minute of Previous Meeting",
            "The minute of the meeting of 22 January 2025 was approved.",
            "** 4. Chief Officer's Report",
            "The Board noted the report.",
            "** 5. Finance",
            "** 5.1 Financial Monitoring Report",
            "** 5.1.1 Adult Services",
            "The Board noted the projected overspend in adult services.",
            "** 5.1.2 Children's Services",
            "The Board noted the position.",
            "** 5.2 Budget 2025/26",
            "The Board approved the budget.",
            "** 6. Date of Next Meeting",
            "Wednesday 21 May 2025 at 10.00 am.",
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minute of Previous Meeting"),
            ("4", "Chief Officer's Report"),
            ("5", "Finance"),
            ("5.1", "Financial Monitoring Report"),
            ("5.1.1", "Adult Services"),
            ("5.1.2", "Children's Services"),
            ("5.2", "Budget 2025/26"),
            ("6", "Date of Next Meeting"),
        ],
        fields=own_meeting("Glenmarr Integration Joint Board", "2025-03-19"),
    )


def scottish_provost_full_council() -> Paper:
    """A Scottish council's full council minute: 'MINUTE of MEETING of the … COUNCIL held …', 'Present: Provost …,
    Depute Provost …', items numbered '1' with no stop, the title in capitals."""
    return Paper(
        rows=[
            "# BRAEMUIR COUNCIL",
            "MINUTE of MEETING of BRAEMUIR COUNCIL held in the Council Chamber, Braemuir House, Stonegate, on",
            "Thursday 27 February 2025 at 10.00 am.",
            "Present: Provost Catriona Hay (Chair); Depute Provost Robert Fleming; Councillors Anne Boyd, Kenneth",
            "Doig, Gordon Ewing and Shona Fraser.",
            "In attendance: Chief Executive; Depute Chief Executive; Chief Financial Officer.",
            "** 1   APOLOGIES",
            "Apologies were intimated on behalf of Councillor Moira Laing.",
            "** 2   DECLARATIONS OF INTEREST",
            "There were no declarations of interest.",
            "** 3   GENERAL FUND REVENUE BUDGET 2025/26 AND COUNCIL TAX",
            "The Council agreed the budget and a council tax increase of 8%.",
            "** 4   HOUSING REVENUE ACCOUNT BUDGET 2025/26",
            "The Council agreed a rent increase of 6%.",
            "** 5   CAPITAL PROGRAMME 2025-2030",
            "The Council approved the programme.",
        ],
        items=[
            ("1", "APOLOGIES"),
            ("2", "DECLARATIONS OF INTEREST"),
            ("3", "GENERAL FUND REVENUE BUDGET 2025/26 AND COUNCIL TAX"),
            ("4", "HOUSING REVENUE ACCOUNT BUDGET 2025/26"),
            ("5", "CAPITAL PROGRAMME 2025-2030"),
        ],
        # a principal council's own meeting: its place taken off (corpus/gold/README.md, ruled in stop 56)
        fields=of_body("Braemuir Council", "Council", "2025-02-27", "minutes"),
    )


# ================================================================ Wales


def welsh_bilingual_frontsheet() -> Paper:
    """A Welsh county council's bilingual frontsheet: 'Cyngor Sir Glanwern / Glanwern County Council', 'Pwyllgor /
    Committee' labels, the Welsh date beside the English one, bilingual item titles."""
    return Paper(
        rows=[
            [(56, "Cyngor Sir Glanwern", True), (320, "Glanwern County Council", True)],
            [
                (56, "Pwyllgor:", True),
                (150, "Pwyllgor Cynllunio"),
                (320, "Committee:", True),
                (410, "Planning Committee"),
            ],
            [
                (56, "Dyddiad:", True),
                (150, "Dydd Iau, 9 Ionawr 2025"),
                (320, "Date:", True),
                (410, "Thursday, 9 January 2025"),
            ],
            [(56, "Amser:", True), (150, "10.00 yb"), (320, "Time:", True), (410, "10.00 am")],
            [(56, "Lleoliad:", True), (150, "Siambr y Cyngor"), (320, "Venue:", True), (410, "Council Chamber")],
            "** AGENDA / AGENDA",
            _row("1.", "Ymddiheuriadau / Apologies"),
            _row("2.", "Datgan Buddiant / Declarations of Interest"),
            _row("3.", "Cofnodion / Minutes", "1 - 8"),
            _row("4.", "Ceisiadau Cynllunio / Planning Applications", "9 - 64"),
            _row("5.", "Apeliadau / Appeals", "65 - 70"),
        ],
        items=[
            ("1", "Ymddiheuriadau / Apologies"),
            ("2", "Datgan Buddiant / Declarations of Interest"),
            ("3", "Cofnodion / Minutes"),
            ("4", "Ceisiadau Cynllunio / Planning Applications"),
            ("5", "Apeliadau / Appeals"),
        ],
        fields=of_body("Glanwern County Council", "Planning Committee", "2025-01-09", "agenda_pack"),
    )


def welsh_minutes_welsh_date_first() -> Paper:
    """A Welsh county borough council's minutes whose heading gives the Welsh date line first, the English under
    it."""
    return Paper(
        rows=[
            "# Cyngor Bwrdeistref Sirol Tregarth",
            "# Tregarth County Borough Council",
            "** Cofnodion y Cabinet / Minutes of the Cabinet",
            "Dydd Mawrth, 14 Ionawr 2025 am 2.00 yp",
            "Tuesday, 14 January 2025 at 2.00 pm",
            "Yn bresennol / Present: Councillors Rhian Evans (Leader), Dafydd Hughes, Sian Lloyd, Gareth Morgan",
            "** 1. Ymddiheuriadau / Apologies",
            "Apologies were received from Councillor Owen Price.",
            "** 2. Datgan Buddiant / Declarations of Interest",
            "None.",
            "** 3. Cyllideb Ddrafft 2025/26 / Draft Budget 2025/26",
            "RESOLVED that the draft budget be approved for consultation.",
            "** 4. Strategaeth Tai / Housing Strategy",
            "RESOLVED that the strategy be adopted.",
        ],
        items=[
            ("1", "Ymddiheuriadau / Apologies"),
            ("2", "Datgan Buddiant / Declarations of Interest"),
            ("3", "Cyllideb Ddrafft 2025/26 / Draft Budget 2025/26"),
            ("4", "Strategaeth Tai / Housing Strategy"),
        ],
        fields=of_body("Tregarth County Borough Council", "Cabinet", "2025-01-14", "minutes"),
    )


def welsh_national_park_agenda() -> Paper:
    """A Welsh national park authority's agenda: 'Awdurdod Parc Cenedlaethol … / … National Park Authority', the
    meeting of the authority itself, items lettered by English title only."""
    return Paper(
        rows=[
            "# Awdurdod Parc Cenedlaethol Bannau Gwyn",
            "# Bannau Gwyn National Park Authority",
            "** Notice of Meeting of the National Park Authority",
            "Dydd Mercher, 12 Chwefror 2025 / Wednesday, 12 February 2025, 10.00 am",
            "Llandewi Offices",
            "** Agenda",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Disclosures of Interest"),
            _row("3.", "Minutes of the meeting held on 4 December 2024", "1 - 6"),
            _row("4.", "Management Plan Review", "7 - 30"),
            _row("5.", "Budget and Levy 2025/26", "31 - 44"),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Disclosures of Interest"),
            ("3", "Minutes of the meeting held on 4 December 2024"),
            ("4", "Management Plan Review"),
            ("5", "Budget and Levy 2025/26"),
        ],
        fields=own_meeting("Bannau Gwyn National Park Authority", "2025-02-12", "agenda_pack"),
    )


# ================================================================ Northern Ireland


def ni_minutes_prefixed_numbers() -> Paper:
    """A Northern Ireland council's committee minutes: 'Minutes of a Meeting of the Planning Committee of …',
    minute numbers 'P.23/45' in a margin column."""
    return Paper(
        rows=[
            "# Loughmore and Carrick Borough Council",
            "** Minutes of a Meeting of the Planning Committee held in the Council Chamber, Carrick Civic Centre,",
            "** on Monday 3 March 2025 at 10.30 am",
            "In the Chair: Alderman Patrick Quinn",
            "Members present: Councillors Aine Boyle, Seamus Duffy, Karen Irwin and Mervyn Wilson",
            "Officers in attendance: Head of Planning, Senior Planning Officer, Democratic Services Officer",
            [(56, "P.23/45", True), (120, "APOLOGIES", True)],
            [(120, "Apologies were received from Councillor Martin Gault.")],
            [(56, "P.23/46", True), (120, "DECLARATIONS OF INTEREST", True)],
            [(120, "There were no declarations of interest.")],
            [(56, "P.23/47", True), (120, "MINUTES OF MEETING HELD ON 3 FEBRUARY 2025", True)],
            [(120, "The minutes were agreed as a correct record.")],
            [(56, "P.23/48", True), (120, "LA05/2024/0456/F - 12 MAIN STREET, CARRICK", True)],
            [(120, "It was proposed by Councillor Boyle, seconded by Councillor Duffy and agreed to approve.")],
            [(56, "P.23/49", True), (120, "APPEAL DECISIONS", True)],
            [(120, "Members noted the decisions.")],
        ],
        items=[
            ("P.23/45", "APOLOGIES"),
            ("P.23/46", "DECLARATIONS OF INTEREST"),
            ("P.23/47", "MINUTES OF MEETING HELD ON 3 FEBRUARY 2025"),
            ("P.23/48", "LA05/2024/0456/F - 12 MAIN STREET, CARRICK"),
            ("P.23/49", "APPEAL DECISIONS"),
        ],
        fields=of_body("Loughmore and Carrick Borough Council", "Planning Committee", "2025-03-03", "minutes"),
    )


def ni_monthly_council_minutes() -> Paper:
    """A Northern Ireland city council's monthly meeting: 'Minutes of the Monthly Meeting of … City Council held in
    … on Tuesday 4 March 2025 at 7.00 pm', numbered paragraphs '1.1' of the record not items."""
    return Paper(
        rows=[
            "# DUNARDAGH CITY COUNCIL",
            "** Minutes of the Monthly Meeting of Dunardagh City Council held in the Guildhall, Dunardagh, on",
            "** Tuesday 4 March 2025 at 7.00 pm",
            "Presiding: The Mayor, Councillor Niamh O'Hare",
            "Present: Aldermen Robert Gilmore and Eamon Kelly; Councillors Ciara Daly and Ivan Moore",
            "** 1. Apologies",
            "1.1 Apologies were received from Alderman Sean Burke.",
            "** 2. Declarations of Interest",
            "2.1 There were no declarations of interest.",
            "** 3. Minutes of Monthly Meeting held on 4 February 2025",
            "3.1 It was proposed by Councillor Daly, seconded by Councillor Moore and agreed to adopt the minutes.",
            "** 4. Mayor's Business",
            "4.1 The Mayor congratulated the Dunardagh Ladies team on winning the cup.",
            "** 5. Notice of Motion - Cost of Living",
            "5.1 The motion was carried.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of Monthly Meeting held on 4 February 2025"),
            ("4", "Mayor's Business"),
            ("5", "Notice of Motion - Cost of Living"),
        ],
        fields=of_body("Dunardagh City Council", ANY, "2025-03-04", "minutes"),
    )


# ================================================================ fire, police, combined and mayoral authorities


def fire_authority_minutes_caps_heading_date() -> Paper:
    """A fire and rescue authority's minutes: the date in the title line, in capitals ('MINUTES of the MEETING of
    the … held in … on TUESDAY, 4TH MARCH, 2025 at 10.00 am'), minutes numbered 'FRA/12/25'."""
    return Paper(
        rows=[
            "# Westmarch Fire and Rescue Authority",
            "** MINUTES of the MEETING of the WESTMARCH FIRE AND RESCUE AUTHORITY held in the Conference Room,",
            "** Service Headquarters, Barrow Lane, on TUESDAY, 4TH MARCH, 2025 at 10.00 am",
            "PRESENT: Councillors G Allan (Chair), P Bright, R Carver, S Dale, T Ennis and U Fox",
            "ALSO PRESENT: Chief Fire Officer, Treasurer, Monitoring Officer",
            "** FRA/12/25 APOLOGIES FOR ABSENCE",
            "Apologies were received from Councillor V Grey.",
            "** FRA/13/25 MINUTES",
            "RESOLVED that the minutes of the meeting held on 10 December 2024 be approved.",
            "** FRA/14/25 COMMUNITY RISK MANAGEMENT PLAN 2025-2029",
            "RESOLVED that the plan be approved.",
            "** FRA/15/25 REVENUE BUDGET AND PRECEPT 2025/26",
            "RESOLVED that a Band D precept of £92.41 be set.",
        ],
        items=[
            ("FRA/12/25", "APOLOGIES FOR ABSENCE"),
            ("FRA/13/25", "MINUTES"),
            ("FRA/14/25", "COMMUNITY RISK MANAGEMENT PLAN 2025-2029"),
            ("FRA/15/25", "REVENUE BUDGET AND PRECEPT 2025/26"),
        ],
        fields=own_meeting("Westmarch Fire and Rescue Authority", "2025-03-04"),
    )


def police_crime_panel_minutes() -> Paper:
    """A police and crime panel's minutes: 'PCP 12/25' numbers and a title that ends with a colon, the panel hosted
    by a county council."""
    return Paper(
        rows=[
            "# Northvale Police and Crime Panel",
            "** Minutes of the meeting held on Friday 7 February 2025 at 10.30 am at County Hall, Northvale",
            "Present: Councillor Ann Harper (Chair), Councillor Ben Iles, Councillor Carl Judd, Mrs Dee Knight",
            "(Independent Member)",
            "In attendance: Police and Crime Commissioner, Chief Executive of the OPCC",
            "** PCP 12/25 Apologies for absence:",
            "Apologies were received from Councillor Eve Lane.",
            "** PCP 13/25 Proposed Police Precept 2025/26:",
            "The Commissioner presented his proposed precept. RESOLVED that the Panel supports the precept.",
            "** PCP 14/25 Complaints Update:",
            "The Panel noted that no complaints had been received.",
            "** PCP 15/25 Work Programme:",
            "The Panel noted the work programme.",
        ],
        items=[
            ("PCP 12/25", "Apologies for absence"),
            ("PCP 13/25", "Proposed Police Precept 2025/26"),
            ("PCP 14/25", "Complaints Update"),
            ("PCP 15/25", "Work Programme"),
        ],
        fields=own_meeting("Northvale Police and Crime Panel", "2025-02-07"),
    )


def combined_authority_timed_agenda() -> Paper:
    """A mayoral combined authority's board agenda whose list prints the time before each item ('10.00  1.
    Welcome and Apologies'), the lead on the right."""
    return Paper(
        rows=[
            "# Eastmoor Mayoral Combined Authority",
            "** Combined Authority Board",
            "** Wednesday 26 March 2025, 10.00 am",
            "Eastmoor House, Quayside",
            "** AGENDA",
            [(56, "10.00"), (100, "1."), (124, "Welcome and Apologies"), (430, "Mayor")],
            [(56, "10.05"), (100, "2."), (124, "Declarations of Interest"), (430, "Mayor")],
            [(56, "10.10"), (100, "3."), (124, "Minutes of the Meeting held on 29 January 2025"), (430, "Mayor")],
            [(56, "10.15"), (100, "4."), (124, "Mayor's Update"), (430, "Mayor")],
            [(56, "10.30"), (100, "5."), (124, "Local Transport Plan 2025-2040"), (430, "Director")],
            [(56, "11.00"), (100, "6."), (124, "Adult Skills Fund Allocations"), (430, "Director")],
            [(56, "11.30"), (100, "7."), (124, "Any Other Business"), (430, "Mayor")],
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Meeting held on 29 January 2025"),
            ("4", "Mayor's Update"),
            ("5", "Local Transport Plan 2025-2040"),
            ("6", "Adult Skills Fund Allocations"),
            ("7", "Any Other Business"),
        ],
        fields=of_body("Eastmoor Mayoral Combined Authority", "Combined Authority Board", "2025-03-26", "agenda_pack"),
    )


def timed_agenda_inline() -> Paper:
    """A board's Word agenda whose lines open with the time, then the number, in one run ('10.00 1. Welcome')."""
    return Paper(
        rows=[
            "# Fenland Levels Joint Waste Committee",
            "** Agenda for the meeting on Friday 14 March 2025 at 10.00 am, Committee Room 2, Fenham Town Hall",
            "10.00 1. Welcome and Apologies",
            "10.05 2. Declarations of Interest",
            "10.10 3. Minutes of the Meeting held on 13 December 2024",
            "10.20 4. Recycling Performance Quarter 3",
            "10.40 5. Garden Waste Charging Review",
            "11.00 6. Budget Monitoring",
            "11.15 7. Date of Next Meeting",
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Meeting held on 13 December 2024"),
            ("4", "Recycling Performance Quarter 3"),
            ("5", "Garden Waste Charging Review"),
            ("6", "Budget Monitoring"),
            ("7", "Date of Next Meeting"),
        ],
        fields=own_meeting("Fenland Levels Joint Waste Committee", "2025-03-14", "agenda_pack"),
    )


# ================================================================ NHS


def nhs_trust_board_part1_agenda() -> Paper:
    """An NHS foundation trust's board agenda: 'Board of Directors – Part 1 – Public', an 'Item | Subject |
    Purpose | Lead | Enclosure' grid with 'Agenda item 4.2' style numbers, 'For: Decision' purposes and enclosure
    letters."""
    return Paper(
        rows=[
            "# Westvale Hospitals NHS Foundation Trust",
            "** Board of Directors Meeting – Part 1 – Public",
            "** Thursday 6 March 2025, 9.30 am – 12.30 pm, Boardroom, Westvale General Hospital",
            [
                (56, "Item", True),
                (100, "Subject", True),
                (300, "Purpose", True),
                (380, "Lead", True),
                (470, "Encl.", True),
            ],
            [(56, "1"), (100, "Welcome and Apologies"), (300, "Note"), (380, "Chair"), (470, "Verbal")],
            [(56, "2"), (100, "Declarations of Interest"), (300, "Note"), (380, "Chair"), (470, "Verbal")],
            [(56, "3"), (100, "Minutes of the Previous Meeting"), (300, "Approve"), (380, "Chair"), (470, "A")],
            [(56, "4"), (100, "Quality and Safety", True)],
            [(56, "4.1"), (100, "Chief Nurse Report"), (300, "Assurance"), (380, "CN"), (470, "B")],
            [(56, "4.2"), (100, "Maternity Safety Report"), (300, "Assurance"), (380, "CN"), (470, "C")],
            [(56, "5"), (100, "Performance and Finance", True)],
            [(56, "5.1"), (100, "Integrated Performance Report"), (300, "Assurance"), (380, "COO"), (470, "D")],
            [(56, "5.2"), (100, "Finance Report Month 10"), (300, "Assurance"), (380, "CFO"), (470, "E")],
            [(56, "6"), (100, "Any Other Business"), (300, "Note"), (380, "Chair"), (470, "Verbal")],
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Previous Meeting"),
            ("4", "Quality and Safety"),
            ("4.1", "Chief Nurse Report"),
            ("4.2", "Maternity Safety Report"),
            ("5", "Performance and Finance"),
            ("5.1", "Integrated Performance Report"),
            ("5.2", "Finance Report Month 10"),
            ("6", "Any Other Business"),
        ],
        fields=of_body("Westvale Hospitals NHS Foundation Trust", "Board of Directors", "2025-03-06", "agenda_pack"),
    )


def nhs_enclosure_cover() -> Paper:
    """An NHS board paper's cover sheet: 'Enclosure B', 'Agenda item 4.2', 'For: Decision / Assurance' with the
    chosen purpose ticked, 'Meeting: Board of Directors (Public)', 'Date of meeting: 6 March 2025'."""
    return Paper(
        rows=[
            [(440, "Enclosure B", True)],
            [(440, "Agenda item 4.2", True)],
            "# Westvale Hospitals NHS Foundation Trust",
            [(56, "Meeting:", True), (200, "Board of Directors (Public)")],
            [(56, "Date of meeting:", True), (200, "6 March 2025")],
            [(56, "Report title:", True), (200, "Maternity Safety Report")],
            [(56, "Executive lead:", True), (200, "Chief Nurse")],
            [(56, "For:", True), (200, "Decision  /  Assurance X  /  Information")],
            "** Executive Summary",
            "This report gives the Board assurance on the safety of the maternity service in Quarter 3.",
            "** Recommendation",
            "The Board is asked to note the report and the assurance it provides.",
        ],
        items=None,
        fields=of_body("Westvale Hospitals NHS Foundation Trust", "Board of Directors", "2025-03-06", "report"),
    )


def icb_board_minutes() -> Paper:
    """An integrated care board's minutes: 'Minutes of the Board Meeting held in Public', numbers 'ICB/25/031'."""
    return Paper(
        rows=[
            "# NHS Kellbrook Integrated Care Board",
            "** Minutes of the Board Meeting held in Public",
            "** Wednesday 5 March 2025, 10.00 am, Kellbrook Conference Centre",
            "Present: Sir Alan Moss (Chair), Dr Rita Shah (Chief Executive), Paul Noble (Chief Finance Officer)",
            "In attendance: Jo Oakes (Board Secretary)",
            "** ICB/25/031 Welcome, Introductions and Apologies",
            "The Chair welcomed members. Apologies were received from Dr Tom Price.",
            "** ICB/25/032 Declarations of Interest",
            "No new declarations were made.",
            "** ICB/25/033 Minutes of the Meeting held on 8 January 2025",
            "The minutes were approved.",
            "** ICB/25/034 Chief Executive's Report",
            "The Board noted the report.",
            "** ICB/25/035 Joint Forward Plan 2025-2030",
            "The Board approved the plan.",
        ],
        items=[
            ("ICB/25/031", "Welcome, Introductions and Apologies"),
            ("ICB/25/032", "Declarations of Interest"),
            ("ICB/25/033", "Minutes of the Meeting held on 8 January 2025"),
            ("ICB/25/034", "Chief Executive's Report"),
            ("ICB/25/035", "Joint Forward Plan 2025-2030"),
        ],
        fields=of_body("NHS Kellbrook Integrated Care Board", "Board", "2025-03-05", "minutes"),
    )


# ================================================================ schools, trusts, housing, drainage, crematoria


def school_governors_minutes_subitems() -> Paper:
    """A school's full governing body minutes: items '5' with sub-items '5.1' and '5.1.1', 'Present:' and 'In
    attendance:', the date in a 'Date:' label."""
    return Paper(
        rows=[
            "# Hollybank Primary School",
            "** Minutes of the Full Governing Body Meeting",
            [(56, "Date:", True), (140, "Tuesday 11 March 2025")],
            [(56, "Time:", True), (140, "6.00 pm")],
            [(56, "Venue:", True), (140, "School Library")],
            "Present: Mrs J Abbott (Chair), Mr K Bell (Headteacher), Mrs L Cross, Mr M Dean",
            "In attendance: Ms N Ellis (Clerk)",
            "** 1. Welcome and Apologies",
            "Apologies were received and accepted from Mr O Finch.",
            "** 2. Declarations of Business Interest",
            "None.",
            "** 3. Minutes of the Last Meeting",
            "The minutes of 14 January 2025 were approved and signed.",
            "** 4. Headteacher's Report",
            "Governors asked about attendance; the Headteacher reported 95.2%.",
            "** 5. Committee Reports",
            "** 5.1 Resources Committee",
            "** 5.1.1 Budget Monitoring",
            "The committee reported a small surplus.",
            "** 5.1.2 Premises",
            "The roof repair is complete.",
            "** 5.2 Curriculum Committee",
            "The committee reviewed the reading strategy.",
            "** 6. Safeguarding",
            "The Designated Safeguarding Lead gave a verbal update.",
        ],
        items=[
            ("1", "Welcome and Apologies"),
            ("2", "Declarations of Business Interest"),
            ("3", "Minutes of the Last Meeting"),
            ("4", "Headteacher's Report"),
            ("5", "Committee Reports"),
            ("5.1", "Resources Committee"),
            ("5.1.1", "Budget Monitoring"),
            ("5.1.2", "Premises"),
            ("5.2", "Curriculum Committee"),
            ("6", "Safeguarding"),
        ],
        fields=of_body("Hollybank Primary School", "Full Governing Body", "2025-03-11", "minutes"),
    )


def academy_trust_board_agenda() -> Paper:
    """A multi-academy trust's board agenda: 'Trust Board' meeting, items with 'Paper' references and times."""
    return Paper(
        rows=[
            "# Riverside Learning Partnership",
            "** Trust Board Meeting",
            "Date: Wednesday 19 March 2025    Time: 5.30 pm    Venue: Trust Office, Riverside Academy",
            "** Agenda",
            [(56, "1."), (80, "Welcome, Apologies and Declarations of Interest"), (400, "5.30 pm")],
            [(56, "2."), (80, "Minutes of the Meeting of 22 January 2025 (Paper 2)"), (400, "5.35 pm")],
            [(56, "3."), (80, "CEO Report (Paper 3)"), (400, "5.45 pm")],
            [(56, "4."), (80, "Trust Budget 2025/26 (Paper 4)"), (400, "6.15 pm")],
            [(56, "5."), (80, "Risk Register (Paper 5)"), (400, "6.45 pm")],
            [(56, "6."), (80, "Any Other Business"), (400, "7.00 pm")],
        ],
        items=[
            ("1", "Welcome, Apologies and Declarations of Interest"),
            ("2", "Minutes of the Meeting of 22 January 2025 (Paper 2)"),
            ("3", "CEO Report (Paper 3)"),
            ("4", "Trust Budget 2025/26 (Paper 4)"),
            ("5", "Risk Register (Paper 5)"),
            ("6", "Any Other Business"),
        ],
        fields=of_body("Riverside Learning Partnership", "Trust Board", "2025-03-19", "agenda_pack"),
    )


def housing_association_board_minutes() -> Paper:
    """A housing association's board minutes: 'B25/14' numbers, a 'Board members present:' list and an 'Exempt'
    marker on a confidential item."""
    return Paper(
        rows=[
            "# Southmere Homes",
            "** Minutes of the Board Meeting held on 27 February 2025 at 2.00 pm at Southmere House",
            "Board members present: Helen Archer (Chair), Dev Banerjee, Carol Chase, Dominic Day",
            "In attendance: Chief Executive, Director of Finance, Company Secretary",
            "** B25/14 Apologies and Declarations of Interest",
            "There were no apologies. No interests were declared.",
            "** B25/15 Minutes and Matters Arising",
            "The minutes of 12 December 2024 were approved.",
            "** B25/16 Building Safety Update",
            "The Board noted the fire risk assessments completed in the quarter.",
            "** B25/17 Rent Setting 2025/26",
            "The Board approved a rent increase of 2.7%.",
            "** B25/18 Treasury Management Strategy",
            "The Board approved the strategy.",
        ],
        items=[
            ("B25/14", "Apologies and Declarations of Interest"),
            ("B25/15", "Minutes and Matters Arising"),
            ("B25/16", "Building Safety Update"),
            ("B25/17", "Rent Setting 2025/26"),
            ("B25/18", "Treasury Management Strategy"),
        ],
        fields=of_body("Southmere Homes", "Board", "2025-02-27", "minutes"),
    )


def drainage_board_minutes_caps_date() -> Paper:
    """An internal drainage board's minutes: the date in the title line in capitals with an ordinal and commas,
    running minute numbers '1234'."""
    return Paper(
        rows=[
            "# FENMARSH INTERNAL DRAINAGE BOARD",
            "** MINUTES of the MEETING of the FENMARSH INTERNAL DRAINAGE BOARD held at the Board's Offices,",
            "** Sluice Road, Fenmarsh on WEDNESDAY, 12TH MARCH, 2025 at 2.00 pm",
            "PRESENT: Mr A Brown (Chairman), Mr C Dyer, Mrs E Fenn, Mr G Hurst, Cllr I Jarvis",
            "** 1234 APOLOGIES FOR ABSENCE",
            "Apologies were received from Mr K Lamb.",
            "** 1235 MINUTES OF THE LAST MEETING",
            "The minutes of the meeting held on 11th December, 2024 were confirmed and signed.",
            "** 1236 ENGINEER'S REPORT",
            "The Engineer reported that the pumping station refurbishment was complete.",
            "** 1237 DRAINAGE RATES AND SPECIAL LEVY 2025/26",
            "It was resolved that the rate be set at 9.5p in the pound.",
        ],
        items=[
            ("1234", "APOLOGIES FOR ABSENCE"),
            ("1235", "MINUTES OF THE LAST MEETING"),
            ("1236", "ENGINEER'S REPORT"),
            ("1237", "DRAINAGE RATES AND SPECIAL LEVY 2025/26"),
        ],
        fields=own_meeting("Fenmarsh Internal Drainage Board", "2025-03-12"),
    )


def crematorium_joint_committee_frontsheet() -> Paper:
    """A joint crematorium committee's frontsheet, hosted by a borough council ('Clerk to the Joint Committee')."""
    return Paper(
        rows=[
            "# Hartsworth Borough Council",
            "** Hartsworth and Lowdean Crematorium Joint Committee",
            "** Monday, 17th March, 2025 at 2.30 pm",
            "Committee Room A, Hartsworth Town Hall",
            "Clerk to the Joint Committee: Head of Democratic Services, Hartsworth Borough Council",
            "** AGENDA",
            "1. Apologies for Absence",
            "2. Minutes (Pages 1 - 4)",
            "3. Superintendent's Report (Pages 5 - 12)",
            "4. Cremator Replacement Project (Pages 13 - 20)",
            "5. Fees and Charges 2025/26 (Pages 21 - 24)",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes"),
            ("3", "Superintendent's Report"),
            ("4", "Cremator Replacement Project"),
            ("5", "Fees and Charges 2025/26"),
        ],
        fields=of_body(
            "Hartsworth Borough Council",
            "Hartsworth and Lowdean Crematorium Joint Committee",
            "2025-03-17",
            "agenda_pack",
        ),
    )


# ================================================================ minutes numbers and headings


def hwb_minutes_margin_numbers() -> Paper:
    """A health and wellbeing board's minutes with 'HWB 12/25' in a margin column and the title beside it."""
    return Paper(
        rows=[
            "# Rowanfield Borough Council",
            "** Health and Wellbeing Board",
            "** Minutes of the meeting held on Thursday 13 March 2025 at 2.00 pm",
            "Present: Councillor Pat Quill (Chair), Director of Public Health, Healthwatch Rowanfield",
            [(56, "HWB 12/25", True), (130, "Apologies for Absence", True)],
            [(130, "Apologies were received from the Director of Adult Social Care.")],
            [(56, "HWB 13/25", True), (130, "Joint Local Health and Wellbeing Strategy", True)],
            [(130, "The Board endorsed the strategy.")],
            [(56, "HWB 14/25", True), (130, "Better Care Fund Plan 2025/26", True)],
            [(130, "The Board approved the plan.")],
            [(56, "HWB 15/25", True), (130, "Pharmaceutical Needs Assessment", True)],
            [(130, "The Board noted the timetable.")],
        ],
        items=[
            ("HWB 12/25", "Apologies for Absence"),
            ("HWB 13/25", "Joint Local Health and Wellbeing Strategy"),
            ("HWB 14/25", "Better Care Fund Plan 2025/26"),
            ("HWB 15/25", "Pharmaceutical Needs Assessment"),
        ],
        fields=of_body("Rowanfield Borough Council", "Health and Wellbeing Board", "2025-03-13", "minutes"),
    )


def district_minutes_caps_date_heading() -> Paper:
    """A district council's committee minutes whose title line carries the date ('MINUTES of the MEETING of the
    LICENSING COMMITTEE held in the Council Chamber on TUESDAY, 4TH MARCH, 2025 at 10.00 am')."""
    return Paper(
        rows=[
            "# Eskdale District Council",
            "MINUTES of the MEETING of the LICENSING COMMITTEE held in the Council Chamber, Eskdale House,",
            "on TUESDAY, 4TH MARCH, 2025 at 10.00 am",
            "PRESENT: Councillor H Ward (Chairman); Councillors J Allen, K Bird, L Cole and M Drew",
            "** 31. APOLOGIES FOR ABSENCE",
            "Apologies were received from Councillor N Eve.",
            "** 32. MINUTES",
            "The minutes of the meeting held on 7th January, 2025 were approved.",
            "** 33. HACKNEY CARRIAGE FARES REVIEW",
            "RESOLVED that the revised table of fares be advertised.",
            "** 34. STATEMENT OF GAMBLING POLICY",
            "RESOLVED that the statement be recommended to Council.",
        ],
        items=[
            ("31", "APOLOGIES FOR ABSENCE"),
            ("32", "MINUTES"),
            ("33", "HACKNEY CARRIAGE FARES REVIEW"),
            ("34", "STATEMENT OF GAMBLING POLICY"),
        ],
        fields=of_body("Eskdale District Council", "Licensing Committee", "2025-03-04", "minutes"),
    )


def decimal_minutes_with_subsub() -> Paper:
    """A national park authority's planning committee minutes numbered '5.' with sub-items '5.1' and '5.1.1'
    (applications under a heading), the record in numbered paragraphs too."""
    return Paper(
        rows=[
            "# Highmoor National Park Authority",
            "** Planning Committee",
            "** Minutes of the meeting held on Friday 21 February 2025 at 10.00 am, Highmoor Lodge",
            "Present: Mr R Page (Chair), Cllr S Quinn, Mrs T Rowe, Mr U Stone",
            "** 1. Apologies",
            "None.",
            "** 2. Declarations of Interest",
            "Cllr Quinn declared an interest in item 5.1.2.",
            "** 3. Minutes",
            "The minutes of 24 January 2025 were agreed.",
            "** 4. Public Participation",
            "Two members of the public spoke on item 5.1.1.",
            "** 5. Planning Applications",
            "** 5.1 Applications for Determination",
            "** 5.1.1 NP/25/0012/FUL - Barn Conversion, High Fold Farm",
            "Approved subject to conditions.",
            "** 5.1.2 NP/25/0031/HOU - Extension, 3 Beck Side",
            "Refused.",
            "** 5.2 Delegated Decisions",
            "The Committee noted the list of delegated decisions.",
            "** 6. Enforcement Update",
            "The Committee noted the report.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Public Participation"),
            ("5", "Planning Applications"),
            ("5.1", "Applications for Determination"),
            ("5.1.1", "NP/25/0012/FUL - Barn Conversion, High Fold Farm"),
            ("5.1.2", "NP/25/0031/HOU - Extension, 3 Beck Side"),
            ("5.2", "Delegated Decisions"),
            ("6", "Enforcement Update"),
        ],
        fields=of_body("Highmoor National Park Authority", "Planning Committee", "2025-02-21", "minutes"),
    )


def icb_agenda_purpose_lines() -> Paper:
    """An integrated care board's agenda: 'Agenda item 4.2' numbers, each title with 'For: Decision' / 'For:
    Assurance', 'Presented by:' and 'Enclosure C' lines under it (particulars, not items)."""
    return Paper(
        rows=[
            "# NHS Kellbrook Integrated Care Board",
            "** Board Meeting in Public",
            "** Wednesday 5 March 2025 at 10.00 am, Kellbrook Conference Centre",
            "** Part 1 – Public",
            "** 1. Welcome, Introductions and Apologies",
            ">For: Information",
            ">Presented by: Chair",
            "** 2. Declarations of Interest",
            ">For: Information",
            ">Presented by: Chair",
            "** 3. Minutes of the Meeting held on 8 January 2025",
            ">For: Approval",
            ">Enclosure A",
            "** 4. Strategy and Planning",
            "** 4.1 Joint Forward Plan 2025-2030",
            ">For: Decision",
            ">Presented by: Director of Strategy",
            ">Enclosure B",
            "** 4.2 Operational Plan 2025/26",
            ">For: Assurance",
            ">Presented by: Chief Finance Officer",
            ">Enclosure C",
            "** 5. Questions from the Public",
            ">For: Information",
        ],
        items=[
            ("1", "Welcome, Introductions and Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Meeting held on 8 January 2025"),
            ("4", "Strategy and Planning"),
            ("4.1", "Joint Forward Plan 2025-2030"),
            ("4.2", "Operational Plan 2025/26"),
            ("5", "Questions from the Public"),
        ],
        fields=of_body("NHS Kellbrook Integrated Care Board", "Board", "2025-03-05", "agenda_pack"),
    )


def fire_agenda_item_cover() -> Paper:
    """An 'Agenda Item 6' cover of a fire and rescue authority's report ('Report to: Fire and Rescue Authority',
    'Date: 4 March 2025'): a report, not a frontsheet."""
    return Paper(
        rows=[
            [(450, "Agenda Item 6", True)],
            "# Westmarch Fire and Rescue Authority",
            [(56, "Report to:", True), (180, "Westmarch Fire and Rescue Authority")],
            [(56, "Date:", True), (180, "4 March 2025")],
            [(56, "Report of:", True), (180, "Chief Fire Officer")],
            [(56, "Subject:", True), (180, "Community Risk Management Plan 2025-2029")],
            "** 1. Purpose of Report",
            "1.1 To seek the Authority's approval of the Community Risk Management Plan 2025-2029.",
            "** 2. Recommendation",
            "2.1 That the Authority approves the plan.",
        ],
        items=None,
        fields=own_meeting("Westmarch Fire and Rescue Authority", "2025-03-04", "report"),
    )


def governors_agenda_time_column() -> Paper:
    """A school governing board's agenda: a 24-hour time column before the number ('18:00   1   Welcome …'), a
    'Lead' column and a 'Paper' column."""
    return Paper(
        rows=[
            "# St Aldhelm's Church of England Primary School",
            "** Full Governing Board",
            "** Agenda for the meeting on Monday 24 March 2025 at 18:00 in the school hall",
            [(56, "Time", True), (110, "No.", True), (140, "Item", True), (400, "Lead", True), (470, "Paper", True)],
            [(56, "18:00"), (110, "1"), (140, "Welcome, apologies and declarations of interest"), (400, "Chair")],
            [(56, "18:05"), (110, "2"), (140, "Minutes of the meeting of 20 January 2025"), (400, "Chair"), (470, "A")],
            [(56, "18:15"), (110, "3"), (140, "Headteacher's report"), (400, "Head"), (470, "B")],
            [(56, "18:45"), (110, "4"), (140, "School development plan review"), (400, "Head"), (470, "C")],
            [(56, "19:15"), (110, "5"), (140, "Safeguarding update"), (400, "DSL")],
            [(56, "19:30"), (110, "6"), (140, "Policies for approval"), (400, "Clerk"), (470, "D")],
        ],
        items=[
            ("1", "Welcome, apologies and declarations of interest"),
            ("2", "Minutes of the meeting of 20 January 2025"),
            ("3", "Headteacher's report"),
            ("4", "School development plan review"),
            ("5", "Safeguarding update"),
            ("6", "Policies for approval"),
        ],
        fields=of_body(
            "St Aldhelm's Church of England Primary School", "Full Governing Board", "2025-03-24", "agenda_pack"
        ),
    )


def crematorium_minutes_prefixed() -> Paper:
    """A joint crematorium committee's minutes, hosted by a district council, numbered 'JCC/14/25'."""
    return Paper(
        rows=[
            "# Marlbury District Council",
            "** Minutes of the meeting of the Marlbury and Teme Crematorium Joint Committee held at the Council",
            "** Offices, Marlbury on Friday 28 February 2025 at 11.00 am",
            "Present: Councillors W Ash (Chair), X Birch, Y Cedar (Teme Town Council) and Z Dale",
            "** JCC/14/25 Apologies",
            "There were none.",
            "** JCC/15/25 Minutes",
            "The minutes of 29 November 2024 were approved.",
            "** JCC/16/25 Bereavement Services Manager's Report",
            "Cremations in the quarter numbered 412.",
            "** JCC/17/25 Memorial Garden Improvements",
            "The Committee approved the scheme.",
        ],
        items=[
            ("JCC/14/25", "Apologies"),
            ("JCC/15/25", "Minutes"),
            ("JCC/16/25", "Bereavement Services Manager's Report"),
            ("JCC/17/25", "Memorial Garden Improvements"),
        ],
        fields=of_body(
            "Marlbury District Council", "Marlbury and Teme Crematorium Joint Committee", "2025-02-28", "minutes"
        ),
    )


def combined_authority_scrutiny_minutes() -> Paper:
    """A combined authority's scrutiny committee minutes: 'Minutes of the Meeting of the Overview and Scrutiny
    Committee of the … Combined Authority held …', numbers 'OS 23/25' in a margin column."""
    return Paper(
        rows=[
            "# Eastmoor Mayoral Combined Authority",
            "** Minutes of the Meeting of the Overview and Scrutiny Committee of the Eastmoor Mayoral Combined",
            "** Authority held at Eastmoor House on Tuesday 18 February 2025 at 2.00 pm",
            "Present: Councillors A Ling (Chair), B Moss, C Nunn, D Orr",
            "In attendance: Statutory Scrutiny Officer, Director of Transport",
            [(56, "OS 23/25", True), (130, "Apologies and Substitutions", True)],
            [(130, "Apologies were received from Councillor E Pratt.")],
            [(56, "OS 24/25", True), (130, "Mayor's Draft Budget 2025/26", True)],
            [(130, "The Committee made no recommendations on the draft budget.")],
            [(56, "OS 25/25", True), (130, "Bus Franchising Assessment", True)],
            [(130, "The Committee noted the assessment.")],
        ],
        items=[
            ("OS 23/25", "Apologies and Substitutions"),
            ("OS 24/25", "Mayor's Draft Budget 2025/26"),
            ("OS 25/25", "Bus Franchising Assessment"),
        ],
        fields=of_body(
            "Eastmoor Mayoral Combined Authority", "Overview and Scrutiny Committee", "2025-02-18", "minutes"
        ),
    )


def hosted_police_panel_frontsheet() -> Paper:
    """A police and crime panel's frontsheet under its host county council's name, ranges in a right column."""
    return Paper(
        rows=[
            "# Hallmere County Council",
            "## Hallmere Police and Crime Panel",
            "** Friday, 7th February, 2025 at 10.30 am",
            "Council Chamber, County Hall, Hallmere",
            "** AGENDA",
            _row("1.", "Apologies for Absence"),
            _row("2.", "Minutes of the meeting held on 22 November 2024", "1 - 8"),
            _row("3.", "Proposed Police and Crime Precept 2025/26", "9 - 30"),
            _row("4.", "Police and Crime Plan Performance Report", "31 - 48"),
            _row("5.", "Work Programme", "49 - 52"),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes of the meeting held on 22 November 2024"),
            ("3", "Proposed Police and Crime Precept 2025/26"),
            ("4", "Police and Crime Plan Performance Report"),
            ("5", "Work Programme"),
        ],
        fields=of_body("Hallmere County Council", "Hallmere Police and Crime Panel", "2025-02-07", "agenda_pack"),
    )


def scottish_minute_item_headings() -> Paper:
    """A Scottish council's sub-committee minute whose headings are 'Item 5.1' labels, the date in the heading
    ('… held in … on 4 March 2025 at 2.00 pm'), 'Present:' and 'In attendance:'."""
    return Paper(
        rows=[
            "# Strathdee Council",
            "** Minute of Meeting of the Licensing Sub-Committee held in Committee Room 2, Strathdee House,",
            "** Ardlaw on 4 March 2025 at 2.00 pm",
            "Present: Councillors Ian Munro (Chair), Elaine Tait and Graham Young",
            "In attendance: Solicitor to the Sub-Committee; Licensing Standards Officer",
            "** Item 1 Declarations of Interest",
            "None.",
            "** Item 2 Civic Government (Scotland) Act 1982",
            "** Item 2.1 Taxi Driver's Licence - Renewal - Mr A B",
            "The Sub-Committee agreed to renew the licence.",
            "** Item 2.2 Street Trader's Licence - Grant - Ms C D",
            "The Sub-Committee agreed to grant the licence.",
            "** Item 3 Exclusion of Press and Public",
        ],
        items=[
            ("1", "Declarations of Interest"),
            ("2", "Civic Government (Scotland) Act 1982"),
            ("2.1", "Taxi Driver's Licence - Renewal - Mr A B"),
            ("2.2", "Street Trader's Licence - Grant - Ms C D"),
            ("3", "Exclusion of Press and Public"),
        ],
        fields=of_body("Strathdee Council", "Licensing Sub-Committee", "2025-03-04", "minutes"),
    )


def ni_district_council_two_places_agenda() -> Paper:
    """A Northern Ireland district council's committee agenda: the council named by two places joined by 'and'
    ('Fermoy and Glenarm District Council') in its letterhead, 'For Decision' / 'For Noting' lines under titles."""
    return Paper(
        rows=[
            "# Fermoy and Glenarm District Council",
            "** Environmental Services Committee",
            "** Tuesday 11 March 2025 at 7.00 pm, Council Chamber, Glenarm Civic Centre",
            "** AGENDA",
            "1. Apologies",
            "2. Declarations of Interest",
            "3. Minutes of the Environmental Services Committee held on 11 February 2025",
            ">For Decision",
            "4. Waste Collection Service Review",
            ">For Decision",
            "5. Dog Control Orders Consultation",
            ">For Noting",
            "6. Any Other Relevant Business",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Environmental Services Committee held on 11 February 2025"),
            ("4", "Waste Collection Service Review"),
            ("5", "Dog Control Orders Consultation"),
            ("6", "Any Other Relevant Business"),
        ],
        fields=of_body(
            "Fermoy and Glenarm District Council", "Environmental Services Committee", "2025-03-11", "agenda_pack"
        ),
    )


# ---------------------------------------------------------------- a second set, drawn after the first fixes


def nhs_cover_dashed_part_label() -> Paper:
    """An NHS trust's cover sheet whose 'Meeting:' label names 'Trust Board – Part 1 – Public'."""
    return Paper(
        rows=[
            [(440, "Enclosure D", True)],
            "# Harrowfield Community NHS Trust",
            [(56, "Meeting:", True), (200, "Trust Board – Part 1 – Public")],
            [(56, "Date of meeting:", True), (200, "Thursday 27 March 2025")],
            [(56, "Agenda item:", True), (200, "5.1")],
            [(56, "Report title:", True), (200, "Integrated Performance Report")],
            [(56, "For:", True), (200, "Assurance")],
            "** Summary",
            "This report sets out the Trust's performance against its key indicators for February 2025.",
        ],
        items=None,
        fields=of_body("Harrowfield Community NHS Trust", "Trust Board", "2025-03-27", "report"),
    )


def bilingual_frontsheet_english_first() -> Paper:
    """A Welsh county borough council's frontsheet whose rows print the English label first and the Welsh after."""
    return Paper(
        rows=[
            [(56, "Penmawr County Borough Council", True), (320, "Cyngor Bwrdeistref Sirol Penmawr", True)],
            [
                (56, "Committee:", True),
                (130, "Licensing Committee"),
                (320, "Pwyllgor:", True),
                (400, "Pwyllgor Trwyddedu"),
            ],
            [
                (56, "Date:", True),
                (130, "Wednesday, 16 April 2025"),
                (320, "Dyddiad:", True),
                (400, "Dydd Mercher, 16 Ebrill 2025"),
            ],
            [(56, "Time:", True), (130, "10.00 am"), (320, "Amser:", True), (400, "10.00 yb")],
            "** AGENDA",
            _row("1.", "Apologies for Absence / Ymddiheuriadau am Absenoldeb"),
            _row("2.", "Declarations of Interest / Datgan Buddiant"),
            _row("3.", "Statement of Licensing Policy / Datganiad Polisi Trwyddedu", "1 - 40"),
        ],
        items=[
            ("1", "Apologies for Absence / Ymddiheuriadau am Absenoldeb"),
            ("2", "Declarations of Interest / Datgan Buddiant"),
            ("3", "Statement of Licensing Policy / Datganiad Polisi Trwyddedu"),
        ],
        fields=of_body("Penmawr County Borough Council", "Licensing Committee", "2025-04-16", "agenda_pack"),
    )


def ni_three_place_council_minutes() -> Paper:
    """A Northern Ireland council named by three places ('Carnlough, Moyle and Glenshane District Council') over
    a committee's minutes whose heading wraps its time onto the next line ('2.00 p.m. in the Council Chamber')."""
    return Paper(
        rows=[
            "# Carnlough, Moyle and Glenshane District Council",
            "** Minutes of the Meeting of the Policy and Resources Committee held on Thursday 20 March 2025 at",
            "** 2.00 p.m. in the Council Chamber, Moyle House",
            "In the Chair: Councillor Orla McAteer",
            "** 1. Apologies",
            "Apologies were received from Alderman Ross.",
            "** 2. Declarations of Interest",
            "None.",
            "** 3. Rates Estimates 2025/26",
            "It was agreed to strike a district rate of 0.4012p.",
            "** 4. Leisure Strategy",
            "It was agreed to consult on the draft strategy.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Declarations of Interest"),
            ("3", "Rates Estimates 2025/26"),
            ("4", "Leisure Strategy"),
        ],
        fields=of_body(
            "Carnlough, Moyle and Glenshane District Council", "Policy and Resources Committee", "2025-03-20", "minutes"
        ),
    )


def housing_coop_board_of_management() -> Paper:
    """A housing co-operative's agenda: its name alone over 'Board of Management', numbered items and times."""
    return Paper(
        rows=[
            "# Ferncliffe Homes Co-operative",
            "** Board of Management",
            "** Agenda for the meeting on Tuesday 8 April 2025 at 6.30 pm, Community Room, Ferncliffe Court",
            "1. Apologies and declarations of interest",
            "2. Minutes of the meeting held on 11 March 2025",
            "3. Chief Executive's report",
            "4. Repairs performance",
            "5. Tenant satisfaction measures",
            "6. Any other business",
        ],
        items=[
            ("1", "Apologies and declarations of interest"),
            ("2", "Minutes of the meeting held on 11 March 2025"),
            ("3", "Chief Executive's report"),
            ("4", "Repairs performance"),
            ("5", "Tenant satisfaction measures"),
            ("6", "Any other business"),
        ],
        fields=of_body("Ferncliffe Homes Co-operative", "Board of Management", "2025-04-08", "agenda_pack"),
    )


def joint_waste_minutes_own_body() -> Paper:
    """A joint strategic waste committee's minutes with no host named: the joint committee is its own body;
    the member councils' names stand in the attendance list."""
    return Paper(
        rows=[
            "# Greater Sedge Joint Strategic Waste Committee",
            "** Minutes of the meeting held on Monday 10 February 2025 at 2.00 pm, Sedge House",
            "Present: Councillor P Ames (Sedgemoor District Council) (Chair), Councillor R Bell (Brookvale Borough",
            "Council), Councillor S Cole (Westmead District Council)",
            "** 1. Apologies for Absence",
            "None.",
            "** 2. Minutes of the Previous Meeting",
            "The minutes of 11 November 2024 were approved.",
            "** 3. Joint Municipal Waste Strategy Review",
            "The Committee agreed the timetable.",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes of the Previous Meeting"),
            ("3", "Joint Municipal Waste Strategy Review"),
        ],
        fields=own_meeting("Greater Sedge Joint Strategic Waste Committee", "2025-02-10"),
    )


def welsh_ordinal_date_frontsheet() -> Paper:
    """A Welsh community council's Welsh-first agenda: 'Nos Lun, 3ydd Mawrth 2025' over 'Monday, 3rd March 2025'."""
    return Paper(
        rows=[
            "# Cyngor Cymuned Llanhyfryd",
            "# Llanhyfryd Community Council",
            "** Rhaglen / Agenda",
            "Nos Lun, 3ydd Mawrth 2025 am 7.00 yh / Monday, 3rd March 2025 at 7.00 pm",
            "Neuadd y Pentref / Village Hall",
            "1. Ymddiheuriadau / Apologies",
            "2. Datgan Buddiant / Declarations of Interest",
            "3. Cofnodion / Minutes",
            "4. Materion Cynllunio / Planning Matters",
        ],
        items=[
            ("1", "Ymddiheuriadau / Apologies"),
            ("2", "Datgan Buddiant / Declarations of Interest"),
            ("3", "Cofnodion / Minutes"),
            ("4", "Materion Cynllunio / Planning Matters"),
        ],
        fields=own_meeting("Llanhyfryd Community Council", "2025-03-03", "agenda_pack"),
    )


DOCUMENTS = {
    "scottish-minute-sederunt": scottish_minute_sederunt,
    "scottish-item-labels-frontsheet": scottish_item_labels_frontsheet,
    "scottish-agenda-item-cover": scottish_agenda_item_cover,
    "ijb-minute-numbered-decimal": ijb_minute_numbered_decimal,
    "scottish-provost-full-council": scottish_provost_full_council,
    "welsh-bilingual-frontsheet": welsh_bilingual_frontsheet,
    "welsh-minutes-welsh-date-first": welsh_minutes_welsh_date_first,
    "welsh-national-park-agenda": welsh_national_park_agenda,
    "ni-minutes-prefixed-numbers": ni_minutes_prefixed_numbers,
    "ni-monthly-council-minutes": ni_monthly_council_minutes,
    "fire-authority-minutes-caps-heading-date": fire_authority_minutes_caps_heading_date,
    "police-crime-panel-minutes": police_crime_panel_minutes,
    "combined-authority-timed-agenda": combined_authority_timed_agenda,
    "timed-agenda-inline": timed_agenda_inline,
    "nhs-trust-board-part1-agenda": nhs_trust_board_part1_agenda,
    "nhs-enclosure-cover": nhs_enclosure_cover,
    "icb-board-minutes": icb_board_minutes,
    "school-governors-minutes-subitems": school_governors_minutes_subitems,
    "academy-trust-board-agenda": academy_trust_board_agenda,
    "housing-association-board-minutes": housing_association_board_minutes,
    "drainage-board-minutes-caps-date": drainage_board_minutes_caps_date,
    "crematorium-joint-committee-frontsheet": crematorium_joint_committee_frontsheet,
    "hwb-minutes-margin-numbers": hwb_minutes_margin_numbers,
    "district-minutes-caps-date-heading": district_minutes_caps_date_heading,
    "decimal-minutes-with-subsub": decimal_minutes_with_subsub,
    "icb-agenda-purpose-lines": icb_agenda_purpose_lines,
    "fire-agenda-item-cover": fire_agenda_item_cover,
    "governors-agenda-time-column": governors_agenda_time_column,
    "crematorium-minutes-prefixed": crematorium_minutes_prefixed,
    "combined-authority-scrutiny-minutes": combined_authority_scrutiny_minutes,
    "hosted-police-panel-frontsheet": hosted_police_panel_frontsheet,
    "scottish-minute-item-headings": scottish_minute_item_headings,
    "ni-district-council-two-places-agenda": ni_district_council_two_places_agenda,
    "scottish-minute-sederunt-plain": lambda: plain(scottish_minute_sederunt),
    "ijb-minute-numbered-decimal-plain": lambda: plain(ijb_minute_numbered_decimal),
    "welsh-bilingual-frontsheet-plain": lambda: plain(welsh_bilingual_frontsheet),
    "ni-minutes-prefixed-numbers-plain": lambda: plain(ni_minutes_prefixed_numbers),
    "fire-authority-minutes-caps-heading-date-plain": lambda: plain(fire_authority_minutes_caps_heading_date),
    "school-governors-minutes-subitems-plain": lambda: plain(school_governors_minutes_subitems),
    "icb-agenda-purpose-lines-plain": lambda: plain(icb_agenda_purpose_lines),
    "hwb-minutes-margin-numbers-plain": lambda: plain(hwb_minutes_margin_numbers),
    "nhs-cover-dashed-part-label": nhs_cover_dashed_part_label,
    "bilingual-frontsheet-english-first": bilingual_frontsheet_english_first,
    "ni-three-place-council-minutes": ni_three_place_council_minutes,
    "housing-coop-board-of-management": housing_coop_board_of_management,
    "joint-waste-minutes-own-body": joint_waste_minutes_own_body,
    "welsh-ordinal-date-frontsheet": welsh_ordinal_date_frontsheet,
    "ni-three-place-council-minutes-plain": lambda: plain(ni_three_place_council_minutes),
    "bilingual-frontsheet-english-first-plain": lambda: plain(bilingual_frontsheet_english_first),
}

PAGES: dict[str, list[tuple[str, str]]] = {
    "scottish-item-labels-frontsheet": [
        ("2", "5-10"),
        ("3", "11-24"),
        ("4", "25-40"),
        ("5.1", "41-48"),
        ("5.2", "49-56"),
    ],
    "welsh-bilingual-frontsheet": [("3", "1-8"), ("4", "9-64"), ("5", "65-70")],
    "welsh-national-park-agenda": [("3", "1-6"), ("4", "7-30"), ("5", "31-44")],
    "crematorium-joint-committee-frontsheet": [("2", "1-4"), ("3", "5-12"), ("4", "13-20"), ("5", "21-24")],
    "hosted-police-panel-frontsheet": [("2", "1-8"), ("3", "9-30"), ("4", "31-48"), ("5", "49-52")],
    "bilingual-frontsheet-english-first": [("3", "1-40")],
}
CHECKS = ("items", "pages", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


def _judged(name: str, check: str) -> bool:
    base = name.removesuffix("-plain")
    if check == "pages":
        return base in PAGES
    if check == "items":
        return DOCUMENTS[name]().items is not None
    return DOCUMENTS[name]().fields.get(check, ANY) is not ANY


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round61")


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper, found, base = DOCUMENTS[name](), read_papers[name], name.removesuffix("-plain")
    if check == "items":
        assert found["items"] == [(number, folded(title)) for number, title in paper.items or []]
    elif check == "pages":
        assert found["pages"] == PAGES[base]
    else:
        assert same_field(check, found[check], paper.fields[check]), (found[check], paper.fields[check])


# ================================================================ meeting dates written in other ways


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Dydd Iau, 9 Ionawr 2025", "2025-01-09"),
        ("Dydd Mawrth, 14 Ionawr 2025 am 2.00 yp", "2025-01-14"),
        ("on TUESDAY, 4TH MARCH, 2025 at 10.00 am", "2025-03-04"),
        ("held on WEDNESDAY, 12TH MARCH, 2025 at 2.00 pm", "2025-03-12"),
        ("Dydd Mercher, 12 Chwefror 2025 / Wednesday, 12 February 2025, 10.00 am", "2025-02-12"),
        ("Pwyllgor Safonau - Dydd Llun, 21ain Tachwedd, 2022 2.00 yp", "2022-11-21"),
        ("Dydd Iau, 9fed Ionawr 2025", "2025-01-09"),
        ("Nos Fawrth, 1af Ebrill 2025 am 7.00 yh", "2025-04-01"),
        ("Dydd Gwener, 2il Mai, 2025", "2025-05-02"),
        ("Dydd Sadwrn, 3ydd Mehefin 2025", "2025-06-03"),
    ],
)
def test_meeting_date_forms(text: str, date: str) -> None:
    """As segmentation reads a title block: its Welsh forms written out first (``normalise_date_text``)."""
    assert find_meeting_date(normalise_date_text(text)) == dt.date.fromisoformat(date)
