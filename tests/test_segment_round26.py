"""Round 26 suite (issue #4): the first pages and item lists of public-meeting notices and agendas of North American
boards, commissions and community boards the earlier rounds did not draw on.

Each case is a notice or agenda (one to three pages) drawn to a real PDF (tests/segment_cases.render) and read by the
real code path: segment.document_facts for doc_type, body, committee and meeting date, and segment.agenda_items for
the items, scored as `agendaparse eval` scores them (body and committee by norm_name; items paired by
evaluate.score_agenda_items: recall = paired / gold items, precision = paired / items found, every paired title equal
after norm_text; printed pages are null throughout). The truth follows corpus/gold/README.md: an agenda or notice
with items is an `agenda_pack`; a city's or county's board or commission has the municipality as body ("City of X")
and the board as committee; an independent authority or district is its own body; sub-items are numbered under their
parent ("IV(a)", "8(A)"); unnumbered item lines are items with `number: null`. Not items: accessibility and
interpretation notices, Zoom / telephone instructions, Brown Act and Open Meetings Act text, numbered rules of public
comment, members' names, the venue block. Each case keeps the structure and phrasing pattern of a real page (names,
places, dates and numbers changed). Sources:

- https://docs.maplewoodmn.gov/WebLinkPublic/DocView.aspx?dbid=0&id=462938&repo=Maplewood (police advisory
  commission: "AGENDA / CITY OF … / POLICE ADVISORY COMMISSION / 6:00 PM Thursday, …", "A.CALL TO ORDER", numbered
  items under "E. NEW BUSINESS", "RULES OF CIVILITY …" paragraph after the items)
- https://records.fcgov.com/BoardsCommissions/DocView.aspx?dbid=0&id=17636570&repo=FortCollins (citizen review
  board: "… (CiRB) REGULAR MEETING / Wednesday, June 14, 2023, at 5:30 PM", an English and Spanish translation notice,
  "Auxiliary aids and services …", "1. CALL TO ORDER", "a. Public Input – 5 minutes per individual")
- https://agendas.cvilledata.org/police-civilian-review-board-meeting/2020-07-07T17:00:00/generated/agenda.txt
  (police civilian review board: "Virtual/Electronic Meeting / Register at …", "I. Call to Order", lettered
  sub-items with roman sub-sub-items, an ADA coordinator paragraph)
- https://chambanasun.com/stories/606112305-city-of-urbana-civilian-police-review-board-met-july-28 (civilian
  police review board: a closed-session item citing the Open Meetings Act, "Persons with disabilities needing …")
- https://ltaimperial.com/authority-governance/board-of-directors/agendas-and-minutes/june-26-2019 (transportation
  authority: "I. CALL TO ORDER AND ROLL CALL", "A. Discussion/Action …", Brown Act paragraph under PUBLIC COMMENTS)
- https://mendocinotransit.org/board-meetings/mta-board-of-directors-regular-meeting-october-25-2023/ (transit
  authority: members listed under the date, teleconference locations, "AGENDA ITEMS", "A. CALL TO ORDER", a long
  public comment paragraph under "B. PUBLIC COMMENT")
- https://karmabrooklyn.blogspot.com/2017/10/community-board-7-monthly-meeting.html (community board: "Monthly Board
  Meeting … Wednesday, October 18th", "8. Committee Reports:", "A) Ad Hoc Committee …")
- https://www.cb8m.com/event/full-board/ (community board full board: unnumbered agenda lines "Public Session – …",
  "Adoption of the Agenda")
- https://mpsomaha.org/board/policies/9350-order-business-regular-business-meetings (board of education: "A. Call
  to Order - …", "*1. Approval of minutes …" consent items marked with an asterisk and the asterisk's note)
- https://lawsdocbox.com/amp/94717284-US_Government_Resources/By-law-planning-committee-agenda-3-1-february-1-minutes-3.html
  (Ontario city standing committee: "BY-LAW & PLANNING COMMITTEE AGENDA", decimal items "3.1")
- https://monterey.legistar.com/View.ashx?GUID=112245A5-14AA-4EE0-8194-8C7878768630&ID=1057767&M=AADA (county
  planning commission: numbered and lettered public participation instructions in English and Spanish before the
  agenda)
- https://frontporchforum.com/calendar/events/74710 (city police commission: regular monthly meeting notice,
  "1. Additions or Modifications to Agenda" … "13. Adjournment")
- https://www.bsd405.org/about-us/school-board/policies-and-procedures/policy-and-procedure-details/~board/policies-procedures/post/1420
  (school board order of business: a time beside the first item, unnumbered items)
- https://eugene-or.gov/664/Police-Commission (webinar block: "Via Webinar: …", "Webinar ID: …", "Password: …",
  telephone numbers one a line)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from agendaparse.evaluate import norm_text, score_agenda_items
from agendaparse.segment import agenda_items, document_facts
from segment_cases import ANY, Row, render, same_field

Items = list[tuple[str | None, str]]
TIME, ITEM = 56.0, 140.0

# (id, class of case, rows, (doc_type, body, committee, ISO date) with ANY where the conventions leave a field open,
#  items as the gold would record them)
CASES: list[tuple[str, str, list[Row], tuple, Items]] = [
    (
        "police-advisory-commission-letters-numbered-sub-items",
        "letters",
        [
            "** AGENDA",
            "** CITY OF ASHBY GROVE",
            "** POLICE ADVISORY COMMISSION",
            "6:00 PM Thursday, October 10, 2024",
            "Fire Station #3, 2210 Larch Street",
            "A. CALL TO ORDER",
            "B. ROLL CALL",
            "C. APPROVAL OF AGENDA",
            "D. INTRODUCTIONS",
            "E. NEW BUSINESS",
            "> 1. Chair and Co-Chair Selection",
            "> 2. Meeting Schedule",
            "> 3. Purpose of Police Advisory Commission",
            "F. COMMISSION PRESENTATIONS",
            "G. STAFF PRESENTATIONS",
            "> 1. Introduction to the Police Department",
            "H. ADJOURNMENT",
            "RULES OF CIVILITY FOR THE CITY COUNCIL, BOARDS, COMMISSIONS AND OUR COMMUNITY",
            "Following are rules of civility the City of Ashby Grove expects of everyone appearing at Commission",
            "Meetings. We appreciate the fact that when appearing at Commission meetings, it is understood that",
            "everyone will follow these principles:",
            "Speak only for yourself, not for other Commission members or citizens.",
            "Show respect during comments and/or discussions, listen actively and do not interrupt.",
        ],
        ("agenda_pack", "City of Ashby Grove", "Police Advisory Commission", "2024-10-10"),
        [
            ("A", "CALL TO ORDER"),
            ("B", "ROLL CALL"),
            ("C", "APPROVAL OF AGENDA"),
            ("D", "INTRODUCTIONS"),
            ("E", "NEW BUSINESS"),
            ("E(1)", "Chair and Co-Chair Selection"),
            ("E(2)", "Meeting Schedule"),
            ("E(3)", "Purpose of Police Advisory Commission"),
            ("F", "COMMISSION PRESENTATIONS"),
            ("G", "STAFF PRESENTATIONS"),
            ("G(1)", "Introduction to the Police Department"),
            ("H", "ADJOURNMENT"),
        ],
    ),
    (
        "citizen-review-board-bilingual-notice",
        "bilingual",
        [
            "** CITIZEN REVIEW BOARD (CiRB) REGULAR MEETING",
            "Wednesday, June 12, 2024, at 5:30 PM",
            "315 Poudre Avenue, Cache Room (Main Floor)",
            "This information is available in Spanish or other languages at no cost to a person who would like this",
            "information translated or communicated in Spanish, or another language. Please call (970) 555-0142 to",
            "make a request for information in other languages.",
            "Esta información está disponible en español u otro idioma, sin costo para la persona que le gustaría",
            "esta información traducida o comunicada en español u otro idioma. Favor llame al (970) 555-0142 para",
            "solicitar información en otros idiomas.",
            "Auxiliary aids and services are available for persons with disabilities. TTY: please use 711.",
            "1. CALL TO ORDER",
            "2. ROLL CALL",
            "3. AGENDA REVIEW",
            "4. CITIZEN PARTICIPATION",
            "> a. Public Input – 5 minutes per individual",
            "5. APPROVAL OF MINUTES",
            "> a. May 8, 2024",
            "6. UNFINISHED BUSINESS",
            "7. NEW BUSINESS",
            "> a. Training: Homeless Outreach and Proactive Engagement",
            "> b. Introductory discussion: New Rules of Procedure to replace bylaws no longer in effect",
            "8. BOARD MEMBER REPORTS",
            "9. OTHER BUSINESS",
            "10. ADJOURNMENT",
        ],
        ("agenda_pack", ANY, "Citizen Review Board", "2024-06-12"),
        [
            ("1", "CALL TO ORDER"),
            ("2", "ROLL CALL"),
            ("3", "AGENDA REVIEW"),
            ("4", "CITIZEN PARTICIPATION"),
            ("4(a)", "Public Input – 5 minutes per individual"),
            ("5", "APPROVAL OF MINUTES"),
            ("5(a)", "May 8, 2024"),
            ("6", "UNFINISHED BUSINESS"),
            ("7", "NEW BUSINESS"),
            ("7(a)", "Training: Homeless Outreach and Proactive Engagement"),
            ("7(b)", "Introductory discussion: New Rules of Procedure to replace bylaws no longer in effect"),
            ("8", "BOARD MEMBER REPORTS"),
            ("9", "OTHER BUSINESS"),
            ("10", "ADJOURNMENT"),
        ],
    ),
    (
        "police-civilian-review-board-roman-letters",
        "roman",
        [
            "** Police Civilian Review Board",
            "July 9, 2024 5:00 p.m.",
            "Virtual/Electronic Meeting",
            "Register at www.alderton.gov/zoom",
            "** Agenda",
            "I. Call to Order",
            "II. Approval of Minutes",
            "III. Member welcome and discussion of goals for Board",
            "IV. Old Business:",
            "> a. Executive Director job description",
            "> b. Bylaws & Ordinance",
            "> c. Regular meeting schedule",
            "V. New Business:",
            "> a. Roberts Rules Overview",
            "> b. Membership of the national association for the board",
            "VI. Public Comment",
            "VII. Other Business",
            "Individuals with disabilities who require assistance or special arrangements to participate in the",
            "public meeting may call the ADA Coordinator at (434) 555-0182 or submit a request via email to",
            "ada@alderton.gov. The City of Alderton requests that you provide a 48 hour notice so that proper",
            "arrangements may be made.",
        ],
        ("agenda_pack", ANY, "Police Civilian Review Board", "2024-07-09"),
        [
            ("I", "Call to Order"),
            ("II", "Approval of Minutes"),
            ("III", "Member welcome and discussion of goals for Board"),
            ("IV", "Old Business"),
            ("IV(a)", "Executive Director job description"),
            ("IV(b)", "Bylaws & Ordinance"),
            ("IV(c)", "Regular meeting schedule"),
            ("V", "New Business"),
            ("V(a)", "Roberts Rules Overview"),
            ("V(b)", "Membership of the national association for the board"),
            ("VI", "Public Comment"),
            ("VII", "Other Business"),
        ],
    ),
    (
        "civilian-police-review-board-open-meetings-act-item",
        "numbered",
        [
            "** CITY OF MERRIVALE",
            "** CIVILIAN POLICE REVIEW BOARD",
            "** REGULAR MEETING",
            "Wednesday, July 24, 2024 at 6:30 p.m.",
            "City Council Chambers, 400 South Vine Street",
            "1. Call to Order, Roll Call, and Declaration of Quorum",
            "2. Approval of Agenda",
            "3. Approval of Minutes of Previous Meetings",
            "> a. Regular Meeting, June 26, 2024",
            "4. Public Participation",
            "5. Unfinished Business",
            "> a. Status of Complaints and Appeals",
            "> b. Annual Report Updates",
            "6. New Business",
            "> a. Closed Session pursuant to the Open Meetings Act",
            "7. Board Input and Communications",
            "> a. Board member comments and announcements",
            "Persons with disabilities needing special services or accommodations for this meeting should contact",
            "the City Clerk at (217) 555-2366.",
            "8. Public Participation",
            "9. Adjournment",
        ],
        ("agenda_pack", "City of Merrivale", "Civilian Police Review Board", "2024-07-24"),
        [
            ("1", "Call to Order, Roll Call, and Declaration of Quorum"),
            ("2", "Approval of Agenda"),
            ("3", "Approval of Minutes of Previous Meetings"),
            ("3(a)", "Regular Meeting, June 26, 2024"),
            ("4", "Public Participation"),
            ("5", "Unfinished Business"),
            ("5(a)", "Status of Complaints and Appeals"),
            ("5(b)", "Annual Report Updates"),
            ("6", "New Business"),
            ("6(a)", "Closed Session pursuant to the Open Meetings Act"),
            ("7", "Board Input and Communications"),
            ("7(a)", "Board member comments and announcements"),
            ("8", "Public Participation"),
            ("9", "Adjournment"),
        ],
    ),
    (
        "transportation-authority-roman-brown-act",
        "roman",
        [
            "** VALLE COUNTY LOCAL TRANSPORTATION AUTHORITY",
            "** BOARD OF DIRECTORS",
            "** NOTICE AND AGENDA",
            "Wednesday, June 26, 2024 at 6:00 p.m.",
            "County Administration Building, 940 Main Street, Board Chambers",
            "I. CALL TO ORDER AND ROLL CALL",
            "II. EMERGENCY ITEMS",
            "> A. Discussion/Action of emergency items, if necessary.",
            "III. PUBLIC COMMENTS",
            "Any member of the public may address the Authority for a period not to exceed three minutes on any",
            "item of interest not on the agenda within the jurisdiction of the Authority. The Authority will listen to",
            "all communication, but in compliance with the Brown Act, will not take any action on items that are",
            "not on the agenda.",
            "IV. CONSENT CALENDAR",
            "> A. Approval of Board Draft Minutes for February 28, 2024",
            "V. REPORTS",
            "> A. Executive Director Report",
            "VI. ACTION CALENDAR",
            "> A. Administrative Services Budget FY 2024-25",
            "VII. ADJOURNMENT",
        ],
        ("agenda_pack", "Valle County Local Transportation Authority", "Board of Directors", "2024-06-26"),
        [
            ("I", "CALL TO ORDER AND ROLL CALL"),
            ("II", "EMERGENCY ITEMS"),
            ("II(A)", "Discussion/Action of emergency items, if necessary"),
            ("III", "PUBLIC COMMENTS"),
            ("IV", "CONSENT CALENDAR"),
            ("IV(A)", "Approval of Board Draft Minutes for February 28, 2024"),
            ("V", "REPORTS"),
            ("V(A)", "Executive Director Report"),
            ("VI", "ACTION CALENDAR"),
            ("VI(A)", "Administrative Services Budget FY 2024-25"),
            ("VII", "ADJOURNMENT"),
        ],
    ),
    (
        "transit-authority-members-teleconference-letters",
        "letters",
        [
            "** REDWOOD COAST TRANSIT AUTHORITY",
            "** Board of Directors Regular Meeting Agenda",
            "10/23/2024 1:30 p.m.",
            "Board of Directors",
            "Sara Ortega, Chair",
            "Jim Tolland, Vice Chair",
            "Bruce Ricard",
            "Teleconference with:",
            "Eastfield Valley Conference Center, 200 South School Street",
            "The Chair will call for public comments during the Public Comment section of the agenda as well as",
            "during each agenda item discussion. Members of the public may also submit questions via email to",
            "clerk@redwoodtransit.org and these comments will be read aloud during the public comment section.",
            "** AGENDA ITEMS",
            "A. CALL TO ORDER",
            "B. PUBLIC COMMENT",
            "The Board of Directors welcomes in-person participation in its meetings. Comments shall be limited to",
            "three (3) minutes per person so that everyone may be given an opportunity to be heard. This item is",
            "limited to matters under the jurisdiction of the Authority which are not on the posted agenda.",
            "C. CONSENT CALENDAR",
            "> 1. Approval of Minutes of August 28, 2024 Regular Board Meeting",
            "> 2. Acceptance of Service Performance Report",
            "D. ACTION & DISCUSSION",
            "> 3. Adoption of the Short Range Transit Plan",
            "E. ADJOURNMENT",
        ],
        ("agenda_pack", "Redwood Coast Transit Authority", "Board of Directors", "2024-10-23"),
        [
            ("A", "CALL TO ORDER"),
            ("B", "PUBLIC COMMENT"),
            ("C", "CONSENT CALENDAR"),
            ("C(1)", "Approval of Minutes of August 28, 2024 Regular Board Meeting"),
            ("C(2)", "Acceptance of Service Performance Report"),
            ("D", "ACTION & DISCUSSION"),
            ("D(3)", "Adoption of the Short Range Transit Plan"),
            ("E", "ADJOURNMENT"),
        ],
    ),
    (
        "community-board-ordinal-date-paren-letters",
        "numbered",
        [
            "** Community Board 9",
            "** Monthly Board Meeting",
            "Wednesday, October 16th, 2024, 6:30 p.m. to 7:30 p.m.",
            "The regular monthly Board Meeting of Community Board 9 will be held in the board office at 4410",
            "5th Avenue. Residents are welcome to attend the meeting. The public has two opportunities to comment.",
            "The proposed agenda:",
            "1. The Pledge of Allegiance",
            "2. Opening of the meeting",
            "3. Adoption of the agenda",
            "4. Adoption of the Minutes of the Board Meeting of September 11, 2024",
            "5. Public Comment",
            "6. Committee Reports:",
            "> A) Capital & Expense Budget Committee",
            "> B) Education Committee",
            "> C) Transportation Committee",
            "7. Adjournment",
        ],
        ("agenda_pack", "Community Board 9", ANY, "2024-10-16"),
        [
            ("1", "The Pledge of Allegiance"),
            ("2", "Opening of the meeting"),
            ("3", "Adoption of the agenda"),
            ("4", "Adoption of the Minutes of the Board Meeting of September 11, 2024"),
            ("5", "Public Comment"),
            ("6", "Committee Reports"),
            ("6(A)", "Capital & Expense Budget Committee"),
            ("6(B)", "Education Committee"),
            ("6(C)", "Transportation Committee"),
            ("7", "Adjournment"),
        ],
    ),
    (
        "community-board-full-board-unnumbered",
        "unnumbered",
        [
            "** MANHATTAN COMMUNITY BOARD 11",
            "** Full Board",
            "Wednesday, February 19, 2025 - 6:30PM",
            "Eastside Academy, 125 East 93rd Street, Auditorium",
            "** AGENDA",
            "Public Session – Those who wish to speak during the Public Session must register by 6:45 pm",
            "Adoption of the Agenda",
            "Adoption of the Minutes",
            "Borough President's Report",
            "Elected Officials' Reports",
            "Chair's Report",
            "Committee Reports and Action Items",
            "Executive Session – Approval of the hiring of a Community Assistant",
            "Please note the Executive Session is closed to the Public.",
        ],
        ("agenda_pack", "Manhattan Community Board 11", ANY, "2025-02-19"),
        [
            (None, "Public Session – Those who wish to speak during the Public Session must register by 6:45 pm"),
            (None, "Adoption of the Agenda"),
            (None, "Adoption of the Minutes"),
            (None, "Borough President's Report"),
            (None, "Elected Officials' Reports"),
            (None, "Chair's Report"),
            (None, "Committee Reports and Action Items"),
            (None, "Executive Session – Approval of the hiring of a Community Assistant"),
        ],
    ),
    (
        "board-of-education-letters-asterisk-consent",
        "letters",
        [
            "** RIVERBEND PUBLIC SCHOOLS",
            "** BOARD OF EDUCATION",
            "** Regular Business Meeting",
            "Monday, March 3, 2025 at 7:00 p.m.",
            "Don Stroud Administrative Center, 5606 South 147th Street",
            "A. Call to Order - Opening of the meeting by the Board President",
            "B. Pledge of Allegiance",
            "C. Roll Call",
            "D. Public Comments on agenda items",
            "E. Routine Matters",
            "> *1. Approval of minutes of the preceding regular meeting of the Board of Education",
            "> *2. Approval of Bills and receive Treasurer's Report and place on file",
            "F. Information Items",
            "> 1. Superintendent's Report",
            "> 2. Board Comments/Announcements",
            "G. Adjournment",
            "*All items indicated by an asterisk (*) will comprise the Consent Agenda and may be acted on in a",
            "single motion. Items may be deleted from the Consent Agenda by request of any Board member.",
        ],
        ("agenda_pack", "Riverbend Public Schools", "Board of Education", "2025-03-03"),
        [
            ("A", "Call to Order - Opening of the meeting by the Board President"),
            ("B", "Pledge of Allegiance"),
            ("C", "Roll Call"),
            ("D", "Public Comments on agenda items"),
            ("E", "Routine Matters"),
            ("E(1)", "Approval of minutes of the preceding regular meeting of the Board of Education"),
            ("E(2)", "Approval of Bills and receive Treasurer's Report and place on file"),
            ("F", "Information Items"),
            ("F(1)", "Superintendent's Report"),
            ("F(2)", "Board Comments/Announcements"),
            ("G", "Adjournment"),
        ],
    ),
    (
        "canadian-standing-committee-decimal-items",
        "decimal",
        [
            "** CITY OF PINE RIDGE",
            "** BY-LAW & PLANNING COMMITTEE AGENDA",
            "Monday, March 3, 2025",
            "4:00 PM - Council Chambers",
            "1. CALL TO ORDER",
            "2. ADOPTION OF AGENDA",
            "3. ADOPTION OF MINUTES",
            "3.1 February 3, 2025 Minutes",
            "4. DECLARATIONS OF PECUNIARY INTEREST",
            "5. DELEGATIONS",
            "6. STAFF REPORTS",
            "6.1 Zoning By-law Amendment - 12 Manitoba Road",
            "6.2 Property Standards By-law Review",
            "7. ADJOURNMENT",
        ],
        ("agenda_pack", "City of Pine Ridge", "By-law & Planning Committee", "2025-03-03"),
        [
            ("1", "CALL TO ORDER"),
            ("2", "ADOPTION OF AGENDA"),
            ("3", "ADOPTION OF MINUTES"),
            ("3.1", "February 3, 2025 Minutes"),
            ("4", "DECLARATIONS OF PECUNIARY INTEREST"),
            ("5", "DELEGATIONS"),
            ("6", "STAFF REPORTS"),
            ("6.1", "Zoning By-law Amendment - 12 Manitoba Road"),
            ("6.2", "Property Standards By-law Review"),
            ("7", "ADJOURNMENT"),
        ],
    ),
    (
        "county-planning-commission-numbered-participation-rules",
        "negatives",
        [
            "** COUNTY OF SALINAS VALLEY",
            "** PLANNING COMMISSION",
            "** AGENDA",
            "Wednesday, May 28, 2025 at 9:00 a.m.",
            "Board of Supervisors Chambers, 168 West Alisal Street",
            "** PUBLIC PARTICIPATION",
            "1. Members of the public may submit comments by email to the Planning Commission Secretary; comments",
            "received by 2:00 p.m. the Tuesday before the meeting will be placed in the record.",
            "2. Members of the public who wish to comment on a specific project may participate by:",
            "a. When the Chair calls for public comment on an agenda item, the Secretary will call speakers one at",
            "a time.",
            "b. Speakers who wish to distribute documents should email them before 2:00 p.m. the Tuesday before.",
            "** PARTICIPACIÓN DEL PÚBLICO",
            "1. Los miembros del público pueden enviar comentarios por correo electrónico al Secretario de la",
            "Comisión; los comentarios recibidos antes de las 2:00 p.m. serán colocados en el registro.",
            "2. Los miembros del público que desean comentar en un proyecto específico pueden participar por:",
            "a. Cuando el Presidente solicite comentarios públicos, el Secretario llamará a los oradores.",
            "** AGENDA",
            "1. ROLL CALL",
            "2. PUBLIC COMMENTS",
            "3. APPROVAL OF MINUTES",
            "4. SCHEDULED MATTERS",
            "> a. Combined Development Permit - 210 Cachagua Road",
            "> b. Ordinance Amending Title 21 Regarding Accessory Dwelling Units",
            "5. DEPARTMENT REPORT",
            "6. ADJOURNMENT",
        ],
        ("agenda_pack", "County of Salinas Valley", "Planning Commission", "2025-05-28"),
        [
            ("1", "ROLL CALL"),
            ("2", "PUBLIC COMMENTS"),
            ("3", "APPROVAL OF MINUTES"),
            ("4", "SCHEDULED MATTERS"),
            ("4(a)", "Combined Development Permit - 210 Cachagua Road"),
            ("4(b)", "Ordinance Amending Title 21 Regarding Accessory Dwelling Units"),
            ("5", "DEPARTMENT REPORT"),
            ("6", "ADJOURNMENT"),
        ],
    ),
    (
        "police-commission-notice-webinar-block",
        "negatives",
        [
            "** NOTICE OF PUBLIC MEETING",
            "** City of Burlyn",
            "** Police Commission",
            "** Regular Meeting",
            "Tuesday, January 28, 2025 at 6:00 p.m.",
            "Community Room, Police Department, 1 North Avenue",
            "To join the meeting:",
            "Via Webinar: https://zoom.us/j/91181625848",
            "Webinar ID: 911 8162 5848",
            "Password: 672017",
            "Or you can call any of the numbers below:",
            "(346) 248 7799",
            "(669) 900 6833",
            "1. Additions or Modifications to Agenda",
            "2. Public Forum",
            "3. Chief's Report",
            "4. Update on Race Data Collection Analysis",
            "5. Review of Any Incoming Correspondence",
            "6. Commissioners' Updates/Comments",
            "7. Consent Agenda – Minutes of Previous Commission Meeting",
            "8. Next Meeting's Agenda Items and Date",
            "9. Executive Session",
            "10. Adjournment",
        ],
        ("agenda_pack", "City of Burlyn", "Police Commission", "2025-01-28"),
        [
            ("1", "Additions or Modifications to Agenda"),
            ("2", "Public Forum"),
            ("3", "Chief's Report"),
            ("4", "Update on Race Data Collection Analysis"),
            ("5", "Review of Any Incoming Correspondence"),
            ("6", "Commissioners' Updates/Comments"),
            ("7", "Consent Agenda – Minutes of Previous Commission Meeting"),
            ("8", "Next Meeting's Agenda Items and Date"),
            ("9", "Executive Session"),
            ("10", "Adjournment"),
        ],
    ),
    (
        "school-board-time-column-numbered",
        "timed",
        [
            "** LAKEVIEW SCHOOL DISTRICT NO. 405",
            "** BOARD OF DIRECTORS",
            "** Regular Meeting Agenda",
            "06/03/2025",
            "Education Center Board Room, 12111 NE 1st Street",
            [(TIME, "4:30 p.m."), (ITEM, "1. Roll Call")],
            [(ITEM, "2. Pledge of Allegiance")],
            [(ITEM, "3. Approval of Agenda")],
            [(ITEM, "4. Consent Agenda")],
            [(TIME, "4:45 p.m."), (ITEM, "5. Audience Hearings")],
            [(TIME, "5:15 p.m."), (ITEM, "6. Reports to the Board")],
            [(TIME, "6:00 p.m."), (ITEM, "7. Unfinished Business")],
            [(ITEM, "8. New Business")],
            [(TIME, "7:00 p.m."), (ITEM, "9. Adjournment")],
        ],
        ("agenda_pack", "Lakeview School District No. 405", "Board of Directors", "2025-06-03"),
        [
            ("1", "Roll Call"),
            ("2", "Pledge of Allegiance"),
            ("3", "Approval of Agenda"),
            ("4", "Consent Agenda"),
            ("5", "Audience Hearings"),
            ("6", "Reports to the Board"),
            ("7", "Unfinished Business"),
            ("8", "New Business"),
            ("9", "Adjournment"),
        ],
    ),
    (
        "parks-board-time-beside-item",
        "timed",
        [
            "** CITY OF CEDAR FALLS",
            "** PARKS AND RECREATION BOARD",
            "** NOTICE OF PUBLIC MEETING",
            "Thursday, June 5th, 2025",
            "Hartman Community Center, 600 Park Drive",
            "6:30 p.m. Call to Order",
            "6:35 p.m. Approval of Minutes of May 1, 2025",
            "6:45 p.m. Public Comment",
            "7:00 p.m. Trail Master Plan Update",
            "7:30 p.m. Director's Report",
            "7:45 p.m. Adjournment",
        ],
        ("agenda_pack", "City of Cedar Falls", "Parks and Recreation Board", "2025-06-05"),
        [
            (None, "Call to Order"),
            (None, "Approval of Minutes of May 1, 2025"),
            (None, "Public Comment"),
            (None, "Trail Master Plan Update"),
            (None, "Director's Report"),
            (None, "Adjournment"),
        ],
    ),
]

# open at the end of round 26, by test class and case id
OPEN: dict[tuple[str, str], str] = {
    ("recall", "community-board-full-board-unnumbered"): "ambiguous truth: corpus/gold/README.md takes an agenda's "
    "items to be 'the numbered items on the agenda list'; whether an agenda printed as unnumbered lines under "
    "'AGENDA' (no time, no number, no bold) has null-numbered items or none is not settled (minutes' unnumbered "
    "headings are items; round 64's unnumbered lists take bold, capitals or 'To …' lines alone, and these plain "
    "lines hold a sentence ('Public Session – Those who wish to speak …') and a closing note at one margin)",
}

FIELDS = ("doc_type", "body", "committee", "date")


def _read(path: Path, rows: list[Row]) -> tuple[tuple, Items]:
    pages = render(path, rows)
    facts = document_facts(pages)
    date = facts.meeting_date.isoformat() if facts.meeting_date else None
    listed = agenda_items(pages, "doc") if facts.doc_type == "agenda_pack" else []
    found = [(item.number, item.title) for item in listed]
    return (facts.doc_type, facts.body, facts.committee, date), found


def _marks(test: str, case_id: str) -> list:
    reason = OPEN.get((test, case_id))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _params(test: str) -> list:
    return [
        pytest.param(rows, items, id=case_id, marks=_marks(test, case_id))
        for case_id, _kind, rows, _want, items in CASES
    ]


def _field_params() -> list:
    return [
        pytest.param(field, rows, want, id=f"{field}-{case_id}", marks=_marks(field, case_id))
        for case_id, _kind, rows, want, _items in CASES
        for field in FIELDS
    ]


def _as_gold(items: Items) -> list[dict]:
    return [{"number": number, "title": title, "printed_pages": None} for number, title in items]


@pytest.mark.parametrize(("field", "rows", "want"), _field_params())
def test_document_field(tmp_path: Path, field: str, rows: list[Row], want: tuple) -> None:
    got, _ = _read(tmp_path / "doc.pdf", rows)
    index = FIELDS.index(field)
    assert same_field(field, got[index], want[index]), (field, got[index], want[index])


@pytest.mark.parametrize(("rows", "items"), _params("recall"))
def test_items_recall(tmp_path: Path, rows: list[Row], items: Items) -> None:
    _, found = _read(tmp_path / "doc.pdf", rows)
    counts = score_agenda_items(_as_gold(items), _as_gold(found))
    assert counts["fn"] == 0, found
    assert counts["title_ok"] == counts["title_n"], found


@pytest.mark.parametrize(("rows", "items"), _params("precision"))
def test_items_precision(tmp_path: Path, rows: list[Row], items: Items) -> None:
    _, found = _read(tmp_path / "doc.pdf", rows)
    counts = score_agenda_items(_as_gold(items), _as_gold(found))
    assert counts["fp"] == 0, [item for item in found if norm_text(item[1]) not in {norm_text(t) for _, t in items}]
