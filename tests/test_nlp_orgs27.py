"""Round 27 (issue #6): organisations named in the papers of bodies the corpus has not seen.

Six classes of shape (corpus/gold/README.md: named organisations and bodies count, generic words and roles do
not; the meeting's own committee is not one; an acronym printed with its full name is one entry, the full name):

1. Partner bodies in prose: police forces, fire and ambulance services, NHS bodies and the ICB, named after a
   person's role ("Ms B Reilly, NHS England") or as the subject of a sentence.
2. Regulators, inspectorates and government departments (Ofsted, the Charity Commission, HMRC, a funding agency,
   a department whose name holds a comma) and the schools they inspect.
3. Companies printed with a legal form ("Limited", "Ltd", "plc", "LLP", "CIC"), alone or two in a list.
4. Acronyms defined in brackets after the full name and used bare later: the full name is the one entry.
5. Voluntary groups, trusts, partnerships, forums and "Friends of" groups named in prose.
6. Lists and possessives: bodies in a comma list ("A, B and C"), after a person in brackets, or with "'s".

A regression test reads the dev Souldern 2023-08-31 minutes' action log (../shared/corpus/real, never copied): a
supplier named before the margin's initials of the action's owner ("with Kompan      AS", "AS to place ...").
Drawn cases keep the shape and phrasing of public pages of bodies not cited in tests/ before, with names, places
and numbers changed:

- https://democracy.manchester.gov.uk/ieListDocuments.aspx?CId=159&MeetingId=4299 (an Ofsted subgroup: "the recent
  Ofsted report for X Primary School, which had been judged as ...", "engaging with the Council and with the X
  multi-academy trust")
- https://democracy.anglesey.gov.uk/ieListDocuments.aspx?CId=138&MId=3073&Ver=4&LLL=0 (a charitable trust committee:
  "the charity funds are now administered by the private registered charity, X", grants to village bodies)
- http://kandatrustcouncil.blogspot.co.uk/2014/02/trust-council-minutes-for-january-2014.html ("a paper on the next
  stages for developing an Heritage Lottery Fund (HLF) bid")
- http://kennetavontrustnews.blogspot.com/2015/02/ was read for "The Charity Commission had rejected ... resubmitted
  to the Commission" (host already cited in tests/; no case copies it)
- http://charsfield.org.uk/word2/?page_id=588 (a parish meeting: "X – Consultation & Community Support Officer,
  (Rural, Affordable Housing) Suffolk ACRE", then "ACRE would provide the housing survey document")
- http://archive.angus.gov.uk/ccmeetings/minutes/Roads/1998/17.9.98.htm ("accept the lowest tender ..., being that
  submitted by X Limited in the amount of £...")
- https://cornwall.ac.uk/college-governance/board-reports-board-minutes ("the Education Skills Funding Agency (ESFA)
  which is the principal funder", "The Financial Memorandum with the ESFA")
- https://southwestlondon.icb.nhs.uk/about/board/about-our-board ("partner members NHS and Foundation Trusts", the
  ICB's board)
- https://hlsc.franktesting.co.uk/icsboard?ccm_order_by=fDateAdded&ccm_order_by_direction=desc&ccm_paging_fl=2
  ("councillor representatives from each of X County Council, Y County Council, Z with W Council", "NHS X ICB")
- http://www.letslinkuk.net/minutes/MinAug06.htm (trustees' funding subgroup: "a letter has already been drafted to
  the contact at the Lottery")
- http://www.purleigh.com/minutes-of-meetings/annual-parish-meeting-2017/ ("Mr X (Head of School, X Community
  Primary School)", "Mr Y (Chairman, X Playing Field Association)": a post, then the body, in brackets)
- http://www.stmarysbitteswell.co.uk/children/ ("St Mary’s CoE Primary School values the opinions of all children")
- https://www.gov.uk/government/publications/thirteenth-meeting-of-the-leadership-for-libraries-taskforce/minutes-of-the-thirteenth-meeting-of-the-libraries-taskforce
  ("X - Warwickshire Library Service, and Society of Chief Librarians’ lead", services named by their kind)
- https://www.lgo.org.uk/decisions/adult-care-services/residential-care/22-010-680 (an ombudsman's decision: "the
  care home ... managed by X Care Homes Limited (‘the Care Provider’)"); https://democracy.darlington.gov.uk/mgAi.aspx?ID=11276
  was read for "the Local Government and Social Care Ombudsman (LGSCO) and the Housing Ombudsman Service (HOS)" (host
  already cited in tests/; the case below keeps only that list shape)
- https://www.clatterbridgecc.nhs.uk/about-centre/corporate-matters/meetings ("The Trust Board meets at least
  bimonthly", "Board of Directors": an NHS trust's own board named with the trust)
- http://www.sheptonbeauchamp.org.uk/doku.php?id=neighbourwatch:2010mar (a Neighbourhood Watch meeting: "PCSO X in
  South Petherton has spoken to individuals", "the NHW Steering Group meeting")

Names are compared as `agendaparse eval` compares them (sets after `evaluate.norm_name`).
"""

from __future__ import annotations

import pytest

from agendaparse.evaluate import norm_name
from conftest import needs_shared
from minutes_page import minutes_page, organisations_on_page
from tune_cases import extracted

BODY = "Ashcombe Vale Community Trust"
HEADING = [BODY, "Minutes of the Trustees' Meeting", "Tuesday 9 April 2024 at 7.00pm, The Old School Room"]
MEMBERS = "Present: Ruth Coley (Chair), Owen Pryce, Helen Dunmore, Zara Jukes (Secretary)"


def organisations(paragraphs: list[str]) -> set[str]:
    """What the page names besides the body holding the meeting, normalised as eval compares names."""
    found = organisations_on_page(minutes_page([*HEADING, MEMBERS, *paragraphs]))
    return {norm_name(name) for name in found} - {norm_name(BODY)}


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: partner bodies in prose ------------------------------------------------------------------------------
PARTNERS = [
    case(
        ["PCSO Dan Mercer gave an update on behalf of Wessex Vale Constabulary; thefts from sheds had risen."],
        {"Wessex Vale Constabulary"},
        set(),
        "constabulary-after-on-behalf-of",
    ),
    case(
        ["Apologies for absence were received from Mr J Hawkes and Ms B Reilly, NHS England."],
        {"NHS England"},
        set(),
        "nhs-body-after-person-comma",
    ),
    case(
        [
            "The Board heard that funding the surgery space was the responsibility of the Integrated Care Board (ICB).",
            "The practice hopes to expand, subject to the ICB supporting that.",
        ],
        {"Integrated Care Board"},
        {"ICB"},
        "icb-defined-then-bare",
    ),
    case(
        ["Mr T Walsh, Chief Executive, Kelmscott Hospitals NHS Foundation Trust, presented the winter plan."],
        {"Kelmscott Hospitals NHS Foundation Trust"},
        {"Chief Executive"},
        "foundation-trust-after-role",
    ),
    case(
        [
            "Mr G Hale, Head of Ambulance Services, Northern Isles Ambulance Service, and Mr J Bain, Local Senior"
            " Officer, Northern Isles Fire and Rescue Service, were also in attendance."
        ],
        {"Northern Isles Ambulance Service", "Northern Isles Fire and Rescue Service"},
        set(),
        "ambulance-and-fire-after-roles",
    ),
    case(
        ["NHS Severnvale ICB will fund the new surgery; the ICB has asked the practice for its plans."],
        {"NHS Severnvale ICB"},
        {"NHS"},
        "local-icb-named-with-nhs-and-area",
    ),
    case(
        ["Cllr Ann Drew reported on the last meeting of the Westmere Police and Crime Panel and its precept."],
        {"Westmere Police and Crime Panel"},
        {"Crime Panel", "Westmere Police"},
        "police-and-crime-panel-one-body",
    ),
    case(
        ["The Trust Board of Westmere University Hospitals NHS Trust meets at least bimonthly."],
        {"Westmere University Hospitals NHS Trust"},
        {"Trust Board of Westmere University Hospitals NHS Trust", "Board of Westmere University Hospitals NHS Trust"},
        "trust-board-of-the-trust",
    ),
    case(
        ["Dr K Shah, Medical Director, Westmere and Eastbourne Hospitals NHS Trust, presented the report."],
        {"Westmere and Eastbourne Hospitals NHS Trust"},
        {"Shah, Medical Director, Westmere and Eastbourne Hospitals NHS Trust"},
        "name-post-then-trust",
    ),
    case(
        ["Westmere and Eastham Integrated Care Board's Chief Executive wrote to the council about the surgery."],
        {"Westmere and Eastham Integrated Care Board"},
        {"Chief Executive"},
        "possessive-body-before-its-post",
    ),
    case(
        ["Members thanked Dorrington Police for the speed checks and the Police and Crime Commissioner for the grant."],
        {"Dorrington Police"},
        {"Police and Crime Commissioner"},
        "police-force-and-commissioner-role",
    ),
]

# --- class 2: regulators, inspectorates, departments and schools --------------------------------------------------
REGULATORS = [
    case(
        [
            "The Subgroup considered the recent Ofsted report for Larkfield Primary School, which had been judged as",
            "requires improvement, and noted the school was working with the Aspen Learning Trust.",
        ],
        {"Ofsted", "Larkfield Primary School", "Aspen Learning Trust"},
        set(),
        "ofsted-school-academy-trust",
    ),
    case(
        [
            "The main regulator is the Education and Skills Funding Agency (ESFA), which is the principal funder.",
            "The Financial Memorandum with the ESFA sets out the conditions of funding.",
        ],
        {"Education and Skills Funding Agency"},
        {"ESFA", "Financial Memorandum"},
        "funding-agency-defined",
    ),
    case(
        [
            "The Charity Commission had rejected the revised charitable objects agreed at the AGM. A redraft has",
            "been resubmitted to the Commission.",
        ],
        {"Charity Commission"},
        {"Commission"},
        "charity-commission-then-commission",
    ),
    case(
        ["The Treasurer has registered the Trust with HMRC for Gift Aid and filed the return with Companies House."],
        {"HMRC", "Companies House"},
        {"Gift Aid"},
        "hmrc-and-companies-house",
    ),
    case(
        ["The Care Quality Commission rated Elmbank House as good; the report is on the CQC website."],
        {"Care Quality Commission"},
        {"CQC"},
        "cqc-full-name-then-acronym",
    ),
    case(
        ["St Mary's CoE Primary School values the opinions of all children and meets the parish council each term."],
        {"St Mary's CoE Primary School"},
        {"CoE Primary School"},
        "saint-possessive-school",
    ),
    case(
        [
            "Also present: Mr Neil Stott (Head of School, Harlowe Community Primary School) and Mr Ben Steel"
            " (Chairman, Harlowe Playing Field Association)."
        ],
        {"Harlowe Community Primary School", "Harlowe Playing Field Association"},
        {"Head of School"},
        "school-and-association-after-posts-in-brackets",
    ),
    case(
        [
            "The report set out the decisions of the Local Government and Social Care Ombudsman (LGSCO) and the"
            " Housing Ombudsman Service (HOS); the LGSCO upheld one complaint and the HOS none."
        ],
        {"Local Government and Social Care Ombudsman", "Housing Ombudsman Service"},
        {"LGSCO", "HOS", "Parliamentary and Health Service"},
        "ombudsmen-defined",
    ),
    case(
        ["A letter from the Department for Education confirmed the capital grant for the nursery."],
        {"Department for Education"},
        set(),
        "department-for",
    ),
]

# --- class 3: companies with legal forms ----------------------------------------------------------------------------
COMPANIES = [
    case(
        ["Trustees accepted the lowest tender, being that submitted by Carrick Surfacing Limited, of £25,583."],
        {"Carrick Surfacing Limited"},
        set(),
        "limited-after-submitted-by",
    ),
    case(
        ["The residential care home is managed by Mayflower Care Homes Limited (‘the Care Provider’)."],
        {"Mayflower Care Homes Limited"},
        {"Care Provider"},
        "limited-with-a-quoted-alias",
    ),
    case(
        ["Quotes were received from Fenwick Tree Care Ltd and R J Holt & Sons Ltd for the hedge works."],
        {"Fenwick Tree Care Ltd", "R J Holt & Sons Ltd"},
        set(),
        "two-ltd-in-a-list",
    ),
    case(
        ["The resurfacing contract was awarded to Westway Highways plc for a period of 24 months."],
        {"Westway Highways plc"},
        set(),
        "plc-after-awarded-to",
    ),
    case(
        ["The independent examination of the accounts was carried out by Harlow Croft LLP at a cost of £420."],
        {"Harlow Croft LLP"},
        set(),
        "llp-examiner",
    ),
    case(
        ["A grant of £500 was awarded to Greenstep CIC towards the community fridge."],
        {"Greenstep CIC"},
        set(),
        "community-interest-company",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'X CIC' is as often 'children in care' in council papers ('Kent CIC in the statutory school "
            "years', dev Kent corporate parenting minutes); the words alone do not tell the company",
        ),
    ),
]

# --- class 4: acronyms defined in brackets --------------------------------------------------------------------------
ACRONYMS = [
    case(
        [
            "Trustees considered a paper on the next stages for developing a Heritage Lottery Fund (HLF) bid for the",
            "mill; the HLF deadline is in May.",
        ],
        {"Heritage Lottery Fund"},
        {"HLF"},
        "lottery-fund-defined",
    ),
    case(
        ["Westfield Council for Voluntary Service (WCVS) will host the volunteer fair; WCVS will book the hall."],
        {"Westfield Council for Voluntary Service"},
        {"WCVS"},
        "cvs-defined",
    ),
    case(
        ["The Royal Society for the Protection of Birds (RSPB) advised on nest boxes; the RSPB will survey in June."],
        {"Royal Society for the Protection of Birds"},
        {"RSPB"},
        "society-for-the-defined",
    ),
    case(
        ["Directors of the Marcher Enterprise Partnership (MEP) noted that the MEP grant had been received."],
        {"Marcher Enterprise Partnership"},
        {"MEP"},
        "enterprise-partnership-defined",
    ),
    case(
        [
            "Sunita Oakes – Community Support Officer, (Rural, Affordable Housing) Norfolk ACRE, gave a presentation.",
            "ACRE would provide the housing survey document.",
        ],
        {"Norfolk ACRE"},
        set(),
        "acronym-body-with-place-after-role",
    ),
]

# --- class 5: voluntary groups, trusts, partnerships and forums ----------------------------------------------------
VOLUNTARY = [
    case(
        ["A presentation was received from the Wealden Heath Partnership on the heathland project."],
        {"Wealden Heath Partnership"},
        set(),
        "partnership-presentation",
    ),
    case(
        ["Representatives of the Kettlewell Youth Forum and the Dales Rural Transport Forum attended."],
        {"Kettlewell Youth Forum", "Dales Rural Transport Forum"},
        set(),
        "two-forums",
    ),
    case(
        ["Friends of Hollin Park have offered to plant bulbs along the path in the autumn."],
        {"Friends of Hollin Park"},
        set(),
        "friends-of-group",
    ),
    case(
        ["The charity funds are now administered by the registered charity, Cymdeithas Mon Trust, not the council."],
        {"Cymdeithas Mon Trust"},
        set(),
        "registered-charity-after-comma",
    ),
    case(
        ["A grant of £300 was agreed for the Brynmawr Village Hall Association towards new tables."],
        {"Brynmawr Village Hall Association"},
        set(),
        "village-hall-association",
    ),
    case(
        [
            "Mike reported on the NHW Steering Group meeting. PCSO Tess Hart in South Mardon has spoken to",
            "individuals thought to be involved.",
        ],
        set(),
        {"South Mardon", "PCSO Tess Hart", "Tess Hart"},
        "place-and-officer-not",
    ),
]

# --- class 6: lists and possessives ---------------------------------------------------------------------------------
LISTS = [
    case(
        [
            "Councillor representatives were nominated from each of Westmere County Council, Caldbeck County Council,",
            "Blackmoor with Darwent Council and Fylde Bay Council.",
        ],
        {"Westmere County Council", "Caldbeck County Council", "Blackmoor with Darwent Council", "Fylde Bay Council"},
        set(),
        "councils-comma-list",
    ),
    case(
        ["Funding came from the Arden Trust, the Pelham Foundation and Sport England."],
        {"Arden Trust", "Pelham Foundation", "Sport England"},
        set(),
        "funders-a-b-and-c",
    ),
    case(
        ["Kelworth District Council's planning team objected to the scheme; Dorrington Police's view was noted."],
        {"Kelworth District Council", "Dorrington Police"},
        set(),
        "possessive-bodies",
    ),
    case(
        ["Apology: Mr R Strachan (Lothwick Community Justice Authority), Mr G Wilson (Midvale Voluntary Action)."],
        {"Lothwick Community Justice Authority", "Midvale Voluntary Action"},
        set(),
        "bodies-in-brackets-after-people",
    ),
    case(
        ["Grants were awarded to Westbury Scouts, the Westbury Players and Westbury Bowls Club."],
        {"Westbury Players", "Westbury Bowls Club"},
        {"Westbury Players and Westbury Bowls Club"},
        "same-place-opens-two-names",
    ),
    case(
        ["Ayub Khan - Marshire Library and Archives Service, and the Society of Chief Librarians sent a paper."],
        {"Marshire Library and Archives Service", "Society of Chief Librarians"},
        {"Archives Service"},
        "service-kinds-share-one-head",
    ),
    case(
        ["£11,500 be awarded from the Community Grants Budget to continue the Financial Capability Programme."],
        set(),
        {"Community Grants Budget", "Financial Capability Programme"},
        "budget-and-programme-not",
    ),
]


def _check(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    found = organisations(paragraphs)
    assert {norm_name(name) for name in wanted} <= found
    assert not {norm_name(name) for name in absent} & found


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), PARTNERS)
def test_partner_bodies_in_prose(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), REGULATORS)
def test_regulators_and_departments(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), COMPANIES)
def test_companies_with_legal_forms(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), ACRONYMS)
def test_acronyms_defined_in_brackets(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), VOLUNTARY)
def test_voluntary_groups_and_partnerships(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), LISTS)
def test_lists_and_possessives(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


SOULDERN_2023_08 = "souldern-pc/2023-08-31_spc_minutes_action_log.pdf"


@needs_shared()
def test_souldern_2023_supplier_before_owner_initials() -> None:
    found = {norm_name(name) for name in extracted(SOULDERN_2023_08)["organisations"]}
    assert norm_name("Kompan") in found
    assert norm_name("Kompan AS") not in found
