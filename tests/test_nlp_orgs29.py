"""Round 29: organisations named in minutes, reports and guidance of bodies not cited in tests/ before
(corpus/gold/README.md: named organisations and bodies count, generic words, posts, places, meetings, documents,
funds, programmes and buildings do not; an acronym printed with its full name is one entry, the full name; an acronym
printed alone is listed as printed; the meeting's own committee is not one).

Seven classes of shape:

1. Attendance lists that print each person's body after the name ("Dan Hillier, Environment Agency").
2. Housing regulation: councils, landlords named with "HA" or a bare "Housing", a "LB X" borough, the regulator and
   the ombudsman, without the documents they issue ("… Regulatory Notice", "… White Paper").
3. Employment and criminal justice: departments and agencies with their acronyms defined in brackets, plural generic
   bodies ("Probation Trusts", "Community Safety Partnerships") and programmes that are not bodies.
4. Schools and academy trusts: dotted initials at a name's start ("S.T.A.R. Academy Trust"), the trust's own boards
   and schemes that are not organisations.
5. Funders, charities and venues: a fund that is a body ("National Lottery Community Fund") and one that is a
   programme ("… Reaching Communities fund"), town halls, boards of trustees.
6. Fire, NHS and Scottish bodies beside the plans, acts and regulations they publish.
7. Networks and partnerships named with an apostrophe or an acronym defined in brackets ("District Councils' Network
   (DCN)"), and councils listed with a shared head ("Ashby, Holme and Westford District Councils").

Drawn cases keep the shape and phrasing of public pages of bodies not cited in tests/ before, with names, places
and numbers changed:

- https://rbwm.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=218&MeetingId=3340&DF=18%2f09%2f2012&Ver=2 (a flood forum: "Doug Hill DH Environment Agency", "Fishery's Residents Association", "National Flood Forum", "letter from Datchet PC regarding sewage pollution", "SL had referred this matter to the Environment Agency", "ABI presentation")
- https://philmorganblog.com/ ("removing Green Park as a Registered Provider. This follows the decision of Birmingham City Council", "One provider, Larch HA, entered (and exited) the Regulators Insolvency procedure", "Another provider included below, Prospect Housing", "the Housing Ombudsman", "The Social Housing White Paper")
- https://philmorganblog.com/2022/04/28/learning-from-regulatory-downgrades-2021-22/ ("One landlord, LB Barking and Dagenham, manages to cover all six", "the LB Croydon Regulatory Notice")
- http://probationchiefs.org/business-areas/localism/community-safety-partnerships/ ("The Probation Chiefs Association (PCA) is committed to supporting Probation Trusts", "Local Criminal Justice Boards, Community Safety Partnerships", "Regional DWP work programme commissioning bodies")
- https://www.employment-studies.co.uk/resource/employer-engagement-and-jobcentre-plus ("The Department for Work and Pensions (DWP) commissioned the Institute for Employment Studies", "national Jobcentre Plus, DWP and Learning and Skills Council (LSC) staff")
- https://www2.local.gov.uk/parliament/briefings-and-responses/lga-submission-work-and-pensions-select-committee-inquiry ("design of Jobcentre Plus (JCP) and co-design the Work and Health Programme", "Greater Manchester's Working Well, London's Working Capital and Suffolk's MyGo")
- https://mob.indymedia.org.uk/en/2010/09/458585.html ("described on Business Link's web site and run by Jobcentre Plus", "the ministerial office of the Department of Work and Pensions")
- https://fly1.wordsworth.site/government/publications/esf-2014-to-2020-provider-guidance/annex-1-contract-package-area-specific-information ("Cheshire and Warrington Local Enterprise Partnership (LEP)", "The LEP has requested")
- https://www.siredmundhillary.notts.sch.uk/governors/ ("governed by the L.E.A.D. Academy Trust Board and Members")
- https://www.dsat.org.uk/governance-within-the-trust/ ("In line with the Trust's Scheme of Delegation, the Trust Board delegates a number of duties to our Local Governing Boards (LGBs)")
- http://www.threlkeldvillagehall.org/node/1907 ("the Stage 2 application for the Big Lottery Reaching Communities fund")
- https://tsdg.org.uk/funding-update/community-led ("A National Lottery Community Fund programme offering grants")
- http://www.ageconcernlutterworth.org.uk/2019-agm/ ("The 2019 AGM was held ... in Lutterworth Town Hall", "Report by the Board of Trustees")
- https://dwfire.org.uk/about-us/who-we-are/draft-csp-2024-28-consultation ("a requirement of the Fire and Rescue National Framework for England", "our Community Safety Plan", "the Local Government Act 1999")
- https://www.kmpt.nhs.uk/about-us/trust-board/board-meetings/ (a partnership trust's board papers)
- https://www.scottishcorpus.ac.uk/view-plaintext/?documentid=1169 ("Copyright holder(s): Scottish Parliamentary Corporate Body", "Removal and Disposal of Vehicles Amendment (Scotland) Regulations 2002")
- https://www.themj.co.uk/A-crucial-role-for-districts/219145 ("Working with the District Councils' Network (DCN) in 2018", "DCN is just about to publish")
- https://rbwm.moderngov.co.uk/mgAi.aspx?ID=17747 ("the additional grant to Age Concern Windsor for £750.00", a table of "Organisation | £" rows: "Old Windsor District Guides", "Maidenhead United Juniors FC", "Clewer Scout and Guide Group"; "the recommendations of the Grants Panel")
- http://democracy.leightonlinslade-tc.gov.uk/ieListDocuments.aspx?CId=140&MId=600&Ver=4 ("a personal interest in the Guaranteed Grant to the Carnival as members of the Carnival Committee")
- https://fownhopeparishcouncil.gov.uk/highways-transport-group ("Responding to Highways and Transport consultations", "oversee the lengthsman scheme")

"company-board-members" keeps the shape of the dev Suffolk Libraries AGM agenda ("the election of 2 … Ltd Board
Members"); no case copies its words.
Names are compared as `agendaparse eval` compares them (sets after `evaluate.norm_name`).
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from minutes_page import check_organisations


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: attendance lists with each person's body -------------------------------------------------------------
ATTENDANCE = [
    case(
        [
            "Also present: Dan Hillier, Environment Agency; Barry Moir, Wharfside Residents Association;",
            "Paula Cobb, National Flood Forum.",
        ],
        {"Environment Agency", "Wharfside Residents Association", "National Flood Forum"},
        {"Dan Hillier, Environment Agency"},
        "person-comma-body-list",
    ),
    case(
        ["Cllr Gray attended for the Royal Borough of Elmford & Kingsmead, with two officers."],
        {"Royal Borough of Elmford & Kingsmead"},
        {"Elmford & Kingsmead"},
        "royal-borough-with-ampersand",
    ),
    case(
        [
            "The Clerk confirmed that she had responded to the letter from Ashmere PC regarding sewage pollution in "
            "the brook."
        ],
        {"Ashmere PC"},
        set(),
        "parish-council-abbreviated",
    ),
    case(
        [
            "The Clerk had referred the culvert under the railway to the Environment Agency and it requires further "
            "work."
        ],
        {"Environment Agency"},
        set(),
        "referred-to-agency",
    ),
    case(
        ["An electronic copy of the ABI presentation on flood insurance is to be forwarded to members."],
        {"ABI"},
        set(),
        "acronym-alone-before-document",
    ),
    case(
        ["Apologies: Andrew Dale – Parish Flood Liaison Group; Hanne Lars – Environment Agency."],
        {"Environment Agency"},
        {"Hanne Lars – Environment Agency", "Andrew Dale"},
        "apologies-person-dash-body",
    ),
]

# --- class 2: housing regulation -----------------------------------------------------------------------------------
HOUSING = [
    case(
        ["The Regulator removed Beech Park as a Registered Provider after Westford City Council removed its status."],
        {"Westford City Council"},
        {"Registered Provider", "Regulator"},
        "city-council-after-registered-provider",
    ),
    case(
        ["One provider, Rowan HA, entered (and exited) the Regulator's insolvency procedure."],
        {"Rowan HA"},
        set(),
        "housing-association-abbreviated",
    ),
    case(
        ["Another provider included below, Outlook Housing, has had two governance downgrades this year."],
        {"Outlook Housing"},
        {"Another provider"},
        "housing-provider-in-apposition",
    ),
    case(
        ["One landlord, LB Hensham and Dale, manages to fail all six safety checks."],
        {"LB Hensham and Dale"},
        set(),
        "lb-borough-with-and",
    ),
    case(
        ["The LB Morton Regulatory Notice introduced three new categories, including damp and mould."],
        {"LB Morton"},
        {"LB Morton Regulatory Notice"},
        "lb-borough-before-notice",
    ),
    case(
        ["The Housing Ombudsman has been more proactive on complaints than the Regulator of Social Housing."],
        {"Housing Ombudsman", "Regulator of Social Housing"},
        set(),
        "ombudsman-and-regulator",
    ),
    case(
        [
            "The Social Housing White Paper has set out ambitions for consumer regulation and a Tenant Satisfaction "
            "Measure."
        ],
        set(),
        {"Social Housing White Paper", "Tenant Satisfaction Measure"},
        "white-paper-not-body",
    ),
]

# --- class 3: employment and criminal justice ----------------------------------------------------------------------
EMPLOYMENT_JUSTICE = [
    case(
        [
            "The Department for Work and Pensions (DWP) commissioned the Institute for Workforce Studies to evaluate "
            "the scheme."
        ],
        {"Department for Work and Pensions", "Institute for Workforce Studies"},
        {"DWP"},
        "department-acronym-defined",
    ),
    case(
        ["Interviews were held with national Jobcentre Plus, DWP and Learning and Skills Council (LSC) staff."],
        {"Jobcentre Plus", "DWP", "Learning and Skills Council"},
        {"LSC", "Learning and Skills Council (LSC) staff"},
        "acronym-defined-before-staff",
    ),
    case(
        [
            "Steps taken to influence the design of Jobcentre Plus (JCP) and co-design the Work and Health Programme "
            "are positive."
        ],
        {"Jobcentre Plus"},
        {"JCP", "Work and Health Programme"},
        "programme-not-body",
    ),
    case(
        [
            "Westshire's Working Well, Holme's Working Capital and Ashby's MyGo are good examples of employment "
            "initiatives."
        ],
        set(),
        {"Working Well", "Working Capital", "MyGo", "Westshire's Working Well"},
        "initiatives-not-bodies",
    ),
    case(
        ["The scheme is described on Business Link's web site and run by Jobcentre Plus."],
        {"Business Link", "Jobcentre Plus"},
        {"Business Link's"},
        "possessive-body",
    ),
    case(
        ["I therefore wrote to the ministerial office of the Department of Work and Pensions to seek clarification."],
        {"Department of Work and Pensions"},
        set(),
        "department-of-after-office",
    ),
    case(
        [
            "The Youth Justice Chiefs Association (YJCA) is committed to supporting Youth Offending Teams as "
            "responsible",
            "authorities. The YJCA will report to the next meeting.",
        ],
        {"Youth Justice Chiefs Association"},
        {"YJCA", "Youth Offending Teams"},
        "association-acronym-then-plural-teams",
    ),
    case(
        [
            "Key partner relationships include Local Criminal Justice Boards, Community Safety Partnerships and "
            "Police and",
            "Crime Panels.",
        ],
        set(),
        {"Local Criminal Justice Boards", "Community Safety Partnerships", "Police and Crime Panels"},
        "plural-generic-bodies",
    ),
    case(
        ["Education and Employment: regional DWP work programme commissioning bodies and provider partnerships"],
        {"DWP"},
        {"Education and Employment"},
        "table-lead-acronym-alone",
    ),
    case(
        [
            "The Ashby and Holme Local Enterprise Partnership (LEP) aims to support claimants into work. The LEP has",
            "asked providers to target claimants aged 18 and over.",
        ],
        {"Ashby and Holme Local Enterprise Partnership"},
        {"LEP"},
        "lep-acronym-defined",
    ),
]

# --- class 4: schools and academy trusts ---------------------------------------------------------------------------
SCHOOLS = [
    case(
        ["All academies within the Trust are governed by the S.T.A.R. Academy Trust Board and Members."],
        {"S.T.A.R. Academy Trust"},
        {"Academy Trust", "S.T.A.R. Academy Trust Board and Members"},
        "dotted-initials-trust",
    ),
    case(
        [
            "In line with the Trust's Scheme of Delegation, the Trust Board delegates a number of duties to our Local",
            "Governing Boards (LGBs).",
        ],
        set(),
        {"Scheme of Delegation", "Trust Board", "Local Governing Boards", "LGBs"},
        "trust-scheme-and-boards-not",
    ),
    case(
        ["5. Announcement of the election of 2 Westshire Libraries IPS Ltd Board Members"],
        {"Westshire Libraries IPS Ltd"},
        {"Westshire Libraries IPS Ltd Board"},
        "company-board-members",
    ),
    case(
        ["Each LGB will carry out an annual assessment of its performance in line with the Twenty Questions."],
        set(),
        {"LGB", "Twenty Questions"},
        "lgb-alone-not",
    ),
    case(
        ["Mrs P Dodd (Diocese of Wells MAT Education Adviser) gave a presentation on academisation."],
        {"Diocese of Wells"},
        {"Diocese of Wells MAT Education Adviser"},
        "diocese-before-post",
    ),
]

# --- class 5: funders, charities and venues ------------------------------------------------------------------------
FUNDERS = [
    case(
        ["Key details of the Stage 2 application for the Big Lottery Reaching Communities fund had been circulated."],
        set(),
        {"Big Lottery Reaching Communities", "Reaching Communities"},
        "programme-fund-not-body",
    ),
    case(
        ["A National Lottery Community Fund programme offers grants from £10,001 to £150,000 to community groups."],
        {"National Lottery Community Fund"},
        set(),
        "fund-that-is-a-body",
    ),
    case(
        [
            "The 2024 AGM of Age Concern Ashby Magna was held on Wednesday 18 September at 12pm in Ashby Magna Town "
            "Hall."
        ],
        {"Age Concern Ashby Magna"},
        {"Ashby Magna Town Hall"},
        "charity-and-town-hall",
    ),
    case(
        ["ii) Approves the recommendation of the additional grant to Age Concern Elmford for £750.00."],
        {"Age Concern Elmford"},
        {"Age Concern"},
        "age-concern-branch-grant",
    ),
    case(
        [
            "Organisation   £",
            "Old Elmford District Guides   1,000",
            "Chattertots   5,000",
            "Elmford Horse Rangers   5,000",
            "Kingsmead United Juniors FC   3,000",
            "Clewer Scout and Guide Group   6,000",
        ],
        {
            "Old Elmford District Guides",
            "Chattertots",
            "Elmford Horse Rangers",
            "Kingsmead United Juniors FC",
            "Clewer Scout and Guide Group",
        },
        {"Organisation"},
        "grants-table-lead-column",
    ),
    case(
        ["It was noted that Elmford Buttercross Scouts had applied for a substantial grant for the hut roof."],
        {"Elmford Buttercross Scouts"},
        set(),
        "scouts-as-subject",
    ),
    case(
        ["Members approved the recommendations of the Grants Panel held on 11 May 2024, as detailed in Appendix A."],
        {"Grants Panel"},
        {"Appendix A"},
        "own-body-grants-panel",
    ),
    case(
        [
            "Cllrs G Perry and C Perry declared an interest in the Guaranteed Grant as members of the "
            "Carnival Committee."
        ],
        {"Carnival Committee"},
        {"Guaranteed Grant"},
        "carnival-committee-not-grant",
    ),
    case(
        ["Report by the Board of Trustees: the report was circulated and the Community Coffee Shop plan was noted."],
        set(),
        {"Board of Trustees", "Community Coffee Shop"},
        "trustees-and-project-not",
    ),
    case(
        [
            "The Clerk will apply to the Holme Valley Community Foundation and the Garfield Weston Foundation for "
            "the roof."
        ],
        {"Holme Valley Community Foundation", "Garfield Weston Foundation"},
        set(),
        "two-foundations",
    ),
]

# --- class 6: fire, NHS and Scottish bodies beside their documents --------------------------------------------------
PUBLIC_BODIES = [
    case(
        [
            "Westshire & Ashby Fire and Rescue Service is consulting on its draft Community Safety Plan 2024 – 28, a",
            "requirement of the Fire and Rescue National Framework for England.",
        ],
        {"Westshire & Ashby Fire and Rescue Service"},
        {
            "Community Safety Plan",
            "Fire and Rescue National Framework for England",
            "Fire and Rescue National Framework",
        },
        "fire-service-and-framework",
    ),
    case(
        ["The plan shows our best value duty under the Local Government Act 1999 is met."],
        set(),
        {"Local Government Act", "Local Government"},
        "act-not-body",
    ),
    case(
        ["Board papers of the Westshire and Holme NHS and Social Care Partnership Trust are published each month."],
        {"Westshire and Holme NHS and Social Care Partnership Trust"},
        {"Holme NHS and Social Care Partnership Trust"},
        "nhs-partnership-trust",
    ),
    case(
        [
            "Copyright holder: Scottish Parliamentary Corporate Body. Items: Removal of Vehicles (Scotland) "
            "Regulations 2002."
        ],
        {"Scottish Parliamentary Corporate Body"},
        {"Removal of Vehicles (Scotland) Regulations"},
        "corporate-body-and-regulations",
    ),
    case(
        ["Mr R Bentley, Partnerships Team Leader, Environment Agency, explained the agency's strategic overview."],
        {"Environment Agency"},
        {"Partnerships Team Leader"},
        "agency-after-post",
    ),
    case(
        ["Tim Smith, Flooding Analyst, Severn Vale Water Ltd, gave a presentation on sewer flooding."],
        {"Severn Vale Water Ltd"},
        {"Flooding Analyst"},
        "water-company-after-post",
    ),
    case(
        ["Severn Vale Water (SVW) covers 28 local authority areas; SVW's assets can flood in heavy rain."],
        {"Severn Vale Water"},
        {"SVW"},
        "water-company-acronym-defined",
    ),
]

# --- class 7: networks, partnerships and councils listed with a shared head -----------------------------------------
NETWORKS_AND_LISTS = [
    case(
        [
            "Working with the District Councils' Network (DCN) in 2018, we published a toolkit. DCN will publish an "
            "update."
        ],
        {"District Councils' Network"},
        {"DCN"},
        "apostrophe-network-acronym",
    ),
    case(
        ["A joint response was sent by Ashby, Holme and Westford District Councils to the consultation."],
        {"Ashby District Council", "Holme District Council", "Westford District Council"},
        {"Westford District Councils"},
        "three-district-councils-shared-head",
    ),
    case(
        ["Responding to Highways and Transport consultations and overseeing the lengthsman scheme were agreed."],
        set(),
        {"Highways and Transport", "Highways"},
        "service-words-not-body",
    ),
    case(
        ["The chairs of the County Councils' Network and the District Councils' Network wrote to the Minister."],
        {"County Councils' Network", "District Councils' Network"},
        set(),
        "two-networks",
    ),
    case(
        ["The group was supported by the Local Government Association (LGA) and its People and Places Board."],
        {"Local Government Association"},
        {"LGA"},
        "association-acronym-defined",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), ATTENDANCE)
def test_attendance_lists(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), HOUSING)
def test_housing_regulation(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), EMPLOYMENT_JUSTICE)
def test_employment_and_justice(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), SCHOOLS)
def test_schools_and_trusts(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), FUNDERS)
def test_funders_charities_venues(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), PUBLIC_BODIES)
def test_public_bodies_beside_documents(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), NETWORKS_AND_LISTS)
def test_networks_and_listed_councils(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)
