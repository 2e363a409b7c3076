"""Round 33 (issue #6: organisations are the weakest section): bodies named in parish, town and community council
minutes (corpus/gold/README.md: named organisations and bodies count, generic words, posts, places, events,
documents, funds and programmes do not; the body holding the meeting is left out).

Six classes of shape:

1. Payees and payers in a parish's accounts: "Supplier – item £x" rows of a payments list, "£x Body membership"
   in a run of outgoings, a village hall committee paid a donation; a person paid, an event or a generic club that
   gave a donation is no body.
2. Local groups and trusts named in minutes' prose: a community development trust, a land trust, village
   volunteers, a football club, a village hall committee after the names of its members.
3. Banks and building societies a clerk banks with ("… with Barclays Bank plc", "the Unity Trust Bank charges …",
   "Payments set up on … Bank by the Clerk").
4. Charities, services and firms met over a defibrillator and the like ("the Community Heartbeat Trust (CHT)",
   "West Midlands Ambulance Service", "X Electrical Ltd for donating their time", "Name (Teign Heartbeat)").
5. District and county councils and police in attendance and reports ("Cllr X, Cornwall Council", "Name
   (Scottish Borders Council) (SBC)", a county council's lengthsman budget).
6. What is no body: a road, a farm, a reservoir's steps, a planning notice, a competition, an open day, a fund,
   an area ranger's post, a place named with "Parish" in a neighbouring council's sense.

Drawn cases keep the shape and phrasing of public pages of bodies no earlier suite cites, with names, places and
numbers changed (national bodies kept, as earlier suites keep the Local Government Association):

- https://docest.com/doc/54195/mr-g-hipperson-chairman-mr-t-nickerson-mrs-a-caley-mrs-a-berryman-mr-k-carter-mrs (Shouldham Parish Council: "Payments for Approval", "Utility Warehouse – electricity for May £65.53", "Country Grounds Maintenance – grass cutting for May £220.04", "Village Hall Committee – Parish Council donation for new kitchen £1219.57", "Currys PC World – printer cartridge £17.99", "Mr Cross – internal audit £25.00", "Notice of Decision Field Barn, Marham Road approved by Borough Council", "approach the Bowls Club with a view to either sharing their facilities")
- https://docslib.org/doc/6273752/aldsworth-parish-council (Aldsworth Parish Council: "Outgoing of: £260.00 Grass cutting £252.00 purchase of a dog waste bin £58.90 GAPTC membership")
- http://begesford.co.uk/bayford/minutes/minutes20090518.html (Bayford Parish Council: "Donations - £750.00 from Bayford Gardens Day, £200.00 from Mr and Mrs Wilson, £300.00 from Cricket Club for road repairs", "review of the audit report from David Latham")
- https://www.thethreerivers.org.uk/articles/13/1/Minutes-from-May-meeting/Page1.html (Teviothead community council: "In Attendance: SBC Cllrs Turnbull & Smith, Mr Godfrey (Sec), Lady Encombe and Mr Plumbe BWCDT", "There was a suggestion that the Borthwick Water Community Development Trust may be placed on the agenda in future", "representatives of the power company (the wind farm element still known as Airtricity)", "The Timber Transport meetings are now to be six monthly")
- http://www.stboswells.bordernet.co.uk/news/2187.html (St Boswells Community Council: "Sandy Scott (Scottish Borders Council) (SBC)", "a Gardens Competition", "some vandalism in the Community Woodland was being checked out")
- https://covenham.parish.lincolnshire.gov.uk/council-business/minutes/2 (Covenham Parish Council: "ELDC Ward Member Cllr Edward Mossop reported that … ELDC is waiting to see", "Also present: Cllr Edward Mossop (ELDC), Mrs Nicky Gulley Brown (CVV)", "issues involving Covenham Village Volunteers", "08/24-8a Covenham Reservoir Steps")
- http://www.sedlescombe.org.uk/Index/ParishCouncil/ClerkBriefings/ClerksBriefing/2011/a1105Accounts.html (Sedlescombe Parish Council: "has had a current account with Barclays Bank plc for at least 36 years", "£15,000 in West Bromwich Building Society Account", "The Charity Commission gives the example of the Unity Trust Bank", "The Unity Trust Bank charges £10/month")
- https://docslib.org/doc/5236338/minutes-of-the-little-hoole-parish-council-meeting-held-on-monday-08-02-2021-by-zoom-video-conference (Little Hoole Parish Council: "Upkeep of the burial grounds at St Michael's Church and the Methodist Church", "if any approach had been made to Much Hoole (or other funding authorities)")
- https://hoptoncastleparish.org/minutes-of-the-parish-council-meeting-18th-may-2015/parish-meetings-minutes/minutes-of-the-parish-council-meeting-8th-november-2017 (Hopton Castle parish meeting: "managed through the charity the Community Heartbeat Trust (CHT)", "Peter Marquis has contacted Highways/SCC")
- http://www.harlaston.org.uk/harlaston-parish-council/2016-02-25 (Harlaston Parish Council: "Keith Dawson from West Midlands Ambulance Service was welcomed to the meeting", "a scheme operated through the British Heart Foundation", "the donation to St Giles Hospice")
- https://pyonsgroup.co.uk/2016/12/ (Pyons Group Parish Council: "the cuts to our Lengthsman budget from Herefordshire Council", "we are very grateful to Chris Cole Electrical Ltd for donating their time", "Heart Start is part of the British Heart Foundation")
- https://widecombe-in-the-moor.com/parish-council-minutes-november-2016/ (Widecombe Parish Council: "Also present: District Cllr Jeffery and Mike Brokenshaw (Teign Heartbeat)")
- https://www.mavesynridwareparish.co.uk/447281760 (Mavesyn Ridware: "Those present: Viv Adams, Steve Higgins, Jeanette Roberts – Village Hall Committee.", "The Village Hall committee's letter stated that ACRE suggested you could delegate responsibility")
- http://www.withiel.com/2015/11/parish-council-december-2015-meeting-agenda/ (Withiel Parish Council: "Invitation to address the meeting: Cllr Batters, Cornwall Council, PCSO Andrea Crocker, members of the public")
- https://docslib.org/doc/3225342/minutes-of-the-ordinary-meeting-of-slindon-parish-council-23-augsut-2021 (Slindon Parish Council: "Lisa Trownson, Area Ranger, National Trust", "Councillor Fenton declared his role as a Chairman of a committee of the Slindon Community Land Trust", "The implications for Tye Lane of the planning sought to extend Avisford Park were as yet unknown")
- https://travelsdocbox.com/United_Kingdom/98405156-Nec-aspera-terrent-u-n-d-a-u-n-t-e-d-b-y-a-d-v-e-r-s-i-t-y.html (Firrhill Community Council: "Visitors: Cllr Aitken; Cllr R Lewis; PC G Howie, Oxgangs Police; N Tinlin, EACC; P Valentine, OCRA; K Levy, Resident")
- https://eastlinton.uk.com/community/minutes/minutes2024/mins2024-11.html (East Linton Community Council: "4.2. Balfour Beatty - Community Benefits Projects", "4.5.1. Association of East Lothian Community Councils AGM", "4.5.2. Community Benefits SCIO AGM … Trustees were confirmed")
- https://docsbay.net/farthingstone-parish-council-draft (Farthingstone annual parish meeting: "a) Joymead Trust – no report received", "c) Sheppard Charity – John Church reported that he meets annually with the churchwardens", "an RE prize for Blakesley CE School")
- https://dev.west-dunbarton.gov.uk/jm-test/active-community-councils/old-kilpatrick-community-council/2018-agendas-minutes (Old Kilpatrick Community Council: "Thanks to … WDC Communities Team", "Police Report – follow up burger van")

"body-uk-then-dash" keeps the shape of the dev Ayton 2017 minutes' "Seafarers UK – it was agreed to support …";
"payee-then-donation", "subscription-renewed" and "heading-names-the-hall" keep the shapes of the dev Milburn annual
return's payments ("Fellrunner Donation"), the dev Ayton minutes' correspondence list ("RAGES – it was agreed to
renew the CC's annual subscription") and the dev Newbiggin minutes' numbered heading ("19.09.08 Newbiggin Village
Hall"), with other words; "body-will-arrange" the dev Ayton minutes' "SB Local will arrange for …". No case copies
their words. Names are compared as `agendaparse eval` compares them (sets after `evaluate.norm_name`).

Written before the fixes of round 33: 42 of 58 cases and checks passed on the code before them, 54 after, 4 strict
xfails (a body by capitals and a common word as a subject, "still known as", capitals after a titled surname, a
body with no body word in brackets after a speaker). Part 2 ("test_reports_and_visitors", 8 cases, written before
its fix): 6 before, 7 after, 1 strict xfail (a "Visitors:" list).
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


# --- class 1: payees and payers in a parish's accounts --------------------------------------------------------------
ACCOUNTS = [
    case(
        ["5. Payments for Approval", "Brightline Energy – electricity for June £71.20"],
        {"Brightline Energy"},
        set(),
        "supplier-dash-electricity",
    ),
    case(
        ["5. Payments for Approval", "Marsh Grounds Maintenance – grass cutting for June £236.50"],
        {"Marsh Grounds Maintenance"},
        set(),
        "contractor-dash-grass-cutting",
    ),
    case(
        ["5. Payments for Approval", "Officeland Supplies – printer cartridge £18.49"],
        {"Officeland Supplies"},
        set(),
        "shop-dash-cartridge",
    ),
    case(
        ["5. Payments for Approval", "Mr Barrow – internal audit £30.00"],
        set(),
        {"Mr Barrow", "Barrow"},
        "person-paid-is-no-body",
    ),
    case(
        [
            "5. Payments for Approval",
            "Kingsmead Village Hall Committee – Parish Council donation for new boiler £1,180.40",
        ],
        {"Kingsmead Village Hall Committee"},
        {"Parish Council"},
        "hall-committee-paid-a-donation",
    ),
    case(
        ["6. Financial", "Outgoing of: £240.00 Grass cutting £198.00 purchase of a litter bin £61.30 WAPTC membership"],
        {"WAPTC"},
        {"Grass"},
        "capitals-before-membership",
    ),
    case(
        ["6. Financial", "Payments: Westfell Community Bus Donation £60.00; Kingsmead Village Hall £420.00"],
        {"Westfell Community Bus", "Kingsmead Village Hall"},
        {"Westfell Community Bus Donation"},
        "payee-then-donation",
    ),
    case(
        [
            "2.5 Other receipts – Donations - £680.00 from Kingsmead Flower Day, £150.00 from Mr and Mrs Tate, "
            "£250.00 from Bowls Club for path repairs."
        ],
        set(),
        {"Kingsmead Flower Day", "Bowls Club"},
        "event-and-generic-club-give-donations",
    ),
    case(
        ["2.1 Finance – review of the audit report from Peter Lomas."],
        set(),
        {"Peter Lomas"},
        "auditor-who-is-a-person",
    ),
    case(
        [
            "The rabbit fence needs replacing for which the Parish Council would approach the Kingsmead Bowls Club "
            "with a "
            "view to sharing their facilities."
        ],
        {"Kingsmead Bowls Club"},
        set(),
        "village-bowls-club",
    ),
]

# --- class 2: local groups and trusts in minutes' prose -------------------------------------------------------------
LOCAL_GROUPS = [
    case(
        [
            "There was a suggestion that the Allan Water Community Development Trust may be placed on the agenda in "
            "future."
        ],
        {"Allan Water Community Development Trust"},
        set(),
        "community-development-trust",
    ),
    case(
        ["Councillor Pryce declared his role as a Chairman of a committee of the Kingsmead Community Land Trust."],
        {"Kingsmead Community Land Trust"},
        set(),
        "community-land-trust",
    ),
    case(
        [
            "The Vice Chair and Cllr Dunn declared their interests on agenda items relating to issues involving "
            "Kingsmead Village Volunteers."
        ],
        {"Kingsmead Village Volunteers"},
        set(),
        "village-volunteers",
    ),
    case(
        ["Those present: Ann Lowe, Tom Briggs, Rosa Hart – Kingsmead Village Hall Committee."],
        {"Kingsmead Village Hall Committee"},
        set(),
        "hall-committee-after-its-members",
    ),
    case(
        ["The Village Hall committee’s letter stated that ACRE suggested you could delegate responsibility."],
        {"ACRE"},
        {"Village Hall"},
        "capitals-suggested",
    ),
    case(
        ["Kingsmead Playing Fields Association will arrange for the goal posts to be repainted before the season."],
        {"Kingsmead Playing Fields Association"},
        set(),
        "association-will-arrange",
    ),
    case(
        ["FM Local will arrange for simple bench seating to be erected at the bus stop in Old Town."],
        {"FM Local"},
        {"Old Town"},
        "body-will-arrange",  # passes since round 35 (a sentence's subject of "will arrange for")
    ),
    case(
        ["Seabridge Trust – it was agreed to renew the council’s annual subscription of £15."],
        {"Seabridge Trust"},
        set(),
        "subscription-renewed",
    ),
    case(
        ["£400 – Kingsmead Football Club – pitch fees for 2024/25"],
        {"Kingsmead Football Club"},
        set(),
        "football-club-pays-fees",
    ),
    case(
        [
            "The upkeep of the burial grounds at St Aidan’s Church and the Methodist Church was discussed; the Clerk "
            "will ask whether any approach had been made to Much Wexley."
        ],
        {"St Aidan’s Church"},
        {"Much Wexley"},
        "saints-church-grant-and-a-place",
    ),
    case(
        ["The representatives of the power company (the wind farm element still known as Breezeway) gave no answers."],
        {"Breezeway"},
        set(),
        "company-still-known-as",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a name introduced by 'still known as' after a company's kind in brackets is read by no rule; "
            "'known as' also introduces places and nicknames",
        ),
    ),
    case(
        ["In Attendance: FBC Cllrs Turner & Hale, Mr Godwin (Sec), Lady Armitage and Mr Plowman AWCDT."],
        {"AWCDT"},
        {"Lady Armitage"},
        "trust-capitals-after-a-person",
        marks=pytest.mark.xfail(
            strict=True,
            reason="capitals after a titled surname ('Mr Plowman AWCDT') are read into the person's name; the body's "
            "initials are not told from a surname in capitals",
        ),
    ),
    case(
        ["In Attendance: FBC Cllrs Turner & Hale, Mr Godwin (Sec), Mrs Lyle (Treas.) and 4 members of the public."],
        set(),
        {"Sec", "Treas"},
        "posts-cut-short-in-brackets",
    ),
]

# --- class 3: banks and building societies ---------------------------------------------------------------------------
BANKS = [
    case(
        [
            "1. CURRENT ACCOUNT. Kingsmead Parish Council has had a current account with Barclays Bank plc for at "
            "least "
            "30 years."
        ],
        {"Barclays Bank plc"},
        {"CURRENT ACCOUNT"},
        "bank-plc-current-account",
    ),
    case(
        ["2. DEPOSIT ACCOUNTS. £12,000 in Leek United Building Society Account"],
        {"Leek United Building Society"},
        {"Leek United Building Society Account"},
        "building-society-account",
    ),
    case(
        [
            "The Charity Commission gives the example of the Unity Trust Bank which does offer a dual authority online "
            "option."
        ],
        {"Charity Commission", "Unity Trust Bank"},
        set(),
        "commission-and-bank",
    ),
    case(
        ["4. CHARGES. The Unity Trust Bank charges £8/month."],
        {"Unity Trust Bank"},
        set(),
        "bank-charges",
    ),
    case(
        ["Payments are set up on Unity Trust Bank by the Clerk and approved by two signatories."],
        {"Unity Trust Bank"},
        set(),
        "payments-set-up-on-bank",
    ),
    case(
        [
            "The Chairman has visited the Lloyds Bank branch and hopes to move the funds into the new account with "
            "Nationwide Building Society."
        ],
        {"Nationwide Building Society"},
        set(),
        "new-account-with-society",
    ),
]

# --- class 4: charities, services and firms -------------------------------------------------------------------------
CHARITIES = [
    case(
        [
            "This would be managed through the charity the Community Heartbeat Trust (CHT), working through a managed "
            "solution."
        ],
        {"Community Heartbeat Trust"},
        {"CHT"},
        "charity-with-capitals",
    ),
    case(
        [
            "Ian Rowley from West Midlands Ambulance Service was welcomed to the meeting and gave a presentation on "
            "community defibrillators."
        ],
        {"West Midlands Ambulance Service"},
        set(),
        "ambulance-service-speaker",
    ),
    case(
        ["It was hoped that a scheme operated through the British Heart Foundation would re-start in April."],
        {"British Heart Foundation"},
        set(),
        "scheme-through-foundation",
    ),
    case(
        ["Other issues raised included potholes on Mill Corner and the donation to St Clare’s Hospice."],
        {"St Clare’s Hospice"},
        {"Mill Corner"},
        "hospice-donation-and-a-corner",
    ),
    case(
        ["We are very grateful to Dale Harper Electrical Ltd for donating their time to wire the box in."],
        {"Dale Harper Electrical Ltd"},
        {"Dale Harper"},
        "electrical-ltd-grateful",
    ),
    case(
        ["Also present: District Cllr Jeffries and Paul Ashdown (Dart Heartbeat)"],
        {"Dart Heartbeat"},
        {"District Cllr Jeffries"},
        "body-in-brackets-after-speaker",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a body in brackets after a speaker ('Paul Ashdown (Dart Heartbeat)') with no body word is not "
            "told from a post ('(Vice Chair)') or a place",
        ),
    ),
    case(
        ["Heart Start is part of the British Heart Foundation and there are more details on their website."],
        {"British Heart Foundation"},
        set(),
        "part-of-foundation",
    ),
    case(
        ["In attendance: Clare Moss, Area Ranger, National Trust, and 2 members of the public"],
        {"National Trust"},
        {"Area Ranger"},
        "trust-after-a-post",
    ),
]

# --- class 5: district and county councils, police ------------------------------------------------------------------
COUNCILS = [
    case(
        ["Invitation to address the meeting: Cllr Batley, Cornwall Council, PCSO Anne Croft, members of the public."],
        {"Cornwall Council"},
        {"PCSO Anne Croft"},
        "councillor-then-council",
    ),
    case(
        [
            "Present: John Pryor (in the chair), Alan Frost, Gail Tweed (Vice-chair), Sandy Stott (Scottish Borders "
            "Council) (SBC)."
        ],
        {"Scottish Borders Council"},
        set(),
        "council-then-capitals-in-brackets",
    ),
    case(
        ["This is mostly to compensate for the cuts to our Lengthsman budget from Herefordshire Council."],
        {"Herefordshire Council"},
        {"Lengthsman"},
        "lengthsman-budget-from-council",
    ),
    case(
        ["a) NKDC Ward Member Cllr Ellen Moss reported that NKDC is waiting to see what the new government decides."],
        {"NKDC"},
        set(),
        "district-capitals-ward-member",
    ),
    case(
        ["Also present: Cllr Ellen Moss (NKDC), Mrs Nina Gull (KVV) and Mrs Nora Mutch (Parish Clerk/RFO)"],
        {"NKDC", "KVV"},
        {"Parish Clerk"},
        "capitals-in-brackets-after-names",
    ),
    case(
        [
            "Potholes in parish roads. Paul Marks has contacted Highways/SCC, but they claim to be responsible only "
            "for "
            "road surfaces."
        ],
        {"SCC"},
        {"Highways/SCC"},
        "highways-slash-capitals",
    ),
    case(
        ["Police Scotland are seeking feedback on the main community safety concerns for each community."],
        {"Police Scotland"},
        set(),
        "police-scotland-seeking-feedback",
    ),
    case(
        ["Thanks to Alan Kerr for his support on behalf of WDC Communities Team."],
        set(),
        {"WDC Communities Team"},
        "council-team-is-no-body",
    ),
]

# --- class 6: what is no body ---------------------------------------------------------------------------------------
NOT_BODIES = [
    case(
        ["6. Planning", "Notice of Decision Mill Barn, Harford Road approved by Borough Council"],
        set(),
        {"Mill Barn", "Harford Road", "Notice of Decision", "Mill Barn, Harford Road"},
        "decision-notice-barn-and-road",
    ),
    case(
        ["a Gardens Competition", "This had been very successfully completed."],
        set(),
        {"Gardens Competition"},
        "competition-is-no-body",
    ),
    case(
        ["In particular some vandalism in the Community Woodland was being checked out."],
        set(),
        {"Community Woodland"},
        "woodland-is-no-body",
    ),
    case(
        ["08/24-8a Kingsmead Reservoir Steps", "One member of the public reported on the steps."],
        set(),
        {"Kingsmead Reservoir Steps"},
        "reservoir-steps-heading",
    ),
    case(
        ["The implications for Ashby Lane of the planning sought to extend Fenwick Park were as yet unknown."],
        set(),
        {"Ashby Lane", "Fenwick Park"},
        "lane-and-park",
    ),
    case(
        ["The Timber Transport meetings are now to be six monthly."],
        set(),
        {"Timber Transport"},
        "meetings-of-a-topic",
    ),
    case(
        ["19.06.07 Kingsmead Village Hall", "The Council would like to appoint a Councillor onto the hall committee."],
        {"Kingsmead Village Hall"},
        set(),
        "heading-names-the-hall",
    ),
    case(
        ["The Open Day at the Bowls Club area had been a great success, with good attendance."],
        set(),
        {"Open Day", "Bowls Club"},
        "open-day-and-generic-club",
    ),
    case(
        ["5. Police Report – follow up burger van"],
        set(),
        {"Police Report"},
        "police-report-heading",
    ),
]


# --- part 2: reports of local trusts and firms under their names; visitors with their bodies ------------------------
REPORTS_AND_VISITORS = [
    case(
        ["Coastwatch UK – it was agreed to support a request to fly the flag on Lifeboat Day, 6 May 2025."],
        {"Coastwatch UK"},
        {"Lifeboat Day"},
        "body-uk-then-dash",
    ),
    case(
        ["a) Kingsmead Meadow Trust – no report received. The Chair of the Kingsmead Meadow Trust is away."],
        {"Kingsmead Meadow Trust"},
        set(),
        "trust-then-dash-no-report",
    ),
    case(
        ["c) Pell Charity – Joan Gray reported that she meets annually with the churchwardens."],
        {"Pell Charity"},
        {"Joan Gray"},
        "charity-then-dash-person-reported",
    ),
    case(
        ["The only expenditure in the past has been an RE prize for Ashwell CE School."],
        {"Ashwell CE School"},
        {"RE"},
        "ce-school-prize",
    ),
    case(
        ["Visitors: Cllr Aiken; PC G Howard, Oxbridge Police; N Tully, WACC; P Vallance, OFRA; K Lee, Resident."],
        {"Oxbridge Police", "WACC", "OFRA"},
        {"Resident"},
        "visitors-name-comma-body",
    ),
    case(
        ["4.5.1. Association of West Lothian Community Councils AGM", "Mr Thomas will attend"],
        {"Association of West Lothian Community Councils"},
        {"Association of West Lothian Community Councils AGM"},
        "association-heading-then-agm",
    ),
    case(
        ["4.2. Balfour Beatty - Community Benefits Projects", "No update."],
        {"Balfour Beatty"},
        {"Community Benefits Projects"},
        "firm-heading-then-projects",
    ),
    case(
        ["4.5.2. Community Benefits SCIO AGM", "Mr Thomas attended. Trustees were confirmed."],
        set(),
        {"Community Benefits SCIO AGM", "Trustees"},
        "scio-heading-is-generic",
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), REPORTS_AND_VISITORS)
def test_reports_and_visitors(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), ACCOUNTS)
def test_accounts(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), LOCAL_GROUPS)
def test_local_groups(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), BANKS)
def test_banks(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), CHARITIES)
def test_charities_and_firms(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), COUNCILS)
def test_councils_and_police(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent"), NOT_BODIES)
def test_not_bodies(paragraphs: list[str], wanted: set[str], absent: set[str]) -> None:
    _check(paragraphs, wanted, absent)
