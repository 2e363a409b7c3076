"""Round 31 suite (issue #4): whole typed documents scanned, read through the real OCR path.

Each document is typed over two or three pages with reportlab, printed and scanned as an office scanner scans
it (``scan_cases.scanned_document``: skew up to 1 degree, blur, speckle, grey text, a punched hole's shadow, a
page fed in upside down), then read by ``read_document(..., ocr="auto")``, ``document_facts`` and
``minutes_items`` or ``agenda_items`` as ``agendaparse extract`` reads it. Each is scored per check as
`agendaparse eval` compares: the items (paired by number; at least 85% of them paired and 85% of their titles
equal folded for case, spaces and end punctuation: the rest are the OCR's own misreadings, 'senasny' for
'January'),
the meeting date, the body, the committee, the document type and the printed page labels. The structure and
phrasing of each follow a real page (names, places, dates and numbers changed). Sources:

- https://middevonparish.co.uk/cruwys-morchard/parish-council-meetings/2021/minutes-april-2021 and
  https://draytonvillage.co.uk/?p=16619 (parish minutes: running minute numbers '26/23', payments for approval)
- https://www.meltonconstablepc.info/meetings and http://longsdonpc.org.uk/index.php/accessibility-statement/80-documents/159-genericagenda
  (a parish agenda: the clerk's summons to members, a standing list of business, orders for payment)
- https://docslib.org/doc/2801404/loch-leven-s-larder and
  https://travelsdocbox.com/United_Kingdom/98405156-Nec-aspera-terrent-u-n-d-a-u-n-t-e-d-b-y-a-d-v-e-r-s-i-t-y.html
  (Scottish community councils' minutes: 'Minute of the Meeting held on', initials of who acts in the margin)
- https://codelibrary.amlegal.com/codes/willowick/latest/willowick_oh/0-0-0-21159 (a city's order of business
  of 1994: call to order, pledge, invocation, roll call, ... adjournment), typed as a 1990s agenda
- http://malvernhills.ghostgage.com/visiting/event-listing/20200806-special-board-meeting/ (a conservation
  trust's special board meeting; the date printed only in the running head)
"""  # noqa: E501 (the source addresses are kept whole)

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen import canvas

from agendaparse.pdf import ocr_available, read_document
from scan_cases import Look, PaperLook, scanned_document
from segment_cases import assert_document_check, document_check_params, fields_and_items, folded

pytestmark = pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")

FIELDS = ("meeting_date", "body", "committee", "doc_type")

# A row: "text" (plain), "# text" (bold 15), "## text" (bold 12), "** text" (bold body size), ">" indents 28
# points, "^text" centred; a list of (x, text) cells is one row; "---" starts a new page. ``head`` and ``foot``
# may hold '{n}' (the page number) and '{of}' (the page count).
Row = str | list[tuple[float, str]]


@dataclass
class Scanned:
    rows: list[Row]
    items: list[tuple[str, str]]
    fields: dict[str, str | None]
    labels: list[str | None]  # the printed page label of each page, as eval reads them
    paper: PaperLook
    head: str | None = None
    foot: str | None = None
    font: str = "Helvetica"
    size: float = 11.0
    letter: bool = False
    notes: list[str] = field(default_factory=list)


def _typed(document: Scanned) -> bytes:
    path = Path(tempfile.mkdtemp()) / "typed.pdf"
    pagesize = LETTER if document.letter else A4
    width, height = pagesize
    pdf = canvas.Canvas(str(path), pagesize=pagesize)
    count = 1 + sum(row == "---" for row in document.rows)
    bold = "Courier-Bold" if document.font == "Courier" else "Helvetica-Bold"
    page = 1

    def furniture() -> None:
        pdf.setFont(document.font, 9)
        for template, y in ((document.head, height - 36), (document.foot, 30)):
            if template:
                text = template.format(n=page, of=count)
                pdf.drawCentredString(width / 2, y, text) if text.startswith("-") else pdf.drawString(60, y, text)

    furniture()
    y = height - 80
    for row in document.rows:
        if row == "---":
            pdf.showPage()
            page += 1
            furniture()
            y = height - 80
            continue
        if isinstance(row, list):
            pdf.setFont(document.font, document.size)
            for x, text in row:
                pdf.drawString(x, y, text)
            y -= document.size * 1.5
            continue
        x, text, size, font = 60.0, row, document.size, document.font
        while text.startswith(">"):
            x, text = x + 28, text[1:]
        centred = text.startswith("^")
        text = text.removeprefix("^")
        for mark, mark_size in (("# ", 15.0), ("## ", 12.0), ("** ", document.size)):
            if text.startswith(mark):
                text, size, font = text[len(mark) :], mark_size, bold
        pdf.setFont(font, size)
        if centred:
            pdf.drawCentredString(width / 2, y, text)
        else:
            pdf.drawString(x, y, text)
        y -= size * 1.6
    pdf.save()
    return path.read_bytes()


def parish_minutes_with_payments() -> Scanned:
    """Parish minutes numbered '24/31' on, a table of payments, 'Page n of N' in the footer."""
    return Scanned(
        rows=[
            "# Hollowcombe Parish Council",
            "## Minutes of the Parish Council Meeting held on Thursday 11th April 2024 at 7.30 pm",
            "in the Village Hall, Hollowcombe",
            "Present: Mr G. Hale (Chairman), Mr D. Berry, Mrs J. Mitchell, Mr M. Lake",
            "In attendance: Mrs P. Colton (District Councillor), the Clerk and two members of the public",
            "** 24/31 Apologies for Absence",
            "Mr G. Kingsley (work commitments) and Mrs A. Clement.",
            "** 24/32 Declarations of Interest",
            "None.",
            "** 24/33 Minutes of the Previous Meeting",
            "The minutes of the meeting held on 14th March 2024 had been circulated. Proposed by Mr Berry,",
            "seconded by Mrs Mitchell and agreed; the Chairman signed them as a correct record.",
            "** 24/34 Matters Arising",
            "The warning sign on the Way Lane junction has now been put up by the Highways Authority.",
            "** 24/35 Payments for Approval",
            "The following payments were approved, proposed by Mr Lake and seconded by Mr Berry:",
            [(60, "Payee"), (230, "Details"), (460, "Amount")],
            [(60, "Mrs S. Fenn"), (230, "Clerk's salary (April)"), (460, "£312.40")],
            [(60, "HMRC"), (230, "PAYE"), (460, "£78.10")],
            [(60, "DALC"), (230, "Annual subscription"), (460, "£116.29")],
            [(60, "Greenway Mowers"), (230, "Grass cutting"), (460, "£240.00")],
            "---",
            "** 24/36 Risk Assessment",
            "The Clerk had provided the risk assessment as at 31st March 2024, which was discussed and agreed.",
            "** 24/37 Statement of Internal Control",
            "Proposed by Mr Berry, seconded by Mrs Mitchell and unanimously agreed.",
            "** 24/38 Accounts 2023/24",
            "The Clerk presented the accounts for the year; the bank reconciliation was noted.",
            "** 24/39 Planning",
            "No applications had been received since the last meeting.",
            "** 24/40 Date of Next Meeting",
            "Thursday 9th May 2024 (Annual Meeting of the Parish Council).",
        ],
        items=[
            ("24/31", "Apologies for Absence"),
            ("24/32", "Declarations of Interest"),
            ("24/33", "Minutes of the Previous Meeting"),
            ("24/34", "Matters Arising"),
            ("24/35", "Payments for Approval"),
            ("24/36", "Risk Assessment"),
            ("24/37", "Statement of Internal Control"),
            ("24/38", "Accounts 2023/24"),
            ("24/39", "Planning"),
            ("24/40", "Date of Next Meeting"),
        ],
        fields={
            "meeting_date": "2024-04-11",
            "body": "Hollowcombe Parish Council",
            "committee": "Hollowcombe Parish Council",
            "doc_type": "minutes",
        },
        labels=["1", "2"],
        paper=PaperLook(Look(turn=0.6, blur=0.6, speckle=250), ink=60, punch=True),
        foot="Page {n} of {of}",
    )


def parish_agenda_with_summons() -> Scanned:
    """A parish agenda under the clerk's summons, a standing list of business, '- n -' at the foot."""
    return Scanned(
        rows=[
            "^# MELBOURNE STACEY PARISH COUNCIL",
            "^Clerk: Mrs R. Ashdown, 4 Mill Close, Melbourne Stacey",
            "To: All Members of the Parish Council",
            "You are hereby summoned to attend the meeting of the Parish Council to be held at the",
            "Country Club on Wednesday 8th March 2023 at 7.30 pm for the purpose of transacting the",
            "business set out below.",
            "Signed: R. Ashdown, Clerk to the Council          1st March 2023",
            "^## AGENDA",
            "1. Apologies for Absence",
            "2. Declarations of Interest",
            "3. Chairman's Address",
            "4. Public Comments",
            "5. Approval of the Minutes of the Meeting held on 11th January 2023",
            "6. Matters Arising",
            "---",
            "7. Correspondence",
            "8. Planning Matters",
            ">a) 23/00412/HH Two storey extension, 6 Church Lane",
            ">b) 23/00455/TCA Felling of an ash tree, The Old Rectory",
            "9. Finance Matters",
            "10. Orders for Payment",
            "11. Items for Inclusion in the Agenda for the Next Meeting",
            "12. Date of Next Meeting",
            "Members of the public are welcome to attend and may speak under item 4.",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Chairman's Address"),
            ("4", "Public Comments"),
            ("5", "Approval of the Minutes of the Meeting held on 11th January 2023"),
            ("6", "Matters Arising"),
            ("7", "Correspondence"),
            ("8", "Planning Matters"),
            ("8(a)", "23/00412/HH Two storey extension, 6 Church Lane"),
            ("8(b)", "23/00455/TCA Felling of an ash tree, The Old Rectory"),
            ("9", "Finance Matters"),
            ("10", "Orders for Payment"),
            ("11", "Items for Inclusion in the Agenda for the Next Meeting"),
            ("12", "Date of Next Meeting"),
        ],
        fields={
            "meeting_date": "2023-03-08",
            "body": "Melbourne Stacey Parish Council",
            "committee": "Melbourne Stacey Parish Council",
            "doc_type": "agenda_pack",
        },
        labels=["1", "2"],
        paper=PaperLook(Look(turn=-0.8, blur=0.8, speckle=150), ink=40, upside_down=frozenset({1})),
        foot="- {n} -",
    )


def community_council_margin_initials() -> Scanned:
    """A community council's minute: numbered headings, the initials of who acts in the right margin."""
    return Scanned(
        rows=[
            "# Balgarvie Community Council",
            "Minute of the Meeting held on Thursday 12th February 2015 in Orwell Church Hall",
            "Present: CClrs Milne (Vice Chair), Bennet, Thomson, Cottingham; Cllrs Rae and Lyle (PKC);",
            "five members of the public.",
            "** 1. Welcome",
            "In the absence of the Chair, the Vice Chair chaired the meeting and welcomed those present.",
            "** 2. Apologies",
            "Apologies were received from CClrs Hamilton, Petrie and Halford.",
            "** 3. Police Matters",
            "PC Stirling presented the report: youths tapping on windows in South Street, vandalism",
            [(60, "to the trellises in the War Memorial Garden, and two break-ins under enquiry.")],
            "** 4. Minutes of Previous Meeting",
            "The draft minutes of 15 January 2015 were moved for approval by JB, seconded by PW and agreed.",
            "** 5. Matters Arising",
            [(60, "Secretary to write to the roads department about the potholes."), (500, "Sec")],
            [(60, "Chair to progress the purchase of the portable PA system as agreed."), (500, "Chair")],
            "---",
            "** 6. Treasurer's Report",
            "The balance at 31 January 2015 stood at £1,401.29; the grant from the Council is due in April.",
            "** 7. Planning",
            [(60, "No objection to 14/01877/FLL, a dormer at 3 Burns Place."), (500, "JB")],
            "** 8. Any Other Competent Business",
            "None.",
            "** 9. Date of Next Meeting",
            "Thursday 12th March 2015 at 7.30 pm in Orwell Church Hall.",
        ],
        items=[
            ("1", "Welcome"),
            ("2", "Apologies"),
            ("3", "Police Matters"),
            ("4", "Minutes of Previous Meeting"),
            ("5", "Matters Arising"),
            ("6", "Treasurer's Report"),
            ("7", "Planning"),
            ("8", "Any Other Competent Business"),
            ("9", "Date of Next Meeting"),
        ],
        fields={
            "meeting_date": "2015-02-12",
            "body": "Balgarvie Community Council",
            "committee": "Balgarvie Community Council",
            "doc_type": "minutes",
        },
        labels=["1", "2"],
        paper=PaperLook(Look(turn=1.0, blur=0.5, speckle=300, jpeg=60), ink=80),
        foot="Page {n}",
    )


def nineties_city_agenda() -> Scanned:
    """A typewritten 1990s city council agenda in Courier: capital headings, '-2-' at the head of later pages."""
    return Scanned(
        rows=[
            "^CITY OF WILLOWMERE",
            "^AGENDA",
            "^REGULAR MEETING OF COUNCIL",
            "^TUESDAY, JANUARY 3, 1995 - 8:00 P.M.",
            "^COUNCIL CHAMBERS, 30435 LAKE SHORE BLVD.",
            "1.  CALL MEETING TO ORDER.",
            "2.  PLEDGE OF ALLEGIANCE TO THE FLAG.",
            "3.  INVOCATION.",
            "4.  ROLL CALL OF COUNCIL.",
            "5.  APPROVAL OF MINUTES.",
            ">Regular Meeting of December 20, 1994.",
            "6.  SPECIAL RESOLUTIONS AND/OR APPOINTMENTS.",
            "7.  ADMINISTRATIVE APPEALS.",
            "8.  REPORTS AND COMMUNICATIONS FROM THE MAYOR AND SAFETY DIRECTOR.",
            "9.  COUNCIL DISCUSSION ON THE MAYOR'S REPORT.",
            "10. GENERAL COMMUNICATIONS AND REPORTS - DIRECTORS AND OFFICIALS.",
            "---",
            "11. WARD MATTERS.",
            "12. PUBLIC PARTICIPATION.",
            "13. REPORTS OF STANDING COMMITTEES.",
            "14. FUND TRANSFERS AND BID AUTHORIZATIONS.",
            "15. CONTRACT APPROVALS.",
            "16. INTRODUCTION AND CONSIDERATION OF LEGISLATION.",
            ">Ordinance No. 95-1, amending the Codified Ordinances as to refuse collection.",
            "17. MISCELLANEOUS.",
            "18. ADJOURNMENT.",
        ],
        items=[
            ("1", "CALL MEETING TO ORDER"),
            ("2", "PLEDGE OF ALLEGIANCE TO THE FLAG"),
            ("3", "INVOCATION"),
            ("4", "ROLL CALL OF COUNCIL"),
            ("5", "APPROVAL OF MINUTES"),
            ("6", "SPECIAL RESOLUTIONS AND/OR APPOINTMENTS"),
            ("7", "ADMINISTRATIVE APPEALS"),
            ("8", "REPORTS AND COMMUNICATIONS FROM THE MAYOR AND SAFETY DIRECTOR"),
            ("9", "COUNCIL DISCUSSION ON THE MAYOR'S REPORT"),
            ("10", "GENERAL COMMUNICATIONS AND REPORTS - DIRECTORS AND OFFICIALS"),
            ("11", "WARD MATTERS"),
            ("12", "PUBLIC PARTICIPATION"),
            ("13", "REPORTS OF STANDING COMMITTEES"),
            ("14", "FUND TRANSFERS AND BID AUTHORIZATIONS"),
            ("15", "CONTRACT APPROVALS"),
            ("16", "INTRODUCTION AND CONSIDERATION OF LEGISLATION"),
            ("17", "MISCELLANEOUS"),
            ("18", "ADJOURNMENT"),
        ],
        fields={
            "meeting_date": "1995-01-03",
            "body": "City of Willowmere",
            "committee": "Council",
            "doc_type": "agenda_pack",
        },
        labels=[None, "2"],
        paper=PaperLook(Look(turn=-0.5, blur=0.9, speckle=400), ink=90, punch=True),
        head="-{n}-",
        font="Courier",
        size=11.0,
        letter=True,
        notes=["The first page prints no number: its label is None."],
    )


def board_date_in_head() -> Scanned:
    """A trust board's minutes whose date is printed only in the running head of every page."""
    return Scanned(
        rows=[
            "# Malverne Heights Trust",
            "## Minutes of the Special Board Meeting held by video conference",
            "Trustees present: Mr K. Dorsey (Chair), Mrs A. Finch, Dr P. Oduya, Ms L. Grant, Mr T. Vale",
            "Officers: Director (DN), Finance Officer (FO), Clerk to the Board",
            "** 1. Apologies for Absence",
            "Apologies were received from Mr R. Hale.",
            "** 2. Declarations of Interest",
            "None were declared.",
            "** 3. Trustees' Report and Annual Accounts",
            "The Finance Officer presented the draft trustees' report and annual accounts for the year.",
            "RESOLVED that the trustees' report and accounts be approved and signed by the Chair.",
            "** 4. Public Statements",
            "Two statements received before the deadline were read out verbatim.",
            "---",
            "** 5. Temporary Arrangements for Meetings",
            "The Board agreed that meetings be held by video link and streamed while restrictions remain.",
            "** 6. Confidential Business",
            "RESOLVED that the public be excluded for the following item on the grounds of commercial",
            "sensitivity.",
        ],
        items=[
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Trustees' Report and Annual Accounts"),
            ("4", "Public Statements"),
            ("5", "Temporary Arrangements for Meetings"),
            ("6", "Confidential Business"),
        ],
        fields={"meeting_date": "2020-08-06", "body": "Malverne Heights Trust", "doc_type": "minutes"},
        labels=["1", "2"],
        paper=PaperLook(Look(turn=0.4, blur=0.7, speckle=200), ink=50, upside_down=frozenset({0})),
        head="Malverne Heights Trust – Special Board Meeting – 6 August 2020",
        foot="Page {n} of {of}",
        notes=["Committee ('Board' or 'Special Board') is not settled by the gold conventions: not scored."],
    )


DOCUMENTS = {
    "parish-minutes-payments": parish_minutes_with_payments,
    "parish-agenda-summons": parish_agenda_with_summons,
    "community-council-margin-initials": community_council_margin_initials,
    "nineties-city-agenda": nineties_city_agenda,
    "board-date-in-head": board_date_in_head,
}
CHECKS = ("items", *FIELDS, "labels")
XFAIL: dict[tuple[str, str], str] = {
    ("parish-agenda-summons", "labels"): "Tesseract drops the lone '- n -' centred in the foot margin",
    ("nineties-city-agenda", "labels"): "Tesseract drops the lone '-2-' centred in the head margin",
    ("nineties-city-agenda", "items"): "Tesseract reads page 1's column of one-digit numbers as one garbled line",
    ("board-date-in-head", "items"): "OCR reads the typed apostrophe as '’'; which a scan prints is not settled",
}
SHARE = 0.85  # of the items paired by number (as eval pairs them), and of their titles read exactly


def _read(name: str, folder: Path) -> dict[str, object]:
    document = DOCUMENTS[name]()
    path = folder / f"{name}.pdf"
    path.write_bytes(scanned_document(_typed(document), document.paper))
    pages = read_document(path, ocr="auto").pages
    found = fields_and_items(pages, name, FIELDS)
    found["labels"] = [page.label for page in pages]
    return found


@pytest.fixture(scope="module")
def read_documents(tmp_path_factory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("scanned31")
    return {name: _read(name, folder) for name in DOCUMENTS}


def _judged(name: str, check: str) -> bool:
    return check not in FIELDS or check in DOCUMENTS[name]().fields


@pytest.mark.parametrize(("name", "check"), document_check_params(DOCUMENTS, CHECKS, _judged, XFAIL))
def test_scanned_document(read_documents, name: str, check: str) -> None:
    document, found = DOCUMENTS[name](), read_documents[name]
    if check == "items":
        truth = dict((number, folded(title)) for number, title in document.items)
        got = dict(found["items"])  # type: ignore[arg-type]
        paired = [number for number in truth if number in got]
        assert len(paired) >= SHARE * max(len(truth), len(got)), (sorted(got.items()), truth)
        assert sum(got[number] == truth[number] for number in paired) >= SHARE * len(paired)
    elif check == "labels":
        assert found["labels"] == document.labels
    else:
        assert_document_check(found, check, document.items, document.fields)
