"""Round 46 (issue #6: action recall in whole documents): six complete documents whose actions carry NO cue label
("Action:", "ACTION", margin initials), drawn to multi-page PDFs and read end to end by ``extract_document``, scored
by ``agendaparse.evaluate`` as ``eval --fast`` scores a gold file (actions core and all-tier P/R, owner, due). Each
keeps the structure and sentence shapes of a real body's record, with names, places and figures changed; each also
holds narrative past tense, reports of what others did and progress updates, which are not actions. Sources (bodies
not cited by earlier suites):

- http://planningofficers.org.uk/POS-Library/Notes-of-Meetings/Cabinet-251111_328.htm (planning officers'
  society "notes of meetings" with government: numbered notes, "Cabinet agreed that X would report back to …",
  "Cabinet agreed that X should work with …"; shaped as a government sounding group's note of meeting)
- https://www.grocer.coop/index.php?q=about/board-meeting-minutes/2007-03-26 (co-operative association board:
  per-item discussion then next steps, "Dan will send nominating packet to Gail …", "Everyone will send comments
  on all proposals to the hiring committee by …", "The committee will provide a recommended finalist")
- http://adm.monash.edu.au/execserv/committees/comm-sec/glossary-minutes-terms.html (university committee
  secretariat's minute terms: "Agreed", "Noted", "Endorsed", "Confirmed", "Spoke to"; shaped as "The Committee
  AGREED: (a) … (b) …" and "The Committee NOTED …")
- http://minsterley.org.uk/details2.php?article_id=156 (parish council: lettered parish-property items, "NH has a
  meeting on Mon afternoon at which he will raise the issue", "Clerk to write to owner", "Clerk to source
  contractor", updates "LEDs installed …", "Clerk awaiting details of training")
- https://holmershelwick.co.uk/notes-of-ndp-meeting-13th-march-2019/ (steering group notes: numbered narrative
  then the actions of the meeting, "DC will contact Kirkwells to see when …"; shaped as a community safety
  partnership's "Actions arising:" paragraph at each item's end)
- https://destinyhosted.com/agenda_publish.cfm?id=96635&mt=ALL&get_month=5&get_year=2020&dsp=agm&seq=2416&rev=0&ag=1526&ln=13933&nseq=2452&nrev=0&pseq=2415&prev=0
  (US township board of directors: "Staff was directed to review the video of the discussion and amend the
  minutes", "the Board tabled this agenda item to the February 22, 2018 Board of Directors meeting")
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from whole_minutes import WholeMinutes, action_figures, document_params

SOUNDING_GROUP = WholeMinutes(
    name="government-note-of-meeting",
    body_class="uk-government-group",
    head="Planning Reform Sounding Group - note of meeting 14 October 2025",
    foot="OFFICIAL",
    rows=[
        "# PLANNING REFORM SOUNDING GROUP",
        "## Note of meeting held on 14 October 2025 at Marsham Court, London",
        "** Attendees",
        [(56, "Helen Varley"), (260, "Chair, Planning Officers Forum")],
        [(56, "Graham Oduya"), (260, "Department for Housing and Communities")],
        [(56, "Priya Menon"), (260, "Department for Housing and Communities")],
        [(56, "Robert Kilbride"), (260, "County Planning Association")],
        [(56, "Anne Selwood"), (260, "Secretariat")],
        "** Apologies",
        [(56, "Martin Hale"), (260, "Local Government Association")],
        "## 1. Introductions",
        "1.1 The Chair welcomed members and introduced Priya Menon, who had joined the Department in August.",
        "## 2. Transitional arrangements",
        "2.1 Graham Oduya outlined the Department's proposals for plans that were already at examination.",
        "2.2 Members were concerned that the guidance had been drafted without talking to local authorities.",
        "2.3 DHC agreed to share the draft guidance with members before it was published.",
        "2.4 Members were invited to send comments on the draft to the secretariat by 12 November 2025.",
        "## 3. Strategic planning",
        "3.1 Robert Kilbride reported that the Association had written to the Minister in September.",
        "3.2 It was agreed that a sub-group would be formed to look at joint spatial strategies.",
        "3.3 Robert Kilbride would convene the sub-group and report back at the next meeting.",
        "---",
        "## 4. Guidance and training",
        "4.1 The Department had commissioned a review of the plan-making guidance, due to report in the spring.",
        "4.2 Priya Menon undertook to circulate the terms of reference of the review to members.",
        "4.3 The Chair noted that training for planning committee members had been well received.",
        "## 5. Date of next meeting",
        "5.1 The next meeting will be held on 13 January 2026.",
        "Secretariat, October 2025",
    ],
    actions=[
        (
            "DHC agreed to share the draft guidance with members before it was published.",
            ["DHC"],
            None,
            "commitment",
            "core",
        ),
        (
            "Members were invited to send comments on the draft to the secretariat by 12 November 2025.",
            ["Members"],
            "2025-11-12",
            "request",
            "core",
        ),
        (
            "It was agreed that a sub-group would be formed to look at joint spatial strategies.",
            [],
            None,
            "decision",
            "core",
        ),
        (
            "Robert Kilbride would convene the sub-group and report back at the next meeting.",
            ["Robert Kilbride"],
            "2026-01-13",
            "commitment",
            "core",
        ),
        (
            "Priya Menon undertook to circulate the terms of reference of the review to members.",
            ["Priya Menon"],
            None,
            "commitment",
            "core",
        ),
    ],
    people=["Helen Varley", "Graham Oduya", "Priya Menon", "Robert Kilbride", "Anne Selwood", "Martin Hale"],
    organisations=[
        "Planning Officers Forum",
        "Department for Housing and Communities",
        "County Planning Association",
        "Local Government Association",
        "DHC",
    ],
    notes=["A department as the subject of 'agreed to' owns the commitment (README: bodies as owners)."],
)

CO_OP_BOARD = WholeMinutes(
    name="board-next-steps",
    body_class="co-operative-board",
    head="NFCA Board of Directors - 23 March 2026",
    foot="Northern Food Co-operatives Association",
    rows=[
        "# NORTHERN FOOD CO-OPERATIVES ASSOCIATION",
        "## Board of Directors Meeting - 23 March 2026",
        "Present: Stella Cooke, Jonah Eastman, Dario Gillett, Gwen Graves, Delia Lang and Doug Walters (Chair)",
        "Staff: Karin Zimmer, General Manager",
        "** 1. Call to order",
        "The meeting was called to order at 10:04 a.m. by Doug Walters. The agenda was approved as presented.",
        "** 2. Operations report",
        "The board reviewed the General Manager's operations report. Membership renewals were on track and",
        "thirteen members had been deactivated for non-payment.",
        "Next steps:",
        "\u2022 Karin will circulate the revised renewal letter to the board by 3 April 2026.",
        "\u2022 Dario will send the nominating packet to Gwen and Stella.",
        "** 3. Hiring committee report",
        "The committee met after the last call to review the proposals. The board liked the screening matrix",
        "sent by Gwen.",
        "Next steps:",
        "\u2022 Board members will send comments on all proposals to the hiring committee by 27 March 2026.",
        "\u2022 The hiring committee will recommend a finalist to the full board.",
        "---",
        "** 4. Nominating committee report",
        "Dario has sent out requests and reminders for nominations. Four seats are open this year.",
        "Next steps:",
        "\u2022 Delia to update the election timeline on the website.",
        "** 5. Strategic planning",
        "A planning day will be held on 13 June starting at 10 a.m. for about six hours.",
        "Next steps:",
        "\u2022 Gwen will draft the agenda for the planning day with the new contractor.",
        "** 6. Adjournment",
        "The meeting was adjourned at 11:30 a.m.",
    ],
    actions=[
        (
            "Karin will circulate the revised renewal letter to the board by 3 April 2026.",
            ["Karin Zimmer"],
            "2026-04-03",
            "commitment",
            "core",
        ),
        ("Dario will send the nominating packet to Gwen and Stella.", ["Dario Gillett"], None, "commitment", "core"),
        (
            "Board members will send comments on all proposals to the hiring committee by 27 March 2026.",
            ["Board members"],
            "2026-03-27",
            "commitment",
            "core",
        ),
        (
            "The hiring committee will recommend a finalist to the full board.",
            ["hiring committee"],
            None,
            "commitment",
            "core",
        ),
        ("Delia to update the election timeline on the website.", ["Delia Lang"], None, "action", "core"),
        (
            "Gwen will draft the agenda for the planning day with the new contractor.",
            ["Gwen Graves"],
            None,
            "commitment",
            "core",
        ),
    ],
    people=[
        "Stella Cooke",
        "Jonah Eastman",
        "Dario Gillett",
        "Gwen Graves",
        "Delia Lang",
        "Doug Walters",
        "Karin Zimmer",
    ],
    organisations=["Northern Food Co-operatives Association"],
    notes=["First-name owners expanded from the Present list (one of each)."],
)

UNIVERSITY_COMMITTEE = WholeMinutes(
    name="committee-agreed-noted",
    body_class="university-committee",
    head="Education Committee - Minutes 4/2025",
    foot="Eastlake University - Committee Secretariat",
    rows=[
        "# EASTLAKE UNIVERSITY",
        "## Education Committee",
        "## Minutes of meeting 4/2025 held on 9 September 2025",
        "Present: Professor Janet Ruiz (Chair), Dr Colin Ashdown, Associate Professor Mei Tan, Ms Laura Brindle",
        "In attendance: Mr Owen Marsh (Committee Secretary)",
        "** 1. Minutes of the previous meeting",
        "The Committee CONFIRMED the minutes of meeting 3/2025 as an accurate record.",
        "** 2. Assessment regulations review",
        "Dr Ashdown spoke to the paper, which proposed changes to the special consideration rules.",
        "The Committee AGREED:",
        "(a) to approve the revised special consideration procedure, with effect from Semester 1, 2026;",
        "(b) that the Academic Registrar prepare guidance for staff on the revised procedure by 31 October 2025;",
        "(c) to recommend the revised regulations to Academic Board for approval.",
        "** 3. Student experience survey",
        "Associate Professor Tan reported on the results of the 2025 survey. Response rates had risen to 41%.",
        "The Committee NOTED the report.",
        "The Committee requested that faculties report on their responses to the survey at the November meeting.",
        "---",
        "** 4. Learning spaces plan",
        "Mr Marsh reported that the Resources Committee had approved the budget for the library refit.",
        "The Committee ENDORSED the learning spaces plan for submission to the Resources Committee.",
        "** 5. Other business",
        "The Chair advised that the Deputy Provost had been appointed to the review panel.",
        "Ms Brindle asked that student representatives be briefed before the consultation opened.",
        "** 6. Next meeting",
        "The next meeting will be held on 11 November 2025.",
    ],
    actions=[
        (
            "(a) to approve the revised special consideration procedure, with effect from Semester 1, 2026;",
            [],
            None,
            "decision",
            "core",
        ),
        (
            "(b) that the Academic Registrar prepare guidance for staff on the revised procedure by 31 October 2025;",
            ["Academic Registrar"],
            "2025-10-31",
            "decision",
            "core",
        ),
        (
            "(c) to recommend the revised regulations to Academic Board for approval.",
            [],
            None,
            "recommendation",
            "core",
        ),
        (
            "The Committee requested that faculties report on their responses to the survey at the November meeting.",
            ["faculties"],
            "2025-11-30",
            "request",
            "core",
        ),
        (
            "The Committee ENDORSED the learning spaces plan for submission to the Resources Committee.",
            [],
            None,
            "decision",
            "borderline",
        ),
        (
            "Ms Brindle asked that student representatives be briefed before the consultation opened.",
            [],
            None,
            "request",
            "borderline",
        ),
    ],
    people=["Janet Ruiz", "Colin Ashdown", "Mei Tan", "Laura Brindle", "Owen Marsh"],
    organisations=["Eastlake University", "Academic Board", "Resources Committee"],
    notes=[
        "Each lettered limb of 'The Committee AGREED:' is one decision, as each limb of a RESOLVED list.",
        "'at the November meeting' resolves to the month's last day (README stop 22).",
        "'NOTED' and 'CONFIRMED' the minutes are not actions.",
    ],
)

PARISH = WholeMinutes(
    name="parish-will-obtain",
    body_class="parish",
    head="Thornbury Vale Parish Council - 8 July 2025",
    foot="Chair's initials ........",
    rows=[
        "# Thornbury Vale Parish Council",
        "Minutes of the meeting held on Tuesday 8 July 2025 at 7.00 pm in the Parish Hall",
        "Present: Cllr G Royle (Chair), Cllr B Brown, Cllr N Hignell, Cllr S Lockley, Cllr A Potts, Cllr R Jessop",
        "In attendance: Mrs D Leason (Clerk) and one member of the public.",
        "** 1. Open forum",
        "A resident reported that the fire service had cleared the grid at the culvert on Station Road.",
        "Cllr Hignell will raise the flooding issue with the highways team at their meeting on 14 July.",
        "** 2. Apologies",
        "Cllr N Allen - work commitments.",
        "** 3. Declarations of interest",
        "Cllr Brown declared an interest in item 5 as a trustee of the Parish Hall.",
        "** 4. Minutes of the meeting held on 10 June 2025",
        "The minutes were signed as a true record by the Chair. Proposed Cllr Brown, seconded Cllr Potts.",
        "** 5. Parish property",
        "(a) The Square. The hedge at Cobble Cottage is growing over the footway.",
        "The clerk has been asked to write to the owner asking for the hedge to be cut back.",
        "(b) Bus shelter. Repair work will start once the insurer has agreed the claim.",
        "Cllr Lockley will obtain quotes for a new shelter roof.",
        "(c) Street lights. LED lanterns had been installed in Callow Crescent and two lights repaired.",
        "---",
        "(d) Play areas. It was agreed that the repairs to the multi-play unit be carried out.",
        "Cllr Potts will obtain quotes for the safety surfacing and report to the September meeting.",
        "(e) Defibrillator. The unit had been checked. The clerk was awaiting details of training.",
        "** 6. Unitary councillor's report",
        "Cllr Jessop said the primary school needed a new governor.",
        "The clerk has been asked to put a notice on the website.",
        "** 7. Date of next meeting",
        "Tuesday 9 September 2025 at 7.00 pm.",
    ],
    actions=[
        (
            "Cllr Hignell will raise the flooding issue with the highways team at their meeting on 14 July.",
            ["N Hignell"],
            "2025-07-14",
            "commitment",
            "core",
        ),
        (
            "The clerk has been asked to write to the owner asking for the hedge to be cut back.",
            ["Clerk"],
            None,
            "action",
            "core",
        ),
        ("Cllr Lockley will obtain quotes for a new shelter roof.", ["S Lockley"], None, "commitment", "core"),
        (
            "(d) Play areas. It was agreed that the repairs to the multi-play unit be carried out.",
            [],
            None,
            "decision",
            "core",
        ),
        (
            "Cllr Potts will obtain quotes for the safety surfacing and report to the September meeting.",
            ["A Potts"],
            "2025-09-30",
            "commitment",
            "core",
        ),
        ("The clerk has been asked to put a notice on the website.", ["Clerk"], None, "action", "core"),
    ],
    people=["G Royle", "B Brown", "N Hignell", "S Lockley", "A Potts", "R Jessop", "D Leason", "N Allen"],
    organisations=["Thornbury Vale Parish Council"],
    notes=["'the September meeting' resolves to the month's last day (README stop 22)."],
)

PARTNERSHIP = WholeMinutes(
    name="partnership-actions-arising",
    body_class="community-safety-partnership",
    head="Westmere CSP Board - 18 September 2025",
    foot="Westmere Community Safety Partnership",
    rows=[
        "# WESTMERE COMMUNITY SAFETY PARTNERSHIP",
        "## Minutes of the Partnership Board, 18 September 2025, Westmere Civic Centre",
        "Present: Inspector Claire Dunmore (Westmere Police, Chair), Daniel Cole (Westmere District Council),",
        "Farida Shah (Westmere Housing Trust), Steven Sprague (Fire and Rescue Service), Graham Atkin",
        "(Partnership Coordinator)",
        "** 1. Minutes of the last meeting",
        "The minutes of the meeting held on 19 June 2025 were agreed.",
        "** 2. Anti-social behaviour hotspots",
        "Inspector Dunmore reported that incidents in the town centre had fallen by 12% since the dispersal",
        "order was made. Reports of off-road bikes on the Marsh estate had risen over the summer.",
        "Actions arising: Daniel Cole to map the reported bike routes with the parks team. Farida Shah will",
        "write to tenants on the Marsh estate about reporting incidents.",
        "** 3. Domestic abuse strategy",
        "Graham Atkin presented the draft strategy. Members welcomed its focus on early help.",
        "Actions arising: Members to send comments on the draft strategy to Graham Atkin by 10 October 2025.",
        "Graham Atkin will present the final strategy at the December meeting.",
        "---",
        "** 4. Fire safety in high-rise blocks",
        "Steven Sprague reported that home safety visits had been completed in all four tower blocks.",
        "Actions arising: none.",
        "** 5. Funding",
        "The Partnership agreed to allocate £5,000 from the community safety fund to the Safer Streets bid.",
        "Actions arising: Graham Atkin to submit the bid by 31 October 2025.",
        "** 6. Date of next meeting",
        "Thursday 11 December 2025, Westmere Civic Centre.",
    ],
    actions=[
        ("Daniel Cole to map the reported bike routes with the parks team.", ["Daniel Cole"], None, "action", "core"),
        (
            "Farida Shah will write to tenants on the Marsh estate about reporting incidents.",
            ["Farida Shah"],
            None,
            "commitment",
            "core",
        ),
        (
            "Members to send comments on the draft strategy to Graham Atkin by 10 October 2025.",
            ["Members"],
            "2025-10-10",
            "action",
            "core",
        ),
        (
            "Graham Atkin will present the final strategy at the December meeting.",
            ["Graham Atkin"],
            "2025-12-31",
            "commitment",
            "core",
        ),
        (
            "The Partnership agreed to allocate £5,000 from the community safety fund to the Safer Streets bid.",
            ["Partnership"],
            None,
            "decision",
            "core",
        ),
        ("Graham Atkin to submit the bid by 31 October 2025.", ["Graham Atkin"], "2025-10-31", "action", "core"),
    ],
    people=["Claire Dunmore", "Daniel Cole", "Farida Shah", "Steven Sprague", "Graham Atkin"],
    organisations=[
        "Westmere Community Safety Partnership",
        "Westmere Police",
        "Westmere District Council",
        "Westmere Housing Trust",
        "Fire and Rescue Service",
    ],
    notes=["'Actions arising:' is a paragraph label, not a cue line: each sentence after it is one action."],
)

US_BOARD = WholeMinutes(
    name="us-board-staff-direction",
    body_class="us-board",
    head="Board of Directors Regular Meeting - February 19, 2026",
    foot="The Pinewood Township",
    rows=[
        "# THE PINEWOOD TOWNSHIP",
        "## BOARD OF DIRECTORS REGULAR MEETING MINUTES",
        "February 19, 2026",
        "Directors present: Chairman Gordon Bunce, Vice Chairman Ann Snyder, Directors Carol Stroud, Brian",
        "Fetter and Lisa Nunez",
        "Staff present: Don Norwood, President/General Manager; Monique Sharpe, Chief Financial Officer; Kelly",
        "Dempster, Board Secretary",
        "** 1. CALL TO ORDER",
        "Chairman Bunce called the meeting to order at 6:00 p.m.",
        "** 2. RECONSIDERATION OF THE JANUARY 22, 2026 MINUTES",
        "Ms. Dempster explained that the roll call votes of Director Stroud had been omitted from the minutes.",
        "Staff was directed to review the video of the discussion and amend the minutes accordingly.",
        "** 3. PARKS AND PATHWAYS MASTER PLAN",
        "Mr. Norwood presented an overview of the draft plan. Board members asked about the cost of the trail",
        "connections.",
        "Staff will return with cost estimates for the trail connections at the April 16, 2026 meeting.",
        "---",
        "** 4. STREETLIGHT PROGRAM",
        "Ms. Sharpe reported that the utility had completed the streetlight conversion in two villages.",
        "Direction given to staff to negotiate a maintenance agreement with the utility for the remaining villages.",
        "** 5. BOARD ANNOUNCEMENTS",
        "Director Nunez thanked the volunteers who had staffed the winter festival.",
        "** 6. ADJOURNMENT",
        "There being no further business, the meeting was adjourned at 8:15 p.m.",
    ],
    actions=[
        (
            "Staff was directed to review the video of the discussion and amend the minutes accordingly.",
            ["Staff"],
            None,
            "action",
            "core",
        ),
        (
            "Staff will return with cost estimates for the trail connections at the April 16, 2026 meeting.",
            ["Staff"],
            "2026-04-16",
            "commitment",
            "core",
        ),
        (
            "Direction given to staff to negotiate a maintenance agreement with the utility for the remaining"
            " villages.",
            ["staff"],
            None,
            "action",
            "core",
        ),
    ],
    people=[
        "Gordon Bunce",
        "Ann Snyder",
        "Carol Stroud",
        "Brian Fetter",
        "Lisa Nunez",
        "Don Norwood",
        "Monique Sharpe",
        "Kelly Dempster",
    ],
    organisations=["The Pinewood Township"],
    notes=["'Staff' (the body's staff) owns what it is directed to do, as 'Clerk' or 'Secretariat' would."],
)

DOCUMENTS = [SOUNDING_GROUP, CO_OP_BOARD, UNIVERSITY_COMMITTEE, PARISH, PARTNERSHIP, US_BOARD]

# Classes this round leaves (strict: each document must still fall short, so a fix shows here).
CORE_SHORT: dict[str, str] = {}


@pytest.mark.parametrize("document", document_params(DOCUMENTS, CORE_SHORT))
def test_core_actions_found_with_their_owners_and_dues(document: WholeMinutes, tmp_path: Path) -> None:
    """Every core action found, nothing found that is not an action, and every paired action's owners and due right."""
    figures = action_figures(
        document, tmp_path, ("core_precision", "core_recall", "precision", "owner_accuracy", "due_accuracy")
    )
    assert figures == dict.fromkeys(figures, 1.0)
