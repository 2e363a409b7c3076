"""Round 48 (issue #6: organisations in council minutes, budget packs and reports): six more complete documents of
the long kinds (a county council's budget minutes with group amendments and directorate sub-headings, a cabinet's
minutes naming partners, a budget amendments pack, a full council agenda frontsheet listing members by group, a
district scrutiny report with its cover table, a unitary council's corporate plan progress report) drawn to
multi-page PDFs, read end to end by ``extract_document`` and scored by ``agendaparse.evaluate`` on organisations P/R
against gold written by corpus/gold/README.md and the Kent dev golds' notes (political groups, directorates, the
Cabinet in minutes and other committees of the same body are listed; the Cabinet a report or pack goes to is not;
acts, white papers, schemes, funds, plans, buildings, wards and divisions are not). Each keeps the structure and phrasing of a real body's document, with
names, places and figures changed. Sources (bodies not cited by earlier suites):

- https://democracy.crawley.gov.uk/mgAi.aspx?ID=16435 and
  https://robcrute-blackhall.blogspot.com/2025/07/reform-uk-party-of-free-speech-votes-to.html (budget council:
  "the Labour Amendment … Mover Councillor X and Seconder Councillor Y", Reform UK members tabling a motion and the
  opposition groups' amendment, recorded votes)
- https://chesterfield.moderngov.co.uk/mgAi.aspx?ID=22721 (cabinet decision: "*RESOLVED – 1. That the core advice
  agency grants to X Citizens Advice Bureau, Y Law Centre … and Z CVS be ceased", "REASONS FOR DECISIONS")
- https://ws.swale.gov.uk/meetings/mgAi.aspx?ID=19720 (budget amendments with the Section 151 Officer's responses:
  "Amendment 1 – National Insurance Contributions / Councillor X proposed that: …")
- https://www.havant.gov.uk/our-organisation (Democratic Services supporting members and meetings: the contact
  block of a council summons)
- https://modgov.north-norfolk.gov.uk/ieListDocuments.aspx?CId=140&MeetingId=1996 (district Overview & Scrutiny
  Committee: a Community Call for Action on homelessness from a councillor, options (a) to (f))
- https://www.rbwm.gov.uk/home/council-and-democracy/strategies-and-policies/corporate-plan-2021-2026 (unitary
  royal borough's corporate plan: objectives "Thriving Communities", "Inspiring Places", working with the
  voluntary and community sector, statutory partners and delivery partners)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest

from whole_minutes import WholeMinutes, scored

COUNTY_BUDGET = WholeMinutes(
    name="county-budget-minutes",
    body_class="county-council-budget",
    head="COUNTY COUNCIL - 12 February 2026",
    foot="Minutes - Westmarch County Council",
    rows=[
        "# WESTMARCH COUNTY COUNCIL",
        "## MINUTES of a meeting of the Westmarch County Council held in the Council Chamber, County Hall,",
        "## Hadleigh on Thursday, 12 February 2026.",
        "PRESENT: Mr A J Pellow (Chairman), Mrs S Varney (Vice-Chairman), Mr D Ashworth, Mr K Bright,",
        "Ms F Cardew, Mr R Dunstable, Mrs H Elphick, Mr T Gorringe, Mr N Hayter, Mrs J Ingram and Mr P Loxley",
        "IN ATTENDANCE: Mr M Rudd (Chief Executive), Mrs C Tolley (Corporate Director of Finance)",
        "** UNRESTRICTED ITEMS",
        "** 112. Apologies for Absence",
        "(1) Apologies were received from Mrs L Maybury, Mr O Quint and Mr G Sadler.",
        "** 113. Declarations of Interest",
        "(1) Mr Bright declared that he was a trustee of Westmarch Community Foundation and a board member of",
        "Westmarch Fire and Rescue Authority, and would take part in the debate.",
        "** 114. Revenue Budget 2026-27 and Medium Term Financial Plan",
        "(1) The Chairman reminded Members that any Member two months in arrears with Council Tax must not vote,",
        "as required by section 106 of the Local Government Finance Act 1992.",
        "(2) Mr Loxley proposed, and Mr Gorringe seconded, the motion as recommended by the Cabinet on 29 January.",
        "(3) The Leaders of the Reform UK Group, the Labour Group, the Liberal Democrat Group and the Green Group",
        "responded to the budget proposals.",
        "---",
        "** Adult Social Care and Health Directorate",
        "(4) Mrs Elphick, on behalf of the Labour Group, proposed and Ms Cardew seconded the following amendment:",
        "to restore £1.2m for day opportunities and to ask Westmarch Healthwatch to review charging with carers.",
        "(5) Following a recorded vote the amendment was lost.",
        "** Children, Young People and Education Directorate",
        "(6) Mr Hayter, on behalf of the Reform UK Group, proposed and Mr Dunstable seconded the following amendment:",
        "to fund forty additional SEND places, noting that Ofsted had judged local services as requiring",
        "improvement and that the Department for Education had not yet confirmed the High Needs Block.",
        "(7) Following a recorded vote the amendment was lost.",
        "** Growth, Environment and Transport Directorate",
        "(8) Mrs Ingram, on behalf of the Liberal Democrat Group, proposed and Mr Ashworth seconded an amendment to",
        "reinstate bus subsidies on routes in the Hadleigh North division run by Westmarch Coaches Ltd.",
        "(9) Following a recorded vote the amendment was lost.",
        "---",
        "** 115. Capital Programme 2026-36",
        "(1) Mr Loxley reported that the Governance and Audit Committee had reviewed the Capital Strategy and that",
        "the Scrutiny Committee had made no further recommendations. The Devolution White Paper and the Westmarch",
        "Pay Scheme were noted as risks.",
        "(2) RESOLVED that the 2026-36 Capital Programme be approved and that any changes arising from the Local",
        "Government Finance Settlement be reported to Cabinet.",
        "** 116. Council Tax Setting",
        "(1) RESOLVED that the County Council's element of Council Tax for 2026-27 be increased by 4.99%, and that",
        "precepts be issued to the district councils.",
    ],
    actions=[],
    people=[],
    organisations=[
        "Westmarch County Council",
        "Westmarch Community Foundation",
        "Westmarch Fire and Rescue Authority",
        "Cabinet",
        "Reform UK Group",
        "Labour Group",
        "Liberal Democrat Group",
        "Green Group",
        "Adult Social Care and Health Directorate",
        "Westmarch Healthwatch",
        "Children, Young People and Education Directorate",
        "Ofsted",
        "Department for Education",
        "Growth, Environment and Transport Directorate",
        "Westmarch Coaches Ltd",
        "Governance and Audit Committee",
        "Scrutiny Committee",
    ],
    notes=[
        "'County Council' is the meeting body (Westmarch County Council, listed); generic 'the district councils' "
        "is not listed.",
        "The Local Government Finance Act 1992, the Devolution White Paper, the Westmarch Pay Scheme, the Capital "
        "Strategy, the High Needs Block, the Local Government Finance Settlement, County Hall and the Hadleigh "
        "North division are laws, papers, schemes, plans, funds, buildings and divisions: not listed.",
    ],
)

CABINET_MINUTES = WholeMinutes(
    name="cabinet-partner-minutes",
    body_class="cabinet-minutes",
    head="Cabinet - 10 March 2026",
    foot="Dunmere Borough Council",
    rows=[
        "# CABINET",
        "## Tuesday, 10th March, 2026",
        "Present:-",
        "Councillor Sarah Halloran (Chair)",
        "Councillors Bexley, Ormerod, Pitchford and Whitlock",
        "Non Voting Members: Councillors Fenwick and Gatley",
        "** 71. DECLARATIONS OF MEMBERS' AND OFFICERS' INTERESTS RELATING TO ITEMS ON THE AGENDA",
        "Councillor Ormerod declared an interest in Minute No. 74 as a trustee of Bridges CVS.",
        "** 72. APOLOGIES FOR ABSENCE",
        "Apologies for absence were received from Councillor Crane.",
        "** 73. MINUTES",
        "RESOLVED - That the minutes of the meeting of Cabinet held on 10 February 2026 be approved as a correct",
        "record and signed by the Chair.",
        "** 74. ADVICE AGENCY GRANT FUNDING",
        "The Cabinet Member for Health and Wellbeing presented a report seeking approval to phase out over two",
        "financial years the grants the Council provides to Dunmere Citizens Advice, Hallamshire Law Centre,",
        "Dunmere Unemployed Workers Centre and Bridges CVS.",
        "---",
        "The Overview and Performance Scrutiny Forum had considered the proposals on 24 February 2026.",
        "*RESOLVED -",
        "1. That the core advice agency grants to Dunmere Citizens Advice, Hallamshire Law Centre, Dunmere",
        "Unemployed Workers Centre and Bridges CVS be ceased from the financial year 2028/29.",
        "2. That future funding opportunities be considered should suitable external funding streams, such as the",
        "UK Shared Prosperity Fund, become available.",
        "REASONS FOR DECISIONS",
        "To respond to the financial position of the Council and enable delivery of the Budget Strategy.",
        "** 75. HOUSING DELIVERY PARTNERSHIP",
        "The Cabinet Member for Housing presented a report on a strategic partnership with Homes England and",
        "Pennine Moor Housing Association to build 240 homes at the former Brookside Depot. Dunmere Homes Ltd, the",
        "Council's wholly owned housing company, would act as developer.",
        "---",
        "*RESOLVED -",
        "1. That the Council enters into a memorandum of understanding with Homes England.",
        "2. That the Local Government Association be invited to carry out a peer review of the housing company's",
        "governance before the Planning Committee considers the outline application.",
        "** 76. TOWN CENTRE MASTERPLAN",
        "The Leader reported that the Sheffield City Region Mayoral Combined Authority had confirmed £4m towards the",
        "market hall and that Derwent Valley Wildlife Trust would advise on the riverside park.",
        "*RESOLVED - That the Town Centre Masterplan be adopted.",
    ],
    actions=[],
    people=[],
    organisations=[
        "Dunmere Borough Council",
        "Bridges CVS",
        "Dunmere Citizens Advice",
        "Hallamshire Law Centre",
        "Dunmere Unemployed Workers Centre",
        "Overview and Performance Scrutiny Forum",
        "Homes England",
        "Pennine Moor Housing Association",
        "Dunmere Homes Ltd",
        "Local Government Association",
        "Planning Committee",
        "Sheffield City Region Mayoral Combined Authority",
        "Derwent Valley Wildlife Trust",
    ],
    notes=[
        "The Cabinet is the meeting's own committee: not listed.",
        "The UK Shared Prosperity Fund, the Budget Strategy, the Town Centre Masterplan, Brookside Depot and the "
        "market hall are funds, plans and places: not listed.",
    ],
)

AMENDMENTS_PACK = WholeMinutes(
    name="budget-amendments-pack",
    body_class="budget-amendments",
    head="Council - 19 February 2026 - Budget amendments",
    foot="Harbourside Borough Council",
    rows=[
        "# Harbourside Borough Council",
        "## Amendments to the 2026/27 Budget with responses from the Section 151 Officer",
        "Eight amendments have been received under Council Procedure Rule 3.1.16.4. Each is printed as submitted",
        "with the Section 151 Officer's response on its effect on the budget.",
        "** Amendment 1 - Community Grants",
        "Proposed by Councillor Tamsin Riley, seconded by Councillor Hugh Osei (Green Group).",
        "That £40,000 be added to the community grants budget, of which £15,000 be paid to Harbourside Citizens",
        "Advice and £10,000 to Age UK Harbourside, funded from the Business Rates Volatility Reserve.",
        "Response of the Section 151 Officer: the reserve can fund this for one year only.",
        "** Amendment 2 - Parish Support",
        "Proposed by Councillor Derek Marsh, seconded by Councillor Anita Cole (Independent Group).",
        "That the Council commissions the Eastshire Association of Local Councils to provide training to parish",
        "and town councils, at a cost of £8,000.",
        "---",
        "Response of the Section 151 Officer: no objection; the Policy and Resources Committee would oversee it.",
        "** Amendment 3 - Leisure",
        "Proposed by Councillor Mark Bristow, seconded by Councillor Jo Fenn (Conservative Group).",
        "That the management fee paid to Harbourside Leisure Trust be held at its 2025/26 level and that the Council",
        "asks Sport England for match funding for the Tideway pool.",
        "Response of the Section 151 Officer: the contract with the trust allows an inflation uplift; holding the fee",
        "would need the trust's agreement.",
        "** Amendment 4 - Rural Transport",
        "Proposed by Councillor Tamsin Riley, seconded by Councillor Hugh Osei (Green Group).",
        "That £25,000 be granted to Isle Community Transport to keep the dial-a-ride service, subject to",
        "Eastshire County Council maintaining its contribution.",
        "---",
        "Response of the Section 151 Officer: affordable from the Community Infrastructure Levy admin share.",
        "** Amendment 5 - Housing",
        "Proposed by Councillor Derek Marsh, seconded by Councillor Anita Cole (Independent Group).",
        "That the Council pays £30,000 to Shelter to run a tenancy sustainment pilot with Moat Homes.",
        "Response of the Section 151 Officer: the pilot would be funded from the Homelessness Prevention Grant.",
        "** Amendment 6 - Food Waste",
        "Proposed by Councillor Mark Bristow, seconded by Councillor Jo Fenn (Conservative Group).",
        "That the start of weekly food waste collections by Biffa be deferred until the Department for Environment,",
        "Food and Rural Affairs confirms new burdens funding.",
        "Response of the Section 151 Officer: the Environment Act 2021 sets the start date; deferral is not lawful.",
    ],
    actions=[],
    people=[],
    organisations=[
        "Harbourside Borough Council",
        "Green Group",
        "Harbourside Citizens Advice",
        "Age UK Harbourside",
        "Independent Group",
        "Eastshire Association of Local Councils",
        "Policy and Resources Committee",
        "Conservative Group",
        "Harbourside Leisure Trust",
        "Sport England",
        "Isle Community Transport",
        "Eastshire County Council",
        "Shelter",
        "Moat Homes",
        "Biffa",
        "Department for Environment, Food and Rural Affairs",
    ],
    notes=[
        "Reserves, grants, the Community Infrastructure Levy, the Environment Act 2021 and the Tideway pool are funds, "
        "levies, laws and places: not listed. Generic 'parish and town councils' is not listed.",
        "The Section 151 Officer is a post, not an organisation.",
    ],
)

COUNCIL_FRONTSHEET = WholeMinutes(
    name="council-agenda-frontsheet",
    body_class="council-summons",
    head="Council - Wednesday 25 March 2026",
    foot="Portsdown Borough Council",
    rows=[
        "# PORTSDOWN BOROUGH COUNCIL",
        "## COUNCIL",
        "Wednesday 25 March 2026 at 7.00 pm, Council Chamber, Civic Offices, Portsdown",
        "To: All Members of the Council",
        "Conservative Group: Councillors Ainsworth, Bream, Colley, Dorrington, Eyles, Frost and Gale",
        "Liberal Democrat Group: Councillors Harte, Iqbal, Jessop and Kemble",
        "Labour Group: Councillors Lamb and Moreton",
        "Independent Group: Councillors Nuttall and Oakes",
        "Contact: Democratic Services, 023 9244 0000, democratic.services@portsdown.example.gov.uk",
        "** AGENDA",
        "** 1 Apologies for Absence",
        "** 2 Declarations of Interests",
        "** 3 Minutes (Pages 1 - 12)",
        "To approve the minutes of the meeting of the Council held on 21 January 2026.",
        "---",
        "** 4 Mayor's Report",
        "To receive the Mayor's report, including the civic service with the Royal Navy and the Portsdown Sea",
        "Cadets.",
        "** 5 Leader's Report",
        "** 6 Recommendations from Cabinet (Pages 13 - 40)",
        "(a) Corporate Strategy 2026-2030",
        "(b) Solent Freeport governance: appointment to the board of Solent Freeport Company Ltd",
        "** 7 Recommendations from the Licensing Committee (Pages 41 - 48)",
        "Statement of Gambling Policy 2026-2029",
        "** 8 Report of the Standards Committee (Pages 49 - 54)",
        "** 9 Questions under Standing Order 11",
        "---",
        "** 10 Motions",
        "(a) Proposed by Councillor Harte, seconded by Councillor Iqbal: 'This Council asks Southern Water and the",
        "Environment Agency to report on storm overflows at Langstone Harbour to the Scrutiny Board.'",
        "(b) Proposed by Councillor Lamb, seconded by Councillor Moreton: 'This Council thanks Hampshire and Isle",
        "of Wight Fire and Rescue Service for its response to the Fratton fire.'",
        "** 11 Exclusion of the Public",
        "Gill Kneller, Chief Executive, 17 March 2026",
    ],
    actions=[],
    people=[],
    organisations=[
        "Portsdown Borough Council",
        "Conservative Group",
        "Liberal Democrat Group",
        "Labour Group",
        "Independent Group",
        "Democratic Services",
        "Royal Navy",
        "Portsdown Sea Cadets",
        "Solent Freeport Company Ltd",
        "Licensing Committee",
        "Standards Committee",
        "Southern Water",
        "Environment Agency",
        "Scrutiny Board",
        "Hampshire and Isle of Wight Fire and Rescue Service",
    ],
    notes=[
        "'Council' is the meeting's own body (Portsdown Borough Council, listed). The Cabinet is the executive whose "
        "recommendations come to Council: not listed outside minutes, as the Kent report and pack golds have it.",
        "The Corporate Strategy, the Statement of Gambling Policy, Standing Order 11, the Civic Offices and Langstone "
        "Harbour are plans, rules and places: not listed. 'Solent Freeport' alone is a designated area; its "
        "company is listed.",
    ],
)

SCRUTINY_REPORT = WholeMinutes(
    name="district-scrutiny-report",
    body_class="scrutiny-report",
    head="Overview & Scrutiny Committee - 21 January 2026",
    foot="Saltmere District Council",
    rows=[
        "# Saltmere District Council",
        "## Community Call for Action - Homelessness",
        [(56, "Executive Summary", True), (200, "A councillor has made a Community Call for Action on homelessness.")],
        [(56, "Options considered", True), (200, "Options (a) to (f) in paragraph 3.")],
        [(56, "Consultation(s)", True), (200, "Saltmere Housing Association; Eastmere County Council")],
        [(56, "Recommendations", True), (200, "That the Committee decides which option to take.")],
        [(56, "Cabinet Member(s)", True), (200, "Cllr W Fairweather, Housing and Peoples' Services")],
        [(56, "Ward(s) affected", True), (200, "All")],
        [(56, "Contact Officer", True), (200, "Nicola Baird, Housing Options Manager")],
        "** 1. Introduction",
        "1.1 Councillor Dr Rosalind Hale has asked the Committee to consider a Community Call for Action under the",
        "Police and Justice Act 2006 about rising homelessness in coastal wards.",
        "1.2 The number of households in temporary accommodation has doubled since 2023, and the Ministry of Housing,",
        "Communities and Local Government has confirmed a smaller Homelessness Prevention Grant for 2026/27.",
        "---",
        "** 2. Background",
        "2.1 The Council meets its duties under the Homelessness Reduction Act 2017 with partners: Saltmere Housing",
        "Association, Harbour Lights Foundation (which runs the Cromer Road hostel), Shelter and the Eastmere",
        "Integrated Care Board. Eastmere Constabulary refers rough sleepers through the outreach team.",
        "2.2 The Cabinet agreed the Homelessness and Rough Sleeping Strategy in 2024; the Rough Sleeper Initiative",
        "funds two outreach workers.",
        "** 3. Options",
        "3.1 The Committee may (a) take no action; (b) ask the Cabinet to respond; (c) hold a themed meeting with",
        "Saltmere Housing Association and Harbour Lights Foundation; (d) refer the matter to the Eastmere Health",
        "Overview and Scrutiny Committee; (e) set up a task and finish group; or (f) write to the local MP.",
        "---",
        "** 4. Financial and Legal Implications",
        "4.1 Option (c) could be met from existing budgets. The Local Government Association offers free advice",
        "on scrutiny reviews of housing.",
        "** 5. Conclusion",
        "5.1 The Committee is asked to choose an option. A response will be sent to Councillor Hale within 28 days.",
    ],
    actions=[],
    people=[],
    organisations=[
        "Saltmere District Council",
        "Saltmere Housing Association",
        "Eastmere County Council",
        "Ministry of Housing, Communities and Local Government",
        "Harbour Lights Foundation",
        "Shelter",
        "Eastmere Integrated Care Board",
        "Eastmere Constabulary",
        "Eastmere Health Overview and Scrutiny Committee",
        "Local Government Association",
    ],
    notes=[
        "The Overview & Scrutiny Committee is the report's own committee: not listed; the Cabinet (the executive) "
        "is not listed in a report, as the Kent report golds have it.",
        "The Police and Justice Act 2006, the Homelessness Reduction Act 2017, the Homelessness Prevention Grant, "
        "the Homelessness and Rough Sleeping Strategy, the Rough Sleeper Initiative and the Cromer Road hostel are "
        "laws, grants, plans, programmes and buildings: not listed; 'the outreach team' is generic.",
    ],
)

PLAN_PROGRESS = WholeMinutes(
    name="corporate-plan-progress",
    body_class="plan-progress-report",
    head="Corporate Plan progress report - Quarter 3 2025/26",
    foot="Royal Borough of Thamesfield",
    rows=[
        "# Royal Borough of Thamesfield",
        "## Corporate Plan 2024-2029: progress report, Quarter 3 2025/26",
        "** 1. Summary",
        "Of the 64 Corporate Plan actions, 41 are on track, 15 are complete and 8 are delayed. We cannot deliver the",
        "plan alone: this quarter's progress was made with our residents, parishes, the voluntary and community",
        "sector, statutory partners and delivery partners.",
        "** 2. Thriving Communities",
        "2.1 With the Thamesvale Integrated Care Board and Kids First Trust we opened two family hubs. Carewell Ltd,",
        "our adult social care company, cut hospital discharge delays by 18%.",
        "2.2 Thamesfield Voluntary Action distributed £120,000 from the Household Support Fund through 23 food banks.",
        "---",
        "2.3 Partners delivering the Cost of Living programme this quarter:",
        "- Thamesfield Citizens Advice",
        "- Vale Community Foundation",
        "- Riverside Valley Police",
        "- Thames Credit Union",
        "** 3. Inspiring Places",
        "3.1 Homes England approved £6.2m for the Broad Street regeneration; Radian Group will deliver 96",
        "affordable homes. The Environment Agency began the Datchworth flood alleviation scheme.",
        "3.2 Thamesfield Chamber of Commerce and the Thames Valley Local Enterprise Partnership ran a skills fair",
        "with Thamesfield College and the University of Reading.",
        "---",
        "** 4. A Council trusted to deliver its promises",
        "4.1 The Local Government Association's corporate peer challenge in November praised the Climate Strategy.",
        "4.2 Delayed actions are reported to the Corporate Overview and Scrutiny Panel and to Cabinet each quarter.",
        "** 5. Delayed actions",
        "5.1 The Active Travel Plan: awaiting Active Travel England's funding decision.",
        "5.2 The Leisure Strategy: the procurement with Everyone Active was paused in December.",
    ],
    actions=[],
    people=[],
    organisations=[
        "Royal Borough of Thamesfield",
        "Thamesvale Integrated Care Board",
        "Kids First Trust",
        "Carewell Ltd",
        "Thamesfield Voluntary Action",
        "Thamesfield Citizens Advice",
        "Vale Community Foundation",
        "Riverside Valley Police",
        "Thames Credit Union",
        "Homes England",
        "Radian Group",
        "Environment Agency",
        "Thamesfield Chamber of Commerce",
        "Thames Valley Local Enterprise Partnership",
        "Thamesfield College",
        "University of Reading",
        "Local Government Association",
        "Corporate Overview and Scrutiny Panel",
        "Active Travel England",
        "Everyone Active",
    ],
    notes=[
        "Thriving Communities, Inspiring Places and the Cost of Living programme are objectives and programmes; "
        "the Household Support Fund, the Climate Strategy, the Active Travel Plan, the Leisure Strategy and the "
        "Datchworth flood alleviation scheme are funds, plans and schemes: not listed. Generic partners "
        "('parishes', 'statutory partners', 'food banks') are not listed; nor is the Cabinet (the executive the "
        "report goes to), as the Kent report golds have it.",
    ],
)

DOCUMENTS = [COUNTY_BUDGET, CABINET_MINUTES, AMENDMENTS_PACK, COUNCIL_FRONTSHEET, SCRUTINY_REPORT, PLAN_PROGRESS]

# Classes this round leaves (strict: each document must still fall short in organisations).
NOT_PERFECT: dict[str, str] = {
    "cabinet-partner-minutes": "the minute heading '75. HOUSING DELIVERY PARTNERSHIP' (capitals) is read as a body by "
    "the heading rule; whether an item titled after a partnership names it is arguable (gold: the item's subject)",
    "district-scrutiny-report": "the running head 'Overview & Scrutiny Committee - 21 January 2026' names the report's "
    "own committee, but the document facts (segment/) find none, so it is kept; the cover cell 'Cllr W Fairweather, "
    "Housing and Peoples' Services' (a portfolio) reads as an attendee's body",
}


def _params() -> list:
    return [
        pytest.param(
            d,
            id=d.name,
            marks=[pytest.mark.xfail(strict=True, reason=NOT_PERFECT[d.name])] if d.name in NOT_PERFECT else [],
        )
        for d in DOCUMENTS
    ]


@pytest.mark.parametrize("document", _params())
def test_every_organisation_and_nothing_else(document: WholeMinutes, tmp_path: Path) -> None:
    figures = scored(document, tmp_path)["organisations"]
    assert (figures["precision"], figures["recall"]) == (1.0, 1.0)
