"""Rules that keep minute headings precise, on synthetic page layouts (no PDF needed)."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from agendaparse.pdf import Line, PageLayout
from agendaparse.segment import (
    DATE_REST_RE,
    _attendance_label,
    date_column,
    document_facts,
    minutes_items,
    municipal_style,
)

MONTHS = st.sampled_from([name for name in calendar.month_name if name] + ["Sept", "Jan", "Dec"])
PLACES = st.sampled_from(["Rivergrove", "East Palo Alto", "Omaha", "Lake Oswego"])


def page(rows: list[tuple[str, float, bool]], number: int = 1) -> PageLayout:
    lines = [
        Line(text=text, x0=x0, top=100 + 14 * i, x1=x0 + 6 * len(text), bottom=110 + 14 * i, size=10, bold=bold)
        for i, (text, x0, bold) in enumerate(rows)
    ]
    return PageLayout(number=number, width=595, height=842, rotation=0, lines=lines)


PROSE = "The council discussed the matter at some length and agreed to write to the owner."


@given(st.integers(1, 31), MONTHS, st.sampled_from(["", " 2024", ", 24 Sept", " - 2 pm"]))
def test_a_date_at_the_margin_is_no_heading(day, month, tail):
    assert DATE_REST_RE.match(f"{month}{tail}")


@given(st.sampled_from(["Decisions", "Mayor’s Report", "Marches and parades", "Junior football", "May Day fair"]))
def test_words_that_begin_like_months_are_headings(title):
    assert not DATE_REST_RE.match(title)


def test_minutes_without_numbered_headings_have_no_items():
    layout = page(
        [
            ("Highways", 72, True),
            (PROSE, 72, False),
            ("Planning", 72, True),
            (PROSE, 72, False),
            ("Finance", 72, True),
            (PROSE, 72, False),
        ]
    )
    assert minutes_items([layout], "doc") == []


def test_a_plain_numbered_line_under_bold_headings_is_a_paragraph():
    layout = page(
        [
            ("1. Apologies", 72, True),
            (PROSE, 100, False),
            ("2. Planning", 72, True),
            (PROSE, 100, False),
            ("5 members voted in favour", 72, False),
            ("3. Finance", 72, True),
            (PROSE, 100, False),
        ]
    )
    assert [(item.number, item.title) for item in minutes_items([layout], "doc")] == [
        ("1", "Apologies"),
        ("2", "Planning"),
        ("3", "Finance"),
    ]


def test_a_single_lettered_line_is_not_a_sub_item_list():
    layout = page(
        [
            ("1. Apologies", 72, True),
            (PROSE, 100, False),
            ("2. Planning", 72, True),
            ("a) Land at Mill Lane", 100, False),
            (PROSE, 100, False),
            ("3. Finance", 72, True),
            ("a) Accounts for payment", 100, False),
            ("b) Bank reconciliation", 100, False),
            (PROSE, 100, False),
        ]
    )
    assert [item.number for item in minutes_items([layout], "doc")] == ["1", "2", "3", "3(a)", "3(b)"]


def test_an_opening_section_is_not_the_title_above_the_attendance_list():
    layout = page(
        [
            ("Milburn Parish Council", 72, True),
            ("Minutes of the meeting held on Tuesday 26 January 2021 in the village hall at 7pm", 72, False),
            ("Present:", 72, True),
            ("Cllr A Smith, Cllr B Jones", 72, False),
            ("1. Apologies", 72, True),
            (PROSE, 72, False),
            ("2. Planning", 72, True),
            (PROSE, 72, False),
            ("Any Other Business", 72, True),
            (PROSE, 72, False),
        ]
    )
    assert [(item.number, item.title) for item in minutes_items([layout], "doc")] == [
        ("1", "Apologies"),
        ("2", "Planning"),
        (None, "Any Other Business"),
    ]


@given(st.lists(st.dates(dt.date(2009, 1, 1), dt.date(2030, 12, 31)), min_size=2, max_size=6))
def test_a_column_of_row_dates_dates_rows_not_the_paper(dates):
    rows = [("Transparency Board Action Log", 72, True), ("Meeting date   Action   Deadline", 72, True)]
    rows += [(f"{d:%d/%m/%Y}   Team to publish the data   June   On track", 72, False) for d in dates]
    layout = page(rows)
    texts, found = date_column([layout])
    assert sorted(found) == sorted(dates) and len(texts) == len(set(r[0] for r in rows[2:]))
    facts = document_facts([layout])
    assert facts.meeting_date is None and facts.reference_date == min(dates)


@given(st.dates(dt.date(2009, 1, 1), dt.date(2030, 12, 31)))
def test_a_single_dated_row_under_a_date_header_is_the_meeting(date):
    layout = page([("Title of Meeting   Board Meeting", 72, False), (f"Date   {date:%d %B %Y}", 72, False)])
    assert date_column([layout]) == (set(), [])
    assert document_facts([layout]).meeting_date == document_facts([layout]).reference_date == date


@given(PLACES)
def test_north_american_city_councils_belong_to_their_city(place):
    text = f"{place} City Council Meeting Minutes. Present: Mayor Kibbey and Councilors Ruble and Tuttle."
    assert municipal_style(f"{place} City Council", text) == f"City of {place}"
    british = text.replace("Councilors", "Councillors")
    assert municipal_style(f"{place} City Council", british) == f"{place} City Council"
    assert municipal_style(f"{place} County Council", text) == f"{place} County Council"


@given(st.sampled_from(["Present:", "PRESENT   Rob Boyd", "Apologies", "Apologies: Dominic Campbell", "Guests:"]))
def test_attendance_labels(text):
    assert _attendance_label(text)


@given(st.sampled_from(["Panel members discussed the code", "Officers reported that", "Present arrangements"]))
def test_sentences_that_start_with_an_attendance_word_are_not_labels(text):
    assert not _attendance_label(text)


def test_numbering_restarts_only_in_minutes_numbered_per_section():
    sectioned = page(
        [
            ("NEW BUSINESS", 72, True),
            ("1. Type IV Hearing on the boat ramp hours", 72, True),
            (PROSE, 72, False),
            ("OLD BUSINESS", 72, True),
            ("1. Discuss results of the rental survey", 72, False),
            (PROSE, 72, False),
        ]
    )
    assert [item.number for item in minutes_items([sectioned], "doc")] == ["1", "1"]
    resolutions = page(
        [
            ("1. Apologies", 72, True),
            (PROSE, 100, False),
            ("2. Precept", 72, True),
            (PROSE, 100, False),
            ("RESOLVED", 72, True),
            ("1. That the precept be set", 72, False),
            ("3. Finance", 72, True),
            (PROSE, 100, False),
        ]
    )
    assert [item.number for item in minutes_items([resolutions], "doc")] == ["1", "2", "3"]


def test_the_next_meetings_date_line_does_not_make_a_date_column():
    rows = [("Ayton Community Council", 72, True), ("Tuesday 5 November 2024   7pm   Ayton Hall", 72, False)]
    rows += [(PROSE, 72, False)] * 10 + [("Tuesday 3 December 2024   7pm   Ayton Hall", 72, False)]
    layout = page(rows)
    assert date_column([layout]) == (set(), [])
    assert document_facts([layout]).meeting_date == dt.date(2024, 11, 5)
