"""Round 10 suite: title blocks and item numbering as REAL minutes, agendas and notices of NEW bodies print them.

Each case keeps the structure and phrasing pattern of a real page (names, places and numbers changed) and states
what a gold annotator would record under corpus/gold/README.md (a parish or town council's own meeting: the council
is body and committee; a township's council meeting: body "Township of X", committee "Council"; a board of a body:
committee "Board"; sub-items "4(a)"). Rendered with reportlab and read through the real code path
(pdf.read_document -> segment), like tests/test_segment_round9.py, whose bodies are not reused. Sources:
- https://www.heritagefund.org.uk/about/decisions/board-meeting-may-2020 (board of trustees, paper refs under headings)
- https://www.brockwellgreenhouses.org.uk/minutes-of-a-meeting-of-trustees-held-on-18-september-2019/ (trustees)
- https://www.dundeehscp.com/publications/ijb/7237 ("At a MEETING of the X held remotely on", Roman numbered items)
- http://mistleyparishcouncil.co.uk/2739-2/ ("Minutes of the full Parish Council Meeting", "1. Title – text")
- https://www.chiseldon-pc.gov.uk/minutes-agendas/minutes-of-the-environment-general-purpose-and-amenities-committee-23rd-february-2023/
- https://meetings.cotswold.gov.uk/ieListDocuments.aspx?CId=1154&MId=1778 (ModernGov "70." alone, title below)
- https://www.pickhillandsinderbypc.co.uk/minutes-of-annual-general-meeting-held-on-23-may-2023-at-pickhill-school-ref-329
- http://files.cityoflaurel.org/clerk/meetings/12971-18th-mayor-and-city-council-meeting-council-chambers (A. B. under 1.)
- https://moderngov.cheshireeast.gov.uk/ecminutes/ieListDocuments.aspx?CId=864&MeetingId=6793 (police and crime panel)
- https://democracy.plymouth.gov.uk/ieListDocuments.aspx?CId=1051&MeetingId=5278 (police and crime panel, CAPS titles)
- https://buckinghamshire.moderngov.co.uk/ieListDocuments.aspx?CId=885&MId=17112&Ver=4 (fire authority)
- http://bedsfireresauth.moderngov.co.uk/ieListDocuments.aspx?CId=147&MId=355 (fire authority, 1.1 paragraphs)
- https://studylib.net/doc/8585410/minutes-of-the-trust-board-meeting--part-1--held-in (NHS trust "2786/12 Item 1")
- https://docsbay.net/Township-of-Chatsworth (township council minutes, "Resolution 2017-12-01", 12.1 sub-items)
- https://assiginack.ca/council-meetings/06-05-2018 (township agenda, a) b) under numbered CAPS headings)
- http://wtc2007minutes.blogspot.com/2007/08 (town council, five-digit running minute numbers)
- https://lawsdocbox.com/amp/127015910-US_Government_Resources/Public-meeting-minutes-of-knowlton-township-committee-warren-county-new-jersey-september-28-2017.html
- https://lawsdocbox.com/amp/107301152-US_Government_Resources/Village-of-machesney-park-illinois-held-in-the-frank-g-bauer-municipal-hall-journal-of-proceedings-regular-meeting-november-20-2017.html
- https://travelsdocbox.com/amp/68569412-United_Kingdom/Minute-of-meeting-scotland-excel-executive-sub-committee.html
- https://hobbydocbox.com/amp/80637196-Investors_and_Patents/Poole-hospital-nhs-foundation-trust-council-of-governors.html
  (listing titles: "NORTHERN IRELAND FIRE & RESCUE SERVICE BOARD MINUTES OF A MEETING", "97th Board Meeting")
- https://www.transport.gov.scot/publication/meeting-minutes-road-safety-framework-local-partnership-forum-west-meeting-minutes-road-safety-framework-local-partnership-forum-west-22-november-2021/
- https://transform.england.nhs.uk/key-tools-and-info/data-saves-lives/health-data-patient-and-public-engagement-and-communications-advisory-panel/action-notes-thursday-29-february-2024/
- https://www.formsbank.com/template/630/sample-meeting-agenda-template.html (Roman numerals past VII, alone on a line)
- https://www.crotononhudson-ny.gov/board-trustees/agenda/board-trustees-meeting-agenda-50 (village board of trustees)
- https://rowletttx.new.swagit.com/videos/51978/transcript ("ITEM 5A", "7-A" consent items)
- https://www.assiginack.ca/council-meetings/09-03-2019/ (township minutes "#209-16-19" motions under CAPS: headings)
- https://docest.com/doc/569361/defra-network-transparency-panel-17th-may2013-minutes (date glued to its month)
- https://laserfiche.stlouispark.org/WebLink/DocView.aspx?dbid=0&id=804479&repo=SLP ("Wed., Nov. 1st, 2023", a. subs)
- https://meetings.municode.com/adaHtmlDocument/index?cc=BURLESONTX&me=7fc30da764044bf694401b7120a2db7e&ip=True
  ("1.CALL TO ORDER", "A.Nominate ..." with no space after the stop; "02/07/2024 11:00 AM")
- https://studylib.net/doc/11253116 ("Minutes of the 47 th meeting of the Advisory Panel ...", a Date:/Time: label column)
- https://weblink.cityofsouthlake.com/WebLink/DocView.aspx?dbid=0&id=1675555&repo=Southlake (caps title with the date)
- http://laserfiche.schertzweb.com/WebLink/DocView.aspx?id=396766&dbid=1&repo=SCHERTZ ("held by the X City Council of")
- https://docslib.org/doc/13770518/city-of-blue-earth-s8 (stacked caps title: city, MINUTES, CITY COUNCIL MEETING)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.pdf import read_document
from agendaparse.segment import document_facts, heading_title, parse_item_number
from conftest import REAL
from segment_cases import ANY, Row, facts_as_judged, items_of, params_with_xfail

TEXT = "The members discussed the matter and agreed to consider it further at the next meeting."
PARISH_HEAD: list[Row] = [
    "# Northwick Parish Council",
    "Minutes of the meeting held on Tuesday 6 July 2021 at 7.30pm in the Village Hall",
    "Present: Cllr J Brown (Chair), Cllr K White, Cllr L Green",
]
BOARD_HEAD: list[Row] = [
    "# Westland Heritage Trust",
    "Minutes of the Board meeting held on 13 May 2020",
    "Present: Ann Smith (Chair), Bob Jones, Carol Patel, David Hill",
]

# (id, rows, expected items)
ITEM_CASES: list[tuple[str, list[Row], list[tuple[str | None, str]]]] = [
    (
        # Dundee IJB: Roman numerals and CAPS titles, the numeral in the margin, past VII
        "roman-numerals-past-seven-minutes",
        BOARD_HEAD
        + [
            [(56, "I", True), (90, "APOLOGIES FOR ABSENCE", True)],
            "Apologies for absence were submitted on behalf of Ann Brown.",
            [(56, "II", True), (90, "DECLARATION OF INTEREST", True)],
            "There were no declarations of interest.",
            [(56, "III", True), (90, "MINUTE OF PREVIOUS MEETING", True)],
            TEXT,
            [(56, "IV", True), (90, "ACTION LOG", True)],
            TEXT,
            [(56, "V", True), (90, "FINANCIAL MONITORING", True)],
            TEXT,
            [(56, "VI", True), (90, "WORKFORCE PLAN", True)],
            TEXT,
            [(56, "VII", True), (90, "PERFORMANCE REPORT", True)],
            TEXT,
            [(56, "VIII", True), (90, "RISK REGISTER", True)],
            TEXT,
            [(56, "IX", True), (90, "ANNUAL REPORT", True)],
            TEXT,
            [(56, "X", True), (90, "ANY OTHER COMPETENT BUSINESS", True)],
            TEXT,
            [(56, "XI", True), (90, "DATE OF NEXT MEETING", True)],
            "The next meeting will be held on 8 December 2021.",
        ],
        [
            ("I", "APOLOGIES FOR ABSENCE"),
            ("II", "DECLARATION OF INTEREST"),
            ("III", "MINUTE OF PREVIOUS MEETING"),
            ("IV", "ACTION LOG"),
            ("V", "FINANCIAL MONITORING"),
            ("VI", "WORKFORCE PLAN"),
            ("VII", "PERFORMANCE REPORT"),
            ("VIII", "RISK REGISTER"),
            ("IX", "ANNUAL REPORT"),
            ("X", "ANY OTHER COMPETENT BUSINESS"),
            ("XI", "DATE OF NEXT MEETING"),
        ],
    ),
    (
        # Robert's Rules template agenda: the Roman numeral alone on its line, the title on the next
        "roman-numeral-alone-then-title-agenda",
        [
            "# Eastbrook Garden Club",
            "## Agenda",
            "Meeting of the Board of Directors, Tuesday 4 March 2025 at 7pm",
            "I.",
            "Call to Order",
            "II.",
            "Roll Call",
            "III.",
            "Reading and Approval of Minutes",
            "IV.",
            "Reports of Officers",
            "V.",
            "Reports of Special Committees",
            "VI.",
            "Special Orders",
            "VII.",
            "Unfinished Business",
            "VIII.",
            "New Business",
            "IX.",
            "Announcements",
            "X.",
            "Adjourn",
        ],
        [
            ("I", "Call to Order"),
            ("II", "Roll Call"),
            ("III", "Reading and Approval of Minutes"),
            ("IV", "Reports of Officers"),
            ("V", "Reports of Special Committees"),
            ("VI", "Special Orders"),
            ("VII", "Unfinished Business"),
            ("VIII", "New Business"),
            ("IX", "Announcements"),
            ("X", "Adjourn"),
        ],
    ),
    (
        # Mistley: "1. Title – the minute runs on after an en dash" on one line
        "number-title-dash-run-in",
        PARISH_HEAD
        + [
            "1. Welcome and Apologies for Absence – The Chairman welcomed everyone to the Meeting.",
            "Apologies for absence were received from Councillors Bell and Kent.",
            "2. Declarations of Interest and Dispensations – There were no declarations of interest.",
            "3. Public Question Time – No members of the public wished to speak.",
            "4. Minutes – The minutes of the meeting held on 22nd November 2021 were approved.",
        ],
        [
            ("1", "Welcome and Apologies for Absence"),
            ("2", "Declarations of Interest and Dispensations"),
            ("3", "Public Question Time"),
            ("4", "Minutes"),
        ],
    ),
    (
        # Chiseldon: "22/187. Declarations of Interest.  None." the minute runs on after a full stop
        "year-sequence-title-full-stop-run-in",
        PARISH_HEAD
        + [
            "22/186. Approval of apologies given.  None received.",
            "22/187. Declarations of Interest.  None.",
            "22/188. Public recess.  No public.",
            "22/189. Approval of memorial bench and plaque in the Garden.",
            "A bench with a plaque to be placed alongside the churchyard wall. All Cllrs were in favour.",
            "22/190. Items for next agenda.  None.",
        ],
        [
            ("22/186", "Approval of apologies given"),
            ("22/187", "Declarations of Interest"),
            ("22/188", "Public recess"),
            ("22/189", "Approval of memorial bench and plaque in the Garden"),
            ("22/190", "Items for next agenda"),
        ],
    ),
    (
        # Cotswold / Cheshire ModernGov minutes: "70." alone, the title below, then "Minutes:" and the text
        "moderngov-number-alone-title-below",
        [
            "# Westshire District Council",
            "## Council - Wednesday, 23rd March, 2022 2.00 pm",
            "Venue: Council Chamber, Trinity Road, Westbury",
            "** 70.",
            "** Apologies",
            "Minutes:",
            "Apologies for absence were received from Councillors Brown, Keeling and Webster.",
            "** 71.",
            "** Declarations of Interest",
            "To receive any declarations of interest from Members and Officers.",
            "Minutes:",
            "There were no declarations of interest.",
            "** 72.",
            "** Minutes",
            "To confirm the minutes of the meeting of Council held on 16 February 2022.",
            "Minutes:",
            "The minutes of the meeting held on 16 February 2022 were agreed as a correct record.",
        ],
        [("70", "Apologies"), ("71", "Declarations of Interest"), ("72", "Minutes")],
    ),
    (
        # Bedfordshire fire authority: "1." alone, the title below, "1.1" paragraphs of the minute
        "number-alone-title-below-decimal-paragraphs",
        [
            "# Eastshire Fire and Rescue Authority",
            "Minutes of the meeting held on 14 June 2022 at Fire and Rescue Service Headquarters",
            "Present: Councillors A Smith (Chair), B Jones, C Patel",
            "** 1.",
            "** Apologies",
            "1.1 There were no apologies.",
            "** 2.",
            "** Declaration of Disclosable Pecuniary and Other Interests",
            "2.1 There were no declarations of interest.",
            "** 3.",
            "** Communications",
            "3.1 There were no communications.",
        ],
        [
            ("1", "Apologies"),
            ("2", "Declaration of Disclosable Pecuniary and Other Interests"),
            ("3", "Communications"),
        ],
    ),
    (
        # Pickhill: "1. PRESENT: names" CAPS label then the text on the same line
        "number-caps-label-colon-run-in",
        [
            "# Southby and Norby Parish Council",
            "Minutes of annual general meeting held on 23 May 2022 at Southby School. Ref: AGM22",
            "1. PRESENT: Parish Councillors: Mr Graham Clark, Mr Ron Baker, Mrs Norma Grant.",
            "2. APOLOGIES: Mr Tim Scott, Mr James Ward - both away on business.",
            "3. MINUTES OF PREVIOUS AGM: Agreed as a correct record.",
            "4. FINANCIAL REPORT: Audited accounts for year ending 31 March 2022 were presented.",
            "5. PARISH CLERK'S REPORT:",
            "The Clerk outlined that the only candidates were the five sitting Parish Councillors.",
        ],
        [
            ("1", "PRESENT"),
            ("2", "APOLOGIES"),
            ("3", "MINUTES OF PREVIOUS AGM"),
            ("4", "FINANCIAL REPORT"),
            ("5", "PARISH CLERK'S REPORT"),
        ],
    ),
    (
        # Laurel: numbered agenda headings with capital-lettered items under them (kept in capitals: "II(A)" in
        # tests/test_segment_round6.py)
        "agenda-capital-letters-under-numbers",
        [
            "# City of Eastport",
            "## Mayor and City Council Meeting",
            "Tuesday, October 9, 2018 - 7:00pm to 9:00pm",
            "## Agenda",
            "1. Call to order",
            ">A. Invocation",
            ">B. Pledge of Allegiance to the Flag of the United States of America",
            ">C. Roll call",
            "2. Approval of Minutes",
            ">A. Approval of Minutes of the Seventeenth Meeting of Monday, September 24, 2018.",
            ">B. Approval of Minutes of the Closed Session on Monday, September 24, 2018.",
            "3. Report of the Mayor and City Council",
            "4. General public hearing",
        ],
        [
            ("1", "Call to order"),
            ("1(A)", "Invocation"),
            ("1(B)", "Pledge of Allegiance to the Flag of the United States of America"),
            ("1(C)", "Roll call"),
            ("2", "Approval of Minutes"),
            ("2(A)", "Approval of Minutes of the Seventeenth Meeting of Monday, September 24, 2018"),
            ("2(B)", "Approval of Minutes of the Closed Session on Monday, September 24, 2018"),
            ("3", "Report of the Mayor and City Council"),
            ("4", "General public hearing"),
        ],
    ),
    (
        # Assiginack agenda: numbered CAPS headings, "a)" items under them
        "agenda-lettered-items-under-caps-headings",
        [
            "# The Corporation of the Township of Northfield",
            "## REGULAR MEETING OF COUNCIL",
            "To Be Held in the Council Chambers",
            "Tuesday, June 5th, 2018 at 5:00 p.m.",
            "1. OPENING",
            ">a) Adoption of Agenda",
            ">b) Disclosure of Pecuniary Interest and General Nature Thereof",
            "2. ANNOUNCEMENTS",
            "3. ADOPTION OF MINUTES",
            ">a) Regular Council Meeting of May 15, 2018",
            ">b) Public Library Board Meeting of March 19, 2018",
            "4. DELEGATIONS",
            "5. BY-LAWS",
            ">a) By-law #18-18: Animal (Canine) Control",
            ">b) By-law #18-19: Authorize MOU with Northern Fisheries",
            "6. ADJOURNMENT",
        ],
        [
            ("1", "OPENING"),
            ("1(a)", "Adoption of Agenda"),
            ("1(b)", "Disclosure of Pecuniary Interest and General Nature Thereof"),
            ("2", "ANNOUNCEMENTS"),
            ("3", "ADOPTION OF MINUTES"),
            ("3(a)", "Regular Council Meeting of May 15, 2018"),
            ("3(b)", "Public Library Board Meeting of March 19, 2018"),
            ("4", "DELEGATIONS"),
            ("5", "BY-LAWS"),
            ("5(a)", "By-law #18-18: Animal (Canine) Control"),
            ("5(b)", "By-law #18-19: Authorize MOU with Northern Fisheries"),
            ("6", "ADJOURNMENT"),
        ],
    ),
    (
        # Wellington: five-digit running minute numbers before CAPS titles
        "five-digit-running-minute-numbers",
        [
            "# Eastington Town Council",
            "Minutes of the meeting of Eastington Town Council held in the Church Hall, Fore Street, Eastington on "
            "Monday, 6th August 2007 at 7pm",
            "PRESENT: Councillor D. Mitchell (chairman), Councillors Mrs G. Cope, J. Grover.",
            "** 14365 CHAIRMAN'S ANNOUNCEMENTS",
            "The chairman reported he had attended meetings regarding the Market Towns Initiative.",
            "** 14366 POLICE MATTERS",
            "The clerk reported that the sergeant was unable to attend.",
            "** 14367 PLANNING APPLICATIONS",
            TEXT,
        ],
        [
            ("14365", "CHAIRMAN'S ANNOUNCEMENTS"),
            ("14366", "POLICE MATTERS"),
            ("14367", "PLANNING APPLICATIONS"),
        ],
    ),
    (
        # West London trust board: "2786/12  Item 1  OPENING AND WELCOME" minute number, item label, title
        "minute-number-then-item-label-then-title",
        BOARD_HEAD
        + [
            [(56, "2786/12", True), (110, "Item 1", True), (160, "OPENING AND WELCOME", True)],
            "a. The Chairman welcomed everyone to the meeting.",
            [(56, "2787/12", True), (110, "Item 2", True), (160, "APOLOGIES FOR ABSENCE", True)],
            "a. Apologies for absence were received from Ann Powell, Non Executive Director.",
            [(56, "2788/12", True), (110, "Item 3", True), (160, "DECLARATION OF INTERESTS", True)],
            "a. No interests were declared on the agenda items.",
        ],
        [
            ("2786/12", "OPENING AND WELCOME"),
            ("2787/12", "APOLOGIES FOR ABSENCE"),
            ("2788/12", "DECLARATION OF INTERESTS"),
        ],
    ),
    (
        # Chatsworth township minutes: "N. Title:" headings, resolutions under them, "12.1 report" sub-items
        "township-minutes-colon-titles-decimal-subs",
        [
            "# Township of Westworth",
            "Council Minutes",
            "Wednesday May 3, 2017 @ 9:00 a.m.",
            "Members Present: Mayor Bob Prince, Deputy Mayor Scott Mack",
            "** 1. Call to Order:",
            "Mayor Prince called the meeting to order at 9:00 a.m.",
            "** 2. Adoption of Agenda",
            "Resolution 2017-12-01",
            "Moved by: Scott Mack",
            "Be it resolved that the Council adopt the Agenda as amended. Carried",
            "** 3. Disclosure of Pecuniary Interest:",
            "Mayor Prince reminded Council members to disclose any pecuniary interest.",
            "** 4. Reports and Verbal Updates From Staff:",
            "** 4.1 WTR 2017-07 Water Process and Compliance Report March",
            "Resolution 2017-12-04",
            "** 4.2 PW 2017-03 Roads Needs Study",
            "Resolution 2017-12-05",
        ],
        [
            ("1", "Call to Order"),
            ("2", "Adoption of Agenda"),
            ("3", "Disclosure of Pecuniary Interest"),
            ("4", "Reports and Verbal Updates From Staff"),
            ("4.1", "WTR 2017-07 Water Process and Compliance Report March"),
            ("4.2", "PW 2017-03 Roads Needs Study"),
        ],
    ),
    (
        # Rowlett: "Item 5a: title" numbered items with letter suffixes in a US agenda
        "item-label-with-letter-suffix",
        [
            "# City of Westlake",
            "## City Council Regular Meeting Agenda",
            "Tuesday, April 21, 2020 at 7:30 p.m.",
            "Item 1: Call to Order",
            "Item 2: Executive Session",
            "Item 5a: Update from the City Council and Management",
            "Item 5b: Presentation of the Volunteer Week Proclamation",
            "Item 7: Consent Agenda",
        ],
        [
            ("1", "Call to Order"),
            ("2", "Executive Session"),
            ("5a", "Update from the City Council and Management"),
            ("5b", "Presentation of the Volunteer Week Proclamation"),
            ("7", "Consent Agenda"),
        ],
    ),
    (
        # Rowlett consent items: "7-A", "7-B" hyphenated sub-items under 7
        "hyphen-letter-consent-sub-items",
        [
            "# City of Westlake",
            "## City Council Regular Meeting Agenda",
            "Tuesday, April 21, 2020 at 7:30 p.m.",
            "6. Citizens Input",
            "7. Consent Agenda",
            ">7-A Approving minutes of the April 7 meeting",
            ">7-B Consider contract for street department vehicle",
            ">7-C Consider contract for screening wall repair and maintenance",
            "8. Adjournment",
        ],
        [
            ("6", "Citizens Input"),
            ("7", "Consent Agenda"),
            ("7-A", "Approving minutes of the April 7 meeting"),
            ("7-B", "Consider contract for street department vehicle"),
            ("7-C", "Consider contract for screening wall repair and maintenance"),
            ("8", "Adjournment"),
        ],
    ),
    (
        # Heritage board: "1. title" then a board paper reference "B 20/21 (2) 1" on the next line
        "board-minutes-paper-reference-under-heading",
        BOARD_HEAD
        + [
            "## Board business",
            "** 1. Minutes of the Board meeting on 18 February 2020 and matters arising",
            "B 20/21 (2) 1",
            "The minutes were agreed to be a true account of the meeting and signed by the Chair.",
            "** 2. Chief Executive's report",
            "B 20/21 (2) 2",
            TEXT,
            "** 3. Confidential",
            "** 4. Confidential",
            "** 5. Any other business",
            "B 20/21 (2) 6",
            "The Board agreed to an additional meeting in August.",
        ],
        [
            ("1", "Minutes of the Board meeting on 18 February 2020 and matters arising"),
            ("2", "Chief Executive's report"),
            ("3", "Confidential"),
            ("4", "Confidential"),
            ("5", "Any other business"),
        ],
    ),
    (
        # Plymouth PCP ModernGov: CAPS titles, numbers from 11 (the municipal year's running numbers)
        "moderngov-running-numbers-caps-titles",
        [
            "# Southmoor and Westcombe Police and Crime Panel",
            "Minutes of the meeting held on Friday 19 October 2012 at the Council House",
            "Present: Councillor Croft (Chair), Councillor Kemp (Vice Chair)",
            "** 11. APPOINTMENT OF CHAIR",
            "AGREED that Councillor Croft is elected Chair of the Panel.",
            "** 12. APPOINTMENT OF VICE CHAIR",
            "AGREED that Councillor Kemp is elected Vice Chair of the Panel.",
            "** 13. MINUTES",
            "AGREED that the minutes of the meeting of the Shadow Panel held on 25 July 2012 are approved.",
            "** 14. APPOINTMENT OF INDEPENDENT MEMBERS",
            TEXT,
        ],
        [
            ("11", "APPOINTMENT OF CHAIR"),
            ("12", "APPOINTMENT OF VICE CHAIR"),
            ("13", "MINUTES"),
            ("14", "APPOINTMENT OF INDEPENDENT MEMBERS"),
        ],
    ),
    (
        # Assiginack minutes: "OPENING:" CAPS headings without numbers, "#209-16-19" motions under them
        "unnumbered-caps-colon-headings-with-motion-numbers",
        [
            "# Corporation of the Township of Northfield",
            "## MINUTES OF THE REGULAR COUNCIL MEETING",
            "The Regular Meeting of the Council of the Corporation of the Township of Northfield was held in the "
            "Council Chambers on Tuesday, September 3, 2019 at 7:00 p.m.",
            "Present: Mayor Dave Hale, Councillor Hugh Mott",
            "** OPENING:",
            "#209-16-19 D. McDonald – H. Mott",
            "THAT the Regular Meeting be opened for business with a quorum of members present. CARRIED",
            "** AGENDA:",
            "#210-16-19 H. Mott – D. McDonald",
            "THAT the agenda for this meeting be accepted as presented. CARRIED",
            "** DISCLOSURE OF PECUNIARY INTEREST:",
            "None",
            "** ADOPTION OF MINUTES:",
            "#211-16-19 R. Maguire – H. Mott",
            "THAT the minutes of the Regular Council Meetings of August 6th and 13th, 2019 be adopted. CARRIED",
        ],
        [
            (None, "OPENING"),
            (None, "AGENDA"),
            (None, "DISCLOSURE OF PECUNIARY INTEREST"),
            (None, "ADOPTION OF MINUTES"),
        ],
    ),
    (
        # Transport Scotland forum: unnumbered headings, "Action Point 1" blocks between them
        "unnumbered-headings-with-action-points",
        [
            "# Road Safety Local Partnership Forum – East",
            "Meeting minutes - 22 November 2021",
            "## Attendees",
            "Laura Forbes (LF) Transport Scotland (Chair)",
            "Ben McKay (BM) Transport Scotland",
            "** Welcome and Introductions",
            "The Chair welcomed the group and explained no papers were issued for this meeting.",
            "Action Point 1",
            "Papers to be issued to attendees.",
            "Owner: Laura Forbes",
            "** Overview of the Road Safety Framework",
            "BM presented a short summary of the framework to help members understand how the forum will operate.",
            "** Any Other Business",
            "There was no other business.",
        ],
        [
            (None, "Welcome and Introductions"),
            (None, "Overview of the Road Safety Framework"),
            (None, "Any Other Business"),
        ],
    ),
    (
        # Cheshire ModernGov agenda table: "No. | Item" header, number in the first column, title beside it
        "agenda-table-number-first-column",
        [
            "# Westshire Police and Crime Panel",
            "Friday, 19th July, 2024 10.00 am",
            "Venue: Council Chamber, Municipal Buildings, Earle Street, Westbury",
            "## Agenda",
            [(56, "No.", True), (110, "Item", True)],
            [(56, "1."), (110, "Apologies")],
            [(56, "2."), (110, "Appointment of Chair for the 2024/25 Municipal Year")],
            [(56, "3."), (110, "Appointment of Deputy Chair for the 2024/25 Municipal Year")],
            [(56, "4."), (110, "Code of Conduct - Declaration of Interests")],
            [(56, "5."), (110, "Public Participation")],
        ],
        [
            ("1", "Apologies"),
            ("2", "Appointment of Chair for the 2024/25 Municipal Year"),
            ("3", "Appointment of Deputy Chair for the 2024/25 Municipal Year"),
            ("4", "Code of Conduct - Declaration of Interests"),
            ("5", "Public Participation"),
        ],
    ),
    (
        # NHS England advisory panel action notes: an agenda table whose first column is a time
        "agenda-table-time-first-column",
        [
            "# Patient Data Advisory Panel",
            "Action notes",
            "Date: Thursday 29 February 2024",
            "Time: 9.30am to 11.30am",
            "## Agenda",
            [(56, "Agenda item", True), (400, "Owner", True)],
            [(56, "09:30 Introductions"), (400, "Nina Hall")],
            [(56, "09:35 Review of previous minutes"), (400, "Nina Hall")],
            [(56, "09:40 Powered by Data Scripts"), (400, "Head of Communications")],
            [(56, "10:30 Break and end of meeting"), (400, "All")],
        ],
        [
            (None, "Introductions"),
            (None, "Review of previous minutes"),
            (None, "Powered by Data Scripts"),
            (None, "Break and end of meeting"),
        ],
    ),
    (
        # "No. 1 - Title" labels (Scottish and Welsh community councils print "No." before each item)
        "no-label-before-number",
        PARISH_HEAD
        + [
            "** No. 1 - Apologies for Absence",
            "Apologies were received from Cllr Hill.",
            "** No. 2 - Declarations of Interest",
            "None.",
            "** No. 3 - Minutes of the Previous Meeting",
            "The minutes were approved as a correct record.",
        ],
        [
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of the Previous Meeting"),
        ],
    ),
    (
        # North Frontenac/Chatsworth style: "#5" numbered agenda lines
        "hash-numbered-items",
        [
            "# Township of Eastfrontenac",
            "## Regular Meeting of Council Agenda",
            "Monday, June 10, 2019 at 9:00 a.m.",
            "#1 Call to Order",
            "#2 Approval of Agenda",
            "#3 Disclosures of Pecuniary Interest",
            "#4 Delegations",
            "#5 Bills and Accounts",
        ],
        [
            ("1", "Call to Order"),
            ("2", "Approval of Agenda"),
            ("3", "Disclosures of Pecuniary Interest"),
            ("4", "Delegations"),
            ("5", "Bills and Accounts"),
        ],
    ),
    (
        # Town council minute references "P24-05" (committee letter, year, hyphen, sequence)
        "letter-year-hyphen-sequence-minute-refs",
        [
            "# Westbury Town Council",
            "Minutes of the Planning Committee meeting held on 9 April 2024 at 6.45pm",
            "Present: Cllrs A Smith (Chair), B Jones, C Patel",
            "** P24-05 Apologies for absence",
            "Apologies were received from Cllr Hill.",
            "** P24-06 Declarations of interest",
            "None.",
            "** P24-07 Planning applications",
            TEXT,
        ],
        [
            ("P24-05", "Apologies for absence"),
            ("P24-06", "Declarations of interest"),
            ("P24-07", "Planning applications"),
        ],
    ),
]


ITEM_CASES += [
    (
        # St Louis Park commission: "1. Call to order" agenda lines, "a." items under some of them
        "commission-agenda-lettered-subs-under-some-items",
        [
            "# Police advisory commission",
            "Wed., Nov. 1st, 2023 | 7:00pm",
            "Aquila Rm., 2nd Floor, City Hall",
            "## Agenda",
            "1. Call to order",
            "2. Roll call",
            "3. Approval of agenda",
            "4. Boards and commissions revisioning process",
            ">a. Discussion of staff recommendations to council",
            ">b. Update on additional council session",
            "5. Updates from subcommittees/task forces",
            "6. Old business",
            "7. Adjournment",
        ],
        [
            ("1", "Call to order"),
            ("2", "Roll call"),
            ("3", "Approval of agenda"),
            ("4", "Boards and commissions revisioning process"),
            ("4(a)", "Discussion of staff recommendations to council"),
            ("4(b)", "Update on additional council session"),
            ("5", "Updates from subcommittees/task forces"),
            ("6", "Old business"),
            ("7", "Adjournment"),
        ],
    ),
    (
        # Burleson committee: "1.CALL TO ORDER" and "A.Nominate ..." with no space after the stop
        "no-space-after-the-stop-caps-and-lettered",
        [
            "# Public Safety & Court Committee",
            "02/07/2024 11:00 AM City Hall - 141 W. Renfro",
            "## Agenda",
            "1.CALL TO ORDER",
            "2.CITIZEN APPEARANCES",
            "3.GENERAL",
            ">A.Nominate and elect a Chair for the Committee",
            ">B.Consider approval of the minutes from the April 30, 2020 meeting",
            "4.BOARD REQUESTS FOR FUTURE AGENDA ITEMS OR REPORTS",
            "5.EXECUTIVE SESSION",
            "6.ADJOURN",
        ],
        [
            ("1", "CALL TO ORDER"),
            ("2", "CITIZEN APPEARANCES"),
            ("3", "GENERAL"),
            ("3(A)", "Nominate and elect a Chair for the Committee"),
            ("3(B)", "Consider approval of the minutes from the April 30, 2020 meeting"),
            ("4", "BOARD REQUESTS FOR FUTURE AGENDA ITEMS OR REPORTS"),
            ("5", "EXECUTIVE SESSION"),
            ("6", "ADJOURN"),
        ],
    ),
]


# cases left open, each with its reason (strict: a fix shows as a failure to un-mark)
XFAIL = {
    "agenda-table-time-first-column": "ambiguous truth: 'Action notes' make the paper a record (minutes), and its only "
    "list is the agenda table of time slots: corpus/gold/README.md gives minutes the numbered minute items, and "
    "whether a record's agenda table (no number, no heading over a minute) gives its items is not settled; the "
    "minutes reader reads headings over minutes only",
    "scottish-minute-of-meeting-sub-committee": "'Scotland Excel Executive Sub-Committee': the body's name has no "
    "kind word to split it from the committee's",
    "scottish-notice-of-meeting-and-agenda": "as scottish-minute-of-meeting-sub-committee",
    "forum-meeting-minutes-dash-date-title": "'Meeting minutes - X Forum – East - date': which dash ends the forum's "
    "name is ambiguous",
}


@pytest.mark.parametrize("rows,expected", params_with_xfail(ITEM_CASES, XFAIL))
def test_item_numbering_round10(tmp_path: Path, rows: list[Row], expected: list[tuple[str | None, str]]) -> None:
    assert items_of(tmp_path, rows) == expected


# (id, rows, furniture, doc_type, body, committee, date); ANY: not judged
DOCUMENT_CASES: list[tuple[str, list[Row], dict, str, object, object, object]] = [
    (
        "charity-board-of-trustees-meeting-on-date",
        [
            "# Westland Heritage Fund",
            "## Board meeting: May 2020",
            "Minutes of the Board of Trustees meeting on 13 May 2020 on Microsoft Teams",
            "Present: Ann Oliver (Chair), Kay Andrews, Jim Dixon",
            "** 1. Minutes of the Board meeting on 18 February 2020 and matters arising",
            "The minutes were agreed to be a true account of the meeting.",
        ],
        {},
        "minutes",
        "Westland Heritage Fund",
        "Board of Trustees",
        "2020-05-13",
    ),
    (
        "charity-trustees-title-body-in-footer",
        [
            "Minutes of a meeting of Trustees held on 18 September 2019",
            "Trustee Attendees: Chris Smith (Chair), Liz Day, Sarah Wales",
            "Apologies: Antonia Gross, Lucie Russell",
            "** Opening remarks",
            "Chris introduced Janet to the meeting as a potential Trustee.",
            "** Fund Raising",
            TEXT,
            "---",
            "** Five Year Plan",
            TEXT,
            "---",
            "** Staff Reports",
            TEXT,
        ],
        {"foot": "Eastwell Greenhouses Trust, registered charity no. 1109876"},
        "minutes",
        "Eastwell Greenhouses Trust",
        ANY,  # 'Trustees' as printed or 'Board of Trustees': left open
        "2019-09-18",
    ),
    (
        "ijb-at-a-meeting-of-caps-held-remotely",
        [
            "At a MEETING of the EASTPORT CITY HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held remotely on "
            "27th October, 2021.",
            "Present:-",
            "Trudy McLean (Vice Chairperson)",
            "I APOLOGIES FOR ABSENCE",
            "Apologies for absence were submitted on behalf of Ann Buchan.",
        ],
        {},
        "minutes",
        "Eastport City Health and Social Care Integration Joint Board",
        "Eastport City Health and Social Care Integration Joint Board",
        "2021-10-27",
    ),
    (
        "parish-minutes-of-the-full-parish-council-meeting",
        [
            "# Mistleton Parish Council",
            "Minutes of the full Parish Council Meeting held on 20th December 2021 at 7.30pm at Mistleton Village Hall",
            "Councillors Present:",
            "Councillor G Carter, Councillor J Chaplin (Vice Chairman)",
            "1. Welcome and Apologies for Absence – The Chairman welcomed everyone.",
            "2. Declarations of Interest – None.",
        ],
        {},
        "minutes",
        "Mistleton Parish Council",
        "Mistleton Parish Council",
        "2021-12-20",
    ),
    (
        "parish-council-full-council-dash-title",
        [
            "# Eastcombe Parish Council — Full Council",
            "Minutes of the meeting held on Wednesday 4th March 2015 at 2pm in the Pavilion",
            "Present: Cllr A Smith (Chair), Cllr B Jones",
            "** 1. Apologies",
            "Apologies were received from Cllr Hill.",
        ],
        {},
        "minutes",
        "Eastcombe Parish Council",
        "Eastcombe Parish Council",
        "2015-03-04",
    ),
    (
        "parish-agm-minutes-ref-after-place",
        [
            "# SOUTHBY AND NORBY PARISH COUNCIL",
            "Minutes of annual general meeting held on 23 May 2022 at Southby School. Ref: AGM22",
            "1. PRESENT: Parish Councillors: Mr Graham Clark, Mr Ron Baker.",
            "2. APOLOGIES: Mr Tim Scott.",
        ],
        {},
        "minutes",
        "Southby and Norby Parish Council",
        "Southby and Norby Parish Council",
        "2022-05-23",
    ),
    (
        "town-council-minutes-of-the-meeting-of-x-held-in-place-on-date",
        [
            "Minutes of the meeting of Eastington Town Council held in the Church Hall, Fore Street, Eastington on "
            "Monday, 6th August 2007 at 7pm",
            "PRESENT: Councillor D. Mitchell (chairman), Councillors Mrs G. Cope, J. Grover.",
            "** 14365 CHAIRMAN'S ANNOUNCEMENTS",
            "The chairman reported he had attended meetings regarding the Market Towns Initiative.",
        ],
        {},
        "minutes",
        "Eastington Town Council",
        "Eastington Town Council",
        "2007-08-06",
    ),
    (
        "us-mayor-and-city-council-meeting-agenda",
        [
            "# City of Eastport",
            "## Mayor and City Council Meeting",
            "Tuesday, October 9, 2018 - 7:00pm to 9:00pm",
            "## Agenda",
            "1. Call to order",
            "2. Approval of Minutes",
            "3. Report of the Mayor and City Council",
        ],
        {},
        "agenda_pack",
        "City of Eastport",
        ANY,  # 'Mayor and City Council' or 'City Council': left open
        "2018-10-09",
    ),
    (
        "moderngov-police-and-crime-panel-dash-date",
        [
            "Agenda and minutes",
            "# Westshire Police and Crime Panel - Friday, 22nd September, 2017 10.00 am",
            "Venue: The Karalius Suite, Stadium, Lowerhouse Lane, Westbury",
            "Contact: Julie North Senior Democratic Services Officer",
            "** 83. Police and Crime Commissioner",
            "Minutes:",
            "The Chairman indicated that the Commissioner was unable to attend.",
            "** 84. Apologies",
            "Minutes:",
            "Cllr A King.",
        ],
        {},
        "minutes",
        "Westshire Police and Crime Panel",
        "Westshire Police and Crime Panel",
        "2017-09-22",
    ),
    (
        "fire-authority-minutes-date-only-in-running-head",
        [
            "# Northmoor and Kingsford Fire Authority",
            "## Minutes",
            "Present: Councillors A Smith (Chairman), B Jones, C Patel",
            "** 2. Minutes",
            "RESOLVED – That the Minutes of the meeting of the Fire Authority held on 8 December 2021 be approved.",
            "** 3. Disclosure of Interests",
            "None.",
            "---",
            "** 4. Chairman's Announcements",
            TEXT,
            "---",
            "** 5. Budget Monitoring",
            TEXT,
        ],
        {"head": "Fire Authority Minutes – 16 February 2022", "from_page": 1},
        "minutes",
        "Northmoor and Kingsford Fire Authority",
        "Northmoor and Kingsford Fire Authority",
        "2022-02-16",
    ),
    (
        "nhs-trust-board-part-1-held-in-public",
        [
            "# Westvale Mental Health NHS Trust",
            "MINUTES OF THE TRUST BOARD MEETING (PART 1) HELD IN PUBLIC on Wednesday 26th September 2012 at The "
            "Boardroom, Trust Headquarters",
            "Present: Mr Nigel McCall, Chairman; Mr Steve Shaw, Chief Executive",
            [(56, "2786/12", True), (110, "Item 1", True), (160, "OPENING AND WELCOME", True)],
            "a. The Chairman welcomed everyone to the meeting.",
        ],
        {},
        "minutes",
        "Westvale Mental Health NHS Trust",
        "Trust Board",
        "2012-09-26",
    ),
    (
        "township-council-minutes-at-sign-time",
        [
            "# Township of Westworth",
            "Council Minutes",
            "Wednesday May 3, 2017 @ 9:00 a.m.",
            "Members Present: Mayor Bob Prince, Deputy Mayor Scott Mack",
            "** 1. Call to Order:",
            "Mayor Prince called the meeting to order at 9:00 a.m.",
        ],
        {},
        "minutes",
        "Township of Westworth",
        "Council",
        "2017-05-03",
    ),
    (
        "township-corporation-regular-council-meeting-held-on",
        [
            "# CORPORATION OF THE TOWNSHIP OF NORTHFIELD",
            "## MINUTES OF THE REGULAR COUNCIL MEETING",
            "The Regular Meeting of the Council of the Corporation of the Township of Northfield was held in the "
            "Council Chambers on Tuesday, September 3, 2019 at 7:00 p.m.",
            "Present: Mayor Dave Hale, Councillor Hugh Mott",
            "** OPENING:",
            "#209-16-19 D. McDonald – H. Mott",
        ],
        {},
        "minutes",
        "Township of Northfield",
        "Council",
        "2019-09-03",
    ),
    (
        "township-agenda-regular-meeting-of-council-to-be-held",
        [
            "# The Corporation of the Township of Northfield",
            "## REGULAR MEETING OF COUNCIL",
            "To Be Held in the Council Chambers",
            "Tuesday, June 5th, 2018 at 5:00 p.m.",
            "Council's Regular Meeting Agenda",
            "1. OPENING",
            "2. ANNOUNCEMENTS",
            "3. ADOPTION OF MINUTES",
        ],
        {},
        "agenda_pack",
        "Township of Northfield",
        "Council",
        "2018-06-05",
    ),
    (
        "us-township-committee-public-meeting-minutes-caps",
        [
            "# PUBLIC MEETING MINUTES OF EASTON TOWNSHIP COMMITTEE WARREN COUNTY, NEW JERSEY",
            "September 28, 2017",
            "The meeting was called to order by Mayor Smith at 7:00 pm.",
            "** 1. Flag Salute",
            "** 2. Roll Call",
        ],
        {},
        "minutes",
        ANY,  # 'Easton Township' or 'Township of Easton': left open
        "Township Committee",
        "2017-09-28",
    ),
    (
        "us-village-journal-of-proceedings",
        [
            "# VILLAGE OF WESTFIELD PARK, ILLINOIS",
            "HELD IN THE ROBERT G. BAKER MUNICIPAL HALL",
            "Journal of Proceedings ~ Regular Meeting, November 20, 2017",
            "The Regular Meeting of the Village Board was called to order at 6:30 p.m.",
            "** 1. Roll Call",
            "** 2. Approval of Minutes",
        ],
        {},
        "minutes",
        "Village of Westfield Park",
        ANY,  # 'Village Board' or 'Board of Trustees'
        "2017-11-20",
    ),
    (
        "us-village-board-of-trustees-agenda-date-label",
        [
            "# Village of Eastbank-on-Hudson",
            "## Board of Trustees Meeting Agenda",
            "April 19, 2021",
            "Date: Monday, April 19, 2021 - 5:00pm",
            "1. Call to Order",
            "2. Public Comment",
            "3. Approval of Minutes",
        ],
        {},
        "agenda_pack",
        "Village of Eastbank-on-Hudson",
        "Board of Trustees",
        "2021-04-19",
    ),
    (
        "scottish-minute-of-meeting-sub-committee",
        [
            "# Minute of Meeting",
            "## Westland Excel Executive Sub-Committee",
            "Date: Friday, 24 March 2017   Time: 10:00   Venue: Council Chambers, Cotton Street, Westley",
            "Present: Councillor J Paterson, Councillor M Kerr",
            "** 1. Apologies for Absence",
            "Apologies were intimated on behalf of Councillor Brown.",
        ],
        {},
        "minutes",
        "Westland Excel",
        "Executive Sub-Committee",
        "2017-03-24",
    ),
    (
        "scottish-notice-of-meeting-and-agenda",
        [
            "# Notice of Meeting and Agenda",
            "## Westland Excel Executive Sub-Committee",
            "Date: Friday, 24 March 2017",
            "Time: 10:00",
            "Venue: Council Chambers, Cotton Street, Westley",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Minute of Previous Meeting",
        ],
        {},
        "agenda_pack",
        "Westland Excel",
        "Executive Sub-Committee",
        "2017-03-24",
    ),
    (
        "charity-caps-minutes-of-board-meeting-held-on-day-date-at",
        [
            "# CARE AND REPAIR FORUM WESTLAND MINUTES OF BOARD MEETING HELD ON FRIDAY 30 SEPTEMBER 2011 AT EVH, "
            "137 HIGH STREET, WESTLEY",
            "Present: Ann Smith (Chair), Bob Jones",
            "** 1. Apologies",
            "Apologies were received from Carol Hill.",
        ],
        {},
        "minutes",
        "Care and Repair Forum Westland",
        "Board",
        "2011-09-30",
    ),
    (
        "service-board-minutes-of-a-meeting-caps-date-time",
        [
            "# WESTERN ISLES FIRE & RESCUE SERVICE BOARD",
            "MINUTES OF A MEETING 26 MARCH 2014 2PM",
            "Present: Mr A Smith (Chairman), Mrs B Jones",
            "** 1. Apologies",
            "Apologies were received from Mr C Hill.",
        ],
        {},
        "minutes",
        "Western Isles Fire & Rescue Service",
        "Board",
        "2014-03-26",
    ),
    (
        "agency-ordinal-board-meeting-date-place",
        [
            "# Eastland-Scots Agency",
            "## 97th Board Meeting",
            "31 March 2010",
            "Eastland-Scots Agency Board Room, Belfast",
            "Present: Mr A Smith (Chairman), Mrs B Jones",
            "** 1. Apologies",
            "Apologies were received from Mr C Hill.",
        ],
        {},
        "minutes",
        "Eastland-Scots Agency",
        "Board",
        "2010-03-31",
    ),
    (
        "notes-of-the-panel-meeting-caps",
        [
            "# NOTES OF THE WATER SECTOR PANEL MEETING",
            "Held on 04/03/2015 10:00 at 1 Victoria Street, London",
            "Attendees: Ann Smith (Chair), Bob Jones, Carol Patel",
            "** 1. Welcome and introductions",
            "The Chair welcomed members to the meeting.",
            "** 2. Minutes of the last meeting",
            "The notes of the last meeting were agreed.",
        ],
        {},
        "minutes",
        ANY,  # the panel's parent body is not printed
        "Water Sector Panel",
        "2015-03-04",
    ),
    (
        "user-group-minutes-short-numeric-date",
        [
            "# Eastfield Data User Group",
            "Minutes of meeting 4.3.15",
            "Attendees: Ann Smith (Chair), Bob Jones, Carol Patel",
            "** 1. Introductions",
            "The Chair welcomed members to the meeting.",
            "** 2. Actions from the last meeting",
            "All actions were complete.",
        ],
        {},
        "minutes",
        ANY,
        "Eastfield Data User Group",
        "2015-03-04",
    ),
    (
        "advisory-panel-action-notes-date-label-weekday",
        [
            "# Patient Data Advisory Panel",
            "## Action notes - Thursday 29 February 2024",
            "Published 5 April 2024",
            "Date: Thursday 29 February 2024",
            "Time: 9.30am to 11.30am",
            "Location: MS Teams dial in",
            "** Introductions",
            "Panel members were welcomed to the meeting by the Chair.",
            "** Review of previous meeting's action notes",
            "The action notes from the previous meeting were approved for publication.",
        ],
        {},
        "minutes",
        ANY,
        "Patient Data Advisory Panel",
        "2024-02-29",
    ),
    (
        "forum-meeting-minutes-dash-date-title",
        [
            "# Meeting minutes - Road Safety Local Partnership Forum – East - 22 November 2021",
            "## Attendees",
            "Laura Forbes (LF) Transport Scotland (Chair)",
            "** Welcome and Introductions",
            "The Chair welcomed the group.",
        ],
        {},
        "minutes",
        ANY,
        "Road Safety Local Partnership Forum – East",
        "2021-11-22",
    ),
    (
        "us-city-council-regular-meeting-notice-and-agenda",
        [
            "# CITY OF NORTHGATE",
            "## NOTICE AND AGENDA",
            "## CITY COUNCIL REGULAR MEETING",
            "March 4, 2015 at 6:00 p.m.",
            "Council Chambers, 100 Main Street",
            "1. Call to Order",
            "2. Roll Call",
            "3. Pledge of Allegiance",
        ],
        {},
        "agenda_pack",
        "City of Northgate",
        "City Council",
        "2015-03-04",
    ),
    (
        "ics-board-meeting-in-public-footer-date",
        [
            "# NHS Westshire Integrated Care Board",
            "## Board Meeting in Public",
            "Minutes",
            "Present: Ann Smith (Chair), Bob Jones (Chief Executive)",
            "** 1. Welcome and apologies",
            "The Chair welcomed members.",
            "** 2. Declarations of interest",
            "None.",
        ],
        {"foot": "ICB Board minutes 04/03/2025  Page 1"},
        "minutes",
        "NHS Westshire Integrated Care Board",
        "Board",
        "2025-03-04",
    ),
]


DOCUMENT_CASES += [
    (
        "department-panel-title-date-glued-to-month",
        [
            "# Westra Network Transparency Panel –17th May2013 –Minutes",
            "Attendees: Ian Trent (Chair), David Cole, Paul Jacks",
            "- Introductions and new members",
            "1.1. Ian Trent welcomed the group and new members.",
            "- Minutes and Actions from the last meeting",
            "2.1. The minutes of the previous meeting were accepted as a true reflection of that session.",
        ],
        {},
        "minutes",
        ANY,  # the department's initialism or its full name: left open
        ANY,
        "2013-05-17",
    ),
    (
        "commission-agenda-abbreviated-weekday-and-month",
        [
            "# Police advisory commission",
            "Wed., Nov. 1st, 2023 | 7:00pm",
            "Aquila Rm., 2nd Floor, City Hall",
            "## Agenda",
            "1. Call to order",
            "2. Roll call",
            "3. Approval of agenda",
        ],
        {},
        "agenda_pack",
        ANY,  # the city is named only in the page's contact note
        ANY,  # printed in sentence case ('Police advisory commission'): as printed or capitalised, left open
        "2023-11-01",
    ),
    (
        "us-committee-agenda-numeric-date-with-time-and-venue",
        [
            "# Public Safety & Court Committee",
            "02/07/2024 11:00 AM City Hall - 141 W. Renfro",
            "## Agenda",
            "1.CALL TO ORDER",
            "2.CITIZEN APPEARANCES",
            "Each person in attendance who desires to speak to the Committee shall speak during this section.",
            "3.GENERAL",
        ],
        {
            "foot": "I hereby certify that the above agenda was posted on the official bulletin board at the Burleston "
            "City Hall, Burleston, Texas."
        },
        "agenda_pack",
        ANY,
        "Public Safety & Court Committee",
        "2024-02-07",
    ),
]

DOCUMENT_CASES += [
    (
        "advisory-panel-ordinal-meeting-label-column",
        [
            "Minutes of the 47 th meeting of the",
            "# Advisory Panel on Land Information",
            [(56, "Date:"), (150, "19 June 2015")],
            [(56, "Time:"), (150, "14:00-16:00")],
            [(56, "Venue:"), (150, "The National Records Office, Kew, Richmond")],
            "Attendees: Phillip Webb (Chair), Bob Barr, Paul Long",
            "** 1. Welcome, Apologies and Minutes of the last meeting",
            "1.1. Phillip welcomed members to the meeting.",
        ],
        {},
        "minutes",
        ANY,  # the sponsoring body is named only in the venue
        "Advisory Panel on Land Information",
        "2015-06-19",
    ),
    (
        "us-caps-regular-city-council-meeting-minutes-date-location",
        [
            "# REGULAR CITY COUNCIL MEETING MINUTES SEPTEMBER 17, 2019",
            "LOCATION: 1400 Main Street, Northlake, Texas 76092",
            "Council Chambers in Town Hall",
            "CITY COUNCIL PRESENT: Mayor Laura Hall, Mayor Pro Tem Shawn McCall, and Councilmembers Shahid Shah.",
            "WORK SESSION:",
            "** 1. CALL TO ORDER",
            "Work Session was called to order by Mayor Laura Hall at 5:35pm.",
        ],
        {"head": "REGULAR CITY COUNCIL MEETING MINUTES, SEPTEMBER 17, 2019"},
        "minutes",
        "City of Northlake",
        "City Council",
        "2019-09-17",
    ),
    (
        "us-minutes-regular-meeting-held-by-the-x-city-council-of-the-city",
        [
            "# MINUTES",
            "## REGULAR MEETING",
            "February 5, 2019",
            "A Regular Meeting was held by the Schertzville City Council of the City of Schertzville, Texas, on "
            "February 5, 2019, at 6:00 p.m. in the Municipal Complex Council Chambers.",
            "The following members present to-wit: Mayor Michael Carter, Councilmember Mark Davis",
        ],
        {},
        "minutes",
        "City of Schertzville",
        "City Council",
        "2019-02-05",
    ),
    (
        "us-stacked-caps-title-city-minutes-council-meeting",
        [
            "# CITY OF BLUE RIVER",
            "## MINUTES",
            "## CITY COUNCIL MEETING",
            "Monday, August 16, 2010 – 5:00 P.M.",
            "CALL TO ORDER",
            "Mayor Hammond called the meeting to order at 5:11 P.M.",
            "ROLL CALL",
            "Roll call was taken: Councilmembers Brod, Huisman, Kelly were present.",
        ],
        {},
        "minutes",
        "City of Blue River",
        "City Council",
        "2010-08-16",
    ),
]


@pytest.mark.parametrize(
    "rows,furniture,doc_type,body,committee,date",
    params_with_xfail(DOCUMENT_CASES, XFAIL),
)
def test_document_facts_round10(tmp_path: Path, rows, furniture, doc_type, body, committee, date) -> None:
    want = (doc_type, body, committee, date)
    assert facts_as_judged(tmp_path, rows, want, **furniture) == want


WORD = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)


@given(st.lists(WORD, min_size=1, max_size=6), st.sampled_from(["None.", "None received.", "No public.", "Noted."]))
def test_a_heading_run_into_a_short_sentence_keeps_the_heading(words: list[str], tail: str) -> None:
    heading = " ".join(words)
    assert heading_title(f"{heading}.  {tail}") == heading


@given(st.integers(1, 999), st.lists(WORD, min_size=1, max_size=5), st.sampled_from(["#{n} ", "No. {n} - ", "#{n}  "]))
def test_hash_and_no_labels_give_the_number(n: int, words: list[str], label: str) -> None:
    title = " ".join(words)
    assert parse_item_number(label.format(n=n) + title) == (str(n), title)


@given(st.integers(1, 99), st.sampled_from("abcdAB"), st.lists(WORD, min_size=1, max_size=5))
def test_item_label_with_a_letter_suffix(n: int, letter: str, words: list[str]) -> None:
    title = " ".join(words)
    assert parse_item_number(f"Item {n}{letter}: {title}") == (f"{n}{letter}", title)


def test_a_motion_number_after_a_hash_is_not_an_item() -> None:
    assert parse_item_number("#209-16-19 D. McDonald – H. Mott") is None


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpus/real is absent")
def test_a_societys_board_minutes_keep_their_body_and_board() -> None:
    pages = read_document(REAL / "suffolk-libraries" / "2012-09-11_board_minutes.pdf").pages
    facts = document_facts(pages)
    assert (facts.doc_type, facts.body, facts.committee) == ("minutes", "Suffolk Libraries IPS", "Board")
