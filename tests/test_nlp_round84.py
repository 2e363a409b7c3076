"""Round 84 (issue #6: organisations and people in papers of bodies no earlier round drew): round 50's leftover in
the dev split first, Milburn's 2017 AGM agenda read as grey pictures, whose councillors are listed with their
addresses under a heading that reads bold on the scan ("Michael Armstrong, Julian Bower Farm, Cliburn, Tel …" gave a
person "Bower Farm"), drawn again as a parish agenda (a text page, a page whose "Councillors" line is bold, and the
page printed, stored as a 200 dpi grey picture and read by OCR through the real extraction); then a Scottish
integration joint board's minute ("Sederunt:", "Provost", "Depute Provost", "Bailie", NHS Grampian, Police Scotland,
SEPA, Skills Development Scotland, a health and social care partnership after its chief officer's post, the Scottish
Government in the possessive, the Care Inspectorate, a Gaelic council name, a community council, a university and a
college joined by "and"); a Welsh county council's scrutiny minutes (bilingual names "Cyngor Sir Ddinbych /
Denbighshire County Council", "Heddlu Gogledd Cymru / North Wales Police", "Cynghorydd", Betsi Cadwaladr University
Health Board, Natural Resources Wales and its acronym, the Welsh Government, "Coleg Cambria"); a Northern Ireland
district council's committee (Alderman, PSNI, the Housing Executive, the Department for Infrastructure, a PCSP, a
health and social care trust, a council named with "and" inside); a health and wellbeing board (NHS foundation
trusts, an ICB, a primary care network, Healthwatch, a GP federation); fire authorities, national park authorities,
universities, housing associations, a CIC, a CIO, trusts, foundations and a hospice; partner updates and
consultation respondents; and what is no body (posts such as "Chief Officer", funds, places, a national park as a
place, "Primary Care Networks" in the plural). Read through the real NLP pass on a page of the meeting's heading (the
body holding the meeting is left out, as the organisation suites leave out the parish council).

Conventions (corpus/gold/README.md): people are every named individual without titles ("Provost", "Bailie",
"Alderman", "Cynghorydd" as "Cllr"), as "First Last" where printed; organisations are named bodies, not generic
words; an acronym printed with its full name is one organisation, the full name; an acronym never spelled out is
kept as printed (rounds 41, 42, 82); a council's directorates and services are bodies (stop 25, so "Adult Social
Care" is not drawn as a no-body). Decided here where the rules are silent:
- A bilingual name printed "Welsh / English" is one body, read by its English name (the page's language; the reader
  already reads "Cyngor Tref Cwmaman Town Council" so); a Welsh name printed alone is a body as printed.
- An address in a members list ("Julian Bower Farm", "Ivy Cottage", "Low Green Farmhouse") names no person.
- "X National Park Authority" is a body; "the Lake District National Park" alone is a place.
- "the Scottish Government's" is the Scottish Government (the possessive dropped, as round 82's "Kent Police's").

Names are compared as `agendaparse eval` compares them.

Pass before (HEAD 36fa869): 29 of 39 (the first run said 28: "NHS Marlshire Integrated Care Board" was dropped as
the meeting's own board because the health and wellbeing board's page had only three heading lines, so the case's
sentence was read as the fourth; the page was given a fourth heading line, as a real minute prints its venue, before
any change). The misses: the addresses "Julian Bower Farm" (text page and bold head) and the scanned agenda ("Julian"
read as a post's "-ian" word, "Bower" as the given name); "Provost Moira Grant" not read and "Bailie Tom Shand" read
with his title; "Jane Craig, Chief Officer, Morlich Health and Social Care Partnership" gave a person "Morlich
Health" and the body "Social Care Partnership" (the list split at "and"); "Comhairle nan Eilean Siar and Highland
Council" and "University of the Highlands and Islands and North East Scotland College" each read as one body;
"Coleg Cambria" not read; "Cyngor Sir Ddinbych / Denbighshire County Council" gave a second body "Cyngor Sir
Ddinbych"; "Partner update – Marlshire Citizens Advice" cut to "Citizens Advice".

After: 39 of 39, no strict xfails. The fix (nlp/attendance.py, nlp/organisations.py, nlp/patterns.py): a list
entry ending in a house's or a road's word ("Farm", "Cottage", "Farmhouse", "Barn", "Road", "Street" …:
ADDRESS_LAST_WORDS; not "Hall", "Lane", "Park", "Lodge", common surnames) is no name; "Provost", "Depute Provost",
"Lord Provost", "Bailie" and "Cynghorydd" are titles (TITLE_WORDS); an attendance entry's "and" between a sector
word and capitalised words up to a body's word ("Health and Social Care Partnership", "Fire and Rescue Service":
AND_IN_BODY_RE) does not part the entry; a known body whose last words open a second reading "… and <Body>"
("Comhairle nan Eilean Siar" / "Eilean Siar and Highland Council") is two bodies (_joined_overlaps); "University of
the <Place> and <Place>" keeps its two places before the next body (UNIVERSITY_OF_RE, _split_org_list); "Coleg",
"Prifysgol" and "Grŵp" open a Welsh body's name (WELSH_BODY_RE) and a Welsh council's name before " / " and its
English name is not read apart (WELSH_COUNCIL_RE); a dash sets a place's branch apart ("– Marlshire Citizens Advice":
PLACE_BEFORE_BRANCH_RE). A second draw of 6 cases (class 8: surnames that are place words, a sector word before the
next attendee and "Lord Provost", a partnership after a post beside "Fire and Rescue Service", an em dash before
"Lenham Healthwatch", Welsh names alone and "University of Kent and Canterbury College", two bilingual pairs) was
written after the fix: 2 of 6 against HEAD, 6 of 6 after. The titles then made round 49's "Provost Watt Drive" (a
road) a person "Watt Drive": a titled name ending in a road's or a house's word is no person (TITLED_ROAD_WORDS, in
nlp/mentions.py), and a seventh case of class 8 keeps it (it passes at HEAD, which reads no "Provost"): 46 of 46 in
all.
"""

from __future__ import annotations

import io
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.evaluate import norm_name
from agendaparse.pdf import Line, PageLayout
from minutes_page import minutes_page, names_case, organisations_on_page, people_on_page, shared_nlp


def names_under(heading: list[str], body: str, paragraphs: list[str]) -> tuple[set[str], set[str]]:
    """The organisations (besides ``body``, the one holding the meeting) and the people a page of ``heading`` and
    ``paragraphs`` names, as eval compares them."""
    page = minutes_page([*heading, *paragraphs])
    organisations = {norm_name(name) for name in organisations_on_page(page)} - {norm_name(body)}
    return organisations, {norm_name(name) for name in people_on_page(page)}


def check(found: tuple[set[str], set[str]], wanted, absent, people, not_people) -> None:
    organisations, found_people = found
    assert {norm_name(name) for name in wanted} <= organisations, organisations
    assert not {norm_name(name) for name in absent} & organisations, organisations
    assert {norm_name(name) for name in people} <= found_people, found_people
    assert not {norm_name(name) for name in not_people} & found_people, found_people


# --- class 1: a parish's councillors listed with their addresses (round 50's leftover, Milburn's 2017 AGM agenda) ---
PARISH_BODY = "Hallbeck Parish Council"
PARISH_HEADING = [PARISH_BODY, "Annual Parish Meeting in the Village Hall", "Tuesday, 6th May 2025 at 7.30pm"]
ADDRESSES = [
    "Colin Ashby, Julian Bower Farm, Crosby, Tel 07817 367076, Ray Dent, Townhead Tel 61447,",
    "Sally Moss, Ivy Cottage Tel 61322, Pauline Rigg, The Smithy Tel 61405,",
    "Dennis Hart, Low Green Farmhouse Tel 61430",
]


def _bold_head_page(lines_text: list[str]) -> PageLayout:
    """A page whose 'Councillors' line is bold (as an underlined heading reads on a scan since seg60)."""
    page = minutes_page(lines_text)
    lines = [
        Line(line.text, line.x0, line.top, line.x1, line.bottom, line.size, line.text == "Councillors")
        for line in page.lines
    ]
    return PageLayout(number=1, width=page.width, height=page.height, rotation=0, lines=lines)


ADDRESS_CASES = [
    names_case(
        ["Councillors", *ADDRESSES],
        set(),
        {"Julian Bower Farm", "Bower Farm", "Ivy Cottage", "Low Green Farmhouse"},
        "councillors-with-addresses",
        people={"Colin Ashby", "Ray Dent", "Sally Moss", "Pauline Rigg", "Dennis Hart"},
        not_people={"Bower Farm", "Julian Bower", "Julian Bower Farm", "Ivy Cottage", "Green Farmhouse", "Townhead"},
    ),
    names_case(
        ["Present: Cllr Rose Penn (Chair), Cllr Adrian Walsh, Cllr Gillian Fox and Brian Tate (Clerk)."],
        set(),
        set(),
        "given-names-ending-ian",
        people={"Rose Penn", "Adrian Walsh", "Gillian Fox", "Brian Tate"},
    ),
    names_case(
        ["Members: Holly Grange (Chair), 2 Mill Cottages, Ann Stott, Rose Cottage, Church Lane"],
        set(),
        set(),
        "cottages-after-names",
        people={"Holly Grange", "Ann Stott"},
        not_people={"Mill Cottages", "Rose Cottage", "Church Lane"},
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people", "not_people"), ADDRESS_CASES)
def test_addresses(paragraphs, wanted, absent, people, not_people) -> None:
    check(names_under(PARISH_HEADING, PARISH_BODY, paragraphs), wanted, absent, people, not_people)


def test_bold_councillors_head_with_addresses() -> None:
    """The list under a bold 'Councillors' line, as Milburn's scanned agenda reads since seg60."""
    page = _bold_head_page([*PARISH_HEADING, "Councillors", *ADDRESSES])
    people = {norm_name(name) for name in people_on_page(page)}
    assert {norm_name(n) for n in ("Colin Ashby", "Ray Dent", "Sally Moss", "Pauline Rigg", "Dennis Hart")} <= people
    assert not {norm_name(n) for n in ("Bower Farm", "Ivy Cottage", "Green Farmhouse", "Julian Bower")} & people


def _agenda_pdf() -> bytes:
    """A one-page parish AGM agenda with the councillors and their addresses under an underlined heading."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 790.0
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawCentredString(297, y, "HALLBECK PARISH COUNCIL")
    pdf.setFont("Helvetica", 11)
    for text in [
        "Annual Parish Meeting in the Village Hall on Tuesday, 6th May 2025 at 7.30pm",
        "",
        "A.G.M. Agenda",
        "1. To elect a Chairperson",
        "2. To receive apologies for the meeting",
        "3. To approve the minutes of the last Parish Council Meeting, 4th March 2025",
        "4. Seat under Chestnut Tree",
        "5. Finance - Playsafe Inspections Annual Inspection £54.00",
        "6. Date of next meeting - 1st July 2025",
        "",
        "If you wish to add anything to the agenda, please inform the Clerk, Joan Kerr, Hallbeck Parish Council",
    ]:
        y -= 22
        pdf.drawString(60, y, text)
    y -= 30
    pdf.setFont("Helvetica", 9)
    pdf.drawString(60, y, "Councillors")
    pdf.line(60, y - 2, 60 + pdf.stringWidth("Councillors", "Helvetica", 9), y - 2)
    pdf.setFont("Helvetica", 10)
    for text in ADDRESSES:
        y -= 14
        pdf.drawString(60, y, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@lru_cache(maxsize=1)
def _scanned_agenda_people() -> tuple[str, ...]:
    from agendaparse.extract import extract_document
    from agendaparse.variants import rasterised

    with tempfile.TemporaryDirectory() as folder:
        typed, scanned = Path(folder) / "typed.pdf", Path(folder) / "scanned.pdf"
        typed.write_bytes(_agenda_pdf())
        rasterised(typed, scanned)  # a 200 dpi grey picture, no text layer
        document = extract_document(scanned, nlp=shared_nlp(), ocr="auto", with_tables=False)
    return tuple(document.people)


def test_scanned_agenda_addresses_are_no_people() -> None:
    people = {norm_name(name) for name in _scanned_agenda_people()}
    assert {norm_name(n) for n in ("Colin Ashby", "Ray Dent", "Sally Moss", "Dennis Hart")} <= people, people
    assert not {norm_name(n) for n in ("Bower Farm", "Ivy Cottage", "Green Farmhouse", "Julian Bower")} & people


# --- class 2: a Scottish integration joint board -------------------------------------------------------------------
IJB_BODY = "Morlich Integration Joint Board"
IJB_HEADING = [IJB_BODY, "Minute of Meeting", "Thursday 27 February 2025 at 10.00am, Council Chambers, Elgin"]
SCOTLAND = [
    names_case(
        [
            "Sederunt: Councillor Ann Ross (Chair), Dennis Lamb (NHS Grampian), Chief Superintendent Gary Reid (Police"
            " Scotland), Provost Moira Grant"
        ],
        {"NHS Grampian", "Police Scotland"},
        set(),
        "sederunt-with-bodies",
        people={"Ann Ross", "Dennis Lamb", "Gary Reid", "Moira Grant"},
        not_people={"Provost Moira Grant", "Chief Superintendent Gary Reid", "Sederunt"},
    ),
    names_case(
        ["In attendance: Jane Craig, Chief Officer, Morlich Health and Social Care Partnership; Bailie Tom Shand."],
        {"Morlich Health and Social Care Partnership"},
        {"Chief Officer", "Chief Officer Morlich Health and Social Care Partnership"},
        "chief-officer-and-partnership",
        people={"Jane Craig", "Tom Shand"},
        not_people={"Bailie Tom Shand", "Chief Officer"},
    ),
    names_case(
        ["Apologies: Fiona Hay (SEPA), Kirsty Bell (Skills Development Scotland), Depute Provost Iain Munro"],
        {"SEPA", "Skills Development Scotland"},
        set(),
        "apologies-sepa-sds-depute-provost",
        people={"Fiona Hay", "Kirsty Bell", "Iain Munro"},
        not_people={"Provost Iain Munro", "Depute Provost Iain Munro"},
    ),
    names_case(
        [
            "The Scottish Government's Programme for Government commits funding; the Scottish Environment Protection"
            " Agency (SEPA) will advise on flood risk."
        ],
        {"Scottish Government", "Scottish Environment Protection Agency"},
        {"Scottish Governments", "Programme for Government", "SEPA"},
        "scottish-government-possessive",
    ),
    names_case(
        [
            "Reports were received from the Care Inspectorate, Healthcare Improvement Scotland and Audit Scotland on"
            " the inspection of care at home services."
        ],
        {"Care Inspectorate", "Healthcare Improvement Scotland", "Audit Scotland"},
        set(),
        "scottish-scrutiny-bodies",
    ),
    names_case(
        [
            "Comhairle nan Eilean Siar and Highland Council officers joined the Scottish Fire and Rescue Service for"
            " the session."
        ],
        {"Comhairle nan Eilean Siar", "Highland Council", "Scottish Fire and Rescue Service"},
        set(),
        "gaelic-council-name",
    ),
    names_case(
        ["Forres Community Council and Public Health Scotland responded to the consultation on the strategic plan."],
        {"Forres Community Council", "Public Health Scotland"},
        {"Strategic Plan"},
        "community-council-and-phs",
    ),
    names_case(
        [
            "The Chief Social Work Officer and the Chief Finance Officer presented the Whole Family Wellbeing Fund"
            " report for Speyside and Moray."
        ],
        set(),
        {"Chief Social Work Officer", "Chief Finance Officer", "Whole Family Wellbeing Fund", "Speyside", "Moray"},
        "posts-funds-and-places",
    ),
    names_case(
        ["University of the Highlands and Islands and North East Scotland College will host the workforce academy."],
        {"University of the Highlands and Islands", "North East Scotland College"},
        set(),
        "scottish-university-and-college",
    ),
    names_case(
        [
            "Aberdeenshire Health and Social Care Partnership (AHSCP) and Aberdeen City Council will report jointly;"
            " AHSCP leads the work."
        ],
        {"Aberdeenshire Health and Social Care Partnership", "Aberdeen City Council"},
        {"AHSCP", "Social Care Partnership"},
        "hscp-with-acronym",
        not_people={"Aberdeenshire Health"},
    ),
    names_case(
        ["Bailie Tom Shand seconded the motion moved by Provost Moira Grant."],
        set(),
        set(),
        "bailie-and-provost",
        people={"Tom Shand", "Moira Grant"},
        not_people={"Bailie Tom Shand", "Provost Moira Grant"},
    ),
]

# --- class 3: Welsh bodies -----------------------------------------------------------------------------------------
WALES_BODY = "Cyngor Sir Ddinbych / Denbighshire County Council"
WALES_HEADING = ["Cyngor Sir Ddinbych / Denbighshire County Council", "Partnerships Scrutiny Committee", "Minutes"]
WALES = [
    names_case(
        [
            "Present: Cynghorydd Huw Jones (Chair), Dafydd ap Rhys (Betsi Cadwaladr University Health Board), Siân"
            " Lloyd (Natural Resources Wales)"
        ],
        {"Betsi Cadwaladr University Health Board", "Natural Resources Wales"},
        set(),
        "welsh-attendance",
        people={"Huw Jones", "Dafydd ap Rhys", "Siân Lloyd"},
        not_people={"Cynghorydd Huw Jones"},
    ),
    names_case(
        [
            "The Welsh Government has confirmed the grant; Public Health Wales and Audit Wales will review the"
            " scheme with North Wales Fire and Rescue Service."
        ],
        {"Welsh Government", "Public Health Wales", "Audit Wales", "North Wales Fire and Rescue Service"},
        set(),
        "welsh-national-bodies",
    ),
    names_case(
        ["Wrexham Glyndŵr University and Coleg Cambria presented the skills partnership's report."],
        {"Wrexham Glyndŵr University", "Coleg Cambria"},
        set(),
        "welsh-university-and-coleg",
    ),
    names_case(
        ["Apologies: Chief Inspector Owen Price (Heddlu Gogledd Cymru / North Wales Police)"],
        {"North Wales Police"},
        {"Heddlu Gogledd Cymru", "Heddlu Gogledd Cymru / North Wales Police"},
        "bilingual-police-in-brackets",
        people={"Owen Price"},
    ),
    names_case(
        ["Natural Resources Wales (NRW) objected to the scheme; NRW's officers will meet the applicant."],
        {"Natural Resources Wales"},
        {"NRW", "NRWs"},
        "nrw-acronym-after-full-name",
    ),
    names_case(
        ["Cyngor Sir Ddinbych / Denbighshire County Council will write to Cyngor Bwrdeistref Sirol Conwy."],
        {"Cyngor Bwrdeistref Sirol Conwy"},
        {"Cyngor Sir Ddinbych / Denbighshire County Council", "Cyngor Sir Ddinbych"},
        "bilingual-own-body-is-one",
    ),
]

# --- class 4: Northern Ireland -------------------------------------------------------------------------------------
NI_BODY = "Lisnafin District Council"
NI_HEADING = [NI_BODY, "Minutes of the Environment Committee", "Monday 3 March 2025 at 7.00pm"]
NORTHERN_IRELAND = [
    names_case(
        [
            "Present: Alderman Tom Kerr (Chair), Councillor Ciara Doherty. In attendance: Inspector Ruth Boyd (PSNI),"
            " Mark Quinn (Housing Executive)"
        ],
        {"PSNI", "Housing Executive"},
        set(),
        "ni-attendance-alderman",
        people={"Tom Kerr", "Ciara Doherty", "Ruth Boyd", "Mark Quinn"},
        not_people={"Alderman Tom Kerr"},
    ),
    names_case(
        [
            "The Department for Infrastructure (DfI) will resurface the road; DfI Roads officers and the Northern"
            " Ireland Housing Executive attended."
        ],
        {"Department for Infrastructure", "Northern Ireland Housing Executive"},
        {"DfI"},
        "dfi-and-nihe",
    ),
    names_case(
        ["The Policing and Community Safety Partnership and the Education Authority will fund the youth diversion."],
        {"Policing and Community Safety Partnership", "Education Authority"},
        set(),
        "pcsp-and-education-authority",
    ),
    names_case(
        ["Western Health and Social Care Trust and the Northern Ireland Fire and Rescue Service gave updates."],
        {"Western Health and Social Care Trust", "Northern Ireland Fire and Rescue Service"},
        set(),
        "ni-trust-and-fire",
    ),
    names_case(
        ["Causeway Coast and Glens Borough Council and Mid Ulster District Council share the waste contract."],
        {"Causeway Coast and Glens Borough Council", "Mid Ulster District Council"},
        {"Glens Borough Council"},
        "ni-councils-with-and-inside",
    ),
]

# --- class 5: NHS trusts, ICBs, PCNs, GP federations, Healthwatch ---------------------------------------------------
HWB_BODY = "Marlshire County Council"
HWB_HEADING = [
    HWB_BODY,
    "Health and Wellbeing Board",
    "Minutes of the meeting held on 12 March 2025",
    "Held at Sessions House, County Hall, Maidstone",
]
NHS = [
    names_case(
        [
            "Present: Dr Kate Lowe (Lenham Rural Primary Care Network), Sam Ibe (Healthwatch Marlshire), Dr Raj Patel"
            " (Marlshire GP Federation)"
        ],
        {"Lenham Rural Primary Care Network", "Healthwatch Marlshire", "Marlshire GP Federation"},
        set(),
        "pcn-healthwatch-gp-federation",
        people={"Kate Lowe", "Sam Ibe", "Raj Patel"},
    ),
    names_case(
        [
            "Marlshire Community Health NHS Foundation Trust and South East Coast Ambulance Service NHS Foundation"
            " Trust reported on winter pressures to NHS Marlshire Integrated Care Board."
        ],
        {
            "Marlshire Community Health NHS Foundation Trust",
            "South East Coast Ambulance Service NHS Foundation Trust",
            "NHS Marlshire Integrated Care Board",
        },
        {"NHS"},
        "trusts-and-icb",
    ),
    names_case(
        ["All Primary Care Networks were asked to nominate a clinical lead; the GP practices welcomed the offer."],
        set(),
        {"Primary Care Networks", "GP"},
        "generic-pcns",
    ),
]

# --- class 6: fire authorities, national parks, universities, housing associations and charities ------------------
OTHERS = [
    names_case(
        [
            "The Peak District National Park Authority and the Broads Authority responded; visitors to the Lake"
            " District National Park were surveyed."
        ],
        {"Peak District National Park Authority", "Broads Authority"},
        {"Lake District National Park"},
        "national-park-authorities-and-park",
    ),
    names_case(
        ["Marlshire and Lenham Fire Authority approved the plan prepared by Marlshire Fire and Rescue Service."],
        {"Marlshire and Lenham Fire Authority", "Marlshire Fire and Rescue Service"},
        set(),
        "combined-fire-authority",
    ),
    names_case(
        ["Canterbury Christ Church University and the University of Kent will place student nurses with the trust."],
        {"Canterbury Christ Church University", "University of Kent"},
        set(),
        "universities",
    ),
    names_case(
        ["Hyde Housing Association and Moat Homes reported void levels; Lenham Community Transport CIC runs the bus."],
        {"Hyde Housing Association", "Moat Homes", "Lenham Community Transport CIC"},
        set(),
        "housing-associations-and-cic",
    ),
    names_case(
        [
            "Grants were awarded to Marlshire Food Partnership CIO, the Tudor Trust and Lloyds Bank Foundation for"
            " the advice service."
        ],
        {"Marlshire Food Partnership CIO", "Tudor Trust", "Lloyds Bank Foundation"},
        set(),
        "cio-trust-foundation",
    ),
    names_case(
        ["Heart of Kent Hospice and Age UK Marlshire thanked the board for the grant."],
        {"Heart of Kent Hospice", "Age UK Marlshire"},
        set(),
        "hospice-and-age-uk",
    ),
]

# --- class 7: partner updates and consultation responses ------------------------------------------------------------
PARTNERS = [
    names_case(
        [
            "Partner update – Kent Fire and Rescue Service: home safety visits rose by 12%.",
            "Partner update – Marlshire Citizens Advice: demand for debt advice remains high.",
        ],
        {"Kent Fire and Rescue Service", "Marlshire Citizens Advice"},
        {"Partner update"},
        "partner-update-lines",
    ),
    names_case(
        [
            "Respondent: Sport England – supports the policy. Respondent: Historic England – objects to site H4.",
            "Respondent: Lenham Parish Council – no comment.",
        ],
        {"Sport England", "Historic England", "Lenham Parish Council"},
        {"Respondent"},
        "consultation-respondents",
    ),
    names_case(
        ["The Chief Officer and the Head of Strategic Planning will report to the Board in June."],
        set(),
        {"Chief Officer", "Head of Strategic Planning", "Board"},
        "posts-are-no-bodies",
        not_people={"Chief Officer"},
    ),
]

# --- class 8 (drawn after the fix): the new rules' edges --------------------------------------------------------------
SECOND_DRAW = [
    names_case(
        ["Present: Cllr Jenny Park, Cllr Tom Hall, Ann Lodge (Clerk)", "Apologies: Cllr Ruth Green"],
        set(),
        set(),
        "surnames-that-are-place-words",
        people={"Jenny Park", "Tom Hall", "Ann Lodge", "Ruth Green"},
    ),
    names_case(
        ["Present: Sue Hill, Public Health and Tom Reid, Housing; Lord Provost Philip Braat"],
        set(),
        set(),
        "sector-word-and-next-attendee",
        people={"Sue Hill", "Tom Reid", "Philip Braat"},
        not_people={"Lord Provost Philip Braat", "Provost Philip Braat"},
    ),
    names_case(
        [
            "In attendance: Amy Lee, Head of Service, Aberdeen City Health and Social Care Partnership; Jo Bell, Fire"
            " and Rescue Service"
        ],
        {"Aberdeen City Health and Social Care Partnership"},
        set(),
        "partnership-after-post-and-fire-service",
        people={"Amy Lee", "Jo Bell"},
        not_people={"Aberdeen City Health", "City Health"},
    ),
    names_case(
        ["Partner update — Lenham Healthwatch: the enter and view report is published."],
        {"Lenham Healthwatch"},
        {"Partner update"},
        "em-dash-before-place-branch",
    ),
    names_case(
        ["Cyngor Gwynedd and Coleg Gwent signed the agreement with the University of Kent and Canterbury College."],
        {"Cyngor Gwynedd", "Coleg Gwent", "University of Kent", "Canterbury College"},
        {"University of Kent and Canterbury College"},
        "welsh-names-alone-and-two-colleges",
    ),
    names_case(
        ["Cyngor Tref Cwmaman / Cwmaman Town Council and Heddlu Dyfed-Powys / Dyfed-Powys Police responded."],
        {"Cwmaman Town Council", "Dyfed-Powys Police"},
        {"Cyngor Tref Cwmaman", "Heddlu Dyfed-Powys"},
        "bilingual-pairs-with-slashes",
    ),
    names_case(
        ["Minute of meeting held at Our Lady of Aberdeen Church, Provost Watt Drive; Bailie Street was closed."],
        set(),
        set(),
        "roads-named-after-titled-people",
        not_people={"Watt Drive", "Street", "Watt"},
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people", "not_people"), SECOND_DRAW)
def test_second_draw(paragraphs, wanted, absent, people, not_people) -> None:
    check(names_under(HWB_HEADING, HWB_BODY, paragraphs), wanted, absent, people, not_people)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people", "not_people"), SCOTLAND)
def test_scotland(paragraphs, wanted, absent, people, not_people) -> None:
    check(names_under(IJB_HEADING, IJB_BODY, paragraphs), wanted, absent, people, not_people)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people", "not_people"), WALES)
def test_wales(paragraphs, wanted, absent, people, not_people) -> None:
    organisations, found_people = names_under(WALES_HEADING, WALES_BODY, paragraphs)
    organisations -= {norm_name("Denbighshire County Council")}  # the body holding the meeting, in English
    check((organisations, found_people), wanted, absent, people, not_people)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people", "not_people"), NORTHERN_IRELAND)
def test_northern_ireland(paragraphs, wanted, absent, people, not_people) -> None:
    check(names_under(NI_HEADING, NI_BODY, paragraphs), wanted, absent, people, not_people)


@pytest.mark.parametrize(("paragraphs", "wanted", "absent", "people", "not_people"), NHS + OTHERS + PARTNERS)
def test_health_and_partners(paragraphs, wanted, absent, people, not_people) -> None:
    check(names_under(HWB_HEADING, HWB_BODY, paragraphs), wanted, absent, people, not_people)
