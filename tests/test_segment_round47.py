"""Round 47 suite (issue #4): minute numbers, date lines, 'to follow' titles and page furniture left by earlier rounds.

(a) Committee-prefixed minute numbers as item numbers: 'C.123 Apologies', 'C/45 Minutes of the last meeting',
'FC 12/26 Declarations of interest', 'P&R 4 Grants Policy'; not a minute number: 'C.123' cited inside a sentence
('… recorded at minute C.118 was noted'), a planning reference, a statute section ('S.106 Agreement, …',
's.137 payments') or a road number ('B1234 Road Closure').
(b) One-digit dates at a line's start ('5.4.26 Email from …', '5.4.2026 Letter from …') under a minute whose own
numbering runs '5.1', '5.2', '5.3': correspondence dates, not item numbers '5.4'.
(c) Titles ending '(to follow)', '- to follow', '(TO FOLLOW)': corpus/gold/README.md settles no rule of its own for
them, so the title stays as printed (its 'title as printed' rule, as round 44's CMIS case has it).
(d) Page furniture: a 'Page 12' stamp printed on the baseline of a table's last row, and an 'Agenda Item 7' stamp in
the right margin beside a report's heading.

Single documents are drawn with ``segment_cases.render`` / ``render_pack`` and read by the real segmentation.

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://www.northawcuffleypc.org.uk/22-11-16-policy-and-resources-committee-minutes/ (a parish council's Policy &
  Resources Committee: 'PR/242/16      Apologies:  Apologies were received from …', 'Minutes of the last meeting:',
  'previously circulated as Agenda Item 4')
- https://north-thoresby.parish.lincolnshire.gov.uk/council-business/2023-parish-council-minutes-meetings/6 ('FULL
  PARISH MEETING OF THE COUNCIL', '11 September 2023 – 7pm', numbered items, a planning reference in the text)
- https://withernstain.parish.lincolnshire.gov.uk/council-business/2022-23-parish-council-minutes-meetings/9 ('125.
  Apologies:', '128. Updates from those minutes' with lettered lines, dates inside lines)

The '(to follow)' agenda and the stamped pages of (c) and (d) follow no single page of an uncited body: their
markers are the shapes the brief for this round lists ('(to follow)', '- to follow', '(TO FOLLOW)'; a ModernGov
'Agenda Item 7' at the right margin; a 'Page 12' footer stamp) on a made-up district council's cabinet agenda and
report pages, no text drawn from a published page.
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from agendaparse.pdf import read_document
from agendaparse.segment.minutes import _parse_number
from segment_cases import items_of, params_with_xfail

# ======================================================================= (a) committee-prefixed minute numbers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("C.123 Apologies for absence", "C.123"),
        ("C.124 Declarations of Interest", "C.124"),
        ("C/45 Minutes of the last meeting", "C/45"),
        ("C/46 Planning Applications", "C/46"),
        ("FC 12/26 Declarations of interest", "FC 12/26"),
        ("P&R 4 Grants Policy Conditions for 2027", "P&R 4"),
        ("P&R 5 Review of Reserves", "P&R 5"),
        ("F&GP 7 Accounts for Payment", "F&GP 7"),
        ("C.129: Date of next meeting", "C.129"),
        ("P&R 6. Insurance Renewal", "P&R 6"),
        # negatives: a sentence that cites a minute, a statute section, a planning reference, a road number
        ("C.118 was noted and the clerk would write to the owner", None),
        ("C.123 and C.124 were taken together", None),
        ("S.106 Agreement, Land at Mill Lane", None),
        ("S/106 Contributions", None),
        ("S.106 agreement for land at Mill Lane", None),
        ("s.137 Payments to local charities", None),
        ("PL/26/0123/FUL Erection of a single storey extension", None),
        ("B1234 Road Closure at Hatton Bridge", None),
    ],
)
def test_prefixed_minute_number_shapes(text: str, number: str | None) -> None:
    parsed = _parse_number(text)
    assert (parsed[0] if parsed else None) == number


def _policy_resources_minutes() -> list:
    return [
        "# Ashby Parva Parish Council",
        "MINUTES OF THE PARISH COUNCIL POLICY & RESOURCES COMMITTEE MEETING HELD AT 2.00 p.m. ON TUESDAY",
        "17th NOVEMBER 2026, AT THE COUNCIL OFFICES, MAYNARD PLACE, ASHBY PARVA",
        "Present: Councillor Rob Stubbins (Chairman); Councillors Carol Burrell and Sally Pollard.",
        "In attendance: Jason Greaves (Clerk & Proper Officer).",
        "C.123 Apologies",
        "Apologies were received from Cllr. Peter Dacre.",
        "C.124 Declarations of Interest",
        "There were none.",
        "C.125 Minutes of the last meeting",
        "The Minutes of the meeting held on 3rd November 2026 were agreed as a correct record.",
        "C.118 was noted and the clerk would write to the owner of the verge.",
        "C.126 Section 106 Monies",
        "The Clerk reported on the sums held by the district council.",
        "S.106 Agreement, Land at Mill Lane: the developer had paid the first instalment.",
        "C.127 Highways",
        "B1234 Road Closure at Hatton Bridge would run for six weeks from 1st December.",
        "C.128 Date of next meeting",
        "Tuesday 8th December 2026 at 2.00 p.m.",
    ]


def _full_council_minutes() -> list:
    return [
        "# Kelby Town Council",
        "Minutes of the Meeting of the Full Council held on Monday 9 March 2026 at 7.00pm in the Town Hall",
        "Present: Councillors A. Marsh (Mayor), B. Kemp, C. Lowe and D. Rudd",
        "C/45 Minutes of the last meeting",
        "The minutes of the meeting held on 9 February 2026 were approved.",
        "C/46 Planning Applications",
        "PL/26/0123/FUL Erection of a single storey extension, 4 Mill Road: no objection.",
        "C/47 Policy and Resources Committee",
        "The minutes of the Committee held on 23 February 2026 were received.",
        "C/48 Any other business",
        "There was none.",
    ]


def _pr_numbered_minutes() -> list:
    return [
        "# Stowe Magna Town Council",
        "Minutes of the meeting of the Policy and Resources Committee held on Tuesday 14 April 2026 at 7pm",
        "Present: Councillors J. Hale (Chair), K. Ives and L. Moss",
        "P&R 1 Apologies for Absence",
        "Apologies were received from Cllr Noon.",
        "P&R 2 Declarations of Interest",
        "None were declared.",
        "P&R 3 Grants Policy Conditions for 2027",
        "Members agreed the changes to the grants policy.",
        "s.137 payments would be reported to the next meeting.",
        "P&R 4 Review of Reserves",
        "The Committee noted the reserves.",
    ]


DOCUMENTS = {
    "policy-resources-c-dot": (
        _policy_resources_minutes,
        [
            ("C.123", "Apologies"),
            ("C.124", "Declarations of Interest"),
            ("C.125", "Minutes of the last meeting"),
            ("C.126", "Section 106 Monies"),
            ("C.127", "Highways"),
            ("C.128", "Date of next meeting"),
        ],
    ),
    "full-council-c-slash": (
        _full_council_minutes,
        [
            ("C/45", "Minutes of the last meeting"),
            ("C/46", "Planning Applications"),
            ("C/47", "Policy and Resources Committee"),
            ("C/48", "Any other business"),
        ],
    ),
    "committee-p-and-r": (
        _pr_numbered_minutes,
        [
            ("P&R 1", "Apologies for Absence"),
            ("P&R 2", "Declarations of Interest"),
            ("P&R 3", "Grants Policy Conditions for 2027"),
            ("P&R 4", "Review of Reserves"),
        ],
    ),
}


# ============================================================================ (b) one-digit dates at a line's start


def _correspondence_dates(year: str) -> list:
    return [
        "# Hollin Parish Council",
        "FULL PARISH MEETING OF THE COUNCIL",
        "Minutes of the meeting held on 13 April 2026 – 7pm at the Village Hall",
        "Present: Cllr. Buckley (Chair), Cllr. Snape, Cllr. Berry",
        "4 Apologies",
        "Apologies were received from Cllr. Jones.",
        "5 Correspondence",
        "5.1 Lincolnshire County Council – highways consultation",
        "The Council noted the consultation.",
        "5.2 Police report",
        "No crimes were reported in the parish.",
        "5.3 Letters received",
        f"5.4.{year} Email from a resident regarding the bus shelter",
        f"7.4.{year} Letter from the district council on the local plan",
        "6 Finance",
        "The payments list was approved.",
    ]


def _date_with_numbered_sub_items(year: str) -> list:
    rows = _correspondence_dates(year)
    return [*rows[:12], "5.4 Village Hall", f"3.4.{year} The hall committee's letter was read.", *rows[14:]]


DATE_ITEMS = [
    ("4", "Apologies"),
    ("5", "Correspondence"),
    ("5.1", "Lincolnshire County Council – highways consultation"),
    ("5.2", "Police report"),
    ("5.3", "Letters received"),
    ("6", "Finance"),
]
DOCUMENTS |= {
    "dates-two-digit-year": (lambda: _correspondence_dates("26"), DATE_ITEMS),
    "dates-four-digit-year": (lambda: _correspondence_dates("2026"), DATE_ITEMS),
    "dates-beside-sub-item": (
        lambda: _date_with_numbered_sub_items("26"),
        [*DATE_ITEMS[:5], ("5.4", "Village Hall"), DATE_ITEMS[5]],
    ),
}


# ============================================================================================ (c) '(to follow)'


def _to_follow_agenda() -> list:
    return [
        "# Hartwell District Council",
        "** Cabinet",
        "Date: Thursday, 21 May 2026   Time: 6.30 pm",
        "** AGENDA",
        "1 Apologies for Absence",
        "2 Minutes of the meeting held on 16 April 2026 (to follow)",
        "3 Revenue Budget Monitoring - to follow",
        "4 Housing Allocations Policy (TO FOLLOW)",
        "5 Leisure Centre Contract",
    ]


DOCUMENTS |= {
    "to-follow-stays-as-printed": (
        _to_follow_agenda,
        [
            ("1", "Apologies for Absence"),
            ("2", "Minutes of the meeting held on 16 April 2026 (to follow)"),
            ("3", "Revenue Budget Monitoring - to follow"),
            ("4", "Housing Allocations Policy (TO FOLLOW)"),
            ("5", "Leisure Centre Contract"),
        ],
    ),
}
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    ("rows", "items"), params_with_xfail([(name, *case) for name, case in DOCUMENTS.items()], XFAIL)
)
def test_document_items(tmp_path: Path, rows, items: list[tuple[str, str]]) -> None:
    assert items_of(tmp_path, rows(), one_font=False) == items


@pytest.mark.parametrize("name", ["policy-resources-c-dot", "dates-two-digit-year", "to-follow-stays-as-printed"])
def test_document_items_plain(tmp_path: Path, name: str) -> None:
    """The same papers typed in one plain font, as Word exports print minutes."""
    rows, items = DOCUMENTS[name]
    assert items_of(tmp_path, rows(), one_font=True) == items


# ==================================================================================== (d) stamps beside content


def _page_with(path: Path, rows: list[tuple[float, float, str, bool]]) -> None:
    """One A4 page: (x, baseline from the top, text, bold) per text run; x < 0 right-aligns at the margin."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for x, down, text, bold in rows:
        font, size = ("Helvetica-Bold", 11) if bold else ("Helvetica", 9)
        pdf.setFont(font, size)
        left = width - 56 - stringWidth(text, font, size) if x < 0 else x
        pdf.drawString(left, height - down, text)
    pdf.save()


def _body(rows: int = 12) -> list[tuple[float, float, str, bool]]:
    return [
        (56, 140 + 20 * row, f"The report sets out the position at paragraph {row + 1}.", False) for row in range(rows)
    ]


STAMP_PAGES = {
    # a table's last row on the footer's baseline: 'Total   4,500   Page 12'
    "page-stamp-on-total-row": (
        [
            *_body(),
            (56, 770, "Grant", False),
            (200, 770, "Amount", False),
            (56, 790, "Total", False),
            (200, 790, "4,500", False),
            (280, 790, "Page 12", False),
        ],
        "12",
        None,
        "Total   4,500",
    ),
    "page-stamp-on-table-row-right": (
        [
            *_body(),
            (56, 750, "Task", False),
            (200, 750, "Frequency", False),
            (56, 770, "Hedge cutting", False),
            (200, 770, "Twice yearly", False),
            (56, 790, "Play area inspection", False),
            (200, 790, "Quarterly", False),
            (-1, 790, "Page 7", False),
        ],
        "7",
        None,
        "Play area inspection   Quarterly",
    ),
    # 'Agenda Item 7' at the right margin on the heading's baseline
    "item-stamp-beside-heading": (
        [(56, 60, "REPORT TO CABINET", True), (-1, 60, "Agenda Item 7", True), *_body()],
        None,
        "7",
        "REPORT TO CABINET",
    ),
    "item-stamp-beside-heading-with-page": (
        [
            (56, 60, "Overview and Scrutiny Committee", True),
            (-1, 60, "Agenda Item 4a", True),
            *_body(),
            (280, 800, "Page 31", False),
        ],
        "31",
        "4a",
        "Overview and Scrutiny Committee",
    ),
}


@pytest.mark.parametrize("name", list(STAMP_PAGES))
def test_stamps_beside_content(tmp_path: Path, name: str) -> None:
    """The stamp is read (the page's label or its item) and the content printed beside it stays content."""
    rows, label, item, kept = STAMP_PAGES[name]
    _page_with(tmp_path / "page.pdf", rows)
    page = read_document(tmp_path / "page.pdf").pages[0]
    assert (page.label, page.agenda_item_stamp) == (label, item)
    assert kept in [line.text for line in page.body_lines()]
    assert not any("Page " in line.text or "Agenda Item" in line.text for line in page.body_lines())
