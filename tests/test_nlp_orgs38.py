"""Organisations round 38 (issue #6: organisations' recall on unseen documents): the stop-32 ruling on a council's own
service named as the actor ("KCC Highways will look to recover costs" is an organisation, as printed; a post or the
people of a service are not), the cases stop 32 left (a chief executive's office, a county housing authority named
"of the County of", long NHS trust names after a post, a Healthwatch named with a comma, "the Treasury", "No10" and
"Number 10"), and the bodies that minutes of genres earlier rounds barely drew print - Scottish integration joint boards
and health and social care partnerships, Welsh community councils, fire and rescue authorities, police and crime
panels, combined authorities, national park authorities, Irish county councils, Canadian townships, Australian shires
and New Zealand councils - and what is no body beside them (corpus/gold/README.md: named organisations and bodies
count; people, posts, places, streets, programmes, plans, documents, events and the meeting's own body do not).

Four classes of shape:

1. A council's own service as the actor (the stop-32 ruling): "<initials> Highways" as a subject or an owner of
   budgets; not a post ("the <initials> Highways Manager", "Director of Highways") nor a service's officers.
2. The cases stop 32 left: an office of a post as a body ("Chief Executive’s Office"), a housing authority "of the
   County of <Place>" as one body, a long NHS trust after a governor's post, "Healthwatch, <Place>" as one body, the
   Treasury, No10 and Number 10 as the government's centre; not a treasury strategy, a house numbered 10 nor an item.
3. Bodies of the genres: a health board after a non-executive's post, a national care body among partners, a forum
   after a person's initial and surname, a partnership by its initials ("<Place> HSCP"), the audit body of Wales, a
   Welsh community council by its Welsh name ("Cyngor Cymuned <Place>"), a national adult-learning body, fire
   and rescue services and their chiefs' council, a fire authority appointing to a combined authority's board, the
   Public Appointments Service, Uisce Éireann, a township's council, an Australian shire ("Shire of
   <Place>"), a group of agricultural societies, New Zealand's transport agency and rail company before a post.
4. What is no body: a non-executive's post, a GP representative, the Internal Auditors, a person written to, land near
   a farm, a cemetery meeting, a medal, a tower and a review, a commissioner's finance officer, the Cathaoirleach, a
   county hall's Irish name and its road, reports, a municipal act, a shire president, a shire's policy, a road,
   a land transport plan, a region named after an update, the meeting's own integration joint board, a police
   operation.

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed (national bodies kept):

- corpus/gold/tune (Kent written questions, 13 March 2025: "then KCC Highways will look to recover costs where
  possible", "I have asked the Highways Manager to contact you directly") and corpus/gold/dev (Kent budget risk
  register: "The asset management/rolling programmes for KCC Highways are annual budgets"); corpus/gold/README.md,
  stop 32
- https://content.govdelivery.com/accounts/CASMATEO/bulletins/3a1e258?reqfrom=share (San Mateo County Board of
  Supervisors, 11 June 2024: "Acting as the Governing Board of Commissioners for the Housing Authority of the County
  of San Mateo, conduct a public hearing", "the Children and Family Services Division of the San Mateo County Human
  Services Agency")
- https://moneylowdown.com/banking/court-minutes-from-2020-that-were-previously-redacted (Bank of England, Court
  minutes of 2020: "policy on access to cash was a Treasury responsibility", "Whether to set rules to maintain ATM
  availability in this context would be a matter for the Treasury", "After the NAO had left, Court briefly
  discussed the likely course of the review")
- https://vdocuments.site/agenda-item-2-south-lanarkshire-integration-joint-board-minutes-of-meeting-held.html (South
  Lanarkshire Integration Joint Board, 26 June 2018: "Chair: Philip Campbell, Non Executive Director, NHS Lanarkshire
  Board", "Partners G Bennie, VASLAN; … R Ormshaw, Scottish Care; Dr K McIntyre, GP Representative", "Apologies: …
  M Moncrieff, South Lanarkshire Health and Social Care Forum")
- https://committees.aberdeencity.gov.uk/ieIssueDetails.aspx?IId=61182&Opt=3 (Aberdeen City Integration Joint Board,
  23 March 2021: "the report from the Chief Officer, ACHSCP which presented an update on ACHSCP activities", "the
  winding down intentions and planning around Operation Snowdrop"), and
  https://scottishborders.moderngov.co.uk/ieListDocuments.aspx?CId=218&MId=4452&Ver=4 is cited by earlier suites;
  its "The HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD noted the action tracker" is kept here with other words
- https://cyngortalsarnau.co.uk/?p=267 (Talsarnau Community Council: "Councillors Annwen Hughes and Gwynfor Owen
  (Gwynedd Council)", "Audit Wales and the Internal Auditors had pointed out that the Council did not have an adequate
  website", "a website for the Council similar to that of Llanfair Community Council", "Land near Bron Trefor",
  "Cemetery Meeting – 17.6.24")
- https://www.cyngorharlech.co.uk/documents/minutes-of-harlech-community-council-meeting-on-07-06-21 (Harlech
  Community Council: "she had received a reply from Cath Hicks from Adult Learning Wales with regard to the above
  land") and https://aberdyfi-council.wales/category/council/minutes-archive/ (Aberdyfi Community Council: "Clerk
  emailed Planning department of SNPA asking if any planning permission would be needed for a drinking fountain")
- https://lga.moderngov.co.uk/mgAi.aspx?ID=6133 (LGA Fire Commission: "CFOA were proposing to become the National
  Fire Chiefs Council (NFCC)") and http://lga.moderngov.co.uk/mgAi.aspx?ID=8685 ("CFOA staff who had transferred to
  the West Midlands Fire and Rescue Service, while national resilience work was led by Merseyside Fire and Rescue
  Services", "the impact the Grenfell Tower had had on the NFCC")
- https://democracy.cambridgeshirepeterborough-ca.gov.uk/ieListDocuments.aspx?CId=141&MId=145&Ver=4 is cited by
  earlier suites; its "Note the appointment by Cambridgeshire and Peterborough Fire Authority of Councillor Edna Murphy
  as their representative on the Combined Authority Board" is kept here with other names
- https://www.clarecoco.ie/your-council/meetings/minutes/ccc-minutes/2024/oct/minutes-of-october-2024-adjourned-meeting-of-clare-county-council.html
  (Clare County Council, 14 October 2024: "Held in the Council Chamber, Áras Contae an Chláir, New Road, Ennis", "The
  Cathaoirleach, Cllr. A. O’Callaghan presided and welcomed the members", "Ann will cover the Rural Development
  Directorate while the Public Appointments Service undertakes the completion of a Director of Service panel")
- https://www.ireland-live.ie/news/nenagh-live/942647/tipperary-council-to-request-irish-water-officials-to-attend-public-meeting-of-local-authority.html
  ("A request for a face-to-face public meeting between Irish Water officials and Tipperary County Council’s 40 elected
  members", "call on Irish Water to accelerate the delivery of capital investment in the county") and
  https://docslib.org/doc/13913398/louth-county-council-s3 (Louth County Council, 19 April 2010: "the recommendations
  of the Conlon report and the Kinder Report as read out by him be written into the record")
- http://lawsdocbox.com/US_Government_Resources/117714510-Declaration-of-pecuniary-interest-councillor-hanson-declared-a-conflict-with-clerk-s-report.html
  (Township of Georgian Bay: "the Council of the Township of Georgian Bay deems it necessary to close this portion of
  the meeting", "section 239(2) of the Municipal Act, 2001")
- https://vdocuments.mx/minutes-november-2014-kentwagovau.html (Shire of Kent: "The Chair Person, the Shire
  President, Cr Crosby, declared the meeting opened") and https://docslib.org/doc/8923355/minutes-of-the-ordinary-meeting-of-the-murchison-shire-council
  (Murchison Shire Council, 20 May 2016: "Request for Donation – Mid West Group of Affiliated Agricultural Societies",
  "Review of Shire of Murchison Purchasing Policy", "held in the Council Chambers, Carnarvon Mullewa Road")
- https://www.readkong.com/page/shire-of-williams-minutes-ordinary-meeting-held-on-9388071 (Shire of Williams, 17
  April 2019; the disclaimer of a Western Australian shire's minutes: "No responsibility whatsoever is implied or
  accepted by the Shire of …")
- https://northland.infocouncil.biz/Open/2024/06/RTC_20240611_MIN_3535.HTM and
  https://northland.infocouncil.biz/Open/2025/04/RTC_20250401_AGN_3860_AT.htm (Northland Regional Transport
  Committee: "Waka Kotahi, Regional Communications and Engagement Manager, Connie Rowe", "KiwiRail, Acting Programme
  Director Northland, Lisa De Coek", "NZTA Waka Kotahi Update for Te Tai Tokerau", "Regional Land Transport Plan
  2021/2027 - National Funding Assistance Uptake Report")

Names are compared as `agendaparse eval` compares them.

Written before the fix: 25 of 46 tests passed on the code before it (45 cases and the hostile-lines test); after, 46
passed and no strict xfail. The fix: "<initials> Highways" is no longer the council's own unit (round 5's case flipped
to the stop-32 ruling, round 36's strict xfail removed) unless a post follows with no holder's name ("the KCC Highways
Manager will"; round 7's "Kent Highways Manager Toby Howe" keeps the service); "the Treasury" and "No10", "No 10",
"Number 10" standing apart are bodies; a body "of the County" takes the county's place after it ("Housing Authority of
the County of San Mateo", its board "of Commissioners for" it no body); "Healthwatch, City of X"; a holder's name
before a governor's post and a body, and a surname after a lone initial, are cut from the body; "Non Executive" before
a post is none; "HSCP" heads a name; a group "of … Societies" reads on; "Shire of X"; Welsh councils by their Welsh
names ("Cyngor Cymuned X", "Cyngor Gwynedd"); a person "from" a body in a reply's or a contact's slot is no body; "the
Integration Joint Board" unnamed is none; national bodies of Scotland, Wales, Ireland and New Zealand in
data/organisations.txt. Dev fast organisations 87.6 -> 87.8 (R 81.9 -> 82.4: the Transparency Board's "No 10" and
"No.10"; P 94.3 -> 94.1: the risk register's "KCC Highways", whose gold lists the unit as "Highways"), tune 92.5 -> 92.8
(the Kent questions' "KCC Highways"); people unchanged.

Cases added with a later fix (a council's social care service named as the actor: "Adult Social Care was working
more closely with …", the tune Kent questions' words; not a cabinet member's portfolio nor a director's post): 3 of 4
new cases passed before it; after, 50 passed and no strict xfail. Tune fast organisations 92.8 -> 93.1 (R 93.0 ->
93.6: the Kent questions' "Adult Social Care"), dev unchanged, people unchanged. The same questions' "Children’s
Services, who complete checks" is read on its page but dropped as the council's internal team
(_without_internal_teams: the page also prints "Our Children’s Services team"): left.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from minutes_page import check_organisations


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: a council's own service as the actor (stop 32) --------------------------------------------------------
OWN_SERVICES = [
    case(
        [
            "Therefore, should damage be identified as a direct result of the works, then HCC Highways will look to "
            "recover costs where possible."
        ],
        {"HCC Highways"},
        set(),
        "initials-highways-will-recover",
    ),
    case(
        ["The rolling programmes for HCC Highways are annual budgets and are not increased for inflation each year."],
        {"HCC Highways"},
        set(),
        "initials-highways-owns-budgets",
    ),
    case(
        ["I have asked the HCC Highways Manager to contact you directly once the dates have been finalised."],
        set(),
        {"HCC Highways Manager", "HCC Highways"},
        "initials-highways-manager-a-post",
    ),
    case(
        ["Highways officers will inspect the blocked gully on Mill Road next week."],
        set(),
        {"Highways officers", "Highways", "Mill Road"},
        "highways-officers-people",
    ),
    case(
        ["A referral is made to Children’s Services, who complete checks with other agencies."],
        {"Children’s Services"},
        set(),
        "childrens-services-who-complete-checks",
    ),
    case(
        ["I understood that Adult Social Care was working much more closely with the hospitals trust."],
        {"Adult Social Care"},
        set(),
        "adult-social-care-was-working",
    ),
    case(
        ["The Cabinet Member for Adult Social Care and Public Health will respond in writing."],
        set(),
        {"Adult Social Care", "Public Health"},
        "cabinet-member-for-a-service",
    ),
    case(
        ["The Director of Children’s Services will report to the next meeting."],
        set(),
        {"Children’s Services"},
        "director-of-a-service",
    ),
    case(
        ["I have asked the Director of Highways to look further into this."],
        set(),
        {"Director of Highways", "Highways"},
        "director-of-highways-a-post",
    ),
]

# --- class 2: the cases stop 32 left --------------------------------------------------------------------------------
LEFT_CASES = [
    case(
        ["In attendance: Mary Hope, Policy Officer, Chief Executive’s Office."],
        {"Chief Executive’s Office"},
        {"Mary Hope"},
        "chief-executives-office",
    ),
    case(
        [
            "Acting as the Governing Board of Commissioners for the Housing Authority of the County of San Lucas, "
            "conduct a public hearing."
        ],
        {"Housing Authority of the County of San Lucas"},
        {"Housing Authority of the County", "County of San Lucas", "Board of Commissioners"},
        "housing-authority-of-the-county-of",
    ),
    case(
        ["Colin Reid, Governor, Wessex and Downland University Hospitals NHS Foundation Trust, gave the report."],
        {"Wessex and Downland University Hospitals NHS Foundation Trust"},
        {"Governor, Wessex and Downland University Hospitals NHS Foundation Trust"},
        "long-trust-after-a-governor",
    ),
    case(
        ["Paul Soames, Healthwatch, City of Westbury, presented the progress report."],
        {"Healthwatch, City of Westbury"},
        {"City of Westbury"},
        "healthwatch-comma-place",
    ),
    case(
        ["Whether to set rules to maintain cash machines would be a matter for the Treasury."],
        {"Treasury"},
        set(),
        "a-matter-for-the-treasury",
    ),
    case(
        ["The draft would be cleared with No10 and the Treasury before publication."],
        {"No10", "Treasury"},
        set(),
        "cleared-with-no10",
    ),
    case(
        ["Number 10 had asked for a note on the options by Friday."],
        {"Number 10"},
        set(),
        "number-10-had-asked",
    ),
    case(
        ["The Treasury Management Strategy Statement for 2026/27 was approved."],
        set(),
        {"Treasury", "Treasury Management Strategy Statement"},
        "treasury-management-strategy",
    ),
    case(
        ["The owner of Number 10 Mill Lane had asked about the overhanging hedge."],
        set(),
        {"Number 10", "Number 10 Mill Lane", "Mill Lane"},
        "number-10-a-house",
    ),
    case(["Item Number 10 was deferred to the next meeting."], set(), {"Number 10"}, "item-number-10"),
]

# --- class 3: bodies of the genres ----------------------------------------------------------------------------------
GENRE_BODIES = [
    case(
        ["Chair: Philip Cameron, Non Executive Director, NHS Clydevale Board."],
        {"NHS Clydevale Board"},
        {"Non Executive", "Non Executive Director", "Philip Cameron"},
        "health-board-after-a-post",
    ),
    case(
        ["Partners: R Ormiston, Scottish Care; Dr K McIntosh, GP Representative."],
        {"Scottish Care"},
        {"GP Representative"},
        "national-care-body-among-partners",
    ),
    case(
        ["Apologies: M Moncur, North Clydevale Health and Social Care Forum."],
        {"North Clydevale Health and Social Care Forum"},
        {
            "M Moncur North Clydevale Health and Social Care Forum",
            "Moncur North Clydevale Health and Social Care Forum",
        },
        "forum-after-initial-and-surname",
    ),
    case(
        ["The Board had before it the report from the Chief Officer, Kirkmuir HSCP, which presented an update."],
        {"Kirkmuir HSCP"},
        set(),
        "partnership-by-its-initials",
    ),
    case(
        [
            "The Clerk reported that Audit Wales and the Internal Auditors had pointed out that the Council did not "
            "have an adequate website."
        ],
        {"Audit Wales"},
        {"Internal Auditors"},
        "audit-wales",
    ),
    case(
        ["A letter had been received from Cyngor Cymuned Llanfor about the shared website."],
        {"Cyngor Cymuned Llanfor"},
        set(),
        "welsh-community-council-name",
    ),
    case(
        [
            "The Clerk reported that she had received a reply from Cath Hughes from Adult Learning Wales with regard "
            "to the land."
        ],
        {"Adult Learning Wales"},
        {"Cath Hughes"},
        "person-from-a-national-body",
    ),
    case(
        [
            "CFOA staff had transferred to the Mercia Fire and Rescue Service, while resilience work was led by Wirral "
            "Fire and Rescue Services."
        ],
        {"CFOA", "Mercia Fire and Rescue Service", "Wirral Fire and Rescue Services"},
        set(),
        "fire-and-rescue-services",
    ),
    case(
        [
            "Note the appointment by Fenmoor Fire Authority of Councillor Edna Murray as their representative on the "
            "Combined Authority Board."
        ],
        {"Fenmoor Fire Authority"},
        {"Edna Murray", "Combined Authority Board"},
        "fire-authority-appoints-to-combined-authority",
    ),
    case(
        [
            "Ann will cover the Rural Development Directorate while the Public Appointments Service undertakes the "
            "completion of a Director of Service panel."
        ],
        {"Public Appointments Service"},
        set(),
        "public-appointments-service",
    ),
    case(
        [
            "A request is being made for a public meeting between Uisce Éireann officials and the Council’s elected "
            "members."
        ],
        {"Uisce Éireann"},
        set(),
        "uisce-eireann",
    ),
    case(
        [
            "The Council of the Township of Georgian Falls deems it necessary to close this portion of the meeting "
            "under section 239(2) of the Municipal Act, 2001."
        ],
        {"Township of Georgian Falls"},
        {"Municipal Act"},
        "township-closes-a-meeting",
    ),
    case(
        ["No responsibility whatsoever is implied or accepted by the Shire of Wilbury for any act or omission."],
        {"Shire of Wilbury"},
        set(),
        "shire-of-a-place",
    ),
    case(
        ["Request for Donation – Mid Coast Group of Affiliated Agricultural Societies"],
        {"Mid Coast Group of Affiliated Agricultural Societies"},
        {"Mid Coast Group"},
        "group-of-societies",
    ),
    case(
        ["Waka Kotahi, Regional Communications and Engagement Manager, Connie Rowe"],
        {"Waka Kotahi"},
        {"Regional Communications and Engagement Manager"},
        "transport-agency-before-a-post",
    ),
    case(
        ["KiwiRail, Acting Programme Director Northland, Lisa De Coek"],
        {"KiwiRail"},
        {"Acting Programme Director Northland"},
        "rail-company-before-a-post",
    ),
]

# --- class 4: what is no body ---------------------------------------------------------------------------------------
NOT_BODIES = [
    case(
        ["Land near Bron Trefan – it was agreed that the first step would be to try to purchase the piece of land."],
        set(),
        {"Bron Trefan"},
        "land-near-a-farm",
    ),
    case(
        ["Cemetery Meeting – 17.6.24: it was agreed that the minutes of the above meeting were correct."],
        set(),
        {"Cemetery Meeting"},
        "cemetery-meeting",
    ),
    case(
        ["Roy noted the impact the Grenfell Tower fire had had on the NFCC and its support for the Hackitt Review."],
        {"NFCC"},
        {"Grenfell Tower", "Hackitt Review"},
        "tower-and-review",
    ),
    case(
        ["The Panel noted that Mrs J Woods, the Commissioner’s Chief Finance Officer, had tendered her resignation."],
        set(),
        {"Commissioner’s Chief Finance Officer", "Chief Finance Officer", "J Woods"},
        "commissioners-finance-officer",
    ),
    case(
        ["The Cathaoirleach, Cllr. A. O’Connell, presided and welcomed the members."],
        set(),
        {"Cathaoirleach", "A. O’Connell"},
        "cathaoirleach-a-post",
    ),
    case(
        ["Held in the Council Chamber, Áras an Chontae, Church Road, Ballyduff and via MS Teams."],
        set(),
        {"Áras an Chontae", "Church Road", "MS Teams"},
        "county-hall-irish-name",
    ),
    case(
        ["The recommendations of the Conway report and the Kinsella Report were read into the record."],
        set(),
        {"Kinsella Report", "Conway"},
        "reports",
    ),
    case(
        ["The Chair Person, the Shire President, Cr Crosby, declared the meeting opened at 5.20 pm."],
        set(),
        {"Shire President", "Chair Person"},
        "shire-president-a-post",
    ),
    case(["Review of Shire of Murrin Purchasing Policy"], set(), {"Shire of Murrin Purchasing Policy"}, "shire-policy"),
    case(
        ["The meeting was held in the Council Chambers, Carnarvon Mullewa Road, Murrin."],
        set(),
        {"Carnarvon Mullewa Road", "Council Chambers"},
        "road-of-the-venue",
    ),
    case(
        ["Regional Land Transport Plan 2021/2027 - National Funding Assistance Uptake Report"],
        set(),
        {"Regional Land Transport Plan", "National Funding Assistance Uptake Report"},
        "land-transport-plan",
    ),
    case(["NZTA Waka Kotahi Update for Te Tai Tokerau"], set(), {"Te Tai Tokerau"}, "region-after-an-update"),
    case(
        ["The Integration Joint Board noted the action tracker."],
        set(),
        {"Integration Joint Board"},
        "own-integration-joint-board",
    ),
    case(
        ["Members were advised of the winding down intentions and planning around Operation Snowdrop."],
        set(),
        {"Operation Snowdrop"},
        "police-operation",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), OWN_SERVICES + LEFT_CASES + GENRE_BODIES + NOT_BODIES)
def test_orgs38(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)
