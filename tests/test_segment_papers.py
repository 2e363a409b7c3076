"""Document facts of papers that are not a meeting's agenda or minutes (round 4): reports, appendices,
registers, slide decks and statutory returns name a meeting only where they print one, and date it
only from their heading. Synthetic pages for the rules, real PDFs (../shared/corpus/real) for the
layouts they come from."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.pdf import Line, PageLayout, read_document
from agendaparse.segment import (
    PERIOD_END_RE,
    _action_plan_header,
    _only_a_date,
    _strip_place,
    agenda_items,
    classify_document,
    council_from_initialism,
    document_facts,
    find_body,
    find_committee,
    meeting_date_from,
    parse_item_number,
)
from conftest import REAL, needs_shared

PROSE = (
    "The planning committee met last month and refused all of the applications that were put to it by the"
    " officers, and the members asked that the ward be kept informed of any appeal that is lodged."
)


def _page(rows: list[tuple[float, str]], size: float = 11, number: int = 1) -> PageLayout:
    """A page of lines (x0, text), one every 14 points."""
    lines = [
        Line(text=text, x0=x0, top=60.0 + 14 * index, x1=x0 + 5 * len(text), bottom=70.0 + 14 * index, size=size)
        for index, (x0, text) in enumerate(rows)
    ]
    return PageLayout(number=number, width=595.0, height=842.0, rotation=0, lines=lines)


def _prose_lines(n: int) -> list[tuple[float, str]]:
    words = PROSE.split()
    return [(72, " ".join(words[(i * 9) % 27 : (i * 9) % 27 + 9])) for i in range(n)]


# ---------------------------------------------------------------- document type


def test_a_title_wrapped_over_lines_is_read_as_one():
    page = _page(
        [
            (56, "Local Councils, Internal Drainage Boards and"),
            (56, "other Smaller Authorities in England Annual"),
            (56, "return for the year ended 31 March 2017"),
        ],
        size=26,
    )
    page.lines += _page(_prose_lines(6) + [(72, "the internal audit report is completed by the provider")]).lines[:7]
    for index, line in enumerate(page.lines[3:]):
        line.top, line.bottom, line.size = 140.0 + 14 * index, 150.0 + 14 * index, 12
    assert classify_document([page]) == "other"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("What we have committed to   Led by   Timescale Measure   Shared", True),
        ("No   Action   Owner   Deadline   Status", True),
        ("Ref   Action   Responsible Officer   Target Date", True),
        ("Ref   Topic   Risk Identified   Management of Risk   Action   Notes", False),  # no lead, no timescale
        ("What we have committed to   Strategies / plans in place to deliver   Led by", False),
        ("The lead officer will set a deadline for the work   and report back", False),  # a sentence, not cells
    ],
)
def test_an_action_plan_header_names_a_lead_and_a_timescale(header, expected):
    assert _action_plan_header([_page([(40, "Proposed priorities"), (40, header)])]) is expected


def test_without_a_cue_a_table_of_actions_is_an_action_plan_and_running_text_a_report():
    plan = _page([(100, "Improving Health and Wellbeing"), (40, "What we have committed to   Led by   Timescale")])
    assert classify_document([plan]) == "action_plan"
    assert classify_document([_page([(160, "Cherwell District Council - January 2026"), *_prose_lines(14)])]) == (
        "report"
    )
    listing = _page([(60, "Service Offer Comparison")] + [(60, f"• Session {n}   • Group {n}") for n in range(14)])
    assert classify_document([listing]) == "other"


# ---------------------------------------------------------------- committee, body, date


@pytest.mark.parametrize("doc_type", ["report", "other", "action_plan"])
def test_a_paper_that_names_no_meeting_has_no_committee(doc_type):
    page = _page([(60, "Kent County Council"), (60, "Quarterly Performance Report"), *_prose_lines(3)])
    assert find_committee([page], doc_type, "Kent County Council") is None
    addressed = _page([(60, "Finance Monitoring Report"), (60, "To   Cabinet – 30 January 2025")])
    assert find_committee([addressed], doc_type, "Kent County Council") == "Cabinet"


def test_a_table_row_names_no_committee_or_body():
    row = "• Breastfeeding Clinic   • Beyond the Page*   • Breastfeeding Support Group   • Baby Massage"
    assert find_committee([_page([(72, "Appendix 1: Service Offer Comparison"), (90, row)])], "other", None) is None
    cells = "CYPE   High Needs   The Dedicated Schools Grant   The Department for Education withholds its   4"
    assert find_body(cells) is None
    assert find_body("Department for Education") == "Department for Education"


@given(
    st.sampled_from(["year ended", "year ending", "period ending", "Quarter ended", "year of account ended"]),
    st.integers(1, 28),
    st.sampled_from(["March", "June", "September"]),
    st.integers(2000, 2030),
)
def test_the_end_of_an_accounting_period_is_not_a_meeting_date(period, day, month, year):
    line = f"Annual return for the {period} {day} {month} {year}"
    assert PERIOD_END_RE.search(line)
    assert meeting_date_from([line]) is None
    assert meeting_date_from([line, f"Meeting held on {day} {month} {year}"]) is not None


def test_a_register_is_not_dated_by_a_date_in_its_text():
    page = _page(
        [(300, "Risk Register"), (40, "Ref   Risk   Likelihood   Exposure   Notes")]
        + [(40, f"R{n}   Demand for placements rises   4   22.0   none") for n in range(16)]
        + [(40, "R17   The overspend at 31-3-25 means a pressure   4   22.0   none")]
    )
    assert document_facts([page]).meeting_date is None
    page.lines[0].text = "Risk Register Meeting 12 March 2025"
    assert document_facts([page]).meeting_date is not None


def test_council_initials_make_a_county_council_unless_the_paper_speaks_of_a_city():
    prose = "KCC officers met Kent leaders today. KCC will report to the Council soon. Kent and Medway plan; Kent wins."
    assert council_from_initialism(prose) == ("Kent County Council", 2)
    assert council_from_initialism(prose + " The City of Kent is a city.") == ("Kent City Council", 2)


# ---------------------------------------------------------------- real PDFs


@cache
def _facts(path: str):
    return document_facts(read_document(REAL / path, ocr="never").pages)


@needs_shared()
@pytest.mark.parametrize(
    ("path", "doc_type", "body", "committee", "meeting_date"),
    [
        ("kent-cc/2025-01-30_appendix_b_ics_priorities_measures.pdf", "action_plan", "Kent County Council", None, None),
        ("kent-cc/2025-01-30_appendix_i_budget_risk_register.pdf", "other", "Kent County Council", None, None),
        ("kent-cc/2025-03-04_quarterly_performance_report_q3.pdf", "report", "Kent County Council", None, None),
        (
            "kent-cc/2025-01-30_finance_monitoring_report_q3.pdf",
            "report",
            "Kent County Council",
            "Cabinet",
            "2025-01-30",
        ),
        ("souldern-pc/2026-01-29_district_councillor_report.pdf", "report", "Cherwell District Council", None, None),
        ("souldern-pc/2023-11_spc_risk_assessment_register.pdf", "other", "Souldern Parish Council", None, None),
        (  # approved at the council's own meeting; its date is handwritten (an image)
            "milburn-pc/2017_milburn_pc_annual_return.pdf",
            "other",
            "Milburn Parish Council",
            "Milburn Parish Council",
            None,
        ),
        ("kent-cc/2025-03-13_appendix5_family_hubs_service_offer_comparison.pdf", "other", None, None, None),
    ],
)
def test_papers_real(path, doc_type, body, committee, meeting_date):
    facts = _facts(path)
    assert (facts.doc_type, facts.body, facts.committee) == (doc_type, body, committee)
    assert (facts.meeting_date.isoformat() if facts.meeting_date else None) == meeting_date


@pytest.mark.parametrize(
    "opening",
    ["The Council met at 9:42 a.m.", "The Speaker called the meeting to order.", "The Board convened at 7pm."],
)
def test_a_record_of_how_the_meeting_opened_is_minutes(opening):
    page = _page([(180, "COUNCIL OF THE CITY OF WINNIPEG"), (230, "Tuesday, May 27, 2014"), (66, opening)])
    assert classify_document([page]) == "minutes"
    agenda = _page([(180, "AGENDA"), (66, "CALL TO ORDER"), (66, "ROLL CALL"), (66, opening.replace(".", ""))])
    assert classify_document([agenda]) == "agenda_pack"


@given(st.sampled_from(["City of Winnipeg", "Township of Nipissing", "Town of Ayton"]), st.booleans())
def test_the_council_of_a_municipality_is_its_council(body, the):
    assert _strip_place(f"Council of {'the ' if the else ''}{body}", body) == "Council"


# ---------------------------------------------------------------- scanned agenda packages


@given(st.integers(1, 99), st.sampled_from(["Resolution: Appoint a member", "Accounts to pay", "Correspondence"]))
def test_an_item_number_may_lose_its_space(number, title):
    assert parse_item_number(f"{number}.{title}") == (str(number), title)
    assert parse_item_number(f"{number}.5m of savings") is None


def test_an_amendment_date_is_not_the_meeting_date():
    lines = ["*** AGENDA ***", "Amended March 15, 2024", "Tuesday, March 19, 2024", "START TIME 6:30 p.m."]
    assert meeting_date_from(lines).isoformat() == "2024-03-19"
    assert meeting_date_from(["Revised 2 May 2017"]).isoformat() == "2017-05-02"  # the only date there is


def _package() -> list[PageLayout]:
    agenda = _page(
        [
            (37, "The Corporation of the Township of Nipissing"),
            (220, "*** AGENDA ***"),
            (180, "Tuesday, March 19, 2024"),
            (77, "1. Disclosure of pecuniary interest."),
            (77, "2. Committee Reports."),
            (77, "3. Adjournment."),
            (58, "Council meetings will be held in person at the Community Centre."),
        ]
    )
    minutes = _page(
        [(270, "MINUTES"), (44, "R2024-051 D. Yemm, T. Butler:"), (44, "That the minutes be adopted.")], number=2
    )
    letter = _page([(107, "Dear Council,"), (107, "4 and provided on the Township website.")], number=3)
    return [agenda, minutes, letter]


def test_a_scanned_package_keeps_the_agenda_list_of_its_first_page():
    pages = _package()
    facts = document_facts(pages)
    assert (facts.doc_type, facts.body, facts.committee) == ("agenda_pack", "Township of Nipissing", "Council")
    assert [item.number for item in agenda_items(pages, "doc")] == ["1", "2", "3"]
    pages[2].lines.append(Line(text="as the City Council resolved in May", x0=107, top=700, x1=300, bottom=710))
    assert find_committee(pages, "agenda_pack", "Township of Nipissing") == "Council"
    assert find_committee(pages, "agenda_pack", "City of Omaha") == "City Council"


def _agenda(rows: list[tuple[float, float, str]]) -> list[tuple[str, str]]:
    """Agenda items of a page of lines (x0, top, text), each 8 points high."""
    lines = [Line(text=text, x0=x0, top=top, x1=x0 + 5 * len(text), bottom=top + 8, size=8) for x0, top, text in rows]
    page = PageLayout(number=1, width=419.0, height=595.0, rotation=0, lines=lines)
    return [(item.number, item.title) for item in agenda_items([page], "doc")]


def test_a_scanned_agenda_keeps_its_items_and_leaves_what_is_listed_under_them():
    rows = [
        (50, 30, "Agenda & Summons to Councillors"),
        (50, 50, "5. Clerks Report and Actions from previous meeting"),
        (50, 60, "NO ACTION OWNER"),
        (50, 166, "1 work on the small playground once firm LC/NS"),  # a table cell wrapped under item 5
        (50, 294, "6 Updates"),
        (74, 303, "a. Playground Advisory Group"),
        (74, 312, "b. Nancy Bowles Wood Advisory Group"),
        (74, 322, "c. CDC"),
        (74, 331, "d OCC"),  # the full stop lost
        (50, 404, "10 Planning - to update on any planning issues"),
        (123, 413, "20/03320/TCA Westend House, Bates lane - Approval"),
        (123, 420, "20/02610/TCA Holly Cottage, The Hill - Approval"),
        (50, 469, "11 Finance - To approve monthly accounts payable"),
        (115, 479, "To discuss and approve the proposed precept request"),
    ]
    assert _agenda(rows) == [
        ("5", "Clerks Report and Actions from previous meeting"),
        ("6", "Updates"),
        ("6(a)", "Playground Advisory Group"),
        ("6(b)", "Nancy Bowles Wood Advisory Group"),
        ("6(c)", "CDC"),
        ("6(d)", "OCC"),
        ("10", "Planning - to update on any planning issues"),
        ("11", "Finance - To approve monthly accounts payable To discuss and approve the proposed precept request"),
    ]


def test_a_note_printed_apart_under_an_item_is_not_its_title():
    rows = [
        (97, 216, "1. Disclosure of pecuniary interest."),
        (115, 262, "Mr. Elston is not available to attend the meeting due to a conflict, this"),
        (115, 272, "session will be re-scheduled when possible."),
        (97, 317, "3. Staff and Committee Reports."),
        (97, 346, "4. Resolution: Support for making the NORDS Pilot Program Permanent and"),
        (115, 356, "Expanding Program Eligibility."),
    ]
    assert _agenda(rows) == [
        ("1", "Disclosure of pecuniary interest"),
        ("3", "Staff and Committee Reports"),
        ("4", "Resolution: Support for making the NORDS Pilot Program Permanent and Expanding Program Eligibility"),
    ]


def test_a_letter_to_a_council_names_the_meeting_but_its_own_date_is_not_the_meetings():
    page = _page(
        [
            (445, "Planning Department"),
            (68, "City of Omaha — Director"),
            (79, "September 25, 2012"),
            (76, "Honorable President"),
            (112, "and Members of the City Council,"),
            *_prose_lines(12),
        ]
    )
    facts = document_facts([page])
    assert (facts.doc_type, facts.body, facts.committee, facts.meeting_date) == (
        "report",
        "City of Omaha",
        "City Council",
        None,
    )


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("September 25, 2012", True),
        ("Tuesday, 4th March 2025", True),
        ("12/03/2025", True),
        ("To   Cabinet – 30 January 2025", False),
        ("ODUG Action Log – 19 July 2013", False),
        ("Date: 3 May 2012", False),
    ],
)
def test_a_date_alone_on_its_line(text, alone):
    assert _only_a_date(text) is alone
