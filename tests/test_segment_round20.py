"""Round 20 suite (issue #4): OCR layout leftovers.

Items: a lone item number whose OCR box sits a point or four below or above its title's box (the number in the
margin, the title far to the right or close beside it, titles wrapped over two lines); titles broken over a line
end by a hyphen ('manage-' / 'ment plan' is one word, 'Mid-' / 'Suffolk' keeps its hyphen, 'short-' / 'and
long-term' is a suspended hyphen). Dates: OCR damage to a month, a day's ordinal or a year in an action's due date
as well as the meeting's date ('Septemher 2O24', '3lst Jamuary 2025'); words that only look like a month beside a
number ('Augusta 12', 'Marcher 3', 'Jane 12') stay words. An annotator following corpus/gold/README.md records each
item's number and whole title as printed (the word a line-end hyphen broke, joined), and a due date as the date.
Each case keeps the structure and phrasing pattern of a real page (names, places and numbers changed), rendered
with reportlab and read back as OCR boxes (tests/segment_cases.py, ``ocr_like``), like rounds 18 and 19.
Sources:
- https://greatgransdenpc.org.uk/your-council/meetings (parish council agenda on the noticeboard, the clerk's report,
  monthly meetings in the Reading Rooms)
- https://stogursey-online.uk/agendas-and-minutes (parish agendas and minutes; minutes a record of decisions)
- https://warcop-pc.org.uk/documents/warcop-standing-orders-2018-subject-to-revision/ (a parish document numbered
  '1. Rules of Debate at Meetings', '1. Disorderly Conduct at Meetings' with the title beside the number)
- https://www.fenland.gov.uk/localgov/mgAi.aspx?ID=5692 ('Update on previous actions': an action plan whose dates
  are months, 'end of October', a meeting diarised for '21st November')
- https://scribeaccounts.com/blog/mastering-the-essentials-summons-agendas-minutes (summons and agenda practice of
  local councils: the items every agenda carries)
- https://lalc.co.uk/wiki/page/88 (parish council meetings: notice, agenda, the annual meeting in May)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agendaparse.dates import parse_date
from segment_cases import ANY, Row, facts_as_judged, items_of, params_with_xfail

AGENDA_HEAD: list[Row] = [
    "# Granwick Parish Council",
    "## Agenda",
    "Monday, 2 September 2024 at 7.30 pm",
    "The Reading Rooms, Church Street",
]
MINUTES_HEAD: list[Row] = [
    "# Granwick Parish Council",
    "Minutes of the meeting of Granwick Parish Council held on Monday 2 September 2024 at 7.30pm",
    "Present: Cllr A Moss (Chair), Cllr B Teal, Cllr C Rowe, Cllr D Fenn",
]
TITLES = ["Apologies for absence", "Declarations of interest", "Approval of the minutes of the last meeting",
          "Matters raised by members", "Correspondence", "Approval of payments"]
TEXT = "The council discussed the matter and asked the Clerk to write to the highways authority about it."


def _lone_numbers(number_x: float, title_x: float, dotted: bool = False) -> list[Row]:
    return [[(number_x, f"{n}." if dotted else str(n)), (title_x, title)] for n, title in enumerate(TITLES, 1)]


EXPECTED = [(str(n), title) for n, title in enumerate(TITLES, 1)]

# (id, rows, style keywords of render, expected items (number, title))
ITEM_CASES: list[tuple[str, list[Row], dict, list[tuple[str | None, str]]]] = [
    # --- lone numbers, OCR jitter from 1 to 4 points
    ("jitter/margin-number-far-title-1pt", AGENDA_HEAD + _lone_numbers(40, 300), {"ocr_like": True, "jitter": 1.0},
     EXPECTED),
    ("jitter/margin-number-far-title-2pt", AGENDA_HEAD + _lone_numbers(40, 300), {"ocr_like": True, "jitter": 2.0},
     EXPECTED),
    ("jitter/margin-number-far-title-3pt", AGENDA_HEAD + _lone_numbers(40, 300), {"ocr_like": True, "jitter": 3.0},
     EXPECTED),
    ("jitter/margin-number-far-title-4pt", AGENDA_HEAD + _lone_numbers(40, 300), {"ocr_like": True, "jitter": 4.0},
     EXPECTED),
    ("jitter/dotted-number-near-title-4pt", AGENDA_HEAD + _lone_numbers(56, 90, dotted=True),
     {"ocr_like": True, "jitter": 4.0}, EXPECTED),
    ("jitter/dotted-number-mid-title-3pt", AGENDA_HEAD + _lone_numbers(50, 160, dotted=True),
     {"ocr_like": True, "jitter": 3.0}, EXPECTED),
    (
        "jitter/two-line-titles",
        AGENDA_HEAD + [[(40, "1"), (200, "Apologies for absence")],
                       [(40, "2"), (200, "To receive the clerk's report on the village hall")],
                       [(200, "car park and the grass cutting contract")],
                       [(40, "3"), (200, "Planning applications received since the last")],
                       [(200, "meeting of the council")],
                       [(40, "4"), (200, "Approval of payments")]],
        {"ocr_like": True, "jitter": 3.0},
        [("1", "Apologies for absence"),
         ("2", "To receive the clerk's report on the village hall car park and the grass cutting contract"),
         ("3", "Planning applications received since the last meeting of the council"),
         ("4", "Approval of payments")],
    ),
    # --- a title broken at a line end by a hyphen
    (
        "hyphen/word-broken-agenda",
        AGENDA_HEAD + ["1. Apologies for absence", "2. Declarations of interest",
                       "3. To consider the draft neighbourhood develop-", ">ment plan consultation response",
                       "4. Approval of payments"],
        {"ocr_like": True},
        [("1", "Apologies for absence"), ("2", "Declarations of interest"),
         ("3", "To consider the draft neighbourhood development plan consultation response"),
         ("4", "Approval of payments")],
    ),
    (
        "hyphen/word-broken-text-layer",
        AGENDA_HEAD + ["1. Apologies for absence", "2. Review of the play area mainten-", ">ance contract",
                       "3. Approval of payments"],
        {},
        [("1", "Apologies for absence"), ("2", "Review of the play area maintenance contract"),
         ("3", "Approval of payments")],
    ),
    (
        "hyphen/real-hyphen-before-capital",
        AGENDA_HEAD + ["1. Apologies for absence", "2. Response to the Mid-", ">Suffolk local plan consultation",
                       "3. Approval of payments"],
        {"ocr_like": True},
        [("1", "Apologies for absence"), ("2", "Response to the Mid-Suffolk local plan consultation"),
         ("3", "Approval of payments")],
    ),
    (
        "hyphen/suspended-hyphen",
        AGENDA_HEAD + ["1. Apologies for absence", "2. The council's short-", ">and long-term maintenance plan",
                       "3. Approval of payments"],
        {"ocr_like": True},
        [("1", "Apologies for absence"), ("2", "The council's short- and long-term maintenance plan"),
         ("3", "Approval of payments")],
    ),
    (
        "hyphen/spaced-dash-kept",
        AGENDA_HEAD + ["1. Apologies for absence", "2. Village hall -", ">update from the working group",
                       "3. Approval of payments"],
        {"ocr_like": True},
        [("1", "Apologies for absence"), ("2", "Village hall - update from the working group"),
         ("3", "Approval of payments")],
    ),
    (
        "hyphen/minutes-heading",
        MINUTES_HEAD + ["1. Apologies for absence", TEXT, "2. Declarations of interest", TEXT,
                        "3. Report on the neighbourhood develop-", "ment plan working group", TEXT,
                        "4. Approval of payments", TEXT],
        {"ocr_like": True},
        [("1", "Apologies for absence"), ("2", "Declarations of interest"),
         ("3", "Report on the neighbourhood development plan working group"), ("4", "Approval of payments")],
    ),
]

ITEM_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    ("rows", "style", "expected"),
    params_with_xfail([(case[0], case[1], case[2], case[3]) for case in ITEM_CASES], ITEM_XFAIL),
)
def test_ocr_layout_items_round20(tmp_path: Path, rows: list[Row], style: dict, expected: list) -> None:
    assert items_of(tmp_path, rows, **style) == expected


MEETING = dt.date(2024, 9, 2)

# (id, due date text as an action prints it, expected (ISO date or None, precision))
DUE_CASES: list[tuple[str, str, tuple[str | None, str]]] = [
    ("due/month-h-for-b-o-in-year", "Septemher 2O24", ("2024-09-30", "month")),
    ("due/l-ordinal-m-for-n", "3lst Jamuary 2025", ("2025-01-31", "day")),
    ("due/day-month-damaged", "by 14 Octoher", ("2024-10-14", "day")),
    ("due/capitals-damaged", "30 NOVEMHER 2024", ("2024-11-30", "day")),
    ("due/clean-date-unchanged", "31 March 2025", ("2025-03-31", "day")),
    # negatives: a word beside a number that only looks like a month
    ("negative/augusta", "Augusta 12", (None, "unknown")),
    ("negative/marcher", "Marcher 3", (None, "unknown")),
    ("negative/jane", "Jane 12", (None, "unknown")),
    ("negative/octavia", "Octavia 2 room", (None, "unknown")),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(case[1], case[2], id=case[0]) for case in DUE_CASES])
def test_ocr_due_dates_round20(text: str, want: tuple[str | None, str]) -> None:
    found = parse_date(text, reference=MEETING)
    assert (found.date.isoformat() if found.date else None, found.precision) == want


def _minutes(date_line: str) -> list[Row]:
    return ["# Granwick Parish Council", date_line, "Present: Cllr A Moss (Chair), Cllr B Teal",
            "1. Apologies for absence", TEXT, "2. Minutes", TEXT]


# (id, rows, (doc_type, body, committee, ISO meeting date)); ANY where a case judges nothing.
DATE_CASES: list[tuple[str, list[Row], tuple]] = [
    ("date/meeting-month-damaged", _minutes("Minutes of the meeting held on Monday 2 Septemher 2O24 at 7.30pm"),
     ("minutes", ANY, ANY, "2024-09-02")),
    ("negative/augusta-room",
     _minutes("Minutes of the meeting held in the Augusta 12 Room") + ["Monday 2 September 2024"],
     ("minutes", ANY, ANY, "2024-09-02")),
    ("negative/marcher-lane",
     _minutes("Minutes of the meeting held at 3 Marcher Lane 2019 hall") + ["Monday 2 September 2024"],
     ("minutes", ANY, ANY, "2024-09-02")),
]


@pytest.mark.parametrize(
    ("rows", "want"), params_with_xfail([(case[0], case[1], case[2]) for case in DATE_CASES], {})
)
def test_ocr_meeting_dates_round20(tmp_path: Path, rows: list[Row], want: tuple) -> None:
    assert facts_as_judged(tmp_path, rows, want, ocr_like=True) == want
