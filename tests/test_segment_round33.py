"""Round 33 suite (issue #4): minutes and agenda frontsheets as Word exports them, read end to end by segmentation.

Every earlier segmentation round drew its documents with reportlab; these eight were written as .docx with Word's
own devices (auto-numbered lists whose numbers are separate runs with a tab gap, multi-level '3.1' and '(a)',
headers and footers on every page with 'Page N of M' fields, a file path and 'Draft – subject to approval', a
first-page-only logo header, borderless layout tables, a section break to landscape) and converted to PDF by
LibreOffice with scripts/make_office_minutes.py; the PDFs are in tests/fixtures/office_minutes/ and this suite only
reads them. Each is read by the real code path (``read_document``, ``document_facts``, then ``minutes_items`` or
``agenda_items`` as ``extract_document`` chooses) and scored per check as `agendaparse eval` compares: the items
(number and title, titles folded for case, spaces and end punctuation), the meeting date, the body, the committee
and the document type. Names, places, dates and numbers are changed from the real pages whose structure each
follows. Sources:

- https://clawsonhoseharby-pc.gov.uk/documents/2023-05-minutes/ (parish council, running minute numbers '23/001')
- https://callington-tc.gov.uk/meetings/ and https://democracy.chorley.gov.uk/ieListDocuments.aspx?CId=111&MeetingId=2127
  (a town council's agenda with its date, start time and venue; a frontsheet's 'Venue:'/'Contact:' box)
- https://lincolnshire.icb.nhs.uk/event/icbs-cluster-board-meeting-thursday-15-january-2026 and
  https://www.wypartnership.co.uk/news-and-blog/news/nhs-west-yorkshire-integrated-care-board-hold-board-meeting-public-tuesday-23-september
  (an integrated care board's board meeting in public)
- https://democracy.kent.gov.uk:9071/ieIssueDetails.aspx?IId=17862&Opt=3&PlanId=0 (a health and wellbeing board
  established as a committee of the council)
- https://north-thoresby.parish.lincolnshire.gov.uk/council-business/2023-parish-council-minutes-meetings/4 (the
  council named only in the page's running line)
- https://democracy.chorley.gov.uk/ieListDocuments.aspx?CId=111&MeetingId=2127 (district council committee minutes,
  'RESOLVED – That ...', applications under one item)
- https://charityexcellence.co.uk/charity-trustee-meetings (a charity trustees' meeting order, sub-items)
- https://hometownnews.biz/grey-eagle-township-december-4-2023 (a US township board's regular meeting)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from agendaparse.pdf import PageLayout, read_document
from agendaparse.segment import agenda_items
from segment_cases import assert_document_check, document_check_params, fields_and_items

FIXTURES = Path(__file__).parent / "fixtures" / "office_minutes"
FIELDS = ("meeting_date", "body", "committee", "doc_type")
CHECKS = ("items", *FIELDS)


@dataclass(frozen=True)
class Gold:
    items: list[tuple[str, str]]
    fields: dict[str, str]
    furniture: tuple[str, ...] = ()  # running lines printed on every page that must not be read as content


def _minutes(date: str, body: str, committee: str) -> dict[str, str]:
    return {"meeting_date": date, "body": body, "committee": committee, "doc_type": "minutes"}


GOLD: dict[str, Gold] = {
    "parish-auto-numbered": Gold(
        items=[
            ("23/045", "To elect the Chair of the Parish Council"),
            ("23/046", "To receive the Chair’s acceptance of office"),
            ("23/047", "To receive members’ declarations of interest"),
            ("23/048", "To receive apologies for absence"),
            ("23/049", "To consider applications for the vacancy of Parish Councillor"),
            ("23/050", "Public Time"),
            ("23/051", "To approve the minutes of the meeting held on 12th April 2023"),
            ("23/052", "To receive the Clerk’s report"),
            ("23/053", "To consider planning applications"),
            ("23/054", "To approve payments"),
            ("23/055", "Date of next meeting"),
        ],
        fields=_minutes("2023-05-10", "Hollin Vale Parish Council", "Hollin Vale Parish Council"),
        furniture=("Signed ………………………… (Chair) Date …………………",),
    ),
    "town-agenda-frontsheet": Gold(
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Public participation"),
            ("4", "Minutes of the meeting held on 12 August 2024"),
            ("5", "Mayor’s announcements"),
            ("6", "Finance report and schedule of payments"),
            ("7", "Christmas lights and late-night shopping event"),
            ("8", "Reports of committees"),
            ("8(a)", "Planning Committee, 19 August 2024"),
            ("8(b)", "Amenities Committee, 26 August 2024"),
            ("9", "Exclusion of the press and public"),
        ],
        fields={
            "meeting_date": "2024-09-09",
            "body": "Callow Bridge Town Council",
            "committee": "Callow Bridge Town Council",
            "doc_type": "agenda_pack",
        },
    ),
    "icb-board-logo-header": Gold(
        items=[
            ("1", "Welcome, introductions and apologies"),
            ("2", "Declarations of interest"),
            ("3", "Minutes of the meeting held on 20 November 2025"),
            ("4", "Questions from the public"),
            ("5", "Chair and Chief Executive’s report"),
            ("6", "Maternity and neonatal services update"),
            ("7", "System performance report"),
            ("8", "Any other business"),
        ],
        fields=_minutes("2026-01-15", "NHS Wendale Integrated Care Board", "Board"),
        furniture=("NHS", "Wendale Integrated Care Board"),
    ),
    "health-wellbeing-board": Gold(
        items=[
            ("12", "Apologies for Absence"),
            ("13", "Declarations of Interest"),
            ("14", "Minutes of the Previous Meeting"),
            ("15", "Joint Health and Wellbeing Strategy 2025-2030"),
            ("16", "Pharmaceutical Needs Assessment"),
            ("17", "Better Care Fund Plan"),
            ("18", "Forward Plan"),
        ],
        fields=_minutes("2025-07-03", "Westmere Borough Council", "Health and Wellbeing Board"),
    ),
    "footer-only-body": Gold(
        items=[
            ("P31/25", "Apologies for absence"),
            ("P32/25", "Declarations of interest"),
            ("P33/25", "Minutes of the meeting held on 4 February 2025"),
            ("P34/25", "Planning applications"),
            ("P35/25", "Planning decisions received"),
            ("P36/25", "Date of next meeting"),
        ],
        fields=_minutes("2025-03-04", "Ashwick Town Council", "Planning Committee"),
        furniture=(r"P:\Committees\Planning\2025\2025-03-04 Planning minutes.docx",),
    ),
    "district-committee-multilevel": Gold(
        items=[
            ("64", "Apologies for Absence"),
            ("65", "Declarations of Any Interests"),
            ("66", "Minutes"),
            ("67", "Planning applications awaiting decision"),
            ("68", "Appeals"),
            ("69", "Exclusion of the Public and Press"),
        ],
        fields=_minutes("2025-08-18", "Bramford District Council", "Development Control Committee"),
        furniture=("Draft – subject to approval",),
    ),
    "charity-trustees": Gold(
        items=[
            ("1", "Welcome and apologies"),
            ("2", "Declarations of interest"),
            ("3", "Matters arising"),
            ("3(a)", "Minutes of the meeting held on 19 March 2025"),
            ("3(b)", "Outstanding actions"),
            ("4", "Chief Executive’s report"),
            ("5", "Finance report"),
            ("6", "Safeguarding policy review"),
            ("7", "Date of next meeting"),
        ],
        fields=_minutes("2025-06-18", "Brookmere Community Trust", "Board of Trustees"),
    ),
    "us-township": Gold(
        items=[
            ("1", "Call to Order"),
            ("2", "Members Present"),
            ("3", "Agenda Approval"),
            ("4", "Approval of Minutes"),
            ("5", "Town Clerk’s Report"),
            ("6", "Treasurer’s Report"),
            ("7", "Road and Bridge Report"),
            ("8", "Adjournment"),
        ],
        # the township's governing board: the municipality is the body, its board the committee (as round 11 reads
        # 'Eastville Township Committee'); the body in either of its printed forms
        fields=_minutes("2023-12-04", "Township of Grey Heron", "Township Board"),
        furniture=("Grey Heron Township Board – Regular Meeting – December 4, 2023",),
    ),
}
XFAIL: dict[tuple[str, str], str] = {}


@cache
def _pages(name: str) -> list[PageLayout]:
    return read_document(FIXTURES / f"{name}.pdf").pages


@cache
def _found(name: str) -> dict[str, object]:
    return fields_and_items(_pages(name), name, FIELDS)


def test_fixtures_are_small_pdfs() -> None:
    for name in GOLD:
        path = FIXTURES / f"{name}.pdf"
        assert path.read_bytes()[:5] == b"%PDF-"
        assert path.stat().st_size < 100_000
        assert len(_pages(name)) >= 2, "each document runs over a page break, so its running lines repeat"


@pytest.mark.parametrize(("name", "check"), document_check_params(GOLD, CHECKS, lambda *_: True, XFAIL))
def test_office_document(name: str, check: str) -> None:
    assert_document_check(_found(name), check, GOLD[name].items, GOLD[name].fields)


@pytest.mark.parametrize("name", [name for name in GOLD if GOLD[name].furniture])
def test_running_lines_on_every_page_are_furniture(name: str) -> None:
    """A header or footer Word prints on every page (a two-page document included) is not content."""
    for page in _pages(name):
        content = {" ".join(line.text.split()) for line in page.body_lines()}
        assert not content & set(GOLD[name].furniture), f"page {page.number}"


def test_agenda_page_ranges_read_beside_tab_gap() -> None:
    """'(Pages 3 - 10)' set at a right tab stop on the item's own line is the item's printed range."""
    pages = _pages("town-agenda-frontsheet")
    ranges = {item.number: item.printed_pages for item in agenda_items(pages, "frontsheet")}
    assert (ranges["4"], ranges["6"], ranges["7"], ranges["1"]) == ("3-10", "11-18", "19-22", None)
