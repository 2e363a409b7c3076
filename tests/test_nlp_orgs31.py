"""Round 31 (issue #6: organisations are the weakest section): what round 30 left, and organisations and people named
in minutes of UK central-government boards and sector panels, North American city councils and police boards, and
fire services' and county budget papers (corpus/gold/README.md: named organisations and bodies count, generic
words, posts, places, documents, funds and programmes do not; an acronym printed with its full name is one entry,
the full name; an acronym printed alone is listed as printed; people without titles, "First Last" where printed, a
bare surname where only that is printed).

Seven classes of shape:

1. Bodies whose own name holds "and" ("Health and Safety Executive", "Devon and Somerset Fire and Rescue Service",
   "Wyeshire Police and Crime Panel") beside two bodies joined by "and" ("the Crown Prosecution Service and the
   Serious Fraud Office"); an Act named so is no body.
2. A name broken over two rows of a table's cell ("… the Office for | Fair Trading …"), the rest of the row printed
   in other columns between the two halves.
3. Legal forms at a name's end ("… IPS Ltd", "… CIC", "… LLP", "… Limited", "…, Inc.", "…, LLC").
4. UK central government and justice bodies: departments and agencies by name and by capitals ("NOMS", "HMI
   Prisons", "the MoJ", "the Home Office"), "Name (Post, Body)" lists of a police and crime panel.
5. North American councils and police boards: departments, districts, chambers, "Caltrans", titles before names
   ("Council Member", "Captain", "Assistant Chief", "Sergeant", "Commander", "Vice Mayor", "Alderman").
6. Fire services and county budget papers: services, associations, a fund or a grant that is no body.
7. People in "Present:" lists set as "Name (Organisation)" and "Name (Post)", "HH Judge", "Chief Constable".

Drawn cases keep the shape and phrasing of public pages of bodies not cited in tests/ before, with names, places
and numbers changed:

- http://healthdocbox.com/Psychology_and_Psychiatry/127519470-Hm-inspectorate-of-probation-annual-report.html (HM Inspectorate of Probation: "We also continued to provide advice to both NOMS and the Youth Justice Board (YJB) on the development of Public Protection and Safeguarding work", "(jointly with HMI Prisons) Indeterminate Sentences for Public Protection")
- http://lawsdocbox.com/Politics/88327789-House-of-commons-justice-committee-criminal-justice-inspectorates.html (House of Commons Justice Committee: "to examine the expenditure, administration and policy of the Ministry of Justice and its associated public bodies", "the Crown Prosecution Service and the Serious Fraud Office")
- https://parliamentary-search-265cced0397e.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fdata.parliament.uk%2Fpimsdata%2Fhansard%2FCONTRIBUTION_776912 (Hansard, Public Bodies Bill: "we must retain a degree of difference from how the National Offender Management Service has operated", "NOMS—its life must surely be limited as a result of how the Ministry of Justice is organising things")
- http://www.docstoc.com/docs/38335207/Board-Minutes-Jan-07 (London Probation Board: "Present: Suhail Aziz (Chair)", "Geraldine Gavin – Chief Operations Officer", "Apologies – received from Sue Carrie, Viv Ahmun, …")
- https://docsbay.net/west-midlands-probation-board (West Midlands Probation Board: "HH Judge R Orme, (Part)", "The current situation where a merger with Staffordshire was proposed", "The Chief Officer reported that the bid for Health and Safety funding, referred to in Minute No. 2370, had been successful")
- https://prisonreformtrust.org.uk/apppag/february-2020-the-parole-board/ (All-Party Group on Penal Affairs: "thanked the trustees of the Barrow Cadbury Trust for their continued funding; the Prison Reform Trust for providing the secretariat", "Caroline Corby, Chair, The Parole Board")
- http://financedocbox.com/Retirement_Planning/79945298-Public-document-pack-dorset-police-and-crime-panel.html (Dorset Police and Crime Panel: "Present: John Adams (Chairman) (Bournemouth Borough Council) …", "Debbie Simpson (Chief Constable), Simon Bullock (Interim Chief Executive, OPCC)", "Adam Richens (Finance Officer, Borough of Poole)")
- https://lf.downeyca.org/WebLink/DocView.aspx?dbid=0&id=236390&repo=Downey (Downey city council: "Council Member Saab welcomed Chamber of Commerce Executive Director Cruz, Downey Unified School District Board Member Sodetani", "The Invocation was delivered by Pastor Kevin Boyce of Light & Life Christian Fellowship", "Mohammad Mostahkami, Public Works Director")
- https://lapdblog.org/lapd_blog/2011/08/notes-from-the-august-30-2011-weekly-police-commission-meeting.html (Los Angeles Board of Police Commissioners: "Assistant Chief Earl Paysinger said he has known Vice President John Mack", "the Commanding Officer and Community Police Advisory Board (C-PAB) representative … was given by Captain William Scott")
- https://vdocuments.mx/police-board-city-of-chicago-appearances-matthew-crowl-2021-1-11-matthew-crowl.html (Chicago Police Board: "SYDNEY ROBERTS, Chief Administrator of the Civilian Office of Police Accountability; … KAREN KONOW, Chief of Bureau of Internal Affairs, Chicago Police Department")
- https://citydocs.ci.dublin.ca.us/WebLink/DocView.aspx?dbid=0&id=851972&repo=CityofDublin (Dublin, California: "Approval of Master Agreement with Caltrans for Federal-Aid / State Funding Projects", "Report Prepared by: Lee S. Thompson, Public Works Director")
- http://chinocityca.iqm2.com/Citizens/Detail_Meeting.aspx?ID=2037&Print=Yes (Chino city council: "Olivia Applegate, Crime Prevention Specialist, Chino Police Department; and Jenny Mott, …, Chino Valley Unified School District", "Kasey Powderly, Executive Director, Chino Valley YMCA")
- https://threadreaderapp.com/thread/1575609103350566912.html (Chicago Community Commission for Public Safety and Accountability: "Frank Chapman of Empowering Communities for Public Safety (ECPS) says", "Jackie Baldwin of JCUA discusses", "Commissioner Beth Brown reads a statement")
- https://www.fire-magazine.com/combined-fire-and-rescue-service-saves-41-million ("Devon and Somerset Fire and Rescue Service have saved at least £4.1 million …, says Deputy Chief Neil Gibbins. A Local Government Association review has found")
- https://vdocument.in/eight-parishes-community-interest-com-a-a-12-a-cic-annual-report-2015pdf.html (Eight Parishes Community Interest Company: "managing Swinford Windfarm Community Fund and supported by Vattenfall Wind Power Ltd", "Eight Parishes CIC")
- https://news.translogistics.net/2023/12/derbyshire-fire-and-rescue-service-cuts-and-possible-council-tax-rise-to-fill-1-2m-budget-gap ("Derbyshire Fire and Rescue Service has identified a potential budget gap of GBP1.2m", "the removal of sprinkler match funding")

"office-for-over-two-rows" keeps the shape of the dev TB7 action log's row ("URI project team to engage with the
Office for | Fair Trading and National Council for Voluntary | Organisations (NCVO)", a date and status printed
beside the first row); "ips-ltd-every-time" the dev Suffolk Libraries 2016 agenda's heading; "a-purchase-order-one-vendor"
the tune Omaha agenda's "a purchase order to Badger Body and Truck Equipment" (round 30's strict xfail
"firm-two-trades-and", which passes now); "county-children-in-care-not-cic" the dev Kent corporate parenting
panel's children in care council by its county and capitals; "network-with-initials-not-body" the dev Local Public
Data Panel minutes' network spelled out before its initials. No case copies their words.
Names are compared as `agendaparse eval` compares them (sets after `evaluate.norm_name`).
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import dataclasses

import pytest

from agendaparse.evaluate import norm_name
from agendaparse.pdf import Line, PageLayout
from minutes_page import minutes_page, organisations_on_page, people_on_page, rendered_names

BODY = "Ashcombe Borough Council"
HEADING = [BODY, "Minutes of the Board Meeting", "Thursday 23 January 2025 at 10.00am, The Guildhall"]
MEMBERS = "Present: Cllr Ann Hale (Chair), Cllr Tom Rudd, Pat Lowe (Clerk)"


def found_names(paragraphs: list[str]) -> tuple[set[str], set[str]]:
    """The organisations (besides the body holding the meeting) and the people the page names, as eval compares."""
    page = minutes_page([*HEADING, MEMBERS, *paragraphs])
    organisations = {norm_name(name) for name in organisations_on_page(page)} - {norm_name(BODY)}
    return organisations, {norm_name(name) for name in people_on_page(page)}


def case(
    paragraphs: list[str],
    wanted: set[str],
    absent: set[str],
    slot: str,
    people: set[str] | None = None,
    **marks,
) -> pytest.param:  # type: ignore[valid-type]
    return pytest.param(paragraphs, wanted, absent, people or set(), id=slot, **marks)


# --- class 1: "and" within a body's name, and between two bodies ----------------------------------------------------
AND_NAMES = [
    case(
        [
            "The Chief Officer reported that the bid to the Health and Safety Executive, referred to in Minute "
            "No. 2417, "
            "had been successful."
        ],
        {"Health and Safety Executive"},
        {"Health", "Safety Executive"},
        "health-and-safety-executive",
    ),
    case(
        [
            "Wyvern and Exe Fire and Rescue Service have saved at least £3.2 million since the merger, says "
            "Deputy Chief "
            "Neil Gibbard. A Local Government Association review has found savings in training."
        ],
        {"Wyvern and Exe Fire and Rescue Service", "Local Government Association"},
        {"Wyvern", "Exe Fire and Rescue Service", "Wyvern and Exe Fire"},
        "two-places-fire-and-rescue",
        people={"Neil Gibbard"},
    ),
    case(
        [
            "Wyeshire Fire and Rescue Service has identified a potential budget gap of £1.4m by 2026/27, including the "
            "removal of sprinkler match funding."
        ],
        {"Wyeshire Fire and Rescue Service"},
        {"Wyeshire Fire", "Rescue Service", "sprinkler match funding"},
        "fire-and-rescue-budget-gap",
    ),
    case(
        [
            "The Panel examines the expenditure and policy of the Ministry of Justice and its associated public "
            "bodies, "
            "the Crown Prosecution Service and the Serious Fraud Office."
        ],
        {"Ministry of Justice", "Crown Prosecution Service", "Serious Fraud Office"},
        {"Crown Prosecution Service and the Serious Fraud Office", "Justice"},
        "two-bodies-and-the",
    ),
    case(
        [
            "Report presented pursuant to Schedule 2 of the Crime and Disorder Act 1998 to the Wyeshire Police "
            "and Crime "
            "Panel."
        ],
        {"Wyeshire Police and Crime Panel"},
        {"Crime and Disorder Act", "Disorder Act", "Wyeshire Police"},
        "act-not-body-panel-kept",
    ),
    case(
        ["We continued to advise both NOMS and the Youth Justice Board (YJB) on safeguarding work."],
        {"NOMS", "Youth Justice Board"},
        {"YJB", "NOMS and the Youth Justice Board"},
        "acronym-and-body",
    ),
]

# one purchase order goes to one vendor, whose name may join two trades; orders (plural) may go to two
ONE_VENDOR = [
    case(
        ["to issue a purchase order to Kestrel Body and Trailer Equipment for the purchase of an aerial bucket lift."],
        {"Kestrel Body and Trailer Equipment"},
        {"Kestrel Body", "Trailer Equipment"},
        "a-purchase-order-one-vendor",
    ),
    case(
        ["to issue purchase orders to Harlow Paving and Wyre Fencing for the car park works."],
        {"Harlow Paving", "Wyre Fencing"},
        {"Harlow Paving and Wyre Fencing"},
        "purchase-orders-two-vendors",
    ),
]

# --- class 2: a name broken over two rows of a table's cell (x, text): the first row prints the date, the action's
# first line and the columns after it; the action's next lines are set in under its column --------------------------
BROKEN_NAMES = [
    case(
        [
            (72.0, "14/06/2011   Grants team to meet the Office for   July   Plan in place"),
            (156.0, "Fair Trading and the Charity Commission to agree how"),
            (156.0, "to apply the code to grants."),
        ],
        {"Office for Fair Trading", "Charity Commission"},
        {"Office", "Fair Trading"},
        "office-for-over-two-rows",
    ),
    case(
        [
            (72.0, "02/03/2012   Data team to write to the Department for   April   Complete"),
            (156.0, "Work and Pensions about the licence."),
        ],
        {"Department for Work and Pensions"},
        {"Department", "Work and Pensions"},
        "department-for-over-two-rows",
    ),
    case(
        [
            (72.0, "02/03/2012   Officers to report back to the Board and   April   Complete"),
            (156.0, "Members on the options for the depot."),
        ],
        set(),
        {"Board and Members", "Board"},
        "and-at-row-end-not-a-name",
    ),
    case(
        [
            (72.0, "02/03/2012   Team to write to the Office for   April   Complete"),
            (72.0, "09/03/2012   Fair Trading Standards leaflet to be reprinted"),
        ],
        set(),
        {"Office for Fair Trading Standards", "Office for 09/03/2012"},
        "next-row-not-set-in",
    ),
]


def table_rows_page(rows: list[tuple[float, str]]) -> PageLayout:
    """A page of the heading, the members and a table's rows printed 12 points apart (one paragraph)."""
    page = minutes_page([*HEADING, MEMBERS])
    top = page.lines[-1].top + 24.0
    lines = [
        Line(text, x, top + 12.0 * i, min(x + 4.5 * len(text), 572.0), top + 12.0 * i + 10, 10.0, False)
        for i, (x, text) in enumerate(rows)
    ]
    return dataclasses.replace(page, lines=[*page.lines, *lines])


# --- class 3: legal forms at a name's end ---------------------------------------------------------------------------
LEGAL_FORMS = [
    case(
        [
            "The second annual report of the Harlow Windfarm Community Fund, managed by Nine Villages CIC and "
            "supported "
            "by Norvent Wind Power Ltd, was received."
        ],
        {"Nine Villages CIC", "Norvent Wind Power Ltd"},
        {"Nine Villages", "Harlow Windfarm Community Fund"},
        "community-interest-company",
    ),
    case(
        ["The Westshire CIC met in June and asked about the cost of bus passes for care leavers."],
        set(),
        {"Westshire CIC"},
        "county-children-in-care-not-cic",
    ),
    case(
        ["The auditors, Larch Gowan LLP, presented the accounts for the year."],
        {"Larch Gowan LLP"},
        {"Larch Gowan"},
        "auditors-llp",
    ),
    case(
        ["The Council's trading company, Ashcombe Homes Limited, will take over the lease in April."],
        {"Ashcombe Homes Limited"},
        {"Ashcombe Homes"},
        "trading-company-limited",
    ),
    case(
        ["Approve a contract with Pacific Roadworks, Inc. for the slurry seal project in the amount of $412,000."],
        {"Pacific Roadworks, Inc."},
        {"Pacific Roadworks"},
        "firm-inc-comma",
    ),
    case(
        ["A lease with Quarry Lane Partners, LLC for the vacant lot was continued to the next meeting."],
        {"Quarry Lane Partners, LLC"},
        {"Quarry Lane Partners"},
        "firm-llc-comma",
    ),
]

# --- class 4: UK central government and justice bodies --------------------------------------------------------------
CENTRAL_GOVERNMENT = [
    case(
        ["Results were published jointly with HMI Prisons on indeterminate sentences."],
        {"HMI Prisons"},
        set(),
        "hmi-prisons",
    ),
    case(
        [
            "We must keep a degree of difference from how the National Offender Management Service has operated; "
            "NOMS must change as a result of how the Ministry of Justice is organising things."
        ],
        {"National Offender Management Service", "Ministry of Justice"},
        {"NOMS"},
        "noms-and-ministry",
    ),
    case(
        [
            "The MoJ will announce its plans for the next generation of rehabilitation companies; the Home Office "
            "has written to all forces."
        ],
        {"MoJ", "Home Office"},
        set(),
        "moj-and-home-office",
    ),
    case(
        [
            "He thanked the trustees of the Harrow Linden Trust for their continued funding; the Penal Affairs Trust "
            "for providing the secretariat."
        ],
        {"Harrow Linden Trust", "Penal Affairs Trust"},
        set(),
        "two-trusts-thanked",
    ),
    case(
        ["Guest speakers: Carol Kirby, Chair, The Parole Board; Martin Jonas, Chief Executive, The Parole Board"],
        {"Parole Board"},
        set(),
        "guest-post-then-body",
        people={"Carol Kirby", "Martin Jonas"},
    ),
    case(
        ["Members discussed the Public Services Network (PSN) and its cost to the smaller councils."],
        set(),
        {"Public Services Network", "PSN"},
        "network-with-initials-not-body",
    ),
    case(
        ["The current situation where a merger with Wyeshire was proposed would lead to joint projects."],
        set(),
        {"Wyeshire"},
        "merger-with-place-not-body",
    ),
]

# --- class 5: North American councils and police boards -------------------------------------------------------------
NORTH_AMERICA = [
    case(
        [
            "Council Member Brandt welcomed Chamber of Commerce Executive Director Ruiz, Elmwood Unified School "
            "District Board Member Tanaka and Youth Commissioner Tanaka who were in the audience."
        ],
        {"Chamber of Commerce", "Elmwood Unified School District"},
        {"Elmwood Unified School District Board"},
        "chamber-and-school-district",
        people={"Brandt", "Tanaka"},
    ),
    case(
        [
            "Council Member Brandt welcomed Chamber of Commerce Executive Director Ruiz, Elmwood Unified School "
            "District Board Member Tanaka and Youth Commissioner Tanaka who were in the audience."
        ],
        set(),
        set(),
        "executive-director-before-surname",
        people={"Ruiz"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Executive Director Ruiz, Elmwood … Board Member Tanaka and …': a post title before a surname "
            "then a comma reads as the start of a list that must end in 'and', which this one does not; no rule "
            "yet reads a post before one surname in a run of posts and names",
        ),
    ),
    case(
        ["The Invocation was delivered by Pastor Kevin Boyd of Light & Hope Christian Fellowship."],
        {"Light & Hope Christian Fellowship"},
        set(),
        "pastor-of-fellowship",
        people={"Kevin Boyd"},
    ),
    case(
        [
            "The update from the Commanding Officer and Community Police Advisory Board (C-PAB) representative was "
            "given by Captain William Stott."
        ],
        {"Community Police Advisory Board"},
        {"C-PAB"},
        "generic-words-body-with-initials",
        people={"William Stott"},
    ),
    case(
        ["Assistant Chief Earl Paxton said he has known Vice President John Mace for more than 25 years."],
        set(),
        set(),
        "earl-as-given-name-after-post",
        people={"Earl Paxton", "John Mace"},
    ),
    case(
        [
            "Also present: Sydney Robbins, Chief Administrator of the Civilian Office of Police Accountability; Karen "
            "Kotow, Chief of Bureau of Internal Affairs, Chicago Police Department."
        ],
        {"Civilian Office of Police Accountability", "Chicago Police Department"},
        set(),
        "also-present-post-of-body",
        people={"Sydney Robbins", "Karen Kotow"},
    ),
    case(
        [
            "Approval of Master Agreement with Caltrans for Federal-Aid / State Funding Projects within the City of "
            "Alder. Report Prepared by: Lee S. Thomson, Public Works Director"
        ],
        {"Caltrans"},
        {"Federal-Aid", "State Funding Projects"},
        "caltrans-agreement",
        people={"Lee S. Thomson"},
    ),
    case(
        [
            "Olivia Applebee, Crime Prevention Specialist, Alder Police Department; and Jenny Mott, Grant Coordinator, "
            "Alder Valley Unified School District, will accept the proclamation."
        ],
        {"Alder Police Department", "Alder Valley Unified School District"},
        set(),
        "post-then-department-and-district",
        people={"Olivia Applebee", "Jenny Mott"},
    ),
    case(
        ["Kasey Powell, Executive Director, Alder Valley YMCA, will accept the proclamation."],
        {"Alder Valley YMCA"},
        set(),
        "post-then-ymca",
        people={"Kasey Powell"},
    ),
    case(
        [
            "Frank Chatman of Empowering Neighbors for Public Safety (ENPS) says they put in a lot of work. "
            "Jackie Bolden "
            "of JCUA discusses the human cost of misconduct. Commissioner Beth Browne reads a statement."
        ],
        {"Empowering Neighbors for Public Safety", "JCUA"},
        {"ENPS"},
        "of-body-after-name",
        people={"Frank Chatman", "Jackie Bolden", "Beth Browne"},
    ),
    case(
        [
            "District Commander Ortega and Sergeant Salas reported on the beat meetings; Alderman Whitfield "
            "asked about "
            "response times and Vice Mayor Garbutt thanked the Public Works Department."
        ],
        {"Public Works Department"},
        {"District Commander Ortega", "Vice Mayor Garbutt"},
        "police-titles-and-vice-mayor",
        people={"Ortega", "Salas", "Whitfield", "Garbutt"},
    ),
]

# --- class 6: "Present:" lists of a police and crime panel -----------------------------------------------------------
PRESENT_LISTS = [
    case(
        [
            "Present: John Adamson (Chairman) (Ashcombe Borough Council), Mike Short (Vice-Chairman) (Independent), "
            "Norman Dent (Westbay Borough Council), David Browne (Borough of Pooleham)"
        ],
        {"Westbay Borough Council", "Borough of Pooleham"},
        {"Independent", "Vice-Chairman", "Chairman"},
        "present-name-post-body",
        people={"John Adamson", "Mike Short", "Norman Dent", "David Browne"},
    ),
    case(
        [
            "Officers Attending: Martyn Underwood (Police and Crime Commissioner), Debbie Simms (Chief Constable), "
            "Simon Bullen (Interim Chief Executive, OPCC), Adam Richards (Finance Officer, Borough of Pooleham)"
        ],
        {"OPCC", "Borough of Pooleham"},
        {"Police and Crime Commissioner", "Chief Constable", "Interim Chief Executive"},
        "officers-attending-post-body",
        people={"Martyn Underwood", "Debbie Simms", "Simon Bullen", "Adam Richards"},
    ),
    case(
        ["Present: Suhail Azim (Chair), David Scott, HH Judge R Orme (Part), Chief Constable Andy Marsden"],
        set(),
        {"Part", "Chair"},
        "present-judge-and-chief-constable",
        people={"Suhail Azim", "David Scott", "R Orme", "Andy Marsden"},
    ),
    case(
        ["In attendance: Geraldine Gavan – Chief Operations Officer, Phil Drewe – Director of Human Resources"],
        set(),
        {"Chief Operations Officer", "Human Resources"},
        "in-attendance-post-dash",
        people={"Geraldine Gavan", "Phil Drewe"},
    ),
]


def _check(paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str]) -> None:
    organisations, found_people = found_names(paragraphs)
    assert {norm_name(name) for name in wanted} <= organisations
    assert not {norm_name(name) for name in absent} & organisations
    assert {norm_name(name) for name in people} <= found_people


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people"), AND_NAMES)
def test_and_within_and_between(paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str]) -> None:
    _check(paragraphs, wanted, absent, people)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people"), ONE_VENDOR)
def test_one_vendor_per_order(paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str]) -> None:
    _check(paragraphs, wanted, absent, people)


@pytest.mark.parametrize(("rows", "wanted", "absent", "people"), BROKEN_NAMES)
def test_names_broken_over_rows(
    rows: list[tuple[float, str]], wanted: set[str], absent: set[str], people: set[str]
) -> None:
    organisations = {norm_name(name) for name in organisations_on_page(table_rows_page(rows))}
    assert {norm_name(name) for name in wanted} <= organisations
    assert not {norm_name(name) for name in absent} & organisations


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people"), LEGAL_FORMS)
def test_legal_forms(paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str]) -> None:
    _check(paragraphs, wanted, absent, people)


# the body holding the meeting printed with its legal form every time: the body is listed so, and once
BODY_WITH_LEGAL_FORM = [
    (
        [
            "Westshire’s Libraries IPS Ltd Annual General Meeting",
            "Thursday 20 October 2016, 6pm, The Apex, Westbury",
            "AGENDA",
            "1. Welcome and apologies",
            "4. Appointment of Auditor: To appoint the Auditor - Larch Gowan Ltd.",
            "5. Announcement of the election of 2 Westshire Libraries IPS Ltd Board Members",
        ],
        {"Westshire Libraries IPS Ltd", "Larch Gowan Ltd"},
    ),
    (
        [
            "Westshire’s Libraries IPS Ltd Annual General Meeting",
            "Thursday 20 October 2016, 6pm, The Apex, Westbury",
            "MINUTES",
            "1. The Chair welcomed all and thanked the volunteers of Westshire Libraries IPS for their work.",
            "2. The accounts were presented by the Auditor, Larch Gowan Ltd.",
        ],
        {"Westshire Libraries IPS", "Larch Gowan Ltd"},
    ),
]


@pytest.mark.parametrize(("rows", "wanted"), BODY_WITH_LEGAL_FORM, ids=["ips-ltd-every-time", "ips-once-without"])
def test_body_printed_with_its_legal_form(tmp_path, rows: list[str], wanted: set[str]) -> None:
    _, organisations = rendered_names(tmp_path / "page.pdf", rows)
    assert organisations == {norm_name(name) for name in wanted}


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people"), CENTRAL_GOVERNMENT)
def test_central_government(paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str]) -> None:
    _check(paragraphs, wanted, absent, people)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people"), NORTH_AMERICA)
def test_north_american(paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str]) -> None:
    _check(paragraphs, wanted, absent, people)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people"), PRESENT_LISTS)
def test_present_lists(paragraphs: list[str], wanted: set[str], absent: set[str], people: set[str]) -> None:
    _check(paragraphs, wanted, absent, people)
