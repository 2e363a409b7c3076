"""Round 42 suite: agenda and minute items that the reader used to miss (item recall), in layouts drawn from bodies
no earlier round had met: a parish council's letter agenda with descriptions and '(i)' sub-items, a league's
delegates' minutes with capitals headings ending in a colon, a town corporation's agenda with 'a)' sub-items, a
residents' company's AGM minutes whose last item runs into labelled paragraphs, a residents' association's
'Item 1/26:' minutes with the title inline before the first sentence, a school board's 'Min | Item | Lead' grid, a
school district's lettered agenda ('A. Call to Order'), a parish agenda with 'Part 1' / 'Part 2' headings and
lettered sub-items, items numbered '1)' and '(1)', items whose title wraps under the number and items whose
printed page range sits in a right-hand column.

Each document is drawn with reportlab (``segment_cases.render``) and read by the real code path
(``document_facts``, then ``minutes_items`` or ``agenda_items``), scored per check as `agendaparse eval` compares
(items: number and folded title; pages: number and printed page range of the items that print one; the document
type; ocr: the items again, the page read as OCR reads a scan of it, every cell its own box). Sub-items follow corpus/gold/README.md ('4(a)' for '(a)' under item 4); part headings are not items.

The structure and phrasing of each case follow a real page (names, places, dates and numbers changed):

- https://allhallowspccumbria.co.uk/oldwebsite/page116.html (a letter agenda: descriptions, '(i)' sub-items)
- http://psldminutes.blogspot.com/2012/11/delegates-meeting-9th-february-2012.html ('1. WELCOME:' headings)
- https://corpstgeorge.bm/index.php/thetown/newsandevents?start=20 ('7. Committee Reports', 'a) Finance - ...')
- http://westleigh.blogspot.com/2007/03/anual-general-meeting-8-march-2007.html (AGM minutes, labelled paragraphs)
- https://studylib.net/doc/9002852/minutes ('Item 1/13: Minutes of the previous meeting: The minutes ...')
- https://vdocuments.mx/download/a-meeting-of-the-ermystedas-grammar-school-full-governing-mr-b-garner-bg-mr.html
- https://hermosabeach.granicusideas.com/meetings/2697-school-board-meeting-virtual-meeting-closed-session-begins-5-00-pm-and-regular-open-session-begins-at-6-00-p-dot-m/agenda_items/6070d4a444253899f6001c3d-a-public-comments-from-the-public-to-the-board-fo
- https://spilsby.parish.lincolnshire.gov.uk/council-business/2021-community-action-committee-documents/6
- https://www.wsallotmentsociety.co.uk/committee (an allotment society committee's standing agenda)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from agendaparse.segment import agenda_items, document_facts, minutes_items
from segment_cases import Row, document_check_params, folded, render


@dataclass
class Paper:
    rows: list[Row]
    items: list[tuple[str | None, str]]
    kind: str  # the document type: "agenda_pack" or "minutes"
    pages: list[tuple[str, str]] | None = None  # (number, printed range) of the items that print a range
    one_font: bool = False  # every line plain 11-point, as a Word export prints minutes


def inline(x: float, head: str, rest: str) -> list[tuple]:
    """A bold run-in title and the plain first sentence after it on one line, as Word prints minutes."""
    gap = stringWidth(head + " ", "Helvetica-Bold", 11)
    return [(x, head, True), (x + gap, rest)]


# -- agendas -----------------------------------------------------------------------------------------------------


def letter_agenda_with_descriptions() -> Paper:
    """A clerk's letter, then 'AGENDA': each numbered title over a plain description line; '(i)' sub-items under
    'Planning' and 'Accounts'."""
    return Paper(
        rows=[
            "# Highmoor Parish Council",
            "Brackenside, Fellgate, Wigton",
            "14th February 2026",
            "Dear Councillor",
            "A meeting of the Parish Council will be held in the Highmoor Centre, Fellgate on Wednesday 4th March",
            "2026 at 7.30pm. The agenda is printed below and I hope you will be able to attend.",
            "Yours faithfully",
            "Peter ROOKE (Clerk)",
            "## AGENDA",
            "** 1. Apologies",
            "To receive apologies for absence",
            "** 2. Declaration of Interests",
            "To declare any personal interests in any item on the agenda and their nature.",
            "** 3. Minutes",
            "To consider the approval of the minutes of the last meeting of the Council (copy attached)",
            "** 4. Police Matters",
            "To receive a report on Police matters that affect the Parish",
            "** 5. Public Participation",
            "To receive items from members of the public (5 minutes at the discretion of the Chairman)",
            "** 6. Planning",
            "To consider the following planning matters",
            ">(i) Applications for consultation",
            ">(ii) Decisions",
            ">(iii) Appeals",
            "** 7. Accounts",
            ">(i) To receive a statement on the finances of the Council",
            ">(ii) To authorise the payment of Accounts",
            "** 8. Date of next meeting",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Declaration of Interests"),
            ("3", "Minutes"),
            ("4", "Police Matters"),
            ("5", "Public Participation"),
            ("6", "Planning"),
            ("6(i)", "Applications for consultation"),
            ("6(ii)", "Decisions"),
            ("6(iii)", "Appeals"),
            ("7", "Accounts"),
            ("7(i)", "To receive a statement on the finances of the Council"),
            ("7(ii)", "To authorise the payment of Accounts"),
            ("8", "Date of next meeting"),
        ],
        kind="agenda_pack",
    )


def corporation_agenda_paren_sub_items() -> Paper:
    """A town corporation's agenda: 'a) Finance - Councillor Smith' sub-items under committee and board reports."""
    return Paper(
        rows=[
            "# Corporation of St Piran's",
            "## Regular Meeting of the Corporation",
            "Town Hall, King's Square - Tuesday 10 March 2026 at 5:30 pm",
            "## AGENDA",
            "1. Confirmation of Quorum",
            "2. Opening Meeting",
            "3. Apologies",
            "4. Adoption of the Minutes of previous meeting",
            "5. Matters Arising / Outstanding Matters",
            "6. Town Manager / Secretary Report",
            "7. Committee Reports and Recommendations",
            ">a) Finance - Councillor Pitt",
            ">b) Infrastructure, Development and Property - Mayor Lowry",
            ">c) Governance - Councillor Ames",
            "8. Government Board Member Reports",
            ">a) Planning Board",
            ">b) Fire Services Advisory Board",
            "9. Any Other Business",
        ],
        items=[
            ("1", "Confirmation of Quorum"),
            ("2", "Opening Meeting"),
            ("3", "Apologies"),
            ("4", "Adoption of the Minutes of previous meeting"),
            ("5", "Matters Arising / Outstanding Matters"),
            ("6", "Town Manager / Secretary Report"),
            ("7", "Committee Reports and Recommendations"),
            ("7(a)", "Finance - Councillor Pitt"),
            ("7(b)", "Infrastructure, Development and Property - Mayor Lowry"),
            ("7(c)", "Governance - Councillor Ames"),
            ("8", "Government Board Member Reports"),
            ("8(a)", "Planning Board"),
            ("8(b)", "Fire Services Advisory Board"),
            ("9", "Any Other Business"),
        ],
        kind="agenda_pack",
    )


def lettered_board_agenda() -> Paper:
    """A school district's agenda whose items are capital letters ('A. Call to Order'), a description under some."""
    return Paper(
        rows=[
            "# Seacliff Unified School District",
            "## Board of Education - Regular Meeting",
            "Tuesday, April 14, 2026 - Closed Session begins 5:00 pm; Open Session begins 6:00 pm",
            "## AGENDA",
            "** A. Call to Order",
            "** B. Public Comments on Closed Session Items",
            "Members of the audience may address the Board on any topic listed for Closed Session.",
            "** C. Adjourn to Closed Session",
            "** D. Reconvene to Open Session",
            "** E. Report of Action Taken in Closed Session",
            "** F. Approval of the Agenda",
            "** G. Adjournment",
        ],
        items=[
            ("A", "Call to Order"),
            ("B", "Public Comments on Closed Session Items"),
            ("C", "Adjourn to Closed Session"),
            ("D", "Reconvene to Open Session"),
            ("E", "Report of Action Taken in Closed Session"),
            ("F", "Approval of the Agenda"),
            ("G", "Adjournment"),
        ],
        kind="agenda_pack",
    )


def parts_with_lettered_sub_items() -> Paper:
    """'Part 1:' and 'Part 2:' headings between numbered items (not items), lettered sub-items on their own lines."""
    return Paper(
        rows=[
            "# Wrenford Parish Council",
            "## Annual Parish Council Meeting",
            "Tuesday 19th May 2026, 7:30 pm - 9:00 pm, Wrenford Village Hall",
            "## AGENDA",
            "Part 1: In accordance with Standing Order 5, the business of the Annual meeting shall include:",
            "1. Chair of the Parish Council (Standing order 5e)",
            ">a. To elect a Chair of the Parish Council for 2026-27",
            ">b. To receive the Chair's declaration of Acceptance of Office",
            "2. Vice Chair of the Parish Council (Standing order 5e)",
            ">a. To elect a Vice Chair of the Parish Council for 2026-27",
            "Part 2: Ordinary business",
            "3. Chair's welcome and announcements",
            "4. Apologies for absence",
            "5. Approval of the minutes from previous meeting (Standing Order 5jii)",
        ],
        items=[
            ("1", "Chair of the Parish Council (Standing order 5e)"),
            ("1(a)", "To elect a Chair of the Parish Council for 2026-27"),
            ("1(b)", "To receive the Chair's declaration of Acceptance of Office"),
            ("2", "Vice Chair of the Parish Council (Standing order 5e)"),
            ("2(a)", "To elect a Vice Chair of the Parish Council for 2026-27"),
            ("3", "Chair's welcome and announcements"),
            ("4", "Apologies for absence"),
            ("5", "Approval of the minutes from previous meeting (Standing Order 5jii)"),
        ],
        kind="agenda_pack",
    )


def bracket_numbered_committee_agenda() -> Paper:
    """A committee's agenda numbered '1)', '2)' ... with the lead's initials in brackets after the title."""
    return Paper(
        rows=[
            "# Saltmarsh Town Council",
            "## Community Action Committee",
            "Meeting on Monday 9th November 2026 at 7pm in the Council Chamber",
            "## AGENDA",
            "1) Apologies for Absence (Chair)",
            "2) To receive declarations of interest under the Localism Act 2011 (ALL)",
            "3) To receive a report on the previous action points from the Town Clerk (TC)",
            "4) To receive an update on the Local List Campaign (TC)",
            "5) To receive an update on the fruit tree planting (KW)",
            "6) Items for the next Agenda",
        ],
        items=[
            ("1", "Apologies for Absence (Chair)"),
            ("2", "To receive declarations of interest under the Localism Act 2011 (ALL)"),
            ("3", "To receive a report on the previous action points from the Town Clerk (TC)"),
            ("4", "To receive an update on the Local List Campaign (TC)"),
            ("5", "To receive an update on the fruit tree planting (KW)"),
            ("6", "Items for the next Agenda"),
        ],
        kind="agenda_pack",
    )


def parenthesised_numbers_agenda() -> Paper:
    """A society committee's agenda numbered '(1)', '(2)' ... at the margin."""
    return Paper(
        rows=[
            "# Eastfield Allotment Society",
            "## Committee Meeting",
            "Thursday 5th March 2026 at 7.30pm, the Trading Hut",
            "## AGENDA",
            "(1) Apologies",
            "(2) Approve the minutes of the previous meeting as an accurate record of proceedings",
            "(3) Matters arising",
            "(4) Correspondence",
            "(5) Chairman, Secretary's and Treasurer's Reports",
            "(6) Site report",
            "(7) Any other business",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Approve the minutes of the previous meeting as an accurate record of proceedings"),
            ("3", "Matters arising"),
            ("4", "Correspondence"),
            ("5", "Chairman, Secretary's and Treasurer's Reports"),
            ("6", "Site report"),
            ("7", "Any other business"),
        ],
        kind="agenda_pack",
    )


def number_column_wrapped_titles_with_pages() -> Paper:
    """The number in its own column, a long title wrapping under the title column, the page range at the right."""
    return Paper(
        rows=[
            "# Eastfield Allotment Society",
            "## Annual General Meeting",
            "Saturday 21st March 2026 at 10.00am, Eastfield Community Centre",
            "## AGENDA",
            [(56, "Item", True), (100, "Business", True), (470, "Pages", True)],
            [(56, "1"), (100, "Apologies")],
            [(56, "2"), (100, "Minutes of the Annual General Meeting held on 15th March 2025"), (470, "1 - 4")],
            [(56, "3"), (100, "Chairman's report on the year, the waiting list and the review of")],
            [(100, "plot rents for the coming season"), (470, "5 - 8")],
            [(56, "4"), (100, "Treasurer's report and accounts for the year to 31st December 2025"), (470, "9 - 14")],
            [(56, "5"), (100, "Election of officers and committee")],
            [(56, "6"), (100, "Any other business")],
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Minutes of the Annual General Meeting held on 15th March 2025"),
            ("3", "Chairman's report on the year, the waiting list and the review of plot rents for the coming season"),
            ("4", "Treasurer's report and accounts for the year to 31st December 2025"),
            ("5", "Election of officers and committee"),
            ("6", "Any other business"),
        ],
        pages=[("2", "1-4"), ("3", "5-8"), ("4", "9-14")],
        kind="agenda_pack",
    )


# -- minutes -------------------------------------------------------------------------------------------------------


def delegates_minutes_colon_headings() -> Paper:
    """A league's delegates' minutes: numbered capitals headings ending in a colon, the record on the lines below."""
    return Paper(
        rows=[
            "# PENFOLD & DISTRICT SUNDAY LEAGUE",
            "## Minutes of the Delegates' Meeting held on Thursday 12th February 2026",
            "1. WELCOME:",
            "The Chairman welcomed everyone to the meeting and thanked them all for coming out on a",
            "particularly cold and wet evening. There were ten teams represented.",
            "2. APOLOGIES FOR ABSENCE:",
            "Apologies for absence were received from Dora Lett and Terry Seal.",
            "3. MINUTES OF PREVIOUS MEETING:",
            "The Minutes of the meeting held on 8th January were taken as read. It was proposed by Mary",
            "Willis, seconded by Jean Hume and unanimously agreed they be adopted.",
            "4. MATTERS ARISING:",
            "With regard to the money outstanding, the Treasurer stated that she had again been in touch.",
            "5. TREASURER'S REPORT:",
            "The Treasurer gave the balances of our accounts as follows: Current Account, £312.40.",
            "6. SUMMER BASH:",
            "The date had been set for 27th June and the band had been booked.",
        ],
        items=[
            ("1", "WELCOME"),
            ("2", "APOLOGIES FOR ABSENCE"),
            ("3", "MINUTES OF PREVIOUS MEETING"),
            ("4", "MATTERS ARISING"),
            ("5", "TREASURER'S REPORT"),
            ("6", "SUMMER BASH"),
        ],
        kind="minutes",
    )


def agm_minutes_labelled_paragraphs() -> Paper:
    """A residents' company's AGM minutes: short numbered headings over paragraphs; the last item's paragraphs open
    with a run-in label ('Window Cleaning. The current ...') that is no item."""
    return Paper(
        rows=[
            "# Harwood Court Residents Company",
            "## Annual General Meeting - 12 March 2026",
            "Present: Ray Jolly, Helen Price, Edwin Kemp, Irene Kemp, Victor Pole, Gerald Clay.",
            "Apologies: Lena Marsh, Colin Rudd, Graham Gill",
            "1. Accounts",
            "These were accepted, with the observation that Graham Gill should be removed from the list",
            "of Directors.",
            "2. Appointment of Directors",
            "The recent appointment of Gerald Clay as new treasurer was approved.",
            "3. Venue for next AGM",
            "It was agreed that the venue for the AGM should rotate. The next meeting will be held in Flat 4.",
            "4. Any Other Business",
            "Window Cleaning. The current system of cleaning with long brushes was deemed unsatisfactory.",
            "HP to discuss the matter with the window cleaners.",
            "Lighting. HP to contact GG regarding repair of faulty lights in Block One.",
            "Car Park Marking: EK to obtain paint and brushes for repainting of car park markings.",
        ],
        items=[
            ("1", "Accounts"),
            ("2", "Appointment of Directors"),
            ("3", "Venue for next AGM"),
            ("4", "Any Other Business"),
        ],
        kind="minutes",
    )


def item_label_inline_titles() -> Paper:
    """A residents' association's board minutes: 'Item 1/26: Minutes of the previous meeting:' in bold, the record
    running on after it on the same line."""
    return Paper(
        rows=[
            "# Minutes of the Board Meeting of Quay Island Residents' Association Ltd",
            "held at the Community Centre on Tuesday 13th January 2026 commencing at 7:00pm",
            "Present: Chair: Dennis Tate (DT) Directors: Lesley Jameson, Barry Wood, Keith Robb.",
            "Apologies for absence: Cllr. Andrew Mack, Matthew Hale, Alan Snell.",
            inline(56, "Item 1/26: Minutes of the previous meeting:", "The minutes were approved as a true record."),
            "Proposed by Carol Dewitt, seconded by Keith Robb.",
            inline(56, "Item 2/26: Matters arising:", "No right turn at the bridge junction has been agreed."),
            "The plan is to extend the pedestrian crossing island southwards by a few metres.",
            inline(56, "Item 3/26: Treasurer's report:", "The balance at the end of December was £4,210."),
            inline(56, "Item 4/26: Any other business:", "There was none."),
        ],
        items=[
            ("1/26", "Minutes of the previous meeting"),
            ("2/26", "Matters arising"),
            ("3/26", "Treasurer's report"),
            ("4/26", "Any other business"),
        ],
        kind="minutes",
    )


def governing_board_min_item_lead_grid() -> Paper:
    """A school's governing board minutes as a grid: 'Min | Item | Lead' heads, the minute number alone in the left
    column, the item's bold title in the middle column with the record under it, the lead at the right."""
    return Paper(
        rows=[
            "## A Meeting of the Fellside Grammar School Full Governing Board",
            "was held in the boardroom at the School on Thursday 3rd December 2026 at 4.30pm.",
            "Mr C Wortley [CW] Chair; Mr M Evans [ME] Headmaster; Mrs J Lloyd [JL] Vice Chair",
            "In attendance: Mr D Frank [DF] Clerk to Governors",
            [(56, "Min", True), (90, "Item", True), (480, "Lead", True)],
            [(56, "1"), (90, "Welcome and meeting status", True)],
            [(90, "The Chair opened the meeting at 4.35pm and extended a welcome to Governors.")],
            [(56, "2"), (90, "Apologies and consent to absences", True)],
            [(90, "The Clerk was in receipt of apologies from SF, HC and AD, which were consented."), (480, "DF")],
            [(56, "3"), (90, "Declarations of interest", True)],
            [(90, "There were no declarations of interest in items on the agenda.")],
            [(56, "4"), (90, "Headmaster's report", True)],
            [(90, "The Headmaster presented his report, circulated in advance."), (480, "ME")],
        ],
        items=[
            ("1", "Welcome and meeting status"),
            ("2", "Apologies and consent to absences"),
            ("3", "Declarations of interest"),
            ("4", "Headmaster's report"),
        ],
        kind="minutes",
    )


def plain(make) -> Paper:
    """The same document as a plain Word export prints it: one font and size for every line."""
    paper = make()
    paper.one_font = True
    return paper


def grid_title_wrapped() -> Paper:
    """The governing board's grid again, with a long bold title wrapping under the title column."""
    paper = governing_board_min_item_lead_grid()
    paper.rows[5:7] = [
        [(56, "1"), (90, "Welcome, meeting status and the Governor Code of Practice for the", True)],
        [(90, "academic year 2026/27", True)],
        [(90, "The Chair opened the meeting at 4.35pm and extended a welcome to Governors.")],
    ]
    paper.items[0] = ("1", "Welcome, meeting status and the Governor Code of Practice for the academic year 2026/27")
    return paper


DOCUMENTS = {
    "letter-agenda-with-descriptions": letter_agenda_with_descriptions,
    "corporation-agenda-paren-sub-items": corporation_agenda_paren_sub_items,
    "lettered-board-agenda": lettered_board_agenda,
    "parts-with-lettered-sub-items": parts_with_lettered_sub_items,
    "bracket-numbered-committee-agenda": bracket_numbered_committee_agenda,
    "parenthesised-numbers-agenda": parenthesised_numbers_agenda,
    "number-column-wrapped-titles-with-pages": number_column_wrapped_titles_with_pages,
    "delegates-minutes-colon-headings": delegates_minutes_colon_headings,
    "agm-minutes-labelled-paragraphs": agm_minutes_labelled_paragraphs,
    "item-label-inline-titles": item_label_inline_titles,
    "governing-board-min-item-lead-grid": governing_board_min_item_lead_grid,
    "grid-title-wrapped": grid_title_wrapped,
    "delegates-minutes-plain": lambda: plain(delegates_minutes_colon_headings),
    "agm-minutes-plain": lambda: plain(agm_minutes_labelled_paragraphs),
    "letter-agenda-plain": lambda: plain(letter_agenda_with_descriptions),
    "parts-with-lettered-sub-items-plain": lambda: plain(parts_with_lettered_sub_items),
}
CHECKS = ("items", "pages", "doc_type", "ocr")  # ocr: the items of the page as OCR reads a scan of it
XFAIL: dict[tuple[str, str], str] = {}


def _judged(name: str, check: str) -> bool:
    return check != "pages" or DOCUMENTS[name]().pages is not None


@pytest.fixture(scope="module")
def read_papers(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("round42")
    found: dict[str, dict[str, object]] = {}
    for name, make in DOCUMENTS.items():
        paper = make()
        pages = render(folder / f"{name}.pdf", paper.rows, one_font=paper.one_font)
        facts = document_facts(pages)
        items = _items(pages, facts.doc_type, name)
        scanned = render(folder / f"{name}-scan.pdf", paper.rows, ocr_like=True)
        found[name] = {
            "doc_type": facts.doc_type,
            "items": [(item.number, folded(item.title)) for item in items],
            "pages": [(item.number, item.printed_pages) for item in items if item.printed_pages],
            "ocr": [(item.number, folded(item.title)) for item in _items(scanned, None, name)],
        }
    return found


def _items(pages, doc_type: str | None, name: str) -> list:
    """The items the reader for the document's type finds (the type read from the pages when not given)."""
    doc_type = doc_type or document_facts(pages).doc_type
    reader = {"minutes": minutes_items, "agenda_pack": agenda_items}.get(doc_type)
    return reader(pages, name) if reader else []


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_paper(read_papers, name: str, check: str) -> None:
    paper = DOCUMENTS[name]()
    found = read_papers[name][check]
    if check in ("items", "ocr"):
        assert found == [(number, folded(title)) for number, title in paper.items]
    elif check == "pages":
        assert found == paper.pages
    else:
        assert found == paper.kind
