"""Round 34 (issue #6: organisations are the weakest section): bodies named in boards' and councils' minutes -
NHS commissioners and trusts, police and community-safety panels, drainage boards and their partners (corpus/gold/
README.md: named organisations and bodies count, generic words, posts, places, events, documents, funds and
programmes do not; the body holding the meeting is left out).

Five classes of shape:

1. NHS bodies in a commissioner's reports: trusts with their initials in brackets, a regulator's inspection, a private
   hospital before a dash, a clinical commissioning group replaced by an integrated care board, "NHS <place>", GP
   surgeries (not a councillor's surgery), "NHS" beside a surgery whose initials it spells.
2. A panel's members and the bodies they come from: "Name Post, Body (Initials)", "Name Panel member - Body",
   "Name Panel member - Body (Charity)", a force after a team's initials; a resident of a place is no body.
3. Drainage boards, flood partners and firms: boards in brackets after an apology, a borough council that appointed
   a member, a firm "Limited (INITIALS)" before a contract's title, an estate, a water company that confirmed, the
   Environment Agency and Defra, a national association's initials.
4. Firm and group shapes the dev minutes print (each with other words): "<Name> and <Name> of <Place>" (a firm of
   two surnames and its town), "<Place> Castle Estate", "<Capitals> Local will arrange", "Live <Place>" given a
   grant, "<Place> Water Watch", "Unity bank" in lower case,
   "<Words> Elder Voice Newsletter", "appointment of <Firm> as the society’s auditor", "the <Name> organization",
   "<Trust> Hospitals Foundation Year Doctor", "<CAPITALS> Membership Fee" with no "£".
5. What is no body: a management plan and its initials, a contract's title, a pumping station, a lodge used as a
   venue, schemes, GP practices, an infection's initials, an information system, a programme, panels in general,
   a school's pupil voice, a person appointed auditor.

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed (national bodies kept, as earlier suites keep the Local Government Association):

- https://docslib.org/doc/12664562/cqg-committee-report-for-the-meeting-held-on-28th-june-2017 (NHS Coventry and Rugby CCG, Clinical, Quality and Governance Committee: "The Committee received the reports for Coventry and Warwickshire Partnership NHS Trust (CWPT), University Hospitals Coventry and Warwickshire NHS Trust (UHCW), Care Homes and other providers", "BMI Meriden - the action plan following the Care Quality Commission (CQC) inspection in May 2016 has been shared with the CCG", "Virgin Healthcare, City of Coventry Walk in Centre: the walk in centre will become a Child Protection Information System pilot site", "South Warwickshire NHS Foundation Trust (SWFT) and George Eliot Hospital NHS Trust (GEH) each reported two incidents", "the CCG to advise GP Practices about the improved performance", "the CCG achieved its target of zero MRSA bacteraemia")
- https://www.straightfromthehart.net/single-post/don-t-forget-patients-and-the-public (Hart, on the Kent and Medway integrated care system: "I was informed that our ICS is simply to be called NHS Kent & Medway", "the Kent and Medway Clinical Commissioning Group has been replaced with the NHS Kent and Medway Integrated Care Board")
- https://docsbay.net/safer-neighbourhood-panel-meeting-cannock-chase-district (Cannock Chase Safer Neighbourhood Panel: "Jan Matthews Community Liaison Officer, Support Staffordshire Cannock Chase (Chase CVS)", "Sgt. Tracy McKenzie Cannock LPT, Staffs Police", "Laura Fletcher Panel member - Staffordshire University Academy", "Toni-Marie Foster Panel member - Rugeley Y.M.C.A.(Charity)", "Becki Evans Prospective panel member - Nova Training (Business)", "Junaid Gharda Head of Policy, Performance and Assurance, OPCC", "John Allen Panel member - Cannock resident", "Cllr. Geoff Martin Panel member – Staffordshire County Council", "invigorating the Neighbourhood Watch Schemes")
- http://lincolnshire.moderngov.co.uk/ieListDocuments.aspx?CId=128&MId=4426&Ver=4 (Lincolnshire County Council, Flood and Drainage Management Scrutiny Committee: "Apologies for absence were received from Councillor A Bridges, District Councillor D Jackson, Sam Markillie (South Holland Internal Drainage Board) and David Sisson (Lindsey Marsh Drainage Board", "he now represented the County Council on the Local Government Association's Coastal Group")
- https://docslib.org/doc/9316831/minutes-and-report-extracts (Broads (2006) Internal Drainage Board: "Mr Brian Lawn had been appointed by the Great Yarmouth Borough Council as the replacement for Mr Graham Carpenter", "Broadland Environmental Services Limited (BESL) Maintenance of Flood Defences Contract Expiry 2021", "the Somerton Water Level Management Plan (WLMP) review, due to his connections with the Burnley Hall Estate", "the report included within the Operations Report concerning Repps Pumping Station bridge refurbishment")
- https://docslib.org/doc/6339091/your-ref-gm-lp-139-1-1413 (Hundred Foot Washes Internal Drainage Board: "Defra have agreed to the adoption of modified standing orders", "the adapted set of the new model orders, as supplied by ADA")
- https://docslib.org/doc/7049794/ramsey-upwood-and-great-raveley-internal-drainage-board (Ramsey Upwood and Great Raveley Internal Drainage Board: "he had been in contact with Cambridge Water who had confirmed that they would be returning to the site to reinstate the fence line")
- https://docslib.org/doc/3210984/benwick-internal-drainage-board (Benwick Internal Drainage Board: "At a Meeting of the Benwick Internal Drainage Board held at the Lakeside Lodge, Pidley on Thursday the 10th June 2019")
- https://studylib.net/doc/5895657/minutes---witham-fourth-district-internal-drainage-board (Witham Fourth District Internal Drainage Board: "Jean Venables was standing down as Chief Executive of the National body of ADA", "a copy of the reply from the Environment Agency, via Dan Rogerson, Parliamentary Undersecretary of State at DEFRA was circulated to members")
- https://estatedocbox.com/Buying_and_Selling_Homes/99604894-Appendix-a-the-homes-and-communities-agency-grant-funding-conditions-under-the-affordable-homes-programme.html (The Homes and Communities Agency's funding conditions: "all allocations made under the Affordable Homes Programme (AHP)", "the Homes and Communities investment powers within Greater London pass to the Greater London Authority (GLA)")

Class 4 keeps the shapes of dev minutes' names that stop 29 left unread ("Hewitson and Harker of Kirkby Stephen",
"Ayton Castle Estate", "SB Local will arrange", "Live Borders", "Water Watch", "Unity bank", "SB Elder Voice
Newsletter", "the appointment of Larking Gowen as the society's auditor", "now the River Keepers organization", the dev Kent
ICS measures' "Maidstone and Tunbridge Wells Hospitals Foundation Year Doctor", the dev Milburn annual return's
"CALC Membership Fee", the dev Ayton 2017 minutes' "RAGES – it was agreed to renew the CC's annual subscription",
the tune Kent questions' "the NHS" and "at New Hayesbank Surgery") with
other words; no
case copies their words. Names are compared as `agendaparse eval` compares them (sets after `evaluate.norm_name`).

Written before the fixes of round 34: 29 of 46 cases and checks passed on the code before them; after, 40 passed and 6
strict xfails (bodies with no head word: a private hospital's capitals, a body before its initials, a firm after
"panel member -", initials inside a post, "Live <Place>", "<Capitals> Local will arrange" - round 33's xfail). Cases
added with later fixes (each checked to fail without its fix where it names a body): "the City of <Place> and <Body>
of" (no firm of partners), hospitals before a foundation year, capitals before a membership fee, GP surgeries and
councillors' surgeries, "NHS" beside a surgery its initials spell, capitals before a dash and a subscription, a local
radio station (the dev Kent corporate parenting minutes' "a radio interview with Radio Kent"), and nine hostile lines:
58 passed, 6 strict xfails.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from minutes_page import organisations_beside_body


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


def _check(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    found = organisations_beside_body(paragraphs)
    assert {norm_name(name) for name in wanted} <= found, sorted(found)
    assert not {norm_name(name) for name in absent} & found, sorted(found)


# --- class 1: NHS bodies in a commissioner's reports ----------------------------------------------------------------
NHS = [
    case(
        [
            "1. Quality, Safety and Governance Provider reports: The Committee received the reports for Ashford and "
            "Wexley Partnership NHS Trust (AWPT), University Hospitals Ashford and Wexley NHS Trust (UHAW), Care Homes "
            "and other providers."
        ],
        {"Ashford and Wexley Partnership NHS Trust", "University Hospitals Ashford and Wexley NHS Trust"},
        {"Care Homes"},
        "trusts-with-initials",
    ),
    case(
        [
            "BMI Harwood - the action plan following the Care Quality Commission (CQC) inspection in May 2023 has "
            "been shared with the CCG."
        ],
        {"Care Quality Commission", "BMI Harwood"},
        set(),
        "regulator-and-private-hospital-before-a-dash",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a private hospital named by a group's capitals and a place ('BMI Harwood') before a dash has no"
            " head word; capitals and a place also open a heading's words",
        ),
    ),
    case(
        [
            "The Committee noted that East Wexley NHS Foundation Trust (EWFT) and Gorton Hospital NHS Trust (GHT) "
            "each reported two incidents involving the CCG's patients."
        ],
        {"East Wexley NHS Foundation Trust", "Gorton Hospital NHS Trust"},
        set(),
        "foundation-trust-and-hospital-trust",
    ),
    case(
        ["Brightwell Healthcare, City of Ashford Walk in Centre: the walk in centre will become a pilot site."],
        {"Brightwell Healthcare"},
        set(),
        "healthcare-firm-before-a-comma",
    ),
    case(
        [
            "The Dorley and Fenwick Clinical Commissioning Group has been replaced with the NHS Dorley and Fenwick "
            "Integrated Care Board."
        ],
        {"Dorley and Fenwick Clinical Commissioning Group", "NHS Dorley and Fenwick Integrated Care Board"},
        set(),
        "ccg-replaced-by-icb",
    ),
    case(
        ["Patients of the Old Mill Surgery have been asked to register with the Brookside Surgery in Wexley."],
        {"Old Mill Surgery", "Brookside Surgery"},
        set(),
        "gp-surgeries",
    ),
    case(
        [
            "The NHS reported heavy demand on its hospitals this winter.",
            "A walk-in clinic for patients over 75 opened at Northgate Hill Surgery in March.",
        ],
        {"NHS", "Northgate Hill Surgery"},
        set(),
        "nhs-beside-a-surgery-of-its-initials",
    ),
    case(
        ["The next Ward Surgery will be held at the library; the Councillor Surgery on 3 May is cancelled."],
        set(),
        {"Ward Surgery", "Councillor Surgery"},
        "councillors-surgeries-are-no-body",
    ),
    case(
        ["I was informed that our ICS is simply to be called NHS Dorley & Fenwick."],
        {"NHS Dorley & Fenwick"},
        set(),
        "nhs-and-a-place",
    ),
    case(
        ["Action: the CCG to advise GP Practices about the improved performance related to urgent clinic letters."],
        set(),
        {"GP Practices"},
        "gp-practices-are-no-body",
    ),
    case(
        ["During 2023/24 the CCG achieved its target of zero MRSA bacteraemia."],
        set(),
        {"MRSA"},
        "infection-initials-are-no-body",
    ),
]

# --- class 2: a panel's members and the bodies they come from -------------------------------------------------------
PANEL = [
    case(
        ["Present", "Jan Morris Community Liaison Officer, Support Northshire Hadley Vale (Vale CVS)"],
        {"Support Northshire Hadley Vale"},
        {"Community Liaison Officer"},
        "post-then-body-then-initials",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a body with no head word after a post and a comma ('Support Northshire Hadley Vale (Vale CVS)') is "
            "read only by its initials in brackets; the words before them are not told from a place",
        ),
    ),
    case(
        ["Present", "Sgt. Tina McKay Hadley LPT, Northshire Police"],
        {"Northshire Police"},
        {"Tina McKay", "Hadley LPT, Northshire Police"},
        "team-then-police",
    ),
    case(
        ["Present", "Laura Fielding Panel member - Northshire University Academy"],
        {"Northshire University Academy"},
        {"Laura Fielding Panel"},
        "panel-member-dash-academy",
    ),
    case(
        ["Present", "Toni Forster Panel member - Rugton YMCA (Charity)"],
        {"Rugton YMCA"},
        {"Charity"},
        "panel-member-dash-charity",
    ),
    case(
        ["Apologies", "Becki Evers Prospective panel member - Nova Skills (Business)"],
        {"Nova Skills"},
        {"Business", "Becki Evers"},
        "prospective-member-dash-business",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a firm with no head word after 'panel member -' ('Nova Skills') is not told from a place or a "
            "person's other post; only '(Business)' is dropped",
        ),
    ),
    case(
        ["Present", "Junaid Gill Head of Policy, Performance and Assurance, OPCC"],
        {"OPCC"},
        {"Head of Policy", "Performance and Assurance"},
        "post-then-office-initials",
    ),
    case(
        ["Apologies", "Cllr. Geoff Marten Panel member – Northshire County Council"],
        {"Northshire County Council"},
        {"Geoff Marten Panel"},
        "panel-member-dash-council",
    ),
    case(
        ["Apologies", "John Allard Panel member - Hadley resident"],
        set(),
        {"Hadley", "Hadley resident"},
        "resident-of-a-place-is-no-body",
    ),
    case(
        [
            "Promoting localism and the local police force; engaging with the community for local input; invigorating "
            "the Neighbourhood Watch Schemes."
        ],
        set(),
        {"Neighbourhood Watch Schemes"},
        "schemes-are-no-body",
    ),
]

# --- class 3: drainage boards, flood partners and firms ------------------------------------------------------------
DRAINAGE = [
    case(
        [
            "Apologies for absence were received from Councillor A Bridge, District Councillor D Jackman, Sam Markham "
            "(North Fenwick Internal Drainage Board) and David Sisley (Eastmarsh Drainage Board)."
        ],
        {"North Fenwick Internal Drainage Board", "Eastmarsh Drainage Board"},
        set(),
        "boards-in-brackets-after-apologies",
    ),
    case(
        [
            "Councillor C Brewin requested that a note should be made in the minutes that he now represented the "
            "County Council on the Local Government Association's Coastal Group."
        ],
        {"Local Government Association"},
        set(),
        "association-possessive-group",
    ),
    case(
        [
            "02/24/01 The Chairman reported that Mr Brian Lane had been appointed by the Great Marston Borough Council "
            "as the replacement for Mr Graham Carter."
        ],
        {"Great Marston Borough Council"},
        {"Brian Lane"},
        "appointed-by-borough-council",
    ),
    case(
        ["05/24/02 Fenmarsh Environmental Services Limited (FESL) Maintenance of Flood Defences Contract Expiry 2027"],
        {"Fenmarsh Environmental Services Limited"},
        {"Maintenance of Flood Defences Contract", "Flood Defences Contract Expiry"},
        "limited-initials-before-a-contract",
    ),
    case(
        [
            "Mr J Chapple declared an interest in respect of all matters pertaining to the Somerby Water Level "
            "Management Plan (WLMP) review, due to his connections with the Burnham Hall Estate."
        ],
        {"Burnham Hall Estate"},
        {"Somerby Water Level Management Plan", "WLMP"},
        "estate-and-a-plan",
    ),
    case(
        ["Defra have agreed to the adoption of modified standing orders for a temporary period."],
        {"Defra"},
        set(),
        "department-initials-agreed",
    ),
    case(
        ["Members considered the adapted set of the new model orders, as supplied by ADA, which include two clauses."],
        {"ADA"},
        set(),
        "supplied-by-association-initials",
    ),
    case(
        [
            "The Chairman reported that he had been in contact with Fenwick Water who had confirmed that they would "
            "be returning to the site to reinstate the fence line."
        ],
        {"Fenwick Water"},
        set(),
        "water-company-confirmed",
    ),
    case(
        [
            "The Chairman had written to the local MP, and a copy of the reply from the Environment Agency, via Dan "
            "Rogers, Parliamentary Undersecretary of State at DEFRA was circulated to members."
        ],
        {"Environment Agency", "DEFRA"},
        {"Dan Rogers"},
        "agency-reply-via-department",
    ),
    case(
        ["Jean Venn was standing down as Chief Executive of the National body of ADA."],
        {"ADA"},
        {"National"},
        "national-body-of-initials",
        marks=pytest.mark.xfail(
            strict=True,
            reason="initials inside a post's words ('Chief Executive of the National body of ADA') are read as part of "
            "the post",
        ),
    ),
    case(
        [
            "The funding conditions apply to all allocations made under the Affordable Homes Programme (AHP); the "
            "investment powers within Greater London pass to the Greater London Authority (GLA)."
        ],
        {"Greater London Authority"},
        {"Affordable Homes Programme", "AHP", "Greater London"},
        "authority-and-a-programme",
    ),
]

# --- class 4: firm and group shapes the dev minutes print ----------------------------------------------------------
DEV_SHAPES = [
    case(
        ["The quotation from Dawson and Pryce of Appleby for the repairs to the wall was accepted."],
        {"Dawson and Pryce"},
        {"Appleby", "Dawson and Pryce of Appleby"},
        "two-surnames-of-a-town",
    ),
    case(
        ["The Secretary will write to the Coldstream Castle Estate about the footpath by the burn."],
        {"Coldstream Castle Estate"},
        set(),
        "castle-estate",
    ),
    case(
        ["Live Tweedside has been awarded a grant of £2,000 for the summer activities."],
        {"Live Tweedside"},
        set(),
        "live-and-a-place",  # passes since round 36 (the subject of "has been awarded")
    ),
    case(
        ["A representative of Eyemouth Water Watch reported on the sampling of the burn."],
        {"Eyemouth Water Watch"},
        set(),
        "water-watch",
    ),
    case(
        ["Standing orders are set up on Mutuo bank by the Clerk and approved by two signatories."],
        {"Mutuo bank"},
        set(),
        "unity-bank-lower-case",
    ),
    case(
        ["KT Local will arrange for a bench to be placed at the bus shelter on the main street."],
        {"KT Local"},
        set(),
        "capitals-local-will-arrange",  # passes since round 35 (a sentence's subject of "will arrange for")
    ),
    case(
        ["Placements: Ashford and Wexley Hospitals Foundation Year Doctor from August 2025 (4 months) – 3 per year"],
        {"Ashford and Wexley Hospitals"},
        {"Ashford and Wexley Hospitals Foundation"},
        "hospitals-before-foundation-year",
    ),
    case(
        ["Payments", "Precept 2700.00 WALC Membership Fee 106.00"],
        {"WALC"},
        {"WALC Membership Fee"},
        "capitals-membership-fee-without-pounds",
    ),
    case(
        ["Correspondence", "KAGES – the meeting agreed to renew the council’s yearly subscription of £20."],
        {"KAGES"},
        set(),
        "capitals-dash-subscription",
    ),
    case(
        ["There was a radio interview with Radio Wessex and a story run on the local news."],
        {"Radio Wessex"},
        set(),
        "local-radio-station",
    ),
    case(
        ["The Radio Station mast application was refused; BBC Radio Wessex covered the decision."],
        {"BBC Radio Wessex"},
        {"Radio Station", "Radio Wessex"},
        "radio-mast-and-bbc-station",
    ),
    case(
        ["The AGM Membership report was received."],
        set(),
        {"AGM"},
        "event-capitals-before-membership",
    ),
    case(
        ["19.10.04 Correspondence", "Northfield Elder Voice Newsletter"],
        {"Northfield Elder Voice"},
        {"Northfield Elder Voice Newsletter"},
        "voice-group-newsletter",
    ),
    case(
        ["The members were asked to consider the appointment of Lark Gowan as the society’s auditor for the year."],
        {"Lark Gowan"},
        set(),
        "firm-appointed-auditor",
    ),
    case(
        ["The river was cleaned up in the 1970s by a group of anglers, now the Stream Keepers organization."],
        {"Stream Keepers"},
        set(),
        "the-name-organization",
    ),
]

# --- class 5: what is no body ---------------------------------------------------------------------------------------
NOT_BODIES = [
    case(
        [
            "Mr F Sharpe declared an interest in the report concerning Repton Pumping Station bridge refurbishment, "
            "due to his involvement as pump attendant for Repton Pumping Station."
        ],
        set(),
        {"Repton Pumping Station"},
        "pumping-station",
    ),
    case(
        ["At a Meeting of the Board held at the Meadow Lodge, Colby on Thursday the 13th June 2024"],
        set(),
        {"Meadow Lodge"},
        "lodge-as-a-venue",
    ),
    case(
        ["The walk in centre will become a Child Protection Information System pilot site."],
        set(),
        {"Child Protection Information System"},
        "information-system-is-no-body",
    ),
    case(
        ["Matthew gave an overview of his vision for Safer Neighbourhood Panels across Northshire."],
        set(),
        {"Safer Neighbourhood Panels", "Northshire"},
        "generic-panels-are-no-body",
    ),
    case(
        ["The school council will lead the Pupil Voice survey this term."],
        set(),
        {"Pupil Voice"},
        "pupil-voice-is-no-body",
    ),
    case(
        ["The meeting agreed the appointment of Jane Hollis as the internal auditor for the year."],
        set(),
        {"Jane Hollis"},
        "person-appointed-auditor",
    ),
    case(
        ["The vacation of the street between the City of Ashford and Beacon of Hope of Ashford was approved."],
        set(),
        {"Ashford and Beacon"},
        "city-of-place-and-a-body",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), NHS)
def test_nhs_bodies(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), PANEL)
def test_panel_members_bodies(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), DRAINAGE)
def test_drainage_and_flood_partners(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), DEV_SHAPES)
def test_dev_shapes(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), NOT_BODIES)
def test_not_bodies(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)
