"""Page furniture found on a single page: stamps, labels, filler text and protective markings."""

from __future__ import annotations

import pytest

from agendaparse.pdf import Line, PageLayout, classify_stamps


def page_with(*lines: tuple[str, float]) -> PageLayout:
    return PageLayout(
        number=1,
        width=595,
        height=842,
        rotation=0,
        lines=[Line(text, 72, top, 300, top + 10) for text, top in lines],
    )


@pytest.mark.parametrize(
    "marking",
    [
        "UNCLASSIFIED",
        "OFFICIAL",
        "OFFICIAL-SENSITIVE",
        "Official Sensitive",
        "NOT PROTECTIVELY MARKED",
        "RESTRICTED",
        "PROTECT - POLICY",
    ],
)
def test_protective_marking_in_the_margin_is_furniture(marking: str) -> None:
    page = page_with((marking, 20), ("1. Apologies for absence", 200), (marking, 815))
    classify_stamps(page)
    assert [line.text for line in page.body_lines()] == ["1. Apologies for absence"]


def test_marking_word_in_the_body_stays() -> None:
    page = page_with(("Official", 300), ("Restricted", 400))
    classify_stamps(page)
    assert [line.text for line in page.body_lines()] == ["Official", "Restricted"]


def test_stamp_label_and_filler() -> None:
    page = page_with(("Agenda Item 5", 20), ("This page is intentionally left blank", 400), ("Page 69", 820))
    classify_stamps(page)
    assert (page.agenda_item_stamp, page.label, page.is_filler) == ("5", "69", True)
    assert page.body_lines() == []
