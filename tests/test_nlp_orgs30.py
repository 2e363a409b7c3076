"""Round 30: what round 29 saw and left (corpus/gold/README.md: named organisations and bodies count, generic words,
posts, places, documents, funds and programmes do not; an acronym printed with its full name is one entry, the full
name; an acronym printed alone is listed as printed).

Five classes of shape:

1. A body with no body word spelled out before its capitals ("Tamar Valley Water (TVW)"), the capitals then used as
   a body's ("TVW's drainage", "TVW has agreed"): the full name is the body, the capitals are not listed; a plan, a
   measure or a scheme spelled out so is still no body.
2. A landlord, provider or contractor named in apposition with no body word ("One provider, Outlook Housing, …");
   not a person named so, nor a lower-case aside.
3. A school, parish or town council by its place and initials after "if" or "or" ("if Coldstream PS or …").
4. A firm by its name and "Co." ("D.A. Davidson Co., as Underwriter"); not "Co. Armagh" (a county).
5. London boroughs by their initials with a two-word place ("LB Tower Hamlets Council"), and firms whose name joins
   two trades with "and" ("Badger Body and Truck Equipment", the tune Omaha agenda's shape).

Drawn cases keep the shape and phrasing of public pages of bodies not cited in tests/ before, with names, places
and numbers changed:

- https://www.ccwater.org.uk/blog/2011/01/19/water-watchdog-wants-to-hear-from-consumers-at-its-next-meeting-in-caernarfon/ ("The Consumer Council for Water is inviting customers of D?r Cymru Welsh Water and Dee Valley", "challenging D?r Cymru Welsh Water about whether its systems are fit for purpose", "the water services regulator, Ofwat")
- https://www.anthonycollins.com/insights/ebriefings/tough-love/ ("In the latest raft of regulatory downgrades, eight RPs were downgraded", "the Regulatory Framework")
- https://stjohnsportobello.com/2018/10/22/parent-council-meeting-minutes-august-2018/ ("discussed possibility of Oscar’s school club to help out", "contact the council in support with the school")
- https://documents.redwoodcity.org/PublicWeblink/0/doc/13864/Page20.aspx ("the sale of the Bonds by the Authority by negotiation with Rauscher pierce Refsnes, Inc. as underwriter")
- https://imaging.cityofclive.com/Public/docview.aspx?id=105636&dbid=0 ("the Council has arranged for the sale of the Project Notes to Piper, Jaffray & Hopwood, Incorporated of Des Moines")
- https://www.clawddnewydd.com/derwen-reports-minutes/ ("Denbighshire County Council will shortly commence the resurfacing works")

"data-file-not-body" keeps the shape of the dev Transparency Board data requests table ("… (PAF) … The PAF has long
been held …"); "if-ps-or-friends" the shape of the dev Ayton minutes ("best if Ayton PS or Friends of APS purchased a
system"); "firm-co-underwriter" the tune Omaha agenda's ("between the Corporation and D.A. Davidson Co., as
Underwriter"), "firm-two-trades-and" its "a purchase order to Badger Body and Truck Equipment"; "provider-apposition"
the housing report of round 29 (philmorganblog.com, cited there). No case copies their words.
Names are compared as `agendaparse eval` compares them (sets after `evaluate.norm_name`).
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import pytest

from minutes_page import check_organisations


def case(paragraphs: list[str], wanted: set[str], absent: set[str], slot: str, **marks) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, id=slot, **marks)


# --- class 1: a body with no body word spelled out before its capitals ----------------------------------------------
SPELLED_BODIES = [
    case(
        [
            "The Consumer Council for Water challenged Tamar Valley Water (TVW) about flooding in heavy rain.",
            "TVW's drainage system could not cope on 3 March and two homes were flooded.",
        ],
        {"Tamar Valley Water", "Consumer Council for Water"},
        {"TVW"},
        "water-company-possessive",
    ),
    case(
        [
            "Members heard from Cairn Wood Homes (CWH) about the new estate. CWH has agreed to adopt the open space "
            "by March."
        ],
        {"Cairn Wood Homes"},
        {"CWH"},
        "acronym-as-subject",
    ),
    case(
        [
            "Customers of Dee Meadow Water (DMW) may attend the meeting; the Clerk will write to DMW about the "
            "hydrant."
        ],
        {"Dee Meadow Water"},
        {"DMW"},
        "acronym-after-to",
    ),
    case(
        [
            "The Tenant Satisfaction Measures (TSM) were reported; TSM results will be published in the autumn.",
        ],
        set(),
        {"Tenant Satisfaction Measures", "TSM"},
        "measures-not-body",
    ),
    case(
        [
            "The Local Electric Vehicle Infrastructure (LEVI) bid was made; LEVI's funding is for on-street "
            "chargers.",
        ],
        set(),
        {"Local Electric Vehicle Infrastructure", "LEVI"},
        "infrastructure-fund-not-body",
    ),
    case(
        ["Postcode Address File (PAF): the PAF has long been held as data which cannot be shared."],
        set(),
        {"Postcode Address File", "PAF"},
        "data-file-not-body",
    ),
    case(
        ["The Community Safety Plan (CSP) was noted. The CSP has four priorities for the year ahead."],
        set(),
        {"Community Safety Plan", "CSP"},
        "plan-not-body",
    ),
    case(
        ["Severn Vale Water (SVW) covers 28 local authority areas; SVW's assets can flood in heavy rain."],
        {"Severn Vale Water"},
        {"SVW"},
        "orgs29-water-company-acronym-defined",
    ),
]

# --- class 2: a body in apposition with no body word ----------------------------------------------------------------
APPOSITION = [
    case(
        ["Another provider included below, Outlook Housing, has had two governance downgrades this year."],
        {"Outlook Housing"},
        {"Another provider"},
        "orgs29-provider-in-apposition",
    ),
    case(
        ["One landlord, Hightown Living, was downgraded for failing the value for money standard."],
        {"Hightown Living"},
        set(),
        "landlord-in-apposition",
    ),
    case(
        ["The contractor, Mereside Groundcare, will start the verge cutting in May."],
        {"Mereside Groundcare"},
        set(),
        "the-contractor-in-apposition",
    ),
    case(
        ["One provider, Sarah Lowe, said that the grading had been unfair."],
        set(),
        {"Sarah Lowe"},
        "person-in-apposition-not-body",
    ),
    case(
        ["One provider, however, entered and left the insolvency process within the year."],
        set(),
        set(),
        "lower-case-aside-not-body",
    ),
    case(
        ["Another landlord, in Croydon, was served a notice on damp and mould."],
        set(),
        {"Croydon"},
        "place-after-in-not-body",
    ),
]

# --- class 3: a school or council by place and initials after "if" / "or" -------------------------------------------
PLACE_INITIALS = [
    case(
        ["Sound system: it was felt best if Coldstream PS or the Parent Council bought one.   RB"],
        {"Coldstream PS"},
        set(),
        "if-ps-or-friends",
    ),
    case(
        ["The Clerk will ask whether Eyemouth TC or Reston PC would share the cost of the bench."],
        {"Eyemouth TC", "Reston PC"},
        set(),
        "or-between-two-councils",
    ),
    case(
        ["PS: the hall is booked for the Christmas lunch on 14 December."],
        set(),
        {"PS"},
        "postscript-not-body",
    ),
    case(
        ["Check if Windows PC updates have been installed on the Clerk's laptop."],
        set(),
        {"Windows PC"},
        "computer-not-council",
    ),
]

# --- class 4: firms by their name and "Co." -------------------------------------------------------------------------
FIRMS_CO = [
    case(
        [
            "authorizing a Bond Purchase Agreement by and between the Authority and R.J. Thorne Co., as Underwriter, "
            "a copy of which is attached."
        ],
        {"R.J. Thorne Co."},
        set(),
        "firm-co-underwriter",
    ),
    case(
        ["The sale of the Project Notes to Hopwood Price Co. of Des Moines was approved."],
        {"Hopwood Price Co."},
        set(),
        "firm-co-of-place",
    ),
    case(
        ["The new hall manager moved from Lurgan, Co. Armagh, in March."],
        set(),
        {"Co. Armagh", "Lurgan, Co", "Lurgan Co"},
        "county-abbreviation-not-firm",
    ),
    case(
        ["Denbighshire County Council will shortly commence the resurfacing works on the B5105."],
        {"Denbighshire County Council"},
        set(),
        "county-council-not-co",
    ),
]

# --- class 5: boroughs by initials, firms joining two trades --------------------------------------------------------
BOROUGHS_AND_FIRMS = [
    case(
        ["One landlord, LB Tower Hamlets Council, has had a regulatory notice on fire safety."],
        {"LB Tower Hamlets Council"},
        {"LB Tower"},
        "lb-two-word-place-council",
    ),
    case(
        ["Eight RPs were downgraded, among them LB Waltham Forest, for failures in gas safety."],
        {"LB Waltham Forest"},
        {"LB Waltham"},
        "lb-two-word-place",
    ),
    case(
        ["to issue a purchase order to Badger Body and Truck Equipment for the purchase of two dump trucks."],
        {"Badger Body and Truck Equipment"},
        {"Badger Body", "Truck Equipment"},
        "firm-two-trades-and",  # one purchase order goes to one vendor (round 31)
    ),
    case(
        ["an Agreement with Fairway Homes and Wyre Leisure for the play area was approved."],
        {"Fairway Homes", "Wyre Leisure"},
        {"Fairway Homes and Wyre Leisure"},
        "two-firms-joined-by-and",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), SPELLED_BODIES)
def test_bodies_spelled_before_capitals(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), APPOSITION)
def test_bodies_in_apposition(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), PLACE_INITIALS)
def test_place_and_initials(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), FIRMS_CO)
def test_firms_with_co(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), BOROUGHS_AND_FIRMS)
def test_boroughs_and_joined_firms(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    check_organisations(paragraphs, wanted, absent)
