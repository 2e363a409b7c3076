"""Stop 67: agenda and minute items on first pages of bodies the rules were not written from (issue #4; the misses of
training/first_pages.jsonl's design split and training/first_pages_design2.jsonl).

Forms (each printed by two bodies or more of the design sets), in invented wording:
- an item number run into its title, the tab between them lost from the text: '3MINUTES', '4COUNCIL REPORTS' (a
  parish agenda), '4.1Concert in the Park' (a community council's minutes); never '2ND FLOOR', '10AM';
- a space slipped in after the stop or stroke inside a compound number: '2. 1 Police report' under '2. Reports' (a
  community council), 'GB/2627/ 216: Declarations of Interest' after 'GB/2627/215' (a health body), as '12- 214'
  was read already;
- a bullet or an ellipsis set between a minute's heading and its record, as a dash is: '2 Police Report • PC Dunn
  read …' (a community council), '4. Date of the next meeting … Noted as 5-6-25.' (a parish council);
- a standard heading's phrase as the subject of the record's passive heads the minute: '1. Apologies for absence
  were received from Councillors …' (a town council, a parish council), as 'APOLOGIES FOR ABSENCE were …' did;
- the bracketed clauses of a note to the members under an agenda item ('(2) Members in arrears of Council Tax …
  must not vote …') are no items, as stop 65 read them in minutes (one body of design2 prints them in its agenda
  web page, the standard note on declarations of interest).
Each with guards that must stay as they are.
"""

from __future__ import annotations

from agendaparse.segment import agenda_items, minutes_items, parse_item_number
from agendaparse.segment.minutes import heading_title
from test_segment_items65 import page


def minutes(lines: list[str]) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in minutes_items([page(lines)], "d")]


def agenda(lines: list[str]) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in agenda_items([page(lines)], "d")]


MINUTES_HEAD = ["Ashbourne Vale Community Council", "Minutes of the meeting held on Tuesday 4 March 2025"]
AGENDA_HEAD = [
    "To: all Members of Ashbourne Vale Parish Council",
    "You are hereby summoned to attend the meeting of Ashbourne Vale Parish Council on Wednesday 12th March 2025",
    "at 7.30pm in the Village Hall for the purpose of transacting the business on the following agenda.",
    "Ann Example",
    "Clerk to the Council",
    "AGENDA",
]


# the number run into its title


def test_a_number_run_into_a_capitals_title_heads_an_agenda_item() -> None:
    found = agenda(
        [*AGENDA_HEAD, "1APOLOGIES To receive apologies for absence",
         "2DECLARATIONS OF INTEREST To receive declarations of interest in items on the agenda",
         "3MINUTES", "To approve, as a correct record, the minutes of the meeting held on 12th February 2025.",
         "4COUNCIL REPORTS", "a) To receive the Clerk’s Report", "b) To receive the Chairman’s Report"]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3", "4", "4(a)", "4(b)"]
    assert ("3", "MINUTES") in found
    assert ("4", "COUNCIL REPORTS") in found


def test_a_decimal_run_into_its_title_is_read_as_its_number() -> None:
    assert parse_item_number("4.1Concert in the Park by the Borders Brass Band") == (
        "4.1",
        "Concert in the Park by the Borders Brass Band",
    )
    assert parse_item_number("3MINUTES") == ("3", "MINUTES")


def test_run_in_guards_ordinals_times_and_years_are_no_numbers() -> None:
    for text in ("2ND FLOOR MEETING ROOM", "1ST MARCH 2025", "22ND JULY", "10AM START", "2025ANNUAL REPORT"):
        assert parse_item_number(text) is None, text
    assert parse_item_number("1.CALL TO ORDER") == ("1", "CALL TO ORDER")  # as before
    assert parse_item_number("4.1 Concert") == ("4.1", "Concert")


def test_run_in_guard_an_ordinal_floor_under_the_agenda_is_no_item() -> None:
    found = agenda(
        [*AGENDA_HEAD, "1. Apologies for absence", "2. Declarations of interest", "2ND FLOOR, TOWN HALL ANNEXE",
         "3. Minutes of the last meeting", "4. Planning applications"]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3", "4"]


# a space slipped into a compound number


def test_a_space_after_the_parents_stop_still_numbers_its_first_decimal() -> None:
    found = minutes(
        [*MINUTES_HEAD, "Apologies: Cllr Rook", "1. Sederunt", "Cllrs Teal (Chair), Finch and Wren", "2. Reports",
         "2. 1 Police report no officer in attendance",
         "2.2 Treasurers Report. The treasurer confirmed that the grant had been received.",
         "2.3 Resilience. New pads had been bought for the defibrillator.", "3. Minutes",
         "The minutes of the last meeting were approved."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "2.1", "2.2", "2.3", "3"]
    assert ("2.2", "Treasurers Report") in found


def test_a_space_after_the_last_stroke_still_numbers_the_minute() -> None:
    found = minutes(
        [*MINUTES_HEAD, "Present: Dr A Example (Chair), B Sample", "GB/2627/214: Welcome, Apologies & Quoracy",
         "The Chair welcomed members to the meeting.", "GB/2627/215: Questions received from members of the public",
         "No questions were received from members of the public.", "GB/2627/ 216: Declarations of Interest",
         "The Chair reminded members of their obligation to declare any interest."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["GB/2627/214", "GB/2627/215", "GB/2627/216"]
    assert found[-1] == ("GB/2627/216", "Declarations of Interest")


def test_slipped_space_guard_a_count_after_the_parents_stop_is_the_record() -> None:
    found = minutes(
        [*MINUTES_HEAD, "1. Apologies", "None received.", "2. Finance", "2. 1 invoice was approved for payment.",
         "3. Minutes", "The minutes of the last meeting were approved."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3"]


def test_slipped_space_guard_a_planning_reference_is_no_minute() -> None:
    found = minutes(
        [*MINUTES_HEAD, "1. Apologies", "None received.", "2. Planning", "DC/25/ 00123/FUL Land at Mill Lane",
         "No objection was raised.", "3. Minutes", "The minutes of the last meeting were approved."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3"]


# a bullet or an ellipsis between the heading and its record


def test_a_bullet_parts_a_minutes_heading_from_its_record() -> None:
    found = minutes(
        [*MINUTES_HEAD, "Welcome and Introductions The Chair welcomed all to the meeting.",
         "1 Police • PC Dunn read through the monthly report, which is available to view on our website. Of the 40",
         "crimes reported, 12 related to youth annoyance.", "2 Apologies Apologies were received from Cllr Rook",
         "3 Previous Minutes • The Chair reviewed the actions from the previous minutes and most are done.",
         "4 Matters arising • The Christmas lights had been put up by volunteers."]
    )  # fmt: skip
    assert found == [("1", "Police"), ("2", "Apologies"), ("3", "Previous Minutes"), ("4", "Matters arising")]


def test_an_ellipsis_parts_a_minutes_heading_from_its_record() -> None:
    found = minutes(
        [*MINUTES_HEAD, "Present … Councillors: Ann Example (In the Chair), Ben Sample.",
         "1. Apologies for absence", "None received.", "2. Declarations of interest … There were none.",
         "3. Annual Governance and Accountability Return:",
         "3.1 Members considered and RESOLVED to adopt the internal audit report.",
         "4. Date of the next scheduled meeting … Noted as 5-6-25."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3", "4"]
    assert found[-1] == ("4", "Date of the next scheduled meeting")


def test_mark_guards_a_headings_own_list_and_short_tails_stay_whole() -> None:
    assert heading_title("Roads • Footpaths • Verges") == "Roads • Footpaths • Verges"
    assert heading_title("Annual Report … 2024") == "Annual Report … 2024"
    assert heading_title("Police Report • PC Dunn read the report to members") == "Police Report"
    assert heading_title("Date of next meeting … Noted as 5-6-25.") == "Date of next meeting"


def test_mark_guard_a_bulleted_line_of_the_record_is_no_item() -> None:
    found = minutes(
        [*MINUTES_HEAD, "1. Apologies", "None received.", "2. Highways", "• The hedge at Mill Lane had been cut.",
         "• 3 potholes were reported to the county council.", "3. Minutes", "The minutes were approved."]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3"]


# a heading's phrase as the subject of the record


def test_a_headings_phrase_as_the_records_subject_heads_the_minute() -> None:
    found = minutes(
        [*MINUTES_HEAD, "Present: Councillors Ann Example (In the Chair) and Ben Sample.",
         "1. Apologies for absence were received from Councillors Cara Teal, Dan Finch & Eve Wren.",
         "2. Declarations of interest & written requests for dispensation … There were none.",
         "3. Planning applications", "No applications had been received."]
    )  # fmt: skip
    assert found[0] == ("1", "Apologies for absence")
    assert [number for number, _ in found] == ["1", "2", "3"]


def test_subject_guards_a_lone_word_or_an_approval_stays_the_sentence() -> None:
    assert heading_title("Apologies were received from Cllr Rook.") == "Apologies were received from Cllr Rook."
    assert heading_title("Minutes of the meeting held on 5 May were approved.") == (
        "Minutes of the meeting held on 5 May were approved."
    )
    assert heading_title("The apologies for absence were received.") == "The apologies for absence were received."
    assert heading_title("Declarations of interest were made by Cllr Teal.") == "Declarations of interest"
    # the heading, then its record naming it again: the heading alone, as before
    found = minutes(
        [*MINUTES_HEAD, "Minute no. 1 – Members Present Councillors: A Example, B Sample",
         "Minute no. 2 - Apologies for Absence Apologies for absence were received from Councillor Teal.",
         "Minute no. 3 – Declarations of Interest Councillor Finch declared an interest in the grant."]
    )  # fmt: skip
    assert ("2", "Apologies for Absence") in found


# a note's bracketed clauses under an agenda item


AGENDA_WEB_HEAD = ["Agenda and decisions", "Executive", "Tuesday, 7th July, 2026 10.30 am", "Venue: Committee Room 1",
                   "Items", "No. Item"]  # fmt: skip


def test_a_notes_bracketed_clauses_under_an_agenda_item_are_no_items() -> None:
    found = agenda(
        [*AGENDA_WEB_HEAD, "1.", "DISCLOSURES OF INTEREST",
         "To receive disclosures of interests from members on matters to be considered at the meeting.", "Notes:",
         "(1) Members may remain in the meeting and take part fully in discussion and voting unless the interest is"
         " a disclosable pecuniary interest.",
         "(2) Members in arrears of Council Tax by more than two months must not vote in decisions on the budget.",
         "(3) Officers must disclose interests in accordance with the Standing Orders.", "2.", "MINUTES",
         "That the minutes of the meeting held on 30 April 2026 be signed as a correct record.", "3.",
         "INSPECTION OF REPORTS AND BACKGROUND PAPERS"]
    )  # fmt: skip
    assert found == [
        ("1", "DISCLOSURES OF INTEREST"),
        ("2", "MINUTES"),
        ("3", "INSPECTION OF REPORTS AND BACKGROUND PAPERS"),
    ]


def test_note_guard_bracketed_headings_stay_items() -> None:
    found = agenda(
        [*AGENDA_HEAD, "(1) Apologies for absence", "(2) Declarations of interest", "(3) Minutes of the last meeting",
         "(4) Planning applications"]
    )  # fmt: skip
    assert [number for number, _ in found] == ["1", "2", "3", "4"]
