"""Stop 68: a title-case minute heading alone on its line after the last heading's number may end with a full stop."""

from __future__ import annotations

from agendaparse.pdf import Line, PageLayout
from agendaparse.segment import meeting_attendance, minutes_items


def _page(lines: list[str]) -> PageLayout:
    laid = [
        Line(text, 60.0, 60.0 + 18.0 * index, min(60.0 + 4.8 * len(text), 552.0), 70.0 + 18.0 * index, 10.0, False)
        for index, text in enumerate(lines)
    ]
    return PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=laid)


HEAD = [
    "Minutes of the Parish Council meeting held on 4 March 2026",
    "Present: Cllr A Fenwick (Chair), Cllr B Lorrimer",
    "1. Welcome",
    "2. Apologies for Absence",
    "Cllr C Dunmore",
    "3. Members Declaration of Interest",
    "None were made.",
]


def _read(lines: list[str]) -> list[tuple[str | None, str]]:
    return [(item.number, item.title) for item in minutes_items([_page(HEAD + lines)], "d")]


def test_stopped_title_case_heading_is_the_next_item() -> None:
    read = _read(["4. Meadow Lane Co. Use of Village Hall Car Park.", "After consideration the meeting agreed."])
    assert read[-1] == ("4", "Meadow Lane Co. Use of Village Hall Car Park")


def test_stopped_sentence_stays_in_its_minute() -> None:
    read = _read(["4. The clerk reported that the grass on the green had been cut twice.", "Noted."])
    assert [number for number, _ in read] == ["1", "2", "3"]


def test_stopped_title_case_line_out_of_sequence_is_no_item() -> None:
    read = _read(["7. Meadow Lane Co. Use of Village Hall Car Park Extension Scheme.", "Noted."])
    assert [number for number, _ in read] == ["1", "2", "3"]


def test_stopped_title_case_heading_running_on_is_not_read_whole() -> None:
    read = _read(["4. Meadow Lane Co. Use Of Car Park. The Chair Said The Request Had Been Received From The Owner."])
    assert (
        "4",
        "Meadow Lane Co. Use Of Car Park. The Chair Said The Request Had Been Received From The Owner",
    ) not in read


SCOTS_HEAD = ["Glenbrae Community Council – Draft Minutes", "Meeting 7.30pm Monday 3rd December 2026"]


def test_numbered_sederunt_heads_its_item_by_its_label() -> None:
    lines = [
        *SCOTS_HEAD,
        "1. Sederunt: Chair Ann Bell (AB), Sec Tom Reid (TR), Treasurer Jo Kerr (JK)",
        "Apologies: Rob Muir",
        "2. Reports",
        "The secretary reported on the grant.",
    ]
    read = [(item.number, item.title) for item in minutes_items([_page(lines)], "d")]
    assert read == [("1", "Sederunt"), ("2", "Reports")]


def test_sederunt_label_lists_those_present() -> None:
    lines = [
        *SCOTS_HEAD,
        "Sederunt: Councillor Ann Bell (Chair), Councillor Tom Reid",
        "Apologies: Councillor Rob Muir",
    ]
    assert meeting_attendance([_page([*lines, "1. Reports"])]) == [
        ("Ann Bell", "Chair", "present"),
        ("Tom Reid", None, "present"),
        ("Rob Muir", None, "apologies"),
    ]


def test_sederunt_in_an_agenda_title_stays_the_title() -> None:
    assert _read(["4. Sederunt and Declarations", "Members noted the attendance."])[-1] == (
        "4",
        "Sederunt and Declarations",
    )
