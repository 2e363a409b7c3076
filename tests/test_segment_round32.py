"""Round 32 suite (issue #4): whole sets of minutes where body and committee are hard to tell apart.

Each document is drawn over two to four pages with reportlab (``segment_cases.render``) and read by the real code
path (``document_facts``, then ``minutes_items`` for minutes). Each is scored per check as `agendaparse eval`
compares: the items (number and title, titles folded for case, spaces and end punctuation), the meeting date, the
body, the committee and the document type. The structure and phrasing of each follow a real page (names, places,
dates and numbers changed). Sources:

- http://www.statsusernet.org.uk/communities/community-home/digestviewer/viewthread?GroupId=79 (the Statistics
  User Forum, 'supported by the Office for National Statistics': a department's user forum, known by its acronym)
- https://resolution.nhs.uk/board-meetings/ (a non-departmental public body's board: minutes numbered by meeting)
- https://vdocuments.site/nlg20199-trust-board-of-directors-public-nlg20199-page-2-of-19-1-patientsa.html (an NHS
  trust's 'Trust Board of Directors (Public)': 'Minutes of the Public Meeting held on Tuesday, 4 August 2020')
- https://lsc-icb.franktesting.co.uk/about-us/sub-committees/quality-committee/terms-reference (an integrated care
  board's Quality Committee, a committee of the ICB)
- http://www.egenda.stockton.gov.uk/akstvca/users/public/admin/kab12.pl?cmte=SCR&meet=26&arc=71 and
  https://governance.wmca.org.uk/ieListDocuments.aspx?CId=138&MId=252 (a combined authority's Overview and Scrutiny
  Committee: members listed with their councils, 'Item Description Decision')
- http://hastings.infocouncil.biz/Open/2017/09/JCWF_14092017_MIN_3741.htm (a joint committee of two councils,
  minuted by the host council: 'MINUTES OF A MEETING OF THE ... Committee HELD IN THE ... ON Thursday ...')
- http://www.hertspcp.org.uk/content/working-arrangements-police-and-crime-panel and
  http://www.avonandsomersetpoliceandcrimepanel.org.uk/panels-key-roles-and-responsibilities/ (a police and crime
  panel: the Commissioner's precept and plan)
- https://www.notts-fire.gov.uk/about/fire-authority-agendas-and-minutes and
  https://www.ddfire.gov.uk/cfa-meetings-agendas-and-papers (a combined fire authority of a county and a city
  council: 'At a meeting of the Combined Fire Authority ... held at ...', members listed by council)
- http://en.wikipedia.org/wiki/National_Park_Authority (a national park authority: its members meet as the
  Authority; minutes numbered '67/23')
- http://councillors.halton.gov.uk/ieListDocuments.aspx?CId=601&MId=3857&Ver=4 (a partnership board whose
  minutes name the partnership itself)
- https://shasta.novusagenda.com/agendapublic/MeetingView.aspx?MeetingID=616&MinutesMeetingID=-1&doctype=Agenda
  (a US county board of supervisors: 'REGULAR MEETING OF THE BOARD OF SUPERVISORS', supervisors by district)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from segment_cases import Row, assert_document_check, document_check_params, fields_and_items, render

FIELDS = ("meeting_date", "body", "committee", "doc_type")


@dataclass
class Minutes:
    rows: list[Row]
    items: list[tuple[str | None, str]]
    fields: dict[str, str | None]  # a field left out is not scored (its truth is unsettled)
    head: str | None = None
    foot: str | None = None
    from_page: int = 2
    notes: list[str] = field(default_factory=list)


def statistics_user_forum() -> Minutes:
    """A department's user forum: the department on the logo line, the forum by its acronym after the first page,
    'Date: 14/03/2019', unnumbered bold headings."""
    return Minutes(
        rows=[
            "Office for National Statistics",
            "# Statistics User Forum (SUF)",
            "## Minutes of meeting",
            "Date: 14/03/2019",
            "Venue: 1 Drummond Gate, London",
            "Present: Alan Reid (Chair), Bea Frost, Carl Moody, Dina Shah, Evan Lowe",
            "Secretariat: Fay Gordon (ONS)",
            "** Welcome and apologies",
            "The Chair welcomed members. Apologies were received from Gil Hart and Hana Iqbal.",
            "** Minutes of the last meeting",
            "The minutes of the meeting of 8 November 2018 were agreed and the actions reviewed.",
            "** Census 2021 update",
            "Carl Moody described the rehearsal and the plans for the online questionnaire.",
            "---",
            "** User engagement strategy",
            "SUF members asked how the user groups would be consulted on the strategy before it is published.",
            "Action: Secretariat to circulate the draft strategy to SUF members by the end of April.",
            "** Any other business",
            "The next SUF meeting will be held in July.",
        ],
        items=[
            (None, "Welcome and apologies"),
            (None, "Minutes of the last meeting"),
            (None, "Census 2021 update"),
            (None, "User engagement strategy"),
            (None, "Any other business"),
        ],
        fields={
            "meeting_date": "2019-03-14",
            "body": "Office for National Statistics",
            "committee": "Statistics User Forum",
            "doc_type": "minutes",
        },
        head="SUF minutes – March 2019",
        foot="Office for National Statistics",
    )


def public_body_board() -> Minutes:
    """A non-departmental public body's board: 'Minutes of the 52nd meeting of the Board held on ...'."""
    return Minutes(
        rows=[
            "# Coastal Heritage Agency",
            "## Minutes of the 52nd meeting of the Board held on Wednesday 12 March 2025 at 10.00am",
            "Venue: Harbour House, Leith Quay",
            "Present: Ruth Ames (Chair), Colin Baird, Dev Patel, Irene Sloan, Tom Watt (Chief Executive)",
            "** 1. Apologies and declarations of interest",
            "Apologies were received from Moira Kerr. No interests were declared.",
            "** 2. Minutes of the 51st meeting",
            "The minutes of the meeting held on 15 January 2025 were approved.",
            "** 3. Chief Executive's report",
            "Tom Watt reported on the business plan and the recruitment of the new finance director.",
            "---",
            "** 4. Annual report and accounts",
            "The Board approved the timetable for the annual report and accounts.",
            "** 5. Risk register",
            "The Board reviewed the corporate risk register and agreed the two new risks.",
        ],
        items=[
            ("1", "Apologies and declarations of interest"),
            ("2", "Minutes of the 51st meeting"),
            ("3", "Chief Executive's report"),
            ("4", "Annual report and accounts"),
            ("5", "Risk register"),
        ],
        fields={
            "meeting_date": "2025-03-12",
            "body": "Coastal Heritage Agency",
            "committee": "Board",
            "doc_type": "minutes",
        },
        foot="Coastal Heritage Agency Board – 12 March 2025",
    )


def nhs_trust_board() -> Minutes:
    """An NHS trust's board in public: the trust, then 'TRUST BOARD OF DIRECTORS (PUBLIC)', the date in a
    'Minutes of the Public Meeting held on' line."""
    return Minutes(
        rows=[
            "# Northern Fens Hospitals NHS Foundation Trust",
            "## TRUST BOARD OF DIRECTORS (PUBLIC)",
            "Minutes of the Public Meeting held on Tuesday, 4 August 2020 at 10.00 am via video conference",
            "Present: Mr Terence Moss (Chair), Dr Paula Reid (Chief Executive), Mrs Ellen Monk (Chief Nurse)",
            "In attendance: Mrs Helen Hart (Trust Secretary)",
            "** 1. Patients' stories",
            "The Senior Nurse for Patient Experience presented two patients' stories.",
            "** 2. Apologies for absence",
            "Apologies were received from Mrs Linda Jackson.",
            "** 3. Minutes of the previous meeting",
            "The minutes of the meeting held on 7 July 2020 were approved as a correct record.",
            "---",
            "** 4. Chief Executive's report",
            "Dr Reid updated the Board on the recovery of elective services.",
            "** 5. Integrated performance report",
            "The Board noted the report.",
        ],
        items=[
            ("1", "Patients' stories"),
            ("2", "Apologies for absence"),
            ("3", "Minutes of the previous meeting"),
            ("4", "Chief Executive's report"),
            ("5", "Integrated performance report"),
        ],
        fields={
            "meeting_date": "2020-08-04",
            "body": "Northern Fens Hospitals NHS Foundation Trust",
            "committee": "Trust Board of Directors",
            "doc_type": "minutes",
        },
        foot="NFH(20)199 Trust Board of Directors (Public)",
    )


def icb_quality_committee() -> Minutes:
    """An integrated care board's committee: 'QC/24/31'-style running minute numbers, the ICB by its acronym."""
    return Minutes(
        rows=[
            "# NHS Wolds and Fenland Integrated Care Board",
            "## Quality Committee",
            "Minutes of the meeting held on Thursday 9 May 2024, Board Room, Wolds House",
            "Present: Ann Cole (Non-Executive Member, Chair), Dr Ben Ward (Medical Director), Cath Lyle (Chief Nurse)",
            "** 24/31 Welcome and apologies",
            "Apologies were received from Dan Moss.",
            "** 24/32 Declarations of interest",
            "None were declared.",
            "** 24/33 Minutes and action log",
            "The minutes of 11 April 2024 were approved. The ICB action log was reviewed.",
            "---",
            "** 24/34 Maternity services assurance",
            "The Chief Nurse presented the maternity dashboard; the Committee noted two areas of concern.",
            "** 24/35 Escalations to the ICB Board",
            "The Committee agreed to escalate the pressures in community paediatrics to the ICB Board.",
        ],
        items=[
            ("24/31", "Welcome and apologies"),
            ("24/32", "Declarations of interest"),
            ("24/33", "Minutes and action log"),
            ("24/34", "Maternity services assurance"),
            ("24/35", "Escalations to the ICB Board"),
        ],
        fields={
            "meeting_date": "2024-05-09",
            "body": "NHS Wolds and Fenland Integrated Care Board",
            "committee": "Quality Committee",
            "doc_type": "minutes",
        },
        foot="WF ICB Quality Committee minutes 09.05.24",
    )


def combined_authority_scrutiny() -> Minutes:
    """A combined authority's scrutiny committee: members listed with their councils, items 'Item 1'."""
    return Minutes(
        rows=[
            "# Teesmoor Combined Authority",
            "## Overview and Scrutiny Committee Minutes",
            "Friday, 12th July, 2019 1:30 pm",
            "Cavendish House, Teesmoor Business Park",
            "Cllr Norma Stead - Stockwell Borough Council - SBC",
            "Cllr Doris Jonas - Darby Borough Council - DBC",
            "Cllr John Hobb - Midmouth Borough Council - MBC",
            "Sharon Lees - Governance & Scrutiny Officer - TMCA",
            "** Item 1 Declarations of Interest",
            "There were no interests declared.",
            "** Item 2 Appointment of Chair",
            "Cllr Norma Stead was appointed Chair of the Committee.",
            "---",
            "** Item 3 Minutes of the Previous Meeting",
            "The minutes of the meeting held on 12 April 2019 were agreed as a correct record.",
            "** Item 4 Mayor's Update",
            "The Mayor updated the Committee on the airport and the investment plan.",
            "** Item 5 Work Programme",
            "The Committee agreed its work programme for 2019/20.",
        ],
        items=[
            ("1", "Declarations of Interest"),
            ("2", "Appointment of Chair"),
            ("3", "Minutes of the Previous Meeting"),
            ("4", "Mayor's Update"),
            ("5", "Work Programme"),
        ],
        fields={
            "meeting_date": "2019-07-12",
            "body": "Teesmoor Combined Authority",
            "committee": "Overview and Scrutiny Committee",
            "doc_type": "minutes",
        },
        head="Please note: all Minutes are subject to approval at the next Meeting",
    )


def joint_waste_committee() -> Minutes:
    """A joint committee of two councils minuted by the host council, its title in capitals run into its name."""
    return Minutes(
        rows=[
            "# HOLLOWAY DISTRICT COUNCIL",
            "MINUTES OF A MEETING OF THE Joint Council Waste Futures Steering Committee",
            "HELD IN THE Council Chamber, Civic Building, Lyndon Road, Holloway ON",
            "Thursday, 14 September 2017 AT 10.00am",
            "Present: Chair: Councillor Kerr; Councillors Heaps and Lyons (HDC); Councillors Brosnan and Dale (NCC)",
            "** 1. Apologies",
            "That an apology for absence from Councillor Tapine (NCC) be accepted.",
            "** 2. Conflicts of Interest",
            "There were no declarations of conflicts of interest.",
            "** 3. Confirmation of Minutes",
            "That the minutes of the meeting held Wednesday 2 August 2017 be confirmed as a true and correct record.",
            "---",
            "** 4. Kerbside Collection Options",
            "The Waste Minimisation Lead presented the options for kerbside collection in both districts.",
            "** 5. Communications Plan",
            "The Committee agreed the joint communications plan.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Conflicts of Interest"),
            ("3", "Confirmation of Minutes"),
            ("4", "Kerbside Collection Options"),
            ("5", "Communications Plan"),
        ],
        fields={
            "meeting_date": "2017-09-14",
            "body": "Holloway District Council",
            "committee": "Joint Council Waste Futures Steering Committee",
            "doc_type": "minutes",
        },
        foot="Joint Council Waste Futures Steering Committee 14 September 2017",
    )


def police_and_crime_panel() -> Minutes:
    """A police and crime panel: 'held at 10:00 on Tuesday 4th June', members by their councils, the host council
    in the footer (the body, as the host council of round 8's panel)."""
    return Minutes(
        rows=[
            "# Marchshire Police and Crime Panel",
            "## Minutes of the meeting held at 10:00 on Tuesday 4th June 2024 at County Hall, Wellbury",
            "Present: Cllr M Allen (East Marchshire District Council), Cllr A Brewer (Wellbury Borough Council),",
            "Cllr R Hannam (Marchshire County Council) (Chairman), Ms A Francis (Co-opted Member)",
            "** 1 Introduction and Welcome",
            "A welcome was extended to all members of the Panel and to the two new co-opted members.",
            "** 2 Minutes of the Previous Meeting",
            "Agreed.",
            "** 3 Matters Arising",
            "None.",
            "---",
            "** 4 Police and Crime Commissioner's Annual Report",
            "The Commissioner presented his annual report; the Panel made recommendations on rural crime.",
            "** 5 Complaints against the Commissioner",
            "No complaints had been received since the last meeting.",
        ],
        items=[
            ("1", "Introduction and Welcome"),
            ("2", "Minutes of the Previous Meeting"),
            ("3", "Matters Arising"),
            ("4", "Police and Crime Commissioner's Annual Report"),
            ("5", "Complaints against the Commissioner"),
        ],
        fields={
            "meeting_date": "2024-06-04",
            "body": "Marchshire County Council",  # the host council, as round 8's panel (its contact's council)
            "committee": "Marchshire Police and Crime Panel",
            "doc_type": "minutes",
        },
        foot="Hosted by Marchshire County Council",
    )


def combined_fire_authority() -> Minutes:
    """A combined fire authority: 'At a meeting of the Combined Fire Authority for X and Y held at ...', its members
    listed under their councils, items 'A1'."""
    return Minutes(
        rows=[
            "At a meeting of the Combined Fire Authority for Wendale and Darrowby held at Fire and Rescue Service",
            "Headquarters, Belmont Park, Wendale on Thursday 12 November 2015 at 10.00 a.m.",
            "** Present:",
            "Wendale County Councillors:",
            "Councillors D Bell, J Chaplin, B Graham, M Hodge, S Ives and L Marsh.",
            "Darrowby Borough Councillors:",
            "Councillors B Jones, G Lee and S Richmond.",
            "** A1 Declarations of interest",
            "There were no declarations of interest.",
            "** A2 Chief Fire Officer's commendations",
            "The chief fire officer awarded commendations to two members of the public.",
            "---",
            "** A3 Minutes of the meeting held on 24 September 2015",
            "The minutes of the meeting held on 24 September 2015 were confirmed as a correct record.",
            "** A4 Audit and risk committee – chair's report",
            "The Authority considered a report of the chair of the audit and risk committee.",
        ],
        items=[
            ("A1", "Declarations of interest"),
            ("A2", "Chief Fire Officer's commendations"),
            ("A3", "Minutes of the meeting held on 24 September 2015"),
            ("A4", "Audit and risk committee – chair's report"),
        ],
        fields={
            "meeting_date": "2015-11-12",
            "body": "Combined Fire Authority for Wendale and Darrowby",
            "committee": "Combined Fire Authority for Wendale and Darrowby",
            "doc_type": "minutes",
        },
    )


def national_park_authority() -> Minutes:
    """A national park authority's own meeting: the date only in the running head, minutes numbered '67/23'."""
    return Minutes(
        rows=[
            "# Harrowdale National Park Authority",
            "## Minutes of the meeting of the Authority held at the National Park Office, Bondgate, Helmford",
            "Present: Mr J Hale (Chair), Mrs K Lowe, Mr P Grant, Cllr S Booth, Cllr R Moss",
            "** 67/23 Apologies for absence",
            "Apologies were received from Mrs F Lane.",
            "** 68/23 Public minutes of the meeting held on 19 June 2023",
            "The minutes were agreed and signed by the Chair.",
            "** 69/23 Public question time",
            "There were no questions.",
            "---",
            "** 70/23 National Park Management Plan review",
            "The Head of Information presented the milestones for the review, which were approved.",
            "** 71/23 Tree Preservation Order, Appleton Farm House",
            "Members confirmed the Order without modification.",
        ],
        items=[
            ("67/23", "Apologies for absence"),
            ("68/23", "Public minutes of the meeting held on 19 June 2023"),
            ("69/23", "Public question time"),
            ("70/23", "National Park Management Plan review"),
            ("71/23", "Tree Preservation Order, Appleton Farm House"),
        ],
        fields={
            "meeting_date": "2023-09-25",
            "body": "Harrowdale National Park Authority",
            "committee": "Harrowdale National Park Authority",
            "doc_type": "minutes",
        },
        head="Harrowdale National Park Authority – 25 September 2023",
        from_page=1,
    )


def community_safety_partnership() -> Minutes:
    """A partnership's own board: the date only in the file's first line, the partnership as body and committee."""
    return Minutes(
        rows=[
            "21 January 2015",
            "# Brackenfield Community Safety Partnership",
            "## Minutes",
            "Present: Maurice Moore (Chair), Insp Jane Sutter (Police), Mike Hill (District Council), Sue Dale (Fire)",
            "** 1. Apologies",
            "Apologies were received from Phil Aldis and Ben Shelton.",
            "** 2. Welcome",
            "The Chairman welcomed everyone and introductions were made.",
            "** 3. Minutes of Previous Meeting",
            "The minutes of the meeting held on 9 October 2014 were agreed as a correct record.",
            "---",
            "** 4. Crime and Anti-Social Behaviour in the District",
            "Insp Sutter presented a report on crime and anti-social behaviour over the last six months.",
            "** 5. Partnership Plan 2015-16",
            "The Partnership agreed its priorities for the coming year.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Welcome"),
            ("3", "Minutes of Previous Meeting"),
            ("4", "Crime and Anti-Social Behaviour in the District"),
            ("5", "Partnership Plan 2015-16"),
        ],
        fields={
            "meeting_date": "2015-01-21",
            "body": "Brackenfield Community Safety Partnership",
            "committee": "Brackenfield Community Safety Partnership",
            "doc_type": "minutes",
        },
    )


def county_board_of_supervisors() -> Minutes:
    """A US county board of supervisors: the county and board in one heading, supervisors by district."""
    return Minutes(
        rows=[
            "# ALDER COUNTY BOARD OF SUPERVISORS",
            "1450 Court Street, Suite 308B, Redmont, California 96001",
            "Supervisor Kevin Cray, District 1   Supervisor Tim Garr, District 2   Supervisor Mary Rick, District 3",
            "## MINUTES OF THE REGULAR MEETING OF THE BOARD OF SUPERVISORS",
            "Tuesday, February 28, 2023, 9:00 AM",
            "** 1. Call to Order",
            "Chair Rick called the meeting to order at 9:00 a.m. with all Supervisors present.",
            "** 2. Public Comment – Open Time",
            "Three members of the public addressed the Board.",
            "** 3. Consent Calendar",
            "Supervisor Garr moved, Supervisor Cray seconded, approval of the consent calendar. Motion carried 3-0.",
            "---",
            "** 4. Scheduled Hearing – Fee Schedule",
            "The Chair opened and closed the public hearing; the Board adopted Resolution No. 2023-014.",
            "** 5. Adjournment",
            "The meeting was adjourned at 11:42 a.m.",
        ],
        items=[
            ("1", "Call to Order"),
            ("2", "Public Comment – Open Time"),
            ("3", "Consent Calendar"),
            ("4", "Scheduled Hearing – Fee Schedule"),
            ("5", "Adjournment"),
        ],
        fields={
            "meeting_date": "2023-02-28",
            "body": "Alder County",  # as printed (the county board rule reads "Carter County" so)
            "committee": "Board of Supervisors",
            "doc_type": "minutes",
        },
        foot="Board of Supervisors Minutes – February 28, 2023",
    )


DOCUMENTS = {
    "statistics-user-forum": statistics_user_forum,
    "public-body-board-52nd-meeting": public_body_board,
    "nhs-trust-board-public": nhs_trust_board,
    "icb-quality-committee": icb_quality_committee,
    "combined-authority-scrutiny": combined_authority_scrutiny,
    "joint-waste-committee-host-council": joint_waste_committee,
    "police-and-crime-panel": police_and_crime_panel,
    "combined-fire-authority": combined_fire_authority,
    "national-park-authority-date-in-head": national_park_authority,
    "community-safety-partnership": community_safety_partnership,
    "county-board-of-supervisors": county_board_of_supervisors,
}
CHECKS = ("items", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


def _read(name: str, folder: Path) -> tuple[Minutes, dict[str, object]]:
    document = DOCUMENTS[name]()
    pages = render(
        folder / f"{name}.pdf",
        document.rows,
        head=document.head,
        foot=document.foot,
        from_page=document.from_page,
    )
    return document, fields_and_items(pages, name, FIELDS)


@pytest.fixture(scope="module")
def read_documents(tmp_path_factory) -> dict[str, tuple[Minutes, dict[str, object]]]:
    folder = tmp_path_factory.mktemp("minutes32")
    return {name: _read(name, folder) for name in DOCUMENTS}


def _judged(name: str, check: str) -> bool:
    return check == "items" or check in DOCUMENTS[name]().fields


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_minutes(read_documents, name: str, check: str) -> None:
    document, found = read_documents[name]
    assert_document_check(found, check, document.items, document.fields)
