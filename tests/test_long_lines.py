"""Segment readers on long hostile lines (20,000 characters: a contents page or a form run together, OCR noise).

Behaviour only, no timing (speed lives in benchmarks/adversarial_text.py): the readers give the same answers as
before their work was bounded, and page-level readers finish on a page of such lines.
"""

from __future__ import annotations

import datetime as dt

import pytest

from agendaparse import segment
from agendaparse.pdf import Line, PageLayout
from agendaparse.segment.attendance import split_people
from agendaparse.segment.item_pages import EMAIL_RE

HOSTILE = {
    "A ": "A " * 10000,
    "Cllr ": "Cllr " * 4000,
    "a-": "a-" * 10000,
    "1. ": "1. " * 7000,
    "Board of ": "Board of " * 2500,
    "(": "(" * 20000,
}


def page_of(lines: list[str]) -> PageLayout:
    laid = [Line(text, 72, 60 + 14 * index, 520, 72 + 14 * index, 10.0) for index, text in enumerate(lines)]
    return PageLayout(number=1, width=595, height=842, rotation=0, lines=laid)


@pytest.mark.parametrize("label", list(HOSTILE))
def test_no_body_committee_or_date_in_noise(label: str) -> None:
    line = HOSTILE[label]
    assert segment.find_body(line) is None
    assert segment.meeting_date_from([line]) is None
    assert not segment._only_a_date(line)
    assert segment.parse_item_number(line) is None or label == "1. "
    author = segment.cover_author({"Report author": line})
    assert author is None or author[1] is None  # no address in noise


@pytest.mark.parametrize("label", list(HOSTILE))
def test_page_of_noise_has_no_items(label: str) -> None:
    pages = [page_of([HOSTILE[label]] * 3)]
    facts = segment.document_facts(pages)
    assert facts.meeting_date is None
    assert facts.body in (None, "Ashby Parish Council")
    agenda = segment.agenda_items(pages, "doc")
    minutes = segment.minutes_items(pages, "doc")
    if label != "1. ":  # a line of "1. 1. 1." reads as item 1 (the lead's choice: a numbered line is an item)
        assert agenda == [] and minutes == []


def test_expand_initialism_on_a_run_of_capitals() -> None:
    assert segment.expand_initialism("AB", "A " * 10000) is None
    text = "Minutes of the Audit Board. " + "A " * 5000 + " The Audit Board met."
    assert segment.expand_initialism("AB", text) == "Audit Board"


def test_email_in_a_long_run_without_at() -> None:
    assert EMAIL_RE.search("a-" * 10000) is None
    line = "a-" * 5000 + " contact jo.bloggs+council@ashby-pc.gov.uk today"
    assert EMAIL_RE.findall(line) == ["jo.bloggs+council@ashby-pc.gov.uk"]
    assert segment.cover_author({"Report author": "Jo Bloggs, jo.bloggs@ashby-pc.gov.uk"}) == (
        "Jo Bloggs",
        "jo.bloggs@ashby-pc.gov.uk",
    )


def test_only_a_date_still_reads_dates() -> None:
    assert segment._only_a_date("Tuesday 4th March 2025")
    assert not segment._only_a_date("Tuesday 4th March 2025 at the Village Hall")


def test_split_people_on_a_long_list() -> None:
    names = ", ".join(["Cllr A Marsh", "Cllr B Hale"] * 500)
    people = split_people(names)
    assert len(people) == 1000


def test_column_gaps_after_a_long_run_of_letters() -> None:
    """A gap, then 20,000 letters with no gap after them: one pair, each word tried once from its start."""
    from agendaparse.nlp.attendance import COLUMN_GAP_RE

    assert [m.groups() for m in COLUMN_GAP_RE.finditer("x   " + "a" * 20000)] == [("x", "a" * 20000)]
    pairs = [m.groups() for m in COLUMN_GAP_RE.finditer("Anthony Green   Ministry of Justice")]
    assert pairs == [("Green", "Ministry")]


def test_full_date_prefers_the_earliest_form_on_a_long_line() -> None:
    from agendaparse.dates import find_meeting_date, parse_date

    line = "A " * 5000 + "on 03/04/2024 and 2 May 2024"
    assert find_meeting_date(line) == dt.date(2024, 4, 3)
    assert find_meeting_date("1. " * 5000) is None
    assert parse_date("Tuesday 3rd of Sept, 2024").date == dt.date(2024, 9, 3)
    assert parse_date("sept 3, 2024").date == dt.date(2024, 9, 3)


def test_post_title_people_on_a_run_of_titles() -> None:
    from agendaparse.nlp.names import post_title_people

    assert post_title_people("Cllr " * 2000) == []
    assert post_title_people("Cllr " * 200 + "Cllrs Bennie and Tolland") == ["Bennie", "Tolland"]


def test_organisation_venue_read_at_the_name_end() -> None:
    from agendaparse.nlp.organisations import organisation_names

    assert "Kent Police" not in organisation_names("the Kent Police and Crime Commissioner " * 200)


def test_a_count_spelt_with_a_lookalike_letter() -> None:
    """'within ſix weeks': a case-blind due pattern takes 'ſix' for six; the lookup folds it (it raised KeyError)."""
    import datetime as dt

    from agendaparse.nlp import resolve_due

    assert resolve_due("within ſix weeks", dt.date(2024, 5, 1), None)[0] == dt.date(2024, 6, 12)
