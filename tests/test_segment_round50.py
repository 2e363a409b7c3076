"""Round 50 suite: document fields (type, body, committee, meeting date) and minute or agenda items of genres earlier
rounds barely drew, from bodies no earlier suite cites: a national park authority's notice of meeting, a fire
authority's amended agenda and its minutes, an Irish county council's monthly minutes, a West Australian shire's
minutes and order of business, a Scottish integration joint board's notice, a police and crime panel's agenda, a
university council's minutes, a New Zealand city council's extraordinary meeting notice and a Welsh community
council's minutes numbered in a running series.

(a) Body and committee as these papers print them: 'Meeting: National Park Authority' under the authority's
letterhead, a fire authority or a police and crime panel holding its own meeting (body and committee the same, as
rounds 39, 41 and 48 settle for fire and combined authorities); a shire's or city council's 'Ordinary Council
Meeting' (its 'Council', as the dev golds give 'Township of Nipissing' | 'Council'), an Irish county council's
monthly minutes ('County Council', as round 38 reads them); a university's 'COUNCIL' under 'UNIVERSITY OF X'; a
shire named only in the running head ('18 November, 2026 – Ordinary Meeting of Council – Minutes Shire of X'); an
integration joint board named in its notice's sentence ('A meeting of the INTEGRATION JOINT BOARD (IJB) will be
held …').
(b) Dates: the meeting's date, not the letter's ('Date: 11 February 2027' over 'Meeting: …' / 'Date: Friday 19
February 2027'; '20 May 2027' over 'will be held … on WEDNESDAY, 26 MAY 2027'); a date printed with its time
('9 JUNE 2027 - 11.00 AM'); 'That the minutes of the Ordinary Meeting of Council held on 21 October 2026 be
confirmed' dates the last meeting, the running head this one.
(c) Items: a timing column ('5 mins') and page ranges beside agenda titles, 'FOR DECISION' section lines and
'Appendix 1' lines between them, '4a' and '4b' items after '3.3', '3.1' sub-items, minute numbers '120.' and
'26.81', a heading ending in a colon ('2. Confirmation of Minutes:'), a bold title wrapped in a 'No. / Item' grid
over its regular description; NOT items: the paper's reference at the right of its title ('CNL/26/98'), a
presentation's time ('At 10:45am: …'), a 'Nil' line, a 'Page 1 of 9' footer, a paper reference '(CNL/26/77)' and
the statutory paragraphs of a notice ('Pursuant to Clause 21 of Schedule 7 …').

Left unjudged: the items of a shire's order of business ('a)' under '7.2': no gold file settles its number) and of
a community council's running minutes ('2829 Apologies for absence were received …' has no heading to title it).

Where corpus/gold/README.md leaves a field open the case does not judge it (``ANY``): the body of an integration
joint board's notice that names no host.

Single documents are drawn with ``segment_cases.render`` and read by ``document_facts`` then ``minutes_items`` or
``agenda_items`` (``segment_cases.fields_and_items``).

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://docslib.org/download/1480541/public-pack-agenda-document-for-national-park-authority-19-02-2021 ('Public Document Pack', 'Our Ref: A.1142/2716', 'Date: 11 February 2021', 'NOTICE OF MEETING', 'Meeting: National Park Authority', 'Date: Friday 19 February 2021', '2. Minutes of meetings on 13 November & 4 December 2020 (Pages 5 - 12) 5 mins', 'FOR DECISION', 'Appendix 1')
- https://docslib.org/doc/1531442/9-june-2017-pdf (a fire authority's 'ORDINARY MEETING 9 JUNE 2017 - 11.00 AM', 'MEMBERS OF … FIRE AUTHORITY', 'AMENDED AGENDA', '3. TO CONFIRM THE MINUTES OF:- 3.1 …', '4a TO RECEIVE COMMUNICATIONS RECEIVED BY THE CHAIR')
- https://docest.com/doc/183491/121-minutes-of-committees (the same authority's 'MINUTES OF ORDINARY MEETING HELD ON FRIDAY, 31 MARCH 2006', 'PRESENT: CHAIRMAN', 'PROPER OFFICERS:-', '121. MINUTES OF COMMITTEES', '122. REPORTS OF THE CHIEF FIRE OFFICER')
- https://docslib.org/doc/11062017/minutes-of-meeting-of-monaghan-county-council-held-in-the-mtek-building-armagh-road-monaghan-on-monday-4th-april-2011-at-2-00-p-m ('Minutes of meeting of X County Council held in the Mtek Building, … on Monday 4th April, 2011 at 2.00 p.m.', 'Chair: Cllr …, Mayor.', 'Apology:', '1. Address by His Excellency …', 'On the proposal of Cllr …')
- https://vdocuments.mx/minutes-november-2014-kentwagovau.html ('19 November, 2014 – Ordinary Meeting of Council – Minutes Shire of Kent', '1. DECLARATION OF OPENING & ANNOUNCEMENT OF VISITORS', 'Financial Interest Nil', '6.1 Ordinary Meeting of Council held on Wednesday 15 October 2014')
- https://leonora.wa.gov.au/council-meetings/ordinary-council-meetings/ordinary-council-meeting-17-august-2021/280 ('Ordinary Council Meeting - 17 August 2021', 'Order of Business', 'At 10:45am: … to present …', '11. Reports of Officers', '11.1 Chief Executive Officer', 'Nil', '14. Next Meeting - Tuesday 28th September, 2021')
- https://docslib.org/doc/392514/public-pack-agenda-document-for-integration-joint-board-ijb-27-05-2020-13-00 ('20 May 2020', 'NOTICE OF MEETING', 'A meeting of the INTEGRATION JOINT BOARD (IJB) will be held VIA SKYPE on WEDNESDAY, 27 MAY 2020 at 1:00 PM, which you are requested to attend.', 'BUSINESS', '3. MINUTES (Pages 3 - 12)', '(b) Finance and Policy Committee held on 6 March 2020 (Pages 13 - 16)', 'Report by Chief Officer')
- https://moderngov.cheshireeast.gov.uk/ieListDocuments.aspx?MId=7668 ('Cheshire Police and Crime Panel', 'Friday, 14th June, 2019 2.00 pm', 'Venue: Council Chamber, Municipal Buildings, …', 'Contact: … Registration and Civic Services Manager', '2. Appointment of Chairman for the 2019/20 Municipal Year', '4. Code of Conduct - Declaration of Interests. Relevant Authorities …')
- https://studylib.net/doc/14834098/university-of-exeter-cnl-14-98-council ('UNIVERSITY OF EXETER CNL/14/98 COUNCIL', 'A meeting of the Council was held on Thursday 16 October 2014 at 10.00am in the Council Chamber, …', 'PRESENT:', 'IN ATTENDANCE:', 'APOLOGIES:', '14.81 Chair's Opening Remarks', 'Page 1 of 9', 'were CONFIRMED (CNL/14/76)')
- http://palmerstonnorth.infocouncil.biz/Open/2017/10/COU_20171009_AGN_7650_AT_EXTRA.htm ('PALMERSTON NORTH CITY COUNCIL', 'Extraordinary Council MEETING', 'MEETING NOTICE', 'Pursuant to Clause 21 of Schedule 7 of the Local Government Act 2002, I hereby requisition …', 'Order of Business', '2. Confirmation of Agenda and Urgent items')
- https://docslib.org/doc/9434884/on-tuesday-20th-july-2010-a-meeting-of-trefeurig-community ('On Tuesday 20th July 2010 a Meeting of … Council was held in Neuadd y Penrhyn, … at 7.00 pm', '2830 Personal Matters – none', '2832 Confirmation of Minutes: It was RESOLVED …', 'Min 2804 … Highway Matters: …')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from segment_cases import (
    ANY,
    Paper,
    assert_paper_check,
    of_body,
    own_meeting,
    paper_check_params,
    plain,
    read_papers_fixture,
)

FIELDS = ("meeting_date", "body", "committee", "doc_type")


# ================================================================ (a) authorities and panels of England and Scotland


def national_park_notice() -> Paper:
    """A national park authority's notice of meeting: letterhead, the letter's date over 'Meeting:' and the meeting's
    'Date:', a timing column beside the agenda titles, 'FOR DECISION' section lines and 'Appendix' lines."""
    return Paper(
        rows=[
            "Public Document Pack",
            "# Wyedale National Park Authority",
            "Tel: 01629 555200  E-mail: customer.service@wyedale.gov.uk",
            "Brook House, Ashford Road, Wyebridge, Derbyshire. DE45 9ZZ",
            "Our Ref: A.1142/2716",
            "Date: 11 February 2027",
            "** NOTICE OF MEETING",
            "Meeting: National Park Authority",
            "Date: Friday 19 February 2027",
            "Time: 10.00 am",
            "Venue: Webex - Virtual Meeting",
            "HELEN ASHWORTH",
            "CHIEF EXECUTIVE",
            "** AGENDA",
            "1. Roll Call of Members Present, Apologies for Absence and Members Declarations of Interest",
            [(56, "2. Minutes of meetings on 13 November & 4 December 2026 (Pages 5 - 12)"), (480, "5 mins")],
            "3. Urgent Business",
            "4. Public Participation",
            ">To note any questions or to receive any statements, representations, deputations and petitions",
            "** FOR INFORMATION",
            [(56, "5. Chair's Briefing"), (480, "5 mins")],
            [(56, "6. Chief Executive's Report (SLF) (Pages 13 - 18)"), (480, "5 mins")],
            ">Appendix 1",
            "** FOR DECISION",
            [(56, "7. Budget 2027/28 (JW) (Pages 19 - 46)"), (480, "30 mins")],
            ">Appendix 1a",
            ">Appendix 2",
            [(56, "8. External Audit – 2025/26 Annual Audit Letter (A1362/ JW) (Pages 47 - 62)"), (480, "10 mins")],
        ],
        items=[
            ("1", "Roll Call of Members Present, Apologies for Absence and Members Declarations of Interest"),
            ("2", "Minutes of meetings on 13 November & 4 December 2026"),
            ("3", "Urgent Business"),
            ("4", "Public Participation"),
            ("5", "Chair's Briefing"),
            ("6", "Chief Executive's Report (SLF)"),
            ("7", "Budget 2027/28 (JW)"),
            ("8", "External Audit – 2025/26 Annual Audit Letter (A1362/ JW)"),
        ],
        # 'Meeting: National Park Authority': the authority's own meeting, the authority whole (as facts.py reads
        # 'the Authority' under its letterhead, and rounds 39 and 48 judge a fire authority's own papers)
        fields=own_meeting("Wyedale National Park Authority", "2027-02-19", "agenda_pack"),
    )


def fire_authority_amended_agenda() -> Paper:
    """A fire authority's amended agenda: the authority, 'ORDINARY MEETING' and the date with its time, the venue,
    the members by constituent council, '3.1' sub-items under '3.' and '4a'/'4b' items."""
    return Paper(
        rows=[
            "# HARTMOOR FIRE AUTHORITY",
            "## ORDINARY MEETING",
            "** 9 JUNE 2027 - 11.00 AM",
            "HARTMOOR FIRE BRIGADE, TRAINING & ADMINISTRATION HUB, ENDEAVOUR HOUSE, QUEENS MEADOW BUSINESS PARK,",
            "HARTPOOL, TS25 9ZZ",
            "MEMBERS OF HARTMOOR FIRE AUTHORITY -",
            "HARTPOOL : Councillors - Rob Cole, Marjorie Jameson, Ray Martin-Wells",
            "MIDDLEBY : Councillors - Jan Brunt, Teresa Higson, Naweed Hassan, Tom Mawson",
            "** AMENDED AGENDA",
            "1. APOLOGIES FOR ABSENCE",
            "2. DECLARATIONS OF MEMBERS INTEREST",
            "3. TO CONFIRM THE MINUTES OF:-",
            ">3.1 Executive (Appointments) Committee - 21 April 2027",
            ">3.2 Executive Committee - 12 May 2027",
            ">3.3 Hartmoor Fire Authority Annual Meeting - 2 June 2027",
            "4a TO RECEIVE COMMUNICATIONS RECEIVED BY THE CHAIR",
            "4b TO RECEIVE THE REPORT OF THE LEGAL ADVISER AND MONITORING OFFICER",
            "5. TO RECEIVE THE REPORTS OF THE CHIEF FIRE OFFICER",
            ">5.1 Annual Performance and Efficiency Report 2026/27",
            ">5.2 Information Pack",
        ],
        items=[
            ("1", "APOLOGIES FOR ABSENCE"),
            ("2", "DECLARATIONS OF MEMBERS INTEREST"),
            ("3", "TO CONFIRM THE MINUTES OF:-"),
            ("3.1", "Executive (Appointments) Committee - 21 April 2027"),
            ("3.2", "Executive Committee - 12 May 2027"),
            ("3.3", "Hartmoor Fire Authority Annual Meeting - 2 June 2027"),
            ("4a", "TO RECEIVE COMMUNICATIONS RECEIVED BY THE CHAIR"),
            ("4b", "TO RECEIVE THE REPORT OF THE LEGAL ADVISER AND MONITORING OFFICER"),
            ("5", "TO RECEIVE THE REPORTS OF THE CHIEF FIRE OFFICER"),
            ("5.1", "Annual Performance and Efficiency Report 2026/27"),
            ("5.2", "Information Pack"),
        ],
        fields=own_meeting("Hartmoor Fire Authority", "2027-06-09", "agenda_pack"),
    )


def fire_authority_minutes() -> Paper:
    """The same authority's minutes: 'MINUTES OF ORDINARY MEETING HELD ON' over the date, a PRESENT block by
    constituent council with labels beside names, minute numbers '120.' and a sub-minute '122.1'."""
    return Paper(
        rows=[
            "# HARTMOOR FIRE AUTHORITY",
            "## MINUTES OF ORDINARY MEETING HELD ON",
            "## FRIDAY, 26 MARCH 2027",
            [(56, "PRESENT:", True), (200, "CHAIRMAN")],
            [(200, "Councillor R Paine – Hartpool Borough Council")],
            [(200, "HARTPOOL BOROUGH COUNCIL:")],
            [(200, "Councillors Cambrook, Waller")],
            [(200, "MIDDLEBY COUNCIL:-")],
            [(200, "Councillors Biswas, Clarke, Jones, Mawson, Pearson")],
            [(56, "PROPER OFFICERS:-", True), (200, "Clerk, Legal Adviser, Treasurer")],
            [(56, "APOLOGIES FOR ABSENCE", True), (200, "Councillor Flinders - Hartpool")],
            "** 120. MINUTES",
            "RESOLVED – that the minutes of the Hartmoor Fire Authority Ordinary meetings held on 29 January 2027",
            "and 12 February 2027 be confirmed.",
            "** 121. MINUTES OF COMMITTEES",
            "RESOLVED – that the minutes of the Tender Committee Meeting held on 29 January 2027 be confirmed.",
            "** 122. REPORTS OF THE CHIEF FIRE OFFICER",
            "** 122.1 REGIONAL MANAGEMENT BOARD – ORGANISATION DEVELOPMENT PLAN AND WORK PROGRAMME",
            "The Chief Fire Officer advised Members of the outcome of the work programme of the Board.",
        ],
        items=[
            ("120", "MINUTES"),
            ("121", "MINUTES OF COMMITTEES"),
            ("122", "REPORTS OF THE CHIEF FIRE OFFICER"),
            ("122.1", "REGIONAL MANAGEMENT BOARD – ORGANISATION DEVELOPMENT PLAN AND WORK PROGRAMME"),
        ],
        fields=own_meeting("Hartmoor Fire Authority", "2027-03-26"),
    )


def ijb_notice_of_meeting() -> Paper:
    """An integration joint board's notice: the letter's date, 'A meeting of the INTEGRATION JOINT BOARD (IJB) will
    be held … on WEDNESDAY, 26 MAY 2027', 'BUSINESS' with page ranges, lettered committee minutes under '4.' and
    'Report by …' lines under the titles."""
    return Paper(
        rows=[
            "Public Document Pack",
            "20 May 2027",
            "** NOTICE OF MEETING",
            "A meeting of the INTEGRATION JOINT BOARD (IJB) will be held VIA TEAMS on WEDNESDAY, 26 MAY 2027 at",
            "1:00 PM, which you are requested to attend.",
            "Douglas Hendrie",
            "Executive Director",
            "** BUSINESS",
            "1. APOLOGIES FOR ABSENCE",
            "2. DECLARATIONS OF INTEREST",
            "3. MINUTES (Pages 3 - 12)",
            ">Integration Joint Board held on 24 March 2027",
            "4. MINUTES OF COMMITTEES",
            ">(a) Clinical and Care Governance Committee held on 21 January 2027 (Pages 13 - 16)",
            ">(b) Finance and Policy Committee held on 5 March 2027 (Pages 17 - 20)",
            "5. CHIEF OFFICER'S REPORT (Pages 21 - 24)",
            ">Report by Chief Officer",
            "6. BUDGET MONITORING AS AT 31 MARCH 2027 (Pages 25 - 38)",
            ">Report by Head of Finance and Transformation",
        ],
        items=[
            ("1", "APOLOGIES FOR ABSENCE"),
            ("2", "DECLARATIONS OF INTEREST"),
            ("3", "MINUTES"),
            ("4", "MINUTES OF COMMITTEES"),
            ("4(a)", "Clinical and Care Governance Committee held on 21 January 2027"),
            ("4(b)", "Finance and Policy Committee held on 5 March 2027"),
            ("5", "CHIEF OFFICER'S REPORT"),
            ("6", "BUDGET MONITORING AS AT 31 MARCH 2027"),
        ],
        fields=of_body(ANY, "Integration Joint Board", "2027-05-26", "agenda_pack"),
    )


def police_and_crime_panel_agenda() -> Paper:
    """A police and crime panel's agenda as its committee system prints it: the panel, the date and time, 'Venue:'
    and 'Contact:' lines, a 'No. / Item' grid whose bold titles (one wrapped) stand over lines of description."""
    return Paper(
        rows=[
            "# Agenda",
            "## Deeside Police and Crime Panel",
            "Friday, 11th June, 2027 2.00 pm",
            "Venue: Council Chamber, Municipal Buildings, Market Street, Nantford NF1 2BJ",
            "Contact: Martin Smyth  Registration and Civic Services Manager",
            "** Items",
            [(56, "No.", True), (90, "Item", True)],
            [(56, "1."), (90, "Apologies", True)],
            [(90, "Members are reminded that, in accordance with governance procedure rule 2.7, Panel Members may")],
            [(90, "nominate substitute members of the Panel in the event that the appointed representative is unable")],
            [(56, "2."), (90, "Appointment of Chairman for the 2027/28 Municipal Year", True)],
            [(90, "To appoint a Chairman for the 2027/28 Municipal Year.")],
            [(56, "3."), (90, "Appointment of Deputy Chairman for the 2027/28 Municipal Year", True)],
            [(90, "To appoint a Deputy Chairman for the 2027/28 Municipal Year.")],
            [(56, "4."), (90, "Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable", True)],
            [(90, "Pecuniary Interests) Regulations 2012", True)],
            [(90, "Members are reminded of their responsibility to declare any disclosable pecuniary interest")],
            [(90, "which they have in any item of business on the agenda no later than when it is reached.")],
            [(56, "5."), (90, "Public Participation", True)],
            [(90, "To receive questions from members of the public in accordance with governance procedure rule 14.")],
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Appointment of Chairman for the 2027/28 Municipal Year"),
            ("3", "Appointment of Deputy Chairman for the 2027/28 Municipal Year"),
            (
                "4",
                "Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable Pecuniary Interests) "
                "Regulations 2012",
            ),
            ("5", "Public Participation"),
        ],
        fields=own_meeting("Deeside Police and Crime Panel", "2027-06-11", "agenda_pack"),
    )


def university_council_minutes() -> Paper:
    """A university council's minutes: the university, the paper's reference and 'COUNCIL', 'A meeting of the
    Council was held on …', labelled blocks of members, minute numbers '26.81' beside their titles, a paper
    reference in the record and the page count at the foot."""
    return Paper(
        rows=[
            [(56, "UNIVERSITY OF EXBRIDGE", True), (440, "CNL/26/98", True)],
            [(56, "COUNCIL", True)],
            "A meeting of the Council was held on Thursday 15 October 2026 at 10.00am in the Council Chamber,",
            "Northcote House.",
            [(56, "PRESENT:", True)],
            "Pro-Chancellor, Miss S J Turvey (Chair)",
            "Mr C J Allwood",
            "Provost, Professor J M Kaye",
            [(56, "IN ATTENDANCE:", True)],
            "Chief Financial Officer, Mr A Connell",
            [(56, "APOLOGIES:", True)],
            "Mr N Bullen",
            [(56, "26.81", True), (110, "Chair's Opening Remarks", True)],
            [(110, "The Chair welcomed Rachel Gilley, Students' Guild President, to the meeting.")],
            [(56, "26.82", True), (110, "Dual Assurance Update: Information Technology", True)],
            [(110, "Council RECEIVED a Dual Assurance update on Information Technology (CNL/26/77).")],
            [(56, "26.83", True), (110, "Declarations of Interest", True)],
            [(110, "Members NOTED the register of members' interests in relation to the business of the agenda.")],
            [(56, "26.84", True), (110, "Minutes", True)],
            [(110, "The minutes of the meeting held on 9 July 2026 were CONFIRMED (CNL/26/76).")],
        ],
        items=[
            ("26.81", "Chair's Opening Remarks"),
            ("26.82", "Dual Assurance Update: Information Technology"),
            ("26.83", "Declarations of Interest"),
            ("26.84", "Minutes"),
        ],
        fields=of_body("University of Exbridge", "Council", "2026-10-15", "minutes"),
        foot="Page 1 of 9",
    )


# ======================================================================== (b) Irish, Australian and NZ councils


def irish_county_council_minutes() -> Paper:
    """An Irish county council's monthly minutes: one paragraph naming the council, the building and the date, the
    chair and members, 'Apology:', numbered headings ending in a colon over their record."""
    return Paper(
        rows=[
            "** Minutes of meeting of Ballinmore County Council held in the Mtek Building, Armagh Road,",
            "** Ballinmore on Monday 5th April, 2027 at 2.00 p.m.",
            "Chair: Cllr J. Crowley, Mayor.",
            "Present: Cllrs Bannon, Carty, Conlan, Connolly, Coyne, Gallagher, Keelan, Maxwell, McElvaney.",
            "Mr. D. Fallon, A/County Manager, Mr. P. Clifford, Director of Service, Ms. C. Thornton, Meetings",
            "Administrator.",
            "Apology: Cllrs Carvill and S. Trainor.",
            "1. Address by His Excellency Loyola Hearne, Canadian Ambassador to Ireland:",
            "In welcoming His Excellency, the Mayor stated that it was a great honour and privilege for him.",
            "2. Confirmation of Minutes:",
            "On the proposal of Cllr B. McKenna seconded by Cllr Crowley, it was agreed that the minutes of the",
            "Council meeting held on 1st March, 2027, be confirmed.",
            "3. Correspondence",
            "The following correspondence was circulated with the agenda –",
        ],
        items=[
            ("1", "Address by His Excellency Loyola Hearne, Canadian Ambassador to Ireland"),
            ("2", "Confirmation of Minutes"),
            ("3", "Correspondence"),
        ],
        # the full council's own meeting: 'County Council', as round 38 reads an Irish county's monthly minutes
        fields=of_body("Ballinmore County Council", "County Council", "2027-04-05", "minutes"),
    )


def shire_minutes_running_head() -> Paper:
    """A West Australian shire's minutes: the shire named only in the running head with the meeting's date,
    'MINUTES' and the month, numbered headings in capitals with 'Nil' lines, a '6.1' item naming the previous
    meeting's date."""
    return Paper(
        rows=[
            "# MINUTES",
            "## NOVEMBER 2026",
            "1. DECLARATION OF OPENING & ANNOUNCEMENT OF VISITORS",
            "The Chair Person, the Shire President, Cr Crosbie, declared the meeting opened at 5.20 pm.",
            "2. RECORD OF ATTENDANCE/APOLOGIES & APPROVED LEAVE OF ABSENCE",
            [(56, "Members"), (200, "Cr C Crosbie"), (360, "Shire President")],
            [(200, "Cr M Tuffnell"), (360, "Member")],
            [(56, "Staff"), (200, "JP Bentley"), (360, "Chief Executive Officer")],
            "3. DECLARATION OF INTERESTS:",
            [(56, "Financial Interest"), (300, "Nil")],
            "4. PUBLIC QUESTION TIME:",
            "Nil",
            "5. APPLICATION FOR MEMBERS FOR LEAVE OF ABSENCE:",
            "6. CONFIRMATION and RECEIVING OF MINUTES/BUSINESS ARISING:",
            "6.1 Ordinary Meeting of Council held on Wednesday 21 October 2026",
            "That the minutes of the Ordinary Meeting of Council held on 21 October 2026 be confirmed.",
            "---",
            "7. ANNOUNCEMENTS BY PRESIDING PERSON WITHOUT DISCUSSION:",
            "Nil",
        ],
        items=[
            ("1", "DECLARATION OF OPENING & ANNOUNCEMENT OF VISITORS"),
            ("2", "RECORD OF ATTENDANCE/APOLOGIES & APPROVED LEAVE OF ABSENCE"),
            ("3", "DECLARATION OF INTERESTS"),
            ("4", "PUBLIC QUESTION TIME"),
            ("5", "APPLICATION FOR MEMBERS FOR LEAVE OF ABSENCE"),
            ("6", "CONFIRMATION and RECEIVING OF MINUTES/BUSINESS ARISING"),
            ("6.1", "Ordinary Meeting of Council held on Wednesday 21 October 2026"),
            ("7", "ANNOUNCEMENTS BY PRESIDING PERSON WITHOUT DISCUSSION"),
        ],
        # a shire's 'Ordinary Meeting of Council': its council (the dev golds: 'Township of Nipissing' | 'Council')
        fields=of_body("Shire of Kondinup", "Council", "2026-11-18", "minutes"),
        head="18 November, 2026 – Ordinary Meeting of Council – Minutes Shire of Kondinup",
    )


def shire_order_of_business() -> Paper:
    """A shire's ordinary council meeting agenda: the shire, 'Ordinary Council Meeting - <date>' and the day and
    time, 'Order of Business', a presentation's time under item 1, '11.1' officers with 'Nil' and lettered lines."""
    return Paper(
        rows=[
            "# SHIRE OF MULGARRA",
            "## Ordinary Council Meeting - 17 August 2027",
            "Tuesday, August 17, 2027 - 09:30 AM",
            "** Order of Business",
            "1. Declaration of Opening / Announcement of Visitors / Financial Interest Declarations",
            ">At 10:45am: Mr Andrew Strellan and Mr Brett Ascot from Saint Barb Limited to present the Province Plan",
            "2. Disclaimer Notice",
            "3. Council Meeting Information Notes",
            "4. Record of Attendance / Apologies / Leave of Absence (Previously Approved)",
            "5. Public Question Time",
            "6. Confirmation of Minutes From Previous Meeting",
            "7. Reports of Officers",
            ">7.1 Chief Executive Officer",
            ">Nil",
            ">7.2 Deputy Chief Executive Officer",
            ">>a) Monthly Financial Statements - 31st July, 2027",
            ">>b) Accounts for Payment",
            "8. Next Meeting - Tuesday 21st September, 2027",
            "9. Closure of Meeting",
        ],
        items=None,  # 'a)' under '7.2': no gold file settles a lettered line's number under a sub-item
        fields=of_body("Shire of Mulgarra", "Council", "2027-08-17", "agenda_pack"),
    )


def city_council_extraordinary_notice() -> Paper:
    """A New Zealand city council's extraordinary meeting notice: the members' names in two columns, the council,
    'Extraordinary Council MEETING' and the date, 'MEETING NOTICE' with the statutory paragraph naming the date
    again, 'Order of Business' with statutory paragraphs under the items."""
    return Paper(
        rows=[
            [(56, "Tangi Utley (Deputy Mayor)"), (300, "Brent Barrow")],
            [(56, "Leonie Hapgood"), (300, "Susan Batey")],
            "# WAIMARU CITY COUNCIL",
            "## Extraordinary Council MEETING",
            "** 11 October 2027",
            "** MEETING NOTICE",
            "Pursuant to Clause 21 of Schedule 7 of the Local Government Act 2002, I hereby requisition an",
            "extraordinary meeting of the Council to be held at 9.00am on Monday, 11 October 2027 in the Council",
            "Chamber, first floor, Civic Administration Building, 32 The Square, Waimaru, to consider the business",
            "stated below.",
            "MAYOR",
            "** Order of Business",
            "1. Apologies",
            "2. Confirmation of Agenda and Urgent items",
            "Pursuant to Sections 46A(7) and 46A(7A) of the Local Government Official Information and Meetings Act",
            "1987, to receive the Chairperson's explanation that specified item(s) will be discussed.",
            "3. Declarations of Interest (if any)",
            "4. Central Library Seismic Strengthening",
            "Report, presented by Sarah Dunning, Manager - Property.",
            "5. Exclusion of Public",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Confirmation of Agenda and Urgent items"),
            ("3", "Declarations of Interest (if any)"),
            ("4", "Central Library Seismic Strengthening"),
            ("5", "Exclusion of Public"),
        ],
        # 'Extraordinary Council MEETING': the council as printed, as the dev golds give 'City of Winnipeg' | 'Council'
        fields=of_body("Waimaru City Council", "Council", "2027-10-11", "agenda_pack"),
    )


def community_council_running_minutes() -> Paper:
    """A Welsh community council's minutes: one opening sentence naming the day, the council, the hall and the
    time, a running minute series ('2829 …') whose headings run on into their record with a dash or colon, and a
    minute reference ('Min 2804 …') inside a record."""
    return Paper(
        rows=[
            "On Tuesday 20th July 2027 a Meeting of Llanfeurig Community Council was held in Neuadd y Garn,",
            "Penrhyngoch at 7.00 pm",
            "PRESENT: Cllrs Trefor Davey (Chair); Mrs G Pryce; Mrs E Davey; R Owens; D Jonas and clerk",
            "2829 Apologies for absence were received from Cllrs DM Hughson; T Lewes; D Shepperd",
            "2830 Personal Matters – none",
            "2831 Declaration of Personal or Prejudicial Interest – none received",
            "2832 Confirmation of Minutes: It was RESOLVED to confirm as a true record the Minutes of the Meeting held",
            "on 22 June 2027. The following matters arising from the Minutes were discussed:",
            "Min 2804 Highway Matters: Confirmation received that various highway matters have been noted",
            "2833 War Memorial Railings: A report has recently been received that the contractor has been delayed.",
        ],
        items=None,  # '2829 Apologies for absence were received …' has no heading: no gold file settles its title
        fields=own_meeting("Llanfeurig Community Council", "2027-07-20"),
    )


DOCUMENTS = {
    "national-park-notice": national_park_notice,
    "fire-authority-amended-agenda": fire_authority_amended_agenda,
    "fire-authority-minutes": fire_authority_minutes,
    "ijb-notice-of-meeting": ijb_notice_of_meeting,
    "police-and-crime-panel-agenda": police_and_crime_panel_agenda,
    "university-council-minutes": university_council_minutes,
    "irish-county-council-minutes": irish_county_council_minutes,
    "shire-minutes-running-head": shire_minutes_running_head,
    "shire-order-of-business": shire_order_of_business,
    "city-council-extraordinary-notice": city_council_extraordinary_notice,
    "community-council-running-minutes": community_council_running_minutes,
    "national-park-notice-plain": lambda: plain(national_park_notice),
    "irish-county-council-minutes-plain": lambda: plain(irish_county_council_minutes),
    "fire-authority-minutes-plain": lambda: plain(fire_authority_minutes),
}
CHECKS = ("items", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


read_papers = read_papers_fixture(DOCUMENTS, FIELDS, "round50")


@pytest.mark.parametrize(("name", "check"), paper_check_params(DOCUMENTS, CHECKS, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    assert_paper_check(DOCUMENTS[name](), read_papers[name], check)
