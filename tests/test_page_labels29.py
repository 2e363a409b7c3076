"""Page labels (issue #4, stop 29): the printed page number of every physical page of an agenda pack, when a page
carries more than one page-number stamp, and the page map's gaps, restarts, roman front matter and turned pages.

A report's appendix often keeps its own numbering ('Page 1 of 3' at the top right of each of its pages) when the
publishing system stamps the pack's own number ('Page 9') at the foot: the page's label is the stamp that continues
the pack's sequence, the other one is kept beside it (``PageLayout.other_labels``) and both are furniture, out of
the page's text. Also: roman front matter ('i', 'ii' then '1'), '- 12 -' stamps with the 'Agenda Item 5' stamp
printed on the same line, page numbers that start again at 1 after a supplementary pack's frontsheet, a page that
prints no number between 11 and 13 (its label stays None: no stamp, no label; the item's printed range still
covers it through the page map), and landscape appendices turned by the page's /Rotate with the stamp upright or in
the unturned page's foot.

Packs are drawn with round 28's machinery (tests/pack_cases.py) and read as `agendaparse eval` reads them; a pack
with turned pages is drawn here (reportlab cannot turn a page in pack_cases). Checks: the page map (every page's
printed label), item spans, each page's item, and the furniture of the pages that carry two stamps.

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://democracy.portsmouth.gov.uk/ieListDocuments.aspx?CId=164&MId=5494 (Portchester Crematorium Joint Committee:
  'Matters Arising from the Minutes not specifically referred to on the Agenda', "Clerk's Items", 'Finance Strategy
  and Budget for 2024/25', 'Revenue Budget Report', appendices A to D to the Treasurer's report)
- https://www.southdowns.gov.uk/meeting/full-authority-26-jul-2012/ (national park authority: 'Minutes – to approve
  as a correct record the minutes of the Authority meeting held on …', 'Urgent Matters', 'Declarations of Interests')
- https://docslib.org/doc/11452919/scunthorpe-gainsborough-wmb-meeting-papers-7-jun-2021 (drainage board meeting
  papers: a front page, 'ii' on the contents page, 'Apologies for Absence ...... 4', 'Clerks Report', 'Financial
  Report', 'Rating Report')
- https://docslib.org/doc/6620742/board-minutes-and-report-extracts (South Holland Internal Drainage Board: 'MINUTES
  OF THE LAST BOARD MEETING', 'MATTERS ARISING FROM THE MINUTES', 'DECLARATIONS OF INTEREST')
- https://paperzz.com/doc/7199089/draft-minutes---whittington-and-fisherwick-parish-council (parish finance and
  administration committee: 'Current financial position and audit of current financial matters', 'Accounts for
  Payment', 'Consideration of reserves available to use for prioritised Council projects')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from agendaparse.extract import extract_document
from agendaparse.pdf import (
    PageLayout,
    read_document,
)
from agendaparse.segment import agenda_items, assign_pages, document_facts
from agendaparse.store import extraction_rows
from pack_cases import Case, Pack, _prose, assert_truth_consistent, check_params, judged, read_pack


def _list(*rows: str) -> list[str]:
    return list(rows)


# ================================================================================== two stamps on one page


def crematorium_appendix_mid_pack() -> Case:
    """A joint committee's pack: the revenue budget report's appendix prints its own 'Page k of 3' at the top right
    of each of its pages, the pack's 'Page N' at the foot; another report follows it."""
    p = Pack(style="bc:Page {n}")
    p.page(
        _list(
            "# Harbourside Crematorium Joint Committee",
            "Agenda",
            "Harbourside Crematorium Joint Committee - Monday, 8th December, 2025 2.00 pm",
            "Venue: North Chapel - Harbourside Crematorium",
            "** Items",
            "1. Apologies for Absence",
            "2. Declarations of Members' Interests",
            "3. Minutes of the Meeting held on 22 September 2025",
            ">(Pages 1 - 4)",
            "4. Matters Arising from the Minutes not specifically referred to on the Agenda",
            "5. Revenue Budget Report - 2026/27",
            ">(Pages 5 - 11)",
            "6. Finance Strategy and Budget for 2026/27",
            ">(Pages 12 - 15)",
        )
    )
    p.number = 1
    p.paper("3", "Minutes of the Meeting held on 22 September 2025", 4, stamp="Agenda Item 3")
    p.paper("5", "Revenue Budget Report - 2026/27", 4, stamp="Agenda Item 5")
    for index in (1, 2, 3):
        sheet = p.page([f"** Appendix A - Revenue Budget 2026/27 (part {index})"] + _prose("5", index), "5")
        sheet.stamps.append(("tr", f"Page {index} of 3"))
    p.paper("6", "Finance Strategy and Budget for 2026/27", 4, stamp="Agenda Item 6")
    return Case(
        p,
        (
            "Harbourside Crematorium Joint Committee",
            "Harbourside Crematorium Joint Committee",
            "2025-12-08",
            "agenda_pack",
        ),
        [
            ("1", "Apologies for Absence", None),
            ("2", "Declarations of Members' Interests", None),
            ("3", "Minutes of the Meeting held on 22 September 2025", "1-4"),
            ("4", "Matters Arising from the Minutes not specifically referred to on the Agenda", None),
            ("5", "Revenue Budget Report - 2026/27", "5-11"),
            ("6", "Finance Strategy and Budget for 2026/27", "12-15"),
        ],
    )


def crematorium_appendix_last(where: str = "tl") -> Callable[[], Case]:
    """The appendix with its own 'Page k of 2' is the last paper of the pack: on its last page both stamps continue
    a run of one page, and only the pack's run is longer."""

    def build() -> Case:
        p = Pack(style="bc:Page {n}")
        p.page(
            _list(
                "# Harbourside Crematorium Joint Committee",
                "Harbourside Crematorium Joint Committee - Monday, 9th March, 2026 2.00 pm",
                "** Agenda",
                "1. Apologies for Absence",
                "2. Clerk's Items",
                ">(Pages 1 - 3)",
                "3. Fees and Charges from 1 April 2026",
                ">(Pages 4 - 8)",
            )
        )
        p.number = 1
        p.paper("2", "Clerk's Items", 3, stamp="Agenda Item 2")
        p.paper("3", "Fees and Charges from 1 April 2026", 3, stamp="Agenda Item 3")
        for index in (1, 2):
            sheet = p.page([f"** Appendix B - Schedule of Fees {index}"] + _prose("3", index), "3")
            sheet.stamps.append((where, f"Page {index} of 2"))
        return Case(
            p,
            (
                "Harbourside Crematorium Joint Committee",
                "Harbourside Crematorium Joint Committee",
                "2026-03-09",
                "agenda_pack",
            ),
            [
                ("1", "Apologies for Absence", None),
                ("2", "Clerk's Items", "1-3"),
                ("3", "Fees and Charges from 1 April 2026", "4-8"),
            ],
        )

    return build


def authority_header_page_footer_of_total() -> Case:
    """A national park authority's pack numbered 'Page N' in the header at the top left, with a consultation
    response appended that prints its own 'Page k of 4' at the foot: the header's numbers are the pack's."""
    p = Pack(style="tl:Page {n}")
    p.page(
        _list(
            "# Downland National Park Authority",
            "Authority Meeting 24 Jul 2025",
            "Location: Cowdray Hall, Easebourne",
            "** Agenda",
            "1. Apologies",
            "2. Declarations of Interests",
            "3. Minutes – to approve as a correct record the minutes of the Authority meeting held on 17 June 2025",
            ">(Pages 1 - 3)",
            "4. Urgent Matters",
            "5. Partnership Management Plan Consultation Response",
            ">(Pages 4 - 10)",
        )
    )
    p.number = 1
    p.paper("3", "Minutes", 3, opening=["## DOWNLAND NATIONAL PARK AUTHORITY", "MINUTES"])
    p.paper("5", "Partnership Management Plan Consultation Response", 3)
    for index in (1, 2, 3, 4):
        sheet = p.page([f"** Consultation response, section {index}"] + _prose("5", index), "5")
        sheet.stamps.append(("bl", f"Page {index} of 4"))
    return Case(
        p,
        ("Downland National Park Authority", "Downland National Park Authority", "2025-07-24", "agenda_pack"),
        [
            ("1", "Apologies", None),
            ("2", "Declarations of Interests", None),
            (
                "3",
                "Minutes – to approve as a correct record the minutes of the Authority meeting held on 17 June 2025",
                "1-3",
            ),
            ("4", "Urgent Matters", None),
            ("5", "Partnership Management Plan Consultation Response", "4-10"),
        ],
    )


# ============================================================================ roman, dashes, restarts, gaps


def drainage_board_roman_front_matter() -> Case:
    """A drainage board's meeting papers: the front page 'i' and the contents 'ii', then the papers from '1'."""
    p = Pack(style="bc:{n}")
    front = p.page(
        _list(
            "# Carr Dyke Water Management Board",
            "Meeting Papers Monday 8 June 2026 2:00pm",
            "Grange Farm, Ings Road, Haxey",
            "These meeting papers have been prepared solely as a record for the Internal Drainage Board.",
        )
    )
    contents = p.page(
        _list(
            "** Agenda",
            "1. Apologies for Absence",
            "2. Declaration of Interest",
            "3. Minutes of the Meeting held 2 February 2026 (Pages 1 - 3)",
            "4. Clerks Report (Pages 4 - 6)",
            "5. Financial Report (Pages 7 - 8)",
        )
    )
    front.label, contents.label = "i", "ii"
    p.number = 1
    p.paper("3", "Minutes of the Meeting held 2 February 2026", 3)
    p.paper("4", "Clerks Report", 3)
    p.paper("5", "Financial Report", 2)
    return Case(
        p,
        ("Carr Dyke Water Management Board", "Carr Dyke Water Management Board", "2026-06-08", "agenda_pack"),
        [
            ("1", "Apologies for Absence", None),
            ("2", "Declaration of Interest", None),
            ("3", "Minutes of the Meeting held 2 February 2026", "1-3"),
            ("4", "Clerks Report", "4-6"),
            ("5", "Financial Report", "7-8"),
        ],
    )


def drainage_board_dashes_item_stamp_same_line() -> Case:
    """'- 12 -' at the bottom centre and the item's 'Agenda Item 5' at the bottom right of its first page, on the
    same baseline: one line of two stamps."""
    p = Pack(style="bc:- {n} -")
    p.page(
        _list(
            "# Fenland South Internal Drainage Board",
            "A MEETING OF THE FENLAND SOUTH INTERNAL DRAINAGE BOARD WILL BE HELD IN THE BOARD ROOM ON",
            "TUESDAY, 5 MAY 2026 AT 10.30 AM.",
            "** AGENDA",
            "1. APOLOGIES FOR ABSENCE",
            "2. DECLARATIONS OF INTEREST",
            "3. MINUTES OF THE LAST BOARD MEETING (Pages 1 - 4)",
            "4. MATTERS ARISING FROM THE MINUTES",
            "5. CATCHMENT ENGINEER'S REPORT (Pages 5 - 9)",
        )
    )
    p.number = 1
    for item, title, pages in (("3", "MINUTES OF THE LAST BOARD MEETING", 4), ("5", "CATCHMENT ENGINEER'S REPORT", 5)):
        for index in range(pages):
            rows = ([f"## {title}"] if index == 0 else []) + _prose(item, index)
            sheet = p.page(rows, item)
            if index == 0:
                sheet.stamps.append(("br", f"Agenda Item {item}"))
    return Case(
        p,
        ("Fenland South Internal Drainage Board", "Fenland South Internal Drainage Board", "2026-05-05", "agenda_pack"),
        [
            ("1", "APOLOGIES FOR ABSENCE", None),
            ("2", "DECLARATIONS OF INTEREST", None),
            ("3", "MINUTES OF THE LAST BOARD MEETING", "1-4"),
            ("4", "MATTERS ARISING FROM THE MINUTES", None),
            ("5", "CATCHMENT ENGINEER'S REPORT", "5-9"),
        ],
    )


def parish_supplementary_restart() -> Case:
    """A parish committee's pack, then a supplementary pack bound behind it whose frontsheet is unnumbered and whose
    papers are numbered from 1 again."""
    p = Pack(style="bc:Page {n}")
    p.page(
        _list(
            "# Whitfield and Fisherton Parish Council",
            "FINANCE / ADMINISTRATION COMMITTEE",
            "Notice of the Meeting. Commencing 7.30pm, Monday 9th November 2026.",
            "** AGENDA",
            "1. Apologies.",
            "2. Declaration of Interests on Agenda Items and consideration of dispensations where appropriate.",
            "3. Approval of the minutes of the meeting held on 3rd August 2026 (Pages 1 - 3)",
            "4. Current financial position and audit of current financial matters (Pages 4 - 6)",
        )
    )
    p.number = 1
    p.paper("3", "Approval of the minutes of the meeting held on 3rd August 2026", 3)
    p.paper("4", "Current financial position and audit of current financial matters", 3)
    p.number = None
    p.page(
        _list(
            "# Whitfield and Fisherton Parish Council",
            "FINANCE / ADMINISTRATION COMMITTEE - SUPPLEMENTARY AGENDA",
            "** Supplementary items",
            "5. Accounts for Payment (Pages 1 - 2)",
            "6. Consideration of reserves available to use for prioritised Council projects (Pages 3 - 5)",
        )
    )
    p.number = 1
    p.paper("5", "Accounts for Payment", 2)
    p.paper("6", "Consideration of reserves available to use for prioritised Council projects", 3)
    return Case(
        p,
        ("Whitfield and Fisherton Parish Council", "Finance / Administration Committee", "2026-11-09", "agenda_pack"),
        [
            ("1", "Apologies", None),
            (
                "2",
                "Declaration of Interests on Agenda Items and consideration of dispensations where appropriate",
                None,
            ),
            ("3", "Approval of the minutes of the meeting held on 3rd August 2026", "1-3"),
            ("4", "Current financial position and audit of current financial matters", "4-6"),
            ("5", "Accounts for Payment", "1-2"),
            ("6", "Consideration of reserves available to use for prioritised Council projects", "3-5"),
        ],
    )


def parish_gap_unnumbered_page() -> Case:
    """Page 12 of the pack prints no number (a plan inserted as it came): 11 and 13 on either side; the item's
    printed range '9 - 14' still covers it."""
    p = Pack(style="bc:Page {n}")
    p.page(
        _list(
            "# Whitfield and Fisherton Parish Council",
            "PLANNING AND ENVIRONMENT COMMITTEE",
            "Notice of the Meeting. Commencing 7.30pm, Monday 18th January 2027.",
            "** AGENDA",
            "1. Apologies.",
            "2. Approval of the minutes of the meeting held on 16th November 2026 (Pages 1 - 8)",
            "3. Bit End Field Play Area refurbishment (Pages 9 - 14)",
        )
    )
    p.number = 1
    p.paper("2", "Approval of the minutes of the meeting held on 16th November 2026", 8)
    p.paper("3", "Bit End Field Play Area refurbishment", 6)
    p.sheets[12].label = None  # physical page 13: printed page 12, with no stamp
    return Case(
        p,
        ("Whitfield and Fisherton Parish Council", "Planning and Environment Committee", "2027-01-18", "agenda_pack"),
        [
            ("1", "Apologies", None),
            ("2", "Approval of the minutes of the meeting held on 16th November 2026", "1-8"),
            ("3", "Bit End Field Play Area refurbishment", "9-14"),
        ],
    )


def crematorium_table_row_on_stamp_line() -> Case:
    """A capital works table runs down to the foot of its pages, so its last row shares a baseline with the pack's
    'Page N': the stamp is read from inside the row ('Chapel roof   Page 6   2027/28   Amber'), where the pages on
    either side bear it out."""
    p = Pack(style="bc:Page {n}")
    p.page(
        _list(
            "# Harbourside Crematorium Joint Committee",
            "Harbourside Crematorium Joint Committee - Monday, 14th June, 2027 2.00 pm",
            "** Agenda",
            "1. Apologies for Absence",
            "2. Capital Works Programme (Pages 1 - 8)",
        )
    )
    p.number = 1
    p.paper("2", "Capital Works Programme", 4, stamp="Agenda Item 2")
    for index in (1, 2):
        rows: list = [f"** Appendix D - Capital Works Programme ({index} of 2)"]
        rows += [[(56, f"Scheme {row}"), (400, "2027/28"), (480, "Green")] for row in range(1, 44)]
        rows.append([(56, "Chapel roof"), (400, "2027/28"), (480, "Amber")])
        p.page(rows, "2")
    p.paper("2", "Capital Works Programme", 2)
    return Case(
        p,
        (
            "Harbourside Crematorium Joint Committee",
            "Harbourside Crematorium Joint Committee",
            "2027-06-14",
            "agenda_pack",
        ),
        [("1", "Apologies for Absence", None), ("2", "Capital Works Programme", "1-8")],
    )


PACKS: dict[str, Callable[[], Case]] = {
    "crematorium-table-row-on-stamp-line": crematorium_table_row_on_stamp_line,
    "crematorium-appendix-mid-pack": crematorium_appendix_mid_pack,
    "crematorium-appendix-last-top-left": crematorium_appendix_last("tl"),
    "crematorium-appendix-last-top-right": crematorium_appendix_last("tr"),
    "authority-header-page-footer-of-total": authority_header_page_footer_of_total,
    "drainage-board-roman-front-matter": drainage_board_roman_front_matter,
    "drainage-board-dashes-item-stamp-same-line": drainage_board_dashes_item_stamp_same_line,
    "parish-supplementary-restart": parish_supplementary_restart,
    "parish-gap-unnumbered-page": parish_gap_unnumbered_page,
}
ALL = ("items", "page_map", "spans", "page_items")
PACK_CHECKS: dict[str, tuple[str, ...]] = {
    "crematorium-table-row-on-stamp-line": ALL,
    "crematorium-appendix-mid-pack": ALL,
    "crematorium-appendix-last-top-left": ALL,
    "crematorium-appendix-last-top-right": ALL,
    "authority-header-page-footer-of-total": ALL,
    "drainage-board-roman-front-matter": ALL,
    "drainage-board-dashes-item-stamp-same-line": ALL,
    "parish-supplementary-restart": ("page_map",),
    "parish-gap-unnumbered-page": ALL,
}
PACK_XFAIL: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def read_packs(tmp_path_factory) -> dict[str, tuple]:
    folder = tmp_path_factory.mktemp("labels29")
    return {case_id: read_pack(build(), folder / f"{case_id}.pdf") for case_id, build in PACKS.items()}


@pytest.mark.parametrize(("case_id", "check"), check_params(PACK_CHECKS, PACK_XFAIL))
def test_pack(read_packs, case_id: str, check: str) -> None:
    found, want = judged(*read_packs[case_id], check)
    assert found == want


@pytest.mark.parametrize("case_id", list(PACKS))
def test_pack_truth_is_consistent(case_id: str) -> None:
    assert_truth_consistent(PACKS[case_id]())


def _stamp_texts(case: Case, index: int) -> list[str]:
    where, _, form = case.pack.style.partition(":")
    sheet = case.pack.sheets[index]
    own = [text for _, text in sheet.stamps]
    return own + ([form.format(n=sheet.label)] if sheet.label else [])


@pytest.mark.parametrize(
    "case_id",
    [
        "crematorium-appendix-mid-pack",
        "crematorium-appendix-last-top-left",
        "crematorium-appendix-last-top-right",
        "authority-header-page-footer-of-total",
    ],
)
def test_both_stamps_are_furniture_and_the_other_is_kept(read_packs, case_id: str) -> None:
    """On every page that prints two page numbers, neither is in the page's text, and the one not chosen is kept."""
    case, pages, _, _ = read_packs[case_id]
    found, want = [], []
    for index, (sheet, page) in enumerate(zip(case.pack.sheets, pages, strict=True)):
        own = [text for _, text in sheet.stamps if text.startswith("Page ")]
        if not own:
            continue
        leaked = [text for text in _stamp_texts(case, index) if text in page.text]
        found.append((page.number, leaked, page.other_labels))
        want.append((page.number, [], [own[0].split()[1]]))
    assert found == want


def test_item_stamp_beside_page_stamp_is_read(read_packs) -> None:
    """'Agenda Item 5' on the line of '- 5 -' is the page's item stamp, and neither is in the text."""
    case, pages, _, _ = read_packs["drainage-board-dashes-item-stamp-same-line"]
    found = [(p.number, p.agenda_item_stamp, "Agenda Item" in p.text) for p in pages if p.number in (2, 6)]
    assert found == [(2, "3", False), (6, "5", False)]


def test_gap_page_has_no_invented_label(read_packs) -> None:
    """The unnumbered page keeps label None (pdf reads only printed labels), and its item is still the one whose
    printed range covers it."""
    case, pages, items, _ = read_packs["parish-gap-unnumbered-page"]
    assert (pages[12].label, pages[12].item) == (None, "3")


# ========================================================================================== turned pages

LANDSCAPE_ROWS = [f"Budget line {row}   2026/27   {row * 1250:,}   Green" for row in range(1, 9)]


def _draw_turned(pdf: canvas.Canvas, rows: list[str], stamp: str, *, upright_stamp: bool) -> None:
    """A portrait page shown as landscape by /Rotate 90: the rows drawn to read upright when shown; the stamp either
    upright at the shown page's foot, or where the portrait page's foot is (reading sideways when shown)."""
    width, height = A4
    pdf.setPageSize(landscape(A4))  # reportlab writes the media box turned back: portrait, shown landscape
    pdf.setPageRotation(90)
    pdf.setFont("Helvetica", 11)
    for index, text in enumerate(rows):
        pdf.saveState()
        pdf.translate(90 + index * 16.5, 56)  # shown: 90 points from the top, 56 from the left
        pdf.rotate(90)
        pdf.drawString(0, 0, text)
        pdf.restoreState()
    pdf.setFont("Helvetica", 10)
    if upright_stamp:
        pdf.saveState()
        pdf.translate(width - 30, height / 2 - 20)  # shown: 30 points above the foot, centred
        pdf.rotate(90)
        pdf.drawString(0, 0, stamp)
        pdf.restoreState()
    else:
        pdf.drawString(width / 2 - 20, 30, stamp)


def _render_turned_pack(path: Path, *, upright_stamp: bool) -> list[PageLayout]:
    """A frontsheet, a report of two pages ('Page 1', 'Page 2'), two turned appendix pages ('Page 3', 'Page 4'),
    then a report of two pages ('Page 5', 'Page 6')."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    front = [
        "Harbourside Crematorium Joint Committee",
        "Harbourside Crematorium Joint Committee - Monday, 14th September, 2026 2.00 pm",
        "Agenda",
        "1. Apologies for Absence",
        "2. Revenue Budget Report - 2027/28 (Pages 1 - 4)",
        "3. Capital Works Programme (Pages 5 - 6)",
    ]
    pages: list[tuple[list[str], str | None, bool]] = [(front, None, False)]
    pages += [(["Revenue Budget Report - 2027/28", *_texts("2", 0)], "Page 1", False)]
    pages += [(_texts("2", 1), "Page 2", False)]
    pages += [(["Appendix D - Capital Works Programme", *LANDSCAPE_ROWS], "Page 3", True)]
    pages += [(LANDSCAPE_ROWS, "Page 4", True)]
    pages += [(["Capital Works Programme", *_texts("3", 0)], "Page 5", False), (_texts("3", 1), "Page 6", False)]
    for index, (rows, stamp, turned) in enumerate(pages):
        if index:
            pdf.showPage()
        if turned:
            _draw_turned(pdf, rows, stamp or "", upright_stamp=upright_stamp)
            continue
        pdf.setPageSize(A4)
        pdf.setPageRotation(0)
        pdf.setFont("Helvetica", 11)
        for row, text in enumerate(rows):
            pdf.drawString(56, height - 90 - row * 16.5, text)
        if stamp:
            pdf.setFont("Helvetica", 10)
            pdf.drawString(width / 2 - 20, 30, stamp)
    pdf.save()
    return read_document(path).pages


def _texts(item: str, index: int) -> list[str]:
    return [row for row in _prose(item, index) if isinstance(row, str)]


@pytest.mark.parametrize("upright_stamp", [True, False], ids=["stamp-upright", "stamp-in-portrait-foot"])
def test_turned_landscape_pages(tmp_path: Path, upright_stamp: bool) -> None:
    pages = _render_turned_pack(tmp_path / "turned.pdf", upright_stamp=upright_stamp)
    facts = document_facts(pages)
    items = agenda_items(pages, "doc") if facts.doc_type == "agenda_pack" else []
    assign_pages(items, pages)
    found = ([p.label for p in pages], [p.item for p in pages], [f"Page {n}" in pages[n].text for n in (3, 4)])
    assert found == ([None, "1", "2", "3", "4", "5", "6"], [None, "2", "2", "2", "2", "3", "3"], [False, False])


def test_other_label_reaches_the_pages_table(tmp_path: Path) -> None:
    """Stop 30: the number not chosen is exported (``Page.other_labels``) and stored as JSON in ``pages``, so a reader
    can find a page by either numbering."""
    path = tmp_path / "crematorium.pdf"
    case, pages, _, _ = read_pack(PACKS["crematorium-appendix-mid-pack"](), path)
    extraction = extract_document(path, with_tables=False, ocr="never")
    rows = extraction_rows(extraction)["pages"]
    stored = [(row["number"], row["label"], json.loads(row["other_labels"])) for row in rows]
    assert stored == [(page.number, page.label, page.other_labels) for page in pages]
    assert any(other for _, _, other in stored)
