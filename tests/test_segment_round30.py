"""Round 30 suite (issue #4): whole sets of minutes of eight kinds, read end to end by segmentation.

Each document is drawn over two or three pages with reportlab (``segment_cases.render``) and read by the real code
path (``document_facts``, then ``minutes_items`` for minutes). Each is scored per check as `agendaparse eval`
compares: the items (number and title, titles folded for case, spaces and end punctuation), the meeting date, the
body, the committee and the document type. The structure and phrasing of each follow a real page (names, places,
dates and numbers changed). Sources:

- http://online.flipbuilder.com/ofhx/iyty/files/basic-html/page3.html (a town deal board: 'ITEM   ACTION' columns,
  items '12 – Minutes of the Last Meeting' numbered on from the last meeting, the owner's name in the margin)
- the cabinet case follows https://meetings.cotswold.gov.uk/ieListDocuments.aspx?CId=1136&MId=2287 (cabinet: 'RESOLVED that ...',
  minutes approved 'as a correct record') and https://democracy.westlancs.gov.uk/ieListDocuments.aspx?CId=143&MID=2806
- https://docslib.org/doc/5858324/2019-03-07-pc-minutes (parish council: running minute numbers, 'Democratic
  Period', planning sub-items a) to d))
- http://menmuir.org.uk/CC/ccjun01.htm (Scottish community council: 'Provisional Minutes of Meeting held on',
  members by community council area, an 'Action' column of initials)
- https://lfportal.everettwa.gov/WebLink/0/doc/700088/Page12.aspx and
  https://codelibrary.amlegal.com/codes/kingcoveak/latest/kingcove_ak/0-0-0-430 (US city council: call to order,
  roll call, consent agenda approved by one motion and roll call vote, adjournment)
- http://www.sunset-hills.com/157/Police-Advisory (a city's police advisory board)
- https://www.halbertonvillagehall.org/explaination (a village hall charity: trustees, proposals ratified, audited
  accounts, an annual general meeting)
- https://www.wellesbournepc.com/2019/09/18/extra-ordinary-full-council-meeting-20-08-2019-minutes/ (a typed
  extraordinary meeting of a parish council, numbered items, read here as a scan)
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
    items: list[tuple[str, str]]
    fields: dict[str, str | None]  # a field left out is not scored (its truth is unsettled)
    head: str | None = None
    foot: str | None = None
    from_page: int = 2
    ocr_like: bool = False
    notes: list[str] = field(default_factory=list)


def town_deal_board() -> Minutes:
    """A board's note: 'ITEM   ACTION' columns, items numbered on from the last meeting, the date only in the head."""
    return Minutes(
        rows=[
            "# Thornby Town Deal Board",
            "## Note of the meeting",
            "Present: Jack Hale (Chair), Mia Dorsey, Owen Pike, Lena Ruiz, Tom Abbott",
            "In attendance: Sam Price (Cities and Local Growth Unit)",
            [(56, "ITEM", True), (470, "ACTION", True)],
            "** 12 – Minutes of the Last Meeting",
            "The minutes of the meeting held on 23 January were agreed as a correct record.",
            "** 13 – Matters Arising",
            "Referring to Minute No. 7, Owen Pike advised that the department had now agreed in writing to the",
            "proposals to revise the Town Deal boundary to take in the harbour and the land around the dock.",
            "** 14 – Terms of Reference and Code of Conduct",
            "At the previous meeting the Board had discussed the draft Terms of Reference and Code of Conduct.",
            "Lena Ruiz stated that the Terms of Reference made no reference to the officers who attend the Board.",
            "---",
            "RESOLVED:- To agree the Terms of Reference and Code of Conduct subject to the amendments above.",
            [(56, "The Terms of Reference to be updated and circulated."), (470, "Owen Pike")],
            "** 15 – Investment Plan Update",
            "Mia Dorsey presented the latest position on the six projects of the investment plan.",
            "** 16 – Date of Next Meeting",
            "The next meeting will be held at the Town Hall.",
        ],
        items=[
            ("12", "Minutes of the Last Meeting"),
            ("13", "Matters Arising"),
            ("14", "Terms of Reference and Code of Conduct"),
            ("15", "Investment Plan Update"),
            ("16", "Date of Next Meeting"),
        ],
        fields={"meeting_date": "2025-03-19", "committee": "Thornby Town Deal Board", "doc_type": "minutes"},
        head="Thornby Town Deal Board – 19 March 2025",
        from_page=1,
        notes=["The board's body (its lead council or the department) is not printed: body is not scored."],
    )


def county_cabinet() -> Minutes:
    """A county cabinet's printed minutes: items '123.' with '(Item 4)' under each heading."""
    return Minutes(
        rows=[
            "# Westmarch County Council",
            "## Minutes of a meeting of the Cabinet held at County Hall, Westmarch on Tuesday, 14 January 2025",
            "at 10.00 am",
            "Present: Councillor R Hale (Chair), Councillors P Moss, J Okafor, L Grant and S Whitby",
            "** 123. Apologies for Absence",
            "(Item 1)",
            "Apologies were received from Councillor D Lowe.",
            "** 124. Minutes of the Previous Meeting",
            "(Item 2)",
            "RESOLVED – that the minutes of the meeting held on 10 December 2024 be approved as a correct record.",
            "** 125. Declarations of Interest",
            "(Item 3)",
            "There were none.",
            "---",
            "** 126. Highways Maintenance Programme 2025/26",
            "(Item 4)",
            "The Cabinet Member for Highways introduced the report, which set out the programme for the year.",
            "RESOLVED – that the Highways Maintenance Programme 2025/26 be approved.",
            "** 127. Exclusion of the Press and Public",
            "(Item 5)",
            "RESOLVED – that the press and public be excluded for the following item of business.",
        ],
        items=[
            ("123", "Apologies for Absence"),
            ("124", "Minutes of the Previous Meeting"),
            ("125", "Declarations of Interest"),
            ("126", "Highways Maintenance Programme 2025/26"),
            ("127", "Exclusion of the Press and Public"),
        ],
        fields={
            "meeting_date": "2025-01-14",
            "body": "Westmarch County Council",
            "committee": "Cabinet",
            "doc_type": "minutes",
        },
        foot="Cabinet – 14 January 2025",
    )


def parish_running_numbers() -> Minutes:
    """A parish council's minutes numbered '19/031' on, an item running over the page break."""
    return Minutes(
        rows=[
            "# Elmbridge Heath Parish Council",
            "## Minutes of the Ordinary Meeting of the Parish Council held on Thursday 7th March 2019",
            "Democratic Period: no matters additional to those on the agenda for further action.",
            "** 19/031 Attendance",
            "Present: M Newton (Chairman); W Bradshaw; N Parkin; B Yarrow. In Attendance: J Hillier (Clerk)",
            "** 19/032 Declarations of Interest",
            "Disclosable Pecuniary Interests in items on the agenda: none.",
            "** 19/033 Minutes of Previous Meetings",
            "The minutes of the meeting held on 7th February 2019 were approved and signed as a correct record.",
            "** 19/034 Planning",
            "a) Applications referred by the district council for comment: none received.",
            "b) Decision notices: none received.",
            "c) Members noted an invitation from the district council to comment on the Neighbourhood Plan.",
            "---",
            "d) The Clerk will send the council's comments on the Neighbourhood Plan by 30th March.",
            "** 19/035 Highways and Byways",
            "The lengthsman reported no new issues. Members noted a road closure on the B4204 in April.",
            "** 19/036 Finance",
            "The payments listed on the schedule were approved.",
        ],
        items=[
            ("19/031", "Attendance"),
            ("19/032", "Declarations of Interest"),
            ("19/033", "Minutes of Previous Meetings"),
            ("19/034", "Planning"),
            ("19/035", "Highways and Byways"),
            ("19/036", "Finance"),
        ],
        fields={
            "meeting_date": "2019-03-07",
            "body": "Elmbridge Heath Parish Council",
            "committee": "Elmbridge Heath Parish Council",
            "doc_type": "minutes",
        },
        foot="Signed ............ Chairman",
    )


def community_council_action_column() -> Minutes:
    """A Scottish community council: members by area, an 'Action' column of initials at the right margin."""
    return Minutes(
        rows=[
            "# Glenmoor Community Council",
            "## Provisional Minutes of Meeting held on Monday 9th June 2025 at Glenmoor Hall",
            "Careston - Mr J Adair",
            "Edzell - Mr C Simms, Mr I Reid",
            "In attendance - Cllr R Lyall, Inspector C Murdoch (Police Scotland), 6 members of the public",
            "Apologies - Mrs E Hickey, Mr A Costa",
            [(56, "1. Minutes of previous meeting and matters arising", True), (480, "Action", True)],
            "Approval of the minutes was proposed by Mr I Reid and seconded by Mr C Simms.",
            "** 2. Treasurer's Report",
            "Mr Simms reported the bank balance on 31st May 2025 stood at £612.40.",
            "** 3. Police Matters",
            "Inspector Murdoch gave a briefing on policing in the landward area.",
            [(56, "The secretary will write to the roads department about the verges."), (480, "JA")],
            "---",
            "** 4. Planning",
            "No new applications had been received.",
            "** 5. Any Other Competent Business",
            "The date of the next meeting was confirmed.",
        ],
        items=[
            ("1", "Minutes of previous meeting and matters arising"),
            ("2", "Treasurer's Report"),
            ("3", "Police Matters"),
            ("4", "Planning"),
            ("5", "Any Other Competent Business"),
        ],
        fields={
            "meeting_date": "2025-06-09",
            "body": "Glenmoor Community Council",
            "committee": "Glenmoor Community Council",
            "doc_type": "minutes",
        },
    )


def us_city_council() -> Minutes:
    """A US city council: call to order, roll call, a consent agenda adopted by one motion and a roll call vote."""
    return Minutes(
        rows=[
            "# City of Cedar Bluff",
            "## Regular City Council Meeting Minutes",
            "Monday, February 3, 2025",
            "** 1. Call to Order",
            "Mayor Kent called the meeting to order at 7:00 p.m. in the Council Chambers of City Hall.",
            "** 2. Roll Call",
            "Present: Mayor Kent, Councilmembers Ortiz, Blake and Young. Absent: Councilmember Reyes.",
            "** 3. Approval of Agenda",
            "Ortiz moved, Blake seconded, approval of the agenda as presented.",
            "Roll Call   Ayes: Ortiz, Blake, Young and Kent.   Nays: None.",
            "** 4. Consent Agenda",
            "Blake moved, Young seconded, approval of the consent agenda: claims and payments, the minutes of",
            "January 20, 2025 and the purchase of a street sweeper.",
            "Roll Call   Ayes: Ortiz, Blake, Young and Kent.   Nays: None.",
            "---",
            "** 5. Public Hearing – Vacation of Alley Easement",
            "Mayor Kent opened the public hearing at 7:20 p.m. No one spoke, and the hearing was closed.",
            "** 6. Adjournment",
            "Young moved, Ortiz seconded, to adjourn the meeting at 7:41 p.m. Motion carried.",
        ],
        items=[
            ("1", "Call to Order"),
            ("2", "Roll Call"),
            ("3", "Approval of Agenda"),
            ("4", "Consent Agenda"),
            ("5", "Public Hearing – Vacation of Alley Easement"),
            ("6", "Adjournment"),
        ],
        fields={
            "meeting_date": "2025-02-03",
            "body": "City of Cedar Bluff",
            "committee": "City Council",
            "doc_type": "minutes",
        },
        foot="City Council Minutes – February 3, 2025",
    )


def police_advisory_board() -> Minutes:
    """A city's police advisory board: the board under the city's name, a numbered order of business."""
    return Minutes(
        rows=[
            "# City of Oak Hollow",
            "## Police Advisory Board",
            "Minutes of the Meeting of March 12, 2025",
            "Members present: Chair Lopez, Vice Chair Grant, Members Haley and Moore. Staff: Chief Dunn.",
            "** 1. Call to Order",
            "Chair Lopez called the meeting to order at 6:30 p.m. in the conference room of the Police Facility.",
            "** 2. Approval of Minutes",
            "Member Haley moved to approve the minutes of February 12, 2025; Member Moore seconded. Carried.",
            "** 3. Chief's Report",
            "Chief Dunn reviewed the training schedule and the department's budget for the coming year.",
            "---",
            "** 4. Old Business",
            "The board discussed the community survey and agreed to review the draft questions in April.",
            "** 5. New Business",
            "None.",
            "** 6. Adjournment",
            "The meeting was adjourned at 7:45 p.m.",
        ],
        items=[
            ("1", "Call to Order"),
            ("2", "Approval of Minutes"),
            ("3", "Chief's Report"),
            ("4", "Old Business"),
            ("5", "New Business"),
            ("6", "Adjournment"),
        ],
        fields={
            "meeting_date": "2025-03-12",
            "body": "City of Oak Hollow",
            "committee": "Police Advisory Board",
            "doc_type": "minutes",
        },
    )


def village_hall_charity_agm() -> Minutes:
    """A village hall charity's AGM: numbered items, 'Proposer – X  Seconder – Y', the trust's own meeting."""
    return Minutes(
        rows=[
            "# Harlow Mill Village Hall Trust",
            "## Minutes of the Annual General Meeting held on Wednesday 21st May 2025 at 7.00 pm",
            "Present: Ann Strode (Chair), Pat Abel (Treasurer), Goff Cantor, Carol Dean, Ian Hart",
            "** 1. Apologies for Absence",
            "Steve Grey, Noelle Dorran.",
            "** 2. Minutes of the AGM held on 22nd May 2024",
            "The minutes were approved without amendment. Proposer – Carol Dean   Seconder – Ian Hart",
            "** 3. Annual Report",
            "The report had been circulated in advance and was adopted. Proposer – Goff Cantor   Seconder – Pat Abel",
            "---",
            "** 4. Annual Accounts 2024-2025",
            "The audited accounts were approved. Proposer – Ian Hart   Seconder – Carol Dean",
            "** 5. Election of Trustees",
            "Ann Strode and Pat Abel were re-elected as trustees.",
            "** 6. Any Other Business",
            "There was none, and the meeting closed at 8.10 pm.",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Minutes of the AGM held on 22nd May 2024"),
            ("3", "Annual Report"),
            ("4", "Annual Accounts 2024-2025"),
            ("5", "Election of Trustees"),
            ("6", "Any Other Business"),
        ],
        fields={
            "meeting_date": "2025-05-21",
            "body": "Harlow Mill Village Hall Trust",
            "committee": "Harlow Mill Village Hall Trust",
            "doc_type": "minutes",
        },
        foot="Registered charity no. 304112",
    )


def scanned_extraordinary_meeting() -> Minutes:
    """A typed parish council's extraordinary meeting, read as a scan: one font, no bold, boxes jittered."""
    return Minutes(
        rows=[
            "ASHCOMBE PARISH COUNCIL",
            "Minutes for an Extra-ordinary meeting of the Council on Tuesday 20th August 2019 at 7.15pm at the",
            "Parish Council Office, 2 School Road, Ashcombe",
            "Present: Chairman: Cllr Mrs Pryor Councillors: Mrs Boulton, Dipple, Harte, Kendal, Mann",
            "Clerk: Mrs Scrivens Members of public: 3",
            "1. Welcome",
            "2. Apologies for Absence",
            "Apologies were received from Cllr Cannon.",
            "3. Declarations of Interest",
            "None.",
            "4. Grounds Maintenance Contract",
            "It was noted that the footpaths included in the contract had been entered historically. It was agreed",
            "that these paths should be removed from the contract as they fall to the County Council.",
            "---",
            "5. Urgent Planning",
            "19/01131/FUL Proposed single storey side extension at 12 Talbot Court. No objection.",
            "6. Date of Next Meeting",
            "The next meeting will be held on 3rd September 2019.",
        ],
        items=[
            ("1", "Welcome"),
            ("2", "Apologies for Absence"),
            ("3", "Declarations of Interest"),
            ("4", "Grounds Maintenance Contract"),
            ("5", "Urgent Planning"),
            ("6", "Date of Next Meeting"),
        ],
        fields={
            "meeting_date": "2019-08-20",
            "body": "Ashcombe Parish Council",
            "committee": "Ashcombe Parish Council",
            "doc_type": "minutes",
        },
        ocr_like=True,
    )


DOCUMENTS = {
    "town-deal-board-note": town_deal_board,
    "county-cabinet-item-references": county_cabinet,
    "parish-running-minute-numbers": parish_running_numbers,
    "community-council-action-column": community_council_action_column,
    "us-city-council-roll-call": us_city_council,
    "police-advisory-board": police_advisory_board,
    "village-hall-charity-agm": village_hall_charity_agm,
    "scanned-extraordinary-parish": scanned_extraordinary_meeting,
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
        ocr_like=document.ocr_like,
    )
    return document, fields_and_items(pages, name, FIELDS)


@pytest.fixture(scope="module")
def read_documents(tmp_path_factory) -> dict[str, tuple[Minutes, dict[str, object]]]:
    folder = tmp_path_factory.mktemp("minutes30")
    return {name: _read(name, folder) for name in DOCUMENTS}


def _judged(name: str, check: str) -> bool:
    return check == "items" or check in DOCUMENTS[name]().fields


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_minutes(read_documents, name: str, check: str) -> None:
    document, found = read_documents[name]
    assert_document_check(found, check, document.items, document.fields)


def test_body_matches_reads_what_the_council_pattern_reads() -> None:
    """The council-name rule scans for its cue words first (its speed is measured by
    benchmarks/adversarial_text.py): on ordinary and hostile lines it finds what the whole pattern finds."""
    from agendaparse.segment.bodies import BODY_RE, body_matches

    lines = (
        "Minutes of the meeting of Ashby Parish Council held on 3 May",
        "Borough of Fenby and Marston: Cabinet",
        "Cllr " * 4000,
        "Abc " * 5000,
        "A " * 10000,
        "a-" * 10000,
        "Abc of " * 3000,
        "Township of Loon Lake Council " * 200,
    )
    for line in lines:
        assert [m.group(0) for m in body_matches(line)] == [m.group(0) for m in BODY_RE.finditer(line)]
