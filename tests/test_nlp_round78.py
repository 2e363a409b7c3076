"""Round 78 (dues: phrases stop 34 left, and the deadline phrases of genres no earlier round drew), read through the
real NLP pass on board pages as rounds 69-77 set them (met on Thursday 14 November 2024, the next meeting printed
as 9 January 2025, the AGM as 17 September 2025), with pages of their own for a body printing its AGM by month, a
parochial church council, and North American and Australian bodies:

- stop 34's left phrases: a month and a body's name of several words joined by "and" ("to the March Finance and
  Resources Committee", "at the June Audit and Risk Committee": the month's end, due_text the whole phrase); "by the
  end of the municipal year" is 31 May after the meeting, precision month (the municipal year ends with the annual
  meeting in May; no day is known, so the month is what is claimed); "before the AGM" is the AGM's printed day, its
  month's end when only the month is printed ("The Annual General Meeting will be held in May 2025"), no date when
  the document prints none; "by the next meeting" is the printed "Date of next meeting";
- a Scottish licensing board's "next sitting" is its next meeting; "ahead of the Licensing Board's next meeting" is
  that board's next meeting, as "the next Licensing Board meeting" is;
- FE colleges and schools: "by the end of the academic year" is 31 July after the meeting, precision month (the end
  of the summer term, as the reader has it, and the end of an FE college's year, 1 August to 31 July);
- no date, the words kept: "by the start of the academic year", "before enrolment", "by the end of term 2" (the
  days differ by institution and country: a guessed day could not be checked), "by the end of the season", "in time
  for the annual return", and "by fiscal year end" (a US body's fiscal year ends on 30 June, 30 September or 31
  December: Xentury City CDD's runs October to September, so no one day stands for it);
- "within 14 days of the meeting" counts from the meeting; "within 14 days of receipt of the invoice" from an event
  the minutes do not date: no date;
- North American and Australian pages: a page printing "November 14, 2024" reads "by 1/12" month first (12
  January); an Australian shire's page, printing "14 November 2024", reads "by 3/12" as 3 December;
- not deadlines: "dated 12 December", "the defects reported in June", "which the Authority adopted in 2019", "the
  meeting held on 5 October 2024", "the notes of the 14 November meeting".

Sentences keep the structure and phrasing of the real pages; names, places, bodies and numbers are changed. Sources
(bodies no earlier suite cites):

- https://financedocbox.com/amp/109480246-Tax_Planning/South-downs-college-corporation-board-of-governors-minutes-of-a-meeting-of-the-corporation-held-on-thursday-7-th-july-2016-at-south-downs-college.html
  (an FE college corporation: "Final follow-up report for to be presented at the next Audit meeting in November")
- http://www.docstoc.com/docs/132011453/minutes-7th-february-2012 (Selby College Further Education Corporation:
  "Clerk to Corporation", "Director of Finance", "the College would retain £120k to deal with making good defects")
- http://www.highland.gov.uk/yourcouncil/committees/highlandlicbrd/10-10-05-hlb-min.htm (the Highland Licensing Board:
  "Clerk to the Licensing Board", "The Scheme of Delegation … was circulated", "occasional licence")
- https://nw-ifca.gov.uk/events/18620qm (North Western IFCA: "Byelaw 4 Potting Permit Byelaw and approve Whelk Track
  Record Procedure", "Annual Plan", "Patrol and Enforcement Report", "Annual Meeting of the Authority")
- https://docslib.org/download/6776909/southern-inshore-fisheries-and-conservation-authority-ian-jones-chief-executive
  (Southern IFCA: "Potting Review", "Progress Report on Outstanding Matters")
- https://stalbrights.org/b/blog-41574-minutes-of-pcc-meeting-held-on-june-13th (a parochial church council: "Wheelchair
  Ramp … A supplier has been found", "a second stonemason has agreed to provide a quote")
- https://www.dioceseofnorwich.org/parish-support/pcc_support/gdpr_for_churches/mission_and_ministry-legal_responsibilities__guidance/mission_and_ministry-legal_responsibilities__guidance-pccs/mission_and_ministry-legal_responsibilities__guidance-pccsmeetings/
  (the APCM is held "not later than 31 May each year")
- https://weblink.bozeman.net/WebLink/DocView.aspx?dbid=0&id=234445&repo=BOZEMAN (a US business improvement district:
  "a revised budget for FY21", "the petition to renew the district")
- http://www.xenturycitycdd.org/public-records/minutes/ (a US community development district: "Fiscal Year 2019
  (October 1, 2018, through September 30, 2019)")
- https://lf.otaywater.gov/WebLink/DocView.aspx?dbid=0&id=925465&repo=OWD (Otay Water District, dates month first:
  "General Manager", "Chief Financial Officer")
- https://weblink.edmondswa.gov/WebLink/DocView.aspx?id=1619507&dbid=0&repo=Edmonds (a US youth commission: "Work on
  Presentation", "Send ideas about what activities we would have at the table")
- https://yorkpublishing.escribemeetings.com/Meeting.aspx?Id=cab4d8c6-f441-4d6d-9901-ae3985756d62&Agenda=PostMinutes&lang=English
  (a Canadian regional municipality's Committee of the Whole: "Director Transportation and Infrastructure Planning")
- https://docslib.org/doc/9756582/shire-of-ashburton-ordinary-council-meeting-minutes (an Australian shire: "Chief
  Executive Officer", "Memorandum of Understanding – National Park Roads")
- http://businessdocbox.com/Government/77158367-South-tipperary-county-council.html (an Irish county council: "it was
  agreed that Ms. S. Carr would revert to him with clarification", "Declaration of Public Road", "Budget Meeting")
- https://democracy.gwynedd.llyw.cymru/ieIssueDetails.aspx?IId=31933&Opt=3 (the Gwynedd and Anglesey Public Services
  Board: "the Programme Manager", "the annual report")
- https://communityplanning.dumfriesandgalloway.gov.uk/community-planning-strategic-forums/community-planning-partnership-board-meetings
  (a Scottish community planning partnership: "The matter will be reported at the next Community Planning Partnership
  Board (CPPB) meeting")
- https://democracy.plymouth.gov.uk/ieListDocuments.aspx?CId=641&MId=5178&Ver=4 (Plymouth Local Access Forum: "Secretary
  to the Local Access Forum", "TRACKING RESOLUTIONS … To monitor progress on previous resolutions")
- https://www.swansea.ac.uk/about-us/compliance/freedom-of-information-/publication-scheme/how-we-make-decisions/
  (a university's Court and Council: "Minutes for meetings held at the end of the academic session")
- http://www.docstoc.com/docs/124246144/FORUM-MINUTES-18-01-12 (a schools forum: "The progress made on the action
  points was reported", "a final recommendation on the allocation")
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.models import Action
from agendaparse.nlp.dues import resolve_due
from minutes_page import BOARD_MEETING, BOARD_PRESENT, actions_on_page, found_action, marked, minutes_item, minutes_page

MEETING = BOARD_MEETING  # Thursday 14 November 2024
NEXT_MEETING = dt.date(2025, 1, 9)
AGM = dt.date(2025, 9, 17)
NOTICES = [
    "Date of next meeting: Thursday 9 January 2025 at 10.00am, Board Room, Station Road.",
    "The AGM will be held on Wednesday 17 September 2025 at 5.30pm.",
]

# (sentence, due, precision, due_text or None when not checked)
DUES = [
    # stop 34's left phrases
    pytest.param(
        "The Vice Principal to report the making good of the heating defects to the March Finance and Resources"
        " Committee.",
        dt.date(2025, 3, 31),
        "month",
        "to the March Finance and Resources Committee",
        id="to-the-march-finance-and-resources-committee",
    ),  # Selby College: "making good defects"
    pytest.param(
        "The Clerk to the Corporation to report the governors' skills audit at the June Audit and Risk Committee.",
        dt.date(2025, 6, 30),
        "month",
        "at the June Audit and Risk Committee",
        id="at-the-june-audit-and-risk-committee",
    ),
    pytest.param(
        "The Director of Finance to present the final follow-up report to the Audit Committee at its meeting in March.",
        dt.date(2025, 3, 31),
        "month",
        None,
        id="audit-committee-at-its-meeting-in-march",
    ),  # South Downs College: "to be presented at the next Audit meeting in November"
    pytest.param(
        "The Programme Manager to circulate the draft annual report to partners by the end of the municipal year.",
        dt.date(2025, 5, 31),
        "month",
        "by the end of the municipal year",
        id="end-of-the-municipal-year",
    ),  # Gwynedd and Anglesey PSB
    pytest.param(
        "The Chief Officer to publish the Annual Plan 2025-26 before the Annual Meeting.",
        AGM,
        "day",
        None,
        id="before-the-annual-meeting",
    ),  # NW IFCA: "Annual Meeting of the Authority"
    pytest.param(
        "The Head of Enforcement to bring the patrol report to the Authority by the next meeting.",
        NEXT_MEETING,
        "day",
        "by the next meeting",
        id="by-the-next-meeting-printed",
    ),  # NW IFCA: "Patrol and Enforcement Report"
    # licensing boards
    pytest.param(
        "The Clerk to the Licensing Board to report on the occasional licence applications to the next sitting of the"
        " Board.",
        NEXT_MEETING,
        "day",
        None,
        id="next-sitting-of-the-board",
    ),  # Highland Licensing Board: "occasional licence"
    pytest.param(
        "The Licensing Standards Officer to inspect the premises ahead of the Licensing Board's next meeting.",
        NEXT_MEETING,
        "day",
        None,
        id="ahead-of-the-licensing-boards-next-meeting",
    ),
    pytest.param(
        "The Clerk to the Licensing Board to send the amended delegation scheme to members by the next sitting.",
        NEXT_MEETING,
        "day",
        None,
        id="by-the-next-sitting",
    ),  # Highland: "The Scheme of Delegation … was circulated to Members"
    pytest.param(
        "The Clerk to the Licensing Board to circulate the draft policy statement by the close of consultation"
        " (3 March).",
        dt.date(2025, 3, 3),
        "day",
        None,
        id="close-of-consultation-bracketed-day",
    ),
    # FE colleges, schools forums
    pytest.param(
        "The Clerk to the Corporation to circulate the revised Scheme of Delegation by the end of the academic year.",
        dt.date(2025, 7, 31),
        "month",
        "by the end of the academic year",
        id="end-of-the-academic-year",
    ),  # Selby College: "Clerk to Corporation"
    pytest.param(
        "The Business Advisor to publish the draft minutes within a week of the meeting.",
        dt.date(2024, 11, 21),
        "day",
        None,
        id="within-a-week-of-the-meeting",
    ),  # schools forum
    # IFCAs, port health
    pytest.param(
        "The Chief Officer to complete the potting review within 14 days of the meeting.",
        dt.date(2024, 11, 28),
        "day",
        None,
        id="within-14-days-of-the-meeting",
    ),  # Southern IFCA: "Potting Review"
    pytest.param(
        "The Finance Officer to reconcile the potting permit income in the budget control statement by the end of Q4.",
        dt.date(2025, 3, 31),
        "quarter",
        None,
        id="ifca-end-of-q4",
    ),  # NW IFCA: "Financial Report … Finances Officer"; Southern IFCA: "Budget Control Statement"
    pytest.param(
        "The Chief Officer to bring the potting permit figures to the next Inshore Fisheries and Conservation Authority"
        " meeting.",
        NEXT_MEETING,
        "day",
        None,
        id="next-inshore-fisheries-and-conservation-authority-meeting",
    ),
    # community planning partnerships
    pytest.param(
        "The Lead Officer to report the locality plan progress at the next Community Planning Partnership Board (CPPB)"
        " meeting.",
        NEXT_MEETING,
        "day",
        None,
        id="next-community-planning-partnership-board",
    ),  # Dumfries and Galloway CPPB: "reported at the next Community Planning Partnership Board (CPPB) meeting"
    # business improvement districts, youth councils, Irish municipal districts
    pytest.param(
        "The Executive Director to circulate the renewal petition results by COB Tuesday.",
        dt.date(2024, 11, 19),
        "day",
        None,
        id="by-cob-tuesday",
    ),  # Bozeman BID: "petition to renew the district"
    pytest.param(
        "The Clerk to book the venue for the youth council's hustings before the summer recess.",
        dt.date(2025, 7, 31),
        "month",
        None,
        id="before-the-summer-recess",
    ),
    pytest.param(
        "The Area Engineer to report on the declaration of the public road at the December meeting of the Municipal"
        " District.",
        dt.date(2024, 12, 31),
        "month",
        None,
        id="december-meeting-of-the-municipal-district",
    ),  # South Tipperary: "Declaration of Public Road"
    # local access forums, university courts
    pytest.param(
        "The LAF Secretary to send the tracking resolutions to members by the next Local Access Forum meeting.",
        NEXT_MEETING,
        "day",
        None,
        id="next-local-access-forum-meeting",
    ),  # Plymouth LAF: "Secretary to the Local Access Forum", "TRACKING RESOLUTIONS"
    pytest.param(
        "The University Secretary to report the outcome of the effectiveness review to Court by the end of the academic"
        " year 2025/26.",
        dt.date(2026, 7, 31),
        "month",
        "by the end of the academic year 2025/26",
        id="end-of-the-academic-year-2025-26",
    ),  # Swansea University Court: "meetings held at the end of the academic session"
    pytest.param(
        "The Clerk to the Trustees to confirm the almshouse weekly maintenance contributions by 1/12.",
        dt.date(2024, 12, 1),
        "day",
        None,
        id="uk-page-by-1-12-day-first",
    ),
]

# An action with no due date: what its words name has no day a reader can give (due_text kept when given)
NO_DATE = [
    pytest.param(
        "The Principal to confirm the enrolment figures to the Corporation by the start of the academic year.",
        "by the start of the academic year",
        id="start-of-the-academic-year",
    ),
    pytest.param(
        "The Director of Curriculum to complete the timetable for the new sixth form before enrolment.",
        "before enrolment",
        id="before-enrolment",
    ),
    pytest.param(
        "The Principal to report the attendance figures to the Board by the end of term 2.",
        "by the end of term 2",
        id="end-of-term-2",
    ),
    pytest.param(
        "The Operations Manager to repair the leisure trust's pitch drainage by the end of the season.",
        "by the end of the season",
        id="end-of-the-season",
    ),
    pytest.param(
        "The Clerk to the Trustees to prepare the almshouse charity's accounts in time for the annual return.",
        "in time for the annual return",
        id="in-time-for-the-annual-return",
    ),
    pytest.param(
        "Ms Carr to revert to Cllr Healy with clarification on the rural housing policy before the Budget Meeting.",
        None,
        id="before-the-budget-meeting",
    ),  # South Tipperary: "Ms. S. Carr would revert to him with clarification"
    pytest.param(
        "The Clerk to complete the programme review timetable by the end of semester 1.",
        "by the end of semester 1",
        id="end-of-semester-1",
    ),
    pytest.param(
        "The Registrar to confirm the student numbers to Court by the start of the 2025/26 academic year.",
        "by the start of the 2025/26 academic year",
        id="start-of-the-2025-26-academic-year",
    ),
    pytest.param(
        "The Registrar to close the student records by the end of the 2023/24 academic year.",
        None,
        id="academic-year-already-past",
    ),
    pytest.param(
        "The Treasurer to pay the community grant within 14 days of receipt of the invoice.",
        "within 14 days",
        id="within-14-days-of-receipt",
    ),
]

NOT_DUES = [
    pytest.param("The Clerk to the Corporation to file the ESFA letter dated 12 December.", id="letter-dated"),
    pytest.param(
        "The Estates Manager to write to the contractor about the defects reported in June.",
        id="defects-reported-in-june",
    ),  # Selby College: "making good defects"
    pytest.param(
        "The Chief Officer to update the potting permit byelaw, which the Authority adopted in 2019.",
        id="which-the-authority-adopted-in-2019",
    ),  # NW IFCA: "Byelaw 4 Potting Permit Byelaw"
    pytest.param(
        "The Clerk to circulate the minutes of the Licensing Board meeting held on 5 October 2024.",
        id="meeting-held-on",
    ),
    pytest.param(
        "The Secretary to circulate the notes of the 14 November meeting to all members of the forum.",
        id="notes-of-the-14-november-meeting",
    ),
]

OPEN: dict[str, str] = {}

# A body printing its AGM by month: "before the AGM" is that month's end
AGM_MONTH_NOTICE = "The Annual General Meeting will be held in May 2025 at the Sports Centre."
AGM_MONTH_SENTENCE = "The Secretary of the Sports Trust to circulate the draft accounts before the AGM."

# A parochial church council printing its APCM (its annual meeting) but no "AGM"
PCC_NOTICE = "The APCM will be held on Sunday 27 April 2025 after the morning service."
APCM_SENTENCE = "The Churchwardens to obtain a second quote for the wheelchair ramp before the APCM."
NO_AGM_SENTENCE = "The Treasurer to present the independently examined accounts at the AGM."

# North American pages, dates printed month first
US_HEADING = "Otay Ridge Water District Minutes of the Board of Directors Meeting of November 14, 2024."
US_NEXT = "Next meeting: December 12, 2024 at 3:30 p.m."
US_DUES = [
    pytest.param(
        "The General Manager to bring the FY 2025-26 proposed budget back to the Board by 1/12.",
        dt.date(2025, 1, 12),
        id="us-by-1-12-month-first",
    ),  # Otay Water District
    pytest.param(
        "The Youth Commission Chair to send ideas for the park cleanup table to the group by the next meeting.",
        dt.date(2024, 12, 12),
        id="us-next-meeting-printed-month-first",
    ),  # Edmonds Youth Commission: "Send ideas about what activities we would have at the table"
    pytest.param(
        "Staff to report back to Committee of the Whole no later than 2025 January 31.",
        dt.date(2025, 1, 31),
        id="canadian-year-month-day",
    ),  # York Region Committee of the Whole
]
US_NO_DATE = [
    pytest.param(
        "The Executive Director to bring the revised work plan and budget back to the Board by fiscal year end.",
        id="us-by-fiscal-year-end",
    ),  # Bozeman BID: "a revised budget for FY21"
    pytest.param(
        "The Chief Financial Officer to close out the capital projects by the end of the fiscal year.",
        id="us-end-of-the-fiscal-year",
    ),  # Xentury City CDD: fiscal year October to September
]

# An Australian shire's page, dates printed day first
AU_HEADING = "Shire of Ashburvale Ordinary Council Meeting Minutes, Thursday 14 November 2024, Council Chambers."
AU_DUES = [
    pytest.param(
        "The Chief Executive Officer to sign the Memorandum of Understanding on national park roads by 3/12.",
        dt.date(2024, 12, 3),
        id="au-by-3-12-day-first",
    ),  # Shire of Ashburton: "MEMORANDUM OF UNDERSTANDING – NATIONAL PARK ROADS"
    pytest.param(
        "The Works Manager to report on the gravel road grading program by 12/1.",
        dt.date(2025, 1, 12),
        id="au-by-12-1-day-first",
    ),
]


def _board_page_actions(paragraphs: list[str]) -> list[Action]:
    """The actions of one board page (as minutes_page.board_actions reads it) tall enough for every paragraph."""
    page = minutes_page([BOARD_PRESENT, *paragraphs], height=120.0 + 24.0 * len(paragraphs))
    return actions_on_page(page, minutes_item(), MEETING)


@pytest.fixture(scope="module")
def uk_page() -> list[Action]:
    """One board page holding every UK case, read once."""
    sentences = [case.values[0] for case in (*DUES, *NO_DATE, *NOT_DUES)]
    return _board_page_actions([*NOTICES, *sentences])


@pytest.fixture(scope="module")
def agm_month_page() -> list[Action]:
    return _board_page_actions([AGM_MONTH_NOTICE, AGM_MONTH_SENTENCE])


@pytest.fixture(scope="module")
def pcc_page() -> list[Action]:
    return _board_page_actions([PCC_NOTICE, APCM_SENTENCE, NO_AGM_SENTENCE])


@pytest.fixture(scope="module")
def us_page() -> list[Action]:
    return _board_page_actions([US_HEADING, US_NEXT, *(case.values[0] for case in (*US_DUES, *US_NO_DATE))])


@pytest.fixture(scope="module")
def au_page() -> list[Action]:
    return _board_page_actions([AU_HEADING, *(case.values[0] for case in AU_DUES)])


@pytest.mark.parametrize(("sentence", "due", "precision", "due_text"), marked(DUES, OPEN))
def test_due(uk_page: list[Action], sentence: str, due: dt.date, precision: str, due_text: str | None) -> None:
    action = found_action(sentence, uk_page)
    assert (action.due, action.due_precision) == (due, precision), (action.due, action.due_text)
    if due_text is not None:
        assert action.due_text == due_text


@pytest.mark.parametrize(("sentence", "due_text"), NO_DATE)
def test_no_date_keeps_the_words(uk_page: list[Action], sentence: str, due_text: str | None) -> None:
    action = found_action(sentence, uk_page)
    assert action.due is None, (action.due, action.due_text)
    if due_text is not None:
        assert (action.due_text, action.due_precision) == (due_text, "unknown")


@pytest.mark.parametrize("sentence", NOT_DUES)
def test_not_a_deadline(uk_page: list[Action], sentence: str) -> None:
    action = found_action(sentence, uk_page)
    assert action.due is None, (action.due, action.due_text)


def test_agm_printed_by_month(agm_month_page: list[Action]) -> None:
    action = found_action(AGM_MONTH_SENTENCE, agm_month_page)
    assert action.due == dt.date(2025, 5, 31), (action.due, action.due_text)


def test_agm_printed_by_month_keeps_precision_month(agm_month_page: list[Action]) -> None:
    action = found_action(AGM_MONTH_SENTENCE, agm_month_page)
    assert (action.due, action.due_precision) == (dt.date(2025, 5, 31), "month"), (action.due, action.due_text)


def test_before_the_apcm(pcc_page: list[Action]) -> None:
    action = found_action(APCM_SENTENCE, pcc_page)
    assert action.due == dt.date(2025, 4, 27), (action.due, action.due_text)


def test_agm_without_a_printed_date_has_no_due(pcc_page: list[Action]) -> None:
    action = found_action(NO_AGM_SENTENCE, pcc_page)
    assert action.due is None, (action.due, action.due_text)


@pytest.mark.parametrize(("sentence", "due"), US_DUES)
def test_north_american_page(us_page: list[Action], sentence: str, due: dt.date) -> None:
    action = found_action(sentence, us_page)
    assert action.due == due, (action.due, action.due_text)


@pytest.mark.parametrize("sentence", US_NO_DATE)
def test_a_us_fiscal_year_end_has_no_day(us_page: list[Action], sentence: str) -> None:
    action = found_action(sentence, us_page)
    assert action.due is None, (action.due, action.due_text)
    assert action.due_text is not None and "fiscal year" in action.due_text


@pytest.mark.parametrize(("sentence", "due"), AU_DUES)
def test_australian_page_reads_day_first(au_page: list[Action], sentence: str, due: dt.date) -> None:
    action = found_action(sentence, au_page)
    assert action.due == due, (action.due, action.due_text)


MEETINGS = st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2098, 12, 31))


@given(
    meeting=MEETINGS, phrase=st.sampled_from(["by the end of the academic year", "before the end of the school year"])
)
def test_an_academic_years_end_never_precedes_the_meeting(meeting: dt.date, phrase: str) -> None:
    due, due_text, precision = resolve_due(f"The Clerk to circulate the calendar {phrase}.", meeting, None)
    assert due is not None and meeting <= due < meeting + dt.timedelta(days=366)
    assert (due.month, due.day, precision, due_text) == (7, 31, "month", phrase)


@given(meeting=MEETINGS, first=st.integers(2001, 2097), before=st.booleans())
def test_a_printed_academic_year_ends_in_its_second_year(meeting: dt.date, first: int, before: bool) -> None:
    years = f"{first}/{(first + 1) % 100:02d}"
    phrase = f"by the end of the {years} academic year" if before else f"by the end of the academic year {years}"
    due, due_text, precision = resolve_due(f"The Registrar to close the records {phrase}.", meeting, None)
    end = dt.date(first + 1, 7, 31)
    if end < meeting:
        assert due is None  # an academic year already past is no deadline
        return
    assert (due, due_text, precision) == (end, phrase, "month")


@given(meeting=MEETINGS)
def test_a_municipal_years_end_never_precedes_the_meeting(meeting: dt.date) -> None:
    due, _, precision = resolve_due("The Clerk to report by the end of the municipal year.", meeting, None)
    assert due is not None and meeting <= due < meeting + dt.timedelta(days=366)
    assert (due.month, due.day, precision) == (5, 31, "month")


@given(meeting=MEETINGS, ahead=st.integers(1, 120), body=st.sampled_from(["Board", "Licensing Board", "Forum"]))
def test_the_next_sitting_is_the_next_meeting(meeting: dt.date, ahead: int, body: str) -> None:
    following = meeting + dt.timedelta(days=ahead)
    for text in (
        f"Clerk to report to the next sitting of the {body}.",
        f"Clerk to report before the {body}'s next meeting.",
    ):
        due, _, precision = resolve_due(text, meeting, following)
        assert (due, precision) == (following, "day"), text


@given(
    meeting=MEETINGS, days=st.integers(1, 60), event=st.sampled_from(["receipt of the invoice", "the decision notice"])
)
def test_days_counted_from_an_undated_event_give_no_date(meeting: dt.date, days: int, event: str) -> None:
    due, due_text, precision = resolve_due(
        f"The Treasurer to pay the grant within {days} days of {event}.", meeting, None
    )
    assert (due, due_text, precision) == (None, f"within {days} days", "unknown")
    due, _, _ = resolve_due(f"The Clerk to publish the minutes within {days} days of the meeting.", meeting, None)
    assert due == meeting + dt.timedelta(days=days)
