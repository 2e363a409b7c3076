"""Round 36 suite (issue #4): parish and town minutes whose bold heading runs into the minute's regular text on the
same line ('Village sign Cllr Lawton reported that ...'), read end to end by segmentation.

Each document is drawn over two or three pages with reportlab (``segment_cases.render``): a run-in heading is a bold
cell followed, one space on, by a regular cell on the same baseline, as word processors print 'bold heading, then
text'. The pages are read by the real code path (``document_facts``, then ``minutes_items``) and scored per check as
`agendaparse eval` compares: the items (number and title, titles folded for case, spaces and end punctuation), the
meeting date, the body, the committee and the document type. The structure and phrasing of each follow a real page
(names, places, dates and numbers changed). Sources:

- https://rothwell.parish.lincolnshire.gov.uk/council-business/minutes-2021/7 (numbers '7.', a title-case heading
  run into its text: 'Declarations of Interest NONE', 'Chairman & Council's comments/updates.')
- https://westbergholt-pc.gov.uk/parish-council/meetings/minutes/minutes-of-the-parish-council-meeting-25th-october-2023/
  and https://edenham.parish.lincolnshire.gov.uk/council-business/2025-parish-council-meeting-minutes/6 (minute numbers
  that carry the council year, '23/165', '2526/5/65', headings run into their record)
- https://brandontc.co.uk/documents/minutes/BTC_Minutes_24.05.04_special.html shape of a town council's capitals
  headings; the prefixed numbers follow https://www.choppingtonparishcouncil.org/ ('C048/23')
- http://www.colstonbassettparishcouncil.co.uk/parish-council-minutes/parish-council-meeting-26-june-2017 (a running
  minute number, the heading then its record on one line: '296 Apologies for non-attendance Cllr Alcock')
- https://crowland.parish.lincolnshire.gov.uk/council-business/2023-parish-council-minutes-meetings/6 (bracketed
  minute numbers '39) Apologies for Absence', 'It was proposed, seconded and Resolved')
- https://normanby-spital.parish.lincolnshire.gov.uk/council-business/2020-parish-council-minutes-meetings/6 ('4.
  Finance: a) ...', 'Cllr ... proposed; Cllr ... seconded that these be paid')
- https://ludford.parish.lincolnshire.gov.uk/council-business/november2020/2 ('1. Apologies – None.', a heading on
  its own line over its record)
- https://cranwell.parish.lincolnshire.gov.uk/council-business/2020-21-parish-council-minutes-meetings/4 (agenda lines
  as headings, 'Action: The Council RESOLVED ...', 'Proposed by Cllr ..., seconded by Cllr ...')
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from segment_cases import Row, assert_document_check, document_check_params, fields_and_items, render

FIELDS = ("meeting_date", "body", "committee", "doc_type")
LEFT = 56.0


def run_in(head: str, text: str) -> list[tuple]:
    """A bold heading and, one space on, the minute's regular text on the same line."""
    return [(LEFT, head, True), (LEFT + stringWidth(f"{head} ", "Helvetica-Bold", 11), text, False)]


@dataclass
class Minutes:
    rows: list[Row]
    items: list[tuple[str, str]]
    fields: dict[str, str | None]
    foot: str | None = None


def parish_title_case_run_in() -> Minutes:
    """Numbers '7.', title-case headings run into a sentence or a bare 'NONE'."""
    return Minutes(
        rows=[
            "# Minutes of Meeting of Hartwell Parish Council",
            "## held at the village hall on Wednesday 12th November 2025",
            "Present: Cllrs S Dunmore, C Pale, E Ellery, W Ames. Also present: D Birch (Clerk)",
            run_in("1. Apologies for absence", "Cllr I Kerr, Cllr T Reeve. Absent: Cllr Thom"),
            run_in("2. Declarations of Interest", "None were made by members present."),
            run_in("3. Minutes", "The minutes of the meeting held 10th September 2025 were signed."),
            run_in("4. Village sign", "Cllr Lawton reported that the sign had been repainted by volunteers."),
            "The council thanked the volunteers for their work on the sign and the bench beside it.",
            run_in("5. Clerk's report", "The clerk noted that the gravel on the lane had been cleared."),
            "Cllr Pale asked for progress on the blocked culvert near the ford on Mill Road.",
            "---",
            run_in("6. Finance", "Proposed Cllr Ames, seconded Cllr Dunmore, that the accounts be paid."),
            "It was RESOLVED to set the precept at the existing figure of £4,200.",
            run_in("7. Planning applications", "none had been received since the last meeting."),
            "** 8. Correspondence",
            "The clerk circulated the county association's newsletter and a letter from the rail operator.",
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes"),
            ("4", "Village sign"),
            ("5", "Clerk's report"),
            ("6", "Finance"),
            ("7", "Planning applications"),
            ("8", "Correspondence"),
        ],
        fields={
            "meeting_date": "2025-11-12",
            "body": "Hartwell Parish Council",
            "committee": "Hartwell Parish Council",
            "doc_type": "minutes",
        },
    )


def parish_year_pair_numbers() -> Minutes:
    """Minute numbers with the council year, '271/25/26', capitals headings run into their record."""
    return Minutes(
        rows=[
            "# Oakby Parish Council",
            "## Minutes of the Parish Council Meeting held on Wednesday 22nd October 2025 at 7.30pm",
            "Present: Cllrs B Butler (Chair), A Savory, R Tyler, D Shore. Laura Walsh (Parish Clerk)",
            run_in("269/25/26 APOLOGIES", "Apologies were received from County Cllr Lewis Barr."),
            run_in("270/25/26 DECLARATIONS OF INTEREST", "There were no declarations of interest."),
            run_in("271/25/26 POLICE REPORT", "PCSO Hale reported two thefts from vans in the parish."),
            "Residents were asked to report any suspicious activity to the police on the non-emergency number.",
            "** 272/25/26 PREVIOUS MINUTES",
            "RESOLVED - the minutes of the meeting held on 24th September 2025 were approved and signed.",
            "---",
            run_in("273/25/26 ACCOUNTS FOR PAYMENT", "Proposed Cllr Savory, seconded Cllr Tyler, all in favour."),
            run_in("274/25/26 PLAYGROUND", "The Clerk had obtained two quotes for the new swings and a bench."),
            "It was agreed to accept the lower quote and to order the equipment before the end of the year.",
        ],
        items=[
            ("269/25/26", "APOLOGIES"),
            ("270/25/26", "DECLARATIONS OF INTEREST"),
            ("271/25/26", "POLICE REPORT"),
            ("272/25/26", "PREVIOUS MINUTES"),
            ("273/25/26", "ACCOUNTS FOR PAYMENT"),
            ("274/25/26", "PLAYGROUND"),
        ],
        fields={
            "meeting_date": "2025-10-22",
            "body": "Oakby Parish Council",
            "committee": "Oakby Parish Council",
            "doc_type": "minutes",
        },
        foot="Signed ............ Chair",
    )


def town_council_prefixed_numbers() -> Minutes:
    """A town council's 'TC47/2025' numbers, capitals headings, some on their own line, some run in."""
    return Minutes(
        rows=[
            "# Brackmoor Town Council",
            "## Minutes of the Meeting of the Full Town Council held at 7pm on Monday 8 September 2025",
            "Present: Cllr Ms J Borton (Mayor), Cllr Mrs E Mills, Cllr P Maguire, Cllr S Newbold",
            "Also Present: Mr J Scott (Town Clerk)",
            run_in("TC45/2025 APOLOGIES FOR ABSENCE", "Cllr Mr P Baldwin, Cllr Mrs C Silver."),
            "** TC46/2025 DECLARATIONS OF INTEREST",
            "None declared.",
            run_in("TC47/2025 ACCOUNTS FOR PAYMENT", "Proposed Cllr Mills, seconded Cllr Maguire. CARRIED."),
            "THAT THE PAYMENTS LISTED IN THE SCHEDULE OF AUGUST 2025 BE APPROVED.",
            "---",
            "** TC48/2025 HANGING BASKETS",
            "Cllr Newbold declared an interest and left the meeting. The written quotation was accepted.",
            run_in("TC49/2025 PLAYING FIELDS", "The trustees asked for the first instalment of the grant."),
            "Proposed by Cllr Borton and seconded by Cllr Mills. CARRIED: 8 for, 0 against.",
        ],
        items=[
            ("TC45/2025", "APOLOGIES FOR ABSENCE"),
            ("TC46/2025", "DECLARATIONS OF INTEREST"),
            ("TC47/2025", "ACCOUNTS FOR PAYMENT"),
            ("TC48/2025", "HANGING BASKETS"),
            ("TC49/2025", "PLAYING FIELDS"),
        ],
        fields={
            "meeting_date": "2025-09-08",
            "body": "Brackmoor Town Council",
            # a town council's own meeting: the council is both body and committee (corpus/gold/README.md)
            "committee": "Brackmoor Town Council",
            "doc_type": "minutes",
        },
    )


def parish_running_numbers_run_in() -> Minutes:
    """Running numbers '26/051', title-case headings run into the names of those who sent apologies or a proposal."""
    return Minutes(
        rows=[
            "# Colby Bassingham Parish Council",
            "## Draft Minutes of the Parish Council Meeting held from 7pm on 16 June 2026",
            run_in("26/049 Those Present", "Cllr R Jackman (Chair), Cllr R Tate, Cllr C Newby, Cllr D Clare"),
            run_in("26/050 Apologies for non-attendance", "Cllr Alcott, Cllr Comber"),
            run_in("26/051 Finance", "Proposed Cllr Tate, seconded Cllr Newby, that the payments be made."),
            "The Clerk reported the bank balance at 31 May 2026 as £14,210.55.",
            run_in("26/052 Speed Watch", "Cllr Clare reported that the camera had been repaired at no cost."),
            "---",
            run_in("26/053 Market Cross", "The Council noted that the History Group had supplied an article."),
            "** 26/054 Date of Next Meeting",
            "The next meeting will be held on 21 July 2026.",
        ],
        items=[
            ("26/049", "Those Present"),
            ("26/050", "Apologies for non-attendance"),
            ("26/051", "Finance"),
            ("26/052", "Speed Watch"),
            ("26/053", "Market Cross"),
            ("26/054", "Date of Next Meeting"),
        ],
        fields={
            "meeting_date": "2026-06-16",
            "body": "Colby Bassingham Parish Council",
            "committee": "Colby Bassingham Parish Council",
            "doc_type": "minutes",
        },
    )


def parish_bracketed_numbers() -> Minutes:
    """Bracketed numbers '(5)', headings run into 'It was proposed, seconded and Resolved'."""
    return Minutes(
        rows=[
            "# Fenland Parish Council",
            "## Minutes of Full Parish Council Meeting Monday 6th July 2026 at 7pm in the Community Hub",
            "Present: Cllr. Graham Seaton (in the Chair), Cllrs. Philip Greer, David Kemp, Peter Dane",
            "In attendance: T Croft - Parish Clerk",
            run_in("(1) Apologies for Absence", "Apologies were received from Cllrs. Kay Pepper and Reg Booth."),
            "It was proposed, seconded and Resolved: those apologies be noted with valid reasons.",
            run_in("(2) Declaration of Interests", "Cllr. D Kemp declared a pecuniary interest in item 7."),
            run_in("(3) Previous Minutes", "It was proposed, seconded and Resolved: that the Chairman sign them."),
            run_in("(4) Matters Arising", "The pump has been collected and is in the shed."),
            "---",
            run_in("(5) Village sign", "Cllr Lawley reported that the post had rotted at its base."),
            "The clerk will obtain a quotation for a replacement post in oak.",
            run_in("(6) Amenities Committee", "A report had been circulated before this meeting for review."),
            run_in("(7) Allotments", "Two plots are vacant and will be advertised in the newsletter."),
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declaration of Interests"),
            ("3", "Previous Minutes"),
            ("4", "Matters Arising"),
            ("5", "Village sign"),
            ("6", "Amenities Committee"),
            ("7", "Allotments"),
        ],
        fields={
            "meeting_date": "2026-07-06",
            "body": "Fenland Parish Council",
            "committee": "Fenland Parish Council",
            "doc_type": "minutes",
        },
    )


def parish_colon_run_in() -> Minutes:
    """'4. Finance: a) ...': a bold heading with its colon, the record run on in regular type."""
    return Minutes(
        rows=[
            "# Minutes of Normanton Spire Parish Council",
            "## Minutes of meeting held on Tuesday 27th October 2026 via Zoom starting at 7.30pm",
            "Present: Cllrs R Bell (Chair) Mrs A Hanley, J Fox, Mrs T Firth and D Barton.",
            "In attendance: 8 members of the public and Mrs N Fox (Clerk)",
            run_in("1. Apologies for absence:", "none were received"),
            run_in("2. Minutes of meeting held on 22nd September 2026:", "approved and signed as correct."),
            run_in("3. Highways:", "the potholes along Private Lane are alright at the moment"),
            "Highgate Lane is in a very bad state and has been reported to the highway authority.",
            run_in("4. Finance:", "a) grass contractor - cemetery cut £ 93.36"),
            "b) park cut £307.50",
            "Cllr Mrs A Hanley proposed; Cllr Mrs T Firth seconded that these be paid - all agreed",
            "---",
            run_in("5. Precept:", "Agreed this be deferred until next meeting as the budget is not ready."),
            run_in("6. Office equipment:", "a new laptop and printer is needed. Three quotes to be obtained."),
        ],
        items=[
            ("1", "Apologies for absence"),
            ("2", "Minutes of meeting held on 22nd September 2026"),
            ("3", "Highways"),
            ("4", "Finance"),
            ("5", "Precept"),
            ("6", "Office equipment"),
        ],
        fields={
            "meeting_date": "2026-10-27",
            "body": "Normanton Spire Parish Council",
            "committee": "Normanton Spire Parish Council",
            "doc_type": "minutes",
        },
    )


def parish_dash_and_own_line() -> Minutes:
    """'1. Apologies – None.' run in after a dash; other headings on their own line over their record."""
    return Minutes(
        rows=[
            "# Ludcombe Parish Council",
            "## Draft - Minutes November 2026",
            "The Meeting of the Parish Council was held on Tuesday 10 November 2026 at 7.30 pm in the Hall.",
            "PRESENT: Chairman - Cllr Mrs Ridley, Vice-Chairman - Cllr Guthrie, Cllrs Brader and Donner",
            run_in("1. Apologies", "– None."),
            "** 2. Minutes of Meeting",
            "The Minutes of the Meeting held on 8 September 2026 were approved and signed.",
            run_in("3. Matters Arising", "- None"),
            "** 4. Correspondence",
            "Clerks & Councils magazine - noted. It was noted some Members had received a booklet.",
            "---",
            run_in("5. Finance", "The Clerk distributed a statement of Income and Expenditure."),
            "All accounts were received and agreed for payment.",
            "** 6. Reports",
            "Village Hall Committee - The Council noted that this Committee had not met.",
        ],
        items=[
            ("1", "Apologies"),
            ("2", "Minutes of Meeting"),
            ("3", "Matters Arising"),
            ("4", "Correspondence"),
            ("5", "Finance"),
            ("6", "Reports"),
        ],
        fields={
            "meeting_date": "2026-11-10",
            "body": "Ludcombe Parish Council",
            "committee": "Ludcombe Parish Council",
            "doc_type": "minutes",
        },
    )


def parish_agenda_line_headings() -> Minutes:
    """Agenda lines as bold headings, the resolution run on in regular type after the heading's full stop."""
    return Minutes(
        rows=[
            "# Cranford Brayton Parish Council",
            "## Minutes of the ordinary meeting held at Cranford Village Hall on Monday 14th September 2026",
            "Participating: Chairman: Cllr H Morrow. Councillors: Mr M Cassin, Mr M Pearce and Cllr A Riley",
            "In attendance: Mr Eddie Finch, Clerk to the Parish Council",
            run_in("58. To receive apologies for absence.", "All Councillors were present."),
            run_in("59. To receive declarations of interest.", "Cllr Riley declared an interest in 61."),
            run_in("60. Notes of the last meeting.", "Action: The Council RESOLVED to approve the notes."),
            "Proposed by Cllr Cassin, seconded by Cllr Pearce and approved unanimously.",
            "** 61. Financial Matters.",
            "a. Approve the payments made since the last meeting.",
            "b. Note the bank reconciliation for August 2026.",
            "---",
            run_in("62. Village sign", "Cllr Morrow reported that the new sign would be fitted in October."),
            run_in("63. Date of next meeting.", "Monday 12th October 2026 at 7:00 pm."),
        ],
        items=[
            ("58", "To receive apologies for absence"),
            ("59", "To receive declarations of interest"),
            ("60", "Notes of the last meeting"),
            ("61", "Financial Matters"),
            ("61(a)", "Approve the payments made since the last meeting"),
            ("61(b)", "Note the bank reconciliation for August 2026"),
            ("62", "Village sign"),
            ("63", "Date of next meeting"),
        ],
        fields={
            "meeting_date": "2026-09-14",
            "body": "Cranford Brayton Parish Council",
            "committee": "Cranford Brayton Parish Council",
            "doc_type": "minutes",
        },
    )


DOCUMENTS = {
    "parish-title-case-run-in": parish_title_case_run_in,
    "parish-year-pair-numbers": parish_year_pair_numbers,
    "town-council-prefixed-numbers": town_council_prefixed_numbers,
    "parish-running-numbers-run-in": parish_running_numbers_run_in,
    "parish-bracketed-numbers": parish_bracketed_numbers,
    "parish-colon-run-in": parish_colon_run_in,
    "parish-dash-and-own-line": parish_dash_and_own_line,
    "parish-agenda-line-headings": parish_agenda_line_headings,
}
CHECKS = ("items", *FIELDS)
XFAIL: dict[tuple[str, str], str] = {}


def _read(name: str, folder: Path) -> dict[str, object]:
    document = DOCUMENTS[name]()
    pages = render(folder / f"{name}.pdf", document.rows, foot=document.foot, from_page=1)
    return fields_and_items(pages, name, FIELDS)


@pytest.fixture(scope="module")
def read_documents(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("minutes36")
    return {name: _read(name, folder) for name in DOCUMENTS}


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, lambda *_: True, XFAIL))
def test_minutes(read_documents, name: str, check: str) -> None:
    document = DOCUMENTS[name]()
    assert_document_check(read_documents[name], check, document.items, document.fields)
