"""Plans that are not grids: commitments printed as prose sections and bullet milestones (round 27, issue #5).

Classes of case (each scored as ``agendaparse eval`` scores action-plan rows: action text, action_no, theme,
named_lead, lead_org, start and end dates raw and normalised, row count; and no row from narrative):
'prose' (a commitment as a bold heading and a paragraph, the date inside the sentence: 'The Department will
publish ... by December 2014', then 'Lead: Home Office'), 'bullets' (milestones as dated bullets under each
commitment, '• Consultation launched – Spring 2014': the milestones are no rows), 'when' (a two-column 'What we
will do | When' list under a theme heading), 'numbered' (commitments numbered '1.1', '1.2' in plain text under
themed headings, the theme from the heading), 'single' (a plan whose blocks carry only one particular each),
'long' (a plan over 30+ pages with narrative paragraphs between commitments), 'pagebreak' (a commitment whose
particulars run over a page break) and 'narrative' (pages of prose that mention leads and dates but hold no
commitment block: no rows).

Dates follow corpus/gold/README.md: a month is its last day as an end, a season gives no date (raw text kept),
'Ongoing' is null. Each case keeps the structure and phrasing pattern of a real published page; names, places,
numbers and dates are changed.

Sources (layouts and wording learned from these pages; nothing copied beyond short phrases):
- http://www.gov.scot/Publications/2011/03/17104457/0 (Obesity Route Map action plan: refs 1.1, 1.2 under
  themes, stakeholders, milestones)
- https://hansard.parliament.uk/Commons/2014-12-18/debates/27a1c84d-b933-46a2-841a-5b728d242e07/WrittenStatements
  (cross-government anti-corruption plan: commitments with a lead department and a date in the sentence)
- https://docslib.org/doc/5712453/programme-for-government-update (Programme for Government update:
  'Commitment • We will ...' then 'What we have done' prose: narrative, no particulars)
- https://paperzz.com/doc/7315035/special-measures-action-plan-the-queen-elizabeth-hospital...
  (NHS trust special measures improvement plan: sections, 'What are we doing?', bullets)
- http://www.secamb.nhs.uk/about_us/delivery_plan.aspx (ambulance trust delivery plan: themes, actions
  'by March 2018')
- http://worldclass.gov.ky/overview/implementation-framework (Cayman Islands civil service strategic plan:
  annual implementation plan, lead agencies per goal)
- http://webarchive.nationalarchives.gov.uk/+/http://www.cabinetoffice.gov.uk/strategy/downloads/survivalguide/skills/pd_designing.htm
  (Strategy Unit implementation plan: what needs to happen, by when, lead responsibility)
- https://www.gov.wales/node/60580 and
  https://www.gov.wales/uk-open-government-national-action-plan-2019-2021-welsh-government-end-term-self-assessment-report-html
  (Welsh Government open government commitments: numbered headings, 'We will ...' sentences, milestones)
- http://www.docstoc.com/docs/49409871/Delivery-Plan-introductions-Date-of-delivery (One Wales delivery
  plan: commitments with a target completion date)
- https://www.gov.scot/publications/nation-ambition-governments-programme-scotland-2017-18/pages/9/
  (Programme for Scotland chapter: themed narrative with 'we will' sentences: no plan rows)
- https://www.westmidlands-pcc.gov.uk/your-commissioner/police-crime-plan/ and
  https://www.cleveland.pcc.police.uk/Information/Police-Crime-Plan.aspx (police and crime plans: objectives
  and what the chief constable will deliver)
- https://www.towerhamlets.gov.uk/FAQs/VCS-Resources/Business-planning/Plans-for-next-2-5-years-yr-1-in-detail.aspx
  and https://www.ncvo.org.uk/help-and-guidance/governance/board-basics/tools-and-guidance/strategic-planning/
  (charity business plans: focus areas, milestones, leads for activities)
- https://www.dpmc.gov.au/government/policy-implementation and
  https://ja.scribd.com/document/330620460/Guide-to-Implementation-Planning (Commonwealth of Australia
  implementation plans: key milestones, who is responsible)
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from agendaparse.evaluate import norm_text
from plan_cases import extracted_plan_rows
from table_cases import Case

MEETING = dt.date(2014, 1, 15)


def prose_pdf(lines: list[tuple[str, str]], *, left: float = 56) -> bytes:
    """Lines drawn down the page as a report prints a plan: 'h' a bold heading with a gap above, 'b' bold,
    't' text, 'i' an indented bullet, 'c' two columns ('What we will do|When'), '' a blank line, 'page' a
    page break."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    for style, text in lines:
        if style == "page" or y < 70:
            page.showPage()
            y = A4[1] - 60
            if style == "page":
                continue
        if style == "":
            y -= 10
            continue
        if style == "h":
            y -= 10
            page.setFont("Helvetica-Bold", 12)
            page.drawString(left, y, text)
        elif style == "b":
            page.setFont("Helvetica-Bold", 10)
            page.drawString(left, y, text)
        elif style == "c":
            action, when = text.split("|")
            page.setFont("Helvetica", 9)
            page.drawString(left, y, action)
            page.drawString(left + 360, y, when)
        elif style == "cb":
            action, when = text.split("|")
            page.setFont("Helvetica-Bold", 9)
            page.drawString(left, y, action)
            page.drawString(left + 360, y, when)
        else:
            page.setFont("Helvetica", 9)
            page.drawString(left + (14 if style == "i" else 0), y, text)
        y -= 14
    page.showPage()
    page.save()
    return buffer.getvalue()


def plan_rows(pdf: bytes, tmp_path, doc_type: str | None = "action_plan") -> list:
    return extracted_plan_rows(pdf, tmp_path, MEETING, doc_type)


def jaccard(one: str, two: str) -> float:
    first, second = set(norm_text(one).split()), set(norm_text(two).split())
    return len(first & second) / max(len(first | second), 1)


def row_problems(case: Case, rows: list) -> list[str]:
    """What differs between the rows read and the case's expected rows; the action text as eval pairs it
    (word Jaccard of at least 0.8), every other field exactly after normalising."""
    if len(rows) != len(case.plan):
        return [f"{len(rows)} rows, not {len(case.plan)}: " + "; ".join(repr(row.action) for row in rows)]
    problems = []
    for index, (row, expected) in enumerate(zip(rows, case.plan, strict=True)):
        for name, value in expected.items():
            got = getattr(row, name)
            got = got.isoformat() if isinstance(got, dt.date) else got
            if name == "action":
                if jaccard(got or "", value) < 0.8:
                    problems.append(f"row {index} action: {got!r} != {value!r}")
            elif (norm_text(got) if isinstance(got, str) else got) != (
                norm_text(value) if isinstance(value, str) else value
            ):
                problems.append(f"row {index} {name}: {got!r} != {value!r}")
    return problems


# ---------------------------------------------------------------- prose commitments

PROSE_LINES = [
    ("h", "Anti-Fraud Plan 2014"),
    ("t", "This plan brings together the work of every department against fraud in one place."),
    ("", ""),
    ("b", "Improve the picture of fraud against the public sector"),
    ("t", "The Home Office will publish a national assessment of the threat from fraud by December 2014,"),
    ("t", "drawing on data held by police forces and regulators."),
    ("t", "Lead: Home Office"),
    ("", ""),
    ("b", "Strengthen the powers of the enforcement agencies"),
    ("t", "The Ministry of Justice will consult on a new offence of failing to prevent fraud by June 2015."),
    ("t", "Lead: Ministry of Justice"),
    ("", ""),
    ("b", "Protect public procurement from fraud"),
    ("t", "We will issue new guidance to every contracting authority by March 2015."),
    ("t", "Lead: Crown Commercial Service"),
]
PROSE = Case(
    "commitments as a bold heading and a paragraph: the date inside the sentence, 'Lead:' after it",
    lambda: prose_pdf(PROSE_LINES),
    [],
    [],
    [
        {"action": "Improve the picture of fraud against the public sector", "lead_org": "Home Office",
         "end_date": "2014-12-31"},
        {"action": "Strengthen the powers of the enforcement agencies", "lead_org": "Ministry of Justice",
         "end_date": "2015-06-30"},
        {"action": "Protect public procurement from fraud", "lead_org": "Crown Commercial Service",
         "end_date": "2015-03-31"},
    ],
    kind="prose",
)  # fmt: skip

PROSE_NUMBERED_LINES = [
    ("h", "Open Government Commitments 2022 to 2024"),
    ("b", "1. Digital and data collaboration"),
    ("t", "We will work with partners to create digital services that are easier to use."),
    ("t", "Lead: Digital and Data Division"),
    ("t", "Timescale: January 2024"),
    ("", ""),
    ("b", "2. Language technology"),
    ("t", "We will develop translation tools with the translation community."),
    ("t", "Lead: Language Unit"),
    ("t", "Timescale: December 2023"),
]
PROSE_NUMBERED = Case(
    "numbered commitments: a bold '1. Title', a 'We will' sentence, then 'Lead:' and 'Timescale:'",
    lambda: prose_pdf(PROSE_NUMBERED_LINES),
    [],
    [],
    [
        {"action_no": "1", "action": "Digital and data collaboration", "named_lead": "Digital and Data Division",
         "end_date": "2024-01-31"},
        {"action_no": "2", "action": "Language technology", "named_lead": "Language Unit", "end_date": "2023-12-31"},
    ],
    kind="prose",
)  # fmt: skip

# ---------------------------------------------------------------- dated bullet milestones

BULLETS_LINES = [
    ("h", "Transparency Implementation Plan"),
    ("b", "Commitment 1: Publish contracts over £10,000 in one register"),
    ("t", "Lead department: Cabinet Office"),
    ("t", "Milestones:"),
    ("i", "• Consultation launched – Spring 2014"),
    ("i", "• Register live for central government – October 2014"),
    ("i", "• Local bodies added – March 2015"),
    ("", ""),
    ("b", "Commitment 2: Open up data on grants to charities"),
    ("t", "Lead department: Department for Culture, Media and Sport"),
    ("t", "Milestones:"),
    ("i", "• Data standard agreed – July 2014"),
    ("i", "• First quarterly release – January 2015"),
]
# README stop 23 (tables round 35 changed this gold, which had one row per commitment): each dated bullet under
# 'Milestones:' is a row with the commitment's title as theme and its lead; a season ('Spring 2014') is no date.
CONTRACTS = "Publish contracts over £10,000 in one register"
GRANTS = "Open up data on grants to charities"
BULLETS = Case(
    "commitment blocks with a lead and dated milestone bullets: one row per milestone, the commitment's lead",
    lambda: prose_pdf(BULLETS_LINES),
    [],
    [],
    [
        {"action": "Consultation launched", "theme": CONTRACTS, "lead_org": "Cabinet Office", "end_date": None,
         "end_date_text": "Spring 2014"},
        {"action": "Register live for central government", "theme": CONTRACTS, "lead_org": "Cabinet Office",
         "end_date": "2014-10-31"},
        {"action": "Local bodies added", "theme": CONTRACTS, "lead_org": "Cabinet Office", "end_date": "2015-03-31"},
        {"action": "Data standard agreed", "theme": GRANTS, "lead_org": "Department for Culture, Media and Sport",
         "end_date": "2014-07-31"},
        {"action": "First quarterly release", "theme": GRANTS, "lead_org": "Department for Culture, Media and Sport",
         "end_date": "2015-01-31"},
    ],
    kind="bullets",
)  # fmt: skip

BULLETS_LABELLED_LINES = [
    ("h", "Quality Improvement Plan"),
    ("b", "Action 1: Reduce waits in the emergency department"),
    ("t", "Lead: Director of Operations"),
    ("t", "Target date: March 2015"),
    ("i", "• New triage model in place – June 2014"),
    ("i", "• Ambulatory care unit opened – September 2014"),
    ("b", "Action 2: Recruit to every nursing vacancy on the medical wards"),
    ("t", "Lead: Chief Nurse"),
    ("t", "Target date: December 2014"),
    ("i", "• Overseas recruitment campaign – April 2014"),
]
BULLETS_LABELLED = Case(
    "improvement actions with 'Lead:' and 'Target date:' then dated milestone bullets: the bullets are no end",
    lambda: prose_pdf(BULLETS_LABELLED_LINES),
    [],
    [],
    [
        {"action_no": "1", "named_lead": "Director of Operations", "end_date": "2015-03-31",
         "end_date_text": "March 2015"},
        {"action_no": "2", "named_lead": "Chief Nurse", "end_date": "2014-12-31", "end_date_text": "December 2014"},
    ],
    kind="bullets",
)  # fmt: skip

# ---------------------------------------------------------------- 'What we will do | When'

WHEN_LINES = [
    ("h", "Our Delivery Plan 2014-15"),
    ("h", "Our People"),
    ("cb", "What we will do|When"),
    ("c", "Launch a new leadership programme for team leaders|June 2014"),
    ("c", "Publish a workforce plan for every operating unit|September 2014"),
    ("c", "Introduce annual wellbeing checks for all staff|March 2015"),
    ("h", "Our Patients"),
    ("cb", "What we will do|When"),
    ("c", "Reduce response times for the most urgent calls|December 2014"),
    ("c", "Open two new clinical hubs in the east of the county|Spring 2015"),
]
WHEN = Case(
    "a two-column 'What we will do | When' list under each theme heading",
    lambda: prose_pdf(WHEN_LINES),
    [],
    [],
    [
        {"action": "Launch a new leadership programme for team leaders", "theme": "Our People",
         "end_date": "2014-06-30"},
        {"action": "Publish a workforce plan for every operating unit", "theme": "Our People",
         "end_date": "2014-09-30"},
        {"action": "Introduce annual wellbeing checks for all staff", "theme": "Our People", "end_date": "2015-03-31"},
        {"action": "Reduce response times for the most urgent calls", "theme": "Our Patients",
         "end_date": "2014-12-31"},
        {"action": "Open two new clinical hubs in the east of the county", "theme": "Our Patients",
         "end_date": None, "end_date_text": "Spring 2015"},
    ],
    kind="when",
)  # fmt: skip

# ---------------------------------------------------------------- numbered under themed headings

NUMBERED_LINES = [
    ("h", "Healthy Weight Action Plan"),
    ("h", "1. Food environment"),
    ("t", "1.1 Work with manufacturers to cut sugar in breakfast cereals"),
    ("t", "Lead: Food Standards Scotland"),
    ("t", "By: December 2015"),
    ("t", "1.2 Agree voluntary limits on portion sizes in cafes"),
    ("t", "Lead: Scottish Government"),
    ("t", "By: June 2016"),
    ("h", "2. Active lives"),
    ("t", "2.1 Open school sports facilities to the community at weekends"),
    ("t", "Lead: Local authorities"),
    ("t", "By: March 2016"),
]
NUMBERED = Case(
    "commitments numbered '1.1', '1.2' in plain text under themed headings, 'Lead:' and 'By:' lines",
    lambda: prose_pdf(NUMBERED_LINES),
    [],
    [],
    [
        {"action_no": "1.1", "action": "Work with manufacturers to cut sugar in breakfast cereals",
         "theme": "1. Food environment", "lead_org": "Food Standards Scotland", "end_date": "2015-12-31"},
        {"action_no": "1.2", "theme": "1. Food environment", "lead_org": "Scottish Government",
         "end_date": "2016-06-30"},
        {"action_no": "2.1", "theme": "2. Active lives", "end_date": "2016-03-31"},
    ],
    kind="numbered",
)  # fmt: skip

NUMBERED_BOLD_LINES = [
    ("h", "Theme 1: Safer neighbourhoods"),
    ("b", "1.1 Increase the number of officers in neighbourhood teams"),
    ("t", "Lead: Chief Constable"),
    ("t", "Timescale: April 2017"),
    ("b", "1.2 Publish response times for every ward each quarter"),
    ("t", "Lead: Office of the Police and Crime Commissioner"),
    ("t", "Timescale: Ongoing"),
    ("h", "Theme 2: Supporting victims"),
    ("b", "2.1 Commission a single victims' hub for the force area"),
    ("t", "Lead: Head of Commissioning"),
    ("t", "Timescale: October 2017"),
]
NUMBERED_BOLD = Case(
    "police and crime plan: 'Theme 1:' headings over bold '1.1' commitments with 'Lead:' and 'Timescale:'",
    lambda: prose_pdf(NUMBERED_BOLD_LINES),
    [],
    [],
    [
        {"action_no": "1.1", "theme": "Theme 1: Safer neighbourhoods", "named_lead": "Chief Constable",
         "end_date": "2017-04-30"},
        {"action_no": "1.2", "theme": "Theme 1: Safer neighbourhoods", "end_date": None},
        {"action_no": "2.1", "theme": "Theme 2: Supporting victims", "named_lead": "Head of Commissioning",
         "end_date": "2017-10-31"},
    ],
    kind="numbered",
)  # fmt: skip

# ---------------------------------------------------------------- one particular per block

SINGLE_LEAD_LINES = [
    ("h", "Carers Strategy: Action Plan"),
    ("b", "Action 1: Give every young carer a named contact in school"),
    ("t", "Lead: Education Department"),
    ("b", "Action 2: Offer carers a health check each year"),
    ("t", "Lead: Health Board"),
    ("b", "Action 3: Publish a directory of respite services"),
    ("t", "Lead: Carers Centre"),
]
SINGLE_LEAD = Case(
    "action blocks that each carry only a lead",
    lambda: prose_pdf(SINGLE_LEAD_LINES),
    [],
    [],
    [
        {"action_no": "1", "action": "Give every young carer a named contact in school",
         "lead_org": "Education Department"},
        {"action_no": "2", "lead_org": "Health Board"},
        {"action_no": "3", "lead_org": "Carers Centre"},
    ],
    kind="single",
)  # fmt: skip

SINGLE_DATE_LINES = [
    ("h", "Digital Inclusion Plan"),
    ("b", "Commitment 1: Free wifi in every library"),
    ("t", "Timescale: September 2014"),
    ("b", "Commitment 2: Basic online skills courses in each community centre"),
    ("t", "Timescale: January 2015"),
    ("b", "Commitment 3: Lend tablets to residents who have no device"),
    ("t", "Timescale: June 2015"),
]
SINGLE_DATE = Case(
    "commitment blocks that each carry only a timescale",
    lambda: prose_pdf(SINGLE_DATE_LINES),
    [],
    [],
    [
        {"action_no": "1", "action": "Free wifi in every library", "end_date": "2014-09-30"},
        {"action_no": "2", "end_date": "2015-01-31"},
        {"action_no": "3", "end_date": "2015-06-30"},
    ],
    kind="single",
)  # fmt: skip

# ---------------------------------------------------------------- a long plan with narrative between

NARRATIVE = [
    "Partners told us during the engagement events that services are hard to find and slow to respond.",
    "The evidence from the last three years shows a steady rise in demand, above all among older residents.",
    "Funding remains tight and every organisation in the partnership has had to make difficult choices.",
    "We have listened to what people told us and the commitments that follow reflect their priorities.",
    "Progress against this plan will be reported to the partnership board twice a year in public.",
    "Some of the work described here is already under way and builds on the previous strategy.",
]


def long_lines() -> list[tuple[str, str]]:
    """A 30-page plan: commitments with particulars, and pages of narrative between them."""
    lines: list[tuple[str, str]] = [("h", "Community Safety Partnership Plan 2015-2020")]
    for number in range(1, 7):
        lines += [("t", NARRATIVE[(number + index) % len(NARRATIVE)]) for index in range(250)]
        lines += [
            ("", ""),
            ("b", f"Commitment {number}: {LONG_TITLES[number - 1]}"),
            ("t", f"Lead: {LONG_LEADS[number - 1]}"),
            ("t", f"Timescale: {LONG_DATES[number - 1]}"),
            ("", ""),
        ]
    return lines


LONG_TITLES = [
    "Reduce repeat victims of anti-social behaviour", "Set up a youth diversion scheme in each district",
    "Extend street lighting on the main walking routes", "Train licensed premises staff to spot exploitation",
    "Open a single front door for domestic abuse referrals", "Publish crime and outcome data for each ward",
]  # fmt: skip
LONG_LEADS = [
    "Community Safety Manager", "Youth Offending Service", "Highways Department",
    "Licensing Team", "Domestic Abuse Coordinator", "Performance Team",
]  # fmt: skip
LONG_DATES = ["March 2016", "September 2016", "March 2017", "December 2017", "June 2018", "March 2019"]
LONG = Case(
    "a plan over 30+ pages: narrative paragraphs between commitments, no row from the narrative",
    lambda: prose_pdf(long_lines()),
    [],
    [],
    [
        {"action_no": str(number), "action": LONG_TITLES[number - 1], "end_date": end}
        for number, end in zip(
            range(1, 7),
            ["2016-03-31", "2016-09-30", "2017-03-31", "2017-12-31", "2018-06-30", "2019-03-31"],
            strict=True,
        )
    ],
    kind="long",
)

LONG_TAIL_LINES = [
    ("h", "Estates Improvement Plan"),
    ("b", "Action 1: Replace the heating in the main hospital block"),
    ("t", "Lead: Director of Estates"),
    ("t", "Deadline: March 2016"),
    ("", ""),
    ("t", "The heating plant dates from the 1970s and breaks down every winter, which closes wards and"),
    ("t", "costs the trust a large sum in temporary heating each year."),
    ("", ""),
    ("b", "Action 2: Move outpatient clinics to the new health centre"),
    ("t", "Lead: Director of Operations"),
    ("t", "Deadline: September 2016"),
    ("", ""),
    ("t", "Patients told us that parking at the hospital is the main complaint about outpatient visits."),
]
LONG_TAIL = Case(
    "action blocks each followed by a paragraph of explanation: the paragraph is no part of the deadline",
    lambda: prose_pdf(LONG_TAIL_LINES),
    [],
    [],
    [
        {"action_no": "1", "named_lead": "Director of Estates", "end_date": "2016-03-31",
         "end_date_text": "March 2016"},
        {"action_no": "2", "named_lead": "Director of Operations", "end_date": "2016-09-30",
         "end_date_text": "September 2016"},
    ],
    kind="long",
)  # fmt: skip

# ---------------------------------------------------------------- over a page break

PAGEBREAK_LINES = [
    ("h", "Library Service Improvement Plan"),
    *[("t", NARRATIVE[index % len(NARRATIVE)]) for index in range(44)],
    ("b", "Action 1: Extend opening hours at the four largest libraries"),
    ("t", "Lead: Library Services Manager"),
    ("page", ""),
    ("t", "Timescale: April 2015"),
    ("t", "Status: On track"),
    ("b", "Action 2: Replace the self-service machines in every branch"),
    ("t", "Lead: ICT Manager"),
    ("t", "Timescale: November 2015"),
    ("t", "Status: Not started"),
]
PAGEBREAK = Case(
    "an action whose particulars run on over a page break",
    lambda: prose_pdf(PAGEBREAK_LINES),
    [],
    [],
    [
        {"action_no": "1", "action": "Extend opening hours at the four largest libraries",
         "named_lead": "Library Services Manager", "end_date": "2015-04-30", "status": "ongoing"},
        {"action_no": "2", "named_lead": "ICT Manager", "end_date": "2015-11-30", "status": "not started"},
    ],
    kind="pagebreak",
)  # fmt: skip

PAGEBREAK_TITLE_LINES = [
    ("h", "Customer Services Action Plan"),
    *[("t", NARRATIVE[index % len(NARRATIVE)]) for index in range(46)],
    ("b", "Action 1: Answer nine in ten calls to the contact centre within"),
    ("page", ""),
    ("b", "two minutes"),
    ("t", "Lead: Contact Centre Manager"),
    ("t", "Timescale: July 2015"),
    ("b", "Action 2: Move council tax forms online"),
    ("t", "Lead: Revenues Manager"),
    ("t", "Timescale: January 2016"),
]
PAGEBREAK_TITLE = Case(
    "an action title that wraps over a page break",
    lambda: prose_pdf(PAGEBREAK_TITLE_LINES),
    [],
    [],
    [
        {"action_no": "1", "action": "Answer nine in ten calls to the contact centre within two minutes",
         "named_lead": "Contact Centre Manager", "end_date": "2015-07-31"},
        {"action_no": "2", "named_lead": "Revenues Manager", "end_date": "2016-01-31"},
    ],
    kind="pagebreak",
)  # fmt: skip

# ---------------------------------------------------------------- narrative: no rows

PFG_LINES = [
    ("h", "Programme for Government Update"),
    ("h", "Chapter 6: Crime and Policing"),
    ("b", "Commitment"),
    ("t", "We will introduce measures to make the police more accountable through directly elected"),
    ("t", "commissioners by May 2012."),
    ("b", "What we have done"),
    ("t", "The Police Reform Act received Royal Assent and the first elections were held in November 2012,"),
    ("t", "led by the Home Office with the Electoral Commission."),
    ("b", "Commitment"),
    ("t", "We will publish detailed local crime data every month by January 2011."),
    ("b", "What we have done"),
    ("t", "Street-level crime maps were launched in January 2011 and are updated monthly."),
]
PFG = Case(
    "programme update: 'Commitment' then 'What we have done' prose with dates and a lead: no plan rows",
    lambda: prose_pdf(PFG_LINES),
    [],
    [],
    [],
    kind="narrative",
)
CHAPTER_LINES = [
    ("h", "Chapter 2: Services Fit for the Future"),
    ("b", "The best place in the world to grow up"),
    ("t", "Improving the life chances of children is the defining mission of this Government. We will"),
    ("t", "build on our reforms and by August 2018 every school will have a named counsellor."),
    ("t", "Lead responsibility rests with local authorities, working with the Care Inspectorate."),
    ("", ""),
    ("b", "Health and social care"),
    ("t", "We will extend free personal care to people under 65 by April 2019. The Health Secretary"),
    ("t", "will report to Parliament on progress each year."),
    ("", ""),
    ("b", "Safer communities"),
    ("t", "We will consult on new hate crime legislation by spring 2018, led by the Justice Directorate."),
]
CHAPTER = Case(
    "programme chapter: bold section headings over 'we will ... by' prose, no labelled particulars: no rows",
    lambda: prose_pdf(CHAPTER_LINES),
    [],
    [],
    [],
    kind="narrative",
)
REPORT_SECTIONS_LINES = [
    ("h", "Annual Report of the Safeguarding Board"),
    ("b", "1. Introduction"),
    ("t", "This report sets out the work of the board in the year to March 2014."),
    ("t", "Lead: Independent Chair"),
    ("b", "2. Governance"),
    ("t", "The board met four times and agreed a new constitution in June 2013."),
    ("t", "Contact: Board Manager"),
    ("b", "3. Learning from reviews"),
    ("t", "Two serious case reviews were published by December 2013."),
]
REPORT_SECTIONS = Case(
    "numbered report sections with a date in the prose and a stray 'Lead:' line: no plan rows",
    lambda: prose_pdf(REPORT_SECTIONS_LINES),
    [],
    [],
    [],
    kind="narrative",
)

CASES = [
    PROSE, PROSE_NUMBERED, BULLETS, BULLETS_LABELLED, WHEN, NUMBERED, NUMBERED_BOLD, SINGLE_LEAD, SINGLE_DATE,
    LONG, LONG_TAIL, PAGEBREAK, PAGEBREAK_TITLE, PFG, CHAPTER, REPORT_SECTIONS,
]  # fmt: skip


XFAIL: dict[str, str] = {}
PARAMS = [
    pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=XFAIL[case.name])) if case.name in XFAIL else case
    for case in CASES
]


@pytest.mark.parametrize("case", PARAMS, ids=[case.name for case in CASES])
def test_action_plan_rows_of_plans_that_are_not_grids(case: Case, tmp_path) -> None:
    assert row_problems(case, plan_rows(case.draw(), tmp_path)) == []


if __name__ == "__main__":  # pragma: no cover - a report for people: python tests/test_tables_round27.py
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        where = pathlib.Path(folder)
        for case in CASES:
            problems = row_problems(case, plan_rows(case.draw(), where))
            print(f"{case.kind:10} {'ok' if not problems else 'FAIL':4} {case.name}: {problems}")
