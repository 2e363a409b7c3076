"""Stop 65: minute items on first pages of bodies the rules were not written from (training/first_pages_design2.jsonl).

Forms (each printed by several bodies of design2), in invented wording:
- a count of people with its attendance words ('2 Members of the public in attendance') is no item;
- under a heading numbered N.0 its decimals number the minute's paragraphs ('1.1 The Chair welcomed …');
- 'Item 9 - …' or 'Minute 6 - …' inside a minute, out of step with unlabelled headings, is a reference;
- a decimal or lettered sub-item whose record runs on after its heading on the same line ('4.1 Chair's Report. The
  Chair had …', 'a) Bus Shelter – The Clerk had …') is headed by its phrase;
- '(2) Members may remain …', a clause of a note, is no item;
- a parish council's own meeting named by its kind only ('the Parish Council Meeting held … in Ashcombe Magna Village
  Hall') is named by the village of its hall, its meeting's kind taken out of its name ('Ashcombe Magna Annual
  Parish Council'); the record's title ('Minutes of Annual') is nobody's name.
Each with guards that must stay as they are.
"""

from __future__ import annotations

from agendaparse.pdf import Line, PageLayout
from agendaparse.segment import document_facts, minutes_items


def page(lines: list[str]) -> PageLayout:
    laid = [
        Line(text, 60.0, 60.0 + 18.0 * index, min(60.0 + 4.8 * len(text), 552.0), 70.0 + 18.0 * index, 10.0, False)
        for index, text in enumerate(lines)
    ]
    return PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=laid)


def items(lines: list[str]) -> list[tuple[str, str]]:
    return [(item.number, item.title) for item in minutes_items([page(lines)], "d")]


HEAD = ["Ashbourne Vale Parish Council", "Minutes of the meeting held on Tuesday 4 March 2025"]


def test_a_count_of_the_public_in_attendance_is_no_item() -> None:
    found = items(
        [*HEAD, "Cllrs Teal (Chair), Finch and Wren", "2 Members of the public in attendance", "1 Apologies",
         "Apologies were received from Cllr Rook.", "2 Declarations of interest", "None were declared.",
         "3 Minutes of the last meeting", "The minutes were approved."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3"]
    assert ("2", "Declarations of interest") in found


def test_a_count_guard_public_participation_heads_its_item() -> None:
    found = items(
        [*HEAD, "1. Apologies for absence", "None received.", "2. Members of the public", "A resident asked about",
         "the footpath to the church.", "3. Minutes of the last meeting", "The minutes were approved."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3"]


def test_decimals_under_a_zero_heading_are_paragraphs() -> None:
    found = items(
        [*HEAD, "1.0", "Welcome and Introductions", "1.1", "The Chair welcomed everyone and noted the new clerk.",
         "2.0", "Apologies for absence", "2.1", "None received.", "3.0", "Minutes of the last meeting", "3.1",
         "The minutes were accepted as a true record.", "4.0", "Matters Arising"]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1.0", "2.0", "3.0", "4.0"]


def test_zero_heading_guard_a_titled_decimal_still_heads() -> None:
    found = items(
        [*HEAD, "1.0 Welcome", "The Chair opened the meeting.", "2.0 Reports", "2.1 Playing Field",
         "The mower had been serviced.", "2.2 Village Hall", "The boiler had been replaced."]
    )  # fmt: skip
    assert ("2.1", "Playing Field") in found and ("2.2", "Village Hall") in found


def test_a_labelled_reference_inside_a_minute_is_no_item() -> None:
    found = items(
        [*HEAD, "1.", "Apologies for Absence", "None received.", "2.", "Declarations of Interest", "None.", "3.",
         "Minutes of the Previous Meeting", "Matters Arising", "Item 9 - Street Lighting",
         "The Clerk had chased the county council.", "4.", "Highways Report", "The verges had been cut.", "5.",
         "Finance", "The payments were approved."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3", "4", "5"]


def test_labelled_guard_headings_all_labelled_go_on() -> None:
    found = items(
        [*HEAD, "Item 1: Apologies for absence", "None received.", "Item 2: Declarations of interest", "None.",
         "Item 3: Minutes of the last meeting", "Approved."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3"]


def test_a_decimal_sub_item_runs_on_after_its_heading() -> None:
    found = items(
        [*HEAD, "1. Apologies for Absence. There were no apologies.", "2. Declarations of Interest. None.",
         "3. Reports.", "3.1 Chair's Report. The Chair had attended the district forum on 2 March.",
         "3.2 Clerk's Report. The Clerk had renewed the insurance.", "3.3 Speed Watch. The volunteers had logged "
         "forty vehicles.", "4. Finance.", "The payments were approved."]
    )  # fmt: skip
    assert ("3.1", "Chair's Report") in found and ("3.2", "Clerk's Report") in found
    assert ("3.3", "Speed Watch") in found


def test_decimal_guard_a_numbered_paragraph_is_no_sub_item() -> None:
    found = items(
        [*HEAD, "1. Welcome", "1.1. The Chair welcomed members and thanked the outgoing clerk.",
         "2. Apologies for Absence", "None received.", "3. Annual Return", "3.1 Members considered and RESOLVED to "
         "adopt the internal audit report.", "3.2 Members RESOLVED to sign the exemption certificate."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3"]


def test_lettered_sub_items_run_on_after_a_dash() -> None:
    found = items(
        [*HEAD, "1. Apologies", "None received.", "2. Minutes", "Approved.", "3. Matters arising:",
         "a) Bus Shelter Repairs – The Clerk had obtained two quotes for the roof.",
         "b) Village Sign – Cllr Hale had repainted the sign at no cost.", "4. Planning", "No applications."]
    )  # fmt: skip
    assert ("3(a)", "Bus Shelter Repairs") in found and ("3(b)", "Village Sign") in found


def test_lettered_guard_a_lone_lettered_paragraph_stays_text() -> None:
    found = items(
        [*HEAD, "1. Apologies", "None received.", "2. Matters arising:",
         "a) Footpath Signs – The Clerk had reported the broken sign to the county council.", "3. Planning",
         "No applications."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3"]


def test_a_note_clause_in_brackets_is_no_item() -> None:
    found = items(
        [*HEAD, "1. Declarations of Interest", "To receive declarations of interest. Notes:",
         "(1) Members may remain in the meeting and take part fully in the discussion unless it is pecuniary.",
         "(2) Members in arrears of council tax must not vote on the budget.", "2. Minutes of the last meeting",
         "The minutes were approved.", "3. Planning", "No applications."]
    )  # fmt: skip
    assert [(number, title[:8]) for number, title in found] == [("1", "Declarat"), ("2", "Minutes "), ("3", "Planning")]


def facts_of(lines: list[str]) -> tuple[str | None, str | None]:
    found = document_facts([page(lines)])
    return found.body, found.committee


def test_a_parish_council_named_by_its_kind_is_named_by_its_village_hall() -> None:
    """'Minutes of the Parish Council Meeting held … in Ashcombe Magna Village Hall': the council's own meeting names
    the council by its kind only, its village by the hall it meets in."""
    body, committee = facts_of(
        ["Minutes of the Parish Council Meeting held on Wednesday 9th April 2025 in Ashcombe Magna Village Hall at "
         "7.30pm", "Present: Councillors Teal (Chair), Finch and Wren", "1/25 Apologies for absence", "None."]
    )  # fmt: skip
    assert body == committee == "Ashcombe Magna Parish Council"


def test_village_hall_guards() -> None:
    """No village before the hall ('in the Village Hall'), a church's hall, or two halls named: the kind stays."""
    for venue in ("in the Village Hall", "in St Anselm's Church Hall", "in Oxley Village Hall and Brede Parish Rooms"):
        body, committee = facts_of(
            [f"Minutes of the Parish Council Meeting held on Wednesday 9th April 2025 {venue} at 7.30pm",
             "Present: Councillors Teal (Chair), Finch and Wren", "1/25 Apologies for absence", "None."]
        )  # fmt: skip
        assert committee == "Parish Council", venue


def test_the_meeting_kind_inside_a_parish_council_name_is_taken_out() -> None:
    body, committee = facts_of(
        ["DRAFT", "Minutes of Ashcombe Magna Annual Parish Council Meeting held in the Pavilion at 7.30pm on Wednesday "
         "14 May 2025", "Those Attending: Cllrs Teal, Finch and Wren", "1. Election of Chairman", "Cllr Teal was "
         "elected."]
    )  # fmt: skip
    assert body == committee == "Ashcombe Magna Parish Council"


def test_kind_inside_guard_a_council_named_with_a_kind_word_of_its_own_stays() -> None:
    """'Ordinary' only goes before the council's kind: 'Ashcombe Magna Town Council' read whole stays whole."""
    body, committee = facts_of(
        ["ASHCOMBE MAGNA TOWN COUNCIL", "Minutes of the meeting of Ashcombe Magna Town Council held on 3 June 2025",
         "1. Apologies", "None."]
    )  # fmt: skip
    assert committee == "Ashcombe Magna Town Council"


def test_the_record_title_is_no_body() -> None:
    """'ASHCOMBE MAGNA PARISH COUNCIL' over 'MINUTES OF ANNUAL GENERAL MEETING HELD AT 6.00PM': 'Minutes of Annual'
    is read as nobody's name."""
    body, committee = facts_of(
        ["ASHCOMBE MAGNA PARISH COUNCIL", "MINUTES OF ANNUAL GENERAL MEETING HELD AT 6.00PM", "TUESDAY 4 APRIL 2023",
         "PRESENT: Mr D Teal (Chair); Mr D Finch (Vice-Chair)", "1. APOLOGIES: received from Mr D Wren"]
    )  # fmt: skip
    assert not (body or "").lower().startswith("minutes") and not (committee or "").lower().startswith("minutes")
