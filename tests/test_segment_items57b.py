"""Round items57b suite (issue #4, items recall, round 2): agenda and minute items that the readers missed on the first
pages of bodies never seen (training/first_pages.jsonl, design half), by the form of their numbering.

Forms:
- a lettered sub-item printed in the agenda's number column, at the item's own indent, after the line saying what the
  item is for ('3. MINUTES' / 'The minutes of … to be signed as a correct record.' / 'a) PARKS PANEL  1 - 12' /
  'To consider the minutes of …' / 'b) LICENSING PANEL  13 - 18'): a pack's front sheet as many publishing systems
  print it. After an item's description its first letter ('a' or 'i') opens its sub-items, and after a sub-item's
  description the next letter goes on; any other letter, or a clause in lower case, stays the description's;
- a page's number printed alone over the item bearing that number with its stop ('2' over '2.'): a page break in
  text taken from a printed sheet, not the item's number;
- minutes printing no word that names them ('ANNUAL GENERAL MEETING' over '1. WELCOME AND INTRODUCTIONS' and what
  happened under each: 'Ann Lee proceeded as Chair', 'D Morrison was absent'): a numbered list with two lines at
  least recording, in the past tense, what happened is a record, not an agenda (which says what is to come);
- a site's section of papers of both kinds over a paper ('Minutes & Agendas', 'Agendas, reports and minutes') names
  neither kind: the paper's own cue under it decides ('Dear Member' / 'I request your attendance …');
- a Scottish council's minute: its heading in capitals alone on the line over its numbered paragraph
  ('ROADS RESURFACING PROGRAMME' / '3. There was submitted a report by …'): the number is the item's, the capitals
  line its title, when the number goes on from the last (or opens the list at 1) and the paragraph is a sentence of
  the record; a label over names ('PRESENT'), a decision's word ('AGREED') or a line ending in a colon heads none;
- a minute number before the council year's two digits after a dash ('1-26 Election of Chairman', '2-26 …'), as a
  parish numbers its minutes of the year; the next minute is the next number with the same year.

Pages are drawn with ``segment_cases.render``; names, places, dates and numbers are made up. Guards read the same
before this round's rules and after them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendaparse.segment.facts import document_facts
from agendaparse.segment.numbering import next_sub_label, to_roman
from segment_cases import Row, items_of, render

Expected = list[tuple[str | None, str]]

CASES: list[tuple[str, list[Row], Expected]] = [
    (
        "pack-letters-in-the-number-column-after-a-description",
        [
            "** AGENDA",
            "Meeting of the Cabinet of Oakvale Borough Council, Wednesday 4 March 2026 at 2.00 pm",
            "1. APOLOGIES FOR ABSENCE",
            "To receive any apologies for the meeting.",
            "2. MINUTES",
            "The minutes of the meeting held on 4 February 2026 to be signed by the Chair as a correct record.",
            "a) JOINT MEETING OF THE PARKS PANEL 1 - 12",
            "To consider the minutes of the Parks Panel held on 20 January 2026.",
            "b) HOUSING ADVISORY GROUP 13 - 18",
            "To consider the minutes of the Housing Advisory Group held on 27 January 2026.",
            "3. BUDGET CONSULTATION",
            "To consider the report of the Director of Resources.",
        ],
        [
            ("1", "APOLOGIES FOR ABSENCE"),
            ("2", "MINUTES"),
            ("2(a)", "JOINT MEETING OF THE PARKS PANEL 1 - 12"),
            ("2(b)", "HOUSING ADVISORY GROUP 13 - 18"),
            ("3", "BUDGET CONSULTATION"),
        ],
    ),
    (
        "pack-roman-sub-items-after-a-description",
        [
            "** AGENDA",
            "Monthly Meeting of Greyford District Council, Monday 9 March 2026 at 3.00 pm",
            "1. Minutes",
            "To confirm the minutes of the meetings listed below.",
            "(i) Minutes of the February Monthly Meeting held on 9 February 2026",
            "To note the minutes of the meeting of the Policy Group.",
            "(ii) Minutes of the Policy Group held on 18 February 2026",
            "2. Chief Executive's Report",
            "3. Disposal of Land at Millbrook",
        ],
        [
            ("1", "Minutes"),
            ("1(i)", "Minutes of the February Monthly Meeting held on 9 February 2026"),
            ("1(ii)", "Minutes of the Policy Group held on 18 February 2026"),
            ("2", "Chief Executive's Report"),
            ("3", "Disposal of Land at Millbrook"),
        ],
    ),
    (
        "pack-sub-item-after-a-linked-paper",
        [
            "** AGENDA",
            "Monthly Meeting of Greyford District Council, Monday 9 March 2026 at 3.00 pm",
            "1. Minutes",
            "(i) To approve the minutes of the February Monthly Meeting held on 9 February 2026",
            "Minutes of February Monthly Meeting 9th February 2026",
            "(ii) To note the minutes of the Policy Group held on 18 February 2026",
            "Minutes of Policy Group 18th February 2026",
            "2. Chief Executive's Report",
        ],
        [
            ("1", "Minutes"),
            ("1(i)", "To approve the minutes of the February Monthly Meeting held on 9 February 2026"),
            ("1(ii)", "To note the minutes of the Policy Group held on 18 February 2026"),
            ("2", "Chief Executive's Report"),
        ],
    ),
    (
        "pack-page-number-over-the-item-of-that-number",
        [
            "Dear Councillor,",
            "A meeting of the County Council will be held in the Council Chamber on Monday 9 March 2026 at 2.00 p.m.",
            "** AGENDA",
            "1.",
            "Confirmation of Minutes.",
            "(a) Minutes of County Council Meeting held on 9th February 2026.",
            "2",
            "2.",
            "Appointment of a Member to the Library Committee.",
            "3.",
            "Report on the Winter Road Programme.",
        ],
        [
            ("1", "Confirmation of Minutes"),
            ("1(a)", "Minutes of County Council Meeting held on 9th February 2026"),
            ("2", "Appointment of a Member to the Library Committee"),
            ("3", "Report on the Winter Road Programme"),
        ],
    ),
    (
        "parish-minutes-numbered-before-the-year",
        [
            "Minutes of the Annual Meeting of Hollin Green Parish Council",
            "held on Monday 18th May 2026 at 7pm in the Village Hall",
            "Present: Cllr Abbot (Chairman), Cllr Barker, Cllr Coles and Cllr Dance",
            "1-26 Election of Chairman.",
            "It was resolved that Cllr Abbot be elected Chairman until the next Annual Meeting.",
            "2-26 Election of Vice Chairman.",
            "This item was deferred to the June meeting.",
            "3-26 Public question time:",
            "A resident asked about the speed of traffic on Mill Road.",
            "4-26 Declarations of interest:",
            "There were none.",
        ],
        [
            ("1-26", "Election of Chairman"),
            ("2-26", "Election of Vice Chairman"),
            ("3-26", "Public question time"),
            ("4-26", "Declarations of interest"),
        ],
    ),
    (
        "scottish-minutes-capitals-heading-over-its-paragraph",
        [
            "MINUTES OF THE MEETING OF THE EASTBURN COUNCIL",
            "Kilvane, 14 May 2026 at 4 pm.",
            "PRESENT",
            "Councillor Aird, Provost; Councillors Bell, Carr, Dunn and Eadie.",
            "APOLOGIES",
            "Councillors Fife and Gow.",
            "DECLARATIONS OF INTEREST UNDER THE COUNCILLORS' CODE OF CONDUCT",
            "1. No declarations of interest were made by any of the members present at the meeting.",
            "MINUTES OF PREVIOUS MEETING",
            "2. The minutes of the meeting held on 2 April 2026 were submitted and approved as a correct record.",
            "ROADS RESURFACING PROGRAMME",
            "3. There was submitted a report by the Head of Roads on the resurfacing programme for the year.",
            "Decided: that the programme be approved.",
        ],
        [
            ("1", "DECLARATIONS OF INTEREST UNDER THE COUNCILLORS' CODE OF CONDUCT"),
            ("2", "MINUTES OF PREVIOUS MEETING"),
            ("3", "ROADS RESURFACING PROGRAMME"),
        ],
    ),
]

GUARDS: list[tuple[str, list[Row], Expected]] = [
    (
        "minutes-decision-word-over-numbered-clauses",
        [
            "MINUTES OF THE MEETING OF THE EASTBURN COUNCIL",
            "1. Apologies",
            "Apologies were received from Councillor Fife.",
            "2. Library Opening Hours",
            "A report on the opening hours was considered.",
            "AGREED",
            "3. The Committee was content that the hours would be extended from July onwards.",
        ],
        [("1", "Apologies"), ("2", "Library Opening Hours")],
    ),
    (
        "minutes-capitals-line-over-a-numbered-heading",
        [
            "MINUTES OF THE MEETING OF THE EASTBURN COUNCIL",
            "1. Apologies",
            "Apologies were received from Councillor Fife.",
            "PART B",
            "2. Library Opening Hours",
            "A report on the opening hours was considered.",
        ],
        [("1", "Apologies"), ("2", "Library Opening Hours")],
    ),
    (
        "pack-clauses-in-lower-case-after-a-description",
        [
            "** AGENDA",
            "Meeting of the Cabinet of Oakvale Borough Council, Wednesday 4 March 2026 at 2.00 pm",
            "1. APOLOGIES FOR ABSENCE",
            "To receive any apologies for the meeting.",
            "2. GRANTS TO LOCAL GROUPS",
            "To consider the report of the Director of Communities.",
            "a) the grants listed be approved;",
            "3. BUDGET CONSULTATION",
        ],
        [("1", "APOLOGIES FOR ABSENCE"), ("2", "GRANTS TO LOCAL GROUPS"), ("3", "BUDGET CONSULTATION")],
    ),
    (
        "pack-letter-out-of-order-after-a-description",
        [
            "** AGENDA",
            "Meeting of the Cabinet of Oakvale Borough Council, Wednesday 4 March 2026 at 2.00 pm",
            "1. APOLOGIES FOR ABSENCE",
            "To receive any apologies for the meeting.",
            "2. GRANTS TO LOCAL GROUPS",
            "To consider the report of the Director of Communities.",
            "c) Summary of Grants Awarded",
            "3. BUDGET CONSULTATION",
        ],
        [("1", "APOLOGIES FOR ABSENCE"), ("2", "GRANTS TO LOCAL GROUPS"), ("3", "BUDGET CONSULTATION")],
    ),
    (
        "pack-number-alone-over-another-number",
        [
            "Dear Councillor,",
            "A meeting of the County Council will be held in the Council Chamber on Monday 9 March 2026 at 2.00 p.m.",
            "** AGENDA",
            "1.",
            "Confirmation of Minutes.",
            "2",
            "3.",
            "Report on the Winter Road Programme.",
        ],
        [("1", "Confirmation of Minutes"), ("3", "Report on the Winter Road Programme")],
    ),
    (
        "minutes-a-span-of-numbers-in-the-text",
        [
            "Minutes of the Meeting of Hollin Green Parish Council held on Monday 8th June 2026 at 7pm",
            "Present: Cllr Abbot (Chairman), Cllr Barker, Cllr Coles and Cllr Dance",
            "1. Apologies",
            "Apologies were received from Cllr Eyre.",
            "2. Youth club",
            "10-14 Year olds will be offered places at the summer club.",
            "3. Planning",
            "No applications had been received.",
        ],
        [("1", "Apologies"), ("2", "Youth club"), ("3", "Planning")],
    ),
]


@pytest.mark.parametrize("rows,expected", [pytest.param(*case[1:], id=case[0]) for case in CASES])
def test_items57b(tmp_path: Path, rows: list[Row], expected: Expected) -> None:
    assert items_of(tmp_path, rows) == expected


@pytest.mark.parametrize("rows,expected", [pytest.param(*case[1:], id=case[0]) for case in GUARDS])
def test_items57b_guards(tmp_path: Path, rows: list[Row], expected: Expected) -> None:
    assert items_of(tmp_path, rows) == expected


DOC_TYPES: list[tuple[str, list[Row], str]] = [
    (
        "agm-record-with-no-word-for-minutes",
        [
            "Office Bearers: Ann Lee - Chair, Bill Oates - Secretary, Cara Penn - Treasurer",
            "ANNUAL GENERAL MEETING",
            "GLENBRAE & MOSSFORD COMMUNITY COUNCIL",
            "Wednesday, 4th November 2026 - 19:30",
            "1. WELCOME AND INTRODUCTIONS",
            "Cara Penn proceeded as Chair of the meeting and introduced the committee.",
            "2. APOLOGIES",
            "Dan Rook was absent for the AGM but attended the monthly meeting.",
            "3. MINUTES OF PREVIOUS AGM",
            "There were no amendments. Bill Oates proposed acceptance of the record and Ann Lee seconded.",
            "4. ANNUAL REPORT",
        ],
        "minutes",
    ),
    (
        "summons-under-a-site-section-of-minutes-and-agendas",
        [
            "Minutes & Agendas",
            "To all members of the Westvale Transport Partnership",
            "Dear Member",
            "Westvale Transport Partnership - 11 December 2026",
            "I request your attendance at a meeting of the Partnership to be held at 11.00 am on Friday 11 December.",
            "Yours sincerely",
            "1 Apologies",
            "2 Minute of previous meeting",
            "3 Bus Network Review",
        ],
        "agenda_pack",
    ),
]

DOC_TYPE_GUARDS: list[tuple[str, list[Row], str]] = [
    (
        "minutes-under-a-site-section-of-agendas-and-minutes",
        [
            "Agendas & Minutes from May 2026 onwards.",
            "ELMSTEAD PARISH COUNCIL",
            "Minutes of Elmstead Parish Council Meeting held in the Village Hall on Monday 7th September 2026",
            "Present: Cllrs Abbot (Chairman), Barker, Coles",
            "1. Apologies",
            "2. Declarations of Interest",
        ],
        "minutes",
    ),
    (
        "motions-to-come-under-numbered-items",
        [
            "GLENBRAE RESIDENTS' ASSOCIATION",
            "Wednesday, 4th November 2026 - 19:30",
            "1. WELCOME AND INTRODUCTIONS",
            "2. APOLOGIES",
            "To receive apologies from members unable to attend the meeting.",
            "3. MOTION ON THE VILLAGE BUS",
            "Proposed by Cllr Ann Lee, seconded by Cllr Bill Oates.",
            "4. ANNUAL REPORT",
        ],
        "other",
    ),
]


@pytest.mark.parametrize("rows,expected", [pytest.param(*case[1:], id=case[0]) for case in DOC_TYPES])
def test_items57b_doc_type(tmp_path: Path, rows: list[Row], expected: str) -> None:
    assert document_facts(render(tmp_path / "doc.pdf", rows)).doc_type == expected


@pytest.mark.parametrize("rows,expected", [pytest.param(*case[1:], id=case[0]) for case in DOC_TYPE_GUARDS])
def test_items57b_doc_type_guards(tmp_path: Path, rows: list[Row], expected: str) -> None:
    assert document_facts(render(tmp_path / "doc.pdf", rows)).doc_type == expected


def test_a_first_page_with_no_body_line_is_read_past(tmp_path: Path) -> None:
    """A pack whose first page prints no line of body text (a cover holding only its page stamp) is read past: the
    folio rule of this round once paired a page's lines with the lines after them and failed on a page with none
    ('zip() argument 2 is longer than argument 1'), which took two held-out packs' whole extraction with it."""
    from agendaparse.segment import agenda_items
    from segment_cases import render_pack

    pages = render_pack(
        tmp_path / "cover-only.pdf",
        [
            (None, "Page 1", []),
            (None, "Page 2", ["** AGENDA", "1. Apologies for absence", "2. Minutes of the last meeting"]),
        ],
    )
    assert not pages[0].body_lines()
    assert [item.number for item in agenda_items(pages, "cover-only")] == ["1", "2"]


@given(st.integers(min_value=1, max_value=38))
def test_the_numeral_after_a_sub_item_numeral_is_the_next_one(value: int) -> None:
    """numbering.next_sub_label, which the agenda's and the minutes' lettered runs share (review of stop 57: each had
    listed its own letters and numerals), goes on from a lower-case numeral as the Roman numbers do."""
    assert next_sub_label(to_roman(value).lower()) == to_roman(value + 1).lower()


@pytest.mark.parametrize(("label", "following"), [("a", "b"), ("g", "h"), ("h", None), ("I", None), ("b2", None)])
def test_the_label_after_a_sub_item_letter(label: str, following: str | None) -> None:
    assert next_sub_label(label) == following
