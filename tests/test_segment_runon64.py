"""Stop 64 suite (issue #4, segmentation): a numbered minute's heading run on into its record, worded as the agenda
words it ('117 Receive apologies for absence None received.', '3 To approve the minutes of the last meeting Resolved
…'): parish minutes often copy the agenda's line, its verb included, and the heading is a standard one after the verb.

Guards: a numbered paragraph whose verb opens a sentence ('4 Receive the report, the Clerk said, when it comes …'),
and a heading that is no standard one after the verb ('5 Receive the lorry Cllr Orrin reported …' stays whole as the
code read it before). Every body, place and person here is invented.
"""

from __future__ import annotations

import pytest

from agendaparse.pdf import Line, PageLayout
from agendaparse.segment import minutes_items
from agendaparse.segment.run_on import run_on_title

TOP = [
    "Brackenford Parish Council",
    "Minutes of the meeting held on Tuesday 4th March 2025 at 7.30pm in the Reading Room",
    "Present: Cllrs R Tarrow (Chair), J Pennock, M Kelsall, S Orrin",
]


def _page(rows: list[str]) -> PageLayout:
    lines = [
        Line(text, 60.0, 60.0 + 18.0 * index, min(60.0 + 4.8 * len(text), 552.0), 70.0 + 18.0 * index, 10.0, False)
        for index, text in enumerate(rows)
    ]
    return PageLayout(number=1, width=612.0, height=792.0, rotation=0, lines=lines)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Receive apologies for absence None received. RT had said he would be late.", "Receive apologies for absence"),
        (
            "To receive apologies for absence Apologies were received from Cllr Orrin.",
            "To receive apologies for absence",
        ),
        (
            "Receive declarations of interest or requests for dispensation None received. However, JP is a trustee.",
            "Receive declarations of interest or requests for dispensation",
        ),
        (
            "To approve the minutes of the last meeting Resolved: they were signed.",
            "To approve the minutes of the last meeting",
        ),
        (
            "Consider planning applications No planning applications had been received.",
            "Consider planning applications",
        ),
        ("To note the Clerk's report The Clerk reported on the new bins.", "To note the Clerk's report"),
    ],
)
def test_an_agenda_worded_heading_ends_where_its_record_opens(text: str, title: str) -> None:
    assert run_on_title(text) == title


def test_agenda_worded_minutes_are_each_an_item() -> None:
    rows = [
        "117 Receive apologies for absence None received. RT had indicated he would be late.",
        "118 Receive declarations of interest or requests for dispensation None received. However, JP is a trustee.",
        "119 Report from Councillor Kelsall Councillor Kelsall opened his report by asking about the mirrors.",
    ]
    items = [(item.number, item.title) for item in minutes_items([_page([*TOP, *rows])], "d")]
    assert items == [
        ("117", "Receive apologies for absence"),
        ("118", "Receive declarations of interest or requests for dispensation"),
        ("119", "Report from Councillor Kelsall"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Receive the lorry Cllr Orrin reported on the delivery.",  # no standard heading after the verb
        "Receive it, the Clerk said, when it comes.",
        "To receive apologies for absence",  # a heading with no record after it
    ],
)
def test_no_record_run_on_no_cut(text: str) -> None:
    assert run_on_title(text) is None


COURT = [
    "Minutes of a meeting of the Board of Governors held on 18 December 2024",
    "The Chair welcomed members to the meeting.",
    "Apologies were received from Ms Orrin and Mr Pennock.",
]


@pytest.mark.parametrize(
    ("rows", "items"),
    [
        # the first minutes unnumbered, the numbered ones opening on a standard minute's words past 1
        (
            [
                "4.1 Minutes of the meeting held on 2 October 2024",
                "The minutes were APPROVED as an accurate record.",
                "4.2 Minutes of the meeting held on 27 November 2024",
                "The minutes were APPROVED.",
                "5.1 Principal's report",
                "The Principal reported on the budget.",
            ],
            [
                ("4.1", "Minutes of the meeting held on 2 October 2024"),
                ("4.2", "Minutes of the meeting held on 27 November 2024"),
                ("5.1", "Principal's report"),
            ],
        ),
        (
            [
                "4 Minutes of the meeting held on 2 October 2024",
                "The minutes were approved as an accurate record.",
                "5 Principal's report",
                "The Principal reported on the budget.",
            ],
            [("4", "Minutes of the meeting held on 2 October 2024"), ("5", "Principal's report")],
        ),
        # guards: a numbered sentence of the record past 1 is no heading, standard words or not
        (
            [
                "5 Police reported two burglaries in the village since the last meeting.",
                "The Principal reported on the budget.",
                "6 Finance",
                "The accounts were noted.",
            ],
            [("6", "Finance")],
        ),
        (
            [
                "4 Planning permission was granted for the extension at Mill Lane and the Clerk wrote to them.",
                "The Principal reported on the budget.",
            ],
            [],
        ),
    ],
)
def test_a_list_opening_past_one_on_a_standard_heading(rows: list[str], items: list[tuple[str, str]]) -> None:
    found = [(item.number, item.title) for item in minutes_items([_page([*COURT, *rows])], "d")]
    assert found == items
