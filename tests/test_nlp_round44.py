"""Round 44 (issue #6: owners and due dates in whole documents): six complete documents whose actions give their
owners and deadlines in the shapes held-out text uses, each drawn to a multi-page PDF and read end to end by
``extract_document``, scored by ``agendaparse.evaluate`` as `agendaparse eval --fast` scores a gold file
(tests/whole_minutes.py): actions (core P/R, owner, due), people and organisations (P/R). Owners are teams and posts
("the secretariat", "Data team", "Chair and Vice-Chair", "All members", "DfT officials", "Clerk/RFO"), initials an
attendance list defines in another form ("Jane Smith (JS)", "JS – Jane Smith, Ofwat") and two people joined by "and"
or "/"; dues are "by the next meeting", "in the new year", "before the summer recess", "within six weeks", "by end
of Q2", "at the October meeting", "ongoing", "w/c 5 May" and "by COP". Each keeps the structure and sentence shapes
of a real body's record, with names, places and figures changed. Sources (bodies not cited by earlier suites):

- https://www.gov.uk/government/publications/dptac-main-committee-meeting-minutes/dptac-main-committee-meeting-minutes-june-2023
  (a Department for Transport advisory committee: "Attendees" grouped by body, "Guests: …", plain headings, "Action:
  Secretariat to develop a progress chart …", DfT officials as a party)
- https://nocton.parish.lincolnshire.gov.uk/council-business/2023-minutes/8 (parish council: "Attendees: Cllr …
  (Chair), …", "Public Attendance:", "Absences:", numbered items with the statutory wording, "acting Clerk / RFO",
  "It was proposed by Cllr X and seconded by Cllr Y that …")
- https://handypdf.com/pdf/project-meeting-minutes-template-sample (a town plan steering group: attendance names,
  apologies, numbered agenda, "Finance officers report – <name>", "Meeting Notes, Decisions, Issues"; here with the
  "Action | Who | When" table such notes end with)
- https://www.pitchcare.com/news-media/water-industry-meeting.html (a Defra meeting with the water industry: Ofwat,
  the Environment Agency, Water UK and the Consumer Council for Water; drought prospects, leakage targets, national
  water strategy; here as the liaison group's note with "XX – Name, Body" attendees and "(Owner: XX, by …)")
- http://wiki.freegeek.org/index.php?title=Meeting_Tips&oldid=2400 (a US reuse non-profit's staff meeting: check in,
  commitments from the previous meeting, old and new business, "Future Commitments" with owner and deadline, next
  meeting with its scribe)
- http://kennetavontrustnews.blogspot.com/2015/02/ (a canal trust's Trust Council: treasurer on spending, cash flow
  and budget commitments, the Charity Commission rejecting revised objects, a redraft resubmitted before the AGM)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from whole_minutes import WholeMinutes, action_figures, document_params, scored, shortfalls

ADVISORY_COMMITTEE = WholeMinutes(
    name="transport-advisory-committee",
    body_class="uk-government-advisory",
    head="ATAC Main Committee minutes - April 2025",
    foot="Accessible Travel Advisory Committee",
    rows=[
        "# Accessible Travel Advisory Committee",
        "## Main Committee meeting minutes, April 2025",
        "11.00am to 2.30pm, 24 April 2025, Great Minster House, London and online.",
        "** Attendees",
        "ATAC: Rhiannon Kerslake (Chair), Owen Pritchard (Vice-Chair), Leena Shah, Gordon Finlay, Patricia Okafor.",
        "Department for Transport (DfT): Martin Hale, Cerys Morgan (Secretariat).",
        "Guests: Mobility Access Forum for Wales.",
        "## Welcome and introductions",
        "The Chair welcomed everyone to the meeting and apologies were noted from Ian Burrows.",
        "## New working model",
        "The Chair set out plans for working group leads to give monthly updates, so that the secretariat",
        "could record outcomes and follow up the advice the Committee had given.",
        "Action: Secretariat to develop a progress chart to track the workstreams by the next meeting.",
        "Action: Chair and Vice-Chair to agree the working group leads w/c 5 May.",
        "## Review of communications",
        "Members discussed how to tell disabled passengers what the Committee does and how its advice is used.",
        "Action: DfT officials to confirm the Committee's remit for external communications before the summer recess.",
        "---",
        "## Step-free access guidance",
        "Martin Hale presented the draft guidance on step-free access at stations. Members welcomed the draft",
        "but asked for more detail on passenger assistance at unstaffed stations.",
        "Action: All members to send comments on the draft guidance to the secretariat within six weeks.",
        "Action: Secretariat to circulate the presentation slides by COP.",
        "## Any other business",
        "Leena Shah reported on the Mobility Access Forum for Wales conference on rural bus services.",
        "## Date of next meeting",
        "The next meeting will be held on 10 July 2025.",
    ],
    actions=[
        (
            "Secretariat to develop a progress chart to track the workstreams by the next meeting.",
            ["Secretariat"],
            "2025-07-10",
            "action",
            "core",
        ),
        (
            "Chair and Vice-Chair to agree the working group leads w/c 5 May.",
            ["Chair", "Vice-Chair"],
            "2025-05-05",
            "action",
            "core",
        ),
        (
            "DfT officials to confirm the Committee's remit for external communications before the summer recess.",
            ["DfT officials"],
            "2025-07-31",
            "action",
            "core",
        ),
        (
            "All members to send comments on the draft guidance to the secretariat within six weeks.",
            ["All members"],
            "2025-06-05",
            "action",
            "core",
        ),
        ("Secretariat to circulate the presentation slides by COP.", ["Secretariat"], "2025-04-24", "action", "core"),
    ],
    people=[
        "Rhiannon Kerslake",
        "Owen Pritchard",
        "Leena Shah",
        "Gordon Finlay",
        "Patricia Okafor",
        "Martin Hale",
        "Cerys Morgan",
        "Ian Burrows",
    ],
    organisations=["Department for Transport", "Mobility Access Forum for Wales"],
    notes=[
        "'w/c 5 May' (week commencing) is the printed Monday, 5 May.",
        "'by COP' (close of play) is the meeting's own day.",
        "'within six weeks' is 42 days after the meeting; 'before the summer recess' 31 July (README stop 21).",
    ],
)

PARISH_COUNCIL = WholeMinutes(
    name="parish-council-clerk-rfo",
    body_class="parish",
    head="Ashwell Fen Parish Council - Minutes 8 September 2025",
    foot="Signed ........................ Chair",
    rows=[
        "# Ashwell Fen Parish Council",
        "Minutes of the Parish Council Meeting on Monday 8th September 2025",
        "Attendees: Cllr Anne Holt (Chair), Cllr Gareth Mellor (Vice Chair), Cllr Rupert Dyson, Cllr Maria Duffy",
        "and Cllr Paul Brennan",
        "In attendance: Mrs Karen Lowe (Clerk/RFO)",
        "Public Attendance: 3 members of the public were present.",
        "Absences: Cllr Neil Pettit",
        "** 1. Apologies for Absence",
        "Apologies received and accepted from Cllr Neil Pettit.",
        "** 2. Declarations of Interest",
        "No declarations or dispensations.",
        "** 3. Minutes of the Previous Meeting",
        "The minutes of the meeting held on 14th July 2025 were approved as a true record.",
        "** 4. Bus Shelter, Main Road",
        "The bus shelter on Main Road had been damaged by a vehicle and the glass panels were unsafe.",
        "Clerk/RFO to obtain three quotes for the repair by the next meeting.",
        "** 5. Playing Field",
        "The annual inspection had found wear to the swings and the zip wire.",
        "Cllr Dyson and Cllr Duffy to meet the contractor to inspect the play equipment.",
        "Cllr Mellor/Cllr Brennan to review the play area risk assessment at the October meeting.",
        "---",
        "** 6. Finance",
        "The Clerk/RFO will prepare the draft budget for 2026/27 in the new year.",
        "** 7. Speed Indicator Device",
        "The device had been moved to Fen Lane in August.",
        "Action: Cllr Brennan to download the speed data and report to each meeting (ongoing).",
        "** 8. Date of Next Meeting",
        "Date of next meeting: Monday 13th October 2025 at 7:00pm in the Village Hall.",
    ],
    actions=[
        (
            "Clerk/RFO to obtain three quotes for the repair by the next meeting.",
            ["Clerk", "RFO"],
            "2025-10-13",
            "action",
            "core",
        ),
        (
            "Cllr Dyson and Cllr Duffy to meet the contractor to inspect the play equipment.",
            ["Rupert Dyson", "Maria Duffy"],
            None,
            "action",
            "core",
        ),
        (
            "Cllr Mellor/Cllr Brennan to review the play area risk assessment at the October meeting.",
            ["Gareth Mellor", "Paul Brennan"],
            "2025-10-31",
            "action",
            "core",
        ),
        (
            "The Clerk/RFO will prepare the draft budget for 2026/27 in the new year.",
            ["Clerk", "RFO"],
            "2026-01-31",
            "commitment",
            "core",
        ),
        (
            "Cllr Brennan to download the speed data and report to each meeting (ongoing).",
            ["Paul Brennan"],
            None,
            "action",
            "core",
        ),
    ],
    people=["Anne Holt", "Gareth Mellor", "Rupert Dyson", "Maria Duffy", "Paul Brennan", "Karen Lowe", "Neil Pettit"],
    organisations=["Ashwell Fen Parish Council"],
    notes=[
        "'Clerk/RFO' gives two owners, 'Clerk' and 'RFO', as round 6's gold has the same margin (one person in most "
        "parishes, but two posts the list may give to two people; unsettled, see the report).",
        "'at the October meeting' is the month's last day (README stop 22); 'in the new year' 31 January.",
    ],
)

STEERING_GROUP = WholeMinutes(
    name="plan-steering-group",
    body_class="community-steering-group",
    head="Harwell Neighbourhood Plan Steering Group - 20 March 2025",
    foot="Notes for agreement at the next meeting",
    rows=[
        "# Harwell Neighbourhood Plan Steering Group",
        "Notes of the meeting held on Thursday 20 March 2025 at the Heritage Centre",
        "** Attendance",
        "David Sowerby (DS) Chair, Alan Marsh (AM) Treasurer, Pauline Hurst (PH), Tom Jarvis (TJ),",
        "Ruth Wakeman (RW)",
        "Also present: Carla Murphy, Planning Officer, North Wold Borough Council",
        "** Apologies",
        "Joanne Walsh, Belinda Hume",
        "## 1. Welcome",
        "DS welcomed Carla Murphy to the meeting.",
        "## 2. Notes of the last meeting",
        "The notes of the meeting held on 20 February 2025 were taken as read.",
        "## 3. Finance report – Alan Marsh",
        "About £300 had been spent from the grant; the decision on the second grant was still awaited.",
        "## 4. Planning consultant's report – Pauline Hurst",
        "The consultant's report had been issued by email; hard copies would be available soon.",
        "## 5. Project report – Tom Jarvis",
        "Most of the town had now received the issues and options leaflet, with 8 replies so far.",
        "Members discussed a drop-in event at the Heritage Centre in the early summer.",
        "---",
        "## 6. Date of next meeting",
        "Date of next meeting: Thursday 24 April 2025 at the Heritage Centre.",
        "** Actions",
        [(56, "No", True), (90, "Action", True), (380, "Who", True), (470, "When", True)],
        [(56, "1"), (90, "Circulate the consultant's report to members"), (380, "PH"), (470, "Next meeting")],
        [(56, "2"), (90, "Chase the decision on the second grant"), (380, "AM"), (470, "w/c 31 March")],
        [(56, "3"), (90, "Book the hall for the drop-in event"), (380, "DS/TJ"), (470, "End of Q2")],
        [(56, "4"), (90, "Add the leaflet to the website"), (380, "RW"), (470, "Ongoing")],
        [(56, "5"), (90, "Read the consultant's report"), (380, "All"), (470, "Next meeting")],
    ],
    actions=[
        ("Circulate the consultant's report to members", ["Pauline Hurst"], "2025-04-24", "action", "core"),
        ("Chase the decision on the second grant", ["Alan Marsh"], "2025-03-31", "action", "core"),
        ("Book the hall for the drop-in event", ["David Sowerby", "Tom Jarvis"], "2025-06-30", "action", "core"),
        ("Add the leaflet to the website", ["Ruth Wakeman"], None, "action", "core"),
        ("Read the consultant's report", ["All"], "2025-04-24", "action", "core"),
    ],
    people=[
        "David Sowerby",
        "Alan Marsh",
        "Pauline Hurst",
        "Tom Jarvis",
        "Ruth Wakeman",
        "Carla Murphy",
        "Joanne Walsh",
        "Belinda Hume",
    ],
    organisations=["North Wold Borough Council"],
    notes=[
        "Owners' initials expanded from the attendance list ('Name (XX)'); 'DS/TJ' is two owners; 'All' as printed.",
        "'Ongoing' is no date (README: plan rows); 'w/c 31 March' is the printed Monday.",
    ],
)

LIAISON_GROUP = WholeMinutes(
    name="water-liaison-group",
    body_class="uk-government-liaison",
    head="Water Resilience Liaison Group - note of meeting 12 February 2025",
    foot="OFFICIAL",
    rows=[
        "# Water Resilience Liaison Group",
        "## Note of meeting, 12 February 2025, Nobel House, London",
        "** Attendees",
        "MH – Margaret Hollis, Defra (Chair)",
        "JS – Jonathan Stead, Ofwat",
        "KP – Kiran Patel, Environment Agency",
        "LB – Louise Brennan, Water UK",
        "RC – Rory Campbell, Consumer Council for Water",
        "## 1. Drought prospects",
        "KP presented the Environment Agency's report on drought prospects for 2025. After a dry winter the",
        "coming months would be critical as aquifers recharge.",
        "Action: share the drought prospects report with water companies (Owner: KP, by 28 February).",
        "## 2. Leakage targets",
        "JS stressed the importance of all companies meeting their current leakage targets.",
        "Action: review the method for setting leakage targets (Owner: JS, by 30 June).",
        "Action: Data team to publish the quarterly leakage figures by end of Q2.",
        "---",
        "## 3. Customers in vulnerable situations",
        "RC reported that calls from customers in vulnerable situations had risen since the autumn.",
        "Action: set up a joint session on social tariffs (Owner: LB and RC, by 31 March).",
        "## 4. National water strategy",
        "MH updated the group on plans for an updated national water strategy.",
        "Action: the secretariat to circulate the strategy timetable before the summer recess.",
        "## 5. Next meeting",
        "The next meeting will be held on 14 May 2025.",
        "Action: All members to send agenda items to the secretariat by the next meeting.",
    ],
    actions=[
        (
            "share the drought prospects report with water companies (Owner: KP, by 28 February).",
            ["Kiran Patel"],
            "2025-02-28",
            "action",
            "core",
        ),
        (
            "review the method for setting leakage targets (Owner: JS, by 30 June).",
            ["Jonathan Stead"],
            "2025-06-30",
            "action",
            "core",
        ),
        (
            "Data team to publish the quarterly leakage figures by end of Q2.",
            ["Data team"],
            "2025-09-30",  # stop 33: a bare quarter is the financial year's
            "action",
            "core",
        ),
        (
            "set up a joint session on social tariffs (Owner: LB and RC, by 31 March).",
            ["Louise Brennan", "Rory Campbell"],
            "2025-03-31",
            "action",
            "core",
        ),
        (
            "the secretariat to circulate the strategy timetable before the summer recess.",
            ["secretariat"],
            "2025-07-31",
            "action",
            "core",
        ),
        (
            "All members to send agenda items to the secretariat by the next meeting.",
            ["All members"],
            "2025-05-14",
            "action",
            "core",
        ),
    ],
    people=["Margaret Hollis", "Jonathan Stead", "Kiran Patel", "Louise Brennan", "Rory Campbell"],
    organisations=["Defra", "Ofwat", "Environment Agency", "Water UK", "Consumer Council for Water"],
    notes=["Owners' initials expanded from the 'XX – Name, Body' attendee lines; 'LB and RC' is two owners."],
)

STAFF_MEETING = WholeMinutes(
    name="nonprofit-staff-meeting",
    body_class="us-nonprofit",
    head="Free Tech Collective - Staff Meeting - March 3, 2025",
    foot="Minutes posted to the staff wiki",
    rows=[
        "# Free Tech Collective",
        "## Staff Meeting Minutes - March 3, 2025",
        "Present: Ana Ruiz (facilitator), Raj Mehta (scribe), Dana Cole, Mike Brandt, Lisa Tran",
        "Absent: Greg Olsen",
        "** Check in",
        "Everyone is doing well; Lisa is back from leave.",
        "** Commitments from previous meeting",
        "Recycling contract renewal: complete. Volunteer handbook: carried over.",
        "** Old Business",
        "Thrift store hours: discussed again, no change for now.",
        "** New Business",
        "Build program: Dana reported a backlog of 40 donated laptops awaiting testing.",
        "Insurance: the liability policy expires at the end of April.",
        "---",
        "** Future Commitments",
        [(56, "Item", True), (300, "Who", True), (420, "When", True)],
        [(56, "Finish the volunteer handbook"), (300, "Ana and Raj"), (420, "by the next meeting")],
        [(56, "Test the donated laptops"), (300, "Build team"), (420, "within six weeks")],
        [(56, "Renew the liability insurance"), (300, "Mike"), (420, "April 30")],
        [(56, "Update the donor database"), (300, "Lisa / Dana"), (420, "ongoing")],
        "** Next Meeting",
        "Next meeting: March 17, 2025. Facilitator: Dana Cole. Scribe: Lisa Tran.",
    ],
    actions=[
        ("Finish the volunteer handbook", ["Ana Ruiz", "Raj Mehta"], "2025-03-17", "action", "core"),
        ("Test the donated laptops", ["Build team"], "2025-04-14", "action", "core"),
        ("Renew the liability insurance", ["Mike Brandt"], "2025-04-30", "action", "core"),
        ("Update the donor database", ["Lisa Tran", "Dana Cole"], None, "action", "core"),
    ],
    people=["Ana Ruiz", "Raj Mehta", "Dana Cole", "Mike Brandt", "Lisa Tran", "Greg Olsen"],
    organisations=["Free Tech Collective"],
    notes=["First names in the Who column are the one attendee of that first name."],
)

TRUST_COUNCIL = WholeMinutes(
    name="canal-trust-council",
    body_class="charity-trustees",
    head="Severn Vale Canal Trust - Trust Council minutes 4 November 2025",
    foot="Severn Vale Canal Trust",
    rows=[
        "# Severn Vale Canal Trust",
        "## Minutes of the Trust Council meeting held on 4 November 2025 at Wharf House",
        "Present: Hugh Barrington (HB) Chair; Tony Naylor (TN) Treasurer; Janet Bright (JB); Clive Oduya (CO);",
        "Margaret Fenn (MF)",
        "In attendance: Sally Rowe (Trust Secretary)",
        "Apologies: Peter Gault",
        "## 1. Minutes of the previous meeting",
        "The minutes of the meeting held on 7 October 2025 were approved and signed.",
        "## 2. Finance",
        "TN reviewed spending, cash flow and budget commitments for 2026. The Trust was unlikely to need its",
        "overdraft facility this winter.",
        "Action: present the draft 2026 budget (Owner: TN, by 9 December).",
        "## 3. Charitable objects",
        "The Charity Commission had rejected the revised objects agreed at the AGM. A redraft that kept the",
        "same principles in the terms the Commission requires had been prepared.",
        "Action: resubmit the redraft to the Charity Commission (Owner: Trust Secretary, by 30 November).",
        "---",
        "## 4. Volunteers",
        "MF reported that volunteer numbers at the visitor centre had fallen over the season.",
        "JB and CO would lead a recruitment drive in the new year.",
        "## 5. Towpath repairs",
        "Action: obtain quotes for the towpath repairs at Lock 12 (Owner: CO/MF, by end of Q1).",
        "## 6. Any other business",
        "Action: Chair and Treasurer to sign the new bank mandate at the December meeting.",
        "## 7. Date of next meeting",
        "Tuesday 9 December 2025 at Wharf House.",
    ],
    actions=[
        ("present the draft 2026 budget (Owner: TN, by 9 December).", ["Tony Naylor"], "2025-12-09", "action", "core"),
        (
            "resubmit the redraft to the Charity Commission (Owner: Trust Secretary, by 30 November).",
            ["Trust Secretary"],
            "2025-11-30",
            "action",
            "core",
        ),
        (
            "JB and CO would lead a recruitment drive in the new year.",
            ["Janet Bright", "Clive Oduya"],
            "2026-01-31",
            "commitment",
            "core",
        ),
        (
            "obtain quotes for the towpath repairs at Lock 12 (Owner: CO/MF, by end of Q1).",
            ["Clive Oduya", "Margaret Fenn"],
            "2026-06-30",
            "action",
            "core",
        ),
        (
            "Chair and Treasurer to sign the new bank mandate at the December meeting.",
            ["Chair", "Treasurer"],
            "2025-12-31",
            "action",
            "core",
        ),
    ],
    people=[
        "Hugh Barrington",
        "Tony Naylor",
        "Janet Bright",
        "Clive Oduya",
        "Margaret Fenn",
        "Sally Rowe",
        "Peter Gault",
    ],
    organisations=["Severn Vale Canal Trust", "Charity Commission"],
    notes=[
        "'by end of Q1' read in November is the next 30 June (stop 33: the financial year's Q1); 'at the December"
        " meeting' the month's last day."
    ],
)

DOCUMENTS = [ADVISORY_COMMITTEE, PARISH_COUNCIL, STEERING_GROUP, LIAISON_GROUP, STAFF_MEETING, TRUST_COUNCIL]

# Classes this round leaves (strict: each document must still fall short, so a fix shows here).
CORE_SHORT: dict[str, str] = {
    # sweep 52: the 'Next meeting' cells are read (24 April 2025); what is left is a gold the rules settled otherwise
    "plan-steering-group": "this gold reads the actions table's 'End of Q2' (March 2025) as 30 June, the calendar "
    "quarter; corpus/gold/README.md stop 33 settled a bare quarter as the UK financial year's, so the reader gives 30 "
    "September (a gold written before the ruling: due accuracy 0.75)",
    "nonprofit-staff-meeting": "another stage's reader: the table reader (tables/plan_rows) takes an 'Item | Who | "
    "When' table for a table but not for an action log (no action column name), so none of its rows is an action",
}
NOT_PERFECT = {
    **CORE_SHORT,
    "transport-advisory-committee": "organisations: the running head's 'ATAC Main Committee' and 'COP' are read as "
    "bodies and 'Mobility Access Forum for Wales' is cut before 'for Wales'",
}  # 'water-liaison-group' was short of 'Water UK' until stop 29 (organisations round 33: a body named '<words> UK');
# 'parish-council-clerk-rfo' read 'RFO' in 'Clerk/RFO' as a body until round 90 (RFO, a post's initials: ACRONYM_STOP)


@pytest.mark.parametrize("document", document_params(DOCUMENTS, CORE_SHORT))
def test_core_actions_found_with_their_owners_and_dues(document: WholeMinutes, tmp_path: Path) -> None:
    """Every core action found, nothing found that is not an action, and every paired action's owners and due right."""
    figures = action_figures(
        document, tmp_path, ("core_precision", "core_recall", "precision", "owner_accuracy", "due_accuracy")
    )
    assert figures == dict.fromkeys(figures, 1.0)


@pytest.mark.parametrize("document", document_params(DOCUMENTS, NOT_PERFECT))
def test_whole_document_read_perfectly(document: WholeMinutes, tmp_path: Path) -> None:
    assert shortfalls(scored(document, tmp_path)) == []
