"""Round 40 (issue #6: whole documents, third set): five more complete documents of kinds rounds 37-38 did not
cover, each drawn to a multi-page PDF and read end to end by ``extract_document``, scored by
``agendaparse.evaluate`` as `agendaparse eval --fast` scores a gold file (tests/whole_minutes.py). Each keeps the
structure and sentence shapes of a real body's record, with names, places and figures changed. Sources (bodies not
cited by earlier suites):

- https://modgov.lbbd.gov.uk/internet/mgAi.aspx?ID=53113 (London borough health and wellbeing board: "Matthew Cole,
  Director of Public Health, presented the report …", "Matthew agreed to provide this for this Strategy.")
- https://deploy.abcdocz.com/doc/1101890/minutes--now-attached----democracy-and-standards (borough planning
  committee: "PLA146/14" minute references on their own line, "She would therefore leave the chamber and the
  Vice-chairman would take the chair", site inspections, decisions with conditions, deferral for a site inspection)
- https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=425&MId=10294 (Welsh county borough scrutiny committee:
  roll call, pre-scrutiny of a Cabinet report, a task and finish group, recommendations to Cabinet)
- http://infocouncil.esperance.wa.gov.au/infocouncil/Open/2016/11/ORD_22112016_MIN.HTM (Western Australian shire
  ordinary council: "Council Resolution", "Moved: Cr X Seconded: Cr Y", "That Council: 1. …", "CARRIED 5/0")
- https://arnewayhousing.co.uk/minutes/minutes-of-arneway-finance-meeting (housing co-operative finance meeting:
  attendees with posts in brackets, members by given name, "so Duncan to send out the budget figures updated")
"""

from __future__ import annotations

from pathlib import Path

import pytest

from whole_minutes import WholeMinutes, action_figures, document_params, scored, shortfalls

HEALTH_AND_WELLBEING_BOARD = WholeMinutes(
    name="health-and-wellbeing-board",
    body_class="health-and-wellbeing-board",
    head="Health and Wellbeing Board - 9 September 2025",
    foot="London Borough of Eastmarsh",
    rows=[
        "# HEALTH AND WELLBEING BOARD",
        "## Minutes of the meeting held on Tuesday, 9 September 2025",
        "Present: Cllr Joan Pardoe (Chair), Cllr Kevin Ashdown, Dr Nadia Raval, Matthew Colley, Elaine Fordham,",
        "Sharon Hale",
        "Apologies: Cllr Rita Osei, Andrew Penfold",
        "** 21. Declaration of Members' Interests",
        "There were no declarations of interest.",
        "** 22. Minutes - 8 July 2025",
        "The minutes of the meeting held on 8 July 2025 were confirmed as correct.",
        "** 23. Draft Refresh of the Joint Health and Wellbeing Strategy",
        "Matthew Colley, Director of Public Health, presented the report on the draft refreshed Joint Health and",
        "Wellbeing Strategy, which set out the vision for reducing health inequalities by 2028.",
        "There was discussion about a strategic map showing the lead Board and sub-group for each priority.",
        "Matthew agreed to provide this for the Strategy.",
        "Councillor Ashdown asked about support for carers of people with dementia. The Director of Adult",
        "Social Care undertook to bring a report on carers' support to the meeting on 11 November 2025.",
        "The Board resolved to:",
        "(i) approve the draft Joint Health and Wellbeing Strategy 2025-28 for consultation; and",
        "(ii) delegate authority to the Director of Public Health, in consultation with the Chair, to agree the",
        "final Delivery Plan.",
        "---",
        "** 24. Better Care Fund Plan 2025/26",
        "Elaine Fordham, Head of Integrated Commissioning, introduced the Better Care Fund plan. The plan had",
        "been submitted to NHS England on 29 August 2025 subject to the Board's approval.",
        "The Board resolved to approve the Better Care Fund Plan 2025/26 as submitted.",
        "** 25. Pharmaceutical Needs Assessment",
        "Dr Raval reported that the consultation on the draft Pharmaceutical Needs Assessment would close on",
        "31 October 2025.",
        "** 26. Forward Plan",
        "The Board noted the Forward Plan. Sharon Hale to add an item on childhood immunisations to the",
        "January meeting.",
    ],
    actions=[
        ("Matthew agreed to provide this for the Strategy.", ["Matthew Colley"], None, "commitment", "core"),
        (
            "The Director of Adult Social Care undertook to bring a report on carers' support to the meeting on 11"
            " November 2025.",
            ["Director of Adult Social Care"],
            "2025-11-11",
            "commitment",
            "core",
        ),
        (
            "(i) approve the draft Joint Health and Wellbeing Strategy 2025-28 for consultation; and",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "(ii) delegate authority to the Director of Public Health, in consultation with the Chair, to agree the"
            " final Delivery Plan.",
            ["Director of Public Health"],
            None,
            "resolution",
            "core",
        ),
        (
            "The Board resolved to approve the Better Care Fund Plan 2025/26 as submitted.",
            [],  # was ["Board"]: the resolving body never owns its own resolution (corpus/gold/README.md "Stop 25")
            None,
            "resolution",
            "core",
        ),
        (
            "Sharon Hale to add an item on childhood immunisations to the January meeting.",
            ["Sharon Hale"],
            "2026-01-31",
            "action",
            "core",
        ),
    ],
    people=[
        "Joan Pardoe",
        "Kevin Ashdown",
        "Nadia Raval",
        "Matthew Colley",
        "Elaine Fordham",
        "Sharon Hale",
        "Rita Osei",
        "Andrew Penfold",
    ],
    organisations=["London Borough of Eastmarsh", "NHS England"],
    notes=[
        "'Matthew agreed …' follows a paragraph naming Matthew Colley: the given name expanded (round 37's rule).",
        "A resolution's parts under 'The Board resolved to:' name nobody acting except the delegation's post.",
        "'to the January meeting' is the month's last day, as round 38 reads 'in November'.",
    ],
)

PLANNING_COMMITTEE = WholeMinutes(
    name="planning-committee",
    body_class="planning-committee",
    head="Planning Committee - 22 October 2025",
    foot="Weald Borough Council",
    rows=[
        "# PLANNING COMMITTEE",
        "Wednesday, 22 October 2025",
        "Present: Councillor Mrs Pilbeam (Chairman)",
        "Councillors Norris (Vice-Chairman), Ashby, Mrs Cotterell, Elsworth, Dr Hurst, Pryor, Sayers and Webber",
        "Officers in Attendance: Tom Ashcroft (Principal Planning Officer), Carol Clarke (Democratic Services",
        "Officer), Janet Lynam (Head of Planning)",
        "** APOLOGIES",
        "PLA61/25",
        "Apologies for absence were recorded from Councillor Weeks.",
        "** DECLARATIONS OF INTEREST",
        "PLA62/25",
        "Councillor Mrs Pilbeam declared a significant other interest in application 25/01432 as she was",
        "related to the applicant. She would therefore leave the chamber and the Vice-Chairman would take the",
        "chair while the application was considered.",
        "** SITE INSPECTIONS",
        "PLA63/25",
        "The Chairman advised that a site visit had been undertaken earlier in the day in respect of",
        "application 25/00987.",
        "** APPLICATION 25/00987 - LAND AT HOLLY FARM, PEMBRIDGE",
        "PLA64/25",
        "The Principal Planning Officer presented the report on the erection of 14 dwellings with access from",
        "Forge Lane.",
        "RESOLVED - That application 25/00987 be granted subject to the conditions set out in the report and an",
        "additional condition requiring a construction management plan.",
        "---",
        "** APPLICATION 25/01432 - 6 MILL COTTAGES, SANDHURST",
        "PLA65/25",
        "The Vice-Chairman took the chair for this item.",
        "RESOLVED - That the application be DEFERRED for a Committee site inspection to enable Members to",
        "assess the impact of the extension on neighbouring properties.",
        "** APPLICATION 25/01518 - THE OLD BAKERY, HIGH STREET",
        "PLA66/25",
        "Members considered that the proposed shopfront would harm the character of the Conservation Area.",
        "Officers were asked to draft reasons for refusal and bring them to the next meeting on 19 November 2025.",
        "RESOLVED - That the application be refused, contrary to the officer recommendation, for the reason that",
        "the shopfront would harm the character and appearance of the Conservation Area.",
        "** DATE OF NEXT MEETING",
        "PLA67/25",
        "The next meeting will be held on 19 November 2025.",
    ],
    actions=[
        (
            "RESOLVED - That application 25/00987 be granted subject to the conditions set out in the report and an"
            " additional condition requiring a construction management plan.",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "RESOLVED - That the application be DEFERRED for a Committee site inspection to enable Members to assess"
            " the impact of the extension on neighbouring properties.",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "Officers were asked to draft reasons for refusal and bring them to the next meeting on 19 November 2025.",
            ["Officers"],
            "2025-11-19",
            "action",
            "core",
        ),
        (
            "RESOLVED - That the application be refused, contrary to the officer recommendation, for the reason that"
            " the shopfront would harm the character and appearance of the Conservation Area.",
            [],
            None,
            "resolution",
            "core",
        ),
    ],
    people=[
        "Pilbeam",
        "Norris",
        "Ashby",
        "Cotterell",
        "Elsworth",
        "Hurst",
        "Pryor",
        "Sayers",
        "Webber",
        "Weeks",
        "Tom Ashcroft",
        "Carol Clarke",
        "Janet Lynam",
    ],
    organisations=["Weald Borough Council"],
    notes=[
        "Standing aside for an interest and a site visit already made are not actions.",
        "Councillors printed by surname only are people by surname (as the dev gold records 'Earl Howe' as 'Howe').",
    ],
)

SCRUTINY_COMMITTEE = WholeMinutes(
    name="scrutiny-committee",
    body_class="scrutiny-committee",
    head="Education, Skills and Culture Scrutiny Committee - 6 November 2025",
    foot="Cwm Tawe County Borough Council",
    rows=[
        "# EDUCATION, SKILLS AND CULTURE SCRUTINY COMMITTEE",
        "## Minutes of the meeting held via Microsoft Teams on 6 November 2025",
        "Present: Councillor S. Rhys (Chairperson), Councillor P. Gwilym (Vice-Chairperson), Councillors",
        "A. Llewellyn, D. Morgan, H. Prosser and T. Vaughan",
        "Officers in Attendance: Catrin Howells (Director of Education), Rhodri Pugh (Head of Leisure),",
        "Eleri Watkins (Scrutiny Officer)",
        "** 1. Welcome and Roll Call",
        "The Democratic Services Officer went through the roll call for attendance.",
        "** 2. Declarations of Interest",
        "There were none.",
        "** 3. Future Delivery of Leisure Services",
        "Members were reminded of the recommendations agreed at the joint meeting of Cabinet and this",
        "Committee on 2 October 2025. Members felt that the report lacked balance between the options.",
        "Following scrutiny, it was RECOMMENDED to Cabinet that:",
        "1. the decision on the future delivery of leisure services be deferred until the Task and Finish",
        "Group has reported;",
        "2. the Head of Leisure provide a costed appraisal of each option to the Task and Finish Group by 15",
        "December 2025.",
        "---",
        "** 4. School Transport Policy",
        "The Director of Education presented the draft policy. Members asked about pupils crossing the A474 at",
        "Pontardawe. The Director of Education agreed to provide a route risk assessment to Members before",
        "the policy is considered by Cabinet.",
        "RESOLVED: That the Committee note the report.",
        "** 5. Forward Work Programme",
        "The Scrutiny Officer will circulate dates for the Task and Finish Group meetings to Members by 14",
        "November 2025.",
        "RESOLVED: That a Task and Finish Group of five Members be established to review the future delivery",
        "of leisure services.",
    ],
    actions=[
        (
            "1. the decision on the future delivery of leisure services be deferred until the Task and Finish Group"
            " has reported;",
            ["Cabinet"],
            None,
            "recommendation",
            "core",
        ),
        (
            "2. the Head of Leisure provide a costed appraisal of each option to the Task and Finish Group by 15"
            " December 2025.",
            ["Head of Leisure"],
            "2025-12-15",
            "recommendation",
            "core",
        ),
        (
            "The Director of Education agreed to provide a route risk assessment to Members before the policy is"
            " considered by Cabinet.",
            ["Director of Education"],
            None,
            "commitment",
            "core",
        ),
        ("RESOLVED: That the Committee note the report.", [], None, "resolution", "core"),
        (
            "The Scrutiny Officer will circulate dates for the Task and Finish Group meetings to Members by 14"
            " November 2025.",
            ["Scrutiny Officer"],
            "2025-11-14",
            "commitment",
            "core",
        ),
        (
            "RESOLVED: That a Task and Finish Group of five Members be established to review the future delivery of"
            " leisure services.",
            [],
            None,
            "resolution",
            "core",
        ),
    ],
    people=[
        "S Rhys",
        "P Gwilym",
        "A Llewellyn",
        "D Morgan",
        "H Prosser",
        "T Vaughan",
        "Catrin Howells",
        "Rhodri Pugh",
        "Eleri Watkins",
    ],
    # 'Cabinet' owns recommendation 1, a body named as acting, as the dev gold of the Kent budget minutes lists it
    organisations=["Cabinet", "Cwm Tawe County Borough Council"],
    notes=[
        "A recommendation's owner is the body it is put to ('RECOMMENDED to Cabinet that:'), unless its text names"
        " the post that acts ('the Head of Leisure provide …').",
        "'RESOLVED: That the Committee note the report.': no owner (corpus/gold/README.md 'Stop 25': the resolving"
        " body never owns its own resolution; this case gave 'Committee' until stop 36).",
    ],
)

SHIRE_COUNCIL = WholeMinutes(
    name="australian-shire-council",
    body_class="australian-shire-council",
    head="Ordinary Council: Minutes - 25 November 2025",
    foot="Shire of Merriden",
    rows=[
        "# Shire of Merriden",
        "## Ordinary Council - Tuesday 25 November 2025 - MINUTES",
        "** 1. DECLARATION OF OPENING",
        "The Shire President, Cr Hollis, declared the meeting open at 4.00pm.",
        "** 2. RECORD OF ATTENDANCE",
        "Cr R Hollis (Shire President), Cr J Dunstan (Deputy Shire President), Cr M Kovac, Cr S Whitlam,",
        "Cr T Bradbury",
        "Staff: Mr A Redfern (Chief Executive Officer), Ms L Tran (Director Corporate Services)",
        "Apologies: Cr P Nguyen",
        "** 3. CONFIRMATION OF MINUTES",
        "Council Resolution O1125-01",
        "Moved: Cr Dunstan Seconded: Cr Kovac",
        "That the Minutes of the Ordinary Council Meeting held on 28 October 2025 be confirmed as a true and",
        "correct record.",
        "CARRIED 5/0",
        "** 4. REPORTS OF OFFICERS",
        "4.1 Tender RFT 07/25 - Coastal Road Reseal",
        "Council Resolution O1125-02",
        "Moved: Cr Whitlam Seconded: Cr Bradbury",
        "That Council:",
        "1. Accept the tender from Southern Asphalt Pty Ltd for RFT 07/25 for the lump sum of $1,284,600 (ex",
        "GST); and",
        "2. Authorise the Chief Executive Officer to execute the contract.",
        "CARRIED 5/0",
        "---",
        "4.2 Community Grants Round 2",
        "Council Resolution O1125-03",
        "Moved: Cr Kovac Seconded: Cr Dunstan",
        "That Council approve community grants totalling $42,500 as listed in Attachment A.",
        "CARRIED 4/1",
        "** 5. QUESTIONS FROM MEMBERS",
        "Cr Bradbury asked about the condition of the Bandy Creek boat ramp. The Chief Executive Officer",
        "advised he would provide a report on repairs to the Council meeting on 16 December 2025.",
        "** 6. CLOSURE",
        "The Shire President declared the meeting closed at 5.12pm.",
    ],
    actions=[
        (
            "That the Minutes of the Ordinary Council Meeting held on 28 October 2025 be confirmed as a true and"
            " correct record.",
            [],
            None,
            "resolution",
            "core",
        ),
        (
            "1. Accept the tender from Southern Asphalt Pty Ltd for RFT 07/25 for the lump sum of $1,284,600 (ex GST);"
            " and",
            ["Council"],
            None,
            "resolution",
            "core",
        ),
        (
            "2. Authorise the Chief Executive Officer to execute the contract.",
            ["Council"],
            None,
            "resolution",
            "core",
        ),
        (
            "That Council approve community grants totalling $42,500 as listed in Attachment A.",
            ["Council"],
            None,
            "resolution",
            "core",
        ),
        (
            "The Chief Executive Officer advised he would provide a report on repairs to the Council meeting on 16"
            " December 2025.",
            ["Chief Executive Officer"],
            "2025-12-16",
            "commitment",
            "core",
        ),
    ],
    people=[
        "R Hollis",
        "J Dunstan",
        "M Kovac",
        "S Whitlam",
        "T Bradbury",
        "A Redfern",
        "L Tran",
        "P Nguyen",
    ],
    organisations=["Shire of Merriden", "Southern Asphalt Pty Ltd"],
    notes=[
        "'That Council: 1. Accept …; 2. Authorise …': the Council resolves each part (the body the lead-in names).",
        "'CARRIED 5/0' is the vote, not a decision of its own.",
    ],
)

HOUSING_COOPERATIVE = WholeMinutes(
    name="housing-cooperative-finance",
    body_class="housing-association",
    head="Hartwell Housing Co-operative - Finance Meeting 14 October 2025",
    foot="Hartwell Housing Co-operative Ltd",
    rows=[
        "# Hartwell Housing Co-operative",
        "## Minutes of the Finance Meeting held on 14 October 2025",
        "Attendees: Priya Sandhu (Chair), Iwona Olsen (Secretary), Duncan Aitken (HSM), Judith Marsh",
        "(Maintenance Officer), Pat Mahon, Isaac Mensah, Cherry Brown",
        "Apologies: Violet Taylor",
        "** 1.0 Introduction and welcome by the Chair",
        "** 2.0 Minutes of previous finance meeting circulated and agreed",
        "** 3.0 Financial Report",
        "Estate costs are currently £118,000; these include repairs, voids and landlord inspections. Duncan",
        "said that void tenants had left the properties in very poor condition. Priya asked if there is any way",
        "to cut the costs of voids; Duncan said this is not possible as repairs must be completed to a set",
        "standard.",
        "Priya queried the rent total for 2025 as some figures on the budget report were not the same, so",
        "Duncan to send out the updated budget figures.",
        "Legal fees are higher than expected at over £21,000 due to an increase in arrears cases.",
        "---",
        "** 4.0 Rent Arrears",
        "Judith reported that arrears stand at £14,200. It was agreed that Judith will write to all tenants",
        "more than eight weeks in arrears by 31 October.",
        "** 5.0 Any Other Business",
        "Isaac asked about the boiler policy. Duncan confirmed that existing boilers can be repaired but new",
        "boilers cannot be gas.",
        "Iwona to book the hall for the AGM on 9 December.",
        "** 6.0 Date of next meeting: 13 January 2026",
    ],
    actions=[
        (
            "Priya queried the rent total for 2025 as some figures on the budget report were not the same, so Duncan"
            " to send out the updated budget figures.",
            ["Duncan Aitken"],
            None,
            "action",
            "core",
        ),
        (
            "It was agreed that Judith will write to all tenants more than eight weeks in arrears by 31 October.",
            ["Judith Marsh"],
            "2025-10-31",
            "decision",
            "core",
        ),
        (
            "Iwona to book the hall for the AGM on 9 December.",
            ["Iwona Olsen"],
            "2025-12-09",
            "action",
            "core",
        ),
    ],
    people=[
        "Priya Sandhu",
        "Iwona Olsen",
        "Duncan Aitken",
        "Judith Marsh",
        "Pat Mahon",
        "Isaac Mensah",
        "Cherry Brown",
        "Violet Taylor",
    ],
    organisations=["Hartwell Housing Co-operative"],
    notes=[
        "Members named by given name are expanded from the attendees list (one of each), as round 37 expands them.",
        "'for the AGM on 9 December' is the date the booking serves: its due.",
    ],
)

DOCUMENTS = [
    HEALTH_AND_WELLBEING_BOARD,
    PLANNING_COMMITTEE,
    SCRUTINY_COMMITTEE,
    SHIRE_COUNCIL,
    HOUSING_COOPERATIVE,
]

# Classes this round leaves (strict: each document must still fall short, so a fix shows here).
CORE_SHORT = {
    # "planning-committee" left this list at stop 25: 'RESOLVED - That application … be granted …' no longer gets the
    # meeting's committee as owner (corpus/gold/README.md "Stop 25")
    # "scrutiny-committee" left this list at stop 36: round nlp81 found 'The Scrutiny Officer will circulate …' and gave
    # '2. the Head of Leisure provide …' to the Head of Leisure; its gold now follows corpus/gold/README.md "Stop 25"
    # ('RESOLVED: That the Committee note the report.' has no owner) and lists Cabinet, the body recommendation 1 is
    # put to, as an organisation
    # sweep 52: the resolution block's 'Moved: Cr X Seconded: Cr Y' is read as the motion's record before 'That
    # Council:', whose parts are read, and 'The Chief Executive Officer advised he would …' is found; every core action
    # is found now
    "australian-shire-council": "a gold question the rules are silent on: this gold makes 'Council' the owner of the "
    "council's own resolutions ('That Council approve community grants …', 'That Council: 1. Accept the tender …') "
    "and of '2. Authorise the Chief Executive Officer to execute the contract', where corpus/gold/README.md stop 25 "
    "gives the resolving body no ownership and the post authorised acts (owner accuracy 0.40)",
}
NOT_PERFECT = {
    **CORE_SHORT,
    "housing-cooperative-finance": "people and organisations not audited this round (round 39)",
    # "planning-committee" left this list at stop 36: the councillors listed by surname alone ('… Elsworth, Dr Hurst,
    # Pryor, Sayers and Webber') are people since round orgs42 read titled surnames inside a "Councillors …" list
}


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
