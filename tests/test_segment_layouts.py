"""Agenda list layouts and document facts added in round 3: timed agendas, agenda grids, description
columns, bullet points under an item, lists running over numbered pages, general meetings and
company bodies. Synthetic pages for the rules, real PDFs (../shared/corpus/real) for the layouts."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.pdf import Line, PageLayout, read_document
from agendaparse.segment import (
    GENERAL_MEETING_RE,
    TIME_SLOT_RE,
    agenda_items,
    body_from_meeting_heading,
    classify_document,
    document_facts,
    find_committee,
    minutes_items,
    normalise_body,
)
from conftest import REAL, needs_shared


def _page(rows: list[tuple[float, str]], number: int = 1, width: float = 595.0) -> PageLayout:
    """A page of lines (x0, text), one every 14 points, each about 5 points a character wide."""
    lines = [
        Line(text=text, x0=x0, top=60.0 + 14 * index, x1=x0 + 5 * len(text), bottom=70.0 + 14 * index, size=11)
        for index, (x0, text) in enumerate(rows)
    ]
    return PageLayout(number=number, width=width, height=842.0, rotation=0, lines=lines)


def _titles(rows: list[tuple[float, str]]) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in agenda_items([_page(rows)], "doc")]


# ---------------------------------------------------------------- timing columns


CLOCK = st.tuples(st.integers(0, 23), st.integers(0, 59), st.sampled_from([".", ":"]))


@given(CLOCK, CLOCK, st.sampled_from([" - ", " – ", "-", " to "]))
def test_a_time_slot_is_not_part_of_the_title(start, end, dash):
    slot = f"{start[0]}{start[2]}{start[1]:02d}{dash}{end[0]}{end[2]}{end[1]:02d}"
    assert TIME_SLOT_RE.match(f"{slot}   Revised Transparency Code")
    assert _titles([(50, f"1) {slot}   Revised Transparency Code"), (50, f"2) {slot}   AOB")]) == [
        ("1", "Revised Transparency Code"),
        ("2", "AOB"),
    ]


def test_bullet_points_under_an_item_are_not_its_title():
    rows = [
        (50, "3) 11.30 - 11.45   Cabinet Office Update:"),
        (110, "• National Information Infrastructure (NII)"),
        (110, "• UK National Action Plan, continued on"),
        (114, "a second line"),
        (50, "4) 11.45 - 12.00   DCLG Update"),
    ]
    assert _titles(rows) == [("3", "Cabinet Office Update"), ("4", "DCLG Update")]


def test_agenda_grid_reads_the_title_cells_under_the_number():
    rows = [
        (55, "Timing   Item   Lead"),
        (55, "1 13:30 – 13:35"),
        (159, "Welcome and Introductions"),
        (442, "Chair"),
        (73, "(5 mins)"),
        (159, "Agree note of previous meeting"),
        (55, "2 13:35 – 14.00"),
        (73, "(25 mins)   Strategy update   Tim Kelsey"),
        (55, "Departmental update"),
        (55, "3 14.40 – 15:10"),
        (159, "Data from the Health Sector"),
        (73, "(30 mins)   - discussion"),
    ]
    assert _titles(rows) == [
        ("1", "Welcome and Introductions Agree note of previous meeting"),
        ("2", "Strategy update"),
        ("3", "Data from the Health Sector - discussion"),
    ]


def test_description_column_is_not_part_of_the_title():
    rows = [
        (30, "6      Correspondence                                 To discuss correspondence received"),
        (30, "7      Planning                                       To discuss any new planning applications"),
        (270, "To confirm submission of objections to St. Josephs"),
        (30, "8      SUC meeting update re Fox Inn ACV"),
        (65, "registration"),
    ]
    assert _titles(rows) == [
        ("6", "Correspondence"),
        ("7", "Planning"),
        ("8", "SUC meeting update re Fox Inn ACV registration"),
    ]


@given(st.integers(1900, 2099))
def test_a_wrapped_year_is_not_an_item(year):
    rows = [(50, "1. Chair’s welcome and Minutes of AGM, 10th September"), (62, f"{year}."), (50, "2. Annual Report")]
    assert _titles(rows) == [
        ("1", f"Chair’s welcome and Minutes of AGM, 10th September {year}"),
        ("2", "Annual Report"),
    ]


def test_out_of_sequence_number_continues_the_title():
    rows = [(50, "12. CLASS C licence application"), (50, "13. CLASS I licence application"), (50, "12 – see attached")]
    assert [number for number, _ in _titles(rows)] == ["12", "13"]


def test_numbered_page_continues_the_agenda_only_in_sequence():
    first = _page([(50, "1. Roll call"), (50, "2. Pledge of Allegiance")], number=1)
    second = _page([(50, "3. Ord. to rezone property"), (50, "4. Res. to approve a plat")], number=2)
    second.label = "2"
    report = _page([(50, "1. Introduction"), (50, "2. Background")], number=2)
    report.label = "2"
    assert [item.number for item in agenda_items([first, second], "doc")] == ["1", "2", "3", "4"]
    assert [item.number for item in agenda_items([first, report], "doc")] == ["1", "2"]


# ---------------------------------------------------------------- document facts


def test_a_general_meeting_with_a_numbered_list_is_an_agenda():
    page = _page(
        [
            (90, "Suffolk’s Libraries IPS Ltd Annual General Meeting"),
            (120, "Thursday, 29th September 2016"),
            (50, "1. Chair’s welcome"),
            (50, "2. Annual Report"),
            (50, "3. Accounts 2015/16"),
        ]
    )
    assert classify_document([page]) == "agenda_pack"
    facts = document_facts([page])
    assert facts.body == "Suffolk’s Libraries IPS"  # the plain form is not printed on this page; no legal suffix
    assert facts.committee == facts.body


@given(st.sampled_from(["Annual General Meeting", "AGM", "A.G.M.", "Annual Parish Meeting", "EGM"]))
def test_a_general_meeting_is_the_bodys_own(meeting):
    assert GENERAL_MEETING_RE.search(meeting)
    assert GENERAL_MEETING_RE.search(f"Ramblers Association {meeting}")
    assert not GENERAL_MEETING_RE.search(f"{meeting} Working Group")


@given(
    st.lists(st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True), min_size=1, max_size=3),
    st.sampled_from(["Annual General Meeting", "AGM", "Board Meeting"]),
)
def test_a_society_names_itself_in_its_meeting_heading(words, meeting):
    name = " ".join(words) + " Trust"
    assert body_from_meeting_heading([f"{name} {meeting}", "Thursday 3 March 2016"]) == name
    assert body_from_meeting_heading([f"Minutes of the {meeting}"]) is None


def test_body_loses_a_possessive_the_paper_drops_and_its_legal_suffix():
    text = "Directors, Members and Staff of Suffolk Libraries"
    assert normalise_body("Suffolk’s Libraries IPS Ltd.", text) == "Suffolk Libraries IPS"
    assert normalise_body("Suffolk’s Libraries IPS", text) == "Suffolk Libraries IPS"
    assert normalise_body("Barnardo’s Trust Ltd", "no plain form") == "Barnardo’s Trust"
    assert normalise_body("Kent County Council", text) == "Kent County Council"


def test_a_panel_meeting_heading_names_the_panel():
    page = _page([(200, "LOCAL PUBLIC DATA PANEL MEETING"), (200, "11am - 1pm, Thursday 17th October 2013")])
    page.lines.append(Line(text="AGENDA", x0=270, top=120, x1=320, bottom=130))
    assert find_committee([page], "agenda_pack", None) == "Local Public Data Panel"


# ---------------------------------------------------------------- real PDFs


@cache
def _pages(path: str) -> list[PageLayout]:
    return read_document(REAL / path, ocr="never").pages


@needs_shared()
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (
            "cabinet-office/2013-10-17_local_public_data_panel_agenda.pdf",
            {"3": "Cabinet Office Update", "6": "Forward Look", "7": "AOB and Close"},
        ),
        (
            "cabinet-office/2011_transparency_board_tb7_agenda.pdf",
            {
                "1": "Welcome and Introductions Agree note of previous meeting – paper TB(7)1.i",
                "9": "AOB Date of next meeting is 12 July",
            },
        ),
        ("suffolk-libraries/2016_agm_agenda.pdf", {"8": "Closing Remarks"}),
        ("souldern-pc/2026-06-25_spc_agenda.pdf", {"6": "Correspondence", "11": "Planning", "12": "Finance"}),
        ("merton/2009-10-22_audit_committee_agenda_pack_excerpt.pdf", {"1": "Declarations of interest"}),
    ],
)
def test_real_agenda_layouts(path, expected):
    pages = _pages(path)
    assert document_facts(pages).doc_type == "agenda_pack"
    titles = {item.number: item.title for item in agenda_items(pages, "doc")}
    assert {number: titles.get(number) for number in expected} == expected


@needs_shared()
def test_real_agenda_over_numbered_pages():
    items = agenda_items(_pages("omaha/2012-10-16_city_council_agenda.pdf"), "doc")
    top = [int(item.number) for item in items if item.number.isdigit()]
    assert top == list(range(1, len(top) + 1)) and len(top) > 60


@needs_shared()
@pytest.mark.parametrize(
    ("path", "doc_type", "body", "committee"),
    [
        (
            "suffolk-libraries/2016_agm_agenda.pdf",
            "agenda_pack",
            "Suffolk Libraries IPS",
            "Suffolk Libraries IPS",
        ),
        ("suffolk-libraries/2015_agm_minutes.pdf", "minutes", "Suffolk Libraries IPS", "Suffolk Libraries IPS"),
        (
            "milburn-pc/2017-05-02_milburn_pc_agm_agenda.pdf",
            "agenda_pack",
            "Milburn Parish Council",
            "Milburn Parish Council",
        ),
        ("kent-cc/2025-01-30_24-00115_equality_impact_assessment.pdf", "report", "Kent County Council", None),
        (
            "cabinet-office/2010-09-15_transparency_board_tb2_data_requests_table.pdf",
            "report",
            "Cabinet Office",
            "Transparency Board",
        ),
    ],
)
def test_real_document_facts(path, doc_type, body, committee):
    facts = document_facts(_pages(path))
    assert (facts.doc_type, facts.committee) == (doc_type, committee)
    if body:
        assert facts.body == body


@needs_shared()
def test_real_heading_bracket_wraps():
    items = minutes_items(_pages("souldern-pc/2025-11-27_spc_minutes.pdf"), "doc")
    titles = {item.number: item.title for item in items}
    assert titles["11.25.08"] == "Reports from County/District Councillors (David Rogers CDC) (Gareth Epps – OCC)"
