"""Round 7: organisation precision on documents nobody tuned on, and spreadsheet month-year dates.

A variation suite of the ways councils, boards and panels print things that look like bodies but are not
(a council's own units and services in ordinary words, a longer title's leading words, a plan's acronym,
a tax) beside real bodies printed the same way, read through the real mention finder; and the
spreadsheet forms of a month and two-digit year ("Jan-25")."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.dates import parse_date
from agendaparse.nlp import find_mentions, merge_person_aliases, organisation_names
from agendaparse.pdf import Line, PageLayout

WIDTH = 595.0


def _page(paragraphs: list[str]) -> PageLayout:
    """One line a paragraph, each a full-width line, far enough apart to stay separate paragraphs."""
    lines = []
    top = 60.0
    for text in paragraphs:
        lines.append(Line(text, 60.0, top, min(60 + 4.5 * len(text), WIDTH - 40), top + 10, 10.0, False))
        top += 24.0
    return PageLayout(number=1, width=WIDTH, height=842.0, rotation=0, lines=lines)


def organisations(paragraphs: list[str]) -> set[str]:
    mentions = merge_person_aliases(find_mentions([_page(paragraphs)], "d"))
    return {m.name for m in mentions if m.kind == "organisation"}


# (paragraphs of one document, a name that must be found or None, a name that must not be found or None)
UNIT_CASES = [
    # a council's own service, team or group named in words the document also uses in lower case
    (
        ["Public Health Service Transformation is under way.", "All public health contracts were reviewed."],
        None,
        "Public Health Service",
    ),
    (["A Stakeholder Group was set up.", "Each stakeholder was written to."], None, "Stakeholder Group"),
    (
        ["The Delivery Unit reported on progress.", "The plan's delivery is on track in each unit."],
        None,
        "Delivery Unit",
    ),
    (
        ["Members thanked Education and Highways for their work.", "Highways and education officers attended."],
        None,
        "Education and Highways",
    ),
    (
        ["Mobile Library Services will change routes.", "The mobile library visits each village."],
        None,
        "Mobile Library Services",
    ),
    (
        ["Questions were referred to Infrastructure Services.", "Spending on infrastructure rose."],
        None,
        "Infrastructure Services",
    ),
    # a named advisory, steering or working group is a body (the golds: tune Suffolk 2012 'Staff Advisory Group', dev
    # Souldern 'Playground Advisory Group'; stop 26 moved this case, as stop 25 moved round 8's division)
    (
        ["The Staff Advisory Group met twice.", "Notes went to advisory staff."],
        "Staff Advisory Group",
        None,
    ),
    (
        ["The Innovation and Partnerships Team leads.", "Each partnership brings innovation."],
        None,
        "Innovation and Partnerships Team",
    ),
    # ... beside bodies printed the same way that keep a proper name or a name the document never lowercases
    (
        ["Kent Fostering Service recruited carers.", "The fostering service is busy."],
        "Kent Fostering Service",
        None,
    ),
    (["The Labour Group proposed an amendment.", "A group of residents attended."], "Labour Group", None),
    (
        ["Dorchester Group submitted a planning application.", "The group will consult."],
        "Dorchester Group",
        None,
    ),
    (
        ["Heart and Stroke Foundation volunteers spoke.", "A heart screening event was held."],
        "Heart and Stroke Foundation",
        None,
    ),
    (["Network Rail will close the crossing.", "The rail network is busy."], "Network Rail", None),
    (
        ["A grant from the National Lottery Heritage Fund was received.", "Heritage open days."],
        "National Lottery Heritage Fund",
        None,
    ),
    (["The National Lottery grant was paid.", "The lottery bid succeeded."], "National Lottery", None),
    (
        ["Thames Water Services replied to the Clerk.", "Water services were restored."],
        "Thames Water Services",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "wanted", "unwanted"), UNIT_CASES)
def test_units_in_ordinary_words_are_not_bodies(paragraphs: list[str], wanted: str | None, unwanted: str | None):
    found = organisations(paragraphs)
    if wanted:
        assert wanted in found
    if unwanted:
        assert unwanted not in found


TITLE_CASES = [
    # an organisation word that qualifies the next capitalised word is part of a longer title
    ("Pupils achieving a good level at the end of the Early Years Foundation Stage will rise.", []),
    ("Ord. to approve a PUD-Planned Unit Development Overlay District east of 99th Street.", []),
    ("Connect the Key Route Network Plan to the bus strategy.", []),
    ("Foundation Repair Office Building $110,000", []),  # a building
    ("Plus Council Tax 2024/25", []),  # a tax
    # the same words closing a name stay bodies
    ("The Heart and Stroke Foundation said", ["Heart and Stroke Foundation"]),
    ("Kent Highways Manager Toby Howe reported", ["Kent Highways"]),
    ("Octopus Energy Ltd will supply the hall", ["Octopus Energy Ltd"]),
    ("Minutes of the Kent County Council meeting", ["Kent County Council"]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_a_longer_titles_words_are_not_a_body(text: str, expected: list[str]):
    assert organisation_names(text) == expected


def test_a_name_ending_a_line_is_not_read_into_the_next_line():
    """'Young Lives Foundation' ends its line of a bulleted list; the next line starts another entry."""
    page = _page([])
    lines = [
        Line("• Young Lives Foundation", 60.0, 60.0, 200.0, 70.0, 10.0, False),
        Line("Understanding Your Child", 60.0, 72.0, 200.0, 82.0, 10.0, False),
    ]
    page = PageLayout(number=1, width=WIDTH, height=842.0, rotation=0, lines=lines)
    names = {m.name for m in find_mentions([page], "d") if m.kind == "organisation"}
    assert "Young Lives Foundation" in names


ACRONYM_CASES = [
    # a plan's or a note's capitals, spelled out (in brackets or run on), are not a body
    (
        [
            "This Commissioning Plan (KCP) sets out our duties.",
            "Each project in the KCP will be consulted on with DfE.",
        ],
        ["Department for Education", "DfE"],
        ["KCP"],
    ),
    (
        ["The NAO issued guidance in Auditor Guidance Note AGN/02.", "The AGN is available from the NAO website."],
        ["NAO", "National Audit Office"],
        ["AGN"],
    ),
    # an acronym the organisations list gives beside another of the same body's names is that body once
    (
        ["Data is held by the Land Registry.", "Contact HMLR for prices."],
        ["Land Registry"],
        ["HMLR"],
    ),
    # a body named only by its capitals stays
    (["A letter from SSE was received.", "SSE has agreed to move the pole."], ["SSE"], []),
]


@pytest.mark.parametrize(("paragraphs", "any_of", "unwanted"), ACRONYM_CASES)
def test_spelled_out_capitals(paragraphs: list[str], any_of: list[str], unwanted: list[str]):
    found = organisations(paragraphs)
    assert found & set(any_of)
    assert not found & set(unwanted)


# --- dates: a month and two digits joined by a hyphen is a spreadsheet's month and year --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan-25", dt.date(2025, 1, 31)),
        ("Feb-25", dt.date(2025, 2, 28)),
        ("Feb-24", dt.date(2024, 2, 29)),
        ("Sept-24", dt.date(2024, 9, 30)),
        ("Dec-23", dt.date(2023, 12, 31)),
        ("Mar’26", dt.date(2026, 3, 31)),
        ("March ‘25", dt.date(2025, 3, 31)),
        ("Dec '24", dt.date(2024, 12, 31)),
        ("by end of Jun-25", dt.date(2025, 6, 30)),
        ("Jan-25 to Mar-25", dt.date(2025, 1, 31)),
        ("25-Jan-25", dt.date(2025, 1, 25)),  # day, month and two-digit year
        ("Jan-2025", dt.date(2025, 1, 31)),
        ("March 2025", dt.date(2025, 3, 31)),
    ],
)
def test_month_and_two_digit_year(text: str, expected: dt.date):
    assert parse_date(text).date == expected
    assert parse_date(text, reference=dt.date(2024, 6, 1)).date == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("March 25", dt.date(2024, 1, 10), dt.date(2024, 3, 25)),  # with a space: a day
        ("25-Jan", dt.date(2024, 1, 10), dt.date(2024, 1, 25)),  # day first: a day
        ("Jan 25th", dt.date(2024, 3, 1), dt.date(2025, 1, 25)),
    ],
)
def test_a_month_and_a_day_stay_a_day(text: str, reference: dt.date, expected: dt.date):
    assert parse_date(text, reference=reference).date == expected


@given(
    month=st.integers(1, 12),
    year=st.integers(2000, 2069),
    short=st.booleans(),
    dash=st.sampled_from(["-", "\u2013"]),
    reference=st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
)
def test_month_dash_two_digits_is_that_months_end(
    month: int, year: int, short: bool, dash: str, reference: dt.date
) -> None:
    name = (calendar.month_abbr if short else calendar.month_name)[month]
    value = parse_date(f"{name}{dash}{year % 100:02d}", reference=reference)
    assert value.date == dt.date(year, month, calendar.monthrange(year, month)[1])
    assert value.precision == "month"
