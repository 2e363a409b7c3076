"""Round 37 suite (issue #4): the items of parish and community council minutes where the printed numbering slips,
and the notice of the next meeting that closes them, read end to end by segmentation.

Two classes, each drawn over two pages with reportlab (``segment_cases.render``) and read by the real code path
(``document_facts``, then ``minutes_items``), scored per check as `agendaparse eval` compares (items: number and
folded title; the meeting date, body, committee and document type):

- misnumbered headings: a bold minute heading in the style and at the margin of all the others whose number repeats
  an earlier one or goes back ('10 AOCB' after '11 Correspondence'; '10.25.12 Finance' after '11.25.10'), as the dev
  Ayton 2008-07-08 and Souldern 2025-11-27 minutes print them. corpus/gold/README.md keeps numbers as printed, so
  the heading is an item with its printed number, and the numbering goes on from the highest number seen.
- next-meeting notices: an unnumbered 'Next Meeting <date>' or 'Date of next meeting' line after the last numbered
  minute is a notice, not a minute item (the Newbiggin 2019-09-03 dev gold); an unnumbered 'Any Other Business'
  heading over its own record there stays an item (the Transparency Board dev gold's 'AOB').

Plus regression checks on those three dev PDFs by path. The structure and phrasing of each case follow a real page
(names, places, dates and numbers changed; the numbering slips are put in as the dev documents print them):

- https://docslib.org/doc/4364578/stewartby-kempston-hardwick-parish-council (numbers '1.' with the heading run
  into its record, 'Apologies for absence Cllr ...', 'Minutes Approval', 'Chairman's Report', sub-items '3.1')
- http://online.flipbuilder.com/ysbn/pubf/files/basic-html/page23.html (Hardwicke Parish Council: '99/20
  Apologies' headings on their own line over the record, 'Resolved; to approve the Minutes ...')
- http://www.friendsofbackcreek.org/AGMMinutes2011.html ('Next Meeting' closing the minutes with the date and place
  of the next meeting; 'Treasurer's Report' ... 'moved the report be accepted and this was seconded by ...')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from conftest import REAL, needs_shared
from segment_cases import Row, assert_document_check, document_check_params, fields_and_items, render

FIELDS = ("meeting_date", "body", "committee", "doc_type")
LEFT = 56.0


def run_in(head: str, text: str) -> list[tuple]:
    """A bold heading and, one space on, its regular text on the same line."""
    return [(LEFT, head, True), (LEFT + stringWidth(f"{head} ", "Helvetica-Bold", 11), text, False)]


@dataclass
class Minutes:
    rows: list[Row]
    items: list[tuple[str | None, str]]
    fields: dict[str, str | None]
    foot: str | None = None


def parish(name: str, date: str) -> dict[str, str | None]:
    return {"meeting_date": date, "body": name, "committee": name, "doc_type": "minutes"}


# -- misnumbered headings ------------------------------------------------------------------------------------------


def repeated_number_bold_headings() -> Minutes:
    """Bold '1.' headings on their own line; '7.' printed again after '8.' (a copied number), then '9.'."""
    return Minutes(
        rows=[
            "# Ampthorpe Parish Council",
            "## Minutes of the Parish Council Meeting at the Village Hall, Thursday 19th February 2026 at 7.15 pm",
            "Present: Cllr J Sanders (Chair), Cllrs L Marvell, S Lowe, M Rigby and L Barnes",
            "Also present: N Thomson (Clerk) and 3 members of the public",
            "** 1. Apologies for absence",
            "Apologies were received from Cllr M Burch and from the Borough Councillor.",
            "** 2. Declarations of interest",
            "Cllr Barnes declared an interest in item 6 as a trustee of the hall.",
            "** 3. Public Question Time",
            "A resident reported blocked drains on Church Road and litter near the recreation ground.",
            "** 4. Minutes Approval",
            "The minutes of the meeting held on 15th January 2026 were approved and signed by the Chair.",
            "** 5. Chairman's Report",
            "The Chair had attended a meeting at the Borough Hall on the local plan and the rail link.",
            "---",
            "** 6. Village Hall Lease",
            "The Clerk had received the draft lease from the solicitor and circulated it to members.",
            "** 8. Financial Report",
            "The Clerk presented the bank reconciliation to 31st January 2026, which was accepted.",
            "** 7. Any Other Business",
            "Cllr Lowe asked that the bench on the green be added to the next agenda.",
            "** 9. Date of next meeting",
            "The next meeting will be held on Thursday 19th March 2026 at 7.15 pm.",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Public Question Time"),
            ("4", "Minutes Approval"),
            ("5", "Chairman's Report"),
            ("6", "Village Hall Lease"),
            ("8", "Financial Report"),
            ("7", "Any Other Business"),
            ("9", "Date of next meeting"),
        ],
        fields=parish("Ampthorpe Parish Council", "2026-02-19"),
    )


def month_numbers_wrong_month() -> Minutes:
    """Minute numbers month.year.item, '03.26.01' ...; the last printed with last month's prefix, '02.26.09'."""
    return Minutes(
        rows=[
            "# Minutes of the Meeting of Harwicke Green Parish Council held on 5th March 2026",
            "Present: Cllr J Perrin (Chair), Cllr F Welburn, Cllr M Ryder, Cllr D Morrow, Cllr P Rotheram",
            "In attendance: District Councillor G Oxborough and K Leigh, Clerk",
            [(LEFT, "03.26.01", True), (LEFT + 70, "Apologies", True)],
            "Apologies for absence were received from Cllrs A Hampton and I Cole.",
            [(LEFT, "03.26.02", True), (LEFT + 70, "Declarations of interest", True)],
            "There were none declared.",
            [(LEFT, "03.26.03", True), (LEFT + 70, "Public Questions", True)],
            "There had been no questions received.",
            [(LEFT, "03.26.04", True), (LEFT + 70, "Minutes of Previous Meeting", True)],
            "Resolved; to approve the Minutes of the Meeting held 5th February 2026.",
            [(LEFT, "03.26.05", True), (LEFT + 70, "District Councillor Report", True)],
            "Cllr Oxborough reported complaints about speeding tractors and overgrown hedges in Pound Lane.",
            "---",
            [(LEFT, "03.26.06", True), (LEFT + 70, "Highways", True)],
            "The Clerk was asked to report the potholes on the lane to the county council.",
            [(LEFT, "03.26.07", True), (LEFT + 70, "Planning", True)],
            "No objection was raised to the extension at 4 Mill Close.",
            [(LEFT, "02.26.09", True), (LEFT + 70, "Finance", True)],
            "The following accounts were approved for payment: Clerk's salary and the hall hire.",
        ],
        items=[
            ("03.26.01", "Apologies"),
            ("03.26.02", "Declarations of interest"),
            ("03.26.03", "Public Questions"),
            ("03.26.04", "Minutes of Previous Meeting"),
            ("03.26.05", "District Councillor Report"),
            ("03.26.06", "Highways"),
            ("03.26.07", "Planning"),
            ("02.26.09", "Finance"),
        ],
        fields=parish("Harwicke Green Parish Council", "2026-03-05"),
    )


def repeated_year_number() -> Minutes:
    """'99/26 Apologies' headings; '102/26' printed twice (the second for '104/26')."""
    return Minutes(
        rows=[
            "# Hartcombe Parish Council",
            "## Minutes of a meeting of the Parish Council held on Monday 5th October 2026",
            "Cllr John Perkins (Chair), Cllr Mark Ryland, Cllr Jill Brereton, Cllr Peter Rotherby",
            "In attendance: County Councillor Stephen Davey and Kevin Leigh, Clerk",
            "** 99/26 Apologies",
            "Apologies for absence were received from Parish Councillors Adam Hanson and Ian Tate.",
            "** 100/26 Declarations of interest",
            "There were none declared.",
            "** 101/26 Public Questions",
            "There had been no questions received.",
            "** 102/26 Minutes of Previous Meeting",
            "The Minutes of the meeting held on 7th September were approved as a correct record.",
            "---",
            "** 103/26 County Councillor Report",
            "County Councillor Davey reported that conversations were continuing about the adoption of the lane.",
            "** 102/26 Playing Field",
            "The Clerk was asked to obtain quotes for repairs to the fence beside the play area.",
            "** 105/26 Finance",
            "Resolved; to approve the payments listed in the schedule.",
        ],
        items=[
            ("99/26", "Apologies"),
            ("100/26", "Declarations of interest"),
            ("101/26", "Public Questions"),
            ("102/26", "Minutes of Previous Meeting"),
            ("103/26", "County Councillor Report"),
            ("102/26", "Playing Field"),
            ("105/26", "Finance"),
        ],
        fields=parish("Hartcombe Parish Council", "2026-10-05"),
    )


def plain_list_inside_bold_minutes() -> Minutes:
    """A control: a plain numbered list inside a bold-headed minute ('1. Current account') is not an item."""
    return Minutes(
        rows=[
            "# Ampthorpe Parish Council",
            "## Minutes of the Parish Council Meeting at the Village Hall, Thursday 16th April 2026 at 7.15 pm",
            "Present: Cllr J Sanders (Chair), Cllrs L Marvell, S Lowe and M Rigby",
            "** 1. Apologies for absence",
            "Apologies were received from Cllr L Barnes.",
            "** 2. Declarations of interest",
            "None were declared.",
            "** 3. Minutes Approval",
            "The minutes of the meeting held on 19th March 2026 were approved and signed.",
            "** 4. Financial Report",
            "The Clerk reported the balances held at the end of the month:",
            "1. Current account £4,210.55",
            "2. Deposit account £12,000.00",
            "3. Reserve account £3,500.00",
            "The report was accepted.",
            "** 5. Date of next meeting",
            "The next meeting will be held on Thursday 21st May 2026 at 7.15 pm.",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of interest"),
            ("3", "Minutes Approval"),
            ("4", "Financial Report"),
            ("5", "Date of next meeting"),
        ],
        fields=parish("Ampthorpe Parish Council", "2026-04-16"),
    )


# -- next-meeting notices ------------------------------------------------------------------------------------------


def next_meeting_run_in_notice() -> Minutes:
    """Bold numbered headings over their record; after the last, 'Next Meeting' in bold run into its date on one
    line, then the close of the meeting."""
    return Minutes(
        rows=[
            "# Stanbury Parish Council",
            "## Minutes of the meeting held on Tuesday 3rd March 2026 in the Village Hall",
            "Present: Cllrs R Hunt (Chair), P Lowther, A Gray, J Mills. Clerk: S Dyer",
            "** 26.03.01 Apologies",
            "Cllr B Fell had sent his apologies, which were accepted by the council.",
            "The Clerk noted that Cllr Fell had also missed the January meeting through illness.",
            "** 26.03.02 Register of Interests",
            "No declarations were made by the members present at the meeting.",
            "Members were reminded to keep their entries in the register up to date.",
            "** 26.03.03 Minutes",
            "The minutes of the January meeting were agreed as a true record and signed.",
            "There were no matters arising from them that were not on the agenda.",
            "---",
            "** 26.03.04 Bonfire",
            "The bonfire committee thanked the council for the loan of the field for the event.",
            "A donation of £50 to the committee was proposed by Cllr Gray and agreed by all.",
            "** 26.03.05 Any Other Business",
            "Residents were asked to stop tipping garden waste in the lane beside the church.",
            "The rain water would then run its natural course down the ditch to the beck.",
            run_in("Next Meeting", "Tuesday, 5th May 2026"),
            "The Chairman brought the meeting to a close at 8.40pm",
        ],
        items=[
            ("26.03.01", "Apologies"),
            ("26.03.02", "Register of Interests"),
            ("26.03.03", "Minutes"),
            ("26.03.04", "Bonfire"),
            ("26.03.05", "Any Other Business"),
        ],
        fields=parish("Stanbury Parish Council", "2026-03-03"),
    )


def date_of_next_meeting_heading() -> Minutes:
    """Bold '99/26'-style headings on their own line; then a bold 'Date of Next Meeting' with the date under it."""
    return Minutes(
        rows=[
            "# Hartcombe Parish Council",
            "## Minutes of a meeting of the Parish Council held on Monday 2nd November 2026",
            "Cllr John Perkins (Chair), Cllr Mark Ryland, Cllr Jill Brereton, Cllr Peter Rotherby",
            "** 110/26 Apologies",
            "Apologies for absence were received from Parish Councillor Adam Hanson.",
            "The apologies were accepted and the Clerk would send the papers to him.",
            "** 111/26 Declarations of interest",
            "There were none declared, and no requests for dispensation had been received.",
            "The Clerk reminded members that the register is published on the council's website.",
            "** 112/26 Minutes of Previous Meeting",
            "The Minutes of the meeting held on 5th October were approved as a correct record and signed.",
            "There were no matters arising that were not covered elsewhere on the agenda.",
            "---",
            "** 113/26 Treasurer's Report",
            "Cllr Ryland presented the report; Cllr Brereton moved the report be accepted and this was seconded.",
            "The auditing of the accounts would be done by the end of the month by the internal auditor.",
            "** 114/26 Playing Field",
            "The fence beside the play area had been repaired and the invoice would be paid next month.",
            "Cllr Perkins thanked the volunteers who had cleared the brambles from the boundary hedge.",
            "** Date of Next Meeting",
            "The next meeting will be held on Monday 7th December 2026 at 7.30pm in the Village Hall.",
            "The meeting closed at 9.05pm.",
        ],
        items=[
            ("110/26", "Apologies"),
            ("111/26", "Declarations of interest"),
            ("112/26", "Minutes of Previous Meeting"),
            ("113/26", "Treasurer's Report"),
            ("114/26", "Playing Field"),
        ],
        fields=parish("Hartcombe Parish Council", "2026-11-02"),
    )


def closing_any_other_business() -> Minutes:
    """A control: an unnumbered bold 'Any Other Business' over its own record after the last numbered minute stays
    an item (number null), as the dev Transparency Board gold keeps its 'AOB'."""
    return Minutes(
        rows=[
            "# Stanbury Parish Council",
            "## Minutes of the meeting held on Tuesday 7th July 2026 in the Village Hall",
            "Present: Cllrs R Hunt (Chair), P Lowther, A Gray, J Mills. Clerk: S Dyer",
            "** 26.07.01 Apologies",
            "Cllr B Fell had sent his apologies for the meeting.",
            "Cllr Mills had said she would arrive late and did so at 7.45pm.",
            "** 26.07.02 Register of Interests",
            "No declarations were made by the members present.",
            "The Clerk reminded members to update their register entries by the end of the month.",
            "** 26.07.03 Minutes",
            "The minutes of the May meeting were agreed as a true record and signed.",
            "There were no matters arising from them that were not on the agenda.",
            "---",
            "** 26.07.04 Finance",
            "The balance at the bank was reported and the payments listed were approved.",
            "The internal auditor's report had been received and was noted by the council.",
            "** Any Other Business",
            "Cllr Gray reported that the footpath sign at the ford had been knocked down again by a vehicle.",
            "The Clerk will report it to the county footpaths officer.",
        ],
        items=[
            ("26.07.01", "Apologies"),
            ("26.07.02", "Register of Interests"),
            ("26.07.03", "Minutes"),
            ("26.07.04", "Finance"),
            (None, "Any Other Business"),
        ],
        fields=parish("Stanbury Parish Council", "2026-07-07"),
    )


DOCUMENTS = {
    "repeated-number-bold-headings": repeated_number_bold_headings,
    "month-numbers-wrong-month": month_numbers_wrong_month,
    "repeated-year-number": repeated_year_number,
    "plain-list-inside-bold-minutes": plain_list_inside_bold_minutes,
    "next-meeting-run-in-notice": next_meeting_run_in_notice,
    "date-of-next-meeting-heading": date_of_next_meeting_heading,
    "closing-any-other-business": closing_any_other_business,
}
CHECKS = ("items", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


def _read(name: str, folder: Path) -> dict[str, object]:
    document = DOCUMENTS[name]()
    pages = render(folder / f"{name}.pdf", document.rows, foot=document.foot, from_page=1)
    return fields_and_items(pages, name, FIELDS)


@pytest.fixture(scope="module")
def read_documents(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("minutes37")
    return {name: _read(name, folder) for name in DOCUMENTS}


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, lambda *_: True, XFAIL))
def test_minutes(read_documents, name: str, check: str) -> None:
    document = DOCUMENTS[name]()
    assert_document_check(read_documents[name], check, document.items, document.fields)


# -- the dev documents these classes come from ---------------------------------------------------------------------


def _real_items(relative: str) -> list[tuple[str | None, str]]:
    from agendaparse.pdf import read_document
    from agendaparse.segment import minutes_items

    pages = read_document(REAL / relative).pages
    return [(item.number, item.title) for item in minutes_items(pages, relative)]


@needs_shared()
@pytest.mark.parametrize(
    ("relative", "item"),
    [
        ("ayton-cc/2008-07-08_ayton_cc_minutes.pdf", ("10", "AOCB")),
        ("souldern-pc/2025-11-27_spc_minutes.pdf", ("10.25.12", "Finance")),
    ],
)
def test_real_misnumbered_heading(relative: str, item: tuple[str, str]) -> None:
    items = _real_items(relative)
    assert items.count(item) == 1


@needs_shared()
def test_real_next_meeting_notice_is_no_item() -> None:
    items = _real_items("newbiggin-pc/2019-09-03_newbiggin_pc_minutes.pdf")
    assert [number for number, _ in items] == [f"19.09.{n:02d}" for n in range(1, 13)]
